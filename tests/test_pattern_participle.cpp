// ", saying that ...": a participle clause is a further attribution of the same speaker.
#include "helpers.hpp"

TEST_CASE( "X said A, adding that B: two attributions" )
{
   const auto doc = quoth::parse( "The coach said the team was tired, adding that two players were injured." );
   REQUIRE( doc.attributions.size() == 2 );
   CHECK( test::content( doc.attributions[ 0 ] ) == "the team was tired" );
   CHECK( test::content( doc.attributions[ 1 ] ) == "two players were injured" );
   CHECK( test::cue( doc.attributions[ 1 ] ) == "add" );
   CHECK( doc.attributions[ 1 ].pattern == quoth::pattern::participle );
   CHECK( doc.attributions[ 1 ].speaker->id == doc.attributions[ 0 ].speaker->id );
}

TEST_CASE( "X said A - adding that B: a participle after a dash is a further attribution" )
{
   const auto doc = quoth::parse( "Brook says the council took gifts from the builders and “nobody minds” \xE2\x80\x94 insisting that the gifts bought no votes." );
   REQUIRE( doc.attributions.size() == 2 );
   CHECK( test::content( doc.attributions[ 0 ] ) == "the council took gifts from the builders and \xE2\x80\x9Cnobody minds\xE2\x80\x9D" );
   CHECK( test::cue( doc.attributions[ 1 ] ) == "insist" );
   CHECK( test::content( doc.attributions[ 1 ] ) == "the gifts bought no votes" );
   CHECK( doc.attributions[ 1 ].speaker->id == doc.attributions[ 0 ].speaker->id );
   const auto b = quoth::parse( "Lind said the pier was safe -- adding that it would reopen in May." );
   REQUIRE( b.attributions.size() == 2 );
   CHECK( test::content( b.attributions[ 0 ] ) == "the pier was safe" );
   CHECK( test::content( b.attributions[ 1 ] ) == "it would reopen in May" );
   // a dash before a participle that reports nothing splits nothing
   const auto c = test::only( quoth::parse( "Lind said the pier was safe - smiling at the crowd." ) );
   CHECK( test::content( c ) == "the pier was safe - smiling at the crowd" );
}

TEST_CASE( "the subject speaks in a participle clause" )
{
   const auto a = test::only( quoth::parse( "Senator Ida Moss left the hearing early, saying that the questions were unfair." ) );
   CHECK( test::speaker( a ) == "Senator Ida Moss" );
   CHECK( test::cue( a ) == "say" );
   CHECK( test::content( a ) == "the questions were unfair" );
}

TEST_CASE( "a participle that is not a reporting verb is nothing" )
{
   CHECK( quoth::parse( "The team won the match, claiming third place in the league." ).attributions.empty() );
   CHECK( quoth::parse( "In the morning, walking to work, she saw the fire." ).attributions.empty() );
}

TEST_CASE( "X did something and said ...: the subject speaks" )
{
   const auto doc = quoth::parse( "Mayor Ines Berg visited the depot on Monday and told reporters that the trams were safe." );
   const auto a = test::only( doc );
   CHECK( test::speaker( a ) == "Mayor Ines Berg" );
   CHECK( a.cue->phrase.text == "told reporters" );
   CHECK( test::content( a ) == "the trams were safe" );
}

TEST_CASE( "X welcomed A but said B: two attributions" )
{
   const auto doc = quoth::parse( "The union welcomed the offer but said it did not go far enough." );
   REQUIRE( doc.attributions.size() == 2 );
   CHECK( test::content( doc.attributions[ 0 ] ) == "the offer" );
   CHECK( test::cue( doc.attributions[ 1 ] ) == "say" );
   CHECK( test::content( doc.attributions[ 1 ] ) == "it did not go far enough" );
}

TEST_CASE( "a pronoun or a description is the subject of a participle clause" )
{
   const auto a = test::only( quoth::parse( "She wrote to the parents on Friday, saying that the school would stay closed." ) );
   CHECK( test::speaker( a ) == "She" );
   CHECK( test::content( a ) == "the school would stay closed" );
   const auto b = test::only( quoth::parse( "The aide corrected the remarks, saying that the senator had misspoken." ) );
   CHECK( test::speaker( b ) == "The aide" );
}

