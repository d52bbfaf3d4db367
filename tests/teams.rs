//! The Teams channel against a local Bot Framework: a token issuer (OpenID metadata, a key set,
//! tokens signed with RSA keys this test makes with openssl) and a connector service that
//! records every call the bot makes and answers as Microsoft documents. The bot runs its real
//! web server and sender on loopback.

use std::collections::HashMap;
use std::sync::atomic::{AtomicI64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

mod common;

use axum::Json;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use chrono::{DateTime, Utc};
use dsobot::clock::Clock;
use dsobot::teams::TeamsConfig;
use dsobot::{Bot, Config, Store};
use serde_json::{Value, json};
use tokio::sync::watch;

const APP_ID: &str = "6f1d1b4e-0000-4000-8000-00000000b0t1";
const SECRET: &str = "the-apps-client-secret";
const ISSUER: &str = "https://api.botframework.com";
const TENANT: &str = "tenant-kommun";
const WAIT: Duration = Duration::from_secs(20);

/// The system clock moved on by however much the test says (a key set older than a minute).
struct Skewed(AtomicI64);

impl Clock for Skewed {
    fn now(&self) -> DateTime<Utc> {
        Utc::now() + chrono::Duration::seconds(self.0.load(Ordering::Relaxed))
    }
}

/// An RSA key made with openssl: its PEM and its public numbers as a JWK.
struct Key {
    kid: String,
    pem: Vec<u8>,
    jwk: Value,
}

fn rsa_key(kid: &str) -> Key {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("key.pem");
    let ok = std::process::Command::new("openssl")
        .args(["genpkey", "-algorithm", "RSA", "-pkeyopt", "rsa_keygen_bits:2048", "-out"])
        .arg(&path)
        .output()
        .expect("openssl runs (scripts/test installs it)");
    assert!(ok.status.success(), "{}", String::from_utf8_lossy(&ok.stderr));
    let out = std::process::Command::new("openssl").args(["rsa", "-noout", "-modulus", "-in"]).arg(&path).output().expect("modulus");
    let hex = String::from_utf8(out.stdout).expect("text");
    let hex = hex.trim().trim_start_matches("Modulus=");
    let n: Vec<u8> = (0..hex.len()).step_by(2).map(|i| u8::from_str_radix(&hex[i..i + 2], 16).expect("hex")).collect();
    use base64::Engine;
    let b64 = |b: &[u8]| base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(b);
    Key {
        kid: kid.into(),
        pem: std::fs::read(&path).expect("pem"),
        jwk: json!({ "kty": "RSA", "use": "sig", "kid": kid, "n": b64(&n), "e": "AQAB", "endorsements": ["msteams"] }),
    }
}

/// What the local Bot Framework saw and how it answers.
#[derive(Default)]
struct Seen {
    keys: Vec<Value>,
    key_fetches: usize,
    token_requests: Vec<HashMap<String, String>>,
    /// (conversation, activity, authorization, when)
    activities: Vec<(String, Value, String, DateTime<Utc>)>,
    created: Vec<Value>,
    member_lookups: usize,
    /// Answer the next activity posts with 429 and this Retry-After.
    throttle: Vec<u64>,
    /// (conversation, when) of each post answered with 429.
    throttled: Vec<(String, DateTime<Utc>)>,
}

#[derive(Clone)]
struct Peer {
    base: String,
    seen: Arc<Mutex<Seen>>,
}

impl Peer {
    async fn start() -> Peer {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("bind");
        let base = format!("http://{}", listener.local_addr().expect("addr"));
        let peer = Peer { base, seen: Arc::default() };
        let app = axum::Router::new()
            .route("/openid", get(metadata))
            .route("/keys", get(keys))
            .route("/token", post(token))
            .route("/v3/conversations", post(create))
            .route("/v3/conversations/{conversation}/activities", post(activity))
            .route("/v3/conversations/{conversation}/members/{member}", get(member))
            .with_state(peer.clone());
        tokio::spawn(async move { axum::serve(listener, app).await });
        peer
    }

    fn seen(&self) -> std::sync::MutexGuard<'_, Seen> {
        self.seen.lock().expect("lock")
    }

    /// Waits for the `n`th activity the bot posted (1-based).
    async fn activity(&self, n: usize) -> (String, Value, String, DateTime<Utc>) {
        let until = tokio::time::Instant::now() + WAIT;
        loop {
            if let Some(a) = self.seen().activities.get(n - 1) {
                return a.clone();
            }
            assert!(tokio::time::Instant::now() < until, "the bot posts activity {n}: {:?}", self.seen().activities);
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }
}

async fn metadata(State(p): State<Peer>) -> Json<Value> {
    Json(json!({ "issuer": ISSUER, "jwks_uri": format!("{}/keys", p.base), "id_token_signing_alg_values_supported": ["RS256"] }))
}

async fn keys(State(p): State<Peer>) -> Json<Value> {
    let mut s = p.seen();
    s.key_fetches += 1;
    Json(json!({ "keys": s.keys }))
}

async fn token(State(p): State<Peer>, axum::Form(form): axum::Form<HashMap<String, String>>) -> Json<Value> {
    p.seen().token_requests.push(form);
    Json(json!({ "token_type": "Bearer", "expires_in": 3600, "access_token": "connector-token-1" }))
}

async fn create(State(p): State<Peer>, Json(body): Json<Value>) -> Json<Value> {
    let member = body["members"][0]["id"].as_str().unwrap_or_default().to_owned();
    p.seen().created.push(body);
    Json(json!({ "id": format!("a:personal-{member}") }))
}

async fn activity(State(p): State<Peer>, Path(conversation): Path<String>, headers: HeaderMap, Json(body): Json<Value>) -> Response {
    let mut s = p.seen();
    if !s.throttle.is_empty() {
        let after = s.throttle.remove(0);
        s.throttled.push((conversation, Utc::now()));
        return (StatusCode::TOO_MANY_REQUESTS, [("retry-after", after.to_string())]).into_response();
    }
    let auth = headers.get("authorization").and_then(|v| v.to_str().ok()).unwrap_or_default().to_owned();
    s.activities.push((conversation, body, auth, Utc::now()));
    let n = s.activities.len();
    Json(json!({ "id": format!("bot-activity-{n}") })).into_response()
}

/// Who is who in the tenant.
async fn member(State(p): State<Peer>, Path((_conversation, member)): Path<(String, String)>) -> Response {
    p.seen().member_lookups += 1;
    let (email, aad) = match member.as_str() {
        "29:anna" => ("Anna.Andersson@soc.kommun.example", "aad-anna"),
        "29:bo" => ("bo@kommun.example", "aad-bo"),
        _ => return StatusCode::NOT_FOUND.into_response(),
    };
    Json(json!({ "id": member, "aadObjectId": aad, "email": email, "userPrincipalName": email, "name": "x" })).into_response()
}

/// The bot, its web server and its Teams sender on loopback.
struct Site {
    bot: Arc<Bot>,
    clock: Arc<Skewed>,
    url: String,
    peer: Peer,
    key: Key,
    _stop: watch::Sender<bool>,
}

impl Site {
    async fn start() -> Site {
        Site::start_on("sqlite::memory:").await
    }

    async fn start_on(db: &str) -> Site {
        let peer = Peer::start().await;
        let key = rsa_key("key-1");
        peer.seen().keys = vec![key.jwk.clone()];
        let mut config = Config::example();
        let mut teams: TeamsConfig = toml::from_str(&format!(
            "app_id = \"{APP_ID}\"\ntenant_id = \"{TENANT}\"\nopenid_metadata = \"{b}/openid\"\ntoken_url = \"{b}/token\"\nservice_url = \"{b}/\"",
            b = peer.base
        ))
        .expect("teams config");
        teams.app_password = Some(SECRET.into());
        config.teams = Some(teams);
        // The DSO is reached in Teams before ever writing to the bot.
        config.dso.teams = Some("29:dso".into());
        let bot = Arc::new(Bot::new(Store::connect(db).await.expect("store"), config).expect("bot"));
        let clock = Arc::new(Skewed(AtomicI64::new(0)));
        let app = dsobot::web::App::new(bot.clone(), clock.clone()).expect("app");
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("bind");
        let url = format!("http://{}/api/messages", listener.local_addr().expect("addr"));
        let (stop, rx) = watch::channel(false);
        tokio::spawn(app.teams().expect("teams configured").run_sender(rx.clone()));
        tokio::spawn(app.run_until_stopped(listener, rx));
        Site { bot, clock, url, peer, key, _stop: stop }
    }

    fn token(&self, key: &Key, claims: Value) -> String {
        let mut header = jsonwebtoken::Header::new(jsonwebtoken::Algorithm::RS256);
        header.kid = Some(key.kid.clone());
        jsonwebtoken::encode(&header, &claims, &jsonwebtoken::EncodingKey::from_rsa_pem(&key.pem).expect("key")).expect("sign")
    }

    fn claims(&self) -> Value {
        let now = self.clock.now().timestamp();
        json!({ "iss": ISSUER, "aud": APP_ID, "nbf": now - 60, "exp": now + 3600, "serviceUrl": format!("{}/", self.peer.base) })
    }

    fn valid_token(&self) -> String {
        self.token(&self.key, self.claims())
    }

    /// A message activity as Teams posts it.
    fn message(&self, id: &str, from: &str, conversation: Value, text: &str) -> Value {
        json!({
            "type": "message",
            "id": id,
            "timestamp": self.clock.now().to_rfc3339(),
            "serviceUrl": format!("{}/", self.peer.base),
            "channelId": "msteams",
            "from": { "id": from, "name": "Anna Andersson", "aadObjectId": "aad-anna" },
            "conversation": conversation,
            "recipient": { "id": format!("28:{APP_ID}"), "name": "dsobot" },
            "textFormat": "plain",
            "text": text,
            "channelData": { "tenant": { "id": TENANT } },
        })
    }

    fn personal(&self, id: &str, text: &str) -> Value {
        self.message(id, "29:anna", json!({ "conversationType": "personal", "tenantId": TENANT, "id": "a:anna" }), text)
    }

    async fn post(&self, token: Option<&str>, activity: &Value) -> u16 {
        let mut req = reqwest::Client::new().post(&self.url).json(activity);
        if let Some(t) = token {
            req = req.bearer_auth(t);
        }
        req.send().await.expect("post").status().as_u16()
    }

    async fn cases(&self) -> Vec<workflows::Case> {
        self.bot.store.list_cases().await.expect("cases")
    }
}

const REPORT: &str = "Jag råkade skicka ett mejl med en klients journal till fel mottagare igår kl 15";

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_signed_message_opens_a_case_and_the_reply_reaches_the_same_conversation_with_the_apps_token() {
    let site = Site::start().await;
    assert_eq!(site.post(Some(&site.valid_token()), &site.personal("m1", REPORT)).await, 200);
    let cases = site.cases().await;
    assert_eq!(cases.len(), 1);
    // Known by the e-mail address the connector gave, so routed to the unit as by mail.
    assert_eq!(cases[0].reporter.address, "anna.andersson@soc.kommun.example");
    assert_eq!(cases[0].unit.as_deref(), Some("Socialförvaltningen"));
    let until = tokio::time::Instant::now() + WAIT;
    let reply = loop {
        if let Some(a) = site.peer.seen().activities.iter().find(|a| a.0 == "a:anna") {
            break a.clone();
        }
        assert!(tokio::time::Instant::now() < until, "the reply reaches Anna's chat");
        tokio::time::sleep(Duration::from_millis(50)).await;
    };
    let (_, activity, auth, _) = reply;
    assert_eq!(auth, "Bearer connector-token-1");
    assert_eq!(activity["type"], "message");
    assert!(activity["text"].as_str().is_some_and(|t| t.contains(&cases[0].number)), "{activity}");
    {
        let seen = site.peer.seen();
        let form = &seen.token_requests[0];
        assert_eq!((form["grant_type"].as_str(), form["client_id"].as_str(), form["client_secret"].as_str()), ("client_credentials", APP_ID, SECRET));
        assert_eq!(seen.member_lookups, 1);
    }

    // The same activity delivered again is the same message: no second case, no second answer.
    let before = site.peer.seen().activities.len();
    assert_eq!(site.post(Some(&site.valid_token()), &site.personal("m1", REPORT)).await, 200);
    tokio::time::sleep(Duration::from_millis(500)).await;
    assert_eq!(site.cases().await.len(), 1);
    assert_eq!(site.peer.seen().activities.len(), before);
    // The token was fetched once and is reused until it runs out; the member once too.
    assert_eq!(site.peer.seen().token_requests.len(), 1);
    assert_eq!(site.peer.seen().member_lookups, 1);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn forged_expired_and_misaddressed_tokens_are_refused_and_nothing_happens() {
    let site = Site::start().await;
    let activity = site.personal("m1", REPORT);
    let now = site.clock.now().timestamp();
    let forger = rsa_key("key-1");
    let cases = [
        ("no token", None),
        ("not a token", Some("not.a.token".to_owned())),
        ("signed with another key under the same id", Some(site.token(&forger, site.claims()))),
        ("expired", Some(site.token(&site.key, json!({ "iss": ISSUER, "aud": APP_ID, "exp": now - 600, "serviceUrl": format!("{}/", site.peer.base) })))),
        ("not yet valid", Some(site.token(&site.key, json!({ "iss": ISSUER, "aud": APP_ID, "nbf": now + 900, "exp": now + 3600, "serviceUrl": format!("{}/", site.peer.base) })))),
        ("for another bot", Some(site.token(&site.key, json!({ "iss": ISSUER, "aud": "another-app", "exp": now + 3600, "serviceUrl": format!("{}/", site.peer.base) })))),
        ("from another issuer", Some(site.token(&site.key, json!({ "iss": "https://evil.example", "aud": APP_ID, "exp": now + 3600, "serviceUrl": format!("{}/", site.peer.base) })))),
        ("for another service URL", Some(site.token(&site.key, json!({ "iss": ISSUER, "aud": APP_ID, "exp": now + 3600, "serviceUrl": "https://evil.example/" })))),
        ("under an unknown key id", Some(site.token(&rsa_key("key-9"), site.claims()))),
    ];
    for (what, token) in &cases {
        assert_eq!(site.post(token.as_deref(), &activity).await, 401, "{what}");
    }
    // A token that would be good, for an activity claiming another service URL.
    let mut elsewhere = activity.clone();
    elsewhere["serviceUrl"] = json!("https://evil.example/");
    assert_eq!(site.post(Some(&site.valid_token()), &elsewhere).await, 401, "service URL of the activity");
    // And one from another tenant.
    let mut other_tenant = activity.clone();
    other_tenant["conversation"]["tenantId"] = json!("another-tenant");
    other_tenant["channelData"]["tenant"]["id"] = json!("another-tenant");
    assert_eq!(site.post(Some(&site.valid_token()), &other_tenant).await, 403, "another tenant");
    let mut two_tenants = activity.clone();
    two_tenants["channelData"]["tenant"]["id"] = json!("another-tenant");
    assert_eq!(site.post(Some(&site.valid_token()), &two_tenants).await, 403, "a tenant said two ways");
    // Web Chat and Direct Line let the client say who it is: only Teams is read (the key is
    // endorsed for Teams only).
    let mut webchat = activity.clone();
    webchat["channelId"] = json!("webchat");
    assert_eq!(site.post(Some(&site.valid_token()), &webchat).await, 401, "another channel");
    tokio::time::sleep(Duration::from_millis(300)).await;
    assert!(site.cases().await.is_empty(), "nothing is stored");
    let seen = site.peer.seen();
    assert!(seen.activities.is_empty() && seen.member_lookups == 0 && seen.token_requests.is_empty(), "nobody is called");
    assert_eq!(seen.key_fetches, 1, "an unknown key id within a minute of the last fetch does not fetch again");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_rotated_signing_key_is_picked_up() {
    let site = Site::start().await;
    assert_eq!(site.post(Some(&site.valid_token()), &site.personal("m1", REPORT)).await, 200);
    // The issuer rolls over to a new key; a minute later a token signed with it comes.
    let new = rsa_key("key-2");
    site.peer.seen().keys = vec![new.jwk.clone()];
    site.clock.0.store(120, Ordering::Relaxed);
    let token = site.token(&new, site.claims());
    assert_eq!(site.post(Some(&token), &site.personal("m2", "vet inte")).await, 200);
    assert_eq!(site.peer.seen().key_fetches, 2);
    // The old key is gone from the set: its tokens are refused now.
    site.clock.0.store(240, Ordering::Relaxed);
    assert_eq!(site.post(Some(&site.valid_token()), &site.personal("m3", "vet inte")).await, 401);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_throttled_reply_is_sent_again_after_retry_after() {
    let site = Site::start().await;
    site.peer.seen().throttle = vec![2];
    assert_eq!(site.post(Some(&site.valid_token()), &site.personal("m1", REPORT)).await, 200);
    let until = tokio::time::Instant::now() + WAIT;
    let (conversation, refused_at, sent_at) = loop {
        {
            let seen = site.peer.seen();
            if let Some((c, at)) = seen.throttled.first()
                && let Some(a) = seen.activities.iter().find(|a| &a.0 == c)
            {
                break (c.clone(), *at, a.3);
            }
        }
        assert!(tokio::time::Instant::now() < until, "the throttled message is sent again");
        tokio::time::sleep(Duration::from_millis(50)).await;
    };
    assert!(sent_at - refused_at >= chrono::Duration::milliseconds(1900), "not before Retry-After: {}", sent_at - refused_at);
    assert!(sent_at - refused_at < chrono::Duration::seconds(10), "soon after it: {}", sent_at - refused_at);
    // The connector has it; the row is marked sent once its answer is back.
    let number = site.cases().await[0].number.clone();
    let until = tokio::time::Instant::now() + WAIT;
    loop {
        let messages = site.bot.store.messages(&number).await.expect("messages");
        if messages.iter().filter(|m| m.direction == "out" && m.channel == "teams").all(|m| m.status == "sent") {
            break;
        }
        assert!(tokio::time::Instant::now() < until, "{conversation}: every Teams message is marked sent: {messages:?}");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_card_submission_answers_the_question() {
    let site = Site::start().await;
    assert_eq!(site.post(Some(&site.valid_token()), &site.personal("m1", REPORT)).await, 200);
    let number = site.cases().await[0].number.clone();
    // Answer "don't know" until a question with options comes as a card, then press it.
    let mut n = 0;
    let mut k = 1;
    let (card, field) = loop {
        n += 1;
        let (conversation, activity, _, _) = site.peer.activity(n).await;
        if conversation != "a:anna" {
            continue;
        }
        let case = site.bot.store.case(&number).await.expect("case").expect("exists");
        let pending = case.pending_for("anna.andersson@soc.kommun.example").expect("a question for Anna").fields.clone();
        if let Some(card) = activity["attachments"][0]["content"].as_object() {
            assert_eq!(activity["attachments"][0]["contentType"], "application/vnd.microsoft.card.adaptive");
            break (Value::Object(card.clone()), pending[0].clone());
        }
        k += 1;
        assert!(k < 15, "a question with options comes as a card");
        assert_eq!(site.post(Some(&site.valid_token()), &site.personal(&format!("m{k}"), "vet inte")).await, 200);
    };
    assert!(card["body"].to_string().contains("Input.ChoiceSet") || card["actions"].to_string().contains("\"ja\""), "{card}");
    let value = if card["body"].to_string().contains("Input.ChoiceSet") { json!({ "choice": "1" }) } else { json!({ "answer": "ja" }) };
    // Teams merges the pressed action's data (the case and field) with the inputs.
    let mut value = value;
    for (k, v) in card["actions"][0]["data"].as_object().expect("the card names its question") {
        if k != "answer" {
            value[k] = v.clone();
        }
    }
    assert_eq!(value["case"], number.as_str());
    let mut submit = site.personal("card-1", "");
    submit.as_object_mut().expect("object").remove("text");
    submit["value"] = value;
    assert_eq!(site.post(Some(&site.valid_token()), &submit).await, 200);
    let case = site.bot.store.case(&number).await.expect("case").expect("exists");
    let entry = case.fields.get(&field).unwrap_or_else(|| panic!("{field} answered by the card: {:?}", case.fields.keys())).clone();
    assert_eq!(entry.provenance.by, "anna.andersson@soc.kommun.example");
    // The same card pressed again later answers nothing: its question is no longer asked.
    let inbound = |c: &[dsobot::store::StoredMessage]| c.iter().filter(|m| m.direction == "in").count();
    let before = inbound(&site.bot.store.messages(&number).await.expect("messages"));
    submit["id"] = json!("card-2");
    assert_eq!(site.post(Some(&site.valid_token()), &submit).await, 200);
    let after = site.bot.store.case(&number).await.expect("case").expect("exists");
    assert_eq!(after.fields.get(&field), Some(&entry), "a late card changes nothing");
    assert_eq!(inbound(&site.bot.store.messages(&number).await.expect("messages")), before);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_dso_is_reached_proactively_and_a_reminder_follows_in_the_same_chat() {
    let site = Site::start().await;
    assert_eq!(site.post(Some(&site.valid_token()), &site.personal("m1", REPORT)).await, 200);
    let number = site.cases().await[0].number.clone();
    // The DSO never wrote to the bot: it opens a one-to-one chat in the tenant.
    let until = tokio::time::Instant::now() + WAIT;
    while site.peer.seen().created.is_empty() {
        assert!(tokio::time::Instant::now() < until, "a conversation is created for the DSO");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    let created = site.peer.seen().created[0].clone();
    assert_eq!(created["members"][0]["id"], "29:dso");
    assert_eq!(created["channelData"]["tenant"]["id"], TENANT);
    assert_eq!(created["bot"]["id"], format!("28:{APP_ID}"));
    let to_dso = |s: &Seen| s.activities.iter().filter(|a| a.0 == "a:personal-29:dso").count();
    let until = tokio::time::Instant::now() + WAIT;
    while to_dso(&site.peer.seen()) == 0 {
        assert!(tokio::time::Instant::now() < until, "the DSO is told of the new case");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    // Two days on the 72-hour clock runs out: the reminder reaches the DSO in that chat.
    let c = &site.bot.config;
    let later = c.reminders.quiet.next_open(c.organisation.time_zone, c.calendar, Utc::now() + chrono::Duration::hours(40));
    let sent = dsobot::scheduler::Scheduler::new(&site.bot, "test").run_due(later).await.expect("scheduler");
    assert!(sent.iter().any(|s| s.to.address == "dso@kommun.example" && s.kind == Some("reminder")), "{sent:?}");
    let until = tokio::time::Instant::now() + WAIT;
    while to_dso(&site.peer.seen()) < 2 {
        assert!(tokio::time::Instant::now() < until, "the reminder reaches the DSO: {number}");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    assert_eq!(site.peer.seen().created.len(), 1, "the chat is opened once and used again");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_mention_in_a_channel_opens_a_case_answered_in_its_thread() {
    let site = Site::start().await;
    let channel = |id: &str| json!({ "conversationType": "channel", "tenantId": TENANT, "id": format!("19:general@thread.tacv2;messageid={id}"), "isGroup": true });
    // Talk in the channel without the bot is not the bot's business.
    let chatter = site.message("1690", "29:anna", channel("1690"), "Fika kl 15?");
    assert_eq!(site.post(Some(&site.valid_token()), &chatter).await, 200);
    let mut mention = site.message("1700", "29:anna", channel("1700"), &format!("<at>dsobot</at> {REPORT}"));
    mention["entities"] = json!([{ "type": "mention", "mentioned": { "id": format!("28:{APP_ID}"), "name": "dsobot" }, "text": "<at>dsobot</at>" }]);
    assert_eq!(site.post(Some(&site.valid_token()), &mention).await, 200);
    let cases = site.cases().await;
    assert_eq!(cases.len(), 1, "only the mention opens a case");
    let thread = "19:general@thread.tacv2;messageid=1700";
    let mut n = 0;
    loop {
        n += 1;
        if site.peer.activity(n).await.0 == thread {
            break;
        }
    }
    // A reply in the thread, without a mention, continues the case.
    let reply = site.message("1701", "29:anna", channel("1700"), "vet inte");
    assert_eq!(site.post(Some(&site.valid_token()), &reply).await, 200);
    let msgs = site.bot.store.messages(&cases[0].number).await.expect("messages");
    assert_eq!(msgs.iter().filter(|m| m.direction == "in").count(), 2, "the thread's reply is the case's");
    assert_eq!(site.cases().await.len(), 1);
}


#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn an_activity_delivered_twice_at_once_is_one_message_on_postgresql() {
    let site = Site::start_on(&common::fresh_postgres().await).await;
    assert_eq!(site.post(Some(&site.valid_token()), &site.personal("m1", REPORT)).await, 200);
    let number = site.cases().await[0].number.clone();
    let inbound = |c: &[dsobot::store::StoredMessage]| c.iter().filter(|m| m.direction == "in").count();
    let token = site.valid_token();
    for k in 2..6 {
        // Teams retries an activity it got no answer to in time, while the first is still running.
        let again = site.personal(&format!("m{k}"), "vet inte");
        let (a, b, c) = tokio::join!(site.post(Some(&token), &again), site.post(Some(&token), &again), site.post(Some(&token), &again));
        assert_eq!((a, b, c), (200, 200, 200));
        let msgs = site.bot.store.messages(&number).await.expect("messages");
        assert_eq!(inbound(&msgs), k, "each delivery of m{k} after the first is recognised");
    }
    assert_eq!(site.cases().await.len(), 1);
}

#[tokio::test]
async fn without_the_apps_secret_the_server_does_not_start_and_says_which_variable() {
    let mut config = Config::example();
    config.teams = Some(toml::from_str(&format!("app_id = \"{APP_ID}\"\ntenant_id = \"{TENANT}\"\napp_password_env = \"DSOBOT_TEST_NO_SUCH_SECRET\"")).expect("teams config"));
    let bot = Arc::new(Bot::new(Store::connect("sqlite::memory:").await.expect("store"), config).expect("bot"));
    let err = dsobot::web::App::new(bot, Arc::new(Skewed(AtomicI64::new(0)))).err().expect("refused");
    assert!(err.to_string().contains("DSOBOT_TEST_NO_SUCH_SECRET"), "{err}");
}
