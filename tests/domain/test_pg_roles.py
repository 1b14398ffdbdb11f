"""PostgreSQL roles: each staff member signs in as their own role; the database refuses the rest.

Every test here runs on a real PostgreSQL after `pg-setup`. One test per role signs in and
tries, in raw SQL over that role's own connection, what the role must not do: PostgreSQL
refuses each attempt. Other tests show that each role does its job through the services over
its own connection, the journal recording the database role that acted.
"""

from __future__ import annotations

import datetime as dt
import itertools
import os
from dataclasses import dataclass, field

import psycopg
import pytest

from cyclades_desktop import cli
from cyclades_desktop.domain import (
    audit,
    candidates,
    inscriptions,
    portal,
    publication,
    search,
    staff,
)
from cyclades_desktop.errors import AuthenticationError, PermissionDenied, RuleViolation
from cyclades_desktop.store import db as store_db
from cyclades_desktop.store import postgres_roles
from cyclades_desktop.store.models import (
    Accommodation,
    AuditEvent,
    Candidate,
    Document,
    Inscription,
    StaffUser,
)
from tests import factories as f
from tests.conftest import fresh_database

SIGNIN_PASSWORD = "connexion-poste-2027"
PORTAL_PASSWORD = "portail-secret-2027"
LOGINS = {"manager": "gisele", "agent": "alain", "print_operator": "pierre", "read_only": "rose"}
_serial = itertools.count()


@dataclass
class PgWorld:
    server: object
    url: store_db.DatabaseUrl
    owner: object  # the owner's Database object (the migrations, pg-setup)
    world: f.World
    candidate_id: int
    inscription_id: int
    portal_role: str
    roles: dict = field(default_factory=dict)  # login -> db_role

    @property
    def dbname(self) -> str:
        return self.url.name

    def raw(self, role: str, password: str):
        """A raw psycopg connection as `role` (autocommit: each refused statement stands alone)."""
        return psycopg.connect(
            host="127.0.0.1",
            port=self.server.port,
            user=role,
            password=password,
            dbname=self.dbname,
            autocommit=True,
            connect_timeout=5,
        )

    def raw_staff(self, login: str):
        return self.raw(self.roles[login], f.STAFF_PASSWORD)

    def gate(self):
        """A workstation's sign-in connection (the `cyclades_signin` role)."""
        return store_db.make_database(self.url.with_user(postgres_roles.SIGNIN, SIGNIN_PASSWORD))

    def sign_in(self, login: str, password: str = f.STAFF_PASSWORD):
        """Sign in through the sign-in role, as the window does; return (session, own Database)."""
        gate = self.gate()
        try:
            with store_db.thread_database(gate):
                session = staff.sign_in(login, password)
                own = store_db.database.obj
        finally:
            gate.close()
        return session, own

    def portal_db(self):
        return store_db.make_database(self.url.with_user(self.portal_role, PORTAL_PASSWORD))


def setup_pg_world(request, tmp_path) -> PgWorld:
    """A migrated database after pg-setup, a small world, one staff member per role, a portal role."""
    server = request.getfixturevalue("pg_server")
    created_roles: list[str] = []

    def drop_roles():  # registered first, so it runs after the database is dropped
        with server.admin_connect() as conn:
            for role in created_roles:
                conn.execute(f'DROP ROLE IF EXISTS "{role}"')

    request.addfinalizer(drop_roles)
    url = store_db.parse_url(fresh_database("postgres", request, tmp_path))
    owner = store_db.database.obj
    report = postgres_roles.setup(signin_password=SIGNIN_PASSWORD)
    assert report.grants > 100
    world = f.build_world()
    cid, new = f.registered_candidate(world)
    system = staff.system_session()
    roles = {}
    for role, login in LOGINS.items():
        info = staff.create_staff(system, login, login.title(), role, f.STAFF_PASSWORD)
        roles[login] = postgres_roles.staff_db_role(info.id)
        created_roles.append(roles[login])
    portal_role = f"portal_{os.getpid()}_{next(_serial)}"
    with server.admin_connect() as conn:
        conn.execute(f"CREATE ROLE {portal_role} LOGIN PASSWORD '{PORTAL_PASSWORD}' IN ROLE cyclades_portal")
    created_roles.append(portal_role)
    request.addfinalizer(
        lambda: created_roles.extend(
            r[0]
            for r in _admin_rows(server, url.name, "SELECT db_role FROM staff_user WHERE db_role IS NOT NULL")
        )
    )
    return PgWorld(server, url, owner, world, cid, new.inscription_id, portal_role, roles)


def _admin_rows(server, dbname, sql):
    try:
        with server.admin_connect(dbname) as conn:
            return conn.execute(sql).fetchall()
    except psycopg.Error:
        return []


@pytest.fixture
def pg(request, tmp_path, frozen_now):
    return setup_pg_world(request, tmp_path)


