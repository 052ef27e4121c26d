// A passive cue with its agent: "X was reported by Y" (content: the subject), "X was told by Y
// that ..." (content: the that-clause).
#include "helpers.hpp"

TEST_CASE( "the subject of a passive cue is the content, the agent its speaker" )
{
   const auto a = test::only( quoth::parse( "The closure was first reported by the harbour gazette." ) );
   CHECK( a.pattern == quoth::pattern::passive_agent );
   CHECK( test::speaker( a ) == "the harbour gazette" );
   CHECK( test::content( a ) == "The closure" );
   CHECK( test::cue( a ) == "report" );
   CHECK( a.cue->phrase.text == "was first reported" );
   CHECK( quoth::to_string( a.pattern ) == "passive_agent" );
}

TEST_CASE( "a that-clause after the agent is the content" )
{
   const auto a = test::only( quoth::parse( "Lind was told by the inspectors that the bridge was unsafe." ) );
   CHECK( a.pattern == quoth::pattern::passive_agent );
   CHECK( test::speaker( a ) == "the inspectors" );
   CHECK( test::cue( a ) == "tell" );
   CHECK( test::content( a ) == "the bridge was unsafe" );
}

TEST_CASE( "a pronoun subject is no content, and a passive with no reporting verb is nothing" )
{
   CHECK( quoth::parse( "He was praised by the mayor." ).attributions.empty() );
   CHECK( quoth::parse( "The bridge was built by a firm from Oslo." ).attributions.empty() );
}

TEST_CASE( "a question put by an agent: \"was asked by X whether\"" )
{
   const auto a = test::only( quoth::parse( "Ortiz was asked by the host, Ann Dole, whether the ferry would run in winter." ) );
   CHECK( a.pattern == quoth::pattern::passive_agent );
   CHECK( test::content( a ) == "whether the ferry would run in winter" );
   const auto b = test::only( quoth::parse( "Ortiz was asked by host Ann Dole whether the ferry would run in winter." ) );
   CHECK( test::speaker( b ) == "host Ann Dole" );
   CHECK( test::content( b ) == "whether the ferry would run in winter" );
}

TEST_CASE( "a question put by an agent with \"why\", \"how\" or \"if\"" )
{
   const auto a = test::only( quoth::parse( "Ortiz was asked by a caller why the ferry stopped running." ) );
   CHECK( a.pattern == quoth::pattern::passive_agent );
   CHECK( test::speaker( a ) == "a caller" );
   CHECK( test::content( a ) == "why the ferry stopped running" );
   const auto b = test::only( quoth::parse( "Ortiz was asked by reporters how the pier would be paid for." ) );
   CHECK( test::content( b ) == "how the pier would be paid for" );
}

TEST_CASE( "a passive with its agent after opening phrases and a quoted title" )
{
   const auto a = test::only( quoth::parse( "Earlier this month, during a visit to the studio of “Harbour Talk,” Ortiz was asked by host Ada Brook whether his aim was the same as Lind's." ) );
   CHECK( a.pattern == quoth::pattern::passive_agent );
   CHECK( test::speaker( a ) == "host Ada Brook" );
   CHECK( test::cue( a ) == "ask" );
   CHECK( test::content( a ) == "whether his aim was the same as Lind's" );
}

TEST_CASE( "after a verb of praise or blame, \"for\" gives the reason, not the agent's words" )
{
   const auto a = test::only( quoth::parse( "Lind was criticized by her rivals for the delay." ) );
   CHECK( a.pattern == quoth::pattern::passive_agent );
   CHECK( test::speaker( a ) == "her rivals" );
   CHECK( test::content( a ) == "Lind" );
   const auto b = test::only( quoth::parse( "The ferry plan was praised by the mayor for its clarity." ) );
   CHECK( test::speaker( b ) == "the mayor" );
   // a role keeps its "for"
   const auto c = test::only( quoth::parse( "Ortiz was blamed by a spokesman for the union." ) );
   CHECK( test::speaker( c ) == "a spokesman for the union" );
}

TEST_CASE( "a phrase after the agent ends the passive" )
{
   const auto a = test::only( quoth::parse( "Lind was attacked by Brook over the weekend." ) );
   CHECK( a.pattern == quoth::pattern::passive_agent );
   CHECK( test::speaker( a ) == "Brook" );
   CHECK( test::content( a ) == "Lind" );
   const auto b = test::only( quoth::parse( "Ortiz was pressed by the host, Ada Brook, about his plan." ) );
   CHECK( test::content( b ) == "Ortiz" );
   // no cue verb, no attribution
   CHECK( quoth::parse( "The bridge was built by Ortiz in 1990." ).attributions.empty() );
}
