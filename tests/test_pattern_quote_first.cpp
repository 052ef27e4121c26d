// Patterns 2 and 3: a quotation before the cue, split quotations, documents as speakers.
#include "helpers.hpp"

TEST_CASE( "quote, speaker cue" )
{
   const auto doc = quoth::parse( "“We expect the line to open in June,” the transport ministry said in a statement." );
   const auto a = test::only( doc );
   CHECK( a.type == quoth::content_kind::direct );
   CHECK( test::content( a ) == "We expect the line to open in June" );
   CHECK( test::speaker( a ) == "the transport ministry" );
   CHECK( a.speaker->kind == quoth::speaker_kind::organization );
   CHECK( test::medium( a ) == "in a statement" );
   CHECK( a.pattern == quoth::pattern::quote_cue_speaker );
}

TEST_CASE( "quote, cue speaker" )
{
   const auto a = test::only( quoth::parse( "“Nobody was hurt,” said Inspector Mara Quist." ) );
   CHECK( test::speaker( a ) == "Inspector Mara Quist" );
   CHECK( test::cue( a ) == "say" );
}

TEST_CASE( "a document as speaker, with a medium" )
{
   const auto a = test::only( quoth::parse( "“The museum will reopen in spring,” reads the notice posted on the website of the city council." ) );
   CHECK( test::speaker( a ) == "the notice" );
   CHECK( a.speaker->kind == quoth::speaker_kind::document );
   CHECK( test::cue( a ) == "read" );
   CHECK( test::medium( a ) == "posted on the website of the city council" );
}

TEST_CASE( "a quote split by the attribution in one sentence" )
{
   const auto a = test::only( quoth::parse( "“The first half,” she said, “and the second half.”" ) );
   REQUIRE( a.parts.size() == 2 );
   CHECK( a.parts[ 0 ].text == "The first half" );
   CHECK( a.parts[ 1 ].text == "and the second half." );
}

TEST_CASE( "a quote split by the attribution goes on after an appositive or a date" )
{
   const auto a = test::only( quoth::parse( "“The danger,” said Ada Brook, a hydrologist who runs the river survey, “is that the dam fails first.”" ) );
   CHECK( test::speaker( a ) == "Ada Brook" );
   REQUIRE( a.parts.size() == 2 );
   CHECK( a.parts[ 0 ].text == "The danger" );
   CHECK( a.parts[ 1 ].text == "is that the dam fails first." );
   const auto b = test::only( quoth::parse( "“On a late note,” Lind posted last winter, “the ferry runs again.”" ) );
   REQUIRE( b.parts.size() == 2 );
   CHECK( b.parts[ 1 ].text == "the ferry runs again." );
   // a clause of its own between the two quotations keeps them apart
   const auto doc = quoth::parse( "“The road,” Lind said, and Ortiz agreed, “is closed.”" );
   REQUIRE( doc.attributions.size() == 2 );
   CHECK( doc.attributions[ 0 ].parts.size() == 1 );
   CHECK( test::speaker( doc.attributions[ 1 ] ) == "Ortiz" );
}

TEST_CASE( "a participle that is no verb of saying is an aside between the two parts of a quote" )
{
   const auto a = test::only( quoth::parse( "“The tide,” Lind said, pointing to the harbour wall, “comes in faster every year.”" ) );
   CHECK( test::speaker( a ) == "Lind" );
   REQUIRE( a.parts.size() == 2 );
   CHECK( a.parts[ 0 ].text == "The tide" );
   CHECK( a.parts[ 1 ].text == "comes in faster every year." );
   const auto b = test::only( quoth::parse( "“Nobody,” Ada Brook said, shaking her head, “reads the small print.”" ) );
   REQUIRE( b.parts.size() == 2 );
   CHECK( b.parts[ 1 ].text == "reads the small print." );
   // a participle of speech opens a clause of its own: two attributions
   const auto doc = quoth::parse( "“The tide,” Lind said, adding, “is a warning.”" );
   REQUIRE( doc.attributions.size() == 2 );
   CHECK( doc.attributions[ 0 ].parts.size() == 1 );
   CHECK( doc.attributions[ 0 ].parts[ 0 ].text == "The tide" );
}

