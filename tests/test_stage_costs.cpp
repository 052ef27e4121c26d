// The engine's record of where a parse spent its time (benchmarks/stage_costs reads it).
#include <cstddef>
#include <string>
#include <string_view>
#include <type_traits>

#include "helpers.hpp"

namespace
{
   std::size_t all_sentences( const quoth::internal::stage_costs& c )
   {
      std::size_t n = 0;
      for( const std::size_t k : c.sentences ) {
         n += k;
      }
      return n;
   }

   // The document of text, its costs added to c
   quoth::document measured( const std::string_view text, quoth::internal::stage_costs& c )
   {
      const quoth::options opt;
      quoth::internal::engine e( text, opt );
      return e.run( &c );
   }

} // namespace

TEST_CASE( "a parse that measures its costs reads the text as quoth::parse does" )
{
   const std::string text = "Lind said on Monday that the bridge would reopen. The river rose again.\n\n“It is safe,” the mayor told reporters.";
   quoth::internal::stage_costs c;
   CHECK( quoth::to_json( measured( text, c ) ) == quoth::to_json( quoth::parse( text ) ) );
}

TEST_CASE( "each sentence is counted once, by what it came to" )
{
   // attributed: the first and the last; turned away (no cue word): the second; read with
   // nothing found: the third, whose cue word reports nothing
   const std::string text = "Lind said the bridge would reopen. The river rose again. The crowd made its way home. “It is safe,” the mayor added.";
   quoth::internal::stage_costs c;
   const quoth::document doc = measured( text, c );
   REQUIRE( doc.attributions.size() == 2 );
   CHECK( all_sentences( c ) == 4 );
   CHECK( c.sentences[ quoth::internal::stage_costs::attributed ] == 2 );
   CHECK( c.sentences[ quoth::internal::stage_costs::turned_away ] == 1 );
   CHECK( c.sentences[ quoth::internal::stage_costs::nothing_found ] == 1 );
   std::size_t bytes = 0;
   for( const std::size_t b : c.sentence_bytes ) {
      bytes += b;
   }
   CHECK( bytes > 0 );
   CHECK( bytes <= text.size() );
   CHECK( c.documents == 1 );
   CHECK( c.bytes == text.size() );
}

TEST_CASE( "costs add up over parses into one record, and the total is the sum of the stages" )
{
   const std::string a = "Lind said the bridge would reopen.";
   const std::string b = "The river rose again. Ortiz noted that it was late.";
   quoth::internal::stage_costs c;
   static_cast< void >( measured( a, c ) );
   static_cast< void >( measured( b, c ) );
   CHECK( c.documents == 2 );
   CHECK( c.bytes == a.size() + b.size() );
   CHECK( all_sentences( c ) == 3 );
   CHECK( c.sentences[ quoth::internal::stage_costs::attributed ] == 2 );
   auto sum = c.prepare + c.quotations + c.resolution;
   for( const auto d : c.sentence_time ) {
      sum += d;
   }
   CHECK( c.total() == sum );
   CHECK( c.total().count() > 0 );
}

TEST_CASE( "Russian sentences the patterns read are told from those the prefilter turned away" )
{
   const std::string text = "Глава района Анна Соколова заявила, что дорогу починят к зиме. Река снова поднялась.";
   quoth::internal::stage_costs c;
   const quoth::document doc = measured( text, c );
   REQUIRE( doc.attributions.size() == 1 );
   CHECK( all_sentences( c ) == 2 );
   CHECK( c.sentences[ quoth::internal::stage_costs::attributed ] == 1 );
   CHECK( c.sentences[ quoth::internal::stage_costs::turned_away ] == 1 );
}

TEST_CASE( "an engine keeps its options by reference, so it takes no temporary" )
{
   static_assert( std::is_constructible_v< quoth::internal::engine, std::string_view, const quoth::options& > );
   static_assert( !std::is_constructible_v< quoth::internal::engine, std::string_view, quoth::options > );
   const quoth::options opt;
   quoth::internal::engine e( "Lind said it was late.", opt );
   CHECK( e.run().attributions.size() == 1 );
}
