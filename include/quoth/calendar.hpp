// SPDX-License-Identifier: MIT
#ifndef QUOTH_CALENDAR_HPP
#define QUOTH_CALENDAR_HPP

// Days of the proleptic Gregorian calendar: conversion to and from a day count, ISO dates
// ("2025-03-21"), weekdays. C++17 has no calendar in <chrono>, so these are written out
// (after Howard Hinnant's days_from_civil and civil_from_days).

#include <optional>
#include <string>
#include <string_view>

namespace quoth
{
   struct calendar_date
   {
      int year = 1970;
      int month = 1; // 1..12
      int day = 1;   // 1..31

      friend bool operator==( const calendar_date& a, const calendar_date& b ) noexcept
      {
         return a.year == b.year && a.month == b.month && a.day == b.day;
      }
      friend bool operator!=( const calendar_date& a, const calendar_date& b ) noexcept
      {
         return !( a == b );
      }
   };

   // Days since 1970-01-01 (negative before).
   [[nodiscard]] constexpr long days_from_civil( const calendar_date& d ) noexcept
   {
      const long m = d.month;
      const long y = static_cast< long >( d.year ) - ( m <= 2 ? 1 : 0 );
      const long era = ( y >= 0 ? y : y - 399 ) / 400;
      const long yoe = y - era * 400;                                            // [0, 399]
      const long doy = ( 153 * ( m + ( m > 2 ? -3 : 9 ) ) + 2 ) / 5 + d.day - 1; // [0, 365]
      const long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;                    // [0, 146096]
      return era * 146097 + doe - 719468;
   }

   [[nodiscard]] constexpr calendar_date civil_from_days( long z ) noexcept
   {
      z += 719468;
      const long era = ( z >= 0 ? z : z - 146096 ) / 146097;
      const long doe = z - era * 146097;                                        // [0, 146096]
      const long yoe = ( doe - doe / 1460 + doe / 36524 - doe / 146096 ) / 365; // [0, 399]
      const long doy = doe - ( 365 * yoe + yoe / 4 - yoe / 100 );               // [0, 365]
      const long mp = ( 5 * doy + 2 ) / 153;                                    // [0, 11]
      const long d = doy - ( 153 * mp + 2 ) / 5 + 1;                            // [1, 31]
      const long m = mp < 10 ? mp + 3 : mp - 9;                                 // [1, 12]
      const long y = yoe + era * 400 + ( m <= 2 ? 1 : 0 );
      return { static_cast< int >( y ), static_cast< int >( m ), static_cast< int >( d ) };
   }

   // 1 = Monday .. 7 = Sunday.
   [[nodiscard]] constexpr int weekday_of( const long days ) noexcept
   {
      // 1970-01-01 was a Thursday (4)
      const long r = ( days + 3 ) % 7;
      return static_cast< int >( r < 0 ? r + 7 : r ) + 1;
   }

   [[nodiscard]] constexpr bool is_leap_year( const int y ) noexcept
   {
      return ( y % 4 == 0 && y % 100 != 0 ) || y % 400 == 0;
   }

   [[nodiscard]] constexpr int days_in_month( const int y, const int m ) noexcept
   {
      constexpr int days[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
      return ( m == 2 && is_leap_year( y ) ) ? 29 : ( m >= 1 && m <= 12 ? days[ m - 1 ] : 0 );
   }

   [[nodiscard]] constexpr bool is_valid( const calendar_date& d ) noexcept
   {
      return d.year >= 1 && d.year <= 9999 && d.month >= 1 && d.month <= 12 && d.day >= 1 && d.day <= days_in_month( d.year, d.month );
   }

   // "YYYY-MM-DD", exactly; nothing for anything else or an impossible day.
   [[nodiscard]] inline std::optional< calendar_date > parse_iso_date( const std::string_view s ) noexcept
   {
      if( s.size() != 10 || s[ 4 ] != '-' || s[ 7 ] != '-' ) {
         return std::nullopt;
      }
      const auto number = [ & ]( const std::size_t b, const std::size_t n, int& v ) {
         v = 0;
         for( std::size_t i = b; i < b + n; ++i ) {
            if( s[ i ] < '0' || s[ i ] > '9' ) {
               return false;
            }
            v = v * 10 + ( s[ i ] - '0' );
         }
         return true;
      };
      calendar_date d;
      if( !number( 0, 4, d.year ) || !number( 5, 2, d.month ) || !number( 8, 2, d.day ) || !is_valid( d ) ) {
         return std::nullopt;
      }
      return d;
   }

   [[nodiscard]] inline std::string to_iso( const calendar_date& d )
   {
      std::string r( 10, '0' );
      const auto put = [ & ]( std::size_t end, int v, const int n ) {
         for( int i = 0; i < n; ++i ) {
            r[ --end ] = static_cast< char >( '0' + v % 10 );
            v /= 10;
         }
      };
      put( 4, d.year, 4 );
      r[ 4 ] = '-';
      put( 7, d.month, 2 );
      r[ 7 ] = '-';
      put( 10, d.day, 2 );
      return r;
   }

} // namespace quoth

#endif
