"""cyclades-admin: the same services, one French line on bad input, non-zero exit."""

import io
import json
import subprocess
import sys

import pytest

from cyclades_desktop import cli
from cyclades_desktop.store import db as store_db
from cyclades_desktop.store.models import Centre, Inscription, Paper, StaffUser
from tests import factories as f


def run(url, *args, stdin="", capsys=None, monkeypatch=None):
    if monkeypatch is not None:
        monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    code = cli.main(["--database", url, *args])
    out = capsys.readouterr() if capsys else None
    return code, out


@pytest.fixture
def world_db(db, frozen_now):
    world = f.build_world()
    f.registered_candidate(world, birth_name="Lefèvre", first_names="Jeanne")
    store_db.close_database()
    return db


def test_init_is_idempotent(tmp_path, capsys):
    url = f"sqlite:///{tmp_path}/x.db"
    assert cli.main(["--database", url, "init"]) == 0
    assert cli.main(["--database", url, "init"]) == 0
    assert "déjà à jour" in capsys.readouterr().out


def test_staff_add_reads_the_password_from_stdin(world_db, capsys, monkeypatch):
    code, out = run(
        world_db,
        "staff",
        "add",
        "marie",
        "--role",
        "agent",
        "--name",
        "Marie Curie",
        stdin="un-mot-de-passe-long\n",
        capsys=capsys,
        monkeypatch=monkeypatch,
    )
    assert code == 0 and "marie" in out.out
    assert StaffUser.get(StaffUser.login == "marie").role == "agent"


def test_staff_add_refuses_a_short_password_in_one_french_line(world_db, capsys, monkeypatch):
    code, out = run(
        world_db,
        "staff",
        "add",
        "marie",
        "--role",
        "agent",
        stdin="court\n",
        capsys=capsys,
        monkeypatch=monkeypatch,
    )
    assert code == 2
    assert (
        out.err.startswith("Erreur : Le mot de passe doit compter au moins 12") and out.err.count("\n") == 1
    )
    assert not StaffUser.select().where(StaffUser.login == "marie").exists()


def test_search_json_finds_without_accents(world_db, capsys):
    code, out = run(world_db, "search", "LEFEVRE", "--json", capsys=capsys)
    assert code == 0
    rows = json.loads(out.out)
    assert [(r["birth_name"], r["first_names"]) for r in rows] == [("Lefèvre", "Jeanne")]


def test_search_as_a_signed_in_user(world_db, capsys, monkeypatch):
    run(
        world_db,
        "staff",
        "add",
        "lea",
        "--role",
        "read_only",
        stdin="un-mot-de-passe-long\n",
        capsys=capsys,
        monkeypatch=monkeypatch,
    )
    code, out = run(
        world_db,
        "--user",
        "lea",
        "search",
        "jeanne",
        stdin="un-mot-de-passe-long\n",
        capsys=capsys,
        monkeypatch=monkeypatch,
    )
    assert code == 0 and "LEFÈVRE Jeanne" in out.out
    code, out = run(
        world_db, "--user", "lea", "search", "jeanne", stdin="faux\n", capsys=capsys, monkeypatch=monkeypatch
    )
    assert code == 2 and "incorrect" in out.err


def test_audit_verify_and_export_head(world_db, capsys, tmp_path):
    code, out = run(world_db, "audit", "verify", capsys=capsys)
    assert code == 0 and "Journal intègre" in out.out
    head = tmp_path / "head.json"
    assert run(world_db, "audit", "export-head", str(head), capsys=capsys)[0] == 0
    assert len(json.loads(head.read_text())["last_hash"]) == 64


def test_outbox_list_and_purge_dry_run(world_db, capsys):
    code, out = run(world_db, "outbox", "list", capsys=capsys)
    assert code == 0 and "Confirmation de votre inscription" in out.out
    code, out = run(world_db, "purge", "--dry-run", capsys=capsys)
    assert code == 0 and "seraient supprimés : 0" in out.out


def test_verify_a_document_code(world_db, capsys):
    from cyclades_desktop.store.models import Document

    store_db.open_database(world_db)
    code_ = Document.get().verification_code
    store_db.close_database()
    code, out = run(world_db, "verify", code_.lower().replace("-", ""), capsys=capsys)
    assert code == 0 and "Récapitulatif d'inscription version 1" in out.out and "en vigueur" in out.out
    code, out = run(world_db, "verify", "ZZZZ-ZZZZ-ZZZZ", capsys=capsys)
    assert code == 2 and "Aucun document" in out.err


