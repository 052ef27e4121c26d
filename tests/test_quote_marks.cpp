// Quote marks: pairing by direction, straight marks by context, apostrophes, nesting,
// unclosed quotes and multi-paragraph quotes.
#include "helpers.hpp"

namespace
{
   std::vector< std::string > quoted( const quoth::document& doc )
   {
      std::vector< std::string > r;
      for( const auto& q : doc.quotations ) {
         r.emplace_back( q.content.text );
      }
      return r;
   }
} // namespace

TEST_CASE( "curly double quotes pair by direction" )
{
   const auto doc = quoth::parse( "The sign read “closed for repairs” all week." );
   CHECK( quoted( doc ) == std::vector< std::string >{ "closed for repairs" } );
   CHECK( doc.quotations[ 0 ].outer.text == "“closed for repairs”" );
}

TEST_CASE( "guillemets, low-high quotes and corner brackets" )
{
   CHECK( quoted( quoth::parse( "Er nannte es „eine Frage der Zeit“ gestern." ) ) == std::vector< std::string >{ "eine Frage der Zeit" } );
   CHECK( quoted( quoth::parse( "The firm called it «a routine audit» on Friday." ) ) == std::vector< std::string >{ "a routine audit" } );
   CHECK( quoted( quoth::parse( "彼は「明日は晴れ」と言った。" ) ) == std::vector< std::string >{ "明日は晴れ" } );
}

TEST_CASE( "apostrophes are not quote marks" )
{
   CHECK( quoth::parse( "We don't know O'Neil's plans for the '90s revival." ).quotations.empty() );
   CHECK( quoth::parse( "We don’t know O’Neil’s plans for the ’90s revival." ).quotations.empty() );
   CHECK( quoth::parse( "The workers' union met the drivers’ union." ).quotations.empty() );
}

TEST_CASE( "straight double quotes pair by context" )
{
   const auto doc = quoth::parse( "He called the fee \"unfair\" and the delay \"absurd\"." );
   CHECK( quoted( doc ) == std::vector< std::string >{ "unfair", "absurd" } );
}

TEST_CASE( "single quotes nest inside double quotes" )
{
   const auto doc = quoth::parse( "“They told us it was ‘a minor glitch’ and nothing more,” she said." );
   REQUIRE( doc.quotations.size() == 2 );
   CHECK( doc.quotations[ 0 ].depth == 0 );
   CHECK( doc.quotations[ 1 ].content.text == "a minor glitch" );
   CHECK( doc.quotations[ 1 ].depth == 1 );
   CHECK( doc.quotations[ 1 ].kind == quoth::quotation_kind::nested );
}

TEST_CASE( "an unclosed quote ends at its paragraph" )
{
   const auto doc = quoth::parse( "He shouted “stop the vote and went home.\n\nThe next day was calm." );
   REQUIRE( doc.quotations.size() == 1 );
   CHECK_FALSE( doc.quotations[ 0 ].closed );
   CHECK( doc.quotations[ 0 ].content.text == "stop the vote and went home." );
}

TEST_CASE( "a quote reopened in the next paragraph is one multi-paragraph quotation" )
{
   const std::string text = "“The first paragraph of the speech runs on.\n\n“The second one closes it,” the mayor said.";
   const auto doc = quoth::parse( text );
   REQUIRE( doc.quotations.size() == 1 );
   CHECK( doc.quotations[ 0 ].closed );
   REQUIRE( doc.quotations[ 0 ].parts.size() == 2 );
   CHECK( doc.quotations[ 0 ].parts[ 0 ].text == "The first paragraph of the speech runs on." );
   CHECK( doc.quotations[ 0 ].parts[ 1 ].text == "The second one closes it" );
   const auto a = test::only( doc );
   CHECK( a.parts.size() == 2 );
   CHECK( test::speaker( a ) == "the mayor" );
}

