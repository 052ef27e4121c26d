// SPDX-License-Identifier: MIT
#ifndef QUOTH_INTERNAL_LANG_RU_MATCH_HPP
#define QUOTH_INTERNAL_LANG_RU_MATCH_HPP

// The Russian pattern set: which rule is tried where in a sentence, and the pattern each one
// records. The engine (quote pairing, sentences, emitting attributions) is shared; it calls
// match_sentence for each sentence of a Russian document.

#include <algorithm>
#include <cstddef>
#include <string_view>

#include <tao/pegtl.hpp>

#include "../../../ast.hpp"
#include "../../text.hpp"
#include "lexicon.hpp"
#include "rules.hpp"
#include "words.hpp"

namespace quoth::internal::ru
{
   // Cheap test: does the sentence have a colon, a cue or a "по словам" word?
   [[nodiscard]] inline bool worth_matching( const std::string_view t ) noexcept
   {
      if( t.find( ':' ) != std::string_view::npos ) {
         return true;
      }
      std::size_t i = 0;
      char buf[ 64 ];
      while( i < t.size() ) {
         const std::size_t n = word_length( t, i );
         if( n == 0 ) {
            i += code_point_length( t, i );
            continue;
         }
         if( n >= 6 && n <= sizeof( buf ) ) {
            const std::string_view w = lower( t.substr( i, n ), buf );
            if( find_cue( w ) != nullptr || find_form( by_word_forms, w ) != nullptr ) {
               return true;
            }
         }
         i += n;
      }
      return false;
   }

   // The Russian patterns over the engine's sentences; the engine makes it a friend.
   template< typename Engine >
   struct sentence_matcher
   {
      // «A, — заявил X. — B»: the attribution inside the quotation that starts the sentence; its
      // parts are A and B. Tries the first four commas followed by a dash.
      template< typename Sentence >
      static bool match_split_quote( Engine& en, const std::size_t si, const Sentence& s, const raw_quote& q, document& doc )
      {
         const std::string_view t = en.m_text;
         const std::size_t stop = std::min( q.content_end, s.end );
         std::size_t tries = 0;
         const std::string_view inside = t.substr( 0, stop ); // commas are looked for inside the quotation only
         for( std::size_t c = inside.find( ',', q.content_begin ); c != std::string_view::npos && tries < 4; c = inside.find( ',', c + 1 ) ) {
            std::size_t j = c + 1;
            std::size_t len = 0;
            while( j < stop && is_space( decode( t, j, len ) ) ) {
               j += len;
            }
            if( j >= stop || !( t[ j ] == '-' || decode( t, j, len ) == 0x2013 || decode( t, j, len ) == 0x2014 ) ) {
               continue;
            }
            ++tries;
            if( !en.template try_rule< rules::inner_trailer >( c, s ) ) {
               continue;
            }
            // the quote resumes after a dash
            std::size_t k = c + en.m_state.consumed;
            while( k < q.content_end && is_space( decode( t, k, len ) ) ) {
               k += len;
            }
            const char32_t d = k < q.content_end ? decode( t, k, len ) : char32_t( 0 );
            if( !( d == '-' || d == 0x2013 || d == 0x2014 ) ) {
               return false;
            }
            k += len;
            en.m_state.cap.content = slot{ q.content_begin, c };
            en.m_state.cap.content2 = slot{ k, q.content_end };
            const std::size_t before = doc.attributions.size();
            en.emit( si, pattern::content_speaker_cue, doc );
            if( doc.attributions.size() > before ) {
               doc.attributions.back().type = content_kind::direct;
               doc.attributions.back().pattern = pattern::quote_cue_speaker;
            }
            return true;
         }
         return false;
      }

      static void match_sentence( Engine& en, const std::size_t si, document& doc )
      {
         const auto& s = en.m_sentences[ si ];
         en.m_worth = false;
         en.m_state.content_end = en.content_end_of( s );
         if( en.m_state.content_end <= s.begin ) {
            return;
         }
         if( en.m_options.max_sentence_bytes != 0 && s.end - s.begin > en.m_options.max_sentence_bytes ) {
            return;
         }
         if( !worth_matching( en.m_text.substr( s.begin, s.end - s.begin ) ) ) {
            return;
         }
         std::size_t len = 0;
         const char32_t first = decode( en.m_text, s.begin, len );
         if( is_quote_mark( first ) ) {
            if( const raw_quote* q = en.m_state.quote_at( s.begin ) ) {
               if( en.template try_rule< rules::quote_first >( s.begin, s ) ) {
                  return en.emit( si, pattern::quote_cue_speaker, doc );
               }
               if( q->closed && q->breaks.empty() && match_split_quote( en, si, s, *q, doc ) ) {
                  return;
               }
            }
         }
         // a content that runs to the sentence end stops before a trailer of its own:
         // "X заявил, что ..., сообщает агентство."
         const auto cut_at_trailer = [ & ]() {
            const captures saved = en.m_state.cap;
            std::size_t cut = npos;
            en.for_each_comma( saved.content.begin, en.m_state.content_end, [ & ]( const std::size_t i ) {
               if( i > saved.content.begin && en.template try_rule< rules::trailer >( i, s ) ) {
                  cut = i;
                  return true;
               }
               return false;
            } );
            en.m_state.cap = saved;
            if( cut != npos ) {
               en.m_state.cap.content.end = cut;
            }
         };
         if( en.template try_rule< rules::by_words_first >( s.begin, s ) || en.template try_rule< rules::as_said >( s.begin, s ) ) {
            cut_at_trailer();
            return en.emit( si, pattern::according_to, doc );
         }
         if( en.template try_rule< rules::anaphoric >( s.begin, s ) ) {
            return en.emit( si, pattern::anaphoric_passive, doc );
         }
         if( en.m_options.headlines && en.is_title_line( s ) && en.template try_rule< rules::headline >( s.begin, s ) ) {
            return en.emit( si, pattern::headline_colon, doc );
         }
         if( en.template try_rule< rules::speaker_first >( s.begin, s ) ) {
            cut_at_trailer();
            return en.emit( si, pattern::speaker_cue_content, doc );
         }
         // CONTENT, — заявил X.
         en.for_each_comma( s.begin, en.m_state.content_end, [ & ]( const std::size_t i ) {
            if( i == s.begin || !en.template try_rule< rules::trailer >( i, s ) ) {
               return false;
            }
            en.m_state.cap.content = slot{ s.begin, i };
            en.emit( si, en.m_state.cap.verb != nullptr && en.m_state.cap.verb->lemma.substr( 0, std::string_view( "по " ).size() ) == "по " ? pattern::according_to : pattern::content_speaker_cue, doc );
            return true;
         } );
      }
   };

   template< typename Engine >
   void match_sentence( Engine& en, const std::size_t si, document& doc )
   {
      sentence_matcher< Engine >::match_sentence( en, si, doc );
   }

} // namespace quoth::internal::ru

#endif
