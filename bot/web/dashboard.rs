//! The DSO's dashboard (and a manager's, for their unit): cases by nearest deadline, a case with
//! every value's provenance, its conversation and audit trail, and the DSO's records: edits,
//! the assessment, the notification to IMY, closing.

use std::net::SocketAddr;

use axum::body::Bytes;
use axum::extract::{ConnectInfo, Path, Query, State};
use axum::http::HeaderMap;
use axum::response::Response;
use chrono::{DateTime, Datelike, NaiveDateTime, Utc};
use minijinja::context;
use serde::{Deserialize, Serialize};
use sqlx::Row;
use workflows::catalog::{Catalog, FieldType};
use workflows::{Case, Kind, Lang, Value, answer, dialogue};

use super::auth::{Role, Session, Visit};
use super::intake::{field, form_fields, messages_for, title_of, web_inbound};
use crate::chat::choices_for;
use super::{App, WebError, html, see_other};
use crate::engine::EditFailed;
use crate::render::display_value;
use crate::store::Store;

/// Cases per page of the list.
pub const PAGE: i64 = 50;
/// A deadline this close is shown in red.
const URGENT_HOURS: i64 = 12;

#[derive(Debug, Default, Deserialize, Serialize, Clone)]
pub struct Filter {
    #[serde(default)]
    pub state: Option<String>,
    #[serde(default)]
    pub kind: Option<String>,
    #[serde(default)]
    pub unit: Option<String>,
    #[serde(default)]
    pub year: Option<i32>,
    #[serde(default)]
    pub page: Option<i64>,
}

impl Filter {
    fn clean(mut self) -> Filter {
        let keep = |v: Option<String>| v.filter(|s| !s.trim().is_empty());
        self.state = keep(self.state);
        self.kind = keep(self.kind);
        self.unit = keep(self.unit);
        self
    }
}

#[derive(Serialize)]
struct Row_ {
    number: String,
    kind: String,
    title: String,
    unit: String,
    state: String,
    opened: String,
    deadline: Option<Countdown>,
}

#[derive(Serialize)]
pub(crate) struct Countdown {
    /// UTC, RFC 3339: the page's script counts down to it.
    due: String,
    local: String,
    left: String,
    urgent: bool,
    overdue: bool,
}

fn countdown(app: &App, due: DateTime<Utc>, now: DateTime<Utc>, lang: Lang) -> Countdown {
    let left = due - now;
    let overdue = left.num_seconds() < 0;
    let abs = if overdue { -left } else { left };
    let (h, m) = (abs.num_hours(), abs.num_minutes() % 60);
    let text = if overdue { app.pages().text(lang, "overdue_by") } else { app.pages().text(lang, "left") };
    Countdown {
        due: due.to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
        local: app.bot().renderer.local(due),
        left: text.replace("{h}", &h.to_string()).replace("{m}", &format!("{m:02}")),
        urgent: left.num_hours() < URGENT_HOURS,
        overdue,
    }
}

/// Staff only: the DSO, or a manager.
fn staff(visit: &Visit) -> Result<&Session, WebError> {
    match &visit.session {
        Some(s) if matches!(s.role(), Role::Dso | Role::Manager) => Ok(s),
        Some(_) => Err(WebError::Forbidden),
        None => Err(WebError::SignIn),
    }
}

fn dso(visit: &Visit) -> Result<&Session, WebError> {
    match staff(visit)? {
        s if s.role() == Role::Dso => Ok(s),
        _ => Err(WebError::Forbidden),
    }
}

/// May this person see the case? The DSO every case; a manager their unit's and those they are
/// asked about.
fn may_see(s: &Session, case: &Case) -> bool {
    match s.user.as_ref() {
        Some(u) if u.role == Role::Dso => true,
        Some(u) if u.role == Role::Manager => {
            (u.unit.is_some() && case.unit == u.unit) || case.manager.as_ref().is_some_and(|m| m.address == u.address) || case.pending_for(&u.address).is_some()
        }
        _ => false,
    }
}

