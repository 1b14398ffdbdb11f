"""Errors that carry a message for the user, in French, ready to show as is."""


class CycladesError(Exception):
    """Base: `str(error)` is a complete French sentence for the user."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class ValidationError(CycladesError):
    """Bad input: nothing was written."""

    def __init__(self, message: str, field: str | None = None):
        super().__init__(message)
        self.field = field


class PermissionDenied(CycladesError):
    """The signed-in person's role does not allow the action."""


class NotFound(CycladesError):
    pass


class RuleViolation(CycladesError):
    """A rule of the candidate space or of the exam office forbids the action."""


class ConflictError(CycladesError):
    """Someone else saved the record first; nothing was overwritten."""

    def __init__(self, message: str, changed_by: str = "", changed_at=None):
        super().__init__(message)
        self.changed_by = changed_by
        self.changed_at = changed_at


class AuthenticationError(CycladesError):
    """Wrong login or password, disabled or locked-out account."""


class DatabaseUnavailable(CycladesError):
    """The database cannot be reached, opened or written; `kind` says why, for code to decide on
    (ask for a password, retry, quit) without reading the French sentence, which is for people."""

    KINDS = frozenset(
        {
            "password_required",  # PostgreSQL refused the login or password (or none was given): ask for one
            "login_refused",  # the PostgreSQL role may not log in (disabled or locked staff member)
            "no_database",  # the server has no database of that name
            "unreachable",  # the PostgreSQL server does not answer
            "cannot_open",  # the SQLite file or its folder cannot be opened
            "connection_lost",  # the connection died during a transaction: nothing was written
            "commit_lost",  # the connection died during COMMIT: the outcome is unknown
            "read_only",  # the SQLite file or its medium is read-only
            "disk_full",
            "io_error",
            "schema_too_old",  # DatabaseTooOld
            "not_installed",  # a part of the application the database needs is missing (demo data)
            "unavailable",  # anything else
        }
    )

    def __init__(self, message: str, kind: str = "unavailable"):
        if kind not in self.KINDS:
            raise ValueError(f"unknown DatabaseUnavailable kind {kind!r}")
        super().__init__(message)
        self.kind = kind


class DatabaseTooOld(DatabaseUnavailable):
    """The database's schema is older than the application's and this connection does not migrate
    it (a shared PostgreSQL base is migrated by its owner with `cyclades-admin init`)."""

    def __init__(self, message: str, version: int, expected: int):
        super().__init__(message, kind="schema_too_old")
        self.version = version
        self.expected = expected


class DatabaseTooNew(CycladesError):
    """The database was migrated by a newer version of the application."""
