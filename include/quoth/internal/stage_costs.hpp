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
