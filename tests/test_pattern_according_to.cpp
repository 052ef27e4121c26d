// Pattern 4: "According to X, ..." and "..., according to X." ; content before "X said".
#include "helpers.hpp"

TEST_CASE( "According to X, content" )
{
   const auto a = test::only( quoth::parse( "According to the head of the port authority, the ferry will run twice a day." ) );
   CHECK( test::speaker( a ) == "the head of the port authority" );
   CHECK( a.cue->lemma == "according to" );
   CHECK( test::content( a ) == "the ferry will run twice a day" );
   CHECK( a.pattern == quoth::pattern::according_to );
}

TEST_CASE( "content, according to X" )
{
   const auto a = test::only( quoth::parse( "The ferry will run twice a day, according to the port authority." ) );
   CHECK( test::speaker( a ) == "the port authority" );
   CHECK( a.cue->lemma == "according to" );
   CHECK( test::content( a ) == "The ferry will run twice a day" );
}

TEST_CASE( "according to a plain noun is not an attribution" )
{
   CHECK( quoth::parse( "Seats were given out according to the number of tickets sold." ).attributions.empty() );
}

TEST_CASE( "content, X said" )
{
   const auto a = test::only( quoth::parse( "The bridge will reopen in May, the city engineer said on Thursday." ) );
   CHECK( test::speaker( a ) == "the city engineer" );
   CHECK( test::content( a ) == "The bridge will reopen in May" );
   CHECK( test::date( a ) == "on Thursday" );
   CHECK( a.pattern == quoth::pattern::content_speaker_cue );
}

TEST_CASE( "content, said X" )
{
   const auto a = test::only( quoth::parse( "Prices will fall by autumn, said Petra Novak, an economist." ) );
   CHECK( test::speaker( a ) == "Petra Novak" );
}

TEST_CASE( "a parenthetical attribution splits the content in two parts" )
{
   const auto a = test::only( quoth::parse( "The new line, the engineer said, will open in May." ) );
   REQUIRE( a.parts.size() == 2 );
   CHECK( a.parts[ 0 ].text == "The new line" );
   CHECK( a.parts[ 1 ].text == "will open in May" );
   CHECK( test::speaker( a ) == "the engineer" );
}

TEST_CASE( "an adverb after a parenthetical attribution's comma opens the second part" )
{
   const auto a = test::only( quoth::parse( "Prices have gone up, she says, especially online." ) );
   CHECK( a.pattern == quoth::pattern::content_speaker_cue );
   REQUIRE( a.parts.size() == 2 );
   CHECK( a.parts[ 0 ].text == "Prices have gone up" );
   CHECK( a.parts[ 1 ].text == "especially online" );
   // an adverb between commas before "that" is still the cue's
   const auto b = test::only( quoth::parse( "Lind said, however, that the ferry would run." ) );
   CHECK( test::content( b ) == "the ferry would run" );
}

TEST_CASE( "a parenthetical attribution may end with a phrase of time" )
{
   const auto a = test::only( quoth::parse( "The plan, the mayor said after the vote, will cost less." ) );
   REQUIRE( a.parts.size() == 2 );
   CHECK( a.parts[ 0 ].text == "The plan" );
   CHECK( a.parts[ 1 ].text == "will cost less" );
   CHECK( test::speaker( a ) == "the mayor" );
   const auto b = test::only( quoth::parse( "Victory is vital, he said after the meeting, because the leaders want calm." ) );
   CHECK( b.parts.front().text == "Victory is vital" );
   CHECK( test::speaker( b ) == "he" );
   // a relative clause between commas is no parenthetical
   const auto doc = quoth::parse( "On Monday, Lind, who had not spoken after the debate, decided to back Ortiz." );
   for( const auto& x : doc.attributions ) {
      CHECK( test::speaker( x ) != "who" );
   }
}

TEST_CASE( "poll figures as speakers" )
{
   const auto a = test::only( quoth::parse( "About 4 in 10 voters say the economy matters most." ) );
   CHECK( test::speaker( a ) == "About 4 in 10 voters" );
   const auto b = test::only( quoth::parse( "Sixty-one percent said they would vote again." ) );
   CHECK( test::speaker( b ) == "Sixty-one percent" );
}

TEST_CASE( "according to any source phrase" )
{
   const auto a = test::only( quoth::parse( "Turnout rose to 71 percent, according to a count by the electoral office." ) );
   CHECK( test::speaker( a ) == "a count by the electoral office" );
   const auto b = test::only( quoth::parse( "According to early results of the exit poll, the mayor leads." ) );
   CHECK( test::speaker( b ) == "early results of the exit poll" );
   CHECK( test::content( b ) == "the mayor leads" );
}

