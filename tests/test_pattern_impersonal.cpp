// Views with no speaker: "X seems to ...", "X is widely expected to ...", "It is not clear
// whether ...", "X reportedly ...". PolNeAR annotates these as attributions without a source;
// quoth reports them with the pattern `impersonal` and no speaker.
#include "helpers.hpp"

TEST_CASE( "X seems to ...: the content starts at the subject" )
{
   const auto a = test::only( quoth::parse( "The ferry contract seems to have stalled in the council." ) );
   CHECK( a.pattern == quoth::pattern::impersonal );
   CHECK_FALSE( a.speaker.has_value() );
   REQUIRE( a.cue.has_value() );
   CHECK( a.cue->phrase.text == "seems" );
   CHECK( test::content( a ) == "The ferry contract seems to have stalled in the council" );
}

TEST_CASE( "X is widely expected to ...: the cue runs from the auxiliary" )
{
   const auto a = test::only( quoth::parse( "Even so, Councillor Ruth Amsel is widely expected to run for mayor." ) );
   CHECK( a.pattern == quoth::pattern::impersonal );
   CHECK( a.cue->phrase.text == "is widely expected" );
   CHECK( test::content( a ) == "Councillor Ruth Amsel is widely expected to run for mayor" );
}

TEST_CASE( "It is not clear whether ...: the content is the clause after the cue" )
{
   const auto a = test::only( quoth::parse( "It is not clear whether the second tunnel will be dug at all." ) );
   CHECK( a.pattern == quoth::pattern::impersonal );
   CHECK( a.cue->phrase.text == "It is not clear" );
   CHECK( test::content( a ) == "whether the second tunnel will be dug at all" );
}

TEST_CASE( "X reportedly ...: an adverb of hearsay" )
{
   const auto a = test::only( quoth::parse( "The striking crews reportedly left the talks early." ) );
   CHECK( a.pattern == quoth::pattern::impersonal );
   CHECK( a.cue->phrase.text == "reportedly" );
   CHECK( test::content( a ) == "The striking crews reportedly left the talks early" );
}

TEST_CASE( "a subject that expects something is a speaker, not an impersonal view" )
{
   const auto a = test::only( quoth::parse( "She expected to win the seat easily." ) );
   CHECK( a.pattern != quoth::pattern::impersonal );
   CHECK( test::speaker( a ) == "She" );
}

TEST_CASE( "appearing somewhere and a clear view are not views" )
{
   CHECK( quoth::parse( "The harbour master appeared on the evening news on Monday." ).attributions.empty() );
   CHECK( quoth::parse( "The sky was clear over the bay when the boats left." ).attributions.empty() );
}

TEST_CASE( "X seems/appears + an adjective" )
{
   const auto a = test::only( quoth::parse( "The harbour board seemed unconvinced by the new timetable." ) );
   CHECK( a.pattern == quoth::pattern::impersonal );
   CHECK( a.cue->phrase.text == "seemed" );
   CHECK( test::content( a ) == "The harbour board seemed unconvinced by the new timetable" );
   const auto b = test::only( quoth::parse( "A second vote appears unlikely before spring." ) );
   CHECK( b.pattern == quoth::pattern::impersonal );
}

TEST_CASE( "appearing somewhere is not a view" )
{
   CHECK( quoth::parse( "The minister appeared on the evening news with her deputy." ).attributions.empty() );
   CHECK( quoth::parse( "The band appeared together for the first time in years." ).attributions.empty() );
   CHECK( quoth::parse( "The mayor appeared before the committee on Tuesday." ).attributions.empty() );
}

TEST_CASE( "a question put to someone with no asker named" )
{
   const auto doc = quoth::parse( "“Not this year,” Lind said when asked whether the depot would close, and left." );
   REQUIRE( doc.attributions.size() == 2 );
   const auto& q = doc.attributions[ 1 ];
   CHECK( q.pattern == quoth::pattern::impersonal );
   CHECK_FALSE( q.speaker.has_value() );
   CHECK( q.cue->phrase.text == "asked" );
   CHECK( test::content( q ) == "whether the depot would close" );

   const auto a = test::only( quoth::parse( "On the radio, the mayor was asked about the ferry fares." ) );
   CHECK( a.pattern == quoth::pattern::impersonal );
   CHECK( a.cue->phrase.text == "was asked about" );
   CHECK( test::content( a ) == "the ferry fares" );
}

TEST_CASE( "an asker is not an impersonal question" )
{
   for( const auto& a : quoth::parse( "The reporter asked whether the depot would close." ).attributions ) {
      CHECK( a.pattern != quoth::pattern::impersonal );
   }
   CHECK( quoth::parse( "The mayor was asked by the council to stay." ).attributions.empty() );
}

