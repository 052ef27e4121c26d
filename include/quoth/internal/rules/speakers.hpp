// SPDX-License-Identifier: MIT
#ifndef QUOTH_INTERNAL_RULES_SPEAKERS_HPP
#define QUOTH_INTERNAL_RULES_SPEAKERS_HPP

// Speaker phrases: pronouns ("he"), names with titles ("Kremlin spokesman Dmitry Peskov",
// "Sen. Warren"), descriptions ("the press secretary of the President", "a senior official"),
// organisations ("the Armenian Foreign Ministry") and documents ("the congratulatory message").
// What kind a phrase is, and its name, are read from its words afterwards (see classify.hpp).

#include <algorithm>
#include <array>
#include <string_view>
#include <type_traits>

#include "../bytes16.hpp"
#include "../lexicon.hpp"
#include "dates.hpp"
#include "tokens.hpp"

namespace quoth::internal::rules
{
   struct pronoun : lex< lexicon::sorted_pronouns >
   {};

   struct determiner : lex< lexicon::sorted_determiners >
   {};

   // A role, organisation or document noun: lex< roles >, lex< organizations > or
   // lex< documents >, with the word read and lowered once for the three lists.
   struct head_noun : token< head_noun >
   {
      static std::size_t test( const std::string_view s, const std::size_t i, const match_state& st ) noexcept
      {
         const std::size_t n = i < s.size() ? st.word_length( s, i ) : 0;
         if( n == 0 || n > 24 || !lexicon::sorted_head_nouns.may_contain( n, ascii_lowered.to[ static_cast< unsigned char >( s[ i ] ) ] ) ) {
            return 0;
         }
         return lexicon::contains_folded( lexicon::sorted_head_nouns, std::string_view( s.data() + i, n ) ) ? n : 0;
      }
   };

   // A reporting verb in -s or -ed, in any case: "Says" and "Warned" in a headline are not
   // names ("Trump Says He Will Win").
   struct cue_form : token< cue_form >
   {
      static std::size_t test( const std::string_view s, const std::size_t i, const match_state& st ) noexcept
      {
         const std::size_t n = i < s.size() ? st.word_length( s, i ) : 0;
         if( n < 4 || ( s[ i + n - 1 ] != 's' && !( s[ i + n - 2 ] == 'e' && s[ i + n - 1 ] == 'd' ) ) ) {
            return 0;
         }
         return st.find_cue( s, i, n ) != nullptr ? n : 0;
      }
   };

   // One word of a name or title: "Kremlin", "spokesman", "press", "ministry's", "J.".
   // A capitalised preposition or subordinator ("On Tuesday", "In Iowa", "When Lind ...")
   // starts no name (inside a title-case headline it may stand in one: "Lind On Taxes").
   struct name_preposition : lex< lexicon::sorted_name_prepositions >
   {};

   struct cue_word; // below

   // (A head noun that is a cue form is no part of a name unless a cue follows: "Ortiz
   // [reports] Lind is ahead", but "Pentagon reports say".)
   // An initial or initials with their periods: "A." of "A. J. Brook", "A.J." (no article "A").
   struct initials_unit : token< initials_unit >
   {
      static std::size_t test( const std::string_view s, const std::size_t i, const match_state& /*unused*/ ) noexcept
      {
         std::size_t n = 0;
         while( i + n + 1 < s.size() && s[ i + n ] >= 'A' && s[ i + n ] <= 'Z' && s[ i + n + 1 ] == '.' ) {
            n += 2;
         }
         return n > 0 && i + n + 1 < s.size() && s[ i + n ] == ' ' && starts_upper( s, i + n + 1 ) ? n : 0;
      }
   };

   struct name_unit : pegtl::sor< possessive, initials_unit, pegtl::seq< pegtl::not_at< kw_sor< kw< TAO_PEGTL_ISTRING( "a" ) >, kw< TAO_PEGTL_ISTRING( "an" ) >, kw< TAO_PEGTL_ISTRING( "the" ) >, cue_form > >, cap_word >, pegtl::seq< pegtl::not_at< cue_form, pegtl::not_at< ws, cue_word > >, head_noun >, lex< lexicon::sorted_title_modifiers > >
   {};

   // A name unit that is no pronoun with its verb: not "the voters [she's] ready", "told voters
   // [he's] sorry" (a possessive as a name unit: "he's" alone still opens a speaker)
   struct noun_unit
   {
      using rule_t = noun_unit;
      using subs_t = pegtl::type_list< name_unit >;
      using quoth_analyze_t = pegtl::analyze_any_traits<>;

      template< pegtl::apply_mode A, pegtl::rewind_mode M, template< typename... > class Action, template< typename... > class Control, typename ParseInput >
      [[nodiscard]] static bool match( ParseInput& in, match_state& st )
      {
         const char* const w = in.current();
         auto m = in.template mark< pegtl::rewind_mode::required >();
         if( !Control< name_unit >::template match< A, pegtl::rewind_mode::active, Action, Control >( in, st ) ) {
            return m( false );
         }
         return m( !is_contraction( std::string_view( w, static_cast< std::size_t >( in.current() - w ) ) ) );
      }
   };

   // A lower-case word after a determiner that can be part of a description: not a reporting
   // verb, function word or -ly adverb ("the [city engineer]", "a [senior election official]").
   struct description_word : token< description_word >
   {
      static std::size_t test( const std::string_view s, const std::size_t i, const match_state& st ) noexcept
      {
         if( i >= s.size() || starts_upper( s, i ) ) {
            return 0;
         }
         const std::size_t n = st.word_length( s, i );
         if( n == 0 || n > 24 || is_digit( static_cast< unsigned char >( s[ i ] ) ) ) {
            return 0;
         }
         // the word as it stands: the look-ups and comparisons below take its letters in either case
         const std::string_view w( s.data() + i, n );
         if( lexicon::contains_any_case( lexicon::sorted_stop_words, w ) || ( n > 3 && lexicon::ends_with_folded( w, "ly" ) && !lexicon::contains_any_case( lexicon::sorted_ly_nouns, w ) ) ) {
            return 0;
         }
         if( n > 3 && ( lexicon::ends_with_folded( w, "n't" ) || ( n > 5 && lexicon::ends_with_folded( w, "n\xE2\x80\x99t" ) ) ) ) {
            return 0; // "didn't", "won’t": an auxiliary
         }
         if( is_contraction( w ) ) {
            return 0; // "she's", "it’s": a subject and its verb ("told the crowd it’s over")
         }
         if( ( n == 6 || n == 9 ) && ( lexicon::equal_folded( "posted", w ) || lexicon::equal_folded( "published", w ) ) && !has_at( s, i + n, " by " ) ) {
            std::size_t j = i + n;
            while( j < s.size() && s[ j ] == ' ' ) {
               ++j;
            }
            const std::string_view next = sub( s, j, 3 );
            if( is( next, "on " ) || is( next, "in " ) || is( next, "at " ) || is( next, "by " ) ) {
               return 0; // "the statement posted on its website": the participle starts a medium
            }
         }
         if( n > 4 && has_at( s, i + n - 2, "ed by " ) ) {
            return 0; // "a survey [conducted] by Gallup": a participle with its agent, after the noun
         }
         if( st.find_cue( s, i, n ) != nullptr ) {
            if( !lexicon::contains_any_case( lexicon::sorted_documents, w ) && !lexicon::contains_any_case( lexicon::sorted_roles, w ) ) {
               return 0;
            }
            if( ( static_cast< unsigned char >( w.back() ) | 0x20U ) == 's' ) {
               // a document in -s is the verb unless a cue follows: "the Courier [reports]
               // Lind is ahead", but "the Pentagon reports say"
               std::size_t j = i + n;
               while( j < s.size() && s[ j ] == ' ' ) {
                  ++j;
               }
               const std::size_t m = j > i + n ? st.word_length( s, j ) : 0;
               if( m == 0 || st.find_cue( s, j, m ) == nullptr ) {
                  return 0;
               }
            }
         }
         if( lexicon::equal_folded( "put", w ) && has_at( s, i + n, " it" ) ) {
            return 0; // "as the coach put it"
         }
         return n;
      }
   };

