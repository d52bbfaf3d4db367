//! The case model: what a case is, who takes part, and where each value came from.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;
use std::str::FromStr;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::value::Value;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    Incident,
    DataSubjectRequest,
    Other,
}

impl Kind {
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Incident => "incident",
            Kind::DataSubjectRequest => "data_subject_request",
            Kind::Other => "other",
        }
    }

    /// The prefix of case numbers: PUI (personuppgiftsincident), DSR (data-subject request).
    pub fn number_prefix(self) -> &'static str {
        match self {
            Kind::Incident => "PUI",
            Kind::DataSubjectRequest | Kind::Other => "DSR",
        }
    }
}

impl FromStr for Kind {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "incident" => Ok(Kind::Incident),
            "data_subject_request" => Ok(Kind::DataSubjectRequest),
            "other" => Ok(Kind::Other),
            _ => Err(format!("unknown kind {s:?}")),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Lang {
    #[default]
    Sv,
    En,
}

impl Lang {
    pub fn as_str(self) -> &'static str {
        match self {
            Lang::Sv => "sv",
            Lang::En => "en",
        }
    }
}

impl FromStr for Lang {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.trim().to_ascii_lowercase().as_str() {
            "sv" | "sv-se" | "swedish" | "svenska" => Ok(Lang::Sv),
            "en" | "en-gb" | "en-us" | "english" => Ok(Lang::En),
            _ => Err(format!("unknown language {s:?} (sv or en)")),
        }
    }
}

/// Who a question goes to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    Reporter,
    Manager,
    Dso,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Channel {
    Email,
    Chat,
    Matrix,
    Teams,
    Web,
}

impl Channel {
    pub fn as_str(self) -> &'static str {
        match self {
            Channel::Email => "email",
            Channel::Chat => "chat",
            Channel::Matrix => "matrix",
            Channel::Teams => "teams",
            Channel::Web => "web",
        }
    }
}

impl FromStr for Channel {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "email" => Ok(Channel::Email),
            "chat" => Ok(Channel::Chat),
            "matrix" => Ok(Channel::Matrix),
            "teams" => Ok(Channel::Teams),
            "web" => Ok(Channel::Web),
            _ => Err(format!("unknown channel {s:?}")),
        }
    }
}

/// Someone the bot talks to: an address on a channel (an e-mail address, a chat id).
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Party {
    pub address: String,
    pub channel: Channel,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CaseState {
    AwaitingReporter,
    AwaitingManager,
    AwaitingDso,
    /// Everything asked has an answer (or is known to be unknown); the DSO takes it from here.
    Ready,
    Closed,
}

impl CaseState {
    pub fn as_str(self) -> &'static str {
        match self {
            CaseState::AwaitingReporter => "awaiting_reporter",
            CaseState::AwaitingManager => "awaiting_manager",
            CaseState::AwaitingDso => "awaiting_dso",
            CaseState::Ready => "ready",
            CaseState::Closed => "closed",
        }
    }

    pub fn is_open(self) -> bool {
        self != CaseState::Closed
    }
}

impl FromStr for CaseState {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        [
            CaseState::AwaitingReporter,
            CaseState::AwaitingManager,
            CaseState::AwaitingDso,
            CaseState::Ready,
            CaseState::Closed,
        ]
        .into_iter()
        .find(|c| c.as_str() == s)
        .ok_or_else(|| format!("unknown state {s:?}"))
    }
}

/// How a value came to be.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum How {
    /// Read from the text of a message by extraction.
    Extracted,
    /// Given as an answer to a question.
    Answered,
    /// From the organisation's configuration.
    Configured,
    /// Edited by the DSO.
    Edited,
    /// Set by the bot itself (case number, reporter, received time).
    Assigned,
}

impl How {
    pub fn as_str(self) -> &'static str {
        match self {
            How::Extracted => "extracted",
            How::Answered => "answered",
            How::Configured => "configured",
            How::Edited => "edited",
            How::Assigned => "assigned",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Provenance {
    pub how: How,
    /// Who said it: an address, or "config" / "dsobot".
    pub by: String,
    pub at: DateTime<Utc>,
    /// The 1-based number of the case's inbound message it came from, when it came from one.
    pub message: Option<u32>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Entry {
    pub value: Value,
    pub provenance: Provenance,
}

/// A question the bot has sent and waits for.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Question {
    pub role: Role,
    pub to: Party,
    pub fields: Vec<String>,
    pub asked_at: DateTime<Utc>,
    /// Clarifying re-asks sent for this question so far.
    pub reasks: u8,
    pub lang: Lang,
}

/// An answer the bot could not understand, kept verbatim for the DSO.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Note {
    pub field: String,
    pub by: String,
    pub at: DateTime<Utc>,
    pub text: String,
}

/// "Remind me later": reminders that would have come between `at` and `until` come at `until`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Snooze {
    pub at: DateTime<Utc>,
    pub until: DateTime<Utc>,
}

