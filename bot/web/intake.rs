//! The employees' side: say who you are (sign-on, a mailed link, or typed on a trial install),
//! write what happened, answer the bot's questions with buttons or in your own words, and come
//! back later to your own cases. Each post is one turn of the same engine as every channel.

use std::net::SocketAddr;

use axum::body::Bytes;
use axum::extract::{ConnectInfo, Form, Path, Query, State};
use axum::http::HeaderMap;
use axum::response::Response;
use chrono::Duration;
use minijinja::context;
use serde::{Deserialize, Serialize};
use sqlx::Row;
use tracing::info;
use workflows::{Case, Channel, Lang, Party};

use super::auth::{Visit, cookie, token};
use super::{App, Identify, WebError, html, see_other};
use crate::chat::{ChatIn, choices_for};
use crate::engine::{Inbound, Purpose};
use crate::store::{StoredMessage, Store};

/// A mailed sign-in link is good for this long, once.
const LINK_TTL: Duration = Duration::minutes(30);
/// At most this many links per address in [`LINK_TTL`].
const LINKS_PER_ADDRESS: i64 = 3;
const PRE_COOKIE: &str = "dsobot_pre_id";

#[derive(Serialize)]
struct CaseRow {
    number: String,
    title: String,
    state: String,
    opened: String,
}

#[derive(Serialize)]
pub(crate) struct MessageView {
    pub id: i64,
    pub mine: bool,
    pub who: String,
    pub at: String,
    pub body: String,
}

#[derive(Deserialize)]
pub struct StartQuery {
    #[serde(default)]
    link: Option<String>,
    #[serde(default)]
    answered: Option<String>,
}

pub async fn start(State(app): State<App>, ConnectInfo(peer): ConnectInfo<SocketAddr>, headers: HeaderMap, Query(q): Query<StartQuery>) -> Result<Response, WebError> {
    let visit = app.visit(&headers, peer).await?;
    let Some(s) = &visit.session else {
        let expired = q.link.is_some().then_some("expired");
        return identify_page(&app, &visit, expired);
    };
    let cases = app.bot().store.cases_reported_by(&s.party).await?;
    let rows: Vec<CaseRow> = cases.iter().map(|c| case_row(&app, c, visit.lang)).collect();
    let other = q.answered.as_deref() == Some("other");
    let body = app.pages().render("start.html", &visit, context! { cases => rows, nonce => token(), identify => false, other })?;
    Ok(html(body, visit.cookies))
}

fn identify_page(app: &App, visit: &Visit, error: Option<&str>) -> Result<Response, WebError> {
    let pre = token();
    let mode = match app.cfg().reporters {
        Identify::Ask => "ask",
        Identify::Link => "link",
        Identify::Header => "header",
    };
    let body = app.pages().render("start.html", visit, context! { identify => true, mode, pre => &pre, error })?;
    let mut cookies = visit.cookies.clone();
    cookies.push(format!("{PRE_COOKIE}={pre}; Path=/identify; Max-Age=3600; HttpOnly; SameSite=Strict"));
    Ok(html(body, cookies))
}

fn case_row(app: &App, c: &Case, lang: Lang) -> CaseRow {
    CaseRow {
        number: c.number.clone(),
        title: title_of(c),
        state: app.pages().text(lang, &format!("state_{}", c.state.as_str())),
        opened: app.bot().renderer.local(c.opened_at),
    }
}

/// A case's title for lists: its title, else the start of its description.
pub(crate) fn title_of(c: &Case) -> String {
    let text = |f| match c.value(f) {
        Some(workflows::Value::Text(t)) => Some(t.clone()),
        _ => None,
    };
    let t = text("title").or_else(|| text("description")).unwrap_or_default();
    let mut short: String = t.chars().take(80).collect();
    if t.chars().count() > 80 {
        short.push('…');
    }
    short
}

#[derive(Deserialize)]
pub struct IdentifyForm {
    address: String,
    pre: String,
}

