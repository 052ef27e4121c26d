// parse_many and parse_each: several documents on several threads, results in input order (or
// to a callback), errors per input.
#include <atomic>
#include <chrono>
#include <mutex>
#include <set>
#include <stdexcept>
#include <string>
#include <thread>
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

TEST_CASE( "parse_each hands every result to the callback once, on the thread that parsed it" )
{
   std::vector< std::string > texts;
   for( int i = 0; i < 25; ++i ) {
      texts.push_back( "Clerk Person" + std::to_string( i ) + " said the fee was " + std::to_string( i ) + " dollars." );
   }
   texts[ 3 ] = std::string( "Bad \xC0 byte, the clerk said." );
   const std::vector< std::string_view > views( texts.begin(), texts.end() );
   for( const unsigned threads : { 1U, 4U } ) {
      std::mutex m;
      std::vector< int > calls( texts.size(), 0 );
      std::vector< std::string > contents( texts.size() );
      std::set< std::thread::id > ids;
      quoth::parse_each( views, threads, {}, [ & ]( const std::size_t i, quoth::batch_result& r ) {
         std::lock_guard< std::mutex > lock( m );
         ++calls[ i ];
         ids.insert( std::this_thread::get_id() );
         if( r.doc ) {
            REQUIRE( r.doc->attributions.size() == 1 );
            contents[ i ] = std::string( r.doc->attributions[ 0 ].content.text );
         }
         else {
            contents[ i ] = r.error;
         }
      } );
      CHECK( ids.size() <= threads );
      for( std::size_t i = 0; i < texts.size(); ++i ) {
         CHECK( calls[ i ] == 1 );
         if( i == 3 ) {
            CHECK( contents[ i ].find( "offset 4" ) != std::string::npos );
         }
         else {
            CHECK( contents[ i ] == "the fee was " + std::to_string( i ) + " dollars" );
         }
      }
   }
}

TEST_CASE( "parse_each stops and rethrows what the callback throws" )
{
   const std::vector< std::string > texts( 50, "The mayor said the road was closed." );
   const std::vector< std::string_view > views( texts.begin(), texts.end() );
   std::atomic< int > calls{ 0 };
   std::atomic< bool > thrown{ false };
   CHECK_THROWS_AS( quoth::parse_each( views, 2, {}, [ & ]( const std::size_t i, quoth::batch_result& ) {
                       ++calls;
                       if( i == 5 ) {
                          thrown = true;
                          throw std::runtime_error( "stop here" );
                       }
                       if( i > 5 ) {
                          // the texts after the throwing one wait for it, then give its thread
                          // time to record the stop (on a loaded machine the other thread
                          // could otherwise read every text before it does)
                          for( int k = 0; k < 5000 && !thrown; ++k ) {
                             std::this_thread::sleep_for( std::chrono::milliseconds( 1 ) );
                          }
                          std::this_thread::sleep_for( std::chrono::milliseconds( 20 ) );
                       }
                    } ),
                    std::runtime_error );
   CHECK( calls.load() < 50 );
}