# Refused by a privilege, a guard or a policy: never by a typo in the test's own SQL.
REFUSALS = (
    psycopg.errors.InsufficientPrivilege,
    psycopg.errors.CheckViolation,
    psycopg.errors.RaiseException,
    psycopg.errors.InvalidParameterValue,
    psycopg.errors.UndefinedTable,
)


def refused(conn, sql, params=None, match=None):
    """Assert that PostgreSQL refuses `sql`; return the error text."""
    with pytest.raises(psycopg.Error) as err:
        conn.execute(sql, params)
    assert isinstance(err.value, REFUSALS), f"{type(err.value).__name__}: {err.value}"
    if os.environ.get("CYCLADES_SHOW_REFUSALS"):
        print(
            f"{conn.info.user:<28} {sql[:70]:<70} -> {type(err.value).__name__}: {str(err.value).splitlines()[0]}"
        )
    if match:
        assert match in str(err.value), str(err.value)
    return str(err.value)


# --------------------------------------------------------------------------- roles and grants


def test_pg_setup_creates_groups_and_is_idempotent(pg):
    again = postgres_roles.setup()
    assert again.created_roles == ()
    # a table added by a later migration gets no right until someone decides who needs it
    assert again.tables_without_grants == (), again.summary()
    with pg.server.admin_connect(pg.dbname) as conn:
        groups = {
            r[0]: r[1:]
            for r in conn.execute(
                "SELECT rolname, rolcanlogin, rolsuper, rolcreaterole FROM pg_roles WHERE rolname LIKE 'cyclades_%'"
            )
        }
        assert set(postgres_roles.EVERYONE) | {postgres_roles.SIGNIN} <= set(groups)
        assert all(not superuser and not createrole for _login, superuser, createrole in groups.values())
        assert groups[postgres_roles.SIGNIN][0] and not groups["cyclades_agent"][0]
        # PUBLIC keeps nothing on our tables
        public = conn.execute(
            "SELECT count(*) FROM information_schema.role_table_grants "
            "WHERE grantee = 'PUBLIC' AND table_schema = 'public'"
        ).fetchone()[0]
        assert public == 0


def test_each_staff_member_has_a_login_role_in_the_group_of_their_job(pg):
    with pg.server.admin_connect(pg.dbname) as conn:
        for role, login in LOGINS.items():
            db_role = pg.roles[login]
            assert db_role.startswith("cy_" + login)
            groups = [
                r[0]
                for r in conn.execute(
                    "SELECT g.rolname FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid "
                    "JOIN pg_roles u ON u.oid = m.member WHERE u.rolname = %s",
                    (db_role,),
                )
            ]
            assert groups == [postgres_roles.GROUPS[role]]
            canlogin, superuser, createrole = conn.execute(
                "SELECT rolcanlogin, rolsuper, rolcreaterole FROM pg_roles WHERE rolname = %s", (db_role,)
            ).fetchone()
            assert canlogin and not superuser and not createrole
    # the password lives in PostgreSQL only, as a SCRAM verifier; no copy in staff_user
    assert {u.password_hash for u in StaffUser.select()} == {postgres_roles.PASSWORD_HELD_BY_POSTGRES}
    with pg.server.admin_connect(pg.dbname) as conn:
        secret = conn.execute(
            "SELECT rolpassword FROM pg_authid WHERE rolname = %s", (pg.roles["alain"],)
        ).fetchone()[0]
    assert secret.startswith("SCRAM-SHA-256$") and f.STAFF_PASSWORD not in secret


def test_a_login_never_adopts_an_existing_role(pg):
    with pg.server.admin_connect() as conn:
        conn.execute("CREATE ROLE cy_mallory LOGIN")  # someone else's role, already there
    try:
        info = staff.create_staff(staff.system_session(), "mallory", "Mallory", "agent", f.STAFF_PASSWORD)
        assert postgres_roles.staff_db_role(info.id) == "cy_mallory_2"
        with pg.server.admin_connect() as conn:
            assert (
                conn.execute(
                    "SELECT count(*) FROM pg_auth_members m JOIN pg_roles u ON u.oid = m.member "
                    "WHERE u.rolname = 'cy_mallory'"
                ).fetchone()[0]
                == 0
            )
    finally:
        store_db.close_database()
        with pg.server.admin_connect() as conn:
            conn.execute(f"DROP DATABASE IF EXISTS {pg.dbname} WITH (FORCE)")
            conn.execute("DROP ROLE IF EXISTS cy_mallory")
            conn.execute("DROP ROLE IF EXISTS cy_mallory_2")


WRONG = "n-importe-quoi"


def _assert_unchanged(pg, before):
    with store_db.thread_database(pg.owner):
        assert audit.verify().ok
        c = Candidate.get_by_id(pg.candidate_id)
        assert (c.birth_name, c.version, c.identity_locked_at is not None) == before


def _before(pg):
    with store_db.thread_database(pg.owner):
        c = Candidate.get_by_id(pg.candidate_id)
        return c.birth_name, c.version, c.identity_locked_at is not None