TEST_CASE( "As X said, CONTENT: the main clause is the content" )
{
   const auto a = test::only( quoth::parse( "As the inspector noted on Monday, the wiring in the hall is older than the building." ) );
   CHECK( test::speaker( a ) == "the inspector" );
   CHECK( test::cue( a ) == "note" );
   CHECK( test::content( a ) == "the wiring in the hall is older than the building" );
   CHECK( test::date( a ) == "on Monday" );
}

TEST_CASE( "according to any source phrase, wherever it stands" )
{
   const auto a = test::only( quoth::parse( "The ferry carried 400 people on its first day, according to early counts of the harbour office made by volunteers." ) );
   CHECK( test::cue( a ) == "according to" );
   CHECK( test::speaker( a ) == "early counts of the harbour office made by volunteers" );
   CHECK( test::content( a ) == "The ferry carried 400 people on its first day" );
   const auto b = test::only( quoth::parse( "She left the town in 1990 after, according to her, the mill closed its doors." ) );
   CHECK( test::speaker( b ) == "her" );
   REQUIRE( b.parts.size() == 2 );
   CHECK( b.parts[ 1 ].text == "the mill closed its doors" );
}

TEST_CASE( "a phrase after the trailer: content, X said on CNN" )
{
   const auto a = test::only( quoth::parse( "The levy will pass, the treasurer said on Radio Four." ) );
   CHECK( a.pattern == quoth::pattern::content_speaker_cue );
   CHECK( test::speaker( a ) == "the treasurer" );
   CHECK( test::content( a ) == "The levy will pass" );
   const auto b = test::only( quoth::parse( "We will carry the county, Lind told supporters after the count." ) );
   CHECK( b.pattern == quoth::pattern::content_speaker_cue );
   CHECK( test::speaker( b ) == "Lind" );
   CHECK( test::content( b ) == "We will carry the county" );
   const auto c = test::only( quoth::parse( "Nobody reads the fine print, she said of the contract." ) );
   CHECK( test::content( c ) == "Nobody reads the fine print" );
   // after a quotation whose text ends with the comma: the content is the whole clause
   const auto d = test::only( quoth::parse( "Golf is “thin,” Lind said from his office." ) );
   CHECK( d.pattern == quoth::pattern::content_speaker_cue );
   CHECK( test::content( d ) == "Golf is “thin,”" );
}

TEST_CASE( "no trailer with a phrase after an opening phrase, a non-reporting verb or a complement" )
{
   // the words before the comma open the sentence
   const auto a = test::only( quoth::parse( "On Friday evening, the chairman told the council at its meeting that the budget was short." ) );
   CHECK( test::content( a ) == "the budget was short" );
   // "complain of" takes its content after it
   for( const auto& x : quoth::parse( "Rents keep rising, tenants complain of the landlord." ).attributions ) {
      CHECK( test::content( x ) != "Rents keep rising" );
   }
   // a verb that is no reporting verb does not close a trailer
   CHECK( quoth::parse( "The talks went on, the envoy declined to name the firms." ).attributions.size() <= 1 );
   for( const auto& x : quoth::parse( "The talks went on, the envoy declined to name the firms." ).attributions ) {
      CHECK( test::content( x ) != "The talks went on" );
   }
   // "at least" opens the content, not a trailing phrase
   for( const auto& x : quoth::parse( "As the parade passed, the radio reported at least four floats." ).attributions ) {
      CHECK( test::content( x ) != "As the parade passed" );
   }
}

TEST_CASE( "a standing in a poll: the poll after in is the source" )
{
   const auto a = test::only( quoth::parse( "Lind holds a six-point lead in the latest Courier poll." ) );
   CHECK( a.pattern == quoth::pattern::according_to );
   CHECK( test::speaker( a ) == "the latest Courier poll" );
   CHECK( a.cue->phrase.text == "in" );
   CHECK( test::content( a ) == "Lind holds a six-point lead" );
   const auto b = test::only( quoth::parse( "In a harbour survey released Monday, 40 percent of voters chose Lind." ) );
   CHECK( test::speaker( b ) == "a harbour survey" );
   CHECK( test::content( b ) == "40 percent of voters chose Lind" );
   // no standing, or a poll that is not the head of the phrase: nothing
   CHECK( quoth::parse( "Lind spent the summer in the polls office." ).attributions.empty() );
   CHECK( quoth::parse( "The campaign raised money in the day after polls closed." ).attributions.empty() );
   CHECK( quoth::parse( "Her campaign has struggled in the polls." ).attributions.empty() );
}

