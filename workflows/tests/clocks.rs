//! The legal clocks, table-tested: 72 hours across both DST nights, one month as Regulation
//! 1182/71 counts it with Swedish days off, the two-month extension and the four-week supplement.

use chrono::{NaiveDate, NaiveDateTime};
use chrono_tz::Tz;
use workflows::clocks::{Calendar, add_months, notify_deadline, respond_deadline, supplement_deadline};
use workflows::value::When;

const TZ: Tz = chrono_tz::Europe::Stockholm;

fn local(s: &str) -> When {
    When::parse_field(s).unwrap_or_else(|| panic!("bad time {s}"))
}

fn shown(t: chrono::DateTime<chrono::Utc>) -> String {
    t.with_timezone(&TZ).format("%Y-%m-%dT%H:%M").to_string()
}

fn date(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap_or_else(|e| panic!("{s}: {e}"))
}

#[test]
fn seventy_two_hours_are_elapsed_hours() {
    let table = [
        // (discovered, deadline as the wall clock shows it)
        ("2026-11-20T16:55", "2026-11-23T16:55"), // Friday afternoon: the weekend counts
        ("2026-03-27T12:00", "2026-03-30T13:00"), // spring night (29 March) has 23 hours
        ("2026-03-29T01:30", "2026-04-01T02:30"), // discovered just before the clocks jump
        ("2026-10-23T12:00", "2026-10-26T11:00"), // autumn night (25 October) has 25 hours
        ("2026-10-25T02:30", "2026-10-28T01:30"), // the repeated hour: the first of the two
        ("2026-12-31T23:00", "2027-01-03T23:00"), // over New Year
        ("2026-03-10", "2026-03-13T00:00"),       // a date only: from the start of the day
    ];
    for (discovered, want) in table {
        let d = notify_deadline(TZ, local(discovered));
        assert_eq!(shown(d.due), want, "discovered {discovered}");
        assert_eq!(d.from_date_only, !discovered.contains('T'), "{discovered}");
        // In real hours it is always exactly 72.
        let start = workflows::clocks::local_to_utc(TZ, local(discovered));
        assert_eq!((d.due - start).num_hours(), 72);
    }
}

#[test]
fn months_count_as_regulation_1182_71_counts_them() {
    let table = [
        ("2026-01-31", 1, "2026-02-28"),
        ("2028-01-31", 1, "2028-02-29"),
        ("2026-03-31", 1, "2026-04-30"),
        ("2026-12-15", 1, "2027-01-15"),
        ("2026-11-30", 3, "2027-02-28"),
        ("2026-01-15", 3, "2026-04-15"),
    ];
    for (from, months, want) in table {
        assert_eq!(add_months(date(from), months), date(want), "{from} + {months}");
    }
}

#[test]
fn a_request_deadline_on_a_day_off_moves_to_the_next_working_day() {
    let cal = Calendar::default();
    let table = [
        // (received, deadline date, why)
        ("2026-01-31", "2026-03-02", "28 Feb 2026 is a Saturday"),
        ("2028-01-31", "2028-02-29", "leap year, a Tuesday"),
        ("2027-01-31", "2027-03-01", "28 Feb 2027 is a Sunday"),
        ("2026-03-03", "2026-04-07", "3 April 2026 is Good Friday; Easter Monday follows"),
        ("2026-03-06", "2026-04-07", "6 April 2026 is Easter Monday"),
        ("2026-05-19", "2026-06-22", "19 June 2026 is midsommarafton, then midsommardagen and Sunday"),
        ("2026-11-24", "2026-12-28", "24 December: julafton, juldagen, annandag jul, weekend"),
        ("2026-11-25", "2026-12-28", "25 December is juldagen"),
        ("2026-12-01", "2027-01-04", "1 January 2027 (a Friday) is nyårsdagen"),
        ("2027-11-24", "2027-12-27", "julafton 2027 is a Friday, then the weekend"),
        ("2026-05-06", "2026-06-08", "6 June 2026 (nationaldagen) is a Saturday"),
        ("2026-10-20", "2026-11-20", "an ordinary Friday"),
    ];
    for (received, want, why) in table {
        let d = respond_deadline(TZ, cal, date(received), false);
        assert_eq!(shown(d.due), format!("{want}T23:59"), "{received}: {why}");
    }
    // With the eves as working days, julafton itself is the deadline.
    let eves_worked = Calendar { eves_off: false };
    assert_eq!(shown(respond_deadline(TZ, eves_worked, date("2026-11-24"), false).due), "2026-12-24T23:59");
}

#[test]
fn an_extension_adds_two_months_and_the_same_day_off_rule() {
    let cal = Calendar::default();
    let table = [
        ("2026-01-31", "2026-04-30"),
        ("2026-10-24", "2027-01-25"), // 24 January 2027 is a Sunday
        ("2026-02-03", "2026-05-04"), // 3 May 2026 is a Sunday
    ];
    for (received, want) in table {
        let d = respond_deadline(TZ, cal, date(received), true);
        assert_eq!(shown(d.due), format!("{want}T23:59"), "{received}");
    }
}

#[test]
fn the_supplement_is_due_four_weeks_after_the_notification() {
    let table = [("2026-11-23T10:00", "2026-12-21T23:59"), ("2026-02-10", "2026-03-10T23:59"), ("2028-02-15T09:00", "2028-03-14T23:59")];
    for (notified, want) in table {
        assert_eq!(shown(supplement_deadline(TZ, local(notified)).due), want, "{notified}");
    }
}

#[test]
fn wall_times_that_do_not_exist_move_forward_and_repeated_ones_take_the_first() {
    let gap: NaiveDateTime = NaiveDateTime::parse_from_str("2026-03-29T02:30", "%Y-%m-%dT%H:%M").expect("time");
    let t = workflows::clocks::local_to_utc(TZ, When::DateTime(gap));
    assert_eq!(shown(t), "2026-03-29T03:30");
    let repeated = workflows::clocks::local_to_utc(TZ, local("2026-10-25T02:30"));
    assert_eq!(repeated.format("%H:%M").to_string(), "00:30");
}
