#!/usr/bin/env python3
"""Checks quoth's packaging files against each other, with the standard library only.

- One version: the project() version in CMakeLists.txt is the one in include/quoth/version.hpp,
  vcpkg.json, ports/quoth/vcpkg.json, conanfile.py and meson.build.
- The pinned dependencies agree: PEGTL 3.2.7, utfcpp 3.2.3 and doctest 2.4.9 in the CMake
  fetch fallbacks, the Meson wraps and the Conan requirements (PEGTL stays on 3.x).
- vcpkg: both manifests are valid JSON with the right names and dependencies; the portfile uses
  vcpkg_cmake_configure, vcpkg_cmake_install, vcpkg_cmake_config_fixup, vcpkg_install_copyright.
- Conan: conanfile.py and test_package/conanfile.py parse (ast) and declare what a Conan Center
  header-only recipe declares; then the recipe is run against a small stand-in for the `conan`
  module (requirements, package, package_info), which shows that it packages the headers and
  the license and sets the CMake and pkg-config names. This is not Conan.
- Meson wraps: each is a wrap-file with a SHA-256 source_hash and an existing patch_directory.

It says plainly what it could not run here (vcpkg or conan absent). Exit status 1 on a problem.
Usage: check_metadata.py [REPO_ROOT]
"""

import ast
import configparser
import fnmatch
import json
import os
import re
import shutil
import sys
import tempfile
import types

PINS = {"pegtl": "3.2.7", "utfcpp": "3.2.3", "doctest": "2.4.9"}


class Report:
    def __init__(self):
        self.errors = []
        self.notes = []

    def error(self, text):
        self.errors.append(text)

    def note(self, text):
        self.notes.append(text)


def read(root, rel):
    with open(os.path.join(root, rel), encoding="utf-8") as f:
        return f.read()


# --- versions ---------------------------------------------------------------------------------

def cmake_version(root):
    m = re.search(r"project\s*\(\s*quoth\b[^)]*?\bVERSION\s+([0-9][0-9.]*)", read(root, "CMakeLists.txt"), re.S)
    return m.group(1) if m else None


def header_version(root, report):
    text = read(root, "include/quoth/version.hpp")
    parts = []
    for name in ("MAJOR", "MINOR", "PATCH"):
        m = re.search(r"#\s*define\s+QUOTH_VERSION_%s\s+(\d+)" % name, text)
        if not m:
            report.error("include/quoth/version.hpp: no QUOTH_VERSION_%s" % name)
            return None
        parts.append(m.group(1))
    m = re.search(r'#\s*define\s+QUOTH_VERSION_STRING\s+"([^"]*)"', text)
    joined = ".".join(parts)
    if not m:
        report.error("include/quoth/version.hpp: no QUOTH_VERSION_STRING")
    elif m.group(1) != joined:
        report.error("include/quoth/version.hpp: QUOTH_VERSION_STRING %r is not MAJOR.MINOR.PATCH %r" % (m.group(1), joined))
    return joined


def meson_version(root):
    m = re.search(r"project\s*\(\s*'quoth'.*?\bversion\s*:\s*'([^']*)'", read(root, "meson.build"), re.S)
    return m.group(1) if m else None


def vcpkg_manifest(root, rel, report):
    try:
        data = json.loads(read(root, rel))
    except (OSError, ValueError) as e:
        report.error("%s: not valid JSON: %s" % (rel, e))
        return None
    if not isinstance(data, dict):
        report.error("%s: not a JSON object" % rel)
        return None
    return data


def manifest_version(data):
    for key in ("version", "version-semver", "version-string", "version-date"):
        if key in data:
            return data[key]
    return None


def dependency_names(deps):
    names = {}
    for d in deps or []:
        if isinstance(d, str):
            names[d] = {}
        elif isinstance(d, dict) and "name" in d:
            names[d["name"]] = d
    return names


# --- conan ------------------------------------------------------------------------------------

def conan_class(tree):
    for node in tree.body:
        if isinstance(node, ast.ClassDef):
            bases = [getattr(b, "id", getattr(b, "attr", None)) for b in node.bases]
            if "ConanFile" in bases:
                return node
    return None


def class_attributes(cls):
    attrs = {}
    for node in cls.body:
        if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name):
            try:
                attrs[node.targets[0].id] = ast.literal_eval(node.value)
            except ValueError:
                attrs[node.targets[0].id] = None
    return attrs


