//! The Matrix channel: dsobot is a Matrix user that employees talk to. A direct message is a
//! private conversation with the case engine, exactly as on the console; replies go back
//! end-to-end encrypted into the room they came from.
//!
//! The session (access token, device), the sync token and the end-to-end keys live in a SQLite
//! store under the data directory, encrypted with a passphrase from the environment. A restart
//! restores the session and resumes from the saved sync token, so nothing is answered twice.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use anyhow::Context;
use chrono::{DateTime, Utc};
use matrix_sdk::authentication::matrix::MatrixSession;
use matrix_sdk::config::SyncSettings;
use matrix_sdk::event_handler::Ctx;
use matrix_sdk::ruma::events::room::member::{MembershipState, StrippedRoomMemberEvent};
use matrix_sdk::ruma::events::room::message::{MessageType, OriginalSyncRoomMessageEvent, RoomMessageEventContent};
use matrix_sdk::{Client, Room, RoomState};
use serde::Deserialize;
use tokio::sync::watch;
use tracing::{info, warn};
use workflows::{Channel, Party};

use crate::engine::{Bot, Inbound, Sent};

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
}

fn password_env() -> String {
    "DSOBOT_MATRIX_PASSWORD".into()
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
}

impl Matrix {
    /// Opens the store, then restores the saved session or logs in with the password, both
    /// read from the environment variables the configuration names.
    pub async fn connect(cfg: &MatrixConfig) -> anyhow::Result<Matrix> {
        let passphrase = std::env::var(&cfg.store_passphrase_env).ok().filter(|p| !p.is_empty());
        let password = std::env::var(&cfg.password_env).ok();
        Matrix::connect_with(cfg, password.as_deref(), passphrase.as_deref()).await
    }

    /// [`Matrix::connect`] with the secrets given.
    pub async fn connect_with(cfg: &MatrixConfig, password: Option<&str>, passphrase: Option<&str>) -> anyhow::Result<Matrix> {
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
        } else {
            let password =
                password.with_context(|| format!("the Matrix password must be in {} for the first login", cfg.password_env))?;
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
        Ok(Matrix { client, cfg: cfg.clone(), fresh })
    }

    pub fn client(&self) -> &Client {
        &self.client
    }

    /// Syncs until `stop` turns true. The first sync after a fresh login only catches up: what
    /// was said before the bot came is not answered.
    pub async fn run(self, bot: Arc<Bot>, mut stop: watch::Receiver<bool>) -> anyhow::Result<()> {
        if self.fresh {
            self.client.sync_once(SyncSettings::default()).await.context("first Matrix sync")?;
        }
        self.client.add_event_handler_context(Shared { bot, cfg: Arc::new(self.cfg.clone()) });
        self.client.add_event_handler(on_invite);
        self.client.add_event_handler(on_message);
        let sync = self.client.sync(SyncSettings::default());
        tokio::select! {
            r = sync => r.context("Matrix sync")?,
            _ = stop.wait_for(|s| *s) => info!("matrix stopping"),
        }
        Ok(())
    }
}

async fn on_invite(ev: StrippedRoomMemberEvent, room: Room, client: Client, shared: Ctx<Shared>) {
    let Some(me) = client.user_id() else { return };
    if ev.state_key != me || ev.content.membership != MembershipState::Invite {
        return;
    }
    let inviter = ev.sender.to_string();
    if !shared.cfg.may_invite(&inviter) {
        info!("matrix invite refused");
        if let Err(e) = room.leave().await {
            warn!(error = %e, "matrix: declining an invite failed");
        }
        return;
    }
    tokio::spawn(async move {
        // A room just created may not be ready to join on the homeserver's side yet.
        let mut wait = std::time::Duration::from_millis(200);
        for _ in 0..8 {
            match room.join().await {
                Ok(_) => {
                    info!("matrix joined a room");
                    return;
                }
                Err(e) => {
                    warn!(error = %e, "matrix join failed; retrying");
                    tokio::time::sleep(wait).await;
                    wait *= 2;
                }
            }
        }
    });
}

async fn on_message(ev: OriginalSyncRoomMessageEvent, room: Room, client: Client, shared: Ctx<Shared>) {
    if room.state() != RoomState::Joined || Some(ev.sender.as_ref()) == client.user_id() {
        return;
    }
    let MessageType::Text(text) = ev.content.msgtype else { return };
    let at = DateTime::<Utc>::from_timestamp_millis(i64::from(ev.origin_server_ts.0)).unwrap_or_else(Utc::now);
    let msg = Inbound {
        at,
        from: Party { channel: Channel::Matrix, address: ev.sender.to_string() },
        subject: None,
        text: text.body,
        raw: None,
        case: None,
        email: None,
    };
    let bot = shared.bot.clone();
    // Handlers run inside the sync loop: the turn (and its sending) runs beside it.
    tokio::spawn(async move {
        let sender = msg.from.address.clone();
        match bot.handle(msg).await {
            Ok(sent) => reply(&room, &sender, sent).await,
            Err(e) => warn!(error = %e, "matrix turn failed"),
        }
    });
}

/// Sends a turn's messages for the person who wrote into the room they wrote in, through the
/// SDK's persistent send queue.
async fn reply(room: &Room, sender: &str, sent: Vec<Sent>) {
    for s in sent.into_iter().filter(|s| s.to.channel == Channel::Matrix && s.to.address == sender) {
        let content = RoomMessageEventContent::text_html(s.text.clone(), html(&s.text));
        if let Err(e) = room.send_queue().send(content.into()).await {
            warn!(error = %e, "matrix: queueing a reply failed");
        }
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
            store_passphrase_env: passphrase_env(),
            store_dir: store_dir(),
            allowed_servers: servers.iter().map(|s| (*s).to_owned()).collect(),
            allowed_users: users.iter().map(|s| (*s).to_owned()).collect(),
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
    fn numbered_options_become_a_list_and_text_is_escaped() {
        let h = html("Vilken sorts uppgifter?\n1. Hälsa\n2. Barn <under 18>\nSvara med nummer.");
        assert_eq!(h, "Vilken sorts uppgifter?<br><ol><li>Hälsa</li><li>Barn &lt;under 18&gt;</li></ol>Svara med nummer.<br>");
    }
}
