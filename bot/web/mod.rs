//! The web: employees report through a chat page driven by the same turn as every channel, and
//! the DSO (and managers, for their unit) work from a dashboard. `dsobot serve` starts it (axum)
//! on 127.0.0.1:8080 unless configured otherwise.
//!
//! Every page works without JavaScript (plain forms, redirect after post); `app.js` only makes the
//! chat continue in place and the deadlines count down. Every response carries strict security
//! headers (a CSP without inline script or style); every form that changes something carries the
//! session's CSRF token and must come from this origin.

pub mod auth;
pub mod dashboard;
mod intake;
mod pages;

use std::net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr};
use std::sync::Arc;

use axum::Router;
use axum::extract::{Request, State};
use axum::http::{HeaderMap, HeaderValue, Method, StatusCode, header};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use serde::Deserialize;
use tokio::sync::watch;
use tracing::{info, warn};
use workflows::Lang;

use crate::clock::Clock;
use crate::engine::Bot;
pub use auth::{Role, Session, User};
use pages::Pages;

/// `[web]` in the configuration.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WebConfig {
    #[serde(default = "yes")]
    pub enabled: bool,
    #[serde(default = "default_bind")]
    pub bind: SocketAddr,
    /// Where people reach it ("https://dso.kommun.example"): links in mail; Secure cookies on https.
    #[serde(default)]
    pub public_url: Option<String>,
    #[serde(default)]
    pub reporters: Identify,
    /// The header the sign-on proxy sets to the reporter's e-mail address (`reporters = "header"`).
    #[serde(default)]
    pub identity_header: Option<String>,
    /// Who may set `identity_header`: the proxy's addresses.
    #[serde(default = "loopback")]
    pub trusted_proxies: Vec<IpAddr>,
}

/// How a reporter on the web is known.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Identify {
    /// They type their address; trusted as typed, so only on a loopback bind.
    #[default]
    Ask,
    /// The intranet's sign-on proxy says who they are in `identity_header`.
    Header,
    /// A one-time sign-in link mailed to their internal address.
    Link,
}

fn yes() -> bool {
    true
}

fn default_bind() -> SocketAddr {
    SocketAddr::new(IpAddr::V4(Ipv4Addr::LOCALHOST), 8080)
}

fn loopback() -> Vec<IpAddr> {
    vec![IpAddr::V4(Ipv4Addr::LOCALHOST), IpAddr::V6(Ipv6Addr::LOCALHOST)]
}

impl Default for WebConfig {
    fn default() -> Self {
        WebConfig {
            enabled: true,
            bind: default_bind(),
            public_url: None,
            reporters: Identify::Ask,
            identity_header: None,
            trusted_proxies: loopback(),
        }
    }
}

impl WebConfig {
    pub fn validate(&self, has_email: bool) -> anyhow::Result<()> {
        match self.reporters {
            Identify::Ask => anyhow::ensure!(
                self.bind.ip().is_loopback(),
                "web.reporters = \"ask\" trusts whatever address a visitor types: it is only allowed on a loopback bind; use \"header\" or \"link\""
            ),
            Identify::Header => anyhow::ensure!(
                self.identity_header.as_deref().is_some_and(|h| axum::http::HeaderName::try_from(h).is_ok()),
                "web.reporters = \"header\" needs web.identity_header, the header the sign-on proxy sets"
            ),
            Identify::Link => anyhow::ensure!(has_email, "web.reporters = \"link\" mails sign-in links: it needs [email]"),
        }
        if let Some(url) = &self.public_url {
            anyhow::ensure!(url.starts_with("https://") || url.starts_with("http://"), "web.public_url must start with https:// or http://");
        }
        Ok(())
    }

    fn secure_cookies(&self) -> bool {
        self.public_url.as_deref().is_some_and(|u| u.starts_with("https://"))
    }
}

/// The web application: the routes over the bot, its clock and the page templates.
#[derive(Clone)]
pub struct App(Arc<Inner>);

struct Inner {
    bot: Arc<Bot>,
    clock: Arc<dyn Clock>,
    cfg: WebConfig,
    pages: Pages,
    /// A year's figures per language, kept until a case changes.
    stats: std::sync::Mutex<StatsCache>,
    /// The Teams channel's endpoint, when `[teams]` is configured.
    teams: Option<crate::teams::Teams>,
}

