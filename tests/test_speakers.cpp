// Speakers: kinds, names and titles, entities with all their mentions.
#include "helpers.hpp"

TEST_CASE( "kinds of speakers" )
{
   const auto kind = []( const char* text ) {
      const auto doc = quoth::parse( text );
      REQUIRE( doc.attributions.size() == 1 );
      REQUIRE( doc.attributions[ 0 ].speaker.has_value() );
      return doc.attributions[ 0 ].speaker->kind;
   };
   CHECK( kind( "Anna Berg said the vote was fair." ) == quoth::speaker_kind::person );
   CHECK( kind( "The Finance Ministry said the vote was fair." ) == quoth::speaker_kind::organization );
   CHECK( kind( "Officials said the vote was fair." ) == quoth::speaker_kind::role );
   CHECK( kind( "The statement said the vote was fair." ) == quoth::speaker_kind::document );
   CHECK( kind( "A senior election official said the vote was fair." ) == quoth::speaker_kind::role );
   // two words describing one plural noun are no name, a name and a group are
   CHECK( kind( "Current and former officials said the vote was fair." ) == quoth::speaker_kind::role );
   CHECK( kind( "Anna Berg and her lawyers said the vote was fair." ) == quoth::speaker_kind::person );
}

TEST_CASE( "a full name, a surname and a pronoun are one speaker" )
{
   const auto doc = quoth::parse( "Health Minister Rosa Abend said on Monday that clinics would stay open. "
                                  "Abend added that staff would be hired. She noted that the budget was fixed." );
   REQUIRE( doc.attributions.size() == 3 );
   REQUIRE( doc.speakers.size() == 1 );
   const auto& s = doc.speakers[ 0 ];
   CHECK( s.name == "Rosa Abend" );
   CHECK( s.title == "Health Minister" );
   CHECK( s.mentions.size() == 3 );
   for( const auto& a : doc.attributions ) {
      CHECK( a.speaker->id == 0U );
   }
}

TEST_CASE( "the fullest name comes from anywhere in the document" )
{
   const auto doc = quoth::parse( "The prize went to novelist Tomas Virta. Virta said he was surprised." );
   const auto a = test::only( doc );
   CHECK( test::resolved( doc, a ) == "Tomas Virta" );
}

TEST_CASE( "different people with the same surname stay apart" )
{
   const auto doc = quoth::parse( "Anna Berg said the plan works. Jonas Berg said the plan fails." );
   REQUIRE( doc.attributions.size() == 2 );
   CHECK( doc.speakers.size() == 2 );
}

TEST_CASE( "a pronoun with no earlier speaker stays unresolved" )
{
   const auto doc = quoth::parse( "He said the shop would close." );
   const auto a = test::only( doc );
   CHECK( a.speaker->kind == quoth::speaker_kind::pronoun );
   CHECK_FALSE( a.speaker->id.has_value() );
   CHECK( test::resolved( doc, a ) == "<unresolved>" );
}

TEST_CASE( "he does not resolve to an organisation" )
{
   const auto doc = quoth::parse( "The ministry said taxes would rise. He said that was wrong." );
   REQUIRE( doc.attributions.size() == 2 );
   CHECK_FALSE( doc.attributions[ 1 ].speaker->id.has_value() );
}

TEST_CASE( "a name in apposition after a title" )
{
   const auto doc = quoth::parse( "The jury chair, Professor Lena Ek, said the vote was close." );
   const auto a = test::only( doc );
   CHECK( test::speaker( a ) == "The jury chair, Professor Lena Ek" );
   CHECK( a.speaker->kind == quoth::speaker_kind::person );
   CHECK( test::resolved( doc, a ) == "Lena Ek" );
}

TEST_CASE( "an apposition after a name belongs to the speaker mention" )
{
   const auto doc = quoth::parse( "Lena Ek, a judge at the district court, said the vote was close." );
   const auto a = test::only( doc );
   CHECK( test::speaker( a ) == "Lena Ek, a judge at the district court" );
   CHECK( test::resolved( doc, a ) == "Lena Ek" );
}

TEST_CASE( "a definite description resolves to the person with that title" )
{
   const auto doc = quoth::parse( "Fisheries Minister Ola Strand said quotas would fall. The minister added that talks would go on." );
   REQUIRE( doc.attributions.size() == 2 );
   CHECK( test::resolved( doc, doc.attributions[ 1 ] ) == "Ola Strand" );
   CHECK( doc.speakers.size() == 1 );
}

TEST_CASE( "a description with no titled person stays a role" )
{
   const auto doc = quoth::parse( "Ola Strand said quotas would fall. The minister added that talks would go on." );
   REQUIRE( doc.attributions.size() == 2 );
   CHECK( doc.attributions[ 1 ].speaker->id != doc.attributions[ 0 ].speaker->id );
}

TEST_CASE( "titles with lower-case words between names" )
{
   const auto doc = quoth::parse( "Republican presidential candidate Jo Reyes said the debate was rigged." );
   const auto a = test::only( doc );
   CHECK( test::resolved( doc, a ) == "Jo Reyes" );
   CHECK( doc.speakers[ 0 ].title == "Republican presidential candidate" );
}

TEST_CASE( "speakers described by what they know" )
{
   CHECK( test::speaker( test::only( quoth::parse( "The deal is close, according to two people familiar with the talks." ) ) ) == "two people familiar with the talks" );
   CHECK( test::speaker( test::only( quoth::parse( "The deal is close, one of the negotiators said." ) ) ) == "one of the negotiators" );
   CHECK( test::speaker( test::only( quoth::parse( "A source familiar with Ortiz’s thinking said the levy would stay." ) ) ) == "A source familiar with Ortiz’s thinking" );
   CHECK( test::speaker( test::only( quoth::parse( "Two people familiar with Ada Brook's plans said she would run." ) ) ) == "Two people familiar with Ada Brook's plans" );
}

TEST_CASE( "speaker phrases: quantities, party notes, titles with lower-case words, places" )
{
   CHECK( test::speaker( test::only( quoth::parse( "About half of the nurses said the shifts were too long." ) ) ) == "About half of the nurses" );
   CHECK( test::speaker( test::only( quoth::parse( "Rep. Alma Cruz (D-Ariz.) said she would vote against the bill." ) ) ) == "Rep. Alma Cruz (D-Ariz.)" );
   CHECK( test::speaker( test::only( quoth::parse( "Longtime Green Party donor Otto Fenn said the fund had run dry." ) ) ) == "Longtime Green Party donor Otto Fenn" );
   CHECK( test::speaker( test::only( quoth::parse( "Lena Park, a teacher from Tulsa, Oklahoma, said the rules were unclear." ) ) ) == "Lena Park, a teacher from Tulsa, Oklahoma" );
   CHECK( test::speaker( test::only( quoth::parse( "Officials in Lisbon said the port would reopen." ) ) ) == "Officials in Lisbon" );
   CHECK( test::speaker( test::only( quoth::parse( "“The deal is off,” the governor's chief of staff said." ) ) ) == "the governor's chief of staff" );
}