   // A lower-case adjective inside a title, by its ending: "presidential", "economic", "executive".
   struct title_adjective : token< title_adjective >
   {
      static std::size_t test( const std::string_view s, const std::size_t i, const match_state& st ) noexcept
      {
         if( i >= s.size() || starts_upper( s, i ) ) {
            return 0;
         }
         const std::size_t n = st.word_length( s, i );
         if( n < 5 ) {
            return 0;
         }
         const std::string_view w = sub( s, i, n );
         for( const std::string_view e : { "al", "ic", "ive", "ary", "ian", "ent", "ant", "ior" } ) {
            if( w.size() > e.size() && ends_with( w, e ) ) {
               return n;
            }
         }
         return 0;
      }
   };

   // Name and title words; lower-case words may stand between them when a name or title word
   // follows: "FBI general counsel James Baker", "Top Labour Party donor Jo Smith".
   // A verb in the past after a name is no description: "Lind met survivors", "Cruz knocked
   // Rubio" (not "Clinton campaign chairman John Podesta"). A lower-case word in -ed (not
   // "-eed": "speed", "greed"; not after an adverb in -ly: "Sparsely populated"; not one of
   // the participles that describe voters and officials: "registered voters") or a common
   // irregular past.
   inline constexpr std::string_view irregular_pasts[] = { "beat", "bought", "brought", "came", "caught", "drew", "fought", "gave", "got", "grew", "held", "hit", "kept", "knew", "led", "left", "lost", "made", "met", "ran", "sat", "sent", "sought", "taught", "took", "went", "won" };
   inline constexpr auto irregular_past_set = lexicon::sorted( irregular_pasts );

   struct past_verb : token< past_verb >
   {
      static std::size_t test( const std::string_view s, const std::size_t i, const match_state& st ) noexcept
      {
         const std::size_t n = ( i < s.size() && s[ i ] >= 'a' && s[ i ] <= 'z' ) ? st.word_length( s, i ) : 0;
         if( n > 4 && has_at( s, i + n - 2, "ed" ) && s[ i + n - 3 ] != 'e' ) {
            static constexpr std::string_view adjectives[] = { "concerned", "elected", "organized", "registered", "retired", "undecided", "united", "unnamed" };
            const std::string_view w = sub( s, i, n );
            for( const std::string_view a : adjectives ) {
               if( w == a ) {
                  return 0;
               }
            }
            if( ( i >= 3 && has_at( s, i - 3, "ly " ) ) || w.find( '-' ) != std::string_view::npos ) {
               return 0; // "state-owned"
            }
            // "the poll released Saturday": a participle before its date
            std::size_t j = i + n;
            while( j < s.size() && s[ j ] == ' ' ) {
               ++j;
            }
            const std::size_t m = st.word_length( s, j );
            char buf[ 16 ];
            const std::string_view next = m >= 6 && m < sizeof( buf ) ? ascii_lower( sub( s, j, m ), buf ) : std::string_view();
            for( const std::string_view d : lexicon::weekdays ) {
               if( next.substr( 0, d.size() ) == d ) {
                  return 0;
               }
            }
            return n;
         }
         return ( n >= 3 && n <= 7 && irregular_past_set.may_contain( n, s[ i ] ) && lexicon::contains( irregular_past_set, sub( s, i, n ) ) ) ? n : 0;
      }
   };

   // "campaign chairman" between "Clinton" and "John Podesta" (no verb: "Cruz knocked Rubio";
   // past_verb is tried only once the rest holds, as that is rare)
   struct name_between_words : pegtl::seq< pegtl::sor< title_adjective, description_word >, pegtl::rep_opt< 2, ws, pegtl::sor< title_adjective, description_word > >, ws, name_unit >
   {};

   struct name_between : pegtl::seq< ws, pegtl::at< name_between_words >, pegtl::not_at< past_verb >, name_between_words >
   {};

   struct name_units : pegtl::seq< pegtl::not_at< name_preposition >, name_unit, pegtl::star< pegtl::sor< pegtl::seq< ws, noun_unit >, name_between > > >
   {};

   struct description_unit : pegtl::sor< noun_unit, description_word >
   {};

   struct determined_year : token< determined_year >
   {
      // "a 2008 Clinton veteran", "the 46-year-old": a year or an age after the determiner
      static std::size_t test( const std::string_view s, const std::size_t i, const match_state& st ) noexcept
      {
         const std::size_t n = i < s.size() ? st.word_length( s, i ) : 0;
         if( n < 4 || !is_digit( static_cast< unsigned char >( s[ i ] ) ) || !is_digit( static_cast< unsigned char >( s[ i + 1 ] ) ) ) {
            return 0;
         }
         const std::string_view w = sub( s, i, n );
         const bool year = n == 4 && is_digit( static_cast< unsigned char >( w[ 2 ] ) ) && is_digit( static_cast< unsigned char >( w[ 3 ] ) );
         const bool age = w.size() >= 11 && ( rest_is( w, 2, "-year-old" ) || rest_is( w, 2, "-year-olds" ) );
         return year || age ? n : 0;
      }
   };

   struct determined : pegtl::seq< determiner, ws, pegtl::sor< pegtl::seq< determined_year, pegtl::rep_opt< 5, ws, description_unit > >, pegtl::seq< description_unit, pegtl::rep_opt< 5, ws, description_unit > > > >
   {};

   // A number, in figures or words: "66", "Sixty-six", "four", "10".
   struct number_word : token< number_word >
   {
      static std::size_t test( const std::string_view s, const std::size_t i, const match_state& st ) noexcept
      {
         const std::size_t n = i < s.size() ? st.word_length( s, i ) : 0;
         if( n == 0 ) {
            return 0;
         }
         if( is_digit( static_cast< unsigned char >( s[ i ] ) ) ) {
            return n;
         }
         char buf[ 24 ];
         if( n > sizeof( buf ) ) {
            return 0;
         }
         return names( ascii_lower( sub( s, i, n ), buf ) ) ? n : 0;
      }

      // Is the word w (ASCII lower case, not starting with a digit) a number? A stem, a stem
      // and a hyphen ("sixty-six"), or "hundred" and anything ("hundredfold"): no stem holds a
      // hyphen, so the word up to its first hyphen is the stem.
      [[nodiscard]] static constexpr bool names( const std::string_view w ) noexcept
      {
         const std::string_view head = sub( w, 0, w.find( '-' ) );
         return lexicon::contains( stem_set, head ) || has_at( w, 0, "hundred" );
      }

      static constexpr std::string_view stems[] = { "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred", "half", "most", "majority", "majorities", "third", "quarter", "dozens", "hundreds", "thousands", "millions" };

   private:
      static constexpr auto stem_set = lexicon::sorted( stems );
   };

