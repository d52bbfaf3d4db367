//! What the chat channels (Matrix, Teams) share: where a person is reached (their direct
//! conversation, or a case's thread in a shared room) and the outbox their messages wait in.
//!
//! A chat message the bot sends is a row in `messages` (status `queued`) written in the turn that
//! caused it; the channel's sender claims it, hands it to the server and marks it `sent` with the
//! server's event id. An outage of any length loses nothing: the row waits and is retried.

use chrono::{DateTime, Utc};
use sqlx::Row;
use workflows::{Channel, Party};

use crate::store::{Dialect, Store, Tx, parse_ts, ts};

/// What a chat message brings besides its text.
#[derive(Debug, Clone, Default)]
pub struct ChatIn {
    /// The server's id for the message (a Matrix event id): a message delivered twice (after a
    /// restart, say) is recognised and skipped.
    pub id: String,
    /// The room or conversation it was written in.
    pub conversation: String,
    /// The thread it was written in, if any (its root message's id).
    pub thread: Option<String>,
    /// A one-to-one conversation with the bot: the person's own route for anything not in a thread.
    pub direct: bool,
}

/// Where to send a person's message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Route {
    pub conversation: String,
    pub thread: Option<String>,
}

/// An outgoing chat message claimed for sending.
#[derive(Debug, Clone)]
pub struct OutChat {
    pub id: i64,
    pub to: String,
    pub body: String,
    pub case_id: Option<i64>,
    pub attempts: i64,
    pub at: DateTime<Utc>,
}

impl Tx {
    /// Stores an outgoing chat message to be sent by its channel: `queued`, due at once (no
    /// `next_attempt_at` until a try fails), whatever time the turn was told it is.
    pub async fn insert_chat(&mut self, case_id: Option<i64>, to: &Party, body: &str, asks: &[String], at: DateTime<Utc>) -> anyhow::Result<i64> {
        let id = sqlx::query_scalar(
            "INSERT INTO messages (case_id, direction, channel, party, body, asks, status, at)
             VALUES ($1, 'out', $2, $3, $4, $5, 'queued', $6) RETURNING id",
        )
        .bind(case_id)
        .bind(to.channel.as_str())
        .bind(&to.address)
        .bind(body)
        .bind(serde_json::to_string(asks)?)
        .bind(ts(at))
        .fetch_one(&mut *self.tx)
        .await?;
        self.queued_chat = true;
        Ok(id)
    }

    /// Records where a person wrote from: their direct conversation (`case_id` none) or a case's
    /// thread. The latest wins.
    pub async fn set_route(&mut self, channel: Channel, party: &str, case_id: Option<i64>, route: &Route, at: DateTime<Utc>) -> anyhow::Result<()> {
        sqlx::query(
            "INSERT INTO chat_routes (channel, party, case_id, conversation, thread, updated_at) VALUES ($1, $2, $3, $4, $5, $6)
             ON CONFLICT (channel, party, case_id) DO UPDATE SET
               conversation = excluded.conversation, thread = excluded.thread, updated_at = excluded.updated_at",
        )
        .bind(channel.as_str())
        .bind(party)
        .bind(case_id.unwrap_or(0))
        .bind(&route.conversation)
        .bind(route.thread.clone())
        .bind(ts(at))
        .execute(&mut *self.tx)
        .await?;
        Ok(())
    }
}

impl Store {
    /// The case whose conversation runs in this thread: a route into it, or else the case of the
    /// message it hangs under (its writer may have moved to their direct room since).
    pub async fn case_of_chat_thread(&self, channel: Channel, conversation: &str, thread: &str) -> anyhow::Result<Option<String>> {
        let routed = sqlx::query_scalar(
            "SELECT c.number FROM chat_routes r JOIN cases c ON c.id = r.case_id
             WHERE r.channel = $1 AND r.conversation = $2 AND r.thread = $3 ORDER BY r.updated_at DESC LIMIT 1",
        )
        .bind(channel.as_str())
        .bind(conversation)
        .bind(thread)
        .fetch_optional(self.pool())
        .await?;
        if routed.is_some() {
            return Ok(routed);
        }
        let root = sqlx::query_scalar(
            "SELECT c.number FROM messages m JOIN cases c ON c.id = m.case_id
             WHERE m.message_id = $1 AND m.direction = 'in' AND m.channel = $2 ORDER BY m.id LIMIT 1",
        )
        .bind(thread)
        .bind(channel.as_str())
        .fetch_optional(self.pool())
        .await?;
        Ok(root)
    }

    /// Where to reach `party` about a case: the case's thread if it has one, else their own
    /// direct conversation.
    pub async fn route(&self, channel: Channel, party: &str, case_id: Option<i64>) -> anyhow::Result<Option<Route>> {
        let row = sqlx::query(
            "SELECT conversation, thread FROM chat_routes WHERE channel = $1 AND party = $2 AND case_id IN ($3, 0)
             ORDER BY case_id DESC LIMIT 1",
        )
        .bind(channel.as_str())
        .bind(party)
        .bind(case_id.unwrap_or(0))
        .fetch_optional(self.pool())
        .await?;
        row.map(|r| Ok(Route { conversation: r.try_get("conversation")?, thread: r.try_get("thread")? })).transpose()
    }

