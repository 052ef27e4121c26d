// SPDX-License-Identifier: MIT
#ifndef QUOTH_INTERNAL_LANG_RU_RULES_HPP
#define QUOTH_INTERNAL_LANG_RU_RULES_HPP

// The Russian sentence patterns, on the shared tokens (spaces, quotations, captures):
//
//   quote_first    «Q», — CUE [ADJ]* X [ADJ]*.          «Q», — сообщили в ORG.
//   trailer        CONTENT, [—] CUE [ADJ]* X [ADJ]*.    CONTENT, — говорится в DOCUMENT.
//   speaker_first  [INTRO] X [ADJ]* CUE [ADJ]* (, что | : | , «Q») CONTENT
//   by_words       По словам X, CONTENT   /   По его словам, CONTENT
//   as_said        Как CUE X, CONTENT      /   Как CUE в ORG, CONTENT
//   anaphoric      Об этом [ADJ]* CUE [ADJ]* X [ADJ]*.   (content: the previous sentence)
//   headline       X: CONTENT   (title lines only)
//   transcript     Имя Фамилия (роль): CONTENT   (a paragraph's start; the turn is the paragraph,
//                  or the next one when the name stands alone)
//
// ADJ is a date ("в понедельник", "3 апреля"), a medium ("в Telegram-канале"), an addressee
// ("журналистам", "РИА Новости") or an adverb ("также").

#include <cstddef>
#include <string_view>

#include <tao/pegtl.hpp>

#include "../../rules/patterns.hpp"
#include "../../rules/speakers.hpp"
#include "../../rules/tokens.hpp"
#include "../../state.hpp"
#include "lexicon.hpp"
#include "words.hpp"

namespace quoth::internal::ru::rules
{
   namespace pegtl = tao::pegtl;
   namespace qr = quoth::internal::rules;

   using qr::capture;
   using qr::scoped;
   using qr::sp;
   using qr::ws;

   // One word, tested in lower case by Derived::accept( lower, original, state ).
   template< typename Derived >
   struct word_test : qr::token< Derived >
   {
      [[nodiscard]] static std::size_t test( const std::string_view s, const std::size_t i, match_state& st ) noexcept
      {
         const std::size_t n = i < s.size() ? word_length( s, i ) : 0;
         char buf[ 64 ];
         if( n == 0 || n > sizeof( buf ) ) {
            return 0;
         }
         const std::string_view w = s.substr( i, n );
         return Derived::accept( lower( w, buf ), w, st ) ? n : 0;
      }
   };

   [[nodiscard]] inline bool is_adverb( const std::string_view w ) noexcept
   {
      return w == "также" || w == "ранее" || w == "уже" || w == "вновь" || w == "тоже" || w == "неоднократно" || w == "публично" || w == "лично" || w == "позднее" || w == "позже" || w == "затем" || w == "впоследствии" || w == "официально" || w == "недавно" || w == "еще" || w == "искренне" || w == "твердо" || w == "действительно" || w == "откровенно" || w == "честно" || w == "всегда" || w == "часто" || w == "прямо" || w == "открыто" || w == "особо" || w == "однажды" || w == "как-то" || w == "тогда" || w == "прежде" || w == "неожиданно" || w == "подробно" || w == "коротко" || w == "кратко" || w == "уверенно" || w == "осторожно" || w == "наконец";
   }

   // "в своем Telegram-канале", "на официальной странице"
   [[nodiscard]] inline bool is_own( const std::string_view w ) noexcept
   {
      return w == "своем" || w == "своей" || w == "своих" || w == "официальном" || w == "официальной" || w == "личном" || w == "личной" || w == "специальном" || w == "совместном" || w == "совместной" || w == "телефонном" || w == "эксклюзивном";
   }

   [[nodiscard]] inline bool capitalised( const std::string_view w ) noexcept
   {
      std::size_t len = 0;
      return !w.empty() && is_upper( decode( w, 0, len ) );
   }

#define QUOTH_RU_WORD( name, ... )                                                                                                      \
   struct name : word_test< name >                                                                                                      \
   {                                                                                                                                    \
      [[nodiscard]] static bool accept( const std::string_view w, const std::string_view /*unused*/, match_state& /*unused*/ ) noexcept \
      {                                                                                                                                 \
         return __VA_ARGS__;                                                                                                            \
      }                                                                                                                                 \
   }

