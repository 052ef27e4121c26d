// Nouns that report, with their preposition: "his criticism of the plan", "Ada's endorsement of
// Ortiz", "questions about the budget", "the belief that A". quoth reads them only in a sentence
// with no other attribution; the speaker is a possessive right before the noun, if any.
#include "helpers.hpp"

TEST_CASE( "a possessive before the noun is the speaker; the content is the object of its preposition" )
{
   const auto a = test::only( quoth::parse( "Lind's criticism of the harbour plan grew louder." ) );
   CHECK( a.pattern == quoth::pattern::speaker_cue_content );
   CHECK( test::speaker( a ) == "Lind" );
   CHECK( a.cue->phrase.text == "criticism of" );
   CHECK( test::content( a ) == "the harbour plan" ); // the noun phrase ends before its clause's verb
   const auto b = test::only( quoth::parse( "Her endorsement of Ortiz, a former pilot, came late." ) );
   CHECK( test::speaker( b ) == "Her" );
   CHECK( test::content( b ) == "Ortiz" );
   CHECK( test::content( test::only( quoth::parse( "Ada's endorsement of Ortiz was a surprise." ) ) ) == "Ortiz" );
   CHECK( test::content( test::only( quoth::parse( "His criticism of the proposed cuts surprised the board." ) ) ) == "the proposed cuts" );
   // a wh-clause stays whole
   CHECK( test::content( test::only( quoth::parse( "There are questions about whether the pier will reopen." ) ) ) == "whether the pier will reopen" );
}

TEST_CASE( "a reporting noun with no possessive has no speaker, and \"that\" takes the clause" )
{
   const auto a = test::only( quoth::parse( "There were questions about the ferry budget on Monday." ) );
   CHECK_FALSE( a.speaker.has_value() );
   CHECK( a.cue->phrase.text == "questions about" );
   const auto b = test::only( quoth::parse( "The board clung to the belief that the mill would reopen." ) );
   CHECK( b.cue->phrase.text == "belief that" );
   CHECK( test::content( b ) == "the mill would reopen" );
}

TEST_CASE( "an endorsement or a criticism with no possessive is not read: its giver may follow \"of\"" )
{
   // "won the endorsement of the union": the union endorses
   CHECK( quoth::parse( "Ortiz won the endorsement of the dock union last week." ).attributions.empty() );
   // and a sentence with an attribution of its own keeps it
   const auto c = test::only( quoth::parse( "Lind said her criticism of the plan stood." ) );
   CHECK( test::speaker( c ) == "Lind" );
   CHECK( test::cue( c ) == "say" );
}

TEST_CASE( "a decision, a promise or a refusal after a possessive reports its infinitive, \"to\" and all" )
{
   const auto a = test::only( quoth::parse( "Lind's decision to close the harbour office drew a protest." ) );
   CHECK( test::speaker( a ) == "Lind" );
   CHECK( a.cue->phrase.text == "decision" );
   CHECK( test::content( a ) == "to close the harbour office" ); // up to the verb of its clause
   const auto b = test::only( quoth::parse( "Her refusal to sign the lease, a rare step, angered the board." ) );
   CHECK( test::speaker( b ) == "Her" );
   CHECK( b.cue->phrase.text == "refusal" );
   CHECK( test::content( b ) == "to sign the lease" );
   CHECK( test::content( test::only( quoth::parse( "Ortiz kept his promise to rebuild the pier." ) ) ) == "to rebuild the pier" );
   CHECK( test::content( test::only( quoth::parse( "Lind's decision to resign came late." ) ) ) == "to resign" );      // (the clause's verb right after)
   CHECK( test::speaker( test::only( quoth::parse( "The mayor's decision to resign came late." ) ) ) == "The mayor" ); // a common noun after "the"
   // with no possessive there is no one to report: "the plan to widen the road"
   CHECK( quoth::parse( "The plan to widen the road was dropped." ).attributions.empty() );
   CHECK( quoth::parse( "A decision to widen the road came in May." ).attributions.empty() );
}

TEST_CASE( "support, opposition, attacks and calls after a possessive report the object of their preposition" )
{
   const auto a = test::only( quoth::parse( "Her support for the harbour tax grew." ) );
   CHECK( test::speaker( a ) == "Her" );
   CHECK( a.cue->phrase.text == "support for" );
   CHECK( test::content( a ) == "the harbour tax" );
   const auto b = test::only( quoth::parse( "Ada's opposition to the ferry merger was no surprise." ) );
   CHECK( test::speaker( b ) == "Ada" );
   CHECK( b.cue->phrase.text == "opposition to" );
   CHECK( test::content( b ) == "the ferry merger" ); // a noun phrase: "to" opens no infinitive here
   const auto c = test::only( quoth::parse( "Lind's attacks on the mayor grew sharper." ) );
   CHECK( c.cue->phrase.text == "attacks on" );
   CHECK( test::content( c ) == "the mayor" );
   CHECK( test::content( test::only( quoth::parse( "Ortiz renewed his call for a new bridge." ) ) ) == "a new bridge" );
   // "his overall support" for a cue "support" would be a noun; "the support for" has no one behind it
   CHECK( quoth::parse( "The support for the harbour tax grew." ).attributions.empty() );
}

TEST_CASE( "an impersonal attribution over the whole sentence wins over a reporting noun inside it" )
{
   const auto a = test::only( quoth::parse( "His decision to resign was seen as a surprise." ) );
   CHECK( a.pattern == quoth::pattern::impersonal );
   CHECK( test::content( a ) == "His decision to resign was seen as a surprise" );
}

TEST_CASE( "\"the question of whether\", \"the question is how\": a question reports its wh-clause, with no speaker" )
{
   const auto a = test::only( quoth::parse( "The question is whether the pier will reopen." ) );
   CHECK_FALSE( a.speaker.has_value() );
   CHECK( a.cue->phrase.text == "question is" );
   CHECK( test::content( a ) == "whether the pier will reopen" );
   const auto b = test::only( quoth::parse( "Lind dodged the question of whether she would run." ) );
   CHECK( b.cue->phrase.text == "question of" );
   CHECK( test::content( b ) == "whether she would run" );
   // no wh-clause, no report
   CHECK( quoth::parse( "It is only a question of time." ).attributions.empty() );
   CHECK( quoth::parse( "The question is simple." ).attributions.empty() );
}

TEST_CASE( "a critique, a view, a stance or a request after a possessive; the possessor keeps its whole name" )
{
   const auto a = test::only( quoth::parse( "But Ortiz's critique of the harbour plan was sharp." ) );
   CHECK( test::speaker( a ) == "Ortiz" ); // not "But Ortiz"
   CHECK( a.cue->phrase.text == "critique of" );
   CHECK( test::content( a ) == "the harbour plan" );
   const auto b = test::only( quoth::parse( "The Harbour Trust's request for new files was denied." ) );
   CHECK( test::speaker( b ) == "Harbour Trust" ); // the capitalised name, without its article
   CHECK( test::content( b ) == "new files" );
   const auto c = test::only( quoth::parse( "President Ada Lind's stance on the ferry tax has not changed." ) );
   CHECK( test::speaker( c ) == "President Ada Lind" );
   CHECK( c.cue->phrase.text == "stance on" );
   CHECK( test::content( test::only( quoth::parse( "His views on the ferry tax are well known." ) ) ) == "the ferry tax" );
   // "While" opens a clause, not a name
   CHECK( test::speaker( test::only( quoth::parse( "While Lind's call for a new pier draws crowds, the council waits." ) ) ) == "Lind" );
}
