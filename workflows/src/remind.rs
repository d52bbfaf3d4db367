//! Reminders and escalation as a pure plan: from a case, the policy (`definitions/reminders.toml`),
//! the calendar and the quiet hours, every reminder the case should get, each with a stable key.
//!
//! The store keeps the plan as rows; after every change it is planned again, so a reminder whose
//! condition cleared (question answered, IMY notified, case closed) disappears by itself, and a
//! reminder that was already sent is never sent again (its key is spent).

use std::sync::OnceLock;

use chrono::{DateTime, Duration, NaiveDate, NaiveTime, Utc};
use chrono_tz::Tz;
use serde::{Deserialize, Serialize};

use crate::calendar::Calendar;
use crate::clocks::{self, ClockKind, LegalClock, local_to_utc};
use crate::dialogue::party_for;
use crate::model::{Case, CaseState, Channel, Party, Role};
use crate::value::When;

/// A span of time in the policy file: "30m", "2h", "7d", "4w".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Span {
    pub minutes: i64,
    /// Written in days or weeks ("7d"): lands on the start of a working day. "24h" is elapsed time.
    pub in_days: bool,
}

impl Span {
    pub fn duration(self) -> Duration {
        Duration::minutes(self.minutes)
    }
    /// Whole days remind at the start of a working day; shorter spans count elapsed time.
    fn whole_days(self) -> Option<i64> {
        self.in_days.then_some(self.minutes / (24 * 60))
    }
    /// "24h", "7d": how the key of a reminder names its offset.
    fn label(self) -> String {
        match self.whole_days() {
            Some(d) => format!("{d}d"),
            None if self.minutes % 60 == 0 => format!("{}h", self.minutes / 60),
            None => format!("{}m", self.minutes),
        }
    }
}

impl std::str::FromStr for Span {
    type Err = String;
    fn from_str(s: &str) -> Result<Span, String> {
        let s = s.trim();
        let (n, unit) = s.split_at(s.find(|c: char| !c.is_ascii_digit()).unwrap_or(s.len()));
        let n: i64 = n.parse().map_err(|_| format!("not a duration: {s:?} (write 30m, 2h, 7d or 4w)"))?;
        let per = match unit.trim() {
            "m" | "min" => 1,
            "h" => 60,
            "d" => 24 * 60,
            "w" => 7 * 24 * 60,
            _ => return Err(format!("not a duration: {s:?} (write 30m, 2h, 7d or 4w)")),
        };
        Ok(Span { minutes: n * per, in_days: per >= 24 * 60 })
    }
}