def _withdrawn_and_superseded(pg):
    """A withdrawn inscription and a superseded document to try to bring back."""
    with store_db.thread_database(pg.owner):
        cid2, new2 = f.registered_candidate(
            pg.world, "paul.martin@example.fr", birth_name="Martin", first_names="Paul"
        )
        portal.modify_inscription(cid2, new2.inscription_id, {"specialities": ("Physique-chimie", "SVT")})
        ins = Inscription.get_by_id(new2.inscription_id)
        inscriptions.withdraw(staff.system_session(), ins.id, ins.version, "Demande écrite")
        old_doc = Document.get((Document.inscription == ins.id) & (Document.version == 1))
        Accommodation.create(
            inscription=pg.inscription_id,
            kind="extra_time",
            detail="un tiers temps",
            granted_at=dt.datetime(2026, 11, 2),
            granted_by="gisele",
        )
    return ins.id, old_doc.id


def _common_refusals(conn, pg, own_role, withdrawn_id, old_doc_id):
    """What no staff role may do, whatever its job."""
    event = 1
    refused(conn, "DELETE FROM audit_event WHERE id = %s", (event,))
    refused(conn, "UPDATE audit_event SET reason = 'falsifié' WHERE id = %s", (event,))
    refused(conn, "TRUNCATE audit_event")
    refused(conn, "UPDATE audit_head SET last_hash = repeat('0', 64)")
    refused(
        conn,
        "INSERT INTO audit_event (id, at, actor_kind, actor, db_role, action, entity, reason, prev_hash, hash) "
        "VALUES (1000000, now(), 'staff', 'boss', '', 'x', 'y', '', repeat('a', 64), repeat('b', 64))",
    )
    refused(conn, "UPDATE inscription SET status = 'registered' WHERE id = %s", (withdrawn_id,))
    refused(conn, "UPDATE document SET sha256 = repeat('0', 64) WHERE id = %s", (old_doc_id,))
    refused(conn, "UPDATE document SET is_current = true WHERE id = %s", (old_doc_id,))
    refused(conn, "UPDATE document_content SET pdf = 'forged' WHERE document_id = %s", (old_doc_id,))
    refused(conn, "UPDATE candidate SET identity_locked_at = NULL WHERE id = %s", (pg.candidate_id,))
    refused(conn, "UPDATE candidate SET password_hash = 'x' WHERE id = %s", (pg.candidate_id,))
    refused(conn, "SELECT password_hash FROM staff_user")
    refused(conn, "SELECT password_hash FROM candidate")  # the candidates' hashes neither
    refused(conn, "SELECT * FROM candidate")
    refused(conn, "UPDATE staff_user SET db_role = 'postgres'")
    refused(conn, f"GRANT cyclades_manager TO {own_role}")
    refused(conn, f"ALTER ROLE {own_role} CREATEROLE")
    refused(conn, "CREATE ROLE evil LOGIN")
    refused(conn, "SELECT cyclades_sign_in_failed('gisele', 'x')")
    refused(conn, "SELECT * FROM cyclades_sign_in_begin('gisele', 'x')")
    refused(conn, "SELECT cyclades_audit_append('staff', 'boss', 'x', 'y', NULL, NULL, NULL, NULL, '')")
    refused(conn, "CREATE TABLE evil (id int)")
    refused(conn, "UPDATE counter SET value = 0")
    refused(conn, "DELETE FROM outbox_message")


