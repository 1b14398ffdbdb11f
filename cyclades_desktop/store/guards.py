"""What the database guards itself, so that the portal or a script cannot break it either.

- a withdrawn inscription never changes status again; a set-aside one may only be withdrawn;
- audit events are never updated nor deleted;
- a published document version is never rewritten, only superseded;
- one current version per inscription and kind (a partial unique index);
- on PostgreSQL, each audit event records the database role that wrote it.
"""

SQLITE = [
    """CREATE TRIGGER IF NOT EXISTS inscription_status_forward
    BEFORE UPDATE OF status ON inscription
    WHEN OLD.status <> NEW.status
     AND (OLD.status = 'withdrawn' OR (OLD.status = 'set_aside' AND NEW.status <> 'withdrawn'))
    BEGIN SELECT RAISE(ABORT, 'cyclades: une candidature désinscrite ou écartée ne revient jamais en arrière'); END""",
    """CREATE TRIGGER IF NOT EXISTS audit_event_no_update BEFORE UPDATE ON audit_event
    BEGIN SELECT RAISE(ABORT, 'cyclades: le journal d''audit ne peut pas être modifié'); END""",
    """CREATE TRIGGER IF NOT EXISTS audit_event_no_delete BEFORE DELETE ON audit_event
    BEGIN SELECT RAISE(ABORT, 'cyclades: le journal d''audit ne peut pas être effacé'); END""",
    """CREATE TRIGGER IF NOT EXISTS document_never_rewritten BEFORE UPDATE ON document
    WHEN NEW.inscription_id IS NOT OLD.inscription_id OR NEW.kind IS NOT OLD.kind
      OR NEW.version IS NOT OLD.version OR NEW.sha256 IS NOT OLD.sha256
      OR NEW.verification_code IS NOT OLD.verification_code OR NEW.input_hash IS NOT OLD.input_hash
      OR NEW.size IS NOT OLD.size OR NEW.published_at IS NOT OLD.published_at
      OR NEW.published_by IS NOT OLD.published_by OR (NEW.is_current AND NOT OLD.is_current)
    BEGIN SELECT RAISE(ABORT, 'cyclades: un document publié ne peut pas être réécrit'); END""",
    """CREATE TRIGGER IF NOT EXISTS document_content_never_rewritten BEFORE UPDATE ON document_content
    BEGIN SELECT RAISE(ABORT, 'cyclades: un document publié ne peut pas être réécrit'); END""",
    """CREATE UNIQUE INDEX IF NOT EXISTS document_one_current
    ON document (inscription_id, kind) WHERE is_current""",
    # substring search: a trigram index kept in step with the candidate table by triggers
    """CREATE VIRTUAL TABLE IF NOT EXISTS candidate_fts USING fts5(
        search_text, content='candidate', content_rowid='id', tokenize='trigram')""",
    """CREATE TRIGGER IF NOT EXISTS candidate_fts_ai AFTER INSERT ON candidate BEGIN
        INSERT INTO candidate_fts(rowid, search_text) VALUES (new.id, new.search_text); END""",
    """CREATE TRIGGER IF NOT EXISTS candidate_fts_ad AFTER DELETE ON candidate BEGIN
        INSERT INTO candidate_fts(candidate_fts, rowid, search_text) VALUES ('delete', old.id, old.search_text); END""",
    """CREATE TRIGGER IF NOT EXISTS candidate_fts_au AFTER UPDATE OF search_text ON candidate BEGIN
        INSERT INTO candidate_fts(candidate_fts, rowid, search_text) VALUES ('delete', old.id, old.search_text);
        INSERT INTO candidate_fts(rowid, search_text) VALUES (new.id, new.search_text); END""",
    # misspelled names and parts of names: the vocabularies of distinct name keys and of
    # distinct first-name keys, small enough to search by trigrams (domain/search.py)
    "CREATE TABLE IF NOT EXISTS name_vocab (key TEXT PRIMARY KEY)",
    """CREATE VIRTUAL TABLE IF NOT EXISTS name_vocab_fts USING fts5(
        key, content='name_vocab', content_rowid='rowid', tokenize='trigram')""",
    """CREATE TRIGGER IF NOT EXISTS name_vocab_ai AFTER INSERT ON name_vocab BEGIN
        INSERT INTO name_vocab_fts(rowid, key) VALUES (new.rowid, new.key); END""",
    # how many names hold each trigram: a misspelling is looked for by its rarest ones
    "CREATE VIRTUAL TABLE IF NOT EXISTS name_vocab_terms USING fts5vocab(name_vocab_fts, 'row')",
    "CREATE TABLE IF NOT EXISTS first_vocab (key TEXT PRIMARY KEY)",
    """CREATE VIRTUAL TABLE IF NOT EXISTS first_vocab_fts USING fts5(
        key, content='first_vocab', content_rowid='rowid', tokenize='trigram')""",
    """CREATE TRIGGER IF NOT EXISTS first_vocab_ai AFTER INSERT ON first_vocab BEGIN
        INSERT INTO first_vocab_fts(rowid, key) VALUES (new.rowid, new.key); END""",
    """CREATE TRIGGER IF NOT EXISTS candidate_vocab_ai AFTER INSERT ON candidate BEGIN
        INSERT OR IGNORE INTO name_vocab(key) VALUES (new.name_key), (new.birth_name_key);
        INSERT OR IGNORE INTO first_vocab(key) VALUES (new.first_key); END""",
    """CREATE TRIGGER IF NOT EXISTS candidate_vocab_au AFTER UPDATE OF name_key, birth_name_key, first_key
    ON candidate BEGIN
        INSERT OR IGNORE INTO name_vocab(key) VALUES (new.name_key), (new.birth_name_key);
        INSERT OR IGNORE INTO first_vocab(key) VALUES (new.first_key); END""",
    # the few whose birth name hides behind a usage name: by birth name, and in display order
    """CREATE INDEX IF NOT EXISTS candidate_hidden_birth
    ON candidate (birth_name_key) WHERE birth_name_key <> name_key""",
    """CREATE INDEX IF NOT EXISTS candidate_hidden_birth_order
    ON candidate (name_key, first_key, id, birth_name_key) WHERE birth_name_key <> name_key""",
    # a birth date with a name: by first name, and by a birth name hidden behind a usage name
    """CREATE INDEX IF NOT EXISTS candidate_birth_date_first_key ON candidate (birth_date, first_key)""",
    """CREATE INDEX IF NOT EXISTS candidate_birth_date_hidden_birth
    ON candidate (birth_date, birth_name_key) WHERE birth_name_key <> name_key""",
]

