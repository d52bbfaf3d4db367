//! The Microsoft Teams channel, spoken directly in the Bot Framework protocol (the official SDKs
//! are not Rust). Teams posts each activity to the messaging endpoint (`/api/messages` on the
//! `serve` web server) with a token the Bot Framework signed ([`auth`]); dsobot answers through
//! the connector service at the activity's `serviceUrl` ([`connector`]).
//!
//! A one-to-one chat with the bot is a private conversation with the case engine. In a team's
//! channel, a message that @mentions the bot opens a case and the conversation goes on as
//! replies in that thread. Questions with options come as Adaptive Cards (with the numbered
//! options in the text as well); a card's submission is an answer like any typed one.
//!
//! People are known by their e-mail address (the connector says who wrote), so that a Teams
//! reporter is routed to their unit as by mail. Where each person is reached (their one-to-one
//! conversation, a case's thread, the service URL) is stored, so that reminders and manager
//! questions reach them later; a configured manager who has never written gets a one-to-one
//! conversation opened by the bot. Everything the bot says waits in the durable outbox
//! ([`crate::chat`]) until the connector has taken it, honouring 429 and `Retry-After`.

pub mod auth;
pub mod connector;
pub mod manifest;

use std::collections::HashMap;
use std::sync::Arc;
use std::time::Duration as StdDuration;

use axum::body::Bytes;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::post;
use chrono::{DateTime, Utc};
use serde::Deserialize;
use serde_json::{Value as Json, json};
use sqlx::Row;
use tokio::sync::watch;
use tracing::{info, warn};
use workflows::{Case, Channel, Lang, Party};

use crate::chat::{ChatIn, Failure, OutChat, Sender, Server, choices_for};
use crate::clock::Clock;
use crate::engine::{Bot, Inbound, TurnError};
use crate::store::{Store, ts};
use auth::Verifier;
use connector::{CallError, Connector};

/// The `[teams]` section. The app's client secret comes from the environment
/// (`DSOBOT_TEAMS_APP_PASSWORD`, or the variable `app_password_env` names).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TeamsConfig {
    /// The bot's Microsoft app id (its Entra ID app registration): the audience of every token.
    pub app_id: String,
    #[serde(default = "password_env")]
    pub app_password_env: String,
    /// The organisation's Microsoft 365 tenant: activities from other tenants are refused (their
    /// administrators set their users' addresses), and one-to-one conversations are opened in it.
    pub tenant_id: String,
    /// Where Teams posts activities, on the `serve` web server.
    #[serde(default = "default_path")]
    pub path: String,
    /// The Bot Framework's OpenID metadata document (its `jwks_uri` holds the signing keys).
    #[serde(default = "default_metadata")]
    pub openid_metadata: String,
    /// The issuer of the tokens Teams sends.
    #[serde(default = "default_issuer")]
    pub issuer: String,
    /// Where the app's access tokens come from (client-credentials grant).
    #[serde(default = "default_token_url")]
    pub token_url: String,
    #[serde(default = "default_scope")]
    pub scope: String,
    /// The connector service for someone who has not written yet (Teams' service for the
    /// tenant's region); everyone else is reached at the service URL their messages came from.
    #[serde(default = "default_service_url")]
    pub service_url: String,
    /// The name of the app in Teams (the manifest).
    #[serde(default = "default_name")]
    pub name: String,
    /// The public address of the web server (the manifest's web site and valid domain).
    #[serde(default)]
    pub website: Option<String>,
    /// The client secret when it is given in code (tests); never read from the file.
    #[serde(skip)]
    pub app_password: Option<String>,
}

fn password_env() -> String {
    "DSOBOT_TEAMS_APP_PASSWORD".into()
}
fn default_path() -> String {
    "/api/messages".into()
}
fn default_metadata() -> String {
    "https://login.botframework.com/v1/.well-known/openidconfiguration".into()
}
fn default_issuer() -> String {
    "https://api.botframework.com".into()
}
fn default_token_url() -> String {
    "https://login.microsoftonline.com/botframework.com/oauth2/v2.0/token".into()
}
fn default_scope() -> String {
    "https://api.botframework.com/.default".into()
}
fn default_service_url() -> String {
    "https://smba.trafficmanager.net/teams/".into()
}
fn default_name() -> String {
    "dsobot".into()
}

impl TeamsConfig {
    pub fn app_password(&self) -> anyhow::Result<String> {
        if let Some(p) = &self.app_password {
            return Ok(p.clone());
        }
        std::env::var(&self.app_password_env).map_err(|_| anyhow::anyhow!("the Teams app's client secret: set {}", self.app_password_env))
    }
}

