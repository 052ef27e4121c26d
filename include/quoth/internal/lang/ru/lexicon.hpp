// SPDX-License-Identifier: MIT
#ifndef QUOTH_INTERNAL_LANG_RU_LEXICON_HPP
#define QUOTH_INTERNAL_LANG_RU_LEXICON_HPP

// The Russian word lists: reporting verbs with their inflections (gender, number, aspect,
// tense, reflexive), speaker nouns as stems (a stem covers every case ending), media, dates.
// Words are compared in lower case with ё read as е (see ru::lower); each list is plain data.

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "../../lexicon.hpp"

namespace quoth::internal::ru
{
   using lexicon::cue_use;
   using lexicon::verb;

   // clang-format off
   // Both aspects share the lemma of the perfective: заявляет -> заявить.
   inline constexpr verb cue_verbs[] = {
      { "заявить", "заявил заявила заявило заявили заявит заявят заявляет заявляют заявлял заявляла заявляли заявлялось заявляю заявляем", cue_use::that },
      { "сообщить", "сообщил сообщила сообщило сообщили сообщит сообщат сообщает сообщают сообщал сообщала сообщало сообщали сообщается сообщалось сообщаю сообщаем", cue_use::that },
      { "сказать", "сказал сказала сказало сказали скажет скажу скажем", cue_use::that },
      { "говорить", "говорит говорят говорил говорила говорили говорится говорилось говорю говорим", cue_use::that },
      { "отметить", "отметил отметила отметило отметили отмечает отмечают отмечал отмечала отмечали отмечается отмечалось", cue_use::that },
      { "подчеркнуть", "подчеркнул подчеркнула подчеркнуло подчеркнули подчеркивает подчеркивают подчеркивается подчеркну подчеркиваю", cue_use::that },
      { "добавить", "добавил добавила добавило добавили добавляет добавляют", cue_use::that },
      { "рассказать", "рассказал рассказала рассказало рассказали расскажет рассказывает рассказывают рассказывал рассказывала рассказывали", cue_use::that },
      { "пояснить", "пояснил пояснила пояснило пояснили поясняет поясняют", cue_use::that },
      { "уточнить", "уточнил уточнила уточнило уточнили уточняет уточняют уточняется", cue_use::that },
      { "объяснить", "объяснил объяснила объяснили объясняет объясняют", cue_use::that },
      { "написать", "написал написала написало написали пишет пишут писал писала писали", cue_use::that },
      { "подтвердить", "подтвердил подтвердила подтвердило подтвердили подтверждает подтверждают", cue_use::that },
      { "признать", "признал признала признали признает признают признавал признавала признавали признаю", cue_use::that },
      { "напомнить", "напомнил напомнила напомнило напомнили напоминает напоминают", cue_use::that },
      { "ответить", "ответил ответила ответили отвечает", cue_use::that },
      { "указать", "указал указала указало указали указывает указывают указывается", cue_use::that },
      { "предупредить", "предупредил предупредила предупредило предупредили предупреждает", cue_use::that },
      { "объявить", "объявил объявила объявило объявили объявляет", cue_use::that },
      { "считать", "считает считают считал считала считали считаю считаем", cue_use::that },
      { "полагать", "полагает полагают полагал полагала полагали полагаю полагаем", cue_use::that },
      { "утверждать", "утверждает утверждают утверждал утверждала утверждали утверждаю утверждаем", cue_use::that },
      { "быть уверенным", "уверен уверена уверены", cue_use::that },
      { "думать", "думает думают думал думала думали думаю думаем", cue_use::that },
      { "передать", "передает передают", cue_use::quote },
      { "констатировать", "констатировал констатировала констатировали", cue_use::that },
      { "заверить", "заверил заверила заверили", cue_use::that },
      { "заметить", "заметил заметила заметили замечает замечают", cue_use::that },
      { "заключить", "заключил заключила заключили", cue_use::that },
      { "признаться", "признался призналась признались признается признаются признавался признавалась признавались", cue_use::that },
      { "согласиться", "согласился согласилась согласились соглашается соглашаются", cue_use::that },
      { "пожаловаться", "пожаловался пожаловалась пожаловались жалуется жалуются жаловался жаловалась жаловались", cue_use::that },
      { "опасаться", "опасается опасаются опасался опасалась опасались опасаюсь опасаемся", cue_use::that },
      { "надеяться", "надеется надеются надеялся надеялась надеялись надеюсь надеемся", cue_use::that },
      { "сомневаться", "сомневается сомневаются сомневался сомневалась сомневались усомнился усомнилась усомнились сомневаюсь сомневаемся", cue_use::that },
      { "предположить", "предположил предположила предположили предполагает предполагают", cue_use::that },
      { "допустить", "допустил допустила допустили допускает допускают", cue_use::that },
      { "пообещать", "пообещал пообещала пообещали обещает обещают обещаю обещаем", cue_use::that },
      { "проинформировать", "проинформировал проинформировала проинформировали информирует информируют", cue_use::that },
      // (these three take an object before the speaker: "— прокомментировал решение суда адвокат
      // X", "— выразил надежду глава МИД"; rules::cue_takes_object)
      { "прокомментировать", "прокомментировал прокомментировала прокомментировали комментирует комментируют", cue_use::that },
      { "выразить", "выразил выразила выразили выражает выражают", cue_use::that },
      { "высказать", "высказал высказала высказали высказывает высказывают", cue_use::that },
   };

