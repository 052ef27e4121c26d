// SPDX-License-Identifier: MIT
#ifndef QUOTH_INTERNAL_TEXT_HPP
#define QUOTH_INTERNAL_TEXT_HPP

// Code points and their classes: the small amount of Unicode that news text needs.

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>
#include <type_traits>

#include "bytes16.hpp"
#include "config.hpp"

namespace quoth::internal
{
   // decode() of a code point of two or more bytes
   QUOTH_NOINLINE [[nodiscard]] inline char32_t decode_multibyte( const std::string_view s, const std::size_t i, std::size_t& len ) noexcept
   {
      const auto b0 = static_cast< unsigned char >( s[ i ] );
      const auto more = [ & ]( const std::size_t k ) noexcept {
         return ( i + k < s.size() ) ? static_cast< char32_t >( static_cast< unsigned char >( s[ i + k ] ) & 0x3FU ) : char32_t( 0 );
      };
      if( b0 < 0xE0U ) {
         len = 2;
         return ( static_cast< char32_t >( b0 & 0x1FU ) << 6U ) | more( 1 );
      }
      if( b0 < 0xF0U ) {
         len = 3;
         return ( static_cast< char32_t >( b0 & 0x0FU ) << 12U ) | ( more( 1 ) << 6U ) | more( 2 );
      }
      len = 4;
      return ( static_cast< char32_t >( b0 & 0x07U ) << 18U ) | ( more( 1 ) << 12U ) | ( more( 2 ) << 6U ) | more( 3 );
   }

   // Decodes the code point at s[i] (valid UTF-8 assumed) and stores its length in len. An
   // ASCII byte, most of the text, is read here, always inlined where it is read (the rest is
   // decode_multibyte(), never inlined).
   QUOTH_ALWAYS_INLINE [[nodiscard]] inline char32_t decode( const std::string_view s, const std::size_t i, std::size_t& len ) noexcept
   {
      const auto b0 = static_cast< unsigned char >( s[ i ] );
      if( b0 < 0x80U ) {
         len = 1;
         return b0;
      }
      return decode_multibyte( s, i, len );
   }

   // The length in bytes of the code point that starts at s[i].
   [[nodiscard]] constexpr std::size_t code_point_length( const std::string_view s, const std::size_t i ) noexcept
   {
      const auto b0 = static_cast< unsigned char >( s[ i ] );
      return b0 < 0x80U ? 1U : ( b0 < 0xE0U ? 2U : ( b0 < 0xF0U ? 3U : 4U ) );
   }

   // The code point that ends just before s[i], and its length.
   [[nodiscard]] inline char32_t decode_before( const std::string_view s, const std::size_t i, std::size_t& len ) noexcept
   {
      if( i == 0 ) {
         len = 0;
         return 0;
      }
      std::size_t j = i - 1;
      while( j > 0 && ( static_cast< unsigned char >( s[ j ] ) & 0xC0U ) == 0x80U && i - j < 4 ) {
         --j;
      }
      return decode( s, j, len );
   }

   [[nodiscard]] constexpr bool is_space( const char32_t c ) noexcept
   {
      return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v' || c == 0xA0 || c == 0x2028 || c == 0x2029 || c == 0x202F || c == 0x2009 || c == 0x200A || c == 0x2007 || c == 0x3000 || c == 0xFEFF || c == 0x200B || c == 0x200E || c == 0x200F || ( c >= 0x202A && c <= 0x202E ) || c == 0x2060 || ( c >= 0x2066 && c <= 0x2069 ); // and the invisible marks of direction
   }

   [[nodiscard]] constexpr bool is_quote_mark( const char32_t c ) noexcept
   {
      switch( c ) {
         case '"':
         case '\'':
         case 0x201C: // “
         case 0x201D: // ”
         case 0x2018: // ‘
         case 0x2019: // ’
         case 0x00AB: // «
         case 0x00BB: // »
         case 0x201E: // „
         case 0x201A: // ‚
         case 0x300C: // 「
         case 0x300D: // 」
         case 0x300E: // 『
         case 0x300F: // 』
            return true;
         default:
            return false;
      }
   }

   [[nodiscard]] constexpr bool is_dash( const char32_t c ) noexcept
   {
      return c == '-' || c == 0x2010 || c == 0x2011 || c == 0x2012 || c == 0x2013 || c == 0x2014 || c == 0x2015 || c == 0x2212;
   }