TEST_CASE( "a second quotation after \"and\" or \"but\" that ends the sentence goes on with the first" )
{
   const auto a = test::only( quoth::parse( "“I like Ortiz,” Lind said, but “on the harbour he sides with the builders.”" ) );
   CHECK( test::speaker( a ) == "Lind" );
   REQUIRE( a.parts.size() == 2 );
   CHECK( a.parts[ 0 ].text == "I like Ortiz" );
   CHECK( a.parts[ 1 ].text == "on the harbour he sides with the builders." );
   const auto b = test::only( quoth::parse( "“The deal needs tough checks,” she said, and still “clear penalties for any breach.”" ) );
   REQUIRE( b.parts.size() == 2 );
   CHECK( b.parts[ 1 ].text == "clear penalties for any breach." );
   // a quotation that a clause goes on with is no part of the first
   const auto c = test::only( quoth::parse( "“The deal needs tough checks,” she said, and “penalties” is what Ada wants." ) );
   CHECK( c.parts.size() == 1 );
}

TEST_CASE( "a quote split over two sentences keeps one speaker" )
{
   const auto doc = quoth::parse( "“We are tired,” the driver said. “We want a fair deal.”" );
   const auto a = test::only( doc );
   REQUIRE( a.parts.size() == 2 );
   CHECK( a.parts[ 1 ].text == "We want a fair deal." );
   CHECK( test::speaker( a ) == "the driver" );
}

TEST_CASE( "straight quotes work the same way" )
{
   const auto a = test::only( quoth::parse( "\"It is a good day for the town,\" Mayor Ines Berg said." ) );
   CHECK( test::speaker( a ) == "Mayor Ines Berg" );
   CHECK( test::content( a ) == "It is a good day for the town" );
}

TEST_CASE( "a question quote followed by the speaker" )
{
   const auto a = test::only( quoth::parse( "“Who pays for this?” asked the farmer." ) );
   CHECK( test::speaker( a ) == "the farmer" );
   CHECK( test::cue( a ) == "ask" );
}

TEST_CASE( "a quotation that ends its sentence, then \"X said.\"" )
{
   const auto a = test::only( quoth::parse( "The coach sat down.\n\n“We are not done yet.” Marta Voss said. The crowd cheered." ) );
   CHECK( test::speaker( a ) == "Marta Voss" );
   CHECK( test::content( a ) == "We are not done yet." );
   CHECK( a.pattern == quoth::pattern::quote_cue_speaker );
}

TEST_CASE( "a speaker the speaker rules do not read, between a quotation and its cue" )
{
   const auto a = test::only( quoth::parse( "“The count is not over,” ballot group spokeswoman Dana Ortiz-Kell said on Friday." ) );
   CHECK( test::speaker( a ) == "ballot group spokeswoman Dana Ortiz-Kell" );
   CHECK( test::cue( a ) == "say" );
   CHECK( test::content( a ) == "The count is not over" );

   const auto b = test::only( quoth::parse( "\"We will stay open,\" one A&B Freight driver told the local radio station." ) );
   CHECK( test::speaker( b ) == "one A&B Freight driver" );
   CHECK( test::cue( b ) == "tell" );
}

TEST_CASE( "the loose speaker needs the cue to end the sentence" )
{
   // the cue word is followed by more of the sentence: the quotation is not the content
   for( const auto& a : quoth::parse( "“Enough,” one A&B Freight driver said nothing for an hour and left." ).attributions ) {
      CHECK( a.pattern != quoth::pattern::quote_cue_speaker );
   }
   // a conjunction does not start a speaker
   CHECK( quoth::parse( "“Enough,” but the delegates said." ).attributions.empty() );
}

TEST_CASE( "manners of speaking are cues only after a quotation" )
{
   const auto a = test::only( quoth::parse( "“Sit down, all of you,” the coach barked." ) );
   CHECK( test::speaker( a ) == "the coach" );
   CHECK( test::cue( a ) == "bark" );
   const auto b = test::only( quoth::parse( "“Not this week,” Ms. Harlow quipped." ) );
   CHECK( test::cue( b ) == "quip" );
   const auto c = test::only( quoth::parse( "“Voters fear a wasted ballot,” he surmised." ) );
   CHECK( test::cue( c ) == "surmise" );
   CHECK( quoth::parse( "The dog barked at the van all night." ).attributions.empty() );
   CHECK( quoth::parse( "The police surmised the worst." ).attributions.empty() );
   CHECK( quoth::parse( "The crowd laughed when the lights went out." ).attributions.empty() );
}

