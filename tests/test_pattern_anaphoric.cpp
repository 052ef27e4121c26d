// Pattern 5: "This was announced by X" takes the previous sentence as its content.
#include "helpers.hpp"

TEST_CASE( "this was announced on DATE by X in MEDIUM" )
{
   const auto doc = quoth::parse( "The old lighthouse will become a museum. This was announced on 12 May by Culture Minister Elin Roos in a letter to the town council." );
   const auto a = test::only( doc );
   CHECK( test::content( a ) == "The old lighthouse will become a museum" );
   CHECK( test::speaker( a ) == "Culture Minister Elin Roos" );
   CHECK( test::resolved( doc, a ) == "Elin Roos" );
   CHECK( test::cue( a ) == "announce" );
   CHECK( test::date( a ) == "on 12 May" );
   CHECK( test::medium( a ) == "in a letter to the town council" );
   CHECK( a.pattern == quoth::pattern::anaphoric_passive );
}

TEST_CASE( "this was stated by an organisation" )
{
   const auto doc = quoth::parse( "Two flights were cancelled.\n\nThis was stated by the airport's press service." );
   const auto a = test::only( doc );
   CHECK( test::content( a ) == "Two flights were cancelled" );
   CHECK( test::speaker( a ) == "the airport's press service" );
}

TEST_CASE( "without a previous sentence there is no content" )
{
   CHECK( quoth::parse( "This was announced by the mayor." ).attributions.empty() );
}

TEST_CASE( "the anaphor takes back a previous sentence read as a loose subject before an infinitive" )
{
   const auto doc = quoth::parse( "The pilot's union will meet on Friday to discuss its next steps. This was announced by Ada Brook in a letter to members." );
   const auto a = test::only( doc );
   CHECK( a.pattern == quoth::pattern::anaphoric_passive );
   CHECK( test::content( a ) == "The pilot's union will meet on Friday to discuss its next steps" );
   CHECK( test::speaker( a ) == "Ada Brook" );
}
