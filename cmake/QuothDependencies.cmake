# Finds quoth's dependencies, or fetches them at pinned versions when they are missing.
#   library: PEGTL 3.x (Debian: tao-pegtl-dev), utfcpp (Debian: libutfcpp-dev)
#   tests:   doctest (Debian: doctest-dev)
#   CLI:     CLI11 (Debian: libcli11-dev)
include(FetchContent)

find_package(pegtl 3 QUIET CONFIG)
if(NOT TARGET taocpp::pegtl)
  message(STATUS "quoth: PEGTL 3 not found; fetching 3.2.7")
  FetchContent_Declare(pegtl
    URL https://github.com/taocpp/PEGTL/archive/refs/tags/3.2.7.tar.gz)
  set(PEGTL_BUILD_TESTS OFF CACHE BOOL "" FORCE)
  set(PEGTL_BUILD_EXAMPLES OFF CACHE BOOL "" FORCE)
  FetchContent_MakeAvailable(pegtl)
endif()

find_package(utf8cpp QUIET CONFIG)
if(NOT TARGET utf8::cpp AND NOT TARGET utf8cpp)
  message(STATUS "quoth: utfcpp not found; fetching 3.2.3")
  FetchContent_Declare(utf8cpp
    URL https://github.com/nemtrif/utfcpp/archive/refs/tags/v3.2.3.tar.gz)
  FetchContent_MakeAvailable(utf8cpp)
endif()
if(NOT TARGET utf8::cpp)
  add_library(utf8::cpp INTERFACE IMPORTED)
  set_target_properties(utf8::cpp PROPERTIES INTERFACE_LINK_LIBRARIES utf8cpp)
endif()