/// The channel's shared parts: the bot, the token checker, the connector client.
#[derive(Clone)]
pub struct Teams(Arc<Inner>);

struct Inner {
    bot: Arc<Bot>,
    cfg: TeamsConfig,
    clock: Arc<dyn Clock>,
    verifier: Verifier,
    connector: Connector,
    /// One turn at a time per conversation: a second delivery of an activity (Teams retries one
    /// it got no answer to in time) waits for the first and is then recognised as stored.
    turns: std::sync::Mutex<HashMap<String, Arc<tokio::sync::Mutex<()>>>>,
}

impl Teams {
    pub fn new(bot: Arc<Bot>, cfg: TeamsConfig, clock: Arc<dyn Clock>) -> anyhow::Result<Teams> {
        // A missing secret is said at start, not at the first reply.
        cfg.app_password()?;
        let http = reqwest::Client::builder().timeout(StdDuration::from_secs(30)).user_agent(concat!("dsobot/", env!("CARGO_PKG_VERSION"))).build()?;
        let verifier = Verifier::new(cfg.clone(), http.clone(), clock.clone());
        let connector = Connector::new(cfg.clone(), http, clock.clone());
        Ok(Teams(Arc::new(Inner { bot, cfg, clock, verifier, connector, turns: Default::default() })))
    }

    /// The messaging endpoint, to merge into the web server's routes.
    pub fn router(&self) -> axum::Router {
        axum::Router::new().route(&self.0.cfg.path, post(messages)).with_state(self.clone())
    }

    fn store(&self) -> &Store {
        &self.0.bot.store
    }
}

/// An activity, as much of it as dsobot reads.
#[derive(Debug, Clone, Deserialize, Default)]
#[serde(rename_all = "camelCase")]
struct Activity {
    #[serde(rename = "type", default)]
    kind: String,
    #[serde(default)]
    id: String,
    #[serde(default)]
    timestamp: Option<String>,
    #[serde(default)]
    service_url: String,
    #[serde(default)]
    channel_id: String,
    #[serde(default)]
    from: Account,
    #[serde(default)]
    recipient: Account,
    #[serde(default)]
    conversation: Conversation,
    #[serde(default)]
    text: Option<String>,
    #[serde(default)]
    value: Option<Json>,
    #[serde(default)]
    entities: Vec<Json>,
    #[serde(default)]
    channel_data: Option<Json>,
}

#[derive(Debug, Clone, Deserialize, Default)]
#[serde(rename_all = "camelCase")]
struct Account {
    #[serde(default)]
    id: String,
    #[serde(default)]
    aad_object_id: Option<String>,
}

#[derive(Debug, Clone, Deserialize, Default)]
#[serde(rename_all = "camelCase")]
struct Conversation {
    #[serde(default)]
    id: String,
    #[serde(default)]
    conversation_type: Option<String>,
    #[serde(default)]
    tenant_id: Option<String>,
}

impl Activity {
    /// The tenant the conversation is in, when the activity says one thing (the conversation's
    /// tenant, and the channel data's, if given, the same).
    fn tenant(&self) -> Option<String> {
        let given = self.channel_data.as_ref().and_then(|d| d.pointer("/tenant/id")).and_then(Json::as_str);
        match (&self.conversation.tenant_id, given) {
            (Some(t), Some(g)) if t != g => None,
            (t, _) => t.clone(),
        }
    }

    fn direct(&self) -> bool {
        self.conversation.conversation_type.as_deref().is_none_or(|t| t == "personal")
    }

    /// Whether the bot is @mentioned.
    fn mentions_bot(&self) -> bool {
        self.entities.iter().any(|e| e.get("type").and_then(Json::as_str) == Some("mention") && e.pointer("/mentioned/id").and_then(Json::as_str) == Some(self.recipient.id.as_str()))
    }

    /// The case and field a card's submission answers (a card sent by dsobot, text empty).
    fn card_target(&self) -> Option<(String, String)> {
        if self.text.as_deref().is_some_and(|t| !t.trim().is_empty()) {
            return None;
        }
        let v = self.value.as_ref()?;
        Some((v.get("case")?.as_str()?.to_owned(), v.get("field")?.as_str()?.to_owned()))
    }

