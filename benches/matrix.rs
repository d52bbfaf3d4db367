//! The Matrix channel under load, against a real Synapse on loopback (as `tests/matrix.rs`).
//!
//! `reply_latency`: 100 reporters, each in an end-to-end encrypted DM with the bot and one with a
//! plain echo client (a matrix-sdk client that sends each message straight back), write at the
//! same moment. Each measures on its own client the time from sending to receiving the answer:
//! first from the echo client (the homeserver's round trip for a plain message: two deliveries and
//! two encryptions, nothing else), then, all at once again, from the bot. Each sample is one such
//! round; the first round opens 100 cases, later ones answer their questions. p50 and p99 of both
//! are printed after the run: `cargo bench --bench matrix`. The goal is reply p99 within 50 ms of
//! the echo round trip's p99. Under `cargo test --benches` it runs one round with 5 reporters.

#![recursion_limit = "256"]

#[path = "../tests/common/peers.rs"]
mod peers;
#[path = "../tests/common/synapse.rs"]
mod synapse;

use std::sync::{Arc, Mutex, OnceLock};
use std::time::{Duration, Instant};

use divan::Bencher;
use matrix_sdk::config::SyncSettings;
use matrix_sdk::ruma::api::client::account::register;
use matrix_sdk::ruma::api::client::uiaa::{AuthData, Dummy};
use matrix_sdk::ruma::events::room::member::{MembershipState, StrippedRoomMemberEvent};
use matrix_sdk::ruma::events::room::message::{MessageType, OriginalSyncRoomMessageEvent, RoomMessageEventContent};
use matrix_sdk::ruma::{OwnedUserId, UserId};
use matrix_sdk::{Client, Room};
use tokio::sync::{mpsc, watch};

use dsobot::clock::SystemClock;
use dsobot::matrix::{Matrix, MatrixConfig, Secrets};
use dsobot::{Bot, Config, Store};
use synapse::Synapse;

fn main() {
    let _ = rustls::crypto::ring::default_provider().install_default();
    // RUST_LOG=dsobot=info shows what the bot logs while it runs.
    let filter = tracing_subscriber::EnvFilter::try_from_default_env().unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("dsobot=warn"));
    let _ = tracing_subscriber::fmt().with_env_filter(filter).with_writer(std::io::stderr).try_init();
    divan::main();
    let (echo, reply) = std::mem::take(&mut *LATENCIES.lock().expect("latencies"));
    if !reply.is_empty() {
        let (e50, e99) = (percentile(&echo, 50), percentile(&echo, 99));
        let (r50, r99) = (percentile(&reply, 50), percentile(&reply, 99));
        println!("homeserver round trip (echo client):  p50 {e50:.1} ms, p99 {e99:.1} ms ({} messages)", echo.len());
        println!("bot reply (send to reply received):   p50 {r50:.1} ms, p99 {r99:.1} ms ({} messages)", reply.len());
        println!("reply p99 minus round-trip p99: {:.1} ms (goal: within 50 ms)", r99 - e99);
    }
    if let Some(env) = ENV.lock().expect("env").take() {
        env.runtime.block_on(async {
            let _ = env.stop.send(true);
        });
        drop(env);
    }
}

fn full() -> bool {
    static FULL: OnceLock<bool> = OnceLock::new();
    *FULL.get_or_init(|| std::env::args().any(|a| a == "--bench"))
}

/// DSOBOT_BENCH_REPORTERS overrides the number of reporters.
fn reporter_count() -> usize {
    let default = if full() { 100 } else { 5 };
    std::env::var("DSOBOT_BENCH_REPORTERS").ok().and_then(|s| s.parse().ok()).unwrap_or(default)
}

fn percentile(sorted_ms: &[f64], p: usize) -> f64 {
    let mut v = sorted_ms.to_vec();
    v.sort_by(f64::total_cmp);
    v[((v.len() * p).div_ceil(100)).saturating_sub(1).min(v.len() - 1)]
}

static LATENCIES: Mutex<(Vec<f64>, Vec<f64>)> = Mutex::new((Vec::new(), Vec::new()));
static ENV: Mutex<Option<Env>> = Mutex::new(None);

/// What a reporter's client sees from others: the room and when.
type Seen = (String, Instant);

