// SPDX-License-Identifier: MIT
// Invariants every document quoth returns must satisfy, whatever the input. Shared by the unit
// tests (CHECK( test::check_parse( text ).empty() )) and the fuzz targets (which abort with the
// messages). No doctest here: the fuzzers include this header too.
#ifndef QUOTH_TESTS_INVARIANTS_HPP
#define QUOTH_TESTS_INVARIANTS_HPP

#include <algorithm>
#include <cstddef>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <tuple>
#include <utility>
#include <vector>

#include <quoth/quoth.hpp>
#include <utf8.h>

namespace test
{
   namespace detail
   {
      [[nodiscard]] inline bool on_boundary( const std::string_view input, const std::size_t at ) noexcept
      {
         return at == input.size() || ( at < input.size() && ( static_cast< unsigned char >( input[ at ] ) & 0xC0U ) != 0x80U );
      }

      // Names a span in a message, built only when something fails: "attributions[3].cue".
      struct label
      {
         const char* list;  // "attributions"
         std::size_t index; // 3
         const char* field; // ".cue"
         std::size_t part = static_cast< std::size_t >( -1 );

         [[nodiscard]] std::string str() const
         {
            std::string r = std::string( list ) + '[' + std::to_string( index ) + ']' + field;
            if( part != static_cast< std::size_t >( -1 ) ) {
               r += "[" + std::to_string( part ) + ']';
            }
            return r;
         }
      };

      class checker
      {
      public:
         checker( const std::string_view input, std::vector< std::string >& out )
           : m_input( input )
           , m_out( out )
         {}

         void fail( std::string what )
         {
            if( m_out.size() < 50 ) { // enough to see what is wrong; a broken document may have millions
               m_out.push_back( std::move( what ) );
            }
         }

         void fail( const label& l, const std::string& what )
         {
            if( m_out.size() < 50 ) {
               fail( l.str() + ": " + what );
            }
         }

         // Inside the input, begin <= end, both on code point boundaries, and the view is the
         // input's own bytes at those offsets (the same memory, not just equal text).
         bool check_span( const quoth::span& s, const label& l )
         {
            const auto range = [ & ] { return "[" + std::to_string( s.begin ) + ", " + std::to_string( s.end ) + ")"; };
            if( s.begin > s.end ) {
               fail( l, range() + " begins after its end" );
               return false;
            }
            if( s.end > m_input.size() ) {
               fail( l, range() + " ends after the input (" + std::to_string( m_input.size() ) + " bytes)" );
               return false;
            }
            bool ok = true;
            if( !on_boundary( m_input, s.begin ) || !on_boundary( m_input, s.end ) ) {
               fail( l, range() + " is not on code point boundaries" );
               ok = false;
            }
            // the same memory is the same text, and comparing it would cost as much as the
            // span is long: a million nested quotations would take hours
            const bool view = s.text.data() == m_input.data() + s.begin && s.text.size() == s.end - s.begin;
            if( !view && s.text != m_input.substr( s.begin, s.end - s.begin ) ) {
               fail( l, range() + ": its text differs from the input at its offsets" );
               ok = false;
            }
            else if( !view && !s.text.empty() ) {
               fail( l, range() + ": its text is a copy, not a view of the input" );
               ok = false;
            }
            return ok;
         }

         // Parts: each a valid span, non-empty, ordered and disjoint.
         void check_parts( const std::vector< quoth::span >& parts, label l )
         {
            for( std::size_t k = 0; k < parts.size(); ++k ) {
               l.part = k;
               check_span( parts[ k ], l );
               if( parts[ k ].empty() ) {
                  fail( l, "empty part" );
               }
               if( k > 0 && parts[ k - 1 ].end > parts[ k ].begin ) {
                  fail( l, "overlaps or precedes the part before it" );
               }
            }
         }

      private:
         std::string_view m_input;
         std::vector< std::string >& m_out;
      };

   } // namespace detail

