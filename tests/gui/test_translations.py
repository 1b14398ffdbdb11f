"""The translation catalogue holds every user-visible text of the interface, so that it can be
translated, and cannot drift from the sources again.

The interface is written in French; resources/translations/cyclades_desktop_en.ts is what
`scripts/update_translations.sh` (pyside6-lupdate) extracts from cyclades_desktop/gui and ui/*.ui.
lupdate only sees a literal text in `self.tr("…")`, `translate("context", "…")` or
`QT_TRANSLATE_NOOP("context", "…")`: these tests read the sources with Python's own parser, fail on
a text lupdate cannot see, and fail when a text is missing from the catalogue.
"""

from __future__ import annotations

import ast
import shutil
import subprocess
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CATALOGUE = ROOT / "resources" / "translations" / "cyclades_desktop_en.ts"
GUI = ROOT / "cyclades_desktop" / "gui"
FIX = "run scripts/update_translations.sh"


def catalogue(path: Path = CATALOGUE) -> set[tuple[str, str]]:
    tree = ET.parse(path)
    return {
        (ctx.findtext("name") or "", msg.findtext("source") or "")
        for ctx in tree.iter("context")
        for msg in ctx.iter("message")
    }


def _is_translate(call: ast.Call) -> bool:
    f = call.func
    if isinstance(f, ast.Name):
        return f.id in ("translate", "QT_TRANSLATE_NOOP")
    return (
        isinstance(f, ast.Attribute)
        and f.attr == "translate"
        and isinstance(f.value, ast.Name)
        and f.value.id in ("QCoreApplication", "QApplication")
    )


def _is_tr(call: ast.Call) -> bool:
    f = call.func
    return (isinstance(f, ast.Attribute) and f.attr == "tr") or (isinstance(f, ast.Name) and f.id == "tr")


def _literal(node: ast.AST | None) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


@dataclass
class Extraction:
    texts: dict[tuple[str, str], str] = field(default_factory=dict)  # (context, source) -> where
    hidden: list[str] = field(default_factory=list)  # texts lupdate cannot see, with why
    marked: set[tuple[str, str]] = field(default_factory=set)  # (file, context) with QT_TRANSLATE_NOOP


class _Reader(ast.NodeVisitor):
    def __init__(self, rel: str, out: Extraction):
        self.rel, self.out, self.classes, self.in_fstring = rel, out, [], 0
        self.dynamic: list[tuple[str, str, str]] = []  # (context, where, code): checked once the file is read

    def where(self, node) -> str:
        return f"{self.rel}:{node.lineno}"

    def visit_ClassDef(self, node):
        self.classes.append(node.name)
        self.generic_visit(node)
        self.classes.pop()

    def visit_JoinedStr(self, node):
        self.in_fstring += 1
        self.generic_visit(node)
        self.in_fstring -= 1

    def _aliases_translation(self, value) -> bool:
        calls = [n for n in ast.walk(value) if isinstance(n, ast.Call)]
        if isinstance(value, ast.Lambda):
            return any(_is_translate(c) or _is_tr(c) for c in calls)
        if (
            isinstance(value, ast.Call)
            and getattr(value.func, "attr", getattr(value.func, "id", "")) == "partial"
        ):
            return any(
                (isinstance(a, ast.Name) and a.id in ("translate", "tr"))
                or (isinstance(a, ast.Attribute) and a.attr in ("translate", "tr"))
                for a in value.args[:1]
            )
        return False

    def visit_Assign(self, node):
        if self._aliases_translation(node.value):
            self.out.hidden.append(
                f"{self.where(node)}: an alias of translate()/tr() ({ast.unparse(node)[:70]}); "
                'lupdate reads none of its calls: write translate("context", "…") in full'
            )
        self.generic_visit(node)

    def visit_Call(self, node):
        code = ast.unparse(node)[:90]
        if _is_translate(node) or _is_tr(node):
            if self.in_fstring:
                self.out.hidden.append(
                    f"{self.where(node)}: {code} inside an f-string, where lupdate does not "
                    "look: compute it before"
                )
            if _is_translate(node):
                context, text = (
                    _literal(node.args[0]) if node.args else None,
                    _literal(node.args[1]) if len(node.args) > 1 else None,
                )
                if context is None:
                    self.out.hidden.append(f"{self.where(node)}: {code}: the context must be a literal")
                elif getattr(node.func, "id", "") == "QT_TRANSLATE_NOOP":
                    self.out.marked.add((self.rel, context))
                if context is not None and text is None:
                    self.dynamic.append((context, self.where(node), code))
            else:
                receiver = node.func.value if isinstance(node.func, ast.Attribute) else None
                context, text = (
                    (self.classes[-1] if self.classes else None),
                    _literal(node.args[0] if node.args else None),
                )
                if not (isinstance(receiver, ast.Name) and receiver.id == "self") or context is None:
                    self.out.hidden.append(
                        f"{self.where(node)}: {code}: tr() outside a method of its own class takes its context from "
                        'the object\'s class at run time, lupdate from the enclosing class: use translate("context", …)'
                    )
                    context = None
                elif text is None:
                    self.dynamic.append((context, self.where(node), code))
            if context is not None and text is not None:
                self.out.texts.setdefault((context, text), self.where(node))
        self.generic_visit(node)


