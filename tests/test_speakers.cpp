// Speakers: kinds, names and titles, entities with all their mentions.
#include "helpers.hpp"

TEST_CASE( "kinds of speakers" )
{
   const auto kind = []( const char* text ) {
      const auto doc = quoth::parse( text );
      REQUIRE( doc.attributions.size() == 1 );
      REQUIRE( doc.attributions[ 0 ].speaker.has_value() );
      return doc.attributions[ 0 ].speaker->kind;
   };
   CHECK( kind( "Anna Berg said the vote was fair." ) == quoth::speaker_kind::person );
   CHECK( kind( "The Finance Ministry said the vote was fair." ) == quoth::speaker_kind::organization );
   CHECK( kind( "Officials said the vote was fair." ) == quoth::speaker_kind::role );
   CHECK( kind( "The statement said the vote was fair." ) == quoth::speaker_kind::document );
   CHECK( kind( "A senior election official said the vote was fair." ) == quoth::speaker_kind::role );
}

TEST_CASE( "a full name, a surname and a pronoun are one speaker" )
{
   const auto doc = quoth::parse( "Health Minister Rosa Abend said on Monday that clinics would stay open. "
                                  "Abend added that staff would be hired. She noted that the budget was fixed." );
   REQUIRE( doc.attributions.size() == 3 );
   REQUIRE( doc.speakers.size() == 1 );
   const auto& s = doc.speakers[ 0 ];
   CHECK( s.name == "Rosa Abend" );
   CHECK( s.title == "Health Minister" );
   CHECK( s.mentions.size() == 3 );
   for( const auto& a : doc.attributions ) {
      CHECK( a.speaker->id == 0U );
   }
}

TEST_CASE( "the fullest name comes from anywhere in the document" )
{
   const auto doc = quoth::parse( "The prize went to novelist Tomas Virta. Virta said he was surprised." );
   const auto a = test::only( doc );
   CHECK( test::resolved( doc, a ) == "Tomas Virta" );
}

TEST_CASE( "different people with the same surname stay apart" )
{
   const auto doc = quoth::parse( "Anna Berg said the plan works. Jonas Berg said the plan fails." );
   REQUIRE( doc.attributions.size() == 2 );
   CHECK( doc.speakers.size() == 2 );
}

TEST_CASE( "a pronoun with no earlier speaker stays unresolved" )
{
   const auto doc = quoth::parse( "He said the shop would close." );
   const auto a = test::only( doc );
   CHECK( a.speaker->kind == quoth::speaker_kind::pronoun );
   CHECK_FALSE( a.speaker->id.has_value() );
   CHECK( test::resolved( doc, a ) == "<unresolved>" );
}

TEST_CASE( "he does not resolve to an organisation" )
{
   const auto doc = quoth::parse( "The ministry said taxes would rise. He said that was wrong." );
   REQUIRE( doc.attributions.size() == 2 );
   CHECK_FALSE( doc.attributions[ 1 ].speaker->id.has_value() );
}