   // Punctuation and symbols that never belong to a word.
   [[nodiscard]] constexpr bool is_punctuation( const char32_t c ) noexcept
   {
      if( c < 0x80 ) {
         return !( ( c >= 'a' && c <= 'z' ) || ( c >= 'A' && c <= 'Z' ) || ( c >= '0' && c <= '9' ) );
      }
      return is_space( c ) || is_quote_mark( c ) || is_dash( c ) || ( c >= 0x2016 && c <= 0x206F ) || c == 0xA1 || c == 0xA7 || c == 0xB6 || c == 0xB7 || c == 0xBF || c == 0xD7 || c == 0xF7 || ( c >= 0x3000 && c <= 0x303F ) || ( c >= 0xFF01 && c <= 0xFF0F );
   }

   // A letter or digit: anything that may be part of a word.
   [[nodiscard]] constexpr bool is_word_char( const char32_t c ) noexcept
   {
      return !is_punctuation( c ) && c > 0x20 && !( c >= 0x7F && c < 0xA0 );
   }

   [[nodiscard]] constexpr bool is_upper( const char32_t c ) noexcept
   {
      if( c < 0x80 ) {
         return c >= 'A' && c <= 'Z';
      }
      if( c >= 0xC0 && c <= 0xDE ) {
         return c != 0xD7;
      }
      if( c >= 0x100 && c <= 0x17F ) {
         return ( c % 2 ) == 0; // Latin Extended-A alternates upper/lower (close enough for names)
      }
      if( c >= 0x391 && c <= 0x3AB ) {
         return true; // Greek
      }
      if( c >= 0x400 && c <= 0x42F ) {
         return true; // Cyrillic
      }
      return false;
   }

   [[nodiscard]] constexpr bool is_digit( const char32_t c ) noexcept
   {
      return c >= '0' && c <= '9';
   }

   [[nodiscard]] constexpr bool is_cyrillic( const char32_t c ) noexcept
   {
      return c >= 0x400 && c <= 0x4FF;
   }

   // Per byte: its ASCII lower case (other bytes as they are).
   struct ascii_lower_table
   {
      char to[ 256 ];

      constexpr ascii_lower_table() noexcept
        : to{}
      {
         for( unsigned c = 0; c < 256; ++c ) {
            to[ c ] = static_cast< char >( static_cast< unsigned char >( ( c >= 'A' && c <= 'Z' ) ? c - 'A' + 'a' : c ) );
         }
      }
   };

   inline constexpr ascii_lower_table ascii_lowered{};

   // ASCII lower case of a word into buf (non-ASCII bytes are kept); returns the view.
   // Eight bytes at a time: bit 0x20 set in each byte 'A'-'Z' (bit 7 of a lane of low7 + 0x3F
   // is set from 'A' on, of low7 + 0x25 from '[' on; a byte >= 0x80 is none).
   [[nodiscard]] constexpr std::uint64_t ascii_lower8( const std::uint64_t v ) noexcept
   {
      const std::uint64_t low7 = v & 0x7F7F7F7F7F7F7F7FU;
      const std::uint64_t upper = ( low7 + 0x3F3F3F3F3F3F3F3FU ) & ~( low7 + 0x2525252525252525U ) & ~v & 0x8080808080808080U;
      return v | ( upper >> 2U );
   }

   template< std::size_t N >
   QUOTH_ALWAYS_INLINE [[nodiscard]] inline std::string_view ascii_lower( const std::string_view w, char ( &buf )[ N ] ) noexcept
   {
      const std::size_t n = w.size() < N ? w.size() : N;
      if( n >= 8 ) {
         // eight bytes a round, the last round ending where w ends (over bytes lowered before)
         std::uint64_t v = 0;
         for( std::size_t i = 0; i + 8 < n; i += 8 ) {
            std::memcpy( &v, w.data() + i, 8 );
            v = ascii_lower8( v );
            std::memcpy( buf + i, &v, 8 );
         }
         std::memcpy( &v, w.data() + n - 8, 8 );
         v = ascii_lower8( v );
         std::memcpy( buf + n - 8, &v, 8 );
      }
      else if( n >= 4 ) {
         // the first four bytes and the last four (they overlap below eight)
         std::uint32_t a = 0;
         std::uint32_t b = 0;
         std::memcpy( &a, w.data(), 4 );
         std::memcpy( &b, w.data() + n - 4, 4 );
         const std::uint64_t v = ascii_lower8( std::uint64_t( a ) | ( std::uint64_t( b ) << 32U ) );
         a = static_cast< std::uint32_t >( v );
         b = static_cast< std::uint32_t >( v >> 32U );
         std::memcpy( buf, &a, 4 );
         std::memcpy( buf + n - 4, &b, 4 );
      }
      else {
         for( std::size_t i = 0; i < n; ++i ) {
            buf[ i ] = ascii_lowered.to[ static_cast< unsigned char >( w[ i ] ) ];
         }
      }
      return std::string_view( buf, n );
   }

