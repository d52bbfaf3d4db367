//! The Matrix channel: dsobot is a Matrix user that employees talk to. A direct message is a
//! private conversation with the case engine, exactly as on the console. In a shared room (a
//! unit's room, the DSO's room) a message that mentions the bot opens a case whose conversation
//! continues in a thread under it.
//!
//! The session (access token, device), the sync token and the end-to-end keys live in a SQLite
//! store under the data directory, encrypted with a passphrase from the environment. A restart
//! restores the session and resumes from the saved sync token; an event synced again is
//! recognised by its id and not answered twice. The sync position is saved before a message is
//! read, so each message's turn is tried until it commits, a room's messages one after another
//! ([`in_order`]), and a stop finishes the turns handed over.
//!
//! What the bot says waits in the store's outbox (see [`crate::chat`]) until the homeserver has
//! taken it: the reporter's replies go to the room or thread they wrote in, anyone else's (a
//! manager's question, a reminder) to their direct room, opened by the bot when there is none,
//! and the DSO's to the DSO's room when one is configured.

use std::collections::{HashMap, VecDeque};
use std::future::Future;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration as StdDuration;

use anyhow::Context;
use chrono::{DateTime, Utc};
use matrix_sdk::authentication::matrix::MatrixSession;
use matrix_sdk::config::{RequestConfig, SyncSettings};
use matrix_sdk::event_handler::Ctx;
use matrix_sdk::ruma::events::relation::Thread;
use matrix_sdk::ruma::events::room::member::{MembershipState, StrippedRoomMemberEvent};
use matrix_sdk::ruma::events::room::message::{MessageType, OriginalSyncRoomMessageEvent, Relation, RoomMessageEventContent};
use matrix_sdk::ruma::{OwnedEventId, OwnedRoomId, OwnedTransactionId, RoomAliasId, RoomId, UserId};
use matrix_sdk::{Client, Room, RoomMemberships, RoomState};
use serde::Deserialize;
use tokio::sync::{mpsc, watch};
use tokio::task::JoinSet;
use tracing::{info, warn};
use workflows::command::RoomCommand;
use workflows::{Channel, Lang, Party};

use crate::chat::{ChatIn, Failure, OutChat, Sender, Server};
use crate::clock::Clock;
use crate::config::Config;
use crate::engine::{Bot, Inbound, TurnError};
use crate::store::Store;

/// The `[matrix]` section. The password and the store passphrase come from the environment.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MatrixConfig {
    /// The homeserver's URL ("https://matrix.kommun.se").
    pub homeserver: String,
    /// The bot's user id ("@dsobot:kommun.se").
    pub user: String,
    /// The environment variable holding the bot's password (used on first start only).
    #[serde(default = "password_env")]
    pub password_env: String,
    /// The environment variable holding an access token, used on first start instead of the
    /// password when it is set (a device the administrator created for the bot).
    #[serde(default = "access_token_env")]
    pub access_token_env: String,
    /// The environment variable holding the passphrase that encrypts the store.
    #[serde(default = "passphrase_env")]
    pub store_passphrase_env: String,
    /// Where the session, sync token and keys are kept.
    #[serde(default = "store_dir")]
    pub store_dir: PathBuf,
    /// Homeservers whose users may invite the bot; empty means only the bot's own.
    #[serde(default)]
    pub allowed_servers: Vec<String>,
    /// Users who may invite the bot whatever their server.
    #[serde(default)]
    pub allowed_users: Vec<String>,
    /// The DSO's room (an id "!…" or an alias "#…"): new-case notices, reminders and digests for
    /// the DSO go there instead of to the DSO's direct room. The DSO invites the bot.
    #[serde(default)]
    pub dso_room: Option<String>,
}

fn password_env() -> String {
    "DSOBOT_MATRIX_PASSWORD".into()
}
fn access_token_env() -> String {
    "DSOBOT_MATRIX_ACCESS_TOKEN".into()
}
fn passphrase_env() -> String {
    "DSOBOT_MATRIX_STORE_PASSPHRASE".into()
}
fn store_dir() -> PathBuf {
    PathBuf::from("dsobot-matrix")
}

impl MatrixConfig {
    /// Whether `user` (a full Matrix id) may invite the bot.
    pub fn may_invite(&self, user: &str) -> bool {
        if self.allowed_users.iter().any(|u| u == user) {
            return true;
        }
        let server = user.split_once(':').map(|(_, s)| s).unwrap_or_default();
        if self.allowed_servers.is_empty() {
            let own = self.user.split_once(':').map(|(_, s)| s).unwrap_or_default();
            return server == own;
        }
        self.allowed_servers.iter().any(|s| s == server)
    }
}

/// The log target of the line with the bot's device id and key, which the default log filter
/// shows at every start.
pub const DEVICE_LOG: &str = "dsobot::matrix::device";

/// The running channel.
pub struct Matrix {
    client: Client,
    cfg: MatrixConfig,
    /// Logged in just now, with no sync token yet.
    fresh: bool,
}

#[derive(Clone)]
struct Shared {
    bot: Arc<Bot>,
    cfg: Arc<MatrixConfig>,
    /// Messages for [`in_order`], keyed by room.
    turns: mpsc::Sender<(String, Incoming)>,
}

impl Shared {
    /// Whether `room` is the configured DSO's room (by id or canonical alias).
    fn in_dso_room(&self, room: &Room) -> bool {
        is_dso_room(&self.cfg, room)
    }
}

/// Whether `room` is the configured DSO's room (by id or canonical alias).
fn is_dso_room(cfg: &MatrixConfig, room: &Room) -> bool {
    cfg.dso_room.as_deref().is_some_and(|r| r == room.room_id().as_str() || room.canonical_alias().is_some_and(|a| a.as_str() == r))
}

