// SPDX-License-Identifier: MIT
#ifndef QUOTH_INTERNAL_RULES_PATTERNS_HPP
#define QUOTH_INTERNAL_RULES_PATTERNS_HPP

// The sentence patterns. Each top-level pattern is tried on one sentence (or from a comma
// inside it), sees a quotation as one token, and records its parts with capture<>.
//
//   speaker_first   X [, aside,] [DATE] CUE [DATE|MEDIUM]* (that|about|:|,)? CONTENT
//   quote_first     "Q," CUE X [DATE|MEDIUM]* [, "Q2"]   /   "Q," X CUE [DATE|MEDIUM]* [, "Q2"]
//   content_first   CONTENT, X CUE [DATE|MEDIUM]*.   /   CONTENT, according to X.
//   according_to    According to X, CONTENT
//   anaphoric       This was CUE [DATE|MEDIUM]* by X [DATE|MEDIUM]* ...
//   headline        X: CONTENT   (title lines only)

#include <algorithm>
#include <cstddef>
#include <iterator>
#include <string_view>
#include <type_traits>

#include "../lexicon.hpp"
#include "dates.hpp"
#include "media.hpp"
#include "speakers.hpp"
#include "tokens.hpp"

namespace quoth::internal::rules
{
   enum class cue_context
   {
      before_content, // X said that ...: "reads" and "continued" are not cues here
      after_quote,    // "...," X said: any cue
      participle,     // This was announced by: past participles
      gerund,         // ..., saying that: -ing forms
      inverted        // "...," said X: any cue, and the noun after it is the speaker
   };

   // "continued: “...”", "reads, “...”", "read “...”": a colon or a quotation right after a verb.
   [[nodiscard]] inline bool quote_follows( const std::string_view s, std::size_t j ) noexcept
   {
      while( j < s.size() && s[ j ] == ' ' ) {
         ++j;
      }
      if( j < s.size() && s[ j ] == ':' ) {
         return true;
      }
      if( j < s.size() && s[ j ] == ',' ) {
         ++j;
         while( j < s.size() && s[ j ] == ' ' ) {
            ++j;
         }
      }
      std::size_t len = 0;
      return j < s.size() && is_quote_mark( decode( s, j, len ) );
   }

   // " to" or " that" right after an adjective of attitude that ends at j ("eager to",
   // "confident that"): what it needs before it reports.
   [[nodiscard]] inline bool attitude_follows( const std::string_view s, const std::size_t j ) noexcept
   {
      return has_at( s, j, " to " ) || has_at( s, j, " that " );
   }

   // " out", a word of its own, right after a form of "point" that ends at j ("pointed out").
   [[nodiscard]] inline bool out_follows( const std::string_view s, const std::size_t j ) noexcept
   {
      return has_at( s, j, " out" ) && word_length( s, j + 1 ) == 3;
   }

   // " on whether", " about what", " over how", " as to who": a preposition and a question word
   // right after a word that ends at j ("split on whether", "worried about what").
   [[nodiscard]] inline bool question_follows( const std::string_view s, std::size_t j ) noexcept
   {
      if( has_at( s, j, " as to " ) ) {
         j += 7;
      }
      else if( has_at( s, j, " on " ) ) {
         j += 4;
      }
      else if( has_at( s, j, " over " ) || has_at( s, j, " about " ) ) {
         j += has_at( s, j, " over " ) ? 6 : 7;
      }
      else {
         return false;
      }
      return has_at( s, j, "whether " ) || has_at( s, j, "how " ) || has_at( s, j, "what " ) || has_at( s, j, "why " ) || has_at( s, j, "who " ) || has_at( s, j, "which " ) || has_at( s, j, "if " );
   }

