// SPDX-License-Identifier: MIT
#ifndef QUOTH_BATCH_HPP
#define QUOTH_BATCH_HPP

// Parsing many documents on several threads.

#include <algorithm>
#include <atomic>
#include <cstddef>
#include <exception>
#include <optional>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

#include "ast.hpp"
#include "error.hpp"
#include "options.hpp"
#include "parse.hpp"

namespace quoth
{
   // The outcome of one input of parse_many: a document, or the error quoth::parse raised.
   struct batch_result
   {
      std::optional< document > doc;
      std::string error; // empty when doc is set
   };

   // Parses every text on up to `threads` threads (0: one per hardware thread) and calls
   // f( i, result ) for texts[ i ] on the thread that parsed it, in no fixed order, as soon as
   // that text is done: work that follows the parse (formatting JSON, counting, filtering) runs
   // on the same threads, and a document can be dropped once it is used. f is called by several
   // threads at once, never twice for one i. A text that is not valid UTF-8 gets its error
   // message; the others are unaffected. An exception other than quoth::error (std::bad_alloc,
   // or one thrown by f) stops the work and is rethrown once every thread has stopped.
   template< typename F >
   void parse_each( const std::vector< std::string_view >& texts, unsigned threads, const options& opt, F&& f )
   {
      if( threads == 0 ) {
         threads = std::max( 1U, std::thread::hardware_concurrency() );
      }
      threads = static_cast< unsigned >( std::min< std::size_t >( threads, std::max< std::size_t >( texts.size(), 1 ) ) );
      std::atomic< std::size_t > next{ 0 };
      std::exception_ptr fatal;
      std::atomic< bool > failed{ false };
      const auto work = [ & ] {
         for( std::size_t i = next++; i < texts.size() && !failed; i = next++ ) {
            try {
               batch_result r;
               try {
                  r.doc = parse( texts[ i ], opt );
               }
               catch( const error& e ) {
                  r.error = e.what();
               }
               f( i, r );
            }
            catch( ... ) {
               if( !failed.exchange( true ) ) {
                  fatal = std::current_exception();
               }
            }
         }
      };
      std::vector< std::thread > pool;
      for( unsigned t = 1; t < threads; ++t ) {
         pool.emplace_back( work );
      }
      work();
      for( auto& t : pool ) {
         t.join();
      }
      if( fatal ) {
         std::rethrow_exception( fatal );
      }
   }

   // Parses every text on up to `threads` threads (0: one per hardware thread) and returns the
   // results in input order. A text that is not valid UTF-8 gets its error message; the others
   // are unaffected. std::bad_alloc is rethrown.
   [[nodiscard]] inline std::vector< batch_result > parse_many( const std::vector< std::string_view >& texts, unsigned threads = 0, const options& opt = {} )
   {
      std::vector< batch_result > results( texts.size() );
      parse_each( texts, threads, opt, [ & ]( const std::size_t i, batch_result& r ) { results[ i ] = std::move( r ); } );
      return results;
   }

} // namespace quoth

#endif