impl<'de> Deserialize<'de> for Span {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Span, D::Error> {
        let s = String::deserialize(d)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Policy {
    pub question: QuestionPolicy,
    pub clock: Vec<ClockPolicy>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct QuestionPolicy {
    pub after: After,
    pub times: u8,
    #[serde(default)]
    pub escalate_to: Vec<Role>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct After {
    pub email: Span,
    pub chat: Span,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ClockPolicy {
    pub clock: ClockKind,
    pub to: Role,
    #[serde(default)]
    pub before: Vec<Span>,
    #[serde(default)]
    pub urgent_within: Option<Span>,
    #[serde(default)]
    pub overdue_every: Option<Span>,
    #[serde(default)]
    pub prompts: Vec<Prompt>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Prompt {
    pub after_start: Span,
    pub say: PromptKind,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PromptKind {
    /// Is a two-month extension of a data-subject request needed?
    Extension,
}

pub const POLICY_TOML: &str = include_str!("../definitions/reminders.toml");

impl Policy {
    /// The built-in policy (`definitions/reminders.toml`), parsed once; a unit test parses it.
    pub fn get() -> &'static Policy {
        static POLICY: OnceLock<Policy> = OnceLock::new();
        POLICY.get_or_init(|| Policy::parse(POLICY_TOML).expect("definitions/reminders.toml is valid"))
    }

    pub fn parse(text: &str) -> Result<Policy, toml::de::Error> {
        toml::from_str(text)
    }

    fn for_clock(&self, kind: ClockKind) -> Option<&ClockPolicy> {
        self.clock.iter().find(|c| c.clock == kind)
    }
}

/// When people are not disturbed: nights, and (by default) weekends and holidays.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Quiet {
    /// Quiet from this local time ("18:00") ...
    #[serde(default = "quiet_from", deserialize_with = "hhmm")]
    pub from: NaiveTime,
    /// ... until this local time (the next morning when `to` is earlier than `from`).
    #[serde(default = "quiet_to", deserialize_with = "hhmm")]
    pub to: NaiveTime,
    /// Saturdays, Sundays and the calendar's holidays are quiet all day.
    #[serde(default = "yes")]
    pub days_off: bool,
}

fn hhmm<'de, D: serde::Deserializer<'de>>(d: D) -> Result<NaiveTime, D::Error> {
    let s = String::deserialize(d)?;
    NaiveTime::parse_from_str(&s, "%H:%M")
        .or_else(|_| NaiveTime::parse_from_str(&s, "%H:%M:%S"))
        .map_err(|_| serde::de::Error::custom(format!("not a time of day: {s:?} (write 18:00)")))
}

fn quiet_from() -> NaiveTime {
    NaiveTime::from_hms_opt(18, 0, 0).unwrap_or(NaiveTime::MIN)
}
fn quiet_to() -> NaiveTime {
    NaiveTime::from_hms_opt(8, 0, 0).unwrap_or(NaiveTime::MIN)
}
fn yes() -> bool {
    true
}

impl Default for Quiet {
    fn default() -> Quiet {
        Quiet { from: quiet_from(), to: quiet_to(), days_off: true }
    }
}

/// Everything the planner needs besides the case.
#[derive(Debug, Clone, Copy)]
pub struct Planner<'a> {
    pub policy: &'a Policy,
    pub tz: Tz,
    pub cal: Calendar,
    pub quiet: Quiet,
}

/// What a reminder is about; stored with the job and rendered when it fires.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Reminder {
    /// The `nth` reminder of a question still unanswered.
    Question { fields: Vec<String>, nth: u8, asked_at: DateTime<Utc> },
    /// A question unanswered after every reminder: the person's manager and the DSO are told.
    Escalation { person: String, role: Role, fields: Vec<String>, asked_at: DateTime<Utc> },
    /// A legal clock's deadline is near.
    Deadline { clock: ClockKind, due: DateTime<Utc> },
    /// A legal clock's deadline has passed.
    Overdue { clock: ClockKind, due: DateTime<Utc>, nth: u32 },
    /// A prompt on the way (day 20: is an extension needed?).
    Prompt { clock: ClockKind, say: PromptKind, due: DateTime<Utc> },
}

impl Reminder {
    pub fn kind(&self) -> &'static str {
        match self {
            Reminder::Question { .. } => "question",
            Reminder::Escalation { .. } => "escalation",
            Reminder::Deadline { .. } => "deadline",
            Reminder::Overdue { .. } => "overdue",
            Reminder::Prompt { .. } => "prompt",
        }
    }
}

/// One reminder of a case: a key that is unique for the life of the database, when, to whom, what.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Planned {
    pub key: String,
    pub due: DateTime<Utc>,
    pub to: Party,
    pub reminder: Reminder,
}

impl Quiet {
    fn day_off(&self, d: NaiveDate, cal: Calendar) -> bool {
        self.days_off && !cal.is_working_day(d)
    }

    fn quiet_time(&self, t: NaiveTime) -> bool {
        if self.from > self.to { t >= self.from || t < self.to } else { t >= self.from && t < self.to }
    }

    pub fn is_quiet(&self, tz: Tz, cal: Calendar, at: DateTime<Utc>) -> bool {
        let local = at.with_timezone(&tz).naive_local();
        self.day_off(local.date(), cal) || self.quiet_time(local.time())
    }

    /// `at` itself, or the first moment after it when people may be disturbed.
    pub fn next_open(&self, tz: Tz, cal: Calendar, at: DateTime<Utc>) -> DateTime<Utc> {
        let mut t = at;
        for _ in 0..40 {
            if !self.is_quiet(tz, cal, t) {
                return t;
            }
            let local = t.with_timezone(&tz).naive_local();
            let day = if self.day_off(local.date(), cal) || (self.from > self.to && local.time() >= self.from) {
                local.date() + Duration::days(1)
            } else {
                local.date()
            };
            let next = local_to_utc(tz, When::DateTime(day.and_time(self.to)));
            // A quiet window ending where it starts would never open: give up moving rather than spin.
            if next <= t {
                return t;
            }
            t = next;
        }
        t
    }

