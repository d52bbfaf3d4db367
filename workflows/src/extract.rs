//! Reads a first message: what kind of case it opens and the fields its text supports.
//!
//! The text is tokenised once and scanned once against the lexicon; everything below reads the
//! resulting hits. Each field is filled only on clear evidence: a wrong value is worse than a
//! question, so where signals conflict the field stays empty and the bot asks.

use std::borrow::Cow;
use std::collections::BTreeMap;

use chrono::{Duration, NaiveDateTime};

use crate::catalog::Catalog;
use crate::lang;
use crate::lexicon::{self, Hit, Table, Tokens};
use crate::model::{Kind, Lang};
use crate::value::{BANDS, Count, Value};
use crate::when::{self, Found, FoundKind, When};

/// What a first message says.
#[derive(Debug, Clone, PartialEq)]
pub struct Extraction {
    pub kind: Kind,
    pub lang: Lang,
    /// Only fields the text supports, by field id.
    pub fields: BTreeMap<String, Value>,
    /// Fields the text says are not known ("vet inte när det hände").
    pub unknown: Vec<String>,
}

/// Reads a first message. `now` is the message's time in local wall time (Europe/Stockholm).
pub fn extract(text: &str, subject: Option<&str>, now: NaiveDateTime) -> Extraction {
    let body = text.trim();
    let subject = subject.map(str::trim).filter(|s| !s.is_empty());
    // The subject is read with the text ("Stulen dator"), as the first sentence.
    let combined: Cow<'_, str> = match subject {
        Some(s) => Cow::Owned(format!("{s}.\n{body}")),
        None => Cow::Borrowed(body),
    };
    let a = Analysis::new(&combined);
    let kind = classify(&a);
    let lang = lang::detect_scanned(&a.tokens, &a.hits).unwrap_or(Lang::Sv);
    let mut ext = Extraction { kind, lang, fields: BTreeMap::new(), unknown: Vec::new() };
    match kind {
        Kind::Incident => read_incident(&a, subject, body, now, &mut ext),
        Kind::DataSubjectRequest => read_request(&a, body, now, &mut ext),
        Kind::Other => {}
    }
    ext
}

/// A text, its tokens, and every lexicon term found in it, with negation decided once.
pub(crate) struct Analysis<'a> {
    pub tokens: Tokens<'a>,
    /// In token order (by `first`).
    pub hits: Vec<Hit>,
    negated: Vec<bool>,
    /// Indices into `hits` grouped by table (in token order within each), so that reading one
    /// table does not walk them all; table `t` owns `by_table[starts[t]..starts[t + 1]]`.
    by_table: Vec<u32>,
    starts: [u32; Table::COUNT + 1],
}