   // Checks doc, the result of quoth::parse( input ), against the invariants that hold for every
   // input. Returns one message per violation (empty when all hold).
   [[nodiscard]] inline std::vector< std::string > check_document( const std::string_view input, const quoth::document& doc )
   {
      std::vector< std::string > out;
      detail::checker c( input, out );
      if( doc.text.data() != input.data() || doc.text.size() != input.size() ) {
         c.fail( "document.text is not the input" );
      }

      std::set< std::tuple< std::size_t, std::size_t, std::size_t > > mentions; // (speaker, begin, end)
      for( std::size_t si = 0; si < doc.speakers.size(); ++si ) {
         for( const quoth::mention& m : doc.speakers[ si ].mentions ) {
            mentions.emplace( si, m.text.begin, m.text.end );
         }
      }

      // attributions
      std::vector< std::pair< quoth::span, std::size_t > > claimed; // (content part, attribution)
      for( std::size_t ai = 0; ai < doc.attributions.size(); ++ai ) {
         const quoth::attribution& a = doc.attributions[ ai ];
         const auto at = [ & ]( const char* field ) { return detail::label{ "attributions", ai, field }; };
         c.check_span( a.content, at( ".content" ) );
         c.check_span( a.sentence, at( ".sentence" ) );
         c.check_parts( a.parts, at( ".parts" ) );
         if( a.parts.empty() ) {
            c.fail( at( "" ), "no content parts" );
         }
         else if( a.content.begin != a.parts.front().begin || a.content.end != a.parts.back().end ) {
            c.fail( at( ".content" ), "does not run from the first part to the last" );
         }
         for( const quoth::span& p : a.parts ) {
            claimed.emplace_back( p, ai );
         }
         if( a.speaker ) {
            const quoth::speaker_ref& r = *a.speaker;
            c.check_span( r.mention, at( ".speaker.mention" ) );
            if( r.mention.empty() ) {
               c.fail( at( ".speaker.mention" ), "empty" );
            }
            if( r.id && *r.id >= doc.speakers.size() ) {
               c.fail( at( ".speaker.id" ), std::to_string( *r.id ) + " but there are " + std::to_string( doc.speakers.size() ) + " speakers" );
            }
            else if( r.id ) {
               // resolve_speakers adds every mention it resolves (pronouns included) to the entity
               if( mentions.count( { *r.id, r.mention.begin, r.mention.end } ) == 0 ) {
                  c.fail( at( ".speaker.mention" ), "not among the mentions of speakers[" + std::to_string( *r.id ) + "]" );
               }
            }
         }
         if( a.cue ) {
            c.check_span( a.cue->phrase, at( ".cue" ) );
            if( a.cue->lemma.empty() ) {
               c.fail( at( ".cue.lemma" ), "empty" );
            }
         }
         if( a.date ) {
            const quoth::date& d = *a.date;
            c.check_span( d.phrase, at( ".date" ) );
            if( !d.part_of_day.empty() && ( d.part_of_day.data() < d.phrase.text.data() || d.part_of_day.data() + d.part_of_day.size() > d.phrase.text.data() + d.phrase.text.size() ) ) {
               c.fail( at( ".date.part_of_day" ), "not a piece of the date phrase" );
            }
            if( ( d.month && ( *d.month < 1 || *d.month > 12 ) ) || ( d.day && ( *d.day < 1 || *d.day > 31 ) ) || ( d.weekday && ( *d.weekday < 1 || *d.weekday > 7 ) ) ) {
               c.fail( at( ".date" ), "a field is out of range" );
            }
         }
         if( a.medium ) {
            c.check_span( *a.medium, at( ".medium" ) );
         }
      }
      // no two attributions claim the same words: parts of different attributions are disjoint
      std::sort( claimed.begin(), claimed.end(), []( const auto& x, const auto& y ) { return x.first.begin < y.first.begin || ( x.first.begin == y.first.begin && x.first.end < y.first.end ); } );
      for( std::size_t k = 1; k < claimed.size(); ++k ) {
         // claimed[ k - 1 ] carries the furthest end so far, so one comparison finds any overlap
         const auto& [ prev, pa ] = claimed[ k - 1 ];
         const auto& [ cur, ca ] = claimed[ k ];
         if( prev.end > cur.begin && pa != ca ) {
            c.fail( "attributions[" + std::to_string( pa ) + "] and attributions[" + std::to_string( ca ) + "] claim the same words: [" + std::to_string( prev.begin ) + ", " + std::to_string( prev.end ) + ") and [" + std::to_string( cur.begin ) + ", " + std::to_string( cur.end ) + ")" );
         }
         if( prev.end > cur.end ) {
            claimed[ k ] = claimed[ k - 1 ];
         }
      }

      // quotations
      for( std::size_t qi = 0; qi < doc.quotations.size(); ++qi ) {
         const quoth::quotation& q = doc.quotations[ qi ];
         const auto at = [ & ]( const char* field ) { return detail::label{ "quotations", qi, field }; };
         const bool content_ok = c.check_span( q.content, at( ".content" ) );
         const bool outer_ok = c.check_span( q.outer, at( ".outer" ) );
         if( content_ok && outer_ok && ( q.outer.begin >= q.content.begin || q.content.end > q.outer.end ) ) {
            c.fail( at( "" ), "content is not inside outer, after the opening mark" );
         }
         c.check_parts( q.parts, at( ".parts" ) );
         for( const quoth::span& p : q.parts ) {
            if( p.begin < q.content.begin || p.end > q.content.end ) {
               c.fail( at( ".parts" ), "a part lies outside the content" );
               break;
            }
         }
         if( qi > 0 && doc.quotations[ qi - 1 ].outer.begin >= q.outer.begin ) {
            c.fail( at( "" ), "not after the quotation before it" );
         }
         if( q.attribution && *q.attribution >= doc.attributions.size() ) {
            c.fail( at( ".attribution" ), std::to_string( *q.attribution ) + " but there are " + std::to_string( doc.attributions.size() ) + " attributions" );
         }
      }

      // speakers
      for( std::size_t si = 0; si < doc.speakers.size(); ++si ) {
         const quoth::speaker& s = doc.speakers[ si ];
         const auto at = [ & ]( const char* field ) { return detail::label{ "speakers", si, field }; };
         if( s.id != si ) {
            c.fail( at( ".id" ), std::to_string( s.id ) );
         }
         if( s.name.empty() ) {
            c.fail( at( ".name" ), "empty" );
         }
         if( s.mentions.empty() ) {
            c.fail( at( ".mentions" ), "none" );
         }
         for( std::size_t k = 0; k < s.mentions.size(); ++k ) {
            detail::label l = at( ".mentions" );
            l.part = k;
            c.check_span( s.mentions[ k ].text, l );
         }
      }
      return out;
   }

