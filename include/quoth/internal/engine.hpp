// SPDX-License-Identifier: MIT
#ifndef QUOTH_INTERNAL_ENGINE_HPP
#define QUOTH_INTERNAL_ENGINE_HPP

// The pipeline: validate, blocks, quotations, sentences, patterns, discourse.

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <iterator>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <tao/pegtl.hpp>
#include <utf8.h>

#include "../ast.hpp"
#include "../error.hpp"
#include "../options.hpp"
#include "blocks.hpp"
#include "bytes16.hpp"
#include "classify.hpp"
#include "date_intervals.hpp"
#include "discourse.hpp"
#include "lang/detect.hpp"
#include "lang/languages.hpp"
#include "quotes.hpp"
#include "rules/memoised.hpp"
#include "rules/patterns.hpp"
#include "sentences.hpp"
#include "stage_costs.hpp"
#include "state.hpp"
#include "word_lengths.hpp"

namespace quoth::internal
{
   [[nodiscard]] inline span make_span( const std::string_view text, const std::size_t b, const std::size_t e ) noexcept
   {
      return span{ b, e, sub( text, b, e - b ) };
   }

   // Throws invalid_utf8 at the first bad byte. ASCII is skipped eight bytes at a time; each run
   // of non-ASCII bytes is checked by utfcpp on its own (a sequence never holds an ASCII byte,
   // so a sequence cut short by one is reported where it starts, as over the whole text).
   inline void validate( const std::string_view text )
   {
      const char* const begin = text.data();
      const char* const end = begin + text.size();
      const char* p = begin;
      while( p != end ) {
         while( end - p >= 16 ) { // sixteen ASCII bytes at a time
            std::uint64_t w[ 2 ] = {};
            std::memcpy( w, p, 16 );
            if( ( ( w[ 0 ] | w[ 1 ] ) & 0x8080808080808080U ) != 0 ) {
               break;
            }
            p += 16;
         }
         while( end - p >= 8 ) {
            std::uint64_t w = 0;
            std::memcpy( &w, p, 8 );
            if( ( w & 0x8080808080808080U ) != 0 ) {
               break;
            }
            p += 8;
         }
         while( p != end && static_cast< unsigned char >( *p ) < 0x80U ) {
            ++p;
         }
         const char* q = p;
         while( q != end && static_cast< unsigned char >( *q ) >= 0x80U ) {
            ++q;
         }
         // two-byte sequences (Cyrillic, Greek, accented Latin) are valid with a lead byte of
         // C2 to DF and a trail byte: utfcpp goes on from the first other one
         while( q - p >= 2 && static_cast< unsigned char >( p[ 0 ] ) >= 0xC2U && static_cast< unsigned char >( p[ 0 ] ) <= 0xDFU && ( static_cast< unsigned char >( p[ 1 ] ) & 0xC0U ) == 0x80U ) {
            p += 2;
         }
         const char* const bad = utf8::find_invalid( p, q );
         if( bad != q ) {
            throw invalid_utf8( static_cast< std::size_t >( bad - begin ) );
         }
         p = q;
      }
   }

   // Trims spaces from both ends of [b, e).
   inline void trim( const std::string_view s, std::size_t& b, std::size_t& e ) noexcept
   {
      std::size_t len = 0;
      while( b < e && is_space( decode( s, b, len ) ) ) {
         b += len;
      }
      while( e > b && is_space( decode_before( s, e, len ) ) ) {
         e -= len;
      }
   }

   // The byte strings whose absence turns a sentence away from engine::match_impersonal (the
   // first sixteen: "seem", "appear", ...) and from engine::match_poll_phrase ("poll", "survey").
   inline constexpr std::string_view hint_stems[] = { "eem", "ppear", "xpected", "edly", "lear", "bvious", "vident", "ed as ", "en as ", "ed to ", "ght to ", "aid to ", "known ", "critic", "ccused of", "harged with", "poll", "survey" };
   inline constexpr std::size_t hint_poll_first = 16; // the stems from here on are match_poll_phrase's
   inline constexpr unsigned hints_impersonal = 1U;
   inline constexpr unsigned hints_poll = 2U;

   // Per hint stem: where its key lies, the pair of bytes that hints_of() looks for: a rare pair
   // of the stem ("dl" of "edly", "rv" of "survey", "to" of "ght to "), rather than its first
   // two bytes ("ed", "ai", common in any text), makes fewer places to check. Two bytes at least
   // follow each key.
   inline constexpr std::size_t hint_key_offsets[] = { 0, 0, 0, 1, 1, 0, 0, 3, 3, 3, 4, 4, 0, 0, 0, 2, 0, 2 };
   static_assert( std::size( hint_key_offsets ) == std::size( hint_stems ) );

   // Per byte: the hint stems whose key starts with it (at most five do), with their keys'
   // second bytes.
   struct hint_list
   {
      std::uint8_t count = 0;
      char second[ 5 ] = {};
      std::uint8_t stems[ 5 ] = {};
   };

   inline constexpr std::array< hint_list, 256 > hint_starts = [] {
      std::array< hint_list, 256 > a{};
      for( std::size_t k = 0; k < std::size( hint_stems ); ++k ) {
         hint_list& l = a[ static_cast< unsigned char >( hint_stems[ k ][ hint_key_offsets[ k ] ] ) ];
         l.second[ l.count ] = hint_stems[ k ][ hint_key_offsets[ k ] + 1 ];
         l.stems[ l.count++ ] = static_cast< std::uint8_t >( k );
      }
      return a;
   }();

   // Per byte: how many hint stems' keys start with it (a table of bytes, read at every byte).
   inline constexpr std::array< std::uint8_t, 256 > hint_counts = [] {
      std::array< std::uint8_t, 256 > a{};
      for( std::size_t c = 0; c < 256; ++c ) {
         a[ c ] = hint_starts[ c ].count;
      }
      return a;
   }();

   // Per byte: the bytes that follow it in a hint stem's key, a bit each.
   inline constexpr std::array< std::array< std::uint64_t, 4 >, 256 > hint_seconds = [] {
      std::array< std::array< std::uint64_t, 4 >, 256 > a{};
      for( std::size_t k = 0; k < std::size( hint_stems ); ++k ) {
         const std::string_view w = hint_stems[ k ].substr( hint_key_offsets[ k ] );
         const auto second = static_cast< unsigned char >( w[ 1 ] );
         a[ static_cast< unsigned char >( w[ 0 ] ) ][ second / 64U ] |= std::uint64_t( 1 ) << ( second % 64U );
      }
      return a;
   }();

   // Per pair of bytes (the first in the low byte): 1 when a hint stem's key is the pair, or
   // the pair is the key's second byte and the byte after it. So a key at position i has one of
   // these pairs at the even position of i and i + 1: hints_of() reads the pairs at even
   // positions only.
   inline constexpr std::array< std::uint64_t, 1024 > hint_pairs = [] {
      std::array< std::uint64_t, 1024 > a{};
      for( std::size_t j = 0; j < std::size( hint_stems ); ++j ) {
         const std::string_view w = hint_stems[ j ].substr( hint_key_offsets[ j ] );
         for( std::size_t k = 0; k < 2; ++k ) {
            const unsigned pair = static_cast< unsigned char >( w[ k ] ) | ( static_cast< unsigned >( static_cast< unsigned char >( w[ k + 1 ] ) ) << 8U );
            a[ pair / 64U ] |= std::uint64_t( 1 ) << ( pair % 64U );
         }
      }
      return a;
   }();

   // The keys of the hint stems, each pair once: where hints_of() scans sixteen bytes at a
   // time, a stem can hold a place only where one of them is.
   struct hint_pair_list
   {
      std::size_t count = 0;
      std::array< std::array< unsigned char, 2 >, std::size( hint_stems ) > pairs{};
   };

   inline constexpr hint_pair_list hint_key_pairs = [] {
      hint_pair_list l;
      for( std::size_t j = 0; j < std::size( hint_stems ); ++j ) {
         const std::string_view w = hint_stems[ j ].substr( hint_key_offsets[ j ] );
         const std::array< unsigned char, 2 > pair{ static_cast< unsigned char >( w[ 0 ] ), static_cast< unsigned char >( w[ 1 ] ) };
         bool seen = false;
         for( std::size_t k = 0; k < l.count; ++k ) {
            seen = seen || ( l.pairs[ k ][ 0 ] == pair[ 0 ] && l.pairs[ k ][ 1 ] == pair[ 1 ] );
         }
         if( !seen ) {
            l.pairs[ l.count++ ] = pair;
         }
      }
      return l;
   }();

#if defined( QUOTH_BYTES16 )
   // Per lane: 0xFF where the bytes of `a` and `b` (the sixteen bytes one further on) are the
   // key of a hint stem.
   template< std::size_t... K >
   QUOTH_ALWAYS_INLINE [[nodiscard]] inline auto hint_key_lanes( const bytes16 a, const bytes16 b, std::index_sequence< K... > /*unused*/ ) noexcept
   {
      return ( ( ( a == hint_key_pairs.pairs[ K ][ 0 ] ) & ( b == hint_key_pairs.pairs[ K ][ 1 ] ) ) | ... );
   }
#endif

   // One of the nouns match_nominal() reads ("criticism", "endorsement", "decision", ...)? w is
   // a word of four to eleven bytes, as it stands in the text.
   QUOTH_ALWAYS_INLINE [[nodiscard]] constexpr bool reporting_noun( const std::string_view w ) noexcept
   {
      // (the first and last bytes turn nearly every other word away before a compare)
      const char f = w[ 0 ];
      const char l = w[ w.size() - 1 ];
      switch( w.size() ) {
         case 4:
            return ( f == 'p' && l == 'n' && is( w, "plan" ) ) || ( f == 'c' && l == 'l' && is( w, "call" ) ) || ( f == 'v' && l == 'w' && is( w, "view" ) );
         case 5:
            return ( f == 'c' && l == 'm' && is( w, "claim" ) ) || ( f == 'c' && l == 's' && is( w, "calls" ) ) || ( f == 'v' && l == 's' && is( w, "views" ) );
         case 6:
            return ( f == 'b' && l == 'f' && is( w, "belief" ) ) || ( f == 'd' && l == 'e' && is( w, "desire" ) ) || ( f == 'p' && l == 'e' && is( w, "pledge" ) ) || ( f == 's' && l == 'e' && is( w, "stance" ) );
         case 7:
            return ( f == 'p' && l == 'e' && is( w, "promise" ) ) || ( f == 'r' && l == 'l' && is( w, "refusal" ) ) || ( f == 'a' && l == 's' && is( w, "attacks" ) ) || ( f == 's' && l == 't' && is( w, "support" ) ) || ( f == 'r' && l == 't' && is( w, "request" ) );
         case 8:
            return ( f == 'c' && l == 's' && is( w, "concerns" ) ) || ( f == 'd' && l == 'n' && is( w, "decision" ) ) || ( f == 'p' && l == 'l' && is( w, "proposal" ) ) || ( f == 'q' && l == 'n' && is( w, "question" ) ) || ( f == 'c' && l == 'e' && is( w, "critique" ) ) || ( f == 'p' && l == 'n' && is( w, "position" ) ) || ( f == 'a' && l == 't' && is( w, "argument" ) );
         case 9:
            return ( f == 'a' && l == 'n' && is( w, "assertion" ) ) || ( f == 'c' && l == 'm' && is( w, "criticism" ) ) || ( f == 'q' && l == 's' && is( w, "questions" ) ) || ( f == 'i' && l == 'n' && is( w, "intention" ) ) || ( f == 'r' && l == 'n' && is( w, "rejection" ) ) || ( f == 'p' && l == 'l' && is( w, "portrayal" ) );
         case 10:
            return ( f == 's' && l == 'n' && is( w, "suggestion" ) ) || ( f == 'c' && l == 't' && is( w, "commitment" ) ) || ( f == 'o' && l == 'n' && is( w, "opposition" ) ) || ( f == 'c' && l == 'n' && is( w, "contention" ) ) || ( f == 'i' && l == 'e' && is( w, "insistence" ) ) || ( f == 'a' && l == 't' && is( w, "assessment" ) );
         case 11:
            return f == 'e' && l == 't' && is( w, "endorsement" );
         default:
            return false;
      }
   }

   // The nouns of reporting_noun(), all of them (keep the two in step)
   inline constexpr std::string_view reporting_nouns[] = { "argument", "assertion", "assessment", "attacks", "belief", "call", "calls", "claim", "commitment", "concerns", "contention", "criticism", "critique", "decision", "desire", "endorsement", "insistence", "intention", "opposition", "plan", "pledge", "portrayal", "position", "promise", "proposal", "question", "questions", "refusal", "rejection", "request", "stance", "suggestion", "support", "view", "views" };
   static_assert( [] {
      for( const std::string_view w : reporting_nouns ) {
         if( !reporting_noun( w ) ) {
            return false;
         }
      }
      return true;
   }() );

   // lexicon::cue_sketches with the sketches of reporting_nouns too: a word whose sketch is in
   // neither is no cue form and no reporting noun (engine::worth_matching() tests each word once)
   inline constexpr auto cue_or_noun_sketches = [] {
      auto t = lexicon::cue_sketches;
      for( const std::string_view w : reporting_nouns ) {
         const std::uint32_t h = lexicon::cue_sketch( w );
         t[ h / 64 ] |= std::uint64_t( 1 ) << ( h % 64 );
      }
      return t;
   }();

   class engine
   {
   public:
      // opt is kept by reference: it must outlive the engine (no temporary)
      engine( const std::string_view text, const options& opt )
        : m_text( text )
        , m_options( opt )
      {}
      engine( std::string_view, const options&& ) = delete;

      // costs: when not null, where the time went is added to it (stage_costs.hpp)
      document run( stage_costs* const costs = nullptr )
      {
         using clock = stage_costs::clock;
         clock::time_point t = costs != nullptr ? clock::now() : clock::time_point{};
         // the time since t, added to d (when costs are measured)
         const auto lap = [ & ]( clock::duration& d ) {
            const clock::time_point now = clock::now();
            d += now - t;
            t = now;
         };
         validate( m_text );
         m_lang = &language_ops_of< engine >( detect_language( m_text, m_options.language ) );
         document doc;
         doc.text = m_text;
         reserve_by_size();
         split_blocks( m_text, m_blocks );
         quote_pairer pairer;
         pairer.run( m_text, m_blocks, m_quotes );
         m_top.reserve( m_quotes.size() );
         m_cue_words.reserve( max_cue_words );
         for( const raw_quote& q : m_quotes ) {
            if( q.depth == 0 ) {
               m_top.push_back( &q );
            }
         }
         segment();
         reserve_attributions( doc );
         reserve_memo();
         m_state.text = m_text;
         m_state.quotes = &m_top;
         m_state.lengths = &m_word_lengths;
         if( costs == nullptr ) {
            for( std::size_t i = 0; i < m_sentences.size(); ++i ) {
               m_lang->match_sentence( *this, i, doc );
            }
         }
         else {
            lap( costs->prepare );
            for( std::size_t i = 0; i < m_sentences.size(); ++i ) {
               const std::size_t before = doc.attributions.size();
               m_lang->match_sentence( *this, i, doc );
               const stage_costs::outcome o = ( doc.attributions.size() != before || m_sentence_attribution[ i ] != 0 ) ? stage_costs::attributed : m_worth ? stage_costs::nothing_found
                                                                                                                                                            : stage_costs::turned_away;
               const clock::time_point began = t;
               lap( costs->sentence_time[ o ] );
               const std::size_t bytes = m_sentences[ i ].end - m_sentences[ i ].begin;
               ++costs->sentences[ o ];
               costs->sentence_bytes[ o ] += bytes;
               if( costs->by_cue && o != stage_costs::turned_away ) {
                  stage_costs::cue_row& r = costs->cues[ o ][ cue_words_key( m_sentences[ i ] ) ];
                  ++r.sentences;
                  r.bytes += bytes;
                  r.time += t - began;
                  t = clock::now(); // (the key's making is no stage's)
               }
            }
         }
         release_sentences(); // quotations need the quotes and blocks only
         add_quotations( doc );
         release_scratch(); // speaker resolution needs only the document
         if( costs != nullptr ) {
            lap( costs->quotations );
         }
         m_readings.sort();
         m_lang->resolve( m_text, doc, m_options, m_readings );
         if( costs != nullptr ) {
            lap( costs->resolution );
            costs->bytes += m_text.size();
            ++costs->documents;
         }
         return doc;
      }

   private:
      template< typename Traits, typename Engine >
      friend struct language_matcher;

      // Room up front for the blocks, quotations and sentences of a text of this size, at the
      // rates of news (a block per 512 bytes, a quotation per 1024, a sentence per 256, each a
      // little more than news has): growing by doubling would copy each vector several times.
      void reserve_by_size()
      {
         m_blocks.reserve( m_text.size() / 512 + 1 );
         m_quotes.reserve( m_text.size() / 1024 + 1 );
         m_sentences.reserve( m_text.size() / 256 + 1 );
      }

      // A long text gets room for an attribution per sentence up front. Growing by doubling
      // would hold the old and the new array at once, twice the attributions' size, at the
      // moment the vector is largest; room that is never filled is never touched, so it costs
      // address space, not memory (an allocation this large is mapped page by page). A short
      // one gets room for an attribution per two sentences (news has a little fewer), so that
      // it grows seldom. The speaker readings noted with them likewise.
      void reserve_attributions( document& doc )
      {
         const std::size_t n = m_sentences.size() * sizeof( attribution ) >= ( std::size_t( 4 ) << 20U ) ? m_sentences.size() : m_sentences.size() / 2 + 1;
         doc.attributions.reserve( n );
         m_readings.reserve( n );
      }

      // The rule memo's table and the word lengths grow at once for the longest sentence, up to
      // 64 KiB (a longer one grows them as it needs): growing step by step would copy them each
      // time.
      void reserve_memo()
      {
         std::size_t longest = 0;
         for( const sentence& s : m_sentences ) {
            longest = std::max( longest, s.end - s.begin );
         }
         m_state.memo.reserve( std::min< std::size_t >( longest, 64 * 1024 ) );
         m_word_lengths.reserve( std::min< std::size_t >( longest, 64 * 1024 ) );
      }

      // Frees what only matching needed, before the quotations are added.
      void release_sentences() noexcept
      {
         std::vector< sentence >().swap( m_sentences );
         std::vector< std::size_t >().swap( m_sentence_attribution );
         std::vector< const raw_quote* >().swap( m_top );
      }

      // Frees the rest, before the document's speakers are resolved.
      void release_scratch() noexcept
      {
         std::vector< block >().swap( m_blocks );
         std::vector< raw_quote >().swap( m_quotes );
         std::vector< std::string_view >().swap( m_words );
      }

      std::string_view m_text;
      const options& m_options;
      const language_ops< engine >* m_lang = nullptr; // the language of the document: its patterns and words
      std::vector< block > m_blocks;
      std::vector< raw_quote > m_quotes;
      std::vector< const raw_quote* > m_top;
      std::vector< sentence > m_sentences;
      match_state m_state;
      std::vector< std::string_view > m_words;
      noted_readings m_readings;                         // of the speakers of emitted attributions, for resolve
      std::vector< std::size_t > m_sentence_attribution; // per sentence: attribution index + 1, or 0

      // Sentences of all blocks; a block that a multi-paragraph quotation runs over is joined
      // with the blocks it runs into.
      void segment()
      {
         std::size_t qi = 0;
         std::size_t ti = 0; // the first top-level quotation that may start in this block
         for( std::size_t bi = 0; bi < m_blocks.size(); ++bi ) {
            block b = m_blocks[ bi ];
            const std::size_t first = bi;
            while( ti < m_top.size() && m_top[ ti ]->open < b.begin ) {
               ++ti;
            }
            for( std::size_t k = ti; k < m_top.size(); ++k ) { // extend over multi-paragraph quotes
               const raw_quote* q = m_top[ k ];
               if( q->open >= b.begin && q->open < b.end && q->close_end > b.end ) {
                  while( bi + 1 < m_blocks.size() && m_blocks[ bi ].end < q->close_end ) {
                     ++bi;
                  }
                  b.end = m_blocks[ bi ].end;
                  b.single_line = false;
               }
               if( q->open >= b.end ) {
                  break;
               }
            }
            b.blank_after = m_blocks[ bi ].blank_after;
            m_blocks[ first ] = b;
            split_sentences( m_text, b, first, m_top, qi, m_sentences );
         }
         m_sentence_attribution.assign( m_sentences.size(), 0 );
      }

      [[nodiscard]] bool is_title_line( const sentence& s ) const noexcept
      {
         const block& b = m_blocks[ s.block ];
         if( !b.single_line || s.begin != b.begin || s.end != b.end ) {
            return false;
         }
         std::size_t len = 0;
         const char32_t last = decode_before( m_text, b.end, len );
         // the first line of a text is its title, whatever ends it
         return ( s.block == 0 || ( last != '.' && last != '!' && last != '?' ) ) && b.end - b.begin < 300;
      }

      template< typename Rule >
      bool try_rule( const std::size_t from, const sentence& s )
      {
         if constexpr( std::is_same_v< Rule, rules::speaker_first > ) {
            return try_speaker_first( from, s );
         }
         else {
            return parse_rule< Rule >( from, s );
         }
      }

      // A speaker-first clause is often tried again where it failed (at the sentence start, then
      // at the same word after a comma or by match_before_cue): its failures in the current
      // sentence are kept, with the content end they had (the only other input a rule reads)
      // and the record they left.
      struct failed_try
      {
         std::size_t from;
         std::size_t content_end;
         captures cap;
      };
      std::vector< failed_try > m_failed_speaker_first;
      std::size_t m_failed_end = npos; // the end of the sentence they were tried in
      std::uint64_t m_failed_bits = 0; // bit from % 64 of each of them: most tries start where none did

      bool try_speaker_first( const std::size_t from, const sentence& s )
      {
         if( s.end != m_failed_end ) {
            m_failed_end = s.end;
            if( m_failed_speaker_first.capacity() == 0 ) {
               m_failed_speaker_first.reserve( 64 ); // once for the document: it is cleared, never shrunk
            }
            m_failed_speaker_first.clear();
            m_failed_bits = 0;
         }
         const std::uint64_t bit = std::uint64_t( 1 ) << ( from % 64 );
         if( ( m_failed_bits & bit ) != 0 ) {
            for( const failed_try& f : m_failed_speaker_first ) {
               if( f.from == from && f.content_end == m_state.content_end ) {
                  m_state.cap = f.cap;
                  m_state.consumed = 0;
                  return false;
               }
            }
         }
         const bool ok = parse_rule< rules::speaker_first >( from, s );
         if( !ok && m_state.consumed == 0 ) {
            m_failed_speaker_first.push_back( { from, m_state.content_end, m_state.cap } );
            m_failed_bits |= bit;
         }
         return ok;
      }

      template< typename Rule >
      bool parse_rule( const std::size_t from, const sentence& s )
      {
         m_state.cap = no_captures;
         // a source of const char* (the default is a std::string, built from "" at every try)
         pegtl::memory_input< pegtl::tracking_mode::lazy, pegtl::eol::lf_crlf, const char* > in( m_text.data() + from, m_text.data() + s.end, "" );
         const bool ok = pegtl::parse< Rule, pegtl::nothing, memo_control >( in, m_state );
         m_state.consumed = static_cast< std::size_t >( in.current() - ( m_text.data() + from ) );
         return ok;
      }

      // Where a content running to the end of the sentence stops: before final punctuation.
      // Several passes ask for it of one sentence: the last answer is kept.
      [[nodiscard]] std::size_t content_end_of( const sentence& s ) const noexcept
      {
         if( s.begin == m_content_end_of.begin && s.end == m_content_end_of.end ) {
            return m_content_end_of.value;
         }
         const std::size_t value = content_end_reading( s );
         m_content_end_of = { s.begin, s.end, value };
         return value;
      }

      struct content_end_memo
      {
         std::size_t begin = npos;
         std::size_t end = npos;
         std::size_t value = 0;
      };
      mutable content_end_memo m_content_end_of; // see content_end_of()

      [[nodiscard]] std::size_t content_end_reading( const sentence& s ) const noexcept
      {
         std::size_t e = s.end;
         std::size_t len = 0;
         while( e > s.begin ) {
            const char32_t c = decode_before( m_text, e, len );
            if( c == '.' || c == '!' || c == '?' || c == 0x2026 || c == ';' || is_space( c ) ) {
               e -= len;
            }
            else {
               break;
            }
         }
         // keep the final punctuation inside an unclosed sentence-final quotation
         return e;
      }

      // Does t hold "ccording" (in according), and does it hold ':'? worth_matching() asks both
      // of every sentence: one pass, sixteen places a round where there are vectors of bytes
      // (the last round ends at the end of t, over places read before), that compares the rest
      // of "ccording" only where "cc" stands. Stops once "ccording" is found (colon is then of
      // no use).
      static void colon_and_according( const std::string_view t, bool& colon, bool& according ) noexcept
      {
         colon = false;
         according = false;
         const char* const d = t.data();
         const std::size_t size = t.size();
         const auto check = [ & ]( const std::size_t p ) noexcept {
            if( d[ p ] == ':' ) {
               colon = true;
            }
            else if( size - p >= 8 && std::memcmp( d + p, "ccording", 8 ) == 0 ) {
               according = true;
            }
         };
         std::size_t i = 0;
#if defined( QUOTH_BYTES16 )
         if( size >= 17 ) {
            for( ;; ) {
               i = std::min( i, size - 17 );
               bytes16 v0;
               bytes16 v1;
               std::memcpy( &v0, d + i, 16 );
               std::memcpy( &v1, d + i + 1, 16 );
               for( unsigned m = high_bits16( reinterpret_cast< bytes16 >( ( v0 == ':' ) | ( ( v0 == 'c' ) & ( v1 == 'c' ) ) ) ); m != 0; m &= m - 1 ) {
                  check( i + static_cast< std::size_t >( __builtin_ctz( m ) ) );
                  if( according ) {
                     return;
                  }
               }
               if( i == size - 17 ) {
                  break;
               }
               i += 16;
            }
            colon = colon || d[ size - 1 ] == ':'; // (the rounds read it only as a second byte)
            return;
         }
#endif
         for( ; i < size && !according; ++i ) {
            check( i );
         }
      }

      // Cheap test: could any pattern match this sentence? Also notes in m_last_cue where the
      // sentence's last cue word starts (npos: no limit). speaker_first, trailer, parenthetical,
      // gerund_clause and coordinated_clause each need a cue word (cue_verb, or "saying" of "was
      // quoted as saying") that starts a word after their start, after a space or a comma: none
      // of them can match after m_last_cue. "according to" and colons lift the limit.
      [[nodiscard]] bool worth_matching( const sentence& s )
      {
         m_last_cue = npos;
         m_nominal_at = npos;
         m_last_cue_end = s.end;
         m_cue_words.clear();
         if( m_options.max_sentence_bytes != 0 && s.end - s.begin > m_options.max_sentence_bytes ) {
            return false;
         }
         m_word_lengths.reset( s.begin, s.end );
         const std::string_view t = sub( m_text, s.begin, s.end - s.begin );
         // a colon (headlines, transcripts) or "according to" needs no cue word, and lifts the limit
         bool colon = false;
         bool according = false;
         colon_and_according( t, colon, according );
         m_no_according = according ? slot{} : slot{ s.begin, s.end };
         m_no_colon = ( colon || according ) ? slot{} : slot{ s.begin, s.end }; // (after "ccording" colon_and_according() looks no further)
         const bool any = according || colon;
         std::size_t last = npos;
         bool limit = !any;
         // a space or ASCII punctuation starts no word (its length is left unknown: rules seldom
         // read a word there, and find none at once)
         word_stops words( t );
         std::size_t i = 0;
         std::size_t n = 0;
         std::size_t after_to = npos; // where the word after a "to" starts
         while( words.next( i, n ) ) {
            if( n == 0 ) {
               m_word_lengths.note( i, 0, nullptr );
               continue;
            }
            const std::string_view w( t.data() + i, n ); // (the word lies in t)
            if( ( n == 5 || n == 6 || n == 8 ) && ( w[ 0 ] == 't' || w[ 0 ] == 'c' || w[ 0 ] == 'e' ) && ( w == "titled" || w == "chants" || w == "chant" || w == "entitled" ) ) {
               m_titled = true; // for match_titled()
            }
            if( n < 3 ) {
               m_word_lengths.note( i, n, nullptr );
               if( n == 2 && w[ 0 ] == 't' && w[ 1 ] == 'o' ) {
                  after_to = i + 3;
               }
               continue;
            }
            // lexicon::find_cue( w ), and reporting_noun( w ): the sketch of the word turns most
            // words away from both at once (cue_or_noun_sketches)
            const lexicon::verb* v = nullptr;
            if( n <= 24 && static_cast< unsigned char >( ( static_cast< unsigned char >( w[ 0 ] ) | 0x20U ) - 'a' ) < 26 ) {
               const std::uint64_t hash = lexicon::cue_shape_hash( w );
               const std::uint32_t h = lexicon::sketch_of( hash );
               if( ( ( cue_or_noun_sketches[ h / 64 ] >> ( h % 64 ) ) & 1U ) != 0 ) {
                  if( ( ( lexicon::cue_sketches[ h / 64 ] >> ( h % 64 ) ) & 1U ) != 0 ) {
                     v = lexicon::find_cue_form( w, hash );
                     if( v != nullptr && lexicon::cue_needs_context( *v ) ) {
                        v = lexicon::find_cue_at( t, i, n ); // only before its phrase: find_cue_at()
                     }
                  }
                  if( n >= 4 && n <= 11 && m_nominal_at == npos && reporting_noun( w ) ) {
                     m_nominal_at = s.begin + i; // for match_nominal()
                  }
               }
            }
            if( v != nullptr && n <= 5 && ( noun_call( s.begin + i ) || noun_favor( s.begin + i ) ) ) {
               v = nullptr; // "a conference call", "in our favor": the noun is no cue word
            }
            m_word_lengths.note( i, n, v );
            // "continued to question": a lemma left out of its forms is a cue word after a
            // catenative's "to" (rules::cue_lemma), though find_cue() does not know it
            if( v != nullptr || ( i == after_to && lexicon::sorted_left_out_lemmas.may_contain( w ) && lexicon::contains( lexicon::sorted_left_out_lemmas, w ) && catenative_before( s.begin + i - 4 ) ) ) {
               if( v == nullptr || reads_here( s, s.begin + i, n, v ) ) {
                  last = i;
               }
               if( m_cue_words.size() < max_cue_words ) {
                  m_cue_words.push_back( s.begin + i );
               }
            }
            else if( n == 9 && lexicon::equal_folded( "according", w ) ) {
               limit = false; // "ACCORDING TO"
            }
         }
         if( last == npos ) {
            return any; // (no cue word that may report where it stands: "made a profit", "20 points")
         }
         m_last_cue = limit ? s.begin + last : npos;
         return true;
      }

      // May the cue word v at i, n bytes, in the sentence s report where it stands? Not when it
      // lacks what rules::cue_verb needs after it in every context: a particle verb its particle
      // or phrase (rules::particle_tail: "made a profit", "hit the road"), "point" its "out" or
      // "to" ("scored 20 points"), an adjective of attitude its "to" or "that" ("a determined
      // effort"), one of doubt its question ("a split decision"), unless a stance phrase
      // follows ("fired back at", "confident about"). Such a word is left out of m_last_cue,
      // and a sentence with no other cue word is turned away.
      [[nodiscard]] bool reads_here( const sentence& s, const std::size_t i, const std::size_t n, const lexicon::verb* const v ) const noexcept
      {
         using lexicon::cue_use;
         if( v->use != cue_use::particle && v->use != cue_use::out && v->use != cue_use::attitude && v->use != cue_use::doubt ) {
            return true;
         }
         const std::string_view t = sub( m_text, 0, s.end );
         const std::size_t e = i + n;
         if( const lexicon::verb* p = v; lexicon::stance_phrase( t, e, p ) != 0 ) {
            return true;
         }
         switch( v->use ) {
            case cue_use::particle: {
               const lexicon::verb* p = v;
               return rules::particle_tail( t, e, p ) != 0;
            }
            case cue_use::out:
               return has_at( t, e, " to " ) || rules::out_follows( t, e ); // (cue_verb asks more of "to")
            case cue_use::attitude:
               return rules::attitude_follows( t, e );
            case cue_use::doubt:
               return rules::question_follows( t, e );
            default:
               return true;
         }
      }

      // The cue words worth_matching() noted in s, for stage_costs::cues (see there)
      [[nodiscard]] std::string cue_words_key( const sentence& s ) const
      {
         if( m_last_cue_end != s.end ) {
            return stage_costs::not_scanned;
         }
         if( m_cue_words.empty() ) {
            return stage_costs::no_cue_word;
         }
         std::string key;
         for( const std::size_t c : m_cue_words ) {
            if( !key.empty() ) {
               key += " + ";
            }
            for( std::size_t n = word_length( m_text, c ), k = c; k < c + n; ++k ) {
               const char b = m_text[ k ];
               key += ( b >= 'A' && b <= 'Z' ) ? static_cast< char >( b - 'A' + 'a' ) : b;
            }
         }
         return key;
      }

      // Does a catenative ("continued", "tried", "went on") end before the space at `at`?
      [[nodiscard]] bool catenative_before( std::size_t at ) const noexcept
      {
         static constexpr std::string_view words[] = { "appear", "appeared", "appears", "began", "begins", "begun", "continue", "continued", "continues", "like", "need", "needed", "needs", "on", "seem", "seemed", "seems", "struggled", "struggling", "tried", "tries", "try", "trying", "used" };
         static constexpr auto set = lexicon::sorted( words );
         std::size_t b = at;
         while( b > 0 && m_text[ b - 1 ] >= 'a' && m_text[ b - 1 ] <= 'z' ) {
            --b;
         }
         return b < at && lexicon::contains( set, sub( m_text, b, at - b ) );
      }

      std::size_t m_last_cue = npos;   // see worth_matching()
      bool m_emitting_nominal = false; // match_nominal() is emitting
      std::size_t m_nominal_at = npos; // the first of reporting_noun() in the sentence, noted by worth_matching()

      std::size_t m_last_cue_end = npos; // the end of the sentence m_last_cue is of
      slot m_no_according;               // the last sentence worth_matching() found no "ccording" in

      slot m_no_colon; // the last sentence worth_matching() found no ':' in

      // Might the sentence s hold a colon? Not when worth_matching() found none in it: the
      // patterns that need one (a transcript turn, a headline) are spared.
      [[nodiscard]] bool may_hold_colon( const sentence& s ) const noexcept
      {
         return !( m_no_colon.begin == s.begin && m_no_colon.end == s.end );
      }

      // Might the sentence s hold "according to"? Not when worth_matching() found no "ccording"
      // in it: the searches for it are spared.
      [[nodiscard]] bool may_hold_according( const sentence& s ) const noexcept
      {
         return !( m_no_according.begin == s.begin && m_no_according.end == s.end );
      }
      word_lengths m_word_lengths; // of the current sentence, noted by worth_matching()

      static constexpr std::size_t max_cue_words = 8;
      mutable slot m_who_sentence;             // the sentence m_sentence_has_who tells of
      mutable bool m_sentence_has_who = false; // see may_hold_who()
      std::vector< std::size_t > m_cue_words;  // where the sentence's cue words start (at most max_cue_words)

      // Could a rule that needs a cue word after from match there?
      [[nodiscard]] bool cue_after( const std::size_t from ) const noexcept
      {
         return m_last_cue == npos || from <= m_last_cue;
      }

      bool m_worth = false;  // did the last sentence pass the prefilter?
      bool m_titled = false; // does it hold "titled", "entitled", "chant" or "chants" (see match_titled())?

      // ", saying that ...", ", adding that ...": a further attribution whose speaker is the
      // speaker of the sentence's attribution, or the sentence's subject. The content of an
      // earlier attribution of the sentence stops at the comma.
      // Calls f( position ) for each comma of s[begin, end) outside quotations, and for the
      // position right after each quotation whose text ends with a comma; stops when f returns
      // true. One pass; quotations are skipped whole.
      template< typename F >
      bool for_each_comma( const std::size_t begin, const std::size_t end, F&& f ) const
      {
         auto qi = std::lower_bound( m_top.begin(), m_top.end(), begin, []( const raw_quote* q, const std::size_t at ) { return q->open < at; } );
         std::size_t i = begin;
         while( i < end ) {
            const std::size_t next_quote = ( qi != m_top.end() ) ? ( *qi )->open : npos;
            const std::size_t stop = std::min( end, next_quote );
            const void* hit = ( stop > i ) ? std::memchr( m_text.data() + i, ',', stop - i ) : nullptr;
            if( hit != nullptr ) {
               i = static_cast< std::size_t >( static_cast< const char* >( hit ) - m_text.data() );
               if( i > begin && i + 1 < m_text.size() && is_digit( static_cast< unsigned char >( m_text[ i - 1 ] ) ) && is_digit( static_cast< unsigned char >( m_text[ i + 1 ] ) ) ) {
                  ++i; // the comma inside a number ("1,100")
                  continue;
               }
               if( f( i ) ) {
                  return true;
               }
               ++i;
               continue;
            }
            if( next_quote >= end ) {
               return false;
            }
            const raw_quote& q = **qi++;
            i = std::max( q.close_end, next_quote + 1 );
            if( q.closed && ends_in_comma( q ) && i < end && f( i ) ) {
               return true;
            }
         }
         return false;
      }

