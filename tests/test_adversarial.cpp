// Adversarial inputs, all generated here: each must finish and give a document that satisfies
// the invariants of tests/invariants.hpp (or throw invalid_utf8 at the right offset).
//
// Bound: every pass of parse is linear in the input (blocks, quote pairing with an explicit
// stack, sentences, a bounded number of pattern attempts per sentence, speaker resolution), so
// each input here costs a small constant times its size: well under a second per MB in an
// optimised build, a few seconds per MB in a Debug or sanitizer build. Nothing asserts a time
// (CI machines differ); a quadratic pass would show up as a test that runs for minutes. No pass
// recurses: nesting depth lives on the pairer's explicit stack, so deep nesting cannot overflow
// the call stack.
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "helpers.hpp"
#include "invariants.hpp"

namespace
{
   std::string repeat( const std::string& s, const std::size_t n )
   {
      std::string r;
      r.reserve( s.size() * n );
      for( std::size_t i = 0; i < n; ++i ) {
         r += s;
      }
      return r;
   }

   // Parses text, checks the invariants (which parses it a second time) and returns the document.
   quoth::document checked( const std::string& text, const quoth::options& opt = {} )
   {
      quoth::document doc;
      const auto v = test::check_parse( text, opt, &doc );
      CHECK_MESSAGE( v.empty(), test::join( v ) );
      return doc;
   }

   void append_utf8( std::string& s, const char32_t c )
   {
      if( c < 0x80 ) {
         s += static_cast< char >( c );
      }
      else if( c < 0x800 ) {
         s += static_cast< char >( 0xC0 | ( c >> 6 ) );
         s += static_cast< char >( 0x80 | ( c & 0x3F ) );
      }
      else if( c < 0x10000 ) {
         s += static_cast< char >( 0xE0 | ( c >> 12 ) );
         s += static_cast< char >( 0x80 | ( ( c >> 6 ) & 0x3F ) );
         s += static_cast< char >( 0x80 | ( c & 0x3F ) );
      }
      else {
         s += static_cast< char >( 0xF0 | ( c >> 18 ) );
         s += static_cast< char >( 0x80 | ( ( c >> 12 ) & 0x3F ) );
         s += static_cast< char >( 0x80 | ( ( c >> 6 ) & 0x3F ) );
         s += static_cast< char >( 0x80 | ( c & 0x3F ) );
      }
   }

   // A small deterministic generator (the tests must not depend on the standard library's).
   struct rng
   {
      std::uint64_t state = 0x9E3779B97F4A7C15ULL;

      std::size_t operator()( const std::size_t n )
      {
         state ^= state << 13U;
         state ^= state >> 7U;
         state ^= state << 17U;
         return static_cast< std::size_t >( state % n );
      }
   };

   void expect_invalid_at( const std::string& text, const std::size_t offset )
   {
      INFO( "offset " << offset << " in " << text.size() << " bytes" );
      try {
         (void)quoth::parse( text );
         FAIL( "expected quoth::invalid_utf8" );
      }
      catch( const quoth::invalid_utf8& e ) {
         CHECK( e.offset() == offset );
      }
      const auto v = test::check_parse( text ); // and utfcpp agrees
      CHECK_MESSAGE( v.empty(), test::join( v ) );
   }

} // namespace

TEST_CASE( "adversarial: a million unclosed opening quotes" )
{
   // in one paragraph: one quotation per mark, each nested in the one before, all unclosed
   const auto doc = checked( repeat( "“", 1000000 ) );
   REQUIRE( doc.quotations.size() == 1000000 );
   CHECK( !doc.quotations.back().closed );
   CHECK( doc.quotations.back().depth == 999999 );
   // with a word after each mark, and a long unclosed quote at the top level
   checked( repeat( "“word ", 1000000 ) );
   // each on its own line
   checked( repeat( "“Unclosed and never ended\n", 200000 ) );
}

TEST_CASE( "adversarial: a thousand nested quotes of alternating kinds" )
{
   // opening and closing marks of each kind, and whether it needs a word after it to open
   struct kind
   {
      const char* open;
      const char* close;
   };
   const std::vector< kind > kinds = { { "“", "”" }, { "‘", "’" }, { "«", "»" }, { "„", "“" }, { "‚", "‘" }, { "「", "」" }, { "『", "』" }, { "\"", "\"" }, { "'", "'" }, { "``", "''" } };
   std::string closed;
   std::string unclosed;
   for( std::size_t i = 0; i < 1000; ++i ) {
      closed += kinds[ i % kinds.size() ].open;
      closed += "w ";
   }
   unclosed = closed;
   for( std::size_t i = 1000; i > 0; --i ) {
      closed += "x";
      closed += kinds[ ( i - 1 ) % kinds.size() ].close;
      closed += " ";
   }
   const auto doc = checked( closed + "she said." );
   CHECK( doc.quotations.size() >= 900 );
   std::size_t depth = 0;
   for( const auto& q : doc.quotations ) {
      depth = std::max( depth, q.depth );
   }
   CHECK( depth >= 500 );
   checked( unclosed );
   checked( unclosed + "\n\n" + unclosed + "\n\n" + closed );
   // and a thousand times that, as paragraphs
   checked( repeat( closed + "she said.\n\n", 100 ) );
}

