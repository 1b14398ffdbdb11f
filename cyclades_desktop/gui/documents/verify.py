"""« Vérifier un document »: whose document bears a verification code, and is it still current."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QWidget

from cyclades_desktop import errors
from cyclades_desktop.domain import publication, queries
from cyclades_desktop.domain.roles import Permission
from cyclades_desktop.gui import feedback, formatting, resources
from cyclades_desktop.gui.context import AppContext
from cyclades_desktop.gui.forms.ui_verify import Ui_VerifyDialog
from cyclades_desktop.gui.operations import QueryOp
from cyclades_desktop.gui.permissions import guard
from cyclades_desktop.gui.qtcompat import emit, repolish


def code_from_text(text: str) -> str:
    """The code in what was typed, pasted or scanned: « 7k3m q9tb 2xwd », or the QR code's address."""
    text = (text or "").strip()
    if "/" in text:  # https://cyclades.education.gouv.fr/verifier/7K3M-Q9TB-2XWD (a scanner types it)
        text = text.rstrip("/").rsplit("/", 1)[-1]
        text = re.split(r"[?#]", text, maxsplit=1)[0]
    return text


class VerifyDialog(QDialog):
    open_candidate = Signal(int)  # candidate id, when « Ouvrir le dossier » is chosen

    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_VerifyDialog()
        self.ui.setupUi(self)
        self.context = context
        self.session = context.session
        self.verification: publication.Verification | None = None
        self.candidate_id: int | None = None
        self.setWindowIcon(resources.icon("search"))
        self.ui.titleLabel.setProperty("role", "dialog-title")
        self.ui.introLabel.setProperty("role", "muted")
        for caption in (
            self.ui.kindCaption,
            self.ui.candidateCaption,
            self.ui.inscriptionCaption,
            self.ui.publishedCaption,
            self.ui.shaCaption,
        ):
            caption.setProperty("role", "caption")
        for value in (
            self.ui.kindValue,
            self.ui.candidateValue,
            self.ui.inscriptionValue,
            self.ui.publishedValue,
        ):
            value.setProperty("role", "value")
        self.ui.shaValue.setProperty("role", "muted")
        mono = self.ui.codeEdit.font()
        mono.setFamilies(["DejaVu Sans Mono", "Consolas", "monospace"])
        mono.setPointSizeF(mono.pointSizeF() * 1.2)
        self.ui.codeEdit.setFont(mono)
        self.ui.verifyButton.setIcon(resources.icon("search"))
        self.ui.verifyButton.setProperty("role", "primary")
        self.ui.verifyButton.setDefault(True)
        self.ui.openFileButton.setIcon(resources.icon("candidate"))
        self.ui.verifyButton.clicked.connect(self.verify)
        self.ui.codeEdit.returnPressed.connect(self.verify)
        self.ui.codeEdit.textEdited.connect(lambda _t: self._clear())
        self.ui.openFileButton.clicked.connect(self._open_file)
        self.ui.closeButton.clicked.connect(self.reject)
        self._clear()

    def _clear(self) -> None:
        self.verification = None
        self.candidate_id = None
        self.ui.resultFrame.hide()
        self._update_open_button()

    def _details_visible(self, visible: bool) -> None:
        form = self.ui.detailsForm
        for row in range(form.rowCount()):
            form.setRowVisible(row, visible)

    def _update_open_button(self) -> None:
        reason = "" if self.candidate_id is not None else self.tr("Vérifiez d'abord un code de document.")
        guard(
            self.ui.openFileButton,
            self.session,
            Permission.VIEW_CANDIDATE,
            blocked_reason=reason,
            allowed_tip=self.tr("Ouvrir le dossier du candidat dans la fenêtre principale"),
        )

    def set_code(self, text: str) -> None:
        self.ui.codeEdit.setText(text)

    def verify(self) -> None:
        code = code_from_text(self.ui.codeEdit.text())
        if not code:
            self._show_state(self.tr("Saisissez le code de vérification imprimé sur le document."), "error")
            self._details_visible(False)
            self.ui.messageLabel.hide()
            self.ui.resultFrame.show()
            return
        self.ui.verifyButton.setEnabled(False)
        session = self.session

        def op():
            found = publication.verify(code)
            candidate_id = (
                queries.candidate_of_verification_code(session, code)
                if session.can(Permission.VIEW_CANDIDATE)
                else None
            )
            return found, candidate_id

        QueryOp(parent=self, op=op, success=self._show).failure(self._failed).and_finally(
            lambda: self.ui.verifyButton.setEnabled(True)
        ).with_label(self.tr("Vérification du code…")).run_in_background()

    def _show_state(self, text: str, role: str) -> None:
        self.ui.stateLabel.setProperty("role", f"banner-{role}")
        repolish(self.ui.stateLabel)
        self.ui.stateLabel.setText(text)

    def _show(self, outcome) -> None:
        v, candidate_id = outcome
        self.verification, self.candidate_id = v, candidate_id
        if v.is_current:
            self._show_state(
                self.tr("✓ Document authentique et en vigueur (version %1).").replace("%1", str(v.version)),
                "success",
            )
        else:
            self._show_state(
                self.tr(
                    "⚠ Document authentique mais remplacé : la version %1 a été remplacée par la "
                    "version %2, seule valable aujourd'hui."
                )
                .replace("%1", str(v.version))
                .replace("%2", str(v.current_version)),
                "danger",
            )
        self.ui.messageLabel.setText(v.message())
        self.ui.messageLabel.show()
        self.ui.kindValue.setText(
            self.tr("%1, version %2 (code %3)")
            .replace("%1", v.kind_label)
            .replace("%2", str(v.version))
            .replace("%3", v.code)
        )
        self.ui.candidateValue.setText(
            self.tr("%1 — candidat n° %2")
            .replace("%1", v.candidate_name)
            .replace("%2", v.candidate_number or "—")
        )
        self.ui.inscriptionValue.setText(self.tr("n° %1").replace("%1", v.inscription_number))
        self.ui.publishedValue.setText(formatting.when(v.published_at))
        self.ui.shaValue.setText(v.sha256)
        self._details_visible(True)
        self.ui.resultFrame.show()
        self._update_open_button()
        if candidate_id is not None:
            self.ui.openFileButton.setDefault(True)

    def _failed(self, exc: Exception) -> None:
        if isinstance(exc, errors.NotFound):
            self.verification, self.candidate_id = None, None
            self._show_state(
                self.tr(
                    "✗ Code inconnu : aucun document publié ne porte ce code. Vérifiez la saisie "
                    "(les lettres I, L, O et U n'y figurent jamais) ; s'il est exact, ce document "
                    "n'a pas été délivré par le service des examens."
                ),
                "error",
            )
            self.ui.messageLabel.setText(str(exc))
            self.ui.messageLabel.show()
            self._details_visible(False)
            self.ui.resultFrame.show()
            self._update_open_button()
            self.ui.codeEdit.selectAll()
            self.ui.codeEdit.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            feedback.show_error(self, exc)

    def _open_file(self) -> None:
        if self.candidate_id is not None and self.ui.openFileButton.isEnabled():
            emit(self.open_candidate, self.candidate_id)
            self.accept()
