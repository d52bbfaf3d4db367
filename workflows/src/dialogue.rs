//! The conversation: what the bot says and asks after each message, as a pure function of the
//! case, the message and the time. Facts go to the reporter; actions, consequences and severity to
//! the manager of the reporter's unit; the notify-or-not assessment to the DSO.

use std::collections::BTreeSet;

use chrono::{DateTime, NaiveDateTime, Utc};
use chrono_tz::Tz;

use crate::answer::{self, Answer};
use crate::clocks;
use crate::command::Command;
use crate::catalog::{Catalog, FieldDef, FieldType};
use crate::extract::Extraction;
use crate::lang;
use crate::model::{Case, CaseState, Entry, How, Kind, Lang, Note, Party, Provenance, Question, Role};
use crate::value::Value;

/// What the organisation's configuration tells the dialogue.
#[derive(Debug, Clone)]
pub struct Org {
    pub tz: Tz,
    pub cal: crate::calendar::Calendar,
    pub default_lang: Lang,
    pub dso: Party,
    /// Values every incident gets from configuration (organisation, DSO as contact person, sector).
    pub configured: Vec<(String, Value)>,
}

impl Org {
    pub fn local(&self, at: DateTime<Utc>) -> NaiveDateTime {
        at.with_timezone(&self.tz).naive_local()
    }
}

/// What a message says, for the template that renders it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Say {
    /// First reply to a reporter: the case is registered, and the first question if any.
    Received,
    /// A question; `reask` when the last answer was not understood.
    Question { reask: bool },
    /// A correction was recorded; the pending question, if any, follows.
    Corrected,
    /// Extra information without a question pending was kept for the DSO.
    NoteAdded,
    /// The reporter has answered everything: a short summary.
    Summary,
    /// The DSO hears of a new incident at once.
    NewIncident,
    /// A manager is asked about a case in their unit for the first time.
    ManagerRequest,
    /// Every question has an answer; the DSO takes it from here.
    Complete,
    DsrReceipt,
    NewRequest,
    /// A message that is neither a report nor a request: a helpful answer, no case.
    OtherAnswer,
    /// A message to a case that is closed.
    CaseClosed,
    /// Reminders to this person on this case wait until the time they asked for.
    Snoozed,
    /// The DSO's notification to IMY is recorded (and, if late, IMY question 14 follows).
    Notified,
    /// The supplement to IMY is recorded.
    Supplemented,
    /// The DSO extended a request: confirmation to the DSO ...
    Extended,
    /// ... and the notice with the reason to the requester (art. 12.3).
    ExtensionNotice,
    /// An extension that cannot be made: already extended, or the first month is over.
    ExtendRefused,
    /// An extension needs a reason for the requester.
    ExtendNeedsReason,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Outgoing {
    pub to: Party,
    pub role: Role,
    pub lang: Lang,
    pub say: Say,
    /// The field ids this message asks for, in the order shown.
    pub asks: Vec<String>,
}

/// A first message that opens a case.
pub struct Opening {
    pub number: String,
    pub from: Party,
    pub unit: Option<String>,
    pub manager: Option<Party>,
    pub at: DateTime<Utc>,
    pub extraction: Extraction,
}

/// The answer to a message that opens no case.
pub fn answer_other(from: &Party, lang: Lang) -> Outgoing {
    Outgoing { to: from.clone(), role: Role::Reporter, lang, say: Say::OtherAnswer, asks: vec![] }
}