TEST_CASE( "a standing in polls of a place, in a long poll phrase, or an approval" )
{
   const auto a = test::only( quoth::parse( "Lind is ahead in the polls in Ohio and Iowa; the race is closer in Maine." ) );
   CHECK( test::speaker( a ) == "the polls" );
   CHECK( test::content( a ) == "Lind is ahead" );
   const auto b = test::only( quoth::parse( "Reyes trails Lind in the Courier's weekly average of recent harbour polls." ) );
   CHECK( test::speaker( b ) == "the Courier's weekly average of recent harbour polls" );
   const auto c = test::only( quoth::parse( "In a Gazette survey released Sunday, three of four voters disapproved of the levy." ) );
   CHECK( test::content( c ) == "three of four voters disapproved of the levy" );
}

TEST_CASE( "\"As X put it\": the idiom is the cue" )
{
   const auto a = test::only( quoth::parse( "As the coach put it: “We lost the game in the first ten minutes.”" ) );
   CHECK( test::speaker( a ) == "the coach" );
   CHECK( a.cue->phrase.text == "put it" );
   CHECK( test::content( a ) == "We lost the game in the first ten minutes." );
}

TEST_CASE( "an as-clause after the content: \"CONTENT, as X noted\"" )
{
   const auto a = test::only( quoth::parse( "The ferry will stay in port all winter, as the harbour master has noted." ) );
   CHECK( test::speaker( a ) == "the harbour master" );
   CHECK( test::cue( a ) == "note" );
   CHECK( test::content( a ) == "The ferry will stay in port all winter" );
   const auto b = test::only( quoth::parse( "The fares rose twice last year, as the union has sometimes acknowledged." ) );
   CHECK( test::speaker( b ) == "the union" );
   CHECK( test::content( b ) == "The fares rose twice last year" );
   // after a linking word alone, the content is the clause after the as-clause
   const auto c = test::only( quoth::parse( "But, as the Courier reported, the pier was never inspected." ) );
   REQUIRE( c.parts.size() == 1 );
   CHECK( test::speaker( c ) == "the Courier" );
   CHECK( test::content( c ) == "the pier was never inspected" );
   // "puts it" in the present
   const auto d = test::only( quoth::parse( "As the coach puts it, the team needs a long rest." ) );
   CHECK( test::speaker( d ) == "the coach" );
   CHECK( test::content( d ) == "the team needs a long rest" );
}

TEST_CASE( "a quotation that ends the reporter's clause: the content is the clause, and goes on after the trailer" )
{
   const auto a = test::only( quoth::parse( "The mill closed because of the “cost of coal,” Amsel said, that the town could no longer bear." ) );
   CHECK( test::speaker( a ) == "Amsel" );
   REQUIRE( a.parts.size() == 2 );
   CHECK( a.parts[ 0 ].text == "The mill closed because of the “cost of coal,”" );
   CHECK( a.parts[ 1 ].text == "that the town could no longer bear" );
   // after a dash, the clause starts after it
   const auto b = test::only( quoth::parse( "Neither pilot trusted the plan - “It is built on sand,” Amsel said - but both signed it." ) );
   CHECK( test::content( b ) == "It is built on sand" );
   // a quotation that opens the sentence stays the content
   CHECK( test::content( test::only( quoth::parse( "“It is built on sand,” Amsel said, and left the room." ) ) ) == "It is built on sand" );
}

TEST_CASE( "a trailer's content goes on past \"and\" and a verb: \"A and cited B, officials said\"" )
{
   const auto a = test::only( quoth::parse( "The port authority met the ferry crews and cited a list of faults, officials said." ) );
   CHECK( test::speaker( a ) == "officials" );
   CHECK( test::content( a ) == "The port authority met the ferry crews and cited a list of faults" );
   // after an opening phrase, a quotation, a trailer and a comma: the clause goes on
   const auto b = test::only( quoth::parse( "Despite his “brash manner,” the lawyer wrote, Amsel is a careful pilot." ) );
   CHECK( test::speaker( b ) == "the lawyer" );
   REQUIRE( b.parts.size() == 2 );
   CHECK( b.parts[ 1 ].text == "Amsel is a careful pilot" );
}

