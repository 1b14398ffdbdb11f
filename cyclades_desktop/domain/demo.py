"""Realistic, deterministic demo data at national scale: `generate(candidates, seed)`.

What it writes, on the open and migrated database that holds no candidate yet:

* the catalogue through the manager services (`catalogue`, `staff`): every académie with its
  exam office and departments (the real map, 2A/2B and 971–976 included), five exams with
  their épreuves and pièces justificatives, and for each exam of each académie where the
  candidates live a session closed last year (marks and results), one whose registration is
  open at `clock.now()` and one to come, and for the baccalauréats last year's épreuves
  anticipées (French, in première: marks, no decision); lycées as exam centres (valid UAI codes with their
  check letter); the four staff accounts of `DEMO_STAFF`. From FULL_SCALE candidates on they
  live in every académie; a smaller demo is the office of a few (Nantes first);
* the first `PORTAL_CANDIDATES` candidates through the portal's own functions, in
  chronological order with the domain clock set to each moment: accounts, activations,
  inscriptions (real récapitulatifs, audit events and outbox e-mails), modifications, then the
  staff services for withdrawals, set-asides, accommodations and the marks import;
* the rest in bulk: the same kind of plans turned into rows by the same pure functions (search
  keys, numbering, format checks; one row in SAMPLE_EVERY through `identity.clean` and the
  full `identity.search_keys`), inserted with raw `executemany` (SQLite) or COPY
  (PostgreSQL), one `demo.generated` audit event per chunk. For large loads two spawned
  worker processes draw the chunks while this process inserts them.

Everything runs in one transaction: a failed run leaves the database as it was. During the
bulk load the secondary indexes that the load would scatter (names, e-mails, dates…) and the
per-row search triggers are set aside, then rebuilt from their own stored definitions (exactly
what the migrations created), and the substring index and name vocabulary are rebuilt.

The base holds two years, about 1.55 inscriptions per account: besides what each candidate was
drawn to sit, a second random stream (see _Planner._history) adds last year's épreuves anticipées
of this year's terminale pupils, earlier attempts, re-sits and second exams.

Deterministic for a seed: the portal's candidates come from `random.Random(seed)`, each bulk
chunk from its own stream (seed, chunk number), and their history from streams of its own;
dates are relative to `clock.now()` (to the second). Activation and reset tokens and document verification codes are random by design
(they are secrets), and the journal names the machine's user for system actions.

All e-mail addresses are under the reserved `.example` top-level domain (RFC 2606): a demo
database can never mail a real person, even if a portal mailer were pointed at it.
"""

from __future__ import annotations

import bisect
import datetime as dt
import hashlib
import io
import json
import logging
import math
import random
import time
from dataclasses import dataclass, field, fields
from typing import Any

import peewee as pw

from cyclades_desktop.domain import (
    audit,
    catalogue,
    clock,
    identity,
    inscriptions,
    numbering,
    passwords,
    portal,
    publication,
    staff,
    text,
    validation,
)
from cyclades_desktop.domain import demo_names as names
from cyclades_desktop.errors import RuleViolation, ValidationError
from cyclades_desktop.store import db as store_db
from cyclades_desktop.store.models import (
    Academy,
    Accommodation,
    AccountToken,
    AuditEvent,
    Candidate,
    Centre,
    Document,
    Exam,
    ExamSession,
    Inscription,
    Mark,
    OutboxMessage,
    Paper,
    Result,
    StaffUser,
    SupportingDocumentReceived,
    SupportingDocumentType,
)

log = logging.getLogger(__name__)

#: (login, password, role, full name): shown by the sign-in dialog of a demo database.
DEMO_STAFF = (
    ("gestionnaire", "demo-gestion", "manager", "Claire Moreau-Lefèvre"),
    ("agent", "demo-guichet", "agent", "Yannick Le Floc'h"),
    ("impression", "demo-imprimeur", "print_operator", "Inès Haddad"),
    ("consultation", "demo-consult", "read_only", "Bernard Rousseau"),
)
#: The password of every demo candidate account (hashed once for the bulk).
CANDIDATE_PASSWORD = "demo-candidat"
#: How many candidates go through the portal's functions one by one; the rest is bulk.
PORTAL_CANDIDATES = 200
CHUNK = 20_000
#: From this size on, candidates live in every académie; smaller demos in fewer (see _active_academies).
FULL_SCALE = 20_000
#: From this many bulk candidates on, worker processes plan and build rows while this one inserts.
PIPELINE_MIN = 60_000
#: How many worker processes (two: this machine's cores; the main process mostly waits on SQLite).
WORKERS = 2
#: Every how many bulk candidates one goes through identity.clean and the full search_keys.
SAMPLE_EVERY = 97
BULK_TABLES = (
    "candidate",
    "account_token",
    "inscription",
    "accommodation",
    "supporting_document_received",
    "mark",
    "result",
)

# --------------------------------------------------------------------------- catalogue
_LANGS_BAC = (
    "Anglais",
    "Espagnol",
    "Allemand",
    "Italien",
    "Portugais",
    "Arabe",
    "Chinois",
    "Russe",
    "Breton",
    "Basque",
    "Occitan",
    "Créole",
    "Corse",
)
EXAMS: tuple[dict[str, Any], ...] = (  # records of mixed values: code, name, papers, options…
    dict(
        code="BAC-GEN",
        name="Baccalauréat général",
        kind="examen",
        level="Niveau 4",
        series=("Générale",),
        specialities=(
            "Mathématiques",
            "Physique-chimie",
            "Sciences de la vie et de la Terre",
            "Sciences économiques et sociales",
            "Histoire-géographie, géopolitique et sciences politiques",
            "Humanités, littérature et philosophie",
            "Langues, littératures et cultures étrangères et régionales",
            "Numérique et sciences informatiques",
            "Sciences de l'ingénieur",
            "Arts",
            "Littérature et langues et cultures de l'Antiquité",
            "Éducation physique, pratiques et culture sportives",
            "Biologie-écologie",
        ),
        options=(
            "Mathématiques complémentaires",
            "Mathématiques expertes",
            "Droit et grands enjeux du monde contemporain",
            "Latin",
            "Grec",
            "Arts",
            "Éducation physique et sportive",
            "Langue vivante C",
        ),
        languages=_LANGS_BAC,
        specialities_required=2,
        documents=(
            ("ID", "Copie d'une pièce d'identité en cours de validité", True),
            ("JDC", "Attestation de participation à la Journée défense et citoyenneté", True),
            ("EAF", "Relevé de notes des épreuves anticipées", False),
        ),
        papers=(
            ("PHILO", "Philosophie", 0, 8, 240, 8),
            ("SPE1", "Épreuve écrite de spécialité 1", 1, 14, 240, 16),
            ("SPE2", "Épreuve écrite de spécialité 2", 2, 14, 240, 16),
            ("FR-E", "Français écrit (épreuve anticipée)", 3, 8, 240, 5),
            ("FR-O", "Français oral (épreuve anticipée)", 8, 9, 20, 5),
            ("GO", "Grand oral", 10, 9, 20, 10),
        ),
    ),
    dict(
        code="BAC-STMG",
        name="Baccalauréat technologique STMG",
        kind="examen",
        level="Niveau 4",
        series=(
            "STMG — Gestion et finance",
            "STMG — Mercatique (marketing)",
            "STMG — Ressources humaines et communication",
            "STMG — Systèmes d'information de gestion",
        ),
        specialities=("Droit et économie", "Management, sciences de gestion et numérique"),
        options=("Éducation physique et sportive", "Arts", "Langue vivante C"),
        languages=("Anglais", "Espagnol", "Allemand", "Italien", "Portugais", "Arabe"),
        specialities_required=2,
        documents=(
            ("ID", "Copie d'une pièce d'identité en cours de validité", True),
            ("JDC", "Attestation de participation à la Journée défense et citoyenneté", True),
        ),
        papers=(
            ("PHILO", "Philosophie", 0, 8, 240, 4),
            ("DROIT", "Droit et économie", 1, 14, 240, 16),
            ("MSGN", "Management, sciences de gestion et numérique", 2, 14, 270, 16),
            ("FR-E", "Français écrit (épreuve anticipée)", 3, 8, 240, 5),
            ("GO", "Grand oral", 10, 9, 20, 14),
        ),
    ),
    dict(
        code="BTS",
        name="Brevet de technicien supérieur",
        kind="examen",
        level="Niveau 5",
        series=(
            "Management commercial opérationnel (MCO)",
            "Négociation et digitalisation de la relation client (NDRC)",
            "Comptabilité et gestion (CG)",
            "Services informatiques aux organisations (SIO)",
            "Support à l'action managériale (SAM)",
            "Gestion de la PME (GPME)",
            "Tourisme",
            "Électrotechnique",
            "Management en hôtellerie-restauration (MHR)",
        ),
        options=("Langue vivante facultative", "Engagement étudiant"),
        languages=("Anglais", "Espagnol", "Allemand", "Italien"),
        documents=(
            ("ID", "Copie d'une pièce d'identité en cours de validité", True),
            ("BAC", "Copie du diplôme de niveau 4 (baccalauréat ou équivalent)", True),
            ("STAGE", "Attestations de stage ou d'expérience professionnelle", True),
        ),
        papers=(
            ("E1", "Culture générale et expression", -21, 13, 240, 3),
            ("E2", "Langue vivante étrangère", -20, 10, 120, 3),
            ("E3", "Culture économique, juridique et managériale", -19, 13, 240, 6),
            ("E4", "Épreuve professionnelle de synthèse", -12, 9, 60, 6),
        ),
    ),
    dict(
        code="CAP",
        name="Certificat d'aptitude professionnelle",
        kind="examen",
        level="Niveau 3",
        series=(
            "Accompagnant éducatif petite enfance",
            "Cuisine",
            "Coiffure",
            "Pâtissier",
            "Électricien",
            "Maçon",
            "Esthétique, cosmétique, parfumerie",
            "Équipier polyvalent du commerce",
            "Menuisier fabricant",
            "Maintenance des véhicules",
        ),
        languages=("Anglais", "Espagnol", "Allemand", "Italien", "Portugais", "Arabe"),
        documents=(
            ("ID", "Copie d'une pièce d'identité en cours de validité", True),
            ("PFMP", "Attestations de périodes de formation en milieu professionnel", True),
        ),
        papers=(
            ("FHG", "Français, histoire-géographie et enseignement moral et civique", -7, 8, 180, 3),
            ("MS", "Mathématiques et physique-chimie", -6, 8, 120, 2),
            ("LV", "Langue vivante étrangère", -6, 14, 60, 1),
            ("PSE", "Prévention-santé-environnement", -5, 8, 60, 1),
            ("EP1", "Épreuve professionnelle", -4, 8, 300, 7),
        ),
    ),
    dict(
        code="CRPE",
        name="Concours de recrutement de professeurs des écoles",
        kind="concours",
        level="Niveau 7",
        series=(
            "Concours externe",
            "Second concours interne",
            "Troisième concours",
            "Concours externe spécial (langue régionale)",
        ),
        options=(
            "Langue régionale : breton",
            "Langue régionale : basque",
            "Langue régionale : occitan",
            "Langue régionale : créole",
            "Langue régionale : alsacien",
            "Langue régionale : corse",
        ),
        languages=("Anglais", "Allemand", "Espagnol", "Italien"),
        documents=(
            ("ID", "Copie d'une pièce d'identité en cours de validité", True),
            ("DIPLOME", "Justificatif de diplôme (master ou inscription en master 2)", True),
            ("NAT", "Justificatif de nationalité", True),
            ("CASIER", "Déclaration sur l'honneur relative au casier judiciaire", False),
        ),
        papers=(
            ("FR", "Épreuve écrite de français", -60, 9, 180, 1),
            ("MA", "Épreuve écrite de mathématiques", -60, 14, 180, 1),
            ("APP", "Épreuve écrite d'application", -59, 9, 180, 1),
            ("LECON", "Épreuve orale de leçon", -10, 9, 60, 2),
            ("ENT", "Épreuve orale d'entretien", -9, 9, 35, 2),
        ),
    ),
)
EXAM_BY_CODE = {e["code"]: e for e in EXAMS}

# Weights of spécialités, options and languages when a candidate chooses.
_SPE_WEIGHTS = (42, 30, 28, 32, 22, 12, 15, 8, 4, 4, 1, 2, 1)
_BAC_OPTIONS = ((0, 0.18), (1, 0.14), (2, 0.05), (3, 0.04), (4, 0.01), (5, 0.03), (6, 0.03), (7, 0.03))
_LVB = (
    ("Espagnol", 68),
    ("Allemand", 14),
    ("Italien", 7),
    ("Portugais", 2),
    ("Arabe", 2),
    ("Chinois", 1.5),
    ("Russe", 0.5),
)
_LV1 = (("Anglais", 94), ("Espagnol", 3), ("Allemand", 2.5), ("Italien", 0.5))
_REGIONAL_LANG = {
    "22": "Breton",
    "29": "Breton",
    "56": "Breton",
    "35": "Breton",
    "64": "Basque",
    "2A": "Corse",
    "2B": "Corse",
    "971": "Créole",
    "972": "Créole",
    "973": "Créole",
    "974": "Créole",
    "31": "Occitan",
    "34": "Occitan",
    "09": "Occitan",
}
_CRPE_REGIONAL = {"Breton": 0, "Basque": 1, "Occitan": 2, "Créole": 3, "Corse": 5}