   // Per byte: 1 for an ASCII letter or digit.
   struct ascii_alnum_table
   {
      unsigned char is[ 256 ];

      constexpr ascii_alnum_table() noexcept
        : is{}
      {
         for( unsigned c = 0; c < 256; ++c ) {
            is[ c ] = ( ( c >= 'a' && c <= 'z' ) || ( c >= 'A' && c <= 'Z' ) || ( c >= '0' && c <= '9' ) ) ? 1 : 0;
         }
      }
   };

   inline constexpr ascii_alnum_table ascii_alnum{};

   [[nodiscard]] constexpr bool is_ascii_alnum( const unsigned char b ) noexcept
   {
      return ascii_alnum.is[ b ] != 0;
   }

   // Per byte: 1 for an ASCII byte that ends a word wherever it stands (no letter or digit, and
   // none of the joiners ' - . ,).
   struct ascii_word_end_table
   {
      unsigned char is[ 256 ];

      constexpr ascii_word_end_table() noexcept
        : is{}
      {
         for( unsigned c = 0; c < 0x80; ++c ) {
            is[ c ] = ( ascii_alnum.is[ c ] == 0 && c != '\'' && c != '-' && c != '.' && c != ',' ) ? 1 : 0;
         }
      }
   };

   inline constexpr ascii_word_end_table ends_word{};

   // Where the run of ASCII letters and digits from d[j] ends (at most at size): four bytes a
   // round while four are left, so that most bytes cost a load and a test (words are read by
   // the thousand).
   QUOTH_ALWAYS_INLINE [[nodiscard]] inline std::size_t ascii_alnum_run_end( const char* const d, std::size_t j, const std::size_t size ) noexcept
   {
      while( j + 4 <= size ) {
         if( !is_ascii_alnum( static_cast< unsigned char >( d[ j ] ) ) ) {
            return j;
         }
         if( !is_ascii_alnum( static_cast< unsigned char >( d[ j + 1 ] ) ) ) {
            return j + 1;
         }
         if( !is_ascii_alnum( static_cast< unsigned char >( d[ j + 2 ] ) ) ) {
            return j + 2;
         }
         if( !is_ascii_alnum( static_cast< unsigned char >( d[ j + 3 ] ) ) ) {
            return j + 3;
         }
         j += 4;
      }
      while( j < size && is_ascii_alnum( static_cast< unsigned char >( d[ j ] ) ) ) {
         ++j;
      }
      return j;
   }

   // word_length() from s[j] on, where the run of ASCII letters and digits from s[i] ends
   [[nodiscard]] inline std::size_t word_length_from( const std::string_view s, const std::size_t i, std::size_t j ) noexcept
   {
      std::size_t len = 0;
      const char* const d = s.data();
      const std::size_t size = s.size();
      while( j < size ) {
         while( j < size && is_ascii_alnum( static_cast< unsigned char >( d[ j ] ) ) ) {
            ++j; // the common case: an ASCII letter or digit
         }
         if( j == size ) {
            break;
         }
         const auto b = static_cast< unsigned char >( d[ j ] );
         if( b < 0x80U && b != '\'' && b != '-' && b != '.' && b != ',' ) {
            break; // ASCII punctuation or space
         }
         if( b >= 0xC4U && b <= 0xDFU ) {
            // U+0100 to U+07FF (Cyrillic, Greek, Latin Extended): letters, as is_word_char() says
            do {
               j += 2;
            } while( j < size && static_cast< unsigned char >( d[ j ] ) >= 0xC4U && static_cast< unsigned char >( d[ j ] ) <= 0xDFU );
            continue;
         }
         const char32_t c = decode( s, j, len );
         if( is_word_char( c ) ) {
            j += len;
            continue;
         }
         if( j > i && ( c == '\'' || c == 0x2019 || c == '-' || c == 0x2011 || c == '.' || c == ',' ) && j + len < s.size() ) {
            std::size_t len2 = 0;
            const char32_t n = decode( s, j + len, len2 );
            std::size_t lp = 0;
            const char32_t p = decode_before( s, j, lp );
            const bool ok = ( c == '.' || c == ',' ) ? ( is_digit( p ) && is_digit( n ) ) : is_word_char( n );
            if( ok ) {
               j += len;
               continue;
            }
         }
         break;
      }
      return j - i;
   }

