// The JSON contract of the CLI.
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
