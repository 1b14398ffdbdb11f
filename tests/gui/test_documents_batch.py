"""The batch publication window: progress to 100 %, cancel then resume without duplicates, the
print file for the print shop, direct printing, and the roles that may not publish in batch."""

from __future__ import annotations

import time
from io import BytesIO
from types import SimpleNamespace

import pytest
from pypdf import PdfReader

from cyclades_desktop.domain import batch, roles
from cyclades_desktop.domain.roles import Permission
from cyclades_desktop.gui import documents
from cyclades_desktop.store.models import BatchRun, Document, Inscription
from tests import factories
from tests.gui.conftest import wait_idle

NAMES = ["Martin", "Żółć", "Dubois", "O'Neil", "Nguyễn", "Lefèvre", "Petit", "Dvořák"]
NBSP = "\u00a0"


@pytest.fixture
def batch_world(sqlite_db, frozen_now, tasks):
    """A session with eight registered candidates seated in one centre, and staff of each role."""
    world = factories.build_world()
    for i, name in enumerate(NAMES):
        factories.registered_candidate(world, email=f"c{i}@example.fr", birth_name=name, first_names="Alex")
    Inscription.update(centre=world.centre_id, room="B12").execute()
    sessions = {
        role: factories.staff_session(role) for role in ("agent", "manager", "print_operator", "read_only")
    }
    return SimpleNamespace(world=world, sessions=sessions, operator=sessions["print_operator"])


def open_batch(qtbot, open_window, session):
    window = open_window(session)
    controller = documents.controller(window)
    controller.workers = 1  # render in this process: quick and deterministic
    dialog = controller.open_batch()
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.scope is not None and dialog.ui.sessionCombo.count() > 0, timeout=10_000)
    return window, dialog


def choose(qtbot, dialog, world, kind="convocation"):
    dialog.select(world.session_id, kind)
    qtbot.waitUntil(
        lambda: (
            dialog.scope is not None
            and dialog.ui.sessionCombo.currentData() == world.session_id
            and dialog.ui.kindCombo.currentData() == kind
            and not dialog._scope_pending()
        ),
        timeout=10_000,
    )


def run_batch(qtbot, dialog, timeout=30_000):
    with qtbot.waitSignal(dialog.batch_finished, timeout=timeout) as finished:
        dialog.ui.publishButton.click()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=timeout)
    wait_idle(qtbot)
    return finished.args[0]


def test_batch_runs_to_completion_with_count_rate_and_time_left(qtbot, batch_world, open_window, monkeypatch):
    monkeypatch.setattr(batch, "CHUNK", 3)
    world = batch_world.world
    _window, dialog = open_batch(qtbot, open_window, batch_world.operator)
    choose(qtbot, dialog, world)
    assert dialog.ui.publishButton.isEnabled()
    assert dialog.ui.scopeLabel.text().startswith(
        "8 candidature(s) inscrite(s) ; 0 ont déjà leur convocation"
    )
    assert not dialog.ui.saveButton.isEnabled()
    assert "publiez d'abord" in dialog.ui.saveButton.toolTip()
    seen = []
    dialog.ui.countLabel.setText("")
    original = dialog._show_progress

    def show_progress(p):
        original(p)
        seen.append((p, dialog.ui.countLabel.text(), dialog.ui.rateLabel.text(), dialog.ui.etaLabel.text()))

    monkeypatch.setattr(dialog, "_show_progress", show_progress)

    report = run_batch(qtbot, dialog)

    assert (report.state, report.total, report.published, report.failed) == ("done", 8, 8, 0)
    bar = dialog.ui.progressBar
    assert bar.maximum() == 8 and bar.value() == 8 and bar.text() == "100 %"
    assert dialog.ui.countLabel.text() == f"8 / 8  (100{NBSP}%)"
    assert dialog.ui.rateLabel.text().endswith(" documents/s")
    assert dialog.ui.etaLabel.text().startswith("durée : ")
    assert dialog.ui.resultLabel.text().startswith(
        "Lot terminé (Convocation) : 8 document(s) publié(s), 0 déjà à jour, "
        "0 en erreur, sur 8 candidature(s)."
    )
    assert dialog.ui.resultLabel.property("role") == "banner-success"
    assert not dialog.ui.errorsBox.isVisible()
    # progress arrived chunk by chunk, each with a rate and a time left
    assert [s[0].done for s in seen] == [3, 6, 8]
    assert all(s[0].rate > 0 for s in seen)
    p, count, rate, eta = seen[0]
    assert count == f"3 / 8  (37{NBSP}%)"
    assert rate == f"{round(p.rate)} documents/s".replace(",", NBSP)
    assert eta.startswith("temps restant : ") and p.eta_seconds is not None
    # the scope now counts them, and the print file may be made
    qtbot.waitUntil(lambda: dialog.scope.current == 8, timeout=10_000)
    assert dialog.ui.saveButton.isEnabled() and dialog.ui.printButton.isEnabled()
    assert "Dernier lot sur cette sélection : terminé" in dialog.ui.scopeLabel.text()
    assert Document.select().where(Document.kind == "convocation", Document.is_current).count() == 8
    # running it again publishes nothing new
    again = run_batch(qtbot, dialog)
    assert (again.published, again.unchanged) == (0, 8)