/// Opens a case from a first message and says what follows.
pub fn open(org: &Org, o: Opening) -> (Case, Vec<Outgoing>) {
    let ext = o.extraction;
    let mut case = Case {
        number: o.number,
        kind: ext.kind,
        state: CaseState::Ready,
        lang: ext.lang,
        reporter: o.from.clone(),
        unit: o.unit.clone(),
        manager: o.manager,
        dso: org.dso.clone(),
        opened_at: o.at,
        fields: Default::default(),
        unknown: ext.unknown.iter().cloned().collect(),
        deferred: BTreeSet::new(),
        notes: vec![],
        pending: vec![],
        last_answered: Default::default(),
        inbound: 1,
        langs: Default::default(),
        snoozed: Default::default(),
    };
    let by_bot = |at| Provenance { how: How::Assigned, by: "dsobot".into(), at, message: None };
    let from_text = Provenance { how: How::Extracted, by: o.from.address.clone(), at: o.at, message: Some(1) };
    let number = case.number.clone();
    set(&mut case, "internal_reference", Value::Text(number), by_bot(o.at));
    if ext.kind == Kind::Incident {
        for (id, v) in &org.configured {
            let p = Provenance { how: How::Configured, by: "config".into(), at: o.at, message: None };
            set(&mut case, id, v.clone(), p);
        }
        set(&mut case, "reporter", Value::Text(o.from.address.clone()), by_bot(o.at));
        if let Some(unit) = o.unit {
            set(&mut case, "unit", Value::Text(unit), by_bot(o.at));
        }
    } else {
        set(&mut case, "requester", Value::Text(o.from.address.clone()), by_bot(o.at));
        let received = crate::when::When::Date(org.local(o.at).date());
        set(&mut case, "received_at", Value::When(received), by_bot(o.at));
    }
    for (id, v) in ext.fields {
        if Catalog::get().field(case.kind, &id).is_some() {
            set(&mut case, &id, v, from_text.clone());
        }
    }

    let mut out = Vec::new();
    let first = if case.kind == Kind::Incident { Say::Received } else { Say::DsrReceipt };
    let asks = next_fields(&case, &case.reporter.address.clone());
    out.push(ask(&mut case, org, Role::Reporter, first, asks, o.at));
    if case.kind == Kind::Incident {
        out.push(Outgoing { to: org.dso.clone(), role: Role::Dso, lang: org.default_lang, say: Say::NewIncident, asks: vec![] });
    } else {
        out.push(Outgoing { to: org.dso.clone(), role: Role::Dso, lang: org.default_lang, say: Say::NewRequest, asks: vec![] });
    }
    out.extend(ask_the_others(&mut case, org, o.at));
    case.state = state_of(&case);
    (case, out)
}

/// A message from someone on an open case: an answer, a correction, or more information.
pub fn reply(org: &Org, case: &mut Case, from: &Party, at: DateTime<Utc>, text: &str) -> Vec<Outgoing> {
    case.inbound += 1;
    let msg = case.inbound;
    let lang_of_text = lang::detect(text);
    if case.state == CaseState::Closed {
        let lang = lang_of_text.unwrap_or(lang_for(case, org, &from.address));
        return vec![Outgoing { to: from.clone(), role: role_of(case, &from.address), lang, say: Say::CaseClosed, asks: vec![] }];
    }
    if from.address != case.reporter.address
        && let Some(l) = lang_of_text
    {
        case.langs_note(&from.address, l);
    }
    let now = org.local(at);
    let provenance = Provenance { how: How::Answered, by: from.address.clone(), at, message: Some(msg) };
    let mut out = Vec::new();

    // "nej, det var i tisdags": a correction of the fields this person answered last.
    if let Some(rest) = answer::correction(text)
        && let Some(fields) = case.last_answered.get(&from.address).cloned()
    {
        // A correction names one value: it goes to the first of those fields it can be read as.
        let mut corrected = false;
        for f in &fields {
            let Some(def) = Catalog::get().field(case.kind, f) else { continue };
            if let Some(Answer::Value(v)) = answer::parse_reply(&[def], rest, now).into_iter().next() {
                set(case, f, v, provenance.clone());
                case.unknown.remove(f);
                corrected = true;
                break;
            }
        }
        if corrected {
            let asks = case.pending_for(&from.address).map(|q| q.fields.clone()).unwrap_or_default();
            let lang = lang_for(case, org, &from.address);
            out.push(Outgoing { to: from.clone(), role: role_of(case, &from.address), lang, say: Say::Corrected, asks });
            case.state = state_of(case);
            return out;
        }
    }

    let Some(qi) = case.pending.iter().position(|q| q.to.address == from.address) else {
        case.notes.push(Note { field: String::new(), by: from.address.clone(), at, text: text.to_owned() });
        let lang = lang_for(case, org, &from.address);
        out.push(Outgoing { to: from.clone(), role: role_of(case, &from.address), lang, say: Say::NoteAdded, asks: vec![] });
        return out;
    };
    let q = case.pending.remove(qi);
    let defs = defs(case.kind, &q.fields);
    let answers = answer::parse_reply(&defs, text, now);
    let mut unclear = Vec::new();
    let mut answered = Vec::new();
    for (f, a) in q.fields.iter().zip(answers) {
        match a {
            Answer::Value(v) => {
                set(case, f, v, provenance.clone());
                case.unknown.remove(f);
                answered.push(f.clone());
            }
            Answer::Unknown => {
                case.unknown.insert(f.clone());
                answered.push(f.clone());
            }
            Answer::NotUnderstood if q.reasks == 0 => unclear.push(f.clone()),
            Answer::NotUnderstood => {
                // One clarifying re-ask only: after that the words stay as text for the DSO.
                case.notes.push(Note { field: f.clone(), by: from.address.clone(), at, text: text.to_owned() });
                case.deferred.insert(f.clone());
            }
        }
    }
    if !answered.is_empty() {
        case.last_answered.insert(from.address.clone(), answered);
    }
    if !unclear.is_empty() {
        case.pending.push(Question { fields: unclear.clone(), reasks: q.reasks + 1, asked_at: at, ..q.clone() });
        out.push(Outgoing { to: q.to.clone(), role: q.role, lang: q.lang, say: Say::Question { reask: true }, asks: unclear });
        case.state = state_of(case);
        return out;
    }
    let asks = next_fields(case, &from.address);
    if !asks.is_empty() {
        out.push(ask(case, org, q.role, Say::Question { reask: false }, asks, at));
    } else if from.address == case.reporter.address {
        out.push(Outgoing { to: from.clone(), role: Role::Reporter, lang: case.lang, say: Say::Summary, asks: vec![] });
    }
    out.extend(ask_the_others(case, org, at));
    let before = case.state;
    case.state = state_of(case);
    if case.state == CaseState::Ready && before != CaseState::Ready && case.kind == Kind::Incident {
        out.push(Outgoing { to: case.dso.clone(), role: Role::Dso, lang: org.default_lang, say: Say::Complete, asks: vec![] });
    }
    out
}

