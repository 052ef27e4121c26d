// Pattern 1 (speaker, cue, date, medium, that, content) and 7 (appositions and asides).
#include "helpers.hpp"

TEST_CASE( "speaker said on DATE that content" )
{
   const auto doc = quoth::parse( "Port director Hanna Lind said on Monday that the cranes would be replaced." );
   const auto a = test::only( doc );
   CHECK( test::speaker( a ) == "Port director Hanna Lind" );
   CHECK( test::resolved( doc, a ) == "Hanna Lind" );
   CHECK( test::cue( a ) == "say" );
   CHECK( test::date( a ) == "on Monday" );
   CHECK( test::content( a ) == "the cranes would be replaced" );
   CHECK( a.type == quoth::content_kind::indirect );
   CHECK( a.pattern == quoth::pattern::speaker_cue_content );
}

TEST_CASE( "a pronoun speaker resolves to the nearest earlier person" )
{
   const auto doc = quoth::parse( "Hanna Lind said the port was busy. She noted that night shifts would return." );
   REQUIRE( doc.attributions.size() == 2 );
   CHECK( test::speaker( doc.attributions[ 1 ] ) == "She" );
   CHECK( doc.attributions[ 1 ].speaker->kind == quoth::speaker_kind::pronoun );
   CHECK( test::resolved( doc, doc.attributions[ 1 ] ) == "Hanna Lind" );
}

TEST_CASE( "told reporters is one cue" )
{
   const auto a = test::only( quoth::parse( "Lind told reporters that the dock would stay open." ) );
   CHECK( a.cue->phrase.text == "told reporters" );
   CHECK( test::cue( a ) == "tell" );
   CHECK( test::content( a ) == "the dock would stay open" );
}

TEST_CASE( "a medium after the cue" )
{
   const auto a = test::only( quoth::parse( "The fire brigade said in a Telegram channel that two roads were closed." ) );
   CHECK( test::medium( a ) == "in a Telegram channel" );
   CHECK( a.speaker->kind == quoth::speaker_kind::organization );
}

TEST_CASE( "a medium in the plural: \"in both letters\", \"in two interviews\"" )
{
   const auto a = test::only( quoth::parse( "Ortiz wrote in both letters he was proud to sell the boat." ) );
   CHECK( test::medium( a ) == "in both letters" );
   CHECK( test::content( a ) == "he was proud to sell the boat" );
   const auto b = test::only( quoth::parse( "Lind said in two interviews that the pier was safe." ) );
   CHECK( test::medium( b ) == "in two interviews" );
   CHECK( test::content( b ) == "the pier was safe" );
}

TEST_CASE( "an apposition between speaker and cue" )
{
   const auto a = test::only( quoth::parse( "Omar Haddad, a surgeon at the city hospital, said the wards were full." ) );
   CHECK( test::speaker( a ) == "Omar Haddad, a surgeon at the city hospital" );
   CHECK( a.speaker->kind == quoth::speaker_kind::person );
   CHECK( test::content( a ) == "the wards were full" );
}

TEST_CASE( "an inserted medium between speaker and cue" )
{
   const auto a = test::only( quoth::parse( "Haddad, in his letter to the board, stressed the need for more nurses." ) );
   CHECK( test::speaker( a ) == "Haddad" );
   CHECK( test::medium( a ) == "in his letter to the board" );
   CHECK( test::cue( a ) == "stress" );
   CHECK( test::content( a ) == "the need for more nurses" );
}

TEST_CASE( "an introductory phrase before the speaker" )
{
   const auto a = test::only( quoth::parse( "In addition, the council noted that parking fees would rise." ) );
   CHECK( test::speaker( a ) == "the council" );
   CHECK( test::content( a ) == "parking fees would rise" );
}

TEST_CASE( "speaker stated about: a headline form" )
{
   const auto a = test::only( quoth::parse( "Lind spoke about the future of the harbour\n\nThe text goes on here." ) );
   CHECK( test::speaker( a ) == "Lind" );
   CHECK( test::content( a ) == "the future of the harbour" );
}

TEST_CASE( "a colon introduces a direct quote" )
{
   const auto a = test::only( quoth::parse( "The mayor said: “We will not give up the tram.”" ) );
   CHECK( a.type == quoth::content_kind::direct );
   CHECK( test::content( a ) == "We will not give up the tram." );
   CHECK( a.pattern == quoth::pattern::speaker_cue_quote );
}

TEST_CASE( "indirect content that quotes some words is mixed" )
{
   const auto a = test::only( quoth::parse( "The mayor said the plan was “dead on arrival” and would be dropped." ) );
   CHECK( a.type == quoth::content_kind::mixed );
}

TEST_CASE( "verbs that need that do not take any object" )
{
   CHECK( quoth::parse( "The committee maintained the road for ten years." ).attributions.empty() );
   CHECK( quoth::parse( "She argued the case for an hour." ).attributions.empty() );
   CHECK( quoth::parse( "The boy reads comics every night." ).attributions.empty() );
}

TEST_CASE( "a subject pronoun with a contracted auxiliary opens the clause of a that-verb" )
{
   CHECK( test::content( test::only( quoth::parse( "Dorn claims he's worth ten billion dollars." ) ) ) == "he's worth ten billion dollars" );
   CHECK( test::content( test::only( quoth::parse( "Ortiz argued they’re wrong about the port." ) ) ) == "they’re wrong about the port" );
   CHECK( test::content( test::only( quoth::parse( "Lind insisted I'd misread the memo." ) ) ) == "I'd misread the memo" );
   // not a possessive or another contraction
   CHECK( quoth::parse( "Ortiz argued he'x case." ).attributions.empty() );
}

TEST_CASE( "a place after the medium does not end the pattern" )
{
   const auto a = test::only( quoth::parse( "Ferrer said at a press conference in the capital: “The heat will last.”" ) );
   CHECK( test::medium( a ) == "at a press conference" );
   CHECK( test::content( a ) == "The heat will last." );
}

TEST_CASE( "asked whether: the content starts with the question word" )
{
   const auto a = test::only( quoth::parse( "The judge asked whether the witness had been paid." ) );
   CHECK( test::cue( a ) == "ask" );
   CHECK( test::content( a ) == "whether the witness had been paid" );
}

TEST_CASE( "called X a quoted name is mixed content" )
{
   const auto doc = quoth::parse( "Councillor Eva Lund called the budget “a work of fiction” on Tuesday." );
   const auto a = test::only( doc );
   CHECK( test::cue( a ) == "call" );
   CHECK( a.type == quoth::content_kind::mixed );
   CHECK( doc.quotations[ 0 ].kind == quoth::quotation_kind::speech );
}

TEST_CASE( "a speaker after a conjunction or a relative word" )
{
   const auto a = test::only( quoth::parse( "But the harbour master says the pier is safe." ) );
   CHECK( test::speaker( a ) == "the harbour master" );
   const auto b = test::only( quoth::parse( "The clip shows an old interview in which she says she will run again." ) );
   CHECK( test::speaker( b ) == "she" );
   CHECK( test::content( b ) == "she will run again" );
}

TEST_CASE( "polls and studies find and show" )
{
   const auto a = test::only( quoth::parse( "A new survey found that most drivers want cheaper tickets." ) );
   CHECK( a.speaker->kind == quoth::speaker_kind::document );
   CHECK( test::cue( a ) == "find" );
   CHECK( test::content( a ) == "most drivers want cheaper tickets" );
}

TEST_CASE( "X says, CONTENT: a comma before an indirect content" )
{
   const auto a = test::only( quoth::parse( "Coach Ada Brun says, win or lose on Sunday, she is staying with the club." ) );
   CHECK( test::speaker( a ) == "Coach Ada Brun" );
   CHECK( test::content( a ) == "win or lose on Sunday, she is staying with the club" );
}

TEST_CASE( "shows and showed take any complement after a document only" )
{
   const auto a = test::only( quoth::parse( "The survey shows the mayor ahead by nine points." ) );
   CHECK( test::cue( a ) == "show" );
   CHECK( test::content( a ) == "the mayor ahead by nine points" );
   CHECK( quoth::parse( "The clip shows a crowded square at dusk." ).attributions.empty() );
   // polling, filings and tallies are documents too
   const auto b = test::only( quoth::parse( "Recent polling is showing the mayor ahead by nine points." ) );
   CHECK( test::speaker( b ) == "Recent polling" );
   CHECK( test::content( b ) == "the mayor ahead by nine points" );
   const auto c = test::only( quoth::parse( "New filings show the campaign has less than $2 million in the bank." ) );
   CHECK( test::content( c ) == "the campaign has less than $2 million in the bank" );
}

TEST_CASE( "a book as the medium: wrote in his memoir that" )
{
   const auto a = test::only( quoth::parse( "Ellis wrote in his 2004 memoir that the mine had closed too early." ) );
   CHECK( test::medium( a ) == "in his 2004 memoir" );
   CHECK( test::content( a ) == "the mine had closed too early" );
}

TEST_CASE( "the speaker right before the cue, after words no anchor reaches" )
{
   const auto a = test::only( quoth::parse( "Still, even Mr. Amsel says there is a good reason to wait." ) );
   CHECK( test::speaker( a ) == "Mr. Amsel" );
   CHECK( test::content( a ) == "there is a good reason to wait" );
   const auto b = test::only( quoth::parse( "On the pier the harbour master said the cranes were unsafe." ) );
   CHECK( test::speaker( b ) == "the harbour master" );
}

TEST_CASE( "an adverb or auxiliary between speaker and cue" )
{
   const auto a = test::only( quoth::parse( "Carlsson however said the depot would stay open." ) );
   CHECK( test::speaker( a ) == "Carlsson" );
   CHECK( test::content( a ) == "the depot would stay open" );
   const auto b = test::only( quoth::parse( "The union is demanding a shorter week for the crews." ) );
   CHECK( test::speaker( b ) == "The union" );
   CHECK( test::cue( b ) == "demand" );
}

TEST_CASE( "a noun phrase after a preposition or an article is not a speaker" )
{
   CHECK( quoth::parse( "The grant went to a studio called Northlight in the old mill." ).attributions.empty() );
   CHECK( quoth::parse( "Most of the money came from Amsel's proposed harbour tax." ).attributions.empty() );
   CHECK( quoth::parse( "The count left the mayor with 300 pledged delegates in the north." ).attributions.empty() );
}

TEST_CASE( "qualified nouns, percentages and determiners as speakers" )
{
   CHECK( test::speaker( test::only( quoth::parse( "Liberal strategists say the party should wait for spring." ) ) ) == "Liberal strategists" );
   CHECK( test::speaker( test::only( quoth::parse( "In the survey, 47% say the ferry fares are too high." ) ) ) == "47%" );
   CHECK( test::speaker( test::only( quoth::parse( "By a wide margin, those surveyed say the tram should run at night." ) ) ) == "those surveyed" );
}

TEST_CASE( "a verb with its particle: the content follows the particle" )
{
   const auto a = test::only( quoth::parse( "The mayor talked about the new tram line for an hour." ) );
   CHECK( test::cue( a ) == "talk" );
   CHECK( test::content( a ) == "the new tram line for an hour" );
   const auto b = test::only( quoth::parse( "The council leader was referring to the plan as a rescue." ) );
   CHECK( test::content( b ) == "the plan as a rescue" );
   // "respond to": the request or the charge answered is the content
   const auto c = test::only( quoth::parse( "The ferry company did not respond to questions about the delays." ) );
   CHECK( test::speaker( c ) == "The ferry company" );
   CHECK( test::cue( c ) == "respond" );
   CHECK( test::content( c ) == "questions about the delays" );
   // "complained of", "learned of", "remarked upon"
   const auto d = test::only( quoth::parse( "Dock workers complained of long shifts and low pay." ) );
   CHECK( test::cue( d ) == "complain" );
   CHECK( test::content( d ) == "long shifts and low pay" );
   CHECK( test::content( test::only( quoth::parse( "Ada Brook remarked upon the empty seats in the hall." ) ) ) == "the empty seats in the hall" );
   CHECK( test::content( test::only( quoth::parse( "The board learned of the losses in March." ) ) ) == "the losses in March" );
}

TEST_CASE( "a stance phrase: its content is the noun phrase after it" )
{
   const auto a = test::only( quoth::parse( "The harbour master lashed out at the ferry company." ) );
   CHECK( test::speaker( a ) == "The harbour master" );
   CHECK( a.cue->phrase.text == "lashed out at" );
   CHECK( test::cue( a ) == "lash out at" );
   CHECK( test::content( a ) == "the ferry company" );
   const auto b = test::only( quoth::parse( "Two of the councillors have distanced themselves from the tram plan." ) );
   CHECK( b.cue->phrase.text == "have distanced themselves from" );
   CHECK( test::content( b ) == "the tram plan" );
   // the first word of "took issue with" reports as part of its phrase
   const auto c = test::only( quoth::parse( "The union took issue with the new rota." ) );
   CHECK( test::cue( c ) == "take issue with" );
   CHECK( test::content( c ) == "the new rota" );
   // "pushed" reports alone before "that", and in "pushed back against"
   CHECK( test::cue( test::only( quoth::parse( "Amsel pushed back against the new rota." ) ) ) == "push back against" );
   // "talked up" (and no "talked" alone before a noun phrase)
   const auto t = test::only( quoth::parse( "Lind talked up her plan to rebuild the pier." ) );
   CHECK( test::cue( t ) == "talk up" );
   CHECK( test::content( t ) == "her plan to rebuild the pier" );
   CHECK( quoth::parse( "Lind talked politics with the crew." ).attributions.empty() );
   // "disagreed with", "disagree on" (and a question after it)
   const auto w = test::only( quoth::parse( "Amsel disagreed with the harbour board over the fares." ) );
   CHECK( test::cue( w ) == "disagree with" );
   CHECK( test::content( w ) == "the harbour board over the fares" );
   CHECK( test::content( test::only( quoth::parse( "The pilots disagree on how the pier should be rebuilt." ) ) ) == "how the pier should be rebuilt" );
   // headline capitals
   CHECK( test::cue( test::only( quoth::parse( "Mayor Takes Aim At Ferry Fares" ) ) ) == "take aim at" );
   // and a participle after it is a second attribution
   const auto d = quoth::parse( "Rosa Lind brushed off the poll, saying it was far too early to tell." );
   REQUIRE( d.attributions.size() == 2 );
   CHECK( test::cue( d.attributions[ 0 ] ) == "brush off" );
   CHECK( test::content( d.attributions[ 0 ] ) == "the poll" );
   CHECK( test::content( d.attributions[ 1 ] ) == "it was far too early to tell" );
}

