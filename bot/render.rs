//! Every text a person reads comes from `templates/` (Swedish and English), rendered with minijinja.

use std::collections::BTreeMap;

use anyhow::Context;
use chrono::{DateTime, Duration, Utc};
use chrono_tz::Tz;
use minijinja::{Environment, context};
use serde::Serialize;
use workflows::catalog::{Catalog, FieldType};
use workflows::clocks::{self, ClockKind};
use workflows::remind::Reminder;
use workflows::dialogue::{Outgoing, Say};
use workflows::{Case, Kind, Lang, Role, Value};

use crate::config::Config;
use crate::engine::Purpose;

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
    "reminder.txt",
    "snoozed.txt",
    "notified.txt",
    "supplemented.txt",
    "extended.txt",
    "extension_notice.txt",
    "extend_refused.txt",
    "extend_reason.txt",
    "digest_dso.txt",
    "digest_manager.txt",
    "digest_quarterly.txt",
    "email_subject.txt",
    "email.html",
    "flagged.txt",
    "notices.txt",
    "case_list.txt",
    "room_command.txt",
    "signin_link.txt",
    "web_nudge.txt",
);

const EXPORTS: &[(&str, &str)] = &[
    ("imy.md", include_str!("../templates/imy.md")),
    ("imy.html", include_str!("../templates/imy.html")),
    ("report.md", include_str!("../templates/report.md")),
    ("report.html", include_str!("../templates/report.html")),
    ("_bars.html", include_str!("../templates/_bars.html")),
    ("show.txt", include_str!("../templates/show.txt")),
];

