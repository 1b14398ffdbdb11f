"""The forms in ui/*.ui and their generated code in cyclades_desktop/gui/forms agree."""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))
import compile_forms  # noqa: E402


@pytest.mark.parametrize("ui", compile_forms.forms(), ids=lambda p: p.name)
def test_generated_form_matches_its_ui_file(ui):
    target = compile_forms.target_for(ui)
    assert target.exists(), f"{target.name} manque : lancez python scripts/compile_forms.py"
    assert target.read_text(encoding="utf-8") == compile_forms.compile_form(ui), (
        f"{target.name} ne correspond plus à ui/{ui.name} : lancez python scripts/compile_forms.py"
    )
    assert "do not edit" in target.read_text(encoding="utf-8").splitlines()[0]


def test_no_generated_form_without_its_ui_file():
    expected = {compile_forms.target_for(ui).name for ui in compile_forms.forms()}
    generated = {p.name for p in compile_forms.FORMS_DIR.glob("ui_*.py")}
    assert generated == expected


@pytest.mark.parametrize("ui", compile_forms.forms(), ids=lambda p: p.name)
def test_every_form_builds(qapp, ui):
    from PySide6.QtWidgets import QDialog, QMainWindow, QWidget

    module = importlib.import_module(f"cyclades_desktop.gui.forms.ui_{ui.stem}")
    (name,) = [n for n in dir(module) if n.startswith("Ui_")]
    host = QMainWindow() if "MainWindow" in name else QDialog() if "Dialog" in name else QWidget()
    getattr(module, name)().setupUi(host)
    host.deleteLater()


def test_icons_and_style_sheet_are_found(qapp):
    from cyclades_desktop.gui import resources

    assert resources.resources_dir() is not None
    for name in ("app", "search", "lock", "edit", "withdraw", "warning"):
        assert not resources.icon(name).isNull(), name
    assert "QPushButton" in resources.stylesheet()


def test_resources_are_found_in_a_pyinstaller_bundle(tmp_path, monkeypatch):
    from cyclades_desktop.gui import resources

    (tmp_path / "resources" / "icons").mkdir(parents=True)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    resources.resources_dir.cache_clear()
    try:
        assert resources.resources_dir() == tmp_path / "resources"
    finally:
        monkeypatch.undo()
        resources.resources_dir.cache_clear()