impl Matrix {
    /// Opens the store, then restores the saved session or logs in with the password, both
    /// read from the environment variables the configuration names.
    pub async fn connect(cfg: &MatrixConfig) -> anyhow::Result<Matrix> {
        let var = |name: &str| std::env::var(name).ok().filter(|v| !v.is_empty());
        let (password, access_token, passphrase) = (var(&cfg.password_env), var(&cfg.access_token_env), var(&cfg.store_passphrase_env));
        let secrets = Secrets { password: password.as_deref(), access_token: access_token.as_deref(), passphrase: passphrase.as_deref() };
        Matrix::connect_with(cfg, secrets).await
    }

    /// [`Matrix::connect`] with the secrets given.
    pub async fn connect_with(cfg: &MatrixConfig, secrets: Secrets<'_>) -> anyhow::Result<Matrix> {
        let Secrets { password, access_token, passphrase } = secrets;
        std::fs::create_dir_all(&cfg.store_dir).with_context(|| format!("creating {}", cfg.store_dir.display()))?;
        restrict(&cfg.store_dir);
        let client = Client::builder()
            .homeserver_url(&cfg.homeserver)
            .sqlite_store(cfg.store_dir.join("store"), passphrase)
            .respect_login_well_known(false)
            .build()
            .await
            .context("opening the Matrix store")?;
        let session_file = cfg.store_dir.join("session.json");
        let saved = std::fs::read(&session_file).ok();
        let fresh = saved.is_none();
        if let Some(saved) = saved {
            let session: MatrixSession = serde_json::from_slice(&saved).context("reading the saved Matrix session")?;
            client.restore_session(session).await.context("restoring the Matrix session")?;
            info!("matrix session restored");
        } else if let Some(token) = access_token {
            let session = session_of_token(&cfg.homeserver, token).await?;
            anyhow::ensure!(session.meta.user_id.as_str() == cfg.user, "the access token belongs to another user than matrix.user");
            client.restore_session(session.clone()).await.context("starting the Matrix session from the access token")?;
            write_private(&session_file, &serde_json::to_vec(&session)?)?;
            info!("matrix session started from an access token");
        } else {
            let password = password.with_context(|| {
                format!("the Matrix password (or an access token) must be in {} (or {}) for the first start", cfg.password_env, cfg.access_token_env)
            })?;
            client
                .matrix_auth()
                .login_username(&cfg.user, password)
                .initial_device_display_name("dsobot")
                .await
                .context("logging in to Matrix")?;
            let session = client.matrix_auth().session().context("no session after login")?;
            write_private(&session_file, &serde_json::to_vec(&session)?)?;
            info!("matrix logged in");
        }
        if let Err(e) = cross_sign(&client, &cfg.user, password).await {
            warn!(error = %format!("{e:#}"), "matrix: cross-signing the bot's device failed; users who require verified devices cannot reach it");
        }
        // Not personal data: what the DSO compares to verify the bot once. Shown by the default
        // log filter (see crate::cli::DEFAULT_LOG_FILTER).
        if let Ok(Some(device)) = client.encryption().get_own_device().await {
            let key = device.ed25519_key().map(|k| k.to_base64()).unwrap_or_default();
            info!(target: DEVICE_LOG, device = %device.device_id(), key = %key, "matrix device (verify it once: /verify USER DEVICE KEY)");
        }
        Ok(Matrix { client, cfg: cfg.clone(), fresh })
    }

    pub fn client(&self) -> &Client {
        &self.client
    }

    /// Syncs and sends until `stop` turns true. The first sync after a fresh login only catches
    /// up: what was said before the bot came is not answered.
    pub async fn run(self, bot: Arc<Bot>, clock: Arc<dyn Clock>, mut stop: watch::Receiver<bool>) -> anyhow::Result<()> {
        if self.fresh {
            self.client.sync_once(SyncSettings::default()).await.context("first Matrix sync")?;
        }
        self.leave_disallowed(&bot).await;
        self.answer_pending_invites().await;
        let (turns, incoming) = mpsc::channel(HANDED_OVER);
        let turning = tokio::spawn(in_order(incoming, stop.clone(), crate::serve::DRAIN, crate::mail::imap::reconnect_delay, {
            let bot = bot.clone();
            move |item| {
                let bot = bot.clone();
                async move { take_turn(&bot, item).await }
            }
        }));
        let shared = Shared { bot: bot.clone(), cfg: Arc::new(self.cfg.clone()), turns };
        self.client.add_event_handler_context(shared.clone());
        self.client.add_event_handler(on_invite);
        self.client.add_event_handler(on_message);
        let sender = Sender { bot: bot.clone(), clock: clock.clone(), server: Homeserver { client: self.client.clone(), shared: shared.clone(), clock } };
        let sending = tokio::spawn({
            let stop = stop.clone();
            async move { sender.run(stop).await }
        });
        // The homeserver going away ends a sync with an error: sync again, waiting longer each time.
        let client = self.client.clone();
        let syncing = async move {
            let mut failures = 0u32;
            loop {
                let started = std::time::Instant::now();
                if let Err(e) = client.sync(SyncSettings::default()).await {
                    failures = if started.elapsed() > StdDuration::from_secs(60) { 1 } else { failures + 1 };
                    warn!(error = %e, failures, "matrix sync failed; syncing again");
                    tokio::time::sleep(crate::mail::imap::reconnect_delay(failures)).await;
                }
            }
        };
        let result = tokio::select! {
            _ = syncing => Ok(()),
            _ = stop.wait_for(|s| *s) => {
                info!("matrix stopping");
                Ok(())
            }
        };
        // The messages read from the sync are finished (in_order keeps to DRAIN). A send in hand
        // may finish; one that hangs is left to its lease, and sent after the next start.
        let (turned, sent) = tokio::join!(turning, tokio::time::timeout(crate::serve::DRAIN, sending));
        if let Err(e) = turned {
            warn!(error = %e, "matrix: the turns ended abnormally");
        }
        if sent.is_err() {
            warn!("matrix sender did not finish in time; its messages stay queued");
        }
        result
    }
}