TEST_CASE( "a quote reopened after a full stop on the same line goes on: its paragraph break was lost" )
{
   // the text of a quotation of two paragraphs with the break between them gone: the second
   // mark opens its second paragraph, not a quotation inside it
   const std::string text = "Ms Vos said: \"The pier is safe to use. \"We will paint it in June.\" The council meets on Friday.";
   const auto doc = quoth::parse( text );
   REQUIRE( doc.quotations.size() == 1 );
   CHECK( doc.quotations[ 0 ].closed );
   CHECK( doc.quotations[ 0 ].depth == 0 );
   REQUIRE( doc.quotations[ 0 ].parts.size() == 2 );
   CHECK( doc.quotations[ 0 ].parts[ 0 ].text == "The pier is safe to use." );
   CHECK( doc.quotations[ 0 ].parts[ 1 ].text == "We will paint it in June." );
   // the sentence after the closing mark is narrative, not part of what she said
   const auto a = test::only( doc );
   CHECK( test::speaker( a ) == "Ms Vos" );
   REQUIRE( a.parts.size() == 2 );
   CHECK( a.parts[ 1 ].text == "We will paint it in June." );
   CHECK( a.content.end < text.find( "The council" ) );

   // curly marks alike, and the narrative after the quotation is read for attributions
   const auto curly = quoth::parse( "Ms Vos said: “The pier is safe. “It opens in June.” The harbour master said the repairs cost little." );
   REQUIRE( curly.quotations.size() == 1 );
   CHECK( curly.quotations[ 0 ].parts.size() == 2 );
   REQUIRE( curly.attributions.size() == 2 );
   CHECK( test::speaker( curly.attributions[ 1 ] ) == "The harbour master" );
   CHECK( curly.attributions[ 1 ].content.text == "the repairs cost little" );
}

TEST_CASE( "a mark inside a quotation that does not follow a sentence's end still opens an inner quotation" )
{
   // "shut" is quoted inside the quotation: no sentence ends before its mark
   const auto doc = quoth::parse( "She said \"the gate stays \"shut\" until May.\"" );
   REQUIRE( doc.quotations.size() == 2 );
   CHECK( doc.quotations[ 1 ].depth == 1 );
   CHECK( doc.quotations[ 1 ].content.text == "shut" );
   // nor one before a lowercase word: a new paragraph opens with a capital
   const auto lower = quoth::parse( "She said \"we waited. \"maybe\" was all they said.\"" );
   CHECK( lower.quotations.size() == 2 );
}

TEST_CASE( "quotation kinds: scare quotes and titles" )
{
   const auto doc = quoth::parse( "The so-called “green corridor” was praised in the film “The Long Harbour Road” last year." );
   REQUIRE( doc.quotations.size() == 2 );
   CHECK( doc.quotations[ 0 ].kind == quoth::quotation_kind::scare );
   CHECK( doc.quotations[ 1 ].kind == quoth::quotation_kind::title );
}

TEST_CASE( "a so-called quote inside reported speech stays a scare quote" )
{
   const auto doc = quoth::parse( "The minister said ships use a so-called “blue lane” near the coast." );
   REQUIRE( doc.attributions.size() == 1 );
   CHECK( doc.attributions[ 0 ].type == quoth::content_kind::indirect );
   CHECK( doc.quotations[ 0 ].kind == quoth::quotation_kind::scare );
}

TEST_CASE( "two apostrophes or two backquotes stand for a double quote mark" )
{
   const auto doc = quoth::parse( "''We will win,'' the coach said. He called it ``a fair result''." );
   REQUIRE( doc.quotations.size() == 2 );
   CHECK( doc.quotations[ 0 ].content.text == "We will win," );
   CHECK( doc.quotations[ 1 ].content.text == "a fair result" );
   REQUIRE( doc.attributions.size() >= 1 );
   CHECK( test::content( doc.attributions[ 0 ] ) == "We will win" );
}

