// SPDX-License-Identifier: MIT
#ifndef QUOTH_INTERNAL_SENTENCES_HPP
#define QUOTH_INTERNAL_SENTENCES_HPP

// Sentence boundaries inside a block: at . ! ? … outside quotations, not after abbreviations
// (Mr., Gen., U.S., Jan.), initials or inside numbers; after a quotation that ends with a full
// stop when a capitalised word or a new quotation follows.

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>
#include <vector>

#include "blocks.hpp"
#include "bytes16.hpp"
#include "lexicon.hpp"
#include "quotes.hpp"
#include "text.hpp"

namespace quoth::internal
{
   struct sentence
   {
      std::size_t begin = 0;
      std::size_t end = 0; // after the terminal punctuation (or the block end)
      std::size_t block = 0;
      bool starts_block = false;
      bool ends_block = false;
   };

   // The word that ends at `dot` (letters and inner periods: "U.S", "Sen", "p.m").
   [[nodiscard]] inline std::string_view word_before_dot( const std::string_view s, const std::size_t from, const std::size_t dot ) noexcept
   {
      std::size_t b = dot;
      while( b > from ) {
         const auto c = static_cast< unsigned char >( s[ b - 1 ] );
         if( ( c >= 'a' && c <= 'z' ) || ( c >= 'A' && c <= 'Z' ) || c == '.' ) {
            --b;
         }
         else {
            break;
         }
      }
      return sub( s, b, dot - b );
   }

   // Is the word that ends at `dot` an abbreviation or an initial?
   [[nodiscard]] inline bool abbreviation_before( const std::string_view s, const std::size_t from, const std::size_t dot ) noexcept
   {
      const std::string_view w = word_before_dot( s, from, dot );
      if( w.empty() ) {
         return false;
      }
      if( w.size() == 1 ) {
         return ( w[ 0 ] >= 'A' && w[ 0 ] <= 'Z' ) || w[ 0 ] == 'v'; // an initial: "J. R. Smith"; "Roe v. Wade"
      }
      if( initials( w ) ) {
         return true; // "A.J. Brook", "George H.W. Bush"
      }
      if( w.size() > 16 || !lexicon::sorted_abbreviations.may_contain( w.size(), ascii_lowered.to[ static_cast< unsigned char >( w.empty() ? '\0' : w[ 0 ] ) ] ) ) {
         return false;
      }
      return lexicon::contains_folded( lexicon::sorted_abbreviations, w );
   }

   // "No." abbreviates "number" only before one ("No. 1", "No.2"): "the senator said no. But he"
   // ends a sentence.
   [[nodiscard]] inline bool bare_number_sign( const std::string_view s, const std::size_t from, const std::size_t dot, const std::size_t next, const std::size_t end ) noexcept
   {
      const std::string_view w = word_before_dot( s, from, dot );
      return w.size() == 2 && ( w[ 0 ] | 0x20 ) == 'n' && ( w[ 1 ] | 0x20 ) == 'o' && ( next >= end || s[ next ] < '0' || s[ next ] > '9' );
   }

   // "N.J", "D.C": a state or district written as initials, which ends a sentence after its town
   // ("in Lodi, N.J. Ada Lind said").
   [[nodiscard]] inline bool is_state_initials( const std::string_view w ) noexcept
   {
      const char pair[ 2 ] = { w[ 0 ], w[ 2 ] };
      return std::string_view( "DC NC ND NH NJ NM NY RI SC SD" ).find( std::string_view( pair, 2 ) ) != std::string_view::npos;
   }

