// Sentence boundaries as attributions see them: abbreviations that do and do not end a
// sentence.
#include "helpers.hpp"

TEST_CASE( "a title abbreviation never ends the sentence" )
{
   const auto a = test::only( quoth::parse( "Sen. Ada Lind said the vote on Friday would be close." ) );
   CHECK( test::speaker( a ) == "Sen. Ada Lind" );
   CHECK( test::content( a ) == "the vote on Friday would be close" );
}

TEST_CASE( "a month abbreviation never ends the sentence: Mar. 15" )
{
   const auto a = test::only( quoth::parse( "Lind said Mar. 15 that the ferry would run again." ) );
   CHECK( test::speaker( a ) == "Lind" );
   CHECK( test::content( a ) == "the ferry would run again" );
}

TEST_CASE( "p.m. before a pronoun ends the sentence" )
{
   const auto doc = quoth::parse( "Lind says the count will start at 9 p.m. She says nobody will leave before the end." );
   REQUIRE( doc.attributions.size() == 2 );
   CHECK( test::content( doc.attributions[ 0 ] ) == "the count will start at 9 p.m" );
   CHECK( test::speaker( doc.attributions[ 1 ] ) == "She" );
   CHECK( test::content( doc.attributions[ 1 ] ) == "nobody will leave before the end" );
}

TEST_CASE( "U.S. and Inc. before a word that opens a sentence end it" )
{
   const auto doc = quoth::parse( "The mill sold its plant to Harrow Inc. The union said the jobs were safe. Ferries still run to the U.S. But the captain said fuel costs had doubled." );
   REQUIRE( doc.attributions.size() == 2 );
   CHECK( test::speaker( doc.attributions[ 0 ] ) == "The union" );
   CHECK( test::speaker( doc.attributions[ 1 ] ) == "the captain" );
   CHECK( test::content( doc.attributions[ 1 ] ) == "fuel costs had doubled" );
}

TEST_CASE( "U.S. before a name or a title goes on" )
{
   const auto a = test::only( quoth::parse( "The U.S. Coast Guard said the ferry was safe." ) );
   CHECK( test::speaker( a ) == "The U.S. Coast Guard" );
   const auto b = test::only( quoth::parse( "Ben Ode Jr. said the ferry was safe." ) );
   CHECK( test::speaker( b ) == "Ben Ode Jr." );
}

TEST_CASE( "no. ends the sentence unless a number follows" )
{
   const auto doc = quoth::parse( "Asked if the ferry would close, Lind said no. But she said the fares would rise." );
   REQUIRE( doc.attributions.size() == 3 );
   CHECK( test::content( doc.attributions[ 1 ] ) == "no" );
   CHECK( test::speaker( doc.attributions[ 2 ] ) == "she" );
   CHECK( test::content( doc.attributions[ 2 ] ) == "the fares would rise" );
   const auto a = test::only( quoth::parse( "Lind said the ferry was No. 1 on her list." ) );
   CHECK( test::content( a ) == "the ferry was No. 1 on her list" );
}

TEST_CASE( "the v. of a case name never ends the sentence: Brook v. Ortiz" )
{
   const auto a = test::only( quoth::parse( "Lind said the ruling in Brook v. Ortiz would stand for years." ) );
   CHECK( test::speaker( a ) == "Lind" );
   CHECK( test::content( a ) == "the ruling in Brook v. Ortiz would stand for years" );
}

TEST_CASE( "initials inside a name end no sentence: A.J. Brook, H.W." )
{
   const auto doc = quoth::parse( "“The dam will hold,” said Rep. A.J. Brook (D-Ohio), who chairs the water panel. “We checked it twice.”\n\nT.R. Lind said the survey was sound." );
   REQUIRE( doc.attributions.size() == 2 );
   CHECK( test::speaker( doc.attributions[ 0 ] ) == "Rep. A.J. Brook (D-Ohio)" );
   REQUIRE( doc.attributions[ 0 ].parts.size() == 2 );
   CHECK( doc.attributions[ 0 ].parts[ 1 ].text == "We checked it twice." );
   CHECK( test::speaker( doc.attributions[ 1 ] ) == "T.R. Lind" );
   CHECK( test::content( doc.attributions[ 1 ] ) == "the survey was sound" );
}

TEST_CASE( "a state's initials after its town end the sentence before a name" )
{
   const auto doc = quoth::parse( "The ferry docked in Lodi, N.J. Ada Lind said the crossing was calm. The plant in Dover, D.C. The union said it would close." );
   REQUIRE( doc.attributions.size() == 2 );
   CHECK( test::speaker( doc.attributions[ 0 ] ) == "Ada Lind" );
   CHECK( test::content( doc.attributions[ 0 ] ) == "the crossing was calm" );
   CHECK( test::speaker( doc.attributions[ 1 ] ) == "The union" );
}

TEST_CASE( "a sentence in parentheses is read without them" )
{
   const auto a = test::only( quoth::parse( "(Mr. Ortiz, who did not answer a call, has denied that he was writing a memoir.)" ) );
   CHECK( test::speaker( a ) == "Mr. Ortiz, who did not answer a call" );
   CHECK( test::cue( a ) == "deny" );
   CHECK( test::content( a ) == "he was writing a memoir" );
   // two sentences inside one pair: the first loses the opening one, the last the closing one
   const auto doc = quoth::parse( "The ferry stopped. (Brook said the pier was unsafe. Lind wrote that it would reopen.) The town waited." );
   REQUIRE( doc.attributions.size() == 2 );
   CHECK( test::speaker( doc.attributions[ 0 ] ) == "Brook" );
   CHECK( test::content( doc.attributions[ 0 ] ) == "the pier was unsafe" );
   CHECK( test::speaker( doc.attributions[ 1 ] ) == "Lind" );
   CHECK( test::content( doc.attributions[ 1 ] ) == "it would reopen" );
   // a parenthesis that closes inside the sentence stays
   const auto b = test::only( quoth::parse( "(Lind) said the pier was unsafe." ) );
   CHECK( test::content( b ) == "the pier was unsafe" );
}

TEST_CASE( "a question quoted after a colon ends the sentence before a capital" )
{
   const auto doc = quoth::parse( "A trader asked: \"Who will pay for the new dock?\" The port authority said the state would." );
   REQUIRE( doc.attributions.size() == 2 );
   CHECK( test::speaker( doc.attributions[ 0 ] ) == "A trader" );
   CHECK( test::content( doc.attributions[ 0 ] ) == "Who will pay for the new dock?" );
   CHECK( test::speaker( doc.attributions[ 1 ] ) == "The port authority" );
   CHECK( test::content( doc.attributions[ 1 ] ) == "the state would" );
}

TEST_CASE( "a quoted question that opens the sentence goes on to its speaker" )
{
   const auto a = test::only( quoth::parse( "“Who will pay for the new dock?” Ada Brook asked on Tuesday." ) );
   CHECK( test::speaker( a ) == "Ada Brook" );
   CHECK( test::content( a ) == "Who will pay for the new dock?" );
}
