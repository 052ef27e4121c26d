// The invariants of tests/invariants.hpp (the ones the fuzzers check on every input) on the
// sample articles, with every option combination, and on small tricky inputs.
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "helpers.hpp"
#include "invariants.hpp"

namespace
{
   std::string read_article( const std::filesystem::path& p )
   {
      std::ifstream f( p, std::ios::binary );
      std::ostringstream ss;
      ss << f.rdbuf();
      return ss.str();
   }

   std::vector< quoth::options > option_sets()
   {
      std::vector< quoth::options > v( 1 );
      quoth::options o;
      o.separate_continuations = true;
      v.push_back( o );
      o = {};
      o.resolve_pronouns = false;
      o.continuation_quotes = false;
      o.headlines = false;
      v.push_back( o );
      o = {};
      o.max_sentence_bytes = 0;
      v.push_back( o );
      o.max_sentence_bytes = 40;
      v.push_back( o );
      return v;
   }

   void check_all_options( const std::string& text )
   {
      for( const quoth::options& o : option_sets() ) {
         const auto v = test::check_parse( text, o );
         CHECK_MESSAGE( v.empty(), test::join( v ) );
      }
   }

} // namespace

TEST_CASE( "invariants: the sample articles" )
{
   const std::filesystem::path dir = std::filesystem::path( QUOTH_SOURCE_DIR ) / "examples" / "articles";
   std::size_t checked = 0;
   for( const auto& entry : std::filesystem::directory_iterator( dir ) ) {
      if( entry.path().extension() != ".txt" ) {
         continue;
      }
      INFO( entry.path().filename().string() );
      const std::string text = read_article( entry.path() );
      check_all_options( text );
      // the same article with CRLF line ends, and without its last byte
      std::string crlf;
      for( const char c : text ) {
         if( c == '\n' ) {
            crlf += '\r';
         }
         crlf += c;
      }
      check_all_options( crlf );
      check_all_options( text.substr( 0, text.size() / 2 ) );
      ++checked;
   }
   CHECK( checked >= 10 );
}

TEST_CASE( "invariants: tricky inputs" )
{
   const std::vector< std::string > inputs = {
      "",
      " ",
      "\n\n\n",
      "“",
      "”",
      "“”",
      "«»",
      "\"",
      "''",
      "``",
      "“,” he said.",
      "“a,” he said, “b.”",
      "“a,” he said. “b.”\n\n“c.”\n\n“d.”",
      "“one\n\n“two\n\n“three”",
      "He said: “",
      "Smith said that.",
      "said said said said.",
      "According to",
      "According to him, .",
      "The port will reopen, Smith said, adding that it was safe.",
      "The port will reopen. This was announced by the ministry on Monday.",
      "Port director Hanna Lind said on Monday that the cranes would be replaced. This was confirmed by the ministry.",
      "Berg: “”",
      "Berg:",
      ": :",
      "“Nobody was hurt,” said Inspector Mara Quist. She added: “It was close.” It said so, they said.",
      "‘a ’b’ c’ d' 'e",
      "„Wir kommen“, sagte er.",
      "«Да», — сказал он.",
      "「はい」と彼は言った。",
      "\xEF\xBB\xBF“Roads are shut,” the police said.\r\n\r\n“Stay home.”\r\n",
      "“Roads\rare shut,”\rthe police said.\r\r“Stay home.”",
      "“a\xE2\x80\xA8"
      "b,” she said\xE2\x80\xA9on Monday.",
      std::string( "“a\0b,” she said.", 17 ),
      "“Ye\xCC\x81s,” said Zoe\xCC\x88 on Monday.",
      "“🎉🎉,” said 🎉 on 🎉.",
      "“שלום,” אמר הוא. “مرحبا،” قال.",
      "On Monday, Tuesday, Wednesday, he said, she said, it said.",
      "The mayor said on March 21, 2025, in a letter to the council, on the website, that “it” was “fine”.",
      "“A,” said X. “B,” said Y. “C,” he said. “D,” it said. “E,” they said. “F,” the minister said.",
   };
   for( const std::string& text : inputs ) {
      INFO( text );
      check_all_options( text );
   }
}

