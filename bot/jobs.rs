//! The scheduler's rows: reminders and digests as jobs with idempotency keys and leases.
//!
//! A case's reminders are re-planned in the transaction of every change to it
//! ([`Tx::reconcile_jobs`]): new ones are inserted, moved ones get their new time, ones whose
//! condition cleared are cancelled, spent ones (done) stay spent. Workers claim due jobs with a
//! lease (`FOR UPDATE SKIP LOCKED` on PostgreSQL; SQLite serialises writers) and finish them in
//! the transaction that stores the message they caused, only while they still hold the claim.

use std::collections::HashMap;

use chrono::{DateTime, Duration, Utc};
use serde_json::Value as Json;
use sqlx::Row;
use sqlx::any::AnyRow;
use workflows::remind::Planned;

use crate::store::{Dialect, Store, Tx, parse_ts, ts};

/// A claimed job.
#[derive(Debug, Clone)]
pub struct Job {
    pub id: i64,
    pub key: String,
    pub kind: String,
    pub case_id: Option<i64>,
    pub party: String,
    pub channel: String,
    pub due_at: DateTime<Utc>,
    pub payload: Json,
    pub attempts: i64,
}

/// A job to insert that belongs to no case (a digest).
pub struct NewJob<'a> {
    pub key: &'a str,
    pub kind: &'a str,
    pub party: &'a str,
    pub channel: &'a str,
    pub due_at: DateTime<Utc>,
    pub payload: Json,
}

fn job_of_row(r: &AnyRow) -> anyhow::Result<Job> {
    Ok(Job {
        id: r.try_get("id")?,
        key: r.try_get("key")?,
        kind: r.try_get("kind")?,
        case_id: r.try_get("case_id")?,
        party: r.try_get("party")?,
        channel: r.try_get("channel")?,
        due_at: parse_ts(&r.try_get::<String, _>("due_at")?)?,
        payload: serde_json::from_str(&r.try_get::<String, _>("payload")?)?,
        attempts: r.try_get("attempts")?,
    })
}

/// What re-planning changed, for the audit log and tests.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Reconciled {
    pub inserted: usize,
    pub moved: usize,
    pub cancelled: usize,
}

impl Tx {
    /// Makes the case's job rows match its plan (see the module doc). A planned reminder already
    /// due when first planned is not inserted: the message that started its clock said as much.
    pub async fn reconcile_jobs(&mut self, case_id: i64, plan: &[Planned], now: DateTime<Utc>) -> anyhow::Result<Reconciled> {
        let rows = sqlx::query("SELECT id, key, status, due_at FROM jobs WHERE case_id = $1")
            .bind(case_id)
            .fetch_all(&mut *self.tx)
            .await?;
        let mut existing: HashMap<String, (i64, String, String)> = HashMap::with_capacity(rows.len());
        for r in &rows {
            existing.insert(r.try_get("key")?, (r.try_get("id")?, r.try_get("status")?, r.try_get("due_at")?));
        }
        self.apply_plan(case_id, existing, plan, now).await
    }

    /// The jobs of a case that has none yet (one just opened): no need to read what is stored.
    pub async fn plan_new_case(&mut self, case_id: i64, plan: &[Planned], now: DateTime<Utc>) -> anyhow::Result<Reconciled> {
        self.apply_plan(case_id, HashMap::new(), plan, now).await
    }

