//! Golden output of every message template, Swedish and English. A mismatch writes
//! `tests/golden/NAME.actual` next to the expected file; copy it over when the change is meant.

use std::collections::BTreeMap;
use std::path::PathBuf;

use chrono::{DateTime, NaiveDate, Utc};
use dsobot::Config;
use dsobot::render::Renderer;
use workflows::dialogue::{self, Opening, Outgoing, Say};
use workflows::extract::Extraction;
use workflows::value::When;
use workflows::{Channel, Count, Kind, Lang, Party, Role, Value};

fn case(kind: Kind) -> workflows::Case {
    let config = Config::example();
    let at: DateTime<Utc> = DateTime::parse_from_rfc3339("2026-03-10T09:12:00+01:00").expect("time").to_utc();
    let mut fields = BTreeMap::new();
    if kind == Kind::Incident {
        fields.insert("discovered_at".to_owned(), Value::When(When::Date(NaiveDate::from_ymd_opt(2026, 3, 10).expect("date"))));
        fields.insert("nature".to_owned(), Value::Enum("unauthorised_disclosure".into()));
        fields.insert("data_subjects_count".to_owned(), Value::Count(Count::Approx(40)));
    } else {
        fields.insert("request_type".to_owned(), Value::Enum("access".into()));
    }
    let from = Party { address: "reporter@kommun.example".into(), channel: Channel::Email };
    let opening = Opening {
        number: format!("{}-2026-0001", kind.number_prefix()),
        manager: config.manager_of(&from).map(|(_, m)| m),
        unit: Some("Socialförvaltningen".into()),
        from,
        at,
        extraction: Extraction { kind, lang: Lang::Sv, fields, unknown: vec![] },
    };
    dialogue::open(&config.org(Channel::Email), opening).0
}

fn render_all(lang: Lang) -> String {
    let renderer = Renderer::new(&Config::example()).expect("templates parse");
    let incident = case(Kind::Incident);
    let dsr = case(Kind::DataSubjectRequest);
    let to = Party { address: "someone@kommun.example".into(), channel: Channel::Email };
    let asks = |a: &[&str]| a.iter().map(|s| (*s).to_owned()).collect::<Vec<_>>();
    type Example<'a> = (&'a str, Say, Role, Vec<String>, Option<&'a workflows::Case>);
    let cases: Vec<Example<'_>> = vec![
        ("received", Say::Received, Role::Reporter, asks(&["occurred_at", "discovered_at"]), Some(&incident)),
        ("question", Say::Question { reask: false }, Role::Reporter, asks(&["cause"]), Some(&incident)),
        ("question to the DSO", Say::Question { reask: false }, Role::Dso, asks(&["risk_unlikely", "notify_authority"]), Some(&incident)),
        ("re-ask", Say::Question { reask: true }, Role::Reporter, asks(&["data_categories", "records_count"]), Some(&incident)),
        ("manager request", Say::ManagerRequest, Role::Manager, asks(&["actions"]), Some(&incident)),
        ("corrected", Say::Corrected, Role::Reporter, asks(&["ongoing"]), Some(&incident)),
        ("note added", Say::NoteAdded, Role::Reporter, vec![], Some(&incident)),
        ("summary", Say::Summary, Role::Reporter, vec![], Some(&incident)),
        ("new incident", Say::NewIncident, Role::Dso, vec![], Some(&incident)),
        ("complete", Say::Complete, Role::Dso, vec![], Some(&incident)),
        ("receipt", Say::DsrReceipt, Role::Reporter, vec![], Some(&dsr)),
        ("new request", Say::NewRequest, Role::Dso, vec![], Some(&dsr)),
        ("other", Say::OtherAnswer, Role::Reporter, vec![], None),
        ("closed", Say::CaseClosed, Role::Reporter, vec![], Some(&incident)),
    ];
    let mut out = String::new();
    for (name, say, role, asks, case) in cases {
        let msg = Outgoing { to: to.clone(), role, lang, say, asks };
        let text = renderer.message(&msg, case).unwrap_or_else(|e| panic!("{name}: {e:#}"));
        assert!(!text.contains("{{") && !text.contains("{%"), "{name} left template syntax");
        out.push_str(&format!("=== {name}\n{text}\n\n"));
    }
    out
}

fn golden(name: &str, actual: &str) {
    let path: PathBuf = [env!("CARGO_MANIFEST_DIR"), "tests", "golden", name].iter().collect();
    let expected = std::fs::read_to_string(&path).unwrap_or_default();
    if expected != actual {
        let mut actual_path = path.clone();
        actual_path.set_extension("actual");
        std::fs::write(&actual_path, actual).expect("write .actual");
        panic!("{} differs from the golden file; see {}", name, actual_path.display());
    }
}

#[test]
fn every_swedish_message_matches_its_golden_text() {
    golden("messages.sv.txt", &render_all(Lang::Sv));
}

#[test]
fn every_english_message_matches_its_golden_text() {
    golden("messages.en.txt", &render_all(Lang::En));
}
