//! Replies as the simulated person of `../shared/tools/corpus_check.py converse` writes them
//! (`say()`: option labels, "ungefär 30", "mellan 1 och 10", every date format, "Vet inte"),
//! for every expected value of every case in the shared corpus and in `tests/fixtures/`, alone
//! and two at a time joined with ". ". Each must read back as the same value.

use std::path::{Path, PathBuf};

use chrono::{Datelike, NaiveDate, NaiveDateTime, Timelike};
use serde_json::Value as Json;
use workflows::answer::{Answer, parse_reply};
use workflows::catalog::{Catalog, FieldDef, Source};
use workflows::when::When;

mod common;
use common::same;

const MONTHS: [&str; 12] = [
    "januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november",
    "december",
];
const EN_MONTHS: [&str; 12] = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
    "December",
];

/// `LABELS` of `corpus_check.py`.
fn label(field: &str, v: &str) -> Option<&'static str> {
    Some(match (field, v) {
        ("cause", "human_error") => "Mänskliga faktorn, ett misstag i det enskilda fallet",
        ("cause", "internal_malicious") => "Medvetet angrepp från någon inom organisationen",
        ("cause", "systematic_process_flaw") => "Brist i våra rutiner, ett systematiskt fel",
        ("cause", "technical_fault") => "Tekniskt fel i systemet",
        ("cause", "external_attack") => "Angrepp utifrån",
        ("cause", "unknown") => "Okänd orsak",
        ("cause", "other") => "Övrigt",
        ("nature", "unauthorised_disclosure") => "Obehörigt röjande",
        ("nature", "unauthorised_access") => "Obehörig åtkomst",
        ("nature", "loss") => "Förlust",
        ("nature", "destruction") => "Förstöring",
        ("nature", "alteration") => "Ändring",
        ("data_subject_categories", "employees") => "anställda",
        ("data_subject_categories", "customers") => "kunder",
        ("data_subject_categories", "patients") => "patienter",
        ("data_subject_categories", "children") => "barn",
        ("data_subject_categories", "pupils") => "elever",
        ("data_subject_categories", "vulnerable") => "utsatta personer",
        ("data_subject_categories", "users") => "användare",
        ("data_subject_categories", "other") => "övrigt",
        ("data_categories", "health") => "hälsa",
        ("data_categories", "personal_identity_number") => "personnummer",
        ("data_categories", "criminal_offences") => "uppgifter om brott",
        ("data_categories", "ethnic_origin") => "etniskt ursprung",
        ("data_categories", "contact") => "kontaktinformation",
        ("data_categories", "financial") => "ekonomisk information",
        ("data_categories", "identifying") => "identifierande information",
        ("data_categories", "other") => "övrigt",
        ("consequences", "loss_of_control") => "förlorad kontroll över de egna personuppgifterna",
        ("consequences", "loss_of_confidentiality_professional_secrecy") => {
            "förlust av konfidentialitet för uppgifter med tystnadsplikt"
        }
        ("not_informing_reasons", "no_high_risk") => "ingen hög risk",
        ("not_informing_reasons", "disproportionate_public_notice") => {
            "oproportionerlig ansträngning, vi informerar allmänheten"
        }
        ("request_type", "access") => "registerutdrag",
        ("request_type", "erasure") => "radering",
        ("request_type", "rectification") => "rättelse",
        _ => return None,
    })
}

/// Every way `say_datetime` can write a value.
fn say_datetime(v: &str, en: bool) -> Vec<String> {
    let w = When::parse_field(v).unwrap_or_else(|| panic!("bad date {v}"));
    let d: NaiveDate = w.date();
    let (day, m, y) = (d.day(), d.month() as usize - 1, d.year());
    match (w, en) {
        (When::Date(_), true) => vec![format!("{day} {} {y}", EN_MONTHS[m]), format!("{} {day}, {y}", EN_MONTHS[m])],
        (When::DateTime(t), true) => vec![
            format!("{day} {} {y} at {:02}:{:02}", EN_MONTHS[m], t.hour(), t.minute()),
            t.format("%Y-%m-%d %H:%M").to_string(),
        ],
        (When::Date(_), false) => vec![format!("den {day} {} {y}", MONTHS[m]), d.format("%Y-%m-%d").to_string()],
        (When::DateTime(t), false) => vec![
            format!("den {day} {} {y} kl {:02}.{:02}", MONTHS[m], t.hour(), t.minute()),
            t.format("%Y-%m-%d %H:%M").to_string(),
            format!("{day}/{} {y}, klockan {:02}:{:02}", m + 1, t.hour(), t.minute()),
        ],
    }
}