TEST_CASE( "a paragraph ending in a colon introduces the quotation paragraphs after it" )
{
   const std::string text = "The union had asked for a meeting, and the port authority responded:\n\n"
                            "“We have met the union twice this month. Our offer stands.”\n\n"
                            "“We hope to sign before the holidays.”\n\n"
                            "The strike enters its third week on Monday.\n";
   const auto doc = quoth::parse( text );
   const auto a = test::only( doc );
   CHECK( test::speaker( a ) == "the port authority" );
   CHECK( test::cue( a ) == "respond" );
   CHECK( a.type == quoth::content_kind::direct );
   REQUIRE( a.parts.size() == 2 );
   CHECK( a.parts[ 0 ].text == "We have met the union twice this month. Our offer stands." );
   CHECK( a.parts[ 1 ].text == "We hope to sign before the holidays." );
}

TEST_CASE( "a colon with no quotation paragraph after it gives no direct quote" )
{
   const auto doc = quoth::parse( "The mayor responded:\n\nThe budget will be cut by ten percent.\n" );
   for( const auto& a : doc.attributions ) {
      CHECK( a.type != quoth::content_kind::direct );
   }
}

TEST_CASE( "after prose only reporting verbs come before their speaker; after a quotation any cue does" )
{
   const auto a = test::only( quoth::parse( "Her rival, Senator Ola Brandt, also praised the mayor's plan." ) );
   CHECK( test::speaker( a ) == "Her rival, Senator Ola Brandt" );
   CHECK( test::content( a ) == "the mayor's plan" );
   CHECK( test::speaker( test::only( quoth::parse( "The ferry will run all winter, said the harbour master." ) ) ) == "the harbour master" );
   const auto q = test::only( quoth::parse( "“We will win,” agreed Lind." ) );
   CHECK( q.pattern == quoth::pattern::quote_cue_speaker );
   CHECK( test::speaker( q ) == "Lind" );
}

TEST_CASE( "control characters make no speaker" )
{
   const std::string text = std::string( "“We will pay,” " ) + std::string( 6, '\0' ) + ", she said.";
   const auto doc = quoth::parse( text );
   for( const auto& s : doc.speakers ) {
      CHECK( !s.name.empty() );
   }
}

TEST_CASE( "more manners of speaking after a quotation: elaborated, opined, whispered" )
{
   const auto a = test::only( quoth::parse( "“As I see it,” she elaborated, “the vote was never close.”" ) );
   CHECK( test::speaker( a ) == "she" );
   CHECK( test::cue( a ) == "elaborate" );
   CHECK( a.parts.size() == 2 );
   const auto b = test::only( quoth::parse( "“Drivers should stay home,” opined the Valley Courier." ) );
   CHECK( test::speaker( b ) == "the Valley Courier" );
   CHECK( test::cue( b ) == "opine" );
   // a manner of speaking is no cue before its content
   CHECK( quoth::parse( "He pleaded guilty to the charge." ).attributions.empty() );
   const auto c = test::only( quoth::parse( "“They could have asked us first,” Ortiz fumed on Tuesday." ) );
   CHECK( test::speaker( c ) == "Ortiz" );
   CHECK( test::cue( c ) == "fume" );
   CHECK( quoth::parse( "The engine fumed and the crowd groaned." ).attributions.empty() );
}

TEST_CASE( "a quoted title inside an opening phrase is no content" )
{
   const auto a = test::only( quoth::parse( "In an interview on “Harbour Live,” the mayor pointed to the ferry figures." ) );
   CHECK( test::speaker( a ) == "the mayor" );
   CHECK( test::content( a ) == "the ferry figures" );
   // an opening phrase that starts with a weekday
   const auto b = test::only( quoth::parse( "Thursday on the station’s “Morning Desk,” Ortiz said the ferry would run again by May." ) );
   CHECK( test::speaker( b ) == "Ortiz" );
   CHECK( test::content( b ) == "the ferry would run again by May" );
}

