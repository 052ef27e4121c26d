// SPDX-License-Identifier: MIT
#ifndef QUOTH_INTERNAL_CLASSIFY_HPP
#define QUOTH_INTERNAL_CLASSIFY_HPP

// Reading matched phrases: the kind, name and title of a speaker phrase, the lemma of a cue,
// the fields of a date phrase.

#include <algorithm>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "../ast.hpp"
#include "lexicon.hpp"
#include "read_common.hpp"
#include "text.hpp"

namespace quoth::internal
{
   // The words of s[b, e) as views; at most max_words of them.
   inline void words_of( const std::string_view s, const std::size_t b, const std::size_t e, std::vector< std::string_view >& out, const std::size_t max_words = static_cast< std::size_t >( -1 ) )
   {
      out.clear();
      if( out.capacity() < 16 ) {
         out.reserve( 16 ); // one allocation for a name or a title, not one for each doubling
      }
      const std::string_view t = sub( s, 0, e );
      std::size_t i = b;
      while( i < e && out.size() < max_words ) {
         if( t[ i ] == ' ' ) {
            ++i; // (a space starts no word)
            continue;
         }
         const std::size_t n = word_length_inlined( t, i );
         if( n > 0 ) {
            out.push_back( sub( t, i, n ) );
            i += n;
         }
         else {
            i += code_point_length( t, i );
         }
      }
   }

   template< typename Table >
   [[nodiscard]] bool word_in( const Table& table, const std::string_view w ) noexcept
   {
      return w.size() <= 24 && table.may_contain( w.size(), ascii_lowered.to[ static_cast< unsigned char >( w.empty() ? '\0' : w[ 0 ] ) ] ) && lexicon::contains_folded( table, w );
   }

   [[nodiscard]] inline bool is_title_word( const std::string_view w ) noexcept
   {
      return word_in( lexicon::sorted_title_words, w ); // a role, title modifier, organisation or document
   }

   [[nodiscard]] inline bool is_possessive( const std::string_view w ) noexcept
   {
      return ( w.size() > 2 && rest_is( w, w.size() - 2, "'s" ) ) || ( w.size() > 4 && rest_is( w, w.size() - 4, "\xE2\x80\x99s" ) );
   }

   [[nodiscard]] inline bool is_capitalised( const std::string_view w ) noexcept
   {
      std::size_t len = 0;
      return !w.empty() && is_upper( decode( w, 0, len ) );
   }

   // The grammatical gender an honorific gives its name: 'm' for "Mr", 'f' for "Mrs", "Ms",
   // "Miss"; 0 for any other word.
   [[nodiscard]] inline char honorific_gender( std::string_view w ) noexcept
   {
      if( !w.empty() && w.back() == '.' ) {
         w.remove_suffix( 1 );
      }
      if( w.size() < 2 || w.size() > 6 || ( w[ 0 ] != 'M' && w[ 0 ] != 'S' && w[ 0 ] != 'D' ) ) {
         return 0; // the words below have two to six letters, and start with M, S or D
      }
      if( is( w, "Mr" ) || is( w, "Mister" ) || is( w, "Sir" ) || is( w, "MR" ) ) {
         return 'm';
      }
      if( is( w, "Mrs" ) || is( w, "Ms" ) || is( w, "Miss" ) || is( w, "Madam" ) || is( w, "Dame" ) || is( w, "MRS" ) || is( w, "MS" ) ) {
         return 'f';
      }
      return 0;
   }

   struct speaker_reading
   {
      char gender = 0; // 'm' or 'f' when an honorific before the name says so
      speaker_kind kind = speaker_kind::person;
      std::string_view name;  // the proper name, or the phrase without its determiner
      std::string_view title; // the words before the name, when there is one
      std::string_view head;  // the head noun in lower case order ("ministry"), may be empty
      bool described = false; // an organisation by a noun that describes it ("firm Sophos", "Parmalat, the dairy group")
   };

