# Drives one consumer test (cmake -P). Called by tests/consumers/CMakeLists.txt with:
#   MODE        install | find_package | add_subdirectory | fetchcontent | pkg_config |
#               conan_test_package
#   SOURCE_DIR  the quoth checkout          WORK_DIR  a scratch directory of this test
#   BUILD_DIR   quoth's build tree (install) PREFIX    where `install` puts quoth
#   VERSION     quoth's version             GENERATOR, CXX, CONFIG: as in quoth's build
#   PKGCONFIG_DIR (relative to PREFIX), CMAKEDIR (relative to PREFIX), EXPECT_CLI, PKG_CONFIG
# Every build is run with one job.
cmake_minimum_required(VERSION 3.16)

function(run)
  string(REPLACE ";" " " shown "${ARGN}")
  message(STATUS "consumer[${MODE}]: ${shown}")
  execute_process(COMMAND ${ARGN} RESULT_VARIABLE rc)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "consumer[${MODE}]: failed (${rc}): ${shown}")
  endif()
endfunction()

function(run_output out)
  execute_process(COMMAND ${ARGN} RESULT_VARIABLE rc OUTPUT_VARIABLE text ERROR_VARIABLE err
                  OUTPUT_STRIP_TRAILING_WHITESPACE)
  if(NOT rc EQUAL 0)
    string(REPLACE ";" " " shown "${ARGN}")
    message(FATAL_ERROR "consumer[${MODE}]: failed (${rc}): ${shown}\n${text}\n${err}")
  endif()
  set(${out} "${text}" PARENT_SCOPE)
endfunction()

# Configures, builds (-j 1) and runs a CMake project (by default the consumer project) with the
# given -D options: cmake_consumer([PROJECT <dir>] [EXE <name>] <options>...).
function(cmake_consumer)
  cmake_parse_arguments(PARSE_ARGV 0 arg "" "PROJECT;EXE" "")
  if(NOT arg_PROJECT)
    set(arg_PROJECT "${SOURCE_DIR}/tests/consumers/cmake")
  endif()
  if(NOT arg_EXE)
    set(arg_EXE consumer)
  endif()
  set(build "${WORK_DIR}/build")
  file(REMOVE_RECURSE "${build}")
  set(config_args)
  if(CONFIG)
    set(config_args --config ${CONFIG})
  endif()
  run(${CMAKE_COMMAND} -S "${arg_PROJECT}" -B "${build}" -G "${GENERATOR}"
      "-DCMAKE_CXX_COMPILER=${CXX}" "-DQUOTH_EXPECTED_VERSION=${VERSION}"
      -DCMAKE_FIND_PACKAGE_NO_PACKAGE_REGISTRY=ON --no-warn-unused-cli ${arg_UNPARSED_ARGUMENTS})
  run(${CMAKE_COMMAND} --build "${build}" --parallel 1 ${config_args})
  set(exe "${build}/${arg_EXE}${CMAKE_EXECUTABLE_SUFFIX}")
  if(CONFIG AND NOT EXISTS "${exe}")
    set(exe "${build}/${CONFIG}/${arg_EXE}${CMAKE_EXECUTABLE_SUFFIX}")
  endif()
  run("${exe}")
endfunction()

function(check_version_file file)
  string(REPLACE "." ";" parts "${VERSION}")
  list(GET parts 0 PACKAGE_FIND_VERSION_MAJOR)
  list(GET parts 1 PACKAGE_FIND_VERSION_MINOR)
  list(GET parts 2 PACKAGE_FIND_VERSION_PATCH)
  set(PACKAGE_FIND_VERSION "${VERSION}")
  set(PACKAGE_FIND_VERSION_COUNT 3)
  set(PACKAGE_FIND_NAME quoth)
  foreach(CMAKE_SIZEOF_VOID_P IN ITEMS 8 4)
    unset(PACKAGE_VERSION_COMPATIBLE)
    unset(PACKAGE_VERSION_UNSUITABLE)
    include("${file}")
    if(NOT PACKAGE_VERSION STREQUAL VERSION OR NOT PACKAGE_VERSION_COMPATIBLE OR PACKAGE_VERSION_UNSUITABLE)
      message(FATAL_ERROR "consumer[install]: ${file} does not accept ${VERSION} with a ${CMAKE_SIZEOF_VOID_P}-byte pointer size (says ${PACKAGE_VERSION})")
    endif()
  endforeach()
endfunction()