      // Does the text of q end with a comma, or with a comma and the close of a quotation
      // nested in it ("... telling us, ‘not here,’”)?
      [[nodiscard]] bool ends_in_comma( const raw_quote& q ) const noexcept
      {
         std::size_t e = q.content_end;
         if( e > q.content_begin + 1 && m_text[ e - 1 ] == '\'' ) {
            --e;
         }
         else if( e > q.content_begin + 3 && has_at( m_text, e - 3, "\xE2\x80\x99" ) ) {
            e -= 3;
         }
         return e > q.content_begin && m_text[ e - 1 ] == ',';
      }

      // "Yet, “...,” added Lind.", "But “...,” she said.": where the quotation starts after a
      // conjunction or an adverb that opens the sentence, else npos.
      [[nodiscard]] std::size_t quote_after_opener( const sentence& s ) const
      {
         char buf[ 12 ];
         const std::string_view w = opening_word( s, buf );
         static constexpr std::string_view openers[] = { "yet", "but", "and", "still", "so", "now", "then", "again", "or", "indeed", "instead", "meanwhile", "later" };
         static constexpr auto opener_set = lexicon::sorted( openers );
         if( !lexicon::contains( opener_set, w ) ) {
            return npos;
         }
         std::size_t at = s.begin + w.size();
         if( at < s.end && m_text[ at ] == ',' ) {
            ++at;
         }
         if( at >= s.end || m_text[ at ] != ' ' ) {
            return npos;
         }
         ++at;
         const raw_quote* q = m_state.quote_at( at );
         return q != nullptr && q->open == at ? at : npos;
      }

      // The sentence's first word in lower case (in `buf`), or empty when it is longer than
      // `buf` or is "After all," ("After all, she argued, ..." is a part of what she argued,
      // not an opening phrase).
      [[nodiscard]] std::string_view opening_word( const sentence& s, char ( &buf )[ 12 ] ) const
      {
         const std::size_t n = word_length( m_text, s.begin );
         if( n == 0 || n > sizeof( buf ) ) {
            return {};
         }
         const std::string_view first = ascii_lower( sub( m_text, s.begin, n ), buf );
         if( is( first, "after" ) && has_at( m_text, s.begin + n, " all," ) ) {
            return {};
         }
         return first;
      }

      // "On Monday, X said, “...”", "Asked about it, X said, “...”": the words before the comma
      // at `comma` open the sentence; they are not a first part of its content. (Does not touch
      // the captures.)
      [[nodiscard]] bool opens_with_adverbial( const sentence& s, const std::size_t comma )
      {
         if( count_words( s.begin, comma, 5 ) > 4 ) {
            return false;
         }
         char buf[ 12 ];
         const std::string_view first = opening_word( s, buf );
         if( first.empty() ) {
            return false;
         }
         if( lexicon::contains( lexicon::sorted_opening_words, first ) ) {
            return true;
         }
         const captures saved = m_state.cap;
         const std::size_t consumed = m_state.consumed;
         const bool date = try_rule< pegtl::seq< rules::date_phrase, rules::sp, rules::comma > >( s.begin, s );
         m_state.cap = saved;
         m_state.consumed = consumed;
         return date;
      }

      // The number of words in [b, e), counted up to `limit`: callers at every comma of a
      // sentence need only a few, and a sentence may hold thousands of commas.
      [[nodiscard]] std::size_t count_words( std::size_t b, const std::size_t e, const std::size_t limit ) const
      {
         std::size_t words = 0;
         while( b < e && words < limit ) {
            if( m_text[ b ] == ' ' ) {
               ++b; // (a space starts no word)
               continue;
            }
            const std::size_t n = word_length( m_text, b );
            b += n == 0 ? 1 : n;
            words += n == 0 ? 0 : 1;
         }
         return words;
      }

      // The first position at or after `at` that is not a space.
      [[nodiscard]] std::size_t skip_spaces( std::size_t at ) const noexcept
      {
         while( at < m_text.size() && m_text[ at ] == ' ' ) {
            ++at;
         }
         return at;
      }

      // Is the next character after spaces at `at` a colon ("..., Trump said: “...”")?
      [[nodiscard]] bool followed_by_colon( std::size_t at ) const noexcept
      {
         while( at < m_text.size() && m_text[ at ] == ' ' ) {
            ++at;
         }
         return at < m_text.size() && m_text[ at ] == ':';
      }

      // Does a quotation follow at `at`, after spaces and a comma? ("... Reyes said, “He was kind.”")
      [[nodiscard]] bool followed_by_quote( std::size_t at ) const noexcept
      {
         while( at < m_text.size() && m_text[ at ] == ' ' ) {
            ++at;
         }
         if( at < m_text.size() && m_text[ at ] == ',' ) {
            ++at;
            while( at < m_text.size() && m_text[ at ] == ' ' ) {
               ++at;
            }
         }
         return m_state.quote_at( at ) != nullptr;
      }

      // A short quotation whose words are all capitalised: a title ("Fox and Friends" counts:
      // "and" is allowed).
      [[nodiscard]] bool title_like( const raw_quote& q ) const
      {
         std::size_t words = 0;
         for( std::size_t j = q.content_begin; j < q.content_end; ) {
            const std::size_t n = word_length( m_text, j );
            if( n == 0 ) {
               ++j;
               continue;
            }
            const std::string_view w = sub( m_text, j, n );
            if( !( w[ 0 ] >= 'A' && w[ 0 ] <= 'Z' ) && !is( w, "and" ) && !is( w, "of" ) && !is( w, "the" ) && !is( w, "for" ) ) {
               return false;
            }
            j += n;
            ++words;
         }
         return words > 0 && words <= 6;
      }

      // Does the sentence open with a preposition or a subordinating word ("As the parade
      // rolled by, ...", "When asked, ...")? Then the words before its first comma are no clause.
      [[nodiscard]] bool opens_with_clause_opener( const sentence& s ) const
      {
         char buf[ 12 ];
         const std::string_view first = opening_word( s, buf );
         if( first.empty() ) {
            return false;
         }
         return lexicon::contains( lexicon::sorted_trailing_openers, first ) || lexicon::contains( lexicon::sorted_opening_words, first ) || is( first, "not" ) || is( first, "if" ) || is( first, "although" ) || is( first, "though" ) || is( first, "because" ) || is( first, "once" ) || is( first, "unless" );
      }

      // Does the sentence open with a phrase before its subject: a gerund ("Recalling ...") or a
      // clause opener ("In ...", "If ...")?
      [[nodiscard]] bool opens_with_phrase( const sentence& s ) const
      {
         char buf[ 12 ];
         const std::string_view first = opening_word( s, buf );
         return ( first.size() > 4 && ends_with( first, "ing" ) ) || opens_with_clause_opener( s );
      }

      // Does the sentence open with a subordinator ("After ...", "Though ...")? Returns its
      // length, else 0. ("As" is none: "As Lind reported, A" reports A.)
      [[nodiscard]] std::size_t opening_subordinator( const sentence& s ) const noexcept
      {
         char buf[ 12 ];
         std::size_t at = s.begin;
         std::string_view first = word_at( at, buf );
         if( ( is( first, "but" ) || is( first, "and" ) || is( first, "yet" ) || is( first, "so" ) ) && at + first.size() < s.end && m_text[ at + first.size() ] == ' ' ) {
            at = skip_spaces( at + first.size() ); // "But while ..."
            first = word_at( at, buf );
         }
         const bool even = is( first, "even" ) && at + first.size() < s.end && m_text[ at + first.size() ] == ' ';
         if( even ) {
            at = skip_spaces( at + first.size() ); // "Even as ...", "But even though ..."
            first = word_at( at, buf );
         }
         const bool sub = is( first, "after" ) || is( first, "before" ) || is( first, "when" ) || is( first, "while" ) || is( first, "since" ) || is( first, "because" ) || is( first, "although" ) || is( first, "though" ) || is( first, "if" ) || is( first, "once" ) || is( first, "until" ) || ( even && is( first, "as" ) );
         return sub ? at + first.size() - s.begin : 0;
      }

      // Does the sentence open with "As" ("As Lind argued that A, B": a time, when a cue follows
      // the clause)?
      [[nodiscard]] bool opens_with_as( const sentence& s ) const noexcept
      {
         char buf[ 12 ];
         return word_at( s.begin, buf ) == "as";
      }

      // In a sentence that opens with a subordinate clause, does the reading just matched take
      // its cue from that clause and its content from after the clause's comma ("When Lind
      // called, the council voted")?
      [[nodiscard]] bool crosses_opening_comma( const sentence& s ) const
      {
         const slot cue = m_state.cap.cue;
         const slot content = m_state.cap.content;
         if( !cue.set() || !content.set() || m_state.quote_at( content.begin ) != nullptr ) {
            return false; // (a quotation after the comma is the cue's object: "When he rose he said, “...”")
         }
         bool crosses = false;
         for_each_comma( s.begin, content.begin, [ & ]( const std::size_t i ) {
            crosses = i >= cue.begin;
            return true;
         } );
         return crosses;
      }

      // "Noting that A, Lind asked for B": a participle of a cue verb opens the sentence; its
      // speaker is the subject of the main clause after its comma. The content needs "that", a
      // quotation or a clause of its own ("Citing the cost, Lind ..." reports nothing).
      void match_opening_gerund( const std::size_t si, document& doc )
      {
         const sentence& s = m_sentences[ si ];
         if( m_cue_words.empty() ) {
            return;
         }
         // "After saying A, Lind ...", "While deliberately playing down A, Lind ...": the
         // participle after a subordinator (and an adverb)
         std::size_t g = s.begin;
         if( m_cue_words.front() != s.begin && m_cue_words.front() < s.begin + 32 ) {
            char fb[ 12 ];
            const std::string_view first = word_at( s.begin, fb );
            if( is( first, "after" ) || is( first, "before" ) || is( first, "while" ) || is( first, "since" ) || is( first, "when" ) ) {
               g = skip_spaces( s.begin + first.size() );
               const std::size_t an = word_length( m_text, g );
               if( an > 4 && has_at( m_text, g + an - 2, "ly" ) && m_cue_words.front() != g ) {
                  g = skip_spaces( g + an ); // "After deliberately playing down"
               }
            }
         }
         if( m_cue_words.front() != g ) {
            return; // (most sentences: the word is not read)
         }
         const std::size_t n = word_length( m_text, g );
         if( n < 6 || ( g == s.begin && ( m_text[ g ] < 'A' || m_text[ g ] > 'Z' ) ) || !has_at( m_text, g + n - 3, "ing" ) ) {
            return;
         }
         std::size_t comma = npos;
         for_each_comma( g + n, m_state.content_end, [ & ]( const std::size_t i ) {
            comma = i;
            return true;
         } );
         if( comma == npos ) {
            return;
         }
         std::size_t from = m_text[ comma ] == ',' ? comma + 1 : comma;
         while( from < m_state.content_end && m_text[ from ] == ' ' ) {
            ++from;
         }
         if( !try_rule< rules::capture< slots::speaker, rules::speaker_phrase > >( from, s ) ) {
            return;
         }
         const slot subject = m_state.cap.speaker;
         char buf[ 12 ];
         const std::string_view verb = word_at( skip_spaces( subject.end ), buf );
         if( subject.end >= m_state.content_end || m_text[ subject.end ] != ' ' || verb.empty() || verb.front() < 'a' || verb.front() > 'z' ) {
            return; // the subject and a verb: "..., Lind asked"
         }
         const std::size_t saved = m_state.content_end;
         m_state.content_end = comma;
         const bool ok = try_rule< rules::opening_gerund >( g, s ) && m_state.cap.content.set() && opens_own_content( m_state.cap.cue.end );
         m_state.content_end = saved;
         if( ok ) {
            m_state.cap.speaker = subject;
            emit( si, pattern::participle, doc );
         }
      }

      // "After Scalia said that A, ...", "When the mayor announced the plan, ...": a subordinate
      // clause that opens the sentence, up to its comma, read from the word after its
      // subordinator.
      void match_opening_clause( const std::size_t si, document& doc )
      {
         const sentence& s = m_sentences[ si ];
         std::size_t n = opening_subordinator( s );
         char buf[ 12 ];
         const bool as = n == 0 && word_at( s.begin, buf ) == "as"; // only before a main clause with a cue
         if( as ) {
            n = 2;
         }
         if( n == 0 ) {
            return;
         }
         std::size_t from = s.begin + n;
         while( from < m_state.content_end && m_text[ from ] == ' ' ) {
            ++from;
         }
         std::size_t comma = npos;
         for_each_comma( from, m_state.content_end, [ & ]( const std::size_t i ) {
            comma = i;
            return true;
         } );
         if( comma == npos || !cue_after( from ) || m_cue_words.empty() || m_cue_words.front() >= comma || ( as && !cue_after( comma ) ) ) {
            return; // no cue in the clause
         }
         const std::size_t saved = m_state.content_end;
         m_state.content_end = comma; // a comma, or the end of a quotation whose text ends with one
         bool ok = try_rule< rules::speaker_first >( from, s ) && m_state.cap.cue.begin < m_state.content_end;
         if( ok && as ) {
            // "As Lind argued that A, ...", not "As Lind reported just today, A" (A is the report)
            const slot content = m_state.cap.content;
            char wbuf[ 12 ];
            std::size_t b = m_state.cap.cue.end;
            bool that = false;
            while( b < content.begin && !that ) {
               b = skip_spaces( b );
               that = word_at( b, wbuf ) == "that";
               b += std::max< std::size_t >( 1, word_length( m_text, b ) );
            }
            ok = that || m_state.quote_at( content.begin ) != nullptr;
         }
         m_state.content_end = saved;
         if( ok ) {
            emit( si, pattern::speaker_cue_content, doc );
         }
      }

      // The opening mark of the quotation that closes at `i` (after its comma) when a colon
      // introduces it ("He put it plainly: “Q,” he said."), else npos.
      [[nodiscard]] std::size_t quotation_after_colon( const sentence& s, const std::size_t i ) const
      {
         if( m_text[ i ] == ',' ) {
            return npos;
         }
         const auto q = std::lower_bound( m_top.begin(), m_top.end(), i, []( const raw_quote* r, const std::size_t at ) { return r->close_end < at; } );
         if( q == m_top.end() || ( *q )->close_end != i ) {
            return npos;
         }
         std::size_t before = ( *q )->open;
         while( before > s.begin && m_text[ before - 1 ] == ' ' ) {
            --before;
         }
         return ( before > s.begin && m_text[ before - 1 ] == ':' ) ? ( *q )->open : npos;
      }

      // "Lind explained why: “Q,” she wrote.": when the content of the speaker-first reading
      // just matched holds a quotation after a colon and its trailer, the reading ends at the
      // colon and the trailer reports the quotation. True when it was split so.
      bool split_at_colon_quote( const std::size_t si, document& doc )
      {
         const sentence& s = m_sentences[ si ];
         const captures cap = m_state.cap;
         if( !cap.content.set() || cap.content.end <= cap.content.begin ) {
            return false;
         }
         std::size_t open = npos;
         std::size_t at = npos;
         // (a quotation after a colon with no trailer after it leaves the reading whole)
         const bool found = for_each_comma( cap.content.begin, cap.content.end, [ & ]( const std::size_t i ) {
            open = quotation_after_colon( s, i );
            at = i;
            return open != npos && try_rule< rules::trailer >( i, s );
         } );
         if( !found ) {
            m_state.cap = cap;
            return false;
         }
         const captures trailer = m_state.cap;
         std::size_t colon = open;
         while( m_text[ colon - 1 ] == ' ' ) {
            --colon;
         }
         m_state.cap = cap;
         m_state.cap.content.end = colon - 1;
         emit( si, pattern::speaker_cue_content, doc );
         m_state.cap = trailer;
         m_state.cap.content = slot{ open, at };
         emit( si, pattern::content_speaker_cue, doc );
         return true;
      }

      // The length of the dash that ends right before `at` and its space (" - ", " -- ", an en or
      // em dash), else 0.
      [[nodiscard]] std::size_t dash_before( const std::size_t at ) const noexcept
      {
         // (by bytes: this runs at every word start before a cue word)
         if( at < 3 || m_text[ at - 1 ] != ' ' ) {
            return 0;
         }
         const char c = m_text[ at - 2 ];
         if( c == '-' ) {
            if( m_text[ at - 3 ] == ' ' ) {
               return 3; // " - "
            }
            return ( at >= 4 && m_text[ at - 3 ] == '-' && m_text[ at - 4 ] == ' ' ) ? 4 : 0; // " -- "
         }
         if( ( c == '\x93' || c == '\x94' ) && at >= 5 && m_text[ at - 3 ] == '\x80' && m_text[ at - 4 ] == '\xE2' && m_text[ at - 5 ] == ' ' ) {
            return 5; // an en or em dash
         }
         return 0;
      }

      // "Lind - who said A - said B": the relative clause of an aside between dashes ends at the
      // closing dash, the same as the opening one; npos when none closes it before `e`.
      [[nodiscard]] std::size_t closing_dash_after( const std::size_t at, const std::size_t e ) const noexcept
      {
         const std::size_t n = dash_before( at );
         if( n == 0 ) {
            return npos;
         }
         const std::string_view dash = sub( m_text, at - n, n );
         const std::size_t d = find_bytes( sub( m_text, at, e > at ? e - at : 0 ), dash, 0, 1 );
         return d == std::string_view::npos ? npos : at + d;
      }

      // "Lind - who said A - said B": a relative clause between dashes reports A, up to the
      // closing dash; the main clause after it is read next. Returns 1 when the relative clause
      // was reported, 0 when it reports nothing, -1 when no dash closes it.
      int match_dash_relative( const std::size_t si, const std::size_t at, document& doc )
      {
         const sentence& s = m_sentences[ si ];
         const std::size_t saved = m_state.content_end;
         const std::size_t close = closing_dash_after( at, saved );
         if( close == npos ) {
            return -1;
         }
         m_state.content_end = close;
         const bool ok = try_rule< rules::speaker_first >( at, s ) && emit( si, pattern::speaker_cue_content, doc );
         m_state.content_end = saved;
         if( !ok ) {
            return 0;
         }
         match_loose_subject( si, doc );
         return 1;
      }

      // Does the content of the speaker-first reading just matched hold a trailer that ends the
      // sentence ("The union plans to march, the Courier reports.", "Lind put it plainly: “Q,”
      // she wrote.")? Then the trailer's speaker reports the clause. Keeps m_state.cap.
      bool ends_in_trailer( const sentence& s )
      {
         const captures cap = m_state.cap;
         if( !cap.content.set() || cap.content.end <= cap.content.begin ) {
            return false;
         }
         // (a trailer needs a cue word after its comma: none after the sentence's last, when
         // worth_matching() has read this sentence)
         const bool limit = m_last_cue_end == s.end;
         const bool saying = cap.verb != nullptr && lexicon::contains( lexicon::sorted_inverting_verbs, cap.verb->lemma );
         const bool found = for_each_comma( cap.content.begin, cap.content.end, [ & ]( const std::size_t i ) {
            if( m_text[ i ] != ',' || ( limit && !cue_after( i ) ) ) {
               return false;
            }
            // (or a trailer that a phrase closes, as match_content_first() reads it, after a
            // reading whose verb is no verb of saying: "The board voted to back Ortiz, Lind said
            // at the time.", not "Ada said that A, he should have insisted on B")
            // (a cue of one word: "..., Trump will insist on being Trump" is a clause of its own)
            // (after a verb of saying, only a closing time: "Ortiz told the police he had left,
            // the Courier reported late Thursday.")
            return try_rule< rules::trailer >( i, s ) || ( count_words( s.begin, i, 3 ) >= 3 && !opens_with_clause_opener( s ) && !opens_with_adverbial( s, i ) && try_rule< rules::trailer_then_phrase >( i, s ) && sub( m_text, m_state.cap.cue.begin, m_state.cap.cue.end - m_state.cap.cue.begin ).find( ' ' ) == std::string_view::npos && ( !saying || rules::trailing_phrase::time_to_end( m_text, skip_spaces( std::max( m_state.cap.cue.end, m_state.cap.speaker.end ) ), m_state.content_end ) ) );
         } );
         m_state.cap = cap;
         return found;
      }

      // After the trailer just matched at the comma `comma`: where the clause starts that an
      // opening phrase before the comma leads to, when the trailer read it as an aside of its
      // source ("By noon, according to the police, the crowd had left": not an aside like
      // "according to Lind, a spokeswoman"), else npos. Only for "according to", whose source
      // may take a closing aside; only when the phrase is the sentence's first and opens with a
      // preposition or a time word.
      [[nodiscard]] std::size_t clause_after_source( const sentence& s, const std::size_t comma )
      {
         const slot& cue = m_state.cap.cue;
         const slot& who = m_state.cap.speaker;
         if( !cue.set() || !who.set() || cue.end - cue.begin != 12 || !lexicon::equal_folded( "according to", sub( m_text, cue.begin, 12 ) ) ) {
            return npos;
         }
         const std::size_t after = skip_spaces( who.end );
         if( after >= m_state.content_end || m_text[ after ] != ',' || sub( m_text, s.begin, comma - s.begin ).find( ',' ) != std::string_view::npos ) {
            return npos;
         }
         if( !opens_with_clause_opener( s ) && !opens_with_adverbial( s, comma ) ) {
            return npos;
         }
         const std::size_t rest = skip_spaces( after + 1 );
         return count_words( rest, m_state.content_end, 3 ) >= 3 ? rest : npos;
      }

      // "After the vote, Lind said A: “Q,” she said.": the clause after the opening phrase, up
      // to the colon before the quotation at `open`. True when it was read (emit splits off the
      // quotation with its trailer when the reading reaches it).
      bool read_before_colon( const std::size_t si, const std::size_t open, document& doc )
      {
         const sentence& s = m_sentences[ si ];
         std::size_t colon = open;
         while( colon > s.begin && m_text[ colon - 1 ] == ' ' ) {
            --colon;
         }
         std::size_t tries = 0;
         bool read = false;
         for_each_comma( s.begin, colon, [ & ]( const std::size_t i ) {
            if( ++tries > 3 || cue_before( i ) ) {
               return true; // (no opening phrase holds a cue: "Lind told the paper that, as ever, ...")
            }
            if( m_text[ i ] != ',' || ( i > s.begin && i + 2 < colon && is_digit( static_cast< unsigned char >( m_text[ i - 1 ] ) ) && is_digit( static_cast< unsigned char >( m_text[ i + 2 ] ) ) ) ) {
               return false; // (not the comma of a date)
            }
            const std::size_t from = skip_spaces( i + 1 );
            read = cue_after( from ) && try_rule< rules::speaker_first >( from, s ) && emit( si, pattern::speaker_cue_content, doc );
            return read;
         } );
         return read;
      }

      // CONTENT, X said. / CONTENT, according to X. / A, X said, B.
      bool match_content_first( const std::size_t si, document& doc )
      {
         const sentence& s = m_sentences[ si ];
         const std::size_t e = m_state.content_end;
         return for_each_comma( s.begin, e, [ & ]( const std::size_t i ) {
            if( i == s.begin || !cue_after( i ) ) {
               return false;
            }
            if( try_rule< rules::trailer >( i, s ) ) {
               m_state.cap.content = slot{ s.begin, i };
               if( !doc.attributions.empty() && doc.attributions.back().sentence.begin == s.begin && opening_subordinator( s ) != 0 ) {
                  // "Though the town boasts of its turnout, there is no link, experts say.": the
                  // opening clause has an attribution of its own, the content starts after its comma
                  for_each_comma( s.begin, i, [ & ]( const std::size_t c ) {
                     if( m_text[ c ] == ',' && c < i ) {
                        m_state.cap.content.begin = skip_spaces( c + 1 );
                     }
                     return true;
                  } );
               }
               if( const std::size_t open = quotation_after_colon( s, i ); open != npos ) {
                  // "After the vote, Lind said A: “Q,” she said.": the clause before the colon
                  // after its opening phrase reports A (emit splits it from the quotation)
                  const captures trailer = m_state.cap;
                  if( read_before_colon( si, open, doc ) ) {
                     if( doc.attributions.back().pattern == pattern::content_speaker_cue ) {
                        return true;
                     }
                  }
                  m_state.cap = trailer;
                  m_state.cap.content.begin = open; // "He said it plainly: “Q,” he said."
               }
               else if( const std::size_t rest = clause_after_source( s, i ); rest != npos ) {
                  m_state.cap.content2 = slot{ rest, e };
               }
               emit( si, pattern::content_speaker_cue, doc );
               return true;
            }
            // "The plan will fail, he said on CNN.": not after an opening phrase ("On Monday, X
            // told the board at its meeting ...")
            if( count_words( s.begin, i, 3 ) >= 3 && !opens_with_clause_opener( s ) && !opens_with_adverbial( s, i ) && try_rule< rules::trailer_then_phrase >( i, s ) ) {
               m_state.cap.content = slot{ s.begin, i };
               emit( si, pattern::content_speaker_cue, doc );
               return true;
            }
            // after a quotation that ends with a comma, the trailer needs no sentence end and the
            // content is the quotation: “Born rich,” Ms. Lee said - but ...
            // (not when a clause or a quotation follows the cue: "Citing “family duties,” the
            // aide told the board that ...", "Recalling his “charm,” Lind said, “...”", "Citing
            // “duties,” the aide said she would stay home": the quotation belongs to the opening
            // phrase)
            if( m_text[ i ] != ',' && try_rule< rules::trailer_core >( i, s ) && !followed_by_colon( i + m_state.consumed ) && !starts_clause_content( skip_spaces( i + m_state.consumed ) ) && !( opens_with_phrase( s ) && !opens_with_discourse_word( s ) && ( followed_by_quote( i + m_state.consumed ) || word_follows( i + m_state.consumed ) ) ) ) {
               const auto q = std::lower_bound( m_top.begin(), m_top.end(), i, []( const raw_quote* r, const std::size_t at ) { return r->close_end < at; } );
               // not a quoted title inside an opening phrase: "In an interview with “Fox and
               // Friends,” Lind pointed to ..."
               if( q != m_top.end() && ( *q )->close_end == i && !( ( *q )->open > s.begin && opens_with_clause_opener( s ) && title_like( **q ) ) ) {
                  m_state.cap.content = slot{ ( *q )->open, i };
                  // a quotation that ends a clause of the reporter's: "The mill closed because of
                  // the “cost,” Lind said, that the town bore." reports the clause from its start,
                  // and what follows the trailer after a comma goes on with it
                  const std::size_t after = skip_spaces( i + m_state.consumed );
                  const std::size_t rest = ( after < e && m_text[ after ] == ',' ) ? skip_spaces( after + 1 ) : npos;
                  const bool goes_on = rest < e && m_state.cap.speaker.begin < m_state.cap.cue.begin && m_state.quote_at( rest ) == nullptr && !starts_gerund( rest ); // "..., Lind wrote, A" (not "..., said Lind, a teacher")
                  if( ( *q )->open > s.begin && !title_like( **q ) && ( !word_follows( i + m_state.consumed ) || opens_with_discourse_word( s ) || only_adjunct_follows( i + m_state.consumed, s ) ) && count_words( s.begin, ( *q )->open, 2 ) >= 2 && ( goes_on || opens_with_discourse_word( s ) || ( !opens_with_phrase( s ) && !opens_with_adverbial( s, ( *q )->open ) ) ) ) {
                     m_state.cap.content.begin = clause_start_before( s.begin, ( *q )->open ); // (after a dash: "A - “B,” Lind said - C")
                     if( goes_on ) {
                        m_state.cap.content2 = slot{ rest, e };
                     }
                  }
                  emit( si, pattern::content_speaker_cue, doc );
                  return true;
               }
            }
            if( m_text[ i ] == ',' && try_rule< rules::parenthetical >( i, s ) ) {
               const std::size_t after = i + m_state.consumed;
               // "On Monday, X said, “...”": the quotation is the whole content
               if( after < e && !( m_state.quote_at( after ) != nullptr && ( opens_with_adverbial( s, i ) || opens_with_phrase( s ) ) ) ) {
                  // "And, as the paper reported, A": after an opening word or two, the content is A
                  if( equal_word_at( skip_spaces( i + 1 ), "as" ) && only_discourse_opener( s.begin, i ) ) {
                     m_state.cap.content = slot{ after, e };
                     emit( si, pattern::content_speaker_cue, doc );
                     return true;
                  }
                  m_state.cap.content = slot{ s.begin, i };
                  m_state.cap.content2 = slot{ after, e };
                  // "A, according to Ortiz, and Lind said B": a clause with a speaker and a cue of
                  // its own after the conjunction is no part of the content
                  if( const std::size_t a2 = skip_spaces( after ); ( equal_word_at( a2, "and" ) || equal_word_at( a2, "but" ) ) && cue_after( a2 ) ) {
                     const captures kept = m_state.cap;
                     const bool own = try_rule< rules::speaker_first >( skip_spaces( a2 + 4 ), s );
                     m_state.cap = kept;
                     if( own ) {
                        m_state.cap.content2 = slot{};
                     }
                  }
                  emit( si, pattern::content_speaker_cue, doc );
                  return true;
               }
            }
            return false;
         } );
      }

      // The speaker of a clause that names none: the speaker of this sentence's attribution
      // (whose content then stops where the clause starts), else the sentence's subject.
      // The content of the sentence's attribution stops at `at`, where a clause of its own begins.
      void cut_owner( const sentence& s, const std::size_t at, document& doc )
      {
         if( doc.attributions.empty() || doc.attributions.back().sentence.begin != s.begin ) {
            return;
         }
         cut_content( doc.attributions.back(), at );
      }

      // A content that a later clause of its sentence cut down to a dash or a comma ("which he
      // once backed - and has embraced B") reports nothing: its attribution is dropped.
      void drop_wordless( const std::size_t si, document& doc )
      {
         const sentence& s = m_sentences[ si ];
         for( std::size_t k = doc.attributions.size(); k > 0 && doc.attributions[ k - 1 ].sentence.begin == s.begin; --k ) {
            const span& c = doc.attributions[ k - 1 ].content;
            if( has_word_char( c.begin, c.end ) ) {
               continue;
            }
            doc.attributions.erase( doc.attributions.begin() + static_cast< std::ptrdiff_t >( k - 1 ) );
            for( std::size_t& x : m_sentence_attribution ) { // (index + 1, or 0)
               x = x == k ? 0 : ( x > k ? x - 1 : x );
            }
         }
      }

      // The content of `owner` stops at `at`, where a clause of its own begins.
      void cut_content( attribution& owner, const std::size_t at )
      {
         if( owner.content.begin < at && owner.content.end > at && owner.parts.size() == 1 && owner.type != content_kind::direct ) {
            std::size_t b = owner.content.begin;
            std::size_t ce = at;
            trim( m_text, b, ce );
            while( ce > b && ( m_text[ ce - 1 ] == ',' || m_text[ ce - 1 ] == ';' ) ) {
               --ce;
            }
            if( ce - b == 4 && lexicon::equal_folded( "that", sub( m_text, b, 4 ) ) ) {
               return; // "finds that, while A, B": the clause after "that" is the content
            }

            // classify first: a content that is one quotation becomes the inside of its marks
            std::vector< span > parts{ make_span( m_text, b, ce ) };
            const content_kind type = classify_content( b, ce, parts );
            if( !parts.empty() ) {
               owner.parts = std::move( parts );
               owner.content = make_span( m_text, owner.parts.front().begin, owner.parts.back().end );
               owner.type = type;
            }
         }
      }

      bool clause_speaker( const sentence& s, const std::size_t at, captures& clause, document& doc )
      {
         // (not an attribution that starts after the clause: "Lind met them and said A, and
         // fight what he called B" has the subject's speaker)
         if( !doc.attributions.empty() && doc.attributions.back().sentence.begin == s.begin && doc.attributions.back().speaker && doc.attributions.back().speaker->mention.begin < at ) {
            cut_owner( s, at, doc );
            const attribution& owner = doc.attributions.back();
            clause.speaker = slot{ owner.speaker->mention.begin, owner.speaker->mention.end };
            return true;
         }
         if( !doc.attributions.empty() && doc.attributions.back().sentence.begin == s.begin && doc.attributions.back().pattern == pattern::impersonal ) {
            cut_owner( s, at, doc ); // "Lind seemed ready to go on, telling the crowd ...": the view stops at the clause
         }
         const std::size_t saved = m_state.content_end;
         m_state.content_end = at;
         bool ok = try_rule< rules::subject >( s.begin, s ) && !not_a_subject( m_state.cap.speaker );
         if( !ok ) {
            // "But Trump ...", "By the end of the day, Mr. Trump ...": the subject after an
            // opening conjunction or a short opening phrase
            const std::size_t n = word_length( m_text, s.begin );
            const std::string_view first = sub( m_text, s.begin, n );
            const auto subject_at = [ & ]( const std::size_t from ) {
               char buf[ 12 ];
               const std::string_view w = from < at ? word_at( from, buf ) : std::string_view();
               return from < at && m_text[ from - 1 ] == ' ' && !is( w, "which" ) && !is( w, "who" ) && !is( w, "that" ) && try_rule< rules::subject >( from, s ) && !not_a_subject( m_state.cap.speaker );
            };
            if( is( first, "But" ) || is( first, "And" ) || is( first, "So" ) || is( first, "Yet" ) || is( first, "Then" ) ) {
               ok = subject_at( s.begin + n + 1 );
            }
            if( !ok ) {
               // after one of the first three commas ("On Thursday, after the vote, Lind ..."),
               // or after the dash of a dateline ("WASHINGTON (AP) - Lind ...")
               const std::size_t reach = std::min( at, s.begin + 120 );
               std::size_t c = s.begin;
               for( int k = 0; !ok && k < 3; ++k ) {
                  const void* p = c < reach ? std::memchr( m_text.data() + c, ',', reach - c ) : nullptr;
                  if( p == nullptr ) {
                     break;
                  }
                  c = static_cast< std::size_t >( static_cast< const char* >( p ) - m_text.data() );
                  ok = !inside_quotation( c ) && subject_at( c + 2 );
                  ++c;
               }
               if( !ok ) {
                  const std::string_view head = sub( m_text, s.begin, std::min< std::size_t >( 60, at - s.begin ) );
                  for( const std::string_view dash : { std::string_view( " \xE2\x80\x93 " ), std::string_view( " \xE2\x80\x94 " ), std::string_view( " - " ) } ) {
                     if( const std::size_t d = head.find( dash ); d != std::string_view::npos ) {
                        ok = subject_at( s.begin + d + dash.size() );
                        break;
                     }
                  }
               }
            }
         }
         m_state.content_end = saved;
         clause.speaker = m_state.cap.speaker;
         return ok;
      }

      // Does the word at `from` (a conjunction) lie inside the content of the sentence's last
      // attribution, a clause reported by a verb of saying or thinking ("said the mogul has time
      // to step up and show ...", "said he never held dinners and never called a donor")? The
      // verb after the conjunction then goes on with the reported clause.
      [[nodiscard]] bool continues_reported_clause( const sentence& s, const std::size_t from, const document& doc ) const noexcept
      {
         if( doc.attributions.empty() ) {
            return false;
         }
         const attribution& owner = doc.attributions.back();
         if( owner.sentence.begin != s.begin || !owner.cue || owner.content.begin >= from || owner.content.end <= from || owner.type == content_kind::direct ) {
            return false;
         }
         if( has_at( m_text, owner.content.begin, "to " ) ) {
            return true; // "asked her to raise her voice and say it louder"
         }
         static constexpr std::string_view clause_verbs[] = { "say", "tell", "add", "note", "argue", "claim", "insist", "believe", "think", "write", "report", "warn", "explain", "predict", "acknowledge", "contend", "assert", "maintain", "stress", "recall", "fear", "know", "feel", "suggest", "agree", "admit", "concede", "announce", "declare", "reply", "respond", "testify" };
         static constexpr auto clause_verb_set = lexicon::sorted( clause_verbs );
         return lexicon::contains( clause_verb_set, std::string_view( owner.cue->lemma ) );
      }

      // "has said A and has expressed support for B": the cue at `cue` opens with the auxiliary
      // that opens the owner's cue, so it is a second verb of the owner's subject.
      [[nodiscard]] bool repeats_auxiliary( const document& doc, const std::size_t cue ) const noexcept
      {
         if( doc.attributions.empty() || !doc.attributions.back().cue ) {
            return false;
         }
         const attribution& owner = doc.attributions.back();
         char a[ 12 ];
         char b[ 12 ];
         const std::string_view first = word_at( owner.cue->phrase.begin, a );
         return ( is( first, "has" ) || is( first, "have" ) || is( first, "had" ) || is( first, "will" ) || is( first, "would" ) ) && word_at( cue, b ) == first;
      }

