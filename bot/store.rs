//! Storage with sqlx: SQLite by default, PostgreSQL when the URL says so. One set of queries for
//! both (times are fixed-width UTC text; integers are BIGINT), migrations per dialect.
//!
//! A conversation turn is one [`Tx`]: the inbound message and everything it causes (values, outgoing
//! messages, questions, state, audit) commit together or not at all.

use std::sync::Arc;
use std::time::Duration;

use anyhow::{Context, anyhow};
use chrono::{DateTime, Datelike, SecondsFormat, Utc};
use sqlx::any::{AnyPoolOptions, AnyRow};
use sqlx::{Any, AnyPool, Executor, Row, Transaction};
use tokio::sync::watch;
use workflows::{Case, Kind, Party};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Dialect {
    Sqlite,
    Postgres,
}

#[derive(Clone)]
pub struct Store {
    pool: AnyPool,
    dialect: Dialect,
    /// Counts commits that queued a chat message: the chat channels' senders watch it.
    queued: Arc<watch::Sender<u64>>,
}

/// A stored time: UTC, fixed width, so text order is time order in both dialects.
/// What a case row carries beside its snapshot, computed by the bot from the case: its nearest
/// running deadline (the dashboard's order) and what the statistics count.
#[derive(Debug, Clone, Default)]
pub struct Derived {
    pub deadline: Option<DateTime<Utc>>,
    pub facts: crate::stats::Facts,
}

/// The case list's order (`cases.due_key`): the nearest deadline first, cases without one after
/// every deadline.
pub fn due_key(deadline: Option<DateTime<Utc>>) -> String {
    deadline.map_or_else(|| NO_DEADLINE.to_owned(), ts)
}

const NO_DEADLINE: &str = "9999-12-31T23:59:59.999999Z";

/// The deadline a `due_key` stands for.
pub fn deadline_of_key(key: &str) -> anyhow::Result<Option<DateTime<Utc>>> {
    if key == NO_DEADLINE { Ok(None) } else { parse_ts(key).map(Some) }
}

/// The year of a case's number (`PUI-2026-0001`), which is what "the cases of 2026" means to
/// the DSO; the year it was opened (UTC) for a number of another shape.
pub fn year_of(case: &Case) -> i32 {
    case.number.split('-').nth(1).and_then(|y| y.parse().ok()).filter(|y| (1900..10000).contains(y)).unwrap_or_else(|| case.opened_at.year())
}

pub fn ts(t: DateTime<Utc>) -> String {
    t.to_rfc3339_opts(SecondsFormat::Micros, true)
}

pub fn parse_ts(s: &str) -> anyhow::Result<DateTime<Utc>> {
    Ok(DateTime::parse_from_rfc3339(s).with_context(|| format!("bad stored time {s:?}"))?.with_timezone(&Utc))
}

/// A message as stored.
#[derive(Debug, Clone)]
pub struct StoredMessage {
    pub id: i64,
    pub case_number: Option<String>,
    pub seq: Option<i64>,
    pub direction: String,
    pub channel: String,
    pub party: String,
    pub subject: Option<String>,
    pub body: String,
    pub asks: Vec<String>,
    pub status: String,
    pub at: DateTime<Utc>,
}

/// One value of a field as it was set, with its provenance.
#[derive(Debug, Clone)]
pub struct StoredValue {
    pub field: String,
    pub value: serde_json::Value,
    pub how: String,
    pub by: String,
    pub message_seq: Option<i64>,
    pub at: DateTime<Utc>,
}

#[derive(Debug, Clone)]
pub struct AuditEntry {
    pub at: DateTime<Utc>,
    pub actor: String,
    pub action: String,
    pub detail: String,
}

/// A message to store with a turn.
pub struct NewMessage<'a> {
    pub case_id: Option<i64>,
    pub seq: Option<u32>,
    pub inbound: bool,
    pub channel: &'a str,
    pub party: &'a str,
    pub subject: Option<&'a str>,
    pub body: &'a str,
    pub raw: Option<&'a [u8]>,
    pub asks: &'a [String],
    /// `received`, `rejected` (kept, not processed), `queued` (outgoing, to send), `sent`.
    pub status: &'a str,
    pub at: DateTime<Utc>,
    /// An e-mail's Message-ID and its In-Reply-To and References, oldest first.
    pub message_id: Option<&'a str>,
    pub refs: &'a [String],
}