TEST_CASE( "adversarial: a 50 MB line with no sentence end" )
{
   std::string line;
   line.reserve( 50 * 1024 * 1024 + 64 );
   while( line.size() < 50 * 1024 * 1024 ) {
      line += "the minister said that the port would stay open and added, according to him ";
   }
   const auto doc = checked( line );
   CHECK( doc.attributions.empty() ); // longer than options::max_sentence_bytes: not matched
   // the same line as one unclosed quotation
   const std::string text = "“" + line;
   const auto quoted = checked( text );
   REQUIRE( quoted.quotations.size() == 1 );
   CHECK( !quoted.quotations[ 0 ].closed );
   CHECK( quoted.quotations[ 0 ].content.end == text.size() - 1 ); // the paragraph ends before the final space
}

TEST_CASE( "adversarial: a long sentence matched with no length limit" )
{
   // every pattern is tried on a 500 kB sentence full of cues, commas and conjunctions
   quoth::options opt;
   opt.max_sentence_bytes = 0;
   checked( repeat( "Officials said, the mayor told reporters and said, according to him, “yes,” ", 6000 ), opt );
   checked( repeat( "said, ", 80000 ), opt );
   checked( repeat( "X and said but told ", 25000 ), opt );
}

TEST_CASE( "adversarial: every code point" )
{
   // every Unicode scalar value once, in runs of 64 separated by spaces, line breaks and marks
   std::string all;
   std::size_t n = 0;
   for( char32_t c = 1; c <= 0x10FFFF; ++c ) {
      if( c >= 0xD800 && c <= 0xDFFF ) {
         continue;
      }
      append_utf8( all, c );
      if( ++n % 64 == 0 ) {
         all += ( n % 4096 == 0 ) ? "\n\n“said,” he said. " : " ";
      }
   }
   const auto doc = checked( all );
   CHECK( doc.text.size() == all.size() );
   // and the NUL byte, which the loop above leaves out
   checked( std::string( "“a\0b,” she said.\0", 18 ) );
}

TEST_CASE( "adversarial: code point classes in news text" )
{
   const std::string bom = "\xEF\xBB\xBF";
   const std::string nul( 1, '\0' );
   const std::vector< std::string > texts = {
      bom + "“Roads are shut,” the police said.",
      bom,
      bom + bom + bom,
      "“Roads are" + nul + " shut,” the police said." + nul,
      nul + nul + nul,
      "“Roads are shut,” the police said.\r\r“Stay home,” they said.\r",             // CR-only line ends
      "“Roads are shut,” the police said.\r\n\r\n“Stay home,” they said.\r\n",       // CRLF
      "“Roads are shut,”\xE2\x80\xA8the police said.\xE2\x80\xA9“Stay home.”",       // U+2028, U+2029
      "“Cafe\xCC\x81 closed,” said Zoe\xCC\x88 Mu\xCC\x88ller on Monday.",           // combining marks
      "\xCC\x81\xCC\x81“\xCC\x81”\xCC\x81 said \xCC\x81.",                           // marks with nothing to combine with
      "“We won 🎉🎉,” said 👩‍🚀 Ana on Monday. 🇸🇪: “🙂”", // emoji, ZWJ, flags
      "“השביתה תסתיים,” אמר השר ביום שני. «انتهى»، قال الوزير.",                     // RTL
      "\xE2\x80\x8F“mixed \xE2\x80\x8Ertl\xE2\x80\xAE text\xE2\x80\xAC,” he said.",  // bidi controls
      "\t\v\f“tabs\tand\vfeeds,”\fshe said.",
      "“Ｆｕｌｌｗｉｄｔｈ，” said Ｋｅｎ。「はい」と言った。",
   };
   for( const std::string& t : texts ) {
      INFO( t );
      checked( t );
      checked( repeat( t + "\n", 1000 ) );
   }
}

TEST_CASE( "adversarial: UTF-8 truncated at the end" )
{
   const std::vector< std::string > sequences = { "\xC3\xA9", "\xE2\x80\x9C", "\xF0\x9F\x8E\x89" };
   for( const std::string& seq : sequences ) {
      for( std::size_t cut = 1; cut < seq.size(); ++cut ) {
         const std::string prefix = "“The strike is over,” she said. ";
         expect_invalid_at( prefix + seq.substr( 0, cut ), prefix.size() );
         expect_invalid_at( repeat( prefix, 10000 ) + seq.substr( 0, cut ), prefix.size() * 10000 );
      }
   }
}

