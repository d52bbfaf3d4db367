//! Who is asking: accounts with argon2id passwords (made on the command line), sessions in an
//! HttpOnly cookie whose token is stored only as its SHA-256, a CSRF token per session, and
//! sign-in attempts counted per login and per client so that guessing is slowed down.

use std::net::SocketAddr;

use anyhow::Context;
use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::Argon2;
use axum::extract::{ConnectInfo, Form, State};
use axum::http::{HeaderMap, header};
use axum::response::Response;
use base64::Engine;
use chrono::{DateTime, Duration, Utc};
use minijinja::context;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use sqlx::Row;
use tracing::info;

use super::{App, Identify, WebError, html, see_other};
use crate::store::{Store, parse_ts, ts};

pub const SESSION_COOKIE: &str = "dsobot_session";
/// Before a session exists (the sign-in form): a double-submit token.
const PRE_COOKIE: &str = "dsobot_pre";
/// A staff session lasts a working day; a reporter's a month, so they can come back to their cases.
const STAFF_SESSION: Duration = Duration::hours(10);
const REPORTER_SESSION: Duration = Duration::days(30);
/// Failed sign-ins counted over this window ...
pub const FAILURE_WINDOW: Duration = Duration::minutes(15);
/// ... at most this many per login name ...
pub const FAILURES_PER_LOGIN: i64 = 5;
/// ... and this many per client address.
pub const FAILURES_PER_CLIENT: i64 = 20;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, clap::ValueEnum)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    /// Every case.
    Dso,
    /// Their unit's cases and the questions put to them.
    Manager,
    /// Their own cases.
    Reporter,
}

impl Role {
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Dso => "dso",
            Role::Manager => "manager",
            Role::Reporter => "reporter",
        }
    }

    fn parse(s: &str) -> Role {
        match s {
            "dso" => Role::Dso,
            "manager" => Role::Manager,
            _ => Role::Reporter,
        }
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct User {
    pub id: i64,
    pub login: String,
    pub role: Role,
    pub unit: Option<String>,
    /// Whom they answer as in cases: their address in the configuration.
    pub address: String,
}

/// A signed-in browser.
#[derive(Debug, Clone)]
pub struct Session {
    hash: String,
    pub csrf: String,
    /// The address they act as.
    pub party: String,
    /// Their account; none for a reporter known by sign-on or a mailed link.
    pub user: Option<User>,
}

impl Session {
    pub fn role(&self) -> Role {
        self.user.as_ref().map_or(Role::Reporter, |u| u.role)
    }

    /// The form's CSRF token is this session's.
    pub fn check(&self, token: &str) -> Result<(), WebError> {
        if constant_eq(token.as_bytes(), self.csrf.as_bytes()) { Ok(()) } else { Err(WebError::BadRequest("csrf")) }
    }

    /// The address their records are made as: their account's, else the one the session is for.
    pub fn address(&self) -> &str {
        self.user.as_ref().map_or(&self.party, |u| &u.address)
    }

    pub fn login(&self) -> &str {
        self.user.as_ref().map_or(&self.party, |u| &u.login)
    }
}

fn constant_eq(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

/// 32 random bytes, base64url.
pub fn token() -> String {
    let mut bytes = [0u8; 32];
    getrandom::fill(&mut bytes).expect("the operating system's random source");
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes)
}

pub fn hash_token(token: &str) -> String {
    let d = Sha256::digest(token.as_bytes());
    d.iter().map(|b| format!("{b:02x}")).collect()
}

/// argon2id with the crate's defaults (19 MiB, 2 passes).
pub fn hash_password(password: &str) -> anyhow::Result<String> {
    let mut salt = [0u8; 16];
    getrandom::fill(&mut salt).context("random salt")?;
    let salt = SaltString::encode_b64(&salt).map_err(|e| anyhow::anyhow!("salt: {e}"))?;
    let hash = Argon2::default().hash_password(password.as_bytes(), &salt).map_err(|e| anyhow::anyhow!("hashing: {e}"))?;
    Ok(hash.to_string())
}

pub fn verify_password(hash: &str, password: &str) -> bool {
    PasswordHash::new(hash).is_ok_and(|h| Argon2::default().verify_password(password.as_bytes(), &h).is_ok())
}

/// A hash of nothing anyone knows: a sign-in for an unknown login costs as much as a real one.
fn decoy_hash() -> &'static str {
    static DECOY: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    DECOY.get_or_init(|| hash_password(&token()).unwrap_or_default())
}