   QUOTH_RU_WORD( kw_v, w == "в" || w == "во" );
   QUOTH_RU_WORD( kw_na, w == "на" );
   QUOTH_RU_WORD( kw_po, w == "по" );
   QUOTH_RU_WORD( kw_so, w == "со" );
   QUOTH_RU_WORD( kw_iz, w == "из" );
   QUOTH_RU_WORD( kw_ne, w == "не" );
   QUOTH_RU_WORD( kw_after, w == "после" || w == "перед" );
   QUOTH_RU_WORD( kw_time, w == "время" );
   QUOTH_RU_WORD( kw_ssylkoy, w == "ссылкой" );
   QUOTH_RU_WORD( kw_o, w == "о" || w == "об" || w == "обо" );
   QUOTH_RU_WORD( kw_kak, w == "как" );
   QUOTH_RU_WORD( kw_chastnosti, w == "частности" );
   QUOTH_RU_WORD( kw_slova, w == "слова" || w == "заявление" || w == "высказывание" || w == "мнение" || w == "комментарий" || w == "цитату" );
   QUOTH_RU_WORD( kw_chto, w == "что" );
   QUOTH_RU_WORD( kw_etom, w == "этом" );
   QUOTH_RU_WORD( kw_tom, w == "том" );
   QUOTH_RU_WORD( kw_hode, w == "ходе" );
   QUOTH_RU_WORD( kw_goda, w == "года" || w == "году" || w == "г" );
   QUOTH_RU_WORD( kw_ria, w == "риа" );
   QUOTH_RU_WORD( kw_novosti, w == "новости" );
   QUOTH_RU_WORD( kw_svoyu, w == "свою" );
   QUOTH_RU_WORD( kw_ochered, w == "очередь" );
   // An infinitive: "снизить", "вернуться", "помочь", "нести"
   QUOTH_RU_WORD( infinitive, w.size() > 4 && ( ends_with( w, "ть" ) || ends_with( w, "ться" ) || ends_with( w, "чь" ) || ends_with( w, "ти" ) ) );
   // A subordinator that opens a sentence with a clause before its speaker: "Когда стартовала
   // кампания, я говорила: ..."
   QUOTH_RU_WORD( opening_subordinator, w == "когда" || w == "если" || w == "хотя" || w == "пока" || w == "поскольку" || w == "после" || w == "несмотря" );
   QUOTH_RU_WORD( kw_source_noun, w == "данным" || w == "информации" || w == "сообщению" || w == "словам" || w == "мнению" || w == "оценке" || w == "оценкам" );
   QUOTH_RU_WORD( question_word, w == "как" || w == "почему" || w == "зачем" || w == "где" || w == "когда" || w == "куда" || w == "откуда" || w == "сколько" || w == "кто" || w == "кого" || w == "кому" || w == "чем" || w == "какой" || w == "какая" || w == "какое" || w == "какие" || w == "каких" || w == "каким" || w == "какую" || w == "каком" || w == "какого" || w == "какими" || w == "чего" || w == "насколько" );
   // what one expresses: "выразил надежду, что", "высказал мнение, что"
   QUOTH_RU_WORD( stance_noun, w == "мнение" || w == "уверенность" || w == "надежду" || w == "сожаление" || w == "обеспокоенность" || w == "сомнение" || w == "опасение" || w == "опасения" || w == "предположение" || w == "убежденность" || w == "недоумение" || w == "готовность" );
   QUOTH_RU_WORD( any_cue, find_cue( w ) != nullptr ); // (records no verb)
   QUOTH_RU_WORD( preposition, w == "в" || w == "во" || w == "на" || w == "о" || w == "об" || w == "за" || w == "с" || w == "со" || w == "по" || w == "из" || w == "от" || w == "к" || w == "для" || w == "при" );
   QUOTH_RU_WORD( relative_day_word, w == "вчера" || w == "сегодня" || w == "накануне" || w == "завтра" || w == "позавчера" );
   QUOTH_RU_WORD( part_of_day_word, w == "утром" || w == "днем" || w == "вечером" || w == "ночью" );
   QUOTH_RU_WORD( month_word, month_number( w ) != 0 );
   QUOTH_RU_WORD( weekday_word, weekday_number( w ) != 0 );
   QUOTH_RU_WORD( day_number, w.size() <= 2 && is_digit( static_cast< unsigned char >( w[ 0 ] ) ) );
   QUOTH_RU_WORD( year_number, w.size() == 4 && is_digit( static_cast< unsigned char >( w[ 0 ] ) ) && is_digit( static_cast< unsigned char >( w[ 3 ] ) ) );
   QUOTH_RU_WORD( adverb, is_adverb( w ) );
   QUOTH_RU_WORD( intro_word, w == "ранее" || w == "также" || w == "позднее" || w == "позже" || w == "впоследствии" || w == "однако" || w == "затем" || w == "тогда" || w == "между" || w == "впрочем" || w == "кроме" || w == "при" || w == "тем" || w == "вместе" || w == "свою" || w == "частности" || w == "очередь" || w == "этом" || w == "того" || w == "временем" || w == "с" || w == "другой" || w == "стороны" || w == "этим" || w == "сам" || w == "сама" || w == "сами" );
   QUOTH_RU_WORD( own_word, is_own( w ) );
   QUOTH_RU_WORD( medium_word, is_medium( w ) );
   QUOTH_RU_WORD( addressee_word, lexicon::contains( sorted_addressees, w ) );
   QUOTH_RU_WORD( agency_word, lexicon::contains( sorted_agencies, w ) );
   QUOTH_RU_WORD( pronoun, lexicon::contains( sorted_pronouns, w ) );
   QUOTH_RU_WORD( oblique_pronoun, lexicon::contains( sorted_oblique_pronouns, w ) );
   QUOTH_RU_WORD( role_word, is_role( w ) && !lexicon::contains( sorted_stop_words, w ) && !lexicon::contains( sorted_addressees, w ) );
   QUOTH_RU_WORD( organization_word, is_organization( w ) && !lexicon::contains( sorted_stop_words, w ) && !lexicon::contains( sorted_addressees, w ) );
   QUOTH_RU_WORD( document_word, is_document( w ) );
   QUOTH_RU_WORD( outlet_word, stem_length( sorted_outlet_stems, w ) != 0 );
   QUOTH_RU_WORD( adjective, is_adjective( w ) && !lexicon::contains( sorted_stop_words, w ) && find_cue( w ) == nullptr && !lexicon::contains( sorted_oblique_pronouns, w ) );

   // A word in Latin letters that starts with a capital: a foreign outlet or platform ("ESPN",
   // "Le Monde", "Reuters")
   struct latin_name : word_test< latin_name >
   {
      [[nodiscard]] static bool accept( const std::string_view /*unused*/, const std::string_view original, match_state& /*unused*/ ) noexcept
      {
         return original[ 0 ] >= 'A' && original[ 0 ] <= 'Z';
      }
   };

