"""The main window: search with filters, results page by page, candidate files in tabs."""

from __future__ import annotations

import contextlib
import gc

from PySide6.QtCore import QEvent, QModelIndex, Qt, QUrl, Signal
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QTabBar,
    QWidget,
)

from cyclades_desktop import __version__, errors
from cyclades_desktop.domain import queries, search, staff
from cyclades_desktop.domain.roles import Permission
from cyclades_desktop.gui import errorhook, feedback, resources
from cyclades_desktop.gui import settings as settings_mod
from cyclades_desktop.gui.candidate.file import CandidateFileWidget
from cyclades_desktop.gui.context import AppContext
from cyclades_desktop.gui.forms.ui_mainwindow import Ui_MainWindow
from cyclades_desktop.gui.lock import IdleWatcher, LockWidget
from cyclades_desktop.gui.operations import QueryOp, task_manager
from cyclades_desktop.gui.permissions import guard
from cyclades_desktop.gui.qtcompat import emit
from cyclades_desktop.gui.search_model import ID_ROLE, ResultsSortProxy, SearchResultsModel

MAX_UNLOCK_FAILURES = 5


class MainWindow(QMainWindow):
    signed_out = Signal()  # « Changer d'utilisateur », or too many failed unlocks

    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self.context = context
        self.session = context.session
        self.settings = context.settings
        self.locked = False
        self._unlock_failures = 0
        self._hidden_while_locked: list[QWidget] = []
        self._signing_out = False
        self.setWindowIcon(resources.icon("app"))
        title = self.tr("Cyclades Desktop — Service des examens")
        if context.demo:
            title += self.tr(" — base de démonstration")
        self.setWindowTitle(title)
        self._setup_actions()
        self._setup_status_bar()
        self._setup_search()
        self._setup_lock()
        self._restore_layout()
        self._update_candidate_actions()
        self.load_filters()
        self.run_search()
        self.ui.searchEdit.setFocus()
        # what start-up created (modules, classes, Qt wrappers) lives as long as the process: kept
        # out of the collector's full passes, each of which froze the window for ~80 ms while a
        # batch ran (benchmarks/desktop.py, gc_pauses_over_5ms)
        gc.freeze()

    # -- set-up --------------------------------------------------------------------------
    def _setup_actions(self) -> None:
        ui = self.ui
        icons = {
            ui.actionFind: "search",
            ui.actionReload: "reload",
            ui.actionCorrect: "edit",
            ui.actionChangeEmail: "mail",
            ui.actionResetLink: "key",
            ui.actionLock: "lock",
            ui.actionSwitchUser: "switch-user",
            ui.actionQuit: "quit",
            ui.actionOpen: "candidate",
            ui.actionClearFilters: "filter-clear",
            ui.actionCloseTab: "close",
            ui.actionPreferences: "settings",
            ui.actionLogs: "folder",
            ui.actionAbout: "info",
        }
        for action, name in icons.items():
            action.setIcon(resources.icon(name))
        ui.clearFiltersButton.setDefaultAction(ui.actionClearFilters)
        ui.actionOpen.setShortcuts([QKeySequence(Qt.Key.Key_Return), QKeySequence(Qt.Key.Key_Enter)])
        ui.actionOpen.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)  # Enter is the table's own
        ui.actionFind.triggered.connect(self.focus_search)
        ui.actionClearFilters.triggered.connect(self.clear_filters)
        ui.actionRelevanceOrder.triggered.connect(self.relevance_order)
        ui.actionOpen.triggered.connect(self.open_selected)
        ui.actionReload.triggered.connect(self.reload_current)
        ui.actionCorrect.triggered.connect(lambda: self._on_file("correct_identity"))
        ui.actionChangeEmail.triggered.connect(lambda: self._on_file("change_email"))
        ui.actionResetLink.triggered.connect(lambda: self._on_file("send_reset_link"))
        ui.actionCloseTab.triggered.connect(lambda: self.close_tab(self.ui.tabs.currentIndex()))
        ui.actionLock.triggered.connect(lambda: self.lock(self.tr("Session verrouillée à votre demande.")))
        ui.actionSwitchUser.triggered.connect(self.sign_out)
        ui.actionQuit.triggered.connect(self.close)
        ui.actionPreferences.triggered.connect(self.edit_preferences)
        ui.actionLogs.triggered.connect(self.open_logs)
        ui.actionAbout.triggered.connect(self.about)
        ui.mainToolBar.setObjectName("mainToolBar")
        from cyclades_desktop.gui import documents

        documents.install(self)  # the « Documents » menu: batches, verification, marks, accommodations
        from cyclades_desktop.gui import admin

        admin.install(self)  # the « Gestion » menu: session set-up, staff accounts, audit journal (managers)

    def _setup_status_bar(self) -> None:
        bar = self.statusBar()
        self.busy = QWidget()
        busy_layout = QHBoxLayout(self.busy)
        busy_layout.setContentsMargins(0, 0, 8, 0)
        self.busy_bar = QProgressBar()
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setFixedWidth(90)
        self.busy_bar.setFixedHeight(10)
        self.busy_bar.setTextVisible(False)
        self.busy_label = QLabel()
        busy_layout.addWidget(self.busy_bar)
        busy_layout.addWidget(self.busy_label)
        self.busy.hide()
        bar.addWidget(self.busy)
        if self.context.demo:
            demo = QLabel(self.tr("Base de démonstration (données fictives)"))
            demo.setObjectName("demoBadge")
            demo.setProperty("role", "badge-demo")
            bar.addPermanentWidget(demo)
        self.user_label = QLabel()
        self.user_label.setObjectName("userLabel")
        self.user_label.setText(
            self.tr("%1 — %2").replace("%1", self.session.full_name).replace("%2", self.session.role_label)
        )
        self.user_label.setToolTip(self.tr("Connecté·e en tant que %1").replace("%1", self.session.login))
        self.db_label = QLabel(self.tr("Base : %1").replace("%1", self.context.database_label))
        self.db_label.setObjectName("databaseLabel")
        for w in (self.user_label, self.db_label):
            w.setProperty("role", "status")
            bar.addPermanentWidget(w)
        task_manager().busy_changed.connect(self._on_busy)

    def _on_busy(self, busy: bool, label: str) -> None:
        self.busy.setVisible(busy)
        self.busy_label.setText(label or self.tr("Traitement en cours…"))

    def _setup_search(self) -> None:
        ui = self.ui
        self.model = SearchResultsModel(
            lambda q, f, c, n: search.search(self.session, q, f, c, n),
            page_size=self.settings.get(settings_mod.SEARCH_PAGE_SIZE),
            parent=self,
        )
        self.proxy = ResultsSortProxy(self)
        self.proxy.setSourceModel(self.model)
        view = ui.resultsView
        view.setModel(self.proxy)
        header = view.horizontalHeader()
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(False)
        header.sectionClicked.connect(self._sort_by)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in enumerate((110, 260, 200, 100, 280, 120)):
            view.setColumnWidth(column, width)
        view.verticalHeader().setDefaultSectionSize(28)
        view.activated.connect(self._activated)
        view.installEventFilter(self)
        ui.searchEdit.installEventFilter(self)
        ui.tabs.tabBar().setTabButton(0, QTabBar.ButtonPosition.RightSide, None)
        ui.tabs.tabBar().setTabButton(0, QTabBar.ButtonPosition.LeftSide, None)
        ui.tabs.setTabIcon(0, resources.icon("search"))
        ui.tabs.tabCloseRequested.connect(self.close_tab)
        ui.tabs.currentChanged.connect(lambda _i: self._update_candidate_actions())
        # every keystroke searches: a search takes 1–30 ms at national scale (docs/benchmarks.md),
        # the model skips queries typed over before they ran and keeps the rows until new ones come
        ui.searchEdit.textChanged.connect(lambda _text: self.run_search())
        ui.searchEdit.returnPressed.connect(self._search_on_enter)
        for combo in (ui.sessionCombo, ui.examCombo, ui.statusCombo, ui.academyCombo):
            combo.currentIndexChanged.connect(lambda _i: self.run_search())
        self.model.page_loaded.connect(self._results_changed)
        self.model.loading_changed.connect(lambda _l: self._results_changed())
        self.model.failed.connect(self._search_failed)
        self.model.modelReset.connect(self._results_changed)
        view.selectionModel().currentRowChanged.connect(lambda *_: self._update_candidate_actions())
        self.ui.kindLabel.setProperty("role", "muted")
        self.ui.resultsLabel.setProperty("role", "muted")
        self.ui.sortLabel.setProperty("role", "muted")
        self._fill_filter_placeholders()

    def _fill_filter_placeholders(self) -> None:
        for combo, text in (
            (self.ui.sessionCombo, self.tr("Toutes les sessions")),
            (self.ui.examCombo, self.tr("Tous les examens")),
            (self.ui.statusCombo, self.tr("Tous les statuts")),
            (self.ui.academyCombo, self.tr("Toutes les académies")),
        ):
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(text, None)
            combo.blockSignals(False)

    def _setup_lock(self) -> None:
        self.lock_widget = LockWidget(self.ui.lockPage)
        self.ui.lockPageLayout.addWidget(self.lock_widget)
        self.lock_widget.unlock_requested.connect(self._unlock)
        self.lock_widget.switch_user_requested.connect(self.sign_out)
        self.lock_widget.quit_requested.connect(self.close)
        minutes = self.settings.get(settings_mod.IDLE_LOCK_MINUTES)
        self.idle_watcher = IdleWatcher(minutes * 60_000, self)
        self.idle_watcher.idle.connect(
            lambda: self.lock(
                self.tr("Session verrouillée après %1 minute(s) d'inactivité.").replace(
                    "%1", str(self.settings.get(settings_mod.IDLE_LOCK_MINUTES))
                )
            )
        )

    def _restore_layout(self) -> None:
        geometry = self.settings.get(settings_mod.MAIN_GEOMETRY)
        if not geometry.isEmpty():
            self.restoreGeometry(geometry)
        state = self.settings.get(settings_mod.MAIN_STATE)
        if not state.isEmpty():
            self.restoreState(state)
        header = self.settings.get(settings_mod.RESULTS_HEADER)
        if not header.isEmpty():
            self.ui.resultsView.horizontalHeader().restoreState(header)
            self.ui.resultsView.horizontalHeader().setSortIndicatorShown(False)

    # -- search --------------------------------------------------------------------------
    def focus_search(self) -> None:
        if self.locked:
            return
        self.ui.tabs.setCurrentIndex(0)
        self.ui.searchEdit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.ui.searchEdit.selectAll()

    def filters(self) -> search.Filters:
        ui = self.ui
        return search.Filters(
            session_id=ui.sessionCombo.currentData(),
            exam_id=ui.examCombo.currentData(),
            status=ui.statusCombo.currentData(),
            academy_id=ui.academyCombo.currentData(),
        )

    def _search_on_enter(self) -> None:
        """Enter after typing: the keystrokes already asked for this query; ask again only if it
        was not (filters changed meanwhile) or it failed."""
        model = self.model
        if (
            model.started
            and model.error is None
            and model.query == self.ui.searchEdit.text().strip()
            and model.filters == self.filters()
        ):
            return
        self.run_search()

    def run_search(self) -> None:
        text = self.ui.searchEdit.text()
        self.ui.kindLabel.setText(search.KIND_LABELS[search.interpret(text)])
        self.model.search(text.strip(), self.filters())

    def load_filters(self) -> None:
        session = self.session
        QueryOp(
            parent=self, op=lambda: queries.filter_options(session), success=self._show_filters
        ).with_label(self.tr("Lecture des sessions…")).run_in_background()

    def _show_filters(self, options: queries.FilterOptions) -> None:
        self._fill_filter_placeholders()
        for combo, choices in (
            (self.ui.sessionCombo, options.sessions),
            (self.ui.examCombo, options.exams),
            (self.ui.statusCombo, options.statuses),
            (self.ui.academyCombo, options.academies),
        ):
            combo.blockSignals(True)
            for choice in choices:
                combo.addItem(choice.label, choice.id)
            combo.blockSignals(False)

    def clear_filters(self) -> None:
        ui = self.ui
        for combo in (ui.sessionCombo, ui.examCombo, ui.statusCombo, ui.academyCombo):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self.run_search()

    def _results_changed(self) -> None:
        n = self.model.rowCount()
        if self.model.loading and n == 0:
            text = self.tr("Recherche…")
        elif n == 0:
            text = self.tr("Aucun candidat ne correspond.") if self.model.started else ""
            if self.model.query and self.model.kind == "name" and len(self.model.query) < 3:
                text += " " + self.tr(
                    "Tapez au moins 3 lettres pour chercher aussi les orthographes approchantes."
                )
        elif self.model.has_more:
            text = self.tr("%1 premiers candidats affichés — faites défiler pour voir la suite.").replace(
                "%1", str(n)
            )
        else:
            text = self.tr("%1 candidat(s).").replace("%1", str(n)) if n > 1 else self.tr("1 candidat.")
        filters = self.filters()
        if not filters.is_empty():
            text += " " + self.tr("(filtres appliqués)")
        self.ui.resultsLabel.setText(text)
        view = self.ui.resultsView
        view.setColumnHidden(6, self.model.kind == "all")  # « why it matched » means nothing for a plain list
        if n and not view.currentIndex().isValid() and self.ui.resultsView.hasFocus():
            view.setCurrentIndex(self.proxy.index(0, 0))
        self._update_candidate_actions()

    def _search_failed(self, exc: Exception) -> None:
        if isinstance(exc, errors.ValidationError):
            self.ui.resultsLabel.setText(str(exc))
        else:
            feedback.show_error(self, exc)

    def _sort_by(self, column: int) -> None:
        header = self.ui.resultsView.horizontalHeader()
        if self.proxy.sortColumn() == column:
            order = (
                Qt.SortOrder.DescendingOrder
                if self.proxy.sortOrder() == Qt.SortOrder.AscendingOrder
                else Qt.SortOrder.AscendingOrder
            )
        else:
            order = Qt.SortOrder.AscendingOrder
        header.setSortIndicatorShown(True)
        header.setSortIndicator(column, order)
        self.proxy.sort(column, order)
        self.ui.sortLabel.setText(
            self.tr(
                "Tri par « %1 » des résultats chargés — menu Recherche › Ordre de pertinence "
                "pour revenir à l'ordre de la recherche."
            ).replace("%1", self.model.headers()[column])
        )

    def relevance_order(self) -> None:
        self.proxy.sort(-1)
        self.ui.resultsView.horizontalHeader().setSortIndicatorShown(False)
        self.ui.sortLabel.setText("")

    def eventFilter(self, obj, event) -> bool:
        if event.type() == QEvent.Type.KeyPress:
            key = event.key()
            if obj is self.ui.searchEdit and key == Qt.Key.Key_Down and self.proxy.rowCount():
                view = self.ui.resultsView
                view.setFocus()
                if not view.currentIndex().isValid():
                    view.setCurrentIndex(self.proxy.index(0, 0))
                return True
            if obj is self.ui.resultsView and key == Qt.Key.Key_Escape:
                self.focus_search()
                return True
        return super().eventFilter(obj, event)

    # -- candidate files -----------------------------------------------------------------
    def _activated(self, index: QModelIndex) -> None:
        candidate_id = index.data(ID_ROLE)
        if candidate_id is not None:
            self.open_candidate(candidate_id)

    def open_selected(self) -> None:
        index = self.ui.resultsView.currentIndex()
        if index.isValid():
            self._activated(index)

    def file_widgets(self) -> list[CandidateFileWidget]:
        tabs = self.ui.tabs
        return [
            tabs.widget(i) for i in range(tabs.count()) if isinstance(tabs.widget(i), CandidateFileWidget)
        ]

    def current_file(self) -> CandidateFileWidget | None:
        widget = self.ui.tabs.currentWidget()
        return widget if isinstance(widget, CandidateFileWidget) else None

    def open_candidate(self, candidate_id: int) -> CandidateFileWidget:
        for widget in self.file_widgets():
            if widget.candidate_id == candidate_id:
                self.ui.tabs.setCurrentWidget(widget)
                return widget
        widget = CandidateFileWidget(self.context, candidate_id, self)
        index = self.ui.tabs.addTab(widget, resources.icon("candidate"), widget.title())
        widget.title_changed.connect(lambda title, w=widget: self._retitle(w, title))
        widget.loaded.connect(
            lambda f: self.model.update_candidate(
                f.id,
                email=f.email,
                **{
                    k: f.identity.get(k)
                    for k in ("civility", "birth_name", "usage_name", "first_names", "birth_date")
                },
                ine=f.identity.get("ine") or "",
            )
        )
        widget.loaded.connect(lambda _f: self._update_candidate_actions())
        widget.status_message.connect(lambda text: self.statusBar().showMessage(text, 10_000))
        self.ui.tabs.setCurrentIndex(index)
        return widget

    def _retitle(self, widget: QWidget, title: str) -> None:
        index = self.ui.tabs.indexOf(widget)
        if index >= 0:
            self.ui.tabs.setTabText(index, title)
            self.ui.tabs.setTabToolTip(index, title)

    def close_tab(self, index: int) -> None:
        widget = self.ui.tabs.widget(index)
        if isinstance(widget, CandidateFileWidget):
            self.ui.tabs.removeTab(index)
            widget.deleteLater()

    def reload_current(self) -> None:
        current = self.current_file()
        if current is not None:
            current.reload()
        else:
            self.load_filters()
            self.model.refresh()

    def _on_file(self, method: str) -> None:
        current = self.current_file()
        if current is not None and not self.locked:
            getattr(current, method)()

    def _update_candidate_actions(self) -> None:
        ui, s = self.ui, self.session
        current = self.current_file()
        loaded = current is not None and current.file is not None
        no_file = "" if loaded else self.tr("Ouvrez d'abord le dossier d'un candidat.")
        guard(
            ui.actionCorrect,
            s,
            Permission.CORRECT_IDENTITY,
            blocked_reason=no_file,
            allowed_tip=self.tr("Corriger l'identité du candidat affiché"),
        )
        guard(
            ui.actionChangeEmail,
            s,
            Permission.CHANGE_EMAIL,
            blocked_reason=no_file,
            allowed_tip=self.tr("Changer l'adresse e-mail du candidat affiché"),
        )
        no_email = (
            self.tr("Ce candidat, inscrit par son établissement, n'a pas de compte ni d'adresse e-mail.")
            if loaded and not current.file.email
            else no_file
        )
        guard(
            ui.actionResetLink,
            s,
            Permission.SEND_RESET_LINK,
            blocked_reason=no_email,
            allowed_tip=self.tr("Envoyer au candidat affiché un lien de réinitialisation du mot de passe"),
        )
        ui.actionCloseTab.setEnabled(current is not None)
        ui.actionOpen.setEnabled(
            self.ui.tabs.currentIndex() == 0 and self.ui.resultsView.currentIndex().isValid()
        )

    # -- lock and sign-out ---------------------------------------------------------------
    def lock(self, reason: str) -> None:
        if self.locked:
            return
        self.locked = True
        self.idle_watcher.pause()
        self._hidden_while_locked = [
            w
            for w in QApplication.topLevelWidgets()
            if w is not self and w.isVisible() and isinstance(w, (QDialog, QMessageBox))
        ]
        for w in self._hidden_while_locked:
            w.hide()
        self.ui.stack.setCurrentWidget(self.ui.lockPage)
        self.menuBar().setEnabled(False)
        self.ui.mainToolBar.setEnabled(False)
        # shortcuts stay live in a disabled menu bar: switch the actions off, Quit aside
        self._actions_before_lock = {
            a: a.isEnabled() for a in self.findChildren(QAction) if a is not self.ui.actionQuit
        }
        for action in self._actions_before_lock:
            action.setEnabled(False)
        self.lock_widget.prepare(f"{self.session.full_name} ({self.session.login})", reason)

    def _unlock(self, password: str) -> None:
        self.lock_widget.set_busy(True)
        session = self.session
        QueryOp(
            parent=self, op=lambda: staff.reauthenticate(session, password), success=lambda _r: self.unlock()
        ).failure(self._unlock_failed).with_label(
            self.tr("Vérification du mot de passe…")
        ).run_in_background()

    def _unlock_failed(self, exc: Exception) -> None:
        self.lock_widget.set_busy(False)
        if not isinstance(exc, errors.AuthenticationError):
            feedback.show_error(self, exc)
            return
        self._unlock_failures += 1
        if self._unlock_failures >= MAX_UNLOCK_FAILURES:
            self.sign_out(self.tr("Trop d'essais de mot de passe : la session a été fermée."))
            return
        self.lock_widget.show_error(
            self.tr("Mot de passe incorrect (essai %1 sur %2).")
            .replace("%1", str(self._unlock_failures))
            .replace("%2", str(MAX_UNLOCK_FAILURES))
        )

    def unlock(self) -> None:
        self.locked = False
        self._unlock_failures = 0
        self.ui.stack.setCurrentWidget(self.ui.workPage)
        self.menuBar().setEnabled(True)
        self.ui.mainToolBar.setEnabled(True)
        for action, enabled in getattr(self, "_actions_before_lock", {}).items():
            action.setEnabled(enabled)
        self._actions_before_lock = {}
        self._update_candidate_actions()
        for w in self._hidden_while_locked:
            with contextlib.suppress(RuntimeError):  # closed meanwhile
                w.show()
        self._hidden_while_locked = []
        self.idle_watcher.resume()

    def sign_out(self, message: str = "") -> None:
        self.sign_out_message = message
        self._signing_out = True
        self.close()

    # -- misc ----------------------------------------------------------------------------
    def edit_preferences(self) -> None:
        from cyclades_desktop.gui.preferences import PreferencesDialog

        dialog = PreferencesDialog(self.settings, self.context.secrets, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def applied():
            self.idle_watcher.set_limit_ms(self.settings.get(settings_mod.IDLE_LOCK_MINUTES) * 60_000)
            self.model.page_size = self.settings.get(settings_mod.SEARCH_PAGE_SIZE)

        dialog.accepted.connect(applied)
        dialog.open()

    def open_logs(self) -> None:
        path = errorhook.log_path()
        folder = path.parent if path else errorhook.default_log_dir()
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    def about(self) -> None:
        log = errorhook.log_path()
        QMessageBox.about(
            self,
            self.tr("À propos de Cyclades Desktop"),
            self.tr(
                "<h3>Cyclades Desktop %1</h3><p>Poste de travail du service des examens : recherche des candidats, "
                "corrections d'identité, désinscriptions et documents officiels, sur la base partagée avec "
                "l'espace candidat.</p><p>Base : %2<br>Journal : %3</p><p>Licence EUPL-1.2.</p>"
            )
            .replace("%1", __version__)
            .replace("%2", self.context.database_label)
            .replace("%3", str(log) if log else "—"),
        )

    def closeEvent(self, event) -> None:
        self.settings.set(settings_mod.MAIN_GEOMETRY, self.saveGeometry())
        self.settings.set(settings_mod.MAIN_STATE, self.saveState())
        self.settings.set(settings_mod.RESULTS_HEADER, self.ui.resultsView.horizontalHeader().saveState())
        self.settings.sync()
        self.idle_watcher.stop()
        for w in self._hidden_while_locked:
            with contextlib.suppress(RuntimeError):
                w.close()
        super().closeEvent(event)
        if self._signing_out:
            emit(self.signed_out)

    @property
    def signing_out(self) -> bool:
        return self._signing_out
