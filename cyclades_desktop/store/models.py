"""The schema shared with the candidate portal (documented in docs/schema.md).

Datetimes are naive UTC. Lists (spécialités, options…) are JSON text so that both backends
read them the same way. `version` columns are optimistic locks: an UPDATE names the version it
read and is refused when another client has moved it on.
"""

from __future__ import annotations

import json
from typing import ClassVar

import peewee as pw

from cyclades_desktop.store.db import database


class JSONListField(pw.TextField):
    """A JSON array stored as text, read back as a tuple."""

    def db_value(self, value):
        if value is None:
            return None
        return json.dumps(list(value), ensure_ascii=False)

    def python_value(self, value):
        if value is None:
            return ()
        return tuple(json.loads(value))


class JSONDictField(pw.TextField):
    def db_value(self, value):
        if value is None:
            return None
        return json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)

    def python_value(self, value):
        if value is None:
            return None
        return json.loads(value)


class BaseModel(pw.Model):
    # Peewee's implicit primary key, declared so that type checkers know `Model.id` (a field) and
    # `row.id` (an int). It is the very field peewee adds otherwise ("id" INTEGER NOT NULL PRIMARY
    # KEY / SERIAL): the schema is unchanged, and a model naming its own primary key replaces it.
    id = pw.AutoField()

    class Meta:
        database = database
        legacy_table_names = False


class SchemaVersion(BaseModel):
    """One row: the migration level of this database."""

    version = pw.IntegerField()
    migrated_at = pw.DateTimeField()
    app_version = pw.CharField(max_length=32)


class Counter(BaseModel):
    """Number sequences (candidate, inscription): one row each, bumped under a row lock."""

    name = pw.CharField(max_length=40, primary_key=True)
    value = pw.BigIntegerField(default=0)


class Academy(BaseModel):
    code = pw.CharField(max_length=20, unique=True)  # "NANTES"
    name = pw.CharField(max_length=120)  # "Académie de Nantes"
    office_name = pw.CharField(max_length=200)
    office_address = pw.TextField()
    office_email = pw.CharField(max_length=254)
    office_phone = pw.CharField(max_length=30)
    departments = JSONListField(default=())  # "44", "49"…: residence decides the academy
    version = pw.IntegerField(default=1)


class Exam(BaseModel):
    code = pw.CharField(max_length=20, unique=True)  # "BAC-GEN"
    name = pw.CharField(max_length=200)
    kind = pw.CharField(max_length=10, default="examen")  # examen | concours
    level = pw.CharField(max_length=60, default="")
    series = JSONListField(default=())
    specialities = JSONListField(default=())
    options = JSONListField(default=())
    languages = JSONListField(default=())
    specialities_required = pw.IntegerField(default=0)  # how many spécialités an inscription must name
    version = pw.IntegerField(default=1)


class ExamSession(BaseModel):
    """A session of an exam organised by one academy (« Session 2027 »)."""

    exam = pw.ForeignKeyField(Exam, backref="sessions", on_delete="RESTRICT")
    exam_id: int  # the column itself, read without loading the row
    academy = pw.ForeignKeyField(Academy, backref="sessions", on_delete="RESTRICT")
    academy_id: int  # the column itself, read without loading the row
    label = pw.CharField(max_length=120)
    year = pw.IntegerField()
    version = pw.IntegerField(default=1)

    class Meta:
        table_name = "exam_session"
        indexes = ((("exam", "academy", "year", "label"), True),)


WINDOW_KINDS = ("registration", "modification", "documents", "results")


class ServiceWindow(BaseModel):
    """« Ouverture des services »: when the portal opens each service of a session."""

    session = pw.ForeignKeyField(ExamSession, backref="windows", on_delete="CASCADE")
    session_id: int  # the column itself, read without loading the row
    kind = pw.CharField(max_length=20)  # one of WINDOW_KINDS
    opens_at = pw.DateTimeField()
    closes_at = pw.DateTimeField()

    class Meta:
        table_name = "service_window"
        indexes = ((("session", "kind"), True),)


class Centre(BaseModel):
    academy = pw.ForeignKeyField(Academy, backref="centres", on_delete="RESTRICT")
    academy_id: int  # the column itself, read without loading the row
    uai = pw.CharField(max_length=8, unique=True)
    name = pw.CharField(max_length=200)
    address = pw.TextField()
    city = pw.CharField(max_length=100)
    department = pw.CharField(max_length=3, default="")
    capacity = pw.IntegerField(default=0)
    version = pw.IntegerField(default=1)


