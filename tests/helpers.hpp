// Small helpers shared by the tests.
#ifndef QUOTH_TESTS_HELPERS_HPP
#define QUOTH_TESTS_HELPERS_HPP

#include <string>
#include <string_view>

#include <doctest/doctest.h>
#include <quoth/quoth.hpp>

namespace test
{
   // The single attribution of a text; fails the test when there is not exactly one.
   inline quoth::attribution only( const quoth::document& doc )
   {
      REQUIRE( doc.attributions.size() == 1 );
      return doc.attributions.front();
   }

   inline std::string speaker( const quoth::attribution& a )
   {
      return a.speaker ? std::string( a.speaker->mention.text ) : std::string( "<none>" );
   }

   inline std::string resolved( const quoth::document& doc, const quoth::attribution& a )
   {
      const quoth::speaker* s = doc.speaker_of( a );
      return s ? s->name : std::string( "<unresolved>" );
   }

   inline std::string cue( const quoth::attribution& a )
   {
      return a.cue ? a.cue->lemma : std::string( "<none>" );
   }

   inline std::string medium( const quoth::attribution& a )
   {
      return a.medium ? std::string( a.medium->text ) : std::string( "<none>" );
   }

   inline std::string date( const quoth::attribution& a )
   {
      return a.date ? std::string( a.date->phrase.text ) : std::string( "<none>" );
   }

   inline std::string content( const quoth::attribution& a )
   {
      return std::string( a.content.text );
   }

} // namespace test

#endif
