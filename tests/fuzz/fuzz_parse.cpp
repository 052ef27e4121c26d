// libFuzzer target: quoth::parse on raw bytes. Every input gives a document that satisfies the
// invariants of tests/invariants.hpp, or quoth::invalid_utf8 at the offset utfcpp reports.
// Any other exception, crash, sanitizer report or violated invariant aborts.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string_view>

#include "invariants.hpp"

namespace
{
   void require( const std::vector< std::string >& violations, const char* what )
   {
      if( !violations.empty() ) {
         std::fprintf( stderr, "quoth invariant violated (%s):\n%s", what, test::join( violations ).c_str() );
         std::abort();
      }
   }

} // namespace

extern "C" int LLVMFuzzerTestOneInput( const std::uint8_t* data, const std::size_t size )
{
   const std::string_view input( reinterpret_cast< const char* >( data ), size );
   // the defaults, with a second parse that must give the same document
   require( test::check_parse( input ), "default options" );
   // every option the other way, and patterns tried on sentences of any length
   quoth::options opt;
   opt.headlines = false;
   opt.separate_continuations = true;
   opt.resolve_pronouns = false;
   opt.max_sentence_bytes = 0;
   try {
      const quoth::document doc = quoth::parse( input, opt );
      require( test::check_document( input, doc ), "other options" );
   }
   catch( const quoth::invalid_utf8& ) { // check_parse has checked its offset
   }
   return 0;
}
