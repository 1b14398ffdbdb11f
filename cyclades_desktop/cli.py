"""`cyclades-admin`: the same services as the window, for batch and scheduled work.

Every command exits non-zero with a one-line French message on bad input; nothing is half-done
because every service runs in its own transaction.
"""

from __future__ import annotations

import argparse
import getpass
import json
import logging
import os
import sys

from cyclades_desktop.errors import CycladesError, NotFound


def _password_from_stdin_or_prompt(prompt: str) -> str:
    if not sys.stdin.isatty():
        return sys.stdin.readline().rstrip("\n")
    first = getpass.getpass(prompt)
    if getpass.getpass("Confirmez : ") != first:
        raise CycladesError("Les deux mots de passe diffèrent.")
    return first


def _resolve_url(args) -> str | None:
    return args.database or os.environ.get("CYCLADES_DATABASE_URL") or None


def _open(args, *, migrate: bool = False, check: bool = True):
    from cyclades_desktop import secrets
    from cyclades_desktop.store import connect, db

    url = db.parse_url(_resolve_url(args))
    if url.backend == "postgresql" and url.password is None and not os.environ.get("PGPASSWORD"):
        stored = secrets.get(url.keyring_username)
        if stored:
            url = url.with_user(url.user, stored)
    return connect(url, migrate=migrate, check=check)


def _session(args):
    """The acting person: a signed-in staff member with --user, else the local administrator."""
    from cyclades_desktop.domain import staff

    if getattr(args, "user", None):
        password = os.environ.get("CYCLADES_PASSWORD") or (
            sys.stdin.readline().rstrip("\n")
            if not sys.stdin.isatty()
            else getpass.getpass("Mot de passe : ")
        )
        return staff.sign_in(args.user, password)
    return staff.system_session()


def cmd_init(args) -> int:
    from cyclades_desktop.store import migrations, postgres_roles

    _open(args, migrate=False, check=False)  # an older schema is what init is for
    applied = migrations.migrate()
    print(
        f"Base prête (schéma {migrations.LATEST}"
        + (f", migrations appliquées : {applied})" if applied else ", déjà à jour)")
    )
    if applied and postgres_roles.active():  # new tables or columns: the roles get exactly their rights again
        postgres_roles.setup()
        print("Droits des rôles PostgreSQL remis à jour (pg-setup).")
    return 0


def cmd_pg_setup(args) -> int:
    from cyclades_desktop.store import db, postgres_roles

    _open(args, migrate=True)
    if not db.is_postgres():
        raise CycladesError("pg-setup ne concerne que PostgreSQL : une base SQLite n'a ni rôles ni droits.")
    password = None
    if args.signin_password:
        password = _password_from_stdin_or_prompt(f"Mot de passe du rôle {postgres_roles.SIGNIN} : ")
        if len(password) < 12:
            raise CycladesError("Le mot de passe du rôle de connexion doit compter au moins 12 caractères.")
    print(postgres_roles.setup(signin_password=password).summary())
    return 0


def cmd_demo(args) -> int:
    from cyclades_desktop.domain import demo

    _open(args, migrate=True)
    report = demo.generate(args.candidates, seed=args.seed, progress=None if args.quiet else _progress)
    print(report.summary())
    return 0


def _progress(done: int, total: int, label: str) -> None:
    print(f"\r{label} : {done}/{total}", end="" if done < total else "\n", file=sys.stderr, flush=True)


def cmd_staff_add(args) -> int:
    from cyclades_desktop.domain import staff

    _open(args, migrate=True)
    acting = _session(args)  # signed in first (with --user): the new member's password is asked after
    password = _password_from_stdin_or_prompt(f"Mot de passe de {args.login} : ")
    info = staff.create_staff(acting, args.login, args.name or args.login, args.role, password)
    print(f"Compte « {info.login} » créé ({args.role}).")
    return 0


