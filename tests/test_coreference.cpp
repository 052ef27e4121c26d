// Coreference: which earlier speaker a pronoun, a description or a document stands for, and
// the cases where the text does not say, which stay unresolved.
#include <algorithm>
#include <string>

#include "helpers.hpp"

namespace
{
   std::string resolved_at( const quoth::document& doc, const std::size_t i )
   {
      REQUIRE( doc.attributions.size() > i );
      return test::resolved( doc, doc.attributions[ i ] );
   }
} // namespace

TEST_CASE( "an honorific is not part of the name" )
{
   const auto doc = quoth::parse( "Mrs Ilse Brun said the bridge was unsafe. Mrs Brun added that repairs would start soon." );
   REQUIRE( doc.attributions.size() == 2 );
   CHECK( doc.speakers.size() == 1 );
   CHECK( resolved_at( doc, 0 ) == "Ilse Brun" );
   CHECK( resolved_at( doc, 1 ) == "Ilse Brun" );
}

TEST_CASE( "she skips the nearer man when an honorific says he is one" )
{
   const auto doc = quoth::parse( "Mrs Brun said the bridge was unsafe. Mr Kade said the bridge was fine. She said that was not true." );
   REQUIRE( doc.attributions.size() == 3 );
   CHECK( resolved_at( doc, 2 ) == "Brun" );
}

TEST_CASE( "he skips the nearer woman" )
{
   const auto doc = quoth::parse( "Mr. Kade said the bridge was fine. Ms. Brun said the bridge was unsafe. He said the survey proved otherwise." );
   REQUIRE( doc.attributions.size() == 3 );
   CHECK( resolved_at( doc, 2 ) == "Kade" );
}

TEST_CASE( "an honorific anywhere in the text gives the name its gender" )
{
   const auto doc = quoth::parse( "Tove Lind said the clinic would open. Per Falk said it would not. "
                                  "Mrs. Lind and Mr. Falk have disagreed for years. She added that the money was there." );
   REQUIRE( doc.attributions.size() == 3 );
   CHECK( resolved_at( doc, 2 ) == "Tove Lind" );
}

TEST_CASE( "a spokeswoman is a woman" )
{
   const auto doc = quoth::parse( "Union spokeswoman Eva Rask said the strike would go on. Mr Holm said talks were close. She said nothing was agreed." );
   REQUIRE( doc.attributions.size() == 3 );
   CHECK( resolved_at( doc, 2 ) == "Eva Rask" );
}

TEST_CASE( "a pronoun that fits one person only teaches that person's gender" )
{
   // "he" can only be Kade here, so Kade is a man; later, "she" passes over him to Brun
   const auto doc = quoth::parse( "Kade said the bridge was fine. He said the survey proved it. "
                                  "Ms Brun said the bridge was unsafe. Kade said the report was wrong. She said it was not." );
   REQUIRE( doc.attributions.size() == 5 );
   CHECK( resolved_at( doc, 1 ) == "Kade" );
   CHECK( resolved_at( doc, 4 ) == "Brun" );
}

TEST_CASE( "without gender in the text a pronoun goes to the latest person" )
{
   const auto doc = quoth::parse( "Kim Sato said the pier would close. Alex Moro said it would not. She said the decision was final." );
   REQUIRE( doc.attributions.size() == 3 );
   CHECK( resolved_at( doc, 2 ) == "Alex Moro" );
}

TEST_CASE( "a pronoun that contradicts every earlier person stays unresolved" )
{
   const auto doc = quoth::parse( "Mrs Brun said the bridge was unsafe. He said the survey proved otherwise." );
   REQUIRE( doc.attributions.size() == 2 );
   CHECK_FALSE( doc.attributions[ 1 ].speaker->id.has_value() );
   CHECK( doc.speakers.size() == 1 );
}

TEST_CASE( "a name both Mr and Mrs in the text has no gender" )
{
   // two people named Brun: "she" may not skip the Brun who spoke last
   const auto doc = quoth::parse( "Mr Holm said the roof leaked. Brun said it did not. Mrs Brun later met Mr Brun. She said the roof was fine." );
   REQUIRE( doc.attributions.size() == 3 );
   CHECK( resolved_at( doc, 2 ) == "Brun" );
}

