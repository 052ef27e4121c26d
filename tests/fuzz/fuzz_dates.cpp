// libFuzzer target: the date grammar alone. rules::date_phrase is tried at the start of the
// input and after each of its first spaces, as the sentence patterns do, then read_date reads
// what it matched. A match lies inside the input and ends on a code point boundary; the fields
// read are in range and part_of_day is a piece of the phrase.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string_view>
#include <vector>

#include <quoth/quoth.hpp>
#include <tao/pegtl.hpp>
#include <utf8.h>

namespace
{
   [[noreturn]] void fail( const char* what, const std::size_t at )
   {
      std::fprintf( stderr, "date grammar: %s (phrase at %zu)\n", what, at );
      std::abort();
   }

} // namespace

extern "C" int LLVMFuzzerTestOneInput( const std::uint8_t* data, const std::size_t size )
{
   namespace qi = quoth::internal;
   namespace pegtl = tao::pegtl;
   const std::string_view text( reinterpret_cast< const char* >( data ), size );
   if( !utf8::is_valid( text.begin(), text.end() ) ) {
      return 0; // parse validates before any rule runs
   }
   const std::vector< const qi::raw_quote* > no_quotes;
   qi::match_state st;
   st.text = text;
   st.quotes = &no_quotes;
   st.content_end = text.size();
   std::vector< std::string_view > words;
   std::size_t tries = 0;
   for( std::size_t from = 0; from < text.size() && tries < 64; ++from ) {
      if( from > 0 && text[ from - 1 ] != ' ' ) {
         continue;
      }
      ++tries;
      st.cap = qi::captures();
      pegtl::memory_input< pegtl::tracking_mode::lazy > in( text.data() + from, text.data() + text.size(), "" );
      if( !pegtl::parse< qi::rules::date_phrase >( in, st ) ) {
         continue;
      }
      const auto end = static_cast< std::size_t >( in.current() - text.data() );
      if( end <= from || end > text.size() ) {
         fail( "a match outside the input, or an empty one", from );
      }
      if( end < text.size() && ( static_cast< unsigned char >( text[ end ] ) & 0xC0U ) == 0x80U ) {
         fail( "a match that ends inside a code point", from );
      }
      quoth::date d;
      qi::read_date( text, from, end, d, words );
      if( ( d.month && ( *d.month < 1 || *d.month > 12 ) ) || ( d.day && ( *d.day < 1 || *d.day > 31 ) ) || ( d.weekday && ( *d.weekday < 1 || *d.weekday > 7 ) ) ) {
         fail( "a field out of range", from );
      }
      if( d.year && ( *d.year < 1000 || *d.year > 9999 ) ) {
         fail( "a year that is not four digits", from );
      }
      if( !d.part_of_day.empty() && ( d.part_of_day.data() < text.data() + from || d.part_of_day.data() + d.part_of_day.size() > text.data() + end ) ) {
         fail( "part_of_day outside the phrase", from );
      }
      if( d.relative != quoth::relative_day::none && quoth::to_string( d.relative ).empty() ) {
         fail( "a relative day with no name", from );
      }
   }
   return 0;
}
