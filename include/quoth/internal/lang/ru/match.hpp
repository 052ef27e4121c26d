// SPDX-License-Identifier: MIT
#ifndef QUOTH_INTERNAL_LANG_RU_MATCH_HPP
#define QUOTH_INTERNAL_LANG_RU_MATCH_HPP

// The Russian pattern set: which rule is tried where in a sentence, and the pattern each one
// records. The engine (quote pairing, sentences, emitting attributions) is shared; it calls
// language_matcher< ru::traits >::match_sentence for each sentence of a Russian document.

#include <algorithm>
#include <cstddef>
#include <cstring>
#include <string_view>

#include <tao/pegtl.hpp>

#include "../../../ast.hpp"
#include "../../text.hpp"
#include "../matcher.hpp"
#include "lexicon.hpp"
#include "rules.hpp"
#include "words.hpp"

namespace quoth::internal::ru
{
   struct traits;

   // Cheap test: does the sentence have a colon, a cue, a "по словам" word or a verb of citing?
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
            // the first four bytes in lower case tell most words from the forms: the first five
            // lowered hold them whole (a letter of two bytes at the fourth is not cut)
            char head[ 5 ];
            const std::string_view h = lower( t.substr( i, sizeof( head ) ), head );
            if( !cue_filter.may_contain( n, h ) && !by_word_filter.may_contain( n, h ) && !words_citing_filter.may_contain( n, h ) && !citing_filter.may_contain( n, h ) ) {
               i += n;
               continue;
            }
            const std::string_view w = lower( t.substr( i, n ), buf );
            bool words = false;
            if( find_cue( w ) != nullptr || find_by_word( w ) != nullptr || find_citing( w, words ) != nullptr ) {
               return true;
            }
         }
         i += n;
      }
      return false;
   }

} // namespace quoth::internal::ru

namespace quoth::internal
{
   // The Russian patterns over the engine's sentences (a friend of the engine).
   template< typename Engine >
   struct language_matcher< ru::traits, Engine >
   {
      // «A, — заявил X. — B»: the attribution inside the quotation that starts the sentence; its
      // parts are A and B. Tries the first four commas followed by a dash.
      template< typename Sentence >
      static bool match_split_quote( Engine& e, const std::size_t si, const Sentence& s, const raw_quote& q, document& doc )
      {
         const std::string_view t = e.m_text;
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
            if( !e.template try_rule< ru::rules::inner_trailer >( c, s ) ) {
               continue;
            }
            // the quote resumes after a dash
            std::size_t k = c + e.m_state.consumed;
            while( k < q.content_end && is_space( decode( t, k, len ) ) ) {
               k += len;
            }
            const char32_t d = k < q.content_end ? decode( t, k, len ) : char32_t( 0 );
            if( !( d == '-' || d == 0x2013 || d == 0x2014 ) ) {
               return false;
            }
            k += len;
            e.m_state.cap.content = slot{ q.content_begin, c };
            e.m_state.cap.content2 = slot{ k, q.content_end };
            const std::size_t before = doc.attributions.size();
            e.emit( si, pattern::content_speaker_cue, doc );
            if( doc.attributions.size() > before ) {
               doc.attributions.back().type = content_kind::direct;
               doc.attributions.back().pattern = pattern::quote_cue_speaker;
            }
            return true;
         }
         return false;
      }

      // "Чарли Брукер (сценарист): ТЕКСТ" at the start of a paragraph: the turn is the rest of
      // the paragraph; a name alone on its line ("Чарли Брукер (сценарист):") has the next
      // paragraph as its turn, unless that one opens a turn of its own. The turn's sentences
      // are claimed (no pattern reads them again). A turn is prose: five words or more.
      template< typename Sentence >
      static bool match_transcript( Engine& e, const std::size_t si, const Sentence& s, document& doc )
      {
         const auto& ss = e.m_sentences;
         const auto last_of_block = [ & ]( std::size_t k ) {
            while( k + 1 < ss.size() && ss[ k + 1 ].block == ss[ k ].block ) {
               ++k;
            }
            return k;
         };
         std::size_t last = last_of_block( si );
         // (read to the paragraph's end: a period in the note may end a sentence, "— прим. ред.)";
         // most paragraphs hold no colon in their first 300 bytes, and are done with at once)
         Sentence paragraph = s;
         paragraph.end = ss[ last ].end;
         if( s.block == 0 || std::memchr( e.m_text.data() + s.begin, ':', std::min< std::size_t >( paragraph.end - s.begin, 300 ) ) == nullptr ) {
            return false; // (the first line is the title: "Виктор Зорин: …" is a headline)
         }
         if( !e.template try_rule< ru::rules::transcript_head >( s.begin, paragraph ) ) {
            return false;
         }
         const captures head = e.m_state.cap;
         std::size_t cb = e.skip_spaces( s.begin + e.m_state.consumed );
         if( cb >= e.content_end_of( ss[ last ] ) ) {
            if( last + 1 >= ss.size() || e.template try_rule< ru::rules::transcript_head >( ss[ last + 1 ].begin, ss[ last + 1 ] ) ) {
               return false;
            }
            cb = ss[ last + 1 ].begin;
            last = last_of_block( last + 1 );
         }
         const std::size_t ce = e.content_end_of( ss[ last ] );
         if( ce <= cb || e.count_words( cb, ce, 5 ) < 5 ) {
            return false;
         }
         e.m_state.cap = head;
         e.m_state.cap.content = slot{ cb, ce };
         const std::size_t before = doc.attributions.size();
         e.emit( si, pattern::transcript_colon, doc );
         if( doc.attributions.size() == before ) {
            return false;
         }
         for( std::size_t k = si + 1; k <= last; ++k ) {
            e.m_sentence_attribution[ k ] = e.m_sentence_attribution[ si ];
         }
         e.m_claimed_until = last + 1;
         return true;
      }

