//! The case fields as data: `definitions/fields.toml` (types, options, who is asked, when a field
//! is required) and `templates/labels.toml` (what people read). Both are compiled in, parsed once.

use std::collections::BTreeMap;
use std::sync::OnceLock;

use serde::Deserialize;

use crate::model::{Kind, Lang, Role};

const FIELDS_TOML: &str = include_str!("../definitions/fields.toml");
const LABELS_TOML: &str = include_str!("../../templates/labels.toml");

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FieldType {
    #[serde(rename = "datetime")]
    DateTime,
    Bool,
    Count,
    Enum,
    Set,
    Text,
    TextList,
    Actions,
}

/// Who supplies a field's value.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Source {
    Reporter,
    Manager,
    Dso,
    /// From the organisation's configuration; never asked.
    Config,
    /// Set by the bot itself (case number, reporter, title).
    Bot,
    /// Recorded later by the DSO (e.g. notified to IMY); not asked in the first round.
    None,
}

impl Source {
    pub fn role(self) -> Option<Role> {
        match self {
            Source::Reporter => Some(Role::Reporter),
            Source::Manager => Some(Role::Manager),
            Source::Dso => Some(Role::Dso),
            _ => None,
        }
    }
}

#[derive(Debug, Clone, Deserialize)]
pub struct FieldDef {
    pub id: String,
    #[serde(default)]
    pub imy: Option<u32>,
    #[serde(rename = "type")]
    pub ty: FieldType,
    #[serde(default)]
    pub options: Vec<String>,
    pub ask: Source,
    #[serde(default)]
    pub required: bool,
    /// `field=value`: required only when that field has that value.
    #[serde(default)]
    pub when: Option<String>,
    #[serde(default)]
    pub group: Option<String>,
}

impl FieldDef {
    /// The condition of `when`, split: (field, JSON value as text).
    pub fn condition(&self) -> Option<(&str, &str)> {
        self.when.as_deref().and_then(|w| w.split_once('='))
    }
}

#[derive(Debug, Clone, Deserialize)]
pub struct Label {
    pub sv: String,
    pub en: String,
}

impl Label {
    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::Sv => &self.sv,
            Lang::En => &self.en,
        }
    }
}

#[derive(Debug, Deserialize)]
struct FieldsFile {
    incident: Vec<FieldDef>,
    data_subject_request: Vec<FieldDef>,
}

#[derive(Debug, Deserialize)]
pub struct Labels {
    pub fields: BTreeMap<String, Label>,
    pub options: BTreeMap<String, BTreeMap<String, Label>>,
    pub kinds: BTreeMap<String, Label>,
    pub states: BTreeMap<String, Label>,
    pub values: BTreeMap<String, Label>,
    /// Who someone is on a case, as a message names them ("anmälaren", "the manager").
    pub roles: BTreeMap<String, Label>,
    /// What a legal clock waits for ("anmälan till IMY").
    pub clocks: BTreeMap<String, Label>,
    /// Units of time, singular and plural: "hour" = { sv = "timme|timmar", ... }.
    pub units: BTreeMap<String, Label>,
}

pub struct Catalog {
    pub incident: Vec<FieldDef>,
    pub data_subject_request: Vec<FieldDef>,
    pub labels: Labels,
}

impl Catalog {
    pub fn get() -> &'static Catalog {
        static CATALOG: OnceLock<Catalog> = OnceLock::new();
        CATALOG.get_or_init(|| {
            // Both files are compiled in and covered by tests: a parse error is a build defect.
            let fields: FieldsFile = toml::from_str(FIELDS_TOML).expect("definitions/fields.toml is valid");
            let labels: Labels = toml::from_str(LABELS_TOML).expect("templates/labels.toml is valid");
            Catalog { incident: fields.incident, data_subject_request: fields.data_subject_request, labels }
        })
    }

    pub fn fields(&self, kind: Kind) -> &[FieldDef] {
        match kind {
            Kind::Incident => &self.incident,
            Kind::DataSubjectRequest => &self.data_subject_request,
            Kind::Other => &[],
        }
    }

    pub fn field(&self, kind: Kind, id: &str) -> Option<&FieldDef> {
        self.fields(kind).iter().find(|f| f.id == id)
    }

    /// Any kind's definition of a field id (ids are shared across kinds with the same type).
    pub fn any_field(&self, id: &str) -> Option<&FieldDef> {
        self.field(Kind::Incident, id).or_else(|| self.field(Kind::DataSubjectRequest, id))
    }

    pub fn field_label<'a>(&'a self, id: &'a str, lang: Lang) -> &'a str {
        self.labels.fields.get(id).map_or(id, |l| l.get(lang))
    }

    pub fn option_label<'a>(&'a self, field: &str, option: &'a str, lang: Lang) -> &'a str {
        self.labels
            .options
            .get(field)
            .and_then(|o| o.get(option))
            .map_or(option, |l| l.get(lang))
    }

    pub fn option_labels(&self, field: &str) -> Option<&BTreeMap<String, Label>> {
        self.labels.options.get(field)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_field_and_option_has_a_label_in_both_languages() {
        let c = Catalog::get();
        let mut n = 0;
        for f in c.incident.iter().chain(&c.data_subject_request) {
            assert!(c.labels.fields.contains_key(&f.id), "no label for {}", f.id);
            for o in &f.options {
                assert!(c.option_labels(&f.id).is_some_and(|m| m.contains_key(o)), "no label for {}.{o}", f.id);
                n += 1;
            }
        }
        assert!(n > 50);
    }

    #[test]
    fn conditions_name_known_fields() {
        let c = Catalog::get();
        for f in &c.incident {
            if let Some((other, _)) = f.condition() {
                assert!(c.field(Kind::Incident, other).is_some(), "{} depends on unknown {other}", f.id);
            }
        }
    }
}