    /// The start of the working day `d` (or of the last working day before it): where reminders
    /// counted in whole days land.
    fn morning_of(&self, tz: Tz, cal: Calendar, d: NaiveDate) -> DateTime<Utc> {
        let mut d = d;
        for _ in 0..30 {
            if !self.day_off(d, cal) {
                break;
            }
            d -= Duration::days(1);
        }
        local_to_utc(tz, When::DateTime(d.and_time(self.to)))
    }
}

impl Planner<'_> {
    /// Every reminder the case should get, whether already due or not. Overdue alerts repeat:
    /// the plan holds those due by `now` and the next one.
    pub fn plan(&self, case: &Case, now: DateTime<Utc>) -> Vec<Planned> {
        let mut out = Vec::new();
        if case.state == CaseState::Closed {
            return out;
        }
        self.plan_questions(case, &mut out);
        for clock in clocks::clocks(case, self.tz, self.cal) {
            if clock.is_running()
                && let Some(p) = self.policy.for_clock(clock.kind)
            {
                self.plan_clock(case, &clock, p, now, &mut out);
            }
        }
        out
    }

    /// A reminder that would have come during a snooze comes when it ends.
    fn snooze(&self, case: &Case, address: &str, due: DateTime<Utc>) -> DateTime<Utc> {
        match case.snoozed.get(address) {
            Some(s) if due > s.at && due < s.until => s.until,
            _ => due,
        }
    }

    fn plan_questions(&self, case: &Case, out: &mut Vec<Planned>) {
        let p = &self.policy.question;
        for q in &case.pending {
            let every = match q.to.channel {
                Channel::Email => p.after.email,
                _ => p.after.chat,
            }
            .duration();
            let stamp = q.asked_at.timestamp();
            let mut t = q.asked_at;
            for nth in 1..=p.times {
                // After a snooze the chain goes on from its end, one interval at a time.
                t = self.snooze(case, &q.to.address, self.quiet.next_open(self.tz, self.cal, t + every));
                out.push(Planned {
                    key: format!("{}/q/{}/{stamp}/{nth}", case.number, q.to.address),
                    due: t,
                    to: q.to.clone(),
                    reminder: Reminder::Question { fields: q.fields.clone(), nth, asked_at: q.asked_at },
                });
            }
            let t = self.snooze(case, &q.to.address, self.quiet.next_open(self.tz, self.cal, t + every));
            for role in &p.escalate_to {
                let Some(to) = escalate_to(case, q.role, *role) else { continue };
                if to.address == q.to.address {
                    continue;
                }
                out.push(Planned {
                    key: format!("{}/esc/{}/{stamp}/{}", case.number, q.to.address, to.address),
                    due: self.snooze(case, &to.address, t),
                    to,
                    reminder: Reminder::Escalation {
                        person: q.to.address.clone(),
                        role: q.role,
                        fields: q.fields.clone(),
                        asked_at: q.asked_at,
                    },
                });
            }
        }
    }

    fn plan_clock(&self, case: &Case, clock: &LegalClock, p: &ClockPolicy, now: DateTime<Utc>, out: &mut Vec<Planned>) {
        let to = party_for(case, p.to);
        let deadline = clock.deadline.due;
        let extended = clocks::bool_of(case, "extended") == Some(true);
        let name = if extended { format!("{}+ext", clock.kind.as_str()) } else { clock.kind.as_str().to_owned() };
        let urgent_from = p.urgent_within.map(|u| deadline - u.duration());
        let last_call = p.before.iter().map(|s| s.minutes).min().map(|m| deadline - Duration::minutes(m));
        let snoozed = |due: DateTime<Utc>| {
            let s = self.snooze(case, &to.address, due);
            // A snooze never silences the last reminder before a deadline.
            match last_call {
                Some(last) if due < deadline && s > last => last.max(due),
                _ => s,
            }
        };
        for span in &p.before {
            let due = match span.whole_days() {
                Some(days) => {
                    let day = deadline.with_timezone(&self.tz).date_naive() - Duration::days(days);
                    self.quiet.morning_of(self.tz, self.cal, day)
                }
                None => {
                    let due = deadline - span.duration();
                    match urgent_from {
                        Some(u) if due >= u => due,
                        // Moved out of quiet hours, but never past the urgent window's start.
                        Some(u) => self.quiet.next_open(self.tz, self.cal, due).min(u),
                        None => self.quiet.next_open(self.tz, self.cal, due).min(deadline),
                    }
                }
            };
            out.push(Planned {
                key: format!("{}/{name}/-{}", case.number, span.label()),
                due: snoozed(due),
                to: to.clone(),
                reminder: Reminder::Deadline { clock: clock.kind, due: deadline },
            });
        }
        if let Some(every) = p.overdue_every {
            for nth in 0..=400u32 {
                let at = deadline + every.duration() * nth as i32;
                // The first alert comes at the deadline itself; the daily ones in working hours.
                let due = if nth == 0 { at } else { self.quiet.next_open(self.tz, self.cal, at) };
                out.push(Planned {
                    key: format!("{}/{name}/overdue/{nth}", case.number),
                    due: snoozed(due),
                    to: to.clone(),
                    reminder: Reminder::Overdue { clock: clock.kind, due: deadline, nth },
                });
                if due > now {
                    break;
                }
            }
        }
        if !extended {
            for prompt in &p.prompts {
                let start = clock_start(case, clock.kind);
                let Some(start) = start else { continue };
                let day = start + Duration::days(prompt.after_start.minutes / (24 * 60));
                let day = self.cal.working_day_on_or_after(day);
                let due = local_to_utc(self.tz, When::DateTime(day.and_time(self.quiet.to)));
                if due >= deadline {
                    continue;
                }
                out.push(Planned {
                    key: format!("{}/{name}/{}", case.number, serde_json::to_value(prompt.say).ok().and_then(|v| v.as_str().map(str::to_owned)).unwrap_or_default()),
                    due: snoozed(due),
                    to: to.clone(),
                    reminder: Reminder::Prompt { clock: clock.kind, say: prompt.say, due: deadline },
                });
            }
        }
    }
}

