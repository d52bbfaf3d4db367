//! Swedish typed without å, ä and ö ("snodde min vaska pa bussen igar ... markte det nar jag
//! skulle kliva av"): the words the extractor knows are put back with their letters, so the
//! lexicon and the date finder read the text as if it had been typed on a Swedish keyboard.
//!
//! Only a text with no å, ä or ö at all that reads as Swedish is touched, and only words whose
//! folded form is not itself a known word ("har" stays "har", never "här"). A word is restored
//! whole ("igar" → "igår") or by a known stem ("forsvunnit" → "försvunnit").

use std::collections::HashMap;
use std::sync::OnceLock;

use crate::lexicon;

/// The words with å, ä or ö that the date finder (`when.rs`) and the extractor (`extract.rs`)
/// compare tokens with outside the lexicon's tables; stems end in `*`. Kept in step by
/// `known_words_cover_the_code` below.
const KNOWN_WORDS: &[&str] = &[
    "alltså", "anställda", "begär", "berör", "berörda", "berörde", "berördes", "berörs", "biträde", "bägge", "båda",
    "dataintrång", "därpå", "då", "framfördes", "från", "färre", "följare", "för", "före", "föreläsning", "förklarar", "förlor",
    "förmiddag", "förmiddagen", "förmiddags", "förra", "förrförra", "förrgår", "förskola", "försvann", "försöket",
    "förvaltning", "genomgång", "glömde", "gällde", "gäller", "gång", "gången", "gånger", "går", "gårdagens", "gör",
    "hjälp", "hände", "här", "häromdagen", "häromveckan", "högst", "hör", "hörde", "iförrgår", "igår", "ikväll",
    "inför", "innehåller", "innehöll", "inträffade", "kräver", "kväll", "kvällen", "kvälls", "kvällstid",
    "ledamöter", "ledamöterna", "läkare", "läkarna", "lämnade", "läsa", "lördag", "lördagen", "märkte", "månaden",
    "måndag", "när", "nästa", "nå", "någon", "personuppgiftsbiträde", "pärm", "på", "pågående", "pågår", "räkning",
    "råden", "rådet", "rådgivningen", "rör", "rörde", "sakägare", "sakägarna", "sjätte", "sköterskor",
    "sköterskorna", "snåret", "stödet", "stöttningen", "sändlista", "sändlistan", "så", "såg", "söndag", "söndagen",
    "söndags", "tillhör", "tjänst", "två", "tänkte", "underrättas", "underrättats", "ungefär", "uppföljning", "upptäckte", "våning", "våningen", "vår", "våra", "än", "är",
    "ärende", "ärenden", "ärendenummer", "ärendet", "år", "åri", "åtta", "önskar", "öppna", "öppnade", "över",
    "övermorgon",
];

/// Folded forms that are Swedish words of their own more often than not ("bor", "saker", "lag",
/// "vart", "raden"), or English ones: left as typed. ("sa" is "said" as often as "så".)
const KEEP: &[&str] = &[
    "har", "var", "sa", "at", "an", "man", "alla", "bar", "far", "bor", "saker", "lag", "vart", "rad", "raden", "raka",
    "ratt", "laser", "vant", "saga", "fors", "tank", "skal", "mal", "sida", "sina", "hal", "fara",
];

/// Folded forms restored even though the vocabulary also has them as typed: in a Swedish text
/// without diacritics these are the Swedish words.
const ALWAYS: &[(&str, &str)] = &[("for", "för"), ("pa", "på"), ("nar", "när"), ("fran", "från"), ("ar", "är")];

/// A stem restores a longer word only when it is this long and little is left after it
/// ("forsvunnit" from "försvunn*"): short stems inside other words change them ("attityd",
/// "invandrare").
const MIN_STEM: usize = 6;
const MAX_ENDING: usize = 3;