/// A command in a person's words ([`crate::command`]) on an open case. Snoozes come from anyone
/// taking part; notifications, supplements and extensions only from the DSO (`from_dso`). `None`
/// when the command does not apply here: the message is then read as an ordinary reply.
#[allow(clippy::too_many_arguments)]
pub fn command(org: &Org, case: &mut Case, from: &Party, from_dso: bool, at: DateTime<Utc>, text: &str, cmd: Command) -> Option<Vec<Outgoing>> {
    if case.state == CaseState::Closed {
        return None;
    }
    let lang = lang::detect(text).unwrap_or(lang_for(case, org, &from.address));
    let role = if from_dso { Role::Dso } else { role_of(case, &from.address) };
    let reply = |say| Outgoing { to: from.clone(), role, lang, say, asks: vec![] };
    let provenance = |n| Provenance { how: How::Answered, by: from.address.clone(), at, message: Some(n) };
    let mut out = Vec::new();
    match cmd {
        Command::Snooze { until } => {
            case.inbound += 1;
            let until = clocks::local_to_utc(org.tz, crate::value::When::DateTime(until));
            case.snoozed.insert(from.address.clone(), crate::model::Snooze { at, until });
            out.push(reply(Say::Snoozed));
            return Some(out);
        }
        Command::Notified { at: when } if from_dso && case.kind == Kind::Incident => {
            case.inbound += 1;
            let p = provenance(case.inbound);
            set(case, "authority_notified_at", Value::When(when), p.clone());
            if case.value("notify_authority").is_none() {
                set(case, "notify_authority", Value::Bool(true), p);
            }
            mark_late(case, org, at);
            out.push(reply(Say::Notified));
        }
        Command::Supplemented { at: when } if from_dso && case.kind == Kind::Incident && case.value("authority_notified_at").is_some() => {
            case.inbound += 1;
            set(case, "supplemented_at", Value::When(when), provenance(case.inbound));
            out.push(reply(Say::Supplemented));
        }
        Command::Extend { reason } if from_dso && case.kind == Kind::DataSubjectRequest => {
            case.inbound += 1;
            if !clocks::may_extend(case, org.tz, org.cal, at) {
                out.push(reply(Say::ExtendRefused));
                return Some(out);
            }
            let Some(reason) = reason else {
                out.push(reply(Say::ExtendNeedsReason));
                return Some(out);
            };
            let p = provenance(case.inbound);
            set(case, "extended", Value::Bool(true), p.clone());
            set(case, "extension_reason", Value::Text(reason), p);
            out.push(reply(Say::Extended));
            let to = case.reporter.clone();
            out.push(Outgoing { to, role: Role::Reporter, lang: case.lang, say: Say::ExtensionNotice, asks: vec![] });
        }
        _ => return None,
    }
    // Questions the record answered are withdrawn; what the record makes necessary is asked.
    let answered: Vec<usize> = case
        .pending
        .iter()
        .enumerate()
        .filter(|(_, q)| q.fields.iter().all(|f| case.fields.contains_key(f)))
        .map(|(i, _)| i)
        .collect();
    for i in answered.into_iter().rev() {
        case.pending.remove(i);
    }
    out.extend(ask_the_others(case, org, at));
    case.state = state_of(case);
    Some(out)
}