TEST_CASE( "\"according to X\" after an opening phrase: the clause after it is the content's second part" )
{
   const auto a = test::only( quoth::parse( "By noon on Friday, according to the harbour police, the crowd had left the square." ) );
   CHECK( a.pattern == quoth::pattern::content_speaker_cue );
   CHECK( test::speaker( a ) == "the harbour police" );
   REQUIRE( a.parts.size() == 2 );
   CHECK( a.parts[ 0 ].text == "By noon on Friday" );
   CHECK( a.parts[ 1 ].text == "the crowd had left the square" );
   // after a clause, what follows the source is its aside
   const auto b = test::only( quoth::parse( "The crowd left at noon, according to Ada Brook, a spokeswoman for the port." ) );
   CHECK( test::speaker( b ) == "Ada Brook" );
   CHECK( test::content( b ) == "The crowd left at noon" );
}

TEST_CASE( "\"(According to X, A.)\": the content is A, without the marks of the parenthesis" )
{
   const auto a = test::only( quoth::parse( "The board fines skaters who ride without helmets. (According to the city police, no figures are kept on such fines.)" ) );
   CHECK( a.pattern == quoth::pattern::according_to );
   CHECK( test::speaker( a ) == "the city police" );
   CHECK( test::content( a ) == "no figures are kept on such fines" ); // as without the parenthesis
}

TEST_CASE( "\"In X's view, A\": the owner of the view is the speaker of A" )
{
   const auto a = test::only( quoth::parse( "In Ada Brook's view, the change would make it harder for insiders to pick a candidate." ) );
   CHECK( a.pattern == quoth::pattern::according_to );
   CHECK( test::speaker( a ) == "Ada Brook" );
   CHECK( a.cue->phrase.text == "view" );
   CHECK( test::content( a ) == "the change would make it harder for insiders to pick a candidate" );
   // a possessive pronoun, "own", and nouns that are no cue words elsewhere
   const auto b = test::only( quoth::parse( "In his own opinion, the pier is safe." ) );
   CHECK( test::speaker( b ) == "his" );
   CHECK( test::content( b ) == "the pier is safe" );
   const auto c = test::only( quoth::parse( "In Lind’s mind, the vote was already won." ) );
   CHECK( test::speaker( c ) == "Lind" );
   // "the view of many" and a phrase of place are no owners
   CHECK( quoth::parse( "In the view of many, the pier is safe." ).attributions.empty() );
   CHECK( quoth::parse( "In the harbour's shadow, the pier is safe." ).attributions.empty() );
}

TEST_CASE( "\"As reported by X, A\": the agent of the passive is the source of the main clause" )
{
   const auto a = test::only( quoth::parse( "As first reported by the Courier on Monday, the pier will close in May." ) );
   CHECK( a.pattern == quoth::pattern::according_to );
   CHECK( test::speaker( a ) == "the Courier" );
   CHECK( test::cue( a ) == "report" );
   CHECK( test::content( a ) == "the pier will close in May" );
   CHECK( test::date( a ) == "on Monday" );
   // no agent: nothing to attribute
   CHECK( quoth::parse( "As reported earlier, the pier will close." ).attributions.empty() );
   // after the clause: "first" is no speaker
   const auto b = test::only( quoth::parse( "The pier will close in May, as first reported by the Courier on Tuesday." ) );
   CHECK( test::speaker( b ) == "the Courier" );
   CHECK( test::cue( b ) == "report" );
   CHECK( test::content( b ) == "The pier will close in May" );
}

TEST_CASE( "\"But according to X, A\": a conjunction may open the sentence" )
{
   const auto a = test::only( quoth::parse( "But according to the minutes, the members praise the mayor in private." ) );
   CHECK( a.pattern == quoth::pattern::according_to );
   CHECK( test::speaker( a ) == "the minutes" );
   CHECK( test::content( a ) == "the members praise the mayor in private" );
   const auto b = test::only( quoth::parse( "But, according to the poll, most voters remain undecided." ) );
   CHECK( test::speaker( b ) == "the poll" );
   CHECK( test::content( b ) == "most voters remain undecided" );
}

