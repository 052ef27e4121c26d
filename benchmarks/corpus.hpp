// The news corpora beside the checkout (../shared/corpora), read for benchmarks: every .txt
// file of a folder but SOURCE.txt, in name order.
#ifndef QUOTH_BENCHMARKS_CORPUS_HPP
#define QUOTH_BENCHMARKS_CORPUS_HPP

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace bench
{
   // The texts of the folder's articles (none when it is absent).
   inline std::vector< std::string > read_articles( const std::filesystem::path& dir )
   {
      std::vector< std::string > texts;
      if( !std::filesystem::is_directory( dir ) ) {
         return texts;
      }
      std::vector< std::filesystem::path > files;
      for( const auto& e : std::filesystem::directory_iterator( dir ) ) {
         if( e.path().extension() == ".txt" && e.path().filename() != "SOURCE.txt" ) {
            files.push_back( e.path() );
         }
      }
      std::sort( files.begin(), files.end() );
      for( const auto& f : files ) {
         std::ifstream in( f, std::ios::binary );
         std::ostringstream ss;
         ss << in.rdbuf();
         texts.push_back( ss.str() );
      }
      return texts;
   }

   // The folder's articles as one text, each followed by a blank line (empty when absent).
   inline std::string read_folder( const std::filesystem::path& dir )
   {
      std::string all;
      for( const std::string& t : read_articles( dir ) ) {
         all += t;
         all += "\n\n";
      }
      return all;
   }

} // namespace bench

#endif
