// SPDX-License-Identifier: MIT
#ifndef QUOTH_INTERNAL_RULES_MEMOISED_HPP
#define QUOTH_INTERNAL_RULES_MEMOISED_HPP

// The sub-rules whose outcome at a position is kept for the rest of the sentence (memo.hpp).
// Each must be pure: its match may depend only on the text from its start to the end of the
// sentence (and the quotations), never on the captures or on content_end, and it must not
// write captures; or, with_captures, it must depend on nothing else when it starts with no
// capture recorded.

#include "../memo.hpp"
#include "dates.hpp"
#include "media.hpp"
#include "patterns.hpp"
#include "speakers.hpp"

namespace quoth::internal
{
   template<>
   struct memo_slot< rules::speaker_phrase >
   {
      static constexpr std::size_t value = 0;
   };

   template<>
   struct memo_slot< rules::simple_np >
   {
      static constexpr std::size_t value = 1;
   };

   template<>
   struct memo_slot< rules::name_unit >
   {
      static constexpr std::size_t value = 2;
   };

   template<>
   struct memo_slot< rules::description_word >
   {
      static constexpr std::size_t value = 3;
   };

   template<>
   struct memo_slot< rules::head_noun >
   {
      static constexpr std::size_t value = 4;
   };

   template<>
   struct memo_slot< rules::date_phrase >
   {
      static constexpr std::size_t value = 5;
   };

   template<>
   struct memo_slot< rules::medium_phrase >
   {
      static constexpr std::size_t value = 6;
   };

   // Tried three times where a speaker may start (qualified_noun twice, then simple_np).
   template<>
   struct memo_slot< rules::name_units >
   {
      static constexpr std::size_t value = 7;
   };

   // Read after each speaker phrase that ends before the same cue.
   template<>
   struct memo_slot< rules::aux_words >
   {
      static constexpr std::size_t value = 8;
   };

   // A trailer and a parenthetical both start with it at each comma.
   template<>
   struct memo_slot< rules::trailer_core >
   {
      static constexpr std::size_t value = 9;
      static constexpr bool with_captures = true;
   };

   // Tried after each speaker phrase that ends before the same word, and again by
   // match_loose_subject: a cue phrase records its verb (cue_verb, which the addressee after it
   // reads) and nothing else, and reads no other record.
   template< rules::cue_context Context >
   struct memo_slot< rules::cue_phrase< Context > >
   {
      static constexpr std::size_t value = 16 + static_cast< std::size_t >( Context );
      static constexpr bool with_verb = true;
   };

   // What rules::scoped and rules::capture see of the rules (state.hpp): a cue phrase records
   // its verb, which a failure gives up; a speaker phrase records nothing.
   static_assert( rules::may_capture< rules::cue_phrase< rules::cue_context::before_content > >::value && !rules::may_capture< rules::speaker_phrase >::value );
   static_assert( !rules::may_capture< rules::aux_word >::value );

   // What rules::scoped and rules::capture see of a failure: a date after a space leaves the
   // record as it was (nothing to restore); a speaker that a space must follow does not.
   static_assert( rules::clean_on_failure< pegtl::internal::seq< rules::ws, rules::capture< slots::date, rules::date_phrase > > > );
   static_assert( !rules::clean_on_failure< pegtl::internal::seq< rules::capture< slots::speaker, rules::speaker_phrase >, rules::ws > > );
   static_assert( rules::clean_on_failure< pegtl::internal::seq< rules::ws, rules::capture< slots::speaker, rules::speaker_phrase >, pegtl::opt< rules::capture< slots::date, rules::date_phrase > > > > );
   static_assert( rules::clean_on_failure< rules::cue_phrase< rules::cue_context::before_content > > ); // its verb is recorded as it matches

} // namespace quoth::internal

#endif
