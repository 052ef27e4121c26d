// quoth-report: who is quoted across a folder of articles.
//
//   quoth-report FOLDER                     speakers ranked by number of quotations, with their
//                                           titles, kinds, articles, direct and indirect counts
//   quoth-report FOLDER --html report.html  also a self-contained page with a bar chart
//   quoth-report FOLDER --top 0             every speaker (default: the top 40)
//
// Every *.txt file of FOLDER is an article, except all-capital names such as SOURCE.txt or
// README.txt. A speaker is an entity of quoth's output; across articles people and named bodies
// with the same name are one speaker (a lone surname joins the one full name in the corpus that
// ends with it), while descriptions ("the company", "analysts", "the report") stay apart per
// article. Pronouns that quoth could not resolve are counted, not guessed.

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include <CLI/CLI.hpp>
#include <quoth/batch.hpp>
#include <quoth/quoth.hpp>

namespace
{
   struct speaker_row
   {
      std::string name;
      quoth::speaker_kind kind = quoth::speaker_kind::person;
      std::set< std::string > titles;
      std::set< std::string > articles;
      std::size_t direct = 0;
      std::size_t mixed = 0;
      std::size_t indirect = 0;

      [[nodiscard]] std::size_t quotes() const noexcept
      {
         return direct + mixed + indirect;
      }
   };

   struct totals
   {
      std::size_t articles = 0;
      std::size_t attributions = 0;
      std::size_t unresolved = 0; // pronouns with no antecedent
      std::size_t unreadable = 0;
   };

   bool read_file( const std::filesystem::path& p, std::string& out )
   {
      std::ifstream f( p, std::ios::binary );
      if( !f ) {
         return false;
      }
      std::ostringstream ss;
      ss << f.rdbuf();
      out = ss.str();
      return true;
   }

   // SOURCE.txt, README.txt: notes about a corpus, not articles.
   bool is_note( const std::filesystem::path& p )
   {
      const std::string stem = p.stem().string();
      return !stem.empty() && std::all_of( stem.begin(), stem.end(), []( const char c ) { return ( c >= 'A' && c <= 'Z' ) || c == '_' || c == '-'; } );
   }

   std::string lower( std::string s )
   {
      for( char& c : s ) {
         if( c >= 'A' && c <= 'Z' ) {
            c = static_cast< char >( c - 'A' + 'a' );
         }
      }
      return s;
   }

   std::string last_word( const std::string& s )
   {
      const std::size_t sp = s.rfind( ' ' );
      return sp == std::string::npos ? s : s.substr( sp + 1 );
   }

   class tally
   {
   public:
      void add( const std::string& article, const quoth::document& doc )
      {
         ++m_totals.articles;
         for( const quoth::attribution& a : doc.attributions ) {
            ++m_totals.attributions;
            const quoth::speaker* s = doc.speaker_of( a );
            if( s == nullptr ) {
               if( a.speaker && a.speaker->kind == quoth::speaker_kind::pronoun ) {
                  ++m_totals.unresolved;
               }
               continue;
            }
            speaker_row& r = row_of( *s, article );
            if( !s->title.empty() ) {
               r.titles.insert( s->title );
            }
            r.articles.insert( article );
            ( a.type == quoth::content_kind::direct ? r.direct : a.type == quoth::content_kind::mixed ? r.mixed
                                                                                                      : r.indirect )++;
         }
      }

      void unreadable()
      {
         ++m_totals.unreadable;
      }

      // The speakers, most quoted first; a lone surname joins the one full name ending with it.
      [[nodiscard]] std::vector< speaker_row > ranked()
      {
         std::map< std::string, std::vector< std::string > > full_by_surname;
         for( const auto& [ key, r ] : m_rows ) {
            if( r.kind == quoth::speaker_kind::person && r.name.find( ' ' ) != std::string::npos ) {
               full_by_surname[ last_word( r.name ) ].push_back( key );
            }
         }
         std::vector< speaker_row > out;
         std::map< std::string, std::size_t > merged_into;
         for( auto& [ key, r ] : m_rows ) {
            if( r.kind == quoth::speaker_kind::person && r.name.find( ' ' ) == std::string::npos ) {
               const auto it = full_by_surname.find( r.name );
               if( it != full_by_surname.end() && it->second.size() == 1 ) {
                  speaker_row& full = m_rows[ it->second.front() ];
                  full.direct += r.direct;
                  full.mixed += r.mixed;
                  full.indirect += r.indirect;
                  full.titles.insert( r.titles.begin(), r.titles.end() );
                  full.articles.insert( r.articles.begin(), r.articles.end() );
                  r.direct = r.mixed = r.indirect = 0;
               }
            }
         }
         for( auto& entry : m_rows ) {
            if( entry.second.quotes() > 0 ) {
               out.push_back( entry.second );
            }
         }
         std::stable_sort( out.begin(), out.end(), []( const speaker_row& a, const speaker_row& b ) {
            if( a.quotes() != b.quotes() ) {
               return a.quotes() > b.quotes();
            }
            if( a.articles.size() != b.articles.size() ) {
               return a.articles.size() > b.articles.size();
            }
            return a.name < b.name;
         } );
         return out;
      }

