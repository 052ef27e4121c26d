// SPDX-License-Identifier: MIT
#ifndef QUOTH_INTERNAL_READ_COMMON_HPP
#define QUOTH_INTERNAL_READ_COMMON_HPP

// What the languages' phrase readers (classify.hpp, lang/XX/read.hpp) share.

#include <cstddef>
#include <string_view>

#include "../ast.hpp"
#include "text.hpp"

namespace quoth::internal
{
   // A word of a date phrase that starts with a digit: four digits are a year, 1 to 31 a day
   // ("2025", "21", "3rd"); anything else states nothing.
   inline void read_date_number( const std::string_view w, date& d ) noexcept
   {
      int v = 0;
      std::size_t k = 0;
      while( k < w.size() && is_digit( static_cast< unsigned char >( w[ k ] ) ) ) {
         v = v * 10 + ( w[ k ] - '0' );
         ++k;
      }
      if( k == 4 ) {
         d.year = v;
      }
      else if( v >= 1 && v <= 31 ) {
         d.day = v;
      }
   }

} // namespace quoth::internal

#endif
