"""Schema 1: every table, the counters, the audit chain head and the database guards.

A fixed record of the step as released (release 1, commit 120c476): the statements below are the
ones that release sent, written out once, and never edited again (tests/domain/test_schema_history.py
checks this file's SHA-256). Nothing here reads store/models.py: a change of the models is a new step.

What the guards hold, whoever writes (the portal, a script, psql):
- a withdrawn inscription never changes status again; a set-aside one may only be withdrawn;
- audit events are never updated nor deleted;
- a published document version is never rewritten, only superseded;
- one current version per inscription and kind (a partial unique index);
- on PostgreSQL, each audit event records the database role that wrote it;
- search: an FTS5 trigram index over candidate.search_text (SQLite) or a pg_trgm GIN index
  (PostgreSQL); the vocabularies of distinct name keys and first-name keys filled by triggers on
  candidate; partial indexes for the birth names hidden behind a usage name.

Idempotent: every statement checks what exists (IF NOT EXISTS, OR IGNORE, CREATE OR REPLACE,
DROP … IF EXISTS before CREATE TRIGGER), so a replayed step changes nothing.
"""

GENESIS_HASH = "0" * 64

SQLITE = (
    (
        'CREATE TABLE IF NOT EXISTS "academy" ('
        '"id" INTEGER NOT NULL PRIMARY KEY, '
        '"code" VARCHAR(20) NOT NULL, '
        '"name" VARCHAR(120) NOT NULL, '
        '"office_name" VARCHAR(200) NOT NULL, '
        '"office_address" TEXT NOT NULL, '
        '"office_email" VARCHAR(254) NOT NULL, '
        '"office_phone" VARCHAR(30) NOT NULL, '
        '"departments" TEXT NOT NULL, '
        '"version" INTEGER NOT NULL)'
    ),
    'CREATE UNIQUE INDEX IF NOT EXISTS "academy_code" ON "academy" ("code")',
    (
        'CREATE TABLE IF NOT EXISTS "candidate" ('
        '"id" INTEGER NOT NULL PRIMARY KEY, '
        '"email" VARCHAR(254), '
        '"email_key" VARCHAR(254), '
        '"password_hash" VARCHAR(200), '
        '"created_at" DATETIME NOT NULL, '
        '"activated_at" DATETIME, '
        '"last_used_at" DATETIME, '
        '"academy_id" INTEGER, '
        '"candidate_number" VARCHAR(12), '
        '"identity_locked_at" DATETIME, '
        '"civility" VARCHAR(4) NOT NULL, '
        '"birth_name" VARCHAR(100) NOT NULL, '
        '"usage_name" VARCHAR(100) NOT NULL, '
        '"first_names" VARCHAR(150) NOT NULL, '
        '"birth_date" DATE NOT NULL, '
        '"birth_country_code" VARCHAR(5) NOT NULL, '
        '"birth_commune_code" VARCHAR(5) NOT NULL, '
        '"birth_place" VARCHAR(120) NOT NULL, '
        '"nationality" VARCHAR(60) NOT NULL, '
        '"address" VARCHAR(250) NOT NULL, '
        '"postcode" VARCHAR(10) NOT NULL, '
        '"city" VARCHAR(100) NOT NULL, '
        '"country" VARCHAR(60) NOT NULL, '
        '"phone" VARCHAR(30) NOT NULL, '
        '"ine" VARCHAR(11), '
        '"father_name" VARCHAR(150) NOT NULL, '
        '"mother_name" VARCHAR(150) NOT NULL, '
        '"name_key" VARCHAR(120) NOT NULL, '
        '"birth_name_key" VARCHAR(120) NOT NULL, '
        '"first_key" VARCHAR(150) NOT NULL, '
        '"name_phonetic" VARCHAR(40) NOT NULL, '
        '"search_text" VARCHAR(400) NOT NULL, '
        '"version" INTEGER NOT NULL, '
        '"updated_at" DATETIME, '
        '"updated_by" VARCHAR(120) NOT NULL, '
        'FOREIGN KEY ("academy_id") REFERENCES "academy" ("id") ON DELETE RESTRICT)'
    ),
    'CREATE UNIQUE INDEX IF NOT EXISTS "candidate_email_key" ON "candidate" ("email_key")',
    'CREATE INDEX IF NOT EXISTS "candidate_academy_id" ON "candidate" ("academy_id")',
    'CREATE UNIQUE INDEX IF NOT EXISTS "candidate_candidate_number" ON "candidate" ("candidate_number")',
    'CREATE INDEX IF NOT EXISTS "candidate_name_key_first_key_id" ON "candidate" ("name_key", "first_key", "id")',
    'CREATE INDEX IF NOT EXISTS "candidate_birth_name_key_first_key_id" ON "candidate" ("birth_name_key", "first_key", "id")',
    'CREATE INDEX IF NOT EXISTS "candidate_first_key_name_key_id" ON "candidate" ("first_key", "name_key", "id")',
    'CREATE INDEX IF NOT EXISTS "candidate_name_phonetic_name_key_first_key_id" ON "candidate" ("name_phonetic", "name_key", "first_key", "id")',
    'CREATE INDEX IF NOT EXISTS "candidate_birth_date_name_key" ON "candidate" ("birth_date", "name_key")',
    'CREATE INDEX IF NOT EXISTS "candidate_ine" ON "candidate" ("ine")',
    'CREATE INDEX IF NOT EXISTS "candidate_created_at" ON "candidate" ("created_at")',
    'CREATE INDEX IF NOT EXISTS "candidate_last_used_at" ON "candidate" ("last_used_at")',
    (
        'CREATE TABLE IF NOT EXISTS "exam" ('
        '"id" INTEGER NOT NULL PRIMARY KEY, '
        '"code" VARCHAR(20) NOT NULL, '
        '"name" VARCHAR(200) NOT NULL, '
        '"kind" VARCHAR(10) NOT NULL, '
        '"level" VARCHAR(60) NOT NULL, '
        '"series" TEXT NOT NULL, '
        '"specialities" TEXT NOT NULL, '
        '"options" TEXT NOT NULL, '
        '"languages" TEXT NOT NULL, '
        '"specialities_required" INTEGER NOT NULL, '
        '"version" INTEGER NOT NULL)'
    ),
    'CREATE UNIQUE INDEX IF NOT EXISTS "exam_code" ON "exam" ("code")',
    (
        'CREATE TABLE IF NOT EXISTS "exam_session" ('
        '"id" INTEGER NOT NULL PRIMARY KEY, '
        '"exam_id" INTEGER NOT NULL, '
        '"academy_id" INTEGER NOT NULL, '
        '"label" VARCHAR(120) NOT NULL, '
        '"year" INTEGER NOT NULL, '
        '"version" INTEGER NOT NULL, '
        'FOREIGN KEY ("exam_id") REFERENCES "exam" ("id") ON DELETE RESTRICT, '
        'FOREIGN KEY ("academy_id") REFERENCES "academy" ("id") ON DELETE RESTRICT)'
    ),
    'CREATE INDEX IF NOT EXISTS "exam_session_exam_id" ON "exam_session" ("exam_id")',
    'CREATE INDEX IF NOT EXISTS "exam_session_academy_id" ON "exam_session" ("academy_id")',
    'CREATE UNIQUE INDEX IF NOT EXISTS "exam_session_exam_id_academy_id_year_label" ON "exam_session" ("exam_id", "academy_id", "year", "label")',
    (
        'CREATE TABLE IF NOT EXISTS "centre" ('
        '"id" INTEGER NOT NULL PRIMARY KEY, '
        '"academy_id" INTEGER NOT NULL, '
        '"uai" VARCHAR(8) NOT NULL, '
        '"name" VARCHAR(200) NOT NULL, '
        '"address" TEXT NOT NULL, '
        '"city" VARCHAR(100) NOT NULL, '
        '"department" VARCHAR(3) NOT NULL, '
        '"capacity" INTEGER NOT NULL, '
        '"version" INTEGER NOT NULL, '
        'FOREIGN KEY ("academy_id") REFERENCES "academy" ("id") ON DELETE RESTRICT)'
    ),
    'CREATE INDEX IF NOT EXISTS "centre_academy_id" ON "centre" ("academy_id")',
    'CREATE UNIQUE INDEX IF NOT EXISTS "centre_uai" ON "centre" ("uai")',
    (
        'CREATE TABLE IF NOT EXISTS "inscription" ('
        '"id" INTEGER NOT NULL PRIMARY KEY, '
        '"candidate_id" INTEGER NOT NULL, '
        '"session_id" INTEGER NOT NULL, '
        '"number" VARCHAR(16) NOT NULL, '
        '"channel" VARCHAR(15) NOT NULL, '
        '"establishment_uai" VARCHAR(8) NOT NULL, '
        '"serie" VARCHAR(60) NOT NULL, '
        '"specialities" TEXT NOT NULL, '
        '"options" TEXT NOT NULL, '
        '"languages" TEXT NOT NULL, '
        '"status" VARCHAR(12) NOT NULL, '
        '"status_reason" TEXT NOT NULL, '
        '"status_changed_at" DATETIME, '
        '"status_changed_by" VARCHAR(120) NOT NULL, '
        '"centre_id" INTEGER, '
        '"room" VARCHAR(40) NOT NULL, '
        '"created_at" DATETIME NOT NULL, '
        '"updated_at" DATETIME NOT NULL, '
        '"updated_by" VARCHAR(120) NOT NULL, '
        '"version" INTEGER NOT NULL, '
        'FOREIGN KEY ("candidate_id") REFERENCES "candidate" ("id") ON DELETE RESTRICT, '
        'FOREIGN KEY ("session_id") REFERENCES "exam_session" ("id") ON DELETE RESTRICT, '
        'FOREIGN KEY ("centre_id") REFERENCES "centre" ("id") ON DELETE SET NULL)'
    ),
    'CREATE INDEX IF NOT EXISTS "inscription_candidate_id" ON "inscription" ("candidate_id")',
    'CREATE INDEX IF NOT EXISTS "inscription_session_id" ON "inscription" ("session_id")',
    'CREATE UNIQUE INDEX IF NOT EXISTS "inscription_number" ON "inscription" ("number")',
    'CREATE INDEX IF NOT EXISTS "inscription_centre_id" ON "inscription" ("centre_id")',
    'CREATE INDEX IF NOT EXISTS "inscription_candidate_id_session_id" ON "inscription" ("candidate_id", "session_id")',
    'CREATE INDEX IF NOT EXISTS "inscription_session_id_status" ON "inscription" ("session_id", "status")',
    'CREATE INDEX IF NOT EXISTS "inscription_session_id_centre_id" ON "inscription" ("session_id", "centre_id")',
    (
        'CREATE TABLE IF NOT EXISTS "accommodation" ('
        '"id" INTEGER NOT NULL PRIMARY KEY, '
        '"inscription_id" INTEGER NOT NULL, '
        '"kind" VARCHAR(30) NOT NULL, '
        '"detail" VARCHAR(300) NOT NULL, '
        '"separate_room" INTEGER NOT NULL, '
        '"granted_at" DATETIME NOT NULL, '
        '"granted_by" VARCHAR(120) NOT NULL, '
        'FOREIGN KEY ("inscription_id") REFERENCES "inscription" ("id") ON DELETE CASCADE)'
    ),
    'CREATE INDEX IF NOT EXISTS "accommodation_inscription_id" ON "accommodation" ("inscription_id")',
    (
        'CREATE TABLE IF NOT EXISTS "account_token" ('
        '"id" INTEGER NOT NULL PRIMARY KEY, '
        '"candidate_id" INTEGER NOT NULL, '
        '"purpose" VARCHAR(20) NOT NULL, '
        '"token_hash" VARCHAR(64) NOT NULL, '
        '"created_at" DATETIME NOT NULL, '
        '"expires_at" DATETIME NOT NULL, '
        '"used_at" DATETIME, '
        'FOREIGN KEY ("candidate_id") REFERENCES "candidate" ("id") ON DELETE CASCADE)'
    ),
    'CREATE INDEX IF NOT EXISTS "account_token_candidate_id" ON "account_token" ("candidate_id")',
    'CREATE UNIQUE INDEX IF NOT EXISTS "account_token_token_hash" ON "account_token" ("token_hash")',
    (
        'CREATE TABLE IF NOT EXISTS "audit_event" ('
        '"id" INTEGER NOT NULL PRIMARY KEY, '
        '"at" DATETIME NOT NULL, '
        '"actor_kind" VARCHAR(10) NOT NULL, '
        '"actor" VARCHAR(120) NOT NULL, '
        '"db_role" VARCHAR(64) NOT NULL, '
        '"action" VARCHAR(60) NOT NULL, '
        '"entity" VARCHAR(30) NOT NULL, '
        '"entity_id" INTEGER, '
        '"candidate_id" INTEGER, '
        '"old_values" TEXT, '
        '"new_values" TEXT, '
        '"reason" TEXT NOT NULL, '
        '"prev_hash" VARCHAR(64) NOT NULL, '
        '"hash" VARCHAR(64) NOT NULL)'
    ),
    'CREATE INDEX IF NOT EXISTS "audit_event_candidate_id_id" ON "audit_event" ("candidate_id", "id")',
    'CREATE INDEX IF NOT EXISTS "audit_event_actor_id" ON "audit_event" ("actor", "id")',
    'CREATE INDEX IF NOT EXISTS "audit_event_action_id" ON "audit_event" ("action", "id")',
    'CREATE INDEX IF NOT EXISTS "audit_event_at" ON "audit_event" ("at")',
    (
        'CREATE TABLE IF NOT EXISTS "audit_head" ('
        '"id" INTEGER NOT NULL PRIMARY KEY, '
        '"last_id" INTEGER NOT NULL, '
        '"last_hash" VARCHAR(64) NOT NULL)'
    ),
    (
        'CREATE TABLE IF NOT EXISTS "batch_run" ('
        '"id" INTEGER NOT NULL PRIMARY KEY, '
        '"kind" VARCHAR(25) NOT NULL, '
        '"session_id" INTEGER NOT NULL, '
        '"centre_id" INTEGER, '
        '"started_at" DATETIME NOT NULL, '
        '"started_by" VARCHAR(120) NOT NULL, '
        '"finished_at" DATETIME, '
        '"state" VARCHAR(12) NOT NULL, '
        '"total" INTEGER NOT NULL, '
        '"done" INTEGER NOT NULL, '
        'FOREIGN KEY ("session_id") REFERENCES "exam_session" ("id") ON DELETE CASCADE, '
        'FOREIGN KEY ("centre_id") REFERENCES "centre" ("id") ON DELETE SET NULL)'
    ),
    'CREATE INDEX IF NOT EXISTS "batch_run_session_id" ON "batch_run" ("session_id")',
    'CREATE INDEX IF NOT EXISTS "batch_run_centre_id" ON "batch_run" ("centre_id")',
    (
        'CREATE TABLE IF NOT EXISTS "counter" ('
        '"name" VARCHAR(40) NOT NULL PRIMARY KEY, '
        '"value" INTEGER NOT NULL)'
    ),
    (
        'CREATE TABLE IF NOT EXISTS "document" ('
        '"id" INTEGER NOT NULL PRIMARY KEY, '
        '"inscription_id" INTEGER NOT NULL, '
        '"kind" VARCHAR(25) NOT NULL, '
        '"version" INTEGER NOT NULL, '
        '"is_current" INTEGER NOT NULL, '
        '"verification_code" VARCHAR(20) NOT NULL, '
        '"sha256" VARCHAR(64) NOT NULL, '
        '"input_hash" VARCHAR(64) NOT NULL, '
        '"size" INTEGER NOT NULL, '
        '"published_at" DATETIME NOT NULL, '
        '"published_by" VARCHAR(120) NOT NULL, '
        'FOREIGN KEY ("inscription_id") REFERENCES "inscription" ("id") ON DELETE CASCADE)'
    ),
    'CREATE INDEX IF NOT EXISTS "document_inscription_id" ON "document" ("inscription_id")',
    'CREATE UNIQUE INDEX IF NOT EXISTS "document_verification_code" ON "document" ("verification_code")',
    'CREATE UNIQUE INDEX IF NOT EXISTS "document_inscription_id_kind_version" ON "document" ("inscription_id", "kind", "version")',
    (
        'CREATE TABLE IF NOT EXISTS "document_content" ('
        '"document_id" INTEGER NOT NULL PRIMARY KEY, '
        '"pdf" BLOB NOT NULL, '
        'FOREIGN KEY ("document_id") REFERENCES "document" ("id") ON DELETE CASCADE)'
    ),
    (
        'CREATE TABLE IF NOT EXISTS "paper" ('
        '"id" INTEGER NOT NULL PRIMARY KEY, '
        '"session_id" INTEGER NOT NULL, '
        '"code" VARCHAR(30) NOT NULL, '
        '"name" VARCHAR(200) NOT NULL, '
        '"starts_at" DATETIME NOT NULL, '
        '"duration_minutes" INTEGER NOT NULL, '
        '"coefficient" REAL NOT NULL, '
        '"version" INTEGER NOT NULL, '
        'FOREIGN KEY ("session_id") REFERENCES "exam_session" ("id") ON DELETE CASCADE)'
    ),
    'CREATE INDEX IF NOT EXISTS "paper_session_id" ON "paper" ("session_id")',
    'CREATE UNIQUE INDEX IF NOT EXISTS "paper_session_id_code" ON "paper" ("session_id", "code")',
    (
        'CREATE TABLE IF NOT EXISTS "mark" ('
        '"id" INTEGER NOT NULL PRIMARY KEY, '
        '"inscription_id" INTEGER NOT NULL, '
        '"paper_id" INTEGER NOT NULL, '
        '"score" DECIMAL(4, 2), '
        '"absent" INTEGER NOT NULL, '
        '"kept" INTEGER NOT NULL, '
        'FOREIGN KEY ("inscription_id") REFERENCES "inscription" ("id") ON DELETE CASCADE, '
        'FOREIGN KEY ("paper_id") REFERENCES "paper" ("id") ON DELETE RESTRICT)'
    ),
    'CREATE INDEX IF NOT EXISTS "mark_inscription_id" ON "mark" ("inscription_id")',
    'CREATE INDEX IF NOT EXISTS "mark_paper_id" ON "mark" ("paper_id")',
    'CREATE UNIQUE INDEX IF NOT EXISTS "mark_inscription_id_paper_id" ON "mark" ("inscription_id", "paper_id")',
    (
        'CREATE TABLE IF NOT EXISTS "outbox_message" ('
        '"id" INTEGER NOT NULL PRIMARY KEY, '
        '"created_at" DATETIME NOT NULL, '
        '"candidate_id" INTEGER, '
        '"to_address" VARCHAR(254) NOT NULL, '
        '"template" VARCHAR(40) NOT NULL, '
        '"subject" VARCHAR(200) NOT NULL, '
        '"body" TEXT NOT NULL, '
        '"sent_at" DATETIME)'
    ),
    'CREATE INDEX IF NOT EXISTS "outbox_message_sent_at_id" ON "outbox_message" ("sent_at", "id")',
    (
        'CREATE TABLE IF NOT EXISTS "result" ('
        '"id" INTEGER NOT NULL PRIMARY KEY, '
        '"inscription_id" INTEGER NOT NULL, '
        '"average" DECIMAL(4, 2), '
        '"decision" VARCHAR(20) NOT NULL, '
        '"mention" VARCHAR(40) NOT NULL, '
        '"recorded_at" DATETIME NOT NULL, '
        'FOREIGN KEY ("inscription_id") REFERENCES "inscription" ("id") ON DELETE CASCADE)'
    ),
    'CREATE UNIQUE INDEX IF NOT EXISTS "result_inscription_id" ON "result" ("inscription_id")',
    (
        'CREATE TABLE IF NOT EXISTS "schema_version" ('
        '"id" INTEGER NOT NULL PRIMARY KEY, '
        '"version" INTEGER NOT NULL, '
        '"migrated_at" DATETIME NOT NULL, '
        '"app_version" VARCHAR(32) NOT NULL)'
    ),
    (
        'CREATE TABLE IF NOT EXISTS "service_window" ('
        '"id" INTEGER NOT NULL PRIMARY KEY, '
        '"session_id" INTEGER NOT NULL, '
        '"kind" VARCHAR(20) NOT NULL, '
        '"opens_at" DATETIME NOT NULL, '
        '"closes_at" DATETIME NOT NULL, '
        'FOREIGN KEY ("session_id") REFERENCES "exam_session" ("id") ON DELETE CASCADE)'
    ),
    'CREATE INDEX IF NOT EXISTS "service_window_session_id" ON "service_window" ("session_id")',
    'CREATE UNIQUE INDEX IF NOT EXISTS "service_window_session_id_kind" ON "service_window" ("session_id", "kind")',
    (
        'CREATE TABLE IF NOT EXISTS "staff_user" ('
        '"id" INTEGER NOT NULL PRIMARY KEY, '
        '"login" VARCHAR(64) NOT NULL, '
        '"full_name" VARCHAR(150) NOT NULL, '
        '"role" VARCHAR(20) NOT NULL, '
        '"password_hash" VARCHAR(200) NOT NULL, '
        '"active" INTEGER NOT NULL, '
        '"failed_attempts" INTEGER NOT NULL, '
        '"locked_until" DATETIME, '
        '"last_login_at" DATETIME, '
        '"created_at" DATETIME NOT NULL, '
        '"version" INTEGER NOT NULL)'
    ),
    'CREATE UNIQUE INDEX IF NOT EXISTS "staff_user_login" ON "staff_user" ("login")',
    (
        'CREATE TABLE IF NOT EXISTS "supporting_document_type" ('
        '"id" INTEGER NOT NULL PRIMARY KEY, '
        '"exam_id" INTEGER NOT NULL, '
        '"code" VARCHAR(30) NOT NULL, '
        '"label" VARCHAR(200) NOT NULL, '
        '"mandatory" INTEGER NOT NULL, '
        'FOREIGN KEY ("exam_id") REFERENCES "exam" ("id") ON DELETE CASCADE)'
    ),
    'CREATE INDEX IF NOT EXISTS "supporting_document_type_exam_id" ON "supporting_document_type" ("exam_id")',
    'CREATE UNIQUE INDEX IF NOT EXISTS "supporting_document_type_exam_id_code" ON "supporting_document_type" ("exam_id", "code")',
    (
        'CREATE TABLE IF NOT EXISTS "supporting_document_received" ('
        '"id" INTEGER NOT NULL PRIMARY KEY, '
        '"inscription_id" INTEGER NOT NULL, '
        '"document_type_id" INTEGER NOT NULL, '
        '"received_at" DATETIME NOT NULL, '
        '"received_by" VARCHAR(120) NOT NULL, '
        'FOREIGN KEY ("inscription_id") REFERENCES "inscription" ("id") ON DELETE CASCADE, '
        'FOREIGN KEY ("document_type_id") REFERENCES "supporting_document_type" ("id") ON DELETE CASCADE)'
    ),
    'CREATE INDEX IF NOT EXISTS "supporting_document_received_inscription_id" ON "supporting_document_received" ("inscription_id")',
    'CREATE INDEX IF NOT EXISTS "supporting_document_received_document_type_id" ON "supporting_document_received" ("document_type_id")',
    'CREATE UNIQUE INDEX IF NOT EXISTS "supporting_document_received_inscription_id_document_type_id" ON "supporting_document_received" ("inscription_id", "document_type_id")',
    'INSERT OR IGNORE INTO "counter" ("name", "value") VALUES (\'candidate\', 0)',
    'INSERT OR IGNORE INTO "counter" ("name", "value") VALUES (\'inscription\', 0)',
    'INSERT OR IGNORE INTO "audit_head" ("id", "last_id", "last_hash") VALUES (1, 0, \'0000000000000000000000000000000000000000000000000000000000000000\')',
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
    """CREATE VIRTUAL TABLE IF NOT EXISTS candidate_fts USING fts5(
        search_text, content='candidate', content_rowid='id', tokenize='trigram')""",
    """CREATE TRIGGER IF NOT EXISTS candidate_fts_ai AFTER INSERT ON candidate BEGIN
        INSERT INTO candidate_fts(rowid, search_text) VALUES (new.id, new.search_text); END""",
    """CREATE TRIGGER IF NOT EXISTS candidate_fts_ad AFTER DELETE ON candidate BEGIN
        INSERT INTO candidate_fts(candidate_fts, rowid, search_text) VALUES ('delete', old.id, old.search_text); END""",
    """CREATE TRIGGER IF NOT EXISTS candidate_fts_au AFTER UPDATE OF search_text ON candidate BEGIN
        INSERT INTO candidate_fts(candidate_fts, rowid, search_text) VALUES ('delete', old.id, old.search_text);
        INSERT INTO candidate_fts(rowid, search_text) VALUES (new.id, new.search_text); END""",
    "CREATE TABLE IF NOT EXISTS name_vocab (key TEXT PRIMARY KEY)",
    """CREATE VIRTUAL TABLE IF NOT EXISTS name_vocab_fts USING fts5(
        key, content='name_vocab', content_rowid='rowid', tokenize='trigram')""",
    """CREATE TRIGGER IF NOT EXISTS name_vocab_ai AFTER INSERT ON name_vocab BEGIN
        INSERT INTO name_vocab_fts(rowid, key) VALUES (new.rowid, new.key); END""",
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
    """CREATE INDEX IF NOT EXISTS candidate_hidden_birth
    ON candidate (birth_name_key) WHERE birth_name_key <> name_key""",
    """CREATE INDEX IF NOT EXISTS candidate_hidden_birth_order
    ON candidate (name_key, first_key, id, birth_name_key) WHERE birth_name_key <> name_key""",
    "CREATE INDEX IF NOT EXISTS candidate_birth_date_first_key ON candidate (birth_date, first_key)",
    """CREATE INDEX IF NOT EXISTS candidate_birth_date_hidden_birth
    ON candidate (birth_date, birth_name_key) WHERE birth_name_key <> name_key""",
)