   // Whether the word before the one at `at` is a number: "23 [points]", "three [points]".
   [[nodiscard]] inline bool after_number( const std::string_view s, const std::size_t at ) noexcept
   {
      std::size_t e = at;
      while( e > 0 && s[ e - 1 ] == ' ' ) {
         --e;
      }
      std::size_t b = e;
      while( b > 0 && s[ b - 1 ] != ' ' ) {
         --b;
      }
      if( b == e ) {
         return false;
      }
      if( s[ b ] >= '0' && s[ b ] <= '9' ) {
         return true;
      }
      static constexpr std::string_view numbers[] = { "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "few", "several", "many", "dozen", "hundred", "thousand" };
      char buf[ 12 ];
      const std::string_view w = e - b <= sizeof( buf ) ? ascii_lower( sub( s, b, e - b ), buf ) : std::string_view();
      return std::find( std::begin( numbers ), std::end( numbers ), w ) != std::end( numbers );
   }

   // After a form of "make" at k: " the case", " a familiar point", " his argument" (a
   // determiner, at most one adjective, a noun of `phrases`, lexicon::make_phrases for "make"):
   // the phrase's length, with v set to its entry; else 0.
   template< std::size_t N >
   [[nodiscard]] std::size_t light_phrase( const std::string_view s, const std::size_t k, const lexicon::verb*& v, const lexicon::verb ( &phrases )[ N ] ) noexcept
   {
      static constexpr std::string_view determiners[] = { "a", "an", "her", "his", "its", "my", "our", "that", "the", "their", "this" };
      std::size_t at = k + 1;
      if( k >= s.size() || s[ k ] != ' ' ) {
         return 0;
      }
      const std::size_t d = word_length( s, at );
      if( d == 0 || std::find( std::begin( determiners ), std::end( determiners ), s.substr( at, d ) ) == std::end( determiners ) ) {
         return 0;
      }
      at += d;
      for( int adjectives = 0; adjectives < 2 && at < s.size() && s[ at ] == ' '; ++adjectives ) {
         const std::size_t n = word_length( s, at + 1 );
         if( n == 0 ) {
            return 0;
         }
         for( const lexicon::verb& p : phrases ) {
            if( s.substr( at + 1, n ) == p.forms ) {
               v = &p;
               return at + 1 + n - k;
            }
         }
         at += 1 + n;
      }
      return 0;
   }

   // After a form of "make" at k: " a comment about", " no reference to", " serious allegations
   // against" (lexicon::make_object_phrases): the phrase's length, with v set to its entry; else 0.
   [[nodiscard]] inline std::size_t object_phrase( const std::string_view s, const std::size_t k, const lexicon::verb*& v ) noexcept
   {
      static constexpr std::string_view determiners[] = { "a", "an", "another", "any", "her", "his", "its", "my", "no", "our", "several", "some", "that", "the", "their", "these", "this", "those" };
      if( k >= s.size() || s[ k ] != ' ' ) {
         return 0;
      }
      std::size_t at = k + 1;
      const std::size_t d = word_length( s, at );
      if( d > 0 && at + d < s.size() && s[ at + d ] == ' ' && std::find( std::begin( determiners ), std::end( determiners ), s.substr( at, d ) ) != std::end( determiners ) ) {
         at += d + 1;
      }
      for( int words = 0; words < 3 && at < s.size(); ++words ) { // at most two adjectives before the noun
         const std::size_t n = word_length( s, at );
         if( n == 0 || at + n >= s.size() || s[ at + n ] != ' ' ) {
            return 0;
         }
         if( !lexicon::contains( lexicon::sorted_object_nouns, s.substr( at, n ) ) ) {
            at += n + 1;
            continue;
         }
         for( const lexicon::object_phrase& p : lexicon::make_object_phrases ) {
            if( !lexicon::is_form( p.entry.forms, s.substr( at, n ) ) ) {
               continue;
            }
            const std::size_t pb = at + n + 1;
            const std::size_t pn = word_length( s, pb );
            if( pn > 0 && pb + pn < s.size() && s[ pb + pn ] == ' ' && lexicon::is_form( p.prepositions, s.substr( pb, pn ) ) ) {
               v = &p.entry;
               return pb + pn - k;
            }
            return 0;
         }
         at += n + 1;
      }
      return 0;
   }

   // Does a noun phrase with "a" or "an" end right before `at` ("a cleric ", "an able young
   // lawyer ")? Looks back four words at most, over lower-case words.
   [[nodiscard]] inline bool indefinite_noun_before( const std::string_view s, std::size_t at ) noexcept
   {
      for( int k = 0; k < 4 && at > 1 && s[ at - 1 ] == ' '; ++k ) {
         std::size_t b = at - 1;
         while( b > 0 && s[ b - 1 ] != ' ' ) {
            --b;
         }
         const std::string_view w = s.substr( b, at - 1 - b );
         if( w == "a" || w == "an" ) {
            return k > 0;
         }
         if( w.empty() || w[ 0 ] < 'a' || w[ 0 ] > 'z' ) {
            return false;
         }
         at = b;
      }
      return false;
   }

   // After a particle verb (cue_use::particle) that ends at k in s: what it needs before it
   // reports, its particle (" back" of "fired back", " on" of "went on") or, for "make" and
   // "issue", a phrase ("made it clear", "made the case", "made a comment about", "issued a
   // brief statement"): the length of the words after the verb, with v set to the phrase's entry
   // where one stands; else 0 ("made a profit", "hit the road"). cue_verb accepts such a verb
   // only with them (or with a stance phrase: "fired back at"), and engine::worth_matching()
   // asks first, so that a sentence whose only cue words lack them is turned away.
   [[nodiscard]] inline std::size_t particle_tail( const std::string_view s, const std::size_t k, const lexicon::verb*& v ) noexcept
   {
      const std::string_view particle = v->lemma.substr( v->lemma.find( ' ' ) ); // " back"
      std::size_t total = 0;
      if( is( particle, " a statement" ) ) {
         if( const std::size_t m = light_phrase( s, k, v, lexicon::statement_phrases ); m != 0 ) {
            total += m; // "issued the following statement": v is now its entry, a that-verb
         }
      }
      if( is( particle, " clear" ) ) {
         if( const std::size_t o = object_phrase( s, k, v ); o != 0 ) {
            total += o; // "made a comment about": v is now its entry, a stance
         }
         else if( const std::size_t m = light_phrase( s, k, v, lexicon::make_phrases ); m != 0 ) {
            total += m; // "made the case": v is now its entry, a that-verb
         }
         else if( has_at( s, k, " it " ) || has_at( s, k, " that " ) ) {
            total += s[ k + 1 ] == 'i' ? 3 : 5; // "made it clear", "makes that clear"
         }
      }
      if( v->use == lexicon::cue_use::particle ) {
         if( sub( s, k + total, particle.size() ) != particle || word_length( s, k + total + 1 ) != particle.size() - 1 ) {
            return 0;
         }
         total += particle.size();
      }
      return total;
   }

   // Is the -ing form w (lower case) the first half of a compound noun, the noun whose word starts
   // right after the space at j ("supporting actress", "writing course", "warning signs")? Each
   // such form lists the starts of the nouns it modifies (a start covers the plural: "role"
   // covers "roles").
   [[nodiscard]] inline bool modifies_next_noun( const std::string_view w, const std::string_view s, const std::size_t j ) noexcept
   {
      static constexpr std::string_view supporting[] = { " actor", " actress", " cast", " character", " part", " role" };
      static constexpr std::string_view writing[] = { " career", " class", " course", " credit", " partner", " prize", " skill", " staff", " style", " team", " workshop" };
      static constexpr std::string_view warning[] = { " label", " light", " message", " shot", " sign", " system" };
      const auto any = [ & ]( const auto& nouns ) noexcept {
         for( const std::string_view noun : nouns ) {
            if( s.size() >= j && s.substr( j, noun.size() ) == noun ) {
               const std::size_t e = j + noun.size();
               return e == s.size() || !is_ascii_alnum( static_cast< unsigned char >( s[ e ] ) ) || s[ e ] == 's' || has_at( s, e, "es" );
            }
         }
         return false;
      };
      return ( is( w, "supporting" ) && any( supporting ) ) || ( is( w, "writing" ) && any( writing ) ) || ( is( w, "warning" ) && any( warning ) );
   }

   // A reporting verb; records its lexicon entry. "pointed" needs its "out".
   template< cue_context Context >
   struct cue_verb
   {
      using rule_t = cue_verb;
      using subs_t = pegtl::empty_list;
      using quoth_analyze_t = pegtl::analyze_any_traits<>;
      static constexpr bool quoth_writes_captures = true;  // the verb
      static constexpr bool quoth_clean_on_failure = true; // only when it matches

      template< pegtl::apply_mode A, pegtl::rewind_mode M, template< typename... > class Action, template< typename... > class Control, typename ParseInput >
      [[nodiscard]] static bool match( ParseInput& in, match_state& st ) noexcept
      {
         const std::size_t at = offset_of( in, st );
         const std::size_t limit = static_cast< std::size_t >( in.end() - st.text.data() );
         const std::string_view s = sub( st.text, 0, limit );
         const std::size_t n = st.word_length( s, at );
         char buf[ 24 ];
         if( n < 3 || n > sizeof( buf ) ) {
            return false;
         }
         const lexicon::verb* v = st.find_cue( s, at, n ); // without case: before lowering the word
         if( v == nullptr ) {
            return false;
         }
         const std::string_view w = ascii_lower( sub( s, at, n ), buf );
         const bool ing = w.size() > 4 && ends_with( w, "ing" );
         const lexicon::verb* const entry = v;
         const std::size_t phrase = lexicon::stance_phrase( s, at + n, v ); // "took issue with": v is now the phrase's entry
         if( phrase == 0 && v->use == lexicon::cue_use::stance ) {
            return false; // "took a seat"
         }
         if( phrase != 0 && ( entry->use == lexicon::cue_use::attitude || entry->use == lexicon::cue_use::doubt || entry->forms.find( ' ' ) == std::string_view::npos ) && !lexicon::after_copula( s, at ) ) {
            return false; // an adjective reports after a copula ("is critical of"), not after a noun ("an artist critical of")
         }
         if( Context == cue_context::before_content && v->use == lexicon::cue_use::quote && !quote_follows( s, at + n ) ) {
            return false; // "continued" and "reads" only before a colon or a quotation
         }
         if( v == lexicon::cue_verb_add && has_at( s, at + n, " up" ) && ( at + n + 3 >= s.size() || !is_ascii_alnum( static_cast< unsigned char >( s[ at + n + 3 ] ) ) ) ) {
            return false; // "the efforts added up to a series of excuses": a sum, not a remark
         }
         if( ( has_at( s, at + n, " tank" ) && has_at( w, 0, "think" ) ) || ( has_at( s, at + n, " delegate" ) && is( w, "pledged" ) ) || ( has_at( s, at + n, " up" ) && has_at( w, 0, "show" ) && !has_at( s, at + n, " up to " ) && ( at + n + 3 >= s.size() || !is_ascii_alnum( static_cast< unsigned char >( s[ at + n + 3 ] ) ) ) ) ) {
            return false; // "a think tank", "pledged delegates", "the files would have shown up" (not "showed up to a third")
         }
         if( has_at( s, at + n, " into " ) && has_at( w, 0, "call" ) && !has_at( s, at + n, " into question" ) && !has_at( s, at + n, " into doubt" ) ) {
            return false; // "Lind called into a radio show": a phone call (not "called into question")
         }
         if( ing && modifies_next_noun( w, s, at + n ) ) {
            return false; // "the best supporting actress award", "a creative writing course", "warning signs"
         }
         if( is( w, "wonder" ) ) {
            // "It is no wonder that", "a wonder of the age": the noun
            std::size_t b = at;
            while( b > 0 && s[ b - 1 ] == ' ' ) {
               --b;
            }
            std::size_t wb = b;
            while( wb > 0 && s[ wb - 1 ] != ' ' ) {
               --wb;
            }
            char db[ 8 ];
            const std::string_view d = b - wb <= sizeof( db ) ? ascii_lower( sub( s, wb, b - wb ), db ) : std::string_view();
            if( is( d, "no" ) || is( d, "a" ) || is( d, "the" ) || is( d, "small" ) ) {
               return false;
            }
         }
         if( v == lexicon::cue_verb_name && ( has_at( s, at + n, " for " ) || has_at( s, at + n, " after " ) || indefinite_noun_before( s, at ) ) ) {
            return false; // "buildings named for him", "a cleric named Ortiz": a participle
         }
         if( v->use == lexicon::cue_use::as && Context != cue_context::before_content && Context != cue_context::gerund ) {
            return false; // "votes cast", never "..., saw Lind"
         }
         if( v->use == lexicon::cue_use::attitude && ( Context != cue_context::before_content || !attitude_follows( s, at + n ) ) ) {
            return false; // "eager to", "confident that", never "eager voters"
         }
         if( v->use == lexicon::cue_use::doubt && ( Context != cue_context::before_content || !question_follows( s, at + n ) ) ) {
            return false; // "split on whether", never "a split vote"
         }
         if( at + n + 1 < limit && s[ at + n ] == ' ' && lexicon::contains( lexicon::sorted_nominal_cue_forms, w ) ) {
            // "the note says", "his support shows": a noun before the verb (not "mention resisting")
            const std::size_t m = word_length( s, at + n + 1 );
            char nb[ 24 ];
            if( m >= 3 && m <= sizeof( nb ) && !has_at( s, at + n + 1 + m - 3, "ing" ) && lexicon::find_cue( ascii_lower( sub( s, at + n + 1, m ), nb ) ) != nullptr ) {
               return false;
            }
         }
         if( is( w, "accused" ) && has_at( s, at + n, " of " ) && !( at >= 3 && ( has_at( s, at - 3, "he " ) || has_at( s, at - 3, "we " ) ) ) && !( at >= 5 && has_at( s, at - 5, "they " ) ) ) {
            return false; // "the clerk accused of theft": a passive (not "the rivals who he accused of lying")
         }
         if( ( Context == cue_context::gerund && !ing ) || ( Context == cue_context::inverted && ing ) ) {
            return false; // "..., saying that" needs -ing; "..., said X" never has it
         }

         if( Context == cue_context::participle && !( w.size() > 2 && ( rest_is( w, w.size() - 2, "ed" ) || is( w, "said" ) || is( w, "told" ) || is( w, "written" ) || is( w, "read" ) ) ) ) {
            return false;
         }
         std::size_t total = n + phrase;
         if( v->use == lexicon::cue_use::particle ) {
            const std::size_t m = particle_tail( s, at + n, v ); // (phrase is 0: v is no stance phrase)
            if( m == 0 ) {
               return false;
            }
            total += m;
         }
         if( v->use == lexicon::cue_use::out ) {
            const bool to = has_at( s, at + n, " to " ) && Context != cue_context::inverted && !after_number( s, at ); // "pointing to the polls": the particle verb "point to" (not "rose 23 points to 6,661")
            if( !to && !out_follows( s, at + n ) ) {
               return false;
            }
            total += to ? 0 : 4;
         }
         st.cap.verb = v;
         in.bump( total );
         return true;
      }
   };

   // Calls f( k, begin, length ) for the words from `at` on, the k-th from 0, while only spaces
   // stand between them (at most `max` words, before `end`): f returns 1 (a hit: true), -1 (a
   // miss: false) or 0 (go on). Punctuation, a quotation or the end is a miss.
   template< typename F >
   [[nodiscard]] bool scan_plain_words( const std::string_view s, std::size_t at, const std::size_t end, const int max, F&& f ) noexcept
   {
      for( int k = 0; k < max && at < end; ++k ) {
         const std::size_t n = word_length( s, at );
         if( n == 0 ) {
            return false;
         }
         if( const int r = f( k, at, n ); r != 0 ) {
            return r > 0;
         }
         at += n;
         if( n == 1 && s[ at - 1 ] >= 'A' && s[ at - 1 ] <= 'Z' ) {
            // an abbreviation of capitals and periods ("the U.S. should")
            while( at + 1 < end && s[ at ] == '.' && s[ at + 1 ] >= 'A' && s[ at + 1 ] <= 'Z' ) {
               at += 2;
            }
            if( at + 1 < end && s[ at ] == '.' && s[ at + 1 ] == ' ' ) {
               ++at;
            }
         }
         if( at >= end || s[ at ] != ' ' ) {
            return false;
         }
         while( at < end && s[ at ] == ' ' ) {
            ++at;
         }
      }
      return false;
   }

   // "sees Lind as a threat", "cast the vote as a test": "as" within the next seven words,
   // before any punctuation.
   [[nodiscard]] inline bool as_ahead( const std::string_view s, const std::size_t at, const std::size_t end ) noexcept
   {
      return scan_plain_words( s, at, end, 8, [ & ]( const int k, const std::size_t b, const std::size_t n ) { return ( k > 0 && n == 2 && ( s[ b ] == 'a' || s[ b ] == 'A' ) && s[ b + 1 ] == 's' ) ? 1 : 0; } );
   }

   // Is the word before `cue` (spaces between) a form of "be": a passive ("is seen as")?
   [[nodiscard]] inline bool after_be( const std::string_view s, std::size_t cue ) noexcept
   {
      while( cue > 0 && s[ cue - 1 ] == ' ' ) {
         --cue;
      }
      std::size_t b = cue;
      while( b > 0 && s[ b - 1 ] != ' ' ) {
         --b;
      }
      char buf[ 8 ];
      const std::string_view w = cue - b <= sizeof( buf ) ? ascii_lower( sub( s, b, cue - b ), buf ) : std::string_view();
      return is( w, "is" ) || is( w, "are" ) || is( w, "was" ) || is( w, "were" ) || is( w, "be" ) || is( w, "been" ) || is( w, "being" );
   }

   // Does a past form in "-ed" that ends at `e` close its phrase (punctuation or a function word
   // follows: "the plan failed.", "voters turned out"), rather than qualify a noun ("advanced
   // age", "pledged delegates")?
   [[nodiscard]] inline bool verb_ends_phrase( const std::string_view s, std::size_t e, const std::size_t end ) noexcept
   {
      if( e >= end || s[ e ] != ' ' ) {
         return true;
      }
      while( e < end && s[ e ] == ' ' ) {
         ++e;
      }
      const std::size_t n = word_length( s, e );
      char buf[ 8 ] = {};
      const std::string_view w = n <= sizeof( buf ) ? ascii_lower( sub( s, e, n ), buf ) : std::string_view();
      static constexpr std::string_view words[] = { "a", "after", "an", "as", "at", "back", "before", "by", "down", "for", "from", "her", "him", "his", "in", "into", "it", "its", "off", "on", "out", "over", "that", "the", "their", "them", "this", "to", "up", "with" };
      return std::find( std::begin( words ), std::end( words ), w ) != std::end( words );
   }

   // "claims the bridge is safe", "argued Lind had lied": a subject (a determiner or a
   // capitalised word first) and then, within eleven words and before any punctuation, an
   // auxiliary: a clause, not an object ("claimed the seat", "argued the case").
   [[nodiscard]] inline bool clause_ahead( const std::string_view s, const std::size_t at, const std::size_t end ) noexcept
   {
      const auto word = [ & ]( const int k, const std::size_t b, const std::size_t n ) {
         char buf[ 12 ] = {}; // (initialised: g++ -O3 cannot see that ascii_lower fills what it reads)
         const std::string_view w = n <= sizeof( buf ) ? ascii_lower( sub( s, b, n ), buf ) : std::string_view();
         if( k == 0 ) {
            const bool capital = s[ b ] >= 'A' && s[ b ] <= 'Z';
            // a number, a quantity or an indefinite pronoun opens a subject too ("claimed 400
            // delegates were there", "argued most voters had", "argued there was", "argued
            // nothing had changed", "arguing such a law could")
            static constexpr std::string_view openers[] = { "almost", "any", "anyone", "anything", "either", "everyone", "everything", "few", "fewer", "it", "more", "most", "nearly", "neither", "no", "nobody", "none", "nothing", "roughly", "someone", "something", "such", "there", "you" };
            const bool opener = ( s[ b ] >= '0' && s[ b ] <= '9' ) || std::binary_search( std::begin( openers ), std::end( openers ), w );
            return ( !capital && !opener && !lexicon::contains( lexicon::sorted_determiners, w ) ) ? -1 : 0; // ("argued it was")
         }
         if( k >= 2 && ( ( n >= 3 && n <= 7 && lexicon::contains( irregular_past_set, w ) ) || ( n > 4 && n <= sizeof( buf ) && w[ n - 2 ] == 'e' && w[ n - 1 ] == 'd' && w[ n - 3 ] != 'e' && verb_ends_phrase( s, b + n, end ) ) ) ) {
            return 1; // "argued most voters took part", "argued the plan failed"
         }
         return finite_auxiliary( w ) ? 1 : 0;
      };
      if( scan_plain_words( s, at, end, 12, word ) ) {
         return true;
      }
      // "argued the port, which has been ..., is in retreat": a relative aside after the subject
      // (of up to four plain words), then the verb within three words after the aside
      const std::size_t head = std::min( end, at + 61 ) > at ? sub( s, at, std::min( end, at + 61 ) - at ).find( ',' ) : std::string_view::npos;
      const std::size_t comma = head == std::string_view::npos ? head : at + head;
      if( comma == std::string_view::npos || comma + 2 >= end || !( has_at( s, comma, ", which " ) || has_at( s, comma, ", who " ) ) ) {
         return false;
      }
      int words = 0;
      const bool plain = scan_plain_words( s, at, comma, 5, [ & ]( const int k, const std::size_t b, const std::size_t n ) {
         ++words;
         if( k == 0 && word( 0, b, n ) < 0 ) {
            return -1;
         }
         return b + n == comma ? 1 : 0;
      } );
      const std::size_t aside = plain && words <= 4 ? sub( s, comma + 2, std::min( end, comma + 200 ) - ( comma + 2 ) ).find( ", " ) : std::string_view::npos;
      if( aside == std::string_view::npos ) {
         return false;
      }
      const std::size_t close = comma + 2 + aside;
      return scan_plain_words( s, close + 2, end, 3, [ & ]( const int k, const std::size_t b, const std::size_t n ) { return word( k + 2, b, n ); } );
   }

   [[nodiscard]] inline bool subject_pronoun( std::string_view w ) noexcept;

   // The object of "claim" that states a claim rather than takes a thing ("claimed victory",
   // "claims responsibility for", not "claimed the seat"): the word at `at` (of `n` bytes).
   [[nodiscard]] inline bool claimed_object( const std::string_view s, const std::size_t at, const std::size_t n ) noexcept
   {
      static constexpr std::string_view words[] = { "credit", "ignorance", "innocence", "momentum", "responsibility", "self-defense", "self-defence", "success", "victory" };
      char buf[ 16 ];
      return n <= sizeof( buf ) && std::binary_search( std::begin( words ), std::end( words ), ascii_lower( sub( s, at, n ), buf ) );
   }

   // Before a complement that starts with its verb ("the plan that she argued was doomed"), a
   // cue that cannot be a noun: a past form in "-ed", or any form after a subject pronoun or
   // "who" ("His comments were", "Early voting can" are nouns with their own verb).
   [[nodiscard]] inline bool gap_cue( const match_state& st ) noexcept
   {
      const std::size_t e = st.cap.cue.end;
      if( e >= st.cap.cue.begin + 4 && has_at( st.text, e - 2, "ed" ) ) {
         return true;
      }
      const std::size_t b = st.cap.speaker.begin;
      char buf[ 8 ];
      const std::size_t n = st.cap.speaker.end - b;
      if( !st.cap.speaker.set() || n > sizeof( buf ) ) {
         return false;
      }
      const std::string_view w = ascii_lower( sub( st.text, b, n ), buf );
      return subject_pronoun( w ) || is( w, "who" );
   }

   // A subject pronoun, alone or with a contracted auxiliary: "he", "they're", "she’d", "I'm"
   // (`w` in lower case).
   [[nodiscard]] inline bool subject_pronoun( std::string_view w ) noexcept
   {
      std::size_t apostrophe = w.find( '\'' );
      std::size_t after = apostrophe + 1;
      if( apostrophe == std::string_view::npos ) {
         apostrophe = w.find( "\xE2\x80\x99" );
         after = apostrophe + 3;
      }
      if( apostrophe != std::string_view::npos ) {
         const std::string_view rest = w.substr( after );
         if( !is( rest, "s" ) && !is( rest, "d" ) && !is( rest, "re" ) && !is( rest, "ve" ) && !is( rest, "ll" ) && !is( rest, "m" ) ) {
            return false;
         }
         w = w.substr( 0, apostrophe );
      }
      return is( w, "he" ) || is( w, "she" ) || is( w, "they" ) || is( w, "we" ) || is( w, "i" );
   }

   // Checks that the recorded verb allows a bare complement ("noted the importance of").
   struct bare_complement_ok
   {
      using rule_t = bare_complement_ok;
      using subs_t = pegtl::empty_list;
      using quoth_analyze_t = pegtl::analyze_opt_traits<>;

      template< pegtl::apply_mode A, pegtl::rewind_mode M, template< typename... > class Action, template< typename... > class Control, typename ParseInput >
      [[nodiscard]] static bool match( ParseInput& in, match_state& st ) noexcept
      {
         if( st.cap.verb == nullptr ) {
            return false;
         }
         if( st.cap.verb->lemma == "find" ) {
            // "found himself in a bind", "found a way to": no finding is reported
            const std::size_t at = offset_of( in, st );
            char buf[ 12 ];
            const std::size_t n = word_length( st.text, at );
            const std::string_view w = n <= sizeof( buf ) ? ascii_lower( sub( st.text, at, n ), buf ) : std::string_view();
            if( lexicon::reflexive( w ) || is( w, "ways" ) || ( is( w, "a" ) && has_at( st.text, at + n, " way " ) ) ) {
               return false;
            }
            // "was found dead", "found guilty of fraud": a state or a verdict, no finding reported
            static constexpr std::string_view states[] = { "alive", "dead", "guilty", "innocent", "liable", "unconscious", "unresponsive" };
            if( std::find( std::begin( states ), std::end( states ), w ) != std::end( states ) ) {
               return false;
            }
            // "could find a sponsor", "helped found the group": an ability or a founding
            std::size_t b = st.cap.cue.begin;
            const std::size_t fn = word_length( st.text, b );
            char fb[ 12 ];
            std::string_view first = fn <= sizeof( fb ) ? ascii_lower( sub( st.text, b, fn ), fb ) : std::string_view();
            if( is( first, "find" ) || is( first, "found" ) ) {
               while( b > 0 && st.text[ b - 1 ] == ' ' ) {
                  --b;
               }
               std::size_t wb = b;
               while( wb > 0 && st.text[ wb - 1 ] != ' ' ) {
                  --wb;
               }
               first = b - wb <= sizeof( fb ) ? ascii_lower( sub( st.text, wb, b - wb ), fb ) : std::string_view();
            }
            if( is( first, "can" ) || is( first, "could" ) || is( first, "can't" ) || is( first, "can\xE2\x80\x99t" ) || is( first, "cannot" ) || is( first, "couldn't" ) || is( first, "couldn\xE2\x80\x99t" ) || is( first, "will" ) || is( first, "would" ) || is( first, "might" ) || is( first, "may" ) || is( first, "to" ) || is( first, "help" ) || is( first, "helped" ) || is( first, "better" ) ) {
               return false;
            }
         }
         if( st.cap.verb->use == lexicon::cue_use::as ) {
            // "sees Lind as a threat" (not the passive "is seen as"), else as a that-verb
            const std::size_t at = offset_of( in, st );
            if( as_ahead( st.text, at, st.content_end ) ) {
               std::size_t verb = st.cap.cue.end; // the cue phrase's last word
               while( verb > st.cap.cue.begin && st.text[ verb - 1 ] != ' ' ) {
                  --verb;
               }
               return !after_be( st.text, verb );
            }
         }
         if( st.cap.verb->use == lexicon::cue_use::that || st.cap.verb->use == lexicon::cue_use::as || st.cap.verb->lemma == "make clear" ) {
            // "argued they", "feel we": a subject pronoun opens the complement clause
            const std::size_t at = offset_of( in, st );
            const std::size_t n = word_length( st.text, at );
            char buf[ 12 ];
            if( n == 0 || at + n >= st.text.size() || st.text[ at + n ] != ' ' ) {
               return false;
            }
            if( n <= sizeof( buf ) && subject_pronoun( ascii_lower( sub( st.text, at, n ), buf ) ) ) {
               return true;
            }
            if( st.cap.verb->lemma == "claim" && claimed_object( st.text, at, n ) ) {
               return true; // "claimed victory", "claimed responsibility for the attack"
            }
            if( n <= sizeof( buf ) && finite_auxiliary( ascii_lower( sub( st.text, at, n ), buf ) ) && st.cap.verb->use == lexicon::cue_use::that && gap_cue( st ) ) {
               return true; // "the plan that she argued was doomed": the clause's subject is the relative word
            }
            std::size_t b = at;
            while( b > 0 && st.text[ b - 1 ] == ' ' ) {
               --b;
            }
            return ( b == 0 || st.text[ b - 1 ] != ',' ) && clause_ahead( st.text, at, st.content_end ); // not "You know, the ..."
         }
         if( st.cap.verb->use != lexicon::cue_use::evidence ) {
            // ("pointed out the flaw": the particle taken, not "pointed to")
            // ("looks to build": the verb after the particle is the content, as lexicon::acts_after_to() found)
            return st.cap.verb->use == lexicon::cue_use::bare || st.cap.verb->use == lexicon::cue_use::stance || st.cap.verb->lemma == "look to" || ( st.cap.verb->use == lexicon::cue_use::out && st.cap.cue.end >= 3 && has_at( st.text, st.cap.cue.end - 3, "out" ) );
         }
         // "the poll shows", "a review by the paper showed": a word of the speaker is a document
         if( !st.cap.speaker.set() ) {
            return st.document_subject;
         }
         std::size_t e = st.cap.speaker.end;
         while( e > st.cap.speaker.begin ) {
            while( e > st.cap.speaker.begin && ( st.text[ e - 1 ] == ' ' || st.text[ e - 1 ] == ',' ) ) {
               --e;
            }
            std::size_t b = e;
            while( b > st.cap.speaker.begin && st.text[ b - 1 ] != ' ' ) {
               --b;
            }
            char buf[ 24 ];
            if( e > b && e - b <= sizeof( buf ) && lexicon::contains( lexicon::sorted_documents, ascii_lower( sub( st.text, b, e - b ), buf ) ) ) {
               return true;
            }
            e = b;
         }
         return false;
      }
   };

   // Checks that the recorded verb takes an addressee ("told", "assured", "reminded").
   struct takes_addressee
   {
      using rule_t = takes_addressee;
      using subs_t = pegtl::empty_list;
      using quoth_analyze_t = pegtl::analyze_opt_traits<>;

      template< pegtl::apply_mode A, pegtl::rewind_mode M, template< typename... > class Action, template< typename... > class Control, typename ParseInput >
      [[nodiscard]] static bool match( ParseInput& /*unused*/, match_state& st ) noexcept
      {
         return st.cap.verb != nullptr && lexicon::contains( lexicon::sorted_addressee_verbs, st.cap.verb->lemma );
      }
   };

   // Checks that the recorded verb may take a to-infinitive ("vowed to", "urged voters to").
   struct takes_to
   {
      using rule_t = takes_to;
      using subs_t = pegtl::empty_list;
      using quoth_analyze_t = pegtl::analyze_opt_traits<>;

      template< pegtl::apply_mode A, pegtl::rewind_mode M, template< typename... > class Action, template< typename... > class Control, typename ParseInput >
      [[nodiscard]] static bool match( ParseInput& /*unused*/, match_state& st ) noexcept
      {
         return st.cap.verb != nullptr && lexicon::contains( lexicon::sorted_to_verbs, st.cap.verb->lemma );
      }
   };

   // The particle the recorded verb takes before its content: "referring [to]", "talked [about]".
   struct verb_particle
   {
      using rule_t = verb_particle;
      using subs_t = pegtl::empty_list;
      using quoth_analyze_t = pegtl::analyze_any_traits<>;

      template< pegtl::apply_mode A, pegtl::rewind_mode M, template< typename... > class Action, template< typename... > class Control, typename ParseInput >
      [[nodiscard]] static bool match( ParseInput& in, match_state& st ) noexcept
      {
         if( st.cap.verb == nullptr ) {
            return false;
         }
         const std::size_t at = offset_of( in, st );
         const std::size_t limit = static_cast< std::size_t >( in.end() - st.text.data() );
         const std::string_view s = sub( st.text, 0, limit );
         const std::size_t n = st.word_length( s, at );
         const std::string_view lemma = st.cap.verb->lemma.substr( 0, st.cap.verb->lemma.find( ' ' ) ); // "point out": "point to"
         char buf[ 32 ];
         if( n < 2 || n > 7 || lemma.size() + 1 + n > sizeof( buf ) ) {
            return false;
         }
         std::size_t k = 0;
         for( const char c : lemma ) {
            buf[ k++ ] = c;
         }
         buf[ k++ ] = ' ';
         for( std::size_t j = 0; j < n; ++j ) {
            const char c = s[ at + j ];
            buf[ k++ ] = ( c >= 'A' && c <= 'Z' ) ? static_cast< char >( c - 'A' + 'a' ) : c;
         }
         if( !lexicon::contains( lexicon::sorted_particle_verbs, std::string_view( buf, k ) ) ) {
            return false;
         }
         in.bump( n );
         return true;
      }
   };

   // "to appeal", "not to run": the start of a to-infinitive content.
   struct to_infinitive : pegtl::seq< pegtl::opt< kw< TAO_PEGTL_STRING( "not" ) >, ws >, kw_to, ws, pegtl::opt< quote_mark >, lower_word >
   {};

   struct gerund_word : token< gerund_word >
   {
      static std::size_t test( const std::string_view s, const std::size_t i, const match_state& st ) noexcept
      {
         const std::size_t n = i < s.size() ? st.word_length( s, i ) : 0;
         return ( n > 4 && ends_with( sub( s, i, n ), "ing" ) ) ? n : 0;
      }
   };

   // "spending on ships could sink", "replacing Lind would be hard": a gerund that opens a
   // clause as its subject (a modal or a finite "be", "have" follows within four words), not a
   // participle of saying ("adding it would") nor one before a clause ("hoping that they").
   struct gerund_subject : token< gerund_subject >
   {
      static std::size_t test( const std::string_view s, const std::size_t i, const match_state& st ) noexcept
      {
         const std::size_t n = i < s.size() ? st.word_length( s, i ) : 0;
         if( n <= 4 || !ends_with( sub( s, i, n ), "ing" ) || lexicon::find_cue( sub( s, i, n ) ) != nullptr ) {
            return 0;
         }
         static constexpr std::string_view finite[] = { "are", "can", "could", "did", "does", "had", "has", "is", "may", "might", "must", "should", "was", "were", "will", "would" };
         static constexpr std::string_view stops[] = { "and", "but", "he", "her", "him", "i", "it", "or", "she", "that", "them", "they", "we", "what", "which", "who", "you" };
         std::size_t j = i + n;
         for( int k = 0; k < 4; ++k ) {
            if( j + 1 >= s.size() || s[ j ] != ' ' ) {
               return 0;
            }
            ++j;
            const std::size_t m = st.word_length( s, j );
            if( m == 0 ) {
               return 0;
            }
            if( m <= 6 ) {
               char buf[ 6 ];
               for( std::size_t c = 0; c < m; ++c ) {
                  buf[ c ] = static_cast< char >( lexicon::fold( s[ j + c ] ) );
               }
               const std::string_view w( buf, m );
               if( std::binary_search( std::begin( finite ), std::end( finite ), w ) ) {
                  return n;
               }
               if( std::binary_search( std::begin( stops ), std::end( stops ), w ) ) {
                  return 0;
               }
            }
            j += m;
         }
         return 0;
      }
   };

   // "is seeking", "were saying": a form of "be" before an -ing cue.
   struct progressive : pegtl::seq< kw_sor< kw_is, kw_was, kw_were, kw_been, kw< TAO_PEGTL_STRING( "are" ) >, kw< TAO_PEGTL_STRING( "be" ) > >, pegtl::at< ws, pegtl::opt< pegtl::sor< kw_sor< kw< TAO_PEGTL_STRING( "still" ) >, kw< TAO_PEGTL_STRING( "also" ) >, kw< TAO_PEGTL_STRING( "now" ) >, kw< TAO_PEGTL_STRING( "not" ) >, kw< TAO_PEGTL_STRING( "already" ) >, kw< TAO_PEGTL_STRING( "always" ) > >, ly_adverb >, ws >, gerund_word > > // ("was still hoping", "is increasingly trying")
   {};

   // "didn't", "couldn’t", "won't", "cannot": a negated auxiliary.
   struct negated_aux : token< negated_aux >
   {
      static std::size_t test( const std::string_view s, const std::size_t i, const match_state& st ) noexcept
      {
         const std::size_t n = i < s.size() ? st.word_length( s, i ) : 0;
         char buf[ 16 ];
         if( n < 4 || n > sizeof( buf ) || ( s[ i + n - 1 ] != 't' && s[ i + n - 1 ] != 'T' ) ) {
            return 0; // both endings below end in t
         }
         const std::string_view w = ascii_lower( sub( s, i, n ), buf );
         if( w == "cannot" ) {
            return n;
         }
         std::size_t stem = 0;
         if( rest_is( w, n - 3, "n't" ) ) {
            stem = n - 3;
         }
         else if( n > 5 && rest_is( w, n - 5, "n\xE2\x80\x99t" ) ) {
            stem = n - 5;
         }
         else {
            return 0;
         }
         static constexpr std::string_view stems[] = { "ca", "could", "did", "do", "does", "has", "have", "had", "is", "are", "was", "were", "should", "wo", "would", "must" };
         for( const std::string_view x : stems ) {
            if( sub( w, 0, stem ) == x ) {
               return n;
            }
         }
         return 0;
      }
   };

   // A word that names an attitude: "eager", "reluctant" (lexicon::cue_use::attitude), or an
   // adjective of a stance phrase ("critical" of "critical of").
   struct attitude_word : token< attitude_word >
   {
      static std::size_t test( const std::string_view s, const std::size_t i, const match_state& st ) noexcept
      {
         std::size_t n = 0;
         const lexicon::verb* v = cue_entry_at( s, i, st, n );
         if( v == nullptr ) {
            return 0;
         }
         // an adjective of a stance phrase, the only form of its entry: "critical [of]"
         const bool adjective = v->use == lexicon::cue_use::stance && v->forms.find( ' ' ) == std::string_view::npos;
         return ( v->use == lexicon::cue_use::attitude || v->use == lexicon::cue_use::doubt || adjective ) ? n : 0;
      }
   };

   // "is", "remained", "seems" before an attitude: "is [more] eager to", "remained reluctant to"
   struct attitude_copula
     : pegtl::seq< kw_sor< kw_is, kw_was, kw_were, kw_been, kw< TAO_PEGTL_STRING( "are" ) >, kw< TAO_PEGTL_STRING( "be" ) >, kw< TAO_PEGTL_STRING( "remain" ) >, kw< TAO_PEGTL_STRING( "remains" ) >, kw< TAO_PEGTL_STRING( "remained" ) >, kw< TAO_PEGTL_STRING( "seem" ) >, kw< TAO_PEGTL_STRING( "seems" ) >, kw< TAO_PEGTL_STRING( "seemed" ) >, kw< TAO_PEGTL_STRING( "appear" ) >, kw< TAO_PEGTL_STRING( "appears" ) >, kw< TAO_PEGTL_STRING( "appeared" ) > >,
                   pegtl::at< ws, pegtl::rep_opt< 2, pegtl::sor< kw< TAO_PEGTL_STRING( "more" ) >, kw< TAO_PEGTL_STRING( "less" ) >, kw< TAO_PEGTL_STRING( "so" ) >, kw< TAO_PEGTL_STRING( "very" ) >, kw< TAO_PEGTL_STRING( "all" ) >, kw< TAO_PEGTL_STRING( "too" ) >, kw< TAO_PEGTL_STRING( "not" ) >, kw< TAO_PEGTL_STRING( "still" ) >, kw< TAO_PEGTL_STRING( "now" ) >, kw< TAO_PEGTL_STRING( "also" ) >, ly_adverb >, ws >, attitude_word > >
   {};

   // "more", "all too" between the copula and the attitude
   struct attitude_degree
     : pegtl::seq< kw_sor< kw< TAO_PEGTL_STRING( "more" ) >, kw< TAO_PEGTL_STRING( "less" ) >, kw< TAO_PEGTL_STRING( "so" ) >, kw< TAO_PEGTL_STRING( "very" ) >, kw< TAO_PEGTL_STRING( "all" ) >, kw< TAO_PEGTL_STRING( "too" ) > >,
                   pegtl::at< ws, pegtl::opt< kw< TAO_PEGTL_STRING( "too" ) >, ws >, attitude_word > >
   {};

   // what stands between the subject and the cue: "has", "would", "long", "so far" ("has
   // thus far resisted"), an adverb in -ly
   struct aux_word : kw_sor< negated_aux, attitude_copula, attitude_degree, kw< TAO_PEGTL_STRING( "has" ) >, kw< TAO_PEGTL_STRING( "have" ) >, kw< TAO_PEGTL_STRING( "had" ) >, kw< TAO_PEGTL_STRING( "will" ) >, kw< TAO_PEGTL_STRING( "would" ) >, kw< TAO_PEGTL_STRING( "also" ) >, kw< TAO_PEGTL_STRING( "later" ) >, kw< TAO_PEGTL_STRING( "then" ) >, kw< TAO_PEGTL_STRING( "further" ) >, kw< TAO_PEGTL_STRING( "again" ) >, kw< TAO_PEGTL_STRING( "once" ) >, kw< TAO_PEGTL_STRING( "earlier" ) >, kw< TAO_PEGTL_STRING( "already" ) >, kw< TAO_PEGTL_STRING( "often" ) >, kw< TAO_PEGTL_STRING( "sometimes" ) >, kw< TAO_PEGTL_STRING( "ever" ) >, kw< TAO_PEGTL_STRING( "soon" ) >, kw< TAO_PEGTL_STRING( "however" ) >, kw< TAO_PEGTL_STRING( "now" ) >, kw< TAO_PEGTL_STRING( "still" ) >, kw< TAO_PEGTL_STRING( "even" ) >, kw< TAO_PEGTL_STRING( "just" ) >, kw< TAO_PEGTL_STRING( "never" ) >, kw< TAO_PEGTL_STRING( "not" ) >, kw< TAO_PEGTL_STRING( "did" ) >, kw< TAO_PEGTL_STRING( "does" ) >, kw< TAO_PEGTL_STRING( "do" ) >, kw< TAO_PEGTL_STRING( "can" ) >, kw< TAO_PEGTL_STRING( "could" ) >, kw< TAO_PEGTL_STRING( "may" ) >, kw< TAO_PEGTL_STRING( "might" ) >, kw< TAO_PEGTL_STRING( "should" ) >, kw< TAO_PEGTL_STRING( "must" ) >, kw< TAO_PEGTL_STRING( "long" ) >, kw< TAO_PEGTL_STRING( "since" ) >, kw< TAO_PEGTL_STRING( "first" ) >, pegtl::seq< kw< TAO_PEGTL_STRING( "so" ) >, ws, kw< TAO_PEGTL_STRING( "far" ) > >, pegtl::seq< kw< TAO_PEGTL_STRING( "thus" ) >, ws, kw< TAO_PEGTL_STRING( "far" ) > >, progressive, ly_adverb >
   {};

   struct object_pronoun : kw_sor< kw< TAO_PEGTL_STRING( "him" ) >, kw< TAO_PEGTL_STRING( "her" ) >, kw< TAO_PEGTL_STRING( "them" ) >, kw< TAO_PEGTL_STRING( "us" ) >, kw< TAO_PEGTL_STRING( "me" ) > >
   {};

   // "told Ada, Bo and Cy that", "asked the mayor and the board to": more addressees, before a
   // complement that cannot be taken for one of them (after a date: "told Ada and Bo on Monday that")
   struct more_addressees
     : pegtl::seq< pegtl::rep_max< 3, sp, pegtl::one< ',' >, ws, pegtl::sor< object_pronoun, simple_np > >,
                   pegtl::opt< sp, pegtl::one< ',' > >,
                   ws,
                   kw_and,
                   ws,
                   pegtl::sor< object_pronoun, simple_np >,
                   pegtl::at< pegtl::opt< ws, date_phrase >, ws, kw_sor< kw_that, kw_to, kw_about, kw< TAO_PEGTL_STRING( "if" ) >, kw< TAO_PEGTL_STRING( "why" ) >, kw< TAO_PEGTL_STRING( "how" ) >, kw< TAO_PEGTL_STRING( "whether" ) >, kw< TAO_PEGTL_STRING( "what" ) > > > >
   {};

   // "told Ada, her aide, that": an addressee in apposition, before "that"
   struct addressee_apposition : pegtl::seq< sp, pegtl::one< ',' >, ws, simple_np, pegtl::at< sp, pegtl::one< ',' >, ws, kw_that > >
   {};

   // "told [reporters]", "assured [the committee]"
   struct addressee : scoped< takes_addressee, ws, pegtl::not_at< kw_that >, pegtl::sor< pegtl::seq< object_pronoun, pegtl::not_at< ws, description_word > >, pegtl::seq< simple_np, pegtl::opt< ws, kw_of, ws, pegtl::sor< name_units, pegtl::seq< simple_np, pegtl::at< ws, kw_sor< kw_to, kw< TAO_PEGTL_STRING( "why" ) >, kw< TAO_PEGTL_STRING( "how" ) >, kw< TAO_PEGTL_STRING( "whether" ) >, kw< TAO_PEGTL_STRING( "what" ) > > > > > > >, description_word >, pegtl::opt< pegtl::sor< more_addressees, addressee_apposition > >, pegtl::opt< ws, medium_head > > // ("asked her aide to", "told the Courier newspaper of Charleston", "asked the campaigns of the three candidates why")
   {};

   // was quoted as saying
   struct quoted_as_saying : pegtl::seq< kw_sor< kw_was, kw_is, kw_were >, ws, kw_quoted, ws, kw_as, ws, kw_saying >
   {};

   // "went on to", "refused to", "would like to", "seems to": a verb whose infinitive is the cue
   // ("refused to say", "went on to argue", "seems to show").
   struct catenative_word : kw_sor< kw< TAO_PEGTL_STRING( "went" ) >, kw< TAO_PEGTL_STRING( "goes" ) >, kw< TAO_PEGTL_STRING( "began" ) >, kw< TAO_PEGTL_STRING( "begins" ) >, kw< TAO_PEGTL_STRING( "tried" ) >, kw< TAO_PEGTL_STRING( "try" ) >, kw< TAO_PEGTL_STRING( "tries" ) >, kw< TAO_PEGTL_STRING( "trying" ) >, kw< TAO_PEGTL_STRING( "begun" ) >, kw< TAO_PEGTL_STRING( "seem" ) >, kw< TAO_PEGTL_STRING( "seems" ) >, kw< TAO_PEGTL_STRING( "seemed" ) >, kw< TAO_PEGTL_STRING( "appear" ) >, kw< TAO_PEGTL_STRING( "appears" ) >, kw< TAO_PEGTL_STRING( "appeared" ) >, kw< TAO_PEGTL_STRING( "like" ) >, kw< TAO_PEGTL_STRING( "struggled" ) >, kw< TAO_PEGTL_STRING( "struggling" ) >, kw< TAO_PEGTL_STRING( "used" ) >, kw< TAO_PEGTL_STRING( "need" ) >, kw< TAO_PEGTL_STRING( "needs" ) >, kw< TAO_PEGTL_STRING( "needed" ) >, kw< TAO_PEGTL_STRING( "continue" ) >, kw< TAO_PEGTL_STRING( "continues" ) >, kw< TAO_PEGTL_STRING( "continued" ) > >
   {};

   // "began calling for", "kept saying": a verb whose gerund is the cue
   struct gerund_catenative_word : kw_sor< kw< TAO_PEGTL_STRING( "began" ) >, kw< TAO_PEGTL_STRING( "begin" ) >, kw< TAO_PEGTL_STRING( "begins" ) >, kw< TAO_PEGTL_STRING( "started" ) >, kw< TAO_PEGTL_STRING( "start" ) >, kw< TAO_PEGTL_STRING( "starts" ) >, kw< TAO_PEGTL_STRING( "kept" ) >, kw< TAO_PEGTL_STRING( "keep" ) >, kw< TAO_PEGTL_STRING( "keeps" ) > >
   {};

   // "was quick to", "are more likely to", "is able to": a copula and a readiness before the
   // cue's infinitive
   struct readiness
     : pegtl::seq< kw_sor< kw_is, kw_was, kw_were, kw_been, kw< TAO_PEGTL_STRING( "are" ) >, kw< TAO_PEGTL_STRING( "be" ) >, kw< TAO_PEGTL_STRING( "seem" ) >, kw< TAO_PEGTL_STRING( "seems" ) >, kw< TAO_PEGTL_STRING( "seemed" ) >, kw< TAO_PEGTL_STRING( "appeared" ) > >,
                   ws,
                   pegtl::rep_opt< 2, pegtl::sor< kw_sor< kw< TAO_PEGTL_STRING( "more" ) >, kw< TAO_PEGTL_STRING( "less" ) >, kw< TAO_PEGTL_STRING( "most" ) >, kw< TAO_PEGTL_STRING( "very" ) >, kw< TAO_PEGTL_STRING( "not" ) >, kw< TAO_PEGTL_STRING( "also" ) >, kw< TAO_PEGTL_STRING( "far" ) >, kw< TAO_PEGTL_STRING( "much" ) >, kw< TAO_PEGTL_STRING( "even" ) > >, ly_adverb >, ws >,
                   kw_sor< kw< TAO_PEGTL_STRING( "quick" ) >, kw< TAO_PEGTL_STRING( "likely" ) >, kw< TAO_PEGTL_STRING( "unlikely" ) >, kw< TAO_PEGTL_STRING( "ready" ) >, kw< TAO_PEGTL_STRING( "able" ) >, kw< TAO_PEGTL_STRING( "unable" ) >, kw< TAO_PEGTL_STRING( "slow" ) > >,
                   ws,
                   kw_to,
                   ws >
   {};

   struct catenative : pegtl::sor< pegtl::seq< catenative_word, pegtl::opt< ws, kw< TAO_PEGTL_STRING( "on" ) > >, ws, kw_to, ws >, pegtl::seq< gerund_catenative_word, ws, pegtl::at< gerund_word > >, readiness >
   {};

   // The auxiliaries and adverbs before a cue verb ("has also", "did not"), memoised: the cue
   // is looked for at the same word after each speaker phrase that ends before it.
   struct aux_words : pegtl::rep_opt< 3, aux_word, ws >
   {};

   // "continued to question", "went on to attack": after a catenative's "to", the bare form of
   // a verb whose entry leaves it out because it is a noun as well.
   struct cue_lemma
   {
      using rule_t = cue_lemma;
      using subs_t = pegtl::empty_list;
      using quoth_analyze_t = pegtl::analyze_any_traits<>;
      static constexpr bool quoth_writes_captures = true;  // the verb
      static constexpr bool quoth_clean_on_failure = true; // only when it matches

      template< pegtl::apply_mode A, pegtl::rewind_mode M, template< typename... > class Action, template< typename... > class Control, typename ParseInput >
      [[nodiscard]] static bool match( ParseInput& in, match_state& st ) noexcept
      {
         const std::size_t at = offset_of( in, st );
         const std::size_t limit = static_cast< std::size_t >( in.end() - st.text.data() );
         const std::size_t n = st.word_length( sub( st.text, 0, limit ), at );
         if( n < 4 || st.text[ at ] < 'a' || st.text[ at ] > 'z' ) {
            return false;
         }
         const lexicon::verb* v = lexicon::find_left_out_lemma( sub( st.text, at, n ) );
         if( v == nullptr ) {
            return false;
         }
         st.cap.verb = v;
         in.bump( n );
         return true;
      }
   };

   template< cue_context Context >
   struct cue_verb_addressee : pegtl::seq< cue_verb< Context >, std::conditional_t< Context == cue_context::inverted, pegtl::success, pegtl::opt< addressee > > >
   {};

   // (after a catenative the cue verb, or a lemma its forms leave out)
   template< cue_context Context >
   struct cue_phrase : pegtl::sor< quoted_as_saying, pegtl::seq< aux_words, pegtl::if_then_else< catenative, pegtl::sor< cue_verb_addressee< Context >, cue_lemma >, cue_verb_addressee< Context > > > >
   {};

   // "two days ago", "a few weeks ago", "years ago": a time before now, at most two words
   // before its unit.
   struct ago_phrase : token< ago_phrase >
   {
      static std::size_t test( const std::string_view s, const std::size_t i, const match_state& st ) noexcept
      {
         static constexpr std::string_view units[] = { "day", "days", "decade", "decades", "hour", "hours", "month", "months", "week", "weeks", "year", "years" };
         const std::size_t reach = std::min( st.content_end, i + 40 );
         // (most places have no "ago" near: look for its "g", a rarer byte than a space)
         bool near = false;
         for( std::size_t g = i + 3; g + 1 < reach && !near; ++g ) {
            const void* hit = std::memchr( s.data() + g, 'g', reach - 1 - g );
            if( hit == nullptr ) {
               break;
            }
            g = static_cast< std::size_t >( static_cast< const char* >( hit ) - s.data() );
            near = s[ g - 1 ] == 'a' && s[ g - 2 ] == ' ' && s[ g + 1 ] == 'o';
         }
         if( !near ) {
            return 0;
         }
         std::size_t j = i;
         for( int k = 0; k < 3; ++k ) {
            const std::size_t n = word_length( s, j );
            if( n == 0 || n > 8 || !( ( s[ j ] >= 'a' && s[ j ] <= 'z' ) || ( s[ j ] >= '0' && s[ j ] <= '9' ) ) ) {
               return 0;
            }
            if( std::binary_search( std::begin( units ), std::end( units ), sub( s, j, n ) ) ) {
               return has_at( s, j + n, " ago" ) && word_length( s, j + n + 1 ) == 3 ? j + n + 4 - i : 0;
            }
            j += n;
            if( j >= s.size() || s[ j ] != ' ' ) {
               return 0;
            }
            ++j;
         }
         return 0;
      }
   };

   // "later", "again", "publicly", "just" before a date: adverbs between the cue and its dates
   // and media.
   struct adverb : pegtl::sor< kw_sor< kw< TAO_PEGTL_STRING( "however" ) >, kw< TAO_PEGTL_STRING( "later" ) >, kw< TAO_PEGTL_STRING( "again" ) >, kw< TAO_PEGTL_STRING( "also" ) >, kw< TAO_PEGTL_STRING( "separately" ) >, kw< TAO_PEGTL_STRING( "earlier" ) >, manner_adverb >, ago_phrase, pegtl::seq< kw< TAO_PEGTL_STRING( "just" ) >, pegtl::at< ws, date_phrase > > >
   {};

   // "in Miami", "at the White House": where, not through what; not recorded.
   struct place_noun : kw_sor< kw< TAO_PEGTL_STRING( "capital" ) >, kw< TAO_PEGTL_STRING( "city" ) >, kw< TAO_PEGTL_STRING( "town" ) >, kw< TAO_PEGTL_STRING( "village" ) >, kw< TAO_PEGTL_STRING( "region" ) >, kw< TAO_PEGTL_STRING( "country" ) >, kw< TAO_PEGTL_STRING( "province" ) >, kw< TAO_PEGTL_STRING( "district" ) >, kw< TAO_PEGTL_STRING( "area" ) > >
   {};

   struct place : pegtl::seq< kw_sor< kw_in, kw_at >, ws, pegtl::opt< determiner, ws >, pegtl::sor< pegtl::seq< place_noun, pegtl::opt< ws, kw_of, ws, pegtl::list< cap_word, ws > > >, pegtl::list< cap_word, ws > > >
   {};

   // One date or medium after the cue (or the speaker).
   struct adjunct : pegtl::sor< capture< slots::date, date_phrase >, capture< slots::medium, medium_phrase >, adverb, place >
   {};

   // After a comma, an adverb is the cue's only when a comma, "that" or the sentence's end
   // follows it: "Lind said, however, that ...", but in "Prices rose, she says, especially
   // online" the adverb opens the next words.
   struct comma_adjunct : pegtl::sor< capture< slots::date, date_phrase >, capture< slots::medium, medium_phrase >, pegtl::seq< adverb, pegtl::at< sp, pegtl::sor< pegtl::one< ',' >, kw_that, at_sentence_end > > >, place >
   {};

   struct adjuncts : pegtl::rep_opt< 4, scoped< sp, pegtl::sor< pegtl::seq< pegtl::one< ',' >, sp, comma_adjunct >, adjunct > > >
   {};

   struct content_rest : capture< slots::content, rest >
   {};

   struct comma : pegtl::one< ',' >
   {};

   struct colon : pegtl::one< ':' >
   {};

   // ---- speaker first ----------------------------------------------------------------------

   // ", in his letter to the board," between speaker and cue
   struct medium_aside : scoped< sp, comma, sp, capture< slots::medium, medium_phrase >, sp, comma >
   {};

   // ", a surgeon at the city hospital," / ", who chairs the council,": part of the speaker
   struct after_quote_comma; // below

   // The aside ends with a comma, or with a quotation whose text ends with one: "X, citing
   // “the unique magic of Trump,” said".
   struct plain_aside : scoped< sp, comma, sp, pegtl::not_at< medium_phrase, sp, comma >, aside, pegtl::sor< pegtl::seq< sp, comma >, after_quote_comma > >
   {};

   // Two asides before the cue, the first not a name: "Ana Ruiz, 63, a nurse at the clinic,
   // said", "Lee Porter, a driver from Ava, Mo., who is a member, said" (not "In October, Mr.
   // Paulson, who made billions, told": "In October" is no speaker).
   template< cue_context Context >
   struct two_asides : pegtl::seq< scoped< sp, comma, sp, pegtl::not_at< cap_word >, pegtl::not_at< medium_phrase, sp, comma >, aside, sp, comma >, scoped< sp, pegtl::not_at< medium_phrase, sp, comma >, aside_without_cue, sp, comma >, pegtl::at< ws, cue_phrase< Context > > >
   {};

   struct aside_part : pegtl::sor< medium_aside, plain_aside >
   {};

   // "asked whether ...", "explained how ...": the content starts with the wh-word.
   struct wh_word : kw_sor< kw< TAO_PEGTL_STRING( "whether" ) >, kw< TAO_PEGTL_STRING( "if" ) >, kw< TAO_PEGTL_STRING( "why" ) >, kw< TAO_PEGTL_STRING( "how" ) >, kw< TAO_PEGTL_STRING( "what" ) >, kw< TAO_PEGTL_STRING( "when" ) >, kw< TAO_PEGTL_STRING( "where" ) >, kw< TAO_PEGTL_STRING( "who" ) >, kw< TAO_PEGTL_STRING( "which" ) > >
   {};

   // "said on the convention floor that ...", "announced at a rally in Ohio that ...": a short
   // prepositional phrase between the cue and "that".
   // "said to him that", "wrote to the board that" (not "wanted to say that")
   struct to_addressee : pegtl::seq< kw_to, pegtl::at< ws, pegtl::sor< determiner, cap_word, kw< TAO_PEGTL_STRING( "him" ) >, kw< TAO_PEGTL_STRING( "them" ) >, kw< TAO_PEGTL_STRING( "me" ) >, kw< TAO_PEGTL_STRING( "us" ) >, kw< TAO_PEGTL_STRING( "reporters" ) > > > >
   {};

   // "for the first time", "for years": a stretch of time
   // "the second straight week", "the third day", "the last time": a time, at most two words after "the"
   struct time_noun : kw_sor< kw< TAO_PEGTL_STRING( "time" ) >, kw< TAO_PEGTL_STRING( "week" ) >, kw< TAO_PEGTL_STRING( "day" ) >, kw< TAO_PEGTL_STRING( "month" ) >, kw< TAO_PEGTL_STRING( "year" ) >, kw< TAO_PEGTL_STRING( "night" ) >, kw< TAO_PEGTL_STRING( "debate" ) > >
   {};
   struct the_time : pegtl::seq< kw< TAO_PEGTL_STRING( "the" ) >, ws, pegtl::sor< time_noun, pegtl::seq< lower_word, ws, time_noun >, pegtl::seq< lower_word, ws, lower_word, ws, time_noun > > >
   {};
   struct for_time : pegtl::seq< kw_for, pegtl::at< ws, pegtl::sor< the_time, kw< TAO_PEGTL_STRING( "years" ) >, kw< TAO_PEGTL_STRING( "months" ) >, kw< TAO_PEGTL_STRING( "weeks" ) >, kw< TAO_PEGTL_STRING( "days" ) >, kw< TAO_PEGTL_STRING( "decades" ) > > > >
   {};

   struct cue_preposition : kw_sor< kw_on, kw_in, kw_at, kw_during, kw< TAO_PEGTL_STRING( "after" ) >, kw_with, kw_from, kw< TAO_PEGTL_STRING( "outside" ) >, kw< TAO_PEGTL_STRING( "following" ) >, kw< TAO_PEGTL_STRING( "before" ) >, kw_by, kw< TAO_PEGTL_STRING( "over" ) >, to_addressee, for_time >
   {};

   struct clause_verb; // below

   // "that would tie ..." after a noun is a relative clause
   struct to_comma;

   // "said on the radio, where she is now a host, that ...": an aside on the place or time
   // before the that-clause
   struct where_aside : pegtl::seq< sp, comma, ws, pegtl::at< kw_sor< kw< TAO_PEGTL_STRING( "where" ) >, kw< TAO_PEGTL_STRING( "when" ) > > >, to_comma, comma, ws, pegtl::at< kw_that > >
   {};

   // "said at a rally in Ohio that ...", "said on CNN, where she is a host, that ..."
   struct phrase_then_that : pegtl::seq< ws, cue_preposition, pegtl::rep_min_max< 1, 7, ws, pegtl::not_at< kw_that >, pegtl::sor< possessive, word, short_year > >, pegtl::sor< where_aside, pegtl::seq< sp, pegtl::opt< comma, sp > > >, kw_that, ws, pegtl::not_at< clause_verb > >
   {};

   struct gerund_body; // below

   // Words that open no bare complement: "said by phone", "said while promoting a film",
   // "said, however", not "described as".
   struct complement_breaker
     : kw_sor< kw_by, kw_to, kw_in, kw_on, kw_with, kw_from, kw_and, kw< TAO_PEGTL_STRING( "or" ) >, kw< TAO_PEGTL_STRING( "while" ) >, kw< TAO_PEGTL_STRING( "when" ) >, kw< TAO_PEGTL_STRING( "since" ) >, kw< TAO_PEGTL_STRING( "until" ) >, kw< TAO_PEGTL_STRING( "though" ) >, kw< TAO_PEGTL_STRING( "although" ) >, kw< TAO_PEGTL_STRING( "unless" ) >, kw< TAO_PEGTL_STRING( "however" ) > >
   {};

   // "after the meeting", "during a visit to Ohio", "following the vote": a phrase of time
   // after the cue that opens no reported clause of its own.
   struct time_preposition : kw_sor< kw< TAO_PEGTL_STRING( "after" ) >, kw< TAO_PEGTL_STRING( "before" ) >, kw_during, kw< TAO_PEGTL_STRING( "following" ) > >
   {};
   struct time_adjunct : pegtl::seq< time_preposition, pegtl::rep_min_max< 1, 7, ws, pegtl::not_at< kw_that >, pegtl::sor< possessive, word > > >
   {};
   // ... or of place, when nothing follows it: "as she said at the outset - ...", not "said
   // at least ten" nor "told customers at a diner in Dover, Ohio, that ..."
   struct place_adjunct : pegtl::seq< kw_at, pegtl::not_at< ws, kw_sor< kw< TAO_PEGTL_STRING( "least" ) >, kw< TAO_PEGTL_STRING( "most" ) > > >, pegtl::rep_min_max< 1, 7, ws, pegtl::not_at< kw_that >, pegtl::sor< possessive, word > > >
   {};
   // ... or a span of time: "thought for a moment and said", "have been discussing for
   // several weeks."
   struct span_of_time : pegtl::seq< kw_for, ws, pegtl::opt< kw_sor< kw< TAO_PEGTL_STRING( "a" ) >, kw< TAO_PEGTL_STRING( "several" ) >, kw< TAO_PEGTL_STRING( "many" ) >, kw< TAO_PEGTL_STRING( "some" ) >, kw< TAO_PEGTL_STRING( "two" ) >, kw< TAO_PEGTL_STRING( "three" ) > >, ws >, kw_sor< kw< TAO_PEGTL_STRING( "moment" ) >, kw< TAO_PEGTL_STRING( "while" ) >, kw< TAO_PEGTL_STRING( "second" ) >, kw< TAO_PEGTL_STRING( "minute" ) >, kw< TAO_PEGTL_STRING( "minutes" ) >, kw< TAO_PEGTL_STRING( "hours" ) >, kw< TAO_PEGTL_STRING( "days" ) >, kw< TAO_PEGTL_STRING( "weeks" ) >, kw< TAO_PEGTL_STRING( "months" ) >, kw< TAO_PEGTL_STRING( "years" ) > >, pegtl::not_at< pegtl::one< '-' > > >
   {};
   struct phrase_ends : pegtl::seq< sp, pegtl::sor< pegtl::eof, comma, pegtl::one< '.', ';', ':', '-', ')' >, pegtl::utf8::one< 0x2013, 0x2014 > > >
   {};

   // A bare complement: "said the plan would fail", "explained after winning Ohio, the race
   // is over" (the time phrase before the comma is no content), not "said during the debate."
   // nor "said after the meeting, because ..." (no content follows the cue there).
   struct bare_complement
     : pegtl::sor< scoped< time_adjunct, sp, comma, sp, pegtl::not_at< complement_breaker >, pegtl::not_at< kw< TAO_PEGTL_STRING( "because" ) > >, bare_complement_ok, content_rest >,
                   pegtl::seq< bare_complement_ok, pegtl::not_at< complement_breaker >, pegtl::not_at< time_adjunct, phrase_ends >, pegtl::not_at< span_of_time, pegtl::sor< phrase_ends, pegtl::seq< ws, kw_and > > >, pegtl::not_at< place_adjunct, sp, pegtl::sor< pegtl::eof, pegtl::one< '.', ';', ':', '-', ')' >, pegtl::utf8::one< 0x2013, 0x2014 > > >, content_rest > >
   {};

   // "responded to the tweet by calling him “dopey”": the content is the gerund's
   struct by_gerund : pegtl::seq< pegtl::opt< ws, kw_to, ws, pegtl::sor< object_pronoun, simple_np > >, adjuncts, ws, kw_by, gerund_body >
   {};

   // "argued, for example, that", "complained - in a letter to the board - that": an aside
   // between commas or dashes before the that-clause, up to "that" (at most 120 bytes, no
   // quotation, full stop, colon, semicolon or parenthesis in it).
   struct aside_to_that : token< aside_to_that >
   {
      // the length of the dash at `j` ("-", "--", an en or em dash), or 0
      static std::size_t dash_at( const std::string_view s, const std::size_t j ) noexcept
      {
         if( has_at( s, j, "--" ) ) {
            return 2;
         }
         if( has_at( s, j, "- " ) ) {
            return 1;
         }
         return ( has_at( s, j, "\xE2\x80\x93" ) || has_at( s, j, "\xE2\x80\x94" ) ) ? 3 : 0;
      }

      static std::size_t test( const std::string_view s, const std::size_t i, const match_state& st ) noexcept
      {
         std::size_t j = i;
         while( j < st.content_end && s[ j ] == ' ' ) {
            ++j;
         }
         const bool by_comma = j < st.content_end && s[ j ] == ',';
         const std::size_t open = by_comma ? 1 : ( j > i ? dash_at( s, j ) : 0 );
         if( open == 0 ) {
            return 0;
         }
         j += open;
         const std::size_t first = j;
         const std::size_t end = std::min( st.content_end, first + 120 );
         for( ; j < end; ++j ) {
            const char c = s[ j ];
            if( c == '.' || c == ';' || c == ':' || c == '(' || c == ')' || c == '"' || st.quote_at( j ) != nullptr ) {
               return 0;
            }
            const std::size_t close = by_comma ? ( c == ',' ? 1 : 0 ) : ( s[ j - 1 ] == ' ' ? dash_at( s, j ) : 0 );
            if( close == 0 ) {
               continue;
            }
            if( word_length( s, first + ( s[ first ] == ' ' ? 1 : 0 ) ) == 0 ) {
               return 0; // no word in the aside
            }
            std::size_t k = j + close;
            while( k < st.content_end && s[ k ] == ' ' ) {
               ++k;
            }
            return k > j + close && has_at( s, k, "that " ) ? k - i : 0;
         }
         return 0;
      }
   };

   struct speaker_first_tail
     : pegtl::sor< scoped< pegtl::opt< where_aside >, sp, pegtl::opt< comma, sp >, kw_sor< pegtl::seq< kw_that, pegtl::not_at< ws, clause_verb > >, kw_about >, ws, content_rest >,
                   scoped< aside_to_that, kw_that, pegtl::not_at< ws, clause_verb >, ws, content_rest >,
                   scoped< ws, kw_sor< kw_on, kw< TAO_PEGTL_STRING( "over" ) >, pegtl::seq< kw< TAO_PEGTL_STRING( "as" ) >, ws, kw_to > >, ws, pegtl::at< wh_word >, content_rest >, // "split on whether ..."
                   scoped< phrase_then_that, content_rest >,
                   scoped< ws, pegtl::at< wh_word >, content_rest >,
                   scoped< sp, colon, sp, content_rest >,
                   scoped< sp, pegtl::opt< comma, sp >, pegtl::at< quote >, content_rest >,
                   // "said in the spin room, “...”", "wrote to his followers: “...”"
                   scoped< ws, pegtl::not_at< verb_particle >, kw_sor< kw_in, kw_at, kw_to, kw_of, kw_on, kw_with, kw< TAO_PEGTL_STRING( "during" ) >, kw< TAO_PEGTL_STRING( "after" ) >, kw< TAO_PEGTL_STRING( "before" ) >, kw< TAO_PEGTL_STRING( "outside" ) >, kw< TAO_PEGTL_STRING( "from" ) > >, pegtl::rep_min_max< 1, 7, ws, pegtl::sor< possessive, word > >, sp, pegtl::sor< comma, colon >, sp, pegtl::at< quote >, content_rest >,
                   scoped< ws, kw_to, ws, pegtl::sor< object_pronoun, simple_np >, sp, colon, sp, content_rest >,
                   scoped< sp, comma, sp, pegtl::rep_min_max< 1, 6, pegtl::sor< possessive, word >, sp >, colon, sp, pegtl::at< quote >, content_rest >, // "told them, to loud applause: “...”"
                   scoped< sp, comma, sp, pegtl::not_at< clause_verb >, bare_complement_ok, content_rest >,                                              // not "Lind, who advises Ortiz, is no fan"
                   scoped< ws, takes_to, pegtl::at< to_infinitive >, content_rest >,
                   scoped< ws, verb_particle, ws, content_rest >,
                   scoped< ws, kw_to, ws, pegtl::sor< object_pronoun, simple_np >, ws, pegtl::at< kw_about >, verb_particle, ws, content_rest >, // "talked to reporters about the deficit"
                   scoped< ws, verb_particle, sp, pegtl::sor< comma, colon >, sp, pegtl::at< quote >, content_rest >,                            // "wrote back, “...”"
                   scoped< ws, bare_complement >,
                   scoped< by_gerund > >
   {};

   // "And", "But", "Or": a conjunction before the speaker is not part of it.
   struct leading_conjunction : kw_sor< kw< TAO_PEGTL_ISTRING( "and" ) >, kw< TAO_PEGTL_ISTRING( "but" ) >, kw< TAO_PEGTL_ISTRING( "yet" ) >, kw< TAO_PEGTL_ISTRING( "so" ) >, kw< TAO_PEGTL_ISTRING( "or" ) > >
   {};

   // "When X said ...", "If X wants ...": the clause is an attribution all the same.
   struct subordinator : kw_sor< kw< TAO_PEGTL_ISTRING( "if" ) >, kw< TAO_PEGTL_ISTRING( "when" ) >, kw< TAO_PEGTL_ISTRING( "while" ) >, kw< TAO_PEGTL_ISTRING( "because" ) >, kw< TAO_PEGTL_ISTRING( "although" ) >, kw< TAO_PEGTL_ISTRING( "though" ) >, kw< TAO_PEGTL_ISTRING( "since" ) >, kw< TAO_PEGTL_ISTRING( "unless" ) >, kw< TAO_PEGTL_ISTRING( "once" ) >, kw< TAO_PEGTL_ISTRING( "what" ) >, kw< TAO_PEGTL_ISTRING( "how" ) >, kw< TAO_PEGTL_ISTRING( "why" ) >, kw< TAO_PEGTL_ISTRING( "where" ) >, kw< TAO_PEGTL_ISTRING( "whether" ) > >
   {};

   // Checks that the recorded cue is no bare participle right after a comma: "On Monday,
   // after a delay, Lind toured the site, saying ..." has no speaker "a delay, Lind toured
   // the site" (the participle's speaker is the subject of the clause before it).
   struct finite_after_comma
   {
      using rule_t = finite_after_comma;
      using subs_t = pegtl::empty_list;
      using quoth_analyze_t = pegtl::analyze_opt_traits<>;

      template< pegtl::apply_mode A, pegtl::rewind_mode M, template< typename... > class Action, template< typename... > class Control, typename ParseInput >
      [[nodiscard]] static bool match( ParseInput& /*unused*/, match_state& st ) noexcept
      {
         const slot& cue = st.cap.cue;
         std::size_t b = cue.begin;
         while( b > 0 && st.text[ b - 1 ] == ' ' ) {
            --b;
         }
         if( b == 0 || st.text[ b - 1 ] != ',' ) {
            return true;
         }
         const std::size_t n = word_length( st.text, cue.begin );
         return !( n > 4 && ends_with( sub( st.text, cue.begin, n ), "ing" ) );
      }
   };

   // The speaker, its date and medium, the cue and its adjuncts of a speaker-first sentence.
   struct speaker_first_head
     : pegtl::seq< pegtl::opt< pegtl::sor< leading_conjunction, subordinator >, ws >,
                   pegtl::not_at< kw< TAO_PEGTL_ISTRING( "as" ) > >,
                   pegtl::not_at< kw< TAO_PEGTL_ISTRING( "that" ) >, ws, kw< TAO_PEGTL_STRING( "said" ) >, sp, comma >, // "That said, ..."
                   capture< slots::speaker, speaker_with_name, pegtl::opt< pegtl::sor< two_asides< cue_context::before_content >, plain_aside > > >,
                   pegtl::opt< medium_aside >,
                   pegtl::opt< scoped< ws, pegtl::opt< kw_sor< kw< TAO_PEGTL_STRING( "later" ) >, kw< TAO_PEGTL_STRING( "earlier" ) > >, ws >, capture< slots::date, date_phrase > > >,
                   // (a medium only before the cue: "Polls in the state show" has none)
                   pegtl::opt< scoped< ws, capture< slots::medium, medium_phrase > >, pegtl::opt< scoped< ws, place > >, pegtl::at< ws, cue_phrase< cue_context::before_content > > >,
                   ws,
                   capture< slots::cue, cue_phrase< cue_context::before_content > >,
                   finite_after_comma,
                   adjuncts >
   {};

   struct speaker_first : pegtl::seq< speaker_first_head, speaker_first_tail >
   {};

   // The words after "which" in "the plan, which she has since defended, ...": a speaker and a
   // cue whose object is the relative word. What follows the cue is no object: punctuation, a
   // conjunction, a preposition or the end of the sentence.
   struct object_gap : pegtl::sor< pegtl::eof, pegtl::at< sp, pegtl::one< ',', ')', ';', ':', '.', '-' > >, pegtl::at< sp, pegtl::utf8::one< 0x2013, 0x2014 > >, pegtl::at< ws, kw_sor< kw_and, kw< TAO_PEGTL_STRING( "or" ) >, kw< TAO_PEGTL_STRING( "but" ) >, kw_in, kw_on, kw_at, kw_for, kw_with, kw< TAO_PEGTL_STRING( "under" ) >, kw< TAO_PEGTL_STRING( "during" ) >, kw< TAO_PEGTL_STRING( "before" ) >, kw< TAO_PEGTL_STRING( "after" ) >, kw< TAO_PEGTL_STRING( "last" ) >, kw< TAO_PEGTL_STRING( "this" ) >, kw< TAO_PEGTL_STRING( "years" ) > > > >
   {};

   struct relative_object : pegtl::seq< capture< slots::speaker, speaker_phrase >, ws, capture< slots::cue, cue_phrase< cue_context::before_content > >, object_gap >
   {};

   // ---- quote first ------------------------------------------------------------------------

   struct second_quote : scoped< sp, pegtl::opt< pegtl::sor< comma, colon >, sp >, capture< slots::quote2, quote > >
   {};

   // "“A,” Lind said, and “B.”", "..., but still “B.”": a second quotation after "and" or
   // "but" (and "still", "also" or "then") that ends the sentence goes on with the first; one
   // with a clause after it is a clause of its own ("..., and “B” is what Ada wants").
   struct conjoined_quote
     : scoped< sp, comma, ws, kw_sor< kw_and, kw< TAO_PEGTL_STRING( "but" ) > >, pegtl::opt< ws, kw_sor< kw< TAO_PEGTL_STRING( "still" ) >, kw< TAO_PEGTL_STRING( "also" ) >, kw< TAO_PEGTL_STRING( "then" ) > > >, ws, capture< slots::quote2, quote >, pegtl::at< sp, at_sentence_end > >
   {};

   // ", an economist at the bank" in "“A,” said Lind, an economist at the bank, “B.”" and "last
   // week" in "“A,” Lind wrote last week, “B.”": the words between the speaker (with its
   // adjuncts) and a second quotation, up to the comma before it. At most 160 bytes, with no
   // quotation, colon, semicolon or parenthesis in them; not "and", "but" or a participle of
   // speech after the first comma ("“A,” Lind said, adding, “B.”" and "..., and Ada agreed,
   // “B.”" are clauses of their own; "“A,” Lind said, pointing to the map, “B.”" is one).
   struct aside_before_quote : token< aside_before_quote >
   {
      // "adding", "noting", "whispering": a participle of speech opens a clause of its own;
      // "referring to the deal", "pointing at the map" are asides.
      [[nodiscard]] static bool says_something( const std::string_view s, const std::size_t w, const std::size_t n ) noexcept
      {
         const lexicon::verb* v = lexicon::find_cue( s.substr( w, n ) );
         if( v == nullptr || ( v->use == lexicon::cue_use::out && !has_at( s, w + n, " out" ) ) ) {
            return false; // "pointing to the map"
         }
         return v->use == lexicon::cue_use::quote || lexicon::contains( lexicon::sorted_inverting_verbs, v->lemma );
      }

      static std::size_t test( const std::string_view s, const std::size_t i, const match_state& st ) noexcept
      {
         const std::size_t end = std::min( st.content_end, i + 160 );
         if( i >= end || ( s[ i ] != ',' && s[ i ] != ' ' ) ) {
            return 0;
         }
         std::size_t w = i + 1;
         while( w < end && s[ w ] == ' ' ) {
            ++w;
         }
         const std::size_t n = word_length( s, w );
         if( n == 0 || has_at( s, w, "and " ) || has_at( s, w, "but " ) || ( n > 4 && has_at( s, w + n - 3, "ing" ) && says_something( s, w, n ) ) ) {
            return 0;
         }
         for( std::size_t j = w; j < end; ++j ) {
            const char c = s[ j ];
            if( c == ';' || c == ':' || c == '(' || c == ')' ) {
               return 0;
            }
            if( c == ',' ) {
               std::size_t k = j + 1;
               while( k < end && s[ k ] == ' ' ) {
                  ++k;
               }
               if( k < end && st.quote_at( k ) != nullptr ) {
                  return j - i;
               }
            }
            else if( detail::quote_lead.is[ static_cast< unsigned char >( c ) ] && st.quote_at( j ) != nullptr ) {
               return 0;
            }
         }
         return 0;
      }
   };

   // After a comma that follows prose (not a quotation), only reporting verbs come before their
   // speaker: "..., said the mayor", not "..., praised the president's actions".
   struct inverting_cue
   {
      using rule_t = inverting_cue;
      using subs_t = pegtl::empty_list;
      using quoth_analyze_t = pegtl::analyze_opt_traits<>;

      template< pegtl::apply_mode A, pegtl::rewind_mode M, template< typename... > class Action, template< typename... > class Control, typename ParseInput >
      [[nodiscard]] static bool match( ParseInput& /*unused*/, match_state& st ) noexcept
      {
         const lexicon::verb* v = st.cap.verb;
         if( v == nullptr || v->use == lexicon::cue_use::quote || lexicon::contains( lexicon::sorted_inverting_verbs, v->lemma ) ) {
            return true;
         }
         std::size_t b = st.cap.cue.begin;
         while( b > 0 && ( st.text[ b - 1 ] == ' ' || st.text[ b - 1 ] == ',' ) ) {
            --b;
         }
         std::size_t len = 0;
         return b > 0 && is_quote_mark( decode_before( st.text, b, len ) ); // “...,” agreed Lind
      }
   };

   // "are", "was", "will": after "“...,” said the days of ..." a verb shows that the words
   // after the cue are a clause, not its speaker.
   struct clause_verb : kw_sor< negated_aux, kw< TAO_PEGTL_STRING( "does" ) >, kw< TAO_PEGTL_STRING( "did" ) >, kw_is, kw_was, kw_were, kw_has, kw_have, kw< TAO_PEGTL_STRING( "are" ) >, kw< TAO_PEGTL_STRING( "had" ) >, kw< TAO_PEGTL_STRING( "will" ) >, kw< TAO_PEGTL_STRING( "would" ) >, kw< TAO_PEGTL_STRING( "could" ) >, kw< TAO_PEGTL_STRING( "can" ) > >
   {};

   struct quote_first
     : pegtl::seq< capture< slots::quote1, quote >,
                   sp,
                   pegtl::opt< comma, sp >,
                   pegtl::sor< pegtl::seq< capture< slots::cue, cue_phrase< cue_context::inverted > >, ws, capture< slots::speaker, speaker_phrase, pegtl::opt< ws, paren_note > >, pegtl::not_at< ws, clause_verb > >,
                               pegtl::seq< capture< slots::speaker, speaker_phrase, pegtl::opt< ws, paren_note > >, pegtl::opt< pegtl::sor< two_asides< cue_context::after_quote >, aside_part > >, ws, capture< slots::cue, cue_phrase< cue_context::after_quote > > > >,
                   adjuncts,
                   pegtl::opt< pegtl::sor< second_quote, conjoined_quote, pegtl::seq< aside_before_quote, second_quote > > > >
   {};

   // One word of a speaker the speaker rules do not read ("super PAC spokeswoman", "one P&G
   // employee", "the guru who founded fivethirtyeight.com"): no quotation mark and no sentence
   // punctuation but full stops (the sentence splitter has decided which ones end a sentence:
   // "Ala.", "Mr."); a comma may end it.
   struct loose_word : token< loose_word >
   {
      static std::size_t test( const std::string_view s, const std::size_t i, const match_state& /*unused*/ ) noexcept
      {
         std::size_t j = i;
         std::size_t len = 0;
         // control characters are no part of a word (and make no speaker's name)
         while( j < s.size() ) {
            if( is_ascii_alnum( static_cast< unsigned char >( s[ j ] ) ) ) {
               ++j; // most bytes: nothing below stops at them
               continue;
            }
            const char32_t c = decode( s, j, len );
            if( is_space( c ) ) {
               break;
            }
            if( ( c == '\'' || c == 0x2019 ) && j > i && j + len < s.size() && is_ascii_alnum( static_cast< unsigned char >( s[ j + len ] ) ) ) {
               j += len; // an apostrophe inside the word ("week's", "O'Neill", "they're")
               continue;
            }
            if( is_quote_mark( c ) || c == '!' || c == '?' || c == ';' || c == ':' || c < 0x20 || c == 0x7F ) {
               return 0;
            }
            if( c == ',' && !( j + 1 < s.size() && s[ j + 1 ] == ' ' ) ) {
               return 0;
            }
            j += len;
            if( c == ',' ) {
               break;
            }
         }
         return j - i;
      }
   };

   // “...,” super PAC spokeswoman Jo Lind said. -- where the speaker rules read no speaker,
   // up to 14 words between a quotation and the first cue word after it, when the cue ends the
   // sentence (after its adjuncts) or a second quotation follows.
   struct loose_speaker : pegtl::seq< pegtl::not_at< kw_sor< kw_and, kw< TAO_PEGTL_STRING( "but" ) >, kw< TAO_PEGTL_STRING( "then" ) >, kw< TAO_PEGTL_STRING( "so" ) >, kw< TAO_PEGTL_STRING( "as" ) > > >, loose_word, pegtl::rep_max< 13, ws, pegtl::not_at< cue_phrase< cue_context::after_quote > >, loose_word > >
   {};

   struct quote_first_loose
     : pegtl::seq< capture< slots::quote1, quote >,
                   sp,
                   pegtl::opt< comma, sp >,
                   capture< slots::speaker, loose_speaker >,
                   ws,
                   capture< slots::cue, cue_phrase< cue_context::after_quote > >,
                   adjuncts,
                   pegtl::sor< second_quote, at_sentence_end > >
   {};

   // "Breitbart News responded:" at the end of a paragraph whose next paragraph is a quotation.
   struct colon_intro : pegtl::seq< speaker_first_head, sp, colon, sp, pegtl::eof >
   {};

   // After a subject the speaker rules do not read, at the start of a sentence: "Several
   // supporters of reform said it is ...", "Democrats trying to win the Senate say they ...",
   // "Bo Lind, 29, of Elk City, Okla., says her ...". The engine takes up to 16 words before
   // the sentence's first cue phrase as the speaker when the content opens plainly: "that", a
   // pronoun, "the", "a" or "this", a quotation, or a colon.
   struct clause_opening_pronoun
     : kw_sor< kw< TAO_PEGTL_ISTRING( "he" ) >, kw< TAO_PEGTL_ISTRING( "she" ) >, kw< TAO_PEGTL_ISTRING( "they" ) >, kw< TAO_PEGTL_ISTRING( "we" ) >, kw< TAO_PEGTL_ISTRING( "i" ) >, kw< TAO_PEGTL_ISTRING( "it" ) >, kw< TAO_PEGTL_ISTRING( "there" ) >, kw< TAO_PEGTL_ISTRING( "his" ) >, kw< TAO_PEGTL_ISTRING( "her" ) >, kw< TAO_PEGTL_ISTRING( "their" ) >, kw< TAO_PEGTL_ISTRING( "its" ) >, kw< TAO_PEGTL_ISTRING( "our" ) >, kw< TAO_PEGTL_ISTRING( "the" ) >, kw< TAO_PEGTL_ISTRING( "a" ) >, kw< TAO_PEGTL_ISTRING( "this" ) > >
   {};

   struct loose_subject_tail
     : pegtl::seq< capture< slots::cue, cue_phrase< cue_context::before_content > >,
                   adjuncts,
                   pegtl::sor< scoped< sp, pegtl::opt< comma, sp >, kw_that, ws, content_rest >,
                               scoped< phrase_then_that, content_rest >, // "said at a rally in Dover that"
                               scoped< ws, pegtl::at< clause_opening_pronoun >, bare_complement_ok, content_rest >,
                               scoped< sp, comma, sp, pegtl::at< quote >, content_rest >,
                               scoped< ws, pegtl::at< kw_sor< kw< TAO_PEGTL_STRING( "whether" ) >, kw< TAO_PEGTL_STRING( "how" ) >, kw< TAO_PEGTL_STRING( "why" ) > > >, content_rest >,
                               scoped< sp, colon, sp, content_rest > > >
   {};

   // The same with a bare complement ("Many speakers at the service said his death ..."): the
   // engine tries it only after a subject whose last word is no function word.
   struct loose_subject_bare_tail
     : pegtl::seq< capture< slots::cue, cue_phrase< cue_context::before_content > >,
                   adjuncts,
                   scoped< ws, bare_complement > >
   {};

   // ---- content first ----------------------------------------------------------------------

   struct according_to : pegtl::seq< kw_according, ws, kw_to >
   {};

   // Zero width: right after a quotation whose last character is a comma (“...,” he said).
   struct after_quote_comma
   {
      using rule_t = after_quote_comma;
      using subs_t = pegtl::empty_list;
      using quoth_analyze_t = pegtl::analyze_opt_traits<>;

      template< pegtl::apply_mode A, pegtl::rewind_mode M, template< typename... > class Action, template< typename... > class Control, typename ParseInput >
      [[nodiscard]] static bool match( ParseInput& in, match_state& st ) noexcept
      {
         const std::size_t at = offset_of( in, st );
         std::size_t len = 0;
         const char32_t c = decode_before( st.text, at, len );
         if( !is_quote_mark( c ) || at < len + 1 ) {
            return false;
         }
         if( ( c == '\'' || c == '`' ) && at >= 3 && st.text[ at - 2 ] == st.text[ at - 1 ] ) {
            return st.text[ at - 3 ] == ','; // ''Yes,'' he said
         }
         if( st.text[ at - len - 1 ] == ',' ) {
            return true;
         }
         // a nested quotation closed after the comma: “... telling us, ‘not here,’” she said
         std::size_t inner = 0;
         const char32_t d = decode_before( st.text, at - len, inner );
         return ( d == 0x2019 || d == '\'' ) && at >= len + inner + 1 && st.text[ at - len - inner - 1 ] == ',';
      }
   };

   // A closing aside that runs to the end of the sentence: ", an economist at the bank."
   struct final_aside : scoped< sp, comma, sp, pegtl::at< pegtl::sor< determiner, cap_word, kw< TAO_PEGTL_STRING( "who" ) >, kw< TAO_PEGTL_STRING( "whose" ) >, kw< TAO_PEGTL_STRING( "which" ) > > >, aside_to_end >
   {};

   // A head noun that makes "according to" mean "in proportion to", not "as said by".
   struct measure_noun : kw_sor< kw< TAO_PEGTL_STRING( "number" ) >, kw< TAO_PEGTL_STRING( "plan" ) >, kw< TAO_PEGTL_STRING( "schedule" ) >, kw< TAO_PEGTL_STRING( "size" ) >, kw< TAO_PEGTL_STRING( "amount" ) >, kw< TAO_PEGTL_STRING( "order" ) >, kw< TAO_PEGTL_STRING( "rules" ) >, kw< TAO_PEGTL_STRING( "law" ) >, kw< TAO_PEGTL_STRING( "needs" ) >, kw< TAO_PEGTL_STRING( "age" ) > >
   {};

   // After "according to" any noun phrase can be the source: "a count by the AP",
   // "early results of the exit poll", "ouest-france.fr".
   struct by_phrase : scoped< ws, kw_by, ws, simple_np >
   {};

   struct generic_np : pegtl::seq< pegtl::opt< determiner, ws >, pegtl::not_at< measure_noun >, description_unit, pegtl::rep_opt< 4, ws, pegtl::not_at< measure_noun >, description_unit >, pegtl::rep_opt< 3, pegtl::sor< of_phrase, by_phrase, post_participle > > >
   {};

   struct source_phrase : pegtl::sor< scoped< speaker_phrase, pegtl::rep_opt< 2, pegtl::sor< by_phrase, post_participle > >, pegtl::not_at< ws, kw_of > >, generic_np >
   {};

   // The subject of a sentence, as the speaker of a clause with none: "Smith", "She", "The aide".
   // A description as a subject ends at its head noun: "The aide [walked back ...]".
   struct subject_description : pegtl::seq< determiner, ws, pegtl::sor< pegtl::seq< pegtl::rep_opt< 3, pegtl::not_at< head_noun >, description_unit, ws >, head_noun >, name_units >, pegtl::rep_opt< 2, of_phrase > >
   {};

   // "Minutes later, ...", "Two days earlier": a span of time before "later", no subject
   struct time_span_opening
     : pegtl::seq< pegtl::opt< number_word, ws >,
                   kw_sor< kw< TAO_PEGTL_ISTRING( "seconds" ) >, kw< TAO_PEGTL_ISTRING( "minutes" ) >, kw< TAO_PEGTL_ISTRING( "moments" ) >, kw< TAO_PEGTL_ISTRING( "hours" ) >, kw< TAO_PEGTL_ISTRING( "days" ) >, kw< TAO_PEGTL_ISTRING( "weeks" ) >, kw< TAO_PEGTL_ISTRING( "months" ) >, kw< TAO_PEGTL_ISTRING( "years" ) >, kw< TAO_PEGTL_ISTRING( "decades" ) > >,
                   ws,
                   kw_sor< kw< TAO_PEGTL_STRING( "later" ) >, kw< TAO_PEGTL_STRING( "earlier" ) >, kw< TAO_PEGTL_STRING( "ago" ) >, kw< TAO_PEGTL_STRING( "before" ) >, kw< TAO_PEGTL_STRING( "after" ) > > >
   {};

   struct subject
     : pegtl::seq< pegtl::not_at< kw_it >,
                   pegtl::not_at< time_span_opening >,
                   pegtl::not_at< gerund_word >,
                   capture< slots::speaker, pegtl::sor< pronoun, subject_description, pegtl::seq< pegtl::not_at< lex< lexicon::sorted_stop_words > >, speaker_with_name > >, pegtl::opt< pegtl::sor< two_asides< cue_context::before_content >, plain_aside > > >,
                   ws,
                   lower_word >
   {};

   // Checks that the recorded speaker does not end with a lower-case word in -ed: ", said the
   // plan failed" is a clause, not an inverted speaker ("the accused" is rare after "said").
   struct speaker_not_participle
   {
      using rule_t = speaker_not_participle;
      using subs_t = pegtl::empty_list;
      using quoth_analyze_t = pegtl::analyze_opt_traits<>;

      template< pegtl::apply_mode A, pegtl::rewind_mode M, template< typename... > class Action, template< typename... > class Control, typename ParseInput >
      [[nodiscard]] static bool match( ParseInput& /*unused*/, match_state& st ) noexcept
      {
         const slot& who = st.cap.speaker;
         std::size_t e = who.end;
         while( e > who.begin && st.text[ e - 1 ] == ' ' ) {
            --e;
         }
         std::size_t b = e;
         while( b > who.begin && st.text[ b - 1 ] != ' ' ) {
            --b;
         }
         return !( e - b > 3 && st.text[ b ] >= 'a' && st.text[ b ] <= 'z' && st.text[ e - 2 ] == 'e' && st.text[ e - 1 ] == 'd' );
      }
   };

   // ", X said [DATE|MEDIUM]*" / ", said X" / ", according to X" / ", as X noted", after the
   // content.
   // "as reported by", "as first noted by": a passive "as" clause whose agent is the source of
   // the main clause ("As reported by the Courier, A", "A, as first reported by the Courier.").
   // The participle records its verb.
   struct as_by_participle
   {
      using rule_t = as_by_participle;
      using subs_t = pegtl::empty_list;
      using quoth_analyze_t = pegtl::analyze_any_traits<>;
      static constexpr bool quoth_writes_captures = true;  // the verb
      static constexpr bool quoth_clean_on_failure = true; // only when it matches

      template< pegtl::apply_mode A, pegtl::rewind_mode M, template< typename... > class Action, template< typename... > class Control, typename ParseInput >
      [[nodiscard]] static bool match( ParseInput& in, match_state& st ) noexcept
      {
         static constexpr std::string_view words[] = { "confirmed", "described", "detailed", "disclosed", "documented", "explained", "mentioned", "noted", "reported", "revealed" };
         const std::size_t at = offset_of( in, st );
         const std::size_t limit = static_cast< std::size_t >( in.end() - st.text.data() );
         const std::size_t n = st.word_length( sub( st.text, 0, limit ), at );
         const std::string_view w = sub( st.text, at, n );
         if( !std::binary_search( std::begin( words ), std::end( words ), w ) ) {
            return false;
         }
         st.cap.verb = lexicon::find_cue( w );
         in.bump( n );
         return true;
      }
   };

   struct as_by_cue : pegtl::seq< pegtl::opt< kw_sor< kw< TAO_PEGTL_STRING( "first" ) >, kw< TAO_PEGTL_STRING( "previously" ) >, kw< TAO_PEGTL_STRING( "earlier" ) > >, ws >, as_by_participle, ws, kw_by >
   {};

   struct trailer_core
     : pegtl::seq< pegtl::sor< comma, pegtl::seq< after_quote_comma, pegtl::at< ws > > >,
                   sp,
                   pegtl::sor< pegtl::seq< capture< slots::cue, according_to >, ws, capture< slots::speaker, source_phrase > >,
                               pegtl::seq< kw_as, ws, capture< slots::cue, as_by_cue >, ws, capture< slots::speaker, source_phrase > >,
                               pegtl::seq< capture< slots::cue, cue_phrase< cue_context::inverted > >, inverting_cue, ws, capture< slots::speaker, speaker_phrase, pegtl::opt< ws, paren_note > >, speaker_not_participle, pegtl::not_at< ws, clause_verb > >,
                               pegtl::seq< pegtl::opt< kw_as, ws >, capture< slots::speaker, speaker_phrase, pegtl::opt< ws, paren_note > >, pegtl::opt< pegtl::sor< two_asides< cue_context::after_quote >, aside_part > >, ws, capture< slots::cue, cue_phrase< cue_context::after_quote > > > >,
                   adjuncts >
   {};

   // The trailer of a sentence: "The bridge will reopen, the engineer said on Monday."
   // The engine tries it at each comma (and after each quotation that ends in a comma).
   // Checks a speaker of one short word (a longer one always passes): Derived::excluded()
   // gets it in lower case.
   template< typename Derived >
   struct speaker_word_check
   {
      using rule_t = Derived;
      using subs_t = pegtl::empty_list;
      using quoth_analyze_t = pegtl::analyze_opt_traits<>;

      template< pegtl::apply_mode A, pegtl::rewind_mode M, template< typename... > class Action, template< typename... > class Control, typename ParseInput >
      [[nodiscard]] static bool match( ParseInput& /*unused*/, match_state& st ) noexcept
      {
         char buf[ 8 ];
         const slot& who = st.cap.speaker;
         return !who.set() || who.end - who.begin > sizeof( buf ) || !Derived::excluded( ascii_lower( sub( st.text, who.begin, who.end - who.begin ), buf ) );
      }
   };

   // Checks that the recorded speaker is not a pronoun: "he said, the bridge will ..." has no
   // aside after the speaker, whatever follows the comma.
   struct speaker_not_pronoun : speaker_word_check< speaker_not_pronoun >
   {
      [[nodiscard]] static bool excluded( const std::string_view w ) noexcept
      {
         return lexicon::contains( lexicon::sorted_pronouns, w );
      }
   };

   // Checks that the recorded speaker is not "who" or "which": in "On Monday, Lind, who had
   // not voted after the debate, decided to act", "who had not voted" is no parenthetical, and
   // in "The effort was led by Lind, who has said for years that A", "who has said" is no
   // trailer of the clause before it.
   struct speaker_not_relative : speaker_word_check< speaker_not_relative >
   {
      [[nodiscard]] static bool excluded( const std::string_view w ) noexcept
      {
         return is( w, "who" ) || is( w, "which" );
      }
   };

   // Does the speaker follow the cue ("..., said Lind")? Only such a speaker takes an aside
   // that ends the sentence: "..., said Lind, an economist at the bank.", but "In some ways,
   // the brothers noted, Lind might like it." is a parenthetical.
   struct speaker_after_cue
   {
      using rule_t = speaker_after_cue;
      using subs_t = pegtl::empty_list;
      using quoth_analyze_t = pegtl::analyze_opt_traits<>;

      template< pegtl::apply_mode A, pegtl::rewind_mode M, template< typename... > class Action, template< typename... > class Control, typename ParseInput >
      [[nodiscard]] static bool match( ParseInput& /*unused*/, match_state& st ) noexcept
      {
         return st.cap.speaker.set() && st.cap.cue.set() && st.cap.speaker.begin > st.cap.cue.begin;
      }
   };

   // The rest of a sentence after its trailer, when it opens with a preposition or a
   // subordinating word: "..., he said on CNN.", "..., she told reporters after the vote."
   // Holds no comma, colon, semicolon or dash, and no quotation longer than a title.
   struct trailing_phrase : token< trailing_phrase >
   {
      // Is the text from i to the sentence's end (its closing punctuation aside) a time of at
      // most five words that opens with "late" or "early" or ends with "later", "ago" or
      // "earlier" ("late Thursday", "a few days later")?
      static bool time_to_end( const std::string_view s, const std::size_t i, std::size_t end ) noexcept
      {
         while( end > i && ( s[ end - 1 ] == '.' || s[ end - 1 ] == ' ' || s[ end - 1 ] == '!' ) ) {
            --end;
         }
         const std::string_view phrase = sub( s, i, end - i );
         if( phrase.empty() || std::count( phrase.begin(), phrase.end(), ' ' ) > 4 || phrase.find_first_of( ",;:(\"" ) != std::string_view::npos ) {
            return false;
         }
         const std::size_t last = phrase.rfind( ' ' );
         const std::string_view tail = last == std::string_view::npos ? phrase : phrase.substr( last + 1 );
         const bool opener = ( phrase.size() > 5 && ( has_at( phrase, 0, "late " ) || has_at( phrase, 0, "early " ) ) );
         return opener || is( tail, "later" ) || is( tail, "ago" ) || is( tail, "earlier" );
      }

      static std::size_t test( const std::string_view s, const std::size_t i, const match_state& st ) noexcept
      {
         const lexicon::verb* v = st.cap.verb;
         if( v == nullptr || v->lemma == "ask" || !lexicon::contains( lexicon::sorted_inverting_verbs, v->lemma ) || st.cap.speaker.begin > st.cap.cue.begin ) {
            return 0; // "..., X declined to name them", "..., said the days when ..." are no trailers
         }
         const std::size_t n = i < s.size() ? st.word_length( s, i ) : 0;
         char buf[ 12 ];
         if( n == 0 || n > sizeof( buf ) || st.content_end <= i + n ) {
            return 0;
         }
         const std::string_view w = ascii_lower( sub( s, i, n ), buf );
         if( time_to_end( s, i, st.content_end ) ) {
            return st.content_end - i; // "late Thursday", "a few days later"
         }
         if( !lexicon::contains( lexicon::sorted_trailing_openers, w ) || ( is( w, "at" ) && ( has_at( s, i + n, " least" ) || has_at( s, i + n, " most" ) ) ) || ( is( w, "of" ) && v->lemma != "say" ) ) {
            return 0; // "..., CNN reported at least six planes", "..., they complain of X": the rest is content
         }
         for( std::size_t j = i + n; j < st.content_end; ) {
            const char c = s[ j ];
            if( c == ',' || c == ';' || c == ':' || c == '(' ) {
               return 0;
            }
            if( const raw_quote* q = st.quote_at( j ); q != nullptr ) {
               if( !q->closed || q->content_end - q->content_begin > 60 ) {
                  return 0;
               }
               j = q->close_end;
               continue;
            }
            if( has_at( s, j, "\xE2\x80\x94" ) || has_at( s, j, "\xE2\x80\x93" ) ) {
               return 0; // a dash
            }
            ++j;
         }
         return st.content_end - i;
      }
   };

   // A relative clause right after the speaker, to the sentence end: "..., said an aide who
   // was briefed on the talks."
   struct relative_to_end : scoped< ws, pegtl::at< kw< TAO_PEGTL_STRING( "who" ) > >, aside_to_end >
   {};

   // A dash that opens a closing phrase: "..., the office reported -- a setback for Lind."
   struct closing_dash : pegtl::seq< ws, pegtl::sor< pegtl::string< '-', '-' >, pegtl::utf8::one< 0x2013, 0x2014 > >, ws >
   {};

   struct trailer : pegtl::seq< trailer_core, speaker_not_relative, pegtl::opt< ws, pegtl::sor< time_adjunct, place_adjunct >, pegtl::at< closing_dash > >, pegtl::opt< speaker_not_pronoun, speaker_after_cue, pegtl::sor< final_aside, relative_to_end > >, pegtl::sor< at_sentence_end, pegtl::at< comma, ws, pegtl::not_at< gerund_subject >, gerund_word >, pegtl::at< closing_dash >, pegtl::at< pegtl::one< ';' > > > >
   {};

   // A trailer that a phrase closes: "The plan will fail, he said on CNN."
   struct trailer_then_phrase : pegtl::seq< trailer_core, speaker_not_relative, ws, trailing_phrase, at_sentence_end >
   {};

   // A parenthetical attribution: "The plan, the mayor said, will cost less."
   // "The plan, the mayor said after the vote, will cost less."
   struct parenthetical : pegtl::seq< trailer_core, speaker_not_relative, pegtl::opt< ws, time_adjunct, pegtl::at< sp, comma > >, sp, comma, ws, pegtl::sor< pegtl::at< gerund_subject >, pegtl::not_at< gerund_word > >, pegtl::not_at< kw< TAO_PEGTL_STRING( "who" ) > > >
   {};

   // ---- according to -----------------------------------------------------------------------

   // The source of a sentence-initial "according to" that source_phrase does not read, up to
   // its comma: "reports emerging in the local press", "recently leaked council documents",
   // "interviews with a dozen of her friends, aides and allies" (a short list after the comma
   // goes on). At most 14 words, with no quotation and no sentence punctuation.
   struct loose_source : token< loose_source >
   {
      // Where the comma that ends the words from b is (npos: none, or a word that ends no
      // source on the way); `words` counts them.
      static std::size_t comma_after( const std::string_view s, const std::size_t b, const match_state& st, std::size_t& words ) noexcept
      {
         words = 0;
         bool in_word = false;
         const std::size_t end = std::min( st.content_end, b + 160 );
         for( std::size_t j = b; j < end; ++j ) {
            const char c = s[ j ];
            if( c == ',' ) {
               return in_word || words > 0 ? j : std::string_view::npos;
            }
            if( c == ';' || c == ':' || c == '(' || c == ')' || c == '"' || c == '\n' || st.quote_at( j ) != nullptr ) {
               return std::string_view::npos; // (a full stop inside the sentence ends no source: "Sen. Lind")
            }
            if( c == ' ' ) {
               in_word = false;
            }
            else if( !in_word ) {
               in_word = true;
               if( ++words > 14 ) {
                  return std::string_view::npos;
               }
            }
         }
         return std::string_view::npos;
      }

      static std::size_t test( const std::string_view s, const std::size_t i, const match_state& st ) noexcept
      {
         std::size_t words = 0;
         const std::size_t comma = comma_after( s, i, st, words );
         if( comma == std::string_view::npos || words == 0 ) {
            return 0;
         }
         // "her friends, aides and allies,": a list of at most four words with "and" or "or"
         std::size_t more = 0;
         const std::size_t next = comma_after( s, comma + 1, st, more );
         if( next != std::string_view::npos && more <= 4 && words + more <= 14 ) {
            const std::string_view tail = sub( s, comma + 1, next - comma - 1 );
            if( tail.find( " and " ) != std::string_view::npos || tail.find( " or " ) != std::string_view::npos ) {
               return next - i;
            }
         }
         return comma - i;
      }
   };

   // ("According to Ada Brook, a spokesman for the port, A": the role in apposition is no part
   // of the content)
   struct according_first : pegtl::seq< pegtl::opt< leading_conjunction, pegtl::opt< sp, comma >, ws >, capture< slots::cue, according_to >, ws, capture< slots::speaker, source_phrase, pegtl::opt< pegtl::at< appositive_name >, sp, comma, sp, person_name, pegtl::not_at< sp, comma, sp, role_appositive > > >, adjuncts, pegtl::opt< sp, comma, sp, role_appositive >, sp, comma, sp, content_rest >
   {};

   // "According to reports emerging in the press, A": the same with a source of any words
   struct according_first_loose : pegtl::seq< pegtl::opt< leading_conjunction, pegtl::opt< sp, comma >, ws >, capture< slots::cue, according_to >, ws, capture< slots::speaker, loose_source >, comma, sp, content_rest >
   {};

   // ---- In X's view, CONTENT ---------------------------------------------------------------

   // "In Lind's view, A", "In their opinion, A": the owner of the view is the speaker, the
   // noun its cue, the clause after the comma its content.
   struct view_owner : pegtl::sor< kw_sor< kw< TAO_PEGTL_STRING( "his" ) >, kw< TAO_PEGTL_STRING( "her" ) >, kw< TAO_PEGTL_STRING( "their" ) >, kw< TAO_PEGTL_STRING( "its" ) > >, pegtl::seq< pegtl::rep_max< 3, pegtl::not_at< possessive >, cap_word, ws >, possessive > >
   {};

   struct view_noun : kw_sor< kw< TAO_PEGTL_STRING( "view" ) >, kw< TAO_PEGTL_STRING( "opinion" ) >, kw< TAO_PEGTL_STRING( "estimation" ) >, kw< TAO_PEGTL_STRING( "mind" ) > >
   {};

   struct in_view_first : pegtl::seq< kw< TAO_PEGTL_ISTRING( "in" ) >, ws, capture< slots::speaker, view_owner >, ws, pegtl::opt< kw< TAO_PEGTL_STRING( "own" ) >, ws >, capture< slots::cue, view_noun >, sp, comma, sp, content_rest >
   {};

   // ---- as X said, CONTENT -----------------------------------------------------------------

   // "As Lind put it: ...": the idiom is the cue
   struct put_it : pegtl::seq< pegtl::opt< kw_has, ws >, kw< TAO_PEGTL_STRING( "put" ) >, ws, kw_it >
   {};

   struct as_first : pegtl::seq< kw< TAO_PEGTL_ISTRING( "as" ) >, ws, capture< slots::speaker, speaker_with_name, pegtl::opt< plain_aside > >, ws, capture< slots::cue, pegtl::sor< put_it, cue_phrase< cue_context::after_quote > > >, adjuncts, sp, pegtl::sor< comma, colon >, sp, content_rest >
   {};

   struct as_by_first : pegtl::seq< kw< TAO_PEGTL_ISTRING( "as" ) >, ws, capture< slots::cue, as_by_cue >, ws, capture< slots::speaker, source_phrase >, adjuncts, sp, comma, sp, content_rest >
   {};

   // "Said Lind, “...”": the cue opens the sentence, before its speaker and the quotation (an
   // aside may follow the speaker: "Said Lind, who grew up here, “...”").
   struct cue_first : pegtl::seq< capture< slots::cue, cue_verb< cue_context::inverted > >, inverting_cue, ws, capture< slots::speaker, speaker_phrase, pegtl::opt< ws, paren_note > >, pegtl::opt< aside_before_quote >, sp, pegtl::sor< comma, colon >, sp, pegtl::at< quote >, content_rest >
   {};

   // ---- anaphoric passive: the content is the previous sentence ----------------------------

   struct anaphor : kw_sor< kw_this, kw_that, kw_it >
   {};

   struct passive_aux : kw_sor< kw_was, kw_were, kw_is, pegtl::seq< kw_sor< kw_has, kw_have >, ws, kw_been > >
   {};

   struct anaphoric
     : pegtl::seq< anaphor, ws, passive_aux, ws, capture< slots::cue, cue_verb< cue_context::participle > >, adjuncts, ws, kw_by, ws, capture< slots::speaker, speaker_with_name >, adjuncts >
   {};

   // A verb in the past in -ed ("offered", "failed"), as a clause has it after its subject.
   struct past_ed_word : token< past_ed_word >
   {
      static std::size_t test( const std::string_view s, const std::size_t i, const match_state& st ) noexcept
      {
         const std::size_t n = ( i < s.size() && s[ i ] >= 'a' && s[ i ] <= 'z' ) ? st.word_length( s, i ) : 0;
         return ( n > 4 && has_at( s, i + n - 2, "ed" ) ) ? n : 0;
      }
   };

   // A verb after "it" that is no form in -ed: a common irregular past ("it set", "it broke")
   // or a present in -s ("it costs", "it needs"; not "-ss" nor "-us").
   struct finite_after_it : token< finite_after_it >
   {
      static std::size_t test( const std::string_view s, const std::size_t i, const match_state& st ) noexcept
      {
         const std::size_t n = ( i < s.size() && s[ i ] >= 'a' && s[ i ] <= 'z' ) ? st.word_length( s, i ) : 0;
         if( n >= 4 && s[ i + n - 1 ] == 's' && s[ i + n - 2 ] != 's' && s[ i + n - 2 ] != 'u' && s[ i + n - 2 ] != '\'' ) {
            return n;
         }
         static constexpr std::string_view pasts[] = { "became", "began", "broke", "cost", "cut", "felt", "found", "hurt", "let", "meant", "paid", "put", "rose", "saw", "set", "shut", "sold", "spent", "stood", "told" };
         static constexpr auto set = lexicon::sorted( pasts );
         const std::string_view w = sub( s, i, n );
         return ( n >= 3 && n <= 7 && ( lexicon::contains( irregular_past_set, w ) || lexicon::contains( set, w ) ) ) ? n : 0;
      }
   };

   // "it is", "it was", "it would", "it offered", "it set", "it costs": after "saying", "it"
   // opens a clause, not an object.
   struct verb_after_it
     : pegtl::sor< finite_after_it, kw_sor< kw_is, kw_was, kw_has, kw< TAO_PEGTL_STRING( "had" ) >, kw< TAO_PEGTL_STRING( "will" ) >, kw< TAO_PEGTL_STRING( "would" ) >, kw< TAO_PEGTL_STRING( "could" ) >, kw< TAO_PEGTL_STRING( "should" ) >, kw< TAO_PEGTL_STRING( "can" ) >, kw< TAO_PEGTL_STRING( "may" ) >, kw< TAO_PEGTL_STRING( "might" ) >, kw< TAO_PEGTL_STRING( "must" ) >, kw< TAO_PEGTL_STRING( "did" ) >, kw< TAO_PEGTL_STRING( "does" ) >, kw< TAO_PEGTL_STRING( "gave" ) >, kw< TAO_PEGTL_STRING( "made" ) >, kw< TAO_PEGTL_STRING( "took" ) > >, past_ed_word >
   {};

   // ---- participle clause: X did something, saying that ... -------------------------------

   // "calling it a mistake", "labelling it a hoax": after a verb that names its object, "it"
   // is the object.
   struct names_object
   {
      using rule_t = names_object;
      using subs_t = pegtl::empty_list;
      using quoth_analyze_t = pegtl::analyze_opt_traits<>;

      template< pegtl::apply_mode A, pegtl::rewind_mode M, template< typename... > class Action, template< typename... > class Control, typename ParseInput >
      [[nodiscard]] static bool match( ParseInput& /*unused*/, match_state& st ) noexcept
      {
         const lexicon::verb* v = st.cap.verb;
         return v != nullptr && ( v->lemma == "call" || v->lemma == "describe" || v->lemma == "dub" || v->lemma == "label" || v->use == lexicon::cue_use::as ); // ("seeing it as a stunt")
      }
   };
   // Tried at each ", " of a sentence; the speaker is found by the engine.

   // The clause after its comma (or after a quotation whose text ends with one: "..., calling
   // it “a farce,” stating that ...").
   struct gerund_complement;

   struct gerund_body
     : pegtl::seq< ws, pegtl::opt< pegtl::sor< kw_sor< kw< TAO_PEGTL_STRING( "also" ) >, kw< TAO_PEGTL_STRING( "instead" ) >, kw< TAO_PEGTL_STRING( "again" ) >, kw< TAO_PEGTL_STRING( "then" ) >, kw< TAO_PEGTL_STRING( "even" ) >, kw< TAO_PEGTL_STRING( "while" ) >, kw< TAO_PEGTL_STRING( "before" ) >, kw< TAO_PEGTL_STRING( "after" ) > >, ly_adverb >, ws >, capture< slots::cue, cue_verb< cue_context::gerund >, pegtl::opt< addressee > >, gerund_complement >
   {};

   // "Noting that A, ...": the participle that opens a sentence (its content ends at the comma).
   struct opening_gerund : pegtl::seq< capture< slots::cue, cue_verb< cue_context::gerund >, pegtl::opt< addressee > >, gerund_complement >
   {};

   // What the participle reports.
   struct gerund_complement
     : pegtl::sor< scoped< ws, kw_that, ws, content_rest >, scoped< phrase_then_that, content_rest >, scoped< sp, colon, sp, content_rest >, scoped< sp, comma, sp, pegtl::at< quote >, content_rest >, scoped< ws, pegtl::at< wh_word >, content_rest >, scoped< ws, takes_to, pegtl::at< to_infinitive >, content_rest >, scoped< ws, verb_particle, ws, content_rest >, scoped< ws, bare_complement_ok, pegtl::not_at< kw_sor< kw_by, kw_to, kw_in, kw_on, kw_with, kw< TAO_PEGTL_STRING( "along" ) >, kw< TAO_PEGTL_STRING( "alongside" ) > > >, pegtl::sor< names_object, pegtl::not_at< kw_it, ws, pegtl::not_at< verb_after_it > > >, content_rest > >
   {};

   struct gerund_clause : pegtl::seq< comma, gerund_body >
   {};

   // The same after a dash: "Lind says A — asserting that B" (the engine starts it at the dash).
   struct dash_gerund_clause : pegtl::seq< pegtl::sor< pegtl::string< '-', '-' >, pegtl::one< '-' >, pegtl::utf8::one< 0x2013, 0x2014 > >, gerund_body >
   {};

   // "... and said that ...", "... but told reporters ...", "... but in a later interview said
   // ...": a second verb of the subject.
   struct coordinated_clause
     : pegtl::seq< pegtl::opt< comma >, ws, kw_sor< kw_and, kw< TAO_PEGTL_STRING( "but" ) > >, ws, pegtl::opt< pegtl::sor< capture< slots::date, date_phrase >, capture< slots::medium, medium_phrase > >, pegtl::opt< sp, comma >, ws >, capture< slots::cue, cue_phrase< cue_context::before_content > >, adjuncts, speaker_first_tail >
   {};

   // ---- passive with an agent: "The meeting was first reported by Politico." --------------
   // The content is the subject (at most eight words, no comma), or what follows the agent
   // when it opens with "that" ("Lind was told by aides that ...") or asks a question ("Lind
   // was asked by a caller why ...").

   struct passive_adverb : pegtl::sor< ly_adverb, kw< TAO_PEGTL_STRING( "first" ) >, kw< TAO_PEGTL_STRING( "never" ) >, kw< TAO_PEGTL_STRING( "also" ) >, kw< TAO_PEGTL_STRING( "not" ) >, kw< TAO_PEGTL_STRING( "later" ) >, kw< TAO_PEGTL_STRING( "since" ) >, kw< TAO_PEGTL_STRING( "often" ) > >
   {};

   struct passive_verb : pegtl::seq< kw_sor< kw_was, kw_were, kw_is, kw< TAO_PEGTL_STRING( "are" ) >, pegtl::seq< kw_sor< kw_has, kw_have, kw< TAO_PEGTL_STRING( "had" ) > >, ws, kw_been > >, pegtl::rep_opt< 2, ws, passive_adverb > >
   {};

   struct passive_subject : pegtl::seq< word, pegtl::rep_max< 7, ws, pegtl::not_at< passive_verb >, word > >
   {};

   // A phrase after the agent that ends the passive: "was attacked by Ortiz over the weekend",
   // "was pressed by the host about her plan", "criticized by rivals for the delay".
   struct passive_trailer : kw_sor< kw_about, kw_for, kw< TAO_PEGTL_STRING( "over" ) >, kw_during, kw_on, kw_at, kw_in, kw_with, kw< TAO_PEGTL_STRING( "after" ) >, kw< TAO_PEGTL_STRING( "last" ) >, kw< TAO_PEGTL_STRING( "this" ) > >
   {};

   struct passive_agent
     : pegtl::seq< pegtl::opt< leading_conjunction, ws >,
                   capture< slots::content, passive_subject >,
                   ws,
                   capture< slots::cue, passive_verb, ws, cue_verb< cue_context::participle > >,
                   ws,
                   kw_by,
                   ws,
                   capture< slots::speaker, speaker_with_name >,
                   adjuncts,
                   pegtl::sor< scoped< sp, pegtl::opt< comma, sp >, kw_that, ws, content_rest >, scoped< ws, pegtl::at< kw_sor< kw< TAO_PEGTL_STRING( "whether" ) >, kw< TAO_PEGTL_STRING( "why" ) >, kw< TAO_PEGTL_STRING( "how" ) >, kw< TAO_PEGTL_STRING( "if" ) > > >, content_rest >, at_sentence_end, pegtl::at< sp, comma >, pegtl::at< ws, passive_trailer > > >
   {};

   // ---- asked: "Asked about the plan, Lind said ..." ---------------------------------------

   // Text up to the next comma outside quotations (at most 300 bytes), the comma excluded.
   struct to_comma : token< to_comma >
   {
      static std::size_t test( const std::string_view s, const std::size_t i, const match_state& st ) noexcept
      {
         std::size_t j = i;
         while( j < st.content_end && j - i <= 300 ) {
            if( const raw_quote* q = st.quote_at( j ) ) {
               if( q->close_end <= j ) {
                  return 0;
               }
               j = q->close_end;
               if( j > i && s[ j - 1 ] != ',' && ( j >= s.size() || s[ j ] != ',' ) ) {
                  continue;
               }
               return ( j < s.size() && s[ j ] == ',' ) ? j - i : 0; // “...,” closes the question
            }
            if( s[ j ] == ',' ) {
               return j > i ? j - i : 0;
            }
            ++j;
         }
         return 0;
      }
   };

   struct asked_intro
     : pegtl::seq< pegtl::opt< kw_sor< kw< TAO_PEGTL_ISTRING( "when" ) >, kw< TAO_PEGTL_ISTRING( "after" ) >, kw< TAO_PEGTL_ISTRING( "if" ) > >, ws >,
                   capture< slots::cue, kw< TAO_PEGTL_ISTRING( "asked" ) > >,
                   adjuncts,
                   // "Asked during a debate why ...", "Asked on a radio show whether ...": a short
                   // phrase of the occasion before the question
                   pegtl::opt< ws, kw_sor< kw< TAO_PEGTL_STRING( "during" ) >, kw_on, kw_at, kw_in >, pegtl::rep_min_max< 1, 5, ws, pegtl::not_at< kw_sor< kw_about, wh_word, kw_to, kw_for, kw_by > >, pegtl::sor< possessive, word > > >,
                   pegtl::opt< ws, kw_by, ws, capture< slots::speaker, simple_np >, adjuncts >,
                   ws,
                   pegtl::at< kw_sor< kw_about, wh_word, kw_to, kw_for > >,
                   capture< slots::content, to_comma >,
                   comma,
                   sp >
   {};

   // ---- signed quotation: "“...” ― Ann Lee, a reader in Ohio." -----------------------------

   // A dash that signs a quotation: a hyphen or two, an en or em dash, a horizontal bar.
   struct signature_dash : pegtl::sor< pegtl::string< '-', '-' >, pegtl::one< '-' >, pegtl::utf8::one< 0x2013, 0x2014, 0x2015 > >
   {};

   // The dash, the name (with its title) and an aside to the end of the sentence.
   struct signature : pegtl::seq< capture< slots::cue, signature_dash >, sp, capture< slots::speaker, name_units >, pegtl::opt< sp, comma, sp, aside_to_end >, sp, at_sentence_end >
   {};

   // ---- transcript: NAME: words ------------------------------------------------------------

   // Words that label a paragraph rather than name a speaker: "Note:", "Update:", "Watch:".
   struct label_word
     : kw_sor< kw< TAO_PEGTL_ISTRING( "note" ) >, kw< TAO_PEGTL_ISTRING( "update" ) >, kw< TAO_PEGTL_ISTRING( "updated" ) >, kw< TAO_PEGTL_ISTRING( "photo" ) >, kw< TAO_PEGTL_ISTRING( "video" ) >, kw< TAO_PEGTL_ISTRING( "watch" ) >, kw< TAO_PEGTL_ISTRING( "related" ) >, kw< TAO_PEGTL_ISTRING( "read" ) >, kw< TAO_PEGTL_ISTRING( "more" ) >, kw< TAO_PEGTL_ISTRING( "correction" ) >, kw< TAO_PEGTL_ISTRING( "source" ) >, kw< TAO_PEGTL_ISTRING( "sources" ) >, kw< TAO_PEGTL_ISTRING( "credit" ) >, kw< TAO_PEGTL_ISTRING( "disclosure" ) >, kw< TAO_PEGTL_ISTRING( "advertisement" ) >, kw< TAO_PEGTL_ISTRING( "warning" ) >, kw< TAO_PEGTL_ISTRING( "breaking" ) >, kw< TAO_PEGTL_ISTRING( "exclusive" ) >, kw< TAO_PEGTL_ISTRING( "analysis" ) >, kw< TAO_PEGTL_ISTRING( "opinion" ) >, kw< TAO_PEGTL_ISTRING( "live" ) >, kw< TAO_PEGTL_ISTRING( "question" ) >, kw< TAO_PEGTL_ISTRING( "answer" ) >, kw< TAO_PEGTL_ISTRING( "q" ) >, kw< TAO_PEGTL_ISTRING( "a" ) >, kw< TAO_PEGTL_ISTRING( "the" ) >, kw< TAO_PEGTL_ISTRING( "this" ) >, kw< TAO_PEGTL_ISTRING( "here" ) >, kw< TAO_PEGTL_ISTRING( "why" ) >, kw< TAO_PEGTL_ISTRING( "what" ) >, kw< TAO_PEGTL_ISTRING( "how" ) >, kw< TAO_PEGTL_ISTRING( "who" ) >, kw< TAO_PEGTL_ISTRING( "when" ) >, kw< TAO_PEGTL_ISTRING( "where" ) >, kw< TAO_PEGTL_ISTRING( "tags" ) >, kw< TAO_PEGTL_ISTRING( "topics" ) >, kw< TAO_PEGTL_ISTRING( "contact" ) >, kw< TAO_PEGTL_ISTRING( "email" ) >, kw< TAO_PEGTL_ISTRING( "follow" ) >, kw< TAO_PEGTL_ISTRING( "posted" ) >, kw< TAO_PEGTL_ISTRING( "published" ) >, kw< TAO_PEGTL_ISTRING( "step" ) >, kw< TAO_PEGTL_ISTRING( "part" ) >, kw< TAO_PEGTL_ISTRING( "chapter" ) >, kw< TAO_PEGTL_ISTRING( "day" ) > >
   {};

   // At the start of a paragraph: "TAPPER: Do you think ...", "Chris Lind: Well, no."
   struct kicker;

   // "Q:" and "A:", the interviewer's and the interviewee's turns of an interview
   struct qa_label : pegtl::seq< pegtl::one< 'Q', 'A' >, pegtl::at< sp, colon > >
   {};

   struct transcript : pegtl::seq< capture< slots::speaker, pegtl::sor< qa_label, pegtl::seq< pegtl::not_at< label_word >, pegtl::not_at< kicker >, pegtl::not_at< cue_form >, name_units, pegtl::opt< ws, paren_note > > > >, sp, capture< slots::cue, colon >, pegtl::sor< ws, pegtl::at< quote > >, content_rest >
   {};

   // ---- headline: X: statement -------------------------------------------------------------

   // "Breaking:", "LOOK:", "The Latest:", "Wow:", "Editor's note:": a kicker before a headline,
   // not a speaker.
   struct kicker
     : kw_sor< kw< TAO_PEGTL_ISTRING( "breaking" ) >, kw< TAO_PEGTL_ISTRING( "exclusive" ) >, kw< TAO_PEGTL_ISTRING( "look" ) >, kw< TAO_PEGTL_ISTRING( "watch" ) >, kw< TAO_PEGTL_ISTRING( "boom" ) >, kw< TAO_PEGTL_ISTRING( "update" ) >, kw< TAO_PEGTL_ISTRING( "video" ) >, kw< TAO_PEGTL_ISTRING( "photos" ) >, kw< TAO_PEGTL_ISTRING( "analysis" ) >, kw< TAO_PEGTL_ISTRING( "opinion" ) >, kw< TAO_PEGTL_ISTRING( "editorial" ) >, kw< TAO_PEGTL_ISTRING( "live" ) >, kw< TAO_PEGTL_ISTRING( "byline" ) >, kw< TAO_PEGTL_ISTRING( "wow" ) >, kw< TAO_PEGTL_ISTRING( "bombshell" ) >, kw< TAO_PEGTL_ISTRING( "busted" ) >, kw< TAO_PEGTL_ISTRING( "so" ) >, pegtl::seq< kw< TAO_PEGTL_ISTRING( "just" ) >, ws, kw< TAO_PEGTL_ISTRING( "leaked" ) > >, pegtl::seq< pegtl::at< TAO_PEGTL_ISTRING( "editor" ) >, possessive, ws, kw< TAO_PEGTL_ISTRING( "note" ) > >, pegtl::seq< kw< TAO_PEGTL_ISTRING( "paid" ) >, ws, kw< TAO_PEGTL_ISTRING( "notice" ) > >, pegtl::seq< kw< TAO_PEGTL_ISTRING( "the" ) >, ws, kw< TAO_PEGTL_ISTRING( "latest" ) > > >
   {};

   // "EXCLUSIVE: ", "EXCLUSIVE – " before the headline
   struct kicker_prefix : pegtl::seq< kicker, pegtl::sor< pegtl::seq< sp, colon, ws >, closing_dash > >
   {};

   // "Lind to dock workers: ...": the addressee between the speaker and the colon
   struct headline_addressee : pegtl::seq< ws, kw< TAO_PEGTL_ISTRING( "to" ) >, pegtl::rep_min_max< 1, 6, ws, pegtl::sor< possessive, cap_word, word > > >
   {};

   // "Obama To Asians Worried About The Vote: ...": in title case, the name ends before "To"
   struct title_case_to : pegtl::seq< ws, TAO_PEGTL_STRING( "To" ), pegtl::at< ws > >
   {};
   struct title_case_speaker : pegtl::seq< cap_word, pegtl::rep_max< 3, pegtl::not_at< title_case_to >, ws, cap_word > >
   {};

   struct headline : pegtl::seq< pegtl::not_at< kicker, sp, colon >, pegtl::sor< pegtl::seq< capture< slots::speaker, title_case_speaker >, pegtl::at< title_case_to > >, capture< slots::speaker, simple_np > >, pegtl::opt< headline_addressee >, sp, capture< slots::cue, colon >, ws, content_rest >
   {};

   // "Pollsters agree - Ana Ruiz: “...”": after a dash, a name, a colon and a quotation
   struct dash_source_quote : pegtl::seq< capture< slots::speaker, speaker_with_name >, sp, capture< slots::cue, colon >, sp, pegtl::at< quote >, content_rest >
   {};

} // namespace quoth::internal::rules

#endif
