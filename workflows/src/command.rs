//! What people tell the bot to do, in their own words, as opposed to answers to its questions:
//! snoozing reminders ("påminn mig om 2 timmar", "snooze until tomorrow 9") and, from the DSO,
//! recording that IMY was notified or supplemented and extending a data-subject request.

use chrono::{Datelike, Duration, NaiveDateTime, NaiveTime, Timelike, Weekday};

use crate::lexicon;
use crate::when::{self, When};

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Command {
    /// No reminders to this person on this case until then (local wall time).
    Snooze { until: NaiveDateTime },
    /// The DSO notified IMY (art. 33), at this time.
    Notified { at: When },
    /// The DSO sent IMY the supplement a notification promised.
    Supplemented { at: When },
    /// The DSO extends a data-subject request by two months; the reason goes to the requester.
    Extend { reason: Option<String> },
}

/// The snooze and the DSO's records as a person writes them; `None` for anything else (an answer).
/// `morning` is when a day named without a time begins (the end of the quiet hours).
pub fn parse(text: &str, now: NaiveDateTime, morning: NaiveTime) -> Option<Command> {
    let lower = text.trim().to_lowercase();
    if lower.is_empty() || lower.len() > 600 {
        return None;
    }
    if let Some(rest) = snooze_rest(&lower) {
        return Some(Command::Snooze { until: snooze_until(rest, now, morning) });
    }
    if let Some(c) = extend(text, &lower) {
        return Some(c);
    }
    let at = || first_time(&lower, now).unwrap_or(When::DateTime(now.with_second(0).unwrap_or(now)));
    if supplemented(&lower) {
        return Some(Command::Supplemented { at: at() });
    }
    if notified(&lower) {
        return Some(Command::Notified { at: at() });
    }
    None
}

const SNOOZE_OPENINGS: &[&str] = &[
    "påminn mig igen",
    "påminn mig",
    "påminn igen",
    "snooza",
    "snoosa",
    "snooze",
    "remind me again",
    "remind me",
    "skjut upp påminnelsen",
    "vänta med påminnelsen",
];

/// The words after a snooze opening at the start of the text ("ok, påminn mig om 2 timmar").
fn snooze_rest(lower: &str) -> Option<&str> {
    let start = lower.trim_start_matches(|c: char| !c.is_alphanumeric());
    let start = ["ok ", "okej ", "ok, ", "okej, ", "tack ", "tack, ", "please ", "thanks, ", "kan du "]
        .iter()
        .find_map(|p| start.strip_prefix(p))
        .unwrap_or(start);
    let opening = SNOOZE_OPENINGS.iter().find(|o| start.starts_with(*o))?;
    Some(start[opening.len()..].trim_start_matches(|c: char| c.is_whitespace() || ",:;.-".contains(c)))
}

/// When a snooze ends: "om 2 timmar", "in 30 minutes", "imorgon kl 9", "until Monday", "2h".
/// Without a time it is two hours.
fn snooze_until(rest: &str, now: NaiveDateTime, morning: NaiveTime) -> NaiveDateTime {
    let words: Vec<&str> = rest
        .split(|c: char| c.is_whitespace() || ",.;!?".contains(c))
        .filter(|w| !w.is_empty() && !["om", "in", "for", "i", "till", "tills", "until", "to", "på", "on", "at", "efter", "after"].contains(w))
        .collect();
    if let Some(span) = span_of(&words) {
        return now + span;
    }
    // A written date ("den 1 december kl 10", "2026-12-01 10:00") that lies ahead.
    let named_day = words.iter().any(|w| weekday(w).is_some() || ["imorgon", "imorn", "morgon", "tomorrow"].contains(w));
    // Dates without a year read as the most recent such date (reports are about the past): seen
    // from half a year ahead, that is the next one. Weekdays and "imorgon" are read below.
    let horizon = now + Duration::days(184);
    let ahead = |w: When| (!named_day && w.date() > now.date() && w.date() < horizon.date()).then_some(w);
    match when::find_all(rest, horizon).into_iter().find_map(|f| ahead(f.when)) {
        Some(When::DateTime(dt)) => return dt,
        Some(When::Date(d)) if !words.iter().any(|w| weekday(w).is_some()) => {
            return d.and_time(clock_time(&words).unwrap_or(morning));
        }
        _ => {}
    }
    let tomorrow = words.iter().any(|w| ["imorgon", "imorn", "morgon", "tomorrow", "morrow"].contains(w));
    let weekday = words.iter().find_map(|w| weekday(w));
    let time = clock_time(&words);
    let day = if tomorrow {
        Some(now.date() + Duration::days(1))
    } else {
        weekday.map(|wd| {
            let ahead = (7 + wd.num_days_from_monday() as i64 - now.weekday().num_days_from_monday() as i64) % 7;
            now.date() + Duration::days(if ahead == 0 { 7 } else { ahead })
        })
    };
    match (day, time) {
        (Some(d), t) => d.and_time(t.unwrap_or(morning)),
        (None, Some(t)) => {
            let today = now.date().and_time(t);
            if today > now { today } else { today + Duration::days(1) }
        }
        (None, None) => now + Duration::hours(2),
    }
}

