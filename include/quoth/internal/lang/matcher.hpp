// SPDX-License-Identifier: MIT
#ifndef QUOTH_INTERNAL_LANG_MATCHER_HPP
#define QUOTH_INTERNAL_LANG_MATCHER_HPP

// A language's sentence patterns over the engine's sentences. Each language specialises
// language_matcher for its traits type (lang/XX/traits.hpp) with
//
//   static void match_sentence( Engine& e, std::size_t sentence_index, document& doc );
//
// The engine makes every language_matcher a friend, so a language's patterns use the shared
// machinery directly: the sentences and the match state, try_rule, for_each_comma,
// content_end_of, is_title_line and emit, which records an attribution from the captures.

namespace quoth::internal
{
   template< typename Traits, typename Engine >
   struct language_matcher;

} // namespace quoth::internal

#endif