TEST_CASE( "\"in a statement\" after the speaker is a medium, not part of the speaker" )
{
   const auto a = test::only( quoth::parse( "The league in a statement said the match was postponed." ) );
   CHECK( test::speaker( a ) != "The league in a statement" );
}

TEST_CASE( "a leading conjunction or subordinator is not part of the speaker" )
{
   CHECK( test::speaker( test::only( quoth::parse( "But the referee said the goal should stand." ) ) ) == "the referee" );
   CHECK( test::speaker( test::only( quoth::parse( "When the mayor said the tunnel was safe, nobody moved." ) ) ) == "the mayor" );
}

TEST_CASE( "\"who\" before a cue is the speaker of a relative clause" )
{
   const auto doc = quoth::parse( "The tax was opposed by farmers who say it will ruin them." );
   const auto a = test::only( doc );
   CHECK( test::speaker( a ) == "who" );
   CHECK( test::content( a ) == "it will ruin them" );
}

TEST_CASE( "a capitalised cue in a headline is not part of the name" )
{
   const auto a = test::only( quoth::parse( "Mayor Lind Says The Ferry Will Run All Winter" ) );
   CHECK( test::speaker( a ) == "Mayor Lind" );
   CHECK( test::cue( a ) == "say" );
}

TEST_CASE( "quantities as speakers: at least half, majorities" )
{
   CHECK( test::speaker( test::only( quoth::parse( "At least half of the riders said the buses were late." ) ) ) == "At least half of the riders" );
   CHECK( test::speaker( test::only( quoth::parse( "Majorities in both towns say the bridge should be rebuilt." ) ) ) == "Majorities in both towns" );
}

TEST_CASE( "bare plurals, sources close to someone and approximate shares as speakers" )
{
   const auto a = test::only( quoth::parse( "The mood at the depot has turned hopeful, dockers said." ) );
   CHECK( test::speaker( a ) == "dockers" );
   CHECK( test::content( a ) == "The mood at the depot has turned hopeful" );
   CHECK( test::speaker( test::only( quoth::parse( "The fares will rise again next year, transport analysts say." ) ) ) == "transport analysts" );
   CHECK( test::speaker( test::only( quoth::parse( "The mayor will drop the plan, a source close to him said." ) ) ) == "a source close to him" );
   CHECK( test::speaker( test::only( quoth::parse( "Some 22 percent said they would take the night ferry." ) ) ) == "Some 22 percent" );
}

TEST_CASE( "an aside with abbreviations and a parenthesised short form" )
{
   const auto a = test::only( quoth::parse( "Ruth Amsel, an adviser to Mr. Brandt at the Harbour Workers Union (HWU), said the strike would end soon." ) );
   CHECK( test::speaker( a ) == "Ruth Amsel, an adviser to Mr. Brandt at the Harbour Workers Union (HWU)" );
   CHECK( test::content( a ) == "the strike would end soon" );
   const auto b = test::only( quoth::parse( "Sen. Ola Brandt, R-Ky., told the radio station that the count was wrong." ) );
   CHECK( test::speaker( b ) == "Sen. Ola Brandt, R-Ky." );
}

TEST_CASE( "a pronoun speaker takes no aside: what follows the comma is content" )
{
   const auto a = test::only( quoth::parse( "In particular, she said, the ferry had run at a loss for years." ) );
   CHECK( test::speaker( a ) == "she" );
   REQUIRE( a.parts.size() == 2 );
   CHECK( a.parts[ 1 ].text == "the ferry had run at a loss for years" );
}

TEST_CASE( "speakers with a year or an age, a group with an adjective, and what someone is familiar with" )
{
   CHECK( test::speaker( test::only( quoth::parse( "“We waited too long,” said a 2019 graduate." ) ) ) == "a 2019 graduate" );
   CHECK( test::speaker( test::only( quoth::parse( "“We waited too long,” said the 52-year-old." ) ) ) == "the 52-year-old" );
   const auto a = test::only( quoth::parse( "The deal will pass easily, veteran Republicans said." ) );
   CHECK( test::speaker( a ) == "veteran Republicans" );
   CHECK( test::content( a ) == "The deal will pass easily" );
   const auto b = test::only( quoth::parse( "A person familiar with his thinking said the talks were over." ) );
   CHECK( test::speaker( b ) == "A person familiar with his thinking" );
}

TEST_CASE( "an aside that ends in a quotation with its comma inside" )
{
   // not "“Quiet Harbours,” said [the old ferries] are gone"
   const auto a = test::only( quoth::parse( "Ines Moll, the author of “Quiet Harbours,” said the old ferries are gone." ) );
   CHECK( test::speaker( a ) == "Ines Moll, the author of “Quiet Harbours,”" );
   CHECK( test::content( a ) == "the old ferries are gone" );
   const auto b = test::only( quoth::parse( "Hugo Ruiz, who calls the plan a “disaster,” said he doesn’t believe it will pass." ) );
   CHECK( test::speaker( b ) == "Hugo Ruiz, who calls the plan a “disaster,”" );
   CHECK( test::content( b ) == "he doesn’t believe it will pass" );
}

TEST_CASE( "after an inverted cue, a clause with its own verb is not the speaker" )
{
   const auto doc = quoth::parse( "“Quiet Harbours,” said the critics of the novel are wrong." );
   for( const auto& a : doc.attributions ) {
      CHECK( test::speaker( a ) != "the critics of the novel" );
   }
   CHECK( test::speaker( test::only( quoth::parse( "“It will pass,” said the critics of the plan." ) ) ) == "the critics of the plan" );
}

TEST_CASE( "a relative clause after a name is an attribution of its own" )
{
   const auto doc = quoth::parse( "Graham, who says allies should send troops, tweeted that the plan would fail." );
   REQUIRE( doc.attributions.size() == 2 );
   CHECK( test::content( doc.attributions[ 0 ] ) == "the plan would fail" );
   CHECK( test::speaker( doc.attributions[ 1 ] ) == "who" );
   CHECK( test::resolved( doc, doc.attributions[ 1 ] ) == "Graham" );
   CHECK( test::content( doc.attributions[ 1 ] ) == "allies should send troops" );
   const auto q = quoth::parse( "“We show patience,” said Harvey, who acknowledged the plan was his fourth choice." );
   REQUIRE( q.attributions.size() == 2 );
   CHECK( test::content( q.attributions[ 1 ] ) == "the plan was his fourth choice" );
   // background, not speech: "who endorsed Clinton"
   CHECK( quoth::parse( "Reid, who endorsed Lind in February, said the race was over." ).attributions.size() == 1 );
}

