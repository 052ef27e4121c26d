// SPDX-License-Identifier: MIT
#ifndef QUOTH_PARSE_HPP
#define QUOTH_PARSE_HPP

#include <string_view>

#include "ast.hpp"
#include "error.hpp"
#include "internal/engine.hpp"
#include "options.hpp"

namespace quoth
{
   // Reads text (UTF-8) and returns its quotations, attributions and speakers. Spans point into
   // text, which must outlive the document. Throws quoth::invalid_utf8 on bad input.
   // Thread safe: parse keeps no state between calls.
   [[nodiscard]] inline document parse( const std::string_view text, const options& opt = {} )
   {
      internal::engine e( text, opt );
      return e.run();
   }

} // namespace quoth

#endif