TEST_CASE( "an adjective of stance after a copula: \"was critical of\", \"are wary of\"" )
{
   const auto a = test::only( quoth::parse( "The harbour master was critical of the ferry company." ) );
   CHECK( test::speaker( a ) == "The harbour master" );
   CHECK( a.cue->phrase.text == "was critical of" );
   CHECK( test::cue( a ) == "critical of" );
   CHECK( test::content( a ) == "the ferry company" );
   const auto b = test::only( quoth::parse( "Several nurses remained skeptical about the new rota." ) );
   CHECK( test::speaker( b ) == "Several nurses" );
   CHECK( test::content( b ) == "the new rota" );
   CHECK( test::content( test::only( quoth::parse( "The crews are wary of the plan." ) ) ) == "the plan" );
   // after a noun, with no copula, the adjective reports nothing: the verb after it does
   const auto c = test::only( quoth::parse( "An artist critical of the funding rules has denied the claim." ) );
   CHECK( test::speaker( c ) == "An artist critical of the funding rules" );
   CHECK( test::cue( c ) == "deny" );
   // without its preposition the adjective reports nothing
   CHECK( quoth::parse( "The vote is critical to the plan." ).attributions.empty() );
   CHECK( quoth::parse( "The wary crews left the pier early." ).attributions.empty() );
}

TEST_CASE( "a verb of a stance phrase without its phrase reports nothing" )
{
   CHECK( quoth::parse( "The mayor took a seat at the back of the hall." ).attributions.empty() );
   CHECK( quoth::parse( "The crews laid the cables in May and opened the pier in June." ).attributions.empty() );
   CHECK( quoth::parse( "The union took shots atop the hill for the poster." ).attributions.empty() );
   // and it does not end a speaker: "came" is no cue here
   const auto a = test::only( quoth::parse( "The crews who came from the coast said the pier was safe." ) );
   CHECK( test::speaker( a ) == "The crews who came from the coast" );
}

TEST_CASE( "a cue inside a quotation belongs to the quotation's speaker" )
{
   const auto doc = quoth::parse( "“The crews are tired. And I think the strike will last,” said Ruth Amsel." );
   REQUIRE( doc.attributions.size() == 1 );
   CHECK( test::speaker( doc.attributions[ 0 ] ) == "Ruth Amsel" );
}

TEST_CASE( "a verb that needs a quotation reads one right after it" )
{
   const auto a = test::only( quoth::parse( "The harbour master continued: “We will not close the pier.”" ) );
   CHECK( test::speaker( a ) == "The harbour master" );
   CHECK( test::content( a ) == "We will not close the pier." );
   CHECK( quoth::parse( "The cost of the pier continued to rise in May." ).attributions.empty() );
}

TEST_CASE( "a cue in the infinitive after went on, seems or tried" )
{
   const auto a = test::only( quoth::parse( "Amsel went on to say that the crews had been patient." ) );
   CHECK( a.cue->phrase.text == "went on to say" );
   CHECK( test::cue( a ) == "say" );
   CHECK( test::content( a ) == "the crews had been patient" );
   // the bare form of a verb that is a noun as well ("question", "attack") reports after the
   // catenative's "to", and not alone
   const auto q = test::only( quoth::parse( "Amsel continued to question the figures of the harbour board." ) );
   CHECK( q.cue->phrase.text == "continued to question" );
   CHECK( test::cue( q ) == "question" );
   CHECK( test::content( q ) == "the figures of the harbour board" );
   CHECK( test::cue( test::only( quoth::parse( "Lind has tried to attack the new rota." ) ) ) == "attack" );
   CHECK( quoth::parse( "The question of the pier came up in May." ).attributions.empty() );
   CHECK( quoth::parse( "The crews have the right to question the board." ).attributions.empty() );
}

TEST_CASE( "a subordinate attribution and the main one: two attributions" )
{
   const auto doc = quoth::parse( "While the mayor said the bridge was safe, the engineers said it needed new cables." );
   REQUIRE( doc.attributions.size() == 2 );
   CHECK( test::speaker( doc.attributions[ 0 ] ) == "the mayor" );
   CHECK( test::content( doc.attributions[ 0 ] ) == "the bridge was safe" );
   CHECK( test::speaker( doc.attributions[ 1 ] ) == "the engineers" );
   CHECK( test::content( doc.attributions[ 1 ] ) == "it needed new cables" );
   // the main clause's subject with a relative clause of its own
   const auto b = quoth::parse( "While the mayor has praised the plan, the crews who wrote to her on Friday say the pier is unsafe." );
   REQUIRE( b.attributions.size() == 2 );
   CHECK( test::content( b.attributions[ 0 ] ) == "the plan" );
   CHECK( test::speaker( b.attributions[ 1 ] ) == "the crews who wrote to her on Friday" );
   CHECK( test::content( b.attributions[ 1 ] ) == "the pier is unsafe" );
}

TEST_CASE( "an attribution in a clause after the content's comma" )
{
   const auto doc = quoth::parse( "Ms. Okafor praised the new ferry schedule, which she described as a relief for commuters." );
   REQUIRE( doc.attributions.size() == 2 );
   CHECK( test::cue( doc.attributions[ 0 ] ) == "praise" );
   CHECK( test::content( doc.attributions[ 0 ] ) == "the new ferry schedule" );
   CHECK( test::cue( doc.attributions[ 1 ] ) == "describe" );
   CHECK( test::speaker( doc.attributions[ 1 ] ) == "she" );
}

TEST_CASE( "a main clause whose subject follows a word or two is read before a contrasting clause" )
{
   const auto doc = quoth::parse( "A clear 61 percent of dockers say they back the strike, while only 20 percent say they oppose it." );
   REQUIRE( doc.attributions.size() == 2 );
   CHECK( test::speaker( doc.attributions[ 0 ] ) == "61 percent of dockers" );
   CHECK( test::content( doc.attributions[ 0 ] ) == "they back the strike" );
   CHECK( test::speaker( doc.attributions[ 1 ] ) == "only 20 percent" );
   CHECK( test::content( doc.attributions[ 1 ] ) == "they oppose it" );
   // a content cut where the next clause starts leaves its semicolon out
   const auto semi = quoth::parse( "Most dockers say they back the strike; the port says it will not talk." );
   REQUIRE( semi.attributions.size() == 2 );
   CHECK( test::content( semi.attributions[ 0 ] ) == "they back the strike" );
   CHECK( test::speaker( semi.attributions[ 1 ] ) == "the port" );
}

TEST_CASE( "a clause after \"whereas\" with a speaker of its own is a second attribution" )
{
   const auto doc = quoth::parse( "Ruiz said there was no intent in the mayor's case, whereas Lind admitted that she knew the files were secret." );
   REQUIRE( doc.attributions.size() == 2 );
   CHECK( test::content( doc.attributions[ 0 ] ) == "there was no intent in the mayor's case" );
   CHECK( test::speaker( doc.attributions[ 1 ] ) == "Lind" );
   CHECK( test::content( doc.attributions[ 1 ] ) == "she knew the files were secret" );
}

TEST_CASE( "a time after \"for\" and an addressee with \"of\" before the that-clause" )
{
   const auto a = test::only( quoth::parse( "Ortiz argued for the second straight week that the levy was unfair." ) );
   CHECK( a.cue->phrase.text == "argued" );
   CHECK( test::content( a ) == "the levy was unfair" );
   const auto b = test::only( quoth::parse( "Ortiz told the Gazette newspaper of Harbour City on Friday that the levy was unfair." ) );
   CHECK( b.cue->phrase.text == "told the Gazette newspaper of Harbour City" );
   CHECK( test::content( b ) == "the levy was unfair" );
   // an aside on the place or the time between the cue and "that"
   const auto c = test::only( quoth::parse( "Ortiz said on the radio, where she now has a weekly show, that the levy was unfair." ) );
   CHECK( test::content( c ) == "the levy was unfair" );
   const auto d = test::only( quoth::parse( "Ortiz said on Monday, when the last votes were counted, that she had won." ) );
   CHECK( test::content( d ) == "she had won" );
}

TEST_CASE( "a year in two digits after an apostrophe in the phrase before \"that\"" )
{
   CHECK( test::content( test::only( quoth::parse( "Ortiz said in \xE2\x80\x99"
                                                   "08 that the levy was unfair." ) ) ) == "the levy was unfair" );
   CHECK( test::content( test::only( quoth::parse( "Ortiz said in '08 that the levy was unfair." ) ) ) == "the levy was unfair" );
   // typed with the opening mark, which then pairs with nothing
   CHECK( test::content( test::only( quoth::parse( "Ortiz said in \xE2\x80\x98"
                                                   "08 that the levy was unfair." ) ) ) == "the levy was unfair" );
}

TEST_CASE( "a that-clause keeps an inner attribution inside it" )
{
   // the inner "she plans" is part of what the council member said
   const auto doc = quoth::parse( "The council member said that, despite the vote, she plans to bring the motion back in May." );
   const auto a = test::only( doc );
   CHECK( test::cue( a ) == "say" );
   CHECK( test::content( a ) == "that, despite the vote, she plans to bring the motion back in May" );
}

TEST_CASE( "a relative clause between commas with its own cue" )
{
   const auto doc = quoth::parse( "The farmers' union, which has endorsed the bill, will meet on Tuesday." );
   const auto a = test::only( doc );
   CHECK( test::speaker( a ) == "which" );
   CHECK( test::cue( a ) == "endorse" );
}

TEST_CASE( "a relative clause between dashes reports up to the closing dash" )
{
   const auto doc = quoth::parse( "The harbour master -- who has said the pier is unsafe -- said the ferry would stop on Monday." );
   REQUIRE( doc.attributions.size() == 2 );
   CHECK( test::speaker( doc.attributions[ 0 ] ) == "who" );
   CHECK( test::content( doc.attributions[ 0 ] ) == "the pier is unsafe" );
   CHECK( test::content( doc.attributions[ 1 ] ) == "the ferry would stop on Monday" );
   // "which" after a dash, and an em dash
   const auto b = test::only( quoth::parse( "A fan held up a banner \xE2\x80\x94 which read \xE2\x80\x9CLind for mayor\xE2\x80\x9D \xE2\x80\x94 and waved it." ) );
   CHECK( test::speaker( b ) == "which" );
   CHECK( test::content( b ) == "Lind for mayor" );
   // a quotation inside the aside
   const auto c = quoth::parse( "Ortiz - who once vowed to \"sink the fleet\" - said at a rally in Leeds that the port must close." );
   REQUIRE( c.attributions.size() == 2 );
   CHECK( test::content( c.attributions[ 0 ] ) == "to \"sink the fleet\"" );
   CHECK( test::speaker( c.attributions[ 1 ] ) == "Ortiz" );
   CHECK( test::content( c.attributions[ 1 ] ) == "the port must close" );
}

TEST_CASE( "an aside between dashes with a cue word of its own, after an opening phrase" )
{
   const auto a = test::only( quoth::parse( "Ortiz \xE2\x80\x94 named by the Courier as the likely choice \xE2\x80\x94 said the port was closed." ) );
   CHECK( test::speaker( a ) == "Ortiz" );
   CHECK( test::cue( a ) == "say" );
   CHECK( test::content( a ) == "the port was closed" );
   const auto b = test::only( quoth::parse( "On Friday, Ortiz \xE2\x80\x94 a former pilot \xE2\x80\x94 said the port was closed." ) );
   CHECK( test::speaker( b ) == "Ortiz" );
}

TEST_CASE( "\", with X saying A\" inside a content is an attribution of its own" )
{
   const auto doc = quoth::parse( "Voters see Lind as better prepared, with 50 percent saying she is ready." );
   REQUIRE( doc.attributions.size() == 2 );
   CHECK( test::content( doc.attributions[ 0 ] ) == "Lind as better prepared" );
   CHECK( test::speaker( doc.attributions[ 1 ] ) == "50 percent" );
   CHECK( test::content( doc.attributions[ 1 ] ) == "she is ready" );
   // but a poll's finding stays whole
   const auto b = test::only( quoth::parse( "The poll showed Lind losing ground after the debate, with 40 percent backing her before and 31 percent after." ) );
   CHECK( test::cue( b ) == "show" );
}

TEST_CASE( "an addressee with an of-phrase before a question or an infinitive" )
{
   const auto a = test::only( quoth::parse( "We asked the campaigns of the three candidates why they skipped the survey." ) );
   CHECK( test::speaker( a ) == "We" );
   CHECK( a.cue->phrase.text == "asked the campaigns of the three candidates" );
   CHECK( test::content( a ) == "why they skipped the survey" );
   const auto b = test::only( quoth::parse( "Each week the paper has asked a panel of 30 experts to rank the candidates." ) );
   CHECK( test::content( b ) == "to rank the candidates" );
   // not before a relative "that": "told the story of a ferry that sank"
   const auto c = test::only( quoth::parse( "The mayor told the story of a ferry that sank in 1990." ) );
   CHECK( c.cue->phrase.text == "told the story" );
   // "people with direct knowledge of" a plural possessive's work
   const auto d = test::only( quoth::parse( "People with direct knowledge of the Lees' work said that the firm was paid." ) );
   CHECK( test::speaker( d ) == "People with direct knowledge of the Lees' work" );
}

TEST_CASE( "a that-verb takes a clause without that when a pronoun opens it" )
{
   const auto a = test::only( quoth::parse( "Many of the nurses feel they have been ignored for years." ) );
   CHECK( test::speaker( a ) == "Many of the nurses" );
   CHECK( test::content( a ) == "they have been ignored for years" );
   // but not a noun phrase
   CHECK( quoth::parse( "The children feel the cold more than adults." ).attributions.empty() );
}

