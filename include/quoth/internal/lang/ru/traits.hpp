// SPDX-License-Identifier: MIT
#ifndef QUOTH_INTERNAL_LANG_RU_TRAITS_HPP
#define QUOTH_INTERNAL_LANG_RU_TRAITS_HPP

// Russian: what the engine asks of the language, from the files of this folder (lexicon,
// words, rules and match for the patterns, read for speaker and date phrases, discourse for
// speakers as entities).

#include <cstddef>
#include <string_view>
#include <vector>

#include "../../../ast.hpp"
#include "../../../options.hpp"
#include "../../classify.hpp"
#include "../../date_intervals.hpp"
#include "../../text.hpp"
#include "discourse.hpp"
#include "match.hpp"
#include "read.hpp"

namespace quoth::internal::ru
{
   struct traits
   {
      template< typename Engine >
      static void match_sentence( Engine& e, const std::size_t si, document& doc )
      {
         language_matcher< traits, Engine >::match_sentence( e, si, doc );
      }

      static constexpr auto read_speaker = &ru::read_speaker;
      static constexpr auto read_date = &ru::read_date;

      // Speakers become entities, then dates become calendar days (the fields ru::read_date
      // fills are those of any language).
      static void resolve( const std::string_view text, document& doc, const options& opt, const noted_readings& noted )
      {
         ru::resolve_speakers( text, doc, opt, &noted );
         resolve_dates( doc, opt );
      }

      // Russian capitalises only the first word of a name: компании «Северный берег» is a
      // title, where a short quotation after a comma, or starting in lower case, is not.
      [[nodiscard]] static bool short_quote_is_title( const char32_t before, const std::string_view first_word ) noexcept
      {
         return is_word_char( before ) && is_capitalised( first_word );
      }
   };

} // namespace quoth::internal::ru

#endif