TEST_CASE( "a statement resolves to the speaker who made it" )
{
   const auto doc = quoth::parse( "Mayor Ada Voss said in a statement that the square would be rebuilt. The statement added that work would start in spring." );
   REQUIRE( doc.attributions.size() == 2 );
   CHECK( resolved_at( doc, 1 ) == "Ada Voss" );
   CHECK( doc.attributions[ 1 ].speaker->kind == quoth::speaker_kind::document );
}

TEST_CASE( "a message resolves to whoever the text says sent it" )
{
   const auto doc = quoth::parse( "The prime minister met the farmers. Later, President Ivo Hart sent a congratulatory message to the team. The message said the win belonged to everyone." );
   REQUIRE( doc.attributions.size() == 1 );
   CHECK( test::resolved( doc, doc.attributions[ 0 ] ) == "Ivo Hart" );
}

TEST_CASE( "a statement from a body and a body's statement" )
{
   CHECK( test::resolved( quoth::parse( "A statement from the Port Authority arrived at noon. The statement said the berth was closed." ), test::only( quoth::parse( "A statement from the Port Authority arrived at noon. The statement said the berth was closed." ) ) ) == "Port Authority" );
   const auto doc = quoth::parse( "The Port Authority's statement arrived at noon. The statement said the berth was closed." );
   CHECK( test::resolved( doc, test::only( doc ) ) == "Port Authority" );
}

TEST_CASE( "his statement goes where he goes" )
{
   const auto doc = quoth::parse( "Ivo Hart said the team had earned it. In his statement, Hart thanked the fans. The statement said the win belonged to everyone." );
   REQUIRE_FALSE( doc.attributions.empty() );
   CHECK( test::resolved( doc, doc.attributions.back() ) == "Ivo Hart" );
}

TEST_CASE( "a document whose sender the text does not name stays a document" )
{
   const auto doc = quoth::parse( "Anna Berg said the vote was fair. The statement said the count was over." );
   REQUIRE( doc.attributions.size() == 2 );
   CHECK( resolved_at( doc, 1 ) == "statement" );
   CHECK( doc.speakers[ *doc.attributions[ 1 ].speaker->id ].kind == quoth::speaker_kind::document );
}

TEST_CASE( "a report by nobody named stays a document" )
{
   const auto doc = quoth::parse( "A report was published on Monday. The report said prices would rise." );
   const auto a = test::only( doc );
   CHECK( doc.speakers[ *a.speaker->id ].kind == quoth::speaker_kind::document );
}

TEST_CASE( "an indefinite document is not resolved to an author" )
{
   const auto doc = quoth::parse( "Ada Voss said in a statement that the square would be rebuilt. Another statement said work would wait." );
   REQUIRE( doc.attributions.size() == 2 );
   CHECK( resolved_at( doc, 1 ) != "Ada Voss" );
}

TEST_CASE( "a surname shared by two people in the text keeps its short form" )
{
   // "Holm" could be Rita Holm or Sven Holm: no fullest form is guessed
   const auto doc = quoth::parse( "Rita Holm and her brother Sven Holm run the farm. Holm said the harvest was poor." );
   const auto a = test::only( doc );
   CHECK( test::resolved( doc, a ) == "Holm" );
}

TEST_CASE( "longer forms of one name are one person" )
{
   const auto doc = quoth::parse( "The letter was signed by Maria T. Holm. Maria Holm said the harvest was poor." );
   const auto a = test::only( doc );
   CHECK( test::resolved( doc, a ) == "Maria T. Holm" );
}

TEST_CASE( "a party and a conjunction before a name are not part of it" )
{
   const auto doc = quoth::parse( "Republican Dana Pike said the bill would pass. But Pike said the vote could slip." );
   REQUIRE( doc.attributions.size() == 2 );
   CHECK( doc.speakers.size() == 1 );
   CHECK( doc.speakers[ 0 ].name == "Dana Pike" );
   CHECK( doc.speakers[ 0 ].title == "Republican" );
}

TEST_CASE( "a later fuller name renames the entity" )
{
   const auto doc = quoth::parse( "Pike said the bill would pass. Dana Pike, the committee chair, said the vote could slip." );
   REQUIRE( doc.attributions.size() == 2 );
   CHECK( doc.speakers.size() == 1 );
   CHECK( doc.speakers[ 0 ].name == "Dana Pike" );
}