TEST_CASE( "a that-verb takes a clause without that when an auxiliary follows its subject" )
{
   const auto a = test::only( quoth::parse( "The ferry operator claims its new boats are quieter than the old ones." ) );
   CHECK( test::speaker( a ) == "The ferry operator" );
   CHECK( a.cue->phrase.text == "claims" );
   CHECK( test::content( a ) == "its new boats are quieter than the old ones" );
   const auto b = test::only( quoth::parse( "Residents fear Harbour Road will flood again this winter." ) );
   CHECK( test::content( b ) == "Harbour Road will flood again this winter" );
   // an object, not a clause
   CHECK( quoth::parse( "The ferry operator claimed the contract for the northern route." ).attributions.empty() );
   // but a claim of victory or of responsibility states one
   const auto c = test::only( quoth::parse( "No group has claimed responsibility for the fire." ) );
   CHECK( test::speaker( c ) == "No group" );
   CHECK( test::cue( c ) == "claim" );
   CHECK( test::content( c ) == "responsibility for the fire" );
   CHECK( test::content( test::only( quoth::parse( "Ortiz claimed victory in a short speech." ) ) ) == "victory in a short speech" );
}

TEST_CASE( "a that-verb before the verb of its clause: the subject is a relative word before the speaker" )
{
   const auto a = test::only( quoth::parse( "It was a ferry plan that she argued was doomed from the start." ) );
   CHECK( test::speaker( a ) == "she" );
   CHECK( test::cue( a ) == "argue" );
   CHECK( test::content( a ) == "was doomed from the start" );
   const auto b = test::only( quoth::parse( "It was Ortiz who Lind claimed had hidden the report." ) );
   CHECK( test::cue( b ) == "claim" );
   CHECK( test::content( b ) == "had hidden the report" );
   // a noun before its own verb is no cue
   CHECK( quoth::parse( "His comments were harsh." ).attributions.empty() );
   CHECK( quoth::parse( "Their only hope is a late goal." ).attributions.empty() );
}

TEST_CASE( "a subject the speaker rules do not read, at the start of a sentence" )
{
   const auto a = test::only( quoth::parse( "Several supporters of the zoning change said it would bring more housing." ) );
   CHECK( test::speaker( a ) == "Several supporters of the zoning change" );
   CHECK( test::content( a ) == "it would bring more housing" );

   const auto b = test::only( quoth::parse( "Residents living near the old quarry say the dust has doubled since spring." ) );
   CHECK( test::speaker( b ) == "Residents living near the old quarry" );
   CHECK( test::content( b ) == "the dust has doubled since spring" );

   const auto c = test::only( quoth::parse( "Dana Ruiz, 41, of Lakeview, Ore., says that her rent rose twice this year." ) );
   CHECK( test::speaker( c ) == "Dana Ruiz, 41, of Lakeview, Ore." );
   CHECK( test::content( c ) == "her rent rose twice this year" );
}

TEST_CASE( "a loose subject with a one-word cue in a present form needs a plainly opened content" )
{
   // "say" and "report" may be nouns: "the jobs report gives Democrats a lift"
   for( const auto& a : quoth::parse( "Residents living near the old quarry say nothing at meetings." ).attributions ) {
      CHECK( test::speaker( a ) != "Residents living near the old quarry" );
   }
   CHECK( quoth::parse( "The weekly freight report gives the port a lift." ).attributions.empty() );
   CHECK( quoth::parse( "Many guests at the vigil praise Ortiz for his patience." ).attributions.empty() );
}

TEST_CASE( "a loose subject takes a bare complement after a past form or an auxiliary" )
{
   const auto a = test::only( quoth::parse( "Many guests at the vigil said Ortiz is wrong about the bridge." ) );
   CHECK( test::speaker( a ) == "Many guests at the vigil" );
   CHECK( a.cue->phrase.text == "said" );
   CHECK( test::content( a ) == "Ortiz is wrong about the bridge" );
   const auto b = test::only( quoth::parse( "Many guests at the vigil have also praised Ortiz for his patience." ) );
   CHECK( test::speaker( b ) == "Many guests at the vigil" );
   CHECK( b.cue->phrase.text == "have also praised" );
   CHECK( test::content( b ) == "Ortiz for his patience" );
   // not after a function word: "had to defend", "the estimated"
   CHECK( quoth::parse( "Borrowers would pay through payroll deductions, just as they now pay estimated taxes." ).attributions.empty() );
   CHECK( quoth::parse( "The two pilots had to defend several of their landings at the hearing." ).attributions.empty() );
}

TEST_CASE( "a loose subject is not a clause that goes on with a participle or a conjunction" )
{
   const auto a = test::only( quoth::parse( "Crews from three towns worked through the night, saying that the levee would hold." ) );
   CHECK( a.pattern == quoth::pattern::participle );
   CHECK( test::speaker( a ) != "Crews from three towns worked through the night" );
}

TEST_CASE( "the plain forms of fear, hope and worry take a that-clause" )
{
   const auto a = test::only( quoth::parse( "Port workers fear that the strike will spread." ) );
   CHECK( test::speaker( a ) == "Port workers" );
   CHECK( test::cue( a ) == "fear" );
   CHECK( test::content( a ) == "the strike will spread" );
   CHECK( test::cue( test::only( quoth::parse( "The growers hope that the rain holds off." ) ) ) == "hope" );
   CHECK( quoth::parse( "The fear of a strike kept the port quiet." ).attributions.empty() );
}

TEST_CASE( "continue to before the cue belongs to the cue" )
{
   const auto a = test::only( quoth::parse( "The mayor continues to insist that the budget is sound." ) );
   CHECK( a.cue->phrase.text == "continues to insist" );
   CHECK( test::cue( a ) == "insist" );
   CHECK( test::content( a ) == "the budget is sound" );
}

TEST_CASE( "a short prepositional phrase between the cue and that" )
{
   const auto a = test::only( quoth::parse( "The minister said at a rally in the harbour town that fares would fall." ) );
   CHECK( test::speaker( a ) == "The minister" );
   CHECK( test::content( a ) == "fares would fall" );
   const auto b = test::only( quoth::parse( "Lind announced after the vote on the budget that she would resign." ) );
   CHECK( test::content( b ) == "she would resign" );
}

TEST_CASE( "an aside between commas or dashes, or a time ago, between the cue and that" )
{
   const auto a = test::only( quoth::parse( "Ortiz argued, for example, that the levy hurt small farms." ) );
   CHECK( test::speaker( a ) == "Ortiz" );
   CHECK( test::cue( a ) == "argue" );
   CHECK( test::content( a ) == "the levy hurt small farms" );
   const auto b = test::only( quoth::parse( "The pilots complained \xE2\x80\x94 in a letter to the airline \xE2\x80\x94 that the rota was unsafe." ) );
   CHECK( test::content( b ) == "the rota was unsafe" );
   const auto c = test::only( quoth::parse( "Lind said -- twice -- that the ferry would run." ) );
   CHECK( test::content( c ) == "the ferry would run" );
   const auto d = test::only( quoth::parse( "Ada Brook argued a few days ago that the bridge needed repairs." ) );
   CHECK( test::content( d ) == "the bridge needed repairs" );
   const auto e = test::only( quoth::parse( "Ada Brook said two weeks ago the bridge needed repairs." ) );
   CHECK( test::content( e ) == "the bridge needed repairs" );
   // a hyphen inside a word is no dash
   const auto f = test::only( quoth::parse( "Lind said the anti-toll group - a small one - was right." ) );
   CHECK( test::content( f ) == "the anti-toll group - a small one - was right" );
}

TEST_CASE( "asides with a plural possessive or a whole quotation in them" )
{
   const auto a = test::only( quoth::parse( "Nils Berg, the unions' chief negotiator, said the offer was too low." ) );
   CHECK( test::speaker( a ) == "Nils Berg, the unions' chief negotiator" );
   CHECK( test::content( a ) == "the offer was too low" );
   const auto b = test::only( quoth::parse( "Mara Quist, the author of “Harbour Lights” and two other novels, said the port had changed." ) );
   CHECK( test::speaker( b ) == "Mara Quist, the author of “Harbour Lights” and two other novels" );
   CHECK( test::content( b ) == "the port had changed" );
   // a title whose quotation holds the comma, then more of the aside
   const auto c = test::only( quoth::parse( "Mara Quist, the author of “Harbour Lights,” about the dock strike, said the port had changed." ) );
   CHECK( test::speaker( c ) == "Mara Quist, the author of “Harbour Lights,” about the dock strike" );
   CHECK( test::content( c ) == "the port had changed" );
   const auto d = test::only( quoth::parse( "Mara Quist, citing “the old rules,” said the port had changed." ) );
   CHECK( test::speaker( d ) == "Mara Quist, citing “the old rules,”" );
}

TEST_CASE( "a negated auxiliary belongs to the cue, not to the speaker" )
{
   const auto a = test::only( quoth::parse( "The mayor didn't say that the bridge was closed." ) );
   CHECK( test::speaker( a ) == "The mayor" );
   CHECK( a.cue->phrase.text == "didn't say" );
   CHECK( test::content( a ) == "the bridge was closed" );
   const auto b = test::only( quoth::parse( "The inspectors couldn’t confirm that the pumps had failed." ) );
   CHECK( test::speaker( b ) == "The inspectors" );
   CHECK( b.cue->phrase.text == "couldn’t confirm" );
}

TEST_CASE( "a question is not an attribution: Do you support ...?" )
{
   CHECK( quoth::parse( "Do you support the new ferry timetable?" ).attributions.empty() );
}

TEST_CASE( "a quotation right after a cue that otherwise needs that" )
{
   const auto a = test::only( quoth::parse( "The leaflet claims “the ferry will be free by spring.”" ) );
   CHECK( a.pattern == quoth::pattern::speaker_cue_quote );
   CHECK( test::speaker( a ) == "The leaflet" );
   CHECK( test::content( a ) == "the ferry will be free by spring." );
}

TEST_CASE( "to and an addressee, by or over between the cue and that" )
{
   const auto a = test::only( quoth::parse( "She said to him that the lease was over." ) );
   CHECK( test::speaker( a ) == "She" );
   CHECK( test::content( a ) == "the lease was over" );
   const auto b = test::only( quoth::parse( "Lind wrote to the board over the weekend that she would resign." ) );
   CHECK( test::content( b ) == "she would resign" );
   // "that" with a verb after a noun opens a relative clause
   for( const auto& x : quoth::parse( "The mayor spoke to a crowd that had waited for hours." ).attributions ) {
      CHECK( test::content( x ) != "had waited for hours" );
   }
}

TEST_CASE( "that with a verb after the cue is a demonstrative and part of the content" )
{
   const auto a = test::only( quoth::parse( "Lind said that was the end of the matter." ) );
   CHECK( test::content( a ) == "that was the end of the matter" );
   const auto b = test::only( quoth::parse( "The union wrote to Lind’s office that the strike would go ahead." ) );
   CHECK( test::content( b ) == "the strike would go ahead" );
}

TEST_CASE( "a cue form that is also a noun, before its own complement, is a noun" )
{
   CHECK( quoth::parse( "Her broad support among the harbour unions held firm." ).attributions.empty() );
   CHECK( quoth::parse( "Support for the levy has only grown." ).attributions.empty() );
   CHECK( quoth::parse( "The recent attacks, which shocked the town, changed the race." ).attributions.empty() );
   // the same words as verbs
   const auto a = test::only( quoth::parse( "The dock workers support the levy." ) );
   CHECK( test::content( a ) == "the levy" );
   const auto b = test::only( quoth::parse( "The senator attacks the levy as a tax on fishermen." ) );
   CHECK( test::speaker( b ) == "The senator" );
}

TEST_CASE( "the plain form know takes a that-clause" )
{
   const auto a = test::only( quoth::parse( "Voters know that the levy will pass." ) );
   CHECK( test::speaker( a ) == "Voters" );
   CHECK( test::content( a ) == "the levy will pass" );
   CHECK( quoth::parse( "You know, the levy was fine." ).attributions.empty() );
}

TEST_CASE( "a medium with its place between the speaker and the cue: \"at the hearing in Fresno\"" )
{
   const auto a = test::only( quoth::parse( "Farmers at the hearing in Fresno said the new water rules were fair." ) );
   CHECK( test::speaker( a ) == "Farmers" );
   CHECK( test::medium( a ) == "at the hearing" );
   CHECK( test::content( a ) == "the new water rules were fair" );
   // a that-clause with a cue of its own stays the content of the first speaker
   const auto b = test::only( quoth::parse( "Farmers at the hearing in Fresno said that they welcomed the new water rules." ) );
   CHECK( test::cue( b ) == "say" );
   CHECK( test::content( b ) == "they welcomed the new water rules" );
}

TEST_CASE( "a stretch of time before the that-clause: \"for the first time\", \"for years\"" )
{
   const auto a = test::only( quoth::parse( "The chef admitted for the first time that the recipe was his mother's." ) );
   CHECK( test::content( a ) == "the recipe was his mother's" );
   const auto b = test::only( quoth::parse( "Neighbours have argued for years that the road is unsafe." ) );
   CHECK( test::content( b ) == "the road is unsafe" );
}

TEST_CASE( "found oneself, found a way: no finding" )
{
   CHECK( quoth::parse( "The council found itself short of money." ).attributions.empty() );
   CHECK( quoth::parse( "Ortiz found a way to win the vote." ).attributions.empty() );
   const auto a = test::only( quoth::parse( "The auditors found that the fund was short." ) );
   CHECK( test::cue( a ) == "find" );
   CHECK( test::content( a ) == "the fund was short" );
   // an ability or a founding is no finding either
   CHECK( quoth::parse( "The league could not find a new sponsor for the race." ).attributions.empty() );
   CHECK( quoth::parse( "Ortiz helped found the tenants' union in 2009." ).attributions.empty() );
   const auto b = test::only( quoth::parse( "The survey found broad support for the levy." ) );
   CHECK( test::content( b ) == "broad support for the levy" );
}

TEST_CASE( "a reflexive pronoun alone is no content: \"questioning herself\", \"revealed itself\"" )
{
   CHECK( quoth::parse( "Alarm bells ring when the athlete begins questioning herself." ).attributions.empty() );
   CHECK( quoth::parse( "Lind defended himself." ).attributions.empty() );
   CHECK( quoth::parse( "The flaw in the plan quickly revealed itself." ).attributions.empty() );
   // a clause about oneself still reports
   const auto a = test::only( quoth::parse( "Lind said she had surprised herself." ) );
   CHECK( test::content( a ) == "she had surprised herself" );
}

