"""Reading the audit journal: filters, keyset pages, CSV export, integrity check (managers)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from cyclades_desktop.domain import audit, roles
from cyclades_desktop.domain.roles import Permission
from cyclades_desktop.store.models import AuditEvent

ACTION_LABELS = {
    "account.created": "Compte créé",
    "account.activated": "Compte activé",
    "account.email_changed": "E-mail changé",
    "account.password_reset": "Mot de passe réinitialisé",
    "account.reset_requested": "Réinitialisation demandée",
    "account.reset_link_sent": "Lien de réinitialisation envoyé",
    "account.password_changed": "Mot de passe changé",
    "account.purged": "Compte purgé",
    "account.created_by_establishment": "Inscrit par l'établissement",
    "identity.updated": "Identité modifiée (candidat)",
    "identity.corrected": "Identité corrigée",
    "inscription.created": "Inscription",
    "inscription.modified": "Candidature modifiée",
    "inscription.withdrawn": "Désinscription",
    "inscription.set_aside": "Candidature écartée",
    "document.published": "Document publié",
    "accommodation.granted": "Aménagement accordé",
    "accommodations.viewed": "Aménagements consultés",
    "marks.imported": "Notes importées",
    "staff.signed_in": "Connexion",
    "staff.sign_in_failed": "Échec de connexion",
    "staff.sign_in_refused": "Connexion refusée",
    "candidate.data_exported": "Données du candidat exportées (droit d'accès)",
    "staff.reauth_failed": "Échec de confirmation par mot de passe",
    "staff.reauth_refused": "Confirmation refusée (compte verrouillé)",
    "staff.created": "Compte du personnel créé",
    "staff.updated": "Compte du personnel modifié",
    "staff.password_reset": "Mot de passe du personnel réinitialisé",
    "centres.assigned": "Affectation automatique",
    "centre.assigned": "Affectation",
    "session.created": "Session créée",
    "session.windows_changed": "Calendrier modifié",
    "academy.created": "Académie créée",
    "academy.updated": "Académie modifiée",
    "exam.created": "Examen créé",
    "exam.updated": "Examen modifié",
    "centre.created": "Centre créé",
    "centre.updated": "Centre modifié",
    "centre.deleted": "Centre supprimé",
    "paper.created": "Épreuve créée",
    "paper.updated": "Épreuve modifiée",
    "paper.deleted": "Épreuve supprimée",
    "supporting_document.received": "Pièce justificative reçue",
    "supporting_document.unticked": "Pièce justificative décochée",
}


def label(action: str) -> str:
    return ACTION_LABELS.get(action, action)


@dataclass(frozen=True)
class JournalFilters:
    actor: str | None = None
    action: str | None = None
    candidate_id: int | None = None
    since: dt.date | None = None
    until: dt.date | None = None  # inclusive
    zone: dt.tzinfo | None = None  # whose days `since` and `until` are; None: this computer's


def _utc_midnight(day: dt.date, zone: dt.tzinfo | None) -> dt.datetime:
    """The start of `day` where the staff are, as the journal stores times: naive UTC. A
    search for « the 2nd » in Paris must find the event of 00:30 on the 2nd, stored as the 1st."""
    local = (
        dt.datetime.combine(day, dt.time(), tzinfo=zone)
        if zone
        else dt.datetime.combine(day, dt.time()).astimezone()
    )
    return local.astimezone(dt.UTC).replace(tzinfo=None)


def query(
    session, filters: JournalFilters = JournalFilters(), before_id: int | None = None, limit: int = 200
):
    """Newest first; pass the last id seen as `before_id` for the next page."""
    roles.require(session, Permission.VIEW_AUDIT)
    q = AuditEvent.select().order_by(AuditEvent.id.desc()).limit(max(1, min(limit, 5000)))
    if filters.actor:
        q = q.where(AuditEvent.actor == filters.actor)
    if filters.action:
        q = q.where(AuditEvent.action == filters.action)
    if filters.candidate_id:
        q = q.where(AuditEvent.candidate_id == filters.candidate_id)
    if filters.since:
        q = q.where(AuditEvent.at >= _utc_midnight(filters.since, filters.zone))
    if filters.until:
        q = q.where(AuditEvent.at < _utc_midnight(filters.until + dt.timedelta(days=1), filters.zone))
    if before_id:
        q = q.where(AuditEvent.id < before_id)
    return list(q)


HEADERS = (
    "N°",
    "Date (UTC)",
    "Auteur",
    "Rôle en base",
    "Action",
    "Objet",
    "Candidat",
    "Avant",
    "Après",
    "Motif",
)


def rows(events):
    import json

    for e in events:
        yield (
            e.id,
            e.at.strftime("%d/%m/%Y %H:%M:%S"),
            e.actor,
            e.db_role,
            label(e.action),
            f"{e.entity} {e.entity_id or ''}".strip(),
            e.candidate_id or "",
            json.dumps(e.old_values, ensure_ascii=False) if e.old_values else "",
            json.dumps(e.new_values, ensure_ascii=False) if e.new_values else "",
            e.reason,
        )


def verify(session) -> audit.VerifyReport:
    roles.require(session, Permission.VIEW_AUDIT)
    return audit.verify()