   // Pseudo-verbs for the cue of "По словам X" and friends, so that the lemma is recorded.
   inline constexpr verb by_words[] = {
      { "по словам", "словам", cue_use::that },
      { "по мнению", "мнению", cue_use::that },
      { "по информации", "информации", cue_use::that },
      { "по сообщению", "сообщению", cue_use::that },
      { "по данным", "данным", cue_use::that },
      { "согласно", "согласно", cue_use::that }, // "Согласно заявлению, …" (the cue whole: no "по")
   };

   // Verbs that pass on someone's words, with the outlet that does so: "— приводит ТАСС слова
   // Кудрина" (only before "слова" or "заявление": "приводит к росту" reports nothing), "— цитирует Кудрина
   // ТАСС". The speaker is the one whose words they are.
   inline constexpr verb words_citing_verbs[] = {
      { "привести слова", "приводит приводят приводило привел привела привело привели", cue_use::quote },
   };
   inline constexpr verb citing_verbs[] = {
      { "цитировать", "цитирует цитируют цитировал цитировала цитировало цитировали процитировал процитировала процитировало процитировали", cue_use::quote },
   };

   inline constexpr std::string_view pronouns[] = { "он", "она", "оно", "они", "я", "мы" };
   inline constexpr std::string_view oblique_pronouns[] = { "его", "ее", "их", "моим", "нашим" };

   // Words that start a sentence or a clause but never a speaker.
   inline constexpr std::string_view stop_words[] = {
      "а", "без", "более", "будет", "бы", "был", "была", "были", "было", "быть", "в", "вам", "вас", "весь", "во", "вот", "все", "всего", "вчера",
      "где", "да", "даже", "для", "до", "если", "есть", "еще", "же", "за", "завтра", "здесь", "и", "из", "или", "им", "к", "как", "когда", "кроме",
      "кто", "ли", "либо", "между", "меня", "мне", "может", "на", "над", "накануне", "нас", "не", "него", "нее", "нет", "ни", "но", "ну", "о", "об",
      "однако", "около", "от", "по", "под", "позже", "после", "потому", "поэтому", "при", "про", "ранее", "с", "сам", "свою", "себя", "сегодня",
      "со", "так", "также", "там", "тем", "то", "тогда", "того", "тоже", "только", "уже", "у", "чем", "через", "что", "чтобы", "это", "этом",
      "этого", "эти", "этот", "эта", "я", "который", "которая", "которые", "которых", "всех", "теперь", "сейчас", "впрочем", "именно",
   };