   namespace detail
   {
      [[nodiscard]] inline bool same_spans( const std::vector< quoth::span >& a, const std::vector< quoth::span >& b )
      {
         return a == b; // span's operator== compares the offsets
      }

      template< typename T, typename F >
      [[nodiscard]] bool same_optional( const std::optional< T >& a, const std::optional< T >& b, F&& same )
      {
         return a.has_value() == b.has_value() && ( !a || same( *a, *b ) );
      }

      // Field by field: everything to_json prints, by offsets rather than by text.
      [[nodiscard]] inline bool same_document( const quoth::document& x, const quoth::document& y )
      {
         if( x.attributions.size() != y.attributions.size() || x.quotations.size() != y.quotations.size() || x.speakers.size() != y.speakers.size() ) {
            return false;
         }
         for( std::size_t i = 0; i < x.attributions.size(); ++i ) {
            const quoth::attribution& a = x.attributions[ i ];
            const quoth::attribution& b = y.attributions[ i ];
            const bool same = a.content == b.content && a.type == b.type && same_spans( a.parts, b.parts ) && a.pattern == b.pattern && a.sentence == b.sentence && same_optional( a.speaker, b.speaker, []( const quoth::speaker_ref& u, const quoth::speaker_ref& v ) { return u.mention == v.mention && u.kind == v.kind && u.id == v.id; } ) && same_optional( a.cue, b.cue, []( const quoth::cue& u, const quoth::cue& v ) { return u.phrase == v.phrase && u.lemma == v.lemma; } ) && same_optional( a.date, b.date, []( const quoth::date& u, const quoth::date& v ) { return u.phrase == v.phrase && u.year == v.year && u.month == v.month && u.day == v.day && u.weekday == v.weekday && u.relative == v.relative && u.part_of_day == v.part_of_day; } ) && same_optional( a.medium, b.medium, []( const quoth::span& u, const quoth::span& v ) { return u == v; } );
            if( !same ) {
               return false;
            }
         }
         for( std::size_t i = 0; i < x.quotations.size(); ++i ) {
            const quoth::quotation& a = x.quotations[ i ];
            const quoth::quotation& b = y.quotations[ i ];
            if( !( a.content == b.content && a.outer == b.outer && same_spans( a.parts, b.parts ) && a.kind == b.kind && a.depth == b.depth && a.closed == b.closed && a.attribution == b.attribution ) ) {
               return false;
            }
         }
         for( std::size_t i = 0; i < x.speakers.size(); ++i ) {
            const quoth::speaker& a = x.speakers[ i ];
            const quoth::speaker& b = y.speakers[ i ];
            if( !( a.id == b.id && a.name == b.name && a.kind == b.kind && a.title == b.title && a.mentions.size() == b.mentions.size() ) ) {
               return false;
            }
            for( std::size_t k = 0; k < a.mentions.size(); ++k ) {
               if( !( a.mentions[ k ].text == b.mentions[ k ].text && a.mentions[ k ].kind == b.mentions[ k ].kind ) ) {
                  return false;
               }
            }
         }
         return true;
      }

