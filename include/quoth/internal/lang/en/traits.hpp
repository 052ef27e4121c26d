// SPDX-License-Identifier: MIT
#ifndef QUOTH_INTERNAL_LANG_EN_TRAITS_HPP
#define QUOTH_INTERNAL_LANG_EN_TRAITS_HPP

// English: the language the engine's own members read. The grammar stays where it is
// (rules/*.hpp, lexicon.hpp, classify.hpp, discourse.hpp, date_intervals.hpp); these traits
// only point the engine at it.

#include <cstddef>
#include <string_view>
#include <vector>

#include "../../../ast.hpp"
#include "../../../options.hpp"
#include "../../classify.hpp"
#include "../../date_intervals.hpp"
#include "../../discourse.hpp"
#include "../matcher.hpp"

namespace quoth::internal
{
   namespace en
   {
      struct traits;
   }

   // The English patterns are the engine's members match_sentence and match_clauses.
   template< typename Engine >
   struct language_matcher< en::traits, Engine >
   {
      static void match_sentence( Engine& e, const std::size_t si, document& doc )
      {
         e.match_sentence( si, doc );
         if( e.m_worth ) {
            e.match_clauses( si, doc );
            e.match_embedded( si, doc );
            e.match_relative_asides( si, doc );
            e.match_relative_object( si, doc );
            e.match_according_late( si, doc );
         }
         e.match_asked_passive( si, doc );
         e.match_titled( si, doc );
         e.drop_wordless( si, doc );
      }
   };

   namespace en
   {
      struct traits
      {
         template< typename Engine >
         static void match_sentence( Engine& e, const std::size_t si, document& doc )
         {
            language_matcher< traits, Engine >::match_sentence( e, si, doc );
         }

         static constexpr auto read_speaker = &internal::read_speaker;
         static constexpr auto read_date = &internal::read_date;

         // Speakers become entities (pronouns, descriptions and documents resolved), then dates
         // become calendar days.
         static void resolve( const std::string_view text, document& doc, const options& opt, const noted_readings& noted )
         {
            resolve_speakers( text, doc, opt, &noted );
            resolve_dates( doc, opt );
         }

         // Whether a short quotation inside running text (at most four words, after a word or a
         // comma) is a title rather than scare quotes. English capitalises every word of a title,
         // and such a quotation is a title before this question is asked: never.
         [[nodiscard]] static bool short_quote_is_title( const char32_t /*before*/, const std::string_view /*first_word*/ ) noexcept
         {
            return false;
         }
      };

   } // namespace en

} // namespace quoth::internal

#endif