   // Nouns (as stems) that head a speaker phrase naming a person by role: a word is one when it
   // starts with a stem and at most three more letters follow ("министр", "министра", "министру").
   inline constexpr std::string_view role_stems[] = {
      "адвокат", "аналитик", "автор", "активист", "борец", "боец", "вице-премьер", "вице-президент", "врач", "генсек", "глав", "главком",
      "губернатор", "депутат", "дипломат", "директор", "докладчик", "журналист", "заместител", "замглавы", "замминистр", "источник",
      "канцлер", "командующ", "комментатор", "корреспондент", "лидер", "министр", "мэр", "начальник", "омбудсмен", "организатор", "очевид",
      "партнер", "пилот", "политолог", "помощник", "посол", "председател", "президент", "премьер", "премьер-министр", "представител",
      "пресс-секретар", "прокурор", "профессор", "рефери", "ректор", "руководител", "свидетел", "сенатор", "следовател", "советник",
      "собеседник", "сопредседател", "сотрудник", "спасател", "специалист", "спикер", "спортсмен", "судь", "тренер", "ученый", "ученые",
      "ученых", "уполномоченн", "участник", "чиновник", "экономист", "эксперт", "экс-министр", "экс-президент", "юрист", "жител", "военн",
      "полицейск", "медик", "синоптик", "исследовател", "проректор", "атаман", "губернатор", "нарколог", "психолог", "врио", "генерал",
      "менеджер", "владел", "основател", "ведущ", "иерарх", "патриарх", "митрополит", "адмирал", "полковник", "капитан", "архитектор",
      "инженер", "строител", "хирург", "художник", "писател", "режиссер", "актер", "актрис", "певиц", "певец", "музыкант", "футболист",
      "хоккеист", "теннисист", "нападающ", "вратар", "игрок", "секретар", "прораб", "агроном", "учител", "педагог", "депутат", "кандидат",
      "посланник", "шеф", "командир", "реставратор", "историк", "социолог", "демограф", "биолог", "физик", "химик", "геолог", "диетолог", "правозащитник", "волонтер", "фермер", "бизнесмен", "предпринимател", "банкир", "аудитор", "архиепископ",
      // people by what they do or are to others, and groups by number: "Родители учеников", "Многие"
      "родител", "студент", "школьник", "пенсионер", "пассажир", "водител", "покупател", "болельщик", "зрител", "избирател", "потребител",
      "пользовател", "читател", "инвестор", "сосед", "многи", "некоторы",
   };

   // Nouns (as stems) that head an organisation.
   inline constexpr std::string_view organization_stems[] = {
      "администраци", "агентств", "ассоциаци", "банк", "ведомств", "власт", "госдум", "департамент", "комисси", "комитет",
      "компани", "корпораци", "кремл", "министерств", "мэри", "организаци", "партии", "парти", "пресс-служб", "правительств", "прокуратур",
      "полици", "служб", "совет", "суд", "управлени", "фонд", "штаб", "центр", "союз", "объединени", "минобороны", "минздрав", "минфин",
      "минэкономразвития", "минтранс", "минпромторг", "минюст", "мид", "мчс", "мвд", "фсб", "оон", "нато", "белый", "белого", "минэнерго",
      "росстат", "роспотребнадзор", "ростуризм", "следственн", "главк", "мэрия", "минсельхоз", "минобрнауки", "минпросвещения", "минкультуры",
      "минприроды", "минэкологии", "минтруд", "минцифры", "минспорт", "минстро", "минвостокразвития", "минэкономики", "минсоцразвития", "минобразования", "минсвязи", "минкомсвязи", "минимущества", "минрегион",
      "посольств", "консульств", "издани", "газет", "телекана", "радиостанци", "портал", "клуб", "федераци", "академи", "университет",
      "вуз", "институт", "лаборатори", "делегаци", "сторон", "мисси", "представительств", "команд", "больниц", "завод", "холдинг", "биржа", "бирж", "профсоюз", "движени", "коалици", "армии", "арми",
   };

