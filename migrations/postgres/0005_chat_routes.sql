-- Chat channels: where a person is reached. `case_id` 0 is the person's own direct conversation
-- (a Matrix DM); a case opened in a shared room has a route of its own, to the thread under its
-- first message. Outgoing chat messages wait in `messages` (status `queued`) like mail, until
-- their channel has handed them to the server.
CREATE TABLE chat_routes (
    channel      TEXT NOT NULL,
    party        TEXT NOT NULL,
    case_id      BIGINT NOT NULL DEFAULT 0,
    conversation TEXT NOT NULL,
    thread       TEXT,
    updated_at   TEXT NOT NULL,
    PRIMARY KEY (channel, party, case_id)
);
-- A message in a thread finds its case.
CREATE INDEX chat_routes_thread ON chat_routes (channel, conversation, thread);
