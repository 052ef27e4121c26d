// SPDX-License-Identifier: MIT
#ifndef QUOTH_INTERNAL_DISCOURSE_HPP
#define QUOTH_INTERNAL_DISCOURSE_HPP

// Speakers as entities: mentions that name the same person or body are merged, pronouns
// resolve to the nearest compatible earlier speaker, and each entity gets its fullest name
// in the document ("Lavrov" -> "Sergei Lavrov").

#include <algorithm>
#include <array>
#include <cctype>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <tuple>
#include <unordered_map>
#include <utility>
#include <vector>

#include "../ast.hpp"
#include "../options.hpp"
#include "bytes16.hpp"
#include "classify.hpp"
#include "text.hpp"

namespace quoth::internal
{
   // For each capitalised word of the text, the longest run of capitalised name words that ends
   // with it ("Sergei Lavrov" for "Lavrov"), not crossing title words ("Minister"),
   // determiners, possessives or sentence ends. Built once per document, on first use.
   class name_index
   {
   public:
      explicit name_index( const std::string_view text )
        : m_text( text )
      {}

      // Asks for the surname of name to be indexed; call before the first fullest().
      void want( const std::string_view name )
      {
         const std::size_t sp = name.rfind( ' ' );
         const std::string_view surname = ( sp == std::string_view::npos ) ? name : sub( name, sp + 1 );
         m_runs.try_emplace( surname );
         m_want_lengths |= length_bit( surname );
         m_want_firsts[ first_byte( surname ) / 64 ] |= std::uint64_t( 1 ) << ( first_byte( surname ) % 64 );
      }

      // What honorifics before the name in the text say of its gender ("Mrs Berg"): 'm', 'f',
      // 0 when none does, 'x' when they disagree.
      [[nodiscard]] char gender_of( const std::string_view surname )
      {
         if( !m_built ) {
            build();
         }
         const auto it = m_gender.find( surname );
         return it == m_gender.end() ? 0 : it->second;
      }

      // The fullest form in the text of a person's name ("Lavrov" -> "Sergei Lavrov"). When the
      // text names different people with that surname ("Rafael Cruz", "Ted Cruz"), and the name
      // does not say which, the name stays as it is.
      [[nodiscard]] std::string_view fullest( const std::string_view name )
      {
         if( !m_built ) {
            build();
         }
         const auto it = m_runs.find( last_word_of( name ) );
         if( it == m_runs.end() ) {
            return name;
         }
         std::string_view best = name;
         for( const std::string_view r : it->second ) {
            if( same_person( r, name ) && r.size() > best.size() && r.size() < 80 ) {
               best = r;
            }
         }
         for( const std::string_view r : it->second ) {
            if( same_person( r, name ) && !same_person( r, best ) ) {
               return name; // two different people fit the name
            }
         }
         return best;
      }

      // Does the text name anyone in full with the one-word name as surname ("Bill Clinton" for
      // "Clinton")?
      [[nodiscard]] bool named_in_full( const std::string_view name )
      {
         if( !m_built ) {
            build();
         }
         const auto it = m_runs.find( name );
         return it != m_runs.end() && std::any_of( it->second.begin(), it->second.end(), [ & ]( const std::string_view r ) { return r.size() > name.size(); } );
      }

   private:
      std::string_view m_text;
      bool m_built = false;
      std::unordered_map< std::string_view, std::vector< std::string_view > > m_runs; // surname -> distinct name runs ending with it
      std::unordered_map< std::string_view, char > m_gender;
      // the lengths and first bytes of the surnames asked for: most words are turned away by
      // them without hashing
      std::uint64_t m_want_lengths = 0;
      std::array< std::uint64_t, 4 > m_want_firsts{};

      [[nodiscard]] static std::uint64_t length_bit( const std::string_view w ) noexcept
      {
         return std::uint64_t( 1 ) << ( w.size() < 63 ? w.size() : 63 );
      }

      [[nodiscard]] static unsigned first_byte( const std::string_view w ) noexcept
      {
         return w.empty() ? 0U : static_cast< unsigned char >( w[ 0 ] );
      }

      // false: w is no surname asked for
      [[nodiscard]] bool may_want( const std::string_view w ) const noexcept
      {
         return ( m_want_lengths & length_bit( w ) ) != 0 && ( ( m_want_firsts[ first_byte( w ) / 64 ] >> ( first_byte( w ) % 64 ) ) & 1U ) != 0;
      }

      [[nodiscard]] static std::string_view last_word_of( const std::string_view s ) noexcept
      {
         const std::size_t sp = s.rfind( ' ' );
         return sp == std::string_view::npos ? s : sub( s, sp + 1 );
      }

      // Two names of one surname may name one person: one ends the other ("Lavrov", "Sergei
      // Lavrov"), or they share a word before the surname ("Donald J. Trump", "Donald Trump").
      [[nodiscard]] static bool same_person( const std::string_view a, const std::string_view b ) noexcept
      {
         const std::string_view longer = a.size() < b.size() ? b : a;
         const std::string_view shorter = a.size() < b.size() ? a : b;
         if( longer.size() >= shorter.size() && sub( longer, longer.size() - shorter.size() ) == shorter && ( longer.size() == shorter.size() || longer[ longer.size() - shorter.size() - 1 ] == ' ' ) ) {
            return true;
         }
         const std::size_t la = a.rfind( ' ' );
         const std::size_t lb = b.rfind( ' ' );
         if( la == std::string_view::npos || lb == std::string_view::npos ) {
            return false;
         }
         // a word of a's given names among b's
         std::size_t i = 0;
         while( i < la ) {
            std::size_t j = a.find( ' ', i );
            j = ( j == std::string_view::npos || j > la ) ? la : j;
            const std::string_view w = sub( a, i, j - i );
            if( w.size() > 2 ) {
               for( std::size_t k = 0; k < lb; ) {
                  std::size_t m = b.find( ' ', k );
                  m = ( m == std::string_view::npos || m > lb ) ? lb : m;
                  if( sub( b, k, m - k ) == w ) {
                     return true;
                  }
                  k = m + 1;
               }
            }
            i = j + 1;
         }
         return false;
      }

      // is_title_word( w ) || word_in( determiners, w ) || ...: one look-up for all the lists
      [[nodiscard]] static bool blocks( const std::string_view w ) noexcept
      {
         if( w.size() <= 24 && lexicon::contains_any_case( lexicon::sorted_run_breakers, w ) ) {
            return true;
         }
         return is_possessive( w ) || is_honorific( w ) || is_leading_conjunction( w ) || is_sentence_opener( w ) || is_affiliation( w );
      }

      // Sixteen bytes at a time where the compiler has vectors of bytes (SSE2, NEON): where the
      // first byte from t[q] on that is >= 0x80 or 'A'-'Z' lies, or a place at most sixteen
      // bytes before the end of t from where none of them is one up to there (build() reads
      // on from it).
      [[nodiscard]] static std::size_t lower_ascii_end( const std::string_view t, std::size_t q ) noexcept
      {
#if defined( QUOTH_BYTES16 )
         bool found = false;
         q = find16(
           t.data(), q, t.size(), []( const bytes16 v ) { return ( v >= 0x80 ) | ( static_cast< bytes16 >( v - static_cast< unsigned char >( 'A' ) ) < 26 ); }, found );
#endif
         return q;
      }

