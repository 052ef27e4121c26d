// SPDX-License-Identifier: MIT
#ifndef QUOTH_JSON_HPP
#define QUOTH_JSON_HPP

// The document as JSON, in the shape the quoth CLI prints (a stable contract: fields may be
// added, never renamed).

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "ast.hpp"

namespace quoth
{
   namespace internal
   {
      inline void json_string( std::string& out, const std::string_view s )
      {
         static constexpr char hex[] = "0123456789abcdef";
         out += '"';
         for( const char ch : s ) {
            const auto c = static_cast< unsigned char >( ch );
            switch( c ) {
               case '"':
                  out += "\\\"";
                  break;
               case '\\':
                  out += "\\\\";
                  break;
               case '\n':
                  out += "\\n";
                  break;
               case '\r':
                  out += "\\r";
                  break;
               case '\t':
                  out += "\\t";
                  break;
               default:
                  if( c < 0x20 || c == 0x7F ) {
                     out += "\\u00";
                     out += hex[ c >> 4U ];
                     out += hex[ c & 0xFU ];
                  }
                  else {
                     out += ch;
                  }
            }
         }
         out += '"';
      }

      inline void json_span_fields( std::string& out, const span& s )
      {
         out += "\"text\": ";
         json_string( out, s.text );
         out += ", \"begin\": ";
         out += std::to_string( s.begin );
         out += ", \"end\": ";
         out += std::to_string( s.end );
      }

      inline void json_range( std::string& out, const span& s )
      {
         out += "{\"begin\": ";
         out += std::to_string( s.begin );
         out += ", \"end\": ";
         out += std::to_string( s.end );
         out += '}';
      }

      inline void json_int( std::string& out, const std::optional< int >& v )
      {
         if( v ) {
            out += std::to_string( *v );
         }
         else {
            out += "null";
         }
      }

   } // namespace internal

   // Appends the JSON of doc to out, on one line. extra, when not empty, is added as the first
   // member: "file" for the CLI's JSON Lines.
   inline void to_json( std::string& out, const document& doc, const std::string_view file = {} )
   {
      using namespace internal;
      out += '{';
      if( !file.empty() ) {
         out += "\"file\": ";
         json_string( out, file );
         out += ", ";
      }
      out += "\"attributions\": [";
      for( std::size_t i = 0; i < doc.attributions.size(); ++i ) {
         const attribution& a = doc.attributions[ i ];
         out += i ? ", {" : "{";
         out += "\"type\": ";
         json_string( out, to_string( a.type ) );
         out += ", \"pattern\": ";
         json_string( out, to_string( a.pattern ) );
         out += ", \"content\": {";
         json_span_fields( out, a.content );
         out += ", \"parts\": [";
         for( std::size_t k = 0; k < a.parts.size(); ++k ) {
            if( k ) {
               out += ", ";
            }
            json_range( out, a.parts[ k ] );
         }
         out += "]}, \"speaker\": ";
         if( a.speaker ) {
            out += '{';
            json_span_fields( out, a.speaker->mention );
            out += ", \"kind\": ";
            json_string( out, to_string( a.speaker->kind ) );
            out += ", \"resolved\": ";
            if( const speaker* e = doc.speaker_of( a ) ) {
               json_string( out, e->name );
               out += ", \"id\": ";
               out += std::to_string( e->id );
            }
            else {
               out += "null, \"id\": null";
            }
            out += '}';
         }
         else {
            out += "null";
         }
         out += ", \"cue\": ";
         if( a.cue ) {
            out += '{';
            json_span_fields( out, a.cue->phrase );
            out += ", \"lemma\": ";
            json_string( out, a.cue->lemma );
            out += '}';
         }
         else {
            out += "null";
         }
         out += ", \"date\": ";
         if( a.date ) {
            out += '{';
            json_span_fields( out, a.date->phrase );
            out += ", \"year\": ";
            json_int( out, a.date->year );
            out += ", \"month\": ";
            json_int( out, a.date->month );
            out += ", \"day\": ";
            json_int( out, a.date->day );
            out += ", \"weekday\": ";
            json_int( out, a.date->weekday );
            out += ", \"relative\": ";
            if( a.date->relative == relative_day::none ) {
               out += "null";
            }
            else {
               json_string( out, to_string( a.date->relative ) );
            }
            out += ", \"interval\": ";
            if( a.date->interval ) {
               out += "{\"begin\": ";
               json_string( out, to_iso( a.date->interval->begin ) );
               out += ", \"end\": ";
               json_string( out, to_iso( a.date->interval->end ) );
               out += '}';
            }
            else {
               out += "null";
            }
            out += '}';
         }
         else {
            out += "null";
         }
         out += ", \"medium\": ";
         if( a.medium ) {
            out += '{';
            json_span_fields( out, *a.medium );
            out += '}';
         }
         else {
            out += "null";
         }
         out += '}';
      }
      out += "], \"quotations\": [";
      for( std::size_t i = 0; i < doc.quotations.size(); ++i ) {
         const quotation& q = doc.quotations[ i ];
         out += i ? ", {" : "{";
         json_span_fields( out, q.content );
         out += ", \"outer\": ";
         json_range( out, q.outer );
         out += ", \"kind\": ";
         json_string( out, to_string( q.kind ) );
         out += ", \"depth\": ";
         out += std::to_string( q.depth );
         out += ", \"closed\": ";
         out += q.closed ? "true" : "false";
         out += ", \"attribution\": ";
         out += q.attribution ? std::to_string( *q.attribution ) : std::string( "null" );
         out += '}';
      }
      out += "], \"speakers\": [";
      for( std::size_t i = 0; i < doc.speakers.size(); ++i ) {
         const speaker& s = doc.speakers[ i ];
         out += i ? ", {" : "{";
         out += "\"id\": ";
         out += std::to_string( s.id );
         out += ", \"name\": ";
         json_string( out, s.name );
         out += ", \"kind\": ";
         json_string( out, to_string( s.kind ) );
         out += ", \"title\": ";
         if( s.title.empty() ) {
            out += "null";
         }
         else {
            json_string( out, s.title );
         }
         out += ", \"mentions\": [";
         for( std::size_t k = 0; k < s.mentions.size(); ++k ) {
            out += k ? ", {" : "{";
            json_span_fields( out, s.mentions[ k ].text );
            out += ", \"kind\": ";
            json_string( out, to_string( s.mentions[ k ].kind ) );
            out += '}';
         }
         out += "]}";
      }
      out += "]}";
   }

   [[nodiscard]] inline std::string to_json( const document& doc )
   {
      std::string out;
      to_json( out, doc );
      return out;
   }

} // namespace quoth

#endif