   // The readings of speaker phrases the engine made as it emitted attributions, by the
   // phrase's offsets, so that speaker resolution need not read each phrase again (a reading
   // depends only on the text and the offsets).
   class noted_readings
   {
   public:
      struct entry
      {
         std::size_t begin;
         std::size_t end;
         speaker_reading rd;
         std::size_t word_count;      // how many words the reading left
         std::string_view first_word; // the first of them, or empty
      };

      void note( const std::size_t b, const std::size_t e, const speaker_reading& rd, const std::vector< std::string_view >& words )
      {
         m_entries.push_back( entry{ b, e, rd, words.size(), words.empty() ? std::string_view() : words[ 0 ] } );
         m_sorted = false;
      }

      void reserve( const std::size_t n )
      {
         m_entries.reserve( n );
      }

      // Before find().
      void sort()
      {
         if( !m_sorted ) {
            std::sort( m_entries.begin(), m_entries.end(), []( const entry& x, const entry& y ) { return x.begin < y.begin || ( x.begin == y.begin && x.end < y.end ); } );
            m_sorted = true;
         }
      }

      [[nodiscard]] const entry* find( const std::size_t b, const std::size_t e ) const noexcept
      {
         const auto it = std::lower_bound( m_entries.begin(), m_entries.end(), b, []( const entry& x, const std::size_t at ) { return x.begin < at; } );
         for( auto j = it; j != m_entries.end() && j->begin == b; ++j ) {
            if( j->end == e ) {
               return &*j;
            }
         }
         return nullptr;
      }

   private:
      std::vector< entry > m_entries;
      bool m_sorted = true;
   };

   // Abbreviated titles before a name: "Sen. Ada Lind", "Gov. Bo Reyes", "Lt. Gen. Ann Ode".
   [[nodiscard]] inline bool is_title_abbreviation( const std::string_view w ) noexcept
   {
      static constexpr std::string_view words[] = { "Adm", "Amb", "Atty", "Capt", "Cmdr", "Col", "Gen", "Gov", "Lt", "Maj", "Rep", "Sen", "Sgt", "Supt" };
      static constexpr auto set = lexicon::sorted( words );
      return w.size() >= 2 && w.size() <= 4 && lexicon::contains( set, w ); // spelt as listed
   }

   // Words before a name that are no part of it: "Dr", "Prof", the gendered honorifics and the
   // abbreviated titles.
   [[nodiscard]] inline bool is_honorific( const std::string_view w ) noexcept
   {
      const std::string_view v = ( !w.empty() && w.back() == '.' ) ? sub( w, 0, w.size() - 1 ) : w;
      return honorific_gender( v ) != 0 || ( !v.empty() && ( v[ 0 ] == 'D' || v[ 0 ] == 'P' || v[ 0 ] == 'R' ) && ( is( v, "Dr" ) || is( v, "Prof" ) || is( v, "Professor" ) || is( v, "Rev" ) || is( v, "Reverend" ) ) ) || is_title_abbreviation( v );
   }

   // A party before a name belongs to the title: "Republican Donald Trump".
   [[nodiscard]] inline bool is_affiliation( const std::string_view w ) noexcept
   {
      static constexpr std::string_view words[] = { "Republican", "Republicans", "Democrat", "Democrats", "Democratic", "GOP", "Tory", "Labour", "Conservative" };
      static constexpr auto set = lexicon::sorted( words );
      return lexicon::contains( set, w ); // spelt as listed
   }

   // A sentence's first word that is no part of the speaker phrase after it ("But Mr Balls").
   [[nodiscard]] inline bool is_leading_conjunction( const std::string_view w ) noexcept
   {
      static constexpr std::string_view words[] = { "But", "And", "Yet", "So", "Or", "Nor", "Now", "Still", "Meanwhile", "However", "Instead", "Then", "Also" };
      static constexpr auto set = lexicon::sorted( words );
      return lexicon::contains( set, w ); // spelt as listed
   }