class Paper(BaseModel):
    """An épreuve of a session; its centre and room come from the candidate's assignment."""

    session = pw.ForeignKeyField(ExamSession, backref="papers", on_delete="CASCADE")
    session_id: int  # the column itself, read without loading the row
    code = pw.CharField(max_length=30)
    name = pw.CharField(max_length=200)
    starts_at = pw.DateTimeField()
    duration_minutes = pw.IntegerField()
    coefficient = pw.FloatField(default=1.0)
    version = pw.IntegerField(default=1)

    class Meta:
        indexes = ((("session", "code"), True),)


class Candidate(BaseModel):
    """A candidate account, or the record an establishment registered (then without e-mail)."""

    inscriptions: pw.ModelSelect[Inscription]  # backref of Inscription.candidate
    email = pw.CharField(max_length=254, null=True)
    email_key = pw.CharField(
        max_length=254, null=True, unique=True
    )  # lower-cased: logins are case-insensitive
    password_hash = pw.CharField(max_length=200, null=True)
    created_at = pw.DateTimeField()
    activated_at = pw.DateTimeField(null=True)
    last_used_at = pw.DateTimeField(null=True)
    academy = pw.ForeignKeyField(Academy, backref="candidates", null=True, on_delete="RESTRICT")
    academy_id: int | None  # the column itself, read without loading the row
    candidate_number = pw.CharField(max_length=12, null=True, unique=True)
    identity_locked_at = pw.DateTimeField(null=True)  # first inscription saved: never cleared
    # identity
    civility = pw.CharField(max_length=4, default="")  # "M." | "Mme"
    birth_name = pw.CharField(max_length=100)
    usage_name = pw.CharField(max_length=100, default="")
    first_names = pw.CharField(max_length=150)
    birth_date = pw.DateField()
    birth_country_code = pw.CharField(max_length=5, default="100")  # INSEE, France = 100
    birth_commune_code = pw.CharField(max_length=5, default="")  # INSEE, for those born in France
    birth_place = pw.CharField(max_length=120, default="")
    nationality = pw.CharField(max_length=60, default="française")
    address = pw.CharField(max_length=250, default="")
    postcode = pw.CharField(max_length=10, default="")
    city = pw.CharField(max_length=100, default="")
    country = pw.CharField(max_length=60, default="France")
    phone = pw.CharField(max_length=30, default="")
    ine = pw.CharField(max_length=11, null=True)
    father_name = pw.CharField(max_length=150, default="")  # asked only of those born abroad
    mother_name = pw.CharField(max_length=150, default="")
    # search keys (see domain/text.py); written with every identity change
    name_key = pw.CharField(max_length=120, index=False)  # usage or birth name, folded
    birth_name_key = pw.CharField(max_length=120, index=False)
    first_key = pw.CharField(max_length=150, index=False)
    name_phonetic = pw.CharField(max_length=40, index=False)
    search_text = pw.CharField(max_length=400)  # folded "birth usage first" words, for substrings
    version = pw.IntegerField(default=1)
    updated_at = pw.DateTimeField(null=True)
    updated_by = pw.CharField(max_length=120, default="")

    class Meta:
        indexes = (
            (("name_key", "first_key", "id"), False),
            (("birth_name_key", "first_key", "id"), False),
            (("first_key", "name_key", "id"), False),
            (("name_phonetic", "name_key", "first_key", "id"), False),
            (("birth_date", "name_key"), False),
            (("ine",), False),
            (("created_at",), False),
            (("last_used_at",), False),
        )

    @classmethod
    def select(cls, *fields):
        """Without a projection, every column but the password hash: the staff's database roles
        may not read it (postgres_roles), and only the portal's sign-in ever needs it, by name
        (`Candidate.select(Candidate.password_hash)`). `Candidate.fields()` stands for the model
        in a join."""
        if fields:
            return super().select(*fields)
        return pw.ModelSelect(cls, cls.fields(), is_default=True)

    _staff_fields: ClassVar[list]  # set by fields() on first use

    @classmethod
    def fields(cls) -> list:
        cached = cls.__dict__.get("_staff_fields")  # every search and every read asks: computed once
        if cached is None:
            cached = [f for f in cls._meta.sorted_fields if f.name not in SECRET_CANDIDATE_COLUMNS]
            cls._staff_fields = cached
        return list(cached)


SECRET_CANDIDATE_COLUMNS = ("password_hash",)


class AccountToken(BaseModel):
    """Activation and password-reset links: only the SHA-256 of the token is stored."""

    candidate = pw.ForeignKeyField(Candidate, backref="tokens", on_delete="CASCADE")
    candidate_id: int  # the column itself, read without loading the row
    purpose = pw.CharField(max_length=20)  # activation | reset
    token_hash = pw.CharField(max_length=64, unique=True)
    created_at = pw.DateTimeField()
    expires_at = pw.DateTimeField()
    used_at = pw.DateTimeField(null=True)

    class Meta:
        table_name = "account_token"


INSCRIPTION_STATUSES = ("registered", "set_aside", "withdrawn")