   // Length of the word starting at s[i]: letters and digits, with inner apostrophes, hyphens
   // and periods between digits ("don't", "Jean-Pierre", "3.5"). 0 when s[i] starts no word.
   // The common case, a run of ASCII letters and digits that a space or ASCII punctuation
   // ends, is inline; anything else goes on in word_length_from(). Always inlined, for the
   // loops that read word after word; word_length() is the same (always inlined too: its
   // callers are many, and the call cost more than the common case).
   QUOTH_ALWAYS_INLINE [[nodiscard]] inline std::size_t word_length_past_run( const std::string_view s, const std::size_t i, const std::size_t j ) noexcept;

   QUOTH_ALWAYS_INLINE [[nodiscard]] inline std::size_t word_length_inlined( const std::string_view s, const std::size_t i ) noexcept
   {
      return word_length_past_run( s, i, ascii_alnum_run_end( s.data(), i, s.size() ) );
   }

   // word_length_inlined( s, i ), where the run of ASCII letters and digits from s[i] ends at s[j]
   QUOTH_ALWAYS_INLINE [[nodiscard]] inline std::size_t word_length_past_run( const std::string_view s, const std::size_t i, const std::size_t j ) noexcept
   {
      const char* const d = s.data();
      const std::size_t size = s.size();
      if( j == size ) {
         return j - i;
      }
      const auto b = static_cast< unsigned char >( d[ j ] );
      if( ends_word.is[ b ] != 0 ) {
         return j - i;
      }
      if( b < 0x80U && j > i ) {
         // "word," "word." "word -": a joiner after ASCII letters or digits that an ASCII byte
         // follows joins only what word_length_from() would join
         if( j + 1 == size ) {
            return j - i;
         }
         const auto n = static_cast< unsigned char >( d[ j + 1 ] );
         if( b == '.' || b == ',' ) {
            if( !( is_digit( static_cast< unsigned char >( d[ j - 1 ] ) ) && is_digit( n ) ) ) {
               return j - i;
            }
         }
         else if( n < 0x80U && !is_ascii_alnum( n ) ) {
            return j - i;
         }
      }
      return word_length_from( s, i, j );
   }

   QUOTH_ALWAYS_INLINE [[nodiscard]] inline std::size_t word_length( const std::string_view s, const std::size_t i ) noexcept
   {
      return word_length_inlined( s, i );
   }

   // The places of a text where a word loop stops, in order (next()): where a word starts (an
   // ASCII letter or digit, or a byte >= 0x80 that starts a letter), with its length
   // word_length( t, i ), and where a code point of two bytes or more starts no word (length
   // 0). The loop goes on after the word, or after the code point; spaces and ASCII
   // punctuation before a word are passed over. With vectors of bytes, the bytes are classed
   // sixty-four at a time: the places to stop at and the ends of runs of ASCII letters and
   // digits are found by their bits.
   class word_stops
   {
   public:
      explicit word_stops( const std::string_view t ) noexcept
        : m_t( t )
      {}

