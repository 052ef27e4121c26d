// Russian: language choice, the Russian patterns, cue lemmas, speakers in oblique cases,
// pronouns and dates. All sentences are made up for these tests.
#include <tao/pegtl/contrib/analyze.hpp>

#include "helpers.hpp"

namespace
{
   quoth::document ru( const std::string_view text )
   {
      quoth::options opt;
      opt.language = quoth::language::russian;
      return quoth::parse( text, opt );
   }

} // namespace

TEST_CASE( "the language is detected from the share of Cyrillic letters" )
{
   // automatic (the default) reads a Russian text with the Russian patterns
   const auto a = test::only( quoth::parse( "Мэр города Иван Петров заявил, что мост откроют осенью." ) );
   CHECK( test::cue( a ) == "заявить" );
   // an English text with a Russian title in it stays English
   const auto e = test::only( quoth::parse( "The mayor said the bridge would reopen, according to the «Городские вести» newspaper." ) );
   CHECK( test::cue( e ) == "say" );
   // an explicit language wins
   quoth::options opt;
   opt.language = quoth::language::english;
   CHECK( quoth::parse( "Мэр города Иван Петров заявил, что мост откроют осенью.", opt ).attributions.empty() );
}

TEST_CASE( "«Цитата», — заявил X." )
{
   const auto doc = ru( "«Мы откроем новую школу к сентябрю», — заявил губернатор области Олег Смирнов." );
   const auto a = test::only( doc );
   CHECK( a.pattern == quoth::pattern::quote_cue_speaker );
   CHECK( a.type == quoth::content_kind::direct );
   CHECK( test::content( a ) == "Мы откроем новую школу к сентябрю" );
   CHECK( test::speaker( a ) == "губернатор области Олег Смирнов" );
   CHECK( test::cue( a ) == "заявить" );
   CHECK( test::resolved( doc, a ) == "Олег Смирнов" );
   CHECK( doc.speakers.front().title == "губернатор области" );
}

TEST_CASE( "a hyphen or an en dash after the comma, and no comma after ! or ?" )
{
   CHECK( test::speaker( test::only( ru( "\"Поезда пойдут по новому графику\", - сказал начальник станции." ) ) ) == "начальник станции" );
   CHECK( test::speaker( test::only( ru( "«Это большой успех!» – написала спортсменка." ) ) ) == "спортсменка" );
}

TEST_CASE( "«...», — сообщил в Telegram-канале X." )
{
   const auto a = test::only( ru( "«Движение по мосту будет закрыто до утра», — сообщил в своем Telegram-канале мэр Анатолий Волков." ) );
   CHECK( test::content( a ) == "Движение по мосту будет закрыто до утра" );
   CHECK( test::medium( a ) == "в своем Telegram-канале" );
   CHECK( test::speaker( a ) == "мэр Анатолий Волков" );
   CHECK( test::cue( a ) == "сообщить" );
}

TEST_CASE( "«...», — сообщили в ORG: the speaker is the organisation" )
{
   const auto a = test::only( ru( "«Все пассажиры получили горячее питание», — сообщили в пресс-службе аэропорта." ) );
   CHECK( test::speaker( a ) == "пресс-службе аэропорта" );
   CHECK( a.speaker->kind == quoth::speaker_kind::organization );
}

TEST_CASE( "X заявил, что ..." )
{
   const auto a = test::only( ru( "Министр финансов Павел Орлов заявил, что бюджет будет исполнен полностью." ) );
   CHECK( a.pattern == quoth::pattern::speaker_cue_content );
   CHECK( a.type == quoth::content_kind::indirect );
   CHECK( test::speaker( a ) == "Министр финансов Павел Орлов" );
   CHECK( test::content( a ) == "бюджет будет исполнен полностью" );
   CHECK( a.speaker->kind == quoth::speaker_kind::person );
}

TEST_CASE( "X сообщил журналистам, что ... : the addressee is part of the cue" )
{
   const auto a = test::only( ru( "Директор завода Марина Белова сообщила журналистам, что цех заработает в пятницу." ) );
   CHECK( a.cue->phrase.text == "сообщила журналистам" );
   CHECK( test::cue( a ) == "сообщить" );
   CHECK( test::content( a ) == "цех заработает в пятницу" );
}

TEST_CASE( "X отметил в своём обращении, что ... ; a date before the speaker" )
{
   const auto a = test::only( ru( "В среду президент клуба отметил в своём обращении, что команда сохранит тренера." ) );
   CHECK( test::speaker( a ) == "президент клуба" );
   CHECK( test::medium( a ) == "в своём обращении" );
   CHECK( test::content( a ) == "команда сохранит тренера" );
}

TEST_CASE( "X заявил: «...»" )
{
   const auto a = test::only( ru( "Тренер сборной заявил: «Мы готовы к финалу»." ) );
   CHECK( a.pattern == quoth::pattern::speaker_cue_quote );
   CHECK( test::content( a ) == "Мы готовы к финалу" );
}

TEST_CASE( "По словам X, ... : the oblique name resolves to the nominative in the document" )
{
   const auto doc = ru( "Ректор Игорь Соколов выступил на совете. По словам Соколова, новый корпус построят за два года." );
   const auto a = test::only( doc );
   CHECK( a.pattern == quoth::pattern::according_to );
   CHECK( test::speaker( a ) == "Соколова" );
   CHECK( test::cue( a ) == "по словам" );
   CHECK( test::content( a ) == "новый корпус построят за два года" );
   CHECK( test::resolved( doc, a ) == "Игорь Соколов" );
}

