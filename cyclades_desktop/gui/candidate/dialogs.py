"""The dialogs that change a candidate: identity correction, e-mail change, withdrawal, set-aside.

Each names the version it read; if someone saved in between, the service refuses and the
conflict box says who and when and offers to reload. Irreversible and sensitive actions ask
for the staff member's password again (checked by the service).
"""

from __future__ import annotations

import html

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableWidgetItem,
    QWidget,
)

from cyclades_desktop import errors
from cyclades_desktop.domain import candidates, identity, inscriptions, validation
from cyclades_desktop.gui import feedback, formatting, resources
from cyclades_desktop.gui.context import AppContext
from cyclades_desktop.gui.forms.ui_correction import Ui_CorrectionDialog
from cyclades_desktop.gui.forms.ui_email import Ui_EmailDialog
from cyclades_desktop.gui.forms.ui_statuschange import Ui_StatusChangeDialog
from cyclades_desktop.gui.operations import Change, CollectionOp, QueryOp
from cyclades_desktop.gui.qtcompat import emit, repolish

CIVILITIES = ("M.", "Mme")


def _repolish(widget: QWidget) -> None:
    repolish(widget)


def _show_error_label(label: QLabel, text: str) -> None:
    label.setText(text)
    label.setProperty("role", "error")
    _repolish(label)
    label.setVisible(bool(text))


class _ChangeDialog(QDialog):
    """What the three dialogs share: busy state, error label, conflict handling."""

    def __init__(self, parent: QWidget | None):
        super().__init__(parent)
        self._busy = False
        self.on_conflict_reload = None  # what « Recharger » does (the dialog is gone by then)

    def _conflict(self, exc: errors.ConflictError) -> None:
        parent, reload = self.parentWidget(), self.on_conflict_reload
        self.reject()
        feedback.show_conflict(parent, exc, on_reload=reload)

    def reject(self) -> None:
        if not self._busy:
            super().reject()