def test_cancel_half_way_then_resume_without_duplicates(qtbot, batch_world, open_window, monkeypatch):
    monkeypatch.setattr(batch, "CHUNK", 2)
    render = batch._render

    def slow_render(document):  # leave time to press « Annuler » after the first chunk
        time.sleep(0.08)
        return render(document)

    monkeypatch.setattr(batch, "_render", slow_render)
    world = batch_world.world
    _window, dialog = open_batch(qtbot, open_window, batch_world.operator)
    choose(qtbot, dialog, world)
    assert not dialog.ui.cancelButton.isEnabled()
    clicked = []

    def cancel_once(p):
        if not clicked:
            clicked.append(p.done)
            assert dialog.ui.cancelButton.isEnabled()
            dialog.ui.cancelButton.click()
            assert not dialog.ui.cancelButton.isEnabled()
            assert "Arrêt demandé" in dialog.ui.resultLabel.text()

    with qtbot.waitSignal(dialog.batch_finished, timeout=30_000) as finished:
        dialog.ui.publishButton.click()
        dialog.job.progressed.connect(cancel_once)
    first = finished.args[0]
    qtbot.waitUntil(lambda: not dialog.busy, timeout=10_000)
    assert first.state == "cancelled" and 0 < first.published < 8
    assert BatchRun.get_by_id(first.run_id).state == "cancelled"
    text = dialog.ui.resultLabel.text()
    assert f"Lot interrompu (Convocation) : {first.published} document(s) publié(s) sur 8" in text
    assert "Relancez « Publier » pour reprendre" in text and "sans doublon" in text
    assert dialog.ui.progressBar.value() == first.published < 8
    qtbot.waitUntil(
        lambda: dialog.scope is not None and dialog.scope.current == first.published, timeout=10_000
    )
    assert "Dernier lot sur cette sélection : interrompu" in dialog.ui.scopeLabel.text()
    assert "« Publier » reprend ce lot sans doublon." in dialog.ui.scopeLabel.text()

    second = run_batch(qtbot, dialog)
    assert second.state == "done"
    assert (second.published, second.unchanged) == (8 - first.published, first.published)
    assert dialog.ui.progressBar.value() == 8
    for ins in Inscription.select():
        versions = [
            d.version
            for d in Document.select().where(Document.inscription == ins.id, Document.kind == "convocation")
        ]
        assert versions == [1]


def test_errors_are_listed_with_the_candidature_and_the_reason(qtbot, batch_world, open_window):
    world = batch_world.world
    first = Inscription.select().order_by(Inscription.id).first()
    Inscription.update(centre=None).where(Inscription.id == first.id).execute()
    _window, dialog = open_batch(qtbot, open_window, batch_world.operator)
    choose(qtbot, dialog, world)
    assert "1 n'ont pas encore de centre d'examen" in dialog.ui.scopeLabel.text()
    report = run_batch(qtbot, dialog)
    assert (report.published, report.failed) == (7, 1)
    assert dialog.ui.errorsBox.isVisible()
    table = dialog.ui.errorsTable
    assert table.rowCount() == 1
    assert "n'a pas encore de centre d'examen" in table.item(0, 1).text()
    assert first.number in table.item(0, 1).text()
    qtbot.waitUntil(lambda: table.item(0, 0).text() == first.number)  # its number, not its database id
    assert dialog.ui.resultLabel.property("role") == "banner-error"
    assert "relancez « Publier »" in dialog.ui.errorsNote.text()