   // A title word that is also a surname: "Stephen King", "Steve King".
   [[nodiscard]] inline bool is_surname_title( const std::string_view w ) noexcept
   {
      return is( w, "King" );
   }

   // A capitalised subordinator, preposition or adverb that opens a sentence before a name and
   // is never a name's first word: "As Anna Lind put it", "When Bo Reyes took office", "Even
   // China". No run of name words starts with one (name_index).
   [[nodiscard]] inline bool is_sentence_opener( const std::string_view w ) noexcept
   {
      static constexpr std::string_view words[] = { "After", "Against", "Although", "Among", "As", "At", "Because", "Before", "Both", "By", "Despite", "During", "Even", "For", "From", "If", "In", "Like", "Once", "Only", "Since", "Though", "Through", "Under", "Unless", "Unlike", "Until", "When", "Whenever", "Where", "Whereas", "Whether", "While", "With", "Without" };
      static constexpr auto set = lexicon::sorted( words );
      return lexicon::contains( set, w ); // spelt as listed
   }

   // A word of two to five capital letters, '&' inside allowed: "CNN", "IBM", "AT&T". Alone as
   // a speaker it names an organisation, save in a transcript turn ("PENCE: ...").
   [[nodiscard]] inline bool is_initialism( const std::string_view w ) noexcept
   {
      if( w.size() < 2 || w.size() > 5 || w.front() == '&' || w.back() == '&' ) {
         return false;
      }
      for( const char c : w ) {
         if( !( ( c >= 'A' && c <= 'Z' ) || c == '&' ) ) {
            return false;
         }
      }
      return true;
   }

   // A capitalised word of quantity that opens a sentence as its subject: "Some said ...",
   // "Many of them said ...". A group, not a name.
   [[nodiscard]] inline bool is_quantity_word( const std::string_view w ) noexcept
   {
      static constexpr std::string_view words[] = { "All", "Another", "Anyone", "Anybody", "Both", "Dozens", "Each", "Either", "Everybody", "Everyone", "Few", "Half", "Hundreds", "Many", "Most", "Neither", "Nobody", "None", "One", "Others", "Several", "Some", "Somebody", "Someone", "Thousands" };
      static constexpr auto set = lexicon::sorted( words );
      return lexicon::contains( set, w ); // spelt as listed
   }

   // "Mrs Berg" -> "Berg", gender 'f'; "Dr Anna Berg" -> "Anna Berg".
   inline void strip_honorific( speaker_reading& r ) noexcept
   {
      std::size_t i = 0;
      while( i < r.name.size() ) {
         const std::size_t n = word_length( r.name, i );
         if( n == 0 || !is_honorific( sub( r.name, i, n ) ) ) {
            return;
         }
         std::size_t k = i + n;
         while( k < r.name.size() && ( r.name[ k ] == '.' || r.name[ k ] == ' ' ) ) {
            ++k;
         }
         if( k >= r.name.size() ) {
            return; // "Mr" alone stays a name
         }
         r.gender = honorific_gender( sub( r.name, i, n ) );
         if( r.title.empty() && is_title_abbreviation( sub( r.name, i, n ) ) ) {
            r.title = sub( r.name, i, k > i + n && r.name[ i + n ] == '.' ? n + 1 : n ); // "Sen."
         }
         r.name = sub( r.name, k );
         i = 0;
      }
   }

   // A party and a state after a name: "D-Ore.", "R-S.C.", "I-Vt.", "R".
   [[nodiscard]] inline bool is_party_tag( const std::string_view t ) noexcept
   {
      if( t.empty() || ( t[ 0 ] != 'D' && t[ 0 ] != 'R' && t[ 0 ] != 'I' ) ) {
         return false;
      }
      if( t.size() == 1 ) {
         return true;
      }
      if( t[ 1 ] != '-' || t.size() < 3 || t.size() > 12 || t[ 2 ] < 'A' || t[ 2 ] > 'Z' ) {
         return false;
      }
      for( const char c : t ) {
         if( c == ' ' ) {
            return false;
         }
      }
      return true;
   }

