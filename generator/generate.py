"""Generate the client packages: ``python -m generator.generate [KEY ...]`` writes ``clients/<key>/``;
``python -m generator.generate --check [KEY ...]`` regenerates into a scratch tree and fails on any difference.

openapi-python-client (pinned in requirements/dev.txt) does the parsing and most of the rendering; our templates
in ``generator/templates/`` override its output where the public contract needs it, and this driver adds the
``vendor`` template global, the package data module and the project files around the package.
"""

from __future__ import annotations

import argparse
import filecmp
import os
import shutil
import sys
import tempfile
from pathlib import Path

from jinja2 import ChoiceLoader, FileSystemLoader, PackageLoader, PrefixLoader
from openapi_python_client import Project
from openapi_python_client.config import Config, ConfigFile, MetaType
from openapi_python_client.parser import GeneratorData
from openapi_python_client.parser.errors import GeneratorError

from generator.context import VendorContext, prose
from generator.mirrors import Mirrors
from generator.specs import ROOT, SPECS_DIR, load_spec, vendor_keys

TEMPLATES = Path(__file__).resolve().parent / "templates"
CLIENTS_DIR = ROOT / "clients"
RUNTIME_VERSION = "0.1.0"
# Clients accept any runtime of the same minor series (before 1.0, a new minor version may break them).
_MAJOR, _MINOR, _ = RUNTIME_VERSION.split(".")
RUNTIME_REQUIREMENT = f">={RUNTIME_VERSION},<{_MAJOR}.{int(_MINOR) + 1}"
# The Python versions `nox -s tests` runs on, declared by every package (the runtime's pyproject says the same).
PYTHON_VERSIONS = ("3.11", "3.12", "3.13")
CLASSIFIERS = (
    "Development Status :: 3 - Alpha",
    "Intended Audience :: Developers",
    "Operating System :: OS Independent",
    "Programming Language :: Python :: 3",
    "Programming Language :: Python :: 3 :: Only",
    *(f"Programming Language :: Python :: {version}" for version in PYTHON_VERSIONS),
    "Topic :: Software Development :: Libraries :: Python Modules",
    "Typing :: Typed",
)
# Formatting of the generated code, fixed here (not taken from whatever ruff config lies around the output).
POST_HOOKS = [
    "ruff check . --isolated --fix-only --target-version py311 --line-length 120 --select I,F401,UP",
    "ruff format . --isolated --target-version py311 --line-length 120",
]


class VendorProject(Project):
    """openapi-python-client's project, plus our template globals and the files it does not make."""

    def __init__(self, *, vendor: VendorContext, openapi: GeneratorData, config: Config) -> None:
        super().__init__(openapi=openapi, config=config, custom_template_path=TEMPLATES)
        # "stock/<name>" reaches the original template, so ours can wrap it instead of copying it.
        stock = PackageLoader("openapi_python_client")
        self.env.loader = ChoiceLoader([FileSystemLoader(str(TEMPLATES)), PrefixLoader({"stock": stock}), stock])
        # openapi-python-client passes the version as an UntrustedString; our templates want the plain text.
        version = config.package_version_override or str(openapi.version.get_untrusted_value())
        self.env.globals.update(
            vendor=vendor,
            runtime_version=RUNTIME_VERSION,
            runtime_requirement=RUNTIME_REQUIREMENT,
            package_version=version,
            package_classifiers=CLASSIFIERS,
        )
        self.env.filters["prose"] = prose
        self.vendor = vendor
        vendor.mirrors = Mirrors(models={str(model.class_info.name): model for model in openapi.models})

    def _create_package(self) -> None:
        super()._create_package()
        for template, name in (
            ("vendor_module.py.jinja", "_vendor.py"),
            ("resources.py.jinja", "resources.py"),
            ("py.typed.jinja", "py.typed"),
        ):
            content = self.env.get_template(template).render()
            (self.package_dir / name).write_text(content, encoding=self.config.file_encoding)

    def _build_api(self) -> None:
        super()._build_api()
        mirrors = self.vendor.mirrors  # filled as the endpoint templates asked for them
        if mirrors.decoders:
            content = self.env.get_template("fast_module.py.jinja").render(mirrors=mirrors)
            (self.package_dir / "_fast.py").write_text(content, encoding=self.config.file_encoding)

    def render_project_files(self, project_dir: Path) -> None:
        for template, name in (
            ("project/pyproject.toml.jinja", "pyproject.toml"),
            ("project/README.md.jinja", "README.md"),
            ("project/CHANGELOG.md.jinja", "CHANGELOG.md"),
        ):
            content = self.env.get_template(template).render()
            (project_dir / name).write_text(content, encoding=self.config.file_encoding)
        # Each package ships the repository's license, verbatim.
        shutil.copyfile(ROOT / "LICENSE", project_dir / "LICENSE")