@pytest.mark.parametrize("role", ["read_only", "print_operator", "agent", "manager"])
def test_each_role_is_refused_what_its_job_does_not_need(pg, role):
    withdrawn_id, old_doc_id = _withdrawn_and_superseded(pg)
    before = _before(pg)
    login = LOGINS[role]
    own = pg.roles[login]
    with pg.raw_staff(login) as conn:
        _common_refusals(conn, pg, own, withdrawn_id, old_doc_id)
        if role in ("read_only", "print_operator"):
            refused(conn, "UPDATE candidate SET birth_name = 'Pirate' WHERE id = %s", (pg.candidate_id,))
            refused(
                conn,
                "UPDATE inscription SET status = 'withdrawn', status_reason = 'x' WHERE id = %s",
                (pg.inscription_id,),
            )
            refused(conn, "UPDATE candidate SET email = 'x@example.fr' WHERE id = %s", (pg.candidate_id,))
            refused(
                conn,
                "INSERT INTO accommodation (inscription_id, kind, detail, separate_room, granted_at, "
                "granted_by) VALUES (%s, 'extra_time', '', false, now(), 'x')",
                (pg.inscription_id,),
            )
            refused(conn, "UPDATE staff_user SET role = 'manager'")
            refused(conn, "SELECT cyclades_set_staff_password(1, 'SCRAM-SHA-256$4096:AA==$AA=:AA=')")
            refused(
                conn,
                "INSERT INTO staff_user (login, full_name, role, password_hash, active, failed_attempts, "
                "created_at, version) VALUES ('evil', 'Evil', 'manager', 'x', true, 0, now(), 1)",
            )
        if role == "read_only":
            refused(conn, "SELECT * FROM accommodation", match="permission denied")
            refused(
                conn,
                "INSERT INTO document (inscription_id, kind, version, is_current, verification_code, sha256, "
                "input_hash, size, published_at, published_by) VALUES (%s, 'convocation', 1, true, "
                "'AAAA-BBBB-CCCC', 'x', 'y', 1, now(), 'rose')",
                (pg.inscription_id,),
            )
            refused(
                conn,
                "INSERT INTO outbox_message (created_at, to_address, template, subject, body) "
                "VALUES (now(), 'a@b.fr', 'x', 'x', 'x')",
            )
        if role == "print_operator":
            # no error, but not one row: the measures granted stay hidden
            assert conn.execute("SELECT count(*) FROM accommodation").fetchone()[0] == 0
            refused(conn, "UPDATE document SET published_by = 'pierre' WHERE id = %s", (old_doc_id,))
        if role in ("read_only", "print_operator"):
            hidden = conn.execute(
                "SELECT count(*) FROM audit_event WHERE action LIKE 'accommodation%%'"
            ).fetchone()[0]
            assert hidden == 0
        if role == "agent":
            refused(conn, "UPDATE staff_user SET role = 'manager' WHERE login = 'alain'")
            refused(
                conn,
                "INSERT INTO staff_user (login, full_name, role, password_hash, active, failed_attempts, "
                "created_at, version) VALUES ('evil', 'Evil', 'manager', 'x', true, 0, now(), 1)",
            )
            refused(conn, "SET ROLE cyclades_manager")
            refused(conn, "DELETE FROM candidate WHERE id = %s", (pg.candidate_id,))
            refused(conn, "UPDATE inscription SET centre_id = NULL WHERE id = %s", (pg.inscription_id,))
            refused(conn, "UPDATE academy SET name = 'x'")
            refused(conn, "SELECT cyclades_set_staff_password(1, 'SCRAM-SHA-256$4096:AA==$AA=:AA=')")
        if role == "manager":
            refused(conn, "GRANT pg_execute_server_program TO " + own)
            refused(conn, "ALTER ROLE cyclades PASSWORD 'x'")
            refused(conn, "UPDATE staff_user SET login = 'x' WHERE login = 'rose'")
            refused(
                conn,
                "SELECT cyclades_set_staff_password((SELECT id FROM staff_user WHERE login = 'rose'), "
                "'mot-de-passe-en-clair')",
                match="SCRAM",
            )
    _assert_unchanged(pg, before)


def test_the_portal_role_is_refused_what_the_candidate_space_may_not_do(pg):
    withdrawn_id, old_doc_id = _withdrawn_and_superseded(pg)
    before = _before(pg)
    with pg.raw(pg.portal_role, PORTAL_PASSWORD) as conn:
        # identity is locked since the first inscription
        refused(
            conn,
            "UPDATE candidate SET birth_name = 'Pirate' WHERE id = %s",
            (pg.candidate_id,),
            match="verrouillée",
        )
        refused(conn, "UPDATE candidate SET identity_locked_at = NULL WHERE id = %s", (pg.candidate_id,))
        refused(conn, "UPDATE inscription SET status = 'withdrawn' WHERE id = %s", (pg.inscription_id,))
        refused(conn, "UPDATE inscription SET status = 'registered' WHERE id = %s", (withdrawn_id,))
        refused(conn, "UPDATE document SET sha256 = repeat('0', 64) WHERE id = %s", (old_doc_id,))
        refused(conn, "DELETE FROM candidate WHERE id = %s", (pg.candidate_id,))
        refused(conn, "DELETE FROM audit_event")
        refused(conn, "SELECT * FROM staff_user")
        refused(
            conn,
            "INSERT INTO accommodation (inscription_id, kind, detail, separate_room, granted_at, "
            "granted_by) VALUES (%s, 'extra_time', '', false, now(), 'x')",
            (pg.inscription_id,),
        )
        # but while no inscription was ever saved, the candidate edits their identity
        with store_db.thread_database(pg.owner):
            free = f.active_candidate("libre@example.fr", birth_name="Libre")
        conn.execute("UPDATE candidate SET first_names = 'Jeanne-Libre' WHERE id = %s", (free,))
    _assert_unchanged(pg, before)


def test_the_sign_in_role_can_only_sign_in(pg):
    with pg.raw(postgres_roles.SIGNIN, SIGNIN_PASSWORD) as conn:
        for sql in (
            "SELECT * FROM candidate",
            "SELECT login FROM staff_user",
            "SELECT * FROM audit_event",
            "SELECT * FROM accommodation",
            "SELECT * FROM inscription",
            "SELECT * FROM cyclades_sign_in_succeeded('x')",
            "SELECT cyclades_set_staff_password(1, 'x')",
            "UPDATE staff_user SET failed_attempts = 0, locked_until = NULL",
        ):
            refused(conn, sql)
        assert conn.execute("SELECT count(*) FROM staff_user WHERE active").fetchone()[0] == 4
    from cyclades_desktop.domain import queries
    from cyclades_desktop.store import migrations

    gate = pg.gate()
    with store_db.thread_database(gate):  # what the window asks before anyone has signed in
        assert migrations.check_version() == migrations.LATEST
        assert queries.has_staff_accounts()
    gate.close()


