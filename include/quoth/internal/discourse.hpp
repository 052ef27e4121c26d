// SPDX-License-Identifier: MIT
#ifndef QUOTH_INTERNAL_DISCOURSE_HPP
#define QUOTH_INTERNAL_DISCOURSE_HPP

// Speakers as entities: mentions that name the same person or body are merged, pronouns
// resolve to the nearest compatible earlier speaker, and each entity gets its fullest name
// in the document ("Lavrov" -> "Sergei Lavrov").

#include <algorithm>
#include <array>
#include <cstddef>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <tuple>
#include <unordered_map>
#include <utility>
#include <vector>

#include "../ast.hpp"
#include "../options.hpp"
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
         m_longest.emplace( ( sp == std::string_view::npos ) ? name : name.substr( sp + 1 ), std::string_view() );
      }

      // The fullest form in the text of a person's name ("Lavrov" -> "Sergei Lavrov").
      [[nodiscard]] std::string_view fullest( const std::string_view name )
      {
         if( !m_built ) {
            build();
         }
         const std::size_t sp = name.rfind( ' ' );
         const std::string_view surname = ( sp == std::string_view::npos ) ? name : name.substr( sp + 1 );
         const auto it = m_longest.find( surname );
         if( it != m_longest.end() && it->second.size() > name.size() && it->second.size() < 80 ) {
            return it->second;
         }
         return name;
      }

   private:
      std::string_view m_text;
      bool m_built = false;
      std::unordered_map< std::string_view, std::string_view > m_longest;

      [[nodiscard]] static bool blocks( const std::string_view w ) noexcept
      {
         return is_title_word( w ) || word_in( lexicon::sorted_determiners, w ) || is_possessive( w );
      }

      // Where the name ending before `end` starts: after the last blocking word of the run of
      // capitalised words [start, end).
      [[nodiscard]] std::size_t run_start( const std::size_t start, const std::size_t end ) const noexcept
      {
         std::size_t from = start;
         std::size_t i = start;
         while( i < end ) {
            const std::size_t n = word_length( m_text, i );
            if( n == 0 ) {
               i += code_point_length( m_text, i );
               continue;
            }
            if( blocks( m_text.substr( i, n ) ) ) {
               // the name starts at the next word
               std::size_t j = i + n;
               while( j < end && word_length( m_text, j ) == 0 ) {
                  j += code_point_length( m_text, j );
               }
               from = j;
            }
            i += n;
         }
         return from;
      }

      void build()
      {
         m_built = true;
         const std::string_view t = m_text;
         std::size_t i = 0;
         std::size_t start = std::string_view::npos; // where the current name run starts
         std::size_t prev_end = std::string_view::npos;
         while( i < t.size() ) {
            const auto c = static_cast< unsigned char >( t[ i ] );
            if( c < 0x80 && !( ( c >= 'A' && c <= 'Z' ) || ( c >= 'a' && c <= 'z' ) || ( c >= '0' && c <= '9' ) ) ) {
               ++i;
               continue;
            }
            const std::size_t n = word_length( t, i );
            if( n == 0 ) {
               i += code_point_length( t, i );
               continue;
            }
            const std::string_view w = t.substr( i, n );
            const bool initial = n == 1 && i + 1 < t.size() && t[ i + 1 ] == '.';
            const bool adjacent = prev_end != std::string_view::npos && i == prev_end + 1 && t[ prev_end ] == ' ';
            if( !is_capitalised( w ) ) {
               start = std::string_view::npos;
            }
            else {
               if( start == std::string_view::npos || !adjacent ) {
                  start = i;
               }
               // only the surnames asked for are indexed; title words, determiners and
               // possessives in the run are looked for only then (they are rare: most
               // capitalised words are not asked for)
               const auto it = m_longest.find( w );
               if( it != m_longest.end() && !blocks( w ) ) {
                  const std::size_t from = run_start( start, i );
                  if( i + n - from > it->second.size() ) {
                     it->second = t.substr( from, i + n - from );
                  }
               }
            }
            prev_end = i + n + ( initial ? 1 : 0 );
            // a sentence end after this word breaks the run
            if( i + n < t.size() && t[ i + n ] == '.' && !initial ) {
               start = std::string_view::npos;
            }
            i += n;
         }
      }
   };

   [[nodiscard]] inline std::string_view last_word( const std::string_view s ) noexcept
   {
      const std::size_t sp = s.rfind( ' ' );
      return sp == std::string_view::npos ? s : s.substr( sp + 1 );
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

   inline void add_mention( speaker& e, const span& m, const speaker_kind k )
   {
      for( const mention& x : e.mentions ) {
         if( x.text == m ) {
            return;
         }
      }
      e.mentions.push_back( { m, k } );
   }

   inline void resolve_speakers( const std::string_view text, document& doc, const options& opt )
   {
      std::vector< std::string_view > words;
      name_index names( text );
      for( const attribution& a : doc.attributions ) {
         if( a.speaker ) {
            const speaker_reading rd = read_speaker( text, a.speaker->mention.begin, a.speaker->mention.end, words );
            if( rd.kind == speaker_kind::person ) {
               names.want( rd.name );
            }
         }
      }
      struct entity_key
      {
         std::string key;  // surname, or lower-case head noun for descriptions
         std::string full; // lower-case full name / description
      };
      std::vector< entity_key > keys;
      // Indexes, so that each search costs what it finds, not the number of speakers so far:
      std::unordered_map< std::string, std::vector< std::size_t > > by_key;      // kind and key -> entities, oldest first
      std::unordered_map< std::string, std::size_t > by_title_word;              // lower-case title word -> newest person whose title has it
      std::array< std::pair< std::size_t, std::size_t >, 5 > latest{};           // per entity kind: (attribution index + 1, entity) of the latest attribution resolved to one
      std::set< std::tuple< std::size_t, std::size_t, std::size_t > > mentioned; // (entity, begin, end)
      const auto mention_of = [ & ]( const std::size_t id, const span& m, const speaker_kind k ) {
         if( mentioned.emplace( id, m.begin, m.end ).second ) {
            doc.speakers[ id ].mentions.push_back( { m, k } );
         }
      };
      const auto index_title = [ & ]( const speaker& e ) {
         if( e.kind != speaker_kind::person ) {
            return;
         }
         std::vector< std::string_view > title_words;
         words_of( e.title, 0, e.title.size(), title_words );
         for( const std::string_view w : title_words ) {
            std::size_t& newest = by_title_word.try_emplace( lower_copy( w ), e.id ).first->second;
            newest = std::max( newest, e.id );
         }
      };
      for( attribution& a : doc.attributions ) {
         const auto ai = static_cast< std::size_t >( &a - doc.attributions.data() );
         if( ai > 0 && doc.attributions[ ai - 1 ].speaker && doc.attributions[ ai - 1 ].speaker->id ) {
            const std::size_t id = *doc.attributions[ ai - 1 ].speaker->id;
            latest[ static_cast< std::size_t >( doc.speakers[ id ].kind ) ] = { ai, id };
         }
         if( !a.speaker ) {
            continue;
         }
         speaker_ref& r = *a.speaker;
         if( r.id ) {
            continue; // a continuation shares its speaker
         }
         const speaker_reading rd = read_speaker( text, r.mention.begin, r.mention.end, words );
         r.kind = rd.kind;
         if( rd.kind == speaker_kind::pronoun ) {
            if( !opt.resolve_pronouns ) {
               continue;
            }
            const std::string p = lower_copy( rd.name );
            const auto ok = [ & ]( const speaker_kind kind ) {
               return ( p == "he" || p == "she" || p == "i" ) ? kind == speaker_kind::person
                      : ( p == "it" )                         ? ( kind == speaker_kind::organization || kind == speaker_kind::document )
                      : ( p == "they" )                       ? ( kind == speaker_kind::organization || kind == speaker_kind::role )
                                                              : true;
            };
            // the nearest earlier attribution whose speaker is compatible
            std::pair< std::size_t, std::size_t > nearest{};
            for( std::size_t kind = 0; kind < latest.size(); ++kind ) {
               if( latest[ kind ].first > nearest.first && ok( static_cast< speaker_kind >( kind ) ) ) {
                  nearest = latest[ kind ];
               }
            }
            if( nearest.first != 0 ) {
               r.id = nearest.second;
               mention_of( nearest.second, r.mention, speaker_kind::pronoun );
            }
            continue;
         }
         // "the minister", "the governor": the latest person whose title has that noun
         if( rd.kind == speaker_kind::role && !rd.head.empty() && words.size() <= 3 && ( lower_copy( words[ 0 ] ) == "the" || lower_copy( words[ 0 ] ) == "this" ) ) {
            const auto match = by_title_word.find( lower_copy( rd.head ) );
            if( match != by_title_word.end() ) {
               r.id = match->second;
               mention_of( match->second, r.mention, rd.kind );
               continue;
            }
         }
         entity_key k;
         if( rd.kind == speaker_kind::person ) {
            k.key = std::string( last_word( rd.name ) );
            k.full = lower_copy( rd.name );
         }
         else {
            k.key = lower_copy( rd.head.empty() ? last_word( rd.name ) : rd.head );
            k.full = lower_copy( rd.name );
         }
         std::vector< std::size_t >& same_key = by_key[ std::string( 1, static_cast< char >( '0' + static_cast< int >( rd.kind ) ) ) + k.key ];
         std::size_t found = keys.size();
         for( std::size_t n = same_key.size(); n > 0; --n ) {
            const std::size_t i = same_key[ n - 1 ];
            // a person: same surname, and the shorter name ends the longer one
            const std::string& f = keys[ i ].full;
            const std::string& longer = f.size() < k.full.size() ? k.full : f;
            const std::string& shorter = f.size() < k.full.size() ? f : k.full;
            const bool compatible = rd.kind != speaker_kind::person || longer.compare( longer.size() - shorter.size(), std::string::npos, shorter ) == 0;
            if( compatible ) {
               found = i;
               break;
            }
         }
         if( found == keys.size() ) {
            speaker e;
            e.id = doc.speakers.size();
            e.kind = rd.kind;
            e.name = std::string( rd.kind == speaker_kind::person ? names.fullest( rd.name ) : rd.name );
            e.title = std::string( rd.title );
            index_title( e );
            same_key.push_back( e.id );
            doc.speakers.push_back( std::move( e ) );
            keys.push_back( std::move( k ) );
         }
         else {
            speaker& e = doc.speakers[ found ];
            if( rd.kind != speaker_kind::person && rd.name.size() > e.name.size() ) {
               e.name = std::string( rd.name ); // the fullest description
            }
            if( e.title.empty() ) {
               e.title = std::string( rd.title );
               index_title( e );
            }
            if( keys[ found ].full.size() < k.full.size() ) {
               keys[ found ].full = k.full;
            }
         }
         r.id = found;
         mention_of( found, r.mention, rd.kind );
      }
   }

} // namespace quoth::internal

#endif