pub fn session_cookie(token: &str, ttl: Duration, secure: bool) -> String {
    format!(
        "{SESSION_COOKIE}={token}; Path=/; Max-Age={}; HttpOnly; SameSite=Lax{}",
        ttl.num_seconds(),
        if secure { "; Secure" } else { "" }
    )
}

fn clear_cookie(name: &str) -> String {
    format!("{name}=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax")
}

/// A cookie's value from the request.
pub fn cookie<'a>(headers: &'a HeaderMap, name: &str) -> Option<&'a str> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|kv| kv.trim().split_once('='))
        .find(|(k, _)| *k == name)
        .map(|(_, v)| v)
}

impl Store {
    /// Makes an account; the login is kept in lower case.
    pub async fn add_user(&self, login: &str, role: Role, unit: Option<&str>, address: &str, password: &str, at: DateTime<Utc>) -> anyhow::Result<i64> {
        let hash = hash_password(password)?;
        let id = sqlx::query_scalar(
            "INSERT INTO web_users (login, role, unit, address, password_hash, created_at) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
        )
        .bind(login.trim().to_lowercase())
        .bind(role.as_str())
        .bind(unit.map(str::to_owned))
        .bind(address.trim().to_owned())
        .bind(hash)
        .bind(ts(at))
        .fetch_one(self.pool())
        .await
        .with_context(|| format!("adding the account {login} (is the login taken?)"))?;
        Ok(id)
    }

    pub async fn set_password(&self, login: &str, password: &str) -> anyhow::Result<bool> {
        let hash = hash_password(password)?;
        let n = sqlx::query("UPDATE web_users SET password_hash = $1 WHERE login = $2")
            .bind(hash)
            .bind(login.trim().to_lowercase())
            .execute(self.pool())
            .await?
            .rows_affected();
        Ok(n == 1)
    }

    /// Disables an account and ends its sessions.
    pub async fn disable_user(&self, login: &str, at: DateTime<Utc>) -> anyhow::Result<bool> {
        let mut tx = self.pool().begin().await?;
        let n = sqlx::query("UPDATE web_users SET disabled_at = $1 WHERE login = $2 AND disabled_at IS NULL")
            .bind(ts(at))
            .bind(login.trim().to_lowercase())
            .execute(&mut *tx)
            .await?
            .rows_affected();
        sqlx::query("DELETE FROM web_sessions WHERE user_id IN (SELECT id FROM web_users WHERE login = $1)")
            .bind(login.trim().to_lowercase())
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        Ok(n == 1)
    }

    pub async fn users(&self) -> anyhow::Result<Vec<(User, bool)>> {
        let rows = sqlx::query("SELECT id, login, role, unit, address, disabled_at FROM web_users ORDER BY login").fetch_all(self.pool()).await?;
        rows.iter()
            .map(|r| Ok((user_of_row(r)?, r.try_get::<Option<String>, _>("disabled_at")?.is_some())))
            .collect()
    }

    /// The account and its password hash, if it exists and is enabled.
    async fn user_for_login(&self, login: &str) -> anyhow::Result<Option<(User, String)>> {
        let row = sqlx::query("SELECT id, login, role, unit, address, password_hash FROM web_users WHERE login = $1 AND disabled_at IS NULL")
            .bind(login.trim().to_lowercase())
            .fetch_optional(self.pool())
            .await?;
        row.map(|r| Ok((user_of_row(&r)?, r.try_get("password_hash")?))).transpose()
    }

    /// Starts a session; returns the cookie's token (stored only as its hash).
    pub async fn start_session(&self, user: Option<i64>, party: &str, now: DateTime<Utc>, ttl: Duration) -> anyhow::Result<String> {
        let token = token();
        sqlx::query("INSERT INTO web_sessions (token_hash, user_id, party, csrf, created_at, expires_at) VALUES ($1, $2, $3, $4, $5, $6)")
            .bind(hash_token(&token))
            .bind(user)
            .bind(party)
            .bind(self::token())
            .bind(ts(now))
            .bind(ts(now + ttl))
            .execute(self.pool())
            .await?;
        Ok(token)
    }