class Inscription(BaseModel):
    accommodations: pw.ModelSelect[Accommodation]  # backref of Accommodation.inscription
    candidate = pw.ForeignKeyField(Candidate, backref="inscriptions", on_delete="RESTRICT")
    candidate_id: int  # the column itself, read without loading the row
    session = pw.ForeignKeyField(ExamSession, backref="inscriptions", on_delete="RESTRICT")
    session_id: int  # the column itself, read without loading the row
    number = pw.CharField(max_length=16, unique=True)
    channel = pw.CharField(max_length=15, default="individual")  # individual | establishment
    establishment_uai = pw.CharField(max_length=8, default="")
    serie = pw.CharField(max_length=60, default="")
    specialities = JSONListField(default=())
    options = JSONListField(default=())
    languages = JSONListField(default=())
    status = pw.CharField(max_length=12, default="registered")
    status_reason = pw.TextField(default="")
    status_changed_at = pw.DateTimeField(null=True)
    status_changed_by = pw.CharField(max_length=120, default="")
    centre = pw.ForeignKeyField(Centre, null=True, backref="inscriptions", on_delete="SET NULL")
    centre_id: int | None  # the column itself, read without loading the row
    room = pw.CharField(max_length=40, default="")
    created_at = pw.DateTimeField()
    updated_at = pw.DateTimeField()
    updated_by = pw.CharField(max_length=120, default="")
    version = pw.IntegerField(default=1)

    class Meta:
        indexes = (
            (("candidate", "session"), False),
            (("session", "status"), False),
            (("session", "centre"), False),
        )


ACCOMMODATION_KINDS = (
    "material_conditions",  # conditions matérielles, aides techniques ou humaines
    "extra_time",  # majoration du temps
    "marks_kept",  # conservation des notes
    "spread_sessions",  # étalement des épreuves sur plusieurs sessions
    "adapted_papers",  # adaptation ou dispense d'épreuves
)


class Accommodation(BaseModel):
    """A measure granted under D613-26. Never a diagnosis: only what is granted."""

    inscription = pw.ForeignKeyField(Inscription, backref="accommodations", on_delete="CASCADE")
    inscription_id: int  # the column itself, read without loading the row
    kind = pw.CharField(max_length=30)
    detail = pw.CharField(max_length=300, default="")
    separate_room = pw.BooleanField(default=False)
    granted_at = pw.DateTimeField()
    granted_by = pw.CharField(max_length=120)


class SupportingDocumentType(BaseModel):
    exam = pw.ForeignKeyField(Exam, backref="supporting_document_types", on_delete="CASCADE")
    exam_id: int  # the column itself, read without loading the row
    code = pw.CharField(max_length=30)
    label = pw.CharField(max_length=200)
    mandatory = pw.BooleanField(default=True)

    class Meta:
        table_name = "supporting_document_type"
        indexes = ((("exam", "code"), True),)


class SupportingDocumentReceived(BaseModel):
    inscription = pw.ForeignKeyField(Inscription, backref="supporting_documents", on_delete="CASCADE")
    inscription_id: int  # the column itself, read without loading the row
    document_type = pw.ForeignKeyField(SupportingDocumentType, on_delete="CASCADE")
    document_type_id: int  # the column itself, read without loading the row
    received_at = pw.DateTimeField()
    received_by = pw.CharField(max_length=120)

    class Meta:
        table_name = "supporting_document_received"
        indexes = ((("inscription", "document_type"), True),)


class Mark(BaseModel):
    inscription = pw.ForeignKeyField(Inscription, backref="marks", on_delete="CASCADE")
    inscription_id: int  # the column itself, read without loading the row
    paper = pw.ForeignKeyField(Paper, on_delete="RESTRICT")
    paper_id: int  # the column itself, read without loading the row
    score = pw.DecimalField(max_digits=4, decimal_places=2, null=True)  # /20; null when absent
    absent = pw.BooleanField(default=False)
    kept = pw.BooleanField(default=False)  # « note conservée » from an earlier session

    class Meta:
        indexes = ((("inscription", "paper"), True),)


class Result(BaseModel):
    inscription = pw.ForeignKeyField(Inscription, backref="results", unique=True, on_delete="CASCADE")
    inscription_id: int  # the column itself, read without loading the row
    average = pw.DecimalField(max_digits=4, decimal_places=2, null=True)
    decision = pw.CharField(max_length=20)  # admis | second groupe | refusé | ajourné
    mention = pw.CharField(max_length=40, default="")
    recorded_at = pw.DateTimeField()


DOCUMENT_KINDS = ("recap", "convocation", "transcript", "certificate", "accommodation_notice")


