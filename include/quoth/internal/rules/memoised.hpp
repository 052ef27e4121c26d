// SPDX-License-Identifier: MIT
#ifndef QUOTH_INTERNAL_RULES_MEMOISED_HPP
#define QUOTH_INTERNAL_RULES_MEMOISED_HPP

// The sub-rules whose outcome at a position is kept for the rest of the sentence (memo.hpp).
// Each must be pure: its match may depend only on the text from its start to the end of the
// sentence (and the quotations), never on the captures or on content_end, and it must not
// write captures.

#include "../memo.hpp"
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

} // namespace quoth::internal

#endif