POSTGRES = [
    "CREATE EXTENSION IF NOT EXISTS pg_trgm",
    """CREATE OR REPLACE FUNCTION cyclades_inscription_status_forward() RETURNS trigger
    LANGUAGE plpgsql AS $$
    BEGIN
      IF OLD.status <> NEW.status AND (OLD.status = 'withdrawn'
         OR (OLD.status = 'set_aside' AND NEW.status <> 'withdrawn')) THEN
        RAISE EXCEPTION 'cyclades: une candidature désinscrite ou écartée ne revient jamais en arrière'
          USING ERRCODE = 'check_violation';
      END IF;
      RETURN NEW;
    END $$""",
    "DROP TRIGGER IF EXISTS inscription_status_forward ON inscription",
    """CREATE TRIGGER inscription_status_forward BEFORE UPDATE OF status ON inscription
    FOR EACH ROW EXECUTE FUNCTION cyclades_inscription_status_forward()""",
    """CREATE OR REPLACE FUNCTION cyclades_audit_append_only() RETURNS trigger
    LANGUAGE plpgsql AS $$
    BEGIN
      RAISE EXCEPTION 'cyclades: le journal d''audit ne peut être ni modifié ni effacé'
        USING ERRCODE = 'insufficient_privilege';
    END $$""",
    "DROP TRIGGER IF EXISTS audit_event_append_only ON audit_event",
    """CREATE TRIGGER audit_event_append_only BEFORE UPDATE OR DELETE ON audit_event
    FOR EACH ROW EXECUTE FUNCTION cyclades_audit_append_only()""",
    "DROP TRIGGER IF EXISTS audit_event_no_truncate ON audit_event",
    """CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON audit_event
    FOR EACH STATEMENT EXECUTE FUNCTION cyclades_audit_append_only()""",
    """CREATE OR REPLACE FUNCTION cyclades_audit_db_role() RETURNS trigger
    LANGUAGE plpgsql AS $$
    BEGIN
      NEW.db_role := session_user;
      RETURN NEW;
    END $$""",
    "DROP TRIGGER IF EXISTS audit_event_db_role ON audit_event",
    """CREATE TRIGGER audit_event_db_role BEFORE INSERT ON audit_event
    FOR EACH ROW EXECUTE FUNCTION cyclades_audit_db_role()""",
    """CREATE OR REPLACE FUNCTION cyclades_document_never_rewritten() RETURNS trigger
    LANGUAGE plpgsql AS $$
    BEGIN
      IF NEW.inscription_id IS DISTINCT FROM OLD.inscription_id OR NEW.kind IS DISTINCT FROM OLD.kind
         OR NEW.version IS DISTINCT FROM OLD.version OR NEW.sha256 IS DISTINCT FROM OLD.sha256
         OR NEW.verification_code IS DISTINCT FROM OLD.verification_code
         OR NEW.input_hash IS DISTINCT FROM OLD.input_hash OR NEW.size IS DISTINCT FROM OLD.size
         OR NEW.published_at IS DISTINCT FROM OLD.published_at
         OR NEW.published_by IS DISTINCT FROM OLD.published_by
         OR (NEW.is_current AND NOT OLD.is_current) THEN
        RAISE EXCEPTION 'cyclades: un document publié ne peut pas être réécrit'
          USING ERRCODE = 'check_violation';
      END IF;
      RETURN NEW;
    END $$""",
    "DROP TRIGGER IF EXISTS document_never_rewritten ON document",
    """CREATE TRIGGER document_never_rewritten BEFORE UPDATE ON document
    FOR EACH ROW EXECUTE FUNCTION cyclades_document_never_rewritten()""",
    """CREATE OR REPLACE FUNCTION cyclades_document_content_never_rewritten() RETURNS trigger
    LANGUAGE plpgsql AS $$
    BEGIN
      RAISE EXCEPTION 'cyclades: un document publié ne peut pas être réécrit' USING ERRCODE = 'check_violation';
    END $$""",
    "DROP TRIGGER IF EXISTS document_content_never_rewritten ON document_content",
    """CREATE TRIGGER document_content_never_rewritten BEFORE UPDATE ON document_content
    FOR EACH ROW EXECUTE FUNCTION cyclades_document_content_never_rewritten()""",
    """CREATE UNIQUE INDEX IF NOT EXISTS document_one_current
    ON document (inscription_id, kind) WHERE is_current""",
    """CREATE INDEX IF NOT EXISTS candidate_search_trgm
    ON candidate USING gin (search_text gin_trgm_ops)""",
    "CREATE TABLE IF NOT EXISTS name_vocab (key TEXT PRIMARY KEY)",
    "CREATE INDEX IF NOT EXISTS name_vocab_trgm ON name_vocab USING gin (key gin_trgm_ops)",
    # parts of first names (domain/search.py), as name_vocab for names
    "CREATE TABLE IF NOT EXISTS first_vocab (key TEXT PRIMARY KEY)",
    "CREATE INDEX IF NOT EXISTS first_vocab_trgm ON first_vocab USING gin (key gin_trgm_ops)",
    """CREATE OR REPLACE FUNCTION cyclades_name_vocab() RETURNS trigger
    LANGUAGE plpgsql AS $$
    BEGIN
      INSERT INTO name_vocab(key) VALUES (NEW.name_key), (NEW.birth_name_key) ON CONFLICT DO NOTHING;
      INSERT INTO first_vocab(key) VALUES (NEW.first_key) ON CONFLICT DO NOTHING;
      RETURN NEW;
    END $$""",
    "DROP TRIGGER IF EXISTS candidate_vocab ON candidate",
    """CREATE TRIGGER candidate_vocab AFTER INSERT OR UPDATE OF name_key, birth_name_key, first_key ON candidate
    FOR EACH ROW EXECUTE FUNCTION cyclades_name_vocab()""",
    # the few whose birth name hides behind a usage name, by birth name (not also in display order
    # as on SQLite: the planner then walks that index even to find a few hundred of them)
    """CREATE INDEX IF NOT EXISTS candidate_hidden_birth
    ON candidate (birth_name_key) WHERE birth_name_key <> name_key""",
    "DROP INDEX IF EXISTS candidate_hidden_birth_order",
    # a national list has some 30,000 distinct names: the default sample sees 3,000 and the
    # planner, expecting ten times too many rows per name, walks the display order instead
    "ALTER TABLE candidate ALTER COLUMN name_key SET STATISTICS 1000",
    "ALTER TABLE candidate ALTER COLUMN birth_name_key SET STATISTICS 1000",
    "ALTER TABLE candidate ALTER COLUMN first_key SET STATISTICS 1000",
    # a birth date with a name: by first name, and by a birth name hidden behind a usage name
    """CREATE INDEX IF NOT EXISTS candidate_birth_date_first_key ON candidate (birth_date, first_key)""",
    """CREATE INDEX IF NOT EXISTS candidate_birth_date_hidden_birth
    ON candidate (birth_date, birth_name_key) WHERE birth_name_key <> name_key""",
]


# Schema 2 (migrations/m0002_roles_and_chain.py) --------------------------------------------
# - the identity lock, once set by the first inscription, is never lifted nor moved;
# - on PostgreSQL, an audit event is accepted only if it follows the chain head (whoever
#   writes it, locked or not: no fork), the head follows the last event by itself, and the
#   head can only move forward to an event that exists (never back, never to a forged hash).

SQLITE_2 = [
    """CREATE TRIGGER IF NOT EXISTS candidate_identity_lock_kept BEFORE UPDATE OF identity_locked_at ON candidate
    WHEN OLD.identity_locked_at IS NOT NULL AND NEW.identity_locked_at IS NOT OLD.identity_locked_at
    BEGIN SELECT RAISE(ABORT, 'cyclades: le verrou d''identité posé par la première inscription ne se lève jamais'); END""",
]

POSTGRES_2 = [
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
    # SECURITY DEFINER: the checks must see the whole head and journal whatever the writer may read
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
]