/// The secrets the channel needs, from the environment (see [`MatrixConfig`]).
#[derive(Debug, Clone, Copy, Default)]
pub struct Secrets<'a> {
    pub password: Option<&'a str>,
    pub access_token: Option<&'a str>,
    pub passphrase: Option<&'a str>,
}

/// The session an access token stands for: its user and device, asked of the homeserver.
async fn session_of_token(homeserver: &str, token: &str) -> anyhow::Result<MatrixSession> {
    #[derive(Deserialize)]
    struct WhoAmI {
        user_id: matrix_sdk::ruma::OwnedUserId,
        device_id: Option<matrix_sdk::ruma::OwnedDeviceId>,
    }
    let url = format!("{}/_matrix/client/v3/account/whoami", homeserver.trim_end_matches('/'));
    let response = matrix_sdk::reqwest::Client::new().get(url).bearer_auth(token).send().await.context("asking the homeserver whose access token this is")?;
    anyhow::ensure!(response.status().is_success(), "the homeserver refused the access token ({})", response.status());
    let who: WhoAmI = serde_json::from_slice(&response.bytes().await.context("reading whoami")?).context("reading whoami")?;
    let device_id = who.device_id.context("the access token has no device: create one for the bot")?;
    Ok(MatrixSession {
        meta: matrix_sdk::SessionMeta { user_id: who.user_id, device_id },
        tokens: matrix_sdk::SessionTokens { access_token: token.to_owned(), refresh_token: None },
    })
}

/// Gives the bot a cross-signing identity and signs its device with it, once: users whose
/// clients only talk to verified sessions can then reach it after verifying the bot once. The
/// homeserver may ask for the password again (user-interactive auth); without it, this waits for
/// a start with the password in the environment. An identity the account has already (made in
/// another session, or by the bot before its store was lost) is never replaced: the DSO's
/// verification of it would break. Then the device stays unsigned and this says so.
async fn cross_sign(client: &Client, user: &str, password: Option<&str>) -> anyhow::Result<()> {
    use matrix_sdk::ruma::api::client::uiaa::{AuthData, MatrixUserIdentifier, Password, UserIdentifier};
    let encryption = client.encryption();
    let complete = || async { encryption.cross_signing_status().await.is_some_and(|s| s.is_complete()) };
    if complete().await {
        return Ok(());
    }
    let Err(e) = encryption.bootstrap_cross_signing_if_needed(None).await else {
        anyhow::ensure!(
            complete().await,
            "the account has a cross-signing identity whose keys this store does not hold; it is kept (sign the bot's device from a session that has them)"
        );
        info!("matrix: the bot's device is cross-signed");
        return Ok(());
    };
    // Asked for the password: there was no identity (the check came first), so this makes one.
    let (Some(uiaa), Some(password)) = (e.as_uiaa_response(), password) else {
        return Err(anyhow::Error::new(e).context("bootstrapping cross-signing"));
    };
    let mut auth = Password::new(UserIdentifier::Matrix(MatrixUserIdentifier::new(user.to_owned())), password.to_owned());
    auth.session = uiaa.session.clone();
    encryption.bootstrap_cross_signing(Some(AuthData::Password(auth))).await.context("bootstrapping cross-signing")?;
    info!("matrix: the bot's device is cross-signed");
    Ok(())
}

impl Matrix {
    /// Answers the invites that came while the bot was away (or before its first sync): joins
    /// those from allowed users, declines the rest.
    async fn answer_pending_invites(&self) {
        for room in self.client.invited_rooms() {
            let inviter = match room.invite_details().await {
                Ok(invite) => invite.inviter_id.to_string(),
                Err(e) => {
                    warn!(error = %error_kind(&e), "matrix: reading an invite failed");
                    continue;
                }
            };
            answer_invite(room, self.cfg.may_invite(&inviter));
        }
    }

    /// Leaves every room the bot has no business in any more (the allowed servers or users were
    /// narrowed since it joined): see [`may_stay`].
    async fn leave_disallowed(&self, bot: &Bot) {
        let Some(me) = self.client.user_id().map(ToOwned::to_owned) else { return };
        for room in self.client.joined_rooms() {
            let members = match room.members(RoomMemberships::JOIN | RoomMemberships::INVITE).await {
                Ok(m) => m,
                Err(e) => {
                    warn!(error = %error_kind(&e), "matrix: reading a room's members failed");
                    continue;
                }
            };
            let routed = match bot.store.is_chat_route(Channel::Matrix, room.room_id().as_str()).await {
                Ok(routed) => routed,
                Err(e) => {
                    warn!(error = %format!("{e:#}"), "matrix: reading the routes failed; the room is kept");
                    continue;
                }
            };
            let others: Vec<&str> = members.iter().map(|m| m.user_id().as_str()).filter(|u| *u != me.as_str()).collect();
            let found = InRoom { others: &others, routed, dso_room: is_dso_room(&self.cfg, &room) };
            if !may_stay(&self.cfg, &bot.config, &found) {
                info!("matrix: leaving a room no longer allowed");
                if let Err(e) = room.leave().await {
                    warn!(error = %error_kind(&e), "matrix: leaving a room failed");
                }
            }
        }
    }
}