   // A web address that names an outlet: "iz.ru", "lenta.ru", "tass.com" (letters, digits and
   // hyphens in ASCII, then at least one period and a domain of two letters or more)
   struct web_domain : qr::token< web_domain >
   {
      static std::size_t test( const std::string_view s, const std::size_t i, const match_state& /*unused*/ ) noexcept
      {
         const auto label = [ & ]( std::size_t j ) noexcept {
            while( j < s.size() && ( is_ascii_alnum( static_cast< unsigned char >( s[ j ] ) ) || s[ j ] == '-' ) ) {
               ++j;
            }
            return j;
         };
         std::size_t j = label( i );
         if( j == i ) {
            return 0;
         }
         std::size_t end = 0;
         while( j + 1 < s.size() && s[ j ] == '.' ) {
            const std::size_t k = label( j + 1 );
            if( k - ( j + 1 ) < 2 ) {
               break;
            }
            j = k;
            end = j;
         }
         if( end == 0 ) {
            return 0;
         }
         // the last label is a domain of letters ("ru", "com"), and no letter follows it
         std::size_t d = end;
         while( d > i && s[ d - 1 ] != '.' ) {
            if( is_digit( static_cast< unsigned char >( s[ d - 1 ] ) ) ) {
               return 0;
            }
            --d;
         }
         std::size_t len = 0;
         if( end < s.size() && is_word_char( decode( s, end, len ) ) ) {
            return 0;
         }
         return end - i;
      }
   };

#undef QUOTH_RU_WORD

   // A reporting verb; records its lexicon entry.
   struct cue_verb : word_test< cue_verb >
   {
      [[nodiscard]] static bool accept( const std::string_view w, const std::string_view /*unused*/, match_state& st ) noexcept
      {
         const verb* v = find_cue( w );
         if( v != nullptr ) {
            st.cap.verb = v;
         }
         return v != nullptr;
      }
   };

   // a token whose test takes the state to record the verb is seen to (rules::may_capture)
   static_assert( qr::may_capture< cue_verb >::value );

   // Is a form reflexive ("говорится", "признался")?
   [[nodiscard]] inline bool reflexive_form( const std::string_view w ) noexcept
   {
      return ends_with( w, "ся" ) || ends_with( w, "сь" );
   }

   // Is a verb reflexive in every form ("признаться", "согласиться")? Its reflexive forms have
   // a speaker as the others do.
   [[nodiscard]] inline bool reflexive_verb( const verb& v ) noexcept
   {
      return ends_with( v.lemma, "ся" );
   }

   // A reporting verb that is not reflexive: "заявил", not "говорится"; or one that is
   // reflexive in every form: "признался", "согласилась".
   struct personal_cue : word_test< personal_cue >
   {
      [[nodiscard]] static bool accept( const std::string_view w, const std::string_view /*unused*/, match_state& st ) noexcept
      {
         const verb* v = find_cue( w );
         if( v == nullptr || ( reflexive_form( w ) && !reflexive_verb( *v ) ) ) {
            return false;
         }
         st.cap.verb = v;
         return true;
      }
   };

   // A reporting verb whose speaker is not named: plural "сообщили", "отмечают" or reflexive
   // "сообщается".
   struct impersonal_cue : word_test< impersonal_cue >
   {
      [[nodiscard]] static bool accept( const std::string_view w, const std::string_view /*unused*/, match_state& st ) noexcept
      {
         const verb* v = find_cue( w );
         if( v == nullptr ) {
            return false;
         }
         // (a verb reflexive in every form: its plural only, "признались"; "признался" has a speaker)
         const bool plural = ends_with( w, "ли" ) || ends_with( w, "ют" ) || ends_with( w, "ят" ) || ends_with( w, "ут" ) || ends_with( w, "ат" ) || ends_with( w, "лись" ) || ends_with( w, "ются" ) || ends_with( w, "ятся" ) || ends_with( w, "утся" ) || ends_with( w, "атся" );
         if( reflexive_verb( *v ) ? !plural : !( plural || reflexive_form( w ) ) ) {
            return false;
         }
         st.cap.verb = v;
         return true;
      }
   };

   // A reporting verb in a reflexive form of its own: "сообщается", "говорилось", "отмечается"
   // (not "признался", whose verb is reflexive in every form). What it reports has no speaker.
   struct reported_cue : word_test< reported_cue >
   {
      [[nodiscard]] static bool accept( const std::string_view w, const std::string_view /*unused*/, match_state& st ) noexcept
      {
         const verb* v = find_cue( w );
         if( v == nullptr || !reflexive_form( w ) || reflexive_verb( *v ) ) {
            return false;
         }
         st.cap.verb = v;
         return true;
      }
   };

   // "словам" of "по словам", "мнению" of "по мнению"; records the pseudo-verb.
   struct by_word : word_test< by_word >
   {
      [[nodiscard]] static bool accept( const std::string_view w, const std::string_view /*unused*/, match_state& st ) noexcept
      {
         const verb* v = find_by_word( w );
         if( v != nullptr ) {
            st.cap.verb = v;
         }
         return v != nullptr;
      }
   };

   // "Согласно" of "Согласно заявлению, ..."; records its pseudo-verb.
   struct according_word : word_test< according_word >
   {
      [[nodiscard]] static bool accept( const std::string_view w, const std::string_view /*unused*/, match_state& st ) noexcept
      {
         if( w != "согласно" ) {
            return false;
         }
         st.cap.verb = find_by_word( w );
         return st.cap.verb != nullptr;
      }
   };

   // A capitalised word that can be part of a name: not a function word, cue or date word.
   struct name_word : word_test< name_word >
   {
      [[nodiscard]] static bool accept( const std::string_view w, const std::string_view original, match_state& /*unused*/ ) noexcept
      {
         return capitalised( original ) && !lexicon::contains( sorted_stop_words, w ) && find_cue( w ) == nullptr && !is_date_word( w ) && !lexicon::contains( sorted_pronouns, w ) && !lexicon::contains( sorted_oblique_pronouns, w );
      }
   };

   // A lower-case word that may stand in a speaker phrase: not a function word, cue, date,
   // addressee, pronoun, infinitive, reflexive form, possessive or adverb.
   [[nodiscard]] inline bool plain_lower_word( const std::string_view w, const std::string_view original ) noexcept
   {
      if( capitalised( original ) || is_digit( static_cast< unsigned char >( w[ 0 ] ) ) ) {
         return false;
      }
      return !lexicon::contains( sorted_stop_words, w ) && find_cue( w ) == nullptr && !is_date_word( w ) && !lexicon::contains( sorted_addressees, w ) && !lexicon::contains( sorted_pronouns, w ) && !lexicon::contains( sorted_oblique_pronouns, w ) && !ends_with( w, "ть" ) && !ends_with( w, "ся" ) && !is_own( w ) && !is_adverb( w );
   }

