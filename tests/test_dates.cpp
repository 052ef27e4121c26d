// Date phrases attached to attributions and what they state.
#include "helpers.hpp"

namespace
{
   quoth::date date_of( const std::string_view text ) // a literal: the date's spans view it
   {
      const auto doc = quoth::parse( text );
      REQUIRE( doc.attributions.size() == 1 );
      REQUIRE( doc.attributions[ 0 ].date.has_value() );
      return *doc.attributions[ 0 ].date;
   }
} // namespace

TEST_CASE( "on Month day" )
{
   const auto d = date_of( "The harbour master said on April 3 that the pier would close." );
   CHECK( d.phrase.text == "on April 3" );
   CHECK( d.month == 4 );
   CHECK( d.day == 3 );
   CHECK_FALSE( d.year.has_value() );
}

TEST_CASE( "Month day, year" )
{
   const auto d = date_of( "The agency said on March 21, 2025 that exports had doubled." );
   CHECK( d.phrase.text == "on March 21, 2025" );
   CHECK( d.year == 2025 );
   CHECK( d.month == 3 );
   CHECK( d.day == 21 );
}

TEST_CASE( "day Month and day Month year" )
{
   CHECK( date_of( "The governor said on 3 April that the roads were clear." ).day == 3 );
   const auto d = date_of( "The court said on 21 March 2024 that the case was closed." );
   CHECK( d.year == 2024 );
   CHECK( d.month == 3 );
   CHECK( d.day == 21 );
}

TEST_CASE( "weekdays with a part of the day" )
{
   const auto d = date_of( "The minister told reporters on Tuesday evening that talks would resume." );
   CHECK( d.weekday == 2 );
   CHECK( d.part_of_day == "evening" );
}

TEST_CASE( "relative dates" )
{
   CHECK( date_of( "The union said yesterday that the strike was over." ).relative == quoth::relative_day::yesterday );
   CHECK( date_of( "The bank said last week that rates would stay." ).relative == quoth::relative_day::last_week );
   CHECK( date_of( "The club said earlier this month that the coach would stay." ).relative == quoth::relative_day::earlier_this_month );
}

TEST_CASE( "a date before the cue and an introductory date" )
{
   CHECK( date_of( "The mayor on Monday said that the bridge would reopen." ).weekday == 1 );
   CHECK( date_of( "On Friday, the mayor said that the bridge would reopen." ).weekday == 5 );
}

TEST_CASE( "lower-case may is not a month" )
{
   const auto doc = quoth::parse( "The mayor said may be the wrong word, the clerk noted." );
   for( const auto& a : doc.attributions ) {
      CHECK_FALSE( a.date.has_value() );
   }
}

TEST_CASE( "three capitals are an acronym, not a month" )
{
   // "DEC" here is a charity, not December: the content starts with it and has no date
   const auto doc = quoth::parse( "Ms Ortiz said DEC had written to the registrars twice." );
   REQUIRE( doc.attributions.size() == 1 );
   CHECK_FALSE( doc.attributions[ 0 ].date.has_value() );
   CHECK( doc.attributions[ 0 ].content.text == "DEC had written to the registrars twice" );
   // while an abbreviation with its period stays a month
   CHECK( date_of( "The port said on Dec. 4 that the cranes were idle." ).month == 12 );
}