TEST_CASE( "a sentence-initial \"according to\" takes any source up to its comma" )
{
   const auto a = test::only( quoth::parse( "According to reports emerging in the local press, he could not convince the family." ) );
   CHECK( a.pattern == quoth::pattern::according_to );
   CHECK( test::speaker( a ) == "reports emerging in the local press" );
   CHECK( test::content( a ) == "he could not convince the family" );
   // a subordinate clause opens the content
   const auto b = test::only( quoth::parse( "But according to recently leaked council documents, while the members criticize the mayor in public, in private they praise him." ) );
   CHECK( test::speaker( b ) == "recently leaked council documents" );
   CHECK( test::content( b ) == "while the members criticize the mayor in public, in private they praise him" );
   // a short list after the first comma belongs to the source
   const auto c = test::only( quoth::parse( "According to interviews with a dozen of her friends, aides and allies, she wants to run." ) );
   CHECK( test::speaker( c ) == "interviews with a dozen of her friends, aides and allies" );
   CHECK( test::content( c ) == "she wants to run" );
   // a parenthesis ends no such source, and the phrase is no content of the clause after it
   CHECK( quoth::parse( "According to reports emerging (as expected) in the local press, he could not convince the family." ).attributions.empty() );
}

TEST_CASE( "\"According to X, a role of X, A\": the role in apposition is no part of the content" )
{
   const auto a = test::only( quoth::parse( "According to Ada Brook, a spokeswoman for the port, the ferry will stop in May." ) );
   CHECK( test::speaker( a ) == "Ada Brook" );
   CHECK( test::content( a ) == "the ferry will stop in May" );
   const auto b = test::only( quoth::parse( "According to Lind, the council's lawyer, the vote was valid." ) );
   CHECK( test::content( b ) == "the vote was valid" );
   // a clause after one comma is the content; a relative clause after the noun is no apposition
   CHECK( test::content( test::only( quoth::parse( "According to Lind, a farmer was hurt." ) ) ) == "a farmer was hurt" );
   CHECK( test::content( test::only( quoth::parse( "According to Lind, the farmers, who are angry, will leave." ) ) ) == "the farmers, who are angry, will leave" );
   // a name after the source, then its role: the name opens the content
   const auto c = test::only( quoth::parse( "According to a summary of the inquiry, Ada Lind, a senior aide, sent the email." ) );
   CHECK( test::speaker( c ) == "a summary of the inquiry" );
   CHECK( test::content( c ) == "Ada Lind, a senior aide, sent the email" );
}

TEST_CASE( "a source after \"according to\" still reports the words before it when a later clause has its own speaker" )
{
   const auto doc = quoth::parse( "Going into the last primaries, Lind leads Ortiz by 271 delegates according to a tally by the Courier, but Ortiz has vowed to fight on." );
   REQUIRE( doc.attributions.size() == 2 );
   bool counted = false;
   for( const auto& a : doc.attributions ) {
      if( test::speaker( a ) == "a tally by the Courier" ) {
         counted = true;
         CHECK( test::content( a ) == "Going into the last primaries, Lind leads Ortiz by 271 delegates" );
      }
      else {
         CHECK( test::speaker( a ) == "Ortiz" );
         CHECK( test::content( a ) == "to fight on" );
      }
   }
   CHECK( counted );
   // a source that opens the sentence is read once, with the clause after it
   CHECK( quoth::parse( "According to the memoir, Lind told her aide that Ortiz would lose." ).attributions.size() == 1 );
}

TEST_CASE( "\"A, according to X, and Y said B\": the clause after the conjunction is Y's, not X's" )
{
   const auto doc = quoth::parse( "The toll would double, according to Ortiz, and Lind said she would fight it." );
   REQUIRE( doc.attributions.size() == 2 );
   CHECK( test::speaker( doc.attributions[ 0 ] ) == "Ortiz" );
   CHECK( test::content( doc.attributions[ 0 ] ) == "The toll would double" );
   CHECK( test::speaker( doc.attributions[ 1 ] ) == "Lind" );
   CHECK( test::content( doc.attributions[ 1 ] ) == "she would fight it" );
   // a clause with no speaker of its own goes on with the content
   const auto a = test::only( quoth::parse( "The toll would double, according to Ortiz, and would hurt the farmers." ) );
   CHECK( test::content( a ) == "The toll would double, according to Ortiz, and would hurt the farmers" );
}

TEST_CASE( "a standing in a poll after an earlier \"in\" that opens no poll phrase: \"came in second in January polls\"" )
{
   const auto a = test::only( quoth::parse( "Ortiz came in second in the January polls." ) );
   CHECK( a.pattern == quoth::pattern::according_to );
   CHECK( test::speaker( a ) == "the January polls" );
   CHECK( test::content( a ) == "Ortiz came in second" );
}