TEST_CASE( "saying it is ...: \"it\" opens the content when a verb follows" )
{
   const auto a = test::only( quoth::parse( "Rosa Lind waved away the poll, saying it was far too early to tell." ) );
   CHECK( test::content( a ) == "it was far too early to tell" );
   CHECK( quoth::parse( "The firm bought the plant last year, calling it a bargain." ).attributions.size() <= 1 );
}

TEST_CASE( "A, but Y said B: a second speaker in the same sentence" )
{
   const auto doc = quoth::parse( "The mayor said the pool would open in June, but the engineer said the pumps were not ready." );
   REQUIRE( doc.attributions.size() == 2 );
   CHECK( test::content( doc.attributions[ 0 ] ) == "the pool would open in June" );
   CHECK( test::speaker( doc.attributions[ 1 ] ) == "the engineer" );
   CHECK( test::content( doc.attributions[ 1 ] ) == "the pumps were not ready" );
}

TEST_CASE( "Asked about X, Y said ...: the question is Y's too" )
{
   const auto doc = quoth::parse( "Asked about the closure, the librarian said that the roof was unsafe." );
   REQUIRE( doc.attributions.size() == 2 );
   CHECK( test::cue( doc.attributions[ 0 ] ) == "ask" );
   CHECK( test::content( doc.attributions[ 0 ] ) == "about the closure" );
   CHECK( test::speaker( doc.attributions[ 0 ] ) == "the librarian" );
   CHECK( test::content( doc.attributions[ 1 ] ) == "the roof was unsafe" );
   const auto w = quoth::parse( "When asked whether the fair would return, the organiser said: “Next spring.”" );
   REQUIRE( w.attributions.size() == 2 );
   CHECK( test::content( w.attributions[ 0 ] ) == "whether the fair would return" );
}

TEST_CASE( "a participle clause with a comma before its quotation" )
{
   const auto doc = quoth::parse( "The coach posted a short video, saying, “We will be back.”" );
   const auto a = test::only( doc );
   CHECK( a.pattern == quoth::pattern::participle );
   CHECK( test::speaker( a ) == "The coach" );
   CHECK( test::content( a ) == "We will be back." );
   CHECK( a.type == quoth::content_kind::direct );
}

TEST_CASE( "the subject of a participle or a second verb comes after an opening phrase" )
{
   const auto a = test::only( quoth::parse( "By the end of the week, the mayor had changed course and said that the bridge would reopen." ) );
   CHECK( test::speaker( a ) == "the mayor" );
   CHECK( test::content( a ) == "the bridge would reopen" );
   const auto b = test::only( quoth::parse( "But the union walked out of the talks, warning that a strike was near." ) );
   CHECK( test::speaker( b ) == "the union" );
   CHECK( test::content( b ) == "a strike was near" );
}

TEST_CASE( "an opening phrase is not a part of the content: On Monday, X said, “...”" )
{
   const auto a = test::only( quoth::parse( "On Monday, Lind said, “Fine.”" ) );
   CHECK( a.pattern == quoth::pattern::speaker_cue_quote );
   CHECK( test::content( a ) == "Fine." );
   const auto doc = quoth::parse( "Asked about the delay, Lind said, “Soon.”" );
   REQUIRE( doc.attributions.size() == 2 );
   CHECK( test::content( doc.attributions[ 0 ] ) == "about the delay" );
   CHECK( test::content( doc.attributions[ 1 ] ) == "Soon." );
   // "After all" is a part of what she argued
   const auto b = test::only( quoth::parse( "After all, she argued, the port had never been busier." ) );
   REQUIRE( b.parts.size() == 2 );
   CHECK( b.parts[ 0 ].text == "After all" );
}

TEST_CASE( "the subject of a participle clause after a date and an aside with a number" )
{
   const auto a = test::only( quoth::parse( "The union, which represents 3,000 dockworkers at Rostal, walked out on March 21, 2025, demanding a 12 percent pay rise." ) );
   CHECK( a.pattern == quoth::pattern::participle );
   CHECK( test::speaker( a ) == "The union, which represents 3,000 dockworkers at Rostal" );
   CHECK( test::content( a ) == "a 12 percent pay rise" );
}

TEST_CASE( "a second verb of the speaker inside the content: X called on Y to act and said B" )
{
   const auto doc = quoth::parse( "Last week, the campaign called on the agency to review the pipes and said the government should test residents." );
   REQUIRE( doc.attributions.size() == 2 );
   CHECK( test::content( doc.attributions[ 0 ] ) == "the agency to review the pipes" );
   CHECK( doc.attributions[ 1 ].pattern == quoth::pattern::participle );
   CHECK( test::speaker( doc.attributions[ 1 ] ) == "the campaign" );
   CHECK( test::content( doc.attributions[ 1 ] ) == "the government should test residents" );
}

