// SPDX-License-Identifier: MIT
#ifndef QUOTH_INTERNAL_RULES_SPEAKERS_HPP
#define QUOTH_INTERNAL_RULES_SPEAKERS_HPP

// Speaker phrases: pronouns ("he"), names with titles ("Kremlin spokesman Dmitry Peskov",
// "Sen. Warren"), descriptions ("the press secretary of the President", "a senior official"),
// organisations ("the Armenian Foreign Ministry") and documents ("the congratulatory message").
// What kind a phrase is, and its name, are read from its words afterwards (see classify.hpp).

#include "../lexicon.hpp"
#include "tokens.hpp"

namespace quoth::internal::rules
{
   struct pronoun : lex< lexicon::sorted_pronouns >
   {};

   struct determiner : lex< lexicon::sorted_determiners >
   {};

   struct head_noun : pegtl::sor< lex< lexicon::sorted_roles >, lex< lexicon::sorted_organizations >, lex< lexicon::sorted_documents > >
   {};

   // One word of a name or title: "Kremlin", "spokesman", "press", "ministry's", "J.".
   struct name_unit : pegtl::sor< possessive, cap_word, head_noun, lex< lexicon::sorted_title_modifiers > >
   {};

   struct name_units : pegtl::list< name_unit, ws >
   {};

   // A lower-case word after a determiner that can be part of a description: not a reporting
   // verb, function word or -ly adverb ("the [city engineer]", "a [senior election official]").
   struct description_word : token< description_word >
   {
      static std::size_t test( const std::string_view s, const std::size_t i, const match_state& /*unused*/ ) noexcept
      {
         if( i >= s.size() || starts_upper( s, i ) ) {
            return 0;
         }
         const std::size_t n = word_length( s, i );
         char buf[ 24 ];
         if( n == 0 || n > sizeof( buf ) || is_digit( static_cast< unsigned char >( s[ i ] ) ) ) {
            return 0;
         }
         const std::string_view w = ascii_lower( s.substr( i, n ), buf );
         if( lexicon::contains( lexicon::sorted_stop_words, w ) || ( n > 3 && w.substr( n - 2 ) == "ly" ) ) {
            return 0;
         }
         if( lexicon::find_cue( w ) != nullptr && !lexicon::contains( lexicon::sorted_documents, w ) && !lexicon::contains( lexicon::sorted_roles, w ) ) {
            return 0;
         }
         return n;
      }
   };

   struct description_unit : pegtl::sor< name_unit, description_word >
   {};

   struct determined : pegtl::seq< determiner, ws, description_unit, pegtl::rep_opt< 5, ws, description_unit > >
   {};

   struct simple_np : pegtl::sor< determined, name_units >
   {};

   // "of the President of the Russian Federation", "for the company", "at the University".
   struct of_phrase : scoped< ws, pegtl::sor< kw_of, kw_for, kw_at >, ws, simple_np >
   {};

   // "X and Y"
   struct and_np : scoped< ws, kw_and, ws, simple_np >
   {};

   struct speaker_phrase : pegtl::sor< pronoun, pegtl::seq< simple_np, pegtl::rep_opt< 3, of_phrase >, pegtl::opt< and_np > > >
   {};

   // "X, a doctor at Y, said" / "X, who heads the union, said": a short aside between commas
   // with no quote mark or sentence end in it (at most 160 bytes).
   struct aside : token< aside >
   {
      static std::size_t test( const std::string_view s, const std::size_t i, const match_state& /*unused*/ ) noexcept
      {
         std::size_t j = i;
         std::size_t len = 0;
         while( j < s.size() && j - i < 160 ) {
            const char32_t c = decode( s, j, len );
            if( c == ',' ) {
               return j > i ? j - i : 0;
            }
            if( is_quote_mark( c ) && !( j > i && j + len < s.size() && is_word_char( decode( s, j + len, len ) ) ) ) {
               return 0;
            }
            if( c == '.' || c == ';' || c == '!' || c == '?' || c == '(' || c == ':' ) {
               return 0;
            }
            j += code_point_length( s, j );
         }
         return 0;
      }
   };

   // An aside that runs to the end of the sentence (at most 160 bytes, no quote marks).
   struct aside_to_end : token< aside_to_end >
   {
      static std::size_t test( const std::string_view s, const std::size_t i, const match_state& st ) noexcept
      {
         if( st.content_end <= i || st.content_end - i > 160 ) {
            return 0;
         }
         std::size_t len = 0;
         for( std::size_t j = i; j < st.content_end; j += len ) {
            const char32_t c = decode( s, j, len );
            if( ( is_quote_mark( c ) && c != 0x2019 && c != '\'' ) || c == ';' || c == ':' ) {
               return 0;
            }
         }
         return st.content_end - i;
      }
   };

} // namespace quoth::internal::rules

#endif