def check_conanfile_ast(root, report):
    try:
        tree = ast.parse(read(root, "conanfile.py"), "conanfile.py")
    except SyntaxError as e:
        report.error("conanfile.py does not parse: %s" % e)
        return None
    cls = conan_class(tree)
    if cls is None:
        report.error("conanfile.py: no class deriving from ConanFile")
        return None
    attrs = class_attributes(cls)
    expected = {"name": "quoth", "package_type": "header-library", "license": "MIT"}
    for key, value in expected.items():
        if attrs.get(key) != value:
            report.error("conanfile.py: %s is %r, expected %r" % (key, attrs.get(key), value))
    methods = {n.name: n for n in cls.body if isinstance(n, ast.FunctionDef)}
    for needed in ("requirements", "package_id", "package", "package_info", "layout"):
        if needed not in methods:
            report.error("conanfile.py: no %s() method" % needed)
    if "package_id" in methods and "self.info.clear()" not in ast.unparse(methods["package_id"]):
        report.error("conanfile.py: package_id() does not call self.info.clear() (header-only)")
    try:
        tp = ast.parse(read(root, "test_package/conanfile.py"), "test_package/conanfile.py")
        tp_cls = conan_class(tp)
        if tp_cls is None:
            report.error("test_package/conanfile.py: no class deriving from ConanFile")
        elif "tested_reference_str" not in ast.unparse(tp_cls):
            report.error("test_package/conanfile.py: does not require self.tested_reference_str")
    except (OSError, SyntaxError) as e:
        report.error("test_package/conanfile.py: %s" % e)
    tp_cmake = read(root, "test_package/CMakeLists.txt")
    if not re.search(r"find_package\s*\(\s*quoth\b[^)]*CONFIG", tp_cmake) or "quoth::quoth" not in tp_cmake:
        report.error("test_package/CMakeLists.txt: does not use find_package(quoth ... CONFIG) and quoth::quoth")
    return attrs


class _CppInfo:
    def __init__(self):
        self.properties = {}
        self.includedirs = ["include"]
        self.bindirs = ["bin"]
        self.libdirs = ["lib"]

    def set_property(self, name, value):
        self.properties[name] = value


class _Settings:
    def get_safe(self, name, default=None):
        return default


def _stand_in_conan_modules():
    """A stand-in for the parts of the `conan` package the recipe imports. Not Conan."""

    def copy(conanfile, pattern, src, dst, keep_path=True, excludes=None):
        copied = []
        for dirpath, _, files in os.walk(src):
            for f in files:
                rel = os.path.relpath(os.path.join(dirpath, f), src)
                if fnmatch.fnmatch(rel, pattern) or fnmatch.fnmatch(f, pattern):
                    target = os.path.join(dst, rel if keep_path else f)
                    os.makedirs(os.path.dirname(target), exist_ok=True)
                    shutil.copy2(os.path.join(dirpath, f), target)
                    copied.append(target)
        return copied

    class ConanFile:
        def __init__(self):
            self.requires_seen = []
            self.settings = _Settings()
            self.cpp_info = _CppInfo()
            self.info = types.SimpleNamespace(cleared=False)
            self.info.clear = lambda: setattr(self.info, "cleared", True)

        def requires(self, ref, **kwargs):
            self.requires_seen.append(ref)

    mods = {
        "conan": types.ModuleType("conan"),
        "conan.errors": types.ModuleType("conan.errors"),
        "conan.tools": types.ModuleType("conan.tools"),
        "conan.tools.build": types.ModuleType("conan.tools.build"),
        "conan.tools.files": types.ModuleType("conan.tools.files"),
        "conan.tools.layout": types.ModuleType("conan.tools.layout"),
        "conan.tools.cmake": types.ModuleType("conan.tools.cmake"),
    }
    mods["conan"].ConanFile = ConanFile
    mods["conan.errors"].ConanInvalidConfiguration = type("ConanInvalidConfiguration", (Exception,), {})
    mods["conan.tools.build"].check_min_cppstd = lambda conanfile, cppstd: None
    mods["conan.tools.build"].can_run = lambda conanfile: True
    mods["conan.tools.files"].copy = copy
    mods["conan.tools.layout"].basic_layout = lambda conanfile, src_folder=".": None
    mods["conan.tools.cmake"].cmake_layout = lambda conanfile, src_folder=".": None
    return mods


