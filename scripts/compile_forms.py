#!/usr/bin/env python3
"""Compile the Qt Designer forms ui/*.ui into cyclades_desktop/gui/forms/ui_*.py.

    python scripts/compile_forms.py          # (re)generate every form
    python scripts/compile_forms.py --check  # exit 1 if a generated file is stale

The generated modules are committed, so that the application runs the same from a
checkout, an installed wheel and the PyInstaller bundle, with no `loadUiType` at run time.
tests/gui/test_forms.py fails when a form and its generated code disagree.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
UI_DIR = ROOT / "ui"
FORMS_DIR = ROOT / "cyclades_desktop" / "gui" / "forms"
HEADER = (
    "# generated from ui/{name} by scripts/compile_forms.py, do not edit:\n"
    "# change the form in Qt Designer, then run `python scripts/compile_forms.py`.\n"
)


def uic_binary() -> Path:
    import PySide6

    base = Path(PySide6.__file__).resolve().parent
    for candidate in (
        base / "Qt" / "libexec" / "uic",
        base / "uic",
        base / "uic.exe",
        base / "Qt" / "bin" / "uic",
    ):
        if candidate.exists():
            return candidate
    raise SystemExit("uic introuvable : installez PySide6-Essentials.")


def compile_form(ui_path: Path) -> str:
    """The Python code of one form, with our header and without uic's version line."""
    out = subprocess.run(
        [str(uic_binary()), "-g", "python", str(ui_path)], check=True, capture_output=True, text=True
    ).stdout
    lines = [line for line in out.splitlines() if "Qt User Interface Compiler version" not in line]
    return HEADER.format(name=ui_path.name) + "\n".join(lines).rstrip() + "\n"


def target_for(ui_path: Path) -> Path:
    return FORMS_DIR / f"ui_{ui_path.stem}.py"


def forms() -> list[Path]:
    return sorted(UI_DIR.glob("*.ui"))


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--check", action="store_true", help="ne rien écrire ; échouer si un fichier est périmé"
    )
    args = parser.parse_args(argv)
    FORMS_DIR.mkdir(parents=True, exist_ok=True)
    init = FORMS_DIR / "__init__.py"
    if not init.exists() and not args.check:
        init.write_text('"""Code generated from ui/*.ui by scripts/compile_forms.py; do not edit."""\n')
    stale = []
    expected = set()
    for ui in forms():
        code = compile_form(ui)
        target = target_for(ui)
        expected.add(target.name)
        current = target.read_text(encoding="utf-8") if target.exists() else None
        if current != code:
            stale.append(target)
            if not args.check:
                target.write_text(code, encoding="utf-8")
                print(f"{ui.relative_to(ROOT)} -> {target.relative_to(ROOT)}")
    orphans = [p for p in FORMS_DIR.glob("ui_*.py") if p.name not in expected]
    for p in orphans:
        if args.check:
            stale.append(p)
        else:
            p.unlink()
            print(f"removed {p.relative_to(ROOT)} (its form is gone)")
    if args.check and stale:
        print(
            "Formulaires à recompiler : " + ", ".join(str(p.relative_to(ROOT)) for p in stale),
            file=sys.stderr,
        )
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
