//! Dates and times in free-text incident reports, Swedish and English.
//!
//! Reporters write things like "igår eftermiddag vid tretiden", "i fredags kväll",
//! "Tisdag 211026 kl 11.41" or "on Saturday night (around 11pm)". [`find_all`] finds every
//! such expression and resolves it against the local wall time the message arrived
//! (`now`, Europe/Stockholm wall time; the caller converts, so DST never matters here).
//! [`parse_answer`] reads a reply to "when did it happen?" as one date/time.
//!
//! Resolution rules:
//! * Relative days ("igår", "i förrgår", "last night" = yesterday, "i natt" = today) count
//!   from `now`. "i måndags", "förra måndagen", "last Monday" are the most recent Monday
//!   before today; a bare "måndag"/"on Monday" may also be today.
//! * A day and month without a year take the most recent such date not after today, except
//!   that a date this year at most half a year ahead is a future mention
//!   ("mötet den 12 mars" written on 10 March), not last year's date: it yields nothing.
//!   "den 9" alone is the 9th of this month if that is not after today.
//! * Future dates only come out with an explicit year. "imorgon", "på måndag", "nästa
//!   vecka" give nothing.
//! * A clock time joins the day next to it ("igår kl 14", "kl 14 igår"); the part of day
//!   settles AM/PM ("igår kväll kl 9" = 21:00; "vid tretiden" = 15:00 unless morning or
//!   night is said). A clock time with no day next to it takes the nearest day in its
//!   sentence; failing that the day the story last named (earlier sentences); failing that
//!   today, but only if that is not after `now` and no other day is named later.
//! * Times before 06:00 in "X natt"/"last night" fall on the next date ("i lördags natt kl
//!   2" = Sunday 02:00); the date-only value stays the named day.
//!
//! Deliberate non-results (precision over recall: a wrong date is worse than none):
//! vague spans ("i helgen", "förra veckan", "häromdagen"), days relative to another event
//! ("dagen innan", "the day after": the anchor is a guess), weekdays in the plural or with
//! "varje"/"nästa"/"en", dates that do not exist (31/4), and a weekday and a relative day
//! that disagree ("igår (fredag)" on a Tuesday). Such expressions also swallow the clock
//! times next to them, so those are not given to some other day.
//!
//! Implementation: one pass lexes the text into words (lowercased into one shared buffer),
//! numbers and punctuation; everything after that works on those tokens, no regexes.
//! Pipeline: `lex` -> atoms (a day, a clock time, a part of day, or a vague expression)
//! -> pieces (days joined with the clock times next to them, ranges) -> lone clock times
//! get their day -> [`Found`]s. Never panics: token look-ups are bounds-checked, and byte
//! offsets only come from `char_indices`, so they sit on char boundaries.

use chrono::{Datelike, NaiveDate, NaiveDateTime, NaiveTime, TimeDelta, Timelike, Weekday};

// ---------------------------------------------------------------------------------------
// Public API
// ---------------------------------------------------------------------------------------

/// A point in local wall time, as precise as the words were.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum When {
    Date(NaiveDate),
    DateTime(NaiveDateTime),
}

impl When {
    pub fn date(&self) -> NaiveDate {
        match self {
            When::Date(d) => *d,
            When::DateTime(dt) => dt.date(),
        }
    }

    /// "2020-09-22" or "2020-09-22T14:00"
    pub fn to_field_string(&self) -> String {
        match self {
            When::Date(d) => format!("{:04}-{:02}-{:02}", d.year(), d.month(), d.day()),
            When::DateTime(dt) => format!(
                "{:04}-{:02}-{:02}T{:02}:{:02}",
                dt.year(),
                dt.month(),
                dt.day(),
                dt.hour(),
                dt.minute()
            ),
        }
    }

    /// Parses the two forms written by [`When::to_field_string`] back (a space instead of
    /// the `T` is tolerated).
    pub fn parse_field(s: &str) -> Option<When> {
        let b = s.trim().as_bytes();
        let date = field_date(b.get(..10)?)?;
        match b.len() {
            10 => Some(When::Date(date)),
            16 if matches!(b[10], b'T' | b' ') => {
                let time = field_time(b.get(11..16)?)?;
                Some(When::DateTime(date.and_time(time)))
            }
            _ => None,
        }
    }
}

/// One expression found in a text: byte range in the ORIGINAL text, and its value.
#[derive(Debug, Clone, PartialEq)]
pub struct Found {
    pub start: usize,
    pub end: usize,
    pub when: When,
    pub kind: FoundKind,
}

/// "från 9:10 till 16:15" gives a `RangeStart` and a `RangeEnd`; everything else, including
/// "sedan 2 november", is a `Point` (the caller reads words like "sedan" itself).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FoundKind {
    Point,
    RangeStart,
    RangeEnd,
}

/// Every date/time expression in `text`, in order of position, not overlapping.
pub fn find_all(text: &str, now: NaiveDateTime) -> Vec<Found> {
    analyse(text, now).into_iter().map(|h| h.found).collect()
}

/// Every date in a message, where forwarded or quoted parts carry their own sending time
/// ("Skickat: fredag 8 maj 2026 13:12", "Sent: Monday, 16 November 2026 16:48", "Datum: fre 18
/// sep. 2026 19:42"): "idag" and "last Tuesday" below such a header are read against the time it
/// gives, not against the message's. The header's own time says when a mail was sent, not when
/// anything happened, and is left out.
pub fn find_all_forwarded(text: &str, now: NaiveDateTime) -> Vec<Found> {
    // (header line start, header line end, the time it gives)
    let mut headers: Vec<(usize, usize, NaiveDateTime)> = Vec::new();
    let mut pos = 0;
    for line in text.split_inclusive('\n') {
        let start = pos;
        pos += line.len();
        let Some(rest) = crate::forward::sent_header(line) else {
            continue;
        };
        let sent = find_all(rest, now).into_iter().find_map(|f| match f.when {
            When::DateTime(t) if t <= now => Some(t),
            _ => None,
        });
        if let Some(t) = sent {
            headers.push((start, pos, t));
        }
    }
    if headers.is_empty() {
        return find_all(text, now);
    }
    let mut out = Vec::new();
    let mut part = |from: usize, to: usize, base: NaiveDateTime| {
        out.extend(find_all(&text[from..to], base).into_iter().map(|f| Found { start: f.start + from, end: f.end + from, ..f }));
    };
    let (mut from, mut base) = (0, now);
    for (start, end, sent) in headers {
        part(from, start, base);
        (from, base) = (end, sent);
    }
    part(from, text.len(), base);
    out
}

/// An answer to the question "when did X happen?": the single date/time the answer means,
/// or None if it holds none, is ambiguous (two different dates, two different times), or
/// lies in the future without an explicit year ("imorgon").
pub fn parse_answer(text: &str, now: NaiveDateTime) -> Option<When> {
    // A range answers "when" with its start; its end may even fall on the next day.
    let hits: Vec<Hit> = analyse(text, now)
        .into_iter()
        .filter(|h| h.found.kind != FoundKind::RangeEnd)
        .collect();
    let first = hits.first()?;
    let date = first.found.when.date();
    if hits.iter().any(|h| h.found.when.date() != date) {
        return None;
    }
    let mut timed = hits
        .iter()
        .filter(|h| matches!(h.found.when, When::DateTime(_)));
    let answer = match timed.next() {
        None => When::Date(date),
        Some(t) if timed.all(|u| u.found.when == t.found.when) => t.found.when,
        // Several different times on that day: a range start wins, else it's ambiguous.
        Some(_) => {
            hits.iter()
                .find(|h| h.found.kind == FoundKind::RangeStart)?
                .found
                .when
        }
    };
    let future = match answer {
        When::Date(d) => d > now.date(),
        When::DateTime(dt) => dt > now,
    };
    if future && !hits.iter().any(|h| h.explicit_year) {
        return None;
    }
    Some(answer)
}

fn field_num(b: &[u8]) -> Option<u32> {
    if b.is_empty() || !b.iter().all(u8::is_ascii_digit) {
        return None;
    }
    Some(b.iter().fold(0u32, |acc, d| acc * 10 + u32::from(d - b'0')))
}

fn field_date(b: &[u8]) -> Option<NaiveDate> {
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let y = i32::try_from(field_num(&b[0..4])?).ok()?;
    NaiveDate::from_ymd_opt(y, field_num(&b[5..7])?, field_num(&b[8..10])?)
}

fn field_time(b: &[u8]) -> Option<NaiveTime> {
    if b.len() != 5 || b[2] != b':' {
        return None;
    }
    NaiveTime::from_hms_opt(field_num(&b[0..2])?, field_num(&b[3..5])?, 0)
}

// ---------------------------------------------------------------------------------------
// Lexer
// ---------------------------------------------------------------------------------------

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Word,
    Num,
    Punct(char),
}

/// A token. `start..end` is its byte range in the original text; words keep their
/// lowercase form in `lo..hi` of the shared lowercase buffer; numbers their value
/// (saturating) and digit count.
#[derive(Debug, Clone, Copy)]
struct Tok {
    kind: Kind,
    start: usize,
    end: usize,
    lo: usize,
    hi: usize,
    val: u32,
    ndig: u32,
}

/// Splits text into words (runs of letters), numbers (runs of ASCII digits) and single
/// punctuation chars. Whitespace is dropped except newlines, which end sentences.
fn lex(text: &str) -> (Vec<Tok>, String) {
    let mut toks = Vec::with_capacity(text.len() / 4 + 4);
    let mut lower = String::with_capacity(text.len() + 8);
    let mut chars = text.char_indices().peekable();
    while let Some((start, c)) = chars.next() {
        let mut tok = Tok {
            kind: Kind::Punct(c),
            start,
            end: start + c.len_utf8(),
            lo: 0,
            hi: 0,
            val: 0,
            ndig: 0,
        };
        if c.is_ascii_digit() {
            tok.kind = Kind::Num;
            tok.val = u32::from(c as u8 - b'0');
            tok.ndig = 1;
            while let Some(&(i, d)) = chars.peek() {
                if !d.is_ascii_digit() {
                    break;
                }
                tok.val = tok
                    .val
                    .saturating_mul(10)
                    .saturating_add(u32::from(d as u8 - b'0'));
                tok.ndig = tok.ndig.saturating_add(1);
                tok.end = i + 1;
                chars.next();
            }
        } else if is_letter(c) {
            tok.kind = Kind::Word;
            tok.lo = lower.len();
            push_lower(&mut lower, c);
            while let Some(&(i, d)) = chars.peek() {
                if is_letter(d) {
                    push_lower(&mut lower, d);
                } else if is_combining_mark(d) {
                    compose(&mut lower, d);
                } else {
                    break;
                }
                tok.end = i + d.len_utf8();
                chars.next();
            }
            tok.hi = lower.len();
        } else if c.is_whitespace() && c != '\n' {
            continue;
        }
        toks.push(tok);
    }
    (toks, lower)
}

/// A letter: ASCII and Latin-1 (å, ä, ö, é) without the Unicode tables, the rest with them.
fn is_letter(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphabetic()
    } else if ('\u{c0}'..='\u{ff}').contains(&c) {
        c != '\u{d7}' && c != '\u{f7}'
    } else {
        c.is_alphabetic()
    }
}

fn push_lower(lower: &mut String, c: char) {
    if c.is_ascii() {
        lower.push(c.to_ascii_lowercase());
    } else if let Some(l) = crate::lexicon::latin1_lower(c) {
        // Swedish letters without the Unicode tables: the hot path of every text.
        lower.push(l);
    } else {
        lower.extend(c.to_lowercase());
    }
}

fn is_combining_mark(c: char) -> bool {
    ('\u{300}'..='\u{36f}').contains(&c)
}

/// Mail clients on macOS may send "å" as "a" + U+030A. Compose the letters that matter
/// here so that "igår" matches however it was encoded; drop other marks.
fn compose(lower: &mut String, mark: char) {
    let composed = match (lower.chars().last(), mark) {
        (Some('a'), '\u{30a}') => 'å',
        (Some('a'), '\u{308}') => 'ä',
        (Some('o'), '\u{308}') => 'ö',
        (Some('u'), '\u{308}') => 'ü',
        (Some('e'), '\u{301}') => 'é',
        _ => return,
    };
    lower.pop();
    lower.push(composed);
}

// ---------------------------------------------------------------------------------------
// Vocabulary
// ---------------------------------------------------------------------------------------

/// Part of the day, used to decide AM/PM ("igår kväll kl 9" = 21:00) and night spans.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Part {
    Morning,
    Midday,
    Afternoon,
    Evening,
    Night,
}

fn part_word(w: &str) -> Option<Part> {
    Some(match w {
        "morgon" | "morgonen" | "morse" | "förmiddag" | "förmiddagen" | "förmiddags" | "bitti"
        | "morning" => Part::Morning,
        "lunch" | "lunchen" | "lunchtid" | "lunchtiden" | "lunchtime" => Part::Midday,
        "eftermiddag" | "eftermiddagen" | "eftermiddags" | "afternoon" => Part::Afternoon,
        "kväll" | "kvällen" | "kvälls" | "kvällstid" | "afton" | "aftonen" | "evening" => {
            Part::Evening
        }
        "natt" | "natten" | "natts" | "nattetid" | "night" => Part::Night,
        _ => return None,
    })
}

/// Month number, whether the word only counts when capitalised ("May", not "may"), and
/// whether it is an abbreviation (which may carry a period: "sept.").
fn month_word(w: &str) -> Option<(u32, bool, bool)> {
    Some(match w {
        "januari" | "january" => (1, false, false),
        "jan" => (1, false, true),
        "februari" | "february" => (2, false, false),
        "feb" | "febr" => (2, false, true),
        "mars" | "march" => (3, false, false),
        "mar" => (3, false, true),
        "april" => (4, false, false),
        "apr" => (4, false, true),
        "maj" => (5, false, false),
        "may" => (5, true, false),
        "juni" | "june" => (6, false, false),
        "jun" => (6, false, true),
        "juli" | "july" => (7, false, false),
        "jul" => (7, false, true),
        "augusti" | "august" => (8, false, false),
        "aug" => (8, false, true),
        "september" => (9, false, false),
        "sep" | "sept" => (9, false, true),
        "oktober" | "october" => (10, false, false),
        "okt" | "oct" => (10, false, true),
        "november" => (11, false, false),
        "nov" => (11, false, true),
        "december" => (12, false, false),
        "dec" => (12, false, true),
        _ => return None,
    })
}

/// How a weekday word is inflected; it decides past/future and strictness.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum WdForm {
    /// "måndag", "monday"
    Indef,
    /// "måndagen"
    Def,
    /// "måndags" (as in "i måndags"): always a past day, never today
    S,
    /// "måndagskväll", "lördagsnatten"
    SPart(Part),
    /// "måndagar", "mondays": habitual, not a date
    Plural,
}

const SV_WEEKDAYS: [(&str, Weekday); 7] = [
    ("måndag", Weekday::Mon),
    ("tisdag", Weekday::Tue),
    ("onsdag", Weekday::Wed),
    ("torsdag", Weekday::Thu),
    ("fredag", Weekday::Fri),
    ("lördag", Weekday::Sat),
    ("söndag", Weekday::Sun),
];

const EN_WEEKDAYS: [(&str, Weekday); 7] = [
    ("monday", Weekday::Mon),
    ("tuesday", Weekday::Tue),
    ("wednesday", Weekday::Wed),
    ("thursday", Weekday::Thu),
    ("friday", Weekday::Fri),
    ("saturday", Weekday::Sat),
    ("sunday", Weekday::Sun),
];

/// The weekday, its form, and whether the word is Swedish.
fn weekday_word(w: &str) -> Option<(Weekday, WdForm, bool)> {
    // Weekdays start with one of these letters (lördag, onsdag, wednesday...).
    if !matches!(
        w.as_bytes().first(),
        Some(b'm' | b't' | b'o' | b'f' | b'l' | b's' | b'w')
    ) {
        return None;
    }
    for (stem, wd) in SV_WEEKDAYS {
        if let Some(rest) = w.strip_prefix(stem) {
            let form = match rest {
                "" => WdForm::Indef,
                "en" => WdForm::Def,
                "s" => WdForm::S,
                "ar" | "arna" => WdForm::Plural,
                _ => WdForm::SPart(part_word(rest.strip_prefix('s')?)?),
            };
            return Some((wd, form, true));
        }
    }
    for (name, wd) in EN_WEEKDAYS {
        if let Some(rest) = w.strip_prefix(name) {
            let form = match rest {
                "" => WdForm::Indef,
                "s" => WdForm::Plural,
                _ => return None,
            };
            return Some((wd, form, false));
        }
    }
    None
}

/// Swedish hour words, used in "klockan tre", "halv tre", "tretiden".
fn hour_word(w: &str) -> Option<u32> {
    Some(match w {
        "ett" => 1,
        "två" => 2,
        "tre" => 3,
        "fyra" => 4,
        "fem" => 5,
        "sex" => 6,
        "sju" => 7,
        "åtta" => 8,
        "nio" => 9,
        "tio" => 10,
        "elva" => 11,
        "tolv" => 12,
        _ => return None,
    })
}

/// Small counts for "för tre dagar sedan", "two days ago".
fn small_number_word(w: &str) -> Option<u32> {
    match w {
        "en" | "ett" | "a" | "an" | "one" => Some(1),
        _ => hour_word(w).or_else(|| english_hour_word(w)),
    }
}

fn english_hour_word(w: &str) -> Option<u32> {
    Some(match w {
        "one" => 1,
        "two" => 2,
        "three" => 3,
        "four" => 4,
        "five" => 5,
        "six" => 6,
        "seven" => 7,
        "eight" => 8,
        "nine" => 9,
        "ten" => 10,
        "eleven" => 11,
        "twelve" => 12,
        _ => return None,
    })
}

/// "tretiden", "tiosnåret" = about that o'clock ("ettiden" drops a t).
fn tiden_word(w: &str) -> Option<u32> {
    match w
        .strip_suffix("tiden")
        .or_else(|| w.strip_suffix("snåret"))?
    {
        "et" => Some(1),
        stem => hour_word(stem),
    }
}

/// Relative-day phrases. Entries are matched word by word, first match wins, so longer
/// phrases come before their prefixes. "the"/"den"/"on" in front are handled as lead-ins.
#[derive(Debug, Clone, Copy)]
enum Rel {
    Day(i64),
    DayPart(i64, Part),
    /// "i natt": today's date, but the night may be the one just past
    Tonight,
    /// "på morgonen": today, unless the narrative already named a day
    MaybeToday(Part),
    /// "samma dag", "samma kväll", "later that day": the day named last before it.
    SameDay(Option<Part>),
    Vague,
}