TEST_CASE( "pointing to: the particle verb point to, as a participle and as a main verb" )
{
   const auto doc = quoth::parse( "The mayor said the levy would help, pointing to the new jobs." );
   REQUIRE( doc.attributions.size() == 2 );
   CHECK( test::content( doc.attributions[ 0 ] ) == "the levy would help" );
   CHECK( doc.attributions[ 1 ].pattern == quoth::pattern::participle );
   CHECK( test::speaker( doc.attributions[ 1 ] ) == "The mayor" );
   CHECK( test::content( doc.attributions[ 1 ] ) == "the new jobs" );
   const auto a = test::only( quoth::parse( "She pointed to the council's record." ) );
   CHECK( test::cue( a ) == "point out" );
   CHECK( test::content( a ) == "the council's record" );
   // after a number, "points to" is a score: "rose 23 points to 6,661"
   CHECK( quoth::parse( "The index rose 23 points to 6,661 on Thursday." ).attributions.empty() );
   CHECK( quoth::parse( "The index fell three points to 5,000." ).attributions.empty() );
}

TEST_CASE( "calling it X: after a verb that names its object, it is the object" )
{
   const auto doc = quoth::parse( "Lind waved away the report, calling it a clerical slip." );
   REQUIRE( doc.attributions.size() == 1 );
   CHECK( doc.attributions[ 0 ].pattern == quoth::pattern::participle );
   CHECK( test::speaker( doc.attributions[ 0 ] ) == "Lind" );
   CHECK( test::content( doc.attributions[ 0 ] ) == "it a clerical slip" );
   // after saying, "it" with a verb opens the content all the same
   const auto said = quoth::parse( "Lind praised the report, saying it was thorough." );
   REQUIRE( said.attributions.size() == 2 );
   CHECK( test::content( said.attributions[ 1 ] ) == "it was thorough" );
}

TEST_CASE( "a subordinate clause before X said, “...”: the quotation is the whole content" )
{
   const auto a = test::only( quoth::parse( "When the vote was counted, Lind said, “We held the seat.”" ) );
   CHECK( a.pattern == quoth::pattern::speaker_cue_quote );
   CHECK( test::speaker( a ) == "Lind" );
   CHECK( test::content( a ) == "We held the seat." );
   const auto doc = quoth::parse( "Asked if she was tired, Lind replied, “Not at all.”" );
   REQUIRE( doc.attributions.size() == 2 );
   CHECK( doc.attributions[ 1 ].pattern == quoth::pattern::speaker_cue_quote );
   CHECK( test::content( doc.attributions[ 1 ] ) == "Not at all." );
}

TEST_CASE( "Asked by X whether ...: the asker is the speaker of the question" )
{
   const auto doc = quoth::parse( "Asked by a reporter whether the ferry would run, Lind walked away." );
   const auto a = test::only( doc );
   CHECK( a.pattern == quoth::pattern::participle );
   CHECK( test::speaker( a ) == "a reporter" );
   CHECK( test::content( a ) == "whether the ferry would run" );
   const auto two = quoth::parse( "When asked by the host if she would run, Lind said, “Not this year.”" );
   REQUIRE( two.attributions.size() == 2 );
   CHECK( test::speaker( two.attributions[ 0 ] ) == "the host" );
   CHECK( test::speaker( two.attributions[ 1 ] ) == "Lind" );
}

TEST_CASE( "a capitalised preposition opens no name: On Tuesday, X said A, warning B" )
{
   const auto doc = quoth::parse( "On Tuesday, the ferry company said it would cut routes, warning that fares would rise." );
   REQUIRE( doc.attributions.size() == 2 );
   CHECK( test::speaker( doc.attributions[ 0 ] ) == "the ferry company" );
   CHECK( test::content( doc.attributions[ 0 ] ) == "it would cut routes" );
   CHECK( test::speaker( doc.attributions[ 1 ] ) == "the ferry company" );
   CHECK( test::content( doc.attributions[ 1 ] ) == "fares would rise" );
}