   struct approximately : kw_sor< pegtl::seq< kw< TAO_PEGTL_ISTRING( "at" ) >, ws, kw< TAO_PEGTL_STRING( "least" ) > >, pegtl::seq< kw_sor< kw< TAO_PEGTL_ISTRING( "more" ) >, kw< TAO_PEGTL_ISTRING( "fewer" ) >, kw< TAO_PEGTL_ISTRING( "less" ) > >, ws, kw< TAO_PEGTL_STRING( "than" ) > >, kw< TAO_PEGTL_ISTRING( "just" ) >, kw< TAO_PEGTL_ISTRING( "about" ) >, kw< TAO_PEGTL_ISTRING( "nearly" ) >, kw< TAO_PEGTL_ISTRING( "almost" ) >, kw< TAO_PEGTL_ISTRING( "roughly" ) >, kw< TAO_PEGTL_ISTRING( "only" ) >, kw< TAO_PEGTL_ISTRING( "over" ) >, kw< TAO_PEGTL_ISTRING( "some" ) > >
   {};

   // "Sixty-six percent", "About 4 in 10 voters", "six of the 10 senators" (a number and a comma
   // are an age or a list: "Dana Ruiz, 41, of Lakeview")
   struct quantity : pegtl::seq< pegtl::opt< approximately, ws >, number_word, pegtl::not_at< pegtl::one< ',' > >, pegtl::opt< ws, kw_in, ws, number_word >, pegtl::opt< pegtl::sor< pegtl::seq< ws, kw< TAO_PEGTL_STRING( "percent" ) > >, pegtl::seq< sp, pegtl::one< '%' > > > >, pegtl::rep_opt< 6, ws, description_unit > >
   {};

   // "law enforcement officials", "political experts": a role noun after lower-case words
   struct bare_role : pegtl::seq< pegtl::rep_opt< 3, pegtl::not_at< head_noun >, description_word, ws >, head_noun >
   {};

   // A lower-case plural with no determiner: "donors", "political analysts", "some senators".
   // (description_word through the parse control, so that its memoised outcome is reused)
   struct plural_word
   {
      using rule_t = plural_word;
      using subs_t = pegtl::type_list< description_word >;
      using quoth_analyze_t = pegtl::analyze_any_traits<>;

      template< pegtl::apply_mode A, pegtl::rewind_mode M, template< typename... > class Action, template< typename... > class Control, typename ParseInput >
      [[nodiscard]] static bool match( ParseInput& in, match_state& st )
      {
         const char* const w = in.current();
         auto m = in.template mark< pegtl::rewind_mode::required >();
         if( !Control< description_word >::template match< A, pegtl::rewind_mode::active, Action, Control >( in, st ) ) {
            return m( false );
         }
         const auto n = static_cast< std::size_t >( in.current() - w );
         return m( n > 3 && w[ n - 1 ] == 's' && w[ n - 2 ] != 's' && w[ n - 2 ] != 'u' && w[ n - 2 ] != '\'' );
      }
   };

   // Two descriptions joined by "and" may lead the run: "current and former officials", "young
   // and old voters".
   struct bare_plural
     : pegtl::seq< pegtl::opt< pegtl::not_at< plural_word >, description_word, ws, kw_and, ws, pegtl::at< description_word, ws, plural_word > >,
                   pegtl::rep_opt< 2, pegtl::not_at< plural_word, pegtl::not_at< ws, description_word > >, description_word, ws >,
                   plural_word >
   {};

   // Name or title words and the plural noun they qualify: "Democratic strategists", "Europe's
   // conservative politicians", "Obama administration officials".
   // The cue lexicon's entry for the word at i, or nullptr; n is set to the word's length.
   [[nodiscard]] inline const lexicon::verb* cue_entry_at( const std::string_view s, const std::size_t i, const match_state& st, std::size_t& n ) noexcept
   {
      n = i < s.size() ? st.word_length( s, i ) : 0;
      return ( n >= 3 && n <= 24 ) ? st.find_cue( s, i, n ) : nullptr; // find_cue takes either case
   }

   // Any form of a reporting verb ("said", "warns", "claiming"), not an attitude ("eager").
   struct cue_word : token< cue_word >
   {
      static std::size_t test( const std::string_view s, const std::size_t i, const match_state& st ) noexcept
      {
         std::size_t n = 0;
         const lexicon::verb* v = cue_entry_at( s, i, st, n );
         return ( v != nullptr && v->use != lexicon::cue_use::attitude && v->use != lexicon::cue_use::doubt ) ? n : 0;
      }
   };

   struct appositive_name; // below ("Lind's opponent, Bo Reyes, said")

   struct qualified_noun
     : pegtl::sor< pegtl::seq< name_units, ws, pegtl::not_at< cue_form, pegtl::not_at< ws, cue_word > >, pegtl::at< bare_plural >, pegtl::not_at< past_verb >, bare_plural >, // not "the Courier [reports] Lind is ahead" ("Pentagon reports say" is one)
                   pegtl::seq< name_units, pegtl::rep_min_max< 1, 2, ws, description_word >, pegtl::at< pegtl::opt< appositive_name >, ws, pegtl::rep_opt< 2, kw_sor< kw< TAO_PEGTL_STRING( "has" ) >, kw< TAO_PEGTL_STRING( "have" ) >, kw< TAO_PEGTL_STRING( "had" ) >, kw< TAO_PEGTL_STRING( "also" ) >, kw< TAO_PEGTL_STRING( "will" ) >, kw< TAO_PEGTL_STRING( "would" ) > >, ws >, cue_word > > >
   {};

   // "veteran Republicans", "centrist Democrats": lower-case words before a group of people
   struct group_word : token< group_word >
   {
      static std::size_t test( const std::string_view s, const std::size_t i, const match_state& st ) noexcept
      {
         const std::size_t n = cap_word::test( s, i, st );
         return ( n > 4 && s[ i + n - 1 ] == 's' && s[ i + n - 2 ] != 's' && s[ i + n - 2 ] != '\'' ) ? n : 0;
      }
   };

   struct qualified_group : pegtl::seq< pegtl::rep_min_max< 1, 2, description_word, ws >, group_word, pegtl::not_at< ws, name_unit > >
   {};

   // "retired neurosurgeon Ben Carson", "undecided voter Marta Velez", "longtime Democratic
   // strategist Ann Lee", "lobbyist and GOP adviser Tom Ode": lower-case words that describe a
   // person before the person's name of at least two words
   struct described_name : pegtl::seq< pegtl::rep_min_max< 1, 3, description_word, ws >, pegtl::opt< kw_and, ws >, pegtl::at< cap_word, pegtl::rep_max< 2, ws, description_word >, ws, cap_word >, name_units >
   {};

   struct simple_np : pegtl::sor< determined, quantity, qualified_noun, name_units, described_name, bare_role, bare_plural, qualified_group >
   {};

   // Checks, after "from" and its noun phrase, that the phrase says where the speaker is from:
   // after a name only a name or a body ("Ada Ek from Harbour Watch", "Ek from the council"),
   // not "to block Ada Ek [from the nomination]", "arriving in the United States [from my usual]
   // reporting post".
   struct from_fits
   {
      using rule_t = from_fits;
      using subs_t = pegtl::empty_list;
      using quoth_analyze_t = pegtl::analyze_opt_traits<>;

      template< pegtl::apply_mode A, pegtl::rewind_mode M, template< typename... > class Action, template< typename... > class Control, typename ParseInput >
      [[nodiscard]] static bool match( ParseInput& in, match_state& st ) noexcept
      {
         const std::string_view s = st.text;
         const std::size_t at = offset_of( in, st );
         const std::size_t from = s.rfind( " from ", at );
         if( from == std::string_view::npos || from == 0 ) {
            return false;
         }
         std::size_t b = from;
         while( b > 0 && s[ b - 1 ] != ' ' ) {
            --b;
         }
         if( !starts_upper( s, b ) ) {
            return true;
         }
         std::size_t l = at;
         while( l > from && s[ l - 1 ] != ' ' ) {
            --l;
         }
         char buf[ 24 ];
         return starts_upper( s, l ) || ( at - l < sizeof( buf ) && lexicon::contains( lexicon::sorted_organizations, ascii_lower( sub( s, l, at - l ), buf ) ) );
      }
   };