   // Where s[b, e) ends without a note in parentheses after the name, and without spaces: "Sen.
   // Ada Lind (D-Ore.)" -> "Sen. Ada Lind".
   [[nodiscard]] inline std::size_t before_note( const std::string_view s, const std::size_t b, std::size_t e ) noexcept
   {
      while( e > b && s[ e - 1 ] == ' ' ) {
         --e;
      }
      if( e > b && s[ e - 1 ] == ')' ) {
         if( const std::size_t open = sub( s, b, e - b ).rfind( '(' ); open != std::string_view::npos && open > 0 ) {
            e = b + open;
            while( e > b && ( s[ e - 1 ] == ',' || s[ e - 1 ] == ' ' ) ) {
               --e;
            }
         }
      }
      return e;
   }

   // Reads a speaker phrase s[b, e).
   // The first comma of a phrase that is no thousands separator ("2,000 people"), or npos.
   [[nodiscard]] inline std::size_t first_apposition_comma( const std::string_view p ) noexcept
   {
      const auto digit = []( const char ch ) { return ch >= '0' && ch <= '9'; };
      for( std::size_t c = p.find( ',' ); c != std::string_view::npos; c = p.find( ',', c + 1 ) ) {
         if( c == 0 || c + 1 >= p.size() || !digit( p[ c - 1 ] ) || !digit( p[ c + 1 ] ) ) {
            return c;
         }
      }
      return std::string_view::npos;
   }