      // About how many bytes of text to_json writes: each quotation repeats the text of the
      // quotations inside it, so a million nested ones would make terabytes.
      [[nodiscard]] inline std::size_t json_text_bytes( const quoth::document& doc ) noexcept
      {
         std::size_t n = 0;
         for( const quoth::quotation& q : doc.quotations ) {
            n += q.content.size();
         }
         for( const quoth::attribution& a : doc.attributions ) {
            n += a.content.size();
         }
         return n;
      }

   } // namespace detail

   // Parses input and checks everything: invalid UTF-8 is reported (only) where utfcpp finds the
   // first bad byte; a document satisfies check_document; a second parse gives the same
   // document (the same to_json, compared field by field where the JSON would be huge).
   // Exceptions other than quoth::error are not caught (std::bad_alloc, or a bug: let it crash).
   // When result is not null, the (first) document is moved there.
   [[nodiscard]] inline std::vector< std::string > check_parse( const std::string_view input, const quoth::options& opt = {}, quoth::document* result = nullptr )
   {
      std::vector< std::string > out;
      const auto bad = utf8::find_invalid( input.begin(), input.end() );
      const auto expected = static_cast< std::size_t >( bad - input.begin() );
      quoth::document doc;
      try {
         doc = quoth::parse( input, opt );
      }
      catch( const quoth::invalid_utf8& e ) {
         if( bad == input.end() ) {
            out.push_back( "invalid_utf8 at " + std::to_string( e.offset() ) + " for valid UTF-8" );
         }
         else if( e.offset() != expected ) {
            out.push_back( "invalid_utf8 at " + std::to_string( e.offset() ) + ", utfcpp says " + std::to_string( expected ) );
         }
         return out;
      }
      catch( const quoth::error& e ) {
         out.push_back( std::string( "unexpected quoth::error: " ) + e.what() );
         return out;
      }
      if( bad != input.end() ) {
         out.push_back( "no invalid_utf8 for input with a bad byte at " + std::to_string( expected ) );
         return out;
      }
      out = check_document( input, doc );
      const quoth::document again = quoth::parse( input, opt );
      if( !detail::same_document( doc, again ) ) {
         out.push_back( "a second parse gives a different document" );
      }
      else if( detail::json_text_bytes( doc ) < ( std::size_t( 64 ) << 20U ) && quoth::to_json( doc ) != quoth::to_json( again ) ) {
         out.push_back( "a second parse gives a different JSON" );
      }
      if( result != nullptr ) {
         *result = std::move( doc );
      }
      return out;
   }

   // The messages on one line each, for failure output.
   [[nodiscard]] inline std::string join( const std::vector< std::string >& v )
   {
      std::string r;
      for( const std::string& s : v ) {
         r += s;
         r += '\n';
      }
      return r;
   }

} // namespace test

#endif
