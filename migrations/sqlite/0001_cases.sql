-- Cases, every value with its provenance, every message, pending questions and an append-only audit log.
-- Times are TEXT in UTC, RFC 3339 with a fixed width (sortable): 2026-03-10T08:12:00.000000Z.

CREATE TABLE cases (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    number      TEXT NOT NULL UNIQUE,
    kind        TEXT NOT NULL,
    state       TEXT NOT NULL,
    reporter    TEXT NOT NULL,
    unit        TEXT,
    opened_at   TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    snapshot    TEXT NOT NULL
);
CREATE INDEX cases_state ON cases (state, opened_at);

CREATE TABLE case_counters (
    prefix  TEXT NOT NULL,
    year    INTEGER NOT NULL,
    last    INTEGER NOT NULL,
    PRIMARY KEY (prefix, year)
);

CREATE TABLE messages (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    case_id     INTEGER REFERENCES cases (id),
    seq         INTEGER,
    direction   TEXT NOT NULL CHECK (direction IN ('in', 'out')),
    channel     TEXT NOT NULL,
    party       TEXT NOT NULL,
    subject     TEXT,
    body        TEXT NOT NULL,
    raw         BLOB,
    asks        TEXT,
    status      TEXT NOT NULL,
    at          TEXT NOT NULL
);
CREATE INDEX messages_case ON messages (case_id, id);

CREATE TABLE field_values (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    case_id     INTEGER NOT NULL REFERENCES cases (id),
    field       TEXT NOT NULL,
    value       TEXT NOT NULL,
    how         TEXT NOT NULL,
    by_party    TEXT NOT NULL,
    message_seq INTEGER,
    at          TEXT NOT NULL
);
CREATE INDEX field_values_case ON field_values (case_id, field, id);

CREATE TABLE questions (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    case_id     INTEGER NOT NULL REFERENCES cases (id),
    party       TEXT NOT NULL,
    role        TEXT NOT NULL,
    fields      TEXT NOT NULL,
    asked_at    TEXT NOT NULL,
    status      TEXT NOT NULL CHECK (status IN ('pending', 'closed'))
);
CREATE INDEX questions_pending ON questions (party, status, asked_at);

CREATE TABLE audit_log (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    case_id     INTEGER REFERENCES cases (id),
    at          TEXT NOT NULL,
    actor       TEXT NOT NULL,
    action      TEXT NOT NULL,
    detail      TEXT NOT NULL
);
CREATE INDEX audit_log_case ON audit_log (case_id, id);

-- The audit log and the value history are append-only: the database refuses to rewrite them.
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
CREATE TRIGGER field_values_no_update BEFORE UPDATE ON field_values BEGIN SELECT RAISE(ABORT, 'field_values is append-only'); END;
CREATE TRIGGER field_values_no_delete BEFORE DELETE ON field_values BEGIN SELECT RAISE(ABORT, 'field_values is append-only'); END;