type StatsVersion = (i64, Option<String>);
type StatsCache = std::collections::HashMap<(i32, Lang), (StatsVersion, Arc<crate::stats::YearStats>)>;

impl App {
    pub fn new(bot: Arc<Bot>, clock: Arc<dyn Clock>) -> anyhow::Result<App> {
        let cfg = bot.config.web.clone();
        let pages = Pages::new(&bot.config)?;
        let teams = bot.config.teams.clone().map(|t| crate::teams::Teams::new(bot.clone(), t, clock.clone())).transpose()?;
        Ok(App(Arc::new(Inner { bot, clock, cfg, pages, stats: Default::default(), teams })))
    }

    /// The Teams channel, for its sender.
    pub fn teams(&self) -> Option<crate::teams::Teams> {
        self.0.teams.clone()
    }

    pub fn router(&self) -> Router {
        let web = Router::new()
            .route("/", get(intake::start))
            .route("/identify", post(intake::identify))
            .route("/link/{token}", get(intake::link_page).post(intake::follow_link))
            .route("/report", post(intake::report))
            .route("/report/{number}", get(intake::conversation).post(intake::answer))
            .route("/login", get(auth::login_page).post(auth::login))
            .route("/logout", post(auth::logout))
            .route("/lang/{lang}", get(choose_lang))
            .route("/cases", get(dashboard::list))
            .route("/cases/{number}", get(dashboard::show))
            .route("/cases/{number}/edit", post(dashboard::edit))
            .route("/cases/{number}/assessment", post(dashboard::assess))
            .route("/cases/{number}/notified", post(dashboard::notified))
            .route("/cases/{number}/answer", post(dashboard::answer))
            .route("/cases/{number}/close", post(dashboard::close))
            .route("/cases/{number}/imy.html", get(dashboard::imy_html))
            .route("/cases/{number}/imy.json", get(dashboard::imy_json))
            .route("/statistics", get(dashboard::statistics))
            .route("/statistics/report.html", get(dashboard::report_html))
            .route("/statistics/report.md", get(dashboard::report_md))
            .route("/register/import", post(dashboard::import).layer(axum::extract::DefaultBodyLimit::max(dashboard::IMPORT_MAX)))
            .route("/register.csv", get(dashboard::register_csv))
            .route("/register.xlsx", get(dashboard::register_xlsx))
            .route("/static/{file}", get(static_file))
            .route("/healthz", get(|| async { "ok" }))
            .layer(middleware::from_fn_with_state(self.clone(), guard))
            .with_state(self.clone());
        // Teams' endpoint is called by the Bot Framework with a token, not by a browser.
        match &self.0.teams {
            Some(teams) => web.merge(teams.router()),
            None => web,
        }
    }

    /// Fills in the dashboard's columns of cases stored before they existed.
    pub async fn prepare(&self) -> anyhow::Result<()> {
        let n = self.0.bot.fill_derived().await?;
        if n > 0 {
            info!(cases = n, "case rows filled in for the dashboard");
        }
        Ok(())
    }

    /// Serves on `listener` until `stop` turns true; requests in flight finish.
    pub async fn run_until_stopped(self, listener: tokio::net::TcpListener, mut stop: watch::Receiver<bool>) -> anyhow::Result<()> {
        self.prepare().await?;
        info!(addr = %listener.local_addr()?, "web running");
        let app = self.router().into_make_service_with_connect_info::<SocketAddr>();
        axum::serve(listener, app)
            .with_graceful_shutdown(async move {
                let _ = stop.wait_for(|s| *s).await;
            })
            .await?;
        Ok(())
    }

    /// A year's statistics, computed again only when a case has changed.
    pub async fn year_stats(&self, year: i32, lang: Lang) -> anyhow::Result<Arc<crate::stats::YearStats>> {
        let store = &self.bot().store;
        let version = store.cases_version().await?;
        if let Some((v, s)) = self.0.stats.lock().map_err(|_| anyhow::anyhow!("statistics cache poisoned"))?.get(&(year, lang))
            && *v == version
        {
            return Ok(s.clone());
        }
        let stats = Arc::new(self.bot().year_stats(year, lang).await?);
        self.0.stats.lock().map_err(|_| anyhow::anyhow!("statistics cache poisoned"))?.insert((year, lang), (version, stats.clone()));
        Ok(stats)
    }