/// "2 timmar", "en halvtimme", "30 min", "ett par dagar", "2h", "an hour".
fn span_of(words: &[&str]) -> Option<Duration> {
    for (i, w) in words.iter().enumerate() {
        if let Some(d) = unit(w) {
            // "timme", "en timme", "2 timmar"
            let n = i.checked_sub(1).and_then(|j| amount(words[j])).unwrap_or(1);
            return Some(d * n as i32);
        }
        // "2h", "30m", "90min"
        let (digits, suffix) = w.split_at(w.find(|c: char| !c.is_ascii_digit()).unwrap_or(w.len()));
        if let (Ok(n), Some(d)) = (digits.parse::<i32>(), unit(suffix))
            && !digits.is_empty()
        {
            return Some(d * n);
        }
        if *w == "halvtimme" || *w == "halvtimma" {
            return Some(Duration::minutes(30));
        }
    }
    None
}

fn unit(w: &str) -> Option<Duration> {
    Some(match w {
        "m" | "min" | "mins" | "minut" | "minuter" | "minuten" | "minute" | "minutes" => Duration::minutes(1),
        "h" | "tim" | "timme" | "timma" | "timmar" | "timmen" | "hour" | "hours" | "hr" | "hrs" => Duration::hours(1),
        "d" | "dag" | "dagar" | "dygn" | "day" | "days" => Duration::days(1),
        "vecka" | "veckor" | "week" | "weeks" => Duration::weeks(1),
        _ => return None,
    })
}

fn amount(w: &str) -> Option<u64> {
    match w {
        "en" | "ett" | "a" | "an" | "one" => Some(1),
        "par" | "couple" => Some(2),
        _ => w.parse().ok().or_else(|| lexicon::number_word(w)),
    }
}

fn weekday(w: &str) -> Option<Weekday> {
    Some(match w.trim_end_matches('s') {
        "måndag" | "monday" | "mån" | "mon" => Weekday::Mon,
        "tisdag" | "tuesday" | "tis" | "tue" => Weekday::Tue,
        "onsdag" | "wednesday" | "ons" | "wed" => Weekday::Wed,
        "torsdag" | "thursday" | "tor" | "thu" => Weekday::Thu,
        "fredag" | "friday" | "fre" | "fri" => Weekday::Fri,
        _ => return None,
    })
}

/// "kl 9", "kl. 14.30", "9", "09:00", "at 2pm", "3 pm".
fn clock_time(words: &[&str]) -> Option<NaiveTime> {
    for (i, w) in words.iter().enumerate() {
        let w = w.trim_start_matches("kl").trim_start_matches('.');
        let (w, pm) = match w.strip_suffix("pm") {
            Some(x) => (x, true),
            None => (w.strip_suffix("am").unwrap_or(w), false),
        };
        let pm = pm || words.get(i + 1) == Some(&"pm");
        let (h, m) = match w.split_once([':', '.']) {
            Some((h, m)) => (h.parse::<u32>().ok(), m.parse::<u32>().ok()),
            None => (w.parse::<u32>().ok(), Some(0)),
        };
        if let (Some(h), Some(m)) = (h, m)
            && !w.is_empty()
            && h <= 23
            && m <= 59
        {
            let h = if pm && h < 12 { h + 12 } else { h };
            return NaiveTime::from_hms_opt(h, m, 0);
        }
    }
    None
}

/// The first date or time in the text, for "anmäld till IMY igår 15:10".
fn first_time(lower: &str, now: NaiveDateTime) -> Option<When> {
    when::find_all(lower, now).into_iter().map(|f| f.when).find(|w| w.date() <= now.date())
}

fn has_any(lower: &str, words: &[&str]) -> bool {
    words.iter().any(|w| lower.contains(w))
}

fn negated(lower: &str) -> bool {
    lower.contains("n't")
        || lower.split(|c: char| !c.is_alphanumeric()).any(|w| ["inte", "ej", "icke", "not", "never", "aldrig", "no"].contains(&w))
}

/// "Anmäld till IMY", "har anmält incidenten till IMY idag 10:15", "IMY notified", "reported to IMY".
fn notified(lower: &str) -> bool {
    let authority = has_any(lower, &["imy", "integritetsskyddsmyndigheten", "tillsynsmyndighet", "authority", "supervisory"]);
    let done = has_any(lower, &["anmäld ", "anmäld.", "anmält", "anmälde", "anmälan är gjord", "anmälan gjord", "anmälan är skickad", "anmälan skickad", "anmälan inskickad", "anmälan är inskickad", "notified", "reported to", "notification sent", "notification submitted", "notification filed"])
        || lower.ends_with("anmäld");
    authority && done && !negated(lower) && !lower.contains('?')
}

