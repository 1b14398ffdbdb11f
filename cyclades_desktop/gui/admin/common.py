"""What the « Gestion » screens share: the page base, banners, dates, the keyset table model.

Every read and every change goes through `gui.operations` (the GUI thread never waits on the
database); a change announces itself with `Change(what="admin:…")` so that every open page
showing the same rows reloads.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QDateTime,
    QModelIndex,
    QObject,
    Qt,
    QTime,
    QTimeZone,
    Signal,
)
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from cyclades_desktop import errors
from cyclades_desktop.domain import queries
from cyclades_desktop.domain.roles import Permission
from cyclades_desktop.gui import feedback, resources
from cyclades_desktop.gui.context import AppContext
from cyclades_desktop.gui.operations import Change, CollectionOp, QueryOp, task_manager
from cyclades_desktop.gui.qtcompat import emit, repolish

translate = QCoreApplication.translate  # lupdate reads translate("context", "texte")
ROW_ROLE = Qt.ItemDataRole.UserRole + 20
ID_ROLE = Qt.ItemDataRole.UserRole + 21

# what a change touched: the pages showing those rows reload
ACADEMIES, EXAMS, SESSIONS, CENTRES = "admin:academies", "admin:exams", "admin:sessions", "admin:centres"
ASSIGNMENT, SUPPORTING, STAFF = "admin:assignment", "admin:supporting", "admin:staff"


# -- messages ------------------------------------------------------------------------------
def set_banner(label: QLabel, text: str, role: str = "success") -> None:
    """A coloured banner (success, info, error, warning), hidden when there is nothing to say."""
    label.setProperty("role", f"banner-{role}")
    repolish(label)
    label.setText(text)
    label.setVisible(bool(text))


def set_error(label: QLabel, text: str) -> None:
    label.setProperty("role", "error")
    repolish(label)
    label.setText(text)
    label.setVisible(bool(text))


def plain_spin(*spins) -> None:
    """A spin box that reads like the line edits around it: the style sheet draws its arrows badly,
    so they are folded away (the keyboard arrows and the wheel still step the value)."""
    for spin in spins:
        spin.setStyleSheet(
            "QLineEdit { padding: 0px 0px 0px 8px; border: none; background: transparent; } "
            "QSpinBox::up-button, QSpinBox::down-button { width: 0px; border: none; }"
        )


def mark_invalid(widget: QWidget, invalid: bool = True) -> None:
    widget.setProperty("invalid", invalid)
    repolish(widget)


# -- dates ---------------------------------------------------------------------------------
def qdatetime_from_utc(value: dt.datetime) -> QDateTime:
    """A naive UTC datetime of the database, as the workstation's local date and time."""
    utc = QDateTime(
        QDate(value.year, value.month, value.day),
        QTime(value.hour, value.minute, value.second),
        QTimeZone.utc(),
    )
    return utc.toLocalTime()


def utc_from_qdatetime(value: QDateTime) -> dt.datetime:
    """What the user picked (local time) as the naive UTC datetime the database holds."""
    u = value.toUTC()
    d, t = u.date(), u.time()
    return dt.datetime(d.year(), d.month(), d.day(), t.hour(), t.minute())


def qdatetime_from_naive(value: dt.datetime) -> QDateTime:
    """A wall-clock datetime (a paper's local time), shown as is."""
    return QDateTime(QDate(value.year, value.month, value.day), QTime(value.hour, value.minute))


def naive_from_qdatetime(value: QDateTime) -> dt.datetime:
    d, t = value.date(), value.time()
    return dt.datetime(d.year(), d.month(), d.day(), t.hour(), t.minute())


def local_text(value: dt.datetime | None) -> str:
    """« 02/11/2026 10:15 » in local time, for a naive UTC datetime."""
    if value is None:
        return "—"
    return qdatetime_from_utc(value).toString("dd/MM/yyyy HH:mm")


def ask_save_path(parent: QWidget, title: str, suggested: str) -> str:
    """Where to write a CSV file ('' if cancelled); the tests replace it."""
    path, _filter = QFileDialog.getSaveFileName(
        parent, title, suggested, translate("admin", "Fichiers CSV (*.csv);;Tous les fichiers (*)")
    )
    if path and not path.lower().endswith(".csv"):
        path += ".csv"
    return path


# -- tables --------------------------------------------------------------------------------
def fill_table(table: QTableWidget, rows: list[tuple], ids: list | None = None, numeric: tuple = ()) -> None:
    """Put `rows` (already texts) in `table`; `ids[i]` goes to ID_ROLE of the row's first cell."""
    current = table.currentRow()
    current_id = table.item(current, 0).data(ID_ROLE) if current >= 0 and table.item(current, 0) else None
    table.setSortingEnabled(False)
    table.setRowCount(len(rows))
    select = -1
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            item = QTableWidgetItem("" if value is None else str(value))
            if c in numeric:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            table.setItem(r, c, item)
        if ids is not None:
            table.item(r, 0).setData(ID_ROLE, ids[r])
            if ids[r] == current_id:
                select = r
    if select >= 0:
        table.selectRow(select)


