"""Académies and their exam office's details: what documents print and candidates are told."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from cyclades_desktop.domain import catalogue, queries
from cyclades_desktop.gui import resources
from cyclades_desktop.gui.admin.common import (
    ACADEMIES,
    EditorPage,
    fill_table,
    mark_invalid,
    select_id,
    selected_id,
    set_error,
    setup_table,
)
from cyclades_desktop.gui.forms.ui_admin_academies import Ui_AdminAcademies
from cyclades_desktop.gui.operations import QueryOp


def split_departments(text: str) -> list[str]:
    return [part.strip() for part in text.replace(";", ",").replace(" ", ",").split(",") if part.strip()]


class AcademiesPage(EditorPage):
    key = "academies"
    icon_name = "info"
    watches = (ACADEMIES,)

    def __init__(self, context, parent: QWidget | None = None):
        super().__init__(context, parent)
        self.ui = Ui_AdminAcademies()
        self.ui.setupUi(self)
        self._setup_header()
        self.academies: dict[int, queries.AcademyInfo] = {}
        self.current: queries.AcademyInfo | None = None
        self._busy = False
        ui = self.ui
        ui.saveButton.setProperty("role", "primary")
        ui.reloadButton.setIcon(resources.icon("reload"))
        ui.countLabel.setProperty("role", "muted")
        ui.errorLabel.hide()
        setup_table(ui.academiesTable, (90, 220))
        ui.splitter.setSizes([380, 700])
        ui.academiesTable.itemSelectionChanged.connect(self._selected)
        ui.newButton.clicked.connect(self.new_academy)
        ui.revertButton.clicked.connect(lambda: self._show(self.current))
        ui.saveButton.clicked.connect(self.save)
        ui.reloadButton.clicked.connect(self.reload)
        self._editors = {
            "code": ui.codeEdit,
            "name": ui.nameEdit,
            "office_name": ui.officeNameEdit,
            "address": ui.officeAddressEdit,
            "office_address": ui.officeAddressEdit,
            "email": ui.officeEmailEdit,
            "office_email": ui.officeEmailEdit,
            "phone": ui.officePhoneEdit,
            "office_phone": ui.officePhoneEdit,
            "departments": ui.departmentsEdit,
            "department": ui.departmentsEdit,
        }
        self._show(None)
        self.reload()

    def title(self) -> str:
        return self.tr("Académies")

    # -- reading ---------------------------------------------------------------------------
    def reload(self) -> None:
        session = self.session
        QueryOp(parent=self, op=lambda: queries.academies(session), success=self._loaded).failure(
            self.show_failure
        ).with_label(self.tr("Lecture des académies…")).run_in_background()

    def _loaded(self, academies: list) -> None:
        self.academies = {a.id: a for a in academies}
        wanted = self.current.id if self.current else None
        table = self.ui.academiesTable
        table.blockSignals(True)
        fill_table(table, [(a.code, a.name) for a in academies], [a.id for a in academies])
        table.resizeColumnToContents(0)
        table.blockSignals(False)
        self.ui.countLabel.setText(self.tr("%1 académie(s).").replace("%1", str(len(academies))))
        if wanted in self.academies:
            select_id(table, wanted)
            self._show(self.academies[wanted])
        elif academies and self.current is None and not self._creating():
            table.selectRow(0)

    def _creating(self) -> bool:
        return self.current is None and self.ui.codeEdit.isEnabled() and bool(self.ui.codeEdit.text())

    def _selected(self) -> None:
        academy_id = selected_id(self.ui.academiesTable)
        if academy_id in self.academies:
            self._show(self.academies[academy_id])

    def _show(self, academy: queries.AcademyInfo | None) -> None:
        ui = self.ui
        self.current = academy
        set_error(ui.errorLabel, "")
        for editor in set(self._editors.values()):
            mark_invalid(editor, False)
        ui.codeEdit.setText(academy.code if academy else "")
        ui.codeEdit.setEnabled(academy is None)
        ui.codeEdit.setToolTip(
            self.tr("Le code identifie l'académie : il ne change plus une fois créé.") if academy else ""
        )
        ui.nameEdit.setText(academy.name if academy else "")
        ui.officeNameEdit.setText(academy.office_name if academy else "")
        ui.officeAddressEdit.setPlainText(academy.office_address if academy else "")
        ui.officeEmailEdit.setText(academy.office_email if academy else "")
        ui.officePhoneEdit.setText(academy.office_phone if academy else "")
        ui.departmentsEdit.setText(", ".join(academy.departments) if academy else "")
        ui.detailsBox.setTitle(academy.name if academy else self.tr("Nouvelle académie"))
        ui.saveButton.setText(self.tr("&Enregistrer") if academy else self.tr("&Créer l'académie"))

    def new_academy(self) -> None:
        self.ui.academiesTable.clearSelection()
        self._show(None)
        self.ui.codeEdit.setFocus()

    # -- saving ----------------------------------------------------------------------------
    def values(self) -> dict:
        ui = self.ui
        return {
            "name": ui.nameEdit.text(),
            "office_name": ui.officeNameEdit.text(),
            "office_address": ui.officeAddressEdit.toPlainText(),
            "office_email": ui.officeEmailEdit.text().strip(),
            "office_phone": ui.officePhoneEdit.text().strip(),
            "departments": split_departments(ui.departmentsEdit.text()),
        }

    def save(self) -> None:
        session, values, current = self.session, self.values(), self.current
        if current is None:
            code = self.ui.codeEdit.text()

            def op():
                return catalogue.create_academy(session, code, **values)

            done = self.tr("Académie « %1 » créée.").replace("%1", values["name"].strip())
        else:

            def op():
                catalogue.update_academy(session, current.id, current.version, **values)
                return current.id

            done = self.tr("Coordonnées de « %1 » enregistrées.").replace("%1", values["name"].strip())
        self._save(op, done, ACADEMIES, self._saved)

    def _saved(self, academy_id: int, text: str) -> None:
        self.current = queries.AcademyInfo(
            academy_id, "", "", "", "", "", "", (), 0
        )  # selected once reloaded
        self.show_message(text)