# Who sits what: pupils registered by their establishment, and everyone else.
_ESTABLISHMENT_EXAMS = (("BAC-GEN", 52), ("BAC-STMG", 18), ("CAP", 15), ("BTS", 15))
_INDIVIDUAL_EXAMS = (("BAC-GEN", 15), ("BAC-STMG", 5), ("BTS", 20), ("CAP", 25), ("CRPE", 35))
# age (years at the exam): (mean, spread, min, max) for pupils, for candidates on their own
_AGE = {
    ("establishment", "BAC-GEN"): (17.9, 0.45, 16.8, 21),
    ("establishment", "BAC-STMG"): (18.2, 0.6, 16.9, 21),
    ("establishment", "CAP"): (17.6, 0.9, 15.8, 22),
    ("establishment", "BTS"): (20.1, 0.9, 18.5, 25),
    ("individual", "BAC-GEN"): (23, 6, 18, 55),
    ("individual", "BAC-STMG"): (22, 5, 18, 50),
    ("individual", "BTS"): (26, 6, 19, 55),
    ("individual", "CAP"): (29, 9, 17, 60),
    ("individual", "CRPE"): (29, 6, 21, 55),
}
_PATTERNS = (  # inscriptions of an active individual account: (when, exam slot, must fail / withdrawn first)
    ("none", 10, ()),
    ("open", 52, (("open", 0, ""),)),
    ("closed", 12, (("closed", 0, ""),)),
    ("retry", 10, (("closed", 0, "fail"), ("open", 0, ""))),
    ("two", 6, (("open", 0, ""), ("open", 1, ""))),
    ("rereg", 5, (("open", 0, "withdrawn"), ("open", 0, ""))),
    ("three", 5, (("closed", 0, "fail"), ("open", 0, ""), ("open", 1, ""))),
)
# What the showcase candidates (the first of names.SHOWCASE) go through, so that even a tiny demo
# shows each case on a name worth printing.
_SHOWCASE_SCENARIOS = {
    0: "modified",
    1: "accommodation",
    2: "rereg",
    3: "set_aside",
    5: "retry",
    7: "establishment",
}
_SCENARIO_PATTERNS = {
    "rereg": (("open", 0, "withdrawn"), ("open", 0, "")),
    "retry": (("closed", 0, "fail"), ("open", 0, "")),
}
# A second random stream draws what the accounts did besides the inscriptions above (the people and
# those inscriptions stay what they were for a seed). The épreuves anticipées of the baccalauréat
# (French, in première) are a session of their own, the year before terminale.
_EA_EXAMS = ("BAC-GEN", "BAC-STMG")
_EA_PAPERS = ("FR-E", "FR-O")
_PAST = ("closed", "ea")  # last year's sessions: closed, marked
# an individual candidate registered this year who already sat (and failed) the same exam last year
# (most CRPE candidates are not admitted at their first attempt)
_PREVIOUS_ATTEMPT = {"CRPE": 0.7, "BAC-GEN": 0.5, "BAC-STMG": 0.5, "BTS": 0.5, "CAP": 0.4}
_INDIVIDUAL_EA = (
    0.8  # a candidat libre registered for the bac this year sat the épreuves anticipées last year
)
_SECOND_EXAM = 0.35  # an individual candidate registered this year also registers for another exam
_RESIT = 0.7  # who failed last year (and has nothing this year yet) sits again
_PUPIL_EA = (
    0.97  # a pupil in terminale sat the épreuves anticipées in première (the rest came from elsewhere)
)
_PUPIL_RESIT = 0.7  # a pupil refused last year repeats the year in the same lycée
_PUPIL_SECOND_CAP = 0.2  # a CAP holder prepares another CAP in one year
_STATES = (("awaiting_activation", 3.5), ("activation_expired", 4.0), ("unused", 8.0), ("active", 84.5))

WITHDRAWAL_REASONS = (
    "Demande écrite du candidat (courriel reçu par le service)",
    "Inscription en double : le candidat garde sa candidature la plus récente",
    "Le candidat a déménagé et s'inscrit dans son académie de résidence",
    "Abandon de formation signalé par l'établissement",
    "Changement d'orientation signalé par le candidat",
    "Conditions d'inscription non remplies (diplôme requis non obtenu)",
)
REREGISTER_REASONS = (
    "Erreur de série à l'inscription : le candidat se réinscrit",
    "Candidature saisie par erreur : le candidat s'inscrit à nouveau avec les bonnes options",
)
SET_ASIDE_REASONS = (
    "Pièces justificatives non fournies après deux relances",
    "Dossier incomplet : justificatif de diplôme manquant",
    "Justificatif de nationalité non conforme, en attente de vérification",
)
ACCOMMODATIONS = (  # (kind, weight, details, share with a separate room) — measures only, never why
    (
        "extra_time",
        75,
        (
            "Majoration d'un tiers du temps de composition aux épreuves écrites",
            "Majoration d'un tiers du temps aux épreuves écrites et orales",
            "Temps de préparation majoré d'un tiers pour les épreuves orales",
        ),
        0.3,
    ),
    (
        "material_conditions",
        35,
        (
            "Utilisation d'un ordinateur sans correcteur orthographique",
            "Sujets en caractères agrandis (A3, police 16)",
            "Sujets en braille",
            "Assistance d'un secrétaire lecteur-scripteur",
            "Accès facilité à la salle (rez-de-chaussée), table adaptée",
            "Pause de dix minutes par heure de composition",
            "Éclairage adapté",
        ),
        0.45,
    ),
    (
        "adapted_papers",
        12,
        (
            "Dispense de l'épreuve de compréhension orale de langue vivante",
            "Adaptation de l'épreuve d'éducation physique et sportive",
            "Dispense de la partie orale de l'épreuve de langue vivante B",
        ),
        0.0,
    ),
    ("marks_kept", 5, ("Conservation sans condition des notes obtenues, pendant cinq ans",), 0.0),
    ("spread_sessions", 3, ("Étalement des épreuves sur deux sessions consécutives",), 0.0),
)
EMAIL_PROVIDERS = (
    ("gmail", 30),
    ("orange", 15),
    ("hotmail", 10),
    ("outlook", 8),
    ("free", 8),
    ("yahoo", 7),
    ("laposte", 6),
    ("sfr", 5),
    ("icloud", 5),
    ("wanadoo", 3),
    ("protonmail", 2),
)
_UAI_LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ"  # the UAI check letter: the number modulo 23


def uai_code(prefix3: str, serial: int) -> str:
    """A UAI with its real check letter: 7 characters (département on 3) then the letter."""
    digits = f"{prefix3}{serial:04d}"
    return digits + _UAI_LETTERS[int(digits) % 23]


def _uai_prefix(dept: str) -> str:
    return {"2A": "620", "2B": "720"}.get(dept, dept if len(dept) == 3 else "0" + dept)


# --------------------------------------------------------------------------- report
@dataclass
class DemoReport:
    seed: int
    candidates: int = 0
    via_portal: int = 0
    awaiting_activation: int = 0
    activation_expired: int = 0
    active: int = 0
    unused: int = 0
    establishment: int = 0
    duplicates: int = 0
    inscriptions: int = 0
    registered: int = 0
    withdrawn: int = 0
    set_aside: int = 0
    accommodations: int = 0
    supporting_documents: int = 0
    marks: int = 0
    results: int = 0
    academies: int = 0
    active_academies: int = 0  # where the candidates live (all of them from FULL_SCALE on)
    exams: int = 0
    sessions: int = 0
    centres: int = 0
    papers: int = 0
    staff: int = 0
    documents: int = 0
    outbox: int = 0
    audit_events: int = 0
    candidate_password: str = CANDIDATE_PASSWORD
    seconds: float = field(default=0.0, compare=False)

    def counts(self) -> dict:
        return {f.name: getattr(self, f.name) for f in fields(self) if f.name != "seconds"}

    def summary(self) -> str:
        def n(value: int, singular: str, plural: str = "") -> str:
            """« 1 doublon », « 0 écartée », « 2 doublons » (French: 0 and 1 take the singular)."""
            return f"{_n(value)} {singular if value < 2 else (plural or singular + 's')}"

        staff_list = ", ".join(f"{login} / {pw_}" for login, pw_, _role, _name in DEMO_STAFF)
        return (
            f"Données de démonstration (graine {self.seed}) : {n(self.candidates, 'candidat')}, dont "
            f"{n(self.via_portal, 'passé')} un à un par les règles du portail ; comptes : {n(self.active, 'actif')}, "
            f"{_n(self.awaiting_activation)} en attente d'activation (moins de 48 h), {n(self.activation_expired, 'non activé')} "
            f"depuis plus de 48 h (à purger), {n(self.unused, 'inutilisé')} depuis plus d'un an, "
            f"{n(self.establishment, 'inscrit')} par leur établissement (sans adresse e-mail), "
            f"{n(self.duplicates, 'doublon probable', 'doublons probables')} ; {n(self.inscriptions, 'inscription')} "
            f"({n(self.registered, 'enregistrée')}, {n(self.withdrawn, 'désinscription')}, "
            f"{n(self.set_aside, 'écartée')}) dans {n(self.sessions, 'session')} de "
            f"{n(self.exams, 'examen et concours', 'examens et concours')} ({n(self.academies, 'académie')}, dont "
            f"{_n(self.active_academies)} avec leurs candidats), {n(self.centres, 'centre')} d'examen et "
            f"{n(self.papers, 'épreuve')} ; {n(self.accommodations, 'aménagement')}, "
            f"{n(self.supporting_documents, 'pièce justificative reçue', 'pièces justificatives reçues')}, "
            f"{n(self.marks, 'note')} et {n(self.results, 'résultat')} pour les sessions closes ; "
            f"{n(self.documents, 'document PDF publié', 'documents PDF publiés')}, "
            f"{n(self.outbox, 'e-mail en file', 'e-mails en file')} d'attente, "
            f"{n(self.audit_events, 'événement')} au journal d'audit. Personnel (identifiant / mot de passe) : "
            f"{staff_list}. Mot de passe de tous les comptes candidats : « {self.candidate_password} »."
        )


def _n(value: int) -> str:
    return f"{value:,}".replace(",", "\u202f")


# --------------------------------------------------------------------------- helpers
class _Pick:
    """Weighted choice by bisection on cumulative weights (faster than random.choices)."""

    __slots__ = ("cum", "items", "total")

    def __init__(self, pairs):
        self.items = [p[0] for p in pairs]
        self.cum, total = [], 0.0
        for _, w in pairs:
            total += w
            self.cum.append(total)
        self.total = total

    def __call__(self, rnd: random.Random):
        return self.items[bisect.bisect_right(self.cum, rnd.random() * self.total)]


def _fmt(value) -> str | None:
    """Datetimes and dates as the backends store them (what sqlite3's adapter writes)."""
    if value is None:
        return None
    return value.isoformat(" ") if isinstance(value, dt.datetime) else value.isoformat()


def _between(rnd: random.Random, start: dt.datetime, end: dt.datetime) -> dt.datetime:
    """A moment in [start, end], to the second (start when the range is empty)."""
    u = rnd.random()  # drawn even for an empty range: what `now` is never changes who is drawn next
    span = (end - start).total_seconds()
    if span <= 0:
        return start
    return start + dt.timedelta(seconds=int(u * (int(span) + 1)))


class _Slug:
    """Folded name parts for e-mail addresses, cached."""

    def __init__(self):
        self.cache = {}

    def __call__(self, value: str, keep_hyphen: bool = False) -> str:
        k = (value, keep_hyphen)
        out = self.cache.get(k)
        if out is None:
            folded = text.fold(value)
            out = "".join(c for c in folded if c.isalnum() or (keep_hyphen and c == "-"))
            out = out.strip("-") or "x"
            self.cache[k] = out
        return out


# --------------------------------------------------------------------------- the world
@dataclass
class _Dates:
    now: dt.datetime
    exam_open: dt.datetime
    exam_closed: dt.datetime
    exam_future: dt.datetime
    windows: dict  # when -> {kind: (opens, closes)}
    results_at: dt.datetime  # when last year's results were recorded
    setup_at: dt.datetime
    closed_setup_at: dt.datetime
    open_setup_at: dt.datetime

    @property
    def years(self) -> dict:
        return {
            "closed": self.exam_closed.year,
            "ea": self.exam_closed.year,
            "open": self.exam_open.year,
            "future": self.exam_future.year,
        }


def _dates(now: dt.datetime) -> _Dates:
    day = dt.timedelta(days=1)
    midnight = now.replace(hour=0, minute=0, second=0)
    base = (now + 220 * day).replace(hour=8, minute=0, second=0)
    exam_open = base - base.weekday() * day  # a Monday
    exam_closed = exam_open - 364 * day
    exam_future = exam_open + 364 * day
    reg_closed = (exam_closed - 240 * day).replace(hour=0)
    windows = {
        "closed": {
            "registration": (reg_closed, reg_closed + 60 * day),
            "modification": (reg_closed, reg_closed + 75 * day),
            "documents": (reg_closed, exam_closed + 90 * day),
            "results": (exam_closed + 25 * day, midnight + 45 * day),
        },
        "open": {
            "registration": (midnight - 35 * day, midnight + 40 * day),
            "modification": (midnight - 35 * day, midnight + 60 * day),
            "documents": (midnight - 35 * day, exam_open + 90 * day),
            "results": (exam_open + 25 * day, exam_open + 400 * day),
        },
        "future": {
            "registration": (midnight + 330 * day, midnight + 405 * day),
            "documents": (midnight + 330 * day, exam_future + 90 * day),
            "results": (exam_future + 25 * day, exam_future + 400 * day),
        },
    }
    windows["ea"] = windows["closed"]  # the épreuves anticipées: registered with last year's candidates
    return _Dates(
        now,
        exam_open,
        exam_closed,
        exam_future,
        windows,
        results_at=(exam_closed + 25 * day).replace(hour=8),
        setup_at=midnight - 830 * day,
        closed_setup_at=reg_closed - 30 * day,
        open_setup_at=midnight - 60 * day,
    )


