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

   // Parses every text on up to `threads` threads (0: one per hardware thread) and returns the
   // results in input order. A text that is not valid UTF-8 gets its error message; the others
   // are unaffected. std::bad_alloc is rethrown.
   [[nodiscard]] inline std::vector< batch_result > parse_many( const std::vector< std::string_view >& texts, unsigned threads = 0, const options& opt = {} )
   {
      std::vector< batch_result > results( texts.size() );
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
               results[ i ].doc = parse( texts[ i ], opt );
            }
            catch( const error& e ) {
               results[ i ].error = e.what();
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
      return results;
   }

} // namespace quoth

#endif
