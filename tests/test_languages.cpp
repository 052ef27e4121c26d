// Languages as traits: options::language (or detection) picks a language's traits once per
// document, and its patterns, phrase readers and quotation rule are the ones used. All
// sentences are made up for these tests.
#include <string_view>
#include <vector>

#include "helpers.hpp"

namespace
{
   // Two Russian attributions: a speaker-first one and a quote-first one.
   constexpr std::string_view russian_text = "Директор музея Нина Белова сообщила, что новая выставка откроется в мае.\n\n«Билеты уже продаются», — добавил куратор Артем Громов.\n";

   constexpr std::string_view english_text = "The harbour master said on Tuesday that the ferry would run again.\n";

   quoth::document parse_as( const std::string_view text, const quoth::language l )
   {
      quoth::options opt;
      opt.language = l;
      return quoth::parse( text, opt );
   }

   const quoth::internal::language_ops< quoth::internal::engine >& ops( const quoth::language l )
   {
      return quoth::internal::language_ops_of< quoth::internal::engine >( l );
   }

   // Function pointers are compared outside doctest's expression, which cannot print them.
   template< typename F >
   bool same( const F a, const F b )
   {
      return a == b;
   }

   quoth::date date_read_by( const quoth::language l, const std::string_view phrase )
   {
      std::vector< std::string_view > words;
      quoth::date d;
      ops( l ).read_date( phrase, 0, phrase.size(), d, words );
      return d;
   }

   quoth::speaker_kind speaker_read_by( const quoth::language l, const std::string_view phrase )
   {
      std::vector< std::string_view > words;
      return ops( l ).read_speaker( phrase, 0, phrase.size(), words ).kind;
   }

   quoth::quotation_kind kind_of_only_quotation( const quoth::document& doc )
   {
      REQUIRE( doc.quotations.size() == 1 );
      return doc.quotations.front().kind;
   }

} // namespace

TEST_CASE( "automatic picks the Russian traits for a Russian text, the English ones for an English text" )
{
   const quoth::document ru = quoth::parse( russian_text );
   REQUIRE( ru.attributions.size() == 2 );
   CHECK( test::cue( ru.attributions[ 0 ] ) == "сообщить" );
   CHECK( test::speaker( ru.attributions[ 0 ] ) == "Директор музея Нина Белова" );
   CHECK( test::cue( ru.attributions[ 1 ] ) == "добавить" );
   CHECK( ru.attributions[ 1 ].pattern == quoth::pattern::quote_cue_speaker );
   // the Russian resolution names the speaker by its name, the role kept apart
   REQUIRE( ru.speaker_of( ru.attributions[ 0 ] ) != nullptr );
   CHECK( ru.speaker_of( ru.attributions[ 0 ] )->name == "Нина Белова" );

   const auto en = test::only( quoth::parse( english_text ) );
   CHECK( test::cue( en ) == "say" );
   CHECK( test::speaker( en ) == "The harbour master" );
   REQUIRE( en.date );
   CHECK( en.date->weekday == 2 );
}

TEST_CASE( "options::language forces one language's traits whatever the text" )
{
   // the English patterns find no cue, colon or "according" in a Russian text
   CHECK( parse_as( russian_text, quoth::language::english ).attributions.empty() );
   // and the Russian ones none in an English text
   CHECK( parse_as( english_text, quoth::language::russian ).attributions.empty() );
   // forcing the language the text is in changes nothing
   CHECK( parse_as( russian_text, quoth::language::russian ).attributions.size() == 2 );
   CHECK( parse_as( english_text, quoth::language::english ).attributions.size() == 1 );
}

TEST_CASE( "a short quotation after a word is a name in Russian and scare quotes in English" )
{
   // Russian capitalises only the first word of a name in quotes
   constexpr std::string_view shares = "Акции компании «Южный причал» подорожали за неделю на десять процентов.";
   CHECK( kind_of_only_quotation( parse_as( shares, quoth::language::russian ) ) == quoth::quotation_kind::title );
   CHECK( kind_of_only_quotation( parse_as( shares, quoth::language::english ) ) == quoth::quotation_kind::scare );
   // a lower-case one is scare quotes in both
   constexpr std::string_view scare = "Власти открыли так называемый «тихий час» для посетителей.";
   CHECK( kind_of_only_quotation( parse_as( scare, quoth::language::russian ) ) == quoth::quotation_kind::scare );
   CHECK( kind_of_only_quotation( parse_as( scare, quoth::language::english ) ) == quoth::quotation_kind::scare );
}

TEST_CASE( "the registry maps each language to its traits" )
{
   using quoth::language;
   using quoth::internal::engine;
   namespace en = quoth::internal::en;
   namespace ru = quoth::internal::ru;
   CHECK( same( ops( language::english ).read_speaker, en::traits::read_speaker ) );
   CHECK( same( ops( language::english ).read_date, en::traits::read_date ) );
   CHECK( same( ops( language::english ).match_sentence, &en::traits::match_sentence< engine > ) );
   CHECK( same( ops( language::russian ).read_speaker, ru::traits::read_speaker ) );
   CHECK( same( ops( language::russian ).read_date, ru::traits::read_date ) );
   CHECK( same( ops( language::russian ).match_sentence, &ru::traits::match_sentence< engine > ) );
   CHECK( !same( ops( language::russian ).match_sentence, ops( language::english ).match_sentence ) );
   CHECK( !same( ops( language::russian ).resolve, ops( language::english ).resolve ) );
   // automatic is decided before the registry is asked; on its own it means English
   CHECK( &ops( language::automatic ) == &ops( language::english ) );
   CHECK( quoth::internal::detect_language( russian_text, language::automatic ) == language::russian );
   CHECK( quoth::internal::detect_language( english_text, language::automatic ) == language::english );
}

TEST_CASE( "each language reads date and speaker phrases with its own words" )
{
   const quoth::date ru = date_read_by( quoth::language::russian, "12 апреля 2024 года" );
   CHECK( ru.day == 12 );
   CHECK( ru.month == 4 );
   CHECK( ru.year == 2024 );
   // the digits are shared; the month name is not English
   const quoth::date en = date_read_by( quoth::language::english, "12 апреля 2024 года" );
   CHECK( en.day == 12 );
   CHECK( !en.month );
   CHECK( en.year == 2024 );
   CHECK( date_read_by( quoth::language::english, "April 12" ).month == 4 );
   CHECK( !date_read_by( quoth::language::russian, "April 12" ).month );

   CHECK( speaker_read_by( quoth::language::russian, "она" ) == quoth::speaker_kind::pronoun );
   CHECK( speaker_read_by( quoth::language::english, "она" ) != quoth::speaker_kind::pronoun );
   CHECK( speaker_read_by( quoth::language::english, "she" ) == quoth::speaker_kind::pronoun );
   CHECK( speaker_read_by( quoth::language::russian, "she" ) != quoth::speaker_kind::pronoun );
}
