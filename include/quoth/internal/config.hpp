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

// A small function that is called at every word, inlined wherever it is called (an
// inline function: one defined in its class, or declared inline).
#ifndef QUOTH_ALWAYS_INLINE
#if defined( __GNUC__ )
#define QUOTH_ALWAYS_INLINE [[gnu::always_inline]]
#else
#define QUOTH_ALWAYS_INLINE
#endif
#endif

#endif
