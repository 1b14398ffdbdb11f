"""Schema 2: each staff account's PostgreSQL role, the identity lock kept, the audit chain guarded.

- `staff_user.db_role`: the LOGIN role of the staff member on PostgreSQL (filled by the trigger
  that `cyclades-admin pg-setup` installs; NULL on SQLite and before pg-setup). The model does
  not declare it: only store/postgres_roles.py reads it, through SQL.
- guards.SQLITE_2 / POSTGRES_2 (see store/guards.py).

Idempotent: the column is added only if missing, every statement checks what exists.
"""

from cyclades_desktop.store import db as store_db
from cyclades_desktop.store import guards


def up(database):
    if "db_role" not in {c.name for c in database.get_columns("staff_user")}:
        database.execute_sql("ALTER TABLE staff_user ADD COLUMN db_role VARCHAR(63)")
    database.execute_sql("CREATE UNIQUE INDEX IF NOT EXISTS staff_user_db_role ON staff_user (db_role)")
    for sql in guards.POSTGRES_2 if store_db.is_postgres() else guards.SQLITE_2:
        database.execute_sql(sql)
