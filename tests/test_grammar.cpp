// The grammar has no rule that can loop without consuming input.
#include <tao/pegtl/contrib/analyze.hpp>

#include "helpers.hpp"

TEST_CASE( "tao::pegtl::analyze finds no problem in any top-level rule" )
{
   using namespace quoth::internal::rules;
   CHECK( tao::pegtl::analyze< speaker_first >( -1 ) == 0 );
   CHECK( tao::pegtl::analyze< quote_first >( -1 ) == 0 );
   CHECK( tao::pegtl::analyze< trailer >( -1 ) == 0 );
   CHECK( tao::pegtl::analyze< parenthetical >( -1 ) == 0 );
   CHECK( tao::pegtl::analyze< gerund_clause >( -1 ) == 0 );
   CHECK( tao::pegtl::analyze< coordinated_clause >( -1 ) == 0 );
   CHECK( tao::pegtl::analyze< subject >( -1 ) == 0 );
   CHECK( tao::pegtl::analyze< according_first >( -1 ) == 0 );
   CHECK( tao::pegtl::analyze< anaphoric >( -1 ) == 0 );
   CHECK( tao::pegtl::analyze< headline >( -1 ) == 0 );
   CHECK( tao::pegtl::analyze< date_phrase >( -1 ) == 0 );
   CHECK( tao::pegtl::analyze< medium_phrase >( -1 ) == 0 );
}