      // The next place: true with its offset in i and its length in n, or false at the end.
      QUOTH_ALWAYS_INLINE [[nodiscard]] bool next( std::size_t& i, std::size_t& n ) noexcept
      {
         const char* const d = m_t.data();
         const std::size_t size = m_t.size();
#if defined( QUOTH_BYTES16 )
         while( m_i < size ) {
            if( m_i - m_base >= 64 ) {
               load( m_i );
            }
            const std::uint64_t s = m_starts >> ( m_i - m_base );
            if( s == 0 ) {
               m_i = m_base + 64;
               continue;
            }
            i = m_i + static_cast< std::size_t >( __builtin_ctzll( s ) );
            if( ( ( m_alnum >> ( i - m_base ) ) & 1U ) != 0 ) {
               const std::uint64_t rest = ~m_alnum >> ( i - m_base ); // 0: the run goes on past the 64 bytes
               const std::size_t j = rest != 0 ? i + static_cast< std::size_t >( __builtin_ctzll( rest ) ) : ascii_alnum_run_end( d, m_base + 64, size );
               n = word_length_past_run( m_t, i, j );
            }
            else {
               n = word_length_inlined( m_t, i );
            }
            m_i = i + ( n != 0 ? n : code_point_length( m_t, i ) );
            return true;
         }
#else
         while( m_i < size ) {
            const auto b = static_cast< unsigned char >( d[ m_i ] );
            if( b < 0x80U && !is_ascii_alnum( b ) ) {
               ++m_i;
               continue;
            }
            i = m_i;
            n = word_length_inlined( m_t, i );
            m_i = i + ( n != 0 ? n : code_point_length( m_t, i ) );
            return true;
         }
#endif
         return false;
      }

   private:
      std::string_view m_t;
      std::size_t m_i = 0; // where the loop goes on
#if defined( QUOTH_BYTES16 )
      // bit k of m_alnum: m_t[ m_base + k ] is an ASCII letter or digit; of m_starts: that or a
      // byte >= 0x80 (none past the end); m_i - m_base >= 64 before the first load
      std::size_t m_base = std::size_t( 0 ) - 64;
      std::uint64_t m_alnum = 0;
      std::uint64_t m_starts = 0;

      void load( const std::size_t base ) noexcept
      {
         m_base = base;
         unsigned char buf[ 64 ];
         const auto* p = reinterpret_cast< const unsigned char* >( m_t.data() + base );
         if( m_t.size() - base < 64 ) {
            std::memset( buf, 0, sizeof( buf ) );
            std::memcpy( buf, p, m_t.size() - base );
            p = buf;
         }
         m_alnum = 0;
         m_starts = 0;
         for( unsigned k = 0; k < 4; ++k ) {
            bytes16 v;
            std::memcpy( &v, p + 16 * k, 16 );
            const auto a = high_bits16( ( static_cast< bytes16 >( ( v | 0x20 ) - static_cast< unsigned char >( 'a' ) ) < 26 ) | ( static_cast< bytes16 >( v - static_cast< unsigned char >( '0' ) ) < 10 ) );
            m_alnum |= std::uint64_t( a ) << ( 16 * k );
            m_starts |= std::uint64_t( a | high_bits16( v ) ) << ( 16 * k );
         }
      }
#endif
   };

   // byte by byte, so that a call with a literal suffix compiles to a few comparisons (substr
   // checks its bounds, and == calls memcmp)
   [[nodiscard]] constexpr bool ends_with( const std::string_view s, const std::string_view suffix ) noexcept
   {
      if( s.size() < suffix.size() ) {
         return false;
      }
      const std::size_t b = s.size() - suffix.size();
      for( std::size_t k = 0; k < suffix.size(); ++k ) {
         if( s[ b + k ] != suffix[ k ] ) {
            return false;
         }
      }
      return true;
   }

   // s.substr( pos, n ), inlined: substr's range check and its throw are a call wherever it is
   // written. Out of range (never, in the engine), substr() itself throws as before.
   template< typename View, typename = std::enable_if_t< std::is_same_v< View, std::string_view > > >
   QUOTH_ALWAYS_INLINE [[nodiscard]] constexpr std::string_view sub( const View s, const std::size_t pos, const std::size_t n = std::string_view::npos )
   {
      if( pos > s.size() ) {
         return s.substr( pos, n ); // throws std::out_of_range
      }
      return std::string_view( s.data() + pos, n < s.size() - pos ? n : s.size() - pos );
   }

   // s.compare( pos, N - 1, lit ) == 0 for a literal, byte by byte: a call with a literal
   // compiles to a few comparisons (compare() calls strlen and memcmp)
   template< std::size_t N >
   QUOTH_ALWAYS_INLINE [[nodiscard]] constexpr bool has_at( const std::string_view s, const std::size_t pos, const char ( &lit )[ N ] ) noexcept
   {
      if( pos > s.size() || s.size() - pos < N - 1 ) {
         return false;
      }
      for( std::size_t k = 0; k + 1 < N; ++k ) {
         if( s[ pos + k ] != lit[ k ] ) {
            return false;
         }
      }
      return true;
   }

