"""Lists of a session, on screen page by page and as CSV: candidates, missing pieces, accommodations."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from cyclades_desktop.domain import assignment, exports, queries, roles
from cyclades_desktop.domain.roles import Permission
from cyclades_desktop.gui import formatting, resources
from cyclades_desktop.gui.admin import common
from cyclades_desktop.gui.admin.common import (
    ASSIGNMENT,
    CENTRES,
    SESSIONS,
    SUPPORTING,
    AdminPage,
    KeysetModel,
    fill_combo,
    session_choices,
    setup_table,
)
from cyclades_desktop.gui.forms.ui_admin_lists import Ui_AdminLists
from cyclades_desktop.gui.operations import QueryOp

translate = QCoreApplication.translate


@dataclass(frozen=True)
class ListKind:
    key: str
    label: str
    headers: tuple
    file_stem: str
    uses_centre: bool
    uses_status: bool
    permission: Permission


def kinds() -> tuple[ListKind, ...]:
    return (
        ListKind(
            "candidates",
            translate("ListsPage", "Candidats (par centre et par statut)"),
            exports.CANDIDATE_HEADERS,
            "candidats",
            True,
            True,
            Permission.VIEW_CANDIDATE,
        ),
        ListKind(
            "missing",
            translate("ListsPage", "Pièces justificatives manquantes"),
            exports.MISSING_HEADERS,
            "pieces-manquantes",
            False,
            False,
            Permission.VIEW_CANDIDATE,
        ),
        ListKind(
            "accommodations",
            translate("ListsPage", "Aménagements par centre"),
            exports.ACCOMMODATION_HEADERS,
            "amenagements",
            True,
            False,
            Permission.VIEW_ACCOMMODATIONS,
        ),
    )


def slug(text: str) -> str:
    import unicodedata

    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^A-Za-z0-9]+", "-", plain).strip("-").lower()[:60] or "liste"


class ListsPage(AdminPage):
    key = "lists"
    icon_name = "save"
    watches = (SESSIONS, CENTRES, ASSIGNMENT, SUPPORTING)

    def __init__(self, context, parent: QWidget | None = None):
        super().__init__(context, parent)
        self.ui = Ui_AdminLists()
        self.ui.setupUi(self)
        self._setup_header()
        self.sessions: dict[int, queries.SessionInfo] = {}
        self._exporting = False
        ui = self.ui
        ui.exportButton.setProperty("role", "primary")
        ui.reloadButton.setIcon(resources.icon("reload"))
        ui.countLabel.setProperty("role", "muted")
        for kind in kinds():
            ui.kindCombo.addItem(kind.label, kind.key)
        ui.statusCombo.addItem(self.tr("Tous les statuts"), None)
        for code, label in formatting.status_labels().items():
            ui.statusCombo.addItem(label, code)
        self.model = KeysetModel(
            exports.CANDIDATE_HEADERS,
            lambda r: r,
            page_size=200,
            label=self.tr("Lecture de la liste…"),
            parent=self,
        )
        ui.listView.setModel(self.model)
        setup_table(ui.listView)
        self.model.loaded.connect(self._loaded)
        self.model.failed.connect(self.show_failure)
        ui.kindCombo.currentIndexChanged.connect(lambda _i: self.show_list())
        ui.sessionCombo.currentIndexChanged.connect(lambda _i: self.session_changed())
        ui.centreCombo.currentIndexChanged.connect(lambda _i: self.show_list())
        ui.statusCombo.currentIndexChanged.connect(lambda _i: self.show_list())
        ui.reloadButton.clicked.connect(self.reload)
        ui.exportButton.clicked.connect(self.export)
        self.reload()

    def title(self) -> str:
        return self.tr("Listes et exports")

    @property
    def kind(self) -> ListKind:
        return next(k for k in kinds() if k.key == self.ui.kindCombo.currentData())

    @property
    def session_id(self) -> int | None:
        return self.ui.sessionCombo.currentData()

    def choose(
        self,
        kind: str,
        session_id: int | None = None,
        centre_id: int | None = None,
        status: str | None = None,
    ) -> None:
        """Set the filters at once and show the list (for the tests and the tour)."""
        ui = self.ui
        for combo, value in (
            (ui.kindCombo, kind),
            (ui.sessionCombo, session_id),
            (ui.centreCombo, centre_id),
            (ui.statusCombo, status),
        ):
            combo.blockSignals(True)
            if combo.findData(value) >= 0:
                combo.setCurrentIndex(combo.findData(value))
            combo.blockSignals(False)
        self.show_list()

    # -- reading ---------------------------------------------------------------------------
    def reload(self) -> None:
        session = self.session
        QueryOp(
            parent=self, op=lambda: queries.exam_sessions(session), success=self._sessions_loaded
        ).failure(self.show_failure).with_label(self.tr("Lecture des sessions…")).run_in_background()

    def _sessions_loaded(self, sessions: list) -> None:
        self.sessions = {s.id: s for s in sessions}
        fill_combo(self.ui.sessionCombo, session_choices(sessions))
        self.session_changed()

    def session_changed(self) -> None:
        sid = self.session_id
        if sid is None:
            fill_combo(self.ui.centreCombo, [], self.tr("Tous les centres"))
            self.show_list()
            return
        QueryOp(
            parent=self,
            op=lambda: assignment.loads(sid),
            success=lambda loads: self._centres_loaded(sid, loads),
        ).failure(self.show_failure).with_label(self.tr("Lecture des centres…")).run_in_background()

    def _centres_loaded(self, session_id: int, loads: list) -> None:
        if session_id != self.session_id:
            return
        fill_combo(self.ui.centreCombo, [(c.centre_id, c.name) for c in loads], self.tr("Tous les centres"))
        self.show_list()

    def _fetch(self) -> Callable | None:
        sid, session, kind = self.session_id, self.session, self.kind
        centre, status = self.ui.centreCombo.currentData(), self.ui.statusCombo.currentData()
        if sid is None:
            return None
        if kind.key == "candidates":
            return lambda after, limit: queries.candidate_list(
                session, sid, centre_id=centre, status=status, after=after, limit=limit
            )
        if kind.key == "missing":

            def missing(after, limit):
                page = queries.missing_pieces(session, sid, after=after, limit=limit)
                return queries.Page(
                    tuple((r.number, r.candidate_name, " ; ".join(r.missing)) for r in page.rows),
                    page.next_after,
                )

            return missing
        return lambda after, limit: queries.accommodation_list(
            session, sid, centre_id=centre, after=after, limit=limit
        )

    def show_list(self) -> None:
        ui, kind = self.ui, self.kind
        ui.centreCombo.setEnabled(kind.uses_centre)
        ui.statusCombo.setEnabled(kind.uses_status)
        allowed = self.session.can(kind.permission)
        ui.exportButton.setEnabled(allowed and self.session_id is not None)
        ui.exportButton.setToolTip("" if allowed else roles.why_not(kind.permission))
        self.model.set_headers(kind.headers)
        if not allowed:
            self.model.start(None)
            self.show_message(roles.why_not(kind.permission), "error")
            return
        self.show_message("")
        self.model.start(self._fetch())
        widths = {
            "candidates": (120, 110, 150, 150, 160, 100, 90, 220, 100, 100),
            "missing": (130, 280),
            "accommodations": (220, 120, 130, 240, 280),
        }[kind.key]
        for column, width in enumerate(widths):
            ui.listView.setColumnWidth(column, width)

    def _loaded(self) -> None:
        n = self.model.rowCount()
        if n == 0:
            text = self.tr("Liste vide.")
        elif self.model.has_more:
            text = self.tr(
                "%1 premières lignes affichées — faites défiler pour la suite ; l'export contient "
                "toute la liste."
            ).replace("%1", str(n))
        else:
            text = self.tr("%1 ligne(s).").replace("%1", str(n))
        self.ui.countLabel.setText(text)

    # -- export ----------------------------------------------------------------------------
    def suggested_name(self) -> str:
        info = self.sessions.get(self.session_id)
        parts = [self.kind.file_stem, slug(f"{info.exam_name} {info.label}") if info else ""]
        if self.kind.uses_centre and self.ui.centreCombo.currentData() is not None:
            parts.append(slug(self.ui.centreCombo.currentText()))
        return "-".join(p for p in parts if p) + ".csv"

    def export(self) -> None:
        if self._exporting or self.session_id is None:
            return
        path = common.ask_save_path(self, self.tr("Exporter la liste en CSV"), self.suggested_name())
        if path:
            self.export_to(path)

    def export_to(self, path: str) -> None:
        """Write the whole list with the current filters (UTF-8, « ; », formulas neutralised)."""
        sid, session, kind = self.session_id, self.session, self.kind
        centre, status = self.ui.centreCombo.currentData(), self.ui.statusCombo.currentData()

        def op():
            if kind.key == "candidates":
                rows = exports.candidates(session, sid, centre_id=centre, status=status)
            elif kind.key == "missing":
                rows = exports.missing_pieces(session, sid)
            else:
                rows = exports.accommodations(session, sid, centre_id=centre)
            count = 0

            def counted():
                nonlocal count
                for r in rows:
                    count += 1
                    yield r

            exports.write(path, kind.headers, counted())
            return count

        self._exporting = True
        self.ui.exportButton.setEnabled(False)
        QueryOp(
            parent=self,
            op=op,
            success=lambda n: self.show_message(
                self.tr("%1 ligne(s) exportée(s) dans %2.").replace("%1", str(n)).replace("%2", path)
            ),
        ).failure(self.show_failure).and_finally(self._exported).with_label(
            self.tr("Export CSV…")
        ).run_in_background()

    def _exported(self) -> None:
        self._exporting = False
        self.ui.exportButton.setEnabled(
            self.session_id is not None and self.session.can(self.kind.permission)
        )
