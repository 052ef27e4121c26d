# Conan 2 recipe for quoth, kept in the repository (the version is checked against CMakeLists.txt
# by tests/packaging/check_metadata.py):
#   conan create . --build=missing
# quoth is header-only: the package is the headers and the license; consumers get the CMake
# package quoth (target quoth::quoth) from CMakeDeps and quoth.pc from PkgConfigDeps.
import os

from conan import ConanFile
from conan.tools.build import check_min_cppstd
from conan.tools.files import copy
from conan.tools.layout import basic_layout

required_conan_version = ">=2.0"


class QuothConan(ConanFile):
    name = "quoth"
    version = "0.1.0"
    description = "Who said what, when, and through which channel: quotations and attributions from news text"
    license = "MIT"
    url = "https://github.com/quoth-project/quoth"
    homepage = "https://github.com/quoth-project/quoth"
    topics = ("nlp", "quotations", "attribution", "news", "peg", "header-only")
    package_type = "header-library"
    settings = "os", "arch", "compiler", "build_type"
    exports_sources = "include/*", "LICENSE"
    no_copy_source = True

    @property
    def _min_cppstd(self):
        return 17

    def layout(self):
        basic_layout(self, src_folder=".")

    def requirements(self):
        # PEGTL 4 is not supported: stay on the 3.x line.
        self.requires("taocpp-pegtl/3.2.7")
        self.requires("utfcpp/3.2.3")

    def package_id(self):
        self.info.clear()

    def validate(self):
        if self.settings.compiler.get_safe("cppstd"):
            check_min_cppstd(self, self._min_cppstd)

    def source(self):
        pass

    def build(self):
        pass

    def package(self):
        copy(self, "LICENSE", src=self.source_folder, dst=os.path.join(self.package_folder, "licenses"))
        copy(self, "*.hpp", src=os.path.join(self.source_folder, "include"),
             dst=os.path.join(self.package_folder, "include"))

    def package_info(self):
        self.cpp_info.set_property("cmake_file_name", "quoth")
        self.cpp_info.set_property("cmake_target_name", "quoth::quoth")
        self.cpp_info.set_property("pkg_config_name", "quoth")
        self.cpp_info.includedirs = ["include"]
        self.cpp_info.bindirs = []
        self.cpp_info.libdirs = []
