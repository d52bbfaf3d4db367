//! What the DSO reports each quarter and year (the structure of a municipal DSO's annual report,
//! `../shared/seeds/`): incidents registered, recommended for notification, notified to IMY and
//! within 72 hours, by cause and by nature; requests from data subjects received and handled
//! within their month. As a page with SVG charts (`/statistics`) and as `dsobot report`.

use anyhow::Context;
use chrono::{DateTime, Datelike, NaiveDate, Utc};
use chrono_tz::Tz;
use minijinja::context;
use serde::{Deserialize, Serialize};
use sqlx::Row;
use workflows::catalog::Catalog;
use workflows::{Case, CaseState, Kind, Lang, Value, clocks};

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

/// What the statistics count of one case. It is kept beside the case (`cases.facts`) and written
/// with each change, so that a year's figures come from small rows in an index instead of every
/// case's snapshot.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Facts {
    /// The DSO recommended notifying IMY (`notify_authority`).
    #[serde(default, skip_serializing_if = "is_false")]
    pub recommended: bool,
    #[serde(default, skip_serializing_if = "is_false")]
    pub notified: bool,
    #[serde(default, skip_serializing_if = "is_false")]
    pub notified_late: bool,
    #[serde(default, skip_serializing_if = "is_false")]
    pub subjects_informed: bool,
    #[serde(default, skip_serializing_if = "is_false")]
    pub lex_sarah: bool,
    #[serde(default, skip_serializing_if = "is_false")]
    pub extended: bool,
    /// Options of the enum or set fields counted by option; `None` when not yet known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cause: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nature: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub request_type: Option<Vec<String>>,
    /// A request's deadline, also once it is closed (the clocks stop when a case closes).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub respond_by: Option<DateTime<Utc>>,
}

fn is_false(b: &bool) -> bool {
    !*b
}

impl Facts {
    pub fn of(case: &Case, tz: Tz, cal: workflows::calendar::Calendar) -> Facts {
        let yes = |f: &str| matches!(case.value(f), Some(Value::Bool(true)));
        let options = |f: &str| match case.value(f) {
            Some(Value::Enum(o)) => Some(vec![o.clone()]),
            Some(Value::Set(os)) => Some(os.to_vec()),
            _ => None,
        };
        let request = case.kind == Kind::DataSubjectRequest;
        Facts {
            recommended: yes("notify_authority"),
            notified: case.value("authority_notified_at").is_some(),
            notified_late: yes("notified_late"),
            subjects_informed: yes("subjects_informed"),
            lex_sarah: yes("lex_sarah"),
            extended: yes("extended"),
            cause: options("cause"),
            nature: options("nature"),
            request_type: if request { options("request_type") } else { None },
            respond_by: if request { clocks::case_deadline(case, tz, cal).map(|d| d.due).or_else(|| respond_due(case, tz, cal)) } else { None },
        }
    }
}

/// One case as the statistics see it.
#[derive(Debug, Clone, PartialEq)]
pub struct StatRow {
    pub kind: Kind,
    pub open: bool,
    pub opened_at: DateTime<Utc>,
    /// When it was first closed.
    pub closed_at: Option<DateTime<Utc>>,
    pub facts: Facts,
}

impl StatRow {
    pub fn of(case: &Case, closed_at: Option<DateTime<Utc>>, tz: Tz, cal: workflows::calendar::Calendar) -> StatRow {
        StatRow { kind: case.kind, open: case.state.is_open(), opened_at: case.opened_at, closed_at, facts: Facts::of(case, tz, cal) }
    }
}