   // "of the President of the Russian Federation", "for the company", "at the University", "from the council".
   struct of_phrase : pegtl::sor< scoped< ws, kw_sor< kw_of, kw_for >, ws, simple_np >, scoped< ws, kw_from, ws, simple_np, from_fits >, scoped< ws, kw_at, ws, pegtl::opt< determiner, ws >, name_units > >
   {};

   // Succeeds, consuming nothing, right after "by" that follows a document noun ("poll",
   // "report", "study").
   struct by_after_document
   {
      using rule_t = by_after_document;
      using subs_t = pegtl::empty_list;
      using quoth_analyze_t = pegtl::analyze_opt_traits<>;

      template< pegtl::apply_mode A, pegtl::rewind_mode M, template< typename... > class Action, template< typename... > class Control, typename ParseInput >
      [[nodiscard]] static bool match( ParseInput& in, match_state& st ) noexcept
      {
         std::size_t at = offset_of( in, st ) - 2; // (before "by")
         while( at > 0 && st.text[ at - 1 ] == ' ' ) {
            --at;
         }
         std::size_t b = at;
         while( b > 0 && at - b < 16 && ( static_cast< unsigned char >( st.text[ b - 1 ] ) | 0x20U ) >= 'a' && ( static_cast< unsigned char >( st.text[ b - 1 ] ) | 0x20U ) <= 'z' ) {
            --b;
         }
         char buf[ 16 ];
         return b < at && at - b < sizeof( buf ) && lexicon::contains( lexicon::sorted_documents, ascii_lower( sub( st.text, b, at - b ), buf ) );
      }
   };

   // "a poll by the Courier", "the report by the council": who made a document.
   struct maker_phrase : scoped< ws, kw_by, by_after_document, ws, simple_np >
   {};

   // Succeeds when one of the next five words names a medium: "in a [statement]", "in an
   // [interview] with", which are not part of the speaker.
   struct medium_ahead : token< medium_ahead >
   {
      static std::size_t test( const std::string_view s, const std::size_t i, const match_state& st ) noexcept
      {
         std::size_t j = i;
         bool determined = false; // "in a TV show", "in Ohio show": a determiner before a medium that may be a verb
         for( int k = 0; k < 5 && j < s.size(); ++k ) {
            const std::size_t n = st.word_length( s, j );
            char buf[ 24 ];
            if( n == 0 || n > sizeof( buf ) ) {
               return 0;
            }
            const std::string_view w = ascii_lower( sub( s, j, n ), buf );
            if( lexicon::contains( lexicon::sorted_media, w ) && ( determined || !lexicon::contains( lexicon::sorted_verb_like_media, w ) ) ) {
               return 1;
            }
            determined = determined || lexicon::contains( lexicon::sorted_determiners, w ) || ends_with( w, "'s" ) || ends_with( w, "\xE2\x80\x99s" );
            j += n;
            while( j < s.size() && s[ j ] == ' ' ) {
               ++j;
            }
         }
         return 0;
      }
   };

   // "officials in Kabul", "a report in a Vermont paper": where the speaker is.
   struct in_phrase : scoped< ws, kw_in, ws, pegtl::not_at< date_phrase >, pegtl::not_at< medium_ahead >, simple_np >
   {};

   // "X and Y"
   struct and_np : scoped< ws, kw_and, ws, simple_np, pegtl::rep_opt< 2, of_phrase > > // ("Ada Brook and Sera Kell of the institute")
   {};

   // "one of the officials", "some of the organisers"
   using one_of_word = kw_sor< kw< TAO_PEGTL_ISTRING( "one" ) >, kw< TAO_PEGTL_ISTRING( "some" ) >, kw< TAO_PEGTL_ISTRING( "many" ) >, kw< TAO_PEGTL_ISTRING( "two" ) >, kw< TAO_PEGTL_ISTRING( "none" ) > >;

   struct one_of : pegtl::seq< one_of_word, ws, kw_of, ws, simple_np >
   {};

   // "people familiar with the talks", "officials close to the president"
   struct informed : scoped< ws, kw_sor< pegtl::seq< kw< TAO_PEGTL_STRING( "familiar" ) >, ws, kw_with >, pegtl::seq< kw< TAO_PEGTL_STRING( "close" ) >, ws, kw_to >, pegtl::seq< kw< TAO_PEGTL_STRING( "briefed" ) >, ws, kw_on >, pegtl::seq< kw_with, ws, pegtl::opt< kw< TAO_PEGTL_STRING( "direct" ) >, ws >, kw< TAO_PEGTL_STRING( "knowledge" ) >, ws, kw_of > >, ws, pegtl::sor< pegtl::seq< pegtl::opt< determiner, ws >, pegtl::rep_max< 2, pegtl::not_at< possessive >, cap_word, ws >, possessive, ws, word >, simple_np, pegtl::seq< pegtl::sor< determiner, possessive >, ws, word >, kw< TAO_PEGTL_STRING( "him" ) >, kw< TAO_PEGTL_STRING( "her" ) >, kw< TAO_PEGTL_STRING( "them" ) > >, pegtl::rep_opt< 2, of_phrase > >
   {};

   // "compiled by Real Clear Politics", "published in the journal": a participle after the noun
   struct participle_word : token< participle_word >
   {
      static std::size_t test( const std::string_view s, const std::size_t i, const match_state& st ) noexcept
      {
         const std::size_t n = ( i < s.size() && !starts_upper( s, i ) ) ? st.word_length( s, i ) : 0;
         if( n <= 4 || n > 24 || !has_at( s, i + n - 2, "ed" ) ) {
            return 0;
         }
         return st.find_cue( s, i, n ) == nullptr ? n : 0; // not "announced on" (in either case)
      }
   };

   struct post_participle : scoped< ws, pegtl::not_at< kw_sor< kw_posted, kw_published >, pegtl::not_at< ws, kw_by > >, participle_word, ws, kw_sor< kw_by, kw_in, kw_on, kw_at, kw_from >, ws, simple_np >
   {};

   // "they all", "we both": a plural pronoun with its quantifier
   struct pronoun_phrase : pegtl::seq< pronoun, pegtl::opt< ws, pegtl::sor< kw< TAO_PEGTL_STRING( "all" ) >, kw< TAO_PEGTL_STRING( "both" ) > >, pegtl::not_at< ws, kw_of > > >
   {};

   // "many", "some", "others": a quantity alone ("The plan, some argue, is bad")
   using quantity_word = kw_sor< kw< TAO_PEGTL_ISTRING( "many" ) >, kw< TAO_PEGTL_ISTRING( "some" ) >, kw< TAO_PEGTL_ISTRING( "others" ) >, kw< TAO_PEGTL_ISTRING( "most" ) >, kw< TAO_PEGTL_ISTRING( "several" ) >, kw< TAO_PEGTL_ISTRING( "few" ) >, kw< TAO_PEGTL_ISTRING( "another" ) >, kw< TAO_PEGTL_ISTRING( "both" ) > >;

   struct quantity_pronoun : pegtl::seq< quantity_word, pegtl::not_at< ws, kw_of > >
   {};

   // lead_word< Rule >::may_be( w ): could Rule match at a word of ASCII letters whose lower
   // case is w? A keyword matches a whole word only (no word character may follow it), so it
   // matches such a word only when it spells it; a choice of keywords, or a sequence that starts
   // with one, when one of them does. Any other rule may match.
   template< typename Rule >
   struct lead_word
   {
      [[nodiscard]] static constexpr bool may_be( const std::string_view /*unused*/ ) noexcept
      {
         return true;
      }
   };