TEST_CASE( "\"shot back\", \"fired back\": a cue with its particle" )
{
   const auto a = test::only( quoth::parse( "“You have no plan at all,” Ortiz shot back." ) );
   CHECK( a.pattern == quoth::pattern::quote_cue_speaker );
   CHECK( test::speaker( a ) == "Ortiz" );
   CHECK( test::cue( a ) == "shoot back" );
   CHECK( a.cue->phrase.text == "shot back" );
   const auto b = test::only( quoth::parse( "The senator fired back that the audit was a stunt." ) );
   CHECK( test::cue( b ) == "fire back" );
   CHECK( test::content( b ) == "the audit was a stunt" );
   // without "back" the verbs report nothing
   CHECK( quoth::parse( "The guard fired two shots into the air." ).attributions.empty() );
}

TEST_CASE( "a quotation after an opening conjunction: \"Yet, “...,” added X\"" )
{
   const auto a = test::only( quoth::parse( "Yet, “the numbers do not add up,” added Ortiz, a former budget clerk." ) );
   CHECK( a.pattern == quoth::pattern::quote_cue_speaker );
   CHECK( test::speaker( a ) == "Ortiz" );
   CHECK( test::content( a ) == "the numbers do not add up" );
}

TEST_CASE( "the cue first: \"Said X, “...”\"" )
{
   const auto a = test::only( quoth::parse( "Said the harbour master, “No ship leaves today.”" ) );
   CHECK( a.pattern == quoth::pattern::speaker_cue_quote );
   CHECK( test::speaker( a ) == "the harbour master" );
   CHECK( test::cue( a ) == "say" );
   CHECK( a.type == quoth::content_kind::direct );
   CHECK( test::content( a ) == "No ship leaves today." );
   // a verb that does not invert is no cue here
   CHECK( quoth::parse( "Praised the harbour master, “No ship leaves today.”" ).attributions.empty() );
   // an aside between the speaker and the quotation
   const auto b = test::only( quoth::parse( "Said Ada Brook, who grew up beside the old lighthouse, “We were all so proud of him.”" ) );
   CHECK( test::speaker( b ) == "Ada Brook" );
   CHECK( test::content( b ) == "We were all so proud of him." );
}

TEST_CASE( "a colon after a particle cue, an addressee or a post" )
{
   const auto a = test::only( quoth::parse( "The captain went on: “We sail at dawn, whatever the weather.”" ) );
   CHECK( a.pattern == quoth::pattern::speaker_cue_quote );
   CHECK( test::cue( a ) == "go on" );
   CHECK( test::content( a ) == "We sail at dawn, whatever the weather." );
   CHECK( quoth::parse( "The team went on to win the cup." ).attributions.empty() );
   const auto b = test::only( quoth::parse( "She says to the dockers: “This contract is yours.”" ) );
   CHECK( test::speaker( b ) == "She" );
   CHECK( test::content( b ) == "This contract is yours." );
   const auto c = test::only( quoth::parse( "An hour later, the club's account posted: “Tickets are sold out.”" ) );
   CHECK( test::speaker( c ) == "the club's account" );
   CHECK( test::cue( c ) == "post" );
   // a post with no quotation or colon after it is no cue
   CHECK( quoth::parse( "The video posted on Tuesday shows the crash." ).attributions.empty() );
}

TEST_CASE( "\"later\" before the date between the speaker and the cue" )
{
   const auto a = test::only( quoth::parse( "Ortiz later Thursday told the Herald: “Both sides will meet next week.”" ) );
   CHECK( test::speaker( a ) == "Ortiz" );
   CHECK( test::date( a ) == "Thursday" );
   CHECK( test::content( a ) == "Both sides will meet next week." );
}

TEST_CASE( "a cue form that is a noun before the cue: \"the note says\"" )
{
   const auto a = test::only( quoth::parse( "“Keep off the pier,” the handwritten note says." ) );
   CHECK( test::speaker( a ) == "the handwritten note" );
   CHECK( a.cue->phrase.text == "says" );
   CHECK( test::content( a ) == "Keep off the pier" );
   // but a verb before a participle stays a cue
   const auto b = test::only( quoth::parse( "The brochure does not mention raising the fares." ) );
   CHECK( b.cue->phrase.text == "does not mention" );
}

TEST_CASE( "a reading rejected at the sentence start leaves the other patterns to try" )
{
   // "remarks about" is first read as speaker, cue and content, and rejected (a noun before
   // its complement): the trailer is the attribution
   const auto a = test::only( quoth::parse( "Lind's remarks about the judge were “out of line,” Ryan said." ) );
   CHECK( a.pattern == quoth::pattern::content_speaker_cue );
   CHECK( test::speaker( a ) == "Ryan" );
   CHECK( test::content( a ) == "Lind's remarks about the judge were “out of line,”" );
}