TEST_CASE( "invariants: invalid UTF-8 is reported where utfcpp finds it" )
{
   const std::vector< std::string > inputs = {
      "\xFF",
      "abc\xE2\x80",         // truncated at the end
      "“a\xF0\x9F\x8E",      // truncated emoji at the end
      "ab\xC0\xAF",          // overlong '/'
      "ab\xE0\x80\xAF",      // overlong, three bytes
      "ab\xED\xA0\x80",      // a surrogate
      "ab\xF4\x90\x80\x80",  // above U+10FFFF
      "“ok” \x80 then more", // a lone continuation byte
   };
   for( const std::string& text : inputs ) {
      INFO( text );
      const auto v = test::check_parse( text );
      CHECK_MESSAGE( v.empty(), test::join( v ) );
      CHECK_THROWS_AS( (void)quoth::parse( text ), quoth::invalid_utf8 );
   }
}

TEST_CASE( "invariants: the checker reports broken documents" )
{
   const std::string text = "“Nobody was hurt,” said Inspector Mara Quist.";
   const quoth::document good = quoth::parse( text );
   REQUIRE( test::check_document( text, good ).empty() );
   REQUIRE( good.attributions.size() == 1 );
   REQUIRE( good.speakers.size() == 1 );

   quoth::document d = good;
   d.attributions[ 0 ].content.end = text.size() + 1;
   CHECK( !test::check_document( text, d ).empty() );

   d = good;
   d.attributions[ 0 ].content.begin = 1; // inside the three bytes of “
   CHECK( !test::check_document( text, d ).empty() );

   d = good;
   const std::string copy( d.attributions[ 0 ].content.text );
   d.attributions[ 0 ].content.text = copy; // equal text, but not a view of the input
   CHECK( !test::check_document( text, d ).empty() );

   d = good;
   d.attributions[ 0 ].speaker->id = 7;
   CHECK( !test::check_document( text, d ).empty() );

   d = good;
   d.speakers[ 0 ].mentions.clear();
   CHECK( !test::check_document( text, d ).empty() );

   d = good;
   d.attributions.push_back( d.attributions[ 0 ] ); // two attributions claim the same words
   CHECK( !test::check_document( text, d ).empty() );

   d = good;
   d.attributions[ 0 ].parts.push_back( d.attributions[ 0 ].parts[ 0 ] ); // overlapping parts
   CHECK( !test::check_document( text, d ).empty() );
}

TEST_CASE( "invariants: a clause neither restates nor splits its sentence's content" )
{
   // " and " inside a quotation started a clause, and the content before it kept the opening
   // mark while its parts became the whole quotation
   for( const std::string text : { "Note noted “Notes and noting Observe” observed”", "The mayor said “we will build it and said nothing else” on Monday." } ) {
      INFO( text );
      check_all_options( text );
      const auto doc = quoth::parse( text );
      REQUIRE( doc.attributions.size() == 1 );
      CHECK( doc.attributions[ 0 ].pattern == quoth::pattern::speaker_cue_content );
   }
   // a content cut where the clause starts is set from its parts: the inside of the quotation
   for( const std::string text : { "The minister said “we will win” and added that the war was over.", "Anna Berg said “Yes,” and told reporters she would stay." } ) {
      INFO( text );
      check_all_options( text );
      const auto doc = quoth::parse( text );
      REQUIRE( doc.attributions.size() == 2 );
      CHECK( doc.attributions[ 0 ].type == quoth::content_kind::direct );
      CHECK( doc.attributions[ 0 ].content.text == doc.attributions[ 0 ].parts[ 0 ].text );
      CHECK( doc.attributions[ 1 ].pattern == quoth::pattern::participle );
   }
   // ", saying" right after the speaker is the cue itself, not a second clause with the same content
   const std::string text = "Disclosed, discloses, saying Disclosing";
   check_all_options( text );
   CHECK( quoth::parse( text ).attributions.size() <= 1 );
}
