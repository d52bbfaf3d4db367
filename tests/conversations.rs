//! Whole conversations over the console channel for every case of ../shared/corpus: a simulated
//! person answers each question from the case's expected values, in varied Swedish phrasing.
//! Skipped quietly when ../shared/corpus is not beside the checkout.

mod common;

use std::path::Path;

use chrono::{DateTime, Duration, FixedOffset, NaiveDate, NaiveDateTime};
use serde_json::{Value, json};

const MONTHS: [&str; 12] = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december"];

/// How a person might say a value. `turn` varies the phrasing from question to question.
fn say(field: &str, v: &Value, turn: usize) -> String {
    if field.ends_with("_at") {
        let s = v.as_str().unwrap_or_default();
        if let Ok(dt) = NaiveDateTime::parse_from_str(s, "%Y-%m-%dT%H:%M") {
            return match turn % 3 {
                0 => format!("den {} {} {} kl. {}", dt.format("%-d"), MONTHS[dt.format("%-m").to_string().parse::<usize>().unwrap_or(1) - 1], dt.format("%Y"), dt.format("%H.%M")),
                1 => dt.format("%Y-%m-%d kl %H:%M").to_string(),
                _ => dt.format("%-d/%-m %Y klockan %H:%M").to_string(),
            };
        }
        if let Ok(d) = NaiveDate::parse_from_str(s, "%Y-%m-%d") {
            return match turn % 2 {
                0 => format!("{} {} {}", d.format("%-d"), MONTHS[d.format("%-m").to_string().parse::<usize>().unwrap_or(1) - 1], d.format("%Y")),
                _ => d.format("%Y-%m-%d").to_string(),
            };
        }
    }
    match v {
        Value::Bool(b) => if *b { ["ja", "Ja, det stämmer", "japp"][turn % 3] } else { ["nej", "Nej, inte", "nä"][turn % 3] }.to_owned(),
        Value::Object(o) => {
            if let Some(n) = o.get("exact") {
                n.to_string()
            } else if let Some(n) = o.get("approx") {
                [format!("ca {n}"), format!("runt {n} stycken")][turn % 2].clone()
            } else {
                let r = o.get("range").and_then(Value::as_str).unwrap_or("1-10");
                match r.split_once('-') {
                    Some((a, b)) => format!("någonstans mellan {a} och {b}"),
                    None => format!("över {}", r.trim_end_matches('+')),
                }
            }
        }
        Value::Array(items) => {
            let words: Vec<String> = items.iter().filter_map(Value::as_str).map(|s| label(field, s)).collect();
            match words.len() {
                0 => "vet inte".into(),
                1 => words[0].clone(),
                n => format!("{} och {}", words[..n - 1].join(", "), words[n - 1]),
            }
        }
        Value::String(s) => label(field, s),
        other => other.to_string(),
    }
}

/// Words a Swedish employee would use for an option.
fn label(field: &str, id: &str) -> String {
    let words = match (field, id) {
        ("cause", "human_error") => "det var ett mänskligt misstag",
        ("cause", "technical_fault") => "ett tekniskt fel",
        ("cause", "external_attack") => "angrepp utifrån",
        ("cause", "systematic_process_flaw") => "brist i rutinerna",
        ("cause", "unknown") => "okänd orsak",
        ("cause", "other") => "övrigt",
        ("nature", "unauthorised_disclosure") => "obehörigt röjande",
        ("nature", "unauthorised_access") => "obehörig åtkomst",
        ("nature", "loss") => "förlust",
        ("data_categories", "health") => "hälsouppgifter",
        ("data_categories", "personal_identity_number") => "personnummer",
        ("data_categories", "contact") => "kontaktuppgifter",
        ("data_categories", "identifying") => "namn",
        ("data_categories", "financial") => "ekonomiska uppgifter",
        ("data_categories", "criminal_offences") => "uppgifter om brott",
        ("data_categories", "other") => "övrigt",
        ("data_subject_categories", "children") => "barn",
        ("data_subject_categories", "customers") => "brukare",
        ("data_subject_categories", "pupils") => "elever",
        ("data_subject_categories", "patients") => "patienter",
        ("data_subject_categories", "employees") => "anställda",
        ("consequences", "loss_of_control") => "förlorad kontroll över personuppgifterna",
        ("consequences", "loss_of_confidentiality_professional_secrecy") => "förlust av konfidentialitet, tystnadsplikt",
        ("not_informing_reasons", "no_high_risk") => "ingen hög risk",
        ("not_informing_reasons", "disproportionate_public_notice") => "oproportionerlig ansträngning",
        ("request_type", "access") => "registerutdrag",
        _ => id,
    };
    words.to_owned()
}

