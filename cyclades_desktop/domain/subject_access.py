"""A candidate's data in one action (RGPD, article 15 « droit d'accès »).

One ZIP file: `donnees.json` (identity, account, candidatures with their marks, results,
accommodations and supporting documents, the e-mails sent, the journal entries about the
candidate), every published PDF in `documents/`, and `resume.pdf`, the same read by a person.
Secrets never leave: the password hash is left out, and one-time links in e-mails are blanked.
The export itself is journaled.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
import re
import zipfile
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from cyclades_desktop.domain import audit, clock, journal, roles
from cyclades_desktop.domain.candidates import CHANNEL_LABELS, STATUS_LABELS
from cyclades_desktop.domain.publication import ACCOMMODATION_LABELS, KIND_LABELS
from cyclades_desktop.domain.roles import Permission
from cyclades_desktop.errors import NotFound
from cyclades_desktop.store.db import transactional
from cyclades_desktop.store.models import (
    Accommodation,
    AuditEvent,
    Candidate,
    Document,
    DocumentContent,
    Inscription,
    Mark,
    OutboxMessage,
    Result,
    SupportingDocumentReceived,
)

IDENTITY_FIELDS = (
    "candidate_number",
    "civility",
    "birth_name",
    "usage_name",
    "first_names",
    "birth_date",
    "birth_country_code",
    "birth_commune_code",
    "birth_place",
    "nationality",
    "father_name",
    "mother_name",
    "ine",
    "address",
    "postcode",
    "city",
    "country",
    "phone",
)
ACCOUNT_FIELDS = ("email", "created_at", "activated_at", "last_used_at", "identity_locked_at")
#: A link carrying a one-time secret (activation, reset): usable by whoever reads it.
_ONE_TIME_LINK = re.compile(r"https?://\S*(?:token|jeton|activation|reset|reinitialis)\S*", re.IGNORECASE)
BLANKED_LINK = "[lien à usage unique retiré de l'export]"
#: Values of journal entries that are secrets, whatever the event.
_SECRET_KEYS = frozenset({"password", "password_hash", "token", "token_hash", "body"})


@dataclass(frozen=True)
class ExportReport:
    path: Path
    sha256: str
    documents: int
    journal_entries: int

    def summary(self) -> str:
        return (
            f"Données du candidat exportées dans {self.path.name} : {self.documents} document(s), "
            f"{self.journal_entries} entrée(s) du journal (SHA-256 {self.sha256[:16]}…)."
        )


def _plain(value):
    """JSON for what the database holds: dates in ISO 8601 (UTC for instants), decimals as text."""
    if isinstance(value, dt.datetime):
        return value.strftime("%Y-%m-%dT%H:%M:%SZ")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, Decimal):  # every decimal column has two places (marks, averages)
        return f"{value:.2f}"
    if isinstance(value, dict):
        return {k: ("(secret)" if k in _SECRET_KEYS else _plain(v)) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    return value


def blank_links(text: str) -> str:
    return _ONE_TIME_LINK.sub(BLANKED_LINK, text or "")


def collect(candidate_id: int) -> tuple[dict, list[tuple[str, bytes]]]:
    """Everything the office holds about the candidate, and the PDFs to ship with it."""
    c = Candidate.get_or_none(Candidate.id == candidate_id)
    if c is None:
        raise NotFound("Ce candidat n'existe pas.")
    data: dict = {
        "exporte_le": _plain(clock.now()),
        "identite": {f: _plain(getattr(c, f)) for f in IDENTITY_FIELDS},
        "compte": {f: _plain(getattr(c, f)) for f in ACCOUNT_FIELDS},
        "candidatures": [],
    }
    files: list[tuple[str, bytes]] = []
    for ins in Inscription.select().where(Inscription.candidate == c.id).order_by(Inscription.id):
        exam_session = ins.session
        result = Result.get_or_none(Result.inscription == ins.id)
        docs = list(
            Document.select().where(Document.inscription == ins.id).order_by(Document.kind, Document.version)
        )
        entry = {
            "numero": ins.number,
            "examen": exam_session.exam.name,
            "session": exam_session.label,
            "statut": STATUS_LABELS.get(ins.status, ins.status),
            "motif_du_statut": ins.status_reason,
            "statut_change_le": _plain(ins.status_changed_at),
            "voie": CHANNEL_LABELS.get(ins.channel, ins.channel),
            "etablissement_uai": ins.establishment_uai,
            "serie": ins.serie,
            "specialites": list(ins.specialities),
            "options": list(ins.options),
            "langues": list(ins.languages),
            "centre": ins.centre.name if ins.centre is not None else "",
            "salle": ins.room,
            "inscrite_le": _plain(ins.created_at),
            "notes": [
                {
                    "epreuve": m.paper.name,
                    "note_sur_20": _plain(m.score),
                    "absent": m.absent,
                    "conservee": m.kept,
                }
                for m in Mark.select().where(Mark.inscription == ins.id).order_by(Mark.id)
            ],
            "resultat": (
                {
                    "moyenne": _plain(result.average),
                    "decision": result.decision,
                    "mention": result.mention,
                    "enregistre_le": _plain(result.recorded_at),
                }
                if result
                else None
            ),
            "amenagements": [
                {
                    "mesure": ACCOMMODATION_LABELS.get(a.kind, a.kind),
                    "precision": a.detail,
                    "salle_a_part": a.separate_room,
                    "accorde_le": _plain(a.granted_at),
                }
                for a in Accommodation.select()
                .where(Accommodation.inscription == ins.id)
                .order_by(Accommodation.id)
            ],
            "pieces_recues": [
                {"piece": p.document_type.label, "recue_le": _plain(p.received_at)}
                for p in SupportingDocumentReceived.select().where(
                    SupportingDocumentReceived.inscription == ins.id
                )
            ],
            "documents": [],
        }
        for d in docs:
            name = f"documents/{ins.number}-{d.kind}-v{d.version}.pdf"
            content = DocumentContent.get_or_none(DocumentContent.document == d.id)
            entry["documents"].append(
                {
                    "fichier": name if content else None,
                    "document": KIND_LABELS.get(d.kind, d.kind),
                    "version": d.version,
                    "en_vigueur": d.is_current,
                    "code_de_verification": d.verification_code,
                    "sha256": d.sha256,
                    "publie_le": _plain(d.published_at),
                }
            )
            if content is not None:
                files.append((name, bytes(content.pdf)))
        data["candidatures"].append(entry)
    data["e_mails"] = [
        {
            "envoye_le": _plain(m.sent_at),
            "cree_le": _plain(m.created_at),
            "a": m.to_address,
            "objet": m.subject,
            "texte": blank_links(m.body),
        }
        for m in OutboxMessage.select().where(OutboxMessage.candidate_id == c.id).order_by(OutboxMessage.id)
    ]
    data["journal"] = [
        {
            "le": _plain(e.at),
            "action": journal.label(e.action),
            "par": "le candidat (espace candidat)" if e.actor_kind == "portal" else e.actor,
            "motif": e.reason,
            "avant": _plain(e.old_values),
            "apres": _plain(e.new_values),
        }
        for e in AuditEvent.select().where(AuditEvent.candidate_id == c.id).order_by(AuditEvent.id)
    ]
    return data, files


@transactional
def export_candidate(session, candidate_id: int, path) -> ExportReport:
    """Write the ZIP and journal the export (who, when, the file's SHA-256)."""
    roles.require(session, Permission.EXPORT_PERSONAL_DATA)
    from cyclades_desktop.documents.subject_access import render_summary

    data, files = collect(candidate_id)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("donnees.json", json.dumps(data, ensure_ascii=False, indent=2))
        archive.writestr("resume.pdf", render_summary(data))
        for name, pdf in files:
            archive.writestr(name, pdf)
    payload = buffer.getvalue()
    digest = hashlib.sha256(payload).hexdigest()
    path = Path(path)
    audit.record(
        session,
        "candidate.data_exported",
        "candidate",
        candidate_id,
        candidate_id=candidate_id,
        new={"file": path.name, "sha256": digest, "documents": len(files)},
        reason="droit d'accès (RGPD, article 15)",
    )
    # written last, in the journal's transaction: a file that cannot be written rolls its event back
    tmp = path.with_name(path.name + ".part")
    tmp.write_bytes(payload)
    tmp.replace(path)  # whole or absent: never half a file under the final name
    return ExportReport(path, digest, len(files), len(data["journal"]))
