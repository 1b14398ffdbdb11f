"""Schema 3: what changed after schema 2 existed without a step of its own, now in one.

Between m0002 (commit af73398) and release 1, the guards that m0001 ran were edited and
`result.mention` widened from 20 to 40 characters in the model only. A base made by release 1
or later already has all of it, so on such a base this step changes nothing; a schema-2 base
made before release 1 (a developer's base, a reused benchmark dataset) gets here what it lacks:

- the first-name vocabulary (`first_vocab`, its FTS5 trigram index on SQLite, its pg_trgm index
  on PostgreSQL), filled from the candidates, and the vocabulary triggers that fill it;
- on SQLite, `name_vocab_terms` (how many names hold each trigram);
- the partial indexes for birth names hidden behind a usage name, the (birth date, first key)
  index, and on PostgreSQL the statistics targets of the name keys (the planner's estimates
  at national scale) and no display-order index of hidden birth names;
- `result.mention` as VARCHAR(40): on PostgreSQL a narrower column is widened in place; on
  SQLite, which records the declared type only, a table declaring another width is rebuilt
  with the release-1 declaration, rows kept.

A fixed record of the step: never edited once released (tests/domain/test_schema_history.py).
Idempotent: every statement checks what exists, the vocabularies are filled with OR IGNORE /
ON CONFLICT DO NOTHING, the mention is touched only when its width differs.
"""

SQLITE = (
    "CREATE VIRTUAL TABLE IF NOT EXISTS name_vocab_terms USING fts5vocab(name_vocab_fts, 'row')",
    "CREATE TABLE IF NOT EXISTS first_vocab (key TEXT PRIMARY KEY)",
    """CREATE VIRTUAL TABLE IF NOT EXISTS first_vocab_fts USING fts5(
        key, content='first_vocab', content_rowid='rowid', tokenize='trigram')""",
    """CREATE TRIGGER IF NOT EXISTS first_vocab_ai AFTER INSERT ON first_vocab BEGIN
        INSERT INTO first_vocab_fts(rowid, key) VALUES (new.rowid, new.key); END""",
    "DROP TRIGGER IF EXISTS candidate_vocab_ai",
    """CREATE TRIGGER IF NOT EXISTS candidate_vocab_ai AFTER INSERT ON candidate BEGIN
        INSERT OR IGNORE INTO name_vocab(key) VALUES (new.name_key), (new.birth_name_key);
        INSERT OR IGNORE INTO first_vocab(key) VALUES (new.first_key); END""",
    "DROP TRIGGER IF EXISTS candidate_vocab_au",
    """CREATE TRIGGER IF NOT EXISTS candidate_vocab_au AFTER UPDATE OF name_key, birth_name_key, first_key
    ON candidate BEGIN
        INSERT OR IGNORE INTO name_vocab(key) VALUES (new.name_key), (new.birth_name_key);
        INSERT OR IGNORE INTO first_vocab(key) VALUES (new.first_key); END""",
    """CREATE INDEX IF NOT EXISTS candidate_hidden_birth
    ON candidate (birth_name_key) WHERE birth_name_key <> name_key""",
    """CREATE INDEX IF NOT EXISTS candidate_hidden_birth_order
    ON candidate (name_key, first_key, id, birth_name_key) WHERE birth_name_key <> name_key""",
    """CREATE INDEX IF NOT EXISTS candidate_birth_date_first_key ON candidate (birth_date, first_key)""",
    """CREATE INDEX IF NOT EXISTS candidate_birth_date_hidden_birth
    ON candidate (birth_date, birth_name_key) WHERE birth_name_key <> name_key""",
    "INSERT OR IGNORE INTO name_vocab(key) SELECT name_key FROM candidate UNION SELECT birth_name_key FROM candidate",
    "INSERT OR IGNORE INTO first_vocab(key) SELECT DISTINCT first_key FROM candidate",
)

POSTGRES = (
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
    """CREATE INDEX IF NOT EXISTS candidate_birth_date_first_key ON candidate (birth_date, first_key)""",
    """CREATE INDEX IF NOT EXISTS candidate_birth_date_hidden_birth
    ON candidate (birth_date, birth_name_key) WHERE birth_name_key <> name_key""",
    "INSERT INTO name_vocab(key) SELECT name_key FROM candidate UNION SELECT birth_name_key FROM candidate "
    "ON CONFLICT DO NOTHING",
    "INSERT INTO first_vocab(key) SELECT DISTINCT first_key FROM candidate ON CONFLICT DO NOTHING",
)

MENTION_WIDTH = 40
POSTGRES_MENTION = "ALTER TABLE result ALTER COLUMN mention TYPE VARCHAR(40)"
# release 1's declaration of the table (m0001), for a file that declared another width
SQLITE_RESULT = (
    "ALTER TABLE result RENAME TO result_m0003",
    (
        'CREATE TABLE "result" ('
        '"id" INTEGER NOT NULL PRIMARY KEY, '
        '"inscription_id" INTEGER NOT NULL, '
        '"average" DECIMAL(4, 2), '
        '"decision" VARCHAR(20) NOT NULL, '
        '"mention" VARCHAR(40) NOT NULL, '
        '"recorded_at" DATETIME NOT NULL, '
        'FOREIGN KEY ("inscription_id") REFERENCES "inscription" ("id") ON DELETE CASCADE)'
    ),
    'INSERT INTO "result" ("id", "inscription_id", "average", "decision", "mention", "recorded_at") '
    'SELECT "id", "inscription_id", "average", "decision", "mention", "recorded_at" FROM result_m0003',
    "DROP TABLE result_m0003",
    'CREATE UNIQUE INDEX IF NOT EXISTS "result_inscription_id" ON "result" ("inscription_id")',
)


def up(database):
    from cyclades_desktop.store import db as store_db

    if store_db.is_postgres():
        width = database.execute_sql(
            "SELECT character_maximum_length FROM information_schema.columns "
            "WHERE table_schema = current_schema() AND table_name = 'result' AND column_name = 'mention'"
        ).fetchone()[0]
        statements = (*POSTGRES, *((POSTGRES_MENTION,) if width != MENTION_WIDTH else ()))
    else:
        declared = database.execute_sql(
            "SELECT type FROM pragma_table_info('result') WHERE name = 'mention'"
        ).fetchone()[0]
        statements = (*SQLITE, *(SQLITE_RESULT if declared.upper() != f"VARCHAR({MENTION_WIDTH})" else ()))
    for sql in statements:
        database.execute_sql(sql)
