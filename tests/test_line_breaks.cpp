// Line breaks inside a sentence: text copied from web pages keeps the words of a link on a
// line of their own, and a line may start with the comma or period that goes on the sentence
// before it. Such breaks split no paragraph; a blank line, or a line after a finished
// sentence, still does. All sentences are made up for these tests.
#include "helpers.hpp"

namespace
{
   quoth::document parse_ru( const std::string_view text )
   {
      quoth::options opt;
      opt.language = quoth::language::russian;
      return quoth::parse( text, opt );
   }

} // namespace

TEST_CASE( "a line that starts with a comma goes on the sentence before it" )
{
   const auto a = test::only( quoth::parse( "The gates will stay shut\n, the harbour master said." ) );
   CHECK( test::speaker( a ) == "the harbour master" );
   CHECK( test::content( a ) == "The gates will stay shut" );
   const auto b = test::only( parse_ru( "Директор музея Ирина Лосева заявила\n, что выставка откроется в мае." ) );
   CHECK( test::speaker( b ) == "Директор музея Ирина Лосева" );
   CHECK( test::content( b ) == "выставка откроется в мае" );
}

TEST_CASE( "a short line between two broken-off parts of a sentence joins both" )
{
   // the outlet was a link: it stands on a line of its own
   const auto a = test::only( parse_ru( "Как сообщает\n«Вечерний курьер»\n, паром выйдет в рейс в пятницу." ) );
   CHECK( a.pattern == quoth::pattern::according_to );
   CHECK( test::speaker( a ) == "«Вечерний курьер»" );
   CHECK( test::content( a ) == "паром выйдет в рейс в пятницу" );
   const auto b = test::only( parse_ru( "Паром выйдет в рейс в пятницу, сообщает агентство\nСеверпресс\n." ) );
   CHECK( test::speaker( b ) == "агентство\nСеверпресс" );
   CHECK( test::content( b ) == "Паром выйдет в рейс в пятницу" );
   const auto c = test::only( quoth::parse( "The ferry will sail on Friday, reported the\nNorth Coast Courier\n." ) );
   CHECK( test::content( c ) == "The ferry will sail on Friday" );
}

TEST_CASE( "a name over line breaks resolves to one line, with no space inside its quote marks" )
{
   const auto doc = parse_ru( "Овощи нужно есть каждый день, отмечает «\nАгентство городских новостей\n»." );
   const auto a = test::only( doc );
   CHECK( test::speaker( a ) == "«\nАгентство городских новостей\n»" ); // the span is the text as it stands
   CHECK( test::resolved( doc, a ) == "«Агентство городских новостей»" );
}

TEST_CASE( "a title, a new paragraph and a list of names still split" )
{
   // a title line with no period, then a sentence: two paragraphs
   const auto doc = quoth::parse( "Mayor backs the tram plan\nThe mayor said the tram would reach the airport by 2027." );
   const auto a = test::only( doc );
   CHECK( test::speaker( a ) == "The mayor" );
   // a long line after a line with no period is a paragraph of its own
   const auto b = parse_ru( "Также по теме\nМэр заявил, что новый мост через реку откроют к осени следующего года, если позволит погода.\nДругие новости" );
   const auto x = test::only( b );
   CHECK( test::speaker( x ) == "Мэр" );
   // a short line whose next line starts in upper case stays apart
   const auto c = parse_ru( "Новости дня\nСевер\nМэр заявил, что мост откроют." );
   CHECK( test::speaker( test::only( c ) ) == "Мэр" );
   // an ellipsis that opens a line opens a paragraph
   const auto d = quoth::parse( "The mayor spoke first\n...and then the harbour master said the gates would stay shut." );
   CHECK( test::speaker( test::only( d ) ) == "the harbour master" );
}
