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
    ACCOMMODATION_KINDS, DOCUMENT_KINDS, Accommodation, Candidate, Centre, Document, DocumentContent,
    Inscription, Mark, Paper, Result, SupportingDocumentReceived, SupportingDocumentType,
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
    return Office(academy_name=academy.name, office_name=academy.office_name, address=academy.office_address,
                  email=academy.office_email, phone=academy.office_phone, city=city)


def _identity(c: Candidate):
    from cyclades_desktop.documents.model import Identity

    return Identity(civility=c.civility, birth_name=c.birth_name, usage_name=c.usage_name,
                    first_names=c.first_names, birth_date=c.birth_date, birth_place=c.birth_place,
                    ine=c.ine or "", candidate_number=c.candidate_number or "")


def _payload(ins: Inscription, kind: str):
    from cyclades_desktop.documents import model

    accommodations = list(Accommodation.select().where(Accommodation.inscription == ins.id).order_by(Accommodation.id))
    if kind == "recap":
        types = list(SupportingDocumentType.select().where(SupportingDocumentType.exam == ins.session.exam_id)
                     .order_by(SupportingDocumentType.id))
        received = {r.document_type_id for r in SupportingDocumentReceived.select().where(
            SupportingDocumentReceived.inscription == ins.id)}
        establishment = ins.establishment_uai
        return model.RecapData(
            channel=ins.channel, establishment=establishment, serie=ins.serie,
            specialities=tuple(ins.specialities), options=tuple(ins.options), languages=tuple(ins.languages),
            accommodations=tuple(ACCOMMODATION_LABELS[a.kind] for a in accommodations),
            supporting_documents=tuple((t.label, t.id in received) for t in types),
        )
    if kind == "convocation":
        if ins.centre_id is None:
            raise RuleViolation(f"La candidature {ins.number} n'a pas encore de centre d'examen : "
                                "affectez-la avant d'éditer sa convocation.")
        centre: Centre = ins.centre
        papers = Paper.select().where(Paper.session == ins.session_id).order_by(Paper.starts_at, Paper.code)
        return model.ConvocationData(
            papers=tuple(model.Paper(name=p.name, starts_at=p.starts_at, duration_minutes=p.duration_minutes,
                                     centre_name=centre.name, centre_address=f"{centre.address}, {centre.city}",
                                     room=ins.room or "affichée à l'entrée") for p in papers),
            arrival_minutes_before=30,
            id_documents="Pièce d'identité officielle avec photographie en cours de validité et la présente convocation.",
            allowed_equipment="Stylos à encre bleue ou noire ; calculatrice en mode examen lorsque le sujet l'autorise. "
                              "Téléphones et montres connectées éteints et rangés.",
        )
    result = Result.get_or_none(Result.inscription == ins.id)
    if kind in ("transcript", "certificate") and result is None:
        raise RuleViolation(f"Aucun résultat n'est enregistré pour la candidature {ins.number}.")
    if kind == "transcript":
        marks = (Mark.select(Mark, Paper).join(Paper).where(Mark.inscription == ins.id).order_by(Paper.starts_at, Paper.code))
        return model.TranscriptData(
            marks=tuple(model.Mark(paper_name=m.paper.name, score=float(m.score) if m.score is not None else None,
                                   coefficient=m.paper.coefficient, kept=m.kept, absent=m.absent) for m in marks),
            average=float(result.average) if result.average is not None else None,
            decision=result.decision, mention=result.mention,
        )
    if kind == "certificate":
        if result.decision != "admis":
            raise RuleViolation(f"La candidature {ins.number} n'est pas admise : pas d'attestation de réussite.")
        return model.CertificateData(decision=result.decision, mention=result.mention,
                                     exam_name=ins.session.exam.name, session_label=ins.session.label)
    if kind == "accommodation_notice":
        if not accommodations:
            raise RuleViolation(f"Aucun aménagement n'est accordé à la candidature {ins.number}.")
        return model.AccommodationNoticeData(
            measures=tuple((ACCOMMODATION_LABELS[a.kind], a.detail) for a in accommodations))
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