      // "She said she had no plans to go, but she wanted to see it", "said he was not sure the
      // rule applied, but planned to follow it": after "and" or "but", a clause with no speaker of
      // its own (or a pronoun) and a verb of wanting, planning or feeling, not of saying, goes on
      // with the clause the sentence's own attribution reports (m_state.cap holds the inner one).
      [[nodiscard]] bool goes_on_with_reported_clause( const std::size_t si, const std::size_t owner_index, const std::size_t at, const document& doc ) const noexcept
      {
         const attribution& owner = doc.attributions[ owner_index ];
         if( owner_index + 1 != doc.attributions.size() || owner.sentence.begin != m_sentences[ si ].begin || m_state.cap.verb == nullptr ) {
            return false;
         }
         std::size_t b = at;
         while( b < m_text.size() && ( m_text[ b ] == ',' || m_text[ b ] == ' ' ) ) {
            ++b;
         }
         if( !( equal_word_at( b, "and" ) || equal_word_at( b, "but" ) ) ) {
            return false;
         }
         const bool owners = owner.speaker && m_state.cap.speaker.begin == owner.speaker->mention.begin; // a second verb of the same subject
         if( m_state.cap.speaker.set() && !owners ) {
            char buf[ 8 ];
            const slot& who = m_state.cap.speaker;
            if( who.end - who.begin > sizeof( buf ) || !lexicon::contains( lexicon::sorted_pronouns, ascii_lower( sub( m_text, who.begin, who.end - who.begin ), buf ) ) ) {
               return false;
            }
         }
         static constexpr std::string_view inner_verbs[] = { "want", "plan", "decide", "feel", "favor", "remember", "hope", "expect", "intend", "prefer", "wish", "like", "need", "seek", "try" };
         static constexpr auto inner_verb_set = lexicon::sorted( inner_verbs );
         return lexicon::contains( inner_verb_set, m_state.cap.verb->lemma ) && continues_reported_clause( m_sentences[ si ], at + 1, doc );
      }

      // Does the content after a cue that ends at `at` open as a content of its own: "that", a
      // question word, a quotation ("and noted that ...", "and asked whether ...", "and added, “...”")?
      [[nodiscard]] bool opens_own_content( const std::size_t at ) const noexcept
      {
         std::size_t b = skip_spaces( at );
         if( b < m_text.size() && ( m_text[ b ] == ',' || m_text[ b ] == ':' ) ) {
            b = skip_spaces( b + 1 );
         }
         return starts_clause_content( b ) || m_state.quote_at( b ) != nullptr;
      }

      // The conjunctions after which match_clauses() looks for a second clause. No two start
      // at the same byte.
      static constexpr std::string_view clause_conjunctions[] = { " and ", " but ", " while ", "though " };

      // Where the first of clause_conjunctions at or after `from` starts in t, with its index in
      // k; npos when none. One pass for the four (a search for each, and again after each place
      // found, read most sentences four times over): sixteen places a round where there are
      // vectors of bytes, and the rest of a conjunction is compared only where its first three
      // bytes stand.
      [[nodiscard]] static std::size_t next_conjunction( const std::string_view t, const std::size_t from, std::size_t& k ) noexcept
      {
         const char* const d = t.data();
         const std::size_t size = t.size();
         // does one of them start at p (p < size)?
         const auto starts_at = [ & ]( const std::size_t p ) noexcept {
            if( p + 1 >= size ) {
               return false;
            }
            std::size_t c = 0;
            if( d[ p ] == 't' ) {
               c = 3;
            }
            else if( d[ p ] != ' ' ) {
               return false;
            }
            else if( d[ p + 1 ] == 'a' ) {
               c = 0;
            }
            else if( d[ p + 1 ] == 'b' ) {
               c = 1;
            }
            else if( d[ p + 1 ] == 'w' ) {
               c = 2;
            }
            else {
               return false;
            }
            const std::string_view w = clause_conjunctions[ c ];
            if( size - p < w.size() || std::memcmp( d + p, w.data(), w.size() ) != 0 ) {
               return false;
            }
            k = c;
            return true;
         };
         std::size_t i = from;
#if defined( QUOTH_BYTES16 )
         for( ; i + 18 <= size; i += 16 ) {
            bytes16 v0;
            bytes16 v1;
            bytes16 v2;
            std::memcpy( &v0, d + i, 16 );
            std::memcpy( &v1, d + i + 1, 16 );
            std::memcpy( &v2, d + i + 2, 16 );
            const auto pairs = ( ( v1 == 'a' ) & ( v2 == 'n' ) ) | ( ( v1 == 'b' ) & ( v2 == 'u' ) ) | ( ( v1 == 'w' ) & ( v2 == 'h' ) );
            const auto hits = ( ( v0 == ' ' ) & pairs ) | ( ( v0 == 't' ) & ( v1 == 'h' ) & ( v2 == 'o' ) );
            for( unsigned m = high_bits16( reinterpret_cast< bytes16 >( hits ) ); m != 0; m &= m - 1 ) {
               const std::size_t p = i + static_cast< std::size_t >( __builtin_ctz( m ) );
               if( starts_at( p ) ) {
                  return p;
               }
            }
         }
#endif
         for( ; i < size; ++i ) {
            if( starts_at( i ) ) {
               return i;
            }
         }
         return npos;
      }

      // ", saying that ...", ", adding that ...", "... and said ...": a further attribution
      // whose speaker is the speaker of the sentence or its subject.
      void match_clauses( const std::size_t si, document& doc )
      {
         const sentence& s = m_sentences[ si ];
         const std::size_t e = content_end_of( s );
         m_state.content_end = e;
         const bool found = for_each_comma( s.begin, e, [ & ]( const std::size_t i ) {
            if( !cue_after( i ) || !( m_text[ i ] == ',' ? try_rule< rules::gerund_clause >( i, s ) : try_rule< rules::gerund_body >( i, s ) ) ) {
               return false;
            }
            captures clause = m_state.cap;
            // "Lind left, saying he wants to win": a clause read right at the start of the
            // participle's content gives way to the participle, which would report nothing of
            // its own beside it ("saying A, after he met B" keeps both)
            std::optional< attribution > inner;
            if( !doc.attributions.empty() && doc.attributions.back().sentence.begin == s.begin && doc.attributions.back().pattern == pattern::speaker_cue_content && doc.attributions.back().speaker && doc.attributions.back().speaker->mention.begin > clause.cue.end && count_words( clause.cue.end, doc.attributions.back().speaker->mention.begin, 2 ) < 2 && ( doc.attributions.size() == 1 || doc.attributions[ doc.attributions.size() - 2 ].sentence.begin != s.begin ) ) {
               inner = std::move( doc.attributions.back() );
               doc.attributions.pop_back();
            }
            const std::size_t before = doc.attributions.size();
            if( clause_speaker( s, i, clause, doc ) ) {
               m_state.cap = clause;
               emit( si, pattern::participle, doc );
            }
            if( inner && doc.attributions.size() == before ) {
               doc.attributions.push_back( std::move( *inner ) ); // (no participle after all)
            }
            return true;
         } );
         if( found ) {
            return;
         }
         // "“A,” Lind said before adding: “B.”": a participle after "before" or "after" with no
         // comma, once the sentence has an attribution of its own
         const std::size_t tail = doc.attributions.empty() ? npos : std::max( s.begin, doc.attributions.back().content.end );
         if( !doc.attributions.empty() && doc.attributions.back().sentence.begin == s.begin && tail < e && cue_after( tail ) ) {
            const std::string_view rest = sub( m_text, tail, e - tail );
            for( const std::string_view word : { std::string_view( " before " ), std::string_view( " after " ) } ) {
               const std::size_t p = find_bytes( rest, word, 0, word.size() - 5 ); // (by its f)
               if( p == std::string_view::npos || p == 0 || rest[ p - 1 ] == ',' ) {
                  continue;
               }
               const std::size_t at = tail + p;
               const std::size_t g = at + word.size();
               const std::size_t gn = word_length( m_text, g );
               if( gn < 5 || !has_at( m_text, g + gn - 3, "ing" ) || inside_quotation( at ) || !try_rule< rules::gerund_body >( at, s ) ) {
                  continue;
               }
               captures clause = m_state.cap;
               if( clause_speaker( s, at, clause, doc ) ) {
                  m_state.cap = clause;
                  emit( si, pattern::participle, doc );
                  return;
               }
            }
         }
         // "... and said", "... but told": find " and " / " but " outside quotations
         std::string_view t = sub( m_text, s.begin, e - s.begin );
         if( m_last_cue != npos ) {
            t = sub( t, 0, m_last_cue + 1 - s.begin + 7 ); // a conjunction further on starts after the last cue word
         }
         // the conjunctions in the order they stand ("A, but Y said B, and asked C": "but" first)
         std::size_t k = 0;
         for( std::size_t p = next_conjunction( t, 0, k ); p != npos; p = next_conjunction( t, p + 1, k ) ) {
            const std::string_view conj = clause_conjunctions[ k ];
            std::size_t at = s.begin + p;
            const std::size_t after = at + conj.size();
            if( k == 3 ) { // "though", "although", "even though": from the space before them
               if( at >= s.begin + 3 && has_at( m_text, at - 2, "al" ) ) {
                  at -= 2;
               }
               if( at == s.begin || m_text[ at - 1 ] != ' ' ) {
                  continue;
               }
               --at;
               if( at >= s.begin + 5 && has_at( m_text, at - 5, " even" ) ) {
                  at -= 5;
               }
            }
            if( inside_quotation( at ) || inside_trailer_content( s, at, doc ) ) {
               continue; // ("A and cited B, officials said": the trailer's content goes on)
            }
            const std::size_t from = ( at > s.begin && m_text[ at - 1 ] == ',' ) ? at - 1 : at;
            if( !cue_after( from ) ) {
               continue;
            }
            if( !try_rule< rules::coordinated_clause >( from, s ) ) {
               // "A, but he said B", "A, while Y suggested B", "A, though Y said B": a second speaker
               if( !doc.attributions.empty() && doc.attributions.back().sentence.begin == s.begin && !( conj == " while " && finding_goes_on( doc.attributions.back(), from ) ) && cue_after( after ) && try_rule< rules::speaker_first >( after, s ) && !( takes_clause( doc.attributions.back() ) && coordinated_subject( doc.attributions.back().content.begin, after ) && !( m_state.cap.verb != nullptr && ( m_state.cap.verb->lemma == "say" || m_state.cap.verb->lemma == "tell" ) ) ) && !goes_on_with_reported_clause( si, doc.attributions.size() - 1, from, doc ) ) {
                  const captures second = m_state.cap;
                  const attribution kept = doc.attributions.back();
                  cut_owner( s, from, doc );
                  m_state.cap = second;
                  const std::size_t before = doc.attributions.size();
                  emit( si, pattern::speaker_cue_content, doc );
                  if( doc.attributions.size() > before ) {
                     return;
                  }
                  doc.attributions.back() = kept; // no second speaker after all: try the next conjunction
               }
               continue;
            }
            // "said the plan has time to work and show results": after "and" with no comma, only
            // "said", "told" or a verb with a content of its own ("and noted that") starts a second
            // attribution inside the reported clause of the sentence's own ("but warned" does)
            if( m_text[ from ] != ',' && conj == " and " && !( m_state.cap.verb != nullptr && ( m_state.cap.verb->lemma == "say" || m_state.cap.verb->lemma == "tell" ) ) && !opens_own_content( m_state.cap.cue.end ) && !repeats_auxiliary( doc, m_state.cap.cue.begin ) && continues_reported_clause( s, from, doc ) ) {
               return;
            }
            if( !doc.attributions.empty() && goes_on_with_reported_clause( si, doc.attributions.size() - 1, from, doc ) ) {
               return;
            }
            captures clause = m_state.cap;
            if( clause_speaker( s, from, clause, doc ) ) {
               m_state.cap = clause;
               emit( si, pattern::participle, doc );
            }
            return;
         }
      }

      // "In Lind's view, A", "In his opinion, A" (rules::in_view_first): true when read.
      bool match_in_view( const std::size_t si, document& doc )
      {
         const sentence& s = m_sentences[ si ];
         if( s.end - s.begin < 12 || !( m_text[ s.begin ] == 'I' || m_text[ s.begin ] == 'i' ) || m_text[ s.begin + 1 ] != 'n' || m_text[ s.begin + 2 ] != ' ' || !try_rule< rules::in_view_first >( s.begin, s ) ) {
            return false;
         }
         slot& who = m_state.cap.speaker; // without its "'s"
         for( const std::string_view end : { std::string_view( "'s" ), std::string_view( "\xE2\x80\x99s" ), std::string_view( "'" ), std::string_view( "\xE2\x80\x99" ) } ) {
            if( who.end - who.begin > end.size() && sub( m_text, who.end - end.size(), end.size() ) == end ) {
               who.end -= end.size();
               break;
            }
         }
         return emit( si, pattern::according_to, doc );
      }

      void match_sentence( const std::size_t si, document& doc )
      {
         const sentence& s = m_sentences[ si ];
         m_worth = false;
         m_titled = false;
         if( si < m_claimed_until ) {
            return; // inside a transcript turn
         }
         m_state.content_end = content_end_of( s );
         if( m_state.content_end <= s.begin ) {
            return;
         }
         // a quote-only sentence right after a quote-first attribution in the same block is its second part
         // (or after a participle that follows one: "“A,” Lind said, adding that B. “C.”")
         if( si > 0 && m_sentence_attribution[ si - 1 ] != 0 && m_sentences[ si - 1 ].block == s.block && try_rule< pegtl::seq< rules::capture< slots::quote1, rules::quote >, rules::at_sentence_end > >( s.begin, s ) ) {
            std::size_t k = m_sentence_attribution[ si - 1 ] - 1;
            const std::size_t prev = m_sentences[ si - 1 ].begin;
            // an indirect content goes on when it is the sentence's first ("Lind says A. “B.”")
            const auto continued = [ & ]( const std::size_t j ) { return continued_by_quote( doc.attributions[ j ] ) || ( doc.attributions[ j ].pattern == pattern::speaker_cue_content && ( j == 0 || doc.attributions[ j - 1 ].sentence.begin != prev ) ); };
            while( k > 0 && !continued( k ) && doc.attributions[ k - 1 ].sentence.begin == prev ) {
               --k; // (past "..., adding that B" and "when asked about C")
            }
            attribution& a = doc.attributions[ k ];
            if( continued( k ) && a.parts.size() < 8 ) {
               add_quote_part( a, m_state.cap.quote1 );
               a.sentence = make_span( m_text, a.sentence.begin, s.end ); // a paragraph of quotation after it continues it
               m_sentence_attribution[ si ] = k + 1;
               return;
            }
         }
         if( match_signed_quote( si, doc ) || match_dash_source( si, doc ) ) {
            return;
         }
         if( !worth_matching( s ) ) {
            if( !match_in_view( si, doc ) && !match_impersonal( si, doc ) && !match_nominal( si, doc ) ) {
               match_poll_phrase( si, doc );
            }
            return;
         }
         if( match_orphan_trailer( si, doc ) ) {
            return;
         }
         m_worth = true;
         match_asked_intro( si, doc );
         const std::size_t e = m_state.content_end;
         std::size_t len = 0;
         const char32_t first = decode( m_text, s.begin, len );
         if( is_quote_mark( first ) && m_state.quote_at( s.begin ) != nullptr && ( try_rule< rules::quote_first >( s.begin, s ) || try_rule< rules::quote_first_loose >( s.begin, s ) ) && emit( si, pattern::quote_cue_speaker, doc ) ) {
            return;
         }
         if( const std::size_t q = quote_after_opener( s ); q != npos && ( try_rule< rules::quote_first >( q, s ) || try_rule< rules::quote_first_loose >( q, s ) ) && emit( si, pattern::quote_cue_speaker, doc ) ) { // "Yet, “...,” added Lind."
            return;
         }
         if( first >= 'A' && first <= 'Z' && try_rule< rules::cue_first >( s.begin, s ) && emit( si, pattern::speaker_cue_quote, doc ) ) { // "Said Lind, “...”"
            return;
         }
         if( s.ends_block && match_colon_intro( si, doc ) ) {
            return;
         }
         if( match_in_view( si, doc ) ) {
            return;
         }
         if( try_rule< rules::according_first >( s.begin, s ) && emit( si, pattern::according_to, doc ) ) {
            return;
         }
         if( try_rule< rules::according_first_loose >( s.begin, s ) && count_words( m_state.cap.content.begin, m_state.cap.content.end, 3 ) >= 3 && emit( si, pattern::according_to, doc ) ) {
            return;
         }
         if( try_rule< rules::as_first >( s.begin, s ) && emit( si, pattern::according_to, doc ) ) {
            return;
         }
         if( try_rule< rules::as_by_first >( s.begin, s ) && emit( si, pattern::according_to, doc ) ) {
            return;
         }
         if( try_rule< rules::anaphoric >( s.begin, s ) ) {
            emit( si, pattern::anaphoric_passive, doc ); // none when the previous sentence is no content: no other reading either
            return;
         }
         if( m_options.headlines && is_title_line( s ) && try_rule< rules::kicker_prefix >( s.begin, s ) ) {
            // "The Latest: Lind tells voters she is with them": the headline after its kicker
            const std::size_t after = s.begin + m_state.consumed;
            if( cue_after( after ) && try_rule< rules::speaker_first >( after, s ) && emit( si, pattern::speaker_cue_content, doc ) ) {
               return;
            }
            // "EXCLUSIVE – Lind: Vote Early": the headline after its kicker
            if( try_rule< rules::headline >( after, s ) && emit( si, pattern::headline_colon, doc ) ) {
               return;
            }
         }
         if( m_options.headlines && may_hold_colon( s ) && is_title_line( s ) && try_rule< rules::headline >( s.begin, s ) && emit( si, pattern::headline_colon, doc ) ) {
            return;
         }
         if( s.starts_block && may_hold_colon( s ) && match_transcript( si, doc ) ) {
            m_worth = false; // the turn is all its speaker's: no clause inside it reports apart ("LIND: Well, I think A")
            return;
         }
         // "After Scalia said that A, Trump said B": the attribution of an opening subordinate
         // clause ends at its comma (emit rejects a reading from its cue across the comma)
         const bool subordinate = opening_subordinator( s ) != 0;
         if( subordinate || opens_with_as( s ) ) {
            match_opening_clause( si, doc );
         }
         match_opening_gerund( si, doc );
         if( cue_after( s.begin ) && try_rule< rules::speaker_first >( s.begin, s ) && emit( si, pattern::speaker_cue_content, doc ) ) {
            return;
         }
         if( match_content_first( si, doc ) ) {
            return;
         }
         // after an introductory phrase: "In addition, X said ...", "On Monday, X said ..."
         std::size_t tries = 0;
         const bool found = for_each_comma( s.begin, e, [ & ]( const std::size_t i ) {
            if( ++tries > 4 ) {
               return true;
            }
            if( i > s.begin && i + 2 < e && is_digit( static_cast< unsigned char >( m_text[ i - 1 ] ) ) && is_digit( static_cast< unsigned char >( m_text[ i + 2 ] ) ) ) {
               return false; // "March 21, 2025": the comma of a date
            }
            // after a comma, or after a quotation whose text ends with one ("On “This Week,” X said")
            std::size_t from = m_text[ i ] == ',' ? i + 1 : i;
            while( from < e && is_space( decode( m_text, from, len ) ) ) {
               from += len;
            }
            if( !cue_after( from ) || !( m_text[ i ] == ',' && equal_word_at( from, "who" ) ? try_relative_aside( from, s ) : try_rule< rules::speaker_first >( from, s ) ) ) {
               return false;
            }
            if( m_text[ i ] == ',' && ( contrastive_at( from ) || equal_word_at( from, "and" ) ) && cue_before( i ) ) {
               if( match_main_clause( si, doc ) ) {
                  return true;
               }
               if( !try_rule< rules::speaker_first >( from, s ) ) {
                  return false;
               }
            }
            captures cap = m_state.cap;
            if( !cap.date.set() && try_rule< pegtl::seq< rules::date_phrase, rules::sp, rules::comma > >( s.begin, s ) ) {
               std::size_t de = i;
               std::size_t db = s.begin;
               trim( m_text, db, de );
               cap.date = slot{ db, de };
            }
            m_state.cap = cap;
            return emit( si, pattern::speaker_cue_content, doc );
         } );
         if( found && m_sentence_attribution[ si ] != 0 ) {
            return;
         }
         // after a conjunction or a relative word: "But he says ...", "in which she said ...",
         // "what many economists say is ..."
         std::size_t i = s.begin;
         std::size_t attempts = 0;
         bool tried_before_cue = false;
         const std::string_view upto = sub( m_text, 0, e );
         while( i < e && attempts < 12 && cue_after( i ) ) { // later tries start after the last cue
            if( m_text[ i ] == ' ' ) {
               ++i; // (no word starts there, and no length of it is noted: word_length() is spared)
               continue;
            }
            const std::size_t n = m_word_lengths.length( upto, i );
            if( n == 0 ) {
               i += code_point_length( m_text, i );
               continue;
            }
            // the word as it stands (none when longer than 12 bytes), compared in either case
            const std::string_view w( m_text.data() + i, n <= 12 ? n : 0 );
            i += n;
            const bool after_comma = i - n >= s.begin + 2 && has_at( m_text, i - n - 2, ", " );
            if( ( lexicon::equal_folded( "who", w ) || ( lexicon::equal_folded( "which", w ) && after_comma ) ) && i - n > s.begin ) { // "voters who say ...", "the NRA, which has endorsed ...": the relative word is the speaker
               ++attempts;
               if( dash_before( i - n ) != 0 ) {
                  if( const int r = match_dash_relative( si, i - n, doc ); r >= 0 ) {
                     if( r > 0 ) {
                        return;
                     }
                     continue;
                  }
               }
               // "Voters who backed the mayor say A": the subject with its relative clause speaks
               if( !after_comma && main_cue_after_relative( s, i - n ) && match_loose_subject( si, doc ) ) {
                  // "Voters who say A want B": the relative clause reports A, up to the end of the
                  // speaker it belongs to
                  const attribution& main = doc.attributions.back();
                  if( main.speaker && main.speaker->mention.end > i && main.speaker->mention.end < m_state.content_end ) {
                     const std::size_t saved = m_state.content_end;
                     m_state.content_end = main.speaker->mention.end;
                     if( try_rule< rules::speaker_first >( i - n, s ) ) {
                        emit( si, pattern::speaker_cue_content, doc );
                     }
                     m_state.content_end = saved;
                  }
                  return;
               }
               // "Lind, who had said A, issued a statement": the aside ends at its comma when a
               // verb follows it (the main clause goes on)
               const bool relative = try_relative_aside( i - n, s );
               if( relative && emit( si, pattern::speaker_cue_content, doc ) ) {
                  // "The board issued a statement saying that Lind meant people who support
                  // the plan": the main clause before the relative one
                  if( first_of_sentence( doc, s ) && cue_before( i - n ) ) {
                     match_before_cue( si, doc );
                  }
                  return;
               }
               continue;
            }
            if( w.empty() || !lexicon::contains_any_case( lexicon::sorted_clause_openers, w ) ) {
               continue;
            }
            std::size_t from = i;
            while( from < e && is_space( decode( m_text, from, len ) ) ) {
               from += len;
            }
            ++attempts;
            if( !tried_before_cue && after_comma && i - n > s.begin && cue_before( i - n ) ) {
               tried_before_cue = true;
               if( match_main_clause( si, doc ) ) {
                  return;
               }
            }
            if( from > i && cue_after( from ) && try_rule< rules::speaker_first >( from, s ) && emit( si, pattern::speaker_cue_content, doc ) ) {
               // "WASHINGTON (AP) - Lind said A and she accused B": the main clause before the
               // conjunction, whose subject speaker_first at the sentence start missed
               if( !tried_before_cue && !after_comma && first_of_sentence( doc, s ) && cue_before( i - n ) ) {
                  if( lexicon::equal_folded( "and", w ) || lexicon::equal_folded( "but", w ) ) {
                     match_main_clause( si, doc );
                  }
                  else {
                     match_before_cue( si, doc );
                  }
               }
               return;
            }
         }
         if( match_passive_agent( si, doc ) || match_before_cue( si, doc ) || match_loose_subject( si, doc ) ) {
            return;
         }
         match_according_anywhere( si, doc );
         if( m_sentence_attribution[ si ] == 0 && !match_colon_quote( si, doc ) && !match_impersonal( si, doc ) && !match_nominal( si, doc ) ) {
            match_poll_phrase( si, doc );
         }
      }

      // Does [b, e) report a standing in a poll: a lead, a share, a rank?
      [[nodiscard]] bool reports_standing( const std::size_t b, const std::size_t e ) const
      {
         static constexpr std::string_view words[] = { "ahead", "approve", "approved", "behind", "disapprove", "disapproved", "edge", "first", "fourth", "fifth", "lead", "leading", "leads", "led", "percent", "point", "points", "sagged", "second", "slipped", "surged", "third", "tie", "tied", "trail", "trailed", "trailing", "trails" };
         char buf[ 12 ];
         for( std::size_t i = b; i < e; ) {
            const std::size_t n = word_length( m_text, i );
            if( n == 0 ) {
               if( m_text[ i ] == '%' ) {
                  return true;
               }
               ++i;
               continue;
            }
            const std::string_view w = word_at( i, buf );
            for( const std::string_view x : words ) {
               if( w == x ) {
                  return true;
               }
            }
            i += n;
         }
         return false;
      }

      // "Lind leads by six points in the latest Courier poll.", "In a survey released Monday,
      // 40 percent chose Lind.": a poll or survey named after "in" is the source of a standing
      // (a lead, a share, a rank) reported beside it; the cue is "in" (pattern::according_to: a
      // source phrase, no verb).
      // "Lind went even further: “...”", "He demurred: “...”": a clause whose verb is no
      // reporting verb, then a colon and a quotation that ends the sentence. The speaker is
      // the clause's subject (at the sentence start, or after an opening phrase and its
      // comma); the words from it to the colon are the cue.
      bool match_colon_quote( const std::size_t si, document& doc )
      {
         const sentence& s = m_sentences[ si ];
         const std::size_t e = m_state.content_end;
         const std::size_t colon = sub( m_text, s.begin, e - s.begin ).find( ':' );
         if( colon == std::string_view::npos || colon < 4 ) {
            return false;
         }
         const std::size_t c = s.begin + colon;
         const std::size_t open = skip_spaces( c + 1 );
         const raw_quote* q = open < e ? m_state.quote_at( open ) : nullptr;
         if( q == nullptr || inside_quotation( c ) ) {
            return false;
         }
         // the quotation ends the sentence (or runs on past it)
         std::size_t qe = std::min( q->close_end, e );
         if( q->close_end < e ) {
            std::size_t k = q->close_end;
            while( k < e && ( m_text[ k ] == ' ' || m_text[ k ] == '.' || m_text[ k ] == ')' ) ) {
               ++k;
            }
            if( k < e ) {
               return false;
            }
         }
         if( count_words( s.begin, c, 2 ) < 2 ) {
            return false; // "Lind: “...”" is a transcript's or a headline's
         }
         // the subject: at the sentence start (after "But", "And"), else after an opening
         // phrase's comma
         std::size_t sb = s.begin;
         char buf[ 12 ];
         const std::string_view first = word_at( sb, buf );
         if( is( first, "but" ) || is( first, "and" ) || is( first, "so" ) || is( first, "yet" ) ) {
            sb = skip_spaces( sb + first.size() );
         }
         const std::size_t comma = sub( m_text, sb, c - sb ).find( ',' );
         for( int attempt = 0; attempt < 2; ++attempt ) {
            if( attempt == 1 ) {
               if( comma == std::string_view::npos || !( opens_with_clause_opener( s ) || opens_with_adverbial( s, sb + comma ) ) ) {
                  return false;
               }
               sb = skip_spaces( sb + comma + 1 );
            }
            m_state.cap = no_captures;
            if( sb >= c || !try_rule< rules::capture< slots::speaker, rules::speaker_phrase > >( sb, s ) ) {
               continue;
            }
            const std::size_t se = m_state.cap.speaker.end;
            std::size_t verb = skip_spaces( se );
            if( verb < c && m_text[ verb ] == ',' ) {
               // an aside after the subject: "The union, in a note on its site, worded it"
               const std::size_t close = sub( m_text, verb + 1, c - verb - 1 ).find( ',' );
               verb = close == std::string_view::npos ? c : skip_spaces( verb + 2 + close );
            }
            // a verb of the subject follows (a lower-case word), and the clause is short
            if( verb <= se || verb >= c || m_text[ verb ] < 'a' || m_text[ verb ] > 'z' || count_words( verb, c, 13 ) > 12 || sub( m_text, verb, c - verb ).find_first_of( "\"(;" ) != std::string_view::npos ) {
               continue;
            }
            const std::string_view v = word_at( verb, buf );
            if( is( v, "of" ) || is( v, "and" ) || is( v, "or" ) || is( v, "in" ) || is( v, "for" ) || is( v, "to" ) || is( v, "on" ) || is( v, "at" ) || is( v, "from" ) || is( v, "with" ) ) {
               continue; // still the noun phrase: "the list of"
            }
            m_state.cap.cue = slot{ verb, c + 1 };
            m_state.cap.content = slot{ q->open, qe };
            return emit( si, pattern::speaker_cue_content, doc );
         }
         return false;
      }

      // Where the noun phrase that starts at `b` ends before `e`: before the verb of the clause
      // it is the subject of ("Lind's criticism of the plan grew louder": "the plan"), a finite
      // auxiliary, an irregular past or a past form in "-ed" that closes its phrase, after a
      // word at least; else `e`.
      [[nodiscard]] std::size_t noun_phrase_end( const std::size_t b, const std::size_t e ) const noexcept
      {
         int words = 0;
         for( std::size_t i = b; i < e; ) {
            const std::size_t n = word_length( m_text, i );
            if( n == 0 ) {
               ++i;
               continue;
            }
            char buf[ 12 ];
            const std::string_view w = n <= sizeof( buf ) ? ascii_lower( sub( m_text, i, n ), buf ) : std::string_view();
            if( words == 0 && ( is( w, "whether" ) || is( w, "how" ) || is( w, "what" ) || is( w, "why" ) || is( w, "who" ) || is( w, "when" ) || is( w, "where" ) || is( w, "if" ) ) ) {
               return e; // a clause: "questions about whether the plan will work"
            }
            if( is( w, "who" ) || is( w, "which" ) || is( w, "that" ) || is( w, "where" ) || is( w, "when" ) || is( w, "as" ) || is( w, "to" ) || is( w, "because" ) || is( w, "while" ) || is( w, "if" ) ) {
               return e; // a clause of the noun phrase's own: "an opponent who has proved", "as he found himself"
            }
            if( words >= 1 && !w.empty() && ( rules::finite_auxiliary( w ) || ( n >= 3 && n <= 7 && lexicon::contains( rules::irregular_past_set, w ) ) || ( n > 4 && ends_with( w, "ed" ) && rules::verb_ends_phrase( m_text, i + n, e ) ) ) ) {
               std::size_t end = i;
               while( end > b && m_text[ end - 1 ] == ' ' ) {
                  --end;
               }
               return end;
            }
            ++words;
            i += n;
         }
         return e;
      }

      // A noun that reports, with its preposition: "his criticism of the plan", "Lind's
      // endorsement of Ortiz", "questions about her health", "the suggestion that A". Only in
      // a sentence with no other attribution. The speaker is a possessive right before the
      // noun (an adjective between), else none; the content runs to a comma, a semicolon, a
      // dash or the end (for "that", to the end).
      bool match_nominal( const std::size_t si, document& doc )
      {
         struct noun
         {
            std::string_view word;
            std::string_view preposition;
            bool needs_speaker; // read only after a possessive: "won the endorsement of the union"
            bool needs_clause;  // read only before a wh-clause: "the question of whether A"
         };
         static constexpr noun nouns[] = {
            { "assertion", "that", false, false },
            { "attacks", "on", true, false },
            { "belief", "that", false, false },
            { "call", "for", true, false },
            { "calls", "for", true, false },
            { "claim", "that", true, false },
            { "commitment", "to", true, false },
            { "concerns", "about", false, false },
            { "contention", "that", true, false },
            { "criticism", "of", true, false },
            { "decision", "to", true, false },
            { "desire", "to", true, false },
            { "endorsement", "of", true, false },
            { "insistence", "that", true, false },
            { "intention", "to", true, false },
            { "opposition", "to", true, false },
            { "plan", "to", true, false },
            { "pledge", "to", true, false },
            { "promise", "to", true, false },
            { "proposal", "to", true, false },
            { "question", "about", false, true },
            { "question", "is", false, true },
            { "question", "of", false, true },
            { "questions", "about", false, false },
            { "refusal", "to", true, false },
            { "suggestion", "that", false, false },
            { "support", "for", true, false },
            { "argument", "for", true, false },
            { "assessment", "of", true, false },
            { "critique", "of", true, false },
            { "portrayal", "of", true, false },
            { "position", "on", true, false },
            { "rejection", "of", true, false },
            { "request", "for", true, false },
            { "stance", "on", true, false },
            { "view", "of", true, false },
            { "views", "on", true, false },
         };
         const sentence& s = m_sentences[ si ];
         const std::size_t e = m_state.content_end;
         if( m_nominal_at < s.begin || m_nominal_at >= e ) {
            return false; // none of the nouns (worth_matching() looked)
         }
         const std::string_view t = sub( m_text, 0, e );
         char buf[ 12 ];
         for( std::size_t i = m_nominal_at; i < e; ) {
            const std::size_t n = word_length( t, i );
            if( n == 0 ) {
               i += code_point_length( t, i );
               continue;
            }
            const std::size_t at = i;
            i += n;
            if( n < 4 || n > 11 || !reporting_noun( sub( t, at, n ) ) ) {
               continue;
            }
            if( i >= e || m_text[ i ] != ' ' || inside_quotation( at ) ) {
               continue;
            }
            const std::string_view w = word_at( at, buf );
            const std::size_t pb = i + 1;
            char pbuf[ 12 ];
            const std::string_view prep = word_at( pb, pbuf );
            const noun* found = nullptr;
            for( const noun& x : nouns ) {
               found = w == x.word && prep == x.preposition ? &x : found;
            }
            if( found == nullptr ) {
               continue;
            }
            if( found->needs_clause ) {
               char wbuf[ 12 ];
               const std::string_view wh = word_at( skip_spaces( pb + prep.size() ), wbuf );
               if( !is( wh, "whether" ) && !is( wh, "how" ) && !is( wh, "what" ) && !is( wh, "why" ) && !is( wh, "who" ) && !is( wh, "if" ) && !is( wh, "when" ) ) {
                  continue; // "a question of time"
               }
            }
            // (an infinitive keeps its "to": "his decision to resign")
            const bool infinitive = is( prep, "to" ) && !is( found->word, "commitment" ) && !is( found->word, "opposition" );
            const std::size_t cb = infinitive ? pb : skip_spaces( pb + prep.size() );
            std::size_t ce = cb;
            if( is( prep, "that" ) ) {
               ce = e;
            }
            else {
               while( ce < e && m_text[ ce ] != ',' && m_text[ ce ] != ';' && m_text[ ce ] != '(' && !( m_text[ ce ] == ' ' && ce + 1 < e && m_text[ ce + 1 ] == '-' ) && !has_at( m_text, ce, "\xE2\x80\x94" ) && !has_at( m_text, ce, "\xE2\x80\x93" ) ) {
                  ++ce;
               }
               // (an infinitive's phrase starts at its verb, past "to": "to seize the port has ...",
               // "to resign came late")
               const std::size_t np = infinitive ? skip_spaces( cb + 2 ) : cb;
               ce = np < ce ? noun_phrase_end( np, ce ) : ce;
            }
            if( count_words( cb, ce, 2 ) < 2 && !( ce > cb && m_text[ cb ] >= 'A' && m_text[ cb ] <= 'Z' ) ) {
               continue; // "concerns about it": too little to report
            }
            m_state.cap = no_captures;
            m_state.cap.cue = slot{ at, infinitive ? i : pb + prep.size() };
            m_state.cap.content = slot{ cb, ce };
            // the possessive: "his", "her", "their" or a word in 's, one adjective back at most
            std::size_t j = at;
            for( int k = 0; k < 2; ++k ) {
               while( j > s.begin && m_text[ j - 1 ] == ' ' ) {
                  --j;
               }
               const std::size_t b = nonspace_run_start( j, s.begin );
               if( b == j ) {
                  break;
               }
               const std::string_view pw = sub( m_text, b, j - b );
               const std::string_view lw = word_at( b, buf );
               if( is( lw, "his" ) || is( lw, "her" ) || is( lw, "their" ) ) {
                  m_state.cap.speaker = slot{ b, j };
                  break;
               }
               if( pw.size() > 2 && ( ends_with( pw, "'s" ) || ends_with( pw, "\xE2\x80\x99s" ) ) && pw[ 0 ] >= 'A' && pw[ 0 ] <= 'Z' ) {
                  // with the capitalised words of the name before it: "Judicial Watch's", "President Lind's"
                  std::size_t nb = b;
                  for( int words = 0; words < 4; ++words ) {
                     std::size_t pe = nb;
                     while( pe > s.begin && m_text[ pe - 1 ] == ' ' ) {
                        --pe;
                     }
                     const std::size_t wb = nonspace_run_start( pe, s.begin );
                     char nbuf[ 12 ];
                     const std::string_view nw = word_at( wb, nbuf );
                     if( wb == pe || m_text[ wb ] < 'A' || m_text[ wb ] > 'Z' || pe - wb != nw.size() || is( nw, "the" ) || is( nw, "a" ) || is( nw, "an" ) || is( nw, "but" ) || is( nw, "and" ) || is( nw, "in" ) || is( nw, "on" ) || is( nw, "for" ) || is( nw, "by" ) || is( nw, "with" ) || is( nw, "after" ) || is( nw, "as" ) || is( nw, "at" ) || is( nw, "while" ) || is( nw, "when" ) || is( nw, "if" ) || is( nw, "though" ) || is( nw, "although" ) || is( nw, "because" ) || is( nw, "since" ) || is( nw, "before" ) || is( nw, "once" ) || is( nw, "unless" ) || is( nw, "until" ) || is( nw, "despite" ) || is( nw, "from" ) || is( nw, "of" ) || is( nw, "to" ) ) {
                        break;
                     }
                     nb = wb;
                  }
                  m_state.cap.speaker = slot{ nb, j - ( ends_with( pw, "'s" ) ? 2 : 4 ) };
                  break;
               }
               if( pw.size() > 4 && ( ends_with( pw, "'s" ) || ends_with( pw, "\xE2\x80\x99s" ) ) && pw[ 0 ] >= 'a' && pw[ 0 ] <= 'z' ) {
                  // "the mayor's decision": a common noun after "the"
                  std::size_t pe = b;
                  while( pe > s.begin && m_text[ pe - 1 ] == ' ' ) {
                     --pe;
                  }
                  const std::size_t ab = nonspace_run_start( pe, s.begin );
                  char abuf[ 12 ];
                  if( ab < pe && is( word_at( ab, abuf ), "the" ) && pe - ab == 3 ) {
                     m_state.cap.speaker = slot{ ab, j - ( ends_with( pw, "'s" ) ? 2 : 4 ) };
                  }
                  break;
               }
               if( pw.back() == ',' || ( lw.size() < 4 && k == 0 ) ) {
                  break; // ("the criticism of": an article, no possessive)
               }
               j = b;
            }
            if( !m_state.cap.speaker.set() && found->needs_speaker ) {
               continue; // "won the endorsement of the union": the union endorses
            }
            m_emitting_nominal = true; // (the noun is the cue here, not a noun the cue stands for)
            const bool emitted = emit( si, pattern::speaker_cue_content, doc );
            m_emitting_nominal = false;
            return emitted;
         }
         return false;
      }

