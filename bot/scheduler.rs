//! The scheduler: fires due reminders and digests, exactly once as a person sees it.
//!
//! Jobs are rows ([`crate::jobs`]). A pass claims what is due with a lease, groups it per case and
//! person (so a backlog after downtime becomes one message each, not a burst), re-checks every job
//! against the case's current plan, and in one transaction stores the message, spends the jobs
//! (only while it still holds their lease) and plans what comes next. A worker that dies leaves
//! claims whose lease runs out; the next pass takes them back. Time comes from the caller: the
//! wall clock in production, the console's virtual clock in tests.

use std::collections::{BTreeMap, HashSet};
use std::time::Duration as StdDuration;

use chrono::{DateTime, Datelike, Duration, NaiveDate, Utc};
use minijinja::context;
use serde_json::json;
use tracing::{info, warn};
use workflows::clocks::{self, ClockKind, ClockStatus};
use workflows::dialogue;
use workflows::remind::Reminder;
use workflows::{Case, CaseState, Channel, Kind, Lang, Party, Value};

use crate::clock::Clock;
use crate::engine::{Bot, Purpose, Sent};
use crate::jobs::{Job, NewJob};
use crate::store::Tx;

/// How long a claim holds before another worker may take the job back.
const LEASE_SECONDS: i64 = 120;
/// Jobs claimed per statement.
const BATCH: i64 = 500;

pub struct Scheduler<'a> {
    bot: &'a Bot,
    worker: String,
    lease: Duration,
}

/// The digests, by the name their jobs' keys carry.
const DIGESTS: [&str; 3] = ["dso", "manager", "quarterly"];