def generate(key: str, project_dir: Path) -> None:
    """Write the complete ``loyalty-<key>`` project (src layout) into the empty or absent ``project_dir``."""
    package_name = f"loyalty_{key}"
    config = Config.from_sources(
        ConfigFile.load_from_path(SPECS_DIR / key / "client.yaml").model_copy(update={"post_hooks": POST_HOOKS}),
        MetaType.NONE,
        SPECS_DIR / key / "openapi.yaml",
        "utf-8",
        overwrite=True,
        output_path=project_dir / "src" / package_name,
    )
    openapi = GeneratorData.from_dict(load_spec(key), config=config)
    if isinstance(openapi, GeneratorError):
        raise SystemExit(f"{key}: {openapi.header}: {openapi.detail}")
    (project_dir / "src").mkdir(parents=True, exist_ok=True)
    project = VendorProject(vendor=VendorContext(key), openapi=openapi, config=config)
    errors = project.build()
    if errors:
        raise SystemExit("\n".join(f"{key}: {e.level.name} {e.header}: {e.detail}" for e in errors))
    project.render_project_files(project_dir)


def _differences(expected: Path, actual: Path, where: str = "") -> list[str]:
    """Files that are missing, new or different between two trees (ignoring caches)."""
    comparison = filecmp.dircmp(expected, actual, ignore=["__pycache__", ".ruff_cache"])
    found = [f"missing: {where}{name}" for name in sorted(comparison.left_only)]
    found += [f"new: {where}{name}" for name in sorted(comparison.right_only)]
    _, mismatch, errors = filecmp.cmpfiles(expected, actual, comparison.common_files, shallow=False)
    found += [f"differs: {where}{name}" for name in sorted(mismatch + errors)]
    for name in sorted(comparison.common_dirs):
        found += _differences(expected / name, actual / name, f"{where}{name}/")
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("keys", nargs="*", help="vendor keys (default: all)")
    parser.add_argument("--check", action="store_true", help="fail if clients/ differs from a fresh generation")
    args = parser.parse_args(argv)
    keys = args.keys or vendor_keys()
    unknown = sorted(set(keys) - set(vendor_keys()))
    if unknown:
        parser.error(f"unknown vendor key(s): {', '.join(unknown)}")
    # The generator's post-hooks run ruff from this interpreter's environment.
    os.environ["PATH"] = f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}"
    problems: list[str] = []
    with tempfile.TemporaryDirectory(prefix="loyalty-generate-") as scratch:
        for key in keys:
            fresh = Path(scratch) / key
            generate(key, fresh)
            target = CLIENTS_DIR / key
            if args.check:
                if not target.is_dir():
                    problems.append(f"{key}: clients/{key} is missing")
                else:
                    problems += [f"{key}: {d}" for d in _differences(fresh, target)]
            else:
                if target.exists():
                    shutil.rmtree(target)
                shutil.copytree(fresh, target, ignore=shutil.ignore_patterns("__pycache__", ".ruff_cache"))
                print(f"generated clients/{key}")
    if problems:
        print("clients/ is out of date with specs/, generator/ or the runtime; run `nox -s generate`:")
        print("\n".join(f"  {problem}" for problem in problems))
        return 1
    if args.check:
        print(f"clients/ matches a fresh generation for {', '.join(keys)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