TEST_CASE( "an opening subordinate clause with its own cue: two attributions" )
{
   const auto doc = quoth::parse( "When the mayor announced the levy, the dock workers said it would fail." );
   REQUIRE( doc.attributions.size() == 2 );
   CHECK( test::speaker( doc.attributions[ 0 ] ) == "the mayor" );
   CHECK( test::content( doc.attributions[ 0 ] ) == "the levy" );
   CHECK( test::speaker( doc.attributions[ 1 ] ) == "the dock workers" );
   CHECK( test::content( doc.attributions[ 1 ] ) == "it would fail" );
   // an opening phrase with no cue of its own adds nothing
   CHECK( test::only( quoth::parse( "After the vote, Lind said it was over." ) ).pattern == quoth::pattern::speaker_cue_content );
}

TEST_CASE( "an opening clause whose content ends in a quotation, then X said: “...”" )
{
   const auto doc = quoth::parse( "After the mayor said the levy was \"a fair deal,\" Lind said: \"It is not.\"" );
   REQUIRE( doc.attributions.size() == 2 );
   CHECK( test::speaker( doc.attributions[ 0 ] ) == "the mayor" );
   CHECK( test::content( doc.attributions[ 0 ] ) == "the levy was \"a fair deal,\"" );
   CHECK( test::speaker( doc.attributions[ 1 ] ) == "Lind" );
   CHECK( test::content( doc.attributions[ 1 ] ) == "It is not." );
}

TEST_CASE( "a participle after a quotation whose text ends with the comma" )
{
   const auto doc = quoth::parse( "Lind said on Friday that the rival plan stood for \"old money,\" stating at the forum that it had no friends left." );
   REQUIRE( doc.attributions.size() == 2 );
   CHECK( test::content( doc.attributions[ 0 ] ) == "the rival plan stood for \"old money,\"" );
   CHECK( doc.attributions[ 1 ].pattern == quoth::pattern::participle );
   CHECK( test::speaker( doc.attributions[ 1 ] ) == "Lind" );
   CHECK( test::cue( doc.attributions[ 1 ] ) == "state" );
   // the phrase between the participle and its "that" is no content
   CHECK( test::content( doc.attributions[ 1 ] ) == "it had no friends left" );
}

TEST_CASE( "an adverb before the participle: \"instead\", \"repeatedly\"" )
{
   const auto doc = quoth::parse( "The governor would not name her rival, instead saying that the race was about roads." );
   REQUIRE( doc.attributions.size() >= 1 );
   const auto& a = doc.attributions.back();
   CHECK( a.pattern == quoth::pattern::participle );
   CHECK( test::cue( a ) == "say" );
   CHECK( test::content( a ) == "the race was about roads" );
   const auto b = quoth::parse( "Ortiz praised the budget, repeatedly noting that it cut no school funds." );
   REQUIRE( b.attributions.size() == 2 );
   CHECK( test::cue( b.attributions[ 1 ] ) == "note" );
   CHECK( test::content( b.attributions[ 1 ] ) == "it cut no school funds" );
}

TEST_CASE( "the subject of a participle after two opening phrases or a dateline" )
{
   const auto a = test::only( quoth::parse( "On Monday, after a long silence, Ortiz visited the flooded depot, saying the county would pay for the repairs." ) );
   CHECK( a.pattern == quoth::pattern::participle );
   CHECK( test::speaker( a ) == "Ortiz" );
   CHECK( test::content( a ) == "the county would pay for the repairs" );
   const auto b = test::only( quoth::parse( "DULUTH (AP) – Mayor Ada Brook toured the harbour on Friday, saying the new cranes were worth the wait." ) );
   CHECK( test::speaker( b ) == "Mayor Ada Brook" );
   CHECK( test::content( b ) == "the new cranes were worth the wait" );
}

TEST_CASE( "\"while saying\" after a clause" )
{
   const auto a = test::only( quoth::parse( "Ortiz kept his doubts about the budget, while saying that the levy was fair." ) );
   CHECK( a.pattern == quoth::pattern::participle );
   CHECK( test::speaker( a ) == "Ortiz" );
   CHECK( test::content( a ) == "the levy was fair" );
}

TEST_CASE( "a participle after a view without a speaker: the view stops at the clause" )
{
   const auto doc = quoth::parse( "Ortiz seemed ready to leave the stage, telling the crowd, “Ferries are never on time.”" );
   REQUIRE( doc.attributions.size() == 2 );
   CHECK( doc.attributions[ 0 ].pattern == quoth::pattern::impersonal );
   CHECK( test::content( doc.attributions[ 0 ] ) == "Ortiz seemed ready to leave the stage" );
   CHECK( doc.attributions[ 1 ].pattern == quoth::pattern::participle );
   CHECK( test::speaker( doc.attributions[ 1 ] ) == "Ortiz" );
   CHECK( test::content( doc.attributions[ 1 ] ) == "Ferries are never on time." );
}