def test_print_file_is_written_off_the_gui_thread(qtbot, batch_world, open_window, tmp_path, monkeypatch):
    world = batch_world.world
    batch.publish_batch(batch_world.operator, "convocation", world.session_id, workers=1)
    _window, dialog = open_batch(qtbot, open_window, batch_world.operator)
    choose(qtbot, dialog, world)
    assert dialog.ui.saveButton.isEnabled()
    out = tmp_path / "pour l'imprimeur"
    from PySide6.QtWidgets import QFileDialog

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(out), "")))
    with qtbot.waitSignal(dialog.print_file_written, timeout=30_000) as written:
        dialog.ui.saveButton.click()
        assert dialog.busy and not dialog.ui.publishButton.isEnabled()  # the merge runs in the background
    path, result, missing = written.args[0]
    assert path == tmp_path / "pour l'imprimeur.pdf" and path.exists()
    assert (result.documents, missing) == (8, 0)
    assert len(PdfReader(str(path)).pages) == result.pages >= 8
    assert dialog.ui.resultLabel.text().startswith(f"PDF enregistré : {path} — 8 document(s)")
    qtbot.waitUntil(lambda: not dialog.busy)


def test_direct_printing_sends_every_page(qtbot, batch_world, open_window, tmp_path, monkeypatch):
    from PySide6.QtPrintSupport import QPrinter

    from cyclades_desktop.gui.documents import printing

    world = batch_world.world
    batch.publish_batch(batch_world.operator, "convocation", world.session_id, workers=1)
    _window, dialog = open_batch(qtbot, open_window, batch_world.operator)
    choose(qtbot, dialog, world)
    printed = tmp_path / "imprimante.pdf"
    asked = []

    def fake_printer(parent, title, pages):  # the print dialog, answered « Imprimer » on a PDF printer
        asked.append((title, pages))
        printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(printed))
        return printer

    monkeypatch.setattr(printing, "choose_printer", fake_printer)
    dialog.ui.printButton.click()
    qtbot.waitUntil(lambda: "envoyée(s) à l'imprimante" in dialog.ui.resultLabel.text(), timeout=30_000)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=10_000)
    ((title, pages),) = asked
    assert title.startswith("Convocation — ") and pages >= 8
    assert dialog.ui.resultLabel.text() == f"{pages} page(s) envoyée(s) à l'imprimante."
    assert len(PdfReader(str(printed)).pages) == pages


def test_one_document_is_printed_page_by_page_like_a_batch(qtbot, batch_world, monkeypatch, tmp_path):
    """The candidate file's « Imprimer » paints the PDF held in memory through the same code."""
    from PySide6.QtPrintSupport import QPrinter

    from cyclades_desktop.domain import publication
    from cyclades_desktop.gui import pdfview
    from cyclades_desktop.gui.documents import printing

    world = batch_world.world
    batch.publish_batch(batch_world.operator, "convocation", world.session_id, workers=1)
    doc = Document.select().where(Document.kind == "convocation").first()
    data = publication.pdf_bytes(doc.id, batch_world.operator)
    printed = tmp_path / "une-convocation.pdf"

    def pdf_printer(parent, title, pages):
        printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(printed))
        return printer

    monkeypatch.setattr(printing, "choose_printer", pdf_printer)
    assert pdfview.print_pdf(None, data, "Convocation")
    assert len(PdfReader(str(printed)).pages) == len(PdfReader(BytesIO(data)).pages)
    monkeypatch.setattr(printing, "choose_printer", lambda parent, title, pages: None)  # « Annuler »
    printed.unlink()
    assert not pdfview.print_pdf(None, data, "Convocation") and not printed.exists()


