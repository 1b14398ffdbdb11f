"""Schema 2: each staff account's PostgreSQL role, the identity lock kept, the audit chain guarded.

A fixed record of the step as released (release 1, commit 120c476), never edited again
(tests/domain/test_schema_history.py checks this file's SHA-256).

- `staff_user.db_role`: the LOGIN role of the staff member on PostgreSQL (filled by the trigger
  that `cyclades-admin pg-setup` installs; NULL on SQLite and before pg-setup). The model does
  not declare it: only store/postgres_roles.py reads it, through SQL.
- the identity lock, once set by the first inscription, is never lifted nor moved;
- on PostgreSQL, an audit event is accepted only if it follows the chain head (whoever writes
  it, locked or not: no fork), the head follows the last event by itself, and the head can only
  move forward to an event that exists (never back, never to a forged hash).

Idempotent: the column is added only if missing, every statement checks what exists.
"""

ADD_DB_ROLE = "ALTER TABLE staff_user ADD COLUMN db_role VARCHAR(63)"

SQLITE = (
    "CREATE UNIQUE INDEX IF NOT EXISTS staff_user_db_role ON staff_user (db_role)",
    """CREATE TRIGGER IF NOT EXISTS candidate_identity_lock_kept BEFORE UPDATE OF identity_locked_at ON candidate
    WHEN OLD.identity_locked_at IS NOT NULL AND NEW.identity_locked_at IS NOT OLD.identity_locked_at
    BEGIN SELECT RAISE(ABORT, 'cyclades: le verrou d''identité posé par la première inscription ne se lève jamais'); END""",
)

POSTGRES = (
    "CREATE UNIQUE INDEX IF NOT EXISTS staff_user_db_role ON staff_user (db_role)",
    """CREATE OR REPLACE FUNCTION cyclades_identity_lock_kept() RETURNS trigger
    LANGUAGE plpgsql AS $$
    BEGIN
      IF OLD.identity_locked_at IS NOT NULL AND NEW.identity_locked_at IS DISTINCT FROM OLD.identity_locked_at THEN
        RAISE EXCEPTION 'cyclades: le verrou d''identité posé par la première inscription ne se lève jamais'
          USING ERRCODE = 'check_violation';
      END IF;
      RETURN NEW;
    END $$""",
    "DROP TRIGGER IF EXISTS candidate_identity_lock_kept ON candidate",
    """CREATE TRIGGER candidate_identity_lock_kept BEFORE UPDATE OF identity_locked_at ON candidate
    FOR EACH ROW EXECUTE FUNCTION cyclades_identity_lock_kept()""",
    """CREATE OR REPLACE FUNCTION cyclades_audit_chain() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
    DECLARE
      head_id bigint;
      head_hash text;
    BEGIN
      SELECT last_id, last_hash INTO head_id, head_hash FROM audit_head WHERE id = 1 FOR UPDATE;
      IF NEW.id IS DISTINCT FROM head_id + 1 OR NEW.prev_hash IS DISTINCT FROM head_hash THEN
        RAISE EXCEPTION USING ERRCODE = 'check_violation', MESSAGE = 'cyclades: l''événement n° ' || NEW.id
          || ' ne suit pas la tête du journal (n° ' || head_id || ') : le chaînage serait rompu';
      END IF;
      RETURN NEW;
    END $$""",
    "DROP TRIGGER IF EXISTS audit_event_chain ON audit_event",
    """CREATE TRIGGER audit_event_chain BEFORE INSERT ON audit_event
    FOR EACH ROW EXECUTE FUNCTION cyclades_audit_chain()""",
    """CREATE OR REPLACE FUNCTION cyclades_audit_head_follows() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
    BEGIN
      UPDATE audit_head SET last_id = NEW.id, last_hash = NEW.hash WHERE id = 1;
      RETURN NULL;
    END $$""",
    "DROP TRIGGER IF EXISTS audit_event_head_follows ON audit_event",
    """CREATE TRIGGER audit_event_head_follows AFTER INSERT ON audit_event
    FOR EACH ROW EXECUTE FUNCTION cyclades_audit_head_follows()""",
    """CREATE OR REPLACE FUNCTION cyclades_audit_head_guard() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
    BEGIN
      IF TG_OP = 'DELETE' OR NEW.id IS DISTINCT FROM OLD.id OR NEW.last_id < OLD.last_id
         OR NOT EXISTS (SELECT 1 FROM audit_event WHERE id = NEW.last_id AND hash = NEW.last_hash) THEN
        RAISE EXCEPTION 'cyclades: la tête du journal ne fait que suivre le dernier événement'
          USING ERRCODE = 'insufficient_privilege';
      END IF;
      RETURN NEW;
    END $$""",
    "DROP TRIGGER IF EXISTS audit_head_guard ON audit_head",
    """CREATE TRIGGER audit_head_guard BEFORE UPDATE OR DELETE ON audit_head
    FOR EACH ROW EXECUTE FUNCTION cyclades_audit_head_guard()""",
)


def up(database):
    from cyclades_desktop.store import db as store_db

    if store_db.is_postgres():
        missing = not database.execute_sql(
            "SELECT 1 FROM information_schema.columns WHERE table_schema = current_schema() "
            "AND table_name = 'staff_user' AND column_name = 'db_role'"
        ).fetchone()
    else:
        missing = not database.execute_sql(
            "SELECT 1 FROM pragma_table_info('staff_user') WHERE name = 'db_role'"
        ).fetchone()
    if missing:
        database.execute_sql(ADD_DB_ROLE)
    for sql in POSTGRES if store_db.is_postgres() else SQLITE:
        database.execute_sql(sql)
