"""How values read in the window: French dates in local time, labels of journal events.

The database holds naive UTC; staff read local time (the workstation's zone), so every
date shown goes through `when()`.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication

from cyclades_desktop.domain import identity

translate = QCoreApplication.translate  # lupdate reads translate("context", "texte")


def local(value: dt.datetime) -> dt.datetime:
    return value.replace(tzinfo=dt.UTC).astimezone()


def when(value: dt.datetime | None, *, seconds: bool = False) -> str:
    """« 14/03/2026 à 10:15 » in local time; « — » for nothing."""
    if value is None:
        return "—"
    v = local(value)
    time = f"{v:%H:%M:%S}" if seconds else f"{v:%H:%M}"
    return (
        QCoreApplication.translate("formatting", "%1 à %2").replace("%1", f"{v:%d/%m/%Y}").replace("%2", time)
    )


def day(value: dt.date | None) -> str:
    if value is None or value == "":
        return "—"
    if isinstance(value, str):
        return value
    return f"{value:%d/%m/%Y}"


def status_text(info) -> str:
    """« Désinscrite le 02/11/2026 à 10:15 par Agent Test », in local time."""
    if info.status == "withdrawn" and info.status_changed_at:
        return (
            translate("formatting", "Désinscrite le %1 par %2")
            .replace("%1", when(info.status_changed_at))
            .replace("%2", info.status_changed_by or "—")
        )
    if info.status == "set_aside" and info.status_changed_at:
        return (
            translate("formatting", "Écartée le %1 par %2")
            .replace("%1", when(info.status_changed_at))
            .replace("%2", info.status_changed_by or "—")
        )
    return status_labels().get(info.status, info.status)


def status_labels() -> dict[str, str]:
    return {
        "registered": translate("formatting", "Inscrite"),
        "set_aside": translate("formatting", "Écartée"),
        "withdrawn": translate("formatting", "Désinscrite"),
    }


def role_labels() -> dict[str, str]:
    """The staff roles (domain.roles.ROLE_LABELS) in the interface's language."""
    return {
        "manager": translate("formatting", "Gestionnaire"),
        "agent": translate("formatting", "Agent"),
        "print_operator": translate("formatting", "Opérateur d'impression"),
        "read_only": translate("formatting", "Consultation"),
    }


def role_label(role: str) -> str:
    return role_labels().get(role, role)


def identity_labels() -> dict[str, str]:
    """The identity fields (domain.identity.LABELS) in the interface's language: written out here,
    not translate(context, variable), so that lupdate puts them in the catalogue."""
    return {
        "civility": translate("identity", "Civilité"),
        "birth_name": translate("identity", "Nom de naissance"),
        "usage_name": translate("identity", "Nom d'usage"),
        "first_names": translate("identity", "Prénoms"),
        "birth_date": translate("identity", "Date de naissance"),
        "birth_country_code": translate("identity", "Pays de naissance (code INSEE)"),
        "birth_commune_code": translate("identity", "Commune de naissance (code INSEE)"),
        "birth_place": translate("identity", "Lieu de naissance"),
        "nationality": translate("identity", "Nationalité"),
        "address": translate("identity", "Adresse"),
        "postcode": translate("identity", "Code postal"),
        "city": translate("identity", "Ville"),
        "country": translate("identity", "Pays"),
        "phone": translate("identity", "Téléphone"),
        "ine": translate("identity", "INE"),
        "father_name": translate("identity", "Nom du père"),
        "mother_name": translate("identity", "Nom de la mère"),
    }


def channel_labels() -> dict[str, str]:
    return {
        "individual": translate("formatting", "Individuelle (grand public)"),
        "establishment": translate("formatting", "Par l'établissement"),
    }


def action_labels() -> dict[str, str]:
    return {
        "identity.corrected": translate("formatting", "Correction d'identité par le service des examens"),
        "identity.updated": translate("formatting", "Modification d'identité par le candidat"),
        "account.created": translate("formatting", "Création du compte"),
        "account.created_by_establishment": translate("formatting", "Création par l'établissement"),
        "account.activated": translate("formatting", "Activation du compte"),
        "account.email_changed": translate("formatting", "Changement d'adresse e-mail"),
        "account.password_changed": translate("formatting", "Changement de mot de passe"),
        "account.password_reset": translate("formatting", "Nouveau mot de passe choisi"),
        "account.reset_link_sent": translate("formatting", "Envoi d'un lien de réinitialisation"),
        "account.reset_requested": translate("formatting", "Demande de réinitialisation du mot de passe"),
        "account.purged": translate("formatting", "Suppression du compte"),
        "inscription.created": translate("formatting", "Inscription enregistrée"),
        "inscription.modified": translate("formatting", "Candidature modifiée"),
        "inscription.withdrawn": translate("formatting", "Désinscription"),
        "inscription.set_aside": translate("formatting", "Candidature écartée"),
        "document.published": translate("formatting", "Document publié"),
        "accommodation.granted": translate("formatting", "Aménagement accordé"),
        "accommodations.viewed": translate("formatting", "Consultation des aménagements"),
    }