def run_conanfile_with_stand_in(root, report):
    saved = {k: sys.modules.get(k) for k in _stand_in_conan_modules()}
    sys.modules.update(_stand_in_conan_modules())
    try:
        namespace = {"__name__": "conanfile", "__file__": os.path.join(root, "conanfile.py")}
        exec(compile(read(root, "conanfile.py"), "conanfile.py", "exec"), namespace)
        cls = next(v for v in namespace.values()
                   if isinstance(v, type) and v.__name__ != "ConanFile" and issubclass(v, sys.modules["conan"].ConanFile))
        recipe = cls()
        recipe.layout()
        recipe.requirements()
        recipe.package_id()
        with tempfile.TemporaryDirectory() as package_folder:
            recipe.source_folder = root
            recipe.package_folder = package_folder
            recipe.package()
            for rel in ("licenses/LICENSE", "include/quoth/quoth.hpp", "include/quoth/version.hpp",
                        "include/quoth/internal/engine.hpp"):
                if not os.path.isfile(os.path.join(package_folder, rel)):
                    report.error("conanfile.py: package() did not put %s into the package" % rel)
            headers = sorted(os.path.relpath(os.path.join(d, f), os.path.join(root, "include"))
                             for d, _, fs in os.walk(os.path.join(root, "include")) for f in fs if f.endswith(".hpp"))
            packaged = sorted(os.path.relpath(os.path.join(d, f), os.path.join(package_folder, "include"))
                              for d, _, fs in os.walk(os.path.join(package_folder, "include")) for f in fs)
            if headers != packaged:
                report.error("conanfile.py: package() packaged %d headers, include/ has %d" % (len(packaged), len(headers)))
        recipe.package_info()
    except Exception as e:  # the recipe's own error, whatever it is
        report.error("conanfile.py: running the recipe against the stand-in failed: %s: %s" % (type(e).__name__, e))
        return
    finally:
        for k, v in saved.items():
            if v is None:
                sys.modules.pop(k, None)
            else:
                sys.modules[k] = v

    props = recipe.cpp_info.properties
    for key, value in (("cmake_file_name", "quoth"), ("cmake_target_name", "quoth::quoth"), ("pkg_config_name", "quoth")):
        if props.get(key) != value:
            report.error("conanfile.py: cpp_info property %s is %r, expected %r" % (key, props.get(key), value))
    if recipe.cpp_info.bindirs or recipe.cpp_info.libdirs:
        report.error("conanfile.py: a header-only package has empty bindirs and libdirs")
    if recipe.cpp_info.includedirs != ["include"]:
        report.error("conanfile.py: includedirs is %r, expected ['include']" % recipe.cpp_info.includedirs)
    if not recipe.info.cleared:
        report.error("conanfile.py: package_id() does not clear the package id")
    requires = {r.split("/")[0]: r.split("/")[1] if "/" in r else "" for r in recipe.requires_seen}
    if set(requires) != {"taocpp-pegtl", "utfcpp"}:
        report.error("conanfile.py: requires %s, expected taocpp-pegtl and utfcpp" % sorted(recipe.requires_seen))
    if requires.get("taocpp-pegtl") != PINS["pegtl"]:
        report.error("conanfile.py: taocpp-pegtl/%s, expected the pinned %s" % (requires.get("taocpp-pegtl"), PINS["pegtl"]))
    if requires.get("utfcpp") != PINS["utfcpp"]:
        report.error("conanfile.py: utfcpp/%s, expected the pinned %s" % (requires.get("utfcpp"), PINS["utfcpp"]))


# --- vcpkg ------------------------------------------------------------------------------------

def check_vcpkg(root, version, report):
    root_manifest = vcpkg_manifest(root, "vcpkg.json", report)
    port_manifest = vcpkg_manifest(root, "ports/quoth/vcpkg.json", report)
    for rel, data in (("vcpkg.json", root_manifest), ("ports/quoth/vcpkg.json", port_manifest)):
        if data is None:
            continue
        if data.get("name") != "quoth":
            report.error("%s: name is %r, expected 'quoth'" % (rel, data.get("name")))
        if manifest_version(data) != version:
            report.error("%s: version %r, CMakeLists.txt says %r" % (rel, manifest_version(data), version))
        if data.get("license") != "MIT":
            report.error("%s: license is %r, expected 'MIT'" % (rel, data.get("license")))
        deps = dependency_names(data.get("dependencies"))
        for needed in ("pegtl", "utfcpp"):
            if needed not in deps:
                report.error("%s: no dependency on %s" % (rel, needed))
    if port_manifest is not None:
        deps = dependency_names(port_manifest.get("dependencies"))
        for helper in ("vcpkg-cmake", "vcpkg-cmake-config"):
            if not deps.get(helper, {}).get("host"):
                report.error("ports/quoth/vcpkg.json: %s must be a host dependency" % helper)
    if root_manifest is not None:
        features = root_manifest.get("features", {})
        for feature in root_manifest.get("default-features", []):
            if feature not in features:
                report.error("vcpkg.json: default feature %r is not defined" % feature)
    portfile = read(root, "ports/quoth/portfile.cmake")
    for call in ("vcpkg_cmake_configure", "vcpkg_cmake_install", "vcpkg_cmake_config_fixup", "vcpkg_install_copyright"):
        if not re.search(r"^\s*%s\s*\(" % call, portfile, re.M):
            report.error("ports/quoth/portfile.cmake: no %s()" % call)
    for option in ("QUOTH_BUILD_TESTS=OFF", "QUOTH_BUILD_EXAMPLES=OFF"):
        if option not in portfile:
            report.error("ports/quoth/portfile.cmake: does not pass -D%s" % option)
    if not os.path.isfile(os.path.join(root, "ports/quoth/usage")):
        report.error("ports/quoth/usage is missing")


