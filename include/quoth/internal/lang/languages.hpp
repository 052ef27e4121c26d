// SPDX-License-Identifier: MIT
#ifndef QUOTH_INTERNAL_LANG_LANGUAGES_HPP
#define QUOTH_INTERNAL_LANG_LANGUAGES_HPP

// The languages quoth reads, and what the engine asks of each: a traits struct in the
// language's folder (lang/XX/traits.hpp) with these static members (functions, or pointers
// to functions of these types):
//
//   template< typename Engine >
//   static void match_sentence( Engine&, std::size_t sentence_index, document& );
//   static speaker_reading read_speaker( std::string_view text, std::size_t b, std::size_t e, std::vector< std::string_view >& words );
//   static void read_date( std::string_view text, std::size_t b, std::size_t e, date&, std::vector< std::string_view >& words );
//   static void resolve( std::string_view text, document&, const options&, const noted_readings& );
//   static bool short_quote_is_title( char32_t before, std::string_view first_word );
//
// Everything else (validation, paragraphs, quote pairing, sentences, emitting attributions,
// quotations and continuations, the AST) is the engine's and shared. A new language is a
// folder with its traits, a value of quoth::language, and a line in language_ops_of below;
// lang/detect.hpp decides which one automatic means.

#include <cstddef>
#include <string_view>
#include <vector>

#include "../../ast.hpp"
#include "../../options.hpp"
#include "../classify.hpp"
#include "en/traits.hpp"
#include "ru/traits.hpp"

namespace quoth::internal
{
   // A language's traits as function pointers, chosen once per document.
   template< typename Engine >
   struct language_ops
   {
      void ( *match_sentence )( Engine&, std::size_t, document& );
      speaker_reading ( *read_speaker )( std::string_view, std::size_t, std::size_t, std::vector< std::string_view >& );
      void ( *read_date )( std::string_view, std::size_t, std::size_t, date&, std::vector< std::string_view >& );
      void ( *resolve )( std::string_view, document&, const options&, const noted_readings& );
      bool ( *short_quote_is_title )( char32_t, std::string_view );
   };

   template< typename Traits, typename Engine >
   inline constexpr language_ops< Engine > ops_of{ &Traits::template match_sentence< Engine >, Traits::read_speaker, Traits::read_date, Traits::resolve, Traits::short_quote_is_title };

   // The registry: one line per language. automatic is decided before (detect_language); on
   // its own it means English.
   template< typename Engine >
   [[nodiscard]] constexpr const language_ops< Engine >& language_ops_of( const language l ) noexcept
   {
      switch( l ) {
         case language::russian:
            return ops_of< ru::traits, Engine >;
         case language::english:
         case language::automatic:
            break;
      }
      return ops_of< en::traits, Engine >;
   }

} // namespace quoth::internal

#endif