class Document(BaseModel):
    """One published version of one kind of document of one inscription; never rewritten."""

    inscription = pw.ForeignKeyField(Inscription, backref="documents", on_delete="CASCADE")
    inscription_id: int  # the column itself, read without loading the row
    kind = pw.CharField(max_length=25)
    version = pw.IntegerField()
    is_current = pw.BooleanField(default=True)
    verification_code = pw.CharField(max_length=20, unique=True)
    sha256 = pw.CharField(max_length=64)
    input_hash = pw.CharField(max_length=64)  # of the data rendered: same data, no new version
    size = pw.IntegerField()
    published_at = pw.DateTimeField()
    published_by = pw.CharField(max_length=120)

    class Meta:
        indexes = ((("inscription", "kind", "version"), True),)


class DocumentContent(BaseModel):
    """The PDF bytes, apart from the metadata so that listings never read them."""

    document = pw.ForeignKeyField(Document, primary_key=True, backref="content", on_delete="CASCADE")
    pdf = pw.BlobField()

    class Meta:
        table_name = "document_content"


ROLES = ("manager", "agent", "print_operator", "read_only")


class StaffUser(BaseModel):
    login = pw.CharField(max_length=64, unique=True)
    full_name = pw.CharField(max_length=150)
    role = pw.CharField(max_length=20)
    password_hash = pw.CharField(max_length=200)
    active = pw.BooleanField(default=True)
    failed_attempts = pw.IntegerField(default=0)
    locked_until = pw.DateTimeField(null=True)
    last_login_at = pw.DateTimeField(null=True)
    created_at = pw.DateTimeField()
    version = pw.IntegerField(default=1)

    class Meta:
        table_name = "staff_user"


class AuditEvent(BaseModel):
    """The journal: append-only, hash-chained (domain/audit.py), guarded by triggers."""

    id = pw.BigAutoField()
    at = pw.DateTimeField()
    actor_kind = pw.CharField(max_length=10)  # staff | portal | system
    actor = pw.CharField(max_length=120)  # staff login, "portal", "cyclades-admin"
    db_role = pw.CharField(max_length=64, default="")  # current_user on PostgreSQL
    action = pw.CharField(max_length=60)
    entity = pw.CharField(max_length=30)
    entity_id = pw.BigIntegerField(null=True)
    candidate_id = pw.BigIntegerField(null=True)  # no foreign key: the journal outlives purges
    old_values = JSONDictField(null=True)
    new_values = JSONDictField(null=True)
    reason = pw.TextField(default="")
    prev_hash = pw.CharField(max_length=64)
    hash = pw.CharField(max_length=64)

    class Meta:
        table_name = "audit_event"
        indexes = (
            (("candidate_id", "id"), False),
            (("actor", "id"), False),
            (("action", "id"), False),
            (("at",), False),
        )


class AuditHead(BaseModel):
    """One row: the last event's hash, locked by each append so the chain never forks."""

    id = pw.IntegerField(primary_key=True)
    last_id = pw.BigIntegerField(default=0)
    last_hash = pw.CharField(max_length=64)

    class Meta:
        table_name = "audit_head"


class OutboxMessage(BaseModel):
    """E-mails to candidates, sent by the mailer process of the portal."""

    id = pw.BigAutoField()
    created_at = pw.DateTimeField()
    candidate_id = pw.BigIntegerField(null=True)
    to_address = pw.CharField(max_length=254)
    template = pw.CharField(max_length=40)
    subject = pw.CharField(max_length=200)
    body = pw.TextField()
    sent_at = pw.DateTimeField(null=True)

    class Meta:
        table_name = "outbox_message"
        indexes = ((("sent_at", "id"), False),)


class BatchRun(BaseModel):
    """A batch publication, resumable: items done are known from the documents themselves."""

    kind = pw.CharField(max_length=25)
    session = pw.ForeignKeyField(ExamSession, on_delete="CASCADE")
    session_id: int  # the column itself, read without loading the row
    centre = pw.ForeignKeyField(Centre, null=True, on_delete="SET NULL")
    centre_id: int | None  # the column itself, read without loading the row
    started_at = pw.DateTimeField()
    started_by = pw.CharField(max_length=120)
    finished_at = pw.DateTimeField(null=True)
    state = pw.CharField(max_length=12, default="running")  # running | cancelled | done | failed
    total = pw.IntegerField(default=0)
    done = pw.IntegerField(default=0)

    class Meta:
        table_name = "batch_run"


ALL_MODELS = (
    SchemaVersion,
    Counter,
    Academy,
    Exam,
    ExamSession,
    ServiceWindow,
    Centre,
    Paper,
    Candidate,
    AccountToken,
    Inscription,
    Accommodation,
    SupportingDocumentType,
    SupportingDocumentReceived,
    Mark,
    Result,
    Document,
    DocumentContent,
    StaffUser,
    AuditEvent,
    AuditHead,
    OutboxMessage,
    BatchRun,
)