      static void match_sentence( Engine& e, const std::size_t si, document& doc )
      {
         const auto& s = e.m_sentences[ si ];
         e.m_worth = false;
         if( si < e.m_claimed_until ) {
            return; // inside a transcript turn
         }
         e.m_state.content_end = e.content_end_of( s );
         if( e.m_state.content_end <= s.begin ) {
            return;
         }
         if( e.m_options.max_sentence_bytes != 0 && s.end - s.begin > e.m_options.max_sentence_bytes ) {
            return;
         }
         if( s.starts_block && match_transcript( e, si, s, doc ) ) {
            e.m_worth = true;
            return;
         }
         if( !ru::worth_matching( e.m_text.substr( s.begin, s.end - s.begin ) ) ) {
            return;
         }
         e.m_worth = true; // (for stage_costs: the patterns read this sentence)
         std::size_t len = 0;
         const char32_t first = decode( e.m_text, s.begin, len );
         if( is_quote_mark( first ) ) {
            if( const raw_quote* q = e.m_state.quote_at( s.begin ) ) {
               if( e.template try_rule< ru::rules::quote_first >( s.begin, s ) ) {
                  e.emit( si, pattern::quote_cue_speaker, doc );
                  return;
               }
               if( q->closed && q->breaks.empty() && match_split_quote( e, si, s, *q, doc ) ) {
                  return;
               }
            }
         }
         // a content that runs to the sentence end stops before a trailer of its own:
         // "X заявил, что ..., сообщает агентство."
         const auto cut_at_trailer = [ & ]() {
            const captures saved = e.m_state.cap;
            std::size_t cut = npos;
            e.for_each_comma( saved.content.begin, e.m_state.content_end, [ & ]( const std::size_t i ) {
               if( i > saved.content.begin && e.template try_rule< ru::rules::trailer >( i, s ) ) {
                  cut = i;
                  return true;
               }
               return false;
            } );
            e.m_state.cap = saved;
            if( cut != npos ) {
               e.m_state.cap.content.end = cut;
            }
         };
         if( e.template try_rule< ru::rules::by_words_first >( s.begin, s ) || e.template try_rule< ru::rules::as_said >( s.begin, s ) ) {
            cut_at_trailer();
            e.emit( si, pattern::according_to, doc );
            return;
         }
         if( e.template try_rule< ru::rules::anaphoric >( s.begin, s ) ) {
            e.emit( si, pattern::anaphoric_passive, doc );
            return;
         }
         if( e.m_options.headlines && e.is_title_line( s ) && e.template try_rule< ru::rules::headline >( s.begin, s ) ) {
            e.emit( si, pattern::headline_colon, doc );
            return;
         }
         // "Когда стартовала кампания, я говорила: ...": the speaker after the opening clause
         // (its first two commas), before a speaker that would take the clause in
         if( e.template try_rule< ru::rules::opening_subordinator >( s.begin, s ) ) {
            int tries = 0;
            bool found = false;
            e.for_each_comma( s.begin, e.m_state.content_end, [ & ]( const std::size_t i ) {
               if( ++tries > 2 ) {
                  return true;
               }
               found = e.template try_rule< ru::rules::speaker_first >( e.skip_spaces( i + 1 ), s );
               return found;
            } );
            if( found ) {
               cut_at_trailer();
               e.emit( si, pattern::speaker_cue_content, doc );
               return;
            }
         }
         if( e.template try_rule< ru::rules::speaker_first >( s.begin, s ) ) {
            cut_at_trailer();
            e.emit( si, pattern::speaker_cue_content, doc );
            return;
         }
         if( e.template try_rule< ru::rules::impersonal_first >( s.begin, s ) || e.template try_rule< ru::rules::as_reported >( s.begin, s ) ) {
            cut_at_trailer();
            e.emit( si, pattern::impersonal, doc );
            return;
         }
         // CONTENT, — заявил X.
         e.for_each_comma( s.begin, e.m_state.content_end, [ & ]( const std::size_t i ) {
            if( i == s.begin || !e.template try_rule< ru::rules::trailer >( i, s ) ) {
               return false;
            }
            e.m_state.cap.content = slot{ s.begin, i };
            e.emit( si, e.m_state.cap.verb != nullptr && e.m_state.cap.verb->lemma.substr( 0, std::string_view( "по " ).size() ) == "по " ? pattern::according_to : pattern::content_speaker_cue, doc );
            return true;
         } );
      }
   };

} // namespace quoth::internal

#endif