const RELATIVE: &[(&[&str], Rel)] = &[
    (&["day", "before", "yesterday"], Rel::Day(-2)),
    (&["i", "förrgår"], Rel::Day(-2)),
    (&["iförrgår"], Rel::Day(-2)),
    (&["förrgår"], Rel::Day(-2)),
    (&["i", "går"], Rel::Day(-1)),
    (&["igår"], Rel::Day(-1)),
    // "vid gårdagens möte", "dagens utskick": the genitive names the day too.
    (&["gårdagens"], Rel::Day(-1)),
    (&["dagens"], Rel::Day(0)),
    (&["yesterday"], Rel::Day(-1)),
    (&["i", "dag"], Rel::Day(0)),
    (&["idag"], Rel::Day(0)),
    (&["earlier", "today"], Rel::Day(0)),
    (&["today"], Rel::Day(0)),
    (&["i", "morse"], Rel::DayPart(0, Part::Morning)),
    (&["imorse"], Rel::DayPart(0, Part::Morning)),
    (&["this", "morning"], Rel::DayPart(0, Part::Morning)),
    (&["i", "förmiddags"], Rel::DayPart(0, Part::Morning)),
    (&["i", "förmiddag"], Rel::DayPart(0, Part::Morning)),
    (&["i", "eftermiddags"], Rel::DayPart(0, Part::Afternoon)),
    (&["i", "eftermiddag"], Rel::DayPart(0, Part::Afternoon)),
    (&["this", "afternoon"], Rel::DayPart(0, Part::Afternoon)),
    (&["i", "kväll"], Rel::DayPart(0, Part::Evening)),
    (&["ikväll"], Rel::DayPart(0, Part::Evening)),
    (&["i", "afton"], Rel::DayPart(0, Part::Evening)),
    (&["tonight"], Rel::DayPart(0, Part::Evening)),
    (&["this", "evening"], Rel::DayPart(0, Part::Evening)),
    (&["i", "natt"], Rel::Tonight),
    (&["inatt"], Rel::Tonight),
    // "Vid nattens import, som startade kl. 02.00": last night's.
    (&["nattens"], Rel::Tonight),
    (&["last", "night"], Rel::DayPart(-1, Part::Night)),
    (&["last", "evening"], Rel::DayPart(-1, Part::Evening)),
    (&["på", "morgonen"], Rel::MaybeToday(Part::Morning)),
    // "skickade ett sms vid lunch", "strax efter lunch", "around lunchtime": today's lunch,
    // unless the story is at another day.
    (&["strax", "efter", "lunch"], Rel::MaybeToday(Part::Midday)),
    (&["strax", "före", "lunch"], Rel::MaybeToday(Part::Midday)),
    (&["efter", "lunch"], Rel::MaybeToday(Part::Midday)),
    (&["efter", "lunchen"], Rel::MaybeToday(Part::Midday)),
    (&["före", "lunch"], Rel::MaybeToday(Part::Midday)),
    (&["innan", "lunch"], Rel::MaybeToday(Part::Midday)),
    (&["vid", "lunch"], Rel::MaybeToday(Part::Midday)),
    (&["vid", "lunchtid"], Rel::MaybeToday(Part::Midday)),
    (&["runt", "lunch"], Rel::MaybeToday(Part::Midday)),
    (&["på", "lunchen"], Rel::MaybeToday(Part::Midday)),
    (&["around", "lunch"], Rel::MaybeToday(Part::Midday)),
    (&["around", "lunchtime"], Rel::MaybeToday(Part::Midday)),
    (&["at", "lunchtime"], Rel::MaybeToday(Part::Midday)),
    (&["after", "lunch"], Rel::MaybeToday(Part::Midday)),
    (&["before", "lunch"], Rel::MaybeToday(Part::Midday)),
    // Future: not an answer to "when did it happen".
    (&["i", "morgon"], Rel::Vague),
    (&["imorgon"], Rel::Vague),
    (&["i", "övermorgon"], Rel::Vague),
    (&["tomorrow"], Rel::Vague),
    // Too vague to be a date.
    (&["i", "helgen"], Rel::Vague),
    (&["helgen"], Rel::Vague),
    (&["weekend"], Rel::Vague),
    (&["förra", "veckan"], Rel::Vague),
    (&["i", "veckan"], Rel::Vague),
    (&["nästa", "vecka"], Rel::Vague),
    (&["förra", "månaden"], Rel::Vague),
    (&["last", "week"], Rel::Vague),
    (&["this", "week"], Rel::Vague),
    (&["next", "week"], Rel::Vague),
    (&["last", "month"], Rel::Vague),
    (&["häromdagen"], Rel::Vague),
    (&["häromveckan"], Rel::Vague),
    (&["other", "day"], Rel::Vague),
    // Relative to some other event: the anchor is a guess, so no date (see module docs).
    (&["dagen", "innan"], Rel::Vague),
    (&["dagen", "före"], Rel::Vague),
    (&["dagen", "efter"], Rel::Vague),
    (&["dagen", "därpå"], Rel::Vague),
    (&["day", "before"], Rel::Vague),
    (&["day", "after"], Rel::Vague),
    (&["next", "day"], Rel::Vague),
    (&["following", "day"], Rel::Vague),
    // The day the story is at: "jag vidarebefordrade mejlet kl 16.20 samma dag".
    (&["senare", "samma", "dag"], Rel::SameDay(None)),
    (&["samma", "dag"], Rel::SameDay(None)),
    (&["samma", "morgon"], Rel::SameDay(Some(Part::Morning))),
    (&["samma", "förmiddag"], Rel::SameDay(Some(Part::Morning))),
    (
        &["samma", "eftermiddag"],
        Rel::SameDay(Some(Part::Afternoon)),
    ),
    (&["samma", "kväll"], Rel::SameDay(Some(Part::Evening))),
    (&["same", "day"], Rel::SameDay(None)),
    (&["same", "morning"], Rel::SameDay(Some(Part::Morning))),
    (&["same", "afternoon"], Rel::SameDay(Some(Part::Afternoon))),
    (&["same", "evening"], Rel::SameDay(Some(Part::Evening))),
    (&["later", "that", "day"], Rel::SameDay(None)),
    (&["that", "same", "day"], Rel::SameDay(None)),
];

/// A year-less date up to this many days ahead is a future mention, not last year's date.
const FUTURE_WINDOW_DAYS: i64 = 183;

/// Across New Year a much shorter reach: in mid-December "18 januari" is five weeks ahead, while
/// "1 jan" in November and "15 mars" in December are as likely the past ones.
const NEXT_YEAR_WINDOW_DAYS: i64 = 40;

/// Cheap filter before scanning [`RELATIVE`]: is `w` the first word of some entry?
/// (Kept in sync by the test `relative_filter_matches_table`.)
fn starts_relative(w: &str) -> bool {
    matches!(
        w,
        "day"
            | "i"
            | "iförrgår"
            | "förrgår"
            | "igår"
            | "gårdagens"
            | "dagens"
            | "yesterday"
            | "idag"
            | "earlier"
            | "today"
            | "imorse"
            | "this"
            | "ikväll"
            | "tonight"
            | "inatt"
            | "nattens"
            | "last"
            | "på"
            | "imorgon"
            | "tomorrow"
            | "helgen"
            | "weekend"
            | "förra"
            | "nästa"
            | "next"
            | "häromdagen"
            | "häromveckan"
            | "other"
            | "dagen"
            | "samma"
            | "following"
            | "same"
            | "senare"
            | "later"
            | "that"
    )
}

/// Whether `w` opens a phrase of lunch ("strax efter lunch", "at lunchtime"): the small words
/// that do are common, so only with lunch a word or two on are they looked up.
fn before_lunch(w: &str, next: &str, after: &str) -> bool {
    matches!(w, "strax" | "efter" | "före" | "innan" | "vid" | "runt" | "around" | "at" | "after" | "before")
        && (next.starts_with("lunch") || after.starts_with("lunch"))
}

/// Words allowed between a day and the clock time that belongs to it.
const DAY_TIME_GAP: &[&str] = &[
    "den", "the", "on", "of", "i", "in", "på", "at", "vid", "ca", "cirka", "runt", "omkring",
    "ungefär", "around", "about", "strax", "mellan", "från", "between", "from", "sometime",
    "någon", "gång", "typ", "kl", "klockan",
];

/// Words after a bare number that make it a count, not a year or a date.
const UNITS: &[&str] = &[
    "kr",
    "kronor",
    "sek",
    "st",
    "stycken",
    "procent",
    "personer",
    "pers",
    "euro",
    "eur",
    "usd",
    "dollar",
    "timmar",
    "tim",
    "minuter",
    "min",
    "dagar",
    "år",
    "kg",
    "km",
    "mb",
    "gb",
    "kb",
    "ggr",
    "gånger",
    "anställda",
    "elever",
    "klienter",
    "ärenden",
    "sidor",
    "people",
    "hours",
    "days",
    "minutes",
    "times",
];

/// Words after "d/m" that make it a fraction ("1/2 dag", "3/4 av personalen").
const FRACTION_NOUNS: &[&str] = &[
    "av", "of", "del", "delar", "dels", "dag", "dagar", "dygn", "timme", "timmar", "tim",
    "procent", "hour", "hours", "day", "days", "part", "parts", "st", "kr", "mil", "km", "liter",
    "kg",
];

/// Nouns after "den 3:e", "the 3rd" that make it an ordinal, not a day of the month.
const ORDINAL_NOUNS: &[&str] = &[
    "gången",
    "gång",
    "våningen",
    "våning",
    "plats",
    "platsen",
    "dagen",
    "veckan",
    "månaden",
    "klienten",
    "personen",
    "eleven",
    "patienten",
    "mejlet",
    "meddelandet",
    "försöket",
    "raden",
    "sidan",
    "punkten",
    "kapitlet",
    "paragrafen",
    "stycket",
    "ärendet",
    "handlingen",
    "klassen",
    "time",
    "floor",
    "attempt",
    "day",
    "week",
    "page",
    "line",
    "person",
    "place",
    "email",
    "message",
    "row",
    "item",
    "one",
];

/// Words before a 6/8-digit number that make it an identifier, not a date.
const ID_WORDS: &[&str] = &[
    "nr",
    "dnr",
    "nummer",
    "tel",
    "telefon",
    "tfn",
    "mobil",
    "mobilnummer",
    "telefonnummer",
    "id",
    "pnr",
    "personnummer",
    "orgnr",
    "organisationsnummer",
    "ärendenummer",
    "ärende",
    "kundnummer",
    "kontonummer",
    "konto",
    "lgh",
    "postnummer",
    "ordernummer",
    "fakturanummer",
    "no",
    "number",
    "phone",
    "case",
    "ref",
    "referens",
];

/// Words before "H:MM" that make it a reference or a ratio ("OSL 26:1", "skala 1:50").
const NOT_TIME_BEFORE: &[&str] = &[
    "kap", "kapitel", "sfs", "osl", "lag", "prop", "sou", "ds", "artikel", "art", "paragraf",
    "bilaga", "skala", "scale", "ratio", "version", "v", "vers", "lokal", "sal", "rum", "room",
    "hus", "plan", "våning", "tog", "took", "varade", "lasted", "slutade", "ended", "resultat",
    "score",
];

/// Words before a dotted "HH.MM" that make it a date, a number or a price rather than a time.
const NOT_DOTTED_TIME_BEFORE: &[&str] = &[
    "den", "the", "on", "sidan", "sida", "page", "punkt", "avsnitt", "section", "pris", "price",
    "kostade", "cost", "betyg", "vikt", "weight", "version",
];

/// Abbreviations whose trailing period does not end a sentence.
const ABBREVIATIONS: &[&str] = &[
    "kl", "ca", "c", "a", "t", "ex", "bl", "resp", "st", "nr", "dnr", "kap", "jan", "feb", "febr",
    "mar", "apr", "jun", "jul", "aug", "sep", "sept", "okt", "oct", "nov", "dec", "m", "p", "e",
    "f", "mr", "mrs", "dr", "approx", "tel", "art", "s", "d", "o",
];

/// Words after "vid 10"/"runt 10"/"around 10" that keep it a clock time (not "runt 10 personer").
const AFTER_LOOSE_HOUR: &[&str] = &[
    "och", "and", "när", "when", "då", "så", "men", "but", "eller", "or", "that", "then", "sedan",
    "som", "ish", "typ", "ungefär", "innan", "before", "efter", "after",
    // "this morning at 8 we sent", "runt tre hon ringde": a pronoun starts the next clause.
    "jag", "vi", "han", "hon", "we", "he", "she", "they", "someone", "somebody",
    // Swedish puts the verb right after a time that opens the sentence: "I måndags runt 14 fick
    // jag ett mejl", "vid 9 ringde hon".
    "fick", "kom", "ringde", "skickade", "skickades", "hände", "inträffade", "upptäckte", "märkte",
    "såg", "hörde", "gick", "öppnade", "loggade", "klickade", "stals", "försvann", "glömde", "lämnade",
    "got", "received", "sent", "noticed", "called", "rang", "happened", "opened", "clicked",
];

/// Words right after a bare hour that make it a time of day ("runt 10 på kvällen", "ca 10 igår").
const TIME_CONTEXT: &[&str] = &[
    "tiden",
    "igår",
    "idag",
    "yesterday",
    "today",
    "tonight",
    "inatt",
    "ikväll",
    "imorse",
    "this",
    "last",
];

// ---------------------------------------------------------------------------------------
// Atoms: the first structured layer
// ---------------------------------------------------------------------------------------

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Src {
    /// digits or a month name
    Explicit,
    /// idag, igår, i natt, last night ...
    Relative,
    /// i måndags, on Saturday ...
    Weekday,
}

/// A day named in the text.
#[derive(Debug, Clone, Copy)]
struct Day {
    date: NaiveDate,
    src: Src,
    part: Option<Part>,
    /// For "X natt"/"last night": the evening the night starts on. Times before 06:00 in
    /// that night fall on the next date ("i lördags natt kl 2" = Sunday 02:00).
    night_anchor: NaiveDate,
    explicit_year: bool,
}

impl Day {
    fn new(date: NaiveDate, src: Src) -> Day {
        Day {
            date,
            src,
            part: None,
            night_anchor: date,
            explicit_year: false,
        }
    }
}

/// How far an hour may be reinterpreted by the part of day around it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Flex {
    /// 24-hour form, leading zero, or am/pm: as written
    Fixed,
    /// "kl 9": 9 unless the context says evening etc.
    Digits,
    /// "tretiden", "halv tre", "klockan tre": afternoon unless the context says otherwise
    Words,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Role {
    Single,
    Start,
    End,
}

#[derive(Debug, Clone, Copy)]
struct Clock {
    hour: u32,
    min: u32,
    flex: Flex,
    part: Option<Part>,
    role: Role,
}

impl Clock {
    fn new(hour: u32, min: u32, flex: Flex) -> Clock {
        Clock {
            hour,
            min,
            flex,
            part: None,
            role: Role::Single,
        }
    }
}

#[derive(Debug, Clone, Copy)]
enum AtomKind {
    Day(Day),
    Clock(Clock),
    /// A standalone part of day ("på eftermiddagen"): context for a lone clock time.
    Part(Part),
    MaybeToday(Part),
    /// "samma dag": the last day named before it; [`Cx::resolve_same_day`] replaces it.
    SameDay(Option<Part>),
    /// Vague or future: produces nothing, and swallows the clock times next to it.
    Vague,
}

/// Tokens `t0..t1` (exclusive end).
#[derive(Debug, Clone, Copy)]
struct Atom {
    t0: usize,
    t1: usize,
    kind: AtomKind,
}

// ---------------------------------------------------------------------------------------
// Pieces: days joined with their clock times
// ---------------------------------------------------------------------------------------

#[derive(Debug, Clone, Copy)]
enum What {
    /// A resolved date (and maybe time). `day` is the context it came from.
    Dated {
        day: Day,
        date: NaiveDate,
        time: Option<NaiveTime>,
    },
    /// A clock time still looking for its day.
    Lone(Clock),
    Vague,
    Part(Part),
    MaybeToday(Part),
    Drop,
}

#[derive(Debug, Clone, Copy)]
struct Piece {
    t0: usize,
    t1: usize,
    kind: FoundKind,
    what: What,
}

impl Piece {
    fn new(t0: usize, t1: usize, kind: FoundKind, what: What) -> Piece {
        Piece { t0, t1, kind, what }
    }

    fn dated(t0: usize, t1: usize, kind: FoundKind, day: Day, at: Option<NaiveDateTime>) -> Piece {
        let what = match at {
            Some(dt) => What::Dated {
                day,
                date: dt.date(),
                time: Some(dt.time()),
            },
            None => What::Dated {
                day,
                date: day.date,
                time: None,
            },
        };
        Piece::new(t0, t1, kind, what)
    }

    /// A piece that names a day (or deliberately names none).
    fn names_day(&self) -> bool {
        matches!(self.what, What::Dated { .. } | What::Vague)
    }
}

/// A finding plus what the public `Found` does not carry.
struct Hit {
    found: Found,
    explicit_year: bool,
}

fn analyse(text: &str, now: NaiveDateTime) -> Vec<Hit> {
    let cx = Cx::new(text, now);
    let atoms = cx.resolve_same_day(cx.merge_weekday_with_date(cx.atoms()));
    let mut pieces = cx.pieces(&atoms);
    cx.resolve_maybe_today(&mut pieces);
    cx.resolve_last_week(&mut pieces);
    cx.resolve_lone_clocks(&mut pieces);
    cx.mark_date_ranges(&mut pieces);
    cx.emit(&pieces)
}

// ---------------------------------------------------------------------------------------
// The parsing context
// ---------------------------------------------------------------------------------------

struct Cx<'a> {
    text: &'a str,
    toks: Vec<Tok>,
    lower: String,
    /// sentence number of each token
    sent: Vec<u32>,
    now: NaiveDateTime,
    today: NaiveDate,
}

fn add_days(d: NaiveDate, n: i64) -> Option<NaiveDate> {
    d.checked_add_signed(TimeDelta::try_days(n)?)
}

