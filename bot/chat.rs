//! What the chat channels (Matrix, Teams) share: where a person is reached (their direct
//! conversation, or a case's thread in a shared room) and the outbox their messages wait in.
//!
//! A chat message the bot sends is a row in `messages` (status `queued`) written in the turn that
//! caused it; the channel's sender ([`Sender`], the same for every chat channel) claims it, has
//! the channel's [`Server`] hand it over and marks it `sent` with the server's id for it. An
//! outage of any length loses nothing: the row waits and is retried.

use std::collections::BTreeMap;
use std::future::Future;
use std::sync::Arc;
use std::time::Duration as StdDuration;

use chrono::{DateTime, Duration, Utc};
use sqlx::Row;
use tokio::sync::watch;
use tracing::{info, warn};
use serde::Serialize;
use workflows::catalog::{Catalog, FieldType};
use workflows::{Case, Channel, Party};

use crate::clock::Clock;
use crate::engine::Bot;
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

/// How the pending question can be answered with a click.
#[derive(Serialize, Default)]
pub(crate) struct Choices {
    /// "one" (buttons), "many" (check boxes) or "yesno"; none when only free text fits.
    pub mode: Option<&'static str>,
    pub options: Vec<(usize, String)>,
    pub label: String,
}

/// Buttons or check boxes for a question that asks one field with options.
pub(crate) fn choices_for(case: &Case, party: &str) -> Choices {
    let Some(q) = case.pending_for(party) else { return Choices::default() };
    let [field] = q.fields.as_slice() else { return Choices::default() };
    let catalog = Catalog::get();
    let Some(def) = catalog.field(case.kind, field) else { return Choices::default() };
    let lang = q.lang;
    let label = catalog.field_label(field, lang).to_owned();
    match def.ty {
        FieldType::Enum | FieldType::Set => Choices {
            mode: Some(if def.ty == FieldType::Enum { "one" } else { "many" }),
            options: def.options.iter().enumerate().map(|(i, o)| (i + 1, catalog.option_label(field, o, lang).to_owned())).collect(),
            label,
        },
        FieldType::Bool => Choices { mode: Some("yesno"), options: vec![], label },
        _ => Choices { label, ..Choices::default() },
    }
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
    /// The fields it asks for (a channel may offer buttons for them).
    pub asks: Vec<String>,
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
             RETURNING id, party, body, asks, case_id, attempts, at"
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
                let asks: Option<String> = r.try_get("asks")?;
                Ok(OutChat {
                    id: r.try_get("id")?,
                    to: r.try_get("party")?,
                    body: r.try_get("body")?,
                    asks: asks.map(|a| serde_json::from_str(&a)).transpose()?.unwrap_or_default(),
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

    /// A message the server throttled: queued again for after its `Retry-After`, not counted as a
    /// try.
    pub async fn chat_throttled(&self, id: i64, retry: DateTime<Utc>) -> anyhow::Result<()> {
        sqlx::query("UPDATE messages SET status = 'queued', next_attempt_at = $1, error = 'throttled (HTTP 429)' WHERE id = $2 AND status = 'sending'")
            .bind(ts(retry))
            .bind(id)
            .execute(self.pool())
            .await?;
        Ok(())
    }
}

/// Messages claimed per pass of a sender.
const BATCH: i64 = 100;
/// How long a claim holds before a pass may take the message back.
const LEASE_SECONDS: i64 = 120;
/// A refusal by the server (not an outage) is tried this often before the DSO is told.
const REFUSALS: i64 = 3;
/// A send (with opening a conversation) that takes longer is given up and tried again later.
const SEND_TIMEOUT: StdDuration = StdDuration::from_secs(60);
/// A sender looks for due messages at least this often, woken sooner by each commit that queues one.
const IDLE: StdDuration = StdDuration::from_secs(30);

/// How one message's send ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Delivery {
    /// The server has it.
    Sent,
    /// Not now (an outage, a refusal tried again later): queued for its retry.
    Deferred,
    /// Refused for good: failed, the DSO told.
    Failed,
}

/// Why a send did not go through.
#[derive(Debug)]
pub enum Failure {
    /// The server could not be reached or had trouble: try again later, for as long as it takes.
    Outage(String),
    /// The server asked to wait this long (HTTP 429, `Retry-After`): not counted as a try.
    Throttled(StdDuration),
    /// The server refused (no such user, not allowed): tried [`REFUSALS`] times, then the DSO is told.
    Refused(String),
}

/// A chat channel's part in sending: hands one claimed message to its server.
pub trait Server: Send + Sync {
    fn channel(&self) -> Channel;
    /// Sends `m`; the id the server gave it.
    fn send_one(&self, m: &OutChat) -> impl Future<Output = Result<String, Failure>> + Send;
}

/// Hands a chat channel's queued messages to its server: each person's in order, different
/// people's side by side, with retries and leases.
pub struct Sender<S> {
    pub bot: Arc<Bot>,
    pub clock: Arc<dyn Clock>,
    pub server: S,
}

impl<S: Server> Sender<S> {
    fn store(&self) -> &Store {
        &self.bot.store
    }

    /// Sends until `stop`; a turn's commit that queues a message wakes it.
    pub async fn run(&self, mut stop: watch::Receiver<bool>) {
        let channel = self.server.channel().as_str();
        let mut queued = self.store().chat_queued();
        loop {
            if *stop.borrow() {
                return;
            }
            let full = match self.pass().await {
                Ok(n) => n as i64 == BATCH,
                Err(e) => {
                    warn!(channel, error = %format!("{e:#}"), "chat sender pass failed");
                    false
                }
            };
            if full {
                continue;
            }
            let now = self.clock.now();
            let wait = match self.store().next_chat_due(self.server.channel()).await {
                Ok(Some(due)) => (due - now).to_std().unwrap_or_default().min(IDLE),
                _ => IDLE,
            };
            tokio::select! {
                _ = queued.changed() => {}
                _ = tokio::time::sleep(wait) => {}
                _ = stop.wait_for(|s| *s) => return,
            }
        }
    }

    /// One pass: claims what is due and sends it, each person's messages in order, different
    /// people's side by side. Returns how many were claimed.
    pub async fn pass(&self) -> anyhow::Result<usize> {
        let now = self.clock.now();
        let claimed = self.store().claim_chat(self.server.channel(), now, now + Duration::seconds(LEASE_SECONDS), BATCH).await?;
        let n = claimed.len();
        let mut by_party: BTreeMap<String, Vec<OutChat>> = BTreeMap::new();
        for m in claimed {
            by_party.entry(m.to.clone()).or_default().push(m);
        }
        let channel = self.server.channel().as_str();
        futures::future::join_all(by_party.into_values().map(|msgs| async move {
            let left = one_by_one(msgs, |m| async move {
                self.send(&m).await.unwrap_or_else(|e| {
                    // The row stays claimed until its lease runs out, then is tried again.
                    warn!(channel, error = %format!("{e:#}"), message = m.id, "chat: recording a send failed");
                    Delivery::Deferred
                })
            })
            .await;
            // The rest wait behind the one that did not go through (see Store::claim_chat).
            for m in left {
                if let Err(e) = self.store().release_chat(m.id).await {
                    warn!(channel, error = %format!("{e:#}"), message = m.id, "chat: releasing a claimed message failed; its lease will");
                }
            }
        }))
        .await;
        Ok(n)
    }

    async fn send(&self, m: &OutChat) -> anyhow::Result<Delivery> {
        let channel = self.server.channel().as_str();
        let tried = tokio::time::timeout(SEND_TIMEOUT, self.server.send_one(m)).await.unwrap_or_else(|_| Err(Failure::Outage("timed out".into())));
        // After the try: a Retry-After counts from the server's answer.
        let now = self.clock.now();
        match tried {
            Ok(id) => {
                self.store().chat_sent(m.id, &id).await?;
                Ok(Delivery::Sent)
            }
            Err(Failure::Throttled(after)) => {
                info!(channel, message = m.id, seconds = after.as_secs(), "chat send throttled; tried again after Retry-After");
                self.store().chat_throttled(m.id, now + Duration::from_std(after).unwrap_or(Duration::seconds(5))).await?;
                Ok(Delivery::Deferred)
            }
            Err(Failure::Outage(e)) => {
                info!(channel, message = m.id, attempts = m.attempts + 1, "chat send deferred");
                self.store().mail_done(m.id, "queued", Some(&e), Some(now + crate::mail::outbox::backoff(m.attempts))).await?;
                Ok(Delivery::Deferred)
            }
            Err(Failure::Refused(e)) if m.attempts + 1 < REFUSALS => {
                self.store().mail_done(m.id, "queued", Some(&e), Some(now + crate::mail::outbox::backoff(m.attempts))).await?;
                Ok(Delivery::Deferred)
            }
            Err(Failure::Refused(e)) => {
                warn!(channel, message = m.id, "chat message refused by the server; the DSO is told");
                self.store().mail_done(m.id, "failed", Some(&e), None).await?;
                self.bot.undeliverable(m.id, m.case_id, &e, now).await?;
                Ok(Delivery::Failed)
            }
        }
    }
}

/// Sends one person's messages oldest first and stops at the first that does not go through,
/// so that none overtakes it: returns the ones not tried.
async fn one_by_one<F, Fut>(msgs: Vec<OutChat>, mut send: F) -> Vec<OutChat>
where
    F: FnMut(OutChat) -> Fut,
    Fut: Future<Output = Delivery>,
{
    let mut msgs = msgs.into_iter();
    for m in msgs.by_ref() {
        if send(m).await != Delivery::Sent {
            break;
        }
    }
    msgs.collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn a_persons_messages_stop_at_the_first_that_does_not_go_through() {
        let at = DateTime::parse_from_rfc3339("2026-03-10T09:00:00Z").expect("time").to_utc();
        let row = |id| OutChat { id, to: "@anna:kommun.example".into(), body: format!("{id}"), asks: vec![], case_id: Some(1), attempts: 0, at };
        for outcome in [Delivery::Deferred, Delivery::Failed] {
            let mut tried = vec![];
            let left = one_by_one(vec![row(1), row(2), row(3)], |m| {
                tried.push(m.id);
                async move { if m.id == 2 { outcome } else { Delivery::Sent } }
            })
            .await;
            assert_eq!(tried, [1, 2], "nothing is tried after {outcome:?}");
            assert_eq!(left.iter().map(|m| m.id).collect::<Vec<_>>(), [3], "the rest stay queued");
        }
        let left = one_by_one(vec![row(1), row(2)], |_| async { Delivery::Sent }).await;
        assert!(left.is_empty());
    }
}
