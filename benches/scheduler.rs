//! The scheduler under load, on a SQLite file: 1,000,000 pending reminders (future ones, as a
//! municipality years in would hold) plus 10,000 due ones on 5,000 real cases.
//!
//! - `claim_and_fire_10000_due`: one pass that claims, re-checks, renders, stores and spends all
//!   10,000 due reminders (coalesced into one message per person and case).
//! - `restart_to_first_due_reminder`: a new process's work from opening the database to the
//!   first due reminder stored (connect, migrations check, claim, fire one batch).
//!
//! The database is built once (about a minute) and copied for every sample. Resident memory and
//! the database size are printed once: `cargo bench --bench scheduler`.

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use chrono::{DateTime, Duration, Utc};

use dsobot::scheduler::Scheduler;
use dsobot::{Bot, Config, Inbound, Store};
use workflows::{Channel, Party};

fn main() {
    divan::main();
}

/// Full size under `cargo bench`; small when `cargo test --benches` only checks that it runs.
fn full() -> bool {
    static FULL: OnceLock<bool> = OnceLock::new();
    *FULL.get_or_init(|| std::env::args().any(|a| a == "--bench"))
}

fn cases() -> usize {
    if full() { 5_000 } else { 50 }
}

fn future() -> i64 {
    if full() { 1_000_000 } else { 10_000 }
}

fn opened() -> DateTime<Utc> {
    DateTime::parse_from_rfc3339("2026-11-23T10:00:00+01:00").expect("time").to_utc()
}

/// When the reporters' and managers' first reminders (4 hours, e-mail) are all due.
fn due_time() -> DateTime<Utc> {
    opened() + Duration::hours(4)
}

fn rss_kib() -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| s.lines().find(|l| l.starts_with("VmRSS:")).and_then(|l| l.split_whitespace().nth(1)?.parse().ok()))
        .unwrap_or(0)
}

/// The template database, built once per run.
fn template() -> &'static Path {
    static DB: OnceLock<(tempfile::TempDir, PathBuf)> = OnceLock::new();
    let (_, path) = DB.get_or_init(|| {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("template.sqlite3");
        let rt = tokio::runtime::Builder::new_current_thread().enable_all().build().expect("runtime");
        rt.block_on(async {
            let url = format!("sqlite://{}", path.display());
            let bot = Bot::new(Store::connect(&url).await.expect("store"), Config::example()).expect("bot");
            for i in 0..cases() {
                let msg = Inbound {
                    at: opened(),
                    from: Party { address: format!("person{i}@soc.kommun.example"), channel: Channel::Email },
                    subject: None,
                    text: "Jag upptäckte idag kl 09.30 att jag skickat ett mejl med en klients journal till fel mottagare.".into(),
                    raw: None,
                    case: None,
                    email: None,
                    chat: None,
                };
                bot.handle(msg).await.expect("turn");
            }
            // A million reminders due years from now (rows without a case, so they stay pending).
            sqlx::query(
                "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < $1)
                 INSERT INTO jobs (key, kind, case_id, party, channel, due_at, payload, status, created_at)
                 SELECT 'bench/' || i, 'reminder', NULL, 'someone@kommun.example', 'email',
                        strftime('%Y-%m-%dT%H:%M:%S.000000Z', '2030-01-01', '+' || (i % 100000) || ' minutes'),
                        '{\"type\":\"deadline\",\"clock\":\"notify\",\"due\":\"2030-01-01T00:00:00Z\"}', 'pending', '2026-11-23T09:00:00.000000Z'
                 FROM n",
            )
            .bind(future())
            .execute(bot.store.pool())
            .await
            .expect("bulk insert");
            let due: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM jobs WHERE status = 'pending' AND due_at <= $1")
                .bind(dsobot::store::ts(due_time()))
                .fetch_one(bot.store.pool())
                .await
                .expect("count");
            let all: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM jobs WHERE status = 'pending'").fetch_one(bot.store.pool()).await.expect("count");
            sqlx::query("PRAGMA wal_checkpoint(TRUNCATE)").execute(bot.store.pool()).await.expect("checkpoint");
            let size = std::fs::metadata(&path).map(|m| m.len()).unwrap_or(0);
            eprintln!("scheduler bench: {all} pending jobs, {due} due at once, database {} MiB", size / (1 << 20));
        });
        (dir, path)
    });
    path
}

fn copy_of_template() -> (tempfile::TempDir, String) {
    let src = template();
    let dir = tempfile::tempdir().expect("tempdir");
    let dst = dir.path().join("bench.sqlite3");
    std::fs::copy(src, &dst).expect("copy");
    let url = format!("sqlite://{}", dst.display());
    (dir, url)
}

#[divan::bench(sample_count = 3, sample_size = 1)]
fn claim_and_fire_10000_due(bencher: divan::Bencher) {
    let rt = tokio::runtime::Builder::new_current_thread().enable_all().build().expect("runtime");
    bencher
        .with_inputs(|| {
            let (dir, url) = copy_of_template();
            let bot = rt.block_on(async { Bot::new(Store::connect(&url).await.expect("store"), Config::example()).expect("bot") });
            (dir, bot)
        })
        .bench_local_values(|(dir, bot)| {
            let sent = rt.block_on(async { Scheduler::new(&bot, "bench").run_due(due_time()).await.expect("pass") });
            assert!(sent.len() >= 2 * cases(), "{} sent", sent.len());
            static ONCE: OnceLock<()> = OnceLock::new();
            ONCE.get_or_init(|| eprintln!("scheduler bench: {} messages fired; resident memory {} MiB", sent.len(), rss_kib() / 1024));
            drop(bot);
            drop(dir);
        });
}

#[divan::bench(sample_count = 5, sample_size = 1)]
fn restart_to_first_due_reminder(bencher: divan::Bencher) {
    let rt = tokio::runtime::Builder::new_current_thread().enable_all().build().expect("runtime");
    bencher.with_inputs(copy_of_template).bench_local_values(|(dir, url)| {
        rt.block_on(async {
            let bot = Bot::new(Store::connect(&url).await.expect("store"), Config::example()).expect("bot");
            let (sent, _) = Scheduler::new(&bot, "bench").run_batch(due_time(), 1).await.expect("batch");
            assert_eq!(sent.len(), 1);
        });
        drop(dir);
    });
}