   // A lower-case word that may follow the head of a speaker phrase as its complement
   // ("министр спорта", "представитель ведомства"): a plain_lower_word() and no dative plural.
   struct complement_word : word_test< complement_word >
   {
      [[nodiscard]] static bool accept( const std::string_view w, const std::string_view original, match_state& /*unused*/ ) noexcept
      {
         return plain_lower_word( w, original ) && !ends_with( w, "ам" ) && !ends_with( w, "ям" );
      }
   };

   // A short quotation: a name in quote marks («Медузы», "Россия-24", «Газета.ру»), at most
   // three words; a period only inside a word.
   struct short_quote : qr::token< short_quote >
   {
      static std::size_t test( const std::string_view s, const std::size_t i, const match_state& st ) noexcept
      {
         const raw_quote* q = st.quote_at( i );
         if( q == nullptr || !q->closed || q->close_end > s.size() || q->content_end - q->content_begin > 60 ) {
            return 0;
         }
         std::size_t spaces = 0;
         for( std::size_t k = q->content_begin; k < q->content_end; ++k ) {
            const char c = st.text[ k ];
            spaces += c == ' ' ? 1U : 0U;
            if( c == '.' && k > q->content_begin && k + 1 < q->content_end && st.text[ k - 1 ] != ' ' && st.text[ k + 1 ] != ' ' && st.text[ k + 1 ] != '.' ) {
               continue; // "Газета.ру"
            }
            if( c == ',' || c == '.' || c == '!' || c == '?' || c == ':' ) {
               return 0;
            }
         }
         if( spaces > 2 ) {
            return 0;
         }
         return q->close_end - i;
      }
   };

   // "(ВГТРК)": a short parenthesis.
   struct parenthesis : qr::token< parenthesis >
   {
      static std::size_t test( const std::string_view s, const std::size_t i, const match_state& /*unused*/ ) noexcept
      {
         if( i >= s.size() || s[ i ] != '(' ) {
            return 0;
         }
         const std::size_t close = s.substr( 0, i + 80 < s.size() ? i + 80 : s.size() ).find( ')', i );
         return ( close != std::string_view::npos && close - i < 80 && s.substr( i, close - i ).find( '.' ) == std::string_view::npos ) ? close + 1 - i : 0;
      }
   };

   // A dash between a quotation (or a comma) and its cue: - – —
   struct dash : qr::token< dash >
   {
      static std::size_t test( const std::string_view s, const std::size_t i, const match_state& /*unused*/ ) noexcept
      {
         if( i >= s.size() ) {
            return 0;
         }
         std::size_t len = 0;
         const char32_t c = decode( s, i, len );
         return ( c == '-' || c == 0x2013 || c == 0x2014 ) ? len : 0;
      }
   };

   struct comma : pegtl::one< ',' >
   {};

   struct colon : pegtl::one< ':' >
   {};

   // ---- dates ------------------------------------------------------------------------------

   struct full_date : pegtl::seq< day_number, ws, month_word, pegtl::opt< ws, year_number, pegtl::opt< ws, kw_goda, pegtl::opt< pegtl::one< '.' > > > > >
   {};

   struct year_date : scoped< kw_v, ws, year_number, ws, kw_goda >
   {};

   // "в феврале", "в марте 2019 года": a month (month_word reads the prepositional too)
   struct month_date : scoped< kw_v, ws, month_word, pegtl::opt< ws, year_number, pegtl::opt< ws, kw_goda > > >
   {};

   struct date_atom : pegtl::sor< full_date, scoped< kw_na, ws, full_date >, scoped< pegtl::opt< kw_v, ws >, weekday_word >, relative_day_word, part_of_day_word, year_date, month_date >
   {};

   struct date_phrase : pegtl::seq< date_atom, pegtl::rep_opt< 2, scoped< ws, date_atom > > >
   {};

   // ---- media, addressees, adjuncts --------------------------------------------------------

   struct non_role_complement : pegtl::seq< pegtl::not_at< role_word >, complement_word >
   {};

   // Whose the medium is: "на сайте Минобороны", "телеканалу «Россия-24»", "правительства
   // Москвы", "в интервью ESPN"; a role or a name in Cyrillic right after the medium starts
   // the speaker instead ("в Telegram-канале мэр ...", "в Telegram-канале Иван Петров").
   struct owner_words : pegtl::seq< pegtl::sor< short_quote, organization_word, latin_name, non_role_complement >, pegtl::rep_opt< 2, scoped< ws, pegtl::sor< short_quote, organization_word, name_word, non_role_complement > > > >
   {};

   struct medium_owner : scoped< ws, owner_words >
   {};

   // "в Telegram-канале", "в своем Telegram-канале", "в интервью телеканалу «Россия-24»",
   // "на брифинге", "в ходе пресс-конференции"
   struct medium_phrase
     : pegtl::seq< pegtl::sor< scoped< kw_v, ws, kw_hode >, kw_v, kw_na >, ws, pegtl::rep_opt< 2, own_word, ws >, medium_word, pegtl::opt< medium_owner >, pegtl::opt< scoped< sp, parenthesis > > >
   {};

   // "журналистам", "изданию «Коммерсантъ»", "РИА Новости", "ТАСС", «Известиям»
   struct addressee
     : pegtl::sor< pegtl::seq< addressee_word, pegtl::rep_opt< 2, scoped< ws, pegtl::sor< name_word, short_quote > > > >, scoped< kw_ria, ws, kw_novosti >, agency_word, short_quote >
   {};

   // ---- speakers ---------------------------------------------------------------------------

   struct name_run : pegtl::seq< name_word, pegtl::rep_opt< 3, scoped< ws, name_word > > >
   {};