TEST_CASE( "a form that is only a past participle reports after a form of \"have\": \"has written\", not \"300 shown at\"" )
{
   CHECK( quoth::parse( "Some 350 films will be screened, with a further 300 shown at the film market that runs alongside it." ).attributions.empty() );
   CHECK( quoth::parse( "The sprinters both sent written explanations to the board." ).attributions.empty() );
   const auto a = test::only( quoth::parse( "The study has shown that the pier is unsafe." ) );
   CHECK( test::content( a ) == "the pier is unsafe" );
   CHECK( test::cue( test::only( quoth::parse( "Lind hasn't written anything about the vote." ) ) ) == "write" );
   CHECK( test::cue( test::only( quoth::parse( "They've spoken about the pier before." ) ) ) == "speak" );
}

TEST_CASE( "found dead, found guilty: a state or a verdict, no finding" )
{
   CHECK( quoth::parse( "Retired judge Ada Lind found dead\n\nThe retired judge Ada Lind has been found dead at her home." ).attributions.empty() );
   CHECK( quoth::parse( "The band's drummer found dead in a hotel, police say" ).attributions.size() == 1 ); // only "police say"
   CHECK( quoth::parse( "The former treasurer was found guilty of fraud." ).attributions.empty() );
   const auto a = test::only( quoth::parse( "The inquest found the driver had been speeding." ) );
   CHECK( test::cue( a ) == "find" );
   CHECK( test::content( a ) == "the driver had been speeding" );
}

TEST_CASE( "a relative clause between commas reports up to the comma that closes it" )
{
   const auto a = test::only( quoth::parse( "The harbour plan, which Lind said was a mistake, failed in March." ) );
   CHECK( test::speaker( a ) == "Lind" );
   CHECK( test::content( a ) == "was a mistake" );
   const auto b = test::only( quoth::parse( "The strike, which the owners said could hurt profits, ended on Friday." ) );
   CHECK( test::speaker( b ) == "the owners" );
   CHECK( test::content( b ) == "could hurt profits" );
   // at the end of the sentence, the clause runs to its end
   const auto c = test::only( quoth::parse( "The mill closed, which the owners said would help profits." ) );
   CHECK( test::content( c ) == "would help profits" );
}

TEST_CASE( "a relative word that is the object of the cue is its content" )
{
   const auto a = test::only( quoth::parse( "The levy, which Ortiz has defended, is old." ) );
   CHECK( test::speaker( a ) == "Ortiz" );
   CHECK( test::cue( a ) == "defend" );
   CHECK( test::content( a ) == "which" );
   // "what" alone is not: it names no thing said ("That is what the mayor promised.")
   CHECK( quoth::parse( "That is what the mayor promised." ).attributions.empty() );
   // the cue has an object of its own: the relative word is not its content
   const auto c = quoth::parse( "The park, which Ortiz supported the plan for, is old." );
   for( const auto& x : c.attributions ) {
      CHECK( test::content( x ) != "which" );
   }
}

TEST_CASE( "a bare complement never starts with a conjunction" )
{
   const auto doc = quoth::parse( "The mayor has denied and the council has confirmed nothing." );
   for( const auto& a : doc.attributions ) {
      CHECK( a.content.text.substr( 0, 4 ) != "and " );
   }
}

TEST_CASE( "\"responded by saying\": the content is the gerund's" )
{
   const auto a = test::only( quoth::parse( "A spokeswoman for the port responded by saying the cranes would be back by June." ) );
   CHECK( test::speaker( a ) == "A spokeswoman for the port" );
   CHECK( a.cue->phrase.text == "saying" );
   CHECK( test::content( a ) == "the cranes would be back by June" );
   const auto b = test::only( quoth::parse( "Ortiz replied to the letter on Friday by calling the audit “a fishing trip”." ) );
   CHECK( test::speaker( b ) == "Ortiz" );
   CHECK( test::content( b ) == "the audit “a fishing trip”" );
}

TEST_CASE( "\"continued by saying\": a cue word that reads no phrase gives way to the gerund after it" )
{
   // "continued" reports only before a quotation or a colon
   const auto a = test::only( quoth::parse( "Ortiz continued by saying, “We will appeal the ruling.”" ) );
   CHECK( test::speaker( a ) == "Ortiz" );
   CHECK( a.cue->phrase.text == "saying" );
   CHECK( test::content( a ) == "We will appeal the ruling." );
   const auto b = test::only( quoth::parse( "Lind continued her speech by noting that the harbour had reopened." ) );
   CHECK( test::speaker( b ) == "Lind" );
   CHECK( test::content( b ) == "the harbour had reopened" );
   // only a gerund after "by": "goes without saying" names no speaker
   for( const auto& x : quoth::parse( "It goes without saying that the ferry will be late." ).attributions ) {
      CHECK( test::speaker( x ) != "It goes without" );
   }
}

TEST_CASE( "a medium noun that may be a verb, after \"in\" with no determiner" )
{
   const auto a = test::only( quoth::parse( "Polls in Ohio show Ortiz ahead by four points." ) );
   CHECK( test::speaker( a ) == "Polls in Ohio" );
   CHECK( a.cue->phrase.text == "show" );
   CHECK( test::content( a ) == "Ortiz ahead by four points" );
   // with a determiner it is a medium
   const auto b = test::only( quoth::parse( "Ortiz in a radio show said the levy was fair." ) );
   CHECK( test::speaker( b ) == "Ortiz" );
   REQUIRE( b.medium.has_value() );
}

TEST_CASE( "\"That said,\" and \"said, however,\" are no contents; a clause of time opens none" )
{
   CHECK( quoth::parse( "That said, a loss in the county would hurt the mayor." ).attributions.empty() );
   const auto a = test::only( quoth::parse( "Ortiz said, however, that the levy would stay." ) );
   CHECK( test::speaker( a ) == "Ortiz" );
   CHECK( test::content( a ) == "the levy would stay" );
   CHECK( quoth::parse( "Ortiz said, however." ).attributions.empty() );
   // the as-clause reports the clause before it; "while showing" opens no attribution
   const auto b = test::only( quoth::parse( "The harbour is safe, as the pilot Ada Brook said in May while showing a film about it." ) );
   CHECK( test::speaker( b ) == "the pilot Ada Brook" );
   CHECK( test::content( b ) == "The harbour is safe" );
}

TEST_CASE( "an attitude before a to-infinitive: \"is eager to\", \"remain reluctant to\"" )
{
   const auto a = test::only( quoth::parse( "The harbour board is eager to sell the old ferry." ) );
   CHECK( test::speaker( a ) == "The harbour board" );
   CHECK( a.cue->phrase.text == "is eager" );
   CHECK( test::content( a ) == "to sell the old ferry" );
   const auto b = test::only( quoth::parse( "Dock workers remain reluctant to accept the offer." ) );
   CHECK( test::speaker( b ) == "Dock workers" );
   CHECK( b.cue->phrase.text == "remain reluctant" );
   const auto c = test::only( quoth::parse( "Ortiz seemed more willing to talk about the budget." ) );
   CHECK( test::speaker( c ) == "Ortiz" );
   CHECK( c.cue->phrase.text == "seemed more willing" );
   // no attitude without a to-infinitive
   CHECK( quoth::parse( "Eager crowds lined the quay." ).attributions.empty() );
   CHECK( quoth::parse( "The board was eager for news." ).attributions.empty() );
}

TEST_CASE( "an attitude before a that-clause: \"is confident that\", \"remain convinced that\"" )
{
   const auto a = test::only( quoth::parse( "The harbour board is confident that the ferry will pay for itself." ) );
   CHECK( test::speaker( a ) == "The harbour board" );
   CHECK( a.cue->phrase.text == "is confident" );
   CHECK( test::content( a ) == "the ferry will pay for itself" );
   const auto b = test::only( quoth::parse( "After the vote, her backers remain convinced that the levy is fair." ) );
   CHECK( test::speaker( b ) == "her backers" );
   CHECK( b.cue->phrase.text == "remain convinced" );
   const auto c = test::only( quoth::parse( "Some dockers were not aware that the pier had been sold." ) );
   CHECK( test::speaker( c ) == "Some dockers" );
   CHECK( test::content( c ) == "the pier had been sold" );
   // no attitude before anything else
   CHECK( quoth::parse( "The board was confident of a quick sale." ).attributions.empty() );
   CHECK( quoth::parse( "A confident crowd lined the quay." ).attributions.empty() );
}

TEST_CASE( "a loose subject with a relative clause that holds a cue word of its own" )
{
   const auto a = test::only( quoth::parse( "An engineer who spoke on condition of anonymity said the pier was unsafe." ) );
   CHECK( test::speaker( a ) == "An engineer who spoke on condition of anonymity" );
   CHECK( a.cue->phrase.text == "said" );
   CHECK( test::content( a ) == "the pier was unsafe" );
}

TEST_CASE( "a subject with a relative clause that has a verb of its own speaks through the main verb" )
{
   // the object of the relative clause is not the speaker
   const auto a = test::only( quoth::parse( "Dockers who met the mayor say they are worried." ) );
   CHECK( test::speaker( a ) == "Dockers who met the mayor" );
   CHECK( a.cue->phrase.text == "say" );
   CHECK( test::content( a ) == "they are worried" );
   const auto b = test::only( quoth::parse( "Pilots who have fought the new rules say the ferry will be late." ) );
   CHECK( test::speaker( b ) == "Pilots who have fought the new rules" );
   CHECK( test::content( b ) == "the ferry will be late" );
   // a cue word after the main verb is no main verb of its own
   const auto c = test::only( quoth::parse( "Dockers who met her said they are worried." ) );
   CHECK( test::speaker( c ) == "Dockers who met her" );
   CHECK( test::content( c ) == "they are worried" );
   // a cue verb in the relative clause: the clause reports what it governs, up to the main verb
   const auto doc = quoth::parse( "Dockers who backed the mayor say they are worried." );
   REQUIRE( doc.attributions.size() == 2 );
   bool main = false;
   bool relative = false;
   for( const auto& x : doc.attributions ) {
      if( test::speaker( x ) == "Dockers who backed the mayor" ) {
         main = x.cue->phrase.text == "say" && test::content( x ) == "they are worried";
      }
      else if( test::speaker( x ) == "who" ) {
         relative = x.cue->phrase.text == "backed" && test::content( x ) == "the mayor";
      }
   }
   CHECK( main );
   CHECK( relative );
   // after an opening adverb and a subordinate clause
   const auto d = test::only( quoth::parse( "Still, while the port cannot stop every leak, pilots who have fought other leaks say it could do more." ) );
   CHECK( test::speaker( d ) == "pilots who have fought other leaks" );
   CHECK( test::content( d ) == "it could do more" );
   // an object relative keeps its own subject as the speaker
   const auto e = test::only( quoth::parse( "It was Brook who the mayor said would win." ) );
   CHECK( test::speaker( e ) == "the mayor" );
}

TEST_CASE( "a loose subject may hold a possessive with an apostrophe" )
{
   const auto a = test::only( quoth::parse( "Many loyal Lind fans who came to the port to protest this week's vote say they will back Brook." ) );
   CHECK( test::speaker( a ).rfind( "Many loyal Lind fans who came to the port", 0 ) == 0 );
   CHECK( test::content( a ) == "they will back Brook" );
}

TEST_CASE( "a speaker never ends with an article or \"among\"" )
{
   CHECK( quoth::parse( "Even a landslide would not close her big lead among pledged delegates." ).attributions.empty() );
}

TEST_CASE( "a possessive or \"no\", \"any\", \"every\" ends no speaker: the cue word is its noun" )
{
   // after a possessive, the possessive holds the claim
   const auto a = test::only( quoth::parse( "Contrary to his claim the ferry would be late, it came at noon." ) );
   CHECK( test::speaker( a ) == "his" );
   CHECK( test::cue( a ) == "claim" );
   CHECK( test::content( a ) == "the ferry would be late, it came at noon" );
   CHECK( test::speaker( test::only( quoth::parse( "Nobody heard your claim the quay was unsafe." ) ) ) == "your" );
   // after "any" or "no", no one holds it
   const auto b = test::only( quoth::parse( "The mayor tried to quash any talk the pier would close." ) );
   CHECK_FALSE( b.speaker.has_value() );
   CHECK( test::content( b ) == "the pier would close" );
   // and a form in -ed after them is an adjective
   CHECK( quoth::parse( "Under the port rules, no listed firm may own a second quay." ).attributions.empty() );
   // a quantifier after a subject still ends it
   const auto c = test::only( quoth::parse( "Lind and Brook both said the pier would close." ) );
   CHECK( test::speaker( c ) == "Lind and Brook both" );
}

TEST_CASE( "an adverb that qualifies the content after the cue stays in the content" )
{
   const auto a = test::only( quoth::parse( "Lind said nearly 400 pilots took part." ) );
   CHECK( test::content( a ) == "nearly 400 pilots took part" );
   const auto b = test::only( quoth::parse( "Lind said only the mayor knew." ) );
   CHECK( test::content( b ) == "only the mayor knew" );
   // an adverb of manner is no part of it
   const auto c = test::only( quoth::parse( "Lind said flatly that the mayor knew." ) );
   CHECK( test::content( c ) == "the mayor knew" );
}

TEST_CASE( "two addressees and a date before the complement" )
{
   const auto a = test::only( quoth::parse( "Wilson told The Harbour Post and Courier on Saturday that he voted for Brook." ) );
   CHECK( test::speaker( a ) == "Wilson" );
   CHECK( a.cue->phrase.text == "told The Harbour Post and Courier" );
   CHECK( test::date( a ) == "on Saturday" );
   CHECK( test::content( a ) == "he voted for Brook" );
}