   // Countries in the nominative, lower case: alone as a speaker ("Япония заявила") a country
   // speaks as its government, an organisation.
   inline constexpr std::string_view countries[] = {
      "австралия", "австрия", "азербайджан", "армения", "афганистан", "белоруссия", "бельгия", "болгария", "бразилия", "британия",
      "великобритания", "венгрия", "венесуэла", "вьетнам", "германия", "греция", "грузия", "египет", "израиль", "индия", "индонезия",
      "ирак", "иран", "испания", "италия", "казахстан", "канада", "катар", "киргизия", "китай", "куба", "латвия", "литва", "мексика",
      "молдавия", "нидерланды", "норвегия", "пакистан", "польша", "португалия", "россия", "румыния", "сербия", "сирия", "словакия",
      "таджикистан", "турция", "узбекистан", "украина", "финляндия", "франция", "чехия", "швейцария", "швеция", "эстония", "япония",
   };

   // Nouns (as stems) of a news outlet, that a name of an agency or a web address may follow:
   // "агентство Reuters", "издание РБК", "портал iz.ru".
   inline constexpr std::string_view outlet_stems[] = {
      "агентств", "газет", "журнал", "издани", "портал", "радиостанци", "сайт", "телекана",
   };

   // Nouns (as stems) that head a document: "говорится в сообщении".
   inline constexpr std::string_view document_stems[] = {
      "документ", "доклад", "заявлени", "коммюнике", "материал", "обращени", "отчет", "письм", "пост", "постановлени", "послани",
      "приговор", "пресс-релиз", "публикаци", "релиз", "решени", "сообщени", "стать", "телеграмм", "указ", "исследовани", "справк",
      "резолюци", "записк", "протокол", "поздравлени", "исков", "иск",
   };

   // Where a statement was made: "в Telegram-канале", "в интервью", "на брифинге".
   inline constexpr std::string_view medium_stems[] = {
      "telegram", "twitter", "instagram", "facebook", "youtube", "вконтакте", "телеграм", "интервью", "эфир", "брифинг", "пресс-конференци",
      "сайт", "страниц", "блог", "соцсет", "микроблог", "канал", "обращени", "выступлени", "колонк", "видеообращени", "видео", "твиттер",
      "пресс-подход", "беседе", "разговор", "конференци", "заседани", "встреч", "форум", "сессии", "эфире", "программ", "трансляци",
      "заявлени", "сообщени", "письм", "послани", "коммента", "подкаст", "фейсбук", "инстаграм", "ютуб", "тикток",
   };

   // Whom a statement was made to: "сообщил журналистам", "рассказал РИА Новости".
   inline constexpr std::string_view addressees[] = {
      "журналистам", "репортерам", "корреспонденту", "корреспондентам", "изданию", "агентству", "газете", "телеканалу", "радиостанции",
      "порталу", "журналу", "нам", "ему", "ей", "им", "мне", "депутатам", "сенаторам", "собравшимся", "участникам", "гостям",
   };

   // Capitalised names of news agencies that take a statement ("сообщил ТАСС", "сказал Интерфаксу").
   inline constexpr std::string_view agencies[] = {
      "тасс", "интерфаксу", "интерфакс", "рбк", "rt", "bbc", "cnn", "reuters", "bloomberg", "известиям", "ведомостям", "коммерсанту", "медузе",
      "газете.ru", "газете.ру", "ура.ру", "афп", "ассошиэйтед",
   };

   inline constexpr std::string_view months_genitive[] = { "января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря" };
   inline constexpr std::string_view months_prepositional[] = { "январе", "феврале", "марте", "апреле", "мае", "июне", "июле", "августе", "сентябре", "октябре", "ноябре", "декабре" };
   inline constexpr std::string_view weekdays_accusative[] = { "понедельник", "вторник", "среду", "четверг", "пятницу", "субботу", "воскресенье" };
   // clang-format on