@pytest.mark.parametrize("role", ["agent", "read_only"])
def test_roles_without_batch_see_the_action_disabled_with_the_reason(qtbot, batch_world, open_window, role):
    window = open_window(batch_world.sessions[role])
    controller = documents.controller(window)
    action = controller.action_batch
    assert not action.isEnabled()
    assert action.toolTip() == roles.why_not(Permission.PUBLISH_BATCH)
    assert action in window.ui.mainToolBar.actions()
    assert controller.open_batch() is None
    assert not controller.action_marks.isEnabled()
    assert controller.action_marks.toolTip() == roles.why_not(Permission.IMPORT_MARKS)
    assert controller.action_verify.isEnabled()  # every role may verify a document
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus.index("&Candidat") < menus.index("&Documents") < menus.index(window.ui.menuTools.title())


def test_print_operator_has_the_batch_action_and_the_window_lock_switches_it_off(
    qtbot, batch_world, open_window
):
    window = open_window(batch_world.operator)
    controller = documents.controller(window)
    assert controller.action_batch.isEnabled()
    window.lock("test")
    assert not controller.action_batch.isEnabled() and controller.open_batch() is None
    window.unlock()
    assert controller.action_batch.isEnabled()


def test_closing_the_window_during_a_batch_offers_to_stop_it_first(
    qtbot, batch_world, open_window, monkeypatch
):
    monkeypatch.setattr(batch, "CHUNK", 1)
    render = batch._render
    monkeypatch.setattr(batch, "_render", lambda d: (time.sleep(0.1), render(d))[1])
    world = batch_world.world
    window, dialog = open_batch(qtbot, open_window, batch_world.operator)
    choose(qtbot, dialog, world)
    dialog.ui.publishButton.click()
    assert dialog.busy
    window.close()
    assert window.isVisible()  # not yet: the batch runs
    qtbot.waitUntil(lambda: getattr(dialog, "stop_box", None) is not None and dialog.stop_box.isVisible())
    with qtbot.waitSignal(dialog.batch_finished, timeout=30_000) as finished:
        dialog.stop_box.findChild(type(dialog.ui.publishButton), "stopButton").click()
    assert finished.args[0].state == "cancelled"
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=10_000)
    assert not window.signing_out


@pytest.mark.postgres
def test_print_operator_publishes_and_merges_over_their_own_postgresql_role(
    qtbot, request, tmp_path, frozen_now, tasks, gui_settings
):
    """The batch thread opens its own connection with the signed-in member's role: the grants suffice."""
    from cyclades_desktop.domain import staff
    from cyclades_desktop.gui import credentials, startup
    from cyclades_desktop.gui.mainwindow import MainWindow
    from cyclades_desktop.store import db as store_db
    from cyclades_desktop.store import postgres_roles
    from tests.domain.test_pg_roles import LOGINS, SIGNIN_PASSWORD, setup_pg_world
    from tests.gui.conftest import FakeKeyring, make_context

    pg = setup_pg_world(request, tmp_path)
    Inscription.update(centre=pg.world.centre_id, room="B12").execute()  # as the owner, before leaving
    store_db.close_database()
    workstation = pg.url.with_user(postgres_roles.SIGNIN, None)
    keyring = FakeKeyring()
    keyring.put(workstation.keyring_username, SIGNIN_PASSWORD)
    assert startup.open_database(workstation, credentials.SecretStore(backend=keyring)) is not None
    session = startup.wait_for(lambda: staff.sign_in(LOGINS["print_operator"], factories.STAFF_PASSWORD))
    assert session.db_role == pg.roles[LOGINS["print_operator"]]
    window = MainWindow(make_context(session, gui_settings))
    qtbot.addWidget(window)
    window.show()
    wait_idle(qtbot)
    controller = documents.controller(window)
    controller.workers = 1
    dialog = controller.open_batch()
    choose(qtbot, dialog, pg.world)
    assert dialog.scope.registered == 1
    report = run_batch(qtbot, dialog)
    assert (report.state, report.published, report.failed) == ("done", 1, 0)
    out = tmp_path / "lot.pdf"
    with qtbot.waitSignal(dialog.print_file_written, timeout=30_000):
        dialog.write_print_file(out)
    assert len(PdfReader(str(out)).pages) >= 1
    qtbot.waitUntil(lambda: not dialog.busy)
    window.idle_watcher.stop()