struct Reporter {
    bot_room: Room,
    echo_room: Room,
    seen: mpsc::UnboundedReceiver<Seen>,
}

struct Env {
    reporters: Vec<Reporter>,
    round: usize,
    stop: watch::Sender<bool>,
    _bot: Arc<Bot>,
    _echo: Client,
    _synapse: Synapse,
    _dir: tempfile::TempDir,
    // Last: the clients' tasks end with it.
    runtime: tokio::runtime::Runtime,
}

fn bot_id() -> OwnedUserId {
    "@dsobot:localhost".try_into().expect("id")
}

fn echo_id() -> OwnedUserId {
    "@echo:localhost".try_into().expect("id")
}

/// A registered, syncing client with its own store.
async fn client(hs: &Synapse, dir: &std::path::Path, user: &str) -> Client {
    let client = Client::builder()
        .homeserver_url(hs.url())
        .sqlite_store(dir.join(user), None)
        .respect_login_well_known(false)
        .build()
        .await
        .expect("client");
    let mut req = register::v3::Request::new();
    req.username = Some(user.to_owned());
    req.password = Some(format!("{user}-secret-1"));
    req.auth = Some(AuthData::Dummy(Dummy::new()));
    client.matrix_auth().register(req).await.expect("register");
    client.sync_once(SyncSettings::default()).await.expect("first sync");
    client
}

fn keep_syncing(client: &Client) {
    let syncing = client.clone();
    tokio::spawn(async move {
        loop {
            let _ = syncing.sync(SyncSettings::default().timeout(Duration::from_secs(5))).await;
            tokio::time::sleep(Duration::from_millis(200)).await;
        }
    });
}

/// The floor: a client that joins every invite and sends every message straight back.
async fn echo(hs: &Synapse, dir: &std::path::Path) -> Client {
    let client = client(hs, dir, "echo").await;
    let me = client.user_id().expect("user id").to_owned();
    let me_too = me.clone();
    client.add_event_handler(move |ev: OriginalSyncRoomMessageEvent, room: Room| {
        let me = me.clone();
        async move {
            if ev.sender != me
                && let MessageType::Text(t) = ev.content.msgtype
            {
                let _ = room.send(RoomMessageEventContent::text_plain(t.body)).await;
            }
        }
    });
    client.add_event_handler(move |ev: StrippedRoomMemberEvent, room: Room| {
        let me = me_too.clone();
        async move {
            if ev.state_key == me && ev.content.membership == MembershipState::Invite {
                tokio::spawn(async move {
                    for _ in 0..50 {
                        if room.join().await.is_ok() {
                            return;
                        }
                        tokio::time::sleep(Duration::from_millis(200)).await;
                    }
                });
            }
        }
    });
    keep_syncing(&client);
    client
}

async fn reporter(hs: &Synapse, dir: &std::path::Path, i: usize) -> Reporter {
    let client = client(hs, dir, &format!("r{i}")).await;
    let (tx, seen) = mpsc::unbounded_channel();
    let me = client.user_id().expect("user id").to_owned();
    client.add_event_handler(move |ev: OriginalSyncRoomMessageEvent, room: Room| {
        let (tx, me) = (tx.clone(), me.clone());
        async move {
            if ev.sender != me && matches!(ev.content.msgtype, MessageType::Text(_)) {
                let _ = tx.send((room.room_id().to_string(), Instant::now()));
            }
        }
    });
    keep_syncing(&client);
    let bot_room = client.create_dm(&bot_id()).await.expect("create DM");
    let echo_room = client.create_dm(&echo_id()).await.expect("create DM");
    Reporter { bot_room, echo_room, seen }
}

