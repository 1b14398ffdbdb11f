"""`cyclades-desktop --demo --screenshot-dir DIR`: walk through the main screens and save them.

Runs the real application (real sign-in, real services, real widgets) on the demo database,
with the agent's demo account, and writes one PNG per screen for docs/screenshots. Meant to
run under Xvfb (scripts/take_screenshots.sh); it quits when done (exit code 1 on failure).
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication, QPushButton

from cyclades_desktop.domain import candidates, search
from cyclades_desktop.gui.operations import QueryOp, task_manager
from cyclades_desktop.gui.qtcompat import emit

log = logging.getLogger(__name__)
SIZE = (1320, 820)
SETTLE_MS = 350


def misspell(name: str) -> list[str]:
    """A few plausible slips of a name (on its longest word), most likely first."""
    words = name.lower().split()
    if not words:
        return []
    longest = max(range(len(words)), key=lambda i: len(words[i]))
    word = words[longest]
    variants = []
    for a, b in (
        ("ph", "f"),
        ("y", "i"),
        ("è", "e"),
        ("é", "e"),
        ("ault", "ot"),
        ("eau", "o"),
        ("ll", "l"),
        ("tt", "t"),
        ("ss", "s"),
    ):
        if a in word:
            variants.append(word.replace(a, b, 1))
    if len(word) >= 5:
        middle = len(word) // 2
        variants.append(
            word[:middle] + word[middle + 1] + word[middle] + word[middle + 2 :]
        )  # two letters swapped
        variants.append(word[:middle] + word[middle] + word[middle:])  # one letter doubled
        variants.append(word[:middle] + word[middle + 1 :])  # one letter dropped
    out = []
    for v in variants:
        if v != word:
            out.append(" ".join([*words[:longest], v, *words[longest + 1 :]]))
    return list(dict.fromkeys(out))


class ScreenshotTour(QObject):
    def __init__(self, out_dir: Path):
        super().__init__()
        self.out = Path(out_dir)
        self.out.mkdir(parents=True, exist_ok=True)
        self.exit_code = 0
        self.queue: list = []
        self.window = None
        self.file = None
        self.saved: list[Path] = []

    # -- plumbing ------------------------------------------------------------------------
    def shot(self, widget, name: str) -> None:
        path = self.out / f"{name}.png"
        widget.grab().save(str(path))
        self.saved.append(path)
        log.info("screenshot %s", path)

    def _run_next(self) -> None:
        if not self.queue:
            return
        step = self.queue.pop(0)
        self._when_idle(step)

    def _when_idle(self, step, waited: int = 0) -> None:
        if not task_manager().idle and waited < 60_000:
            QTimer.singleShot(50, lambda: self._when_idle(step, waited + 50))
            return

        def run():
            try:
                if step() is not False:
                    self._run_next()
            except Exception:
                log.exception("screenshot tour failed")
                self.exit_code = 1
                QApplication.quit()

        QTimer.singleShot(SETTLE_MS, run)

    def then(self, *steps) -> None:
        self.queue.extend(steps)

    # -- sign-in -------------------------------------------------------------------------
    def on_sign_in(self, dialog, accounts) -> None:
        agent = next((a for a in accounts if a[2] == "agent"), accounts[0] if accounts else None)

        def fill():
            if agent is None:
                raise RuntimeError("no demo account: run with --demo")
            dialog.ui.loginEdit.setText(agent[0])
            dialog.ui.passwordEdit.setText(agent[1])
            dialog.ui.demoTable.selectRow(next(i for i, a in enumerate(accounts) if a is agent))

        def shoot_and_sign_in():
            self.shot(dialog, "01-connexion")
            dialog.ui.buttonBox.button(dialog.ui.buttonBox.StandardButton.Ok).click()

        self.queue = [fill, shoot_and_sign_in]
        QTimer.singleShot(500, self._run_next)

    # -- main window ---------------------------------------------------------------------
    def on_main_window(self, window) -> None:
        self.window = window
        window.resize(*SIZE)
        self.then(self._choose_candidate)
        QTimer.singleShot(500, self._run_next)

    def _choose_candidate(self):
        session = self.window.session

        def pick():
            best, best_score = None, -1
            for row in search.search(session, "", limit=400).rows:
                f = candidates.candidate_file(session, row.id)
                registered = [i for i in f.inscriptions if i.status == "registered"]
                score = (
                    (len(registered) > 0) * 100
                    + min(len(f.documents), 4) * 10
                    + min(len(f.history), 8)
                    + (20 if any(i.accommodations for i in f.inscriptions) else 0)
                    + (15 if any(i.status != "registered" for i in f.inscriptions) else 0)
                    + (5 if f.identity["usage_name"] else 0)
                )
                if score > best_score and registered:
                    best, best_score = f, score
            if best is None:
                raise RuntimeError("no candidate with an active inscription in the demo database")
            for typo in misspell(best.identity["usage_name"] or best.identity["birth_name"]):
                page = search.search(session, typo, limit=50)
                if any(r.id == best.id for r in page.rows):
                    return best, typo
            return best, best.identity["birth_name"]

        QueryOp(parent=self.window, op=pick, success=self._chosen).run_in_background()
        return False  # the next steps are queued by _chosen

    def _chosen(self, chosen) -> None:
        self.chosen, self.typo = chosen
        w = self.window
        self.then(
            lambda: self.shot(w, "02-fenetre-principale"),
            lambda: self._type(self.typo),
            lambda: self.shot(w, "03-recherche-nom-mal-orthographie"),
            self._open_file,
            lambda: self._tab(0, "04-dossier-identite"),
            lambda: self._tab(1, "05-dossier-compte"),
            lambda: self._tab(2, "06-dossier-candidatures"),
            lambda: self._tab(3, "07-dossier-documents"),
            lambda: self._tab(4, "08-dossier-historique"),
            self._correction_fields,
            lambda: self.shot(self.dialog, "09-correction-identite"),
            self._correction_review,
            lambda: self.shot(self.dialog, "10-correction-resume"),
            self._withdrawal,
            lambda: self.shot(self.dialog, "11-desinscription"),
            self._lock,
            lambda: self.shot(w, "12-session-verrouillee"),
            self._finish,
        )
        self._run_next()

    def _type(self, text: str) -> None:
        self.window.ui.searchEdit.setText(text)
        self.window.run_search()

    def _open_file(self) -> None:
        self.file = self.window.open_candidate(self.chosen.id)

    def _tab(self, index: int, name: str) -> None:
        self.file.ui.sections.setCurrentIndex(index)
        QApplication.processEvents()
        self.shot(self.window, name)

    def _correction_fields(self) -> None:
        self.file.ui.sections.setCurrentIndex(0)
        self.file.correct_identity()
        self.dialog = self.file.active_dialog
        current = self.chosen.identity["birth_place"] or ""
        self.dialog.set_value(
            "birth_place", (current + " ").replace("(", "").replace(")", "").strip() or "Nantes"
        )
        self.dialog.set_value("first_names", self.chosen.identity["first_names"] + "-Marie")
        self.dialog.ui.reasonEdit.setPlainText(
            "Prénom composé omis à la saisie ; vu sur la carte d'identité présentée au guichet."
        )

    def _correction_review(self) -> None:
        self.dialog.ui.nextButton.click()

    def _withdrawal(self) -> None:
        self.dialog.reject()
        self.file.ui.sections.setCurrentIndex(2)
        button = self.file.findChild(QPushButton, "withdrawButton")
        button.click()
        self.dialog = self.file.active_dialog
        self.dialog.ui.reasonEdit.setPlainText("Demande écrite du candidat reçue par courrier le 3 novembre.")
        self.dialog.ui.understandCheck.setChecked(True)
        self.dialog.ui.passwordEdit.setText("••••••••••")

    def _lock(self) -> None:
        self.dialog.reject()
        emit(self.window.idle_watcher.idle)  # as if ten idle minutes had passed

    def _finish(self) -> None:
        log.info("screenshot tour done: %d images in %s", len(self.saved), self.out)
        print(f"{len(self.saved)} captures d'écran dans {self.out}")
        self.window.close()
