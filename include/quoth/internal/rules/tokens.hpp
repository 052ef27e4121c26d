// SPDX-License-Identifier: MIT
#ifndef QUOTH_INTERNAL_RULES_TOKENS_HPP
#define QUOTH_INTERNAL_RULES_TOKENS_HPP

// The tokens the sentence grammar is written in: spaces, words, capitalised words, keywords,
// lexicon words and whole quotations (a quotation is one opaque token, found by the pairer).

#include <array>
#include <cstddef>
#include <cstring>
#include <string_view>

#include <tao/pegtl.hpp>

#include "../lexicon.hpp"
#include "../state.hpp"
#include "../text.hpp"

namespace quoth::internal::rules
{
   // A custom rule over the raw input: Derived::test( text, offset, state ) returns the number
   // of bytes matched, 0 for no match.
   template< typename Derived >
   struct token
   {
      using rule_t = Derived;
      using subs_t = pegtl::empty_list;
      using quoth_analyze_t = pegtl::analyze_any_traits<>;

      template< pegtl::apply_mode A, pegtl::rewind_mode M, template< typename... > class Action, template< typename... > class Control, typename ParseInput >
      [[nodiscard]] static bool match( ParseInput& in, match_state& st )
      {
         const std::size_t at = offset_of( in, st );
         const std::size_t limit = static_cast< std::size_t >( in.end() - st.text.data() );
         // the text up to the input's end (which lies inside it), without substr's check
         const std::size_t n = Derived::test( std::string_view( st.text.data(), limit ), at, st );
         if( n == 0 ) {
            return false;
         }
         in.bump( n );
         return true;
      }
   };

   // One or more spaces (including no-break spaces and single line breaks).
   struct ws : token< ws >
   {
      static std::size_t test( const std::string_view s, const std::size_t i, const match_state& /*unused*/ ) noexcept
      {
         // the common cases first: an ASCII byte above ' ' (no space), or one space before one
         const auto ascii_above_space = [ & ]( const std::size_t k ) noexcept {
            return k < s.size() && static_cast< unsigned char >( s[ k ] ) > ' ' && static_cast< unsigned char >( s[ k ] ) < 0x80U;
         };
         if( ascii_above_space( i ) ) {
            return 0;
         }
         if( i < s.size() && s[ i ] == ' ' && ascii_above_space( i + 1 ) ) {
            return 1;
         }
         return spaces_from( s, i );
      }

      // the rest, apart: the tests above stay small enough to be inlined
      QUOTH_NOINLINE static std::size_t spaces_from( const std::string_view s, const std::size_t i ) noexcept
      {
         std::size_t j = i;
         std::size_t len = 0;
         while( j < s.size() && is_space( decode( s, j, len ) ) ) {
            j += len;
         }
         return j - i;
      }
   };

   using sp = pegtl::opt< ws >;

   // Any word.
   struct word : token< word >
   {
      static std::size_t test( const std::string_view s, const std::size_t i, const match_state& st ) noexcept
      {
         return i < s.size() ? st.word_length( s, i ) : 0;
      }
   };

   // A year in two digits after an apostrophe: "’08", "'95" (also with the opening mark "‘08"
   // that typing often gives it).
   struct short_year : token< short_year >
   {
      static std::size_t test( const std::string_view s, const std::size_t i, const match_state& /*unused*/ ) noexcept
      {
         std::size_t n = 0;
         if( i < s.size() && s[ i ] == '\'' ) {
            n = 1;
         }
         else if( has_at( s, i, "\xE2\x80\x99" ) || has_at( s, i, "\xE2\x80\x98" ) ) {
            n = 3;
         }
         const auto digit = [ & ]( const std::size_t k ) { return k < s.size() && s[ k ] >= '0' && s[ k ] <= '9'; };
         if( n == 0 || !digit( i + n ) || !digit( i + n + 1 ) || ( i + n + 2 < s.size() && is_ascii_alnum( static_cast< unsigned char >( s[ i + n + 2 ] ) ) ) ) {
            return 0;
         }
         return n + 2;
      }
   };

   [[nodiscard]] inline bool starts_upper( const std::string_view s, const std::size_t i ) noexcept
   {
      std::size_t len = 0;
      return i < s.size() && is_upper( decode( s, i, len ) );
   }

