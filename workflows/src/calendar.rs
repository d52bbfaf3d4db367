//! Swedish working days: weekends, the public holidays of lagen (1989:253) om allmänna helgdagar,
//! and the eves (midsommarafton, julafton, nyårsafton) that are not holidays by law but are days off
//! in practice, treated as non-working by default.

use chrono::{Datelike, Duration, NaiveDate, Weekday};
use serde::Deserialize;

/// Which days count as working days.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Calendar {
    /// Midsommarafton, julafton and nyårsafton are days off (default true).
    #[serde(default = "yes")]
    pub eves_off: bool,
}

fn yes() -> bool {
    true
}

impl Default for Calendar {
    fn default() -> Calendar {
        Calendar { eves_off: true }
    }
}

/// Easter Sunday in the Gregorian calendar (the anonymous Gregorian algorithm, "Meeus/Jones/Butcher").
pub fn easter_sunday(year: i32) -> NaiveDate {
    let a = year % 19;
    let b = year / 100;
    let c = year % 100;
    let d = b / 4;
    let e = b % 4;
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    NaiveDate::from_ymd_opt(year, month as u32, day as u32).unwrap_or(NaiveDate::MIN)
}

/// The first `weekday` on or after `from`.
fn on_or_after(from: NaiveDate, weekday: Weekday) -> NaiveDate {
    let ahead = (7 + weekday.num_days_from_monday() as i64 - from.weekday().num_days_from_monday() as i64) % 7;
    from + Duration::days(ahead)
}

/// The name of the Swedish public holiday (or, with `eves_off`, the eve) on `d`, if it is one.
pub fn holiday(d: NaiveDate, cal: Calendar) -> Option<&'static str> {
    let y = d.year();
    let md = |m, day| NaiveDate::from_ymd_opt(y, m, day);
    let easter = easter_sunday(y);
    // Midsommardagen is the Saturday 20-26 June, alla helgons dag the Saturday 31 October - 6 November.
    let midsummer = on_or_after(md(6, 20)?, Weekday::Sat);
    let all_saints = on_or_after(md(10, 31)?, Weekday::Sat);
    let fixed = [
        (md(1, 1), "nyårsdagen"),
        (md(1, 6), "trettondedag jul"),
        (Some(easter - Duration::days(2)), "långfredagen"),
        (Some(easter), "påskdagen"),
        (Some(easter + Duration::days(1)), "annandag påsk"),
        (md(5, 1), "första maj"),
        (Some(easter + Duration::days(39)), "Kristi himmelfärdsdag"),
        (Some(easter + Duration::days(49)), "pingstdagen"),
        (md(6, 6), "Sveriges nationaldag"),
        (Some(midsummer), "midsommardagen"),
        (Some(all_saints), "alla helgons dag"),
        (md(12, 25), "juldagen"),
        (md(12, 26), "annandag jul"),
    ];
    if let Some((_, name)) = fixed.iter().find(|(day, _)| *day == Some(d)) {
        return Some(name);
    }
    if cal.eves_off {
        let eves = [
            (Some(midsummer - Duration::days(1)), "midsommarafton"),
            (md(12, 24), "julafton"),
            (md(12, 31), "nyårsafton"),
        ];
        if let Some((_, name)) = eves.iter().find(|(day, _)| *day == Some(d)) {
            return Some(name);
        }
    }
    None
}

impl Calendar {
    pub fn is_working_day(self, d: NaiveDate) -> bool {
        !matches!(d.weekday(), Weekday::Sat | Weekday::Sun) && holiday(d, self).is_none()
    }

    /// `d` itself when it is a working day, else the next working day.
    pub fn working_day_on_or_after(self, d: NaiveDate) -> NaiveDate {
        let mut d = d;
        // At most a long weekend plus a cluster of holidays; bounded so a bad input cannot spin.
        for _ in 0..30 {
            if self.is_working_day(d) {
                return d;
            }
            d += Duration::days(1);
        }
        d
    }

    /// The first working day of the quarter `d` falls in.
    pub fn first_working_day_of_quarter(self, d: NaiveDate) -> NaiveDate {
        let month = (d.month0() / 3) * 3 + 1;
        let start = NaiveDate::from_ymd_opt(d.year(), month, 1).unwrap_or(d);
        self.working_day_on_or_after(start)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).expect("date")
    }

    #[test]
    fn easter_falls_where_the_almanac_says() {
        for (y, m, day) in [(2024, 3, 31), (2025, 4, 20), (2026, 4, 5), (2027, 3, 28), (2028, 4, 16), (2038, 4, 25), (2019, 4, 21)] {
            assert_eq!(easter_sunday(y), d(y, m, day), "{y}");
        }
    }

    #[test]
    fn the_holidays_of_2026() {
        let cal = Calendar::default();
        let table = [
            (d(2026, 1, 1), Some("nyårsdagen")),
            (d(2026, 1, 6), Some("trettondedag jul")),
            (d(2026, 4, 3), Some("långfredagen")),
            (d(2026, 4, 6), Some("annandag påsk")),
            (d(2026, 5, 1), Some("första maj")),
            (d(2026, 5, 14), Some("Kristi himmelfärdsdag")),
            (d(2026, 6, 6), Some("Sveriges nationaldag")),
            (d(2026, 6, 19), Some("midsommarafton")),
            (d(2026, 6, 20), Some("midsommardagen")),
            (d(2026, 10, 31), Some("alla helgons dag")),
            (d(2026, 12, 24), Some("julafton")),
            (d(2026, 12, 31), Some("nyårsafton")),
            (d(2026, 4, 2), None),
            (d(2026, 6, 22), None),
        ];
        for (day, want) in table {
            assert_eq!(holiday(day, cal), want, "{day}");
        }
        let eves_worked = Calendar { eves_off: false };
        assert_eq!(holiday(d(2026, 12, 24), eves_worked), None);
        assert!(eves_worked.is_working_day(d(2026, 12, 24)));
    }

    #[test]
    fn the_next_working_day_skips_weekends_and_holiday_clusters() {
        let cal = Calendar::default();
        // Good Friday 2026-04-03 -> Tuesday after Easter Monday.
        assert_eq!(cal.working_day_on_or_after(d(2026, 4, 3)), d(2026, 4, 7));
        // Julafton 2026 (Thursday) -> juldagen, annandag, weekend -> Monday 28th.
        assert_eq!(cal.working_day_on_or_after(d(2026, 12, 24)), d(2026, 12, 28));
        assert_eq!(cal.working_day_on_or_after(d(2026, 11, 23)), d(2026, 11, 23));
        assert_eq!(cal.first_working_day_of_quarter(d(2027, 2, 14)), d(2027, 1, 4));
        assert_eq!(cal.first_working_day_of_quarter(d(2026, 12, 1)), d(2026, 10, 1));
    }
}
