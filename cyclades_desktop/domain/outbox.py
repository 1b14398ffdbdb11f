"""E-mails to candidates, queued in the outbox table inside the change's transaction.

The portal's mailer sends them; we never send mail from a workstation.
"""

from __future__ import annotations

from cyclades_desktop.domain import clock
from cyclades_desktop.store.models import OutboxMessage

SIGNATURE = "\n\n— Le service des examens\n(message automatique, merci de ne pas y répondre)"


def queue(to_address: str, template: str, subject: str, body: str, candidate_id=None) -> OutboxMessage:
    return OutboxMessage.create(
        created_at=clock.now(),
        candidate_id=candidate_id,
        to_address=to_address,
        template=template,
        subject=subject,
        body=body + SIGNATURE,
    )


def queue_many(messages: list[tuple]) -> None:
    """Queue (to_address, template, subject, body, candidate_id) e-mails in one INSERT: a batch
    queues a chunk's at once."""
    if not messages:
        return
    now = clock.now()
    OutboxMessage.insert_many(
        [
            (now, candidate_id, to, template, subject, body + SIGNATURE)
            for to, template, subject, body, candidate_id in messages
        ],
        fields=[
            OutboxMessage.created_at,
            OutboxMessage.candidate_id,
            OutboxMessage.to_address,
            OutboxMessage.template,
            OutboxMessage.subject,
            OutboxMessage.body,
        ],
    ).as_rowcount().execute()


def pending(limit: int = 100) -> list[OutboxMessage]:
    return list(
        OutboxMessage.select().where(OutboxMessage.sent_at.is_null()).order_by(OutboxMessage.id).limit(limit)
    )


def for_candidate(candidate_id: int) -> list[OutboxMessage]:
    return list(
        OutboxMessage.select().where(OutboxMessage.candidate_id == candidate_id).order_by(OutboxMessage.id)
    )
