// Google Benchmark: each stage of quoth on news text, in MB/s (bytes_per_second).
// Corpus: ../shared/corpora/news-en (and news-ru) when present, else generated text.
//   quoth_bench [--benchmark_filter=...]       QUOTH_BENCH_BYTES=N sets the generated size
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <string>
#include <vector>

#include <benchmark/benchmark.h>
#include <quoth/quoth.hpp>

#include "corpus.hpp"
#include "generate.hpp"

namespace
{
   const std::string& english()
   {
      static const std::string text = [] {
         std::string t = bench::read_folder( std::filesystem::path( QUOTH_SHARED_DIR ) / "corpora" / "news-en" );
         if( t.empty() ) {
            std::cerr << "quoth_bench: news-en not found under " << QUOTH_SHARED_DIR << "; using generated text\n";
            const char* env = std::getenv( "QUOTH_BENCH_BYTES" );
            bench::generator g;
            g.fill( t, env ? static_cast< std::size_t >( std::strtoull( env, nullptr, 10 ) ) : std::size_t( 1 ) << 20U );
         }
         return t;
      }();
      return text;
   }

   const std::string& russian()
   {
      static const std::string text = bench::read_folder( std::filesystem::path( QUOTH_SHARED_DIR ) / "corpora" / "news-ru" );
      return text;
   }

   void BM_validate( benchmark::State& state )
   {
      const std::string& t = english();
      for( auto _ : state ) {
         benchmark::DoNotOptimize( utf8::find_invalid( t.begin(), t.end() ) );
      }
      state.SetBytesProcessed( static_cast< std::int64_t >( state.iterations() ) * static_cast< std::int64_t >( t.size() ) );
   }

   void BM_blocks( benchmark::State& state )
   {
      const std::string& t = english();
      std::vector< quoth::internal::block > blocks;
      for( auto _ : state ) {
         quoth::internal::split_blocks( t, blocks );
         benchmark::DoNotOptimize( blocks.data() );
      }
      state.SetBytesProcessed( static_cast< std::int64_t >( state.iterations() ) * static_cast< std::int64_t >( t.size() ) );
   }

   void BM_quote_pairing( benchmark::State& state )
   {
      const std::string& t = english();
      std::vector< quoth::internal::block > blocks;
      quoth::internal::split_blocks( t, blocks );
      std::vector< quoth::internal::raw_quote > quotes;
      for( auto _ : state ) {
         quoth::internal::quote_pairer p;
         p.run( t, blocks, quotes );
         benchmark::DoNotOptimize( quotes.data() );
      }
      state.SetBytesProcessed( static_cast< std::int64_t >( state.iterations() ) * static_cast< std::int64_t >( t.size() ) );
   }

   // Everything before the grammar: validation, blocks, quote pairing and sentences (what the
   // engine does before its patterns; quotations that run over paragraphs are not joined here)
   void BM_sentences( benchmark::State& state )
   {
      const std::string& t = english();
      std::vector< quoth::internal::block > blocks;
      std::vector< quoth::internal::raw_quote > quotes;
      std::vector< const quoth::internal::raw_quote* > top;
      std::vector< quoth::internal::sentence > sentences;
      for( auto _ : state ) {
         quoth::internal::validate( t );
         quoth::internal::split_blocks( t, blocks );
         quoth::internal::quote_pairer p;
         p.run( t, blocks, quotes );
         top.clear();
         for( const auto& q : quotes ) {
            if( q.depth == 0 ) {
               top.push_back( &q );
            }
         }
         sentences.clear();
         std::size_t qi = 0;
         for( std::size_t bi = 0; bi < blocks.size(); ++bi ) {
            quoth::internal::split_sentences( t, blocks[ bi ], bi, top, qi, sentences );
         }
         benchmark::DoNotOptimize( sentences.data() );
      }
      state.counters[ "sentences" ] = static_cast< double >( sentences.size() );
      state.SetBytesProcessed( static_cast< std::int64_t >( state.iterations() ) * static_cast< std::int64_t >( t.size() ) );
   }

   void BM_parse( benchmark::State& state )
   {
      const std::string& t = english();
      for( auto _ : state ) {
         benchmark::DoNotOptimize( quoth::parse( t ) );
      }
      state.SetBytesProcessed( static_cast< std::int64_t >( state.iterations() ) * static_cast< std::int64_t >( t.size() ) );
   }

   void BM_parse_russian( benchmark::State& state )
   {
      const std::string& t = russian();
      if( t.empty() ) {
         state.SkipWithError( "news-ru not found" );
         return;
      }
      for( auto _ : state ) {
         benchmark::DoNotOptimize( quoth::parse( t ) );
      }
      state.SetBytesProcessed( static_cast< std::int64_t >( state.iterations() ) * static_cast< std::int64_t >( t.size() ) );
   }

   void BM_json( benchmark::State& state )
   {
      const std::string& t = english();
      const quoth::document doc = quoth::parse( t );
      std::string out;
      for( auto _ : state ) {
         out.clear();
         quoth::to_json( out, doc );
         benchmark::DoNotOptimize( out.data() );
      }
      state.SetBytesProcessed( static_cast< std::int64_t >( state.iterations() ) * static_cast< std::int64_t >( t.size() ) );
   }

} // namespace

BENCHMARK( BM_validate );
BENCHMARK( BM_blocks );
BENCHMARK( BM_quote_pairing );
BENCHMARK( BM_sentences );
BENCHMARK( BM_parse );
BENCHMARK( BM_parse_russian );
BENCHMARK( BM_json );

BENCHMARK_MAIN();
