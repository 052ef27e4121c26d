// SPDX-License-Identifier: MIT
#ifndef QUOTH_INTERNAL_BYTES16_HPP
#define QUOTH_INTERNAL_BYTES16_HPP

// Scans sixteen bytes at a time where the compiler has vectors of bytes (GCC and Clang on a
// little-endian target: SSE2, NEON). Where it has none, QUOTH_BYTES16 is not defined and the
// callers scan eight bytes or one at a time. The vector types need only GCC or Clang.

#include <cstddef>
#include <cstdint>
#include <cstring>

#include "config.hpp"

#if defined( __GNUC__ ) && defined( __SSE2__ )
#include <emmintrin.h>
#endif

#if defined( __GNUC__ )
namespace quoth::internal
{
   // vectors of bytes (GCC and Clang)
   using bytes16 = unsigned char __attribute__( ( vector_size( 16 ) ) );
   using lanes2 = std::uint64_t __attribute__( ( vector_size( 16 ) ) );

} // namespace quoth::internal

#if defined( __BYTE_ORDER__ ) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
#define QUOTH_BYTES16 1

namespace quoth::internal
{
   // From p[i] on, sixteen bytes a round while sixteen are left before `end`: the offset of the
   // first byte whose lane `hit` sets (a test of the sixteen bytes that gives 0xFF in the lanes
   // it holds for, as `v == '.'` does), with found set; else the offset where the rounds stopped.
   template< typename Hit >
   QUOTH_ALWAYS_INLINE [[nodiscard]] inline std::size_t find16( const char* p, std::size_t i, const std::size_t end, const Hit hit, bool& found ) noexcept
   {
      while( i + 16 <= end ) {
         bytes16 v;
         std::memcpy( &v, p + i, 16 );
         const auto m = reinterpret_cast< lanes2 >( hit( v ) );
         if( m[ 0 ] != 0 ) {
            found = true;
            return i + static_cast< std::size_t >( __builtin_ctzll( m[ 0 ] ) ) / 8;
         }
         if( m[ 1 ] != 0 ) {
            found = true;
            return i + 8 + static_cast< std::size_t >( __builtin_ctzll( m[ 1 ] ) ) / 8;
         }
         i += 16;
      }
      found = false;
      return i;
   }

   // Bit k: the high bit of lane k of v (of a test's lanes, 0xFF or 0: whether it holds there).
   QUOTH_ALWAYS_INLINE [[nodiscard]] inline unsigned high_bits16( const bytes16 v ) noexcept
   {
#if defined( __SSE2__ )
      return static_cast< unsigned >( _mm_movemask_epi8( reinterpret_cast< __m128i >( v ) ) );
#else
      // the high bit of each byte of a lane gathered into its top byte by one product
      const auto m = reinterpret_cast< lanes2 >( v );
      const auto gather = []( const std::uint64_t x ) noexcept { return static_cast< unsigned >( ( ( x & 0x8080808080808080U ) * 0x0002040810204081U ) >> 56U ); };
      return gather( m[ 0 ] ) | ( gather( m[ 1 ] ) << 8U );
#endif
   }

} // namespace quoth::internal

#endif
#endif

#endif
