//! What the DSO reports each quarter and year (the structure of a municipal DSO's annual report,
//! `../shared/seeds/`): incidents registered, recommended for notification, notified to IMY and
//! within 72 hours, by cause and by nature; requests from data subjects received and handled
//! within their month. As a page with SVG charts (`/statistics`) and as `dsobot report`.

use std::collections::BTreeMap;

use anyhow::Context;
use chrono::{DateTime, Datelike, NaiveDate, Utc};
use chrono_tz::Tz;
use minijinja::context;
use serde::Serialize;
use sqlx::Row;
use workflows::catalog::Catalog;
use workflows::{Case, Kind, Lang, Value, clocks};

use crate::store::{Store, parse_ts};

/// A reporting period: a quarter or a year, in the organisation's time zone.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Period {
    Quarter(i32, u32),
    Year(i32),
}

impl Period {
    /// "2026Q3", "2026-Q3", "2026".
    pub fn parse(s: &str) -> anyhow::Result<Period> {
        let s = s.trim().to_uppercase();
        if let Some((y, q)) = s.split_once('Q') {
            let y: i32 = y.trim_end_matches('-').parse().context("the year of the quarter")?;
            let q: u32 = q.parse().context("the quarter's number")?;
            anyhow::ensure!((1..=4).contains(&q), "a quarter is 1 to 4");
            return Ok(Period::Quarter(y, q));
        }
        Ok(Period::Year(s.parse().context("a year (2026) or a quarter (2026Q3)")?))
    }

    pub fn year(self) -> i32 {
        match self {
            Period::Quarter(y, _) | Period::Year(y) => y,
        }
    }

    /// First day and the day after the last.
    pub fn dates(self) -> (NaiveDate, NaiveDate) {
        let d = |y, m| NaiveDate::from_ymd_opt(y, m, 1).expect("a valid month");
        match self {
            Period::Year(y) => (d(y, 1), d(y + 1, 1)),
            Period::Quarter(y, 4) => (d(y, 10), d(y + 1, 1)),
            Period::Quarter(y, q) => (d(y, (q - 1) * 3 + 1), d(y, q * 3 + 1)),
        }
    }

    pub fn label(self) -> String {
        match self {
            Period::Quarter(y, q) => format!("Q{q} {y}"),
            Period::Year(y) => y.to_string(),
        }
    }

    fn contains(self, d: NaiveDate) -> bool {
        let (from, to) = self.dates();
        d >= from && d < to
    }
}

/// One count with its label, for tables and bars.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Count {
    pub label: String,
    pub n: usize,
}

/// The figures of one period.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Stats {
    pub period: String,
    pub incidents: usize,
    /// The DSO recommended notifying IMY (`notify_authority`).
    pub recommended: usize,
    pub notified: usize,
    pub notified_in_time: usize,
    pub subjects_informed: usize,
    pub lex_sarah: usize,
    pub open_incidents: usize,
    pub by_cause: Vec<Count>,
    pub by_nature: Vec<Count>,
    pub requests: usize,
    /// Closed by their deadline (one month, or three when extended).
    pub requests_in_time: usize,
    pub requests_late: usize,
    pub requests_open: usize,
    pub requests_extended: usize,
    pub by_request_type: Vec<Count>,
}

/// Computes a period's figures from its cases and when each was closed.
pub fn stats(cases: &[Case], closed: &BTreeMap<String, DateTime<Utc>>, period: Period, tz: Tz, cal: workflows::calendar::Calendar, lang: Lang) -> Stats {
    let in_period: Vec<&Case> = cases.iter().filter(|c| period.contains(c.opened_at.with_timezone(&tz).date_naive())).collect();
    let yes = |c: &Case, f: &str| matches!(c.value(f), Some(Value::Bool(true)));
    let incidents: Vec<&Case> = in_period.iter().copied().filter(|c| c.kind == Kind::Incident).collect();
    let requests: Vec<&Case> = in_period.iter().copied().filter(|c| c.kind == Kind::DataSubjectRequest).collect();
    let notified: Vec<&Case> = incidents.iter().copied().filter(|c| c.value("authority_notified_at").is_some()).collect();
    let mut in_time = 0;
    let mut late = 0;
    for r in &requests {
        let due = clocks::case_deadline(r, tz, cal).map(|d| d.due).or_else(|| respond_due(r, tz, cal));
        match (closed.get(&r.number), due) {
            (Some(at), Some(due)) if *at <= due => in_time += 1,
            (Some(_), Some(_)) => late += 1,
            (Some(_), None) => in_time += 1,
            (None, _) => {}
        }
    }
    Stats {
        period: period.label(),
        incidents: incidents.len(),
        recommended: incidents.iter().filter(|c| yes(c, "notify_authority")).count(),
        notified: notified.len(),
        notified_in_time: notified.iter().filter(|c| !yes(c, "notified_late")).count(),
        subjects_informed: incidents.iter().filter(|c| yes(c, "subjects_informed")).count(),
        lex_sarah: incidents.iter().filter(|c| yes(c, "lex_sarah")).count(),
        open_incidents: incidents.iter().filter(|c| c.state.is_open()).count(),
        by_cause: by_option(&incidents, "cause", lang),
        by_nature: by_option(&incidents, "nature", lang),
        requests: requests.len(),
        requests_in_time: in_time,
        requests_late: late,
        requests_open: requests.iter().filter(|c| c.state.is_open()).count(),
        requests_extended: requests.iter().filter(|c| yes(c, "extended")).count(),
        by_request_type: by_option(&requests, "request_type", lang),
    }
}

