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

TEST_CASE( "no continuation after indirect speech" )
{
   const auto doc = quoth::parse( "The mayor said the school would be rebuilt.\n\n“It will take two years.”" );
   REQUIRE( doc.attributions.size() == 1 );
   CHECK( doc.quotations.back().kind == quoth::quotation_kind::unattributed );
}

TEST_CASE( "no continuation when the options turn it off" )
{
   quoth::options opt;
   opt.continuation_quotes = false;
   CHECK( test::only( quoth::parse( article, opt ) ).parts.size() == 1 );
}