TEST_CASE( "lower-case words that describe a person before the person's full name" )
{
   const auto a = test::only( quoth::parse( "“The roof leaks,” said retired plumber Nils Berg." ) );
   CHECK( test::speaker( a ) == "retired plumber Nils Berg" );
   const auto b = test::only( quoth::parse( "“We cannot wait,” said undecided voter Maria Olsen of Bergen." ) );
   CHECK( test::speaker( b ) == "undecided voter Maria Olsen of Bergen" );
   // a capitalised adjective between the lower-case words and the name
   const auto c = test::only( quoth::parse( "“Nobody reads the fine print,” said longtime Liberal organiser Tove Dahl." ) );
   CHECK( test::speaker( c ) == "longtime Liberal organiser Tove Dahl" );
   const auto d = test::only( quoth::parse( "Independent harbour pilot Ola Strand said the channel was too shallow." ) );
   CHECK( test::speaker( d ) == "Independent harbour pilot Ola Strand" );
}

TEST_CASE( "a plural pronoun with all or both is one speaker" )
{
   const auto a = test::only( quoth::parse( "They all vowed to stay in the race." ) );
   CHECK( test::speaker( a ) == "They all" );
   CHECK( test::content( a ) == "to stay in the race" );
   const auto b = test::only( quoth::parse( "We both said that the count was fair." ) );
   CHECK( test::speaker( b ) == "We both" );
}

TEST_CASE( "a party note after the speaker of a trailer" )
{
   const auto a = test::only( quoth::parse( "The levy will not pass this year, Sen. Alma Cruz (D-Ariz.) told reporters." ) );
   CHECK( a.pattern == quoth::pattern::content_speaker_cue );
   CHECK( test::speaker( a ) == "Sen. Alma Cruz (D-Ariz.)" );
   CHECK( test::content( a ) == "The levy will not pass this year" );
   const auto b = test::only( quoth::parse( "The levy will not pass this year, said Sen. Alma Cruz (D-Ariz.)." ) );
   CHECK( test::speaker( b ) == "Sen. Alma Cruz (D-Ariz.)" );
}

TEST_CASE( "a relative clause after the speaker of an inverted trailer" )
{
   const auto a = test::only( quoth::parse( "The pier will close by June, said an engineer who inspected it last week." ) );
   CHECK( a.pattern == quoth::pattern::content_speaker_cue );
   CHECK( test::speaker( a ) == "an engineer" );
   CHECK( test::content( a ) == "The pier will close by June" );
   // the clause before ", said" is no loose subject
   const auto b = test::only( quoth::parse( "Fares rose, said a ferry pilot and his mate." ) );
   CHECK( test::speaker( b ) != "Fares rose" );
}

TEST_CASE( "a quotation inside an opening phrase is not the content when a clause follows the cue" )
{
   const auto doc = quoth::parse( "Citing “family reasons,” the mayor’s aide told the Courier that Ortiz would skip the fair." );
   REQUIRE( doc.attributions.size() == 2 );
   CHECK( doc.attributions[ 0 ].pattern == quoth::pattern::participle ); // what the aide cited
   CHECK( test::content( doc.attributions[ 0 ] ) == "family reasons" );
   const auto& a = doc.attributions[ 1 ];
   CHECK( a.pattern == quoth::pattern::speaker_cue_content );
   CHECK( test::speaker( a ) == "the mayor’s aide" );
   CHECK( test::content( a ) == "Ortiz would skip the fair" );
   // also when the clause has no "that"
   const auto bare = quoth::parse( "Citing “family reasons,” the aide said Ortiz would skip the fair." );
   REQUIRE( bare.attributions.size() == 2 );
   CHECK( test::speaker( bare.attributions[ 1 ] ) == "the aide" );
   CHECK( test::content( bare.attributions[ 1 ] ) == "Ortiz would skip the fair" );
}

TEST_CASE( "a quotation inside an opening phrase is not the content when a quotation follows the cue" )
{
   const auto a = test::only( quoth::parse( "Recalling the ferry's “quiet years,” Ortiz said, “Nobody rode it at night.”" ) );
   CHECK( a.pattern == quoth::pattern::speaker_cue_quote );
   CHECK( test::speaker( a ) == "Ortiz" );
   CHECK( test::content( a ) == "Nobody rode it at night." );
}

TEST_CASE( "after an opening gerund phrase the quotation after the cue is the whole content" )
{
   const auto a = test::only( quoth::parse( "Stressing the cost, Ortiz said, “We cannot run the ferry at a loss.”" ) );
   CHECK( a.pattern == quoth::pattern::speaker_cue_quote );
   CHECK( test::speaker( a ) == "Ortiz" );
   CHECK( test::content( a ) == "We cannot run the ferry at a loss." );
}

TEST_CASE( "a trailer may end at a semicolon" )
{
   const auto doc = quoth::parse( "To keep the seat, the party needs a third of the vote, analysts say; in 2019 it won a quarter." );
   REQUIRE( doc.attributions.size() == 1 );
   const auto& a = doc.attributions[ 0 ];
   CHECK( a.pattern == quoth::pattern::content_speaker_cue );
   CHECK( test::speaker( a ) == "analysts" );
   CHECK( test::content( a ) == "To keep the seat, the party needs a third of the vote" );
}

TEST_CASE( "a document noun in -s after a name is the verb: \"the Courier reports\"" )
{
   const auto a = test::only( quoth::parse( "The Harbour Gazette reports Ortiz is ahead in the polls." ) );
   CHECK( test::speaker( a ) == "The Harbour Gazette" );
   CHECK( a.cue->phrase.text == "reports" );
   CHECK( test::content( a ) == "Ortiz is ahead in the polls" );
   const auto b = test::only( quoth::parse( "Dock fees will rise in May, the Harbour Gazette reports." ) );
   CHECK( b.pattern == quoth::pattern::content_speaker_cue );
   CHECK( test::speaker( b ) == "the Harbour Gazette" );
   CHECK( test::content( b ) == "Dock fees will rise in May" );
   // before a cue the document is the speaker's head noun
   const auto c = test::only( quoth::parse( "Coast guard reports say the ferry ran aground." ) );
   CHECK( test::speaker( c ) == "Coast guard reports" );
   CHECK( c.cue->phrase.text == "say" );
   // an adjective alone is no speaker
   CHECK( quoth::parse( "Initial estimates put the cost at nine million." ).attributions.empty() );
}

