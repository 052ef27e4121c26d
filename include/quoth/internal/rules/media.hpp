// SPDX-License-Identifier: MIT
#ifndef QUOTH_INTERNAL_RULES_MEDIA_HPP
#define QUOTH_INTERNAL_RULES_MEDIA_HPP

// The channel of a statement: "in a Telegram channel", "on the website of the ministry",
// "in a congratulatory message to X", "in his message to Y", "at a press conference",
// "in an interview with Z", "posted on the ministry's website", "on X".

#include "../lexicon.hpp"
#include "dates.hpp"
#include "speakers.hpp"
#include "tokens.hpp"

namespace quoth::internal::rules
{
   // A quoted name of a programme or publication: at most six words, each capitalised.
   // Lower-case words inside a title: “Meet the Press”, “Face the Nation”.
   [[nodiscard]] inline bool minor_title_word( const std::string_view w ) noexcept
   {
      return is( w, "the" ) || is( w, "of" ) || is( w, "and" ) || is( w, "a" ) || is( w, "an" ) || is( w, "in" ) || is( w, "on" ) || is( w, "with" ) || is( w, "to" ) || is( w, "for" ) || is( w, "at" );
   }

   struct title_quote : token< title_quote >
   {
      static std::size_t test( const std::string_view s, const std::size_t i, const match_state& st ) noexcept
      {
         const raw_quote* q = st.quote_at( i );
         if( q == nullptr || !q->closed || q->close_end > s.size() || q->content_end - q->content_begin > 80 ) {
            return 0;
         }
         std::size_t words = 0;
         for( std::size_t j = q->content_begin; j < q->content_end; ) {
            const std::size_t n = st.word_length( s, j );
            if( n == 0 ) {
               j += code_point_length( s, j );
               continue;
            }
            if( ( !starts_upper( s, j ) && ( words == 0 || !minor_title_word( sub( s, j, n ) ) ) ) || ++words > 6 ) {
               return 0; // every word capitalised but "the", "of" and the like: “Meet the Press”
            }
            j += n;
         }
         return words > 0 ? q->close_end - i : 0;
      }
   };

   struct medium_noun : lex< lexicon::sorted_media >
   {};

   struct medium_head : pegtl::list< medium_noun, ws >
   {};

   struct medium_modifier : pegtl::seq< pegtl::not_at< medium_noun >, pegtl::sor< possessive, word > >
   {};

   struct medium_np : pegtl::seq< pegtl::opt< pegtl::sor< determiner, possessive >, ws >, pegtl::rep_opt< 3, medium_modifier, ws >, medium_head, pegtl::opt< scoped< ws, name_units > > >
   {};

   // "to Armenia's minister", "with the BBC", "of the ministry", "on X"
   struct medium_tail : scoped< ws, pegtl::not_at< date_phrase >, kw_sor< kw_to, kw_with, kw_of, kw_on, kw_at, kw_for >, ws, pegtl::sor< medium_np, simple_np >, pegtl::opt< scoped< ws, title_quote > > >
   {};

   struct medium_preposition : kw_sor< kw_in, kw_on, kw_at, kw_via, kw_through, kw_during >
   {};

   // "on ABC's “This Week”", "on “Meet the Press”": a programme by its quoted title
   struct titled_programme : pegtl::seq< pegtl::opt< possessive, ws >, title_quote >
   {};

   struct medium_core : pegtl::seq< medium_preposition, ws, pegtl::sor< pegtl::seq< medium_np, pegtl::opt< scoped< ws, title_quote > > >, titled_programme >, pegtl::rep_opt< 2, medium_tail > >
   {};

   struct posted : kw_sor< kw_posted, kw_published >
   {};

   // "on X, formerly Twitter"
   struct formerly : scoped< sp, pegtl::one< ',' >, sp, kw< TAO_PEGTL_STRING( "formerly" ) >, ws, cap_word >
   {};

   // "in a message to members posted on the union's website": one medium.
   struct medium_phrase : pegtl::seq< pegtl::opt< posted, ws >, medium_core, pegtl::opt< formerly >, pegtl::opt< scoped< ws, posted, ws, medium_core > > >
   {};

} // namespace quoth::internal::rules

#endif