   // A capitalised word, with the period of an initial or a title abbreviation ("J.", "Sen.").
   struct cap_word : token< cap_word >
   {
      static std::size_t test( const std::string_view s, const std::size_t i, const match_state& st ) noexcept
      {
         if( !starts_upper( s, i ) ) {
            return 0;
         }
         std::size_t n = st.word_length( s, i );
         if( n == 0 ) {
            return 0;
         }
         if( i + n < s.size() && s[ i + n ] == '.' ) {
            char buf[ 8 ];
            const std::string_view w = sub( s, i, n );
            if( n == 1 || initials( w ) || ( n < sizeof( buf ) && lexicon::contains( lexicon::sorted_abbreviations, ascii_lower( w, buf ) ) ) ) {
               ++n;
               while( i + n + 1 < s.size() && starts_upper( s, i + n ) && s[ i + n + 1 ] == '.' ) {
                  n += 2; // U.S., J.R.
               }
            }
         }
         return n;
      }
   };

   // A word that starts in lower case.
   struct lower_word : token< lower_word >
   {
      static std::size_t test( const std::string_view s, const std::size_t i, const match_state& st ) noexcept
      {
         if( i >= s.size() || starts_upper( s, i ) ) {
            return 0;
         }
         return st.word_length( s, i );
      }
   };

   // A word ending in 's or ’s (or s' / s’): "the ministry's", "Aerolin’s", "workers'".
   struct possessive : token< possessive >
   {
      static std::size_t test( const std::string_view s, const std::size_t i, const match_state& st ) noexcept
      {
         const std::size_t n = i < s.size() ? st.word_length( s, i ) : 0;
         if( n < 2 || s[ i + n - 1 ] != 's' ) {
            return 0; // all four forms end in s
         }
         if( n >= 3 ) {
            const std::string_view w = sub( s, i, n );
            if( rest_is( w, n - 2, "'s" ) || ( n >= 4 && rest_is( w, n - 4, "\xE2\x80\x99s" ) ) ) {
               return n;
            }
         }
         if( n >= 2 && i + n < s.size() && s[ i + n - 1 ] == 's' ) {
            if( s[ i + n ] == '\'' ) {
               return n + 1;
            }
            if( has_at( s, i + n, "\xE2\x80\x99" ) ) {
               return n + 3;
            }
         }
         return 0;
      }
   };

   // Is the word w a pronoun and its verb in one: "she's", "it’s", "that's" (lexicon::contractions)?
   [[nodiscard]] inline bool is_contraction( const std::string_view w ) noexcept
   {
      const std::size_t n = w.size();
      if( n < 4 || n > 10 || ( w[ n - 1 ] | 0x20 ) != 's' || ( w[ n - 2 ] != '\'' && w[ n - 2 ] != '\x99' ) ) {
         return false;
      }
      char buf[ 12 ];
      return lexicon::contains( lexicon::sorted_contractions, ascii_lower( w, buf ) );
   }

   // A word from a lexicon, compared in ASCII lower case.
   template< const auto& Table >
   struct lex : token< lex< Table > >
   {
      static std::size_t test( const std::string_view s, const std::size_t i, const match_state& st ) noexcept
      {
         const std::size_t n = i < s.size() ? st.word_length( s, i ) : 0;
         if( n == 0 || n > 24 || !Table.may_contain( n, ascii_lowered.to[ static_cast< unsigned char >( s[ i ] ) ] ) ) {
            return 0; // most words are turned away by their length and first letter, unlowered
         }
         return lexicon::contains_folded( Table, std::string_view( s.data() + i, n ) ) ? n : 0;
      }
   };

   // A word ending in -ly: "also", "later" are in the aux list; this catches "firmly", "publicly".
   struct ly_adverb : token< ly_adverb >
   {
      static std::size_t test( const std::string_view s, const std::size_t i, const match_state& st ) noexcept
      {
         if( i >= s.size() || starts_upper( s, i ) ) {
            return 0;
         }
         const std::size_t n = st.word_length( s, i );
         return ( n > 3 && s[ i + n - 2 ] == 'l' && s[ i + n - 1 ] == 'y' ) ? n : 0;
      }
   };

   // An "-ly" adverb that tells how the words were said ("said flatly", "wrote privately"), not
   // one that qualifies what follows ("said nearly 400 came", "said only the mayor knew").
   struct manner_adverb : token< manner_adverb >
   {
      static std::size_t test( const std::string_view s, const std::size_t i, const match_state& st ) noexcept
      {
         const std::size_t n = ly_adverb::test( s, i, st );
         if( n == 0 ) {
            return 0;
         }
         static constexpr std::string_view qualifiers[] = { "approximately", "barely", "exactly", "hardly", "largely", "likely", "merely", "mostly", "nearly", "only", "partly", "possibly", "probably", "roughly" };
         const std::string_view w = sub( s, i, n );
         for( const std::string_view q : qualifiers ) {
            if( w == q ) {
               return 0;
            }
         }
         return n;
      }
   };

