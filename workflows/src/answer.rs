//! Replies to the bot's questions, read in the person's own words, Swedish or English.
//!
//! Each field type has its reader: dates through [`crate::when`], yes/no with words that answer
//! the particular question ("det är åtgärdat" to "pågår den fortfarande?"), counts, and options
//! by their number, their label or any distinctive part of it, or a word from the lexicon. A
//! reply that does not fit is `NotUnderstood`: the bot asks again rather than guess.

use chrono::{NaiveDateTime, Timelike};

use crate::catalog::{Catalog, FieldDef, FieldType};
use crate::extract::{Analysis, Qty, read_quantity};
use crate::lexicon::{self, Hit, Table, Tokens};
use crate::value::{Action, Count, Value};
use crate::when::{self, When};

#[derive(Debug, Clone, PartialEq)]
pub enum Answer {
    Value(Value),
    /// The person does not know ("vet inte"); recorded as unknown, not asked again this round.
    Unknown,
    NotUnderstood,
}

impl Answer {
    fn understood(&self) -> bool {
        !matches!(self, Answer::NotUnderstood)
    }
}

/// One reply to a question that asked for `fields` (one or two, in the order shown), each
/// enum/set field's options shown numbered 1..n in catalog order (`FieldDef.options`). Returns
/// one answer per field, in the same order.
pub fn parse_reply(fields: &[&FieldDef], text: &str, now: NaiveDateTime) -> Vec<Answer> {
    let answers = match fields {
        [] => Vec::new(),
        [one] => vec![parse_field(one, text, now)],
        _ => parse_several(fields, text, now),
    };
    resolve_same_day(answers)
}

/// A correction of an earlier answer ("nej, det var i tisdags", "rättelse: 40 st", "sorry, I
/// meant Tuesday"): the rest of the text when it is one. A plain "Nej" or "No", and "Nej, den var
/// inte krypterad" (an answer, not a correction), are not.
pub fn correction(text: &str) -> Option<&str> {
    let tokens = Tokens::new(text);
    let hits = lexicon::scan(&tokens);
    // The opening may follow an interjection: "oj, jag menade 40".
    let starts = if tokens.len() > 1 && lexicon::INTERJECTIONS.contains(&tokens.get(0)) { 0..=1 } else { 0..=0 };
    let hit =
        hits.iter().filter(|h| h.table == Table::Correction && starts.contains(&h.first)).max_by_key(|h| h.last)?;
    let rest =
        text[tokens.toks[hit.last].end..].trim_start_matches(|c: char| c.is_whitespace() || ",:;.!-–".contains(c));
    let rest = rest.trim_end();
    if rest.is_empty() {
        return None;
    }
    if hit.id == "always" {
        return Some(rest);
    }
    // "Nej, det var ..." is also how a yes/no question is answered ("nej, det är åtgärdat"): it
    // corrects only when a new date or number follows and nothing is negated.
    let negated_after = hits.iter().any(|h| h.table == Table::Negation && h.first > hit.last);
    (!negated_after && names_date_or_number(&tokens, &hits, hit.last + 1, rest)).then_some(rest)
}

/// Whether the text from token `from` holds a date or a number.
fn names_date_or_number(tokens: &Tokens<'_>, hits: &[Hit], from: usize, rest: &str) -> bool {
    let digit = (from..tokens.len()).any(|i| tokens.word(i).bytes().any(|b| b.is_ascii_digit()));
    let number = hits.iter().any(|h| h.first >= from && matches!(h.table, Table::NumberWord | Table::Quantity))
        && (from..tokens.len()).any(|i| lexicon::number_word(tokens.word(i)).is_some_and(|n| n > 1));
    // Any `now` serves to tell whether there is a date; a far one keeps "9 mars" in the past.
    let far = chrono::NaiveDate::from_ymd_opt(2100, 1, 1).and_then(|d| d.and_hms_opt(0, 0, 0)).unwrap_or_default();
    digit || number || !when::find_all(rest, far).is_empty()
}

// ---------------------------------------------------------------------------------------------
// Two fields in one reply

/// Splits the reply into one part per field: at sentence ends first ("Ja. Nej", the way people
/// join two answers), then, if that does not give the parts, at commas or "och"/"and" between two
/// dates. Where no split reads, each field is tried against the whole text.
fn parse_several(fields: &[&FieldDef], text: &str, now: NaiveDateTime) -> Vec<Answer> {
    let n = fields.len();
    let sentences = split_points(text, &SENTENCE_BREAKS);
    let mut best = Best::default();
    if n == 2 {
        // Sentence ends first; commas and "och" only when no sentence end splits the reply.
        for cuts in [sentences, split_points(text, &CLAUSE_BREAKS)] {
            for &(at, len) in &cuts {
                let (a, b) = (&text[..at], &text[at + len..]);
                if !a.trim().is_empty() && !b.trim().is_empty() {
                    best.consider(resolve_same_day(vec![
                        parse_field(fields[0], a, now),
                        parse_field(fields[1], b, now),
                    ]));
                }
            }
            if best.understood == n {
                break;
            }
        }
    } else {
        let parts = split_all(text, &sentences);
        if parts.len() == n {
            best.consider(fields.iter().zip(parts).map(|(f, p)| parse_field(f, p, now)).collect());
        }
    }
    if best.understood < n {
        best.consider(fields.iter().map(|f| parse_field(f, text, now)).collect());
    }
    best.answers.unwrap_or_else(|| vec![Answer::NotUnderstood; n])
}