def cmd_search(args) -> int:
    from cyclades_desktop.domain import search

    _open(args)
    filters = search.Filters(session_id=args.session, status=args.status)
    page = search.search(_session(args), args.text, filters, limit=args.limit)
    if args.json:
        print(
            json.dumps(
                [
                    {
                        "id": r.id,
                        "candidate_number": r.candidate_number,
                        "civility": r.civility,
                        "birth_name": r.birth_name,
                        "usage_name": r.usage_name,
                        "first_names": r.first_names,
                        "birth_date": r.birth_date.isoformat(),
                        "email": r.email,
                        "ine": r.ine,
                        "match": r.tier,
                    }
                    for r in page.rows
                ],
                ensure_ascii=False,
                indent=1,
            )
        )
        return 0
    print(
        search.KIND_LABELS[page.kind]
        + f" : {len(page.rows)} résultat(s)"
        + (" (et plus)" if page.next_cursor else "")
    )
    for r in page.rows:
        name = r.display_name + (
            f" (née {r.birth_name.upper()})" if r.usage_name and r.usage_name != r.birth_name else ""
        )
        print(f"{r.candidate_number or '—':>10}  {name} {r.first_names}  {r.birth_date:%d/%m/%Y}  {r.email}")
    return 0


def cmd_purge(args) -> int:
    from cyclades_desktop.domain import retention

    _open(args)
    report = retention.purge(_session(args), dry_run=args.dry_run)
    verb = "seraient supprimés" if report.dry_run else "supprimés"
    print(
        f"Comptes {verb} : {report.total} ({report.not_activated} non activés sous 48 h, "
        f"{report.unused} inutilisés depuis plus d'un an) ; {report.spared_running} épargnés "
        "(inscription dans une session en cours)."
    )
    return 0


def cmd_audit_verify(args) -> int:
    from cyclades_desktop.domain import audit

    _open(args)
    report = audit.verify()
    print(report.message())
    return 0 if report.ok else 3


def cmd_audit_export_head(args) -> int:
    from cyclades_desktop.domain import audit

    _open(args)
    head = audit.export_head()
    with open(args.file, "w", encoding="utf-8") as f:
        json.dump(head, f, indent=1)
    print(f"Tête de chaîne n° {head['last_id']} ({head['last_hash'][:16]}…) écrite dans {args.file}.")
    return 0


def cmd_outbox_list(args) -> int:
    from cyclades_desktop.domain import outbox

    _open(args)
    for m in outbox.pending(args.limit):
        print(f"{m.id:>8}  {m.created_at:%d/%m/%Y %H:%M}  {m.to_address:<40}  {m.subject}")
    return 0


def cmd_verify(args) -> int:
    from cyclades_desktop.domain import publication

    _open(args)
    print(publication.verify(args.code).message())
    return 0


_ARGPARSE_FR = (
    ("the following arguments are required: ", "arguments obligatoires manquants : "),
    ("unrecognized arguments: ", "arguments inconnus : "),
    ("invalid choice: ", "choix impossible : "),
    ("(choose from ", "(valeurs permises : "),
    ("invalid int value: ", "nombre entier attendu au lieu de "),
    ("expected one argument", "une valeur est attendue"),
    ("argument ", "option "),
)


class FrenchArgumentParser(argparse.ArgumentParser):
    """Usage errors in one French line, exit status 2."""

    def error(self, message):
        for en, fr in _ARGPARSE_FR:
            message = message.replace(en, fr)
        self.exit(2, f"Erreur : {message} (voir {self.prog} --help)\n")


def cmd_publish(args) -> int:
    import threading

    from cyclades_desktop.domain import batch

    _open(args)
    session = _session(args)
    cancel = threading.Event()

    def show(p):
        if not args.quiet:
            eta = f", reste ~{p.eta_seconds:.0f} s" if p.eta_seconds is not None else ""
            print(f"\r{p.done}/{p.total} ({p.rate:.0f}/s{eta})   ", end="", file=sys.stderr, flush=True)

    try:
        report = batch.publish_batch(
            session, args.kind, args.session, args.centre, progress=show, cancel=cancel, workers=args.workers
        )
    except KeyboardInterrupt:
        cancel.set()
        raise
    if not args.quiet:
        print(file=sys.stderr)
    print(report.summary())
    for number, message in report.errors:
        print(f"  {number} : {message}")
    if args.print_file:
        result, missing = batch.write_print_file(
            session, args.kind, args.session, args.print_file, args.centre
        )
        print(
            f"Fichier d'impression {args.print_file} : {result.documents} document(s), {result.pages} page(s)"
            + (f" ; {missing} candidature(s) sans document" if missing else "")
            + "."
        )
    return 0 if report.state == "done" and not report.failed else 1


