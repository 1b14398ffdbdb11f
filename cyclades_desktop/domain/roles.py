"""Who may do what: the permission matrix of the four staff roles."""

from __future__ import annotations

from enum import StrEnum

from cyclades_desktop.errors import PermissionDenied


class Permission(StrEnum):
    SEARCH = "search"
    VIEW_CANDIDATE = "view_candidate"
    VIEW_ACCOMMODATIONS = "view_accommodations"
    CORRECT_IDENTITY = "correct_identity"
    CHANGE_EMAIL = "change_email"
    SEND_RESET_LINK = "send_reset_link"
    WITHDRAW = "withdraw"
    SET_ASIDE = "set_aside"
    PUBLISH_DOCUMENT = "publish_document"
    PUBLISH_BATCH = "publish_batch"
    RECORD_ACCOMMODATIONS = "record_accommodations"
    IMPORT_MARKS = "import_marks"
    MANAGE_SESSIONS = "manage_sessions"
    MANAGE_STAFF = "manage_staff"
    VIEW_AUDIT = "view_audit"
    PURGE = "purge"
    EXPORT_PERSONAL_DATA = "export_personal_data"


ROLE_LABELS = {
    "manager": "Gestionnaire",
    "agent": "Agent",
    "print_operator": "Opérateur d'impression",
    "read_only": "Consultation",
}

_READ = {Permission.SEARCH, Permission.VIEW_CANDIDATE}
MATRIX: dict[str, frozenset[Permission]] = {
    "read_only": frozenset(_READ),
    "print_operator": frozenset(_READ | {Permission.PUBLISH_DOCUMENT, Permission.PUBLISH_BATCH}),
    "agent": frozenset(
        _READ
        | {
            Permission.VIEW_ACCOMMODATIONS,
            Permission.CORRECT_IDENTITY,
            Permission.CHANGE_EMAIL,
            Permission.SEND_RESET_LINK,
            Permission.WITHDRAW,
            Permission.SET_ASIDE,
            Permission.PUBLISH_DOCUMENT,
            Permission.RECORD_ACCOMMODATIONS,
            Permission.EXPORT_PERSONAL_DATA,
        }
    ),
    "manager": frozenset(Permission),
}

WHY_NOT = {
    Permission.CORRECT_IDENTITY: "Seuls les agents et les gestionnaires corrigent l'état civil.",
    Permission.CHANGE_EMAIL: "Seuls les agents et les gestionnaires changent l'adresse e-mail.",
    Permission.SEND_RESET_LINK: "Seuls les agents et les gestionnaires envoient un lien de réinitialisation.",
    Permission.WITHDRAW: "Seuls les agents et les gestionnaires désinscrivent un candidat.",
    Permission.SET_ASIDE: "Seuls les agents et les gestionnaires écartent une candidature.",
    Permission.PUBLISH_DOCUMENT: "Votre rôle ne permet pas de publier des documents.",
    Permission.PUBLISH_BATCH: "Seuls les opérateurs d'impression et les gestionnaires publient par lots.",
    Permission.VIEW_ACCOMMODATIONS: "Les aménagements sont des données de santé : votre rôle ne permet pas de les consulter.",
    Permission.RECORD_ACCOMMODATIONS: "Seuls les agents et les gestionnaires enregistrent des aménagements.",
    Permission.IMPORT_MARKS: "Seuls les gestionnaires importent les notes.",
    Permission.MANAGE_SESSIONS: "Seuls les gestionnaires paramètrent les sessions.",
    Permission.MANAGE_STAFF: "Seuls les gestionnaires gèrent les comptes du personnel.",
    Permission.VIEW_AUDIT: "Seuls les gestionnaires consultent le journal d'audit.",
    Permission.PURGE: "Seuls les gestionnaires lancent la purge des comptes.",
    Permission.EXPORT_PERSONAL_DATA: "Seuls les agents et les gestionnaires exportent les données d'un candidat.",
}


def allows(role: str, permission: Permission) -> bool:
    return permission in MATRIX.get(role, frozenset())


def why_not(permission: Permission) -> str:
    return WHY_NOT.get(permission, "Votre rôle ne permet pas cette action.")


def require(session, permission: Permission) -> None:
    """Raise PermissionDenied unless the signed-in session's role allows `permission`."""
    if session is None or not allows(session.role, permission):
        raise PermissionDenied(why_not(permission))
