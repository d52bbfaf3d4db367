//! The legal clocks: when a case's deadline falls.

use chrono::{DateTime, Datelike, Duration, NaiveDate, NaiveTime, TimeZone, Utc};
use chrono_tz::Tz;

use crate::model::{Case, Kind};
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

/// Art. 12.3: one month, counted as Regulation 1182/71 counts: the same date next month, or that
/// month's last day when there is no such date.
pub fn one_month_after(d: NaiveDate) -> NaiveDate {
    let (y, m) = if d.month() == 12 { (d.year() + 1, 1) } else { (d.year(), d.month() + 1) };
    (1..=d.day())
        .rev()
        .find_map(|day| NaiveDate::from_ymd_opt(y, m, day))
        .unwrap_or(d)
}

/// The deadline of a case's main clock, if it has started.
pub fn case_deadline(case: &Case, tz: Tz) -> Option<Deadline> {
    match (case.kind, case.value("discovered_at"), case.value("received_at")) {
        (Kind::Incident, Some(Value::When(w)), _) => Some(notify_deadline(tz, *w)),
        (Kind::DataSubjectRequest, _, Some(Value::When(w))) => {
            let due = one_month_after(w.date()).and_hms_opt(23, 59, 0).map(When::DateTime)?;
            Some(Deadline { due: local_to_utc(tz, due), from_date_only: true })
        }
        _ => None,
    }
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