      void build()
      {
         m_built = true;
         if( m_runs.empty() ) {
            return; // no surname asked for: nothing to index, no gender to note
         }
         const std::string_view t = m_text;
         std::size_t i = 0;
         std::size_t start = std::string_view::npos; // where the current name run starts
         std::size_t prev_end = std::string_view::npos;
         char honorific = 0;                                 // of the word before, when it is one
         char run_gender = 0;                                // of the current name run
         std::size_t honorific_end = std::string_view::npos; // where that honorific ends (with its period)
         std::size_t slow_until = 0;                         // read words one by one up to here
         // The name run state above follows a capitalised word only when a surname asked for
         // comes next to it (blocks() is costly): such words wait in pending until then.
         std::vector< std::pair< std::size_t, std::size_t > > pending; // (begin, length)
         pending.reserve( 16 );                                        // (runs of capitalised words are short)
         std::size_t last_end = std::string_view::npos;                // where the last word read ends
         std::size_t last_prev_end = std::string_view::npos;           // and its prev_end
         const auto step = [ & ]( const std::size_t wi, const std::size_t wn ) {
            const std::string_view w = sub( t, wi, wn );
            const bool initial = wn == 1 && wi + 1 < t.size() && t[ wi + 1 ] == '.';
            const bool adjacent = prev_end != std::string_view::npos && wi == prev_end + 1 && t[ prev_end ] == ' ';
            if( blocks( w ) ) {
               start = std::string_view::npos;
               run_gender = 0;
               honorific = honorific_gender( w );
               if( honorific != 0 ) {
                  honorific_end = wi + wn + ( wi + wn < t.size() && t[ wi + wn ] == '.' ? 1 : 0 );
               }
            }
            else {
               if( start == std::string_view::npos || !adjacent ) {
                  start = wi;
                  run_gender = ( honorific != 0 && wi == honorific_end + 1 && t[ honorific_end ] == ' ' ) ? honorific : 0;
               }
               honorific = 0;
               // only the surnames asked for are indexed
               const auto it = may_want( w ) ? m_runs.find( w ) : m_runs.end();
               if( run_gender != 0 && it != m_runs.end() ) {
                  char& g = m_gender.try_emplace( w, run_gender ).first->second;
                  g = ( g == run_gender ) ? g : 'x';
               }
               if( it != m_runs.end() && it->second.size() < 8 ) {
                  const std::string_view run = sub( t, start, wi + wn - start );
                  if( std::find( it->second.begin(), it->second.end(), run ) == it->second.end() ) {
                     it->second.push_back( run );
                  }
               }
            }
            prev_end = wi + wn + ( initial ? 1 : 0 );
            // a sentence end after this word breaks the run
            if( wi + wn < t.size() && t[ wi + wn ] == '.' && !initial ) {
               start = std::string_view::npos;
            }
         };
         const auto ascii_upper = []( const unsigned char b ) noexcept { return b >= 'A' && b <= 'Z'; };
         while( i < t.size() ) {
            const auto c = static_cast< unsigned char >( t[ i ] );
            if( i >= slow_until && c < 0x80 && !ascii_upper( c ) ) {
               // Lower-case words, digits and ASCII punctuation up to the next capital letter or
               // non-ASCII byte: they only end runs and honorifics, which the next capitalised
               // word sees anyway (it is not adjacent to the word before them), so they are
               // skipped, unless a word runs into that next byte ("iPhone", "al-Assad").
               std::size_t q = lower_ascii_end( t, i + 1 );
               while( q + 8 <= t.size() ) { // eight bytes at a time while none is >= 0x80 or 'A'-'Z'
                  std::uint64_t w = 0;
                  std::memcpy( &w, t.data() + q, 8 );
                  const std::uint64_t low7 = w & 0x7F7F7F7F7F7F7F7FU;
                  const std::uint64_t upper = ( low7 + 0x3F3F3F3F3F3F3F3FU ) & ~( low7 + 0x2525252525252525U ); // bit 7: 0x41 <= byte < 0x5B
                  if( ( ( w | upper ) & 0x8080808080808080U ) != 0 ) {
                     break;
                  }
                  q += 8;
               }
               while( q < t.size() && static_cast< unsigned char >( t[ q ] ) < 0x80 && !ascii_upper( static_cast< unsigned char >( t[ q ] ) ) ) {
                  ++q;
               }
               const auto p = static_cast< unsigned char >( t[ q - 1 ] );
               if( q == t.size() || !( ( p >= 'a' && p <= 'z' ) || ( p >= '0' && p <= '9' ) || p == '\'' || p == '-' ) ) {
                  i = q;
                  continue;
               }
               slow_until = q;
            }
            if( c < 0x80 && !( ( c >= 'A' && c <= 'Z' ) || ( c >= 'a' && c <= 'z' ) || ( c >= '0' && c <= '9' ) ) ) {
               ++i;
               continue;
            }
            const std::size_t n = word_length_inlined( t, i );
            if( n == 0 ) {
               i += code_point_length( t, i );
               continue;
            }
            const std::string_view w = sub( t, i, n );
            const bool initial = n == 1 && i + 1 < t.size() && t[ i + 1 ] == '.';
            const bool capitalised = ( c < 0x80 ) ? ( c >= 'A' && c <= 'Z' ) : is_capitalised( w );
            if( !capitalised ) {
               pending.clear();
               start = std::string_view::npos;
               run_gender = 0;
               honorific = 0; // honorifics are capitalised
               prev_end = i + n + ( initial ? 1 : 0 );
               last_end = i + n;
               last_prev_end = prev_end;
               i += n;
               continue;
            }
            // More than two bytes after the word before, this word is neither adjacent to it nor
            // right after it as an honorific ("Mr. "): it starts a run afresh, whatever that was.
            const bool near = last_end != std::string_view::npos && i <= last_end + 2;
            if( !near && !pending.empty() ) {
               pending.clear();
               start = std::string_view::npos;
               run_gender = 0;
               honorific = 0;
               prev_end = last_prev_end;
            }
            if( may_want( w ) && m_runs.find( w ) != m_runs.end() ) {
               for( const auto& [ pi, pn ] : pending ) {
                  step( pi, pn );
               }
               pending.clear();
               step( i, n );
            }
            else {
               pending.emplace_back( i, n );
            }
            last_end = i + n;
            last_prev_end = i + n + ( initial ? 1 : 0 );
            i += n;
         }
      }
   };

   [[nodiscard]] inline std::string_view last_word( const std::string_view s ) noexcept
   {
      const std::size_t sp = s.rfind( ' ' );
      return sp == std::string_view::npos ? s : sub( s, sp + 1 );
   }

   // Is a head word a word of quantity ("some", "Many", "one"), whatever its case?
   [[nodiscard]] inline bool names_a_quantity( const std::string_view head ) noexcept
   {
      char buf[ 12 ];
      if( head.empty() || head.size() > sizeof( buf ) ) {
         return false;
      }
      const std::string_view w = ascii_lower( head, buf );
      buf[ 0 ] = static_cast< char >( buf[ 0 ] - ( buf[ 0 ] >= 'a' && buf[ 0 ] <= 'z' ? 'a' - 'A' : 0 ) );
      return is_quantity_word( w );
   }

   // Does a description open with a figure ("63 percent", "Only 52 percent of voters", "About 4
   // in 10 voters")? Not "the 9/11 commission": a figure after a determiner is a modifier.
   [[nodiscard]] inline bool names_a_count( const std::string_view s ) noexcept
   {
      const auto digit = []( const char c ) noexcept { return c >= '0' && c <= '9'; };
      // a figure alone: digits, with a decimal point, thousands commas or a percent sign (not
      // "47-year-old", nor a year: "2016 campaign")
      const auto figure_at = [ & ]( std::size_t i ) noexcept {
         if( i >= s.size() || !digit( s[ i ] ) ) {
            return false;
         }
         if( i + 4 <= s.size() && ( i + 4 == s.size() || s[ i + 4 ] == ' ' ) && ( has_at( s, i, "19" ) || has_at( s, i, "20" ) ) && digit( s[ i + 2 ] ) && digit( s[ i + 3 ] ) ) {
            return false;
         }
         while( i < s.size() && s[ i ] != ' ' ) {
            if( !digit( s[ i ] ) && s[ i ] != '.' && s[ i ] != ',' && s[ i ] != '%' ) {
               return false;
            }
            ++i;
         }
         return true;
      };
      if( figure_at( 0 ) ) {
         return true;
      }
      const std::size_t sp = s.find( ' ' );
      if( sp == std::string_view::npos || !figure_at( sp + 1 ) ) {
         return false;
      }
      static constexpr std::string_view words[] = { "about", "almost", "around", "just", "nearly", "only", "over", "roughly", "some" };
      static constexpr auto set = lexicon::sorted( words );
      char buf[ 8 ];
      return sp < sizeof( buf ) && lexicon::contains( set, ascii_lower( sub( s, 0, sp ), buf ) );
   }

   [[nodiscard]] inline std::string lower_copy( const std::string_view s )
   {
      std::string r( s );
      for( char& c : r ) {
         if( c >= 'A' && c <= 'Z' ) {
            c = static_cast< char >( c - 'A' + 'a' );
         }
      }
      return r;
   }

   // The last position below k where s holds the byte x or the byte y, or npos: eight bytes a
   // round on a little-endian target (the high bit of each lane that holds one, exactly: no
   // carry crosses a lane), then one at a time.
   [[nodiscard]] inline std::size_t rfind_either( const std::string_view s, std::size_t k, const unsigned char x, const unsigned char y ) noexcept
   {
#if defined( QUOTH_BYTES16 )
      constexpr std::uint64_t lows = 0x7F7F7F7F7F7F7F7FU;
      const auto lanes_of = [ & ]( const std::uint64_t v, const unsigned char c ) noexcept {
         const std::uint64_t d = v ^ ( 0x0101010101010101U * c );
         return ~( ( ( d & lows ) + lows ) | d ) & ~lows;
      };
      while( k >= 8 ) {
         std::uint64_t v = 0;
         std::memcpy( &v, s.data() + k - 8, 8 );
         const std::uint64_t hit = lanes_of( v, x ) | ( x != y ? lanes_of( v, y ) : 0U );
         if( hit != 0 ) {
            return k - 8 + static_cast< std::size_t >( 63 - __builtin_clzll( hit ) ) / 8;
         }
         k -= 8;
      }
#endif
      while( k > 0 ) {
         --k;
         if( static_cast< unsigned char >( s[ k ] ) == x || static_cast< unsigned char >( s[ k ] ) == y ) {
            return k;
         }
      }
      return std::string_view::npos;
   }

   // The last k <= from where s holds w from k on, ASCII case aside, for a w without ASCII
   // capitals; with `capital`, only where s's byte at k is the capital of w's first ("Mayor"
   // for "mayor": none when w starts with no letter a-z). The candidates are the places of
   // w's first byte, in either case (rfind_either).
   QUOTH_ALWAYS_INLINE [[nodiscard]] inline std::size_t rfind_cased( const std::string_view s, const std::string_view w, const std::size_t from, const bool capital ) noexcept
   {
      if( w.empty() || w.size() > s.size() ) {
         return w.empty() && !capital ? std::min( from, s.size() ) : std::string_view::npos;
      }
      const auto first = static_cast< unsigned char >( w[ 0 ] );
      const bool letter = first >= 'a' && first <= 'z';
      if( ( capital && !letter ) || ( first >= 'A' && first <= 'Z' ) ) {
         return std::string_view::npos; // (no byte folds to a capital)
      }
      const auto upper = static_cast< unsigned char >( letter ? first - 'a' + 'A' : first );
      for( std::size_t k = std::min( from, s.size() - w.size() ) + 1; k > 0; ) {
         k = rfind_either( s, k, capital ? upper : first, upper );
         if( k == std::string_view::npos ) {
            return k;
         }
         std::size_t j = 1;
         while( j < w.size() && lexicon::fold( s[ k + j ] ) == static_cast< unsigned char >( w[ j ] ) ) {
            ++j;
         }
         if( j == w.size() ) {
            return k;
         }
      }
      return std::string_view::npos;
   }