impl Store {
    /// Connects and applies the dialect's migrations. `sqlite://PATH` creates the file if missing;
    /// `sqlite::memory:` is one private in-memory database.
    pub async fn connect(url: &str) -> anyhow::Result<Store> {
        sqlx::any::install_default_drivers();
        let dialect = if url.starts_with("postgres:") || url.starts_with("postgresql:") {
            Dialect::Postgres
        } else if url.starts_with("sqlite:") {
            Dialect::Sqlite
        } else {
            return Err(anyhow!("unsupported database URL (use sqlite://PATH or postgres://...)"));
        };
        let url = match dialect {
            Dialect::Sqlite if !url.contains(":memory:") && !url.contains("mode=") => {
                format!("{url}{}mode=rwc", if url.contains('?') { '&' } else { '?' })
            }
            _ => url.to_owned(),
        };
        let memory = url.contains(":memory:");
        let options = AnyPoolOptions::new()
            // SQLite has one writer: a single connection hands the database from task to task in
            // process (no lock waits in SQLite's busy handler, which sleeps in steps of up to 100 ms).
            .max_connections(if dialect == Dialect::Sqlite { 1 } else { 8 })
            // A file in this process cannot drop the connection: no ping (a round trip to SQLite's
            // worker thread) before every use.
            .test_before_acquire(dialect != Dialect::Sqlite)
            .acquire_timeout(Duration::from_secs(30));
        let options = if memory {
            // One connection for the whole life of the store: the in-memory database lives in it.
            options.min_connections(1).idle_timeout(None).max_lifetime(None)
        } else {
            options
        };
        let options = if dialect == Dialect::Sqlite {
            options.after_connect(|conn, _| {
                Box::pin(async move {
                    // A 64 MiB page cache keeps a busy turn off pread(2); statement journals stay in
                    // memory instead of short-lived temp files.
                    conn.execute(
                        "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA busy_timeout = 10000; PRAGMA foreign_keys = ON; \
                         PRAGMA cache_size = -65536; PRAGMA temp_store = MEMORY;",
                    )
                        .await?;
                    Ok(())
                })
            })
        } else {
            options
        };
        let pool = options.connect(&url).await.context("connecting to the database")?;
        let store = Store { pool, dialect, queued: Arc::new(watch::channel(0).0) };
        store.migrate().await?;
        Ok(store)
    }

    async fn migrate(&self) -> anyhow::Result<()> {
        let migrator = match self.dialect {
            Dialect::Sqlite => sqlx::migrate!("migrations/sqlite"),
            Dialect::Postgres => sqlx::migrate!("migrations/postgres"),
        };
        migrator.run(&self.pool).await.context("applying migrations")?;
        Ok(())
    }

    pub fn dialect(&self) -> Dialect {
        self.dialect
    }

    pub fn pool(&self) -> &AnyPool {
        &self.pool
    }

    /// Changes each time a committed transaction has queued a chat message.
    pub fn chat_queued(&self) -> watch::Receiver<u64> {
        self.queued.subscribe()
    }

    pub async fn begin(&self) -> anyhow::Result<Tx> {
        // On SQLite the pool is one connection, so turns in this process take turns and a deferred
        // transaction never meets another writer's snapshot. (BEGIN IMMEDIATE measured half the
        // console's turns per second through sqlx.) Another process writing meanwhile makes the
        // turn fail cleanly; the channel retries it.
        let tx = self.pool.begin().await.context("starting a transaction")?;
        Ok(Tx { tx, dialect: self.dialect, wake: self.queued.clone(), queued_chat: false })
    }

    pub async fn list_cases(&self) -> anyhow::Result<Vec<Case>> {
        let rows = sqlx::query("SELECT snapshot FROM cases ORDER BY id").fetch_all(&self.pool).await?;
        rows.iter().map(case_of_row).collect()
    }

    pub async fn case(&self, number: &str) -> anyhow::Result<Option<Case>> {
        let row = sqlx::query("SELECT snapshot FROM cases WHERE number = $1")
            .bind(number)
            .fetch_optional(&self.pool)
            .await?;
        row.as_ref().map(case_of_row).transpose()
    }

