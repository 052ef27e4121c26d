// SPDX-License-Identifier: MIT
#ifndef QUOTH_INTERNAL_WORD_LENGTHS_HPP
#define QUOTH_INTERNAL_WORD_LENGTHS_HPP

// Word lengths by offset within one sentence. The engine's prefilter reads every word of a
// sentence; the passes after it over the same sentence look the lengths up instead of reading
// the words again.

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>
#include <vector>

#include "config.hpp"
#include "text.hpp"

namespace quoth::internal
{
   class word_lengths
   {
   public:
      // Starts the sentence [begin, end) with no length known.
      void reset( const std::size_t begin, const std::size_t end )
      {
         m_begin = begin;
         m_size = end - begin;
         if( m_len.size() < m_size ) {
            m_len.resize( m_size );
         }
         std::memset( m_len.data(), 0xFF, m_size * sizeof( std::uint16_t ) ); // all unknown
      }

      // Sentences will have up to n bytes: room for them at once, not a growth for each
      // sentence longer than all before it.
      void reserve( const std::size_t n )
      {
         if( m_len.size() < n ) {
            m_len.resize( n );
         }
      }

      // Notes word_length( text.substr( 0, end ), i ) == n.
      void note( const std::size_t i, const std::size_t n ) noexcept
      {
         const std::size_t k = i - m_begin;
         if( k < m_size && n < unknown ) {
            m_len[ k ] = static_cast< std::uint16_t >( n );
         }
      }

      // word_length( s, i ), noted or read. s ends where the sentence ends, or where no word
      // of the sentence that starts before it runs on (its content end: only final
      // punctuation and spaces follow).
      [[nodiscard]] std::size_t length( const std::string_view s, const std::size_t i ) const noexcept
      {
         const std::size_t k = i - m_begin;
         if( k < m_size && m_len[ k ] != unknown ) {
            return m_len[ k ];
         }
         return word_length( s, i );
      }

      // word_length( s, i ) for an s that ends exactly where the sentence ends (the grammar's
      // input): noted or read. Any other s, or a sentence not noted, reads the word.
      QUOTH_ALWAYS_INLINE [[nodiscard]] std::size_t length_to_end( const std::string_view s, const std::size_t i ) const noexcept
      {
         const std::size_t k = i - m_begin;
         if( s.size() == m_begin + m_size && k < m_size && m_len[ k ] != unknown ) {
            return m_len[ k ];
         }
         return word_length( s, i );
      }

   private:
      static constexpr std::uint16_t unknown = 0xFFFF; // all bytes 0xFF: see reset()
      std::size_t m_begin = 0;
      std::size_t m_size = 0;             // bytes of the sentence
      std::vector< std::uint16_t > m_len; // at least m_size; the rest is stale
   };

} // namespace quoth::internal

#endif
