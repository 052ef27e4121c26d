#!/usr/bin/env python3
"""Self-tests for check_metadata.py (stdlib unittest): it passes on the checkout and catches a
version or a pin that drifts in any one packaging file.

Run: python3 tests/packaging/test_check_metadata.py
"""

import os
import shutil
import sys
import tempfile
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))
sys.path.insert(0, HERE)
import check_metadata as cm  # noqa: E402

COPIED = ["CMakeLists.txt", "LICENSE", "meson.build", "vcpkg.json", "conanfile.py", "cmake", "include",
          "ports", "subprojects/pegtl.wrap", "subprojects/utfcpp.wrap", "subprojects/doctest.wrap",
          "subprojects/packagefiles", "test_package", "tests/CMakeLists.txt"]


class CheckMetadata(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.mkdtemp(prefix="quoth-metadata-")
        for rel in COPIED:
            src, dst = os.path.join(ROOT, rel), os.path.join(self.tmp, rel)
            os.makedirs(os.path.dirname(dst), exist_ok=True)
            if os.path.isdir(src):
                shutil.copytree(src, dst)
            else:
                shutil.copy2(src, dst)
        self.version = cm.cmake_version(ROOT)

    def tearDown(self):
        shutil.rmtree(self.tmp)

    def edit(self, rel, old, new):
        path = os.path.join(self.tmp, rel)
        with open(path, encoding="utf-8") as f:
            text = f.read()
        self.assertIn(old, text, rel)
        with open(path, "w", encoding="utf-8") as f:
            f.write(text.replace(old, new, 1))

    def errors(self):
        return cm.check(self.tmp).errors

    def test_checkout_is_consistent(self):
        self.assertEqual(self.errors(), [])

    def test_version_drift_in_each_file_is_caught(self):
        bumped = "9.9.9"
        cases = [
            ("meson.build", "version: '%s'" % self.version, "version: '%s'" % bumped),
            ("vcpkg.json", '"version": "%s"' % self.version, '"version": "%s"' % bumped),
            ("ports/quoth/vcpkg.json", '"version": "%s"' % self.version, '"version": "%s"' % bumped),
            ("conanfile.py", 'version = "%s"' % self.version, 'version = "%s"' % bumped),
            ("include/quoth/version.hpp", '"%s"' % self.version, '"%s"' % bumped),
        ]
        for rel, old, new in cases:
            with self.subTest(rel=rel):
                self.tearDown()
                self.setUp()  # a fresh copy for each file
                self.edit(rel, old, new)
                errors = self.errors()
                self.assertTrue(any(rel in e for e in errors), errors)

    def test_pegtl_4_in_conan_is_caught(self):
        self.edit("conanfile.py", "taocpp-pegtl/3.2.7", "taocpp-pegtl/4.0.0")
        self.assertTrue(any("taocpp-pegtl" in e for e in self.errors()))

    def test_wrong_cmake_target_name_is_caught(self):
        self.edit("conanfile.py", '"quoth::quoth"', '"quoth"')
        self.assertTrue(any("cmake_target_name" in e for e in self.errors()))

    def test_invalid_port_json_is_caught(self):
        self.edit("ports/quoth/vcpkg.json", '"name": "quoth",', '"name": "quoth"')
        self.assertTrue(any("not valid JSON" in e for e in self.errors()))

    def test_missing_copyright_call_is_caught(self):
        self.edit("ports/quoth/portfile.cmake", "vcpkg_install_copyright(", "# vcpkg_install_copyright(")
        self.assertTrue(any("vcpkg_install_copyright" in e for e in self.errors()))

    def test_wrap_hash_drift_is_caught(self):
        self.edit("subprojects/utfcpp.wrap", "source_hash = 3", "source_hash = 4")
        self.assertTrue(any("utfcpp" in e for e in self.errors()))


if __name__ == "__main__":
    unittest.main()
