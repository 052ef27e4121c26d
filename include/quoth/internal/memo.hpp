// SPDX-License-Identifier: MIT
#ifndef QUOTH_INTERNAL_MEMO_HPP
#define QUOTH_INTERNAL_MEMO_HPP

// Results of pure sub-rules by position, within one sentence. The engine tries several
// patterns at the same places (a trailer, a parenthetical and a speaker-first clause all read
// the speaker phrase after a comma); a rule whose match depends only on the text from its
// start to the end of the sentence is parsed there once, and later tries reuse the outcome.
//
// A rule is memoised when memo_slot< Rule > names a slot; the parse control memo_control
// consults the table for those rules only. Entries are keyed by the distance from the start
// of the rule to the end of the input, which is the end of the sentence; a different end
// starts a new generation, so the table never needs clearing.
//
// A rule that records captures may be memoised too (memo_slot< Rule >::with_captures): when it
// starts with no capture recorded (the first rule of a pattern the engine tries, which starts
// afresh), its outcome depends only on the text, and the memo keeps the captures it leaves
// with the outcome, whether it matched or not.

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <memory>
#include <type_traits>
#include <vector>

#include <tao/pegtl.hpp>

#include "config.hpp"

namespace quoth::internal
{
   namespace pegtl = tao::pegtl;

   // memo_slot< Rule >::value: the slot of a memoised rule; rules without one are not memoised.
   template< typename Rule, typename = void >
   struct memo_slot
   {};

   template< typename Rule, typename = void >
   inline constexpr bool is_memoised_v = false;

   template< typename Rule >
   inline constexpr bool is_memoised_v< Rule, std::void_t< decltype( memo_slot< Rule >::value ) > > = true;

   template< typename Rule >
   inline constexpr bool is_memoised = is_memoised_v< Rule >;

   template< typename Rule, typename = void >
   inline constexpr bool memo_with_captures_v = false;

   template< typename Rule >
   inline constexpr bool memo_with_captures_v< Rule, std::void_t< decltype( memo_slot< Rule >::with_captures ) > > = memo_slot< Rule >::with_captures;

   // A rule that records the verb and nothing else may be memoised with the verb
   // (memo_slot< Rule >::with_verb): its outcome depends only on the text, and the only record
   // it reads is a verb it has recorded itself. The memo keeps the outcome and the verb it
   // recorded, if any, in a small cache by position.
   template< typename Rule, typename = void >
   inline constexpr bool memo_with_verb_v = false;

   template< typename Rule >
   inline constexpr bool memo_with_verb_v< Rule, std::void_t< decltype( memo_slot< Rule >::with_verb ) > > = memo_slot< Rule >::with_verb;

   // Slots of the table (rules without captures), at most. A rule with captures is kept in a
   // short list instead, where its slot only tells it apart from the others.
   inline constexpr std::size_t memo_slots = 9;

   template< typename Captures >
   class basic_rule_memo
   {
   public:
      static constexpr std::uint32_t unknown = 0;
      static constexpr std::uint32_t failed = 1; // else matched value - 2 bytes

      // Starts a new generation when the input ends at a different offset.
      void use_end( const std::size_t end )
      {
         if( end != m_end ) {
            m_end = end;
            if( ++m_generation == 0 ) {
               for( std::size_t k = 0; k < m_clean; ++k ) {
                  m_positions[ k ].generation = 0;
               }
               m_captured.clear();
               m_verbs.fill( verb_entry{} );
               m_generation = 1;
            }
         }
      }

      // Sentences will have up to n bytes: the table's first growth makes room for them all,
      // so that it need not grow (and copy itself) again while rules run.
      void reserve( const std::size_t n ) noexcept
      {
         m_reserve = n + 1;
      }

      [[nodiscard]] std::uint32_t get( const std::size_t slot, const std::size_t at ) const noexcept
      {
         const std::size_t k = index( at );
         return ( k < m_clean && m_positions[ k ].generation == m_generation ) ? m_positions[ k ].value[ slot ] : unknown;
      }

      QUOTH_ALWAYS_INLINE void put( const std::size_t slot, const std::size_t at, const std::uint32_t value )
      {
         const std::size_t k = index( at );
         if( k >= m_clean ) {
            clean_to( k + 1 );
         }
         position& p = m_positions[ k ];
         if( p.generation != m_generation ) {
            p.generation = m_generation;
            std::fill_n( p.value, memo_slots, unknown );
         }
         p.value[ slot ] = value;
      }