      [[nodiscard]] const totals& sums() const noexcept
      {
         return m_totals;
      }

   private:
      std::map< std::string, speaker_row > m_rows;
      totals m_totals;

      speaker_row& row_of( const quoth::speaker& s, const std::string& article )
      {
         // People and named bodies are one speaker across articles. "The company", "analysts"
         // and "the statement" are someone else in each article.
         const bool named = s.kind == quoth::speaker_kind::person || ( s.kind == quoth::speaker_kind::organization && !s.name.empty() && s.name[ 0 ] >= 'A' && s.name[ 0 ] <= 'Z' );
         const std::string key = s.kind == quoth::speaker_kind::person ? "p:" + s.name : std::string( quoth::to_string( s.kind ) ) + ":" + lower( s.name ) + ( named ? std::string() : "@" + article );
         speaker_row& r = m_rows[ key ];
         if( r.name.empty() ) {
            r.name = s.name;
            r.kind = s.kind;
         }
         return r;
      }
   };

   std::string joined( const std::set< std::string >& items, const std::size_t most )
   {
      std::string out;
      std::size_t n = 0;
      for( const std::string& s : items ) {
         if( n == most ) {
            out += " and " + std::to_string( items.size() - most ) + " more";
            break;
         }
         out += ( n++ ? ", " : "" ) + s;
      }
      return out;
   }

   void print_text( const std::vector< speaker_row >& rows, const totals& t, const std::size_t top )
   {
      std::cout << t.articles << " articles, " << t.attributions << " attributions, " << rows.size() << " speakers; " << t.unresolved << " pronoun speakers left unresolved\n\n";
      std::printf( "%4s %6s %6s %5s %8s %8s  %-12s %s\n", "rank", "quotes", "direct", "mixed", "indirect", "articles", "kind", "speaker" );
      for( std::size_t i = 0; i < rows.size() && ( top == 0 || i < top ); ++i ) {
         const speaker_row& r = rows[ i ];
         std::printf( "%4zu %6zu %6zu %5zu %8zu %8zu  %-12s %s", i + 1, r.quotes(), r.direct, r.mixed, r.indirect, r.articles.size(), std::string( quoth::to_string( r.kind ) ).c_str(), r.name.c_str() );
         if( !r.titles.empty() ) {
            std::printf( " (%s)", joined( r.titles, 3 ).c_str() );
         }
         std::printf( "\n%48s in: %s\n", "", joined( r.articles, 6 ).c_str() );
      }
   }

   std::string html_escape( const std::string_view s )
   {
      std::string out;
      for( const char c : s ) {
         switch( c ) {
            case '&':
               out += "&amp;";
               break;
            case '<':
               out += "&lt;";
               break;
            case '>':
               out += "&gt;";
               break;
            case '"':
               out += "&quot;";
               break;
            default:
               out += c;
         }
      }
      return out;
   }

   // The top speakers as horizontal bars, each split into direct, mixed and indirect quotations.
   std::string bar_chart( const std::vector< speaker_row >& rows, const std::size_t bars )
   {
      const std::size_t n = std::min( bars, rows.size() );
      const std::size_t most = n ? rows.front().quotes() : 1;
      const int label_w = 250;
      const int bar_w = 560;
      const int row_h = 30;
      const int top = 10;
      const int height = top + static_cast< int >( n ) * row_h + 10;
      std::ostringstream o;
      o << "<svg role=\"img\" aria-label=\"Most quoted speakers\" viewBox=\"0 0 " << label_w + bar_w + 60 << ' ' << height << "\" width=\"100%\">\n";
      for( std::size_t i = 0; i < n; ++i ) {
         const speaker_row& r = rows[ i ];
         const int y = top + static_cast< int >( i ) * row_h;
         const auto width = [ & ]( const std::size_t v ) { return static_cast< double >( v ) * bar_w / static_cast< double >( most ); };
         o << "<g class=\"bar\"><title>" << html_escape( r.name ) << ": " << r.quotes() << " quotations (" << r.direct << " direct, " << r.mixed << " mixed, " << r.indirect << " indirect) in " << r.articles.size() << " articles</title>\n";
         o << "<text class=\"bar-label\" x=\"" << label_w - 10 << "\" y=\"" << y + 19 << "\" text-anchor=\"end\">" << html_escape( r.name ) << "</text>\n";
         double x = label_w;
         const std::pair< std::size_t, const char* > parts[] = { { r.direct, "direct" }, { r.mixed, "mixed" }, { r.indirect, "indirect" } };
         for( const auto& [ v, cls ] : parts ) {
            if( v > 0 ) {
               o << "<rect class=\"" << cls << "\" x=\"" << x << "\" y=\"" << y + 4 << "\" width=\"" << width( v ) << "\" height=\"" << row_h - 8 << "\" rx=\"3\"/>\n";
               x += width( v );
            }
         }
         o << "<text class=\"count\" x=\"" << x + 6 << "\" y=\"" << y + 19 << "\">" << r.quotes() << "</text></g>\n";
      }
      o << "</svg>\n";
      return o.str();
   }

