// Date phrases as calendar days, read against the article's date (options::reference_date).
#include <string>

#include "helpers.hpp"

namespace
{
   // The reference day of these tests: Wednesday 26 March 2025.
   quoth::options on_wednesday()
   {
      quoth::options opt;
      opt.reference_date = quoth::calendar_date{ 2025, 3, 26 };
      return opt;
   }

   // "begin/end" of the single attribution's date, "-" when it has no interval.
   std::string days( const std::string& text, const quoth::options& opt = on_wednesday() )
   {
      const auto doc = quoth::parse( text, opt );
      REQUIRE( doc.attributions.size() == 1 );
      REQUIRE( doc.attributions[ 0 ].date.has_value() );
      const auto& i = doc.attributions[ 0 ].date->interval;
      return i ? quoth::to_iso( i->begin ) + "/" + quoth::to_iso( i->end ) : std::string( "-" );
   }
} // namespace

TEST_CASE( "the calendar: day counts, weekdays, leap years" )
{
   CHECK( quoth::days_from_civil( { 1970, 1, 1 } ) == 0 );
   CHECK( quoth::days_from_civil( { 2000, 3, 1 } ) == 11017 );
   CHECK( quoth::civil_from_days( 11017 ) == quoth::calendar_date{ 2000, 3, 1 } );
   CHECK( quoth::civil_from_days( -1 ) == quoth::calendar_date{ 1969, 12, 31 } );
   for( long d = -800000; d < 800000; d += 997 ) {
      CHECK( quoth::days_from_civil( quoth::civil_from_days( d ) ) == d );
   }
   CHECK( quoth::weekday_of( quoth::days_from_civil( { 2025, 3, 26 } ) ) == 3 );
   CHECK( quoth::weekday_of( quoth::days_from_civil( { 1969, 12, 28 } ) ) == 7 );
   CHECK( quoth::days_in_month( 2024, 2 ) == 29 );
   CHECK( quoth::days_in_month( 1900, 2 ) == 28 );
   CHECK( quoth::days_in_month( 2000, 2 ) == 29 );
}

TEST_CASE( "ISO dates are read strictly" )
{
   CHECK( quoth::parse_iso_date( "2025-03-26" ) == quoth::calendar_date{ 2025, 3, 26 } );
   CHECK( quoth::to_iso( { 987, 7, 4 } ) == "0987-07-04" );
   CHECK_FALSE( quoth::parse_iso_date( "2025-02-29" ).has_value() );
   CHECK_FALSE( quoth::parse_iso_date( "2025-3-26" ).has_value() );
   CHECK_FALSE( quoth::parse_iso_date( "26/03/2025" ).has_value() );
   CHECK_FALSE( quoth::parse_iso_date( "2025-13-01" ).has_value() );
}

TEST_CASE( "a weekday is the latest such day on or before the article's date" )
{
   CHECK( days( "The ferry company said on Monday that crossings would resume." ) == "2025-03-24/2025-03-24" );
   CHECK( days( "The ferry company said on Wednesday that crossings would resume." ) == "2025-03-26/2025-03-26" );
   CHECK( days( "The ferry company said on Thursday that crossings would resume." ) == "2025-03-20/2025-03-20" );
   CHECK( days( "The ferry company said on Sunday evening that crossings would resume." ) == "2025-03-23/2025-03-23" );
}

TEST_CASE( "last and next before a weekday skip the article's own day" )
{
   CHECK( days( "The ferry company said last Wednesday that crossings would resume." ) == "2025-03-19/2025-03-19" );
   CHECK( days( "The ferry company said last Tuesday that crossings would resume." ) == "2025-03-25/2025-03-25" );
}

TEST_CASE( "days around the article's date" )
{
   CHECK( days( "The zoo said yesterday that the panda was ill." ) == "2025-03-25/2025-03-25" );
   CHECK( days( "The zoo said today that the panda was ill." ) == "2025-03-26/2025-03-26" );
   CHECK( days( "The zoo said the day before yesterday that the panda was ill." ) == "2025-03-24/2025-03-24" );
}

TEST_CASE( "a yesterday across a month and a year boundary" )
{
   quoth::options opt;
   opt.reference_date = quoth::calendar_date{ 2025, 1, 1 };
   CHECK( days( "The zoo said yesterday that the panda was ill.", opt ) == "2024-12-31/2024-12-31" );
   opt.reference_date = quoth::calendar_date{ 2024, 3, 1 };
   CHECK( days( "The zoo said yesterday that the panda was ill.", opt ) == "2024-02-29/2024-02-29" );
}