   [[nodiscard]] inline speaker_reading read_speaker( const std::string_view s, std::size_t b, std::size_t e, std::vector< std::string_view >& words )
   {
      speaker_reading r;
      bool described_organization = false; // by a description in apposition after the name
      while( e > b && ( s[ e - 1 ] == ',' || s[ e - 1 ] == ' ' ) ) {
         --e;
      }
      e = before_note( s, b, e );
      // nor a party and state after a comma: "Ada Lind, D-Ore.", "Bo Reyes, R"
      if( const std::size_t comma = sub( s, b, e - b ).rfind( ", " ); comma != std::string_view::npos && is_party_tag( sub( s, b + comma + 2, e - b - comma - 2 ) ) ) {
         e = b + comma;
      }
      if( const std::size_t n = word_length( sub( s, 0, e ), b ); n > 0 && b + n < e && s[ b + n ] == ' ' && is_leading_conjunction( sub( s, b, n ) ) ) {
         b += n + 1;
      }
      // "a spokesman for the authority, Erik Dahl": a title with the name in apposition
      if( const std::size_t comma = first_apposition_comma( sub( s, b, e - b ) ); comma != std::string_view::npos ) {
         std::size_t nb = b + comma + 1;
         while( nb < e && s[ nb ] == ' ' ) {
            ++nb;
         }
         words_of( s, nb, e, words );
         // leading title words ("Professor"), then a name of capitalised words
         std::size_t k = 0;
         while( k < words.size() && is_capitalised( words[ k ] ) && is_title_word( words[ k ] ) ) {
            ++k;
         }
         bool name = k < words.size();
         for( std::size_t m = k; m < words.size(); ++m ) {
            name = name && is_capitalised( words[ m ] ) && ( !is_title_word( words[ m ] ) || ( m > k && m + 1 == words.size() && is_surname_title( words[ m ] ) ) );
         }
         if( name ) {
            nb = static_cast< std::size_t >( words[ k ].data() - s.data() );
            std::size_t tb = b;
            std::size_t te = b + comma;
            words_of( s, tb, te, words );
            if( !words.empty() && word_in( lexicon::sorted_determiners, words[ 0 ] ) && words.size() > 1 ) {
               tb = static_cast< std::size_t >( words[ 1 ].data() - s.data() );
            }
            r.kind = speaker_kind::person;
            r.name = sub( s, nb, e - nb );
            r.title = sub( s, tb, te - tb );
            strip_honorific( r );
            return r;
         }
         // "Parmalat, the Italian dairy company which ...": what an organisation noun describes
         // in apposition is an organisation (not "Ann Ode, a company spokeswoman")
         if( words.size() >= 2 && ( is( words[ 0 ], "the" ) || is( words[ 0 ], "a" ) || is( words[ 0 ], "an" ) ) ) {
            // (the first noun of a title decides: "an adviser to the campaign" is a person)
            for( std::size_t d = 1; d < words.size() && d < 6 && !word_in( lexicon::sorted_name_prepositions, words[ d ] ); ++d ) {
               if( !is_capitalised( words[ d ] ) && is_title_word( words[ d ] ) ) {
                  described_organization = word_in( lexicon::sorted_organizations, words[ d ] ) && ( d + 1 == words.size() || !is_title_word( words[ d + 1 ] ) );
                  break;
               }
            }
         }
         e = before_note( s, b, b + comma ); // "Marta Kowalczyk, a spokeswoman for the union": read what comes first
      }
      words_of( s, b, e, words );
      if( words.empty() ) {
         r.kind = speaker_kind::role;
         return r;
      }
      // "he", and "His [criticism of]", "their [claim]": a possessive alone holds the reporting
      // noun after it, and is resolved as its pronoun is
      if( words.size() == 1 && ( word_in( lexicon::sorted_pronouns, words[ 0 ] ) || lexicon::equal_folded( "his", words[ 0 ] ) || lexicon::equal_folded( "her", words[ 0 ] ) || lexicon::equal_folded( "its", words[ 0 ] ) || lexicon::equal_folded( "their", words[ 0 ] ) ) ) {
         r.kind = speaker_kind::pronoun;
         r.name = words[ 0 ];
         return r;
      }
      std::size_t first = 0;
      if( word_in( lexicon::sorted_determiners, words[ 0 ] ) && words.size() > 1 && words[ 1 ] != "of" ) {
         first = 1;
      }
      // the head part ends before "of", "for", "from", "at", "by", "and", and without the
      // participle before "by" ("a survey [conducted] by Gallup", "Ben Coppin from Envisional")
      std::size_t last = first;
      while( last < words.size() && words[ last ] != "of" && words[ last ] != "for" && words[ last ] != "from" && words[ last ] != "at" && words[ last ] != "by" && words[ last ] != "and" ) {
         ++last;
      }
      if( last == first ) {
         last = words.size();
      }
      else if( last < words.size() && words[ last ] == "by" && last > first + 1 && !is_capitalised( words[ last - 1 ] ) && ends_with( words[ last - 1 ], "ed" ) ) {
         --last;
      }
      // "Current and former officials": two words describing one plural noun, no name
      if( last == first + 1 && words.size() >= last + 2 && words[ last ] == "and" && words.back().size() > 3 && words.back().back() == 's' ) {
         bool described = true;
         for( std::size_t k = last + 1; k < words.size(); ++k ) {
            described = described && !is_capitalised( words[ k ] ) && !word_in( lexicon::sorted_determiners, words[ k ] ) && !word_in( lexicon::sorted_pronouns, words[ k ] );
         }
         if( described ) {
            last = words.size();
         }
      }
      // a trailing run of capitalised words that are not title words is a name; a title word
      // that is also a surname ends one when no determiner comes first ("Steve King", "King",
      // not "the Saudi King")
      std::size_t name_begin = last;
      if( first == 0 && is_surname_title( words[ last - 1 ] ) && ( last == 1 || ( is_capitalised( words[ last - 2 ] ) && !is_title_word( words[ last - 2 ] ) && !is_affiliation( words[ last - 2 ] ) && !is_possessive( words[ last - 2 ] ) ) ) ) {
         --name_begin;
      }
      while( name_begin > first && is_capitalised( words[ name_begin - 1 ] ) && !is_title_word( words[ name_begin - 1 ] ) && !is_affiliation( words[ name_begin - 1 ] ) && !is_possessive( words[ name_begin - 1 ] ) ) {
         --name_begin;
      }
      const auto join = [ & ]( const std::size_t i, const std::size_t j ) {
         return std::string_view( words[ i ].data(), static_cast< std::size_t >( words[ j - 1 ].data() + words[ j - 1 ].size() - words[ i ].data() ) );
      };
      // "Activists trying to block Ada Ek [from the vote]": a name after a verb's "to" is its
      // object, and the phrase names the people before the verb
      for( std::size_t k = first; k + 1 < name_begin; ++k ) {
         if( words[ k ] == "to" && !is_capitalised( words[ k + 1 ] ) && !word_in( lexicon::sorted_determiners, words[ k + 1 ] ) && !is_title_word( words[ k + 1 ] ) ) {
            std::size_t h = k;
            while( h > first + 1 && !is_capitalised( words[ h - 1 ] ) && words[ h - 1 ].size() > 4 && ends_with( words[ h - 1 ], "ing" ) ) {
               --h; // ("trying", "clamoring")
            }
            r.kind = speaker_kind::role;
            r.head = words[ h > first ? h - 1 : first ];
            r.name = join( first, words.size() );
            return r;
         }
      }
      if( name_begin < last && first == 0 ) {
         // "Some" (of them) and "Many Democrats" are groups, "CNN", "AT&T" or "China" an
         // organisation
         if( name_begin == 0 ) {
            const std::string_view run = join( 0, last );
            const bool organization = ( run.find( ' ' ) == std::string_view::npos && is_initialism( run ) ) || lexicon::contains( lexicon::sorted_countries, run );
            if( organization || is_quantity_word( words[ 0 ] ) ) { // "Some", "Many Democrats"
               r.kind = organization ? speaker_kind::organization : speaker_kind::role;
               r.head = organization ? run : words[ last - 1 ];
               r.name = join( 0, words.size() );
               return r;
            }
         }
         r.name = join( name_begin, last );
         if( name_begin > first ) {
            r.title = join( first, name_begin );
            // "anti-virus firm Sophos", "German car maker BMW": the name of what an organisation
            // noun describes is an organisation's (a capitalised noun is part of a title: "Army
            // Sgt. Ann Ode")
            if( const std::string_view noun = words[ name_begin - 1 ]; !is_capitalised( noun ) && word_in( lexicon::sorted_organizations, noun ) ) {
               described_organization = true;
            }
         }
         if( described_organization ) {
            r.kind = speaker_kind::organization;
            r.described = true;
            r.head = words[ last - 1 ];
            return r;
         }
         r.kind = speaker_kind::person;
         strip_honorific( r );
         return r;
      }
      const std::string_view head = words[ last - 1 ];
      r.head = head;
      r.name = join( first, words.size() );
      if( word_in( lexicon::sorted_documents, head ) ) {
         r.kind = speaker_kind::document;
      }
      else if( word_in( lexicon::sorted_organizations, head ) ) {
         r.kind = speaker_kind::organization;
      }
      else if( name_begin < last ) {
         // "the Kremlin", "the BBC": a determiner before a proper name is an organisation
         r.kind = speaker_kind::organization;
      }
      else {
         r.kind = speaker_kind::role;
      }
      return r;
   }