TEST_CASE( "По его словам, ... resolves the pronoun" )
{
   const auto doc = ru( "«Сезон был трудным», — сказал капитан команды Артем Зуев. По его словам, игроки отдохнут две недели." );
   REQUIRE( doc.attributions.size() == 2 );
   const auto& a = doc.attributions[ 1 ];
   CHECK( test::speaker( a ) == "его" );
   CHECK( a.speaker->kind == quoth::speaker_kind::pronoun );
   CHECK( test::resolved( doc, a ) == "Артем Зуев" );
}

TEST_CASE( "Как сообщил X, ... / Как отмечает X, ..." )
{
   const auto a = test::only( ru( "Как сообщил глава района, дорогу отремонтируют летом." ) );
   CHECK( test::speaker( a ) == "глава района" );
   CHECK( test::content( a ) == "дорогу отремонтируют летом" );
   CHECK( test::cue( a ) == "сообщить" );
   const auto b = test::only( ru( "Как отмечает аналитик банка, цены на жилье растут медленнее." ) );
   CHECK( test::speaker( b ) == "аналитик банка" );
   CHECK( test::cue( b ) == "отметить" );
   const auto c = test::only( ru( "Как сообщили в управлении, проверка продлится месяц." ) );
   CHECK( test::speaker( c ) == "управлении" );
}

TEST_CASE( "Об этом заявил X: the content is the previous sentence" )
{
   const auto doc = ru( "Новый терминал примет первых пассажиров в мае. Об этом заявил в понедельник директор аэропорта Олег Жуков." );
   const auto a = test::only( doc );
   CHECK( a.pattern == quoth::pattern::anaphoric_passive );
   CHECK( test::content( a ) == "Новый терминал примет первых пассажиров в мае" );
   CHECK( test::speaker( a ) == "директор аэропорта Олег Жуков" );
   CHECK( test::date( a ) == "в понедельник" );
   REQUIRE( a.date );
   CHECK( a.date->weekday == 1 );
}

TEST_CASE( "Об этом сообщает пресс-служба ..." )
{
   const auto a = test::only( ru( "В парке высадят двести деревьев. Об этом сообщает пресс-служба городской администрации." ) );
   CHECK( test::speaker( a ) == "пресс-служба городской администрации" );
   CHECK( a.speaker->kind == quoth::speaker_kind::organization );
   CHECK( test::content( a ) == "В парке высадят двести деревьев" );
}

TEST_CASE( "CONTENT, заявил X. / CONTENT, говорится в сообщении." )
{
   const auto a = test::only( ru( "Пробки в центре уменьшились на треть, заявил вице-мэр по транспорту." ) );
   CHECK( a.pattern == quoth::pattern::content_speaker_cue );
   CHECK( test::content( a ) == "Пробки в центре уменьшились на треть" );
   CHECK( test::speaker( a ) == "вице-мэр по транспорту" );
   const auto b = test::only( ru( "Выставка продлится до конца года, говорится в сообщении музея." ) );
   CHECK( test::speaker( b ) == "сообщении музея" );
   CHECK( b.speaker->kind == quoth::speaker_kind::document );
   CHECK( test::cue( b ) == "говорить" );
}

TEST_CASE( "X: «...» on a title line" )
{
   const auto a = test::only( ru( "Соколов: «Корпус построят за два года»\n\nРектор выступил на совете." ) );
   CHECK( a.pattern == quoth::pattern::headline_colon );
   CHECK( test::speaker( a ) == "Соколов" );
   CHECK( test::content( a ) == "Корпус построят за два года" );
}

TEST_CASE( "„inner“ quotes inside «outer» ones" )
{
   const auto doc = ru( "«Мы называем этот проект „Северный ветер“ не случайно», — сказал архитектор." );
   const auto a = test::only( doc );
   CHECK( test::content( a ) == "Мы называем этот проект „Северный ветер“ не случайно" );
   REQUIRE( doc.quotations.size() == 2 );
   CHECK( doc.quotations[ 1 ].depth == 1 );
   CHECK( doc.quotations[ 1 ].content.text == "Северный ветер" );
}

TEST_CASE( "cue lemmas: gender, number, aspect, tense and reflexive forms" )
{
   CHECK( test::cue( test::only( ru( "Мэр заявила, что парк откроют." ) ) ) == "заявить" );
   CHECK( test::cue( test::only( ru( "Жители заявили, что парк нужен." ) ) ) == "заявить" );
   CHECK( test::cue( test::only( ru( "Мэр заявляет, что парк откроют." ) ) ) == "заявить" );
   CHECK( test::cue( test::only( ru( "Мэр заявит, что парк откроют." ) ) ) == "заявить" );
   CHECK( test::cue( test::only( ru( "Парк откроют весной, сообщается в заявлении мэрии." ) ) ) == "сообщить" );
}

TEST_CASE( "pronouns agree in gender with the cue of their antecedent" )
{
   const auto doc = ru( "«Работы завершены», — сказала глава округа Елена Руденко. «Мы довольны», — сказал прораб Петр Ильин. Она добавила, что жители получат новые квартиры." );
   REQUIRE( doc.attributions.size() == 3 );
   CHECK( test::resolved( doc, doc.attributions[ 2 ] ) == "Елена Руденко" );
}

