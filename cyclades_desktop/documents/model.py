"""The renderers' whole input: plain, frozen, keyword-only dataclasses.

Nothing here knows about the database, peewee, Qt or ReportLab. The domain layer
(``cyclades_desktop.domain``) reads its rows, builds one :class:`Document` and hands
it to :func:`cyclades_desktop.documents.render`, which returns the PDF bytes. The same
``Document`` always gives the same bytes, so a stored PDF can be regenerated and
compared.

Building a document::

    from datetime import date, datetime
    from cyclades_desktop.documents import model as m, render

    doc = m.Document(
        office=m.Office(
            academy_name="Académie de Nantes",
            office_name="Service des examens",
            address="Rectorat de Nantes\\n4 rue de la Houssinière\\n44326 Nantes Cedex 3",
            email="examens@ac-nantes.fr",
            phone="02 40 37 37 37",
        ),
        identity=m.Identity(
            civility="Mme", birth_name="Żółć", usage_name="", first_names="Łucja Anna",
            birth_date=date(2009, 3, 14), birth_place="Varsovie (Pologne)",
            ine="123456789AB", candidate_number="02744123456",
        ),
        header=m.DocumentHeader(
            kind="convocation", version=3, issued_on=date(2026, 11, 29),
            verification_code="7KQ2-M9XD-4TPA",
            verification_url="https://cyclades.example/verifier/7KQ2-M9XD-4TPA",
            exam_name="Baccalauréat général", session_label="Session 2027",
            inscription_number="2027-BAC-000123",
        ),
        payload=m.ConvocationData(papers=(...,), arrival_minutes_before=30,
                                  id_documents="...", allowed_equipment="..."),
    )
    pdf_bytes = render(doc)

Kinds and their payload (``DocumentHeader.kind`` must match the payload's type,
checked when the ``Document`` is built):

=========================  ===========================  ================================
kind                       payload                      title printed
=========================  ===========================  ================================
``recap``                  :class:`RecapData`           Récapitulatif d'inscription
``convocation``            :class:`ConvocationData`     Convocation
``transcript``             :class:`TranscriptData`      Relevé de notes
``certificate``            :class:`CertificateData`     Attestation de réussite
``accommodation_notice``   :class:`AccommodationNoticeData`  Notification d'aménagements
=========================  ===========================  ================================

Conventions:

* Text is printed as given (no case change), after Unicode NFC normalisation.
  Optional text fields accept ``None`` (a NULL column) and treat it as "".
  Every character must be covered by the embedded DejaVu Sans subset (Latin
  scripts, see :func:`cyclades_desktop.documents.fonts.unsupported_characters`);
  otherwise rendering raises :class:`cyclades_desktop.documents.UnsupportedCharacters`
  rather than printing a wrong name.
* Dates are ``datetime.date``; paper start times are naive ``datetime`` in the
  exam centre's local time (Europe/Paris for the académie).
* Scores and coefficients are floats; a score is out of 20.
* Accommodation data holds the measures granted, never a diagnosis (health data).
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, field
from typing import NamedTuple

CIVILITIES = ("M.", "Mme", "")  # "" = not recorded: neutral wording (« né(e) »)
CHANNELS = ("individual", "establishment")
DECISIONS = ("admis", "second groupe", "refusé", "ajourné")


def _require(condition: bool, message: str) -> None:
    if not condition:
        raise ValueError(message)


def _blank_none(obj, *names: str) -> None:
    """Optional text given as None (a NULL column) becomes "" so that nothing prints « None »."""
    for name in names:
        if getattr(obj, name) is None:
            object.__setattr__(obj, name, "")


@dataclass(frozen=True, kw_only=True, slots=True)
class Office:
    """The exam office that issues the document (printed as the letterhead)."""

    academy_name: str  #: "Académie de Nantes"
    office_name: str  #: "Service des examens"
    address: str  #: several lines separated by "\n"
    email: str
    phone: str
    #: Signature block of attestations/notifications; lines separated by "\n".
    signatory: str = "Pour le recteur et par délégation,\nle chef du service des examens"
    #: Town printed before the date of signature ("Fait à Nantes, le …").
    city: str = ""


@dataclass(frozen=True, kw_only=True, slots=True)
class Identity:
    """The candidate's identity as recorded by the exam office."""

    civility: str  #: "M.", "Mme", or "" when not recorded
    birth_name: str  #: nom de naissance, printed as given ("de La Fontaine")
    first_names: str  #: prénoms, in civil-status order ("Jean-Édouard Marie")
    birth_date: _dt.date
    birth_place: str  #: "Nantes (44)" or "Varsovie (Pologne)"
    candidate_number: str
    usage_name: str = ""  #: nom d'usage; "" when none
    ine: str = ""  #: identifiant national élève (10 digits + 1 letter); "" when none

    def __post_init__(self) -> None:
        _blank_none(self, "civility", "usage_name", "ine", "birth_place", "candidate_number")
        _require(self.civility in CIVILITIES, f"civility must be one of {CIVILITIES}: {self.civility!r}")
        _require(bool(self.birth_name.strip()), "birth_name is empty")
        _require(bool(self.first_names.strip()), "first_names is empty")

    @property
    def feminine(self) -> bool:
        """True for "Mme": used to agree French adjectives (née, convoquée, admise)."""
        return self.civility == "Mme"

    @property
    def neutral(self) -> bool:
        """True when no civility is recorded: documents use « né(e) », « convoqué(e) »."""
        return self.civility == ""


