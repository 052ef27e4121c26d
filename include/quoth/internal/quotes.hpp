// SPDX-License-Identifier: MIT
#ifndef QUOTH_INTERNAL_QUOTES_HPP
#define QUOTH_INTERNAL_QUOTES_HPP

// Quote pairing: one linear scan per block with an explicit stack (no recursion).
// Directional marks pair by direction; straight marks by what surrounds them; apostrophes
// (don't, O'Neil, the '90s, the workers' union) are not marks. An unclosed quotation ends at
// its block, unless the next block reopens it with the same mark (a multi-paragraph quote).

#include <array>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>
#include <vector>

#include "blocks.hpp"
#include "bytes16.hpp"
#include "text.hpp"

namespace quoth::internal
{
   enum class mark_family : unsigned char
   {
      double_curly, // “ ” „
      single_curly, // ‘ ’ ‚
      guillemet,    // « »
      straight_double,
      straight_single,
      corner,      // 「 」
      white_corner // 『 』
   };

   struct raw_quote
   {
      std::size_t open = 0;          // offset of the opening mark
      std::size_t content_begin = 0; // after the opening mark
      std::size_t content_end = 0;   // before the closing mark (or the end of the block)
      std::size_t close_end = 0;     // after the closing mark (== content_end when unclosed)
      std::size_t depth = 0;
      bool closed = false;
      mark_family family = mark_family::double_curly;
      std::vector< std::size_t > breaks; // for multi-paragraph quotes: pairs (part end, next part begin)
   };

   namespace detail
   {
      // Per byte: true for the bytes a quote mark may start with (" ' ` and the lead bytes of
      // « » and of the curly and CJK marks).
      struct quote_lead_table
      {
         bool is[ 256 ];

         constexpr quote_lead_table() noexcept
           : is{}
         {
            for( const unsigned c : { unsigned( '"' ), unsigned( '\'' ), unsigned( '`' ), 0xC2U, 0xE2U, 0xE3U } ) {
               is[ c ] = true;
            }
         }
      };

      inline constexpr quote_lead_table quote_lead{};

      // Might one of the eight bytes at p start a quote mark: " ' ` or a byte >= 0x80?
      [[nodiscard]] inline bool may_start_quote( const char* const p ) noexcept
      {
         std::uint64_t w = 0;
         std::memcpy( &w, p, 8 );
         constexpr std::uint64_t ones = 0x0101010101010101U;
         constexpr std::uint64_t high = ones << 7U;
         const auto has_zero = [ & ]( const std::uint64_t v ) noexcept { return ( ( v - ones ) & ~v & high ) != 0; };
         return ( w & high ) != 0 || has_zero( w ^ ( ones * 0x22U ) ) || has_zero( w ^ ( ones * 0x27U ) ) || has_zero( w ^ ( ones * 0x60U ) );
      }

      // Where the first byte of s[i, end) that may start a quote mark (quote_lead) is; end when
      // there is none. Sixteen bytes at a time where the compiler has vectors of bytes (SSE2,
      // NEON), the byte found by its lane; then eight at a time while ASCII, then byte by byte.
      [[nodiscard]] inline std::size_t next_quote_lead( const std::string_view s, std::size_t i, const std::size_t end ) noexcept
      {
#if defined( QUOTH_BYTES16 )
         bool found = false;
         i = find16(
           s.data(), i, end, []( const bytes16 v ) { return ( v == '"' ) | ( v == '\'' ) | ( v == '`' ) | ( v == 0xC2 ) | ( v == 0xE2 ) | ( v == 0xE3 ); }, found );
         if( found ) {
            return i;
         }
#endif
         while( i + 8 <= end && !may_start_quote( s.data() + i ) ) {
            i += 8;
         }
         while( i < end && !quote_lead.is[ static_cast< unsigned char >( s[ i ] ) ] ) {
            ++i;
         }
         return i;
      }

      struct open_mark
      {
         std::size_t quote; // index in out
         mark_family family;
         char32_t mark;
      };

      [[nodiscard]] inline bool opening_context( const char32_t before ) noexcept
      {
         return before == 0 || is_space( before ) || before == '(' || before == '[' || before == '{' || is_dash( before ) || before == '/' || before == ':' || is_quote_mark( before );
      }

   } // namespace detail

