//! Extraction throughput over real first messages: the shared corpus when it is beside the
//! checkout, else the crate's own fixtures.

use std::path::Path;

use chrono::{DateTime, NaiveDateTime};
use divan::counter::ItemsCount;

fn main() {
    divan::main();
}

fn messages() -> Vec<(String, Option<String>, NaiveDateTime)> {
    let dirs = [concat!(env!("CARGO_MANIFEST_DIR"), "/../../shared/corpus"), concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures")];
    let mut out = Vec::new();
    for dir in dirs.iter().map(Path::new).filter(|d| d.is_dir()) {
        let Ok(entries) = std::fs::read_dir(dir) else { continue };
        for e in entries.flatten().filter(|e| e.path().extension().is_some_and(|x| x == "json")) {
            let Ok(text) = std::fs::read_to_string(e.path()) else { continue };
            let Ok(j) = serde_json::from_str::<serde_json::Value>(&text) else { continue };
            let cases = if j.is_array() { j.as_array().cloned().unwrap_or_default() } else { vec![j] };
            for c in cases {
                let m = &c["message"];
                let (Some(t), Some(at)) = (m["text"].as_str(), m["at"].as_str()) else { continue };
                let Ok(at) = DateTime::parse_from_rfc3339(at) else { continue };
                let local = at.with_timezone(&chrono_tz::Europe::Stockholm).naive_local();
                out.push((t.to_owned(), m["subject"].as_str().map(str::to_owned), local));
            }
        }
        if !out.is_empty() {
            break;
        }
    }
    assert!(!out.is_empty(), "no messages to benchmark");
    out
}

#[divan::bench]
fn extract_all_messages(bencher: divan::Bencher) {
    let msgs = messages();
    bencher.counter(ItemsCount::new(msgs.len())).bench(|| {
        for (text, subject, now) in &msgs {
            divan::black_box(workflows::extract::extract(text, subject.as_deref(), *now));
        }
    });
}

/// The parts of the work: tokenising and scanning the lexicon, and finding dates.
#[divan::bench]
fn scan_all_messages(bencher: divan::Bencher) {
    let msgs = messages();
    bencher.counter(ItemsCount::new(msgs.len())).bench(|| {
        for (text, _, _) in &msgs {
            let tokens = workflows::lexicon::Tokens::new(text);
            divan::black_box(workflows::lexicon::scan(&tokens));
        }
    });
}

#[divan::bench]
fn dates_all_messages(bencher: divan::Bencher) {
    let msgs = messages();
    bencher.counter(ItemsCount::new(msgs.len())).bench(|| {
        for (text, _, now) in &msgs {
            divan::black_box(workflows::when::find_all_forwarded(text, *now));
        }
    });
}
