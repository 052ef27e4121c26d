# Runs ports/quoth/portfile.cmake with stand-ins for the vcpkg helper functions it calls, where
# vcpkg itself is not available (cmake -P). This is not vcpkg: the stand-ins configure and install
# with plain CMake (dependencies from the system), move the config files as vcpkg would, and write
# the copyright file. Then it checks the package tree the way vcpkg's post-build checks look at it
# (no debug/ or lib/, no empty directories, config in share/quoth, a copyright and a usage file,
# no absolute path into the package or build tree), and that find_package(quoth CONFIG) works
# against the package tree.
#   cmake -DSOURCE_DIR=<checkout> -DWORK_DIR=<scratch> [-DGENERATOR=Ninja] [-DCXX=c++] -P vcpkg_port_mock.cmake
cmake_minimum_required(VERSION 3.19)

if(NOT SOURCE_DIR OR NOT WORK_DIR)
  message(FATAL_ERROR "vcpkg_port_mock: pass -DSOURCE_DIR=<checkout> -DWORK_DIR=<scratch directory>")
endif()
if(NOT GENERATOR)
  set(GENERATOR Ninja)
endif()
set(cxx_arg)
if(CXX)
  set(cxx_arg "-DCMAKE_CXX_COMPILER=${CXX}")
endif()

file(READ "${SOURCE_DIR}/ports/quoth/vcpkg.json" manifest)
string(JSON PORT GET "${manifest}" name)
string(JSON VERSION GET "${manifest}" version)
set(TARGET_TRIPLET x64-linux)
set(CURRENT_BUILDTREES_DIR "${WORK_DIR}/buildtrees/${PORT}")
set(CURRENT_PACKAGES_DIR "${WORK_DIR}/packages/${PORT}_${TARGET_TRIPLET}")
set(CURRENT_INSTALLED_DIR "${WORK_DIR}/installed/${TARGET_TRIPLET}")
set(VCPKG_TARGET_IS_LINUX ON)
file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${CURRENT_BUILDTREES_DIR}" "${CURRENT_PACKAGES_DIR}")

function(mock_run)
  string(REPLACE ";" " " shown "${ARGN}")
  message(STATUS "vcpkg_port_mock: ${shown}")
  execute_process(COMMAND ${ARGN} RESULT_VARIABLE rc)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "vcpkg_port_mock: failed (${rc}): ${shown}")
  endif()
endfunction()

function(vcpkg_cmake_configure)
  cmake_parse_arguments(PARSE_ARGV 0 arg "WINDOWS_USE_MSBUILD;NO_CHARSET_FLAG;DISABLE_PARALLEL_CONFIGURE"
    "SOURCE_PATH;GENERATOR;LOGFILE_BASE" "OPTIONS;OPTIONS_RELEASE;OPTIONS_DEBUG;MAYBE_UNUSED_VARIABLES")
  if(NOT IS_DIRECTORY "${arg_SOURCE_PATH}")
    message(FATAL_ERROR "vcpkg_cmake_configure: SOURCE_PATH '${arg_SOURCE_PATH}' is not a directory")
  endif()
  if(NOT VCPKG_BUILD_TYPE STREQUAL "release")
    message(FATAL_ERROR "vcpkg_port_mock: expected set(VCPKG_BUILD_TYPE release) in a header-only port")
  endif()
  mock_run(${CMAKE_COMMAND} -S "${arg_SOURCE_PATH}" -B "${CURRENT_BUILDTREES_DIR}/${TARGET_TRIPLET}-rel"
    -G "${GENERATOR}" ${cxx_arg} -DCMAKE_BUILD_TYPE=Release "-DCMAKE_INSTALL_PREFIX=${CURRENT_PACKAGES_DIR}"
    -DCMAKE_FIND_PACKAGE_NO_PACKAGE_REGISTRY=ON ${arg_OPTIONS} ${arg_OPTIONS_RELEASE})
endfunction()

function(vcpkg_cmake_install)
  mock_run(${CMAKE_COMMAND} --build "${CURRENT_BUILDTREES_DIR}/${TARGET_TRIPLET}-rel" --target install --parallel 1)
endfunction()