    fn bot(&self) -> &Bot {
        &self.0.bot
    }

    fn now(&self) -> chrono::DateTime<chrono::Utc> {
        self.0.clock.now()
    }

    fn cfg(&self) -> &WebConfig {
        &self.0.cfg
    }

    fn pages(&self) -> &Pages {
        &self.0.pages
    }
}

/// Security headers on every response; a state-changing request must come from this origin.
async fn guard(State(app): State<App>, req: Request, next: Next) -> Response {
    if req.method() == Method::POST && !same_origin(req.headers()) {
        return WebError::Forbidden.into_response();
    }
    let is_static = req.uri().path().starts_with("/static/");
    let mut res = next.run(req).await;
    let h = res.headers_mut();
    // A handler may have set a header of its own (a stricter policy for a document); it stays.
    let set = |h: &mut HeaderMap, k: &'static str, v: &'static str| {
        if !h.contains_key(k) {
            h.insert(k, HeaderValue::from_static(v));
        }
    };
    set(
        h,
        "content-security-policy",
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'",
    );
    set(h, "x-content-type-options", "nosniff");
    set(h, "x-frame-options", "DENY");
    // Not "no-referrer": browsers then send `Origin: null` with forms, which the origin check refuses.
    set(h, "referrer-policy", "same-origin");
    set(h, "cross-origin-opener-policy", "same-origin");
    set(h, "permissions-policy", "camera=(), microphone=(), geolocation=()");
    if !is_static {
        // Pages show personal data: never kept in a cache.
        set(h, "cache-control", "no-store");
    }
    if app.cfg().secure_cookies() {
        set(h, "strict-transport-security", "max-age=31536000");
    }
    res
}

/// A POST names no other origin: `Origin` (or, without it, `Referer`) is this host, or absent.
fn same_origin(headers: &HeaderMap) -> bool {
    let Some(host) = headers.get(header::HOST).and_then(|h| h.to_str().ok()) else { return false };
    let from = headers.get(header::ORIGIN).or_else(|| headers.get(header::REFERER)).and_then(|h| h.to_str().ok());
    match from {
        None => true,
        Some("null") => false,
        Some(url) => url.split_once("://").map(|(_, rest)| rest.split('/').next().unwrap_or("")) == Some(host),
    }
}

/// Where a link on this site was followed from: the path and query of a same-origin `Referer`.
fn came_from(headers: &HeaderMap) -> Option<String> {
    let host = headers.get(header::HOST)?.to_str().ok()?;
    let (_, rest) = headers.get(header::REFERER)?.to_str().ok()?.split_once("://")?;
    let path = rest.strip_prefix(host)?;
    path.starts_with('/').then(|| path.to_owned())
}

/// `/lang/sv?back=/cases`: the language of the pages, kept in a cookie; back to the page it was
/// chosen on (`back`, else the page the link was on).
async fn choose_lang(axum::extract::Path(lang): axum::extract::Path<String>, headers: HeaderMap, axum::extract::Query(q): axum::extract::Query<Back>) -> Response {
    let lang = if lang == "en" { "en" } else { "sv" };
    let back = q.back.or_else(|| came_from(&headers)).filter(|b| b.starts_with('/') && !b.starts_with("//") && !b.starts_with("/\\") && !b.starts_with("/lang/")).unwrap_or_else(|| "/".into());
    let mut res = Redirect::to(&back).into_response();
    if let Ok(v) = HeaderValue::from_str(&format!("dsobot_lang={lang}; Path=/; Max-Age=31536000; SameSite=Lax")) {
        res.headers_mut().append(header::SET_COOKIE, v);
    }
    res
}

#[derive(Deserialize)]
struct Back {
    back: Option<String>,
}

async fn static_file(axum::extract::Path(file): axum::extract::Path<String>) -> Response {
    let (body, ty): (&'static str, &'static str) = match file.as_str() {
        "app.css" => (include_str!("../../templates/web/app.css"), "text/css; charset=utf-8"),
        "app.js" => (include_str!("../../templates/web/app.js"), "text/javascript; charset=utf-8"),
        "imy.css" => (include_str!("../../templates/web/imy.css"), "text/css; charset=utf-8"),
        _ => return WebError::NotFound.into_response(),
    };
    ([(header::CONTENT_TYPE, ty), (header::CACHE_CONTROL, "public, max-age=3600")], body).into_response()
}