TEST_CASE( "a that-verb takes a bare clause that opens with a quantity or has a past verb" )
{
   const auto a = test::only( quoth::parse( "Organizers claimed 400 pilots were there." ) );
   CHECK( test::content( a ) == "400 pilots were there" );
   const auto b = test::only( quoth::parse( "Organizers argued most pilots took part." ) );
   CHECK( test::content( b ) == "most pilots took part" );
   const auto c = test::only( quoth::parse( "Lind argued the ferry plan failed." ) );
   CHECK( test::content( c ) == "the ferry plan failed" );
   // an indefinite pronoun or "there" as the subject
   const auto e = test::only( quoth::parse( "Lind argued there was no need for a vote." ) );
   CHECK( test::content( e ) == "there was no need for a vote" );
   const auto f = test::only( quoth::parse( "Lind argued nothing had changed." ) );
   CHECK( test::content( f ) == "nothing had changed" );
   // an abbreviation in the subject, and a verb eight words on
   const auto g = test::only( quoth::parse( "Lind argued the U.S. should send more pilots." ) );
   CHECK( test::content( g ) == "the U.S. should send more pilots" );
   const auto h = test::only( quoth::parse( "Pilots close to Lind felt her show of anger in the last meeting was over the top." ) );
   CHECK( test::content( h ) == "her show of anger in the last meeting was over the top" );
   // a relative aside between the subject and its verb
   const auto d = test::only( quoth::parse( "Lind argued the port, which has lost trade for years, is in retreat." ) );
   CHECK( test::content( d ) == "the port, which has lost trade for years, is in retreat" );
   CHECK( quoth::parse( "Lind argued the case, which she lost, for an hour." ).attributions.empty() );
   // an object is no clause: a noun after a form in -ed is its object's modifier
   CHECK( quoth::parse( "Lind claimed the seat." ).attributions.empty() );
   CHECK( quoth::parse( "Lind maintained an energetic pace into advanced age." ).attributions.empty() );
}

TEST_CASE( "\"added up to\" is a sum, not a remark" )
{
   CHECK( quoth::parse( "By morning, the port's excuses added up to a long list." ).attributions.empty() );
   const auto a = test::only( quoth::parse( "Lind added that the list was long." ) );
   CHECK( test::content( a ) == "the list was long" );
}

TEST_CASE( "\"think tank\", \"pledged delegates\" and \"shown up\" are no cues; a lone \"what\" or a dash is no content" )
{
   CHECK( quoth::parse( "Ada Brook, head of the Harbour Institute, a progressive think tank, spoke first." ).attributions.empty() );
   CHECK( quoth::parse( "Her letters would have shown up in the search." ).attributions.empty() );
   CHECK( quoth::parse( "Ortiz has won more towns and more pledged delegates, but Lind has the momentum." ).attributions.empty() );
   CHECK( quoth::parse( "Many voters were left wondering what he really believes." ).attributions.empty() );
   const auto a = test::only( quoth::parse( "Lind thinks the plan will fail." ) );
   CHECK( test::content( a ) == "the plan will fail" );
   const auto b = test::only( quoth::parse( "The survey showed up to a third of the town undecided." ) );
   CHECK( test::content( b ) == "up to a third of the town undecided" );
}

TEST_CASE( "a programme by its quoted title as the medium: on NBC's “Meet the Press”" )
{
   const auto a = test::only( quoth::parse( "Ortiz said on WKRN’s “Meet the Mayor” that the levy was fair." ) );
   CHECK( test::speaker( a ) == "Ortiz" );
   CHECK( test::medium( a ) == "on WKRN’s “Meet the Mayor”" );
   CHECK( test::content( a ) == "the levy was fair" );
   const auto b = test::only( quoth::parse( "Ortiz said on \"Harbour Watch\" that the pier would close." ) );
   CHECK( test::medium( b ) == "on \"Harbour Watch\"" );
   CHECK( test::content( b ) == "the pier would close" );
}

TEST_CASE( "a subordinate clause that opens the sentence ends its content at the clause's comma" )
{
   const auto a = test::only( quoth::parse( "Though Ortiz says the pier will reopen, the harbour board has doubts." ) );
   CHECK( test::speaker( a ) == "Ortiz" );
   CHECK( test::content( a ) == "the pier will reopen" );
   const auto doc = quoth::parse( "Although the pilots say they want a raise, they also say the ferry must run." );
   REQUIRE( doc.attributions.size() == 2 );
   CHECK( test::content( doc.attributions[ 0 ] ) == "they want a raise" );
   CHECK( test::speaker( doc.attributions[ 1 ] ) == "they" );
   CHECK( test::content( doc.attributions[ 1 ] ) == "the ferry must run" );
   // the cue of the clause takes no content from the main clause
   CHECK( quoth::parse( "When Ortiz called, the board voted the levy down." ).attributions.empty() );
   // "As X reported, A": the main clause is what was reported
   const auto b = test::only( quoth::parse( "As the Courier reported on Monday, the pier will close." ) );
   CHECK( test::content( b ) == "the pier will close" );
}

TEST_CASE( "an opening subordinate clause with its own cue, then a trailer: the main clause is the trailer's content" )
{
   const auto doc = quoth::parse( "Although the mayor boasts of a record turnout, there is no link between turnout and the result, two historians say." );
   REQUIRE( doc.attributions.size() == 2 );
   CHECK( test::speaker( doc.attributions[ 0 ] ) == "the mayor" );
   CHECK( test::content( doc.attributions[ 0 ] ) == "of a record turnout" );
   CHECK( doc.attributions[ 1 ].pattern == quoth::pattern::content_speaker_cue );
   CHECK( test::speaker( doc.attributions[ 1 ] ) == "two historians" );
   CHECK( test::content( doc.attributions[ 1 ] ) == "there is no link between turnout and the result" );
   // no cue in the opening clause: the trailer reports the whole sentence
   const auto a = test::only( quoth::parse( "When the mill closed, the town lost its heart, Ortiz said." ) );
   CHECK( test::content( a ) == "When the mill closed, the town lost its heart" );
}

TEST_CASE( "a reported clause that opens with a phrase and its comma is not cut there" )
{
   const auto a = test::only( quoth::parse( "On Sunday, Ada disclosed for the first time that after the vote, Ortiz rang her to meet again." ) );
   CHECK( test::speaker( a ) == "Ada" );
   CHECK( test::content( a ) == "after the vote, Ortiz rang her to meet again" );
   // a clause of its own after a clause is still its own
   const auto doc = quoth::parse( "Lind said the levy was fair, but Ortiz argued that it was not." );
   REQUIRE( doc.attributions.size() == 2 );
   CHECK( test::content( doc.attributions[ 0 ] ) == "the levy was fair" );
}

TEST_CASE( "a loose subject that names a document takes a bare complement after show" )
{
   const auto a = test::only( quoth::parse( "The survey by the Harbour Institute showed Ortiz ahead in every ward." ) );
   CHECK( test::speaker( a ) == "The survey by the Harbour Institute" );
   CHECK( a.cue->phrase.text == "showed" );
   CHECK( test::content( a ) == "Ortiz ahead in every ward" );
   // not after a subject that names no document
   CHECK( quoth::parse( "Many dockers at the meeting showed Ortiz the broken crane." ).attributions.empty() );
}

TEST_CASE( "a time such as \"this week\" is no speaker" )
{
   const auto a = test::only( quoth::parse( "A new set of letters released this week showed that the deal was close." ) );
   CHECK( test::speaker( a ) == "A new set of letters released this week" );
   CHECK( test::content( a ) == "the deal was close" );
}

TEST_CASE( "see, view, cast and paint report a view with \"as\" after their object" )
{
   const auto a = test::only( quoth::parse( "Many dockers see the new crane as a threat to their jobs." ) );
   CHECK( test::speaker( a ) == "Many dockers" );
   CHECK( test::cue( a ) == "see" );
   CHECK( test::content( a ) == "the new crane as a threat to their jobs" );
   const auto b = test::only( quoth::parse( "Ortiz cast herself as the friend of the ferry crews." ) );
   CHECK( test::speaker( b ) == "Ortiz" );
   CHECK( test::content( b ) == "herself as the friend of the ferry crews" );
   const auto c = test::only( quoth::parse( "Voters increasingly view the levy as unfair." ) );
   CHECK( c.cue->phrase.text == "increasingly view" );
   // without "as" the object is no view; the passive has no speaker
   CHECK( quoth::parse( "Ortiz saw the ferry on Monday." ).attributions.empty() );
   const auto d = test::only( quoth::parse( "The pier is seen as a hazard." ) );
   CHECK( d.pattern != quoth::pattern::speaker_cue_content );
   // nor a noun ("views") or a participle after its noun ("votes cast")
   CHECK( quoth::parse( "The video drew ten million views in a week." ).attributions.empty() );
}

TEST_CASE( "\"made clear\" and \"made it clear\" report what follows" )
{
   const auto a = test::only( quoth::parse( "Ortiz made clear that the ferry would keep running." ) );
   CHECK( test::speaker( a ) == "Ortiz" );
   CHECK( a.cue->phrase.text == "made clear" );
   CHECK( test::content( a ) == "the ferry would keep running" );
   const auto b = test::only( quoth::parse( "The harbour board has made it clear they will not pay." ) );
   CHECK( b.cue->phrase.text == "has made it clear" );
   CHECK( test::content( b ) == "they will not pay" );
   CHECK( quoth::parse( "Ortiz made a model of the ferry." ).attributions.empty() );
   const auto c = test::only( quoth::parse( "A line in the budget makes that clear: “The pier is not included.”" ) );
   CHECK( c.cue->phrase.text == "makes that clear" );
   CHECK( test::content( c ) == "The pier is not included." );
}

TEST_CASE( "\"made the case that\" and other phrases of make report the that-clause" )
{
   const auto a = test::only( quoth::parse( "Ortiz made the case that the ferry should keep running." ) );
   CHECK( test::speaker( a ) == "Ortiz" );
   CHECK( a.cue->phrase.text == "made the case" );
   CHECK( a.cue->lemma == "make the case" );
   CHECK( test::content( a ) == "the ferry should keep running" );
   const auto b = test::only( quoth::parse( "The harbour board has made a similar point that fares are too low." ) );
   CHECK( b.cue->phrase.text == "has made a similar point" );
   CHECK( b.cue->lemma == "make the point" );
   CHECK( test::content( b ) == "fares are too low" );
   // without a that-clause, or with another noun, no statement is reported
   CHECK( quoth::parse( "The board made the decision that closed the pier." ).attributions.empty() );
   CHECK( quoth::parse( "Ortiz made a case of wine for the party." ).attributions.empty() );
   // "issued a statement" before a colon or a quotation
   const auto c = test::only( quoth::parse( "The harbour board issued the following statement: “The pier will open in May.”" ) );
   CHECK( test::speaker( c ) == "The harbour board" );
   CHECK( c.cue->phrase.text == "issued the following statement" );
   CHECK( c.cue->lemma == "issue a statement" );
   CHECK( test::content( c ) == "The pier will open in May." );
   CHECK( quoth::parse( "The board issued new permits for the pier." ).attributions.empty() );
}

TEST_CASE( "\"made a comment about\" and other nouns of make with a preposition report the noun phrase" )
{
   const auto a = test::only( quoth::parse( "Ortiz made a case for the new ferry." ) );
   CHECK( test::speaker( a ) == "Ortiz" );
   CHECK( a.cue->phrase.text == "made a case for" );
   CHECK( a.cue->lemma == "make a case" );
   CHECK( test::content( a ) == "the new ferry" );
   // no determiner, and up to two adjectives
   const auto b = test::only( quoth::parse( "Lind has made several sharp comments about the fare rise." ) );
   CHECK( b.cue->phrase.text == "has made several sharp comments about" );
   CHECK( b.cue->lemma == "make a comment" );
   CHECK( test::content( b ) == "the fare rise" );
   const auto c = test::only( quoth::parse( "The mayor also made veiled references to the storm of 1990." ) );
   CHECK( c.cue->lemma == "make a reference" );
   CHECK( test::content( c ) == "the storm of 1990" );
   // the noun needs its own preposition
   CHECK( quoth::parse( "Lind made a comment to the crowd." ).attributions.empty() );
   CHECK( quoth::parse( "Lind made several trips to the island." ).attributions.empty() );
}

TEST_CASE( "talks about, called for and a verb before the cue's gerund" )
{
   const auto a = test::only( quoth::parse( "Ortiz talks about the levy at every stop." ) );
   CHECK( test::speaker( a ) == "Ortiz" );
   CHECK( test::content( a ) == "the levy at every stop" );
   CHECK( quoth::parse( "The talks about the levy went on all night." ).attributions.empty() );
   // "a group of X called for" is no naming ("a group called X")
   const auto b = test::only( quoth::parse( "A group of pilots called for a new pier." ) );
   CHECK( test::speaker( b ) == "A group of pilots" );
   CHECK( test::content( b ) == "a new pier" );
   const auto c = test::only( quoth::parse( "The dockers soon began calling for a strike." ) );
   CHECK( c.cue->phrase.text == "soon began calling" );
   CHECK( test::content( c ) == "a strike" );
}

TEST_CASE( "charge, notice, reason and project take a that-clause" )
{
   const auto a = test::only( quoth::parse( "Critics charge that the levy hurts small ports." ) );
   CHECK( test::speaker( a ) == "Critics" );
   CHECK( test::content( a ) == "the levy hurts small ports" );
   const auto b = test::only( quoth::parse( "The harbour board projects that traffic will double." ) );
   CHECK( test::cue( b ) == "project" );
   CHECK( test::content( b ) == "traffic will double" );
   CHECK( test::cue( test::only( quoth::parse( "Ortiz noticed that the crane had moved." ) ) ) == "notice" );
   CHECK( quoth::parse( "Ortiz noticed the crane." ).attributions.empty() );
}

TEST_CASE( "a subordinate clause after an opening conjunction; a span of time is no speaker" )
{
   const auto a = test::only( quoth::parse( "But while Ortiz says the levy is fair, the pilots disagree." ) );
   CHECK( test::speaker( a ) == "Ortiz" );
   CHECK( test::content( a ) == "the levy is fair" );
   const auto b = test::only( quoth::parse( "If the plan seems doomed, the board will drop it." ) );
   CHECK( b.pattern == quoth::pattern::impersonal );
   CHECK( test::content( b ) == "the plan seems doomed" );
   CHECK( quoth::parse( "The past few weeks have shown that the pier is safe." ).attributions.empty() );
}

TEST_CASE( "a that-verb before a clause that opens with \"it\"" )
{
   const auto a = test::only( quoth::parse( "Ortiz argued it was too late to save the pier." ) );
   CHECK( test::content( a ) == "it was too late to save the pier" );
   CHECK( quoth::parse( "Ortiz claimed it in 2010." ).attributions.empty() );
}

