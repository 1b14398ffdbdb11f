"""The audit journal: filters, newest first by keyset pages, CSV export, integrity check."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import QWidget

from cyclades_desktop import errors
from cyclades_desktop.domain import journal, queries
from cyclades_desktop.domain.roles import Permission
from cyclades_desktop.gui import formatting, resources
from cyclades_desktop.gui.admin import common
from cyclades_desktop.gui.admin.common import STAFF, AdminPage, KeysetModel, local_text, setup_table
from cyclades_desktop.gui.forms.ui_admin_journal import Ui_AdminJournal
from cyclades_desktop.gui.operations import QueryOp

EVERYONE = None
translate = QCoreApplication.translate


def _labels() -> dict[str, str]:
    """French names of the keys the set-up and staff events record (the candidates' are formatting's)."""
    return {
        "full_name": translate("admin", "Nom"),
        "role": translate("admin", "Rôle"),
        "active": translate("admin", "Actif"),
        "name": translate("admin", "Nom"),
        "code": translate("admin", "Code"),
        "uai": translate("admin", "UAI"),
        "capacity": translate("admin", "Capacité"),
        "city": translate("admin", "Ville"),
        "department": translate("admin", "Département"),
        "departments": translate("admin", "Départements"),
        "office_name": translate("admin", "Service des examens"),
        "office_address": translate("admin", "Adresse"),
        "office_email": translate("admin", "E-mail du service"),
        "office_phone": translate("admin", "Téléphone du service"),
        "label": translate("admin", "Intitulé"),
        "year": translate("admin", "Année"),
        "level": translate("admin", "Niveau"),
        "series": translate("admin", "Séries"),
        "specialities_required": translate("admin", "Spécialités exigées"),
        "supporting_documents": translate("admin", "Pièces justificatives"),
        "starts_at": translate("admin", "Début"),
        "duration_minutes": translate("admin", "Durée (min)"),
        "coefficient": translate("admin", "Coefficient"),
        "piece": translate("admin", "Pièce"),
        "received": translate("admin", "Reçue"),
        "assigned": translate("admin", "Affectés"),
        "adapted_rooms": translate("admin", "En salle aménagée"),
        "unassigned": translate("admin", "Sans place"),
        "centre": translate("admin", "Centre"),
        "room": translate("admin", "Salle"),
        "registration": translate("admin", "Inscriptions"),
        "modification": translate("admin", "Modifications"),
        "documents": translate("admin", "Documents"),
        "results": translate("admin", "Résultats"),
    }


def _named(values: dict | None, labels: dict) -> dict | None:
    if not values:
        return values
    out = {}
    for key, value in values.items():
        if key == "role":
            value = formatting.role_label(value)
        out[labels.get(key, key) if formatting.field_label(key) == key else key] = value
    return out


def entity_text(entity: str) -> str:
    """« exam_session 11 » → « Session 11 »."""
    names = {
        "inscription": translate("admin", "Candidature"),
        "candidate": translate("admin", "Candidat"),
        "staff_user": translate("admin", "Personnel"),
        "exam_session": translate("admin", "Session"),
        "academy": translate("admin", "Académie"),
        "exam": translate("admin", "Examen"),
        "centre": translate("admin", "Centre"),
        "paper": translate("admin", "Épreuve"),
        "document": translate("admin", "Document"),
    }
    kind, _space, rest = entity.partition(" ")
    return f"{names.get(kind, kind)} {rest}".strip()


def details(row: queries.JournalRow) -> str:
    labels = _labels()
    return " ; ".join(formatting.change_lines(_named(row.old_values, labels), _named(row.new_values, labels)))


class JournalPage(AdminPage):
    key = "journal"
    icon_name = "tab-history"
    permission = Permission.VIEW_AUDIT
    watches = (STAFF,)  # new logins for the person filter

    def __init__(self, context, parent: QWidget | None = None):
        super().__init__(context, parent)
        self.ui = Ui_AdminJournal()
        self.ui.setupUi(self)
        self._setup_header()
        self.filters = journal.JournalFilters()
        self._busy = False
        ui = self.ui
        ui.applyButton.setProperty("role", "primary")
        ui.clearButton.setIcon(resources.icon("filter-clear"))
        ui.exportButton.setIcon(resources.icon("save"))
        ui.verifyButton.setIcon(resources.icon("lock"))
        ui.countLabel.setProperty("role", "muted")
        ui.personCombo.addItem(self.tr("Tout le monde"), EVERYONE)
        ui.personCombo.lineEdit().setPlaceholderText(self.tr("identifiant"))
        ui.actionCombo.addItem(self.tr("Toutes les actions"), None)
        for action, label in sorted(journal.ACTION_LABELS.items(), key=lambda item: item[1].lower()):
            ui.actionCombo.addItem(label, action)
        today = QDate.currentDate()
        ui.sinceEdit.setDate(today.addMonths(-1))
        ui.untilEdit.setDate(today)
        for check, edit in ((ui.sinceCheck, ui.sinceEdit), (ui.untilCheck, ui.untilEdit)):
            edit.setEnabled(False)
            check.toggled.connect(edit.setEnabled)
        self.model = KeysetModel(
            (
                self.tr("N°"),
                self.tr("Date"),
                self.tr("Auteur"),
                self.tr("Action"),
                self.tr("Objet"),
                self.tr("N° de candidat"),
                self.tr("Détail"),
                self.tr("Motif"),
            ),
            lambda r: (
                r.id,
                local_text(r.at),
                formatting.actor_text(r.actor),
                r.action_label,
                entity_text(r.entity),
                r.candidate_number or (f"#{r.candidate_id}" if r.candidate_id else ""),
                details(r),
                r.reason,
            ),
            page_size=200,
            label=self.tr("Lecture du journal…"),
            parent=self,
        )
        ui.journalView.setModel(self.model)
        setup_table(ui.journalView, (60, 138, 180, 205, 130, 115, 360))
        self.model.loaded.connect(self._loaded)
        self.model.failed.connect(self.show_failure)
        ui.applyButton.clicked.connect(self.apply)
        ui.candidateEdit.returnPressed.connect(self.apply)
        ui.personCombo.lineEdit().returnPressed.connect(self.apply)
        ui.clearButton.clicked.connect(self.clear)
        ui.exportButton.clicked.connect(self.export)
        ui.verifyButton.clicked.connect(self.verify)
        self.reload()
        self.apply()

    def title(self) -> str:
        return self.tr("Journal d'audit")

    def reload(self) -> None:
        session = self.session
        QueryOp(parent=self, op=lambda: queries.journal_actors(session), success=self._actors_loaded).failure(
            self.show_failure
        ).with_label(self.tr("Lecture du personnel…")).run_in_background()

    def _actors_loaded(self, actors: list) -> None:
        combo = self.ui.personCombo
        text = combo.currentText()
        combo.blockSignals(True)
        while combo.count() > 1:
            combo.removeItem(1)
        for login in actors:
            combo.addItem(formatting.actor_text(login) if login == "portail" else login, login)
        combo.setEditText(text)
        combo.blockSignals(False)

    # -- filters ---------------------------------------------------------------------------
    def person(self) -> str | None:
        combo = self.ui.personCombo
        text = combo.currentText().strip()
        index = combo.findText(text)
        if index >= 0:
            return combo.itemData(index)
        return text or None

    def _filters(self, candidate_id: int | None) -> journal.JournalFilters:
        ui = self.ui

        def date(check, edit) -> dt.date | None:
            if not check.isChecked():
                return None
            d = edit.date()
            return dt.date(d.year(), d.month(), d.day())

        return journal.JournalFilters(
            actor=self.person(),
            action=ui.actionCombo.currentData(),
            candidate_id=candidate_id,
            since=date(ui.sinceCheck, ui.sinceEdit),
            until=date(ui.untilCheck, ui.untilEdit),
        )

    def apply(self) -> None:
        ui, session = self.ui, self.session
        number = ui.candidateEdit.text().strip()
        common.mark_invalid(ui.candidateEdit, False)
        if (
            ui.sinceCheck.isChecked()
            and ui.untilCheck.isChecked()
            and ui.sinceEdit.date() > ui.untilEdit.date()
        ):
            self.show_message(self.tr("La date de début est postérieure à la date de fin."), "error")
            return
        if not number:
            self._start(self._filters(None))
            return
        QueryOp(
            parent=self,
            op=lambda: queries.candidate_id_for_number(session, number),
            success=lambda cid: self._start(self._filters(cid)),
        ).failure(self._number_refused).with_label(self.tr("Recherche du candidat…")).run_in_background()

    def _number_refused(self, exc: Exception) -> None:
        if isinstance(exc, (errors.NotFound, errors.ValidationError)):
            common.mark_invalid(self.ui.candidateEdit)
        self.show_failure(exc)

    def _start(self, filters: journal.JournalFilters) -> None:
        self.filters = filters
        self.show_message("")
        session = self.session
        self.model.start(
            lambda before, limit: queries.journal_page(session, filters, before_id=before, limit=limit)
        )

    def clear(self) -> None:
        ui = self.ui
        ui.personCombo.setCurrentIndex(0)
        ui.actionCombo.setCurrentIndex(0)
        ui.candidateEdit.clear()
        ui.sinceCheck.setChecked(False)
        ui.untilCheck.setChecked(False)
        self.apply()

    def _loaded(self) -> None:
        n = self.model.rowCount()
        f = self.filters
        filtered = any((f.actor, f.action, f.candidate_id, f.since, f.until))
        if n == 0:
            text = self.tr("Aucun événement ne correspond.")
        elif self.model.has_more:
            text = self.tr(
                "%1 événements les plus récents affichés — faites défiler pour remonter le temps."
            ).replace("%1", str(n))
        else:
            text = self.tr("%1 événement(s).").replace("%1", str(n))
        if filtered:
            text += " " + self.tr("(filtres appliqués)")
        self.ui.countLabel.setText(text)

    # -- export and check ------------------------------------------------------------------
    def export(self) -> None:
        if self._busy:
            return
        name = f"journal-audit-{dt.date.today():%Y%m%d}.csv"
        path = common.ask_save_path(self, self.tr("Exporter le journal en CSV"), name)
        if path:
            self.export_to(path)

    def export_to(self, path: str) -> None:
        """Every event matching the filters shown (not only the pages read), as CSV."""
        session, filters = self.session, self.filters
        self._set_busy(True)
        QueryOp(
            parent=self,
            op=lambda: queries.export_journal(session, filters, path),
            success=lambda n: self.show_message(
                self.tr("%1 événement(s) exporté(s) dans %2.").replace("%1", str(n)).replace("%2", path)
            ),
        ).failure(self.show_failure).and_finally(lambda: self._set_busy(False)).with_label(
            self.tr("Export du journal…")
        ).run_in_background()

    def verify(self) -> None:
        if self._busy:
            return
        session = self.session
        self._set_busy(True)
        self.show_message(self.tr("Vérification de la chaîne d'empreintes…"), "info")
        QueryOp(parent=self, op=lambda: journal.verify(session), success=self._verified).failure(
            self.show_failure
        ).and_finally(lambda: self._set_busy(False)).with_label(
            self.tr("Vérification de l'intégrité du journal…")
        ).run_in_background()

    def _verified(self, report) -> None:
        self.show_message(report.message(), "success" if report.ok else "danger")

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.ui.exportButton.setEnabled(not busy)
        self.ui.verifyButton.setEnabled(not busy)
