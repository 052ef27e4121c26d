// Verbs of intention, belief and attitude, and their to-infinitive contents: "vowed to",
// "declined to", "urged voters to". PolNeAR counts these as attributions; so does quoth.
#include "helpers.hpp"

TEST_CASE( "X vowed to ...: the content is the to-infinitive" )
{
   const auto a = test::only( quoth::parse( "The harbour master vowed to reopen the pier before the summer." ) );
   CHECK( test::speaker( a ) == "The harbour master" );
   CHECK( test::cue( a ) == "vow" );
   CHECK( test::content( a ) == "to reopen the pier before the summer" );
}

TEST_CASE( "X declined to comment" )
{
   const auto a = test::only( quoth::parse( "A spokeswoman for the bakery chain declined to comment." ) );
   CHECK( test::cue( a ) == "decline" );
   CHECK( test::content( a ) == "to comment" );
}

TEST_CASE( "X warned them not to ...: a negated infinitive after an addressee" )
{
   const auto a = test::only( quoth::parse( "The ranger warned hikers not to leave the marked trail." ) );
   CHECK( test::cue( a ) == "warn" );
   CHECK( test::content( a ) == "not to leave the marked trail" );
}

TEST_CASE( "X asked the council to ...: the addressee is not the content" )
{
   const auto a = test::only( quoth::parse( "Councillor Vera Holm asked the council to delay the vote on the stadium." ) );
   CHECK( test::speaker( a ) == "Councillor Vera Holm" );
   CHECK( a.cue->phrase.text == "asked the council" );
   CHECK( test::content( a ) == "to delay the vote on the stadium" );
}

TEST_CASE( "a verb that takes no infinitive does not read one" )
{
   CHECK( quoth::parse( "The minister said to the crowd that the bridge would open." ).attributions.size() <= 1 );
   CHECK( quoth::parse( "The farmers praised to the skies." ).attributions.empty() );
}

TEST_CASE( "beliefs and wishes: believe, want, hope, support" )
{
   const auto a = test::only( quoth::parse( "Most growers believe the frost will return next week." ) );
   CHECK( test::cue( a ) == "believe" );
   CHECK( test::content( a ) == "the frost will return next week" );
   const auto b = test::only( quoth::parse( "The tenants want the landlord to fix the heating." ) );
   CHECK( test::cue( b ) == "want" );
   CHECK( test::content( b ) == "the landlord to fix the heating" );
   const auto c = test::only( quoth::parse( "Two thirds of the members support the merger with the rival club." ) );
   CHECK( test::cue( c ) == "support" );
   CHECK( test::speaker( c ) == "Two thirds of the members" );
}

TEST_CASE( "verbs of attitude take a noun phrase: dismissed, defended, rejected" )
{
   const auto a = test::only( quoth::parse( "The museum director dismissed the complaints about the new wing." ) );
   CHECK( test::cue( a ) == "dismiss" );
   CHECK( test::content( a ) == "the complaints about the new wing" );
   const auto b = test::only( quoth::parse( "Gaby Ortiz rejected the offer from the league." ) );
   CHECK( test::cue( b ) == "reject" );
}

TEST_CASE( "noun readings of the new verbs are not cues" )
{
   CHECK( quoth::parse( "The two states hold their primaries in March." ).attributions.empty() );
   CHECK( quoth::parse( "His call drew an angry reply from the party." ).attributions.empty() );
   CHECK( quoth::parse( "Support for the plan has grown since spring." ).attributions.empty() );
}

TEST_CASE( "a to-infinitive whose verb opens a quotation" )
{
   const auto a = test::only( quoth::parse( "The council wants to “start over” on the plan." ) );
   CHECK( test::speaker( a ) == "The council" );
   CHECK( test::content( a ) == "to “start over” on the plan" );
}

TEST_CASE( "vote, prefer and claim take a to-infinitive" )
{
   const auto a = test::only( quoth::parse( "In 1988, the council voted to compensate the families." ) );
   CHECK( test::speaker( a ) == "the council" );
   CHECK( test::cue( a ) == "vote" );
   CHECK( test::content( a ) == "to compensate the families" );
   CHECK( test::content( test::only( quoth::parse( "Most commuters prefer to take the early ferry." ) ) ) == "to take the early ferry" );
   CHECK( test::content( test::only( quoth::parse( "She claimed to have retired in May." ) ) ) == "to have retired in May" );
}

TEST_CASE( "a possessive before the addressee of an asking verb: \"asked her aide to\"" )
{
   const auto a = test::only( quoth::parse( "Ortiz asked her deputy to close the pier." ) );
   CHECK( test::speaker( a ) == "Ortiz" );
   CHECK( a.cue->phrase.text == "asked her deputy" );
   CHECK( test::content( a ) == "to close the pier" );
   // an object pronoun before a clause stays the addressee
   const auto b = test::only( quoth::parse( "Ortiz told her the pier was closed." ) );
   CHECK( b.cue->phrase.text == "told her" );
   CHECK( test::content( b ) == "the pier was closed" );
}

TEST_CASE( "an adverb inside a progressive cue: \"was still hoping to\"" )
{
   const auto a = test::only( quoth::parse( "The ferry company was still hoping to win the contract." ) );
   CHECK( test::speaker( a ) == "The ferry company" );
   CHECK( a.cue->phrase.text == "was still hoping" );
   CHECK( test::content( a ) == "to win the contract" );
}

TEST_CASE( "a progressive after a modal belongs to the cue: \"would be praising\"" )
{
   const auto a = test::only( quoth::parse( "Lind would be praising the plan if she could." ) );
   CHECK( test::speaker( a ) == "Lind" );
   CHECK( a.cue->phrase.text == "would be praising" );
   const auto b = test::only( quoth::parse( "The union will be arguing that the contract is void." ) );
   CHECK( test::speaker( b ) == "The union" );
   CHECK( test::content( b ) == "the contract is void" );
}

TEST_CASE( "a readiness before the cue's infinitive: \"was quick to praise\", \"more likely to say\"" )
{
   const auto a = test::only( quoth::parse( "The mayor was quick to praise the ferry crews." ) );
   CHECK( test::speaker( a ) == "The mayor" );
   CHECK( a.cue->phrase.text == "was quick to praise" );
   CHECK( test::content( a ) == "the ferry crews" );
   const auto b = test::only( quoth::parse( "Older pilots are far more likely to say the levy is fair." ) );
   CHECK( test::speaker( b ) == "Older pilots" );
   CHECK( test::content( b ) == "the levy is fair" );
   CHECK( quoth::parse( "The mayor was quick to the door." ).attributions.empty() );
}

TEST_CASE( "\"propose\" takes a to-infinitive" )
{
   const auto a = test::only( quoth::parse( "Ortiz proposes to pay for the bridge with a toll on trucks." ) );
   CHECK( test::speaker( a ) == "Ortiz" );
   CHECK( test::cue( a ) == "propose" );
   CHECK( test::content( a ) == "to pay for the bridge with a toll on trucks" );
}
