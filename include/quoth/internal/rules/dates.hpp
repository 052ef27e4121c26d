// SPDX-License-Identifier: MIT
#ifndef QUOTH_INTERNAL_RULES_DATES_HPP
#define QUOTH_INTERNAL_RULES_DATES_HPP

// Date phrases: "on April 3", "March 21, 2025", "3 April", "21 March 2025", "on Monday",
// "on Tuesday evening", "yesterday", "last week", "earlier this month", "in 2024".
// What a phrase states is read from its words afterwards (see interpret_date).

#include <cstddef>
#include <string_view>

#include "../lexicon.hpp"
#include "tokens.hpp"

namespace quoth::internal::rules
{
   // A capitalised month name or abbreviation ("March", "Sept."); "may" in lower case is a verb,
   // and three capitals with no period are an acronym ("DEC", "MAR").
   struct month : token< month >
   {
      static std::size_t test( const std::string_view s, const std::size_t i, const match_state& st ) noexcept
      {
         if( !starts_upper( s, i ) ) {
            return 0;
         }
         const std::size_t n = st.word_length( s, i );
         char buf[ 12 ];
         if( n < 3 || n > sizeof( buf ) || lexicon::month_number( ascii_lower( sub( s, i, n ), buf ) ) == 0 ) {
            return 0;
         }
         if( n == 3 && starts_upper( s, i + 1 ) && starts_upper( s, i + 2 ) && !( i + n < s.size() && s[ i + n ] == '.' ) ) {
            return 0;
         }
         return ( n <= 4 && i + n < s.size() && s[ i + n ] == '.' ) ? n + 1 : n;
      }
   };

   struct weekday : token< weekday >
   {
      static std::size_t test( const std::string_view s, const std::size_t i, const match_state& st ) noexcept
      {
         if( !starts_upper( s, i ) ) {
            return 0;
         }
         const std::size_t n = st.word_length( s, i );
         char buf[ 12 ];
         return ( n >= 6 && n <= sizeof( buf ) && lexicon::weekday_number( ascii_lower( sub( s, i, n ), buf ) ) != 0 ) ? n : 0;
      }
   };

   // 1..31 with an optional ordinal suffix: "3", "21st".
   struct day_number : token< day_number >
   {
      static std::size_t test( const std::string_view s, const std::size_t i, const match_state& st ) noexcept
      {
         std::size_t n = 0;
         int v = 0;
         while( i + n < s.size() && n < 3 && s[ i + n ] >= '0' && s[ i + n ] <= '9' ) {
            v = v * 10 + ( s[ i + n ] - '0' );
            ++n;
         }
         if( n == 0 || n > 2 || v < 1 || v > 31 ) {
            return 0;
         }
         const std::string_view sfx = sub( s, i + n, 2 );
         if( is( sfx, "st" ) || is( sfx, "nd" ) || is( sfx, "rd" ) || is( sfx, "th" ) ) {
            n += 2;
         }
         return ( st.word_length( s, i ) == n ) ? n : 0;
      }
   };

   // A four-digit year from 1800 to 2199.
   struct year_number : token< year_number >
   {
      static std::size_t test( const std::string_view s, const std::size_t i, const match_state& st ) noexcept
      {
         if( i + 4 > s.size() || st.word_length( s, i ) != 4 ) {
            return 0;
         }
         for( std::size_t k = 0; k < 4; ++k ) {
            if( s[ i + k ] < '0' || s[ i + k ] > '9' ) {
               return 0;
            }
         }
         return ( s[ i ] == '1' && s[ i + 1 ] == '8' ) || ( s[ i ] == '1' && s[ i + 1 ] == '9' ) || ( s[ i ] == '2' && ( s[ i + 1 ] == '0' || s[ i + 1 ] == '1' ) ) ? 4 : 0;
      }
   };

   struct part_of_day : kw_sor< kw< TAO_PEGTL_STRING( "morning" ) >, kw< TAO_PEGTL_STRING( "afternoon" ) >, kw< TAO_PEGTL_STRING( "evening" ) >, kw< TAO_PEGTL_STRING( "night" ) > >
   {};

   struct comma_year : pegtl::seq< sp, pegtl::one< ',' >, sp, year_number >
   {};

   // March 21, 2025 / March 21 / March 2025 / March
   struct month_first : pegtl::seq< month, pegtl::opt< ws, pegtl::sor< pegtl::seq< day_number, pegtl::opt< comma_year > >, year_number > > >
   {};