TEST_CASE( "a trailer after a quotation that ends in a nested one after the comma" )
{
   const auto a = test::only( quoth::parse( "The levy is about “owners telling tenants, ‘pay or leave,’” Ortiz said." ) );
   CHECK( a.pattern == quoth::pattern::content_speaker_cue );
   CHECK( test::speaker( a ) == "Ortiz" );
   CHECK( test::content( a ) == "The levy is about “owners telling tenants, ‘pay or leave,’”" );
   const auto b = test::only( quoth::parse( "The levy is about \"owners telling tenants, 'pay or leave,'\" Ortiz said." ) );
   CHECK( test::speaker( b ) == "Ortiz" );
}

TEST_CASE( "more manners of speaking after a quotation: pressed, beamed, scolded" )
{
   const auto a = test::only( quoth::parse( "“Will the pier reopen?” the reporter pressed." ) );
   CHECK( test::speaker( a ) == "the reporter" );
   CHECK( test::cue( a ) == "press" );
   const auto b = test::only( quoth::parse( "“We did it!” beamed Ada Brook, the ferry's captain." ) );
   CHECK( test::speaker( b ) == "Ada Brook" );
   CHECK( test::content( b ) == "We did it!" );
   // only after a quotation
   CHECK( quoth::parse( "Ortiz pressed the button." ).attributions.empty() );
}

TEST_CASE( "a short phrase between the cue's comma and the colon before a quotation" )
{
   const auto a = test::only( quoth::parse( "Ortiz told the crowd, to loud cheers: “The pier stays open.”" ) );
   CHECK( test::speaker( a ) == "Ortiz" );
   CHECK( a.cue->phrase.text == "told the crowd" );
   CHECK( test::content( a ) == "The pier stays open." );
}

TEST_CASE( "a prepositional phrase between the cue and a quotation" )
{
   const auto a = test::only( quoth::parse( "Mr. Ames said in the lobby of the hotel, “We will not close.”" ) );
   CHECK( test::speaker( a ) == "Mr. Ames" );
   CHECK( test::content( a ) == "We will not close." );
   const auto b = test::only( quoth::parse( "Dana Kerr wrote to her followers: “The bridge stays.”" ) );
   CHECK( test::speaker( b ) == "Dana Kerr" );
   CHECK( test::content( b ) == "The bridge stays." );
   const auto c = test::only( quoth::parse( "The mayor said of the council, “They voted too early.”" ) );
   CHECK( test::content( c ) == "They voted too early." );
   // a particle of the verb is no such phrase: "wrote back" is the cue
   const auto d = test::only( quoth::parse( "Kerr wrote back, “That is fine by me.”" ) );
   CHECK( test::speaker( d ) == "Kerr" );
   CHECK( test::content( d ) == "That is fine by me." );
}

TEST_CASE( "a speaker's aside with an abbreviated state before the comma" )
{
   const auto a = test::only( quoth::parse( "“We would have stayed,” Mr. Ode, now 70 and living in Salem, Ore., said by phone." ) );
   CHECK( test::speaker( a ) == "Mr. Ode" );
   CHECK( test::content( a ) == "We would have stayed" );
}

TEST_CASE( "a parenthetical attribution after a short opening phrase keeps both parts" )
{
   const auto a = test::only( quoth::parse( "In some ways, the twins noted, the mayor might enjoy the show." ) );
   CHECK( test::speaker( a ) == "the twins" );
   REQUIRE( a.parts.size() == 2 );
   CHECK( a.parts[ 0 ].text == "In some ways" );
   CHECK( a.parts[ 1 ].text == "the mayor might enjoy the show" );
   // an aside that ends the sentence belongs to a speaker after the cue only
   const auto b = test::only( quoth::parse( "Rents will rise, said Ann Lee, an economist at the bank." ) );
   CHECK( test::speaker( b ) == "Ann Lee" );
   CHECK( test::content( b ) == "Rents will rise" );
}