    /// What the person said: the text without the bot's mention, or a card's submission.
    fn said(&self) -> String {
        let text = self.text.as_deref().map(without_mentions).unwrap_or_default();
        if !text.trim().is_empty() {
            return text.trim().to_owned();
        }
        self.value.as_ref().map(submitted).unwrap_or_default()
    }
}

/// A message's text without `<at>…</at>` mentions (Teams puts the bot's name in the text).
fn without_mentions(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(start) = rest.find("<at>") {
        out.push_str(&rest[..start]);
        match rest[start..].find("</at>") {
            Some(end) => rest = &rest[start + end + "</at>".len()..],
            None => {
                rest = &rest[start..];
                break;
            }
        }
    }
    out.push_str(rest);
    // Teams sends a few entities in plain-text messages.
    out.replace("&nbsp;", " ").replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">").trim().to_owned()
}

/// A card's submission as the answer it stands for: a button's answer, or the options chosen
/// ("1,3" becomes "1, 3").
fn submitted(value: &Json) -> String {
    if let Some(a) = value.get("answer").and_then(Json::as_str) {
        return a.trim().to_owned();
    }
    match value.get("choice") {
        Some(Json::String(s)) => s.split(',').map(str::trim).filter(|s| !s.is_empty()).collect::<Vec<_>>().join(", "),
        _ => String::new(),
    }
}

/// The Bot Framework's id of the Teams channel.
pub const TEAMS_CHANNEL: &str = "msteams";

fn status(code: StatusCode) -> Response {
    code.into_response()
}

/// `POST /api/messages`: one activity from Teams.
async fn messages(State(teams): State<Teams>, headers: HeaderMap, body: Bytes) -> Response {
    let parsed: Result<Activity, _> = serde_json::from_slice(&body);
    let (service_url, channel) = parsed.as_ref().map(|a| (a.service_url.as_str(), a.channel_id.as_str())).unwrap_or(("", ""));
    let authorization = headers.get(header::AUTHORIZATION).and_then(|v| v.to_str().ok());
    if let Err(e) = teams.0.verifier.check(authorization, service_url, channel).await {
        info!(reason = %e, "teams: request refused");
        return status(StatusCode::UNAUTHORIZED);
    }
    let Ok(activity) = parsed else { return status(StatusCode::BAD_REQUEST) };
    // Teams only: other channels (Web Chat, Direct Line) let the client say who it is.
    if activity.channel_id != TEAMS_CHANNEL {
        info!("teams: an activity from another channel is refused");
        return status(StatusCode::FORBIDDEN);
    }
    if activity.tenant().as_deref() != Some(teams.0.cfg.tenant_id.as_str()) {
        warn!("teams: an activity from another tenant is refused");
        return status(StatusCode::FORBIDDEN);
    }
    match activity.kind.as_str() {
        "message" if activity.from.id != activity.recipient.id => match teams.in_turn(&activity).await {
            Ok(()) => status(StatusCode::OK),
            Err(e) => {
                // Nothing was stored: Teams shows the person their message did not go through.
                warn!(error = %format!("{e:#}"), "teams: a message could not be taken");
                status(StatusCode::SERVICE_UNAVAILABLE)
            }
        },
        _ => status(StatusCode::OK),
    }
}

/// Teams gives up on an answer after 15 seconds: a turn that takes longer is given up first, so
/// that nothing is half done (its transaction rolls back) and Teams tells the person.
const TURN_TIMEOUT: StdDuration = StdDuration::from_secs(12);

impl Teams {
    /// A message's turn, after the conversation's earlier ones, within [`TURN_TIMEOUT`].
    async fn in_turn(&self, a: &Activity) -> anyhow::Result<()> {
        let (conversation, _) = split_thread(&a.conversation.id);
        let lock = {
            let mut turns = self.0.turns.lock().map_err(|_| anyhow::anyhow!("teams turn locks poisoned"))?;
            // Conversations nobody waits on are forgotten, so the map stays small.
            turns.retain(|_, l| Arc::strong_count(l) > 1);
            turns.entry(conversation).or_default().clone()
        };
        let _turn = lock.lock().await;
        tokio::time::timeout(TURN_TIMEOUT, self.on_message(a)).await.map_err(|_| anyhow::anyhow!("the turn took too long"))?
    }

