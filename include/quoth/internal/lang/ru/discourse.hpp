// SPDX-License-Identifier: MIT
#ifndef QUOTH_INTERNAL_LANG_RU_DISCOURSE_HPP
#define QUOTH_INTERNAL_LANG_RU_DISCOURSE_HPP

// Russian speakers as entities. A name is matched by the stem of its surname, whatever its
// case ("по словам Лаврова" and "Лавров заявил" are one person), and named by its nominative
// form where the document has one ("Сергей Лавров"). Pronouns (он, она, они, его, ее, их)
// resolve to the nearest earlier speaker whose gender and number agree; the gender of a
// speaker is read from the past-tense ending of its cue (заявил, заявила, заявили).

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <deque>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "../../../ast.hpp"
#include "../../../options.hpp"
#include "../../discourse.hpp"
#include "read.hpp"

namespace quoth::internal::ru
{
   enum class gender : unsigned char
   {
      unknown,
      masculine,
      feminine,
      neuter,
      plural
   };

   // The gender and number a cue states: "заявил" masculine, "заявила" feminine, "заявили" plural.
   [[nodiscard]] inline gender gender_of_cue( const std::string_view phrase ) noexcept
   {
      const std::size_t n = word_length( phrase, 0 );
      char buf[ 64 ];
      if( n == 0 || n > sizeof( buf ) ) {
         return gender::unknown;
      }
      const std::string_view w = lower( phrase.substr( 0, n ), buf );
      if( find_cue( w ) == nullptr ) {
         return gender::unknown;
      }
      if( ends_with( w, "ли" ) ) {
         return gender::plural;
      }
      if( ends_with( w, "ла" ) ) {
         return gender::feminine;
      }
      if( ends_with( w, "ло" ) ) {
         return gender::neuter;
      }
      if( ends_with( w, "л" ) ) {
         return gender::masculine;
      }
      return gender::unknown;
   }

   [[nodiscard]] inline std::string lower_string( const std::string_view w )
   {
      std::string out;
      char buf[ 64 ];
      std::size_t i = 0;
      while( i < w.size() ) {
         const std::size_t n = std::min< std::size_t >( sizeof( buf ) - 2, w.size() - i );
         std::size_t cut = n;
         while( cut > 0 && i + cut < w.size() && ( static_cast< unsigned char >( w[ i + cut ] ) & 0xC0U ) == 0x80U ) {
            --cut; // do not split a code point
         }
         out += lower( w.substr( i, cut ), buf );
         i += cut;
      }
      return out;
   }

   // The nominative forms of surnames in the document, found by stem, with the name words
   // before them: "Лаврова" -> "Сергей Лавров" when the text has "Сергей Лавров".
   class name_forms
   {
   public:
      explicit name_forms( const std::string_view text )
        : m_text( text )
      {}

      void want( const std::string_view surname )
      {
         std::string spill;
         char buf[ 62 ];
         const std::string_view k = key( surname, buf, spill );
         if( m_best.find( k ) == m_best.end() ) {
            m_keys.emplace_back( k );
            m_best.emplace( m_keys.back(), std::string_view() );
            if( k.size() < 4 ) {
               m_any_head = true;
            }
            else {
               const unsigned h = head_of( k );
               m_heads[ h >> 6U ] |= std::uint64_t( 1 ) << ( h & 63U );
            }
         }
      }

      [[nodiscard]] std::string_view fullest( const std::string_view name )
      {
         if( !m_built ) {
            build();
         }
         std::string spill;
         char buf[ 62 ];
         const auto it = m_best.find( key( last_word( name ), buf, spill ) );
         if( it != m_best.end() && !it->second.empty() ) {
            return it->second;
         }
         return name;
      }

      [[nodiscard]] static std::string key( const std::string_view surname )
      {
         std::string spill;
         char buf[ 62 ];
         return std::string( key( surname, buf, spill ) );
      }