TEST_CASE( "Russian dates" )
{
   const auto a = test::only( ru( "Глава региона 21 марта 2025 года заявил, что налоги не вырастут." ) );
   REQUIRE( a.date );
   CHECK( a.date->phrase.text == "21 марта 2025 года" );
   CHECK( a.date->day == 21 );
   CHECK( a.date->month == 3 );
   CHECK( a.date->year == 2025 );
   const auto b = test::only( ru( "Глава региона 3 апреля заявил, что налоги не вырастут." ) );
   REQUIRE( b.date );
   CHECK( b.date->month == 4 );
   CHECK( b.date->day == 3 );
   const auto c = test::only( ru( "Вчера глава региона заявил, что налоги не вырастут." ) );
   REQUIRE( c.date );
   CHECK( c.date->relative == quoth::relative_day::yesterday );
   const auto d = test::only( ru( "Накануне глава региона заявил, что налоги не вырастут." ) );
   REQUIRE( d.date );
   CHECK( d.date->phrase.text == "Накануне" );
   const auto e = test::only( ru( "Глава региона заявил в пятницу вечером, что налоги не вырастут." ) );
   REQUIRE( e.date );
   CHECK( e.date->weekday == 5 );
   CHECK( e.date->part_of_day == "evening" );
}

TEST_CASE( "no attribution where a cue has no speaker or content" )
{
   CHECK( ru( "Об этом сказано в прошлом номере." ).attributions.empty() );
   CHECK( ru( "Он хотел сообщить новость первым." ).attributions.empty() );
   CHECK( ru( "По данным на утро, очередь сократилась." ).attributions.size() <= 1 );
   CHECK( ru( "Школа получила новые компьютеры, которые заказала мэрия." ).attributions.empty() );
}

TEST_CASE( "tao::pegtl::analyze finds no problem in the Russian rules" )
{
   using namespace quoth::internal::ru::rules;
   CHECK( tao::pegtl::analyze< quote_first >( -1 ) == 0 );
   CHECK( tao::pegtl::analyze< trailer >( -1 ) == 0 );
   CHECK( tao::pegtl::analyze< speaker_first >( -1 ) == 0 );
   CHECK( tao::pegtl::analyze< by_words_first >( -1 ) == 0 );
   CHECK( tao::pegtl::analyze< as_said >( -1 ) == 0 );
   CHECK( tao::pegtl::analyze< impersonal_first >( -1 ) == 0 );
   CHECK( tao::pegtl::analyze< as_reported >( -1 ) == 0 );
   CHECK( tao::pegtl::analyze< anaphoric >( -1 ) == 0 );
   CHECK( tao::pegtl::analyze< headline >( -1 ) == 0 );
}

TEST_CASE( "news outlets and organisations as speakers" )
{
   const auto a = test::only( ru( "Сборная сыграет в Казани, сообщает РИА Новости." ) );
   CHECK( test::speaker( a ) == "РИА Новости" );
   const auto b = test::only( ru( "Стадион закрыли на ремонт. Об этом сообщает «Городская газета», не называя источник." ) );
   CHECK( test::speaker( b ) == "«Городская газета»" );
   CHECK( b.speaker->kind == quoth::speaker_kind::organization );
   const auto c = test::only( ru( "В пресс-службе завода ТАСС сообщили, что линия запущена." ) );
   CHECK( test::speaker( c ) == "пресс-службе завода" );
   CHECK( test::content( c ) == "линия запущена" );
   const auto d = test::only( ru( "Как отмечают в министерстве, очереди стали короче." ) );
   CHECK( test::speaker( d ) == "министерстве" );
   CHECK( test::cue( d ) == "отметить" );
}

TEST_CASE( "datelines, appositions and 'со ссылкой на'" )
{
   const auto a = test::only( ru( "НОВОСТИ.RU - Главный тренер клуба Семен Ершов считает, что команда готова." ) );
   CHECK( test::speaker( a ) == "Главный тренер клуба Семен Ершов" );
   const auto doc = ru( "Бывший мэр города, глава фонда Алла Гусева заявила, что фонд поможет школам." );
   const auto b = test::only( doc );
   CHECK( test::resolved( doc, b ) == "Алла Гусева" );
   REQUIRE( !doc.speakers.empty() );
   CHECK( doc.speakers.front().title == "Бывший мэр города, глава фонда" );
   const auto c = test::only( ru( "Агентство Норд со ссылкой на местных жителей сообщило, что мост закрыт." ) );
   CHECK( test::speaker( c ) == "Агентство Норд" );
   CHECK( test::content( c ) == "мост закрыт" );
}

TEST_CASE( "a content that runs to the sentence end stops before its own trailer" )
{
   const auto doc = ru( "Совет директоров заявил, что дивиденды выплатят в июне, сообщает агентство." );
   REQUIRE( !doc.attributions.empty() );
   CHECK( test::content( doc.attributions.front() ) == "дивиденды выплатят в июне" );
}

TEST_CASE( "'по словам X' in the middle of a sentence is not a trailer" )
{
   // the doctor speaks of the drug (the topic after "о"); "по словам фармацевта" is no trailer
   // that would make the words before it the pharmacist's
   const auto a = test::only( ru( "Врач рассказал о новом лекарстве, которое, по словам фармацевта, помогает от кашля." ) );
   CHECK( test::speaker( a ) == "Врач" );
   CHECK( test::content( a ) == "новом лекарстве, которое, по словам фармацевта, помогает от кашля" );
}

