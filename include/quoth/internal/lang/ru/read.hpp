// SPDX-License-Identifier: MIT
#ifndef QUOTH_INTERNAL_LANG_RU_READ_HPP
#define QUOTH_INTERNAL_LANG_RU_READ_HPP

// Reading Russian phrases: the kind, name and title of a speaker phrase, the fields of a date.

#include <cstddef>
#include <string_view>
#include <vector>

#include "../../../ast.hpp"
#include "../../classify.hpp"
#include "../../read_common.hpp"
#include "lexicon.hpp"
#include "words.hpp"

namespace quoth::internal::ru
{
   [[nodiscard]] inline bool all_caps( const std::string_view w ) noexcept
   {
      std::size_t i = 0;
      std::size_t n = 0;
      while( i < w.size() ) {
         std::size_t len = 0;
         const char32_t c = decode( w, i, len );
         if( is_word_char( c ) && !is_digit( c ) && !is_upper( c ) ) {
            return false;
         }
         ++n;
         i += len;
      }
      return n > 1;
   }

   // A capitalised word that can be part of a person's name ("Сергей", "Лавров", "Хобсон").
   [[nodiscard]] inline bool name_like( const std::string_view w ) noexcept
   {
      char buf[ 64 ];
      if( !is_capitalised( w ) || all_caps( w ) || w.size() > sizeof( buf ) ) {
         return false;
      }
      const std::string_view l = lower( w, buf );
      return !is_role( l ) && !is_organization( l ) && !is_document( l ) && !lexicon::contains( sorted_stop_words, l );
   }

   [[nodiscard]] inline bool is_patronymic( const std::string_view w ) noexcept
   {
      for( const std::string_view e : { "ович", "евич", "овна", "евна", "ична", "ича", "овны", "евны" } ) {
         if( ends_with( w, e ) ) {
            return true;
         }
      }
      return false;
   }

   // The person's name at the end of words[first, last): the surname and the word before it
   // (and a patronymic), when they look like names; a genitive place after a role ("президент
   // Египта") is not a name.
   [[nodiscard]] inline std::size_t name_start( const std::vector< std::string_view >& words, const std::size_t first, const std::size_t last ) noexcept
   {
      std::size_t k = last;
      while( k > first && last - k < 3 && name_like( words[ k - 1 ] ) ) {
         --k;
      }
      if( last - k == 3 && !is_patronymic( words[ last - 2 ] ) ) {
         ++k; // "России Сергей Лавров": the name is the last two
      }
      return k;
   }