def cmd_import_marks(args) -> int:
    from cyclades_desktop.domain import marks

    _open(args)
    try:
        with open(args.file, encoding="utf-8-sig") as f:
            content = f.read()
    except (OSError, UnicodeDecodeError) as exc:
        raise CycladesError(f"Impossible de lire {args.file} : {exc}") from exc
    print(marks.import_marks(_session(args), args.session, content).summary())
    return 0


def _when(text: str):
    import datetime as dt

    for fmt in ("%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M", "%d/%m/%Y %H:%M", "%Y-%m-%d", "%d/%m/%Y"):
        try:
            return dt.datetime.strptime(text, fmt)
        except ValueError:
            continue
    raise CycladesError(f"« {text} » n'est pas une date (AAAA-MM-JJ ou AAAA-MM-JJTHH:MM, heure UTC).")


def _windows(args) -> dict:
    windows = {}
    for kind in ("registration", "modification", "documents", "results"):
        value = getattr(args, kind)
        if value:
            windows[kind] = (_when(value[0]), _when(value[1]))
    return windows


def cmd_session_list(args) -> int:
    from cyclades_desktop.domain import catalogue, sessions

    _open(args)
    for s in catalogue.sessions_list():
        windows = ", ".join(
            f"{sessions.WINDOW_LABELS[w.kind]} {w.opens_at:%d/%m/%Y}–{w.closes_at:%d/%m/%Y}"
            for w in s.windows
        )
        print(f"{s.id:>4}  {s.exam.name} — {s.label} ({s.academy.code})  {windows}")
    return 0


def cmd_session_create(args) -> int:
    from cyclades_desktop.domain import catalogue

    _open(args)
    sid = catalogue.create_session(
        _session(args), args.exam, args.academy, args.label, args.year, _windows(args)
    )
    print(f"Session n° {sid} créée.")
    return 0


def cmd_session_windows(args) -> int:
    from cyclades_desktop.domain import catalogue

    _open(args)
    catalogue.set_windows(_session(args), args.id, _windows(args))
    print(f"Calendrier de la session n° {args.id} modifié.")
    return 0


def cmd_centre_add(args) -> int:
    from cyclades_desktop.domain import catalogue

    _open(args)
    cid = catalogue.create_centre(
        _session(args),
        args.academy,
        args.uai,
        args.name,
        args.address,
        args.city,
        args.capacity,
        department=args.department or "",
    )
    print(f"Centre n° {cid} créé.")
    return 0


def cmd_paper_add(args) -> int:
    from cyclades_desktop.domain import catalogue

    _open(args)
    pid = catalogue.add_paper(
        _session(args), args.session, args.code, args.name, _when(args.starts), args.minutes, args.coefficient
    )
    print(f"Épreuve n° {pid} ajoutée.")
    return 0


def _existing(model, row_id: int, missing: str):
    """The row the command names, with its version (a delete must name the version it saw)."""
    row = model.get_or_none(model.id == row_id)
    if row is None:
        raise NotFound(missing)
    return row


def cmd_centre_delete(args) -> int:
    from cyclades_desktop.domain import catalogue
    from cyclades_desktop.store.models import Centre

    _open(args)
    row = _existing(Centre, args.id, f"Le centre n° {args.id} n'existe pas.")
    catalogue.delete_centre(_session(args), args.id, row.version)
    print(f"Centre {row.uai} ({row.name}) supprimé.")
    return 0


def cmd_paper_delete(args) -> int:
    from cyclades_desktop.domain import catalogue
    from cyclades_desktop.store.models import Paper

    _open(args)
    row = _existing(Paper, args.id, f"L'épreuve n° {args.id} n'existe pas.")
    catalogue.delete_paper(_session(args), args.id, row.version)
    print(
        f"Épreuve {row.code} ({row.name}) supprimée : publiez à nouveau les convocations déjà publiées "
        "de la session."
    )
    return 0