   bool write_html( const std::string& path, const std::string& folder, const std::vector< speaker_row >& rows, const totals& t, const std::size_t top )
   {
      std::ofstream f( path, std::ios::binary );
      if( !f ) {
         return false;
      }
      f << R"(<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Who is quoted</title>
<style>
  :root { --direct: #2563eb; --mixed: #8b5cf6; --indirect: #f59e0b; --ink: #1f2937; --muted: #6b7280; }
  body { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink); margin: 0; background: #f8fafc; }
  main { max-width: 980px; margin: 0 auto; padding: 2rem 1.5rem 4rem; }
  h1 { font-size: 1.8rem; margin: 0 0 .25rem; }
  .sub { color: var(--muted); margin: 0 0 1.5rem; }
  .card { background: #fff; border-radius: 12px; box-shadow: 0 1px 3px rgba(0,0,0,.08); padding: 1.25rem 1.5rem; margin-bottom: 1.5rem; }
  .stats { display: flex; gap: 2rem; flex-wrap: wrap; }
  .stat b { display: block; font-size: 1.6rem; }
  .stat span { color: var(--muted); font-size: .85rem; }
  .legend { display: flex; gap: 1.25rem; font-size: .85rem; color: var(--muted); margin-bottom: .5rem; }
  .legend i { display: inline-block; width: .8rem; height: .8rem; border-radius: 2px; margin-right: .35rem; vertical-align: -1px; }
  svg text { font: 13px system-ui, sans-serif; fill: var(--ink); }
  svg .count { fill: var(--muted); }
  svg .direct { fill: var(--direct); } svg .mixed { fill: var(--mixed); } svg .indirect { fill: var(--indirect); }
  svg .bar:hover rect { opacity: .8; }
  table { border-collapse: collapse; width: 100%; font-size: .9rem; }
  th, td { text-align: left; padding: .45rem .5rem; border-bottom: 1px solid #e5e7eb; vertical-align: top; }
  th { color: var(--muted); font-weight: 600; font-size: .8rem; text-transform: uppercase; letter-spacing: .03em; }
  td.n { text-align: right; font-variant-numeric: tabular-nums; }
  .kind { font-size: .75rem; padding: .1rem .45rem; border-radius: 999px; background: #eef2ff; color: #3730a3; }
  .kind.organization { background: #ecfdf5; color: #065f46; } .kind.role { background: #fff7ed; color: #9a3412; } .kind.document { background: #f3f4f6; color: #374151; }
  details summary { cursor: pointer; color: var(--muted); }
  .titles { color: var(--muted); font-size: .85rem; }
</style>
</head>
<body>
<main>
<h1>Who is quoted</h1>
)";
      f << "<p class=\"sub\">Speakers in " << html_escape( folder ) << ", ranked by the number of quotations attributed to them.</p>\n";
      f << "<section class=\"card stats\">";
      f << "<div class=\"stat\"><b>" << t.articles << "</b><span>articles</span></div>";
      f << "<div class=\"stat\"><b>" << t.attributions << "</b><span>attributions</span></div>";
      f << "<div class=\"stat\"><b>" << rows.size() << "</b><span>speakers</span></div>";
      f << "<div class=\"stat\"><b>" << t.unresolved << "</b><span>pronouns left unresolved</span></div>";
      f << "</section>\n";
      const std::size_t bars = std::min< std::size_t >( 15, rows.size() );
      f << "<section class=\"card\">\n<h2>The " << bars << " most quoted</h2>\n";
      f << "<div class=\"legend\"><span><i style=\"background:var(--direct)\"></i>direct</span><span><i style=\"background:var(--mixed)\"></i>mixed</span><span><i style=\"background:var(--indirect)\"></i>indirect</span></div>\n";
      f << bar_chart( rows, bars );
      f << "</section>\n<section class=\"card\">\n<h2>All speakers</h2>\n<table>\n<thead><tr><th>#</th><th>Speaker</th><th>Kind</th><th class=\"n\">Quotes</th><th class=\"n\">Direct</th><th class=\"n\">Mixed</th><th class=\"n\">Indirect</th><th>Articles</th></tr></thead>\n<tbody>\n";
      for( std::size_t i = 0; i < rows.size() && ( top == 0 || i < top ); ++i ) {
         const speaker_row& r = rows[ i ];
         const std::string kind( quoth::to_string( r.kind ) );
         f << "<tr><td class=\"n\">" << i + 1 << "</td><td>" << html_escape( r.name );
         if( !r.titles.empty() ) {
            f << "<div class=\"titles\">" << html_escape( joined( r.titles, 3 ) ) << "</div>";
         }
         f << "</td><td><span class=\"kind " << kind << "\">" << kind << "</span></td><td class=\"n\">" << r.quotes() << "</td><td class=\"n\">" << r.direct << "</td><td class=\"n\">" << r.mixed << "</td><td class=\"n\">" << r.indirect << "</td><td><details><summary>" << r.articles.size() << "</summary>";
         for( const std::string& a : r.articles ) {
            f << html_escape( a ) << "<br>";
         }
         f << "</details></td></tr>\n";
      }
      f << "</tbody>\n</table>\n</section>\n</main>\n";
      // Marks the page with the number of bar labels that were laid out with a width, so that a
      // headless browser's DOM shows the chart was drawn (tests/report_html_test.sh).
      f << "<script>\naddEventListener('load', function () {\n  var n = 0;\n  document.querySelectorAll('svg .bar-label').forEach(function (t) { if (t.getBBox().width > 0) n++; });\n  document.body.setAttribute('data-labels-drawn', String(n));\n});\n</script>\n</body>\n</html>\n";
      return static_cast< bool >( f );
   }

} // namespace

int main( int argc, char** argv )
{
   CLI::App app{ "quoth-report: who is quoted across a folder of articles" };
   std::string folder;
   std::string html;
   std::string reference;
   std::size_t top = 40;
   unsigned jobs = 0;
   app.add_option( "folder", folder, "a folder of articles (*.txt, UTF-8)" )->required();
   app.add_option( "--html", html, "also write a self-contained HTML page with a bar chart" );
   app.add_option( "--top", top, "how many speakers to list (0: all)" );
   app.add_option( "--date", reference, "the articles' date, YYYY-MM-DD" );
   app.add_option( "-j,--jobs", jobs, "parse on this many threads (0: one per core)" );
   CLI11_PARSE( app, argc, argv );

   quoth::options opt;
   if( !reference.empty() ) {
      opt.reference_date = quoth::parse_iso_date( reference );
      if( !opt.reference_date ) {
         std::cerr << "quoth-report: --date wants a day as YYYY-MM-DD, not " << reference << '\n';
         return 2;
      }
   }
   std::error_code ec;
   std::vector< std::filesystem::path > paths;
   for( const auto& entry : std::filesystem::directory_iterator( folder, ec ) ) {
      if( entry.is_regular_file() && entry.path().extension() == ".txt" && !is_note( entry.path() ) ) {
         paths.push_back( entry.path() );
      }
   }
   if( ec ) {
      std::cerr << "quoth-report: " << folder << ": " << ec.message() << '\n';
      return 2;
   }
   if( paths.empty() ) {
      std::cerr << "quoth-report: no *.txt articles in " << folder << '\n';
      return 2;
   }
   std::sort( paths.begin(), paths.end() );

   tally t;
   int status = 0;
   const std::size_t chunk = 256;
   for( std::size_t first = 0; first < paths.size(); first += chunk ) {
      std::vector< std::string > texts;
      std::vector< std::string > names;
      for( std::size_t i = first; i < paths.size() && i < first + chunk; ++i ) {
         std::string text;
         if( !read_file( paths[ i ], text ) ) {
            std::cerr << "quoth-report: " << paths[ i ].string() << ": cannot read file\n";
            t.unreadable();
            status = 1;
            continue;
         }
         texts.push_back( std::move( text ) );
         names.push_back( paths[ i ].filename().string() );
      }
      const std::vector< std::string_view > views( texts.begin(), texts.end() );
      const std::vector< quoth::batch_result > results = quoth::parse_many( views, jobs, opt );
      for( std::size_t i = 0; i < results.size(); ++i ) {
         if( !results[ i ].doc ) {
            std::cerr << "quoth-report: " << names[ i ] << ": " << results[ i ].error << '\n';
            t.unreadable();
            status = 1;
            continue;
         }
         t.add( names[ i ], *results[ i ].doc );
      }
   }
   const std::vector< speaker_row > rows = t.ranked();
   print_text( rows, t.sums(), top );
   if( !html.empty() ) {
      if( !write_html( html, folder, rows, t.sums(), top ) ) {
         std::cerr << "quoth-report: cannot write " << html << '\n';
         return 1;
      }
      std::cerr << "quoth-report: wrote " << html << '\n';
   }
   return status;
}