TEST_CASE( "a participle after \"Then he ...\"; \"seeing it as\"" )
{
   const auto a = test::only( quoth::parse( "Then she turned to the pilots, calling them heroes." ) );
   CHECK( test::speaker( a ) == "she" );
   CHECK( test::content( a ) == "them heroes" );
   const auto b = test::only( quoth::parse( "Ortiz waved away the plan, seeing it as a stunt." ) );
   CHECK( test::speaker( b ) == "Ortiz" );
   CHECK( test::content( b ) == "it as a stunt" );
}

TEST_CASE( "a span of time after an opening conjunction is not the subject a participle belongs to" )
{
   const auto a = test::only( quoth::parse( "But two days later, Ortiz changed course, telling the Courier that the pier would stay open." ) );
   CHECK( a.pattern == quoth::pattern::participle );
   CHECK( test::speaker( a ) == "Ortiz" );
   CHECK( test::content( a ) == "the pier would stay open" );
   const auto b = test::only( quoth::parse( "Hours later, the mayor toured the pier, praising the divers." ) );
   CHECK( test::speaker( b ) == "the mayor" );
}

TEST_CASE( "Asked during X why ...: a phrase of the occasion before the question" )
{
   const auto doc = quoth::parse( "Asked during a spring debate why he trailed so badly, Lind said he would gain ground." );
   REQUIRE( doc.attributions.size() == 2 );
   CHECK( test::content( doc.attributions[ 0 ] ) == "why he trailed so badly" );
   CHECK( test::speaker( doc.attributions[ 0 ] ) == "Lind" );
   CHECK( test::content( doc.attributions[ 1 ] ) == "he would gain ground" );
   const auto doc2 = quoth::parse( "Asked on a radio show who leads the party, the senator said Ryan did." );
   REQUIRE( doc2.attributions.size() == 2 );
   CHECK( test::content( doc2.attributions[ 0 ] ) == "who leads the party" );
}

TEST_CASE( "a verb after \"and\" inside a reported clause goes on with the clause" )
{
   // the second verb belongs to the reported clause: one attribution
   const auto a = test::only( quoth::parse( "Some officials said the plant still has time to recover and show a profit." ) );
   CHECK( test::content( a ) == "the plant still has time to recover and show a profit" );
   const auto b = test::only( quoth::parse( "Ode said he had not sold the land and never asked for a loan." ) );
   CHECK( test::content( b ) == "he had not sold the land and never asked for a loan" );
   // a verb with a content of its own, or "said", is a second attribution of the speaker
   const auto c = quoth::parse( "Ode said the mill was too old and noted that it would close." );
   REQUIRE( c.attributions.size() == 2 );
   CHECK( test::content( c.attributions[ 0 ] ) == "the mill was too old" );
   CHECK( test::content( c.attributions[ 1 ] ) == "it would close" );
   const auto d = quoth::parse( "Ode said the mill was too old and added, “It will close.”" );
   REQUIRE( d.attributions.size() == 2 );
   CHECK( test::speaker( d.attributions[ 1 ] ) == "Ode" );
   // outside a reported clause the second verb is an attribution of its own
   const auto e = quoth::parse( "Ode blamed the delay on the weather and suggested building a wall." );
   REQUIRE( e.attributions.size() == 2 );
   CHECK( test::content( e.attributions[ 1 ] ) == "building a wall" );
}

TEST_CASE( "a verb after \"and\" with the auxiliary of the cue is a second verb of the speaker" )
{
   const auto doc = quoth::parse( "Lind has said she wants a safe zone for the port and has expressed support for wider patrols." );
   REQUIRE( doc.attributions.size() == 2 );
   CHECK( test::content( doc.attributions[ 0 ] ) == "she wants a safe zone for the port" );
   CHECK( test::speaker( doc.attributions[ 1 ] ) == "Lind" );
   CHECK( test::content( doc.attributions[ 1 ] ) == "support for wider patrols" );
   // another auxiliary goes on with the reported clause
   const auto a = test::only( quoth::parse( "Lind has said the port had room to grow and had shown a profit." ) );
   CHECK( test::content( a ) == "the port had room to grow and had shown a profit" );
}