pub async fn list(State(app): State<App>, ConnectInfo(peer): ConnectInfo<SocketAddr>, headers: HeaderMap, Query(filter): Query<Filter>) -> Result<Response, WebError> {
    let visit = app.visit(&headers, peer).await?;
    let s = staff(&visit)?;
    let mut filter = filter.clean();
    // A manager sees their own unit, whatever the address bar says.
    let only_unit = match s.user.as_ref() {
        Some(u) if u.role == Role::Manager => Some(u.unit.clone().unwrap_or_default()),
        _ => None,
    };
    if only_unit.is_some() {
        filter.unit = only_unit.clone();
    }
    let now = app.now();
    let (cases, total) = app.bot().store.case_page(&filter, now).await?;
    let lang = visit.lang;
    let rows: Vec<Row_> = cases
        .iter()
        .map(|(c, due)| Row_ {
            number: c.number.clone(),
            kind: app.pages().text(lang, &format!("kind_{}", c.kind.as_str())),
            title: title_of(c),
            unit: c.unit.clone().unwrap_or_default(),
            state: app.pages().text(lang, &format!("state_{}", c.state.as_str())),
            opened: app.bot().renderer.local(c.opened_at),
            deadline: due.map(|d| countdown(&app, d, now, lang)),
        })
        .collect();
    let units: Vec<String> = app.bot().config.units.iter().map(|u| u.name.clone()).collect();
    let page = filter.page.unwrap_or(1).max(1);
    let pages = ((total + PAGE - 1) / PAGE).max(1);
    let query = |p: i64| {
        let mut f = filter.clone();
        f.page = Some(p);
        serde_urlencoded_like(&f)
    };
    let this_year = now.with_timezone(&app.bot().renderer.tz()).year();
    let body = app.pages().render(
        "cases.html",
        &visit,
        context! {
            rows, total, page, pages, units, filter => &filter, manager => only_unit.is_some(),
            years => (this_year - 5..=this_year).rev().collect::<Vec<_>>(),
            prev => (page > 1).then(|| query(page - 1)), next => (page < pages).then(|| query(page + 1)),
            states => ["open", "awaiting_reporter", "awaiting_manager", "awaiting_dso", "ready", "closed"],
        },
    )?;
    Ok(html(body, visit.cookies))
}

/// The filter as a query string for the pager links.
fn serde_urlencoded_like(f: &Filter) -> String {
    let mut q = form_urlencoded::Serializer::new(String::new());
    for (k, v) in [("state", f.state.clone()), ("kind", f.kind.clone()), ("unit", f.unit.clone()), ("year", f.year.map(|y| y.to_string())), ("page", f.page.map(|p| p.to_string()))] {
        if let Some(v) = v {
            q.append_pair(k, &v);
        }
    }
    q.finish()
}

#[derive(Serialize)]
struct FieldView {
    id: String,
    label: String,
    imy: Option<u32>,
    value: Option<String>,
    missing: bool,
    unknown: bool,
    how: Option<String>,
    by: Option<String>,
    at: Option<String>,
    message: Option<u32>,
    earlier: Vec<Earlier>,
    input: &'static str,
    options: Vec<(String, String, bool)>,
    raw: String,
}

#[derive(Serialize)]
struct Earlier {
    value: String,
    how: String,
    by: String,
    at: String,
}

#[derive(Deserialize)]
pub struct ShowQuery {
    #[serde(default)]
    error: Option<String>,
    #[serde(default)]
    field: Option<String>,
}