   // lower_copy( s ).rfind( w, from ) for a w without ASCII capitals, without the copy and
   // without a string comparison at each position
   [[nodiscard]] inline std::size_t rfind_folded( const std::string_view s, const std::string_view w, const std::size_t from = std::string_view::npos ) noexcept
   {
      return rfind_cased( s, w, from, false );
   }

   // rfind_folded( s, w, from ) where s's byte there is the ASCII capital of w's first ("Mayor"
   // for "mayor"), for a w that starts with a letter a-z (npos for any other)
   [[nodiscard]] inline std::size_t rfind_capitalised( const std::string_view s, const std::string_view w, const std::size_t from = std::string_view::npos ) noexcept
   {
      return rfind_cased( s, w, from, true );
   }

   inline void add_mention( speaker& e, const span& m, const speaker_kind k )
   {
      for( const mention& x : e.mentions ) {
         if( x.text == m ) {
            return;
         }
      }
      e.mentions.push_back( { m, k } );
   }

   // 'm' or 'f' for a title that says it ("spokeswoman", "Queen"), else 0. ws: scratch.
   [[nodiscard]] inline char title_gender( const std::string_view title, std::vector< std::string_view >& ws )
   {
      words_of( title, 0, title.size(), ws );
      for( const std::string_view w0 : ws ) {
         // the word's last eight bytes in lower case: all of the words below, and the "woman" of "spokeswoman"
         char buf[ 8 ];
         const std::string_view w = ascii_lower( sub( w0, w0.size() > sizeof( buf ) ? w0.size() - sizeof( buf ) : 0 ), buf );
         if( ends_with( w, "woman" ) || ends_with( w, "women" ) || ( w0.size() == w.size() && ( is( w, "actress" ) || is( w, "queen" ) || is( w, "princess" ) || is( w, "duchess" ) || is( w, "countess" ) ) ) ) {
            return 'f';
         }
         if( w0.size() == w.size() && ( is( w, "king" ) || is( w, "prince" ) || is( w, "duke" ) ) ) {
            return 'm';
         }
      }
      return 0;
   }

   [[nodiscard]] inline char merge_gender( const char a, const char b ) noexcept
   {
      return a == 0 ? b : ( b == 0 || a == b ) ? a
                                               : 'x';
   }

   // A word of text at [b, e) that is w, lower-cased, with word boundaries on both sides.
   [[nodiscard]] inline bool word_at( const std::string_view text, const std::size_t b, const std::string_view w ) noexcept
   {
      if( b + w.size() > text.size() || word_length( text, b ) != w.size() ) {
         return false;
      }
      for( std::size_t k = 0; k < w.size(); ++k ) {
         const char c = text[ b + k ];
         if( ( c >= 'A' && c <= 'Z' ? static_cast< char >( c - 'A' + 'a' ) : c ) != w[ k ] ) {
            return false;
         }
      }
      return b == 0 || word_length( sub( text, 0, b ), b - 1 ) == 0;
   }

   [[nodiscard]] inline bool is_sending_verb( const std::string_view w )
   {
      static constexpr std::string_view verbs[] = { "issue", "issued", "issues", "release", "released", "releases", "send", "sends", "sent", "publish", "published", "publishes", "post", "posted", "posts", "put", "puts", "tweet", "tweeted", "tweets", "write", "wrote", "written", "sign", "signed", "signs", "deliver", "delivered", "delivers", "circulate", "circulated", "circulates", "distribute", "distributed", "distributes", "file", "filed", "files" };
      const std::string l = lower_copy( w );
      return std::find( std::begin( verbs ), std::end( verbs ), l ) != std::end( verbs );
   }

   // The words that may stand between a sending verb and its subject ("the ministry also issued").
   [[nodiscard]] inline bool is_auxiliary( const std::string_view w )
   {
      static constexpr std::string_view words[] = { "has", "have", "had", "also", "later", "then", "earlier", "jointly", "already", "quickly", "was", "were", "is", "are", "be", "been", "will", "would" };
      const std::string l = lower_copy( w );
      return std::find( std::begin( words ), std::end( words ), l ) != std::end( words );
   }

   // The noun phrase a relative "who" or "which" at p stands for, as a span (empty when there is
   // none): the phrase right before it, with or without a comma between ("Mr Ruiz, who",
   // "the council, which", "the man who", "any voter who"). It is a run of names and title words
   // ("Sir Alan Budd", "the Tomlinson review") or a lower-case head noun, with its determiner
   // when one stands right before it. For "who" (person), a person noun with a phrase after
   // it: "a leading expert on code-breaking".
   [[nodiscard]] inline std::pair< std::size_t, std::size_t > relative_antecedent( const std::string_view text, const std::size_t p, std::vector< std::string_view >& ws, const bool person = false )
   {
      std::size_t e = p;
      while( e > 0 && text[ e - 1 ] == ' ' ) {
         --e;
      }
      if( e > 0 && text[ e - 1 ] == ',' ) {
         --e;
      }
      // an abbreviation in brackets after the name: "the Office of Fair Trading (OFT), which"
      if( e > 0 && text[ e - 1 ] == ')' ) {
         const std::size_t open = text.rfind( '(', e - 1 );
         if( open == std::string_view::npos || open == 0 || e - open > 12 || text[ open - 1 ] != ' ' ) {
            return { 0, 0 };
         }
         e = open - 1;
      }
      // back to the clause's start (at most 200 bytes): punctuation, save an initial's period
      // ("Joseph R. Biden, who")
      std::size_t sb = e;
      while( sb > 0 && e - sb < 200 ) {
         const char c = text[ sb - 1 ];
         const bool initial = c == '.' && sb >= 3 && text[ sb - 3 ] == ' ' && text[ sb - 2 ] >= 'A' && text[ sb - 2 ] <= 'Z';
         if( !initial && ( c == '.' || c == '!' || c == '?' || c == '\n' || c == ',' || c == ';' || c == ':' ) ) {
            break;
         }
         --sb;
      }
      words_of( text, sb, e, ws );
      if( ws.empty() ) {
         return { 0, 0 };
      }
      const auto at = [ & ]( const std::string_view w ) { return static_cast< std::size_t >( w.data() - text.data() ); };
      const auto end_of = [ & ]( const std::string_view w ) { return at( w ) + w.size(); };
      const std::string_view last = ws.back();
      if( end_of( last ) != e || word_in( lexicon::sorted_stop_words, last ) || word_in( lexicon::sorted_determiners, last ) || word_in( lexicon::sorted_pronouns, last ) || is_possessive( last ) ) {
         return { 0, 0 }; // ("those who", "himself, who", a quotation or a bracket before the comma)
      }
      // words[k - 1] and words[k] stand next to each other: one space between, or an initial's period and one
      const auto adjacent = [ & ]( const std::size_t k ) {
         const std::size_t gap = at( ws[ k ] ) - end_of( ws[ k - 1 ] );
         return gap == 1 || ( gap == 2 && ws[ k - 1 ].size() == 1 && text[ end_of( ws[ k - 1 ] ) ] == '.' );
      };
      const auto name_word = [ & ]( const std::string_view w ) { return ( is_capitalised( w ) || is_title_word( w ) ) && !is_possessive( w ) && !word_in( lexicon::sorted_determiners, w ) && !word_in( lexicon::sorted_pronouns, w ) && !word_in( lexicon::sorted_stop_words, w ); };
      std::size_t j = ws.size() - 1;
      while( j > 0 && ws.size() - j < 8 && adjacent( j ) ) {
         if( name_word( ws[ j - 1 ] ) ) {
            --j;
         }
         // "of" or "for" between capitalised words: "Office of Fair Trading", "Commission for Africa"
         else if( j > 1 && is_capitalised( ws[ j ] ) && ( ws[ j - 1 ] == "of" || ws[ j - 1 ] == "for" ) && adjacent( j - 1 ) && is_capitalised( ws[ j - 2 ] ) && name_word( ws[ j - 2 ] ) ) {
            j -= 2;
         }
         else {
            break;
         }
      }
      // "a leading expert on code-breaking, who", "an adviser on harbour safety, who": after a
      // preposition, the person noun before it heads the phrase, with its modifiers (at most
      // two words) and determiner
      if( person && !is_capitalised( ws[ j ] ) ) {
         static constexpr std::string_view prepositions[] = { "at", "for", "from", "in", "of", "on", "with" };
         const auto plain = [ & ]( const std::string_view w ) { return !is_capitalised( w ) && !word_in( lexicon::sorted_stop_words, w ) && !word_in( lexicon::sorted_determiners, w ) && !word_in( lexicon::sorted_pronouns, w ); };
         std::size_t m = j; // the preposition's index, when one is found
         for( int k = 0; k < 3 && m > 1 && adjacent( m ); ++k ) {
            if( std::find( std::begin( prepositions ), std::end( prepositions ), ws[ m - 1 ] ) != std::end( prepositions ) ) {
               break;
            }
            m = plain( ws[ m - 1 ] ) ? m - 1 : 0;
         }
         if( m > 1 && adjacent( m ) && adjacent( m - 1 ) && std::find( std::begin( prepositions ), std::end( prepositions ), ws[ m - 1 ] ) != std::end( prepositions ) && !is_capitalised( ws[ m - 2 ] ) && word_in( lexicon::sorted_roles, ws[ m - 2 ] ) ) {
            j = m - 2;
            for( int k = 0; k < 2 && j > 0 && adjacent( j ) && plain( ws[ j - 1 ] ); ++k ) {
               --j;
            }
         }
      }
      if( j > 0 && adjacent( j ) && word_in( lexicon::sorted_determiners, ws[ j - 1 ] ) ) {
         --j;
      }
      return { at( ws[ j ] ), e };
   }