pub async fn identify(State(app): State<App>, ConnectInfo(peer): ConnectInfo<SocketAddr>, headers: HeaderMap, Form(form): Form<IdentifyForm>) -> Result<Response, WebError> {
    if cookie(&headers, PRE_COOKIE) != Some(form.pre.as_str()) {
        return Err(WebError::BadRequest("csrf"));
    }
    let visit = app.visit(&headers, peer).await?;
    let address = form.address.trim().to_lowercase();
    let plausible = address.split_once('@').is_some_and(|(u, d)| !u.is_empty() && d.contains('.') && !d.starts_with('.')) && !address.contains(char::is_whitespace);
    if !plausible {
        return identify_page(&app, &visit, Some("address"));
    }
    match app.cfg().reporters {
        Identify::Ask => {
            let mut cookies = visit.cookies;
            cookies.push(app.reporter_session(&address).await?);
            Ok(see_other("/", cookies))
        }
        Identify::Link => {
            if !app.bot().config.is_internal(&address) {
                return identify_page(&app, &visit, Some("internal"));
            }
            send_link(&app, &address).await?;
            let body = app.pages().render("link_sent.html", &visit, context! {})?;
            Ok(html(body, visit.cookies))
        }
        Identify::Header => Err(WebError::Forbidden),
    }
}

/// Mails a one-time sign-in link through the outbox. Too many requests for one address send
/// nothing more (the page says the same either way).
async fn send_link(app: &App, address: &str) -> Result<(), WebError> {
    let now = app.now();
    let bot = app.bot();
    if bot.store.links_since(address, now - LINK_TTL).await? >= LINKS_PER_ADDRESS {
        info!("sign-in link not sent: too many asked for");
        return Ok(());
    }
    let token = bot.store.add_link(address, now, LINK_TTL).await?;
    let base = app.cfg().public_url.clone().unwrap_or_else(|| format!("http://{}", app.cfg().bind));
    let url = format!("{}/link/{token}", base.trim_end_matches('/'));
    let lang = bot.config.organisation.language;
    let text = bot.renderer.signin_link(lang, &url, LINK_TTL.num_minutes())?;
    let to = Party { address: address.to_owned(), channel: Channel::Email };
    let mut tx = bot.store.begin().await?;
    bot.store_outgoing(&mut tx, None, &to, &text, &[], lang, Purpose::Notice, None, now).await?;
    tx.commit().await?;
    info!("sign-in link queued");
    Ok(())
}

pub async fn link_page(State(app): State<App>, ConnectInfo(peer): ConnectInfo<SocketAddr>, headers: HeaderMap, Path(link): Path<String>) -> Result<Response, WebError> {
    // A mail scanner that opens the link spends nothing: signing in takes a click (a POST).
    let visit = app.visit(&headers, peer).await?;
    let body = app.pages().render("link_sent.html", &visit, context! { link => &link })?;
    Ok(html(body, visit.cookies))
}

pub async fn follow_link(State(app): State<App>, Path(link): Path<String>) -> Result<Response, WebError> {
    let Some(address) = app.bot().store.use_link(&link, app.now()).await? else {
        return Ok(see_other("/?link=expired", vec![]));
    };
    info!("signed in by link");
    Ok(see_other("/", vec![app.reporter_session(&address).await?]))
}

/// The fields of a form post, repeated names kept (check boxes).
pub(crate) fn form_fields(body: &Bytes) -> Vec<(String, String)> {
    form_urlencoded::parse(body).map(|(k, v)| (k.into_owned(), v.into_owned())).collect()
}

pub(crate) fn field<'a>(fields: &'a [(String, String)], name: &str) -> Option<&'a str> {
    fields.iter().find(|(k, _)| k == name).map(|(_, v)| v.as_str())
}

