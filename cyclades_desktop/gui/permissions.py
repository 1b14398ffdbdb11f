"""Actions a role may not take stay visible but disabled, with the reason as tooltip."""

from __future__ import annotations

from cyclades_desktop.domain import roles
from cyclades_desktop.domain.roles import Permission


def guard(
    target, session, permission: Permission, *, allowed_tip: str = "", blocked_reason: str = ""
) -> bool:
    """Enable `target` (a widget or QAction) if the role allows it and nothing else blocks it.

    The tooltip says why not: the role (roles.why_not) first, then `blocked_reason` (a state
    of the record, e.g. « déjà désinscrite »). Returns whether it is enabled.
    """
    if not session.can(permission):
        reason = roles.why_not(permission)
    else:
        reason = blocked_reason
    enabled = not reason
    target.setEnabled(enabled)
    tip = allowed_tip if enabled else reason
    target.setToolTip(tip)
    if hasattr(target, "setStatusTip"):
        target.setStatusTip(tip)
    target.setProperty("blocked_reason", reason)
    return enabled
