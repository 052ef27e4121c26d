// SPDX-License-Identifier: MIT
#ifndef QUOTH_INTERNAL_LANG_DETECT_HPP
#define QUOTH_INTERNAL_LANG_DETECT_HPP

// The language of a document, when options::language is automatic: Russian when more than
// half of its letters (Latin and Cyrillic, in the first 64 KiB) are Cyrillic.

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>

#include "../../options.hpp"
#include "../bytes16.hpp"

namespace quoth::internal
{
   [[nodiscard]] inline language detect_language( const std::string_view text, const language requested ) noexcept
   {
      if( requested != language::automatic ) {
         return requested;
      }
      const std::size_t limit = text.size() < 65536 ? text.size() : 65536;
      // The text is valid UTF-8 (the engine validates it first), so the letters can be counted
      // byte by byte, sixteen at a time: an ASCII letter is one byte, a Cyrillic letter (U+0400 to
      // U+04FF) has the lead byte D0 to D3, and continuation bytes are neither.
      constexpr std::uint64_t ones = 0x0101010101010101U;
      constexpr std::uint64_t high = 0x8080808080808080U;
      std::size_t latin = 0;
      std::size_t cyrillic = 0;
      std::size_t i = 0;
      // per byte of w: 1 for an ASCII letter (latin), 1 for a Cyrillic lead byte (cyrillic)
      const auto letters_of = [ & ]( const std::uint64_t w ) noexcept {
         // bit 7 of a byte of l + 0x1F is set from 'a' on, of l + 0x05 from '{' on (l < 0x80: no
         // byte carries into the next)
         const std::uint64_t l = ( w & ~high ) | ( 0x20 * ones );
         return ( ( l + 0x1F * ones ) & ~( l + 0x05 * ones ) & ~w & high ) >> 7U;
      };
      const auto leads_of = [ & ]( const std::uint64_t w ) noexcept {
         // the bytes of w & 0xFC.. that equal D0: zero bytes of y, found without carries
         const std::uint64_t y = ( w & ( 0xFC * ones ) ) ^ ( 0xD0 * ones );
         return ( ~( ( ( y & ~high ) + ~high ) | y ) & high ) >> 7U;
      };
#if defined( __GNUC__ )
      // sixty-four bytes a round where the compiler has vectors of bytes (SSE2, NEON): four
      // rows of sixteen are counted bytewise (at most 4 a byte), then summed at once
      const auto sum = [ & ]( const bytes16 counts ) noexcept {
         const auto l = reinterpret_cast< lanes2 >( counts );
         return static_cast< std::size_t >( ( ( l[ 0 ] + l[ 1 ] ) * ones ) >> 56U ); // at most 8 a byte
      };
      for( ; i + 64 <= limit; i += 64 ) {
         bytes16 letters{};
         bytes16 leads{};
         for( std::size_t k = 0; k < 64; k += 16 ) {
            bytes16 v;
            std::memcpy( &v, text.data() + i + k, 16 );
            letters -= reinterpret_cast< bytes16 >( static_cast< bytes16 >( ( v | 0x20 ) - static_cast< unsigned char >( 'a' ) ) < 26 ); // -1 a letter
            leads -= reinterpret_cast< bytes16 >( ( v & 0xFC ) == 0xD0 );
         }
         latin += sum( letters );
         cyrillic += sum( leads );
         const std::size_t r = limit - i - 64; // is the answer settled? (as below)
         if( latin >= cyrillic + ( r + 1 ) / 2 ) {
            return language::english;
         }
         if( cyrillic > latin + r ) {
            return language::russian;
         }
      }
#endif
      // sixteen bytes a round: the counts of its two words are added bytewise (at most 2 a
      // byte), then summed at once
      for( ; i + 16 <= limit; i += 16 ) {
         std::uint64_t w[ 2 ] = {};
         std::memcpy( w, text.data() + i, 16 );
         latin += static_cast< std::size_t >( ( ( letters_of( w[ 0 ] ) + letters_of( w[ 1 ] ) ) * ones ) >> 56U ); // the sum of eight bytes of 0 to 2
         cyrillic += static_cast< std::size_t >( ( ( leads_of( w[ 0 ] ) + leads_of( w[ 1 ] ) ) * ones ) >> 56U );
         if( ( i & 63U ) == 48U ) {               // every 64 bytes: is the answer settled? r bytes hold at most
            const std::size_t r = limit - i - 16; // r letters, and at most (r + 1) / 2 Cyrillic ones
            if( latin >= cyrillic + ( r + 1 ) / 2 ) {
               return language::english;
            }
            if( cyrillic > latin + r ) {
               return language::russian;
            }
         }
      }
      for( ; i < limit; ++i ) {
         const auto b = static_cast< unsigned char >( text[ i ] );
         latin += ( b < 0x80U && ( b | 0x20U ) >= 'a' && ( b | 0x20U ) <= 'z' ) ? 1U : 0U;
         cyrillic += ( b >= 0xD0U && b <= 0xD3U ) ? 1U : 0U;
      }
      return cyrillic > latin ? language::russian : language::english;
   }

} // namespace quoth::internal

#endif
