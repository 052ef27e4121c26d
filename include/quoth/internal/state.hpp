// SPDX-License-Identifier: MIT
#ifndef QUOTH_INTERNAL_STATE_HPP
#define QUOTH_INTERNAL_STATE_HPP

// What the sentence grammar records while it matches, and the rules that record it.
// Captures are plain offsets in a small record. A `capture` writes a slot when its rule
// succeeds; a `scoped` rule restores the record when its rule fails, so a partial match that
// is given up leaves nothing behind (PEGTL does not undo actions by itself).

#include <cstddef>
#include <string_view>
#include <vector>

#include <tao/pegtl.hpp>
#include <tao/pegtl/contrib/analyze_traits.hpp>

#include "lexicon.hpp"
#include "memo.hpp"
#include "quotes.hpp"
#include "word_lengths.hpp"

namespace quoth::internal
{
   namespace pegtl = tao::pegtl;

   inline constexpr std::size_t npos = static_cast< std::size_t >( -1 );

   struct slot
   {
      std::size_t begin = npos;
      std::size_t end = npos;

      [[nodiscard]] bool set() const noexcept
      {
         return begin != npos;
      }
   };

   struct captures
   {
      slot speaker;
      slot cue;
      slot date;
      slot medium;
      slot content;
      slot content2;
      slot quote1;
      slot quote2;
      slot intro_date;
      const lexicon::verb* verb = nullptr;

      // Nothing recorded. Names every member: the memo (memo.hpp) replaces all of them when it
      // reuses what a rule recorded from an empty record.
      [[nodiscard]] bool empty() const noexcept
      {
         return !speaker.set() && !cue.set() && !date.set() && !medium.set() && !content.set() && !content2.set() && !quote1.set() && !quote2.set() && !intro_date.set() && verb == nullptr;
      }
   };

   static_assert( sizeof( captures ) == 9 * sizeof( slot ) + sizeof( const lexicon::verb* ), "a new member of captures belongs in captures::empty()" );

   // Per-sentence matching state; one per parse call, reused across sentences.
   struct match_state
   {
      std::string_view text;                                   // the whole document
      const std::vector< const raw_quote* >* quotes = nullptr; // top-level quotations, by offset
      std::size_t content_end = 0;                             // where a content running to the sentence end stops
      std::size_t consumed = 0;                                // bytes matched by the last rule the engine tried
      captures cap;
      basic_rule_memo< captures > memo;      // outcomes of pure sub-rules in the current sentence (see memo.hpp)
      const word_lengths* lengths = nullptr; // of the current sentence's words, when the engine noted them

      // word_length( s, i ), looked up when s ends where the current sentence ends
      [[nodiscard]] std::size_t word_length( const std::string_view s, const std::size_t i ) const noexcept
      {
         return lengths != nullptr ? lengths->length_to_end( s, i ) : internal::word_length( s, i );
      }

      [[nodiscard]] const raw_quote* quote_at( const std::size_t offset ) const noexcept
      {
         const auto& q = *quotes;
         std::size_t lo = 0;
         std::size_t hi = q.size();
         while( lo < hi ) {
            const std::size_t mid = lo + ( hi - lo ) / 2;
            if( q[ mid ]->open < offset ) {
               lo = mid + 1;
            }
            else {
               hi = mid;
            }
         }
         return ( lo < q.size() && q[ lo ]->open == offset ) ? q[ lo ] : nullptr;
      }
   };

   template< typename ParseInput >
   [[nodiscard]] std::size_t offset_of( const ParseInput& in, const match_state& st ) noexcept
   {
      return static_cast< std::size_t >( in.current() - st.text.data() );
   }

   namespace slots
   {
      // clang-format off
      struct speaker { static slot& get( captures& c ) noexcept { return c.speaker; } };
      struct cue { static slot& get( captures& c ) noexcept { return c.cue; } };
      struct date { static slot& get( captures& c ) noexcept { return c.date; } };
      struct medium { static slot& get( captures& c ) noexcept { return c.medium; } };
      struct content { static slot& get( captures& c ) noexcept { return c.content; } };
      struct quote1 { static slot& get( captures& c ) noexcept { return c.quote1; } };
      struct quote2 { static slot& get( captures& c ) noexcept { return c.quote2; } };
      // clang-format on

   } // namespace slots

   namespace rules
   {
      // Matches Rules in sequence; on failure restores the capture record.
      template< typename... Rules >
      struct scoped
      {
         using rule_t = scoped;
         using subs_t = pegtl::type_list< Rules... >;
         using quoth_analyze_t = pegtl::analyze_seq_traits< Rules... >;

         template< pegtl::apply_mode A, pegtl::rewind_mode M, template< typename... > class Action, template< typename... > class Control, typename ParseInput >
         [[nodiscard]] static bool match( ParseInput& in, match_state& st )
         {
            const captures saved = st.cap;
            auto m = in.template mark< pegtl::rewind_mode::required >();
            if( pegtl::internal::seq< Rules... >::template match< A, pegtl::rewind_mode::active, Action, Control >( in, st ) ) {
               return m( true );
            }
            st.cap = saved;
            return m( false );
         }
      };

      // Matches Rules in sequence and records the matched offsets in Slot.
      template< typename Slot, typename... Rules >
      struct capture
      {
         using rule_t = capture;
         using subs_t = pegtl::type_list< Rules... >;
         using quoth_analyze_t = pegtl::analyze_seq_traits< Rules... >;

         template< pegtl::apply_mode A, pegtl::rewind_mode M, template< typename... > class Action, template< typename... > class Control, typename ParseInput >
         [[nodiscard]] static bool match( ParseInput& in, match_state& st )
         {
            const captures saved = st.cap;
            const std::size_t b = offset_of( in, st );
            auto m = in.template mark< pegtl::rewind_mode::required >();
            if( pegtl::internal::seq< Rules... >::template match< A, pegtl::rewind_mode::active, Action, Control >( in, st ) ) {
               slot& s = Slot::get( st.cap );
               s.begin = b;
               s.end = offset_of( in, st );
               return m( true );
            }
            st.cap = saved;
            return m( false );
         }
      };

   } // namespace rules

} // namespace quoth::internal

namespace tao::pegtl
{
   // Every custom quoth rule says how tao::pegtl::analyze should see it.
   template< typename Name, typename Rule >
   struct analyze_traits< Name, Rule, std::void_t< typename Rule::quoth_analyze_t > >
     : Rule::quoth_analyze_t
   {};

} // namespace tao::pegtl

#endif