#[derive(Clone)]
pub struct Renderer {
    env: Environment<'static>,
    tz: Tz,
    cal: workflows::calendar::Calendar,
    dso_name: String,
    dso_email: String,
    lang: Lang,
    org_name: String,
    internal_domains: Vec<String>,
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
            lang: config.organisation.language,
            org_name: config.organisation.name.clone(),
            internal_domains: config.organisation.internal_domains.clone(),
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
            Say::Snoozed => ("snoozed", false),
            Say::Notified => ("notified", false),
            Say::Supplemented => ("supplemented", false),
            Say::Extended => ("extended", false),
            Say::ExtensionNotice => ("extension_notice", false),
            Say::ExtendRefused => ("extend_refused", false),
            Say::ExtendNeedsReason => ("extend_reason", false),
        };
        let lang = out.lang;
        let template = self.env.get_template(&format!("{}/{name}.txt", lang.as_str()))?;
        let kind = case.map_or(Kind::Other, |c| c.kind);
        let asks: Vec<AskView> = out.asks.iter().map(|id| ask_view(kind, id, lang)).collect();
        let role = role_id(out.role);
        let summary = case.map(|c| self.summary(c, lang)).unwrap_or_default();
        let snoozed_until = case.and_then(|c| c.snoozed.get(&out.to.address)).map(|s| self.local(s.until));
        // Someone outside the organisation (a citizen, a supplier) writing by e-mail gets texts
        // that say who we are and what to do with data that reached them by mistake.
        let external = out.to.channel == workflows::Channel::Email
            && !out.to.address.eq_ignore_ascii_case(&self.dso_email)
            && !crate::config::in_domains(&self.internal_domains, &out.to.address);
        let text = template.render(context! {
            case => case.map(|c| self.case_view(c, lang)),
            asks, reask, role, summary, snoozed_until, external, org => &self.org_name,
            dso => context! { name => &self.dso_name, email => &self.dso_email },
        })?;
        Ok(text.trim().to_owned())
    }

    /// The organisation's language: for the DSO and for notices.
    pub fn org_lang(&self) -> Lang {
        self.lang
    }

    pub fn dso_email(&self) -> &str {
        &self.dso_email
    }

    /// An e-mail's subject: the case tag and what the mail is for, never the reporter's words.
    pub fn email_subject(&self, lang: Lang, case: Option<&Case>, purpose: Purpose) -> anyhow::Result<String> {
        let template = self.env.get_template(&format!("{}/email_subject.txt", lang.as_str()))?;
        let text = template.render(context! { case => case.map(|c| self.case_view(c, lang)), purpose => purpose.as_str() })?;
        Ok(text.split_whitespace().collect::<Vec<_>>().join(" "))
    }

    /// An e-mail's HTML part: the text's paragraphs, escaped.
    pub fn email_html(&self, lang: Lang, text: &str) -> anyhow::Result<String> {
        let paragraphs: Vec<Vec<&str>> = text.split("\n\n").map(|p| p.lines().collect::<Vec<_>>()).filter(|p| !p.is_empty()).collect();
        let template = self.env.get_template(&format!("{}/email.html", lang.as_str()))?;
        Ok(template.render(context! { paragraphs, subject => "" })?)
    }

    /// Notices to the DSO sent as one mail: its subject and text.
    pub fn notices(&self, lang: Lang, texts: &[&str], since: DateTime<Utc>) -> anyhow::Result<(String, String)> {
        let n = texts.len();
        let subject = self.env.get_template(&format!("{}/email_subject.txt", lang.as_str()))?.render(context! { purpose => "notices", n })?;
        let body = self.env.get_template(&format!("{}/notices.txt", lang.as_str()))?.render(context! { texts, n, since => self.local(since) })?;
        Ok((subject.split_whitespace().collect::<Vec<_>>().join(" "), body.trim().to_owned()))
    }

    /// A note to the DSO about a message kept without an answer, or a mail that did not arrive.
    pub fn flagged(&self, lang: Lang, reason: &str, case: Option<&Case>, message: i64, detail: Option<&str>) -> anyhow::Result<String> {
        let template = self.env.get_template(&format!("{}/flagged.txt", lang.as_str()))?;
        let text = template.render(context! { reason, case => case.map(|c| self.case_view(c, lang)), message, detail })?;
        Ok(text.trim().to_owned())
    }

    /// A reporter's one-time sign-in link for the web.
    pub fn signin_link(&self, lang: Lang, url: &str, minutes: i64) -> anyhow::Result<String> {
        let template = self.env.get_template(&format!("{}/signin_link.txt", lang.as_str()))?;
        Ok(template.render(context! { url, minutes })?.trim().to_owned())
    }

    /// The mail telling a web reporter that a question waits on their case's page.
    pub fn web_nudge(&self, lang: Lang, number: &str, url: &str) -> anyhow::Result<String> {
        let template = self.env.get_template(&format!("{}/web_nudge.txt", lang.as_str()))?;
        Ok(template.render(context! { number, url })?.trim().to_owned())
    }

    /// A time as people here read it: local, to the minute.
    pub fn local(&self, t: DateTime<Utc>) -> String {
        t.with_timezone(&self.tz).format("%Y-%m-%d %H:%M").to_string()
    }

    /// A length of time in words: "45 minuter", "3 timmar", "2 days".
    pub fn span(&self, d: Duration, lang: Lang) -> String {
        let m = d.num_minutes().abs();
        let (n, unit) = if m < 90 { (m.max(1), "minute") } else if m < 48 * 60 { ((m + 30) / 60, "hour") } else { ((m + 720) / 1440, "day") };
        let forms = Catalog::get().labels.units.get(unit).map_or(unit, |l| l.get(lang));
        let (one, many) = forms.split_once('|').unwrap_or((forms, forms));
        format!("{n} {}", if n == 1 { one } else { many })
    }

    fn label(&self, table: &BTreeMap<String, workflows::catalog::Label>, id: &str, lang: Lang) -> String {
        table.get(id).map_or_else(|| id.to_owned(), |l| l.get(lang).to_owned())
    }

    pub fn role_label(&self, role: Role, lang: Lang) -> String {
        self.label(&Catalog::get().labels.roles, role_id(role), lang)
    }

    pub fn clock_label(&self, clock: ClockKind, lang: Lang) -> String {
        self.label(&Catalog::get().labels.clocks, clock.as_str(), lang)
    }

    /// One reminder message for a person on a case: every item due for them, coalesced, and the
    /// question they have pending when an item is about it.
    pub fn reminder(&self, case: &Case, lang: Lang, items: &[Reminder], asks: &[String], now: DateTime<Utc>) -> anyhow::Result<String> {
        let catalog = Catalog::get();
        let views: Vec<minijinja::Value> = items
            .iter()
            .map(|r| match r {
                Reminder::Question { nth, .. } => context! { type => "question", nth },
                Reminder::Escalation { person, role, fields, asked_at } => context! {
                    type => "escalation", person, role => self.role_label(*role, lang),
                    fields => fields.iter().map(|f| catalog.field_label(f, lang).trim_end_matches('?').to_owned()).collect::<Vec<_>>(),
                    since => self.local(*asked_at), reminders => workflows::remind::Policy::get().question.times,
                },
                Reminder::Deadline { clock, due } => context! {
                    type => "deadline", clock_id => clock.as_str(), clock => self.clock_label(*clock, lang),
                    due => self.local(*due), left => self.span(*due - now, lang),
                },
                Reminder::Overdue { clock, due, nth } => context! {
                    type => "overdue", clock_id => clock.as_str(), clock => self.clock_label(*clock, lang),
                    due => self.local(*due), over => self.span(now - *due, lang), nth,
                },
                Reminder::Prompt { clock, due, .. } => context! {
                    type => "extension_prompt", clock_id => clock.as_str(), due => self.local(*due),
                },
            })
            .collect();
        let asks: Vec<AskView> = asks.iter().map(|id| ask_view(case.kind, id, lang)).collect();
        let snooze_hint = items.iter().any(|r| matches!(r, Reminder::Question { .. } | Reminder::Deadline { .. }));
        let text = self.env.get_template(&format!("{}/reminder.txt", lang.as_str()))?.render(context! {
            case => self.case_view(case, lang), items => views, asks, snooze_hint,
        })?;
        Ok(text.trim().to_owned())
    }

    /// A digest (`digest_dso`, `digest_manager`, `digest_quarterly`) in a language.
    pub fn digest(&self, name: &str, lang: Lang, ctx: minijinja::Value) -> anyhow::Result<String> {
        let text = self.env.get_template(&format!("{}/{name}.txt", lang.as_str()))?.render(ctx)?;
        Ok(text.trim().to_owned())
    }

    fn case_view(&self, case: &Case, lang: Lang) -> minijinja::Value {
        let catalog = Catalog::get();
        let deadline = clocks::case_deadline(case, self.tz, self.cal);
        let all = clocks::clocks(case, self.tz, self.cal);
        let supplement_due = all.iter().find(|c| c.kind == ClockKind::Supplement && c.is_running()).map(|c| self.local(c.deadline.due));
        let when = |id: &str| match case.value(id) {
            Some(Value::When(w)) => Some(w.to_field_string().replace('T', " ")),
            _ => None,
        };
        let text = |id: &str| match case.value(id) {
            Some(Value::Text(t)) => Some(t.clone()),
            _ => None,
        };
        let flag = |id: &str| matches!(case.value(id), Some(Value::Bool(true)));
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
            notified_at => when("authority_notified_at"),
            notified_late => flag("notified_late"),
            supplement_due,
            extended => flag("extended"),
            extension_reason => text("extension_reason"),
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

fn role_id(role: Role) -> &'static str {
    match role {
        Role::Reporter => "reporter",
        Role::Manager => "manager",
        Role::Dso => "dso",
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn notices_sent_together_are_counted_and_numbered_in_both_languages() {
        let r = Renderer::new(&Config::example()).expect("renderer");
        let since = DateTime::parse_from_rfc3339("2026-11-20T15:55:00Z").expect("time").with_timezone(&Utc);
        let (subject, body) = r.notices(Lang::Sv, &["Nytt ärende PUI-2026-0001.", "Nytt ärende PUI-2026-0002."], since).expect("sv");
        assert_eq!(subject, "2 meddelanden från dataskyddsombudets bot");
        assert!(body.starts_with("2 meddelanden sedan 2026-11-20 16:55."), "local time: {body}");
        assert!(body.contains("1 av 2") && body.contains("2 av 2") && body.contains("PUI-2026-0002"), "{body}");
        let (subject, body) = r.notices(Lang::En, &["a", "b", "c"], since).expect("en");
        assert_eq!(subject, "3 messages from the data protection officer's bot");
        assert!(body.contains("3 of 3"), "{body}");
    }
}