/// What the bot knows of a room it is in, at start.
struct InRoom<'a> {
    /// Everyone else joined or invited (a direct room the bot opened may wait for its person).
    others: &'a [&'a str],
    /// Someone is reached here (`chat_routes`: a direct room, a case's thread).
    routed: bool,
    /// The configured DSO's room.
    dso_room: bool,
}

/// Whether the bot stays in a room: someone who may invite it is in it or invited to it, a
/// person of the configuration (the DSO, a manager) is, whatever their server, someone is reached
/// there, or it is the DSO's room.
fn may_stay(cfg: &MatrixConfig, config: &Config, room: &InRoom<'_>) -> bool {
    let configured = |user: &str| config.is_dso(user) || config.units.iter().any(|u| u.manager.chat.as_deref() == Some(user));
    room.routed || room.dso_room || room.others.iter().any(|u| cfg.may_invite(u) || configured(u))
}

async fn on_invite(ev: StrippedRoomMemberEvent, room: Room, client: Client, shared: Ctx<Shared>) {
    let Some(me) = client.user_id() else { return };
    if ev.state_key != me || ev.content.membership != MembershipState::Invite {
        return;
    }
    answer_invite(room, shared.cfg.may_invite(ev.sender.as_str()));
}

/// Joins a room (with retries: a room just created may not be ready on the homeserver's side
/// yet) or declines the invite.
fn answer_invite(room: Room, allowed: bool) {
    tokio::spawn(async move {
        if !allowed {
            info!("matrix invite refused");
            if let Err(e) = room.leave().await {
                warn!(error = %error_kind(&e), "matrix: declining an invite failed");
            }
            return;
        }
        let mut wait = StdDuration::from_millis(200);
        for _ in 0..8 {
            match room.join().await {
                Ok(_) => {
                    info!("matrix joined a room");
                    return;
                }
                Err(e) => {
                    warn!(error = %error_kind(&e), "matrix join failed; retrying");
                    tokio::time::sleep(wait).await;
                    wait *= 2;
                }
            }
        }
    });
}

async fn on_message(ev: OriginalSyncRoomMessageEvent, room: Room, client: Client, shared: Ctx<Shared>) {
    let Some(me) = client.user_id().map(ToOwned::to_owned) else { return };
    if room.state() != RoomState::Joined || ev.sender == me {
        return;
    }
    let thread = match &ev.content.relates_to {
        Some(Relation::Thread(t)) => Some(t.event_id.to_string()),
        _ => None,
    };
    let MessageType::Text(text) = ev.content.msgtype else { return };
    let direct = room.is_direct().await.unwrap_or(false) || room.members(RoomMemberships::ACTIVE).await.is_ok_and(|m| m.len() <= 2);
    let at = DateTime::<Utc>::from_timestamp_millis(i64::from(ev.origin_server_ts.0)).unwrap_or_else(Utc::now);
    let room_id = room.room_id().to_string();
    let chat = ChatIn { id: ev.event_id.to_string(), conversation: room_id.clone(), thread, direct };
    let from = Party { channel: Channel::Matrix, address: ev.sender.to_string() };
    // The DSO's commands, in the DSO's room or a direct chat with the bot.
    let command = workflows::command::room(&text.body).filter(|_| shared.bot.config.is_dso(&from.address) && (direct || shared.in_dso_room(&room)));
    let (wants, text) = match command {
        Some((cmd, lang)) => (Wants::Command { room: Party { channel: Channel::Matrix, address: room_id.clone() }, cmd, lang }, text.body),
        None => {
            let mentioned = ev.content.mentions.as_ref().is_some_and(|m| m.user_ids.contains(&me)) || names(&text.body, &me);
            let text = if direct { text.body } else { without_mention(&text.body, &me) };
            (Wants::Turn { mentioned }, text)
        }
    };
    let msg = Inbound { at, from, subject: None, text, raw: None, case: None, email: None, chat: Some(chat) };
    // Handlers run inside the sync loop: the turn runs beside it, after the room's earlier ones.
    // A full queue holds the sync back.
    if shared.turns.send((room_id, Incoming { msg, wants })).await.is_err() {
        warn!("matrix: a message came as the channel stopped; it is not read");
    }
}

/// A message from a room waiting for its turn: what the sync handler read from the event.
#[derive(Debug, Clone)]
struct Incoming {
    /// No case yet: a thread's case is looked up in the turn, after the room's earlier turns.
    msg: Inbound,
    wants: Wants,
}

#[derive(Debug, Clone)]
enum Wants {
    /// A turn for the case engine; in a shared room only in a thread the bot runs or with a mention.
    Turn { mentioned: bool },
    /// A command from the DSO, answered into `room` (a party naming the room).
    Command { room: Party, cmd: RoomCommand, lang: Lang },
}

/// One message's turn. An error is worth trying again (the store, the database); what trying
/// again cannot change (no text, too long and kept, a case deleted meanwhile) is done. A turn
/// that committed before is skipped by the message's event id, so a retry never answers twice.
async fn take_turn(bot: &Bot, item: Incoming) -> anyhow::Result<()> {
    let Incoming { msg, wants } = item;
    let (mentioned, chat) = match wants {
        Wants::Command { room, cmd, lang } => return crate::commands::run(bot, msg, &room, cmd, lang).await,
        Wants::Turn { mentioned } => (mentioned, msg.chat.clone().context("a Matrix message comes by chat")?),
    };
    // In a shared room the bot reads a thread it runs, and a message that mentions it.
    let case = match (&chat.thread, chat.direct) {
        (Some(root), false) => bot.store.case_of_chat_thread(Channel::Matrix, &chat.conversation, root).await?,
        _ => None,
    };
    if !chat.direct && case.is_none() && !mentioned {
        return Ok(());
    }
    // What the turn says is queued with it; its commit wakes the sender.
    match bot.handle(Inbound { case, ..msg }).await {
        Ok(_) => Ok(()),
        Err(TurnError::Store(e)) => Err(e),
        Err(e) => {
            info!(error = %e, "matrix message not read as a turn");
            Ok(())
        }
    }
}

