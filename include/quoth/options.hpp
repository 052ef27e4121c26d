// SPDX-License-Identifier: MIT
#ifndef QUOTH_OPTIONS_HPP
#define QUOTH_OPTIONS_HPP

#include <cstddef>
#include <optional>

#include "calendar.hpp"

namespace quoth
{
   // The language of a document: its cue words, speaker phrases, dates and sentence patterns.
   enum class language
   {
      automatic, // Russian when most letters are Cyrillic, else English
      english,
      russian
   };

   struct options
   {
      // The language of the text; automatic decides from the share of Cyrillic letters.
      quoth::language language = quoth::language::automatic;

      // Treat a standalone line without final punctuation as a headline and try "X: statement" on it.
      bool headlines = true;

      // Attribute an unattributed quote paragraph to the speaker of the directly preceding quote.
      bool continuation_quotes = true;

      // Give such a paragraph an attribution of its own (pattern::continuation) instead of
      // adding it as a further part of the attribution it continues.
      bool separate_continuations = false;

      // Resolve pronoun speakers (he, she, they, it) to the nearest compatible earlier speaker.
      bool resolve_pronouns = true;

      // Sentences longer than this many bytes are not matched against the patterns (they are
      // still segmented and their quotations reported). 0 means no limit.
      std::size_t max_sentence_bytes = 64 * 1024;

      // The article's date. With it every date phrase gets date::interval ("on Monday": the
      // latest Monday on or before it; "last week": the Monday-to-Sunday week before its week).
      std::optional< calendar_date > reference_date;
   };

} // namespace quoth

#endif
