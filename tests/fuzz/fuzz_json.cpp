// libFuzzer target: the JSON writer. For every input that parses, quoth::to_json gives JSON
// that nlohmann::json reads back (with the CLI's "file" member too), with the same number of
// attributions, quotations and speakers, and each span's text, begin and end as in the
// document.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <optional>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>
#include <quoth/quoth.hpp>

namespace
{
   [[noreturn]] void fail( const std::string& what )
   {
      std::fprintf( stderr, "JSON: %s\n", what.c_str() );
      std::abort();
   }

   void same_span( const nlohmann::json& j, const quoth::span& s, const std::string& where, const bool with_text = true )
   {
      if( j.at( "begin" ).get< std::size_t >() != s.begin || j.at( "end" ).get< std::size_t >() != s.end ) {
         fail( where + ": other offsets" );
      }
      if( with_text && j.at( "text" ).get< std::string >() != s.text ) {
         fail( where + ": other text" );
      }
   }

   template< typename T >
   void same_optional_int( const nlohmann::json& j, const std::optional< T >& v, const std::string& where )
   {
      if( v ? ( !j.is_number_integer() || j.get< T >() != *v ) : !j.is_null() ) {
         fail( where );
      }
   }

} // namespace

extern "C" int LLVMFuzzerTestOneInput( const std::uint8_t* data, const std::size_t size )
{
   const std::string_view input( reinterpret_cast< const char* >( data ), size );
   quoth::document doc;
   try {
      doc = quoth::parse( input );
   }
   catch( const quoth::invalid_utf8& ) {
      return 0;
   }
   std::string out;
   quoth::to_json( out, doc, "fuzz \"input\"\n" );
   nlohmann::json j;
   try {
      j = nlohmann::json::parse( out );
   }
   catch( const nlohmann::json::exception& e ) {
      fail( std::string( "not JSON: " ) + e.what() );
   }
   try {
      if( j.at( "file" ) != "fuzz \"input\"\n" ) {
         fail( "file" );
      }
      const auto& as = j.at( "attributions" );
      const auto& qs = j.at( "quotations" );
      const auto& ss = j.at( "speakers" );
      if( as.size() != doc.attributions.size() || qs.size() != doc.quotations.size() || ss.size() != doc.speakers.size() ) {
         fail( "other counts" );
      }
      for( std::size_t i = 0; i < doc.attributions.size(); ++i ) {
         const quoth::attribution& a = doc.attributions[ i ];
         const auto& ja = as[ i ];
         const std::string w = "attributions[" + std::to_string( i ) + "]";
         same_span( ja.at( "content" ), a.content, w + ".content" );
         const auto& parts = ja.at( "content" ).at( "parts" );
         if( parts.size() != a.parts.size() ) {
            fail( w + ".parts: other count" );
         }
         for( std::size_t k = 0; k < a.parts.size(); ++k ) {
            same_span( parts[ k ], a.parts[ k ], w + ".parts", false );
         }
         if( ja.at( "type" ) != std::string( quoth::to_string( a.type ) ) || ja.at( "pattern" ) != std::string( quoth::to_string( a.pattern ) ) ) {
            fail( w + ": other type or pattern" );
         }
         if( a.speaker.has_value() == ja.at( "speaker" ).is_null() ) {
            fail( w + ".speaker: null or not" );
         }
         if( a.speaker ) {
            const auto& js = ja.at( "speaker" );
            same_span( js, a.speaker->mention, w + ".speaker" );
            const quoth::speaker* e = doc.speaker_of( a );
            if( e != nullptr ? ( js.at( "id" ) != e->id || js.at( "resolved" ) != e->name ) : !( js.at( "id" ).is_null() && js.at( "resolved" ).is_null() ) ) {
               fail( w + ".speaker: other id or resolved name" );
            }
         }
         if( a.cue.has_value() == ja.at( "cue" ).is_null() ) {
            fail( w + ".cue: null or not" );
         }
         if( a.cue ) {
            same_span( ja.at( "cue" ), a.cue->phrase, w + ".cue" );
            if( ja.at( "cue" ).at( "lemma" ) != a.cue->lemma ) {
               fail( w + ".cue.lemma" );
            }
         }
         if( a.date.has_value() == ja.at( "date" ).is_null() ) {
            fail( w + ".date: null or not" );
         }
         if( a.date ) {
            const auto& jd = ja.at( "date" );
            same_span( jd, a.date->phrase, w + ".date" );
            same_optional_int( jd.at( "year" ), a.date->year, w + ".date.year" );
            same_optional_int( jd.at( "month" ), a.date->month, w + ".date.month" );
            same_optional_int( jd.at( "day" ), a.date->day, w + ".date.day" );
            same_optional_int( jd.at( "weekday" ), a.date->weekday, w + ".date.weekday" );
         }
         if( a.medium.has_value() == ja.at( "medium" ).is_null() ) {
            fail( w + ".medium: null or not" );
         }
         if( a.medium ) {
            same_span( ja.at( "medium" ), *a.medium, w + ".medium" );
         }
      }
      for( std::size_t i = 0; i < doc.quotations.size(); ++i ) {
         const quoth::quotation& q = doc.quotations[ i ];
         const auto& jq = qs[ i ];
         const std::string w = "quotations[" + std::to_string( i ) + "]";
         same_span( jq, q.content, w );
         same_span( jq.at( "outer" ), q.outer, w + ".outer", false );
         if( jq.at( "kind" ) != std::string( quoth::to_string( q.kind ) ) || jq.at( "depth" ) != q.depth || jq.at( "closed" ) != q.closed ) {
            fail( w + ": other kind, depth or closed" );
         }
         if( q.attribution ? jq.at( "attribution" ) != *q.attribution : !jq.at( "attribution" ).is_null() ) {
            fail( w + ".attribution" );
         }
      }
      for( std::size_t i = 0; i < doc.speakers.size(); ++i ) {
         const quoth::speaker& s = doc.speakers[ i ];
         const auto& js = ss[ i ];
         const std::string w = "speakers[" + std::to_string( i ) + "]";
         if( js.at( "id" ) != s.id || js.at( "name" ) != s.name || js.at( "kind" ) != std::string( quoth::to_string( s.kind ) ) || ( s.title.empty() ? !js.at( "title" ).is_null() : js.at( "title" ) != s.title ) ) {
            fail( w + ": other id, name, kind or title" );
         }
         const auto& ms = js.at( "mentions" );
         if( ms.size() != s.mentions.size() ) {
            fail( w + ".mentions: other count" );
         }
         for( std::size_t k = 0; k < s.mentions.size(); ++k ) {
            same_span( ms[ k ], s.mentions[ k ].text, w + ".mentions" );
         }
      }
   }
   catch( const nlohmann::json::exception& e ) {
      fail( std::string( "a member is missing or has another type: " ) + e.what() );
   }
   return 0;
}