/// Messages the sync handler may hand over before it waits for [`in_order`] to take them.
const HANDED_OVER: usize = 64;
/// Messages waiting behind their room's turn in [`in_order`] before it takes no more (and so
/// holds the sync back).
const WAITING: usize = 1000;

/// Runs every item through `turn` until it succeeds, waiting `retry(failures)` between tries:
/// one at a time per key (a room, so that two quick messages are read in the order they were
/// written and a thread's first message opens its case before a reply in it is looked up),
/// different keys side by side. Matrix has saved its sync position before the handlers run, so
/// an item dropped here is lost: on `stop` nothing new is taken and what is queued is finished,
/// for at most `drain`.
async fn in_order<T, F, Fut>(
    mut rx: mpsc::Receiver<(String, T)>,
    mut stop: watch::Receiver<bool>,
    drain: StdDuration,
    retry: fn(u32) -> StdDuration,
    turn: F,
) where
    T: Clone + Send + 'static,
    F: Fn(T) -> Fut + Clone + Send + 'static,
    Fut: Future<Output = anyhow::Result<()>> + Send + 'static,
{
    // A key is here while one of its items runs; later ones wait behind it.
    let mut waiting: HashMap<String, VecDeque<T>> = HashMap::new();
    let mut running: JoinSet<()> = JoinSet::new();
    let mut keys: HashMap<tokio::task::Id, String> = HashMap::new();
    let mut queued = 0usize;
    let mut open = true;
    let mut deadline: Option<tokio::time::Instant> = None;
    let start = |running: &mut JoinSet<()>, keys: &mut HashMap<tokio::task::Id, String>, key: String, item: T| {
        let turn = turn.clone();
        let id = running.spawn(until_done(item, retry, turn)).id();
        keys.insert(id, key);
    };
    loop {
        if !open && running.is_empty() {
            return;
        }
        let out_of_time = async {
            match deadline {
                Some(d) => tokio::time::sleep_until(d).await,
                None => std::future::pending().await,
            }
        };
        tokio::select! {
            got = rx.recv(), if open && queued < WAITING => match got {
                Some((key, item)) => match waiting.get_mut(&key) {
                    Some(later) => {
                        later.push_back(item);
                        queued += 1;
                    }
                    None => {
                        waiting.insert(key.clone(), VecDeque::new());
                        start(&mut running, &mut keys, key, item);
                    }
                },
                None => open = false,
            },
            Some(done) = running.join_next_with_id() => {
                let id = match done {
                    Ok((id, ())) => id,
                    Err(e) => {
                        // Not the panic's message: it may quote the text it choked on.
                        warn!(panicked = e.is_panic(), "matrix: a turn did not finish; the room's next message is read");
                        e.id()
                    }
                };
                let Some(key) = keys.remove(&id) else { continue };
                match waiting.get_mut(&key).and_then(VecDeque::pop_front) {
                    Some(next) => {
                        queued -= 1;
                        start(&mut running, &mut keys, key, next);
                    }
                    None => {
                        waiting.remove(&key);
                    }
                }
            },
            _ = stop.wait_for(|s| *s), if deadline.is_none() => {
                // What the sync handed over is still in the channel: closed, it is read to its end.
                rx.close();
                deadline = Some(tokio::time::Instant::now() + drain);
            },
            () = out_of_time => {
                warn!(running = running.len(), waiting = queued, "matrix: messages not read before the stop are lost");
                return;
            },
        }
    }
}

/// Tries `turn` on `item` until it succeeds.
async fn until_done<T, F, Fut>(item: T, retry: fn(u32) -> StdDuration, turn: F)
where
    T: Clone,
    F: Fn(T) -> Fut,
    Fut: Future<Output = anyhow::Result<()>>,
{
    let mut failures = 0u32;
    while let Err(e) = turn(item.clone()).await {
        failures += 1;
        warn!(error = %format!("{e:#}"), failures, "matrix turn failed; trying again");
        tokio::time::sleep(retry(failures)).await;
    }
}

/// Whether a message's text names the bot (a client without mentions writes its id or name).
fn names(text: &str, me: &UserId) -> bool {
    let lower = text.to_lowercase();
    lower.contains(&me.as_str().to_lowercase()) || lower.split(|c: char| !c.is_alphanumeric()).any(|w| w == me.localpart().to_lowercase())
}

/// The text without the leading mention ("dsobot: …", "@dsobot:kommun.se …").
fn without_mention(text: &str, me: &UserId) -> String {
    let trimmed = text.trim_start();
    let lead = trimmed.strip_prefix('@').unwrap_or(trimmed);
    for name in [me.as_str(), me.localpart()] {
        let name = name.strip_prefix('@').unwrap_or(name);
        // `get` is None where the name's length ends inside a character ("Ja, på ...").
        if let Some(head) = lead.get(..name.len())
            && head.eq_ignore_ascii_case(name)
        {
            return lead[name.len()..].trim_start_matches([':', ',', ' ']).to_owned();
        }
    }
    text.to_owned()
}

/// Hands queued messages to the homeserver, for the shared chat sender.
struct Homeserver {
    client: Client,
    shared: Shared,
    clock: Arc<dyn Clock>,
}

impl Server for Homeserver {
    fn channel(&self) -> Channel {
        Channel::Matrix
    }

    async fn send_one(&self, m: &OutChat) -> Result<String, Failure> {
        self.try_send(m).await.map(|id| id.to_string())
    }
}

impl Homeserver {
    fn store(&self) -> &Store {
        &self.shared.bot.store
    }

