// SPDX-License-Identifier: MIT
#ifndef QUOTH_JSON_HPP
#define QUOTH_JSON_HPP

// The document as JSON, in the shape the quoth CLI prints (a stable contract: fields may be
// added, never renamed).

#include <charconv>
#include <cstddef>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>

#include "ast.hpp"

namespace quoth
{
   namespace internal
   {
      // Where the JSON goes: appended to a string, which is written to a stream (when there is
      // one) whenever it holds a chunk, so that the JSON of a large document is never held whole.
      class json_out
      {
      public:
         static constexpr std::size_t chunk = std::size_t( 64 ) << 10U;

         json_out( std::string& buf, std::ostream* os ) noexcept
           : m_buf( buf )
           , m_os( os )
         {}

         void put( const char c )
         {
            m_buf += c;
         }

         void put( const std::string_view s )
         {
            m_buf.append( s.data(), s.size() );
         }

         template< typename Int >
         void number( const Int v )
         {
            char digits[ 24 ];
            const auto r = std::to_chars( digits, digits + sizeof( digits ), v );
            m_buf.append( digits, static_cast< std::size_t >( r.ptr - digits ) );
         }

         void string( const std::string_view s )
         {
            static constexpr char hex[] = "0123456789abcdef";
            m_buf += '"';
            std::size_t i = 0;
            while( i < s.size() ) {
               std::size_t j = i;
               while( j < s.size() && plain( static_cast< unsigned char >( s[ j ] ) ) ) {
                  ++j;
               }
               m_buf.append( s.data() + i, j - i );
               if( j == s.size() ) {
                  break;
               }
               const auto c = static_cast< unsigned char >( s[ j ] );
               switch( c ) {
                  case '"':
                     m_buf += "\\\"";
                     break;
                  case '\\':
                     m_buf += "\\\\";
                     break;
                  case '\n':
                     m_buf += "\\n";
                     break;
                  case '\r':
                     m_buf += "\\r";
                     break;
                  case '\t':
                     m_buf += "\\t";
                     break;
                  default:
                     m_buf += "\\u00";
                     m_buf += hex[ c >> 4U ];
                     m_buf += hex[ c & 0xFU ];
               }
               i = j + 1;
               flush_if_full();
            }
            m_buf += '"';
         }

         // Writes out what is buffered once it holds a chunk (only with a stream).
         void flush_if_full()
         {
            if( m_os != nullptr && m_buf.size() >= chunk ) {
               flush();
            }
         }

         void flush()
         {
            if( m_os != nullptr && !m_buf.empty() ) {
               m_os->write( m_buf.data(), static_cast< std::streamsize >( m_buf.size() ) );
               m_buf.clear();
            }
         }

      private:
         std::string& m_buf;
         std::ostream* m_os;

         [[nodiscard]] static constexpr bool plain( const unsigned char c ) noexcept
         {
            return c >= 0x20U && c != '"' && c != '\\' && c != 0x7FU;
         }
      };

      inline void json_string( std::string& out, const std::string_view s )
      {
         json_out o( out, nullptr );
         o.string( s );
      }

      inline void json_span_fields( json_out& out, const span& s )
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
            out.string( to_string( a.type ) );
            out.put( ", \"pattern\": " );
            out.string( to_string( a.pattern ) );
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
               out.string( to_string( a.speaker->kind ) );
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
                  out.string( to_string( a.date->relative ) );
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
            out.string( to_string( q.kind ) );
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
            out.string( to_string( s.kind ) );
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
               out.string( to_string( s.mentions[ k ].kind ) );
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
