"""Official documents in the main window: the « Documents » menu and its screens.

    install(window)   # from MainWindow._setup_actions: adds the menu and two toolbar buttons

* « Publication par lots… » (print operators, managers): `batch.BatchDialog`;
* « Vérifier un document… » (every role): `verify.VerifyDialog`;
* « Importer des notes… » (managers): `marks.MarksImportDialog`;
* « Aménagement pour le candidat affiché… » (agents, managers): `accommodation.AccommodationDialog`,
  also offered on each candidature of the candidate file.

Actions a role may not take stay visible, disabled, with the reason as tooltip.
"""

from __future__ import annotations

import logging

import shiboken6
from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from cyclades_desktop.domain.roles import Permission
from cyclades_desktop.gui import resources
from cyclades_desktop.gui.permissions import guard

log = logging.getLogger(__name__)


class DocumentsController(QObject):
    """Owns the menu, its actions and the documents windows of one main window."""

    def __init__(self, window):
        super().__init__(window)
        self.setObjectName("documentsController")
        self.window = window
        self.session = window.session
        self.batch_dialog = None
        self.verify_dialog = None
        self.marks_dialog = None
        self.workers: int | None = None  # for the batch: None = every core
        self._watched: set[int] = set()

        menu = QMenu(self.tr("&Documents"), window)
        menu.setObjectName("menuDocuments")
        menu.setToolTipsVisible(True)
        self.menu = menu
        self.action_batch = self._action(
            "actionBatch",
            self.tr("Publication par &lots…"),
            "document",
            self.open_batch,
            QKeySequence("Ctrl+Shift+P"),
        )
        self.action_verify = self._action(
            "actionVerify",
            self.tr("&Vérifier un document…"),
            "search",
            self.open_verify,
            QKeySequence("Ctrl+Shift+K"),
        )
        self.action_marks = self._action(
            "actionImportMarks", self.tr("&Importer des notes…"), "folder", self.open_marks
        )
        self.action_accommodation = self._action(
            "actionAccommodation",
            self.tr("&Aménagement pour le candidat affiché…"),
            "edit",
            self.open_accommodation,
        )
        self.action_batch.setIconText(self.tr("Lots"))
        self.action_verify.setIconText(self.tr("Vérifier"))
        menu.addAction(self.action_batch)
        menu.addAction(self.action_verify)
        menu.addSeparator()
        menu.addAction(self.action_marks)
        menu.addAction(self.action_accommodation)
        bar = window.menuBar()
        tools = getattr(window.ui, "menuTools", None)
        if tools is not None:
            bar.insertMenu(tools.menuAction(), menu)
        else:
            bar.addMenu(menu)
        toolbar = window.ui.mainToolBar
        before = getattr(window.ui, "actionLock", None)
        if before is not None and before in toolbar.actions():
            toolbar.insertAction(before, self.action_batch)
            toolbar.insertAction(before, self.action_verify)
            toolbar.insertSeparator(before)
        else:
            toolbar.addSeparator()
            toolbar.addAction(self.action_batch)
            toolbar.addAction(self.action_verify)
        window.ui.tabs.currentChanged.connect(lambda _i: self.update_actions())
        window.installEventFilter(self)
        self.update_actions()

    def _action(self, name: str, text: str, icon: str, slot, shortcut: QKeySequence | None = None) -> QAction:
        action = QAction(resources.icon(icon), text, self.window)
        action.setObjectName(name)
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(lambda _checked=False: slot())
        return action

    # -- state ---------------------------------------------------------------------------
    def current_file(self):
        current = getattr(self.window, "current_file", None)
        return current() if current is not None else None

    def update_actions(self) -> None:
        if getattr(self.window, "locked", False):
            return  # the window switched every action off; it restores them on unlock
        s = self.session
        guard(
            self.action_batch,
            s,
            Permission.PUBLISH_BATCH,
            allowed_tip=self.tr("Publier, puis imprimer, un document pour toute une session ou un centre"),
        )
        guard(
            self.action_verify,
            s,
            Permission.SEARCH,
            allowed_tip=self.tr(
                "Dire à qui appartient un document d'après son code de vérification, et s'il est "
                "toujours en vigueur"
            ),
        )
        guard(
            self.action_marks,
            s,
            Permission.IMPORT_MARKS,
            allowed_tip=self.tr("Importer les notes et décisions d'une session depuis un fichier CSV"),
        )
        file = self.current_file()
        key = id(file)
        if file is not None and key not in self._watched:
            self._watched.add(key)
            file.loaded.connect(lambda _f: self.update_actions())
            file.destroyed.connect(lambda _o=None: self._watched.discard(key))
        reason = ""
        if file is None or file.file is None:
            reason = self.tr("Ouvrez d'abord le dossier d'un candidat.")
        elif not any(i.status == "registered" for i in file.file.inscriptions):
            reason = self.tr("Ce candidat n'a aucune candidature active.")
        guard(
            self.action_accommodation,
            s,
            Permission.RECORD_ACCOMMODATIONS,
            blocked_reason=reason,
            allowed_tip=self.tr(
                "Enregistrer un aménagement d'épreuves accordé à une candidature du candidat affiché"
            ),
        )

    # -- screens -------------------------------------------------------------------------
    def open_batch(self):
        if not self.action_batch.isEnabled() or getattr(self.window, "locked", False):
            return None
        from cyclades_desktop.gui.documents.batch import BatchDialog

        if self.batch_dialog is None or not shiboken6.isValid(self.batch_dialog):
            self.batch_dialog = BatchDialog(self.window.context, self.window, workers=self.workers)
        self._show(self.batch_dialog)
        return self.batch_dialog

    def open_verify(self):
        if not self.action_verify.isEnabled() or getattr(self.window, "locked", False):
            return None
        from cyclades_desktop.gui.documents.verify import VerifyDialog

        if self.verify_dialog is None or not shiboken6.isValid(self.verify_dialog):
            self.verify_dialog = VerifyDialog(self.window.context, self.window)
            self.verify_dialog.open_candidate.connect(self._open_candidate)
        self._show(self.verify_dialog)
        self.verify_dialog.ui.codeEdit.setFocus()
        self.verify_dialog.ui.codeEdit.selectAll()
        return self.verify_dialog

    def open_marks(self):
        if not self.action_marks.isEnabled() or getattr(self.window, "locked", False):
            return None
        from cyclades_desktop.gui.documents.marks import MarksImportDialog

        if self.marks_dialog is None or not shiboken6.isValid(self.marks_dialog):
            self.marks_dialog = MarksImportDialog(self.window.context, self.window)
        self._show(self.marks_dialog)
        return self.marks_dialog

    def open_accommodation(self):
        if not self.action_accommodation.isEnabled() or getattr(self.window, "locked", False):
            return None
        from cyclades_desktop.gui.documents.accommodation import open_for

        return open_for(self.current_file())

    def _show(self, dialog) -> None:
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()

    def _open_candidate(self, candidate_id: int) -> None:
        self.window.open_candidate(candidate_id)
        self.window.raise_()
        self.window.activateWindow()

    # -- closing the window while a batch runs -------------------------------------------
    def eventFilter(self, obj, event) -> bool:
        if obj is self.window and event.type() == QEvent.Type.Close:
            dialog = self.batch_dialog
            if dialog is not None and shiboken6.isValid(dialog) and dialog.busy:
                event.ignore()
                self._stop_then_close(dialog)
                return True
        return super().eventFilter(obj, event)

    def _stop_then_close(self, dialog) -> None:
        window = self.window
        signing_out = getattr(window, "signing_out", False)
        message = getattr(window, "sign_out_message", "")
        if hasattr(window, "_signing_out"):
            window._signing_out = False  # not yet: the batch must stop first

        def stopped():
            if signing_out and hasattr(window, "sign_out"):
                window.sign_out(message)
            else:
                window.close()

        dialog.show()
        dialog.raise_()
        dialog.ask_to_stop(on_stopped=stopped)


def install(window) -> DocumentsController:
    """Add the « Documents » menu (and toolbar buttons) to the main window."""
    return DocumentsController(window)


def controller(window) -> DocumentsController | None:
    return window.findChild(DocumentsController, "documentsController")


__all__ = ["DocumentsController", "controller", "install"]