   // w == lit, the same way
   template< std::size_t N >
   QUOTH_ALWAYS_INLINE [[nodiscard]] constexpr bool is( const std::string_view w, const char ( &lit )[ N ] ) noexcept
   {
      return w.size() == N - 1 && has_at( w, 0, lit );
   }

   // s.substr( pos ) == lit, the same way
   template< std::size_t N >
   QUOTH_ALWAYS_INLINE [[nodiscard]] constexpr bool rest_is( const std::string_view s, const std::size_t pos, const char ( &lit )[ N ] ) noexcept
   {
      return pos <= s.size() && s.size() - pos == N - 1 && has_at( s, pos, lit );
   }

   // Capitals joined by periods: "A.J" of "A.J. Brook", "H.W", "D.C".
   [[nodiscard]] inline bool initials( const std::string_view w ) noexcept
   {
      if( w.size() != 3 && w.size() != 5 ) {
         return false;
      }
      for( std::size_t i = 0; i < w.size(); ++i ) {
         if( i % 2 == 0 ? ( w[ i ] < 'A' || w[ i ] > 'Z' ) : w[ i ] != '.' ) {
            return false;
         }
      }
      return true;
   }

   // s.find( w, from ): each occurrence of w[ anchor ] found by memchr is a candidate. The
   // anchor is w's second byte unless said otherwise (the first byte of " and " is a space,
   // which would make every word one); a rare letter of w makes fewer candidates.
   [[nodiscard]] inline std::size_t find_bytes( const std::string_view s, const std::string_view w, const std::size_t from = 0, const std::size_t anchor = 1 ) noexcept
   {
      if( w.size() < 2 || anchor >= w.size() ) {
         return s.find( w, from );
      }
      if( from > s.size() || s.size() - from < w.size() ) {
         return std::string_view::npos;
      }
      const char* const d = s.data();
      const std::size_t end = s.size() - w.size() + anchor + 1; // w[ anchor ] lies before this
      std::size_t k = from + anchor;
      while( k < end ) {
         const void* const hit = std::memchr( d + k, w[ anchor ], end - k );
         if( hit == nullptr ) {
            return std::string_view::npos;
         }
         k = static_cast< std::size_t >( static_cast< const char* >( hit ) - d );
         const std::size_t b = k - anchor;
         if( d[ b ] == w[ 0 ] && std::memcmp( d + b + 1, w.data() + 1, w.size() - 1 ) == 0 ) {
            return b;
         }
         ++k;
      }
      return std::string_view::npos;
   }

   // Does s hold the three ASCII letters of `lower` (lower case) in a row, in any case, anywhere
   // (inside a word too)? A test that may say yes for nothing a caller wants, and never says no
   // for a word it does: sixteen places a round where there are vectors of bytes, with no
   // candidate to check one by one (the letters of "who" are common, the three in a row are not).
   [[nodiscard]] inline bool holds_letters_folded( const std::string_view s, const char ( &lower )[ 4 ] ) noexcept
   {
      const char* const d = s.data();
      const std::size_t size = s.size();
      const auto a = static_cast< unsigned char >( lower[ 0 ] );
      const auto b = static_cast< unsigned char >( lower[ 1 ] );
      const auto c = static_cast< unsigned char >( lower[ 2 ] );
      std::size_t i = 0;
#if defined( QUOTH_BYTES16 )
      // (a letter's bit 0x20 makes it lower case, and no other byte does so to an ASCII letter)
      for( ; i + 18 <= size; i += 16 ) {
         bytes16 v0;
         bytes16 v1;
         bytes16 v2;
         std::memcpy( &v0, d + i, 16 );
         std::memcpy( &v1, d + i + 1, 16 );
         std::memcpy( &v2, d + i + 2, 16 );
         if( high_bits16( reinterpret_cast< bytes16 >( ( ( v0 | 0x20 ) == a ) & ( ( v1 | 0x20 ) == b ) & ( ( v2 | 0x20 ) == c ) ) ) != 0 ) {
            return true;
         }
      }
#endif
      for( ; i + 3 <= size; ++i ) {
         if( ( static_cast< unsigned char >( d[ i ] ) | 0x20U ) == a && ( static_cast< unsigned char >( d[ i + 1 ] ) | 0x20U ) == b && ( static_cast< unsigned char >( d[ i + 2 ] ) | 0x20U ) == c ) {
            return true;
         }
      }
      return false;
   }

} // namespace quoth::internal

#endif
