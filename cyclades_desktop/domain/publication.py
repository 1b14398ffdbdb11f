"""Publishing documents: render, store the PDF with its SHA-256 as version n+1, supersede the last.

The PDF, its metadata and the audit event go in one transaction, so a document is either
published whole or not at all. Publishing again data that has not changed creates nothing.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import secrets
from dataclasses import dataclass

from cyclades_desktop.domain import audit, clock, outbox, roles
from cyclades_desktop.domain.roles import Permission
from cyclades_desktop.errors import NotFound, PermissionDenied, RuleViolation
from cyclades_desktop.store.db import transactional
from cyclades_desktop.store.models import (
    ACCOMMODATION_KINDS,
    DOCUMENT_KINDS,
    Accommodation,
    Candidate,
    Document,
    DocumentContent,
    Inscription,
    Mark,
    Paper,
    Result,
    SupportingDocumentReceived,
    SupportingDocumentType,
)

KIND_LABELS = {
    "recap": "Récapitulatif d'inscription",
    "convocation": "Convocation",
    "transcript": "Relevé de notes",
    "certificate": "Attestation de réussite",
    "accommodation_notice": "Notification d'aménagements",
}
ACCOMMODATION_LABELS = {
    "material_conditions": "Conditions matérielles, aides techniques ou humaines",
    "extra_time": "Majoration du temps de composition",
    "marks_kept": "Conservation des notes",
    "spread_sessions": "Étalement des épreuves sur plusieurs sessions",
    "adapted_papers": "Adaptation ou dispense d'épreuves",
}
assert set(ACCOMMODATION_LABELS) == set(ACCOMMODATION_KINDS)
_CODE_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"  # Crockford: no I, L, O, U
VERIFY_URL = "https://cyclades.education.gouv.fr/verifier/"


def new_verification_code() -> str:
    raw = "".join(secrets.choice(_CODE_ALPHABET) for _ in range(12))
    return f"{raw[:4]}-{raw[4:8]}-{raw[8:]}"


def normalise_code(code: str) -> str:
    raw = "".join(ch for ch in (code or "").upper() if ch.isalnum())
    raw = raw.replace("O", "0").replace("I", "1").replace("L", "1")
    return f"{raw[:4]}-{raw[4:8]}-{raw[8:12]}" if len(raw) == 12 else raw


def _office(academy):
    from cyclades_desktop.documents.model import Office

    city = ""
    lines = [line.strip() for line in academy.office_address.splitlines() if line.strip()]
    if lines:  # "44322 Nantes Cedex 3" → "Nantes"
        words = lines[-1].split()
        if words and words[0].isdigit():
            city = " ".join(w for w in words[1:] if w.lower() != "cedex" and not w.isdigit())
    return Office(
        academy_name=academy.name,
        office_name=academy.office_name,
        address=academy.office_address,
        email=academy.office_email,
        phone=academy.office_phone,
        city=city,
    )


def _identity(c: Candidate):
    from cyclades_desktop.documents.model import Identity

    return Identity(
        civility=c.civility,
        birth_name=c.birth_name,
        usage_name=c.usage_name,
        first_names=c.first_names,
        birth_date=c.birth_date,
        birth_place=c.birth_place,
        ine=c.ine or "",
        candidate_number=c.candidate_number or "",
    )


def _accommodations(ins: Inscription) -> list:
    return list(Accommodation.select().where(Accommodation.inscription == ins.id).order_by(Accommodation.id))


def _papers(session_id: int, shared: dict | None) -> list:
    """The session's papers, read once for all the inscriptions sharing `shared` (a batch's chunk)."""
    if shared is None:
        shared = {}
    key = ("papers", session_id)
    if key not in shared:
        shared[key] = list(
            Paper.select().where(Paper.session == session_id).order_by(Paper.starts_at, Paper.code)
        )
    return shared[key]


def _payload(ins: Inscription, kind: str, shared: dict | None = None):
    from cyclades_desktop.documents import model

    if kind == "recap":
        accommodations = _accommodations(ins)
        types = list(
            SupportingDocumentType.select()
            .where(SupportingDocumentType.exam == ins.session.exam_id)
            .order_by(SupportingDocumentType.id)
        )
        received = {
            r.document_type_id
            for r in SupportingDocumentReceived.select().where(
                SupportingDocumentReceived.inscription == ins.id
            )
        }
        establishment = ins.establishment_uai
        return model.RecapData(
            channel=ins.channel,
            establishment=establishment,
            serie=ins.serie,
            specialities=tuple(ins.specialities),
            options=tuple(ins.options),
            languages=tuple(ins.languages),
            accommodations=tuple(ACCOMMODATION_LABELS[a.kind] for a in accommodations),
            supporting_documents=tuple((t.label, t.id in received) for t in types),
        )
    if kind == "convocation":
        centre = ins.centre
        if centre is None:
            raise RuleViolation(
                f"La candidature {ins.number} n'a pas encore de centre d'examen : "
                "affectez-la avant d'éditer sa convocation."
            )
        papers = _papers(ins.session_id, shared)
        return model.ConvocationData(
            papers=tuple(
                model.Paper(
                    name=p.name,
                    starts_at=p.starts_at,
                    duration_minutes=p.duration_minutes,
                    centre_name=centre.name,
                    centre_address=f"{centre.address}, {centre.city}",
                    room=ins.room or "affichée à l'entrée",
                )
                for p in papers
            ),
            arrival_minutes_before=30,
            id_documents="Pièce d'identité officielle avec photographie en cours de validité et la présente convocation.",
            allowed_equipment="Stylos à encre bleue ou noire ; calculatrice en mode examen lorsque le sujet l'autorise. "
            "Téléphones et montres connectées éteints et rangés.",
        )
    result = Result.get_or_none(Result.inscription == ins.id)
    if kind in ("transcript", "certificate") and result is None:
        raise RuleViolation(f"Aucun résultat n'est enregistré pour la candidature {ins.number}.")
    if kind == "transcript":
        assert result is not None  # refused just above
        marks = (
            Mark.select(Mark, Paper)
            .join(Paper)
            .where(Mark.inscription == ins.id)
            .order_by(Paper.starts_at, Paper.code)
        )
        return model.TranscriptData(
            marks=tuple(
                model.Mark(
                    paper_name=m.paper.name,
                    score=float(m.score) if m.score is not None else None,
                    coefficient=m.paper.coefficient,
                    kept=m.kept,
                    absent=m.absent,
                )
                for m in marks
            ),
            average=float(result.average) if result.average is not None else None,
            decision=result.decision,
            mention=result.mention,
        )
    if kind == "certificate":
        assert result is not None  # refused just above
        if result.decision != "admis":
            raise RuleViolation(
                f"La candidature {ins.number} n'est pas admise : pas d'attestation de réussite."
            )
        return model.CertificateData(
            decision=result.decision,
            mention=result.mention,
            exam_name=ins.session.exam.name,
            session_label=ins.session.label,
        )
    if kind == "accommodation_notice":
        accommodations = _accommodations(ins)
        if not accommodations:
            raise RuleViolation(f"Aucun aménagement n'est accordé à la candidature {ins.number}.")
        return model.AccommodationNoticeData(
            measures=tuple((ACCOMMODATION_LABELS[a.kind], a.detail) for a in accommodations)
        )
    raise RuleViolation(f"Type de document inconnu : {kind}.")


def _input_hash(document_without_header, payload) -> str:
    def plain(obj):
        if hasattr(obj, "__dataclass_fields__"):
            return {k: plain(getattr(obj, k)) for k in obj.__dataclass_fields__}
        if isinstance(obj, (list, tuple)):
            return [plain(x) for x in obj]
        if isinstance(obj, (dt.date, dt.datetime)):
            return obj.isoformat()
        return obj

    blob = json.dumps([plain(document_without_header), plain(payload)], sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(blob.encode()).hexdigest()


@dataclass(frozen=True)
class PublishResult:
    document_id: int
    version: int
    created: bool  # False: nothing had changed, the current version stands
    verification_code: str


def _check_permission(session, kind: str) -> None:
    if session.actor_kind == "portal":
        if kind != "recap":
            raise PermissionDenied("Le portail ne publie que le récapitulatif d'inscription.")
        return
    if session.actor_kind == "system":
        return
    roles.require(session, Permission.PUBLISH_DOCUMENT)


def build(inscription_id: int, kind: str, *, ins: Inscription | None = None, shared: dict | None = None):
    """The renderer's input for the current data (without version and code), and its hash.

    A batch passes `ins` already loaded with its candidate, session, académie, exam and centre
    (a chunk's in one query), and one `shared` dict per chunk for what its inscriptions read
    alike (the session's papers): the same data, the same hash, fewer queries.
    """
    if kind not in DOCUMENT_KINDS:
        raise RuleViolation(f"Type de document inconnu : {kind}.")
    if ins is None:
        ins = Inscription.get_or_none(Inscription.id == inscription_id)
    if ins is None:
        raise NotFound("Cette candidature n'existe pas.")
    if kind != "recap" and ins.status != "registered":
        raise RuleViolation(
            f"La candidature {ins.number} n'est plus active : aucun document ne peut être publié."
        )
    office, ident, payload = (
        _office(ins.session.academy),
        _identity(ins.candidate),
        _payload(ins, kind, shared),
    )
    return ins, office, ident, payload, _input_hash([office, ident, ins.number, ins.session.label], payload)


@transactional
def publish(session, inscription_id: int, kind: str, *, notify: bool = True) -> PublishResult:
    _check_permission(session, kind)
    ins, office, ident, payload, input_hash = build(inscription_id, kind)
    current = Document.get_or_none(
        (Document.inscription == ins.id) & (Document.kind == kind) & Document.is_current
    )
    if current is not None and current.input_hash == input_hash:
        return PublishResult(current.id, current.version, False, current.verification_code)
    from cyclades_desktop.documents import render
    from cyclades_desktop.documents.model import Document as RenderedDocument
    from cyclades_desktop.documents.model import DocumentHeader

    version = (current.version + 1) if current else 1
    code = new_verification_code()
    header = DocumentHeader(
        kind=kind,
        version=version,
        issued_on=clock.now().date(),
        verification_code=code,
        verification_url=VERIFY_URL + code,
        exam_name=ins.session.exam.name,
        session_label=ins.session.label,
        inscription_number=ins.number,
    )
    pdf = render(RenderedDocument(office=office, identity=ident, header=header, payload=payload))
    return store(session, ins, kind, version, code, input_hash, pdf, current, notify=notify)


def store(
    session,
    ins: Inscription,
    kind: str,
    version: int,
    code: str,
    input_hash: str,
    pdf: bytes,
    current: Document | None,
    *,
    notify: bool = True,
) -> PublishResult:
    """Write one rendered version (inside the caller's transaction)."""
    return store_many(
        session, kind, [NewVersion(ins, version, code, input_hash, pdf, current)], notify=notify
    )[0]


@dataclass(frozen=True)
class NewVersion:
    """A rendered version to store; `current` is the version it supersedes, if any."""

    ins: Inscription  # with its candidate loaded, or loaded on demand for the e-mail
    version: int
    code: str
    input_hash: str
    pdf: bytes
    current: Document | None


def store_many(session, kind: str, versions: list[NewVersion], *, notify: bool = True) -> list[PublishResult]:
    """Write rendered versions of `kind`, at most one per inscription (inside the caller's
    transaction), each with its own audit event and e-mail.

    One statement per table for them all (a batch stores a chunk of 25 so: the former
    versions superseded in one UPDATE, the documents, their PDFs and the e-mails in one INSERT
    each, the audit events appended while the chain head is held once), not five per document.
    """
    if not versions:
        return []
    now = clock.now()
    superseded = [v.current.id for v in versions if v.current is not None]
    if superseded:
        Document.update(is_current=False).where(Document.id.in_(superseded)).execute()
    sha = {v.ins.id: hashlib.sha256(v.pdf).hexdigest() for v in versions}
    rows = [
        (v.ins.id, kind, v.version, True, v.code, sha[v.ins.id], v.input_hash, len(v.pdf), now, session.login)
        for v in versions
    ]
    fields = [
        Document.inscription,
        Document.kind,
        Document.version,
        Document.is_current,
        Document.verification_code,
        Document.sha256,
        Document.input_hash,
        Document.size,
        Document.published_at,
        Document.published_by,
    ]
    doc_ids = {
        ins_id: doc_id
        for doc_id, ins_id in Document.insert_many(rows, fields=fields)
        .returning(Document.id, Document.inscription)
        .tuples()
        .execute()
    }
    DocumentContent.insert_many(
        [(doc_ids[v.ins.id], v.pdf) for v in versions], fields=[DocumentContent.document, DocumentContent.pdf]
    ).as_rowcount().execute()
    audit.record_many(
        session,
        [
            audit.Entry(
                "document.published",
                "document",
                doc_ids[v.ins.id],
                candidate_id=v.ins.candidate_id,
                new={
                    "kind": kind,
                    "version": v.version,
                    "inscription": v.ins.number,
                    "sha256": sha[v.ins.id],
                },
            )
            for v in versions
        ],
    )
    if notify and session.actor_kind != "portal":
        outbox.queue_many(
            [
                (
                    v.ins.candidate.email,
                    "document",
                    f"Nouveau document : {KIND_LABELS[kind]}",
                    f"Bonjour,\n\nUn document vient d'être publié dans « Mes documents » pour votre candidature "
                    f"n° {v.ins.number} : {KIND_LABELS[kind]} (version {v.version}).",
                    v.ins.candidate_id,
                )
                for v in versions
                if v.ins.candidate.email
            ]
        )
    return [PublishResult(doc_ids[v.ins.id], v.version, True, v.code) for v in versions]


def pdf_bytes(document_id: int, session=None) -> bytes:
    """The stored PDF; with a staff session, an accommodation notice needs the right to see accommodations."""
    doc = Document.get_or_none(Document.id == document_id)
    content = DocumentContent.get_or_none(DocumentContent.document == document_id)
    if doc is None or content is None:
        raise NotFound("Ce document n'existe pas.")
    if session is not None and session.actor_kind == "staff":
        roles.require(session, Permission.VIEW_CANDIDATE)
        if doc.kind == "accommodation_notice":
            roles.require(session, Permission.VIEW_ACCOMMODATIONS)
    return bytes(content.pdf)


@dataclass(frozen=True)
class Verification:
    code: str
    kind: str
    kind_label: str
    version: int
    is_current: bool
    current_version: int
    published_at: dt.datetime
    candidate_name: str
    candidate_number: str
    inscription_number: str
    sha256: str

    def message(self) -> str:
        state = (
            "document en vigueur"
            if self.is_current
            else f"version remplacée depuis par la version {self.current_version}"
        )
        return (
            f"{self.kind_label} version {self.version} de {self.candidate_name} "
            f"(candidat n° {self.candidate_number}, inscription n° {self.inscription_number}), "
            f"publié le {self.published_at:%d/%m/%Y} : {state}."
        )


def verify(code: str) -> Verification:
    """Whose document bears this code, which version, and is it still the current one."""
    code = normalise_code(code)
    doc = Document.get_or_none(Document.verification_code == code)
    if doc is None:
        raise NotFound(f"Aucun document ne porte le code de vérification « {code} ».")
    ins = doc.inscription
    c = ins.candidate
    latest = (
        Document.select(Document.version)
        .where((Document.inscription == ins.id) & (Document.kind == doc.kind) & Document.is_current)
        .scalar()
    ) or doc.version
    return Verification(
        code,
        doc.kind,
        KIND_LABELS[doc.kind],
        doc.version,
        doc.is_current,
        latest,
        doc.published_at,
        f"{(c.usage_name or c.birth_name).upper()} {c.first_names}",
        c.candidate_number or "",
        ins.number,
        doc.sha256,
    )