/// The DSO sets a value by hand (the dashboard): it is recorded as edited, questions it answers
/// are withdrawn, and what the new value makes necessary is asked. A closed case takes the
/// correction but asks nobody anything.
pub fn edit(org: &Org, case: &mut Case, by: &str, at: DateTime<Utc>, field: &str, value: Value) -> Result<Vec<Outgoing>, EditError> {
    let def = Catalog::get().field(case.kind, field).ok_or_else(|| EditError::UnknownField(field.to_owned()))?;
    if matches!(def.ty, FieldType::Enum | FieldType::Set) {
        let known = |o: &String| def.options.iter().any(|d| d == o);
        let ok = match &value {
            Value::Enum(o) => known(o),
            Value::Set(os) => os.iter().all(known),
            _ => false,
        };
        if !ok {
            return Err(EditError::NotAnOption(field.to_owned()));
        }
    }
    set(case, field, value, Provenance { how: How::Edited, by: by.to_owned(), at, message: None });
    case.unknown.remove(field);
    case.deferred.remove(field);
    if matches!(field, "authority_notified_at" | "discovered_at") && case.value("authority_notified_at").is_some() {
        mark_late(case, org, at);
    }
    if case.state == CaseState::Closed {
        return Ok(vec![]);
    }
    case.pending.retain(|q| !q.fields.iter().all(|f| case.fields.contains_key(f) || case.unknown.contains(f)));
    let out = ask_the_others(case, org, at);
    case.state = state_of(case);
    Ok(out)
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum EditError {
    #[error("{0} is not a field of this kind of case")]
    UnknownField(String),
    #[error("the value is not one of {0}'s options")]
    NotAnOption(String),
}

/// Whether IMY was notified after the 72 hours ran out (`notified_late`, which asks for IMY
/// question 14).
fn mark_late(case: &mut Case, org: &Org, at: DateTime<Utc>) {
    let (Some(discovered), Some(crate::value::Value::When(when))) = (clocks::when_of(case, "discovered_at"), case.value("authority_notified_at").cloned()) else {
        return;
    };
    let late = clocks::local_to_utc(org.tz, when) > clocks::notify_deadline(org.tz, discovered).due;
    set(case, "notified_late", Value::Bool(late), Provenance { how: How::Assigned, by: "dsobot".into(), at, message: None });
}

/// Closes a case: no more questions, no reminders.
pub fn close(case: &mut Case) {
    case.pending.clear();
    case.state = CaseState::Closed;
}

/// Required fields still without a value, unknown or deferred, in the order the bot asks them.
pub fn missing(case: &Case) -> Vec<String> {
    missing_of(case.kind, |id| {
        case.fields.contains_key(id) || case.unknown.contains(id) || case.deferred.contains(id)
    }, |id| case.value(id))
}

/// Like [`missing`], for a bare extraction (the `extract` command): what the bot would ask next.
pub fn missing_after(ext: &Extraction) -> Vec<String> {
    let filled = |id: &str| {
        ext.fields.contains_key(id)
            || ext.unknown.iter().any(|u| u == id)
            || Catalog::get().field(ext.kind, id).is_some_and(|f| f.ask.role().is_none())
    };
    missing_of(ext.kind, filled, |id| ext.fields.get(id))
}

fn missing_of<'a>(kind: Kind, filled: impl Fn(&str) -> bool, value: impl Fn(&str) -> Option<&'a Value>) -> Vec<String> {
    Catalog::get()
        .fields(kind)
        .iter()
        .filter(|f| f.required && f.ask.role().is_some() && !filled(&f.id) && condition_holds(f, &value))
        .map(|f| f.id.clone())
        .collect()
}

fn condition_holds<'a>(f: &FieldDef, value: &impl Fn(&str) -> Option<&'a Value>) -> bool {
    match f.condition() {
        None => true,
        Some((other, want)) => {
            let want: Option<serde_json::Value> = serde_json::from_str(want).ok();
            value(other).is_some_and(|v| want.as_ref() == Some(&v.to_json()))
        }
    }
}