   private:
      std::string_view m_text;
      bool m_built = false;
      std::deque< std::string > m_keys;                                            // the stems wanted (stable)
      std::vector< std::uint64_t > m_heads = std::vector< std::uint64_t >( 1024 ); // bit head_of( stem ): a stem wanted starts so
      bool m_any_head = false;                                                     // a stem wanted has less than four bytes

      // The first four bytes of a (lower-case) stem, folded to 16 bits: of a Cyrillic letter,
      // the first byte's lowest bit and the second byte's lowest six tell it from the others.
      [[nodiscard]] static unsigned head_of( const std::string_view k ) noexcept
      {
         const auto b = [ & ]( const std::size_t j ) { return static_cast< unsigned >( static_cast< unsigned char >( k[ j ] ) ); };
         return ( ( b( 0 ) & 3U ) << 14U ) | ( ( b( 1 ) & 0x7FU ) << 7U ) | ( ( b( 2 ) & 1U ) << 6U ) | ( b( 3 ) & 0x3FU );
      }

      // Could the stem of w be one wanted? Its stem starts its lower case, so the first four
      // bytes of that must start a stem wanted (the first five lowered hold them whole).
      [[nodiscard]] bool may_want( const std::string_view w ) const noexcept
      {
         if( m_any_head || w.size() < 4 ) {
            return true;
         }
         char buf[ 5 ];
         const unsigned h = head_of( lower( w.substr( 0, sizeof( buf ) ), buf ) );
         return ( ( m_heads[ h >> 6U ] >> ( h & 63U ) ) & 1U ) != 0;
      }
      std::unordered_map< std::string_view, std::string_view > m_best; // stem -> fullest nominative run
      std::unordered_map< std::string_view, std::size_t > m_form;      // stem -> length of its shortest form

      // The stem of the lower case of a surname, in buf (lower_string's chunk: one chunk is all
      // it lowers for a short word) or in spill.
      [[nodiscard]] static std::string_view key( const std::string_view surname, char ( &buf )[ 62 ], std::string& spill )
      {
         if( surname.size() <= sizeof( buf ) ) {
            return stem( lower( surname, buf ) );
         }
         spill = lower_string( surname );
         return stem( spill );
      }

      // One pass over the text. A run is the adjacent capitalised words before a word (a comma
      // or a full stop after a word ends it); a word's own run of name-like words is the tail
      // of its run after the last word that is not name-like, and only its last two words
      // count. So name_like, the costly test, is asked only of a wanted surname and of the two
      // words before it.
      void build()
      {
         m_built = true;
         const std::string_view t = m_text;
         std::vector< std::string_view > run;
         std::size_t i = 0;
         std::size_t prev_end = std::string_view::npos;
         std::string spill;
         char buf[ 62 ];
         while( i < t.size() ) {
            const std::size_t n = word_length( t, i );
            if( n == 0 ) {
               i += code_point_length( t, i );
               continue;
            }
            const std::string_view w = t.substr( i, n );
            const bool adjacent = prev_end != std::string_view::npos && i == prev_end + 1 && t[ prev_end ] == ' ';
            if( !adjacent ) {
               run.clear();
            }
            if( !is_capitalised( w ) || w.size() > 64 ) { // not name-like (see name_like)
               run.clear();
            }
            else {
               const auto it = may_want( w ) ? m_best.find( key( w, buf, spill ) ) : m_best.end();
               if( it != m_best.end() && name_like( w ) ) {
                  // the shortest form of the surname is the nominative; among its occurrences,
                  // the one with the most name words before it
                  const std::size_t k = run.size();
                  std::size_t first = k;
                  while( first > 0 && k - first < 2 && name_like( run[ first - 1 ] ) ) {
                     --first;
                  }
                  if( k - first == 2 && !is_patronymic( run[ k - 1 ] ) ) {
                     ++first;
                  }
                  const std::string_view full = first < k ? std::string_view( run[ first ].data(), static_cast< std::size_t >( w.data() + w.size() - run[ first ].data() ) ) : w;
                  const auto [ form, inserted ] = m_form.try_emplace( it->first, w.size() );
                  if( inserted || w.size() < form->second ) {
                     form->second = w.size();
                     it->second = full;
                  }
                  else if( w.size() == form->second && full.size() > it->second.size() ) {
                     it->second = full;
                  }
               }
               run.push_back( w );
            }
            prev_end = i + n;
            if( i + n < t.size() && ( t[ i + n ] == '.' || t[ i + n ] == ',' ) ) {
               run.clear();
            }
            i += n;
         }
      }
   };