impl<'a> Analysis<'a> {
    pub fn new(text: &'a str) -> Analysis<'a> {
        let tokens = Tokens::new(text);
        let hits = lexicon::scan(&tokens);
        let negated = negations(&tokens, &hits);
        // A counting sort by table: one allocation, hits stay in token order within a table.
        let mut starts = [0u32; Table::COUNT + 1];
        for h in &hits {
            starts[h.table as usize + 1] += 1;
        }
        for t in 0..Table::COUNT {
            starts[t + 1] += starts[t];
        }
        let mut next = starts;
        let mut by_table = vec![0u32; hits.len()];
        for (i, h) in hits.iter().enumerate() {
            by_table[next[h.table as usize] as usize] = i as u32;
            next[h.table as usize] += 1;
        }
        Analysis { tokens, hits, negated, by_table, starts }
    }

    /// Hits of a table, with whether each is negated.
    pub fn of(&self, table: Table) -> impl Iterator<Item = (&Hit, bool)> {
        let t = table as usize;
        self.by_table[self.starts[t] as usize..self.starts[t + 1] as usize]
            .iter()
            .map(|&i| (&self.hits[i as usize], self.negated[i as usize]))
    }

    /// Hits of a table that are not negated.
    pub fn live(&self, table: Table) -> impl Iterator<Item = &Hit> {
        self.of(table).filter(|(_, neg)| !neg).map(|(h, _)| h)
    }

    pub fn any(&self, table: Table) -> bool {
        self.live(table).next().is_some()
    }

    /// For each sentence, whether a live hit of `table` (passing `keep`) is in it.
    pub fn sentences_with(&self, table: Table, keep: impl Fn(&Hit) -> bool) -> Vec<bool> {
        let n = self.tokens.toks.last().map_or(0, |t| t.sentence as usize + 1);
        let mut v = vec![false; n];
        for h in self.live(table).filter(|h| keep(h)) {
            v[self.tokens.toks[h.first].sentence as usize] = true;
        }
        v
    }

    /// The sentence of a hit.
    pub fn sentence_of(&self, h: &Hit) -> usize {
        self.tokens.toks[h.first].sentence as usize
    }

    /// Hits that start at token `i`.
    pub fn starting_at(&self, i: usize) -> &[Hit] {
        let from = self.hits.partition_point(|h| h.first < i);
        let to = from + self.hits[from..].iter().take_while(|h| h.first == i).count();
        &self.hits[from..to]
    }

    /// Each option's evidence in a table: the weights of its live hits, one per token where
    /// several terms hit the same word ("utskrift" and "*utskrift*").
    pub fn scores(&self, table: Table) -> Scores {
        let mut best: Vec<(&'static str, usize, u32)> =
            self.live(table).map(|h| (h.id, h.first, u32::from(h.weight))).collect();
        // Highest weight first within each (option, token), then keep one per pair.
        best.sort_unstable_by(|a, b| (a.0, a.1, std::cmp::Reverse(a.2)).cmp(&(b.0, b.1, std::cmp::Reverse(b.2))));
        best.dedup_by(|later, first| later.0 == first.0 && later.1 == first.1);
        let mut s = Scores::default();
        for (id, _, w) in best {
            s.add(id, w);
        }
        s
    }
}

/// Whether each hit is negated, decided once with a walk over the hits near it.
fn negations(tokens: &Tokens<'_>, hits: &[Hit]) -> Vec<bool> {
    let negators: Vec<Hit> =
        hits.iter().filter(|h| matches!(h.table, Table::Negation | Table::NegationAfter)).copied().collect();
    hits.iter()
        .map(|h| {
            // Only the negations near the hit matter: look at those within four tokens.
            let from = negators.partition_point(|n| n.first + 4 < h.first);
            let to = negators.partition_point(|n| n.first <= h.last + 1).max(from);
            from < to && lexicon::is_negated(tokens, &negators[from..to], h)
        })
        .collect()
}

/// Evidence per option id.
#[derive(Debug, Default, Clone)]
pub(crate) struct Scores(Vec<(&'static str, u32)>);

impl Scores {
    pub fn add(&mut self, id: &'static str, w: u32) {
        match self.0.iter_mut().find(|(i, _)| *i == id) {
            Some((_, s)) => *s += w,
            None => self.0.push((id, w)),
        }
    }

    pub fn get(&self, id: &str) -> u32 {
        self.0.iter().find(|(i, _)| *i == id).map_or(0, |(_, s)| *s)
    }

    pub fn top(&self) -> u32 {
        self.0.iter().map(|(_, s)| *s).max().unwrap_or(0)
    }

    /// The option with clear evidence: at least 2, and any rival under 2 or far behind (a third).
    /// Conflicting signals give `None`: the bot asks instead of guessing.
    pub fn clear_winner(&self) -> Option<&'static str> {
        let mut v = self.0.clone();
        v.sort_by_key(|(_, score)| std::cmp::Reverse(*score));
        let (id, top) = *v.first()?;
        let second = v.get(1).map_or(0, |(_, s)| *s);
        (top >= 2 && (second < 2 || top >= 3 * second) && top > second).then_some(id)
    }
}

// ---------------------------------------------------------------------------------------------
// Kind

fn classify(a: &Analysis<'_>) -> Kind {
    if a.tokens.is_empty() {
        return Kind::Other;
    }
    let nature = nature_scores(a).top();
    let cause = cause_scores(a).top();
    let strong_incident = nature >= 3 || cause >= 3;
    let request = a.scores(Table::Request);
    let request_total = request.get("request");
    let request_clear = request_total >= 3 && a.live(Table::Request).any(|h| h.weight >= 2);
    // A request that went wrong ("registerutdraget skickades till fel person") is an incident.
    if request_clear && !strong_incident {
        return Kind::DataSubjectRequest;
    }
    if is_question(a) && (!strong_incident || a.any(Table::Hypothetical)) {
        return Kind::Other;
    }
    if nature >= 2 || cause >= 2 || a.any(Table::IncidentWord) {
        return Kind::Incident;
    }
    if request_total >= 2 {
        return Kind::DataSubjectRequest;
    }
    // People write to this address to report: a statement about personal data, people or an
    // event is a report, even without the word "incident".
    let about_data =
        [Table::DataCategory, Table::SubjectCategory, Table::LeftBehind, Table::FoundAgain, Table::Visibility]
            .into_iter()
            .any(|t| a.any(t));
    if nature >= 1 || cause >= 1 || about_data { Kind::Incident } else { Kind::Other }
}

/// A question: a question mark with a question phrase, or a text that opens with one (people
/// leave out the question mark).
fn is_question(a: &Analysis<'_>) -> bool {
    let has_mark = a.tokens.text.contains('?');
    if has_mark && a.any(Table::Question) || a.live(Table::Question).any(|h| h.id == "anywhere") {
        return true;
    }
    // The first words, or the first after a greeting ("hej dso, får vi ...", "hej får vi ...").
    let opens_with_question =
        |i: usize| a.starting_at(i).iter().any(|h| h.table == Table::Question && h.id == "opening");
    if !lexicon::GREETINGS.contains(&a.tokens.word(0)) {
        return opens_with_question(0);
    }
    let after_greeting = (1..a.tokens.len()).find(|&i| a.tokens.toks[i].clause != a.tokens.toks[0].clause);
    opens_with_question(1) || after_greeting.is_some_and(opens_with_question)
}

// ---------------------------------------------------------------------------------------------
// Incidents

fn read_incident(a: &Analysis<'_>, subject: Option<&str>, body: &str, now: NaiveDateTime, ext: &mut Extraction) {
    let f = &mut ext.fields;
    if let Some(t) = title(subject, body) {
        f.insert("title".into(), Value::Text(t));
    }
    if !body.is_empty() {
        f.insert("description".into(), Value::Text(body.to_owned()));
    }
    let unknown = unknown_fields(a);
    let found = dated_tokens(a, when::find_all(a.tokens.text, now));
    let counts = read_counts(a, &found);
    let dates = read_dates(a, found, now);
    if let Some(w) = dates.occurred.filter(|_| !unknown.contains(&"occurred_at")) {
        f.insert("occurred_at".into(), Value::When(w));
    }
    if let Some(w) = dates.discovered {
        f.insert("discovered_at".into(), Value::When(w));
    }
    if let Some(w) = dates.ended {
        f.insert("ended_at".into(), Value::When(w));
    }
    if let Some(b) = ongoing(a, dates.ended.is_some()) {
        f.insert("ongoing".into(), Value::Bool(b));
    }
    if let Some(n) = nature_scores(a).clear_winner() {
        f.insert("nature".into(), Value::Enum(n.into()));
    }
    if let Some(c) = cause_scores(a).clear_winner() {
        f.insert("cause".into(), Value::Enum(c.into()));
    }
    let data = data_categories(a);
    if !data.is_empty() {
        f.insert("data_categories".into(), Value::Set(data));
    }
    let mut subjects = subject_categories(a);
    if counts.employees && !subjects.iter().any(|s| s == "employees") {
        subjects.insert(0, "employees".into());
    }
    if !subjects.is_empty() {
        f.insert("data_subject_categories".into(), Value::Set(subjects));
    }
    if let Some(c) = counts.subjects.filter(|_| !unknown.contains(&"data_subjects_count")) {
        f.insert("data_subjects_count".into(), Value::Count(c));
    }
    if let Some(c) = counts.records {
        f.insert("records_count".into(), Value::Count(c));
    }
    if let Some(b) = encrypted(a).filter(|_| !unknown.contains(&"encrypted")) {
        f.insert("encrypted".into(), Value::Bool(b));
    }
    if let Some(b) = processor_involved(a) {
        f.insert("processor_involved".into(), Value::Bool(b));
    }
    ext.unknown = unknown.into_iter().filter(|u| !ext.fields.contains_key(*u)).map(str::to_owned).collect();
}

fn read_request(a: &Analysis<'_>, body: &str, now: NaiveDateTime, ext: &mut Extraction) {
    if let Some(t) = request_type(a) {
        ext.fields.insert("request_type".into(), Value::Enum(t.into()));
    }
    ext.fields.insert("received_at".into(), Value::When(When::Date(now.date())));
    if !body.is_empty() {
        ext.fields.insert("description".into(), Value::Text(body.to_owned()));
    }
}

/// The request type with the most evidence; on a tie, the more specific right (portability is
/// also a way of getting one's data out, so it wins over access).
fn request_type(a: &Analysis<'_>) -> Option<&'static str> {
    const PRIORITY: [&str; 6] = ["portability", "erasure", "rectification", "restriction", "objection", "access"];
    let s = a.scores(Table::RequestType);
    let top = s.top();
    (top > 0).then(|| PRIORITY.into_iter().find(|id| s.get(id) == top)).flatten()
}

// ---------------------------------------------------------------------------------------------
// Title

const TITLE_MAX: usize = 80;

/// The subject when there is one, else the first sentence after any greeting, cut to at most 80
/// characters on a word boundary.
fn title(subject: Option<&str>, body: &str) -> Option<String> {
    if let Some(s) = subject {
        return Some(s.to_owned());
    }
    let text = strip_greeting(body);
    let end = text
        .char_indices()
        .find(|&(i, c)| matches!(c, '!' | '?' | '\n') || c == '.' && text[i + 1..].starts_with(char::is_whitespace))
        .map_or(text.len(), |(i, _)| i);
    let sentence = text[..end].trim();
    if sentence.is_empty() {
        return None;
    }
    Some(capitalise(&shorten(sentence, TITLE_MAX)))
}

/// The text after an opening greeting: "Hej!", "Hej DSO,", "Hi Anna -".
fn strip_greeting(text: &str) -> &str {
    let t = text.trim_start();
    let first_word_end = t.find(|c: char| !c.is_alphanumeric()).unwrap_or(t.len());
    if !lexicon::GREETINGS.contains(&t[..first_word_end].to_lowercase().as_str()) {
        return t;
    }
    // The greeting ends at the first punctuation within a few words.
    let words_limit = t.char_indices().filter(|(_, c)| c.is_whitespace()).nth(3).map_or(t.len(), |(i, _)| i);
    match t[..words_limit].find([',', '!', '.', ':', '\n', '-']) {
        Some(p) => {
            let rest = t[p + 1..].trim_start_matches(|c: char| c.is_whitespace() || matches!(c, '!' | ',' | '.' | '-'));
            if rest.is_empty() { t } else { rest }
        }
        None => t,
    }
}

fn shorten(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        return s.to_owned();
    }
    let mut out = String::new();
    let mut chars = 0;
    for word in s.split_whitespace() {
        let n = word.chars().count();
        if chars + n + 1 > max - 1 {
            break;
        }
        if !out.is_empty() {
            out.push(' ');
            chars += 1;
        }
        out.push_str(word);
        chars += n;
    }
    if out.is_empty() {
        // One very long word: cut it on a character boundary.
        out = s.chars().take(max - 1).collect();
    }
    let trimmed = out.trim_end_matches([',', ';', ':', '-', ' ']);
    format!("{trimmed}…")
}

fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

// ---------------------------------------------------------------------------------------------
// Dates

#[derive(Debug, Default)]
struct Dates {
    occurred: Option<When>,
    discovered: Option<When>,
    ended: Option<When>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Role {
    Occurred,
    Discovered,
    Ended,
}

impl Role {
    fn of(id: &str) -> Option<Role> {
        match id {
            "occurred" => Some(Role::Occurred),
            "discovered" => Some(Role::Discovered),
            "ended" => Some(Role::Ended),
            _ => None,
        }
    }
}

/// A date the text states, with the tokens it covers.
struct Dated {
    found: Found,
    first: usize,
    last: usize,
}

/// Every date expression, each assigned to what it dates by the words around it.
fn read_dates(a: &Analysis<'_>, found: Vec<Dated>, now: NaiveDateTime) -> Dates {
    // Dates after the message (deadlines, plans) are not incident dates.
    let dated: Vec<Dated> = found
        .into_iter()
        .filter(|d| match d.found.when {
            When::Date(day) => day <= now.date(),
            When::DateTime(t) => t <= now + Duration::minutes(60),
        })
        .collect();
    let mut in_date = vec![false; a.tokens.len()];
    for d in &dated {
        in_date[d.first..=d.last].iter_mut().for_each(|x| *x = true);
    }
    // Verbs of ending ("åtgärdat", "no longer") date an end like "togs bort" does.
    // A negated verb still dates ("upptäckte det inte förrän i fredags", "har inte fungerat sedan
    // 15 januari"), so date cues are read with their negations.
    let mut cues: Vec<(&Hit, Role)> = a
        .of(Table::DateCue)
        .filter_map(|(h, _)| Role::of(h.id).map(|r| (h, r)))
        .chain(a.live(Table::Ongoing).filter(|h| h.id == "false").map(|h| (h, Role::Ended)))
        .filter(|(h, _)| !in_date[h.first..=h.last].contains(&true))
        .collect();
    cues.sort_by_key(|(h, _)| h.first);

    let events = event_sentences(a);
    let mut occurred: Vec<(u8, When)> = Vec::new();
    let mut discovered: Vec<When> = Vec::new();
    let mut ended: Vec<When> = Vec::new();
    let mut unassigned: Vec<When> = Vec::new();
    for d in &dated {
        let role = match d.found.kind {
            FoundKind::RangeStart => Some(Role::Occurred),
            FoundKind::RangeEnd => Some(Role::Ended),
            FoundKind::Point => nearest_cue(a, &cues, d).or_else(|| in_event_sentence(&events, a, d)),
        };
        match role {
            // A stated range ("från 9.10 till 16.15") says when it started better than a verb does.
            Some(Role::Occurred) => occurred.push((u8::from(d.found.kind == FoundKind::RangeStart), d.found.when)),
            Some(Role::Discovered) => discovered.push(d.found.when),
            Some(Role::Ended) => ended.push(d.found.when),
            None => unassigned.push(d.found.when),
        }
    }
    if discovered.is_empty() && cue_dated_now(a, &cues, &dated, Role::Discovered, "now") {
        discovered.push(When::Date(now.date()));
    }
    if occurred.is_empty() && cue_dated_now(a, &cues, &dated, Role::Occurred, "just") {
        occurred.push((0, When::Date(now.date())));
    }
    if discovered.is_empty() {
        discovered.extend(discovered_when(a, &cues, &dated));
    }
    if ended.is_empty() && cue_dated_now(a, &cues, &dated, Role::Ended, "now") {
        ended.push(When::Date(now.date()));
    }
    // A report usually says the day it is written on when that is the day it was found
    // ("Ny anmälan inkom 201112"): a date of today with no verb of its own is the discovery.
    if discovered.is_empty()
        && let Some(w) = unassigned.iter().find(|w| w.date() == now.date())
    {
        discovered.push(*w);
    }

    occurred.sort_by_key(|(range, w)| (std::cmp::Reverse(*range), w.date(), !has_time(w)));
    discovered.sort_by_key(|w| (w.date(), !has_time(w)));
    ended.sort_by_key(|w| (std::cmp::Reverse(w.date()), !has_time(w)));
    let mut dates = Dates {
        occurred: occurred.first().map(|(_, w)| *w),
        discovered: discovered.first().copied(),
        ended: ended.first().copied(),
    };
    // What happened today was found today: discovery lies between the event and the report.
    if dates.discovered.is_none()
        && let Some(o) = dates.occurred.filter(|o| o.date() == now.date())
    {
        dates.discovered = Some(When::Date(o.date()));
    }
    // Something cannot be found before it happened, nor end before it began: one of the two
    // readings is wrong, and the occurrence is the one read from the vaguer words.
    if let (Some(o), Some(d)) = (dates.occurred, dates.discovered)
        && o.date() > d.date()
    {
        dates.occurred = None;
    }
    if let (Some(o), Some(e)) = (dates.occurred, dates.ended)
        && sort_key(&e) < sort_key(&o)
    {
        dates.ended = None;
    }
    dates
}

fn has_time(w: &When) -> bool {
    matches!(w, When::DateTime(_))
}

fn sort_key(w: &When) -> NaiveDateTime {
    match w {
        When::Date(d) => d.and_hms_opt(0, 0, 0).unwrap_or_default(),
        When::DateTime(t) => *t,
    }
}

/// The tokens each date expression covers.
fn dated_tokens(a: &Analysis<'_>, found: Vec<Found>) -> Vec<Dated> {
    let toks = &a.tokens.toks;
    found
        .into_iter()
        .filter_map(|f| {
            let first = toks.partition_point(|t| t.end <= f.start);
            let last = toks.partition_point(|t| t.start < f.end).checked_sub(1)?;
            (first <= last && first < toks.len()).then_some(Dated { found: f, first, last })
        })
        .collect()
}

/// How far (in tokens) a verb can stand from the date it dates.
const CUE_WINDOW: usize = 40;

/// The role of the cue nearest to a date: first in its subclause, then in its clause, then in its
/// sentence. On equal distance the cue before the date wins ("upptäckte i morse").
fn nearest_cue(a: &Analysis<'_>, cues: &[(&Hit, Role)], d: &Dated) -> Option<Role> {
    let at = a.tokens.toks[d.first];
    // Cues are in token order: only those within a sentence-sized window can be in scope.
    let lo = cues.partition_point(|(h, _)| h.last + CUE_WINDOW < d.first);
    let hi = cues.partition_point(|(h, _)| h.first <= d.last + CUE_WINDOW).max(lo);
    let cues = &cues[lo..hi];
    let scopes: [&dyn Fn(usize) -> bool; 3] =
        [&|i| a.tokens.toks[i].subclause == at.subclause, &|i| a.tokens.toks[i].clause == at.clause, &|i| {
            a.tokens.toks[i].sentence == at.sentence
        }];
    for in_scope in scopes {
        let best = cues
            .iter()
            .filter(|(h, _)| in_scope(h.first))
            .map(|(h, r)| {
                let (dist, after) =
                    if h.last < d.first { (d.first - h.last, 0) } else { (h.first.saturating_sub(d.last), 1) };
                // A verb dates better than a noun near it ("upptäckte inbrottet i morse").
                ((std::cmp::Reverse(h.weight.min(2)), dist, after), *r)
            })
            .min_by_key(|(k, _)| *k);
        if let Some((_, r)) = best {
            return Some(r);
        }
    }
    None
}

/// "Upptäckte det nu på morgonen", "I just realised", "skickade nyss": a verb with a word for
/// now (of the kind given) and no date of its own in its subclause.
fn cue_dated_now(a: &Analysis<'_>, cues: &[(&Hit, Role)], dated: &[Dated], role: Role, kind: &str) -> bool {
    let sub = |i: usize| a.tokens.toks[i].subclause;
    let mut with_date: Vec<u32> = dated.iter().map(|d| sub(d.first)).collect();
    with_date.sort_unstable();
    // "just" words date a discovery too ("I just realised").
    let mut with_now: Vec<u32> =
        a.live(Table::NowWord).filter(|n| n.id == kind || kind == "now").map(|n| sub(n.first)).collect();
    with_now.sort_unstable();
    cues.iter().filter(|(h, r)| *r == role && h.weight >= 2).any(|(h, _)| {
        let s = sub(h.first);
        with_date.binary_search(&s).is_err() && with_now.binary_search(&s).is_ok()
    })
}

/// "Protokollet togs bort 2 september kl 15.30 när en handläggare uppmärksammade felet": a
/// discovery in a when-clause with no date of its own happened at the time of the clause before.
fn discovered_when(a: &Analysis<'_>, cues: &[(&Hit, Role)], dated: &[Dated]) -> Option<When> {
    let toks = &a.tokens.toks;
    cues.iter().filter(|(h, r)| *r == Role::Discovered && h.weight >= 2).find_map(|(h, _)| {
        let sub = toks[h.first].subclause;
        // Subclause numbers grow along the text: the first token with this one opens it.
        let opener = toks.partition_point(|t| t.subclause < sub);
        if !matches!(a.tokens.get(opener), "när" | "when" | "då") {
            return None;
        }
        // The last date before the when-clause, if it is in the same sentence (dates are in order).
        let before = dated.partition_point(|d| d.first < opener);
        let d = dated[..before].last()?;
        (d.last < opener && toks[d.first].sentence == toks[h.first].sentence && toks[d.first].subclause != sub)
            .then_some(d.found.when)
    })
}

/// A date in the sentence that tells what happened, with no verb of its own, dates the event:
/// "Yesterday at 16:45 a nurse faxed a referral to the wrong clinic" (when "faxed" is far).
fn in_event_sentence(events: &[bool], a: &Analysis<'_>, d: &Dated) -> Option<Role> {
    events[a.tokens.toks[d.first].sentence as usize].then_some(Role::Occurred)
}

/// For each sentence, whether it tells what happened (a nature word of weight 2 or more).
fn event_sentences(a: &Analysis<'_>) -> Vec<bool> {
    let mut v = a.sentences_with(Table::Nature, |h| h.weight >= 2);
    for (x, y) in v.iter_mut().zip(a.sentences_with(Table::Cause, |h| h.id == "external_attack" && h.weight >= 3)) {
        *x |= y;
    }
    for t in [Table::WrongRecipient, Table::LeftBehind] {
        for (x, y) in v.iter_mut().zip(a.sentences_with(t, |h| h.weight >= 2)) {
            *x |= y;
        }
    }
    v
}

// ---------------------------------------------------------------------------------------------
// Nature, status, systems

/// Evidence for each nature, with the readings that depend on context.
fn nature_scores(a: &Analysis<'_>) -> Scores {
    let mut s = a.scores(Table::Nature);
    let wrong = a.scores(Table::WrongRecipient).get("unauthorised_disclosure");
    if wrong > 0 {
        s.add("unauthorised_disclosure", wrong);
    }
    // "kan se": a matter of access rights when the text is about systems, else a disclosure.
    let visible: u32 = a.live(Table::Visibility).map(|h| u32::from(h.weight)).sum();
    if visible > 0 {
        let id = if a.any(Table::AccessContext) { "unauthorised_access" } else { "unauthorised_disclosure" };
        s.add(id, visible);
    }
    // Left behind is a loss, unless it was found again: then the risk is that someone read it.
    if a.any(Table::FoundAgain) {
        if s.get("loss") < 3 {
            s.add("unauthorised_disclosure", 2);
        }
    } else {
        let left: u32 = a.live(Table::LeftBehind).map(|h| u32::from(h.weight)).sum();
        if left > 0 {
            s.add("loss", left);
        }
    }
    // "skickade av misstag", "råkade dela": sent or shown by mistake is a disclosure.
    let sending = a.sentences_with(Table::Sending, |_| true);
    let by_mistake =
        a.live(Table::Cause).filter(|h| h.id == "human_error" && h.weight >= 2).any(|m| sending[a.sentence_of(m)]);
    if by_mistake {
        s.add("unauthorised_disclosure", 2);
    }
    // "Går inte att återskapa": the data are gone.
    let unrecoverable: u32 = a.of(Table::Recovery).filter(|(_, neg)| *neg).map(|(h, _)| u32::from(h.weight)).sum();
    if unrecoverable > 0 {
        s.add("destruction", unrecoverable);
    }
    s
}

/// Evidence for each cause. Someone sending to the wrong recipient is a human error unless a
/// machine did the sending ("systemet skickade ut brev till fel adress").
fn cause_scores(a: &Analysis<'_>) -> Scores {
    let mut s = a.scores(Table::Cause);
    let sending = a.sentences_with(Table::Sending, |_| true);
    let machine = a.sentences_with(Table::Automatic, |_| true);
    let by_person = a.live(Table::WrongRecipient).any(|w| {
        let here = a.sentence_of(w);
        sending[here] && !machine[here]
    });
    if by_person {
        s.add("human_error", 2);
    }
    // Leaving things behind ("I left my laptop on the train") is a human error.
    if a.any(Table::LeftBehind) && s.get("human_error") == 0 {
        s.add("human_error", 2);
    }
    s
}

/// Yes/no evidence from a table with `true` and `false` groups; a negated term counts for the
/// other side. Both sides present: no answer.
fn polarity(a: &Analysis<'_>, table: Table, min_weight: u8) -> Option<bool> {
    let (mut yes, mut no) = (false, false);
    // "Den är krypterad tror jag": a guess is not a statement.
    let clause = |h: &Hit| a.tokens.toks[h.first].clause;
    let hedged: Vec<u32> = a.live(Table::Hedge).map(clause).collect();
    for (h, neg) in a.of(table).filter(|(h, _)| h.weight >= min_weight && hedged.binary_search(&clause(h)).is_err()) {
        match (h.id == "true", neg) {
            (true, false) | (false, true) => yes = true,
            _ => no = true,
        }
    }
    match (yes, no) {
        (true, false) => Some(true),
        (false, true) => Some(false),
        _ => None,
    }
}

fn ongoing(a: &Analysis<'_>, has_end: bool) -> Option<bool> {
    // Words like "fortfarande" alone say too little in a report; they answer a question.
    match (polarity(a, Table::Ongoing, 2), has_end) {
        (Some(true), true) => None,
        (None, true) => Some(false),
        (p, false) => p,
        (Some(false), true) => Some(false),
    }
}

fn encrypted(a: &Analysis<'_>) -> Option<bool> {
    polarity(a, Table::Encryption, 1)
}

fn processor_involved(a: &Analysis<'_>) -> Option<bool> {
    let (mut yes, mut no) = (false, false);
    for (_, neg) in a.of(Table::Processor) {
        if neg { no = true } else { yes = true }
    }
    match (yes, no) {
        (true, false) => Some(true),
        (false, true) => Some(false),
        _ => None,
    }
}

fn unknown_fields(a: &Analysis<'_>) -> Vec<&'static str> {
    let mut v: Vec<&'static str> = a.live(Table::Unknown).map(|h| h.id).collect();
    v.dedup();
    v.sort_unstable();
    v.dedup();
    v
}

// ---------------------------------------------------------------------------------------------
// Categories

/// Live hits of a set table, in the catalog's option order.
fn set_of(a: &Analysis<'_>, table: Table, field: &str, extra: &[&str]) -> Vec<String> {
    let found: Vec<&str> = a.live(table).map(|h| h.id).collect();
    in_catalog_order(field, &found, extra)
}

fn in_catalog_order(field: &str, found: &[&str], extra: &[&str]) -> Vec<String> {
    let options = Catalog::get().any_field(field).map(|f| f.options.as_slice()).unwrap_or_default();
    options.iter().filter(|o| extra.contains(&o.as_str()) || found.contains(&o.as_str())).cloned().collect()
}

fn data_categories(a: &Analysis<'_>) -> Vec<String> {
    // "skickat till fel adress": the address is where it went, not what it held.
    let mut channel = vec![false; a.tokens.len()];
    for h in a.live(Table::WrongRecipient) {
        channel[h.first..=h.last].iter_mut().for_each(|c| *c = true);
    }
    let found: Vec<&str> =
        a.live(Table::DataCategory).filter(|h| !channel[h.first..=h.last].contains(&true)).map(|h| h.id).collect();
    let pin = (0..a.tokens.len()).any(|i| {
        let w = a.tokens.word(i);
        w.len() >= 11 && w.as_bytes()[0].is_ascii_digit() && is_personal_identity_number(w)
    });
    in_catalog_order("data_categories", &found, if pin { &["personal_identity_number"] } else { &[] })
}

/// "850612-1234", "19850612-1234": a Swedish personal identity (or coordination) number.
fn is_personal_identity_number(w: &str) -> bool {
    let Some((date, last4)) = w.split_once(['-', '+']) else { return false };
    let digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    if !(digits(date) && digits(last4) && last4.len() == 4 && (date.len() == 6 || date.len() == 8)) {
        return false;
    }
    let md = &date[date.len() - 4..];
    let month: u32 = md[..2].parse().unwrap_or(0);
    let day: u32 = md[2..].parse().unwrap_or(0);
    // Coordination numbers add 60 to the day.
    (1..=12).contains(&month) && ((1..=31).contains(&day) || (61..=91).contains(&day))
}

fn subject_categories(a: &Analysis<'_>) -> Vec<String> {
    // Social services' clients are "kunder" in IMY's terms; a report from there concerns them
    // unless it is about the staff.
    let clients = a.any(Table::ClientContext) && !a.live(Table::SubjectCategory).any(|h| h.id == "employees");
    set_of(a, Table::SubjectCategory, "data_subject_categories", if clients { &["customers"] } else { &[] })
}

// ---------------------------------------------------------------------------------------------
// Counts

/// A quantity as written, before it becomes a [`Count`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Qty {
    Exact(u64),
    Approx(u64),
    /// At least this many (inclusive): "fler än 100000" is `AtLeast(100001)`.
    AtLeast(u64),
    Between(u64, u64),
    Band(usize),
}

impl Qty {
    pub fn to_count(self) -> Option<Count> {
        Some(match self {
            Qty::Exact(n) => Count::Exact(n),
            Qty::Approx(n) => Count::Approx(n),
            Qty::AtLeast(n) => Count::Range(Count::band_of(n.max(1))),
            // A range inside one of IMY's bands is that band; across bands, its middle.
            Qty::Between(lo, hi) if lo > hi => return None,
            Qty::Between(lo, hi) if Count::band_of(lo.max(1)) == Count::band_of(hi.max(1)) => {
                Count::Range(Count::band_of(lo.max(1)))
            }
            Qty::Between(lo, hi) => Count::Approx((lo + hi) / 2),
            Qty::Band(i) if i < BANDS.len() => Count::Range(i),
            Qty::Band(_) => return None,
        })
    }
}

/// Reads a quantity starting at token `i`: "730", "100 000", "ca 40", "ungefär trettio",
/// "mellan 1 och 10", "10-15", "fler än 100000", "ett tiotal", "ett 20-tal", "hundratals".
/// `articles`: whether "en"/"ett"/"one" alone count as 1 (in a reply they do, in a report they are
/// articles). Returns the quantity and the last token it used.
pub(crate) fn read_quantity(a: &Analysis<'_>, i: usize, articles: bool) -> Option<(Qty, usize)> {
    let starting = a.starting_at(i);
    if let Some(h) = starting.iter().find(|h| h.table == Table::Quantity) {
        // "några hundra": the longer phrase wins over "några".
        let h = starting.iter().filter(|x| x.table == Table::Quantity).max_by_key(|x| x.last).unwrap_or(h);
        return Count::parse_band(h.id).map(|b| (Qty::Band(b), h.last));
    }
    if let Some(h) = starting.iter().find(|h| h.table == Table::Approx) {
        let (q, last) = read_number(a, h.last + 1, true)?;
        return Some((
            match q {
                Qty::Exact(n) => Qty::Approx(n),
                other => other,
            },
            last,
        ));
    }
    if let Some(h) = starting.iter().find(|h| h.table == Table::AtLeast) {
        let (q, last) = read_number(a, h.last + 1, true)?;
        // "minst 7": the reporter's own count, as an estimate; "fler än 100": a band.
        let inclusive = matches!(a.tokens.word(h.first), "minst" | "at");
        return match q {
            Qty::Exact(n) | Qty::Approx(n) if inclusive => Some((Qty::Approx(n), last)),
            Qty::Exact(n) | Qty::Approx(n) => Some((Qty::AtLeast(n + 1), last)),
            _ => None,
        };
    }
    if matches!(a.tokens.word(i), "mellan" | "between") {
        let (lo, mid) = read_number(a, i + 1, true)?;
        if !matches!(a.tokens.get(mid + 1), "och" | "and" | "till" | "to") {
            return None;
        }
        let (hi, last) = read_number(a, mid + 2, true)?;
        return match (lo, hi) {
            (Qty::Exact(l), Qty::Exact(h)) => Some((Qty::Between(l, h), last)),
            _ => None,
        };
    }
    read_number(a, i, articles)
}

/// The tokens where a quantity can start, in order: a digit, a number word, or a word like "ca",
/// "fler än", "mellan". Most tokens are none of these.
fn quantity_starts(a: &Analysis<'_>) -> Vec<usize> {
    let mut v: Vec<usize> = (0..a.tokens.len())
        .filter(|&i| {
            let w = a.tokens.word(i);
            w.as_bytes().first().is_some_and(u8::is_ascii_digit) || matches!(w, "mellan" | "between")
        })
        .collect();
    for t in [Table::NumberWord, Table::Approx, Table::AtLeast, Table::Quantity] {
        v.extend(a.of(t).map(|(h, _)| h.first));
    }
    v.sort_unstable();
    v.dedup();
    v
}

/// A number at token `i`: digits (with thousands separated by spaces), "10-15", "20-tal", a
/// number word, or a range of two.
fn read_number(a: &Analysis<'_>, i: usize, articles: bool) -> Option<(Qty, usize)> {
    if i >= a.tokens.len() {
        return None;
    }
    let w = a.tokens.word(i);
    let digits = |s: &str| !s.is_empty() && s.len() <= 12 && s.bytes().all(|b| b.is_ascii_digit());
    let (n, mut last) = if digits(w) {
        let mut n: u64 = w.parse().ok()?;
        let mut last = i;
        // "100 000": groups of three digits after a space continue a number of at most three.
        if w.len() <= 3 {
            while last + 1 < a.tokens.len()
                && matches!(a.tokens.gap_after(last), " " | "\u{a0}" | "\u{202f}")
                && a.tokens.word(last + 1).len() == 3
                && digits(a.tokens.word(last + 1))
            {
                n = n.checked_mul(1000)?.checked_add(a.tokens.word(last + 1).parse().ok()?)?;
                last += 1;
            }
        }
        (n, last)
    } else if let Some((lo, hi)) = w.split_once('-') {
        if digits(lo) && digits(hi) {
            return Some((Qty::Between(lo.parse().ok()?, hi.parse().ok()?), i));
        }
        // "20-tal": about twenty.
        if digits(lo) && hi == "tal" {
            return Some((Qty::Approx(lo.parse().ok()?), i));
        }
        let n = lexicon::number_word(w)?;
        (n, i)
    } else if let Some(stem) = w.strip_suffix("tal").filter(|s| !s.is_empty() && !s.ends_with('-')) {
        // "tiotal", "hundratal": about that many ("ett tiotal" reads the same).
        return Some((Qty::Approx(lexicon::number_word(stem).filter(|n| *n >= 10)?), i));
    } else {
        if !a.starting_at(i).iter().any(|h| h.table == Table::NumberWord) {
            return None;
        }
        let n = lexicon::number_word(w)?;
        let article = matches!(w, "en" | "ett");
        if article {
            // "ett tiotal", "ett hundratal", "ett 20-tal"
            if let Some((q @ Qty::Approx(_), last)) = read_number(a, i + 1, false) {
                return Some((q, last));
            }
            if !articles {
                return None;
            }
        }
        if w == "one" && !articles {
            return None;
        }
        // "two hundred", "tre tusen"
        let mut n = n;
        let mut last = i;
        loop {
            n = match a.tokens.get(last + 1) {
                "hundred" | "hundra" => n.checked_mul(100)?,
                "thousand" | "tusen" => n.checked_mul(1000)?,
                _ => break,
            };
            last += 1;
        }
        (n, last)
    };
    // "10–15", "10 - 15", "10 till 15": a range.
    if last + 1 < a.tokens.len() {
        let gap = a.tokens.gap_after(last).trim();
        let next = a.tokens.word(last + 1);
        if matches!(gap, "-" | "–" | "—") && digits(next) {
            return Some((Qty::Between(n, next.parse().ok()?), last + 1));
        }
        if matches!(next, "till" | "to" | "eller" | "or")
            && let Some(m) = Some(a.tokens.get(last + 2)).filter(|s| digits(s)).and_then(|s| s.parse().ok())
        {
            return Some((Qty::Between(n, m), last + 2));
        }
    }
    // "100000+"
    if a.tokens.gap_after(last).starts_with('+') {
        return Some((Qty::AtLeast(n), last));
    }
    last = last.min(a.tokens.len() - 1);
    Some((Qty::Exact(n), last))
}

#[derive(Debug, Default)]
struct Counts {
    subjects: Option<Count>,
    records: Option<Count>,
    /// The people counted are staff ("60 anställda"): a category of their own.
    employees: bool,
}

/// Counts of people (or of per-person records) and of data items. Numbers count only when a
/// noun for them follows: laws ("11 kap 1 §"), units ("enhet 253"), ages and times have none.
fn read_counts(a: &Analysis<'_>, dated: &[Dated]) -> Counts {
    let n = a.tokens.len();
    let mut in_date = vec![false; n];
    for d in dated {
        in_date[d.first..=d.last.min(n - 1)].iter_mut().for_each(|x| *x = true);
    }
    let mut by_class: BTreeMap<u8, Vec<Count>> = BTreeMap::new();
    let mut data: Vec<Count> = Vec::new();
    let mut counted_nouns = Vec::new();
    let mut next = 0;
    for i in quantity_starts(a) {
        if i < next || in_date[i] {
            continue;
        }
        let Some((q, last)) = read_quantity(a, i, false) else { continue };
        if let Some((class, noun)) = noun_after(a, last + 1).or_else(|| noun_before(a, i, last))
            && let Some(c) = q.to_count()
        {
            // "skickades till 3 kollegor": those it went to, not those it was about.
            let sent_to = i > 0 && matches!(a.tokens.word(i - 1), "till" | "to");
            let class = if sent_to && class != "data" { "recipient" } else { class };
            counted_nouns.push(noun);
            if class == "data" {
                data.push(c);
            } else {
                by_class.entry(class_rank(class)).or_default().push(c);
            }
        }
        next = last + 1;
    }
    // Recipients are the people concerned only when their own addresses are what was exposed
    // ("120 mottagare kan se varandras e-postadresser").
    if !a.live(Table::DataCategory).any(|h| h.id == "contact") {
        by_class.remove(&class_rank("recipient"));
    }
    let subjects = by_class.iter().next_back().and_then(|(_, v)| agreed(v)).or_else(|| single_person(a));
    let employees = counted_nouns.iter().any(|&k| lexicon::EMPLOYEE_NOUNS.contains(&a.tokens.word(k)));
    Counts { subjects, records: agreed(&data), employees }
}

fn class_rank(class: &str) -> u8 {
    match class {
        "person" => 3,
        "record" => 2,
        _ => 1,
    }
}

/// The one count all candidates agree on, if they do.
fn agreed(v: &[Count]) -> Option<Count> {
    let first = *v.first()?;
    v.iter().all(|c| *c == first).then_some(first)
}

/// The count noun at token `i`, after at most two modifiers ("40 olika klienter").
fn noun_after(a: &Analysis<'_>, i: usize) -> Option<(&'static str, usize)> {
    let mut k = i;
    for _ in 0..=2 {
        if k >= a.tokens.len() {
            return None;
        }
        let here = a.starting_at(k);
        if let Some(h) = here.iter().filter(|h| h.table == Table::CountNoun).max_by_key(|h| h.weight) {
            return Some((h.id, h.last));
        }
        match here.iter().find(|h| h.table == Table::CountModifier) {
            Some(m) => k = m.last + 1,
            None => return None,
        }
    }
    None
}

/// "anteckningar om mina klienter (ca 12 st)": a count after its noun, in brackets or with "st".
fn noun_before(a: &Analysis<'_>, first: usize, last: usize) -> Option<(&'static str, usize)> {
    let bracketed = first > 0 && a.tokens.gap_after(first - 1).contains('(');
    let pieces = matches!(a.tokens.get(last + 1), "st" | "stycken" | "pcs");
    if first == 0 || !(bracketed || pieces) {
        return None;
    }
    let from = a.hits.partition_point(|h| h.first + 3 < first);
    a.hits[from..]
        .iter()
        .take_while(|h| h.first < first)
        .filter(|h| h.table == Table::CountNoun && h.last + 1 == first && h.id != "data")
        .max_by_key(|h| h.weight)
        .map(|h| (h.id, h.last))
}

/// "en klients journal", "a patient's diagnosis", "uppgifter om ett barn": exactly one person,
/// when that is the only person counted.
fn single_person(a: &Analysis<'_>) -> Option<Count> {
    let mut found = 0;
    for i in 0..a.tokens.len() {
        if !lexicon::SINGLE.contains(&a.tokens.word(i))
            || (i > 0
                && lexicon::ANOTHER.contains(&a.tokens.word(i))
                && lexicon::SINGLE.contains(&a.tokens.word(i - 1)))
        {
            // "en annan klients" is read once, from "en".
            continue;
        }
        let mut k = i + 1;
        if k < a.tokens.len() && lexicon::ANOTHER.contains(&a.tokens.word(k)) {
            k += 1;
        }
        let Some(noun) = a.starting_at(k).iter().find(|h| h.table == Table::CountNoun && h.id == "person") else {
            continue;
        };
        let w = a.tokens.word(noun.last);
        let genitive = w.ends_with("'s") || (w.ends_with('s') && !w.ends_with("ss") && !is_plural_s(w));
        let before = if i > 0 { a.tokens.word(i - 1) } else { "" };
        let after_about = lexicon::ABOUT_SOMEONE.contains(&before);
        if (genitive && !lexicon::RECEIVING.contains(&before)) || after_about {
            found += 1;
        }
    }
    (found == 1).then_some(Count::Exact(1))
}

/// English plurals and Swedish words that end in -s without being genitives.
fn is_plural_s(w: &str) -> bool {
    w.is_ascii()
        && !w.contains('\'')
        && [
            "patients", "clients", "pupils", "students", "employees", "persons", "users", "customers", "members",
            "parents", "children's",
        ]
        .contains(&w)
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    fn at(y: i32, m: u32, d: u32, h: u32, min: u32) -> NaiveDateTime {
        NaiveDate::from_ymd_opt(y, m, d).and_then(|x| x.and_hms_opt(h, min, 0)).unwrap()
    }

    fn now() -> NaiveDateTime {
        at(2026, 3, 10, 9, 12)
    }

    fn ex(text: &str) -> Extraction {
        extract(text, None, now())
    }

    fn field(e: &Extraction, id: &str) -> Option<String> {
        e.fields.get(id).map(|v| v.to_json().to_string().trim_matches('"').to_owned())
    }

    #[test]
    fn kinds() {
        let cases: &[(&str, Kind)] = &[
            ("Jag skickade av misstag ett mejl till fel mottagare", Kind::Incident),
            ("min jobbmobil är borta", Kind::Incident),
            ("Hej, jag vill begära ut ett registerutdrag enligt artikel 15", Kind::DataSubjectRequest),
            ("Radera mina uppgifter ur ert system tack", Kind::DataSubjectRequest),
            ("I would like a copy of my personal data", Kind::DataSubjectRequest),
            ("Jag invänder mot att ni behandlar mina personuppgifter för marknadsföring", Kind::DataSubjectRequest),
            (
                "Hej DSO, får vi använda ett nytt digitalt verktyg för läxhjälp eller behöver vi göra en konsekvensbedömning först?",
                Kind::Other,
            ),
            ("Hej!", Kind::Other),
            ("Tack för hjälpen", Kind::Other),
            ("Hur anmäler jag en personuppgiftsincident?", Kind::Other),
            ("Vad händer om man skickar ett mejl till fel mottagare?", Kind::Other),
            ("Jag skickade ett mejl till fel person igår, vad ska jag göra?", Kind::Incident),
            ("Registerutdraget till en brukare skickades av misstag till fel adress", Kind::Incident),
            ("", Kind::Other),
        ];
        for (text, kind) in cases {
            assert_eq!(ex(text).kind, *kind, "{text:?}");
        }
    }

    #[test]
    fn natures() {
        let cases: &[(&str, Option<&str>)] = &[
            ("Jag skickade ett mejl med journalanteckningar till fel mottagare", Some("unauthorised_disclosure")),
            ("min jobbmobil är borta, glömde den på bussen", Some("loss")),
            ("Datorn stals vid ett inbrott", Some("loss")),
            ("Någon har haft obehörig åtkomst till elevregistret", Some("unauthorised_access")),
            ("Pga ett fel i lönesystemet kan chefer se lönespecifikationer för alla", Some("unauthorised_access")),
            ("Alla mottagare kan se varandras e-postadresser", Some("unauthorised_disclosure")),
            ("Servern kraschade och journalerna är förstörda", Some("destruction")),
            (
                "En kvarglömd rapport påträffades i bilen, obehöriga kan ha tagit del av den",
                Some("unauthorised_disclosure"),
            ),
            ("Någon har manipulerat uppgifterna i journalen", Some("alteration")),
            ("Dokumentet skrevs ut på fel skrivare", Some("unauthorised_disclosure")),
            ("Mottagaren har raderat mejlet som skickades till fel person", Some("unauthorised_disclosure")),
            ("Hej, jag har en fråga", None),
        ];
        for (text, want) in cases {
            assert_eq!(field(&ex(text), "nature").as_deref(), *want, "{text:?}");
        }
    }

    #[test]
    fn causes() {
        let cases: &[(&str, Option<&str>)] = &[
            ("Jag råkade skicka fel bilaga", Some("human_error")),
            ("någon bröt sig in och stal datorn", Some("external_attack")),
            ("Efter en uppdatering visades fel elevs betyg", Some("technical_fault")),
            ("Det saknas rutiner för att gallra", Some("systematic_process_flaw")),
            ("En anställd har snokat i journaler", Some("internal_malicious")),
            ("Vi vet inte varför det hände", Some("unknown")),
            ("Det var inte av misstag", None),
            ("Jag glömde låsa bilen och någon stal datorn", None),
        ];
        for (text, want) in cases {
            assert_eq!(field(&ex(text), "cause").as_deref(), *want, "{text:?}");
        }
    }

    #[test]
    fn categories_with_negation() {
        let e = ex("Listan skickades till fel mottagare, den innehöll namn och telefonnummer men inga personnummer");
        assert_eq!(field(&e, "data_categories").as_deref(), Some(r#"["identifying","contact"]"#));
        let e = ex("Mejlet med 850612-1234 och diagnos skickades fel");
        assert_eq!(field(&e, "data_categories").as_deref(), Some(r#"["health","personal_identity_number"]"#));
        let e = ex("Lönespecifikationer för medarbetare skickades fel");
        assert_eq!(field(&e, "data_subject_categories").as_deref(), Some(r#"["employees"]"#));
        assert_eq!(field(&e, "data_categories").as_deref(), Some(r#"["financial"]"#));
        let e = ex("Ett inbrott på förskolan, en dator med barnens namn stals");
        assert!(field(&e, "data_categories").is_some_and(|s| !s.contains("criminal")));
    }

    #[test]
    fn counts() {
        let cases: &[(&str, Option<&str>)] = &[
            ("en deltagarlista med ungefär 30 ungdomar stals", Some(r#"{"approx":30}"#)),
            ("En ärendelista med 59 utredningar gällande barn skrevs ut fel", Some(r#"{"exact":59}"#)),
            ("mejl med en klients journalanteckningar till fel mottagare", Some(r#"{"exact":1}"#)),
            ("Ungefär 120 mottagare kan se varandras adresser", Some(r#"{"approx":120}"#)),
            ("case notes for about 25 pupils were stolen", Some(r#"{"approx":25}"#)),
            ("ett tiotal elever fick fel mejl", Some(r#"{"approx":10}"#)),
            ("listan med 1 200 kunder läckte", Some(r#"{"exact":1200}"#)),
            ("mellan 20 och 30 klienter berördes av felet", Some(r#"{"range":"11-100"}"#)),
            ("mellan 10 och 20 klienter berördes av felet", Some(r#"{"approx":15}"#)),
            ("fler än 100 000 invånare läckte", Some(r#"{"range":"100001+"}"#)),
            ("enligt 11 kap 1 § SoL, enheten 253 hos handläggare AB, en 18-årig man", None),
            ("3 vårdnadshavare fick uppgifter om 25 elever", None),
            ("Mejlet med betygen gick av misstag till 3 kollegor", None),
            ("Mejlet med 25 elevers betyg gick till 3 föräldrar", Some(r#"{"exact":25}"#)),
            ("tjugofem elever drabbades av läckan", Some(r#"{"exact":25}"#)),
        ];
        for (text, want) in cases {
            assert_eq!(field(&ex(text), "data_subjects_count").as_deref(), *want, "{text:?}");
        }
        assert_eq!(
            field(&ex("ca 300 poster i registret röjdes"), "records_count").as_deref(),
            Some(r#"{"approx":300}"#)
        );
    }

    #[test]
    fn encryption_ongoing_processor() {
        let b = |t: &str, f: &str| field(&ex(t), f);
        assert_eq!(b("Den hade inte krypterad disk och stals", "encrypted").as_deref(), Some("false"));
        assert_eq!(b("Det är inte krypterat. Stickan tappades", "encrypted").as_deref(), Some("false"));
        assert_eq!(b("It has BitLocker disk encryption, it was stolen", "encrypted").as_deref(), Some("true"));
        assert_eq!(b("Mobilen har kod men är borta", "encrypted"), None);
        assert_eq!(b("Ett okrypterat USB-minne tappades", "encrypted").as_deref(), Some("false"));
        assert_eq!(b("filerna krypterades av angriparen vid intrånget", "encrypted"), None);
        assert_eq!(b("Felet i systemet pågår fortfarande", "ongoing").as_deref(), Some("true"));
        assert_eq!(b("Felet är åtgärdat sedan igår", "ongoing").as_deref(), Some("false"));
        assert_eq!(b("Felet är inte åtgärdat", "ongoing").as_deref(), Some("true"));
        assert_eq!(
            b("Inläsningscentralen skickade fakturan till fel mottagare", "processor_involved").as_deref(),
            Some("true")
        );
        assert_eq!(
            b("Ingen leverantör är inblandad, jag skickade fel", "processor_involved").as_deref(),
            Some("false")
        );
        assert_eq!(b("Konsultationsdokument skickat till fel person", "processor_involved"), None);
    }

    #[test]
    fn requests() {
        let r = |t: &str| field(&extract(t, None, now()), "request_type");
        assert_eq!(r("Jag vill få ut mina uppgifter i ett maskinläsbart format").as_deref(), Some("portability"));
        assert_eq!(r("Jag vill begära ett registerutdrag").as_deref(), Some("access"));
        assert_eq!(r("Jag vill att ni raderar mina uppgifter").as_deref(), Some("erasure"));
        assert_eq!(r("Ni har felaktiga uppgifter om mig, rätta dem").as_deref(), Some("rectification"));
        let e = extract("Jag vill begära ett registerutdrag", None, now());
        assert_eq!(field(&e, "received_at").as_deref(), Some("2026-03-10"));
    }

    #[test]
    fn titles() {
        assert_eq!(title(Some("Stulen dator"), "x").as_deref(), Some("Stulen dator"));
        assert_eq!(title(None, "Hej! Jag skickade fel. Sen").as_deref(), Some("Jag skickade fel"));
        assert_eq!(title(None, "hej dso, min mobil är borta").as_deref(), Some("Min mobil är borta"));
        let long =
            "Jag skickade av misstag ett mejl med en klients journalanteckningar till fel mottagare igår eftermiddag";
        let t = title(None, long).unwrap_or_default();
        assert!(t.chars().count() <= 80 && t.ends_with('…') && long.starts_with(t.trim_end_matches('…')), "{t}");
        assert_eq!(title(None, "   "), None);
    }

    #[test]
    fn never_panics() {
        let big = "Jag skickade fel mejl med 40 elevers personnummer igår. ".repeat(20_000);
        for s in [
            "",
            " ",
            "?",
            "1",
            "–",
            "🙂🙂🙂",
            "\u{130}\u{130}",
            "a\u{301}",
            "100 000 000 000 000 000 000 000 personer",
            "99999999999999999999 elever",
            "mellan och",
            "ett",
            "fler än",
            "ca",
            "0-0",
            "12-",
            "-12",
            "tusentusentusentusentusentusentusen personer",
            big.as_str(),
        ] {
            let _ = extract(s, Some(s), now());
        }
    }
}