TEST_CASE( "a wish or plan after \"but\" goes on with the reported clause" )
{
   const auto a = test::only( quoth::parse( "Mr. Edd said he was not sure the rule applied, but planned to follow it." ) );
   CHECK( test::content( a ) == "he was not sure the rule applied, but planned to follow it" );
   const auto b = test::only( quoth::parse( "She said she had no plans to go, but she wanted to see the show." ) );
   CHECK( test::content( b ) == "she had no plans to go, but she wanted to see the show" );
   // a verb of saying, or a speaker of its own, is a second attribution
   const auto c = quoth::parse( "She said she had no plans to go, but her aides said she would." );
   REQUIRE( c.attributions.size() == 2 );
   CHECK( test::speaker( c.attributions[ 1 ] ) == "her aides" );
   // an infinitive content goes on after "and" too
   const auto d = quoth::parse( "Lind asked the clerk to check the figures and file them by Friday." );
   REQUIRE( d.attributions.size() == 1 );
   CHECK( test::content( d.attributions[ 0 ] ) == "to check the figures and file them by Friday" );
}

TEST_CASE( "a participle that opens the sentence reports for the subject after its comma" )
{
   const auto doc = quoth::parse( "Noting that the port had lost money, Lind asked for a review." );
   REQUIRE( doc.attributions.size() == 2 );
   const auto& a = doc.attributions[ 0 ];
   CHECK( a.pattern == quoth::pattern::participle );
   CHECK( a.cue->phrase.text == "Noting" );
   CHECK( test::speaker( a ) == "Lind" );
   CHECK( test::content( a ) == "the port had lost money" );
   // the main clause reads as it would alone
   const auto b = quoth::parse( "Citing “duties at home,” the mayor's aide asked for a delay." );
   REQUIRE( b.attributions.size() == 2 );
   CHECK( test::speaker( b.attributions[ 0 ] ) == "the mayor's aide" );
   CHECK( test::content( b.attributions[ 0 ] ) == "duties at home" );
   CHECK( test::speaker( b.attributions[ 1 ] ) == "the mayor's aide" );
   CHECK( test::content( b.attributions[ 1 ] ) == "a delay" );
   // a plain object reports nothing, and the main clause needs a subject and a verb
   CHECK( quoth::parse( "Citing the cost, Lind dropped the plan." ).attributions.empty() );
   CHECK( quoth::parse( "Saying that the port was safe, Mr." ).attributions.empty() );
}

TEST_CASE( "a conjunction whose words read as no second speaker does not end the search for a second verb" )
{
   // "the rest of the board to back their plan and tried ..." is no speaker of its own: the
   // next "and" starts the speaker's second attribution
   const auto doc = quoth::parse( "On Sunday, Ruiz and Lind urged the rest of the board to back their plan and tried to make the case that the vote was still early." );
   REQUIRE( doc.attributions.size() == 2 );
   CHECK( test::content( doc.attributions[ 0 ] ) == "the rest of the board to back their plan" );
   CHECK( test::speaker( doc.attributions[ 1 ] ) == "Ruiz and Lind" );
   CHECK( test::content( doc.attributions[ 1 ] ) == "the vote was still early" );
}

TEST_CASE( "a participle after \"and\" or \"but\" and a participle is a second attribution of the speaker" )
{
   const auto doc = quoth::parse( "The mayor attacked the plan, calling it a disgrace and asserting that the only reason must be greed." );
   REQUIRE( doc.attributions.size() == 3 );
   CHECK( test::content( doc.attributions[ 1 ] ) == "it a disgrace" );
   CHECK( doc.attributions[ 2 ].pattern == quoth::pattern::participle );
   CHECK( test::speaker( doc.attributions[ 2 ] ) == "The mayor" );
   CHECK( doc.attributions[ 2 ].cue->phrase.text == "asserting" );
   CHECK( test::content( doc.attributions[ 2 ] ) == "the only reason must be greed" );
   // not a verb of the reported clause in another form
   const auto a = quoth::parse( "Lind left, saying the port was a ruin and needed a new owner." );
   REQUIRE( a.attributions.size() == 1 );
   CHECK( test::content( a.attributions[ 0 ] ) == "the port was a ruin and needed a new owner" );
}