def _active_academies(candidates: int) -> set:
    """Where the candidates live: every académie from FULL_SCALE on; a small demo is the office of
    a few (Nantes first, then the most populated), so that it sets up only what it uses."""
    population = {a[0]: sum(names.DEPARTMENTS[d][1] for d in a[2]) for a in names.ACADEMIES}
    order = ["NANTES", *sorted((c for c in population if c != "NANTES"), key=lambda c: (-population[c], c))]
    count = (
        len(order) if candidates >= FULL_SCALE else max(3, math.ceil(len(order) * candidates / FULL_SCALE))
    )
    return set(order[:count])


@dataclass
class _CentreSpec:
    dept: str
    uai: str
    name: str
    address: str
    city: str
    capacity: int
    id: int | None = None


class _World:
    """The catalogue as specified, then with the ids the services gave it."""

    def __init__(self, now: dt.datetime, candidates: int):
        self.dates = _dates(now)
        self.academy_of_dept = {d: a[0] for a in names.ACADEMIES for d in a[2]}
        self.active = _active_academies(candidates)
        self.active_depts = [d for a in names.ACADEMIES if a[0] in self.active for d in a[2]]
        self.academy_ids: dict[str, int] = {}
        self.exam_ids: dict[str, int] = {}
        self.sessions: dict[tuple, int] = {}  # (exam code, academy code, when) -> id
        self.session_year: dict[int, int] = {}
        self.papers: dict[int, list] = {}  # session id -> [(paper id, code, coefficient)]
        self.doc_types: dict[str, list] = {}  # exam code -> [(type id, code, mandatory)]
        self.centres = self._centre_specs(candidates, self.active_depts)
        self.centres_by_dept: dict[str, list] = {}
        for c in self.centres:
            self.centres_by_dept.setdefault(c.dept, []).append(c)
        self.staff_ids: dict[str, int] = {}

    @staticmethod
    def _centre_specs(candidates: int, depts: list) -> list:
        """Lycées per département, as many as the expected candidates need (about 380 each)."""
        rnd = random.Random(7)  # independent of the seed: same catalogue for the same size
        total_pop = sum(names.DEPARTMENTS[d][1] for d in depts)
        kinds = _Pick(names.LYCEE_KINDS)
        streets = names.STREETS
        out = []
        for dept in depts:
            _dname, pop, cities = names.DEPARTMENTS[dept]
            expected = candidates * 0.62 * pop / total_pop
            count = max(1, min(400, round(expected / 380)))
            known = list(names.LYCEES_KNOWN.get(dept, ()))
            eponyms = list(names.LYCEE_EPONYMS)
            rnd.shuffle(eponyms)
            prefix = _uai_prefix(dept)
            start = sum(ord(ch) for ch in dept) * 53 % 7000 + 100
            seen = set()
            for k in range(count):
                city = cities[0] if k == 0 else cities[int(rnd.random() * len(cities))]
                if k < len(known):
                    name = known[k]
                else:
                    name = f"{kinds(rnd)} {eponyms[(k - len(known)) % len(eponyms)]}"
                    if (name, city[0]) in seen:
                        name = f"{name} {k // len(eponyms) + 1}"
                seen.add((name, city[0]))
                expected_here = expected / count
                capacity = max(150, math.ceil(expected_here * 1.3 / 50.0) * 50)
                address = f"{1 + int(rnd.random() * 120)} {streets[int(rnd.random() * len(streets))]}"
                out.append(
                    _CentreSpec(
                        dept, uai_code(prefix, (start + 137 * k) % 10000), name, address, city[0], capacity
                    )
                )
        return out

    # ------------------------------------------------------------------ creation, by phase
    def create_base(self, system, report: DemoReport) -> None:
        """Académies, exams and their pièces justificatives, staff accounts."""
        for code, name, depts, office, address, email, phone in names.ACADEMIES:
            existing = Academy.get_or_none(Academy.code == code)
            self.academy_ids[code] = (
                existing.id
                if existing
                else catalogue.create_academy(
                    system, code, name, office, address, email, phone, departments=depts
                )
            )
        for e in EXAMS:
            existing_exam = Exam.get_or_none(Exam.code == e["code"])
            self.exam_ids[e["code"]] = (
                existing_exam.id
                if existing_exam
                else catalogue.create_exam(
                    system,
                    e["code"],
                    e["name"],
                    kind=e["kind"],
                    level=e["level"],
                    series=e["series"],
                    specialities=e.get("specialities", ()),
                    options=e.get("options", ()),
                    languages=e["languages"],
                    specialities_required=e.get("specialities_required", 0),
                    supporting_documents=e["documents"],
                )
            )
            self.doc_types[e["code"]] = [
                (t.id, t.code, t.mandatory)
                for t in SupportingDocumentType.select()
                .where(SupportingDocumentType.exam == self.exam_ids[e["code"]])
                .order_by(SupportingDocumentType.id)
            ]
        for login, password, role, full_name in DEMO_STAFF:
            user = StaffUser.get_or_none(StaffUser.login == login)
            self.staff_ids[login] = (
                user.id if user else staff.create_staff(system, login, full_name, role, password).id
            )
        report.academies, report.exams, report.staff = (
            len(self.academy_ids),
            len(self.exam_ids),
            len(DEMO_STAFF),
        )
        report.active_academies = len(self.active)

    def create_sessions(self, system, whens, report: DemoReport) -> None:
        """Sessions with their windows and épreuves, for every exam of every active académie."""
        d = self.dates
        exam_day = {
            "closed": d.exam_closed,
            "ea": d.exam_closed,
            "open": d.exam_open,
            "future": d.exam_future,
        }
        existing = {(s.exam_id, s.academy_id, s.year, s.label): s.id for s in ExamSession.select()}
        for when in whens:
            year = exam_day[when].year
            label = f"Session {year} — épreuves anticipées" if when == "ea" else f"Session {year}"
            for acad_code, *_rest in names.ACADEMIES:
                if acad_code not in self.active:
                    continue
                for e in EXAMS:
                    if when == "ea" and e["code"] not in _EA_EXAMS:
                        continue
                    key = (e["code"], acad_code, when)
                    exam_id, academy_id = self.exam_ids[e["code"]], self.academy_ids[acad_code]
                    sid = existing.get((exam_id, academy_id, year, label))
                    have = {}
                    if sid is None:
                        sid = catalogue.create_session(
                            system, exam_id, academy_id, label, year, d.windows[when]
                        )
                    else:
                        have = {
                            p.code: (p.id, p.code, p.coefficient, p.starts_at)
                            for p in Paper.select().where(Paper.session == sid)
                        }
                    self.sessions[key] = sid
                    self.session_year[sid] = year
                    report.sessions += 1
                    if when == "future":
                        continue
                    for code, pname, offset, hour, minutes, coef in e["papers"]:
                        if when == "ea" and code not in _EA_PAPERS:
                            continue
                        if code not in have:
                            starts = (exam_day[when] + dt.timedelta(days=offset)).replace(hour=hour)
                            pid = catalogue.add_paper(system, sid, code, pname, starts, minutes, coef)
                            have[code] = (pid, code, float(coef), starts)
                    self.papers[sid] = [p[:3] for p in sorted(have.values(), key=lambda p: (p[3], p[1]))]

    def create_centres(self, system, report: DemoReport) -> None:
        existing = {c.uai: c.id for c in Centre.select(Centre.id, Centre.uai)}
        for c in self.centres:
            c.id = existing.get(c.uai) or catalogue.create_centre(
                system,
                self.academy_ids[self.academy_of_dept[c.dept]],
                c.uai,
                c.name,
                c.address,
                c.city,
                c.capacity,
                department=c.dept,
            )
        report.centres = len(self.centres)


# --------------------------------------------------------------------------- plans
class _InsPlan:
    __slots__ = (
        "accommodations",
        "centre",
        "channel",
        "choices",
        "created",
        "db_id",
        "docs",
        "exam",
        "fail",
        "first",
        "marks",
        "mods",
        "number",
        "result",
        "room",
        "status",
        "status_at",
        "status_reason",
        "uai",
        "when",
    )
    # what the planner fills in after __init__ (slots: annotations only, no class values)
    accommodations: list
    centre: Any  # a _CentreSpec once assigned
    channel: str
    choices: dict[str, Any]
    created: dt.datetime
    db_id: int | None
    docs: list
    exam: str
    fail: Any  # "" or the flag of a failed past attempt
    first: dict[str, Any]  # the choices as first made, before any change
    marks: list
    mods: list
    number: str | None
    result: tuple | None
    room: str
    status: str
    status_at: dt.datetime | None
    status_reason: str
    uai: str | None
    when: str

    def __init__(self, exam, when, channel, uai):
        self.exam, self.when, self.channel, self.uai = exam, when, channel, uai
        self.mods, self.accommodations, self.docs, self.marks = [], [], [], []
        self.status, self.status_at, self.status_reason = "registered", None, ""
        self.centre, self.room, self.result, self.fail, self.db_id, self.number = (
            None,
            "",
            None,
            "",
            None,
            None,
        )

    @property
    def version(self) -> int:
        return 1 + len(self.mods) + (self.status != "registered")

    @property
    def updated(self) -> dt.datetime:
        return self.status_at or (self.mods[-1][0] if self.mods else self.created)


class _CandPlan:
    __slots__ = (
        "academy",
        "activated",
        "created",
        "db_id",
        "dept",
        "duplicate",
        "email",
        "ident",
        "index",
        "inscriptions",
        "last_used",
        "state",
        "token",
    )
    academy: str
    activated: dt.datetime | None
    created: dt.datetime
    db_id: int | None
    dept: str
    duplicate: bool
    email: str | None
    ident: dict[str, Any]
    index: int
    inscriptions: list[_InsPlan]
    last_used: dt.datetime | None
    state: str
    token: str | None

    def __init__(self, index):
        self.index = index
        self.inscriptions = []
        self.email = self.activated = self.last_used = self.db_id = self.token = None
        self.duplicate = False


class _Rooms:
    """Rooms of the open session, given in candidate order: 24 a room, 6 in a room set apart."""

    def __init__(self):
        self.count: dict[tuple, int] = {}

    def __call__(self, exam: str, centre_uai: str, separate: bool) -> str:
        key = (exam, centre_uai, separate)
        n = self.count.get(key, 0)
        self.count[key] = n + 1
        if separate:
            return f"Salle aménagée {n // 6 + 1}"
        room = n // 24
        return f"Salle {'ABCDEFGH'[min(7, room // 20)]}{room % 20 + 1:02d}"


