//! The e-mail channel's storage: mailbox cursors, Message-IDs, attachments and the outbox.

use chrono::{DateTime, Utc};
use sqlx::Row;

use crate::engine::Cursor;
use crate::mail::parse::Attachment;
use crate::store::{Dialect, Store, StoredMessage, Tx, message_of_row, parse_ts, ts};

/// An outgoing mail claimed for sending.
#[derive(Debug, Clone)]
pub struct OutMail {
    pub id: i64,
    pub to: String,
    pub subject: String,
    pub body: String,
    pub message_id: String,
    pub in_reply_to: Option<String>,
    pub refs: Vec<String>,
    pub attempts: i64,
    pub case_id: Option<i64>,
    pub at: DateTime<Utc>,
    /// True for a mail that asks nothing (a notice, a reminder), false for a question.
    pub asks_nothing: bool,
}

impl Tx {
    /// True when an inbound message with this Message-ID is stored already.
    pub async fn inbound_seen(&mut self, message_id: &str) -> anyhow::Result<bool> {
        let found: Option<i64> = sqlx::query_scalar("SELECT id FROM messages WHERE message_id = $1 AND direction = 'in' LIMIT 1")
            .bind(message_id)
            .fetch_optional(&mut *self.tx)
            .await?;
        Ok(found.is_some())
    }

    /// Moves a mailbox cursor forward (never back), in the transaction of the message it follows.
    pub async fn advance_cursor(&mut self, cursor: Option<&Cursor>, at: DateTime<Utc>) -> anyhow::Result<()> {
        let Some(c) = cursor else { return Ok(()) };
        sqlx::query(
            "INSERT INTO mailboxes (name, uidvalidity, last_uid, updated_at) VALUES ($1, $2, $3, $4)
             ON CONFLICT (name) DO UPDATE SET
               last_uid = CASE WHEN mailboxes.uidvalidity = excluded.uidvalidity AND mailboxes.last_uid > excluded.last_uid
                               THEN mailboxes.last_uid ELSE excluded.last_uid END,
               uidvalidity = excluded.uidvalidity, updated_at = excluded.updated_at",
        )
        .bind(&c.mailbox)
        .bind(i64::from(c.uidvalidity))
        .bind(i64::from(c.uid))
        .bind(ts(at))
        .execute(&mut *self.tx)
        .await?;
        Ok(())
    }

    pub async fn insert_attachment(&mut self, message: i64, a: &Attachment) -> anyhow::Result<()> {
        sqlx::query(
            "INSERT INTO attachments (message, filename, content_type, inline, size, sha256, content) VALUES ($1, $2, $3, $4, $5, $6, $7)",
        )
        .bind(message)
        .bind(a.filename.clone())
        .bind(&a.content_type)
        .bind(i64::from(a.inline))
        .bind(a.size as i64)
        .bind(&a.sha256)
        .bind(a.content.clone())
        .execute(&mut *self.tx)
        .await?;
        Ok(())
    }

    /// Marks our outgoing mails with these Message-IDs failed; returns their rows and cases.
    pub async fn fail_outgoing(&mut self, message_ids: &[String], error: &str) -> anyhow::Result<Vec<(i64, Option<i64>)>> {
        let mut failed = Vec::new();
        for mid in message_ids {
            let rows = sqlx::query("UPDATE messages SET status = 'failed', error = $1 WHERE message_id = $2 AND direction = 'out' RETURNING id, case_id")
                .bind(error)
                .bind(mid)
                .fetch_all(&mut *self.tx)
                .await?;
            for r in rows {
                failed.push((r.try_get("id")?, r.try_get("case_id")?));
            }
        }
        Ok(failed)
    }

    /// True when this Message-ID is one of our own outgoing mails.
    pub async fn is_own_mail(&mut self, message_id: &str) -> anyhow::Result<bool> {
        let found: Option<i64> = sqlx::query_scalar("SELECT id FROM messages WHERE message_id = $1 AND direction = 'out' LIMIT 1")
            .bind(message_id)
            .fetch_optional(&mut *self.tx)
            .await?;
        Ok(found.is_some())
    }