TEST_CASE( "a trailer at the end of a speaker-first reading's content reports the whole clause" )
{
   const auto a = test::only( quoth::parse( "The dockers plan to strike in June, the Harbour Gazette reported." ) );
   CHECK( a.pattern == quoth::pattern::content_speaker_cue );
   CHECK( test::speaker( a ) == "the Harbour Gazette" );
   CHECK( test::content( a ) == "The dockers plan to strike in June" );
   // a closing phrase after a dash
   const auto b = test::only( quoth::parse( "Fares will rise next year, the port authority said on Monday -- a blow to commuters." ) );
   CHECK( test::speaker( b ) == "the port authority" );
   CHECK( test::content( b ) == "Fares will rise next year" );
}

TEST_CASE( "a possessive and a noun before an appositive name; no clause as an inverted speaker" )
{
   const auto a = test::only( quoth::parse( "Ortiz's rival, Bo Reyes, said the levy was unfair." ) );
   CHECK( test::speaker( a ) == "Ortiz's rival, Bo Reyes" );
   CHECK( test::content( a ) == "the levy was unfair" );
   // ", said the plan failed": the words after "said" are a clause
   CHECK( quoth::parse( "The pier was closed, said the plan failed." ).attributions.empty() );
   CHECK( test::speaker( test::only( quoth::parse( "The pier was closed, said the retired pilot." ) ) ) == "the retired pilot" );
}

TEST_CASE( "a quantity alone as a speaker; the main clause's subject after an opening clause" )
{
   const auto doc = quoth::parse( "The levy, some argue, will drive the ferries away." );
   REQUIRE( doc.attributions.size() == 1 );
   CHECK( test::speaker( doc.attributions[ 0 ] ) == "some" );
   CHECK( doc.attributions[ 0 ].pattern == quoth::pattern::content_speaker_cue );
   const auto a = test::only( quoth::parse( "While many pilots dislike Ortiz, many said on Monday that the levy was fair." ) );
   CHECK( test::speaker( a ) == "many" );
   CHECK( test::content( a ) == "the levy was fair" );
   const auto b = test::only( quoth::parse( "Yet even pilots on the night shift are questioning whether the levy is fair." ) );
   CHECK( test::speaker( b ) == "pilots on the night shift" ); // (a focusing "even" left out)
   CHECK( test::content( b ) == "whether the levy is fair" );
}

TEST_CASE( "two asides between the speaker and the cue" )
{
   const auto a = test::only( quoth::parse( "Ana Ruiz, 63, a retired nurse, said the clinic should stay open." ) );
   CHECK( test::speaker( a ) == "Ana Ruiz, 63, a retired nurse" );
   CHECK( test::content( a ) == "the clinic should stay open" );
   const auto b = test::only( quoth::parse( "“The clinic must stay,” Ana Ruiz, 63, a retired nurse, said." ) );
   CHECK( test::speaker( b ) == "Ana Ruiz" );
   const auto c = test::only( quoth::parse( "Lee Ode, a driver from Salem, Ore., who has a union card, says the route is too long." ) );
   CHECK( test::speaker( c ) == "Lee Ode, a driver from Salem, Ore., who has a union card" );
   // the first aside is no name, and the second holds no cue and no quotation
   const auto d = test::only( quoth::parse( "The fair, held every summer since 1950, “draws the whole valley,” said Ana Ruiz." ) );
   CHECK( test::speaker( d ) == "Ana Ruiz" );
   const auto doc = quoth::parse( "In May, Mr. Ode, who owns the mill, told the board that prices were too low, adding that he would wait." );
   REQUIRE( doc.attributions.size() == 2 );
   CHECK( test::speaker( doc.attributions[ 0 ] ) == "Mr. Ode, who owns the mill" );
}

TEST_CASE( "an auxiliary and an adverb before the cue are no part of the speaker: \"has since\", \"has long been\"" )
{
   const auto a = test::only( quoth::parse( "Dr Amsel has since criticised the harbour board over its figures." ) );
   CHECK( test::speaker( a ) == "Dr Amsel" );
   CHECK( a.cue->phrase.text == "has since criticised" );
   const auto b = test::only( quoth::parse( "The ministry has long been worried that the pier is unsafe." ) );
   CHECK( test::speaker( b ) == "The ministry" );
   CHECK( b.cue->phrase.text == "has long been worried" );
   CHECK( test::content( b ) == "the pier is unsafe" );
}

TEST_CASE( "a document and who made it: \"a poll by the Courier\"; a cue word after an article is a noun" )
{
   const auto a = test::only( quoth::parse( "A poll by the Courier showed that voters want a new pier." ) );
   CHECK( test::speaker( a ) == "A poll by the Courier" );
   CHECK( a.cue->phrase.text == "showed" );
   CHECK( test::content( a ) == "voters want a new pier" );
   const auto b = test::only( quoth::parse( "The report by the harbour council said that the pier was unsafe." ) );
   CHECK( test::speaker( b ) == "The report by the harbour council" );
   CHECK( b.cue->phrase.text == "said" );
   CHECK( test::content( b ) == "the pier was unsafe" );
}

TEST_CASE( "\"both\" alone is a speaker" )
{
   const auto a = test::only( quoth::parse( "On fares, both oppose the new formula." ) );
   CHECK( test::speaker( a ) == "both" );
   CHECK( test::content( a ) == "the new formula" );
}

TEST_CASE( "a verb in the past after a name ends the name: \"Lind met survivors and said\"" )
{
   const auto a = test::only( quoth::parse( "Lind met survivors and said the town would recover." ) );
   CHECK( test::speaker( a ) == "Lind" );
   const auto b = test::only( quoth::parse( "Ortiz visited Dover and called the mayor a moderate." ) );
   CHECK( test::speaker( b ) == "Ortiz" );
   // participles that describe people stay in the speaker
   CHECK( test::speaker( test::only( quoth::parse( "Dover registered voters said the pier was unsafe." ) ) ) == "Dover registered voters" );
   CHECK( test::speaker( test::only( quoth::parse( "Harbour union chairman Ben Ode said the pier was unsafe." ) ) ) == "Harbour union chairman Ben Ode" );
}

