//! What the extractor sees in a text: every lexicon hit, then the extraction.
//!
//!     cargo run -p workflows --example hits -- 2026-05-20T16:55 < message.txt

use std::io::Read;

use workflows::extract::extract;
use workflows::lexicon::{Tokens, scan};

fn main() {
    let now = std::env::args().nth(1).unwrap_or_else(|| "2026-01-01T12:00".to_owned());
    let now = chrono::NaiveDateTime::parse_from_str(&now, "%Y-%m-%dT%H:%M").expect("now as YYYY-MM-DDTHH:MM");
    let mut text = String::new();
    std::io::stdin().read_to_string(&mut text).expect("a text on stdin");
    let tokens = Tokens::new(&text);
    for h in &scan(&tokens) {
        let words: Vec<&str> = (h.first..=h.last).map(|k| tokens.word(k)).collect();
        println!("{:?} {} w{} [{}]", h.table, h.id, h.weight, words.join(" "));
    }
    for f in workflows::when::find_all_forwarded(&text, now) {
        println!("date {:?} [{}]", f.when, &text[f.start..f.end]);
    }
    let e = extract(&text, None, now);
    println!("{:?} {:?}", e.kind, e.lang);
    for (k, v) in &e.fields {
        println!("  {k}: {v:?}");
    }
}
