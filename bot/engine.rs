//! One conversation turn: an inbound message in, the workflow's decision, everything stored in one
//! transaction, the outgoing messages rendered. Every channel calls [`Bot::handle`].

use chrono::{DateTime, Datelike, Utc};
use tracing::info;
use workflows::dialogue::{self, Opening, Org, Outgoing};
use workflows::remind::{Planner, Policy};
use workflows::{Case, Channel, Kind, Party, command, extract, lang};

use crate::config::Config;
use crate::render::Renderer;
use crate::store::{NewMessage, Store};

/// Longest message text the bot reads. Longer ones are kept raw and the sender is told.
pub const MAX_TEXT: usize = 256 * 1024;

/// A message from a person, parsed at the channel's edge.
#[derive(Debug, Clone)]
pub struct Inbound {
    pub at: DateTime<Utc>,
    pub from: Party,
    pub subject: Option<String>,
    pub text: String,
    /// The bytes as received (an e-mail's source), kept with the message.
    pub raw: Option<Vec<u8>>,
    /// The case the channel says it belongs to (a subject tag, a thread).
    pub case: Option<String>,
}

/// A message the bot sends, rendered.
#[derive(Debug, Clone, PartialEq)]
pub struct Sent {
    pub to: Party,
    pub case: Option<String>,
    pub text: String,
    pub asks: Vec<String>,
    /// `reminder` (reminders and escalations) or `digest`; none for a turn's own messages.
    pub kind: Option<&'static str>,
    /// For reminders: the case's deadline, local wall time ("2026-11-23T16:55").
    pub deadline: Option<String>,
}

#[derive(Debug, thiserror::Error)]
pub enum TurnError {
    #[error("the message has no text")]
    Empty,
    #[error("the message is too long ({0} bytes; at most {MAX_TEXT}); it is kept and the DSO can read it")]
    TooLong(usize),
    #[error("there is no case {0}")]
    UnknownCase(String),
    #[error(transparent)]
    Store(#[from] anyhow::Error),
}

pub struct Bot {
    pub store: Store,
    pub config: Config,
    pub renderer: Renderer,
}

impl Bot {
    pub fn new(store: Store, config: Config) -> anyhow::Result<Bot> {
        let renderer = Renderer::new(&config)?;
        Ok(Bot { store, config, renderer })
    }

    fn org(&self, channel: Channel) -> Org {
        self.config.org(channel)
    }

    /// The reminder planner for this organisation: the built-in policy, its calendar, its quiet hours.
    pub fn planner(&self) -> Planner<'static> {
        Planner {
            policy: Policy::get(),
            tz: self.config.organisation.time_zone,
            cal: self.config.calendar,
            quiet: self.config.reminders.quiet,
        }
    }

    /// Handles one inbound message: opens a case, continues one, or answers without a case.
    #[tracing::instrument(skip_all, fields(channel = msg.from.channel.as_str()))]
    pub async fn handle(&self, msg: Inbound) -> Result<Vec<Sent>, TurnError> {
        let org = self.org(msg.from.channel);
        let cmd = command::parse(&msg.text, org.local(msg.at), self.config.reminders.quiet.to);
        self.handle_with(msg, cmd).await
    }

    /// The DSO's records from the command line (`dsobot cases notified|supplemented|extend`): the
    /// same turn as the words in a message, stored as a message from the DSO.
    pub async fn record(&self, number: &str, cmd: command::Command, at: DateTime<Utc>, what: &str) -> Result<Vec<Sent>, TurnError> {
        let msg = Inbound {
            at,
            from: self.config.dso_on(Channel::Email),
            subject: None,
            text: what.to_owned(),
            raw: None,
            case: Some(number.to_owned()),
        };
        self.handle_with(msg, Some(cmd)).await
    }

    async fn handle_with(&self, msg: Inbound, cmd: Option<command::Command>) -> Result<Vec<Sent>, TurnError> {
        if msg.text.len() > MAX_TEXT {
            self.keep_rejected(&msg).await?;
            return Err(TurnError::TooLong(msg.text.len()));
        }
        if msg.text.trim().is_empty() {
            return Err(TurnError::Empty);
        }
        let org = self.org(msg.from.channel);
        let mut tx = self.store.begin().await?;
        let number = match &msg.case {
            Some(n) => Some(n.clone()),
            None => match tx.case_awaiting(&msg.from.address).await? {
                Some(n) => Some(n),
                // "påminn mig imorgon" answers no question: it is about what was last sent to them.
                None if cmd.is_some() => tx.case_last_written_to(&msg.from.address).await?,
                None => None,
            },
        };
        let existing = match &number {
            Some(n) => match tx.load_case(n).await? {
                Some(found) => Some(found),
                None => return Err(TurnError::UnknownCase(n.clone())),
            },
            None => None,
        };
        // A message naming a case from someone who takes no part in it never joins it silently.
        let is_dso = self.config.is_dso(&msg.from.address);
        let existing = existing.filter(|(_, c)| is_dso || takes_part(c, &msg.from.address));
        let sent = match existing {
            Some((id, mut case)) => {
                let before = case.clone();
                let commanded = cmd.and_then(|c| dialogue::command(&org, &mut case, &msg.from, is_dso, msg.at, &msg.text, c));
                let outgoing = match commanded {
                    Some(out) => out,
                    None => dialogue::reply(&org, &mut case, &msg.from, msg.at, &msg.text),
                };
                tx.insert_message(inbound_row(&msg, Some(id), Some(case.inbound))).await?;
                tx.record_values(id, Some(&before), &case).await?;
                tx.update_case(id, &case, msg.at).await?;
                tx.sync_questions(id, &case).await?;
                if before.state != case.state {
                    tx.audit(Some(id), msg.at, "dsobot", "state", case.state.as_str()).await?;
                }
                let changed: Vec<&str> = case
                    .fields
                    .iter()
                    .filter(|(k, e)| before.fields.get(*k) != Some(e))
                    .map(|(k, _)| k.as_str())
                    .collect();
                if !changed.is_empty() {
                    tx.audit(Some(id), msg.at, &msg.from.address, "answered", &changed.join(",")).await?;
                }
                if before.snoozed != case.snoozed {
                    tx.audit(Some(id), msg.at, &msg.from.address, "snoozed", "").await?;
                }
                tx.reconcile_jobs(id, &self.planner().plan(&case, msg.at), msg.at).await?;
                info!(case = %case.number, answered = changed.len(), "reply handled");
                self.send_all(&mut tx, Some((id, &case)), outgoing, msg.at).await?
            }
            None => self.open(&mut tx, &org, &msg).await?,
        };
        tx.commit().await?;
        Ok(sent)
    }

