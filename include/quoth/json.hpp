// SPDX-License-Identifier: MIT
#ifndef QUOTH_JSON_HPP
#define QUOTH_JSON_HPP

// The document as JSON, in the shape the quoth CLI prints (a stable contract: fields may be
// added, never renamed).

#include <charconv>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <type_traits>

#include "ast.hpp"
#include "internal/bytes16.hpp"

namespace quoth
{
   namespace internal
   {
      // Where the JSON goes: appended to a string, which is written to a stream (when there is
      // one) whenever it holds a chunk, so that the JSON of a large document is never held whole.
      // Small pieces gather in a buffer of the writer's own first: appending each to the string
      // would call out of line for every comma and brace.
      class json_out
      {
      public:
         static constexpr std::size_t chunk = std::size_t( 64 ) << 10U;

         json_out( std::string& buf, std::ostream* os ) noexcept
           : m_buf( buf )
           , m_os( os )
         {}

         json_out( const json_out& ) = delete;
         json_out& operator=( const json_out& ) = delete;

         QUOTH_ALWAYS_INLINE void put( const char c )
         {
            if( m_n == sizeof( m_small ) ) {
               spill();
            }
            m_small[ m_n++ ] = c;
         }

         void put( const std::string_view s )
         {
            if( s.size() > sizeof( m_small ) - m_n ) {
               spill();
               if( s.size() > sizeof( m_small ) ) {
                  m_buf.append( s.data(), s.size() );
                  return;
               }
            }
            std::memcpy( m_small + m_n, s.data(), s.size() );
            m_n += s.size();
         }

         // A literal ("\"text\": "): its length is known where it is written, so the copy is
         // a few moves rather than a call to memcpy.
         template< std::size_t N >
         void put( const char ( &s )[ N ] )
         {
            static_assert( N >= 1 && N - 1 <= sizeof( m_small ) );
            if( N - 1 > sizeof( m_small ) - m_n ) {
               spill();
            }
            std::memcpy( m_small + m_n, s, N - 1 );
            m_n += N - 1;
         }

         template< typename Int >
         QUOTH_ALWAYS_INLINE void number( const Int v )
         {
            if( sizeof( m_small ) - m_n < 24 ) {
               spill();
            }
            if constexpr( std::is_unsigned_v< Int > ) {
               if( v < 100000 ) { // an offset in most texts
                  m_n += small_decimal( m_small + m_n, static_cast< std::uint32_t >( v ) );
                  return;
               }
            }
            const auto r = std::to_chars( m_small + m_n, m_small + m_n + 24, v );
            m_n = static_cast< std::size_t >( r.ptr - m_small );
         }

         // v < 100000 in decimal at out, as std::to_chars writes it, inlined: its length.
         QUOTH_ALWAYS_INLINE static std::size_t small_decimal( char* const out, std::uint32_t v ) noexcept
         {
            static constexpr char pairs[] = "00010203040506070809101112131415161718192021222324252627282930313233343536373839404142434445464748495051525354555657585960616263646566676869707172737475767778798081828384858687888990919293949596979899";
            const std::size_t n = 1U + ( v >= 10 ? 1U : 0U ) + ( v >= 100 ? 1U : 0U ) + ( v >= 1000 ? 1U : 0U ) + ( v >= 10000 ? 1U : 0U );
            char* p = out + n;
            while( v >= 100 ) {
               const std::uint32_t r = v % 100;
               v /= 100;
               p -= 2;
               std::memcpy( p, pairs + 2 * r, 2 );
            }
            if( v >= 10 ) {
               std::memcpy( p - 2, pairs + 2 * v, 2 );
            }
            else {
               p[ -1 ] = static_cast< char >( '0' + v );
            }
            return n;
         }

         // The name of one of the library's enumerators (to_string()): lower-case letters,
         // underscores and spaces, nothing to escape.
         void name( const std::string_view s )
         {
            put( '"' );
            put( s );
            put( '"' );
         }

         void string( const std::string_view s )
         {
            static constexpr char hex[] = "0123456789abcdef";
            put( '"' );
            std::size_t i = 0;
#if defined( QUOTH_BYTES16 )
            i = plain_copy( s );
            if( i == s.size() ) {
               put( '"' );
               return;
            }
#endif
            while( i < s.size() ) {
               const std::size_t j = plain_run( s, i );
               put( std::string_view( s.data() + i, j - i ) );
               if( j == s.size() ) {
                  break;
               }
               const auto c = static_cast< unsigned char >( s[ j ] );
               switch( c ) {
                  case '"':
                     put( "\\\"" );
                     break;
                  case '\\':
                     put( "\\\\" );
                     break;
                  case '\n':
                     put( "\\n" );
                     break;
                  case '\r':
                     put( "\\r" );
                     break;
                  case '\t':
                     put( "\\t" );
                     break;
                  default:
                     put( "\\u00" );
                     put( hex[ c >> 4U ] );
                     put( hex[ c & 0xFU ] );
               }
               i = j + 1;
               flush_if_full();
            }
            put( '"' );
         }