   // Is there a person's name (two adjacent name-like words) in text[b, e)? Far gaps (over
   // 2000 bytes) count as yes.
   [[nodiscard]] inline bool names_between( const std::string_view text, const std::size_t b, const std::size_t e )
   {
      if( e <= b ) {
         return false;
      }
      if( e - b > 2000 ) {
         return true;
      }
      std::size_t i = b;
      std::size_t prev_end = std::string_view::npos;
      bool prev_name = false;
      while( i < e ) {
         const std::size_t n = word_length( text.substr( 0, e ), i );
         if( n == 0 ) {
            i += code_point_length( text, i );
            continue;
         }
         const bool name = name_like( text.substr( i, n ) );
         if( name && prev_name && prev_end != std::string_view::npos && i == prev_end + 1 && text[ prev_end ] == ' ' ) {
            return true;
         }
         prev_name = name;
         prev_end = i + n;
         i += n;
      }
      return false;
   }

   // noted: the readings the engine made of the speaker phrases, or nullptr (each is read here).
   inline void resolve_speakers( const std::string_view text, document& doc, const options& opt, const noted_readings* noted = nullptr )
   {
      std::vector< std::string_view > words;
      name_forms names( text );
      std::vector< speaker_reading > readings;
      readings.reserve( doc.attributions.size() );
      for( const attribution& a : doc.attributions ) {
         const noted_readings::entry* n = ( a.speaker && noted != nullptr ) ? noted->find( a.speaker->mention.begin, a.speaker->mention.end ) : nullptr;
         readings.push_back( n != nullptr ? n->rd : a.speaker ? read_speaker( text, a.speaker->mention.begin, a.speaker->mention.end, words )
                                                              : speaker_reading() );
         if( a.speaker && readings.back().kind == speaker_kind::person ) {
            names.want( last_word( readings.back().name ) );
         }
      }
      std::unordered_map< std::string, std::size_t > by_key; // kind and key -> entity
      std::vector< gender > genders;                         // per attribution
      genders.reserve( doc.attributions.size() );
      for( std::size_t ai = 0; ai < doc.attributions.size(); ++ai ) {
         attribution& a = doc.attributions[ ai ];
         genders.push_back( a.cue ? gender_of_cue( a.cue->phrase.text ) : gender::unknown );
         if( !a.speaker || a.speaker->id ) {
            continue;
         }
         speaker_ref& r = *a.speaker;
         const speaker_reading& rd = readings[ ai ];
         r.kind = rd.kind;
         if( rd.kind == speaker_kind::pronoun ) {
            if( !opt.resolve_pronouns ) {
               continue;
            }
            const std::string p = lower_string( rd.name );
            const gender g = ( p == "он" || p == "его" ) ? gender::masculine : ( p == "она" || p == "ее" ) ? gender::feminine
                                                                             : ( p == "они" || p == "их" ) ? gender::plural
                                                                                                           : gender::unknown;
            if( g != gender::unknown ) {
               genders.back() = g;
            }
            // a person named since the last attribution is more likely meant ("Его поддержал
            // Джо Роган. Он написал, что ..."): then the pronoun stays unresolved
            if( ai == 0 || names_between( text, doc.attributions[ ai - 1 ].sentence.end, r.mention.begin ) ) {
               continue;
            }
            // the nearest of the eight attributions before it whose speaker agrees
            for( std::size_t back = 1; back <= 8 && back <= ai; ++back ) {
               const attribution& prev = doc.attributions[ ai - back ];
               if( !prev.speaker || !prev.speaker->id ) {
                  continue;
               }
               const speaker& e = doc.speakers[ *prev.speaker->id ];
               const gender pg = genders[ ai - back ];
               bool ok = false;
               if( g == gender::plural ) {
                  ok = pg == gender::plural || ( pg == gender::unknown && e.kind == speaker_kind::organization );
               }
               else if( g == gender::masculine || g == gender::feminine ) {
                  ok = ( e.kind == speaker_kind::person || e.kind == speaker_kind::role ) && ( pg == g || pg == gender::unknown );
               }
               else {
                  ok = e.kind == speaker_kind::person;
               }
               if( ok ) {
                  r.id = e.id;
                  doc.speakers[ e.id ].mentions.push_back( { r.mention, speaker_kind::pronoun } ); // each attribution has its own mention
                  break;
               }
            }
            continue;
         }
         if( rd.kind == speaker_kind::role ) {
            // "Вице-премьер напомнила": a role of a word or two that an earlier person's title
            // has ("Вице-премьер по социальным вопросам Татьяна Голикова") is that person, the
            // latest one
            words_of( text, r.mention.begin, r.mention.end, words );
            if( !words.empty() && words.size() <= 2 ) {
               std::vector< std::string > mention_stems;
               for( const std::string_view w : words ) {
                  mention_stems.emplace_back( stem( lower_string( w ) ) );
               }
               std::vector< std::string_view > title_words;
               std::optional< std::size_t > holder;
               for( std::size_t id = doc.speakers.size(); id > 0 && !holder; --id ) {
                  const speaker& e = doc.speakers[ id - 1 ];
                  if( e.kind != speaker_kind::person || e.title.empty() ) {
                     continue;
                  }
                  words_of( e.title, 0, e.title.size(), title_words );
                  bool all = true;
                  for( const std::string& rs : mention_stems ) {
                     all = all && std::any_of( title_words.begin(), title_words.end(), [ & ]( const std::string_view tw ) { return stem( lower_string( tw ) ) == rs; } );
                  }
                  if( all ) {
                     holder = e.id;
                  }
               }
               if( holder ) {
                  r.id = *holder;
                  doc.speakers[ *holder ].mentions.push_back( { r.mention, rd.kind } );
                  continue;
               }
            }
         }
         std::string key( 1, static_cast< char >( '0' + static_cast< int >( rd.kind ) ) );
         if( rd.kind == speaker_kind::person ) {
            key += name_forms::key( last_word( rd.name ) );
         }
         else {
            words_of( text, r.mention.begin, r.mention.end, words );
            for( const std::string_view w : words ) {
               key += ' ';
               key += stem( lower_string( w ) );
            }
         }
         const auto found = by_key.find( key );
         if( found != by_key.end() ) {
            speaker& e = doc.speakers[ found->second ];
            if( e.title.empty() ) {
               e.title = std::string( rd.title );
            }
            r.id = e.id;
            e.mentions.push_back( { r.mention, rd.kind } );
            continue;
         }
         speaker e;
         e.id = doc.speakers.size();
         e.kind = rd.kind;
         e.name = std::string( rd.kind == speaker_kind::person ? names.fullest( rd.name ) : r.mention.text );
         e.title = std::string( rd.title );
         e.mentions.push_back( { r.mention, rd.kind } );
         r.id = e.id;
         by_key.emplace( std::move( key ), e.id );
         doc.speakers.push_back( std::move( e ) );
      }
      for( speaker& e : doc.speakers ) {
         one_line( e.name );
         one_line( e.title );
      }
   }

} // namespace quoth::internal::ru

#endif