/// The reading of a reply that understands the most fields (the first such one).
#[derive(Default)]
struct Best {
    understood: usize,
    answers: Option<Vec<Answer>>,
}

impl Best {
    fn consider(&mut self, answers: Vec<Answer>) {
        let ok = answers.iter().filter(|a| a.understood()).count();
        if self.answers.is_none() || ok > self.understood {
            self.understood = ok;
            self.answers = Some(answers);
        }
    }
}

/// "Igår kl 15. Samma dag": a date given as the previous one's day. Anywhere else, not understood.
fn resolve_same_day(mut answers: Vec<Answer>) -> Vec<Answer> {
    let mut previous: Option<When> = None;
    for a in answers.iter_mut() {
        match a {
            Answer::Value(Value::Text(t)) if t == SAME_DAY_MARK => {
                *a = previous.map_or(Answer::NotUnderstood, |w| Answer::Value(Value::When(When::Date(w.date()))));
            }
            Answer::Value(Value::When(w)) => previous = Some(*w),
            _ => {}
        }
    }
    answers
}

const SAME_DAY_MARK: &str = "\u{0}same-day";

const SENTENCE_BREAKS: [&str; 6] = [". ", "! ", "? ", "\n", "; ", ".\n"];
const CLAUSE_BREAKS: [&str; 7] = [", ", " och ", " and ", " respektive ", " resp. ", " samt ", " - "];

/// Byte positions (and lengths) of the separators in `text`, in order; a full stop after an
/// abbreviation ("kl. 15", "ca. 40") does not separate.
fn split_points(text: &str, seps: &[&str]) -> Vec<(usize, usize)> {
    let mut v: Vec<(usize, usize)> = Vec::new();
    for sep in seps {
        for (at, _) in text.match_indices(sep) {
            if sep.starts_with('.') && ends_with_abbreviation(&text[..at]) {
                continue;
            }
            if !v.iter().any(|(p, l)| at < p + l && *p < at + sep.len()) {
                v.push((at, sep.len()));
            }
        }
    }
    v.sort_unstable();
    v
}

fn ends_with_abbreviation(before: &str) -> bool {
    let word = before.rsplit(|c: char| c.is_whitespace()).next().unwrap_or("").to_lowercase();
    lexicon::ABBREVIATIONS.contains(&word.as_str())
}

fn split_all<'t>(text: &'t str, cuts: &[(usize, usize)]) -> Vec<&'t str> {
    let mut parts = Vec::new();
    let mut from = 0;
    for &(at, len) in cuts {
        parts.push(&text[from..at]);
        from = at + len;
    }
    parts.push(&text[from..]);
    parts.into_iter().filter(|p| !p.trim().is_empty()).collect()
}

// ---------------------------------------------------------------------------------------------
// One field

/// Longest reply read as a date, yes/no, count or choice: anything longer is an account, kept as
/// text for the DSO rather than searched for a value.
const MAX_SHORT_ANSWER: usize = 2000;

fn parse_field(def: &FieldDef, text: &str, now: NaiveDateTime) -> Answer {
    let text = text.trim().trim_end_matches(['.', '!']).trim();
    if text.is_empty() {
        return Answer::NotUnderstood;
    }
    let short =
        matches!(def.ty, FieldType::DateTime | FieldType::Bool | FieldType::Count | FieldType::Enum | FieldType::Set);
    if short && text.len() > MAX_SHORT_ANSWER {
        return Answer::NotUnderstood;
    }
    let a = Analysis::new(text);
    match def.ty {
        FieldType::DateTime => parse_datetime(&a, text, now),
        FieldType::Bool => parse_bool(&a, &def.id),
        FieldType::Count => parse_count(&a),
        FieldType::Enum => parse_enum(&a, def),
        FieldType::Set => parse_set(&a, text, def),
        FieldType::Text if only_dont_know(&a) => Answer::Unknown,
        FieldType::Text => Answer::Value(Value::Text(text.to_owned())),
        FieldType::TextList if only_dont_know(&a) => Answer::Unknown,
        FieldType::TextList => {
            let items = split_list(text);
            if items.is_empty() { Answer::NotUnderstood } else { Answer::Value(Value::TextList(items)) }
        }
        FieldType::Actions if only_dont_know(&a) => Answer::Unknown,
        FieldType::Actions => {
            let at = now.with_second(0).unwrap_or(now).format("%Y-%m-%dT%H:%M").to_string();
            Answer::Value(Value::Actions(vec![Action { at, text: text.to_owned() }]))
        }
    }
}