class CorrectionDialog(_ChangeDialog):
    """Identity correction: fields, mandatory reason, before/after summary, password."""

    corrected = Signal(object)  # candidates.CorrectionResult

    def __init__(self, context: AppContext, file: candidates.CandidateFile, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_CorrectionDialog()
        self.ui.setupUi(self)
        self.context = context
        self.file = file
        self.expected_version = file.version
        self.editors: dict[str, QWidget] = {}
        self._initial: dict[str, str] = {}
        self.changes: dict = {}
        self.preview: dict = {}
        self.setWindowIcon(resources.icon("edit"))
        self.ui.titleLabel.setProperty("role", "dialog-title")
        self.ui.titleLabel.setText(
            self.tr("Corriger l'identité de %1 (candidat n° %2)")
            .replace("%1", file.display_name)
            .replace("%2", file.candidate_number or "—")
        )
        if file.identity_locked:
            self.ui.lockBanner.setText(
                resources.icon_html("lock")
                + html.escape(
                    self.tr("%1 Chaque correction est journalisée avec son motif.").replace(
                        "%1", file.identity_lock_reason
                    )
                )
            )
            self.ui.lockBanner.setProperty("role", "banner-locked")
        else:
            self.ui.lockBanner.setText(
                self.tr(
                    "Le candidat peut encore modifier lui-même son identité ; la correction "
                    "par le service des examens est journalisée avec son motif."
                )
            )
            self.ui.lockBanner.setProperty("role", "banner-info")
        self.ui.reasonSummary.setProperty("role", "muted")
        self.ui.consequencesLabel.setProperty("role", "muted")
        self.ui.saveButton.setProperty("role", "primary")
        self._build_fields()
        header = self.ui.summaryTable.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.ui.errorLabel.hide()
        self.ui.backButton.clicked.connect(self._back)
        self.ui.cancelButton.clicked.connect(self.reject)
        self.ui.nextButton.clicked.connect(self._review)
        self.ui.saveButton.clicked.connect(self._save)
        self.ui.passwordEdit.returnPressed.connect(self._save)
        self._show_page(0)

    # -- fields --------------------------------------------------------------------------
    def _build_fields(self) -> None:
        form = self.ui.fieldsForm
        for field in identity.FIELDS:
            value = self.file.identity.get(field, "")
            text = formatting.day(value) if field == "birth_date" else ("" if value is None else str(value))
            if field == "civility":
                editor = QComboBox()
                editor.addItems(CIVILITIES)
                if text not in CIVILITIES:
                    editor.insertItem(0, text)
                editor.setCurrentText(text)
                editor.currentTextChanged.connect(lambda _t, f=field: self._mark(f))
            else:
                editor = QLineEdit(text)
                if field == "birth_date":
                    editor.setInputMask("99/99/9999")
                    editor.setPlaceholderText(self.tr("jj/mm/aaaa"))
                editor.textChanged.connect(lambda _t, f=field: self._mark(f))
            editor.setObjectName(f"field_{field}")
            self._initial[field] = text
            self.editors[field] = editor
            label = QLabel(formatting.field_label(field))
            label.setBuddy(editor)
            form.addRow(label, editor)

    def set_value(self, field: str, value: str) -> None:
        editor = self.editors[field]
        if isinstance(editor, QComboBox):
            editor.setCurrentText(value)
        else:
            editor.setText(value)

    def value(self, field: str) -> str:
        editor = self.editors[field]
        text = editor.currentText() if isinstance(editor, QComboBox) else editor.text()
        if field == "birth_date" and text.replace("/", "").strip() == "":
            return ""
        return text.strip() if field != "birth_date" else text

    def _mark(self, field: str) -> None:
        editor = self.editors[field]
        editor.setProperty("changed", self.value(field) != self._initial[field])
        editor.setProperty("invalid", False)
        _repolish(editor)

    def _gather(self) -> dict:
        return {f: self.value(f) for f in identity.FIELDS if self.value(f) != self._initial[f]}

    # -- pages ---------------------------------------------------------------------------
    def _show_page(self, index: int) -> None:
        self.ui.pages.setCurrentIndex(index)
        self.ui.backButton.setVisible(index == 1)
        self.ui.nextButton.setVisible(index == 0)
        self.ui.saveButton.setVisible(index == 1)
        self.ui.nextButton.setDefault(index == 0)
        self.ui.saveButton.setDefault(index == 1)
        if index == 1:
            self.ui.passwordEdit.setFocus()

    def _back(self) -> None:
        self.ui.errorLabel.hide()
        self._show_page(0)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        for w in (
            self.ui.nextButton,
            self.ui.saveButton,
            self.ui.backButton,
            self.ui.cancelButton,
            self.ui.passwordEdit,
        ):
            w.setEnabled(not busy)

    def _review(self) -> None:
        if self._busy:
            return
        changes = self._gather()
        reason = self.ui.reasonEdit.toPlainText()
        if not changes:
            _show_error_label(
                self.ui.errorLabel, self.tr("Aucune donnée n'a changé : modifiez au moins un champ.")
            )
            return
        session, cid = self.context.session, self.file.id

        def op():
            validation.reason(reason)
            return candidates.preview_correction(session, cid, changes)

        self._set_busy(True)
        QueryOp(parent=self, op=op, success=lambda preview: self._reviewed(changes, preview)).failure(
            self._failed
        ).and_finally(lambda: self._set_busy(False)).with_label(self.tr("Vérification…")).run_in_background()

    def _reviewed(self, changes: dict, preview: dict) -> None:
        if not preview:
            _show_error_label(
                self.ui.errorLabel, self.tr("Ces valeurs sont déjà celles du dossier : rien à corriger.")
            )
            return
        self.changes, self.preview = changes, preview
        table = self.ui.summaryTable
        table.setRowCount(len(preview))
        for row, (field, (old, new)) in enumerate(preview.items()):
            for col, text in enumerate(
                (
                    formatting.field_label(field),
                    formatting.value_text(field, old) or self.tr("(vide)"),
                    formatting.value_text(field, new) or self.tr("(vide)"),
                )
            ):
                item = QTableWidgetItem(text)
                if col == 2:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                table.setItem(row, col, item)
        table.resizeRowsToContents()
        self.ui.reasonSummary.setText(
            self.tr("Motif : %1").replace("%1", self.ui.reasonEdit.toPlainText().strip())
        )
        self.ui.errorLabel.hide()
        self._show_page(1)

    def _save(self) -> None:
        if self._busy or self.ui.pages.currentIndex() != 1:
            return
        password = self.ui.passwordEdit.text()
        if not password:
            _show_error_label(self.ui.errorLabel, self.tr("Saisissez votre mot de passe pour confirmer."))
            return
        session, cid, version = self.context.session, self.file.id, self.expected_version
        changes, reason = dict(self.changes), self.ui.reasonEdit.toPlainText()
        self._set_busy(True)
        CollectionOp(
            parent=self,
            op=lambda: candidates.correct_identity(session, cid, version, changes, reason, password),
            success=self._saved,
            change=Change(cid, "identity"),
        ).failure(self._failed).and_finally(lambda: self._set_busy(False)).with_label(
            self.tr("Enregistrement de la correction…")
        ).run_in_background()

    def _saved(self, result) -> None:
        self._busy = False
        emit(self.corrected, result)
        self.accept()

    def _failed(self, exc: Exception) -> None:
        self._busy = False
        if isinstance(exc, errors.ConflictError):
            self._conflict(exc)
        elif isinstance(exc, errors.AuthenticationError):
            self.ui.passwordEdit.clear()
            _show_error_label(self.ui.errorLabel, str(exc))
            self.ui.passwordEdit.setFocus()
        elif isinstance(exc, errors.ValidationError):
            _show_error_label(self.ui.errorLabel, str(exc))
            if exc.field in self.editors:
                self._show_page(0)
                editor = self.editors[exc.field]
                editor.setProperty("invalid", True)
                _repolish(editor)
                editor.setFocus()
            elif exc.field == "reason":
                self._show_page(0)
                self.ui.reasonEdit.setFocus()
        elif isinstance(exc, errors.CycladesError):
            _show_error_label(self.ui.errorLabel, str(exc))
        else:
            feedback.show_error(self, exc)


class EmailDialog(_ChangeDialog):
    """A new login e-mail for the candidate; unique, case-insensitive."""

    changed = Signal(str)

    def __init__(self, context: AppContext, file: candidates.CandidateFile, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_EmailDialog()
        self.ui.setupUi(self)
        self.context = context
        self.file = file
        self.expected_version = file.version
        self.setWindowIcon(resources.icon("mail"))
        self.ui.titleLabel.setProperty("role", "dialog-title")
        self.ui.titleLabel.setText(self.tr("Changer l'adresse e-mail de %1").replace("%1", file.display_name))
        self.ui.introLabel.setProperty("role", "muted")
        self.ui.currentValue.setText(file.email or self.tr("(aucune)"))
        self.ui.errorLabel.hide()
        self._save = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
        self._save.setText(self.tr("&Enregistrer"))
        self._save.setObjectName("saveButton")
        self._save.setEnabled(False)
        self.ui.newEdit.textChanged.connect(
            lambda t: self._save.setEnabled(bool(t.strip()) and not self._busy)
        )
        self.ui.buttonBox.accepted.connect(self._submit)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.newEdit.setFocus()

    def _submit(self) -> None:
        if self._busy:
            return
        new = self.ui.newEdit.text().strip()
        session, cid, version = self.context.session, self.file.id, self.expected_version
        self._busy = True
        self._save.setEnabled(False)
        CollectionOp(
            parent=self,
            op=lambda: candidates.change_email(session, cid, version, new),
            success=lambda _v: self._done(new),
            change=Change(cid, "email"),
        ).failure(self._failed).and_finally(self._idle).with_label(
            self.tr("Changement d'adresse…")
        ).run_in_background()

    def _idle(self) -> None:
        self._busy = False
        self._save.setEnabled(bool(self.ui.newEdit.text().strip()))

    def _done(self, email: str) -> None:
        self._busy = False
        emit(self.changed, email)
        self.accept()

    def _failed(self, exc: Exception) -> None:
        self._busy = False
        if isinstance(exc, errors.ConflictError):
            self._conflict(exc)
        elif isinstance(exc, errors.CycladesError):  # EMAIL_EXISTS, invalid address, same address…
            _show_error_label(self.ui.errorLabel, str(exc))
            self.ui.newEdit.setProperty("invalid", True)
            _repolish(self.ui.newEdit)
            self.ui.newEdit.setFocus()
            self.ui.newEdit.selectAll()
        else:
            feedback.show_error(self, exc)


class StatusChangeDialog(_ChangeDialog):
    """Withdrawal (« désinscription », definitive) or set-aside (« candidature écartée »)."""

    done_change = Signal(str)

    def __init__(
        self,
        context: AppContext,
        file: candidates.CandidateFile,
        inscription,
        mode: str,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        if mode not in ("withdraw", "set_aside"):
            raise ValueError(mode)
        self.ui = Ui_StatusChangeDialog()
        self.ui.setupUi(self)
        self.context = context
        self.file = file
        self.inscription = inscription
        self.mode = mode
        ui = self.ui
        ui.titleLabel.setProperty("role", "dialog-title")
        ui.warningLabel.setProperty("role", "banner-danger")
        ui.inscriptionLabel.setText(
            self.tr("%1 — candidat n° %2\n%3 — %4\nCandidature n° %5, %6")
            .replace("%1", file.display_name)
            .replace("%2", file.candidate_number or "—")
            .replace("%3", inscription.exam_name)
            .replace("%4", inscription.session_label)
            .replace("%5", inscription.number)
            .replace("%6", formatting.status_text(inscription).lower())
        )
        if mode == "withdraw":
            self.setWindowTitle(self.tr("Désinscrire"))
            self.setWindowIcon(resources.icon("withdraw"))
            ui.titleLabel.setText(
                self.tr("Désinscrire la candidature n° %1").replace("%1", inscription.number)
            )
            warning = self.tr(
                "Cette désinscription est définitive : la candidature ne pourra jamais être réactivée. "
                "Pour concourir, le candidat devra s'inscrire à nouveau, si le service d'inscription "
                "est encore ouvert. Il est prévenu par e-mail."
            )
            ui.understandCheck.setText(self.tr("Je comprends que la désinscription est &irréversible."))
            ui.confirmButton.setText(self.tr("&Désinscrire définitivement"))
            ui.reasonEdit.setPlaceholderText(self.tr("ex. : demande écrite du candidat reçue le 2 novembre."))
        else:
            self.setWindowTitle(self.tr("Écarter la candidature"))
            self.setWindowIcon(resources.icon("set-aside"))
            ui.titleLabel.setText(self.tr("Écarter la candidature n° %1").replace("%1", inscription.number))
            warning = self.tr(
                "Une candidature écartée ne redevient jamais « inscrite » : elle pourra seulement être "
                "désinscrite ensuite. Le candidat est prévenu par e-mail."
            )
            ui.understandCheck.setText(self.tr("Je comprends que cette décision est &irréversible."))
            ui.confirmButton.setText(self.tr("É&carter la candidature"))
            ui.reasonEdit.setPlaceholderText(
                self.tr("ex. : pièces justificatives non fournies malgré deux relances.")
            )
        ui.warningLabel.setText(resources.icon_html("warning") + html.escape(warning))
        ui.confirmButton.setProperty("role", "danger")
        ui.confirmButton.setObjectName("confirmButton")
        ui.errorLabel.hide()
        ui.reasonEdit.textChanged.connect(self._update)
        ui.understandCheck.toggled.connect(self._update)
        ui.passwordEdit.textChanged.connect(self._update)
        ui.passwordEdit.returnPressed.connect(self._submit)
        ui.cancelButton.clicked.connect(self.reject)
        ui.confirmButton.clicked.connect(self._submit)
        self._update()
        ui.reasonEdit.setFocus()

    def _ready(self) -> bool:
        return (
            len(self.ui.reasonEdit.toPlainText().strip()) >= 5
            and self.ui.understandCheck.isChecked()
            and bool(self.ui.passwordEdit.text())
            and not self._busy
        )

    def _update(self) -> None:
        self.ui.confirmButton.setEnabled(self._ready())
        missing = []
        if len(self.ui.reasonEdit.toPlainText().strip()) < 5:
            missing.append(self.tr("un motif (5 caractères au moins)"))
        if not self.ui.understandCheck.isChecked():
            missing.append(self.tr("la case de confirmation cochée"))
        if not self.ui.passwordEdit.text():
            missing.append(self.tr("votre mot de passe"))
        self.ui.confirmButton.setToolTip(
            self.tr("Il manque : %1.").replace("%1", ", ".join(missing)) if missing else ""
        )

    def _submit(self) -> None:
        if not self._ready():
            return
        session, ins = self.context.session, self.inscription
        reason, password = self.ui.reasonEdit.toPlainText(), self.ui.passwordEdit.text()
        service = inscriptions.withdraw if self.mode == "withdraw" else inscriptions.set_aside
        self._busy = True
        self._update()
        CollectionOp(
            parent=self,
            op=lambda: service(session, ins.id, ins.version, reason, password),
            success=self._done,
            change=Change(self.file.id, self.mode),
        ).failure(self._failed).and_finally(self._idle).with_label(
            self.tr("Enregistrement…")
        ).run_in_background()

    def _idle(self) -> None:
        self._busy = False
        self._update()

    def _done(self, _version) -> None:
        self._busy = False
        if self.mode == "withdraw":
            text = self.tr("Candidature n° %1 désinscrite. Le candidat est prévenu par e-mail.")
        else:
            text = self.tr("Candidature n° %1 écartée. Le candidat est prévenu par e-mail.")
        emit(self.done_change, text.replace("%1", self.inscription.number))
        self.accept()

    def _failed(self, exc: Exception) -> None:
        self._busy = False
        if isinstance(exc, errors.ConflictError):
            self._conflict(exc)
        elif isinstance(exc, errors.AuthenticationError):
            self.ui.passwordEdit.clear()
            _show_error_label(self.ui.errorLabel, str(exc))
            self.ui.passwordEdit.setFocus()
        elif isinstance(exc, errors.CycladesError):
            _show_error_label(self.ui.errorLabel, str(exc))
        else:
            feedback.show_error(self, exc)
