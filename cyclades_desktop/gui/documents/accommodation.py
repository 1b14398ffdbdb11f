"""« Aménagements »: record a measure granted to a candidature (Code de l'éducation, D613-26).

What is granted, never why: there is no field for a diagnosis, and the dialog says so.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QDialog, QPushButton, QWidget

from cyclades_desktop import errors
from cyclades_desktop.domain import inscriptions, publication, roles
from cyclades_desktop.domain.roles import Permission
from cyclades_desktop.gui import feedback, resources
from cyclades_desktop.gui.context import AppContext
from cyclades_desktop.gui.forms.ui_accommodation import Ui_AccommodationDialog
from cyclades_desktop.gui.operations import Change, CollectionOp
from cyclades_desktop.gui.permissions import guard
from cyclades_desktop.gui.qtcompat import emit, repolish

translate = QCoreApplication.translate


def placeholders() -> dict[str, str]:
    return {
        "material_conditions": translate(
            "documents", "ex. : secrétaire, ordinateur sans correcteur, sujet en gros caractères"
        ),
        "extra_time": translate("documents", "ex. : un tiers temps sur toutes les épreuves écrites"),
        "marks_kept": translate("documents", "ex. : notes conservées pendant cinq ans"),
        "spread_sessions": translate("documents", "ex. : épreuves réparties sur les sessions 2027 et 2028"),
        "adapted_papers": translate("documents", "ex. : dispense de l'épreuve orale de langue vivante"),
    }


def active_inscriptions(file) -> list:
    return [i for i in file.inscriptions if i.status == "registered"]


class AccommodationDialog(QDialog):
    granted = Signal(int, str)  # accommodation id, confirmation text

    def __init__(
        self, context: AppContext, file, inscription_id: int | None = None, parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.ui = Ui_AccommodationDialog()
        self.ui.setupUi(self)
        self.context = context
        self.session = context.session
        self.file = file
        self._busy = False
        self.setWindowIcon(resources.icon("edit"))
        self.ui.titleLabel.setProperty("role", "dialog-title")
        self.ui.titleLabel.setText(
            self.tr("Aménagement accordé à %1 (candidat n° %2)")
            .replace("%1", file.display_name)
            .replace("%2", file.candidate_number or "—")
        )
        self.ui.warningLabel.setProperty("role", "warning")
        self.ui.existingLabel.setProperty("role", "muted")
        self.ui.saveButton.setProperty("role", "primary")
        self.ui.errorLabel.hide()
        for ins in active_inscriptions(file):
            self.ui.inscriptionCombo.addItem(f"{ins.number} — {ins.exam_name}, {ins.session_label}", ins.id)
        if inscription_id is not None and self.ui.inscriptionCombo.findData(inscription_id) >= 0:
            self.ui.inscriptionCombo.setCurrentIndex(self.ui.inscriptionCombo.findData(inscription_id))
        self.ui.inscriptionCombo.setEnabled(self.ui.inscriptionCombo.count() > 1)
        for kind, label in publication.ACCOMMODATION_LABELS.items():
            self.ui.kindCombo.addItem(label, kind)
        self.ui.kindCombo.currentIndexChanged.connect(lambda _i: self._kind_changed())
        self.ui.inscriptionCombo.currentIndexChanged.connect(lambda _i: self._show_existing())
        self.ui.saveButton.clicked.connect(self.save)
        self.ui.cancelButton.clicked.connect(self.reject)
        self._kind_changed()
        self._show_existing()
        guard(
            self.ui.saveButton,
            self.session,
            Permission.RECORD_ACCOMMODATIONS,
            blocked_reason=""
            if self.ui.inscriptionCombo.count()
            else self.tr("Ce candidat n'a aucune candidature active."),
            allowed_tip=self.tr("Enregistrer la mesure ; elle figurera sur la notification d'aménagements"),
        )
        self.ui.kindCombo.setFocus()

    def _kind_changed(self) -> None:
        kind = self.ui.kindCombo.currentData()
        self.ui.detailEdit.setPlaceholderText(placeholders().get(kind, ""))
        self.ui.separateRoomCheck.setToolTip(
            self.tr(
                "Le candidat sera placé dans une salle aménagée lors de l'affectation aux centres d'examen."
            )
        )

    def _inscription(self):
        ins_id = self.ui.inscriptionCombo.currentData()
        return next((i for i in self.file.inscriptions if i.id == ins_id), None)

    def _show_existing(self) -> None:
        ins = self._inscription()
        if ins is None:
            self.ui.existingLabel.setText("")
        elif ins.accommodations_hidden:
            self.ui.existingLabel.setText(roles.why_not(Permission.VIEW_ACCOMMODATIONS))
        elif ins.accommodations:
            lines = [f"• {a.label}" + (f" — {a.detail}" if a.detail else "") for a in ins.accommodations]
            self.ui.existingLabel.setText(
                self.tr("Déjà accordés pour cette candidature :") + "\n" + "\n".join(lines)
            )
        else:
            self.ui.existingLabel.setText(
                self.tr("Aucun aménagement n'est encore accordé pour cette candidature.")
            )

    def _error(self, text: str) -> None:
        self.ui.errorLabel.setText(text)
        self.ui.errorLabel.setProperty("role", "error")
        repolish(self.ui.errorLabel)
        self.ui.errorLabel.setVisible(bool(text))

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        for w in (
            self.ui.saveButton,
            self.ui.cancelButton,
            self.ui.kindCombo,
            self.ui.detailEdit,
            self.ui.separateRoomCheck,
        ):
            w.setEnabled(not busy)

    def save(self) -> None:
        ins = self._inscription()
        if self._busy or ins is None or not self.session.can(Permission.RECORD_ACCOMMODATIONS):
            return
        kind, detail = self.ui.kindCombo.currentData(), self.ui.detailEdit.text()
        separate = self.ui.separateRoomCheck.isChecked()
        session, cid = self.session, self.file.id
        self._error("")
        self._set_busy(True)
        CollectionOp(
            parent=self,
            op=lambda: inscriptions.grant_accommodation(
                session, ins.id, kind, detail, separate_room=separate
            ),
            success=lambda acc_id: self._saved(acc_id, ins, kind),
            change=Change(cid, "accommodation"),
        ).failure(self._failed).and_finally(lambda: self._set_busy(False)).with_label(
            self.tr("Enregistrement de l'aménagement…")
        ).run_in_background()

    def _saved(self, accommodation_id: int, ins, kind: str) -> None:
        self._busy = False
        text = (
            self.tr(
                "Aménagement enregistré pour la candidature %1 : %2. Publiez la notification d'aménagements "
                "(onglet Documents) pour que le candidat la reçoive."
            )
            .replace("%1", ins.number)
            .replace("%2", publication.ACCOMMODATION_LABELS[kind])
        )
        emit(self.granted, accommodation_id, text)
        self.accept()

    def _failed(self, exc: Exception) -> None:
        self._busy = False
        if isinstance(exc, (errors.ValidationError, errors.RuleViolation, errors.PermissionDenied)):
            self._error(str(exc))
            if isinstance(exc, errors.ValidationError) and getattr(exc, "field", None) == "detail":
                self.ui.detailEdit.setFocus()
        else:
            feedback.show_error(self, exc)

    def reject(self) -> None:
        if not self._busy:
            super().reject()


def open_for(file_widget, inscription_id: int | None = None) -> AccommodationDialog | None:
    """Open the dialog over a candidate file (a CandidateFileWidget, loaded)."""
    from PySide6.QtCore import Qt

    if file_widget.file is None or not file_widget.session.can(Permission.RECORD_ACCOMMODATIONS):
        return None
    dialog = AccommodationDialog(file_widget.context, file_widget.file, inscription_id, file_widget)
    dialog.granted.connect(lambda _id, text: file_widget.show_message(text))
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    file_widget.active_dialog = dialog
    dialog.open()
    return dialog


def accommodation_button(file_widget, ins) -> QPushButton:
    """« Aménagement… » for an inscription card of the candidate file (agents and managers)."""
    button = QPushButton(resources.icon("edit"), translate("documents", "Aménagement…"))
    button.setObjectName("accommodationButton")
    guard(
        button,
        file_widget.session,
        Permission.RECORD_ACCOMMODATIONS,
        blocked_reason=""
        if ins.status == "registered"
        else translate("documents", "Cette candidature n'est plus active."),
        allowed_tip=translate(
            "documents", "Enregistrer un aménagement d'épreuves accordé à cette candidature"
        ),
    )
    button.clicked.connect(lambda _=False, i=ins.id: open_for(file_widget, i))
    return button