/// Tokens of a "vet inte" (and what follows it in its clause: "vet inte om den var krypterad").
fn dont_know_tokens(a: &Analysis<'_>) -> Vec<bool> {
    let mut covered = vec![false; a.tokens.len()];
    for h in a.live(Table::DontKnow) {
        let clause = a.tokens.toks[h.first].clause;
        for (i, c) in covered.iter_mut().enumerate().skip(h.first) {
            if i > h.last && a.tokens.toks[i].clause != clause {
                break;
            }
            *c = true;
        }
    }
    covered
}

/// The whole reply says "I don't know", in whatever words.
fn only_dont_know(a: &Analysis<'_>) -> bool {
    let covered = dont_know_tokens(a);
    covered.iter().any(|c| *c)
        && (0..a.tokens.len()).all(|i| covered[i] || lexicon::DONT_KNOW_FILLER.contains(&a.tokens.word(i)))
}

fn dont_know(a: &Analysis<'_>) -> bool {
    a.any(Table::DontKnow)
}

// ---------------------------------------------------------------------------------------------
// Dates

fn parse_datetime(a: &Analysis<'_>, text: &str, now: NaiveDateTime) -> Answer {
    if let Some(w) = when::parse_answer(text, now) {
        return Answer::Value(Value::When(w));
    }
    let lower = text.to_lowercase();
    if lexicon::NOW_REPLIES.contains(&lower.trim()) {
        let t = now.with_second(0).and_then(|t| t.with_nanosecond(0)).unwrap_or(now);
        return Answer::Value(Value::When(When::DateTime(t)));
    }
    if lexicon::SAME_DAY.contains(&lower.trim()) {
        return Answer::Value(Value::Text(SAME_DAY_MARK.into()));
    }
    if dont_know(a) { Answer::Unknown } else { Answer::NotUnderstood }
}

// ---------------------------------------------------------------------------------------------
// Yes / no

/// The table with words that answer a particular yes/no question by themselves.
fn field_words(field: &str) -> Option<Table> {
    match field {
        "ongoing" => Some(Table::Ongoing),
        "encrypted" => Some(Table::Encryption),
        "processor_involved" => Some(Table::Processor),
        _ => None,
    }
}

fn parse_bool(a: &Analysis<'_>, field: &str) -> Answer {
    let mut consumed = dont_know_tokens(a);
    let (mut yes, mut no) = (false, false);
    // Words for this question first ("det är åtgärdat", "okrypterad"), with their negations.
    if let Some(table) = field_words(field) {
        for (h, negated) in a.of(table) {
            if consumed[h.first] {
                continue;
            }
            let says_yes = match table {
                Table::Processor => true,
                _ => h.id == "true",
            };
            if says_yes != negated {
                yes = true
            } else {
                no = true
            }
            mark_with_negation(a, h, &mut consumed);
        }
    }
    for (h, negated) in a.of(Table::Yes) {
        if !(h.first..=h.last).any(|i| consumed[i]) {
            if negated {
                no = true
            } else {
                yes = true
            }
            mark_with_negation(a, h, &mut consumed);
        }
    }
    for (h, _) in a.of(Table::No) {
        if !consumed[h.first] {
            no = true;
        }
    }
    match (yes, no) {
        (true, false) => Answer::Value(Value::Bool(true)),
        (false, true) => Answer::Value(Value::Bool(false)),
        (false, false) if dont_know(a) => Answer::Unknown,
        _ => Answer::NotUnderstood,
    }
}