    async fn apply_plan(&mut self, case_id: i64, existing: HashMap<String, (i64, String, String)>, plan: &[Planned], now: DateTime<Utc>) -> anyhow::Result<Reconciled> {
        let mut done = Reconciled::default();
        let mut new_jobs: Vec<&Planned> = Vec::new();
        let mut planned_keys = std::collections::HashSet::with_capacity(plan.len());
        let now_s = ts(now);
        for p in plan {
            planned_keys.insert(p.key.as_str());
            let due = ts(p.due);
            match existing.get(&p.key) {
                // A job postponed out of quiet hours at fire time stays postponed.
                Some((_, status, at)) if status == "pending" && due <= now_s && *at > now_s => {}
                Some((id, status, at)) if status == "pending" && *at != due => {
                    sqlx::query("UPDATE jobs SET due_at = $1, payload = $2 WHERE id = $3 AND status = 'pending'")
                        .bind(&due)
                        .bind(serde_json::to_string(&p.reminder)?)
                        .bind(*id)
                        .execute(&mut *self.tx)
                        .await?;
                    done.moved += 1;
                }
                Some((id, status, _)) if status == "cancelled" && p.due > now => {
                    // A condition that cleared and came back (a decision reversed): the reminder returns.
                    sqlx::query("UPDATE jobs SET status = 'pending', due_at = $1, payload = $2 WHERE id = $3 AND status = 'cancelled'")
                        .bind(&due)
                        .bind(serde_json::to_string(&p.reminder)?)
                        .bind(*id)
                        .execute(&mut *self.tx)
                        .await?;
                    done.inserted += 1;
                }
                Some(_) => {}
                None if p.due > now => new_jobs.push(p),
                None => {}
            }
        }
        // New reminders in one statement (a case's plan is a few dozen at most).
        if !new_jobs.is_empty() {
            let sql = crate::store::multi_row_insert(
                "INSERT INTO jobs (key, kind, case_id, party, channel, due_at, payload, status, created_at) VALUES ",
                9,
                new_jobs.len(),
            ) + " ON CONFLICT (key) DO NOTHING";
            let mut q = sqlx::query(sqlx::AssertSqlSafe(sql));
            for p in &new_jobs {
                q = q
                    .bind(&p.key)
                    .bind("reminder")
                    .bind(case_id)
                    .bind(&p.to.address)
                    .bind(p.to.channel.as_str())
                    .bind(ts(p.due))
                    .bind(serde_json::to_string(&p.reminder)?)
                    .bind("pending")
                    .bind(now_s.clone());
            }
            q.execute(&mut *self.tx).await?;
            done.inserted += new_jobs.len();
        }
        for (key, (id, status, _)) in &existing {
            if status == "pending" && !planned_keys.contains(key.as_str()) {
                sqlx::query("UPDATE jobs SET status = 'cancelled', done_at = $1 WHERE id = $2 AND status = 'pending'")
                    .bind(ts(now))
                    .bind(*id)
                    .execute(&mut *self.tx)
                    .await?;
                done.cancelled += 1;
            }
        }
        Ok(done)
    }

    /// Inserts a job unless its key exists. True when inserted.
    pub async fn insert_job(&mut self, job: NewJob<'_>, now: DateTime<Utc>) -> anyhow::Result<bool> {
        let n = sqlx::query(
            "INSERT INTO jobs (key, kind, case_id, party, channel, due_at, payload, status, created_at)
             VALUES ($1, $2, NULL, $3, $4, $5, $6, 'pending', $7) ON CONFLICT (key) DO NOTHING",
        )
        .bind(job.key)
        .bind(job.kind)
        .bind(job.party)
        .bind(job.channel)
        .bind(ts(job.due_at))
        .bind(job.payload.to_string())
        .bind(ts(now))
        .execute(&mut *self.tx)
        .await?
        .rows_affected();
        Ok(n == 1)
    }

    /// Marks a claimed job done (or cancelled) if this worker still holds it. False when the lease
    /// was lost: the caller must roll back, another worker owns the job now.
    pub async fn finish_job(&mut self, id: i64, worker: &str, status: &str, now: DateTime<Utc>) -> anyhow::Result<bool> {
        let n = sqlx::query(
            "UPDATE jobs SET status = $1, done_at = $2, lease_until = NULL
             WHERE id = $3 AND status = 'claimed' AND claimed_by = $4",
        )
        .bind(status)
        .bind(ts(now))
        .bind(id)
        .bind(worker)
        .execute(&mut *self.tx)
        .await?
        .rows_affected();
        Ok(n == 1)
    }

    /// Gives a claimed job back with a later due time (it may not disturb anyone now).
    pub async fn postpone_job(&mut self, id: i64, worker: &str, due: DateTime<Utc>) -> anyhow::Result<bool> {
        let n = sqlx::query(
            "UPDATE jobs SET status = 'pending', due_at = $1, claimed_by = NULL, lease_until = NULL
             WHERE id = $2 AND status = 'claimed' AND claimed_by = $3",
        )
        .bind(ts(due))
        .bind(id)
        .bind(worker)
        .execute(&mut *self.tx)
        .await?
        .rows_affected();
        Ok(n == 1)
    }

