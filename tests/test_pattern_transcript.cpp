// Transcript turns: a paragraph that opens with a short name and a colon.
#include "helpers.hpp"

TEST_CASE( "NAME: words is a turn; its content runs to the end of the paragraph" )
{
   const auto doc = quoth::parse( "The interview was recorded on Friday.\n\nLIND: We will keep the ferry running all winter. The boats are old but safe.\n\nGRAHAM: And the fares?" );
   REQUIRE( doc.attributions.size() == 1 );
   const auto& a = doc.attributions[ 0 ];
   CHECK( a.pattern == quoth::pattern::transcript_colon );
   CHECK( test::speaker( a ) == "LIND" );
   CHECK( test::content( a ) == "We will keep the ferry running all winter. The boats are old but safe" );
}

TEST_CASE( "labels and lists with a colon are not turns" )
{
   CHECK( quoth::parse( "The vote was counted.\n\nNote: the figures were corrected on Monday after an error." ).attributions.empty() );
   CHECK( quoth::parse( "The delegates were named.\n\nOhio: Ann Lee, Bo Park, Cy Hale, Di Moss, Ed Ray." ).attributions.empty() );
   CHECK( quoth::parse( "The count so far.\n\nMoss: 1,501." ).attributions.empty() );
}