TEST_CASE( "the plain form seem is a view" )
{
   const auto a = test::only( quoth::parse( "The delays seem to be spreading to the northern lines." ) );
   CHECK( a.pattern == quoth::pattern::impersonal );
   CHECK( a.cue->phrase.text == "seem" );
   CHECK( test::content( a ) == "The delays seem to be spreading to the northern lines" );
}

TEST_CASE( "a passive of perception with no agent: is seen as, is believed to" )
{
   const auto a = test::only( quoth::parse( "The harbour plan is widely seen as a gamble." ) );
   CHECK( a.pattern == quoth::pattern::impersonal );
   CHECK_FALSE( a.speaker.has_value() );
   CHECK( a.cue->phrase.text == "is widely seen" );
   CHECK( test::content( a ) == "The harbour plan is widely seen as a gamble" );
   const auto b = test::only( quoth::parse( "The treasurer was said to be furious." ) );
   CHECK( b.cue->phrase.text == "was said" );
   const auto c = test::only( quoth::parse( "The mayor is thought to favour the northern route." ) );
   CHECK( c.cue->phrase.text == "is thought" );
   // no auxiliary, or no as/to: no view
   CHECK( quoth::parse( "Apple appeared as a sponsor of the race." ).attributions.empty() );
   CHECK( quoth::parse( "The ferry was seen in the harbour at noon." ).attributions.empty() );
}

TEST_CASE( "\"seemed like\": a view with no speaker" )
{
   const auto a = test::only( quoth::parse( "The turnout seemed like a warning to the council." ) );
   CHECK( a.pattern == quoth::pattern::impersonal );
   CHECK( a.cue->phrase.text == "seemed" );
   CHECK( test::content( a ) == "The turnout seemed like a warning to the council" );
   // "appeared like" is not read this way
   CHECK( quoth::parse( "The ghost appeared like magic." ).attributions.empty() );
}

TEST_CASE( "a relative word as the subject of \"is expected to\"" )
{
   const auto doc = quoth::parse( "The final will be shown on Sunday, which is expected to draw a record audience." );
   const auto a = test::only( doc );
   CHECK( a.pattern == quoth::pattern::impersonal );
   CHECK( test::content( a ) == "which is expected to draw a record audience" );
}

TEST_CASE( "a subject before an aside between commas: the content starts at the subject" )
{
   const auto a = test::only( quoth::parse( "The harbour board, which has kept the fees flat since 2019, is expected to raise them in May." ) );
   CHECK( a.pattern == quoth::pattern::impersonal );
   CHECK( a.cue->phrase.text == "is expected" );
   CHECK( test::content( a ) == "The harbour board, which has kept the fees flat since 2019, is expected to raise them in May" );
   const auto b = test::only( quoth::parse( "The old ferry, for a while, seemed safe from the cuts." ) );
   CHECK( b.cue->phrase.text == "seemed" );
   CHECK( test::content( b ) == "The old ferry, for a while, seemed safe from the cuts" );
   // a subject too long to be one: no view
   CHECK( quoth::parse( "The new tram line to the port that was opened to all riders last spring, for a while, seemed safe." ).attributions.empty() );
}

TEST_CASE( "\"it seems\" before a clause with no \"that\"" )
{
   const auto a = test::only( quoth::parse( "After the vote, it seems the council has lost its appetite for the scheme." ) );
   CHECK( a.pattern == quoth::pattern::impersonal );
   CHECK( a.cue->phrase.text == "it seems" );
   CHECK( test::content( a ) == "the council has lost its appetite for the scheme" );
}

TEST_CASE( "a passive of a reporting verb names no speaker" )
{
   const auto a = test::only( quoth::parse( "Mr. Ode was asked again whether he would run." ) );
   CHECK_FALSE( a.speaker.has_value() );
   CHECK( a.cue->phrase.text == "was asked" );
   CHECK( test::content( a ) == "whether he would run" );
   const auto b = test::only( quoth::parse( "It was said that the mill would close." ) );
   CHECK_FALSE( b.speaker.has_value() );
   CHECK( test::content( b ) == "the mill would close" );
   // a date or medium between "asked" and the question
   const auto c = test::only( quoth::parse( "The actress was asked on Monday if she had been treated unfairly." ) );
   CHECK_FALSE( c.speaker.has_value() );
   CHECK( test::content( c ) == "if she had been treated unfairly" );
   // but a worry is the subject's own view
   const auto d = test::only( quoth::parse( "The chief is worried that the mill will close." ) );
   CHECK( test::speaker( d ) == "The chief" );
   CHECK( d.cue->phrase.text == "is worried" );
}