#[tokio::test]
async fn corpus_conversations_end_with_the_expected_fields() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus");
    if !dir.is_dir() {
        eprintln!("no ../shared/corpus: skipped");
        return;
    }
    let mut files: Vec<_> = std::fs::read_dir(&dir).expect("corpus").flatten().map(|e| e.path()).filter(|p| p.extension().is_some_and(|x| x == "json")).collect();
    files.sort();
    let (mut right, mut total, mut ran) = (0, 0, 0);
    let mut misses = Vec::new();
    for path in files {
        let case: Value = serde_json::from_str(&std::fs::read_to_string(&path).expect("read")).expect("json");
        let expected = &case["expected"]["fields"];
        let bot = common::memory_bot().await;
        let first = case["message"].clone();
        let mut clock: DateTime<FixedOffset> = DateTime::parse_from_rfc3339(first["at"].as_str().expect("at")).expect("time");
        let mut pending: Vec<Value> = common::console(&bot, &[first]).await[0]["out"].as_array().cloned().unwrap_or_default();
        let mut number = None;
        let mut turn = 0;
        while let Some(msg) = (!pending.is_empty()).then(|| pending.remove(0)) {
            number = number.or_else(|| msg["case"].as_str().map(str::to_owned));
            let asks: Vec<String> = msg["asks"].as_array().map(|a| a.iter().filter_map(|v| v.as_str().map(str::to_owned)).collect()).unwrap_or_default();
            if asks.is_empty() {
                continue;
            }
            turn += 1;
            assert!(turn < 40, "{}: the conversation does not end", path.display());
            let parts: Vec<String> = asks.iter().map(|f| expected.get(f).map_or_else(|| ["vet inte", "Vet ej", "ingen aning"][turn % 3].to_owned(), |v| say(f, v, turn))).collect();
            clock += Duration::minutes(5);
            let reply = json!({"at": clock.to_rfc3339(), "from": msg["to"], "channel": msg["channel"], "case": msg["case"], "text": parts.join("\n")});
            pending.extend(common::console(&bot, &[reply]).await[0]["out"].as_array().cloned().unwrap_or_default());
        }
        ran += 1;
        let Some(number) = number else {
            assert_eq!(case["expected"]["kind"], "other", "{}: no case opened", path.display());
            continue;
        };
        let shown = common::console(&bot, &[json!({"show": number})]).await[0]["out"][0].clone();
        for (f, want) in expected.as_object().expect("fields") {
            if f == "title" {
                continue;
            }
            total += 1;
            let got = &shown["fields"][f];
            let same = match (want, got) {
                (Value::String(w), Value::String(g)) if f.ends_with("_at") => w[..10] == g[..10.min(g.len())] && (w.len() == 10 || g.len() == 10 || w == g),
                (Value::Array(w), Value::Array(g)) => w.iter().all(|x| g.contains(x)),
                (w, g) => w == g,
            };
            if same {
                right += 1;
            } else {
                misses.push(format!("{}: {f} want {want} got {got}", case["id"]));
            }
        }
    }
    assert!(ran > 0, "the corpus folder held no case");
    let accuracy = f64::from(right) / f64::from(total.max(1));
    eprintln!("conversations: {right}/{total} fields right ({accuracy:.2}) over {ran} cases\n{}", misses.join("\n"));
    assert!(accuracy >= 0.90, "accuracy {accuracy:.2} below 0.90:\n{}", misses.join("\n"));
}
