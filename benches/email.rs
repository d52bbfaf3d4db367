//! The e-mail channel end to end, against the same real peers as `tests/email.rs`: Dovecot and an
//! aiosmtpd receiver on loopback.
//!
//! - `serve_5000_reports`: 5,000 reports appended to the mailbox before the start; timed from
//!   `serve` starting to every case stored and every reporter's first reply in the receiver.
//! - `floor_imap_fetch`: a plain client's UID FETCH of the same 5,000 messages.
//! - `floor_smtp_send`: a plain client sending 5,000 short replies, one after another on one
//!   connection (with TCP_NODELAY, as any client should), to the same receiver.
//!
//! The goal is `serve_5000_reports` within 1.5x of the two floors together. Peak resident memory
//! of this process (the bot runs in it) is printed after the run: `cargo bench --bench email`.
//! Under `cargo test --benches` it runs once with 50 messages.

#[path = "../tests/common/peers.rs"]
mod peers;

use std::sync::{Arc, OnceLock};
use std::time::{Duration, Instant};

use divan::Bencher;
use futures::TryStreamExt;
use lettre::Message;
use lettre::transport::smtp::client::AsyncSmtpConnection;
use lettre::transport::smtp::extension::ClientId;
use peers::{Dovecot, PASSWORD, SmtpReceiver, USER};
use tokio::sync::watch;

use dsobot::clock::SystemClock;
use dsobot::{Bot, Config, Store};

fn main() {
    // RUST_LOG=dsobot=warn shows what the bot logs while it runs.
    let _ = tracing_subscriber::fmt().with_env_filter(tracing_subscriber::EnvFilter::from_default_env()).with_writer(std::io::stderr).try_init();
    divan::main();
    println!("peak resident memory of the bench process: {} MiB", peak_rss_kib() / 1024);
}

fn full() -> bool {
    static FULL: OnceLock<bool> = OnceLock::new();
    *FULL.get_or_init(|| std::env::args().any(|a| a == "--bench"))
}

/// DSOBOT_BENCH_MAILS overrides the number of reports.
fn n() -> usize {
    let default = if full() { 5_000 } else { 50 };
    std::env::var("DSOBOT_BENCH_MAILS").ok().and_then(|s| s.parse().ok()).unwrap_or(default)
}

fn peak_rss_kib() -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| s.lines().find(|l| l.starts_with("VmHWM:")).and_then(|l| l.split_whitespace().nth(1)?.parse().ok()))
        .unwrap_or(0)
}

fn runtime() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build().expect("runtime")
}

const REPORTS: &[(&str, &str)] = &[
    ("Fel mottagare", "Hej! Jag råkade skicka ett mejl med en klients journal till fel mottagare igår eftermiddag."),
    ("Stulen dator", "Min jobbdator blev stulen ur bilen i morse. Den var krypterad."),
    ("Tappad mobil", "Jag tappade min tjänstetelefon på bussen igår kväll, den har SMS med brukare."),
    ("Lista på webben", "En lista med elevernas namn och personnummer låg ute på webbplatsen i två dagar."),
    ("Obehörig åtkomst", "En kollega har läst journalanteckningar om en släkting utan att ha med ärendet att göra."),
];

fn report(i: usize) -> Vec<u8> {
    let (subject, body) = REPORTS[i % REPORTS.len()];
    format!(
        "From: Person {i} <p{i}@soc.kommun.example>\r\nTo: dso@kommun.example\r\nSubject: {subject}\r\nDate: {}\r\nMessage-ID: <bench{i}@soc.kommun.example>\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n{body}\r\n\r\nMvh\r\nPerson {i}\r\n",
        chrono::Utc::now().to_rfc2822()
    )
    .into_bytes()
}

struct Peers {
    imap: Dovecot,
    smtp: SmtpReceiver,
    dir: tempfile::TempDir,
}

/// A mailbox holding `n` reports and an empty receiver.
fn peers(rt: &tokio::runtime::Runtime) -> Peers {
    let dir = tempfile::tempdir().expect("tempdir");
    let imap = Dovecot::start(true);
    let smtp = SmtpReceiver::start(&dir.path().join("smtp"));
    std::fs::write(dir.path().join("password"), PASSWORD).expect("password");
    rt.block_on(async {
        let tcp = tokio::net::TcpStream::connect(("127.0.0.1", imap.port)).await.expect("connect");
        let mut client = async_imap::Client::new(tcp);
        client.read_response().await.expect("greeting");
        let mut s = client.login(USER, PASSWORD).await.map_err(|(e, _)| e).expect("login");
        for i in 0..n() {
            s.append("INBOX", None, None, report(i)).await.expect("append");
        }
        let _ = s.logout().await;
    });
    Peers { imap, smtp, dir }
}

fn config(p: &Peers) -> Config {
    let mut config = Config::example();
    let email = format!(
        "address = \"dso@kommun.example\"\n[imap]\nhost = \"127.0.0.1\"\nport = {}\nsecurity = \"plain\"\nuser = \"{USER}\"\npassword_file = \"{}\"\n[smtp]\nhost = \"127.0.0.1\"\nport = {}\nsecurity = \"plain\"\n",
        p.imap.port,
        p.dir.path().join("password").display(),
        p.smtp.port
    );
    config.email = Some(toml::from_str(&email).expect("email config"));
    config.web.bind = "127.0.0.1:0".parse().expect("address");
    config
}

