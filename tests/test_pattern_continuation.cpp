// Pattern 8: a quote paragraph with no attribution continues the previous quote's speaker.
#include "helpers.hpp"

TEST_CASE( "a quote-only paragraph after an attributed quote" )
{
   const auto doc = quoth::parse( "“We will rebuild the school,” the mayor said.\n\n“It will take two years.”\n\nThe council meets on Friday." );
   REQUIRE( doc.attributions.size() == 2 );
   const auto& b = doc.attributions[ 1 ];
   CHECK( b.pattern == quoth::pattern::continuation );
   CHECK( test::content( b ) == "It will take two years." );
   CHECK( test::speaker( b ) == "the mayor" );
   CHECK( b.speaker->id == doc.attributions[ 0 ].speaker->id );
}

TEST_CASE( "no continuation after indirect speech" )
{
   const auto doc = quoth::parse( "The mayor said the school would be rebuilt.\n\n“It will take two years.”" );
   REQUIRE( doc.attributions.size() == 1 );
   CHECK( doc.quotations.back().kind == quoth::quotation_kind::unattributed );
}