TEST_CASE( "a participle after \"before\": \"..., before insisting that\"" )
{
   const auto doc = quoth::parse( "“The pier is unsafe,” Amsel told reporters, before insisting he had a plan to fix it." );
   REQUIRE( doc.attributions.size() == 2 );
   CHECK( test::content( doc.attributions[ 0 ] ) == "The pier is unsafe" );
   CHECK( test::speaker( doc.attributions[ 1 ] ) == "Amsel" );
   CHECK( test::cue( doc.attributions[ 1 ] ) == "insist" );
   CHECK( test::content( doc.attributions[ 1 ] ) == "he had a plan to fix it" );
}

TEST_CASE( "conjunctions are tried in the order they stand: \"A, but Y said B, and asked C\"" )
{
   const auto doc = quoth::parse( "A judge had ordered the port to publish the logs by May, but lawyers for the port said this week that they would miss the date, and asked for another month." );
   REQUIRE( doc.attributions.size() == 3 );
   CHECK( test::speaker( doc.attributions[ 0 ] ) == "A judge" );
   CHECK( test::content( doc.attributions[ 0 ] ) == "the port to publish the logs by May" );
   CHECK( test::speaker( doc.attributions[ 1 ] ) == "lawyers for the port" );
   CHECK( test::content( doc.attributions[ 1 ] ) == "they would miss the date" );
   CHECK( test::speaker( doc.attributions[ 2 ] ) == "lawyers for the port" );
   CHECK( test::content( doc.attributions[ 2 ] ) == "another month" );
   // "another" names a second speaker
   const auto b = quoth::parse( "One pilot says the pier is safe, but another says it needs new piles." );
   REQUIRE( b.attributions.size() == 2 );
   CHECK( test::speaker( b.attributions[ 1 ] ) == "another" );
   CHECK( test::content( b.attributions[ 1 ] ) == "it needs new piles" );
}

TEST_CASE( "a clause of its own after \"that,\" leaves the content whole" )
{
   const auto doc = quoth::parse( "The Courier poll also finds that, while 37 percent of voters say the levy is fair, 40 percent oppose it." );
   REQUIRE( !doc.attributions.empty() );
   CHECK( test::speaker( doc.attributions[ 0 ] ) == "The Courier poll" );
   CHECK( test::content( doc.attributions[ 0 ] ) != "that" );
}

TEST_CASE( "a verb after \"and\" reports up to an attribution already found inside its clause" )
{
   const auto doc = quoth::parse( "Mayor Lind met the families on Friday and said the town must rebuild the pier and end what she called years of neglect." );
   REQUIRE( doc.attributions.size() == 2 );
   const auto& inner = test::cue( doc.attributions[ 0 ] ) == "call" ? doc.attributions[ 0 ] : doc.attributions[ 1 ];
   const auto& outer = test::cue( doc.attributions[ 0 ] ) == "call" ? doc.attributions[ 1 ] : doc.attributions[ 0 ];
   CHECK( test::speaker( inner ) == "she" );
   CHECK( test::content( inner ) == "years of neglect" );
   CHECK( test::speaker( outer ) == "Mayor Lind" );
   CHECK( test::cue( outer ) == "say" );
   // the contents do not overlap: the outer one stops where the inner clause starts
   CHECK( test::content( outer ) == "the town must rebuild the pier and end" );
   // a single word left is no content
   const auto b = quoth::parse( "The council toured the harbour and outlined what it called a fair plan." );
   REQUIRE( b.attributions.size() == 1 );
   CHECK( test::cue( b.attributions[ 0 ] ) == "call" );
}

TEST_CASE( "a participle after \"before\" or \"after\" with no comma" )
{
   const auto doc = quoth::parse( "\xE2\x80\x9CNobody can stop it,\xE2\x80\x9D Brook said before adding: \xE2\x80\x9CMaybe the council can.\xE2\x80\x9D" );
   REQUIRE( doc.attributions.size() == 2 );
   CHECK( test::speaker( doc.attributions[ 1 ] ) == "Brook" );
   CHECK( doc.attributions[ 1 ].cue->phrase.text == "adding" );
   CHECK( test::content( doc.attributions[ 1 ] ) == "Maybe the council can." );
   // the subject of the sentence, not the words up to the preposition, is the speaker
   const auto a = test::only( quoth::parse( "Brook left the hall after saying that the pier was fixed." ) );
   CHECK( test::speaker( a ) == "Brook" );
   CHECK( a.cue->phrase.text == "saying" );
   CHECK( test::content( a ) == "the pier was fixed" );
}