/// Computes a period's figures from its cases.
pub fn stats(rows: &[StatRow], period: Period, tz: Tz, lang: Lang) -> Stats {
    let in_period: Vec<&StatRow> = rows.iter().filter(|c| period.contains(c.opened_at.with_timezone(&tz).date_naive())).collect();
    let incidents: Vec<&StatRow> = in_period.iter().copied().filter(|c| c.kind == Kind::Incident).collect();
    let requests: Vec<&StatRow> = in_period.iter().copied().filter(|c| c.kind == Kind::DataSubjectRequest).collect();
    let notified: Vec<&StatRow> = incidents.iter().copied().filter(|c| c.facts.notified).collect();
    let mut in_time = 0;
    let mut late = 0;
    for r in &requests {
        match (r.closed_at, r.facts.respond_by) {
            (Some(at), Some(due)) if at <= due => in_time += 1,
            (Some(_), Some(_)) => late += 1,
            (Some(_), None) => in_time += 1,
            (None, _) => {}
        }
    }
    let count = |cases: &[&StatRow], f: fn(&Facts) -> bool| cases.iter().filter(|c| f(&c.facts)).count();
    Stats {
        period: period.label(),
        incidents: incidents.len(),
        recommended: count(&incidents, |f| f.recommended),
        notified: notified.len(),
        notified_in_time: count(&notified, |f| !f.notified_late),
        subjects_informed: count(&incidents, |f| f.subjects_informed),
        lex_sarah: count(&incidents, |f| f.lex_sarah),
        open_incidents: incidents.iter().filter(|c| c.open).count(),
        by_cause: by_option(incidents.iter().map(|c| c.facts.cause.as_deref()), "cause", lang),
        by_nature: by_option(incidents.iter().map(|c| c.facts.nature.as_deref()), "nature", lang),
        requests: requests.len(),
        requests_in_time: in_time,
        requests_late: late,
        requests_open: requests.iter().filter(|c| c.open).count(),
        requests_extended: count(&requests, |f| f.extended),
        by_request_type: by_option(requests.iter().map(|c| c.facts.request_type.as_deref()), "request_type", lang),
    }
}

/// A closed request's deadline (the clocks stop when a case closes).
fn respond_due(case: &Case, tz: Tz, cal: workflows::calendar::Calendar) -> Option<DateTime<Utc>> {
    let mut open = case.clone();
    open.state = workflows::CaseState::Ready;
    clocks::case_deadline(&open, tz, cal).map(|d| d.due)
}

/// Counts per option of an enum or set field, in catalog order, then "not yet known".
fn by_option<'a>(values: impl Iterator<Item = Option<&'a [String]>>, field: &str, lang: Lang) -> Vec<Count> {
    let catalog = Catalog::get();
    let Some(def) = catalog.any_field(field) else { return vec![] };
    let mut counts: Vec<Count> = def.options.iter().map(|o| Count { label: catalog.option_label(field, o, lang).to_owned(), n: 0 }).collect();
    let mut unknown = 0;
    for v in values {
        match v {
            Some(os) => {
                for o in os {
                    if let Some(i) = def.options.iter().position(|d| d == o) {
                        counts[i].n += 1;
                    }
                }
            }
            None => unknown += 1,
        }
    }
    counts.retain(|c| c.n > 0);
    if unknown > 0 {
        counts.push(Count { label: if lang == Lang::Sv { "Ännu inte känt".into() } else { "Not yet known".into() }, n: unknown });
    }
    counts
}

/// A year's figures and its four quarters'.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct YearStats {
    pub year: Stats,
    pub quarters: Vec<Stats>,
}

impl YearStats {
    pub fn of(rows: &[StatRow], year: i32, tz: Tz, lang: Lang) -> YearStats {
        YearStats { year: stats(rows, Period::Year(year), tz, lang), quarters: (1..=4).map(|q| stats(rows, Period::Quarter(year, q), tz, lang)).collect() }
    }

    /// What a report of `period` (in this year) shows: its figures and, for a year, its quarters.
    pub fn report_of(&self, period: Period) -> (&Stats, &[Stats]) {
        match period {
            Period::Year(_) => (&self.year, &self.quarters),
            Period::Quarter(_, q) => (&self.quarters[q as usize - 1], &[]),
        }
    }
}

impl Store {
    /// The cases numbered in a year (`PUI-2026-…`, `DSR-2026-…`) as the statistics count them,
    /// from the `cases_year` index alone.
    pub async fn stat_rows(&self, year: i32) -> anyhow::Result<Vec<StatRow>> {
        let rows = sqlx::query("SELECT kind, state, opened_at, closed_at, facts FROM cases WHERE year = $1")
            .bind(i64::from(year))
            .fetch_all(self.pool())
            .await?;
        rows.iter()
            .map(|r| {
                let kind: String = r.try_get("kind")?;
                let state: String = r.try_get("state")?;
                let facts: Option<String> = r.try_get("facts")?;
                Ok(StatRow {
                    kind: kind.parse().map_err(|e: String| anyhow::anyhow!(e))?,
                    open: state != CaseState::Closed.as_str(),
                    opened_at: parse_ts(&r.try_get::<String, _>("opened_at")?)?,
                    closed_at: r.try_get::<Option<String>, _>("closed_at")?.map(|s| parse_ts(&s)).transpose()?,
                    facts: facts.map(|f| serde_json::from_str(&f)).transpose()?.ok_or_else(|| anyhow::anyhow!("a case's facts are not filled in yet"))?,
                })
            })
            .collect()
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
