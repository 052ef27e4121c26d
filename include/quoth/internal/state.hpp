// SPDX-License-Identifier: MIT
#ifndef QUOTH_INTERNAL_STATE_HPP
#define QUOTH_INTERNAL_STATE_HPP

// What the sentence grammar records while it matches, and the rules that record it.
// Captures are plain offsets in a small record. A `capture` writes a slot when its rule
// succeeds; a `scoped` rule restores the record when its rule fails, so a partial match that
// is given up leaves nothing behind (PEGTL does not undo actions by itself).

#include <cstddef>
#include <string_view>
#include <type_traits>
#include <utility>
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

   // Nothing recorded: a record is reset from it (at every rule the engine tries), a copy of
   // constant bytes rather than a record built and then copied.
   inline constexpr captures no_captures{};

   // Per-sentence matching state; one per parse call, reused across sentences.
   struct match_state
   {
      std::string_view text;                                   // the whole document
      const std::vector< const raw_quote* >* quotes = nullptr; // top-level quotations, by offset
      std::size_t content_end = 0;                             // where a content running to the sentence end stops
      std::size_t consumed = 0;                                // bytes matched by the last rule the engine tried
      bool document_subject = false;                           // the engine's loose subject names a document ("the poll by Gallup showed ...")
      captures cap;
      basic_rule_memo< captures > memo;      // outcomes of pure sub-rules in the current sentence (see memo.hpp)
      const word_lengths* lengths = nullptr; // of the current sentence's words, when the engine noted them

      // word_length( s, i ), looked up when s ends where the current sentence ends
      QUOTH_ALWAYS_INLINE [[nodiscard]] std::size_t word_length( const std::string_view s, const std::size_t i ) const noexcept
      {
         return lengths != nullptr ? lengths->length_to_end( s, i ) : internal::word_length( s, i );
      }

      // lexicon::find_cue_at( s, i, n ) for an s that starts where the text starts: the
      // prefilter's entry for the word when it noted one
      QUOTH_ALWAYS_INLINE [[nodiscard]] const lexicon::verb* find_cue( const std::string_view s, const std::size_t i, const std::size_t n ) const noexcept
      {
         return lengths != nullptr ? lengths->cue( s, i, n ) : lexicon::find_cue_at( s, i, n );
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
      // Rule records captures itself: it says so (quoth_writes_captures), it is a memoised rule
      // that keeps its captures, or it is a token whose test takes the state to change it.
      template< typename Rule, typename = void >
      inline constexpr bool says_it_writes = false;

      template< typename Rule >
      inline constexpr bool says_it_writes< Rule, std::void_t< decltype( Rule::quoth_writes_captures ) > > = Rule::quoth_writes_captures;

      template< typename Rule, typename State, typename = void >
      inline constexpr bool test_takes = false; // Rule::test( text, offset, state ) takes a State&

      template< typename Rule, typename State >
      inline constexpr bool test_takes< Rule, State, std::void_t< decltype( Rule::test( std::string_view(), std::size_t(), std::declval< State& >() ) ) > > = true;

      template< typename Rule >
      inline constexpr bool writes_itself = says_it_writes< Rule > || memo_with_captures_v< Rule > || memo_with_verb_v< Rule > || ( test_takes< Rule, match_state > && !test_takes< Rule, const match_state > );

      // Could matching Rule change the capture record? Only if it, or a rule under it, records
      // captures itself. A memoised rule without captures records none (memoised.hpp), which
      // ends the search in the grammar's cycles; a search deeper than Depth rules says yes.
      template< typename Rule, unsigned Depth = 32 >
      struct may_capture;

      template< typename Subs, unsigned Depth >
      struct any_may_capture;

      template< typename... Subs, unsigned Depth >
      struct any_may_capture< pegtl::type_list< Subs... >, Depth >
        : std::bool_constant< ( may_capture< Subs, Depth >::value || ... ) >
      {};

      template< typename Rule, unsigned Depth >
      struct may_capture
        : std::conditional_t< Depth == 0 || writes_itself< Rule >, std::true_type, std::conditional_t< is_memoised< Rule >, std::false_type, any_may_capture< typename Rule::subs_t, Depth - 1 > > >
      {};

      template< typename... Rules >
      struct scoped;

      template< typename Slot, typename... Rules >
      struct capture;

      // Can Rule fail? Not an opt, star or rep_opt (by its rule_t: pegtl::opt< A, B > is an
      // internal::opt< internal::seq< A, B > >); any other rule may.
      template< typename RuleT >
      struct never_fails : std::false_type
      {};

      template< typename Rule >
      struct never_fails< pegtl::internal::opt< Rule > > : std::true_type
      {};

      template< typename... Rules >
      struct never_fails< pegtl::internal::star< Rules... > > : std::true_type
      {};

      template< unsigned Max, typename... Rules >
      struct never_fails< pegtl::internal::rep_opt< Max, Rules... > > : std::true_type
      {};

      template< typename Rule >
      inline constexpr bool never_fails_v = never_fails< typename Rule::rule_t >::value;

      template< typename... Rules >
      struct kw_sor;

      template< typename RuleT >
      struct clean_shape;

      // A rule that records captures only when it matches may say so (quoth_clean_on_failure).
      template< typename Rule, typename = void >
      inline constexpr bool says_clean = false;

      template< typename Rule >
      inline constexpr bool says_clean< Rule, std::void_t< decltype( Rule::quoth_clean_on_failure ) > > = Rule::quoth_clean_on_failure;

      // Does a failure of Rule leave the capture record as it found it? So does a rule that
      // records nothing, a rule that says so, and scoped and capture, which restore it; a
      // sequence whose rules before the last one that can fail record nothing, when that one
      // leaves it so; and alternatives that all leave it so.
      template< typename Rule >
      inline constexpr bool clean_on_failure = !may_capture< Rule >::value || says_clean< Rule > || ( !memo_with_captures_v< Rule > && clean_shape< typename Rule::rule_t >::value );

      template< typename RuleT >
      struct clean_shape : std::false_type
      {};

      template< typename... Rules >
      struct clean_shape< scoped< Rules... > > : std::true_type
      {};

      template< typename Slot, typename... Rules >
      struct clean_shape< capture< Slot, Rules... > > : std::true_type
      {};

      // Rules in sequence: a failure at Rule leaves the record as Rule leaves it; a failure
      // further on, as the rules from Rule on leave it after Rule matched.
      template< typename... Rules >
      struct clean_sequence : std::true_type
      {};

      template< typename Rule, typename... Rules >
      struct clean_sequence< Rule, Rules... >
        : std::conditional_t< ( never_fails_v< Rules > && ... ), std::bool_constant< never_fails_v< Rule > || clean_on_failure< Rule > >, std::bool_constant< !may_capture< Rule >::value && clean_sequence< Rules... >::value > >
      {};

      template< typename... Rules >
      struct clean_shape< pegtl::internal::seq< Rules... > > : clean_sequence< Rules... >
      {};

      // Alternatives: a failure of all of them leaves the record as each of them does.
      template< typename... Rules >
      struct clean_shape< pegtl::internal::sor< Rules... > > : std::bool_constant< ( clean_on_failure< Rules > && ... ) >
      {};

      template< typename... Rules >
      struct clean_shape< kw_sor< Rules... > > : std::bool_constant< ( clean_on_failure< Rules > && ... ) >
      {};

      // If Cond then Then else Else: a failure after Cond matched leaves what Cond recorded.
      template< typename Cond, typename Then, typename Else >
      struct clean_shape< pegtl::internal::if_then_else< Cond, Then, Else > > : std::bool_constant< !may_capture< Cond >::value && clean_on_failure< Then > && clean_on_failure< Else > >
      {};

      // Matches Rules in sequence; on failure restores the capture record (when they could
      // have changed it).
      template< typename... Rules >
      struct scoped
      {
         using rule_t = scoped;
         using subs_t = pegtl::type_list< Rules... >;
         using quoth_analyze_t = pegtl::analyze_seq_traits< Rules... >;

         template< pegtl::apply_mode A, pegtl::rewind_mode M, template< typename... > class Action, template< typename... > class Control, typename ParseInput >
         [[nodiscard]] static bool match( ParseInput& in, match_state& st )
         {
            auto m = in.template mark< pegtl::rewind_mode::required >();
            if constexpr( !clean_on_failure< pegtl::internal::seq< Rules... > > ) {
               const captures saved = st.cap;
               if( pegtl::internal::seq< Rules... >::template match< A, pegtl::rewind_mode::active, Action, Control >( in, st ) ) {
                  return m( true );
               }
               st.cap = saved;
               return m( false );
            }
            else {
               return m( pegtl::internal::seq< Rules... >::template match< A, pegtl::rewind_mode::active, Action, Control >( in, st ) );
            }
         }
      };

      // Matches Rules in sequence and records the matched offsets in Slot; on failure restores
      // the capture record (when they could have changed it).
      template< typename Slot, typename... Rules >
      struct capture
      {
         using rule_t = capture;
         using subs_t = pegtl::type_list< Rules... >;
         using quoth_analyze_t = pegtl::analyze_seq_traits< Rules... >;
         static constexpr bool quoth_writes_captures = true;

         template< pegtl::apply_mode A, pegtl::rewind_mode M, template< typename... > class Action, template< typename... > class Control, typename ParseInput >
         [[nodiscard]] static bool match( ParseInput& in, match_state& st )
         {
            if constexpr( !clean_on_failure< pegtl::internal::seq< Rules... > > ) {
               const captures saved = st.cap;
               if( record< A, Action, Control >( in, st ) ) {
                  return true;
               }
               st.cap = saved;
               return false;
            }
            else {
               return record< A, Action, Control >( in, st );
            }
         }

      private:
         template< pegtl::apply_mode A, template< typename... > class Action, template< typename... > class Control, typename ParseInput >
         [[nodiscard]] static bool record( ParseInput& in, match_state& st )
         {
            const std::size_t b = offset_of( in, st );
            auto m = in.template mark< pegtl::rewind_mode::required >();
            if( pegtl::internal::seq< Rules... >::template match< A, pegtl::rewind_mode::active, Action, Control >( in, st ) ) {
               slot& s = Slot::get( st.cap );
               s.begin = b;
               s.end = offset_of( in, st );
               return m( true );
            }
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