TEST_CASE( "a description goes to the person the text names with that title" )
{
   const auto doc = quoth::parse( "Crews cleared the road that Mayor Lena de Vries had closed. The mayor said it would reopen on Friday." );
   const auto a = test::only( doc );
   CHECK( test::resolved( doc, a ) == "Lena de Vries" );
}

TEST_CASE( "a title in lower case names nobody" )
{
   // "the mayor" is not resolved to a name that follows a lower-case "mayor"
   const auto doc = quoth::parse( "The former mayor Lena Vries was not at the meeting. The mayor said the road would reopen." );
   const auto a = test::only( doc );
   CHECK( test::resolved( doc, a ) != "Lena Vries" );
}

TEST_CASE( "a possessive in the mention itself names the author" )
{
   const auto doc = quoth::parse( "The council's statement said the berth was closed." );
   const auto a = test::only( doc );
   REQUIRE( a.speaker.has_value() );
   REQUIRE( a.speaker->id.has_value() );
   CHECK( doc.speakers[ *a.speaker->id ].kind == quoth::speaker_kind::organization );
}

TEST_CASE( "many mentions of one description cost the text once" )
{
   std::string text;
   for( int i = 0; i < 20000; ++i ) {
      text += "The statement said the berth was closed. The minister said the pier was open. ";
   }
   const auto doc = quoth::parse( text );
   CHECK( doc.attributions.size() == 40000 );
}

TEST_CASE( "rfind_folded and rfind_capitalised: the last place of a word, in either case or capitalised" )
{
   using quoth::internal::lower_copy;
   using quoth::internal::rfind_capitalised;
   using quoth::internal::rfind_folded;
   constexpr auto npos = std::string_view::npos;
   const std::string_view s = "The Mayor met the mayor and the MAYOR of Ely.";
   CHECK( rfind_folded( s, "mayor" ) == 32 );
   CHECK( rfind_folded( s, "mayor", 31 ) == 18 );
   CHECK( rfind_folded( s, "mayor", 17 ) == 4 );
   CHECK( rfind_folded( s, "mayor", 3 ) == npos );
   CHECK( rfind_capitalised( s, "mayor" ) == 32 );
   CHECK( rfind_capitalised( s, "mayor", 31 ) == 4 );
   CHECK( rfind_capitalised( s, "mayor", 3 ) == npos );
   CHECK( rfind_capitalised( s, "the" ) == 0 );
   CHECK( rfind_folded( s, "ely." ) == s.size() - 4 ); // at the very end
   CHECK( rfind_capitalised( s, "ely." ) == s.size() - 4 );
   CHECK( rfind_folded( "Ely", "ely" ) == 0 ); // shorter than a round of eight
   CHECK( rfind_folded( "Ely", "elys" ) == npos );
   CHECK( rfind_folded( "a -b -c", "-c" ) == 5 ); // a first byte that is no letter
   CHECK( rfind_capitalised( "a -b -c", "-c" ) == npos );
   CHECK( rfind_folded( "ab", "" ) == 2 );
   // against the copy it stands for, at every place, across the rounds of eight bytes
   const std::string_view t = "Ana, ANA and ana met Anabel at the \xC3\x81na hall; ana. Ana";
   for( const std::string_view w : { std::string_view( "ana" ), std::string_view( "a" ), std::string_view( "na " ), std::string_view( "hall;" ) } ) {
      for( std::size_t from = 0; from <= t.size(); ++from ) {
         const std::size_t folded = lower_copy( t ).rfind( w, from );
         CHECK( rfind_folded( t, w, from ) == folded );
         std::size_t capital = folded;
         while( capital != npos && !( t[ capital ] >= 'A' && t[ capital ] <= 'Z' ) ) {
            capital = capital == 0 ? npos : lower_copy( t ).rfind( w, capital - 1 );
         }
         CHECK( rfind_capitalised( t, w, from ) == capital );
      }
   }
}

TEST_CASE( "a capitalised word that opens a sentence is no part of a name: \"While Lind\", \"As Ada Lind\"" )
{
   // "While Redgrave" and "As Redgrave" are no other people named Redgrave
   const auto doc = quoth::parse( "Corin Redgrave opened the festival. While Redgrave watched, the crowd grew. As Redgrave put it, the town had changed. Redgrave said the event would grow." );
   REQUIRE( doc.attributions.size() == 2 ); // ("As Redgrave put it" is one)
   CHECK( resolved_at( doc, 0 ) == "Corin Redgrave" );
   CHECK( resolved_at( doc, 1 ) == "Corin Redgrave" );
   // a sentence that starts with the full name after such a word gives the name alone
   const auto b = quoth::parse( "When Ilse Brun took office, the port was shut. Brun said the port would reopen." );
   REQUIRE( b.attributions.size() == 1 );
   CHECK( resolved_at( b, 0 ) == "Ilse Brun" );
}