TEST_CASE( "a question after an adjective of doubt: \"split on whether\"" )
{
   const auto a = test::only( quoth::parse( "The board members are split on whether the fee should rise." ) );
   CHECK( test::speaker( a ) == "The board members" );
   CHECK( a.cue->phrase.text == "are split" );
   CHECK( test::content( a ) == "whether the fee should rise" );
   const auto b = test::only( quoth::parse( "Residents were unclear as to who would pay for the repairs." ) );
   CHECK( test::content( b ) == "who would pay for the repairs" );
   // without a question the adjective names no attitude
   CHECK( quoth::parse( "The vote on the fee was split." ).attributions.empty() );
   CHECK( quoth::parse( "The board is divided and the fee stays." ).attributions.empty() );
}

TEST_CASE( "a second verb of the speaker after \"but\" or \"and\" and a date or medium" )
{
   const auto doc = quoth::parse( "The clerk said he had not seen the letter, but in a later interview said he had read it." );
   REQUIRE( doc.attributions.size() == 2 );
   CHECK( test::content( doc.attributions[ 0 ] ) == "he had not seen the letter" );
   CHECK( test::speaker( doc.attributions[ 1 ] ) == "The clerk" );
   CHECK( test::content( doc.attributions[ 1 ] ) == "he had read it" );
   const auto doc2 = quoth::parse( "The mayor praised the crews and on Tuesday said the road would reopen." );
   REQUIRE( doc2.attributions.size() == 2 );
   CHECK( test::speaker( doc2.attributions[ 1 ] ) == "The mayor" );
   CHECK( test::content( doc2.attributions[ 1 ] ) == "the road would reopen" );
   CHECK( test::date( doc2.attributions[ 1 ] ) == "on Tuesday" );
}

TEST_CASE( "\"which\" opens a question after the addressee" )
{
   const auto a = test::only( quoth::parse( "The paper asked its readers which candidate won the debate." ) );
   CHECK( a.cue->phrase.text == "asked its readers" );
   CHECK( test::content( a ) == "which candidate won the debate" );
}

TEST_CASE( "more stance phrases: \"cautioned against\", \"confident in\", \"angered by\", \"thrilled with\"" )
{
   const auto a = test::only( quoth::parse( "Several nurses cautioned against a rush to close the ward." ) );
   CHECK( test::speaker( a ) == "Several nurses" );
   CHECK( test::content( a ) == "a rush to close the ward" );
   const auto b = test::only( quoth::parse( "The harbour master is confident in the new crew." ) );
   CHECK( b.cue->phrase.text == "is confident in" );
   CHECK( test::content( b ) == "the new crew" );
   const auto c = test::only( quoth::parse( "The fishermen were angered by the new quota." ) );
   CHECK( test::speaker( c ) == "The fishermen" );
   CHECK( test::content( c ) == "the new quota" );
   const auto d = test::only( quoth::parse( "The organisers were thrilled with the turnout." ) );
   CHECK( test::content( d ) == "the turnout" );
   // "put" reports only in "put it"
   CHECK( quoth::parse( "Later estimates put the cost closer to four million." ).attributions.empty() );
}

TEST_CASE( "\"pointed out\" takes a noun phrase or a bare clause" )
{
   const auto a = test::only( quoth::parse( "The report also points out a second flaw in the hull." ) );
   CHECK( test::speaker( a ) == "The report" );
   CHECK( test::content( a ) == "a second flaw in the hull" );
   const auto b = test::only( quoth::parse( "Amsel pointed out the pier has no lights." ) );
   CHECK( test::cue( b ) == "point out" );
   CHECK( test::content( b ) == "the pier has no lights" );
   // "pointing to" keeps its own reading
   CHECK( test::content( test::only( quoth::parse( "Amsel pointed to the empty berths." ) ) ) == "the empty berths" );
}

TEST_CASE( "a comma inside a number is no boundary of a clause" )
{
   const auto a = test::only( quoth::parse( "The council also reported that roughly 1,100 permits were never filed." ) );
   CHECK( test::speaker( a ) == "The council" );
   CHECK( test::content( a ) == "roughly 1,100 permits were never filed" );
}

TEST_CASE( "adverbs of frequency stay out of the speaker: \"would ever admit\", \"has sometimes acknowledged\"" )
{
   const auto a = test::only( quoth::parse( "Few harbour pilots would ever admit this." ) );
   CHECK( test::speaker( a ) == "Few harbour pilots" );
   CHECK( a.cue->phrase.text == "would ever admit" );
   const auto b = test::only( quoth::parse( "The union has sometimes acknowledged that the fares are high." ) );
   CHECK( test::speaker( b ) == "The union" );
}

TEST_CASE( "a particle verb with an addressee first: \"talked to reporters about\"" )
{
   const auto a = test::only( quoth::parse( "The mayor talked to reporters about the new tram line." ) );
   CHECK( test::speaker( a ) == "The mayor" );
   CHECK( test::cue( a ) == "talk" );
   CHECK( test::content( a ) == "the new tram line" );
   CHECK( test::content( test::only( quoth::parse( "Amsel spoke to them about the pier." ) ) ) == "the pier" );
   // only before "about": "spoke to the club of pilots" is no attribution
   CHECK( quoth::parse( "Amsel spoke to the Harbour Club of Dover on Friday." ).attributions.empty() );
}

TEST_CASE( "\"vented\" and \"sniped\" before a that-clause" )
{
   const auto a = test::only( quoth::parse( "Amsel vented to her husband that the vote would be ugly." ) );
   CHECK( test::speaker( a ) == "Amsel" );
   CHECK( test::content( a ) == "the vote would be ugly" );
   const auto b = test::only( quoth::parse( "The pilot sniped that the mayor was learning on the job." ) );
   CHECK( test::cue( b ) == "snipe" );
   CHECK( test::content( b ) == "the mayor was learning on the job" );
   // and "vented" after a quotation, as before
   CHECK( test::speaker( test::only( quoth::parse( "“It is a mess,” Amsel vented." ) ) ) == "Amsel" );
}

TEST_CASE( "a pronoun with its verb in one word ends the addressee: \"told voters she's ready\"" )
{
   const auto a = test::only( quoth::parse( "Amsel told the dockers she's ready to sign." ) );
   CHECK( a.cue->phrase.text == "told the dockers" );
   CHECK( test::content( a ) == "she's ready to sign" );
   const auto b = test::only( quoth::parse( "Amsel told voters he\xE2\x80\x99s sorry about the fare." ) );
   CHECK( b.cue->phrase.text == "told voters" );
   CHECK( test::content( b ) == "he\xE2\x80\x99s sorry about the fare" );
   const auto c = test::only( quoth::parse( "The pilot told the crowd it's over." ) );
   CHECK( c.cue->phrase.text == "told the crowd" );
   CHECK( test::content( c ) == "it's over" );
   // a possessive noun still reads as one: "told the mayor's aide"
   const auto d = test::only( quoth::parse( "Amsel told the mayor's aide that the ferry was late." ) );
   CHECK( a.cue->phrase.text != d.cue->phrase.text );
   CHECK( d.cue->phrase.text == "told the mayor's aide" );
}

TEST_CASE( "the main clause before \"and\" when a clause of its own follows and the subject comes after a dateline" )
{
   const auto doc = quoth::parse( "DOVER (AP) - Harbour master Ada Brook said the storm damaged two piers and she blamed the council for the delay." );
   REQUIRE( doc.attributions.size() == 2 );
   const auto& said = doc.attributions[ 0 ].cue->phrase.text == "said" ? doc.attributions[ 0 ] : doc.attributions[ 1 ];
   const auto& blamed = doc.attributions[ 0 ].cue->phrase.text == "said" ? doc.attributions[ 1 ] : doc.attributions[ 0 ];
   CHECK( test::speaker( said ) == "Harbour master Ada Brook" );
   CHECK( test::content( said ) == "the storm damaged two piers" );
   CHECK( test::speaker( blamed ) == "she" );
   CHECK( test::content( blamed ) == "the council for the delay" );
}

TEST_CASE( "an aside between dashes in the subject: the speaker stops before it, and a place before \"that\" is no content" )
{
   const auto doc = quoth::parse( "Brook - who said the fare was fair - said at a rally in Dover that the ferry would run." );
   REQUIRE( doc.attributions.size() == 2 );
   const auto& main = doc.attributions[ 0 ].speaker->mention.text == "who" ? doc.attributions[ 1 ] : doc.attributions[ 0 ];
   CHECK( test::speaker( main ) == "Brook" );
   CHECK( test::content( main ) == "the ferry would run" );
   // a long aside does not count against the words of the subject
   const auto a = test::only( quoth::parse( "The judge -- who has been in a quarrel with the mayor over the past few days -- said she regretted her remarks." ) );
   CHECK( test::speaker( a ) == "The judge" );
   CHECK( test::content( a ) == "she regretted her remarks" );
}

TEST_CASE( "a document put out by the subject is no speaker of the gerund after it" )
{
   const auto a = test::only( quoth::parse( "The town released a statement Wednesday saying the plan was dead." ) );
   CHECK( test::speaker( a ) == "The town" );
   CHECK( test::content( a ) == "the plan was dead" );
   const auto b = test::only( quoth::parse( "His office put out a statement saying the pier would close." ) );
   CHECK( test::speaker( b ) == "His office" );
   const auto c = test::only( quoth::parse( "Minutes later, she sent an email saying, \xE2\x80\x9C"
                                            "Done.\xE2\x80\x9D" ) );
   CHECK( test::speaker( c ) == "she" );
   const auto d = test::only( quoth::parse( "Brook issued a statement saying that the board should wait." ) );
   CHECK( test::speaker( d ) == "Brook" );
   // no issuing verb: the document itself reports
   const auto e = test::only( quoth::parse( "A statement from the board said the pier would close." ) );
   CHECK( test::speaker( e ) == "A statement from the board" );
}

TEST_CASE( "the main clause before a relative clause with a cue of its own" )
{
   const auto doc = quoth::parse( "The board issued a statement saying that Brook meant people who support the plan." );
   REQUIRE( doc.attributions.size() == 2 );
   const auto& main = doc.attributions[ 0 ].cue->phrase.text == "saying" ? doc.attributions[ 0 ] : doc.attributions[ 1 ];
   CHECK( test::speaker( main ) == "The board" );
   CHECK( test::content( main ) == "Brook meant people" );
}

TEST_CASE( "a relative clause between commas ends at its comma when the main clause's verb follows" )
{
   const auto a = test::only( quoth::parse( "Brook, who had said the judge was biased, issued a long apology on Friday." ) );
   CHECK( test::speaker( a ) == "who" );
   CHECK( test::content( a ) == "the judge was biased" );
   // no verb after the comma: the content goes on
   const auto b = test::only( quoth::parse( "Brook met Ortiz, who said the fare was fair, the pier was safe and the ferry would run." ) );
   CHECK( test::content( b ) == "the fare was fair, the pier was safe and the ferry would run" );
}

TEST_CASE( "several addressees, or one in apposition, before the complement" )
{
   const auto a = test::only( quoth::parse( "Brook told Ada and Bo that the ferry would run." ) );
   CHECK( a.cue->phrase.text == "told Ada and Bo" );
   CHECK( test::content( a ) == "the ferry would run" );
   const auto b = test::only( quoth::parse( "The board asked Mills, Sun and Abe to search their e-mails." ) );
   CHECK( b.cue->phrase.text == "asked Mills, Sun and Abe" );
   CHECK( test::content( b ) == "to search their e-mails" );
   const auto c = test::only( quoth::parse( "Brook told the mayor and the board that the pier was unsafe." ) );
   CHECK( c.cue->phrase.text == "told the mayor and the board" );
   const auto d = test::only( quoth::parse( "Brook told Ada, her aide, that the ferry would run." ) );
   CHECK( d.cue->phrase.text == "told Ada, her aide" );
   CHECK( test::content( d ) == "the ferry would run" );
   // no complement after the second noun: no attribution reads it as an addressee
   CHECK( quoth::parse( "Brook told reporters and then left." ).attributions.empty() );
}

TEST_CASE( "two named speakers with an of-phrase after the second" )
{
   const auto a = test::only( quoth::parse( "\xE2\x80\x9CThe ferry would need new designs,\xE2\x80\x9D experts Ada Brook and Sera Kell of Dover's Institute wrote in September." ) );
   CHECK( test::speaker( a ) == "experts Ada Brook and Sera Kell of Dover's Institute" );
}

TEST_CASE( "an online chat is a medium between the addressee and the question" )
{
   const auto a = test::only( quoth::parse( "Vargas asked the mayor during a chat if she would sign the pledge." ) );
   CHECK( a.cue->phrase.text == "asked the mayor" );
   CHECK( test::content( a ) == "if she would sign the pledge" );
   CHECK( test::medium( a ) == "during a chat" );
}

TEST_CASE( "a clause after though, although or even though has a speaker of its own" )
{
   const auto doc = quoth::parse( "Brook said the fares would rise, though she did not discuss the timing." );
   REQUIRE( doc.attributions.size() == 2 );
   CHECK( test::content( doc.attributions[ 0 ] ) == "the fares would rise" );
   CHECK( test::speaker( doc.attributions[ 1 ] ) == "she" );
   CHECK( test::content( doc.attributions[ 1 ] ) == "the timing" );
   const auto al = quoth::parse( "The clerk said the forms are signed, although he did not say who signed them." );
   REQUIRE( al.attributions.size() == 2 );
   CHECK( test::content( al.attributions[ 0 ] ) == "the forms are signed" );
   CHECK( test::content( al.attributions[ 1 ] ) == "who signed them" );
   // "even" goes with "though", not with the content before it
   const auto even = quoth::parse( "The court decided not to hear the case even though it found that the fee was unfair." );
   REQUIRE( even.attributions.size() == 2 );
   CHECK( test::content( even.attributions[ 0 ] ) == "not to hear the case" );
   CHECK( test::speaker( even.attributions[ 1 ] ) == "it" );
   CHECK( test::content( even.attributions[ 1 ] ) == "the fee was unfair" );
}

