"""Screenshots of the « Gestion » screens on the demo database (docs/screenshots/3x-*.png).

    XDG_DATA_HOME=$(mktemp -d) xvfb-run -a -s "-screen 0 1600x1000x24 -dpi 96" \\
        python -m cyclades_desktop.gui.admin.tour docs/screenshots

Real application, real services, real widgets: the demo database is created on first use (a
fresh XDG_DATA_HOME gives a fresh one, which the tour then changes), the demo manager signs in
and each screen is driven as a user would. A tool for the documentation, never run by the app.
"""

from __future__ import annotations

import datetime as dt
import logging
import sys

from cyclades_desktop.gui import tour_support
from cyclades_desktop.gui.tour_support import closed, idle, settle, wait_until

log = logging.getLogger(__name__)


class Tour(tour_support.Tour):
    def run(self) -> int:
        self.open_demo()
        self.window = window = self.open_window("manager")
        self.menu()
        self.catalogue()
        self.sessions()
        self.centres()
        self.assignment()
        self.supporting()
        self.lists()
        self.staff()
        self.journal()
        window.idle_watcher.stop()
        window.close()
        print(f"{len(self.saved)} captures d'écran dans {self.out}")
        return 0

    def page(self, key: str):
        from cyclades_desktop.gui import admin

        page = admin.open_page(self.window, key)
        wait_until(idle, what=key)
        settle(300)
        return page

    # -- the steps -----------------------------------------------------------------------
    def menu(self) -> None:
        menu = self.window.findChild(type(self.window.ui.menuTools), "menuAdmin")
        self.shot_menu(self.window, menu, "30-menu-gestion", 640)

    def catalogue(self) -> None:
        self.page("academies")
        self.shot(self.window, "31-academies")
        exams = self.page("exams")
        self.shot(self.window, "32-examens")
        exams.ui.specialitiesEdit.setPlainText("\n".join(exams.current.specialities[1:]))  # remove one
        exams.save()
        wait_until(idle, what="refused exam change")
        if exams.ui.errorLabel.text():
            self.shot(self.window, "32-examens-refus")
        exams._show(exams.current)

    def sessions(self) -> None:
        from cyclades_desktop.domain import clock

        page = self.page("sessions")
        self.shot(self.window, "33-sessions")
        dialog = page.new_session()
        year = clock.now().year + 1
        ui = dialog.ui
        ui.examCombo.setCurrentIndex(0)
        ui.yearSpin.setValue(year)
        ui.labelEdit.setText(f"Session de septembre {year}")
        d = dt.datetime
        dialog.set_window("registration", d(year - 1, 12, 1, 8, 0), d(year, 1, 31, 18, 0))
        dialog.set_window("modification", d(year - 1, 12, 1, 8, 0), d(year, 2, 28, 18, 0))
        dialog.set_window(
            "documents", d(year - 1, 11, 15, 8, 0), d(year, 10, 31, 18, 0)
        )  # before registration
        dialog.set_window("results", d(year, 9, 25, 10, 0), d(year + 1, 9, 25, 10, 0))
        settle(300)
        dialog.save_button.click()
        wait_until(lambda: idle() and dialog.ui.errorLabel.text(), what="refused windows")
        self.shot(dialog, "34-session-calendrier-refuse")
        dialog.set_window("documents", d(year - 1, 12, 1, 8, 0), d(year, 10, 31, 18, 0))
        dialog.ui.errorLabel.hide()
        self.shot(dialog, "35-session-nouvelle")
        dialog.save_button.click()
        wait_until(lambda: idle() and closed(dialog), what="session created")
        paper = page.add_paper()
        paper.ui.codeEdit.setText("FRANCAIS")
        paper.ui.nameEdit.setText("Français (écrit)")
        paper.set_start(d(year, 9, 8, 8, 0))
        paper.ui.durationSpin.setValue(240)
        paper.ui.coefficientSpin.setValue(5)
        self.shot(paper, "36-epreuve")
        paper.save_button.click()
        wait_until(lambda: idle() and closed(paper), what="paper")
        second = page.add_paper()
        second.ui.codeEdit.setText("HISTGEO")
        second.ui.nameEdit.setText("Histoire-géographie")
        second.set_start(d(year, 9, 9, 14, 0))
        second.ui.durationSpin.setValue(180)
        second.ui.coefficientSpin.setValue(3)
        second.save_button.click()
        wait_until(lambda: idle() and closed(second), what="paper")
        self.shot(self.window, "37-sessions-session-creee")

    def centres(self) -> None:
        page = self.page("centres")
        dialog = page.new_centre()
        ui = dialog.ui
        ui.academyCombo.setCurrentIndex(max(0, ui.academyCombo.findText("Académie de Nantes")))
        ui.uaiEdit.setText("0442094M")
        ui.nameEdit.setText("Lycée Nelson-Mandela")
        ui.addressEdit.setText("40 boulevard Léon-Bureau")
        ui.cityEdit.setText("Nantes")
        ui.departmentEdit.setText("44")
        ui.capacitySpin.setValue(350)
        self.shot(dialog, "38-centre-nouveau")
        dialog.save_button.click()
        wait_until(lambda: idle() and closed(dialog), what="centre")
        self.shot(self.window, "39-centres")

    def busiest_session(self, page, unassigned: bool = False) -> int:
        """Choose, in `page.ui.sessionCombo`, the session with the most (unassigned) candidatures."""
        import peewee as pw

        from cyclades_desktop.gui.startup import wait_for
        from cyclades_desktop.store.models import Inscription

        counts = dict(
            wait_for(
                lambda: list(
                    Inscription.select(Inscription.session, pw.fn.COUNT(Inscription.id))
                    .where(
                        (Inscription.status == "registered")
                        & (Inscription.centre.is_null() if unassigned else True)
                    )
                    .group_by(Inscription.session)
                    .tuples()
                )
            )
        )
        combo = page.ui.sessionCombo
        best = max(range(combo.count()), key=lambda i: counts.get(combo.itemData(i), 0))
        combo.setCurrentIndex(best)
        wait_until(idle, what="session")
        return combo.itemData(best)

    def assignment(self) -> None:
        page = self.page("assignment")
        self.busiest_session(page, unassigned=True)
        page.ui.autoButton.click()
        wait_until(
            lambda: idle() and "affecté" in page.ui.messageLabel.text(), timeout=300, what="assignment"
        )
        page.ui.candidaturesView.selectRow(2)
        self.shot(self.window, "3a-affectation")

    def supporting(self) -> None:
        page = self.page("supporting")
        self.session_id = self.busiest_session(page)
        self.shot(self.window, "3b-pieces-manquantes")
        model = page.model
        from PySide6.QtCore import Qt

        for column in range(2, 2 + len(model.types)):
            piece = model.types[column - 2]
            if piece.mandatory and model.rowCount() and piece.id not in model.row(0).received:
                model.setData(
                    model.index(0, column), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole
                )
                wait_until(idle, what="tick")
                break
        self.shot(self.window, "3c-piece-cochee")

    def lists(self) -> None:
        page = self.page("lists")
        page.choose("candidates", self.session_id)
        wait_until(idle, what="list")
        self.shot(self.window, "3d-liste-candidats")
        page.choose("accommodations", self.session_id)
        wait_until(idle, what="accommodations")
        page.export_to(str(self.scratch / "amenagements.csv"))
        wait_until(lambda: idle() and "exportée" in page.ui.messageLabel.text(), what="export")
        self.shot(self.window, "3e-liste-amenagements-csv")

    def staff(self) -> None:
        page = self.page("staff")
        dialog = page.new_member()
        ui = dialog.ui
        ui.loginEdit.setText("sbernard")
        ui.fullNameEdit.setText("Sophie Bernard")
        ui.roleCombo.setCurrentIndex(ui.roleCombo.findData("agent"))
        ui.passwordEdit.setText("provisoire-2027-sb")
        ui.confirmEdit.setText("provisoire-2027-sB")
        dialog.save_button.click()
        wait_until(lambda: idle() and ui.errorLabel.text(), what="passwords differ")
        self.shot(dialog, "3f-personnel-nouveau-compte")
        ui.passwordEdit.setText("provisoire-2027-sb")
        ui.confirmEdit.setText("provisoire-2027-sb")
        dialog.save_button.click()
        wait_until(lambda: idle() and closed(dialog), what="staff created")
        page.select_login(self.window.session.login)
        page.ui.toggleActiveButton.click()
        wait_until(lambda: idle() and "dernier" in page.ui.messageLabel.text(), what="last manager")
        self.shot(self.window, "3g-personnel-dernier-gestionnaire")

    def journal(self) -> None:
        page = self.page("journal")
        page.ui.actionCombo.setCurrentIndex(page.ui.actionCombo.findData("inscription.withdrawn"))
        page.apply()
        wait_until(idle, what="journal")
        self.shot(self.window, "3h-journal-filtre")
        page.clear()
        wait_until(idle, what="journal")
        page.verify()
        wait_until(lambda: idle() and "Journal" in page.ui.messageLabel.text(), timeout=300, what="verify")
        self.shot(self.window, "3i-journal-integrite")


def main(argv=None) -> int:
    return tour_support.main(Tour, __doc__, argv)


if __name__ == "__main__":
    import multiprocessing

    multiprocessing.freeze_support()
    sys.exit(main())