TEST_CASE( "an abbreviated title and a party note are no part of the name: \"Sen. Ada Lind (D-Ore.)\"" )
{
   const auto doc = quoth::parse( "Sen. Ada Lind (D-Ore.) said the bill would pass. Lind added that the vote was close." );
   REQUIRE( doc.attributions.size() == 2 );
   CHECK( resolved_at( doc, 0 ) == "Ada Lind" );
   CHECK( resolved_at( doc, 1 ) == "Ada Lind" );
   REQUIRE( doc.speakers.size() == 1 );
   CHECK( doc.speakers[ 0 ].title == "Sen." );
   // the note when an aside follows it, and a party and state after a comma
   const auto b = quoth::parse( "Rep. Bo Reyes (R-Texas), who chairs the panel, said the port was safe." );
   REQUIRE( b.attributions.size() == 1 );
   CHECK( resolved_at( b, 0 ) == "Bo Reyes" );
   const auto c = quoth::parse( "Gov. Tom Ode, R-Ga., said the port was safe." );
   REQUIRE( c.attributions.size() == 1 );
   CHECK( resolved_at( c, 0 ) == "Tom Ode" );
   // an organisation's initials in parentheses are no part of its name
   const auto d = quoth::parse( "The Harbour Safety Board (HSB) said the port was safe." );
   REQUIRE( d.attributions.size() == 1 );
   CHECK( resolved_at( d, 0 ) == "Harbour Safety Board" );
}

TEST_CASE( "each figure of a poll is a group of its own" )
{
   const auto doc = quoth::parse( "Only 52 percent of voters said the port should stay open. Some 30 percent said it should close. 18 percent said they did not know." );
   REQUIRE( doc.attributions.size() == 3 );
   CHECK( doc.speakers.size() == 3 );
   CHECK( resolved_at( doc, 2 ) == "18 percent" );
   // an age or a year is a modifier: "the 40-year-old director" is the director, the "2024
   // campaign" the campaign
   const auto c = quoth::parse( "The campaign said the port would stay open. Its 2024 campaign added that the vote was close." );
   REQUIRE( c.attributions.size() == 2 );
   CHECK( c.speakers.size() == 1 );
   const auto b = quoth::parse( "The director said the film was done. The 40-year-old director added that it would open in May." );
   REQUIRE( b.attributions.size() == 2 );
   CHECK( b.speakers.size() == 1 );
}

TEST_CASE( "the company, the firm, the carrier: the organisation the latest attribution to one named" )
{
   const auto doc = quoth::parse( "Shipping group Nordhav said on Monday that profits had doubled. Analysts said the rise was "
                                  "expected. The company said it would open two routes. The carrier added that fares would stay flat." );
   REQUIRE( doc.attributions.size() == 4 );
   CHECK( resolved_at( doc, 0 ) == "Nordhav" );
   CHECK( resolved_at( doc, 2 ) == "Nordhav" );
   CHECK( resolved_at( doc, 3 ) == "Nordhav" );
   CHECK( doc.attributions[ 2 ].speaker->kind == quoth::speaker_kind::organization );
}

TEST_CASE( "the company stays itself when no named organisation has spoken, or only a country" )
{
   CHECK( resolved_at( quoth::parse( "Ada Lind said sales fell. The company said it would cut jobs." ), 1 ) == "company" );
   CHECK( resolved_at( quoth::parse( "China said the tariffs were unfair. The firm said it would appeal." ), 1 ) == "firm" );
   // a description is no name: "a Swedish firm" leaves "the company" as it is
   CHECK( resolved_at( quoth::parse( "A Swedish firm said it had won the contract. The company said work would start in May." ), 1 ) == "company" );
}

