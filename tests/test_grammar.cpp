// The grammar has no rule that can loop without consuming input.
#include <algorithm>
#include <string>
#include <utility>
#include <vector>

#include <tao/pegtl/contrib/analyze.hpp>

#include "helpers.hpp"

TEST_CASE( "tao::pegtl::analyze finds no problem in any top-level rule" )
{
   using namespace quoth::internal::rules;
   CHECK( tao::pegtl::analyze< speaker_first >( -1 ) == 0 );
   CHECK( tao::pegtl::analyze< quote_first >( -1 ) == 0 );
   CHECK( tao::pegtl::analyze< trailer >( -1 ) == 0 );
   CHECK( tao::pegtl::analyze< parenthetical >( -1 ) == 0 );
   CHECK( tao::pegtl::analyze< signature >( -1 ) == 0 );
   CHECK( tao::pegtl::analyze< gerund_clause >( -1 ) == 0 );
   CHECK( tao::pegtl::analyze< dash_gerund_clause >( -1 ) == 0 );
   CHECK( tao::pegtl::analyze< coordinated_clause >( -1 ) == 0 );
   CHECK( tao::pegtl::analyze< subject >( -1 ) == 0 );
   CHECK( tao::pegtl::analyze< dash_source_quote >( -1 ) == 0 );
   CHECK( tao::pegtl::analyze< according_first >( -1 ) == 0 );
   CHECK( tao::pegtl::analyze< according_first_loose >( -1 ) == 0 );
   CHECK( tao::pegtl::analyze< in_view_first >( -1 ) == 0 );
   CHECK( tao::pegtl::analyze< anaphoric >( -1 ) == 0 );
   CHECK( tao::pegtl::analyze< headline >( -1 ) == 0 );
   CHECK( tao::pegtl::analyze< date_phrase >( -1 ) == 0 );
   CHECK( tao::pegtl::analyze< medium_phrase >( -1 ) == 0 );
   CHECK( tao::pegtl::analyze< cue_first >( -1 ) == 0 );
   CHECK( tao::pegtl::analyze< as_first >( -1 ) == 0 );
   CHECK( tao::pegtl::analyze< as_by_first >( -1 ) == 0 );
   CHECK( tao::pegtl::analyze< relative_object >( -1 ) == 0 );
   CHECK( tao::pegtl::analyze< gerund_body >( -1 ) == 0 );
   CHECK( tao::pegtl::analyze< opening_gerund >( -1 ) == 0 );
}

TEST_CASE( "memo_control: memoised sub-rules match as without the memo, at every offset and on a second try" )
{
   namespace pegtl = tao::pegtl;
   using namespace quoth::internal;
   const std::string_view text = "The mayor of the city, Ann Lee, and Sen. Bo Park (D-Ore.) of the state's party said on Monday that four of the 10 senators in Kabul, one of the officials familiar with the talks, agreed.";
   const std::vector< const raw_quote* > none;
   match_state st;
   st.text = text;
   st.quotes = &none;
   for( const std::size_t end : { text.size(), text.size() - 40, text.size() } ) { // a new end starts afresh
      for( int round = 0; round < 2; ++round ) {
         for( std::size_t at = 0; at < end; ++at ) {
            pegtl::memory_input< pegtl::tracking_mode::lazy > plain( text.data() + at, text.data() + end, "" );
            pegtl::memory_input< pegtl::tracking_mode::lazy > memo( text.data() + at, text.data() + end, "" );
            const bool p = pegtl::parse< rules::speaker_with_name >( plain, st );
            const bool m = pegtl::parse< rules::speaker_with_name, pegtl::nothing, memo_control >( memo, st );
            CHECK( p == m );
            CHECK( plain.current() == memo.current() );
         }
      }
   }
}

