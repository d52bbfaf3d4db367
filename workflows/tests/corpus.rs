//! Extraction measured the way `../shared/tools/corpus_check.py extract` measures it: recall on
//! the fields each case's text states, precision on every field filled that the case expects,
//! and the kind of every case. Run over the shared evaluation corpus and over our own held-out
//! messages in `tests/fixtures/` (written separately from the rules, to catch overfitting).
//!
//! `cargo test -p workflows --test corpus -- --nocapture` prints every miss.

use std::path::{Path, PathBuf};

use chrono::{DateTime, NaiveDateTime};
use serde_json::Value as Json;
use workflows::extract::extract;

mod common;
use common::same;

struct Case {
    id: String,
    at: NaiveDateTime,
    subject: Option<String>,
    text: String,
    kind: String,
    expected: serde_json::Map<String, Json>,
    stated: Vec<String>,
}

/// Fields the scorer does not compare (as `corpus_check.py`'s SKIP).
const SKIP: &[&str] = &["title"];

fn load(dir: &Path) -> Vec<Case> {
    let Ok(entries) = std::fs::read_dir(dir) else { return Vec::new() };
    let mut paths: Vec<PathBuf> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    paths.sort();
    paths
        .iter()
        .map(|p| {
            let text = std::fs::read_to_string(p).unwrap_or_else(|e| panic!("{}: {e}", p.display()));
            let j: Json = serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", p.display()));
            let m = &j["message"];
            let at = DateTime::parse_from_rfc3339(m["at"].as_str().unwrap_or_default())
                .unwrap_or_else(|e| panic!("{}: bad time: {e}", p.display()))
                .with_timezone(&chrono_tz::Europe::Stockholm)
                .naive_local();
            Case {
                id: j["id"].as_str().unwrap_or_default().to_owned(),
                at,
                subject: m["subject"].as_str().map(str::to_owned),
                text: m["text"].as_str().unwrap_or_default().to_owned(),
                kind: j["expected"]["kind"].as_str().unwrap_or_default().to_owned(),
                expected: j["expected"]["fields"].as_object().cloned().unwrap_or_default(),
                stated: j["stated_in_text"]
                    .as_array()
                    .map(|a| a.iter().filter_map(|s| s.as_str().map(str::to_owned)).collect())
                    .unwrap_or_default(),
            }
        })
        .collect()
}

struct Score {
    hit: usize,
    total: usize,
    given: usize,
    wrong: usize,
    kind_ok: usize,
    cases: usize,
}

impl Score {
    fn recall(&self) -> f64 {
        if self.total == 0 { 1.0 } else { self.hit as f64 / self.total as f64 }
    }
    fn precision(&self) -> f64 {
        if self.given == 0 { 1.0 } else { 1.0 - self.wrong as f64 / self.given as f64 }
    }
}

fn score(cases: &[Case]) -> Score {
    let mut s = Score { hit: 0, total: 0, given: 0, wrong: 0, kind_ok: 0, cases: cases.len() };
    for c in cases {
        let ext = extract(&c.text, c.subject.as_deref(), c.at);
        if ext.kind.as_str() == c.kind {
            s.kind_ok += 1;
        } else {
            println!("{}: kind {} want {}", c.id, ext.kind.as_str(), c.kind);
        }
        let got: serde_json::Map<String, Json> = ext.fields.iter().map(|(k, v)| (k.clone(), v.to_json())).collect();
        for f in &c.stated {
            s.total += 1;
            let want = &c.expected[f];
            let g = got.get(f).cloned().unwrap_or(Json::Null);
            if same(f, want, &g) {
                s.hit += 1;
            } else {
                println!("{}: {f} want {want} got {g}", c.id);
            }
        }
        for (f, v) in &got {
            if SKIP.contains(&f.as_str()) {
                continue;
            }
            if let Some(want) = c.expected.get(f) {
                s.given += 1;
                if !same(f, want, v) {
                    s.wrong += 1;
                    if !c.stated.contains(f) {
                        println!("{}: {f} guessed {v}, truth {want}", c.id);
                    }
                }
            }
        }
    }
    println!(
        "recall {:.3} ({}/{}) precision {:.3} ({} wrong of {}) kind {}/{}",
        s.recall(),
        s.hit,
        s.total,
        s.precision(),
        s.wrong,
        s.given,
        s.kind_ok,
        s.cases
    );
    s
}

fn assert_bar(dir: &Path, s: &Score) {
    assert!(s.cases > 0, "no cases in {}", dir.display());
    assert!(s.recall() >= 0.85, "recall {:.3} < 0.85 on {}", s.recall(), dir.display());
    assert!(s.precision() >= 0.95, "precision {:.3} < 0.95 on {}", s.precision(), dir.display());
    assert_eq!(s.kind_ok, s.cases, "kind accuracy below 100% on {}", dir.display());
}

/// The corpus to measure: `DSOBOT_CORPUS` (a relative path is taken from the workspace root, where
/// the command is run; tests themselves run in the crate's directory), else the shared corpus.
fn corpus_dir() -> (PathBuf, bool) {
    let crate_dir = Path::new(env!("CARGO_MANIFEST_DIR"));
    match std::env::var_os("DSOBOT_CORPUS").map(PathBuf::from) {
        Some(p) if p.is_relative() => (crate_dir.join("..").join(p), true),
        Some(p) => (p, true),
        None => (crate_dir.join("../../shared/corpus"), false),
    }
}

#[test]
fn shared_corpus_meets_the_bar() {
    let (dir, asked) = corpus_dir();
    // A corpus asked for by name must be there: measuring nothing would pass silently.
    assert!(!asked || dir.is_dir(), "DSOBOT_CORPUS: no directory {}", dir.display());
    if !dir.is_dir() {
        // The shared corpus sits beside the checkout; without it there is nothing to measure.
        return;
    }
    let cases = load(&dir);
    assert_bar(&dir, &score(&cases));
}

#[test]
fn held_out_messages_meet_the_bar() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let cases = load(&dir);
    assert_bar(&dir, &score(&cases));
}