/// The language of a request: the visitor's choice (cookie), else their browser's, else the
/// organisation's.
fn lang_of(headers: &HeaderMap, default: Lang) -> Lang {
    if let Some(v) = auth::cookie(headers, "dsobot_lang") {
        return if v == "en" { Lang::En } else { Lang::Sv };
    }
    let accept = headers.get(header::ACCEPT_LANGUAGE).and_then(|h| h.to_str().ok()).unwrap_or("");
    for tag in accept.split(',') {
        let tag = tag.split(';').next().unwrap_or("").trim().to_ascii_lowercase();
        if tag.starts_with("sv") {
            return Lang::Sv;
        }
        if tag.starts_with("en") {
            return Lang::En;
        }
    }
    default
}

/// What can go wrong in a request, as the visitor sees it.
#[derive(Debug, thiserror::Error)]
pub enum WebError {
    #[error("not found")]
    NotFound,
    #[error("forbidden")]
    Forbidden,
    #[error("sign in first")]
    SignIn,
    #[error("bad request: {0}")]
    BadRequest(&'static str),
    #[error("too many attempts")]
    TooMany(u64),
    #[error(transparent)]
    Internal(#[from] anyhow::Error),
}

impl IntoResponse for WebError {
    fn into_response(self) -> Response {
        let (status, text) = match &self {
            WebError::NotFound => (StatusCode::NOT_FOUND, "Sidan finns inte. / Not found."),
            WebError::Forbidden => (StatusCode::FORBIDDEN, "Du har inte behörighet till detta. / You may not do this."),
            WebError::SignIn => return Redirect::to("/login").into_response(),
            WebError::BadRequest(_) => (StatusCode::BAD_REQUEST, "Formuläret kunde inte läsas; ladda om sidan och försök igen. / The form could not be read; reload and try again."),
            WebError::TooMany(_) => (StatusCode::TOO_MANY_REQUESTS, "För många försök; vänta en stund. / Too many attempts; wait a while."),
            WebError::Internal(e) => {
                // The cause chain names no person: the store's and the engine's errors carry case ids.
                warn!(error = %format!("{e:#}"), "web request failed");
                (StatusCode::INTERNAL_SERVER_ERROR, "Något gick fel; inget av det du skrev har gått förlorat om sidan visar det. / Something went wrong.")
            }
        };
        let body = format!(
            "<!doctype html><html lang=\"sv\"><head><meta charset=\"utf-8\"><title>dsobot</title><link rel=\"stylesheet\" href=\"/static/app.css\"></head><body><main class=\"error\"><h1>{}</h1><p>{}</p><p><a href=\"/\">dsobot</a></p></main></body></html>",
            status.as_u16(),
            text
        );
        let mut res = (status, [(header::CONTENT_TYPE, "text/html; charset=utf-8")], body).into_response();
        if let WebError::TooMany(secs) = self
            && let Ok(v) = HeaderValue::from_str(&secs.to_string())
        {
            res.headers_mut().insert(header::RETRY_AFTER, v);
        }
        res
    }
}

impl From<crate::engine::TurnError> for WebError {
    fn from(e: crate::engine::TurnError) -> Self {
        match e {
            crate::engine::TurnError::UnknownCase(_) => WebError::NotFound,
            crate::engine::TurnError::Empty => WebError::BadRequest("empty"),
            other => WebError::Internal(anyhow::Error::new(other)),
        }
    }
}

/// A page, or where to go after a form.
pub(crate) fn html(body: String, cookies: Vec<String>) -> Response {
    let mut res = ([(header::CONTENT_TYPE, "text/html; charset=utf-8")], body).into_response();
    add_cookies(&mut res, cookies);
    res
}

pub(crate) fn see_other(to: &str, cookies: Vec<String>) -> Response {
    let mut res = Redirect::to(to).into_response();
    add_cookies(&mut res, cookies);
    res
}

fn add_cookies(res: &mut Response, cookies: Vec<String>) {
    for c in cookies {
        if let Ok(v) = HeaderValue::from_str(&c) {
            res.headers_mut().append(header::SET_COOKIE, v);
        }
    }
}