/// What a person wrote or clicked: a button's word ("ja", "vet inte"), chosen option numbers
/// ("1, 3", with any text after them), else the text.
pub(crate) fn answer_text(fields: &[(String, String)]) -> String {
    if let Some(say) = field(fields, "say").map(str::trim).filter(|s| !s.is_empty()) {
        return say.to_owned();
    }
    let chosen: Vec<&str> = fields.iter().filter(|(k, _)| k == "opt").map(|(_, v)| v.as_str()).collect();
    let text = field(fields, "text").unwrap_or("").trim();
    match (chosen.is_empty(), text.is_empty()) {
        (false, true) => chosen.join(", "),
        (false, false) => format!("{}. {text}", chosen.join(", ")),
        _ => text.to_owned(),
    }
}

pub async fn report(State(app): State<App>, ConnectInfo(peer): ConnectInfo<SocketAddr>, headers: HeaderMap, body: Bytes) -> Result<Response, WebError> {
    let visit = app.visit(&headers, peer).await?;
    let Some(s) = &visit.session else { return Ok(see_other("/", visit.cookies)) };
    let fields = form_fields(&body);
    s.check(field(&fields, "csrf").unwrap_or(""))?;
    let text = answer_text(&fields);
    if text.is_empty() {
        return Ok(see_other("/", visit.cookies));
    }
    let nonce = chat_id(field(&fields, "nonce"))?;
    let msg = web_inbound(&app, &s.party, text, None, nonce.clone());
    app.bot().handle(msg).await?;
    // The case this post opened (or opened before, when the form was sent twice).
    match app.bot().store.case_of_inbound(&nonce).await? {
        Some(number) => Ok(see_other(&format!("/report/{number}#latest"), visit.cookies)),
        None => Ok(see_other("/?answered=other", visit.cookies)),
    }
}

/// The form's one-time id: the message's id, so a form sent twice is one message.
pub(crate) fn chat_id(nonce: Option<&str>) -> Result<String, WebError> {
    match nonce {
        Some(n) if (20..=64).contains(&n.len()) && n.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_') => Ok(format!("web:{n}")),
        _ => Err(WebError::BadRequest("nonce")),
    }
}

pub(crate) fn web_inbound(app: &App, party: &str, text: String, case: Option<&str>, id: String) -> Inbound {
    Inbound {
        at: app.now(),
        from: Party { address: party.to_owned(), channel: Channel::Web },
        subject: None,
        text,
        raw: None,
        case: case.map(str::to_owned),
        email: None,
        // A page post names its case (or opens one): never read as an answer to whatever was last asked.
        chat: Some(ChatIn { id, conversation: "web".into(), thread: case.map(str::to_owned), direct: false }),
    }
}

pub async fn conversation(State(app): State<App>, ConnectInfo(peer): ConnectInfo<SocketAddr>, headers: HeaderMap, Path(number): Path<String>) -> Result<Response, WebError> {
    let visit = app.visit(&headers, peer).await?;
    let Some(s) = &visit.session else { return Ok(see_other("/", visit.cookies)) };
    let case = app.bot().store.case(&number).await?.ok_or(WebError::NotFound)?;
    if case.reporter.address != s.party {
        return Err(WebError::NotFound);
    }
    let messages = app.bot().store.messages(&number).await?;
    let view = messages_for(&app, &messages, Some(&s.party), visit.lang);
    let choices = choices_for(&case, &s.party);
    let body = app.pages().render(
        "conversation.html",
        &visit,
        context! {
            number => &number,
            title => title_of(&case),
            state => app.pages().text(visit.lang, &format!("state_{}", case.state.as_str())),
            open => case.state.is_open(),
            waiting => case.pending_for(&s.party).is_some(),
            messages => view,
            choices,
            nonce => token(),
        },
    )?;
    Ok(html(body, visit.cookies))
}