      bool match_poll_phrase( const std::size_t si, document& doc )
      {
         const sentence& s = m_sentences[ si ];
         const std::size_t e = m_state.content_end;
         if( e <= s.begin ) {
            return false;
         }
         const std::string_view t = sub( m_text, 0, e );
         if( ( hints_of( s.begin, e ) & hints_poll ) == 0 ) {
            return false; // neither "poll" nor "survey"
         }
         char buf[ 12 ];
         for( std::size_t i = s.begin; i < e; ) {
            const std::size_t n = word_length( t, i );
            if( n == 0 ) {
               i += code_point_length( t, i );
               continue;
            }
            const bool in = ( n == 2 && ( t[ i ] == 'i' || t[ i ] == 'I' ) && t[ i + 1 ] == 'n' && ( i == s.begin || t[ i - 1 ] == ' ' ) );
            i += n;
            if( !in || inside_quotation( i - n ) ) {
               continue;
            }
            const std::size_t in_at = i - n;
            // the source: at most eight words, with no comma, up to and with "poll(s)" or
            // "survey(s)", which ends it or is followed by "released", "by", "of", ...
            std::size_t src_end = npos;
            std::size_t j = i;
            for( int k = 0; k < 8 && j < e; ++k ) {
               while( j < e && t[ j ] == ' ' ) {
                  ++j;
               }
               const std::size_t m = word_length( t, j );
               if( m == 0 ) {
                  break;
               }
               const std::string_view w = word_at( j, buf );
               j += m;
               if( k == 0 && ( is( w, "the" ) ? false : ( is( w, "day" ) || is( w, "wake" ) ) ) ) {
                  break;
               }
               if( is( w, "poll" ) || is( w, "polls" ) || is( w, "survey" ) || is( w, "surveys" ) ) {
                  std::size_t a = j;
                  while( a < e && t[ a ] == ' ' ) {
                     ++a;
                  }
                  const std::string_view nx = a < e ? word_at( a, buf ) : std::string_view();
                  if( a >= e || t[ a ] == ',' || t[ a ] == ';' || is( nx, "released" ) || is( nx, "conducted" ) || is( nx, "published" ) || is( nx, "taken" ) || is( nx, "by" ) || is( nx, "of" ) || is( nx, "from" ) || is( nx, "last" ) || is( nx, "this" ) || is( nx, "on" ) || is( nx, "in" ) ) {
                     src_end = j;
                  }
                  break;
               }
            }
            if( src_end == npos ) {
               continue;
            }
            std::size_t src_begin = i;
            while( src_begin < src_end && t[ src_begin ] == ' ' ) {
               ++src_begin;
            }
            captures cap;
            cap.cue = slot{ in_at, in_at + 2 };
            cap.speaker = slot{ src_begin, src_end };
            std::size_t cb = s.begin;
            std::size_t ce = in_at;
            if( in_at == s.begin ) { // "In a poll released Monday, C."
               const std::size_t comma = t.find( ',', src_end );
               if( comma == std::string_view::npos || comma >= e || comma - src_end > 60 ) {
                  return false;
               }
               cb = comma + 1;
               ce = e;
            }
            trim( m_text, cb, ce );
            if( ce <= cb || m_text[ ce - 1 ] == ',' || count_words( cb, ce, 3 ) < 3 || !reports_standing( cb, ce ) ) {
               continue; // ("Cruz came in second in January polls": the next "in")
            }
            cap.content = slot{ cb, ce };
            m_state.cap = cap;
            emit( si, pattern::according_to, doc );
            return true;
         }
         return false;
      }

      // "The meeting was first reported by Politico.", "Lind was told by aides that ...": the
      // agent is the speaker. A subject that is a pronoun is content only with a that-clause.
      bool match_passive_agent( const std::size_t si, document& doc )
      {
         const sentence& s = m_sentences[ si ];
         if( !try_rule< rules::passive_agent >( s.begin, s ) ) {
            // after an opening phrase or two: "Earlier this month, on the show, Lind was asked by
            // its host whether ..."
            if( !opens_with_phrase( s ) ) {
               return false;
            }
            std::size_t tries = 0;
            const bool found = for_each_comma( s.begin, m_state.content_end, [ & ]( const std::size_t i ) { return ++tries > 3 || try_rule< rules::passive_agent >( skip_spaces( m_text[ i ] == ',' ? i + 1 : i ), s ); } );
            if( !found || tries > 3 ) {
               return false;
            }
         }
         const slot& c = m_state.cap.content;
         char buf[ 8 ];
         if( c.end - c.begin < sizeof( buf ) && lexicon::contains( lexicon::sorted_pronouns, ascii_lower( sub( m_text, c.begin, c.end - c.begin ), buf ) ) ) {
            return false; // "He was praised by ...": no content
         }
         // "Lind was criticized by her rivals for the delay": after a verb of praise or blame,
         // "for" gives the reason, no part of the agent
         if( m_state.cap.verb != nullptr && lexicon::contains( lexicon::sorted_reason_verbs, m_state.cap.verb->lemma ) ) {
            const slot agent = m_state.cap.speaker;
            if( const std::size_t f = find_bytes( sub( m_text, agent.begin, agent.end - agent.begin ), " for " ); f != std::string_view::npos && f > 0 ) {
               // (but "a spokesman for the union", "the director for policy" keep theirs)
               static constexpr std::string_view keep[] = { "adviser", "advisor", "aide", "attorney", "chief", "correspondent", "counsel", "director", "head", "lawyer", "manager", "official", "secretary", "spokesman", "spokesperson", "spokeswoman", "strategist" };
               static constexpr auto keep_set = lexicon::sorted( keep );
               std::size_t starts[ max_start_words ];
               char kb[ 12 ];
               const std::string_view before = word_starts_before( agent.begin + f, agent.begin, false, starts, 1 ) > 0 ? word_at( starts[ 0 ], kb ) : std::string_view();
               if( !lexicon::contains( keep_set, before ) ) {
                  m_state.cap.speaker.end = agent.begin + f;
               }
            }
         }
         emit( si, pattern::passive_agent, doc );
         return true;
      }

      // A question put to someone, with no asker named: "Rubio was asked whether ...", "...,
      // Lind said when asked about the strike", "After being asked if ...". The content is the
      // question (a wh-clause, "about" and its object, or a quotation) up to the next comma,
      // semicolon, colon, bracket or dash; pattern::impersonal, no speaker.
      void match_asked_passive( const std::size_t si, document& doc )
      {
         if( si < m_claimed_until ) {
            return;
         }
         const sentence& s = m_sentences[ si ];
         const std::size_t e = content_end_of( s );
         const std::string_view t = sub( m_text, s.begin, e > s.begin ? e - s.begin : 0 );
         for( std::size_t p = find_bytes( t, "sked " ); p != std::string_view::npos; p = find_bytes( t, "sked ", p + 1 ) ) {
            if( p == 0 || ( t[ p - 1 ] != 'a' && t[ p - 1 ] != 'A' ) || ( p > 1 && is_word_char( static_cast< unsigned char >( t[ p - 2 ] ) ) ) ) {
               continue;
            }
            const std::size_t at = s.begin + p - 1; // "asked"
            if( inside_quotation( at ) ) {
               continue;
            }
            // the word before: an auxiliary or a subordinator (or none: "Asked about ...")
            std::size_t cue_begin = at;
            if( at > s.begin ) {
               std::size_t j = at;
               while( j > s.begin && m_text[ j - 1 ] == ' ' ) {
                  --j;
               }
               std::size_t b = nonspace_run_start( j, s.begin );
               char buf[ 12 ];
               const std::string_view w = word_at( b, buf );
               if( is( w, "was" ) || is( w, "were" ) || is( w, "been" ) || is( w, "being" ) || is( w, "is" ) || is( w, "are" ) || is( w, "be" ) ) {
                  cue_begin = b;
               }
               else if( !( is( w, "when" ) || is( w, "if" ) || is( w, "after" ) || is( w, "once" ) || is( w, "as" ) ) ) {
                  continue; // "she asked": an asker
               }
            }
            std::size_t after = at + 5;
            while( after < e && m_text[ after ] == ' ' ) {
               ++after;
            }
            char nb[ 12 ];
            std::string_view nw = word_at( after, nb );
            std::size_t cue_end = at + 5;
            // "was asked on Fox News whether", "was asked again if": a date, medium or adverb first
            if( !is( nw, "about" ) && !is( nw, "by" ) && try_rule< rules::adjuncts >( at + 5, s ) && m_state.consumed > 0 ) {
               cue_end = at + 5 + m_state.consumed;
               after = skip_spaces( cue_end );
               nw = word_at( after, nb );
            }
            std::size_t cb = after;
            if( is( nw, "about" ) ) {
               cue_end = after + 5;
               cb = after + 5;
               while( cb < e && m_text[ cb ] == ' ' ) {
                  ++cb;
               }
            }
            else if( !( is( nw, "whether" ) || is( nw, "if" ) || is( nw, "why" ) || is( nw, "how" ) || is( nw, "what" ) || is( nw, "whom" ) || is( nw, "who" ) || is( nw, "when" ) || is( nw, "where" ) || is( nw, "which" ) ) ) {
               const raw_quote* q = after < e ? m_state.quote_at( after ) : nullptr;
               if( q == nullptr && !( after < e && m_text[ after ] == ',' ) ) {
                  continue; // "was asked by", "asked them to": not a question alone
               }
               if( q == nullptr ) { // "was asked, “...”"
                  std::size_t k = after + 1;
                  while( k < e && m_text[ k ] == ' ' ) {
                     ++k;
                  }
                  q = k < e ? m_state.quote_at( k ) : nullptr;
                  if( q == nullptr ) {
                     continue;
                  }
               }
               m_state.cap = no_captures;
               m_state.cap.cue = slot{ cue_begin, cue_end };
               m_state.cap.content = slot{ q->open, q->close_end };
               emit( si, pattern::impersonal, doc );
               continue;
            }
            const std::size_t ce = clause_end( cb, e );
            if( ce <= cb ) {
               continue;
            }
            m_state.cap = no_captures;
            m_state.cap.cue = slot{ cue_begin, cue_end };
            m_state.cap.content = slot{ cb, ce };
            emit( si, pattern::impersonal, doc );
         }
      }

      // The first comma, semicolon, colon, bracket or dash at or after b (before e), outside
      // quotations; e if there is none.
      [[nodiscard]] std::size_t clause_end( const std::size_t b, const std::size_t e ) const noexcept
      {
         std::size_t j = b;
         while( j < e ) {
            const char c = m_text[ j ];
            if( c == ',' || c == ';' || c == ':' || c == '(' || c == ')' || ( c == ' ' && j + 2 < e && m_text[ j + 1 ] == '-' && m_text[ j + 2 ] == ' ' ) || ( j + 3 <= e && has_at( m_text, j, "\xE2\x80\x94" ) ) ) {
               break;
            }
            if( const raw_quote* q = m_state.quote_at( j ); q != nullptr && q->close_end > j ) {
               j = q->close_end;
               continue;
            }
            ++j;
         }
         return std::min( j, e );
      }

      std::size_t m_hints_begin = npos;
      std::size_t m_hints_end = npos;
      unsigned m_hints = 0;

      // hints_impersonal: the text [b, e) holds one of match_impersonal's stems; hints_poll: one
      // of match_poll_phrase's. One pass for all of them, kept for the next caller with the same
      // range (match_poll_phrase, then match_impersonal).
      [[nodiscard]] unsigned hints_of( const std::size_t b, const std::size_t e )
      {
         if( b == m_hints_begin && e == m_hints_end ) {
            return m_hints;
         }
         const std::string_view t = sub( m_text, b, e - b );
         unsigned found = 0;
         // the stems whose keys are at t[i] (i + 1 < t.size()), where t[i] and t[i + 1] start a key
         const auto stems_after_pair = [ & ]( const std::size_t i ) noexcept {
            const hint_list& l = hint_starts[ static_cast< unsigned char >( t[ i ] ) ];
            for( std::size_t j = 0; j < l.count; ++j ) {
               if( t[ i + 1 ] != l.second[ j ] ) {
                  continue;
               }
               const std::string_view w = hint_stems[ l.stems[ j ] ];
               const std::size_t off = hint_key_offsets[ l.stems[ j ] ];
               if( i < off || t.size() - ( i - off ) < w.size() ) {
                  continue;
               }
               std::size_t m = 0; // the bytes other than the key's, to the first that differs
               while( m < w.size() && ( ( m >= off && m < off + 2 ) || t[ i - off + m ] == w[ m ] ) ) {
                  ++m;
               }
               if( m == w.size() ) {
                  found |= l.stems[ j ] < hint_poll_first ? hints_impersonal : hints_poll;
               }
            }
         };
         // the stems whose keys are at t[i] (i + 1 < t.size())
         const auto stems_at = [ & ]( const std::size_t i ) noexcept {
            if( hint_counts[ static_cast< unsigned char >( t[ i ] ) ] == 0 ) {
               return; // most bytes start no key
            }
            const auto second = static_cast< unsigned char >( t[ i + 1 ] );
            if( ( ( hint_seconds[ static_cast< unsigned char >( t[ i ] ) ][ second / 64U ] >> ( second % 64U ) ) & 1U ) == 0 ) {
               return; // and most that start one ("a") are not followed by its second byte
            }
            stems_after_pair( i );
         };
#if defined( QUOTH_BYTES16 )
         // sixteen positions a round: the stems at those where a stem's key is. The last round
         // ends at the end of t, over positions read before if need be (a stem found twice is
         // found all the same).
         std::size_t i = 0;
         while( i + 1 < t.size() && t.size() >= 17 && found != ( hints_impersonal | hints_poll ) ) {
            i = std::min( i, t.size() - 17 );
            bytes16 first;
            bytes16 second;
            std::memcpy( &first, t.data() + i, 16 );
            std::memcpy( &second, t.data() + i + 1, 16 );
            for( unsigned m = high_bits16( reinterpret_cast< bytes16 >( hint_key_lanes( first, second, std::make_index_sequence< hint_key_pairs.count >() ) ) ); m != 0; m &= m - 1 ) {
               stems_after_pair( i + static_cast< std::size_t >( __builtin_ctz( m ) ) );
            }
            i += 16;
         }
         // a short t one by one
         for( ; i + 1 < t.size() && found != ( hints_impersonal | hints_poll ); ++i ) {
            stems_at( i );
         }
#else
         // the pairs at even positions: a key at k - 1 or k has one there (see hint_pairs)
         for( std::size_t k = 0; k + 1 < t.size(); k += 2 ) {
            const unsigned pair = static_cast< unsigned char >( t[ k ] ) | ( static_cast< unsigned >( static_cast< unsigned char >( t[ k + 1 ] ) ) << 8U );
            if( ( ( hint_pairs[ pair / 64U ] >> ( pair % 64U ) ) & 1U ) == 0 ) {
               continue;
            }
            if( k > 0 ) {
               stems_at( k - 1 );
            }
            stems_at( k );
            if( found == ( hints_impersonal | hints_poll ) ) {
               break;
            }
         }
#endif
         m_hints_begin = b;
         m_hints_end = e;
         m_hints = found;
         return found;
      }

      // A view with no speaker: "The bill seems to have stalled", "Lind is widely expected to
      // run", "It is not clear whether ...", "The mayor reportedly left". The content is the
      // clause from its subject on (for "it is clear", what follows the cue).
      // "The bank, which has held rates near zero, is expected to": before the comma at `at`
      // (the cue's start) an aside opened by the sentence's first comma, and before that a
      // subject of a few words from the sentence start. Its start, or `at` when there is none.
      [[nodiscard]] std::size_t subject_before_aside( const sentence& s, const std::size_t at ) const noexcept
      {
         std::size_t close = at;
         while( close > s.begin && m_text[ close - 1 ] == ' ' ) {
            --close;
         }
         --close; // the comma that closes the aside
         const std::string_view head = sub( m_text, s.begin, close - s.begin );
         const std::size_t open = head.find( ',' );
         if( open == std::string_view::npos || open == 0 || head.find_first_of( ";:\"", open + 1 ) != std::string_view::npos ) {
            return at;
         }
         std::size_t words = 0;
         for( std::size_t k = 0; k < open; ++k ) {
            words += head[ k ] == ' ' ? 1 : 0;
            if( words > 8 || head[ k ] == ';' || head[ k ] == ':' || head[ k ] == '"' ) {
               return at;
            }
         }
         const char f = m_text[ s.begin ];
         return ( f >= 'A' && f <= 'Z' ) ? s.begin : at;
      }

      // "known as" / "known for" at `known`, a name or a reputation no one is said to give:
      // "He is best known for his ads", "the string of votes known as Super Tuesday", "the
      // party, also known as the Greens". Sets the cue (with the adverbs and the verb before
      // "known") and, for a clause with a verb ("is", "became"), leaves content_begin npos:
      // the content is the clause from its subject on. Without a verb, the content is the noun
      // phrase before (across the comma of an aside) and the name after, up to a comma.
      [[nodiscard]] bool known_as( const sentence& s, const std::size_t known, std::size_t& cue_begin, std::size_t& cue_end, std::size_t& content_begin, std::size_t& content_end ) const
      {
         static constexpr std::string_view adverb_list[] = { "also", "best", "better", "commonly", "derisively", "formerly", "later", "locally", "long", "mostly", "not", "now", "often", "once", "popularly", "still", "well", "widely" };
         static constexpr auto adverbs = lexicon::sorted( adverb_list );
         static constexpr std::string_view verb_list[] = { "are", "be", "became", "become", "becomes", "been", "is", "it's", "it\xE2\x80\x99s", "was", "were" };
         static constexpr auto verbs = lexicon::sorted( verb_list );
         const std::size_t e = m_state.content_end;
         std::size_t nx = known + 5;
         while( nx < e && m_text[ nx ] == ' ' ) {
            ++nx;
         }
         char buf[ 12 ];
         const std::string_view next = word_at( nx, buf );
         if( !( is( next, "as" ) || is( next, "for" ) ) || nx + next.size() >= e || inside_quotation( known ) ) {
            return false;
         }
         cue_end = nx + next.size();
         std::size_t b = known;
         std::string_view before;
         for( int k = 0; k < 3; ++k ) {
            std::size_t j = b;
            while( j > s.begin && m_text[ j - 1 ] == ' ' ) {
               --j;
            }
            const std::size_t wb = nonspace_run_start( j, s.begin );
            if( wb == j ) {
               break;
            }
            before = wb < j ? word_at( wb, buf ) : std::string_view();
            if( wb + before.size() != j ) {
               break; // a word that ends in punctuation: "Paris, known as"
            }
            if( lexicon::contains( adverbs, before ) ) {
               b = wb;
               continue;
            }
            if( is( before, "has" ) || is( before, "have" ) || is( before, "had" ) || is( before, "having" ) ) {
               return false; // "whom he has known for years": the verb "know"
            }
            if( lexicon::contains( verbs, before ) ) {
               cue_begin = wb;
               content_begin = npos; // the clause's subject on
               content_end = e;
               return true;
            }
            break;
         }
         cue_begin = b;
         // the name: up to a comma, a semicolon, a colon, a bracket or a dash
         std::size_t ce = cue_end;
         while( ce < e && m_text[ ce ] != ',' && m_text[ ce ] != ';' && m_text[ ce ] != ':' && m_text[ ce ] != '(' && m_text[ ce ] != ')' && !( m_text[ ce ] == ' ' && ce + 1 < e && m_text[ ce + 1 ] == '-' ) && !has_at( m_text, ce, "\xE2\x80\x94" ) && !has_at( m_text, ce, "\xE2\x80\x93" ) ) {
            ++ce;
         }
         if( count_words( cue_end, ce, 1 ) == 0 ) {
            return false;
         }
         content_end = ce;
         // the noun phrase before: back over an aside's comma, then up to six words, to a
         // determiner (which it keeps) or to a preposition, a relative word, a conjunction or
         // punctuation (which it does not)
         std::size_t j = cue_begin;
         while( j > s.begin && m_text[ j - 1 ] == ' ' ) {
            --j;
         }
         if( j > s.begin && m_text[ j - 1 ] == ',' ) {
            --j;
         }
         std::size_t start = cue_begin;
         for( int k = 0; k < 6; ++k ) {
            while( j > s.begin && m_text[ j - 1 ] == ' ' ) {
               --j;
            }
            const std::size_t wb = nonspace_run_start( j, s.begin );
            if( wb == j ) {
               break;
            }
            const char last = m_text[ j - 1 ];
            if( last == ',' || last == ';' || last == ':' || last == ')' || ( k > 0 && last == '.' ) ) {
               break;
            }
            if( !is_ascii_alnum( static_cast< unsigned char >( m_text[ wb ] ) ) ) {
               break; // a quotation or a dash
            }
            const std::string_view lw = word_at( wb, buf ); // (empty for a long word: a noun)
            if( ( !is( lw, "of" ) && lexicon::contains( lexicon::sorted_trailing_openers, lw ) ) || is( lw, "that" ) || is( lw, "which" ) || is( lw, "who" ) || is( lw, "and" ) || is( lw, "but" ) || is( lw, "or" ) || is( lw, "to" ) ) {
               break;
            }
            start = wb;
            if( lexicon::contains( lexicon::sorted_determiners, lw ) ) {
               break;
            }
            j = wb;
         }
         content_begin = start < cue_begin ? start : cue_end;
         while( content_begin < content_end && m_text[ content_begin ] == ' ' ) {
            ++content_begin;
         }
         return true;
      }

      // The words match_impersonal tests a word for (in lower case): any other word goes on.
      static constexpr std::string_view impersonal_word_list[] = { "seen", "viewed", "regarded", "perceived", "believed", "thought", "said", "rumored", "rumoured", "understood", "considered", "seem", "seems", "seemed", "appear", "appears", "appeared", "expected", "reportedly", "allegedly", "supposedly", "purportedly", "clear", "unclear", "obvious", "evident", "known", "criticized", "criticised", "accused", "charged" };
      static constexpr auto impersonal_words = lexicon::sorted( impersonal_word_list );

      // Did match_impersonal_views() report anything?
      bool match_impersonal( const std::size_t si, document& doc )
      {
         const std::size_t before = doc.attributions.size();
         match_impersonal_views( si, doc );
         return doc.attributions.size() != before;
      }

      void match_impersonal_views( const std::size_t si, document& doc )
      {
         const sentence& s = m_sentences[ si ];
         const std::size_t e = m_state.content_end;
         if( e <= s.begin ) {
            return;
         }
         const std::string_view t = sub( m_text, 0, e );
         if( ( hints_of( s.begin, e ) & hints_impersonal ) == 0 ) {
            return; // most sentences hold none of the words
         }
         // one word back from `at` (which is at a word start): its start, or npos
         const auto word_before = [ & ]( const std::size_t at ) {
            std::size_t j = at;
            while( j > s.begin && m_text[ j - 1 ] == ' ' ) {
               --j;
            }
            std::size_t b = nonspace_run_start( j, s.begin );
            return b < j ? b : npos;
         };
         const auto lower_at = [ & ]( const std::size_t at, char( &buf )[ 12 ] ) {
            const std::size_t n = at < e ? word_length( t, at ) : 0;
            return ( n > 0 && n <= sizeof( buf ) ) ? ascii_lower( sub( t, at, n ), buf ) : std::string_view();
         };
         const auto next_word = [ & ]( std::size_t at ) {
            at += word_length( t, at );
            while( at < e && m_text[ at ] == ' ' ) {
               ++at;
            }
            return at;
         };
         // the lengths worth_matching() noted, when t ends where the sentence's content does (no
         // word of the sentence runs on past it: see word_lengths::length())
         const bool noted = e == content_end_of( s );
         std::size_t i = s.begin;
         while( i < e ) {
            if( t[ i ] == ' ' ) {
               ++i; // (a space starts no word)
               continue;
            }
            const std::size_t n = noted ? m_word_lengths.length( t, i ) : word_length( t, i );
            if( n == 0 ) {
               i += code_point_length( t, i );
               continue;
            }
            char buf[ 12 ];
            char nb[ 12 ];
            if( n < 4 || n > sizeof( buf ) || !impersonal_words.may_contain( n, ascii_lowered.to[ static_cast< unsigned char >( t[ i ] ) ] ) || !lexicon::contains_folded( impersonal_words, sub( t, i, n ) ) ) {
               i += n; // none of the words below
               continue;
            }
            const std::string_view w = ascii_lower( sub( t, i, n ), buf );
            std::size_t cue_begin = i;
            std::size_t cue_end = i + n;
            std::size_t content_begin = npos;
            std::size_t content_end = e;
            bool subject_content = true; // the content starts at the subject
            // "is widely seen as", "was believed to": a passive of perception with no agent
            const bool seen_as = is( w, "seen" ) || is( w, "viewed" ) || is( w, "regarded" ) || is( w, "perceived" );
            const bool believed_to = is( w, "believed" ) || is( w, "thought" ) || is( w, "said" ) || is( w, "rumored" ) || is( w, "rumoured" ) || is( w, "understood" ) || is( w, "considered" );
            if( seen_as || believed_to ) {
               const std::size_t nx = next_word( i );
               if( lower_at( nx, nb ) != ( seen_as ? "as" : "to" ) ) {
                  i += n;
                  continue;
               }
            }
            if( is( w, "seem" ) || is( w, "seems" ) || is( w, "seemed" ) || is( w, "appear" ) || is( w, "appears" ) || is( w, "appeared" ) || is( w, "expected" ) || seen_as || believed_to ) {
               const std::size_t nx = next_word( i );
               if( lower_at( nx, nb ) == ( seen_as ? "as" : "to" ) || ( !is( w, "expected" ) && !seen_as && !believed_to && lower_at( nx, nb ) == "that" ) ) {
                  if( is( w, "expected" ) || seen_as || believed_to ) { // only "is [widely] expected to": "she expected to win" has a speaker
                     std::size_t b = word_before( i );
                     char ab[ 12 ];
                     if( b != npos && ( lower_at( b, ab ) == "widely" || lower_at( b, ab ) == "not" || lower_at( b, ab ) == "also" || lower_at( b, ab ) == "generally" || lower_at( b, ab ) == "largely" || lower_at( b, ab ) == "often" || lower_at( b, ab ) == "increasingly" || lower_at( b, ab ) == "still" || lower_at( b, ab ) == "originally" || lower_at( b, ab ) == "initially" || lower_at( b, ab ) == "now" ) ) {
                        b = word_before( b );
                     }
                     const std::string_view aux = b != npos ? lower_at( b, ab ) : std::string_view();
                     if( !is( aux, "is" ) && !is( aux, "are" ) && !is( aux, "was" ) && !is( aux, "were" ) && !is( aux, "been" ) && !is( aux, "be" ) ) {
                        i += n;
                        continue;
                     }
                     cue_begin = b;
                  }
                  content_begin = s.begin;
                  if( lower_at( nx, nb ) == "that" ) {
                     content_begin = next_word( nx );
                     subject_content = false;
                  }
               }
               else if( !is( w, "expected" ) && nx < e && m_text[ nx ] >= 'a' && m_text[ nx ] <= 'z' ) {
                  // "seemed irritated", "appears unlikely": an adjective, not "appeared on TV"
                  const std::string_view nw = lower_at( nx, nb );
                  if( is( nw, "like" ) && !is( w, "appear" ) && !is( w, "appears" ) && !is( w, "appeared" ) ) {
                     content_begin = s.begin; // "seemed like a lost cause"
                  }
                  else if( ( is( w, "seem" ) || is( w, "seems" ) || is( w, "seemed" ) ) && ( is( nw, "a" ) || is( nw, "an" ) || is( nw, "so" ) || is( nw, "too" ) || is( nw, "more" ) || is( nw, "less" ) || is( nw, "almost" ) || is( nw, "quite" ) || is( nw, "very" ) || is( nw, "rather" ) || is( nw, "beside" ) ) ) {
                     content_begin = s.begin; // "seemed a reminder", "seemed so stark", "seemed beside the point"
                  }
                  else if( !nw.empty() && !is( nw, "as" ) && !is( nw, "before" ) && !is( nw, "onstage" ) && !is( nw, "alongside" ) && !is( nw, "together" ) && !is( nw, "live" ) && !lexicon::contains( lexicon::sorted_object_markers, nw ) && !lexicon::contains( lexicon::sorted_determiners, nw ) && !lexicon::contains( lexicon::sorted_stop_words, nw ) ) {
                     content_begin = s.begin;
                  }
                  else if( const std::size_t b = word_before( i ); b != npos && ( is( nw, "the" ) || is( nw, "a" ) || is( nw, "he" ) || is( nw, "she" ) || is( nw, "they" ) || is( nw, "we" ) || is( nw, "his" ) || is( nw, "her" ) || is( nw, "their" ) ) ) {
                     char ib[ 12 ];
                     if( lower_at( b, ib ) == "it" ) { // "it seems the voters have ...": a clause with no "that"
                        cue_begin = b;
                        content_begin = nx;
                        subject_content = false;
                     }
                  }
               }
            }
            else if( is( w, "criticized" ) || is( w, "criticised" ) || is( w, "accused" ) || is( w, "charged" ) ) {
               // "Lind has been widely criticized for the delay", "Ortiz is accused of fraud",
               // "Two clerks were charged with bribery": a passive of judgement with no agent
               // (one with "by" has its own pattern); the content is the subject and the charge
               const std::string_view nw = lower_at( next_word( i ), nb );
               const bool charge = is( w, "accused" ) ? is( nw, "of" ) : is( w, "charged" ) ? is( nw, "with" )
                                                                                            : ( is( nw, "for" ) || is( nw, "as" ) );
               std::size_t b = word_before( i );
               char ab[ 12 ];
               for( int adverbs = 0; adverbs < 2 && b != npos; ++adverbs ) {
                  const std::string_view aw = lower_at( b, ab );
                  if( !( aw.size() > 4 && ends_with( aw, "ly" ) ) && !is( aw, "also" ) && !is( aw, "not" ) && !is( aw, "never" ) && !is( aw, "often" ) && !is( aw, "since" ) && !is( aw, "later" ) && !is( aw, "already" ) ) {
                     break;
                  }
                  b = word_before( b );
               }
               const std::string_view aux = b != npos ? lower_at( b, ab ) : std::string_view();
               if( !charge || !( is( aux, "is" ) || is( aux, "are" ) || is( aux, "was" ) || is( aux, "were" ) || is( aux, "been" ) || is( aux, "be" ) || is( aux, "being" ) ) ) {
                  i += n;
                  continue;
               }
               if( is( aux, "been" ) ) {
                  const std::size_t h = word_before( b );
                  const std::string_view hw = h != npos ? lower_at( h, ab ) : std::string_view();
                  b = ( is( hw, "has" ) || is( hw, "have" ) || is( hw, "had" ) ) ? h : b; // "has been criticized"
               }
               cue_begin = b;
               content_begin = s.begin;
            }
            else if( is( w, "reportedly" ) || is( w, "allegedly" ) || is( w, "supposedly" ) || is( w, "purportedly" ) ) {
               content_begin = s.begin;
            }
            else if( is( w, "clear" ) || is( w, "unclear" ) || is( w, "obvious" ) || is( w, "evident" ) ) {
               std::size_t nx = next_word( i );
               std::string_view nw = lower_at( nx, nb );
               if( is( nw, "exactly" ) || is( nw, "yet" ) || is( nw, "immediately" ) ) {
                  nx = next_word( nx ); // "it was unclear exactly when"
                  nw = lower_at( nx, nb );
               }
               if( is( nw, "that" ) || is( nw, "whether" ) || is( nw, "if" ) || is( nw, "how" ) || is( nw, "why" ) || is( nw, "what" ) || is( nw, "who" ) || is( nw, "when" ) || ( nx < e && rules::clause_ahead( m_text, nx, e ) ) ) { // (or a clause with no "that": "it became clear Lind would win")
                  std::size_t b = word_before( i );
                  char ab[ 12 ];
                  if( b != npos && ( lower_at( b, ab ) == "not" || lower_at( b, ab ) == "entirely" || lower_at( b, ab ) == "still" || lower_at( b, ab ) == "also" || lower_at( b, ab ) == "increasingly" ) ) {
                     b = word_before( b );
                  }
                  const std::string_view aux = b != npos ? lower_at( b, ab ) : std::string_view();
                  const std::size_t it = ( is( aux, "is" ) || is( aux, "was" ) || is( aux, "became" ) || is( aux, "becomes" ) || is( aux, "seems" ) || is( aux, "remains" ) || is( aux, "remained" ) ) ? word_before( b ) : npos;
                  // "Nor is it clear that A": the copula before "it"
                  const std::size_t inverted = is( aux, "it" ) ? word_before( b ) : npos;
                  char vb[ 12 ];
                  const std::size_t nor = inverted != npos ? word_before( inverted ) : npos;
                  if( inverted != npos && ( lower_at( inverted, vb ) == "is" || lower_at( inverted, vb ) == "was" ) && nor != npos && ( lower_at( nor, ab ) == "nor" || lower_at( nor, ab ) == "neither" ) ) {
                     cue_begin = nor; // (a question, "Is it clear that A?", reports nothing)
                     content_begin = is( nw, "that" ) ? next_word( nx ) : nx;
                     subject_content = false;
                  }
                  else if( is( aux, "it's" ) || is( aux, "it\xE2\x80\x99s" ) || ( it != npos && lower_at( it, ab ) == "it" ) ) {
                     cue_begin = is( aux, "it's" ) || is( aux, "it\xE2\x80\x99s" ) ? b : it;
                     content_begin = is( nw, "that" ) ? next_word( nx ) : nx;
                     subject_content = false;
                  }
               }
            }
            else if( is( w, "known" ) ) {
               if( !known_as( s, i, cue_begin, cue_end, content_begin, content_end ) ) {
                  i += n;
                  continue;
               }
               subject_content = content_begin == npos;
               content_begin = subject_content ? s.begin : content_begin;
            }
            if( content_begin == npos ) {
               i += n;
               continue;
            }
            if( subject_content ) {
               // the subject starts after the nearest comma, semicolon or clause opener before the cue
               std::size_t b = cue_begin;
               while( b > s.begin ) {
                  const std::size_t wb = word_before( b );
                  if( wb == npos ) {
                     break;
                  }
                  const char before = m_text[ b - 1 ] == ' ' && b - 1 > s.begin ? m_text[ b - 2 ] : m_text[ b - 1 ];
                  if( before == ',' && b == cue_begin ) {
                     b = subject_before_aside( s, b );
                     break;
                  }
                  if( before == ',' || before == ';' || before == ':' ) {
                     break;
                  }
                  char ob[ 12 ];
                  const std::string_view ow = lower_at( wb, ob );
                  if( ( is( ow, "which" ) || is( ow, "who" ) ) && b == cue_begin ) {
                     b = wb; // "..., which is expected to draw a crowd": the relative word is the subject
                     // "Ortiz, who is expected to win, resigned": the relative clause ends the content
                     for( std::size_t k = cue_end; k < e; ++k ) {
                        if( m_text[ k ] == ',' || m_text[ k ] == ';' ) {
                           content_end = k;
                           break;
                        }
                     }
                     break;
                  }
                  if( is( ow, "that" ) && wb == s.begin ) {
                     b = wb; // "That was expected to take a year": a demonstrative subject
                     break;
                  }
                  if( ( is( ow, "but" ) || is( ow, "and" ) ) && b == cue_begin ) {
                     b = s.begin; // "She is moving but is expected to stay", "It is old, and is widely seen as slow": the sentence's subject
                     break;
                  }
                  if( is( ow, "that" ) || is( ow, "which" ) || is( ow, "but" ) || is( ow, "because" ) || is( ow, "while" ) || is( ow, "although" ) || is( ow, "though" ) || is( ow, "if" ) || is( ow, "when" ) || is( ow, "since" ) || is( ow, "as" ) || is( ow, "so" ) ) {
                     break;
                  }
                  b = wb;
               }
               if( char cb[ 12 ]; b < cue_begin && ( lower_at( b, cb ) == "and" || lower_at( b, cb ) == "but" ) ) {
                  b = next_word( b ); // "..., and Ortiz is expected to win": the conjunction is no part of it
               }
               content_begin = b;
            }
            if( content_begin >= e || content_begin == cue_begin ) {
               i += n;
               continue;
            }
            m_state.cap = no_captures;
            m_state.cap.cue = slot{ cue_begin, cue_end };
            m_state.cap.content = slot{ content_begin, content_end };
            emit( si, pattern::impersonal, doc );
            return;
         }
      }