TEST_CASE( "a gerund that is the subject of the second part keeps it after a parenthetical attribution" )
{
   const auto a = test::only( quoth::parse( "Despite the new ferries, Ortiz noted, running the port could cost more next year." ) );
   REQUIRE( a.parts.size() == 2 );
   CHECK( a.parts[ 1 ].text == "running the port could cost more next year" );
   const auto b = test::only( quoth::parse( "Though the pier is old, she added, replacing Lind would be hard." ) );
   REQUIRE( b.parts.size() == 2 );
   CHECK( b.parts[ 1 ].text == "replacing Lind would be hard" );
   // a participle after the trailer still opens an attribution of its own
   const auto doc = quoth::parse( "The pier is old, Ortiz said, arguing the town would pay for it." );
   REQUIRE( doc.attributions.size() == 2 );
   CHECK( test::content( doc.attributions[ 0 ] ) == "The pier is old" );
   CHECK( test::cue( doc.attributions[ 1 ] ) == "argue" );
   CHECK( test::content( doc.attributions[ 1 ] ) == "the town would pay for it" );
}

TEST_CASE( "a quotation signed with a dash and a name" )
{
   const auto a = test::only( quoth::parse( "“The bridge must stay open for the night buses.” ― Ann Lee, a nurse in Harbour City" ) );
   CHECK( a.pattern == quoth::pattern::quote_cue_speaker );
   CHECK( test::speaker( a ) == "Ann Lee" );
   CHECK( test::cue( a ) == "-" );
   CHECK( test::content( a ) == "The bridge must stay open for the night buses." );
   // the signature in the next paragraph, after a quotation of two sentences
   const auto b = test::only( quoth::parse( "\"The port will reopen. The crews are ready.\"\n\n-- Dana Kerr, harbour master\n" ) );
   CHECK( test::speaker( b ) == "Dana Kerr" );
   CHECK( test::content( b ) == "The port will reopen. The crews are ready." );
   const auto c = test::only( quoth::parse( "\"We will never close the school.\"  - Mayor Tom Ode." ) );
   CHECK( test::speaker( c ) == "Mayor Tom Ode" );
   // a credit after prose that ends with a quotation signs nothing
   const auto d = quoth::parse( "The harbour was calm on Monday, and the pier \"stays open.\"  - Reuters." );
   for( const auto& x : d.attributions ) {
      CHECK( test::speaker( x ) != "Reuters" );
   }
}

TEST_CASE( "a quotation after a colon with its own trailer splits the sentence" )
{
   const auto doc = quoth::parse( "Lind explained why the files could not be sent: “Trust me, I share your anger. I cannot even open them,” Lind wrote." );
   REQUIRE( doc.attributions.size() == 2 );
   const auto& a = doc.attributions[ 0 ];
   CHECK( a.pattern == quoth::pattern::speaker_cue_content );
   CHECK( test::cue( a ) == "explain" );
   CHECK( test::content( a ) == "why the files could not be sent" );
   const auto& b = doc.attributions[ 1 ];
   CHECK( b.pattern == quoth::pattern::content_speaker_cue );
   CHECK( test::cue( b ) == "write" );
   CHECK( test::speaker( b ) == "Lind" );
   CHECK( test::content( b ) == "Trust me, I share your anger. I cannot even open them" );
}

TEST_CASE( "a quotation after a colon with no trailer the rules read leaves the reading whole" )
{
   // the words after the quotation are no trailer: no attribution is made of them, and none
   // has a speaker without a cue
   const auto doc = quoth::parse( "The club wants to print the flyer: “Read the flyer the mayor hates,” the appeal on the website said." );
   REQUIRE( doc.attributions.size() == 1 );
   const auto& a = doc.attributions[ 0 ];
   CHECK( a.pattern == quoth::pattern::speaker_cue_content );
   CHECK( test::speaker( a ) == "The club" );
   CHECK( test::cue( a ) == "want" );
}

TEST_CASE( "a name after a dash, a colon and a quotation: \"Pilots agree - Ana Ruiz: “...”\"" )
{
   const auto a = test::only( quoth::parse( "Pilots agree on the harbour - Ana Ruiz: “The new pier is the safest on the coast.”" ) );
   CHECK( test::speaker( a ) == "Ana Ruiz" );
   CHECK( test::cue( a ) == ":" );
   CHECK( test::content( a ) == "The new pier is the safest on the coast." );
   // no quotation after the colon: no attribution
   CHECK( quoth::parse( "Pilots agree on the harbour - Ana Ruiz: the pier is safe." ).attributions.empty() );
}