   // 21 March 2025 / 3 April
   struct day_first : pegtl::seq< day_number, ws, pegtl::opt< kw< TAO_PEGTL_STRING( "of" ) >, ws >, month, pegtl::opt< ws, year_number > >
   {};

   struct weekday_phrase : pegtl::seq< weekday, pegtl::opt< ws, part_of_day > >
   {};

   struct unit : kw_sor< kw< TAO_PEGTL_STRING( "week" ) >, kw< TAO_PEGTL_STRING( "month" ) >, kw< TAO_PEGTL_STRING( "year" ) >, kw< TAO_PEGTL_STRING( "weekend" ) >, weekday >
   {};

   // yesterday (evening) / last week / this month / earlier this year / the day before yesterday
   struct relative_phrase
     : pegtl::sor< pegtl::seq< kw_sor< kw< TAO_PEGTL_ISTRING( "yesterday" ) >, kw< TAO_PEGTL_ISTRING( "today" ) >, kw< TAO_PEGTL_ISTRING( "tomorrow" ) >, kw< TAO_PEGTL_ISTRING( "tonight" ) > >, pegtl::opt< ws, part_of_day > >,
                   pegtl::seq< kw_sor< kw< TAO_PEGTL_ISTRING( "last" ) >, kw< TAO_PEGTL_ISTRING( "next" ) >, kw< TAO_PEGTL_ISTRING( "this" ) > >, ws, unit >,
                   pegtl::seq< kw< TAO_PEGTL_ISTRING( "earlier" ) >, ws, kw< TAO_PEGTL_STRING( "this" ) >, ws, unit >,
                   pegtl::seq< kw< TAO_PEGTL_ISTRING( "the" ) >, ws, kw< TAO_PEGTL_STRING( "day" ) >, ws, kw< TAO_PEGTL_STRING( "before" ) >, ws, kw< TAO_PEGTL_STRING( "yesterday" ) > > >
   {};

   struct on_in : kw_sor< kw< TAO_PEGTL_ISTRING( "on" ) >, kw< TAO_PEGTL_ISTRING( "in" ) >, kw< TAO_PEGTL_ISTRING( "since" ) > >
   {};

   struct date_core : pegtl::sor< month_first, day_first, weekday_phrase >
   {};

   // The keywords a date phrase may start with (relative_phrase's and on_in's first keywords).
   inline constexpr std::string_view date_first_keywords[] = { "yesterday", "today", "tomorrow", "tonight", "last", "next", "this", "earlier", "the", "on", "in", "since" };
   inline constexpr auto date_first_keyword_set = lexicon::sorted( date_first_keywords );

   // Succeeds, consuming nothing, unless no date phrase starts here. Each alternative of
   // date_phrase starts with one of date_first_keywords (in either case), a digit (day_number)
   // or a capital letter (month, weekday). A keyword is followed by no word character, so at a
   // lower-case letter one starts only if the run of ASCII letters there spells it; at ASCII
   // punctuation or a space none of them starts.
   struct date_start
   {
      using rule_t = date_start;
      using subs_t = pegtl::empty_list;
      using quoth_analyze_t = pegtl::analyze_opt_traits<>;

      template< pegtl::apply_mode A, pegtl::rewind_mode M, template< typename... > class Action, template< typename... > class Control, typename ParseInput >
      [[nodiscard]] static bool match( ParseInput& in, match_state& /*unused*/ ) noexcept
      {
         const char* const p = in.current();
         const std::size_t size = in.size( 10 );
         if( size == 0 ) {
            return false;
         }
         const auto c = static_cast< unsigned char >( p[ 0 ] );
         if( c >= 'a' && c <= 'z' ) {
            std::size_t r = 1;
            while( r < size && ( ( static_cast< unsigned char >( p[ r ] ) | 0x20U ) >= 'a' ) && ( ( static_cast< unsigned char >( p[ r ] ) | 0x20U ) <= 'z' ) ) {
               ++r;
            }
            return date_first_keyword_set.may_contain( r, static_cast< char >( c ) ) && lexicon::contains_folded( date_first_keyword_set, std::string_view( p, r ) );
         }
         return c >= 0x80U || is_ascii_alnum( c );
      }
   };

   // A date phrase, with its preposition when it has one.
   struct date_phrase : pegtl::seq< date_start, pegtl::sor< relative_phrase, pegtl::seq< pegtl::opt< on_in, ws >, date_core >, pegtl::seq< on_in, ws, year_number > > >
   {};

} // namespace quoth::internal::rules

#endif