TEST_CASE( "a pronoun after a newly named person stays unresolved" )
{
   const auto doc = ru( "«Матч был честным», — сказал тренер Олег Бурков. Его поддержал вратарь Илья Стрижов. Он написал, что команда заслужила победу." );
   REQUIRE( doc.attributions.size() == 2 );
   CHECK( test::resolved( doc, doc.attributions[ 1 ] ) == "<unresolved>" );
}

TEST_CASE( "a gerund clause before the speaker, and an adjective that only looks like one" )
{
   const auto a = test::only( ru( "Выступая на форуме в Казани, министр транспорта заявил, что трасса будет готова к осени." ) );
   CHECK( test::speaker( a ) == "министр транспорта" );
   CHECK( test::content( a ) == "трасса будет готова к осени" );
   const auto b = test::only( ru( "Российская делегация заявила, что переговоры продолжатся." ) );
   CHECK( test::speaker( b ) == "Российская делегация" );
}

TEST_CASE( "«A, — заявил X. — B»: a quote split by its attribution" )
{
   const auto a = test::only( ru( "«Лед сошел рано, — сказал капитан парома Лев Белов. — Поэтому первый рейс будет уже в апреле»." ) );
   CHECK( a.pattern == quoth::pattern::quote_cue_speaker );
   CHECK( a.type == quoth::content_kind::direct );
   REQUIRE( a.parts.size() == 2 );
   CHECK( a.parts[ 0 ].text == "Лед сошел рано" );
   CHECK( a.parts[ 1 ].text == "Поэтому первый рейс будет уже в апреле" );
   CHECK( test::speaker( a ) == "капитан парома Лев Белов" );
   const auto b = test::only( ru( "«Мы готовы, — сказала она, — но нужно время»." ) );
   REQUIRE( b.parts.size() == 2 );
   CHECK( b.parts[ 1 ].text == "но нужно время" );
   // a dash inside a quote without a cue is not an attribution
   CHECK( ru( "«Лед сошел рано, — это редкость»." ).attributions.empty() );
}

TEST_CASE( "«...», — заявил X в интервью ESPN: a medium after the speaker, owned by a name in Latin letters" )
{
   const auto a = test::only( ru( "«Мы вернемся на лед через месяц», — заявил тренер Олег Быков в интервью ESPN." ) );
   CHECK( test::speaker( a ) == "тренер Олег Быков" );
   CHECK( test::medium( a ) == "в интервью ESPN" );
   const auto b = test::only( ru( "«Сезон будет трудным», — сказала спортсменка в интервью Le Monde." ) );
   CHECK( test::medium( b ) == "в интервью Le Monde" );
   // a Cyrillic name after the medium is still the speaker
   const auto c = test::only( ru( "«Лед готов», — сообщил в Telegram-канале Иван Носов." ) );
   CHECK( test::speaker( c ) == "Иван Носов" );
   CHECK( test::medium( c ) == "в Telegram-канале" );
}

TEST_CASE( "«...», — прокомментировал ОБЪЕКТ X: the object of the cue is no part of the speaker" )
{
   const auto a = test::only( ru( "«Это заслуга всей команды», — прокомментировала награду директор театра Вера Соколова." ) );
   CHECK( test::speaker( a ) == "директор театра Вера Соколова" );
   CHECK( test::cue( a ) == "прокомментировать" );
   const auto b = test::only( ru( "«Мы подадим апелляцию», — прокомментировал решение суда адвокат Антон Рябов." ) );
   CHECK( test::speaker( b ) == "адвокат Антон Рябов" );
   // no object: the speaker follows the cue
   CHECK( test::speaker( test::only( ru( "«Решение взвешенное», — прокомментировал юрист." ) ) ) == "юрист" );
   // other cues take no object: "подруга певицы" is the speaker
   CHECK( test::speaker( test::only( ru( "«Она счастлива», — написала подруга певицы." ) ) ) == "подруга певицы" );
}

TEST_CASE( "X рассказал, как ... / почему ... / в каких ...: an indirect question is the content" )
{
   const auto a = test::only( ru( "Главврач больницы Нина Орлова рассказала, в каких отделениях не хватает медсестер." ) );
   CHECK( test::content( a ) == "в каких отделениях не хватает медсестер" );
   CHECK( test::content( test::only( ru( "Мэр объяснил, почему ремонт моста затянулся." ) ) ) == "почему ремонт моста затянулся" );
   CHECK( test::content( test::only( ru( "Инженер рассказал, как устроен новый шлюз." ) ) ) == "как устроен новый шлюз" );
   // "как" before a cue opens an aside, not a question
   for( const auto& x : ru( "Губернатор заявил, как передает агентство, что дорогу достроят." ).attributions ) {
      CHECK( test::content( x ).rfind( "как передает", 0 ) != 0 );
   }
}

TEST_CASE( "X заявил о ... : the topic is the content; о надежде, что ... gives the clause" )
{
   const auto a = test::only( ru( "Министр заявил о готовности продлить программу льготной ипотеки." ) );
   CHECK( test::speaker( a ) == "Министр" );
   CHECK( test::content( a ) == "готовности продлить программу льготной ипотеки" );
   const auto b = test::only( ru( "Тренер рассказал об уходе капитана из клуба." ) );
   CHECK( test::content( b ) == "уходе капитана из клуба" );
   const auto c = test::only( ru( "Мэр заявил о надежде, что мост откроют до зимы." ) );
   CHECK( test::content( c ) == "мост откроют до зимы" );
   // "о том, что" keeps its own reading
   CHECK( test::content( test::only( ru( "Мэр сообщил о том, что мост откроют до зимы." ) ) ) == "мост откроют до зимы" );
}

