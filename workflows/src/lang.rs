//! Which language a message is written in: Swedish or English, by their most common short words.
//!
//! Function words are what every sentence has whatever it is about, so a handful of them decide;
//! å, ä and ö add to Swedish. A reply of a word or a date ("ja", "4", "2026-03-09") says nothing
//! about the language and gets `None`, so the conversation keeps the language it had.

use crate::lexicon::{self, Group, Hit, Table, Tokens};
use crate::model::Lang;

/// Common Swedish words that are not English words (so not "i", "man", "under", "be").
const SWEDISH: &[&str] = &[
    "och", "att", "det", "jag", "är", "en", "ett", "som", "på", "med", "för", "inte", "har", "av", "till", "vi", "den",
    "var", "om", "kan", "så", "igår", "hej", "mina", "mig", "min", "mitt", "hade", "eller", "också", "men", "när",
    "vid", "efter", "från", "hur", "vad", "tack", "ska", "skulle", "vill", "fick", "nu", "då", "där", "här", "detta",
    "denna", "dessa", "ni", "han", "hon", "hen", "de", "dem", "sig", "sin", "sitt", "sina", "vår", "våra", "vet",
    "ingen", "inga", "inget", "någon", "något", "några", "alla", "mycket", "bara", "redan", "även", "utan", "mellan",
    "idag", "fel", "ej", "blev", "finns", "fanns", "kom", "gick", "mejl", "mejlet", "skickade", "upptäckte", "ungefär",
    "cirka", "ca", "stämmer", "fortfarande", "dag", "igen", "också", "kl", "klockan", "någonting", "eftersom", "kunde",
    "måste", "får", "behöver",
];

/// Common English words that are not Swedish words (so not "i", "under", "hand", "by").
const ENGLISH: &[&str] = &[
    "the", "and", "to", "of", "a", "is", "was", "it", "my", "we", "on", "in", "for", "with", "not", "this", "that",
    "have", "has", "had", "from", "yesterday", "hi", "hello", "our", "you", "your", "are", "were", "be", "been", "at",
    "an", "they", "he", "she", "there", "what", "how", "which", "who", "would", "could", "should", "can", "will",
    "just", "about", "some", "all", "today", "morning", "please", "thanks", "email", "sent", "wrong", "don't", "know",
    "did", "do", "does", "it's", "i'm", "i've", "when", "where", "why", "still", "yes", "no", "around", "last",
    "night", "week", "someone", "because", "but", "if", "so", "by", "or", "its", "their", "them", "me", "us", "these",
    "those", "than",
];

/// Both lists as lexicon groups: the one scan of a text finds them with everything else.
pub(crate) const FUNCTION_WORDS: &[Group] =
    &[Group { id: "sv", weight: 1, terms: SWEDISH }, Group { id: "en", weight: 1, terms: ENGLISH }];

/// The language of `text`, or `None` when it is too short or too mixed to tell.
pub fn detect(text: &str) -> Option<Lang> {
    let tokens = Tokens::new(text);
    detect_scanned(&tokens, &lexicon::scan(&tokens))
}

/// [`detect`] on a text already scanned.
pub(crate) fn detect_scanned(tokens: &Tokens<'_>, hits: &[Hit]) -> Option<Lang> {
    let (mut sv, mut en) = (0usize, 0usize);
    let mut swedish_word = vec![false; tokens.len()];
    for h in hits.iter().filter(|h| h.table == Table::LangWord) {
        if h.id == "sv" {
            sv += 1;
            swedish_word[h.first] = true;
        } else {
            en += 1;
        }
    }
    // Swedish letters in a word are Swedish evidence, once per word.
    sv += (0..tokens.len()).filter(|&i| !swedish_word[i] && has_swedish_letter(tokens.word(i))).count();
    // A single function word ("ja", "about 25") is not enough to switch languages.
    match (sv, en) {
        (s, e) if s >= 2 && s > e => Some(Lang::Sv),
        (s, e) if e >= 2 && e > s => Some(Lang::En),
        _ => None,
    }
}

/// å, ä or ö (lowercase, UTF-8: 0xC3 then 0xA5, 0xA4 or 0xB6).
fn has_swedish_letter(w: &str) -> bool {
    w.as_bytes().windows(2).any(|p| p[0] == 0xC3 && matches!(p[1], 0xA5 | 0xA4 | 0xB6))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tells_swedish_from_english() {
        let cases: &[(&str, Option<Lang>)] = &[
            ("Hej! Jag skickade av misstag ett mejl till fel mottagare igår", Some(Lang::Sv)),
            ("min jobbmobil är borta tror jag glömde den på bussen", Some(Lang::Sv)),
            ("Hi, my work laptop was stolen from my car on Saturday night", Some(Lang::En)),
            ("I just realised that this morning I uploaded a protocol", Some(Lang::En)),
            ("I don't know", Some(Lang::En)),
            ("Vet inte", Some(Lang::Sv)),
            ("Mänskliga faktorn, ett misstag i det enskilda fallet", Some(Lang::Sv)),
            ("Försvunnen personakt", None),
            ("ja", None),
            ("Yes", None),
            ("4", None),
            ("2026-03-09 15:00", None),
            ("den 9 mars 2026", None),
            ("about 25", None),
            ("", None),
            ("ungefär 30", None),
        ];
        for (text, want) in cases {
            assert_eq!(detect(text), *want, "{text:?}");
        }
    }
}
