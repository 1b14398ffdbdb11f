"""One candidate's file: what the exam office knows, and the actions the role allows."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cyclades_desktop import errors
from cyclades_desktop.domain import candidates, identity, publication, subject_access
from cyclades_desktop.domain.roles import Permission
from cyclades_desktop.gui import feedback, formatting, resources
from cyclades_desktop.gui.context import AppContext
from cyclades_desktop.gui.forms.ui_candidatefile import Ui_CandidateFile
from cyclades_desktop.gui.operations import Change, CollectionOp, QueryOp, task_manager
from cyclades_desktop.gui.permissions import guard
from cyclades_desktop.gui.qtcompat import emit, repolish

CIVIL_FIELDS = (
    "civility",
    "birth_name",
    "usage_name",
    "first_names",
    "birth_date",
    "birth_country_code",
    "birth_commune_code",
    "birth_place",
    "nationality",
    "ine",
    "father_name",
    "mother_name",
)
CONTACT_FIELDS = ("address", "postcode", "city", "country", "phone")
DOCUMENT_ID_ROLE = Qt.ItemDataRole.UserRole + 10


def _repolish(widget: QWidget) -> None:
    repolish(widget)


def _set_role(label: QLabel, role: str) -> None:
    label.setProperty("role", role)
    _repolish(label)


class CandidateFileWidget(QWidget):
    """The file of candidate `candidate_id`, loaded in the background and kept current."""

    title_changed = Signal(str)
    loaded = Signal(object)  # CandidateFile
    status_message = Signal(str)

    def __init__(self, context: AppContext, candidate_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_CandidateFile()
        self.ui.setupUi(self)
        self.context = context
        self.session = context.session
        self.candidate_id = candidate_id
        self.file: candidates.CandidateFile | None = None
        self.active_dialog = None
        self._loading = False
        self.ui.headerFrame.setObjectName("fileHeader")
        self.ui.nameLabel.setObjectName("fileName")
        self.ui.subLabel.setProperty("role", "muted")
        self.ui.avatarLabel.setPixmap(resources.pixmap("candidate", 40))
        self.ui.messageBanner.hide()
        self.ui.reloadButton.setIcon(resources.icon("reload"))
        self.ui.correctButton.setIcon(resources.icon("edit"))
        self.ui.changeEmailButton.setIcon(resources.icon("mail"))
        self.ui.resetLinkButton.setIcon(resources.icon("key"))
        self.ui.exportDataButton.setIcon(resources.icon("save"))
        self.ui.previewButton.setIcon(resources.icon("preview"))
        self.ui.printButton.setIcon(resources.icon("print"))
        self.ui.saveButton.setIcon(resources.icon("save"))
        self.ui.publishButton.setIcon(resources.icon("document"))
        self.ui.documentsNote.setProperty("role", "muted")
        self.ui.historyNote.setProperty("role", "muted")
        self.ui.accountNote.setProperty("role", "muted")
        for i, name in enumerate(("identity", "account", "inscriptions", "documents", "history")):
            self.ui.sections.setTabIcon(i, resources.icon(f"tab-{name}"))
        self._setup_tables()
        self.ui.reloadButton.clicked.connect(self.reload)
        self.ui.correctButton.clicked.connect(self.correct_identity)
        self.ui.changeEmailButton.clicked.connect(self.change_email)
        self.ui.resetLinkButton.clicked.connect(self.send_reset_link)
        self.ui.exportDataButton.clicked.connect(self.export_data)
        self.ui.previewButton.clicked.connect(self.preview_document)
        self.ui.printButton.clicked.connect(self.print_document)
        self.ui.saveButton.clicked.connect(self.save_document)
        self.ui.documentsTable.itemSelectionChanged.connect(self._update_document_buttons)
        self.ui.documentsTable.itemActivated.connect(lambda _item: self.preview_document())
        self._publish_menu = QMenu(self)
        self.ui.publishButton.setMenu(self._publish_menu)
        task_manager().changed.connect(self._on_change)
        self._apply_permissions()
        self.reload()

    # -- loading -------------------------------------------------------------------------
    def _setup_tables(self) -> None:
        for table in (self.ui.documentsTable, self.ui.historyTable):
            header = table.horizontalHeader()
            header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
            header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.ui.historyTable.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)

    def reload(self) -> None:
        if self._loading:
            return
        self._loading = True
        self.ui.reloadButton.setEnabled(False)
        session, cid = self.session, self.candidate_id
        QueryOp(parent=self, op=lambda: candidates.candidate_file(session, cid), success=self._show).failure(
            self._load_failed
        ).and_finally(self._loaded_or_failed).with_label(self.tr("Lecture du dossier…")).run_in_background()

    def _loaded_or_failed(self) -> None:
        self._loading = False
        self.ui.reloadButton.setEnabled(True)

    def _load_failed(self, exc: Exception) -> None:
        if isinstance(exc, errors.NotFound):
            self.ui.nameLabel.setText(self.tr("Dossier introuvable"))
            self.show_message(str(exc), "error")
        else:
            feedback.show_error(self, exc)

    def _on_change(self, change: Change) -> None:
        if change.candidate_id == self.candidate_id:
            self.reload()

    def _show(self, file: candidates.CandidateFile) -> None:
        self.file = file
        self._show_header(file)
        self._show_identity(file)
        self._show_account(file)
        self._show_inscriptions(file)
        self._show_documents(file)
        self._show_history(file)
        self._apply_permissions()
        emit(self.title_changed, self.title())
        emit(self.loaded, file)

    def title(self) -> str:
        if self.file is None:
            return self.tr("Dossier…")
        return self.file.display_name

    def show_message(self, text: str, role: str = "success") -> None:
        _set_role(self.ui.messageBanner, f"banner-{role}")
        self.ui.messageBanner.setText(text)
        self.ui.messageBanner.setVisible(bool(text))
        if text:
            emit(self.status_message, text)

    # -- header and tabs -----------------------------------------------------------------
    def _show_header(self, f) -> None:
        i = f.identity
        name = f.display_name
        if i["usage_name"] and i["usage_name"].upper() != i["birth_name"].upper():
            name += self.tr("  (né·e %1)").replace("%1", i["birth_name"].upper())
        self.ui.nameLabel.setText(f"{i['civility']} {name}".strip())
        parts = [
            self.tr("Candidat n° %1").replace("%1", f.candidate_number or "—"),
            self.tr("né·e le %1").replace("%1", formatting.day(i["birth_date"])),
        ]
        if f.academy:
            parts.append(f.academy)
        if i.get("ine"):
            parts.append(self.tr("INE %1").replace("%1", i["ine"]))
        self.ui.subLabel.setText("   ·   ".join(parts))
        _set_role(self.ui.stateBadge, f"badge-{f.account_state}")  # before the text: QLabel caches its size
        self.ui.stateBadge.setText(f.account_state_label)

    def _show_identity(self, f) -> None:
        grid: QGridLayout = self.ui.identityGrid
        while grid.count():
            item = grid.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        lock_tip = f.identity_lock_reason if f.identity_locked else ""
        if f.identity_locked:
            self.ui.lockBanner.setText(resources.icon_html("lock") + html.escape(f.identity_lock_reason))
            _set_role(self.ui.lockBanner, "banner-locked")
        else:
            self.ui.lockBanner.setText(
                self.tr("Identité encore modifiable par le candidat : il n'a enregistré aucune inscription.")
            )
            _set_role(self.ui.lockBanner, "banner-info")
        abroad = identity.born_abroad(f.identity.get("birth_country_code", ""))

        def section(title: str, column: int) -> None:
            label = QLabel(title)
            label.setProperty("role", "section")
            grid.addWidget(label, 0, column, 1, 2)

        def rows(fields, column: int) -> None:
            r = 1
            for field in fields:
                value = f.identity.get(field, "")
                if field in ("father_name", "mother_name") and not abroad and not value:
                    continue
                caption = QLabel(formatting.field_label(field))
                caption.setProperty("role", "caption")
                text = formatting.value_text(field, value) or "—"
                shown = QLabel(text)
                shown.setObjectName(f"identity_{field}")
                shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                shown.setProperty("role", "value")
                if lock_tip:
                    shown.setToolTip(lock_tip)
                    caption.setToolTip(lock_tip)
                grid.addWidget(caption, r, column)
                grid.addWidget(shown, r, column + 1)
                r += 1

        section(self.tr("État civil"), 0)
        rows(CIVIL_FIELDS, 0)
        section(self.tr("Coordonnées"), 3)
        rows(CONTACT_FIELDS, 3)
        grid.setColumnMinimumWidth(2, 40)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(4, 1)
        grid.setRowStretch(grid.rowCount(), 1)

    def _show_account(self, f) -> None:
        self.ui.emailValue.setText(f.email or self.tr("(aucune : inscrit par son établissement)"))
        _set_role(self.ui.stateValue, f"badge-{f.account_state}")
        self.ui.stateValue.setText(f.account_state_label)
        self.ui.createdValue.setText(formatting.when(f.created_at))
        self.ui.activatedValue.setText(
            formatting.when(f.activated_at) if f.activated_at else self.tr("pas encore activé")
        )
        self.ui.lastUsedValue.setText(formatting.when(f.last_used_at))
        self.ui.academyValue.setText(f.academy or "—")
        if f.updated_at:
            self.ui.updatedValue.setText(
                self.tr("%1 par %2")
                .replace("%1", formatting.when(f.updated_at))
                .replace("%2", formatting.actor_text(f.updated_by) or "—")
            )
        else:
            self.ui.updatedValue.setText("—")
        notes = {
            "awaiting_activation": self.tr(
                "Le candidat n'a pas encore cliqué sur « Activer mon compte » : "
                "sans activation dans les 48 heures, le compte sera supprimé."
            ),
            "due_for_deletion": self.tr(
                "Ce compte remplit une condition de suppression (non activé sous 48 h, "
                "ou inutilisé depuis plus d'un an) : il sera supprimé à la prochaine purge."
            ),
            "no_account": self.tr(
                "Inscrit par son établissement : ce candidat n'a pas créé de compte candidat."
            ),
            "active": "",
        }
        self.ui.accountNote.setText(notes.get(f.account_state, ""))
        self.ui.accountNote.setVisible(bool(self.ui.accountNote.text()))

    def _clear_inscriptions(self) -> None:
        layout: QVBoxLayout = self.ui.inscriptionsLayout
        while layout.count():
            item = layout.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()

    def _show_inscriptions(self, f) -> None:
        self._clear_inscriptions()
        layout: QVBoxLayout = self.ui.inscriptionsLayout
        if not f.inscriptions:
            empty = QLabel(self.tr("Aucune candidature."))
            empty.setProperty("role", "muted")
            layout.addWidget(empty)
        for ins in f.inscriptions:
            layout.addWidget(self._inscription_card(ins))
        layout.addStretch(1)
        self.ui.sections.setTabText(2, self.tr("C&andidatures (%1)").replace("%1", str(len(f.inscriptions))))

    def _inscription_card(self, ins) -> QFrame:
        card = QFrame()
        card.setObjectName(f"inscription_{ins.number}")
        card.setProperty("role", "card")
        outer = QVBoxLayout(card)
        outer.setContentsMargins(14, 12, 14, 12)
        outer.setSpacing(8)
        top = QHBoxLayout()
        title = QLabel(f"{ins.exam_name} — {ins.session_label}")
        title.setProperty("role", "card-title")
        top.addWidget(title)
        top.addStretch(1)
        status = QLabel(formatting.status_text(ins))
        status.setObjectName("statusLabel")
        status.setProperty("role", f"status-{ins.status}")
        top.addWidget(status)
        outer.addLayout(top)

        grid = QGridLayout()
        grid.setHorizontalSpacing(14)
        grid.setVerticalSpacing(4)
        channel = formatting.channel_labels().get(ins.channel, ins.channel)
        if ins.establishment_uai:
            channel += f" ({ins.establishment_uai})"
        centre = ins.centre or self.tr("non affecté")
        if ins.room:
            room = (
                ins.room
                if ins.room.lower().startswith("salle")
                else self.tr("salle %1").replace("%1", ins.room)
            )
            centre += ", " + room
        facts = [
            (self.tr("N° d'inscription"), ins.number),
            (self.tr("Voie"), channel),
            (self.tr("Série"), ins.serie or "—"),
            (self.tr("Spécialités"), ", ".join(ins.specialities) or "—"),
            (self.tr("Langues vivantes"), ", ".join(ins.languages) or "—"),
            (self.tr("Options"), ", ".join(ins.options) or "—"),
            (self.tr("Centre d'examen"), centre),
            (
                self.tr("Version"),
                self.tr("%1 — modifiée le %2 par %3")
                .replace("%1", str(ins.version))
                .replace("%2", formatting.when(ins.updated_at))
                .replace("%3", formatting.actor_text(ins.updated_by) or "—"),
            ),
            (self.tr("Enregistrée le"), formatting.when(ins.created_at)),
        ]
        if ins.status != "registered" and ins.status_reason:
            facts.append((self.tr("Motif"), ins.status_reason))
        for n, (caption, value) in enumerate(facts):
            c = QLabel(caption)
            c.setProperty("role", "caption")
            v = QLabel(value)
            v.setWordWrap(True)
            v.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            grid.addWidget(c, n // 2, (n % 2) * 2)
            grid.addWidget(v, n // 2, (n % 2) * 2 + 1)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        outer.addLayout(grid)

        # accommodations: health data, shown only to the roles that may see them
        acc = QLabel()
        acc.setWordWrap(True)
        acc.setObjectName("accommodationsLabel")
        if ins.accommodations_hidden:
            from cyclades_desktop.domain import roles

            acc.setText(
                self.tr("Aménagements : non affichés. %1").replace(
                    "%1", roles.why_not(Permission.VIEW_ACCOMMODATIONS)
                )
            )
            acc.setProperty("role", "muted")
        elif ins.accommodations:
            lines = [f"• {a.label}" + (f" — {a.detail}" if a.detail else "") for a in ins.accommodations]
            acc.setText(self.tr("Aménagements accordés :") + "\n" + "\n".join(lines))
        else:
            acc.setText(self.tr("Aménagements : aucun."))
        outer.addWidget(acc)

        docs = QLabel()
        docs.setWordWrap(True)
        docs.setTextFormat(Qt.TextFormat.PlainText)
        lines = []
        for d in ins.supporting_documents:
            if d.received_at:
                lines.append(
                    "✓ "
                    + self.tr("%1 — reçue le %2")
                    .replace("%1", d.label)
                    .replace("%2", formatting.when(d.received_at))
                )
            else:
                lines.append(
                    "✗ "
                    + self.tr("%1 — manquante%2")
                    .replace("%1", d.label)
                    .replace("%2", self.tr(" (obligatoire)") if d.mandatory else "")
                )
        docs.setText(
            self.tr("Pièces justificatives :")
            + ("\n" + "\n".join(lines) if lines else self.tr(" aucune demandée."))
        )
        outer.addWidget(docs)

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        if ins.status == "withdrawn":
            final = QLabel(
                self.tr(
                    "Une désinscription est définitive : pour concourir, le candidat doit s'inscrire "
                    "à nouveau, si le service d'inscription est encore ouvert."
                )
            )
            final.setWordWrap(True)
            final.setProperty("role", "muted")
            buttons.insertWidget(0, final, 1)
        else:
            aside = QPushButton(resources.icon("set-aside"), self.tr("Écarter…"))
            aside.setObjectName("setAsideButton")
            guard(
                aside,
                self.session,
                Permission.SET_ASIDE,
                allowed_tip=self.tr("Écarter cette candidature (motif et mot de passe demandés)"),
                blocked_reason=self.tr("Cette candidature est déjà écartée.")
                if ins.status == "set_aside"
                else "",
            )
            aside.clicked.connect(lambda _=False, i=ins: self.set_aside(i))
            withdraw = QPushButton(resources.icon("withdraw"), self.tr("Désinscrire…"))
            withdraw.setObjectName("withdrawButton")
            withdraw.setProperty("role", "danger")
            guard(
                withdraw,
                self.session,
                Permission.WITHDRAW,
                allowed_tip=self.tr("Désinscrire le candidat de cette session (définitif)"),
            )
            withdraw.clicked.connect(lambda _=False, i=ins: self.withdraw(i))
            from cyclades_desktop.gui.documents.accommodation import accommodation_button

            buttons.addWidget(accommodation_button(self, ins))
            buttons.addWidget(aside)
            buttons.addWidget(withdraw)
        outer.addLayout(buttons)
        return card

    def _show_documents(self, f) -> None:
        table = self.ui.documentsTable
        table.setRowCount(len(f.documents))
        current_version = {(d.inscription_number, d.kind): d.version for d in f.documents if d.is_current}
        muted = QBrush(QColor("#6b7280"))
        for row, d in enumerate(f.documents):
            if d.is_current:
                state = self.tr("En vigueur")
            else:
                newer = current_version.get((d.inscription_number, d.kind))
                state = (
                    self.tr("Remplacée (v%1 en vigueur)").replace("%1", str(newer))
                    if newer
                    else self.tr("Remplacée")
                )
            values = (
                d.inscription_number,
                d.kind_label,
                str(d.version),
                state,
                formatting.when(d.published_at),
                formatting.actor_text(d.published_by),
                d.verification_code,
            )
            for col, text in enumerate(values):
                item = QTableWidgetItem(text)
                item.setData(DOCUMENT_ID_ROLE, d.id)
                if not d.is_current:
                    item.setForeground(muted)
                table.setItem(row, col, item)
        table.resizeColumnsToContents()
        self.ui.sections.setTabText(
            3, self.tr("&Documents (%1)").replace("%1", str(sum(d.is_current for d in f.documents)))
        )
        self._fill_publish_menu(f)
        if f.documents and not table.selectedItems():
            table.selectRow(0)
        self._update_document_buttons()

    def _fill_publish_menu(self, f) -> None:
        menu = self._publish_menu
        menu.clear()
        active = [i for i in f.inscriptions if i.status == "registered"]
        for ins in active:
            target = (
                menu
                if len(active) == 1
                else menu.addMenu(self.tr("Candidature %1").replace("%1", ins.number))
            )
            for kind, label in publication.KIND_LABELS.items():
                action = target.addAction(label)
                action.triggered.connect(lambda _=False, i=ins.id, k=kind: self.publish(i, k))
        reason = "" if active else self.tr("Aucune candidature active : aucun document ne peut être publié.")
        guard(
            self.ui.publishButton,
            self.session,
            Permission.PUBLISH_DOCUMENT,
            allowed_tip=self.tr("Générer et publier la version à jour d'un document"),
            blocked_reason=reason,
        )

    def _show_history(self, f) -> None:
        table = self.ui.historyTable
        table.setRowCount(len(f.history))
        labels = formatting.action_labels()
        sessions = {i.session_id: f"{i.exam_name} — {i.session_label}" for i in f.inscriptions}
        for row, e in enumerate(f.history):
            values = (
                formatting.when(e.at, seconds=True),
                formatting.actor_text(e.actor),
                labels.get(e.action, e.action),
                "\n".join(formatting.change_lines(e.old, e.new, sessions)),
                e.reason or "",
            )
            for col, text in enumerate(values):
                item = QTableWidgetItem(text)
                item.setToolTip(text if col >= 3 else "")
                item.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
                table.setItem(row, col, item)
        table.resizeColumnToContents(0)
        table.resizeColumnToContents(1)
        table.resizeColumnToContents(2)
        table.setColumnWidth(3, max(320, table.columnWidth(3)))
        table.resizeRowsToContents()
        self.ui.sections.setTabText(4, self.tr("&Historique (%1)").replace("%1", str(len(f.history))))

    # -- permissions ---------------------------------------------------------------------
    def _apply_permissions(self) -> None:
        s = self.session
        loaded = self.file is not None
        not_loaded = "" if loaded else self.tr("Le dossier est en cours de lecture.")
        guard(
            self.ui.correctButton,
            s,
            Permission.CORRECT_IDENTITY,
            allowed_tip=self.tr("Corriger l'état civil ou les coordonnées (motif et mot de passe demandés)"),
            blocked_reason=not_loaded,
        )
        guard(
            self.ui.changeEmailButton,
            s,
            Permission.CHANGE_EMAIL,
            allowed_tip=self.tr("Changer l'adresse de connexion du candidat"),
            blocked_reason=not_loaded,
        )
        no_email = (
            self.tr("Ce candidat, inscrit par son établissement, n'a pas de compte ni d'adresse e-mail.")
            if loaded and not self.file.email
            else not_loaded
        )
        guard(
            self.ui.resetLinkButton,
            s,
            Permission.SEND_RESET_LINK,
            allowed_tip=self.tr("Envoyer au candidat un lien pour choisir un nouveau mot de passe"),
            blocked_reason=no_email,
        )

        guard(
            self.ui.exportDataButton,
            s,
            Permission.EXPORT_PERSONAL_DATA,
            allowed_tip=self.tr(
                "Toutes les données du candidat dans un fichier ZIP (droit d'accès, RGPD article 15) : "
                "identité, candidatures, notes, aménagements, documents, e-mails, journal"
            ),
            blocked_reason=not_loaded,
        )

    def _selected_document(self):
        if self.file is None:
            return None
        items = self.ui.documentsTable.selectedItems()
        if not items:
            return None
        doc_id = items[0].data(DOCUMENT_ID_ROLE)
        return next((d for d in self.file.documents if d.id == doc_id), None)

    def _update_document_buttons(self) -> None:
        doc = self._selected_document()
        reason = ""
        if doc is None:
            reason = self.tr("Sélectionnez un document dans la liste.")
        elif doc.kind == "accommodation_notice" and not self.session.can(Permission.VIEW_ACCOMMODATIONS):
            from cyclades_desktop.domain import roles

            reason = roles.why_not(Permission.VIEW_ACCOMMODATIONS)
        for button, tip in (
            (self.ui.previewButton, self.tr("Afficher le document")),
            (self.ui.printButton, self.tr("Imprimer le document")),
            (self.ui.saveButton, self.tr("Enregistrer le PDF sur ce poste")),
        ):
            button.setEnabled(not reason)
            button.setToolTip(reason or tip)

    # -- actions -------------------------------------------------------------------------
    def _open_dialog(self, dialog) -> None:
        self.active_dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def correct_identity(self) -> None:
        if self.file is None or not self.ui.correctButton.isEnabled():
            return
        from cyclades_desktop.gui.candidate.dialogs import CorrectionDialog

        dialog = CorrectionDialog(self.context, self.file, self)
        dialog.corrected.connect(self._corrected)
        dialog.on_conflict_reload = self.reload
        self._open_dialog(dialog)

    def _corrected(self, result) -> None:
        fields = ", ".join(formatting.field_label(f).lower() for f in result.changed)
        text = self.tr("Correction enregistrée (%1).").replace("%1", fields)
        if result.reissued:
            text += " " + self.tr("Récapitulatif réédité pour la candidature %1.").replace(
                "%1", ", ".join(result.reissued)
            )
        text += " " + self.tr("Le candidat est prévenu par e-mail.")
        self.show_message(text)

    def change_email(self) -> None:
        if self.file is None or not self.ui.changeEmailButton.isEnabled():
            return
        from cyclades_desktop.gui.candidate.dialogs import EmailDialog

        dialog = EmailDialog(self.context, self.file, self)
        dialog.changed.connect(
            lambda email: self.show_message(
                self.tr(
                    "Adresse e-mail changée : %1 est désormais l'identifiant du candidat ; l'ancienne et la nouvelle "
                    "adresse sont prévenues."
                ).replace("%1", email)
            )
        )
        dialog.on_conflict_reload = self.reload
        self._open_dialog(dialog)

    def export_data(self) -> None:
        """« Exporter les données du candidat » : the ZIP is written off the GUI thread, then journaled."""
        if self.file is None or not self.ui.exportDataButton.isEnabled():
            return
        suggested = f"donnees-candidat-{self.file.candidate_number or self.candidate_id}.zip"
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Exporter les données du candidat"), suggested, self.tr("Archive ZIP (*.zip)")
        )
        if not path:
            return
        session, cid = self.session, self.candidate_id
        CollectionOp(
            parent=self,
            op=lambda: subject_access.export_candidate(session, cid, path),
            success=lambda report: self.show_message(
                self.tr("Données exportées dans %1 : %2 document(s), %3 entrée(s) du journal.")
                .replace("%1", report.path.name)
                .replace("%2", str(report.documents))
                .replace("%3", str(report.journal_entries))
            ),
        ).with_label(self.tr("Export des données du candidat…")).run_in_background()

    def send_reset_link(self) -> None:
        if self.file is None or not self.ui.resetLinkButton.isEnabled():
            return
        email = self.file.email
        self.active_dialog = feedback.ask(
            self,
            self.tr("Lien de réinitialisation"),
            self.tr("Envoyer à %1 un lien pour choisir un nouveau mot de passe ?").replace("%1", email),
            self.tr(
                "Le lien est valable 24 heures. Le mot de passe actuel reste valable tant que le candidat n'en "
                "a pas choisi un autre."
            ),
            self.tr("&Envoyer le lien"),
            lambda: self._send_reset_link(email),
            name="resetLinkBox",
            accept_name="sendButton",
        )

    def _send_reset_link(self, email: str) -> None:
        session, cid = self.session, self.candidate_id
        CollectionOp(
            parent=self,
            op=lambda: candidates.send_reset_link(session, cid),
            success=lambda _r: self.show_message(
                self.tr("Lien de réinitialisation envoyé à %1 (valable 24 heures).").replace("%1", email)
            ),
            change=Change(cid, "reset_link"),
        ).with_label(self.tr("Envoi du lien…")).run_in_background()

    def _status_dialog(self, ins, mode: str) -> None:
        if self.file is None:
            return
        from cyclades_desktop.gui.candidate.dialogs import StatusChangeDialog

        dialog = StatusChangeDialog(self.context, self.file, ins, mode, self)
        dialog.done_change.connect(self.show_message)
        dialog.on_conflict_reload = self.reload
        self._open_dialog(dialog)

    def withdraw(self, ins) -> None:
        if self.session.can(Permission.WITHDRAW) and ins.status != "withdrawn":
            self._status_dialog(ins, "withdraw")

    def set_aside(self, ins) -> None:
        if self.session.can(Permission.SET_ASIDE) and ins.status == "registered":
            self._status_dialog(ins, "set_aside")

    def publish(self, inscription_id: int, kind: str) -> None:
        session, cid = self.session, self.candidate_id
        CollectionOp(
            parent=self,
            op=lambda: publication.publish(session, inscription_id, kind),
            success=lambda r: self.show_message(
                (
                    self.tr("%1 publié (version %2, code %3).")
                    if r.created
                    else self.tr("%1 déjà à jour : la version %2 (code %3) reste en vigueur.")
                )
                .replace("%1", publication.KIND_LABELS[kind])
                .replace("%2", str(r.version))
                .replace("%3", r.verification_code)
            ),
            change=Change(cid, "document"),
        ).with_label(self.tr("Publication…")).run_in_background()

    def _with_pdf(self, then) -> None:
        doc = self._selected_document()
        if doc is None or not self.ui.previewButton.isEnabled():
            return
        QueryOp(
            parent=self,
            op=lambda: publication.pdf_bytes(doc.id, self.session),
            success=lambda data: then(doc, data),
        ).with_label(self.tr("Lecture du document…")).run_in_background()

    def preview_document(self) -> None:
        from cyclades_desktop.gui.pdfview import PdfPreviewDialog

        def show(doc, data):
            dialog = PdfPreviewDialog(doc, data, self)
            self.active_dialog = dialog
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.show()

        self._with_pdf(show)

    def print_document(self) -> None:
        from cyclades_desktop.gui import pdfview

        self._with_pdf(lambda doc, data: pdfview.print_pdf(self, data, doc.kind_label))

    def save_document(self) -> None:
        from cyclades_desktop.gui import pdfview

        self._with_pdf(lambda doc, data: pdfview.save_pdf(self, data, pdfview.file_name(doc)))
