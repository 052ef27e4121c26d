// The program every consumer test builds: quoth found through one install route parses one
// sentence, and the speaker and the version must be the expected ones.
#include <cstring>
#include <iostream>

#include <quoth/quoth.hpp>

int main()
{
   const quoth::document doc = quoth::parse( "“We will reopen the bridge in May,” the city council said in a statement on Monday." );
   if( doc.attributions.size() != 1 || !doc.attributions.front().speaker ) {
      std::cerr << "consumer: expected one attribution with a speaker, got " << doc.attributions.size() << '\n';
      return 1;
   }
   const auto speaker = doc.attributions.front().speaker->mention.text;
   if( speaker != "the city council" ) {
      std::cerr << "consumer: expected the speaker 'the city council', got '" << speaker << "'\n";
      return 1;
   }
#ifdef QUOTH_EXPECTED_VERSION
   if( std::strcmp( quoth::version, QUOTH_EXPECTED_VERSION ) != 0 ) {
      std::cerr << "consumer: expected quoth " << QUOTH_EXPECTED_VERSION << ", the headers say " << quoth::version << '\n';
      return 1;
   }
#endif
   std::cout << "consumer ok: quoth " << quoth::version << ", speaker: " << speaker << '\n';
   return 0;
}
