// Pattern 8: a quote paragraph with no attribution continues the previous quote's speaker.
#include "helpers.hpp"

namespace
{
   const char* const article = "“We will rebuild the school,” the mayor said.\n\n“It will take two years.”\n\n“And it will cost less than the old one.”\n\nThe council meets on Friday.";
}

TEST_CASE( "quote-only paragraphs after an attributed quote join its content" )
{
   const auto doc = quoth::parse( article );
   const auto a = test::only( doc );
   REQUIRE( a.parts.size() == 3 );
   CHECK( a.parts[ 1 ].text == "It will take two years." );
   CHECK( a.parts[ 2 ].text == "And it will cost less than the old one." );
   CHECK( test::speaker( a ) == "the mayor" );
   for( const auto& q : doc.quotations ) {
      CHECK( q.attribution == 0U );
      CHECK( q.kind == quoth::quotation_kind::speech );
   }
}

TEST_CASE( "with separate_continuations each paragraph is an attribution of its own" )
{
   quoth::options opt;
   opt.separate_continuations = true;
   const auto doc = quoth::parse( article, opt );
   REQUIRE( doc.attributions.size() == 3 );
   CHECK( doc.attributions[ 1 ].pattern == quoth::pattern::continuation );
   CHECK( test::content( doc.attributions[ 2 ] ) == "And it will cost less than the old one." );
   CHECK( doc.attributions[ 2 ].speaker->id == doc.attributions[ 0 ].speaker->id );
   CHECK( doc.quotations[ 2 ].attribution == 2U );
}

TEST_CASE( "a quotation paragraph continues the indirect content of a speaker before it" )
{
   const auto doc = quoth::parse( "The mayor said the school would be rebuilt.\n\n“It will take two years.”" );
   const auto a = test::only( doc );
   REQUIRE( a.parts.size() == 2 );
   CHECK( a.parts[ 1 ].text == "It will take two years." );
   CHECK( doc.quotations.back().kind == quoth::quotation_kind::speech );
}

TEST_CASE( "no continuation after an indirect content without a speaker" )
{
   const auto doc = quoth::parse( "The school was said to be rebuilt.\n\n“It will take two years.”" );
   CHECK( doc.quotations.back().kind == quoth::quotation_kind::unattributed );
}

TEST_CASE( "no continuation when the options turn it off" )
{
   quoth::options opt;
   opt.continuation_quotes = false;
   CHECK( test::only( quoth::parse( article, opt ) ).parts.size() == 1 );
}

TEST_CASE( "a quotation continues after a participle of the same sentence" )
{
   const auto doc = quoth::parse( "“We can win,” Ortiz said, adding that the map favoured her. “The rest is noise.”" );
   REQUIRE( doc.attributions.size() == 2 );
   const auto& a = doc.attributions[ 0 ];
   CHECK( a.pattern == quoth::pattern::quote_cue_speaker );
   REQUIRE( a.parts.size() == 2 );
   CHECK( a.parts[ 0 ].text == "We can win" );
   CHECK( a.parts[ 1 ].text == "The rest is noise." );
   CHECK( doc.attributions[ 1 ].pattern == quoth::pattern::participle );
}

TEST_CASE( "a paragraph that is one quotation continues the quotation of the paragraph before" )
{
   const auto doc = quoth::parse( "“We can win,” Ortiz said.\n\n“The rest is noise.”\n\nThe vote is on Tuesday.\n" );
   const auto a = test::only( doc );
   REQUIRE( a.parts.size() == 2 );
   CHECK( a.parts[ 1 ].text == "The rest is noise." );
   const auto b = test::only( quoth::parse( "Ortiz said: “The map favours us.”\n\n“We will win.”\n" ) );
   CHECK( b.pattern == quoth::pattern::speaker_cue_quote );
   REQUIRE( b.parts.size() == 2 );
   CHECK( b.parts[ 1 ].text == "We will win." );
   // after a quotation that continued in its own paragraph, or a participle after the quotation
   const auto e = test::only( quoth::parse( "“We can win,” Ortiz said. “The map favours us.”\n\n“The rest is noise.”\n" ) );
   REQUIRE( e.parts.size() == 3 );
   CHECK( e.parts[ 2 ].text == "The rest is noise." );
   const auto f = quoth::parse( "“We can win,” Ortiz said, adding that the map favoured her.\n\n“The rest is noise.”\n" );
   REQUIRE( f.attributions.size() == 2 );
   REQUIRE( f.attributions[ 0 ].parts.size() == 2 );
   CHECK( f.attributions[ 0 ].parts[ 1 ].text == "The rest is noise." );
   // not after a paragraph of prose, nor a paragraph of more than the quotation
   const auto c = quoth::parse( "“We can win,” Ortiz said. The vote is on Tuesday.\n\n“The rest is noise.”\n" );
   REQUIRE( c.attributions.size() == 1 );
   CHECK( c.attributions[ 0 ].parts.size() == 1 );
   const auto d = quoth::parse( "“We can win,” Ortiz said.\n\n“The rest is noise,” Lind replied.\n" );
   REQUIRE( d.attributions.size() == 2 );
   CHECK( test::speaker( d.attributions[ 1 ] ) == "Lind" );
}