/// Who answers for a role on this case: without a configured manager, the DSO answers for them.
pub fn party_for(case: &Case, role: Role) -> Party {
    match role {
        Role::Reporter => case.reporter.clone(),
        Role::Manager => case.manager.clone().unwrap_or_else(|| case.dso.clone()),
        Role::Dso => case.dso.clone(),
    }
}

fn role_of(case: &Case, address: &str) -> Role {
    [Role::Reporter, Role::Manager, Role::Dso]
        .into_iter()
        .find(|r| party_for(case, *r).address == address)
        .unwrap_or(Role::Reporter)
}

/// DSO questions that do not rest on the reporter's facts: asked as soon as they arise.
const ASK_AT_ONCE: &[&str] = &["late_reason"];

/// The next one or two related fields to ask a person, over every role they answer for.
/// The DSO's assessment waits until the reporter's facts are in: it rests on them.
fn next_fields(case: &Case, address: &str) -> Vec<String> {
    let missing = missing(case);
    let reporter_done = !missing.iter().any(|id| source_role(case.kind, id) == Some(Role::Reporter));
    let mine = |id: &String| {
        let Some(role) = source_role(case.kind, id) else { return false };
        party_for(case, role).address == address
            && (role != Role::Dso || reporter_done || case.reporter.address == address || ASK_AT_ONCE.contains(&id.as_str()))
    };
    let Some(first) = missing.iter().find(|id| mine(id)) else { return vec![] };
    let mut asks = vec![first.clone()];
    let group = Catalog::get().field(case.kind, first).and_then(|f| f.group.clone());
    if let Some(g) = group
        && let Some(second) = missing.iter().skip_while(|id| *id != first).skip(1).find(|id| {
            mine(id) && Catalog::get().field(case.kind, id).and_then(|f| f.group.as_deref()) == Some(g.as_str())
        })
    {
        asks.push(second.clone());
    }
    asks
}

fn source_role(kind: Kind, id: &str) -> Option<Role> {
    Catalog::get().field(kind, id).and_then(|f| f.ask.role())
}

/// Sends the first question to everyone on the case who has none pending and something to answer.
fn ask_the_others(case: &mut Case, org: &Org, at: DateTime<Utc>) -> Vec<Outgoing> {
    let mut out = Vec::new();
    for role in [Role::Manager, Role::Dso] {
        let party = party_for(case, role);
        if party.address == case.reporter.address || case.pending_for(&party.address).is_some() {
            continue;
        }
        let asks = next_fields(case, &party.address);
        if asks.is_empty() {
            continue;
        }
        let first_time = !case.last_answered.contains_key(&party.address);
        let say = if role == Role::Manager && first_time && case.manager.is_some() {
            Say::ManagerRequest
        } else {
            Say::Question { reask: false }
        };
        let role = role_of(case, &party.address);
        out.push(ask(case, org, role, say, asks, at));
    }
    out
}

fn ask(case: &mut Case, org: &Org, role: Role, say: Say, asks: Vec<String>, at: DateTime<Utc>) -> Outgoing {
    let to = party_for(case, role);
    let lang = lang_for(case, org, &to.address);
    if !asks.is_empty() {
        case.pending.push(Question { role, to: to.clone(), fields: asks.clone(), asked_at: at, reasks: 0, lang });
    }
    Outgoing { to, role, lang, say, asks }
}

/// The language to write to someone on a case in: the reporter's, or what the person last wrote in.
pub fn lang_for(case: &Case, org: &Org, address: &str) -> Lang {
    if address == case.reporter.address {
        case.lang
    } else {
        case.lang_of(address).unwrap_or(org.default_lang)
    }
}

/// The state follows from who is being waited for.
pub fn state_of(case: &Case) -> CaseState {
    if case.state == CaseState::Closed {
        return CaseState::Closed;
    }
    let waiting = |role: Role| case.pending.iter().any(|q| q.role == role);
    if waiting(Role::Reporter) {
        CaseState::AwaitingReporter
    } else if waiting(Role::Manager) {
        CaseState::AwaitingManager
    } else if waiting(Role::Dso) {
        CaseState::AwaitingDso
    } else {
        CaseState::Ready
    }
}

fn defs(kind: Kind, fields: &[String]) -> Vec<&'static FieldDef> {
    fields.iter().filter_map(|f| Catalog::get().field(kind, f)).collect()
}

