"""The batch publication window: a kind of document for a whole session (or one centre), with
progress, cancel and resume, then one merged PDF for the print shop or direct printing.

The batch runs on a thread of its own (`jobs.BackgroundJob`); the domain renders on every core
in spawned processes and stores each document in its own transaction, so a cancel stops after
the documents in flight and running the batch again skips what is already published.
"""

from __future__ import annotations

import logging
import math
import tempfile
import threading
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt, QTimer, Signal
from PySide6.QtWidgets import QDialog, QFileDialog, QHeaderView, QMessageBox, QTableWidgetItem, QWidget

from cyclades_desktop import errors
from cyclades_desktop.domain import batch, publication, queries
from cyclades_desktop.domain.roles import Permission
from cyclades_desktop.gui import feedback, formatting, resources
from cyclades_desktop.gui.context import AppContext
from cyclades_desktop.gui.documents import printing
from cyclades_desktop.gui.documents.jobs import BackgroundJob
from cyclades_desktop.gui.forms.ui_batch import Ui_BatchDialog
from cyclades_desktop.gui.operations import QueryOp
from cyclades_desktop.gui.permissions import guard
from cyclades_desktop.gui.qtcompat import emit, repolish

log = logging.getLogger(__name__)
NBSP = "\u00a0"


def number(n: int) -> str:
    """« 10 000 »: French thousands, with a no-break space."""
    return f"{n:,}".replace(",", NBSP)


def duration(seconds: float | None) -> str:
    """« 2 min 10 s », « 45 s », « 1 h 05 min »; « — » when unknown."""
    if seconds is None or not math.isfinite(seconds):
        return "—"
    s = max(0, round(seconds))
    if s < 60:
        return f"{s}{NBSP}s"
    if s < 3600:
        return f"{s // 60}{NBSP}min {s % 60:02d}{NBSP}s"
    return f"{s // 3600}{NBSP}h {(s % 3600) // 60:02d}{NBSP}min"


def _set_role(widget: QWidget, role: str) -> None:
    widget.setProperty("role", role)
    repolish(widget)