   class quote_pairer
   {
   public:
      // Pairs the marks of all blocks of s; out is cleared first. Ordered by opening offset.
      void run( const std::string_view s, const std::vector< block >& blocks, std::vector< raw_quote >& out )
      {
         out.clear();
         m_stack.clear();
         m_stack.reserve( 8 ); // quotations seldom nest deeper
         m_open_count = {};
         m_compacted = 0;
         for( std::size_t bi = 0; bi < blocks.size(); ++bi ) {
            const block& b = blocks[ bi ];
            std::size_t i = b.begin;
            if( !m_stack.empty() ) {
               // a continued multi-paragraph quote: skip the reopening mark
               const std::size_t len = code_point_length( s, i );
               raw_quote& q = out[ m_stack.front().quote ];
               q.breaks.push_back( q.content_end );
               q.breaks.push_back( i + len );
               i += len;
            }
            scan( s, b, i, out );
            finish_block( s, blocks, bi, out );
         }
      }

   private:
      std::vector< detail::open_mark > m_stack;
      std::array< std::size_t, 7 > m_open_count{}; // per mark_family: how many are on m_stack
      std::size_t m_compacted = 0;                 // out[ 0, m_compacted ) holds no quotation marked for removal
      std::vector< std::size_t > m_ends;           // compact(): content ends of the enclosing quotations

      void push( const detail::open_mark& m )
      {
         m_stack.push_back( m );
         ++m_open_count[ static_cast< std::size_t >( m.family ) ];
      }

      void pop()
      {
         --m_open_count[ static_cast< std::size_t >( m_stack.back().family ) ];
         m_stack.pop_back();
      }

      void open( const std::size_t at, const std::size_t len, const mark_family f, const char32_t m, std::vector< raw_quote >& out )
      {
         raw_quote q;
         q.open = at;
         q.content_begin = at + len;
         q.depth = m_stack.size();
         q.family = f;
         push( { out.size(), f, m } );
         out.push_back( std::move( q ) );
      }

      // Closes the innermost open quotation of one of the families; false when none is open.
      bool close( const std::size_t at, const std::size_t len, const mark_family f1, const mark_family f2, std::vector< raw_quote >& out )
      {
         if( !has_open( f1 ) && !has_open( f2 ) ) {
            return false; // else a closing mark would scan a stack of other marks in vain
         }
         for( std::size_t k = m_stack.size(); k > 0; --k ) {
            const auto& m = m_stack[ k - 1 ];
            if( m.family == f1 || m.family == f2 ) {
               while( m_stack.size() > k ) { // inner quotes left open end here, unclosed
                  drop_or_end( at, out );
               }
               raw_quote& q = out[ m_stack.back().quote ];
               q.content_end = at;
               q.close_end = at + len;
               q.closed = true;
               pop();
               return true;
            }
         }
         return false;
      }

      // An inner quotation that never closed: single quotes are dropped (they were apostrophes),
      // others end unclosed at `at`.
      void drop_or_end( const std::size_t at, std::vector< raw_quote >& out )
      {
         const detail::open_mark m = m_stack.back();
         pop();
         if( m.family == mark_family::single_curly || m.family == mark_family::straight_single || m.family == mark_family::straight_double ) {
            out[ m.quote ].content_end = out[ m.quote ].content_begin; // marked for removal
            out[ m.quote ].close_end = static_cast< std::size_t >( -1 );
            return;
         }
         out[ m.quote ].content_end = at;
         out[ m.quote ].close_end = at;
      }

      [[nodiscard]] bool has_open( const mark_family f ) const noexcept
      {
         return m_open_count[ static_cast< std::size_t >( f ) ] != 0;
      }

      // Does the opening mark c at i (lb bytes of space before it) start a new paragraph of the
      // one open quotation, whose mark is the same, on the same line: "A. "B."? A quotation
      // seldom holds one of its own marks (an inner one takes the other kind: "A 'B' C"), and a
      // quotation of several paragraphs reopens each with its mark and closes only the last;
      // text whose line breaks were lost keeps the reopening after a sentence's end, before a
      // capital or a digit.
      [[nodiscard]] bool reopens( const std::string_view s, const block& b, const std::size_t i, const std::size_t lb, const char32_t c, const char32_t after ) const noexcept
      {
         if( m_stack.size() != 1 || m_stack.back().mark != c || lb == 0 || i - lb <= b.begin || !( ( after >= 'A' && after <= 'Z' ) || is_digit( after ) || ( after >= 0x80 && is_word_char( after ) ) ) ) {
            return false;
         }
         std::size_t len = 0;
         if( !is_space( decode_before( s, i, len ) ) ) {
            return false;
         }
         const char32_t end = decode_before( s, i - len, len );
         return end == '.' || end == '?' || end == '!' || end == 0x2026;
      }