TEST_CASE( "adversarial: overlong encodings, surrogates and bytes that never occur" )
{
   const std::vector< std::string > bad = {
      "\xC0\x80",                 // overlong NUL
      "\xC0\xAF",                 // overlong '/'
      "\xC1\xBF",                 // overlong DEL
      "\xE0\x80\xAF",             // overlong, three bytes
      "\xE0\x9F\xBF",             // overlong U+07FF
      "\xF0\x80\x80\xAF",         // overlong, four bytes
      "\xF0\x8F\xBF\xBF",         // overlong U+FFFF
      "\xED\xA0\x80",             // U+D800, a high surrogate
      "\xED\xBF\xBF",             // U+DFFF, a low surrogate
      "\xED\xA0\xBD\xED\xB8\x80", // a surrogate pair encoded as two code points (CESU-8)
      "\xF4\x90\x80\x80",         // U+110000
      "\xF5\x80\x80\x80",
      "\xF8\x88\x80\x80\x80", // five-byte form
      "\xFE",
      "\xFF",
      "\x80", // a continuation byte with no lead
      "\xBF",
      "\xC3\x28",     // a lead byte followed by ASCII
      "\xE2\x28\xA1", // a second byte that does not continue
   };
   for( const std::string& b : bad ) {
      const std::string before = "“Roads are shut,” the police said. “";
      expect_invalid_at( b, 0 );
      expect_invalid_at( before + b + "”", before.size() );
      expect_invalid_at( before + b + before + b, before.size() );
   }
}

TEST_CASE( "adversarial: every word a cue verb" )
{
   std::string verbs;
   for( const auto& f : quoth::internal::lexicon::cue_forms ) {
      verbs += f.text;
      verbs += ' ';
   }
   std::string text;
   rng r;
   const char* seps[] = { " ", ", ", ": ", ". ", " that ", " “", "” ", "\n\n", " and ", ", saying " };
   for( std::size_t round = 0; text.size() < 1024 * 1024; ++round ) {
      for( const auto& f : quoth::internal::lexicon::cue_forms ) {
         std::string w( f.text );
         if( r( 3 ) == 0 ) {
            w[ 0 ] = static_cast< char >( w[ 0 ] - 'a' + 'A' );
         }
         text += w;
         text += seps[ r( sizeof( seps ) / sizeof( seps[ 0 ] ) ) ];
      }
   }
   checked( text );
   checked( repeat( verbs, 500 ) );
   checked( repeat( "said ", 200000 ) );
   checked( repeat( "Said. ", 100000 ) );
}

TEST_CASE( "adversarial: only quote marks" )
{
   const std::vector< std::string > marks = { "“", "”", "‘", "’", "«", "»", "„", "‚", "「", "」", "『", "』", "\"", "'", "``", "''", " ", "\n" };
   rng r;
   std::string text;
   while( text.size() < 2 * 1024 * 1024 ) {
      text += marks[ r( marks.size() ) ];
   }
   checked( text );
   for( const std::string& m : marks ) {
      checked( repeat( m, 100000 ) );
   }
   // openers of one kind, then closers of other kinds: nothing pairs
   checked( repeat( "“", 100000 ) + repeat( "»", 100000 ) );
   checked( repeat( "«", 100000 ) + repeat( "”", 100000 ) );
   checked( repeat( "“", 100000 ) + repeat( " x\"", 100000 ) );
   checked( repeat( "“", 100000 ) + repeat( " x’", 100000 ) );
   checked( repeat( "“", 100000 ) + repeat( " x'", 100000 ) );
}

TEST_CASE( "adversarial: many short quote paragraphs" )
{
   // Each of these took time quadratic in the number of paragraphs or attributions before the
   // fixes named here: minutes at these sizes, and hours at a few MB.
   // quote_pairer::compact went over all quotations at the end of each paragraph
   const auto doc = checked( repeat( "“Stay home.” Nothing else.\n\n", 100000 ) );
   CHECK( doc.quotations.size() == 100000 );
   // a pronoun with no one to resolve to searched all earlier attributions
   const auto he = checked( repeat( "“Stay home,” he said.\n\n", 50000 ) );
   CHECK( he.attributions.size() == 50000 );
   // a new mention of a speaker was compared with all earlier mentions of that speaker
   const auto same = checked( repeat( "“Stay home,” said Anna Berg.\n\n", 50000 ) );
   CHECK( same.speakers.size() == 1 );
   // a new speaker was compared with all speakers so far; "it" with all persons before it;
   // "the minister" with the titles of all persons
   std::string names;
   for( std::size_t i = 0; i < 20000; ++i ) {
      std::string name = "Q";
      for( std::size_t k = i; k > 0 || name.size() == 1; k /= 26 ) {
         name += static_cast< char >( 'a' + k % 26 );
      }
      names += "“Stay home,” said Minister " + name + ". “Yes,” it said. “No,” the governor said.\n\n";
   }
   const auto many = checked( names );
   CHECK( many.speakers.size() >= 20000 );
}
