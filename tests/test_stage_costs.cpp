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
   const std::string text = "Lind said the bridge would reopen. The river rose again. The crowd saw the parade. “It is safe,” the mayor added.";
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

TEST_CASE( "asked to, the record keeps the sentences the patterns read by their cue words" )
{
   using quoth::internal::stage_costs;
   const std::string text = "Lind said the bridge would reopen. The river rose again. The crowd saw the parade. Ortiz said the mayor told her it was safe. “It is safe,” the mayor added. “The water is low.”";
   stage_costs c;
   c.by_cue = true;
   static_cast< void >( measured( text, c ) );
   const auto& read = c.cues[ stage_costs::nothing_found ];
   const auto& found = c.cues[ stage_costs::attributed ];
   CHECK( c.cues[ stage_costs::turned_away ].empty() ); // (no cue word to key them by)
   REQUIRE( read.size() == 1 );
   CHECK( read.begin()->first == "saw" );
   CHECK( read.begin()->second.sentences == 1 );
   CHECK( read.begin()->second.bytes == std::string_view( "The crowd saw the parade." ).size() );
   REQUIRE( found.count( "said" ) == 1 );
   CHECK( found.at( "said" ).sentences == 1 );
   CHECK( found.count( "said + told" ) == 1 );
   CHECK( found.count( "added" ) == 1 );
   // the last sentence goes on with the quotation before it: no scan for cue words
   CHECK( found.count( stage_costs::not_scanned ) == 1 );
   std::size_t sentences = 0;
   auto time = stage_costs::clock::duration{};
   for( const auto& [ key, r ] : found ) {
      sentences += r.sentences;
      time += r.time;
   }
   CHECK( sentences == c.sentences[ stage_costs::attributed ] );
   CHECK( time <= c.sentence_time[ stage_costs::attributed ] );
}

TEST_CASE( "a sentence that passes on a colon alone is keyed as having no cue word" )
{
   using quoth::internal::stage_costs;
   stage_costs c;
   c.by_cue = true;
   static_cast< void >( measured( "The plan: more trains, fewer cars.", c ) );
   std::size_t keyed = 0;
   for( const auto& m : c.cues ) {
      for( const auto& [ key, r ] : m ) {
         CHECK( key == stage_costs::no_cue_word );
         keyed += r.sentences;
      }
   }
   CHECK( keyed == 1 );
}

TEST_CASE( "unless asked to, the record keeps no cue words" )
{
   quoth::internal::stage_costs c;
   static_cast< void >( measured( "Lind said the bridge would reopen. The crowd saw the parade.", c ) );
   for( const auto& m : c.cues ) {
      CHECK( m.empty() );
   }
}

TEST_CASE( "a sentence whose cue words lack what they need after them is turned away" )
{
   using quoth::internal::stage_costs;
   // a particle verb without its particle or phrase, "points" without "out" or "to", an
   // adjective of attitude without "to" or "that", one of doubt without its question
   for( const std::string_view text : { "The crowd made its way home.", "The team scored twenty points in the final.", "It was a determined effort by the crew.", "The court gave a split ruling." } ) {
      CAPTURE( text );
      stage_costs c;
      CHECK( measured( text, c ).attributions.empty() );
      CHECK( c.sentences[ stage_costs::turned_away ] == 1 );
      CHECK( c.sentences[ stage_costs::nothing_found ] == 0 );
   }
   // with it, each is read and reports
   for( const std::string_view text : { "The mayor made it clear that the bridge would close.", "The mayor pointed out that the bridge was old.", "The board is eager to sell the ferry.", "The council is split on whether to sell the ferry.", "The mayor fired back at the board." } ) {
      CAPTURE( text );
      stage_costs c;
      CHECK( measured( text, c ).attributions.size() == 1 );
      CHECK( c.sentences[ stage_costs::attributed ] == 1 );
   }
   // a cue word that needs nothing after it keeps the sentence: "made" does not hide "said"
   stage_costs c;
   CHECK( measured( "The crowd made its way home, Lind said.", c ).attributions.size() == 1 );
   CHECK( c.sentences[ stage_costs::attributed ] == 1 );
}
