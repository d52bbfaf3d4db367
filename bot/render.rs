//! Every text a person reads comes from `templates/` (Swedish and English), rendered with minijinja.

use anyhow::Context;
use chrono_tz::Tz;
use minijinja::{Environment, context};
use serde::Serialize;
use workflows::catalog::{Catalog, FieldType};
use workflows::clocks;
use workflows::dialogue::{Outgoing, Say};
use workflows::{Case, Kind, Lang, Role, Value};

use crate::config::Config;

macro_rules! templates {
    ($($name:literal),* $(,)?) => {
        &[$(
            (concat!("sv/", $name), include_str!(concat!("../templates/sv/", $name))),
            (concat!("en/", $name), include_str!(concat!("../templates/en/", $name))),
        )*]
    };
}

const TEMPLATES: &[(&str, &str)] = templates!(
    "_ask.txt",
    "received.txt",
    "question.txt",
    "manager_request.txt",
    "corrected.txt",
    "note_added.txt",
    "summary.txt",
    "new_incident.txt",
    "complete.txt",
    "dsr_receipt.txt",
    "new_request.txt",
    "other_answer.txt",
    "case_closed.txt",
);

const EXPORTS: &[(&str, &str)] = &[
    ("imy.md", include_str!("../templates/imy.md")),
    ("show.txt", include_str!("../templates/show.txt")),
];

pub struct Renderer {
    env: Environment<'static>,
    tz: Tz,
    cal: workflows::calendar::Calendar,
    dso_name: String,
    dso_email: String,
}

#[derive(Serialize)]
struct AskView {
    id: String,
    label: String,
    #[serde(rename = "type")]
    ty: &'static str,
    options: Vec<OptionView>,
}

#[derive(Serialize)]
struct OptionView {
    n: usize,
    label: String,
}

#[derive(Serialize)]
pub struct LineView {
    pub id: String,
    pub label: String,
    pub value: String,
}

impl Renderer {
    pub fn new(config: &Config) -> anyhow::Result<Renderer> {
        let mut env = Environment::new();
        env.set_keep_trailing_newline(false);
        for (name, src) in TEMPLATES.iter().chain(EXPORTS) {
            env.add_template(name, src).with_context(|| format!("template {name}"))?;
        }
        Ok(Renderer {
            env,
            tz: config.organisation.time_zone,
            cal: config.calendar,
            dso_name: config.dso.name.clone(),
            dso_email: config.dso.email.clone(),
        })
    }

    pub fn tz(&self) -> Tz {
        self.tz
    }

    pub fn cal(&self) -> workflows::calendar::Calendar {
        self.cal
    }

    /// The text of one outgoing message.
    pub fn message(&self, out: &Outgoing, case: Option<&Case>) -> anyhow::Result<String> {
        let (name, reask) = match out.say {
            Say::Received => ("received", false),
            Say::Question { reask } => ("question", reask),
            Say::ManagerRequest => ("manager_request", false),
            Say::Corrected => ("corrected", false),
            Say::NoteAdded => ("note_added", false),
            Say::Summary => ("summary", false),
            Say::NewIncident => ("new_incident", false),
            Say::Complete => ("complete", false),
            Say::DsrReceipt => ("dsr_receipt", false),
            Say::NewRequest => ("new_request", false),
            Say::OtherAnswer => ("other_answer", false),
            Say::CaseClosed => ("case_closed", false),
        };
        let lang = out.lang;
        let template = self.env.get_template(&format!("{}/{name}.txt", lang.as_str()))?;
        let kind = case.map_or(Kind::Other, |c| c.kind);
        let asks: Vec<AskView> = out.asks.iter().map(|id| ask_view(kind, id, lang)).collect();
        let role = match out.role {
            Role::Reporter => "reporter",
            Role::Manager => "manager",
            Role::Dso => "dso",
        };
        let summary = case.map(|c| self.summary(c, lang)).unwrap_or_default();
        let text = template.render(context! {
            case => case.map(|c| self.case_view(c, lang)),
            asks, reask, role, summary,
            dso => context! { name => &self.dso_name, email => &self.dso_email },
        })?;
        Ok(text.trim().to_owned())
    }

