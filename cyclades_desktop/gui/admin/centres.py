"""Exam centres: UAI, address, department and capacity."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QWidget

from cyclades_desktop.domain import catalogue, queries
from cyclades_desktop.gui import feedback, resources
from cyclades_desktop.gui.admin.common import (
    ACADEMIES,
    CENTRES,
    AdminPage,
    FormDialog,
    fill_combo,
    fill_table,
    plain_spin,
    selected_id,
    set_error,
    setup_table,
)
from cyclades_desktop.gui.forms.ui_admin_centredialog import Ui_CentreDialog
from cyclades_desktop.gui.forms.ui_admin_centres import Ui_AdminCentres
from cyclades_desktop.gui.operations import Change, CollectionOp, QueryOp
from cyclades_desktop.gui.qtcompat import emit


class CentreDialog(FormDialog):
    saved = Signal(int, str)

    def __init__(
        self,
        context,
        academies: list,
        centre: queries.CentreInfo | None = None,
        academy_id: int | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.ui = Ui_CentreDialog()
        self.ui.setupUi(self)
        self.context = context
        self.centre = centre
        self._setup_common("folder")
        ui = self.ui
        ui.hintLabel.setProperty("role", "muted")
        plain_spin(ui.capacitySpin)
        for academy in academies:
            ui.academyCombo.addItem(academy.name, academy.id)
        self.editors = {
            "uai": ui.uaiEdit,
            "name": ui.nameEdit,
            "address": ui.addressEdit,
            "city": ui.cityEdit,
            "department": ui.departmentEdit,
            "capacity": ui.capacitySpin,
        }
        if centre is None:
            self.setWindowTitle(self.tr("Nouveau centre d'examen"))
            ui.titleLabel.setText(self.tr("Nouveau centre d'examen"))
            if academy_id is not None:
                ui.academyCombo.setCurrentIndex(max(0, ui.academyCombo.findData(academy_id)))
            ui.uaiEdit.setFocus()
        else:
            self.setWindowTitle(self.tr("Modifier le centre"))
            ui.titleLabel.setText(self.tr("%1 (%2)").replace("%1", centre.name).replace("%2", centre.uai))
            ui.academyCombo.setCurrentIndex(max(0, ui.academyCombo.findData(centre.academy_id)))
            ui.academyCombo.setEnabled(False)
            ui.uaiEdit.setText(centre.uai)
            ui.uaiEdit.setEnabled(False)
            ui.uaiEdit.setToolTip(self.tr("Le code UAI identifie l'établissement : il ne change pas."))
            ui.nameEdit.setText(centre.name)
            ui.addressEdit.setText(centre.address)
            ui.cityEdit.setText(centre.city)
            ui.departmentEdit.setText(centre.department)
            ui.capacitySpin.setValue(centre.capacity)
            ui.nameEdit.setFocus()

    def submit(self) -> None:
        ui, session = self.ui, self.context.session
        values = {
            "name": ui.nameEdit.text(),
            "address": ui.addressEdit.text(),
            "city": ui.cityEdit.text(),
            "capacity": ui.capacitySpin.value(),
            "department": ui.departmentEdit.text().strip(),
        }
        if self.centre is None:
            academy_id, uai = ui.academyCombo.currentData(), ui.uaiEdit.text()
            if academy_id is None:
                set_error(ui.errorLabel, self.tr("Créez d'abord l'académie du centre."))
                return
            text = self.tr("Centre « %1 » créé.").replace("%1", values["name"].strip())
            self._run(
                lambda: catalogue.create_centre(session, academy_id, uai, **values),
                lambda cid: self._done(cid, text),
                CENTRES,
                self.tr("Création du centre…"),
            )
        else:
            centre = self.centre
            text = self.tr("Centre « %1 » enregistré.").replace("%1", values["name"].strip())
            self._run(
                lambda: catalogue.update_centre(session, centre.id, centre.version, **values),
                lambda _r: self._done(centre.id, text),
                CENTRES,
                self.tr("Enregistrement du centre…"),
            )

    def _done(self, centre_id: int, text: str) -> None:
        self._busy = False
        emit(self.saved, centre_id, text)
        self.accept()


class CentresPage(AdminPage):
    key = "centres"
    icon_name = "folder"
    watches = (CENTRES, ACADEMIES)

    def __init__(self, context, parent: QWidget | None = None):
        super().__init__(context, parent)
        self.ui = Ui_AdminCentres()
        self.ui.setupUi(self)
        self._setup_header()
        self.centres: dict[int, queries.CentreInfo] = {}
        self.academies: list = []
        self.active_dialog: QDialog | None = None
        ui = self.ui
        ui.countLabel.setProperty("role", "muted")
        ui.newCentreButton.setProperty("role", "primary")
        ui.editCentreButton.setIcon(resources.icon("edit"))
        ui.deleteCentreButton.setIcon(resources.icon("withdraw"))
        ui.reloadButton.setIcon(resources.icon("reload"))
        setup_table(ui.centresTable, (90, 260, 260, 140, 50, 80))
        ui.academyCombo.currentIndexChanged.connect(lambda _i: self.reload())
        ui.centresTable.itemSelectionChanged.connect(self._update_buttons)
        ui.centresTable.itemDoubleClicked.connect(lambda _i: self.edit_centre())
        ui.newCentreButton.clicked.connect(self.new_centre)
        ui.editCentreButton.clicked.connect(self.edit_centre)
        ui.deleteCentreButton.clicked.connect(self.delete_centre)
        ui.reloadButton.clicked.connect(self.reload)
        self._update_buttons()
        self.reload()

    def title(self) -> str:
        return self.tr("Centres d'examen")

    def reload(self) -> None:
        session, academy_id = self.session, self.ui.academyCombo.currentData()

        def op():
            return queries.academies(session), queries.centres(session, academy_id)

        QueryOp(parent=self, op=op, success=lambda r: self._loaded(academy_id, r)).failure(
            self.show_failure
        ).with_label(self.tr("Lecture des centres…")).run_in_background()

    def _loaded(self, academy_id, result) -> None:
        self.academies, centres = result
        fill_combo(
            self.ui.academyCombo, [(a.id, a.name) for a in self.academies], self.tr("Toutes les académies")
        )
        if self.ui.academyCombo.currentData() != academy_id:
            self.reload()  # the académie shown is gone
            return
        self.centres = {c.id: c for c in centres}
        fill_table(
            self.ui.centresTable,
            [(c.uai, c.name, c.address, c.city, c.department, c.capacity, c.academy_name) for c in centres],
            [c.id for c in centres],
            numeric=(5,),
        )
        seats = sum(c.capacity for c in centres)
        self.ui.countLabel.setText(
            self.tr("%1 centre(s), %2 places.")
            .replace("%1", str(len(centres)))
            .replace("%2", f"{seats:,}".replace(",", "\u202f"))
        )
        self._update_buttons()

    def _update_buttons(self) -> None:
        chosen = selected_id(self.ui.centresTable) in self.centres
        for button in (self.ui.editCentreButton, self.ui.deleteCentreButton):
            button.setEnabled(chosen)
            button.setToolTip("" if chosen else self.tr("Choisissez d'abord un centre dans la liste."))

    def _open(self, dialog) -> QDialog:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(lambda _id, text: self.show_message(text))
        dialog.finished.connect(lambda _r: setattr(self, "active_dialog", None))
        self.active_dialog = dialog
        dialog.open()
        return dialog

    def new_centre(self) -> QDialog:
        return self._open(
            CentreDialog(self.context, self.academies, None, self.ui.academyCombo.currentData(), self)
        )

    def edit_centre(self) -> QDialog | None:
        centre = self.centres.get(selected_id(self.ui.centresTable))
        if centre is None:
            return None
        return self._open(CentreDialog(self.context, self.academies, centre, None, self))

    def delete_centre(self):
        """Ask, then remove the centre; the service refuses while candidates are assigned to it."""
        centre = self.centres.get(selected_id(self.ui.centresTable))
        if centre is None:
            return None
        session = self.session

        def delete():
            CollectionOp(
                parent=self,
                op=lambda: catalogue.delete_centre(session, centre.id, centre.version),
                success=lambda _r: self.show_message(
                    self.tr("Centre %1 supprimé.").replace("%1", f"{centre.uai} — {centre.name}")
                ),
                change=Change(None, CENTRES),
            ).failure(self.show_failure).with_label(self.tr("Suppression du centre…")).run_in_background()

        self.active_dialog = feedback.ask(
            self,
            self.tr("Supprimer un centre"),
            self.tr("Supprimer le centre %1 — %2 ?").replace("%1", centre.uai).replace("%2", centre.name),
            self.tr(
                "Pour un centre créé par erreur : seul un centre auquel aucun candidat n'est affecté peut être "
                "supprimé. La suppression est inscrite au journal."
            ),
            self.tr("&Supprimer le centre"),
            delete,
        )
        return self.active_dialog