@pytest.mark.parametrize(
    "args, fragment",
    [
        (["staff", "add", "x", "--role", "king"], "choix impossible"),
        (["search"], "arguments obligatoires manquants"),
        (["demo", "--candidates", "beaucoup"], "nombre entier attendu"),
        (["frobnicate"], "choix impossible"),
    ],
)
def test_usage_errors_are_one_french_line(tmp_path, args, fragment):
    proc = subprocess.run(
        [sys.executable, "-m", "cyclades_desktop.cli", "--database", f"{tmp_path}/x.db", *args],
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 2
    assert proc.stderr.startswith("Erreur : ") and fragment in proc.stderr and proc.stderr.count("\n") == 1


def test_unreachable_database_is_one_french_line(tmp_path):
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "cyclades_desktop.cli",
            "--database",
            "postgresql://x@127.0.0.1:1/none?connect_timeout=1",
            "audit",
            "verify",
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 2 and proc.stderr.startswith("Erreur : Le serveur PostgreSQL")


def test_publish_and_print_file(world_db, capsys, tmp_path):
    from cyclades_desktop.store.models import Inscription

    store_db.open_database(world_db)
    Inscription.update(centre=1, room="B12").execute()
    store_db.close_database()
    out_pdf = tmp_path / "conv.pdf"
    code, out = run(
        world_db,
        "publish",
        "convocation",
        "--session",
        "1",
        "--workers",
        "1",
        "--quiet",
        "--print-file",
        str(out_pdf),
        capsys=capsys,
    )
    assert code == 0, out
    assert "1 publié(s)" in out.out and "1 document(s)" in out.out and out_pdf.exists()
    code, out = run(world_db, "publish", "convocation", "--session", "99", capsys=capsys)
    assert code == 2 and "n'existe pas" in out.err


def test_import_marks_reports_bad_lines(world_db, capsys, tmp_path):
    bad = tmp_path / "notes.csv"
    bad.write_text("numero_inscription;epreuve;note\n000;PHILO;12\n", encoding="utf-8")
    code, out = run(world_db, "import-marks", str(bad), "--session", "1", capsys=capsys)
    assert code == 2 and "ligne 2" in out.err and "rien n'a été importé" in out.err


def test_session_set_up_assignment_and_exports_from_the_command_line(world_db, capsys, tmp_path, monkeypatch):
    code, out = run(
        world_db,
        "session",
        "create",
        "--exam",
        "1",
        "--academy",
        "1",
        "--label",
        "Session de septembre",
        "--year",
        "2027",
        "--registration",
        "2027-01-10T08:00",
        "2027-01-01T08:00",
        capsys=capsys,
    )
    assert code == 2 and "fermer après" in out.err
    code, out = run(
        world_db,
        "session",
        "create",
        "--exam",
        "1",
        "--academy",
        "1",
        "--label",
        "Session de septembre",
        "--year",
        "2027",
        "--registration",
        "2027-01-01T08:00",
        "2027-02-01T18:00",
        capsys=capsys,
    )
    assert code == 0 and "Session n°" in out.out
    assert run(world_db, "session", "list", capsys=capsys)[1].out.count("Baccalauréat général") == 3
    code, out = run(
        world_db,
        "centre",
        "add",
        "0490001A",
        "--academy",
        "1",
        "--name",
        "Lycée David-d'Angers",
        "--address",
        "1 rue Paul-Langevin",
        "--city",
        "Angers",
        "--capacity",
        "200",
        capsys=capsys,
    )
    assert code == 0
    code, out = run(
        world_db,
        "paper",
        "add",
        "--session",
        "1",
        "--code",
        "HG",
        "--name",
        "Histoire-géographie",
        "--starts",
        "2027-06-17T08:00",
        "--minutes",
        "180",
        capsys=capsys,
    )
    assert code == 0
    code, out = run(world_db, "paper", "delete", "999", capsys=capsys)
    assert code == 2 and "n'existe pas" in out.err
    hg = Paper.get(Paper.code == "HG")
    code, out = run(world_db, "paper", "delete", str(hg.id), capsys=capsys)
    assert code == 0 and "Épreuve HG (Histoire-géographie) supprimée" in out.out
    assert not Paper.select().where(Paper.code == "HG").exists()
    angers = Centre.get(Centre.uai == "0490001A")
    code, out = run(world_db, "centre", "delete", str(angers.id), capsys=capsys)
    assert code == 0 and "Centre 0490001A (Lycée David-d'Angers) supprimé." in out.out
    code, out = run(world_db, "assign", "--session", "1", capsys=capsys)
    assert code == 0 and "1 candidat(s) affecté(s)" in out.out
    busy = Inscription.select().where(Inscription.centre.is_null(False)).get().centre_id
    code, out = run(world_db, "centre", "delete", str(busy), capsys=capsys)
    assert code == 2 and "affectez-les à un autre centre" in out.err
    target = tmp_path / "candidats.csv"
    code, out = run(world_db, "export", "candidates", str(target), "--session", "1", capsys=capsys)
    assert code == 0 and "1 ligne(s)" in out.out
    text = target.read_text(encoding="utf-8-sig")
    assert text.startswith("N° d'inscription;") and "LEFÈVRE" in text


def test_staff_accounts_from_the_command_line(world_db, capsys, monkeypatch):
    run(
        world_db,
        "staff",
        "add",
        "chef",
        "--role",
        "manager",
        stdin="un-mot-de-passe-long\n",
        capsys=capsys,
        monkeypatch=monkeypatch,
    )
    code, out = run(world_db, "staff", "set-role", "chef", "--role", "agent", capsys=capsys)
    assert code == 2 and "dernier gestionnaire" in out.err
    run(
        world_db,
        "staff",
        "add",
        "marie",
        "--role",
        "agent",
        stdin="un-mot-de-passe-long\n",
        capsys=capsys,
        monkeypatch=monkeypatch,
    )
    assert run(world_db, "staff", "disable", "marie", capsys=capsys)[0] == 0
    out = run(world_db, "staff", "list", capsys=capsys)[1].out
    assert "marie" in out and "désactivé" in out


def test_candidate_export_writes_the_zip_in_one_line(world_db, tmp_path, capsys):
    import zipfile

    from cyclades_desktop.store.models import Candidate

    store_db.open_database(world_db)
    cid = Candidate.get().id
    store_db.close_database()
    code, out = run(world_db, "candidate", "export", str(cid), str(tmp_path / "c.zip"), capsys=capsys)
    assert code == 0 and out.out.startswith("Données du candidat exportées dans c.zip : 1 document(s)")
    assert "donnees.json" in zipfile.ZipFile(tmp_path / "c.zip").namelist()
    code, out = run(world_db, "candidate", "export", "999999", str(tmp_path / "d.zip"), capsys=capsys)
    assert code != 0 and out.err.strip() == "Erreur : Ce candidat n'existe pas."
    assert not (tmp_path / "d.zip").exists()