class _Planner:
    """Draws candidates from random streams: the portal's candidates from one, then each bulk chunk
    from its own (seeded by the seed and the chunk's number), so that chunks can be drawn in any
    process and in any order and still give the same people for the same seed."""

    def __init__(self, seed: int, world: _World):
        self.seed = seed
        self.rnd = random.Random(seed)
        self.history_rnd = random.Random(f"cyclades-demo-history:{seed}")
        self.w = world
        self.d = world.dates
        self.slug = _Slug()
        self.emails: set[str] = set()
        self.recent: list = []  # identities that a later duplicate may copy
        self.base_emails: set[str] = set()
        self.base_recent: list = []
        total_pop = sum(v[1] for v in names.DEPARTMENTS.values())
        self.pick_dept = _Pick([(d, names.DEPARTMENTS[d][1] / total_pop) for d in world.active_depts])
        self.pick_birth_dept = _Pick([(d, v[1] / total_pop) for d, v in names.DEPARTMENTS.items()])
        self.pick_city = {
            d: _Pick([(c, 1.0 / (1 + 0.35 * k)) for k, c in enumerate(v[2])])
            for d, v in names.DEPARTMENTS.items()
        }
        self.pick_state = _Pick(_STATES)
        self.pick_pattern = _Pick([((p[0], p[2]), p[1]) for p in _PATTERNS])
        self.pick_est_exam = _Pick(_ESTABLISHMENT_EXAMS)
        self.pick_ind_exam = _Pick(_INDIVIDUAL_EXAMS)
        self.pick_fr_head = _Pick(names.SURNAMES_FR + names.SURNAMES_PARTICLE)
        tail = [n for n, _w in names.SURNAMES_FR_TAIL] + list(names.LONG_TAIL)
        random.Random(0).shuffle(tail)  # rarer towards the end, in no alphabetical order
        self.pick_fr_tail = _Pick([(n, 1.0 / (1 + k / 1000)) for k, n in enumerate(tail)])
        self.regional = {}
        for depts, pool, share in (
            (("22", "29", "35", "56", "44"), names.SURNAMES_BRETON, 0.3),
            (("67", "68", "57"), names.SURNAMES_ALSACE, 0.3),
            (("2A", "2B"), names.SURNAMES_CORSE, 0.45),
            (("64", "40"), names.SURNAMES_BASQUE, 0.2),
            (("59", "62"), names.SURNAMES_NORD, 0.25),
            (("974",), names.SURNAMES_REUNION, 0.6),
            (("971", "972", "973"), names.SURNAMES_ANTILLES, 0.55),
            (("976",), names.SURNAMES_MAYOTTE, 0.85),
        ):
            for dept in depts:
                self.regional[dept] = (_Pick(pool), share)
        self.origin_pools = {
            o: (_Pick(s), (_Pick(f[0]), _Pick(f[1])), countries, abroad)
            for o, (s, f, countries, abroad) in names.ORIGINS.items()
        }
        metro_big = {"75", "77", "78", "91", "92", "93", "94", "95", "13", "69", "59", "67", "31", "06", "34"}
        base = names.ORIGIN_WEIGHTS
        self.pick_origin = {
            "big": _Pick([(o, w * (1.0 if o == "france" else 1.6)) for o, w in base]),
            "other": _Pick([(o, w * (1.0 if o == "france" else 0.7)) for o, w in base]),
            "dom": _Pick([(o, w * (1.0 if o == "france" else 0.15)) for o, w in base]),
        }
        self.origin_kind = {
            d: "big" if d in metro_big else "dom" if len(d) == 3 else "other" for d in names.DEPARTMENTS
        }
        self.first = {
            ("F", True): _Pick(names.FIRST_F_YOUNG),
            ("M", True): _Pick(names.FIRST_M_YOUNG),
            ("F", False): _Pick(names.FIRST_F_ADULT),
            ("M", False): _Pick(names.FIRST_M_ADULT),
        }
        self.middle = {"F": _Pick(names.MIDDLE_F), "M": _Pick(names.MIDDLE_M)}
        self.mayotte_first = (_Pick(names.FIRST_MAYOTTE[0]), _Pick(names.FIRST_MAYOTTE[1]))
        self.pick_spe = _Pick(list(zip(EXAM_BY_CODE["BAC-GEN"]["specialities"], _SPE_WEIGHTS, strict=True)))
        self.pick_lv1 = _Pick(_LV1)
        self.pick_lvb = _Pick(_LVB)
        self.pick_provider = _Pick(EMAIL_PROVIDERS)
        self.pick_accommodation = _Pick([(a, a[1]) for a in ACCOMMODATIONS])
        self.capacity_pick = {
            d: _Pick([(k, c.capacity) for k, c in enumerate(cs)]) for d, cs in world.centres_by_dept.items()
        }
        self.agent_name = DEMO_STAFF[1][3]
        self.manager_name = DEMO_STAFF[0][3]

    def freeze_portal(self) -> None:
        """What every bulk chunk starts from: the portal candidates' e-mails and identities."""
        self.base_emails, self.base_recent = set(self.emails), list(self.recent)

    def start_chunk(self, number: int) -> None:
        self.rnd = random.Random(f"cyclades-demo:{self.seed}:{number}")
        self.history_rnd = random.Random(f"cyclades-demo-history:{self.seed}:{number}")
        self.emails, self.recent = set(self.base_emails), list(self.base_recent)

    def chunk(self, number: int, first: int, last: int) -> list:
        self.start_chunk(number)
        return [self.candidate(i) for i in range(first, last)]

    # ------------------------------------------------------------------ people
    def pick_fr(self, r: random.Random) -> str:
        """A French surname: the frequent ones with their weight, or one of the long tail."""
        return self.pick_fr_tail(r) if r.random() < names.TAIL_SHARE else self.pick_fr_head(r)

    def _surname(self, origin: str, dept: str, sex: str, young: bool = False) -> str:
        r = self.rnd
        if origin == "france":
            regional = self.regional.get(dept)
            name = regional[0](r) if regional and r.random() < regional[1] else self.pick_fr(r)
            if r.random() < 0.07 and young:  # born since 2005: both parents' names, a space between
                other = self.pick_fr(r)
                if other != name and len(name) + len(other) < 60:
                    name = f"{name} {other}"
        else:
            name = self.origin_pools[origin][0](r)
        if "|" in name:
            masc, fem = name.split("|")
            name = fem if sex == "F" else masc
        return name

    def _first_names(self, origin: str, dept: str, sex: str, young: bool, abroad: bool) -> str:
        r = self.rnd
        if dept == "976" and origin == "france" and r.random() < 0.8:
            return self.mayotte_first[sex == "M"](r)
        if origin != "france" and r.random() < (0.75 if abroad else 0.45):
            first = self.origin_pools[origin][1][sex == "M"](r)
            if " " in first or r.random() < 0.7:
                return first
        else:
            first = self.first[(sex, young)](r)
        parts = [first]
        extra = r.random()
        wanted = 0 if extra < 0.45 else 1 if extra < 0.82 else 2
        for _ in range(wanted):
            m = self.middle[sex](r)
            if m not in parts and m not in first:
                parts.append(m)
        return " ".join(parts)

    def _identity(
        self, plan: _CandPlan, sex: str, age: float, exam_day: dt.datetime, adult_usage: bool, forced=None
    ) -> dict:
        r = self.rnd
        dept = self.pick_dept(r)
        city, postcode, _insee = self.pick_city[dept](r)
        plan.dept = dept
        birth = (exam_day - dt.timedelta(days=int(age * 365.25))).date()
        young = age < 27  # the first names of their generation (by age: the same people on any date)
        origin = self.pick_origin[self.origin_kind[dept]](r)
        abroad_country = ""
        if forced is not None:  # a showcase identity
            civility, birth_name, usage, first_names, abroad_country = forced
            sex = "F" if civility == "Mme" else "M"
        else:
            if origin != "france" and r.random() < self.origin_pools[origin][3]:
                countries = self.origin_pools[origin][2]
                abroad_country = countries[int(r.random() * len(countries))]
            elif origin == "france" and r.random() < 0.012:
                abroad_country = names.EXPAT_COUNTRIES[int(r.random() * len(names.EXPAT_COUNTRIES))]
            birth_name = self._surname(origin, dept, sex, young=age < 22)
            first_names = self._first_names(origin, dept, sex, young, bool(abroad_country))
            usage = ""
            if adult_usage and sex == "F" and age >= 24 and r.random() < 0.35:
                usage = self.pick_fr(r)
                if "|" in usage or usage == birth_name:
                    usage = ""
            civility = "Mme" if sex == "F" else "M."
        ident = {
            "civility": civility,
            "birth_name": birth_name,
            "usage_name": usage,
            "first_names": first_names,
            "birth_date": birth,
            "nationality": "française",
            "address": self._street(),
            "postcode": postcode,
            "city": city,
            "country": "France",
            "phone": self._phone(dept),
            "ine": "",
            "father_name": "",
            "mother_name": "",
        }
        if abroad_country:
            country, nationality, cities = names.COUNTRIES[abroad_country]
            ident["birth_country_code"] = abroad_country
            ident["birth_commune_code"] = ""
            ident["birth_place"] = f"{cities[int(r.random() * len(cities))]} ({country})"
            if origin != "france" and r.random() < 0.55:
                ident["nationality"] = nationality
            fo = origin if origin in self.origin_pools else None
            father_first = (self.origin_pools[fo][1][1](r) if fo else self.first[("M", False)](r)).split(" ")[
                0
            ]
            mother_first = (self.origin_pools[fo][1][0](r) if fo else self.first[("F", False)](r)).split(" ")[
                0
            ]
            mother_surname = self._surname(origin, dept, "F")
            ident["father_name"] = f"{father_first} {self._masculine(birth_name)}"
            ident["mother_name"] = f"{mother_first} {mother_surname}"
        else:
            bdept = dept if r.random() < 0.65 else self.pick_birth_dept(r)
            bcity, _pc, binsee = self.pick_city[bdept](r)
            ident["birth_country_code"] = identity.FRANCE
            ident["birth_commune_code"] = binsee
            ident["birth_place"] = f"{bcity} ({bdept})"
        return ident

    @staticmethod
    def _masculine(surname: str) -> str:
        """The father's form of an inflected surname (Kowalska -> Kowalski)."""
        for pool in (names.SURNAMES_EAST,):
            for name, _w in pool:
                if "|" in name:
                    masc, fem = name.split("|")
                    if surname == fem:
                        return masc
        return surname

    def _street(self) -> str:
        r = self.rnd
        num = 1 + int(r.random() * 180)
        suffix = " bis" if r.random() < 0.03 else ""
        street = names.STREETS[int(r.random() * len(names.STREETS))]
        out = f"{num}{suffix} {street}"
        if r.random() < 0.08:
            out += ", " + names.ADDRESS_COMPLEMENTS[int(r.random() * len(names.ADDRESS_COMPLEMENTS))]
        return out

    def _phone(self, dept: str) -> str:
        r = self.rnd
        if r.random() < 0.1:
            return ""
        dom = {"971": "0690", "972": "0696", "973": "0694", "974": "0692", "976": "0639", "975": "0508"}
        if dept in dom:
            return f"{dom[dept]} {10 + int(r.random() * 90)} {10 + int(r.random() * 90)} {10 + int(r.random() * 90)}"
        digits = f"{int(r.random() * 100_000_000):08d}"
        return f"0{6 if digits[0] < '7' else 7} {digits[:2]} {digits[2:4]} {digits[4:6]} {digits[6:]}"

    def _ine(self, index: int) -> str:
        num = (3_760_475_191 * index + 1_234_567_891) % 10_000_000_000  # a bijection: unique per candidate
        return f"{num:010d}{_UAI_LETTERS[num % 23]}"

    def _email(self, ident: dict) -> str:
        r = self.rnd
        first = ident["first_names"].split(" ")[0]
        last = ident["usage_name"] or ident["birth_name"]
        f = self.slug(first, keep_hyphen=True)
        l_ = self.slug(last)
        yy = f"{ident['birth_date'].year % 100:02d}"
        u = r.random()
        if u < 0.40:
            local = f"{f}.{l_}"
        elif u < 0.48:
            local = f"{f.replace('-', '')}{l_}"
        elif u < 0.56:
            local = f"{f[0]}{l_}"
        elif u < 0.63:
            local = f"{l_}.{f}"
        elif u < 0.75:
            local = f"{f}.{l_}{yy}"
        elif u < 0.79:
            local = f"{f}_{l_}"
        elif u < 0.83:
            local = f"{f}.{l_}{ident['postcode'][:2]}"
        elif u < 0.88:
            local = f"{f.replace('-', '')}{l_}{ident['birth_date'].year}"
        elif u < 0.91:
            local = f"{f}-{l_}"
        elif u < 0.94:
            local = f"{l_}{f[0]}"
        else:
            local = f"{f}.{l_}.{1 + int(r.random() * 99)}"
        domain = f"{self.pick_provider(r)}.example"
        if r.random() < 0.025:  # some type their address with capitals: the login ignores case
            local = ".".join(p.capitalize() for p in local.split("."))
            domain = domain.capitalize()
        email = f"{local}@{domain}"
        key = email.lower()
        k = 1
        while key in self.emails:
            k += 1
            email = f"{local}{k}@{domain}"
            key = email.lower()
        self.emails.add(key)
        return email

    # ------------------------------------------------------------------ choices
    def _choices(self, exam: str, dept: str) -> dict:
        r = self.rnd
        e = EXAM_BY_CODE[exam]
        if exam == "BAC-GEN":
            first = self.pick_spe(r)
            second = first
            while second == first:
                second = self.pick_spe(r)
            options: tuple = tuple(e["options"][i] for i, p in _BAC_OPTIONS if r.random() < p)
            return {
                "serie": "Générale",
                "specialities": (first, second),
                "options": tuple(options),
                "languages": self._languages(dept, True),
            }
        if exam == "BAC-STMG":
            serie = e["series"][min(3, int(r.random() ** 1.4 * 4))]
            options = tuple(
                o for o, p in zip(e["options"], (0.08, 0.03, 0.02), strict=True) if r.random() < p
            )
            return {
                "serie": serie,
                "specialities": tuple(e["specialities"]),
                "options": options,
                "languages": self._languages(dept, True, allowed=e["languages"]),
            }
        if exam == "BTS":
            serie = e["series"][min(len(e["series"]) - 1, int(r.random() ** 1.6 * len(e["series"])))]
            options = tuple(o for o, p in zip(e["options"], (0.1, 0.05), strict=True) if r.random() < p)
            return {"serie": serie, "specialities": (), "options": options, "languages": (self.pick_lv1(r),)}
        if exam == "CAP":
            serie = e["series"][min(len(e["series"]) - 1, int(r.random() ** 1.3 * len(e["series"])))]
            lang = self.pick_lv1(r)
            return {"serie": serie, "specialities": (), "options": (), "languages": (lang,)}
        # CRPE
        regional = _REGIONAL_LANG.get(dept)
        if regional in _CRPE_REGIONAL and r.random() < 0.08:
            serie, options = e["series"][3], (e["options"][_CRPE_REGIONAL[regional]],)
        else:
            u = r.random()
            serie, options = e["series"][0 if u < 0.82 else 1 if u < 0.9 else 2], ()
        lang = "Anglais" if r.random() < 0.85 else ("Allemand", "Espagnol", "Italien")[int(r.random() * 3)]
        return {"serie": serie, "specialities": (), "options": options, "languages": (lang,)}

    def _languages(self, dept: str, two: bool, allowed=_LANGS_BAC) -> tuple:
        r = self.rnd
        lva = self.pick_lv1(r)
        regional = _REGIONAL_LANG.get(dept)
        if regional and regional in allowed and r.random() < 0.05:
            lvb = regional
        else:
            lvb = self.pick_lvb(r) if lva == "Anglais" else "Anglais"
        if lvb == lva or lvb not in allowed:
            lvb = "Espagnol" if lva != "Espagnol" else "Anglais"
        return (lva, lvb)

    def _modified(self, exam: str, choices: dict, dept: str) -> dict:
        """A real change of one field (the portal ignores a save that changes nothing)."""
        r = self.rnd
        e = EXAM_BY_CODE[exam]
        new = dict(choices)
        for _attempt in range(10):
            if exam == "BAC-GEN" and r.random() < 0.6:
                keep = choices["specialities"][int(r.random() * 2)]
                other = keep
                while other == keep or other in choices["specialities"]:
                    other = self.pick_spe(r)
                new["specialities"] = (keep, other)
            elif e.get("options") and r.random() < 0.5:
                opt = e["options"][int(r.random() * len(e["options"]))]
                current = list(choices["options"])
                new["options"] = tuple(o for o in current if o != opt) if opt in current else (*current, opt)
            elif len(e["series"]) > 1 and r.random() < 0.5:
                new["serie"] = e["series"][int(r.random() * len(e["series"]))]
            else:
                langs = e["languages"]
                if len(choices["languages"]) == 2:
                    lvb = langs[int(r.random() * min(len(langs), 7))]
                    if lvb != choices["languages"][0]:
                        new["languages"] = (choices["languages"][0], lvb)
                else:
                    new["languages"] = (langs[int(r.random() * len(langs))],)
            if new != choices:
                return new
        new["languages"] = (
            tuple(reversed(choices["languages"]))
            if len(choices["languages"]) == 2
            else ("Espagnol",)
            if choices["languages"] != ("Espagnol",)
            else ("Anglais",)
        )
        return new

    # ------------------------------------------------------------------ one candidate
    def candidate(self, index: int) -> _CandPlan:
        r = self.rnd
        d = self.d
        day, hour, minute = dt.timedelta(days=1), dt.timedelta(hours=1), dt.timedelta(minutes=1)
        now = d.now
        plan = _CandPlan(index)
        showcase = names.SHOWCASE[index] if index < len(names.SHOWCASE) else None
        scenario = _SHOWCASE_SCENARIOS.get(index, "") if showcase else ""
        if showcase is None and r.random() < 0.40:
            plan.state = "establishment"
        elif showcase:
            plan.state = "establishment" if scenario == "establishment" else "active"
        else:
            plan.state = self.pick_state(r)

        # --- what the candidate sits, hence their age
        if plan.state == "establishment":
            exam = self.pick_est_exam(r)
            when = "open" if r.random() < 0.64 or showcase else "closed"
            pattern: tuple = ((when, 0, ""),)
            exams = [exam]
        else:
            exams = [self.pick_ind_exam(r)]
            second = exams[0]
            while second == exams[0]:
                second = self.pick_ind_exam(r)
            exams.append(second)
            if plan.state == "active":
                pattern = (
                    _SCENARIO_PATTERNS.get(scenario, (("open", 0, ""),))
                    if showcase
                    else self.pick_pattern(r)[1]
                )
            elif plan.state == "unused":
                pattern = (("closed", 0, ""),) if r.random() < 0.5 else ()
            else:
                pattern = ()
        kind = "establishment" if plan.state == "establishment" else "individual"
        mean, spread, lo, hi = _AGE[(kind, exams[0])]
        age = min(hi, max(lo, r.gauss(mean, spread)))
        sex = "F" if r.random() < (0.85 if exams[0] == "CRPE" else 0.51) else "M"
        exam_day = d.exam_closed if pattern and all(p[0] == "closed" for p in pattern) else d.exam_open
        ident = self._identity(plan, sex, age, exam_day, kind == "individual", forced=showcase)
        plan.academy = self.w.academy_of_dept[plan.dept]

        # --- a few people have two records (duplicate detection): same person, second account
        if kind == "individual" and not showcase and self.recent and r.random() < 0.006:
            src = self.recent[int(r.random() * len(self.recent))]
            for f_ in (
                "civility",
                "birth_name",
                "first_names",
                "birth_date",
                "birth_country_code",
                "birth_commune_code",
                "birth_place",
                "father_name",
                "mother_name",
                "ine",
            ):
                ident[f_] = src[f_]
            if r.random() < 0.5:  # typed without accents, or only the first prénom
                plain = text.fold(ident["birth_name"]).title() if r.random() < 0.6 else ident["birth_name"]
                if validation.NAME_ALLOWED.match(plain):
                    ident["birth_name"] = plain
                else:
                    ident["first_names"] = ident["first_names"].split(" ")[0]
            plan.duplicate = True
        if (kind == "establishment" or r.random() < (0.8 if age < 30 else 0.3)) and not ident["ine"]:
            ident["ine"] = self._ine(index)
        plan.ident = ident
        if len(self.recent) < 2000:
            self.recent.append(ident)
        elif r.random() < 0.05:
            self.recent[int(r.random() * 2000)] = ident

        # --- the account's life
        wins = d.windows
        reg_open = wins["open"]["registration"][0]
        creg0, creg1 = wins["closed"]["registration"]
        if kind == "individual":
            plan.email = self._email(ident)
            has_closed = any(p[0] == "closed" for p in pattern)
            if plan.state == "awaiting_activation":
                plan.created = _between(r, now - 47 * hour, now - 5 * minute)
            elif plan.state == "activation_expired":
                plan.created = _between(r, now - 60 * day, now - 49 * hour)
            elif plan.state == "unused":
                plan.created = (
                    _between(r, creg0 - 40 * day, creg0 + 2 * day)
                    if has_closed
                    else _between(r, now - 800 * day, now - 380 * day)
                )
            elif has_closed:
                plan.created = _between(r, creg0 - 60 * day, creg1 - 10 * day)
            elif pattern:
                plan.created = _between(r, now - 500 * day, now - 3 * day)
            else:
                plan.created = _between(r, now - 300 * day, now - 3 * day)
            if plan.state not in ("awaiting_activation", "activation_expired"):
                plan.activated = plan.created + dt.timedelta(seconds=60 + int(r.random() * 30 * 3600))
                plan.last_used = plan.activated
        # --- inscriptions
        t_prev: dict[str, dt.datetime | None] = {"open": None, "closed": None}
        for when, slot, flag in pattern:
            exam = exams[slot]
            ins = _InsPlan(exam, when, "establishment" if kind == "establishment" else "individual", "")
            choices = self._choices(exam, plan.dept)
            ins.choices = ins.first = choices
            if when == "open":
                lo_t = max(reg_open, (plan.activated or reg_open) + 5 * minute, t_prev["open"] or reg_open)
                hi_t = now - 2 * hour
            else:
                lo_t = max(creg0, (plan.activated or creg0) + 5 * minute, t_prev["closed"] or creg0)
                hi_t = (now - 367 * day) if plan.state == "unused" else creg1 - 2 * day
            if flag == "withdrawn":
                hi_t = lo_t + (hi_t - lo_t) / 2
            ins.created = _between(r, lo_t, hi_t)
            t_prev[when] = ins.created
            if kind == "establishment":
                centres = self.w.centres_by_dept.get(plan.dept) or self.w.centres
                ins.uai = centres[int(r.random() * len(centres))].uai
                plan.created = ins.created
            end = (now - 30 * minute) if when == "open" else min(creg1 + 14 * day, d.exam_closed - 15 * day)
            if plan.state == "unused":
                end = min(end, now - 367 * day)
            self._life(plan, ins, kind, flag, end, scenario)
            if flag == "withdrawn":
                assert ins.status_at is not None  # _life dated the withdrawal
                t_prev[when] = ins.status_at + 10 * minute
            plan.inscriptions.append(ins)
        # last use of the account
        if kind == "individual" and plan.activated is not None:
            last = max(
                [plan.activated]
                + [i.created for i in plan.inscriptions]
                + [m[0] for i in plan.inscriptions for m in i.mods]
            )
            if plan.state == "unused":
                plan.last_used = min(_between(r, last, last + 40 * day), now - 366 * day)
                plan.last_used = max(plan.last_used, last)
            elif any(i.when == "closed" for i in plan.inscriptions) and not any(
                i.when == "open" for i in plan.inscriptions
            ):
                plan.last_used = _between(r, d.results_at, d.results_at + 20 * day)  # came to see the results
            else:
                plan.last_used = _between(r, last, now) if r.random() < 0.6 else last
        self._history(plan, kind)
        return plan

    def _life(
        self, plan: _CandPlan, ins: _InsPlan, kind: str, flag: str, end: dt.datetime, scenario: str
    ) -> None:
        """What happens to an inscription once saved, until `end`: modifications, withdrawal or
        set-aside, accommodations, pièces justificatives, centre, marks."""
        r = self.rnd
        day, hour, minute = dt.timedelta(days=1), dt.timedelta(hours=1), dt.timedelta(minutes=1)
        exam, when, choices = ins.exam, ins.when, ins.choices
        # modifications while the service is open (individual candidates, open session)
        if (
            kind == "individual"
            and when == "open"
            and flag != "withdrawn"
            and (r.random() < 0.18 or scenario == "modified")
        ):
            t = ins.created
            current = choices
            for _m in range(1 if r.random() < 0.8 else 2):
                t = _between(r, t + 10 * minute, max(t + 10 * minute, end - 10 * minute))
                current = self._modified(exam, current, plan.dept)
                ins.mods.append((t, current))
            ins.choices = current
        # status
        u = r.random()
        if flag == "withdrawn":
            ins.status, ins.status_reason = (
                "withdrawn",
                REREGISTER_REASONS[int(r.random() * len(REREGISTER_REASONS))],
            )
        elif scenario == "set_aside" and when == "open":
            ins.status, ins.status_reason = "set_aside", SET_ASIDE_REASONS[0]
        elif flag == "":
            if u < (0.03 if when == "open" else 0.02):
                ins.status = "withdrawn"
                ins.status_reason = WITHDRAWAL_REASONS[int(r.random() * len(WITHDRAWAL_REASONS))]
            elif u < (0.042 if when == "open" else 0.028):
                ins.status = "set_aside"
                ins.status_reason = SET_ASIDE_REASONS[int(r.random() * len(SET_ASIDE_REASONS))]
        ins.fail = flag
        if ins.status != "registered":
            start = ins.mods[-1][0] if ins.mods else ins.created
            ins.status_at = _between(r, start + hour, max(start + hour, end))
        # accommodations: measures granted while the candidature is active
        if r.random() < 0.13 or scenario == "accommodation":
            start = ins.created + hour
            stop = (ins.status_at or end) - hour
            kinds, measures = [], []
            for _k in range(1 if r.random() < 0.7 else 2):
                a = self.pick_accommodation(r)
                if a[0] not in kinds:
                    kinds.append(a[0])
                    detail = a[2][int(r.random() * len(a[2]))]
                    measures.append((a[0], detail, r.random() < a[3], _between(r, start, stop)))
            if stop > start:  # granted while the candidature is active (drawn either way, see _between)
                ins.accommodations = sorted(measures, key=lambda x: x[3])
        # pièces justificatives received
        limit = min(end, ins.created + 45 * day)
        for type_id, _code, mandatory in self.w.doc_types[exam]:
            if r.random() < ((0.97 if when in _PAST else 0.86) if mandatory else 0.45):
                by = "agent" if r.random() < 0.8 else "gestionnaire"
                ins.docs.append((type_id, _between(r, ins.created, max(ins.created, limit)), by))
        # centre and room for the open session
        if when == "open" and ins.status == "registered":
            self._assign(plan, ins)
        # marks and result of last year's session
        if when in _PAST and ins.status == "registered":
            self._marks(ins)

    # ------------------------------------------------------------------ the rest of the history
    def _history(self, plan: _CandPlan, kind: str) -> None:
        """The inscriptions an account holds besides those drawn above, from a stream of its own
        (so that the people, and what they were drawn to sit, stay the same for a seed).

        The base holds last year's sessions beside this year's: a pupil in terminale was
        registered by the same lycée for the épreuves anticipées in première; a pupil refused
        last year repeats the year; a candidate on their own often sat the same exam last year,
        sat the épreuves anticipées the year before the bac, or registers for a second exam;
        who failed last year sits again. Each rule of the portal holds: inside the registration
        window, an activated account, one active inscription per session.
        """
        if not plan.inscriptions or plan.state not in ("establishment", "active"):
            return
        main, self.rnd = self.rnd, self.history_rnd
        try:
            added = self._pupil_history(plan) if kind == "establishment" else self._own_history(plan)
        finally:
            self.rnd = main
        if not added:
            return
        plan.inscriptions = sorted(plan.inscriptions + added, key=lambda i: i.created)
        if kind == "establishment":
            plan.created = plan.inscriptions[0].created
        else:
            last = max([i.created for i in added] + [m[0] for i in added for m in i.mods])
            plan.last_used = max(plan.last_used, last)

    def _pupil_history(self, plan: _CandPlan) -> list:
        r = self.rnd
        ins = plan.inscriptions[0]
        if ins.when == "open" and ins.exam in _EA_EXAMS:
            return [self._extra(plan, ins.exam, "ea", ins.uai)] if r.random() < _PUPIL_EA else []
        if ins.when == "closed" and ins.status == "registered":
            assert ins.result is not None  # a closed session's registered candidates all have one
            if ins.result[1] == "refusé" and r.random() < _PUPIL_RESIT:
                return [self._extra(plan, ins.exam, "open", ins.uai)]
            if ins.exam == "CAP" and ins.result[1] == "admis" and r.random() < _PUPIL_SECOND_CAP:
                serie = ins.choices["serie"]
                extra = self._extra(plan, "CAP", "open", ins.uai)
                return [extra] if extra.choices["serie"] != serie else []
        return []

    def _own_history(self, plan: _CandPlan) -> list:
        r = self.rnd
        d = self.d
        day = dt.timedelta(days=1)
        creg0, creg1 = d.windows["closed"]["registration"]
        have = plan.inscriptions
        open_exams = [i.exam for i in have if i.when == "open"]
        past_exams = {i.exam for i in have if i.when == "closed"}
        added = []
        past = []
        for exam in dict.fromkeys(i.exam for i in have if i.when == "open" and i.status == "registered"):
            if exam in past_exams:
                continue
            if r.random() < _PREVIOUS_ATTEMPT[exam]:
                past.append((exam, "closed", "fail"))
            elif exam in _EA_EXAMS and r.random() < _INDIVIDUAL_EA:
                past.append((exam, "ea", ""))
        # the account existed last year: created before that registration closed (drawn either
        # way, so that what `now` is never changes what is drawn next)
        created = _between(r, creg0 - 60 * day, creg1 - 12 * day)
        activated = created + dt.timedelta(seconds=60 + int(r.random() * 30 * 3600))
        if past and plan.activated > creg1 - 10 * day:
            plan.created, plan.activated = created, activated
        for exam, when, flag in past:
            added.append(self._extra(plan, exam, when, "", flag))
        if open_exams and r.random() < _SECOND_EXAM:
            exam = self.pick_ind_exam(r)
            age = (d.exam_open.date() - plan.ident["birth_date"]).days / 365.25
            two_bacs = exam in _EA_EXAMS and any(e in _EA_EXAMS for e in open_exams)
            if exam not in open_exams and not two_bacs and not (exam == "CRPE" and age < 22):
                added.append(self._extra(plan, exam, "open", ""))
        elif not open_exams:
            failed = [
                i for i in have if i.when == "closed" and i.result and i.result[1] in ("refusé", "ajourné")
            ]
            if failed and r.random() < _RESIT:
                added.append(self._extra(plan, failed[0].exam, "open", ""))
        return added

    def _extra(self, plan: _CandPlan, exam: str, when: str, uai: str | None, flag: str = "") -> _InsPlan:
        """One more inscription, saved inside its session's registration window."""
        r = self.rnd
        d, now = self.d, self.d.now
        minute, hour, day = dt.timedelta(minutes=1), dt.timedelta(hours=1), dt.timedelta(days=1)
        channel = "establishment" if plan.state == "establishment" else "individual"
        ins = _InsPlan(exam, when, channel, uai)
        ins.choices = ins.first = self._choices(exam, plan.dept)
        lo, hi = d.windows[when]["registration"]
        creg1 = d.windows["closed"]["registration"][1]
        if when == "open":
            hi, end = now - 2 * hour, now - 30 * minute
        else:
            hi, end = hi - 2 * day, min(creg1 + 14 * day, d.exam_closed - 15 * day)
        if plan.activated is not None:
            lo = max(lo, plan.activated + 5 * minute)
        ins.created = _between(r, lo, max(lo, hi))
        self._life(plan, ins, channel, flag, end, "")
        return ins

    def _assign(self, plan: _CandPlan, ins: _InsPlan) -> None:
        """The exam centre (the room is given later, in candidate order: see _Rooms)."""
        r = self.rnd
        centres = self.w.centres_by_dept.get(plan.dept)
        if not centres:
            return
        centre = centres[self.capacity_pick[plan.dept](r)]
        if (
            ins.uai and len(centres) > 1 and centre.uai == ins.uai
        ):  # pupils sit in another lycée when they can
            centre = centres[(centres.index(centre) + 1) % len(centres)]
        ins.centre = centre

    def _marks(self, ins: _InsPlan) -> None:
        r = self.rnd
        e = EXAM_BY_CODE[ins.exam]
        papers = [p for p in e["papers"] if p[0] in _EA_PAPERS] if ins.when == "ea" else e["papers"]
        ability = r.uniform(5.0, 9.2) if ins.fail else r.gauss(11.8, 2.4)
        keeps = r.random() < 0.06
        marks: list[tuple[str, float | None, bool, bool]] = []
        total = coefs = 0.0
        for code, _name, _off, _h, minutes, coef in papers:
            if r.random() < 0.012:
                marks.append((code, None, True, False))
                coefs += coef
                continue
            bonus = 0.8 if minutes <= 60 else 0.0  # orals are marked a little higher
            score = min(20.0, max(0.0, round((ability + bonus + r.gauss(0, 2.6)) * 2) / 2))
            kept = keeps and score >= 10 and r.random() < 0.6
            marks.append((code, score, False, kept))
            total += score * coef
            coefs += coef
        average = round(total / coefs + 1e-9, 2)
        if ins.fail and average >= 10:  # this candidate sits again this year: last year was a fail
            shift = average - 9.5
            shifted, total = [], 0.0
            for (code, mark, absent, kept), paper in zip(marks, papers, strict=True):
                if mark is not None:
                    mark = max(0.0, round((mark - shift) * 2) / 2)
                    kept = kept and mark >= 10
                    total += mark * paper[5]
                shifted.append((code, mark, absent, kept))
            marks = shifted
            average = round(total / coefs + 1e-9, 2)
        ins.marks = marks
        if ins.when == "ea":  # marks only: the decision comes with the baccalauréat, next year
            return
        if e["kind"] == "concours":
            decision = "admis" if average >= 11 else "ajourné"
        elif ins.exam.startswith("BAC"):
            decision = "admis" if average >= 10 else "second groupe" if average >= 8 else "refusé"
        else:
            decision = "admis" if average >= 10 else "refusé"
        mention = ""
        if decision == "admis" and ins.exam.startswith("BAC"):
            mention = (
                "très bien"
                if average >= 16
                else "bien"
                if average >= 14
                else "assez bien"
                if average >= 12
                else ""
            )
        ins.result = (average, decision, mention)