    pub async fn messages(&self, number: &str) -> anyhow::Result<Vec<StoredMessage>> {
        let rows = sqlx::query(
            "SELECT m.id, c.number, m.seq, m.direction, m.channel, m.party, m.subject, m.body, m.asks, m.status, m.at
             FROM messages m JOIN cases c ON c.id = m.case_id WHERE c.number = $1 ORDER BY m.id",
        )
        .bind(number)
        .fetch_all(&self.pool)
        .await?;
        rows.iter().map(message_of_row).collect()
    }

    /// Messages that belong to no case: answers to questions that opened none, rejected input.
    pub async fn messages_without_case(&self) -> anyhow::Result<Vec<StoredMessage>> {
        let rows = sqlx::query(
            "SELECT m.id, NULL AS number, m.seq, m.direction, m.channel, m.party, m.subject, m.body, m.asks, m.status, m.at
             FROM messages m WHERE m.case_id IS NULL ORDER BY m.id",
        )
        .fetch_all(&self.pool)
        .await?;
        rows.iter().map(message_of_row).collect()
    }

    pub async fn history(&self, number: &str) -> anyhow::Result<Vec<StoredValue>> {
        let rows = sqlx::query(
            "SELECT v.field, v.value, v.how, v.by_party, v.message_seq, v.at
             FROM field_values v JOIN cases c ON c.id = v.case_id WHERE c.number = $1 ORDER BY v.id",
        )
        .bind(number)
        .fetch_all(&self.pool)
        .await?;
        rows.iter()
            .map(|r| {
                Ok(StoredValue {
                    field: r.try_get("field")?,
                    value: serde_json::from_str(&r.try_get::<String, _>("value")?)?,
                    how: r.try_get("how")?,
                    by: r.try_get("by_party")?,
                    message_seq: r.try_get("message_seq")?,
                    at: parse_ts(&r.try_get::<String, _>("at")?)?,
                })
            })
            .collect()
    }

    pub async fn audit(&self, number: &str) -> anyhow::Result<Vec<AuditEntry>> {
        let rows = sqlx::query(
            "SELECT a.at, a.actor, a.action, a.detail FROM audit_log a JOIN cases c ON c.id = a.case_id
             WHERE c.number = $1 ORDER BY a.id",
        )
        .bind(number)
        .fetch_all(&self.pool)
        .await?;
        rows.iter()
            .map(|r| {
                Ok(AuditEntry {
                    at: parse_ts(&r.try_get::<String, _>("at")?)?,
                    actor: r.try_get("actor")?,
                    action: r.try_get("action")?,
                    detail: r.try_get("detail")?,
                })
            })
            .collect()
    }

    /// Fills in what case rows carry beside their snapshots (deadline, list order, year,
    /// statistics' facts, when first closed) for rows written before those columns existed;
    /// returns how many. Cheap when there are none: the unfilled rows have an index of their own.
    pub async fn backfill_derived(&self, derived: impl Fn(&Case) -> Derived) -> anyhow::Result<usize> {
        let mut done = 0;
        loop {
            let rows = sqlx::query("SELECT id, snapshot FROM cases WHERE deadline_known = 0 ORDER BY id LIMIT 500").fetch_all(&self.pool).await?;
            if rows.is_empty() {
                return Ok(done);
            }
            let mut tx = self.pool.begin().await?;
            for r in &rows {
                let id: i64 = r.try_get("id")?;
                let snapshot: String = r.try_get("snapshot")?;
                let case = Case::from_snapshot(&serde_json::from_str(&snapshot)?)?;
                let d = derived(&case);
                let closed: Option<String> = sqlx::query_scalar("SELECT MIN(at) FROM audit_log WHERE case_id = $1 AND action = 'state' AND detail = 'closed'")
                    .bind(id)
                    .fetch_one(&mut *tx)
                    .await?;
                sqlx::query("UPDATE cases SET deadline_at = $1, deadline_known = 1, due_key = $2, year = $3, facts = $4, closed_at = $5 WHERE id = $6")
                    .bind(d.deadline.map(ts))
                    .bind(due_key(d.deadline))
                    .bind(i64::from(year_of(&case)))
                    .bind(serde_json::to_string(&d.facts)?)
                    .bind(closed)
                    .bind(id)
                    .execute(&mut *tx)
                    .await?;
            }
            tx.commit().await?;
            done += rows.len();
        }
    }
}