      // The open quotation goes on after a break: its part ends at `end`, the next begins at `next`.
      void go_on( const std::size_t end, const std::size_t next, std::vector< raw_quote >& out )
      {
         raw_quote& q = out[ m_stack.back().quote ];
         q.breaks.push_back( end );
         q.breaks.push_back( next );
      }

      void scan( const std::string_view s, const block& b, std::size_t i, std::vector< raw_quote >& out )
      {
         std::size_t len = 0;
         while( i < b.end ) {
            // fast path: skip the bytes that start no quote mark
            i = detail::next_quote_lead( s, i, b.end );
            if( i == b.end ) {
               break;
            }
            char32_t c = decode( s, i, len );
            // ASCII typography: '' and `` stand for a double quote mark (''Yes,'' he said)
            // (''' after an open ' closes the single quote first: ''He said 'no,''' she said)
            if( ( c == '\'' || c == '`' ) && i + 1 < b.end && s[ i + 1 ] == s[ i ] && !( c == '\'' && i + 2 < b.end && s[ i + 2 ] == '\'' && has_open( mark_family::straight_single ) ) ) {
               len = 2;
               if( c == '`' ) {
                  open( i, len, mark_family::straight_double, '"', out );
                  i += len;
                  continue;
               }
               c = '"';
            }
            if( !is_quote_mark( c ) ) {
               i += len;
               continue;
            }
            std::size_t lb = 0;
            const char32_t before = ( i > b.begin ) ? decode_before( s, i, lb ) : char32_t( 0 );
            std::size_t la = 0;
            const char32_t after = ( i + len < b.end ) ? decode( s, i + len, la ) : char32_t( 0 );
            const bool word_before = before != 0 && is_word_char( before );
            const bool word_after = after != 0 && is_word_char( after );
            const bool opening = detail::opening_context( before ) && after != 0 && !is_space( after );
            switch( c ) {
               case 0x201C: // “ closes „ (German style), else opens
                  if( !m_stack.empty() && ( m_stack.back().mark == 0x201E || ( m_stack.back().family == mark_family::double_curly && ( word_before || before == ',' || before == '.' || before == '?' || before == '!' ) && ( after == 0 || is_space( after ) ) ) ) ) {
                     // after „, or a “ typed for ” ("“Not yet,“ he said"): a “ before a space
                     // opens nothing
                     close( i, len, mark_family::double_curly, mark_family::double_curly, out );
                  }
                  else if( !reopens( s, b, i, lb, c, after ) ) {
                     open( i, len, mark_family::double_curly, c, out );
                  }
                  else {
                     go_on( i - lb, i + len, out );
                  }
                  break;
               case 0x201E: // „
                  open( i, len, mark_family::double_curly, c, out );
                  break;
               case 0x201D: // ” (also closes a straight " in mixed typography: "Yes,” he said)
                  if( !close( i, len, mark_family::double_curly, mark_family::straight_double, out ) && opening && !word_before ) {
                     open( i, len, mark_family::double_curly, c, out ); // ”…” (Swedish/Finnish)
                  }
                  break;
               case 0xAB: // «
                  open( i, len, mark_family::guillemet, c, out );
                  break;
               case 0xBB: // »
                  close( i, len, mark_family::guillemet, mark_family::guillemet, out );
                  break;
               case 0x201A: // ‚
                  open( i, len, mark_family::single_curly, c, out );
                  break;
               case 0x2018: // ‘
                  if( !m_stack.empty() && m_stack.back().mark == 0x201A ) {
                     close( i, len, mark_family::single_curly, mark_family::single_curly, out );
                  }
                  else if( !is_digit( after ) && opening && !word_before ) {
                     open( i, len, mark_family::single_curly, c, out );
                  }
                  break;
               case 0x2019: // ’ apostrophe unless it closes an open single quote
                  if( word_before && word_after ) {
                     break;
                  }
                  if( has_open( mark_family::single_curly ) && before != 0 && !is_space( before ) && !word_after ) {
                     close( i, len, mark_family::single_curly, mark_family::single_curly, out );
                  }
                  break;
               case '"':
                  if( has_open( mark_family::straight_double ) && ( !opening || ( m_stack.back().family == mark_family::straight_double ) ) && before != 0 && !is_space( before ) ) {
                     close( i, len, mark_family::straight_double, mark_family::straight_double, out );
                  }
                  else if( opening && reopens( s, b, i, lb, c, after ) ) {
                     go_on( i - lb, i + len, out );
                  }
                  else if( opening ) {
                     open( i, len, mark_family::straight_double, c, out );
                  }
                  else if( has_open( mark_family::straight_double ) || has_open( mark_family::double_curly ) ) {
                     close( i, len, mark_family::straight_double, mark_family::double_curly, out ); // “Yes," he said
                  }
                  break;
               case '\'':
                  if( ( word_before && word_after ) || is_digit( after ) ) {
                     break;
                  }
                  if( has_open( mark_family::straight_single ) && before != 0 && !is_space( before ) && !word_after ) {
                     close( i, len, mark_family::straight_single, mark_family::straight_single, out );
                  }
                  else if( opening && !word_before && word_after ) {
                     open( i, len, mark_family::straight_single, c, out );
                  }
                  break;
               case 0x300C:
                  open( i, len, mark_family::corner, c, out );
                  break;
               case 0x300D:
                  close( i, len, mark_family::corner, mark_family::corner, out );
                  break;
               case 0x300E:
                  open( i, len, mark_family::white_corner, c, out );
                  break;
               case 0x300F:
                  close( i, len, mark_family::white_corner, mark_family::white_corner, out );
                  break;
               default:
                  break;
            }
            i += len;
         }
      }