   // "агентство Reuters", "издание РБК", "портал iz.ru": an outlet and its name, which after
   // any other word would be an addressee ("Петров ТАСС сказал")
   struct outlet_name : pegtl::seq< outlet_word, ws, pegtl::sor< agency_word, web_domain > >
   {};

   struct head : pegtl::sor< outlet_name, role_word, organization_word, document_word, name_run, short_quote >
   {};

   // A lower-case word after "по" in a speaker phrase, in the dative ("делам", "вопросам"): as
   // complement_word, but a dative plural is welcome
   struct dative_word : word_test< dative_word >
   {
      [[nodiscard]] static bool accept( const std::string_view w, const std::string_view original, match_state& /*unused*/ ) noexcept
      {
         return plain_lower_word( w, original ) && find_by_word( w ) == nullptr;
      }
   };

   // "председатель комитета по международным делам", "вице-премьер по социальным вопросам": a
   // "по" complement inside the phrase
   struct po_complement : scoped< kw_po, ws, pegtl::sor< adjective, dative_word, name_word >, pegtl::rep_opt< 2, scoped< ws, pegtl::sor< adjective, dative_word, name_word > > > >
   {};

   // "ученые из физического центра RIKEN", "врач из Казани": where the speaker is from
   struct iz_complement : scoped< kw_iz, ws, pegtl::sor< adjective, organization_word, complement_word, name_word >, pegtl::rep_opt< 3, scoped< ws, pegtl::sor< adjective, organization_word, complement_word, name_word > > > >
   {};

   // A word after the head; a news agency after a name is the addressee ("Петров ТАСС сказал").
   struct unit : pegtl::seq< pegtl::not_at< agency_word >, pegtl::sor< role_word, organization_word, name_word, short_quote, adjective, complement_word, po_complement, iz_complement, parenthesis, web_domain > >
   {};

   // A speaker phrase in any case: "глава МИД России Сергей Лавров", "египетский президент",
   // "пресс-служба Кремля", "управляющий партнер компании", "Лаврова".
   struct noun_phrase : pegtl::seq< pegtl::rep_opt< 3, pegtl::not_at< role_word >, adjective, ws >, head, pegtl::rep_opt< 8, scoped< ws, unit > > >
   {};

   struct speaker_phrase : pegtl::sor< pronoun, noun_phrase >
   {};

   // After a cue, where the speaker must reach the end of the sentence, any noun can head it:
   // "— сказал архитектор."
   struct any_noun_phrase : pegtl::seq< pegtl::rep_opt< 3, pegtl::not_at< role_word >, adjective, ws >, pegtl::sor< head, complement_word >, pegtl::rep_opt< 8, scoped< ws, unit > > >
   {};

   struct speaker_after_cue : pegtl::sor< pronoun, any_noun_phrase >
   {};

   // "со ссылкой на источники в правительстве": whose words the speaker passes on
   struct citing : scoped< kw_so, ws, kw_ssylkoy, ws, kw_na, ws, any_noun_phrase >
   {};

   // "после заседания правительства", "во время брифинга": when, by an event; not recorded
   struct event_time : scoped< pegtl::sor< scoped< kw_v, ws, kw_time >, kw_after >, ws, any_noun_phrase >
   {};

   // ---- adjuncts ---------------------------------------------------------------------------

   struct adjunct : pegtl::sor< capture< slots::date, date_phrase >, capture< slots::medium, medium_phrase >, addressee, adverb, parenthesis, citing, event_time >
   {};

   struct adjuncts : pegtl::rep_opt< 4, scoped< sp, pegtl::opt< comma, sp >, adjunct > >
   {};

   // adjuncts before a speaker: no comma may precede them
   struct tight_adjuncts : pegtl::rep_opt< 4, scoped< ws, adjunct > >
   {};

   // adjuncts between a cue and a speaker that is a news outlet: no addressee
   struct outlet_adjuncts : pegtl::rep_opt< 3, scoped< ws, pegtl::sor< capture< slots::date, date_phrase >, capture< slots::medium, medium_phrase >, adverb > > >
   {};

   // An aside that runs to the end of the sentence: ", заведующий лабораторией института
   // «Физтех»" (at most 400 bytes, no colon or semicolon).
   struct aside_to_end : qr::token< aside_to_end >
   {
      static std::size_t test( const std::string_view s, const std::size_t i, const match_state& st ) noexcept
      {
         if( st.content_end <= i || st.content_end - i > 400 || st.content_end > s.size() ) {
            return 0;
         }
         const std::string_view t = s.substr( i, st.content_end - i );
         return ( t.find( ';' ) == std::string_view::npos && t.find( ':' ) == std::string_view::npos ) ? t.size() : 0;
      }
   };

   // A present gerund: "указывая", "ссылаясь"
   struct gerund : word_test< gerund >
   {
      [[nodiscard]] static bool accept( const std::string_view w, const std::string_view original, match_state& /*unused*/ ) noexcept
      {
         return !capitalised( original ) && letters( w ) > 5 && ( ends_with( w, "ая" ) || ends_with( w, "яя" ) || ends_with( w, "ясь" ) || ends_with( w, "аясь" ) );
      }
   };

   // The aside must describe the speaker or how they spoke: ", заместитель директора ...",
   // ", поступившем в редакцию", ", не указывая источник"; not more content
   // ("..., по словам X, значительно повышает ...").
   struct final_aside : scoped< sp, comma, sp, pegtl::at< pegtl::sor< role_word, organization_word, name_word, short_quote, adjective, gerund, pegtl::seq< kw_ne, ws, gerund > > >, aside_to_end >
   {};

   struct end : pegtl::seq< adjuncts, pegtl::opt< final_aside >, qr::at_sentence_end >
   {};

   // "на сайте министерства", "в Telegram-канале ведомства": a medium whose owner is the
   // source ("Как сообщается на сайте министерства, ...")
   // (a document is the source itself: "в сообщении ведомства")
   struct owned_medium : capture< slots::medium, pegtl::sor< kw_v, kw_na >, ws, pegtl::not_at< document_word >, medium_word, ws, capture< slots::speaker, owner_words > >
   {};