@dataclass(frozen=True, kw_only=True, slots=True)
class DocumentHeader:
    """What identifies this document and this version of it."""

    kind: str  #: one of ``KINDS`` (see the table above)
    version: int  #: 1, 2, 3… raised by each regeneration
    issued_on: _dt.date
    verification_code: str  #: "7KQ2-M9XD-4TPA", printed in the footer
    verification_url: str  #: encoded in the footer's QR code and printed below it
    exam_name: str  #: "Baccalauréat général"
    session_label: str  #: "Session 2027"
    inscription_number: str

    def __post_init__(self) -> None:
        _require(self.kind in PAYLOAD_TYPES, f"unknown document kind {self.kind!r}")
        _require(self.version >= 1, f"version must be >= 1: {self.version}")
        _require(bool(self.verification_code), "verification_code is empty")
        _require(bool(self.verification_url), "verification_url is empty")


class SupportingDocument(NamedTuple):
    """One pièce justificative the exam asks for, and whether the office has it.

    A plain ``(label, received)`` tuple is accepted wherever this is.
    """

    label: str
    received: bool


@dataclass(frozen=True, kw_only=True, slots=True)
class RecapData:
    """Récapitulatif (confirmation) d'inscription."""

    channel: str  #: "individual" (grand public) or "establishment"
    serie: str  #: "Générale", "Technologique STMG"… ("" when the exam has none)
    establishment: str = ""  #: "Lycée Guist'hau (0440021J)"; "" for an individual
    specialities: tuple[str, ...] = ()
    options: tuple[str, ...] = ()
    languages: tuple[str, ...] = ()  #: "LVA : anglais", "LVB : espagnol"
    #: accommodations requested or granted, as measures ("Temps majoré d'un tiers");
    #: never a diagnosis.
    accommodations: tuple[str, ...] = ()
    #: ``(label, received)`` pairs (or :class:`SupportingDocument`, the same thing named).
    supporting_documents: tuple[tuple[str, bool], ...] = ()

    def __post_init__(self) -> None:
        _blank_none(self, "establishment", "serie")
        _require(self.channel in CHANNELS, f"channel must be one of {CHANNELS}: {self.channel!r}")


@dataclass(frozen=True, kw_only=True, slots=True)
class Paper:
    """One épreuve the candidate is convened to."""

    name: str
    starts_at: _dt.datetime  #: local time of the centre
    duration_minutes: int
    centre_name: str
    centre_address: str  #: lines separated by "\n"
    room: str = ""  #: "" when assigned on site

    def __post_init__(self) -> None:
        _blank_none(self, "room", "centre_address")
        _require(self.duration_minutes > 0, f"duration_minutes must be > 0: {self.duration_minutes}")

    @property
    def ends_at(self) -> _dt.datetime:
        return self.starts_at + _dt.timedelta(minutes=self.duration_minutes)