fn case_of_row(row: &AnyRow) -> anyhow::Result<Case> {
    let snapshot: String = row.try_get("snapshot")?;
    let json: serde_json::Value = serde_json::from_str(&snapshot).context("case snapshot")?;
    Ok(Case::from_snapshot(&json)?)
}

pub(crate) fn message_of_row(r: &AnyRow) -> anyhow::Result<StoredMessage> {
    let asks: Option<String> = r.try_get("asks")?;
    Ok(StoredMessage {
        id: r.try_get("id")?,
        case_number: r.try_get("number")?,
        seq: r.try_get("seq")?,
        direction: r.try_get("direction")?,
        channel: r.try_get("channel")?,
        party: r.try_get("party")?,
        subject: r.try_get("subject")?,
        body: r.try_get("body")?,
        asks: asks.map(|a| serde_json::from_str(&a)).transpose()?.unwrap_or_default(),
        status: r.try_get("status")?,
        at: parse_ts(&r.try_get::<String, _>("at")?)?,
    })
}

/// `INSERT ... VALUES ($1, .., $k), ($k+1, ..)` for `rows` rows of `cols` columns: only numbered
/// placeholders are generated, every value is bound.
pub(crate) fn multi_row_insert(head: &str, cols: usize, rows: usize) -> String {
    let mut sql = String::with_capacity(head.len() + rows * cols * 5);
    sql.push_str(head);
    for r in 0..rows {
        if r > 0 {
            sql.push_str(", ");
        }
        sql.push('(');
        for c in 0..cols {
            if c > 0 {
                sql.push_str(", ");
            }
            sql.push_str(&format!("${}", r * cols + c + 1));
        }
        sql.push(')');
    }
    sql
}

/// One turn's transaction.
pub struct Tx {
    pub(crate) tx: Transaction<'static, Any>,
    pub(crate) dialect: Dialect,
    wake: Arc<watch::Sender<u64>>,
    /// The transaction queued a chat message: its commit wakes the senders.
    pub(crate) queued_chat: bool,
}

impl Tx {
    pub async fn commit(self) -> anyhow::Result<()> {
        self.tx.commit().await.context("committing")?;
        if self.queued_chat {
            self.wake.send_modify(|n| *n = n.wrapping_add(1));
        }
        Ok(())
    }

    /// Marks where one message's work starts in a transaction that stores several (the mailbox
    /// reader commits a fetched chunk at once): [`Tx::release`] keeps the work,
    /// [`Tx::roll_back_turn`] undoes it and leaves the rest of the transaction as it was.
    pub async fn savepoint(&mut self) -> anyhow::Result<()> {
        sqlx::query("SAVEPOINT turn").execute(&mut *self.tx).await.context("setting a savepoint")?;
        Ok(())
    }

    pub async fn release(&mut self) -> anyhow::Result<()> {
        sqlx::query("RELEASE SAVEPOINT turn").execute(&mut *self.tx).await.context("releasing a savepoint")?;
        Ok(())
    }

    pub async fn roll_back_turn(&mut self) -> anyhow::Result<()> {
        sqlx::query("ROLLBACK TO SAVEPOINT turn").execute(&mut *self.tx).await.context("rolling back to a savepoint")?;
        self.release().await
    }

    /// The next case number of a kind and year: PUI-2026-0001, DSR-2026-0001.
    pub async fn next_number(&mut self, kind: Kind, year: i32) -> anyhow::Result<String> {
        let prefix = kind.number_prefix();
        let last: i64 = sqlx::query_scalar(
            "INSERT INTO case_counters (prefix, year, last) VALUES ($1, $2, 1)
             ON CONFLICT (prefix, year) DO UPDATE SET last = case_counters.last + 1 RETURNING last",
        )
        .bind(prefix)
        .bind(i64::from(year))
        .fetch_one(&mut *self.tx)
        .await?;
        Ok(format!("{prefix}-{year}-{last:04}"))
    }

    /// A case by row id, locked for this transaction on PostgreSQL.
    pub async fn load_case_by_id(&mut self, id: i64) -> anyhow::Result<Option<Case>> {
        let sql = match self.dialect {
            Dialect::Postgres => "SELECT snapshot FROM cases WHERE id = $1 FOR UPDATE",
            Dialect::Sqlite => "SELECT snapshot FROM cases WHERE id = $1",
        };
        let row = sqlx::query(sql).bind(id).fetch_optional(&mut *self.tx).await?;
        row.as_ref().map(case_of_row).transpose()
    }

