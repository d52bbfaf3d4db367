//! The legal clocks: when a case's deadline falls.

use chrono::{DateTime, Datelike, Duration, NaiveDate, NaiveTime, TimeZone, Utc};
use chrono_tz::Tz;
use serde::{Deserialize, Serialize};

pub use crate::calendar::Calendar;
use crate::model::{Case, CaseState, Kind};
use crate::value::{Value, When};

/// A deadline, and whether its start was only known to the day (then the clock runs from the start of that day).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Deadline {
    pub due: DateTime<Utc>,
    pub from_date_only: bool,
}

/// The start of a local wall time in UTC; a date alone means the start of that day. A wall time
/// that does not exist (the spring DST gap) moves forward an hour; an ambiguous one takes the earlier.
pub fn local_to_utc(tz: Tz, when: When) -> DateTime<Utc> {
    let naive = match when {
        When::Date(d) => d.and_time(NaiveTime::MIN),
        When::DateTime(dt) => dt,
    };
    tz.from_local_datetime(&naive)
        .earliest()
        .or_else(|| tz.from_local_datetime(&(naive + Duration::hours(1))).earliest())
        .map_or_else(|| Utc.from_utc_datetime(&naive), |t| t.with_timezone(&Utc))
}

/// GDPR art. 33: 72 elapsed hours from discovery (nights, weekends and DST changes included).
pub fn notify_deadline(tz: Tz, discovered: When) -> Deadline {
    Deadline {
        due: local_to_utc(tz, discovered) + Duration::hours(72),
        from_date_only: matches!(discovered, When::Date(_)),
    }
}

/// Adds months as Regulation 1182/71 counts them: the same date `months` later, or that month's
/// last day when it has no such date.
pub fn add_months(d: NaiveDate, months: u32) -> NaiveDate {
    let total = d.month0() + months;
    let (y, m) = (d.year() + (total / 12) as i32, total % 12 + 1);
    (1..=d.day())
        .rev()
        .find_map(|day| NaiveDate::from_ymd_opt(y, m, day))
        .unwrap_or(d)
}

/// Art. 12.3: one month, counted as Regulation 1182/71 counts.
pub fn one_month_after(d: NaiveDate) -> NaiveDate {
    add_months(d, 1)
}

/// The last moment of a local day.
fn end_of_day(tz: Tz, d: NaiveDate) -> DateTime<Utc> {
    local_to_utc(tz, When::DateTime(d.and_hms_opt(23, 59, 0).unwrap_or_default()))
}

/// Art. 12.3: one month from receipt (three when extended), a deadline on a day off moving to the
/// next working day; due at the end of that day.
pub fn respond_deadline(tz: Tz, cal: Calendar, received: NaiveDate, extended: bool) -> Deadline {
    let day = cal.working_day_on_or_after(add_months(received, if extended { 3 } else { 1 }));
    Deadline { due: end_of_day(tz, day), from_date_only: true }
}

/// IMY expects a promised supplement within four weeks of the notification.
pub fn supplement_deadline(tz: Tz, notified: When) -> Deadline {
    Deadline { due: end_of_day(tz, notified.date() + Duration::weeks(4)), from_date_only: true }
}

/// The legal clocks a case can run.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ClockKind {
    /// 72 hours from discovery to notify IMY (art. 33).
    Notify,
    /// Four weeks from a notification to the supplement promised in it.
    Supplement,
    /// One month (or three, extended) to answer a data-subject request (art. 12.3).
    Respond,
}

impl ClockKind {
    pub fn as_str(self) -> &'static str {
        match self {
            ClockKind::Notify => "notify",
            ClockKind::Supplement => "supplement",
            ClockKind::Respond => "respond",
        }
    }
}

/// Where a clock stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ClockStatus {
    /// Still running: reminders go out.
    Running,
    /// What the clock waited for happened (IMY notified, supplement sent, request answered).
    Met,
    /// No longer needed (decided not to notify, case closed).
    Stopped,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LegalClock {
    pub kind: ClockKind,
    pub deadline: Deadline,
    pub status: ClockStatus,
    /// For `Notify`: when IMY was notified, if after the deadline.
    pub late: bool,
}

impl LegalClock {
    pub fn is_running(&self) -> bool {
        self.status == ClockStatus::Running
    }
}

/// A yes/no field's value, if answered.
pub(crate) fn bool_of(case: &Case, id: &str) -> Option<bool> {
    match case.value(id) {
        Some(Value::Bool(b)) => Some(*b),
        _ => None,
    }
}