   inline constexpr auto cue_forms = lexicon::expand_forms< lexicon::count_forms( cue_verbs ) >( cue_verbs );
   inline constexpr auto by_word_forms = lexicon::expand_forms< lexicon::count_forms( by_words ) >( by_words );
   inline constexpr auto words_citing_forms = lexicon::expand_forms< lexicon::count_forms( words_citing_verbs ) >( words_citing_verbs );
   inline constexpr auto citing_forms = lexicon::expand_forms< lexicon::count_forms( citing_verbs ) >( citing_verbs );
   inline constexpr auto sorted_pronouns = lexicon::sorted( pronouns );
   inline constexpr auto sorted_oblique_pronouns = lexicon::sorted( oblique_pronouns );
   inline constexpr auto sorted_stop_words = lexicon::sorted( stop_words );
   inline constexpr auto sorted_addressees = lexicon::sorted( addressees );
   inline constexpr auto sorted_agencies = lexicon::sorted( agencies );
   inline constexpr auto sorted_countries = lexicon::sorted( countries );

   template< std::size_t M >
   [[nodiscard]] constexpr const verb* find_form( const std::array< lexicon::form, M >& forms, const std::string_view w ) noexcept
   {
      std::size_t lo = 0;
      std::size_t hi = M;
      while( lo < hi ) {
         const std::size_t mid = lo + ( hi - lo ) / 2;
         if( forms[ mid ].text < w ) {
            lo = mid + 1;
         }
         else {
            hi = mid;
         }
      }
      return ( lo < M && forms[ lo ].text == w ) ? forms[ lo ].entry : nullptr;
   }

   // A quick filter on a list of forms: the lengths of its forms, and the pairs of first two
   // letters (of two bytes each, as Cyrillic letters are) they start with. Most words that are
   // no form are turned away before the binary search.
   struct form_filter
   {
      std::uint64_t lengths = 0;                // bit k: some form has k bytes (k < 64)
      std::array< std::uint64_t, 256 > pairs{}; // bit pair_of( form ): some form starts so

      // The low bits of bytes 0 to 3: of a Cyrillic letter, the first byte's lowest bit and the
      // second byte's lowest six tell it from the others.
      [[nodiscard]] static constexpr unsigned pair_of( const std::string_view w ) noexcept
      {
         const auto b = [ & ]( const std::size_t k ) { return static_cast< unsigned >( static_cast< unsigned char >( w[ k ] ) ); };
         return ( ( b( 0 ) & 1U ) << 13U ) | ( ( b( 1 ) & 0x3FU ) << 7U ) | ( ( b( 2 ) & 1U ) << 6U ) | ( b( 3 ) & 0x3FU );
      }

      [[nodiscard]] constexpr bool may_contain( const std::string_view w ) const noexcept
      {
         return may_contain( w.size(), w );
      }

      // For a word of `size` bytes whose first bytes (four at least, or all) are `head`.
      [[nodiscard]] constexpr bool may_contain( const std::size_t size, const std::string_view head ) const noexcept
      {
         if( size >= 64 ) {
            return true;
         }
         if( ( ( lengths >> size ) & 1U ) == 0 ) {
            return false;
         }
         if( size < 4 ) {
            return true;
         }
         const unsigned p = pair_of( head );
         return ( ( pairs[ p >> 6U ] >> ( p & 63U ) ) & 1U ) != 0;
      }
   };

   template< std::size_t M >
   [[nodiscard]] constexpr form_filter filter_of( const std::array< lexicon::form, M >& forms ) noexcept
   {
      form_filter f{};
      for( const lexicon::form& x : forms ) {
         if( x.text.size() < 64 ) {
            f.lengths |= std::uint64_t( 1 ) << x.text.size();
         }
         if( x.text.size() >= 4 ) {
            const unsigned p = form_filter::pair_of( x.text );
            f.pairs[ p >> 6U ] |= std::uint64_t( 1 ) << ( p & 63U );
         }
      }
      return f;
   }

   inline constexpr form_filter cue_filter = filter_of( cue_forms );
   inline constexpr form_filter by_word_filter = filter_of( by_word_forms );
   inline constexpr form_filter words_citing_filter = filter_of( words_citing_forms );
   inline constexpr form_filter citing_filter = filter_of( citing_forms );