    /// The open case this address was last written to about (a reminder, a question), for a
    /// message that names no case and answers no question ("påminn mig imorgon").
    pub async fn case_last_written_to(&mut self, party: &str) -> anyhow::Result<Option<String>> {
        let number = sqlx::query_scalar(
            "SELECT c.number FROM messages m JOIN cases c ON c.id = m.case_id
             WHERE m.party = $1 AND m.direction = 'out' AND c.state <> 'closed'
             ORDER BY m.id DESC LIMIT 1",
        )
        .bind(party)
        .fetch_optional(&mut *self.tx)
        .await?;
        Ok(number)
    }

    /// A case and its row id, locked for this turn on PostgreSQL.
    pub async fn load_case(&mut self, number: &str) -> anyhow::Result<Option<(i64, Case)>> {
        let sql = match self.dialect {
            Dialect::Postgres => "SELECT id, snapshot FROM cases WHERE number = $1 FOR UPDATE",
            Dialect::Sqlite => "SELECT id, snapshot FROM cases WHERE number = $1",
        };
        let row = sqlx::query(sql).bind(number).fetch_optional(&mut *self.tx).await?;
        match row {
            None => Ok(None),
            Some(r) => Ok(Some((r.try_get("id")?, case_of_row(&r)?))),
        }
    }

    /// The open case on which this address has a question pending, newest first.
    pub async fn case_awaiting(&mut self, party: &str) -> anyhow::Result<Option<String>> {
        let number = sqlx::query_scalar(
            "SELECT c.number FROM questions q JOIN cases c ON c.id = q.case_id
             WHERE q.party = $1 AND q.status = 'pending' AND c.state <> 'closed'
             ORDER BY q.asked_at DESC, q.id DESC LIMIT 1",
        )
        .bind(party)
        .fetch_optional(&mut *self.tx)
        .await?;
        Ok(number)
    }

    /// Stores a new case with what its row carries beside the snapshot.
    pub async fn insert_case(&mut self, case: &Case, at: DateTime<Utc>, derived: &Derived) -> anyhow::Result<i64> {
        let id = sqlx::query_scalar(
            "INSERT INTO cases (number, kind, state, reporter, unit, opened_at, updated_at, snapshot, deadline_at, deadline_known, year, due_key, closed_at, facts)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, 1, $10, $11, $12, $13) RETURNING id",
        )
        .bind(&case.number)
        .bind(case.kind.as_str())
        .bind(case.state.as_str())
        .bind(&case.reporter.address)
        .bind(case.unit.clone())
        .bind(ts(case.opened_at))
        .bind(ts(at))
        .bind(case.to_snapshot().to_string())
        .bind(derived.deadline.map(ts))
        .bind(i64::from(year_of(case)))
        .bind(due_key(derived.deadline))
        .bind((!case.state.is_open()).then(|| ts(at)))
        .bind(serde_json::to_string(&derived.facts)?)
        .fetch_one(&mut *self.tx)
        .await?;
        Ok(id)
    }

    /// Writes a changed case; the first time it is closed is kept (the statistics' "handled at").
    pub async fn update_case(&mut self, id: i64, case: &Case, at: DateTime<Utc>, derived: &Derived) -> anyhow::Result<()> {
        sqlx::query(
            "UPDATE cases SET state = $1, unit = $2, updated_at = $3, snapshot = $4, deadline_at = $5, deadline_known = 1,
                 due_key = $6, facts = $7, closed_at = CASE WHEN $1 = 'closed' THEN COALESCE(closed_at, $3) ELSE closed_at END
             WHERE id = $8",
        )
        .bind(case.state.as_str())
        .bind(case.unit.clone())
        .bind(ts(at))
        .bind(case.to_snapshot().to_string())
        .bind(derived.deadline.map(ts))
        .bind(due_key(derived.deadline))
        .bind(serde_json::to_string(&derived.facts)?)
        .bind(id)
        .execute(&mut *self.tx)
        .await?;
        Ok(())
    }