      // Does a transcript turn start at i: a speaker's name in capitals and a colon ("RAMOS:",
      // "MR. LIND:")? A transcript quoted paragraph by paragraph opens each turn with a mark of
      // its own: a quotation of each turn, not one across them.
      [[nodiscard]] static bool opens_turn( const std::string_view s, const std::size_t i, const std::size_t end ) noexcept
      {
         std::size_t k = i;
         while( k < end && k < i + 30 && ( ( s[ k ] >= 'A' && s[ k ] <= 'Z' ) || s[ k ] == ' ' || s[ k ] == '.' || s[ k ] == '-' || s[ k ] == '\'' ) ) {
            ++k;
         }
         return k >= i + 2 && k < end && s[ k ] == ':' && s[ i ] >= 'A' && s[ i ] <= 'Z' && s[ i + 1 ] >= 'A' && s[ i + 1 ] <= 'Z';
      }

      void finish_block( const std::string_view s, const std::vector< block >& blocks, const std::size_t bi, std::vector< raw_quote >& out )
      {
         const block& b = blocks[ bi ];
         // inner marks left open end here (single ones are dropped)
         while( m_stack.size() > 1 ) {
            drop_or_end( b.end, out );
         }
         if( m_stack.empty() ) {
            compact( out );
            return;
         }
         const detail::open_mark m = m_stack.back();
         raw_quote& q = out[ m.quote ];
         q.content_end = b.end;
         q.close_end = b.end;
         // does the next block reopen it with the same mark?
         if( bi + 1 < blocks.size() && m.family != mark_family::straight_single && m.family != mark_family::single_curly ) {
            std::size_t len = 0;
            const char32_t first = decode( s, blocks[ bi + 1 ].begin, len );
            if( first == m.mark && !opens_turn( s, blocks[ bi + 1 ].begin + len, blocks[ bi + 1 ].end ) ) {
               return; // stays open
            }
         }
         pop();
         if( m.family == mark_family::straight_single || m.family == mark_family::single_curly ) {
            q.close_end = static_cast< std::size_t >( -1 );
         }
         compact( out );
      }

      // Removes quotations marked for removal (stray single marks).
      void compact( std::vector< raw_quote >& out )
      {
         if( !m_stack.empty() ) {
            return;
         }
         // only what was added since the last compaction: the quotations before are final
         std::size_t w = m_compacted;
         for( std::size_t r = m_compacted; r < out.size(); ++r ) {
            if( out[ r ].close_end != static_cast< std::size_t >( -1 ) ) {
               if( w != r ) {
                  out[ w ] = std::move( out[ r ] );
               }
               ++w;
            }
         }
         if( w != out.size() ) {
            out.resize( w );
            // a removed mark counted in the depth of the quotations opened inside it
            m_ends.clear();
            for( std::size_t r = m_compacted; r < w; ++r ) {
               while( !m_ends.empty() && m_ends.back() <= out[ r ].open ) {
                  m_ends.pop_back();
               }
               out[ r ].depth = m_ends.size();
               m_ends.push_back( out[ r ].content_end );
            }
         }
         m_compacted = w;
      }
   };

} // namespace quoth::internal

#endif