TEST_CASE( "weeks run from Monday to Sunday" )
{
   CHECK( days( "The zoo said last week that the panda was ill." ) == "2025-03-17/2025-03-23" );
   CHECK( days( "The zoo said this week that the panda was ill." ) == "2025-03-24/2025-03-30" );
   CHECK( days( "The zoo said earlier this week that the panda was ill." ) == "2025-03-24/2025-03-25" );
}

TEST_CASE( "months and years, whole or up to the day before" )
{
   CHECK( days( "The zoo said earlier this month that the panda was ill." ) == "2025-03-01/2025-03-25" );
   CHECK( days( "The zoo said last month that the panda was ill." ) == "2025-02-01/2025-02-28" );
   CHECK( days( "The zoo said last year that the panda was ill." ) == "2024-01-01/2024-12-31" );
   CHECK( days( "The zoo said earlier this year that the panda was ill." ) == "2025-01-01/2025-03-25" );
}

TEST_CASE( "a month and day take the year of the article" )
{
   CHECK( days( "The harbour master said on March 21 that the pier would close." ) == "2025-03-21/2025-03-21" );
   CHECK( days( "The harbour master said on 3 February that the pier would close." ) == "2025-02-03/2025-02-03" );
}

TEST_CASE( "a stated year wins over the article's" )
{
   CHECK( days( "The court said on 21 March 2024 that the case was closed." ) == "2024-03-21/2024-03-21" );
   CHECK( days( "The court said on March 21, 2023 that the case was closed." ) == "2023-03-21/2023-03-21" );
   CHECK( days( "The court said in 2019 that the case was closed." ) == "2019-01-01/2019-12-31" );
}

TEST_CASE( "an impossible day and a vague phrase get no interval" )
{
   CHECK( days( "The court said on February 30 that the case was closed." ) == "-" );
}

TEST_CASE( "without a reference date only the stated fields are kept" )
{
   const auto doc = quoth::parse( "The court said on 21 March 2024 that the case was closed." );
   const auto a = test::only( doc );
   REQUIRE( a.date.has_value() );
   CHECK( a.date->year == 2024 );
   CHECK( a.date->day == 21 );
   CHECK_FALSE( a.date->interval.has_value() );
   CHECK( quoth::to_json( doc ).find( "\"interval\": null" ) != std::string::npos );
}

TEST_CASE( "an attribution without a date phrase inherits none" )
{
   const auto doc = quoth::parse( "The zoo said on Monday that the panda was ill. The keeper said it was eating again.", on_wednesday() );
   REQUIRE( doc.attributions.size() == 2 );
   CHECK( doc.attributions[ 0 ].date.has_value() );
   CHECK_FALSE( doc.attributions[ 1 ].date.has_value() );
}

TEST_CASE( "the interval in the JSON" )
{
   const auto doc = quoth::parse( "The zoo said on Monday that the panda was ill.", on_wednesday() );
   CHECK( quoth::to_json( doc ).find( "\"interval\": {\"begin\": \"2025-03-24\", \"end\": \"2025-03-24\"}" ) != std::string::npos );
}

TEST_CASE( "Russian dates become calendar days as English ones do" )
{
   quoth::options opt = on_wednesday();
   opt.language = quoth::language::russian;
   CHECK( days( "Мост откроют к лету, сказал вчера мэр Олег Смирнов.", opt ) == "2025-03-25/2025-03-25" );
   CHECK( days( "Мост откроют к лету, сказал в понедельник мэр Олег Смирнов.", opt ) == "2025-03-24/2025-03-24" );
   CHECK( days( "Мост откроют к лету, сказал 3 марта мэр Олег Смирнов.", opt ) == "2025-03-03/2025-03-03" );
   CHECK( days( "Мост откроют к лету, сказал в феврале мэр Олег Смирнов.", opt ) == "2025-02-01/2025-02-28" );
   CHECK( days( "В марте 2019 года мэр Олег Смирнов заявил, что мост откроют к лету.", opt ) == "2019-03-01/2019-03-31" );
   CHECK( days( "Накануне мэр Олег Смирнов заявил, что мост откроют к лету.", opt ) == "2025-03-25/2025-03-25" );
}
