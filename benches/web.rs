//! The dashboard with 50,000 cases in SQLite (a file): server time per request for the case
//! list (the first page, and filtered) and for one case's page, through the router as a browser's
//! request would go (session lookup, query, templates), and for the statistics page. Goal: under
//! 50 ms.
//! Unoptimised (`cargo test --benches`) it runs once on 2,000 cases as a smoke test.

use std::net::SocketAddr;
use std::sync::{Arc, OnceLock};

use axum::body::Body;
use axum::extract::ConnectInfo;
use axum::http::Request;
use dsobot::clock::{Clock, SystemClock};
use dsobot::store::ts;
use dsobot::web::{App, Role};
use dsobot::{Bot, Config, Inbound, Store};
use tower::ServiceExt;
use workflows::{Channel, Party};

fn main() {
    divan::main();
}

const CASES: usize = if cfg!(debug_assertions) { 2_000 } else { 50_000 };

struct Fixture {
    rt: tokio::runtime::Runtime,
    bot: Arc<Bot>,
    router: axum::Router,
    cookie: String,
    some_case: String,
    _dir: tempfile::TempDir,
}

fn fixture() -> &'static Fixture {
    static F: OnceLock<Fixture> = OnceLock::new();
    F.get_or_init(|| {
        let rt = tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build().expect("runtime");
        let dir = tempfile::tempdir().expect("tempdir");
        let url = format!("sqlite://{}", dir.path().join("web.sqlite3").display());
        let (bot, router, cookie, some_case) = rt.block_on(async {
            let bot = Arc::new(Bot::new(Store::connect(&url).await.expect("store"), Config::example()).expect("bot"));
            let now = SystemClock.now();
            // One real case, then its snapshot under 50,000 numbers: most closed, some open with
            // deadlines spread over the coming days, as a register kept for years looks.
            let msg = Inbound {
                at: now,
                from: Party { address: "anna@soc.kommun.example".into(), channel: Channel::Email },
                subject: None,
                text: "Jag skickade av misstag ett mejl med en klients journalanteckningar till fel mottagare igår eftermiddag.".into(),
                raw: None,
                case: None,
                email: None,
                chat: None,
            };
            let number = bot.handle(msg).await.expect("turn").iter().find_map(|s| s.case.clone()).expect("case");
            let snapshot: String = sqlx::query_scalar("SELECT snapshot FROM cases WHERE number = $1").bind(&number).fetch_one(bot.store.pool()).await.expect("snapshot");
            let mut tx = bot.store.pool().begin().await.expect("tx");
            for i in 0..CASES {
                let year = 2026 - (i % 8) as i32;
                let n = format!("PUI-{year}-{:05}", i + 2);
                let open = i % 25 == 0;
                let state = if open { "awaiting_manager" } else { "closed" };
                let snap = snapshot.replace(&number, &n).replace("\"state\":\"awaiting_reporter\"", &format!("\"state\":\"{state}\""));
                let unit = if i % 3 == 0 { "Socialförvaltningen" } else { "Kommunledningsförvaltningen" };
                sqlx::query(
                    "INSERT INTO cases (number, kind, state, reporter, unit, opened_at, updated_at, snapshot, deadline_known)
                     VALUES ($1, 'incident', $2, 'anna@soc.kommun.example', $3, $4, $4, $5, 0)",
                )
                .bind(n)
                .bind(state)
                .bind(unit)
                .bind(ts(now - chrono::Duration::days(i as i64 % 3000)))
                .bind(snap)
                .execute(&mut *tx)
                .await
                .expect("insert");
            }
            tx.commit().await.expect("commit");
            // Rows as an older version left them: the start fills in their list and statistics columns.
            bot.fill_derived().await.expect("fill in");
            sqlx::query("ANALYZE").execute(bot.store.pool()).await.expect("analyze");
            bot.store.add_user("dso@kommun.example", Role::Dso, None, "dso@kommun.example", "ett långt lösenord", now).await.expect("account");
            let id: i64 = sqlx::query_scalar("SELECT id FROM web_users").fetch_one(bot.store.pool()).await.expect("id");
            let token = bot.store.start_session(Some(id), "dso@kommun.example", now, chrono::Duration::hours(10)).await.expect("session");
            let app = App::new(bot.clone(), Arc::new(SystemClock)).expect("app");
            app.prepare().await.expect("prepare");
            (bot, app.router(), format!("dsobot_session={token}"), number)
        });
        Fixture { rt, bot, router, cookie, some_case, _dir: dir }
    })
}

fn request(path: &str) -> usize {
    let f = fixture();
    f.rt.block_on(async {
        let mut req = Request::get(path).header("cookie", &f.cookie).header("host", "127.0.0.1").body(Body::empty()).expect("request");
        req.extensions_mut().insert(ConnectInfo(SocketAddr::from(([127, 0, 0, 1], 40000))));
        let res = f.router.clone().oneshot(req).await.expect("response");
        assert_eq!(res.status(), 200, "{path}");
        let body = axum::body::to_bytes(res.into_body(), 16 << 20).await.expect("body");
        body.len()
    })
}

#[divan::bench(sample_count = 30)]
fn case_list_first_page() -> usize {
    request("/cases")
}

#[divan::bench(sample_count = 30)]
fn case_list_open_incidents_of_a_unit_in_a_year() -> usize {
    request("/cases?state=open&kind=incident&unit=Socialf%C3%B6rvaltningen&year=2026")
}

#[divan::bench(sample_count = 30)]
fn case_list_page_200() -> usize {
    request("/cases?page=200")
}

#[divan::bench(sample_count = 30)]
fn one_case_page() -> usize {
    let path = format!("/cases/{}", fixture().some_case);
    request(&path)
}

/// The statistics page for the year with the most cases (6,250 of the 50,000), cached after its
/// first request as long as no case of the year changes.
#[divan::bench(sample_count = 30)]
fn statistics_page() -> usize {
    request("/statistics?year=2026")
}

/// The same figures computed from scratch every time: that year's cases read and counted.
#[divan::bench(sample_count = 10)]
fn statistics_computed_without_cache() -> usize {
    let f = fixture();
    f.rt.block_on(async {
        let bot = f.bot.as_ref();
        bot.year_stats(2026, workflows::Lang::Sv).await.expect("statistics").year.incidents
    })
}