    /// The case our outgoing mail with one of these Message-IDs belongs to (In-Reply-To, References).
    pub async fn case_of_thread(&mut self, message_ids: &[String]) -> anyhow::Result<Option<String>> {
        for mid in message_ids.iter().rev() {
            // Notices sent together share one Message-ID: a reply to such a mail names no one case.
            let numbers: Vec<String> = sqlx::query_scalar(
                "SELECT DISTINCT c.number FROM messages m JOIN cases c ON c.id = m.case_id WHERE m.message_id = $1 AND m.direction = 'out' LIMIT 2",
            )
            .bind(mid)
            .fetch_all(&mut *self.tx)
            .await?;
            match numbers.len() {
                1 => return Ok(numbers.into_iter().next()),
                0 => {}
                _ => return Ok(None),
            }
        }
        Ok(None)
    }

    /// The newest mail of a case exchanged with this address that has a Message-ID: what a new mail
    /// to them replies to. Returns its Message-ID and References.
    pub async fn thread_with(&mut self, case_id: i64, party: &str) -> anyhow::Result<Option<(String, Vec<String>)>> {
        let row = sqlx::query(
            "SELECT message_id, refs FROM messages WHERE case_id = $1 AND party = $2 AND message_id IS NOT NULL ORDER BY id DESC LIMIT 1",
        )
        .bind(case_id)
        .bind(party)
        .fetch_optional(&mut *self.tx)
        .await?;
        match row {
            None => Ok(None),
            Some(r) => {
                let refs: Option<String> = r.try_get("refs")?;
                Ok(Some((r.try_get("message_id")?, refs.unwrap_or_default().split_whitespace().map(str::to_owned).collect())))
            }
        }
    }

    /// Our replies to this address since `since` (mails answering one of their mails): what the
    /// loop cap counts. Notices and reminders we start ourselves are not replies.
    pub async fn replies_to_since(&mut self, party: &str, since: DateTime<Utc>) -> anyhow::Result<i64> {
        let n: i64 = sqlx::query_scalar(
            "SELECT COUNT(*) FROM messages o WHERE o.party = $1 AND o.direction = 'out' AND o.channel = 'email'
             AND o.status IN ('queued', 'sending', 'sent') AND o.at > $2
             AND o.in_reply_to IN (SELECT i.message_id FROM messages i WHERE i.party = $1 AND i.direction = 'in' AND i.message_id IS NOT NULL)",
        )
        .bind(party)
        .bind(ts(since))
        .fetch_one(&mut *self.tx)
        .await?;
        Ok(n)
    }

    /// Stores a mail for the outbox worker.
    #[allow(clippy::too_many_arguments)]
    pub async fn insert_mail(
        &mut self,
        case_id: Option<i64>,
        to: &str,
        subject: &str,
        body: &str,
        asks: &[String],
        message_id: &str,
        refs: &[String],
        status: &str,
        at: DateTime<Utc>,
        not_before: DateTime<Utc>,
    ) -> anyhow::Result<i64> {
        let id = sqlx::query_scalar(
            "INSERT INTO messages (case_id, direction, channel, party, subject, body, asks, status, at, message_id, in_reply_to, refs, next_attempt_at)
             VALUES ($1, 'out', 'email', $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING id",
        )
        .bind(case_id)
        .bind(to)
        .bind(subject)
        .bind(body)
        .bind(serde_json::to_string(asks)?)
        .bind(status)
        .bind(ts(at))
        .bind(message_id)
        .bind(refs.last().cloned())
        .bind(refs.join(" "))
        .bind(ts(not_before.max(at)))
        .fetch_one(&mut *self.tx)
        .await?;
        Ok(id)
    }
}

impl Store {
    /// Where the reader stands in a mailbox: (UIDVALIDITY, last UID handled).
    pub async fn cursor(&self, mailbox: &str) -> anyhow::Result<Option<(u32, u32)>> {
        let row = sqlx::query("SELECT uidvalidity, last_uid FROM mailboxes WHERE name = $1").bind(mailbox).fetch_optional(self.pool()).await?;
        match row {
            None => Ok(None),
            Some(r) => {
                let v: i64 = r.try_get("uidvalidity")?;
                let u: i64 = r.try_get("last_uid")?;
                Ok(Some((u32::try_from(v)?, u32::try_from(u)?)))
            }
        }
    }