pub async fn show(State(app): State<App>, ConnectInfo(peer): ConnectInfo<SocketAddr>, headers: HeaderMap, Path(number): Path<String>, Query(q): Query<ShowQuery>) -> Result<Response, WebError> {
    let visit = app.visit(&headers, peer).await?;
    let s = staff(&visit)?;
    let store = &app.bot().store;
    let case = store.case(&number).await?.ok_or(WebError::NotFound)?;
    if !may_see(s, &case) {
        return Err(WebError::NotFound);
    }
    let lang = visit.lang;
    let now = app.now();
    let catalog = Catalog::get();
    let history = store.history(&number).await?;
    let missing = dialogue::missing(&case);
    let how_label = |h: &str| app.pages().text(lang, &format!("how_{h}"));
    let fields: Vec<FieldView> = catalog
        .fields(case.kind)
        .iter()
        .map(|def| {
            let entry = case.fields.get(&def.id);
            let mut earlier: Vec<Earlier> = history
                .iter()
                .filter(|h| h.field == def.id)
                .filter_map(|h| {
                    let v = Value::from_json(def.ty, &h.value).ok()?;
                    Some(Earlier { value: display_value(&def.id, &v, lang), how: how_label(&h.how), by: h.by.clone(), at: app.bot().renderer.local(h.at) })
                })
                .collect();
            earlier.pop(); // the last is the current value
            let chosen = |o: &str| match entry.map(|e| &e.value) {
                Some(Value::Enum(v)) => v == o,
                Some(Value::Set(vs)) => vs.iter().any(|v| v == o),
                _ => false,
            };
            let input = match def.ty {
                FieldType::Enum => "select",
                FieldType::Set => "checks",
                FieldType::Bool => "bool",
                FieldType::Text if def.id == "description" => "textarea",
                _ => "text",
            };
            FieldView {
                id: def.id.clone(),
                label: catalog.field_label(&def.id, lang).to_owned(),
                imy: def.imy,
                value: entry.map(|e| display_value(&def.id, &e.value, lang)),
                missing: missing.contains(&def.id),
                unknown: case.unknown.contains(&def.id),
                how: entry.map(|e| how_label(e.provenance.how.as_str())),
                by: entry.map(|e| e.provenance.by.clone()),
                at: entry.map(|e| app.bot().renderer.local(e.provenance.at)),
                message: entry.and_then(|e| e.provenance.message),
                earlier,
                input,
                options: def.options.iter().map(|o| (o.clone(), catalog.option_label(&def.id, o, lang).to_owned(), chosen(o))).collect(),
                raw: match entry.map(|e| &e.value) {
                    Some(Value::Bool(b)) => b.to_string(),
                    Some(v) => display_value(&def.id, v, Lang::Sv),
                    None => String::new(),
                },
            }
        })
        .collect();
    let messages = store.messages(&number).await?;
    // Inbound messages are numbered per case (provenance names the number).
    let mut seq_of = std::collections::BTreeMap::new();
    for m in &messages {
        if let Some(seq) = m.seq.filter(|_| m.direction == "in") {
            seq_of.insert(m.id, seq);
        }
    }
    let conversation: Vec<_> = messages_for(&app, &messages, None, lang)
        .into_iter()
        .map(|m| context! { seq => seq_of.get(&m.id), ..minijinja::Value::from_serialize(&m) })
        .collect();
    let audit: Vec<_> = store
        .audit(&number)
        .await?
        .into_iter()
        .map(|a| context! { at => app.bot().renderer.local(a.at), actor => a.actor, action => a.action, detail => a.detail })
        .collect();
    let pending: Vec<_> = case
        .pending
        .iter()
        .map(|p| {
            let labels: Vec<&str> = p.fields.iter().map(|f| catalog.field_label(f, lang)).collect();
            context! { to => &p.to.address, fields => labels, asked => app.bot().renderer.local(p.asked_at) }
        })
        .collect();
    let me = s.user.as_ref().map(|u| u.address.clone()).unwrap_or_default();
    let my_question = case.pending_for(&me).is_some();
    let deadline = app.bot().deadline_of(&case).map(|d| countdown(&app, d, now, lang));
    let is_dso = s.role() == Role::Dso;
    let local_now = now.with_timezone(&app.bot().renderer.tz()).format("%Y-%m-%dT%H:%M").to_string();
    let body = app.pages().render(
        "case.html",
        &visit,
        context! {
            number => &number,
            kind => case.kind.as_str(),
            kind_label => app.pages().text(lang, &format!("kind_{}", case.kind.as_str())),
            title => title_of(&case),
            state => app.pages().text(lang, &format!("state_{}", case.state.as_str())),
            open => case.state.is_open(),
            unit => &case.unit,
            reporter => &case.reporter.address,
            opened => app.bot().renderer.local(case.opened_at),
            deadline, fields, conversation, audit, pending, is_dso,
            my_question, choices => choices_for(&case, &me), nonce => super::auth::token(),
            notes => case.notes.iter().map(|n| context! { field => if n.field.is_empty() { String::new() } else { catalog.field_label(&n.field, lang).to_owned() }, by => &n.by, at => app.bot().renderer.local(n.at), text => &n.text }).collect::<Vec<_>>(),
            assessment => ["risk_unlikely", "notify_authority", "lex_sarah"].iter().map(|f| context! { id => f, label => catalog.field_label(f, lang), value => match case.value(f) { Some(Value::Bool(b)) => Some(*b), _ => None } }).collect::<Vec<_>>(),
            notified => case.value("authority_notified_at").map(|v| display_value("authority_notified_at", v, lang)),
            reference => case.value("authority_reference").map(|v| display_value("authority_reference", v, lang)),
            local_now,
            error => q.error, error_field => q.field.map(|f| catalog.field_label(&f, lang).to_owned()),
        },
    )?;
    Ok(html(body, visit.cookies))
}

