"""Schema 1: every table, the counters, the audit chain head and the database guards."""

from cyclades_desktop.store import db as store_db
from cyclades_desktop.store import guards
from cyclades_desktop.store import models as m

GENESIS_HASH = "0" * 64


def up(database):
    database.create_tables(m.ALL_MODELS, safe=True)
    for name in ("candidate", "inscription"):
        m.Counter.insert(name=name, value=0).on_conflict_ignore().execute()
    m.AuditHead.insert(id=1, last_id=0, last_hash=GENESIS_HASH).on_conflict_ignore().execute()
    statements = guards.POSTGRES if store_db.is_postgres() else guards.SQLITE
    for sql in statements:
        database.execute_sql(sql)