TEST_CASE( "the word of a view is found at either end of a sentence, short or long" )
{
   // (the sentences are scanned sixteen bytes at a time, the last round up to their end)
   const auto a = test::only( quoth::parse( "Snow seems sure." ) );
   CHECK( a.pattern == quoth::pattern::impersonal );
   CHECK( a.cue->phrase.text == "seems" );
   const auto b = test::only( quoth::parse( "After a long winter of repairs to the northern pier and the harbour wall, the ferry is said to sail." ) );
   CHECK( b.pattern == quoth::pattern::impersonal );
   CHECK( b.cue->phrase.text == "is said" );
   const auto c = test::only( quoth::parse( "After a long winter of repairs to the northern pier, the old blue ferry is widely seen as safe." ) );
   CHECK( c.pattern == quoth::pattern::impersonal );
   CHECK( c.cue->phrase.text == "is widely seen" );
   const auto d = test::only( quoth::parse( "Lind leads by six points in the latest Courier poll." ) );
   CHECK( d.pattern == quoth::pattern::according_to );
   CHECK( d.cue->phrase.text == "in" );
}

TEST_CASE( "\"known as\" and \"known for\" name a label or a reputation with no speaker" )
{
   // with a verb: the clause from its subject on
   const auto a = test::only( quoth::parse( "Brook is best known for her radio plays." ) );
   CHECK( a.pattern == quoth::pattern::impersonal );
   CHECK_FALSE( a.speaker.has_value() );
   CHECK( a.cue->phrase.text == "is best known for" );
   CHECK( test::content( a ) == "Brook is best known for her radio plays" );
   // without one: the noun phrase before and the name after
   const auto b = test::only( quoth::parse( "Ortiz won four of the votes known as the spring round." ) );
   CHECK( b.cue->phrase.text == "known as" );
   CHECK( test::content( b ) == "the votes known as the spring round" );
   const auto c = test::only( quoth::parse( "The port union, also known as the Dock League, met on Monday." ) );
   CHECK( c.cue->phrase.text == "also known as" );
   CHECK( test::content( c ) == "The port union, also known as the Dock League" );
   // "known" of the verb "know" is none
   CHECK( quoth::parse( "She trusts a pilot whom she has known for years." ).attributions.empty() );
}

TEST_CASE( "\"is expected to\" after \"but\", an adverb, or a demonstrative \"That\"" )
{
   // a second verb of the subject: the content is the sentence from its subject
   const auto a = test::only( quoth::parse( "Brook is moving to Ohio but is expected to keep her seat." ) );
   CHECK( a.pattern == quoth::pattern::impersonal );
   CHECK( a.cue->phrase.text == "is expected" );
   CHECK( test::content( a ) == "Brook is moving to Ohio but is expected to keep her seat" );
   const auto b = test::only( quoth::parse( "That was originally expected to take two years." ) );
   CHECK( b.cue->phrase.text == "was originally expected" );
   CHECK( test::content( b ) == "That was originally expected to take two years" );
}

TEST_CASE( "\"seemed\" before a noun phrase with \"a\" or a degree word is a view" )
{
   const auto a = test::only( quoth::parse( "The vote seemed a warning to the board." ) );
   CHECK( a.pattern == quoth::pattern::impersonal );
   CHECK( a.cue->phrase.text == "seemed" );
   CHECK( test::content( a ) == "The vote seemed a warning to the board" );
   CHECK( test::content( test::only( quoth::parse( "The change in tone seemed so stark that it startled the crew." ) ) ) == "The change in tone seemed so stark that it startled the crew" );
   // "appeared" before "a" is no view: "The mayor appeared a day later."
   CHECK( quoth::parse( "The mayor appeared a day later at the pier." ).attributions.empty() );
}

TEST_CASE( "a passive of judgement with no agent: \"criticized for\", \"accused of\", \"charged with\"" )
{
   const auto a = test::only( quoth::parse( "Mr. Lind has been widely criticized for giving vague answers." ) );
   CHECK( a.pattern == quoth::pattern::impersonal );
   CHECK( a.cue->phrase.text == "has been widely criticized" );
   CHECK( test::content( a ) == "Mr. Lind has been widely criticized for giving vague answers" );
   CHECK( test::only( quoth::parse( "Ortiz is accused of hiding the ledger." ) ).cue->phrase.text == "is accused" );
   CHECK( test::only( quoth::parse( "Two clerks were charged with taking bribes." ) ).cue->phrase.text == "were charged" );
   CHECK( test::only( quoth::parse( "The rollout was criticized as sloppy." ) ).cue->phrase.text == "was criticized" );
   // not without its preposition, nor without a form of "be"
   CHECK( quoth::parse( "The clerk charged a fee for the copies." ).attributions.empty() );
   CHECK( quoth::parse( "Ortiz was charged a fee." ).attributions.empty() );
   CHECK( quoth::parse( "The clerk accused of theft was late." ).attributions.empty() );
}