   // The organisation or document after an impersonal cue: "в пресс-службе ведомства",
   // "в сообщении", or the owner of a medium: "на сайте министерства".
   struct place_source : pegtl::sor< owned_medium, pegtl::seq< kw_v, ws, capture< slots::speaker, pegtl::rep_opt< 2, adjective, ws >, pegtl::sor< organization_word, document_word, name_run >, pegtl::rep_opt< 6, scoped< ws, unit > > > > >
   {};

   // Does the recorded cue take an object before a speaker after it ("прокомментировал")?
   struct cue_takes_object
   {
      using rule_t = cue_takes_object;
      using subs_t = pegtl::empty_list;
      using quoth_analyze_t = pegtl::analyze_opt_traits<>;

      template< pegtl::apply_mode A, pegtl::rewind_mode M, template< typename... > class Action, template< typename... > class Control, typename ParseInput >
      [[nodiscard]] static bool match( ParseInput& /*unused*/, match_state& st ) noexcept
      {
         return st.cap.verb != nullptr && ( st.cap.verb->lemma == "прокомментировать" || st.cap.verb->lemma == "выразить" || st.cap.verb->lemma == "высказать" );
      }
   };

   // Does the recorded cue take an infinitive as what it reports ("пообещал снизить налоги")?
   struct cue_takes_infinitive
   {
      using rule_t = cue_takes_infinitive;
      using subs_t = pegtl::empty_list;
      using quoth_analyze_t = pegtl::analyze_opt_traits<>;

      template< pegtl::apply_mode A, pegtl::rewind_mode M, template< typename... > class Action, template< typename... > class Control, typename ParseInput >
      [[nodiscard]] static bool match( ParseInput& /*unused*/, match_state& st ) noexcept
      {
         return st.cap.verb != nullptr && st.cap.verb->lemma == "пообещать";
      }
   };

   // A lower-case word of an object: no role (which starts the speaker), cue or function word;
   // a noun in "-ость" that one expresses ("уверенность") is one, though it ends as an infinitive
   struct object_word : pegtl::seq< pegtl::not_at< role_word >, pegtl::sor< stance_noun, organization_word, complement_word > >
   {};

   // "победу" in "— прокомментировала победу Екатерина Бурмистрова", "решение суда" in "—
   // прокомментировал решение суда адвокат Иван Петров": at most three words, and a name or a
   // role after them starts the speaker.
   struct cue_object : scoped< cue_takes_object, ws, object_word, pegtl::rep_opt< 2, ws, object_word >, pegtl::at< ws, pegtl::sor< name_word, role_word > > >
   {};

   // A verb that passes on words (find_citing); Words: one that needs "слова" (kw_slova:
   // "заявление", "мнение" too) after it.
   template< bool Words >
   struct citing_verb : word_test< citing_verb< Words > >
   {
      [[nodiscard]] static bool accept( const std::string_view w, const std::string_view /*unused*/, match_state& st ) noexcept
      {
         bool words = false;
         const verb* v = find_citing( w, words );
         if( v == nullptr || words != Words ) {
            return false;
         }
         st.cap.verb = v;
         return true;
      }
   };

   // A word of whose words are cited: no outlet and no name in Latin letters (which name the
   // outlet: "Уайта Las Vegas Review-Journal")
   struct cited_word : pegtl::seq< pegtl::not_at< agency_word >, pegtl::not_at< kw_ria >, pegtl::not_at< latin_name >, pegtl::sor< role_word, organization_word, name_word, adjective, complement_word, oblique_pronoun > >
   {};

   struct cited : pegtl::seq< cited_word, pegtl::rep_opt< 6, scoped< ws, cited_word > > >
   {};

   // The outlet that passes words on: "ТАСС", "РИА Новости", "агентство Reuters", «Известия»,
   // "Las Vegas Review-Journal", "пресс-служба СФУ" (an organisation, when the cited follow it)
   struct relay
     : pegtl::sor< outlet_name, scoped< kw_ria, ws, kw_novosti >, agency_word, short_quote, pegtl::seq< latin_name, pegtl::rep_opt< 4, scoped< ws, latin_name > > >, scoped< organization_word, pegtl::rep_opt< 2, scoped< ws, pegtl::sor< name_word, organization_word >, pegtl::at< ws, cited_word > > >, pegtl::at< ws, cited_word > > >
   {};

   // "— приводит ТАСС слова Кудрина", "— приводит слова Уайта Las Vegas Review-Journal", "—
   // цитирует Кудрина ТАСС", "— цитирует пресс-служба СФУ Еркаева": the speaker is the one cited,
   // the outlet the medium
   struct citing_then_speaker
     : pegtl::sor< scoped< capture< slots::cue, citing_verb< true > >, pegtl::opt< ws, capture< slots::medium, relay > >, ws, kw_slova, ws, capture< slots::speaker, cited >, pegtl::opt< ws, capture< slots::medium, relay > > >,
                   scoped< capture< slots::cue, citing_verb< false > >, pegtl::opt< ws, capture< slots::medium, relay > >, ws, capture< slots::speaker, cited >, pegtl::opt< ws, capture< slots::medium, relay > > > >
   {};

   // ", в частности," between a cue and its speaker: "— заявил, в частности, мэр"
   struct in_particular : scoped< sp, comma, sp, kw_v, ws, kw_chastnosti, sp, comma >
   {};

   // What follows a cue when the speaker comes after it: "заявил X", "сообщает «Газета»",
   // "сообщили журналистам в ORG", "прокомментировал решение суда X".
   struct cue_then_speaker
     : pegtl::sor< scoped< capture< slots::cue, personal_cue >, pegtl::opt< in_particular >, pegtl::opt< cue_object >, tight_adjuncts, ws, capture< slots::speaker, speaker_after_cue >, tight_adjuncts >,
                   scoped< capture< slots::cue, personal_cue >, outlet_adjuncts, ws, capture< slots::speaker, speaker_after_cue >, tight_adjuncts >,
                   scoped< capture< slots::cue, impersonal_cue >, pegtl::rep_opt< 2, scoped< ws, pegtl::sor< capture< slots::date, date_phrase >, addressee, adverb > > >, ws, place_source, tight_adjuncts >,
                   citing_then_speaker >
   {};

