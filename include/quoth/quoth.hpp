// SPDX-License-Identifier: MIT
// quoth: who said what, when, and through which channel, read from news text.
#ifndef QUOTH_QUOTH_HPP
#define QUOTH_QUOTH_HPP

#include "ast.hpp"
#include "calendar.hpp"
#include "error.hpp"
#include "json.hpp"
#include "options.hpp"
#include "parse.hpp"
#include "span.hpp"
#include "version.hpp"

#endif