   // The latest name with a gendered or academic honorific in the paragraph before p whose
   // gender ('m', 'f') is want or unknown: "Mrs Howard", "Sir Alan Budd", "Prof Ruiz", "Mr.
   // Blunkett's" (without the possessive). Its span and gender, or an empty span.
   struct honorific_name
   {
      std::size_t begin = 0;
      std::size_t end = 0;
      char gender = 0;
   };

   [[nodiscard]] inline honorific_name honorific_name_before( const std::string_view text, const std::size_t p, const char want )
   {
      // back from p to the paragraph's start, the latest first: only a capital M, S, D or P that
      // starts a word may open an honorific
      for( std::size_t i = p; i > 0 && p - i < 1200; --i ) {
         const char c = text[ i - 1 ];
         if( c == '\n' ) {
            break;
         }
         const std::size_t q = i - 1;
         if( ( c != 'M' && c != 'S' && c != 'D' && c != 'P' ) || ( q > 0 && is_ascii_alnum( static_cast< unsigned char >( text[ q - 1 ] ) ) ) ) {
            continue;
         }
         const std::string_view h = sub( text, q, word_length( text, q ) );
         if( !is_honorific( h ) || is_title_abbreviation( h ) ) {
            continue;
         }
         const char g = honorific_gender( h );
         if( g != 0 && g != want ) {
            continue;
         }
         // the name after it ("Mr Blunkett", "Mr. Blunkett"): up to three capitalised words, the
         // last without its possessive
         std::size_t at = q + h.size() + ( q + h.size() < p && text[ q + h.size() ] == '.' ? 1 : 0 );
         if( at + 1 >= p || text[ at ] != ' ' ) {
            continue;
         }
         const std::size_t nb = at + 1;
         std::size_t ne = nb;
         for( std::size_t words = 0; words < 3; ++words ) {
            const std::size_t wb = ne == nb ? nb : ne + 1;
            if( wb >= p || ( ne != nb && text[ ne ] != ' ' ) ) {
               break;
            }
            const std::string_view w = sub( text, wb, std::min( word_length( text, wb ), p - wb ) );
            if( w.empty() || !is_capitalised( w ) ) {
               break;
            }
            ne = wb + w.size();
            if( is_possessive( w ) ) {
               ne -= w[ w.size() - 2 ] == '\'' ? 2 : 4;
               break;
            }
         }
         if( ne > nb ) {
            return { nb, ne, g };
         }
      }
      return {};
   }

   // The person a news story is about: the name in the first sentence under the headline whose
   // last word the headline has ("Holmes starts 2005 ..." over "Kelly Holmes will start ...",
   // "Willis sues ..." over "Actor Bruce Willis is suing ..."), two words at least, without the
   // title words before it. An empty span when the text opens with no such pair.
   [[nodiscard]] inline honorific_name story_subject( const std::string_view text, std::vector< std::string_view >& ws )
   {
      const std::size_t nl = text.find( '\n' );
      if( nl == std::string_view::npos || nl < 8 || nl > 150 ) {
         return {};
      }
      const std::string_view headline = sub( text, 0, nl );
      std::size_t lb = nl;
      while( lb < text.size() && ( text[ lb ] == '\n' || text[ lb ] == '\r' || text[ lb ] == ' ' ) ) {
         ++lb;
      }
      std::size_t le = lb;
      while( le < text.size() && le - lb < 400 && text[ le ] != '\n' && !( text[ le ] == '.' && le + 1 < text.size() && text[ le + 1 ] == ' ' && le > lb && text[ le - 2 ] != ' ' ) ) {
         ++le;
      }
      words_of( text, lb, le, ws );
      const auto at = [ & ]( const std::string_view w ) { return static_cast< std::size_t >( w.data() - text.data() ); };
      const auto in_headline = [ & ]( const std::string_view w ) {
         for( std::size_t k = headline.find( w ); k != std::string_view::npos; k = headline.find( w, k + 1 ) ) {
            if( ( k == 0 || !is_ascii_alnum( static_cast< unsigned char >( headline[ k - 1 ] ) ) ) && ( k + w.size() == headline.size() || !is_ascii_alnum( static_cast< unsigned char >( headline[ k + w.size() ] ) ) ) ) {
               return true;
            }
         }
         return false;
      };
      std::size_t start = 0; // of the current run of capitalised words
      for( std::size_t k = 0; k < ws.size(); ++k ) {
         const std::string_view w = ws[ k ];
         const bool name = is_capitalised( w ) && !is_possessive( w ) && !word_in( lexicon::sorted_determiners, w ) && !is_sentence_opener( w ) && !is_title_word( w ) && !is_honorific( w );
         if( !name || ( k > start && at( w ) != at( ws[ k - 1 ] ) + ws[ k - 1 ].size() + 1 ) ) {
            start = name ? k : k + 1;
            if( !name ) {
               continue;
            }
         }
         if( k > start && w.size() > 2 && in_headline( w ) && ( k + 1 == ws.size() || !is_capitalised( ws[ k + 1 ] ) || at( ws[ k + 1 ] ) != at( w ) + w.size() + 1 ) ) {
            return { at( ws[ start ] ), at( w ) + w.size(), 0 };
         }
      }
      return {};
   }

   // Where the text says who sent a document whose head noun (lower case) is named at [p, p +
   // noun.size()): "X issued a statement", "a statement from X", "X's statement", "his statement".
   // The subject's span, or an empty range.
   [[nodiscard]] inline std::pair< std::size_t, std::size_t > document_sender( const std::string_view text, const std::size_t p, const std::string_view noun, std::vector< std::string_view >& ws )
   {
      // the sentence around p
      std::size_t sb = p;
      while( sb > 0 && p - sb < 400 && text[ sb - 1 ] != '.' && text[ sb - 1 ] != '!' && text[ sb - 1 ] != '?' && text[ sb - 1 ] != '\n' ) {
         --sb;
      }
      std::size_t se = p + noun.size();
      while( se < text.size() && se - p < 400 && text[ se ] != '.' && text[ se ] != '!' && text[ se ] != '?' && text[ se ] != '\n' && text[ se ] != ',' && text[ se ] != ';' ) {
         ++se;
      }
      const auto at = [ & ]( const std::string_view w ) { return static_cast< std::size_t >( w.data() - text.data() ); };
      const auto end_of = [ & ]( const std::string_view w ) { return at( w ) + w.size(); };
      const auto name_word = [ & ]( const std::string_view w ) { return is_capitalised( w ) || is_title_word( w ); };
      // a subject that ends with words[k - 1]: name and title words, with a determiner before them
      const auto subject_before = [ & ]( std::size_t k ) -> std::pair< std::size_t, std::size_t > {
         if( k == 0 ) {
            return { 0, 0 };
         }
         const std::size_t e = end_of( ws[ k - 1 ] );
         if( word_in( lexicon::sorted_pronouns, ws[ k - 1 ] ) ) {
            return { at( ws[ k - 1 ] ), e };
         }
         std::size_t j = k;
         while( j > 0 && k - j < 6 && name_word( ws[ j - 1 ] ) && !word_in( lexicon::sorted_determiners, ws[ j - 1 ] ) && !word_in( lexicon::sorted_pronouns, ws[ j - 1 ] ) ) {
            --j;
         }
         if( j == k ) {
            return { 0, 0 };
         }
         if( j > 0 && word_in( lexicon::sorted_determiners, ws[ j - 1 ] ) ) {
            --j;
         }
         return { at( ws[ j ] ), e };
      };
      words_of( text, sb, p, ws );
      const std::size_t before = ws.size();
      // "his statement", "Peskov's statement", "the Kremlin's statement": at most two adjectives between
      for( std::size_t k = before; k > 0 && before - k < 3; --k ) {
         const std::string_view w = ws[ k - 1 ];
         const std::string l = lower_copy( w );
         if( is( l, "his" ) || is( l, "her" ) || is( l, "its" ) || is( l, "their" ) ) {
            return { at( w ), end_of( w ) };
         }
         const std::size_t cut = !is_possessive( w ) ? 0 : ( w[ w.size() - 2 ] == '\'' ? 2 : 4 );
         if( cut != 0 && name_word( sub( w, 0, w.size() - cut ) ) ) {
            std::size_t j = k - 1;
            while( j > 0 && before - j < 6 && name_word( ws[ j - 1 ] ) && !word_in( lexicon::sorted_determiners, ws[ j - 1 ] ) ) {
               --j;
            }
            if( j > 0 && word_in( lexicon::sorted_determiners, ws[ j - 1 ] ) ) {
               --j;
            }
            return { at( ws[ j ] ), end_of( w ) - cut };
         }
         if( is( l, "a" ) || is( l, "an" ) || is( l, "the" ) || is( l, "this" ) || is( l, "that" ) ) {
            break;
         }
      }
      // "X issued a statement": the verb at most four words before the noun
      for( std::size_t k = before; k > 0 && before - k < 5; --k ) {
         if( is_sending_verb( ws[ k - 1 ] ) ) {
            std::size_t j = k - 1;
            while( j > 0 && is_auxiliary( ws[ j - 1 ] ) ) {
               --j;
            }
            const auto r = subject_before( j );
            if( r.second > r.first ) {
               return r;
            }
            break;
         }
      }
      // "a statement from the ministry", "a message by Peskov"
      words_of( text, p + noun.size(), se, ws, 8 );
      if( ws.size() >= 2 && ( ws[ 0 ] == "from" || ws[ 0 ] == "by" ) ) {
         std::size_t j = 1;
         if( word_in( lexicon::sorted_determiners, ws[ j ] ) ) {
            ++j;
         }
         std::size_t k = j;
         while( k < ws.size() && name_word( ws[ k ] ) ) {
            ++k;
         }
         if( k > j ) {
            return { at( ws[ 1 ] ), end_of( ws[ k - 1 ] ) };
         }
      }
      return { 0, 0 };
   }

