// A generator of news-like English text with a fixed seed, for benchmarks when the news
// corpora are absent: titles, attributions of every pattern quoth reads, plain sentences.
#ifndef QUOTH_BENCHMARKS_GENERATE_HPP
#define QUOTH_BENCHMARKS_GENERATE_HPP

#include <cstddef>
#include <cstdint>
#include <string>

namespace bench
{
   class generator
   {
   public:
      explicit generator( const std::uint64_t seed = 42 )
        : m_state( seed )
      {}

      // Appends articles to out until it holds at least `bytes` bytes.
      void fill( std::string& out, const std::size_t bytes )
      {
         while( out.size() < bytes ) {
            article( out );
         }
      }

   private:
      std::uint64_t m_state;

      std::size_t next( const std::size_t n )
      {
         m_state ^= m_state << 13U;
         m_state ^= m_state >> 7U;
         m_state ^= m_state << 17U;
         return static_cast< std::size_t >( m_state % n );
      }

      template< std::size_t N >
      const char* pick( const char* const ( &words )[ N ] )
      {
         return words[ next( N ) ];
      }

      void article( std::string& out )
      {
         static const char* const people[] = { "Anna Berg", "Tomas Virta", "Lena Ek", "Omar Haddad", "Ines Halvorsen", "Pavel Sedykh", "Rosa Abend", "Jonas Meyer" };
         static const char* const titles[] = { "Transport Minister", "union spokeswoman", "Mayor", "Governor", "chief executive", "Health Minister" };
         static const char* const orgs[] = { "the ministry", "the city council", "the port authority", "the union", "the central bank", "the airline" };
         static const char* const cues[] = { "said", "told reporters", "noted", "stressed", "added", "announced" };
         static const char* const dates[] = { "on Monday", "on April 3", "yesterday", "last week", "on 21 March 2025", "on Tuesday evening" };
         static const char* const media[] = { "in a statement", "in a Telegram channel", "at a press conference", "on the ministry's website", "in an interview with local radio" };
         static const char* const claims[] = { "the talks would resume next week", "prices had risen faster than expected", "the bridge would reopen in May", "the strike was over", "more nurses would be hired in the spring", "the budget had no room for new spending" };
         static const char* const filler[] = { "The harbour was quiet on the morning after the storm, and most of the ferries stayed in port.", "Traffic on the ring road returned to normal by noon, according to figures from the city.", "Shares in the company rose 3.5 percent in early trading before falling back.", "The plan, first presented in 2019, has been delayed twice because of rising costs.", "Residents of the old town have complained about noise from the building site for months." };
         const char* p = pick( people );
         out += p;
         out += ": ";
         out += pick( claims );
         out += "\n\n";
         for( int k = 0; k < 6; ++k ) {
            switch( next( 6 ) ) {
               case 0:
                  out += pick( titles ), out += ' ', out += p, out += ' ', out += pick( cues ), out += ' ', out += pick( dates ), out += " that ", out += pick( claims ), out += ". ";
                  break;
               case 1:
                  out += "\xE2\x80\x9C", out += pick( claims ), out += ",\xE2\x80\x9D ", out += pick( orgs ), out += " said ", out += pick( media ), out += ". ";
                  break;
               case 2:
                  out += "According to ", out += pick( orgs ), out += ", ", out += pick( claims ), out += ". ";
                  break;
               case 3:
                  out += "\xE2\x80\x9C", out += pick( claims ), out += ",\xE2\x80\x9D she said. \xE2\x80\x9CWe will see.\xE2\x80\x9D ";
                  break;
               case 4:
                  out += pick( filler ), out += " This was announced ", out += pick( dates ), out += " by ", out += p, out += ' ', out += pick( media ), out += ". ";
                  break;
               default:
                  out += pick( filler ), out += ' ';
                  break;
            }
            if( next( 3 ) == 0 ) {
               out += "\n\n";
            }
         }
         out += "\n\n";
      }
   };

} // namespace bench

#endif