/// "Komplettering skickad till IMY", "har kompletterat anmälan", "supplement sent".
fn supplemented(lower: &str) -> bool {
    let done = has_any(lower, &["komplettering skickad", "kompletteringen skickad", "kompletteringen är skickad", "komplettering inskickad", "kompletteringen är inskickad", "har kompletterat", "kompletterat anmälan", "supplement sent", "supplement submitted", "sent the supplement", "supplemented"]);
    done && !negated(lower) && !lower.contains('?')
}

/// "Förläng: vi väntar på uppgifter från tre nämnder", "förlänger med två månader eftersom ...",
/// "extend: ...". The reason is what follows the colon or the word that introduces it.
fn extend(text: &str, lower: &str) -> Option<Command> {
    let openings = ["förläng", "extend", "förlänger", "förlängning"];
    let start = lower.trim_start_matches(|c: char| !c.is_alphanumeric());
    if !openings.iter().any(|o| start.starts_with(o)) || lower.contains('?') {
        return None;
    }
    let offset = lower.len() - start.len();
    let body = &text[offset..];
    let reason = ["eftersom", "pga", "på grund av", "då ", "because", "due to", "since", "as "]
        .iter()
        .filter_map(|w| start.find(w).map(|i| (i, w.len())))
        .min()
        .map(|(i, _)| body[i..].trim())
        .or_else(|| body.split_once(':').map(|(_, r)| r.trim()))
        .filter(|r| r.chars().filter(|c| c.is_alphabetic()).count() >= 8)
        .map(str::to_owned);
    // "Förlängning behövs inte" says no; a reason may say anything ("vi hinner inte").
    if reason.is_none() && negated(lower) {
        return None;
    }
    Some(Command::Extend { reason })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn now() -> NaiveDateTime {
        // A Friday, 16:55.
        NaiveDateTime::parse_from_str("2026-11-20T16:55", "%Y-%m-%dT%H:%M").expect("time")
    }
    fn eight() -> NaiveTime {
        NaiveTime::from_hms_opt(8, 0, 0).expect("time")
    }
    fn until(text: &str) -> String {
        match parse(text, now(), eight()) {
            Some(Command::Snooze { until }) => until.format("%Y-%m-%dT%H:%M").to_string(),
            other => format!("{other:?}"),
        }
    }

    #[test]
    fn snoozes_in_swedish_and_english() {
        let table = [
            ("påminn mig om 2 timmar", "2026-11-20T18:55"),
            ("Påminn mig igen om en timme", "2026-11-20T17:55"),
            ("ok, påminn mig om en halvtimme", "2026-11-20T17:25"),
            ("påminn mig imorgon kl 9", "2026-11-21T09:00"),
            ("påminn mig på måndag", "2026-11-23T08:00"),
            ("påminn mig i morgon", "2026-11-21T08:00"),
            ("påminn mig om tre dagar", "2026-11-23T16:55"),
            ("snooze until tomorrow 9", "2026-11-21T09:00"),
            ("snooze 2h", "2026-11-20T18:55"),
            ("Remind me in 30 minutes", "2026-11-20T17:25"),
            ("remind me on Monday at 10:30", "2026-11-23T10:30"),
            ("remind me at 3pm", "2026-11-21T15:00"),
            ("snooze", "2026-11-20T18:55"),
            ("påminn mig den 1 december kl 10", "2026-12-01T10:00"),
        ];
        for (text, want) in table {
            assert_eq!(until(text), want, "{text}");
        }
    }

    #[test]
    fn the_dso_records_a_notification_with_its_time() {
        let at = |t: &str| match parse(t, now(), eight()) {
            Some(Command::Notified { at }) => at.to_field_string(),
            other => format!("{other:?}"),
        };
        assert_eq!(at("Anmäld till IMY idag kl 15.10"), "2026-11-20T15:10");
        assert_eq!(at("har anmält incidenten till IMY igår"), "2026-11-19");
        assert_eq!(at("IMY notified"), "2026-11-20T16:55");
        assert_eq!(at("Reported to IMY at 14:00"), "2026-11-20T14:00");
        for not in ["Ja, den ska anmälas till IMY", "Vi har inte anmält till IMY", "ska vi anmäla till IMY?", "not notified to IMY yet", "anmäld"] {
            assert_eq!(parse(not, now(), eight()), None, "{not}");
        }
    }

    #[test]
    fn supplements_and_extensions() {
        assert!(matches!(parse("Komplettering skickad till IMY", now(), eight()), Some(Command::Supplemented { .. })));
        assert_eq!(
            parse("Förläng: begäran omfattar handlingar hos tre nämnder", now(), eight()),
            Some(Command::Extend { reason: Some("begäran omfattar handlingar hos tre nämnder".into()) })
        );
        assert_eq!(
            parse("Förlänger med två månader eftersom materialet är mycket omfattande", now(), eight()),
            Some(Command::Extend { reason: Some("eftersom materialet är mycket omfattande".into()) })
        );
        assert_eq!(parse("förläng", now(), eight()), Some(Command::Extend { reason: None }));
        assert_eq!(parse("Förlängning behövs inte", now(), eight()), None);
        assert_eq!(parse("Ja", now(), eight()), None);
    }
}

