-- The web: the DSO's dashboard lists cases by their nearest deadline, so each case row carries
-- it (UTC, NULL when no clock runs). `deadline_known` 0 marks rows written before this column;
-- the web server fills them in when it starts.
ALTER TABLE cases ADD COLUMN deadline_at TEXT;
ALTER TABLE cases ADD COLUMN deadline_known INTEGER NOT NULL DEFAULT 0;
CREATE INDEX cases_deadline ON cases (deadline_at, id);

-- Accounts for the dashboard, created on the command line (`dsobot users add`). `address` is
-- whom the person answers as in cases (their e-mail address, as in the configuration).
CREATE TABLE web_users (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    login         TEXT NOT NULL UNIQUE,
    role          TEXT NOT NULL CHECK (role IN ('dso', 'manager', 'reporter')),
    unit          TEXT,
    address       TEXT NOT NULL,
    password_hash TEXT NOT NULL,
    created_at    TEXT NOT NULL,
    disabled_at   TEXT
);

-- A signed-in browser: an account's, or a reporter's known by the intranet's sign-on or a link
-- by e-mail. Only the SHA-256 of the cookie's token is kept.
CREATE TABLE web_sessions (
    token_hash  TEXT PRIMARY KEY,
    user_id     INTEGER REFERENCES web_users (id),
    party       TEXT NOT NULL,
    csrf        TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    expires_at  TEXT NOT NULL
);
CREATE INDEX web_sessions_expiry ON web_sessions (expires_at);

-- Failed sign-ins, counted per login name and per client address to slow down guessing.
CREATE TABLE web_login_failures (
    id      INTEGER PRIMARY KEY AUTOINCREMENT,
    login   TEXT NOT NULL,
    client  TEXT NOT NULL,
    at      TEXT NOT NULL
);
CREATE INDEX web_login_failures_login ON web_login_failures (login, at);
CREATE INDEX web_login_failures_client ON web_login_failures (client, at);

-- One-time sign-in links sent by e-mail to reporters: only the SHA-256 of the token is kept.
CREATE TABLE web_links (
    token_hash  TEXT PRIMARY KEY,
    address     TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    expires_at  TEXT NOT NULL,
    used_at     TEXT
);