def build(inscription_id: int, kind: str):
    """The renderer's input for the current data (without version and code), and its hash."""
    if kind not in DOCUMENT_KINDS:
        raise RuleViolation(f"Type de document inconnu : {kind}.")
    ins = Inscription.get_or_none(Inscription.id == inscription_id)
    if ins is None:
        raise NotFound("Cette candidature n'existe pas.")
    if kind != "recap" and ins.status != "registered":
        raise RuleViolation(f"La candidature {ins.number} n'est plus active : aucun document ne peut être publié.")
    candidate = ins.candidate
    office, ident, payload = _office(ins.session.academy), _identity(candidate), _payload(ins, kind)
    return ins, office, ident, payload, _input_hash([office, ident, ins.number, ins.session.label], payload)


@transactional
def publish(session, inscription_id: int, kind: str, *, notify: bool = True) -> PublishResult:
    _check_permission(session, kind)
    ins, office, ident, payload, input_hash = build(inscription_id, kind)
    current = Document.get_or_none((Document.inscription == ins.id) & (Document.kind == kind) & Document.is_current)
    if current is not None and current.input_hash == input_hash:
        return PublishResult(current.id, current.version, False, current.verification_code)
    from cyclades_desktop.documents import render
    from cyclades_desktop.documents.model import Document as RenderedDocument, DocumentHeader

    version = (current.version + 1) if current else 1
    code = new_verification_code()
    header = DocumentHeader(kind=kind, version=version, issued_on=clock.now().date(), verification_code=code,
                            verification_url=VERIFY_URL + code, exam_name=ins.session.exam.name,
                            session_label=ins.session.label, inscription_number=ins.number)
    pdf = render(RenderedDocument(office=office, identity=ident, header=header, payload=payload))
    return store(session, ins, kind, version, code, input_hash, pdf, current, notify=notify)


def store(session, ins: Inscription, kind: str, version: int, code: str, input_hash: str, pdf: bytes,
          current: Document | None, *, notify: bool = True) -> PublishResult:
    """Write one rendered version (inside the caller's transaction)."""
    now = clock.now()
    if current is not None:
        Document.update(is_current=False).where(Document.id == current.id).execute()
    doc = Document.create(inscription=ins.id, kind=kind, version=version, is_current=True, verification_code=code,
                          sha256=hashlib.sha256(pdf).hexdigest(), input_hash=input_hash, size=len(pdf),
                          published_at=now, published_by=session.login)
    DocumentContent.create(document=doc.id, pdf=pdf)
    audit.record(session, "document.published", "document", doc.id, candidate_id=ins.candidate_id,
                 new={"kind": kind, "version": version, "inscription": ins.number, "sha256": doc.sha256})
    candidate = ins.candidate
    if notify and candidate.email and session.actor_kind != "portal":
        outbox.queue(candidate.email, "document", f"Nouveau document : {KIND_LABELS[kind]}",
                     f"Bonjour,\n\nUn document vient d'être publié dans « Mes documents » pour votre candidature "
                     f"n° {ins.number} : {KIND_LABELS[kind]} (version {version}).", candidate.id)
    return PublishResult(doc.id, version, True, code)


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
        state = ("document en vigueur" if self.is_current
                 else f"version remplacée depuis par la version {self.current_version}")
        return (f"{self.kind_label} version {self.version} de {self.candidate_name} "
                f"(candidat n° {self.candidate_number}, inscription n° {self.inscription_number}), "
                f"publié le {self.published_at:%d/%m/%Y} : {state}.")


def verify(code: str) -> Verification:
    """Whose document bears this code, which version, and is it still the current one."""
    code = normalise_code(code)
    doc = Document.get_or_none(Document.verification_code == code)
    if doc is None:
        raise NotFound(f"Aucun document ne porte le code de vérification « {code} ».")
    ins = doc.inscription
    c = ins.candidate
    latest = (Document.select(Document.version).where((Document.inscription == ins.id) & (Document.kind == doc.kind)
                                                      & Document.is_current).scalar()) or doc.version
    return Verification(code, doc.kind, KIND_LABELS[doc.kind], doc.version, doc.is_current, latest,
                        doc.published_at, f"{(c.usage_name or c.birth_name).upper()} {c.first_names}",
                        c.candidate_number or "", ins.number, doc.sha256)