   // One quotation mark: "to “go an extra step”".
   struct quote_mark : token< quote_mark >
   {
      static std::size_t test( const std::string_view s, const std::size_t i, const match_state& /*unused*/ ) noexcept
      {
         std::size_t len = 0;
         return i < s.size() && is_quote_mark( decode( s, i, len ) ) ? len : 0;
      }
   };

   // A whole top-level quotation, marks included.
   struct quote : token< quote >
   {
      static std::size_t test( const std::string_view s, const std::size_t i, const match_state& st ) noexcept
      {
         const raw_quote* q = st.quote_at( i );
         if( q == nullptr || q->close_end <= i ) {
            return 0;
         }
         return ( q->close_end <= s.size() ? q->close_end : s.size() ) - i;
      }
   };

   struct not_word_char
   {
      using rule_t = not_word_char;
      using subs_t = pegtl::empty_list;
      using quoth_analyze_t = pegtl::analyze_opt_traits<>;

      template< pegtl::apply_mode A, pegtl::rewind_mode M, template< typename... > class Action, template< typename... > class Control, typename ParseInput >
      [[nodiscard]] static bool match( ParseInput& in, match_state& st ) noexcept
      {
         const std::size_t at = offset_of( in, st );
         const std::size_t limit = static_cast< std::size_t >( in.end() - st.text.data() );
         if( at >= limit ) {
            return true;
         }
         std::size_t len = 0;
         return !is_word_char( decode( st.text, at, len ) );
      }
   };

   // A keyword spelt exactly, then a word end: pegtl::seq< pegtl::ascii::string< Cs... >,
   // not_word_char >, with its first byte compared before the rest (keywords are tried by the
   // dozen at a word, and most differ in their first letter).
   template< char C0, char... Cs >
   struct exact_kw
   {
      using rule_t = exact_kw;
      using subs_t = pegtl::empty_list;
      using quoth_analyze_t = pegtl::analyze_any_traits<>;

      template< pegtl::apply_mode A, pegtl::rewind_mode M, template< typename... > class Action, template< typename... > class Control, typename ParseInput >
      [[nodiscard]] static bool match( ParseInput& in, match_state& st ) noexcept
      {
         static constexpr char rest[] = { Cs..., 0 };
         constexpr std::size_t n = 1 + sizeof...( Cs );
         const char* const p = in.current();
         if( in.size( n ) < n || p[ 0 ] != C0 || std::memcmp( p + 1, rest, n - 1 ) != 0 ) {
            return false;
         }
         const std::size_t at = offset_of( in, st ) + n;
         const std::size_t limit = static_cast< std::size_t >( in.end() - st.text.data() );
         std::size_t len = 0;
         if( at < limit && is_word_char( decode( st.text, at, len ) ) ) {
            return false;
         }
         in.bump( n );
         return true;
      }
   };

   template< typename String >
   struct keyword_rule
   {
      using type = pegtl::seq< String, not_word_char >;
   };

   template< char... Cs >
   struct keyword_rule< pegtl::ascii::string< Cs... > >
   {
      using type = exact_kw< Cs... >;
   };

   // Keywords: exact spelling (TAO_PEGTL_STRING) or any case (TAO_PEGTL_ISTRING), then a word end.
   template< typename String >
   using kw = typename keyword_rule< String >::type;

   // The bytes a rule may start with: first_byte< Rule >::may_start( c ) is false only when
   // Rule cannot match an input that starts with c. Known for keywords and the sequences that
   // start with one; any byte for other rules.
   template< typename Rule >
   struct first_byte
   {
      [[nodiscard]] static constexpr bool may_start( const char /*unused*/ ) noexcept
      {
         return true;
      }
   };

   template< char C0, char... Cs >
   struct first_byte< exact_kw< C0, Cs... > >
   {
      [[nodiscard]] static constexpr bool may_start( const char c ) noexcept
      {
         return c == C0;
      }
   };

   template< char C0, char... Cs >
   struct first_byte< pegtl::ascii::istring< C0, Cs... > >
   {
      [[nodiscard]] static constexpr bool may_start( const char c ) noexcept
      {
         if constexpr( ( C0 >= 'a' && C0 <= 'z' ) || ( C0 >= 'A' && C0 <= 'Z' ) ) {
            return ( C0 | 0x20 ) == ( c | 0x20 ); // as pegtl::ascii::istring compares a letter
         }
         else {
            return c == C0;
         }
      }
   };

