"""« Gestion »: session set-up and staff administration for exam-office managers (issue 5).

`install(window)` adds the « Gestion » menu to the main window. Each entry opens its screen
as a tab (one tab per screen); for a role that may not, the entry stays visible but disabled,
with the reason as tooltip (roles.why_not), and `open_page` refuses to open it anyway.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from cyclades_desktop.domain.roles import Permission
from cyclades_desktop.gui import resources
from cyclades_desktop.gui.permissions import guard

translate = QCoreApplication.translate


@dataclass(frozen=True)
class Entry:
    key: str
    label: str
    tip: str
    icon: str
    permission: Permission
    target: str  # module:class under cyclades_desktop.gui.admin
    separator_before: bool = False


def entries() -> tuple[Entry, ...]:
    # translate("admin", "…") written out in full: lupdate reads no alias of it
    return (
        Entry(
            "academies",
            translate("admin", "&Académies et services des examens"),
            translate("admin", "Nom de l'académie, adresse, e-mail et téléphone du service des examens"),
            "info",
            Permission.MANAGE_SESSIONS,
            "academies:AcademiesPage",
        ),
        Entry(
            "exams",
            translate("admin", "&Examens et concours"),
            translate("admin", "Catalogue : séries, spécialités, options, langues, pièces justificatives"),
            "document",
            Permission.MANAGE_SESSIONS,
            "exams:ExamsPage",
        ),
        Entry(
            "sessions",
            translate("admin", "&Sessions, calendriers et épreuves"),
            translate("admin", "Ouverture des services de chaque session et ses épreuves"),
            "tab-inscriptions",
            Permission.MANAGE_SESSIONS,
            "sessions:SessionsPage",
        ),
        Entry(
            "centres",
            translate("admin", "&Centres d'examen"),
            translate("admin", "Établissements d'accueil et leur capacité"),
            "folder",
            Permission.MANAGE_SESSIONS,
            "centres:CentresPage",
        ),
        Entry(
            "assignment",
            translate("admin", "&Affectation des centres"),
            translate("admin", "Répartir les candidats d'une session entre les centres"),
            "candidate",
            Permission.MANAGE_SESSIONS,
            "assignment:AssignmentPage",
            separator_before=True,
        ),
        Entry(
            "supporting",
            translate("admin", "&Pièces justificatives reçues"),
            translate("admin", "Cocher les pièces reçues ; candidatures incomplètes"),
            "tab-documents",
            Permission.MANAGE_SESSIONS,
            "supporting:SupportingPage",
        ),
        Entry(
            "lists",
            translate("admin", "&Listes et exports"),
            translate("admin", "Candidats, pièces manquantes, aménagements par centre ; export CSV"),
            "save",
            Permission.MANAGE_SESSIONS,
            "lists:ListsPage",
        ),
        Entry(
            "staff",
            translate("admin", "Comptes du &personnel"),
            translate("admin", "Créer, désactiver, changer le rôle, réinitialiser le mot de passe"),
            "switch-user",
            Permission.MANAGE_STAFF,
            "staff:StaffPage",
            separator_before=True,
        ),
        Entry(
            "journal",
            translate("admin", "&Journal d'audit"),
            translate("admin", "Qui a changé quoi, quand ; export CSV et vérification de l'intégrité"),
            "tab-history",
            Permission.VIEW_AUDIT,
            "journal:JournalPage",
        ),
    )


def action_name(key: str) -> str:
    return "actionAdmin" + "".join(part.title() for part in key.split("_"))


def install(window) -> QMenu:
    """Add the « Gestion » menu (before « Outils ») and let its screens' tabs be closed."""
    session = window.session
    menu = QMenu(translate("admin", "&Gestion"), window)
    menu.setObjectName("menuAdmin")
    menu.setToolTipsVisible(True)  # the reason a disabled entry is refused
    tools = getattr(window.ui, "menuTools", None)
    if tools is not None:
        window.menuBar().insertMenu(tools.menuAction(), menu)
    else:
        window.menuBar().addMenu(menu)
    for entry in entries():
        if entry.separator_before:
            menu.addSeparator()
        action = QAction(resources.icon(entry.icon), entry.label + "…", window)
        action.setObjectName(action_name(entry.key))
        guard(action, session, entry.permission, allowed_tip=entry.tip)
        action.triggered.connect(lambda _checked=False, key=entry.key: open_page(window, key))
        menu.addAction(action)
    window.ui.tabs.tabCloseRequested.connect(lambda index: close_page(window, index))
    return menu


def pages(window) -> list:
    from cyclades_desktop.gui.admin.common import AdminPage

    tabs = window.ui.tabs
    return [tabs.widget(i) for i in range(tabs.count()) if isinstance(tabs.widget(i), AdminPage)]


def open_page(window, key: str):
    """Show the screen `key` (opened once, then brought forward); None if the role may not."""
    entry = next(e for e in entries() if e.key == key)
    if not window.session.can(entry.permission) or getattr(window, "locked", False):
        return None
    for page in pages(window):
        if page.key == key:
            window.ui.tabs.setCurrentWidget(page)
            return page
    module_name, class_name = entry.target.split(":")
    cls = getattr(importlib.import_module(f"{__name__}.{module_name}"), class_name)
    page = cls(window.context, window)
    index = window.ui.tabs.addTab(page, resources.icon(entry.icon), page.title())
    window.ui.tabs.setTabToolTip(index, entry.tip)
    page.status_message.connect(lambda text: window.statusBar().showMessage(text, 10_000))
    window.ui.tabs.setCurrentIndex(index)
    return page


def close_page(window, index: int) -> None:
    from cyclades_desktop.gui.admin.common import AdminPage

    widget = window.ui.tabs.widget(index)
    if isinstance(widget, AdminPage):
        window.ui.tabs.removeTab(index)
        widget.deleteLater()