   // The verb entry of a lower-case form ("заявила" -> заявить), or nullptr.
   [[nodiscard]] constexpr const verb* find_cue( const std::string_view w ) noexcept
   {
      return cue_filter.may_contain( w ) ? find_form( cue_forms, w ) : nullptr;
   }

   // The entry of a verb that passes on words ("приводит" -> привести слова, "цитирует" ->
   // цитировать), or nullptr; `words` tells whether it needs "слова" after it.
   [[nodiscard]] constexpr const verb* find_citing( const std::string_view w, bool& words ) noexcept
   {
      words = true;
      if( const verb* v = words_citing_filter.may_contain( w ) ? find_form( words_citing_forms, w ) : nullptr ) {
         return v;
      }
      words = false;
      return citing_filter.may_contain( w ) ? find_form( citing_forms, w ) : nullptr;
   }

   // The pseudo-verb entry of a "по словам" word ("словам" -> по словам), or nullptr.
   [[nodiscard]] constexpr const verb* find_by_word( const std::string_view w ) noexcept
   {
      return by_word_filter.may_contain( w ) ? find_form( by_word_forms, w ) : nullptr;
   }

   inline constexpr auto sorted_role_stems = lexicon::sorted( role_stems );
   inline constexpr auto sorted_organization_stems = lexicon::sorted( organization_stems );
   inline constexpr auto sorted_document_stems = lexicon::sorted( document_stems );
   inline constexpr auto sorted_medium_stems = lexicon::sorted( medium_stems );
   inline constexpr auto sorted_outlet_stems = lexicon::sorted( outlet_stems );

   // The length of the longest stem of the set that the lower-case word w starts with, followed
   // by at most three letters (six bytes) and no hyphen; 0 when there is none. The stems that
   // start w sort before it, the longest last, and every stem between it and w shares its bytes:
   // so the search walks back from w only while the stems share the bytes a fit would need.
   template< std::size_t N >
   [[nodiscard]] constexpr std::size_t stem_length( const lexicon::word_set< N >& set, const std::string_view w ) noexcept
   {
      std::size_t lo = 0;
      std::size_t hi = N;
      while( lo < hi ) {
         const std::size_t mid = lo + ( hi - lo ) / 2;
         if( w < set.words[ mid ] ) {
            hi = mid;
         }
         else {
            lo = mid + 1;
         }
      }
      const std::size_t need = w.size() > 6 ? w.size() - 6 : 1; // the shortest stem that could fit
      for( std::size_t i = lo; i > 0; --i ) {
         const std::string_view s = set.words[ i - 1 ];
         if( s.size() < need || s.compare( 0, need, w, 0, need ) != 0 ) {
            return 0; // no stem before this one shares the bytes
         }
         if( s.size() <= w.size() && w.compare( 0, s.size(), s ) == 0 ) {
            // the longest stem that starts w; a shorter one leaves a longer (hyphenated) rest
            return w.find( '-', s.size() ) == std::string_view::npos ? s.size() : 0;
         }
      }
      return 0;
   }

   // 1..12 for a month in the genitive ("3 апреля") or the prepositional ("в апреле"), else 0.
   [[nodiscard]] constexpr int month_number( const std::string_view w ) noexcept
   {
      for( std::size_t i = 0; i < 12; ++i ) {
         if( w == months_genitive[ i ] || w == months_prepositional[ i ] ) {
            return static_cast< int >( i ) + 1;
         }
      }
      return 0;
   }

   // 1 (Monday) .. 7 for a weekday in the accusative ("в пятницу"), else 0.
   [[nodiscard]] constexpr int weekday_number( const std::string_view w ) noexcept
   {
      for( std::size_t i = 0; i < 7; ++i ) {
         if( w == weekdays_accusative[ i ] ) {
            return static_cast< int >( i ) + 1;
         }
      }
      return 0;
   }

} // namespace quoth::internal::ru

#endif