/// A command written to the bot in the DSO's room (or by the DSO in a direct chat): `!ärenden` /
/// `!cases`, `!visa N` / `!show N`, `!påminn N <när>` / `!snooze N <when>`, `!hjälp` / `!help`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RoomCommand {
    /// The open cases, nearest deadline first.
    Cases,
    /// One case, with every value and where it came from.
    Show { number: Option<String> },
    /// Put off a case's reminders: `when` is the rest, read as "påminn mig <when>".
    Snooze { number: Option<String>, when: String },
    /// What the bot understands; also the answer to a command it does not know.
    Help,
}

/// Reads a `!command`; `None` for anything that does not start with "!". The language is the
/// command word's.
pub fn room(text: &str) -> Option<(RoomCommand, crate::Lang)> {
    use crate::Lang::{En, Sv};
    let rest = text.trim().strip_prefix('!')?;
    let (word, args) = rest.split_once(char::is_whitespace).unwrap_or((rest, ""));
    let word = word.to_lowercase();
    let args = args.trim();
    // The case number is the first word when it looks like one ("PUI-2026-0001", "pui-2026-1").
    let (number, after) = match args.split_once(char::is_whitespace).unwrap_or((args, "")) {
        (n, after) if is_case_number(n) => (Some(n.to_uppercase()), after.trim()),
        _ => (None, args),
    };
    let command = |c| Some((c, if ["ärenden", "arenden", "visa", "påminn", "paminn", "hjälp", "hjalp"].contains(&word.as_str()) { Sv } else { En }));
    match word.as_str() {
        "ärenden" | "arenden" | "cases" => command(RoomCommand::Cases),
        "visa" | "show" => command(RoomCommand::Show { number }),
        "påminn" | "paminn" | "snooze" | "remind" => command(RoomCommand::Snooze { number, when: after.to_owned() }),
        "hjälp" | "hjalp" => command(RoomCommand::Help),
        _ => Some((RoomCommand::Help, En)),
    }
}

/// "PUI-2026-0001", "DSR-2026-12": a kind's prefix, a year, a serial.
fn is_case_number(s: &str) -> bool {
    let mut parts = s.split('-');
    let (Some(prefix), Some(year), Some(serial), None) = (parts.next(), parts.next(), parts.next(), parts.next()) else {
        return false;
    };
    ["pui", "dsr"].contains(&prefix.to_lowercase().as_str())
        && year.len() == 4
        && year.bytes().all(|b| b.is_ascii_digit())
        && !serial.is_empty()
        && serial.bytes().all(|b| b.is_ascii_digit())
}

#[cfg(test)]
mod room_tests {
    use super::*;
    use crate::Lang;

    #[test]
    fn room_commands_in_swedish_and_english() {
        assert_eq!(room("!ärenden"), Some((RoomCommand::Cases, Lang::Sv)));
        assert_eq!(room("  !cases "), Some((RoomCommand::Cases, Lang::En)));
        assert_eq!(room("!visa pui-2026-0001"), Some((RoomCommand::Show { number: Some("PUI-2026-0001".into()) }, Lang::Sv)));
        assert_eq!(room("!show"), Some((RoomCommand::Show { number: None }, Lang::En)));
        assert_eq!(
            room("!påminn PUI-2026-0003 imorgon kl 9"),
            Some((RoomCommand::Snooze { number: Some("PUI-2026-0003".into()), when: "imorgon kl 9".into() }, Lang::Sv))
        );
        assert_eq!(
            room("!snooze DSR-2026-12 in 2 hours"),
            Some((RoomCommand::Snooze { number: Some("DSR-2026-12".into()), when: "in 2 hours".into() }, Lang::En))
        );
        assert_eq!(room("!hjälp"), Some((RoomCommand::Help, Lang::Sv)));
        assert_eq!(room("!vadsomhelst"), Some((RoomCommand::Help, Lang::En)));
        assert_eq!(room("Jag skickade fel mejl"), None);
        assert!(!is_case_number("PUI-26-1") && !is_case_number("ABC-2026-0001") && !is_case_number("PUI-2026-"));
    }
}
