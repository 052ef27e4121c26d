// The JSON contract of the CLI.
#include <charconv>
#include <cstdint>
#include <sstream>
#include <string>
#include <string_view>

#include "helpers.hpp"

TEST_CASE( "the JSON has the contract's names" )
{
   const auto doc = quoth::parse( "“Ready,” said Jo Baker on Monday." );
   const std::string j = quoth::to_json( doc );
   for( const char* name : { "\"attributions\": [", "\"type\": \"direct\"", "\"content\": {", "\"parts\": [", "\"speaker\": {", "\"kind\": \"person\"", "\"resolved\": ", "\"cue\": {", "\"lemma\": \"say\"", "\"date\": {", "\"month\": null", "\"weekday\": 1", "\"medium\": null", "\"quotations\": [", "\"speakers\": [" } ) {
      CHECK_MESSAGE( j.find( name ) != std::string::npos, name );
   }
}

TEST_CASE( "strings are escaped" )
{
   std::string out;
   quoth::internal::json_string( out, "a\"b\\c\nd\x01" );
   CHECK( out == "\"a\\\"b\\\\c\\nd\\u0001\"" );
}

TEST_CASE( "strings are escaped at every length and position, and when the buffer is nearly full" )
{
   // the escape byte by byte
   const auto plain = []( const std::string& s ) {
      static constexpr char hex[] = "0123456789abcdef";
      std::string r = "\"";
      for( const char ch : s ) {
         const auto c = static_cast< unsigned char >( ch );
         if( c == '"' || c == '\\' ) {
            r += '\\';
            r += ch;
         }
         else if( c == '\n' ) {
            r += "\\n";
         }
         else if( c == '\r' ) {
            r += "\\r";
         }
         else if( c == '\t' ) {
            r += "\\t";
         }
         else if( c < 0x20 || c == 0x7F ) {
            r += "\\u00";
            r += hex[ c >> 4U ];
            r += hex[ c & 0xFU ];
         }
         else {
            r += ch;
         }
      }
      return r + "\"";
   };
   const std::string bytes = "abcdefghijklmnopqrstuvwxyz0123456789 \xE2\x80\x9C\xD0\xB0"
                             "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
   for( std::size_t n = 0; n <= 40; ++n ) {
      const std::string base = bytes.substr( 0, n );
      std::string out;
      quoth::internal::json_string( out, base );
      CHECK( out == plain( base ) );
      for( std::size_t k = 0; k < n; ++k ) {
         for( const char e : { '"', '\\', '\n', '\x01', '\x1F', '\x7F' } ) {
            std::string s = base;
            s[ k ] = e;
            std::string o;
            quoth::internal::json_string( o, s );
            CHECK( o == plain( s ) );
         }
      }
   }
   // strings written after others, so that the writer's buffer is full at every point of one
   std::string all;
   std::string expected;
   {
      quoth::internal::json_out o( all, nullptr );
      for( std::size_t n = 0; n < 300; ++n ) {
         std::string s = bytes.substr( n % 7, ( n * 13 ) % 60 );
         if( n % 5 == 0 && !s.empty() ) {
            s[ n % s.size() ] = '"';
         }
         o.string( s );
         expected += plain( s );
      }
      o.string( std::string( 3000, 'x' ) );
      expected += plain( std::string( 3000, 'x' ) );
      o.flush();
   }
   CHECK( all == expected );
}

TEST_CASE( "numbers are written as std::to_chars writes them" )
{
   // below 100000 by small_decimal, from there on by std::to_chars
   for( std::uint32_t v = 0; v < 100000; ++v ) {
      char a[ 24 ];
      char b[ 24 ];
      const std::size_t n = quoth::internal::json_out::small_decimal( a, v );
      const auto r = std::to_chars( b, b + sizeof( b ), v );
      REQUIRE( std::string_view( a, n ) == std::string_view( b, static_cast< std::size_t >( r.ptr - b ) ) );
   }
   for( const std::size_t v : { std::size_t( 0 ), std::size_t( 9 ), std::size_t( 10 ), std::size_t( 99999 ), std::size_t( 100000 ), std::size_t( 123456789 ) } ) {
      std::string out;
      {
         quoth::internal::json_out o( out, nullptr );
         o.number( v );
         o.flush();
      }
      CHECK( out == std::to_string( v ) );
   }
}

TEST_CASE( "a file name is added first for JSON Lines" )
{
   std::string out;
   quoth::to_json( out, quoth::parse( "" ), "x.txt" );
   CHECK( out == "{\"file\": \"x.txt\", \"attributions\": [], \"quotations\": [], \"speakers\": []}" );
}

TEST_CASE( "the JSON written to a stream is the JSON of the string overload" )
{
   std::string text;
   for( int i = 0; i < 3000; ++i ) { // JSON of several chunks
      text += "“The port will open,” Jo Baker said on Monday. Officials said \"\\ fees\t would rise.\n\n";
   }
   const auto doc = quoth::parse( text );
   std::string expected;
   quoth::to_json( expected, doc, "a \"file\".txt" );
   REQUIRE( expected.size() > 3 * quoth::internal::json_out::chunk );
   std::ostringstream os;
   quoth::to_json( os, doc, "a \"file\".txt" );
   CHECK( os.str() == expected );
   std::ostringstream plain;
   quoth::to_json( plain, quoth::parse( "" ) );
   CHECK( plain.str() == "{\"attributions\": [], \"quotations\": [], \"speakers\": []}" );
}