# --------------------------------------------------------------------------- each role does its job


def _events_since(pg, first_id):
    with store_db.thread_database(pg.owner):
        return list(AuditEvent.select().where(AuditEvent.id > first_id).order_by(AuditEvent.id))


def _last_event_id(pg):
    with store_db.thread_database(pg.owner):
        return AuditEvent.select(AuditEvent.id).order_by(AuditEvent.id.desc()).scalar()


def test_an_agent_corrects_and_withdraws_over_their_own_connection(pg):
    with store_db.thread_database(pg.owner):
        Accommodation.create(
            inscription=pg.inscription_id,
            kind="extra_time",
            detail="tiers temps",
            granted_at=dt.datetime(2026, 11, 2),
            granted_by="gisele",
        )
    start = _last_event_id(pg)
    agent, own = pg.sign_in("alain")
    assert (agent.login, agent.role, agent.db_role) == ("alain", "agent", pg.roles["alain"])
    with store_db.thread_database(own):
        assert store_db.database.execute_sql("SELECT session_user").fetchone()[0] == pg.roles["alain"]
        cf = candidates.candidate_file(agent, pg.candidate_id)
        assert [a.kind for a in cf.inscriptions[0].accommodations] == ["extra_time"]
        with pytest.raises(AuthenticationError):  # re-authentication: PostgreSQL checks the password
            candidates.correct_identity(
                agent, pg.candidate_id, cf.version, {"birth_name": "Lefebvre"}, "Erreur de saisie", WRONG
            )
        candidates.correct_identity(
            agent,
            pg.candidate_id,
            cf.version,
            {"birth_name": "Lefebvre"},
            "Erreur de saisie de l'état civil",
            f.STAFF_PASSWORD,
        )
        inscriptions.grant_accommodation(
            agent, pg.inscription_id, "material_conditions", "salle au rez-de-chaussée"
        )
        ins = Inscription.get_by_id(pg.inscription_id)
        inscriptions.withdraw(agent, ins.id, ins.version, "Demande écrite du candidat", f.STAFF_PASSWORD)
    events = _events_since(pg, start)
    by_action = {e.action: e for e in events}
    assert {
        "staff.signed_in",
        "accommodations.read",
        "accommodations.viewed",
        "identity.corrected",
        "document.published",
        "accommodation.granted",
        "inscription.withdrawn",
    } <= set(by_action)
    for action in (
        "staff.signed_in",
        "accommodations.read",
        "identity.corrected",
        "accommodation.granted",
        "inscription.withdrawn",
    ):
        assert (by_action[action].actor, by_action[action].db_role) == ("alain", pg.roles["alain"]), action
    with store_db.thread_database(pg.owner):
        assert Candidate.get_by_id(pg.candidate_id).birth_name == "Lefebvre"
        assert Inscription.get_by_id(pg.inscription_id).status == "withdrawn"
        assert audit.verify().ok
    own.close()


def test_a_print_operator_publishes_without_seeing_accommodations(pg):
    with store_db.thread_database(pg.owner):
        Accommodation.create(
            inscription=pg.inscription_id,
            kind="extra_time",
            detail="tiers temps",
            granted_at=dt.datetime(2026, 11, 2),
            granted_by="gisele",
        )
        Inscription.update(centre=pg.world.centre_id, room="A12").where(
            Inscription.id == pg.inscription_id
        ).execute()
    operator, own = pg.sign_in("pierre")
    with store_db.thread_database(own):
        assert search.search(operator, "lefevre").rows
        cf = candidates.candidate_file(operator, pg.candidate_id)
        assert cf.inscriptions[0].accommodations_hidden
        assert not any(h.action.startswith("accommodation") for h in cf.history)
        result = publication.publish(operator, pg.inscription_id, "convocation")
        assert result.created
        with pytest.raises(PermissionDenied):
            inscriptions.withdraw(operator, pg.inscription_id, 1, "Pas mon travail", f.STAFF_PASSWORD)
    with store_db.thread_database(pg.owner):
        e = (
            AuditEvent.select()
            .where(AuditEvent.action == "document.published")
            .order_by(AuditEvent.id.desc())
            .get()
        )
        assert (e.actor, e.db_role) == ("pierre", pg.roles["pierre"])
    own.close()


def test_read_only_staff_search_and_view(pg):
    viewer, own = pg.sign_in("rose")
    with store_db.thread_database(own):
        assert [r.id for r in search.search(viewer, "lefevre").rows] == [pg.candidate_id]
        cf = candidates.candidate_file(viewer, pg.candidate_id)
        assert cf.inscriptions[0].accommodations_hidden and cf.display_name.startswith("LEFÈVRE")
    own.close()


