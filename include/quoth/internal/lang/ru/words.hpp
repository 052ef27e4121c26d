// SPDX-License-Identifier: MIT
#ifndef QUOTH_INTERNAL_LANG_RU_WORDS_HPP
#define QUOTH_INTERNAL_LANG_RU_WORDS_HPP

// Russian words: lower case (ASCII and Cyrillic, ё read as е), word classes by ending and
// by lexicon, and the stem of a name (its case ending removed) for matching oblique forms.

#include <cstddef>
#include <string_view>

#include "../../text.hpp"
#include "lexicon.hpp"

namespace quoth::internal::ru
{
   // Lower case of w into buf: ASCII letters, А-Я and Ё; ё becomes е. Returns the view (cut to N).
   // Each letter keeps its length, so the i-th byte written is the i-th read.
   template< std::size_t N >
   [[nodiscard]] std::string_view lower( const std::string_view w, char ( &buf )[ N ] ) noexcept
   {
      const std::size_t n = w.size() < N ? w.size() : N;
      std::size_t i = 0;
      while( i < n ) {
         const auto c = static_cast< unsigned char >( w[ i ] );
         if( c < 0x80U ) {
            buf[ i++ ] = static_cast< char >( ( c >= 'A' && c <= 'Z' ) ? c - 'A' + 'a' : c );
            continue;
         }
         if( ( c == 0xD0U || c == 0xD1U ) && i + 1 < n ) {
            const auto d = static_cast< unsigned char >( w[ i + 1 ] );
            unsigned char hi = c;
            unsigned char lo = d;
            if( c == 0xD0U ) {
               if( d >= 0x90U && d <= 0x9FU ) { // А-П
                  lo = static_cast< unsigned char >( d + 0x20U );
               }
               else if( d >= 0xA0U && d <= 0xAFU ) { // Р-Я
                  hi = 0xD1U;
                  lo = static_cast< unsigned char >( d - 0x20U );
               }
               else if( d == 0x81U ) { // Ё -> е
                  lo = 0xB5U;
               }
            }
            else if( d == 0x91U ) { // ё -> е
               hi = 0xD0U;
               lo = 0xB5U;
            }
            buf[ i ] = static_cast< char >( hi );
            buf[ i + 1 ] = static_cast< char >( lo );
            i += 2;
            continue;
         }
         buf[ i++ ] = static_cast< char >( c );
      }
      return std::string_view( buf, n );
   }

   [[nodiscard]] inline bool ends_with( const std::string_view w, const std::string_view e ) noexcept
   {
      return w.size() > e.size() && w.substr( w.size() - e.size() ) == e;
   }

   // The number of code points of w.
   [[nodiscard]] inline std::size_t letters( const std::string_view w ) noexcept
   {
      std::size_t n = 0;
      for( const char c : w ) {
         n += ( ( static_cast< unsigned char >( c ) & 0xC0U ) != 0x80U ) ? 1U : 0U;
      }
      return n;
   }

   // An adjective or participle by its ending (lower case, at least four letters): "египетский",
   // "официальный", "управляющий", "российского".
   [[nodiscard]] inline bool is_adjective( const std::string_view w ) noexcept
   {
      if( letters( w ) < 4 ) {
         return false;
      }
      for( const std::string_view e : { "ый", "ий", "ой", "ая", "яя", "ое", "ее", "ые", "ие", "ого", "его", "ому", "ему", "ым", "ым", "ых", "их", "ую", "юю", "ом", "ем" } ) {
         if( ends_with( w, e ) ) {
            return true;
         }
      }
      return false;
   }

   // The part of a hyphenated word after its last hyphen: "вице-мэр" -> "мэр",
   // "telegram-канале" -> "канале"; the word itself when it has no hyphen.
   [[nodiscard]] inline std::string_view after_hyphen( const std::string_view w ) noexcept
   {
      const std::size_t h = w.rfind( '-' );
      return ( h == std::string_view::npos || h + 1 >= w.size() ) ? w : w.substr( h + 1 );
   }

   // A role noun ("министра", "вице-мэр"); when an organisation stem fits the word better, it
   // is not one ("мэрия": мэри- over мэр-).
   [[nodiscard]] inline bool is_role( const std::string_view w ) noexcept
   {
      const std::size_t r = stem_length( sorted_role_stems, w );
      if( r != 0 ) {
         return r >= stem_length( sorted_organization_stems, w );
      }
      const std::string_view tail = after_hyphen( w );
      return tail.size() < w.size() && stem_length( sorted_role_stems, tail ) > stem_length( sorted_organization_stems, tail );
   }

   [[nodiscard]] inline bool is_organization( const std::string_view w ) noexcept
   {
      const std::size_t o = stem_length( sorted_organization_stems, w );
      return o != 0 && o > stem_length( sorted_role_stems, w );
   }

   [[nodiscard]] inline bool is_document( const std::string_view w ) noexcept
   {
      return stem_length( sorted_document_stems, w ) != 0;
   }

   [[nodiscard]] inline bool is_medium( const std::string_view w ) noexcept
   {
      return stem_length( sorted_medium_stems, w ) != 0 || stem_length( sorted_medium_stems, after_hyphen( w ) ) != 0;
   }

   [[nodiscard]] inline bool is_date_word( const std::string_view w ) noexcept
   {
      return month_number( w ) != 0 || weekday_number( w ) != 0 || w == "вчера" || w == "сегодня" || w == "накануне" || w == "завтра" || w == "позавчера" || w == "утром" || w == "днем" || w == "вечером" || w == "ночью" || w == "года" || w == "году";
   }

   // The stem of a (lower-case) name or noun: the case ending removed when at least three
   // letters stay. "лаврова" -> "лавров", "захаровой" -> "захаров", "песков" -> "песков".
   [[nodiscard]] inline std::string_view stem( const std::string_view w ) noexcept
   {
      const std::size_t n = letters( w ); // the letters before an ending: n less the ending's
      for( const std::string_view e : { "ыми", "ими", "ого", "его", "ому", "ему", "ой", "ей", "ом", "ем", "ым", "им", "ую", "ою", "ах", "ях", "ам", "ям", "ов", "а", "я", "у", "ю", "е", "ы", "и", "ь", "й" } ) {
         if( w.size() > e.size() && w.back() == e.back() && ends_with( w, e ) && n >= letters( e ) + 3 ) {
            if( e == "ов" ) {
               continue; // "Лавров", "Песков": -ов is part of the surname
            }
            return w.substr( 0, w.size() - e.size() );
         }
      }
      return w;
   }

} // namespace quoth::internal::ru

#endif