TEST_CASE( "the company right after a one-word name shows the name to be an organisation" )
{
   const auto doc = quoth::parse( "Skyvane said passenger numbers rose by a fifth in May. The carrier added that it would hire 300 pilots." );
   REQUIRE( doc.attributions.size() == 2 );
   CHECK( doc.attributions[ 0 ].speaker->kind == quoth::speaker_kind::organization );
   CHECK( resolved_at( doc, 1 ) == "Skyvane" );
   // a name with an honorific stays a person, and "the company" then stays itself
   const auto person = quoth::parse( "Mr Skyvane said sales rose. The company said it would hire staff." );
   CHECK( person.attributions[ 0 ].speaker->kind == quoth::speaker_kind::person );
   CHECK( resolved_at( person, 1 ) == "company" );
}

TEST_CASE( "a possessive that holds a reporting noun is resolved as its pronoun" )
{
   const auto doc = quoth::parse( "Tom Reed said the pier was safe. His claim the ferry would be late proved wrong. The Harbour Board said the tide was low. Its claim the tide would turn proved wrong." );
   REQUIRE( doc.attributions.size() == 4 );
   CHECK( test::speaker( doc.attributions[ 1 ] ) == "His" );
   CHECK( doc.attributions[ 1 ].speaker->kind == quoth::speaker_kind::pronoun );
   CHECK( resolved_at( doc, 1 ) == "Tom Reed" );
   // "its" goes to the organisation that spoke last
   CHECK( test::speaker( doc.attributions[ 3 ] ) == "Its" );
   CHECK( resolved_at( doc, 3 ) == "Harbour Board" );
}

TEST_CASE( "who and which stand for the phrase right before them, not for the latest speaker" )
{
   // a name with a comma, a name in brackets after its abbreviation, a lower-case noun
   const auto doc = quoth::parse( "Mayor Ana Ruiz said the ferry was late. The delay was raised by Pilar Soto, who said the tide was low. "
                                  "The stop was noted by the Office of Port Safety (OPS), which said the cranes were idle. "
                                  "The stop angered a driver who said the queue was too long." );
   REQUIRE( doc.attributions.size() == 4 );
   CHECK( test::speaker( doc.attributions[ 1 ] ) == "who" );
   CHECK( resolved_at( doc, 1 ) == "Pilar Soto" );
   CHECK( resolved_at( doc, 2 ) == "Office of Port Safety" );
   CHECK( resolved_at( doc, 3 ) == "driver" );
   // the phrase is one of the entity's mentions
   const quoth::speaker* soto = doc.speaker_of( doc.attributions[ 1 ] );
   REQUIRE( soto != nullptr );
   CHECK( std::any_of( soto->mentions.begin(), soto->mentions.end(), []( const quoth::mention& m ) { return m.text.text == "Pilar Soto"; } ) );
}

TEST_CASE( "a relative word with no phrase before it that names someone stays unresolved" )
{
   const auto doc = quoth::parse( "Mayor Ana Ruiz said the ferry was late. She spoke to those who said the tide was low." );
   REQUIRE( doc.attributions.size() == 2 );
   CHECK( resolved_at( doc, 1 ) == "<unresolved>" );
}

TEST_CASE( "two named bodies with one head noun are two organisations" )
{
   const auto doc = quoth::parse( "The Northern Ferry Association said fares would rise. The Harbour Pilots Association said the tide was low. "
                                  "The association added that pilots were ready." );
   REQUIRE( doc.attributions.size() == 3 );
   CHECK( resolved_at( doc, 0 ) == "Northern Ferry Association" );
   CHECK( resolved_at( doc, 1 ) == "Harbour Pilots Association" );
   // a bare description goes to the latest of them
   CHECK( resolved_at( doc, 2 ) == "Harbour Pilots Association" );
}

TEST_CASE( "a body named head first and its short form are one organisation" )
{
   const auto doc = quoth::parse( "The Court of Appeals for the Ninth Circuit ruled that the port could open. The court said the lease was valid." );
   REQUIRE( doc.attributions.size() == 2 );
   CHECK( doc.speaker_of( doc.attributions[ 0 ] ) == doc.speaker_of( doc.attributions[ 1 ] ) );
}