TEST_CASE( "more cue verbs: утверждать, полагать, заметить, заключить, проинформировать, быть уверенным" )
{
   CHECK( test::cue( test::only( ru( "Историки утверждают, что письмо написано в Казани." ) ) ) == "утверждать" );
   CHECK( test::cue( test::only( ru( "Авторы доклада полагают, что цены снизятся." ) ) ) == "полагать" );
   CHECK( test::cue( test::only( ru( "«Работы много», — заметила глава района." ) ) ) == "заметить" );
   CHECK( test::cue( test::only( ru( "«Мы готовы», — заключил капитан." ) ) ) == "заключить" );
   CHECK( test::cue( test::only( ru( "«Вода будет к утру», — проинформировали в администрации." ) ) ) == "проинформировать" );
   CHECK( test::cue( test::only( ru( "Губернатор уверен, что урожай будет хорошим." ) ) ) == "быть уверенным" );
   CHECK( test::cue( test::only( ru( "Врач считала, что пациент поправится." ) ) ) == "считать" );
   // a verb of noticing with an object and no clause reports nothing
   CHECK( ru( "Подпись на картине владелец заметил только дома." ).attributions.empty() );
}

TEST_CASE( "an outlet with a period inside its name: «Газета.ру»" )
{
   const auto a = test::only( ru( "Как сообщает «Вести.ру», паром отправится в рейс в пятницу." ) );
   CHECK( test::speaker( a ) == "«Вести.ру»" );
   CHECK( test::content( a ) == "паром отправится в рейс в пятницу" );
}

TEST_CASE( "speaker phrases with a 'по' complement in the dative plural and an 'из' complement" )
{
   const auto a = test::only( ru( "Председатель комиссии по городским делам Петр Жуков заявил, что визит состоится." ) );
   CHECK( test::speaker( a ) == "Председатель комиссии по городским делам Петр Жуков" );
   CHECK( test::resolved( ru( "Председатель комиссии по городским делам Петр Жуков заявил, что визит состоится." ), a ) == "Петр Жуков" );
   const auto b = test::only( ru( "Вице-премьер по социальным вопросам Анна Белова рассказала, в каких городах откроют клиники." ) );
   CHECK( test::speaker( b ) == "Вице-премьер по социальным вопросам Анна Белова" );
   const auto c = test::only( ru( "Химики из научного центра TAIKA заявляют, что им удалось получить новый сплав." ) );
   CHECK( test::speaker( c ) == "Химики из научного центра TAIKA" );
   CHECK( test::content( c ) == "им удалось получить новый сплав" );
}

TEST_CASE( "X выразил надежду, что ... / «...», — выразил уверенность X" )
{
   const auto a = test::only( ru( "Министр выразил надежду, что переговоры завершатся к весне." ) );
   CHECK( test::speaker( a ) == "Министр" );
   CHECK( test::cue( a ) == "выразить" );
   CHECK( test::content( a ) == "переговоры завершатся к весне" );
   CHECK( test::content( test::only( ru( "Аналитик высказал мнение, что курс рубля устоит." ) ) ) == "курс рубля устоит" );
   const auto b = test::only( ru( "«Мы рассчитываем на диалог», — выразил уверенность глава МИД Олег Титов." ) );
   CHECK( test::speaker( b ) == "глава МИД Олег Титов" );
   // an object with no clause after it is no statement
   CHECK( ru( "Тренер выразил надежду на новый контракт." ).attributions.empty() );
   CHECK( ru( "Никто из депутатов не выразил протест." ).attributions.empty() );
}

TEST_CASE( "social networks in Cyrillic are media: в фейсбуке, в инстаграме, на ютубе" )
{
   const auto a = test::only( ru( "Журналист Олег Сомов написал в фейсбуке, что концерт перенесли на осень." ) );
   CHECK( test::speaker( a ) == "Журналист Олег Сомов" );
   CHECK( test::medium( a ) == "в фейсбуке" );
   CHECK( test::content( a ) == "концерт перенесли на осень" );
   CHECK( test::medium( test::only( ru( "«Я вернусь», — написала певица в инстаграме." ) ) ) == "в инстаграме" );
}

TEST_CASE( "сообщается на сайте X: the owner of the medium is the source" )
{
   const auto a = test::only( ru( "Как сообщается на сайте министерства, ремонт моста закончат к зиме." ) );
   CHECK( a.pattern == quoth::pattern::according_to );
   CHECK( test::speaker( a ) == "министерства" );
   CHECK( test::medium( a ) == "на сайте министерства" );
   CHECK( test::cue( a ) == "сообщить" );
   CHECK( test::content( a ) == "ремонт моста закончат к зиме" );
   // the medium first, before the cue
   const auto b = test::only( ru( "В Telegram-канале ведомства говорится, что ремонт моста закончат к зиме." ) );
   CHECK( test::speaker( b ) == "ведомства" );
   CHECK( test::medium( b ) == "В Telegram-канале ведомства" );
   CHECK( test::content( b ) == "ремонт моста закончат к зиме" );
   // after the content, and after "Об этом"
   const auto c = test::only( ru( "Ремонт моста закончат к зиме, говорится на странице мэрии." ) );
   CHECK( test::speaker( c ) == "мэрии" );
   CHECK( test::medium( c ) == "на странице мэрии" );
   const auto d = ru( "Ремонт моста закончат к зиме. Об этом сообщается на сайте мэрии." );
   REQUIRE( d.attributions.size() == 1 );
   CHECK( test::speaker( d.attributions[ 0 ] ) == "мэрии" );
   CHECK( test::content( d.attributions[ 0 ] ) == "Ремонт моста закончат к зиме" );
   // a document is the source itself, with no medium
   const auto e = test::only( ru( "Ремонт моста закончат к зиме, говорится в сообщении мэрии." ) );
   CHECK( test::speaker( e ) == "сообщении мэрии" );
   CHECK( test::medium( e ) == "<none>" );
}