    async fn open(&self, tx: &mut crate::store::Tx, org: &Org, msg: &Inbound) -> anyhow::Result<Vec<Sent>> {
        let local = org.local(msg.at);
        let extraction = extract::extract(&msg.text, msg.subject.as_deref(), local);
        let message_id = tx.insert_message(inbound_row(msg, None, None)).await?;
        if extraction.kind == Kind::Other {
            let lang = lang::detect(&msg.text).unwrap_or(org.default_lang);
            info!("message is not a case");
            return self.send_all(tx, None, vec![dialogue::answer_other(&msg.from, lang)], msg.at).await;
        }
        let number = tx.next_number(extraction.kind, local.year()).await?;
        let manager = self.config.manager_of(&msg.from);
        let opening = Opening {
            number,
            from: msg.from.clone(),
            unit: manager.as_ref().map(|(u, _)| u.clone()),
            manager: manager.map(|(_, m)| m),
            at: msg.at,
            extraction,
        };
        let (case, outgoing) = dialogue::open(org, opening);
        let id = tx.insert_case(&case, msg.at).await?;
        tx.attach_message(message_id, id, 1).await?;
        tx.record_values(id, None, &case).await?;
        tx.sync_questions(id, &case).await?;
        tx.audit(Some(id), msg.at, &msg.from.address, "opened", case.kind.as_str()).await?;
        tx.reconcile_jobs(id, &self.planner().plan(&case, msg.at), msg.at).await?;
        info!(case = %case.number, kind = case.kind.as_str(), "case opened");
        self.send_all(tx, Some((id, &case)), outgoing, msg.at).await
    }

    /// Renders and stores the outgoing messages of a turn (in its transaction).
    async fn send_all(
        &self,
        tx: &mut crate::store::Tx,
        case: Option<(i64, &Case)>,
        outgoing: Vec<Outgoing>,
        at: DateTime<Utc>,
    ) -> anyhow::Result<Vec<Sent>> {
        let mut sent = Vec::with_capacity(outgoing.len());
        for out in outgoing {
            let text = self.renderer.message(&out, case.map(|(_, c)| c))?;
            tx.insert_outgoing(case.map(|(id, _)| id), &out.to, &text, &out.asks, at).await?;
            sent.push(Sent { to: out.to, case: case.map(|(_, c)| c.number.clone()), text, asks: out.asks, kind: None, deadline: None });
        }
        Ok(sent)
    }

    /// Closes a case: its questions are withdrawn; later messages to it are kept but change nothing.
    pub async fn close_case(&self, number: &str, by: &str, at: DateTime<Utc>) -> Result<(), TurnError> {
        let mut tx = self.store.begin().await?;
        let (id, mut case) = tx.load_case(number).await?.ok_or_else(|| TurnError::UnknownCase(number.to_owned()))?;
        dialogue::close(&mut case);
        tx.update_case(id, &case, at).await?;
        tx.sync_questions(id, &case).await?;
        tx.reconcile_jobs(id, &self.planner().plan(&case, at), at).await?;
        tx.audit(Some(id), at, by, "state", case.state.as_str()).await?;
        tx.commit().await?;
        info!(case = %number, "case closed");
        Ok(())
    }

    /// Keeps a message the bot will not read (too long), so nothing is lost, and flags it.
    async fn keep_rejected(&self, msg: &Inbound) -> anyhow::Result<()> {
        let mut tx = self.store.begin().await?;
        let mut row = inbound_row(msg, None, None);
        row.status = "rejected";
        let id = tx.insert_message(row).await?;
        tx.audit(None, msg.at, "dsobot", "rejected", &format!("message {id}: too long")).await?;
        tx.commit().await
    }
}

fn takes_part(case: &Case, address: &str) -> bool {
    case.reporter.address == address
        || case.dso.address == address
        || case.manager.as_ref().is_some_and(|m| m.address == address)
        || case.pending_for(address).is_some()
}

fn inbound_row(msg: &Inbound, case_id: Option<i64>, seq: Option<u32>) -> NewMessage<'_> {
    NewMessage {
        case_id,
        seq,
        inbound: true,
        channel: msg.from.channel.as_str(),
        party: &msg.from.address,
        subject: msg.subject.as_deref(),
        body: &msg.text,
        raw: msg.raw.as_deref(),
        asks: &[],
        status: "received",
        at: msg.at,
    }
}