# --- pins and wraps ---------------------------------------------------------------------------

def check_pins_and_wraps(root, report):
    deps_cmake = read(root, "cmake/QuothDependencies.cmake")
    if "PEGTL/archive/refs/tags/%s.tar.gz" % PINS["pegtl"] not in deps_cmake:
        report.error("cmake/QuothDependencies.cmake: does not fetch PEGTL %s" % PINS["pegtl"])
    if "utfcpp/archive/refs/tags/v%s.tar.gz" % PINS["utfcpp"] not in deps_cmake:
        report.error("cmake/QuothDependencies.cmake: does not fetch utfcpp %s" % PINS["utfcpp"])
    if "doctest/archive/refs/tags/v%s.tar.gz" % PINS["doctest"] not in read(root, "tests/CMakeLists.txt"):
        report.error("tests/CMakeLists.txt: does not fetch doctest %s" % PINS["doctest"])
    hashes = {}
    for name, version in PINS.items():
        rel = "subprojects/%s.wrap" % name
        parser = configparser.ConfigParser(interpolation=None)
        try:
            parser.read_string(read(root, rel), rel)
        except (OSError, configparser.Error) as e:
            report.error("%s: %s" % (rel, e))
            continue
        if not parser.has_section("wrap-file"):
            report.error("%s: no [wrap-file] section" % rel)
            continue
        wrap = parser["wrap-file"]
        for key in ("directory", "source_url", "source_filename", "source_hash", "patch_directory"):
            if key not in wrap:
                report.error("%s: no %s" % (rel, key))
        if version not in wrap.get("directory", "") or version not in wrap.get("source_url", ""):
            report.error("%s: not version %s" % (rel, version))
        if not re.fullmatch(r"[0-9a-f]{64}", wrap.get("source_hash", "")):
            report.error("%s: source_hash is not a SHA-256" % rel)
        hashes[name] = wrap.get("source_hash", "")
        patch = os.path.join(root, "subprojects/packagefiles", wrap.get("patch_directory", ""), "meson.build")
        if not os.path.isfile(patch):
            report.error("%s: %s does not exist" % (rel, os.path.relpath(patch, root)))
        elif "version: '%s'" % version not in read(root, os.path.relpath(patch, root)):
            report.error("%s: is not version %s" % (os.path.relpath(patch, root), version))
        if not parser.has_section("provide"):
            report.error("%s: no [provide] section" % rel)
    # The CMake fetch fallbacks pin the same archives by the same hashes.
    for name, text in (("pegtl", deps_cmake), ("utfcpp", deps_cmake)):
        if hashes.get(name) and hashes[name] not in text:
            report.error("cmake/QuothDependencies.cmake: the %s URL_HASH is not the wrap's source_hash" % name)


# --- the tools themselves ---------------------------------------------------------------------

def tools_note(report):
    for tool, what in (("vcpkg", "`vcpkg install quoth --overlay-ports=ports` and a manifest-mode build"),
                       ("conan", "`conan create .` (it needs taocpp-pegtl and utfcpp from Conan Center)")):
        path = shutil.which(tool)
        if path:
            report.note("%s is installed (%s), but this check does not run %s: it needs the network" % (tool, path, what))
        else:
            report.note("%s is not installed here: %s was NOT run" % (tool, what))


def check(root):
    report = Report()
    version = cmake_version(root)
    if not version:
        report.error("CMakeLists.txt: no project(quoth VERSION x.y.z)")
        return report
    sources = {
        "include/quoth/version.hpp": header_version(root, report),
        "meson.build": meson_version(root),
    }
    attrs = check_conanfile_ast(root, report)
    sources["conanfile.py"] = attrs.get("version") if attrs else None
    for rel, found in sources.items():
        if found != version:
            report.error("%s: version %r, CMakeLists.txt says %r" % (rel, found, version))
    check_vcpkg(root, version, report)
    check_pins_and_wraps(root, report)
    if attrs is not None:
        run_conanfile_with_stand_in(root, report)
    report.note("version %s in CMakeLists.txt, version.hpp, meson.build, vcpkg.json, ports/quoth/vcpkg.json, conanfile.py" % version)
    report.note("conanfile.py was run against a stand-in for the conan module (requirements, package_id, package, package_info), not against Conan")
    tools_note(report)
    return report


def main(argv):
    root = os.path.abspath(argv[1] if len(argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
    report = check(root)
    for note in report.notes:
        print("check_metadata: " + note)
    for error in report.errors:
        print("check_metadata: ERROR: " + error)
    if report.errors:
        print("check_metadata: %d problem(s)" % len(report.errors))
        return 1
    print("check_metadata: packaging metadata ok")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