    /// Claims up to `limit` mails due for sending (queued, or claimed by a worker whose lease ran
    /// out). The claim holds until `lease_until`.
    pub async fn claim_mail(&self, now: DateTime<Utc>, lease_until: DateTime<Utc>, limit: i64) -> anyhow::Result<Vec<OutMail>> {
        let sql = match self.dialect() {
            Dialect::Postgres => {
                "UPDATE messages SET status = 'sending', next_attempt_at = $1
                 WHERE id IN (SELECT id FROM messages WHERE status IN ('queued', 'sending') AND direction = 'out' AND channel = 'email'
                              AND next_attempt_at <= $2 ORDER BY (in_reply_to IS NULL), id LIMIT $3 FOR UPDATE SKIP LOCKED)
                 RETURNING id, party, subject, body, message_id, in_reply_to, refs, attempts, case_id, at, asks"
            }
            Dialect::Sqlite => {
                "UPDATE messages SET status = 'sending', next_attempt_at = $1
                 WHERE id IN (SELECT id FROM messages WHERE status IN ('queued', 'sending') AND direction = 'out' AND channel = 'email'
                              AND next_attempt_at <= $2 ORDER BY (in_reply_to IS NULL), id LIMIT $3)
                 RETURNING id, party, subject, body, message_id, in_reply_to, refs, attempts, case_id, at, asks"
            }
        };
        let rows = sqlx::query(sql).bind(ts(lease_until)).bind(ts(now)).bind(limit).fetch_all(self.pool()).await?;
        let mut out: Vec<OutMail> = rows
            .iter()
            .map(|r| {
                let refs: Option<String> = r.try_get("refs")?;
                Ok(OutMail {
                    id: r.try_get("id")?,
                    to: r.try_get("party")?,
                    subject: r.try_get::<Option<String>, _>("subject")?.unwrap_or_default(),
                    body: r.try_get("body")?,
                    message_id: r.try_get::<Option<String>, _>("message_id")?.unwrap_or_default(),
                    in_reply_to: r.try_get("in_reply_to")?,
                    refs: refs.unwrap_or_default().split_whitespace().map(str::to_owned).collect(),
                    attempts: r.try_get("attempts")?,
                    case_id: r.try_get("case_id")?,
                    at: parse_ts(&r.try_get::<String, _>("at")?)?,
                    asks_nothing: r.try_get::<Option<String>, _>("asks")?.is_none_or(|a| a.trim() == "[]" || a.trim().is_empty()),
                })
            })
            .collect::<anyhow::Result<_>>()?;
        // Replies first (a reporter waiting for the receipt), then notices, each in order.
        out.sort_by_key(|m| (m.in_reply_to.is_none(), m.id));
        Ok(out)
    }

    /// Marks mails sent, in one statement.
    pub async fn mails_sent(&self, ids: &[i64]) -> anyhow::Result<()> {
        if ids.is_empty() {
            return Ok(());
        }
        let sql = format!(
            "UPDATE messages SET status = 'sent', error = NULL, attempts = attempts + 1, next_attempt_at = NULL WHERE status = 'sending' AND id IN ({})",
            placeholders(1, ids.len())
        );
        let mut q = sqlx::query(sqlx::AssertSqlSafe(sql));
        for id in ids {
            q = q.bind(*id);
        }
        q.execute(self.pool()).await?;
        Ok(())
    }

    /// Gives mails sent together as one the Message-ID they went out with.
    pub async fn share_message_id(&self, ids: &[i64], message_id: &str) -> anyhow::Result<()> {
        if ids.is_empty() {
            return Ok(());
        }
        let sql = format!("UPDATE messages SET message_id = $1 WHERE id IN ({})", placeholders(2, ids.len()));
        let mut q = sqlx::query(sqlx::AssertSqlSafe(sql)).bind(message_id);
        for id in ids {
            q = q.bind(*id);
        }
        q.execute(self.pool()).await?;
        Ok(())
    }