# --------------------------------------------------------------------------- portal path
def _portal_timeline(plans: list, world: _World) -> list:
    """Every event of the portal candidates, with the moment it happens."""
    events: list[tuple] = []  # (when, candidate index, order, what, plan, detail)
    d = world.dates
    for p in plans:
        i = p.index
        if p.state != "establishment":
            events.append((p.created, i, 0, "create", p, None))
            if p.activated:
                events.append((p.activated, i, 1, "activate", p, None))
        for k, ins in enumerate(p.inscriptions):
            base = 10 + 20 * k
            events.append((ins.created, i, base, "register", p, ins))
            for m, (t, choices) in enumerate(ins.mods):
                events.append((t, i, base + 1 + m, "modify", p, (ins, choices)))
            for a, acc in enumerate(ins.accommodations):
                events.append((acc[3], i, base + 4 + a, "grant", p, (ins, acc)))
            for t_ in ins.docs:
                events.append((t_[1], i, base + 8, "doc", p, (ins, t_)))
            if ins.status != "registered":
                events.append((ins.status_at, i, base + 9, ins.status, p, ins))
            if ins.centre is not None:
                events.append((d.now - dt.timedelta(minutes=20), i, base + 10, "assign", p, ins))
        if (
            p.state != "establishment"
            and p.last_used
            and p.last_used > max([p.activated] + [x.created for x in p.inscriptions])
        ):
            events.append((p.last_used, i, 99, "login", p, None))
    events.append((d.results_at, -1, 0, "results", None, None))
    # the sessions are set up before their registration opens
    events.append((d.closed_setup_at, -2, 0, "setup", None, ("closed", "ea")))
    events.append((d.open_setup_at, -2, 0, "setup", None, ("open", "future")))
    events.sort(key=lambda e: (e[0], e[1], e[2]))
    return events