TEST_CASE( "he or she with no earlier speaker goes to the name the paragraph gives an honorific" )
{
   // nobody spoke before "she": Mrs Ode is only named
   const auto doc = quoth::parse( "Mrs Ilse Ode opened the new wing in May. She said the wards would be ready by June." );
   REQUIRE( doc.attributions.size() == 1 );
   CHECK( resolved_at( doc, 0 ) == "Ilse Ode" );
   // an honorific of the other gender does not fit
   const auto other = quoth::parse( "Mr Tom Ode opened the new wing in May. She said the wards would be ready by June." );
   REQUIRE( other.attributions.size() == 1 );
   CHECK( resolved_at( other, 0 ) == "<unresolved>" );
   // nor does a name in an earlier paragraph
   const auto earlier = quoth::parse( "Mrs Ilse Ode opened the new wing in May.\n\nThe wards were busy. She said they would be ready by June." );
   REQUIRE( earlier.attributions.size() == 1 );
   CHECK( resolved_at( earlier, 0 ) == "<unresolved>" );
}

TEST_CASE( "he or she with no other antecedent goes to the person the headline and the first sentence name" )
{
   const auto doc = quoth::parse( "Okafor wins harbour race\n\nActress Grace Okafor won the harbour race on Sunday.\n\nThe course was wet. \"It was a hard race,\" she said." );
   REQUIRE( doc.attributions.size() == 1 );
   CHECK( resolved_at( doc, 0 ) == "Grace Okafor" );
   // a headline that does not name her leaves the pronoun unresolved
   const auto other = quoth::parse( "Wet day at the harbour race\n\nActress Grace Okafor won the harbour race on Sunday.\n\nThe course was wet. \"It was a hard race,\" she said." );
   REQUIRE( other.attributions.size() == 1 );
   CHECK( resolved_at( other, 0 ) == "<unresolved>" );
   // nor does a name whose gender the text shows to be the other
   const auto man = quoth::parse( "Okafor wins harbour race\n\nMr Sam Okafor won the harbour race on Sunday.\n\nThe course was wet. \"It was a hard race,\" she said." );
   REQUIRE( man.attributions.size() == 1 );
   CHECK( resolved_at( man, 0 ) == "<unresolved>" );
}

TEST_CASE( "a description that says it names something else starts an entity of its own" )
{
   const auto doc = quoth::parse( "A survey by the harbour board found that fares were too high. A further survey said that only a third of riders "
                                  "wanted a later ferry. The survey added that most rode daily." );
   REQUIRE( doc.attributions.size() == 3 );
   CHECK( resolved_at( doc, 0 ) == "survey by the harbour board" );
   CHECK( resolved_at( doc, 1 ) == "further survey" );
   // a bare description goes to the latest of them
   CHECK( resolved_at( doc, 2 ) == "further survey" );
   const auto others = quoth::parse( "Analysts said fares would rise. Other analysts said they would fall." );
   REQUIRE( others.attributions.size() == 2 );
   CHECK( others.speaker_of( others.attributions[ 0 ] ) != others.speaker_of( others.attributions[ 1 ] ) );
}

TEST_CASE( "a relative who after a person noun and its phrase stands for the whole noun phrase" )
{
   const auto doc = quoth::parse( "The plan was backed by a senior adviser on harbour safety, who said the pier was unsafe." );
   REQUIRE( doc.attributions.size() == 1 );
   CHECK( resolved_at( doc, 0 ) == "senior adviser on harbour safety" );
   // not a thing before a preposition, and not for "which"
   const auto thing = quoth::parse( "The plan was backed by the Office of Fair Trading, which said the pier was unsafe." );
   REQUIRE( thing.attributions.size() == 1 );
   CHECK( resolved_at( thing, 0 ) == "Office of Fair Trading" );
}

TEST_CASE( "we outside a quotation goes to no earlier speaker" )
{
   const auto doc = quoth::parse( "Harbour pilots said the channel was silting up. We argued last year that the port should dredge it." );
   REQUIRE( doc.attributions.size() == 2 );
   CHECK( resolved_at( doc, 0 ) == "Harbour pilots" );
   CHECK( resolved_at( doc, 1 ) == "<unresolved>" );
}

TEST_CASE( "they goes to no single person named by role" )
{
   const auto doc = quoth::parse( "A harbour spokesman said the pier was shut. They said the ferry would not sail." );
   REQUIRE( doc.attributions.size() == 2 );
   CHECK( resolved_at( doc, 1 ) == "<unresolved>" );
   // a group named by role still takes it, "people" and "staff" too
   const auto group = quoth::parse( "Harbour staff said the pier was shut. They said the ferry would not sail." );
   REQUIRE( group.attributions.size() == 2 );
   CHECK( resolved_at( group, 1 ) == "Harbour staff" );
}
