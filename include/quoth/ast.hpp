// SPDX-License-Identifier: MIT
#ifndef QUOTH_AST_HPP
#define QUOTH_AST_HPP

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "calendar.hpp"
#include "span.hpp"

namespace quoth
{
   enum class content_kind
   {
      direct,   // the speaker's words inside quote marks
      indirect, // reported speech without quote marks
      mixed     // reported speech that quotes some of the words
   };

   enum class speaker_kind
   {
      person,       // "Dmitry Peskov", "Peskov"
      organization, // "the ministry", "the Foreign Ministry"
      role,         // "the press secretary", "officials"
      pronoun,      // "he", "they"
      document      // "the statement", "the message"
   };

   enum class pattern
   {
      speaker_cue_content, // X said (on DATE) (in MEDIUM) that ...
      quote_cue_speaker,   // "...," said X. / "...," X said.
      speaker_cue_quote,   // X said: "..."
      content_speaker_cue, // ..., X said.
      according_to,        // According to X, ... / ..., according to X. / As X said, ...
      anaphoric_passive,   // This was announced by X (content: the previous sentence)
      headline_colon,      // X: statement (a title line)
      continuation,        // a quote paragraph that follows a quote of the same speaker
      participle,          // X did something, saying that ... (the speaker is the subject)
      transcript_colon,    // NAME: words (a turn of an interview or debate transcript)
      impersonal,          // The bill seems to have stalled. / It is not clear whether ... / X was asked whether ... (no speaker)
      passive_agent        // The plan was first reported by X. (content: the subject) / X was told by Y that ...
   };

   enum class quotation_kind
   {
      speech,       // content of an attribution
      unattributed, // quoted words with no speaker found
      scare,        // a few quoted words inside a sentence: a so-called "term"
      title,        // a quoted name of a work, programme or brand: «Yandex Translator»
      nested        // a quotation inside another quotation
   };

   enum class relative_day
   {
      none,
      today,
      yesterday,
      tomorrow,
      day_before_yesterday,
      this_week,
      last_week,
      next_week,
      this_month,
      last_month,
      next_month,
      this_year,
      last_year,
      next_year,
      earlier_this_week,
      earlier_this_month,
      earlier_this_year,
      recently
   };

   // The days a date phrase refers to, both included: one day, a week, a month, a year, or a
   // range such as "earlier this month".
   struct date_interval
   {
      calendar_date begin;
      calendar_date end;
   };

   // What a date phrase states; every field is optional.
   struct date
   {
      span phrase;
      std::optional< int > year;
      std::optional< int > month;   // 1..12
      std::optional< int > day;     // 1..31
      std::optional< int > weekday; // 1 = Monday .. 7 = Sunday
      relative_day relative = relative_day::none;
      std::string_view part_of_day; // "morning", "evening", ... or empty
      // The calendar days meant, read against options::reference_date; empty without one, and
      // for phrases such as "recently".
      std::optional< date_interval > interval;
   };

   struct cue
   {
      span phrase;       // "said", "told reporters", "according to", ":"
      std::string lemma; // "say", "tell", "according to", ":"
   };

   struct speaker_ref
   {
      span mention; // the words naming the speaker in this attribution
      speaker_kind kind = speaker_kind::person;
      std::optional< std::size_t > id; // index into document::speakers, when known
   };

   struct attribution
   {
      span content; // excludes quote marks; from the first part to the last
      content_kind type = content_kind::indirect;
      std::vector< span > parts; // the fragments when a quote is split by "she said"
      std::optional< speaker_ref > speaker;
      std::optional< quoth::cue > cue;
      std::optional< quoth::date > date;
      std::optional< span > medium;
      quoth::pattern pattern = quoth::pattern::speaker_cue_content;
      span sentence; // the sentence (or line) the attribution was read from
   };