         // Writes out what is buffered once it holds a chunk (only with a stream).
         void flush_if_full()
         {
            if( m_os != nullptr && m_buf.size() + m_n >= chunk ) {
               flush();
            }
         }

         // Appends what the writer's own buffer holds to the string, and writes the string out
         // (only with a stream). The JSON is whole in the string (or the stream) only after it.
         void flush()
         {
            spill();
            if( m_os != nullptr && !m_buf.empty() ) {
               m_os->write( m_buf.data(), static_cast< std::streamsize >( m_buf.size() ) );
               m_buf.clear();
            }
         }

      private:
         std::string& m_buf;
         std::ostream* m_os;
         char m_small[ 1024 ];
         std::size_t m_n = 0; // bytes in m_small

         void spill()
         {
            m_buf.append( m_small, m_n );
            m_n = 0;
         }

         [[nodiscard]] static constexpr bool plain( const unsigned char c ) noexcept
         {
            return c >= 0x20U && c != '"' && c != '\\' && c != 0x7FU;
         }

         // Nonzero when a byte of the eight in v needs an escape: a byte below 0x20, or a byte of
         // v ^ x that is zero (x: '"', '\\' or DEL repeated) sets the high bit of its lane (and
         // may set those after it).
         [[nodiscard]] static constexpr std::uint64_t escapes8( const std::uint64_t v ) noexcept
         {
            constexpr std::uint64_t ones = 0x0101010101010101U;
            constexpr std::uint64_t highs = 0x8080808080808080U;
            const std::uint64_t below = ( v - 0x20U * ones ) & ~v;
            const std::uint64_t q = v ^ ( std::uint64_t( '"' ) * ones );
            const std::uint64_t b = v ^ ( std::uint64_t( '\\' ) * ones );
            const std::uint64_t d = v ^ ( 0x7FU * ones );
            return ( below | ( ( q - ones ) & ~q ) | ( ( b - ones ) & ~b ) | ( ( d - ones ) & ~d ) ) & highs;
         }

#if defined( QUOTH_BYTES16 )
         // Per lane: 0xFF where the byte needs an escape (a control character, '"', '\\', DEL).
         [[nodiscard]] static unsigned escape_bits16( const bytes16 v ) noexcept
         {
            return high_bits16( ( v < 0x20 ) | ( v == '"' ) | ( v == '\\' ) | ( v == 0x7F ) );
         }

         // Copies s into the buffer from its start while no byte needs an escape, when the buffer
         // has room for s and sixteen bytes more (after a spill if need be): sixteen bytes a
         // round, copied whole before they are tested (only those before the first byte to
         // escape count), and the last fifteen or fewer tested at once and copied by two
         // overlapping loads. Returns s.size() when s is copied whole, else where string() goes
         // on (a byte to escape, or the start of the last bytes when one of them needs one).
         QUOTH_ALWAYS_INLINE [[nodiscard]] std::size_t plain_copy( const std::string_view s ) noexcept
         {
            const char* const d = s.data();
            const std::size_t n = s.size();
            if( n > sizeof( m_small ) - 16 ) {
               return 0;
            }
            if( sizeof( m_small ) - m_n < n + 16 ) {
               spill();
            }
            char* out = m_small + m_n;
            std::size_t i = 0;
            while( n - i >= 16 ) {
               bytes16 v;
               std::memcpy( &v, d + i, 16 );
               std::memcpy( out, &v, 16 );
               const unsigned m = escape_bits16( v );
               if( m != 0 ) {
                  const auto k = static_cast< std::size_t >( __builtin_ctz( m ) );
                  m_n = static_cast< std::size_t >( out - m_small ) + k;
                  return i + k;
               }
               out += 16;
               i += 16;
            }
            m_n = static_cast< std::size_t >( out - m_small );
            const std::size_t r = n - i;
            if( r == 0 ) {
               return n;
            }
            if( n >= 16 ) {
               // the sixteen bytes that end where s ends: the last r lanes are the rest
               bytes16 v;
               std::memcpy( &v, d + n - 16, 16 );
               if( ( escape_bits16( v ) >> ( 16 - r ) ) != 0 ) {
                  return i;
               }
            }
            if( r >= 8 ) {
               std::uint64_t x = 0;
               std::uint64_t y = 0;
               std::memcpy( &x, d + i, 8 );
               std::memcpy( &y, d + n - 8, 8 );
               if( n < 16 && ( escapes8( x ) != 0 || escapes8( y ) != 0 ) ) {
                  return i;
               }
               std::memcpy( out, &x, 8 );
               std::memcpy( out + r - 8, &y, 8 );
            }
            else {
               if( n < 16 ) {
                  for( std::size_t k = i; k < n; ++k ) {
                     if( !plain( static_cast< unsigned char >( d[ k ] ) ) ) {
                        return i;
                     }
                  }
               }
               if( r >= 4 ) {
                  std::uint32_t x = 0;
                  std::uint32_t y = 0;
                  std::memcpy( &x, d + i, 4 );
                  std::memcpy( &y, d + n - 4, 4 );
                  std::memcpy( out, &x, 4 );
                  std::memcpy( out + r - 4, &y, 4 );
               }
               else {
                  out[ 0 ] = d[ i ];
                  out[ r / 2 ] = d[ i + r / 2 ];
                  out[ r - 1 ] = d[ n - 1 ];
               }
            }
            m_n += r;
            return n;
         }
#endif