   template< char... Cs >
   struct lead_word< exact_kw< Cs... > >
   {
      [[nodiscard]] static constexpr bool may_be( const std::string_view w ) noexcept
      {
         constexpr char k[] = { Cs... };
         return lexicon::equal_folded( w, std::string_view( k, sizeof...( Cs ) ) );
      }
   };

   template< char... Cs >
   struct lead_word< pegtl::seq< pegtl::ascii::istring< Cs... >, not_word_char > >
   {
      [[nodiscard]] static constexpr bool may_be( const std::string_view w ) noexcept
      {
         constexpr char k[] = { Cs... };
         return lexicon::equal_folded( w, std::string_view( k, sizeof...( Cs ) ) );
      }
   };

   template< typename Rule, typename... Rules >
   struct lead_word< pegtl::seq< Rule, Rules... > >
     : lead_word< Rule >
   {};

   template< typename... Rules >
   struct lead_word< kw_sor< Rules... > >
   {
      [[nodiscard]] static constexpr bool may_be( const std::string_view w ) noexcept
      {
         return ( lead_word< Rules >::may_be( w ) || ... );
      }
   };

   // The words that start no speaker phrase. Each alternative of speaker_phrase (below) starts
   // with one of these tokens at its first word:
   //   pronoun_phrase: pronoun;  one_of: one_of_word;  quantity_pronoun: its keywords;
   //   simple_np: determined: determiner;  quantity: approximately or number_word;
   //     qualified_noun and name_units: name_units, which is not_at< name_preposition > and
   //       a name_unit (possessive, cap_word, head_noun or a title modifier);
   //     described_name, qualified_group: description_word;  bare_role: description_word or
   //     head_noun;  bare_plural: description_word or plural_word (a description_word).
   // A word of ASCII letters then is the start of none when its lower case w
   // - is none of the words of pronoun, one_of_word, determiner, approximately, number_word,
   //   head_noun and the title modifiers (speaker_start_open), and
   // - is a stop word and starts in lower case (description_word turns it away; cap_word
   //   needs an upper-case letter), or is a name preposition and starts in upper case
   //   (description_word turns it away; name_units does not start at it), and
   // - is no possessive (a word in s followed by an apostrophe: "is'"), checked in the text.
   [[nodiscard]] constexpr bool speaker_start_open( const std::string_view w ) noexcept
   {
      return lexicon::contains( lexicon::sorted_pronouns, w ) || lead_word< one_of_word >::may_be( w ) || lead_word< quantity_word >::may_be( w ) || lexicon::contains( lexicon::sorted_determiners, w ) || lead_word< approximately::rule_t >::may_be( w ) || number_word::names( w ) || lexicon::contains( lexicon::sorted_head_nouns, w ) || lexicon::contains( lexicon::sorted_title_modifiers, w );
   }

   // The words of several lists in one array.
   template< std::size_t... Ns >
   [[nodiscard]] constexpr std::array< std::string_view, ( Ns + ... + 0 ) > join_words( const std::array< std::string_view, Ns >&... lists ) noexcept
   {
      std::array< std::string_view, ( Ns + ... + 0 ) > out{};
      std::size_t k = 0;
      const auto add = [ & ]( const auto& list ) {
         for( const std::string_view w : list ) {
            out[ k++ ] = w;
         }
      };
      ( add( lists ), ... );
      return out;
   }

   template< std::size_t N >
   [[nodiscard]] constexpr std::array< std::string_view, N > word_array( const std::string_view ( &words )[ N ] ) noexcept
   {
      std::array< std::string_view, N > out{};
      for( std::size_t k = 0; k < N; ++k ) {
         out[ k ] = words[ k ];
      }
      return out;
   }

   [[nodiscard]] constexpr char lower_char( const char c ) noexcept
   {
      return ( c >= 'A' && c <= 'Z' ) ? static_cast< char >( c - 'A' + 'a' ) : c;
   }

   // keyword_list< Rule >::value: the keywords, in lower case, of which Rule starts with one,
   // for a rule that starts with a keyword: a keyword, a choice of them, a sequence that starts
   // with one (so lead_word< Rule >::may_be( w ) exactly for the w in it). Any other rule does
   // not compile.
   template< typename Rule >
   struct keyword_list
   {
      static_assert( !std::is_same_v< typename Rule::rule_t, Rule >, "a rule that does not start with a keyword" );
      static constexpr auto value = keyword_list< typename Rule::rule_t >::value;
   };

   template< char C0, char... Cs >
   struct keyword_list< exact_kw< C0, Cs... > >
   {
      static constexpr char text[] = { lower_char( C0 ), lower_char( Cs )... };
      static constexpr std::array< std::string_view, 1 > value{ std::string_view( text, 1 + sizeof...( Cs ) ) };
   };

   template< char... Cs >
   struct keyword_list< pegtl::internal::seq< pegtl::ascii::istring< Cs... >, not_word_char > >
   {
      static constexpr char text[] = { lower_char( Cs )... };
      static constexpr std::array< std::string_view, 1 > value{ std::string_view( text, sizeof...( Cs ) ) };
   };

   template< typename Rule, typename... Rules >
   struct keyword_list< pegtl::internal::seq< Rule, Rules... > >
     : keyword_list< Rule >
   {};

   template< typename... Rules >
   struct keyword_list< kw_sor< Rules... > >
   {
      static constexpr auto value = join_words( keyword_list< Rules >::value... );
   };

   // The words of speaker_start_open, in one set: the words of its lists and the keywords of its
   // rules, with number_word's stems (of the numbers, only the words in "hundred" are not in it).
   inline constexpr auto speaker_open_words = lexicon::sorted( join_words( word_array( number_word::stems ), word_array( lexicon::pronouns ), keyword_list< one_of_word >::value, keyword_list< quantity_word >::value, word_array( lexicon::determiners ), keyword_list< approximately::rule_t >::value, word_array( lexicon::role_nouns ), word_array( lexicon::organization_nouns ), word_array( lexicon::document_nouns ), word_array( lexicon::title_modifiers ) ) );

   // speaker_start_open( w ) for a word w of ASCII letters in lower case (no hyphen: number_word
   // reads it whole), in one look-up.
   [[nodiscard]] inline bool speaker_start_open_quick( const std::string_view w ) noexcept
   {
      return lexicon::contains( speaker_open_words, w ) || has_at( w, 0, "hundred" );
   }

   [[nodiscard]] constexpr bool open_words_are_open() noexcept
   {
      for( const std::string_view w : speaker_open_words.words ) {
         if( !speaker_start_open( w ) ) {
            return false;
         }
      }
      return true;
   }

   static_assert( open_words_are_open() && lexicon::contains( speaker_open_words, "at" ) && lexicon::contains( speaker_open_words, "others" ) && lexicon::contains( speaker_open_words, "none" ) && lexicon::contains( speaker_open_words, "the" ) && !lexicon::contains( speaker_open_words, "least" ) );

   template< std::size_t N >
   [[nodiscard]] constexpr std::size_t count_closed( const std::string_view ( &words )[ N ] ) noexcept
   {
      std::size_t k = 0;
      for( const std::string_view w : words ) {
         k += speaker_start_open( w ) ? 0 : 1;
      }
      return k;
   }

   template< std::size_t K, std::size_t N >
   [[nodiscard]] constexpr std::array< std::string_view, K > closed_words( const std::string_view ( &words )[ N ] ) noexcept
   {
      std::array< std::string_view, K > out{};
      std::size_t k = 0;
      for( const std::string_view w : words ) {
         if( !speaker_start_open( w ) ) {
            out[ k++ ] = w;
         }
      }
      return out;
   }

