//! What the DSO takes out of dsobot: a case as IMY's form, the incident register as CSV.

use minijinja::context;
use serde::Serialize;
use workflows::catalog::Catalog;
use workflows::{Case, Kind, Lang, Value, clocks, dialogue};

use crate::config::Config;
use crate::render::{Renderer, display_value};

/// IMY's form, section by section (question numbers of "Anmälan av personuppgiftsincident").
const SECTIONS: &[(&str, u32, u32)] = &[
    ("Personuppgiftsansvarig", 1, 4),
    ("Kontaktuppgifter för anmälan", 5, 9),
    ("Incidenten", 10, 18),
    ("Verksamheten", 19, 20),
    ("Biträden", 21, 22),
    ("Uppgifterna och de registrerade", 23, 27),
    ("Konsekvenser", 28, 29),
    ("Åtgärder", 30, 30),
    ("Information till de registrerade", 31, 35),
    ("Komplettering och sekretess", 36, 37),
];

#[derive(Clone, Serialize)]
struct Question {
    n: u32,
    label: String,
    required: bool,
    value: String,
}

#[derive(Serialize)]
struct Section {
    title: &'static str,
    questions: Vec<Question>,
}

/// The case as IMY's form in Markdown: numbered questions, Swedish labels, ready to copy.
pub fn imy_form(renderer: &Renderer, config: &Config, case: &Case) -> anyhow::Result<String> {
    anyhow::ensure!(case.kind == Kind::Incident, "{} is not an incident: only incidents are notified to IMY", case.number);
    let catalog = Catalog::get();
    let missing = dialogue::missing(case);
    let mut questions: Vec<Question> = catalog
        .fields(Kind::Incident)
        .iter()
        .filter_map(|f| {
            let n = f.imy?;
            let value = match case.value(&f.id) {
                Some(v) => display_value(&f.id, v, Lang::Sv),
                None if case.unknown.contains(&f.id) => "Okänt i dag; kompletteras.".to_owned(),
                None if missing.contains(&f.id) => "(saknas)".to_owned(),
                None => "–".to_owned(),
            };
            Some(Question { n, label: catalog.field_label(&f.id, Lang::Sv).to_owned(), required: f.required, value })
        })
        .collect();
    if let Some(address) = &config.organisation.postal_address {
        for (n, label) in [(3, "Organisationens postadress"), (9, "Den adress ni önskar bli kontaktad på")] {
            questions.push(Question { n, label: label.to_owned(), required: n == 9, value: address.clone() });
        }
    }
    questions.sort_by_key(|q| q.n);
    let sections: Vec<Section> = SECTIONS
        .iter()
        .map(|(title, lo, hi)| Section {
            title,
            questions: questions.iter().filter(|q| (*lo..=*hi).contains(&q.n)).cloned().collect(),
        })
        .filter(|s| !s.questions.is_empty())
        .collect();
    let tz = renderer.tz();
    let deadline = clocks::case_deadline(case, tz, renderer.cal()).map(|d| d.due.with_timezone(&tz).format("%Y-%m-%d %H:%M").to_string());
    let notes: Vec<_> = case
        .notes
        .iter()
        .map(|n| context! { label => if n.field.is_empty() { "Övrigt".to_owned() } else { catalog.field_label(&n.field, Lang::Sv).to_owned() }, text => &n.text })
        .collect();
    renderer.export("imy.md", context! { number => &case.number, sections, deadline, notes })
}

/// The columns of a Swedish municipal incident register.
pub const REGISTER_COLUMNS: [&str; 8] = [
    "Ärende",
    "Rubrik",
    "När upptäckte ni incidenten?",
    "Beskrivning",
    "Är det osannolikt att incidenten medfört en risk för de registrerades fri- och rättigheter?",
    "Har incidenten anmälts till en tillsynsmyndighet?",
    "När inträffade incidenten?",
    "Varför inträffade incidenten enligt er uppfattning?",
];

/// The incident register as CSV: one row per incident, oldest first.
pub fn register_csv(cases: &[Case]) -> anyhow::Result<String> {
    let mut w = csv::Writer::from_writer(Vec::new());
    w.write_record(REGISTER_COLUMNS)?;
    for case in cases.iter().filter(|c| c.kind == Kind::Incident) {
        let show = |id: &str| case.value(id).map(|v| display_value(id, v, Lang::Sv)).unwrap_or_default();
        let notified = match (case.value("authority_notified_at"), case.value("notify_authority")) {
            (Some(v), _) => format!("Ja, {}", display_value("authority_notified_at", v, Lang::Sv)),
            (None, Some(Value::Bool(true))) => "Nej, ska anmälas".to_owned(),
            (None, _) => "Nej".to_owned(),
        };
        w.write_record([
            case.number.clone(),
            show("title"),
            show("discovered_at"),
            show("description"),
            show("risk_unlikely"),
            notified,
            show("occurred_at"),
            show("cause"),
        ])?;
    }
    Ok(String::from_utf8(w.into_inner()?)?)
}
