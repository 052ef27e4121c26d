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
#include <condition_variable>
#include <cstdio>
#include <exception>
#include <fstream>
#include <iostream>
#include <iterator>
#include <mutex>
#include <optional>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include <CLI/CLI.hpp>
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

   void print_listing( std::ostream& os, const std::string& name, const quoth::document& doc )
   {
      os << "== " << name << ": " << doc.attributions.size() << " attributions, " << doc.quotations.size() << " quotations, " << doc.speakers.size() << " speakers\n";
      for( const quoth::attribution& a : doc.attributions ) {
         os << "\n[" << quoth::to_string( a.pattern ) << ", " << quoth::to_string( a.type ) << "]\n";
         if( a.speaker ) {
            os << "  speaker: " << a.speaker->mention.text << " (" << quoth::to_string( a.speaker->kind );
            if( const quoth::speaker* e = doc.speaker_of( a ) ) {
               os << ", " << e->name;
            }
            os << ")\n";
         }
         if( a.cue ) {
            os << "  cue:     " << a.cue->phrase.text << " (" << a.cue->lemma << ")\n";
         }
         if( a.date ) {
            os << "  date:    " << a.date->phrase.text;
            if( a.date->year || a.date->month || a.date->day || a.date->weekday || a.date->relative != quoth::relative_day::none ) {
               os << " (";
               const char* sep = "";
               if( a.date->year ) {
                  os << sep << "year " << *a.date->year;
                  sep = ", ";
               }
               if( a.date->month ) {
                  os << sep << "month " << *a.date->month;
                  sep = ", ";
               }
               if( a.date->day ) {
                  os << sep << "day " << *a.date->day;
                  sep = ", ";
               }
               if( a.date->weekday ) {
                  os << sep << "weekday " << *a.date->weekday;
                  sep = ", ";
               }
               if( a.date->relative != quoth::relative_day::none ) {
                  os << sep << quoth::to_string( a.date->relative );
               }
               os << ")";
            }
            if( a.date->interval ) {
               os << " [" << quoth::to_iso( a.date->interval->begin );
               if( a.date->interval->end != a.date->interval->begin ) {
                  os << " .. " << quoth::to_iso( a.date->interval->end );
               }
               os << "]";
            }
            os << "\n";
         }
         if( a.medium ) {
            os << "  medium:  " << a.medium->text << "\n";
         }
         os << "  content: ";
         for( std::size_t k = 0; k < a.parts.size(); ++k ) {
            os << ( k ? " … " : "" ) << a.parts[ k ].text;
         }
         os << "\n";
      }
      os << '\n';
   }

   // What one input became: its output, formatted on the thread that parsed it, or (for a
   // long text, whose JSON is several times its size) the text and document, streamed by the
   // main thread; or why there is none.
   struct outcome
   {
      bool ready = false;
      std::string output;
      std::string text;
      std::optional< quoth::document > doc;
      std::string error;
      std::exception_ptr fatal;
   };

   // Reads, parses and formats files[ i ]: its output, or the text and document of a long text
   // (its JSON is several times its size: the printing streams it), or why there is none.
   outcome process( const std::vector< std::string >& files, const std::size_t i, const bool json, const bool jsonl, const quoth::options& opt )
   {
      outcome o;
      if( !read_input( files[ i ], o.text ) ) {
         o.error = "cannot read file";
         return o;
      }
      try {
         o.doc = quoth::parse( o.text, opt );
      }
      catch( const quoth::error& e ) {
         o.error = e.what();
         return o;
      }
      if( o.text.size() <= ( std::size_t( 1 ) << 20U ) ) {
         if( json || jsonl ) {
            quoth::to_json( o.output, *o.doc, jsonl ? std::string_view( files[ i ] ) : std::string_view() );
            o.output += '\n';
         }
         else {
            std::ostringstream os;
            print_listing( os, files[ i ], *o.doc );
            o.output = std::move( os ).str();
         }
         o.doc.reset();
         std::string().swap( o.text );
      }
      return o;
   }

   // Prints what process() made of files[ i ]; false when it is an error (reported).
   bool print( const std::vector< std::string >& files, const std::size_t i, const outcome& o, const bool json, const bool jsonl )
   {
      if( !o.output.empty() ) {
         std::cout << o.output;
      }
      else if( !o.doc ) {
         std::cerr << "quoth: " << files[ i ] << ": " << o.error << '\n';
         return false;
      }
      else if( json || jsonl ) {
         quoth::to_json( std::cout, *o.doc, jsonl ? std::string_view( files[ i ] ) : std::string_view() ); // streamed a chunk at a time
         std::cout << '\n';
      }
      else {
         print_listing( std::cout, files[ i ], *o.doc );
      }
      return true;
   }

   // Reads, parses and formats the files on `jobs` threads and prints them in input order from
   // this one. A thread takes the next file as soon as it is done with one (no barrier between
   // groups of files), and stays at most `window` files ahead of the printing, so that memory
   // stays bounded for long lists. One job runs here, with no thread. Returns the exit status:
   // 1 when a file could not be read or parsed (each is reported, the others are printed).
   int run( const std::vector< std::string >& files, const unsigned jobs, const bool json, const bool jsonl, const quoth::options& opt )
   {
      int status = 0;
      if( jobs <= 1 || files.size() <= 1 ) {
         for( std::size_t i = 0; i < files.size(); ++i ) {
            if( !print( files, i, process( files, i, json, jsonl, opt ), json, jsonl ) ) {
               status = 1;
            }
         }
         return status;
      }
      constexpr std::size_t npos = std::size_t( -1 );
      constexpr std::size_t batch = 16;
      const std::size_t window = 64 * static_cast< std::size_t >( jobs ); // (more than batch)
      std::vector< outcome > ring( window );
      std::mutex m;
      std::condition_variable ready; // the printer waits for ring[ printed % window ]
      std::condition_variable room;  // workers wait for the printer to fall less than a window behind
      std::size_t next = 0;          // the next file a worker takes
      std::size_t printed = 0;       // how many are printed
      std::size_t awaited = npos;    // the file whose outcome the printer waits for
      bool stop = false;
      const auto work = [ & ] {
         for( ;; ) {
            std::size_t i = 0;
            {
               std::unique_lock< std::mutex > lock( m );
               room.wait( lock, [ & ] { return stop || next >= files.size() || next < printed + window; } );
               if( stop || next >= files.size() ) {
                  return;
               }
               i = next++;
            }
            outcome o;
            try {
               o = process( files, i, json, jsonl, opt );
            }
            catch( ... ) {
               o = outcome{};
               o.fatal = std::current_exception();
            }
            o.ready = true;
            std::lock_guard< std::mutex > lock( m );
            ring[ i % window ] = std::move( o );
            if( i == awaited || i == printed ) {
               ready.notify_one(); // (the printer waits for these two only)
            }
         }
      };
      std::vector< std::thread > pool;
      for( unsigned t = 0; t < jobs; ++t ) {
         pool.emplace_back( work );
      }
      std::exception_ptr fatal;
      for( std::size_t i = 0; i < files.size(); ++i ) {
         outcome o;
         {
            std::unique_lock< std::mutex > lock( m );
            if( !ring[ i % window ].ready ) {
               // wait for a few files more than the next one: the printer, much faster than the
               // workers, would otherwise wake up for each file
               awaited = std::min( i + batch, files.size() ) - 1;
               ready.wait( lock, [ & ] { return ring[ i % window ].ready && ring[ awaited % window ].ready; } );
               awaited = npos;
            }
            o = std::move( ring[ i % window ] );
            ring[ i % window ] = outcome{};
            ++printed;
            if( next >= printed - 1 + window ) {
               room.notify_all(); // a worker may wait for this room
            }
         }
         if( o.fatal ) {
            fatal = o.fatal;
            break;
         }
         if( !print( files, i, o, json, jsonl ) ) {
            status = 1;
         }
      }
      {
         std::lock_guard< std::mutex > lock( m );
         stop = true;
         room.notify_all();
      }
      for( auto& t : pool ) {
         t.join();
      }
      if( fatal ) {
         std::rethrow_exception( fatal );
      }
      return status;
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
   if( jobs == 0 ) {
      jobs = std::max( 1U, std::thread::hardware_concurrency() );
   }
   return run( files, jobs, json, jsonl, opt );
}
