// SPDX-License-Identifier: MIT
#ifndef QUOTH_INTERNAL_CONFIG_HPP
#define QUOTH_INTERNAL_CONFIG_HPP

// Compiler switches the internal headers share.

// A function that is kept out of line (a rarely taken path of a small function that is inlined).
#ifndef QUOTH_NOINLINE
#if defined( __GNUC__ )
#define QUOTH_NOINLINE [[gnu::noinline]]
#else
#define QUOTH_NOINLINE
#endif
#endif

#endif