         // Where the run of bytes from s[i] on that need no escape ends: eight bytes at a time
         // while none of them is a control character, '"', '\\' or DEL, then byte by byte.
         [[nodiscard]] static std::size_t plain_run( const std::string_view s, std::size_t i ) noexcept
         {
#if defined( __GNUC__ )
            // sixteen bytes at a time where the compiler has vectors of bytes (SSE2, NEON)
            while( i + 16 <= s.size() ) {
               bytes16 v;
               std::memcpy( &v, s.data() + i, 16 );
               const auto m = reinterpret_cast< lanes2 >( ( v < 0x20 ) | ( v == '"' ) | ( v == '\\' ) | ( v == 0x7F ) );
#if defined( __BYTE_ORDER__ ) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
               // the byte to escape, by its lane
               if( m[ 0 ] != 0 ) {
                  return i + static_cast< std::size_t >( __builtin_ctzll( m[ 0 ] ) ) / 8;
               }
               if( m[ 1 ] != 0 ) {
                  return i + 8 + static_cast< std::size_t >( __builtin_ctzll( m[ 1 ] ) ) / 8;
               }
#else
               if( ( m[ 0 ] | m[ 1 ] ) != 0 ) {
                  break;
               }
#endif
               i += 16;
            }
#endif
            while( i + 8 <= s.size() ) {
               std::uint64_t v = 0;
               std::memcpy( &v, s.data() + i, 8 );
               if( escapes8( v ) != 0 ) {
                  break;
               }
               i += 8;
            }
            while( i < s.size() && plain( static_cast< unsigned char >( s[ i ] ) ) ) {
               ++i;
            }
            return i;
         }
      };

      inline void json_string( std::string& out, const std::string_view s )
      {
         json_out o( out, nullptr );
         o.string( s );
         o.flush();
      }

      QUOTH_ALWAYS_INLINE inline void json_span_fields( json_out& out, const span& s )
      {
         out.put( "\"text\": " );
         out.string( s.text );
         out.put( ", \"begin\": " );
         out.number( s.begin );
         out.put( ", \"end\": " );
         out.number( s.end );
      }

      inline void json_range( json_out& out, const span& s )
      {
         out.put( "{\"begin\": " );
         out.number( s.begin );
         out.put( ", \"end\": " );
         out.number( s.end );
         out.put( '}' );
      }

      inline void json_int( json_out& out, const std::optional< int >& v )
      {
         if( v ) {
            out.number( *v );
         }
         else {
            out.put( "null" );
         }
      }