   // Keeps the first mention of each span of a speaker, in their order. Sorting once at the end
   // holds far less memory than a set of every mention of the document kept while resolving.
   inline void drop_repeated_mentions( document& doc )
   {
      std::vector< std::size_t > order;
      std::vector< bool > repeat;
      for( speaker& e : doc.speakers ) {
         std::vector< mention >& ms = e.mentions;
         if( ms.size() < 2 ) {
            continue; // nothing to repeat
         }
         order.resize( ms.size() );
         for( std::size_t i = 0; i < ms.size(); ++i ) {
            order[ i ] = i;
         }
         std::sort( order.begin(), order.end(), [ & ]( const std::size_t x, const std::size_t y ) {
            return std::tie( ms[ x ].text.begin, ms[ x ].text.end, x ) < std::tie( ms[ y ].text.begin, ms[ y ].text.end, y );
         } );
         repeat.assign( ms.size(), false );
         bool any = false;
         for( std::size_t i = 1; i < order.size(); ++i ) {
            const mention& a = ms[ order[ i - 1 ] ];
            const mention& b = ms[ order[ i ] ];
            if( a.text.begin == b.text.begin && a.text.end == b.text.end ) {
               repeat[ order[ i ] ] = true; // the later of the two
               any = true;
            }
         }
         if( !any ) {
            continue;
         }
         std::size_t kept = 0;
         for( std::size_t i = 0; i < ms.size(); ++i ) {
            if( !repeat[ i ] ) {
               ms[ kept++ ] = ms[ i ];
            }
         }
         ms.resize( kept );
      }
   }

   // A name or title that runs over line breaks, as one line: each break, with the spaces and
   // tabs around it, becomes one space, and none is left right inside a quote mark ("«\nФонд
   // мира\n»" -> "«Фонд мира»"). A name with no line break is left as it is.
   inline void one_line( std::string& s )
   {
      if( s.find_first_of( "\n\r" ) == std::string::npos ) {
         return;
      }
      std::string out;
      out.reserve( s.size() );
      for( std::size_t i = 0; i < s.size(); ) {
         if( s[ i ] == '\n' || s[ i ] == '\r' ) {
            while( !out.empty() && ( out.back() == ' ' || out.back() == '\t' ) ) {
               out.pop_back();
            }
            while( i < s.size() && ( s[ i ] == '\n' || s[ i ] == '\r' || s[ i ] == ' ' || s[ i ] == '\t' ) ) {
               ++i;
            }
            // no space after an opening mark or before a closing one (« » “ ” „)
            const bool after_open = has_at( out, out.size() >= 2 ? out.size() - 2 : out.size(), "\xC2\xAB" ) || ( out.size() >= 3 && ( has_at( out, out.size() - 3, "\xE2\x80\x9C" ) || has_at( out, out.size() - 3, "\xE2\x80\x9E" ) ) );
            const bool before_close = has_at( s, i, "\xC2\xBB" ) || has_at( s, i, "\xE2\x80\x9D" );
            if( !out.empty() && i < s.size() && !after_open && !before_close ) {
               out += ' ';
            }
            continue;
         }
         out += s[ i++ ];
      }
      s = std::move( out );
   }

   // May "the company" stand for the organisation of this name? Only a name: its first and
   // last words capitalised ("Parmalat", "Bank of England"; not "Swedish firm"), and no country.
   [[nodiscard]] inline bool names_a_company( const std::string_view name ) noexcept
   {
      if( name.empty() || !( name[ 0 ] >= 'A' && name[ 0 ] <= 'Z' ) || lexicon::contains( lexicon::sorted_countries, name ) ) {
         return false;
      }
      const std::size_t sp = name.rfind( ' ' );
      const char last = name[ sp == std::string_view::npos ? 0 : sp + 1 ];
      return last >= 'A' && last <= 'Z';
   }

   // What the content of an attribution says of its speaker by the pronoun it opens with: 'o'
   // for an organisation ("Microsoft said its sales rose", "... it would buy Sybari", "... it
   // plans to"), 'p' for a person ("he", "she", "his", "her"), 0 for neither. An "it" that may
   // stand for nothing ("it was a shame", "it would be wrong", "it takes time") says nothing.
   [[nodiscard]] inline char pronoun_evidence( const std::string_view content ) noexcept
   {
      std::size_t i = 0;
      const auto next_word = [ & ]() {
         while( i < content.size() && content[ i ] == ' ' ) {
            ++i;
         }
         const std::size_t n = word_length( content, i );
         const std::string_view w = sub( content, i, n );
         i += n;
         return w;
      };
      const std::string_view first = next_word();
      if( lexicon::equal_folded( "he", first ) || lexicon::equal_folded( "she", first ) || lexicon::equal_folded( "his", first ) || lexicon::equal_folded( "her", first ) ) {
         return 'p';
      }
      if( lexicon::equal_folded( "its", first ) ) {
         return 'o';
      }
      if( !lexicon::equal_folded( "it", first ) || i >= content.size() || content[ i ] != ' ' ) {
         return 0; // (not "it's")
      }
      // verbs after which "it" is as often empty as not
      static constexpr std::string_view empty_it[] = { "appear", "appeared", "appears", "be", "became", "becomes", "been", "cost", "costs", "depend", "depends", "happen", "happened", "has", "have", "help", "helped", "is", "isn't", "make", "made", "makes", "matter", "mattered", "matters", "mean", "meant", "means", "remain", "remained", "remains", "seem", "seemed", "seems", "take", "takes", "took", "was", "wasn't", "were" };
      static constexpr auto empty_set = lexicon::sorted( empty_it );
      static constexpr std::string_view auxiliaries[] = { "can", "can't", "could", "couldn't", "did", "didn't", "does", "doesn't", "had", "may", "might", "must", "should", "will", "won't", "would", "wouldn't" };
      static constexpr auto aux_set = lexicon::sorted( auxiliaries );
      std::string_view verb = next_word();
      if( lexicon::contains( aux_set, verb ) ) {
         verb = next_word();
         if( is( verb, "not" ) ) {
            verb = next_word();
         }
      }
      else if( ( is( verb, "is" ) || is( verb, "was" ) ) && i < content.size() ) {
         const std::string_view after = next_word();
         return after.size() > 4 && rest_is( after, after.size() - 3, "ing" ) ? 'o' : 0; // "it is investigating"
      }
      if( verb.empty() || !( verb[ 0 ] >= 'a' && verb[ 0 ] <= 'z' ) || lexicon::contains( empty_set, verb ) ) {
         return 0;
      }
      return 'o';
   }

