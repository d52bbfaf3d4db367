-- The scheduler's jobs: every pending reminder and digest is a row, written in the transaction of
-- the change that caused it. `key` is the idempotency key: a reminder whose key is spent (done) is
-- never sent again. A job is claimed with a lease; a claim whose lease ran out goes back to pending.

CREATE TABLE jobs (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    key         TEXT NOT NULL UNIQUE,
    kind        TEXT NOT NULL CHECK (kind IN ('reminder', 'digest')),
    case_id     INTEGER REFERENCES cases (id),
    party       TEXT NOT NULL,
    channel     TEXT NOT NULL,
    due_at      TEXT NOT NULL,
    payload     TEXT NOT NULL,
    status      TEXT NOT NULL CHECK (status IN ('pending', 'claimed', 'done', 'cancelled')),
    lease_until TEXT,
    claimed_by  TEXT,
    attempts    INTEGER NOT NULL DEFAULT 0,
    created_at  TEXT NOT NULL,
    done_at     TEXT
);
CREATE INDEX jobs_due ON jobs (status, due_at);
CREATE INDEX jobs_case ON jobs (case_id, status);

-- Which case a person was last written to about: where "påminn mig imorgon" belongs.
CREATE INDEX messages_party ON messages (party, id);