def test_a_manager_creates_changes_and_disables_staff_and_the_roles_follow(pg):
    boss, own = pg.sign_in("gisele")
    with store_db.thread_database(own):
        info = staff.create_staff(boss, "nadia", "Nadia", "read_only", f.STAFF_PASSWORD)
        role = postgres_roles.staff_db_role(info.id)
    _nadia, nadia_db = pg.sign_in("nadia")
    with pg.raw(role, f.STAFF_PASSWORD) as conn:
        refused(conn, "UPDATE candidate SET birth_name = 'X' WHERE id = %s", (pg.candidate_id,))
        with store_db.thread_database(own):
            info = staff.update_staff(boss, info.id, info.version, role="agent")
        conn.execute(
            "UPDATE candidate SET phone = '0600000000' WHERE id = %s", (pg.candidate_id,)
        )  # now an agent
        with store_db.thread_database(own):
            staff.update_staff(boss, info.id, info.version, active=False)
        # the connection still open has lost every right; a new one is refused like a wrong password
        refused(conn, "SELECT count(*) FROM candidate")  # no right left, not even to see the schema
    with pytest.raises(psycopg.OperationalError, match="password authentication failed"):
        pg.raw(role, f.STAFF_PASSWORD)
    with pytest.raises(AuthenticationError, match="désactivé"):
        pg.sign_in("nadia")
    with store_db.thread_database(own):
        staff.update_staff(boss, info.id, info.version + 1, active=True)
        staff.reset_staff_password(boss, info.id, "un-nouveau-mot-de-passe")
    _session, again = pg.sign_in("nadia", "un-nouveau-mot-de-passe")
    again.close()
    nadia_db.close()
    own.close()


def test_staff_created_before_pg_setup_get_their_role_at_the_next_password_reset(
    request, tmp_path, frozen_now
):
    server = request.getfixturevalue("pg_server")
    url = store_db.parse_url(fresh_database("postgres", request, tmp_path))
    old = staff.create_staff(staff.system_session(), "ancien", "Ancien", "agent", f.STAFF_PASSWORD)
    report = postgres_roles.setup(signin_password=SIGNIN_PASSWORD)
    assert report.staff_without_role == ("ancien",) and "ancien" in report.summary()
    gate = store_db.make_database(url.with_user(postgres_roles.SIGNIN, SIGNIN_PASSWORD))
    with (
        store_db.thread_database(gate),
        pytest.raises(AuthenticationError, match="réinitialiser son mot de passe"),
    ):
        staff.sign_in("ancien", f.STAFF_PASSWORD)
    staff.reset_staff_password(staff.system_session(), old.id, "nouveau-mot-de-passe")
    role = postgres_roles.staff_db_role(old.id)
    request.addfinalizer(lambda: _drop_role(server, role))
    with store_db.thread_database(gate):
        session = staff.sign_in("ancien", "nouveau-mot-de-passe")
        assert session.db_role == role and store_db.database.obj.cyclades_url.user == role
        store_db.database.close()
    gate.close()


def _drop_role(server, role):
    with server.admin_connect() as conn:
        conn.execute(f'DROP ROLE IF EXISTS "{role}"')


def test_the_portal_role_runs_the_candidate_space(pg):
    db = pg.portal_db()
    with store_db.thread_database(db):
        cid = f.active_candidate("nouveau@example.fr", birth_name="Nouveau")
        portal.update_identity(cid, {"first_names": "Jean"})  # before any inscription
        new = portal.register(cid, pg.world.session_id, dict(f.CHOICES))
        portal.modify_inscription(cid, new.inscription_id, {"specialities": ("Physique-chimie", "SVT")})
        with pytest.raises(RuleViolation, match="plus modifiables"):
            portal.update_identity(cid, {"first_names": "Jacques"})
    with store_db.thread_database(pg.owner):
        roles_used = {e.db_role for e in AuditEvent.select().where(AuditEvent.candidate_id == cid)}
        assert roles_used == {pg.portal_role}
        assert audit.verify().ok
    db.close()