    async fn try_send(&self, m: &OutChat) -> Result<OwnedEventId, Failure> {
        let (room, thread) = self.room_for(m).await?;
        let mut content = RoomMessageEventContent::text_html(m.body.clone(), html(&m.body));
        if let Some(root) = thread {
            let root: OwnedEventId = root.try_into().map_err(|e| Failure::Refused(format!("thread root: {e}")))?;
            content.relates_to = Some(Relation::Thread(Thread::without_fallback(root)));
        }
        // A few quick tries here; a longer outage waits in the outbox with backoff.
        let sent = room
            .send(content)
            .with_transaction_id(transaction_id(m))
            .with_request_config(RequestConfig::short_retry())
            .await
            .map_err(failure)?;
        Ok(sent.response.event_id)
    }

    /// The room (and thread) a message goes to: the DSO's room for the DSO when configured, the
    /// case's thread or the person's direct room as the store knows them, else a direct room
    /// found or opened now.
    async fn room_for(&self, m: &OutChat) -> Result<(Room, Option<String>), Failure> {
        // An answer to a command goes to the room it was written in.
        if m.to.starts_with('!') {
            return Ok((self.joined(&m.to).await?, None));
        }
        let to_dso = self.shared.bot.config.is_dso(&m.to);
        if to_dso && let Some(room) = &self.shared.cfg.dso_room {
            return Ok((self.joined(room).await?, None));
        }
        let user = UserId::parse(m.to.as_str()).map_err(|e| Failure::Refused(format!("not a Matrix user id: {e}")))?;
        let store_err = |e: anyhow::Error| Failure::Outage(format!("store: {e:#}"));
        if let Some(route) = self.store().route(Channel::Matrix, &m.to, m.case_id).await.map_err(store_err)? {
            let room = RoomId::parse(&route.conversation).ok().and_then(|id| self.client.get_room(&id));
            // A thread lives on in its room; a direct room only while the person is in it.
            if let Some(room) = room
                && room.state() == RoomState::Joined
                && (route.thread.is_some() || present(&room, &user).await)
            {
                return Ok((room, route.thread));
            }
            self.store().forget_route(Channel::Matrix, &m.to, &route.conversation).await.map_err(store_err)?;
        }
        let known = match self.client.get_dm_room(&user) {
            Some(room) if present(&room, &user).await => Some(room),
            _ => None,
        };
        let room = match known {
            Some(room) => room,
            None => {
                // The homeserver accepts an invite for anyone; a typo in a configured id must not
                // swallow messages, so the person must exist.
                self.client.account().fetch_user_profile_of(&user).await.map_err(failure)?;
                info!(message = m.id, "matrix: opening a direct room");
                self.client.create_dm(&user).await.map_err(failure)?
            }
        };
        self.store()
            .set_direct_route(Channel::Matrix, &m.to, room.room_id().as_str(), self.clock.now())
            .await
            .map_err(store_err)?;
        Ok((room, None))
    }

    /// A configured room the bot is in, by id or alias.
    async fn joined(&self, room: &str) -> Result<Room, Failure> {
        let id: OwnedRoomId = if room.starts_with('#') {
            let alias = RoomAliasId::parse(room).map_err(|e| Failure::Refused(format!("dso_room: {e}")))?;
            self.client.resolve_room_alias(&alias).await.map_err(|e| failure(e.into()))?.room_id
        } else {
            RoomId::parse(room).map_err(|e| Failure::Refused(format!("dso_room: {e}")))?
        };
        match self.client.get_room(&id) {
            Some(r) if r.state() == RoomState::Joined => Ok(r),
            _ => Err(Failure::Refused("the bot is not in the DSO's room: the DSO invites it".into())),
        }
    }
}

/// The transaction id of a message: the same for every try of its row, so that a try the
/// homeserver took but whose answer was lost (a timeout, a crash before the row was marked sent)
/// is answered with the first event, not posted again. The row's time keeps two databases' rows
/// of the same number apart (the homeserver remembers ids per device).
fn transaction_id(m: &OutChat) -> OwnedTransactionId {
    format!("dsobot-{}-{}", m.id, m.at.timestamp_millis()).into()
}

/// Whether `user` is in `room` or invited to it (as the bot's store knows).
async fn present(room: &Room, user: &UserId) -> bool {
    matches!(room.get_member_no_sync(user).await, Ok(Some(m)) if matches!(m.membership(), MembershipState::Join | MembershipState::Invite))
}

/// What went wrong in a call to the homeserver, for the logs: its status and Matrix error code,
/// or the kind of failure; never the homeserver's own words, which name rooms and users.
fn error_kind(e: &matrix_sdk::Error) -> String {
    if let Some(api) = e.as_client_api_error() {
        return match api.error_kind() {
            Some(kind) => format!("{} {}", api.status_code.as_u16(), kind.errcode()),
            None => api.status_code.as_u16().to_string(),
        };
    }
    let kind = match e {
        matrix_sdk::Error::Http(_) => "http (no answer, or one that could not be read)",
        matrix_sdk::Error::StateStore(_) | matrix_sdk::Error::CryptoStoreError(_) | matrix_sdk::Error::EventCacheStore(_) => "the bot's Matrix store",
        _ => "the Matrix client",
    };
    kind.to_owned()
}

/// A homeserver's answer sorted: a refusal (4xx other than rate limiting) or an outage.
fn failure(e: matrix_sdk::Error) -> Failure {
    match e.as_client_api_error().map(|a| a.status_code.as_u16()) {
        Some(code) if (400..500).contains(&code) && code != 408 && code != 429 => Failure::Refused(format!("{code}: {e}")),
        _ => Failure::Outage(e.to_string()),
    }
}