    pub async fn session(&self, token: &str, now: DateTime<Utc>) -> anyhow::Result<Option<Session>> {
        let row = sqlx::query(
            "SELECT s.token_hash, s.csrf, s.party, s.expires_at, u.id, u.login, u.role, u.unit, u.address, u.disabled_at
             FROM web_sessions s LEFT JOIN web_users u ON u.id = s.user_id WHERE s.token_hash = $1",
        )
        .bind(hash_token(token))
        .fetch_optional(self.pool())
        .await?;
        let Some(r) = row else { return Ok(None) };
        if parse_ts(&r.try_get::<String, _>("expires_at")?)? <= now {
            return Ok(None);
        }
        let user = match r.try_get::<Option<i64>, _>("id")? {
            Some(_) if r.try_get::<Option<String>, _>("disabled_at")?.is_some() => return Ok(None),
            Some(_) => Some(user_of_row(&r)?),
            None => None,
        };
        Ok(Some(Session { hash: r.try_get("token_hash")?, csrf: r.try_get("csrf")?, party: r.try_get("party")?, user }))
    }

    /// Forgets sessions and links that have run out and failures older than the window.
    pub async fn purge_web(&self, now: DateTime<Utc>) -> anyhow::Result<()> {
        let now_s = ts(now);
        sqlx::query("DELETE FROM web_sessions WHERE expires_at <= $1").bind(&now_s).execute(self.pool()).await?;
        sqlx::query("DELETE FROM web_links WHERE expires_at <= $1").bind(&now_s).execute(self.pool()).await?;
        sqlx::query("DELETE FROM web_login_failures WHERE at <= $1").bind(ts(now - FAILURE_WINDOW)).execute(self.pool()).await?;
        Ok(())
    }

    async fn end_session(&self, hash: &str) -> anyhow::Result<()> {
        sqlx::query("DELETE FROM web_sessions WHERE token_hash = $1").bind(hash).execute(self.pool()).await?;
        Ok(())
    }

    /// Failed sign-ins since `since`: for this login, for this client, and when the oldest of the
    /// client's and the login's counted failures leaves the window.
    async fn failures(&self, login: &str, client: &str, since: DateTime<Utc>) -> anyhow::Result<(i64, i64, Option<DateTime<Utc>>)> {
        let row = sqlx::query(
            "SELECT (SELECT COUNT(*) FROM web_login_failures WHERE login = $1 AND at > $3) AS by_login,
                    (SELECT COUNT(*) FROM web_login_failures WHERE client = $2 AND at > $3) AS by_client,
                    (SELECT MIN(at) FROM web_login_failures WHERE (login = $1 OR client = $2) AND at > $3) AS oldest",
        )
        .bind(login)
        .bind(client)
        .bind(ts(since))
        .fetch_one(self.pool())
        .await?;
        let oldest = r_opt_ts(&row, "oldest")?;
        Ok((row.try_get("by_login")?, row.try_get("by_client")?, oldest))
    }

    async fn add_failure(&self, login: &str, client: &str, at: DateTime<Utc>) -> anyhow::Result<()> {
        sqlx::query("INSERT INTO web_login_failures (login, client, at) VALUES ($1, $2, $3)")
            .bind(login)
            .bind(client)
            .bind(ts(at))
            .execute(self.pool())
            .await?;
        Ok(())
    }

    /// A one-time sign-in link for a reporter; returns its token.
    pub async fn add_link(&self, address: &str, now: DateTime<Utc>, ttl: Duration) -> anyhow::Result<String> {
        let token = token();
        sqlx::query("INSERT INTO web_links (token_hash, address, created_at, expires_at) VALUES ($1, $2, $3, $4)")
            .bind(hash_token(&token))
            .bind(address)
            .bind(ts(now))
            .bind(ts(now + ttl))
            .execute(self.pool())
            .await?;
        Ok(token)
    }