POSTGRES = (
    (
        'CREATE TABLE IF NOT EXISTS "academy" ('
        '"id" SERIAL NOT NULL PRIMARY KEY, '
        '"code" VARCHAR(20) NOT NULL, '
        '"name" VARCHAR(120) NOT NULL, '
        '"office_name" VARCHAR(200) NOT NULL, '
        '"office_address" TEXT NOT NULL, '
        '"office_email" VARCHAR(254) NOT NULL, '
        '"office_phone" VARCHAR(30) NOT NULL, '
        '"departments" TEXT NOT NULL, '
        '"version" INTEGER NOT NULL)'
    ),
    'CREATE UNIQUE INDEX IF NOT EXISTS "academy_code" ON "academy" ("code")',
    (
        'CREATE TABLE IF NOT EXISTS "candidate" ('
        '"id" SERIAL NOT NULL PRIMARY KEY, '
        '"email" VARCHAR(254), '
        '"email_key" VARCHAR(254), '
        '"password_hash" VARCHAR(200), '
        '"created_at" TIMESTAMP NOT NULL, '
        '"activated_at" TIMESTAMP, '
        '"last_used_at" TIMESTAMP, '
        '"academy_id" INTEGER, '
        '"candidate_number" VARCHAR(12), '
        '"identity_locked_at" TIMESTAMP, '
        '"civility" VARCHAR(4) NOT NULL, '
        '"birth_name" VARCHAR(100) NOT NULL, '
        '"usage_name" VARCHAR(100) NOT NULL, '
        '"first_names" VARCHAR(150) NOT NULL, '
        '"birth_date" DATE NOT NULL, '
        '"birth_country_code" VARCHAR(5) NOT NULL, '
        '"birth_commune_code" VARCHAR(5) NOT NULL, '
        '"birth_place" VARCHAR(120) NOT NULL, '
        '"nationality" VARCHAR(60) NOT NULL, '
        '"address" VARCHAR(250) NOT NULL, '
        '"postcode" VARCHAR(10) NOT NULL, '
        '"city" VARCHAR(100) NOT NULL, '
        '"country" VARCHAR(60) NOT NULL, '
        '"phone" VARCHAR(30) NOT NULL, '
        '"ine" VARCHAR(11), '
        '"father_name" VARCHAR(150) NOT NULL, '
        '"mother_name" VARCHAR(150) NOT NULL, '
        '"name_key" VARCHAR(120) NOT NULL, '
        '"birth_name_key" VARCHAR(120) NOT NULL, '
        '"first_key" VARCHAR(150) NOT NULL, '
        '"name_phonetic" VARCHAR(40) NOT NULL, '
        '"search_text" VARCHAR(400) NOT NULL, '
        '"version" INTEGER NOT NULL, '
        '"updated_at" TIMESTAMP, '
        '"updated_by" VARCHAR(120) NOT NULL, '
        'FOREIGN KEY ("academy_id") REFERENCES "academy" ("id") ON DELETE RESTRICT)'
    ),
    'CREATE UNIQUE INDEX IF NOT EXISTS "candidate_email_key" ON "candidate" ("email_key")',
    'CREATE INDEX IF NOT EXISTS "candidate_academy_id" ON "candidate" ("academy_id")',
    'CREATE UNIQUE INDEX IF NOT EXISTS "candidate_candidate_number" ON "candidate" ("candidate_number")',
    'CREATE INDEX IF NOT EXISTS "candidate_name_key_first_key_id" ON "candidate" ("name_key", "first_key", "id")',
    'CREATE INDEX IF NOT EXISTS "candidate_birth_name_key_first_key_id" ON "candidate" ("birth_name_key", "first_key", "id")',
    'CREATE INDEX IF NOT EXISTS "candidate_first_key_name_key_id" ON "candidate" ("first_key", "name_key", "id")',
    'CREATE INDEX IF NOT EXISTS "candidate_name_phonetic_name_key_first_key_id" ON "candidate" ("name_phonetic", "name_key", "first_key", "id")',
    'CREATE INDEX IF NOT EXISTS "candidate_birth_date_name_key" ON "candidate" ("birth_date", "name_key")',
    'CREATE INDEX IF NOT EXISTS "candidate_ine" ON "candidate" ("ine")',
    'CREATE INDEX IF NOT EXISTS "candidate_created_at" ON "candidate" ("created_at")',
    'CREATE INDEX IF NOT EXISTS "candidate_last_used_at" ON "candidate" ("last_used_at")',
    (
        'CREATE TABLE IF NOT EXISTS "exam" ('
        '"id" SERIAL NOT NULL PRIMARY KEY, '
        '"code" VARCHAR(20) NOT NULL, '
        '"name" VARCHAR(200) NOT NULL, '
        '"kind" VARCHAR(10) NOT NULL, '
        '"level" VARCHAR(60) NOT NULL, '
        '"series" TEXT NOT NULL, '
        '"specialities" TEXT NOT NULL, '
        '"options" TEXT NOT NULL, '
        '"languages" TEXT NOT NULL, '
        '"specialities_required" INTEGER NOT NULL, '
        '"version" INTEGER NOT NULL)'
    ),
    'CREATE UNIQUE INDEX IF NOT EXISTS "exam_code" ON "exam" ("code")',
    (
        'CREATE TABLE IF NOT EXISTS "exam_session" ('
        '"id" SERIAL NOT NULL PRIMARY KEY, '
        '"exam_id" INTEGER NOT NULL, '
        '"academy_id" INTEGER NOT NULL, '
        '"label" VARCHAR(120) NOT NULL, '
        '"year" INTEGER NOT NULL, '
        '"version" INTEGER NOT NULL, '
        'FOREIGN KEY ("exam_id") REFERENCES "exam" ("id") ON DELETE RESTRICT, '
        'FOREIGN KEY ("academy_id") REFERENCES "academy" ("id") ON DELETE RESTRICT)'
    ),
    'CREATE INDEX IF NOT EXISTS "exam_session_exam_id" ON "exam_session" ("exam_id")',
    'CREATE INDEX IF NOT EXISTS "exam_session_academy_id" ON "exam_session" ("academy_id")',
    'CREATE UNIQUE INDEX IF NOT EXISTS "exam_session_exam_id_academy_id_year_label" ON "exam_session" ("exam_id", "academy_id", "year", "label")',
    (
        'CREATE TABLE IF NOT EXISTS "centre" ('
        '"id" SERIAL NOT NULL PRIMARY KEY, '
        '"academy_id" INTEGER NOT NULL, '
        '"uai" VARCHAR(8) NOT NULL, '
        '"name" VARCHAR(200) NOT NULL, '
        '"address" TEXT NOT NULL, '
        '"city" VARCHAR(100) NOT NULL, '
        '"department" VARCHAR(3) NOT NULL, '
        '"capacity" INTEGER NOT NULL, '
        '"version" INTEGER NOT NULL, '
        'FOREIGN KEY ("academy_id") REFERENCES "academy" ("id") ON DELETE RESTRICT)'
    ),
    'CREATE INDEX IF NOT EXISTS "centre_academy_id" ON "centre" ("academy_id")',
    'CREATE UNIQUE INDEX IF NOT EXISTS "centre_uai" ON "centre" ("uai")',
    (
        'CREATE TABLE IF NOT EXISTS "inscription" ('
        '"id" SERIAL NOT NULL PRIMARY KEY, '
        '"candidate_id" INTEGER NOT NULL, '
        '"session_id" INTEGER NOT NULL, '
        '"number" VARCHAR(16) NOT NULL, '
        '"channel" VARCHAR(15) NOT NULL, '
        '"establishment_uai" VARCHAR(8) NOT NULL, '
        '"serie" VARCHAR(60) NOT NULL, '
        '"specialities" TEXT NOT NULL, '
        '"options" TEXT NOT NULL, '
        '"languages" TEXT NOT NULL, '
        '"status" VARCHAR(12) NOT NULL, '
        '"status_reason" TEXT NOT NULL, '
        '"status_changed_at" TIMESTAMP, '
        '"status_changed_by" VARCHAR(120) NOT NULL, '
        '"centre_id" INTEGER, '
        '"room" VARCHAR(40) NOT NULL, '
        '"created_at" TIMESTAMP NOT NULL, '
        '"updated_at" TIMESTAMP NOT NULL, '
        '"updated_by" VARCHAR(120) NOT NULL, '
        '"version" INTEGER NOT NULL, '
        'FOREIGN KEY ("candidate_id") REFERENCES "candidate" ("id") ON DELETE RESTRICT, '
        'FOREIGN KEY ("session_id") REFERENCES "exam_session" ("id") ON DELETE RESTRICT, '
        'FOREIGN KEY ("centre_id") REFERENCES "centre" ("id") ON DELETE SET NULL)'
    ),
    'CREATE INDEX IF NOT EXISTS "inscription_candidate_id" ON "inscription" ("candidate_id")',
    'CREATE INDEX IF NOT EXISTS "inscription_session_id" ON "inscription" ("session_id")',
    'CREATE UNIQUE INDEX IF NOT EXISTS "inscription_number" ON "inscription" ("number")',
    'CREATE INDEX IF NOT EXISTS "inscription_centre_id" ON "inscription" ("centre_id")',
    'CREATE INDEX IF NOT EXISTS "inscription_candidate_id_session_id" ON "inscription" ("candidate_id", "session_id")',
    'CREATE INDEX IF NOT EXISTS "inscription_session_id_status" ON "inscription" ("session_id", "status")',
    'CREATE INDEX IF NOT EXISTS "inscription_session_id_centre_id" ON "inscription" ("session_id", "centre_id")',
    (
        'CREATE TABLE IF NOT EXISTS "accommodation" ('
        '"id" SERIAL NOT NULL PRIMARY KEY, '
        '"inscription_id" INTEGER NOT NULL, '
        '"kind" VARCHAR(30) NOT NULL, '
        '"detail" VARCHAR(300) NOT NULL, '
        '"separate_room" BOOLEAN NOT NULL, '
        '"granted_at" TIMESTAMP NOT NULL, '
        '"granted_by" VARCHAR(120) NOT NULL, '
        'FOREIGN KEY ("inscription_id") REFERENCES "inscription" ("id") ON DELETE CASCADE)'
    ),
    'CREATE INDEX IF NOT EXISTS "accommodation_inscription_id" ON "accommodation" ("inscription_id")',
    (
        'CREATE TABLE IF NOT EXISTS "account_token" ('
        '"id" SERIAL NOT NULL PRIMARY KEY, '
        '"candidate_id" INTEGER NOT NULL, '
        '"purpose" VARCHAR(20) NOT NULL, '
        '"token_hash" VARCHAR(64) NOT NULL, '
        '"created_at" TIMESTAMP NOT NULL, '
        '"expires_at" TIMESTAMP NOT NULL, '
        '"used_at" TIMESTAMP, '
        'FOREIGN KEY ("candidate_id") REFERENCES "candidate" ("id") ON DELETE CASCADE)'
    ),
    'CREATE INDEX IF NOT EXISTS "account_token_candidate_id" ON "account_token" ("candidate_id")',
    'CREATE UNIQUE INDEX IF NOT EXISTS "account_token_token_hash" ON "account_token" ("token_hash")',
    (
        'CREATE TABLE IF NOT EXISTS "audit_event" ('
        '"id" BIGSERIAL NOT NULL PRIMARY KEY, '
        '"at" TIMESTAMP NOT NULL, '
        '"actor_kind" VARCHAR(10) NOT NULL, '
        '"actor" VARCHAR(120) NOT NULL, '
        '"db_role" VARCHAR(64) NOT NULL, '
        '"action" VARCHAR(60) NOT NULL, '
        '"entity" VARCHAR(30) NOT NULL, '
        '"entity_id" BIGINT, '
        '"candidate_id" BIGINT, '
        '"old_values" TEXT, '
        '"new_values" TEXT, '
        '"reason" TEXT NOT NULL, '
        '"prev_hash" VARCHAR(64) NOT NULL, '
        '"hash" VARCHAR(64) NOT NULL)'
    ),
    'CREATE INDEX IF NOT EXISTS "audit_event_candidate_id_id" ON "audit_event" ("candidate_id", "id")',
    'CREATE INDEX IF NOT EXISTS "audit_event_actor_id" ON "audit_event" ("actor", "id")',
    'CREATE INDEX IF NOT EXISTS "audit_event_action_id" ON "audit_event" ("action", "id")',
    'CREATE INDEX IF NOT EXISTS "audit_event_at" ON "audit_event" ("at")',
    (
        'CREATE TABLE IF NOT EXISTS "audit_head" ('
        '"id" INTEGER NOT NULL PRIMARY KEY, '
        '"last_id" BIGINT NOT NULL, '
        '"last_hash" VARCHAR(64) NOT NULL)'
    ),
    (
        'CREATE TABLE IF NOT EXISTS "batch_run" ('
        '"id" SERIAL NOT NULL PRIMARY KEY, '
        '"kind" VARCHAR(25) NOT NULL, '
        '"session_id" INTEGER NOT NULL, '
        '"centre_id" INTEGER, '
        '"started_at" TIMESTAMP NOT NULL, '
        '"started_by" VARCHAR(120) NOT NULL, '
        '"finished_at" TIMESTAMP, '
        '"state" VARCHAR(12) NOT NULL, '
        '"total" INTEGER NOT NULL, '
        '"done" INTEGER NOT NULL, '
        'FOREIGN KEY ("session_id") REFERENCES "exam_session" ("id") ON DELETE CASCADE, '
        'FOREIGN KEY ("centre_id") REFERENCES "centre" ("id") ON DELETE SET NULL)'
    ),
    'CREATE INDEX IF NOT EXISTS "batch_run_session_id" ON "batch_run" ("session_id")',
    'CREATE INDEX IF NOT EXISTS "batch_run_centre_id" ON "batch_run" ("centre_id")',
    (
        'CREATE TABLE IF NOT EXISTS "counter" ('
        '"name" VARCHAR(40) NOT NULL PRIMARY KEY, '
        '"value" BIGINT NOT NULL)'
    ),
    (
        'CREATE TABLE IF NOT EXISTS "document" ('
        '"id" SERIAL NOT NULL PRIMARY KEY, '
        '"inscription_id" INTEGER NOT NULL, '
        '"kind" VARCHAR(25) NOT NULL, '
        '"version" INTEGER NOT NULL, '
        '"is_current" BOOLEAN NOT NULL, '
        '"verification_code" VARCHAR(20) NOT NULL, '
        '"sha256" VARCHAR(64) NOT NULL, '
        '"input_hash" VARCHAR(64) NOT NULL, '
        '"size" INTEGER NOT NULL, '
        '"published_at" TIMESTAMP NOT NULL, '
        '"published_by" VARCHAR(120) NOT NULL, '
        'FOREIGN KEY ("inscription_id") REFERENCES "inscription" ("id") ON DELETE CASCADE)'
    ),
    'CREATE INDEX IF NOT EXISTS "document_inscription_id" ON "document" ("inscription_id")',
    'CREATE UNIQUE INDEX IF NOT EXISTS "document_verification_code" ON "document" ("verification_code")',
    'CREATE UNIQUE INDEX IF NOT EXISTS "document_inscription_id_kind_version" ON "document" ("inscription_id", "kind", "version")',
    (
        'CREATE TABLE IF NOT EXISTS "document_content" ('
        '"document_id" INTEGER NOT NULL PRIMARY KEY, '
        '"pdf" BYTEA NOT NULL, '
        'FOREIGN KEY ("document_id") REFERENCES "document" ("id") ON DELETE CASCADE)'
    ),
    (
        'CREATE TABLE IF NOT EXISTS "paper" ('
        '"id" SERIAL NOT NULL PRIMARY KEY, '
        '"session_id" INTEGER NOT NULL, '
        '"code" VARCHAR(30) NOT NULL, '
        '"name" VARCHAR(200) NOT NULL, '
        '"starts_at" TIMESTAMP NOT NULL, '
        '"duration_minutes" INTEGER NOT NULL, '
        '"coefficient" REAL NOT NULL, '
        '"version" INTEGER NOT NULL, '
        'FOREIGN KEY ("session_id") REFERENCES "exam_session" ("id") ON DELETE CASCADE)'
    ),
    'CREATE INDEX IF NOT EXISTS "paper_session_id" ON "paper" ("session_id")',
    'CREATE UNIQUE INDEX IF NOT EXISTS "paper_session_id_code" ON "paper" ("session_id", "code")',
    (
        'CREATE TABLE IF NOT EXISTS "mark" ('
        '"id" SERIAL NOT NULL PRIMARY KEY, '
        '"inscription_id" INTEGER NOT NULL, '
        '"paper_id" INTEGER NOT NULL, '
        '"score" NUMERIC(4, 2), '
        '"absent" BOOLEAN NOT NULL, '
        '"kept" BOOLEAN NOT NULL, '
        'FOREIGN KEY ("inscription_id") REFERENCES "inscription" ("id") ON DELETE CASCADE, '
        'FOREIGN KEY ("paper_id") REFERENCES "paper" ("id") ON DELETE RESTRICT)'
    ),
    'CREATE INDEX IF NOT EXISTS "mark_inscription_id" ON "mark" ("inscription_id")',
    'CREATE INDEX IF NOT EXISTS "mark_paper_id" ON "mark" ("paper_id")',
    'CREATE UNIQUE INDEX IF NOT EXISTS "mark_inscription_id_paper_id" ON "mark" ("inscription_id", "paper_id")',
    (
        'CREATE TABLE IF NOT EXISTS "outbox_message" ('
        '"id" BIGSERIAL NOT NULL PRIMARY KEY, '
        '"created_at" TIMESTAMP NOT NULL, '
        '"candidate_id" BIGINT, '
        '"to_address" VARCHAR(254) NOT NULL, '
        '"template" VARCHAR(40) NOT NULL, '
        '"subject" VARCHAR(200) NOT NULL, '
        '"body" TEXT NOT NULL, '
        '"sent_at" TIMESTAMP)'
    ),
    'CREATE INDEX IF NOT EXISTS "outbox_message_sent_at_id" ON "outbox_message" ("sent_at", "id")',
    (
        'CREATE TABLE IF NOT EXISTS "result" ('
        '"id" SERIAL NOT NULL PRIMARY KEY, '
        '"inscription_id" INTEGER NOT NULL, '
        '"average" NUMERIC(4, 2), '
        '"decision" VARCHAR(20) NOT NULL, '
        '"mention" VARCHAR(40) NOT NULL, '
        '"recorded_at" TIMESTAMP NOT NULL, '
        'FOREIGN KEY ("inscription_id") REFERENCES "inscription" ("id") ON DELETE CASCADE)'
    ),
    'CREATE UNIQUE INDEX IF NOT EXISTS "result_inscription_id" ON "result" ("inscription_id")',
    (
        'CREATE TABLE IF NOT EXISTS "schema_version" ('
        '"id" SERIAL NOT NULL PRIMARY KEY, '
        '"version" INTEGER NOT NULL, '
        '"migrated_at" TIMESTAMP NOT NULL, '
        '"app_version" VARCHAR(32) NOT NULL)'
    ),
    (
        'CREATE TABLE IF NOT EXISTS "service_window" ('
        '"id" SERIAL NOT NULL PRIMARY KEY, '
        '"session_id" INTEGER NOT NULL, '
        '"kind" VARCHAR(20) NOT NULL, '
        '"opens_at" TIMESTAMP NOT NULL, '
        '"closes_at" TIMESTAMP NOT NULL, '
        'FOREIGN KEY ("session_id") REFERENCES "exam_session" ("id") ON DELETE CASCADE)'
    ),
    'CREATE INDEX IF NOT EXISTS "service_window_session_id" ON "service_window" ("session_id")',
    'CREATE UNIQUE INDEX IF NOT EXISTS "service_window_session_id_kind" ON "service_window" ("session_id", "kind")',
    (
        'CREATE TABLE IF NOT EXISTS "staff_user" ('
        '"id" SERIAL NOT NULL PRIMARY KEY, '
        '"login" VARCHAR(64) NOT NULL, '
        '"full_name" VARCHAR(150) NOT NULL, '
        '"role" VARCHAR(20) NOT NULL, '
        '"password_hash" VARCHAR(200) NOT NULL, '
        '"active" BOOLEAN NOT NULL, '
        '"failed_attempts" INTEGER NOT NULL, '
        '"locked_until" TIMESTAMP, '
        '"last_login_at" TIMESTAMP, '
        '"created_at" TIMESTAMP NOT NULL, '
        '"version" INTEGER NOT NULL)'
    ),
    'CREATE UNIQUE INDEX IF NOT EXISTS "staff_user_login" ON "staff_user" ("login")',
    (
        'CREATE TABLE IF NOT EXISTS "supporting_document_type" ('
        '"id" SERIAL NOT NULL PRIMARY KEY, '
        '"exam_id" INTEGER NOT NULL, '
        '"code" VARCHAR(30) NOT NULL, '
        '"label" VARCHAR(200) NOT NULL, '
        '"mandatory" BOOLEAN NOT NULL, '
        'FOREIGN KEY ("exam_id") REFERENCES "exam" ("id") ON DELETE CASCADE)'
    ),
    'CREATE INDEX IF NOT EXISTS "supporting_document_type_exam_id" ON "supporting_document_type" ("exam_id")',
    'CREATE UNIQUE INDEX IF NOT EXISTS "supporting_document_type_exam_id_code" ON "supporting_document_type" ("exam_id", "code")',
    (
        'CREATE TABLE IF NOT EXISTS "supporting_document_received" ('
        '"id" SERIAL NOT NULL PRIMARY KEY, '
        '"inscription_id" INTEGER NOT NULL, '
        '"document_type_id" INTEGER NOT NULL, '
        '"received_at" TIMESTAMP NOT NULL, '
        '"received_by" VARCHAR(120) NOT NULL, '
        'FOREIGN KEY ("inscription_id") REFERENCES "inscription" ("id") ON DELETE CASCADE, '
        'FOREIGN KEY ("document_type_id") REFERENCES "supporting_document_type" ("id") ON DELETE CASCADE)'
    ),
    'CREATE INDEX IF NOT EXISTS "supporting_document_received_inscription_id" ON "supporting_document_received" ("inscription_id")',
    'CREATE INDEX IF NOT EXISTS "supporting_document_received_document_type_id" ON "supporting_document_received" ("document_type_id")',
    'CREATE UNIQUE INDEX IF NOT EXISTS "supporting_document_received_inscription_id_document_type_id" ON "supporting_document_received" ("inscription_id", "document_type_id")',
    'INSERT INTO "counter" ("name", "value") VALUES (\'candidate\', 0) ON CONFLICT DO NOTHING',
    'INSERT INTO "counter" ("name", "value") VALUES (\'inscription\', 0) ON CONFLICT DO NOTHING',
    'INSERT INTO "audit_head" ("id", "last_id", "last_hash") VALUES (1, 0, \'0000000000000000000000000000000000000000000000000000000000000000\') ON CONFLICT DO NOTHING',
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
    """CREATE INDEX IF NOT EXISTS candidate_hidden_birth
    ON candidate (birth_name_key) WHERE birth_name_key <> name_key""",
    "DROP INDEX IF EXISTS candidate_hidden_birth_order",
    "ALTER TABLE candidate ALTER COLUMN name_key SET STATISTICS 1000",
    "ALTER TABLE candidate ALTER COLUMN birth_name_key SET STATISTICS 1000",
    "ALTER TABLE candidate ALTER COLUMN first_key SET STATISTICS 1000",
    "CREATE INDEX IF NOT EXISTS candidate_birth_date_first_key ON candidate (birth_date, first_key)",
    """CREATE INDEX IF NOT EXISTS candidate_birth_date_hidden_birth
    ON candidate (birth_date, birth_name_key) WHERE birth_name_key <> name_key""",
)


def up(database):
    from cyclades_desktop.store import db as store_db

    for sql in POSTGRES if store_db.is_postgres() else SQLITE:
        database.execute_sql(sql)