async fn joined(room: &Room, user: &UserId) {
    for _ in 0..600 {
        if let Ok(Some(m)) = room.get_member(user).await
            && m.membership() == &matrix_sdk::ruma::events::room::member::MembershipState::Join
        {
            return;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    panic!("{user} did not join");
}

fn setup() -> Env {
    let runtime = tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build().expect("runtime");
    let hs = Synapse::start();
    hs.register("dsobot", "bot-secret-1");
    let dir = tempfile::tempdir().expect("tempdir");
    let (bot, stop, reporters, echo) = runtime.block_on(async {
        let cfg = MatrixConfig {
            homeserver: hs.url(),
            user: "@dsobot:localhost".into(),
            password_env: "UNUSED".into(),
            access_token_env: "UNUSED".into(),
            store_passphrase_env: "UNUSED".into(),
            store_dir: dir.path().join("bot"),
            allowed_servers: vec![],
            allowed_users: vec![],
            dso_room: None,
        };
        let mut config = Config::example();
        // The DSO is told by mail here; only the reporters are on Matrix.
        config.dso.chat = None;
        config.matrix = Some(cfg.clone());
        let url = format!("sqlite://{}", dir.path().join("bench.sqlite3").display());
        let bot = Arc::new(Bot::new(Store::connect(&url).await.expect("store"), config).expect("bot"));
        let matrix = Matrix::connect_with(&cfg, Secrets { password: Some("bot-secret-1"), access_token: None, passphrase: Some("bench-passphrase") }).await.expect("bot connects");
        let (stop, rx) = watch::channel(false);
        tokio::spawn(matrix.run(bot.clone(), Arc::new(SystemClock), rx));
        let echo = echo(&hs, dir.path()).await;
        let mut reporters = Vec::new();
        for i in 0..reporter_count() {
            reporters.push(reporter(&hs, dir.path(), i).await);
        }
        for r in &reporters {
            joined(&r.bot_room, &bot_id()).await;
            joined(&r.echo_room, &echo_id()).await;
        }
        (bot, stop, reporters, echo)
    });
    let (bot, stop, reporters, echo) = (bot, stop, reporters, echo);
    Env { reporters, round: 0, stop, _bot: bot, _echo: echo, _synapse: hs, _dir: dir, runtime }
}

const REPORTS: &[&str] = &[
    "Jag råkade skicka ett mejl med en klients journal till fel mottagare igår eftermiddag.",
    "Min jobbdator blev stulen ur bilen i morse. Den var krypterad.",
    "Jag tappade min tjänstetelefon på bussen igår kväll, den har SMS med brukare.",
    "En lista med elevernas namn och personnummer låg ute på webbplatsen i två dagar.",
    "I sent a list of pupils with their grades to the wrong parent this morning.",
];

/// Every reporter sends at once into one of its rooms; returns each one's time to the first
/// answer in that room, in milliseconds.
async fn all_at_once(reporters: &mut [Reporter], text: impl Fn(usize) -> String, to_bot: bool) -> Vec<f64> {
    for r in reporters.iter_mut() {
        while r.seen.try_recv().is_ok() {}
    }
    let sends = reporters.iter_mut().enumerate().map(|(i, r)| {
        let text = text(i);
        async move {
            let room = if to_bot { &r.bot_room } else { &r.echo_room };
            let start = Instant::now();
            room.send(RoomMessageEventContent::text_plain(text)).await.expect("send");
            loop {
                let (in_room, at) = tokio::time::timeout(Duration::from_secs(120), r.seen.recv()).await.expect("an answer in time").expect("open");
                if in_room == room.room_id().as_str() {
                    return (at - start).as_secs_f64() * 1000.0;
                }
            }
        }
    });
    futures::future::join_all(sends).await
}

/// One round: the echo client's round trip for everybody, then the bot's reply for everybody.
async fn round(reporters: &mut [Reporter], n: usize) -> (Vec<f64>, Vec<f64>) {
    let echo = all_at_once(reporters, |i| format!("ping {n} {i}"), false).await;
    let reply = all_at_once(reporters, |i| if n == 0 { REPORTS[i % REPORTS.len()].to_owned() } else { "vet inte".to_owned() }, true).await;
    (echo, reply)
}

#[divan::bench(sample_count = 3, sample_size = 1)]
fn reply_latency(b: Bencher) {
    {
        let mut env = ENV.lock().expect("env");
        if env.is_none() {
            *env = Some(setup());
        }
    }
    b.bench_local(|| {
        let mut guard = ENV.lock().expect("env");
        let env = guard.as_mut().expect("set up");
        let n = env.round;
        let (echo, reply) = env.runtime.block_on(round(&mut env.reporters, n));
        env.round += 1;
        let mut l = LATENCIES.lock().expect("latencies");
        l.0.extend(echo);
        l.1.extend(reply);
    });
}