pub async fn answer(State(app): State<App>, ConnectInfo(peer): ConnectInfo<SocketAddr>, headers: HeaderMap, Path(number): Path<String>, body: Bytes) -> Result<Response, WebError> {
    let visit = app.visit(&headers, peer).await?;
    let Some(s) = &visit.session else { return Ok(see_other("/", visit.cookies)) };
    let fields = form_fields(&body);
    s.check(field(&fields, "csrf").unwrap_or(""))?;
    let case = app.bot().store.case(&number).await?.ok_or(WebError::NotFound)?;
    if case.reporter.address != s.party {
        return Err(WebError::NotFound);
    }
    let text = answer_text(&fields);
    if !text.is_empty() {
        let id = chat_id(field(&fields, "nonce"))?;
        app.bot().handle(web_inbound(&app, &s.party, text, Some(&number), id)).await?;
    }
    Ok(see_other(&format!("/report/{number}#latest"), visit.cookies))
}

/// The conversation as a person sees it: with `only`, just their own messages and the bot's to them.
pub(crate) fn messages_for(app: &App, messages: &[StoredMessage], only: Option<&str>, lang: Lang) -> Vec<MessageView> {
    let bot_name = app.pages().text(lang, "bot_name");
    let you = app.pages().text(lang, "you");
    messages
        .iter()
        .filter(|m| only.is_none_or(|p| m.party == p))
        .map(|m| {
            let inbound = m.direction == "in";
            let who = match (inbound, only) {
                (true, Some(_)) => you.clone(),
                (true, None) => m.party.clone(),
                (false, Some(_)) => bot_name.clone(),
                (false, None) => format!("{bot_name} → {}", m.party),
            };
            MessageView { id: m.id, mine: inbound, who, at: app.bot().renderer.local(m.at), body: m.body.clone() }
        })
        .collect()
}

impl Store {
    /// A reporter's cases, newest first.
    pub async fn cases_reported_by(&self, address: &str) -> anyhow::Result<Vec<Case>> {
        let rows = sqlx::query("SELECT snapshot FROM cases WHERE reporter = $1 ORDER BY id DESC LIMIT 100")
            .bind(address)
            .fetch_all(self.pool())
            .await?;
        rows.iter()
            .map(|r| {
                let snapshot: String = r.try_get("snapshot")?;
                Ok(Case::from_snapshot(&serde_json::from_str(&snapshot)?)?)
            })
            .collect()
    }

    /// The case an inbound message (by its channel id) was stored with.
    pub async fn case_of_inbound(&self, message_id: &str) -> anyhow::Result<Option<String>> {
        Ok(sqlx::query_scalar(
            "SELECT c.number FROM messages m JOIN cases c ON c.id = m.case_id WHERE m.message_id = $1 AND m.direction = 'in' LIMIT 1",
        )
        .bind(message_id)
        .fetch_optional(self.pool())
        .await?)
    }

    async fn links_since(&self, address: &str, since: chrono::DateTime<chrono::Utc>) -> anyhow::Result<i64> {
        Ok(sqlx::query_scalar("SELECT COUNT(*) FROM web_links WHERE address = $1 AND created_at > $2")
            .bind(address)
            .bind(crate::store::ts(since))
            .fetch_one(self.pool())
            .await?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chosen_options_become_the_numbers_the_dialogue_reads() {
        let f = |pairs: &[(&str, &str)]| pairs.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect::<Vec<_>>();
        assert_eq!(answer_text(&f(&[("opt", "1"), ("opt", "3"), ("text", "")])), "1, 3");
        assert_eq!(answer_text(&f(&[("text", "  igår kväll ")])), "igår kväll");
        assert_eq!(answer_text(&f(&[("opt", "2"), ("text", "och mer")])), "2. och mer");
        assert_eq!(answer_text(&f(&[("text", ""), ("say", "vet inte")])), "vet inte");
    }

    #[test]
    fn a_form_id_must_be_a_token() {
        assert!(chat_id(Some("abcdefghijklmnopqrstuvwxyz0123456789-_AB")).is_ok());
        assert!(chat_id(Some("short")).is_err());
        assert!(chat_id(Some("abcdefghijklmnopqrstu vwxyz")).is_err());
        assert!(chat_id(None).is_err());
    }
}