/// The case, for a post that changes it: the DSO only, with the session's CSRF token.
async fn for_dso<'a>(app: &App, visit: &'a Visit, number: &str, fields: &[(String, String)]) -> Result<(&'a Session, Case), WebError> {
    let s = dso(visit)?;
    s.check(field(fields, "csrf").unwrap_or(""))?;
    let case = app.bot().store.case(number).await?.ok_or(WebError::NotFound)?;
    Ok((s, case))
}

fn back(number: &str, anchor: &str) -> String {
    format!("/cases/{number}#{anchor}")
}

fn refused(number: &str, error: &str, field: &str) -> String {
    let q = form_urlencoded::Serializer::new(String::new()).append_pair("error", error).append_pair("field", field).finish();
    format!("/cases/{number}?{q}#f-{field}")
}

pub async fn edit(State(app): State<App>, ConnectInfo(peer): ConnectInfo<SocketAddr>, headers: HeaderMap, Path(number): Path<String>, body: Bytes) -> Result<Response, WebError> {
    let visit = app.visit(&headers, peer).await?;
    let fields = form_fields(&body);
    let (s, case) = for_dso(&app, &visit, &number, &fields).await?;
    let id = field(&fields, "field").ok_or(WebError::BadRequest("field"))?;
    let def = Catalog::get().field(case.kind, id).ok_or(WebError::BadRequest("field"))?;
    let text = field(&fields, "value").unwrap_or("").trim();
    let now = app.now();
    let local = now.with_timezone(&app.bot().renderer.tz()).naive_local();
    let value = match def.ty {
        FieldType::Set => Some(Value::Set(fields.iter().filter(|(k, _)| k == "opt").map(|(_, v)| v.clone()).collect())),
        FieldType::Enum => (!text.is_empty()).then(|| Value::Enum(text.to_owned())),
        FieldType::Bool => match text {
            "true" => Some(Value::Bool(true)),
            "false" => Some(Value::Bool(false)),
            _ => None,
        },
        FieldType::Text if !text.is_empty() => Some(Value::Text(text.to_owned())),
        _ if text.is_empty() => None,
        _ => match answer::parse_reply(&[def], text, local).into_iter().next() {
            Some(answer::Answer::Value(v)) => Some(v),
            _ => None,
        },
    };
    let Some(value) = value else { return Ok(see_other(&refused(&number, "unreadable", id), visit.cookies)) };
    let by = s.address();
    match app.bot().edit(&number, &[(id, value)], by, now).await {
        Ok(_) => Ok(see_other(&back(&number, &format!("f-{id}")), visit.cookies)),
        Err(EditFailed::Refused(_)) => Ok(see_other(&refused(&number, "refused", id), visit.cookies)),
        Err(EditFailed::Turn(e)) => Err(e.into()),
    }
}