    async fn on_message(&self, a: &Activity) -> anyhow::Result<()> {
        let text = a.said();
        let direct = a.direct();
        let mentioned = a.mentions_bot();
        let (conversation, thread) = split_thread(&a.conversation.id);
        // Activity ids are unique within a conversation only: the store knows them with it. A
        // channel's thread is the case's thread; its root is the message that opened it.
        let scoped = |id: &str| format!("{conversation}|{id}");
        let thread = if direct { None } else { Some(scoped(thread.as_deref().unwrap_or(&a.id))) };
        let case = match (&thread, direct) {
            (Some(root), false) => self.store().case_of_chat_thread(Channel::Teams, &conversation, root).await?,
            _ => None,
        };
        if !direct && case.is_none() && !mentioned {
            return Ok(());
        }
        let address = self.address_of(a).await?;
        // A card answers the question it was sent with, on its case, or nothing: pressed late
        // (the question answered meanwhile), it must not answer another.
        let mut case = case;
        if let Some((number, field)) = a.card_target() {
            let current = self.store().case(&number).await?;
            let asked = current.as_ref().and_then(|c| c.pending_for(&address)).is_some_and(|q| q.fields.contains(&field));
            if !asked {
                info!(case = %number, "teams: a card for a question no longer asked is not read");
                return Ok(());
            }
            case = Some(number);
        }
        let at = a.timestamp.as_deref().and_then(|t| DateTime::parse_from_rfc3339(t).ok()).map(|t| t.to_utc()).unwrap_or_else(|| self.0.clock.now());
        let chat = ChatIn { id: scoped(&a.id), conversation, thread, direct };
        let msg = Inbound {
            at,
            from: Party { channel: Channel::Teams, address },
            subject: None,
            text,
            raw: None,
            case,
            email: None,
            chat: Some(chat),
        };
        match self.0.bot.handle(msg).await {
            Ok(_) => Ok(()),
            Err(TurnError::Store(e)) => Err(e),
            Err(e) => {
                info!(error = %e, "teams message not read as a turn");
                Ok(())
            }
        }
    }

    /// Who wrote: their e-mail address, from the store or else asked of the connector, and
    /// where they are reached (kept for later messages).
    async fn address_of(&self, a: &Activity) -> anyhow::Result<String> {
        if let Some(known) = self.store().teams_user_by_member(&a.from.id).await? {
            if !auth::same_url(&known.service_url, &a.service_url) {
                self.store().set_teams_user(&TeamsUser { service_url: a.service_url.clone(), ..known.clone() }, self.0.clock.now()).await?;
            }
            return Ok(known.address);
        }
        let member = self.0.connector.member(&a.service_url, &a.conversation.id, &a.from.id).await.map_err(|e| anyhow::anyhow!("looking up who wrote: {e}"))?;
        let address = member.address().ok_or_else(|| anyhow::anyhow!("the connector gave no e-mail address for who wrote"))?;
        let user = TeamsUser {
            address: address.clone(),
            member_id: a.from.id.clone(),
            aad_object_id: member.aad_object_id.or_else(|| a.from.aad_object_id.clone()),
            service_url: a.service_url.clone(),
            tenant_id: a.tenant(),
        };
        self.store().set_teams_user(&user, self.0.clock.now()).await?;
        Ok(address)
    }
}

/// "19:…@thread.tacv2;messageid=123" -> ("19:…@thread.tacv2", Some("123")).
fn split_thread(id: &str) -> (String, Option<String>) {
    match id.split_once(";messageid=") {
        Some((c, m)) if !m.is_empty() => (c.to_owned(), Some(m.to_owned())),
        _ => (id.to_owned(), None),
    }
}

/// Someone dsobot has heard from in Teams, or opened a conversation with.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TeamsUser {
    pub address: String,
    pub member_id: String,
    pub aad_object_id: Option<String>,
    pub service_url: String,
    pub tenant_id: Option<String>,
}

fn user_of_row(r: &sqlx::any::AnyRow) -> anyhow::Result<TeamsUser> {
    Ok(TeamsUser {
        address: r.try_get("address")?,
        member_id: r.try_get("member_id")?,
        aad_object_id: r.try_get("aad_object_id")?,
        service_url: r.try_get("service_url")?,
        tenant_id: r.try_get("tenant_id")?,
    })
}

impl Store {
    pub async fn teams_user_by_member(&self, member_id: &str) -> anyhow::Result<Option<TeamsUser>> {
        let row = sqlx::query("SELECT address, member_id, aad_object_id, service_url, tenant_id FROM teams_users WHERE member_id = $1")
            .bind(member_id)
            .fetch_optional(self.pool())
            .await?;
        row.as_ref().map(user_of_row).transpose()
    }