/// Every way `say` can write a value.
fn say(field: &str, v: &Json, en: bool) -> Vec<String> {
    if field.ends_with("_at") {
        return say_datetime(v.as_str().unwrap_or_default(), en);
    }
    match v {
        Json::Bool(b) => vec![
            if en {
                if *b { "Yes" } else { "No" }
            } else if *b {
                "Ja"
            } else {
                "Nej"
            }
            .to_owned(),
        ],
        Json::Object(o) => {
            if let Some(n) = o.get("exact") {
                vec![n.to_string()]
            } else if let Some(n) = o.get("approx") {
                vec![if en { format!("about {n}") } else { format!("ungefär {n}") }]
            } else {
                let r = o["range"].as_str().unwrap_or_default();
                match r.split_once('-') {
                    Some((a, b)) => vec![format!("mellan {a} och {b}")],
                    None => vec![format!("fler än {}", r.trim_end_matches('+'))],
                }
            }
        }
        Json::Array(items) => {
            let words: Vec<String> = items
                .iter()
                .map(|x| x.as_str().unwrap_or_default())
                .map(|x| label(field, x).map_or(x.to_owned(), str::to_owned))
                .collect();
            let joined = match words.as_slice() {
                [one] => one.clone(),
                [rest @ .., last] => format!("{}{}{last}", rest.join(", "), if en { " and " } else { " och " }),
                [] => String::new(),
            };
            vec![joined]
        }
        Json::String(s) => vec![label(field, s).map_or(s.clone(), str::to_owned)],
        other => vec![other.to_string()],
    }
}

fn cases() -> Vec<(String, String, NaiveDateTime, serde_json::Map<String, Json>)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let dirs: [PathBuf; 2] = [root.join("../../shared/corpus"), root.join("tests/fixtures")];
    let mut out = Vec::new();
    for dir in dirs {
        let Ok(entries) = std::fs::read_dir(&dir) else { continue };
        for e in entries.flatten() {
            let Ok(text) = std::fs::read_to_string(e.path()) else { continue };
            let Ok(j) = serde_json::from_str::<Json>(&text) else { continue };
            let at = chrono::DateTime::parse_from_rfc3339(j["message"]["at"].as_str().unwrap_or_default())
                .map(|t| t.with_timezone(&chrono_tz::Europe::Stockholm).naive_local())
                .unwrap_or_default();
            let fields = j["expected"]["fields"].as_object().cloned().unwrap_or_default();
            out.push((
                j["id"].as_str().unwrap_or_default().to_owned(),
                j["expected"]["kind"].as_str().unwrap_or_default().to_owned(),
                at,
                fields,
            ));
        }
    }
    out
}

fn asked(kind: &str, id: &str) -> Option<&'static FieldDef> {
    let k = kind.parse().ok()?;
    Catalog::get().field(k, id).filter(|f| matches!(f.ask, Source::Reporter | Source::Manager | Source::Dso))
}

fn json(a: &Answer) -> Json {
    match a {
        Answer::Value(v) => v.to_json(),
        Answer::Unknown => Json::String("<unknown>".into()),
        Answer::NotUnderstood => Json::String("<not understood>".into()),
    }
}

#[test]
fn every_expected_value_reads_back_as_the_simulated_person_says_it() {
    let mut tried = 0;
    let mut misses = Vec::new();
    for (id, kind, at, fields) in cases() {
        // The person answers an hour after the first message; relative dates are not used.
        let now = at + chrono::Duration::hours(1);
        let en = id.starts_with("english") || id.starts_with("ho-english");
        for (f, v) in &fields {
            let Some(def) = asked(&kind, f) else { continue };
            for text in say(f, v, en) {
                tried += 1;
                let got = parse_reply(&[def], &text, now);
                if !same(f, v, &json(&got[0])) {
                    misses.push(format!("{id}: {f} said {text:?} read {} want {v}", json(&got[0])));
                }
            }
        }
    }
    for m in &misses {
        println!("{m}");
    }
    assert!(tried > 50, "only {tried} replies tried");
    assert!(misses.is_empty(), "{} of {tried} replies misread", misses.len());
}

#[test]
fn two_answers_in_one_reply_read_back() {
    let mut tried = 0;
    let mut misses = Vec::new();
    let dont_know = |en: bool| if en { "Don't know" } else { "Vet inte" };
    for (id, kind, at, fields) in cases() {
        let now = at + chrono::Duration::hours(1);
        let en = id.starts_with("english") || id.starts_with("ho-english");
        let Ok(k) = kind.parse() else { continue };
        // The pairs the bot asks together: fields of one group.
        let defs = Catalog::get().fields(k);
        for (i, a) in defs.iter().enumerate() {
            let Some(b) = defs[i + 1..].iter().find(|b| b.group.is_some() && b.group == a.group) else { continue };
            if asked(&kind, &a.id).is_none() || asked(&kind, &b.id).is_none() {
                continue;
            }
            let said = |d: &FieldDef| fields.get(&d.id).map_or(vec![dont_know(en).to_owned()], |v| say(&d.id, v, en));
            for x in said(a) {
                for y in said(b) {
                    tried += 1;
                    let text = format!("{x}. {y}");
                    let got = parse_reply(&[a, b], &text, now);
                    for (d, g) in [a, b].iter().zip(&got) {
                        let ok = match fields.get(&d.id) {
                            Some(v) => same(&d.id, v, &json(g)),
                            None => *g == Answer::Unknown,
                        };
                        if !ok {
                            misses.push(format!("{id}: {text:?} -> {} read {}", d.id, json(g)));
                        }
                    }
                }
            }
        }
    }
    for m in &misses {
        println!("{m}");
    }
    assert!(tried > 20, "only {tried} pairs tried");
    assert!(misses.is_empty(), "{} misread in {tried} two-answer replies", misses.len());
}
