"""Example documents with hard names, for tests, screenshots, previews and benchmarks.

``sample(kind)`` returns a complete :class:`~cyclades_desktop.documents.model.Document`
of that kind; keyword arguments replace fields of the identity (``birth_name=...``)
or of the header (``version=...``). Nothing here is real data.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

from . import model as m

OFFICE = m.Office(
    academy_name="Académie de Nantes",
    office_name="Service des examens",
    address="Rectorat de l'académie de Nantes\nDivision des examens et concours\n4 rue de la Houssinière — BP 72616\n44326 Nantes Cedex 3",
    email="examens@ac-nantes.example",
    phone="02 40 37 37 37",
    city="Nantes",
)

#: (civility, birth_name, usage_name, first_names, birth_place)
HARD_NAMES = (
    ("M.", "Żółć", "", "Łukasz", "Varsovie (Pologne)"),
    ("Mme", "Nguyễn", "", "Thị Ánh", "Hô-Chi-Minh-Ville (Viêt Nam)"),
    ("M.", "Østergaard", "", "Øyvind", "Bergen (Norvège)"),
    ("Mme", "Dvořák", "Martin", "Zuzana Šárka", "Brno (République tchèque)"),
    ("M.", "O'Neil", "", "Seán", "Cork (Irlande)"),
    ("M.", "de La Fontaine", "", "Jean-Édouard", "Château-Thierry (02)"),
)


def identity(index: int = 0, **changes) -> m.Identity:
    civility, birth, usage, first, place = HARD_NAMES[index % len(HARD_NAMES)]
    ident = m.Identity(
        civility=civility,
        birth_name=birth,
        usage_name=usage,
        first_names=first,
        birth_date=dt.date(2009, 3, 14),
        birth_place=place,
        ine="070123456AB",
        candidate_number=f"0274{4123456 + index:07d}",
    )
    return dataclasses.replace(ident, **changes) if changes else ident


def header(kind: str, index: int = 0, **changes) -> m.DocumentHeader:
    code = ("7KQ2-M9XD-4TPA", "H3ZW-8RCE-2LNV", "Q6BF-T4YK-9MJS")[index % 3]
    head = m.DocumentHeader(
        kind=kind,
        version=3,
        issued_on=dt.date(2026, 11, 29),
        verification_code=code,
        verification_url=f"https://cyclades.ac-nantes.example/verifier/{code}",
        exam_name="Baccalauréat général",
        session_label="Session 2027",
        inscription_number=f"2027-BAC-{123 + index:06d}",
    )
    return dataclasses.replace(head, **changes) if changes else head


CENTRE = ("Lycée Clemenceau", "1 rue Georges-Clemenceau\n44000 Nantes")
CENTRE_2 = (
    "Parc des expositions de la Beaujoire — hall XXL",
    "Route de Saint-Joseph-de-Porterie\n44300 Nantes",
)


def payload(kind: str):
    if kind == "recap":
        return m.RecapData(
            channel="individual",
            establishment="",
            serie="Voie générale",
            specialities=("Mathématiques", "Physique-chimie"),
            options=("Mathématiques expertes",),
            languages=("LVA : anglais", "LVB : espagnol"),
            accommodations=("Temps majoré d'un tiers", "Salle à effectif réduit"),
            supporting_documents=(
                ("Copie d'une pièce d'identité en cours de validité", True),
                ("Relevé de notes des épreuves anticipées", True),
                ("Attestation de recensement ou certificat JDC", False),
            ),
        )
    if kind == "convocation":
        return m.ConvocationData(
            papers=(
                m.Paper(
                    name="Philosophie",
                    starts_at=dt.datetime(2027, 6, 15, 8, 0),
                    duration_minutes=240,
                    centre_name=CENTRE[0],
                    centre_address=CENTRE[1],
                    room="B 204",
                ),
                m.Paper(
                    name="Grand oral",
                    starts_at=dt.datetime(2027, 6, 24, 14, 30),
                    duration_minutes=20,
                    centre_name=CENTRE_2[0],
                    centre_address=CENTRE_2[1],
                    room="",
                ),
                m.Paper(
                    name="Spécialité — Mathématiques",
                    starts_at=dt.datetime(2027, 6, 16, 8, 0),
                    duration_minutes=240,
                    centre_name=CENTRE[0],
                    centre_address=CENTRE[1],
                    room="Gymnase",
                ),
            ),
            arrival_minutes_before=30,
            id_documents="Carte nationale d'identité, passeport ou titre de séjour en cours de validité, avec photographie.",
            allowed_equipment="Stylos à encre noire ou bleue, règle, calculatrice en mode examen pour les épreuves qui l'autorisent.",
        )
    if kind == "transcript":
        return m.TranscriptData(
            marks=(
                m.Mark(
                    paper_name="Français (écrit) — épreuve anticipée", score=13.0, coefficient=5, kept=True
                ),
                m.Mark(paper_name="Français (oral) — épreuve anticipée", score=15.5, coefficient=5),
                m.Mark(paper_name="Philosophie", score=11.25, coefficient=8),
                m.Mark(paper_name="Spécialité — Mathématiques", score=16.0, coefficient=16),
                m.Mark(paper_name="Spécialité — Physique-chimie", score=14.5, coefficient=16),
                m.Mark(paper_name="Grand oral", score=17.0, coefficient=10),
                m.Mark(paper_name="Contrôle continu", score=13.42, coefficient=40),
                m.Mark(paper_name="Option — Latin", score=None, coefficient=0, absent=True),
            ),
            average=14.27,
            decision="admis",
            mention="Bien",
        )
    if kind == "certificate":
        return m.CertificateData(mention="Très bien", jury_date=dt.date(2027, 7, 6))
    if kind == "accommodation_notice":
        return m.AccommodationNoticeData(
            measures=(
                ("Temps majoré", "Un tiers du temps réglementaire de chaque épreuve écrite et orale"),
                ("Aide humaine", "Secrétaire lecteur-scripteur pour les épreuves écrites"),
                ("Conditions matérielles", "Salle à effectif réduit ; sujets en police agrandie (corps 16)"),
                ("Conservation des notes", "Notes conservées pendant cinq ans, sur demande du candidat"),
            ),
            decided_on=dt.date(2026, 11, 20),
        )
    raise ValueError(f"unknown kind {kind!r}")


def sample(kind: str, index: int = 0, **changes) -> m.Document:
    """A complete document of ``kind``; ``changes`` go to the identity or the header."""
    ident_fields = {f.name for f in dataclasses.fields(m.Identity)}
    head_fields = {f.name for f in dataclasses.fields(m.DocumentHeader)}
    ident_changes = {k: v for k, v in changes.items() if k in ident_fields}
    head_changes = {k: v for k, v in changes.items() if k in head_fields}
    unknown = set(changes) - ident_fields - head_fields
    if unknown:
        raise TypeError(f"unknown fields: {sorted(unknown)}")
    return m.Document(
        office=OFFICE,
        identity=identity(index, **ident_changes),
        header=header(kind, index, **head_changes),
        payload=payload(kind),
    )