/// The local date a clock started.
fn clock_start(case: &Case, kind: ClockKind) -> Option<NaiveDate> {
    let field = match kind {
        ClockKind::Notify => "discovered_at",
        ClockKind::Supplement => "authority_notified_at",
        ClockKind::Respond => "received_at",
    };
    clocks::when_of(case, field).map(|w| w.date())
}

/// Whom to tell when a person in `asked` leaves a question unanswered: their manager only if they
/// are the reporter (a manager's own manager is not known), the DSO always.
fn escalate_to(case: &Case, asked: Role, to: Role) -> Option<Party> {
    match (asked, to) {
        (Role::Reporter, Role::Manager) => case.manager.clone(),
        (_, Role::Manager) => None,
        (_, role) => Some(party_for(case, role)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_built_in_policy_parses_and_names_every_clock() {
        let p = Policy::get();
        assert_eq!(p.question.times, 3);
        assert_eq!(p.question.after.chat.minutes, 120);
        assert_eq!(p.question.after.email.minutes, 240);
        for k in [ClockKind::Notify, ClockKind::Respond, ClockKind::Supplement] {
            assert!(p.for_clock(k).is_some(), "{k:?}");
        }
        assert_eq!(p.for_clock(ClockKind::Notify).map(|c| c.before.len()), Some(4));
    }

    #[test]
    fn spans_read_as_people_write_them_and_refuse_the_rest() {
        assert_eq!("2h".parse::<Span>().map(|s| s.minutes), Ok(120));
        assert_eq!("7d".parse::<Span>().map(|s| s.minutes), Ok(7 * 1440));
        assert_eq!("30m".parse::<Span>().map(|s| s.minutes), Ok(30));
        assert!("2 hours".parse::<Span>().is_err());
        assert!("h".parse::<Span>().is_err());
    }

    #[test]
    fn quiet_hours_open_the_next_working_morning() {
        let tz: Tz = chrono_tz::Europe::Stockholm;
        let cal = Calendar::default();
        let q = Quiet::default();
        let at = |s: &str| local_to_utc(tz, When::parse_field(s).expect("time"));
        // Friday 16:55 + 2 h = 18:55, quiet: Monday 08:00.
        assert_eq!(q.next_open(tz, cal, at("2026-11-20T18:55")), at("2026-11-23T08:00"));
        // Tuesday 06:30: 08:00 the same day.
        assert_eq!(q.next_open(tz, cal, at("2026-11-24T06:30")), at("2026-11-24T08:00"));
        // Thursday before Good Friday, 20:00: Tuesday after Easter.
        assert_eq!(q.next_open(tz, cal, at("2026-04-02T20:00")), at("2026-04-07T08:00"));
        // In working hours nothing moves.
        assert_eq!(q.next_open(tz, cal, at("2026-11-24T10:00")), at("2026-11-24T10:00"));
    }
}