   // in lower case: "to", "of", "is", "in", ...; in upper case: "To", "In", "As", ...
   inline constexpr auto speaker_closed_lower = lexicon::sorted( closed_words< count_closed( lexicon::stop_words ) >( lexicon::stop_words ) );
   inline constexpr auto speaker_closed_upper = lexicon::sorted( closed_words< count_closed( lexicon::name_prepositions ) >( lexicon::name_prepositions ) );

   static_assert( lead_word< quantity_word >::may_be( "others" ) && !lead_word< quantity_word >::may_be( "soon" ) );
   static_assert( lead_word< one_of_word >::may_be( "none" ) && !lead_word< one_of_word >::may_be( "to" ) && lead_word< approximately::rule_t >::may_be( "at" ) && lead_word< approximately::rule_t >::may_be( "fewer" ) && !lead_word< approximately::rule_t >::may_be( "than" ) );
   static_assert( lexicon::contains( speaker_closed_lower, "to" ) && lexicon::contains( speaker_closed_lower, "is" ) && !lexicon::contains( speaker_closed_lower, "the" ) && !lexicon::contains( speaker_closed_lower, "about" ) && lexicon::contains( speaker_closed_upper, "in" ) && !lexicon::contains( speaker_closed_upper, "at" ) );

   // Succeeds, consuming nothing, unless the word here can start no speaker phrase (above).
   struct speaker_start
   {
      using rule_t = speaker_start;
      using subs_t = pegtl::empty_list;
      using quoth_analyze_t = pegtl::analyze_opt_traits<>;

      template< pegtl::apply_mode A, pegtl::rewind_mode M, template< typename... > class Action, template< typename... > class Control, typename ParseInput >
      [[nodiscard]] static bool match( ParseInput& in, match_state& st ) noexcept
      {
         const std::size_t at = offset_of( in, st );
         const std::size_t limit = static_cast< std::size_t >( in.end() - st.text.data() );
         return may_start( std::string_view( st.text.data(), limit ), at, st );
      }

      [[nodiscard]] static bool may_start( const std::string_view s, const std::size_t i, const match_state& st ) noexcept
      {
         const std::size_t n = i < s.size() ? st.word_length( s, i ) : 0;
         if( n == 0 ) {
            return false; // every first token is a word
         }
         const auto c = static_cast< unsigned char >( s[ i ] );
         const bool upper = c >= 'A' && c <= 'Z';
         if( !upper && !( c >= 'a' && c <= 'z' ) ) {
            return true;
         }
         char buf[ 16 ];
         const char first = ascii_lowered.to[ c ];
         if( n > sizeof( buf ) ) {
            return true;
         }
         const bool may_be_closed = upper ? speaker_closed_upper.may_contain( n, first ) : speaker_closed_lower.may_contain( n, first );
         if( upper && !may_be_closed ) {
            return true;
         }
         for( std::size_t k = 0; k < n; ++k ) {
            const auto b = static_cast< unsigned char >( s[ i + k ] );
            const unsigned char l = static_cast< unsigned char >( b | 0x20U );
            if( l < 'a' || l > 'z' ) {
               return true; // not a word of ASCII letters
            }
            buf[ k ] = static_cast< char >( l );
         }
         const std::string_view w( buf, n );
         if( may_be_closed && ( upper ? lexicon::contains( speaker_closed_upper, w ) : lexicon::contains( speaker_closed_lower, w ) ) ) {
            return possessive::test( s, i, st ) != 0;
         }
         if( upper || speaker_start_open_quick( w ) || possessive::test( s, i, st ) != 0 ) {
            return true;
         }
         return plain_start( s, i, st );
      }

      // A lower-case word of ASCII letters that is none of the words of speaker_start_open and
      // no possessive starts a speaker phrase only as a description_word: pronoun_phrase,
      // one_of, quantity_pronoun, determined and quantity need one of those words, and name_units
      // a name_unit (possessive, cap_word, head_noun, title modifier). What is left of simple_np
      // is a run of description words, each followed by ws, ending in
      //   bare_role: a head_noun, the run's word 1 to 3;
      //   bare_plural: a plural_word (a description_word of more than 3 bytes ending in s), 0 to 2;
      //   described_name: a cap_word, 1 to 3;  qualified_group: a group_word (a cap_word), 1 or 2.
      // Is there such a word? (A strict filter: a word it finds may still fail the rule.)
      [[nodiscard]] static bool plain_start( const std::string_view s, std::size_t q, const match_state& st ) noexcept
      {
         for( int k = 0;; ++k ) {
            if( k > 0 && ( starts_upper( s, q ) || head_noun::test( s, q, st ) != 0 ) ) {
               return true;
            }
            if( k == 3 ) {
               return false;
            }
            const std::size_t m = description_word::test( s, q, st );
            if( m == 0 ) {
               return false;
            }
            if( m > 3 && s[ q + m - 1 ] == 's' ) {
               return true;
            }
            q += m;
            const std::size_t g = ws::test( s, q, st );
            if( g == 0 ) {
               return false;
            }
            q += g;
            if( k == 0 && has_at( s, q, "and " ) ) { // "current and former officials"
               q += 4;
               --k;
            }
         }
      }
   };

   // The keywords the phrases after a noun phrase start with (after a space): of_phrase's,
   // in_phrase's, maker_phrase's, informed's and and_np's.
   inline constexpr std::string_view qualifier_keywords[] = { "of", "for", "from", "at", "in", "by", "familiar", "close", "briefed", "with", "and" };
   inline constexpr auto qualifier_keyword_set = lexicon::sorted( qualifier_keywords );

   // Succeeds, consuming nothing, when one of the phrases after a noun phrase may start here
   // (after its space): one of qualifier_keywords (a keyword is followed by no word character,
   // so only where the run of ASCII letters spells it, in either case), or a word in -ed
   // (post_participle's participle_word).
   struct qualifier_start
   {
      using rule_t = qualifier_start;
      using subs_t = pegtl::empty_list;
      using quoth_analyze_t = pegtl::analyze_opt_traits<>;

      template< pegtl::apply_mode A, pegtl::rewind_mode M, template< typename... > class Action, template< typename... > class Control, typename ParseInput >
      [[nodiscard]] static bool match( ParseInput& in, match_state& st ) noexcept
      {
         const std::size_t at = offset_of( in, st );
         const std::size_t limit = static_cast< std::size_t >( in.end() - st.text.data() );
         const char* const p = st.text.data() + at;
         std::size_t r = 0;
         while( at + r < limit && r < 9 && ( static_cast< unsigned char >( p[ r ] ) | 0x20U ) >= 'a' && ( static_cast< unsigned char >( p[ r ] ) | 0x20U ) <= 'z' ) {
            ++r;
         }
         if( r > 0 && qualifier_keyword_set.may_contain( r, ascii_lowered.to[ static_cast< unsigned char >( p[ 0 ] ) ] ) && lexicon::contains_folded( qualifier_keyword_set, std::string_view( p, r ) ) ) {
            return true;
         }
         const std::string_view s( st.text.data(), limit );
         const std::size_t n = at < limit ? st.word_length( s, at ) : 0;
         return n > 4 && s[ at + n - 2 ] == 'e' && s[ at + n - 1 ] == 'd';
      }
   };