@dataclass(frozen=True, kw_only=True, slots=True)
class ConvocationData:
    """Convocation aux épreuves."""

    papers: tuple[Paper, ...]  #: printed in chronological order
    arrival_minutes_before: int  #: the candidate must arrive this long before each paper
    id_documents: str  #: "Pièce d'identité en cours de validité avec photographie"
    allowed_equipment: str  #: "Calculatrice en mode examen, …"

    def __post_init__(self) -> None:
        _require(len(self.papers) > 0, "a convocation needs at least one paper")
        _require(self.arrival_minutes_before >= 0, "arrival_minutes_before must be >= 0")


@dataclass(frozen=True, kw_only=True, slots=True)
class Mark:
    """One line of a relevé de notes."""

    paper_name: str
    score: float | None  #: out of 20; None when absent or not available
    coefficient: float
    kept: bool = False  #: « note conservée » from an earlier session
    absent: bool = False

    def __post_init__(self) -> None:
        if self.score is not None:
            _require(0 <= self.score <= 20, f"score out of 0..20: {self.score}")
        _require(self.coefficient >= 0, f"coefficient must be >= 0: {self.coefficient}")
        _require(not (self.absent and self.score is not None), "an absent candidate has no score")


@dataclass(frozen=True, kw_only=True, slots=True)
class TranscriptData:
    """Relevé de notes."""

    marks: tuple[Mark, ...]
    average: float | None  #: moyenne générale /20; None when not computed
    decision: str  #: "admis", "second groupe", "refusé" or "ajourné"
    mention: str = ""  #: "Assez bien", "Bien", "Très bien"… ; "" when none

    def __post_init__(self) -> None:
        _blank_none(self, "mention")
        _require(self.decision in DECISIONS, f"decision must be one of {DECISIONS}: {self.decision!r}")
        if self.average is not None:
            _require(0 <= self.average <= 20, f"average out of 0..20: {self.average}")


@dataclass(frozen=True, kw_only=True, slots=True)
class CertificateData:
    """Attestation de réussite: the candidate was declared admis.

    ``exam_name`` and ``session_label`` default to the header's; give them only when
    the attestation must name the exam differently (« diplôme national du brevet »).
    """

    decision: str = "admis"  #: only "admis" can be attested
    mention: str = ""  #: "" when none
    exam_name: str = ""  #: "" = the header's exam_name
    session_label: str = ""  #: "" = the header's session_label
    jury_date: _dt.date | None = None  #: date of the jury's deliberation, if to be printed

    def __post_init__(self) -> None:
        _blank_none(self, "mention", "exam_name", "session_label")
        _require(
            self.decision == "admis",
            f"an attestation de réussite needs decision 'admis', not {self.decision!r}",
        )


class Measure(NamedTuple):
    """One accommodation granted. A plain ``(kind_label, detail)`` tuple is accepted too."""

    kind_label: str  #: "Temps majoré"
    detail: str  #: "Un tiers du temps de chaque épreuve écrite"


@dataclass(frozen=True, kw_only=True, slots=True)
class AccommodationNoticeData:
    """Notification d'aménagements d'épreuves (code de l'éducation, art. D613-26).

    Only the measures granted: never a diagnosis, never medical information.
    """

    #: ``(kind_label, detail)`` pairs (or :class:`Measure`, the same thing named).
    measures: tuple[tuple[str, str], ...]
    decided_on: _dt.date | None = None  #: date of the decision, if to be printed

    def __post_init__(self) -> None:
        _require(len(self.measures) > 0, "a notice needs at least one measure")


Payload = RecapData | ConvocationData | TranscriptData | CertificateData | AccommodationNoticeData

PAYLOAD_TYPES: dict[str, type] = {
    "recap": RecapData,
    "convocation": ConvocationData,
    "transcript": TranscriptData,
    "certificate": CertificateData,
    "accommodation_notice": AccommodationNoticeData,
}


@dataclass(frozen=True, kw_only=True, slots=True)
class Document:
    """Everything one official document prints."""

    office: Office
    identity: Identity
    header: DocumentHeader
    payload: Payload = field()

    def __post_init__(self) -> None:
        expected = PAYLOAD_TYPES[self.header.kind]
        _require(
            isinstance(self.payload, expected),
            f"a {self.header.kind!r} document needs a {expected.__name__}, got {type(self.payload).__name__}",
        )
