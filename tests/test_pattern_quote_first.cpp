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