   struct quotation
   {
      span content;              // inside the marks
      span outer;                // with the marks (the closing mark is absent when unclosed)
      std::vector< span > parts; // more than one when a quote runs over paragraphs
      quotation_kind kind = quotation_kind::unattributed;
      std::size_t depth = 0; // 0 at top level
      bool closed = true;
      std::optional< std::size_t > attribution; // index into document::attributions
   };

   struct mention
   {
      span text;
      speaker_kind kind = speaker_kind::person;
   };

   // A speaker as an entity: every mention that names it, and its fullest name.
   struct speaker
   {
      std::size_t id = 0;
      std::string name; // fullest form in the document: "Dmitry Peskov"
      speaker_kind kind = speaker_kind::person;
      std::string title; // "Kremlin spokesman", when a mention has one
      std::vector< mention > mentions;
   };

   struct document
   {
      std::string_view text; // the input given to parse
      std::vector< attribution > attributions;
      std::vector< quotation > quotations;
      std::vector< speaker > speakers;

      // The speaker entity behind an attribution, or nullptr.
      [[nodiscard]] const speaker* speaker_of( const attribution& a ) const noexcept
      {
         if( a.speaker && a.speaker->id && *a.speaker->id < speakers.size() ) {
            return &speakers[ *a.speaker->id ];
         }
         return nullptr;
      }
   };

   [[nodiscard]] constexpr std::string_view to_string( const content_kind k ) noexcept
   {
      switch( k ) {
         case content_kind::direct:
            return "direct";
         case content_kind::indirect:
            return "indirect";
         case content_kind::mixed:
            return "mixed";
      }
      return "indirect";
   }

   [[nodiscard]] constexpr std::string_view to_string( const speaker_kind k ) noexcept
   {
      switch( k ) {
         case speaker_kind::person:
            return "person";
         case speaker_kind::organization:
            return "organization";
         case speaker_kind::role:
            return "role";
         case speaker_kind::pronoun:
            return "pronoun";
         case speaker_kind::document:
            return "document";
      }
      return "person";
   }

   [[nodiscard]] constexpr std::string_view to_string( const pattern p ) noexcept
   {
      switch( p ) {
         case pattern::speaker_cue_content:
            return "speaker_cue_content";
         case pattern::quote_cue_speaker:
            return "quote_cue_speaker";
         case pattern::speaker_cue_quote:
            return "speaker_cue_quote";
         case pattern::content_speaker_cue:
            return "content_speaker_cue";
         case pattern::according_to:
            return "according_to";
         case pattern::anaphoric_passive:
            return "anaphoric_passive";
         case pattern::headline_colon:
            return "headline_colon";
         case pattern::continuation:
            return "continuation";
         case pattern::participle:
            return "participle";
         case pattern::transcript_colon:
            return "transcript_colon";
         case pattern::impersonal:
            return "impersonal";
         case pattern::passive_agent:
            return "passive_agent";
      }
      return "speaker_cue_content";
   }

   [[nodiscard]] constexpr std::string_view to_string( const quotation_kind k ) noexcept
   {
      switch( k ) {
         case quotation_kind::speech:
            return "speech";
         case quotation_kind::unattributed:
            return "unattributed";
         case quotation_kind::scare:
            return "scare";
         case quotation_kind::title:
            return "title";
         case quotation_kind::nested:
            return "nested";
      }
      return "unattributed";
   }

   [[nodiscard]] constexpr std::string_view to_string( const relative_day r ) noexcept
   {
      constexpr std::string_view names[] = { "",
                                             "today",
                                             "yesterday",
                                             "tomorrow",
                                             "day before yesterday",
                                             "this week",
                                             "last week",
                                             "next week",
                                             "this month",
                                             "last month",
                                             "next month",
                                             "this year",
                                             "last year",
                                             "next year",
                                             "earlier this week",
                                             "earlier this month",
                                             "earlier this year",
                                             "recently" };
      const auto i = static_cast< std::size_t >( r );
      return i < sizeof( names ) / sizeof( names[ 0 ] ) ? names[ i ] : std::string_view();
   }

} // namespace quoth

#endif