/// Marks a hit's tokens, and the negation words that negate it, as read.
fn mark_with_negation(a: &Analysis<'_>, h: &Hit, consumed: &mut [bool]) {
    let clause = a.tokens.toks[h.first].clause;
    let from = h.first.saturating_sub(3);
    let to = (h.last + 1).min(a.tokens.len() - 1);
    for (i, c) in consumed.iter_mut().enumerate().take(to + 1).skip(from) {
        let inside = (h.first..=h.last).contains(&i);
        let negator = a.tokens.toks[i].clause == clause
            && a.starting_at(i).iter().any(|n| matches!(n.table, Table::Negation | Table::NegationAfter | Table::No));
        if inside || negator {
            *c = true;
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Counts

fn parse_count(a: &Analysis<'_>) -> Answer {
    let covered = dont_know_tokens(a);
    let mut found: Vec<(Qty, usize, usize)> = Vec::new();
    let mut i = 0;
    while i < a.tokens.len() {
        if covered[i] {
            i += 1;
            continue;
        }
        match read_quantity(a, i, true) {
            Some((q, last)) => {
                found.push((q, i, last));
                i = last + 1;
            }
            None => i += 1,
        }
    }
    let chosen = match found.as_slice() {
        [] => None,
        [one] => Some(*one),
        // Several numbers: the one with a noun for people ("3 av 40 klienter" is ambiguous, but
        // "40 klienter, 3 enheter" is not), or all the same.
        many => {
            let with_noun: Vec<_> = many
                .iter()
                .filter(|(_, _, last)| {
                    a.starting_at(last + 1).iter().any(|h| h.table == Table::CountNoun && h.id != "data")
                })
                .collect();
            match with_noun.as_slice() {
                [one] => Some(**one),
                _ if many.iter().all(|(q, _, _)| *q == many[0].0) => Some(many[0]),
                _ => None,
            }
        }
    };
    if let Some((q, _, _)) = chosen {
        // "40 kanske", "typ 40": an estimate wherever the hedge stands; "vet inte exakt, 40" too.
        let hedged = a.any(Table::Approx) || covered.iter().any(|c| *c) || a.tokens.text.contains(['~', '≈']);
        let q = match q {
            Qty::Exact(n) if hedged => Qty::Approx(n),
            other => other,
        };
        return q.to_count().map_or(Answer::NotUnderstood, |c| Answer::Value(Value::Count(c)));
    }
    if dont_know(a) {
        return Answer::Unknown;
    }
    let words: Vec<&str> = (0..a.tokens.len()).map(|i| a.tokens.word(i)).collect();
    if !words.is_empty()
        && words.iter().all(|w| lexicon::ZERO.contains(w) || lexicon::DONT_KNOW_FILLER.contains(w))
        && words.iter().any(|w| lexicon::ZERO.contains(w))
    {
        return Answer::Value(Value::Count(Count::Exact(0)));
    }
    Answer::NotUnderstood
}

// ---------------------------------------------------------------------------------------------
// Options

/// The lexicon tables whose groups are a field's options (besides `OptionSynonym`, for all).
fn option_tables(field: &str) -> &'static [Table] {
    match field {
        "nature" => &[Table::Nature, Table::WrongRecipient, Table::LeftBehind, Table::OptionSynonym],
        "cause" => &[Table::Cause, Table::OptionSynonym],
        "request_type" => &[Table::RequestType, Table::OptionSynonym],
        "data_categories" => &[Table::DataCategory, Table::OptionSynonym],
        "data_subject_categories" => &[Table::SubjectCategory, Table::OptionSynonym],
        _ => &[Table::OptionSynonym],
    }
}

/// The words of an option's labels (Swedish and English), lowercase, without stopwords.
fn label_words(field: &str, option: &str) -> Vec<String> {
    let c = Catalog::get();
    let mut words = Vec::new();
    if let Some(l) = c.option_labels(field).and_then(|m| m.get(option)) {
        for label in [&l.sv, &l.en] {
            let t = Tokens::new(label);
            for i in 0..t.len() {
                let w = t.word(i);
                if !lexicon::LABEL_STOPWORDS.contains(&w) && !words.iter().any(|x: &String| x == w) {
                    words.push(w.to_owned());
                }
            }
        }
    }
    words
}

/// Two forms of one word: equal, one a prefix of the other ("tekniskt"/"teknisk",
/// "rutin"/"rutiner"), or sharing all but the last letter of the shorter ("förlorar"/"förlorad").
fn same_stem(a: &str, b: &str) -> bool {
    if a == b {
        return true;
    }
    let (short, long) = if a.chars().count() <= b.chars().count() { (a, b) } else { (b, a) };
    let n = short.chars().count();
    if n >= 4 && long.starts_with(short) {
        return true;
    }
    let common = short.chars().zip(long.chars()).take_while(|(x, y)| x == y).count();
    common >= 6 && common + 1 >= n
}

/// Evidence for each of a field's options in a reply (or one item of it).
fn option_scores(a: &Analysis<'_>, def: &FieldDef) -> Vec<u32> {
    let labels: Vec<Vec<String>> = def.options.iter().map(|o| label_words(&def.id, o)).collect();
    let mut scores = vec![0u32; def.options.len()];
    let live: Vec<bool> = (0..a.tokens.len()).map(|i| !negated_token(a, i)).collect();
    for (k, words) in labels.iter().enumerate() {
        for w in words {
            // A label word that another option's labels share does not tell them apart.
            let distinctive =
                labels.iter().enumerate().all(|(j, other)| j == k || !other.iter().any(|o| same_stem(o, w)));
            if distinctive && (0..a.tokens.len()).any(|i| live[i] && same_stem(a.tokens.word(i), w)) {
                scores[k] += 2;
            }
        }
    }
    for table in option_tables(&def.id) {
        for h in a.live(*table) {
            let id = if *table == Table::OptionSynonym {
                match h.id.split_once('.') {
                    Some((field, option)) if field == def.id => option,
                    _ => continue,
                }
            } else {
                h.id
            };
            if let Some(k) = def.options.iter().position(|o| o == id) {
                scores[k] += u32::from(h.weight);
            }
        }
    }
    scores
}

/// Whether token `i` is negated ("inte tekniskt fel").
fn negated_token(a: &Analysis<'_>, i: usize) -> bool {
    let clause = a.tokens.toks[i].clause;
    (i.saturating_sub(2)..i).any(|j| {
        a.tokens.toks[j].clause == clause && a.starting_at(j).iter().any(|h| h.table == Table::Negation && h.last < i)
    })
}

/// An option by the number it was shown with: "2", "nr 2", "alternativ 2", "2.".
fn option_number(a: &Analysis<'_>, count: usize) -> Option<usize> {
    let words: Vec<&str> = (0..a.tokens.len())
        .map(|i| a.tokens.word(i))
        .filter(|w| !matches!(*w, "alternativ" | "nr" | "nummer" | "option" | "number" | "svar" | "answer" | "val"))
        .collect();
    match words.as_slice() {
        [w] => w.parse::<usize>().ok().filter(|n| (1..=count).contains(n)).map(|n| n - 1),
        _ => None,
    }
}

/// The one option a reply names, by number, whole label, or the most evidence.
fn choose_option(a: &Analysis<'_>, text: &str, def: &FieldDef) -> Option<usize> {
    if let Some(k) = option_number(a, def.options.len()) {
        return Some(k);
    }
    let c = Catalog::get();
    let said = normalise(text);
    if let Some(k) = def.options.iter().position(|o| {
        c.option_labels(&def.id)
            .and_then(|m| m.get(o))
            .is_some_and(|l| normalise(&l.sv) == said || normalise(&l.en) == said)
            || normalise(o) == said
    }) {
        return Some(k);
    }
    let scores = option_scores(a, def);
    let top = *scores.iter().max()?;
    (top > 0 && scores.iter().filter(|s| **s == top).count() == 1)
        .then(|| scores.iter().position(|s| *s == top))
        .flatten()
}

fn normalise(s: &str) -> String {
    let t = Tokens::new(s);
    (0..t.len()).map(|i| t.word(i)).collect::<Vec<_>>().join(" ")
}

fn parse_enum(a: &Analysis<'_>, def: &FieldDef) -> Answer {
    // "vet ej, kanske en bugg": a guess after "I don't know" is not an answer.
    if dont_know(a) && a.any(Table::Hedge) && option_number(a, def.options.len()).is_none() {
        return Answer::Unknown;
    }
    match choose_option(a, a.tokens.text, def) {
        Some(k) => Answer::Value(Value::Enum(def.options[k].clone())),
        None if dont_know(a) => Answer::Unknown,
        None => Answer::NotUnderstood,
    }
}

/// Several options: "hälsa, personnummer och uppgifter om brott", "1, 3", "barn och elever".
/// Every item must name an option; one that names none makes the reply not understood.
fn parse_set(a: &Analysis<'_>, text: &str, def: &FieldDef) -> Answer {
    let n = def.options.len();
    // Only numbers: "1, 3", "1 och 3", "2 3".
    let words: Vec<&str> =
        (0..a.tokens.len()).map(|i| a.tokens.word(i)).filter(|w| !matches!(*w, "och" | "and" | "samt")).collect();
    if !words.is_empty() && words.iter().all(|w| w.bytes().all(|b| b.is_ascii_digit())) {
        let picked: Option<Vec<usize>> =
            words.iter().map(|w| w.parse::<usize>().ok().filter(|k| (1..=n).contains(k)).map(|k| k - 1)).collect();
        return picked.map_or(Answer::NotUnderstood, |p| Answer::Value(Value::Set(in_order(def, &p))));
    }
    let mut picked = Vec::new();
    for item in split_items(text) {
        let ia = Analysis::new(item);
        if ia.tokens.is_empty() || (0..ia.tokens.len()).all(|i| lexicon::LIST_FILLER.contains(&ia.tokens.word(i))) {
            continue;
        }
        match choose_option(&ia, item, def) {
            Some(k) => picked.push(k),
            None => return if picked.is_empty() && dont_know(a) { Answer::Unknown } else { Answer::NotUnderstood },
        }
    }
    if picked.is_empty() {
        return if dont_know(a) { Answer::Unknown } else { Answer::NotUnderstood };
    }
    Answer::Value(Value::Set(in_order(def, &picked)))
}

fn in_order(def: &FieldDef, picked: &[usize]) -> Vec<String> {
    (0..def.options.len()).filter(|k| picked.contains(k)).map(|k| def.options[k].clone()).collect()
}

/// Splits a list at commas, semicolons, slashes and "och"/"and"/"samt".
fn split_items(text: &str) -> Vec<&str> {
    let cuts = split_points(text, &[",", ";", "/", "&", "+", "\n", " och ", " and ", " samt ", " as well as "]);
    split_all(text, &cuts).into_iter().map(str::trim).filter(|s| !s.is_empty()).collect()
}

/// A text list ("Tieto Evry AB, Iron Mountain AB"): at line breaks and semicolons, else at commas
/// and "och"/"and", except before a number ("Tieto AB, 556...").
fn split_list(text: &str) -> Vec<String> {
    let lines = split_points(text, &["\n", ";"]);
    let parts = if lines.is_empty() {
        let cuts: Vec<(usize, usize)> = split_points(text, &[", ", " och ", " and "])
            .into_iter()
            .filter(|(at, len)| {
                let next = text[at + len..].trim_start();
                !next.starts_with(|c: char| c.is_ascii_digit()) && !next.to_lowercase().starts_with("org")
            })
            .collect();
        split_all(text, &cuts)
    } else {
        split_all(text, &lines)
    };
    parts
        .into_iter()
        .map(|p| p.trim().trim_end_matches(['.', ',']).trim().to_owned())
        .filter(|p| !p.is_empty())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    fn now() -> NaiveDateTime {
        NaiveDate::from_ymd_opt(2026, 3, 10).and_then(|d| d.and_hms_opt(9, 12, 0)).unwrap()
    }

    fn def(id: &str) -> &'static FieldDef {
        Catalog::get().any_field(id).unwrap_or_else(|| panic!("no field {id}"))
    }

    fn one(id: &str, text: &str) -> Answer {
        parse_reply(&[def(id)], text, now()).remove(0)
    }

    fn json(a: &Answer) -> String {
        match a {
            Answer::Value(v) => v.to_json().to_string(),
            Answer::Unknown => "unknown".into(),
            Answer::NotUnderstood => "?".into(),
        }
    }

    fn check(id: &str, cases: &[(&str, &str)]) {
        for (text, want) in cases {
            assert_eq!(json(&one(id, text)), *want, "{id}: {text:?}");
        }
    }

    #[test]
    fn yes_and_no() {
        check(
            "subjects_informed",
            &[
                ("Ja", "true"),
                ("japp", "true"),
                ("Jo, det har vi", "true"),
                ("absolut", "true"),
                ("Stämmer", "true"),
                ("Yes", "true"),
                ("yep", "true"),
                ("Nej", "false"),
                ("nä", "false"),
                ("No", "false"),
                ("nope", "false"),
                ("Stämmer inte", "false"),
                ("inte än", "false"),
                ("Vet inte", "unknown"),
                ("Don't know", "unknown"),
                ("ja och nej", "?"),
                ("kanske imorgon", "?"),
                ("", "?"),
            ],
        );
        check(
            "ongoing",
            &[
                ("Ja, fortfarande", "true"),
                ("det är åtgärdat", "false"),
                ("Nej, det är åtgärdat", "false"),
                ("Nej, inte längre", "false"),
                ("Det är inte åtgärdat än", "true"),
                ("pågår fortfarande", "true"),
                ("no longer", "false"),
                ("It has been fixed", "false"),
                ("still ongoing", "true"),
            ],
        );
        check(
            "encrypted",
            &[
                ("Nej, den var inte krypterad", "false"),
                ("Ja, med BitLocker", "true"),
                ("okrypterad", "false"),
                ("Det gör den", "true"),
                ("Det gör den inte", "false"),
                ("Vet inte om den var krypterad", "unknown"),
                ("not encrypted", "false"),
                ("yes, full disk encryption", "true"),
            ],
        );
        check("processor_involved", &[("Ja, vår leverantör Tieto", "true"), ("Nej, ingen leverantör", "false")]);
    }

    #[test]
    fn counts() {
        check(
            "data_subjects_count",
            &[
                ("730", r#"{"exact":730}"#),
                ("ca 40", r#"{"approx":40}"#),
                ("ungefär 40", r#"{"approx":40}"#),
                ("runt hundra", r#"{"approx":100}"#),
                ("ett tiotal", r#"{"approx":10}"#),
                ("about 25", r#"{"approx":25}"#),
                ("mellan 1 och 10", r#"{"range":"1-10"}"#),
                ("fler än 100000", r#"{"range":"100001+"}"#),
                ("över 100 000", r#"{"range":"100001+"}"#),
                ("1-10", r#"{"range":"1-10"}"#),
                ("en", r#"{"exact":1}"#),
                ("one", r#"{"exact":1}"#),
                ("tjugo", r#"{"exact":20}"#),
                ("tolv st", r#"{"exact":12}"#),
                ("40 klienter", r#"{"exact":40}"#),
                ("40 kanske", r#"{"approx":40}"#),
                ("vet inte exakt, runt 40", r#"{"approx":40}"#),
                ("100001+", r#"{"range":"100001+"}"#),
                ("mellan 11 och 100", r#"{"range":"11-100"}"#),
                ("hundratals", r#"{"range":"101-1000"}"#),
                ("Vet inte", "unknown"),
                ("ingen aning", "unknown"),
                ("inga", r#"{"exact":0}"#),
                ("många", "?"),
                ("trettiofem", r#"{"exact":35}"#),
                ("tvåhundra", r#"{"exact":200}"#),
                ("two hundred", r#"{"exact":200}"#),
                ("3 eller 4", r#"{"range":"1-10"}"#),
                ("5 och 40", "?"),
                ("~40", r#"{"approx":40}"#),
                ("ett 30-tal", r#"{"approx":30}"#),
                ("drygt 200", r#"{"approx":200}"#),
                ("alla elever i klassen, 27 st", r#"{"exact":27}"#),
            ],
        );
    }

    #[test]
    fn options_by_number_label_part_and_synonym() {
        check(
            "cause",
            &[
                ("1", r#""human_error""#),
                ("4", r#""technical_fault""#),
                ("nr 2", r#""internal_malicious""#),
                ("Mänskliga faktorn, ett misstag i det enskilda fallet", r#""human_error""#),
                ("Medvetet angrepp från någon inom organisationen", r#""internal_malicious""#),
                ("Brist i våra rutiner, ett systematiskt fel", r#""systematic_process_flaw""#),
                ("Tekniskt fel i systemet", r#""technical_fault""#),
                ("Angrepp utifrån", r#""external_attack""#),
                ("Okänd orsak", r#""unknown""#),
                ("Övrigt", r#""other""#),
                ("tekniskt fel", r#""technical_fault""#),
                ("misstag", r#""human_error""#),
                ("human error", r#""human_error""#),
                ("a hacker", r#""external_attack""#),
                ("det var mitt fel", r#""human_error""#),
                ("vet ej, kanske en bugg", "unknown"),
                ("slarv", r#""human_error""#),
                ("inte misstag utan tekniskt fel", r#""technical_fault""#),
                ("Vet inte", "unknown"),
                ("8", "?"),
                ("bananer", "?"),
            ],
        );
        check(
            "nature",
            &[
                ("Obehörigt röjande", r#""unauthorised_disclosure""#),
                ("Obehörig åtkomst", r#""unauthorised_access""#),
                ("Förlust", r#""loss""#),
                ("förlust", r#""loss""#),
                ("Förstöring", r#""destruction""#),
                ("Ändring", r#""alteration""#),
                ("stöld", r#""loss""#),
                ("fel mottagare", r#""unauthorised_disclosure""#),
                ("3", r#""loss""#),
                ("Loss", r#""loss""#),
                ("unauthorised disclosure", r#""unauthorised_disclosure""#),
            ],
        );
        check(
            "request_type",
            &[
                ("registerutdrag", r#""access""#),
                ("radering", r#""erasure""#),
                ("rättelse", r#""rectification""#),
                ("jag vill att ni raderar allt", r#""erasure""#),
            ],
        );
        check("severity", &[("4", r#""4""#), ("Mycket allvarlig", r#""4""#), ("Låg", r#""1""#), ("hög", r#""3""#)]);
    }

    #[test]
    fn sets() {
        check(
            "data_categories",
            &[
                ("hälsa och personnummer", r#"["health","personal_identity_number"]"#),
                (
                    "hälsa, personnummer och uppgifter om brott",
                    r#"["health","criminal_offences","personal_identity_number"]"#,
                ),
                ("1, 3", r#"["ethnic_origin","religious_beliefs"]"#),
                ("kontaktinformation", r#"["contact"]"#),
                ("ekonomisk information", r#"["financial"]"#),
                ("identifierande information", r#"["identifying"]"#),
                ("etniskt ursprung", r#"["ethnic_origin"]"#),
                ("övrigt", r#"["other"]"#),
                ("Okänd", r#"["unknown"]"#),
                ("Vet inte", "unknown"),
                ("namn och telefonnummer", r#"["identifying","contact"]"#),
                ("hälsa och bananer", "?"),
            ],
        );
        check(
            "data_subject_categories",
            &[
                ("barn, elever", r#"["children","pupils"]"#),
                ("anställda", r#"["employees"]"#),
                ("kunder", r#"["customers"]"#),
                ("patienter", r#"["patients"]"#),
                ("utsatta personer", r#"["vulnerable"]"#),
                ("användare", r#"["users"]"#),
                ("elever", r#"["pupils"]"#),
                ("kan inte ange", r#"["unknown"]"#),
                ("klienter och barn", r#"["customers","children"]"#),
                ("personal", r#"["employees"]"#),
                ("medarbetare och elever", r#"["employees","pupils"]"#),
                ("elever och deras föräldrar", r#"["pupils","other"]"#),
            ],
        );
        check(
            "consequences",
            &[
                ("förlorad kontroll över de egna personuppgifterna", r#"["loss_of_control"]"#),
                (
                    "förlust av konfidentialitet för uppgifter med tystnadsplikt",
                    r#"["loss_of_confidentiality_professional_secrecy"]"#,
                ),
            ],
        );
        check(
            "not_informing_reasons",
            &[
                ("ingen hög risk", r#"["no_high_risk"]"#),
                ("oproportionerlig ansträngning, vi informerar allmänheten", r#"["disproportionate_public_notice"]"#),
                (
                    "ingen hög risk och oproportionerlig ansträngning, vi informerar allmänheten",
                    r#"["no_high_risk","disproportionate_public_notice"]"#,
                ),
            ],
        );
    }

    #[test]
    fn dates_text_and_actions() {
        check(
            "occurred_at",
            &[
                ("den 9 mars 2026 kl 15.00", r#""2026-03-09T15:00""#),
                ("2026-03-09 15:00", r#""2026-03-09T15:00""#),
                ("9/3 2026, klockan 15:00", r#""2026-03-09T15:00""#),
                ("igår", r#""2026-03-09""#),
                ("Vet inte", "unknown"),
                ("nu", r#""2026-03-10T09:12""#),
                ("banan", "?"),
            ],
        );
        check("how_discovered", &[("Mottagaren ringde", r#""Mottagaren ringde""#), ("vet ej", "unknown")]);
        assert_eq!(
            json(&one("actions", "Bad mottagaren radera mejlet")),
            r#"[{"at":"2026-03-10T09:12","text":"Bad mottagaren radera mejlet"}]"#
        );
        check(
            "processors",
            &[
                ("Tieto Evry AB och Iron Mountain AB", r#"["Tieto Evry AB","Iron Mountain AB"]"#),
                ("Iron Mountain Sweden AB, 556262-8232", r#"["Iron Mountain Sweden AB, 556262-8232"]"#),
            ],
        );
    }

    #[test]
    fn two_fields_in_one_reply() {
        let two = |a: &str, b: &str, text: &str| -> Vec<String> {
            parse_reply(&[def(a), def(b)], text, now()).iter().map(json).collect()
        };
        assert_eq!(
            two("occurred_at", "discovered_at", "den 9 mars 2026 kl 15.00. den 10 mars 2026"),
            [r#""2026-03-09T15:00""#, r#""2026-03-10""#]
        );
        assert_eq!(
            two("occurred_at", "discovered_at", "igår kl 15 och idag"),
            [r#""2026-03-09T15:00""#, r#""2026-03-10""#]
        );
        assert_eq!(
            two("occurred_at", "discovered_at", "9/3 2026, klockan 15:00. Vet inte"),
            [r#""2026-03-09T15:00""#, "unknown"]
        );
        assert_eq!(
            two("data_subject_categories", "data_subjects_count", "barn och elever. ungefär 30"),
            [r#"["children","pupils"]"#, r#"{"approx":30}"#]
        );
        assert_eq!(
            two("data_subject_categories", "data_subjects_count", "Barn, ca 30 st"),
            [r#"["children"]"#, r#"{"approx":30}"#]
        );
        assert_eq!(
            two("data_categories", "records_count", "hälsa, personnummer och uppgifter om brott. mellan 1 och 10"),
            [r#"["health","criminal_offences","personal_identity_number"]"#, r#"{"range":"1-10"}"#]
        );
        assert_eq!(two("encrypted", "processor_involved", "Nej. Ja"), ["false", "true"]);
        assert_eq!(two("encrypted", "processor_involved", "Don't know. No"), ["unknown", "false"]);
        assert_eq!(two("risk_unlikely", "notify_authority", "Ja"), ["true", "true"]);
        assert_eq!(two("encrypted", "processor_involved", "blä"), ["?", "?"]);
        assert_eq!(
            two("occurred_at", "discovered_at", "igår kl 15. samma dag"),
            [r#""2026-03-09T15:00""#, r#""2026-03-09""#]
        );
        assert_eq!(json(&one("discovered_at", "samma dag")), "?");
    }

    #[test]
    fn corrections() {
        let cases: &[(&str, Option<&str>)] = &[
            ("nej, det var i tisdags", Some("i tisdags")),
            ("rättelse: 40 st", Some("40 st")),
            ("Rättelse 40 st", Some("40 st")),
            ("sorry, I meant Tuesday", Some("Tuesday")),
            ("correction: it was 12 pupils", Some("it was 12 pupils")),
            ("Oj, jag menade 40", Some("40")),
            ("Nej", None),
            ("No", None),
            ("Nej, den var inte krypterad", None),
            ("Nej det var inte krypterat", None),
            ("nej, det var ingen leverantör", None),
            ("Nej det är åtgärdat", None),
            ("nej, det var en anställd", None),
            ("nej det var 40", Some("40")),
            ("Nej, det var fyrtio", Some("fyrtio")),
            ("No, it was on Tuesday", Some("on Tuesday")),
            ("Ändring", None),
            ("rättelse:", None),
            ("", None),
        ];
        for (text, want) in cases {
            assert_eq!(correction(text), *want, "{text:?}");
        }
    }

    #[test]
    fn never_panics() {
        let big = "ja ".repeat(100_000);
        let c = Catalog::get();
        for f in c.incident.iter().chain(&c.data_subject_request) {
            for s in
                ["", " ", ".", ". .", "🙂", "\u{130}", "1, 99", "0", "mellan och", big.as_str(), "ja. nej. kanske. 4"]
            {
                let _ = parse_reply(&[f], s, now());
                let _ = parse_reply(&[f, f], s, now());
                let _ = correction(s);
            }
        }
    }
}