    /// Spends a link: the address it was for, if it is unused and in time.
    pub async fn use_link(&self, token: &str, now: DateTime<Utc>) -> anyhow::Result<Option<String>> {
        let address = sqlx::query_scalar(
            "UPDATE web_links SET used_at = $1 WHERE token_hash = $2 AND used_at IS NULL AND expires_at > $1 RETURNING address",
        )
        .bind(ts(now))
        .bind(hash_token(token))
        .fetch_optional(self.pool())
        .await?;
        Ok(address)
    }
}

fn r_opt_ts(row: &sqlx::any::AnyRow, col: &str) -> anyhow::Result<Option<DateTime<Utc>>> {
    row.try_get::<Option<String>, _>(col)?.map(|s| parse_ts(&s)).transpose()
}

fn user_of_row(r: &sqlx::any::AnyRow) -> anyhow::Result<User> {
    Ok(User {
        id: r.try_get("id")?,
        login: r.try_get("login")?,
        role: Role::parse(&r.try_get::<String, _>("role")?),
        unit: r.try_get("unit")?,
        address: r.try_get("address")?,
    })
}

/// The request's visitor: their session if they have one, and cookies to set. With sign-on
/// (`reporters = "header"`) a visitor the proxy names gets a reporter session on first sight.
pub struct Visit {
    pub session: Option<Session>,
    pub cookies: Vec<String>,
    pub lang: workflows::Lang,
}

impl App {
    pub(crate) async fn visit(&self, headers: &HeaderMap, peer: SocketAddr) -> Result<Visit, WebError> {
        let now = self.now();
        let lang = super::lang_of(headers, self.bot().config.organisation.language);
        let store = &self.bot().store;
        let mut session = match cookie(headers, SESSION_COOKIE) {
            Some(t) => store.session(t, now).await?,
            None => None,
        };
        let mut cookies = Vec::new();
        if self.cfg().reporters == Identify::Header && session.as_ref().is_none_or(|s| s.user.is_none()) {
            let named = self.signed_on(headers, peer);
            if session.as_ref().map(|s| Some(s.party.as_str())) != Some(named.as_deref()) {
                session = None;
                if let Some(address) = named {
                    let token = store.start_session(None, &address, now, REPORTER_SESSION).await?;
                    cookies.push(session_cookie(&token, REPORTER_SESSION, self.cfg().secure_cookies()));
                    session = store.session(&token, now).await?;
                }
            }
        }
        Ok(Visit { session, cookies, lang })
    }

    /// The reporter the sign-on proxy names, when the request comes through it.
    fn signed_on(&self, headers: &HeaderMap, peer: SocketAddr) -> Option<String> {
        let name = self.cfg().identity_header.as_deref()?;
        if !self.cfg().trusted_proxies.contains(&peer.ip()) {
            return None;
        }
        let v = headers.get(name)?.to_str().ok()?.trim().to_lowercase();
        (v.contains('@') && self.bot().config.is_internal(&v)).then_some(v)
    }

    pub(crate) async fn reporter_session(&self, address: &str) -> Result<String, WebError> {
        let token = self.bot().store.start_session(None, address, self.now(), REPORTER_SESSION).await?;
        Ok(session_cookie(&token, REPORTER_SESSION, self.cfg().secure_cookies()))
    }
}

#[derive(Deserialize)]
pub struct LoginForm {
    login: String,
    password: String,
    pre: String,
}

pub async fn login_page(State(app): State<App>, ConnectInfo(peer): ConnectInfo<SocketAddr>, headers: HeaderMap) -> Result<Response, WebError> {
    let visit = app.visit(&headers, peer).await?;
    if visit.session.as_ref().is_some_and(|s| s.user.is_some()) {
        return Ok(see_other("/cases", visit.cookies));
    }
    render_login(&app, &visit, None)
}

fn render_login(app: &App, visit: &Visit, error: Option<&str>) -> Result<Response, WebError> {
    let pre = token();
    let body = app.pages().render("login.html", visit, context! { pre => &pre, error })?;
    let mut cookies = visit.cookies.clone();
    cookies.push(format!("{PRE_COOKIE}={pre}; Path=/login; Max-Age=3600; HttpOnly; SameSite=Strict"));
    let mut res = html(body, cookies);
    if error.is_some() {
        *res.status_mut() = axum::http::StatusCode::UNAUTHORIZED;
    }
    Ok(res)
}