TEST_CASE( "a dropped stray mark does not count in the depth of the quotes inside it" )
{
   // found by tests/fuzz/fuzz_quotes: the second straight mark opened, a curly quote opened
   // inside it, then the straight mark was dropped at the paragraph end; the curly quote kept
   // depth 2 with one quotation around it
   const auto doc = quoth::parse( "\"a \"“b" );
   REQUIRE( doc.quotations.size() == 2 );
   CHECK( doc.quotations[ 0 ].depth == 0 );
   CHECK( doc.quotations[ 1 ].content.text == "b" );
   CHECK( doc.quotations[ 1 ].depth == 1 );
   const auto two = quoth::parse( "“One ‘two “three” four” five." );
   for( const auto& q : two.quotations ) {
      CHECK( q.depth <= 1 );
   }
}

TEST_CASE( "mixed typography: a straight mark closed by a curly one, and the reverse" )
{
   const auto a = test::only( quoth::parse( "\"We will stay open,” the baker said." ) );
   CHECK( test::content( a ) == "We will stay open" );
   CHECK( a.type == quoth::content_kind::direct );
   const auto b = test::only( quoth::parse( "“We will stay open,\" the baker said." ) );
   CHECK( test::content( b ) == "We will stay open" );
}

TEST_CASE( "two apostrophes as quote marks, in the middle of a sentence" )
{
   const auto a = test::only( quoth::parse( "He summed up the rule of the house: ''Nobody eats before the guests,'' he said." ) );
   CHECK( test::speaker( a ) == "he" );
   CHECK( test::content( a ) == "Nobody eats before the guests" );
}

TEST_CASE( "an invisible mark of direction before the opening quote" )
{
   const auto a = test::only( quoth::parse( "\xE2\x80\xAA“The shelter is full,” wrote Dana Reyes." ) );
   CHECK( a.pattern == quoth::pattern::quote_cue_speaker );
   CHECK( test::speaker( a ) == "Dana Reyes" );
   CHECK( test::content( a ) == "The shelter is full" );
}

TEST_CASE( "three apostrophes after an open single quote close it and then the double one" )
{
   const auto doc = quoth::parse( "''The neighbours all tell me, 'Keep the dog inside,''' said Ada Brook, who owns the kennel." );
   REQUIRE( doc.quotations.size() == 2 );
   CHECK( doc.quotations[ 0 ].content.text == "The neighbours all tell me, 'Keep the dog inside,'" );
   CHECK( doc.quotations[ 0 ].closed );
   CHECK( doc.quotations[ 1 ].content.text == "Keep the dog inside," );
   CHECK( doc.quotations[ 1 ].depth == 1 );
   const auto a = test::only( doc );
   CHECK( test::speaker( a ) == "Ada Brook" );
   CHECK( test::content( a ) == "The neighbours all tell me, 'Keep the dog inside,'" );
}

TEST_CASE( "an opening curly mark typed where the closing one belongs closes the quotation" )
{
   const auto doc = quoth::parse( "“The ferry is late again,“ said Ada Brook, a pilot at the port. “It always is.”" );
   REQUIRE( doc.quotations.size() == 2 );
   CHECK( doc.quotations[ 0 ].content.text == "The ferry is late again," );
   CHECK( doc.quotations[ 0 ].closed );
   REQUIRE( !doc.attributions.empty() );
   CHECK( test::speaker( doc.attributions[ 0 ] ) == "Ada Brook" );
   REQUIRE( doc.attributions[ 0 ].parts.size() == 2 ); // the next quotation continues it
   CHECK( doc.attributions[ 0 ].parts[ 0 ].text == "The ferry is late again" );
   CHECK( doc.attributions[ 0 ].parts[ 1 ].text == "It always is." );
   // an opening mark before a word still opens a nested-looking pair
   const auto b = quoth::parse( "He called it “a “bold” plan” on Monday." );
   CHECK( b.quotations.size() == 2 );
   // and one after another opening mark opens another
   CHECK( quoth::parse( "“ “ “" ).quotations.size() == 3 );
   CHECK( quoth::parse( "“““" ).quotations.size() == 3 );
}
