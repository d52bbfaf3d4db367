-- The e-mail channel. Messages carry their RFC 5322 Message-ID (inbound: to thread replies and to
-- deduplicate a re-scan; outgoing: our own, for In-Reply-To and References) and, for outgoing
-- mail, the outbox state: `queued` rows are sent by the outbox worker, retried with backoff.

ALTER TABLE messages ADD COLUMN message_id TEXT;
ALTER TABLE messages ADD COLUMN in_reply_to TEXT;
ALTER TABLE messages ADD COLUMN refs TEXT;
ALTER TABLE messages ADD COLUMN attempts BIGINT NOT NULL DEFAULT 0;
ALTER TABLE messages ADD COLUMN next_attempt_at TEXT;
ALTER TABLE messages ADD COLUMN error TEXT;
CREATE INDEX messages_message_id ON messages (message_id);
CREATE INDEX messages_outbox ON messages (status, next_attempt_at);

-- Where the reader is in each mailbox: committed with the message and everything it caused.
CREATE TABLE mailboxes (
    name        TEXT PRIMARY KEY,
    uidvalidity BIGINT NOT NULL,
    last_uid    BIGINT NOT NULL,
    updated_at  TEXT NOT NULL
);

-- Files that came with a message: kept (up to a size cap) with their hash, never forwarded.
CREATE TABLE attachments (
    id           BIGSERIAL PRIMARY KEY,
    message      BIGINT NOT NULL REFERENCES messages (id),
    filename     TEXT,
    content_type TEXT NOT NULL,
    inline       BIGINT NOT NULL,
    size         BIGINT NOT NULL,
    sha256       TEXT NOT NULL,
    content      BYTEA
);
CREATE INDEX attachments_message ON attachments (message);