      // For a rule with captures: the outcome at `at` and the captures it left, or nullptr.
      [[nodiscard]] const Captures* get_captured( const std::size_t slot, const std::size_t at, std::uint32_t& value ) const noexcept
      {
         for( const captured& c : m_captured ) {
            if( c.generation == m_generation && c.slot == slot && c.at == at ) {
               value = c.value;
               return &c.cap;
            }
         }
         return nullptr;
      }

      void put_captured( const std::size_t slot, const std::size_t at, const std::uint32_t value, const Captures& cap )
      {
         if( !m_captured.empty() && m_captured.front().generation != m_generation ) {
            m_captured.clear(); // all of an earlier sentence
         }
         if( m_captured.size() < max_captured ) { // a sentence of thousands of commas would make the search quadratic
            if( m_captured.capacity() == 0 ) {
               m_captured.reserve( max_captured ); // at once: it is cleared, never shrunk
            }
            m_captured.push_back( captured{ m_generation, slot, at, value, cap } );
         }
      }

      // For a rule with the verb: its outcome at `at` and the verb it recorded (nullptr: none),
      // when the cache still has them.
      template< typename Verb >
      [[nodiscard]] bool get_verb( const std::size_t slot, const std::size_t at, std::uint32_t& value, Verb*& verb ) const noexcept
      {
         const verb_entry& v = m_verbs[ verb_index( slot, at ) ];
         if( v.generation == m_generation && v.at == at && v.slot == slot ) {
            value = v.value;
            verb = static_cast< Verb* >( v.verb );
            return true;
         }
         return false;
      }

      void put_verb( const std::size_t slot, const std::size_t at, const std::uint32_t value, const void* const verb ) noexcept
      {
         m_verbs[ verb_index( slot, at ) ] = verb_entry{ m_generation, static_cast< std::uint32_t >( slot ), at, value, verb };
      }

   private:
      // The outcomes of the rules at one position. Its values are known in its generation only:
      // a position of an earlier sentence is cleared when a rule first records an outcome there.
      // Trivial, so that the table grows uninitialised; only the generations are set to zero
      // (never current), and only as far as rules are tried.
      struct position
      {
         std::uint32_t generation;
         std::uint32_t value[ memo_slots ];
      };

      struct captured
      {
         std::uint32_t generation;
         std::size_t slot;
         std::size_t at;
         std::uint32_t value;
         Captures cap;
      };

      std::unique_ptr< position[] > m_positions; // m_size positions, the generations of the first m_clean set
      std::size_t m_size = 0;
      std::size_t m_clean = 0;
      std::size_t m_reserve = 0; // positions of the first growth (reserve())
      static constexpr std::size_t max_captured = 32;
      std::vector< captured > m_captured; // few: a sentence has a few commas (at most max_captured kept)
      // The cache of the rules with the verb: an entry per position (modulo its size) and
      // slot, the latest kept. Generation 0 is never current.
      struct verb_entry
      {
         std::uint32_t generation = 0;
         std::uint32_t slot = 0;
         std::size_t at = 0;
         std::uint32_t value = 0;
         const void* verb = nullptr; // recorded by the rule, or nullptr
      };
      static constexpr std::size_t verb_entries = 64;
      std::array< verb_entry, verb_entries > m_verbs{};

      [[nodiscard]] static std::size_t verb_index( const std::size_t slot, const std::size_t at ) noexcept
      {
         return ( at + 17 * slot ) % verb_entries;
      }

      std::size_t m_end = static_cast< std::size_t >( -1 );
      std::uint32_t m_generation = 0;

      // Sets the generations of the positions up to n at least (doubling the part set, so that a
      // table that is used further and further is set in few steps), growing the table when it
      // is too small: its first growth makes room for m_reserve positions.
      QUOTH_NOINLINE void clean_to( const std::size_t n )
      {
         if( n > m_size ) {
            const std::size_t size = std::max( n + m_size / 2, m_reserve );
            std::unique_ptr< position[] > bigger( new position[ size ] ); // uninitialised
            // as bytes: values never recorded are copied, not read
            if( m_clean != 0 ) {
               std::memcpy( bigger.get(), m_positions.get(), m_clean * sizeof( position ) );
            }
            m_positions = std::move( bigger );
            m_size = size;
         }
         const std::size_t clean = std::min( m_size, std::max( n, 2 * m_clean ) );
         for( std::size_t k = m_clean; k < clean; ++k ) {
            m_positions[ k ].generation = 0;
         }
         m_clean = clean;
      }