def selected_id(table: QTableWidget):
    row = table.currentRow()
    if row < 0 or not table.selectionModel().isRowSelected(row, QModelIndex()):
        return None
    item = table.item(row, 0)
    return item.data(ID_ROLE) if item is not None else None


def select_id(table: QTableWidget, wanted) -> bool:
    for r in range(table.rowCount()):
        if table.item(r, 0) is not None and table.item(r, 0).data(ID_ROLE) == wanted:
            table.selectRow(r)
            return True
    return False


def setup_table(table, widths: tuple = ()) -> None:
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    table.verticalHeader().setDefaultSectionSize(26)
    for column, width in enumerate(widths):
        table.setColumnWidth(column, width)


class KeysetModel(QAbstractTableModel):
    """A table read page by page (`fetch(after, limit) -> queries.Page`), as the view scrolls."""

    loaded = Signal()  # a page arrived
    failed = Signal(object)

    def __init__(
        self,
        headers: tuple,
        columns: Callable[[Any], tuple],
        page_size: int = 200,
        label: str = "",
        parent: QObject | None = None,
    ):
        super().__init__(parent)
        self._headers = tuple(headers)
        self._columns = columns
        self.page_size = page_size
        self.label = label
        self.rows: list = []
        self._fetch: Callable | None = None
        self._next = None
        self._generation = 0
        self.loading = False
        self.started = False

    # -- loading ---------------------------------------------------------------------------
    def start(self, fetch: Callable | None) -> None:
        """Forget the rows and read the first page of `fetch` (None: stay empty)."""
        self._generation += 1
        self.beginResetModel()
        self.rows, self._next, self._fetch = [], None, fetch
        self.loading = False
        self.endResetModel()
        self.started = fetch is not None
        if fetch is not None:
            self._load(None)

    def _load(self, after) -> None:
        generation, fetch, size = self._generation, self._fetch, self.page_size
        self.loading = True
        QueryOp(
            parent=self, op=lambda: fetch(after, size), success=lambda page: self._arrived(generation, page)
        ).failure(lambda exc: self._failed(generation, exc)).with_label(self.label).run_in_background()

    def _arrived(self, generation: int, page: queries.Page) -> None:
        if generation != self._generation:
            return  # the filters changed meanwhile
        self.loading = False
        if page.rows:
            self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(page.rows) - 1)
            self.rows.extend(page.rows)
            self.endInsertRows()
        self._next = page.next_after
        emit(self.loaded)

    def _failed(self, generation: int, exc: Exception) -> None:
        if generation != self._generation:
            return
        self.loading = False
        self._next = None
        emit(self.failed, exc)

    @property
    def has_more(self) -> bool:
        return self._next is not None

    def canFetchMore(self, parent=QModelIndex()) -> bool:
        return not parent.isValid() and self._next is not None and not self.loading

    def fetchMore(self, parent=QModelIndex()) -> None:
        if self.canFetchMore(parent):
            self._load(self._next)

    # -- rows ------------------------------------------------------------------------------
    def row(self, index: int):
        return self.rows[index]

    def replace(self, index: int, row) -> None:
        self.rows[index] = row
        emit(self.dataChanged, self.index(index, 0), self.index(index, self.columnCount() - 1))

    def remove(self, index: int) -> None:
        self.beginRemoveRows(QModelIndex(), index, index)
        del self.rows[index]
        self.endRemoveRows()

    # -- Qt --------------------------------------------------------------------------------
    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._headers)

    def headers(self) -> tuple:
        return self._headers

    def set_headers(self, headers: tuple) -> None:
        self.beginResetModel()
        self._headers = tuple(headers)
        self.endResetModel()

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if (
            orientation == Qt.Orientation.Horizontal
            and role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)
            and 0 <= section < len(self._headers)
        ):
            return self._headers[section]  # the tooltip: a long header cut short stays readable
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        row = self.rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            value = self._columns(row)[index.column()]
            return "" if value is None else str(value)
        if role == ROW_ROLE:
            return row
        return None