#[divan::bench(sample_count = 1, sample_size = 1)]
fn serve_5000_reports(b: Bencher) {
    let rt = runtime();
    b.with_inputs(|| peers(&rt)).bench_local_values(|p| {
        rt.block_on(async {
            let url = format!("sqlite://{}", p.dir.path().join("bench.sqlite3").display());
            let bot = Arc::new(Bot::new(Store::connect(&url).await.expect("store"), config(&p)).expect("bot"));
            let (stop, rx) = watch::channel(false);
            let task = tokio::spawn(dsobot::serve::serve(bot.clone(), Arc::new(SystemClock), rx));
            let start = Instant::now();
            let mut stored_at = None;
            // A mail is handed over when the receiver answered 250 to its DATA: the outbox marks it
            // sent only then. A case's first reply is queued in the same transaction as the case,
            // so once every case is stored, none of the reporters' mails waiting in the outbox
            // means every first reply is handed over. The poll reads the outbox's index only, so
            // it costs the bot's one SQLite connection next to nothing.
            loop {
                let cases: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM cases").fetch_one(bot.store.pool()).await.expect("count");
                let waiting: i64 = sqlx::query_scalar(
                    "SELECT COUNT(*) FROM messages WHERE status IN ('queued', 'sending') AND direction = 'out' AND party LIKE 'p%@soc.kommun.example'",
                )
                .fetch_one(bot.store.pool())
                .await
                .expect("count");
                if cases as usize == n() && stored_at.is_none() {
                    stored_at = Some(start.elapsed());
                }
                if cases as usize == n() && waiting == 0 {
                    break;
                }
                assert!(start.elapsed() < Duration::from_secs(1200), "the bot did not finish: {cases} cases, {waiting} replies waiting");
                tokio::time::sleep(Duration::from_millis(50)).await;
            }
            let replied: i64 = sqlx::query_scalar(
                "SELECT COUNT(DISTINCT party) FROM messages WHERE direction = 'out' AND status = 'sent' AND party LIKE 'p%@soc.kommun.example'",
            )
            .fetch_one(bot.store.pool())
            .await
            .expect("count");
            assert_eq!(replied as usize, n(), "every reporter has a reply");
            let received = std::fs::read_dir(&p.smtp.out).expect("dir").filter(|e| e.as_ref().is_ok_and(|e| e.path().extension().is_some_and(|x| x == "eml"))).count();
            assert!(received >= n(), "the receiver holds {received} mails");
            // Where the time went: turns (every case stored) against sending (every reply out).
            let done = start.elapsed();
            eprintln!("every case stored after {:.2} s; every first reply handed over after {:.2} s", stored_at.unwrap_or(done).as_secs_f64(), done.as_secs_f64());
            let _ = stop.send(true);
            let _ = task.await;
        });
        p
    });
}

#[divan::bench(sample_count = 1, sample_size = 1)]
fn floor_imap_fetch(b: Bencher) {
    let rt = runtime();
    b.with_inputs(|| peers(&rt)).bench_local_values(|p| {
        rt.block_on(async {
            let tcp = tokio::net::TcpStream::connect(("127.0.0.1", p.imap.port)).await.expect("connect");
            let mut client = async_imap::Client::new(tcp);
            client.read_response().await.expect("greeting");
            let mut s = client.login(USER, PASSWORD).await.map_err(|(e, _)| e).expect("login");
            s.select("INBOX").await.expect("select");
            let fetched: Vec<_> = s.uid_fetch("1:*", "(UID BODY.PEEK[])").await.expect("fetch").try_collect().await.expect("fetch");
            assert_eq!(fetched.len(), n());
            let _ = s.logout().await;
        });
        p
    });
}

#[divan::bench(sample_count = 1, sample_size = 1)]
fn floor_smtp_send(b: Bencher) {
    let rt = runtime();
    b.with_inputs(|| {
        let dir = tempfile::tempdir().expect("tempdir");
        let smtp = SmtpReceiver::start(&dir.path().join("smtp"));
        (dir, smtp)
    })
    .bench_local_values(|(dir, smtp)| {
        rt.block_on(async {
            let tcp = tokio::net::TcpStream::connect(("127.0.0.1", smtp.port)).await.expect("connect");
            tcp.set_nodelay(true).expect("nodelay");
            let mut conn = AsyncSmtpConnection::connect_with_transport(Box::new(tcp), &ClientId::default()).await.expect("smtp");
            for i in 0..n() {
                let m = Message::builder()
                    .from("dso@kommun.example".parse().expect("from"))
                    .to(format!("p{i}@soc.kommun.example").parse().expect("to"))
                    .subject(format!("[PUI-2026-{i:04}] En fråga om ärendet"))
                    .body(format!("Tack! Jag har registrerat det som ärende PUI-2026-{i:04}. När upptäcktes det?"))
                    .expect("mail");
                conn.send(m.envelope(), &m.formatted()).await.expect("send");
            }
        });
        (dir, smtp)
    });
}