TEST_CASE( "memo_control: a memoised rule with captures leaves the captures it leaves without the memo" )
{
   namespace pegtl = tao::pegtl;
   using namespace quoth::internal;
   const std::string_view text = "The bridge will reopen, the city engineer said on Monday in a statement, and the work, officials said, will cost less, according to the mayor of the city.";
   const std::vector< const raw_quote* > none;
   match_state st;
   st.text = text;
   st.quotes = &none;
   const auto same = []( const captures& a, const captures& b ) {
      const auto eq = []( const slot& x, const slot& y ) { return x.begin == y.begin && x.end == y.end; };
      return eq( a.speaker, b.speaker ) && eq( a.cue, b.cue ) && eq( a.date, b.date ) && eq( a.medium, b.medium ) && a.verb == b.verb;
   };
   std::size_t matched = 0;
   for( int round = 0; round < 2; ++round ) {
      for( std::size_t at = 0; at < text.size(); ++at ) {
         pegtl::memory_input< pegtl::tracking_mode::lazy > plain( text.data() + at, text.data() + text.size(), "" );
         pegtl::memory_input< pegtl::tracking_mode::lazy > memo( text.data() + at, text.data() + text.size(), "" );
         st.cap = captures();
         const bool p = pegtl::parse< rules::trailer_core >( plain, st );
         const captures after_plain = st.cap;
         st.cap = captures();
         const bool m = pegtl::parse< rules::trailer_core, pegtl::nothing, memo_control >( memo, st );
         CHECK( p == m );
         CHECK( plain.current() == memo.current() );
         CHECK( same( after_plain, st.cap ) );
         matched += p ? 1U : 0U;
      }
   }
   CHECK( matched == 6 ); // ", the city engineer said on Monday in a statement", ", officials said", ", according to the mayor of the city", each twice
}

TEST_CASE( "memo_control: a cue phrase memoised with its verb leaves the verb it leaves without the memo" )
{
   namespace pegtl = tao::pegtl;
   using namespace quoth::internal;
   using cue = rules::cue_phrase< rules::cue_context::before_content >;
   const std::string_view text = "Officials told reporters that Lind was quoted as saying the plan has also been criticised, and she would later tell the board she had warned them.";
   const std::vector< const raw_quote* > none;
   match_state st;
   st.text = text;
   st.quotes = &none;
   std::size_t matched = 0;
   std::size_t kept = 0;
   for( int round = 0; round < 2; ++round ) {
      // a verb recorded before the phrase stays unless the phrase records its own
      for( const lexicon::verb* const before : { static_cast< const lexicon::verb* >( nullptr ), lexicon::find_cue( "warned" ) } ) {
         for( std::size_t at = 0; at < text.size(); ++at ) {
            pegtl::memory_input< pegtl::tracking_mode::lazy > plain( text.data() + at, text.data() + text.size(), "" );
            pegtl::memory_input< pegtl::tracking_mode::lazy > memo( text.data() + at, text.data() + text.size(), "" );
            st.cap = captures();
            st.cap.verb = before;
            const bool p = pegtl::parse< cue >( plain, st );
            const lexicon::verb* const after_plain = st.cap.verb;
            st.cap = captures();
            st.cap.verb = before;
            const bool m = pegtl::parse< cue, pegtl::nothing, memo_control >( memo, st );
            CHECK( p == m );
            CHECK( plain.current() == memo.current() );
            CHECK( after_plain == st.cap.verb );
            matched += p ? 1U : 0U;
            kept += ( p && before != nullptr && st.cap.verb == before ) ? 1U : 0U;
         }
      }
   }
   CHECK( matched > 4 );
   CHECK( kept > 0 ); // "was quoted as saying" records no verb
}