      [[nodiscard]] std::size_t index( const std::size_t at ) const noexcept
      {
         return m_end - at;
      }
   };

   // The parse control: pegtl::normal, except that memoised rules look up and record their
   // outcome. State has members `memo` (a basic_rule_memo), `text` (the whole document) and `cap`.
   template< typename Rule >
   struct memo_control
     : pegtl::normal< Rule >
   {
      template< pegtl::apply_mode A, pegtl::rewind_mode M, template< typename... > class Action, template< typename... > class Control, typename ParseInput, typename State >
      [[nodiscard]] static bool match( ParseInput& in, State& st )
      {
         if constexpr( !is_memoised< Rule > ) {
            return pegtl::normal< Rule >::template match< A, M, Action, Control >( in, st );
         }
         else if constexpr( memo_with_captures_v< Rule > ) {
            if( !st.cap.empty() ) {
               return pegtl::normal< Rule >::template match< A, M, Action, Control >( in, st );
            }
            const auto at = static_cast< std::size_t >( in.current() - st.text.data() );
            st.memo.use_end( static_cast< std::size_t >( in.end() - st.text.data() ) );
            std::uint32_t v = 0;
            if( const auto* cap = st.memo.get_captured( memo_slot< Rule >::value, at, v ) ) {
               st.cap = *cap;
               if( v == std::decay_t< decltype( st.memo ) >::failed ) {
                  return false;
               }
               in.bump( v - 2 );
               return true;
            }
            const bool ok = pegtl::normal< Rule >::template match< A, M, Action, Control >( in, st );
            st.memo.put_captured( memo_slot< Rule >::value, at, ok ? static_cast< std::uint32_t >( static_cast< std::size_t >( in.current() - st.text.data() ) - at + 2 ) : std::decay_t< decltype( st.memo ) >::failed, st.cap );
            return ok;
         }
         else if constexpr( memo_with_verb_v< Rule > ) {
            using memo_t = std::decay_t< decltype( st.memo ) >;
            const auto at = static_cast< std::size_t >( in.current() - st.text.data() );
            st.memo.use_end( static_cast< std::size_t >( in.end() - st.text.data() ) );
            std::uint32_t v = 0;
            auto* verb = st.cap.verb;
            if( st.memo.get_verb( memo_slot< Rule >::value, at, v, verb ) ) {
               if( v == memo_t::failed ) {
                  return false;
               }
               if( verb != nullptr ) {
                  st.cap.verb = verb;
               }
               in.bump( v - 2 );
               return true;
            }
            // the verb the rule records is never nullptr: with none before it, what it leaves
            // tells whether it recorded one
            const auto before = st.cap.verb;
            st.cap.verb = nullptr;
            const bool ok = pegtl::normal< Rule >::template match< A, M, Action, Control >( in, st );
            const auto recorded = ok ? st.cap.verb : nullptr;
            if( recorded == nullptr ) {
               st.cap.verb = before;
            }
            st.memo.put_verb( memo_slot< Rule >::value, at, ok ? static_cast< std::uint32_t >( static_cast< std::size_t >( in.current() - st.text.data() ) - at + 2 ) : memo_t::failed, recorded );
            return ok;
         }
         else {
            static_assert( memo_slot< Rule >::value < memo_slots );
            using memo_t = std::decay_t< decltype( st.memo ) >;
            const auto at = static_cast< std::size_t >( in.current() - st.text.data() );
            st.memo.use_end( static_cast< std::size_t >( in.end() - st.text.data() ) );
            const std::uint32_t v = st.memo.get( memo_slot< Rule >::value, at );
            if( v == memo_t::failed ) {
               return false;
            }
            if( v != memo_t::unknown ) {
               in.bump( v - 2 );
               return true;
            }
            const bool ok = pegtl::normal< Rule >::template match< A, M, Action, Control >( in, st );
            st.memo.put( memo_slot< Rule >::value, at, ok ? static_cast< std::uint32_t >( static_cast< std::size_t >( in.current() - st.text.data() ) - at + 2 ) : memo_t::failed );
            return ok;
         }
      }
   };

} // namespace quoth::internal

#endif
