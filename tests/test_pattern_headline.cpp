// Pattern 6: "X: statement" on a title line.
#include "helpers.hpp"

TEST_CASE( "speaker colon statement on a title line" )
{
   const auto doc = quoth::parse( "Berg: the tram will reach the airport by 2027\n\nThe mayor spoke at the depot." );
   REQUIRE( !doc.attributions.empty() );
   const auto& a = doc.attributions[ 0 ];
   CHECK( a.pattern == quoth::pattern::headline_colon );
   CHECK( test::speaker( a ) == "Berg" );
   CHECK( a.cue->lemma == ":" );
   CHECK( test::content( a ) == "the tram will reach the airport by 2027" );
}

TEST_CASE( "speaker to addressee colon statement on a title line" )
{
   const auto doc = quoth::parse( "Berg to tram riders in Leeds: the line will reach the airport by 2027\n\nThe mayor spoke at the depot." );
   REQUIRE( !doc.attributions.empty() );
   const auto& a = doc.attributions[ 0 ];
   CHECK( a.pattern == quoth::pattern::headline_colon );
   CHECK( test::speaker( a ) == "Berg" );
   CHECK( test::content( a ) == "the line will reach the airport by 2027" );
   // in title case, "To" ends the name
   const auto b = quoth::parse( "Berg To Tram Riders Worried About U.S. Tariffs: The Line Will Open In May\n\nThe mayor spoke at the depot." );
   REQUIRE( !b.attributions.empty() );
   CHECK( b.attributions[ 0 ].pattern == quoth::pattern::headline_colon );
   CHECK( test::speaker( b.attributions[ 0 ] ) == "Berg" );
   CHECK( test::content( b.attributions[ 0 ] ) == "The Line Will Open In May" );
}

TEST_CASE( "a colon inside prose is not a headline" )
{
   CHECK( quoth::parse( "The reason was simple: the road was closed." ).attributions.empty() );
}

TEST_CASE( "a colon in a sentence that ends with a full stop is not a headline" )
{
   CHECK( quoth::parse( "A calm day\n\nWeather: rain all day.\n" ).attributions.empty() );
}

TEST_CASE( "the first line of a text is a title even with a full stop" )
{
   const auto doc = quoth::parse( "Berg: the tram will reach the airport.\n\nThe mayor spoke at the depot." );
   REQUIRE( doc.attributions.size() == 1 );
   CHECK( doc.attributions[ 0 ].pattern == quoth::pattern::headline_colon );
}

TEST_CASE( "a kicker before the colon is not a speaker" )
{
   CHECK( quoth::parse( "Breaking: the ferry strike is over\n\nThe boats run again." ).attributions.empty() );
   CHECK( quoth::parse( "The Latest: ferries return to the harbour\n\nThe boats run again." ).attributions.empty() );
   CHECK( quoth::parse( "LOOK: the new tram in its first week\n\nThe tram is blue." ).attributions.empty() );
   // the headline after its kicker is read as a sentence
   const auto doc = quoth::parse( "The Latest: Lind tells voters she is with them\n\nThe boats run again." );
   REQUIRE( doc.attributions.size() == 1 );
   CHECK( test::speaker( doc.attributions[ 0 ] ) == "Lind" );
   CHECK( test::content( doc.attributions[ 0 ] ) == "she is with them" );
}

TEST_CASE( "exclamations and notes before a colon are kickers, not speakers" )
{
   CHECK( quoth::parse( "Wow: Harbour Pilots Win Their Long Dispute\n\nThe boats run again." ).attributions.empty() );
   CHECK( quoth::parse( "BUSTED: Memos Show the Tram Budget Doubled\n\nThe tram is blue." ).attributions.empty() );
   CHECK( quoth::parse( "A calm day\n\nEditor's Note: An earlier version of this story gave the wrong date.\n" ).attributions.empty() );
   CHECK( quoth::parse( "A calm day\n\nSo: the boats could run again on Monday.\n" ).attributions.empty() );
}

TEST_CASE( "a headline after a kicker and a dash" )
{
   const auto doc = quoth::parse( "EXCLUSIVE – Ada Lind: Keep the Night Ferries Running\n\nThe boats run again." );
   REQUIRE( doc.attributions.size() == 1 );
   CHECK( doc.attributions[ 0 ].pattern == quoth::pattern::headline_colon );
   CHECK( test::speaker( doc.attributions[ 0 ] ) == "Ada Lind" );
   CHECK( test::content( doc.attributions[ 0 ] ) == "Keep the Night Ferries Running" );
}

TEST_CASE( "the label of a kind of article, or a year, before a headline's colon is no speaker" )
{
   for( const char* text : { "Profile: Ada Lind\n\nThe new minister grew up in a mill town.\n", "Obituary: Bo Reyes\n\nThe painter died at home on Sunday.\n", "Film review: The Long Winter\n\nThe sequel is slower than the first.\n", "2019: A year of floods\n\nThe river rose four times.\n" } ) {
      CAPTURE( text );
      CHECK( quoth::parse( text ).attributions.empty() );
   }
   // a speaker whose name merely holds a letter still speaks
   const auto doc = quoth::parse( "Reyes: the gallery will open in June\n\nThe painter spoke at the museum.\n" );
   REQUIRE( doc.attributions.size() == 1 );
   CHECK( test::speaker( doc.attributions[ 0 ] ) == "Reyes" );
}

TEST_CASE( "a headline's passive or noun in -ed or -ing before over or for reports nothing" )
{
   // "Councils criticised over ..." says that someone criticised the councils; "Flood warning
   // over ..." is a noun phrase
   CHECK( quoth::parse( "Councils criticised over late bin rounds\n\nResidents waited three weeks." ).attributions.empty() );
   CHECK( quoth::parse( "Flood warning over swollen rivers\n\nThe rain will go on." ).attributions.empty() );
   // a headline's verb in the present still reports
   const auto a = test::only( quoth::parse( "Mayor warns over late bin rounds\n\nResidents waited three weeks." ) );
   CHECK( test::speaker( a ) == "Mayor" );
}