pub async fn assess(State(app): State<App>, ConnectInfo(peer): ConnectInfo<SocketAddr>, headers: HeaderMap, Path(number): Path<String>, body: Bytes) -> Result<Response, WebError> {
    let visit = app.visit(&headers, peer).await?;
    let fields = form_fields(&body);
    let (s, case) = for_dso(&app, &visit, &number, &fields).await?;
    if case.kind != Kind::Incident {
        return Err(WebError::BadRequest("kind"));
    }
    let edits: Vec<(&str, Value)> = ["risk_unlikely", "notify_authority", "lex_sarah"]
        .into_iter()
        .filter_map(|f| match field(&fields, f) {
            Some("true") => Some((f, Value::Bool(true))),
            Some("false") => Some((f, Value::Bool(false))),
            _ => None,
        })
        .filter(|(f, v)| case.value(f) != Some(v))
        .collect();
    if !edits.is_empty() {
        let by = s.address();
        app.bot().edit(&number, &edits, by, app.now()).await.map_err(edit_error)?;
    }
    Ok(see_other(&back(&number, "assessment"), visit.cookies))
}

pub async fn notified(State(app): State<App>, ConnectInfo(peer): ConnectInfo<SocketAddr>, headers: HeaderMap, Path(number): Path<String>, body: Bytes) -> Result<Response, WebError> {
    let visit = app.visit(&headers, peer).await?;
    let fields = form_fields(&body);
    let (s, case) = for_dso(&app, &visit, &number, &fields).await?;
    if case.kind != Kind::Incident {
        return Err(WebError::BadRequest("kind"));
    }
    let at = field(&fields, "at").and_then(|t| NaiveDateTime::parse_from_str(t.trim(), "%Y-%m-%dT%H:%M").ok());
    let Some(at) = at else { return Ok(see_other(&refused(&number, "unreadable", "authority_notified_at"), visit.cookies)) };
    let mut edits = vec![("authority_notified_at", Value::When(workflows::when::When::DateTime(at)))];
    if let Some(r) = field(&fields, "reference").map(str::trim).filter(|r| !r.is_empty()) {
        edits.push(("authority_reference", Value::Text(r.to_owned())));
    }
    if case.value("notify_authority").is_none() {
        edits.push(("notify_authority", Value::Bool(true)));
    }
    let by = s.address();
    app.bot().edit(&number, &edits, by, app.now()).await.map_err(edit_error)?;
    Ok(see_other(&back(&number, "imy"), visit.cookies))
}

pub async fn close(State(app): State<App>, ConnectInfo(peer): ConnectInfo<SocketAddr>, headers: HeaderMap, Path(number): Path<String>, body: Bytes) -> Result<Response, WebError> {
    let visit = app.visit(&headers, peer).await?;
    let fields = form_fields(&body);
    let (s, case) = for_dso(&app, &visit, &number, &fields).await?;
    if case.state.is_open() {
        let by = s.address();
        app.bot().close_case(&number, by, app.now()).await?;
    }
    Ok(see_other(&back(&number, "top"), visit.cookies))
}