def extract_python(root: Path = ROOT) -> Extraction:
    out = Extraction()
    for path in sorted((root / "cyclades_desktop" / "gui").rglob("*.py")):
        if "forms" in path.relative_to(root / "cyclades_desktop" / "gui").parts:
            continue  # compiled from ui/*.ui, which lupdate reads instead
        rel = str(path.relative_to(root))
        reader = _Reader(rel, out)
        reader.visit(ast.parse(path.read_text(encoding="utf-8"), rel))
        for context, where, code in reader.dynamic:
            # a variable text is allowed only where its possible values are marked for lupdate
            if (rel, context) not in out.marked:
                out.hidden.append(
                    f"{where}: {code}: a variable text; lupdate cannot know its values: mark each "
                    f'with QT_TRANSLATE_NOOP("{context}", "…") in this module, or write them out'
                )
    return out


def extract_forms(root: Path = ROOT) -> dict[tuple[str, str], str]:
    """The texts of the Designer forms: context is the form's class, as uic and lupdate have it."""
    texts = {}
    for path in sorted((root / "ui").glob("*.ui")):
        tree = ET.parse(path)
        context = tree.getroot().findtext("class") or ""
        for string in tree.iter("string"):
            if string.get("notr") != "true" and string.text:
                texts.setdefault((context, string.text), str(path.relative_to(root)))
    return texts


def test_no_text_is_hidden_from_lupdate():
    hidden = extract_python().hidden
    assert not hidden, "texts lupdate cannot see:\n" + "\n".join(hidden)


def test_every_text_of_the_interface_is_in_the_catalogue():
    known = catalogue()
    wanted = {**extract_forms(), **extract_python().texts}
    missing = sorted(
        f"{where}: [{ctx}] {text!r}" for (ctx, text), where in wanted.items() if (ctx, text) not in known
    )
    assert len(wanted) > 900  # the reader found the interface, not nothing
    assert not missing, f"{len(missing)} text(s) missing from {CATALOGUE.name} ({FIX}):\n" + "\n".join(
        missing
    )


def test_the_catalogue_holds_no_stale_text():
    wanted = {**extract_forms(), **extract_python().texts}
    stale = sorted(f"[{ctx}] {text!r}" for ctx, text in catalogue() - set(wanted))
    assert not stale, f"texts no longer in the sources ({FIX}):\n" + "\n".join(stale)


@pytest.mark.skipif(shutil.which("pyside6-lupdate") is None, reason="pyside6-lupdate is not installed")
def test_the_catalogue_is_what_the_update_script_makes(tmp_path):
    out = tmp_path / "fresh.ts"
    subprocess.run(
        ["bash", str(ROOT / "scripts" / "update_translations.sh"), str(out)],
        cwd=ROOT,
        check=True,
        capture_output=True,
        text=True,
        timeout=120,
    )
    fresh, committed = catalogue(out), catalogue()
    assert fresh == committed, (
        f"{FIX}: new {sorted(fresh - committed)[:10]}, stale {sorted(committed - fresh)[:10]}"
    )


def test_the_gui_names_every_value_of_the_domain_vocabularies_it_translates(qapp):
    """The domain never imports Qt: the labels it defines are written out again, translatable, in
    gui/formatting.py. A value added to the domain must be added there too."""
    from cyclades_desktop.domain import candidates, identity, roles
    from cyclades_desktop.gui import formatting

    assert set(formatting.role_labels()) == set(roles.ROLE_LABELS)
    assert set(formatting.identity_labels()) == set(identity.LABELS) == set(identity.FIELDS)
    assert set(formatting.status_labels()) == set(candidates.STATUS_LABELS)
    assert set(formatting.channel_labels()) == set(candidates.CHANNEL_LABELS)


@pytest.mark.skipif(shutil.which("pyside6-lrelease") is None, reason="pyside6-lrelease is not installed")
def test_a_translation_made_from_the_catalogue_reaches_the_screens(qapp, tmp_path):
    """Every entry translated (« ⟦…⟧ »), compiled and installed as a translator would
    (CYCLADES_LANGUAGE=xx): the menus, labels and vocabularies that used to escape the catalogue
    come out translated, so the contexts are the run-time ones."""
    from PySide6.QtCore import QCoreApplication

    from cyclades_desktop.gui import admin, formatting, resources
    from cyclades_desktop.gui.admin import exams, journal, lists
    from cyclades_desktop.gui.documents import accommodation

    tree = ET.parse(CATALOGUE)
    for message in tree.iter("message"):
        translation = message.find("translation")
        translation.text = f"⟦{message.findtext('source')}⟧"
        translation.attrib.pop("type", None)
    ts = tmp_path / "cyclades_desktop_xx.ts"
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    subprocess.run(
        ["pyside6-lrelease", str(ts), "-qm", str(tmp_path / "cyclades_desktop_xx.qm")],
        check=True,
        capture_output=True,
        timeout=60,
    )
    installed = resources.install_translations(qapp, "xx", tmp_path)
    try:
        assert installed and QCoreApplication.translate("admin", "&Gestion") == "⟦&Gestion⟧"
        shown = [e.label for e in admin.entries()] + [e.tip for e in admin.entries()]
        shown += [
            *formatting.role_labels().values(),
            *formatting.identity_labels().values(),
            *formatting.status_labels().values(),
            *exams.kind_labels().values(),
            *(k.label for k in lists.kinds()),
            *accommodation.placeholders().values(),
            journal.entity_text("exam_session 11").split()[0],
            *formatting.change_lines({"city": "Lyon"}, {}),
        ]
        untranslated = [text for text in shown if "⟦" not in text]
        assert not untranslated
    finally:
        for translator in installed:
            QCoreApplication.removeTranslator(translator)
    # French, the source language, needs no catalogue: only Qt's own French is installed
    french = resources.install_translations(qapp, "", tmp_path)
    try:
        assert len(french) <= 1 and QCoreApplication.translate("admin", "&Gestion") == "&Gestion"
    finally:
        for translator in french:
            QCoreApplication.removeTranslator(translator)
