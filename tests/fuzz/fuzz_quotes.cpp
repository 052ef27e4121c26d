// libFuzzer target: paragraphs and quote pairing alone (split_blocks + quote_pairer) on valid
// UTF-8. Blocks are ordered, disjoint and inside the input; every quotation has
// open < content_begin <= content_end <= close_end <= size, starts with a quote mark, nests
// inside the quotation it was opened in, and top-level quotations do not overlap.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string_view>
#include <vector>

#include <quoth/quoth.hpp>
#include <utf8.h>

namespace
{
   [[noreturn]] void fail( const char* what, const std::size_t i )
   {
      std::fprintf( stderr, "quote pairing: %s (item %zu)\n", what, i );
      std::abort();
   }

   [[nodiscard]] bool boundary( const std::string_view s, const std::size_t at ) noexcept
   {
      return at == s.size() || ( at < s.size() && ( static_cast< unsigned char >( s[ at ] ) & 0xC0U ) != 0x80U );
   }

} // namespace

extern "C" int LLVMFuzzerTestOneInput( const std::uint8_t* data, const std::size_t size )
{
   namespace qi = quoth::internal;
   const std::string_view s( reinterpret_cast< const char* >( data ), size );
   if( !utf8::is_valid( s.begin(), s.end() ) ) {
      return 0; // parse validates first
   }
   std::vector< qi::block > blocks;
   qi::split_blocks( s, blocks );
   for( std::size_t i = 0; i < blocks.size(); ++i ) {
      const qi::block& b = blocks[ i ];
      if( b.begin >= b.end || b.end > s.size() || !boundary( s, b.begin ) || !boundary( s, b.end ) ) {
         fail( "a block that is empty, outside the input or not on code point boundaries", i );
      }
      if( i > 0 && blocks[ i - 1 ].end >= b.begin ) {
         fail( "blocks out of order or overlapping", i );
      }
   }
   std::vector< qi::raw_quote > quotes;
   qi::quote_pairer pairer;
   pairer.run( s, blocks, quotes );
   std::vector< std::size_t > open; // indexes of the quotations enclosing the current one
   std::size_t last_top_end = 0;
   for( std::size_t i = 0; i < quotes.size(); ++i ) {
      const qi::raw_quote& q = quotes[ i ];
      if( !( q.open < q.content_begin && q.content_begin <= q.content_end && q.content_end <= q.close_end && q.close_end <= s.size() ) ) {
         fail( "offsets out of order: open < content_begin <= content_end <= close_end <= size", i );
      }
      if( !boundary( s, q.open ) || !boundary( s, q.content_begin ) || !boundary( s, q.content_end ) || !boundary( s, q.close_end ) ) {
         fail( "offsets not on code point boundaries", i );
      }
      std::size_t len = 0;
      const char32_t mark = qi::decode( s, q.open, len );
      if( !qi::is_quote_mark( mark ) && mark != '`' ) {
         fail( "a quotation that does not start with a quote mark", i );
      }
      if( q.closed != ( q.close_end > q.content_end ) ) {
         fail( "closed, but no closing mark (or the other way round)", i );
      }
      if( i > 0 && quotes[ i - 1 ].open >= q.open ) {
         fail( "quotations out of order", i );
      }
      if( q.breaks.size() % 2 != 0 ) {
         fail( "an odd number of paragraph breaks", i );
      }
      for( std::size_t k = 0; k < q.breaks.size(); ++k ) {
         const std::size_t prev = k == 0 ? q.content_begin : q.breaks[ k - 1 ];
         if( q.breaks[ k ] < prev || q.breaks[ k ] > q.content_end ) {
            fail( "paragraph breaks out of order or outside the content", i );
         }
      }
      // the enclosing quotations: those opened before that end after this one opens
      while( !open.empty() && quotes[ open.back() ].content_end <= q.open ) {
         open.pop_back();
      }
      if( q.depth != open.size() ) {
         fail( "a depth that is not the number of enclosing quotations", i );
      }
      if( !open.empty() && q.close_end > quotes[ open.back() ].content_end ) {
         fail( "a quotation that ends after the one it is inside", i );
      }
      if( q.depth == 0 ) {
         if( q.open < last_top_end ) {
            fail( "top-level quotations overlap", i );
         }
         last_top_end = q.close_end;
      }
      open.push_back( i );
   }
   return 0;
}