TEST_CASE( "a contracted \"has\" or \"is\" before the cue is no part of the speaker" )
{
   const auto doc = quoth::parse( "Ada Ortiz said the toll was high. She\xE2\x80\x99s argued for months that the toll is unfair." );
   REQUIRE( doc.attributions.size() == 2 );
   const auto& a = doc.attributions[ 1 ];
   CHECK( test::speaker( a ) == "She" );
   CHECK( a.speaker->kind == quoth::speaker_kind::pronoun );
   CHECK( test::resolved( doc, a ) == "Ada Ortiz" );
   CHECK( test::content( a ) == "the toll is unfair" );
   CHECK( test::speaker( test::only( quoth::parse( "Lind's said that the bridge is unsafe." ) ) ) == "Lind" );
   // a possessive that a noun follows stays
   CHECK( test::speaker( test::only( quoth::parse( "Lind's aide said that the bridge is unsafe." ) ) ) == "Lind's aide" );
}

TEST_CASE( "a contracted \"have\", \"had\", \"will\" or \"are\" before the cue is no part of the speaker" )
{
   const auto doc = quoth::parse( "Ada Ortiz and Ben Ode spoke at the pier. They've said for years that the toll is unfair." );
   const auto& a = doc.attributions.back();
   CHECK( test::speaker( a ) == "They" );
   CHECK( a.speaker->kind == quoth::speaker_kind::pronoun );
   CHECK( test::content( a ) == "the toll is unfair" );
   const auto b = quoth::parse( "Ada Ortiz spoke at the pier. She\xE2\x80\x99"
                                "d argued that the toll was unfair." )
                    .attributions.back();
   CHECK( test::speaker( b ) == "She" );
   CHECK( b.speaker->kind == quoth::speaker_kind::pronoun );
}

TEST_CASE( "an opening subordinate clause is no part of a speaker that a dash aside follows" )
{
   const auto a = test::only( quoth::parse( "Even if Lind loses in Dover, insiders in the next two towns \xE2\x80\x94 Lyme and Kent \xE2\x80\x94 said it is vital that she close the gap." ) );
   CHECK( test::speaker( a ) == "insiders in the next two towns" );
   CHECK( test::content( a ) == "it is vital that she close the gap" );
}

TEST_CASE( "a sentence adverb between commas after the speaker is no part of it" )
{
   const auto speaker_of = []( const char* text ) { return test::speaker( test::only( quoth::parse( text ) ) ); };
   CHECK( speaker_of( "Lind, however, said the plan would fail." ) == "Lind" );
   CHECK( speaker_of( "Ortiz, for his part, argued that the vote was rigged." ) == "Ortiz" );
   CHECK( speaker_of( "Officials in Avon, for example, say the roads are fine." ) == "Officials in Avon" );
   // (with the auxiliary the adverb split from its verb)
   CHECK( speaker_of( "A poll of voters has, however, found that most back Lind." ) == "A poll of voters" );
   // an apposition stays
   CHECK( speaker_of( "Ada Lind, a farmer, said the plan would fail." ) == "Ada Lind, a farmer" );
   const auto doc = quoth::parse( "Mayor Ada Brook opened the fair. Brook, meanwhile, said the roads would close." );
   const auto& a = doc.attributions.back();
   CHECK( test::speaker( a ) == "Brook" );
   CHECK( test::resolved( doc, a ) == "Ada Brook" );
}

TEST_CASE( "an opening adverb or phrase before a comma is no part of the speaker" )
{
   const auto speaker_of = []( const char* text ) { return test::speaker( test::only( quoth::parse( text ) ) ); };
   CHECK( speaker_of( "Even so, some economists argue that rates will rise." ) == "some economists" );
   CHECK( speaker_of( "Mostly, they say the plan will fail." ) == "they" );
   CHECK( speaker_of( "Here in Avon, Ortiz said the plan would fail." ) == "Ortiz" );
   // a name in "-ly" with its relative clause stays
   CHECK( speaker_of( "Jolly, who was elected in May, said the plan would fail." ) == "Jolly, who was elected in May" );
}

TEST_CASE( "the speaker of a relative clause with that is the pronoun" )
{
   const auto speaker_of = []( const char* text ) { return test::speaker( test::only( quoth::parse( text ) ) ); };
   CHECK( speaker_of( "The page was replaced by a message that said, \xE2\x80\x9CThe site is closed.\xE2\x80\x9D" ) == "that" );
   CHECK( speaker_of( "Lind sent a letter that said the site is closed." ) == "that" );
   CHECK( speaker_of( "Lind sent a letter which said the site is closed." ) == "which" );
}

TEST_CASE( "an article alone is no speaker" )
{
   const auto doc = quoth::parse( "The only hope the states have now is for Avon to oppose the plan." );
   for( const auto& a : doc.attributions ) {
      CHECK( test::speaker( a ) != "The" );
   }
}

TEST_CASE( "a phrase of time that opens the sentence without a comma is no part of the speaker" )
{
   const auto speaker_of = []( const char* text ) { return test::speaker( test::only( quoth::parse( text ) ) ); };
   CHECK( speaker_of( "Yesterday Ada Lind said the plan would fail." ) == "Ada Lind" );
   CHECK( speaker_of( "Last week Ada Lind said the plan would fail." ) == "Ada Lind" );
   CHECK( speaker_of( "Earlier this year Lind said the plan would fail." ) == "Lind" );
   CHECK( speaker_of( "Two weeks ago Mr Lind said the plan would fail." ) == "Mr Lind" );
   CHECK( speaker_of( "A few days ago Mr Lind said the plan would fail." ) == "Mr Lind" );
   CHECK( speaker_of( "Later Lind said the plan would fail." ) == "Lind" );
   CHECK( speaker_of( "With rents set to rise in coming months Mr Lind advises everyone to shop around." ) == "Mr Lind" );
   CHECK( speaker_of( "In recent years Dr Ortiz has argued that the tax is unfair." ) == "Dr Ortiz" );
   CHECK( speaker_of( "This year the council said the plan would fail." ) == "the council" );
   // a word of time that is part of the speaker stays
   CHECK( speaker_of( "Later reports said the plan would fail." ) == "Later reports" );
   CHECK( speaker_of( "This year\xE2\x80\x99s winner said the plan would fail." ) == "This year\xE2\x80\x99s winner" );
}

TEST_CASE( "a clause before a dash and a conjunction is no part of the speaker" )
{
   const auto a = test::only( quoth::parse( "Lind has protested her innocence - and on Sunday blamed her coach for the error." ) );
   CHECK( test::speaker( a ) == "Lind" );
   CHECK( test::content( a ) == "her coach for the error" );
   // an aside between two dashes stays inside the speaker's phrase
   const auto b = test::only( quoth::parse( "The judge -- who has heard the case -- said the plan would fail." ) );
   CHECK( test::speaker( b ) == "The judge" );
}