struct Table {
    words: HashMap<String, &'static str>,
    /// Folded stems (four letters or more) and their originals, longest first.
    stems: Vec<(String, &'static str)>,
}

fn fold_char(c: char) -> char {
    match c {
        'å' | 'ä' => 'a',
        'ö' => 'o',
        c => c,
    }
}

fn fold(w: &str) -> String {
    w.chars().map(fold_char).collect()
}

fn has_diacritic(w: &str) -> bool {
    w.chars().any(|c| matches!(c, 'å' | 'ä' | 'ö' | 'Å' | 'Ä' | 'Ö'))
}

fn table() -> &'static Table {
    static TABLE: OnceLock<Table> = OnceLock::new();
    TABLE.get_or_init(|| {
        // Every word of every term, and whether it is a whole word or a stem ("försvunn*").
        let mut plain: Vec<&'static str> = Vec::new();
        let mut stems: Vec<&'static str> = Vec::new();
        for term in lexicon::all_terms().chain(KNOWN_WORDS.iter().copied()) {
            for part in term.trim_start_matches('!').split(' ') {
                if part.starts_with('*') || part == "~" || part.is_empty() {
                    continue;
                }
                match part.strip_suffix('*') {
                    Some(stem) => stems.push(stem),
                    None if !part.contains('*') => plain.push(part),
                    None => {}
                }
            }
        }
        let known: std::collections::HashSet<&str> =
            plain.iter().chain(stems.iter()).copied().filter(|w| !has_diacritic(w)).collect();
        let mut words: HashMap<String, Option<&'static str>> = HashMap::new();
        for w in plain.iter().copied().filter(|w| has_diacritic(w)) {
            let f = fold(w);
            if known.contains(f.as_str()) || KEEP.contains(&f.as_str()) {
                continue;
            }
            let e = words.entry(f).or_insert(Some(w));
            if *e != Some(w) {
                *e = None; // two words fold alike: neither is restored
            }
        }
        let mut words: HashMap<String, &'static str> = words.into_iter().filter_map(|(f, w)| Some((f, w?))).collect();
        for (f, w) in ALWAYS {
            words.insert((*f).to_owned(), w);
        }
        let mut folded_stems: HashMap<String, Option<&'static str>> = HashMap::new();
        for s in stems.iter().copied().filter(|s| has_diacritic(s) && s.chars().count() >= MIN_STEM) {
            let e = folded_stems.entry(fold(s)).or_insert(Some(s));
            if *e != Some(s) {
                *e = None;
            }
        }
        let mut stems: Vec<(String, &'static str)> =
            folded_stems.into_iter().filter_map(|(f, s)| Some((f, s?))).collect();
        stems.sort_by(|a, b| b.0.len().cmp(&a.0.len()).then_with(|| a.0.cmp(&b.0)));
        Table { words, stems }
    })
}

/// Whether the text reads as Swedish: more of its short everyday words are Swedish than English.
fn reads_swedish(text: &str) -> bool {
    let (mut sv, mut en) = (0u32, 0u32);
    let mut buf = [0u8; 8];
    for w in text.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty() && w.len() <= 8) {
        // Short words only, lowercased without allocating.
        let lower = &mut buf[..w.len()];
        lower.copy_from_slice(w.as_bytes());
        lower.make_ascii_lowercase();
        match &*lower {
            b"och" | b"att" | b"det" | b"jag" | b"som" | b"inte" | b"med" | b"till" | b"den" | b"vi" | b"ett" | b"om"
            | b"hon" | b"han" | b"min" | b"mitt" | b"nu" | b"igar" | b"idag" | b"o" | b"dom" | b"ocksa" | b"ska"
            | b"kan" => sv += 1,
            b"the" | b"and" | b"to" | b"of" | b"is" | b"was" | b"it" | b"that" | b"with" | b"my" | b"we" | b"you" => {
                en += 1;
            }
            // Swedish "i" (in) is the English pronoun only as a capital.
            b"i" if w == "I" => en += 1,
            _ => {}
        }
    }
    sv >= 2 && sv > en
}

