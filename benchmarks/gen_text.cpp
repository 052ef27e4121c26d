// Writes benchmark inputs: news-like text of any size (fixed seed) or an adversarial shape.
//   quoth_gen news BYTES FILE | unclosed BYTES FILE | nested BYTES FILE | no-stop BYTES FILE
//             | cues BYTES FILE | marks BYTES FILE
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <string>

#include "generate.hpp"

int main( int argc, char** argv )
{
   if( argc != 4 ) {
      std::cerr << "usage: quoth_gen news|unclosed|nested|no-stop|cues|marks BYTES FILE\n";
      return 2;
   }
   const std::string kind = argv[ 1 ];
   const auto bytes = static_cast< std::size_t >( std::strtoull( argv[ 2 ], nullptr, 10 ) );
   std::string text;
   text.reserve( bytes + 4096 );
   const auto repeat = [ & ]( const std::string& unit ) {
      while( text.size() < bytes ) {
         text += unit;
      }
   };
   if( kind == "news" ) {
      bench::generator g;
      g.fill( text, bytes );
   }
   else if( kind == "unclosed" ) {
      repeat( "\xE2\x80\x9C"
              "word " ); // opening quotes that never close, in one paragraph
   }
   else if( kind == "nested" ) {
      static const char* const marks[] = { "\xE2\x80\x9C", "\xE2\x80\x98", "\xC2\xAB", "\xE2\x80\x9E", "\"" };
      std::size_t k = 0;
      while( text.size() < bytes ) {
         text += marks[ k++ % 5 ];
         text += "said ";
      }
   }
   else if( kind == "no-stop" ) {
      repeat( "the minister said that the port would open and " ); // one line, no full stop
   }
   else if( kind == "cues" ) {
      repeat( "said told noted stressed added announced says warned claimed. " );
   }
   else if( kind == "marks" ) {
      repeat( "\xE2\x80\x9C\xE2\x80\x9D\"'\xC2\xAB\xC2\xBB\xE2\x80\x98\xE2\x80\x99" );
   }
   else {
      std::cerr << "quoth_gen: unknown kind " << kind << '\n';
      return 2;
   }
   std::ofstream( argv[ 3 ], std::ios::binary ) << text;
   return 0;
}