if(MODE STREQUAL "install")
  file(REMOVE_RECURSE "${PREFIX}")
  set(config_args)
  if(CONFIG)
    set(config_args --config ${CONFIG})
  endif()
  run(${CMAKE_COMMAND} --install "${BUILD_DIR}" --prefix "${PREFIX}" ${config_args})
  foreach(file IN ITEMS include/quoth/quoth.hpp include/quoth/version.hpp
                        include/quoth/internal/engine.hpp
                        ${CMAKEDIR}/quothConfig.cmake ${CMAKEDIR}/quothConfigVersion.cmake
                        ${CMAKEDIR}/quothTargets.cmake ${CMAKEDIR}/QuothUtf8cppTarget.cmake
                        ${PKGCONFIG_DIR}/quoth.pc)
    if(NOT EXISTS "${PREFIX}/${file}")
      message(FATAL_ERROR "consumer[install]: ${file} was not installed into ${PREFIX}")
    endif()
  endforeach()
  # The version file accepts this version, and does not check the pointer size (ARCH_INDEPENDENT:
  # a header-only package suits a 32-bit consumer as well).
  check_version_file("${PREFIX}/${CMAKEDIR}/quothConfigVersion.cmake")
  if(EXPECT_CLI)
    set(cli "${PREFIX}/bin/quoth${CMAKE_EXECUTABLE_SUFFIX}")
    if(NOT EXISTS "${cli}")
      message(FATAL_ERROR "consumer[install]: the CLI was not installed as ${cli}")
    endif()
    run_output(said "${cli}" --version)
    if(NOT said STREQUAL "quoth ${VERSION}")
      message(FATAL_ERROR "consumer[install]: `quoth --version` said '${said}', expected 'quoth ${VERSION}'")
    endif()
  endif()
  message(STATUS "consumer[install]: quoth ${VERSION} installed into ${PREFIX}")

elseif(MODE STREQUAL "find_package")
  cmake_consumer(-DQUOTH_CONSUMER_MODE=find_package "-DCMAKE_PREFIX_PATH=${PREFIX}"
                 "-DQUOTH_EXPECTED_PREFIX=${PREFIX}")

elseif(MODE STREQUAL "conan_test_package")
  # Conan's test_package/ uses find_package(quoth CONFIG) and quoth::quoth, the names the recipe
  # gives CMakeDeps; without Conan, build it against the plain install to check its sources.
  cmake_consumer(PROJECT "${SOURCE_DIR}/test_package" EXE test_package "-DCMAKE_PREFIX_PATH=${PREFIX}")

elseif(MODE STREQUAL "add_subdirectory")
  cmake_consumer(-DQUOTH_CONSUMER_MODE=add_subdirectory "-DQUOTH_SOURCE_DIR=${SOURCE_DIR}")

elseif(MODE STREQUAL "fetchcontent")
  # A release-like archive of the checkout's library files (working tree, not HEAD), fetched
  # through a file:// URL with its hash, as a user would fetch a release tarball.
  set(stage "${WORK_DIR}/stage")
  file(REMOVE_RECURSE "${stage}")
  file(MAKE_DIRECTORY "${stage}/quoth-${VERSION}")
  foreach(item IN ITEMS CMakeLists.txt LICENSE cmake include)
    file(COPY "${SOURCE_DIR}/${item}" DESTINATION "${stage}/quoth-${VERSION}")
  endforeach()
  set(archive "${WORK_DIR}/quoth-${VERSION}.tar.gz")
  execute_process(COMMAND ${CMAKE_COMMAND} -E tar czf "${archive}" "quoth-${VERSION}"
                  WORKING_DIRECTORY "${stage}" RESULT_VARIABLE rc)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "consumer[fetchcontent]: could not pack ${archive}")
  endif()
  file(SHA256 "${archive}" hash)
  file(TO_CMAKE_PATH "${archive}" archive)
  if(NOT archive MATCHES "^/")
    set(archive "/${archive}")  # file:///C:/...
  endif()
  cmake_consumer(-DQUOTH_CONSUMER_MODE=fetchcontent "-DQUOTH_URL=file://${archive}"
                 "-DQUOTH_URL_HASH=SHA256=${hash}")

elseif(MODE STREQUAL "pkg_config")
  if(NOT PKG_CONFIG)
    message(STATUS "consumer[pkg_config]: pkg-config not found, skipped")
    return()
  endif()
  # Only the freshly installed quoth.pc is on the search path (plus the system's defaults).
  set(ENV{PKG_CONFIG_PATH} "${PREFIX}/${PKGCONFIG_DIR}")
  run_output(modversion "${PKG_CONFIG}" --modversion quoth)
  if(NOT modversion STREQUAL VERSION)
    message(FATAL_ERROR "consumer[pkg_config]: pkg-config says quoth ${modversion}, expected ${VERSION}")
  endif()
  run_output(cflags "${PKG_CONFIG}" --cflags quoth)
  message(STATUS "consumer[pkg_config]: pkg-config --cflags quoth: ${cflags}")
  separate_arguments(cflags UNIX_COMMAND "${cflags}")
  file(REMOVE_RECURSE "${WORK_DIR}/build")
  file(MAKE_DIRECTORY "${WORK_DIR}/build")
  set(exe "${WORK_DIR}/build/consumer${CMAKE_EXECUTABLE_SUFFIX}")
  # The plain compiler command a Makefile user would write.
  run("${CXX}" -std=c++17 "-DQUOTH_EXPECTED_VERSION=\"${VERSION}\"" ${cflags}
      "${SOURCE_DIR}/tests/consumers/main.cpp" -o "${exe}")
  run("${exe}")

else()
  message(FATAL_ERROR "run_consumer.cmake: unknown MODE '${MODE}'")
endif()
