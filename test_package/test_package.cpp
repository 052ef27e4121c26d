#include <cstdlib>
#include <iostream>

#include <quoth/quoth.hpp>

int main()
{
   const quoth::document doc = quoth::parse( "“Nobody was hurt,” said Inspector Mara Quist." );
   if( doc.attributions.empty() || !doc.attributions.front().speaker ) {
      std::cerr << "test_package: no attribution found\n";
      return EXIT_FAILURE;
   }
   std::cout << "quoth " << quoth::version << ": " << doc.attributions.front().speaker->mention.text << '\n';
   return EXIT_SUCCESS;
}