/// The text with å, ä and ö put back where it has none and reads as Swedish; `None` when it is
/// left as it is.
pub fn restore(text: &str) -> Option<String> {
    if has_diacritic(text) || !reads_swedish(text) {
        return None;
    }
    let t = table();
    let mut out = String::with_capacity(text.len() + 16);
    let mut changed = false;
    let mut rest = text;
    while let Some(start) = rest.find(|c: char| c.is_alphabetic()) {
        out.push_str(&rest[..start]);
        rest = &rest[start..];
        let end = rest.find(|c: char| !c.is_alphabetic()).unwrap_or(rest.len());
        let word = &rest[..end];
        rest = &rest[end..];
        // Names and abbreviations are as typed: a capital inside a sentence ("Saga Fors"), or all
        // capitals ("PA").
        let sentence_start = out.trim_end().is_empty() || out.trim_end().ends_with(['.', '!', '?', ':', '\n']);
        let capital = word.starts_with(char::is_uppercase);
        let all_caps = word.chars().count() > 1 && word.chars().all(char::is_uppercase);
        if all_caps || (capital && !sentence_start) {
            out.push_str(word);
            continue;
        }
        let lower = word.to_lowercase();
        // "2 ar sedan": a year after a number.
        let after_number = out.trim_end().ends_with(|c: char| c.is_ascii_digit());
        let restored = if lower == "ar" && after_number {
            Some("år".to_owned())
        } else {
            t.words.get(lower.as_str()).map(|w| (*w).to_owned()).or_else(|| {
                t.stems
                    .iter()
                    .find(|(f, _)| {
                        lower.len() > f.len() && lower.len() - f.len() <= MAX_ENDING && lower.starts_with(f.as_str())
                    })
                    .map(|(f, s)| format!("{s}{}", &lower[f.len()..]))
            })
        };
        match restored {
            Some(r) if r != lower => {
                changed = true;
                // Keep a capital first letter ("Igar" → "Igår").
                let mut chars = r.chars();
                if word.starts_with(char::is_uppercase)
                    && let Some(first) = chars.next()
                {
                    out.extend(first.to_uppercase());
                    out.push_str(chars.as_str());
                } else {
                    out.push_str(&r);
                }
            }
            _ => out.push_str(word),
        }
    }
    out.push_str(rest);
    changed.then_some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn puts_back_what_the_keyboard_left_out() {
        let r = restore("nan snodde min vaska pa bussen igar. markte det nar jag skulle kliva av, da var den borta")
            .expect("restored");
        assert!(r.contains("på bussen igår"), "{r}");
        assert!(r.contains("märkte det när jag"), "{r}");
        // "har" is a word of its own, and is never "här".
        let r = restore("jag har tappat en lista med elevernas personnr igar").expect("restored");
        assert!(r.starts_with("jag har tappat"), "{r}");
        assert!(r.ends_with("igår"), "{r}");
        assert_eq!(restore("Igar kvall").as_deref(), None, "too little to tell the language");
        // Words of their own, names, capitals and short stems inside other words stay as typed.
        let r = restore("Saga Fors bor har och sina saker ar kvar sedan 2 ar, PA var dar, attityd och invandrare igar")
            .expect("restored");
        assert!(r.starts_with("Saga Fors bor har och sina saker är kvar sedan 2 år, PA var där, attityd och invandrare igår"), "{r}");
        // Swedish "i" is no English "I".
        assert!(restore("jag la vaskan i bilen i morse i garaget och den ar borta").is_some());
    }

    /// Every word with å, ä or ö that `when.rs` and `extract.rs` compare tokens with is known here.
    #[test]
    fn known_words_cover_the_code() {
        for source in [include_str!("when.rs"), include_str!("extract.rs")] {
            let code = source.split("#[cfg(test)]").next().unwrap_or_default();
            // String literals on code lines (comments quote examples, not compared words).
            let lines = code.lines().filter(|l| !l.trim_start().starts_with("//") && !l.contains("'\"'"));
            for line in lines {
                for (k, literal) in line.split('"').enumerate() {
                    if k % 2 == 0 || literal.contains('\\') {
                        continue;
                    }
                    for w in literal.split(|c: char| !c.is_alphanumeric() && c != '*').map(str::to_lowercase) {
                        if has_diacritic(&w) && w.chars().count() >= 2 && !w.starts_with('*') {
                            assert!(KNOWN_WORDS.contains(&w.as_str()), "{w:?} is missing from KNOWN_WORDS");
                        }
                    }
                }
            }
        }
    }

    #[test]
    fn leaves_swedish_with_diacritics_and_english_alone() {
        assert_eq!(restore("Jag skickade listan till fel mottagare igår och det är mitt fel."), None);
        assert_eq!(restore("I sent the list to the wrong parent for the trip and it was my fault."), None);
    }
}