   // Reads a speaker phrase s[b, e).
   [[nodiscard]] inline speaker_reading read_speaker( const std::string_view s, std::size_t b, std::size_t e, std::vector< std::string_view >& words )
   {
      speaker_reading r;
      if( const std::size_t comma = s.substr( b, e - b ).find( ',' ); comma != std::string_view::npos ) {
         // "Бывший министр, глава центра Алексей Кудрин": a name in the second description
         std::size_t nb = b + comma + 1;
         while( nb < e && s[ nb ] == ' ' ) {
            ++nb;
         }
         speaker_reading second = read_speaker( s, nb, e, words );
         if( second.kind == speaker_kind::person && !second.name.empty() ) {
            second.title = s.substr( b, static_cast< std::size_t >( second.name.data() - s.data() ) - b );
            while( !second.title.empty() && second.title.back() == ' ' ) {
               second.title.remove_suffix( 1 );
            }
            return second;
         }
         e = b + comma; // else the aside after the comma is not part of the name
      }
      words_of( s, b, e, words );
      if( words.empty() ) {
         r.kind = speaker_kind::role;
         return r;
      }
      char buf[ 64 ];
      const auto low = [ & ]( const std::string_view w ) { return w.size() <= sizeof( buf ) ? lower( w, buf ) : std::string_view(); };
      if( words.size() == 1 && ( lexicon::contains( sorted_pronouns, low( words[ 0 ] ) ) || lexicon::contains( sorted_oblique_pronouns, low( words[ 0 ] ) ) ) ) {
         r.kind = speaker_kind::pronoun;
         r.name = words[ 0 ];
         return r;
      }
      const auto join = [ & ]( const std::size_t i, const std::size_t j ) {
         return std::string_view( words[ i ].data(), static_cast< std::size_t >( words[ j - 1 ].data() + words[ j - 1 ].size() - words[ i ].data() ) );
      };
      // the head: the first word that is not an adjective
      std::size_t h = 0;
      while( h + 1 < words.size() && is_adjective( low( words[ h ] ) ) ) {
         ++h;
      }
      const std::string_view head = low( words[ h ] );
      const bool role = is_role( head );
      // a name in quotation marks is an organisation's or an outlet's («Интерфакс», «Газпром»), as
      // is a country alone
      std::size_t qe = e;
      while( qe > b && s[ qe - 1 ] == ' ' ) {
         --qe;
      }
      const bool quoted = ( has_at( s, b, "\xC2\xAB" ) && qe >= b + 4 && has_at( s, qe - 2, "\xC2\xBB" ) ) || ( has_at( s, b, "\xE2\x80\x9E" ) && qe >= b + 6 && has_at( s, qe - 3, "\xE2\x80\x9C" ) ) || ( s[ b ] == '"' && qe >= b + 2 && s[ qe - 1 ] == '"' );
      const bool org = !role && ( is_organization( head ) || all_caps( words[ h ] ) || quoted || ( words.size() == 1 && lexicon::contains( sorted_countries, head ) ) );
      const bool doc = !role && !org && is_document( head );
      r.name = join( 0, words.size() );
      r.head = words[ h ];
      if( org ) {
         r.kind = speaker_kind::organization;
         return r;
      }
      if( doc ) {
         r.kind = speaker_kind::document;
         return r;
      }
      if( words.size() == 1 && ends_with( words[ 0 ], "ы" ) ) {
         r.kind = speaker_kind::role; // "Искусствоведы утверждают", "Хуситы сообщили": a plural noun, a group
         return r;
      }
      const std::size_t k = name_start( words, role ? h + 1 : 0, words.size() );
      const bool genitive_place = role && words.size() - k == 1 && k == h + 1 && ( ends_with( words[ k ], "а" ) || ends_with( words[ k ], "ы" ) || ends_with( words[ k ], "и" ) || ends_with( words[ k ], "я" ) );
      if( k < words.size() && !genitive_place && ( role || k == 0 || words.size() - k >= 2 ) ) {
         r.kind = speaker_kind::person;
         r.name = join( k, words.size() );
         if( k > 0 ) {
            r.title = join( 0, k );
         }
         return r;
      }
      if( !role && is_capitalised( words[ h ] ) ) {
         r.kind = speaker_kind::organization; // "Правительство Японии", "Минобороны"
         return r;
      }
      r.kind = speaker_kind::role;
      return r;
   }

   // The fields a Russian date phrase states. "накануне" (the day before) reads as yesterday.
   inline void read_date( const std::string_view s, const std::size_t b, const std::size_t e, date& d, std::vector< std::string_view >& words )
   {
      words_of( s, b, e, words );
      char buf[ 64 ];
      for( const std::string_view w0 : words ) {
         if( w0.size() > sizeof( buf ) ) {
            continue;
         }
         const std::string_view w = lower( w0, buf );
         if( const int m = month_number( w ); m != 0 ) {
            d.month = m;
         }
         else if( const int wd = weekday_number( w ); wd != 0 ) {
            d.weekday = wd;
         }
         else if( is_digit( static_cast< unsigned char >( w[ 0 ] ) ) ) {
            read_date_number( w, d );
         }
         else if( w == "вчера" || w == "накануне" ) {
            d.relative = relative_day::yesterday;
         }
         else if( w == "позавчера" ) {
            d.relative = relative_day::day_before_yesterday;
         }
         else if( w == "сегодня" ) {
            d.relative = relative_day::today;
         }
         else if( w == "завтра" ) {
            d.relative = relative_day::tomorrow;
         }
         else if( w == "утром" ) {
            d.part_of_day = "morning";
         }
         else if( w == "днем" ) {
            d.part_of_day = "afternoon";
         }
         else if( w == "вечером" ) {
            d.part_of_day = "evening";
         }
         else if( w == "ночью" ) {
            d.part_of_day = "night";
         }
      }
   }

} // namespace quoth::internal::ru

#endif