TEST_CASE( "an outlet and its name: агентство Reuters, портал iz.ru" )
{
   const auto a = test::only( ru( "Как ранее сообщал портал iz.ru, ремонт моста закончат к зиме." ) );
   CHECK( test::speaker( a ) == "портал iz.ru" );
   CHECK( test::content( a ) == "ремонт моста закончат к зиме" );
   CHECK( test::speaker( test::only( ru( "Ремонт моста закончат к зиме, сообщает сайт lenta.ru." ) ) ) == "сайт lenta.ru" );
   CHECK( test::speaker( test::only( ru( "Ремонт моста закончат к зиме, сообщает агентство ТАСС." ) ) ) == "агентство ТАСС" );
   const auto d = ru( "Ремонт моста закончат к зиме. Об этом сообщает агентство Reuters." );
   REQUIRE( d.attributions.size() == 1 );
   CHECK( test::speaker( d.attributions[ 0 ] ) == "агентство Reuters" );
   // after any other word, an agency is whom the speaker told
   CHECK( test::speaker( test::only( ru( "Ремонт моста закончат к зиме, сообщил ТАСС мэр Олег Смирнов." ) ) ) == "мэр Олег Смирнов" );
}

TEST_CASE( "a month in the prepositional is a date, and \", в частности,\" may follow a cue" )
{
   const auto a = test::only( ru( "Мост откроют к лету, говорил в феврале депутат Андрей Красов." ) );
   CHECK( test::speaker( a ) == "депутат Андрей Красов" );
   CHECK( test::date( a ) == "в феврале" );
   REQUIRE( a.date );
   CHECK( a.date->month == 2 );
   CHECK( !a.date->year );
   const auto b = test::only( ru( "В марте 2019 года мэр Олег Смирнов заявил, что мост откроют к лету." ) );
   CHECK( test::date( b ) == "В марте 2019 года" );
   REQUIRE( b.date );
   CHECK( b.date->year == 2019 );
   CHECK( b.date->month == 3 );
   const auto c = test::only( ru( "«Мост откроют к лету», — заявил, в частности, мэр Олег Смирнов." ) );
   CHECK( test::speaker( c ) == "мэр Олег Смирнов" );
   CHECK( test::content( c ) == "Мост откроют к лету" );
}

TEST_CASE( "«...», — приводит ТАСС слова X / — цитирует X ТАСС: the one cited speaks, the outlet is the medium" )
{
   const auto doc = ru( "Министр экономики Павел Орлов выступил на форуме.\n\n«Бюджет исполнят полностью», — приводит ТАСС слова Орлова." );
   const auto a = test::only( doc );
   CHECK( a.pattern == quoth::pattern::quote_cue_speaker );
   CHECK( test::speaker( a ) == "Орлова" );
   CHECK( test::resolved( doc, a ) == "Павел Орлов" );
   CHECK( test::cue( a ) == "привести слова" );
   CHECK( test::medium( a ) == "ТАСС" );
   CHECK( test::content( a ) == "Бюджет исполнят полностью" );
   // the outlet after the one cited, in Latin letters; "заявление" as "слова"
   const auto b = test::only( ru( "«Бой состоится летом», — приводит слова Петрова The Daily Planet." ) );
   CHECK( test::speaker( b ) == "Петрова" );
   CHECK( test::medium( b ) == "The Daily Planet" );
   CHECK( test::medium( test::only( ru( "«Бой состоится летом», — приводит «Спорт-Экспресс» заявление тренера." ) ) ) == "«Спорт-Экспресс»" );
   // цитирует: no "слова"; an organisation before the one cited is the outlet
   const auto c = test::only( ru( "«Бой состоится летом», — цитирует пресс-служба клуба Петрова." ) );
   CHECK( test::speaker( c ) == "Петрова" );
   CHECK( test::medium( c ) == "пресс-служба клуба" );
   CHECK( test::cue( c ) == "цитировать" );
   const auto d = test::only( ru( "«Бой состоится летом», — цитирует тренера Ивана Петрова РИА Новости." ) );
   CHECK( test::speaker( d ) == "тренера Ивана Петрова" );
   CHECK( test::medium( d ) == "РИА Новости" );
   // after a content that is no quotation
   CHECK( test::speaker( test::only( ru( "Бой состоится летом, приводит «Спорт-Экспресс» слова тренера." ) ) ) == "тренера" );
   // "приводит" without "слова" cites no one
   CHECK( ru( "Рост цен приводит к инфляции." ).attributions.empty() );
}