   // A one-word name read as a person's ("Microsoft", "Sophos") whom the document shows to be an
   // organisation is one: where it is named after an organisation noun ("anti-virus firm
   // Sophos"), or where what it says opens with "it" or "its" and never with "he" or "she".
   // Names with an honorific or a fuller form in the text stay persons.
   template< typename Reading, typename Names >
   void organizations_by_evidence( const std::string_view text, const document& doc, std::vector< Reading >& readings, Names& names )
   {
      struct tally
      {
         std::string_view name;
         bool organization = false; // named as one somewhere
         int it = 0;
         int person = 0;
      };
      std::unordered_map< std::string_view, tally > tallies; // by name
      const auto tally_of = [ & ]( const std::string_view name ) -> tally& { return tallies.try_emplace( name, tally{ name } ).first->second; };
      const auto one_word = []( const speaker_reading& rd ) { return !rd.name.empty() && rd.name.find( ' ' ) == std::string_view::npos; };
      // a title that ends in a title word: "Chancellor Brown", not "As blocking all mail Spamhaus"
      const auto titled = []( const speaker_reading& rd ) { return !rd.title.empty() && is_title_word( last_word( rd.title ) ); };
      std::string_view before; // the one-word name the latest speaker that is no pronoun was read as a person by
      for( std::size_t ai = 0; ai < readings.size(); ++ai ) {
         const speaker_reading& rd = readings[ ai ].rd;
         const attribution& a = doc.attributions[ ai ];
         if( !a.speaker || rd.kind == speaker_kind::pronoun ) {
            continue;
         }
         // "Ryanair said A. The carrier added B": "the company" right after a name says what it is
         if( rd.kind == speaker_kind::organization && readings[ ai ].definite && readings[ ai ].word_count == 2 && !before.empty() && lexicon::contains( lexicon::sorted_company_nouns, lower_copy( rd.head ) ) ) {
            ++tally_of( before ).it;
         }
         before = rd.kind == speaker_kind::person && one_word( rd ) && rd.gender == 0 && !titled( rd ) ? rd.name : std::string_view();
         if( !one_word( rd ) ) {
            continue;
         }
         if( rd.kind == speaker_kind::organization ) {
            if( rd.described ) {
               tally_of( rd.name ).organization = true;
            }
         }
         else if( rd.kind == speaker_kind::person ) {
            tally& t = tally_of( rd.name );
            if( rd.gender != 0 || titled( rd ) || a.pattern == pattern::transcript_colon ) {
               ++t.person;
               continue;
            }
            // (in a quotation "it" is the speaker's word for something else: "It makes no sense")
            const char e = a.type == content_kind::indirect ? pronoun_evidence( a.content.text ) : char( 0 );
            t.it += e == 'o' ? 1 : 0;
            t.person += e == 'p' ? 1 : 0;
         }
      }
      // what the text says of a name where it names it: "Texas, which makes chips" (an
      // organisation), "Lind, who" (a person); one pass over the text, for the names nothing
      // else decided
      if( std::any_of( tallies.begin(), tallies.end(), []( const auto& t ) { return t.second.person == 0 && !t.second.organization; } ) ) {
         for( std::size_t at = text.find( ", wh" ); at != std::string_view::npos; at = text.find( ", wh", at + 4 ) ) {
            const bool which = has_at( text, at, ", which " );
            if( !which && !has_at( text, at, ", who " ) && !has_at( text, at, ", whose " ) ) {
               continue;
            }
            std::size_t b = at;
            while( b > 0 && at - b < 40 && ( std::isalnum( static_cast< unsigned char >( text[ b - 1 ] ) ) != 0 || text[ b - 1 ] == '-' || static_cast< unsigned char >( text[ b - 1 ] ) >= 0x80 ) ) {
               --b;
            }
            if( const auto it = tallies.find( sub( text, b, at - b ) ); it != tallies.end() ) {
               ++( which ? it->second.it : it->second.person );
            }
         }
      }
      for( Reading& x : readings ) {
         speaker_reading& rd = x.rd;
         if( rd.kind != speaker_kind::person || rd.gender != 0 || titled( rd ) || !one_word( rd ) || word_in( lexicon::sorted_determiners, rd.name ) ) {
            continue; // (not "This could see its workforce cut")
         }
         const tally& t = tally_of( rd.name );
         if( ( t.organization || t.it > 0 ) && t.person == 0 && names.gender_of( rd.name ) == 0 && !names.named_in_full( rd.name ) ) {
            rd.kind = speaker_kind::organization;
            rd.head = rd.name;
         }
      }
   }