   // A phrase of time that opens a sentence without a comma is no part of its speaker: "Last
   // week Ada Lind said", "Yesterday Mr Ortiz said", "Two weeks ago Dr Brook said", "Earlier
   // this year Lind said", "In coming months Mr Lind advises" (a lower-case noun of time before a
   // capital). The speaker is then found after it. Consumes the words of time it reads.
   struct time_lead : token< time_lead >
   {
      static std::size_t test( const std::string_view s, const std::size_t i, const match_state& st ) noexcept
      {
         const auto is_in = []( const std::string_view w, const auto& list ) noexcept {
            for( const std::string_view x : list ) {
               if( w == x ) {
                  return true;
               }
            }
            return false;
         };
         // the lower-case word at p when a space follows it (its length in n), else ""
         const auto word_at = [ & ]( const std::size_t p, std::size_t& n, char( &buf )[ 12 ] ) noexcept {
            n = p < s.size() ? st.word_length( s, p ) : 0;
            return n > 0 && n < sizeof( buf ) && p + n < s.size() && s[ p + n ] == ' ' ? ascii_lower( sub( s, p, n ), buf ) : std::string_view();
         };
         const auto upper_at = [ & ]( const std::size_t p ) noexcept { return p < s.size() && s[ p ] >= 'A' && s[ p ] <= 'Z'; };
         // most words are none of the lexicons' and start with no digit
         if( const std::size_t n = i < s.size() ? st.word_length( s, i ) : 0; n == 0 || ( !( s[ i ] >= '0' && s[ i ] <= '9' ) && ( !lexicon::sorted_time_words.may_contain( n, ascii_lowered.to[ static_cast< unsigned char >( s[ i ] ) ] ) || !lexicon::contains_folded( lexicon::sorted_time_words, sub( s, i, n ) ) ) ) ) {
            return 0;
         }
         char b0[ 12 ];
         char b1[ 12 ];
         char b2[ 12 ];
         std::size_t n0 = 0;
         std::size_t n1 = 0;
         const std::string_view w0 = word_at( i, n0, b0 );
         if( w0.empty() ) {
            return 0;
         }
         const std::size_t j = i + n0 + 1;
         if( is_in( w0, lexicon::time_adverbs ) ) {
            return n0; // "Yesterday Lind said"
         }
         const std::string_view w1 = word_at( j, n1, b1 );
         if( is_in( w0, lexicon::time_relative_adverbs ) ) {
            return upper_at( j ) || is_in( w1, lexicon::time_deictics ) ? n0 : 0; // "Later Lind", "Earlier this year"
         }
         if( is_in( w0, lexicon::time_deictics ) ) {
            return is_in( w1, lexicon::time_nouns ) ? n0 + 1 + n1 : 0; // "Last week Lind", not "This year's"
         }
         if( is_in( w0, lexicon::time_nouns ) ) {
            if( w1 == "ago" ) {
               return n0 + 1 + n1; // "Weeks ago Lind"
            }
            return s[ i ] >= 'a' && s[ i ] <= 'z' && upper_at( j ) ? n0 : 0; // "months Mr Lind"
         }
         const bool digits = std::all_of( s.begin() + static_cast< std::ptrdiff_t >( i ), s.begin() + static_cast< std::ptrdiff_t >( i + n0 ), []( const char c ) { return c >= '0' && c <= '9'; } );
         if( digits || is_in( w0, lexicon::time_counts ) ) {
            // "Two weeks ago", "10 years ago", "A few days ago"
            std::size_t k = j;
            std::string_view noun = w1;
            std::size_t nn = n1;
            if( w0 == "a" && w1 == "few" ) {
               k = j + n1 + 1;
               noun = word_at( k, nn, b2 );
            }
            if( !is_in( noun, lexicon::time_nouns ) ) {
               return 0;
            }
            std::size_t na = 0;
            char b3[ 12 ];
            return word_at( k + nn + 1, na, b3 ) == "ago" ? k + nn + 1 + na - i : 0;
         }
         return 0;
      }
   };

   struct speaker_phrase : pegtl::seq< speaker_start, pegtl::not_at< time_lead >, pegtl::sor< pronoun_phrase, pegtl::seq< pegtl::sor< one_of, simple_np >, pegtl::opt< pegtl::at< ws, qualifier_start >, pegtl::rep_opt< 3, pegtl::sor< of_phrase, in_phrase, maker_phrase > >, pegtl::opt< pegtl::sor< informed, post_participle > >, pegtl::opt< and_np > > >, quantity_pronoun > >
   {};

   // A name in apposition, with its closing comma: "its president, Tomas Ibarra,".
   struct person_name : pegtl::list< cap_word, ws >
   {};

   struct appositive_name : scoped< sp, pegtl::one< ',' >, sp, person_name, sp, pegtl::one< ',' > >
   {};

   // A short note in parentheses after a name: "(D-Ore.)", "(R)", "(pictured)".
   struct paren_note : token< paren_note >
   {
      static std::size_t test( const std::string_view s, const std::size_t i, const match_state& /*unused*/ ) noexcept
      {
         if( i >= s.size() || s[ i ] != '(' ) {
            return 0;
         }
         for( std::size_t j = i + 1; j < s.size() && j - i <= 32; ++j ) {
            if( s[ j ] == ')' ) {
               return j > i + 1 ? j + 1 - i : 0;
            }
            if( s[ j ] == '(' || s[ j ] == '\n' ) {
               return 0;
            }
         }
         return 0;
      }
   };

   // A role in apposition, up to the comma that closes it: "a spokesman for the agency", "the
   // port's lawyer" (after "According to Ada Brook, ..."). It opens with a determiner and
   // holds a role noun (or its possessive); at most twelve ASCII words, nothing else.
   struct role_appositive : token< role_appositive >
   {
      static std::size_t test( const std::string_view s, const std::size_t i, const match_state& /*unused*/ ) noexcept
      {
         std::size_t j = i;
         bool role = false;
         for( std::size_t words = 0; j < s.size() && words < 12; ++words ) {
            std::size_t e = j;
            while( e < s.size() && ( is_ascii_alnum( static_cast< unsigned char >( s[ e ] ) ) || s[ e ] == '\'' || s[ e ] == '-' || s[ e ] == '.' ) ) {
               ++e;
            }
            if( e == j ) {
               return 0;
            }
            char buf[ 16 ];
            const std::string_view w = e - j <= sizeof( buf ) ? ascii_lower( sub( s, j, e - j ), buf ) : std::string_view();
            if( words == 0 && !lexicon::contains( lexicon::sorted_determiners, w ) ) {
               return 0;
            }
            role = role || lexicon::contains( lexicon::sorted_roles, w ) || ( w.size() > 2 && lexicon::contains( lexicon::sorted_roles, w.substr( 0, w.size() - 2 ) ) && ends_with( w, "'s" ) );
            if( e < s.size() && s[ e ] == ',' ) {
               // (not before a relative clause: "According to Lind, the farmers, who are angry, will leave")
               const std::string_view next = sub( s, e, 8 );
               return role && !has_at( next, 0, ", who " ) && !has_at( next, 0, ", which " ) && !has_at( next, 0, ", whose " ) ? e - i : 0;
            }
            if( e >= s.size() || s[ e ] != ' ' ) {
               return 0;
            }
            j = e + 1;
         }
         return 0;
      }
   };

   // A speaker phrase that may carry its name in apposition.
   struct speaker_with_name : pegtl::seq< speaker_phrase, pegtl::opt< ws, paren_note >, pegtl::opt< appositive_name > >
   {};