def _run_portal(plans: list, world: _World, system, progress, report: DemoReport) -> None:
    from cyclades_desktop.domain import marks as marks_service

    events = _portal_timeline(plans, world)
    total = len(events)
    for n, (t, _i, _s, kind, p, arg) in enumerate(events, 1):
        clock.set_now(t)
        if kind == "setup":
            world.create_sessions(system, arg, report)
            if "closed" in arg:
                world.create_centres(system, report)
        elif kind == "create":
            acc = portal.create_account(p.email, CANDIDATE_PASSWORD, p.ident)
            p.db_id, p.token = acc.candidate_id, acc.activation_token
        elif kind == "activate":
            portal.activate(p.token)
        elif kind == "register":
            ins = arg
            sid = world.sessions[(ins.exam, p.academy, ins.when)]
            if ins.channel == "establishment" and p.db_id is None:
                new = portal.register_by_establishment(ins.uai, p.ident, sid, _first_choices(ins))
                p.db_id = Inscription.get_by_id(new.inscription_id).candidate_id
            elif ins.channel == "establishment":  # the same pupil, a year on
                new = portal.register_known_pupil(ins.uai, p.db_id, sid, _first_choices(ins))
            else:
                new = portal.register(p.db_id, sid, _first_choices(ins))
            ins.db_id, ins.number = new.inscription_id, new.inscription_number
        elif kind == "modify":
            ins, choices = arg
            portal.modify_inscription(p.db_id, ins.db_id, choices)
        elif kind == "grant":
            ins, (akind, detail, separate, _t) = arg
            inscriptions.grant_accommodation(system, ins.db_id, akind, detail, separate_room=separate)
        elif kind == "doc":
            ins, (type_id, at, by) = arg
            SupportingDocumentReceived.create(
                inscription=ins.db_id, document_type=type_id, received_at=at, received_by=by
            )
        elif kind in ("withdrawn", "set_aside"):
            ins = arg
            version = Inscription.get_by_id(ins.db_id).version
            move = inscriptions.withdraw if kind == "withdrawn" else inscriptions.set_aside
            move(system, ins.db_id, version, ins.status_reason)
        elif kind == "assign":
            Inscription.update(centre=arg.centre.id, room=arg.room).where(
                Inscription.id == arg.db_id
            ).execute()
        elif kind == "login":
            Candidate.update(last_used_at=t).where(Candidate.id == p.db_id).execute()
        elif kind == "results":
            by_session: dict[int, list] = {}
            for p2 in plans:
                for ins in p2.inscriptions:
                    if ins.marks:
                        by_session.setdefault(world.sessions[(ins.exam, p2.academy, ins.when)], []).append(
                            ins
                        )
            for sid, items in sorted(by_session.items()):
                marks_service.import_marks(system, sid, _marks_csv(items))
            # then the relevés de notes, and the attestations de réussite of those admitted (the
            # bulk candidates get none: rendering a million PDFs is the batch's job, measured apart)
            for p2 in plans:
                for ins in p2.inscriptions:
                    if ins.result is not None and ins.status == "registered":
                        publication.publish(system, ins.db_id, "transcript")
                        if ins.result[1] == "admis":
                            publication.publish(system, ins.db_id, "certificate")
        if progress and (n % 50 == 0 or n == total):
            progress(n, total, "Candidats créés par les règles du portail")
    for p in plans:
        _count(report, p)
    report.via_portal = len(plans)


def _first_choices(ins: _InsPlan) -> dict:
    """The choices saved at registration (ins.choices holds the last modification)."""
    return dict(ins.first)


def _marks_csv(items: list) -> str:
    out = io.StringIO()
    out.write("numero_inscription;epreuve;note;conservee;decision;mention\n")
    for ins in items:  # the épreuves anticipées have marks and no decision
        _average, decision, mention = ins.result or (None, "", "")
        for code, score, absent, kept in ins.marks:
            note = "ABS" if absent else f"{score:.2f}".replace(".", ",")
            out.write(f"{ins.number};{code};{note};{'oui' if kept else 'non'};{decision};{mention}\n")
    return out.getvalue()


def _count(report: DemoReport, p: _CandPlan) -> None:
    report.candidates += 1
    setattr(report, p.state, getattr(report, p.state) + 1)
    report.duplicates += p.duplicate
    for ins in p.inscriptions:
        report.inscriptions += 1
        setattr(report, ins.status, getattr(report, ins.status) + 1)
        report.accommodations += len(ins.accommodations)
        report.supporting_documents += len(ins.docs)
        report.marks += len(ins.marks)
        report.results += ins.result is not None


# --------------------------------------------------------------------------- bulk path
_CANDIDATE_COLUMNS = (
    "id",
    "email",
    "email_key",
    "password_hash",
    "created_at",
    "activated_at",
    "last_used_at",
    "academy_id",
    "candidate_number",
    "identity_locked_at",
    "civility",
    "birth_name",
    "usage_name",
    "first_names",
    "birth_date",
    "birth_country_code",
    "birth_commune_code",
    "birth_place",
    "nationality",
    "address",
    "postcode",
    "city",
    "country",
    "phone",
    "ine",
    "father_name",
    "mother_name",
    "name_key",
    "birth_name_key",
    "first_key",
    "name_phonetic",
    "search_text",
    "version",
    "updated_at",
    "updated_by",
)
_INSCRIPTION_COLUMNS = (
    "id",
    "candidate_id",
    "session_id",
    "number",
    "channel",
    "establishment_uai",
    "serie",
    "specialities",
    "options",
    "languages",
    "status",
    "status_reason",
    "status_changed_at",
    "status_changed_by",
    "centre_id",
    "room",
    "created_at",
    "updated_at",
    "updated_by",
    "version",
)
_TOKEN_COLUMNS = ("candidate_id", "purpose", "token_hash", "created_at", "expires_at", "used_at")
_ACCOMMODATION_COLUMNS = ("inscription_id", "kind", "detail", "separate_room", "granted_at", "granted_by")
_DOC_COLUMNS = ("inscription_id", "document_type_id", "received_at", "received_by")
_MARK_COLUMNS = ("inscription_id", "paper_id", "score", "absent", "kept")
_RESULT_COLUMNS = ("inscription_id", "average", "decision", "mention", "recorded_at")


def _columns(model, explicit: tuple) -> tuple[tuple, tuple]:
    """The explicit columns plus any other column of the model, with its default (a schema grown
    since this was written still gets complete rows, or a loud error if a column has no default)."""
    extra_cols, extra_values = [], []
    for f in model._meta.sorted_fields:
        if f.column_name in explicit or isinstance(f, pw.AutoField):
            continue
        default = f.default() if callable(f.default) else f.default
        if default is None and not f.null:
            raise RuntimeError(f"demo: column {model._meta.table_name}.{f.column_name} has no default")
        extra_cols.append(f.column_name)
        extra_values.append(f.db_value(default))
    return tuple(explicit) + tuple(extra_cols), tuple(extra_values)


