-- Microsoft Teams: the people the bot has heard from or opened a chat with, by their e-mail
-- address (what dsobot knows people by): their id in Teams, their Entra ID object id, the
-- connector service their messages come through, their tenant. Where each is reached about a
-- case (their one-to-one chat, a channel's thread) is in chat_routes, as for Matrix.
CREATE TABLE teams_users (
    address        TEXT PRIMARY KEY,
    member_id      TEXT NOT NULL,
    aad_object_id  TEXT,
    service_url    TEXT NOT NULL,
    tenant_id      TEXT,
    updated_at     TEXT NOT NULL
);
CREATE INDEX teams_users_member ON teams_users (member_id);