   // "X, a doctor at Y, said" / "X, who heads the union, said": a short aside between commas
   // with no quote mark or sentence end in it (at most 160 bytes).
   struct aside : token< aside >
   {
      static std::size_t test( const std::string_view s, const std::size_t i, const match_state& st ) noexcept
      {
         std::size_t j = i;
         std::size_t len = 0;
#if defined( QUOTH_BYTES16 )
         const std::size_t reach = std::min< std::size_t >( s.size(), i + 220 ); // the loop's j stays below it
#endif
         while( j < s.size() && j - i < 220 ) {
#if defined( QUOTH_BYTES16 )
            // spaces and ASCII letters and digits, sixteen at a time (the rest one by one below)
            bool found = false;
            j = find16(
              s.data(), j, reach, []( const bytes16 v ) { return ~( ( v == ' ' ) | ( static_cast< bytes16 >( ( v | 0x20 ) - static_cast< unsigned char >( 'a' ) ) < 26 ) | ( static_cast< bytes16 >( v - static_cast< unsigned char >( '0' ) ) < 10 ) ); }, found );
            if( j >= reach ) {
               break;
            }
#endif
            const auto b = static_cast< unsigned char >( s[ j ] );
            if( b == ' ' || is_ascii_alnum( b ) ) {
               ++j; // most bytes: nothing below stops at them
               continue;
            }
            const char32_t c = decode( s, j, len );
            if( c == ',' && j > i && j + 1 < s.size() && is_digit( static_cast< unsigned char >( s[ j - 1 ] ) ) && is_digit( static_cast< unsigned char >( s[ j + 1 ] ) ) ) {
               ++j; // "3,000 workers"
               continue;
            }
            if( c == ',' ) {
               // "from Austin, Texas,": a capitalised word and a comma continue the aside
               std::size_t k = j + 1;
               while( k < s.size() && s[ k ] == ' ' ) {
                  ++k;
               }
               std::size_t m = k;
               for( int words = 0; words < 3 && m < s.size() && m > j + 1 && starts_upper( s, m ); ++words ) {
                  m += st.word_length( s, m );
                  if( m + 1 < s.size() && s[ m ] == '.' && s[ m + 1 ] == ',' ) {
                     ++m; // "from Cambridge, Mass., who": an abbreviated state
                  }
                  if( m < s.size() && s[ m ] == ',' ) {
                     break;
                  }
                  while( m < s.size() && s[ m ] == ' ' ) {
                     ++m;
                  }
               }
               if( m == k || m >= s.size() || s[ m ] != ',' || j == i ) {
                  return j > i ? j - i : 0;
               }
               j = m;
               continue;
            }
            if( is_quote_mark( c ) ) {
               // a whole quotation: "the author of “Harbour Lights” and ..."
               if( const raw_quote* q = st.quote_at( j ) ) {
                  if( !q->closed || q->close_end > s.size() || q->close_end - j > 120 ) {
                     return 0;
                  }
                  if( q->content_end > q->content_begin && s[ q->content_end - 1 ] == ',' ) {
                     // “...,” closes the aside, unless a phrase in lower case goes on from it
                     // (“the author of “Deep Water,” about the flood,”), not a cue
                     std::size_t k = q->close_end;
                     while( k < s.size() && s[ k ] == ' ' ) {
                        ++k;
                     }
                     std::size_t m = 0;
                     if( k == q->close_end || k >= s.size() || s[ k ] < 'a' || s[ k ] > 'z' || cue_entry_at( s, k, st, m ) != nullptr ) {
                        return q->close_end - i;
                     }
                  }
                  j = q->close_end;
                  continue;
               }
               const std::size_t mark = len;
               const bool inside_word = j > i && j + mark < s.size() && is_word_char( decode( s, j + mark, len ) );
               const bool plural_possessive = ( c == '\'' || c == 0x2019 ) && j > i && s[ j - 1 ] == 's'; // "the unions' negotiator"
               if( !inside_word && !plural_possessive ) {
                  return 0;
               }
               j += mark;
               continue;
            }
            if( c == '(' ) { // "the corps (ROTC) program"
               const std::size_t close = s.find( ')', j );
               if( close == std::string_view::npos || close - j > 40 ) {
                  return 0;
               }
               j = close + 1;
               continue;
            }
            if( c == '.' && !abbreviation_dot( s, j ) ) {
               return 0;
            }
            if( c == ';' || c == '!' || c == '?' || c == ':' ) {
               return 0;
            }
            j += code_point_length( s, j );
         }
         return 0;
      }

      // "Mr.", "Sen.", "R-Ky.", "U.S.": a full stop inside an aside that does not end it.
      [[nodiscard]] static bool abbreviation_dot( const std::string_view s, const std::size_t j ) noexcept
      {
         if( j + 1 < s.size() && s[ j + 1 ] != ' ' ) {
            return true; // "U.S", "R-Ky.,"
         }
         std::size_t b = j;
         while( b > 0 && s[ b - 1 ] != ' ' && s[ b - 1 ] != '-' ) {
            --b;
         }
         return j > b && j - b <= 3 && starts_upper( s, b ); // "Mr", "Sen", "Ky"
      }
   };

   // A finite auxiliary or form of "be" (`w` in lower case): "was", "will", "could".
   [[nodiscard]] inline bool finite_auxiliary( const std::string_view w ) noexcept
   {
      return is( w, "is" ) || is( w, "are" ) || is( w, "was" ) || is( w, "were" ) || is( w, "has" ) || is( w, "have" ) || is( w, "had" ) || is( w, "will" ) || is( w, "would" ) || is( w, "can" ) || is( w, "could" ) || is( w, "should" ) || is( w, "may" ) || is( w, "might" ) || is( w, "must" ) || is( w, "does" ) || is( w, "did" );
   }

   // An aside with no reporting verb in it: the second of two asides before the cue ("Ana Ruiz,
   // 63, a nurse, said", not "Lind, who ran, told them that A, adding").
   struct aside_without_cue : token< aside_without_cue >
   {
      static std::size_t test( const std::string_view s, const std::size_t i, const match_state& st ) noexcept
      {
         const std::size_t n = aside::test( s, i, st );
         if( n == 0 ) {
            return 0;
         }
         // "Fake e-mails, or phishing, [are damaging trade], say experts", "..., [and stories
         // of theft are damaging trade], say experts": a finite verb first, or after "and" or
         // "but" with no relative word, makes a clause, no aside
         const auto finite_at = [ & ]( const std::size_t k ) { return finite_auxiliary( sub( s, k, st.word_length( s, k ) ) ); };
         if( finite_at( i ) ) {
            return 0;
         }
         if( has_at( s, i, "and " ) || has_at( s, i, "but " ) ) {
            for( std::size_t k = i + 4; k < i + n; ++k ) {
               if( s[ k - 1 ] != ' ' ) {
                  continue;
               }
               if( has_at( s, k, "who " ) || has_at( s, k, "which " ) || has_at( s, k, "that " ) ) {
                  break;
               }
               if( finite_at( k ) ) {
                  return 0;
               }
            }
         }
         for( std::size_t j = i; j < i + n; ) {
            if( s[ j ] == '"' || has_at( s, j, "\xE2\x80\x9C" ) || has_at( s, j, "\xE2\x80\x9D" ) ) {
               return 0; // "The party, founded in 1990, “stays,” said Lind": a quotation is no aside here
            }
            std::size_t m = 0;
            if( ( j == i || s[ j - 1 ] == ' ' ) && cue_entry_at( s, j, st, m ) != nullptr ) {
               return 0;
            }
            j += m > 0 ? m : 1;
         }
         return n;
      }
   };

   // An aside that runs to the end of the sentence (at most 160 bytes, no quote marks).
   struct aside_to_end : token< aside_to_end >
   {
      static std::size_t test( const std::string_view s, const std::size_t i, const match_state& st ) noexcept
      {
         if( st.content_end <= i || st.content_end - i > 160 ) {
            return 0;
         }
         std::size_t len = 0;
         for( std::size_t j = i; j < st.content_end; j += len ) {
            const char32_t c = decode( s, j, len );
            if( ( is_quote_mark( c ) && c != 0x2019 && c != '\'' ) || c == ';' || c == ':' ) {
               return 0;
            }
         }
         return st.content_end - i;
      }
   };

} // namespace quoth::internal::rules

#endif