      // The speaker ends right before a cue word, after words no anchor reaches: "Still, even
      // Mr. Lee says ...", "On the trail the senator said ...". speaker_first is tried from each
      // of the few word starts before each cue word, the farthest first, so the longest speaker
      // phrase the grammar accepts wins. Starts stay inside the sentence and outside quotations.
      static constexpr std::size_t max_start_words = 10; // subject starts tried before a cue word
      static constexpr std::size_t max_reach = 160;      // bytes between such a start and its cue word

      // The word starts before the cue word at `c`, nearest first, at most `limit` (at most
      // max_start_words) and none before `floor` (a word that starts at `floor` only when
      // include_floor). Stops at a quotation, a bracket or a dash, and after a word that ends in
      // ; : ) or ". The first starts are the same whatever the limit: a caller that reads only
      // the nearest few asks for no more.
      std::size_t word_starts_before( const std::size_t c, const std::size_t floor, const bool include_floor, std::size_t ( &starts )[ max_start_words ], const std::size_t limit = max_start_words ) const noexcept
      {
         std::size_t k = 0;
         std::size_t j = c;
         while( k < limit && j > floor ) {
            while( j > floor && m_text[ j - 1 ] == ' ' ) {
               --j;
            }
            std::size_t b = nonspace_run_start( j, floor );
            if( b == j || ( b == floor && !include_floor ) ) {
               break; // no word, or a word cut by the reach
            }
            const char first = m_text[ b ];
            const bool word = ( first >= 'a' && first <= 'z' ) || ( first >= 'A' && first <= 'Z' ) || ( first >= '0' && first <= '9' );
            if( !word ) {
               if( first == '(' && m_text[ j - 1 ] == ')' ) {
                  j = b; // "Jo Lind (D-N.D.) opposes": a note inside the speaker
                  continue;
               }
               break; // a quotation, a bracket or a dash
            }
            starts[ k++ ] = b;
            if( const char last = m_text[ j - 1 ]; last == ';' || last == ':' || last == ')' || last == '"' ) {
               break;
            }
            j = b;
         }
         return k;
      }

      // Up to 16 words from the sentence start (after a leading conjunction) to its first cue
      // phrase as the speaker, when rules::loose_subject_tail follows: see there. Not in a
      // sentence with "according to", which names its own source.
      // Is the cue word at `c` in a relative clause: "who" within the five words before it,
      // with no comma between, after the sentence's first word ("An official who spoke",
      // "officials who were not authorized to speak")?
      [[nodiscard]] bool in_relative_clause( const sentence& s, const std::size_t c ) const noexcept
      {
         if( !may_hold_who( s ) ) {
            return false; // (the words before each cue word are not read)
         }
         std::size_t starts[ max_start_words ];
         const std::size_t k = word_starts_before( c, s.begin, false, starts, 5 );
         for( std::size_t j = 0; j < k; ++j ) {
            char buf[ 12 ];
            if( word_at( starts[ j ], buf ) == "who" ) {
               // not when the clause has a verb of its own before the cue word ("Voters who met
               // her said they are worried": "said" is the main verb)
               return starts[ j ] > s.begin && !( j >= 2 && relative_verb_before( starts, j ) );
            }
            const std::size_t n = word_length( m_text, starts[ j ] );
            if( starts[ j ] + n < c && m_text[ starts[ j ] + n ] != ' ' ) {
               return false; // a comma or other punctuation after the word
            }
         }
         return false;
      }

      // Is the cue word at `c` inside an aside between dashes that opens after the sentence's
      // first word and closes before its end ("Ortiz - named by the Courier as the top choice -
      // said")?
      [[nodiscard]] bool in_dash_aside( const sentence& s, const std::size_t c ) const noexcept
      {
         const std::size_t from = c > s.begin + 120 ? c - 120 : s.begin;
         if( std::memchr( m_text.data() + from, '-', c - from ) == nullptr && std::memchr( m_text.data() + from, '\xE2', c - from ) == nullptr ) {
            return false; // (most sentences: no dash before the cue)
         }
         std::size_t open = npos; // where the words after the last unclosed dash start
         for( std::size_t j = from + 4; j <= c; ++j ) {
            if( dash_before( j ) != 0 ) {
               open = open == npos ? j : npos; // (a second dash closes the first)
            }
         }
         return open != npos && open > s.begin + 5 && closing_dash_after( open, s.end ) != npos;
      }

      // Might the sentence s hold "who", in any case? Most sentences hold none: the relative
      // clause checks (in_relative_clause() for each cue word, object_in_relative_clause() for
      // each subject tried) share one scan of the sentence's bytes, and read no word when it
      // finds none.
      [[nodiscard]] bool may_hold_who( const sentence& s ) const noexcept
      {
         if( m_who_sentence.begin != s.begin || m_who_sentence.end != s.end ) {
            m_who_sentence = slot{ s.begin, s.end };
            m_sentence_has_who = holds_letters_folded( sub( m_text, s.begin, s.end - s.begin ), "who" );
         }
         return m_sentence_has_who;
      }

      // Does the relative clause whose "who" is starts[ j ] (words nearest first) have a verb of
      // its own before the word starts[ 0 ] follows: a past form or a cue verb right after "who"
      // ("who met her", "who wrote to her"), or "have", "has" or "had" and a past form ("who have
      // battled"); not before an infinitive ("who wanted to speak")?
      [[nodiscard]] bool relative_verb_before( const std::size_t ( &starts )[ max_start_words ], const std::size_t j ) const noexcept
      {
         char buf[ 12 ];
         if( word_at( starts[ 0 ], buf ) == "to" ) {
            return false;
         }
         const std::size_t v = starts[ j - 1 ];
         const std::string_view w = word_at( v, buf );
         if( w == "have" || w == "has" || w == "had" ) {
            return j >= 3 && rules::past_verb::test( m_text, starts[ j - 2 ], m_state ) > 0;
         }
         return verb_after_who( v );
      }

      // Is the word at `v`, right after "who", the verb of its clause: not an auxiliary, an
      // adverb, a preposition or the subject of an object relative ("who the mayor met")?
      [[nodiscard]] bool verb_after_who( const std::size_t v ) const noexcept
      {
         char buf[ 12 ];
         const std::string_view w = word_at( v, buf );
         static constexpr std::string_view not_verbs[] = { "a", "about", "after", "also", "an", "are", "as", "at", "before", "by", "can", "could", "did", "do", "does", "during", "ever", "for", "from", "he", "her", "his", "i", "if", "in", "is", "it", "its", "like", "may", "might", "must", "my", "never", "not", "now", "often", "on", "once", "our", "over", "she", "should", "since", "still", "that", "the", "their", "then", "these", "they", "this", "those", "through", "under", "was", "we", "were", "when", "will", "with", "would", "you" };
         static constexpr auto not_verb_set = lexicon::sorted( not_verbs );
         return w.size() >= 2 && !ends_with( w, "ly" ) && !lexicon::contains( not_verb_set, w ) && !rules::starts_upper( m_text, v );
      }

      // Does a cue word after the relative word at `who` follow a clause with a verb of its own
      // ("Voters who backed the mayor say ...": "say" is the main verb, and the voters speak)?
      [[nodiscard]] bool main_cue_after_relative( const sentence& s, const std::size_t who ) const noexcept
      {
         for( const std::size_t c : m_cue_words ) {
            if( c <= who || c >= s.end ) {
               continue;
            }
            std::size_t starts[ max_start_words ];
            const std::size_t k = word_starts_before( c, s.begin, false, starts, 6 );
            for( std::size_t j = 0; j < k; ++j ) {
               const std::size_t n = word_length( m_text, starts[ j ] );
               if( m_text[ starts[ j ] + n ] != ' ' ) {
                  break;
               }
               if( starts[ j ] == who ) {
                  if( j >= 2 && relative_verb_before( starts, j ) ) {
                     return true;
                  }
                  break;
               }
            }
         }
         return false;
      }

      // Is the word at `from` the object of a relative clause that a noun before it opens:
      // "who" two to ten words before it, with a word before "who" and no punctuation between
      // ("Voters who met the mayor say ...": "the mayor" is not the speaker; "the one who the
      // mayor says won" keeps it, since "who" stands right before it)?
      [[nodiscard]] bool object_in_relative_clause( const sentence& s, const std::size_t from ) const noexcept
      {
         if( !may_hold_who( s ) ) {
            return false;
         }
         const std::size_t reach = from - s.begin > 120 ? from - 120 : s.begin;
         const std::size_t r = sub( m_text, reach, from - reach ).rfind( "who " );
         if( r == std::string_view::npos ) {
            return false;
         }
         const std::size_t who = reach + r;
         if( who == s.begin || m_text[ who - 1 ] != ' ' || who + 4 >= from ) {
            return false; // no word before "who", or "who" right before `from`
         }
         std::size_t words = 0;
         for( std::size_t i = who; i < from; ++i ) {
            const char c = m_text[ i ];
            if( c == ' ' ) {
               ++words;
            }
            else if( !is_ascii_alnum( static_cast< unsigned char >( c ) ) && c != '\'' && c != '-' ) {
               return false; // punctuation between
            }
         }
         return words <= 10 && verb_after_who( who + 4 );
      }

      // Does [b, e) hold a word for a document ("poll", "report", "emails")?
      [[nodiscard]] bool has_document_word( std::size_t b, const std::size_t e ) const noexcept
      {
         while( b < e ) {
            const std::size_t n = word_length( m_text, b );
            char buf[ 24 ];
            if( n > 0 && n <= sizeof( buf ) && lexicon::contains( lexicon::sorted_documents, ascii_lower( sub( m_text, b, n ), buf ) ) ) {
               return true;
            }
            b += n > 0 ? n : 1;
         }
         return false;
      }

      // Is the attribution a loose subject's reading of an infinitive, its speaker a clause that
      // ends with "to" ("The board will meet on Friday to [discuss] A")?
      [[nodiscard]] static bool loose_infinitive( const attribution& a ) noexcept
      {
         return a.pattern == pattern::speaker_cue_content && a.speaker && a.speaker->mention.text.size() > 3 && ends_with( a.speaker->mention.text, " to" );
      }

      // Does [b, e) hold a subject pronoun ("just as they now pay"): a clause, not a subject?
      [[nodiscard]] bool has_subject_pronoun( std::size_t b, const std::size_t e ) const noexcept
      {
         while( b < e ) {
            char buf[ 12 ];
            const std::string_view w = word_at( b, buf );
            if( is( w, "he" ) || is( w, "she" ) || is( w, "they" ) || is( w, "we" ) || is( w, "i" ) || is( w, "you" ) ) {
               return true;
            }
            const std::size_t n = word_length( m_text, b );
            b += n > 0 ? n : 1;
            while( b < e && m_text[ b ] == ' ' ) {
               ++b;
            }
         }
         return false;
      }

      // Does "a", "an" or "the" stand right before the word at `at` (a noun, then: "the report")?
      [[nodiscard]] bool after_article( const std::size_t at ) const noexcept
      {
         std::size_t b = at;
         if( b == 0 || m_text[ b - 1 ] != ' ' ) {
            return false;
         }
         --b;
         std::size_t a = b;
         while( a > 0 && ( ( m_text[ a - 1 ] | 0x20 ) >= 'a' && ( m_text[ a - 1 ] | 0x20 ) <= 'z' ) ) {
            --a;
         }
         if( a > 0 && m_text[ a - 1 ] != ' ' && m_text[ a - 1 ] != '(' && m_text[ a - 1 ] != '"' ) {
            return false;
         }
         const std::string_view w = sub( m_text, a, b - a );
         return lexicon::equal_folded( "a", w ) || lexicon::equal_folded( "an", w ) || lexicon::equal_folded( "the", w );
      }

      bool match_loose_subject( const std::size_t si, document& doc )
      {
         const sentence& s = m_sentences[ si ];
         if( m_cue_words.empty() || !cue_after( s.begin ) || ( may_hold_according( s ) && find_bytes( sub( m_text, s.begin, s.end - s.begin ), "ccording to" ) != std::string_view::npos ) ) {
            return false;
         }
         // the first cue word, unless a relative clause holds it: "An official who spoke on
         // condition of anonymity said ...", "Voters who backed him say ..."
         // (and not a noun after an article: "The report by the council said")
         std::size_t c0 = m_cue_words.front();
         for( std::size_t k = 0; k + 1 < m_cue_words.size() && m_cue_words[ k ] < s.end && ( in_relative_clause( s, m_cue_words[ k ] ) || after_article( m_cue_words[ k ] ) || in_dash_aside( s, m_cue_words[ k ] ) ); ++k ) {
            c0 = m_cue_words[ k + 1 ];
         }
         std::size_t sb = s.begin;
         char buf[ 12 ];
         {
            // an adverb and its comma open the sentence: "Still, while A, voters say B"
            static constexpr std::string_view adverbs[] = { "afterward", "afterwards", "also", "earlier", "finally", "however", "indeed", "instead", "later", "meanwhile", "moreover", "nevertheless", "nonetheless", "now", "separately", "still", "then", "today", "yesterday", "yet" };
            static constexpr auto adverb_set = lexicon::sorted( adverbs );
            const std::string_view a = word_at( sb, buf );
            if( !a.empty() && sb + a.size() + 2 < c0 && has_at( m_text, sb + a.size(), ", " ) && lexicon::contains( adverb_set, a ) ) {
               sb = skip_spaces( sb + a.size() + 1 );
            }
         }
         const std::string_view first = word_at( sb, buf );
         static constexpr std::string_view conjunctions[] = { "and", "but", "yet", "so", "if", "when", "while", "because", "although", "though", "since", "unless", "once" };
         static constexpr auto conjunction_set = lexicon::sorted( conjunctions );
         if( lexicon::contains( conjunction_set, first ) ) {
            sb += first.size();
            while( sb < c0 && m_text[ sb ] == ' ' ) {
               ++sb;
            }
            // "While many dislike Lind, many said ...": the subject of the main clause
            if( !is( first, "and" ) && !is( first, "but" ) && !is( first, "yet" ) && !is( first, "so" ) ) {
               std::size_t last_comma = npos;
               for_each_comma( sb, c0, [ & ]( const std::size_t i ) {
                  last_comma = i;
                  return false;
               } );
               if( last_comma == npos ) {
                  // "While the mayor condemned the plan, the groups who met her say A": the first
                  // cue is the clause's; the main clause's follows its comma
                  for_each_comma( c0, s.end, [ & ]( const std::size_t i ) {
                     last_comma = i;
                     return true;
                  } );
                  std::size_t k = 0;
                  while( last_comma != npos && k < m_cue_words.size() && ( m_cue_words[ k ] <= last_comma || in_relative_clause( s, m_cue_words[ k ] ) || after_article( m_cue_words[ k ] ) ) ) {
                     ++k;
                  }
                  if( last_comma == npos || k == m_cue_words.size() || m_cue_words[ k ] >= s.end ) {
                     return false;
                  }
                  c0 = m_cue_words[ k ];
               }
               if( last_comma != npos && m_text[ last_comma ] == ',' ) {
                  sb = skip_spaces( last_comma + 1 );
               }
            }
         }
         // the cue phrase may start with up to three auxiliaries or a catenative before c0
         std::size_t starts[ max_start_words ];
         std::size_t k = 0;
         std::size_t cue_begin = npos;
         for( std::size_t tries = 0; cue_begin == npos && tries < 2; ++tries ) {
            if( tries > 0 ) {
               // "Ortiz continued by saying, “...”": a cue word that reads no cue phrase here
               // ("continued" only before a quotation) gives way to a gerund after "by" a few
               // words on
               const auto next = std::upper_bound( m_cue_words.begin(), m_cue_words.end(), c0 );
               if( next == m_cue_words.end() || *next >= s.end || *next > c0 + 24 || !has_at( m_text, *next - 3, "by " ) ) {
                  return false;
               }
               c0 = *next;
            }
            k = word_starts_before( c0, sb, true, starts, 4 );
            for( std::size_t n = k + 1; n-- > 0; ) { // farthest first, c0 itself last
               const std::size_t from = n == 0 ? c0 : starts[ n - 1 ];
               if( from > sb && try_rule< rules::cue_phrase< rules::cue_context::before_content > >( from, s ) && from + m_state.consumed > c0 ) {
                  cue_begin = from;
                  break;
               }
            }
         }
         if( cue_begin == npos ) {
            return false;
         }
         if( cue_begin == c0 && k > 0 ) {
            char cb[ 12 ];
            const std::string_view cw = word_at( c0, cb );
            std::size_t p = starts[ 0 ]; // the word before the cue; before it, a comma?
            while( p > sb && m_text[ p - 1 ] == ' ' ) {
               --p;
            }
            std::size_t q = c0;
            while( q > sb && m_text[ q - 1 ] == ' ' ) {
               --q;
            }
            if( cw.size() > 4 && ends_with( cw, "ing" ) && ( ( p > sb && m_text[ p - 1 ] == ',' ) || ( q > sb && m_text[ q - 1 ] == ',' ) ) ) {
               return false; // "..., instead saying that": a participle after an adverb, not a verb after its subject
            }
         }
         // the subject: loose words (rules::loose_word), at most 16
         // (the words of an aside between dashes not counted: "The judge -- who has ... -- said")
         std::size_t words = 0;
         std::size_t aside_words = 0;
         bool in_aside = false;
         std::size_t aside_begin = npos;
         std::size_t i = sb;
         while( i < cue_begin ) {
            if( const raw_quote* q = in_aside ? m_state.quote_at( i ) : nullptr; q != nullptr && q->close_end > i && q->close_end < cue_begin ) {
               i = skip_spaces( q->close_end ); // "Lind - who vowed to “sink the fleet” - said": a quotation in the aside
               if( ++aside_words > 20 ) {
                  return false;
               }
               continue;
            }
            const std::size_t n = rules::loose_word::test( sub( m_text, 0, cue_begin ), i, m_state );
            if( n == 0 ) {
               return false;
            }
            const std::string_view lw0 = sub( m_text, i, n );
            if( lw0 == "-" || lw0 == "--" || lw0 == "\xE2\x80\x93" || lw0 == "\xE2\x80\x94" ) {
               in_aside = !in_aside;
               aside_begin = skip_spaces( i + n );
            }
            if( ( in_aside ? ++aside_words > 20 : ++words > 16 ) ) {
               return false;
            }
            i += n;
            while( i < cue_begin && m_text[ i ] == ' ' ) {
               ++i;
            }
         }
         std::size_t se = cue_begin;
         while( se > sb && m_text[ se - 1 ] == ' ' ) {
            --se;
         }
         // ", saying" and "... and said" go on from a clause: the words before are not a subject
         char lb[ 12 ];
         const std::size_t lw = word_starts_before( se, sb, true, starts, 1 ) > 0 ? starts[ 0 ] : sb;
         const std::string_view last = word_at( lw, lb );
         const std::size_t cn = word_length( m_text, c0 );
         const bool gerund = cn > 4 && has_at( m_text, c0 + cn - 3, "ing" );
         if( words == 0 || ( gerund && m_text[ se - 1 ] == ',' ) || is( last, "and" ) || is( last, "but" ) || is( last, "or" ) ) {
            return false;
         }
         // "Lind has protested - and on Sunday blamed A": a dash that no second dash closes, with
         // a conjunction after it, ends a clause, not the subject
         if( in_aside ) {
            char ab[ 12 ];
            const std::string_view aw = word_at( aside_begin, ab );
            if( is( aw, "and" ) || is( aw, "but" ) || is( aw, "then" ) ) {
               return false;
            }
         }
         // "Lind left after saying that": a participle after a preposition, not a verb after its
         // subject; the speaker is the sentence's subject
         const bool after_preposition = gerund && ( is( last, "after" ) || is( last, "before" ) || is( last, "while" ) || is( last, "by" ) || is( last, "when" ) || is( last, "since" ) || is( last, "without" ) || is( last, "upon" ) );
         // "Lind was asked whether", "It was said that": a passive, whose subject is not the
         // speaker (but "is worried that" tells Lind's own view, and "would be praising" is no passive)
         const bool passive = !gerund && ( is( last, "was" ) || is( last, "were" ) || is( last, "is" ) || is( last, "are" ) || is( last, "been" ) || is( last, "be" ) );

         // a subject that ends with its only comma is a clause before an inverted cue ("Prices
         // rose, said a banker ..."); an apposition has two ("Bo Lind, 29, says ...")
         if( m_text[ se - 1 ] == ',' && std::memchr( m_text.data() + sb, ',', se - 1 - sb ) == nullptr ) {
            return false;
         }
         if( !try_rule< rules::loose_subject_tail >( cue_begin, s ) ) {
            // a bare complement only after a subject that starts with a word or a number and
            // ends with no function word ("the jobs report has", "had to defend")
            const char f = m_text[ sb ];
            const bool word_start = ( f >= 'A' && f <= 'Z' ) || ( f >= '0' && f <= '9' ) || sb > s.begin; // (or after "Yet", "But")
            if( !word_start || is( last, "being" ) || lexicon::contains( lexicon::sorted_stop_words, last ) || has_subject_pronoun( sb, se ) ) {
               return false;
            }
            m_state.document_subject = has_document_word( sb, se ); // "The poll by Gallup showed Lind ahead"
            const bool bare = try_rule< rules::loose_subject_bare_tail >( cue_begin, s );
            m_state.document_subject = false;
            if( !bare ) {
               return false;
            }
            // a one-word cue in a present form may be a noun ("the jobs report gives", "initial
            // reports of"): only a past form, or a phrase with an auxiliary or adverb, will do
            const slot cue = m_state.cap.cue;
            char cb[ 12 ];
            const std::string_view cw = word_at( cue.begin, cb );
            if( cue.begin + cw.size() >= cue.end && !ends_with( cw, "ed" ) && !is( cw, "said" ) && !is( cw, "told" ) && !is( cw, "wrote" ) && !is( cw, "thought" ) && !is( cw, "found" ) && !is( cw, "felt" ) && !is( cw, "knew" ) && !is( cw, "saw" ) ) {
               return false;
            }
         }
         if( passive ) {
            m_state.cap.cue.begin = lw;
            if( m_state.cap.verb != nullptr && ( m_state.cap.verb->lemma == "consider" || m_state.cap.verb->lemma == "deem" ) ) {
               m_state.cap.content.begin = sb; // "The vote was widely considered a sham": the subject with what it is held to be
            }
            if( !( m_state.cap.verb != nullptr && m_state.cap.verb->lemma == "worry" ) ) {
               emit( si, pattern::impersonal, doc );
               return true;
            }
            // the copula opens the cue ("Lind is worried that"), with the auxiliaries and adverbs
            // before it ("China has long been worried that")
            std::size_t cb = lw;
            for( ;; ) {
               std::size_t pe = cb;
               while( pe > sb && m_text[ pe - 1 ] == ' ' ) {
                  --pe;
               }
               char ab[ 12 ];
               const std::string_view aux = word_starts_before( pe, sb, false, starts, 1 ) > 0 ? word_at( starts[ 0 ], ab ) : std::string_view();
               if( !is( aux, "has" ) && !is( aux, "have" ) && !is( aux, "had" ) && !is( aux, "long" ) && !is( aux, "since" ) && !is( aux, "also" ) && !is( aux, "already" ) && !is( aux, "always" ) ) {
                  break;
               }
               cb = starts[ 0 ];
            }
            m_state.cap.cue.begin = cb;
            se = cb;
            while( se > sb && m_text[ se - 1 ] == ' ' ) {
               --se;
            }
            if( se == sb ) {
               return false;
            }
         }
         // "Lind - who said A - said B": an aside between dashes that ends the subject is no part of the speaker
         for( const std::string_view dash : { std::string_view( " -- " ), std::string_view( " - " ), std::string_view( " \xE2\x80\x93 " ), std::string_view( " \xE2\x80\x94 " ) } ) {
            const std::string_view subject = sub( m_text, sb, se - sb );
            const std::string_view closing = dash.substr( 0, dash.size() - 1 );
            if( ends_with( subject, closing ) ) {
               if( const std::size_t d = subject.find( dash ); d != std::string_view::npos && d > 0 && d + dash.size() < subject.size() - closing.size() ) {
                  se = sb + d;
               }
               break;
            }
         }
         // "On Friday, Ortiz - a pilot - said": an opening phrase before the subject's comma is
         // no part of the speaker
         if( const void* cm = std::memchr( m_text.data() + sb, ',', se - sb ); cm != nullptr ) {
            const std::size_t comma = static_cast< std::size_t >( static_cast< const char* >( cm ) - m_text.data() );
            char ob[ 12 ];
            const std::string_view opener = word_at( sb, ob );
            static constexpr std::string_view openers[] = { "after", "at", "before", "during", "earlier", "in", "last", "later", "on", "since", "this" };
            // (or a subordinate clause: "Even if Lind loses, insiders - in Lyme - said")
            if( comma + 2 < se && m_text[ comma + 1 ] == ' ' && ( std::find( std::begin( openers ), std::end( openers ), opener ) != std::end( openers ) || ( sb == s.begin && opening_subordinator( s ) != 0 ) ) ) {
               sb = skip_spaces( comma + 1 );
            }
         }
         m_state.cap.speaker = slot{ sb, se };
         if( after_preposition ) {
            const captures cap = m_state.cap;
            captures clause;
            const bool found = clause_speaker( s, lw, clause, doc );
            m_state.cap = cap;
            if( found ) {
               m_state.cap.speaker = clause.speaker;
               m_state.cap.cue.begin = c0;
               emit( si, pattern::participle, doc );
               return true;
            }
         }
         emit( si, pattern::speaker_cue_content, doc );
         return true;
      }

      // "Lind issued a statement saying A": a document after a verb that puts it out, read as
      // the speaker of the gerund, gives way to that verb's subject (as after a comma: "Lind
      // issued a statement, saying A"). Keeps m_state.cap but for its speaker.
      void issuer_as_speaker( const sentence& s, const std::size_t from, document& doc )
      {
         const slot who = m_state.cap.speaker;
         std::size_t before[ max_start_words ];
         const std::size_t k = who.set() && who.begin == from ? word_starts_before( from, s.begin, true, before ) : 0;
         if( k == 0 ) {
            return;
         }
         char buf[ 12 ];
         std::size_t verb_at = before[ 0 ];
         std::string_view verb = word_at( verb_at, buf );
         if( is( verb, "out" ) && k > 1 ) {
            verb_at = before[ 1 ]; // "put out a statement saying"
            verb = word_at( verb_at, buf );
         }
         else if( is( verb, "put" ) ) {
            return; // ("put a statement" is no issuing)
         }
         if( !lexicon::contains( lexicon::sorted_issuing_verbs, verb ) ) {
            return;
         }
         bool document = false;
         for( std::size_t i = who.begin; i < who.end && !document; ) {
            const std::size_t n = word_length( m_text, i );
            if( n == 0 ) {
               ++i;
               continue;
            }
            char wb[ 16 ];
            document = n < sizeof( wb ) && lexicon::contains( lexicon::sorted_documents, ascii_lower( sub( m_text, i, n ), wb ) );
            i += n;
         }
         if( !document ) {
            return;
         }
         const captures cap = m_state.cap;
         captures clause;
         // the sentence's subject: a speaker phrase right before the verb ("The town released"),
         // or what clause_speaker finds ("Minutes later, the campaign issued")
         std::size_t se = verb_at;
         while( se > s.begin && m_text[ se - 1 ] == ' ' ) {
            --se;
         }
         sentence upto = s; // (a speaker phrase would read on: "The town released")
         upto.end = se;
         bool found = se > s.begin && parse_rule< rules::speaker_phrase >( s.begin, upto ) && s.begin + m_state.consumed == se;
         if( found ) {
            clause.speaker = slot{ s.begin, se };
         }
         else {
            found = clause_speaker( s, verb_at, clause, doc );
         }
         m_state.cap = cap;
         if( found ) {
            m_state.cap.speaker = clause.speaker;
         }
      }

      // speaker_first at a relative word `at`; after a comma, "Lind, who had said A, issued a
      // statement": the aside ends at its comma when a verb follows it (the main clause goes on)
      bool try_relative_aside( const std::size_t at, const sentence& s )
      {
         const std::size_t saved = m_state.content_end;
         if( at >= s.begin + 2 && has_at( m_text, at - 2, ", " ) ) {
            const std::size_t n = rules::aside::test( sub( m_text, 0, saved ), at, m_state );
            if( n > 0 && at + n < saved && m_text[ at + n ] == ',' && verb_after_comma( at + n ) ) {
               m_state.content_end = at + n;
            }
         }
         const bool ok = try_rule< rules::speaker_first >( at, s );
         m_state.content_end = saved;
         return ok;
      }

      // Does a verb follow the comma at `c` ("..., issued a statement", "..., has said")?
      [[nodiscard]] bool verb_after_comma( const std::size_t c ) const noexcept
      {
         return verb_at( skip_spaces( c + 1 ) );
      }

      // Does a finite verb start at `w` ("issued a statement", "has said", "could help")?
      [[nodiscard]] bool verb_at( const std::size_t w ) const noexcept
      {
         char buf[ 12 ];
         const std::string_view v = w < m_text.size() && !rules::starts_upper( m_text, w ) ? word_at( w, buf ) : std::string_view();
         if( v.size() < 2 ) {
            return false;
         }
         static constexpr std::string_view finite[] = { "also", "are", "can", "could", "did", "does", "had", "has", "have", "is", "was", "were", "will", "would" };
         for( const std::string_view f : finite ) {
            if( v == f ) {
               return true;
            }
         }
         return ( v.size() > 4 && ends_with( v, "ed" ) ) || lexicon::find_cue_at( m_text, w, v.size() ) != nullptr;
      }

      // Is the document's last attribution the first one of sentence s?
      [[nodiscard]] static bool first_of_sentence( const document& doc, const sentence& s ) noexcept
      {
         const std::size_t n = doc.attributions.size();
         return n >= 1 && doc.attributions[ n - 1 ].sentence.begin == s.begin && ( n == 1 || doc.attributions[ n - 2 ].sentence.begin != s.begin );
      }

      bool match_before_cue( const std::size_t si, document& doc )
      {
         const sentence& s = m_sentences[ si ];
         for( const std::size_t c : m_cue_words ) {
            std::size_t starts[ max_start_words ];
            const std::size_t floor = ( c - s.begin > max_reach ) ? c - max_reach : s.begin;
            std::size_t k = word_starts_before( c, floor, floor == s.begin, starts );
            while( k > 0 ) {
               const std::size_t from = starts[ --k ];
               if( from == s.begin ) {
                  continue; // tried before
               }
               if( inside_quotation( from ) ) {
                  continue;
               }
               if( dash_before( from ) != 0 && ( equal_word_at( from, "who" ) || equal_word_at( from, "which" ) ) ) {
                  if( const int r = match_dash_relative( si, from, doc ); r >= 0 ) {
                     if( r > 0 ) {
                        return true;
                     }
                     continue;
                  }
               }
               if( opens_subject( s, from ) && !object_in_relative_clause( s, from ) && try_rule< rules::speaker_first >( from, s ) ) {
                  if( after_object_relative( s, from ) ) {
                     if( comma_before( m_state.cap.content.begin, from ) ) {
                        continue; // "the levy, which Ortiz defended, is old": the relative clause ends at its comma
                     }
                     // "The plan, which Lind said was a mistake, failed": an aside's relative
                     // clause reports up to the comma that closes it
                     std::size_t r = from;
                     while( r > s.begin && m_text[ r - 1 ] == ' ' ) {
                        --r;
                     }
                     r = r >= s.begin + 5 && m_text[ r - 5 ] == 'w' ? r - 5 : r - 4; // "which" or "whom"
                     if( comma_before( r, s.begin ) ) {
                        slot& content = m_state.cap.content;
                        if( const std::size_t ce = clause_end( content.begin, content.end ); ce < content.end && m_text[ ce ] == ',' ) {
                           content.end = ce;
                        }
                     }
                  }
                  issuer_as_speaker( s, from, doc );
                  if( emit( si, pattern::speaker_cue_content, doc ) ) {
                     return true;
                  }
               }
            }
         }
         return false;
      }

      // A further attribution inside the content of the sentence's last one, with a speaker of
      // its own or the same speaker: "X praised the moves, which he said would help", "X called
      // for a ban after she suggested that ...", "X mocked Y, noting A, and suggesting B".
      // Contents do not nest: the outer content stops where the inner clause starts (before a
      // relative word or conjunction that opens it).
      // "Graham, who says A, tweeted B", "“...,” said Lind, who added that B": a relative clause
      // after a name in a sentence that has an attribution already is an attribution of its own.
      // Its content ends where the aside closes, else at the end of the sentence. (A sentence
      // with no attribution has tried "who" as a speaker in match_sentence.)
      void match_relative_asides( const std::size_t si, document& doc )
      {
         const sentence& s = m_sentences[ si ];
         if( m_sentence_attribution[ si ] == 0 ) {
            return;
         }
         const std::size_t e = content_end_of( s );
         const std::string_view t = sub( m_text, s.begin, e > s.begin ? e - s.begin : 0 );
         for( std::size_t p = find_bytes( t, "wh", 0, 0 ); p != std::string_view::npos; p = find_bytes( t, "wh", p + 1, 0 ) ) {
            const std::size_t at = s.begin + p;
            if( !has_at( t, p, "who " ) && !( has_at( t, p, "which " ) && dash_before( at ) != 0 ) ) {
               continue;
            }
            // after a comma, or a dash: "Lind - who said A - said B"
            const bool dash = dash_before( at ) != 0;
            if( !( dash || ( p >= 2 && t[ p - 1 ] == ' ' && t[ p - 2 ] == ',' ) ) || inside_quotation( at ) || !cue_after( at ) ) {
               continue;
            }
            bool seen = false;
            for( auto it = doc.attributions.rbegin(); it != doc.attributions.rend() && it->sentence.begin == s.begin; ++it ) {
               seen = seen || ( it->speaker && it->speaker->mention.begin == at ) || ( it->cue && it->cue->phrase.begin > at && it->cue->phrase.begin < at + 12 );
            }
            if( seen ) {
               continue;
            }
            const std::size_t n = dash ? 0 : rules::aside::test( sub( m_text, 0, e ), at, m_state );
            const std::size_t saved = m_state.content_end;
            m_state.content_end = ( n > 0 && at + n < e && m_text[ at + n ] == ',' ) ? at + n : e;
            if( dash ) {
               m_state.content_end = std::min( e, closing_dash_after( at, e ) );
            }
            const bool ok = try_rule< rules::speaker_first >( at, s );
            m_state.content_end = saved;
            if( ok && m_state.cap.verb != nullptr && !lexicon::contains( lexicon::sorted_background_verbs, m_state.cap.verb->lemma ) ) {
               emit( si, pattern::speaker_cue_content, doc );
            }
         }
      }