    /// Appends every value that is new or changed since `before` to the value history, in one
    /// statement.
    pub async fn record_values(&mut self, id: i64, before: Option<&Case>, after: &Case) -> anyhow::Result<usize> {
        let changed: Vec<_> = after.fields.iter().filter(|(field, entry)| before.and_then(|b| b.fields.get(*field)) != Some(*entry)).collect();
        if changed.is_empty() {
            return Ok(0);
        }
        let sql = multi_row_insert("INSERT INTO field_values (case_id, field, value, how, by_party, message_seq, at) VALUES ", 7, changed.len());
        let mut q = sqlx::query(sqlx::AssertSqlSafe(sql));
        for (field, entry) in &changed {
            let p = &entry.provenance;
            q = q.bind(id).bind(*field).bind(entry.value.to_json().to_string()).bind(p.how.as_str()).bind(&p.by).bind(p.message.map(i64::from)).bind(ts(p.at));
        }
        q.execute(&mut *self.tx).await?;
        Ok(changed.len())
    }

    /// Mirrors the case's pending questions into `questions`, where replies are routed from.
    pub async fn sync_questions(&mut self, id: i64, case: &Case) -> anyhow::Result<()> {
        sqlx::query("UPDATE questions SET status = 'closed' WHERE case_id = $1 AND status = 'pending'")
            .bind(id)
            .execute(&mut *self.tx)
            .await?;
        self.insert_questions(id, case).await
    }

    /// The pending questions of a case that has none stored yet (one just opened), in one statement.
    pub async fn insert_questions(&mut self, id: i64, case: &Case) -> anyhow::Result<()> {
        if case.pending.is_empty() {
            return Ok(());
        }
        let sql = multi_row_insert("INSERT INTO questions (case_id, party, role, fields, asked_at, status) VALUES ", 6, case.pending.len());
        let mut q = sqlx::query(sqlx::AssertSqlSafe(sql));
        for p in &case.pending {
            q = q
                .bind(id)
                .bind(p.to.address.clone())
                .bind(serde_json::to_value(p.role)?.as_str().unwrap_or_default().to_owned())
                .bind(serde_json::to_string(&p.fields)?)
                .bind(ts(p.asked_at))
                .bind("pending");
        }
        q.execute(&mut *self.tx).await?;
        Ok(())
    }

    pub async fn insert_message(&mut self, m: NewMessage<'_>) -> anyhow::Result<i64> {
        let id = sqlx::query_scalar(
            "INSERT INTO messages (case_id, seq, direction, channel, party, subject, body, raw, asks, status, at, message_id, in_reply_to, refs)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14) RETURNING id",
        )
        .bind(m.case_id)
        .bind(m.seq.map(i64::from))
        .bind(if m.inbound { "in" } else { "out" })
        .bind(m.channel)
        .bind(m.party)
        .bind(m.subject.map(str::to_owned))
        .bind(m.body)
        .bind(m.raw.map(<[u8]>::to_vec))
        .bind(serde_json::to_string(m.asks)?)
        .bind(m.status)
        .bind(ts(m.at))
        .bind(m.message_id.map(str::to_owned))
        .bind(m.message_id.and(m.refs.last().cloned()))
        .bind(m.message_id.map(|_| m.refs.join(" ")))
        .fetch_one(&mut *self.tx)
        .await?;
        Ok(id)
    }

    /// Stores a message the bot sends (status `sent`).
    pub async fn insert_outgoing(&mut self, case_id: Option<i64>, to: &Party, body: &str, asks: &[String], at: DateTime<Utc>) -> anyhow::Result<i64> {
        self.insert_message(NewMessage {
            case_id,
            seq: None,
            inbound: false,
            channel: to.channel.as_str(),
            party: &to.address,
            subject: None,
            body,
            raw: None,
            asks,
            status: "sent",
            at,
            message_id: None,
            refs: &[],
        })
        .await
    }

    /// Attaches an inbound message stored before its case existed (the first message of a case).
    pub async fn audit(&mut self, case_id: Option<i64>, at: DateTime<Utc>, actor: &str, action: &str, detail: &str) -> anyhow::Result<()> {
        sqlx::query("INSERT INTO audit_log (case_id, at, actor, action, detail) VALUES ($1, $2, $3, $4, $5)")
            .bind(case_id)
            .bind(ts(at))
            .bind(actor)
            .bind(action)
            .bind(detail)
            .execute(&mut *self.tx)
            .await?;
        Ok(())
    }
}