   // The reading of the speaker of a transcript turn: a name in capitals is a person's
   // ("TAPPER:", "PENCE:"), not an organisation's.
   [[nodiscard]] inline speaker_reading turn_speaker( speaker_reading r ) noexcept
   {
      if( r.kind == speaker_kind::organization && is_initialism( r.name ) ) {
         r.kind = speaker_kind::person;
         r.head = {};
      }
      return r;
   }

   // The lemma of a cue phrase: "said" -> say, "pointed out" -> point out, "According to" ->
   // according to, ":" -> ":", "was quoted as saying" -> say.
   [[nodiscard]] inline std::string cue_lemma( const std::string_view phrase, const lexicon::verb* v )
   {
      if( is( phrase, ":" ) ) {
         return ":";
      }
      if( is( phrase, "-" ) || is( phrase, "--" ) || is( phrase, "\xE2\x80\x93" ) || is( phrase, "\xE2\x80\x94" ) || is( phrase, "\xE2\x80\x95" ) ) {
         return "-"; // the dash that signs a quotation: "“...” ― Ann Lee"
      }
      if( phrase.size() >= 9 && ( phrase[ 0 ] == 'A' || phrase[ 0 ] == 'a' ) && has_at( phrase, 1, "ccording" ) ) {
         return "according to";
      }
      if( phrase.find( "quoted as saying" ) != std::string_view::npos ) {
         return "say";
      }
      if( v != nullptr ) {
         return std::string( v->lemma );
      }
      return std::string( phrase );
   }