class BatchDialog(QDialog):
    """Publish a kind of document for a session or a centre; save or print the merged PDF."""

    batch_finished = Signal(object)  # batch.BatchReport
    print_file_written = Signal(object)  # (path, MergeResult, missing)

    def __init__(self, context: AppContext, parent: QWidget | None = None, *, workers: int | None = None):
        super().__init__(parent)
        self.ui = Ui_BatchDialog()
        self.ui.setupUi(self)
        self.context = context
        self.session = context.session
        self.workers = workers  # None: every core (batch.workers_default)
        self.job: BackgroundJob | None = None  # the batch, or the print file being written
        self.print_job: BackgroundJob | None = None
        self.cancel_event: threading.Event | None = None
        self.report: batch.BatchReport | None = None
        self.scope: queries.BatchScope | None = None
        self.last_progress: batch.Progress | None = None
        self.last_print_file: Path | None = None
        self._scope_request = 0
        self._scope_answered = 0
        self._close_when_stopped = False
        self.setWindowIcon(resources.icon("document"))
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.ui.titleLabel.setProperty("role", "dialog-title")
        self.ui.introLabel.setProperty("role", "muted")
        self.ui.scopeLabel.setProperty("role", "muted")
        self.ui.countsLabel.setProperty("role", "muted")
        self.ui.errorsNote.setProperty("role", "muted")
        self.ui.publishButton.setProperty("role", "primary")
        self.ui.publishButton.setIcon(resources.icon("document"))
        self.ui.saveButton.setIcon(resources.icon("save"))
        self.ui.printButton.setIcon(resources.icon("print"))
        self.ui.cancelButton.setIcon(resources.icon("close"))
        font = self.ui.countLabel.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.ui.countLabel.setFont(font)
        self.ui.countLabel.setObjectName("countLabel")
        self.ui.progressBar.setRange(0, 1)
        self.ui.progressBar.setValue(0)
        self.ui.progressBar.setTextVisible(False)  # the house style's bar is dark: the figures say it below
        self.ui.progressBar.setFixedHeight(14)
        header = self.ui.errorsTable.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.ui.errorsBox.hide()
        self.ui.errorsTable.setMinimumHeight(150)
        self.ui.mainLayout.setStretchFactor(self.ui.errorsBox, 1)
        self.ui.resultLabel.hide()
        for kind, label in publication.KIND_LABELS.items():
            self.ui.kindCombo.addItem(label, kind)
        self.ui.kindCombo.setCurrentIndex(max(0, self.ui.kindCombo.findData("convocation")))
        self.ui.centreCombo.addItem(self.tr("Tous les centres"), None)
        self.ui.sessionCombo.currentIndexChanged.connect(lambda _i: self._session_changed())
        self.ui.kindCombo.currentIndexChanged.connect(lambda _i: self.refresh_scope())
        self.ui.centreCombo.currentIndexChanged.connect(lambda _i: self.refresh_scope())
        self.ui.publishButton.clicked.connect(self.publish)
        self.ui.cancelButton.clicked.connect(self.cancel)
        self.ui.saveButton.clicked.connect(self.save_print_file)
        self.ui.printButton.clicked.connect(self.print_batch)
        self.ui.closeButton.clicked.connect(self.close)
        self._reset_figures()
        self._update_buttons()
        self._load_sessions()

    # -- selection -----------------------------------------------------------------------
    def selection(self) -> tuple[str, int | None, int | None]:
        return (
            self.ui.kindCombo.currentData(),
            self.ui.sessionCombo.currentData(),
            self.ui.centreCombo.currentData(),
        )

    def selection_label(self) -> str:
        kind = self.ui.kindCombo.currentText()
        where = (
            self.ui.centreCombo.currentText()
            if self.ui.centreCombo.currentData()
            else self.ui.sessionCombo.currentText()
        )
        return f"{kind} — {where}"

    def _load_sessions(self) -> None:
        session = self.session
        QueryOp(
            parent=self, op=lambda: queries.filter_options(session).sessions, success=self._show_sessions
        ).with_label(self.tr("Lecture des sessions…")).run_in_background()

    def _show_sessions(self, sessions) -> None:
        combo = self.ui.sessionCombo
        combo.blockSignals(True)
        combo.clear()
        for choice in sessions:
            combo.addItem(choice.label, choice.id)
        combo.blockSignals(False)
        if not sessions:
            self.ui.scopeLabel.setText(self.tr("Aucune session n'est paramétrée."))
        self._session_changed()

    def select(self, session_id: int, kind: str = "convocation", centre_id: int | None = None) -> None:
        """Preselect a session, a kind and a centre (the centres load in the background)."""
        self._wanted_centre = centre_id
        self.ui.kindCombo.setCurrentIndex(max(0, self.ui.kindCombo.findData(kind)))
        index = self.ui.sessionCombo.findData(session_id)
        if index >= 0 and index != self.ui.sessionCombo.currentIndex():
            self.ui.sessionCombo.setCurrentIndex(index)
        elif index >= 0:
            self._session_changed()

    def _session_changed(self) -> None:
        session, session_id = self.session, self.ui.sessionCombo.currentData()
        combo = self.ui.centreCombo
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("Tous les centres"), None)
        combo.blockSignals(False)
        if session_id is None:
            self.refresh_scope()
            return
        QueryOp(
            parent=self,
            op=lambda: queries.session_centres(session, session_id),
            success=lambda centres: self._show_centres(session_id, centres),
        ).with_label(self.tr("Lecture des centres…")).run_in_background()
        self.refresh_scope()

    def _show_centres(self, session_id: int, centres) -> None:
        if session_id != self.ui.sessionCombo.currentData():
            return  # another session was chosen meanwhile
        combo = self.ui.centreCombo
        combo.blockSignals(True)
        for c in centres:
            if c.registered:
                combo.addItem(
                    self.tr("%1 — %2 candidat(s)").replace("%1", c.label).replace("%2", number(c.registered)),
                    c.id,
                )
        wanted = getattr(self, "_wanted_centre", None)
        if wanted is not None and combo.findData(wanted) >= 0:
            combo.setCurrentIndex(combo.findData(wanted))
            self._wanted_centre = None
        combo.blockSignals(False)
        if wanted is not None:
            self.refresh_scope()

    def refresh_scope(self) -> None:
        kind, session_id, centre_id = self.selection()
        self._scope_request += 1
        request = self._scope_request
        if session_id is None or kind is None:
            self.scope = None
            self._scope_answered = request
            self._update_buttons()
            return
        if not self.session.can(Permission.PUBLISH_BATCH):
            from cyclades_desktop.domain import roles

            self.ui.scopeLabel.setText(roles.why_not(Permission.PUBLISH_BATCH))
            self._scope_answered = request
            self._update_buttons()
            return
        self.ui.scopeLabel.setText(self.tr("Décompte des candidatures…"))
        session = self.session
        QueryOp(
            parent=self,
            op=lambda: queries.batch_scope(session, kind, session_id, centre_id),
            success=lambda scope: self._show_scope(request, scope),
        ).with_label(self.tr("Décompte des candidatures…")).run_in_background()

    def _scope_pending(self) -> bool:
        return self._scope_answered != self._scope_request

    def _show_scope(self, request: int, scope: queries.BatchScope) -> None:
        if request != self._scope_request:
            return  # the selection changed meanwhile
        self._scope_answered = request
        self.scope = scope
        kind = self.ui.kindCombo.currentText().lower()
        if scope.registered == 0:
            text = self.tr("Aucune candidature inscrite dans cette sélection.")
        else:
            text = (
                self.tr(
                    "%1 candidature(s) inscrite(s) ; %2 ont déjà leur %3 en vigueur (elles ne seront "
                    "republiées que si leurs données ont changé)."
                )
                .replace("%1", number(scope.registered))
                .replace("%2", number(scope.current))
                .replace("%3", kind)
            )
            if scope.without_centre and self.ui.kindCombo.currentData() == "convocation":
                text += " " + self.tr(
                    "%1 n'ont pas encore de centre d'examen : leur convocation ne peut pas être éditée."
                ).replace("%1", number(scope.without_centre))
        last = scope.last
        if last is not None:
            states = {
                "done": self.tr("terminé"),
                "cancelled": self.tr("interrompu"),
                "failed": self.tr("en échec"),
                "running": self.tr("en cours ou arrêté brutalement"),
            }
            text += "\n" + self.tr("Dernier lot sur cette sélection : %1 le %2 par %3 (%4 / %5).").replace(
                "%1", states.get(last.state, last.state)
            ).replace("%2", formatting.when(last.started_at)).replace(
                "%3", formatting.actor_text(last.started_by) or last.started_by
            ).replace("%4", number(last.done)).replace("%5", number(last.total))
            if last.state in ("cancelled", "failed", "running") and scope.current < scope.registered:
                text += " " + self.tr("« Publier » reprend ce lot sans doublon.")
        self.ui.scopeLabel.setText(text)
        if not self.running and self.report is None:
            self._show_count(0, scope.registered)
        self._update_buttons()

    # -- state ---------------------------------------------------------------------------
    @property
    def running(self) -> bool:
        return self.job is not None

    @property
    def busy(self) -> bool:
        return self.job is not None or self.print_job is not None

    def _update_buttons(self) -> None:
        ui, s = self.ui, self.session
        _kind, session_id, _centre = self.selection()
        busy = self.busy
        for w in (ui.sessionCombo, ui.kindCombo, ui.centreCombo):
            w.setEnabled(not busy)
        reason = ""
        if self.running:
            reason = self.tr("Un lot est en cours.")
        elif busy:
            reason = self.tr("Impression en cours.")
        elif session_id is None:
            reason = self.tr("Choisissez une session.")
        elif self.scope is None:
            reason = self.tr("Décompte des candidatures en cours…")
        elif self.scope.registered == 0:
            reason = self.tr("Aucune candidature inscrite dans cette sélection.")
        guard(
            ui.publishButton,
            s,
            Permission.PUBLISH_BATCH,
            blocked_reason=reason,
            allowed_tip=self.tr(
                "Publier la version à jour du document pour chaque candidature de la sélection"
            ),
        )
        ui.cancelButton.setEnabled(
            self.running and self.cancel_event is not None and not self.cancel_event.is_set()
        )
        ui.cancelButton.setToolTip(
            self.tr("Arrêter après les documents en cours ; « Publier » reprendra sans doublon")
            if ui.cancelButton.isEnabled()
            else ""
        )
        no_file = reason if (busy or self.scope is None or session_id is None) else ""
        if not no_file and self.scope is not None and self.scope.current == 0:
            no_file = self.tr(
                "Aucun document de ce type n'est encore publié dans cette sélection : publiez d'abord."
            )
        guard(
            ui.saveButton,
            s,
            Permission.PUBLISH_BATCH,
            blocked_reason=no_file,
            allowed_tip=self.tr(
                "Un seul PDF des documents en vigueur, trié par centre puis par nom, pour l'imprimeur"
            ),
        )
        guard(
            ui.printButton,
            s,
            Permission.PUBLISH_BATCH,
            blocked_reason=no_file,
            allowed_tip=self.tr("Imprimer directement les documents en vigueur de la sélection"),
        )
        ui.closeButton.setToolTip(
            self.tr("Un lot en cours sera d'abord interrompu proprement") if self.running else ""
        )

    def _reset_figures(self) -> None:
        self.ui.progressBar.setRange(0, 1)
        self.ui.progressBar.setValue(0)
        self.ui.countLabel.setText("—")
        self.ui.rateLabel.setText("")
        self.ui.etaLabel.setText("")
        self.ui.countsLabel.setText(self.tr("Aucun lot lancé depuis l'ouverture de cette fenêtre."))

    # -- publishing ----------------------------------------------------------------------
    def publish(self) -> None:
        if self.busy or not self.ui.publishButton.isEnabled():
            return
        kind, session_id, centre_id = self.selection()
        session, workers = self.session, self.workers
        self._batch_session_id = session_id
        cancel = self.cancel_event = threading.Event()
        self.report = None
        self.last_progress = None
        self._reset_figures()
        self.ui.progressBar.setRange(0, max(1, self.scope.registered if self.scope else 1))
        self._show_count(0, self.scope.registered if self.scope else 0)
        self.ui.countsLabel.setText(self.tr("Préparation du lot…"))
        self.ui.resultLabel.hide()
        self.ui.errorsBox.hide()
        self.ui.errorsTable.setRowCount(0)
        job = BackgroundJob(
            lambda progress: batch.publish_batch(
                session, kind, session_id, centre_id, progress=progress, cancel=cancel, workers=workers
            ),
            self,
            label="batch",
        )
        job.progressed.connect(self._show_progress)
        job.succeeded.connect(self._batch_done)
        job.failed.connect(self._batch_failed)
        job.finished.connect(self._job_finished)
        self.job = job
        self._update_buttons()
        log.info("batch %s session=%s centre=%s started by %s", kind, session_id, centre_id, session.login)
        job.start()

    def cancel(self) -> None:
        if self.cancel_event is None or not self.running or self.cancel_event.is_set():
            return
        self.cancel_event.set()
        self._update_buttons()
        self.show_result(
            self.tr(
                "Arrêt demandé : les documents en cours de rendu se terminent et sont enregistrés, "
                "puis le lot s'arrête."
            ),
            "info",
        )

    def _show_count(self, done: int, total: int) -> None:
        percent = int(100 * done / total) if total else 100
        self.ui.countLabel.setText(f"{number(done)} / {number(total)}  ({percent}{NBSP}%)")

    def _show_progress(self, p: batch.Progress) -> None:
        self.last_progress = p
        bar = self.ui.progressBar
        bar.setRange(0, max(1, p.total))
        bar.setValue(p.done)
        self._show_count(p.done, p.total)
        self.ui.rateLabel.setText(self.tr("%1 documents/s").replace("%1", number(round(p.rate))))
        self.ui.etaLabel.setText(
            self.tr("temps restant : %1").replace("%1", duration(p.eta_seconds))
            if p.done < p.total
            else self.tr("terminé")
        )
        self._show_counts(p.published, p.unchanged, p.failed)

    def _show_counts(self, published: int, unchanged: int, failed: int) -> None:
        self.ui.countsLabel.setText(
            self.tr("%1 publié(s) · %2 déjà à jour · %3 en erreur")
            .replace("%1", number(published))
            .replace("%2", number(unchanged))
            .replace("%3", number(failed))
        )

    def _batch_done(self, report: batch.BatchReport) -> None:
        self.report = report
        bar = self.ui.progressBar
        bar.setRange(0, max(1, report.total))
        done = report.published + report.unchanged + report.failed
        bar.setValue(report.total if report.state == "done" else min(done, report.total))
        self._show_count(bar.value() if report.state != "done" else report.total, report.total)
        rate = done / report.seconds if report.seconds else 0  # documents handled, as while it ran
        self.ui.rateLabel.setText(self.tr("%1 documents/s").replace("%1", number(round(rate))))
        self.ui.etaLabel.setText(self.tr("durée : %1").replace("%1", duration(report.seconds)))
        self._show_counts(report.published, report.unchanged, report.failed)
        label = publication.KIND_LABELS[report.kind]
        if report.state == "cancelled":
            text = (
                self.tr(
                    "Lot interrompu (%1) : %2 document(s) publié(s) sur %3 avant l'arrêt. Relancez « Publier » "
                    "pour reprendre : ce qui est déjà publié ne sera pas refait, sans doublon."
                )
                .replace("%1", label)
                .replace("%2", number(report.published))
                .replace("%3", number(report.total))
            )
            role = "info"
        else:
            text = (
                self.tr(
                    "Lot terminé (%1) : %2 document(s) publié(s), %3 déjà à jour, %4 en erreur, sur %5 "
                    "candidature(s)."
                )
                .replace("%1", label)
                .replace("%2", number(report.published))
                .replace("%3", number(report.unchanged))
                .replace("%4", number(report.failed))
                .replace("%5", number(report.total))
            )
            if report.published:
                text += " " + self.tr("Les candidats sont prévenus par e-mail.")
            role = "success" if not report.failed else "error"
            if report.published + report.unchanged:
                text += " " + self.tr(
                    "Vous pouvez maintenant enregistrer le PDF pour l'imprimeur ou imprimer."
                )
        self.show_result(text, role)
        self._show_errors(report)
        emit(self.batch_finished, report)

    def _show_errors(self, report: batch.BatchReport) -> None:
        self._fill_errors(report.errors, {})
        if report.errors:  # the batch names some documents by inscription id: show their numbers
            session, session_id, keys = (
                self.session,
                self._batch_session_id,
                [who for who, _ in report.errors],
            )
            QueryOp(
                parent=self,
                op=lambda: queries.inscription_numbers(session, session_id, keys),
                success=lambda numbers: self._fill_errors(report.errors, numbers),
            ).with_label(self.tr("Lecture des candidatures en erreur…")).run_in_background()
        self.ui.errorsBox.setVisible(bool(report.failed))
        if report.failed:
            QTimer.singleShot(0, self._make_room)
        if report.failed > len(report.errors):
            self.ui.errorsNote.setText(
                self.tr(
                    "%1 document(s) en erreur ; les %2 premiers sont listés. Corrigez les "
                    "données puis relancez « Publier » : seuls les documents manquants ou "
                    "changés seront publiés."
                )
                .replace("%1", number(report.failed))
                .replace("%2", number(len(report.errors)))
            )
        else:
            self.ui.errorsNote.setText(
                self.tr(
                    "Corrigez les données puis relancez « Publier » : seuls les documents "
                    "manquants ou changés seront publiés."
                )
            )

    def _make_room(self) -> None:
        """Grow the window rather than squeeze the selection when the error list appears."""
        wanted = (
            self.layout().totalHeightForWidth(self.width())
            if self.layout().hasHeightForWidth()
            else self.sizeHint().height()
        )
        screen = self.screen().availableGeometry().height() if self.screen() is not None else wanted
        if self.height() < wanted:
            self.resize(self.width(), min(wanted, screen - 60))

    def _fill_errors(self, errors_, numbers: dict) -> None:
        table = self.ui.errorsTable
        table.setRowCount(len(errors_))
        for row, (who, reason) in enumerate(errors_):
            for col, text in enumerate((numbers.get(who, who), reason)):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                table.setItem(row, col, item)
        table.resizeRowsToContents()

    def _batch_failed(self, exc: Exception) -> None:
        p = self.last_progress
        where = self.tr(" après %1 document(s) traités").replace("%1", number(p.done)) if p else ""
        self.show_result(
            self.tr(
                "Le lot s'est arrêté sur une erreur%1. Ce qui a été publié le reste ; relancez "
                "« Publier » pour reprendre."
            ).replace("%1", where),
            "error",
        )
        feedback.show_error(self, exc)

    def _job_finished(self) -> None:
        job, self.job = self.job, None
        if job is not None:
            job.deleteLater()
        self.cancel_event = None
        self._update_buttons()
        self.refresh_scope()
        if self._close_when_stopped:
            self._close_when_stopped = False
            self.close()

    def show_result(self, text: str, role: str = "success") -> None:
        _set_role(self.ui.resultLabel, f"banner-{role}")
        self.ui.resultLabel.setText(text)
        self.ui.resultLabel.setVisible(bool(text))

    # -- print file ----------------------------------------------------------------------
    def suggested_file_name(self) -> str:
        kind, session_id, centre_id = self.selection()
        name = f"{kind}-session{session_id}" + (f"-centre{centre_id}" if centre_id else "") + ".pdf"
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        return str(Path(folder) / name) if folder else name

    def save_print_file(self) -> None:
        if self.busy or not self.ui.saveButton.isEnabled():
            return
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Enregistrer le PDF pour l'imprimeur"),
            self.suggested_file_name(),
            self.tr("Document PDF (*.pdf)"),
        )
        if path:
            if not path.lower().endswith(".pdf"):
                path += ".pdf"
            self.write_print_file(Path(path))

    def write_print_file(self, path: Path, then=None) -> None:
        """Merge the current documents of the selection into `path`, off the GUI thread."""
        kind, session_id, centre_id = self.selection()
        session = self.session
        self.show_result(self.tr("Assemblage du PDF pour l'imprimeur…"), "info")

        nothing = self.tr("Aucun document de ce type n'est publié dans cette sélection : rien à assembler.")

        def op(_progress):  # on the job's thread
            try:
                return batch.write_print_file(session, kind, session_id, path, centre_id)
            except ValueError as exc:  # no page at all
                raise errors.RuleViolation(nothing) from exc

        job = BackgroundJob(op, self, label="print-file")
        job.succeeded.connect(lambda r: self._print_file_written(path, r, then))
        job.failed.connect(self._print_file_failed)
        job.finished.connect(lambda j=job: self._print_job_finished(j))
        self.print_job = job
        self._update_buttons()
        job.start()

    def _print_file_written(self, path: Path, outcome, then) -> None:
        result, missing = outcome
        self.last_print_file = path
        if then is not None:
            self.show_result("", "info")
            then(path, result, missing)
            return
        text = (
            self.tr("PDF enregistré : %1 — %2 document(s), %3 page(s), %4.")
            .replace("%1", str(path))
            .replace("%2", number(result.documents))
            .replace("%3", number(result.pages))
            .replace("%4", formatting.size_text(result.bytes_written))
        )
        if missing:
            text += " " + self.tr(
                "%1 candidature(s) sans document en vigueur n'y figurent pas : publiez-les puis "
                "enregistrez à nouveau."
            ).replace("%1", number(missing))
        self.show_result(text, "success" if not missing else "info")
        emit(self.print_file_written, (path, result, missing))

    def _print_file_failed(self, exc: Exception) -> None:
        self.show_result("", "info")
        self._forget_print_dir()
        if isinstance(exc, OSError):
            feedback.message_box(
                self,
                QMessageBox.Icon.Warning,
                self.tr("Enregistrement impossible"),
                self.tr("Le fichier n'a pas pu être écrit : %1").replace("%1", str(exc)),
                name="errorBox",
            )
        else:
            feedback.show_error(self, exc)

    def _print_job_finished(self, job: BackgroundJob) -> None:
        if self.print_job is job:  # else printing has already taken over from the merge
            self.print_job = None
        job.deleteLater()
        self._update_buttons()
        if self._close_when_stopped and not self.busy:
            self._close_when_stopped = False
            self.close()

    # -- direct printing -----------------------------------------------------------------
    def print_batch(self) -> None:
        if self.busy or not self.ui.printButton.isEnabled():
            return
        self._print_dir = tempfile.TemporaryDirectory(prefix="cyclades-impression-")
        self.write_print_file(Path(self._print_dir.name) / "lot.pdf", then=self._print_merged)

    def _print_merged(self, path: Path, result, missing: int) -> None:
        def printed(sent: int, cancelled: bool) -> None:
            text = (
                self.tr("Impression arrêtée après %1 page(s).")
                if cancelled
                else self.tr("%1 page(s) envoyée(s) à l'imprimante.")
            ).replace("%1", number(sent))
            if missing:
                text += " " + self.tr(
                    "%1 candidature(s) sans document en vigueur n'ont pas été imprimées."
                ).replace("%1", number(missing))
            self.show_result(text, "info" if cancelled or missing else "success")

        job = printing.print_pdf_file(self, path, self.selection_label(), on_done=printed)
        if job is None:
            self._forget_print_dir()
            return
        self.print_job = job
        job.finished.connect(self._printing_finished)
        self._update_buttons()

    def _printing_finished(self) -> None:
        self.print_job = None
        self._forget_print_dir()
        self._update_buttons()
        if self._close_when_stopped:
            self._close_when_stopped = False
            self.close()

    def _forget_print_dir(self) -> None:
        tmp, self._print_dir = getattr(self, "_print_dir", None), None
        if tmp is not None:
            tmp.cleanup()

    # -- closing -------------------------------------------------------------------------
    def closeEvent(self, event) -> None:
        if self.busy:
            event.ignore()
            self.ask_to_stop()
            return
        super().closeEvent(event)

    def reject(self) -> None:  # Escape
        self.close()

    def ask_to_stop(self, on_stopped=None) -> None:
        """A job is running: offer to interrupt it cleanly, then close."""
        if not self.running:
            feedback.show_info(
                self,
                self.tr("Impression en cours"),
                self.tr("Attendez la fin de l'envoi à l'imprimante, ou arrêtez-le, avant de fermer."),
            )
            return

        def stop() -> None:
            if on_stopped is not None and self.job is not None:
                self.job.finished.connect(on_stopped)
            else:
                self._close_when_stopped = True
            self.cancel()

        self.stop_box = feedback.ask(
            self,
            self.tr("Lot en cours"),
            self.tr("Un lot est en cours de publication. L'interrompre ?"),
            self.tr(
                "Les documents en cours de rendu sont terminés et enregistrés ; « Publier » reprendra plus tard "
                "sans doublon."
            ),
            self.tr("&Interrompre le lot"),
            stop,
            name="stopBox",
            accept_name="stopButton",
            cancel_label=self.tr("&Continuer"),
        )