# -- pages ---------------------------------------------------------------------------------
class AdminPage(QWidget):
    """One « Gestion » screen, shown as a tab of the main window."""

    key = ""
    icon_name = "settings"
    permission = Permission.MANAGE_SESSIONS
    watches: tuple = ()  # Change.what values that make this page reload
    status_message = Signal(str)

    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.session = context.session
        task_manager().changed.connect(self._on_change)

    def title(self) -> str:
        return ""

    def reload(self) -> None:
        """Read again what the page shows."""

    def _setup_header(self) -> None:
        self.ui.titleLabel.setProperty("role", "dialog-title")
        self.ui.introLabel.setProperty("role", "muted")
        self.ui.messageLabel.hide()

    def _on_change(self, change: Change) -> None:
        if change.what in self.watches:
            self.reload()

    def show_message(self, text: str, role: str = "success") -> None:
        set_banner(self.ui.messageLabel, text, role)
        if text and role == "success":
            emit(self.status_message, text)

    def show_failure(self, exc: Exception) -> None:
        """The domain's French sentence in the page's banner; anything else to the error dialog."""
        if isinstance(exc, errors.CycladesError) and not isinstance(
            exc, (errors.DatabaseUnavailable, errors.ConflictError)
        ):
            self.show_message(str(exc), "error")
        else:
            feedback.show_error(self, exc, on_reload=self.reload)


class EditorPage(AdminPage):
    """A list on the left, the selected item's form on the right, « Enregistrer » below it
    (académies, examens): one save at a time, the domain's refusal shown at the field it names."""

    # field name -> its widget; each page sets its own in __init__, the empty default is only read
    _editors: Mapping[str, QWidget] = {}

    def _save(self, op, done: str, change_what: str, on_saved) -> None:
        if getattr(self, "_busy", False):
            return
        self._busy = True
        self.ui.saveButton.setEnabled(False)
        CollectionOp(
            parent=self,
            op=op,
            success=lambda item_id: on_saved(item_id, done),
            change=Change(None, change_what),
        ).failure(self._failed).and_finally(self._idle).with_label(
            self.tr("Enregistrement…")
        ).run_in_background()

    def _idle(self) -> None:
        self._busy = False
        self.ui.saveButton.setEnabled(True)

    def _failed(self, exc: Exception) -> None:
        if isinstance(exc, errors.ValidationError):
            set_error(self.ui.errorLabel, str(exc))
            editor = self._editors.get(exc.field or "")
            if editor is not None:
                mark_invalid(editor)
                editor.setFocus()
        elif isinstance(exc, (errors.RuleViolation, errors.NotFound, errors.PermissionDenied)):
            set_error(self.ui.errorLabel, str(exc))
        else:
            self.show_failure(exc)


def fill_combo(combo: QComboBox, choices, placeholder: str | None = None) -> None:
    """(id, label) choices; keeps the current choice when it is still there."""
    current = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    if placeholder is not None:
        combo.addItem(placeholder, None)
    for value, label in choices:
        combo.addItem(label, value)
    index = combo.findData(current) if current is not None else -1
    combo.setCurrentIndex(index if index >= 0 else 0)
    combo.blockSignals(False)


def session_choices(sessions: list[queries.SessionInfo]) -> list[tuple[int, str]]:
    return [(s.id, s.title) for s in sessions]


class FormDialog(QDialog):
    """Busy state, error label, « Enregistrer » button: what the three set-up dialogs share."""

    def __init__(self, parent: QWidget | None):
        super().__init__(parent)
        self._busy = False

    def _setup_common(self, icon: str) -> None:
        self.setWindowIcon(resources.icon(icon))
        self.ui.titleLabel.setProperty("role", "dialog-title")
        self.ui.errorLabel.hide()
        self.save_button = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("&Enregistrer"))
        self.save_button.setObjectName("saveButton")
        self.save_button.setProperty("role", "primary")
        self.ui.buttonBox.accepted.connect(self.submit)
        self.ui.buttonBox.rejected.connect(self.reject)

    def submit(self) -> None:
        raise NotImplementedError

    def _run(self, op, done, change_what: str, label: str) -> None:
        if self._busy:
            return
        self._busy = True
        self.save_button.setEnabled(False)
        set_error(self.ui.errorLabel, "")
        CollectionOp(parent=self, op=op, success=done, change=Change(None, change_what)).failure(
            self._failed
        ).and_finally(self._idle).with_label(label).run_in_background()

    def _idle(self) -> None:
        self._busy = False
        self.save_button.setEnabled(True)

    def _failed(self, exc: Exception) -> None:
        self._busy = False
        if isinstance(exc, errors.CycladesError) and not isinstance(
            exc, (errors.DatabaseUnavailable, errors.ConflictError)
        ):
            set_error(self.ui.errorLabel, str(exc))
            editor = getattr(self, "editors", {}).get(getattr(exc, "field", None) or "")
            if editor is not None:
                mark_invalid(editor)
                editor.setFocus()
        else:
            parent = self.parentWidget()
            self.reject()
            feedback.show_error(parent, exc)

    def reject(self) -> None:
        if not self._busy:
            super().reject()