      // Does t hold "which ", "what " or "What " (anywhere, inside a word too)? Sixteen places a
      // round where there are vectors of bytes, that compares the rest only where "wh" or "Wh"
      // stands.
      [[nodiscard]] static bool holds_relative_word( const std::string_view t ) noexcept
      {
         const auto at = [ & ]( const std::size_t p ) noexcept {
            return has_at( t, p, "which " ) || has_at( t, p, "what " ) || has_at( t, p, "What " );
         };
         const char* const d = t.data();
         const std::size_t size = t.size();
         std::size_t i = 0;
#if defined( QUOTH_BYTES16 )
         for( ; i + 17 <= size; i += 16 ) {
            bytes16 v0;
            bytes16 v1;
            std::memcpy( &v0, d + i, 16 );
            std::memcpy( &v1, d + i + 1, 16 );
            for( unsigned m = high_bits16( reinterpret_cast< bytes16 >( ( ( v0 | 0x20 ) == 'w' ) & ( v1 == 'h' ) ) ); m != 0; m &= m - 1 ) {
               if( at( i + static_cast< std::size_t >( __builtin_ctz( m ) ) ) ) {
                  return true;
               }
            }
         }
#endif
         for( ; i < size; ++i ) {
            if( ( d[ i ] == 'w' || d[ i ] == 'W' ) && at( i ) ) {
               return true;
            }
         }
         return false;
      }

      // "the tax cut, which Ortiz has since defended, ...", "That is what the mayor promised.":
      // a relative word that is the object of a cue verb is its content. Only verbs that take
      // an object (cue_use::bare), and only when nothing after the cue could be the object.
      void match_relative_object( const std::size_t si, document& doc )
      {
         const sentence& s = m_sentences[ si ];
         const std::string_view t = sub( m_text, s.begin, s.end - s.begin );
         if( !holds_relative_word( t ) ) {
            return; // most sentences hold neither word
         }
         for( const std::size_t c : m_cue_words ) {
            if( inside_quotation( c ) ) {
               continue;
            }
            std::size_t starts[ max_start_words ];
            const std::size_t k = word_starts_before( c, c > 80 && c - 80 > s.begin ? c - 80 : s.begin, true, starts, 6 );
            for( std::size_t w = 1; w < k; ++w ) { // the relative word, then at least one word of the speaker
               char buf[ 12 ];
               const std::string_view rel = word_at( starts[ w ], buf );
               if( !is( rel, "which" ) && !is( rel, "what" ) ) {
                  continue;
               }
               const std::size_t rb = starts[ w ];
               std::size_t p = rb;
               while( p > s.begin && m_text[ p - 1 ] == ' ' ) {
                  --p;
               }
               if( is( rel, "which" ) && !( p > s.begin && ( m_text[ p - 1 ] == ',' || m_text[ p - 1 ] == '(' ) ) ) {
                  break; // "the plan which ...": a restrictive "which" names no object alone
               }
               if( !try_rule< rules::relative_object >( starts[ w - 1 ], s ) || m_state.cap.cue.begin > c || m_state.cap.verb == nullptr || m_state.cap.verb->use != lexicon::cue_use::bare ) {
                  break;
               }
               bool seen = false;
               for( auto it = doc.attributions.rbegin(); it != doc.attributions.rend() && it->sentence.begin == s.begin; ++it ) {
                  seen = seen || ( it->cue && it->cue->phrase.begin <= c && it->cue->phrase.end > c );
               }
               if( !seen ) {
                  m_state.cap.content = slot{ rb, rb + rel.size() };
                  emit( si, pattern::speaker_cue_content, doc );
               }
               break;
            }
         }
      }

      void match_embedded( const std::size_t si, document& doc )
      {
         const sentence& s = m_sentences[ si ];
         for( int round = 0; round < 3; ++round ) {
            if( doc.attributions.empty() || doc.attributions.back().sentence.begin != s.begin ) {
               return;
            }
            const std::size_t owner_index = doc.attributions.size() - 1;
            const attribution& owner = doc.attributions.back();
            if( owner.type == content_kind::direct || owner.parts.size() != 1 || !owner.cue || owner.pattern == pattern::content_speaker_cue ) {
               return;
            }
            const std::size_t cb = owner.content.begin;
            if( std::none_of( m_cue_words.begin(), m_cue_words.end(), [ & ]( const std::size_t c ) { return c > cb && c < owner.content.end; } ) ) {
               return; // no cue word inside the content: nothing below would be tried
            }
            // a that-clause or wh-clause is split only when the owner is itself a subordinate
            // clause ("Although X says that A, others argue B") or by "but"/"while"
            const bool clause_content = starts_clause_content( cb );
            const bool after_that = cb >= 6 && has_at( m_text, cb - 6, " that " );
            const bool owner_subordinate = clause_content && owner.speaker && opens_with_subordinator( s, owner.speaker->mention.begin );
            const std::size_t ce = owner.content.end;
            const bool has_speaker = owner.speaker.has_value();
            const bool owner_participle = owner.pattern == pattern::participle;
            const bool owner_finding = owner.cue->lemma == "find" || owner.cue->lemma == "show";
            const slot owner_speaker = has_speaker ? slot{ owner.speaker->mention.begin, owner.speaker->mention.end } : slot{};
            bool found = false;
            for( const std::size_t c : m_cue_words ) {
               if( c <= cb || c >= ce || inside_quotation( c ) ) {
                  continue;
               }
               // ", [also] noting that ...": a participle of the same speaker; "— asserting that
               // ...": the same after a dash
               std::size_t j = c;
               while( j > cb && m_text[ j - 1 ] == ' ' ) {
                  --j;
               }
               std::size_t participle_at = npos;
               if( has_speaker && j > cb && m_text[ j - 1 ] == ',' && try_rule< rules::gerund_clause >( j - 1, s ) ) {
                  participle_at = j - 1;
               }
               else if( const std::size_t dash = dash_before( c ); has_speaker && dash != 0 && c - dash > cb && try_rule< rules::dash_gerund_clause >( c - dash + 1, s ) ) {
                  participle_at = c - dash;
               }
               if( participle_at != npos ) {
                  m_state.cap.speaker = owner_speaker;
                  if( emit_inner( si, pattern::participle, owner_index, participle_at, doc ) ) {
                     found = true;
                     break;
                  }
                  continue;
               }
               std::size_t starts[ max_start_words ];
               // "... but did not buy her argument", "... and said that ...": a second verb of the
               // owner's speaker
               if( has_speaker ) {
                  const std::size_t near = word_starts_before( c, cb, true, starts, 8 );
                  std::size_t conj = npos;
                  for( std::size_t w = 0; w < near && conj == npos; ++w ) {
                     char buf[ 12 ];
                     const std::string_view word = word_at( starts[ w ], buf );
                     if( is( word, "and" ) || is( word, "but" ) ) {
                        conj = starts[ w ];
                     }
                  }
                  if( conj != npos && conj > cb + 1 && m_text[ conj - 1 ] == ' ' ) {
                     const std::size_t from = m_text[ conj - 2 ] == ',' ? conj - 2 : conj - 1;
                     // not inside a that-clause ("said that she backs A but supports B"); without a
                     // comma only "said" and "told" ("called on X to act and said ...")
                     // ("calling it a farce and vowing to ...": a participle after a participle)
                     if( !clause_content && try_rule< rules::coordinated_clause >( from, s ) && m_state.cap.cue.end > c && ( m_text[ from ] == ',' || ( m_state.cap.verb != nullptr && ( m_state.cap.verb->lemma == "say" || m_state.cap.verb->lemma == "tell" ) ) || ( owner_participle && ends_with( sub( m_text, m_state.cap.cue.begin, m_state.cap.cue.end - m_state.cap.cue.begin ), "ing" ) ) ) ) {
                        captures clause = m_state.cap;
                        clause.speaker = owner_speaker;
                        m_state.cap = clause;
                        if( emit_inner( si, pattern::participle, owner_index, from, doc ) ) {
                           found = true;
                           break;
                        }
                        continue;
                     }
                  }
               }
               std::size_t k = word_starts_before( c, std::max( cb, c > max_reach ? c - max_reach : std::size_t( 0 ) ), false, starts ); // not the content's first word
               while( k > 0 ) {
                  const std::size_t from = starts[ --k ];
                  if( inside_quotation( from ) || !opens_subject( s, from ) || !try_rule< rules::speaker_first >( from, s ) ) {
                     continue;
                  }
                  if( m_state.cap.cue.begin > c || m_state.cap.cue.end <= c || ( m_state.cap.cue.begin < c && !( from >= cb + 2 && has_at( m_text, from - 2, ", who " ) ) ) ) {
                     continue; // the clause of another cue word (after ", who" its auxiliary may come first)
                  }
                  const std::size_t cs = clause_start( cb, from );
                  if( !after_clause_break( cb, cs ) && !( cs < from && relative_object_clause( cs, from ) && verb_at( m_state.cap.content.begin ) ) ) {
                     break; // "the ideas they believe vital": a clause inside the content
                  }
                  if( cs < from && owner_finding && equal_word_at( cs, "with" ) ) {
                     break; // "the poll found A, with 40 percent backing B": one finding
                  }
                  if( ( clause_content || ( after_that && no_verb_between( cb, cs ) ) ) && !owner_subordinate && !contrastive_at( cs ) ) {
                     break; // "said that, despite A, she plans to", "noted that at a meeting, in 1972, he backed B": one content
                  }
                  if( emit_inner( si, pattern::speaker_cue_content, owner_index, cs, doc ) ) {
                     found = true;
                  }
                  break;
               }
               if( found ) {
                  break;
               }
            }
            if( !found ) {
               return;
            }
         }
      }

      // Does a relative word at `at` open the clause whose subject starts at `from`, so that
      // the relative word is the subject of the clause's content ("a project that she said halved
      // the queues")? Relative words in the middle of a sentence are in lower case.
      [[nodiscard]] bool relative_object_clause( const std::size_t at, const std::size_t from ) const noexcept
      {
         return ( at + 5 == from && has_at( m_text, at, "that " ) ) || ( at + 4 == from && has_at( m_text, at, "who " ) ) || ( at + 5 == from && has_at( m_text, at, "whom " ) ) || ( at + 6 == from && has_at( m_text, at, "which " ) );
      }

      // Where a clause whose subject starts at `from` begins: before a relative word or a
      // conjunction right before the subject ("which he said", "after she suggested").
      [[nodiscard]] std::size_t clause_start( const std::size_t floor, const std::size_t from ) const noexcept
      {
         std::size_t e = from;
         while( e > floor && m_text[ e - 1 ] == ' ' ) {
            --e;
         }
         std::size_t b = nonspace_run_start( e, floor );
         char buf[ 12 ];
         if( e == b || e - b > sizeof( buf ) || b <= floor ) {
            return from;
         }
         const std::string_view w = ascii_lower( sub( m_text, b, e - b ), buf );
         return lexicon::contains( lexicon::sorted_clause_openers, w ) || is( w, "who" ) || is( w, "with" ) ? b : from; // (", with 50 percent saying A")
      }

      // Where the bytes before `j` that are no space start: after the nearest space before j,
      // or at `floor` (at most j) when there is none from floor on. Eight bytes a round where
      // the compiler has vectors of bytes (a little-endian target).
      [[nodiscard]] std::size_t nonspace_run_start( std::size_t j, const std::size_t floor ) const noexcept
      {
#if defined( QUOTH_BYTES16 )
         constexpr std::uint64_t lows = 0x7F7F7F7F7F7F7F7FU;
         constexpr std::uint64_t spaces = 0x2020202020202020U;
         while( j >= floor + 8 ) {
            std::uint64_t v = 0;
            std::memcpy( &v, m_text.data() + j - 8, 8 );
            const std::uint64_t x = v ^ spaces;
            const std::uint64_t hit = ~( ( ( x & lows ) + lows ) | x ) & ~lows; // the high bit of each space's lane, exactly
            if( hit != 0 ) {
               return j - 8 + static_cast< std::size_t >( 63 - __builtin_clzll( hit ) ) / 8 + 1;
            }
            j -= 8;
         }
#endif
         while( j > floor && m_text[ j - 1 ] != ' ' ) {
            --j;
         }
         return j;
      }

      // The lower-case word at `at` (empty if it is longer than the buffer).
      QUOTH_ALWAYS_INLINE [[nodiscard]] std::string_view word_at( const std::size_t at, char ( &buf )[ 12 ] ) const noexcept
      {
         const std::size_t n = at < m_text.size() ? word_length_inlined( m_text, at ) : 0;
         return ( n > 0 && n <= sizeof( buf ) ) ? ascii_lower( sub( m_text, at, n ), buf ) : std::string_view();
      }

      // Does a content start with "that", "whether" or a wh-word?
      // Does a word follow at `at`, after spaces only (no punctuation, not the sentence end)?
      // "“...,” wrote the ambassador at the time.": after the trailer, only a phrase of time or
      // place before the end of the sentence (or a comma)
      [[nodiscard]] bool only_adjunct_follows( const std::size_t at, const sentence& s )
      {
         const captures kept = m_state.cap;
         const std::size_t consumed = m_state.consumed;
         const bool r = try_rule< pegtl::seq< pegtl::sor< rules::time_adjunct, rules::place_adjunct >, rules::phrase_ends > >( skip_spaces( at ), s );
         m_state.cap = kept;
         m_state.consumed = consumed;
         return r;
      }

      [[nodiscard]] bool word_follows( const std::size_t at ) const noexcept
      {
         const std::size_t w = skip_spaces( at );
         return w > at && w < m_state.content_end && is_ascii_alnum( static_cast< unsigned char >( m_text[ w ] ) );
      }

      [[nodiscard]] bool starts_clause_content( const std::size_t at ) const noexcept
      {
         char buf[ 12 ];
         const std::string_view w = word_at( at, buf );
         return is( w, "that" ) || is( w, "whether" ) || is( w, "if" ) || is( w, "how" ) || is( w, "why" ) || is( w, "what" ) || is( w, "when" ) || is( w, "who" );
      }

      // Does a cue word of the sentence start before `at`?
      [[nodiscard]] bool cue_before( const std::size_t at ) const noexcept
      {
         return !m_cue_words.empty() && m_cue_words.front() < at;
      }

      // "A full 79 percent of members say A, while Reyes says B": before a clause opener after a
      // comma, the main clause with a cue of its own is read first; its subject starts after a
      // word or two, so speaker_first at the sentence start missed it.
      bool match_main_clause( const std::size_t si, document& doc )
      {
         return match_before_cue( si, doc ) || match_loose_subject( si, doc );
      }

      // Is the word at `at` w (in lower case, or capitalised)?
      // Does the content of `owner` go on after " while " at `at`: a finding ("the poll found that
      // A, while B"), or "that" right before it ("finds that, while 37 percent say A, ...")?
      [[nodiscard]] bool finding_goes_on( const attribution& owner, std::size_t at ) const noexcept
      {
         if( owner.cue && ( owner.cue->lemma == "find" || owner.cue->lemma == "show" ) ) {
            return true;
         }
         while( at > 0 && ( m_text[ at - 1 ] == ' ' || m_text[ at - 1 ] == ',' ) ) {
            --at;
         }
         return at >= 5 && ( m_text[ at - 5 ] == ' ' || m_text[ at - 5 ] == ',' ) && lexicon::equal_folded( "that", sub( m_text, at - 4, 4 ) );
      }

      // Does `at` lie in the content of the sentence's attribution by a trailer ("A and cited B,
      // officials said")?
      [[nodiscard]] bool inside_trailer_content( const sentence& s, const std::size_t at, const document& doc ) const noexcept
      {
         if( doc.attributions.empty() ) {
            return false;
         }
         const attribution& a = doc.attributions.back();
         return a.sentence.begin == s.begin && a.pattern == pattern::content_speaker_cue && a.content.begin <= at && at < a.content.end;
      }

      // Where the clause that holds `at` starts: after the last dash before it in [b, at), else b.
      [[nodiscard]] std::size_t clause_start_before( const std::size_t b, const std::size_t at ) const noexcept
      {
         const std::string_view t = sub( m_text, b, at - b );
         std::size_t start = b;
         for( const std::string_view dash : { std::string_view( " - " ), std::string_view( " -- " ), std::string_view( " \xE2\x80\x93 " ), std::string_view( " \xE2\x80\x94 " ) } ) {
            if( const std::size_t d = t.rfind( dash ); d != std::string_view::npos ) {
               start = std::max( start, skip_spaces( b + d + dash.size() ) );
            }
         }
         return start;
      }

      // Does a participle in -ing stand at `at` ("..., adding that")?
      [[nodiscard]] bool starts_gerund( const std::size_t at ) const noexcept
      {
         const std::size_t n = word_length( m_text, at );
         return n > 4 && has_at( m_text, at + n - 3, "ing" );
      }

      // Is [b, e) one linking word alone ("And", "But", "However", "Of course")?
      [[nodiscard]] bool only_discourse_opener( const std::size_t b, const std::size_t e ) const noexcept
      {
         char buf[ 12 ];
         const std::string_view w = ( e - b <= sizeof( buf ) ) ? ascii_lower( sub( m_text, b, e - b ), buf ) : std::string_view();
         for( const std::string_view x : { "and", "but", "however", "yet", "so", "still", "indeed", "again", "now", "of course", "moreover", "meanwhile" } ) {
            if( w == x ) {
               return true;
            }
         }
         return false;
      }

      // Does [b, e) hold a letter or a digit (ASCII, or a character of two bytes from U+00C0 on, or
      // one of three bytes past the punctuation and symbols of U+2000-U+2FFF)?
      [[nodiscard]] bool has_word_char( const std::size_t b, const std::size_t e ) const noexcept
      {
         for( std::size_t i = b; i < e; ++i ) {
            const auto c = static_cast< unsigned char >( m_text[ i ] );
            if( ( c >= '0' && c <= '9' ) || ( ( c | 0x20 ) >= 'a' && ( c | 0x20 ) <= 'z' ) || ( c >= 0xC3 && c <= 0xDF ) || c >= 0xE3 ) {
               return true;
            }
         }
         return false;
      }

      // Does the sentence open with a discourse word and its comma ("Still, ...", "Of course, ...")?
      [[nodiscard]] bool opens_with_discourse_word( const sentence& s ) const noexcept
      {
         std::size_t comma = npos;
         for_each_comma( s.begin, s.end, [ & ]( const std::size_t i ) {
            comma = i;
            return true;
         } );
         return comma != npos && m_text[ comma ] == ',' && only_discourse_opener( s.begin, comma );
      }

      [[nodiscard]] bool equal_word_at( const std::size_t at, const std::string_view w ) const noexcept
      {
         char buf[ 12 ];
         return word_at( at, buf ) == w;
      }

      // Does the clause at `at` open with "but", "while", "whereas", "although" or "yet"?
      [[nodiscard]] bool contrastive_at( const std::size_t at ) const noexcept
      {
         char buf[ 12 ];
         const std::string_view w = word_at( at, buf );
         return is( w, "but" ) || is( w, "while" ) || is( w, "whereas" ) || is( w, "although" ) || is( w, "though" ) || is( w, "yet" );
      }

      // Does the sentence open with a subordinating word, and the subject at `subject` belong to
      // that clause (no comma between)? "While Comey said A, he said B", "Although he thanked X".
      [[nodiscard]] bool opens_with_subordinator( const sentence& s, const std::size_t subject ) const noexcept
      {
         char buf[ 12 ];
         const std::string_view w = word_at( s.begin, buf );
         if( !( is( w, "while" ) || is( w, "although" ) || is( w, "though" ) || is( w, "after" ) || is( w, "as" ) || is( w, "when" ) || is( w, "if" ) || is( w, "because" ) || is( w, "since" ) || is( w, "before" ) || is( w, "once" ) || is( w, "whereas" ) || is( w, "even" ) || is( w, "despite" ) ) ) {
            return false;
         }
         return subject > s.begin && subject - s.begin < 120 && std::memchr( m_text.data() + s.begin, ',', subject - s.begin ) == nullptr;
      }

      // Would the content of `owner`, cut at `at`, keep only the opening phrase of its clause
      // ("said that after the vote, Ortiz called her": not "after the vote")? The phrase opens
      // with a preposition or a subordinator and ends in the comma before `at`.
      [[nodiscard]] bool only_opening_phrase( const attribution& owner, const std::size_t at ) const noexcept
      {
         std::size_t b = owner.content.begin;
         if( b >= at || owner.content.end <= at ) {
            return false;
         }
         if( equal_word_at( b, "that" ) ) {
            b = skip_spaces( b + 4 );
         }
         std::size_t e = at;
         while( e > b && m_text[ e - 1 ] == ' ' ) {
            --e;
         }
         if( e <= b || m_text[ e - 1 ] != ',' || sub( m_text, b, e - 1 - b ).find( ',' ) != std::string_view::npos ) {
            return false;
         }
         char buf[ 12 ];
         const std::string_view w = word_at( b, buf );
         static constexpr std::string_view openers[] = { "after", "although", "amid", "as", "at", "because", "before", "despite", "during", "following", "for", "if", "in", "on", "once", "since", "though", "unless", "until", "when", "while", "with", "without" };
         static constexpr auto opener_set = lexicon::sorted( openers );
         return lexicon::contains( opener_set, w );
      }

      // Does a clause at `at` follow a comma, a semicolon or a dash?
      [[nodiscard]] bool after_clause_break( const std::size_t floor, const std::size_t at ) const noexcept
      {
         std::size_t j = at;
         while( j > floor && m_text[ j - 1 ] == ' ' ) {
            --j;
         }
         if( j == floor ) {
            return false;
         }
         const char c = m_text[ j - 1 ];
         return c == ',' || c == ';' || c == '-' || ( j >= 3 && has_at( m_text, j - 3, "\xE2\x80\x94" ) );
      }

      // Cuts the content of the attribution at owner_index where the inner clause starts and
      // emits the captured attribution; the cut is undone when the inner one is not kept.
      bool emit_inner( const std::size_t si, const pattern p, const std::size_t owner_index, const std::size_t at, document& doc )
      {
         if( goes_on_with_reported_clause( si, owner_index, at, doc ) || only_opening_phrase( doc.attributions[ owner_index ], at ) ) {
            return false;
         }
         attribution& owner = doc.attributions[ owner_index ];
         if( owner_index + 1 == doc.attributions.size() && owner.content.begin < at && owner.content.end > at && !has_word_char( owner.content.begin, at ) ) {
            // "criticizing - and even suing - his rivals", "which he once backed - and has
            // embraced B": the inner clause starts where the owner's content would, and the
            // owner reports nothing of its own
            attribution removed = std::move( owner );
            doc.attributions.pop_back();
            if( emit( si, p, doc ) ) {
               return true;
            }
            doc.attributions.push_back( std::move( removed ) );
            return false;
         }
         const std::vector< span > parts = owner.parts;
         const span content = owner.content;
         const content_kind type = owner.type;
         cut_content( owner, at );
         const std::size_t before = doc.attributions.size();
         emit( si, p, doc );
         if( doc.attributions.size() > before ) {
            return true;
         }
         attribution& kept = doc.attributions[ owner_index ]; // as it was
         kept.parts = parts;
         kept.content = content;
         kept.type = type;
         return false;
      }

      // Is [b, e) a noun phrase with a participle in it ("A poll released in late", "Voters in
      // five states going to the polls on Super", "One of the delegates selected"): no
      // punctuation, no finite verb, and a word in -ed or -ing with no object before the time or a
      // preposition, or "out"?
      [[nodiscard]] bool participle_phrase_before( const std::size_t b, const std::size_t e ) const noexcept
      {
         static constexpr std::string_view finite[] = { "are", "did", "do", "does", "had", "has", "have", "is", "said", "says", "was", "were", "will", "would" };
         bool participle = false;
         for( std::size_t at = b; at < e; ) {
            if( m_text[ at ] == ' ' ) {
               ++at;
               continue;
            }
            const std::size_t n = word_length( m_text, at );
            if( n == 0 ) {
               return false; // punctuation
            }
            char buf[ 12 ];
            const std::string_view w = word_at( at, buf );
            if( std::find( std::begin( finite ), std::end( finite ), w ) != std::end( finite ) ) {
               return false;
            }
            at += n;
            if( w.size() > 4 && ( ends_with( w, "ed" ) || ends_with( w, "ing" ) ) ) {
               // with an object it is the verb of a clause ("Trump unleashed a series of tweets");
               // a participle here has the time after it, or a preposition ("a string of")
               static constexpr std::string_view leads[] = { "at", "by", "during", "early", "earlier", "for", "from", "in", "last", "late", "on", "this", "to" };
               const std::size_t na = skip_spaces( at );
               char nb[ 12 ];
               const std::string_view next = word_at( na, nb );
               if( lexicon::contains( lexicon::sorted_determiners, next ) ) {
                  return false;
               }
               participle = participle || na >= e || std::find( std::begin( leads ), std::end( leads ), next ) != std::end( leads );
            }
            participle = participle || is( w, "out" );
         }
         return participle;
      }

      // Is [b, e) a person's name alone, two to four capitalised words with single spaces
      // ("Patricia Ruiz", "Mr Tom Ode"), none a day, a month, a preposition or an opener ("On
      // Tuesday", "In January", "Last April")?
      [[nodiscard]] bool name_alone( std::size_t b, const std::size_t e ) const noexcept
      {
         b = skip_spaces( b );
         std::size_t words = 0;
         while( b < e ) {
            const std::size_t n = word_length( m_text, b );
            if( n == 0 || !is_capitalised( sub( m_text, b, n ) ) ) {
               return false;
            }
            char buf[ 12 ];
            const std::string_view w = word_at( b, buf );
            if( lexicon::weekday_number( w ) != 0 || lexicon::month_number( w ) != 0 || lexicon::contains( lexicon::sorted_name_prepositions, w ) || is( w, "last" ) || is( w, "the" ) || is_sentence_opener( sub( m_text, b, n ) ) ) {
               return false;
            }
            ++words;
            b += n;
            if( b < e && !( m_text[ b ] == ' ' && b + 1 < e && m_text[ b + 1 ] != ' ' ) ) {
               return false;
            }
            b += b < e ? 1 : 0;
         }
         return words >= 2 && words <= 4;
      }

      // "Do you [support] ...?": a question's auxiliary before the subject. "this week [showed]":
      // a time, not a speaker.
      [[nodiscard]] bool not_a_subject( const slot& who ) const noexcept
      {
         const std::size_t n = word_length( m_text, who.begin );
         const std::string_view first = sub( m_text, who.begin, n );
         if( ( is( first, "Do" ) || is( first, "Does" ) || is( first, "Did" ) ) && who.begin + n < who.end ) {
            return true;
         }
         // "Although the agency ... and has maintained that A": a subordinate clause opens no subject
         static constexpr std::string_view subordinators[] = { "After", "Although", "Because", "Before", "If", "Once", "Since", "Though", "Unless", "Until", "When", "Whether", "While" };
         if( std::find( std::begin( subordinators ), std::end( subordinators ), first ) != std::end( subordinators ) ) {
            return true;
         }
         // "the last two weeks [have shown]": a span of time (a short phrase of plain words)
         std::size_t lb = who.end;
         while( lb > who.begin && m_text[ lb - 1 ] != ' ' ) {
            --lb;
         }
         char b0[ 12 ];
         const std::string_view last = word_at( lb, b0 ); // the subject's last word, read once
         if( lb > who.begin && ( is( last, "you" ) || is( last, "we" ) || is( last, "they" ) || is( last, "i" ) ) ) {
            // "Would you [say]", "Or could we [argue]", "How do you [think]": a question's auxiliary
            // before its pronoun, no subject of a statement
            std::size_t pe = lb;
            while( pe > who.begin && m_text[ pe - 1 ] == ' ' ) {
               --pe;
            }
            char bx[ 12 ];
            const std::string_view aux = word_at( nonspace_run_start( pe, who.begin ), bx );
            if( is( aux, "would" ) || is( aux, "could" ) || is( aux, "can" ) || is( aux, "do" ) || is( aux, "does" ) || is( aux, "did" ) || is( aux, "should" ) || is( aux, "shall" ) ) {
               return true;
            }
         }
         {
            // "her big lead among [pledged] delegates": a subject ends with no preposition or article
            // ("On the other side is this [view]": a determiner before a cue noun)
            static constexpr std::string_view function_words[] = { "a", "among", "an", "between", "than", "the", "this" };
            static constexpr auto function_set = lexicon::sorted( function_words );
            if( lb > who.begin && lexicon::contains( function_set, last ) ) {
               return true;
            }
            if( lb == who.begin && ( is( last, "the" ) || is( last, "an" ) ) ) {
               return true; // "The [only hope] the states have": an article alone
            }
         }
         // "Less [welcome] was the news": a comparative alone is no subject (but "Most [believe]"
         // and "More [said]" are: of people)
         if( lb == who.begin && ( is( last, "less" ) || is( last, "least" ) || is( last, "further" ) ) ) {
            return true;
         }
         // "its second [estimate]", "their latest [report]": a determiner and an adjective of order
         // before a noun that looks like a cue, no subject
         if( lb > who.begin && lb - who.begin == n + 1 ) {
            static constexpr std::string_view order_words[] = { "annual", "final", "first", "fourth", "initial", "last", "latest", "monthly", "new", "next", "official", "original", "preliminary", "previous", "quarterly", "recent", "revised", "second", "third", "weekly" };
            static constexpr auto order_set = lexicon::sorted( order_words );
            if( lexicon::contains_folded( lexicon::sorted_possessive_determiners, first ) && lexicon::contains( order_set, last ) ) {
               return true;
            }
         }
         // (the words of the subject are counted only after such a last word: a subject may be long)
         if( is( last, "weeks" ) || is( last, "months" ) || is( last, "years" ) || is( last, "days" ) || is( last, "hours" ) || is( last, "decades" ) || is( last, "nights" ) ) {
            const auto span = sub( m_text, who.begin, who.end - who.begin );
            if( std::count( span.begin(), span.end(), ' ' ) <= 3 && span.find( ',' ) == std::string_view::npos ) {
               return true;
            }
         }
         char b1[ 12 ];
         char b2[ 12 ];
         const std::string_view w1 = word_at( who.begin, b1 );
         if( !is( w1, "this" ) && !is( w1, "last" ) && !is( w1, "next" ) && !is( w1, "that" ) && !is( w1, "each" ) && !is( w1, "every" ) ) {
            return false;
         }
         const std::size_t second = who.begin + n + 1;
         if( second >= who.end || m_text[ second - 1 ] != ' ' ) {
            return false;
         }
         const std::string_view w2 = word_at( second, b2 );
         if( second + w2.size() != who.end ) {
            return false; // two words only
         }
         static constexpr std::string_view times[] = { "week", "month", "year", "weekend", "morning", "afternoon", "evening", "night", "spring", "summer", "fall", "autumn", "winter", "season", "time", "day", "decade", "quarter" };
         return std::find( std::begin( times ), std::end( times ), w2 ) != std::end( times );
      }

      // Is the "speaker" of a speaker-first match rather a modifier of a noun the cue word
      // stands for? Only for cue words that are also nouns or adjectives: "Trump's proposed
      // wall", "300 pledged delegates", "its own recommended list", "his overall support",
      // "Editor's note", and the naming "a firm called Skyvane".
      [[nodiscard]] bool modifies_noun( const captures& cap ) const noexcept
      {
         std::size_t e = cap.speaker.end;
         while( e > cap.speaker.begin && ( m_text[ e - 1 ] == ' ' || m_text[ e - 1 ] == ',' ) ) {
            --e;
         }
         std::size_t b = nonspace_run_start( e, cap.speaker.begin );
         const std::string_view last = sub( m_text, b, e - b );
         if( last.empty() ) {
            return false;
         }
         char buf[ 16 ];
         const std::size_t cn = word_length( m_text, cap.cue.begin );
         const std::string_view cue_word = cn <= sizeof( buf ) ? ascii_lower( sub( m_text, cap.cue.begin, cn ), buf ) : std::string_view();
         if( cap.verb != nullptr && cap.verb->lemma == "call" && is( cue_word, "called" ) ) { // naming: "a party called Anti-Prom"
            std::size_t n = 0;
            while( cap.speaker.begin + n < e && m_text[ cap.speaker.begin + n ] != ' ' ) {
               ++n;
            }
            char b2[ 8 ];
            const std::string_view first = n <= sizeof( b2 ) ? ascii_lower( sub( m_text, cap.speaker.begin, n ), b2 ) : std::string_view();
            char b5[ 12 ];
            const std::string_view after = word_at( skip_spaces( cap.cue.end ), b5 );
            if( is( after, "for" ) || is( after, "on" ) || is( after, "upon" ) ) {
               return false; // "a group of rabbis called for a boycott"
            }
            return is( first, "a" ) || is( first, "an" ) || is( first, "another" ) || is( first, "one" );
         }
         if( !lexicon::contains( lexicon::sorted_nominal_cue_forms, cue_word ) ) {
            return false;
         }
         { // "support for him", "attacks in Paris", "the attacks, which": a noun before its own complement
            std::size_t a = cap.cue.begin + cn;
            while( a < m_text.size() && m_text[ a ] == ' ' ) {
               ++a;
            }
            char nb[ 8 ];
            const std::size_t nn = word_length( m_text, a );
            const std::string_view next = nn > 0 && nn <= sizeof( nb ) ? ascii_lower( sub( m_text, a, nn ), nb ) : std::string_view();
            if( ( a < m_text.size() && ( m_text[ a ] == ',' || m_text[ a ] == ';' ) ) || is( next, "for" ) || is( next, "among" ) || is( next, "from" ) || is( next, "of" ) || is( next, "in" ) ) {
               return true;
            }
         }
         if( last.front() >= '0' && last.front() <= '9' ) {
            return true; // "300 pledged", "19 percent support" (below)
         }
         char b4[ 12 ] = {}; // initialised: g++ -O3 cannot see that ascii_lower fills it
         const std::string_view lw = last.size() <= sizeof( b4 ) ? ascii_lower( last, b4 ) : std::string_view();
         if( is( lw, "percent" ) || last.back() == '%' || lexicon::contains( lexicon::sorted_modifier_words, lw ) ) {
            return true;
         }
         if( ( ends_with( last, "'s" ) || ends_with( last, "\xE2\x80\x99s" ) || ends_with( last, "s'" ) ) && !lexicon::contains( lexicon::sorted_contractions, lw ) ) {
            return true;
         }
         // "Initial estimates": an adjective alone
         if( cap.speaker.begin == b && ( ends_with( lw, "al" ) || ends_with( lw, "est" ) ) && lw.size() > 4 ) {
            return true;
         }
         // "his overall support", "the strongest support": a determiner and an adjective, no noun
         if( std::count( m_text.begin() + static_cast< std::ptrdiff_t >( cap.speaker.begin ), m_text.begin() + static_cast< std::ptrdiff_t >( e ), ' ' ) == 1 ) {
            std::size_t n = 0;
            while( m_text[ cap.speaker.begin + n ] != ' ' ) {
               ++n;
            }
            char b3[ 8 ];
            const std::string_view det = n <= sizeof( b3 ) ? ascii_lower( sub( m_text, cap.speaker.begin, n ), b3 ) : std::string_view();
            return ( is( det, "the" ) || is( det, "his" ) || is( det, "her" ) || is( det, "its" ) || is( det, "their" ) || is( det, "our" ) ) && ( ends_with( last, "est" ) || ends_with( last, "al" ) || ends_with( last, "an" ) || ends_with( last, "ic" ) );
         }
         return false;
      }

      [[nodiscard]] bool inside_quotation( const std::size_t at ) const noexcept
      {
         const auto q = std::upper_bound( m_top.begin(), m_top.end(), at, []( const std::size_t x, const raw_quote* r ) { return x < r->open; } );
         return q != m_top.begin() && ( *std::prev( q ) )->close_end > at;
      }

      // Is the word before `from` "which" or "whom" (the object of a relative clause)?
      [[nodiscard]] bool after_object_relative( const sentence& s, const std::size_t from ) const noexcept
      {
         std::size_t e = from;
         while( e > s.begin && m_text[ e - 1 ] == ' ' ) {
            --e;
         }
         char buf[ 12 ];
         return e >= s.begin + 5 && ( word_at( e - 5, buf ) == "which" || word_at( e - 4, buf ) == "whom" ) && ( e - 5 == s.begin || e - 4 == s.begin || !is_word_char( static_cast< unsigned char >( m_text[ e - 6 ] ) ) );
      }

      // Is there a comma right before `at` (spaces aside), after `floor`?
      [[nodiscard]] bool comma_before( std::size_t at, const std::size_t floor ) const noexcept
      {
         while( at > floor && m_text[ at - 1 ] == ' ' ) {
            --at;
         }
         return at > floor && m_text[ at - 1 ] == ',';
      }

