"""The search results: a table model that loads one page at a time as the view scrolls.

`canFetchMore`/`fetchMore` follow the search's keyset cursor, so the thousandth page costs
what the first does and a whole table is never read. Each new query bumps a generation
number: a query overtaken before the worker reaches it is not run, and a page that arrives
for an older query is dropped. The rows of the previous query stay on screen until the new
first page replaces them in one reset, so searching at every keystroke does not flicker.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QFont

from cyclades_desktop.domain import search
from cyclades_desktop.domain import text as domain_text
from cyclades_desktop.gui import formatting
from cyclades_desktop.gui.operations import QueryOp
from cyclades_desktop.gui.qtcompat import emit

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2
TIER_ORDER = {name: i for i, name in enumerate(("exact", *search.TIERS))}

Fetcher = Callable[[str, search.Filters, object, int], search.Page]


class SearchResultsModel(QAbstractTableModel):
    COLUMNS = ("candidate_number", "name", "first_names", "birth_date", "email", "ine", "tier")

    loading_changed = Signal(bool)
    page_loaded = Signal()
    failed = Signal(object)

    def __init__(self, fetch: Fetcher, page_size: int = search.PAGE, parent: QObject | None = None):
        super().__init__(parent)
        self._fetch = fetch
        self.page_size = page_size
        self._rows: list[search.Row] = []
        self._cursor = None
        self._has_more = False
        self._loading = False
        self._generation = 0
        self._replace = False
        self.error: Exception | None = None  # why the current query failed, if it did
        self.query = ""
        self.filters = search.Filters()
        self.kind = "all"
        self.started = False
        self._italic = QFont()
        self._italic.setItalic(True)

    # -- what the window asks ------------------------------------------------------------
    def headers(self) -> list[str]:
        return [
            self.tr("N° candidat"),
            self.tr("Nom"),
            self.tr("Prénoms"),
            self.tr("Né(e) le"),
            self.tr("Adresse e-mail"),
            self.tr("INE"),
            self.tr("Correspondance"),
        ]

    @property
    def loading(self) -> bool:
        return self._loading

    @property
    def has_more(self) -> bool:
        return self._has_more

    def row_at(self, row: int) -> search.Row:
        return self._rows[row]

    def rows(self) -> list[search.Row]:
        return list(self._rows)

    def search(self, query: str, filters: search.Filters) -> None:
        """Start a new query: clear the table and load its first page."""
        self._generation += 1
        self._cursor = None
        self._has_more = True
        self._replace = True  # the current rows stay until the first page of this query arrives
        self.error = None
        self.query = query
        self.filters = filters
        self.kind = search.interpret(query)
        self.started = True
        self._load()

    def refresh(self) -> None:
        if self.started:
            self.search(self.query, self.filters)

    def update_candidate(self, candidate_id: int, **values) -> None:
        """Show new identity values of one candidate without reloading the list."""
        fields = {f.name for f in dataclasses.fields(search.Row)}
        values = {k: v for k, v in values.items() if k in fields}
        for i, r in enumerate(self._rows):
            if r.id == candidate_id:
                self._rows[i] = dataclasses.replace(r, **values)
                emit(self.dataChanged, self.index(i, 0), self.index(i, len(self.COLUMNS) - 1))

    # -- paging --------------------------------------------------------------------------
    def canFetchMore(self, parent=QModelIndex()) -> bool:
        return not parent.isValid() and self._has_more and not self._loading and self.started

    def fetchMore(self, parent=QModelIndex()) -> None:
        if self.canFetchMore(parent):
            self._load()

    def _load(self) -> None:
        generation, query, filters, cursor, size = (
            self._generation,
            self.query,
            self.filters,
            self._cursor,
            self.page_size,
        )
        self._set_loading(True)

        def fetch():  # on the worker: a query typed over since it was asked for is not run
            return None if generation != self._generation else self._fetch(query, filters, cursor, size)

        QueryOp(parent=self, op=fetch, success=lambda page: self._loaded(generation, page)).failure(
            lambda exc: self._failed(generation, exc)
        ).with_label(self.tr("Recherche…")).run_in_background()

    def _loaded(self, generation: int, page: search.Page) -> None:
        if generation != self._generation:
            return
        if self._replace:
            self._replace = False
            self.beginResetModel()
            self._rows = list(page.rows)
            self.endResetModel()
        elif page.rows:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(page.rows) - 1)
            self._rows.extend(page.rows)
            self.endInsertRows()
        self._cursor = page.next_cursor
        self._has_more = page.next_cursor is not None
        self.kind = page.kind
        self._set_loading(False)
        emit(self.page_loaded)

    def _failed(self, generation: int, exc: Exception) -> None:
        if generation != self._generation:
            return
        self.error = exc
        if self._replace:  # the previous query's rows do not answer this one
            self._replace = False
            self.beginResetModel()
            self._rows = []
            self.endResetModel()
        self._has_more = False
        self._set_loading(False)
        emit(self.failed, exc)

    def _set_loading(self, loading: bool) -> None:
        if loading != self._loading:
            self._loading = loading
            emit(self.loading_changed, loading)

    # -- the table -----------------------------------------------------------------------
    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        r = self._rows[index.row()]
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(r, column)
        if role == SORT_ROLE:
            return self._sort_key(r, column)
        if role == ID_ROLE:
            return r.id
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == "tier":
                return self.tr("Pourquoi ce résultat : %1").replace("%1", self._tier_label(r.tier))
            if column == "name" and r.usage_name and r.usage_name.upper() != r.birth_name.upper():
                return (
                    self.tr("Nom d'usage %1, nom de naissance %2")
                    .replace("%1", r.usage_name)
                    .replace("%2", r.birth_name)
                )
            return None
        if role == Qt.ItemDataRole.FontRole and column == "tier" and r.tier == "approx":
            return self._italic
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._display(r, column)
        return None

    def _tier_label(self, tier: str) -> str:
        return search.TIER_LABELS.get(tier, tier)

    def _display(self, r: search.Row, column: str) -> str:
        if column == "candidate_number":
            return r.candidate_number or "—"
        if column == "name":
            name = r.display_name
            if r.usage_name and r.usage_name.upper() != r.birth_name.upper():
                name += self.tr(" (né·e %1)").replace("%1", r.birth_name.upper())
            return name
        if column == "first_names":
            return r.first_names
        if column == "birth_date":
            return formatting.day(r.birth_date)
        if column == "email":
            return r.email or self.tr("(inscrit par l'établissement)")
        if column == "ine":
            return r.ine or "—"
        if column == "tier":
            return self._tier_label(r.tier)
        return ""

    def _sort_key(self, r: search.Row, column: str):
        if column == "name":
            return domain_text.key(r.usage_name or r.birth_name) + " " + domain_text.key(r.first_names)
        if column == "first_names":
            return domain_text.key(r.first_names)
        if column == "birth_date":
            return r.birth_date.isoformat() if r.birth_date else ""
        if column == "tier":
            return TIER_ORDER.get(r.tier, 99)
        if column == "email":
            return (r.email or "").lower()
        return self._display(r, column)


class ResultsSortProxy(QSortFilterProxyModel):
    """Sorts the loaded rows by a column; column -1 keeps the search's relevance order."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.setDynamicSortFilter(True)

    def lessThan(self, left, right) -> bool:
        a, b = left.data(SORT_ROLE), right.data(SORT_ROLE)
        if a == b:
            return left.row() < right.row()
        return a < b