/// A case as the workflow sees it. The store keeps it as a snapshot plus the history of every value.
#[derive(Debug, Clone, PartialEq)]
pub struct Case {
    pub number: String,
    pub kind: Kind,
    pub state: CaseState,
    /// The reporter's language: every message to the reporter uses it.
    pub lang: Lang,
    pub reporter: Party,
    pub unit: Option<String>,
    pub manager: Option<Party>,
    pub dso: Party,
    pub opened_at: DateTime<Utc>,
    pub fields: BTreeMap<String, Entry>,
    /// Fields a person said they do not know; not asked again in this round.
    pub unknown: BTreeSet<String>,
    /// Fields whose answers stay as text for the DSO after a failed re-ask; not asked again.
    pub deferred: BTreeSet<String>,
    pub notes: Vec<Note>,
    pub pending: Vec<Question>,
    /// The fields each person answered last, so that "nej, det var i tisdags" corrects them.
    pub last_answered: BTreeMap<String, Vec<String>>,
    /// Inbound messages so far (numbers provenance).
    pub inbound: u32,
    /// The language each person other than the reporter last wrote in.
    pub langs: BTreeMap<String, Lang>,
    /// Each person's last snooze on this case ("påminn mig om 2 timmar").
    pub snoozed: BTreeMap<String, Snooze>,
}

impl Case {
    pub fn value(&self, field: &str) -> Option<&Value> {
        self.fields.get(field).map(|e| &e.value)
    }

    pub fn pending_for(&self, address: &str) -> Option<&Question> {
        self.pending.iter().find(|q| q.to.address == address)
    }

    pub fn lang_of(&self, address: &str) -> Option<Lang> {
        self.langs.get(address).copied()
    }

    pub fn langs_note(&mut self, address: &str, lang: Lang) {
        self.langs.insert(address.to_owned(), lang);
    }

    /// The case as JSON for the store: values in their `fields.md` forms.
    pub fn to_snapshot(&self) -> serde_json::Value {
        let fields: BTreeMap<&str, serde_json::Value> = self
            .fields
            .iter()
            .map(|(k, e)| (k.as_str(), serde_json::json!({ "value": e.value.to_json(), "provenance": e.provenance })))
            .collect();
        serde_json::json!({
            "number": self.number, "kind": self.kind, "state": self.state, "lang": self.lang,
            "reporter": self.reporter, "unit": self.unit, "manager": self.manager, "dso": self.dso,
            "opened_at": self.opened_at, "fields": fields, "unknown": self.unknown,
            "deferred": self.deferred, "notes": self.notes, "pending": self.pending,
            "last_answered": self.last_answered, "inbound": self.inbound, "langs": self.langs, "snoozed": self.snoozed,
        })
    }

    /// Reads a snapshot written by [`Case::to_snapshot`]; values are typed by the catalog.
    pub fn from_snapshot(j: &serde_json::Value) -> Result<Case, SnapshotError> {
        let s: Snapshot = serde_json::from_value(j.clone())?;
        let catalog = crate::catalog::Catalog::get();
        let mut fields = BTreeMap::new();
        for (id, e) in s.fields {
            let def = catalog.field(s.kind, &id).or_else(|| catalog.any_field(&id)).ok_or_else(|| SnapshotError::Field(id.clone()))?;
            let value = Value::from_json(def.ty, &e.value).map_err(|_| SnapshotError::Field(id.clone()))?;
            fields.insert(id, Entry { value, provenance: e.provenance });
        }
        Ok(Case {
            number: s.number, kind: s.kind, state: s.state, lang: s.lang, reporter: s.reporter, unit: s.unit,
            manager: s.manager, dso: s.dso, opened_at: s.opened_at, fields, unknown: s.unknown,
            deferred: s.deferred, notes: s.notes, pending: s.pending, last_answered: s.last_answered,
            inbound: s.inbound, langs: s.langs, snoozed: s.snoozed,
        })
    }
}

#[derive(Debug, thiserror::Error)]
pub enum SnapshotError {
    #[error("case snapshot is not readable: {0}")]
    Json(#[from] serde_json::Error),
    #[error("case snapshot has an unreadable value for {0}")]
    Field(String),
}

#[derive(Deserialize)]
struct SnapshotEntry {
    value: serde_json::Value,
    provenance: Provenance,
}

#[derive(Deserialize)]
struct Snapshot {
    number: String,
    kind: Kind,
    state: CaseState,
    lang: Lang,
    reporter: Party,
    unit: Option<String>,
    manager: Option<Party>,
    dso: Party,
    opened_at: DateTime<Utc>,
    fields: BTreeMap<String, SnapshotEntry>,
    #[serde(default)]
    unknown: BTreeSet<String>,
    #[serde(default)]
    deferred: BTreeSet<String>,
    #[serde(default)]
    notes: Vec<Note>,
    #[serde(default)]
    pending: Vec<Question>,
    #[serde(default)]
    last_answered: BTreeMap<String, Vec<String>>,
    #[serde(default)]
    inbound: u32,
    #[serde(default)]
    langs: BTreeMap<String, Lang>,
    #[serde(default)]
    snoozed: BTreeMap<String, Snooze>,
}

impl fmt::Display for Case {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.number)
    }
}