      inline void write_json( json_out& out, const document& doc, const std::string_view file )
      {
         out.put( '{' );
         if( !file.empty() ) {
            out.put( "\"file\": " );
            out.string( file );
            out.put( ", " );
         }
         out.put( "\"attributions\": [" );
         for( std::size_t i = 0; i < doc.attributions.size(); ++i ) {
            const attribution& a = doc.attributions[ i ];
            out.put( i ? ", {" : "{" );
            out.put( "\"type\": " );
            out.name( to_string( a.type ) );
            out.put( ", \"pattern\": " );
            out.name( to_string( a.pattern ) );
            out.put( ", \"content\": {" );
            json_span_fields( out, a.content );
            out.put( ", \"parts\": [" );
            for( std::size_t k = 0; k < a.parts.size(); ++k ) {
               if( k ) {
                  out.put( ", " );
               }
               json_range( out, a.parts[ k ] );
            }
            out.put( "]}, \"speaker\": " );
            if( a.speaker ) {
               out.put( '{' );
               json_span_fields( out, a.speaker->mention );
               out.put( ", \"kind\": " );
               out.name( to_string( a.speaker->kind ) );
               out.put( ", \"resolved\": " );
               if( const speaker* e = doc.speaker_of( a ) ) {
                  out.string( e->name );
                  out.put( ", \"id\": " );
                  out.number( e->id );
               }
               else {
                  out.put( "null, \"id\": null" );
               }
               out.put( '}' );
            }
            else {
               out.put( "null" );
            }
            out.put( ", \"cue\": " );
            if( a.cue ) {
               out.put( '{' );
               json_span_fields( out, a.cue->phrase );
               out.put( ", \"lemma\": " );
               out.string( a.cue->lemma );
               out.put( '}' );
            }
            else {
               out.put( "null" );
            }
            out.put( ", \"date\": " );
            if( a.date ) {
               out.put( '{' );
               json_span_fields( out, a.date->phrase );
               out.put( ", \"year\": " );
               json_int( out, a.date->year );
               out.put( ", \"month\": " );
               json_int( out, a.date->month );
               out.put( ", \"day\": " );
               json_int( out, a.date->day );
               out.put( ", \"weekday\": " );
               json_int( out, a.date->weekday );
               out.put( ", \"relative\": " );
               if( a.date->relative == relative_day::none ) {
                  out.put( "null" );
               }
               else {
                  out.name( to_string( a.date->relative ) );
               }
               out.put( ", \"interval\": " );
               if( a.date->interval ) {
                  out.put( "{\"begin\": " );
                  out.string( to_iso( a.date->interval->begin ) );
                  out.put( ", \"end\": " );
                  out.string( to_iso( a.date->interval->end ) );
                  out.put( '}' );
               }
               else {
                  out.put( "null" );
               }
               out.put( '}' );
            }
            else {
               out.put( "null" );
            }
            out.put( ", \"medium\": " );
            if( a.medium ) {
               out.put( '{' );
               json_span_fields( out, *a.medium );
               out.put( '}' );
            }
            else {
               out.put( "null" );
            }
            out.put( '}' );
            out.flush_if_full();
         }
         out.put( "], \"quotations\": [" );
         for( std::size_t i = 0; i < doc.quotations.size(); ++i ) {
            const quotation& q = doc.quotations[ i ];
            out.put( i ? ", {" : "{" );
            json_span_fields( out, q.content );
            out.put( ", \"outer\": " );
            json_range( out, q.outer );
            out.put( ", \"kind\": " );
            out.name( to_string( q.kind ) );
            out.put( ", \"depth\": " );
            out.number( q.depth );
            out.put( ", \"closed\": " );
            out.put( q.closed ? "true" : "false" );
            out.put( ", \"attribution\": " );
            if( q.attribution ) {
               out.number( *q.attribution );
            }
            else {
               out.put( "null" );
            }
            out.put( '}' );
            out.flush_if_full();
         }
         out.put( "], \"speakers\": [" );
         for( std::size_t i = 0; i < doc.speakers.size(); ++i ) {
            const speaker& s = doc.speakers[ i ];
            out.put( i ? ", {" : "{" );
            out.put( "\"id\": " );
            out.number( s.id );
            out.put( ", \"name\": " );
            out.string( s.name );
            out.put( ", \"kind\": " );
            out.name( to_string( s.kind ) );
            out.put( ", \"title\": " );
            if( s.title.empty() ) {
               out.put( "null" );
            }
            else {
               out.string( s.title );
            }
            out.put( ", \"mentions\": [" );
            for( std::size_t k = 0; k < s.mentions.size(); ++k ) {
               out.put( k ? ", {" : "{" );
               json_span_fields( out, s.mentions[ k ].text );
               out.put( ", \"kind\": " );
               out.name( to_string( s.mentions[ k ].kind ) );
               out.put( '}' );
               out.flush_if_full();
            }
            out.put( "]}" );
         }
         out.put( "]}" );
      }

   } // namespace internal

   // Appends the JSON of doc to out, on one line. file, when not empty, is added as the first
   // member: "file" for the CLI's JSON Lines.
   inline void to_json( std::string& out, const document& doc, const std::string_view file = {} )
   {
      internal::json_out o( out, nullptr );
      internal::write_json( o, doc, file );
      o.flush();
   }

   // Writes the same JSON to os a chunk (64 KiB) at a time: the JSON of a large document, often
   // several times the size of its text, is never held in memory whole. No newline is added.
   inline void to_json( std::ostream& os, const document& doc, const std::string_view file = {} )
   {
      std::string buf;
      buf.reserve( internal::json_out::chunk + 4096 );
      internal::json_out o( buf, &os );
      internal::write_json( o, doc, file );
      o.flush();
   }

   [[nodiscard]] inline std::string to_json( const document& doc )
   {
      std::string out;
      to_json( out, doc );
      return out;
   }

} // namespace quoth

#endif
