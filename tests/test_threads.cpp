// parse from many threads at once: no shared state, so every thread gets the document a lone
// call gets. CI runs this file under ThreadSanitizer too (the "tsan" preset), where a data
// race anywhere in parse fails the run.
#include <atomic>
#include <cstddef>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "helpers.hpp"

namespace
{
   std::vector< std::string > sample_articles()
   {
      std::vector< std::string > texts;
      const std::filesystem::path dir = std::filesystem::path( QUOTH_SOURCE_DIR ) / "examples" / "articles";
      for( const auto& entry : std::filesystem::directory_iterator( dir ) ) {
         if( entry.path().extension() == ".txt" ) {
            std::ifstream in( entry.path(), std::ios::binary );
            std::ostringstream s;
            s << in.rdbuf();
            texts.push_back( s.str() );
         }
      }
      // and inputs that take the other paths: pronouns, invalid UTF-8, headlines, continuations
      texts.emplace_back( "Mayor Ines Calloway spoke on Monday. “We will rebuild,” she said.\n\n“Every street.”" );
      texts.emplace_back( "Budget row: “No more cuts”\n\nThe union said on Friday that talks had failed." );
      texts.emplace_back( "Fine so far, the clerk said, until \xC3( here." );
      return texts;
   }

   std::string result_of( const std::string& text, const quoth::options& opt )
   {
      try {
         return quoth::to_json( quoth::parse( text, opt ) );
      }
      catch( const quoth::invalid_utf8& e ) {
         return "invalid at " + std::to_string( e.offset() );
      }
   }

} // namespace

TEST_CASE( "parse from eight threads at once gives every thread the serial result" )
{
   const auto texts = sample_articles();
   REQUIRE( texts.size() >= 10 );
   quoth::options other;
   other.separate_continuations = true;
   other.resolve_pronouns = false;
   std::vector< std::string > expected;
   for( const auto& t : texts ) {
      expected.push_back( result_of( t, {} ) );
      expected.push_back( result_of( t, other ) );
   }
   CHECK( expected.back().rfind( "invalid at ", 0 ) == 0 );

   constexpr std::size_t threads = 8;
   constexpr std::size_t rounds = 5;
   std::atomic< std::size_t > mismatches{ 0 };
   std::atomic< std::size_t > runs{ 0 };
   std::vector< std::thread > pool;
   for( std::size_t t = 0; t < threads; ++t ) {
      pool.emplace_back( [ & ]( const std::size_t first ) {
         for( std::size_t r = 0; r < rounds; ++r ) {
            for( std::size_t k = 0; k < texts.size(); ++k ) {
               const std::size_t i = ( first + k ) % texts.size(); // threads start on different texts
               const bool same = result_of( texts[ i ], {} ) == expected[ 2 * i ] && result_of( texts[ i ], other ) == expected[ 2 * i + 1 ];
               mismatches += same ? 0 : 1;
               ++runs;
            }
         }
      },
                         t );
   }
   for( auto& th : pool ) {
      th.join();
   }
   CHECK( runs == threads * rounds * texts.size() );
   CHECK( mismatches == 0 );
}
