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
   // a quotation right after the colon, with no space
   const auto b = test::only( quoth::parse( "The hearing went on.\n\nRep. Ada Brook (D-Ore.):\"Nobody but you has cited that figure to this committee.\"" ) );
   CHECK( test::speaker( b ) == "Rep. Ada Brook (D-Ore.)" );
   CHECK( test::content( b ) == "Nobody but you has cited that figure to this committee." );
}

TEST_CASE( "labels and lists with a colon are not turns" )
{
   CHECK( quoth::parse( "The vote was counted.\n\nNote: the figures were corrected on Monday after an error." ).attributions.empty() );
   CHECK( quoth::parse( "The delegates were named.\n\nOhio: Ann Lee, Bo Park, Cy Hale, Di Moss, Ed Ray." ).attributions.empty() );
   CHECK( quoth::parse( "The count so far.\n\nMoss: 1,501." ).attributions.empty() );
}

TEST_CASE( "a transcript quoted paragraph by paragraph: each turn opens with a mark of its own" )
{
   const auto doc = quoth::parse( "The debate, in part:\n\n\"HALE: Mayor Lind, did you close the north pier last week?\n\n\"LIND: I did not close the pier, and I never would.\n\nThe crowd cheered." );
   REQUIRE( doc.attributions.size() == 2 );
   CHECK( doc.attributions[ 0 ].pattern == quoth::pattern::transcript_colon );
   CHECK( test::speaker( doc.attributions[ 0 ] ) == "HALE" );
   CHECK( test::content( doc.attributions[ 0 ] ) == "Mayor Lind, did you close the north pier last week" );
   CHECK( test::speaker( doc.attributions[ 1 ] ) == "LIND" );
   CHECK( test::content( doc.attributions[ 1 ] ) == "I did not close the pier, and I never would" );
   // each turn is a quotation of its own, not one across the paragraphs
   CHECK( doc.quotations.size() == 2 );
}

TEST_CASE( "Q: and A: are the turns of an interview, short ones too" )
{
   const auto doc = quoth::parse( "The interview has been edited for length.\n\nQ: Will the ferry run in winter?\n\nA: It will, on a smaller timetable.\n\nQ: And the fares?" );
   REQUIRE( doc.attributions.size() == 3 );
   CHECK( doc.attributions[ 0 ].pattern == quoth::pattern::transcript_colon );
   CHECK( test::speaker( doc.attributions[ 0 ] ) == "Q" );
   CHECK( test::content( doc.attributions[ 0 ] ) == "Will the ferry run in winter" );
   CHECK( test::speaker( doc.attributions[ 1 ] ) == "A" );
   CHECK( test::content( doc.attributions[ 1 ] ) == "It will, on a smaller timetable" );
   CHECK( test::content( doc.attributions[ 2 ] ) == "And the fares" );
   // a list after the label is no turn
   CHECK( quoth::parse( "The list.\n\nA: 1, 2, 3, 4." ).attributions.empty() );
}

TEST_CASE( "a turn is all its speaker's: \"LIND: Well, I think A\" is one attribution" )
{
   const auto doc = quoth::parse( "BROOK: Do you back the plan?\n\nLIND: Well, I think the whole county needs to work together, and we all need to pull the same way. I believe it will pass.\n\nBROOK: And obviously, you're backing Ortiz, I think there are some skeptical farmers hearing that." );
   REQUIRE( doc.attributions.size() == 3 );
   CHECK( test::speaker( doc.attributions[ 1 ] ) == "LIND" );
   CHECK( test::content( doc.attributions[ 1 ] ) == "Well, I think the whole county needs to work together, and we all need to pull the same way. I believe it will pass" );
   CHECK( test::speaker( doc.attributions[ 2 ] ) == "BROOK" );
   CHECK( test::content( doc.attributions[ 2 ] ) == "And obviously, you're backing Ortiz, I think there are some skeptical farmers hearing that" );
}
