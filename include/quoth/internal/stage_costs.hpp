// SPDX-License-Identifier: MIT
#ifndef QUOTH_INTERNAL_STAGE_COSTS_HPP
#define QUOTH_INTERNAL_STAGE_COSTS_HPP

// Where one parse spends its time: each stage of the pipeline, and the sentence loop by what
// each sentence came to. The engine measures only when it is given a record
// (engine::run( &costs )); quoth::parse gives none and pays three tests of a null pointer per
// document (its sentence loop has none). benchmarks/stage_costs prints the record as a table.

#include <array>
#include <chrono>
#include <cstddef>
#include <functional>
#include <map>
#include <string>

namespace quoth::internal
{
   struct stage_costs
   {
      using clock = std::chrono::steady_clock;

      // What a sentence came to
      enum outcome : std::size_t
      {
         turned_away,   // the prefilter found no cue word, colon or "according" (or a transcript turn went on)
         nothing_found, // the patterns read it and found no attribution
         attributed,    // it has an attribution (or continues one)
         outcomes
      };

      clock::duration prepare{};    // validation, blocks, quote pairing, sentences
      clock::duration quotations{}; // the quotations of the document, after the patterns
      clock::duration resolution{}; // speakers resolved to names, dates and media
      std::array< clock::duration, outcomes > sentence_time{};
      std::array< std::size_t, outcomes > sentences{};
      std::array< std::size_t, outcomes > sentence_bytes{};
      std::size_t bytes = 0;     // of the texts
      std::size_t documents = 0; // parsed into this record

      // The sentences the patterns read (nothing_found and attributed), by the cue words the
      // prefilter noted in them: kept only when by_cue is set before the parse. The key is the
      // words in lower case and in the order they stand, joined by " + " ("made", "said +
      // told"); no_cue_word when the sentence passed on a colon or "according" alone;
      // not_scanned when no cue words were noted (an attribution found before the scan for
      // them, as a quotation that goes on from the sentence before, or a Russian sentence).
      // Building the key is left out of the times.
      struct cue_row
      {
         std::size_t sentences = 0;
         std::size_t bytes = 0;
         clock::duration time{};
      };
      static constexpr const char* no_cue_word = "(no cue word: a colon or \"according\")";
      static constexpr const char* not_scanned = "(cue words not noted)";
      bool by_cue = false;
      std::array< std::map< std::string, cue_row, std::less<> >, outcomes > cues;

      [[nodiscard]] clock::duration total() const noexcept
      {
         clock::duration t = prepare + quotations + resolution;
         for( const clock::duration d : sentence_time ) {
            t += d;
         }
         return t;
      }
   };

} // namespace quoth::internal

#endif
