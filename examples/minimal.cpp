#include <iostream>
#include <quoth/quoth.hpp>

int main()
{
   const char* article = "“We will reopen the bridge in May,” the city council said in a statement on Monday.";
   const quoth::document doc = quoth::parse( article );
   for( const quoth::attribution& a : doc.attributions ) {
      std::cout << a.speaker->mention.text << " / " << a.cue->lemma << " / " << a.content.text << '\n';
   }
}