    fn case_view(&self, case: &Case, lang: Lang) -> minijinja::Value {
        let catalog = Catalog::get();
        let deadline = clocks::case_deadline(case, self.tz, self.cal);
        let request_type = match case.value("request_type") {
            Some(Value::Enum(t)) => Some(catalog.option_label("request_type", t, lang).to_owned()),
            _ => None,
        };
        context! {
            number => &case.number,
            kind => case.kind.as_str(),
            kind_label => catalog.labels.kinds.get(case.kind.as_str()).map(|l| l.get(lang)),
            unit => &case.unit,
            state => case.state.as_str(),
            deadline => deadline.map(|d| d.due.with_timezone(&self.tz).format("%Y-%m-%d %H:%M").to_string()),
            deadline_date => deadline.map(|d| d.due.with_timezone(&self.tz).format("%Y-%m-%d").to_string()),
            deadline_from_date => deadline.is_some_and(|d| d.from_date_only),
            request_type,
        }
    }

    /// The reporter-facing facts of a case, labelled: dates, options, counts. Never free text, so a
    /// summary sent by e-mail repeats nothing the reporter wrote about the people affected.
    pub fn summary(&self, case: &Case, lang: Lang) -> Vec<LineView> {
        let catalog = Catalog::get();
        catalog
            .fields(case.kind)
            .iter()
            .filter(|f| f.ask.role() == Some(Role::Reporter) && f.ty != FieldType::Text && f.ty != FieldType::TextList)
            .filter_map(|f| {
                let value = match case.value(&f.id) {
                    Some(v) => display_value(&f.id, v, lang),
                    None if case.unknown.contains(&f.id) => catalog.labels.values.get("unknown")?.get(lang).to_owned(),
                    None => return None,
                };
                Some(LineView { id: f.id.clone(), label: catalog.field_label(&f.id, lang).to_owned(), value })
            })
            .collect()
    }

    pub fn export(&self, name: &str, ctx: minijinja::Value) -> anyhow::Result<String> {
        Ok(self.env.get_template(name)?.render(ctx)?)
    }
}

fn ask_view(kind: Kind, id: &str, lang: Lang) -> AskView {
    let catalog = Catalog::get();
    let def = catalog.field(kind, id).or_else(|| catalog.any_field(id));
    let ty = def.map_or(FieldType::Text, |d| d.ty);
    let options = def
        .map(|d| {
            d.options
                .iter()
                .enumerate()
                .map(|(i, o)| OptionView { n: i + 1, label: catalog.option_label(id, o, lang).to_owned() })
                .collect()
        })
        .unwrap_or_default();
    AskView { id: id.to_owned(), label: catalog.field_label(id, lang).to_owned(), ty: type_name(ty), options }
}

fn type_name(ty: FieldType) -> &'static str {
    match ty {
        FieldType::DateTime => "datetime",
        FieldType::Bool => "bool",
        FieldType::Count => "count",
        FieldType::Enum => "enum",
        FieldType::Set => "set",
        FieldType::Text => "text",
        FieldType::TextList => "text_list",
        FieldType::Actions => "actions",
    }
}

/// A value as a person reads it: option labels, yes/no, counts in words.
pub fn display_value(field: &str, v: &Value, lang: Lang) -> String {
    let catalog = Catalog::get();
    match v {
        Value::Bool(b) => catalog.labels.values.get(if *b { "true" } else { "false" }).map_or_else(|| b.to_string(), |l| l.get(lang).to_owned()),
        Value::Enum(o) => catalog.option_label(field, o, lang).to_owned(),
        Value::Set(items) => items.iter().map(|o| catalog.option_label(field, o, lang)).collect::<Vec<_>>().join(", "),
        Value::Count(c) => match (c, lang) {
            (workflows::Count::Exact(n), _) => n.to_string(),
            (workflows::Count::Approx(n), Lang::Sv) => format!("ca {n}"),
            (workflows::Count::Approx(n), Lang::En) => format!("about {n}"),
            (workflows::Count::Range(i), _) => workflows::Count::band_label(*i),
        },
        Value::When(w) => w.to_field_string().replace('T', " "),
        Value::Text(t) => t.clone(),
        Value::TextList(items) => items.join("; "),
        Value::Actions(a) => a.iter().map(|a| format!("{} {}", a.at.replace('T', " "), a.text)).collect::<Vec<_>>().join("; "),
    }
}
