// SPDX-License-Identifier: MIT
#ifndef QUOTH_ERROR_HPP
#define QUOTH_ERROR_HPP

#include <cstddef>
#include <stdexcept>
#include <string>

namespace quoth
{
   // The base of every exception quoth throws (besides std::bad_alloc).
   class error : public std::runtime_error
   {
   public:
      using std::runtime_error::runtime_error;
   };

   // The input is not valid UTF-8; offset() is the byte offset of the first bad byte.
   class invalid_utf8 : public error
   {
   public:
      explicit invalid_utf8( const std::size_t offset )
        : error( "invalid UTF-8 at byte offset " + std::to_string( offset ) )
        , m_offset( offset )
      {}

      [[nodiscard]] std::size_t offset() const noexcept
      {
         return m_offset;
      }

   private:
      std::size_t m_offset;
   };

} // namespace quoth

#endif