   // ---- quote first ------------------------------------------------------------------------

   struct quote_first : pegtl::seq< capture< slots::quote1, qr::quote >, sp, pegtl::opt< comma, sp >, pegtl::opt< dash, sp >, cue_then_speaker, end >
   {};

   // ---- a quote split by its attribution: «A, — заявил X. — B» ------------------------------
   // Tried at a comma inside the quotation; the dash that resumes the quote is checked by the
   // engine, as the sentence may end before it.
   struct inner_trailer : pegtl::seq< comma, sp, dash, sp, cue_then_speaker, sp, pegtl::sor< pegtl::one< '.' >, comma > >
   {};

   // ---- content first: tried at each comma --------------------------------------------------

   struct trailer : pegtl::seq< pegtl::sor< comma, pegtl::seq< qr::after_quote_comma, pegtl::at< ws > > >, sp, pegtl::opt< dash, sp >, pegtl::sor< cue_then_speaker, scoped< capture< slots::cue, kw_po, ws, by_word >, ws, capture< slots::speaker, speaker_phrase > > >, end >
   {};

   // ---- speaker first ----------------------------------------------------------------------

   // "INTERFAX.RU - ", "МОСКВА, 3 апр — ": a dateline before the first sentence of a text
   struct dateline : qr::token< dateline >
   {
      static std::size_t test( const std::string_view s, const std::size_t i, const match_state& /*unused*/ ) noexcept
      {
         std::size_t j = i;
         std::size_t caps = 0;
         std::size_t len = 0;
         while( j < s.size() && j - i < 80 ) {
            const char32_t c = decode( s, j, len );
            if( c == ' ' && j + 1 < s.size() ) {
               const char32_t d = decode( s, j + 1, len );
               if( ( d == '-' || d == 0x2013 || d == 0x2014 ) && caps >= 3 && j + 1 + len < s.size() && s[ j + 1 + len ] == ' ' ) {
                  return j + 2 + len - i;
               }
               j += 1;
               continue;
            }
            if( is_upper( c ) ) {
               ++caps;
            }
            else if( !( c == '.' || c == ',' || is_digit( c ) ) && !( caps >= 3 && is_word_char( c ) ) ) {
               return 0;
            }
            j += len;
         }
         return 0;
      }
   };

   // "Комментируя решение суда,", "Выступая на форуме,", "Назвав ситуацию «сложной»,": a
   // gerund clause before the subject, up to its comma (at most 400 bytes).
   struct gerund_clause : qr::token< gerund_clause >
   {
      static std::size_t test( const std::string_view s, const std::size_t i, const match_state& /*unused*/ ) noexcept
      {
         const std::size_t n = i < s.size() ? word_length( s, i ) : 0;
         char buf[ 64 ];
         if( n == 0 || n > sizeof( buf ) || !capitalised( s.substr( i, n ) ) ) {
            return 0;
         }
         const std::string_view w = lower( s.substr( i, n ), buf );
         bool gerund = false;
         for( const std::string_view e : { "уя", "ая", "яя", "ив", "ав", "ев", "ясь", "вшись" } ) {
            gerund = gerund || ( ends_with( w, e ) && letters( w ) > 5 );
         }
         if( !gerund || find_cue( w ) != nullptr ) {
            return 0;
         }
         const std::size_t comma = s.substr( 0, i + 400 < s.size() ? i + 400 : s.size() ).find( ',', i + n );
         if( comma == std::string_view::npos || comma - i > 400 ) {
            return 0;
         }
         const std::string_view clause = s.substr( i, comma - i );
         if( clause.find( '.' ) != std::string_view::npos || clause.find( ':' ) != std::string_view::npos || clause.find( ';' ) != std::string_view::npos ) {
            return 0;
         }
         // "Российская делегация заявила, что": an adjective, not a gerund, when a cue follows
         for( std::size_t j = i + n; j < comma; ) {
            const std::size_t m = word_length( clause, j - i );
            if( m == 0 ) {
               j += code_point_length( s, j );
               continue;
            }
            if( m <= sizeof( buf ) && find_cue( lower( s.substr( j, m ), buf ) ) != nullptr ) {
               return 0;
            }
            j += m;
         }
         return comma + 1 - i;
      }
   };

   // "В свою очередь": before a place or a medium, which also open with "в"
   struct in_turn : pegtl::seq< kw_v, ws, kw_svoyu, ws, kw_ochered >
   {};

   struct intro_item : pegtl::sor< in_turn, capture< slots::date, date_phrase >, capture< slots::medium, medium_phrase >, intro_word >
   {};

   struct intro : pegtl::seq< intro_item, pegtl::rep_opt< 3, scoped< sp, pegtl::opt< comma >, sp, intro_item > >, pegtl::opt< sp, comma > >
   {};

   struct content_rest : capture< slots::content, qr::rest >
   {};

   // ", как ...", ", почему ...", ", в каких регионах ...": an indirect question is the content,
   // with its question word; not "как" before a cue ("заявил, как передает ТАСС, что ...")
   struct question_tail : scoped< sp, comma, sp, pegtl::at< pegtl::opt< preposition, ws >, question_word, pegtl::not_at< ws, pegtl::opt< adverb, ws >, any_cue > >, content_rest >
   {};

