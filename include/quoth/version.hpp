// quoth: who said what, when, and through which channel.
// SPDX-License-Identifier: MIT
#ifndef QUOTH_VERSION_HPP
#define QUOTH_VERSION_HPP

#define QUOTH_VERSION_MAJOR 0
#define QUOTH_VERSION_MINOR 1
#define QUOTH_VERSION_PATCH 0
#define QUOTH_VERSION_STRING "0.1.0"

namespace quoth
{
   inline constexpr const char* version = QUOTH_VERSION_STRING;

} // namespace quoth

#endif