TEST_CASE( "Имя Фамилия (роль): a transcript turn, on the same line or the next paragraph" )
{
   const auto doc = ru( "Как снимали фильм\n\nАнна Белова (продюсер фильма):\nСъемки шли почти два года, и мы много раз переписывали сценарий.\n\n"
                        "Игорь Седов (режиссер, — прим. ред.): Я был уверен, что финал придется переснять. Так и вышло.\n\n"
                        "Игорь Седов (режиссер):\nАнна Белова (продюсер): Нет, не так.\n" );
   REQUIRE( doc.attributions.size() == 2 );
   const auto& a = doc.attributions[ 0 ];
   CHECK( a.pattern == quoth::pattern::transcript_colon );
   CHECK( test::speaker( a ) == "Анна Белова" );
   CHECK( test::content( a ) == "Съемки шли почти два года, и мы много раз переписывали сценарий" );
   // the turn is the whole paragraph, past a period in the note
   const auto& b = doc.attributions[ 1 ];
   CHECK( test::speaker( b ) == "Игорь Седов" );
   CHECK( test::content( b ) == "Я был уверен, что финал придется переснять. Так и вышло" );
   // (a name alone before another turn, and a turn of three words, are no turns: two in all)
   // the title line stays a headline
   const auto h = test::only( ru( "Виктор Зорин: паром пойдет по реке уже в мае\n\nПаром построили на местной верфи." ) );
   CHECK( h.pattern == quoth::pattern::headline_colon );
}

TEST_CASE( "a verb reflexive in every form has a speaker: признался, согласилась, опасаются" )
{
   const auto a = test::only( ru( "Вратарь признался, что колено болело весь сезон." ) );
   CHECK( a.pattern == quoth::pattern::speaker_cue_content );
   CHECK( test::speaker( a ) == "Вратарь" );
   CHECK( test::cue( a ) == "признаться" );
   CHECK( test::content( a ) == "колено болело весь сезон" );
   const auto b = test::only( ru( "Директор школы согласилась, что ремонт затянулся." ) );
   CHECK( test::speaker( b ) == "Директор школы" );
   CHECK( test::cue( b ) == "согласиться" );
   const auto c = test::only( ru( "Фермеры опасаются, что урожай погибнет от засухи." ) );
   CHECK( test::speaker( c ) == "Фермеры" );
   CHECK( test::content( c ) == "урожай погибнет от засухи" );
   // "сам" before the speaker is no part of it
   const auto d = test::only( ru( "Сам тренер пожаловался, что игрокам не хватает сил." ) );
   CHECK( test::speaker( d ) == "тренер" );
   CHECK( test::cue( d ) == "пожаловаться" );
}

TEST_CASE( "Сообщается, что ... / Как сообщалось ранее, ...: a report without a speaker" )
{
   const auto a = test::only( ru( "Сообщается, что мост откроют к осени." ) );
   CHECK( a.pattern == quoth::pattern::impersonal );
   CHECK_FALSE( a.speaker );
   CHECK( test::cue( a ) == "сообщить" );
   CHECK( test::content( a ) == "мост откроют к осени" );
   const auto b = test::only( ru( "Ранее отмечалось, что смета выросла вдвое." ) );
   CHECK( b.pattern == quoth::pattern::impersonal );
   CHECK( test::content( b ) == "смета выросла вдвое" );
   const auto c = test::only( ru( "Как сообщалось ранее, школу закрыли на карантин." ) );
   CHECK( c.pattern == quoth::pattern::impersonal );
   CHECK_FALSE( c.speaker );
   CHECK( test::content( c ) == "школу закрыли на карантин" );
   // a source before the reflexive verb is its speaker still
   const auto d = test::only( ru( "В отчете говорится, что смета выросла вдвое." ) );
   CHECK( d.pattern == quoth::pattern::speaker_cue_content );
   CHECK( test::speaker( d ) == "отчете" );
}

TEST_CASE( "first-person cues of an interview: — Я считаю, что ... / Мы думаем, что ... / Я говорю, что ..." )
{
   const auto a = test::only( ru( "— Я твердо считаю, что стадион нужен городу." ) );
   CHECK( a.pattern == quoth::pattern::speaker_cue_content );
   CHECK( test::speaker( a ) == "Я" );
   CHECK( test::cue( a ) == "считать" );
   CHECK( test::content( a ) == "стадион нужен городу" );
   const auto b = test::only( ru( "Мы думаем, что цены снизятся к весне." ) );
   CHECK( test::speaker( b ) == "Мы" );
   CHECK( test::cue( b ) == "думать" );
   const auto c = test::only( ru( "Я говорю, что автобусов не хватает." ) );
   CHECK( test::cue( c ) == "говорить" );
   CHECK( test::content( c ) == "автобусов не хватает" );
}

TEST_CASE( "Согласно X, ...: according to a document or a source; В свою очередь before a speaker" )
{
   const auto a = test::only( ru( "Согласно отчету, школа потратила на ремонт вдвое больше." ) );
   CHECK( a.pattern == quoth::pattern::according_to );
   CHECK( test::speaker( a ) == "отчету" );
   CHECK( test::cue( a ) == "согласно" );
   CHECK( test::content( a ) == "школа потратила на ремонт вдвое больше" );
   const auto b = test::only( ru( "Согласно данным Росстата, число туристов выросло." ) );
   CHECK( test::speaker( b ) == "Росстата" );
   CHECK( test::content( b ) == "число туристов выросло" );
   // a law is no source
   CHECK( ru( "Согласно закону, выборы пройдут в сентябре." ).attributions.empty() );
   const auto c = test::only( ru( "В свою очередь губернатор Павел Орлов заявил, что дорогу починят." ) );
   CHECK( test::speaker( c ) == "губернатор Павел Орлов" );
   CHECK( test::content( c ) == "дорогу починят" );
}

