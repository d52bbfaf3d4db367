//! What the DSO takes out of dsobot: a case as IMY's form (Markdown, HTML, JSON), the incident
//! register as CSV and XLSX.

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

/// IMY's form filled in from a case: what the Markdown, HTML and JSON exports show.
#[derive(Serialize)]
pub struct ImyForm {
    pub number: String,
    pub org: String,
    sections: Vec<Section>,
    /// The 72-hour deadline, local time.
    pub deadline: Option<String>,
    notes: Vec<NoteView>,
}

#[derive(Serialize)]
struct NoteView {
    label: String,
    text: String,
}

/// The case as IMY's form in Markdown: numbered questions, Swedish labels, ready to copy.
pub fn imy_form(renderer: &Renderer, config: &Config, case: &Case) -> anyhow::Result<String> {
    let form = imy_view(renderer, config, case)?;
    renderer.export("imy.md", minijinja::Value::from_serialize(&form))
}

/// The case as IMY's form, a print-ready HTML page. `standalone`: with its style inside (a file);
/// else it links the served style sheet (the web's CSP allows no inline style).
pub fn imy_html(renderer: &Renderer, config: &Config, case: &Case, standalone: bool) -> anyhow::Result<String> {
    let form = imy_view(renderer, config, case)?;
    let css = standalone.then_some(include_str!("../templates/web/imy.css"));
    renderer.export("imy.html", context! { css, ..minijinja::Value::from_serialize(&form) })
}

/// The case as IMY's form in JSON: sections of numbered questions with labels and values.
pub fn imy_json(renderer: &Renderer, config: &Config, case: &Case) -> anyhow::Result<serde_json::Value> {
    Ok(serde_json::to_value(imy_view(renderer, config, case)?)?)
}

pub fn imy_view(renderer: &Renderer, config: &Config, case: &Case) -> anyhow::Result<ImyForm> {
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
        .map(|n| NoteView { label: if n.field.is_empty() { "Övrigt".to_owned() } else { catalog.field_label(&n.field, Lang::Sv).to_owned() }, text: n.text.clone() })
        .collect();
    Ok(ImyForm { number: case.number.clone(), org: config.organisation.name.clone(), sections, deadline, notes })
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
    for row in register_rows(cases) {
        w.write_record(row)?;
    }
    Ok(String::from_utf8(w.into_inner()?)?)
}

/// The incident register as an Excel workbook: the same columns, a bold header row kept in view,
/// wrapped text, filters on the header.
pub fn register_xlsx(cases: &[Case]) -> anyhow::Result<Vec<u8>> {
    use rust_xlsxwriter::{Format, Workbook};
    let mut book = Workbook::new();
    let sheet = book.add_worksheet();
    sheet.set_name("Incidentregister")?;
    let bold = Format::new().set_bold().set_text_wrap();
    let wrap = Format::new().set_text_wrap().set_align(rust_xlsxwriter::FormatAlign::Top);
    for (c, title) in REGISTER_COLUMNS.iter().enumerate() {
        sheet.write_with_format(0, c as u16, *title, &bold)?;
        sheet.set_column_width(c as u16, if c == 3 { 60 } else { 22 })?;
    }
    let rows = register_rows(cases);
    for (r, row) in rows.iter().enumerate() {
        for (c, v) in row.iter().enumerate() {
            sheet.write_with_format(r as u32 + 1, c as u16, v.as_str(), &wrap)?;
        }
    }
    sheet.set_freeze_panes(1, 0)?;
    sheet.autofilter(0, 0, rows.len() as u32, REGISTER_COLUMNS.len() as u16 - 1)?;
    Ok(book.save_to_buffer()?)
}

/// One register row per incident, in [`REGISTER_COLUMNS`] order.
fn register_rows(cases: &[Case]) -> Vec<[String; 8]> {
    let mut rows = Vec::new();
    for case in cases.iter().filter(|c| c.kind == Kind::Incident) {
        let show = |id: &str| case.value(id).map(|v| display_value(id, v, Lang::Sv)).unwrap_or_default();
        let notified = match (case.value("authority_notified_at"), case.value("notify_authority")) {
            (Some(v), _) => format!("Ja, {}", display_value("authority_notified_at", v, Lang::Sv)),
            (None, Some(Value::Bool(true))) => "Nej, ska anmälas".to_owned(),
            (None, _) => "Nej".to_owned(),
        };
        rows.push([
            case.number.clone(),
            show("title"),
            show("discovered_at"),
            show("description"),
            show("risk_unlikely"),
            notified,
            show("occurred_at"),
            show("cause"),
        ]);
    }
    rows
}