TEST_CASE( "a quotation that ends a clause after a discourse word: the clause is the content, a phrase may follow the trailer" )
{
   const auto a = test::only( quoth::parse( "Still, the ferries are “barely making money,” Ortiz said from his office in Dover." ) );
   CHECK( test::speaker( a ) == "Ortiz" );
   CHECK( test::content( a ) == "Still, the ferries are “barely making money,”" );
   // the quotation of an opening phrase is not the trailer's content
   for( const auto& x : quoth::parse( "Citing “family duties,” the aide said from her desk that she would stay home." ).attributions ) {
      CHECK( x.pattern != quoth::pattern::content_speaker_cue );
   }
}

TEST_CASE( "a trailer that a phrase closes reports a clause whose own verb is no verb of saying" )
{
   const auto a = test::only( quoth::parse( "Three in four members of the board voted to back Ortiz, Ada Brook said at the time." ) );
   CHECK( a.pattern == quoth::pattern::content_speaker_cue );
   CHECK( test::speaker( a ) == "Ada Brook" );
   CHECK( test::content( a ) == "Three in four members of the board voted to back Ortiz" );
   // a clause of saying keeps its own reading
   const auto doc = quoth::parse( "Ada Brook said that the levy was fair, the mayor insisted on a vote." );
   REQUIRE( !doc.attributions.empty() );
   CHECK( test::speaker( doc.attributions[ 0 ] ) == "Ada Brook" );
   // a clause with an auxiliary before its verb is no trailer
   const auto b = test::only( quoth::parse( "Voters learned during the debate that no matter the setting, no matter the stakes, Ortiz will insist on being Ortiz." ) );
   CHECK( test::speaker( b ) == "Voters" );
   CHECK( test::content( b ) == "no matter the setting, no matter the stakes, Ortiz will insist on being Ortiz" );
}

TEST_CASE( "a time before the speaker is no content: \"Then, last week, Lind called.\"" )
{
   CHECK( quoth::parse( "Then, last week, Ada Lind called." ).attributions.empty() );
   CHECK( quoth::parse( "Earlier this month, Ortiz apologized." ).attributions.empty() );
   // a clause before the speaker stays
   const auto a = test::only( quoth::parse( "The toll will rise next year, Ada Lind said." ) );
   CHECK( test::content( a ) == "The toll will rise next year" );
}

TEST_CASE( "an opening participle phrase is no content: \"Weighing in on the debate, Lind agreed\"" )
{
   const auto doc = quoth::parse( "Weighing in on the debate, former Gov. Ada Lind agreed, praising her rival as \xE2\x80\x9C"
                                  "a star.\xE2\x80\x9D" );
   const auto a = test::only( doc );
   CHECK( a.pattern == quoth::pattern::participle );
   CHECK( test::cue( a ) == "praise" ); // (the lemma)
   CHECK( test::content( a ) == "her rival as \xE2\x80\x9C"
                                "a star.\xE2\x80\x9D" );
   // a gerund that is the subject of a clause stays a content
   const auto b = test::only( quoth::parse( "Raising taxes is a mistake, Lind said." ) );
   CHECK( test::content( b ) == "Raising taxes is a mistake" );
}

TEST_CASE( "a trailer may end with a time: \", the Courier reported late Thursday.\"" )
{
   for( const char* text : { "Lind was told to use a private account, the Courier reported late Thursday.", "Lind was told to use a private account, the Courier reported a few days later." } ) {
      const auto a = test::only( quoth::parse( text ) );
      CHECK( a.pattern == quoth::pattern::content_speaker_cue );
      CHECK( test::speaker( a ) == "the Courier" );
      CHECK( test::content( a ) == "Lind was told to use a private account" );
   }
   // an object after the cue is its content
   const auto b = test::only( quoth::parse( "The bridge will close, the Courier reported a rise in costs." ) );
   CHECK( test::content( b ) == "a rise in costs" );
}