def cmd_assign(args) -> int:
    from cyclades_desktop.domain import assignment

    _open(args)
    print(assignment.assign_automatically(_session(args), args.session).summary())
    return 0


def cmd_export(args) -> int:
    from cyclades_desktop.domain import exports

    _open(args)
    session = _session(args)
    if args.list == "candidates":
        headers, rows = (
            exports.CANDIDATE_HEADERS,
            exports.candidates(session, args.session, centre_id=args.centre, status=args.status),
        )
    elif args.list == "missing-pieces":
        headers, rows = exports.MISSING_HEADERS, exports.missing_pieces(session, args.session)
    else:
        headers, rows = exports.ACCOMMODATION_HEADERS, exports.accommodations(session, args.session)
    rows = list(rows)
    exports.write(args.file, headers, rows)
    print(f"{len(rows)} ligne(s) écrite(s) dans {args.file}.")
    return 0


def cmd_candidate_export(args) -> int:
    from cyclades_desktop.domain import subject_access

    _open(args)
    report = subject_access.export_candidate(_session(args), args.id, args.file)
    print(report.summary())
    return 0


def cmd_staff_list(args) -> int:
    from cyclades_desktop.domain import roles, staff

    _open(args)
    for u in staff.list_staff(_session(args)):
        state = "actif" if u.active else "désactivé"
        state += ", verrouillé" if u.locked else ""
        print(f"{u.id:>4}  {u.login:<20} {roles.ROLE_LABELS[u.role]:<24} {state:<22} {u.full_name}")
    return 0


def cmd_staff_update(args) -> int:
    from cyclades_desktop.domain import staff

    _open(args)
    session = _session(args)
    user = next((u for u in staff.list_staff(session) if u.login == args.login.lower()), None)
    if user is None:
        raise CycladesError(f"Aucun compte du personnel « {args.login} ».")
    if args.staff_command == "reset-password":
        staff.reset_staff_password(
            session, user.id, _password_from_stdin_or_prompt(f"Nouveau mot de passe de {user.login} : ")
        )
        print(f"Mot de passe de « {user.login} » réinitialisé.")
        return 0
    changes = (
        {"role": args.role}
        if args.staff_command == "set-role"
        else {"active": args.staff_command == "enable"}
    )
    staff.update_staff(session, user.id, user.version, **changes)
    print(f"Compte « {user.login} » modifié.")
    return 0