    /// Whether a job with this key prefix is waiting (pending or claimed): one digest of a kind at
    /// a time. A range on the unique key index, so it stays cheap with a million pending rows.
    pub async fn job_waiting(&mut self, key_prefix: &str) -> anyhow::Result<bool> {
        let mut end = key_prefix.to_owned();
        let last = end.pop().map_or('\u{0}', |c| char::from_u32(c as u32 + 1).unwrap_or(c));
        end.push(last);
        let n: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM jobs WHERE key >= $1 AND key < $2 AND status IN ('pending', 'claimed')")
            .bind(key_prefix)
            .bind(end)
            .fetch_one(&mut *self.tx)
            .await?;
        Ok(n > 0)
    }
}

/// Claims due jobs in one statement. On PostgreSQL, `SKIP LOCKED` lets concurrent workers take
/// disjoint jobs; SQLite runs one writer at a time, so the statement alone is atomic.
const CLAIM_PG: &str = "UPDATE jobs SET status = 'claimed', claimed_by = $1, lease_until = $2, attempts = attempts + 1
     WHERE id IN (SELECT id FROM jobs WHERE status = 'pending' AND due_at <= $3 ORDER BY due_at, id LIMIT $4 FOR UPDATE SKIP LOCKED)
     RETURNING id, key, kind, case_id, party, channel, due_at, payload, attempts";
const CLAIM_SQLITE: &str = "UPDATE jobs SET status = 'claimed', claimed_by = $1, lease_until = $2, attempts = attempts + 1
     WHERE id IN (SELECT id FROM jobs WHERE status = 'pending' AND due_at <= $3 ORDER BY due_at, id LIMIT $4)
     RETURNING id, key, kind, case_id, party, channel, due_at, payload, attempts";

impl Store {
    /// Claims up to `limit` due jobs for `worker` until `now + lease`, oldest first. Jobs whose
    /// lease ran out (their worker died) are taken back first.
    pub async fn claim_due(&self, worker: &str, now: DateTime<Utc>, lease: Duration, limit: i64) -> anyhow::Result<Vec<Job>> {
        let mut tx = self.begin().await?;
        sqlx::query("UPDATE jobs SET status = 'pending', claimed_by = NULL, lease_until = NULL WHERE status = 'claimed' AND lease_until < $1")
            .bind(ts(now))
            .execute(&mut *tx.tx)
            .await?;
        let sql = match self.dialect() {
            Dialect::Postgres => CLAIM_PG,
            Dialect::Sqlite => CLAIM_SQLITE,
        };
        let rows = sqlx::query(sql)
            .bind(worker)
            .bind(ts(now + lease))
            .bind(ts(now))
            .bind(limit)
            .fetch_all(&mut *tx.tx)
            .await?;
        tx.commit().await?;
        let mut jobs: Vec<Job> = rows.iter().map(job_of_row).collect::<anyhow::Result<_>>()?;
        jobs.sort_by_key(|j| (j.due_at, j.id));
        Ok(jobs)
    }

    /// When the next pending job falls due, if any.
    pub async fn next_due(&self) -> anyhow::Result<Option<DateTime<Utc>>> {
        let at: Option<String> = sqlx::query_scalar("SELECT MIN(due_at) FROM jobs WHERE status = 'pending'")
            .fetch_one(self.pool())
            .await?;
        at.map(|a| parse_ts(&a)).transpose()
    }

    /// Jobs of a case (or all), for `show`, tests and operators.
    pub async fn jobs(&self, case_number: Option<&str>) -> anyhow::Result<Vec<(Job, String)>> {
        let rows = match case_number {
            Some(n) => {
                sqlx::query(
                    "SELECT j.id, j.key, j.kind, j.case_id, j.party, j.channel, j.due_at, j.payload, j.attempts, j.status
                     FROM jobs j JOIN cases c ON c.id = j.case_id WHERE c.number = $1 ORDER BY j.due_at, j.id",
                )
                .bind(n)
                .fetch_all(self.pool())
                .await?
            }
            None => {
                sqlx::query(
                    "SELECT id, key, kind, case_id, party, channel, due_at, payload, attempts, status FROM jobs ORDER BY due_at, id",
                )
                .fetch_all(self.pool())
                .await?
            }
        };
        rows.iter().map(|r| Ok((job_of_row(r)?, r.try_get("status")?))).collect()
    }
}