TEST_CASE( "a trailer that ends with a time reports a clause with a verb of saying" )
{
   // the clause "Ortiz told investigators A" is what the Courier reported, not "A, the Courier ..."
   for( const char* text : { "Ortiz told investigators he had never met Lind, the Courier reported late Thursday.", "Ortiz said he had never met Lind, the Courier reported two days later." } ) {
      const auto a = test::only( quoth::parse( text ) );
      CHECK( test::speaker( a ) == "the Courier" );
      CHECK( test::content( a ).rfind( "Ortiz ", 0 ) == 0 );
   }
   // a phrase of place or time before a closing dash
   const auto c = test::only( quoth::parse( "Lind thinks the state requires too many tests, Ortiz said this week at an event in Avon \xE2\x80\x94 a reversal of her past view." ) );
   CHECK( test::speaker( c ) == "Ortiz" );
   CHECK( test::content( c ) == "Lind thinks the state requires too many tests" );
   // any other phrase after the trailer's cue stays in the content of "said"
   const auto b = test::only( quoth::parse( "Ada said that the plan failed, he should have insisted on more." ) );
   CHECK( test::speaker( b ) == "Ada" );
}

TEST_CASE( "a name before the speaker is no content: \"Ada Lind, the party's director said.\"" )
{
   CHECK( quoth::parse( "Ada Lind, the director of the party said in a statement." ).attributions.empty() );
   // a one-word answer stays
   const auto a = test::only( quoth::parse( "Absolutely, Lind said." ) );
   CHECK( test::content( a ) == "Absolutely" );
}

TEST_CASE( "words after a quotation before \", he said\" belong to the content, which a quotation may continue" )
{
   const auto a = test::only( quoth::parse( "\xE2\x80\x9CWe are alive\xE2\x80\x9D at the convention, he said." ) );
   CHECK( a.pattern == quoth::pattern::content_speaker_cue );
   CHECK( a.type == quoth::content_kind::mixed );
   CHECK( test::speaker( a ) == "he" );
   CHECK( test::content( a ) == "\xE2\x80\x9CWe are alive\xE2\x80\x9D at the convention" );
   const auto b = test::only( quoth::parse( "\xE2\x80\x9CPeople were dancing\xE2\x80\x9D before the fire, she said. \xE2\x80\x9C"
                                            "And then it was over.\xE2\x80\x9D" ) );
   REQUIRE( b.parts.size() == 2 );
   CHECK( b.parts[ 1 ].text == "And then it was over." );
   const auto d = test::only( quoth::parse( "\xE2\x80\x9CThe politics are blatant\xE2\x80\x9D in the legislature, Ada Lind said." ) );
   CHECK( test::speaker( d ) == "Ada Lind" );
   CHECK( test::content( d ) == "\xE2\x80\x9CThe politics are blatant\xE2\x80\x9D in the legislature" );
   // a speaker with an apposition stays the speaker of the quotation
   const auto c = test::only( quoth::parse( "\xE2\x80\x9CWe won,\xE2\x80\x9D Lind, a farmer, said." ) );
   CHECK( c.pattern == quoth::pattern::quote_cue_speaker );
   CHECK( test::speaker( c ) == "Lind" );
}

TEST_CASE( "\"states\" ends a trailer after a quotation, and is no verb elsewhere" )
{
   const auto a = test::only( quoth::parse( "\xE2\x80\x9CThey know Lind is strong,\xE2\x80\x9D the ad states." ) );
   CHECK( test::speaker( a ) == "the ad" );
   CHECK( test::cue( a ) == "state" );
   CHECK( test::content( a ) == "They know Lind is strong" );
   CHECK( test::speaker( test::only( quoth::parse( "The United States said the plan would fail." ) ) ) == "The United States" );
   CHECK( test::speaker( test::only( quoth::parse( "In each of those states, about a third of voters want a switch." ) ) ) == "about a third of voters" );
}

TEST_CASE( "a quotation that ends a clause, then an inverted trailer and a phrase of time or place: the clause is the content" )
{
   const auto a = test::only( quoth::parse( "The guild was “trying to shed its old image,” wrote the envoy at the time, Ada Brook." ) );
   CHECK( test::content( a ) == "The guild was “trying to shed its old image,”" );
   const auto b = test::only( quoth::parse( "The guild was “trying to shed its old image,” said the mayor after the vote." ) );
   CHECK( test::speaker( b ) == "the mayor" );
   CHECK( test::content( b ) == "The guild was “trying to shed its old image,”" );
   // words that are no such phrase leave the quotation alone as the content
   const auto c = test::only( quoth::parse( "The guild was “trying to shed its old image,” said the mayor to cheers from the crowd." ) );
   CHECK( test::content( c ) == "trying to shed its old image" );
}