TEST_CASE( "the content of a passive in a relative clause ends with the clause" )
{
   const auto a = test::only( quoth::parse( "Ortiz, who was accused of fraud, resigned on Monday." ) );
   CHECK( test::content( a ) == "who was accused of fraud" );
   const auto b = test::only( quoth::parse( "The fair, which is expected to draw a crowd, opens today." ) );
   CHECK( test::content( b ) == "which is expected to draw a crowd" );
}

TEST_CASE( "a conjunction before the subject is no part of the content" )
{
   CHECK( test::content( test::only( quoth::parse( "Lind left early, and Ortiz is expected to win the seat." ) ) ) == "Ortiz is expected to win the seat" );
   CHECK( test::content( test::only( quoth::parse( "But no one seems to have followed up on the letter." ) ) ) == "no one seems to have followed up on the letter" );
   // a verb of the sentence's subject after "and" and its comma: the content is the sentence
   CHECK( test::content( test::only( quoth::parse( "The browser is four years old, and is widely seen as falling behind its rivals." ) ) ) == "The browser is four years old, and is widely seen as falling behind its rivals" );
}

TEST_CASE( "a title a work is given and the words a crowd chants: \"titled “A”\", \"chants of “B”\"" )
{
   const auto a = test::only( quoth::parse( "The harbour board released a memo titled “Where the Ferry Stands” on Monday." ) );
   CHECK( a.pattern == quoth::pattern::impersonal );
   CHECK_FALSE( a.speaker.has_value() );
   CHECK( a.cue->phrase.text == "titled" );
   CHECK( test::content( a ) == "Where the Ferry Stands" );
   // a title in capitals with no quotation marks, its subtitle after a colon
   const auto b = test::only( quoth::parse( "Lind has a book in the works entitled Harbour Days: Notes from the Quay about her years in office." ) );
   CHECK( test::content( b ) == "Harbour Days: Notes from the Quay" );
   const auto c = test::only( quoth::parse( "The mayor was met with chants of “Toll no more!” at the pier." ) );
   CHECK( c.cue->phrase.text == "chants of" );
   CHECK( test::content( c ) == "Toll no more!" );
   // chants with no quotation, and a title that is no capitalised run, report nothing
   CHECK( quoth::parse( "The hall filled with chants for the two candidates." ).attributions.empty() );
   CHECK( quoth::parse( "The file was titled in pencil." ).attributions.empty() );
}

TEST_CASE( "\"was widely considered A\": the subject with what it is held to be; \"it remains unclear\", \"Nor is it clear that\"" )
{
   const auto a = test::only( quoth::parse( "The vote in the north was widely considered a sham." ) );
   CHECK( a.pattern == quoth::pattern::impersonal );
   CHECK( test::content( a ) == "The vote in the north was widely considered a sham" );
   const auto b = test::only( quoth::parse( "It remains unclear how the board will vote." ) );
   CHECK( b.cue->phrase.text == "It remains unclear" );
   CHECK( test::content( b ) == "how the board will vote" );
   const auto c = test::only( quoth::parse( "It was unclear exactly when the council would meet." ) );
   CHECK( test::content( c ) == "when the council would meet" );
   const auto d = test::only( quoth::parse( "Nor is it clear that Lind is the strongest candidate." ) );
   CHECK( d.cue->phrase.text == "Nor is it clear" );
   CHECK( test::content( d ) == "Lind is the strongest candidate" );
   // a question reports nothing
   CHECK( quoth::parse( "Is it clear that the toll will pass?" ).attributions.empty() );
}

TEST_CASE( "\"it became clear\" before a clause with no \"that\"" )
{
   const auto a = test::only( quoth::parse( "It became clear Lind was on a firm path to the nomination." ) );
   CHECK( a.pattern == quoth::pattern::impersonal );
   CHECK( a.cue->phrase.text == "It became clear" );
   CHECK( test::content( a ) == "Lind was on a firm path to the nomination" );
   // no clause after it: nothing
   CHECK( quoth::parse( "It is clear now." ).attributions.empty() );
}