/// The text as HTML: escaped, lines kept, numbered options as an ordered list.
pub fn html(text: &str) -> String {
    let esc = |s: &str| s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;");
    let mut out = String::new();
    let mut in_list = false;
    for line in text.lines() {
        let option = line.trim_start().split_once(". ").filter(|(n, _)| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()));
        match option {
            Some((_, label)) => {
                if !in_list {
                    out.push_str("<ol>");
                    in_list = true;
                }
                out.push_str(&format!("<li>{}</li>", esc(label)));
            }
            None => {
                if in_list {
                    out.push_str("</ol>");
                    in_list = false;
                }
                out.push_str(&esc(line));
                out.push_str("<br>");
            }
        }
    }
    if in_list {
        out.push_str("</ol>");
    }
    out
}

fn write_private(path: &Path, bytes: &[u8]) -> anyhow::Result<()> {
    std::fs::write(path, bytes).with_context(|| format!("writing {}", path.display()))?;
    restrict(path);
    Ok(())
}

/// Only the bot's own user may read the session and the keys.
fn restrict(path: &Path) {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = if path.is_dir() { 0o700 } else { 0o600 };
        let _ = std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cfg(servers: &[&str], users: &[&str]) -> MatrixConfig {
        MatrixConfig {
            homeserver: "https://matrix.kommun.example".into(),
            user: "@dsobot:kommun.example".into(),
            password_env: password_env(),
            access_token_env: access_token_env(),
            store_passphrase_env: passphrase_env(),
            store_dir: store_dir(),
            allowed_servers: servers.iter().map(|s| (*s).to_owned()).collect(),
            allowed_users: users.iter().map(|s| (*s).to_owned()).collect(),
            dso_room: None,
        }
    }

    #[test]
    fn only_allowed_servers_and_users_may_invite() {
        let own = cfg(&[], &[]);
        assert!(own.may_invite("@anna:kommun.example"));
        assert!(!own.may_invite("@anna:evil.example"));
        assert!(!own.may_invite("@anna:kommun.example.evil.example"));
        let listed = cfg(&["region.example"], &["@konsult:partner.example"]);
        assert!(listed.may_invite("@anna:region.example"));
        assert!(!listed.may_invite("@anna:kommun.example"));
        assert!(listed.may_invite("@konsult:partner.example"));
        assert!(!listed.may_invite("@annan:partner.example"));
    }

    #[test]
    fn a_leading_mention_is_taken_off_and_swedish_text_is_left_whole() {
        let me = UserId::parse("@dsobot:kommun.example").expect("id");
        assert_eq!(without_mention("dsobot: jag skickade fel", &me), "jag skickade fel");
        assert_eq!(without_mention("@dsobot:kommun.example på bussen", &me), "på bussen");
        assert_eq!(without_mention("DSOBOT, hjälp", &me), "hjälp");
        // "dsobot" is six bytes and its full id 21: both end inside an "å" or "ä" here.
        assert_eq!(without_mention("Ja, på bussen", &me), "Ja, på bussen");
        assert_eq!(without_mention("Hej då, vi ses", &me), "Hej då, vi ses");
        assert_eq!(without_mention("åäöåäöåäöåäöåäöåäöåäöåäö", &me), "åäöåäöåäöåäöåäöåäöåäöåäö");
    }

    /// A fake turn: `(name, milliseconds it takes, tries that fail first)`; what finished is
    /// pushed to `done`, every try counted in `tries`.
    type Item = (&'static str, u64, u32);

    struct Fake {
        done: Arc<std::sync::Mutex<Vec<&'static str>>>,
        tries: Arc<std::sync::Mutex<HashMap<&'static str, u32>>>,
    }

    impl Fake {
        fn new() -> Fake {
            Fake { done: Arc::default(), tries: Arc::default() }
        }

        fn turn(&self) -> impl Fn(Item) -> std::pin::Pin<Box<dyn Future<Output = anyhow::Result<()>> + Send>> + Clone + Send + 'static {
            let (done, tries) = (self.done.clone(), self.tries.clone());
            move |(name, ms, failing): Item| {
                let (done, tries) = (done.clone(), tries.clone());
                Box::pin(async move {
                    tokio::time::sleep(StdDuration::from_millis(ms)).await;
                    let tried = {
                        let mut t = tries.lock().expect("lock");
                        let n = t.entry(name).or_default();
                        *n += 1;
                        *n
                    };
                    anyhow::ensure!(tried > failing, "the database is busy");
                    done.lock().expect("lock").push(name);
                    Ok(())
                })
            }
        }

        fn done(&self) -> Vec<&'static str> {
            self.done.lock().expect("lock").clone()
        }

        async fn wait_for(&self, n: usize) {
            for _ in 0..500 {
                if self.done().len() >= n {
                    return;
                }
                tokio::time::sleep(StdDuration::from_millis(10)).await;
            }
            panic!("only {:?} finished", self.done());
        }
    }

    fn queue(fake: &Fake, drain: StdDuration) -> (mpsc::Sender<(String, Item)>, watch::Sender<bool>, tokio::task::JoinHandle<()>) {
        let (tx, rx) = mpsc::channel(16);
        let (stop_tx, stop) = watch::channel(false);
        let worker = tokio::spawn(in_order(rx, stop, drain, |_| StdDuration::from_millis(5), fake.turn()));
        (tx, stop_tx, worker)
    }

    #[tokio::test]
    async fn a_rooms_messages_are_read_in_the_order_written_and_rooms_side_by_side() {
        let fake = Fake::new();
        let (tx, stop, worker) = queue(&fake, StdDuration::from_secs(5));
        // Spawned one task each, the quick second message overtook the slow first.
        tx.send(("!dm-anna".into(), ("anna 1 (slow)", 200, 0))).await.expect("send");
        tx.send(("!dm-anna".into(), ("anna 2", 0, 0))).await.expect("send");
        tx.send(("!dm-bo".into(), ("bo 1", 0, 0))).await.expect("send");
        fake.wait_for(3).await;
        assert_eq!(fake.done(), ["bo 1", "anna 1 (slow)", "anna 2"]);
        let _ = stop.send(true);
        worker.await.expect("worker");
    }

    #[tokio::test]
    async fn a_failed_turn_is_tried_again_until_it_commits_and_the_rooms_next_waits_for_it() {
        let fake = Fake::new();
        let (tx, stop, worker) = queue(&fake, StdDuration::from_secs(5));
        tx.send(("!dm".into(), ("first", 0, 3))).await.expect("send");
        tx.send(("!dm".into(), ("second", 0, 0))).await.expect("send");
        fake.wait_for(2).await;
        assert_eq!(fake.done(), ["first", "second"]);
        assert_eq!(fake.tries.lock().expect("lock")["first"], 4, "three failures, then the commit");
        let _ = stop.send(true);
        worker.await.expect("worker");
    }

    #[tokio::test]
    async fn a_stop_finishes_the_messages_handed_over_and_gives_up_only_after_the_drain() {
        let fake = Fake::new();
        let (tx, stop, worker) = queue(&fake, StdDuration::from_secs(5));
        for name in ["1", "2", "3"] {
            tx.send(("!dm".into(), (name, 30, 1))).await.expect("send");
        }
        let _ = stop.send(true);
        tokio::time::timeout(StdDuration::from_secs(5), worker).await.expect("in time").expect("worker");
        assert_eq!(fake.done(), ["1", "2", "3"], "nothing handed over is dropped at a stop");
        assert!(tx.send(("!dm".into(), ("late", 0, 0))).await.is_err(), "nothing is taken after the stop");

        // A turn that cannot commit (the database is gone) holds the stop up only for the drain.
        let fake = Fake::new();
        let (tx, stop, worker) = queue(&fake, StdDuration::from_millis(100));
        tx.send(("!dm".into(), ("never", 0, u32::MAX))).await.expect("send");
        let _ = stop.send(true);
        tokio::time::timeout(StdDuration::from_secs(5), worker).await.expect("gives up after the drain").expect("worker");
        assert!(fake.done().is_empty());
    }

    #[test]
    fn every_try_of_a_message_has_its_rows_transaction_id() {
        let at = DateTime::parse_from_rfc3339("2026-03-10T09:00:00Z").expect("time").to_utc();
        let row = OutChat { id: 42, to: "@anna:kommun.example".into(), body: "Tack".into(), asks: vec![], case_id: Some(1), attempts: 0, at };
        let retried = OutChat { attempts: 3, ..row.clone() };
        assert_eq!(transaction_id(&row), transaction_id(&retried), "a retry is the same transaction");
        assert_ne!(transaction_id(&row), transaction_id(&OutChat { id: 43, ..row.clone() }), "another row is another");
        assert_ne!(transaction_id(&row), transaction_id(&OutChat { at: at + chrono::Duration::milliseconds(1), ..row.clone() }), "another database's row 42");
    }

    #[test]
    fn a_homeserver_error_is_logged_by_its_code_without_the_rooms_and_users_it_names() {
        use matrix_sdk::ruma::api::client::uiaa::UiaaResponse;
        use matrix_sdk::ruma::api::error::{ErrorBody, ErrorKind, FromHttpResponseError, StandardErrorBody};
        let words = "User @anna:kommun.example is not in room !abc:kommun.example";
        let body = ErrorBody::Standard(StandardErrorBody::new(ErrorKind::Forbidden, words.into()));
        let api = matrix_sdk::ruma::api::error::Error::new(matrix_sdk::reqwest::StatusCode::FORBIDDEN, body);
        let e: matrix_sdk::Error = matrix_sdk::HttpError::from(FromHttpResponseError::Server(UiaaResponse::MatrixError(api))).into();
        assert!(e.to_string().contains("@anna"), "the homeserver's words name her: {e}");
        assert_eq!(error_kind(&e), "403 M_FORBIDDEN");
    }

    #[test]
    fn the_bot_stays_where_someone_allowed_or_configured_is_or_invited_or_reached() {
        let cfg = cfg(&["kommun.example"], &[]);
        let mut config = Config::example();
        config.dso.chat = Some("@dso:region.example".into());
        config.units.first_mut().expect("the example has units").manager.chat = Some("@chef:partner.example".into());
        let stays = |others: &[&str], routed, dso_room| may_stay(&cfg, &config, &InRoom { others, routed, dso_room });
        assert!(stays(&["@anna:kommun.example"], false, false), "someone allowed");
        assert!(!stays(&["@anna:evil.example"], false, false), "nobody allowed");
        assert!(!stays(&[], false, false), "nobody at all");
        // The members given are the joined and the invited: a room the bot opened for someone
        // who has not accepted yet stays.
        assert!(stays(&["@dso:region.example"], false, false), "the DSO, on a server not allowed");
        assert!(stays(&["@chef:partner.example"], false, false), "a manager, on a server not allowed");
        assert!(stays(&["@anna:evil.example"], true, false), "a room someone is reached in");
        assert!(stays(&[], false, true), "the DSO's room");
    }

    #[test]
    fn numbered_options_become_a_list_and_text_is_escaped() {
        let h = html("Vilken sorts uppgifter?\n1. Hälsa\n2. Barn <under 18>\nSvara med nummer.");
        assert_eq!(h, "Vilken sorts uppgifter?<br><ol><li>Hälsa</li><li>Barn &lt;under 18&gt;</li></ol>Svara med nummer.<br>");
    }
}