/// A closed request's deadline (the clocks stop when a case closes).
fn respond_due(case: &Case, tz: Tz, cal: workflows::calendar::Calendar) -> Option<DateTime<Utc>> {
    let mut open = case.clone();
    open.state = workflows::CaseState::Ready;
    clocks::case_deadline(&open, tz, cal).map(|d| d.due)
}

/// Counts per option of an enum or set field, in catalog order, then "not yet known".
fn by_option(cases: &[&Case], field: &str, lang: Lang) -> Vec<Count> {
    let catalog = Catalog::get();
    let Some(def) = catalog.any_field(field) else { return vec![] };
    let mut counts: Vec<Count> = def.options.iter().map(|o| Count { label: catalog.option_label(field, o, lang).to_owned(), n: 0 }).collect();
    let mut unknown = 0;
    for c in cases {
        match c.value(field) {
            Some(Value::Enum(o)) => {
                if let Some(i) = def.options.iter().position(|d| d == o) {
                    counts[i].n += 1;
                }
            }
            Some(Value::Set(os)) => {
                for o in os {
                    if let Some(i) = def.options.iter().position(|d| d == o) {
                        counts[i].n += 1;
                    }
                }
            }
            _ => unknown += 1,
        }
    }
    counts.retain(|c| c.n > 0);
    if unknown > 0 {
        counts.push(Count { label: if lang == Lang::Sv { "Ännu inte känt".into() } else { "Not yet known".into() }, n: unknown });
    }
    counts
}

/// The year's four quarters and the year itself.
pub fn year_and_quarters(cases: &[Case], closed: &BTreeMap<String, DateTime<Utc>>, year: i32, tz: Tz, cal: workflows::calendar::Calendar, lang: Lang) -> (Stats, Vec<Stats>) {
    let quarters = (1..=4).map(|q| stats(cases, closed, Period::Quarter(year, q), tz, cal, lang)).collect();
    (stats(cases, closed, Period::Year(year), tz, cal, lang), quarters)
}

impl Store {
    /// The cases numbered in a year (`PUI-2026-…`, `DSR-2026-…`) and when each was closed.
    pub async fn cases_of_year(&self, year: i32) -> anyhow::Result<(Vec<Case>, BTreeMap<String, DateTime<Utc>>)> {
        let pattern = format!("%-{year}-%");
        let rows = sqlx::query("SELECT snapshot FROM cases WHERE number LIKE $1 ORDER BY id").bind(&pattern).fetch_all(self.pool()).await?;
        let cases = rows
            .iter()
            .map(|r| {
                let s: String = r.try_get("snapshot")?;
                Ok(Case::from_snapshot(&serde_json::from_str(&s)?)?)
            })
            .collect::<anyhow::Result<Vec<Case>>>()?;
        let closed_rows = sqlx::query(
            "SELECT c.number, MIN(a.at) AS at FROM audit_log a JOIN cases c ON c.id = a.case_id
             WHERE c.number LIKE $1 AND a.action = 'state' AND a.detail = 'closed' GROUP BY c.number",
        )
        .bind(&pattern)
        .fetch_all(self.pool())
        .await?;
        let mut closed = BTreeMap::new();
        for r in &closed_rows {
            closed.insert(r.try_get::<String, _>("number")?, parse_ts(&r.try_get::<String, _>("at")?)?);
        }
        Ok((cases, closed))
    }

    /// Changes whenever any case changes (or one is added): the statistics are cached on it.
    /// Two index lookups, not a scan.
    pub async fn cases_version(&self) -> anyhow::Result<(i64, Option<String>)> {
        let row = sqlx::query("SELECT (SELECT COUNT(*) FROM cases) AS n, (SELECT MAX(updated_at) FROM cases) AS at")
            .fetch_one(self.pool())
            .await?;
        Ok((row.try_get("n")?, row.try_get("at")?))
    }
}

/// The DSO's report for a period as Markdown or HTML (`templates/report.md`, `report.html`).
pub fn report(renderer: &crate::render::Renderer, org: &str, s: &Stats, quarters: &[Stats], html: bool) -> anyhow::Result<String> {
    let name = if html { "report.html" } else { "report.md" };
    renderer.export(name, context! { org, s, quarters })
}

/// The period a case's year falls in, for the page's default.
pub fn this_year(now: DateTime<Utc>, tz: Tz) -> i32 {
    now.with_timezone(&tz).year()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn periods_are_read_as_people_write_them() {
        assert_eq!(Period::parse("2026Q3").unwrap(), Period::Quarter(2026, 3));
        assert_eq!(Period::parse("2026-q4").unwrap().dates(), (NaiveDate::from_ymd_opt(2026, 10, 1).unwrap(), NaiveDate::from_ymd_opt(2027, 1, 1).unwrap()));
        assert_eq!(Period::parse("2026").unwrap(), Period::Year(2026));
        assert!(Period::parse("2026Q5").is_err() && Period::parse("nästa år").is_err());
    }
}
