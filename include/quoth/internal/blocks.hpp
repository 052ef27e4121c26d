// SPDX-License-Identifier: MIT
#ifndef QUOTH_INTERNAL_BLOCKS_HPP
#define QUOTH_INTERNAL_BLOCKS_HPP

// Paragraphs: the text split at line breaks that end a paragraph. A line break inside a
// sentence does not split: one that was hard-wrapped (the next line goes on in lower case),
// one before punctuation that only goes on a sentence (", что ...", "."), and the two around
// a short line cut out of a sentence, as text copied from a web page keeps the words of a
// link on a line of their own ("Как сообщает\n«Газета.ру»\n, данную ...").

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

   // Punctuation that goes on a sentence and starts no paragraph: , . ; : ) ] » ” (not an
   // ellipsis: "...and then")
   [[nodiscard]] constexpr bool goes_on( const char32_t c ) noexcept
   {
      return c == ',' || c == '.' || c == ';' || c == ':' || c == ')' || c == ']' || c == 0xBB || c == 0x201D;
   }

   // A character that a line broken off inside a sentence goes on with: a lower-case letter
   // or goes_on() punctuation.
   [[nodiscard]] inline bool continues( const char32_t c ) noexcept
   {
      return goes_on( c ) || ( is_word_char( c ) && !is_upper( c ) && !is_digit( c ) );
   }

   // The first character of the line after the one that ends at eol (0 when there is none or
   // it is blank).
   [[nodiscard]] inline char32_t first_of_next_line( const std::string_view s, std::size_t eol ) noexcept
   {
      if( eol < s.size() && s[ eol ] == '\r' ) {
         ++eol;
      }
      if( eol < s.size() && s[ eol ] == '\n' ) {
         ++eol;
      }
      std::size_t len = 0;
      while( eol < s.size() && s[ eol ] != '\n' && s[ eol ] != '\r' ) {
         const char32_t c = decode( s, eol, len );
         if( !is_space( c ) ) {
            return c;
         }
         eol += len;
      }
      return 0;
   }

   // Is the line [b, e) short enough to be words cut out of a sentence (an outlet, a name): at
   // most 80 bytes and six spaces?
   [[nodiscard]] inline bool short_line( const std::string_view s, const std::size_t b, const std::size_t e ) noexcept
   {
      if( e - b > 80 ) {
         return false;
      }
      std::size_t spaces = 0;
      for( std::size_t k = b; k < e; ++k ) {
         spaces += s[ k ] == ' ' ? 1U : 0U;
      }
      return spaces <= 6;
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
            std::size_t last_len = 0;
            const char32_t last = decode_before( s, cur.end, last_len );
            // the line goes on in lower case or with punctuation; or it is a short line after
            // one that stops on a word in lower case or an opening quote mark, and the line
            // after it goes on ("сообщает агентство\nКиодо\n.")
            const bool wrapped = ( goes_on( first ) && !has_at( s, b, ".." ) ) || ( !ends_sentence_like( s, cur.end ) && ( ( is_word_char( first ) && !is_upper( first ) && !is_digit( first ) ) || ( ( ( is_word_char( last ) && !is_upper( last ) && !is_digit( last ) ) || last == 0xAB || last == 0x201E || last == 0x201C ) && short_line( s, b, e ) && continues( first_of_next_line( s, eol ) ) ) ) );
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
