"""Supporting documents received: the candidatures still missing a piece, one tick per piece."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHeaderView, QWidget

from cyclades_desktop.domain import queries, supporting
from cyclades_desktop.gui import resources
from cyclades_desktop.gui.admin.common import (
    EXAMS,
    SESSIONS,
    SUPPORTING,
    AdminPage,
    KeysetModel,
    fill_combo,
    session_choices,
    setup_table,
)
from cyclades_desktop.gui.forms.ui_admin_supporting import Ui_AdminSupporting
from cyclades_desktop.gui.operations import Change, CollectionOp, QueryOp
from cyclades_desktop.gui.qtcompat import emit

FIRST_PIECE_COLUMN = 2


class MissingModel(KeysetModel):
    """N°, candidate, one check column per piece the exam asks for, then what is still missing."""

    toggle_requested = Signal(int, int, bool)  # inscription id, piece type id, received?

    def __init__(self, parent=None):
        super().__init__((), lambda r: (), page_size=200, label="", parent=parent)
        self.types: list[queries.DocumentTypeInfo] = []

    def set_types(self, types: list, headers: tuple) -> None:
        self.types = list(types)
        self.set_headers(headers)

    def _piece(self, column: int) -> queries.DocumentTypeInfo | None:
        i = column - FIRST_PIECE_COLUMN
        return self.types[i] if 0 <= i < len(self.types) else None

    def flags(self, index):
        flags = super().flags(index)
        if index.isValid() and self._piece(index.column()) is not None:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        row: queries.MissingRow = self.rows[index.row()]
        piece = self._piece(index.column())
        if piece is not None:
            received = piece.id in row.received
            if role == Qt.ItemDataRole.CheckStateRole:
                return Qt.CheckState.Checked if received else Qt.CheckState.Unchecked
            if role == Qt.ItemDataRole.DisplayRole:
                return (
                    self.tr("reçue")
                    if received
                    else (self.tr("manquante") if piece.mandatory else self.tr("facultative"))
                )
            if role == Qt.ItemDataRole.ToolTipRole:
                return piece.label
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if index.column() == 0:
                return row.number
            if index.column() == 1:
                return row.candidate_name
            return " ; ".join(row.missing)
        return None

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:
        piece = self._piece(index.column()) if index.isValid() else None
        if piece is None or role != Qt.ItemDataRole.CheckStateRole:
            return False
        checked = Qt.CheckState(value) == Qt.CheckState.Checked if not isinstance(value, bool) else value
        emit(self.toggle_requested, self.rows[index.row()].inscription_id, piece.id, checked)
        return False  # shown once the service has saved it

    def index_of(self, inscription_id: int) -> int:
        return next((i for i, r in enumerate(self.rows) if r.inscription_id == inscription_id), -1)


class SupportingPage(AdminPage):
    key = "supporting"
    icon_name = "tab-documents"
    watches = (SESSIONS, EXAMS)  # not SUPPORTING: a tick updates its own row in place

    def __init__(self, context, parent: QWidget | None = None):
        super().__init__(context, parent)
        self.ui = Ui_AdminSupporting()
        self.ui.setupUi(self)
        self._setup_header()
        ui = self.ui
        ui.reloadButton.setIcon(resources.icon("reload"))
        ui.countLabel.setProperty("role", "muted")
        self.model = MissingModel(self)
        self.model.label = self.tr("Lecture des pièces manquantes…")
        ui.missingView.setModel(self.model)
        setup_table(ui.missingView)
        self.model.loaded.connect(self._loaded)
        self.model.failed.connect(self.show_failure)
        self.model.toggle_requested.connect(self.set_received)
        self.saving: set[tuple[int, int]] = set()
        ui.sessionCombo.currentIndexChanged.connect(lambda _i: self.session_changed())
        ui.reloadButton.clicked.connect(self.reload)
        self.reload()

    def title(self) -> str:
        return self.tr("Pièces justificatives")

    @property
    def session_id(self) -> int | None:
        return self.ui.sessionCombo.currentData()

    def reload(self) -> None:
        session = self.session
        QueryOp(
            parent=self, op=lambda: queries.exam_sessions(session), success=self._sessions_loaded
        ).failure(self.show_failure).with_label(self.tr("Lecture des sessions…")).run_in_background()

    def _sessions_loaded(self, sessions: list) -> None:
        fill_combo(self.ui.sessionCombo, session_choices(sessions))
        self.session_changed()

    def session_changed(self) -> None:
        sid, session = self.session_id, self.session
        if sid is None:
            self.model.set_types([], ())
            self.model.start(None)
            return
        QueryOp(
            parent=self,
            op=lambda: queries.supporting_document_types(session, sid),
            success=lambda types: self._types_loaded(sid, types),
        ).failure(self.show_failure).with_label(self.tr("Lecture des pièces demandées…")).run_in_background()

    def _types_loaded(self, session_id: int, types: list) -> None:
        if session_id != self.session_id:
            return
        headers = (
            self.tr("N° d'inscription"),
            self.tr("Candidat"),
            *(t.label if t.mandatory else self.tr("%1 (facultative)").replace("%1", t.label) for t in types),
            self.tr("Pièces obligatoires manquantes"),
        )
        self.model.set_types(types, headers)
        header = self.ui.missingView.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.ui.missingView.setColumnWidth(0, 130)
        self.ui.missingView.setColumnWidth(1, 240)
        metrics = self.ui.missingView.horizontalHeader().fontMetrics()
        for i in range(len(types)):  # as wide as the piece's name, within reason (the tooltip has it whole)
            width = metrics.horizontalAdvance(headers[FIRST_PIECE_COLUMN + i]) + 30
            self.ui.missingView.setColumnWidth(FIRST_PIECE_COLUMN + i, max(140, min(width, 200)))
        session, sid = self.session, session_id
        if not any(t.mandatory for t in types):
            self.model.start(None)
            self.ui.countLabel.setText(self.tr("Cet examen ne demande aucune pièce obligatoire."))
            return
        self.model.start(lambda after, limit: queries.missing_pieces(session, sid, after=after, limit=limit))

    def _loaded(self) -> None:
        n = self.model.rowCount()
        if n == 0:
            text = self.tr(
                "Aucune candidature n'attend de pièce : le dossier de chaque candidat est complet."
            )
        elif self.model.has_more:
            text = self.tr("%1 premières candidatures incomplètes — faites défiler pour la suite.").replace(
                "%1", str(n)
            )
        else:
            text = self.tr("%1 candidature(s) incomplète(s).").replace("%1", str(n))
        self.ui.countLabel.setText(text)

    def set_received(self, inscription_id: int, type_id: int, received: bool) -> None:
        key = (inscription_id, type_id)
        if key in self.saving:
            return
        self.saving.add(key)
        session = self.session
        CollectionOp(
            parent=self,
            op=lambda: supporting.set_received(session, inscription_id, type_id, received),
            success=lambda _r: self._saved(inscription_id, type_id, received),
            change=Change(None, SUPPORTING),
        ).failure(self.show_failure).and_finally(lambda: self.saving.discard(key)).with_label(
            self.tr("Enregistrement de la pièce…")
        ).run_in_background()

    def _saved(self, inscription_id: int, type_id: int, received: bool) -> None:
        i = self.model.index_of(inscription_id)
        if i < 0:
            return
        row: queries.MissingRow = self.model.row(i)
        got = set(row.received) | {type_id} if received else set(row.received) - {type_id}
        missing = tuple(t.label for t in self.model.types if t.mandatory and t.id not in got)
        piece = next(t.label for t in self.model.types if t.id == type_id)
        if missing:
            self.model.replace(i, dataclasses.replace(row, received=frozenset(got), missing=missing))
            text = (
                self.tr("« %1 » reçue pour %2 ; il manque encore : %3.")
                if received
                else self.tr("« %1 » décochée pour %2 ; il manque : %3.")
            )
            self.show_message(
                text.replace("%1", piece)
                .replace("%2", row.candidate_name)
                .replace("%3", " ; ".join(missing)),
                "info",
            )
        else:
            self.model.remove(i)
            self.show_message(
                self.tr("« %1 » reçue : le dossier de %2 (n° %3) est complet.")
                .replace("%1", piece)
                .replace("%2", row.candidate_name)
                .replace("%3", row.number)
            )
        self._loaded()
