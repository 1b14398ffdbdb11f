"""Centre assignment of a session: loads per centre, automatic assignment, one candidature by hand."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QComboBox, QHeaderView, QWidget

from cyclades_desktop.domain import assignment, queries
from cyclades_desktop.gui import resources
from cyclades_desktop.gui.admin.common import (
    ASSIGNMENT,
    CENTRES,
    SESSIONS,
    AdminPage,
    KeysetModel,
    fill_combo,
    fill_table,
    session_choices,
    setup_table,
)
from cyclades_desktop.gui.forms.ui_admin_assignment import Ui_AdminAssignment
from cyclades_desktop.gui.operations import Change, CollectionOp, QueryOp

SEARCH_DELAY_MS = 300


class AssignmentPage(AdminPage):
    key = "assignment"
    icon_name = "candidate"
    watches = (ASSIGNMENT, CENTRES, SESSIONS)

    def __init__(self, context, parent: QWidget | None = None):
        super().__init__(context, parent)
        self.ui = Ui_AdminAssignment()
        self.ui.setupUi(self)
        self._setup_header()
        self.loads: list[assignment.CentreLoad] = []
        self._busy = False
        ui = self.ui
        ui.autoButton.setProperty("role", "primary")
        ui.reloadButton.setIcon(resources.icon("reload"))
        ui.totalsLabel.setProperty("role", "muted")
        ui.countLabel.setProperty("role", "muted")
        setup_table(ui.loadsTable, (300, 100, 180, 90, 90, 100))
        ui.loadsTable.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        ui.centreCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.model = KeysetModel(
            (
                self.tr("N° d'inscription"),
                self.tr("Candidat"),
                self.tr("Code postal"),
                self.tr("Centre"),
                self.tr("Salle"),
            ),
            lambda r: (
                r.number,
                r.candidate_name,
                r.postcode,
                r.centre_name or self.tr("(non affectée)"),
                r.room,
            ),
            page_size=100,
            label=self.tr("Lecture des candidatures…"),
            parent=self,
        )
        ui.candidaturesView.setModel(self.model)
        setup_table(ui.candidaturesView, (130, 280, 100, 280))
        self.model.loaded.connect(self._candidatures_loaded)
        self.model.failed.connect(self.show_failure)
        ui.splitter.setSizes([330, 380])
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DELAY_MS)
        self._debounce.timeout.connect(self.search)
        ui.searchEdit.textChanged.connect(lambda _t: self._debounce.start())
        ui.searchEdit.returnPressed.connect(self.search)
        ui.unassignedCheck.toggled.connect(lambda _on: self.search())
        ui.sessionCombo.currentIndexChanged.connect(lambda _i: self.session_changed())
        ui.reloadButton.clicked.connect(self.reload)
        ui.autoButton.clicked.connect(self.assign_automatically)
        ui.assignButton.clicked.connect(self.assign_selected)
        ui.candidaturesView.selectionModel().currentRowChanged.connect(lambda *_: self._selection_changed())
        self._update_buttons()
        self.reload()

    def title(self) -> str:
        return self.tr("Affectation")

    @property
    def session_id(self) -> int | None:
        return self.ui.sessionCombo.currentData()

    # -- reading ---------------------------------------------------------------------------
    def reload(self) -> None:
        session = self.session
        QueryOp(
            parent=self, op=lambda: queries.exam_sessions(session), success=self._sessions_loaded
        ).failure(self.show_failure).with_label(self.tr("Lecture des sessions…")).run_in_background()

    def _sessions_loaded(self, sessions: list) -> None:
        fill_combo(self.ui.sessionCombo, session_choices(sessions))
        self.session_changed()

    def session_changed(self) -> None:
        self.read_loads()
        self.search()

    def read_loads(self) -> None:
        sid = self.session_id
        if sid is None:
            self.loads = []
            self.ui.loadsTable.setRowCount(0)
            self._update_buttons()
            return
        QueryOp(
            parent=self,
            op=lambda: assignment.loads(sid),
            success=lambda loads: self._loads_loaded(sid, loads),
        ).failure(self.show_failure).with_label(self.tr("Lecture des centres…")).run_in_background()

    def _loads_loaded(self, session_id: int, loads: list) -> None:
        if session_id != self.session_id:
            return
        self.loads = loads
        fill_table(
            self.ui.loadsTable,
            [(c.name, c.uai, c.city, c.capacity, c.assigned, c.free) for c in loads],
            [c.centre_id for c in loads],
            numeric=(3, 4, 5),
        )
        capacity, assigned = sum(c.capacity for c in loads), sum(c.assigned for c in loads)
        self.ui.totalsLabel.setText(
            self.tr("%1 centre(s) : %2 places, %3 candidat(s) affecté(s), %4 place(s) libre(s).")
            .replace("%1", str(len(loads)))
            .replace("%2", str(capacity))
            .replace("%3", str(assigned))
            .replace("%4", str(capacity - assigned))
            if loads
            else self.tr(
                "Aucun centre dans l'académie de cette session : créez-en un (Gestion › Centres d'examen)."
            )
        )
        current = self.ui.centreCombo.currentData()
        self.ui.centreCombo.clear()
        for c in loads:
            self.ui.centreCombo.addItem(
                self.tr("%1 — %2 place(s) libre(s)").replace("%1", c.name).replace("%2", str(c.free)),
                c.centre_id,
            )
        if current is not None and self.ui.centreCombo.findData(current) >= 0:
            self.ui.centreCombo.setCurrentIndex(self.ui.centreCombo.findData(current))
        self._update_buttons()

    def search(self) -> None:
        self._debounce.stop()
        sid, session = self.session_id, self.session
        if sid is None:
            self.model.start(None)
            return
        text, unassigned = self.ui.searchEdit.text(), self.ui.unassignedCheck.isChecked()
        self.model.start(
            lambda after, limit: queries.candidatures(
                session, sid, text, unassigned_only=unassigned, after=after, limit=limit
            )
        )

    def _candidatures_loaded(self) -> None:
        n = self.model.rowCount()
        if n == 0:
            text = self.tr("Aucune candidature ne correspond.")
        elif self.model.has_more:
            text = self.tr("%1 premières candidatures — faites défiler pour la suite.").replace("%1", str(n))
        else:
            text = self.tr("%1 candidature(s).").replace("%1", str(n))
        self.ui.countLabel.setText(text)
        self._update_buttons()

    def selected_candidature(self) -> queries.CandidatureRow | None:
        index = self.ui.candidaturesView.currentIndex()
        return self.model.row(index.row()) if index.isValid() else None

    def _selection_changed(self) -> None:
        row = self.selected_candidature()
        if row is not None:
            if row.centre_id is not None and self.ui.centreCombo.findData(row.centre_id) >= 0:
                self.ui.centreCombo.setCurrentIndex(self.ui.centreCombo.findData(row.centre_id))
            self.ui.roomEdit.setText(row.room)
        self._update_buttons()

    def _update_buttons(self) -> None:
        ui = self.ui
        has_session = self.session_id is not None
        ui.autoButton.setEnabled(has_session and bool(self.loads) and not self._busy)
        ui.autoButton.setToolTip(
            self.tr("Choisissez une session qui a des centres.")
            if not (has_session and self.loads)
            else self.tr("Affecter tous les candidats inscrits non encore affectés")
        )
        chosen = self.selected_candidature() is not None
        ui.assignButton.setEnabled(chosen and bool(self.loads) and not self._busy)
        ui.assignButton.setToolTip(
            "" if chosen else self.tr("Choisissez d'abord une candidature dans la liste.")
        )

    # -- changing --------------------------------------------------------------------------
    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self._update_buttons()

    def assign_automatically(self) -> None:
        sid, session = self.session_id, self.session
        if sid is None or self._busy:
            return
        self._set_busy(True)
        self.show_message(self.tr("Affectation en cours…"), "info")
        CollectionOp(
            parent=self,
            op=lambda: assignment.assign_automatically(session, sid),
            success=self._assigned,
            change=Change(None, ASSIGNMENT),
        ).failure(self.show_failure).and_finally(lambda: self._set_busy(False)).with_label(
            self.tr("Affectation automatique des candidats…")
        ).run_in_background()

    def _assigned(self, report: assignment.AssignmentReport) -> None:
        self.show_message(report.summary(), "info" if report.unassigned else "success")

    def assign_selected(self) -> None:
        row, centre_id, session = self.selected_candidature(), self.ui.centreCombo.currentData(), self.session
        if row is None or centre_id is None or self._busy:
            return
        room = self.ui.roomEdit.text()
        centre = self.ui.centreCombo.currentText().split(" — ")[0]
        self._set_busy(True)
        CollectionOp(
            parent=self,
            op=lambda: assignment.assign(session, row.inscription_id, centre_id, room),
            success=lambda _r: self.show_message(
                self.tr("Candidature n° %1 (%2) affectée à %3%4.")
                .replace("%1", row.number)
                .replace("%2", row.candidate_name)
                .replace("%3", centre)
                .replace("%4", self.tr(", %1").replace("%1", room.strip()) if room.strip() else "")
            ),
            change=Change(None, ASSIGNMENT),
        ).failure(self.show_failure).and_finally(lambda: self._set_busy(False)).with_label(
            self.tr("Affectation…")
        ).run_in_background()