TEST_CASE( "\"man\" and \"woman\" head a description: \"A US woman\"; \"Having\" is no speaker" )
{
   const auto a = test::only( quoth::parse( "A US woman is suing the firm, saying its ink cartridges expire early." ) );
   CHECK( test::speaker( a ) == "A US woman" );
   CHECK( test::content( a ) == "its ink cartridges expire early" );
   CHECK( quoth::parse( "Having said that, I am always pleased when cheats are caught." ).attributions.empty() );
}

TEST_CASE( "a preposition is no speaker: \"of 2004\", a lone \"To\"" )
{
   CHECK( quoth::parse( "'Landmark films' of 2004 hailed" ).attributions.empty() );
   // the content stands, with no speaker
   const auto doc = quoth::parse( "The council has been watching from afar. To observe the debate is to see a town divided." );
   for( const auto& a : doc.attributions ) {
      CHECK( test::speaker( a ) != "To" );
   }
}

TEST_CASE( "a question's auxiliary before its pronoun is no speaker: \"Would you say\", \"Can you imagine\"" )
{
   CHECK( quoth::parse( "Can you imagine if the pier closed?" ).attributions.empty() );
   CHECK( quoth::parse( "Or would you think the mayor must resign?" ).attributions.empty() );
   CHECK( quoth::parse( "How do you think the ferry will pay for itself?" ).attributions.empty() );
   // a pronoun that is the subject stays one
   CHECK( test::speaker( test::only( quoth::parse( "Lind and I think the pier will close." ) ) ) == "Lind and I" );
   CHECK( test::speaker( test::only( quoth::parse( "We would argue the pier will close." ) ) ) == "We" );
}

TEST_CASE( "a focusing \"even\" before the speaker is no part of it" )
{
   const auto a = test::only( quoth::parse( "Even the harbour's owners say the fees are too high." ) );
   CHECK( test::speaker( a ) == "the harbour's owners" );
   // "Even so," is an opening adverbial of its own
   const auto b = test::only( quoth::parse( "Even so, some farmers argue the fees are fair." ) );
   CHECK( test::speaker( b ) == "some farmers" );
}

TEST_CASE( "a bracket is no speaker: (Imagine ...)" )
{
   CHECK( quoth::parse( "(Imagine the scene if the pier collapses in a storm.)" ).attributions.empty() );
   CHECK( quoth::parse( "(WARNING Video contains loud noises.)" ).attributions.empty() );
}

TEST_CASE( "a name that opens with initials: A. J. Brook, A.J. Brook" )
{
   const auto a = test::only( quoth::parse( "“The fence stays,” said A. J. Brook." ) );
   CHECK( test::speaker( a ) == "A. J. Brook" );
   const auto b = test::only( quoth::parse( "A.J. Brook said the fence would stay." ) );
   CHECK( test::speaker( b ) == "A.J. Brook" );
   const auto c = test::only( quoth::parse( "A spokesman said the fence would stay." ) );
   CHECK( test::speaker( c ) == "A spokesman" );
}

TEST_CASE( "a title word that is also a surname ends a name: \"Steve King\", not \"the Saudi King\"" )
{
   const auto doc = quoth::parse( "Author Steve King said the novel was finished. King said he was tired." );
   REQUIRE( doc.attributions.size() == 2 );
   CHECK( doc.attributions[ 0 ].speaker->mention.begin == 0 );
   CHECK( test::resolved( doc, doc.attributions[ 0 ] ) == "Steve King" );
   CHECK( test::resolved( doc, doc.attributions[ 1 ] ) == "Steve King" );
   REQUIRE( doc.speakers.size() == 1 );
   CHECK( doc.speakers[ 0 ].kind == quoth::speaker_kind::person );
   const auto b = quoth::parse( "Last year's winner, Steve King, said the prize was a joke." );
   REQUIRE( b.speakers.size() == 1 );
   CHECK( b.speakers[ 0 ].name == "Steve King" );
   CHECK( b.speakers[ 0 ].kind == quoth::speaker_kind::person );
   // after a determiner it is a title
   const auto c = quoth::parse( "The Saudi King said the talks went well." );
   REQUIRE( c.speakers.size() == 1 );
   CHECK( c.speakers[ 0 ].kind == quoth::speaker_kind::role );
}

TEST_CASE( "a speaker of capital letters alone is an organisation, save in a transcript turn" )
{
   const auto doc = quoth::parse( "The carmaker GMX had a bad year. IBM said its sales rose. AT&T said it would cut prices." );
   REQUIRE( doc.attributions.size() == 2 );
   CHECK( doc.attributions[ 0 ].speaker->kind == quoth::speaker_kind::organization );
   CHECK( test::resolved( doc, doc.attributions[ 0 ] ) == "IBM" );
   CHECK( doc.attributions[ 1 ].speaker->kind == quoth::speaker_kind::organization );
   REQUIRE( doc.speakers.size() == 2 );
   CHECK( doc.speakers[ 0 ].kind == quoth::speaker_kind::organization );
   CHECK( doc.speakers[ 1 ].kind == quoth::speaker_kind::organization );
   // a name of six letters, or one with a small letter, is still a person's
   const auto p = quoth::parse( "NADLER said the vote would wait. McCain said he disagreed." );
   REQUIRE( p.attributions.size() == 2 );
   CHECK( p.attributions[ 0 ].speaker->kind == quoth::speaker_kind::person );
   CHECK( p.attributions[ 1 ].speaker->kind == quoth::speaker_kind::person );
   // the host and a guest of a broadcast, their names in capitals
   const auto t = quoth::parse( "The second debate\n\nHOLT: Tell us what you would change first.\n\nPENCE: The tax code, and then the schools.\n" );
   REQUIRE( t.attributions.size() == 2 );
   CHECK( t.attributions[ 0 ].pattern == quoth::pattern::transcript_colon );
   CHECK( t.attributions[ 0 ].speaker->kind == quoth::speaker_kind::person );
   CHECK( t.attributions[ 1 ].speaker->kind == quoth::speaker_kind::person );
   REQUIRE( t.speakers.size() == 2 );
   CHECK( t.speakers[ 0 ].kind == quoth::speaker_kind::person );
}

