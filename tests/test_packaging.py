"""An installed copy, not only the checkout, carries its icons, style sheet and translations.

The top-level resources/ folder is the source of truth; pyproject.toml maps its folders into the
package as cyclades_desktop/resources/, where gui/resources.py looks first. These tests build the
package from a copy of the sources (setuptools' build_py: exactly the files a wheel gets; then a
real wheel when pip can build one) and ask the resource lookup, in a separate interpreter that
sees the built copy and not this checkout, where it finds them.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tomllib
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHIPPED = ("icons", "styles", "translations")  # resources/fonts holds only the subsetting script
QM = "cyclades_desktop_xx.qm"  # a compiled translation, as a translator would add one


def _copy_sources(dst: Path) -> Path:
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc", "*.egg-info")
    for name in ("pyproject.toml", "README.md"):
        shutil.copy2(ROOT / name, dst / name)
    for name in ("cyclades_desktop", "resources"):
        shutil.copytree(ROOT / name, dst / name, ignore=ignore)
    # any .qm file stands for a compiled translation: Qt's own French one is always at hand
    from PySide6.QtCore import QLibraryInfo

    qt_fr = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)) / "qtbase_fr.qm"
    (dst / "resources" / "translations" / QM).write_bytes(qt_fr.read_bytes() if qt_fr.exists() else b"")
    return dst


def _lookup(site: Path, cwd: Path) -> dict:
    """What gui/resources.py finds when only `site` holds cyclades_desktop."""
    code = (
        "import json, cyclades_desktop.gui.resources as r\n"
        "print(json.dumps({'module': r.__file__, 'root': str(r.resources_dir()),"
        f" 'qss': str(r.path('styles', 'cyclades.qss')), 'icon': str(r.path('icons', 'print.svg')),"
        f" 'qm': str(r.path('translations', '{QM}')), 'style_chars': len(r.stylesheet())}}))\n"
    )
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME")}
    env.update(PYTHONPATH=str(site), QT_QPA_PLATFORM="offscreen", PYTHONDONTWRITEBYTECODE="1")
    done = subprocess.run(
        [sys.executable, "-c", code],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


def _check_found_inside(site: Path, found: dict) -> None:
    package = site / "cyclades_desktop"
    assert Path(found["module"]).resolve().is_relative_to(package.resolve()), (
        found
    )  # the built copy, not a checkout
    assert Path(found["root"]) == package / "resources"
    for key in ("qss", "icon", "qm"):
        assert Path(found[key]).is_file() and Path(found[key]).is_relative_to(package / "resources"), (
            key,
            found,
        )
    assert found["style_chars"] > 1000


def test_every_package_and_resource_folder_is_listed_in_pyproject():
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]
    listed = set(config["packages"])
    packages = {
        ".".join(p.parent.relative_to(ROOT).parts) for p in (ROOT / "cyclades_desktop").rglob("__init__.py")
    }
    assert packages - listed == set(), "add them to [tool.setuptools] packages"
    assert config["package-dir"] == {"cyclades_desktop.resources": "resources"}
    assert {f"cyclades_desktop.resources.{name}" for name in SHIPPED} <= listed
    assert {d.name for d in (ROOT / "resources").iterdir() if d.is_dir()} - set(SHIPPED) <= {"fonts"}


def test_a_built_copy_carries_and_finds_its_resources(tmp_path):
    src = tmp_path / "src"
    src.mkdir()
    _copy_sources(src)
    build = tmp_path / "build"
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            "from setuptools import setup; setup()",
            "-q",
            "build_py",
            "--build-lib",
            str(build),
        ],
        cwd=src,
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    assert "as data is deprecated" not in done.stderr  # every data folder is a declared package
    resources = build / "cyclades_desktop" / "resources"
    icons = sorted(p.name for p in (resources / "icons").iterdir())
    assert icons == sorted(p.name for p in (ROOT / "resources" / "icons").glob("*.svg"))
    assert (resources / "styles" / "cyclades.qss").read_bytes() == (
        ROOT / "resources" / "styles" / "cyclades.qss"
    ).read_bytes()
    assert (resources / "translations" / QM).is_file()
    assert not list(resources.rglob("*.py")) and not list(resources.rglob("*.ts"))  # data only
    _check_found_inside(build, _lookup(build, tmp_path))


def test_a_wheel_installed_elsewhere_finds_its_resources(tmp_path):
    """`pip install .` of a wheel, into a folder of its own: the icons come along."""
    src = tmp_path / "src"
    src.mkdir()
    _copy_sources(src)
    dist, site = tmp_path / "dist", tmp_path / "site"
    built = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w", str(dist), str(src)],
        capture_output=True,
        text=True,
        check=False,
        timeout=600,
    )
    if built.returncode != 0 and "No matching distribution found" in built.stderr + built.stdout:
        pytest.skip("pip cannot fetch setuptools and wheel to build (offline, no local index)")
    assert built.returncode == 0, built.stderr
    (wheel,) = dist.glob("cyclades_desktop-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    assert {
        "cyclades_desktop/resources/styles/cyclades.qss",
        "cyclades_desktop/resources/icons/app.svg",
        f"cyclades_desktop/resources/translations/{QM}",
    } <= names
    installed = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "-q",
            "--no-deps",
            "--no-index",
            "--target",
            str(site),
            str(wheel),
        ],
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )
    assert installed.returncode == 0, installed.stderr
    _check_found_inside(site, _lookup(site, tmp_path))
