//! Shared set-up for the integration tests: a bot on a fresh database, real peers only.
#![allow(dead_code)]

pub mod browser;
pub mod peers;
pub mod synapse;

use std::sync::atomic::{AtomicU32, Ordering};

use dsobot::{Bot, Config, Store};
use serde_json::Value;
use sqlx::Connection;

/// The PostgreSQL server the tests use (scripts/test sets it; this machine kind runs one here).
pub fn postgres_base() -> String {
    std::env::var("DSOBOT_TEST_POSTGRES").unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432/test".into())
}

/// A new, empty PostgreSQL database for one test, so tests run in parallel without sharing rows.
pub async fn fresh_postgres() -> String {
    static N: AtomicU32 = AtomicU32::new(0);
    let base = postgres_base();
    let name = format!(
        "dsobot_t{}_{}_{}",
        std::process::id(),
        N.fetch_add(1, Ordering::Relaxed),
        std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.subsec_nanos()).unwrap_or(0)
    );
    let mut conn = sqlx::PgConnection::connect(&base)
        .await
        .unwrap_or_else(|e| panic!("PostgreSQL must run at {base} for the store tests (scripts/test starts one): {e}"));
    // The name is made of digits and a fixed prefix above: nothing to inject.
    let create = format!("CREATE DATABASE {name}");
    sqlx::raw_sql(sqlx::AssertSqlSafe(create.as_str())).execute(&mut conn).await.expect("create database");
    let (prefix, _) = base.rsplit_once('/').expect("database URL has a path");
    format!("{prefix}/{name}")
}

pub async fn bot_on(url: &str) -> Bot {
    Bot::new(Store::connect(url).await.expect("store"), Config::example()).expect("bot")
}

pub async fn memory_bot() -> Bot {
    bot_on("sqlite::memory:").await
}

/// Runs console lines through the JSON-lines channel and returns one parsed output line per input.
pub async fn console(bot: &Bot, lines: &[Value]) -> Vec<Value> {
    let input: String = lines.iter().map(|l| format!("{l}\n")).collect();
    console_raw(bot, input.as_bytes()).await
}

pub async fn console_raw(bot: &Bot, input: &[u8]) -> Vec<Value> {
    let mut out = Vec::new();
    dsobot::console::run_jsonl(bot, input, &mut out).await.expect("console runs");
    String::from_utf8(out)
        .expect("output is UTF-8")
        .lines()
        .map(|l| serde_json::from_str(l).expect("every output line is JSON"))
        .collect()
}
