// parse_many: several documents on several threads, results in input order, errors per input.
#include <string>
#include <vector>

#include <quoth/batch.hpp>

#include "helpers.hpp"

TEST_CASE( "parse_many keeps input order and reports bad input per document" )
{
   std::vector< std::string > texts;
   for( int i = 0; i < 40; ++i ) {
      texts.push_back( "Speaker Number" + std::to_string( i ) + " said the count was " + std::to_string( i ) + "." );
   }
   texts[ 7 ] = std::string( "Broken \xFF text, the clerk said." );
   const std::vector< std::string_view > views( texts.begin(), texts.end() );
   for( const unsigned threads : { 1U, 3U, 0U } ) {
      const auto results = quoth::parse_many( views, threads );
      REQUIRE( results.size() == texts.size() );
      for( std::size_t i = 0; i < texts.size(); ++i ) {
         if( i == 7 ) {
            CHECK_FALSE( results[ i ].doc.has_value() );
            CHECK( results[ i ].error.find( "offset 7" ) != std::string::npos );
            continue;
         }
         REQUIRE( results[ i ].doc.has_value() );
         REQUIRE( results[ i ].doc->attributions.size() == 1 );
         CHECK( results[ i ].doc->attributions[ 0 ].content.text == "the count was " + std::to_string( i ) );
         CHECK( quoth::to_json( *results[ i ].doc ) == quoth::to_json( quoth::parse( views[ i ] ) ) );
      }
   }
}
