// The article quoth started from (../shared/seed/article.txt, not part of the repository):
// every attribution in it must be read right. Skips when the file is absent.
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "helpers.hpp"

TEST_CASE( "the seed article" )
{
   const std::filesystem::path path = std::filesystem::path( QUOTH_SHARED_DIR ) / "seed" / "article.txt";
   if( !std::filesystem::exists( path ) ) {
      MESSAGE( "seed article not found at " << path.string() << "; skipping" );
      return;
   }
   std::ifstream f( path, std::ios::binary );
   std::ostringstream ss;
   ss << f.rdbuf();
   const std::string text = ss.str();
   const auto doc = quoth::parse( text );
   REQUIRE( doc.attributions.size() == 10 );
   const auto& a = doc.attributions;

   // the two headline lines
   CHECK( a[ 0 ].pattern == quoth::pattern::speaker_cue_content );
   CHECK( test::cue( a[ 0 ] ) == "state" );
   CHECK( a[ 1 ].pattern == quoth::pattern::headline_colon );
   CHECK( test::cue( a[ 1 ] ) == ":" );
   CHECK( test::resolved( doc, a[ 1 ] ) == "Sergei Lavrov" );

   // "This was announced on DATE by X in a message to Y": content is the sentence before
   CHECK( a[ 2 ].pattern == quoth::pattern::anaphoric_passive );
   REQUIRE( a[ 2 ].date.has_value() );
   CHECK( a[ 2 ].date->month == 4 );
   CHECK( a[ 2 ].date->day == 3 );
   CHECK( test::medium( a[ 2 ] ).rfind( "in a congratulatory message to ", 0 ) == 0 );
   CHECK( test::resolved( doc, a[ 2 ] ) == "Sergei Lavrov" );
   CHECK( a[ 2 ].content.text.rfind( "Russia and Armenia", 0 ) == 0 );

   // a document as speaker, posted on a website
   CHECK( a[ 3 ].type == quoth::content_kind::direct );
   CHECK( a[ 3 ].speaker->kind == quoth::speaker_kind::document );
   CHECK( test::cue( a[ 3 ] ) == "read" );
   CHECK( test::medium( a[ 3 ] ) == "posted on the website of the Russian Foreign Ministry" );

   CHECK( test::resolved( doc, a[ 4 ] ) == "Sergei Lavrov" );
   CHECK( test::cue( a[ 4 ] ) == "note" );

   // an aside with a medium between the speaker and the cue
   CHECK( a[ 5 ].speaker->kind == quoth::speaker_kind::person );
   CHECK( test::medium( a[ 5 ] ) == "in his message to the Russian minister" );
   CHECK( a[ 5 ].content.text.rfind( "the importance of", 0 ) == 0 );

   // an organisation in a Telegram channel
   CHECK( a[ 6 ].speaker->kind == quoth::speaker_kind::organization );
   CHECK( test::medium( a[ 6 ] ) == "in a Telegram channel" );
   CHECK( a[ 6 ].type == quoth::content_kind::direct );

   // a dated statement, a pronoun, and according to a role
   CHECK( test::resolved( doc, a[ 7 ] ) == "Dmitry Peskov" );
   REQUIRE( a[ 7 ].date.has_value() );
   CHECK( a[ 7 ].date->month == 3 );
   CHECK( a[ 7 ].date->day == 21 );
   CHECK( a[ 8 ].speaker->kind == quoth::speaker_kind::pronoun );
   CHECK( test::resolved( doc, a[ 8 ] ) == "Dmitry Peskov" );
   CHECK( a[ 9 ].pattern == quoth::pattern::according_to );
   CHECK( a[ 9 ].speaker->kind == quoth::speaker_kind::role );

   // the Russian page furniture gives a title quotation and no attribution
   REQUIRE( doc.quotations.size() == 3 );
   CHECK( doc.quotations[ 2 ].kind == quoth::quotation_kind::title );
}