    pub async fn teams_user(&self, address: &str) -> anyhow::Result<Option<TeamsUser>> {
        let row = sqlx::query("SELECT address, member_id, aad_object_id, service_url, tenant_id FROM teams_users WHERE address = $1")
            .bind(address)
            .fetch_optional(self.pool())
            .await?;
        row.as_ref().map(user_of_row).transpose()
    }

    pub async fn set_teams_user(&self, u: &TeamsUser, at: DateTime<Utc>) -> anyhow::Result<()> {
        sqlx::query(
            "INSERT INTO teams_users (address, member_id, aad_object_id, service_url, tenant_id, updated_at) VALUES ($1, $2, $3, $4, $5, $6)
             ON CONFLICT (address) DO UPDATE SET member_id = excluded.member_id, aad_object_id = excluded.aad_object_id,
               service_url = excluded.service_url, tenant_id = excluded.tenant_id, updated_at = excluded.updated_at",
        )
        .bind(&u.address)
        .bind(&u.member_id)
        .bind(u.aad_object_id.clone())
        .bind(&u.service_url)
        .bind(u.tenant_id.clone())
        .bind(ts(at))
        .execute(self.pool())
        .await?;
        Ok(())
    }

    async fn snapshot_by_id(&self, case_id: i64) -> anyhow::Result<Option<Case>> {
        let s: Option<String> = sqlx::query_scalar("SELECT snapshot FROM cases WHERE id = $1").bind(case_id).fetch_optional(self.pool()).await?;
        s.map(|s| Ok(Case::from_snapshot(&serde_json::from_str(&s)?)?)).transpose()
    }
}

impl Teams {
    /// Sends what waits in the outbox for Teams until `stop` (the shared chat sender).
    pub async fn run_sender(self, stop: watch::Receiver<bool>) {
        let sender = Sender { bot: self.0.bot.clone(), clock: self.0.clock.clone(), server: self };
        sender.run(stop).await;
    }
}

impl Server for Teams {
    fn channel(&self) -> Channel {
        Channel::Teams
    }

    async fn send_one(&self, m: &OutChat) -> Result<String, Failure> {
        self.try_send(m).await.map_err(|e| match e {
            CallError::Throttled(after) => Failure::Throttled(after),
            CallError::Unavailable(e) => Failure::Outage(e),
            CallError::Refused(e) => Failure::Refused(e),
        })
    }
}

impl Teams {
    async fn try_send(&self, m: &OutChat) -> Result<String, CallError> {
        let store_err = |e: anyhow::Error| CallError::Unavailable(format!("store: {e:#}"));
        let user = self.store().teams_user(&m.to).await.map_err(store_err)?;
        let service_url = user.as_ref().map_or_else(|| self.0.cfg.service_url.clone(), |u| u.service_url.clone());
        let activity = self.activity(m).await.map_err(store_err)?;
        if let Some(route) = self.store().route(Channel::Teams, &m.to, m.case_id).await.map_err(store_err)? {
            let conversation = match &route.thread {
                // The root's id as the store knows it: "{conversation}|{id}".
                Some(t) => format!("{};messageid={}", route.conversation, t.rsplit('|').next().unwrap_or(t)),
                None => route.conversation.clone(),
            };
            match self.0.connector.send(&service_url, &conversation, &activity).await {
                // The conversation is gone (the bot was removed, the chat deleted): open a new one.
                Err(CallError::Refused(e)) if route.thread.is_none() && (e.starts_with("HTTP 403") || e.starts_with("HTTP 404")) => {
                    self.store().forget_route(Channel::Teams, &m.to, &route.conversation).await.map_err(store_err)?;
                }
                done => return done,
            }
        }
        // No conversation yet: a one-to-one chat opened by the bot, with whoever the store or the
        // configuration knows in Teams.
        let member = match &user {
            Some(u) => u.member_id.clone(),
            None => self.0.bot.config.teams_id_of(&m.to).ok_or_else(|| CallError::Refused("not reachable in Teams: no Teams id configured".into()))?,
        };
        let tenant = Some(self.0.cfg.tenant_id.clone());
        info!(message = m.id, "teams: opening a one-to-one conversation");
        let conversation = self.0.connector.open_personal(&service_url, &member, tenant.as_deref()).await?;
        self.store().set_direct_route(Channel::Teams, &m.to, &conversation, self.0.clock.now()).await.map_err(store_err)?;
        if user.is_none() {
            let u = TeamsUser { address: m.to.clone(), member_id: member, aad_object_id: None, service_url: service_url.clone(), tenant_id: tenant };
            self.store().set_teams_user(&u, self.0.clock.now()).await.map_err(store_err)?;
        }
        self.0.connector.send(&service_url, &conversation, &activity).await
    }

