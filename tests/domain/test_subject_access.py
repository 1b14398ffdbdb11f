"""« Exporter les données du candidat » (RGPD art. 15): everything in one ZIP, no secret, journaled."""

from __future__ import annotations

import datetime as dt
import io
import json
import subprocess
import zipfile

import pytest
from pypdf import PdfReader

from cyclades_desktop.domain import inscriptions, marks, outbox, publication, subject_access
from cyclades_desktop.errors import PermissionDenied
from cyclades_desktop.store.models import Accommodation, AuditEvent, Candidate, Inscription, OutboxMessage
from tests import factories as f


@pytest.fixture
def exported(db, frozen_now, tmp_path):
    world = f.build_world()
    cid, new = f.registered_candidate(world)
    ins = Inscription.get_by_id(new.inscription_id)
    agent, manager = f.staff_session("agent"), f.staff_session("manager")
    inscriptions.grant_accommodation(agent, ins.id, "extra_time", "tiers temps")
    marks.import_marks(
        manager,
        ins.session_id,
        f"numero_inscription;epreuve;note;decision;mention\n{ins.number};PHILO;15,5;admis;bien\n",
    )
    publication.publish(agent, ins.id, "transcript")
    c = Candidate.get_by_id(cid)
    outbox.queue(
        c.email,
        "reset",
        "Réinitialisation",
        "Cliquez : https://candidat.example.fr/reset?token=SECRET123",
        cid,
    )
    report = subject_access.export_candidate(agent, cid, tmp_path / "export.zip")
    return cid, ins, report, zipfile.ZipFile(tmp_path / "export.zip")


def test_the_zip_holds_the_data_the_documents_and_a_readable_summary(exported):
    _cid, ins, report, archive = exported
    names = set(archive.namelist())
    assert {"donnees.json", "resume.pdf"} <= names
    data = json.loads(archive.read("donnees.json"))
    assert data["identite"]["birth_name"] == "Lefèvre" and data["identite"]["birth_date"] == "2008-03-14"
    assert data["compte"]["email"] == "jeanne.lefevre@example.fr"
    [cand] = data["candidatures"]
    assert cand["numero"] == ins.number and cand["statut"] == "Inscrite"
    assert cand["notes"] == [
        {"epreuve": "Philosophie", "note_sur_20": "15.50", "absent": False, "conservee": False}
    ]
    assert cand["resultat"]["decision"] == "admis" and cand["resultat"]["mention"] == "bien"
    assert [a["precision"] for a in cand["amenagements"]] == ["tiers temps"]
    pdfs = {d["fichier"] for d in cand["documents"]}
    assert {f"documents/{ins.number}-recap-v1.pdf", f"documents/{ins.number}-transcript-v1.pdf"} <= pdfs
    assert pdfs <= names and report.documents == len(pdfs)
    for name in pdfs:  # the very bytes published, whose SHA-256 the office keeps
        doc = next(d for d in cand["documents"] if d["fichier"] == name)
        import hashlib

        assert hashlib.sha256(archive.read(name)).hexdigest() == doc["sha256"]
    actions = [e["action"] for e in data["journal"]]
    assert "Aménagement accordé" in actions and "Document publié" in actions
    summary = "".join(p.extract_text() for p in PdfReader(io.BytesIO(archive.read("resume.pdf"))).pages)
    for text in ("Données personnelles détenues", "Lefèvre", ins.number, "Philosophie", "tiers temps"):
        assert text in summary, text


def test_no_secret_leaves_in_the_export(exported):
    _cid, _ins, _report, archive = exported
    raw = b"".join(archive.read(n) for n in archive.namelist() if not n.endswith(".pdf"))
    assert b"SECRET123" not in raw and b"argon2" not in raw and b"password_hash" not in raw
    data = json.loads(archive.read("donnees.json"))
    assert any(subject_access.BLANKED_LINK in m["texte"] for m in data["e_mails"])
    summary = "".join(p.extract_text() for p in PdfReader(io.BytesIO(archive.read("resume.pdf"))).pages)
    assert "SECRET123" not in summary
    assert (
        OutboxMessage.select().where(OutboxMessage.body.contains("SECRET123")).exists()
    )  # only the export blanks it


def test_the_export_is_journaled_with_the_file_hash(exported):
    cid, _ins, report, _archive = exported
    event = AuditEvent.get(AuditEvent.action == "candidate.data_exported")
    assert (event.candidate_id, event.actor_kind) == (cid, "staff") and event.actor.startswith("agent")
    assert event.new_values["sha256"] == report.sha256 and event.reason.startswith("droit d'accès")


@pytest.mark.parametrize("role", ["print_operator", "read_only"])
def test_roles_without_the_right_export_nothing(db, frozen_now, tmp_path, role):
    world = f.build_world()
    cid, _new = f.registered_candidate(world)
    with pytest.raises(PermissionDenied, match="agents et les gestionnaires"):
        subject_access.export_candidate(f.staff_session(role), cid, tmp_path / "x.zip")
    assert not (tmp_path / "x.zip").exists()
    assert not AuditEvent.select().where(AuditEvent.action == "candidate.data_exported").exists()


def test_an_unwritable_file_leaves_no_journal_event(db, frozen_now, tmp_path):
    world = f.build_world()
    cid, _new = f.registered_candidate(world)
    with pytest.raises(OSError):
        subject_access.export_candidate(f.staff_session("agent"), cid, tmp_path / "absent" / "x.zip")
    assert not AuditEvent.select().where(AuditEvent.action == "candidate.data_exported").exists()
    assert Accommodation.select().count() == 0 and dt  # nothing else touched


def test_the_summary_pdf_is_readable_by_pdftotext(exported, tmp_path):
    _cid, ins, _report, archive = exported
    (tmp_path / "resume.pdf").write_bytes(archive.read("resume.pdf"))
    text = subprocess.run(
        ["pdftotext", "-layout", str(tmp_path / "resume.pdf"), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert "Journal des traitements" in text and ins.number in text