TEST_CASE( "пообещал + infinitive, сказал Имени: «...», and a speaker after an opening clause" )
{
   const auto a = test::only( ru( "Губернатор Павел Орлов пообещал достроить больницу к лету." ) );
   CHECK( test::speaker( a ) == "Губернатор Павел Орлов" );
   CHECK( test::cue( a ) == "пообещать" );
   CHECK( test::content( a ) == "достроить больницу к лету" );
   // an infinitive after another cue is no content of it
   CHECK( ru( "Мэр заявил отменить концерт." ).attributions.empty() );
   const auto b = test::only( ru( "Я сказал Ольге: «Эту главу придется переписать»." ) );
   CHECK( test::speaker( b ) == "Я" );
   CHECK( test::content( b ) == "Эту главу придется переписать" );
   const auto c = test::only( ru( "Хотя смета выросла, министр уверен, что стройку завершат в срок." ) );
   CHECK( test::speaker( c ) == "министр" );
   CHECK( test::content( c ) == "стройку завершат в срок" );
   const auto d = test::only( ru( "Когда начался сезон, тренер говорил: «Нам нужен новый вратарь»." ) );
   CHECK( test::speaker( d ) == "тренер" );
   CHECK( d.type == quoth::content_kind::direct );
   CHECK( ru( "Когда мост открыли, жители обрадовались." ).attributions.empty() );
}

TEST_CASE( "people by what they are to others, and groups by number, are roles: Родители, Соседи, Многие" )
{
   const auto a = test::only( ru( "Родители учеников опасаются, что ремонт затянется." ) );
   REQUIRE( a.speaker );
   CHECK( a.speaker->kind == quoth::speaker_kind::role );
   const auto b = test::only( ru( "Впоследствии многие признавали, что судья ошибся." ) );
   CHECK( test::speaker( b ) == "многие" );
   CHECK( b.speaker->kind == quoth::speaker_kind::role );
   const auto c = test::only( ru( "Соседи рассказали, что слышали два взрыва." ) );
   CHECK( c.speaker->kind == quoth::speaker_kind::role );
   // a capitalised head that is no role word still names an organisation
   const auto d = test::only( ru( "Правительство Японии заявило, что пошлины снизят." ) );
   CHECK( d.speaker->kind == quoth::speaker_kind::organization );
}

TEST_CASE( "a quoted name or a country alone speaks as an organisation; a plural noun in -ы as a group" )
{
   const auto a = test::only( ru( "«Северный порт» сообщает, что паром выйдет в рейс в пятницу." ) );
   REQUIRE( a.speaker );
   CHECK( a.speaker->kind == quoth::speaker_kind::organization );
   const auto b = test::only( ru( "Норвегия заявила, что пришлет спасателей." ) );
   CHECK( b.speaker->kind == quoth::speaker_kind::organization );
   const auto c = test::only( ru( "Туристы рассказали, что лед стал тонким." ) );
   CHECK( c.speaker->kind == quoth::speaker_kind::role );
   // a person's name stays a person's
   const auto d = test::only( ru( "Смирнов заявил, что паром выйдет в рейс в пятницу." ) );
   CHECK( d.speaker->kind == quoth::speaker_kind::person );
}

TEST_CASE( "Russian: a ministry by its short name is an organisation: минприроды, минэкологии, Минтруд" )
{
   const auto a = test::only( ru( "По данным минэкологии, в области высадили сто тысяч саженцев." ) );
   CHECK( test::speaker( a ) == "минэкологии" );
   CHECK( a.speaker->kind == quoth::speaker_kind::organization );
   const auto b = test::only( ru( "Минтруд сообщил, что выплаты проиндексируют в январе." ) );
   CHECK( b.speaker->kind == quoth::speaker_kind::organization );
}

TEST_CASE( "Russian: an adverb of time or manner between the speaker and the cue is no part of the speaker" )
{
   CHECK( test::speaker( test::only( ru( "Директор завода однажды сказал, что цех никогда не закроют." ) ) ) == "Директор завода" );
   CHECK( test::speaker( test::only( ru( "Мэр наконец признал, что дорогу отремонтируют к зиме." ) ) ) == "Мэр" );
}

TEST_CASE( "a role of a word or two resolves to the latest person whose title has it" )
{
   const auto doc = ru( "Министр транспорта Иван Сомов сказал, что паром опоздает. «Ремонт причала займёт неделю», — добавил министр." );
   REQUIRE( doc.attributions.size() == 2 );
   CHECK( test::speaker( doc.attributions[ 1 ] ) == "министр" );
   CHECK( test::resolved( doc, doc.attributions[ 1 ] ) == "Иван Сомов" );
   CHECK( doc.attributions[ 1 ].speaker->id == doc.attributions[ 0 ].speaker->id );
   // a role that no title has stays itself
   const auto other = ru( "Эксперт Ольга Лебедева заявила, что цены вырастут. Аналитик отметил, что спрос упадёт." );
   REQUIRE( other.attributions.size() == 2 );
   CHECK( test::resolved( other, other.attributions[ 1 ] ) == "Аналитик" );
}
