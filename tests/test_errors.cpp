// Bad and unusual input: invalid UTF-8 is an error with its offset; everything else gives a
// valid (possibly empty) document.
#include <string>

#include "helpers.hpp"

TEST_CASE( "invalid UTF-8 raises invalid_utf8 with the byte offset" )
{
   const std::string bad = std::string( "Fine text \xC3\x28 here" );
   try {
      (void)quoth::parse( bad );
      FAIL( "expected quoth::invalid_utf8" );
   }
   catch( const quoth::invalid_utf8& e ) {
      CHECK( e.offset() == 10 );
      CHECK( std::string( e.what() ).find( "10" ) != std::string::npos );
   }
   CHECK_THROWS_AS( (void)quoth::parse( std::string( "\xFF" ) ), quoth::error );
   CHECK_THROWS_AS( (void)quoth::parse( std::string( "abc\xE2\x80" ) ), std::runtime_error );
}

TEST_CASE( "overlong encodings and surrogates are invalid" )
{
   CHECK_THROWS_AS( (void)quoth::parse( std::string( "ab\xC0\xAF" ) ), quoth::invalid_utf8 );
   CHECK_THROWS_AS( (void)quoth::parse( std::string( "ab\xED\xA0\x80" ) ), quoth::invalid_utf8 );
}

TEST_CASE( "empty input and text without quotes" )
{
   CHECK( quoth::parse( "" ).attributions.empty() );
   CHECK( quoth::parse( "The river rose by two metres overnight." ).quotations.empty() );
}

TEST_CASE( "a byte order mark and CRLF line ends" )
{
   const std::string text = "\xEF\xBB\xBF“Roads are shut,” the police said.\r\n\r\n“Stay home.”\r\n";
   const auto doc = quoth::parse( text );
   const auto a = test::only( doc );
   REQUIRE( a.parts.size() == 2 );
   CHECK( a.parts[ 0 ].text == "Roads are shut" );
   CHECK( a.parts[ 0 ].begin == 6 );
   CHECK( a.parts[ 1 ].text == "Stay home." );
}

TEST_CASE( "binary junk that is valid UTF-8 gives a document" )
{
   std::string junk;
   for( int i = 0; i < 4000; ++i ) {
      junk += static_cast< char >( ( i * 37 ) % 128 );
      if( i % 7 == 0 ) {
         junk += "“";
      }
      if( i % 11 == 0 ) {
         junk += "”, said ";
      }
   }
   const auto doc = quoth::parse( junk );
   for( const auto& a : doc.attributions ) {
      CHECK( a.content.end <= junk.size() );
      CHECK( a.content.begin <= a.content.end );
   }
}

TEST_CASE( "spans are views of the input at their offsets, with code point offsets on demand" )
{
   const std::string text = "“Zu wenig Betten für Ärzte,” the nurses’ union said on Monday.";
   const auto doc = quoth::parse( text );
   const auto a = test::only( doc );
   CHECK( a.content.text == "Zu wenig Betten für Ärzte" );
   CHECK( a.content.text == std::string_view( text ).substr( a.content.begin, a.content.end - a.content.begin ) );
   CHECK( a.content.begin == 3 ); // after the three bytes of “
   const auto cp = a.content.code_points( text );
   CHECK( cp.begin == 1 );
   CHECK( cp.end == 26 ); // 25 code points, 27 bytes
   CHECK( a.content.end == 30 );
}