TEST_CASE( "speaker_start: turns away no word where a speaker phrase matches" )
{
   namespace pegtl = tao::pegtl;
   using namespace quoth::internal;
   // speaker_phrase without speaker_start, and without the phrases that only follow a match
   using phrase = pegtl::sor< rules::pronoun_phrase, rules::one_of, rules::simple_np, rules::quantity_pronoun >;
   const std::string_view text = "Senior election officials said, and longtime party donors say, that retired neurosurgeon Ben Carson, "
                                 "local business owners and veteran Republicans agreed; law enforcement officials, political experts, "
                                 "two former aides, some of the organisers, the city engineer and undecided voter Marta Velez "
                                 "told three reporters who dropped hints that small farm groups and rural Democrats and many others "
                                 "doubted the plan, which growing numbers of angry tenants oppose. Its new chief executive spoke.";
   const std::vector< const raw_quote* > none;
   match_state st;
   st.text = text;
   st.quotes = &none;
   std::size_t matched = 0;
   std::size_t turned_away = 0;
   for( std::size_t at = 0; at < text.size(); ++at ) {
      pegtl::memory_input< pegtl::tracking_mode::lazy > in( text.data() + at, text.data() + text.size(), "" );
      const bool m = pegtl::parse< phrase >( in, st );
      const bool may = rules::speaker_start::may_start( text, at, st );
      CHECK( ( !m || may ) );
      matched += m ? 1U : 0U;
      turned_away += ( !may && at > 0 && text[ at - 1 ] == ' ' && text[ at ] >= 'a' && text[ at ] <= 'z' ) ? 1U : 0U;
   }
   CHECK( matched > 20 );
   CHECK( turned_away > 5 ); // "said", "and", "that", "told", "who", "dropped" (no noun follows: "hints" is a cue), ...
   CHECK( !rules::speaker_start::may_start( text, text.find( "dropped" ), st ) );
   CHECK( !rules::speaker_start::may_start( text, text.find( "doubted" ), st ) );
   CHECK( rules::speaker_start::may_start( text, text.find( "growing" ), st ) ); // "growing numbers": a plural
   CHECK( rules::speaker_start::may_start( text, text.find( "retired" ), st ) ); // "retired neurosurgeon": a role
   CHECK( rules::speaker_start::may_start( text, text.find( "undecided" ), st ) );
   CHECK( rules::speaker_start::may_start( text, text.find( "small" ), st ) );
   // the quick test of the open words answers as speaker_start_open, word for word
   std::vector< std::string > words = { "hundred", "hundreds", "hundredfold", "sixty", "thousands", "least", "than", "others", "another", "fewer", "at", "roughly", "none", "its", "spokesman", "ministry", "report", "former", "acting" };
   for( const std::string_view w : lexicon::stop_words ) {
      words.emplace_back( w );
   }
   for( std::size_t b = 0; b < text.size(); ) {
      std::size_t e = b;
      while( e < text.size() && text[ e ] >= 'a' && text[ e ] <= 'z' ) {
         ++e;
      }
      if( e > b ) {
         words.emplace_back( text.substr( b, e - b ) );
      }
      b = e + 1;
   }
   for( const std::string& w : words ) {
      if( std::all_of( w.begin(), w.end(), []( const char c ) { return c >= 'a' && c <= 'z'; } ) ) {
         CHECK( rules::speaker_start_open_quick( w ) == rules::speaker_start_open( w ) );
      }
   }
}

TEST_CASE( "word_length: the inline cases read as word_length_from does" )
{
   using namespace quoth::internal;
   std::string text = "Kremlin spokesman Dmitry Peskov's 3.5 U.S.-led don't \xE2\x80\x99quoted\xE2\x80\x99 "
                      "\xD0\x9B\xD0\xB0\xD0\xB2\xD1\x80\xD0\xBE\xD0\xB2, Jean-Pierre,1,500 x0Z9az@[`{/:AZaz09";
   for( int c = 1; c < 128; ++c ) {
      text += static_cast< char >( c );
      text += "abcdefgh12345678";
   }
   for( std::size_t i = 0; i < text.size(); ++i ) {
      for( std::size_t end = i; end <= text.size() && end < i + 24; ++end ) {
         const std::string_view s = std::string_view( text ).substr( 0, end );
         if( i < end ) {
            CHECK( word_length( s, i ) == word_length_from( s, i, i ) );
         }
      }
   }
}

TEST_CASE( "word_stops: stops where a word loop byte by byte stops, with the same lengths" )
{
   using namespace quoth::internal;
   // the loop word_stops stands for: spaces and ASCII punctuation passed over, a word or a
   // code point that starts none read whole
   const auto plain = []( const std::string_view t ) {
      std::vector< std::pair< std::size_t, std::size_t > > r;
      std::size_t i = 0;
      while( i < t.size() ) {
         const auto b = static_cast< unsigned char >( t[ i ] );
         if( b < 0x80U && !is_ascii_alnum( b ) ) {
            ++i;
            continue;
         }
         const std::size_t n = word_length( t, i );
         r.emplace_back( i, n );
         i += n != 0 ? n : code_point_length( t, i );
      }
      return r;
   };
   const auto stops = []( const std::string_view t ) {
      std::vector< std::pair< std::size_t, std::size_t > > r;
      word_stops w( t );
      std::size_t i = 0;
      std::size_t n = 0;
      while( w.next( i, n ) ) {
         r.emplace_back( i, n );
      }
      return r;
   };
   std::string text = "Kremlin spokesman Dmitry Peskov's 3.5 U.S.-led don't \xE2\x80\x99quoted\xE2\x80\x99 "
                      "\xD0\x9B\xD0\xB0\xD0\xB2\xD1\x80\xD0\xBE\xD0\xB2, Jean-Pierre,1,500 x0Z9az@[`{/:AZaz09 \xE2\x80\x94 \xC2\xAB"
                      "\xC2\xBB " +
                      std::string( 70, 'a' ) + " " + std::string( 64, 'B' ) + "." + std::string( 63, '7' ) + "-" + std::string( 130, ' ' ) + "end";
   for( int c = 1; c < 256; ++c ) {
      text += static_cast< char >( c );
      text += "abcdefgh12345678";
   }
   // every start and end: windows of sixty-four bytes fall at every offset of the text
   for( std::size_t b = 0; b < text.size(); b += 7 ) {
      for( std::size_t e = b; e <= text.size() && e < b + 200; e += 3 ) {
         const std::string_view t = std::string_view( text ).substr( b, e - b );
         CHECK( stops( t ) == plain( t ) );
      }
   }
   CHECK( stops( "" ).empty() );
   CHECK( stops( " ,;" ).empty() );
   CHECK( stops( "He said so." ) == std::vector< std::pair< std::size_t, std::size_t > >{ { 0, 2 }, { 3, 4 }, { 8, 2 } } );
}

