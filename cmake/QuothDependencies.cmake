# Finds quoth's dependencies, or fetches them at pinned versions when they are missing.
#   library: PEGTL 3.x (Debian: tao-pegtl-dev), utfcpp (Debian: libutfcpp-dev)
#   tests:   doctest (Debian: doctest-dev)
#   CLI:     CLI11 (Debian: libcli11-dev)
include(FetchContent)

find_package(pegtl 3 QUIET CONFIG)
if(NOT TARGET taocpp::pegtl)
  message(STATUS "quoth: PEGTL 3 not found; fetching 3.2.7")
  FetchContent_Declare(pegtl
    URL https://github.com/taocpp/PEGTL/archive/refs/tags/3.2.7.tar.gz
    URL_HASH SHA256=d6cd113d8bd14e98bcbe7b7f8fc1e1e33448dc359e8cd4cca30e034ec2f0642d)
  set(PEGTL_BUILD_TESTS OFF CACHE BOOL "" FORCE)
  set(PEGTL_BUILD_EXAMPLES OFF CACHE BOOL "" FORCE)
  FetchContent_MakeAvailable(pegtl)
endif()

# utfcpp names its target differently across releases and packagers: `utf8cpp` (3.x, Debian,
# Conan), `utf8::cpp` (some 4.0 releases), `utf8cpp::utf8cpp` (4.0.5+). quoth links `utf8::cpp`.
include(${CMAKE_CURRENT_LIST_DIR}/QuothUtf8cppTarget.cmake)
find_package(utf8cpp QUIET CONFIG)
if(NOT TARGET utf8::cpp AND NOT TARGET utf8cpp AND NOT TARGET utf8cpp::utf8cpp)
  message(STATUS "quoth: utfcpp not found; fetching 3.2.3")
  FetchContent_Declare(utf8cpp
    URL https://github.com/nemtrif/utfcpp/archive/refs/tags/v3.2.3.tar.gz
    URL_HASH SHA256=3ba9b0dbbff08767bdffe8f03b10e596ca351228862722e4c9d4d126d2865250)
  FetchContent_MakeAvailable(utf8cpp)
endif()
quoth_utf8cpp_target()
