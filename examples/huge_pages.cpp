// The command-line tools' operator new: a block of 4 MiB or more (the text of a large file,
// the attributions of its document, the vectors of the sentences) is backed by transparent huge
// pages where Linux offers them on request (/sys/kernel/mm/transparent_hugepage/enabled set to
// "madvise", Debian's default). quoth::parse touches each page of such a block once as it fills
// it; with 4 KiB pages a 100 MB article costs ~276,000 page faults, which made the CLI's time
// grow faster than its input on a virtual machine (8.6 s for 100 MB against 0.09 s for 1 MB),
// with 2 MiB pages ~30,000 (6.4 s). Small blocks, and every platform without MADV_HUGEPAGE
// or with a sanitizer (which replaces operator new itself), keep the standard operator new.
// A program of your own can get the same with GLIBC_TUNABLES=glibc.malloc.hugetlb=1 (glibc
// 2.35 and later) or with a file like this one.

#if defined( __linux__ ) && !defined( QUOTH_NO_HUGE_PAGES )

#include <sys/mman.h>

#if defined( __SANITIZE_ADDRESS__ ) || defined( __SANITIZE_THREAD__ )
#define QUOTH_SANITIZED 1
#elif defined( __has_feature )
#if __has_feature( address_sanitizer ) || __has_feature( thread_sanitizer ) || __has_feature( memory_sanitizer )
#define QUOTH_SANITIZED 1
#endif
#endif

#if defined( MADV_HUGEPAGE ) && !defined( QUOTH_SANITIZED )

#include <cstdint>
#include <cstdlib>
#include <new>

namespace
{
   constexpr std::uintptr_t huge_page = std::uintptr_t( 2 ) << 20U;
   constexpr std::size_t threshold = std::size_t( 4 ) << 20U;

   // The whole huge pages inside [p, p + n): the kernel backs only those with huge pages.
   void advise_huge_pages( void* p, const std::size_t n ) noexcept
   {
      const auto at = reinterpret_cast< std::uintptr_t >( p );
      const std::uintptr_t b = ( at + huge_page - 1 ) & ~( huge_page - 1 );
      const std::uintptr_t e = ( at + n ) & ~( huge_page - 1 );
      if( e > b ) {
         ::madvise( reinterpret_cast< void* >( b ), e - b, MADV_HUGEPAGE ); // advice: a failure only costs the speed
      }
   }

} // namespace

// The standard's replaceable operator new: the other forms (new[], nothrow) call this one, and
// the standard operator delete frees with std::free.
void* operator new( std::size_t n )
{
   if( n == 0 ) {
      n = 1;
   }
   for( ;; ) {
      if( void* p = std::malloc( n ) ) {
         if( n >= threshold ) {
            advise_huge_pages( p, n );
         }
         return p;
      }
      const std::new_handler handler = std::get_new_handler();
      if( handler == nullptr ) {
         throw std::bad_alloc();
      }
      handler();
   }
}

#endif
#endif
