// quoth: the command line. Reads articles and prints who said what, when and where.
//
//   quoth FILE...            a readable listing
//   quoth --json FILE        one JSON object
//   quoth --jsonl FILE... -  one JSON line per input, with a "file" field ("-" is stdin)
//   quoth -j N ...           parse on N threads (output stays in input order)
//   quoth --lang ru ...      read the articles as Russian (en: English; auto, the default: decide
//                            from the share of Cyrillic letters)
//   quoth --date 2025-03-24  the articles' date: "on Monday" becomes 2025-03-24

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>
#include <quoth/batch.hpp>
#include <quoth/quoth.hpp>

namespace
{
   bool read_input( const std::string& name, std::string& out )
   {
      if( name == "-" ) {
         out.assign( std::istreambuf_iterator< char >( std::cin ), std::istreambuf_iterator< char >() );
         return true;
      }
      std::ifstream f( name, std::ios::binary );
      if( !f ) {
         return false;
      }
      // read a file of known size straight into out: through a string stream it would be held
      // twice while copied out
      out.clear();
      f.seekg( 0, std::ios::end );
      const std::streamoff size = f.tellg();
      f.seekg( 0, std::ios::beg );
      if( f && size > 0 ) {
         out.resize( static_cast< std::size_t >( size ) );
         f.read( out.data(), static_cast< std::streamsize >( size ) );
         out.resize( static_cast< std::size_t >( f.gcount() ) );
         if( f.peek() == std::ifstream::traits_type::eof() ) {
            return true;
         }
      }
      f.clear();
      std::ostringstream ss; // a stream without a size (a pipe), or a file that grew
      ss << f.rdbuf();
      out += ss.str();
      return true;
   }

   void print_listing( const std::string& name, const quoth::document& doc )
   {
      std::cout << "== " << name << ": " << doc.attributions.size() << " attributions, " << doc.quotations.size() << " quotations, " << doc.speakers.size() << " speakers\n";
      for( const quoth::attribution& a : doc.attributions ) {
         std::cout << "\n[" << quoth::to_string( a.pattern ) << ", " << quoth::to_string( a.type ) << "]\n";
         if( a.speaker ) {
            std::cout << "  speaker: " << a.speaker->mention.text << " (" << quoth::to_string( a.speaker->kind );
            if( const quoth::speaker* e = doc.speaker_of( a ) ) {
               std::cout << ", " << e->name;
            }
            std::cout << ")\n";
         }
         if( a.cue ) {
            std::cout << "  cue:     " << a.cue->phrase.text << " (" << a.cue->lemma << ")\n";
         }
         if( a.date ) {
            std::cout << "  date:    " << a.date->phrase.text;
            if( a.date->year || a.date->month || a.date->day || a.date->weekday || a.date->relative != quoth::relative_day::none ) {
               std::cout << " (";
               const char* sep = "";
               if( a.date->year ) {
                  std::cout << sep << "year " << *a.date->year;
                  sep = ", ";
               }
               if( a.date->month ) {
                  std::cout << sep << "month " << *a.date->month;
                  sep = ", ";
               }
               if( a.date->day ) {
                  std::cout << sep << "day " << *a.date->day;
                  sep = ", ";
               }
               if( a.date->weekday ) {
                  std::cout << sep << "weekday " << *a.date->weekday;
                  sep = ", ";
               }
               if( a.date->relative != quoth::relative_day::none ) {
                  std::cout << sep << quoth::to_string( a.date->relative );
               }
               std::cout << ")";
            }
            if( a.date->interval ) {
               std::cout << " [" << quoth::to_iso( a.date->interval->begin );
               if( a.date->interval->end != a.date->interval->begin ) {
                  std::cout << " .. " << quoth::to_iso( a.date->interval->end );
               }
               std::cout << "]";
            }
            std::cout << "\n";
         }
         if( a.medium ) {
            std::cout << "  medium:  " << a.medium->text << "\n";
         }
         std::cout << "  content: ";
         for( std::size_t k = 0; k < a.parts.size(); ++k ) {
            std::cout << ( k ? " … " : "" ) << a.parts[ k ].text;
         }
         std::cout << "\n";
      }
      std::cout << '\n';
   }

} // namespace

int main( int argc, char** argv )
{
   CLI::App app{ "quoth: who said what, when, and through which channel" };
   bool json = false;
   bool jsonl = false;
   bool version = false;
   unsigned jobs = 1;
   std::string lang = "auto";
   std::vector< std::string > files;
   app.add_flag( "--json", json, "print one JSON object (one input)" );
   app.add_flag( "--jsonl", jsonl, "print one JSON line per input, with a \"file\" field" );
   app.add_flag( "--version", version, "print the version" );
   app.add_option( "-j,--jobs", jobs, "parse on this many threads (0: one per core)" );
   app.add_option( "--lang", lang, "the language of the articles: auto (by the share of Cyrillic letters), en or ru" )->check( CLI::IsMember( { "auto", "en", "ru" } ) );
   std::string reference;
   app.add_option( "--date", reference, "the articles' date, YYYY-MM-DD: dates in them become calendar days" );
   app.add_option( "files", files, "articles to read (UTF-8); - reads standard input" );
   CLI11_PARSE( app, argc, argv );
   if( version ) {
      std::cout << "quoth " << quoth::version << '\n';
      return 0;
   }
   quoth::options opt;
   opt.language = lang == "ru" ? quoth::language::russian : lang == "en" ? quoth::language::english
                                                                         : quoth::language::automatic;
   if( !reference.empty() ) {
      opt.reference_date = quoth::parse_iso_date( reference );
      if( !opt.reference_date ) {
         std::cerr << "quoth: --date wants a day as YYYY-MM-DD, not " << reference << '\n';
         return 2;
      }
   }
   if( files.empty() ) {
      files.push_back( "-" );
   }
   if( json && files.size() > 1 ) {
      std::cerr << "quoth: --json takes one file; use --jsonl for several\n";
      return 2;
   }
   int status = 0;
   // files are read and parsed in chunks, so that memory stays bounded for long lists
   const std::size_t chunk = std::max< std::size_t >( 1, 32 * static_cast< std::size_t >( jobs ) );
   std::vector< std::string > texts;
   std::vector< std::string > names;
   for( std::size_t first = 0; first < files.size(); first += chunk ) {
      texts.clear();
      names.clear();
      std::vector< std::size_t > unreadable;
      for( std::size_t i = first; i < files.size() && i < first + chunk; ++i ) {
         std::string text;
         if( !read_input( files[ i ], text ) ) {
            std::cerr << "quoth: " << files[ i ] << ": cannot read file\n";
            status = 1;
            continue;
         }
         texts.push_back( std::move( text ) );
         names.push_back( files[ i ] );
      }
      const std::vector< std::string_view > views( texts.begin(), texts.end() );
      const std::vector< quoth::batch_result > results = quoth::parse_many( views, jobs, opt );
      for( std::size_t i = 0; i < results.size(); ++i ) {
         if( !results[ i ].doc ) {
            std::cerr << "quoth: " << names[ i ] << ": " << results[ i ].error << '\n';
            status = 1;
            continue;
         }
         if( json || jsonl ) {
            // streamed a chunk at a time: the JSON of a long text is several times its size
            quoth::to_json( std::cout, *results[ i ].doc, jsonl ? std::string_view( names[ i ] ) : std::string_view() );
            std::cout << '\n';
         }
         else {
            print_listing( names[ i ], *results[ i ].doc );
         }
      }
   }
   return status;
}