   template< typename Rule, typename... Rules >
   struct first_byte< pegtl::seq< Rule, Rules... > >
     : first_byte< Rule >
   {};

   // pegtl::sor< Rules... >, where an alternative is tried only when the next byte may start it:
   // a dozen keywords tried at a word cost a byte comparison each, not a parse each.
   template< typename... Rules >
   struct kw_sor
   {
      using rule_t = kw_sor;
      using subs_t = pegtl::type_list< Rules... >;
      using quoth_analyze_t = pegtl::analyze_sor_traits< Rules... >;

      template< pegtl::apply_mode A, pegtl::rewind_mode M, template< typename... > class Action, template< typename... > class Control, typename ParseInput >
      [[nodiscard]] static bool match( ParseInput& in, match_state& st )
      {
         if( in.empty() ) {
            return pegtl::sor< Rules... >::template match< A, M, Action, Control >( in, st );
         }
         const char c = in.peek_char();
         if( !may_start_any[ static_cast< unsigned char >( c ) ] ) {
            return false; // most bytes start none of the keywords: one look-up, not one test each
         }
         return ( ( first_byte< Rules >::may_start( c ) && Control< Rules >::template match< A, pegtl::rewind_mode::required, Action, Control >( in, st ) ) || ... );
      }

   private:
      static constexpr std::array< bool, 256 > may_start_any = [] {
         std::array< bool, 256 > a{};
         for( unsigned b = 0; b < 256; ++b ) {
            const auto c = static_cast< char >( static_cast< unsigned char >( b ) );
            a[ b ] = ( first_byte< Rules >::may_start( c ) || ... );
         }
         return a;
      }();
   };

   template< typename... Rules >
   struct first_byte< kw_sor< Rules... > >
   {
      [[nodiscard]] static constexpr bool may_start( const char c ) noexcept
      {
         return ( first_byte< Rules >::may_start( c ) || ... );
      }
   };

#define QUOTH_KW( name, text ) using name = kw< TAO_PEGTL_ISTRING( text ) >

   QUOTH_KW( kw_about, "about" );
   QUOTH_KW( kw_according, "according" );
   QUOTH_KW( kw_and, "and" );
   QUOTH_KW( kw_as, "as" );
   QUOTH_KW( kw_at, "at" );
   QUOTH_KW( kw_been, "been" );
   QUOTH_KW( kw_by, "by" );
   QUOTH_KW( kw_during, "during" );
   QUOTH_KW( kw_for, "for" );
   QUOTH_KW( kw_from, "from" );
   QUOTH_KW( kw_has, "has" );
   QUOTH_KW( kw_have, "have" );
   QUOTH_KW( kw_in, "in" );
   QUOTH_KW( kw_is, "is" );
   QUOTH_KW( kw_it, "it" );
   QUOTH_KW( kw_of, "of" );
   QUOTH_KW( kw_on, "on" );
   QUOTH_KW( kw_out, "out" );
   QUOTH_KW( kw_posted, "posted" );
   QUOTH_KW( kw_published, "published" );
   QUOTH_KW( kw_quoted, "quoted" );
   QUOTH_KW( kw_saying, "saying" );
   QUOTH_KW( kw_so, "so" );
   QUOTH_KW( kw_that, "that" );
   QUOTH_KW( kw_this, "this" );
   QUOTH_KW( kw_through, "through" );
   QUOTH_KW( kw_to, "to" );
   QUOTH_KW( kw_via, "via" );
   QUOTH_KW( kw_was, "was" );
   QUOTH_KW( kw_were, "were" );
   QUOTH_KW( kw_with, "with" );

#undef QUOTH_KW

   // Content running from here to the end of the sentence, without its final punctuation.
   struct rest : token< rest >
   {
      static std::size_t test( const std::string_view /*unused*/, const std::size_t i, const match_state& st ) noexcept
      {
         return st.content_end > i ? st.content_end - i : 0;
      }
   };

   // The end of the sentence: only final punctuation and spaces are left; consumes them.
   struct at_sentence_end
   {
      using rule_t = at_sentence_end;
      using subs_t = pegtl::empty_list;
      using quoth_analyze_t = pegtl::analyze_opt_traits<>;

      template< pegtl::apply_mode A, pegtl::rewind_mode M, template< typename... > class Action, template< typename... > class Control, typename ParseInput >
      [[nodiscard]] static bool match( ParseInput& in, match_state& st ) noexcept
      {
         if( offset_of( in, st ) >= st.content_end ) {
            in.bump( static_cast< std::size_t >( in.end() - in.current() ) );
            return true;
         }
         return false;
      }
   };

} // namespace quoth::internal::rules

#endif