TEST_CASE( "a relative clause with a cue of its own inside a content is an attribution of its own" )
{
   // after "that": a subject, the cue, and a content that opens with a verb
   const auto doc = quoth::parse( "Lind praised the new pier, a project that she said halved the queues." );
   REQUIRE( doc.attributions.size() == 2 );
   CHECK( test::content( doc.attributions[ 0 ] ) == "the new pier, a project" );
   CHECK( test::speaker( doc.attributions[ 1 ] ) == "she" );
   CHECK( test::content( doc.attributions[ 1 ] ) == "halved the queues" );
   // after a comma, "who" is the speaker
   const auto who = quoth::parse( "Ortiz thanked the crew and his friend Ada Brook, who has promised to fix the pier." );
   REQUIRE( who.attributions.size() == 2 );
   CHECK( test::content( who.attributions[ 0 ] ) == "the crew and his friend Ada Brook" );
   CHECK( test::cue( who.attributions[ 1 ] ) == "promise" );
   CHECK( test::content( who.attributions[ 1 ] ) == "to fix the pier" );
   // a content that opens with a noun is the object of the inner verb: one attribution
   const auto noun = test::only( quoth::parse( "Lind praised the plan that Brook called a bargain." ) );
   CHECK( test::content( noun ) == "the plan that Brook called a bargain" );
}

TEST_CASE( "\"aims to\" reports an intention; \"saying it\" and a verb in the past is a clause" )
{
   const auto a = test::only( quoth::parse( "The union aims to end the strike by Friday." ) );
   CHECK( test::cue( a ) == "aim" );
   CHECK( test::content( a ) == "to end the strike by Friday" );
   // "it" and a verb after "saying" is the subject of a clause, not the object of "saying"
   const auto b = quoth::parse( "Amsel denounced the plan, saying it offered nothing to the pilots." );
   REQUIRE( b.attributions.size() == 2 );
   CHECK( test::content( b.attributions[ 0 ] ) == "the plan" );
   CHECK( test::content( b.attributions[ 1 ] ) == "it offered nothing to the pilots" );
   CHECK( test::content( test::only( quoth::parse( "Amsel denounced the plan, saying it loudly." ) ) ) == "the plan, saying it loudly" );
}

TEST_CASE( "\"named\" and \"nominated\" report a choice; \"a cleric named Ortiz\" is none" )
{
   const auto a = test::only( quoth::parse( "The mayor named Ada Brook as her deputy on Monday." ) );
   CHECK( test::speaker( a ) == "The mayor" );
   CHECK( test::cue( a ) == "name" );
   CHECK( test::content( a ).rfind( "Ada Brook as her deputy", 0 ) == 0 );
   const auto b = test::only( quoth::parse( "The party nominated Lind for the seat." ) );
   CHECK( test::speaker( b ) == "The party" );
   CHECK( test::cue( b ) == "nominate" );
   // a participle after a noun with "a", or with "for": no choice reported
   CHECK( quoth::parse( "The ferry belongs to a cleric named Ortiz." ).attributions.empty() );
   CHECK( quoth::parse( "The old halls named for the founders will close." ).attributions.empty() );
   // "nominating" is an adjective: "the nominating contests"
   CHECK( quoth::parse( "The nominating contests end in June." ).attributions.empty() );
}

TEST_CASE( "a clause with no reporting verb, a colon and a quotation that ends the sentence" )
{
   const auto a = test::only( quoth::parse( "In a later interview, Brook went even further: “If he loses, it ends his career.”" ) );
   CHECK( a.pattern == quoth::pattern::speaker_cue_quote );
   CHECK( test::speaker( a ) == "Brook" );
   CHECK( a.cue->phrase.text == "went even further:" );
   CHECK( test::content( a ) == "If he loses, it ends his career." );
   // an aside after the subject
   const auto b = test::only( quoth::parse( "The union, in a note on its site, worded it more carefully: “We stand by the pilots.”" ) );
   CHECK( test::speaker( b ) == "The union" );
   CHECK( b.cue->phrase.text == "worded it more carefully:" );
   // not when words follow the quotation
   CHECK( quoth::parse( "Brook went even further: “never” was her word for it." ).attributions.empty() );
}

TEST_CASE( "after an opening phrase, a clause before a colon and the quotation after it with its trailer are two attributions" )
{
   const auto doc = quoth::parse( "Soon after the flood in Harrow, Lind warned that the town had lost its way: “It is gone,” she said." );
   REQUIRE( doc.attributions.size() == 2 );
   CHECK( test::speaker( doc.attributions[ 0 ] ) == "Lind" );
   CHECK( test::content( doc.attributions[ 0 ] ) == "the town had lost its way" );
   CHECK( test::speaker( doc.attributions[ 1 ] ) == "she" );
   CHECK( test::content( doc.attributions[ 1 ] ) == "It is gone" );
   // a cue before the first comma: the clause starts the sentence, not after the comma
   const auto told = quoth::parse( "Ortiz told the paper that despite the crowds, the fair would not last: “It will fold,” Ortiz predicted." );
   REQUIRE( told.attributions.size() == 2 );
   CHECK( test::content( told.attributions[ 0 ] ) == "despite the crowds, the fair would not last" );
}

TEST_CASE( "a place with a relative aside between the cue and \"that\": \"said on the radio, where she is a host, that A\"" )
{
   const auto a = test::only( quoth::parse( "Brook said on KXRT, where she is now a host, that the mayor should resign." ) );
   CHECK( test::speaker( a ) == "Brook" );
   CHECK( test::content( a ) == "the mayor should resign" );
   const auto b = test::only( quoth::parse( "Brook said at the rally in Lyme, where the crowd was thin, that the mayor should resign." ) );
   CHECK( test::content( b ) == "the mayor should resign" );
}

TEST_CASE( "a reported clause without \"that\" whose subject runs to ten words before its verb" )
{
   const auto a = test::only( quoth::parse( "Lind argued Ortiz\xE2\x80\x99s proposal to pay the debt by printing money would ruin the city." ) );
   CHECK( test::speaker( a ) == "Lind" );
   CHECK( test::content( a ) == "Ortiz\xE2\x80\x99s proposal to pay the debt by printing money would ruin the city" );
   // an object with no verb of its own is no clause
   CHECK( quoth::parse( "Lind argued the case for the new bridge across the river to the old town in court." ).attributions.empty() );
}

TEST_CASE( "\"convince\" takes an addressee before its that-clause; \"confide\" reports" )
{
   const auto a = test::only( quoth::parse( "The owners were able to convince judges that the toll was unfair." ) );
   CHECK( test::speaker( a ) == "The owners" );
   CHECK( a.cue->phrase.text == "were able to convince judges" );
   CHECK( test::content( a ) == "the toll was unfair" );
   // evidence that convinces is no cue
   CHECK( quoth::parse( "He saw no convincing proof in the file." ).attributions.empty() );
   const auto b = test::only( quoth::parse( "Ortiz confided that his parents had panicked." ) );
   CHECK( test::cue( b ) == "confide" );
   CHECK( test::content( b ) == "his parents had panicked" );
}

TEST_CASE( "\"Even as\", \"Even though\" and \"As X argued that A\" open a subordinate clause with its own attribution" )
{
   const auto doc = quoth::parse( "Even as Ortiz argued that the toll was unfair, Lind said the bridge would close." );
   REQUIRE( doc.attributions.size() == 2 );
   CHECK( test::speaker( doc.attributions[ 0 ] ) == "Ortiz" );
   CHECK( test::content( doc.attributions[ 0 ] ) == "the toll was unfair" );
   CHECK( test::speaker( doc.attributions[ 1 ] ) == "Lind" );
   CHECK( test::content( doc.attributions[ 1 ] ) == "the bridge would close" );
   // a quotation in the clause is not the main clause's
   const auto q = quoth::parse( "But even as Ortiz claimed that \"Ada got off lightly,\" Lind said the two cases were different." );
   REQUIRE( !q.attributions.empty() );
   CHECK( test::speaker( q.attributions[ 0 ] ) == "Ortiz" );
   CHECK( test::content( q.attributions[ 0 ] ) == "Ada got off lightly" );
   const auto though = quoth::parse( "Even though Ortiz argued that the toll was unfair, Lind said the bridge would close." );
   REQUIRE( though.attributions.size() == 2 );
   CHECK( test::speaker( though.attributions[ 0 ] ) == "Ortiz" );
   const auto as = quoth::parse( "As Ortiz argued that the toll was unfair, Lind said the bridge would close." );
   REQUIRE( as.attributions.size() == 2 );
   CHECK( test::content( as.attributions[ 0 ] ) == "the toll was unfair" );
   CHECK( test::content( as.attributions[ 1 ] ) == "the bridge would close" );
   // "As X reported just today, A" still reports A
   const auto b = test::only( quoth::parse( "As the Courier reported just today, the pier will close." ) );
   CHECK( test::speaker( b ) == "the Courier" );
   CHECK( test::content( b ) == "the pier will close" );
}

TEST_CASE( "\"wonder\" before a wh-clause reports it; \"no wonder\" is a noun" )
{
   const auto a = test::only( quoth::parse( "Others wonder how the toll could affect her run." ) );
   CHECK( test::speaker( a ) == "Others" );
   CHECK( test::cue( a ) == "wonder" );
   CHECK( test::content( a ) == "how the toll could affect her run" );
   CHECK( quoth::parse( "It is no wonder that the pier closed." ).attributions.empty() );
   CHECK( quoth::parse( "The pier is a wonder of the age." ).attributions.empty() );
}

TEST_CASE( "\"Or\" opening a sentence is no speaker, and a determiner ends no speaker" )
{
   // an imperative after "Or" has no speaker
   CHECK( quoth::parse( "Or support Ada Lind, who will lead the opposition." ).attributions.empty() );
   // "this view" is a noun phrase: what comes before it does not hold the view
   CHECK( quoth::parse( "On the other side is this view: it is hard to win with a long primary." ).attributions.empty() );
   // a subject after "Or" is read as after "And"
   const auto a = test::only( quoth::parse( "Or Lind said the plan would fail." ) );
   CHECK( test::speaker( a ) == "Lind" );
   CHECK( test::content( a ) == "the plan would fail" );
}

TEST_CASE( "a handle or a web address alone is no content: \"He tweets @adalind.\"" )
{
   CHECK( quoth::parse( "He tweets @adalind." ).attributions.empty() );
   CHECK( quoth::parse( "The Courier reports http://example.com/a1." ).attributions.empty() );
   // a handle inside a clause stays
   const auto a = test::only( quoth::parse( "Lind wrote that @ortiz had lied." ) );
   CHECK( test::content( a ) == "@ortiz had lied" );
}

TEST_CASE( "a plural noun that looks like a cue is no verb when a verb follows it" )
{
   CHECK( quoth::parse( "The recent terror attacks changed the campaign." ).attributions.empty() );
   CHECK( quoth::parse( "Early estimates have been too low." ).attributions.empty() );
   // the verb "attacks"
   const auto a = test::only( quoth::parse( "Lind attacks Ortiz over the budget." ) );
   CHECK( test::speaker( a ) == "Lind" );
   CHECK( test::cue( a ) == "attack" );
}

TEST_CASE( "a phrase of time after the cue is no content" )
{
   CHECK( quoth::parse( "He said during the debate." ).attributions.empty() );
   CHECK( quoth::parse( "Ortiz spoke after the vote." ).attributions.empty() );
   // the content after the phrase and its comma, or after "that"
   CHECK( test::content( test::only( quoth::parse( "Lind explained after winning Ohio, the race is over." ) ) ) == "the race is over" );
   CHECK( test::content( test::only( quoth::parse( "Lind said before the vote that the plan had failed." ) ) ) == "the plan had failed" );
   // nor is a phrase of place that nothing follows
   CHECK( quoth::parse( "He said at the meeting." ).attributions.empty() );
   CHECK( test::content( test::only( quoth::parse( "Lind said at least ten people died." ) ) ) == "at least ten people died" );
   // nor a span of time
   CHECK( quoth::parse( "The council has been discussing for several weeks." ).attributions.empty() );
   const auto t = test::only( quoth::parse( "Lind thought for a moment and said that the plan would fail." ) );
   CHECK( test::content( t ) == "the plan would fail" );
   CHECK( test::content( test::only( quoth::parse( "His aides have hoped for a second-place finish in Ohio." ) ) ) == "for a second-place finish in Ohio" );
   const auto a = test::only( quoth::parse( "Her father also grew up here, as she said at the outset - any rancor was well hidden." ) );
   CHECK( test::speaker( a ) == "she" );
   CHECK( test::content( a ) == "Her father also grew up here" );
}

TEST_CASE( "a verb after the comma of a relative clause opens no content" )
{
   // "who advises Ortiz" is no attribution of "is no fan of Brook"
   const auto doc = quoth::parse( "Lind, who advises Ortiz, is no fan of Brook." );
   for( const auto& a : doc.attributions ) {
      CHECK( test::content( a ) != "is no fan of Brook" );
   }
   CHECK( test::content( test::only( quoth::parse( "Lind told them, the plan would fail." ) ) ) == "the plan would fail" );
}

TEST_CASE( "\"anticipate\", \"demonstrate\" and \"discover\" report a that-clause" )
{
   const auto a = test::only( quoth::parse( "Mr. Ortiz, the Ohio senator, anticipated that the session would focus on roads." ) );
   CHECK( test::speaker( a ) == "Mr. Ortiz, the Ohio senator" );
   CHECK( test::cue( a ) == "anticipate" );
   CHECK( test::content( a ) == "the session would focus on roads" );
   const auto d = test::only( quoth::parse( "Lind has demonstrated that those who cross her pay a price." ) );
   CHECK( test::cue( d ) == "demonstrate" );
   CHECK( test::content( d ) == "those who cross her pay a price" );
   const auto v = test::only( quoth::parse( "Tenants discover over and over again that the repairs never come." ) );
   CHECK( test::speaker( v ) == "Tenants" );
   CHECK( test::content( v ) == "the repairs never come" );
}

TEST_CASE( "\"calculate\" reports a that-clause; \"quote\" reports what is quoted" )
{
   const auto a = test::only( quoth::parse( "Nils Berg, an analyst at the port authority, calculates that 900 dock jobs pay less than the average." ) );
   CHECK( test::speaker( a ) == "Nils Berg, an analyst at the port authority" );
   CHECK( test::cue( a ) == "calculate" );
   CHECK( test::content( a ) == "900 dock jobs pay less than the average" );
   CHECK( quoth::parse( "Berg calculated the cost of the new quay." ).attributions.empty() );
   const auto doc = quoth::parse( "“The quay is finished,” Berg wrote online, quoting the harbour master's notice." );
   REQUIRE( doc.attributions.size() == 2 );
   CHECK( test::cue( doc.attributions[ 1 ] ) == "quote" );
   CHECK( test::speaker( doc.attributions[ 1 ] ) == "Berg" );
   CHECK( test::content( doc.attributions[ 1 ] ) == "the harbour master's notice" );
   CHECK( quoth::parse( "A quote from Berg hangs above the door." ).attributions.empty() );
}