   struct speaker_first_tail
     : pegtl::sor< scoped< sp, comma, sp, kw_chto, ws, content_rest >,
                   scoped< ws, kw_o, ws, kw_tom, sp, comma, sp, kw_chto, ws, content_rest >,
                   scoped< sp, colon, sp, content_rest >,
                   scoped< sp, comma, sp, pegtl::at< qr::quote >, content_rest >,
                   question_tail,
                   // "пообещал снизить налоги": the promise
                   scoped< cue_takes_infinitive, ws, pegtl::at< infinitive >, content_rest >,
                   // "сказал Анне: «...»": to whom, before a colon
                   scoped< ws, name_word, sp, colon, sp, content_rest >,
                   // "выразил надежду, что ...", "высказал мнение, что ..."
                   scoped< cue_takes_object, ws, stance_noun, sp, comma, sp, kw_chto, ws, content_rest >,
                   // "заявил о надежде, что ...": the clause after the noun
                   scoped< ws, kw_o, ws, complement_word, sp, comma, sp, kw_chto, ws, content_rest >,
                   // "заявил о готовности ...", "рассказал об идеальной диете": the topic
                   scoped< ws, kw_o, ws, pegtl::not_at< kw_tom >, content_rest > >
   {};

   // "Бывший министр финансов, глава центра Алексей Кудрин": a second description in apposition
   struct apposition : scoped< sp, comma, sp, noun_phrase >
   {};

   // "В пресс-службе ведомства ТАСС сообщили", "В документе говорится", "На сайте министерства
   // сообщается": an impersonal cue after its source
   struct place_then_cue : pegtl::seq< place_source, pegtl::rep_opt< 3, scoped< ws, pegtl::sor< addressee, adverb, capture< slots::date, date_phrase > > > >, ws, capture< slots::cue, impersonal_cue > >
   {};

   struct speaker_first
     : pegtl::seq< pegtl::opt< dash, sp >, // a turn of a dialogue or an interview: "— Я считаю, что ..."
                   pegtl::opt< dateline, sp >,
                   pegtl::sor< place_then_cue, // (before an intro: it would take the medium of "На сайте министерства сообщается")
                               pegtl::seq< pegtl::opt< scoped< intro, ws > >,
                                           pegtl::opt< gerund_clause, ws >,
                                           pegtl::sor< pegtl::seq< capture< slots::speaker, speaker_phrase, pegtl::opt< apposition > >,
                                                                   pegtl::rep_opt< 3, scoped< ws, pegtl::sor< adverb, capture< slots::date, date_phrase >, capture< slots::medium, medium_phrase >, citing > > >,
                                                                   ws,
                                                                   capture< slots::cue, personal_cue, pegtl::rep_opt< 2, scoped< ws, addressee > > > >,
                                                       place_then_cue > > >,
                   adjuncts,
                   speaker_first_tail >
   {};

   // ---- По словам X, ... / По его словам, ... ----------------------------------------------

   struct by_words_first
     : pegtl::seq< pegtl::sor< pegtl::seq< capture< slots::cue, kw_po, ws, by_word >, ws, capture< slots::speaker, speaker_phrase > >,
                               pegtl::seq< kw_po, ws, capture< slots::speaker, oblique_pronoun >, ws, capture< slots::cue, by_word > >,
                               pegtl::seq< capture< slots::cue, according_word, pegtl::opt< ws, kw_source_noun > >, ws, capture< slots::speaker, speaker_phrase > > >,
                   tight_adjuncts,
                   sp,
                   comma,
                   sp,
                   content_rest >
   {};

   // ---- Как сообщил X, ... ----------------------------------------------------------------

   struct as_said : pegtl::seq< kw_kak, tight_adjuncts, ws, cue_then_speaker, sp, comma, sp, content_rest >
   {};

   // ---- Сообщается, что ... / Как сообщается, ... -------------------------------------------

   // "Сообщается, что ...", "Ранее сообщалось, что ...", "Также отмечается, что ...": a report
   // without a speaker
   struct impersonal_first : pegtl::seq< pegtl::opt< scoped< intro, ws > >, capture< slots::cue, reported_cue >, adjuncts, sp, comma, sp, kw_chto, ws, content_rest >
   {};

   // "Как сообщается, ...", "Как сообщалось ранее, ...": the same, before what it reports
   struct as_reported : pegtl::seq< kw_kak, ws, capture< slots::cue, reported_cue >, tight_adjuncts, sp, comma, sp, content_rest >
   {};

   // ---- Об этом заявил X. -----------------------------------------------------------------

   struct anaphoric
     : pegtl::seq< kw_o, ws, kw_etom, tight_adjuncts, ws, pegtl::sor< cue_then_speaker, pegtl::seq< capture< slots::speaker, speaker_phrase >, tight_adjuncts, ws, capture< slots::cue, personal_cue > > >, end >
   {};

   // ---- transcript: Имя Фамилия (роль): ... -------------------------------------------------

   // The note on a turn's speaker: a parenthesis of up to 200 bytes on one line ("(исполнительный
   // продюсер, автор книги, — прим. редакции)")
   struct turn_note : qr::token< turn_note >
   {
      static std::size_t test( const std::string_view s, const std::size_t i, const match_state& /*unused*/ ) noexcept
      {
         if( i >= s.size() || s[ i ] != '(' ) {
            return 0;
         }
         const std::string_view t = s.substr( i, 200 );
         const std::size_t close = t.find( ')' );
         return ( close != std::string_view::npos && t.substr( 0, close ).find( '\n' ) == std::string_view::npos ) ? close + 1 : 0;
      }
   };

   // A turn's speaker at the start of a paragraph: a name of two words or more, a note in
   // brackets, a colon ("Чарли Брукер (сценарист):"); the turn follows, or fills the next
   // paragraph when the name stands on a line of its own (match.hpp).
   struct transcript_head : pegtl::seq< capture< slots::speaker, name_word, ws, name_word, pegtl::rep_opt< 2, scoped< ws, name_word > > >, pegtl::opt< sp, turn_note >, sp, capture< slots::cue, colon > >
   {};

   // ---- headline: X: ... ------------------------------------------------------------------

   struct headline : pegtl::seq< capture< slots::speaker, noun_phrase >, sp, capture< slots::cue, colon >, ws, content_rest >
   {};

} // namespace quoth::internal::ru::rules

#endif