def test_session_work_runs_over_each_roles_own_connection(pg):
    """Centre assignment, marks, supporting documents, batch publication, accommodation list."""
    from cyclades_desktop.domain import assignment, batch, exports, marks, supporting
    from cyclades_desktop.store.models import Mark, SupportingDocumentType

    with store_db.thread_database(pg.owner):
        Accommodation.create(
            inscription=pg.inscription_id,
            kind="extra_time",
            detail="tiers temps",
            granted_at=dt.datetime(2026, 11, 2),
            granted_by="gisele",
        )
        number = Inscription.get_by_id(pg.inscription_id).number
        piece = SupportingDocumentType.select().first().id
    boss, boss_db = pg.sign_in("gisele")
    agent, agent_db = pg.sign_in("alain")
    operator, operator_db = pg.sign_in("pierre")
    with store_db.thread_database(boss_db):
        assignment.assign(boss, pg.inscription_id, pg.world.centre_id, "B12")
        marks.import_marks(
            boss, pg.world.session_id, f"numero_inscription;epreuve;note\n{number};PHILO;12,5\n"
        )
        rows = list(exports.accommodations(boss, pg.world.session_id))
        assert [r[4] for r in rows] == [publication.ACCOMMODATION_LABELS["extra_time"]]
        # the purge of accounts never activated, with what cascades from them
        with store_db.thread_database(pg.owner):
            portal.create_account(
                "jamais.active@example.fr", f.CANDIDATE_PASSWORD, f.identity(birth_name="Jamais")
            )
        from cyclades_desktop.domain import clock, retention

        clock.advance(hours=49)
        assert retention.purge(boss).not_activated == 1
    with store_db.thread_database(agent_db):
        supporting.set_received(agent, pg.inscription_id, piece, True)
    with store_db.thread_database(operator_db):
        report = batch.publish_batch(operator, "convocation", pg.world.session_id, workers=1)
        assert (report.published, report.failed) == (1, 0)
    with store_db.thread_database(pg.owner):
        assert Mark.select().count() == 1
        acted = {(e.action, e.db_role) for e in AuditEvent.select()}
        assert ("marks.imported", pg.roles["gisele"]) in acted
        assert ("accommodations.read", pg.roles["gisele"]) in acted  # the export journaled its reads
        assert ("supporting_document.received", pg.roles["alain"]) in acted
        assert ("document.published", pg.roles["pierre"]) in acted
        assert audit.verify().ok
    for db in (boss_db, agent_db, operator_db):
        db.close()


# --------------------------------------------------------------------------- sign-in


def test_sign_in_outcomes_are_journaled_under_the_role_that_acted(pg):
    start = _last_event_id(pg)
    with pytest.raises(AuthenticationError, match="incorrect"):
        pg.sign_in("alain", WRONG)
    with pytest.raises(AuthenticationError, match="incorrect"):
        pg.sign_in("personne", WRONG)
    _session, own = pg.sign_in("ALAIN")
    own.close()
    events = _events_since(pg, start)
    assert [(e.action, e.db_role) for e in events] == [
        ("staff.sign_in_failed", postgres_roles.SIGNIN),
        ("staff.sign_in_refused", postgres_roles.SIGNIN),
        ("staff.signed_in", pg.roles["alain"]),
    ]
    assert events[0].new_values == {"login": "alain", "failures": 1, "locked": False}
    assert events[1].new_values == {"login": "personne"} and events[1].reason == "identifiant inconnu"
    with store_db.thread_database(pg.owner):
        assert audit.verify().ok  # hashes computed in SQL match the Python chain


def test_lockout_after_five_failures_is_enforced_by_postgresql(pg):
    for _ in range(4):
        with pytest.raises(AuthenticationError, match="incorrect"):
            pg.sign_in("alain", WRONG)
    with pytest.raises(AuthenticationError, match=r"verrouillé.*15 minutes"):
        pg.sign_in("alain", WRONG)
    with pytest.raises(AuthenticationError, match="verrouillé"):
        pg.sign_in("alain")  # even the right password
    # straight to PostgreSQL, bypassing the application: the right password answers like a wrong one
    for password in (f.STAFF_PASSWORD, WRONG):
        with pytest.raises(psycopg.OperationalError, match="password authentication failed"):
            pg.raw_staff("alain") if password == f.STAFF_PASSWORD else pg.raw(pg.roles["alain"], password)
    # 15 minutes later (the lock moved back in time, without the trigger that would lift it)
    with pg.server.admin_connect(pg.dbname) as conn:
        conn.execute("SET session_replication_role = replica")
        conn.execute(
            "UPDATE staff_user SET locked_until = now() AT TIME ZONE 'UTC' - interval '1 second' "
            "WHERE login = 'alain'"
        )
    session, own = pg.sign_in("alain")
    assert session.login == "alain"
    own.close()
    with store_db.thread_database(pg.owner):
        actions = [
            e.action
            for e in AuditEvent.select()
            .where(AuditEvent.action.startswith("staff.sign"))
            .order_by(AuditEvent.id)
        ]
        assert actions[-7:] == ["staff.sign_in_failed"] * 5 + ["staff.sign_in_refused", "staff.signed_in"]
        assert audit.verify().ok


def test_signing_out_and_in_again_goes_back_through_the_sign_in_role(pg):
    gate = pg.gate()
    with store_db.thread_database(gate):  # one workstation: the window's whole life in this thread
        first = staff.sign_in("alain", f.STAFF_PASSWORD)
        assert store_db.database.execute_sql("SELECT session_user").fetchone()[0] == pg.roles["alain"]
        second = staff.sign_in("rose", f.STAFF_PASSWORD)  # someone else takes the workstation
        assert (first.login, second.login) == ("alain", "rose")
        assert store_db.database.execute_sql("SELECT session_user").fetchone()[0] == pg.roles["rose"]
        staff.sign_out()
        assert store_db.database.execute_sql("SELECT session_user").fetchone()[0] == postgres_roles.SIGNIN
        store_db.database.close()