fn set(case: &mut Case, id: &str, value: Value, provenance: Provenance) {
    case.fields.insert(id.to_owned(), Entry { value, provenance });
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract;
    use crate::model::Channel;

    fn org() -> Org {
        let dso = Party { address: "dso@kommun.example".into(), channel: Channel::Email };
        Org { tz: chrono_tz::Europe::Stockholm, cal: Default::default(), default_lang: Lang::Sv, dso, configured: vec![] }
    }

    fn opened(text: &str, at: &str) -> Case {
        let at: DateTime<Utc> = at.parse().expect("test time");
        let org = org();
        let extraction = extract::extract(text, None, org.local(at));
        let from = Party { address: "anna@kommun.example".into(), channel: Channel::Web };
        let (case, _) = open(&org, Opening { number: "PUI-2026-0001".into(), from, unit: None, manager: None, at, extraction });
        case
    }

    #[test]
    fn an_edit_is_recorded_as_edited_and_withdraws_the_question_it_answers() {
        let mut case = opened("Jag skickade en journal till fel mottagare igår", "2026-11-23T09:00:00Z");
        let asked: Vec<String> = case.pending.iter().flat_map(|q| q.fields.clone()).collect();
        let field = asked.first().expect("the reporter is asked something").clone();
        let def = Catalog::get().field(case.kind, &field).expect("a field");
        let value = match def.ty {
            FieldType::Enum => Value::Enum(def.options[0].clone()),
            FieldType::Set => Value::Set(vec![def.options[0].clone()]),
            FieldType::Bool => Value::Bool(true),
            _ => Value::Text("rättat".into()),
        };
        let group: Vec<String> = case.pending.iter().find(|q| q.fields.contains(&field)).map(|q| q.fields.clone()).unwrap_or_default();
        let at: DateTime<Utc> = "2026-11-23T10:00:00Z".parse().unwrap();
        edit(&org(), &mut case, "dso@kommun.example", at, &field, value.clone()).expect("edited");
        let entry = case.fields.get(&field).expect("set");
        assert_eq!((entry.value.clone(), entry.provenance.how, entry.provenance.by.as_str()), (value, How::Edited, "dso@kommun.example"));
        let still_asked = case.pending.iter().any(|q| q.fields.contains(&field));
        assert_eq!(still_asked, group.len() > 1, "a question for that field alone is withdrawn");
    }

    #[test]
    fn an_edit_outside_the_options_is_refused_and_changes_nothing() {
        let mut case = opened("Jag skickade en journal till fel mottagare igår", "2026-11-23T09:00:00Z");
        let before = case.clone();
        let at: DateTime<Utc> = "2026-11-23T10:00:00Z".parse().unwrap();
        let err = edit(&org(), &mut case, "dso@kommun.example", at, "nature", Value::Enum("no_such_option".into())).unwrap_err();
        assert_eq!(err, EditError::NotAnOption("nature".into()));
        assert_eq!(edit(&org(), &mut case, "x", at, "no_such_field", Value::Bool(true)).unwrap_err(), EditError::UnknownField("no_such_field".into()));
        assert_eq!(case, before);
    }

    #[test]
    fn editing_when_imy_was_notified_recomputes_whether_it_was_late() {
        let mut case = opened("Jag upptäckte idag kl 08:00 att en lista med personnummer låg öppen på nätet", "2026-11-23T09:00:00Z");
        assert!(case.value("discovered_at").is_some(), "the test needs a discovery time");
        let at: DateTime<Utc> = "2026-11-30T10:00:00Z".parse().unwrap();
        let late = crate::when::When::DateTime(chrono::NaiveDate::from_ymd_opt(2026, 11, 30).unwrap().and_hms_opt(11, 0, 0).unwrap());
        edit(&org(), &mut case, "dso@kommun.example", at, "authority_notified_at", Value::When(late)).expect("edited");
        assert_eq!(case.value("notified_late"), Some(&Value::Bool(true)));
        let in_time = crate::when::When::DateTime(chrono::NaiveDate::from_ymd_opt(2026, 11, 24).unwrap().and_hms_opt(11, 0, 0).unwrap());
        edit(&org(), &mut case, "dso@kommun.example", at, "authority_notified_at", Value::When(in_time)).expect("edited");
        assert_eq!(case.value("notified_late"), Some(&Value::Bool(false)));
    }
}