def build_parser() -> argparse.ArgumentParser:
    p = FrenchArgumentParser(prog="cyclades-admin", description="Administration de Cyclades Desktop.")
    p.add_argument(
        "--database",
        metavar="URL",
        help="sqlite:///chemin.db ou postgresql://utilisateur@hôte:port/base "
        "(défaut : CYCLADES_DATABASE_URL, sinon la base locale)",
    )
    p.add_argument(
        "--user", metavar="IDENTIFIANT", help="agir en tant que ce membre du personnel (mot de passe demandé)"
    )
    p.add_argument("-v", "--verbose", action="store_true")
    sub = p.add_subparsers(
        dest="command", required=True, metavar="COMMANDE", parser_class=FrenchArgumentParser
    )

    sub.add_parser("init", help="créer la base ou la mettre à jour").set_defaults(func=cmd_init)

    pg = sub.add_parser(
        "pg-setup", help="PostgreSQL : créer les rôles, les droits et les gardes (propriétaire de la base)"
    )
    pg.add_argument(
        "--signin-password",
        action="store_true",
        help="fixer le mot de passe du rôle cyclades_signin (demandé, ou lu sur l'entrée standard)",
    )
    pg.set_defaults(func=cmd_pg_setup)

    d = sub.add_parser("demo", help="remplir la base de données de démonstration")
    d.add_argument("--candidates", type=int, default=2000)
    d.add_argument("--seed", type=int, default=1)
    d.add_argument("--quiet", action="store_true")
    d.set_defaults(func=cmd_demo)

    st = sub.add_parser("staff", help="comptes du personnel").add_subparsers(
        dest="staff_command", required=True
    )
    sa = st.add_parser("add", help="créer un compte (mot de passe demandé, ou lu sur l'entrée standard)")
    sa.add_argument("login")
    sa.add_argument("--role", required=True, choices=("manager", "agent", "print_operator", "read_only"))
    sa.add_argument("--name", help="nom complet")
    sa.set_defaults(func=cmd_staff_add)

    sl = st.add_parser("list", help="lister les comptes")
    sl.set_defaults(func=cmd_staff_list)
    for name, text in (
        ("disable", "désactiver un compte"),
        ("enable", "réactiver un compte"),
        ("reset-password", "réinitialiser un mot de passe (lu sur l'entrée standard ou demandé)"),
    ):
        sp = st.add_parser(name, help=text)
        sp.add_argument("login")
        sp.set_defaults(func=cmd_staff_update)
    sr = st.add_parser("set-role", help="changer le rôle d'un compte")
    sr.add_argument("login")
    sr.add_argument("--role", required=True, choices=("manager", "agent", "print_operator", "read_only"))
    sr.set_defaults(func=cmd_staff_update)

    se = sub.add_parser("session", help="sessions et calendriers").add_subparsers(
        dest="session_command", required=True
    )
    se.add_parser("list", help="lister les sessions et leurs services").set_defaults(func=cmd_session_list)

    def window_options(parser):
        for kind, label in (
            ("registration", "inscriptions"),
            ("modification", "modifications"),
            ("documents", "documents"),
            ("results", "résultats"),
        ):
            parser.add_argument(
                f"--{kind}",
                nargs=2,
                metavar=("OUVERTURE", "FERMETURE"),
                help=f"service des {label} (UTC, AAAA-MM-JJTHH:MM)",
            )

    sc = se.add_parser("create", help="ouvrir une session avec ses services")
    sc.add_argument("--exam", type=int, required=True)
    sc.add_argument("--academy", type=int, required=True)
    sc.add_argument("--label", required=True)
    sc.add_argument("--year", type=int, required=True)
    window_options(sc)
    sc.set_defaults(func=cmd_session_create)
    sw = se.add_parser("windows", help="changer le calendrier d'une session")
    sw.add_argument("id", type=int)
    window_options(sw)
    sw.set_defaults(func=cmd_session_windows)

    ce = sub.add_parser("centre", help="centres d'examen").add_subparsers(
        dest="centre_command", required=True
    )
    ca = ce.add_parser("add", help="créer un centre")
    ca.add_argument("uai")
    ca.add_argument("--academy", type=int, required=True)
    ca.add_argument("--name", required=True)
    ca.add_argument("--address", required=True)
    ca.add_argument("--city", required=True)
    ca.add_argument("--capacity", type=int, required=True)
    ca.add_argument("--department")
    ca.set_defaults(func=cmd_centre_add)
    cd = ce.add_parser("delete", help="supprimer un centre créé par erreur (aucun candidat affecté)")
    cd.add_argument("id", type=int)
    cd.set_defaults(func=cmd_centre_delete)

    pa = sub.add_parser("paper", help="épreuves").add_subparsers(dest="paper_command", required=True)
    pp = pa.add_parser("add", help="ajouter une épreuve à une session")
    pp.add_argument("--session", type=int, required=True)
    pp.add_argument("--code", required=True)
    pp.add_argument("--name", required=True)
    pp.add_argument("--starts", required=True, help="AAAA-MM-JJTHH:MM")
    pp.add_argument("--minutes", type=int, required=True)
    pp.add_argument("--coefficient", type=float, default=1.0)
    pp.set_defaults(func=cmd_paper_add)
    pd = pa.add_parser("delete", help="supprimer une épreuve ajoutée par erreur (aucune note saisie)")
    pd.add_argument("id", type=int)
    pd.set_defaults(func=cmd_paper_delete)

    asg = sub.add_parser("assign", help="affecter automatiquement les candidats d'une session aux centres")
    asg.add_argument("--session", type=int, required=True)
    asg.set_defaults(func=cmd_assign)

    ex = sub.add_parser("export", help="listes en CSV (UTF-8, en-têtes français)")
    ex.add_argument("list", choices=("candidates", "missing-pieces", "accommodations"))
    ex.add_argument("file")
    ex.add_argument("--session", type=int, required=True)
    ex.add_argument("--centre", type=int)
    ex.add_argument("--status", choices=("registered", "set_aside", "withdrawn"))
    ex.set_defaults(func=cmd_export)

    cand = sub.add_parser("candidate", help="un candidat").add_subparsers(
        dest="candidate_command", required=True
    )
    cx = cand.add_parser(
        "export", help="toutes ses données dans un ZIP (droit d'accès RGPD) : JSON, résumé PDF, documents"
    )
    cx.add_argument("id", type=int, help="identifiant interne du candidat (voir « search --json »)")
    cx.add_argument("file", help="fichier ZIP à écrire")
    cx.set_defaults(func=cmd_candidate_export)

    s = sub.add_parser("search", help="chercher un candidat")
    s.add_argument("text")
    s.add_argument("--session", type=int)
    s.add_argument("--status", choices=("registered", "set_aside", "withdrawn"))
    s.add_argument("--limit", type=int, default=50)
    s.add_argument("--json", action="store_true")
    s.set_defaults(func=cmd_search)

    pu = sub.add_parser("purge", help="supprimer les comptes échus (48 heures, un an)")
    pu.add_argument("--dry-run", action="store_true", help="compter sans rien supprimer")
    pu.set_defaults(func=cmd_purge)

    au = sub.add_parser("audit", help="journal d'audit").add_subparsers(dest="audit_command", required=True)
    au.add_parser("verify", help="vérifier le chaînage du journal").set_defaults(func=cmd_audit_verify)
    ah = au.add_parser("export-head", help="écrire la tête de chaîne dans un fichier à conserver")
    ah.add_argument("file")
    ah.set_defaults(func=cmd_audit_export_head)

    ob = sub.add_parser("outbox", help="e-mails en attente").add_subparsers(
        dest="outbox_command", required=True
    )
    ol = ob.add_parser("list", help="lister les e-mails non envoyés")
    ol.add_argument("--limit", type=int, default=100)
    ol.set_defaults(func=cmd_outbox_list)

    pb = sub.add_parser(
        "publish", help="publier un type de document pour une session (ou un centre), par lots"
    )
    pb.add_argument(
        "kind", choices=("recap", "convocation", "transcript", "certificate", "accommodation_notice")
    )
    pb.add_argument("--session", type=int, required=True)
    pb.add_argument("--centre", type=int)
    pb.add_argument("--workers", type=int, help="processus de rendu (défaut : un par cœur)")
    pb.add_argument("--print-file", metavar="PDF", help="écrire aussi le PDF unique pour l'imprimeur")
    pb.add_argument("--quiet", action="store_true")
    pb.set_defaults(func=cmd_publish)

    im = sub.add_parser("import-marks", help="importer notes et décisions d'une session (CSV, tout ou rien)")
    im.add_argument("file")
    im.add_argument("--session", type=int, required=True)
    im.set_defaults(func=cmd_import_marks)

    v = sub.add_parser("verify", help="vérifier un document par son code")
    v.add_argument("code")
    v.set_defaults(func=cmd_verify)
    return p


def main(argv=None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(
        level=logging.INFO if args.verbose else logging.WARNING, format="%(levelname)s %(message)s"
    )
    try:
        return args.func(args)
    except CycladesError as exc:
        print(f"Erreur : {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("Interrompu : rien n'a été laissé à moitié écrit.", file=sys.stderr)
        return 130
    except Exception as exc:
        import peewee

        if isinstance(exc, peewee.PeeweeException):
            print(
                f"Erreur de la base de données : {str(exc).splitlines()[0] if str(exc) else type(exc).__name__}",
                file=sys.stderr,
            )
            return 2
        raise


if __name__ == "__main__":
    raise SystemExit(main())