def test_sql_journal_hashes_match_python_for_awkward_text(pg):
    awkward = ['O\'Neil "le" \\ dur', "tab\tnl\ncr\r", "ctl\x01\x1f\x7f", "é€😀\u2028\u202e", "", "a" * 500]
    with store_db.thread_database(pg.owner):
        for text in awkward:
            store_db.database.execute_sql(
                "SELECT cyclades_audit_append('system', %s, 'test.awkward', 'x', 7, NULL, "
                "%s::jsonb, %s::jsonb, %s)",
                (
                    text[:120],
                    '{"b": [1, "x", null, true], "a": {"z": 1, "é": "'
                    + text.replace("\\", "\\\\")
                    .replace('"', '\\"')
                    .replace("\n", "\\n")
                    .replace("\t", "\\t")
                    .replace("\r", "\\r")
                    .replace("\x01", "\\u0001")
                    .replace("\x1f", "\\u001f")
                    + '"}}',
                    None,
                    text,
                ),
            )
        report = audit.verify()
        assert report.ok, report.message()


def test_cli_pg_setup_and_staff_add_make_a_role(pg, capsys, monkeypatch):
    import io
    import sys

    url = pg.server.url(pg.dbname)
    assert cli.main(["--database", url, "pg-setup"]) == 0
    assert "cyclades_agent" in capsys.readouterr().out
    monkeypatch.setattr(sys, "stdin", io.StringIO("mot-de-passe-robuste\n"))
    assert cli.main(["--database", url, "staff", "add", "odile", "--role", "print_operator"]) == 0
    with pg.server.admin_connect(pg.dbname) as conn:
        role = conn.execute("SELECT db_role FROM staff_user WHERE login = 'odile'").fetchone()[0]
    with pg.raw(role, "mot-de-passe-robuste") as conn:
        assert conn.execute("SELECT cyclades_acting_group()").fetchone()[0] == "cyclades_print_operator"
    # a manager signed in as herself, through the sign-in role, as on a workstation
    gate_url = pg.server.url(pg.dbname, user=postgres_roles.SIGNIN, password=SIGNIN_PASSWORD)
    monkeypatch.setattr(sys, "stdin", io.StringIO(f"{f.STAFF_PASSWORD}\nautre-mot-de-passe\n"))
    assert (
        cli.main(["--database", gate_url, "--user", "gisele", "staff", "add", "paul", "--role", "agent"]) == 0
    )
    with pg.server.admin_connect(pg.dbname) as conn:
        actor, db_role = conn.execute(
            "SELECT actor, db_role FROM audit_event WHERE action = 'staff.created' ORDER BY id DESC LIMIT 1"
        ).fetchone()
    assert (actor, db_role) == ("gisele", pg.roles["gisele"])


def test_wrong_passwords_before_an_action_count_toward_the_postgresql_lockout(pg):
    agent, own = pg.sign_in("alain")
    with store_db.thread_database(own):
        for _ in range(4):
            with pytest.raises(AuthenticationError, match="Mot de passe incorrect"):
                staff.reauthenticate(agent, WRONG)
        with pytest.raises(AuthenticationError, match=r"verrouillé.*15 minutes"):
            staff.reauthenticate(agent, WRONG)
        with pytest.raises(AuthenticationError, match="verrouillé"):
            staff.reauthenticate(agent, f.STAFF_PASSWORD)  # the lock holds for the right one too
    own.close()
    with pytest.raises(AuthenticationError, match="verrouillé"):
        pg.sign_in("alain")  # one lockout: a new sign-in is refused as well
    with pytest.raises(psycopg.OperationalError, match="password authentication failed"):
        pg.raw_staff("alain")  # and PostgreSQL itself refuses the role
    with store_db.thread_database(pg.owner):
        events = list(
            AuditEvent.select().where(AuditEvent.action == "staff.reauth_failed").order_by(AuditEvent.id)
        )
        assert [(e.actor, e.db_role) for e in events] == [("alain", pg.roles["alain"])] * 5
        assert [e.new_values["failures"] for e in events] == [1, 2, 3, 4, 5]
        assert audit.verify().ok


def test_an_unknown_login_is_answered_after_a_real_password_exchange(pg):
    """The unknown login goes through PostgreSQL's mock SCRAM exchange, as a real one does."""
    gate = pg.gate()
    with store_db.thread_database(gate), pytest.raises(AuthenticationError, match="incorrect"):
        staff.sign_in("personne", WRONG)
    gate.close()
    log = (pg.server.root / "log").read_text(errors="replace")
    assert 'password authentication failed for user "cyclades_no_such_login"' in log