/// A manager (or the DSO) answers the question put to them, from the case page.
pub async fn answer(State(app): State<App>, ConnectInfo(peer): ConnectInfo<SocketAddr>, headers: HeaderMap, Path(number): Path<String>, body: Bytes) -> Result<Response, WebError> {
    let visit = app.visit(&headers, peer).await?;
    let s = staff(&visit)?;
    let fields = form_fields(&body);
    s.check(field(&fields, "csrf").unwrap_or(""))?;
    let case = app.bot().store.case(&number).await?.ok_or(WebError::NotFound)?;
    if !may_see(s, &case) {
        return Err(WebError::NotFound);
    }
    let me = s.user.as_ref().map(|u| u.address.clone()).unwrap_or_default();
    let text = super::intake::answer_text(&fields);
    if !text.is_empty() {
        let id = super::intake::chat_id(field(&fields, "nonce"))?;
        app.bot().handle(web_inbound(&app, &me, text, Some(&number), id)).await?;
    }
    Ok(see_other(&back(&number, "question"), visit.cookies))
}

fn edit_error(e: EditFailed) -> WebError {
    match e {
        EditFailed::Refused(_) => WebError::BadRequest("value"),
        EditFailed::Turn(t) => t.into(),
    }
}

impl Store {
    /// One page of the case list, nearest deadline first (cases without a running clock after,
    /// newest first), with the number of cases the filter matches.
    pub async fn case_page(&self, f: &Filter, _now: DateTime<Utc>) -> anyhow::Result<(Vec<(Case, Option<DateTime<Utc>>)>, i64)> {
        let mut wh = Vec::new();
        let mut binds: Vec<String> = Vec::new();
        let arg = |v: String, binds: &mut Vec<String>| {
            binds.push(v);
            format!("${}", binds.len())
        };
        match f.state.as_deref() {
            Some("open") => wh.push("state <> 'closed'".to_owned()),
            Some(st) => {
                let p = arg(st.to_owned(), &mut binds);
                wh.push(format!("state = {p}"));
            }
            None => {}
        }
        if let Some(k) = &f.kind {
            let p = arg(k.clone(), &mut binds);
            wh.push(format!("kind = {p}"));
        }
        if let Some(u) = &f.unit {
            let p = arg(u.clone(), &mut binds);
            wh.push(format!("unit = {p}"));
        }
        if let Some(y) = f.year {
            // The number's year (`cases.year`): an integer, so written in rather than bound.
            wh.push(format!("year = {y}"));
        }
        let wh = if wh.is_empty() { String::new() } else { format!("WHERE {}", wh.join(" AND ")) };
        let page = f.page.unwrap_or(1).max(1);
        // The page's ids from the covering index (`cases_list`, in this order) first; then only
        // their snapshots.
        let sql = format!(
            "SELECT id, due_key FROM cases {wh} ORDER BY due_key, id DESC LIMIT {PAGE} OFFSET {}",
            (page - 1) * PAGE
        );
        // Built from fixed fragments and numbered placeholders only; every value is bound.
        let mut q = sqlx::query(sqlx::AssertSqlSafe(sql));
        for b in &binds {
            q = q.bind(b.clone());
        }
        let rows = q.fetch_all(self.pool()).await?;
        let count_sql = format!("SELECT COUNT(*) FROM cases {wh}");
        let mut c = sqlx::query_scalar(sqlx::AssertSqlSafe(count_sql));
        for b in &binds {
            c = c.bind(b.clone());
        }
        let total: i64 = c.fetch_one(self.pool()).await?;
        let ids: Vec<i64> = rows.iter().map(|r| r.try_get("id")).collect::<Result<_, _>>()?;
        let mut snapshots = std::collections::HashMap::new();
        if !ids.is_empty() {
            // Row ids are integers from the database: nothing to inject.
            let list = ids.iter().map(i64::to_string).collect::<Vec<_>>().join(",");
            let sql = format!("SELECT id, snapshot FROM cases WHERE id IN ({list})");
            for r in sqlx::query(sqlx::AssertSqlSafe(sql)).fetch_all(self.pool()).await? {
                snapshots.insert(r.try_get::<i64, _>("id")?, r.try_get::<String, _>("snapshot")?);
            }
        }
        let cases = rows
            .iter()
            .map(|r| {
                let id: i64 = r.try_get("id")?;
                let snapshot = snapshots.get(&id).ok_or_else(|| anyhow::anyhow!("case row {id} vanished"))?;
                let case = Case::from_snapshot(&serde_json::from_str(snapshot)?)?;
                let due = crate::store::deadline_of_key(&r.try_get::<String, _>("due_key")?)?;
                Ok((case, due))
            })
            .collect::<anyhow::Result<Vec<_>>>()?;
        Ok((cases, total))
    }
}

