// SPDX-License-Identifier: MIT
#ifndef QUOTH_INTERNAL_DATE_INTERVALS_HPP
#define QUOTH_INTERNAL_DATE_INTERVALS_HPP

// Date phrases as calendar days, read against the article's date (options::reference_date).
// Weeks run from Monday to Sunday. A weekday alone is the latest such day on or before the
// reference ("on Monday" in news style); "last Monday" the latest one before it; "next Monday"
// the first one after it. A month and day without a year take the reference's year.

#include <optional>

#include "../ast.hpp"
#include "../calendar.hpp"
#include "../options.hpp"

namespace quoth::internal
{
   [[nodiscard]] inline date_interval day_interval( const long d ) noexcept
   {
      return { civil_from_days( d ), civil_from_days( d ) };
   }

   [[nodiscard]] inline date_interval month_interval( const int y, const int m ) noexcept
   {
      return { { y, m, 1 }, { y, m, days_in_month( y, m ) } };
   }

   [[nodiscard]] inline date_interval year_interval( const int y ) noexcept
   {
      return { { y, 1, 1 }, { y, 12, 31 } };
   }

   // The days of d relative to the reference day ref, or nothing.
   [[nodiscard]] inline std::optional< date_interval > interval_of( const date& d, const calendar_date& ref )
   {
      const long r = days_from_civil( ref );
      const long monday = r - ( weekday_of( r ) - 1 ); // of the reference's week
      const bool weekend = d.phrase.text.find( "weekend" ) != std::string_view::npos;
      const auto week = [ & ]( const long first_monday ) -> date_interval {
         return weekend ? date_interval{ civil_from_days( first_monday + 5 ), civil_from_days( first_monday + 6 ) } : date_interval{ civil_from_days( first_monday ), civil_from_days( first_monday + 6 ) };
      };
      // "earlier this ...": from the start of the unit to the day before the reference
      const auto earlier = [ & ]( const long first ) -> date_interval {
         return { civil_from_days( first ), civil_from_days( r - 1 >= first ? r - 1 : first ) };
      };
      // what the text states outright comes first
      if( d.month && d.day ) {
         const calendar_date c{ d.year.value_or( ref.year ), *d.month, *d.day };
         if( !is_valid( c ) ) {
            return std::nullopt;
         }
         return day_interval( days_from_civil( c ) );
      }
      if( d.month ) {
         return month_interval( d.year.value_or( ref.year ), *d.month );
      }
      if( d.year ) {
         return year_interval( *d.year );
      }
      if( d.weekday ) {
         const long back = ( weekday_of( r ) - *d.weekday + 7 ) % 7; // days back to the latest such day
         switch( d.relative ) {
            case relative_day::last_week:
               return day_interval( r - ( back == 0 ? 7 : back ) );
            case relative_day::next_week:
               return day_interval( r + ( 7 - back ) );
            case relative_day::this_week:
               return day_interval( monday + *d.weekday - 1 );
            default:
               return day_interval( r - back );
         }
      }
      switch( d.relative ) {
         case relative_day::none:
         case relative_day::recently:
            return std::nullopt;
         case relative_day::today:
            return day_interval( r );
         case relative_day::yesterday:
            return day_interval( r - 1 );
         case relative_day::day_before_yesterday:
            return day_interval( r - 2 );
         case relative_day::tomorrow:
            return day_interval( r + 1 );
         case relative_day::this_week:
            return week( monday );
         case relative_day::last_week:
            return week( monday - 7 );
         case relative_day::next_week:
            return week( monday + 7 );
         case relative_day::this_month:
            return month_interval( ref.year, ref.month );
         case relative_day::last_month:
            return ref.month == 1 ? month_interval( ref.year - 1, 12 ) : month_interval( ref.year, ref.month - 1 );
         case relative_day::next_month:
            return ref.month == 12 ? month_interval( ref.year + 1, 1 ) : month_interval( ref.year, ref.month + 1 );
         case relative_day::this_year:
            return year_interval( ref.year );
         case relative_day::last_year:
            return year_interval( ref.year - 1 );
         case relative_day::next_year:
            return year_interval( ref.year + 1 );
         case relative_day::earlier_this_week:
            return earlier( monday );
         case relative_day::earlier_this_month:
            return earlier( days_from_civil( { ref.year, ref.month, 1 } ) );
         case relative_day::earlier_this_year:
            return earlier( days_from_civil( { ref.year, 1, 1 } ) );
      }
      return std::nullopt;
   }

   // Gives every date of doc its interval, when options::reference_date is set.
   inline void resolve_dates( document& doc, const options& opt )
   {
      if( !opt.reference_date || !is_valid( *opt.reference_date ) ) {
         return;
      }
      for( attribution& a : doc.attributions ) {
         if( a.date ) {
            a.date->interval = interval_of( *a.date, *opt.reference_date );
         }
      }
   }

} // namespace quoth::internal

#endif