def actor_text(actor: str) -> str:
    if actor == "portail":
        return translate("formatting", "Espace candidat")
    return actor


def _field_labels() -> dict[str, str]:
    labels = identity_labels()
    labels.update(
        {
            "email": translate("formatting", "Adresse e-mail"),
            "status": translate("formatting", "Statut"),
            "number": translate("formatting", "N° d'inscription"),
            "inscription": translate("formatting", "Candidature"),
            "kind": translate("formatting", "Document"),
            "version": translate("formatting", "Version"),
            "channel": translate("formatting", "Voie"),
            "serie": translate("formatting", "Série"),
            "specialities": translate("formatting", "Spécialités"),
            "options": translate("formatting", "Options"),
            "languages": translate("formatting", "Langues"),
            "session": translate("formatting", "Session"),
            "detail": translate("formatting", "Précision"),
            "separate_room": translate("formatting", "Salle à part"),
        }
    )
    return labels


_HIDDEN_KEYS = {"sha256", "failures", "locked", "login"}


def _value(key: str, value) -> str:
    from cyclades_desktop.domain import publication

    if value is None or value == "":
        return translate("formatting", "(vide)")
    if key == "status":
        return status_labels().get(value, str(value))
    if key == "kind":
        return publication.KIND_LABELS.get(value, publication.ACCOMMODATION_LABELS.get(value, str(value)))
    if key == "channel":
        return channel_labels().get(value, str(value))
    if key == "birth_date" and isinstance(value, str) and len(value) == 10 and value[4] == "-":
        return f"{value[8:10]}/{value[5:7]}/{value[0:4]}"
    if isinstance(value, list):
        return ", ".join(str(v) for v in value) or translate("formatting", "(aucune)")
    if isinstance(value, bool):
        return translate("formatting", "oui") if value else translate("formatting", "non")
    return str(value)


def change_lines(old: dict | None, new: dict | None, sessions: dict | None = None) -> list[str]:
    """One line per field: « Nom de naissance : Lefèvre → Lefebvre » (or the new value only).

    `sessions` maps session ids to their names, for the events that name a session by id.
    """
    labels = _field_labels()
    old, new = dict(old or {}), dict(new or {})
    for values in (old, new):
        if sessions and values.get("session") in sessions:
            values["session"] = sessions[values["session"]]
    lines = []
    for key in list(dict.fromkeys([*old, *new])):
        if key in _HIDDEN_KEYS:
            continue
        label = labels.get(key, key)
        if key in old and key in new:
            lines.append(f"{label} : {_value(key, old[key])} → {_value(key, new[key])}")
        elif key in new:
            lines.append(f"{label} : {_value(key, new[key])}")
        else:
            removed = translate("formatting", "(supprimé)")  # outside the f-string, where lupdate reads it
            lines.append(f"{label} : {_value(key, old[key])} → {removed}")
    return lines


def field_label(field: str) -> str:
    return _field_labels().get(field, field)


def value_text(field: str, value) -> str:
    if isinstance(value, dt.date):
        return day(value)
    if field == "birth_country_code" and value == identity.FRANCE:
        return f"{value} (France)"
    return "" if value is None else str(value)


def size_text(size: int) -> str:
    if size < 1024:
        return translate("formatting", "%1 octets").replace("%1", str(size))
    return translate("formatting", "%1 Ko").replace("%1", f"{size / 1024:.0f}")


def database_label(url) -> str:
    """« SQLite — /chemin/cyclades.db » or « PostgreSQL — utilisateur@hôte:5432/base » (no password)."""
    if url.backend == "sqlite":
        return translate("formatting", "SQLite — %1").replace("%1", url.path)
    user = f"{url.user}@" if url.user else ""
    return translate("formatting", "PostgreSQL — %1").replace("%1", f"{user}{url.host}:{url.port}/{url.name}")