TEST_CASE( "find_cue: every form is found in either case, and no word its sketch turns away is a form" )
{
   using namespace quoth::internal;
   // the sketch read at run time (two bytes a load) is the one the table was made with
   static constexpr std::uint32_t said = lexicon::cue_sketch( "said" );
   CHECK( lexicon::cue_sketch( std::string( "said" ) ) == said );
   CHECK( lexicon::cue_sketch( std::string( "SAID" ) ) == said );
   // a word's entry by a look at every form
   const auto plain = []( const std::string_view w ) -> const lexicon::verb* {
      if( w.size() < 2 || w.size() > 24 ) {
         return nullptr;
      }
      for( const auto& f : lexicon::cue_forms ) {
         if( lexicon::equal_folded( f.text, w ) ) {
            return f.entry;
         }
      }
      return nullptr;
   };
   std::vector< std::string > words;
   for( const auto& f : lexicon::cue_forms ) {
      std::string w( f.text );
      CHECK( lexicon::find_cue( w ) == f.entry );
      words.push_back( w );
      for( char& c : w ) {
         c = ( c >= 'a' && c <= 'z' ) ? static_cast< char >( c - 'a' + 'A' ) : c;
      }
      CHECK( lexicon::find_cue( w ) == f.entry );
      words.push_back( w.substr( 0, w.size() - 1 ) ); // "SAI", "ANNOUNCE"
      words.push_back( w + "s" );
      words.push_back( "x" + w );
   }
   for( const char* w : { "the", "they", "state", "present", "2004", "60m", "e-mail", "Said", "sAiD", "\xD0\xB7\xD0\xB0\xD1\x8F\xD0\xB2\xD0\xB8\xD0\xBB", "a", "ab", "" } ) {
      words.emplace_back( w );
   }
   for( const std::string& w : words ) {
      CHECK( lexicon::find_cue( w ) == plain( w ) );
   }
}

TEST_CASE( "word_lengths: noted lengths are returned, others are read" )
{
   using namespace quoth::internal;
   const std::string_view text = "xx The mayor said, Ann Lee agreed.";
   word_lengths w;
   w.reset( 3, text.size() );
   w.note( 0, 3, nullptr ); // "The", at 3: offsets in the sentence
   w.note( 3, 0, nullptr );
   CHECK( w.length( text, 3 ) == 3 );
   CHECK( w.length( text, 6 ) == 0 );
   CHECK( w.length( text, 7 ) == 5 ); // not noted: read
   CHECK( w.length( text, 0 ) == 2 ); // before the sentence: read
   // cue entries: as noted with the word's length, else looked up
   const lexicon::verb* const said = lexicon::find_cue( "said" );
   REQUIRE( said != nullptr );
   w.note( 10, 4, said );
   CHECK( w.cue( text, 13, 4 ) == said );
   w.note( 4, 5, said ); // "mayor" noted (wrongly) as a cue: the note is what is read
   CHECK( w.cue( text, 7, 5 ) == said );
   CHECK( w.cue( text, 7, 4 ) == lexicon::find_cue( "mayo" ) ); // another length: looked up
   CHECK( w.cue( text, 27, 6 ) == lexicon::find_cue( "agreed" ) );
   CHECK( w.cue( text, 27, 6 ) != nullptr );
   w.reset( 3, text.size() );
   CHECK( w.cue( text, 7, 5 ) == nullptr ); // a new sentence: nothing noted, looked up
   CHECK( w.length( text, 6 ) == 0 );       // a space
   CHECK( w.length( text, 7 ) == 5 );
}