impl<'a> Cx<'a> {
    fn new(text: &'a str, now: NaiveDateTime) -> Cx<'a> {
        let (toks, lower) = lex(text);
        let mut cx = Cx {
            text,
            toks,
            lower,
            sent: Vec::new(),
            now,
            today: now.date(),
        };
        cx.sent = cx.sentences();
        cx
    }

    // ----- token access (all bounds-checked; out of range reads as nothing) -----

    fn word(&self, i: usize) -> &str {
        match self.toks.get(i) {
            Some(t) if t.kind == Kind::Word => self.lower.get(t.lo..t.hi).unwrap_or(""),
            _ => "",
        }
    }

    fn num(&self, i: usize) -> Option<(u32, u32)> {
        match self.toks.get(i) {
            Some(t) if t.kind == Kind::Num => Some((t.val, t.ndig)),
            _ => None,
        }
    }

    fn punct(&self, i: usize) -> Option<char> {
        match self.toks.get(i)?.kind {
            Kind::Punct(c) => Some(c),
            _ => None,
        }
    }

    /// Token `i` directly follows token `i - 1` with no space.
    fn touches(&self, i: usize) -> bool {
        match (
            i.checked_sub(1).and_then(|p| self.toks.get(p)),
            self.toks.get(i),
        ) {
            (Some(a), Some(b)) => a.end == b.start,
            _ => false,
        }
    }

    fn is_punct_in(&self, i: usize, set: &[char]) -> bool {
        self.punct(i).is_some_and(|c| set.contains(&c))
    }

    fn capitalised(&self, i: usize) -> bool {
        self.toks
            .get(i)
            .and_then(|t| self.text.get(t.start..t.end))
            .and_then(|s| s.chars().next())
            .is_some_and(char::is_uppercase)
    }

    fn sent_of(&self, i: usize) -> u32 {
        self.sent.get(i).copied().unwrap_or(0)
    }

    /// Number at `i` is glued to more digits (decimals, versions, phone and case numbers).
    fn number_continues(&self, i: usize) -> bool {
        self.touches(i + 1)
            && self.is_punct_in(i + 1, &[':', '.', ',', '/', '-'])
            && self.touches(i + 2)
            && self.num(i + 2).is_some()
    }

    /// Number at `i` is glued to a preceding number or word ("07-201105", "AB201105").
    fn number_glued_before(&self, i: usize) -> bool {
        if !self.touches(i) {
            return false;
        }
        let p = i - 1;
        match self.toks.get(p).map(|t| t.kind) {
            Some(Kind::Punct(c)) => {
                matches!(c, '+' | '#' | '/' | ':' | '.' | ',')
                    || (matches!(c, '-' | '–') && self.num(p.wrapping_sub(1)).is_some())
            }
            Some(_) => true,
            None => false,
        }
    }

    fn unit_after(&self, i: usize) -> bool {
        UNITS.contains(&self.word(i)) || self.is_punct_in(i, &['%', '€', '$', '£'])
    }

    /// Whether the word at `j` can open one of the dates [`Cx::date_at`] reads (after its
    /// lead-ins "on", "den", "the"): a relative day, "för tre dagar sedan", a weekday or the word
    /// before one ("i måndags", "last Friday"), a month. A cheap test that turns away the words
    /// that start none, so that the readers only see the others; the test
    /// `date_openers_are_all_admitted` keeps it in step with them.
    fn may_start_date(&self, j: usize) -> bool {
        let w = self.word(j);
        // Counts of days ago: "tre dagar sedan", "för en timme sedan".
        let ago = |k: usize| matches!(self.word(k), "sedan" | "sen" | "ago");
        if (ago(j + 2) && small_number_word(w).is_some()) || (w == "för" && ago(j + 3)) {
            return true;
        }
        if matches!(
            w,
            "i" | "förra"
                | "last"
                | "past"
                | "nästa"
                | "next"
                | "kommande"
                | "coming"
                | "varje"
                | "every"
                | "this"
                | "by"
                | "until"
                | "till"
                | "tills"
                | "innan"
                | "före"
                | "senast"
                | "before"
                | "en"
                | "a"
                | "one"
                | "någon"
                | "some"
                | "varannan"
                | "på"
        ) && weekday_word(self.word(j + 1)).is_some()
        {
            return true;
        }
        matches!(w, "natten" | "natt" | "night" | "overnight" | "nu")
            || ((starts_relative(w) || before_lunch(w, self.word(j + 1), self.word(j + 2)))
                && RELATIVE
                    .iter()
                    .any(|(words, _)| words[0] == w && self.words_at(j, words)))
            || w.starts_with("igår")
            || weekday_word(w).is_some()
            || month_word(w).is_some()
    }

    fn words_at(&self, i: usize, words: &[&str]) -> bool {
        words
            .iter()
            .enumerate()
            .all(|(k, w)| self.word(i + k) == *w)
    }

    /// Tokens `from..to` hold only a few filler words and brackets/commas/dashes.
    fn gap_ok(&self, from: usize, to: usize, fillers: &[&str]) -> bool {
        if to < from || to - from > 4 {
            return false;
        }
        (from..to).all(|j| match self.toks.get(j).map(|t| t.kind) {
            Some(Kind::Punct(c)) => matches!(c, ',' | '(' | ')' | '[' | ']' | '-' | '–' | '—'),
            Some(Kind::Word) => fillers.contains(&self.word(j)),
            _ => false,
        })
    }

    fn sentences(&self) -> Vec<u32> {
        let mut s = 0;
        let mut out = Vec::with_capacity(self.toks.len());
        for i in 0..self.toks.len() {
            out.push(s);
            if self.ends_sentence(i) {
                s += 1;
            }
        }
        out
    }

    fn ends_sentence(&self, i: usize) -> bool {
        match self.punct(i) {
            Some('\n' | '!' | '?' | ';' | '…') => true,
            // "kl. 14", "9.8.2021", "sept. 30" do not end a sentence.
            Some('.') => {
                !self.touches(i + 1) && !ABBREVIATIONS.contains(&self.word(i.wrapping_sub(1)))
            }
            _ => false,
        }
    }

    // ----- dates -----

    /// The most recent `wd`: today counts unless `strict` ("i måndags" on a Monday = a week ago).
    fn last_weekday(&self, wd: Weekday, strict: bool) -> Option<NaiveDate> {
        let today = i64::from(self.today.weekday().num_days_from_monday());
        let target = i64::from(wd.num_days_from_monday());
        let mut back = (today - target).rem_euclid(7);
        if back == 0 && strict {
            back = 7;
        }
        add_days(self.today, -back)
    }

    /// A day and month without year: the most recent such date not after today. But a
    /// date this year less than half a year ahead ("mötet den 12 mars", written on 10
    /// March) is a future mention, not last year's date: None.
    fn infer_year(&self, month: u32, day: u32) -> Option<NaiveDate> {
        let y = self.today.year();
        // "vaccinationsdag 18 januari" written in December: early next year, not last January.
        if let Some(d) = NaiveDate::from_ymd_opt(y + 1, month, day)
            && (d - self.today).num_days() <= NEXT_YEAR_WINDOW_DAYS
        {
            return None;
        }
        if let Some(d) = NaiveDate::from_ymd_opt(y, month, day) {
            if d <= self.today {
                return Some(d);
            }
            if (d - self.today).num_days() <= FUTURE_WINDOW_DAYS {
                return None;
            }
        }
        // Last year, or the last leap year for 29 February.
        (1..=4).find_map(|back| NaiveDate::from_ymd_opt(y - back, month, day))
    }

    fn explicit_day(date: NaiveDate, explicit_year: bool) -> Day {
        Day {
            explicit_year,
            ..Day::new(date, Src::Explicit)
        }
    }

    /// A date expression starting at `i`, with optional lead-in ("on", "den", "the") and a
    /// trailing part of day ("igår eftermiddag", "den 9 mars på kvällen").
    fn date_at(&self, i: usize) -> Option<Atom> {
        let mut j = i;
        if self.word(j) == "on" {
            j += 1;
        }
        if matches!(self.word(j), "den" | "the") {
            j += 1;
        }
        // Most words start no date: ask the readers below only about those that can.
        if self.toks.get(j).is_some_and(|t| t.kind == Kind::Word) && !self.may_start_date(j) {
            return None;
        }
        let (mut kind, mut t1) = self
            .relative_at(j)
            .or_else(|| self.days_ago_at(j))
            .or_else(|| self.weekday_at(j))
            .or_else(|| self.numeric_date_at(j))
            .or_else(|| self.month_date_at(j))
            .or_else(|| if j > i { self.day_of_month_at(j) } else { None })?;
        if let AtomKind::Day(day) = &mut kind
            && day.part.is_none()
            && let Some((part, k)) = self.part_suffix(t1, false)
        {
            day.part = Some(part);
            t1 = k;
        }
        Some(Atom { t0: i, t1, kind })
    }

    /// "natten till söndag", "natten mot i tisdags", "natten mellan lördag och söndag", "the
    /// night between Saturday and Sunday": the named (second) day, with the night starting on
    /// the evening before, so that "kl 02" falls on the named day and "kl 23" on the one before.
    /// Without a clock time the date is the named day, as for "i lördags natt".
    fn night_before_at(&self, j: usize) -> Option<(AtomKind, usize)> {
        let day_at = |k: usize| self.relative_at(k).or_else(|| self.weekday_at(k));
        let (kind, t1, anchor) = match self.word(j + 1) {
            "till" | "mot" | "to" | "into" => {
                let (kind, t1) = day_at(j + 2)?;
                let anchor = match kind {
                    AtomKind::Day(d) => add_days(d.date, -1),
                    _ => None,
                };
                (kind, t1, anchor)
            }
            "mellan" | "between" | "från" | "from" | "of" => {
                let (first, k) = day_at(j + 2)?;
                if !matches!(self.word(k), "och" | "till" | "mot" | "and" | "to" | "into") {
                    return None;
                }
                let (kind, t1) = day_at(k + 1)?;
                // Two days that are not one night apart name no night we can date.
                let anchor = match (first, kind) {
                    (AtomKind::Day(a), AtomKind::Day(b)) if add_days(a.date, 1) == Some(b.date) => {
                        Some(a.date)
                    }
                    _ => return Some((AtomKind::Vague, t1)),
                };
                (kind, t1, anchor)
            }
            _ => return None,
        };
        let kind = match (kind, anchor) {
            (AtomKind::Day(d), Some(anchor)) if d.part.is_none() => AtomKind::Day(Day {
                part: Some(Part::Night),
                night_anchor: anchor,
                ..d
            }),
            _ => AtomKind::Vague,
        };
        Some((kind, t1))
    }

    fn relative_at(&self, j: usize) -> Option<(AtomKind, usize)> {
        let w = self.word(j);
        if matches!(w, "natten" | "natt" | "night" | "overnight")
            && let Some(night) = self.night_before_at(j)
        {
            return Some(night);
        }
        let (rel, len) = self.relative_phrase(j, w)?;
        // "vid dagens möte", "i gårdagens utskick" name a day; "bilder från dagens aktiviteter"
        // is the day's doings in general.
        if matches!(w, "dagens" | "gårdagens")
            && !matches!(self.word(j.wrapping_sub(1)), "vid" | "i" | "under" | "på" | "efter" | "inför" | "med")
        {
            return None;
        }
        let day = |n: i64| add_days(self.today, n).map(|d| Day::new(d, Src::Relative));
        let kind = match rel {
            Rel::Day(n) => AtomKind::Day(day(n)?),
            Rel::DayPart(n, part) => {
                let d = day(n)?;
                AtomKind::Day(Day {
                    part: Some(part),
                    ..d
                })
            }
            Rel::Tonight => {
                // Until the evening, "i natt" is the night that just ended.
                let anchor = if self.now.hour() < 18 {
                    add_days(self.today, -1)?
                } else {
                    self.today
                };
                AtomKind::Day(Day {
                    part: Some(Part::Night),
                    night_anchor: anchor,
                    ..day(0)?
                })
            }
            Rel::MaybeToday(part) => AtomKind::MaybeToday(part),
            Rel::SameDay(part) => AtomKind::SameDay(part),
            Rel::Vague => AtomKind::Vague,
        };
        Some((kind, j + len))
    }

    fn relative_phrase(&self, j: usize, w: &str) -> Option<(Rel, usize)> {
        if (starts_relative(w) || before_lunch(w, self.word(j + 1), self.word(j + 2)))
            && let Some((words, rel)) = RELATIVE
                .iter()
                .find(|(words, _)| words[0] == w && self.words_at(j, words))
        {
            return Some((*rel, words.len()));
        }
        // "nu på morgonen", "nu på eftermiddagen": today
        if w == "nu"
            && self.word(j + 1) == "på"
            && let Some(part) = part_word(self.word(j + 2))
        {
            return Some((Rel::DayPart(0, part), 3));
        }
        // "igårkväll", "igårmorse"
        if let Some(part) = w.strip_prefix("igår").and_then(part_word) {
            return Some((Rel::DayPart(-1, part), 1));
        }
        None
    }

    fn weekday_at(&self, j: usize) -> Option<(AtomKind, usize)> {
        #[derive(PartialEq)]
        enum Mode {
            Bare,
            Strict,
            Future,
            Pa,
        }
        let (mode, k) = match self.word(j) {
            "i" | "förra" | "last" | "past" => (Mode::Strict, j + 1),
            "nästa" | "next" | "kommande" | "coming" | "varje" | "every" | "this" | "by"
            | "until" | "till" | "tills" | "innan" | "före" | "senast" | "before" | "en" | "a"
            | "one" | "någon" | "some" | "varannan" => (Mode::Future, j + 1),
            "på" => (Mode::Pa, j + 1),
            _ => (Mode::Bare, j),
        };
        let (wd, form, swedish) = weekday_word(self.word(k))?;
        let t1 = k + 1;
        // "Tuesday's meeting": the day of something else, not a date of what happened.
        if self.is_punct_in(t1, &['\'', '’']) && self.touches(t1) && self.word(t1 + 1) == "s" {
            return Some((AtomKind::Vague, t1 + 2));
        }
        // "på måndag" is next Monday; "nästa", "varje", plurals: not a past day.
        if form == WdForm::Plural
            || mode == Mode::Future
            || (mode == Mode::Pa && swedish && form == WdForm::Indef)
        {
            return Some((AtomKind::Vague, t1));
        }
        // "onsdag förra veckan", "Wednesday last week": that day of the previous week
        let last_week = [
            &["förra", "veckan"][..],
            &["i", "förra", "veckan"],
            &["last", "week"],
        ]
        .into_iter()
        .find(|w| self.words_at(t1, w));
        let (date, t1) = match last_week {
            Some(w) => (self.last_weeks(wd)?, t1 + w.len()),
            None => {
                let strict = matches!(form, WdForm::S | WdForm::SPart(_)) || mode == Mode::Strict;
                (self.last_weekday(wd, strict)?, t1)
            }
        };
        let mut day = Day::new(date, Src::Weekday);
        if let WdForm::SPart(part) = form {
            day.part = Some(part);
        }
        Some((AtomKind::Day(day), t1))
    }

    /// "den 9", "den 9:e", "the 9th" (after the lead-in): a day of this month if it is not
    /// after today ("den 9" written on the 10th), else unknown (last month, or a plan).
    fn day_of_month_at(&self, j: usize) -> Option<(AtomKind, usize)> {
        let (d, dd) = self.num(j)?;
        let ordinal = self.ordinal_suffix(j + 1);
        let english = self.word(j.wrapping_sub(1)) == "the";
        if dd > 2
            || !(1..=31).contains(&d)
            || self.number_continues(j)
            || (english && ordinal.is_none())
        {
            return None;
        }
        let end = ordinal.unwrap_or(j + 1);
        // "den 9 personer", "den 3:e gången" are not dates; a following month was handled before.
        if self.num(end).is_some()
            || self.unit_after(end)
            || ORDINAL_NOUNS.contains(&self.word(end))
        {
            return None;
        }
        let kind = match self.today.with_day(d) {
            Some(date) if d <= self.today.day() => AtomKind::Day(Cx::explicit_day(date, false)),
            _ => AtomKind::Vague,
        };
        Some((kind, end))
    }

    /// "för tre dagar sedan", "2 dagar sedan", "two days ago", "för en timme sedan", "an hour ago".
    fn days_ago_at(&self, j: usize) -> Option<(AtomKind, usize)> {
        let k = if self.word(j) == "för" { j + 1 } else { j };
        let n = match self.num(k) {
            Some((n, nd)) if nd <= 2 => n,
            Some(_) => return None,
            None => small_number_word(self.word(k))?,
        };
        if !matches!(self.word(k + 2), "sedan" | "sen" | "ago") {
            return None;
        }
        let date = match self.word(k + 1) {
            "dag" | "dagar" | "day" | "days" if (1..=14).contains(&n) => add_days(self.today, -i64::from(n))?,
            // "för en timme sedan", "two hours ago": the day it was then; the hour count is too
            // rough to give a clock time.
            "timme" | "timmar" | "hour" | "hours" if (1..=12).contains(&n) => self
                .now
                .checked_sub_signed(chrono::Duration::hours(i64::from(n)))?
                .date(),
            _ => return None,
        };
        Some((AtomKind::Day(Day::new(date, Src::Relative)), k + 3))
    }

    fn numeric_date_at(&self, j: usize) -> Option<(AtomKind, usize)> {
        self.iso_at(j)
            .or_else(|| self.compact_at(j).map(|(d, k)| (AtomKind::Day(d), k)))
            .or_else(|| self.day_slash_month_at(j))
    }

    /// A date written out in the text. If it does not resolve (31/4, or a year-less date
    /// just ahead) it is still a date, just not one we can name: Vague, so that the time
    /// next to it is not given to some other day.
    fn written_date(&self, m: u32, d: u32, year: Option<i32>) -> AtomKind {
        let date = match year {
            Some(y) => NaiveDate::from_ymd_opt(y, m, d),
            None => self.infer_year(m, d),
        };
        match date {
            Some(date) => AtomKind::Day(Cx::explicit_day(date, year.is_some())),
            None => AtomKind::Vague,
        }
    }

    /// 2021-08-09, 2021/08/09, 2021.08.09 (and 2021-08-09T14:30: the T stays with the date)
    fn iso_at(&self, j: usize) -> Option<(AtomKind, usize)> {
        let (y, 4) = self.num(j)? else { return None };
        let sep = self.punct(j + 1)?;
        if !(1900..=2100).contains(&y)
            || !matches!(sep, '-' | '/' | '.')
            || self.number_glued_before(j)
        {
            return None;
        }
        if self.punct(j + 3) != Some(sep) || !(j + 1..=j + 4).all(|k| self.touches(k)) {
            return None;
        }
        let (m, md) = self.num(j + 2)?;
        let (d, dd) = self.num(j + 4)?;
        if md > 2 || dd > 2 || self.number_continues(j + 4) {
            return None;
        }
        let mut k = j + 5;
        if self.word(k) == "t"
            && self.touches(k)
            && self.num(k + 1).is_some()
            && self.touches(k + 1)
        {
            k += 1;
        }
        Some((self.written_date(m, d, Some(i32::try_from(y).ok()?)), k))
    }

    /// 201105 (yymmdd) and 20201105 (yyyymmdd). Six digits are everywhere (phone, case and
    /// personal identity numbers), so they must be a recent, past, valid date standing alone.
    fn compact_at(&self, j: usize) -> Option<(Day, usize)> {
        let (v, nd) = self.num(j)?;
        if nd != 6 && nd != 8 {
            return None;
        }
        if self.number_glued_before(j)
            || self.number_continues(j)
            || ID_WORDS.contains(&self.word(j.wrapping_sub(1)))
        {
            return None;
        }
        // "201105-1234", "201105abc"
        if self.touches(j + 1)
            && (self.is_punct_in(j + 1, &['-', '–', '/']) || !self.word(j + 1).is_empty())
        {
            return None;
        }
        if self.unit_after(j + 1) {
            return None;
        }
        let year_now = self.today.year();
        let (y, m, d) = (v / 10000, (v / 100) % 100, v % 100);
        let date = if nd == 6 {
            let date = NaiveDate::from_ymd_opt(2000 + i32::try_from(y).ok()?, m, d)?;
            (date.year() >= year_now - 15 && date <= self.today).then_some(date)?
        } else {
            let date = NaiveDate::from_ymd_opt(i32::try_from(y).ok()?, m, d)?;
            (year_now - 15..=year_now + 1)
                .contains(&date.year())
                .then_some(date)?
        };
        Some((Cx::explicit_day(date, true), j + 1))
    }

    /// 9/8, 9/8 2021, 9/8-21, 9/8/2021, 9.8.2021, 09-08-2021 (always day first).
    fn day_slash_month_at(&self, j: usize) -> Option<(AtomKind, usize)> {
        let (d, dd) = self.num(j)?;
        // A dash before is fine ("1/3-5/3"); other glue means a longer number.
        let glued = self.touches(j)
            && (self.num(j - 1).is_some()
                || !self.word(j - 1).is_empty()
                || self.is_punct_in(j - 1, &['+', '#', '/', ':', '.', ',']));
        if dd > 2 || !(1..=31).contains(&d) || glued {
            return None;
        }
        // "1 1/2": a mixed fraction
        if self.num(j.wrapping_sub(1)).is_some() {
            return None;
        }
        let sep = self.punct(j + 1)?;
        let (m, md) = self.num(j + 2)?;
        if !self.touches(j + 1) || !self.touches(j + 2) || md > 2 || !(1..=12).contains(&m) {
            return None;
        }
        let k = j + 3;
        let (year, end) = match sep {
            '/' => self.slash_year(k)?,
            '.' | '-' => {
                // "9.8.2021", "09-08-2021": the year is required (else it's a number or range)
                let (y, 4) = self.num(k + 1)? else {
                    return None;
                };
                if self.punct(k) != Some(sep)
                    || !self.touches(k)
                    || !self.touches(k + 1)
                    || self.number_continues(k + 1)
                {
                    return None;
                }
                (Some(i32::try_from(y).ok()?), k + 2)
            }
            _ => return None,
        };
        if year.is_none() {
            let w = self.word(end);
            // "24/7" is "around the clock" unless it's clearly a date ("den 24/7").
            if FRACTION_NOUNS.contains(&w)
                || (d == 24 && m == 7 && self.word(j.wrapping_sub(1)) != "den")
            {
                return None;
            }
        }
        Some((self.written_date(m, d, year), end))
    }

    /// After "d/m" at `k`: "-21", "/2021", " 2021", or nothing. None if the digits that
    /// follow are something else ("1/2/3").
    fn slash_year(&self, k: usize) -> Option<(Option<i32>, usize)> {
        if self.is_punct_in(k, &['/', '-'])
            && self.touches(k)
            && self.touches(k + 1)
            && let Some((y, yd)) = self.num(k + 1)
        {
            if self.number_continues(k + 1) || !(yd == 2 || yd == 4) {
                // "1/3-15/3" is a range of two dates: stop before the dash.
                return if self.punct(k) == Some('-') {
                    Some((None, k))
                } else {
                    None
                };
            }
            let y = i32::try_from(if yd == 2 { 2000 + y } else { y }).ok()?;
            if yd == 2 && y > self.today.year() + 1 {
                return None;
            }
            return Some((Some(y), k + 2));
        }
        if let Some((y, 4)) = self.num(k)
            && (1900..=2100).contains(&y)
            && !self.number_continues(k)
            && !self.unit_after(k + 1)
        {
            return Some((Some(i32::try_from(y).ok()?), k + 1));
        }
        Some((None, k))
    }

    /// "1-3 mars", "mellan den 1 och 3 mars", "från 1 till 3 mars": the first day borrows
    /// month and year from the second. Two atoms; `mark_date_ranges` pairs them up.
    fn day_span_at(&self, i: usize) -> Option<(Atom, Atom)> {
        let j = if matches!(self.word(i), "den" | "the") {
            i + 1
        } else {
            i
        };
        let (d1, dd) = self.num(j)?;
        if dd > 2 || d1 == 0 || self.number_glued_before(j) {
            return None;
        }
        let dash = self.is_punct_in(j + 1, &['-', '–']);
        if !dash && !matches!(self.word(j + 1), "och" | "and" | "till" | "to" | "until") {
            return None;
        }
        let k = if matches!(self.word(j + 2), "den" | "the") {
            j + 3
        } else {
            j + 2
        };
        let (AtomKind::Day(second), end) = self.day_month_unglued(k)? else {
            return None;
        };
        let first = second.date.with_day(d1).filter(|d| *d < second.date)?;
        let first = Day {
            date: first,
            night_anchor: first,
            ..second
        };
        Some((
            Atom {
                t0: i,
                t1: j + 1,
                kind: AtomKind::Day(first),
            },
            Atom {
                t0: j + 2,
                t1: end,
                kind: AtomKind::Day(second),
            },
        ))
    }

    fn month_date_at(&self, j: usize) -> Option<(AtomKind, usize)> {
        self.day_month_at(j).or_else(|| self.month_day_at(j))
    }

    /// Ordinal suffix after a day number: "4:e", "1:a", "30th", "2nd".
    fn ordinal_suffix(&self, k: usize) -> Option<usize> {
        if self.punct(k) == Some(':')
            && self.touches(k)
            && self.touches(k + 1)
            && matches!(self.word(k + 1), "e" | "a")
        {
            return Some(k + 2);
        }
        if self.touches(k) && matches!(self.word(k), "e" | "a" | "st" | "nd" | "rd" | "th") {
            return Some(k + 1);
        }
        None
    }

    /// Month word at `k` (with an optional period after abbreviations): month, next token.
    fn month_at(&self, k: usize) -> Option<(u32, usize)> {
        let (m, needs_cap, abbr) = month_word(self.word(k))?;
        if needs_cap && !self.capitalised(k) {
            return None;
        }
        let next = if abbr && self.punct(k + 1) == Some('.') && self.touches(k + 1) {
            k + 2
        } else {
            k + 1
        };
        Some((m, next))
    }

    /// Year after a written date: "30 september 2020", "September 30, 2026".
    fn year_after(&self, k: usize) -> (Option<i32>, usize) {
        let at = if self.punct(k) == Some(',') { k + 1 } else { k };
        if let Some((y, 4)) = self.num(at)
            && (1900..=2100).contains(&y)
            && !self.number_continues(at)
            && !self.unit_after(at + 1)
            && let Ok(y) = i32::try_from(y)
        {
            return (Some(y), at + 1);
        }
        (None, k)
    }

    /// "30 september", "4:e mars", "30th of September", "30 sep 2020".
    fn day_month_at(&self, j: usize) -> Option<(AtomKind, usize)> {
        // Glued to a number before: a decimal, or the end of "1-3 mars" (see `day_span_at`).
        if self.number_glued_before(j) {
            return None;
        }
        self.day_month_unglued(j)
    }

    fn day_month_unglued(&self, j: usize) -> Option<(AtomKind, usize)> {
        let (d, dd) = self.num(j)?;
        if dd > 2 || !(1..=31).contains(&d) {
            return None;
        }
        let mut k = self.ordinal_suffix(j + 1).unwrap_or(j + 1);
        if self.word(k) == "of" {
            k += 1;
        }
        let (m, k) = self.month_at(k)?;
        let (year, k) = self.year_after(k);
        Some((self.written_date(m, d, year), k))
    }

    /// "September 30, 2026", "Sept 30th". Month-first is rare in Swedish and "mars 2
    /// gånger" is not a date, so without ordinal or year the next word must fit a date.
    fn month_day_at(&self, j: usize) -> Option<(AtomKind, usize)> {
        let (m, k) = self.month_at(j)?;
        let (d, dd) = self.num(k)?;
        if dd > 2 || !(1..=31).contains(&d) || self.number_continues(k) {
            return None;
        }
        let ordinal = self.ordinal_suffix(k + 1);
        let (year, end) = self.year_after(ordinal.unwrap_or(k + 1));
        if ordinal.is_none() && year.is_none() && !self.month_day_followed_ok(end) {
            return None;
        }
        Some((self.written_date(m, d, year), end))
    }

    fn month_day_followed_ok(&self, k: usize) -> bool {
        match self.toks.get(k).map(|t| t.kind) {
            None => true,
            Some(Kind::Num) => false,
            Some(Kind::Punct(c)) => !matches!(c, '%' | '/' | '-'),
            Some(Kind::Word) => matches!(
                self.word(k),
                "at" | "around"
                    | "about"
                    | "kl"
                    | "klockan"
                    | "i"
                    | "in"
                    | "on"
                    | "when"
                    | "and"
                    | "och"
                    | "the"
                    | "we"
                    | "he"
                    | "she"
                    | "they"
                    | "my"
                    | "our"
                    | "someone"
                    | "somebody"
                    | "it"
                    | "there"
                    | "between"
                    | "from"
                    | "until"
                    | "till"
                    | "to"
                    | "vid"
                    | "ca"
                    | "runt"
            ),
        }
    }

    /// A part of day right after a day or a time: "eftermiddag", "på kvällen", "in the
    /// morning", "at night"; for times also Swedish "em"/"fm".
    fn part_suffix(&self, k: usize, for_time: bool) -> Option<(Part, usize)> {
        if !for_time && let Some(p) = part_word(self.word(k)) {
            return Some((p, k + 1));
        }
        if for_time {
            match self.word(k) {
                "em" => return Some((Part::Afternoon, k + 1)),
                "fm" => return Some((Part::Morning, k + 1)),
                w @ ("e" | "f") if self.punct(k + 1) == Some('.') && self.word(k + 2) == "m" => {
                    let end = if self.punct(k + 3) == Some('.') {
                        k + 4
                    } else {
                        k + 3
                    };
                    return Some((
                        if w == "e" {
                            Part::Afternoon
                        } else {
                            Part::Morning
                        },
                        end,
                    ));
                }
                _ => {}
            }
        }
        self.prep_part(k)
    }

    /// "på eftermiddagen", "under natten", "in the morning", "at night", "vid lunch".
    fn prep_part(&self, k: usize) -> Option<(Part, usize)> {
        let prep = self.word(k);
        if !matches!(prep, "på" | "under" | "om" | "during" | "in" | "at" | "vid") {
            return None;
        }
        let k = if self.word(k + 1) == "the" { k + 1 } else { k };
        let part = part_word(self.word(k + 1))?;
        if prep == "vid" && part != Part::Midday {
            return None;
        }
        // English prepositions take English words: in "loggade in natten till söndag" the "in" is
        // a Swedish particle, and the night is the one "natten till söndag" names.
        if matches!(prep, "in" | "at" | "during")
            && !matches!(self.word(k + 1), "morning" | "lunchtime" | "afternoon" | "evening" | "night")
        {
            return None;
        }
        Some((part, k + 2))
    }

    // ----- clock times -----

    /// A clock time at `i`, and a second one if it opens a range.
    fn clock_at(&self, i: usize, after_date: bool) -> Option<(Atom, Option<Atom>)> {
        let (mut c1, t1) = self
            .clock_single(i, after_date, false)
            .or_else(|| self.bare_range_start(i))?;
        let Some((mut c2, t2_0, t2_1)) = self.range_end(i, t1) else {
            return Some((
                Atom {
                    t0: i,
                    t1,
                    kind: AtomKind::Clock(c1),
                },
                None,
            ));
        };
        // "mellan kl 8 och 10 på kvällen": the part applies to both.
        if c1.part.is_none() {
            c1.part = c2.part;
        }
        c1.role = Role::Start;
        c2.role = Role::End;
        Some((
            Atom {
                t0: i,
                t1,
                kind: AtomKind::Clock(c1),
            },
            Some(Atom {
                t0: t2_0,
                t1: t2_1,
                kind: AtomKind::Clock(c2),
            }),
        ))
    }

    /// "between 2 and 3 pm", "mellan 8 och 10.30": a bare number opens a range when the
    /// other end is plainly a time. It shares that end's am/pm if that fits ("2" -> 14).
    fn bare_range_start(&self, i: usize) -> Option<(Clock, usize)> {
        if !matches!(
            self.word(i.wrapping_sub(1)),
            "mellan" | "between" | "från" | "from"
        ) {
            return None;
        }
        let (h, nd) = self.num(i)?;
        if nd > 2 || h > 23 {
            return None;
        }
        let next = match self.word(i + 1) {
            "och" | "and" | "till" | "to" | "until" => i + 2,
            _ if self.is_punct_in(i + 1, &['-', '–']) => i + 2,
            _ => return None,
        };
        // (a dotted "10.30" counts as plainly a time here, as right after a date)
        let (end, _) = self.clock_single(next, true, false)?;
        let hour = if (1..=11).contains(&h) && end.hour >= 13 && h + 12 <= end.hour {
            h + 12
        } else {
            h
        };
        let flex = if hour != h || h == 0 || h >= 13 {
            Flex::Fixed
        } else {
            Flex::Digits
        };
        Some((Clock::new(hour, 0, flex), i + 1))
    }

    /// "9:10 till 16:15", "kl 9-12", "mellan kl 8 och 10" (and only after "mellan"/"between").
    fn range_end(&self, t0: usize, t1: usize) -> Option<(Clock, usize, usize)> {
        let between = matches!(self.word(t0.wrapping_sub(1)), "mellan" | "between");
        let next = match self.word(t1) {
            "till" | "tills" | "to" | "until" => t1 + 1,
            "och" | "and" if between => t1 + 1,
            _ if self.is_punct_in(t1, &['-', '–', '—']) => t1 + 1,
            _ => return None,
        };
        let (c, end) = self.clock_single(next, false, true)?;
        Some((c, next, end))
    }

    /// One clock time with its prefixes ("kl", "vid", "ca", "at", "around") and suffixes
    /// (am/pm, "på eftermiddagen"). `force` treats it as if "kl" had been written (second
    /// half of a range).
    fn clock_single(&self, i: usize, after_date: bool, force: bool) -> Option<(Clock, usize)> {
        let mut j = i;
        // "Tid: ca 14" in a form is a time, whatever follows.
        let label = self.punct(i.wrapping_sub(1)) == Some(':')
            && matches!(
                self.word(i.wrapping_sub(2)),
                "tid" | "tidpunkt" | "klockslag" | "time"
            );
        let mut strong = force || label;
        let mut loose = false; // "runt 10", "at 10": a time unless a noun follows
        let mut quantity = false; // "ca 10", "about 10": only with clear time context
        let mut near = false; // "strax före fyra": some minutes off the hour named
        // "mellan 22.00 och 06.00": a dotted time may open a range, a bare number may not.
        let opens_range = matches!(
            self.word(i.wrapping_sub(1)),
            "mellan" | "från" | "between" | "from"
        );
        for _ in 0..4 {
            match self.word(j) {
                "kl" | "klockan" => strong = true,
                "ca" | "cirka" | "ungefär" | "about" | "approximately" | "approx" | "typ" => {
                    quantity = true
                }
                "c" if self.punct(j + 1) == Some(':') && self.word(j + 2) == "a" => {
                    quantity = true;
                    j += 2;
                }
                "runt" | "omkring" | "around" | "vid" | "at" => loose = true,
                "strax" => {
                    loose = true;
                    near = true;
                }
                "efter" | "före" | "innan" | "after" | "before"
                    if j > i && self.word(j - 1) == "strax" => {}
                // "klockan var 10.40", "klockan var ungefär tio"
                "var" if j > i && matches!(self.word(j - 1), "klockan" | "kl") => {}
                _ => break,
            }
            j += 1;
            if self.punct(j) == Some('.') && self.touches(j) {
                j += 1; // "kl.", "ca."
            }
        }
        let prefixed = strong || loose || quantity;
        let (mut c, mut k) = if self.num(j).is_some() {
            self.clock_digits(
                j,
                strong,
                loose,
                quantity,
                prefixed || after_date || opens_range,
            )?
        } else {
            // "i tisdags kväll runt sju": an hour word right after a day is a time (but "strax
            // före fyra" is not four o'clock).
            // "det hände runt tre." and "runt tre i natt": an hour word that ends its clause, or
            // is followed by a day, is a time too ("runt tre personer" is not).
            let hour_ends = match self.toks.get(j + 1).map(|t| t.kind) {
                Some(Kind::Word) => {
                    matches!(self.word(j + 1), "idag" | "igår" | "inatt" | "imorse")
                        || matches!(self.word(j + 1), "i" | "på")
                            && (part_word(self.word(j + 2)).is_some()
                                || matches!(self.word(j + 2), "dag" | "går" | "morse"))
                }
                _ => true,
            } && !matches!(self.word(i.wrapping_sub(1)), "var" | "är" | "blev" | "were" | "are" | "was");
            self.clock_words(j, strong || (loose && (after_date || hour_ends) && !near))?
        };
        if c.part.is_none()
            && let Some((p, k2)) = self.part_suffix(k, true)
        {
            c.part = Some(p);
            k = k2;
        }
        Some((c, k))
    }

    fn clock_digits(
        &self,
        j: usize,
        strong: bool,
        loose: bool,
        quantity: bool,
        dot_ok: bool,
    ) -> Option<(Clock, usize)> {
        let (h, nd) = self.num(j)?;
        let flex = if h == 0 || h >= 13 || (nd == 2 && h < 10) {
            Flex::Fixed
        } else {
            Flex::Digits
        };
        // H:MM anywhere; H.MM after kl/vid/ca/..., right after a date, or written with two
        // digits after a word ("spärrades 11.20", "(08.15)").
        if nd <= 2 && self.touches(j + 1) && self.touches(j + 2) {
            let sep = self.punct(j + 1);
            let dot_ok = dot_ok
                || (sep == Some('.')
                    && (nd == 2 && self.dotted_time_ok(j)
                        || self
                            .date_at(j + 3)
                            .is_some_and(|a| matches!(a.kind, AtomKind::Day(_)))));
            if let Some((m, 2)) = self.num(j + 2)
                && (sep == Some(':') || (sep == Some('.') && dot_ok))
            {
                if h > 23
                    || m > 59
                    || (sep == Some(':')
                        && !(strong || loose || quantity)
                        && !self.colon_time_ok(j))
                {
                    return None;
                }
                let mut k = j + 3;
                if self.punct(k) == Some(':')
                    && self.touches(k)
                    && self.touches(k + 1)
                    && matches!(self.num(k + 1), Some((_, 2)))
                {
                    k += 2; // seconds
                }
                let more_digits = self.touches(k)
                    && self.is_punct_in(k, &[':', '.', ','])
                    && self.touches(k + 1)
                    && self.num(k + 1).is_some();
                if more_digits
                    || self.punct(k) == Some('§')
                    || self.word(k) == "kap"
                    || self.unit_after(k)
                {
                    return None;
                }
                return Some(self.with_ampm(Clock::new(h, m, flex), k));
            }
        }
        if nd == 4 && strong && h / 100 <= 23 && h % 100 <= 59 && !self.number_continues(j) {
            return Some((Clock::new(h / 100, h % 100, Flex::Fixed), j + 1)); // "kl 1430"
        }
        let decimal = self.touches(j + 1)
            && self.is_punct_in(j + 1, &[':', '.', ',', '/'])
            && self.touches(j + 2)
            && self.num(j + 2).is_some();
        if nd > 2 || h > 23 || decimal {
            return None;
        }
        let k = j + 1;
        if let Some((hour, k2)) = self.ampm(h, k) {
            return Some((Clock::new(hour, 0, Flex::Fixed), k2));
        }
        // "3-tiden", "15-tiden", "10-snåret"
        if self.is_punct_in(k, &['-', '–']) && matches!(self.word(k + 1), "tiden" | "snåret") {
            return Some((
                Clock::new(
                    h,
                    0,
                    if flex == Flex::Fixed {
                        flex
                    } else {
                        Flex::Words
                    },
                ),
                k + 2,
            ));
        }
        if let Some(k2) = self.oclock(k) {
            return Some((Clock::new(h, 0, flex), k2));
        }
        // After "kl" anything goes but a count or a glued letter ("kl 14 på jobbet"; not
        // "kl 3 st", not the school class "kl 9B").
        let glued_word = self.touches(k) && !self.word(k).is_empty();
        let ok = strong && self.num(k).is_none() && !self.unit_after(k) && !glued_word
            || loose && self.bare_hour_followed(k, true)
            || quantity && self.bare_hour_followed(k, false);
        ok.then_some((Clock::new(h, 0, flex), k))
    }

    /// A dotted "HH.MM" without prefix: after a word that is not a reference, an identifier or
    /// "den" (which would make it a date), or after an opening bracket or a comma.
    fn dotted_time_ok(&self, j: usize) -> bool {
        let p = j.wrapping_sub(1);
        if self.number_glued_before(j) {
            return false;
        }
        match self.toks.get(p).map(|t| t.kind) {
            Some(Kind::Word) => {
                let w = self.word(p);
                !NOT_TIME_BEFORE.contains(&w)
                    && !ID_WORDS.contains(&w)
                    && !NOT_DOTTED_TIME_BEFORE.contains(&w)
            }
            Some(Kind::Punct(c)) => matches!(c, '(' | ','),
            _ => false,
        }
    }

    /// A colon time without prefix: not part of a law reference, timezone or ratio.
    fn colon_time_ok(&self, j: usize) -> bool {
        let p = j.wrapping_sub(1);
        let iso_t = self.word(p) == "t";
        if (self.number_glued_before(j) && !iso_t)
            || (self.touches(j) && self.is_punct_in(p, &['-', '–']))
        {
            return false;
        }
        !NOT_TIME_BEFORE.contains(&self.word(p)) && self.punct(p) != Some('§')
    }

    /// May a bare hour ("runt 10", "ca 10") stand before token `k`? `loose` also accepts
    /// the end of a clause; otherwise only words that speak of time.
    fn bare_hour_followed(&self, k: usize, loose: bool) -> bool {
        match self.toks.get(k).map(|t| t.kind) {
            None => loose,
            Some(Kind::Num) => false,
            Some(Kind::Punct(c)) => {
                loose
                    && !matches!(c, '%' | '/' | '€' | '$' | '£')
                    && !(matches!(c, '.' | ',') && self.touches(k + 1) && self.num(k + 1).is_some())
            }
            Some(Kind::Word) => {
                let w = self.word(k);
                if self.part_suffix(k, true).is_some() {
                    return true;
                }
                if TIME_CONTEXT.contains(&w) || part_word(w).is_some() || weekday_word(w).is_some()
                {
                    return true;
                }
                if matches!(w, "på" | "i" | "in" | "on" | "at" | "den" | "the")
                    && self.time_word_follows(k + 1)
                {
                    return true;
                }
                // "at 8 I sent": English "I" is written capitalised, Swedish "i" (in) is not.
                loose && (AFTER_LOOSE_HOUR.contains(&w) || w == "i" && self.capitalised(k))
            }
        }
    }

    fn time_word_follows(&self, k: usize) -> bool {
        let k = if self.word(k) == "the" { k + 1 } else { k };
        let w = self.word(k);
        part_word(w).is_some()
            || weekday_word(w).is_some()
            || matches!(w, "går" | "dag" | "morse" | "natt" | "kväll")
    }

    /// am/pm after an hour at `k`: "11pm", "11 pm", "11 p.m.".
    fn ampm(&self, h: u32, k: usize) -> Option<(u32, usize)> {
        let (pm, end) = match self.word(k) {
            "am" => (false, k + 1),
            "pm" => (true, k + 1),
            w @ ("a" | "p") if self.punct(k + 1) == Some('.') && self.word(k + 2) == "m" => (
                w == "p",
                if self.punct(k + 3) == Some('.') {
                    k + 4
                } else {
                    k + 3
                },
            ),
            _ => return None,
        };
        if !(1..=12).contains(&h) {
            return None;
        }
        Some((if pm { h % 12 + 12 } else { h % 12 }, end))
    }

    fn with_ampm(&self, c: Clock, k: usize) -> (Clock, usize) {
        match self.ampm(c.hour, k) {
            Some((hour, end)) => (
                Clock {
                    hour,
                    flex: Flex::Fixed,
                    ..c
                },
                end,
            ),
            None => (c, k),
        }
    }

    fn oclock(&self, k: usize) -> Option<usize> {
        if self.word(k) == "oclock" {
            return Some(k + 1);
        }
        (self.word(k) == "o"
            && self.is_punct_in(k + 1, &['\'', '’'])
            && self.word(k + 2) == "clock")
            .then_some(k + 3)
    }

    /// An hour as a Swedish word or a number up to 23 (after "halv", "kvart över").
    fn hour_or_num(&self, k: usize) -> Option<u32> {
        self.hour_in(k, hour_word, 23)
    }

    /// An hour as an English word or a number up to 12 (after "half past", "quarter to").
    fn english_hour_or_num(&self, k: usize) -> Option<u32> {
        self.hour_in(k, english_hour_word, 12)
    }

    fn hour_in(&self, k: usize, word: fn(&str) -> Option<u32>, max: u32) -> Option<u32> {
        word(self.word(k)).or_else(|| match self.num(k) {
            Some((h, nd)) if nd <= 2 && (1..=max).contains(&h) && !self.number_continues(k) => Some(h),
            _ => None,
        })
    }

    /// "halv tre", "kvart över tre", "tretiden", "tre-tiden", "klockan tre", "three
    /// o'clock", "noon".
    fn clock_words(&self, j: usize, strong: bool) -> Option<(Clock, usize)> {
        let w = self.word(j);
        let words = |h: u32| if h >= 13 { Flex::Fixed } else { Flex::Words };
        // "halv tre" = 2:30; "halv ett" = 12:30
        let before = |h: u32| if h == 1 { 12 } else { h - 1 };
        match w {
            "halv" => {
                let h = self.hour_or_num(j + 1)?;
                return Some((Clock::new(before(h), 30, words(h)), j + 2));
            }
            "kvart" => {
                let h = self.hour_or_num(j + 2)?;
                return match self.word(j + 1) {
                    "över" | "past" => Some((Clock::new(h, 15, words(h)), j + 3)),
                    "i" | "to" => Some((Clock::new(before(h), 45, words(h)), j + 3)),
                    _ => None,
                };
            }
            // "half past eight" = 8:30 (English counts from the hour before, Swedish to the next);
            // "a quarter past ten", "quarter to four".
            "half" if self.word(j + 1) == "past" => {
                let h = self.english_hour_or_num(j + 2)?;
                return Some((Clock::new(h, 30, words(h)), j + 3));
            }
            "quarter" => {
                let h = self.english_hour_or_num(j + 2)?;
                return match self.word(j + 1) {
                    "past" | "after" => Some((Clock::new(h, 15, words(h)), j + 3)),
                    "to" | "before" => Some((Clock::new(before(h), 45, words(h)), j + 3)),
                    _ => None,
                };
            }
            "noon" | "midday" => return Some((Clock::new(12, 0, Flex::Fixed), j + 1)),
            _ => {}
        }
        if let Some(h) = tiden_word(w) {
            return Some((Clock::new(h, 0, Flex::Words), j + 1));
        }
        if let Some(h) = hour_word(w) {
            if self.is_punct_in(j + 1, &['-', '–'])
                && matches!(self.word(j + 2), "tiden" | "snåret")
            {
                return Some((Clock::new(h, 0, Flex::Words), j + 3));
            }
            if let Some((hour, k)) = self.ampm(h, j + 1) {
                return Some((Clock::new(hour, 0, Flex::Fixed), k));
            }
            return strong.then_some((Clock::new(h, 0, Flex::Words), j + 1));
        }
        let h = english_hour_word(w)?;
        if let Some((hour, k)) = self.ampm(h, j + 1) {
            return Some((Clock::new(hour, 0, Flex::Fixed), k));
        }
        self.oclock(j + 1)
            .map(|k| (Clock::new(h, 0, Flex::Digits), k))
    }

    fn part_at(&self, i: usize) -> Option<Atom> {
        let (part, t1) = self.prep_part(i)?;
        Some(Atom {
            t0: i,
            t1,
            kind: AtomKind::Part(part),
        })
    }

    // ----- layer 1: atoms -----

    fn atoms(&self) -> Vec<Atom> {
        let mut out: Vec<Atom> = Vec::new();
        let mut i = 0;
        while i < self.toks.len() {
            // "2021-08-09 14.30": a dotted time is fine right after a date.
            let after_date = out.last().is_some_and(|a| {
                matches!(a.kind, AtomKind::Day(_)) && (a.t1..i).all(|k| self.punct(k) == Some(','))
            });
            if let Some((a, b)) = self.day_span_at(i) {
                i = b.t1.max(i + 1);
                out.push(a);
                out.push(b);
            } else if let Some(a) = self.date_at(i) {
                i = a.t1.max(i + 1);
                out.push(a);
            } else if let Some((a, b)) = self.clock_at(i, after_date) {
                i = b.map_or(a.t1, |b| b.t1).max(i + 1);
                out.push(a);
                out.extend(b);
            } else if let Some(a) = self.part_at(i) {
                i = a.t1.max(i + 1);
                out.push(a);
            } else {
                i += 1;
            }
        }
        out
    }

    /// "i tisdags (13/4)", "Tisdag 211026", "idag 2026-03-10", "13/4 (tisdag)": one
    /// expression. When the two disagree the explicit date wins.
    fn merge_weekday_with_date(&self, atoms: Vec<Atom>) -> Vec<Atom> {
        let mut out: Vec<Atom> = Vec::with_capacity(atoms.len());
        for a in atoms {
            // "förra veckan på torsdagen", "last week, on Tuesday": that day of last week.
            if let Some(prev) = out.last_mut()
                && let (AtomKind::Vague, AtomKind::Day(d)) = (prev.kind, a.kind)
                && d.src == Src::Weekday
                && self.gap_ok(prev.t1, a.t0, &["på", "on", "i", "den", "the"])
                && self.says_last_week(prev.t0, prev.t1)
                && let Some(date) = self.last_weeks(d.date.weekday())
            {
                *prev = Atom { t0: prev.t0, t1: a.t1, kind: AtomKind::Day(Day { date, ..d }) };
                continue;
            }
            // "Fredag 13/3" where 13/3 is ahead, "fredag, imorgon": the weekday names that
            // same unknown day, not last Friday.
            if let Some(prev) = out.last_mut()
                && let (AtomKind::Vague, AtomKind::Day(d)) | (AtomKind::Day(d), AtomKind::Vague) =
                    (prev.kind, a.kind)
                && d.src == Src::Weekday
                && self.gap_ok(prev.t1, a.t0, &["den", "the"])
            {
                *prev = Atom {
                    t0: prev.t0,
                    t1: a.t1,
                    kind: AtomKind::Vague,
                };
                continue;
            }
            if let Some(prev) = out.last_mut()
                && let (AtomKind::Day(p), AtomKind::Day(d)) = (prev.kind, a.kind)
                && self.gap_ok(prev.t1, a.t0, &["den", "the"])
            {
                let merged = match (p.src, d.src) {
                    (Src::Weekday | Src::Relative, Src::Explicit) => Some(AtomKind::Day(Day {
                        part: d.part.or(p.part),
                        ..d
                    })),
                    (Src::Explicit, Src::Weekday) => Some(AtomKind::Day(Day {
                        part: p.part.or(d.part),
                        ..p
                    })),
                    // "i tisdags, igår var jag ju ledig": two statements, not one day said twice.
                    (Src::Relative, Src::Weekday) | (Src::Weekday, Src::Relative)
                        if p.date != d.date
                            && !(prev.t1..a.t0).any(|j| self.punct(j) == Some('('))
                            && matches!(self.toks.get(a.t1).map(|t| t.kind), Some(Kind::Word)) =>
                    {
                        None
                    }
                    // "igår (måndag)": fine if they agree; if not, we can't tell which is right.
                    (Src::Relative, Src::Weekday) | (Src::Weekday, Src::Relative) => {
                        Some(if p.date == d.date {
                            AtomKind::Day(Day {
                                part: p.part.or(d.part),
                                ..p
                            })
                        } else {
                            AtomKind::Vague
                        })
                    }
                    _ => None,
                };
                if let Some(kind) = merged {
                    *prev = Atom {
                        t0: prev.t0,
                        t1: a.t1,
                        kind,
                    };
                    continue;
                }
            }
            out.push(a);
        }
        out
    }

    /// "samma dag" is the day named last before it (with its own part of day, if it says one);
    /// with no day before it, no date.
    fn resolve_same_day(&self, mut atoms: Vec<Atom>) -> Vec<Atom> {
        let mut last: Option<Day> = None;
        for a in &mut atoms {
            match a.kind {
                AtomKind::Day(d) => last = Some(d),
                // With no day before it, it stays as it is and names no other day (below).
                AtomKind::SameDay(part) => {
                    if let Some(d) = last {
                        a.kind = AtomKind::Day(Day { part, ..d });
                    }
                }
                _ => {}
            }
        }
        atoms
    }

    // ----- layer 2: pieces -----

    /// Number of clock atoms (1, or 2 for a range) right after atom `k`, close enough to
    /// belong to it.
    fn clocks_after(&self, atoms: &[Atom], k: usize) -> usize {
        let (Some(a), Some(next)) = (atoms.get(k), atoms.get(k + 1)) else {
            return 0;
        };
        let AtomKind::Clock(c) = next.kind else {
            return 0;
        };
        if !self.gap_ok(a.t1, next.t0, DAY_TIME_GAP) {
            return 0;
        }
        if c.role == Role::Start
            && atoms
                .get(k + 2)
                .is_some_and(|e| matches!(e.kind, AtomKind::Clock(c) if c.role == Role::End))
        {
            2
        } else {
            1
        }
    }

    /// A day with its time, applying the part of day to the hour and the night rule.
    fn combine(&self, day: &Day, c: &Clock, extra_part: Option<Part>) -> Option<NaiveDateTime> {
        let part = c.part.or(day.part).or(extra_part);
        let mut hour = adjust_hour(c.hour, c.flex, part);
        let date = if day.part == Some(Part::Night) && day.src != Src::Explicit {
            // "i lördags natt kl 2" is early Sunday; "kl 23" is still Saturday.
            if hour < 6 {
                add_days(day.night_anchor, 1)?
            } else {
                day.night_anchor
            }
        } else {
            day.date
        };
        // "Polisen tror att det hände runt tre", written at seven in the morning: an afternoon
        // still to come cannot be meant, the small hours can.
        let at = |h: u32| NaiveTime::from_hms_opt(h, c.min, 0).map(|t| date.and_time(t));
        if part.is_none() && hour != c.hour && at(hour)? > self.now && at(c.hour)? <= self.now {
            hour = c.hour;
        }
        Some(date.and_time(NaiveTime::from_hms_opt(hour, c.min, 0)?))
    }

    /// Start and end of a clock range on one day; an end before the start is the next day.
    fn combine_range(
        &self,
        day: &Day,
        c1: &Clock,
        c2: &Clock,
        part: Option<Part>,
    ) -> Option<(NaiveDateTime, NaiveDateTime)> {
        let start = self.combine(day, c1, part)?;
        let mut end = self.combine(day, c2, part)?;
        if end < start {
            end = end.checked_add_signed(TimeDelta::try_days(1)?)?;
        }
        Some((start, end))
    }

    fn pieces(&self, atoms: &[Atom]) -> Vec<Piece> {
        let mut out = Vec::with_capacity(atoms.len());
        let mut k = 0;
        while let Some(a) = atoms.get(k) {
            match a.kind {
                AtomKind::Day(day) => {
                    let n = self.clocks_after(atoms, k);
                    self.push_day_with_clocks(&mut out, day, a, &atoms[k + 1..k + 1 + n], false);
                    k += 1 + n;
                }
                AtomKind::Vague => {
                    out.push(Piece::new(a.t0, a.t1, FoundKind::Point, What::Vague));
                    k += 1 + self.clocks_after(atoms, k); // their day is unknown: drop them
                }
                // "rolled the release back at 11:45 the same day" with no day named before: the
                // same day as the story, which is no other day than the one the clocks fall on.
                AtomKind::SameDay(_) => {
                    out.push(Piece::new(a.t0, a.t1, FoundKind::Point, What::Drop));
                    k += 1 + self.clocks_after(atoms, k);
                }
                AtomKind::Clock(c) => {
                    let ends_range =
                        |x: &Atom| matches!(x.kind, AtomKind::Clock(e) if e.role == Role::End);
                    let n = if c.role == Role::Start && atoms.get(k + 1).is_some_and(ends_range) {
                        2
                    } else {
                        1
                    };
                    let last = k + n - 1;
                    let clocks = &atoms[k..=last];
                    // A day right after the time: "kl 14 igår", "at 11pm on Saturday".
                    match atoms.get(last + 1) {
                        Some(next) if self.gap_ok(atoms[last].t1, next.t0, DAY_TIME_GAP) => {
                            match next.kind {
                                AtomKind::Day(day) => {
                                    self.push_day_with_clocks(&mut out, day, next, clocks, true);
                                    k = last + 2;
                                    continue;
                                }
                                AtomKind::Vague => {
                                    out.push(Piece::new(
                                        next.t0,
                                        next.t1,
                                        FoundKind::Point,
                                        What::Vague,
                                    ));
                                    k = last + 2;
                                    continue;
                                }
                                _ => {}
                            }
                        }
                        _ => {}
                    }
                    for x in clocks {
                        if let AtomKind::Clock(c) = x.kind {
                            out.push(Piece::new(x.t0, x.t1, role_kind(c.role), What::Lone(c)));
                        }
                    }
                    k = last + 1;
                }
                AtomKind::Part(p) => {
                    out.push(Piece::new(a.t0, a.t1, FoundKind::Point, What::Part(p)));
                    k += 1;
                }
                AtomKind::MaybeToday(p) => {
                    out.push(Piece::new(
                        a.t0,
                        a.t1,
                        FoundKind::Point,
                        What::MaybeToday(p),
                    ));
                    k += 1;
                }
            }
        }
        out
    }

    /// Emits a day joined with 0, 1 or 2 (range) clock atoms. The day's span is merged
    /// into the nearest clock: the first one, or (`day_after`) the last one.
    fn push_day_with_clocks(
        &self,
        out: &mut Vec<Piece>,
        day: Day,
        d: &Atom,
        clocks: &[Atom],
        day_after: bool,
    ) {
        let clock = |x: &Atom| match x.kind {
            AtomKind::Clock(c) => Some(c),
            _ => None,
        };
        match clocks {
            [x] => {
                let (t0, t1) = if day_after {
                    (x.t0, d.t1)
                } else {
                    (d.t0, x.t1)
                };
                let at = clock(x).and_then(|c| self.combine(&day, &c, None));
                out.push(Piece::dated(t0, t1, FoundKind::Point, day, at));
            }
            [x, y] => {
                if let (Some(c1), Some(c2)) = (clock(x), clock(y))
                    && let Some((s, e)) = self.combine_range(&day, &c1, &c2, None)
                {
                    let (s0, e1) = if day_after {
                        (x.t0, d.t1)
                    } else {
                        (d.t0, y.t1)
                    };
                    out.push(Piece::dated(s0, x.t1, FoundKind::RangeStart, day, Some(s)));
                    out.push(Piece::dated(y.t0, e1, FoundKind::RangeEnd, day, Some(e)));
                } else {
                    out.push(Piece::dated(d.t0, d.t1, FoundKind::Point, day, None));
                }
            }
            _ => out.push(Piece::dated(d.t0, d.t1, FoundKind::Point, day, None)),
        }
    }

    // ----- layer 3: context -----

    /// "på morgonen" means this morning only when nothing else in the text names a day
    /// before it (or later in its sentence); otherwise it is the morning of that story.
    fn resolve_maybe_today(&self, pieces: &mut [Piece]) {
        for p in 0..pieces.len() {
            let What::MaybeToday(part) = pieces[p].what else {
                continue;
            };
            let s = self.sent_of(pieces[p].t0);
            let before = pieces[..p].iter().any(Piece::names_day);
            let later_same = pieces[p + 1..]
                .iter()
                .any(|q| q.names_day() && self.sent_of(q.t0) == s);
            // Lunch not yet come is no time of anything that happened.
            let ahead = part == Part::Midday && self.now.hour() < 11;
            pieces[p].what = if before || later_same || ahead {
                What::Drop
            } else {
                let day = Day {
                    part: Some(part),
                    ..Day::new(self.today, Src::Relative)
                };
                What::Dated {
                    day,
                    date: self.today,
                    time: None,
                }
            };
        }
    }

    /// Monday of the message's week.
    fn this_monday(&self) -> Option<NaiveDate> {
        add_days(self.today, -i64::from(self.today.weekday().num_days_from_monday()))
    }

    /// Weekday `wd` of the week before the message's.
    fn last_weeks(&self, wd: Weekday) -> Option<NaiveDate> {
        add_days(self.this_monday()?, i64::from(wd.num_days_from_monday()) - 7)
    }

    /// Whether tokens `t0..t1` say "förra veckan" or "last week".
    fn says_last_week(&self, t0: usize, t1: usize) -> bool {
        [&["förra", "veckan"][..], &["last", "week"]].iter().any(|w| (t0..t1).any(|i| self.words_at(i, w)))
    }

    /// "Brevet gick iväg förra veckan, jag tror det var på tisdagen": a weekday after "förra
    /// veckan" / "last week" in its sentence is that day of the previous week, not of this one.
    fn resolve_last_week(&self, pieces: &mut [Piece]) {
        let Some(monday) = self.this_monday() else {
            return;
        };
        for p in 0..pieces.len() {
            if !(matches!(pieces[p].what, What::Vague) && self.says_last_week(pieces[p].t0, pieces[p].t1)) {
                continue;
            }
            let s = self.sent_of(pieces[p].t0);
            for q in pieces[p + 1..].iter_mut().take_while(|q| self.sent_of(q.t0) == s) {
                if let What::Dated { day, date, .. } = &mut q.what
                    && day.src == Src::Weekday
                    && *date >= monday
                    && let Some(earlier) = add_days(*date, -7)
                {
                    day.date = earlier;
                    *date = earlier;
                }
            }
        }
    }

    /// Clock times without a day next to them take the nearest day named in their
    /// sentence; else the day the story was last at; else today if that is not in the
    /// future. A vague day in those places means: no date.
    fn resolve_lone_clocks(&self, pieces: &mut [Piece]) {
        let mut p = 0;
        while p < pieces.len() {
            let What::Lone(c1) = pieces[p].what else {
                p += 1;
                continue;
            };
            let range = match pieces.get(p + 1) {
                Some(q)
                    if pieces[p].kind == FoundKind::RangeStart && q.kind == FoundKind::RangeEnd =>
                {
                    match q.what {
                        What::Lone(c2) => Some(c2),
                        _ => None,
                    }
                }
                _ => None,
            };
            let last = if range.is_some() { p + 1 } else { p };
            let resolved = self
                .context_for(pieces, p, last)
                .map(|(day, same_sentence)| {
                    // A story told with its own hour goes on at that day ("I onsdags vid 10-tiden
                    // ... märkte det när mötet avslutades kvart i elva").
                    let story_timed = pieces[..p].iter().rev().find_map(|q| match q.what {
                        What::Dated { time, .. } => Some(time.is_some()),
                        _ => None,
                    });
                    let day = match story_timed {
                        Some(false) => self.told_just_now(day, same_sentence, &c1),
                        _ => day,
                    };
                    // "On Monday afternoon I set it up ... The policy ran at 02:00 that night":
                    // the small hours of that night are the next date.
                    // The time the story last gave on this day, if the last date told was this day.
                    let story_hour = pieces[..p]
                        .iter()
                        .rev()
                        .find_map(|q| match q.what {
                            What::Dated { date, time, .. } => Some(time.filter(|_| date == day.date)),
                            _ => None,
                        })
                        .flatten()
                        .map(|t| t.hour());
                    // "I går kväll kl. 23.40 mejlade jag ... Jag upptäckte det kl. 01.05": small
                    // hours told after a late evening on the same day are the next date.
                    let after_evening = story_hour.is_some_and(|h| h >= 20);
                    // (Not when the story is already past that night: "Kl. 01.10 avbröts flytten ...
                    // kl. 04.30 samma natt", "fick måndagen kl. 06.55 larm ... Inloggningen hade skett
                    // kl. 02.13 samma natt".)
                    let small_hours_before = story_hour.is_some_and(|h| h < 12);
                    let day = if c1.hour < 6
                        && !same_sentence
                        && !small_hours_before
                        && (self.that_night(pieces[p].t0, pieces[last].t1) || after_evening)
                    {
                        Day { date: day.date + chrono::Duration::days(1), part: None, ..day }
                    } else {
                        day
                    };
                    (day, same_sentence)
                })
                .and_then(|(day, same_sentence)| {
                    // A night carries over ("Ransomware hit last night. It was stopped at 04:25."):
                    // early hours after it fall on the next date. A time of day in a later
                    // sentence is not part of the night ("Inbrott i natt. Vaktmästaren upptäckte
                    // det kl. 06.45", "Jag stängde kontot kvart över tio").
                    let in_night = c1.hour < 6 || c1.hour >= 18;
                    let keep = same_sentence || day.part == Some(Part::Night) && in_night;
                    let part = if keep { day.part } else { None }
                        .or_else(|| self.adjacent_part(pieces, p, last));
                    let day = Day {
                        part: if keep { day.part } else { None },
                        ..day
                    };
                    let (s, e) = match range {
                        Some(c2) => self.combine_range(&day, &c1, &c2, part)?,
                        None => {
                            let s = self.combine(&day, &c1, part)?;
                            (s, s)
                        }
                    };
                    // Guessed days must not put the event in the future.
                    (same_sentence || e <= self.now).then_some((day, s, e))
                });
            match resolved {
                Some((day, s, e)) => {
                    pieces[p].what = What::Dated {
                        day,
                        date: s.date(),
                        time: Some(s.time()),
                    };
                    if last > p {
                        pieces[last].what = What::Dated {
                            day,
                            date: e.date(),
                            time: Some(e.time()),
                        };
                    }
                }
                None => (p..=last).for_each(|q| pieces[q].what = What::Drop),
            }
            p = last + 1;
        }
    }

    /// "that night", "the same night", "samma natt", "den natten" right after or before tokens
    /// `t0..t1`.
    fn that_night(&self, t0: usize, t1: usize) -> bool {
        let night = |a: &str, b: &str| {
            matches!((a, b), ("that" | "same", "night") | ("samma" | "den", "natt" | "natten"))
        };
        let w = |i: usize| self.word(i);
        night(w(t1), w(t1 + 1)) || (t0 >= 2 && night(w(t0 - 2), w(t0 - 1)))
    }

    /// A lone time in a later sentence, within two hours before the message, when the story
    /// was days ago: "satte upp lappen i måndags ... en hyresgäst ringde 16.15" written on Friday
    /// at 16:50 tells of this afternoon.
    fn told_just_now(&self, day: Day, same_sentence: bool, c: &Clock) -> Day {
        let recent = self.combine(&Day::new(self.today, Src::Relative), c, None).is_some_and(|t| {
            t <= self.now && self.now - t <= chrono::Duration::hours(2)
        });
        if !same_sentence && recent && day.date + chrono::Duration::days(1) < self.today {
            Day::new(self.today, Src::Relative)
        } else {
            day
        }
    }

    fn context_for(&self, pieces: &[Piece], p: usize, last: usize) -> Option<(Day, bool)> {
        let s = self.sent_of(pieces[p].t0);
        let day_of = |q: &Piece| match q.what {
            What::Dated { day, .. } => Some(Some(day)),
            What::Vague => Some(None),
            _ => None,
        };
        // "Vid återläsningen kl. 04.30 samma natt visade det sig att säkerhetskopian från den 1
        // oktober ...": a time said to be of the same night or day goes with the story, not with a
        // date later in its sentence.
        let t1 = pieces[last].t1;
        let same_story = matches!(
            (self.word(t1), self.word(t1 + 1)),
            ("samma", "natt" | "natten" | "dag" | "kväll" | "morgon" | "eftermiddag" | "förmiddag")
                | ("that" | "same", "night" | "day" | "evening" | "morning" | "afternoon")
        );
        let same = pieces[..p]
            .iter()
            .rev()
            .take_while(|q| self.sent_of(q.t0) == s)
            .find_map(day_of);
        // "Nu såg jag (kl 16.20) att ... brukare som var här i går": a time told as now is today,
        // whatever day the rest of its sentence names.
        let from = self.sent.partition_point(|&x| x < s);
        let now_before = (from..pieces[p].t0).any(|k| matches!(self.word(k), "nu" | "now"));
        if same.is_none() && now_before {
            return Some((Day::new(self.today, Src::Relative), false));
        }
        let same = same.or_else(|| {
            if same_story {
                return None;
            }
            pieces[last + 1..]
                .iter()
                .take_while(|q| self.sent_of(q.t0) == s)
                .find_map(day_of)
        });
        if let Some(found) = same {
            return found.map(|d| (d, true));
        }
        // "... så nu är de hos mig": a sentence in the present is told today.
        if self.sentence_says_now(pieces[p].t0) {
            return Some((Day::new(self.today, Src::Relative), false));
        }
        // A day a state has lasted since ("den varit delad ända sedan den 14 april") is not where
        // the story is: the next sentence goes on from the day before it.
        // A night that ran past midnight ("ran at 01:00 last night") puts the story on the
        // date it reached: "The morning check flagged it at 06:40" is that morning.
        let story_day = |q: &Piece| match q.what {
            What::Dated { day, date, time: Some(_) } if date != day.date => {
                Some(Some(Day { part: None, ..Day::new(date, day.src) }))
            }
            _ => day_of(q),
        };
        if let Some(found) = pieces[..p]
            .iter()
            .rev()
            .filter(|q| !self.after_since(q.t0))
            .find_map(story_day)
        {
            return found.map(|d| (d, false));
        }
        // Nothing before: today, unless the text names some other day later on.
        let other_later = pieces[last + 1..].iter().any(|q| match q.what {
            What::Dated { date, .. } => date != self.today,
            What::Vague => true,
            _ => false,
        });
        (!other_later).then_some((Day::new(self.today, Src::Relative), false))
    }

    /// Whether the sentence of token `i` has "nu" or "now" in it.
    fn sentence_says_now(&self, i: usize) -> bool {
        let s = self.sent_of(i);
        let from = self.sent.partition_point(|&x| x < s);
        (from..self.toks.len())
            .take_while(|&k| self.sent_of(k) == s)
            .any(|k| matches!(self.word(k), "nu" | "now"))
    }

    /// Whether "sedan"/"since" stands up to three tokens before token `i`, in its sentence.
    fn after_since(&self, i: usize) -> bool {
        let s = self.sent_of(i);
        (i.saturating_sub(3)..i)
            .any(|k| self.sent_of(k) == s && matches!(self.word(k), "sedan" | "sen" | "since"))
    }

    fn adjacent_part(&self, pieces: &[Piece], p: usize, last: usize) -> Option<Part> {
        let part_of = |q: &Piece| match q.what {
            What::Part(part) => Some(part),
            _ => None,
        };
        let before = p
            .checked_sub(1)
            .and_then(|b| pieces.get(b))
            .filter(|q| self.gap_ok(q.t1, pieces[p].t0, &[]));
        let after = pieces
            .get(last + 1)
            .filter(|q| self.gap_ok(pieces[last].t1, q.t0, &[]));
        before.and_then(part_of).or_else(|| after.and_then(part_of))
    }

    /// "från 2 november till 5 november", "mellan 1/3 och 5/3", "1/3-5/3".
    fn mark_date_ranges(&self, pieces: &mut [Piece]) {
        for p in 0..pieces.len().saturating_sub(1) {
            let (a, b) = (&pieces[p], &pieces[p + 1]);
            if a.kind != FoundKind::Point
                || b.kind != FoundKind::Point
                || !matches!(a.what, What::Dated { .. })
                || !matches!(b.what, What::Dated { .. })
                || b.t0 != a.t1 + 1
            {
                continue;
            }
            let opener = self.word(a.t0.wrapping_sub(1));
            let ok = match self.word(a.t1) {
                "till" | "tills" | "until" => true,
                "to" => matches!(opener, "från" | "from"),
                "och" | "and" => matches!(opener, "mellan" | "between"),
                _ => self.is_punct_in(a.t1, &['-', '–', '—']),
            };
            if ok {
                pieces[p].kind = FoundKind::RangeStart;
                pieces[p + 1].kind = FoundKind::RangeEnd;
            }
        }
    }

    fn emit(&self, pieces: &[Piece]) -> Vec<Hit> {
        let mut out = Vec::new();
        for piece in pieces {
            let What::Dated { day, date, time } = piece.what else {
                continue;
            };
            let (Some(first), Some(last)) = (
                self.toks.get(piece.t0),
                piece.t1.checked_sub(1).and_then(|l| self.toks.get(l)),
            ) else {
                continue;
            };
            let when = match time {
                Some(t) => When::DateTime(date.and_time(t)),
                None => When::Date(date),
            };
            out.push(Hit {
                found: Found {
                    start: first.start,
                    end: last.end,
                    when,
                    kind: piece.kind,
                },
                explicit_year: day.explicit_year,
            });
        }
        out
    }
}

fn role_kind(role: Role) -> FoundKind {
    match role {
        Role::Single => FoundKind::Point,
        Role::Start => FoundKind::RangeStart,
        Role::End => FoundKind::RangeEnd,
    }
}

/// Reads a 12-hour-ish hour in the light of the part of day: "kväll kl 9" = 21,
/// "eftermiddag vid tretiden" = 15, "natt kl 11" = 23. An hour from 1 to 6 without context
/// ("vid tretiden", "halv tre", "at 3", "kl 5") means the afternoon.
fn adjust_hour(h: u32, flex: Flex, part: Option<Part>) -> u32 {
    if flex == Flex::Fixed {
        return h;
    }
    match part {
        Some(Part::Morning) => h,
        Some(Part::Midday) if (1..=5).contains(&h) => h + 12,
        Some(Part::Afternoon) if (1..=7).contains(&h) => h + 12,
        Some(Part::Evening) if (4..=11).contains(&h) => h + 12,
        Some(Part::Night) if (7..=11).contains(&h) => h + 12,
        Some(Part::Night) if h == 12 => 0,
        // "at 3", "kl 5", "vid tretiden": a working day's hours, so the afternoon.
        None if (1..=6).contains(&h) => h + 12,
        _ => h,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(s: &str) -> NaiveDateTime {
        NaiveDateTime::parse_from_str(s, "%Y-%m-%d %H:%M").expect("test timestamp")
    }

    /// Finds as "2026-03-09T15:00" (Point), "S 2026-..." (RangeStart), "E 2026-..." (RangeEnd).
    fn finds(text: &str, now: &str) -> Vec<String> {
        find_all(text, at(now))
            .iter()
            .map(|f| match f.kind {
                FoundKind::Point => f.when.to_field_string(),
                FoundKind::RangeStart => format!("S {}", f.when.to_field_string()),
                FoundKind::RangeEnd => format!("E {}", f.when.to_field_string()),
            })
            .collect()
    }

    /// The text each find covers.
    fn spans(text: &str, now: &str) -> Vec<String> {
        find_all(text, at(now))
            .iter()
            .map(|f| text[f.start..f.end].to_string())
            .collect()
    }

    fn check_table(cases: &[(&str, &str, &[&str])]) {
        let mut failures = Vec::new();
        for (now, text, want) in cases {
            let got = finds(text, now);
            if got != *want {
                failures.push(format!(
                    "{text:?} @ {now}\n   want {want:?}\n    got {got:?}"
                ));
            }
        }
        assert!(
            failures.is_empty(),
            "{} case(s) failed:\n{}",
            failures.len(),
            failures.join("\n")
        );
    }

    #[test]
    fn real_messages() {
        check_table(&[
            (
                "2026-03-10 09:12",
                "Hej! Jag skickade av misstag ett mejl med en klients journalanteckningar till fel mottagare igår eftermiddag vid tretiden. Märkte det i morse när mottagaren svarade att det kommit fel.",
                &["2026-03-09T15:00", "2026-03-10"],
            ),
            (
                "2026-05-04 07:40",
                "Min jobbmobil är borta, tror jag glömde den på bussen i fredags kväll. Den har kod men mejlen är synkade. Upptäckte det nu på morgonen.",
                &["2026-05-01", "2026-05-04"],
            ),
            (
                "2026-08-24 08:05",
                "I lördags natt bröt sig någon in i fritidsgården och stal en dator.",
                &["2026-08-22"],
            ),
            (
                "2026-09-15 14:02",
                "vid ett massutskick till allmänheten idag kl 13.30.",
                &["2026-09-15T13:30"],
            ),
            (
                "2026-11-20 14:00",
                "Vi har haft ett fel i lönesystemet sedan 2 november som gör att chefer kan se",
                &["2026-11-02"],
            ),
            (
                "2026-05-18 16:30",
                "I just realised that this morning I uploaded a meeting protocol with a patient's diagnosis to our public website. It was online from 9:10 until 16:15.",
                &["2026-05-18", "S 2026-05-18T09:10", "E 2026-05-18T16:15"],
            ),
            (
                "2026-02-02 10:30",
                "Hi, my work laptop was stolen from my car on Saturday night (around 11pm). It has BitLocker disk encryption. I noticed this morning.",
                &["2026-01-31T23:00", "2026-02-02"],
            ),
            (
                "2021-04-16 12:05",
                "Det upptäcktes i tisdags (13/4), stickan har också provats på en privat dator.",
                &["2021-04-13"],
            ),
            (
                "2020-08-20 13:17",
                "har 200820 en anställd på den förvaltningen använt",
                &["2020-08-20"],
            ),
            (
                "2020-11-12 14:17",
                "detta ärende avslutades 200203. Ny anmälan inkom 201112, varvid handläggare vid Mottagning barn och familj 254",
                &["2020-02-03", "2020-11-12"],
            ),
            // "dagen innan" is relative to an event, not to the text: deliberately no date.
            (
                "2021-03-04 14:17",
                "kontaktade den 4 mars registrator och meddelade att han har fått ut ett dokument som registrator skrivit ut dagen innan",
                &["2021-03-04"],
            ),
            (
                "2021-10-27 09:00",
                "Tisdag 211026 kl 11.41 ringde en vårdnadshavare",
                &["2021-10-26T11:41"],
            ),
        ]);
    }

    #[test]
    fn real_message_spans() {
        let text = "Det upptäcktes i tisdags (13/4), stickan har också provats på en privat dator.";
        assert_eq!(spans(text, "2021-04-16 12:05"), ["i tisdags (13/4"]);
        let text = "till fel mottagare igår eftermiddag vid tretiden. Märkte det i morse när";
        assert_eq!(
            spans(text, "2026-03-10 09:12"),
            ["igår eftermiddag vid tretiden", "i morse"]
        );
        let text = "this morning I uploaded it. It was online from 9:10 until 16:15.";
        assert_eq!(
            spans(text, "2026-05-18 16:30"),
            ["this morning", "9:10", "16:15"]
        );
        let text = "fel i lönesystemet sedan 2 november som gör";
        assert_eq!(spans(text, "2026-11-20 14:00"), ["2 november"]);
        let text = "stolen on Saturday night (around 11pm). I noticed";
        assert_eq!(
            spans(text, "2026-02-02 10:30"),
            ["on Saturday night (around 11pm"]
        );
        let text = "Tisdag 211026 kl 11.41 ringde";
        assert_eq!(spans(text, "2021-10-27 09:00"), ["Tisdag 211026 kl 11.41"]);
        let text = "Öppnade ÅÄÖ-filen IGÅR kl 14 på jobbet";
        assert_eq!(spans(text, "2026-03-10 09:12"), ["IGÅR kl 14"]);
    }

    #[test]
    fn iso_dates() {
        let now = "2026-03-10 12:00";
        check_table(&[
            (now, "2021-08-09", &["2021-08-09"]),
            (
                now,
                "Det hände 2021-08-09 14:30 på kontoret",
                &["2021-08-09T14:30"],
            ),
            (now, "2021-08-09T14:30", &["2021-08-09T14:30"]),
            (now, "2021-08-09T14:30:00+02:00", &["2021-08-09T14:30"]),
            (now, "2021-08-09 kl 14.30", &["2021-08-09T14:30"]),
            (now, "2021-08-09 kl. 14", &["2021-08-09T14:00"]),
            (now, "2021-08-09 14.30", &["2021-08-09T14:30"]),
            (now, "2021/08/09", &["2021-08-09"]),
            (now, "(2021-08-09)", &["2021-08-09"]),
            (now, "2027-01-05", &["2027-01-05"]), // future is fine with an explicit year
            (now, "2021-13-09", &[]),
            (now, "2021-02-30", &[]),
        ]);
    }

    #[test]
    fn day_month_numeric() {
        let now = "2026-03-10 12:00";
        check_table(&[
            ("2026-01-10 08:00", "9/8", &["2025-08-09"]),
            (now, "9/8", &[]), // five months ahead: a future mention, not last August
            (now, "12/3 kl 14", &[]), // two days ahead; its time must not go to today either
            (now, "9/3", &["2026-03-09"]),
            (now, "9/8 2021", &["2021-08-09"]),
            (now, "9/8-21", &["2021-08-09"]),
            (now, "9/8/2021", &["2021-08-09"]),
            (
                "2026-01-10 08:00",
                "den 27/7 ca 22:00",
                &["2025-07-27T22:00"],
            ),
            ("2026-01-10 08:00", "27/7 kl 22", &["2025-07-27T22:00"]),
            (now, "30/9 kl 16", &["2025-09-30T16:00"]),
            (now, "9/3 2026, klockan 15:00", &["2026-03-09T15:00"]),
            (now, "9.8.2021", &["2021-08-09"]),
            (now, "09-08-2021", &["2021-08-09"]),
            (now, "On 9/3 my laptop was stolen", &["2026-03-09"]),
            (now, "9/3 14.30", &["2026-03-09T14:30"]),
            (now, "1/3-5/3", &["S 2026-03-01", "E 2026-03-05"]),
            (now, "från 1/3 till 5/3", &["S 2026-03-01", "E 2026-03-05"]),
            ("2026-01-10 08:00", "15/12", &["2025-12-15"]),
            ("2026-01-10 08:00", "den 24/7", &["2025-07-24"]),
            (now, "32/1", &[]),
            (now, "31/4", &[]),
            (now, "31/4 kl 14", &[]),
            (now, "9/13", &[]),
        ]);
    }

    #[test]
    fn compact_dates() {
        check_table(&[
            ("2021-01-01 10:00", "201105", &["2020-11-05"]),
            ("2021-01-01 10:00", "20201105", &["2020-11-05"]),
            (
                "2021-10-27 09:00",
                "Tisdag 211026 kl 11.41",
                &["2021-10-26T11:41"],
            ),
            ("2021-10-27 09:00", "(211026)", &["2021-10-26"]),
            // in the future, too old, invalid, or part of an identifier
            ("2021-10-27 09:00", "211028", &[]),
            ("2021-10-27 09:00", "051026", &[]),
            ("2021-10-27 09:00", "211326", &[]),
            ("2021-10-27 09:00", "211026-1234", &[]),
            ("2021-10-27 09:00", "dnr 211026", &[]),
            ("2021-10-27 09:00", "ärendenummer 211026", &[]),
            ("2021-10-27 09:00", "211026 kr", &[]),
            ("2021-10-27 09:00", "08-211026", &[]),
            ("2021-10-27 09:00", "2110261", &[]),
            ("2021-10-27 09:00", "20211026-1234", &[]),
        ]);
    }

    #[test]
    fn month_names() {
        let now = "2026-11-20 14:00";
        check_table(&[
            (now, "den 30 september", &["2026-09-30"]),
            (now, "30 september 2020", &["2020-09-30"]),
            (now, "den 4 mars", &["2026-03-04"]),
            (now, "4:e mars", &["2026-03-04"]),
            (now, "den 1:a april", &["2026-04-01"]),
            (now, "30 sep kl 16", &["2026-09-30T16:00"]),
            (now, "den 30 september vid fyratiden", &["2026-09-30T16:00"]),
            (now, "September 30, 2026", &["2026-09-30"]),
            (now, "30 September 2026 at 14:00", &["2026-09-30T14:00"]),
            (now, "on 30th of September", &["2026-09-30"]),
            (now, "on the 30th of September", &["2026-09-30"]),
            (now, "Sept. 30th", &["2026-09-30"]),
            (now, "sedan 2 november", &["2026-11-02"]),
            (now, "den 3 december", &[]), // 13 days ahead
            ("2026-05-20 10:00", "den 3 december", &["2025-12-03"]),
            // Five weeks ahead across New Year is next month, not last January.
            ("2028-12-14 11:20", "vaccinationsdag 18 januari", &[]),
            ("2028-12-14 11:20", "den 15 mars", &["2028-03-15"]),
            (now, "Mötet den 25 november kl 10 ställs in.", &[]),
            (now, "30 December 2026", &["2026-12-30"]),
            (now, "1 jan", &["2026-01-01"]),
            (now, "2 febr.", &["2026-02-02"]),
            (now, "den 5 maj", &["2026-05-05"]),
            (now, "on 5 May", &["2026-05-05"]),
            (now, "3 okt kl. 9.15", &["2026-10-03T09:15"]),
            (now, "2 november, kl 8", &["2026-11-02T08:00"]),
            (now, "den 4 mars 2021 ringde hon", &["2021-03-04"]),
            (now, "December 3 at 10:00", &[]),
            (
                "2026-02-01 12:00",
                "December 3 at 10:00",
                &["2025-12-03T10:00"],
            ),
            (
                now,
                "från 2 november till 5 november",
                &["S 2026-11-02", "E 2026-11-05"],
            ),
            (
                now,
                "mellan den 1 och 3 mars",
                &["S 2026-03-01", "E 2026-03-03"],
            ),
            (now, "1-3 mars", &["S 2026-03-01", "E 2026-03-03"]),
            (
                now,
                "från den 1 till den 3 mars 2020",
                &["S 2020-03-01", "E 2020-03-03"],
            ),
            (now, "den 3 och 4 mars", &["2026-03-03", "2026-03-04"]),
            (now, "sjuk 2-3 dagar", &[]),
            // not dates
            (now, "i mars 2 gånger", &[]),
            (now, "september 2020", &[]),
            (now, "we may 3 times", &[]),
            (now, "den 4 mars 2000 kr", &["2026-03-04"]),
        ]);
    }

    #[test]
    fn relative_days() {
        let now = "2026-03-10 09:12"; // a Tuesday
        check_table(&[
            (now, "idag", &["2026-03-10"]),
            (now, "i dag", &["2026-03-10"]),
            (now, "Idag", &["2026-03-10"]),
            (now, "igår", &["2026-03-09"]),
            (now, "i går", &["2026-03-09"]),
            (now, "IGÅR", &["2026-03-09"]),
            (now, "i förrgår", &["2026-03-08"]),
            (now, "i morse", &["2026-03-10"]),
            (now, "i förmiddags", &["2026-03-10"]),
            (now, "i eftermiddags", &["2026-03-10"]),
            (now, "i kväll", &["2026-03-10"]),
            (now, "ikväll", &["2026-03-10"]),
            (now, "i natt", &["2026-03-10"]),
            (now, "inatt", &["2026-03-10"]),
            (now, "nu på morgonen", &["2026-03-10"]),
            (now, "Det upptäcktes på morgonen.", &["2026-03-10"]),
            // Lunch is today's when the message is written after it, and no other day is named.
            ("2026-03-10 13:30", "skickade ett sms strax efter lunch", &["2026-03-10"]),
            ("2026-03-10 13:30", "sent it around lunchtime", &["2026-03-10"]),
            ("2026-03-10 09:30", "skickade det vid lunch", &[]),
            (now, "igår vid lunch", &["2026-03-09"]),
            // A weekday after "förra veckan" is last week's, wherever it stands in the sentence.
            (now, "skickade det förra veckan på torsdagen", &["2026-03-05"]),
            (now, "Last week, on Monday, I sent it", &["2026-03-02"]),
            (now, "Brevet gick iväg förra veckan, jag tror det var på måndagen.", &["2026-03-02"]),
            (now, "I måndags runt 14 fick jag ett mejl", &["2026-03-09T14:00"]),
            (now, "today", &["2026-03-10"]),
            (now, "yesterday", &["2026-03-09"]),
            (now, "the day before yesterday", &["2026-03-08"]),
            (now, "för tre dagar sedan", &["2026-03-07"]),
            (now, "2 dagar sedan", &["2026-03-08"]),
            (now, "two days ago at around 3pm", &["2026-03-08T15:00"]),
            (now, "för 2 veckor sedan", &[]),
            (now, "för en timme sedan", &["2026-03-10"]),
            (now, "vid gårdagens möte", &["2026-03-09"]),
            (now, "i dagens utskick", &["2026-03-10"]),
            (now, "I noticed it an hour ago", &["2026-03-10"]),
            (now, "för 10 timmar sedan", &["2026-03-09"]),
            (now, "this morning", &["2026-03-10"]),
            (now, "this afternoon", &["2026-03-10"]),
            (now, "tonight", &["2026-03-10"]),
            (now, "last night", &["2026-03-09"]),
            (now, "igårkväll", &["2026-03-09"]),
            // vague or future: nothing
            (now, "i helgen", &[]),
            (now, "förra veckan", &[]),
            (now, "häromdagen", &[]),
            (now, "just now", &[]),
            (now, "nu", &[]),
            (now, "imorgon", &[]),
            (now, "i morgon kl 10", &[]),
            (now, "tomorrow at 10", &[]),
            (now, "last week", &[]),
            (now, "over the weekend", &[]),
            (
                now,
                "I fredags lämnade jag datorn. På morgonen var den borta.",
                &["2026-03-06"],
            ),
        ]);
    }

    #[test]
    fn weekdays() {
        let now = "2026-03-10 09:12"; // a Tuesday
        check_table(&[
            (now, "i måndags", &["2026-03-09"]),
            (now, "i tisdags", &["2026-03-03"]),
            (now, "i onsdags", &["2026-03-04"]),
            (now, "i torsdags", &["2026-03-05"]),
            (now, "i fredags", &["2026-03-06"]),
            (now, "i lördags", &["2026-03-07"]),
            (now, "i söndags", &["2026-03-08"]),
            (now, "i fredags kväll", &["2026-03-06"]),
            (now, "i lördags natt", &["2026-03-07"]),
            (now, "i fredagskväll", &["2026-03-06"]),
            (now, "förra fredagen", &["2026-03-06"]),
            (now, "måndag", &["2026-03-09"]),
            (now, "tisdag", &["2026-03-10"]),
            (now, "onsdag", &["2026-03-04"]),
            (now, "on Monday", &["2026-03-09"]),
            (now, "Saturday night", &["2026-03-07"]),
            (now, "last Friday", &["2026-03-06"]),
            (now, "last Tuesday", &["2026-03-03"]),
            (now, "måndag den 9 mars", &["2026-03-09"]),
            (now, "fredag 9/3", &["2026-03-09"]), // disagree: the explicit date wins
            (
                now,
                "Igår (måndag) kl 14 skickades listan.",
                &["2026-03-09T14:00"],
            ),
            (
                now,
                "Igår, måndag 9 mars, skickades listan.",
                &["2026-03-09"],
            ),
            (now, "igår (fredag)", &[]), // they disagree: no way to tell which is right
            (now, "13/4 (tisdag)", &[]), // 13/4 is ahead; the weekday must not stand in for it
            (now, "Fredag 13/3 kl 10 har vi möte.", &[]),
            (now, "Fredag, imorgon alltså.", &[]),
            ("2026-05-01 10:00", "13/4 (tisdag)", &["2026-04-13"]),
            (now, "onsdag förra veckan", &["2026-03-04"]),
            (now, "Wednesday last week", &["2026-03-04"]),
            (now, "måndag förra veckan", &["2026-03-02"]),
            (now, "Det var en lördag.", &[]),
            (now, "i fredags kväll vid niotiden", &["2026-03-06T21:00"]),
            (now, "i lördags natt kl 2", &["2026-03-08T02:00"]),
            (now, "i lördags natt vid 23", &["2026-03-07T23:00"]),
            // future, habitual or deadline: nothing
            (now, "på måndag", &[]),
            (now, "nästa fredag", &[]),
            (now, "every Monday", &[]),
            (now, "på måndagar kl 8", &[]),
            (now, "senast fredag", &[]),
            ("2026-03-09 10:00", "i måndags", &["2026-03-02"]),
            ("2026-03-09 10:00", "last Monday", &["2026-03-02"]),
        ]);
    }

    #[test]
    fn parts_of_day() {
        let now = "2026-03-10 09:12";
        check_table(&[
            (now, "igår eftermiddag", &["2026-03-09"]),
            (now, "i går kväll", &["2026-03-09"]),
            (now, "igår morse", &["2026-03-09"]),
            (now, "igår på eftermiddagen", &["2026-03-09"]),
            (now, "yesterday afternoon", &["2026-03-09"]),
            (now, "yesterday in the afternoon", &["2026-03-09"]),
            (now, "igår kväll kl 9", &["2026-03-09T21:00"]),
            (now, "igår kväll kl 21.30", &["2026-03-09T21:30"]),
            (now, "yesterday evening at 11", &["2026-03-09T23:00"]),
            (
                now,
                "yesterday at 3 in the afternoon",
                &["2026-03-09T15:00"],
            ),
            (now, "igår kl 3 på eftermiddagen", &["2026-03-09T15:00"]),
            (now, "igår kl 3 em", &["2026-03-09T15:00"]),
            (now, "igår morse vid sjutiden", &["2026-03-09T07:00"]),
            (now, "igår vid lunch, runt 1", &["2026-03-09T13:00"]),
            (now, "last night at 11pm", &["2026-03-09T23:00"]),
            (now, "last night around 2am", &["2026-03-10T02:00"]),
            (now, "i natt vid tretiden", &["2026-03-10T03:00"]),
            (now, "i natt kl 23", &["2026-03-09T23:00"]),
            (now, "igår, vid tretiden", &["2026-03-09T15:00"]),
            (now, "kl 14 igår", &["2026-03-09T14:00"]),
            (now, "at 11pm on Saturday", &["2026-03-07T23:00"]),
            (
                now,
                "the minutes from Saturday's meeting were sent today at 08:05",
                &["2026-03-10T08:05"],
            ),
            // A loose hour right before a pronoun starts the next clause.
            (
                now,
                "This morning at 8 I sent the letters",
                &["2026-03-10T08:00"],
            ),
            (
                now,
                "yesterday afternoon around 4 we noticed it",
                &["2026-03-09T16:00"],
            ),
            (now, "igår runt 10 elever fick mejlet", &["2026-03-09"]),
            (
                now,
                "i fredags kväll runt sju skickade jag",
                &["2026-03-06T19:00"],
            ),
            (now, "runt sju elever fick mejlet", &[]),
            (now, "igår strax före fyra skickade jag", &["2026-03-09"]),
            (
                now,
                "Jag tog bort det direkt, klockan var 08.40",
                &["2026-03-10T08:40"],
            ),
        ]);
    }

    #[test]
    fn the_night_before_a_day() {
        // Tuesday 10 March.
        let now = "2026-03-10 09:12";
        check_table(&[
            (
                now,
                "Natten till söndag, kl 02.00, körde utskicket",
                &["2026-03-08T02:00"],
            ),
            (now, "natten mot söndag vid 23", &["2026-03-07T23:00"]),
            (now, "natten till i söndags", &["2026-03-08"]),
            (now, "natten till idag kl 01.30", &["2026-03-10T01:30"]),
            (now, "natten till igår runt 3", &["2026-03-09T03:00"]),
            (
                now,
                "natten mellan lördag och söndag kl 3",
                &["2026-03-08T03:00"],
            ),
            (
                now,
                "the night between Saturday and Sunday at 2am",
                &["2026-03-08T02:00"],
            ),
            (now, "natten mellan fredag och söndag kl 3", &[]),
            (now, "natten till på torsdag", &[]),
            (now, "mitt i natten", &[]),
        ]);
    }

    #[test]
    fn clock_times() {
        let now = "2026-03-10 23:30";
        check_table(&[
            (now, "kl 14", &["2026-03-10T14:00"]),
            (now, "kl. 14.30", &["2026-03-10T14:30"]),
            (now, "klockan 15:00", &["2026-03-10T15:00"]),
            (now, "14:30", &["2026-03-10T14:30"]),
            (now, "kl 1430", &["2026-03-10T14:30"]),
            (now, "14.30", &[]),
            (now, "ca 22:00", &["2026-03-10T22:00"]),
            (now, "c:a 22:00", &["2026-03-10T22:00"]),
            (now, "runt 10", &["2026-03-10T10:00"]),
            (now, "vid 14.30", &["2026-03-10T14:30"]),
            (now, "at 9:10", &["2026-03-10T09:10"]),
            (now, "around 11pm", &["2026-03-10T23:00"]),
            (now, "11 pm", &["2026-03-10T23:00"]),
            (now, "11 p.m.", &["2026-03-10T23:00"]),
            (now, "3pm", &["2026-03-10T15:00"]),
            (now, "11:30pm", &["2026-03-10T23:30"]),
            (now, "12am", &["2026-03-10T00:00"]),
            (now, "(around 11pm)", &["2026-03-10T23:00"]),
            (now, "at three o'clock", &["2026-03-10T15:00"]),
            // A bare hour from 1 to 6 is the working day's afternoon; from 7 it is as written.
            (now, "today around 3 I shared the folder", &["2026-03-10T15:00"]),
            (now, "at around 6 I got off the train", &["2026-03-10T18:00"]),
            (now, "at 8 she called", &["2026-03-10T08:00"]),
            (now, "at noon", &["2026-03-10T12:00"]),
            (now, "vid tretiden", &["2026-03-10T15:00"]),
            (now, "tretiden", &["2026-03-10T15:00"]),
            (now, "vid 3-tiden", &["2026-03-10T15:00"]),
            (now, "vid 15-tiden", &["2026-03-10T15:00"]),
            (now, "vid niotiden", &["2026-03-10T09:00"]),
            (now, "vid ettiden", &["2026-03-10T13:00"]),
            (now, "halv tre", &["2026-03-10T14:30"]),
            (now, "kvart över tre", &["2026-03-10T15:15"]),
            (now, "kvart i tre", &["2026-03-10T14:45"]),
            (now, "klockan tre", &["2026-03-10T15:00"]),
            (now, "strax efter kl 14", &["2026-03-10T14:00"]),
            (
                now,
                "mellan kl 8 och 10",
                &["S 2026-03-10T08:00", "E 2026-03-10T10:00"],
            ),
            (
                now,
                "between 2 and 3 pm",
                &["S 2026-03-10T14:00", "E 2026-03-10T15:00"],
            ),
            (
                now,
                "mellan 8 och 10.30",
                &["S 2026-03-10T08:00", "E 2026-03-10T10:30"],
            ),
            (
                now,
                "on Monday 9 March between 2 and 3 pm",
                &["S 2026-03-09T14:00", "E 2026-03-09T15:00"],
            ),
            (now, "mellan 2 och 3 barn", &[]),
            (now, "from 8 to 17", &[]),
            (
                now,
                "från 9:10 till 16:15",
                &["S 2026-03-10T09:10", "E 2026-03-10T16:15"],
            ),
            (now, "priset sänktes från 12.50 kr till 10", &[]),
            (now, "Eleven i kl 9B fick se betygen.", &[]),
            (now, "Lokal 3:12 i hus B.", &[]),
            (now, "Det tog 2:30 att läsa in.", &[]),
            (
                now,
                "Jag loggade in 7:58 och ut 16:02.",
                &["2026-03-10T07:58", "2026-03-10T16:02"],
            ),
            (
                now,
                "Jag fick ett samtal den 9 kl. 14.",
                &["2026-03-09T14:00"],
            ),
            (now, "Jag fick ett samtal den 9:e.", &["2026-03-09"]),
            (now, "It happened on the 9th at 2pm.", &["2026-03-09T14:00"]),
            (now, "Mötet den 25 kl 14.", &[]), // the 25th is after today: last month, or a plan?
            (now, "den 9 personer", &[]),
            (now, "at that time 5 of us were there", &[]),
            (now, "på den 2:a våningen", &[]),
            (now, "för den 3:e gången", &[]),
            (now, "the 3rd floor", &[]),
            (
                now,
                "from 9:10 until 16:15",
                &["S 2026-03-10T09:10", "E 2026-03-10T16:15"],
            ),
            (
                now,
                "kl 9-12",
                &["S 2026-03-10T09:00", "E 2026-03-10T12:00"],
            ),
            (
                now,
                "igår från kl 22 till 02",
                &["S 2026-03-09T22:00", "E 2026-03-10T02:00"],
            ),
            (
                now,
                "igår mellan kl 8 och 10",
                &["S 2026-03-09T08:00", "E 2026-03-09T10:00"],
            ),
            (now, "idag kl 13.30", &["2026-03-10T13:30"]),
            (now, "Jag skickade det 14.32 igår.", &["2026-03-09T14:32"]),
            (
                now,
                "2026-03-09 kl 14:00-14:30",
                &["S 2026-03-09T14:00", "E 2026-03-09T14:30"],
            ),
            (
                now,
                "igår mellan 22.00 och 06.00",
                &["S 2026-03-09T22:00", "E 2026-03-10T06:00"],
            ),
            (
                now,
                "mellan 22.00 och 06.00 natten till tisdag",
                &["S 2026-03-09T22:00", "E 2026-03-10T06:00"],
            ),
            (
                now,
                "Datum: 9 mars. Tid: ca 14.",
                &["2026-03-09", "2026-03-09T14:00"],
            ),
            (now, "Det var vid 10-snåret igår.", &["2026-03-09T10:00"]),
            // Two-digit dotted times stand alone after a verb; one digit needs "kl".
            (now, "återkallades 08.40.", &["2026-03-10T08:40"]),
            (now, "återkallades 8.40.", &[]),
            (now, "se sidan 10.15 i rapporten", &[]),
            (now, "den 10.12 skickades brevet", &[]),
            // a time alone is today only if not in the future
            ("2026-03-10 09:00", "kl 14", &[]),
            ("2026-03-10 09:00", "idag kl 14", &["2026-03-10T14:00"]),
            // a lone time follows the day the story is at
            (
                "2026-03-10 09:00",
                "Jag glömde datorn på tåget igår. Det var runt kl 17.",
                &["2026-03-09", "2026-03-09T17:00"],
            ),
            (
                "2026-03-10 09:00",
                "Igår var sidan uppe från 9:10 till 16:15.",
                &["2026-03-09", "S 2026-03-09T09:10", "E 2026-03-09T16:15"],
            ),
            // ... and is dropped if that day is vague, or another day comes later
            (
                "2026-03-10 09:00",
                "Det hände i helgen. Runt kl 2 på natten.",
                &[],
            ),
            (
                "2026-03-10 23:00",
                "Kl 14 ringde någon. Det var i fredags.",
                &["2026-03-06"],
            ),
            (
                "2026-03-10 23:00",
                "Vid fyratiden på eftermiddagen ringde någon.",
                &["2026-03-10T16:00"],
            ),
        ]);
    }

    #[test]
    fn not_dates() {
        let now = "2026-03-10 23:30";
        let texts = [
            "11 kap 1 §",
            "26 kap 1 §",
            "OSK 26 kap",
            "14 kap. 7 §",
            "enligt OSL 26:1 och 21:7",
            "SFS 2018:218",
            "artikel 15",
            "enhet 253",
            "en 18-årig kvinna",
            "ca 40 klienter",
            "ca 10 klienter",
            "cirka 20.",
            "runt 10 personer",
            "vid 3 tillfällen",
            "59 utredningar",
            "ring 076-1224526",
            "ring 076 122 45 26",
            "org nr 212000-0142",
            "pnr 850709-1234",
            "19850709-1234",
            "Windows 10",
            "L6",
            "kostar 500 kr",
            "1.500 kr",
            "15.30 kr",
            "15%",
            "utredning 2020",
            "år 2021",
            "dnr 2020/123",
            "version 1.2.3",
            "1/2 dag",
            "3/4 av personalen",
            "öppet 24/7",
            "1 1/2 timme",
            "skala 1:50",
            "tidszon +02:00",
            "ratio 3:1",
            "",
            "   ",
            "ja",
            "vet inte",
        ];
        let failures: Vec<String> = texts
            .iter()
            .filter_map(|t| {
                let got = finds(t, now);
                (!got.is_empty()).then(|| format!("{t:?} -> {got:?}"))
            })
            .collect();
        assert!(
            failures.is_empty(),
            "false positives:\n{}",
            failures.join("\n")
        );
    }

    #[test]
    fn edge_dates() {
        check_table(&[
            // DST changes nothing: everything is local wall time.
            ("2026-03-29 10:00", "i natt kl 02:30", &["2026-03-29T02:30"]),
            ("2026-10-25 10:00", "i natt kl 02:30", &["2026-10-25T02:30"]),
            (
                "2026-03-29 10:00",
                "2026-03-29 02:30",
                &["2026-03-29T02:30"],
            ),
            // the 31st
            ("2026-04-01 08:00", "den 31 mars", &["2026-03-31"]),
            ("2026-01-01 08:00", "31/12", &["2025-12-31"]),
            ("2026-01-01 08:00", "igår", &["2025-12-31"]),
            ("2026-04-01 08:00", "31 september", &[]),
            ("2026-04-01 08:00", "31/4", &[]),
            // leap day
            ("2024-03-01 08:00", "29/2", &["2024-02-29"]),
            ("2024-03-01 08:00", "igår", &["2024-02-29"]),
            ("2024-02-29 08:00", "29 feb", &["2024-02-29"]),
            ("2025-03-01 08:00", "29/2", &["2024-02-29"]),
            ("2026-01-01 08:00", "2024-02-29", &["2024-02-29"]),
            ("2026-01-01 08:00", "29 februari 2023", &[]),
            ("2024-03-04 08:00", "i torsdags", &["2024-02-29"]),
        ]);
    }

    #[test]
    fn answers() {
        let now = at("2026-03-10 10:00"); // a Tuesday
        let cases: &[(&str, Option<&str>)] = &[
            ("den 9 mars 2026 kl 15.00", Some("2026-03-09T15:00")),
            ("2026-03-09 15:00", Some("2026-03-09T15:00")),
            ("9/3 2026, klockan 15:00", Some("2026-03-09T15:00")),
            ("31 January 2026 at 23:00", Some("2026-01-31T23:00")),
            ("January 31, 2026", Some("2026-01-31")),
            ("den 31 januari 2026", Some("2026-01-31")),
            ("2026-01-31", Some("2026-01-31")),
            ("igår eftermiddag", Some("2026-03-09")),
            ("i måndags", Some("2026-03-09")),
            ("nej, det var i tisdags", Some("2026-03-03")),
            ("30/9 kl 16", Some("2025-09-30T16:00")),
            ("den 30 september vid fyratiden", Some("2025-09-30T16:00")),
            ("igår, vid tretiden", Some("2026-03-09T15:00")),
            ("Igår. Klockan 15 ungefär.", Some("2026-03-09T15:00")),
            ("runt 8 i morse", Some("2026-03-10T08:00")),
            ("mellan kl 8 och 9 i morse", Some("2026-03-10T08:00")),
            ("30 December 2026", Some("2026-12-30")),
            ("vet inte", None),
            ("imorgon", None),
            ("ja", None),
            ("", None),
            ("i måndags eller i tisdags", None),
            ("igår kl 14 eller kl 16", None),
            ("idag kl 23", None),
            ("i helgen", None),
        ];
        let failures: Vec<String> = cases
            .iter()
            .filter_map(|(text, want)| {
                let got = parse_answer(text, now).map(|w| w.to_field_string());
                (got.as_deref() != *want).then(|| format!("{text:?}: want {want:?}, got {got:?}"))
            })
            .collect();
        assert!(failures.is_empty(), "{}", failures.join("\n"));
    }

    #[test]
    fn the_same_day_is_the_day_named_before_it() {
        let now = "2026-02-18 13:15"; // a Wednesday
        check_table(&[
            (
                now,
                "I måndags fick hon ett mejl. Jag vidarebefordrade det kl 16.20 samma dag.",
                &["2026-02-16", "2026-02-16T16:20"],
            ),
            (
                now,
                "On Monday a parent called. Later that day at 3pm I removed the file.",
                &["2026-02-16", "2026-02-16T15:00"],
            ),
            (
                now,
                "Listan skickades i fredags och samma kväll kl 21 ringde en förälder.",
                &["2026-02-13", "2026-02-13T21:00"],
            ),
            // With no day before it, "samma dag" names none, and takes its clock time with it.
            (now, "Samma dag kl 14 ringde hon.", &[]),
        ]);
    }

    /// A lone time just before the message, in a later sentence of a story days old with no hour
    /// of its own, is this afternoon's; a story told with its hour goes on at its day.
    #[test]
    fn a_time_just_before_the_message_is_today() {
        let now = "2027-01-29 16:55";
        check_table(&[
            (
                now,
                "Satte upp en lapp i trapphuset i måndags. En hyresgäst ringde 16.15 och var arg. Tog ner lappen kl 16.40.",
                &["2027-01-25", "2027-01-29T16:15", "2027-01-29T16:40"],
            ),
            (
                now,
                "I måndags vid 15-tiden delade han skärmen. Han märkte det när mötet slutade kvart i fem.",
                &["2027-01-25T15:00", "2027-01-25T16:45"],
            ),
        ]);
    }

    /// The small hours of "that night" are the next date.
    #[test]
    fn the_small_hours_of_that_night() {
        let now = "2028-03-15 13:25";
        check_table(&[
            (
                now,
                "On Monday afternoon I set up the policy. It ran at 02:00 that night.",
                &["2028-03-13", "2028-03-14T02:00"],
            ),
            (now, "I måndags kväll körde jobbet. Samma natt kl 03.10 gick larmet.", &["2028-03-13", "2028-03-14T03:10"]),
            (now, "On Monday I set it up. It ran at 22:00 that night.", &["2028-03-13", "2028-03-13T22:00"]),
        ]);
    }

    #[test]
    fn a_day_something_lasted_since_is_not_where_the_story_is() {
        let now = "2026-08-20 10:25";
        check_table(&[
            (
                now,
                "I förmiddags upptäckte vi att mappen varit delad ända sedan den 14 april. Jag tog bort delningen kl 10.05.",
                &["2026-08-20", "2026-04-14", "2026-08-20T10:05"],
            ),
            // A day named for itself is where the story goes on.
            (
                now,
                "Listan skickades den 14 augusti. Kl 15 ringde en förälder.",
                &["2026-08-14", "2026-08-14T15:00"],
            ),
        ]);
    }

    #[test]
    fn a_sentence_in_the_present_is_told_today() {
        let now = "2026-05-27 16:05";
        check_table(&[(
            now,
            "Jag skrev ut papperen igår eftermiddag. Jag hämtade dem kl 15.40 så nu är de hos mig.",
            &["2026-05-26", "2026-05-27T15:40"],
        )]);
    }

    #[test]
    fn early_hours_after_last_night_fall_on_the_next_day() {
        let now = "2026-03-10 09:00";
        check_table(&[(
            now,
            "Ransomware hit the file server last night. It was taken off the network at 04:25.",
            &["2026-03-09", "2026-03-10T04:25"],
        )]);
    }

    /// A time of day in a later sentence is not in the night told before it; an hour that can only
    /// be the small hours is; "loggade in natten till" is a Swedish particle, not "in the night".
    #[test]
    fn a_night_told_before_holds_only_the_hours_of_the_night() {
        let now = "2026-02-09 10:40"; // a Monday
        check_table(&[
            (
                now,
                "Enligt loggen loggade han in natten till söndag kl 01.12. Jag stängde kontot kvart över tio.",
                &["2026-02-08T01:12", "2026-02-08T10:15"],
            ),
            (
                "2026-09-22 07:05",
                "Det har varit inbrott i natt. Vaktmästaren upptäckte det kl. 06.45 och polisen tror att det hände runt tre.",
                &["2026-09-22", "2026-09-22T06:45", "2026-09-22T03:00"],
            ),
            // An afternoon still to come is not meant: at seven in the morning "vid tretiden" is 03:00.
            ("2026-09-22 07:05", "Det hände vid tretiden idag.", &["2026-09-22T03:00"]),
            ("2026-09-22 23:30", "Det hände vid tretiden idag.", &["2026-09-22T15:00"]),
            // English halves and quarters count from the hour named.
            ("2026-03-22 21:30", "at around half past eight tonight I got a mail", &["2026-03-22T20:30"]),
            (now, "at a quarter past ten", &["2026-02-09T10:15"]),
            (now, "quarter to four yesterday", &["2026-02-08T15:45"]),
            // A count of people is not a time.
            (now, "vi var runt tre, som mest fyra", &[]),
            (now, "det gäller runt tre personer", &[]),
        ]);
    }

    /// The cheap test before the date readers lets through every word they can start with.
    #[test]
    fn date_openers_are_all_admitted() {
        let cx = Cx::new("", at("2026-03-10 09:12"));
        let admitted = |text: &str| {
            let cx = Cx::new(text, cx.now);
            cx.may_start_date(0)
        };
        for (words, _) in RELATIVE {
            assert!(admitted(&words.join(" ")), "{words:?}");
        }
        for w in [
            "måndag",
            "i tisdags",
            "förra onsdagen",
            "last Friday",
            "next Monday",
            "på söndag",
            "lördagskvällen",
            "januari",
            "sept",
            "mars",
            "May",
            "natten till söndag",
            "tre dagar sedan",
            "för två timmar sedan",
            "igårkväll",
            "nu på morgonen",
        ] {
            assert!(admitted(w), "{w:?}");
        }
        for w in ["mejlet", "skickade", "the", "listan", "i skolan", "en elev"] {
            assert!(!admitted(w), "{w:?}");
        }
    }

    #[test]
    fn relative_filter_matches_table() {
        for (words, _) in RELATIVE {
            let lunch = before_lunch(words[0], words.get(1).unwrap_or(&""), words.get(2).unwrap_or(&""));
            assert!(
                starts_relative(words[0]) || lunch,
                "starts_relative misses {:?}",
                words[0]
            );
        }
    }

    #[test]
    fn field_strings_round_trip() {
        let d = When::Date(NaiveDate::from_ymd_opt(2020, 9, 22).expect("date"));
        let t = When::DateTime(at("2020-09-22 14:00"));
        assert_eq!(d.to_field_string(), "2020-09-22");
        assert_eq!(t.to_field_string(), "2020-09-22T14:00");
        assert_eq!(When::parse_field("2020-09-22"), Some(d));
        assert_eq!(When::parse_field("2020-09-22T14:00"), Some(t));
        assert_eq!(When::parse_field(" 2020-09-22 14:00 "), Some(t));
        assert_eq!(t.date(), d.date());
        for bad in [
            "",
            "2020-9-22",
            "2020-09-31",
            "2020-09-22T25:00",
            "2020-09-22T14:00:00",
            "2020/09/22",
            "åäö-09-22",
        ] {
            assert_eq!(When::parse_field(bad), None, "{bad:?}");
        }
    }

    /// Checks the invariants of `find_all` on one input: no panic, ordered, not
    /// overlapping, on char boundaries.
    fn assert_sane(text: &str, now: NaiveDateTime) {
        let found = find_all(text, now);
        let mut prev_end = 0;
        for f in &found {
            assert!(
                f.start < f.end && f.start >= prev_end,
                "{text:?}: {found:?}"
            );
            assert!(
                text.is_char_boundary(f.start) && text.is_char_boundary(f.end),
                "{text:?}"
            );
            prev_end = f.end;
        }
        let _ = parse_answer(text, now);
    }

    #[test]
    fn never_panics() {
        let now = at("2026-03-10 12:00");
        let pieces = [
            "igår",
            "i",
            "går",
            "kl",
            "14",
            ":",
            "30",
            ".",
            "å",
            "ä",
            "ö",
            "Ö",
            "/",
            "-",
            "9",
            "2021",
            "201105",
            "den",
            "mars",
            "May",
            "natt",
            "tiden",
            "tre",
            "halv",
            "kvart",
            "över",
            "pm",
            "(",
            ")",
            ",",
            "\n",
            "🙂",
            "a\u{30a}",
            "\u{308}",
            "från",
            "till",
            "mellan",
            "och",
            "4294967296",
            "99999999",
            "0",
            "00",
            ":e",
            "th",
            "on",
            "last",
            "i fredags",
            "29/2",
            "31",
            "12",
            "-tiden",
            "c:a",
            "İ",
            "ß",
            "\u{0}",
            " ",
            "  ",
        ];
        // Deterministic pseudo-random texts (no external crates).
        let mut seed: u64 = 0x2545_f491_4f6c_dd1d;
        let mut next = || {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed
        };
        for _ in 0..20_000 {
            let n = (next() % 12) as usize;
            let mut text = String::new();
            for _ in 0..n {
                text.push_str(pieces[(next() % pieces.len() as u64) as usize]);
                if next() % 3 == 0 {
                    text.push(' ');
                }
            }
            assert_sane(&text, now);
        }
        // every prefix of a text full of multi-byte chars
        let text =
            "Ärendet: i går kväll (ÅÄÖ) kl 23:45 – 2021-08-09T14:30, 9/8-21, 4:e mars, halv tre 🙂";
        for (i, _) in text.char_indices() {
            assert_sane(&text[..i], now);
            assert_sane(&text[i..], now);
        }
        // long repetitive input: no deep recursion, no quadratic blow-up
        let long = "at 5 the ".repeat(50_000) + &"kl 14 igår, ".repeat(5_000);
        assert_sane(&long, now);
        // extreme `now` values must not overflow date arithmetic
        for extreme in [NaiveDateTime::MIN, NaiveDateTime::MAX] {
            assert_sane(
                "igår i förrgår i måndags 29/2 201105 20201105 2021-08-09 kl 14 i natt kl 2",
                extreme,
            );
        }
    }
}