TEST_CASE( "a clause that a dash aside leaves without words of its own reports nothing" )
{
   // the object of "backed" is "which": only the second verb reports
   const auto a = test::only( quoth::parse( "He faults the bill - which he once backed - and has embraced the new plan." ) );
   CHECK( test::cue( a ) == "embrace" );
   CHECK( test::content( a ) == "the new plan" );
   const auto doc = quoth::parse( "Ortiz spoke for an hour, criticizing - and even threatening to sue - his rivals." );
   for( const auto& x : doc.attributions ) {
      CHECK( test::content( x ) != "-" );
   }
}

TEST_CASE( "a participle after an opening subordinator reports for the subject of the main clause" )
{
   const auto doc = quoth::parse( "While saying that he respects Ortiz, Lind kept doubting her plans." );
   REQUIRE( !doc.attributions.empty() );
   const auto& a = doc.attributions.front();
   CHECK( a.pattern == quoth::pattern::participle );
   CHECK( test::speaker( a ) == "Lind" );
   CHECK( test::content( a ) == "he respects Ortiz" );
}

TEST_CASE( "a subordinator that opens the sentence is no subject of a later participle" )
{
   CHECK( quoth::parse( "Although the agency does not track the rates and has maintained that testing is required, the board met." ).attributions.empty() );
   // nor does "along with" open a participle's content
   for( const auto& a : quoth::parse( "Brook seemed lost, applauding along with the audience." ).attributions ) {
      CHECK( a.pattern != quoth::pattern::participle );
   }
}

TEST_CASE( "a clause that opens the content of a participle gives way to the participle" )
{
   const auto a = test::only( quoth::parse( "Brook left the hall early, saying she wants to rest before the vote." ) );
   CHECK( a.pattern == quoth::pattern::participle );
   CHECK( test::speaker( a ) == "Brook" );
   CHECK( test::cue( a ) == "say" );
   CHECK( test::content( a ) == "she wants to rest before the vote" );
   const auto b = test::only( quoth::parse( "The mayor turned the question back on the council, arguing that the budget favours the harbour." ) );
   CHECK( test::speaker( b ) == "The mayor" );
   CHECK( test::content( b ) == "the budget favours the harbour" );
}

TEST_CASE( "after \"saying\", \"it\" and an irregular past or a present in -s open a clause; after \"calling\" \"it\" is the object" )
{
   const auto a = test::only( quoth::parse( "Lind left the stage, saying it set a record for the county." ) );
   CHECK( a.pattern == quoth::pattern::participle );
   CHECK( test::content( a ) == "it set a record for the county" );
   const auto b = test::only( quoth::parse( "Ortiz left the hall, saying it costs farmers too much." ) );
   CHECK( test::content( b ) == "it costs farmers too much" );
   // "it" as the object of a verb that names it, or before an adverb
   CHECK( test::content( test::only( quoth::parse( "Lind left the stage, calling it a farce." ) ) ) == "it a farce" );
   CHECK( quoth::parse( "Lind left the stage, saying it loudly." ).attributions.empty() );
}

TEST_CASE( "a participle's speaker is a subject headed by a role noun of campaigns and courts" )
{
   const auto a = test::only( quoth::parse( "The justice spoke at length, saying the court would not hear the case." ) );
   CHECK( test::speaker( a ) == "The justice" );
   CHECK( test::content( a ) == "the court would not hear the case" );
   const auto b = test::only( quoth::parse( "The candidates left the stage, saying the toll was unfair." ) );
   CHECK( test::speaker( b ) == "The candidates" );
   CHECK( b.speaker->kind == quoth::speaker_kind::role );
   const auto c = test::only( quoth::parse( "Several advocacy groups met the mayor, arguing that the levy hurts renters." ) );
   CHECK( c.speaker->kind == quoth::speaker_kind::organization );
}

TEST_CASE( "a capitalised -ing word inside a sentence is a title, no participle: \"and Finding Neverland\"" )
{
   CHECK( quoth::parse( "She has two nominations, for her roles in The Long Night and Finding Neverland." ).attributions.empty() );
   // at the start of a sentence the participle still reports
   const auto a = test::only( quoth::parse( "Saying that the pier was unsafe, Lind closed it." ) );
   CHECK( test::speaker( a ) == "Lind" );
   CHECK( test::content( a ) == "the pier was unsafe" );
}
