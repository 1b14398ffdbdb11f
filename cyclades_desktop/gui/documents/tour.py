"""Screenshots of the documents screens on the demo database (docs/screenshots/2x-*.png).

    xvfb-run -a -s "-screen 0 1600x1000x24 -dpi 96" \\
        python -m cyclades_desktop.gui.documents.tour docs/screenshots

Real application, real services, real widgets: the demo database is created on first use (set
XDG_DATA_HOME to a scratch folder to start from a fresh one), the demo staff accounts sign in,
and each screen is driven as a user would. A tool for the documentation, never run by the app.
"""

from __future__ import annotations

import logging
import sys

from cyclades_desktop.gui import tour_support
from cyclades_desktop.gui.tour_support import idle, settle, wait_until

log = logging.getLogger(__name__)


class Tour(tour_support.Tour):
    def run(self) -> int:
        self.open_demo()
        self.batch_screens()
        self.verify_screens()
        self.marks_screens()
        self.accommodation_screens()
        print(f"{len(self.saved)} captures d'écran dans {self.out}")
        return 0

    # -- batch ---------------------------------------------------------------------------
    def batch_screens(self) -> None:
        from cyclades_desktop.gui import documents

        window = self.open_window("print_operator")
        controller = documents.controller(window)
        self.shot_menu(window, controller.menu, "20-menu-documents", 560)
        dialog = controller.open_batch()
        dialog.resize(900, 640)
        wait_until(lambda: dialog.ui.sessionCombo.count() > 0 and idle(), what="sessions")
        # the session with the most candidatures
        best, best_n = None, -1
        for i in range(dialog.ui.sessionCombo.count()):
            dialog.ui.sessionCombo.setCurrentIndex(i)
            wait_until(lambda: idle() and not dialog._scope_pending(), what="scope")
            if dialog.scope is not None and dialog.scope.registered > best_n:
                best, best_n = i, dialog.scope.registered
        dialog.ui.sessionCombo.setCurrentIndex(best)
        wait_until(lambda: idle() and not dialog._scope_pending(), what="scope")
        self.session_id = dialog.ui.sessionCombo.currentData()
        self.shot(dialog, "21-lots-selection")
        from cyclades_desktop.domain import batch

        batch.CHUNK = 5  # a demo session is small: smaller chunks, so « Annuler » stops well before the end
        dialog.ui.publishButton.click()
        wait_until(
            lambda: (
                dialog.last_progress is not None
                and dialog.last_progress.done >= min(dialog.last_progress.total // 3, 400)
            ),
            timeout=600,
            what="a third of the batch",
        )
        self.shot(dialog, "22-lots-en-cours")
        dialog.ui.cancelButton.click()
        settle(100)
        wait_until(lambda: not dialog.busy and idle(), timeout=300, what="cancel")
        wait_until(lambda: not dialog._scope_pending(), what="scope")
        self.shot(dialog, "23-lots-interrompu")
        dialog.ui.publishButton.click()
        wait_until(lambda: not dialog.busy and idle(), timeout=1200, what="batch resumed to the end")
        wait_until(lambda: not dialog._scope_pending(), what="scope")
        self.shot(dialog, "24-lots-termine")
        path = self.scratch / "convocations-pour-l-imprimeur.pdf"
        dialog.write_print_file(path)
        wait_until(lambda: not dialog.busy and idle(), timeout=600, what="print file")
        self.shot(dialog, "25-lots-pdf-imprimeur")
        # accommodation notices: only the candidatures granted a measure can have one; the rest are listed
        dialog.select(self.session_id, "accommodation_notice")
        wait_until(lambda: idle() and not dialog._scope_pending(), what="scope")
        dialog.ui.publishButton.click()
        wait_until(lambda: not dialog.busy and idle(), timeout=600, what="notices")
        wait_until(lambda: not dialog._scope_pending() and idle(), what="scope")
        self.shot(dialog, "26-lots-erreurs")
        dialog.hide()
        self.close_window(window)

    # -- verification --------------------------------------------------------------------
    def verify_screens(self) -> None:
        from cyclades_desktop.domain import publication
        from cyclades_desktop.gui import documents
        from cyclades_desktop.gui.startup import wait_for
        from cyclades_desktop.store.models import Document

        window = self.open_window("agent")
        dialog = documents.controller(window).open_verify()
        current = wait_for(
            lambda: (
                Document.select()
                .where(Document.is_current, Document.kind == "convocation")
                .order_by(Document.id)
                .first()
                .verification_code
            )
        )
        dialog.set_code(current.lower())
        dialog.verify()
        wait_until(lambda: dialog.verification is not None and idle(), what="verification")
        self.shot(dialog, "27-verification-en-vigueur")
        old = wait_for(lambda: Document.select().where(~Document.is_current).order_by(Document.id).first())
        if old is not None:
            dialog.set_code(publication.VERIFY_URL + old.verification_code)
            dialog.verify()
            wait_until(
                lambda: dialog.verification is not None and not dialog.verification.is_current and idle(),
                what="superseded verification",
            )
            self.shot(dialog, "28-verification-remplacee")
        dialog.set_code("7K3M-Q9TB-2XWD")
        dialog.verification = None
        dialog.verify()
        wait_until(lambda: idle() and "inconnu" in dialog.ui.stateLabel.text(), what="unknown code")
        self.shot(dialog, "29-verification-code-inconnu")
        dialog.hide()
        self.close_window(window)

    # -- marks ---------------------------------------------------------------------------
    def marks_screens(self) -> None:
        from cyclades_desktop.gui import documents
        from cyclades_desktop.gui.startup import wait_for
        from cyclades_desktop.store.models import Inscription, Paper

        window = self.open_window("manager")
        dialog = documents.controller(window).open_marks()
        dialog.resize(860, 560)
        wait_until(lambda: dialog.ui.sessionCombo.count() > 0 and idle(), what="sessions")
        session_id = self.session_id
        dialog.select_session(session_id)

        def rows():
            numbers = [
                i.number
                for i in Inscription.select(Inscription.number)
                .where((Inscription.session == session_id) & (Inscription.status == "registered"))
                .order_by(Inscription.number)
                .limit(6)
            ]
            papers = [
                p.code
                for p in Paper.select().where(Paper.session == session_id).order_by(Paper.code).limit(2)
            ]
            return numbers, papers

        numbers, papers = wait_for(rows)
        p1, p2 = (papers + papers)[:2]
        good = ["numero_inscription;epreuve;note;conservee;decision;mention"]
        marks = ["12,5", "14", "9", "ABS", "16,25", "11"]
        for n, number in enumerate(numbers):
            decision = "admis" if n % 3 else "second groupe"
            mention = "assez bien" if decision == "admis" and n % 2 else ""
            good.append(f"{number};{p1};{marks[n]};non;{decision};{mention}")
            if p2 != p1:
                good.append(
                    f"{number};{p2};{marks[-n - 1]};{'oui' if n == 1 else 'non'};{decision};{mention}"
                )
        n0, n1, n2, n3, n4 = numbers[:5]
        bad = [
            good[0],
            f"{n0};{p1};12,5;non;admis;assez bien",
            f"{n0};EPREUVE-INCONNUE;14;non;admis;assez bien",
            f"{n1};{p1};21;non;admis;",
            f"{n1};{p2};douze;non;admis;",
            f"202799999999;{p1};10;non;;",
            f"{n2};{p1};9;peut-être;;",
            f"{n3};{p1};11;non;reçu;",
            f"{n4};{p1};15;non;admis;bien",
            f"{n4};{p2};15;non;refusé;",
        ]
        bad_path = self.scratch / "notes-session.csv"
        bad_path.write_text("\n".join(bad) + "\n", encoding="utf-8")
        dialog.set_file(bad_path)
        dialog.run_import()
        wait_until(lambda: not dialog._busy and idle(), what="rejected import")
        self.shot(dialog, "2a-notes-refusees")
        good_path = self.scratch / "notes-session-corrigees.csv"
        good_path.write_text("\n".join(good) + "\n", encoding="utf-8")
        dialog.set_file(good_path)
        dialog.run_import()
        wait_until(lambda: not dialog._busy and idle(), what="import")
        self.shot(dialog, "2b-notes-importees")
        dialog.hide()
        self.close_window(window)

    # -- accommodations ------------------------------------------------------------------
    def accommodation_screens(self) -> None:
        from PySide6.QtWidgets import QPushButton

        from cyclades_desktop.gui.startup import wait_for
        from cyclades_desktop.store.models import Candidate, Inscription

        window = self.open_window("agent")
        session_id = self.session_id

        def pick():
            ins = (
                Inscription.select()
                .join(Candidate)
                .where(
                    (Inscription.session == session_id)
                    & (Inscription.status == "registered")
                    & (Candidate.usage_name == "")
                )
                .order_by(Inscription.id)
                .first()
            )
            return ins.candidate_id

        file = window.open_candidate(wait_for(pick))
        wait_until(lambda: file.file is not None and idle(), what="candidate file")
        file.ui.sections.setCurrentIndex(2)
        self.shot(window, "2c-dossier-bouton-amenagement")
        file.findChild(QPushButton, "accommodationButton").click()
        dialog = file.active_dialog
        ui = dialog.ui
        ui.kindCombo.setCurrentIndex(ui.kindCombo.findData("extra_time"))
        ui.detailEdit.setText("Un tiers temps sur toutes les épreuves écrites")
        ui.separateRoomCheck.setChecked(True)
        self.shot(dialog, "2d-amenagement")
        ui.saveButton.click()
        wait_until(lambda: idle() and "Aménagement enregistré" in file.ui.messageBanner.text(), what="saved")
        wait_until(idle, what="reload")
        settle(500)
        self.shot(window, "2e-dossier-amenagement-enregistre")
        self.close_window(window)


def main(argv=None) -> int:
    return tour_support.main(Tour, __doc__, argv)


if __name__ == "__main__":
    import multiprocessing

    multiprocessing.freeze_support()
    sys.exit(main())