/// A date/time field's value, if known.
pub(crate) fn when_of(case: &Case, id: &str) -> Option<When> {
    match case.value(id) {
        Some(Value::When(w)) => Some(*w),
        _ => None,
    }
}

/// Every clock a case has started, with its status.
pub fn clocks(case: &Case, tz: Tz, cal: Calendar) -> Vec<LegalClock> {
    let closed = case.state == CaseState::Closed;
    let mut out = Vec::new();
    match case.kind {
        Kind::Incident => {
            let Some(discovered) = when_of(case, "discovered_at") else { return out };
            let deadline = notify_deadline(tz, discovered);
            let notified = when_of(case, "authority_notified_at");
            let not_needed = bool_of(case, "notify_authority") == Some(false) || bool_of(case, "risk_unlikely") == Some(true);
            let status = match notified {
                Some(_) => ClockStatus::Met,
                None if not_needed || closed => ClockStatus::Stopped,
                None => ClockStatus::Running,
            };
            let late = notified.is_some_and(|n| local_to_utc(tz, n) > deadline.due);
            out.push(LegalClock { kind: ClockKind::Notify, deadline, status, late });
            if let Some(n) = notified
                && bool_of(case, "will_supplement") == Some(true)
            {
                let status = if when_of(case, "supplemented_at").is_some() {
                    ClockStatus::Met
                } else if closed {
                    ClockStatus::Stopped
                } else {
                    ClockStatus::Running
                };
                out.push(LegalClock { kind: ClockKind::Supplement, deadline: supplement_deadline(tz, n), status, late: false });
            }
        }
        Kind::DataSubjectRequest => {
            let Some(received) = when_of(case, "received_at") else { return out };
            let extended = bool_of(case, "extended") == Some(true);
            let status = if closed { ClockStatus::Met } else { ClockStatus::Running };
            out.push(LegalClock { kind: ClockKind::Respond, deadline: respond_deadline(tz, cal, received.date(), extended), status, late: false });
        }
        Kind::Other => {}
    }
    out
}

/// The deadline of a case's main clock (notify IMY; answer the request), if it has started.
pub fn case_deadline(case: &Case, tz: Tz, cal: Calendar) -> Option<Deadline> {
    clocks(case, tz, cal).into_iter().find(|c| c.kind != ClockKind::Supplement).map(|c| c.deadline)
}

/// Whether the DSO may still extend a request: only within the first month (art. 12.3).
pub fn may_extend(case: &Case, tz: Tz, cal: Calendar, now: DateTime<Utc>) -> bool {
    case.kind == Kind::DataSubjectRequest
        && bool_of(case, "extended") != Some(true)
        && when_of(case, "received_at").is_some_and(|r| now <= respond_deadline(tz, cal, r.date(), false).due)
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDateTime;

    fn local(s: &str) -> When {
        When::DateTime(NaiveDateTime::parse_from_str(s, "%Y-%m-%dT%H:%M").expect("test date"))
    }

    #[test]
    fn seventy_two_hours_are_real_hours_across_the_autumn_dst_night() {
        let tz: Tz = chrono_tz::Europe::Stockholm;
        let d = notify_deadline(tz, local("2026-10-24T12:00"));
        // 25 October 2026 has 25 hours in Stockholm: the wall clock shows 11:00 three days later.
        assert_eq!(d.due.with_timezone(&tz).format("%Y-%m-%dT%H:%M").to_string(), "2026-10-27T11:00");
    }

    #[test]
    fn a_date_only_discovery_counts_from_the_start_of_the_day() {
        let tz: Tz = chrono_tz::Europe::Stockholm;
        let d = notify_deadline(tz, When::Date(NaiveDate::from_ymd_opt(2026, 3, 10).expect("date")));
        assert!(d.from_date_only);
        assert_eq!(d.due.with_timezone(&tz).format("%Y-%m-%dT%H:%M").to_string(), "2026-03-13T00:00");
    }

    #[test]
    fn one_month_from_the_31st_ends_on_the_last_day_of_a_shorter_month() {
        let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).expect("date");
        assert_eq!(one_month_after(d(2026, 1, 31)), d(2026, 2, 28));
        assert_eq!(one_month_after(d(2028, 1, 31)), d(2028, 2, 29));
        assert_eq!(one_month_after(d(2026, 12, 15)), d(2027, 1, 15));
    }
}