      // Can a subject start at `from`, judging by the word before it? Not after a preposition,
      // an article or an auxiliary: "a firm called", "had the full support", "the state's 20
      // pledged delegates" hold objects, not speakers.
      [[nodiscard]] bool opens_subject( const sentence& s, const std::size_t from ) const noexcept
      {
         std::size_t e = from;
         while( e > s.begin && m_text[ e - 1 ] == ' ' ) {
            --e;
         }
         std::size_t b = nonspace_run_start( e, s.begin );
         char buf[ 12 ];
         if( e == b || e - b > sizeof( buf ) ) {
            return true;
         }
         const std::string_view w = ascii_lower( sub( m_text, b, e - b ), buf );
         return is( w, "that" ) || ( !lexicon::contains( lexicon::sorted_object_markers, w ) && !lexicon::contains( lexicon::sorted_determiners, w ) );
      }

      // "according to X" where the grammar found no speaker phrase: "C, according to early
      // results of the exit poll conducted by ...", "after, according to him, C". The source
      // runs to the next comma or colon (at most 200 bytes); the content is the rest of the
      // sentence on both sides of it, without a clause that starts with "but", "and" or "which".
      void match_according_anywhere( const std::size_t si, document& doc )
      {
         const sentence& s = m_sentences[ si ];
         const std::size_t e = m_state.content_end;
         if( e <= s.end && !may_hold_according( s ) ) {
            return;
         }
         const std::string_view t = sub( m_text, s.begin, e - s.begin );
         for( std::size_t p = find_bytes( t, "ccording to " ); p != std::string_view::npos; p = find_bytes( t, "ccording to ", p + 1 ) ) {
            if( p == 0 || ( t[ p - 1 ] != 'a' && t[ p - 1 ] != 'A' ) || ( p > 1 && is_word_char( static_cast< unsigned char >( t[ p - 2 ] ) ) ) ) {
               continue;
            }
            const std::size_t at = s.begin + p - 1;
            if( inside_quotation( at ) ) {
               continue;
            }
            const std::size_t src_b = at + 13;
            if( try_rule< pegtl::seq< pegtl::opt< rules::determiner, rules::ws >, rules::measure_noun > >( src_b, s ) ) {
               return; // "according to the number of": in proportion to
            }
            std::size_t src_e = src_b;
            while( src_e < e && m_text[ src_e ] != ',' && m_text[ src_e ] != ':' && src_e - src_b <= 200 ) {
               ++src_e;
            }
            if( src_e - src_b > 200 || src_e == src_b ) {
               return;
            }
            captures cap;
            cap.cue = slot{ at, at + 12 };
            cap.speaker = slot{ src_b, src_e };
            std::size_t b1 = s.begin;
            std::size_t e1 = at;
            trim( m_text, b1, e1 );
            std::size_t b2 = src_e < e ? src_e + 1 : e;
            std::size_t e2 = e;
            trim( m_text, b2, e2 );
            for( const std::string_view w : { std::string_view( "but " ), std::string_view( "and " ), std::string_view( "which " ), std::string_view( "while " ) } ) {
               if( sub( m_text, b2, w.size() ) == w ) {
                  b2 = e2;
               }
            }
            if( e1 > b1 ) {
               cap.content = slot{ b1, e1 };
               if( e2 > b2 ) {
                  cap.content2 = slot{ b2, e2 };
               }
            }
            else if( e2 > b2 ) {
               cap.content = slot{ b2, e2 };
            }
            else {
               return;
            }
            m_state.cap = cap;
            emit( si, pattern::according_to, doc );
            return;
         }
      }

      // "Lind leads by 271 delegates according to a count by the Courier, but Ortiz has vowed to
      // go on": a source after "according to" in a sentence whose attribution was found elsewhere
      // (after the conjunction) reports the words before it, when no cue of the sentence's
      // attributions is there.
      void match_according_late( const std::size_t si, document& doc )
      {
         const sentence& s = m_sentences[ si ];
         if( m_sentence_attribution[ si ] == 0 || !may_hold_according( s ) || equal_word_at( s.begin, "According" ) || equal_word_at( s.begin, "according" ) ) {
            return; // ("According to Lind's memoir, Ortiz told B": the content after the source)
         }
         for( auto it = doc.attributions.rbegin(); it != doc.attributions.rend() && it->sentence.begin == s.begin; ++it ) {
            if( it->cue && ( it->cue->lemma == "according to" || ( it->speaker && it->speaker->mention.begin < it->cue->phrase.begin && it->pattern != pattern::speaker_cue_content && it->pattern != pattern::participle ) ) ) {
               return; // the sentence's "according to" is read
            }
         }
         const std::size_t saved = m_state.content_end;
         m_state.content_end = content_end_of( s );
         match_according_anywhere( si, doc );
         m_state.content_end = saved;
      }

      // "a book titled “A Child's Guide”", "a memo entitled Where the Race Stands", "chants of
      // “Lock her up!”": the title a work is given and the words a crowd chants are reported
      // with no speaker (pattern::impersonal); the content is the quotation after the cue, or a
      // title's run of capitalised words.
      void match_titled( const std::size_t si, document& doc )
      {
         if( !m_titled ) {
            return; // worth_matching() saw none of the words
         }
         const sentence& s = m_sentences[ si ];
         const std::size_t e = content_end_of( s );
         const std::string_view t = sub( m_text, s.begin, e > s.begin ? e - s.begin : 0 );
         static constexpr std::string_view cues[] = { "titled ", "entitled ", "chants of ", "chant of ", "chants to ", "chants for " };
         for( const std::string_view cue : cues ) {
            for( std::size_t p = t.find( cue ); p != std::string_view::npos; p = t.find( cue, p + 1 ) ) {
               const std::size_t at = s.begin + p;
               if( ( p > 0 && t[ p - 1 ] != ' ' ) || inside_quotation( at ) ) {
                  continue;
               }
               std::size_t cb = at + cue.size();
               if( cb < e && m_text[ cb ] == ',' ) {
                  cb = skip_spaces( cb + 1 ); // ("titled, “Scam.”")
               }
               std::size_t ce = cb;
               if( const raw_quote* q = m_state.quote_at( cb ); q != nullptr && q->closed && q->close_end <= e ) {
                  ce = q->close_end;
               }
               else if( cue[ 0 ] != 'c' ) {
                  // a title in capitals: words that start with one, and the short words between them
                  for( std::size_t i = cb; i < e; ) {
                     const std::size_t n = word_length( m_text, i );
                     if( n == 0 ) {
                        break;
                     }
                     char buf[ 12 ];
                     const std::string_view w = word_at( i, buf );
                     const bool small = is( w, "of" ) || is( w, "the" ) || is( w, "a" ) || is( w, "an" ) || is( w, "and" ) || is( w, "in" ) || is( w, "on" ) || is( w, "for" ) || is( w, "to" ) || is( w, "from" ) || is( w, "with" ) || is( w, "at" ) || is( w, "by" ) || is( w, "or" );
                     if( !( m_text[ i ] >= 'A' && m_text[ i ] <= 'Z' ) && !( small && ce > cb ) ) {
                        break;
                     }
                     i += n;
                     if( !small ) {
                        ce = i;
                     }
                     if( i < e && m_text[ i ] == ':' && i + 1 < e && m_text[ i + 1 ] == ' ' ) {
                        ++i; // ("Women Who Work: Rewriting the Rules")
                     }
                     if( i >= e || m_text[ i ] != ' ' ) {
                        break;
                     }
                     ++i;
                  }
               }
               if( ce <= cb ) {
                  continue;
               }
               bool taken = false;
               for( auto it = doc.attributions.rbegin(); it != doc.attributions.rend() && it->sentence.end > s.begin; ++it ) {
                  taken = taken || ( it->content.begin < ce && cb < it->content.end );
               }
               if( taken ) {
                  continue;
               }
               m_state.cap = no_captures;
               std::size_t cue_begin = at;
               std::size_t cue_end = at + cue.size();
               trim( m_text, cue_begin, cue_end );
               m_state.cap.cue = slot{ cue_begin, cue_end };
               m_state.cap.content = slot{ cb, ce };
               emit( si, pattern::impersonal, doc );
            }
         }
      }

      // "Asked about the plan, Lind said ...": the question is an attribution whose speaker is
      // the subject of the main clause, which is matched as usual afterwards.
      void match_asked_intro( const std::size_t si, document& doc )
      {
         const sentence& s = m_sentences[ si ];
         if( !try_rule< rules::asked_intro >( s.begin, s ) ) {
            return;
         }
         captures asked = m_state.cap;
         asked.verb = lexicon::find_cue( "asked" );
         const std::size_t after = s.begin + m_state.consumed;
         if( asked.speaker.set() ) { // "Asked by a reporter whether ...": the asker is the speaker
            m_state.cap = asked;
            emit( si, pattern::participle, doc );
            return;
         }
         if( !try_rule< rules::speaker_first >( after, s ) && !try_rule< rules::subject >( after, s ) ) {
            return;
         }
         asked.speaker = m_state.cap.speaker;
         m_state.cap = asked;
         emit( si, pattern::participle, doc );
      }

      // A transcript turn: a paragraph that opens with a short name and a colon. Its content is
      // the rest of the paragraph; the sentences after the first are claimed by it.
      // "“...” ― Ann Lee, a reader in Ohio.": a paragraph that is a quotation, signed with a dash
      // and a name after it, in the same paragraph or the next one (fact checks, readers' letters).
      // "Pollsters agree - Ana Ruiz: “...”": a dash, a name, a colon and a quotation (the name
      // is the speaker, the colon the cue).
      bool match_dash_source( const std::size_t si, document& doc )
      {
         const sentence& s = m_sentences[ si ];
         const std::size_t e = m_state.content_end;
         const std::string_view t = sub( m_text, s.begin, e - s.begin );
         const std::size_t colon = t.find( ':' );
         if( colon == std::string_view::npos ) {
            return false;
         }
         for( const std::string_view dash : { std::string_view( " - " ), std::string_view( " \xE2\x80\x93 " ), std::string_view( " \xE2\x80\x94 " ) } ) {
            const std::size_t d = sub( t, 0, colon ).rfind( dash );
            if( d != std::string_view::npos && !inside_quotation( s.begin + d ) && try_rule< rules::dash_source_quote >( s.begin + d + dash.size(), s ) ) {
               return emit( si, pattern::speaker_cue_quote, doc );
            }
         }
         return false;
      }

      bool match_signed_quote( const std::size_t si, document& doc )
      {
         const sentence& s = m_sentences[ si ];
         // the dash opens the sentence, or follows the quotation that does
         std::size_t d = s.begin;
         if( const raw_quote* q = m_state.quote_at( s.begin ); q != nullptr && q->closed ) {
            d = skip_spaces( q->close_end );
         }
         if( d >= s.end || !( m_text[ d ] == '-' || has_at( m_text, d, "\xE2\x80\x93" ) || has_at( m_text, d, "\xE2\x80\x94" ) || has_at( m_text, d, "\xE2\x80\x95" ) ) ) {
            return false;
         }
         // the quotation that ends right before the dash (spaces and line breaks aside) ...
         std::size_t j = d;
         while( j > 0 && ( m_text[ j - 1 ] == ' ' || m_text[ j - 1 ] == '\n' || m_text[ j - 1 ] == '\r' || m_text[ j - 1 ] == '\t' ) ) {
            --j;
         }
         const auto it = std::lower_bound( m_top.begin(), m_top.end(), j, []( const raw_quote* r, const std::size_t at ) { return r->close_end < at; } );
         if( it == m_top.end() || ( *it )->close_end != j || !( *it )->closed ) {
            return false;
         }
         const raw_quote& q = **it;
         // ... and opens its paragraph
         std::size_t o = q.open;
         while( o > 0 && ( m_text[ o - 1 ] == ' ' || m_text[ o - 1 ] == '\t' ) ) {
            --o;
         }
         if( o > 0 && m_text[ o - 1 ] != '\n' ) {
            return false;
         }
         if( !try_rule< rules::signature >( d, s ) ) {
            return false;
         }
         m_state.cap.quote1 = slot{ q.open, q.close_end };
         return emit( si, pattern::quote_cue_speaker, doc );
      }

      bool match_transcript( const std::size_t si, document& doc )
      {
         const sentence& s = m_sentences[ si ];
         // a transcript quoted paragraph by paragraph: "\"RAMOS: Did you ...", each turn opening
         // with a quotation mark that the paragraph does not close
         std::size_t from = s.begin;
         std::size_t len = 0;
         if( is_quote_mark( decode( m_text, from, len ) ) && from + len < s.end && m_text[ from + len ] >= 'A' && m_text[ from + len ] <= 'Z' ) {
            from += len;
         }
         if( !try_rule< rules::transcript >( from, s ) || m_state.cap.speaker.end - m_state.cap.speaker.begin > 40 ) {
            return false;
         }
         if( from > s.begin ) {
            // the quotation marks pair across the paragraphs: the turn ends with its line
            if( const void* nl = std::memchr( m_text.data() + m_state.cap.content.begin, '\n', m_state.cap.content.end - m_state.cap.content.begin ); nl != nullptr ) {
               std::size_t ce = static_cast< std::size_t >( static_cast< const char* >( nl ) - m_text.data() );
               std::size_t cb = m_state.cap.content.begin;
               trim( m_text, cb, ce );
               while( ce > cb && ( m_text[ ce - 1 ] == '.' || m_text[ ce - 1 ] == '?' || m_text[ ce - 1 ] == '!' ) ) {
                  --ce;
               }
               m_state.cap.content.end = ce;
            }
         }
         // a turn is prose: five words or more, many of them in lower case ("Iowa: Ann Lee, Bo
         // Park, ..." and "Smith: 1,501" are lists)
         std::size_t words = 0;
         std::size_t lower = 0;
         for( std::size_t i = m_state.cap.content.begin; i < m_state.cap.content.end; ) {
            const std::size_t n = word_length( sub( m_text, 0, m_state.cap.content.end ), i );
            if( n == 0 ) {
               i += code_point_length( m_text, i );
               continue;
            }
            ++words;
            lower += ( m_text[ i ] >= 'a' && m_text[ i ] <= 'z' ) ? 1U : 0U;
            i += n;
         }
         // (a turn of an interview, "Q: And the wall?", may be shorter)
         const bool qa = m_state.cap.speaker.end == m_state.cap.speaker.begin + 1;
         if( words < ( qa ? 3U : 5U ) || lower * 5 < words * 2 ) {
            return false;
         }
         std::size_t last = si;
         while( last + 1 < m_sentences.size() && m_sentences[ last + 1 ].block == s.block ) {
            ++last;
         }
         if( last > si ) {
            const sentence& l = m_sentences[ last ];
            m_state.cap.content.end = std::max( m_state.cap.content.end, content_end_of( l ) );
         }
         const std::size_t before = doc.attributions.size();
         emit( si, pattern::transcript_colon, doc );
         if( doc.attributions.size() == before ) {
            return false;
         }
         for( std::size_t k = si + 1; k <= last; ++k ) {
            m_sentence_attribution[ k ] = m_sentence_attribution[ si ];
            m_claimed_until = k + 1;
         }
         return true;
      }

      std::size_t m_claimed_until = 0; // sentences before this index belong to a transcript turn

      // “We will win.” Smith said. -- the quotation ends its own sentence, and the next
      // sentence is only the speaker and the cue.
      bool match_orphan_trailer( const std::size_t si, document& doc )
      {
         if( si == 0 || m_sentence_attribution[ si - 1 ] != 0 || m_sentences[ si - 1 ].block != m_sentences[ si ].block ) {
            return false;
         }
         const sentence& prev = m_sentences[ si - 1 ];
         const raw_quote* q = m_state.quote_at( prev.begin );
         if( q == nullptr || q->depth != 0 || !q->closed || q->close_end + 2 < prev.end ) {
            return false;
         }
         const sentence& s = m_sentences[ si ];
         if( !try_rule< pegtl::seq< pegtl::sor< pegtl::seq< rules::capture< slots::cue, rules::cue_phrase< rules::cue_context::inverted > >, rules::ws, rules::capture< slots::speaker, rules::speaker_phrase > >, pegtl::seq< rules::capture< slots::speaker, rules::speaker_phrase >, rules::ws, rules::capture< slots::cue, rules::cue_phrase< rules::cue_context::after_quote > > > >, rules::adjuncts, rules::at_sentence_end > >( s.begin, s ) ) {
            return false;
         }
         m_state.cap.quote1 = slot{ q->open, q->close_end };
         emit( si, pattern::quote_cue_speaker, doc );
         return true;
      }

      // "Lind added:" alone at the end of a paragraph, and the next paragraph is no quotation: it
      // is a passage of Lind's set off without quotation marks, the content (at least six words
      // and no transcript label of its own).
      bool match_colon_block( const std::size_t si, document& doc )
      {
         const sentence& s = m_sentences[ si ];
         if( !s.starts_block || !try_rule< rules::colon_intro >( s.begin, s ) ) {
            return false;
         }
         const block& next = m_blocks[ m_sentences[ si + 1 ].block ];
         std::size_t b = next.begin;
         std::size_t e = next.end;
         trim( m_text, b, e );
         if( e <= b || count_words( b, e, 6 ) < 6 || sub( m_text, b, std::min< std::size_t >( e - b, 40 ) ).find( ':' ) != std::string_view::npos ) {
            return false;
         }
         m_state.cap.content = slot{ b, e };
         const std::size_t before = doc.attributions.size();
         const sentence intro = s;
         m_sentences[ si ].end = next.end; // the attribution's sentence runs over the passage
         emit( si, pattern::speaker_cue_content, doc );
         m_sentences[ si ] = intro;
         if( doc.attributions.size() == before ) {
            return false;
         }
         std::size_t k = si + 1;
         while( k < m_sentences.size() && m_sentences[ k ].begin < e ) {
            m_sentence_attribution[ k ] = m_sentence_attribution[ si ];
            ++k;
         }
         m_claimed_until = k;
         return true;
      }

      // "X responded:" ending a paragraph, and the next paragraph is a quotation: the
      // quotation is the content, with the quote paragraphs that follow it (at most 8 parts).
      bool match_colon_intro( const std::size_t si, document& doc )
      {
         const sentence& s = m_sentences[ si ];
         if( si + 1 >= m_sentences.size() || !m_sentences[ si + 1 ].starts_block ) {
            return false;
         }
         std::size_t e = s.end;
         while( e > s.begin && ( m_text[ e - 1 ] == ' ' || m_text[ e - 1 ] == '\n' || m_text[ e - 1 ] == '\r' || m_text[ e - 1 ] == '\t' ) ) {
            --e;
         }
         if( e == s.begin || m_text[ e - 1 ] != ':' ) {
            return false;
         }
         const raw_quote* q = m_state.quote_at( m_sentences[ si + 1 ].begin );
         if( q == nullptr ) {
            return match_colon_block( si, doc );
         }
         if( q->depth != 0 ) {
            return false;
         }
         // from the sentence start, else after a comma: "A did B, and X responded:"
         bool found = try_rule< rules::colon_intro >( s.begin, s );
         for( std::size_t i = s.begin; !found && i < e; ++i ) {
            if( m_text[ i ] == ',' && !inside_quotation( i ) ) {
               std::size_t from = i + 1;
               while( from < e && m_text[ from ] == ' ' ) {
                  ++from;
               }
               found = try_rule< rules::colon_intro >( from, s );
            }
         }
         if( !found ) {
            return false;
         }
         m_state.cap.content = slot{ q->open, q->close_end };
         const std::size_t before = doc.attributions.size();
         emit( si, pattern::speaker_cue_content, doc );
         if( doc.attributions.size() == before ) {
            return false;
         }
         attribution& a = doc.attributions.back();
         std::size_t end = q->close_end;
         std::size_t k = si + 1;
         for( ;; ) {
            while( k < m_sentences.size() && m_sentences[ k ].begin < end ) {
               m_sentence_attribution[ k ] = m_sentence_attribution[ si ];
               ++k;
            }
            if( k >= m_sentences.size() || !m_sentences[ k ].starts_block || a.parts.size() >= 8 ) {
               break;
            }
            const raw_quote* r = m_state.quote_at( m_sentences[ k ].begin );
            if( r == nullptr ) {
               break;
            }
            std::size_t be = m_blocks[ m_sentences[ k ].block ].end;
            while( be > r->close_end && ( m_text[ be - 1 ] == ' ' || m_text[ be - 1 ] == '\n' || m_text[ be - 1 ] == '\r' || m_text[ be - 1 ] == '\t' ) ) {
               --be;
            }
            if( r->depth != 0 || be > r->close_end + 1 ) {
               break; // the next paragraph is not a quotation alone
            }
            add_quote_part( a, slot{ r->open, r->close_end } );
            end = r->close_end;
         }
         m_claimed_until = k;
         return true;
      }

      // Whether a quotation sentence after the attribution's sentence goes on with its content:
      // after "“A,” Lind said", "Lind said: “A.”" and "The plan is “a disaster,” Lind said".
      [[nodiscard]] bool continued_by_quote( const attribution& a ) const noexcept
      {
         if( a.pattern == pattern::quote_cue_speaker || ( a.pattern == pattern::speaker_cue_quote && a.type == content_kind::direct ) ) {
            return true;
         }
         if( ( a.pattern != pattern::content_speaker_cue && a.pattern != pattern::speaker_cue_content ) || a.type != content_kind::mixed ) {
            return false;
         }
         const std::string_view c = a.content.text;
         if( ends_with( c, "\"" ) || ends_with( c, "''" ) || ends_with( c, "\xE2\x80\x9D" ) || ends_with( c, "\xC2\xBB" ) ) {
            return true;
         }
         // "“A” at the rally, she said. “B.”": a quotation opens the content before the speaker
         return a.pattern == pattern::content_speaker_cue && a.parts.size() == 1 && m_state.quote_at( a.content.begin ) != nullptr;
      }

      void add_quote_part( attribution& a, const slot& q )
      {
         const raw_quote* r = m_state.quote_at( q.begin );
         if( r == nullptr ) {
            return;
         }
         append_inner( a.parts, *r );
         a.content = make_span( m_text, a.parts.front().begin, a.parts.back().end );
         if( a.type == content_kind::indirect ) {
            a.type = content_kind::mixed;
         }
      }

      // The inside of a quotation as parts (one per paragraph), without a trailing comma.
      void append_inner( std::vector< span >& parts, const raw_quote& r ) const
      {
         std::size_t b = r.content_begin;
         for( std::size_t k = 0; k + 1 < r.breaks.size(); k += 2 ) {
            std::size_t pe = r.breaks[ k ];
            std::size_t pb = b;
            trim( m_text, pb, pe );
            if( pe > pb ) {
               parts.push_back( make_span( m_text, pb, pe ) );
            }
            b = r.breaks[ k + 1 ];
         }
         std::size_t e = r.content_end;
         trim( m_text, b, e );
         while( e > b && m_text[ e - 1 ] == ',' ) {
            --e;
         }
         if( e > b ) {
            parts.push_back( make_span( m_text, b, e ) );
         }
      }

      // "He’s argued that A", "Lind's said A", "They've said A", "She'd told them A": the "’s",
      // "'ve", "'d", "'ll" or "'re" right before the cue is an auxiliary, not part of the
      // speaker's name.
      void strip_contracted_auxiliary( const std::size_t b, std::size_t& e, const captures& c ) const noexcept
      {
         if( !c.cue.set() || c.cue.begin < e ) {
            return;
         }
         for( std::size_t i = e; i < c.cue.begin; ++i ) {
            if( m_text[ i ] != ' ' ) {
               return;
            }
         }
         const std::string_view w = sub( m_text, b, e - b );
         static constexpr std::string_view suffixes[] = { "'s", "\u2019s", "'ve", "\u2019ve", "'d", "\u2019d", "'ll", "\u2019ll", "'re", "\u2019re" };
         for( const std::string_view suffix : suffixes ) {
            if( w.size() > suffix.size() && w.substr( w.size() - suffix.size() ) == suffix ) {
               e -= suffix.size();
               return;
            }
         }
      }

      // Is the text from b to e a short phrase that opens with a participle in "-ing" and has no
      // verb of its own ("Weighing in on the debate"; not "Raising taxes is a mistake")?
      [[nodiscard]] bool opening_participle_phrase( const std::size_t b, const std::size_t e ) const noexcept
      {
         const std::size_t n = word_length( m_text, b );
         if( n < 5 || b + n > e || m_text[ b ] < 'A' || m_text[ b ] > 'Z' || !has_at( m_text, b + n - 3, "ing" ) || count_words( b, e, 7 ) > 6 ) {
            return false;
         }
         for( std::size_t i = b + n; i < e; ++i ) {
            if( m_text[ i ] == ' ' && i + 1 < e ) {
               char buf[ 12 ];
               const std::string_view w = word_at( i + 1, buf );
               if( rules::finite_auxiliary( w ) || ( w.size() > 4 && ends_with( w, "ed" ) ) ) {
                  return false;
               }
            }
         }
         return true;
      }

      // Is the text from b to e only a time ("late Thursday", "a few days later", "two weeks
      // ago"): at most six words of time, one of them a day or "later", "ago", "earlier"?
      // Does a word or a comma stand right before the word at i, past spaces (not the start of a
      // sentence, a quotation mark or a bracket)?
      // Is the phrase before a headline's colon the label of a kind of article ("Profile",
      // "Obituary", "DVD review", "Q&A") or a year ("2004"), not who speaks?
      [[nodiscard]] bool labels_a_headline( const slot& speaker ) const noexcept
      {
         static constexpr std::string_view words[] = { "analysis", "explainer", "factbox", "factfile", "interview", "obituary", "opinion", "podcast", "preview", "profile", "q&a", "quiz", "recap", "review", "timeline" };
         static constexpr auto set = lexicon::sorted( words );
         std::size_t b = speaker.end;
         while( b > speaker.begin && m_text[ b - 1 ] != ' ' ) {
            --b;
         }
         bool letter = false;
         for( std::size_t i = speaker.begin; i < speaker.end && !letter; ++i ) {
            const auto ch = static_cast< unsigned char >( m_text[ i ] );
            letter = ch >= 0x80 || ( ( ch | 0x20U ) >= 'a' && ( ch | 0x20U ) <= 'z' ); // (a byte of a non-ASCII letter too)
         }
         return !letter || ( speaker.end - b <= 12 && lexicon::contains_folded( set, sub( m_text, b, speaker.end - b ) ) );
      }

      // A headline's cue of one word in -ed or -ing with "over", "for", "by" or "amid"
      // after it: a headline's passive ("Parties warned over 'grey vote'", "Apple attacked over
      // leak") or noun ("Security warning over virus"); a headline's active verb is in the
      // present ("Minister warns over cuts").
      [[nodiscard]] bool headline_passive( const captures& c ) const noexcept
      {
         char b[ 12 ];
         const std::string_view cue = word_at( c.cue.begin, b );
         if( cue.size() != c.cue.end - c.cue.begin || !( ends_with( cue, "ed" ) || ends_with( cue, "ing" ) ) ) {
            return false;
         }
         char n[ 12 ];
         const std::string_view next = word_at( c.content.begin, n );
         return is( next, "over" ) || is( next, "for" ) || is( next, "by" ) || is( next, "amid" );
      }

      // Does a capitalised word end at i ("Polar" before " Express")?
      [[nodiscard]] bool capitalised_word_before( std::size_t i ) const noexcept
      {
         const std::size_t end = i;
         while( i > 0 && ( ( m_text[ i - 1 ] >= 'a' && m_text[ i - 1 ] <= 'z' ) || ( m_text[ i - 1 ] >= 'A' && m_text[ i - 1 ] <= 'Z' ) ) ) {
            --i;
         }
         return i < end && m_text[ i ] >= 'A' && m_text[ i ] <= 'Z';
      }

      [[nodiscard]] bool title_word_before( std::size_t i ) const noexcept
      {
         while( i > 0 && m_text[ i - 1 ] == ' ' ) {
            --i;
         }
         if( i == 0 ) {
            return false;
         }
         const auto c = static_cast< unsigned char >( m_text[ i - 1 ] );
         return c == ',' || ( c >= 'a' && c <= 'z' ) || ( c >= 'A' && c <= 'Z' ) || ( c >= '0' && c <= '9' );
      }

      // Does the cue end with a form that is only a past participle ("shown", "spoken", "written")
      // with no form of "have" among its words or right before it ("has now written", "they've
      // spoken", "he's written" report; "300 shown at", "written explanations" do not)?
      [[nodiscard]] bool participle_without_have( const slot& cue ) const noexcept
      {
         std::size_t lb = cue.end;
         while( lb > cue.begin && m_text[ lb - 1 ] != ' ' ) {
            --lb;
         }
         char buf[ 12 ];
         const std::string_view last = word_at( lb, buf );
         if( !is( last, "shown" ) && !is( last, "spoken" ) && !is( last, "written" ) ) {
            return false;
         }
         std::size_t i = cue.begin;
         while( i > 0 && m_text[ i - 1 ] == ' ' ) {
            --i;
         }
         i = nonspace_run_start( i, 0 ); // the word before the cue
         while( i < lb ) {
            std::size_t j = i;
            while( j < lb && m_text[ j ] != ' ' ) {
               ++j;
            }
            char wb[ 12 ];
            const std::string_view w = word_at( i, wb );
            const std::string_view run = sub( m_text, i, j - i );
            if( is( w, "have" ) || is( w, "has" ) || is( w, "had" ) || is( w, "having" ) || has_at( w, 0, "haven" ) || has_at( w, 0, "hasn" ) || has_at( w, 0, "hadn" ) || ends_with( run, "'ve" ) || ends_with( run, "\xE2\x80\x99"
                                                                                                                                                                                                                      "ve" ) ||
                ends_with( run, "'d" ) || ends_with( run, "\xE2\x80\x99"
                                                          "d" ) ||
                ends_with( run, "'s" ) || ends_with( run, "\xE2\x80\x99"
                                                          "s" ) ) {
               return false;
            }
            i = j;
            while( i < lb && m_text[ i ] == ' ' ) {
               ++i;
            }
         }
         return true;
      }

      // Is the text from b to e a reflexive pronoun alone ("herself", "themselves.")?
      [[nodiscard]] bool only_reflexive( std::size_t b, std::size_t e ) const noexcept
      {
         trim( m_text, b, e );
         char buf[ 12 ];
         if( e <= b || e - b > sizeof( buf ) ) {
            return false;
         }
         return lexicon::reflexive( ascii_lower( sub( m_text, b, e - b ), buf ) );
      }

      [[nodiscard]] bool only_time_phrase( const std::size_t b, const std::size_t e ) const noexcept
      {
         static constexpr std::string_view anchors[] = { "ago", "earlier", "friday", "later", "monday", "saturday", "sunday", "thursday", "today", "tonight", "tuesday", "wednesday", "yesterday" };
         static constexpr std::string_view others[] = { "a", "afternoon", "day", "days", "early", "evening", "few", "hours", "late", "minutes", "month", "months", "morning", "night", "several", "the", "three", "two", "week", "weeks", "year", "years" };
         static constexpr auto anchor_set = lexicon::sorted( anchors );
         static constexpr auto time_set = lexicon::sorted( anchors, others );
         std::size_t i = b;
         int words = 0;
         bool anchored = false;
         while( i < e ) {
            if( m_text[ i ] == ' ' ) {
               ++i;
               continue;
            }
            std::size_t j = i;
            while( j < e && m_text[ j ] != ' ' ) {
               ++j;
            }
            char buf[ 12 ];
            if( ++words > 6 || j - i > sizeof( buf ) ) {
               return false;
            }
            const std::string_view w = ascii_lower( sub( m_text, i, j - i ), buf );
            if( !lexicon::contains( time_set, w ) ) {
               return false;
            }
            anchored = anchored || lexicon::contains( anchor_set, w );
            i = j;
         }
         return anchored;
      }

      // Are the words from b to e two to four, each capitalised ("Ada Lind", "Sen. Ortiz"; a
      // single word may be an answer: "Absolutely, Lind said.")?
      [[nodiscard]] bool only_capitalised( const std::size_t b, const std::size_t e ) const noexcept
      {
         int words = 0;
         for( std::size_t i = b; i < e; ++i ) {
            if( m_text[ i ] != ' ' && ( i == b || m_text[ i - 1 ] == ' ' ) ) {
               if( ++words > 4 || !rules::starts_upper( m_text, i ) ) {
                  return false;
               }
            }
         }
         return words > 1;
      }

      // Does the speaker end with a comma and a personal pronoun ("in the end, he"), or open with
      // a lower-case preposition or conjunction before a comma ("in the legislature, Lind")?
      [[nodiscard]] bool pronoun_after_comma( const slot& who ) const noexcept
      {
         std::size_t b = who.begin;
         std::size_t e = who.end;
         trim( m_text, b, e );
         const std::size_t comma = sub( m_text, b, e - b ).rfind( ',' );
         if( comma == std::string_view::npos ) {
            return false;
         }
         const std::size_t w = skip_spaces( b + comma + 1 );
         char buf[ 12 ];
         const std::string_view word = word_at( w, buf );
         if( w + word.size() == e && ( is( word, "he" ) || is( word, "she" ) || is( word, "they" ) || is( word, "we" ) || is( word, "i" ) ) ) {
            return true;
         }
         // "in the legislature, Lind": a phrase that opens with a preposition or a conjunction
         static constexpr std::string_view openers[] = { "about", "after", "against", "as", "at", "because", "before", "during", "for", "from", "in", "of", "on", "since", "that", "to", "when", "while", "with" };
         char fb[ 12 ];
         const std::string_view first = word_at( b, fb );
         return std::binary_search( std::begin( openers ), std::end( openers ), first ) && !rules::starts_upper( m_text, b );
      }

      // Is the speaker one pronoun or relative word ("he", "which")?
      [[nodiscard]] bool single_pronoun( const slot& who ) const noexcept
      {
         std::size_t b = who.begin;
         std::size_t e = who.end;
         trim( m_text, b, e );
         char buf[ 12 ];
         const std::string_view w = word_at( b, buf );
         if( b + w.size() != e ) {
            return false;
         }
         static constexpr std::string_view pronouns[] = { "he", "i", "it", "she", "that", "they", "we", "which", "who", "you" };
         return std::binary_search( std::begin( pronouns ), std::end( pronouns ), w );
      }

      // Is the cue word at `at` the noun "call" ("a conference call", "his call drew fire", "the
      // roll call")? The verb follows a plural, a pronoun, a share or an auxiliary ("critics
      // call it", "what they call", "64 percent call him", "would call", "to call").
      [[nodiscard]] bool noun_call( const std::size_t at ) const noexcept
      {
         if( !has_at( m_text, at, "call" ) || ( at + 4 < m_text.size() && m_text[ at + 4 ] != ' ' && m_text[ at + 4 ] != ',' ) || has_at( m_text, at + 4, " for " ) ) {
            return false; // ("his call for B" reports a demand, as a noun of its own)
         }
         std::size_t e = at;
         while( e > 0 && m_text[ e - 1 ] == ' ' ) {
            --e;
         }
         if( e == 0 ) {
            return false;
         }
         const char last = m_text[ e - 1 ];
         if( last == '%' || is_digit( static_cast< unsigned char >( last ) ) ) {
            return false;
         }
         char buf[ 12 ];
         const std::string_view w = word_at( nonspace_run_start( e, 0 ), buf );
         static constexpr std::string_view nouns_in_s[] = { "as", "does", "has", "his", "is", "its", "this", "was" };
         if( w.size() > 2 && w.back() == 's' && std::find( std::begin( nouns_in_s ), std::end( nouns_in_s ), w ) == std::end( nouns_in_s ) ) {
            return false; // (a plural)
         }
         static constexpr std::string_view verb_before[] = { "all", "also", "always", "both", "can", "cannot", "could", "did", "do", "don't", "don\xE2\x80\x99t", "even", "i", "just", "may", "might", "most", "must", "never", "not", "now", "often", "people", "percent", "should", "some", "still", "they", "to", "we", "who", "will", "would", "you" };
         return std::find( std::begin( verb_before ), std::end( verb_before ), w ) == std::end( verb_before );
      }

      // Is the cue word at `at` the noun "favor" after a possessive ("in our favor", "in
      // Lind's favor", "in the voters' favor")?
      [[nodiscard]] bool noun_favor( const std::size_t at ) const noexcept
      {
         if( !has_at( m_text, at, "favor" ) || ( at + 5 < m_text.size() && is_ascii_alnum( static_cast< unsigned char >( m_text[ at + 5 ] ) ) ) ) {
            return false;
         }
         std::size_t e = at;
         while( e > 0 && m_text[ e - 1 ] == ' ' ) {
            --e;
         }
         if( e >= 1 && m_text[ e - 1 ] == '\'' ) {
            return true; // "the voters' favor"
         }
         if( e >= 3 && has_at( m_text, e - 3, "\xE2\x80\x99" ) ) {
            return true;
         }
         char buf[ 12 ];
         const std::string_view w = word_at( nonspace_run_start( e, 0 ), buf );
         return ( w.size() > 2 && ( ends_with( w, "'s" ) || ends_with( w, "\xE2\x80\x99s" ) ) ) || lexicon::contains( lexicon::sorted_possessive_determiners, w );
      }

