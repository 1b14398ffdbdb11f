"""Who acts is known to PostgreSQL: group roles per job, one LOGIN role per staff member.

`setup()` (`cyclades-admin pg-setup`, run by the database owner) creates, idempotently:

- the group roles `cyclades_manager`, `cyclades_agent`, `cyclades_print_operator`,
  `cyclades_read_only` (one per job) and `cyclades_portal` (the candidate portal), each granted
  only what its job needs, table by table and column by column, after REVOKE ALL from PUBLIC;
- the LOGIN role `cyclades_signin`, which can do nothing but call the sign-in functions;
- row-level security: accommodations (health data) are visible to agents and managers only,
  each staff read journaled by the database itself; audit events about accommodations are
  hidden from print operators and read-only staff;
- the guards tied to roles: the portal never writes a locked identity;
- SECURITY DEFINER functions owned by the owner, the only way anyone but the owner touches
  roles: a trigger on `staff_user` creates the staff member's LOGIN role (`cy_<login>`) and
  keeps its group membership and its right to sign in in step with the row (role, active,
  lockout); managers set passwords through `cyclades_set_staff_password`, which accepts only a
  SCRAM verifier (the password itself never reaches the server nor its logs).

Managers therefore need neither CREATEROLE nor any right on roles: with CREATEROLE, PostgreSQL
15 lets a role grant itself any non-superuser role, pg_execute_server_program included, which
is a step away from superuser. See docs/deployment.md for the whole design.

Sign-in (domain/staff.py) goes through three functions: `cyclades_sign_in_begin` and
`cyclades_sign_in_failed` (called as `cyclades_signin`, they check and count), then
`cyclades_sign_in_succeeded` (called over the staff member's own connection). They journal
refusals, failures and successes in the hash chain, computed in SQL exactly as
domain/audit.py does in Python.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import peewee

from cyclades_desktop.errors import RuleViolation, ValidationError
from cyclades_desktop.store import db as store_db
from cyclades_desktop.store import models

GROUPS = {
    "manager": "cyclades_manager",
    "agent": "cyclades_agent",
    "print_operator": "cyclades_print_operator",
    "read_only": "cyclades_read_only",
}
PORTAL = "cyclades_portal"
SIGNIN = "cyclades_signin"
STAFF_ROLE_PREFIX = "cy_"
PASSWORD_HELD_BY_POSTGRES = "!postgresql-role"  # staff_user.password_hash when PostgreSQL checks the password
LOCK_MINUTES = 15
MAX_FAILED_ATTEMPTS = 5

MANAGER, AGENT, PRINT, READ = (GROUPS[k] for k in ("manager", "agent", "print_operator", "read_only"))
STAFF = (MANAGER, AGENT, PRINT, READ)
EVERYONE = (*STAFF, PORTAL)

IDENTITY_COLUMNS = (
    "civility",
    "birth_name",
    "usage_name",
    "first_names",
    "birth_date",
    "birth_country_code",
    "birth_commune_code",
    "birth_place",
    "nationality",
    "address",
    "postcode",
    "city",
    "country",
    "phone",
    "ine",
    "father_name",
    "mother_name",
)
SEARCH_KEYS = ("name_key", "birth_name_key", "first_key", "name_phonetic", "search_text", "academy_id")
CANDIDATE_STAFF_UPDATE = (
    IDENTITY_COLUMNS + SEARCH_KEYS + ("email", "email_key", "version", "updated_at", "updated_by")
)
CANDIDATE_PORTAL_UPDATE = (
    *CANDIDATE_STAFF_UPDATE,
    "password_hash",
    "activated_at",
    "last_used_at",
    "identity_locked_at",
    "candidate_number",
)
INSCRIPTION_STATUS = (
    "status",
    "status_reason",
    "status_changed_at",
    "status_changed_by",
    "updated_at",
    "updated_by",
    "version",
)
INSCRIPTION_ASSIGNMENT = ("centre_id", "room", "updated_at", "updated_by", "version")
INSCRIPTION_PORTAL = ("serie", "specialities", "options", "languages", "updated_at", "updated_by", "version")
# every column of candidate but the password hash (models.SECRET_CANDIDATE_COLUMNS): staff never read it
CANDIDATE_STAFF_SELECT = tuple(f.column_name for f in models.Candidate.fields())
STAFF_PUBLIC = (
    "id",
    "login",
    "full_name",
    "role",
    "active",
    "failed_attempts",
    "locked_until",
    "last_login_at",
    "created_at",
    "version",
    "db_role",
)
STAFF_MANAGER_INSERT = (
    "login",
    "full_name",
    "role",
    "password_hash",
    "active",
    "failed_attempts",
    "locked_until",
    "created_at",
    "version",
)
STAFF_MANAGER_UPDATE = (
    "full_name",
    "role",
    "active",
    "password_hash",
    "failed_attempts",
    "locked_until",
    "version",
)

REFERENCE_TABLES = (
    "academy",
    "exam",
    "exam_session",
    "service_window",
    "centre",
    "paper",
    "supporting_document_type",
)

# (privilege, table, columns or None, groups): everything any role may do, and nothing else.
GRANTS: tuple = (
    ("SELECT", "schema_version", None, (*EVERYONE, SIGNIN)),
    ("SELECT", "counter", None, (PORTAL,)),
    ("UPDATE", "counter", ("value",), (PORTAL,)),
    *(("SELECT", t, None, EVERYONE) for t in REFERENCE_TABLES),
    *(("INSERT", t, None, (MANAGER,)) for t in REFERENCE_TABLES),
    *(("UPDATE", t, None, (MANAGER,)) for t in REFERENCE_TABLES),
    *(("DELETE", t, None, (MANAGER,)) for t in ("centre", "paper")),  # created by mistake, still unused
    ("SELECT", "candidate", CANDIDATE_STAFF_SELECT, STAFF),
    ("SELECT", "candidate", None, (PORTAL,)),
    ("UPDATE", "candidate", CANDIDATE_STAFF_UPDATE, (MANAGER, AGENT)),
    ("INSERT", "candidate", None, (PORTAL,)),
    ("UPDATE", "candidate", CANDIDATE_PORTAL_UPDATE, (PORTAL,)),
    ("DELETE", "candidate", None, (MANAGER,)),
    ("SELECT", "account_token", None, (MANAGER, AGENT, PORTAL)),
    ("INSERT", "account_token", None, (MANAGER, AGENT, PORTAL)),
    ("UPDATE", "account_token", ("used_at",), (PORTAL,)),
    ("DELETE", "account_token", None, (MANAGER,)),
    ("SELECT", "inscription", None, EVERYONE),
    ("UPDATE", "inscription", INSCRIPTION_STATUS, (MANAGER, AGENT)),
    ("UPDATE", "inscription", INSCRIPTION_ASSIGNMENT, (MANAGER,)),
    ("INSERT", "inscription", None, (PORTAL,)),
    ("UPDATE", "inscription", INSCRIPTION_PORTAL, (PORTAL,)),
    ("DELETE", "inscription", None, (MANAGER,)),
    # health data: read_only has no right at all; print operators see no row (row-level security)
    ("SELECT", "accommodation", None, (MANAGER, AGENT, PRINT, PORTAL)),
    ("INSERT", "accommodation", None, (MANAGER, AGENT)),
    ("SELECT", "supporting_document_received", None, EVERYONE),
    ("INSERT", "supporting_document_received", None, (MANAGER, AGENT)),
    ("DELETE", "supporting_document_received", None, (MANAGER, AGENT)),
    ("SELECT", "mark", None, EVERYONE),
    ("INSERT", "mark", None, (MANAGER,)),
    ("UPDATE", "mark", ("score", "absent", "kept"), (MANAGER,)),
    ("DELETE", "mark", None, (MANAGER,)),
    ("SELECT", "result", None, EVERYONE),
    ("INSERT", "result", None, (MANAGER,)),
    ("UPDATE", "result", ("average", "decision", "mention", "recorded_at"), (MANAGER,)),
    ("DELETE", "result", None, (MANAGER,)),
    ("SELECT", "document", None, EVERYONE),
    ("INSERT", "document", None, (MANAGER, AGENT, PRINT, PORTAL)),
    ("UPDATE", "document", ("is_current",), (MANAGER, AGENT, PRINT, PORTAL)),
    ("DELETE", "document", None, (MANAGER,)),
    ("SELECT", "document_content", None, EVERYONE),
    ("INSERT", "document_content", None, (MANAGER, AGENT, PRINT, PORTAL)),
    ("DELETE", "document_content", None, (MANAGER,)),
    ("SELECT", "staff_user", STAFF_PUBLIC, STAFF),  # never password_hash
    ("SELECT", "staff_user", ("id", "active"), (SIGNIN,)),  # « is there anyone to sign in? »
    ("INSERT", "staff_user", STAFF_MANAGER_INSERT, (MANAGER,)),
    ("UPDATE", "staff_user", STAFF_MANAGER_UPDATE, (MANAGER,)),
    ("SELECT", "audit_event", None, EVERYONE),  # rows about accommodations hidden by row-level security
    ("INSERT", "audit_event", None, EVERYONE),
    ("SELECT", "audit_head", None, EVERYONE),
    ("UPDATE", "audit_head", ("last_id", "last_hash"), EVERYONE),  # guarded: only ever follows the last event
    ("SELECT", "outbox_message", None, (MANAGER, AGENT, PORTAL)),
    ("SELECT", "outbox_message", ("id",), (PRINT,)),
    ("INSERT", "outbox_message", None, (MANAGER, AGENT, PRINT, PORTAL)),
    ("UPDATE", "outbox_message", ("sent_at",), (PORTAL,)),
    ("SELECT", "batch_run", None, STAFF),
    ("INSERT", "batch_run", None, (MANAGER, PRINT)),
    ("UPDATE", "batch_run", ("finished_at", "state", "total", "done"), (MANAGER, PRINT)),
)
# search vocabularies (name_vocab, …), filled by triggers on candidate run as whoever writes names
VOCABULARY_GRANTS = (("SELECT", EVERYONE), ("INSERT", (MANAGER, AGENT, PORTAL)))

_ROLE_NAME = re.compile(r"^[a-z_][a-z0-9_]{0,62}$")
_SCRAM = re.compile(r"^SCRAM-SHA-256\$\d+:[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+:[A-Za-z0-9+/=]+$")


def _identity_change_condition() -> str:
    return " OR ".join(f"NEW.{c} IS DISTINCT FROM OLD.{c}" for c in IDENTITY_COLUMNS)


def _list(names) -> str:
    return ", ".join(f"'{n}'" for n in names)


# The functions and triggers. Executed without parameters (format's %I is not a placeholder).
FUNCTIONS: tuple = (
    # --- who is acting: the group of the session's login role (direct membership) ----------
    f"""CREATE OR REPLACE FUNCTION cyclades_acting_group() RETURNS text
    LANGUAGE sql STABLE SET search_path = pg_catalog, pg_temp AS $$
      SELECT g.rolname::text FROM pg_auth_members m
        JOIN pg_roles g ON g.oid = m.roleid JOIN pg_roles u ON u.oid = m.member
       WHERE u.rolname = session_user AND g.rolname IN ({_list(EVERYONE)})
       ORDER BY g.rolname LIMIT 1
    $$""",
    # --- canonical JSON, byte for byte as domain/audit.py's json.dumps(sort_keys, no spaces) -
    """CREATE OR REPLACE FUNCTION cyclades_canonical_json(v jsonb) RETURNS text
    LANGUAGE plpgsql IMMUTABLE SET search_path = pg_catalog, public, pg_temp AS $$
    DECLARE
      out text;
    BEGIN
      IF v IS NULL THEN
        RETURN 'null';
      END IF;
      CASE jsonb_typeof(v)
        WHEN 'object' THEN
          SELECT '{' || coalesce(string_agg(to_json(k)::text || ':' || cyclades_canonical_json(val), ','
                                            ORDER BY k COLLATE "C"), '') || '}'
            INTO out FROM jsonb_each(v) AS e(k, val);
          RETURN out;
        WHEN 'array' THEN
          SELECT '[' || coalesce(string_agg(cyclades_canonical_json(val), ',' ORDER BY n), '') || ']'
            INTO out FROM jsonb_array_elements(v) WITH ORDINALITY AS e(val, n);
          RETURN out;
        WHEN 'string' THEN
          RETURN to_json(v #>> '{}')::text;
        ELSE
          RETURN v::text;
      END CASE;
    END $$""",
    # --- append one event to the hash chain (used by the functions below only) --------------
    """CREATE OR REPLACE FUNCTION cyclades_audit_append(p_actor_kind text, p_actor text, p_action text,
        p_entity text, p_entity_id bigint, p_candidate_id bigint, p_old jsonb, p_new jsonb, p_reason text)
    RETURNS bigint LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
    DECLARE
      head_id bigint;
      head_hash text;
      v_at timestamp;
      v_canon text;
      v_hash text;
    BEGIN
      SELECT last_id, last_hash INTO head_id, head_hash FROM audit_head WHERE id = 1 FOR UPDATE;
      v_at := date_trunc('microseconds', clock_timestamp() AT TIME ZONE 'UTC');
      p_actor := left(coalesce(p_actor, ''), 120);
      p_reason := coalesce(p_reason, '');
      v_canon := '{"action":' || to_json(p_action)::text
        || ',"actor":' || to_json(p_actor)::text
        || ',"actor_kind":' || to_json(p_actor_kind)::text
        || ',"at":' || to_json(to_char(v_at, 'YYYY-MM-DD"T"HH24:MI:SS.US'))::text
        || ',"candidate_id":' || coalesce(p_candidate_id::text, 'null')
        || ',"entity":' || to_json(p_entity)::text
        || ',"entity_id":' || coalesce(p_entity_id::text, 'null')
        || ',"id":' || (head_id + 1)::text
        || ',"new":' || cyclades_canonical_json(p_new)
        || ',"old":' || cyclades_canonical_json(p_old)
        || ',"reason":' || to_json(p_reason)::text || '}';
      v_hash := encode(sha256(convert_to(head_hash || v_canon, 'UTF8')), 'hex');
      INSERT INTO audit_event (id, at, actor_kind, actor, db_role, action, entity, entity_id, candidate_id,
                               old_values, new_values, reason, prev_hash, hash)
      VALUES (head_id + 1, v_at, p_actor_kind, p_actor, '', p_action, p_entity, p_entity_id, p_candidate_id,
              CASE WHEN p_old IS NULL THEN NULL ELSE cyclades_canonical_json(p_old) END,
              CASE WHEN p_new IS NULL THEN NULL ELSE cyclades_canonical_json(p_new) END,
              p_reason, head_hash, v_hash);
      UPDATE audit_head SET last_id = head_id + 1, last_hash = v_hash WHERE id = 1;
      RETURN head_id + 1;
    END $$""",
    # --- the staff member's role follows the staff_user row --------------------------------
    f"""CREATE OR REPLACE FUNCTION cyclades_staff_role_sync() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
    DECLARE
      base text;
      candidate_name text;
      n int := 1;
      grp text;
      wanted text;
      is_member boolean;
      usable boolean;
      r record;
    BEGIN
      IF NEW.role NOT IN ('manager', 'agent', 'print_operator', 'read_only') THEN
        RAISE EXCEPTION 'cyclades: rôle inconnu « % »', NEW.role USING ERRCODE = 'check_violation';
      END IF;
      IF TG_OP = 'UPDATE' THEN
        IF NEW.login IS DISTINCT FROM OLD.login THEN
          RAISE EXCEPTION 'cyclades: l''identifiant d''un compte du personnel ne change jamais'
            USING ERRCODE = 'insufficient_privilege';
        END IF;
        IF OLD.db_role IS NOT NULL AND NEW.db_role IS DISTINCT FROM OLD.db_role THEN
          RAISE EXCEPTION 'cyclades: le rôle PostgreSQL d''un compte du personnel ne change jamais'
            USING ERRCODE = 'insufficient_privilege';
        END IF;
      END IF;
      IF TG_OP = 'INSERT' OR OLD.db_role IS NULL THEN
        -- a fresh name, never an existing role (which could be anyone's, a superuser's)
        base := left('{STAFF_ROLE_PREFIX}' || regexp_replace(lower(NEW.login), '[^a-z0-9_]', '_', 'g'), 56);
        candidate_name := base;
        WHILE EXISTS (SELECT 1 FROM pg_roles WHERE rolname = candidate_name) LOOP
          n := n + 1;
          candidate_name := base || '_' || n;
        END LOOP;
        EXECUTE format('CREATE ROLE %I NOLOGIN INHERIT NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION '
                       'NOBYPASSRLS VALID UNTIL %L', candidate_name, '1970-01-01 00:00:00+00');
        NEW.db_role := candidate_name;
      END IF;
      -- a disabled member keeps no right at all, even over a connection still open
      wanted := CASE WHEN NEW.active THEN 'cyclades_' || NEW.role END;
      FOREACH grp IN ARRAY ARRAY[{_list(STAFF)}] LOOP
        SELECT EXISTS (SELECT 1 FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid
                        JOIN pg_roles u ON u.oid = m.member WHERE g.rolname = grp AND u.rolname = NEW.db_role)
          INTO is_member;
        IF grp = wanted AND NOT is_member THEN
          EXECUTE format('GRANT %I TO %I', grp, NEW.db_role);
        ELSIF grp IS DISTINCT FROM wanted AND is_member THEN
          EXECUTE format('REVOKE %I FROM %I', grp, NEW.db_role);
        END IF;
      END LOOP;
      -- locked or disabled: the password is expired, so PostgreSQL answers exactly as for a wrong
      -- password (NOLOGIN alone would tell a right password from a wrong one)
      usable := NEW.active AND (NEW.locked_until IS NULL OR NEW.locked_until <= (now() AT TIME ZONE 'UTC'));
      SELECT rolcanlogin, rolvaliduntil INTO r FROM pg_roles WHERE rolname = NEW.db_role;
      IF usable AND (NOT r.rolcanlogin OR r.rolvaliduntil IS DISTINCT FROM 'infinity'::timestamptz) THEN
        EXECUTE format('ALTER ROLE %I LOGIN VALID UNTIL %L', NEW.db_role, 'infinity');
      ELSIF NOT usable AND (r.rolcanlogin IS DISTINCT FROM NEW.active
                            OR r.rolvaliduntil IS DISTINCT FROM 'epoch'::timestamptz) THEN
        EXECUTE format('ALTER ROLE %I %s VALID UNTIL %L', NEW.db_role,
                       CASE WHEN NEW.active THEN 'LOGIN' ELSE 'NOLOGIN' END, 'epoch');
      END IF;
      RETURN NEW;
    END $$""",
    "DROP TRIGGER IF EXISTS staff_user_role_sync ON staff_user",
    """CREATE TRIGGER staff_user_role_sync BEFORE INSERT OR UPDATE ON staff_user
    FOR EACH ROW EXECUTE FUNCTION cyclades_staff_role_sync()""",
    # --- passwords: a SCRAM verifier only, for a role that belongs to a staff account -------
    r"""CREATE OR REPLACE FUNCTION cyclades_set_staff_password(p_staff_id bigint, p_verifier text) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
    DECLARE
      v_role text;
    BEGIN
      IF p_verifier IS NULL OR p_verifier !~ '^SCRAM-SHA-256\$[0-9]+:[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+:[A-Za-z0-9+/=]+$' THEN
        RAISE EXCEPTION 'cyclades: seul un vérificateur SCRAM-SHA-256 est accepté, jamais un mot de passe en clair'
          USING ERRCODE = 'invalid_parameter_value';
      END IF;
      SELECT db_role INTO v_role FROM staff_user WHERE id = p_staff_id;
      IF v_role IS NULL THEN
        RAISE EXCEPTION 'cyclades: ce compte du personnel n''a pas de rôle PostgreSQL' USING ERRCODE = 'no_data_found';
      END IF;
      EXECUTE format('ALTER ROLE %I PASSWORD %L', v_role, p_verifier);
    END $$""",
    # --- sign-in, step 1 (as cyclades_signin): may this login try? ------------------------
    f"""CREATE OR REPLACE FUNCTION cyclades_sign_in_begin(p_login text, p_workstation text,
        OUT status text, OUT db_role text, OUT minutes_left integer)
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
    DECLARE
      u record;
      v_now timestamp := now() AT TIME ZONE 'UTC';
    BEGIN
      SELECT s.id, s.login, s.active, s.locked_until, s.db_role INTO u
        FROM staff_user s WHERE s.login = lower(p_login) FOR UPDATE;
      IF NOT FOUND THEN
        PERFORM cyclades_audit_append('system', p_workstation, 'staff.sign_in_refused', 'staff_user', NULL, NULL,
                                      NULL, jsonb_build_object('login', left(p_login, 64)), 'identifiant inconnu');
        status := 'unknown';
      ELSIF NOT u.active THEN
        PERFORM cyclades_audit_append('system', p_workstation, 'staff.sign_in_refused', 'staff_user', u.id, NULL,
                                      NULL, jsonb_build_object('login', u.login), 'compte désactivé');
        status := 'disabled';
      ELSIF u.locked_until IS NOT NULL AND u.locked_until > v_now THEN
        PERFORM cyclades_audit_append('system', p_workstation, 'staff.sign_in_refused', 'staff_user', u.id, NULL,
                                      NULL, jsonb_build_object('login', u.login), 'compte verrouillé');
        status := 'locked';
        minutes_left := floor(extract(epoch FROM u.locked_until - v_now) / 60)::int + 1;
      ELSIF u.db_role IS NULL THEN
        PERFORM cyclades_audit_append('system', p_workstation, 'staff.sign_in_refused', 'staff_user', u.id, NULL,
                                      NULL, jsonb_build_object('login', u.login), 'aucun rôle PostgreSQL');
        status := 'no_role';
      ELSE
        IF u.locked_until IS NOT NULL THEN  -- the {LOCK_MINUTES} minutes are over: the password works again
          UPDATE staff_user SET locked_until = NULL, failed_attempts = 0 WHERE id = u.id;
        END IF;
        status := 'ok';
        db_role := u.db_role;
      END IF;
    END $$""",
    # --- sign-in, step 2a (as cyclades_signin): PostgreSQL refused the password ------------
    f"""CREATE OR REPLACE FUNCTION cyclades_sign_in_failed(p_login text, p_workstation text,
        OUT failures integer, OUT locked boolean, OUT minutes_left integer)
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
    DECLARE
      u record;
      v_until timestamp;
    BEGIN
      SELECT s.id, s.login, s.failed_attempts, s.locked_until INTO u
        FROM staff_user s WHERE s.login = lower(p_login) FOR UPDATE;
      locked := false;
      IF NOT FOUND THEN
        failures := 0;
        RETURN;
      END IF;
      failures := u.failed_attempts + 1;
      IF failures >= {MAX_FAILED_ATTEMPTS} THEN
        v_until := (now() AT TIME ZONE 'UTC') + interval '{LOCK_MINUTES} minutes';
        UPDATE staff_user SET failed_attempts = 0, locked_until = v_until WHERE id = u.id;
        locked := true;
        minutes_left := {LOCK_MINUTES};
      ELSE
        UPDATE staff_user SET failed_attempts = failures WHERE id = u.id;
      END IF;
      PERFORM cyclades_audit_append('system', p_workstation, 'staff.sign_in_failed', 'staff_user', u.id, NULL, NULL,
        jsonb_build_object('login', u.login, 'failures', failures, 'locked', locked), '');
    END $$""",
    # --- sign-in, step 2b (over the staff member's own connection): signed in --------------
    """CREATE OR REPLACE FUNCTION cyclades_sign_in_succeeded(p_workstation text,
        OUT staff_id bigint, OUT login text, OUT full_name text, OUT role text)
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
    DECLARE
      u record;
    BEGIN
      SELECT s.id, s.login, s.full_name, s.role, s.active INTO u FROM staff_user s
       WHERE s.db_role = session_user FOR UPDATE;
      IF NOT FOUND OR NOT u.active THEN
        RAISE EXCEPTION 'cyclades: % n''est le rôle d''aucun compte actif du personnel', session_user
          USING ERRCODE = 'insufficient_privilege';
      END IF;
      UPDATE staff_user SET failed_attempts = 0, locked_until = NULL, last_login_at = now() AT TIME ZONE 'UTC'
       WHERE id = u.id;
      PERFORM cyclades_audit_append('staff', u.login, 'staff.signed_in', 'staff_user', u.id, NULL, NULL, NULL,
                                    left('poste ' || coalesce(p_workstation, ''), 200));
      staff_id := u.id;
      login := u.login;
      full_name := u.full_name;
      role := u.role;
    END $$""",
    # --- re-authentication (over the staff member's own connection): PostgreSQL refused ------
    # the password typed before an irreversible action; it counts toward the same lockout as
    # the sign-in, and is journaled (ASVS 2.2.1). Locked, the member can re-authenticate no more.
    f"""CREATE OR REPLACE FUNCTION cyclades_reauth_failed(p_workstation text,
        OUT failures integer, OUT locked boolean, OUT minutes_left integer)
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
    DECLARE
      u record;
      v_until timestamp;
    BEGIN
      SELECT s.id, s.login, s.failed_attempts INTO u FROM staff_user s
       WHERE s.db_role = session_user FOR UPDATE;
      IF NOT FOUND THEN
        RAISE EXCEPTION 'cyclades: % n''est le rôle d''aucun compte du personnel', session_user
          USING ERRCODE = 'insufficient_privilege';
      END IF;
      failures := u.failed_attempts + 1;
      locked := failures >= {MAX_FAILED_ATTEMPTS};
      IF locked THEN
        v_until := (now() AT TIME ZONE 'UTC') + interval '{LOCK_MINUTES} minutes';
        UPDATE staff_user SET failed_attempts = 0, locked_until = v_until WHERE id = u.id;
        minutes_left := {LOCK_MINUTES};
      ELSE
        UPDATE staff_user SET failed_attempts = failures WHERE id = u.id;
      END IF;
      PERFORM cyclades_audit_append('staff', u.login, 'staff.reauth_failed', 'staff_user', u.id, NULL, NULL,
        jsonb_build_object('failures', failures, 'locked', locked),
        left('poste ' || coalesce(p_workstation, ''), 200));
    END $$""",
    """CREATE OR REPLACE FUNCTION cyclades_reauth_succeeded() RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
    BEGIN
      UPDATE staff_user SET failed_attempts = 0 WHERE db_role = session_user AND failed_attempts <> 0;
    END $$""",
    # --- accommodations: each staff read journaled by the database (row-level security) -----
    """CREATE OR REPLACE FUNCTION cyclades_accommodation_read(p_inscription_id bigint) RETURNS boolean
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    DECLARE
      v_candidate bigint;
      v_login text;
    BEGIN
      SELECT candidate_id INTO v_candidate FROM inscription WHERE id = p_inscription_id;
      -- one event per candidate and transaction for rows read one after another
      IF coalesce(current_setting('cyclades.accommodations_read', true), '') <> coalesce(v_candidate::text, '?') THEN
        SELECT s.login INTO v_login FROM staff_user s WHERE s.db_role = session_user;
        PERFORM cyclades_audit_append('staff', coalesce(v_login, session_user::text), 'accommodations.read',
          'candidate', v_candidate, v_candidate, NULL, NULL, 'lecture en base de données de santé');
        PERFORM set_config('cyclades.accommodations_read', coalesce(v_candidate::text, '?'), true);
      END IF;
      RETURN true;
    END $$""",
    # --- the portal never writes a locked identity ------------------------------------------
    f"""CREATE OR REPLACE FUNCTION cyclades_portal_identity_lock() RETURNS trigger
    LANGUAGE plpgsql AS $$
    BEGIN
      IF OLD.identity_locked_at IS NOT NULL AND cyclades_acting_group() = '{PORTAL}'
         AND ({_identity_change_condition()}) THEN
        RAISE EXCEPTION 'cyclades: identité verrouillée depuis la première inscription : seul le service des examens la corrige'
          USING ERRCODE = 'insufficient_privilege';
      END IF;
      RETURN NEW;
    END $$""",
    "DROP TRIGGER IF EXISTS candidate_portal_identity_lock ON candidate",
    """CREATE TRIGGER candidate_portal_identity_lock BEFORE UPDATE ON candidate
    FOR EACH ROW EXECUTE FUNCTION cyclades_portal_identity_lock()""",
)

POLICIES: tuple = (
    "ALTER TABLE accommodation ENABLE ROW LEVEL SECURITY",
    "DROP POLICY IF EXISTS accommodation_portal ON accommodation",
    f"CREATE POLICY accommodation_portal ON accommodation FOR ALL TO {PORTAL} USING (true) WITH CHECK (true)",
    "DROP POLICY IF EXISTS accommodation_staff_read ON accommodation",
    f"""CREATE POLICY accommodation_staff_read ON accommodation FOR SELECT TO {MANAGER}, {AGENT}
    USING (cyclades_accommodation_read(inscription_id))""",
    "DROP POLICY IF EXISTS accommodation_staff_write ON accommodation",
    f"CREATE POLICY accommodation_staff_write ON accommodation FOR INSERT TO {MANAGER}, {AGENT} WITH CHECK (true)",
    "DROP POLICY IF EXISTS accommodation_print ON accommodation",
    f"CREATE POLICY accommodation_print ON accommodation FOR SELECT TO {PRINT} USING (false)",
    "ALTER TABLE audit_event ENABLE ROW LEVEL SECURITY",
    "DROP POLICY IF EXISTS audit_read_all ON audit_event",
    f"CREATE POLICY audit_read_all ON audit_event FOR SELECT TO {MANAGER}, {AGENT}, {PORTAL} USING (true)",
    "DROP POLICY IF EXISTS audit_read_no_health ON audit_event",
    f"""CREATE POLICY audit_read_no_health ON audit_event FOR SELECT TO {PRINT}, {READ}
    USING (action NOT LIKE 'accommodation%')""",
    "DROP POLICY IF EXISTS audit_append ON audit_event",
    f"CREATE POLICY audit_append ON audit_event FOR INSERT TO {', '.join(EVERYONE)} WITH CHECK (true)",
)

EXECUTE_GRANTS = (
    ("cyclades_set_staff_password(bigint, text)", (MANAGER,)),
    ("cyclades_sign_in_begin(text, text)", (SIGNIN,)),
    ("cyclades_sign_in_failed(text, text)", (SIGNIN,)),
    ("cyclades_sign_in_succeeded(text)", STAFF),
    ("cyclades_reauth_failed(text)", STAFF),
    ("cyclades_reauth_succeeded()", STAFF),
    ("cyclades_accommodation_read(bigint)", (MANAGER, AGENT)),
    ("cyclades_acting_group()", EVERYONE),
    ("cyclades_canonical_json(jsonb)", EVERYONE),
)
PRIVATE_FUNCTIONS = ("cyclades_audit_append(text, text, text, text, bigint, bigint, jsonb, jsonb, text)",)


@dataclass(frozen=True)
class SetupReport:
    created_roles: tuple
    grants: int
    staff_without_role: tuple
    tables_without_grants: tuple = ()

    def summary(self) -> str:
        lines = [
            "Rôles PostgreSQL en place : " + ", ".join((*STAFF, PORTAL, SIGNIN)) + ".",
            (
                f"Créés maintenant : {', '.join(self.created_roles)}."
                if self.created_roles
                else "Aucun rôle à créer : ils existaient déjà."
            ),
            f"{self.grants} droits accordés, table par table et colonne par colonne (tout le reste est refusé).",
        ]
        if self.tables_without_grants:
            lines.append(
                "Tables sans aucun droit pour les rôles (à décider dans postgres_roles.GRANTS) : "
                + ", ".join(self.tables_without_grants)
                + "."
            )
        if self.staff_without_role:
            lines.append(
                "Comptes du personnel encore sans rôle PostgreSQL (réinitialisez leur mot de passe pour "
                "le créer) : " + ", ".join(self.staff_without_role) + "."
            )
        return "\n".join(lines)


def _ddl(sql: str) -> None:
    """Run a statement without parameters, so that format()'s %I is left to PostgreSQL."""
    with peewee.__exception_wrapper__:  # type: ignore[attr-defined]  # peewee's driver-error translator, not in its stubs
        store_db.database.cursor().execute(sql)


def _rows(sql: str, params=()) -> list:
    return list(store_db.database.execute_sql(sql, params).fetchall())


def active() -> bool:
    """Whether this PostgreSQL database has been through pg-setup (sign-in by database role)."""
    if not store_db.is_postgres():
        return False
    return bool(_rows("SELECT to_regprocedure('cyclades_sign_in_begin(text, text)') IS NOT NULL")[0][0])


def _ensure_role(name: str, login: bool) -> bool:
    found = _rows("SELECT rolsuper, rolcreaterole, rolcanlogin FROM pg_roles WHERE rolname = %s", (name,))
    if found:
        superuser, createrole, _ = found[0]
        if superuser or createrole:
            raise RuleViolation(
                f"Le rôle PostgreSQL « {name} » existe déjà avec des droits d'administration : "
                "renommez-le avant de lancer pg-setup."
            )
        _ddl(
            f"ALTER ROLE {name} {'LOGIN' if login else 'NOLOGIN'} NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS"
        )
        return False
    _ddl(
        f"CREATE ROLE {name} {'LOGIN' if login else 'NOLOGIN'} NOSUPERUSER NOCREATEDB NOCREATEROLE "
        "NOREPLICATION NOBYPASSRLS" + (" NOINHERIT" if login else "")
    )
    return True


def scram_verifier(password: str) -> str:
    """The SCRAM-SHA-256 verifier of `password`, computed here: the server never sees the password."""
    conn = store_db.database.connection()
    return conn.pgconn.encrypt_password(password.encode(), b"", b"scram-sha-256").decode()


def setup(signin_password: str | None = None) -> SetupReport:
    """Create the roles, grants, policies and functions (idempotent; run by the owner)."""
    if not store_db.is_postgres():
        raise ValidationError(
            "pg-setup ne concerne que PostgreSQL : la base SQLite d'un poste n'a pas de rôles."
        )
    database = store_db.database
    created: list[str] = []
    with database.atomic():
        _rows("SELECT pg_advisory_xact_lock(7262002)")
        dbname = _rows("SELECT current_database()")[0][0]
        for group in EVERYONE:
            if _ensure_role(group, login=False):
                created.append(group)
        if _ensure_role(SIGNIN, login=True):
            created.append(SIGNIN)
        if signin_password is not None:
            _ddl(f"ALTER ROLE {SIGNIN} PASSWORD '{scram_verifier(signin_password)}'")
        # nothing for anyone, then exactly what each job needs
        _ddl(f'REVOKE ALL ON DATABASE "{dbname}" FROM PUBLIC')
        _ddl("REVOKE ALL ON SCHEMA public FROM PUBLIC")
        _ddl("REVOKE ALL ON ALL TABLES IN SCHEMA public FROM PUBLIC")
        _ddl("REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM PUBLIC")
        roles = ", ".join((*EVERYONE, SIGNIN))
        _ddl(f"REVOKE ALL ON ALL TABLES IN SCHEMA public FROM {roles}")
        _ddl(f"REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM {roles}")
        _ddl(f'GRANT CONNECT ON DATABASE "{dbname}" TO {roles}')
        _ddl(f"GRANT USAGE ON SCHEMA public TO {roles}")
        for sql in FUNCTIONS:
            _ddl(sql)
        for sql in POLICIES:
            _ddl(sql)
        functions = [
            r[0]
            for r in _rows(
                "SELECT p.oid::regprocedure::text FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace "
                "WHERE n.nspname = 'public' AND p.proname LIKE 'cyclades%%'"
            )
        ]
        for fn in functions:
            _ddl(f"REVOKE ALL ON FUNCTION {fn} FROM PUBLIC, {roles}")
        for fn, groups in EXECUTE_GRANTS:
            _ddl(f"GRANT EXECUTE ON FUNCTION {fn} TO {', '.join(groups)}")
        count = 0
        inserters: dict[str, set] = {}
        tables = {r[0] for r in _rows("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")}
        grants = [g for g in GRANTS if g[1] in tables]
        grants += [
            (privilege, t, None, groups)
            for t in sorted(tables)
            if t.endswith("_vocab")
            for privilege, groups in VOCABULARY_GRANTS
        ]
        for privilege, table, columns, groups in grants:
            cols = f" ({', '.join(columns)})" if columns else ""
            _ddl(f"GRANT {privilege}{cols} ON {table} TO {', '.join(groups)}")
            count += len(groups)
            if privilege == "INSERT":
                inserters.setdefault(table, set()).update(groups)
        for table, inserting in sorted(inserters.items()):
            for (seq,) in _rows(
                "SELECT s.oid::regclass::text FROM pg_class s JOIN pg_depend d ON d.objid = s.oid "
                "JOIN pg_class t ON t.oid = d.refobjid WHERE s.relkind = 'S' AND t.oid = %s::regclass",
                (table,),
            ):
                _ddl(f"GRANT USAGE ON SEQUENCE {seq} TO {', '.join(sorted(inserting))}")
                count += len(inserting)
        without = tuple(
            r[0] for r in _rows("SELECT login FROM staff_user WHERE db_role IS NULL ORDER BY login")
        )
        uncovered = tuple(sorted(tables - {g[1] for g in grants}))
    return SetupReport(tuple(created), count, without, uncovered)


# ----------------------------------------------------------------------------- staff accounts


def set_staff_password(staff_id: int, password: str) -> None:
    """Give the staff member's role this password (as a SCRAM verifier), inside the caller's transaction."""
    store_db.database.execute_sql(
        "SELECT cyclades_set_staff_password(%s, %s)", (staff_id, scram_verifier(password))
    )


def staff_db_role(staff_id: int) -> str | None:
    rows = _rows("SELECT db_role FROM staff_user WHERE id = %s", (staff_id,))
    return rows[0][0] if rows else None


# ----------------------------------------------------------------------------- sign-in


@dataclass(frozen=True)
class Gate:
    status: str  # ok | unknown | disabled | locked | no_role
    db_role: str | None
    minutes_left: int | None


def sign_in_begin(login: str, workstation: str) -> Gate:
    row = _rows(
        "SELECT status, db_role, minutes_left FROM cyclades_sign_in_begin(%s, %s)", (login, workstation)
    )[0]
    return Gate(*row)


def sign_in_failed(login: str, workstation: str) -> tuple[int, bool, int | None]:
    row = _rows(
        "SELECT failures, locked, minutes_left FROM cyclades_sign_in_failed(%s, %s)", (login, workstation)
    )[0]
    return row[0], row[1], row[2]


def sign_in_succeeded(workstation: str) -> tuple:
    return _rows(
        "SELECT staff_id, login, full_name, role FROM cyclades_sign_in_succeeded(%s)", (workstation,)
    )[0]


def reauth_failed(workstation: str) -> tuple[int, bool, int | None]:
    row = _rows("SELECT failures, locked, minutes_left FROM cyclades_reauth_failed(%s)", (workstation,))[0]
    return row[0], row[1], row[2]


def reauth_succeeded() -> None:
    _rows("SELECT cyclades_reauth_succeeded()")


def is_password_refusal(exc: BaseException) -> bool:
    """Whether a failed connection means « wrong password » (or a locked or disabled role)."""
    return getattr(exc, "kind", None) in ("password_required", "login_refused")