TEST_CASE( "a word of quantity as the speaker is a group: \"Some said\", \"Many of them said\"" )
{
   const auto doc = quoth::parse( "The board met the staff on Monday. Some said the plan was unfair. Many of the nurses said they would strike. One of the cooks said the kitchen was too small." );
   REQUIRE( doc.attributions.size() == 3 );
   for( const auto& a : doc.attributions ) {
      REQUIRE( a.speaker );
      CHECK( a.speaker->kind == quoth::speaker_kind::role );
   }
   // three groups, not one
   std::size_t roles = 0;
   for( const auto& s : doc.speakers ) {
      roles += s.kind == quoth::speaker_kind::role ? 1 : 0;
   }
   CHECK( roles == 3 );
   // a quantity word is no person's name: two descriptions headed by "one" stay apart
   const auto d = quoth::parse( "One of the drivers said the road was icy. One of the passengers said the bus was late." );
   REQUIRE( d.attributions.size() == 2 );
   CHECK( d.attributions[ 0 ].speaker->kind == quoth::speaker_kind::role );
   CHECK( d.attributions[ 0 ].speaker->id != d.attributions[ 1 ].speaker->id );
   CHECK( d.speakers.size() == 2 );
}

TEST_CASE( "a name after an organisation noun, or described as one, is an organisation's" )
{
   const auto doc = quoth::parse( "Chip maker Zentrix said it would hire 200 engineers. Zentrix added that the plant in Ohio was ready." );
   REQUIRE( doc.attributions.size() == 2 );
   CHECK( doc.attributions[ 0 ].speaker->kind == quoth::speaker_kind::organization );
   CHECK( test::resolved( doc, doc.attributions[ 0 ] ) == "Zentrix" );
   // the bare name later is the same organisation
   CHECK( doc.attributions[ 1 ].speaker->kind == quoth::speaker_kind::organization );
   CHECK( doc.attributions[ 1 ].speaker->id == doc.attributions[ 0 ].speaker->id );
   REQUIRE( doc.speakers.size() == 1 );
   CHECK( doc.speakers[ 0 ].kind == quoth::speaker_kind::organization );
   // a description in apposition says so too
   const auto a = quoth::parse( "Velmora, the Swiss watch company at the centre of the dispute, said the fine was unfair." );
   REQUIRE( a.attributions.size() == 1 );
   CHECK( a.attributions[ 0 ].speaker->kind == quoth::speaker_kind::organization );
   CHECK( test::resolved( a, a.attributions[ 0 ] ) == "Velmora" );
   // a relative clause tells a thing from a person
   const auto which = quoth::parse( "Halvard, which builds ferries for the islands, lost the order. Halvard said the delay was costly." );
   REQUIRE( which.attributions.size() == 1 );
   CHECK( which.attributions[ 0 ].speaker->kind == quoth::speaker_kind::organization );
   const auto who = quoth::parse( "Halvard, who builds ferries for the islands, lost the order. Halvard said the delay was costly." );
   REQUIRE( who.attributions.size() == 1 );
   CHECK( who.attributions[ 0 ].speaker->kind == quoth::speaker_kind::person );
   // a person described by a role, even one at an organisation, stays a person
   const auto p = quoth::parse( "Company spokeswoman Ines Varga said the plant would close. Dana Holt, an adviser to the campaign, said the polls were wrong." );
   REQUIRE( p.attributions.size() == 2 );
   CHECK( p.attributions[ 0 ].speaker->kind == quoth::speaker_kind::person );
   CHECK( p.attributions[ 1 ].speaker->kind == quoth::speaker_kind::person );
}

TEST_CASE( "a one-word name that says what \"it\" does is an organisation's, one that says \"he\" or \"she\" a person's" )
{
   const auto doc = quoth::parse( "Brightwell said it would close two stores in March. Brightwell said its profits fell by a third." );
   REQUIRE( doc.attributions.size() == 2 );
   CHECK( doc.attributions[ 0 ].speaker->kind == quoth::speaker_kind::organization );
   CHECK( doc.attributions[ 1 ].speaker->kind == quoth::speaker_kind::organization );
   REQUIRE( doc.speakers.size() == 1 );
   CHECK( doc.speakers[ 0 ].kind == quoth::speaker_kind::organization );
   // a later "it" speaks for it
   const auto later = quoth::parse( "Brightwell said it would close two stores. It added that no jobs would go." );
   REQUIRE( later.attributions.size() == 2 );
   CHECK( test::resolved( later, later.attributions[ 1 ] ) == "Brightwell" );
   const auto kind = []( const char* text ) {
      const auto d = quoth::parse( text );
      REQUIRE( !d.attributions.empty() );
      REQUIRE( d.attributions[ 0 ].speaker.has_value() );
      return d.attributions[ 0 ].speaker->kind;
   };
   // an "it" that stands for nothing says nothing
   CHECK( kind( "Carver said it was a shame that the match was lost." ) == quoth::speaker_kind::person );
   CHECK( kind( "Carver said it would be wrong to blame the referee." ) == quoth::speaker_kind::person );
   CHECK( kind( "Carver said it takes time to build a team." ) == quoth::speaker_kind::person );
   // nor in a quotation, the speaker's own words
   CHECK( kind( "Carver said: \"It does not matter who scores.\"" ) == quoth::speaker_kind::person );
   // "he" or "she" anywhere, an honorific, or the name in full in the text keeps a person
   CHECK( kind( "Carver said it would fight the ruling. Carver said he was tired." ) == quoth::speaker_kind::person );
   CHECK( kind( "Mr Carver said it would fight the ruling." ) == quoth::speaker_kind::person );
   CHECK( kind( "Carver said it would fight the ruling, as Jo Carver had hoped." ) == quoth::speaker_kind::person );
}

TEST_CASE( "a country alone as the speaker is an organisation" )
{
   const auto doc = quoth::parse( "Norway said it would send aid to the region." );
   REQUIRE( doc.attributions.size() == 1 );
   CHECK( doc.attributions[ 0 ].speaker->kind == quoth::speaker_kind::organization );
   // two countries are no "it"
   const auto two = quoth::parse( "India and Pakistan said the talks would go on. It added that the border was calm." );
   REQUIRE( two.attributions.size() == 2 );
   CHECK( two.attributions[ 0 ].speaker->kind == quoth::speaker_kind::organization );
   CHECK( test::resolved( two, two.attributions[ 1 ] ) == "<unresolved>" );
}

