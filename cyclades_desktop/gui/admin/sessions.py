"""Sessions with their four service windows, and their papers.

The windows are typed in local time and stored in UTC; the service checks them as a whole
(each closes after it opens, modification and documents not before registration, results not
before registration closes nor before documents) and refuses a change that would strand
inscriptions already made: its French sentence is shown in the dialog and nothing is saved.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QDialog, QHeaderView, QWidget

from cyclades_desktop.domain import catalogue, clock, queries
from cyclades_desktop.domain.sessions import WINDOW_LABELS
from cyclades_desktop.gui import feedback, resources
from cyclades_desktop.gui.admin.common import (
    ACADEMIES,
    EXAMS,
    SESSIONS,
    AdminPage,
    FormDialog,
    fill_table,
    local_text,
    mark_invalid,
    naive_from_qdatetime,
    plain_spin,
    qdatetime_from_naive,
    qdatetime_from_utc,
    select_id,
    selected_id,
    set_error,
    setup_table,
    utc_from_qdatetime,
)
from cyclades_desktop.gui.forms.ui_admin_paperdialog import Ui_PaperDialog
from cyclades_desktop.gui.forms.ui_admin_sessiondialog import Ui_SessionDialog
from cyclades_desktop.gui.forms.ui_admin_sessions import Ui_AdminSessions
from cyclades_desktop.gui.operations import Change, CollectionOp, QueryOp
from cyclades_desktop.gui.qtcompat import emit
from cyclades_desktop.store.models import WINDOW_KINDS

translate = QCoreApplication.translate


def short_day(value: dt.datetime) -> str:
    """« 26/10/27 », the local day of a naive UTC datetime."""
    return qdatetime_from_utc(value).toString("dd/MM/yy")


def window_state(windows: dict, now: dt.datetime) -> str:
    """What the candidate space offers right now, in a few words."""
    open_now = [
        WINDOW_LABELS[k] for k in WINDOW_KINDS if k in windows and windows[k][0] <= now < windows[k][1]
    ]
    if open_now:
        return translate("admin", "Ouverts : %1").replace("%1", ", ".join(open_now))
    if windows and all(closes <= now for _opens, closes in windows.values()):
        return translate("admin", "Session terminée")
    upcoming = [(opens, k) for k, (opens, _c) in windows.items() if opens > now]
    if upcoming:
        opens, kind = min(upcoming)
        return (
            translate("admin", "%1 dès le %2")
            .replace("%1", WINDOW_LABELS[kind].capitalize())
            .replace("%2", local_text(opens)[:10])
        )
    return translate("admin", "Aucun service ouvert")


class SessionDialog(FormDialog):
    """A new session with its windows, or new windows for an existing session."""

    saved = Signal(int, str)  # session id, what to tell the user

    def __init__(
        self,
        context,
        exams: list,
        academies: list,
        session_info: queries.SessionInfo | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.ui = Ui_SessionDialog()
        self.ui.setupUi(self)
        self.context = context
        self.info = session_info
        self._setup_common("tab-inscriptions")
        ui = self.ui
        ui.rulesLabel.setProperty("role", "muted")
        plain_spin(ui.yearSpin)
        for exam in exams:
            ui.examCombo.addItem(exam.name, exam.id)
        for academy in academies:
            ui.academyCombo.addItem(academy.name, academy.id)
        self.rows = {
            kind: (getattr(ui, f"{kind}Check"), getattr(ui, f"{kind}Opens"), getattr(ui, f"{kind}Closes"))
            for kind in WINDOW_KINDS
        }
        self.editors = {"label": ui.labelEdit}
        now = clock.now()
        year = now.year + 1
        ui.yearSpin.setValue(year)
        defaults = {  # a plausible calendar to start from, in local time
            "registration": (dt.datetime(now.year, 11, 1, 8, 0), dt.datetime(now.year, 12, 15, 23, 59)),
            "modification": (dt.datetime(now.year, 11, 1, 8, 0), dt.datetime(year, 1, 31, 23, 59)),
            "documents": (dt.datetime(now.year, 11, 1, 8, 0), dt.datetime(year, 9, 30, 23, 59)),
            "results": (dt.datetime(year, 7, 4, 10, 0), dt.datetime(year, 12, 31, 23, 59)),
        }
        for kind, (check, opens, closes) in self.rows.items():
            check.toggled.connect(lambda on, o=opens, c=closes: (o.setEnabled(on), c.setEnabled(on)))
            for edit in (opens, closes):
                edit.dateTimeChanged.connect(lambda _v, e=edit: mark_invalid(e, False))
            opens.setDateTime(qdatetime_from_naive(defaults[kind][0]))
            closes.setDateTime(qdatetime_from_naive(defaults[kind][1]))
            check.setChecked(kind in ("registration", "documents"))
            opens.setEnabled(check.isChecked())
            closes.setEnabled(check.isChecked())
        reg_check = self.rows["registration"][0]
        reg_check.setEnabled(False)  # a session always has a registration window
        reg_check.setToolTip(self.tr("Une session a toujours un service d'inscription."))
        if session_info is None:
            self.setWindowTitle(self.tr("Nouvelle session"))
            ui.titleLabel.setText(self.tr("Nouvelle session"))
            ui.labelEdit.setText(self.tr("Session %1").replace("%1", str(year)))
            ui.yearSpin.valueChanged.connect(self._year_changed)
        else:
            self.setWindowTitle(self.tr("Calendrier de la session"))
            ui.titleLabel.setText(self.tr("Calendrier : %1").replace("%1", session_info.title))
            ui.examCombo.setCurrentIndex(max(0, ui.examCombo.findData(session_info.exam_id)))
            ui.academyCombo.setCurrentIndex(max(0, ui.academyCombo.findData(session_info.academy_id)))
            ui.labelEdit.setText(session_info.label)
            ui.yearSpin.setValue(session_info.year)
            for w in (ui.examCombo, ui.academyCombo, ui.labelEdit, ui.yearSpin):
                w.setEnabled(False)
            for kind, (check, opens, closes) in self.rows.items():
                existing = session_info.windows.get(kind)
                check.setChecked(existing is not None)
                if existing is not None:
                    opens.setDateTime(qdatetime_from_utc(existing[0]))
                    closes.setDateTime(qdatetime_from_utc(existing[1]))
                    check.setEnabled(False)  # a window is changed, never removed
                    check.setToolTip(self.tr("Un service déjà défini peut être déplacé, pas supprimé."))
        ui.labelEdit.setFocus()

    def _year_changed(self, year: int) -> None:
        text = self.ui.labelEdit.text()
        if text.startswith(self.tr("Session ")) and text[8:].isdigit():
            self.ui.labelEdit.setText(self.tr("Session %1").replace("%1", str(year)))

    def set_window(self, kind: str, opens: dt.datetime | None, closes: dt.datetime | None = None) -> None:
        """Tick (or untick, with None) a window and set its local dates (for the tests and the tour)."""
        check, opens_edit, closes_edit = self.rows[kind]
        check.setChecked(opens is not None)
        if opens is not None:
            opens_edit.setDateTime(qdatetime_from_naive(opens))
            closes_edit.setDateTime(qdatetime_from_naive(closes))

    def windows(self) -> dict:
        """The ticked windows, in naive UTC as the service wants them."""
        out = {}
        for kind, (check, opens, closes) in self.rows.items():
            if check.isChecked():
                out[kind] = (utc_from_qdatetime(opens.dateTime()), utc_from_qdatetime(closes.dateTime()))
        return out

    def submit(self) -> None:
        session, windows = self.context.session, self.windows()
        if self.info is None:
            exam_id, academy_id = self.ui.examCombo.currentData(), self.ui.academyCombo.currentData()
            label, year = self.ui.labelEdit.text(), self.ui.yearSpin.value()
            if exam_id is None or academy_id is None:
                set_error(self.ui.errorLabel, self.tr("Créez d'abord l'examen et l'académie de la session."))
                return
            self._run(
                lambda: catalogue.create_session(session, exam_id, academy_id, label, year, windows),
                lambda sid: self._done(
                    sid,
                    self.tr("Session « %1 » créée : l'espace candidat suivra son calendrier.").replace(
                        "%1", label.strip()
                    ),
                ),
                SESSIONS,
                self.tr("Création de la session…"),
            )
        else:
            sid = self.info.id
            self._run(
                lambda: catalogue.set_windows(session, sid, windows),
                lambda _r: self._done(
                    sid, self.tr("Calendrier de « %1 » enregistré.").replace("%1", self.info.title)
                ),
                SESSIONS,
                self.tr("Enregistrement du calendrier…"),
            )

    def _failed(self, exc: Exception) -> None:
        super()._failed(exc)
        text = str(exc)
        for kind, (check, opens, closes) in self.rows.items():  # point at the window the message names
            if check.isChecked() and f"service des {WINDOW_LABELS[kind]}" in text:
                mark_invalid(closes if "fermer" in text else opens)

    def _done(self, session_id: int, text: str) -> None:
        self._busy = False
        emit(self.saved, session_id, text)
        self.accept()


class PaperDialog(FormDialog):
    saved = Signal(int, str)

    def __init__(
        self,
        context,
        session_info: queries.SessionInfo,
        paper: queries.PaperInfo | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.ui = Ui_PaperDialog()
        self.ui.setupUi(self)
        self.context = context
        self.info = session_info
        self.paper = paper
        self._setup_common("edit")
        ui = self.ui
        ui.hintLabel.setProperty("role", "muted")
        plain_spin(ui.durationSpin)
        self.editors = {
            "code": ui.codeEdit,
            "name": ui.nameEdit,
            "starts_at": ui.startsEdit,
            "duration_minutes": ui.durationSpin,
            "coefficient": ui.coefficientSpin,
        }
        ui.hintLabel.setText(
            self.tr(
                "%1.\nL'heure est celle du centre d'examen : elle est imprimée telle quelle sur "
                "les convocations ; le centre et la salle viennent de l'affectation de chaque "
                "candidat."
            ).replace("%1", session_info.title)
        )
        if paper is None:
            self.setWindowTitle(self.tr("Nouvelle épreuve"))
            ui.titleLabel.setText(self.tr("Nouvelle épreuve"))
            ui.startsEdit.setDateTime(qdatetime_from_naive(dt.datetime(session_info.year, 6, 15, 8, 0)))
        else:
            self.setWindowTitle(self.tr("Modifier l'épreuve"))
            ui.titleLabel.setText(self.tr("Épreuve %1").replace("%1", paper.code))
            ui.codeEdit.setText(paper.code)
            ui.nameEdit.setText(paper.name)
            ui.startsEdit.setDateTime(qdatetime_from_naive(paper.starts_at))
            ui.durationSpin.setValue(paper.duration_minutes)
            ui.coefficientSpin.setValue(paper.coefficient)
        ui.codeEdit.setFocus()

    def set_start(self, value: dt.datetime) -> None:
        self.ui.startsEdit.setDateTime(qdatetime_from_naive(value))

    def submit(self) -> None:
        ui, session = self.ui, self.context.session
        values = {
            "code": ui.codeEdit.text(),
            "name": ui.nameEdit.text(),
            "starts_at": naive_from_qdatetime(ui.startsEdit.dateTime()),
            "duration_minutes": ui.durationSpin.value(),
            "coefficient": ui.coefficientSpin.value(),
        }
        text = self.tr("Épreuve « %1 » enregistrée.").replace("%1", values["name"].strip())
        if self.paper is None:
            sid = self.info.id
            self._run(
                lambda: catalogue.add_paper(session, sid, **values),
                lambda pid: self._done(pid, text),
                SESSIONS,
                self.tr("Enregistrement de l'épreuve…"),
            )
        else:
            paper = self.paper
            self._run(
                lambda: catalogue.update_paper(session, paper.id, paper.version, **values),
                lambda _r: self._done(paper.id, text),
                SESSIONS,
                self.tr("Enregistrement de l'épreuve…"),
            )

    def _done(self, paper_id: int, text: str) -> None:
        self._busy = False
        emit(self.saved, paper_id, text)
        self.accept()


class SessionsPage(AdminPage):
    key = "sessions"
    icon_name = "tab-inscriptions"
    watches = (SESSIONS, EXAMS, ACADEMIES)

    def __init__(self, context, parent: QWidget | None = None):
        super().__init__(context, parent)
        self.ui = Ui_AdminSessions()
        self.ui.setupUi(self)
        self._setup_header()
        self.sessions: dict[int, queries.SessionInfo] = {}
        self.papers: dict[int, queries.PaperInfo] = {}
        self.exams: list = []
        self.academies: list = []
        self.active_dialog: QDialog | None = None
        self._wanted: int | None = None
        ui = self.ui
        ui.papersHint.setProperty("role", "muted")
        ui.editWindowsButton.setIcon(resources.icon("edit"))
        ui.addPaperButton.setIcon(resources.icon("document"))
        ui.editPaperButton.setIcon(resources.icon("edit"))
        ui.deletePaperButton.setIcon(resources.icon("withdraw"))
        ui.reloadButton.setIcon(resources.icon("reload"))
        ui.newSessionButton.setProperty("role", "primary")
        setup_table(ui.sessionsTable, (200, 125, 160, 205))
        setup_table(ui.papersTable, (110, 320, 100, 70, 80))
        ui.papersTable.horizontalHeader().setStretchLastSection(False)
        ui.papersTable.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        ui.splitter.setSizes([420, 260])
        ui.sessionsTable.itemSelectionChanged.connect(self._session_selected)
        ui.sessionsTable.itemDoubleClicked.connect(lambda _i: self.edit_windows())
        ui.papersTable.itemSelectionChanged.connect(self._update_buttons)
        ui.papersTable.itemDoubleClicked.connect(lambda _i: self.edit_paper())
        ui.newSessionButton.clicked.connect(self.new_session)
        ui.editWindowsButton.clicked.connect(self.edit_windows)
        ui.addPaperButton.clicked.connect(self.add_paper)
        ui.editPaperButton.clicked.connect(self.edit_paper)
        ui.deletePaperButton.clicked.connect(self.delete_paper)
        ui.reloadButton.clicked.connect(self.reload)
        self._update_buttons()
        self.reload()

    def title(self) -> str:
        return self.tr("Sessions")

    # -- reading ---------------------------------------------------------------------------
    def reload(self) -> None:
        session = self.session

        def op():
            return queries.exam_sessions(session), queries.exams(session), queries.academies(session)

        QueryOp(parent=self, op=op, success=self._loaded).failure(self.show_failure).with_label(
            self.tr("Lecture des sessions…")
        ).run_in_background()

    def _loaded(self, result) -> None:
        sessions, self.exams, self.academies = result
        self.sessions = {s.id: s for s in sessions}
        now = clock.now()

        def span(s, kind):
            w = s.windows.get(kind)
            return f"{short_day(w[0])} → {short_day(w[1])}" if w else "—"

        table = self.ui.sessionsTable
        wanted = self._wanted or selected_id(table)
        self._wanted = None
        table.blockSignals(True)
        fill_table(
            table,
            [
                (
                    s.exam_name,
                    s.label,
                    s.academy_name,
                    window_state(s.windows, now),
                    *(span(s, k) for k in WINDOW_KINDS),
                )
                for s in sessions
            ],
            [s.id for s in sessions],
        )
        states = [window_state(s.windows, now) for s in sessions]
        for r, s in enumerate(sessions):  # the hours in the tooltip
            for c, kind in enumerate(WINDOW_KINDS, start=4):
                w = s.windows.get(kind)
                if w:
                    table.item(r, c).setToolTip(
                        self.tr("Du %1 au %2 (heure locale)")
                        .replace("%1", local_text(w[0]))
                        .replace("%2", local_text(w[1]))
                    )
            table.item(r, 0).setToolTip(s.exam_name)
            table.item(r, 3).setToolTip(states[r])
            table.item(r, 1).setToolTip(s.label)
        for column in range(4, 8):  # the spans are all alike: exactly as wide as they need
            table.resizeColumnToContents(column)
        table.blockSignals(False)
        if wanted in self.sessions:
            select_id(table, wanted)
        elif sessions and selected_id(table) is None:
            table.selectRow(0)
        self._session_selected()

    def current_session(self) -> queries.SessionInfo | None:
        return self.sessions.get(selected_id(self.ui.sessionsTable))

    def _session_selected(self) -> None:
        info = self.current_session()
        self.ui.papersBox.setTitle(
            self.tr("Épreuves — %1").replace("%1", info.title) if info else self.tr("Épreuves de la session")
        )
        self._update_buttons()
        if info is None:
            self.papers = {}
            self.ui.papersTable.setRowCount(0)
            return
        session, sid = self.session, info.id
        QueryOp(
            parent=self,
            op=lambda: queries.papers(session, sid),
            success=lambda p: self._papers_loaded(sid, p),
        ).failure(self.show_failure).with_label(self.tr("Lecture des épreuves…")).run_in_background()

    def _papers_loaded(self, session_id: int, papers: list) -> None:
        info = self.current_session()
        if info is None or info.id != session_id:
            return
        self.papers = {p.id: p for p in papers}
        fill_table(
            self.ui.papersTable,
            [
                (
                    p.code,
                    p.name,
                    p.starts_at.strftime("%d/%m/%Y"),
                    p.starts_at.strftime("%H:%M"),
                    f"{p.duration_minutes // 60} h {p.duration_minutes % 60:02d}",
                    f"{p.coefficient:g}".replace(".", ","),
                )
                for p in papers
            ],
            [p.id for p in papers],
            numeric=(5,),
        )
        self._update_buttons()

    def _update_buttons(self) -> None:
        ui = self.ui
        has_session = self.current_session() is not None
        ui.editWindowsButton.setEnabled(has_session)
        ui.addPaperButton.setEnabled(has_session)
        ui.editPaperButton.setEnabled(has_session and selected_id(ui.papersTable) in self.papers)
        ui.deletePaperButton.setEnabled(ui.editPaperButton.isEnabled())
        no_session = self.tr("Choisissez d'abord une session dans la liste.")
        ui.editWindowsButton.setToolTip("" if has_session else no_session)
        ui.addPaperButton.setToolTip("" if has_session else no_session)

    # -- dialogs ---------------------------------------------------------------------------
    def _open(self, dialog) -> QDialog:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        if isinstance(dialog, SessionDialog):  # select the session once the list is read again
            dialog.saved.connect(lambda sid, _text: setattr(self, "_wanted", sid))
        dialog.saved.connect(lambda _id, text: self.show_message(text))
        dialog.finished.connect(lambda _r: setattr(self, "active_dialog", None))
        self.active_dialog = dialog
        dialog.open()
        return dialog

    def new_session(self) -> QDialog:
        return self._open(SessionDialog(self.context, self.exams, self.academies, None, self))

    def edit_windows(self) -> QDialog | None:
        info = self.current_session()
        if info is None:
            return None
        return self._open(SessionDialog(self.context, self.exams, self.academies, info, self))

    def add_paper(self) -> QDialog | None:
        info = self.current_session()
        if info is None:
            return None
        return self._open(PaperDialog(self.context, info, None, self))

    def edit_paper(self) -> QDialog | None:
        info, paper = self.current_session(), self.papers.get(selected_id(self.ui.papersTable))
        if info is None or paper is None:
            return None
        return self._open(PaperDialog(self.context, info, paper, self))

    def delete_paper(self):
        """Ask, then remove the épreuve; the service refuses once a mark is recorded for it."""
        info, paper = self.current_session(), self.papers.get(selected_id(self.ui.papersTable))
        if info is None or paper is None:
            return None
        session = self.session

        def delete():
            CollectionOp(
                parent=self,
                op=lambda: catalogue.delete_paper(session, paper.id, paper.version),
                success=lambda _r: self._paper_deleted(paper),
                change=Change(None, SESSIONS),
            ).failure(self.show_failure).with_label(self.tr("Suppression de l'épreuve…")).run_in_background()

        self.active_dialog = feedback.ask(
            self,
            self.tr("Supprimer une épreuve"),
            self.tr("Supprimer l'épreuve %1 — %2 de la session ?")
            .replace("%1", paper.code)
            .replace("%2", paper.name),
            self.tr(
                "Pour une épreuve ajoutée par erreur : une épreuve dont des notes sont saisies ne peut plus être "
                "supprimée. Les convocations déjà publiées la mentionnent encore : publiez-les à nouveau "
                "(menu Documents), chaque candidat en est prévenu par e-mail."
            ),
            self.tr("&Supprimer l'épreuve"),
            delete,
        )
        return self.active_dialog

    def _paper_deleted(self, paper) -> None:
        self.show_message(
            self.tr(
                "Épreuve %1 supprimée. Publiez à nouveau les convocations déjà publiées de la session."
            ).replace("%1", paper.code)
        )
        self._session_selected()