    /// The outcome of one send: `sent`, `failed` (permanent), or back to `queued` at `retry_at`.
    pub async fn mail_done(&self, id: i64, status: &str, error: Option<&str>, retry_at: Option<DateTime<Utc>>) -> anyhow::Result<()> {
        sqlx::query("UPDATE messages SET status = $1, error = $2, attempts = attempts + 1, next_attempt_at = $3 WHERE id = $4 AND status = 'sending'")
            .bind(status)
            .bind(error.map(str::to_owned))
            .bind(retry_at.map(ts))
            .bind(id)
            .execute(self.pool())
            .await?;
        Ok(())
    }

    /// When the next mail falls due (for the worker's sleep).
    pub async fn next_mail_due(&self) -> anyhow::Result<Option<DateTime<Utc>>> {
        let t: Option<String> = sqlx::query_scalar(
            "SELECT MIN(next_attempt_at) FROM messages WHERE status IN ('queued', 'sending') AND direction = 'out' AND channel = 'email'",
        )
        .fetch_one(self.pool())
        .await?;
        t.map(|t| parse_ts(&t)).transpose()
    }

    /// Messages that need a person: kept without an answer, held by the loop cap, failed.
    pub async fn messages_needing_attention(&self) -> anyhow::Result<Vec<StoredMessage>> {
        let rows = sqlx::query(
            "SELECT m.id, c.number, m.seq, m.direction, m.channel, m.party, m.subject, m.body, m.asks, m.status, m.at
             FROM messages m LEFT JOIN cases c ON c.id = m.case_id
             WHERE m.status IN ('flagged', 'rejected', 'automatic', 'bounce', 'held', 'failed') ORDER BY m.id",
        )
        .fetch_all(self.pool())
        .await?;
        rows.iter().map(message_of_row).collect()
    }

    pub async fn message(&self, id: i64) -> anyhow::Result<Option<StoredMessage>> {
        let row = sqlx::query(
            "SELECT m.id, c.number, m.seq, m.direction, m.channel, m.party, m.subject, m.body, m.asks, m.status, m.at
             FROM messages m LEFT JOIN cases c ON c.id = m.case_id WHERE m.id = $1",
        )
        .bind(id)
        .fetch_optional(self.pool())
        .await?;
        row.as_ref().map(message_of_row).transpose()
    }

    /// (file name, content type, size) of a message's attachments.
    pub async fn attachments_of(&self, message: i64) -> anyhow::Result<Vec<(Option<String>, String, i64)>> {
        let rows = sqlx::query("SELECT filename, content_type, size FROM attachments WHERE message = $1 ORDER BY id").bind(message).fetch_all(self.pool()).await?;
        rows.iter().map(|r| Ok((r.try_get("filename")?, r.try_get("content_type")?, r.try_get("size")?))).collect()
    }

    /// Queues a mail the loop cap held; false when it is not a held mail.
    pub async fn release_held(&self, id: i64, now: DateTime<Utc>) -> anyhow::Result<bool> {
        let done = sqlx::query("UPDATE messages SET status = 'queued', next_attempt_at = $1 WHERE id = $2 AND status = 'held'")
            .bind(ts(now))
            .bind(id)
            .execute(self.pool())
            .await?;
        Ok(done.rows_affected() == 1)
    }

    /// Counts of outgoing mail by status (for `serve`'s shutdown and the tests).
    pub async fn outbox_counts(&self) -> anyhow::Result<Vec<(String, i64)>> {
        let rows = sqlx::query("SELECT status, COUNT(*) AS n FROM messages WHERE direction = 'out' AND channel = 'email' GROUP BY status ORDER BY status")
            .fetch_all(self.pool())
            .await?;
        rows.iter().map(|r| Ok((r.try_get("status")?, r.try_get("n")?))).collect()
    }
}

/// `$first, $first+1, ...`: `n` numbered placeholders for an `IN (...)` list. Only placeholders are
/// generated into the SQL; every value is bound.
fn placeholders(first: usize, n: usize) -> String {
    (first..first + n).map(|i| format!("${i}")).collect::<Vec<_>>().join(", ")
}
