# Overlay port: builds quoth from the checkout this port lives in.
#   vcpkg install quoth --overlay-ports=<checkout>/ports
# A port for vcpkg's registry would take a release instead:
#   vcpkg_from_github(OUT_SOURCE_PATH SOURCE_PATH REPO quoth-project/quoth REF "v${VERSION}"
#                     SHA512 <the archive's hash> HEAD_REF main)
set(VCPKG_BUILD_TYPE release) # header-only

get_filename_component(SOURCE_PATH "${CMAKE_CURRENT_LIST_DIR}/../.." ABSOLUTE)
if(NOT EXISTS "${SOURCE_PATH}/include/quoth/quoth.hpp")
    message(FATAL_ERROR "quoth: this overlay port must stay in ports/quoth of a quoth checkout (looked in ${SOURCE_PATH})")
endif()

vcpkg_cmake_configure(
    SOURCE_PATH "${SOURCE_PATH}"
    OPTIONS
        -DQUOTH_BUILD_TESTS=OFF
        -DQUOTH_BUILD_EXAMPLES=OFF
        -DQUOTH_BUILD_BENCHMARKS=OFF
        -DQUOTH_TEST_CONSUMERS=OFF
        -DQUOTH_INSTALL=ON
        -DQUOTH_INSTALL_CMAKEDIR=share/${PORT}
)

vcpkg_cmake_install()

vcpkg_cmake_config_fixup(CONFIG_PATH share/${PORT})
vcpkg_fixup_pkgconfig()

file(REMOVE_RECURSE "${CURRENT_PACKAGES_DIR}/debug" "${CURRENT_PACKAGES_DIR}/lib")

file(INSTALL "${CMAKE_CURRENT_LIST_DIR}/usage" DESTINATION "${CURRENT_PACKAGES_DIR}/share/${PORT}")
vcpkg_install_copyright(FILE_LIST "${SOURCE_PATH}/LICENSE")