/// A case the visitor may see, for an export.
async fn visible(app: &App, visit: &Visit, number: &str) -> Result<Case, WebError> {
    let s = staff(visit)?;
    let case = app.bot().store.case(number).await?.ok_or(WebError::NotFound)?;
    if !may_see(s, &case) {
        return Err(WebError::NotFound);
    }
    if case.kind != Kind::Incident {
        return Err(WebError::NotFound);
    }
    Ok(case)
}

/// IMY's form as a page to print or copy from.
pub async fn imy_html(State(app): State<App>, ConnectInfo(peer): ConnectInfo<SocketAddr>, headers: HeaderMap, Path(number): Path<String>) -> Result<Response, WebError> {
    let visit = app.visit(&headers, peer).await?;
    let case = visible(&app, &visit, &number).await?;
    let page = crate::export::imy_html(&app.bot().renderer, &app.bot().config, &case, false)?;
    Ok(html(page, visit.cookies))
}

pub async fn imy_json(State(app): State<App>, ConnectInfo(peer): ConnectInfo<SocketAddr>, headers: HeaderMap, Path(number): Path<String>) -> Result<Response, WebError> {
    let visit = app.visit(&headers, peer).await?;
    let case = visible(&app, &visit, &number).await?;
    let json = crate::export::imy_json(&app.bot().renderer, &app.bot().config, &case)?;
    Ok(download(serde_json::to_vec_pretty(&json).map_err(anyhow::Error::from)?, "application/json", &format!("{number}-imy.json")))
}

/// The whole incident register: the DSO only.
pub async fn register_csv(State(app): State<App>, ConnectInfo(peer): ConnectInfo<SocketAddr>, headers: HeaderMap) -> Result<Response, WebError> {
    let visit = app.visit(&headers, peer).await?;
    dso(&visit)?;
    let csv = crate::export::register_csv(&app.bot().store.list_cases().await?)?;
    Ok(download(csv.into_bytes(), "text/csv; charset=utf-8", "incidentregister.csv"))
}

pub async fn register_xlsx(State(app): State<App>, ConnectInfo(peer): ConnectInfo<SocketAddr>, headers: HeaderMap) -> Result<Response, WebError> {
    let visit = app.visit(&headers, peer).await?;
    dso(&visit)?;
    let xlsx = crate::export::register_xlsx(&app.bot().store.list_cases().await?)?;
    Ok(download(xlsx, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "incidentregister.xlsx"))
}

fn download(body: Vec<u8>, ty: &'static str, name: &str) -> Response {
    use axum::response::IntoResponse;
    let disposition = format!("attachment; filename=\"{name}\"");
    let mut res = ([(axum::http::header::CONTENT_TYPE, ty)], body).into_response();
    if let Ok(v) = axum::http::HeaderValue::from_str(&disposition) {
        res.headers_mut().insert(axum::http::header::CONTENT_DISPOSITION, v);
    }
    res
}

#[derive(Deserialize)]
pub struct YearQuery {
    #[serde(default)]
    year: Option<i32>,
}

/// The year's figures by quarter, with charts: the DSO only.
pub async fn statistics(State(app): State<App>, ConnectInfo(peer): ConnectInfo<SocketAddr>, headers: HeaderMap, Query(q): Query<YearQuery>) -> Result<Response, WebError> {
    let visit = app.visit(&headers, peer).await?;
    dso(&visit)?;
    let this_year = crate::stats::this_year(app.now(), app.bot().renderer.tz());
    let year = q.year.filter(|y| (2000..=this_year + 1).contains(y)).unwrap_or(this_year);
    let stats = app.year_stats(year, visit.lang).await?;
    let body = app.pages().render(
        "statistics.html",
        &visit,
        context! { year, total => &stats.year, quarters => &stats.quarters, years => (this_year - 9..=this_year).rev().collect::<Vec<_>>() },
    )?;
    Ok(html(body, visit.cookies))
}

