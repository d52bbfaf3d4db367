-- Cases, every value with its provenance, every message, pending questions and an append-only audit log.
-- Times are TEXT in UTC, RFC 3339 with a fixed width (sortable), as on SQLite, so both dialects
-- share every query.

CREATE TABLE cases (
    id          BIGSERIAL PRIMARY KEY,
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
    year    BIGINT NOT NULL,
    last    BIGINT NOT NULL,
    PRIMARY KEY (prefix, year)
);

CREATE TABLE messages (
    id          BIGSERIAL PRIMARY KEY,
    case_id     BIGINT REFERENCES cases (id),
    seq         BIGINT,
    direction   TEXT NOT NULL CHECK (direction IN ('in', 'out')),
    channel     TEXT NOT NULL,
    party       TEXT NOT NULL,
    subject     TEXT,
    body        TEXT NOT NULL,
    raw         BYTEA,
    asks        TEXT,
    status      TEXT NOT NULL,
    at          TEXT NOT NULL
);
CREATE INDEX messages_case ON messages (case_id, id);

CREATE TABLE field_values (
    id          BIGSERIAL PRIMARY KEY,
    case_id     BIGINT NOT NULL REFERENCES cases (id),
    field       TEXT NOT NULL,
    value       TEXT NOT NULL,
    how         TEXT NOT NULL,
    by_party    TEXT NOT NULL,
    message_seq BIGINT,
    at          TEXT NOT NULL
);
CREATE INDEX field_values_case ON field_values (case_id, field, id);

CREATE TABLE questions (
    id          BIGSERIAL PRIMARY KEY,
    case_id     BIGINT NOT NULL REFERENCES cases (id),
    party       TEXT NOT NULL,
    role        TEXT NOT NULL,
    fields      TEXT NOT NULL,
    asked_at    TEXT NOT NULL,
    status      TEXT NOT NULL CHECK (status IN ('pending', 'closed'))
);
CREATE INDEX questions_pending ON questions (party, status, asked_at);

CREATE TABLE audit_log (
    id          BIGSERIAL PRIMARY KEY,
    case_id     BIGINT REFERENCES cases (id),
    at          TEXT NOT NULL,
    actor       TEXT NOT NULL,
    action      TEXT NOT NULL,
    detail      TEXT NOT NULL
);
CREATE INDEX audit_log_case ON audit_log (case_id, id);

-- The audit log and the value history are append-only: the database refuses to rewrite them.
CREATE FUNCTION dsobot_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '% is append-only', TG_TABLE_NAME;
END;
$$;
CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION dsobot_append_only();
CREATE TRIGGER field_values_append_only BEFORE UPDATE OR DELETE ON field_values
    FOR EACH ROW EXECUTE FUNCTION dsobot_append_only();
