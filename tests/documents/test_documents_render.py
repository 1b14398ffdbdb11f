"""Each renderer, read back from the PDF it produces."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import re
import shutil
import subprocess
import sys
import unicodedata

import pytest
from pypdf import PdfReader

from cyclades_desktop.documents import KINDS, UnsupportedCharacters, model, render
from cyclades_desktop.documents.samples import HARD_NAMES, sample

from .helpers import normalise, pdftotext, pypdf_text, rendered

ALL_KINDS = list(KINDS)


def text_of(kind: str, index: int = 0, **changes) -> str:
    return pypdf_text(rendered(kind, index, **changes))


@pytest.mark.parametrize("kind", ALL_KINDS)
def test_shared_page_content(kind):
    pdf = rendered(kind, 0)
    assert pdf.startswith(b"%PDF-") and pdf.rstrip().endswith(b"%%EOF")
    doc = sample(kind, 0)
    for text in (pypdf_text(pdf), normalise(pdftotext(pdf))):
        for expected in (
            "Académie de Nantes",
            "Service des examens",
            "4 rue de la Houssinière",
            "44326 Nantes Cedex 3",
            "examens@ac-nantes.example",
            "02 40 37 37 37",
            KINDS[kind],
            "Baccalauréat général",
            "Session 2027",
            "Version 3 — éditée le 29 novembre 2026",
            "Code de vérification : 7KQ2-M9XD-4TPA",
            "https://cyclades.ac-nantes.example/verifier/7KQ2-M9XD-4TPA",
            doc.identity.candidate_number,
            doc.header.inscription_number,
            doc.identity.ine,
            "14 mars 2009",
            "Varsovie (Pologne)",
            "Żółć",
            "Łukasz",
            "Page 1 / 1",
        ):
            assert expected in text, f"{expected!r} missing from the {kind}"


@pytest.mark.parametrize("index", range(len(HARD_NAMES)))
@pytest.mark.parametrize("kind", ALL_KINDS)
def test_hard_names_print_right(kind, index):
    _civility, birth, usage, first, place = HARD_NAMES[index]
    for text in (text_of(kind, index), normalise(pdftotext(rendered(kind, index)))):
        for expected in (birth, first, place, *(usage and [usage])):
            assert unicodedata.normalize("NFC", expected) in text


def test_decomposed_names_are_printed_composed():
    nfd = unicodedata.normalize("NFD", "Nguyễn")
    text = text_of("convocation", 1, birth_name=nfd)
    assert "Nguyễn" in text


def test_recap_content():
    text = text_of("recap")
    for expected in (
        "Inscription individuelle",
        "Voie générale",
        "Mathématiques",
        "Physique-chimie",
        "LVA : anglais",
        "LVB : espagnol",
        "Mathématiques expertes",
        "Temps majoré d'un tiers",
        "Copie d'une pièce d'identité en cours de validité",
        "Attestation de recensement ou certificat JDC À fournir",
        "Reçue",
        "est enregistrée sous le numéro d'inscription 2027-BAC-000123",
    ):
        assert expected in text


def test_recap_by_establishment_without_accommodations():
    doc = sample("recap")
    payload = dataclasses.replace(
        doc.payload,
        channel="establishment",
        establishment="Lycée Guist'hau (0440021J)",
        accommodations=(),
        supporting_documents=(),
    )
    text = pypdf_text(render(dataclasses.replace(doc, payload=payload)))
    assert "Inscription par l'établissement de formation" in text
    assert "Lycée Guist'hau (0440021J)" in text
    assert "Aucun aménagement d'épreuves demandé." in text
    assert "Aucune pièce justificative" in text


def test_convocation_content():
    text = text_of("convocation")
    for expected in (
        "Monsieur, vous êtes convoqué aux épreuves",
        "mardi 15 juin 2027 de 08 h 00 à 12 h 00 Se présenter à 07 h 30",
        "Philosophie Durée : 4 h",
        "Lycée Clemenceau",
        "1 rue Georges-Clemenceau",
        "B 204",
        "Gymnase",
        "jeudi 24 juin 2027 de 14 h 30 à 14 h 50 Se présenter à 14 h 00",
        "Durée : 20 min",
        "affichée sur place",
        "30 minutes avant le début de chaque épreuve",
        "Carte nationale d'identité, passeport ou titre de séjour en cours de validité",
        "calculatrice en mode examen",
    ):
        assert expected in text, expected
    # papers in chronological order, whatever the payload's order
    assert text.index("Philosophie") < text.index("Spécialité — Mathématiques") < text.index("Grand oral")


def test_convocation_agrees_with_civility():
    assert "Madame, vous êtes convoquée" in text_of("convocation", 1)
    assert "CANDIDATE" in text_of("convocation", 1) and "Née le" in text_of("convocation", 1)


def test_transcript_content():
    text = text_of("transcript")
    for expected in (
        "Philosophie 8 11,25 90,00",
        "Spécialité — Mathématiques 16 16,00 256,00",
        "13,00 *",
        "note conservée",
        "Absent",
        "Moyenne générale : 14,27 / 20",
        "Décision du jury : Admis",
        "Mention : Bien",
    ):
        assert expected in text, expected
    assert "Décision du jury : Admise" in text_of("transcript", 1)


@pytest.mark.parametrize(
    ("decision", "masculine", "feminine"),
    [
        (
            "second groupe",
            "Autorisé à se présenter aux épreuves du second groupe",
            "Autorisée à se présenter aux épreuves du second groupe",
        ),
        ("refusé", "Refusé", "Refusée"),
        ("ajourné", "Ajourné", "Ajournée"),
    ],
)
def test_transcript_decisions(decision, masculine, feminine):
    for index, expected in ((0, masculine), (1, feminine)):
        doc = sample("transcript", index)
        payload = dataclasses.replace(doc.payload, decision=decision, mention="", average=None)
        text = pypdf_text(render(dataclasses.replace(doc, payload=payload)))
        assert f"Décision du jury : {expected}" in text
        assert "Moyenne générale : —" in text and "Mention" not in text


def test_certificate_content():
    text = text_of("certificate", 3)
    for expected in (
        "Attestation de réussite",
        "Mme Zuzana Šárka Martin, née Dvořák",
        "née le 14 mars 2009 à Brno (République tchèque)",
        "a été déclarée admise à l'examen",
        "Baccalauréat général — Session 2027",
        "avec la mention Très bien",
        "par délibération du jury du 6 juillet 2027",
        "Fait à Nantes, le 29 novembre 2026",
    ):
        assert expected in text, expected
    assert "a été déclaré admis" in text_of("certificate", 0)


def test_accommodation_notice_content():
    text = text_of("accommodation_notice", 5)
    for expected in (
        "Notification d'aménagements d'épreuves",
        "article D613-26 du code de l'éducation",
        "par décision du 20 novembre 2026",
        "M. Jean-Édouard de La Fontaine",
        "Temps majoré",
        "Un tiers du temps réglementaire de chaque épreuve écrite et orale",
        "Aide humaine",
        "Secrétaire lecteur-scripteur pour les épreuves écrites",
        "Conservation des notes",
    ):
        assert expected in text, expected


def _fonts(pdf: bytes) -> list:
    reader = PdfReader(io.BytesIO(pdf))
    found = []
    for page in reader.pages:
        resources = page["/Resources"]
        objects = [resources]
        for xobject in resources.get("/XObject", {}).values():
            objects.append(xobject.get_object().get("/Resources", {}))
        for res in objects:
            for font in res.get("/Font", {}).values():
                found.append(font.get_object())
    return found


@pytest.mark.parametrize("kind", ALL_KINDS)
def test_fonts_are_embedded_dejavu_only(kind):
    found = _fonts(rendered(kind))
    assert found
    for font in found:
        assert "Helvetica" not in font["/BaseFont"]
        assert re.fullmatch(r"/[A-Z]{6}\+DejaVuSans(-Bold)?", font["/BaseFont"])
        descriptor = font["/FontDescriptor"]
        assert "/FontFile2" in descriptor, f"{font['/BaseFont']} is not embedded"
        assert "/ToUnicode" in font  # so that text can be searched and copied


def test_pdffonts_sees_no_unembedded_font():
    if shutil.which("pdffonts") is None:
        pytest.skip("pdffonts (poppler-utils) is not installed")
    out = subprocess.run(["pdffonts", "-"], input=rendered("transcript"), capture_output=True, check=False)
    if out.returncode != 0:  # older poppler cannot read stdin
        pytest.skip("pdffonts cannot read from stdin here")
    rows = out.stdout.decode().splitlines()[2:]
    assert rows and all(" yes yes yes " in row for row in rows)


@pytest.mark.parametrize("kind", ALL_KINDS)
def test_same_document_same_bytes(kind):
    doc = sample(kind, 2)
    assert render(doc) == render(doc) == rendered(kind, 2)


def test_same_bytes_in_a_fresh_process():
    code = (
        "import sys, hashlib\n"
        "from cyclades_desktop.documents import render\n"
        "from cyclades_desktop.documents.samples import sample\n"
        "sys.stdout.write(hashlib.sha256(render(sample('convocation', 4))).hexdigest())\n"
    )
    import hashlib

    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout == hashlib.sha256(rendered("convocation", 4)).hexdigest()


def test_different_version_different_bytes():
    assert rendered("recap", 0) != rendered("recap", 0, version=4)
    assert "Version 4 — éditée le 29 novembre 2026" in text_of("recap", 0, version=4)


LONG_BIRTH = "de La Fontaine-Saint-Exupéry-Montmorency-Laval-Beauharnais-Villeneuve-d'Ascq-Żółkiewski"
LONG_FIRST = (
    "Jean-Édouard Marie-Josèphe Alexandre Hippolyte Łukasz Øyvind Nguyễn Thị Ánh Bartholomé Maximilien"
)


@pytest.mark.parametrize("kind", ALL_KINDS)
def test_very_long_name_wraps_instead_of_being_cut(kind):
    pdf = render(
        sample(
            kind,
            0,
            birth_name=LONG_BIRTH,
            first_names=LONG_FIRST,
            birth_place="Saint-Rémy-de-Provence-sur-Durance-les-Alpilles (13)",
        )
    )
    reader = PdfReader(io.BytesIO(pdf))
    assert len(reader.pages) >= 1
    raw = " ".join(page.extract_text() for page in reader.pages)
    joined = re.sub(r"\s+", "", unicodedata.normalize("NFC", raw))
    # every word is there (line breaks may fall inside hyphenated names)
    for word in (LONG_BIRTH + " " + LONG_FIRST).split():
        assert word.replace(" ", "") in joined
    # and nothing runs past the right margin (20 mm) or off the page
    bbox = pdftotext(pdf, "-bbox")
    right_edges = [float(x) for x in re.findall(r'xMax="([\d.]+)"', bbox)]
    assert right_edges and max(right_edges) <= 595.28 - 56.69 + 1.0


def test_multi_page_transcript_numbers_every_page():
    doc = sample("transcript")
    marks = tuple(
        model.Mark(paper_name=f"Épreuve facultative n° {i} — Łódź", score=10 + i % 10, coefficient=1)
        for i in range(70)
    )
    pdf = render(dataclasses.replace(doc, payload=dataclasses.replace(doc.payload, marks=marks)))
    reader = PdfReader(io.BytesIO(pdf))
    total = len(reader.pages)
    assert total >= 2
    for number, page in enumerate(reader.pages, start=1):
        text = normalise(page.extract_text())
        assert f"Page {number} / {total}" in text
        assert "Code de vérification : 7KQ2-M9XD-4TPA" in text
        if number > 1:
            assert "Relevé de notes (suite)" in text and doc.identity.candidate_number in text
    all_text = pypdf_text(pdf)
    assert all(f"Épreuve facultative n° {i} — Łódź" in all_text for i in range(70))
    assert "Mention : Bien" in all_text


def test_unsupported_characters_are_refused_not_boxed():
    doc = sample("convocation", 0, birth_name="王", first_names="Ωmega")
    with pytest.raises(UnsupportedCharacters) as error:
        render(doc)
    assert set(error.value.problems) == {"identity.birth_name", "identity.first_names"}
    assert "U+738B" in str(error.value)


def test_render_dispatches_on_kind_and_model_checks_payload():
    doc = sample("certificate")
    assert render(doc) == rendered("certificate")
    with pytest.raises(ValueError, match="needs a ConvocationData"):
        dataclasses.replace(doc, header=dataclasses.replace(doc.header, kind="convocation"))
    with pytest.raises(ValueError, match="unknown document kind"):
        dataclasses.replace(doc.header, kind="diploma")
    with pytest.raises(ValueError, match="civility"):
        dataclasses.replace(doc.identity, civility="Mlle")
    with pytest.raises(ValueError, match="decision"):
        model.TranscriptData(marks=(), average=None, decision="reçu")


def test_qr_code_encodes_the_verification_url(tmp_path):
    if shutil.which("zbarimg") is None or shutil.which("pdftoppm") is None:
        pytest.skip("zbarimg (zbar-tools) or pdftoppm is not installed")
    pdf = tmp_path / "convocation.pdf"
    pdf.write_bytes(rendered("convocation", 1))
    subprocess.run(
        ["pdftoppm", "-r", "150", "-png", "-singlefile", str(pdf), str(tmp_path / "page")], check=True
    )
    out = subprocess.run(
        ["zbarimg", "-q", "--raw", str(tmp_path / "page.png")], capture_output=True, check=False
    )
    assert out.stdout.decode().strip() == "https://cyclades.ac-nantes.example/verifier/H3ZW-8RCE-2LNV", (
        out.returncode,
        out.stderr,
    )


def test_documents_are_quick_to_render():
    doc = sample("convocation", 3)
    render(doc)
    start = dt.datetime.now()
    for _ in range(10):
        render(doc)
    per_document = (dt.datetime.now() - start).total_seconds() / 10
    assert per_document < 0.1  # ~10 ms here; a generous bound against regressions only


def test_no_recorded_civility_gives_neutral_wording():
    convocation = text_of("convocation", 0, civility="")
    assert "Madame, Monsieur, vous êtes convoqué(e) aux épreuves" in convocation
    assert "CANDIDAT(E)" in convocation and "Né(e) le 14 mars 2009" in convocation
    certificate = text_of("certificate", 0, civility="")
    assert "Łukasz Żółć né(e) le 14 mars 2009" in certificate
    assert "a été déclaré(e) admis(e) à l'examen" in certificate
    assert "Décision du jury : Admis(e)" in text_of("transcript", 0, civility="")


def test_certificate_may_name_the_exam_itself():
    doc = sample("certificate")
    payload = model.CertificateData(
        decision="admis", mention="", exam_name="Diplôme national du brevet", session_label="Session 2026"
    )
    text = pypdf_text(render(dataclasses.replace(doc, payload=payload)))
    assert "Diplôme national du brevet — Session 2026" in text and "mention" not in text
    with pytest.raises(ValueError, match="admis"):
        model.CertificateData(decision="refusé")


def test_pdf_metadata():
    reader = PdfReader(io.BytesIO(rendered("convocation", 1)))
    meta = reader.metadata
    assert meta.creation_date.date() == dt.date(2026, 11, 29)  # the issue date, not the clock
    assert meta.title == "Convocation — Baccalauréat général — Session 2027"
    assert meta.author == "Académie de Nantes — Service des examens"
    assert reader.trailer["/Root"]["/Lang"] == "fr-FR"


def test_convocation_in_one_centre_lists_papers_compactly():
    from cyclades_desktop.documents.samples import CENTRE

    doc = sample("convocation", 3)
    names = [
        "Philosophie",
        "Français (écrit)",
        "Spécialité — Mathématiques",
        "Spécialité — Physique-chimie",
        "Histoire-géographie",
        "Langue vivante A — anglais",
        "Enseignement scientifique",
        "Grand oral",
    ]
    papers = tuple(
        model.Paper(
            name=name,
            starts_at=dt.datetime(2027, 6, 15 + i, 8 if i % 2 == 0 else 14, 0),
            duration_minutes=240 if i < 6 else 20,
            centre_name=CENTRE[0],
            centre_address=CENTRE[1],
            room=f"B {200 + i}",
        )
        for i, name in enumerate(reversed(names))
    )
    pdf = render(dataclasses.replace(doc, payload=dataclasses.replace(doc.payload, papers=papers)))
    text = pypdf_text(pdf)
    assert "Centre d'examen Lycée Clemenceau 1 rue Georges-Clemenceau 44000 Nantes" in text
    assert text.count("Lycée Clemenceau") == 1  # not repeated on every row
    for name in names:
        assert name in text
    assert "mardi 15 juin 2027 08 h 00 – 12 h 00" in text and "07 h 30" in text and "B 207" in text
    # chronological: the reversed payload is printed in date order
    assert text.index("B 200") < text.index("B 207")
    assert len(PdfReader(io.BytesIO(pdf)).pages) <= 2


def test_optional_text_may_be_none():
    doc = sample("recap", 0, usage_name=None, ine=None)
    assert doc.identity.usage_name == "" and doc.identity.ine == ""
    payload = dataclasses.replace(doc.payload, establishment=None, serie=None)
    text = pypdf_text(render(dataclasses.replace(doc, payload=payload)))
    assert "None" not in text and "INE —" in text
