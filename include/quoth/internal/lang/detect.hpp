// SPDX-License-Identifier: MIT
#ifndef QUOTH_INTERNAL_LANG_DETECT_HPP
#define QUOTH_INTERNAL_LANG_DETECT_HPP

// The language of a document, when options::language is automatic: Russian when more than
// half of its letters (Latin and Cyrillic, in the first 64 KiB) are Cyrillic.

#include <cstddef>
#include <string_view>

#include "../../options.hpp"
#include "../text.hpp"

namespace quoth::internal
{
   [[nodiscard]] inline language detect_language( const std::string_view text, const language requested ) noexcept
   {
      if( requested != language::automatic ) {
         return requested;
      }
      const std::size_t limit = text.size() < 65536 ? text.size() : 65536;
      std::size_t latin = 0;
      std::size_t cyrillic = 0;
      std::size_t i = 0;
      while( i < limit ) {
         const auto b = static_cast< unsigned char >( text[ i ] );
         if( b < 0x80U ) {
            latin += ( ( b | 0x20U ) >= 'a' && ( b | 0x20U ) <= 'z' ) ? 1U : 0U;
            ++i;
            continue;
         }
         std::size_t len = 0;
         const char32_t c = decode( text, i, len );
         cyrillic += is_cyrillic( c ) ? 1U : 0U;
         i += len;
      }
      return cyrillic > latin ? language::russian : language::english;
   }

} // namespace quoth::internal

#endif