# Indexes led by these columns grow at their right edge as the load goes (ids and numbers are
# issued in order): cheap to keep. The others (names, e-mails, dates…) are rebuilt after the load.
_LOAD_ORDER_COLUMNS = {"candidate_id", "inscription_id", "candidate_number", "number"}


class _Loader:
    """Raw inserts inside the current transaction: executemany on SQLite, COPY on PostgreSQL."""

    def __init__(self):
        self.db = store_db.database
        self.pg = store_db.is_postgres()
        self.conn = self.db.connection()
        self.saved_indexes: list = []
        self.saved_triggers: list = []
        self.disabled_triggers: list = []

    def insert(self, table: str, columns: tuple, rows: list, extra: tuple = ()) -> None:
        if not rows:
            return
        if extra:
            rows = [r + extra for r in rows]
        cols = ", ".join(columns)
        if self.pg:
            with self.conn.cursor() as cur, cur.copy(f"COPY {table} ({cols}) FROM STDIN") as copy:
                for r in rows:
                    copy.write_row(r)
        else:
            marks = ", ".join("?" * len(columns))
            self.conn.executemany(f"INSERT INTO {table} ({cols}) VALUES ({marks})", rows)

    def max_id(self, table: str) -> int:
        return self.db.execute_sql(f"SELECT COALESCE(MAX(id), 0) FROM {table}").fetchone()[0]

    # ------------------------------------------------------------------ indexes and triggers
    def set_aside(self) -> None:
        """Drop the secondary indexes of the loaded tables and the per-row search triggers,
        keeping their exact definitions to restore them (same transaction: all or nothing)."""
        if self.pg:
            found = self.db.execute_sql(
                "SELECT ci.relname, pg_get_indexdef(i.indexrelid), "
                "(SELECT attname FROM pg_attribute WHERE attrelid = t.oid AND attnum = i.indkey[0]) "
                "FROM pg_index i JOIN pg_class ci ON ci.oid = i.indexrelid JOIN pg_class t ON t.oid = i.indrelid "
                "JOIN pg_namespace n ON n.oid = t.relnamespace "
                "WHERE n.nspname = current_schema() AND t.relname = ANY(%s) AND NOT i.indisprimary "
                "AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid) ORDER BY 1",
                (list(BULK_TABLES),),
            ).fetchall()
            rows = [(name, sql) for name, sql, first in found if first not in _LOAD_ORDER_COLUMNS]
            for name, _sql in rows:
                self.db.execute_sql(f'DROP INDEX "{name}"')
            self.saved_indexes = rows
            triggers = self.db.execute_sql(
                "SELECT tgname FROM pg_trigger WHERE tgrelid = 'candidate'::regclass AND tgname = 'candidate_vocab' "
                "AND tgenabled <> 'D'"
            ).fetchall()
            for (name,) in triggers:
                self.db.execute_sql(f'ALTER TABLE candidate DISABLE TRIGGER "{name}"')
                self.disabled_triggers.append(name)
        else:
            marks = ", ".join("?" * len(BULK_TABLES))
            found = self.db.execute_sql(
                f"SELECT m.name, m.sql, (SELECT name FROM pragma_index_info(m.name) WHERE seqno = 0) "
                f"FROM sqlite_master m WHERE m.type = 'index' AND m.sql IS NOT NULL "
                f"AND m.tbl_name IN ({marks}) ORDER BY m.name",
                BULK_TABLES,
            ).fetchall()
            rows = [(name, sql) for name, sql, first in found if first not in _LOAD_ORDER_COLUMNS]
            for name, _sql in rows:
                self.db.execute_sql(f'DROP INDEX "{name}"')
            self.saved_indexes = rows
            triggers = self.db.execute_sql(
                "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'candidate' "
                "AND name IN ('candidate_fts_ai', 'candidate_vocab_ai') ORDER BY name"
            ).fetchall()
            for name, _sql in triggers:
                self.db.execute_sql(f'DROP TRIGGER "{name}"')
            self.saved_triggers = triggers

    def restore(self, progress=None) -> None:
        """Rebuild what set_aside removed, then what the removed triggers would have written."""
        steps = len(self.saved_indexes) + 3
        for done, (_name, sql) in enumerate(self.saved_indexes, 1):
            self.db.execute_sql(sql)
            if progress:
                progress(done, steps, "Index de la base")
        if self.pg:
            if self.disabled_triggers:
                self.db.execute_sql(
                    "INSERT INTO name_vocab(key) SELECT name_key FROM candidate UNION "
                    "SELECT birth_name_key FROM candidate ON CONFLICT DO NOTHING"
                )
                self.db.execute_sql(
                    "INSERT INTO first_vocab(key) SELECT DISTINCT first_key FROM candidate "
                    "ON CONFLICT DO NOTHING"
                )
            for name in self.disabled_triggers:
                self.db.execute_sql(f'ALTER TABLE candidate ENABLE TRIGGER "{name}"')
            for table in ("candidate", "inscription"):
                self.db.execute_sql(
                    f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                    f"(SELECT COALESCE(MAX(id), 1) FROM {table}))"
                )
            self.db.execute_sql("ANALYZE " + ", ".join(BULK_TABLES))
        else:
            names_ = {name for name, _sql in self.saved_triggers}
            for _name, sql in self.saved_triggers:
                self.db.execute_sql(sql)
            if "candidate_fts_ai" in names_:
                if progress:
                    progress(steps - 2, steps, "Index de recherche (noms, parties de noms)")
                self.db.execute_sql("INSERT INTO candidate_fts(candidate_fts) VALUES('rebuild')")
            if "candidate_vocab_ai" in names_:
                self.db.execute_sql(
                    "INSERT OR IGNORE INTO name_vocab(key) SELECT name_key FROM candidate "
                    "UNION SELECT birth_name_key FROM candidate"
                )
                self.db.execute_sql(
                    "INSERT OR IGNORE INTO first_vocab(key) SELECT DISTINCT first_key FROM candidate"
                )
            # planner statistics for the tables just loaded (PostgreSQL: the ANALYZE above): without
            # them SQLite guesses, and picks a poor index for some searches
            self.db.execute_sql("ANALYZE")
        self.saved_indexes, self.saved_triggers, self.disabled_triggers = [], [], []
        if progress:
            progress(steps, steps, "Index de recherche (noms, parties de noms)")


@dataclass
class _Rows:
    """One chunk of bulk rows. Candidate and inscription rows are lists: the loader completes them
    in candidate order with what only a global view can give (numbers, unique e-mails, rooms)."""

    number: int  # of the chunk
    candidates: list
    tokens: list
    inscriptions: list
    accommodations: list
    documents: list
    marks: list
    results: list
    first_candidate_id: int
    last_candidate_id: int
    counts: DemoReport


# where the loader completes the rows
_C_EMAIL, _C_EMAIL_KEY, _C_NUMBER = 1, 2, 8
_I_NUMBER, _I_ROOM = 3, 15
MAX_INSCRIPTIONS = 6  # per candidate: inscription ids are given by capacity, 6 per candidate


class _RowBuilder:
    """Turns plans into rows with the domain's pure functions. No database access: it runs in
    worker processes while the main process inserts the previous chunks.

    Ids are given by capacity (candidate: one per index; inscription: MAX_INSCRIPTIONS per
    candidate), so that a chunk's rows do not depend on the chunks before it."""

    def __init__(
        self,
        world: _World,
        seed: int,
        password_hash: str,
        academy_by_postcode: dict,
        first_index: int,
        candidate_base: int,
        inscription_base: int,
    ):
        self.w, self.seed, self.password_hash = world, seed, password_hash
        self.academy_by_postcode = academy_by_postcode
        self.today = world.dates.now.date()
        self.bu_keys: dict = {}
        self.first_keys: dict = {}
        self.json_cache: dict = {}
        self.paper_ids = {
            sid: {code: pid for pid, code, _c in papers} for sid, papers in world.papers.items()
        }
        self.first_index, self.candidate_base, self.inscription_base = (
            first_index,
            candidate_base,
            inscription_base,
        )
        self.results_at = _fmt(world.dates.results_at)

    def keys(self, birth: str, usage: str, first: str) -> tuple:
        """identity.search_keys, computed once per distinct (birth, usage) name and per first names.

        search_text joins the distinct keys of the three names in order; a sample of rows is
        checked against the full identity.search_keys so that the two can never drift apart.
        """
        bu = self.bu_keys.get((birth, usage))
        if bu is None:
            k = identity.search_keys(birth, usage, "")
            bu = self.bu_keys[(birth, usage)] = (
                k["name_key"],
                k["birth_name_key"],
                k["name_phonetic"],
                k["search_text"],
                tuple(k["search_text"].split(" ")),
            )
        fk = self.first_keys.get(first)
        if fk is None:
            fk = self.first_keys[first] = identity.search_keys("", "", first)["first_key"]
        search = bu[3] if (not fk or fk in bu[4]) else (f"{bu[3]} {fk}" if bu[3] else fk)
        return bu[0], bu[1], fk, bu[2], search

    def json(self, values: tuple) -> str:
        out = self.json_cache.get(values)
        if out is None:
            out = self.json_cache[values] = json.dumps(list(values), ensure_ascii=False)
        return out

    def check_sample(self, p: _CandPlan, keys: tuple) -> None:
        """The identity as the portal would clean it must be the one we store, keys included."""
        ident = p.ident
        cleaned = identity.clean(ident, self.today)
        for f, value in cleaned.items():
            mine = ident.get(f) or (None if f == "ine" else ident.get(f, ""))
            if value != mine:
                raise RuntimeError(
                    f"demo: {f} of candidate {p.index} is {mine!r}, identity.clean says {value!r}"
                )
        full = identity.search_keys(ident["birth_name"], ident["usage_name"], ident["first_names"])
        if (
            full["name_key"],
            full["birth_name_key"],
            full["first_key"],
            full["name_phonetic"],
            full["search_text"],
        ) != keys:
            raise RuntimeError(f"demo: search keys of candidate {p.index} differ from identity.search_keys")
        if p.email and validation.email(p.email) != p.email:
            raise RuntimeError(f"demo: e-mail of candidate {p.index} is not valid: {p.email}")

    def build(self, number: int, plans: list) -> _Rows:
        w, fmt = self.w, _fmt
        counts = DemoReport(seed=self.seed)
        first_id = self.candidate_base + plans[0].index - self.first_index if plans else 0
        rows = _Rows(number, [], [], [], [], [], [], [], first_id, first_id + len(plans) - 1, counts)
        cands, tokens, inss = rows.candidates, rows.tokens, rows.inscriptions
        accs, docs, marks, results = rows.accommodations, rows.documents, rows.marks, rows.results
        email_re, ine_re = validation.EMAIL_RE, validation.INE_RE
        agent, manager = DEMO_STAFF[1], DEMO_STAFF[0]
        for p in plans:
            offset = p.index - self.first_index
            cid = self.candidate_base + offset
            ident = p.ident
            keys = self.keys(ident["birth_name"], ident["usage_name"], ident["first_names"])
            if p.index % SAMPLE_EVERY == 0:
                self.check_sample(p, keys)
            email = p.email
            if email is not None and not email_re.match(email):
                raise RuntimeError(f"demo: invalid e-mail {email!r}")
            ine = ident["ine"] or None
            if ine is not None and not ine_re.match(ine):
                raise RuntimeError(f"demo: invalid INE {ine!r}")
            if len(p.inscriptions) > MAX_INSCRIPTIONS:
                raise RuntimeError(f"demo: candidate {p.index} has more than {MAX_INSCRIPTIONS} inscriptions")
            establishment = p.state == "establishment"
            created = fmt(p.created)
            cands.append(
                [
                    cid,
                    email,
                    email.lower() if email else None,
                    None if establishment else self.password_hash,
                    created,
                    fmt(p.activated),
                    fmt(p.last_used),
                    self.academy_by_postcode[ident["postcode"]],
                    bool(p.inscriptions),  # the candidate number, given by the loader
                    fmt(min(i.created for i in p.inscriptions)) if p.inscriptions else None,
                    ident["civility"],
                    ident["birth_name"],
                    ident["usage_name"],
                    ident["first_names"],
                    ident["birth_date"].isoformat(),
                    ident["birth_country_code"],
                    ident["birth_commune_code"],
                    ident["birth_place"],
                    ident["nationality"],
                    ident["address"],
                    ident["postcode"],
                    ident["city"],
                    ident["country"],
                    ident["phone"],
                    ine,
                    ident["father_name"],
                    ident["mother_name"],
                    *keys,
                    1,
                    created,
                    f"établissement {p.inscriptions[0].uai}" if establishment else "portail",
                ]
            )
            if p.state in ("awaiting_activation", "activation_expired"):
                # a known token per demo account: sha256 of "demo-activation:<seed>:<index>"
                digest = hashlib.sha256(f"demo-activation:{self.seed}:{p.index}".encode()).hexdigest()
                tokens.append(
                    (cid, "activation", digest, created, fmt(p.created + portal.ACTIVATION_DELAY), None)
                )
            for k, ins in enumerate(p.inscriptions):
                iid = self.inscription_base + offset * MAX_INSCRIPTIONS + k
                sid = w.sessions[(ins.exam, p.academy, ins.when)]
                ch = ins.choices
                by = agent if iid % 5 else manager
                changed = ins.status != "registered"
                room: str | tuple = ""
                if ins.centre is not None:
                    room = (ins.exam, ins.centre.uai, any(a[2] for a in ins.accommodations))
                inss.append(
                    [
                        iid,
                        cid,
                        sid,
                        w.session_year[sid],  # the number, given by the loader
                        ins.channel,
                        ins.uai,
                        ch["serie"],
                        self.json(ch["specialities"]),
                        self.json(ch["options"]),
                        self.json(ch["languages"]),
                        ins.status,
                        ins.status_reason,
                        fmt(ins.status_at),
                        by[3] if changed else "",
                        ins.centre.id if ins.centre is not None else None,
                        room,  # the room, given by the loader
                        fmt(ins.created),
                        fmt(ins.updated),
                        by[0] if changed else "portail",
                        ins.version,
                    ]
                )
                for akind, detail, separate, at in ins.accommodations:
                    accs.append((iid, akind, detail, separate, fmt(at), "agent"))
                for type_id, at, received_by in ins.docs:
                    docs.append((iid, type_id, fmt(at), received_by))
                if ins.marks:
                    papers = self.paper_ids[sid]
                    for code, score, absent, kept in ins.marks:
                        marks.append((iid, papers[code], score, absent, kept))
                    if ins.result is not None:
                        average, decision, mention = ins.result
                        results.append((iid, average, decision, mention, self.results_at))
            _count(counts, p)
        return rows