   // Does the abbreviation that ends at `dot` end the sentence too: "at 7 p.m. He said", "in the
   // U.S. But" (an abbreviation that may end one, then a capitalised word that starts one)?
   [[nodiscard]] inline bool final_abbreviation_before( const std::string_view s, const std::size_t from, const std::size_t dot, const std::size_t next, const std::size_t end ) noexcept
   {
      if( next >= end || s[ next ] < 'A' || s[ next ] > 'Z' ) {
         return false;
      }
      const std::string_view w = word_before_dot( s, from, dot );
      if( w.size() == 3 && initials( w ) && is_state_initials( w ) && dot - w.size() >= from + 2 && s[ dot - w.size() - 1 ] == ' ' && s[ dot - w.size() - 2 ] == ',' ) {
         return true; // after its town, before any capital
      }
      std::size_t k = next + 1;
      while( k < end && s[ k ] >= 'a' && s[ k ] <= 'z' ) {
         ++k;
      }
      if( k < end && ( ( s[ k ] >= 'A' && s[ k ] <= 'Z' ) || s[ k ] == '.' || s[ k ] == '-' || s[ k ] == '\'' ) ) {
         return false; // "U.S. A.I.", "Co. KG"
      }
      return ( initials( w ) || lexicon::contains_folded( lexicon::sorted_final_abbreviations, w ) ) && lexicon::contains_folded( lexicon::sorted_sentence_openers, s.substr( next, k - next ) );
   }

   // Does any of the eight bytes at p end a sentence (. ! ?) or start one (0xE2, of …)?
   [[nodiscard]] inline bool may_end_sentence( const char* const p ) noexcept
   {
      std::uint64_t w = 0;
      std::memcpy( &w, p, 8 );
      constexpr std::uint64_t ones = 0x0101010101010101U;
      const auto has_zero = [ & ]( const std::uint64_t v ) noexcept { return ( ( v - ones ) & ~v & ( ones << 7U ) ) != 0; };
      return has_zero( w ^ ( ones * 0x2EU ) ) || has_zero( w ^ ( ones * 0x21U ) ) || has_zero( w ^ ( ones * 0x3FU ) ) || has_zero( w ^ ( ones * 0xE2U ) );
   }

   // Where the first byte of s[i, stop) that may end a sentence (. ! ?) or start one (0xE2)
   // is; stop when there is none. Sixteen bytes at a time where the compiler has vectors of
   // bytes (SSE2, NEON), the byte found by its lane; then eight at a time, then byte by byte.
   [[nodiscard]] inline std::size_t next_sentence_byte( const std::string_view s, std::size_t i, const std::size_t stop ) noexcept
   {
#if defined( QUOTH_BYTES16 )
      bool found = false;
      i = find16(
        s.data(), i, stop, []( const bytes16 v ) { return ( v == '.' ) | ( v == '!' ) | ( v == '?' ) | ( v == 0xE2 ); }, found );
      if( found ) {
         return i;
      }
#endif
      while( i + 8 <= stop && !may_end_sentence( s.data() + i ) ) {
         i += 8;
      }
      while( i < stop && s[ i ] != '.' && s[ i ] != '!' && s[ i ] != '?' && static_cast< unsigned char >( s[ i ] ) != 0xE2 ) {
         ++i;
      }
      return i;
   }

   // Does a colon or a comma come before the quotation that opens at `open` (spaces aside)?
   [[nodiscard]] inline bool introduced( const std::string_view s, const block& b, std::size_t open ) noexcept
   {
      while( open > b.begin && s[ open - 1 ] == ' ' ) {
         --open;
      }
      return open > b.begin && ( s[ open - 1 ] == ':' || s[ open - 1 ] == ',' );
   }

