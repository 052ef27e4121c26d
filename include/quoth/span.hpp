// SPDX-License-Identifier: MIT
#ifndef QUOTH_SPAN_HPP
#define QUOTH_SPAN_HPP

#include <cstddef>
#include <string_view>

#include <utf8.h>

namespace quoth
{
   // Code point offsets of a span, computed on demand (see span::code_points).
   struct code_point_range
   {
      std::size_t begin = 0;
      std::size_t end = 0;
   };

   // A piece of the caller's text: byte offsets (end exclusive) and a view of those bytes.
   // The view points into the buffer given to quoth::parse, which must outlive the document.
   struct span
   {
      std::size_t begin = 0;
      std::size_t end = 0;
      std::string_view text;

      [[nodiscard]] std::size_t size() const noexcept
      {
         return end - begin;
      }

      [[nodiscard]] bool empty() const noexcept
      {
         return begin == end;
      }

      // Code point offsets of this span; input is the whole text the span was taken from.
      [[nodiscard]] code_point_range code_points( const std::string_view input ) const
      {
         const std::size_t b = begin < input.size() ? begin : input.size();
         const std::size_t e = end < input.size() ? end : input.size();
         const auto first = static_cast< std::size_t >( utf8::unchecked::distance( input.data(), input.data() + b ) );
         return { first, first + static_cast< std::size_t >( utf8::unchecked::distance( input.data() + b, input.data() + e ) ) };
      }
   };

   [[nodiscard]] inline bool operator==( const span& a, const span& b ) noexcept
   {
      return a.begin == b.begin && a.end == b.end;
   }

   [[nodiscard]] inline bool operator!=( const span& a, const span& b ) noexcept
   {
      return !( a == b );
   }

} // namespace quoth

#endif
