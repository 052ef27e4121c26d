// The JSON contract of the CLI.
#include <sstream>
#include <string>

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