TEST_CASE( "\"consider\" in the present reports a view" )
{
   const auto a = test::only( quoth::parse( "Most harbour pilots consider the new channel too narrow for tankers." ) );
   CHECK( test::speaker( a ) == "Most harbour pilots" );
   CHECK( test::cue( a ) == "consider" );
   CHECK( test::content( a ) == "the new channel too narrow for tankers" );
   const auto b = test::only( quoth::parse( "The pilots lost what they consider a safe route." ) );
   CHECK( test::speaker( b ) == "they" );
   CHECK( test::content( b ) == "a safe route" );
}

TEST_CASE( "\"call\" in the present reports after a plural, a pronoun or a share, not as a noun" )
{
   const auto a = test::only( quoth::parse( "Harbour pilots call the new channel a trap." ) );
   CHECK( test::speaker( a ) == "Harbour pilots" );
   CHECK( test::cue( a ) == "call" );
   CHECK( test::content( a ) == "the new channel a trap" );
   const auto b = test::only( quoth::parse( "And 61 percent call the ferry fare too high." ) );
   CHECK( test::speaker( b ) == "61 percent" );
   CHECK( quoth::parse( "The conference call ended early." ).attributions.empty() );
   CHECK( quoth::parse( "Her call drew boos from the back of the hall." ).attributions.empty() );
   const auto d = test::only( quoth::parse( "You can call the pier whatever you like." ) );
   CHECK( test::cue( d ) == "call" );
   CHECK( test::content( d ) == "the pier whatever you like" );
   // the noun before "for" reports a demand as before
   const auto c = test::only( quoth::parse( "Her call for a new pier drew cheers." ) );
   CHECK( test::speaker( c ) == "Her" );
   CHECK( test::content( c ).rfind( "a new pier", 0 ) == 0 );
}

TEST_CASE( "\"list\" reports what a speaker or a document lists" )
{
   const auto a = test::only( quoth::parse( "The harbour office lists the old ferry as a danger to shipping." ) );
   CHECK( test::speaker( a ) == "The harbour office" );
   CHECK( test::cue( a ) == "list" );
   CHECK( test::content( a ) == "the old ferry as a danger to shipping" );
   const auto b = test::only( quoth::parse( "Ortiz later listed three reasons to keep the pier open." ) );
   CHECK( test::speaker( b ) == "Ortiz" );
   CHECK( test::content( b ) == "three reasons to keep the pier open" );
}

TEST_CASE( "\"favor\" in the present is a stance, but not after a possessive" )
{
   const auto a = test::only( quoth::parse( "Most dock workers favor a later start to the shift." ) );
   CHECK( test::speaker( a ) == "Most dock workers" );
   CHECK( test::cue( a ) == "favor" );
   CHECK( test::content( a ) == "a later start to the shift" );
   CHECK( quoth::parse( "The tide is in our favor tonight." ).attributions.empty() );
   CHECK( quoth::parse( "The count ended in Ortiz's favor." ).attributions.empty() );
   // the noun in an opening phrase leaves the clause after it to be read
   const auto b = test::only( quoth::parse( "In Ortiz's favor, the pilots said her plan was the safest." ) );
   CHECK( test::speaker( b ) == "the pilots" );
   CHECK( test::content( b ) == "her plan was the safest" );
}

TEST_CASE( "\"signed\" reports the text a speaker puts a name to, in the active voice" )
{
   const auto a = test::only( quoth::parse( "Twelve harbour pilots signed a letter urging the town to dredge the channel." ) );
   CHECK( test::speaker( a ) == "Twelve harbour pilots" );
   CHECK( test::cue( a ) == "sign" );
   CHECK( test::content( a ) == "a letter urging the town to dredge the channel" );
   CHECK( quoth::parse( "The letter was signed by Ada Brook." ).attributions.empty() );
   CHECK( quoth::parse( "Lind signed up for the evening course." ).attributions.empty() );
   CHECK( quoth::parse( "The mayor signed the levy into law in March." ).attributions.size() == 1 );
   CHECK( quoth::parse( "The levy, which the mayor signed into law in March, pays for the pier." ).attributions.empty() );
   CHECK( quoth::parse( "Both pilots read the plan and signed it." ).attributions.empty() );
   CHECK( quoth::parse( "The club signed Ortiz to a two-year contract." ).attributions.empty() );
}

TEST_CASE( "\"focused on\" reports what a speaker's words turned to" )
{
   const auto a = test::only( quoth::parse( "Her speech focused on whether the ferry would keep running." ) );
   CHECK( test::cue( a ) == "focus on" );
   CHECK( test::content( a ) == "whether the ferry would keep running" );
   CHECK( quoth::parse( "Her focus groups met on Tuesday." ).attributions.empty() );
}

TEST_CASE( "\"released\" reports only before a statement" )
{
   const auto a = test::only( quoth::parse( "The mayor released the following statement: \xE2\x80\x9CWe mourn the loss of a good man.\xE2\x80\x9D" ) );
   CHECK( test::speaker( a ) == "The mayor" );
   CHECK( test::content( a ) == "We mourn the loss of a good man." );
   const auto b = test::only( quoth::parse( "The mayor released a brief statement that the town would recover." ) );
   CHECK( test::speaker( b ) == "The mayor" );
   CHECK( test::content( b ) == "the town would recover" );
   // a document released on a day keeps its speaker
   const auto c = test::only( quoth::parse( "A poll released Friday found that Lind leads." ) );
   CHECK( test::speaker( c ) == "A poll released Friday" );
   CHECK( test::content( c ) == "Lind leads" );
}

TEST_CASE( "a relative pronoun after a comma is no trailer of the clause before it" )
{
   const auto a = test::only( quoth::parse( "The effort was led by Lind, who has said for years that delegates are free." ) );
   CHECK( test::speaker( a ) == "who" );
   CHECK( test::content( a ) == "delegates are free" );
   CHECK( quoth::parse( "The bridge will close soon, who said." ).attributions.empty() );
}

TEST_CASE( "a participle after its noun reports nothing: \"unveiled in November had\", \"supporting actor\"" )
{
   CHECK( quoth::parse( "The test version of the engine unveiled in November had a few troubles." ).attributions.empty() );
   CHECK( quoth::parse( "Ortiz won the best supporting actor prize for the role." ).attributions.empty() );
   CHECK( quoth::parse( "Lind is up against Ortiz, Avery and Cole in the best supporting actress category." ).attributions.empty() );
   // a modal after the phrase, when the noun opens the sentence: "approved Saturday would"
   CHECK( quoth::parse( "A draft budget approved Saturday would cut the ferry fares in half." ).attributions.empty() );
   const auto ferry = test::only( quoth::parse( "The ferry, which Lind said on Monday would run again, left late." ) );
   CHECK( test::content( ferry ) == "would run again" );
   // a verb right after the cue goes on with a relative clause: "which Lind said was a mistake"
   const auto doc = quoth::parse( "Ortiz cited the plan, which Lind said was a mistake." );
   bool found = false;
   for( const auto& a : doc.attributions ) {
      found = found || ( test::speaker( a ) == "Lind" && test::content( a ) == "was a mistake" );
   }
   CHECK( found );
}

TEST_CASE( "an -ing form that is half of a compound noun reports nothing: \"writing course\", \"warning signs\"" )
{
   CHECK( quoth::parse( "Lind has recently finished the college's creative writing course." ).attributions.empty() );
   CHECK( quoth::parse( "He ran the policy unit, where he was a key member of the manifesto writing team." ).attributions.empty() );
   CHECK( quoth::parse( "The program attempts to disable the tool and suppress warning messages given to users." ).attributions.empty() );
   // the verb still reports
   const auto a = test::only( quoth::parse( "Lind is warning that the pier will close." ) );
   CHECK( test::cue( a ) == "warn" );
   CHECK( test::content( a ) == "the pier will close" );
   const auto b = test::only( quoth::parse( "Ortiz is writing that the ferries run late." ) );
   CHECK( test::content( b ) == "the ferries run late" );
   const auto c = test::only( quoth::parse( "The fans are supporting the coach, the club said." ) );
   CHECK( test::speaker( c ) == "the club" );
}

TEST_CASE( "\"called into\" a programme is a phone call; \"called into question\" still reports" )
{
   CHECK( quoth::parse( "Ortiz called into a radio show on Monday." ).attributions.empty() );
   const auto a = test::only( quoth::parse( "Ortiz called into question the cost of the new pier." ) );
   CHECK( test::speaker( a ) == "Ortiz" );
   CHECK( test::cue( a ) == "call" );
}

TEST_CASE( "a subject of two halves inside a content is no second speaker: said the county and its farmers will seek" )
{
   const auto a = test::only( quoth::parse( "Ada Lind said the county and its farmers will seek new subsidies." ) );
   CHECK( test::speaker( a ) == "Ada Lind" );
   CHECK( test::content( a ) == "the county and its farmers will seek new subsidies" );
   const auto b = test::only( quoth::parse( "According to the memo, Lind and another aide asked the clerk to delete the files." ) );
   CHECK( test::content( b ) == "Lind and another aide asked the clerk to delete the files" );
   // a clause before "and", an object before "and", or a second speaker who says: two attributions
   CHECK( quoth::parse( "Lind said taxes rose and farmers say they will leave." ).attributions.size() == 2 );
   CHECK( quoth::parse( "Ortiz wants the votes and Lind wants the credit." ).attributions.size() == 2 );
}

TEST_CASE( "phrases before the subject of a that-clause keep the clause whole: noted that at a meeting, in 1972, she backed" )
{
   const auto a = test::only( quoth::parse( "Lind noted that at one of her first party meetings, in 1972, she supported a plan to nominate Ortiz." ) );
   CHECK( test::speaker( a ) == "Lind" );
   CHECK( test::content( a ) == "at one of her first party meetings, in 1972, she supported a plan to nominate Ortiz" );
   const auto b = test::only( quoth::parse( "Speaker Ada D. Lind (R-Wis.) said the recent spate of river floods and storms demands that all of us plan ahead." ) );
   CHECK( test::content( b ) == "the recent spate of river floods and storms demands that all of us plan ahead" );
}

TEST_CASE( "an average of polls and findings show like a poll; a plain noun does not" )
{
   const auto a = test::only( quoth::parse( "The Gazette average shows Lind leading Ortiz by three points." ) );
   CHECK( test::speaker( a ) == "The Gazette average" );
   CHECK( test::content( a ) == "Lind leading Ortiz by three points" );
   const auto b = test::only( quoth::parse( "Findings show farmers fear a dry summer." ) );
   CHECK( test::speaker( b ) == "Findings" );
   CHECK( quoth::parse( "The bridge shows signs of wear after the storm." ).attributions.empty() );
}

TEST_CASE( "two descriptions joined by \"and\" qualify one plural speaker: current and former officials said" )
{
   const auto a = test::only( quoth::parse( "Agents will want to interview Lind about the server, current and former officials said." ) );
   CHECK( test::speaker( a ) == "current and former officials" );
   CHECK( test::content( a ) == "Agents will want to interview Lind about the server" );
   const auto b = test::only( quoth::parse( "Young and old voters say the new toll is unfair." ) );
   CHECK( test::speaker( b ) == "Young and old voters" );
   CHECK( test::content( b ) == "the new toll is unfair" );
}

TEST_CASE( "\"looks to\" before a verb reports what a speaker aims at; not \"looks to be\", \"looks to me\", \"looked to the courts\"" )
{
   const auto a = test::only( quoth::parse( "Lind is looking to end a run of bad news in the county." ) );
   CHECK( test::speaker( a ) == "Lind" );
   CHECK( test::cue( a ) == "look to" );
   CHECK( test::content( a ) == "end a run of bad news in the county" );
   CHECK( test::content( test::only( quoth::parse( "Ortiz looked to build on his win in Iowa." ) ) ) == "build on his win in Iowa" );
   CHECK( quoth::parse( "Support for Lind looks to be fading." ).attributions.empty() );
   CHECK( quoth::parse( "The plan looks to me like a good one." ).attributions.empty() );
   CHECK( quoth::parse( "Farmers looked to the courts for help." ).attributions.empty() );
}

TEST_CASE( "a capitalised cue word after a capitalised word is part of a name, outside a headline" )
{
   CHECK( quoth::parse( "Crowds filled the square for the premiere. Arctic Express is set on a night train bound for the north." ).attributions.empty() );
   // a headline in title case still reads: the speaker, then its cue
   const auto h = quoth::parse( "Harbour Mayor Warns Of Long Winter\n\nThe town has stocked salt for the roads.\n" );
   REQUIRE( h.attributions.size() == 1 );
   CHECK( h.attributions[ 0 ].cue->phrase.text == "Warns" );
}

TEST_CASE( "so far and thus far between the auxiliary and the cue belong to the cue" )
{
   const auto a = test::only( quoth::parse( "The harbour board has thus far rejected calls to sell the old ferry." ) );
   CHECK( test::speaker( a ) == "The harbour board" );
   CHECK( a.cue->phrase.text == "has thus far rejected" );
   const auto b = test::only( quoth::parse( "Lind has so far denied that the fund was misused." ) );
   CHECK( test::speaker( b ) == "Lind" );
   CHECK( test::content( b ) == "the fund was misused" );
}

TEST_CASE( "a possessive and an adjective of order before a noun are no speaker: its latest estimate" )
{
   CHECK( quoth::parse( "The statistics office will publish its latest estimate of output on Friday." ).attributions.empty() );
   CHECK( quoth::parse( "The mill released their second report of the season." ).attributions.empty() );
   // a speaker that is a possessive and a noun still speaks
   CHECK( test::speaker( test::only( quoth::parse( "Her lawyer said the ruling would be appealed." ) ) ) == "Her lawyer" );
}

TEST_CASE( "a comparative alone is no speaker: Less welcome was the news" )
{
   CHECK( quoth::parse( "Less welcome was the news that the plant would close in June." ).attributions.empty() );
   // a quantity word is one: "Most believe ..."
   CHECK( test::speaker( test::only( quoth::parse( "Most believe that the plant will close in June." ) ) ) == "Most" );
}
