// SPDX-License-Identifier: MIT
#ifndef QUOTH_INTERNAL_RULES_MEDIA_HPP
#define QUOTH_INTERNAL_RULES_MEDIA_HPP

// The channel of a statement: "in a Telegram channel", "on the website of the ministry",
// "in a congratulatory message to X", "in his message to Y", "at a press conference",
// "in an interview with Z", "posted on the ministry's website", "on X".

#include "../lexicon.hpp"
#include "speakers.hpp"
#include "tokens.hpp"

namespace quoth::internal::rules
{
   struct medium_noun : lex< lexicon::sorted_media >
   {};

   struct medium_head : pegtl::list< medium_noun, ws >
   {};

   struct medium_modifier : pegtl::seq< pegtl::not_at< medium_noun >, pegtl::sor< possessive, word > >
   {};

   struct medium_np : pegtl::seq< pegtl::opt< pegtl::sor< determiner, possessive >, ws >, pegtl::rep_opt< 3, medium_modifier, ws >, medium_head >
   {};

   // "to Armenia's minister", "with the BBC", "of the ministry", "on X"
   struct medium_tail : scoped< ws, pegtl::sor< kw_to, kw_with, kw_of, kw_on, kw_at, kw_for >, ws, pegtl::sor< medium_np, simple_np > >
   {};

   struct medium_preposition : pegtl::sor< kw_in, kw_on, kw_at, kw_via, kw_through, kw_during >
   {};

   struct medium_phrase : pegtl::seq< pegtl::opt< pegtl::sor< kw_posted, kw_published >, ws >, medium_preposition, ws, medium_np, pegtl::rep_opt< 2, medium_tail > >
   {};

} // namespace quoth::internal::rules

#endif