pub async fn login(State(app): State<App>, ConnectInfo(peer): ConnectInfo<SocketAddr>, headers: HeaderMap, Form(form): Form<LoginForm>) -> Result<Response, WebError> {
    if !cookie(&headers, PRE_COOKIE).is_some_and(|c| constant_eq(c.as_bytes(), form.pre.as_bytes())) {
        return Err(WebError::BadRequest("csrf"));
    }
    let visit = app.visit(&headers, peer).await?;
    let store = &app.bot().store;
    let now = app.now();
    let login = form.login.trim().to_lowercase();
    let client = peer.ip().to_string();
    let (by_login, by_client, oldest) = store.failures(&login, &client, now - FAILURE_WINDOW).await?;
    if by_login >= FAILURES_PER_LOGIN || by_client >= FAILURES_PER_CLIENT {
        let wait = oldest.map_or(FAILURE_WINDOW, |o| o + FAILURE_WINDOW - now).num_seconds().max(1);
        info!("sign-in refused: too many failures");
        return Err(WebError::TooMany(wait as u64));
    }
    let found = store.user_for_login(&login).await?;
    let password = form.password;
    let (user, ok) = tokio::task::spawn_blocking(move || match found {
        Some((user, hash)) => {
            let ok = verify_password(&hash, &password);
            (Some(user), ok)
        }
        None => {
            verify_password(decoy_hash(), &password);
            (None, false)
        }
    })
    .await
    .map_err(|e| anyhow::anyhow!("password check: {e}"))?;
    let Some(user) = user.filter(|_| ok) else {
        store.add_failure(&login, &client, now).await?;
        info!("sign-in failed");
        return render_login(&app, &visit, Some("wrong"));
    };
    if let Some(old) = &visit.session {
        store.end_session(&old.hash).await?;
    }
    let token = store.start_session(Some(user.id), &user.address, now, STAFF_SESSION).await?;
    info!(user = user.id, role = user.role.as_str(), "signed in");
    store.purge_web(now).await?;
    let mut cookies = visit.cookies;
    cookies.push(session_cookie(&token, STAFF_SESSION, app.cfg().secure_cookies()));
    cookies.push(format!("{PRE_COOKIE}=; Path=/login; Max-Age=0; HttpOnly; SameSite=Strict"));
    let to = if user.role == Role::Reporter { "/" } else { "/cases" };
    Ok(see_other(to, cookies))
}

#[derive(Deserialize)]
pub struct CsrfForm {
    csrf: String,
}

pub async fn logout(State(app): State<App>, ConnectInfo(peer): ConnectInfo<SocketAddr>, headers: HeaderMap, Form(form): Form<CsrfForm>) -> Result<Response, WebError> {
    let visit = app.visit(&headers, peer).await?;
    if let Some(s) = &visit.session {
        s.check(&form.csrf)?;
        app.bot().store.end_session(&s.hash).await?;
    }
    Ok(see_other("/", vec![clear_cookie(SESSION_COOKIE)]))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_password_verifies_against_its_argon2id_hash_and_nothing_else() {
        let h = hash_password("korrekt häst batteri").unwrap();
        assert!(h.starts_with("$argon2id$"), "{h}");
        assert!(verify_password(&h, "korrekt häst batteri"));
        assert!(!verify_password(&h, "korrekt hast batteri"));
        assert!(!verify_password("not a hash", "x"));
    }

    #[test]
    fn cookies_are_read_by_name() {
        let mut h = HeaderMap::new();
        h.insert(header::COOKIE, "a=1; dsobot_session=abc; b=2".parse().unwrap());
        assert_eq!(cookie(&h, "dsobot_session"), Some("abc"));
        assert_eq!(cookie(&h, "c"), None);
    }

    #[test]
    fn tokens_are_random_and_stored_hashed() {
        let (a, b) = (token(), token());
        assert_ne!(a, b);
        assert_eq!(a.len(), 43);
        assert_eq!(hash_token(&a).len(), 64);
        assert_ne!(hash_token(&a), a);
    }
}