    /// Whether someone is reached in this conversation (their direct room, a case's thread).
    pub async fn is_chat_route(&self, channel: Channel, conversation: &str) -> anyhow::Result<bool> {
        let n: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM chat_routes WHERE channel = $1 AND conversation = $2")
            .bind(channel.as_str())
            .bind(conversation)
            .fetch_one(self.pool())
            .await?;
        Ok(n > 0)
    }

    /// Forgets a person's direct conversation (they left it): the next message opens a new one.
    pub async fn forget_route(&self, channel: Channel, party: &str, conversation: &str) -> anyhow::Result<()> {
        sqlx::query("DELETE FROM chat_routes WHERE channel = $1 AND party = $2 AND conversation = $3")
            .bind(channel.as_str())
            .bind(party)
            .bind(conversation)
            .execute(self.pool())
            .await?;
        Ok(())
    }

    /// Records a direct conversation the bot opened itself.
    pub async fn set_direct_route(&self, channel: Channel, party: &str, conversation: &str, at: DateTime<Utc>) -> anyhow::Result<()> {
        let mut tx = self.begin().await?;
        tx.set_route(channel, party, None, &Route { conversation: conversation.to_owned(), thread: None }, at).await?;
        tx.commit().await
    }

    /// Claims the channel's due messages, oldest first, leased until `lease_until`. A claim whose
    /// lease ran out (a sender that died mid-send) is claimed again. A person's messages go in
    /// order: none is claimed while an earlier one to the same party waits for its retry or is
    /// being sent.
    pub async fn claim_chat(&self, channel: Channel, now: DateTime<Utc>, lease_until: DateTime<Utc>, limit: i64) -> anyhow::Result<Vec<OutChat>> {
        let lock = match self.dialect() {
            Dialect::Postgres => "FOR UPDATE SKIP LOCKED",
            Dialect::Sqlite => "",
        };
        let sql = format!(
            "UPDATE messages SET status = 'sending', next_attempt_at = $1
             WHERE id IN (SELECT m.id FROM messages m WHERE m.status IN ('queued', 'sending') AND m.direction = 'out' AND m.channel = $2
                          AND (m.next_attempt_at IS NULL OR m.next_attempt_at <= $3)
                          AND NOT EXISTS (SELECT 1 FROM messages e WHERE e.party = m.party AND e.id < m.id AND e.channel = m.channel
                                          AND e.direction = 'out' AND e.status IN ('queued', 'sending') AND e.next_attempt_at > $3)
                          ORDER BY m.id LIMIT $4 {lock})
             RETURNING id, party, body, case_id, attempts, at"
        );
        let rows = sqlx::query(sqlx::AssertSqlSafe(sql))
            .bind(ts(lease_until))
            .bind(channel.as_str())
            .bind(ts(now))
            .bind(limit)
            .fetch_all(self.pool())
            .await?;
        let mut out = rows
            .iter()
            .map(|r| {
                Ok(OutChat {
                    id: r.try_get("id")?,
                    to: r.try_get("party")?,
                    body: r.try_get("body")?,
                    case_id: r.try_get("case_id")?,
                    attempts: r.try_get("attempts")?,
                    at: parse_ts(&r.try_get::<String, _>("at")?)?,
                })
            })
            .collect::<anyhow::Result<Vec<_>>>()?;
        // RETURNING gives no order.
        out.sort_by_key(|m| m.id);
        Ok(out)
    }

    /// Gives back a claimed message not tried (an earlier one to the same person did not go
    /// through): queued again, due as soon as that one has gone.
    pub async fn release_chat(&self, id: i64) -> anyhow::Result<()> {
        sqlx::query("UPDATE messages SET status = 'queued', next_attempt_at = NULL WHERE id = $1 AND status = 'sending'")
            .bind(id)
            .execute(self.pool())
            .await?;
        Ok(())
    }

    /// A chat message the server took, with the id it gave it.
    pub async fn chat_sent(&self, id: i64, server_id: &str) -> anyhow::Result<()> {
        sqlx::query(
            "UPDATE messages SET status = 'sent', message_id = $1, error = NULL, attempts = attempts + 1, next_attempt_at = NULL
             WHERE id = $2 AND status = 'sending'",
        )
        .bind(server_id)
        .bind(id)
        .execute(self.pool())
        .await?;
        Ok(())
    }

    /// When the channel's next message falls due (for the sender's sleep).
    pub async fn next_chat_due(&self, channel: Channel) -> anyhow::Result<Option<DateTime<Utc>>> {
        let t: Option<String> = sqlx::query_scalar(
            "SELECT MIN(next_attempt_at) FROM messages WHERE status IN ('queued', 'sending') AND direction = 'out' AND channel = $1",
        )
        .bind(channel.as_str())
        .fetch_one(self.pool())
        .await?;
        t.map(|t| parse_ts(&t)).transpose()
    }
}