class _Bulk:
    """Loads the rows chunk by chunk, in order, inside the transaction: completes them (numbers
    from the counters, e-mails unique across chunks, rooms), inserts them, journals each chunk."""

    def __init__(self, world: _World, seed: int, system, report: DemoReport, emails: set, rooms: _Rooms):
        self.w, self.seed, self.system, self.report = world, seed, system, report
        self.emails, self.rooms = emails, rooms
        self.loader = _Loader()
        self.chunks = 0
        self.cols = {
            model: _columns(model, explicit)
            for model, explicit in (
                (Candidate, _CANDIDATE_COLUMNS),
                (AccountToken, _TOKEN_COLUMNS),
                (Inscription, _INSCRIPTION_COLUMNS),
                (Accommodation, _ACCOMMODATION_COLUMNS),
                (SupportingDocumentReceived, _DOC_COLUMNS),
                (Mark, _MARK_COLUMNS),
                (Result, _RESULT_COLUMNS),
            )
        }

    def builder(self, first_index: int) -> _RowBuilder:
        academy_by_postcode = {}
        for dept, (_name, _pop, cities) in names.DEPARTMENTS.items():
            for _city, postcode, _insee in cities:
                if postcode not in academy_by_postcode:  # the académie of residence as the portal finds it
                    academy = portal.academy_for_postcode(postcode)
                    academy_by_postcode[postcode] = (
                        academy.id if academy else self.w.academy_ids[self.w.academy_of_dept[dept]]
                    )
        return _RowBuilder(
            self.w,
            self.seed,
            passwords.hash_password(CANDIDATE_PASSWORD),
            academy_by_postcode,
            first_index,
            self.loader.max_id("candidate") + 1,
            self.loader.max_id("inscription") + 1,
        )

    def complete(self, rows: _Rows) -> None:
        emails = self.emails
        numbered = sum(1 for c in rows.candidates if c[_C_NUMBER])
        seq = numbering.reserve("candidate", numbered) if numbered else 0
        for c in rows.candidates:
            if c[_C_NUMBER]:
                c[_C_NUMBER] = numbering.candidate_number(seq)
                seq += 1
            else:
                c[_C_NUMBER] = None
            key = c[_C_EMAIL_KEY]
            if key is not None:
                if key in emails:  # drawn in another chunk too: the portal's rule, another address
                    local, _at, domain = c[_C_EMAIL].rpartition("@")
                    k = 1
                    while key in emails:
                        k += 1
                        c[_C_EMAIL] = f"{local}{k}@{domain}"
                        key = c[_C_EMAIL].lower()
                    c[_C_EMAIL_KEY] = key
                emails.add(key)
        n_ins = len(rows.inscriptions)
        seq = numbering.reserve("inscription", n_ins) if n_ins else 0
        for i in rows.inscriptions:
            i[_I_NUMBER] = numbering.inscription_number(i[_I_NUMBER], seq)
            seq += 1
            if i[_I_ROOM]:
                i[_I_ROOM] = self.rooms(*i[_I_ROOM])

    def load(self, rows: _Rows) -> None:
        self.complete(rows)
        ld = self.loader
        for model, data in (
            (Candidate, rows.candidates),
            (AccountToken, rows.tokens),
            (Inscription, rows.inscriptions),
            (Accommodation, rows.accommodations),
            (SupportingDocumentReceived, rows.documents),
            (Mark, rows.marks),
            (Result, rows.results),
        ):
            cols, extra = self.cols[model]
            ld.insert(model._meta.table_name, cols, data, extra)
        self.chunks += 1
        audit.record(
            self.system,
            "demo.generated",
            "candidate",
            None,
            new={
                "chunk": self.chunks,
                "seed": self.seed,
                "candidates": len(rows.candidates),
                "first_candidate_id": rows.first_candidate_id,
                "last_candidate_id": rows.last_candidate_id,
                "inscriptions": len(rows.inscriptions),
                "accommodations": len(rows.accommodations),
                "supporting_documents": len(rows.documents),
                "marks": len(rows.marks),
                "results": len(rows.results),
            },
            reason="Données de démonstration chargées en masse (mêmes contrôles et mêmes clés de recherche "
            "que le portail, sans passer par ses écrans)",
        )
        for f in fields(DemoReport):
            if f.name not in ("seed", "candidate_password", "seconds"):
                setattr(self.report, f.name, getattr(self.report, f.name) + getattr(rows.counts, f.name))


def _chunks(start: int, stop: int) -> list:
    """(number, first, last) of each bulk chunk."""
    return [(k, first, min(stop, first + CHUNK)) for k, first in enumerate(range(start, stop, CHUNK))]


def _produce(inbox, outbox) -> None:
    """Worker process: receives its work, then puts its chunks' rows, in order, into its queue."""
    try:
        planner, builder, chunks = inbox.get()
        for number, first, last in chunks:
            outbox.put(("rows", builder.build(number, planner.chunk(number, first, last))))
        outbox.put(("done", None))
    except BaseException:
        import traceback

        outbox.put(("error", traceback.format_exc()))


def _run_bulk(bulk: _Bulk, planner: _Planner, start: int, stop: int, note) -> None:
    """Plan, build and load [start, stop): by worker processes for large loads (both cores draw
    candidates while this process inserts), in this process otherwise or if they cannot start.
    Workers are spawned, not forked (the caller may be a threaded GUI), and only compute: this
    process alone touches the database. The rows are the same either way."""
    builder = bulk.builder(start)
    chunks = _chunks(start, stop)
    workers = min(WORKERS, len(chunks))
    if (
        stop - start >= PIPELINE_MIN
        and workers
        and _run_workers(bulk, planner, builder, chunks, workers, stop, note)
    ):
        return
    for number, first, last in chunks:
        bulk.load(builder.build(number, planner.chunk(number, first, last)))
        note(last, stop, "Comptes candidats")


def _run_workers(
    bulk: _Bulk, planner: _Planner, builder: _RowBuilder, chunks: list, workers: int, stop: int, note
) -> bool:
    """Chunk k is drawn by worker k % workers and loaded here in order. False if a worker died
    before anything was loaded (the caller then does it all itself); raises if one fails later."""
    import multiprocessing
    import queue as queue_mod

    ctx = multiprocessing.get_context("spawn")
    procs, outs, ins = [], [], []
    try:
        for w in range(workers):
            out, inbox = ctx.Queue(maxsize=2), ctx.Queue()
            # the work goes through a queue, not as arguments: a worker that dies while starting
            # could otherwise leave Process.start() blocked on a full pipe
            proc = ctx.Process(target=_produce, args=(inbox, out), daemon=True, name=f"cyclades-demo-{w + 1}")
            proc.start()
            inbox.cancel_join_thread()
            inbox.put((planner, builder, chunks[w::workers]))
            procs.append(proc)
            outs.append(out)
            ins.append(inbox)
        loaded = 0
        for number, _first, last in chunks:
            w = number % workers
            while True:
                try:
                    kind, payload = outs[w].get(timeout=2)
                    break
                except queue_mod.Empty:
                    if procs[w].is_alive():
                        continue
                    if not loaded:
                        log.warning(
                            "demo: a generator process could not start (exit code %s): "
                            "generating in this process",
                            procs[w].exitcode,
                        )
                        return False
                    raise RuntimeError(
                        f"demo: a generator process stopped (exit code {procs[w].exitcode})"
                    ) from None
            if kind == "error":
                raise RuntimeError("demo: a generator process failed:\n" + payload)
            if kind != "rows" or payload.number != number:
                raise RuntimeError(f"demo: chunk {number} expected from a generator process, got {kind}")
            bulk.load(payload)
            loaded += 1
            note(last, stop, "Comptes candidats")
        for proc in procs:
            proc.join(timeout=30)
        return True
    finally:
        for proc in procs:
            if proc.is_alive():
                proc.terminate()
                proc.join(timeout=10)
        for q in outs + ins:
            q.close()


def _check_pools() -> None:
    """Every name, place and street the generator draws is valid for the portal (checked once)."""
    for value in _all_names():
        validation.name(value, "birth_name", max_length=150)
    for value in names.STREETS + names.ADDRESS_COMPLEMENTS:
        validation.clean_text(value, "address", max_length=250)
    for _code, (country, _nationality, cities) in names.COUNTRIES.items():
        for value in cities:
            validation.clean_text(f"{value} ({country})", "birth_place", max_length=120)
    for dept, (_name, _pop, cities) in names.DEPARTMENTS.items():
        for city, postcode, insee in cities:
            validation.clean_text(city, "city", max_length=100)
            if not validation.POSTCODE_RE.match(postcode) or not validation.INSEE_COMMUNE_RE.match(insee):
                raise RuntimeError(f"demo: bad postcode or INSEE code for {city} ({dept})")


def _all_names():
    pools = [v for k, v in vars(names).items() if k.startswith(("SURNAMES_", "MIDDLE_"))]
    pools += [
        v[0]
        for k, v in vars(names).items()
        if k.startswith("FIRST_") and isinstance(v[0], tuple) and isinstance(v[0][0], tuple)
    ]
    pools += [
        v[1]
        for k, v in vars(names).items()
        if k.startswith("FIRST_") and isinstance(v[0], tuple) and isinstance(v[0][0], tuple)
    ]
    pools += [
        v
        for k, v in vars(names).items()
        if k.startswith("FIRST_") and isinstance(v[0], tuple) and isinstance(v[0][0], str)
    ]
    for pool in pools:
        for name, _w in pool:
            yield from name.split("|")
    yield from names.LONG_TAIL
    for _c, birth, usage, first, _o in names.SHOWCASE:
        yield from (x for x in (birth, usage, first) if x)


# --------------------------------------------------------------------------- entry point
def generate(
    candidates: int, seed: int = 1, progress=None, *, portal_candidates: int = PORTAL_CANDIDATES
) -> DemoReport:
    """Fill the open, migrated, candidate-free database with `candidates` demo candidates.

    `progress(done, total, label)` is called now and then (French labels). Raises RuleViolation
    if the database already holds candidates. Everything is written in one transaction.
    The first `portal_candidates` go through the portal's functions one by one, the rest in bulk.
    From FULL_SCALE candidates on they live in every académie; a smaller demo is the office of a
    few académies (Nantes first), which then alone get sessions and centres.
    """
    if isinstance(candidates, bool) or not isinstance(candidates, int) or candidates < 0:
        raise ValidationError("Le nombre de candidats de démonstration doit être un entier positif ou nul.")
    if candidates > 5_000_000:
        raise ValidationError("Au plus 5 000 000 de candidats de démonstration.")
    started = time.perf_counter()
    saved_clock = clock._fixed  # restored at the end: frozen in tests, live otherwise
    now = clock.now().replace(microsecond=0)
    report = DemoReport(seed=seed)
    note = progress or (lambda done, total, label: None)
    try:
        with store_db.database.atomic():
            if Candidate.select().exists():
                raise RuleViolation(
                    "La base contient déjà des candidats : les données de démonstration ne se "
                    "génèrent que dans une base vide. Créez une nouvelle base pour la démonstration."
                )
            _check_pools()
            system = staff.system_session()
            world = _World(now, candidates)
            note(0, 3, "Catalogue : académies, examens, comptes du personnel")
            clock.set_now(world.dates.setup_at)
            world.create_base(system, report)
            planner = _Planner(seed, world)
            portal_n = max(0, min(candidates, portal_candidates))
            portal_plans = [planner.candidate(i) for i in range(portal_n)]
            planner.freeze_portal()
            rooms = _Rooms()
            for p in portal_plans:
                for ins in p.inscriptions:
                    if ins.centre is not None:
                        ins.room = rooms(ins.exam, ins.centre.uai, any(a[2] for a in ins.accommodations))
            _run_portal(portal_plans, world, system, note, report)
            report.papers = sum(len(v) for v in world.papers.values())
            clock.set_now(now)
            if candidates > len(portal_plans):
                bulk = _Bulk(world, seed, system, report, set(planner.emails), rooms)
                bulk.loader.set_aside()
                _run_bulk(bulk, planner, len(portal_plans), candidates, note)
                bulk.loader.restore(note)
            report.documents = Document.select().count()
            report.outbox = OutboxMessage.select().count()
            report.audit_events = AuditEvent.select().count()
    finally:
        clock.set_now(saved_clock)
    report.seconds = time.perf_counter() - started
    log.info("demo data generated in %.1f s: %s", report.seconds, report.counts())
    return report