#[derive(Deserialize)]
pub struct PeriodQuery {
    period: String,
}

async fn period_report(app: &App, visit: &Visit, period: &str, as_html: bool) -> Result<String, WebError> {
    dso(visit)?;
    let period = crate::stats::Period::parse(period).map_err(|_| WebError::BadRequest("period"))?;
    let stats = app.year_stats(period.year(), Lang::Sv).await?;
    let (s, quarters) = stats.report_of(period);
    Ok(crate::stats::report(&app.bot().renderer, &app.bot().config.organisation.name, s, quarters, as_html)?)
}

pub async fn report_html(State(app): State<App>, ConnectInfo(peer): ConnectInfo<SocketAddr>, headers: HeaderMap, Query(q): Query<PeriodQuery>) -> Result<Response, WebError> {
    let visit = app.visit(&headers, peer).await?;
    let body = period_report(&app, &visit, &q.period, true).await?;
    let mut res = html(body, visit.cookies);
    // The report is a document of its own, with its print style inside.
    res.headers_mut().insert(
        "content-security-policy",
        axum::http::HeaderValue::from_static("default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'none'"),
    );
    Ok(res)
}

pub async fn report_md(State(app): State<App>, ConnectInfo(peer): ConnectInfo<SocketAddr>, headers: HeaderMap, Query(q): Query<PeriodQuery>) -> Result<Response, WebError> {
    let visit = app.visit(&headers, peer).await?;
    let body = period_report(&app, &visit, &q.period, false).await?;
    Ok(download(body.into_bytes(), "text/markdown; charset=utf-8", &format!("dso-rapport-{}.md", q.period.trim())))
}

/// The largest register file the page takes.
pub const IMPORT_MAX: usize = 32 << 20;

/// An existing register uploaded by the DSO: imported, then every row accounted for.
pub async fn import(State(app): State<App>, ConnectInfo(peer): ConnectInfo<SocketAddr>, headers: HeaderMap, mut form: axum::extract::Multipart) -> Result<Response, WebError> {
    let visit = app.visit(&headers, peer).await?;
    let s = dso(&visit)?;
    let (mut csrf, mut file) = (None, None);
    while let Some(part) = form.next_field().await.map_err(|_| WebError::BadRequest("upload"))? {
        match part.name() {
            Some("csrf") => csrf = Some(part.text().await.map_err(|_| WebError::BadRequest("upload"))?),
            Some("file") => {
                let name = part.file_name().unwrap_or("register").to_owned();
                file = Some((name, part.bytes().await.map_err(|_| WebError::BadRequest("upload"))?));
            }
            _ => {}
        }
    }
    s.check(csrf.as_deref().unwrap_or(""))?;
    let Some((name, bytes)) = file.filter(|(_, b)| !b.is_empty()) else { return Err(WebError::BadRequest("no file")) };
    let by = s.address().to_owned();
    let result = match crate::import::read_table(&name, &bytes) {
        Ok(rows) => crate::import::import_register(app.bot(), &rows, &name, &by, app.now(), |_, _| {}).await,
        Err(e) => Err(e),
    };
    let (report, error) = match result {
        Ok(r) => (Some(r), None),
        Err(e) => (None, Some(format!("{e:#}"))),
    };
    if let Some(r) = &report {
        tracing::info!(imported = r.imported.len(), unreadable = r.unreadable.len(), "register imported");
    }
    let body = app.pages().render("import.html", &visit, context! { name, report, error })?;
    Ok(html(body, visit.cookies))
}
