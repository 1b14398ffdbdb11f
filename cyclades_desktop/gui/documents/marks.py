"""« Importer des notes »: a session's CSV of marks and decisions, all or nothing.

The file is read and checked off the GUI thread; when any row is bad, the service imports
nothing and every bad row is listed here with its line number and reason.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt, Signal
from PySide6.QtWidgets import QDialog, QFileDialog, QHeaderView, QTableWidgetItem, QWidget

from cyclades_desktop import errors
from cyclades_desktop.domain import marks, queries
from cyclades_desktop.domain.roles import Permission
from cyclades_desktop.gui import feedback, formatting, resources
from cyclades_desktop.gui.context import AppContext
from cyclades_desktop.gui.documents.batch import number
from cyclades_desktop.gui.forms.ui_marks import Ui_MarksImportDialog
from cyclades_desktop.gui.operations import Change, CollectionOp, QueryOp
from cyclades_desktop.gui.permissions import guard
from cyclades_desktop.gui.qtcompat import emit, repolish

MAX_FILE_BYTES = 200 * 1024 * 1024


@dataclass(frozen=True)
class CsvFile:
    text: str
    encoding: str  # « UTF-8 » or « Windows-1252 »
    lines: int
    size: int


def read_csv(path: str | Path) -> CsvFile:
    """The file as text: UTF-8 (with or without BOM), else Windows-1252 as spreadsheets save it."""
    p = Path(path)
    size = p.stat().st_size
    if size > MAX_FILE_BYTES:
        raise errors.ValidationError(
            f"Le fichier fait {formatting.size_text(size)} : c'est trop pour un fichier de "
            "notes (200 Mo au plus). Vérifiez que c'est le bon fichier."
        )
    raw = p.read_bytes()
    if b"\x00" in raw[:4096]:
        raise errors.ValidationError(
            "Ce fichier n'est pas un fichier texte CSV (est-ce un classeur .xlsx ? "
            "Enregistrez-le au format « CSV UTF-8 »)."
        )
    try:
        text, encoding = raw.decode("utf-8-sig"), "UTF-8"
    except UnicodeDecodeError:
        text, encoding = raw.decode("cp1252", errors="replace"), "Windows-1252"
    lines = text.count("\n") + (0 if text.endswith("\n") or not text else 1)
    return CsvFile(text, encoding, lines, size)


class MarksImportDialog(QDialog):
    imported = Signal(object)  # marks.ImportReport

    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_MarksImportDialog()
        self.ui.setupUi(self)
        self.context = context
        self.session = context.session
        self.path: Path | None = None
        self.report: marks.ImportReport | None = None
        self.problems: list[tuple[int, str]] = []
        self._busy = False
        self.setWindowIcon(resources.icon("folder"))
        self.ui.titleLabel.setProperty("role", "dialog-title")
        self.ui.introLabel.setProperty("role", "muted")
        self.ui.fileInfoLabel.setProperty("role", "muted")
        self.ui.importButton.setProperty("role", "primary")
        self.ui.importButton.setIcon(resources.icon("document"))
        self.ui.browseButton.setIcon(resources.icon("folder"))
        header = self.ui.problemsTable.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.ui.problemsTable.hide()
        self.ui.mainLayout.setStretchFactor(
            self.ui.problemsTable, 1
        )  # the bad lines take the room, not the spacer
        self.ui.resultLabel.hide()
        self.ui.browseButton.clicked.connect(self.browse)
        self.ui.importButton.clicked.connect(self.run_import)
        self.ui.closeButton.clicked.connect(self.reject)
        self.ui.sessionCombo.currentIndexChanged.connect(lambda _i: self._selection_changed())
        self._update_buttons()
        session = self.session
        QueryOp(
            parent=self, op=lambda: queries.filter_options(session).sessions, success=self._show_sessions
        ).with_label(self.tr("Lecture des sessions…")).run_in_background()

    def _show_sessions(self, sessions) -> None:
        combo = self.ui.sessionCombo
        combo.blockSignals(True)
        combo.clear()
        for choice in sessions:
            combo.addItem(choice.label, choice.id)
        combo.blockSignals(False)
        self._update_buttons()

    def select_session(self, session_id: int) -> None:
        index = self.ui.sessionCombo.findData(session_id)
        if index >= 0:
            self.ui.sessionCombo.setCurrentIndex(index)

    def _selection_changed(self) -> None:
        self._show_result("", "info")
        self._show_problems([])
        self._update_buttons()

    def _update_buttons(self) -> None:
        reason = ""
        if self._busy:
            reason = self.tr("Import en cours…")
        elif self.ui.sessionCombo.currentData() is None:
            reason = self.tr("Choisissez une session.")
        elif self.path is None:
            reason = self.tr("Choisissez le fichier CSV des notes.")
        guard(
            self.ui.importButton,
            self.session,
            Permission.IMPORT_MARKS,
            blocked_reason=reason,
            allowed_tip=self.tr("Vérifier toutes les lignes puis importer les notes (tout ou rien)"),
        )
        self.ui.browseButton.setEnabled(not self._busy)
        self.ui.sessionCombo.setEnabled(not self._busy)

    # -- file ----------------------------------------------------------------------------
    def browse(self) -> None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Fichier des notes"),
            str(self.path.parent) if self.path else folder,
            self.tr("Fichier CSV (*.csv *.txt);;Tous les fichiers (*)"),
        )
        if path:
            self.set_file(path)

    def set_file(self, path: str | Path) -> None:
        self.path = Path(path)
        self.ui.fileEdit.setText(str(self.path))
        self.ui.fileEdit.setToolTip(str(self.path))
        try:
            size = self.path.stat().st_size
            self.ui.fileInfoLabel.setText(
                self.tr("%1, modifié le %2.")
                .replace("%1", formatting.size_text(size))
                .replace("%2", formatting.when(_mtime_utc(self.path)))
            )
        except OSError as exc:
            self.ui.fileInfoLabel.setText(str(exc))
        self._selection_changed()

    # -- import --------------------------------------------------------------------------
    def run_import(self) -> None:
        if self._busy or not self.ui.importButton.isEnabled():
            return
        session, session_id, path = self.session, self.ui.sessionCombo.currentData(), self.path
        self._busy = True
        self._update_buttons()
        self._show_problems([])
        self._show_result(self.tr("Lecture et vérification de chaque ligne…"), "info")

        def op():
            try:
                csv = read_csv(path)
            except OSError as exc:
                raise errors.ValidationError(
                    f"Le fichier ne peut pas être lu : {exc.strerror or exc}."
                ) from exc
            return csv, marks.import_marks(session, session_id, csv.text)

        CollectionOp(parent=self, op=op, success=self._imported, change=Change(None, "marks")).failure(
            self._failed
        ).and_finally(self._finished).with_label(self.tr("Import des notes…")).run_in_background()

    def _finished(self) -> None:
        self._busy = False
        self._update_buttons()

    def _imported(self, outcome) -> None:
        csv, report = outcome
        self.report = report
        text = (
            self.tr(
                "Import réussi : %1 note(s) importée(s) pour %2 candidature(s), %3 décision(s) enregistrée(s)."
            )
            .replace("%1", number(report.rows))
            .replace("%2", number(report.inscriptions))
            .replace("%3", number(report.results))
        )
        text += " " + self.tr("Fichier lu en %1.").replace("%1", csv.encoding)
        text += " " + self.tr("Publiez ensuite les relevés de notes (menu Documents › Publication par lots).")
        self._show_result(text, "success")
        emit(self.imported, report)

    def _failed(self, exc: Exception) -> None:
        if isinstance(exc, marks.ImportRejected):
            self._show_problems(exc.problems)
            n = len(exc.problems)
            self._show_result(
                self.tr(
                    "Rien n'a été importé : %1 ligne(s) en erreur. Corrigez le fichier puis "
                    "importez-le à nouveau ; aucune note n'est enregistrée tant qu'une seule ligne "
                    "est refusée."
                ).replace("%1", number(n)),
                "error",
            )
        elif isinstance(exc, errors.CycladesError):
            self._show_result(self.tr("Rien n'a été importé : %1").replace("%1", str(exc)), "error")
        else:
            self._show_result(self.tr("Rien n'a été importé."), "error")
            feedback.show_error(self, exc)

    def _show_result(self, text: str, role: str) -> None:
        self.ui.resultLabel.setProperty("role", f"banner-{role}")
        repolish(self.ui.resultLabel)
        self.ui.resultLabel.setText(text)
        self.ui.resultLabel.setVisible(bool(text))

    def _show_problems(self, problems) -> None:
        self.problems = list(problems)
        table = self.ui.problemsTable
        table.setUpdatesEnabled(False)
        table.setRowCount(len(self.problems))
        for row, (line, reason) in enumerate(self.problems):
            item = QTableWidgetItem()
            item.setData(Qt.ItemDataRole.DisplayRole, int(line))
            item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            table.setItem(row, 0, item)
            detail = QTableWidgetItem(reason)
            detail.setToolTip(reason)
            table.setItem(row, 1, detail)
        table.setUpdatesEnabled(True)
        table.setVisible(bool(self.problems))

    def reject(self) -> None:
        if not self._busy:
            super().reject()


def _mtime_utc(path: Path):
    import datetime as dt

    return dt.datetime.fromtimestamp(path.stat().st_mtime, dt.UTC).replace(tzinfo=None)
