"""A schema's fingerprint, read from the database's own catalogue, to compare two bases.

SQLite: every table's columns (name, declared type, NOT NULL, default, primary key), indexes
(columns, uniqueness, partial), foreign keys, and the SQL of every object in sqlite_master
(tables, indexes, triggers, virtual tables) with its whitespace collapsed.

PostgreSQL (schema public): columns (type, nullability, default, statistics target), indexes
(pg_get_indexdef), constraints (pg_get_constraintdef), triggers (pg_get_triggerdef), functions
(pg_get_functiondef), sequences, privileges on tables, columns, sequences, functions and the
schema (aclexplode, owner's implicit rights included), row-level security and its policies,
extensions.

Each section is a sorted list of tuples; `differences` says what one base has that the other
lacks, section by section.
"""

from __future__ import annotations

import re
import sqlite3


def _norm(sql: str | None) -> str | None:
    return re.sub(r"\s+", " ", sql).strip() if sql else sql


def sqlite_fingerprint(path) -> dict[str, list]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        objects = conn.execute(
            "SELECT type, name, tbl_name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'"
        ).fetchall()
        tables = sorted(name for kind, name, _, _ in objects if kind == "table")
        fp: dict[str, list] = {
            "objects": sorted((kind, name, tbl, _norm(sql)) for kind, name, tbl, sql in objects),
            "columns": [],
            "indexes": [],
            "foreign_keys": [],
        }
        for table in tables:
            for _cid, name, decl, notnull, default, pk, hidden in conn.execute(
                f"SELECT * FROM pragma_table_xinfo('{table}')"
            ):
                fp["columns"].append((table, name, decl.upper(), bool(notnull), default, pk, hidden))
            for _seq, name, unique, origin, partial in conn.execute(
                f"SELECT * FROM pragma_index_list('{table}')"
            ):
                cols = tuple(r[2] for r in conn.execute(f"SELECT * FROM pragma_index_info('{name}')"))
                fp["indexes"].append((table, name, bool(unique), origin, bool(partial), cols))
            for row in conn.execute(f"SELECT * FROM pragma_foreign_key_list('{table}')"):
                fp["foreign_keys"].append((table, *row[2:]))
    finally:
        conn.close()
    return {k: sorted(v, key=repr) for k, v in fp.items()}


PG_QUERIES = {
    "tables": """
        SELECT c.relname, c.relkind, c.relrowsecurity, c.relforcerowsecurity FROM pg_class c
        JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p', 'v', 'm', 'S')""",
    "columns": """
        SELECT c.table_name, c.column_name, c.data_type, c.character_maximum_length, c.numeric_precision,
               c.numeric_scale, c.is_nullable, c.column_default, a.attstattarget
        FROM information_schema.columns c
        JOIN pg_attribute a ON a.attrelid = format('public.%I', c.table_name)::regclass
                           AND a.attname = c.column_name
        WHERE c.table_schema = 'public'""",
    "indexes": "SELECT tablename, indexname, indexdef FROM pg_indexes WHERE schemaname = 'public'",
    "constraints": """
        SELECT conrelid::regclass::text, conname, contype, pg_get_constraintdef(oid) FROM pg_constraint
        WHERE connamespace = 'public'::regnamespace""",
    "triggers": """
        SELECT tgrelid::regclass::text, tgname, tgenabled, pg_get_triggerdef(oid) FROM pg_trigger
        WHERE NOT tgisinternal AND tgrelid IN (SELECT oid FROM pg_class WHERE relnamespace = 'public'::regnamespace)""",
    "functions": """
        SELECT p.oid::regprocedure::text, p.prosecdef, p.proconfig::text, pg_get_functiondef(p.oid)
        FROM pg_proc p
        WHERE p.pronamespace = 'public'::regnamespace
          AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_proc'::regclass
                          AND d.objid = p.oid AND d.deptype = 'e')""",
    "sequences": "SELECT sequencename, data_type::text FROM pg_sequences WHERE schemaname = 'public'",
    "table_grants": """
        SELECT c.relname, c.relkind, coalesce(r.rolname, 'PUBLIC'), a.privilege_type, a.is_grantable
        FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        CROSS JOIN LATERAL aclexplode(coalesce(c.relacl, acldefault(
            CASE WHEN c.relkind = 'S' THEN 's'::"char" ELSE 'r'::"char" END, c.relowner))) a
        LEFT JOIN pg_roles r ON r.oid = a.grantee
        WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p', 'v', 'm', 'S')""",
    "column_grants": """
        SELECT c.relname, att.attname, coalesce(r.rolname, 'PUBLIC'), a.privilege_type, a.is_grantable
        FROM pg_attribute att JOIN pg_class c ON c.oid = att.attrelid
        JOIN pg_namespace n ON n.oid = c.relnamespace
        CROSS JOIN LATERAL aclexplode(att.attacl) a
        LEFT JOIN pg_roles r ON r.oid = a.grantee
        WHERE n.nspname = 'public' AND att.attacl IS NOT NULL""",
    "function_grants": """
        SELECT p.oid::regprocedure::text, coalesce(r.rolname, 'PUBLIC'), a.privilege_type, a.is_grantable
        FROM pg_proc p CROSS JOIN LATERAL aclexplode(coalesce(p.proacl, acldefault('f', p.proowner))) a
        LEFT JOIN pg_roles r ON r.oid = a.grantee
        WHERE p.pronamespace = 'public'::regnamespace""",
    "schema_grants": """
        SELECT coalesce(r.rolname, 'PUBLIC'), a.privilege_type, a.is_grantable FROM pg_namespace n
        CROSS JOIN LATERAL aclexplode(coalesce(n.nspacl, acldefault('n', n.nspowner))) a
        LEFT JOIN pg_roles r ON r.oid = a.grantee WHERE n.nspname = 'public'""",
    "policies": """
        SELECT tablename, policyname, permissive, roles::text, cmd, qual, with_check FROM pg_policies
        WHERE schemaname = 'public'""",
    "extensions": "SELECT extname FROM pg_extension",
}


def pg_fingerprint(conn) -> dict[str, list]:
    """`conn`: a psycopg connection to the database, as its owner or a superuser."""
    owner = conn.execute("SELECT current_user").fetchone()[0]
    fp = {}
    for section, sql in PG_QUERIES.items():
        rows = conn.execute(sql).fetchall()
        # the owner's own name is the one role allowed to differ between two servers
        fp[section] = sorted((tuple("<owner>" if v == owner else v for v in r) for r in rows), key=repr)
    return fp


def differences(got: dict[str, list], want: dict[str, list]) -> list[str]:
    """Lines saying, section by section, what `got` has that `want` lacks and the reverse."""
    out = []
    for section in sorted(set(got) | set(want)):
        g, w = got.get(section, []), want.get(section, [])
        extra = [r for r in g if r not in w]
        missing = [r for r in w if r not in g]
        out += [f"{section}: en trop {r!r}" for r in extra]
        out += [f"{section}: manque {r!r}" for r in missing]
    return out