      // Is the cue word at `cue` a plural noun that a verb follows ("the terror attacks changed
      // the race", "the attacks have shaken voters")?
      [[nodiscard]] bool noun_before_verb( const slot& cue ) const noexcept
      {
         char buf[ 12 ];
         const std::string_view w = word_at( cue.begin, buf );
         if( cue.begin + w.size() != cue.end || w.size() < 4 || w.back() != 's' || !lexicon::contains( lexicon::sorted_nominal_cue_forms, w ) ) {
            return false;
         }
         const std::size_t next = skip_spaces( cue.end );
         if( next >= m_text.size() || rules::starts_upper( m_text, next ) ) {
            return false;
         }
         char nb[ 12 ];
         const std::string_view v = word_at( next, nb );
         return rules::finite_auxiliary( v ) || ( v.size() > 4 && ends_with( v, "ed" ) );
      }

      // Are the words from b to e (at most six) only adverbs of time and linking words ("Then,
      // last week", "Earlier this month")?
      [[nodiscard]] bool only_adverbials( const std::size_t b, const std::size_t e ) const noexcept
      {
         static constexpr std::string_view adverbials[] = { "again", "also", "and", "but", "earlier", "eventually", "finally", "first", "last", "later", "meanwhile", "month", "morning", "night", "now", "once", "recently", "since", "so", "soon", "still", "then", "this", "today", "tonight", "week", "year", "yesterday" };
         static constexpr auto adverbial_set = lexicon::sorted( adverbials );
         std::size_t i = b;
         int words = 0;
         while( i < e ) {
            if( m_text[ i ] == ' ' || m_text[ i ] == ',' ) {
               ++i;
               continue;
            }
            std::size_t j = i;
            while( j < e && m_text[ j ] != ' ' && m_text[ j ] != ',' ) {
               ++j;
            }
            char buf[ 12 ];
            if( ++words > 6 || j - i > sizeof( buf ) || !lexicon::contains( adverbial_set, ascii_lower( sub( m_text, i, j - i ), buf ) ) ) {
               return false;
            }
            i = j;
         }
         return words > 0;
      }

      // "Recently, Lind said A", "Even so, some economists argue B", "Here in Avon, Ortiz
      // stepped up C": an opening adverb or phrase before a comma is no part of the speaker (at
      // most four words, opening with an adverb in "-ly", a word of time or place, or a
      // preposition).
      void strip_leading_adverbial( std::size_t& b, const std::size_t e ) const noexcept
      {
         // one word before the comma ("Now, many say"), or a phrase that a capitalised
         // preposition or participle opens ("Here in Avon, Lind")
         static constexpr std::string_view adverbs[] = { "again", "also", "earlier", "instead", "later", "meanwhile", "now", "previously", "recently", "still", "then", "today", "yet" };
         static constexpr std::string_view phrase_openers[] = { "after", "as", "asked", "at", "back", "before", "during", "here", "in", "like", "on", "reached", "since", "speaking", "with", "without" };
         static constexpr auto adverb_set = lexicon::sorted( adverbs );
         static constexpr auto opener_set = lexicon::sorted( phrase_openers );
         // "Even Republicans say A": a focusing "even" is no part of the speaker
         if( e - b > 5 && ( m_text[ b ] == 'E' || m_text[ b ] == 'e' ) && lexicon::equal_folded( "even ", sub( m_text, b, 5 ) ) && !lexicon::equal_folded( "even so", sub( m_text, b, 7 ) ) && has_word_char( b + 5, e ) ) {
            b = skip_spaces( b + 5 );
         }
         const std::string_view w = sub( m_text, b, e - b );
         const std::size_t comma = w.find( ',' );
         if( comma == std::string_view::npos || comma == 0 || std::count( w.begin(), w.begin() + static_cast< std::ptrdiff_t >( comma ), ' ' ) > 3 || !rules::starts_upper( m_text, b ) ) {
            return;
         }
         char buf[ 16 ];
         const std::size_t n = word_length( m_text, b );
         if( n == 0 || n > sizeof( buf ) ) {
            return;
         }
         const std::string_view first = ascii_lower( sub( m_text, b, n ), buf );
         const bool one_word = n == comma && ( lexicon::contains( adverb_set, first ) || ( n > 4 && ends_with( first, "ly" ) ) );
         const bool even_so = comma == 7 && lexicon::equal_folded( "even so", w.substr( 0, 7 ) );
         if( !one_word && !even_so && !( n < comma && lexicon::contains( opener_set, first ) ) ) {
            return;
         }
         const std::size_t rest = skip_spaces( b + comma + 1 );
         char rb[ 12 ];
         const std::string_view next = word_at( rest, rb );
         if( one_word && !lexicon::contains( adverb_set, first ) && ( is( next, "who" ) || is( next, "which" ) || is( next, "whose" ) || is( next, "a" ) || is( next, "an" ) || is( next, "the" ) ) ) {
            return; // "Kelly, who ...", "Jolly, a senator": a name in "-ly" and its apposition
         }
         if( rest < e && has_word_char( rest, e ) ) {
            b = rest;
         }
      }

      // "Lind, however, said A", "Ortiz, for his part, argued B", "The poll has, however,
      // found C": a sentence adverb between commas after the speaker is no part of it (nor is an
      // auxiliary left before it).
      void strip_trailing_adverbial( const std::size_t b, std::size_t& e ) const noexcept
      {
         static constexpr std::string_view adverbials[] = { "also", "as well", "by contrast", "for example", "for her part", "for his part", "for instance", "for its part", "for now", "for one",
                                                            "for their part", "however", "in contrast", "in fact", "in particular", "in response", "in turn", "instead", "likewise", "meanwhile",
                                                            "nevertheless", "nonetheless", "of course", "once again", "similarly", "still", "though", "too" };
         static constexpr auto adverbial_set = lexicon::sorted( adverbials );
         const std::size_t comma = sub( m_text, b, e - b ).rfind( ',' );
         if( comma == std::string_view::npos || comma == 0 ) {
            return;
         }
         std::size_t ab = b + comma + 1;
         while( ab < e && m_text[ ab ] == ' ' ) {
            ++ab;
         }
         char buf[ 16 ];
         if( e - ab > sizeof( buf ) || !lexicon::contains( adverbial_set, ascii_lower( sub( m_text, ab, e - ab ), buf ) ) ) {
            return;
         }
         std::size_t ne = b + comma;
         while( ne > b && m_text[ ne - 1 ] == ' ' ) {
            --ne;
         }
         std::size_t lw = ne; // "has, however,": the auxiliary goes too
         while( lw > b && m_text[ lw - 1 ] != ' ' ) {
            --lw;
         }
         if( lw > b && ( ne - lw == 3 || ne - lw == 4 ) ) {
            char ab_buf[ 4 ];
            const std::string_view aux = ascii_lower( sub( m_text, lw, ne - lw ), ab_buf );
            if( is( aux, "has" ) || is( aux, "have" ) || is( aux, "had" ) || is( aux, "was" ) || is( aux, "were" ) || is( aux, "will" ) ) {
               ne = lw;
               while( ne > b && m_text[ ne - 1 ] == ' ' ) {
                  --ne;
               }
            }
         }
         if( ne > b ) {
            e = ne;
         }
      }

      // "The page was replaced by a message that said A", "Lind sent a letter that read B": the
      // speaker of a relative clause is its pronoun "that", as it is "which" or "who" in "a
      // letter which said B", not the clause before it.
      void strip_to_relative_pronoun( std::size_t& b, const std::size_t e ) const noexcept
      {
         if( e >= b + 6 && lexicon::equal_folded( " that", sub( m_text, e - 5, 5 ) ) ) {
            b = e - 4;
         }
      }

      bool emit( const std::size_t si, const pattern p, document& doc ) // true when an attribution was added
      {
         const sentence& s = m_sentences[ si ];
         const captures& c = m_state.cap;
         if( c.speaker.set() && c.speaker.end - c.speaker.begin == 6 && lexicon::equal_folded( "having", sub( m_text, c.speaker.begin, 6 ) ) ) {
            return false; // "Having said that, I ...": a gerund is no speaker
         }
         if( c.speaker.set() && !has_word_char( c.speaker.begin, c.speaker.end ) ) {
            return false; // "(Imagine the scene.)": a bracket is no speaker
         }
         if( c.speaker.set() ) {
            // "'Landmark movies' of 2004 hailed", "[In] addressing the conference, ...": a
            // preposition alone, or "of" and its object, is no speaker
            char pb[ 12 ];
            const std::string_view first = word_at( c.speaker.begin, pb );
            const bool alone = c.speaker.begin + first.size() == c.speaker.end;
            if( is( first, "of" ) ) {
               return false;
            }
            if( alone && ( is( first, "in" ) || is( first, "to" ) || is( first, "from" ) || is( first, "on" ) || is( first, "for" ) || is( first, "by" ) || is( first, "with" ) ) ) {
               m_state.cap.speaker = slot{}; // the content stands; the speaker is unknown
            }
         }
         if( ( p == pattern::speaker_cue_content || p == pattern::speaker_cue_quote ) && c.speaker.set() && c.cue.set() ) {
            // A possessive or "no", "any", "every" wants a noun, so it ends no subject: the cue word
            // is that noun. After a possessive the possessive holds it ("Contrary to his [claim]
            // A": "his" is the speaker); after "no", "any", "every" no one does ("quash any [talk]
            // A", "There's no [denying] A"), and a form in -ed is an adjective that reports nothing
            // ("no [listed] company can").
            std::size_t lb = c.speaker.end;
            while( lb > c.speaker.begin && m_text[ lb - 1 ] != ' ' ) {
               --lb;
            }
            if( lb > c.speaker.begin ) {
               char lbuf[ 12 ];
               const std::string_view last = word_at( lb, lbuf );
               if( lb + last.size() == c.speaker.end ) {
                  static constexpr std::string_view quantifiers[] = { "any", "every", "no" };
                  // ("her" may be an object that ends a subject: "the man who hired her")
                  if( !is( last, "her" ) && lexicon::contains( lexicon::sorted_possessive_determiners, last ) ) {
                     m_state.cap.speaker.begin = lb;
                  }
                  else if( std::find( std::begin( quantifiers ), std::end( quantifiers ), last ) != std::end( quantifiers ) ) {
                     char cbuf[ 12 ];
                     if( ends_with( word_at( c.cue.begin, cbuf ), "ed" ) ) {
                        return false;
                     }
                     m_state.cap.speaker = slot{};
                  }
               }
            }
         }
         if( ( p == pattern::speaker_cue_content || p == pattern::speaker_cue_quote ) && c.speaker.set() && c.speaker.begin >= s.begin + 4 && m_text[ c.speaker.begin - 1 ] == ' ' && m_text[ c.speaker.begin - 2 ] == ',' && !equal_word_at( c.speaker.begin, "who" ) && !equal_word_at( c.speaker.begin, "which" ) && name_alone( s.begin, c.speaker.begin - 2 ) ) {
            // "Ada Ruiz, spokeswoman for the board said A": an apposition the writer left
            // unclosed belongs to the name that opens the sentence (not "Ada Ruiz, who said A")
            m_state.cap.speaker.begin = skip_spaces( s.begin );
         }
         if( c.speaker.set() ) {
            // "A poll released in late August [found] A", "voters in five states voting Tuesday
            // [say] A": a day or a month alone is no speaker but the end of one that opens the
            // sentence, with a participle before it; when a verb or a comma stands between, or
            // nothing, the speaker is unknown ("Trump did not at any time Thursday [mention] A")
            char db[ 12 ];
            const std::string_view w = word_at( c.speaker.begin, db );
            if( c.speaker.begin + w.size() == c.speaker.end && !is( w, "may" ) && ( lexicon::weekday_number( w ) != 0 || ( lexicon::month_number( w ) != 0 && w.size() > 4 ) ) ) {
               const slot day = c.speaker;
               m_state.cap.speaker = slot{};
               if( p == pattern::speaker_cue_content && day.begin > s.begin && participle_phrase_before( s.begin, day.begin ) ) {
                  m_state.cap.speaker = slot{ s.begin, day.end };
               }
            }
         }
         if( p == pattern::participle && c.cue.set() && c.cue.begin > m_sentences[ si ].begin && m_text[ c.cue.begin ] >= 'A' && m_text[ c.cue.begin ] <= 'Z' && title_word_before( c.cue.begin ) ) {
            return false; // "nominated for Eternal Sunshine and Finding Neverland": a title, no participle
         }
         if( ( p == pattern::headline_colon || p == pattern::transcript_colon ) && c.speaker.set() && labels_a_headline( c.speaker ) ) {
            return false; // "Profile: Ada Lind", "DVD review: ...", "2004: A year of records"
         }
         if( p == pattern::speaker_cue_content && c.cue.set() && c.cue.begin > s.begin + 1 && m_text[ c.cue.begin ] >= 'A' && m_text[ c.cue.begin ] <= 'Z' && m_text[ c.cue.begin - 1 ] == ' ' && capitalised_word_before( c.cue.begin - 1 ) && !is_title_line( s ) ) {
            return false; // "The Polar Express is based on ...", "the Daily Mirror": a capitalised cue word after a name's is part of it
         }
         if( p == pattern::speaker_cue_content && c.cue.set() && c.content.set() && is_title_line( s ) && headline_passive( c ) ) {
            return false; // "Parties warned over 'grey vote'", "Security warning over virus": no one speaks
         }
         if( ( p == pattern::speaker_cue_content || p == pattern::participle || p == pattern::impersonal ) && c.cue.set() && inside_quotation( c.cue.begin ) ) {
            return false; // "“... And I think it will pass,”": the words of the quotation's own speaker
         }
         if( p == pattern::quote_cue_speaker && c.speaker.set() && !c.quote2.set() && pronoun_after_comma( c.speaker ) ) {
            return false; // "“We won” in the end, he said.": the words after the quotation are content
         }
         if( p == pattern::speaker_cue_content && c.speaker.set() && ( ( !m_emitting_nominal && modifies_noun( c ) ) || not_a_subject( c.speaker ) ) ) {
            return false;
         }
         if( p == pattern::speaker_cue_content && opening_subordinator( s ) != 0 && crosses_opening_comma( s ) ) {
            return false; // "When Lind called, the council voted": no content across the clause's comma
         }
         if( p == pattern::impersonal && c.cue.set() && c.content.set() && opening_subordinator( s ) != 0 ) {
            // "While the plan seems doomed, ...": the view ends with its clause
            std::size_t comma = npos;
            for_each_comma( c.cue.begin, c.content.end, [ & ]( const std::size_t i ) {
               comma = i;
               return true;
            } );
            if( comma != npos && comma > c.content.begin ) {
               m_state.cap.content.end = comma;
            }
         }
         if( p == pattern::speaker_cue_content && split_at_colon_quote( si, doc ) ) {
            return true;
         }
         if( p == pattern::speaker_cue_content && ends_in_trailer( s ) ) {
            return false; // "The union plans to march, the Courier reports.": the trailer's
         }
         attribution a;
         a.pattern = p;
         a.sentence = make_span( m_text, s.begin, s.end );
         if( p == pattern::quote_cue_speaker ) {
            const raw_quote* q1 = m_state.quote_at( c.quote1.begin );
            if( q1 == nullptr ) {
               return false;
            }
            append_inner( a.parts, *q1 );
            if( c.quote2.set() ) {
               if( const raw_quote* q2 = m_state.quote_at( c.quote2.begin ) ) {
                  append_inner( a.parts, *q2 );
               }
            }
            a.type = content_kind::direct;
         }
         else if( p == pattern::anaphoric_passive ) {
            // the content is the previous sentence, unless it is already the content of another
            // attribution ("X said that ... This was confirmed by Y" would claim the same words)
            if( si > 0 && !doc.attributions.empty() && m_sentence_attribution[ si - 1 ] == doc.attributions.size() && ( doc.attributions.back().pattern == pattern::impersonal || loose_infinitive( doc.attributions.back() ) ) ) {
               // "X is expected to Y. This was stated by Z", "X will meet to discuss Y. This was
               // announced by Z": Z's words
               doc.attributions.pop_back();
               m_sentence_attribution[ si - 1 ] = 0;
            }
            if( si == 0 || m_sentence_attribution[ si - 1 ] != 0 ) {
               return false;
            }
            const sentence& prev = m_sentences[ si - 1 ];
            std::size_t b = prev.begin;
            std::size_t e = content_end_of( prev );
            trim( m_text, b, e );
            if( e <= b ) {
               return false;
            }
            a.parts.push_back( make_span( m_text, b, e ) );
            a.type = classify_content( b, e, a.parts );
         }
         else {
            std::size_t b = c.content.begin;
            std::size_t e = c.content.end;
            if( !c.content2.set() && c.cue.set() && c.cue.begin < b ) {
               // an attribution of this sentence matched first inside the content ("Lind met
               // them and said A and fight what he called B"): contents do not nest, so the
               // content stops where it starts (and a single word left is no content: "trumpeting
               // what he called B")
               const std::size_t whole = e;
               for( auto it = doc.attributions.rbegin(); it != doc.attributions.rend() && it->sentence.begin == s.begin; ++it ) {
                  std::size_t first = it->cue ? it->cue->phrase.begin : it->content.begin;
                  if( it->speaker ) {
                     first = std::min( first, it->speaker->mention.begin );
                  }
                  if( first > b && first < e && it->content.begin >= first ) {
                     e = first;
                  }
               }
               if( e < whole ) {
                  trim( m_text, b, e );
                  std::size_t lw = e; // a relative word before the inner clause is its part ("what")
                  while( lw > b && m_text[ lw - 1 ] != ' ' ) {
                     --lw;
                  }
                  char buf[ 12 ];
                  const std::string_view last = word_at( lw, buf );
                  if( lw > b && lw + last.size() == e && ( is( last, "what" ) || is( last, "which" ) || is( last, "who" ) || is( last, "whom" ) || is( last, "that" ) || is( last, "how" ) || is( last, "and" ) || is( last, "but" ) ) ) {
                     e = lw; // (or the conjunction before a clause of its own: "said A and she accused B")
                  }
                  if( count_words( b, e, 2 ) < 2 ) {
                     return false;
                  }
               }
            }
            trim( m_text, b, e );
            while( e > b && ( m_text[ e - 1 ] == ',' || m_text[ e - 1 ] == ';' ) ) {
               --e;
            }
            if( e <= b || ( !c.content2.set() && !has_word_char( b, e ) ) || ( e - b == 4 && lexicon::equal_folded( "what", sub( m_text, b, 4 ) ) ) ) {
               return false; // (no word: "which he once supported - and ..."; a lone "what": "wondering what he believes")
            }
            if( has_word_char( b, e ) ) {
               a.parts.push_back( make_span( m_text, b, e ) );
               a.type = classify_content( b, e, a.parts );
            }
            // (else "(According to X, A)": the part before the cue is a parenthesis mark, A is all)
            if( c.content2.set() ) {
               // "A, X said, B": the second part continues the first
               std::size_t b2 = c.content2.begin;
               std::size_t e2 = c.content2.end;
               trim( m_text, b2, e2 );
               if( a.parts.empty() && e2 > b2 && m_text[ e2 - 1 ] == ')' && sub( m_text, b2, e2 - b2 ).find( '(' ) == std::string_view::npos ) {
                  --e2; // the closing mark of "(According to X, A.)"
               }
               if( e2 > b2 ) {
                  std::vector< span > second{ make_span( m_text, b2, e2 ) };
                  const content_kind k2 = classify_content( b2, e2, second );
                  const bool alone = a.parts.empty();
                  a.parts.insert( a.parts.end(), second.begin(), second.end() );
                  if( alone ) {
                     a.type = k2;
                  }
                  else if( k2 != a.type ) {
                     a.type = content_kind::mixed;
                  }
               }
            }
         }
         if( a.parts.empty() ) {
            return false;
         }
         if( p == pattern::content_speaker_cue && a.parts.size() == 1 && a.type == content_kind::indirect && ( only_adverbials( a.parts.front().begin, a.parts.front().end ) || ( a.parts.front().text.size() > 13 && lexicon::equal_folded( "according to ", a.parts.front().text.substr( 0, 13 ) ) ) ) ) {
            return false; // "Then, last week, Lind called.": a time is no content, nor "According to X, "
         }
         if( p == pattern::speaker_cue_content && a.parts.size() == 1 && a.type == content_kind::indirect && only_time_phrase( a.parts.front().begin, a.parts.front().end ) ) {
            return false; // "A, the Courier reported late Thursday.": a time is no content (the trailer reads A)
         }
         if( p == pattern::speaker_cue_content && a.parts.size() == 1 && a.type == content_kind::indirect && c.cue.set() && skip_spaces( c.cue.end ) < a.parts.front().begin && !has_at( m_text, skip_spaces( c.cue.end ), "that " ) && m_text[ c.cue.end ] != ',' && m_text[ c.cue.end ] != ':' ) {
            // "The test version unveiled in November had a few troubles", "A plan approved
            // Saturday would cut fares" (the sentence's subject, not "Lind said Monday would"): a verb with no subject after a
            // phrase opens no reported clause (the cue word was a participle after its noun);
            // "which he said was wrong" reports "was wrong"
            static constexpr std::string_view modals[] = { "can", "could", "might", "must", "should", "will", "would" };
            char fb[ 12 ];
            const std::string_view first = word_at( a.parts.front().begin, fb );
            if( is( first, "had" ) || is( first, "has" ) || is( first, "was" ) || is( first, "were" ) || is( first, "is" ) || is( first, "are" ) ) {
               return false;
            }
            if( c.speaker.set() && c.speaker.begin == m_sentences[ si ].begin && ( c.verb == nullptr || c.verb->lemma != "say" ) && std::binary_search( std::begin( modals ), std::end( modals ), first ) ) {
               return false;
            }
         }
         if( p == pattern::speaker_cue_content && c.cue.set() && c.speaker.set() && !single_pronoun( c.speaker ) && noun_before_verb( c.cue ) ) {
            return false; // "The terror attacks changed the race": the cue word is a plural noun
         }
         if( p == pattern::content_speaker_cue && a.parts.size() == 1 && a.type == content_kind::indirect && only_capitalised( a.parts.front().begin, a.parts.front().end ) ) {
            return false; // "Ada Lind, the party's director said.": a name is no content
         }
         if( p == pattern::content_speaker_cue && a.parts.size() == 1 && a.type == content_kind::indirect && opening_participle_phrase( a.parts.front().begin, a.parts.front().end ) ) {
            return false; // "Weighing in on the debate, Lind agreed": a participle phrase is no content
         }
         if( a.parts.size() == 1 && a.type == content_kind::indirect && ( m_text[ a.parts.front().begin ] == '@' || has_at( m_text, a.parts.front().begin, "http" ) ) && sub( m_text, a.parts.front().begin, a.parts.front().size() ).find( ' ' ) == std::string_view::npos ) {
            return false; // "He tweets @lind": a handle or an address alone is no content
         }
         if( p == pattern::speaker_cue_content && c.cue.set() && participle_without_have( c.cue ) ) {
            return false; // "a further 300 shown at the market", "sent written explanations": no one reports
         }
         if( a.parts.size() == 1 && a.type == content_kind::indirect && only_reflexive( a.parts.front().begin, a.parts.front().end ) ) {
            return false; // "she began questioning herself", "Lind defended himself": the object is no content
         }
         if( a.pattern == pattern::speaker_cue_content && a.type == content_kind::direct ) {
            a.pattern = pattern::speaker_cue_quote;
         }
         a.content = make_span( m_text, a.parts.front().begin, a.parts.back().end );
         // words an attribution of this sentence (or, for anaphoric content, of the one before)
         // already claims are not claimed again: a clause that restates its sentence's content,
         // "This was confirmed by X" after a sentence that has its own speaker. Sentences are
         // matched in order, so only the attributions of these two sentences can overlap.
         for( auto it = doc.attributions.rbegin(); it != doc.attributions.rend() && it->sentence.end > a.parts.front().begin; ++it ) {
            for( const span& x : it->parts ) {
               for( const span& y : a.parts ) {
                  if( x.begin < y.end && y.begin < x.end ) {
                     return false;
                  }
               }
            }
         }
         if( c.speaker.set() ) {
            speaker_ref r;
            std::size_t b = c.speaker.begin;
            std::size_t e = c.speaker.end;
            trim( m_text, b, e );
            while( e > b && m_text[ e - 1 ] == ',' ) {
               --e;
            }
            strip_contracted_auxiliary( b, e, c );
            strip_trailing_adverbial( b, e );
            strip_leading_adverbial( b, e );
            strip_to_relative_pronoun( b, e );
            r.mention = make_span( m_text, b, e );
            speaker_reading rd = m_lang->read_speaker( m_text, b, e, m_words );
            if( p == pattern::transcript_colon ) {
               rd = turn_speaker( rd );
            }
            m_readings.note( b, e, rd, m_words );
            r.kind = rd.kind;
            if( p == pattern::headline_colon && r.kind == speaker_kind::pronoun ) {
               return false;
            }
            a.speaker = r;
         }
         if( c.cue.set() ) {
            cue q;
            q.phrase = make_span( m_text, c.cue.begin, c.cue.end );
            q.lemma = cue_lemma( q.phrase.text, c.verb );
            a.cue = std::move( q );
         }
         const slot& ds = c.date.set() ? c.date : c.intro_date;
         if( ds.set() ) {
            date d;
            d.phrase = make_span( m_text, ds.begin, ds.end );
            m_lang->read_date( m_text, ds.begin, ds.end, d, m_words );
            a.date = d;
         }
         if( c.medium.set() ) {
            a.medium = make_span( m_text, c.medium.begin, c.medium.end );
         }
         doc.attributions.push_back( std::move( a ) );
         m_sentence_attribution[ si ] = doc.attributions.size();
         return true;
      }

      // Is the content of `a` a clause: "according to X, A", "X said A" (lexicon clause_verbs)?
      [[nodiscard]] static bool takes_clause( const attribution& a ) noexcept
      {
         return a.pattern == pattern::according_to || ( a.cue && lexicon::contains( lexicon::sorted_clause_verbs, a.cue->lemma ) );
      }

      // Are the words of [b, e) no verb (verb_at): phrases before a clause's subject?
      [[nodiscard]] bool no_verb_between( const std::size_t b, const std::size_t e ) const noexcept
      {
         for( std::size_t w = skip_spaces( b ); w < e; ) {
            if( verb_at( w ) ) {
               return false;
            }
            while( w < e && m_text[ w ] != ' ' ) {
               ++w;
            }
            w = skip_spaces( w );
         }
         return true;
      }

      // Is [b, at) a short subject before "and" or "or" whose second half starts at `at`: "the
      // union and" of "She said the union and its allies will strike"? A few words with no verb
      // and no comma ("prices rose and" is a clause of its own). Then the content that starts at
      // b goes on over the conjunction, with no second attribution for "its allies" (unless it
      // says or tells: "Lind said taxes rose and farmers say they will leave").
      [[nodiscard]] bool coordinated_subject( const std::size_t b, const std::size_t at ) const noexcept
      {
         std::size_t e = at;
         if( e >= b + 5 && ( sub( m_text, e - 5, 5 ) == " and " ) ) {
            e -= 5;
         }
         else if( e >= b + 4 && sub( m_text, e - 4, 4 ) == " or " ) {
            e -= 4;
         }
         else {
            return false;
         }
         return e > b && sub( m_text, b, e - b ).find_first_of( ",;:" ) == std::string_view::npos && count_words( b, e, 8 ) <= 7 && no_verb_between( b, e );
      }

      // direct when the content is one quotation, mixed when it holds one, else indirect.
      // For direct content the part becomes the inside of the quotation.
      content_kind classify_content( const std::size_t b, const std::size_t e, std::vector< span >& parts ) const
      {
         const raw_quote* whole = m_state.quote_at( b );
         if( whole != nullptr ) {
            std::size_t after = whole->close_end;
            std::size_t len = 0;
            while( after < e && ( is_space( decode( m_text, after, len ) ) || m_text[ after ] == '.' || m_text[ after ] == ',' ) ) {
               after += len;
            }
            if( after >= e ) {
               parts.clear();
               append_inner( parts, *whole );
               return parts.empty() ? content_kind::indirect : content_kind::direct;
            }
         }
         // the first quotation that opens at b or later (m_quotes is ordered by opening offset):
         // a scan from the first quotation of the text made long documents quadratic
         const auto q = std::lower_bound( m_quotes.begin(), m_quotes.end(), b, []( const raw_quote& r, const std::size_t at ) { return r.open < at; } );
         return ( q != m_quotes.end() && q->open < e ) ? content_kind::mixed : content_kind::indirect;
      }

      void add_quotations( document& doc )
      {
         // attributions by where their content starts, to find the one a quotation lies in
         std::vector< std::pair< std::size_t, std::size_t > > by_begin; // (content.begin, index)
         by_begin.reserve( doc.attributions.size() );
         for( std::size_t ai = 0; ai < doc.attributions.size(); ++ai ) {
            by_begin.emplace_back( doc.attributions[ ai ].content.begin, ai );
         }
         std::sort( by_begin.begin(), by_begin.end() );
         std::vector< bool > has_speech( doc.attributions.size(), false );
         doc.quotations.reserve( m_quotes.size() );
         for( const raw_quote& r : m_quotes ) {
            quotation q;
            const std::size_t ce = std::max( r.content_begin, r.content_end );
            q.content = make_span( m_text, r.content_begin, ce );
            q.outer = make_span( m_text, r.open, std::max( r.open, r.close_end ) );
            append_inner( q.parts, r );
            q.depth = r.depth;
            q.closed = r.closed;
            q.kind = quotation_kind_of( r );
            const bool so_called = r.open >= 10 && has_at( m_text, r.open - 10, "so-called" );
            // the attribution whose content overlaps the quotation
            auto it = std::upper_bound( by_begin.begin(), by_begin.end(), std::make_pair( ce, npos ) );
            for( int back = 0; back < 3 && it != by_begin.begin(); ++back ) {
               --it;
               const attribution& a = doc.attributions[ it->second ];
               if( a.content.begin < std::max( ce, r.content_begin + 1 ) && r.content_begin < a.content.end ) {
                  if( q.kind != quotation_kind::title && !so_called ) {
                     q.attribution = it->second;
                     q.kind = r.depth == 0 ? quotation_kind::speech : quotation_kind::nested;
                     has_speech[ it->second ] = true;
                  }
                  break;
               }
            }
            doc.quotations.push_back( std::move( q ) );
         }
         // content whose only quotations are titles is indirect: "said the film “Dark Water” won"
         for( std::size_t ai = 0; ai < doc.attributions.size(); ++ai ) {
            if( doc.attributions[ ai ].type == content_kind::mixed && !has_speech[ ai ] ) {
               doc.attributions[ ai ].type = content_kind::indirect;
            }
         }
         continuation_quotes( doc );
      }

      [[nodiscard]] quotation_kind quotation_kind_of( const raw_quote& r )
      {
         if( r.depth > 0 ) {
            return quotation_kind::nested;
         }
         // nine words are enough to tell (a title has at most eight): reading them all would
         // scan each unclosed quotation to the end of its paragraph and hold all its words. Five
         // are read first: when one of them is no title word, only whether there are more than
         // four is left to tell.
         const auto title_words = [ & ]() noexcept {
            for( const std::string_view w : m_words ) {
               if( !is_capitalised( w ) && !is( w, "of" ) && !is( w, "the" ) && !is( w, "and" ) && !is( w, "a" ) && !is( w, "in" ) && !is( w, "on" ) && !is( w, "for" ) && !is( w, "to" ) ) {
                  return false;
               }
            }
            return true;
         };
         words_of( m_text, r.content_begin, r.content_end, m_words, 5 );
         if( m_words.empty() ) {
            return quotation_kind::unattributed;
         }
         bool all_caps = title_words();
         if( all_caps && m_words.size() == 5 ) {
            words_of( m_text, r.content_begin, r.content_end, m_words, 9 );
            all_caps = title_words();
         }
         if( all_caps && m_words.size() <= 8 ) {
            return quotation_kind::title;
         }
         // a few words inside running text ("the so-called “green corridor”")
         std::size_t before = r.open;
         std::size_t len = 0;
         while( before > 0 && is_space( decode_before( m_text, before, len ) ) ) {
            before -= len;
         }
         const char32_t p = before > 0 ? decode_before( m_text, before, len ) : char32_t( 0 );
         if( m_words.size() <= 4 && ( is_word_char( p ) || p == ',' ) ) {
            // unless the language reads it as a name (Russian: компании «Северный берег»)
            return m_lang->short_quote_is_title( p, m_words.front() ) ? quotation_kind::title : quotation_kind::scare;
         }
         return quotation_kind::unattributed;
      }

      // A block that is only a quotation, right after a block whose last attribution is a
      // direct (or mixed) quote with a speaker, continues that speaker: its parts join that
      // attribution (or, with options::separate_continuations, make one of their own).
      void continuation_quotes( document& doc )
      {
         if( !m_options.continuation_quotes ) {
            return;
         }
         std::size_t ai = 0; // attributions whose sentence ends before the quotation
         std::size_t bi = 0; // the block that starts at the quotation
         std::vector< attribution > separate;
         std::size_t chain_owner = npos; // the attribution the last continuation joined
         std::size_t chain_end = 0;      // where that continuation's block ends
         for( std::size_t qi = 0; qi < doc.quotations.size(); ++qi ) {
            quotation& q = doc.quotations[ qi ];
            if( q.attribution || q.depth != 0 || q.kind == quotation_kind::title || q.kind == quotation_kind::scare || q.parts.empty() ) {
               continue;
            }
            while( bi < m_blocks.size() && m_blocks[ bi ].begin < q.outer.begin ) {
               ++bi;
            }
            if( bi == m_blocks.size() || m_blocks[ bi ].begin != q.outer.begin ) {
               continue;
            }
            const block& bl = m_blocks[ bi ];
            // the block holds nothing else but final punctuation
            std::size_t rest = q.outer.end;
            std::size_t len = 0;
            while( rest < bl.end && ( is_space( decode( m_text, rest, len ) ) || m_text[ rest ] == '.' ) ) {
               rest += len;
            }
            if( rest < bl.end ) {
               continue;
            }
            while( ai < doc.attributions.size() && doc.attributions[ ai ].sentence.end <= q.outer.begin ) {
               ++ai;
            }
            if( ai == 0 ) {
               continue;
            }
            // a participle after the quotation's own attribution ("“A,” Lind said, adding B.")
            // does not own what follows: the attribution before it does
            std::size_t pi = ai - 1;
            while( pi > 0 && doc.attributions[ pi ].pattern == pattern::participle && doc.attributions[ pi - 1 ].sentence.begin == doc.attributions[ pi ].sentence.begin ) {
               --pi;
            }
            attribution& prev = doc.attributions[ pi ];
            if( ( prev.type == content_kind::indirect && prev.pattern != pattern::speaker_cue_content ) || !prev.speaker ) {
               continue;
            }
            // only white space separates them
            bool adjacent = true;
            const std::size_t last_end = doc.attributions[ ai - 1 ].sentence.end;
            const std::size_t from = ( chain_owner == pi ) ? std::max( chain_end, last_end ) : std::max( prev.sentence.end, last_end );
            for( std::size_t i = from; i < q.outer.begin; ++i ) {
               if( !is_space( static_cast< unsigned char >( m_text[ i ] ) ) ) {
                  adjacent = false;
                  break;
               }
            }
            if( !adjacent ) {
               continue;
            }
            q.kind = quotation_kind::speech;
            chain_owner = pi;
            chain_end = bl.end;
            if( m_options.separate_continuations ) {
               attribution a;
               a.pattern = pattern::continuation;
               a.type = content_kind::direct;
               a.parts = q.parts;
               a.content = make_span( m_text, a.parts.front().begin, a.parts.back().end );
               a.speaker = prev.speaker;
               a.sentence = make_span( m_text, bl.begin, bl.end );
               separate.push_back( std::move( a ) );
               q.attribution = doc.attributions.size() + separate.size() - 1; // fixed below
               continue;
            }
            prev.parts.insert( prev.parts.end(), q.parts.begin(), q.parts.end() );
            prev.content = make_span( m_text, prev.parts.front().begin, prev.parts.back().end );
            prev.sentence = make_span( m_text, prev.sentence.begin, bl.end );
            q.attribution = pi;
         }
         if( separate.empty() ) {
            return;
         }
         // merge the separate continuations into document order and renumber the quotations
         std::vector< attribution > merged;
         std::vector< std::size_t > old_to_new( doc.attributions.size() + separate.size() );
         merged.reserve( old_to_new.size() );
         std::size_t i = 0;
         std::size_t k = 0;
         while( i < doc.attributions.size() || k < separate.size() ) {
            if( k == separate.size() || ( i < doc.attributions.size() && doc.attributions[ i ].content.begin < separate[ k ].content.begin ) ) {
               old_to_new[ i ] = merged.size();
               merged.push_back( std::move( doc.attributions[ i++ ] ) );
            }
            else {
               old_to_new[ doc.attributions.size() + k ] = merged.size();
               merged.push_back( std::move( separate[ k++ ] ) );
            }
         }
         for( quotation& x : doc.quotations ) {
            if( x.attribution ) {
               x.attribution = old_to_new[ *x.attribution ];
            }
         }
         doc.attributions = std::move( merged );
      }
   };

} // namespace quoth::internal

#endif
