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
    """The database cannot be reached or opened."""


class DatabaseTooNew(CycladesError):
    """The database was migrated by a newer version of the application."""