function(vcpkg_cmake_config_fixup)
  cmake_parse_arguments(PARSE_ARGV 0 arg "DO_NOT_DELETE_PARENT_CONFIG_PATH;NO_PREFIX_CORRECTION" "PACKAGE_NAME;CONFIG_PATH;TOOLS_PATH" "")
  if(NOT arg_PACKAGE_NAME)
    set(arg_PACKAGE_NAME "${PORT}")
  endif()
  if(NOT arg_CONFIG_PATH)
    set(arg_CONFIG_PATH "share/${arg_PACKAGE_NAME}")
  endif()
  set(from "${CURRENT_PACKAGES_DIR}/${arg_CONFIG_PATH}")
  set(to "${CURRENT_PACKAGES_DIR}/share/${arg_PACKAGE_NAME}")
  if(NOT EXISTS "${from}/${arg_PACKAGE_NAME}Config.cmake" AND NOT EXISTS "${from}/${arg_PACKAGE_NAME}-config.cmake")
    message(FATAL_ERROR "vcpkg_cmake_config_fixup: no ${arg_PACKAGE_NAME}Config.cmake in ${arg_CONFIG_PATH}")
  endif()
  if(NOT from STREQUAL to)
    file(GLOB files "${from}/*")
    file(COPY ${files} DESTINATION "${to}")
    file(REMOVE_RECURSE "${from}")
  endif()
endfunction()

function(vcpkg_fixup_pkgconfig)
  file(GLOB_RECURSE pcs "${CURRENT_PACKAGES_DIR}/*.pc")
  foreach(pc IN LISTS pcs)
    file(READ "${pc}" text)
    string(REPLACE "${CURRENT_PACKAGES_DIR}" [[${prefix}]] text "${text}")
    string(REPLACE "${CURRENT_INSTALLED_DIR}" [[${prefix}]] text "${text}")
    file(WRITE "${pc}" "${text}")
  endforeach()
endfunction()

function(vcpkg_install_copyright)
  cmake_parse_arguments(PARSE_ARGV 0 arg "" "COMMENT" "FILE_LIST")
  set(text "")
  foreach(f IN LISTS arg_FILE_LIST)
    if(NOT EXISTS "${f}")
      message(FATAL_ERROR "vcpkg_install_copyright: ${f} does not exist")
    endif()
    file(READ "${f}" part)
    string(APPEND text "${part}")
  endforeach()
  file(WRITE "${CURRENT_PACKAGES_DIR}/share/${PORT}/copyright" "${text}")
endfunction()

include("${SOURCE_DIR}/ports/quoth/portfile.cmake")

# What vcpkg's post-build checks would look at.
set(problems "")
foreach(absent IN ITEMS debug lib bin share/cmake)
  if(EXISTS "${CURRENT_PACKAGES_DIR}/${absent}")
    string(APPEND problems "\n  ${absent}/ should not be in a header-only package")
  endif()
endforeach()
foreach(present IN ITEMS include/quoth/quoth.hpp include/quoth/internal/engine.hpp
                         share/${PORT}/quothConfig.cmake share/${PORT}/quothConfigVersion.cmake
                         share/${PORT}/quothTargets.cmake share/${PORT}/copyright share/${PORT}/usage
                         share/pkgconfig/quoth.pc)
  if(NOT EXISTS "${CURRENT_PACKAGES_DIR}/${present}")
    string(APPEND problems "\n  ${present} is missing")
  endif()
endforeach()
file(GLOB_RECURSE everything LIST_DIRECTORIES true "${CURRENT_PACKAGES_DIR}/*")
foreach(entry IN LISTS everything)
  if(IS_DIRECTORY "${entry}")
    file(GLOB inside "${entry}/*")
    if(NOT inside)
      string(APPEND problems "\n  empty directory ${entry}")
    endif()
  else()
    file(READ "${entry}" text)
    foreach(abs IN ITEMS "${CURRENT_PACKAGES_DIR}" "${CURRENT_BUILDTREES_DIR}" "${SOURCE_DIR}/")
      string(FIND "${text}" "${abs}" at)
      if(NOT at EQUAL -1)
        string(APPEND problems "\n  ${entry} contains the absolute path ${abs}")
      endif()
    endforeach()
  endif()
endforeach()
if(problems)
  message(FATAL_ERROR "vcpkg_port_mock: the package tree has problems:${problems}")
endif()

# find_package(quoth CONFIG REQUIRED) against the package tree (configure only: the consumer
# tests build and run the same project against a plain install).
mock_run(${CMAKE_COMMAND} -S "${SOURCE_DIR}/tests/consumers/cmake" -B "${WORK_DIR}/consumer"
  -G "${GENERATOR}" ${cxx_arg} -DQUOTH_CONSUMER_MODE=find_package "-DQUOTH_EXPECTED_VERSION=${VERSION}"
  "-DCMAKE_PREFIX_PATH=${CURRENT_PACKAGES_DIR}" "-DQUOTH_EXPECTED_PREFIX=${CURRENT_PACKAGES_DIR}"
  -DCMAKE_FIND_PACKAGE_NO_PACKAGE_REGISTRY=ON --no-warn-unused-cli)
message(STATUS "vcpkg_port_mock: ports/quoth/portfile.cmake ran with stand-in vcpkg functions (not vcpkg); package tree ok")