TEST_CASE( "a quotation continues after a trailer that holds another attribution" )
{
   const auto doc = quoth::parse( "“Anyone can change,” Lind said when asked about the mayor. “I just see no sign of it.”" );
   REQUIRE( doc.attributions.size() == 2 );
   const auto& a = doc.attributions[ 0 ];
   CHECK( a.pattern == quoth::pattern::quote_cue_speaker );
   REQUIRE( a.parts.size() == 2 );
   CHECK( a.parts[ 1 ].text == "I just see no sign of it." );
   CHECK( test::cue( doc.attributions[ 1 ] ) == "asked about" );
}

TEST_CASE( "a quotation continues a mixed content that ends in a quotation" )
{
   const auto a = test::only( quoth::parse( "The gain from trade is “ten times the losses,” Ortiz said. “Prices fall for every worker.”" ) );
   CHECK( a.pattern == quoth::pattern::content_speaker_cue );
   CHECK( a.type == quoth::content_kind::mixed );
   REQUIRE( a.parts.size() == 2 );
   CHECK( a.parts[ 1 ].text == "Prices fall for every worker." );
   const auto b = test::only( quoth::parse( "Ortiz said the plan was “a disaster for the port.” “We will fight it in court.”" ) );
   CHECK( b.pattern == quoth::pattern::speaker_cue_content );
   REQUIRE( b.parts.size() == 2 );
   CHECK( b.parts[ 1 ].text == "We will fight it in court." );
   // not after a content before the speaker that ends in prose
   const auto c = quoth::parse( "The “new” plan will fail, Ortiz said. “We will fight it.”" );
   REQUIRE( c.attributions.size() == 1 );
   CHECK( c.attributions[ 0 ].parts.size() == 1 );
}

TEST_CASE( "a quotation in the same paragraph continues an indirect content that opens its sentence" )
{
   const auto a = test::only( quoth::parse( "Ortiz says people should park where they like. “It is their street, and they hurt nobody.”" ) );
   CHECK( a.pattern == quoth::pattern::speaker_cue_content );
   REQUIRE( a.parts.size() == 2 );
   CHECK( a.parts[ 1 ].text == "It is their street, and they hurt nobody." );
   // not an indirect content after another attribution of its sentence
   const auto doc = quoth::parse( "“We can win,” said Ortiz, who argued that the map favoured her. “The rest is noise.”" );
   REQUIRE( doc.attributions.size() == 2 );
   REQUIRE( doc.attributions[ 0 ].parts.size() == 2 );
   CHECK( doc.attributions[ 1 ].parts.size() == 1 );
}

TEST_CASE( "\"Lind added:\" ending a paragraph reports the next paragraph, quoted or not" )
{
   const auto doc = quoth::parse( "The host was blunt.\n\nLind added:\n\nFrom a front-runner, this reeks of fear. She cannot win without rigging it.\n\nOrtiz did not reply." );
   const auto a = test::only( doc );
   CHECK( test::speaker( a ) == "Lind" );
   CHECK( test::cue( a ) == "add" );
   CHECK( test::content( a ) == "From a front-runner, this reeks of fear. She cannot win without rigging it." );
   // a short line or a label after the colon is no passage
   CHECK( quoth::parse( "Lind added:\n\nNo way.\n\nOrtiz left." ).attributions.empty() );
   const auto turn = test::only( quoth::parse( "Lind added:\n\nORTIZ: We will see about that, she said.\n\nThe end." ) );
   CHECK( test::speaker( turn ) == "ORTIZ" );
}