    /// The message as an activity: its text (numbered options as a list), and for a question
    /// with options still waiting for this person, an Adaptive Card to answer it with.
    async fn activity(&self, m: &OutChat) -> anyhow::Result<Json> {
        let mut activity = json!({ "type": "message", "textFormat": "xml", "text": crate::matrix::html(&m.body) });
        if let Some(case_id) = m.case_id
            && !m.asks.is_empty()
            && let Some(case) = self.store().snapshot_by_id(case_id).await?
            && let Some(card) = card(&case, &m.to, &m.asks)
        {
            activity["attachments"] = json!([{ "contentType": "application/vnd.microsoft.card.adaptive", "content": card }]);
        }
        Ok(activity)
    }
}

/// An Adaptive Card for the question `asks` if it still waits for `party` and has a choice: its
/// options as a choice set (several for a set), or yes / no / don't know as buttons.
pub fn card(case: &Case, party: &str, asks: &[String]) -> Option<Json> {
    let q = case.pending_for(party)?;
    if q.fields != asks {
        return None;
    }
    let sv = q.lang == Lang::Sv;
    let choices = choices_for(case, party);
    let ours = |answer: Option<&str>| {
        let mut data = json!({ "case": case.number, "field": asks.first() });
        if let Some(a) = answer {
            data["answer"] = json!(a);
        }
        data
    };
    let label = &choices.label;
    let dont_know = json!({ "type": "Action.Submit", "title": if sv { "Vet inte" } else { "Don't know" }, "associatedInputs": "none", "data": ours(Some(if sv { "vet inte" } else { "don't know" })) });
    let (body, actions) = match choices.mode? {
        "yesno" => (
            vec![json!({ "type": "TextBlock", "text": label, "wrap": true, "weight": "Bolder" })],
            vec![
                json!({ "type": "Action.Submit", "title": if sv { "Ja" } else { "Yes" }, "data": ours(Some(if sv { "ja" } else { "yes" })) }),
                json!({ "type": "Action.Submit", "title": if sv { "Nej" } else { "No" }, "data": ours(Some(if sv { "nej" } else { "no" })) }),
                dont_know,
            ],
        ),
        mode => {
            let options: Vec<Json> = choices.options.iter().map(|(n, title)| json!({ "title": title, "value": n.to_string() })).collect();
            (
                vec![
                    json!({ "type": "TextBlock", "text": label, "wrap": true, "weight": "Bolder" }),
                    json!({
                        "type": "Input.ChoiceSet", "id": "choice", "style": "expanded", "isMultiSelect": mode == "many",
                        "choices": options, "label": label, "isRequired": true,
                        "errorMessage": if sv { "Välj ett alternativ, eller svara Vet inte." } else { "Choose an option, or answer Don't know." },
                    }),
                ],
                vec![json!({ "type": "Action.Submit", "title": if sv { "Svara" } else { "Answer" }, "data": ours(None) }), dont_know],
            )
        }
    };
    Some(json!({
        "type": "AdaptiveCard",
        "$schema": "http://adaptivecards.io/schemas/adaptive-card.json",
        "version": "1.4",
        "lang": if sv { "sv" } else { "en" },
        "body": body,
        "actions": actions,
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_bots_mention_is_taken_out_of_the_text() {
        assert_eq!(without_mentions("<at>dsobot</at> Jag skickade fel &amp; igår"), "Jag skickade fel & igår");
        assert_eq!(without_mentions("Hej <at>dsobot</at>, en fråga"), "Hej , en fråga");
        assert_eq!(without_mentions("inga nämnanden"), "inga nämnanden");
    }

    #[test]
    fn a_channel_thread_is_its_conversation_and_root_message() {
        assert_eq!(split_thread("19:abc@thread.tacv2;messageid=1700"), ("19:abc@thread.tacv2".to_owned(), Some("1700".to_owned())));
        assert_eq!(split_thread("a:1xyz"), ("a:1xyz".to_owned(), None));
    }

    #[test]
    fn a_card_submission_is_read_as_the_answer_it_stands_for() {
        assert_eq!(submitted(&json!({"choice": "1,3"})), "1, 3");
        assert_eq!(submitted(&json!({"answer": "vet inte", "choice": ""})), "vet inte");
        assert_eq!(submitted(&json!({"other": 1})), "");
    }
}