   // noted: the readings the engine made of the speaker phrases, or nullptr (each is read here).
   inline void resolve_speakers( const std::string_view text, document& doc, const options& opt, const noted_readings* noted = nullptr )
   {
      std::vector< std::string_view > words;
      std::vector< std::string_view > scratch;
      name_index names( text );
      // each speaker is read once: what the loop below needs of the reading and its words
      struct reading
      {
         speaker_reading rd;
         std::size_t word_count = 0; // how many words read_speaker left
         bool definite = false;      // the first of them is "the" or "this"
         // of a relative "who"/"which": the phrase it stands for and its reading (no pronoun)
         std::optional< std::pair< span, speaker_reading > > antecedent;
         // of "he", "she", "his", "her": the latest fitting name with an honorific in the paragraph before
         honorific_name honorific;
      };
      std::vector< reading > readings( doc.attributions.size() );
      honorific_name story; // whom the story is about, read at the first "he" or "she" that needs it
      bool story_read = false;
      for( std::size_t ai = 0; ai < doc.attributions.size(); ++ai ) {
         const attribution& a = doc.attributions[ ai ];
         if( a.speaker ) {
            reading& x = readings[ ai ];
            std::string_view first;
            if( const noted_readings::entry* n = noted != nullptr ? noted->find( a.speaker->mention.begin, a.speaker->mention.end ) : nullptr ) {
               x.rd = n->rd;
               x.word_count = n->word_count;
               first = n->first_word;
            }
            else {
               x.rd = read_speaker( text, a.speaker->mention.begin, a.speaker->mention.end, words );
               if( a.pattern == pattern::transcript_colon ) {
                  x.rd = turn_speaker( x.rd );
               }
               x.word_count = words.size();
               first = words.empty() ? std::string_view() : words[ 0 ];
            }
            x.definite = x.word_count != 0 && ( lexicon::equal_folded( "the", first ) || lexicon::equal_folded( "this", first ) );
            if( x.rd.kind == speaker_kind::person ) {
               names.want( x.rd.name );
            }
            if( x.rd.kind == speaker_kind::pronoun && opt.resolve_pronouns ) {
               const bool he = lexicon::equal_folded( "he", x.rd.name ) || lexicon::equal_folded( "his", x.rd.name );
               if( he || lexicon::equal_folded( "she", x.rd.name ) || lexicon::equal_folded( "her", x.rd.name ) ) {
                  x.honorific = honorific_name_before( text, a.speaker->mention.begin, he ? 'm' : 'f' );
                  // else the person the story is about, once they are named
                  if( x.honorific.end <= x.honorific.begin ) {
                     if( !story_read ) {
                        story = story_subject( text, words );
                        story_read = true;
                        if( story.end > story.begin ) {
                           names.want( sub( text, story.begin, story.end - story.begin ) );
                        }
                     }
                     if( story.end > story.begin && story.end <= a.speaker->mention.begin ) {
                        x.honorific = story;
                     }
                  }
                  if( x.honorific.end > x.honorific.begin ) {
                     names.want( sub( text, x.honorific.begin, x.honorific.end - x.honorific.begin ) );
                  }
               }
            }
            const bool who = x.rd.kind == speaker_kind::pronoun && lexicon::equal_folded( "who", x.rd.name );
            if( who || ( x.rd.kind == speaker_kind::pronoun && lexicon::equal_folded( "which", x.rd.name ) ) ) {
               if( const auto [ b, e ] = relative_antecedent( text, a.speaker->mention.begin, words, who ); e > b ) {
                  const speaker_reading ante = read_speaker( text, b, e, words );
                  // ("which" stands for no person, "who" for no document)
                  if( !ante.name.empty() && ante.kind != speaker_kind::pronoun && ante.kind != ( who ? speaker_kind::document : speaker_kind::person ) ) {
                     x.antecedent.emplace( span{ b, e, sub( text, b, e - b ) }, ante );
                     if( ante.kind == speaker_kind::person ) {
                        names.want( ante.name );
                     }
                  }
               }
            }
         }
      }
      organizations_by_evidence( text, doc, readings, names );
      struct entity_key
      {
         std::string key;  // surname, or lower-case head noun for descriptions
         std::string full; // lower-case full name / description
      };
      std::vector< entity_key > keys;
      std::vector< char > gender; // per entity: 'm', 'f', 0 (not known) or 'x' (contradictory)
      // at most an entity per speaker (and the few that titles and senders name): room at once
      const auto spoken = static_cast< std::size_t >( std::count_if( doc.attributions.begin(), doc.attributions.end(), []( const attribution& a ) { return a.speaker.has_value(); } ) );
      keys.reserve( spoken );
      gender.reserve( spoken );
      doc.speakers.reserve( doc.speakers.size() + spoken );
      // Indexes, so that each search costs what it finds, not the number of speakers so far:
      std::unordered_map< std::string, std::vector< std::size_t > > by_key; // kind and key -> entities, oldest first
      std::unordered_map< std::string, std::size_t > by_title_word;         // lower-case title word -> newest person whose title has it
      std::array< std::pair< std::size_t, std::size_t >, 5 > latest{};      // per entity kind: (attribution index + 1, entity) of the latest attribution resolved to one
      std::vector< std::size_t > recent_people;                             // the last few persons spoken of, the latest last
      recent_people.reserve( 9 );
      // a span named twice is one mention: repeats are dropped at the end (drop_repeated_mentions)
      const auto mention_of = [ & ]( const std::size_t id, const span& m, const speaker_kind k ) {
         doc.speakers[ id ].mentions.push_back( { m, k } );
      };
      std::vector< std::string_view > title_words; // scratch of index_title and title_gender
      const auto index_title = [ & ]( const speaker& e ) {
         if( e.kind != speaker_kind::person ) {
            return;
         }
         words_of( e.title, 0, e.title.size(), title_words );
         for( const std::string_view w : title_words ) {
            std::size_t& newest = by_title_word.try_emplace( lower_copy( w ), e.id ).first->second;
            newest = std::max( newest, e.id );
         }
      };
      // The entity a (non-pronoun) reading names: an earlier one with the same key, or a new one.
      const auto entity_for = [ & ]( const speaker_reading& rd ) {
         entity_key k;
         if( rd.kind == speaker_kind::person ) {
            k.key = std::string( last_word( rd.name ) );
            k.full = lower_copy( rd.name );
         }
         else {
            k.full = lower_copy( rd.name );
            // "63 percent", "Some 73 percent", "One of her aides", "Many": each figure or
            // quantity is a group of its own
            k.key = names_a_count( rd.name ) || names_a_quantity( rd.head ) ? k.full : lower_copy( rd.head.empty() ? last_word( rd.name ) : rd.head );
         }
         std::vector< std::size_t >& same_key = by_key[ std::string( 1, static_cast< char >( '0' + static_cast< int >( rd.kind ) ) ) + k.key ];
         std::size_t found = keys.size();
         // "another study", "a further survey", "other analysts": a description that says it
         // names something else starts an entity of its own
         static constexpr std::string_view others[] = { "another", "different", "further", "other", "second", "separate" };
         std::string_view opening = std::string_view( k.full ).substr( 0, k.full.find( ' ' ) );
         if( !rd.name.empty() && std::less<>()( text.data() + 1, rd.name.data() ) && !std::less<>()( text.data() + text.size(), rd.name.data() ) && rd.name.data()[ -1 ] == ' ' ) {
            // ("another", "other" are determiners: the reading's name starts after them)
            const auto at = static_cast< std::size_t >( rd.name.data() - text.data() ) - 1;
            std::size_t b = at;
            while( b > 0 && text[ b - 1 ] != ' ' && text[ b - 1 ] != '\n' ) {
               --b;
            }
            if( lexicon::equal_folded( "other", sub( text, b, at - b ) ) || lexicon::equal_folded( "another", sub( text, b, at - b ) ) ) {
               opening = "other";
            }
         }
         const bool other = rd.kind != speaker_kind::person && std::find( std::begin( others ), std::end( others ), opening ) != std::end( others );
         for( std::size_t n = other ? 0 : same_key.size(); n > 0; --n ) {
            const std::size_t i = same_key[ n - 1 ];
            // a person: same surname, and the shorter name ends the longer one
            const std::string& f = keys[ i ].full;
            const std::string& longer = f.size() < k.full.size() ? k.full : f;
            const std::string& shorter = f.size() < k.full.size() ? f : k.full;
            // an organisation: one name ends the other at a word ("Interior Ministry", "the
            // ministry"), or opens it before "of"/"for" ("the court", "Court of Appeals"), or
            // one is named by whose it is ("Indonesia's government"), or one is a description
            // in lower case ("the environment select committee"); so two named associations or
            // ministries stay apart
            const bool ends = longer.compare( longer.size() - shorter.size(), std::string::npos, shorter ) == 0 && ( longer.size() == shorter.size() || longer[ longer.size() - shorter.size() - 1 ] == ' ' );
            const bool opens = longer.compare( 0, shorter.size(), shorter ) == 0 && ( has_at( longer, shorter.size(), " of " ) || has_at( longer, shorter.size(), " for " ) );
            const bool owned = longer.find( "'s " ) != std::string::npos || shorter.find( "'s " ) != std::string::npos;
            const auto lower_case = []( const std::string_view name ) { return std::none_of( name.begin(), name.end(), []( const char c ) { return c >= 'A' && c <= 'Z'; } ); };
            const bool compatible = rd.kind == speaker_kind::person ? longer.compare( longer.size() - shorter.size(), std::string::npos, shorter ) == 0 : ( rd.kind != speaker_kind::organization || ends || opens || owned || lower_case( rd.name ) || lower_case( doc.speakers[ i ].name ) );
            if( compatible ) {
               found = i;
               break;
            }
         }
         const char g = rd.kind == speaker_kind::person ? merge_gender( merge_gender( rd.gender, title_gender( rd.title, title_words ) ), names.gender_of( last_word( rd.name ) ) ) : 0;
         if( found == keys.size() ) {
            speaker e;
            e.id = doc.speakers.size();
            e.kind = rd.kind;
            e.name = std::string( rd.kind == speaker_kind::person ? names.fullest( rd.name ) : rd.name );
            e.title = std::string( rd.title );
            e.mentions.reserve( 4 ); // one allocation for the first few mentions, not one for each doubling
            index_title( e );
            same_key.push_back( e.id );
            doc.speakers.push_back( std::move( e ) );
            keys.push_back( std::move( k ) );
            gender.push_back( g );
         }
         else {
            speaker& e = doc.speakers[ found ];
            if( rd.kind != speaker_kind::person && rd.name.size() > e.name.size() ) {
               e.name = std::string( rd.name ); // the fullest description
            }
            if( rd.kind == speaker_kind::person && rd.name.size() > e.name.size() && e.name.find( ' ' ) == std::string::npos ) {
               e.name = std::string( names.fullest( rd.name ) ); // "Clinton", then "Hillary Clinton"
            }
            if( e.title.empty() ) {
               e.title = std::string( rd.title );
               index_title( e );
            }
            if( keys[ found ].full.size() < k.full.size() ) {
               keys[ found ].full = k.full;
            }
            gender[ found ] = merge_gender( gender[ found ], g );
         }
         return found;
      };
      // A pronoun's entity: "he"/"she" the latest person whose gender does not contradict it
      // (and who thereby gets that gender when no other person is a candidate), "it" the latest
      // organisation or document, "they" the latest organisation or group, "we" none.
      // (h: the name with an honorific before the pronoun, when it is a speaker's)
      const auto pronoun_entity = [ & ]( const std::string& p, const bool learn, const honorific_name* h = nullptr ) -> std::optional< std::size_t > {
         if( is( p, "he" ) || is( p, "she" ) || is( p, "his" ) || is( p, "her" ) ) {
            const char want = ( is( p, "he" ) || is( p, "his" ) ) ? 'm' : 'f';
            std::optional< std::size_t > pick;
            bool others = false;
            for( std::size_t n = recent_people.size(); n > 0; --n ) {
               const std::size_t id = recent_people[ n - 1 ];
               const char g = gender[ id ];
               if( ( g == 'm' || g == 'f' ) && g != want ) {
                  continue;
               }
               if( pick ) {
                  others = true;
                  break;
               }
               pick = id;
            }
            if( pick && learn && gender[ *pick ] == 0 && !others ) {
               gender[ *pick ] = want;
            }
            // no person spoke before that fits: the latest one the paragraph names with an
            // honorific that fits ("Mrs Howard made her debut ... she said")
            const auto fits = [ & ]( const honorific_name& n ) {
               const char g = n.gender != 0 ? n.gender : names.gender_of( last_word( sub( text, n.begin, n.end - n.begin ) ) );
               return g != ( want == 'm' ? 'f' : 'm' );
            };
            if( !pick && h != nullptr && h->end > h->begin && fits( *h ) ) {
               speaker_reading named;
               named.kind = speaker_kind::person;
               named.name = sub( text, h->begin, h->end - h->begin );
               named.gender = h->gender;
               pick = entity_for( named );
               mention_of( *pick, span{ h->begin, h->end, named.name }, speaker_kind::person );
            }
            return pick;
         }
         // ("we" outside a quotation is the writer's, or a group's the text does not name:
         // no earlier speaker)
         if( is( p, "we" ) || is( p, "our" ) ) {
            return std::nullopt;
         }
         const auto ok = [ & ]( const speaker_kind kind ) {
            return ( is( p, "i" ) )                          ? kind == speaker_kind::person
                   : ( is( p, "it" ) || is( p, "its" ) )     ? ( kind == speaker_kind::organization || kind == speaker_kind::document )
                   : ( is( p, "they" ) || is( p, "their" ) ) ? ( kind == speaker_kind::organization || kind == speaker_kind::role )
                                                             : true;
         };
         // the nearest earlier attribution whose speaker is compatible
         std::pair< std::size_t, std::size_t > nearest{};
         // ("they" is no single person named by role: "an IAAF spokesman")
         const auto one_person = [ & ]( const std::size_t id ) {
            const std::string_view last = last_word( doc.speakers[ id ].name );
            char buf[ 24 ];
            static constexpr std::string_view plurals[] = { "men", "people", "staff", "women" }; // (role nouns not in -s)
            if( doc.speakers[ id ].kind != speaker_kind::role || last.empty() || last.size() >= sizeof( buf ) || ( last.back() | 0x20 ) == 's' ) {
               return false;
            }
            const std::string_view w = ascii_lower( last, buf );
            return lexicon::contains( lexicon::sorted_roles, w ) && std::find( std::begin( plurals ), std::end( plurals ), w ) == std::end( plurals );
         };
         const bool plural = is( p, "they" ) || is( p, "their" );
         for( std::size_t kind = 0; kind < latest.size(); ++kind ) {
            if( latest[ kind ].first > nearest.first && ok( static_cast< speaker_kind >( kind ) ) && !( plural && one_person( latest[ kind ].second ) ) ) {
               nearest = latest[ kind ];
            }
         }
         // (nor is "it" the countries of "India and Pakistan")
         if( nearest.first == 0 || ( ( is( p, "it" ) || is( p, "its" ) ) && doc.speakers[ nearest.second ].name.find( " and " ) != std::string::npos ) ) {
            return std::nullopt;
         }
         return nearest.second;
      };
      // The author of a document mentioned at [b, e) with the given head noun, where the text
      // says who sent it: the speaker of an earlier attribution made through such a document
      // ("X said in a statement"), or the subject of a sentence that issues or sends it.
      // The latest person named before b with the title noun capitalised before the name:
      // "Mayor Bill de Blasio", "Governor Ana Ruiz" for "the mayor", "the governor".
      // Each search looks only at the text after the previous search for the same noun (at most
      // 4000 bytes back), so that many mentions cost the text once: noun -> (searched up to, found).
      std::unordered_map< std::string, std::pair< std::size_t, std::optional< std::size_t > > > title_memo;
      std::unordered_map< std::string, std::pair< std::size_t, std::optional< std::size_t > > > sender_memo;
      const auto titled_in_text = [ & ]( const std::size_t b, const std::string& noun ) -> std::optional< std::size_t > {
         auto& memo = title_memo[ noun ];
         const std::size_t lo = std::max( memo.first, b > 4000 ? b - 4000 : std::size_t( 0 ) );
         memo.first = std::max( memo.first, b );
         if( lo >= b ) {
            return memo.second;
         }
         const std::string_view window = sub( text, lo, b - lo );
         std::size_t tries = 0;
         // (only a capitalised noun is a title: the others are not looked at)
         for( std::size_t at = rfind_capitalised( window, noun ); at != std::string::npos && tries < 8; at = at == 0 ? std::string::npos : rfind_capitalised( window, noun, at - 1 ) ) {
            const std::size_t p = lo + at;
            if( !word_at( text, p, noun ) || !( text[ p ] >= 'A' && text[ p ] <= 'Z' ) ) {
               continue;
            }
            ++tries;
            // the name after the title: capitalised words, with particles between them ("de", "van")
            std::size_t i = p + noun.size();
            std::size_t name_b = 0;
            std::size_t name_e = 0;
            while( i < b && text[ i ] == ' ' && i + 1 < b ) {
               const std::size_t n = word_length( text, i + 1 );
               if( n == 0 ) {
                  break;
               }
               const std::string_view w = sub( text, i + 1, n );
               const bool particle = is( w, "de" ) || is( w, "van" ) || is( w, "von" ) || is( w, "der" ) || is( w, "da" ) || is( w, "di" ) || is( w, "du" ) || is( w, "la" ) || is( w, "al" ) || is( w, "bin" );
               if( !particle && ( !is_capitalised( w ) || is_title_word( w ) || is_possessive( w ) ) ) {
                  break;
               }
               if( name_b == 0 ) {
                  name_b = i + 1;
               }
               if( !particle ) {
                  name_e = i + 1 + n;
               }
               i += 1 + n;
               if( i < b && text[ i ] == '.' && n == 1 ) {
                  ++i; // an initial: "Joseph R. Biden"
                  name_e = i;
               }
            }
            if( name_b == 0 || name_e <= name_b ) {
               continue;
            }
            speaker_reading named;
            named.kind = speaker_kind::person;
            named.name = sub( text, name_b, name_e - name_b );
            named.title = sub( text, p, noun.size() );
            const std::size_t id = entity_for( named );
            mention_of( id, span{ name_b, name_e, named.name }, speaker_kind::person );
            memo.second = id;
            break;
         }
         return memo.second;
      };
      const auto document_author = [ & ]( const std::size_t ai, const std::size_t b, const std::size_t e, const std::string& noun ) -> std::optional< std::size_t > {
         for( std::size_t j = ai; j > 0 && ai - j < 30; --j ) {
            const attribution& x = doc.attributions[ j - 1 ];
            if( x.medium && x.speaker && x.speaker->id && doc.speakers[ *x.speaker->id ].kind != speaker_kind::document ) {
               const std::string m = lower_copy( x.medium->text );
               for( std::size_t at = m.find( noun ); at != std::string::npos; at = m.find( noun, at + 1 ) ) {
                  if( word_at( m, at, noun ) ) {
                     return *x.speaker->id;
                  }
               }
            }
         }
         // the latest naming of the noun in the text up to the end of the mention ("the council's statement")
         auto& memo = sender_memo[ noun ];
         const std::size_t end = std::min( text.size(), e );
         const std::size_t lo = std::max( memo.first, b > 4000 ? b - 4000 : std::size_t( 0 ) );
         memo.first = std::max( memo.first, end );
         if( lo >= end ) {
            return memo.second;
         }
         const std::string_view window = sub( text, lo, end - lo );
         std::size_t tries = 0;
         for( std::size_t k = rfind_folded( window, noun ); k != std::string::npos && tries < 6; k = k == 0 ? std::string::npos : rfind_folded( window, noun, k - 1 ) ) {
            const std::size_t at = lo + k;
            if( !word_at( text, at, noun ) ) {
               continue;
            }
            ++tries;
            const auto [ sb, se ] = document_sender( text, at, noun, scratch );
            if( se <= sb ) {
               continue;
            }
            const std::string subject = lower_copy( sub( text, sb, se - sb ) );
            if( is( subject, "his" ) || is( subject, "her" ) || is( subject, "its" ) || is( subject, "their" ) ) {
               memo.second = pronoun_entity( subject, false );
               break;
            }
            const speaker_reading rd = read_speaker( text, sb, se, scratch );
            if( rd.kind == speaker_kind::pronoun ) {
               memo.second = pronoun_entity( lower_copy( rd.name ), false );
               break;
            }
            if( rd.kind == speaker_kind::document || rd.name.empty() ) {
               memo.second = std::nullopt;
               break;
            }
            if( rd.kind == speaker_kind::person ) {
               names.want( rd.name );
            }
            const std::size_t id = entity_for( rd );
            mention_of( id, span{ sb, se, sub( text, sb, se - sb ) }, rd.kind );
            memo.second = id;
            break;
         }
         return memo.second;
      };
      for( attribution& a : doc.attributions ) {
         const auto ai = static_cast< std::size_t >( &a - doc.attributions.data() );
         if( ai > 0 && doc.attributions[ ai - 1 ].speaker && doc.attributions[ ai - 1 ].speaker->id ) {
            const std::size_t id = *doc.attributions[ ai - 1 ].speaker->id;
            latest[ static_cast< std::size_t >( doc.speakers[ id ].kind ) ] = { ai, id };
            if( doc.speakers[ id ].kind == speaker_kind::person ) {
               const auto old = std::find( recent_people.begin(), recent_people.end(), id );
               if( old != recent_people.end() ) {
                  recent_people.erase( old );
               }
               recent_people.push_back( id );
               if( recent_people.size() > 8 ) {
                  recent_people.erase( recent_people.begin() );
               }
            }
         }
         if( !a.speaker ) {
            continue;
         }
         speaker_ref& r = *a.speaker;
         if( r.id ) {
            continue; // a continuation shares its speaker
         }
         const speaker_reading& rd = readings[ ai ].rd;
         r.kind = rd.kind;
         if( rd.kind == speaker_kind::pronoun ) {
            if( !opt.resolve_pronouns ) {
               continue;
            }
            // "who", "which": the phrase right before, never the latest speaker
            if( lexicon::equal_folded( "who", rd.name ) || lexicon::equal_folded( "which", rd.name ) ) {
               if( const auto& ante = readings[ ai ].antecedent ) {
                  const std::size_t id = entity_for( ante->second );
                  r.id = id;
                  mention_of( id, ante->first, ante->second.kind );
                  mention_of( id, r.mention, speaker_kind::pronoun );
               }
               continue;
            }
            if( const auto id = pronoun_entity( lower_copy( rd.name ), true, &readings[ ai ].honorific ) ) {
               r.id = *id;
               mention_of( *id, r.mention, speaker_kind::pronoun );
            }
            continue;
         }
         const bool definite = readings[ ai ].definite;
         // "the minister", "the governor": the latest person whose title has that noun
         if( rd.kind == speaker_kind::role && !rd.head.empty() && readings[ ai ].word_count <= 3 && definite ) {
            const auto match = by_title_word.find( lower_copy( rd.head ) );
            if( match != by_title_word.end() ) {
               r.id = match->second;
               mention_of( match->second, r.mention, rd.kind );
               continue;
            }
            // no speaker has that title: the latest person the text names with it ("Mayor Bill de Blasio")
            if( const auto id = titled_in_text( r.mention.begin, lower_copy( rd.head ) ) ) {
               r.id = *id;
               mention_of( *id, r.mention, rd.kind );
               continue;
            }
         }
         // "the company", "the carrier": the company the latest attribution to an organisation
         // named ("Ryanair said A. The carrier added B"), when it is a name (capitalised words:
         // not "Swedish firm") and no country
         if( rd.kind == speaker_kind::organization && definite && readings[ ai ].word_count == 2 && lexicon::contains( lexicon::sorted_company_nouns, lower_copy( rd.head ) ) ) {
            if( const auto [ at, id ] = latest[ static_cast< std::size_t >( speaker_kind::organization ) ]; at != 0 && names_a_company( doc.speakers[ id ].name ) ) {
               r.id = id;
               mention_of( id, r.mention, rd.kind );
               continue;
            }
         }
         // "the statement", "the congratulatory message": its author, when the text says who sent it
         if( rd.kind == speaker_kind::document && !rd.head.empty() && definite ) {
            if( const auto id = document_author( ai, r.mention.begin, r.mention.end, lower_copy( rd.head ) ) ) {
               r.id = *id;
               mention_of( *id, r.mention, rd.kind );
               continue;
            }
         }
         const std::size_t found = entity_for( rd );
         r.id = found;
         mention_of( found, r.mention, rd.kind );
      }
      drop_repeated_mentions( doc );
      for( speaker& e : doc.speakers ) {
         one_line( e.name );
         one_line( e.title );
      }
   }

} // namespace quoth::internal

#endif
