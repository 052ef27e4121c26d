// SPDX-License-Identifier: MIT
#ifndef QUOTH_INTERNAL_WORD_LENGTHS_HPP
#define QUOTH_INTERNAL_WORD_LENGTHS_HPP

// Word lengths by offset within one sentence. The engine's prefilter reads every word of a
// sentence; the passes after it over the same sentence look the lengths up instead of reading
// the words again. With each word of three bytes or more, the prefilter notes its entry in the
// cue lexicon (lexicon::find_cue), which the rules look up likewise.

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <memory>
#include <string_view>
#include <vector>

#include "config.hpp"
#include "lexicon.hpp"
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
         m_end = end;
         m_size = end - begin;
         if( m_len.size() < m_size ) {
            m_len.resize( m_size );
         }
         if( m_cue_size < m_size ) {
            // room for as many entries as lengths (reserve() made room for the longest
            // sentence): uninitialised, nothing to copy
            m_cue.reset( new const lexicon::verb*[ m_len.size() ] );
            m_cue_size = m_len.size();
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

      // Notes, for the word that starts k bytes into the sentence (k below its size),
      // word_length( text.substr( 0, end ), begin + k ) == n and, for a word of three bytes or
      // more, lexicon::find_cue_at( text, begin + k, n ) == v (for a shorter one, v is nullptr
      // and never read).
      void note( const std::size_t k, const std::size_t n, const lexicon::verb* const v ) noexcept
      {
         if( n < unknown ) {
            m_len[ k ] = static_cast< std::uint16_t >( n );
            m_cue[ k ] = v;
         }
      }

      // lexicon::find_cue_at( s, i, n ), noted or looked up, for an s that starts where the
      // text starts (offsets are the text's). The same word (the noted length at i) has the
      // same entry, wherever s ends.
      QUOTH_ALWAYS_INLINE [[nodiscard]] const lexicon::verb* cue( const std::string_view s, const std::size_t i, const std::size_t n ) const noexcept
      {
         const std::size_t k = i - m_begin;
         if( n >= 3 && k < m_size && m_len[ k ] == n ) {
            return m_cue[ k ];
         }
         return lexicon::find_cue_at( s, i, n );
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
         if( s.size() == m_end && k < m_size && m_len[ k ] != unknown ) {
            return m_len[ k ];
         }
         return word_length( s, i );
      }

   private:
      static constexpr std::uint16_t unknown = 0xFFFF; // all bytes 0xFF: see reset()
      std::size_t m_begin = 0;
      std::size_t m_end = 0;              // m_begin + m_size
      std::size_t m_size = 0;             // bytes of the sentence
      std::vector< std::uint16_t > m_len; // at least m_size; the rest is stale
      // m_cue_size entries, at least m_size, set only where a length of 3 or more is noted (the
      // rest is stale or was never set, and is never read): allocated uninitialised
      std::unique_ptr< const lexicon::verb*[] > m_cue;
      std::size_t m_cue_size = 0;
   };

} // namespace quoth::internal

#endif