impl<'a> Scheduler<'a> {
    /// A scheduler for one worker; `worker` names it in claims (unique per process).
    pub fn new(bot: &'a Bot, worker: impl Into<String>) -> Scheduler<'a> {
        Scheduler { bot, worker: worker.into(), lease: Duration::seconds(LEASE_SECONDS) }
    }

    /// Everything due by `now`: reminders, escalations, digests. Returns what was sent.
    pub async fn run_due(&self, now: DateTime<Utc>) -> anyhow::Result<Vec<Sent>> {
        self.plan_digests(now).await?;
        let mut sent = Vec::new();
        loop {
            let (s, more) = self.run_batch(now, BATCH).await?;
            sent.extend(s);
            if !more {
                break;
            }
        }
        Ok(sent)
    }

    /// Claims and fires up to `limit` due jobs; true when there may be more.
    pub async fn run_batch(&self, now: DateTime<Utc>, limit: i64) -> anyhow::Result<(Vec<Sent>, bool)> {
        let jobs = self.bot.store.claim_due(&self.worker, now, self.lease, limit).await?;
        let more = jobs.len() as i64 == limit;
        // One message per case and person, however many of their reminders fell due.
        let mut groups: BTreeMap<(Option<i64>, String), Vec<Job>> = BTreeMap::new();
        for job in jobs {
            let key = match job.kind.as_str() {
                "digest" => (None, job.key.clone()),
                _ => (job.case_id, job.party.clone()),
            };
            groups.entry(key).or_default().push(job);
        }
        let mut sent = Vec::new();
        for ((case_id, _), group) in groups {
            let fired = match case_id {
                Some(id) => self.fire_reminders(id, group, now).await,
                None => self.fire_digests(group, now).await,
            };
            match fired {
                Ok(s) => sent.extend(s),
                // The claims lapse and the jobs come back: nothing is lost, the next pass retries.
                Err(e) => warn!(error = %format!("{e:#}"), "firing jobs failed; they will be retried"),
            }
        }
        Ok((sent, more))
    }

    /// Runs until `stop` resolves: a pass whenever something falls due, at least every second (so
    /// jobs written by other instances are seen), handing what it sends to `deliver`.
    pub async fn run(&self, clock: &dyn Clock, deliver: impl Fn(Vec<Sent>), stop: impl std::future::Future<Output = ()>) -> anyhow::Result<()> {
        tokio::pin!(stop);
        loop {
            let now = clock.now();
            match self.run_due(now).await {
                Ok(sent) if !sent.is_empty() => deliver(sent),
                Ok(_) => {}
                Err(e) => warn!(error = %format!("{e:#}"), "scheduler pass failed"),
            }
            let next = self.bot.store.next_due().await.ok().flatten();
            let wait = next
                .map(|t| (t - clock.now()).to_std().unwrap_or(StdDuration::ZERO))
                .unwrap_or(StdDuration::from_secs(1))
                .min(StdDuration::from_secs(1));
            tokio::select! {
                _ = &mut stop => return Ok(()),
                _ = tokio::time::sleep(wait.max(StdDuration::from_millis(10))) => {}
            }
        }
    }

    async fn fire_reminders(&self, case_id: i64, jobs: Vec<Job>, now: DateTime<Utc>) -> anyhow::Result<Vec<Sent>> {
        let bot = self.bot;
        let mut tx = bot.store.begin().await?;
        let Some(case) = tx.load_case_by_id(case_id).await? else {
            anyhow::bail!("job for a case that does not exist (row {case_id})");
        };
        let planner = bot.planner();
        let plan = planner.plan(&case, now);
        let live: HashSet<&str> = plan.iter().map(|p| p.key.as_str()).collect();
        let tz = planner.tz;
        let mut items = Vec::new();
        for job in &jobs {
            let reminder: Option<Reminder> = serde_json::from_value(job.payload.clone()).ok();
            let valid = case.state != CaseState::Closed && live.contains(job.key.as_str());
            match reminder {
                Some(r) if valid => {
                    if !may_disturb(&planner, &r, now) {
                        let later = planner.quiet.next_open(tz, planner.cal, now);
                        if !tx.postpone_job(job.id, &self.worker, later).await? {
                            anyhow::bail!("lost the lease on a job");
                        }
                        continue;
                    }
                    if !tx.finish_job(job.id, &self.worker, "done", now).await? {
                        anyhow::bail!("lost the lease on a job");
                    }
                    items.push(r);
                }
                // Its condition cleared (answered, notified, closed) after it was claimed.
                _ => {
                    if !tx.finish_job(job.id, &self.worker, "cancelled", now).await? {
                        anyhow::bail!("lost the lease on a job");
                    }
                }
            }
        }
        let mut sent = Vec::new();
        if !items.is_empty() {
            let first = &jobs[0];
            let channel = first.channel.parse::<Channel>().unwrap_or(Channel::Email);
            let to = Party { address: first.party.clone(), channel };
            let org = bot.config.org(case.reporter.channel);
            let lang = dialogue::lang_for(&case, &org, &to.address);
            let asks: Vec<String> = if items.iter().any(|r| matches!(r, Reminder::Question { .. })) {
                case.pending_for(&to.address).map(|q| q.fields.clone()).unwrap_or_default()
            } else {
                vec![]
            };
            // Past its deadline a clock speaks through its overdue alert only.
            let overdue: Vec<ClockKind> = items.iter().filter_map(|r| if let Reminder::Overdue { clock, .. } = r { Some(*clock) } else { None }).collect();
            items.retain(|r| !matches!(r, Reminder::Deadline { clock, due } if overdue.contains(clock) || *due <= now));
            items.sort_by_key(order);
            items.dedup_by(|a, b| same_item(a, b));
            let text = bot.renderer.reminder(&case, lang, &items, &asks, now)?;
            bot.store_outgoing(&mut tx, Some((case_id, &case)), &to, &text, &asks, lang, Purpose::Reminder, None, now).await?;
            bot.nudge_web(&mut tx, Some((case_id, &case)), &to, lang, Purpose::Reminder, now).await?;
            let kinds: Vec<&str> = items.iter().map(Reminder::kind).collect();
            let role = role_on(&case, &to.address);
            tx.audit(Some(case_id), now, "dsobot", "reminded", &format!("{} to {role}", kinds.join(","))).await?;
            info!(case = %case.number, items = items.len(), "reminder sent");
            let deadline = clocks::case_deadline(&case, tz, planner.cal).map(|d| d.due.with_timezone(&tz).format("%Y-%m-%dT%H:%M").to_string());
            sent.push(Sent { to, case: Some(case.number.clone()), text, asks, kind: Some("reminder"), deadline });
        }
        // What comes next (the next daily overdue alert) is planned in the same transaction.
        tx.reconcile_jobs(case_id, &plan, now).await?;
        tx.commit().await?;
        Ok(sent)
    }

    /// Keeps one pending job for each configured digest: its next time after `now`. Every pass
    /// calls it; a channel calls it once when it starts, so the first digest is not missed.
    pub async fn plan_digests(&self, now: DateTime<Utc>) -> anyhow::Result<()> {
        let mut tx = self.bot.store.begin().await?;
        for name in DIGESTS {
            let prefix = format!("digest/{name}/");
            if tx.job_waiting(&prefix).await? {
                continue;
            }
            self.queue_digest(&mut tx, name, now).await?;
        }
        tx.commit().await
    }

    /// Queues a digest's next time after `now` (none when it is turned off).
    async fn queue_digest(&self, tx: &mut Tx, name: &str, now: DateTime<Utc>) -> anyhow::Result<()> {
        if let Some(at) = self.next_digest(name, now) {
            let key = format!("digest/{name}/{}", crate::store::ts(at));
            tx.insert_job(NewJob { key: &key, kind: "digest", party: "", channel: "email", due_at: at, payload: json!({ "digest": name }) }, now)
                .await?;
        }
        Ok(())
    }

    /// The next time a digest is due after `after`, in the organisation's zone; none when off.
    fn next_digest(&self, name: &str, after: DateTime<Utc>) -> Option<DateTime<Utc>> {
        let d = &self.bot.config.digests;
        let expr = match name {
            "dso" => &d.dso,
            "manager" => &d.manager,
            _ => &d.quarterly,
        };
        if expr.trim().is_empty() {
            return None;
        }
        let schedule: cron::Schedule = expr.parse().ok()?;
        let tz = self.bot.config.organisation.time_zone;
        let cal = self.bot.config.calendar;
        let mut upcoming = schedule.after(&after.with_timezone(&tz));
        if name == "quarterly" {
            // Only on the first working day of a quarter (cron cannot say "first working day").
            upcoming
                .take(5000)
                .find(|t| {
                    let day = t.date_naive();
                    cal.first_working_day_of_quarter(day) == day
                })
                .map(|t| t.with_timezone(&Utc))
        } else {
            upcoming.next().map(|t| t.with_timezone(&Utc))
        }
    }

    async fn fire_digests(&self, jobs: Vec<Job>, now: DateTime<Utc>) -> anyhow::Result<Vec<Sent>> {
        let bot = self.bot;
        let cases: Vec<Case> = bot.store.list_cases().await?;
        let mut tx = bot.store.begin().await?;
        let mut sent = Vec::new();
        for job in &jobs {
            if !tx.finish_job(job.id, &self.worker, "done", now).await? {
                anyhow::bail!("lost the lease on a digest");
            }
            let name = job.payload["digest"].as_str().unwrap_or_default().to_owned();
            let messages = match name.as_str() {
                "dso" => self.dso_digest(&cases, now)?,
                "manager" => self.manager_digests(&cases, now)?,
                "quarterly" => self.quarterly_digest(&cases, now)?,
                _ => vec![],
            };
            for (to, text) in messages {
                bot.store_outgoing(&mut tx, None, &to, &text, &[], self.lang(), Purpose::Digest, None, now).await?;
                sent.push(Sent { to, case: None, text, asks: vec![], kind: Some("digest"), deadline: None });
            }
            tx.audit(None, now, "dsobot", "digest", &name).await?;
            info!(digest = %name, "digest fired");
            // The next one is planned after now, so a backlog of missed digests becomes one.
            self.queue_digest(&mut tx, &name, now).await?;
        }
        tx.commit().await?;
        Ok(sent)
    }

    fn lang(&self) -> Lang {
        self.bot.config.organisation.language
    }

    fn dso_digest(&self, cases: &[Case], now: DateTime<Utc>) -> anyhow::Result<Vec<(Party, String)>> {
        let r = &self.bot.renderer;
        let lang = self.lang();
        let (tz, cal) = (r.tz(), r.cal());
        let catalog = workflows::Catalog::get();
        let mut open = Vec::new();
        let mut overdue = Vec::new();
        let mut questions = Vec::new();
        for c in cases.iter().filter(|c| c.state.is_open()) {
            let running: Vec<_> = clocks::clocks(c, tz, cal).into_iter().filter(|k| k.status == ClockStatus::Running).collect();
            let next = running.iter().min_by_key(|k| k.deadline.due);
            let kind = catalog.labels.kinds.get(c.kind.as_str()).map_or(c.kind.as_str(), |l| l.get(lang));
            let state = catalog.labels.states.get(c.state.as_str()).map_or(c.state.as_str(), |l| l.get(lang));
            let due_at = next.map(|k| k.deadline.due);
            open.push((due_at.unwrap_or(DateTime::<Utc>::MAX_UTC), context! {
                number => &c.number, kind, state,
                clock => next.map(|k| r.clock_label(k.kind, lang)),
                due => due_at.map(|d| r.local(d)),
                left => due_at.map(|d| r.span(d - now, lang)),
            }));
            for k in running.iter().filter(|k| k.deadline.due <= now) {
                overdue.push(context! { number => &c.number, clock => r.clock_label(k.kind, lang), due => r.local(k.deadline.due), left => r.span(now - k.deadline.due, lang) });
            }
            for q in &c.pending {
                questions.push(context! {
                    number => &c.number, role => r.role_label(q.role, lang), since => r.local(q.asked_at),
                    fields => q.fields.iter().map(|f| catalog.field_label(f, lang).trim_end_matches('?').to_owned()).collect::<Vec<_>>(),
                });
            }
        }
        if open.is_empty() {
            return Ok(vec![]);
        }
        open.sort_by_key(|(due, _)| *due);
        let open: Vec<_> = open.into_iter().filter(|(due, _)| *due > now).map(|(_, v)| v).collect();
        let today = now.with_timezone(&tz).format("%Y-%m-%d").to_string();
        let text = r.digest("digest_dso", lang, context! { today, open, overdue, questions })?;
        Ok(vec![(self.bot.config.dso_on(Channel::Email), text)])
    }

    fn manager_digests(&self, cases: &[Case], _now: DateTime<Utc>) -> anyhow::Result<Vec<(Party, String)>> {
        let r = &self.bot.renderer;
        let lang = self.lang();
        let catalog = workflows::Catalog::get();
        let mut out = Vec::new();
        for unit in &self.bot.config.units {
            let mut questions = Vec::new();
            for c in cases.iter().filter(|c| c.state.is_open() && c.unit.as_deref() == Some(unit.name.as_str())) {
                let due = clocks::case_deadline(c, r.tz(), r.cal()).map(|d| r.local(d.due));
                for q in &c.pending {
                    questions.push(context! {
                        number => &c.number, role => r.role_label(q.role, lang), since => r.local(q.asked_at), due => &due,
                        fields => q.fields.iter().map(|f| catalog.field_label(f, lang).trim_end_matches('?').to_owned()).collect::<Vec<_>>(),
                    });
                }
            }
            if questions.is_empty() {
                continue;
            }
            let text = r.digest("digest_manager", lang, context! { unit => &unit.name, questions })?;
            out.push((Party { address: unit.manager.email.clone(), channel: Channel::Email }, text));
        }
        Ok(out)
    }

    /// Figures for the quarter that just ended, for the DSO's quarterly report.
    fn quarterly_digest(&self, cases: &[Case], now: DateTime<Utc>) -> anyhow::Result<Vec<(Party, String)>> {
        let r = &self.bot.renderer;
        let tz = r.tz();
        let today = now.with_timezone(&tz).date_naive();
        let this_quarter = quarter_start(today);
        let start = quarter_start(this_quarter - Duration::days(1));
        let in_quarter = |c: &&Case| {
            let d = c.opened_at.with_timezone(&tz).date_naive();
            d >= start && d < this_quarter
        };
        let quarter: Vec<&Case> = cases.iter().filter(in_quarter).collect();
        let flag = |c: &Case, f: &str| matches!(c.value(f), Some(Value::Bool(true)));
        let incidents: Vec<&&Case> = quarter.iter().filter(|c| c.kind == Kind::Incident).collect();
        let requests: Vec<&&Case> = quarter.iter().filter(|c| c.kind == Kind::DataSubjectRequest).collect();
        let stats = context! {
            incidents => incidents.len(),
            notified => incidents.iter().filter(|c| c.value("authority_notified_at").is_some()).count(),
            late => incidents.iter().filter(|c| flag(c, "notified_late")).count(),
            requests => requests.len(),
            extended => requests.iter().filter(|c| flag(c, "extended")).count(),
            requests_open => requests.iter().filter(|c| c.state.is_open()).count(),
        };
        let label = format!("Q{} {}", start.month0() / 3 + 1, start.year());
        let text = r.digest("digest_quarterly", self.lang(), context! { quarter => label, stats })?;
        Ok(vec![(self.bot.config.dso_on(Channel::Email), text)])
    }
}

fn quarter_start(d: NaiveDate) -> NaiveDate {
    NaiveDate::from_ymd_opt(d.year(), d.month0() / 3 * 3 + 1, 1).unwrap_or(d)
}

/// Whether a reminder may go out now: outside quiet hours always; inside them only a DSO deadline
/// reminder within its clock's urgent window (and the first overdue alert, at the deadline).
fn may_disturb(planner: &workflows::remind::Planner<'_>, r: &Reminder, now: DateTime<Utc>) -> bool {
    if !planner.quiet.is_quiet(planner.tz, planner.cal, now) {
        return true;
    }
    let urgent = |clock: ClockKind| planner.policy.clock.iter().find(|c| c.clock == clock).and_then(|c| c.urgent_within).map(|u| u.duration());
    match r {
        Reminder::Deadline { clock, due } => urgent(*clock).is_some_and(|u| *due - now <= u),
        Reminder::Overdue { clock, due, .. } => urgent(*clock).is_some_and(|_| now - *due < Duration::hours(24)),
        _ => false,
    }
}

/// Deadline items first, then questions and escalations: what matters most leads the message.
fn order(r: &Reminder) -> u8 {
    match r {
        Reminder::Overdue { .. } => 0,
        Reminder::Deadline { .. } => 1,
        Reminder::Prompt { .. } => 2,
        Reminder::Escalation { .. } => 3,
        Reminder::Question { .. } => 4,
    }
}

/// Several due items that would say the same thing say it once (the 24 h and 12 h reminders
/// after downtime; three question reminders of one question).
fn same_item(a: &Reminder, b: &Reminder) -> bool {
    match (a, b) {
        (Reminder::Deadline { clock: x, .. }, Reminder::Deadline { clock: y, .. }) => x == y,
        (Reminder::Overdue { clock: x, .. }, Reminder::Overdue { clock: y, .. }) => x == y,
        (Reminder::Question { asked_at: x, .. }, Reminder::Question { asked_at: y, .. }) => x == y,
        (Reminder::Escalation { person: p, asked_at: x, .. }, Reminder::Escalation { person: q, asked_at: y, .. }) => p == q && x == y,
        _ => false,
    }
}

fn role_on(case: &Case, address: &str) -> &'static str {
    if address == case.reporter.address {
        "reporter"
    } else if case.manager.as_ref().is_some_and(|m| m.address == address) {
        "manager"
    } else if case.dso.address == address {
        "dso"
    } else {
        "other"
    }
}