TEST_CASE( "a day or a month alone is no speaker: it ends a noun phrase with a participle, or the speaker is unknown" )
{
   // the noun phrase with its participle and time is the speaker
   const auto a = test::only( quoth::parse( "A poll published in late March found that the ferry was too slow." ) );
   CHECK( test::speaker( a ) == "A poll published in late March" );
   CHECK( test::content( a ) == "the ferry was too slow" );
   const auto b = test::only( quoth::parse( "Dock workers in three ports voting Tuesday say they want a new contract." ) );
   CHECK( test::speaker( b ) == "Dock workers in three ports voting Tuesday" );
   // a clause with its own verb before the day: the speaker is unknown, the content stands
   const auto c = test::only( quoth::parse( "Lind did not at any point Thursday mention the ferry budget." ) );
   CHECK_FALSE( c.speaker.has_value() );
   CHECK( test::content( c ) == "the ferry budget" );
   const auto d = test::only( quoth::parse( "Lind sent a string of posts early Friday saying the ferry was late." ) );
   CHECK( test::content( d ) == "the ferry was late" );
   CHECK( ( !d.speaker.has_value() || test::speaker( d ) == "Lind" ) );
   // "May" may be a name
   CHECK( test::speaker( test::only( quoth::parse( "May said the pier would close." ) ) ) == "May" );
}

TEST_CASE( "a thousands separator is no comma of apposition: the entity keeps the whole figure" )
{
   const auto doc = quoth::parse( "More than half of 2,000 riders polled said they wanted a later ferry." );
   const auto& a = test::only( doc );
   CHECK( test::speaker( a ) == "More than half of 2,000 riders polled" );
   CHECK( test::resolved( doc, a ) == "More than half of 2,000 riders polled" );
   const auto doc2 = quoth::parse( "The survey of 1,200 riders, a port study, found that fares were too high." );
   CHECK( test::resolved( doc2, test::only( doc2 ) ) == "survey of 1,200 riders" );
}

TEST_CASE( "an apposition left without its closing comma belongs to the name that opens the sentence" )
{
   const auto doc = quoth::parse( "Ada Ruiz, spokeswoman for the harbour board said the pier would reopen." );
   const auto& a = test::only( doc );
   CHECK( test::speaker( a ) == "Ada Ruiz, spokeswoman for the harbour board" );
   CHECK( test::resolved( doc, a ) == "Ada Ruiz" );
   // not a date or an opener before the comma
   CHECK( test::speaker( test::only( quoth::parse( "On Tuesday, the harbour board said the pier would reopen." ) ) ) == "the harbour board" );
   CHECK( test::speaker( test::only( quoth::parse( "Last April, the harbour board said the pier would reopen." ) ) ) == "the harbour board" );
}

TEST_CASE( "a participle with its agent and a phrase with from stay in the speaker, whose head noun decides its kind" )
{
   // "conducted by" and "from" add to the noun phrase before them
   const auto a = test::only( quoth::parse( "A survey conducted by the Dockside Research Centre found that fares were too high." ) );
   CHECK( test::speaker( a ) == "A survey conducted by the Dockside Research Centre" );
   CHECK( a.speaker->kind == quoth::speaker_kind::document );
   const auto b = test::only( quoth::parse( "New figures from the Harbour Pilots Institute show that the channel is silting up." ) );
   CHECK( test::speaker( b ) == "New figures from the Harbour Pilots Institute" );
   CHECK( b.speaker->kind == quoth::speaker_kind::document );
   const auto c = test::only( quoth::parse( "Officials from the ferry company said the timetable would change." ) );
   CHECK( test::speaker( c ) == "Officials from the ferry company" );
   CHECK( c.speaker->kind == quoth::speaker_kind::role );
   // "published by" is a participle with its agent too (not a medium, as "published on")
   const auto d = test::only( quoth::parse( "A report published by the port council said the quay was unsafe." ) );
   CHECK( test::speaker( d ) == "A report published by the port council" );
   CHECK( d.speaker->kind == quoth::speaker_kind::document );
   // a person from a body is the person
   const auto doc = quoth::parse( "\"The ferry will be late,\" said Tomas Ek from Harbour Watch." );
   const auto& e = test::only( doc );
   CHECK( test::speaker( e ) == "Tomas Ek from Harbour Watch" );
   CHECK( e.speaker->kind == quoth::speaker_kind::person );
   CHECK( test::resolved( doc, e ) == "Tomas Ek" );
   // a name after a verb's "to" is its object: the phrase is the people before the verb, and
   // "from" with what is no body is no part of a speaker that starts at the name
   const auto fdoc = quoth::parse( "Dock workers trying to keep Tomas Ek from the final vote say the count was rigged." );
   const auto& f = test::only( fdoc );
   CHECK( test::speaker( f ) == "Dock workers trying to keep Tomas Ek from the final vote" );
   CHECK( f.speaker->kind == quoth::speaker_kind::role );
   CHECK( test::resolved( fdoc, f ) != "Tomas Ek" );
}

TEST_CASE( "a sports page's and a parliament's role nouns are titles, and cannot is an auxiliary" )
{
   const auto doc = quoth::parse( "Sprinter Bo Reyes said the track was too wet. French Green MEP Ada Lind said the vote was rigged." );
   REQUIRE( doc.attributions.size() == 2 );
   CHECK( test::resolved( doc, doc.attributions[ 0 ] ) == "Bo Reyes" );
   CHECK( doc.speaker_of( doc.attributions[ 0 ] )->title == "Sprinter" );
   CHECK( test::resolved( doc, doc.attributions[ 1 ] ) == "Ada Lind" );
   // a surname that is also a sports noun stays a name
   const auto boxer = quoth::parse( "Senator Ada Boxer said the vote was rigged." );
   CHECK( test::resolved( boxer, test::only( boxer ) ) == "Ada Boxer" );
   // "cannot" belongs to the cue, not to the speaker
   const auto& c = test::only( quoth::parse( "The swimmers cannot predict the weather." ) );
   CHECK( test::speaker( c ) == "The swimmers" );
}

TEST_CASE( "a clause with a finite verb between commas is no aside of the speaker" )
{
   // the trailer's speaker reports the clause, not the clause's subject the trailer's words
   const auto& a = test::only( quoth::parse( "Fake e-mails, or phishing, are damaging online trade, say security experts." ) );
   CHECK( test::speaker( a ) == "security experts" );
   CHECK( test::content( a ) == "Fake e-mails, or phishing, are damaging online trade" );
   const auto& c = test::only( quoth::parse( "Fake e-mails, or phishing, and tales of theft are damaging online trade, say security experts." ) );
   CHECK( test::speaker( c ) == "security experts" );
   // the speaker ends with its relative clause, before the verb of the sentence
   const auto& b = test::only( quoth::parse( "Ada Lind, who runs the ferry, is getting into the spirit, even offering free rides." ) );
   CHECK( test::speaker( b ) == "Ada Lind, who runs the ferry" );
}
