"""A small world for tests, built through the same services and portal rules as real data."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from cyclades_desktop.domain import catalogue, clock, portal, staff

STAFF_PASSWORD = "motdepasse-solide"
CANDIDATE_PASSWORD = "Candidat-2027!"


@dataclass
class World:
    academy_id: int
    other_academy_id: int
    exam_id: int
    session_id: int
    closed_session_id: int
    centre_id: int
    sessions: dict


def build_world(now: dt.datetime | None = None) -> World:
    """Nantes académie, a baccalauréat exam with a session whose registration is open at `now`."""
    now = now or clock.now()
    system = staff.system_session()
    nantes = catalogue.create_academy(
        system,
        "NANTES",
        "Académie de Nantes",
        "Service des examens (DEC)",
        "Rectorat de Nantes\n4 rue de la Houssinière\n44322 Nantes Cedex 3",
        "dec@ac-nantes.fr",
        "02 40 37 37 37",
        departments=("44", "49", "53", "72", "85"),
    )
    rennes = catalogue.create_academy(
        system,
        "RENNES",
        "Académie de Rennes",
        "Service des examens",
        "96 rue d'Antrain\n35705 Rennes",
        "examens@ac-rennes.fr",
        "02 23 21 77 77",
        departments=("22", "29", "35", "56"),
    )
    exam = catalogue.create_exam(
        system,
        "BAC-GEN",
        "Baccalauréat général",
        level="IV",
        series=("Générale",),
        specialities=("Mathématiques", "Physique-chimie", "SES", "HLP", "SVT"),
        options=("Latin", "Grec"),
        languages=("Anglais", "Espagnol", "Allemand"),
        specialities_required=2,
        supporting_documents=(("ID", "Copie d'une pièce d'identité", True), ("JDC", "Certificat JDC", True)),
    )
    open_windows = {
        "registration": (now - dt.timedelta(days=10), now + dt.timedelta(days=30)),
        "documents": (now - dt.timedelta(days=5), now + dt.timedelta(days=200)),
        "results": (now + dt.timedelta(days=220), now + dt.timedelta(days=400)),
    }
    session = catalogue.create_session(system, exam, nantes, "Session 2027", 2027, open_windows)
    closed = catalogue.create_session(
        system,
        exam,
        nantes,
        "Session 2026",
        2026,
        {
            "registration": (now - dt.timedelta(days=400), now - dt.timedelta(days=300)),
            "documents": (now - dt.timedelta(days=300), now - dt.timedelta(days=100)),
        },
    )
    centre = catalogue.create_centre(
        system,
        nantes,
        "0440021J",
        "Lycée Guist'hau",
        "3 rue Marie-Anne du Boccage",
        "Nantes",
        400,
        department="44",
    )
    catalogue.add_paper(system, session, "PHILO", "Philosophie", dt.datetime(2027, 6, 15, 8, 0), 240, 8)
    catalogue.add_paper(
        system, session, "SPE1", "Épreuve de spécialité 1", dt.datetime(2027, 6, 16, 14, 0), 240, 16
    )
    return World(nantes, rennes, exam, session, closed, centre, {"open": session, "closed": closed})


def identity(**overrides) -> dict:
    data = {
        "civility": "Mme",
        "birth_name": "Lefèvre",
        "usage_name": "",
        "first_names": "Jeanne Marie",
        "birth_date": dt.date(2008, 3, 14),
        "birth_country_code": "100",
        "birth_commune_code": "44109",
        "birth_place": "Nantes (44)",
        "nationality": "française",
        "address": "12 rue des Olivettes",
        "postcode": "44000",
        "city": "Nantes",
        "country": "France",
        "phone": "06 12 34 56 78",
        "ine": "",
    }
    data.update(overrides)
    return data


CHOICES = {"serie": "Générale", "specialities": ("Mathématiques", "SES"), "languages": ("Anglais",)}


def active_candidate(email: str = "jeanne.lefevre@example.fr", **identity_overrides) -> int:
    acc = portal.create_account(email, CANDIDATE_PASSWORD, identity(**identity_overrides))
    portal.activate(acc.activation_token)
    return acc.candidate_id


def registered_candidate(world: World, email: str = "jeanne.lefevre@example.fr", **identity_overrides):
    cid = active_candidate(email, **identity_overrides)
    new = portal.register(cid, world.session_id, dict(CHOICES))
    return cid, new


def staff_session(role: str, login: str | None = None):
    """Create a staff member with `role` and sign in, as the real application does."""
    login = login or f"{role.replace('_', '')}1"
    staff.create_staff(staff.system_session(), login, f"{role.title()} Test", role, STAFF_PASSWORD)
    return staff.sign_in(login, STAFF_PASSWORD)
