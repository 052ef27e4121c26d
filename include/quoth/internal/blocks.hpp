// SPDX-License-Identifier: MIT
#ifndef QUOTH_INTERNAL_BLOCKS_HPP
#define QUOTH_INTERNAL_BLOCKS_HPP

// Paragraphs: the text split at line breaks that end a paragraph. A line break inside a
// sentence that was hard-wrapped (the next line goes on in lower case) does not split.

#include <cstddef>
#include <cstring>
#include <string_view>
#include <vector>

#include "text.hpp"

namespace quoth::internal
{
   struct block
   {
      std::size_t begin = 0; // first non-space byte
      std::size_t end = 0;   // after the last non-space byte
      bool single_line = true;
      bool blank_before = true; // a blank line (or the start of the text) precedes it
      bool blank_after = true;  // a blank line (or the end of the text) follows it
   };

   [[nodiscard]] inline bool ends_sentence_like( const std::string_view s, const std::size_t end ) noexcept
   {
      std::size_t len = 0;
      const char32_t c = decode_before( s, end, len );
      return c == '.' || c == '!' || c == '?' || c == 0x2026 || c == ':' || c == ';' || c == '"' || c == 0x201D || c == 0xBB || c == 0x2019 || c == '\'' || c == ')';
   }

   // Splits text into blocks; out is cleared first (callers reuse it).
   inline void split_blocks( const std::string_view s, std::vector< block >& out )
   {
      out.clear();
      std::size_t i = 0;
      const std::size_t n = s.size();
      bool blank = true; // a blank line precedes the next block
      block cur;
      bool open = false;
      while( i < n ) {
         // one line: [i, eol)
         // the first '\n' or '\r' from i: memchr for '\n', then for '\r' before it
         const void* lf = std::memchr( s.data() + i, '\n', n - i );
         std::size_t eol = ( lf != nullptr ) ? static_cast< std::size_t >( static_cast< const char* >( lf ) - s.data() ) : n;
         if( const void* cr = std::memchr( s.data() + i, '\r', eol - i ); cr != nullptr ) {
            eol = static_cast< std::size_t >( static_cast< const char* >( cr ) - s.data() );
         }
         std::size_t next = eol;
         if( next < n && s[ next ] == '\r' ) {
            ++next;
         }
         if( next < n && s[ next ] == '\n' && ( next == eol || s[ eol ] == '\r' ) ) {
            ++next;
         }
         // trim the line
         std::size_t b = i;
         std::size_t e = eol;
         std::size_t len = 0;
         while( b < e && is_space( decode( s, b, len ) ) ) {
            b += len;
         }
         while( e > b && is_space( decode_before( s, e, len ) ) ) {
            e -= len;
         }
         if( b == e ) {
            if( open ) {
               cur.blank_after = true;
               out.push_back( cur );
               open = false;
            }
            blank = true;
         }
         else if( open ) {
            const char32_t first = decode( s, b, len );
            const bool wrapped = !ends_sentence_like( s, cur.end ) && is_word_char( first ) && !is_upper( first ) && !is_digit( first );
            if( wrapped ) {
               cur.end = e;
               cur.single_line = false;
            }
            else {
               cur.blank_after = false;
               out.push_back( cur );
               cur = block{ b, e, true, false, true };
            }
         }
         else {
            cur = block{ b, e, true, blank, true };
            open = true;
            blank = false;
         }
         i = next;
      }
      if( open ) {
         out.push_back( cur );
      }
   }

} // namespace quoth::internal

#endif