   // Appends the sentences of block b to out. quotes are the top-level quotations, sorted;
   // qi is the index of the first one that may lie in this block (advanced past it).
   inline void split_sentences( const std::string_view s, const block& b, const std::size_t block_index, const std::vector< const raw_quote* >& quotes, std::size_t& qi, std::vector< sentence >& out )
   {
      std::size_t start = b.begin;
      std::size_t i = b.begin;
      std::size_t len = 0;
      const auto skip_space = [ & ]( std::size_t k ) {
         while( k < b.end && is_space( decode( s, k, len ) ) ) {
            k += len;
         }
         return k;
      };
      // A sentence in parentheses, "(Lind has denied it.)", is read without them: the opening
      // one when no closing one follows it inside the sentence, the closing one after the full
      // stop when no opening one comes before it ("(He said so.)" in one sentence, or the first
      // and last of "(A. B.)").
      const auto add = [ & ]( std::size_t from, std::size_t to, const bool last ) {
         const std::size_t first = from;
         if( s[ from ] == '(' && std::memchr( s.data() + from, ')', to - from - ( s[ to - 1 ] == ')' ? 1 : 0 ) ) == nullptr ) {
            ++from;
         }
         if( to - from > 1 && s[ to - 1 ] == ')' && ( s[ to - 2 ] == '.' || s[ to - 2 ] == '!' || s[ to - 2 ] == '?' ) && std::memchr( s.data() + from, '(', to - from ) == nullptr ) {
            --to;
         }
         if( to > from ) {
            out.push_back( { from, to, block_index, first == b.begin, last } );
         }
      };
      const auto push = [ & ]( const std::size_t e, const std::size_t next ) {
         if( e > start ) {
            add( start, e, false );
         }
         start = next;
      };
      while( qi < quotes.size() && quotes[ qi ]->open < b.begin ) {
         ++qi;
      }
      while( i < b.end ) {
         // skip to the next byte that may end a sentence (. ! ? or the first byte of …) or open the next quotation
         const std::size_t stop = ( qi < quotes.size() && quotes[ qi ]->open >= i && quotes[ qi ]->open < b.end ) ? quotes[ qi ]->open : b.end;
         i = next_sentence_byte( s, i, stop );
         if( i == b.end ) {
            break;
         }
         if( qi < quotes.size() && quotes[ qi ]->open == i ) {
            const raw_quote& q = *quotes[ qi++ ];
            i = q.close_end > i ? q.close_end : i + 1;
            if( i > b.end ) {
               i = b.end;
            }
            // a quotation ending in a full stop, followed by a capital or a new quote, ends the
            // sentence; so does one ending in a question or exclamation mark after a colon or a
            // comma ("Lind asked: “Why?” The board ..."), which leaves no room for a speaker
            // after it ("“Why?” Lind asked" goes on)
            if( q.closed && q.content_end > q.content_begin ) {
               const char32_t last = decode_before( s, q.content_end, len );
               if( last == '.' || last == 0x2026 || ( ( last == '?' || last == '!' ) && introduced( s, b, q.open ) ) ) {
                  const std::size_t n = skip_space( i );
                  if( n > i && n < b.end ) {
                     const char32_t f = decode( s, n, len );
                     if( is_upper( f ) || is_quote_mark( f ) ) {
                        push( i, n );
                     }
                  }
               }
            }
            continue;
         }
         const auto c = static_cast< unsigned char >( s[ i ] );
         bool terminal = c == '.' || c == '!' || c == '?';
         std::size_t tl = 1;
         if( !terminal && c == 0xE2 ) {
            terminal = decode( s, i, tl ) == 0x2026;
         }
         if( !terminal ) {
            ++i;
            continue;
         }
         std::size_t e = i + tl;
         while( e < b.end && ( s[ e ] == '.' || s[ e ] == '!' || s[ e ] == '?' || s[ e ] == ')' ) ) {
            ++e;
         }
         const std::size_t n = skip_space( e );
         if( n == e && n < b.end ) {
            i = e; // "3.5", "U.S.-led": no space, no boundary
            continue;
         }
         if( n >= b.end ) {
            break;
         }
         if( c == '.' && tl == 1 && abbreviation_before( s, start, i ) && !final_abbreviation_before( s, start, i, n, b.end ) && !bare_number_sign( s, start, i, n, b.end ) ) {
            i = e;
            continue;
         }
         const char32_t f = decode( s, n, len );
         if( is_upper( f ) || is_quote_mark( f ) || is_digit( f ) || is_dash( f ) || f == '(' || !is_word_char( f ) || ( f >= 0x4E00 ) ) {
            push( e, n );
         }
         i = e;
      }
      if( b.end > start ) {
         add( start, b.end, true );
      }
      else if( !out.empty() ) {
         out.back().ends_block = true;
      }
   }

} // namespace quoth::internal

#endif