   // The fields a date phrase states.
   inline void read_date( const std::string_view s, const std::size_t b, const std::size_t e, date& d, std::vector< std::string_view >& words )
   {
      words_of( s, b, e, words );
      char buf[ 24 ];
      std::string_view prev;
      std::string_view prev2;
      for( const std::string_view w0 : words ) {
         const std::string_view w = w0.size() <= sizeof( buf ) ? ascii_lower( w0, buf ) : std::string_view();
         if( w.empty() ) {
            continue;
         }
         if( const int m = lexicon::month_number( w ); m != 0 && is_capitalised( w0 ) ) {
            d.month = m;
         }
         else if( const int wd = lexicon::weekday_number( w ); wd != 0 ) {
            if( is( prev, "last" ) || is( prev, "next" ) || is( prev, "this" ) ) {
               d.relative = is( prev, "last" ) ? relative_day::last_week : ( is( prev, "next" ) ? relative_day::next_week : relative_day::this_week );
            }
            d.weekday = wd;
         }
         else if( is_digit( static_cast< unsigned char >( w[ 0 ] ) ) ) {
            read_date_number( w, d );
         }
         else if( is( w, "yesterday" ) ) {
            d.relative = ( is( prev, "before" ) ) ? relative_day::day_before_yesterday : relative_day::yesterday;
         }
         else if( is( w, "today" ) || is( w, "tonight" ) ) {
            d.relative = relative_day::today;
         }
         else if( is( w, "tomorrow" ) ) {
            d.relative = relative_day::tomorrow;
         }
         else if( is( w, "week" ) || is( w, "weekend" ) || is( w, "month" ) || is( w, "year" ) ) {
            const int unit = is( w, "month" ) ? 1 : ( is( w, "year" ) ? 2 : 0 );
            if( is( prev, "this" ) && is( prev2, "earlier" ) ) {
               d.relative = static_cast< relative_day >( static_cast< int >( relative_day::earlier_this_week ) + unit );
            }
            else if( is( prev, "this" ) ) {
               d.relative = static_cast< relative_day >( static_cast< int >( relative_day::this_week ) + 3 * unit );
            }
            else if( is( prev, "last" ) ) {
               d.relative = static_cast< relative_day >( static_cast< int >( relative_day::last_week ) + 3 * unit );
            }
            else if( is( prev, "next" ) ) {
               d.relative = static_cast< relative_day >( static_cast< int >( relative_day::next_week ) + 3 * unit );
            }
         }
         else if( is( w, "morning" ) || is( w, "afternoon" ) || is( w, "evening" ) || is( w, "night" ) ) {
            d.part_of_day = w0;
         }
         prev2 = prev;
         prev = ( is( w, "last" ) || is( w, "next" ) || is( w, "this" ) || is( w, "earlier" ) || is( w, "before" ) ) ? std::string_view( is( w, "last" ) ? "last" : is( w, "next" )    ? "next"
                                                                                                                                                                  : is( w, "this" )    ? "this"
                                                                                                                                                                  : is( w, "earlier" ) ? "earlier"
                                                                                                                                                                                       : "before" )
                                                                                                                     : std::string_view( "-" );
      }
   }

} // namespace quoth::internal

#endif
