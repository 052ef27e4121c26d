// Golden tests: each sample article in examples/articles gives exactly the JSON stored beside
// it (NAME.json). After a deliberate change, regenerate them with tests/update_golden.sh and
// review the diff.
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "helpers.hpp"

namespace
{
   std::string slurp( const std::filesystem::path& p )
   {
      std::ifstream f( p, std::ios::binary );
      std::ostringstream ss;
      ss << f.rdbuf();
      return ss.str();
   }
} // namespace

TEST_CASE( "every sample article matches its golden JSON" )
{
   const std::filesystem::path dir = std::filesystem::path( QUOTH_SOURCE_DIR ) / "examples" / "articles";
   std::size_t checked = 0;
   for( const auto& entry : std::filesystem::directory_iterator( dir ) ) {
      if( entry.path().extension() != ".txt" ) {
         continue;
      }
      std::filesystem::path golden = entry.path();
      golden.replace_extension( ".json" );
      INFO( entry.path().filename().string() );
      REQUIRE( std::filesystem::exists( golden ) );
      const std::string text = slurp( entry.path() );
      std::string expected = slurp( golden );
      while( !expected.empty() && ( expected.back() == '\n' || expected.back() == '\r' ) ) {
         expected.pop_back();
      }
      const std::string actual = quoth::to_json( quoth::parse( text ) );
      if( actual != expected ) {
         std::size_t i = 0;
         while( i < actual.size() && i < expected.size() && actual[ i ] == expected[ i ] ) {
            ++i;
         }
         const std::size_t from = i > 80 ? i - 80 : 0;
         FAIL_CHECK( "differs at byte " << i << "\n  expected: …" << expected.substr( from, 200 ) << "\n  actual:   …" << actual.substr( from, 200 ) );
      }
      ++checked;
   }
   CHECK( checked >= 8 );
}

TEST_CASE( "the sample articles cover the required styles" )
{
   const std::filesystem::path dir = std::filesystem::path( QUOTH_SOURCE_DIR ) / "examples" / "articles";
   bool guillemets = false;
   bool headline = false;
   for( const auto& entry : std::filesystem::directory_iterator( dir ) ) {
      if( entry.path().extension() != ".txt" ) {
         continue;
      }
      const std::string text = slurp( entry.path() );
      const auto doc = quoth::parse( text );
      guillemets = guillemets || text.find( "«" ) != std::string::npos;
      for( const auto& a : doc.attributions ) {
         headline = headline || a.pattern == quoth::pattern::headline_colon;
      }
   }
   CHECK( guillemets );
   CHECK( headline );
}
