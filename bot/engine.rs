//! One conversation turn: an inbound message in, the workflow's decision, everything stored in one
//! transaction, the outgoing messages rendered. Every channel calls [`Bot::handle`].

use chrono::{DateTime, Datelike, Utc};
use tracing::info;
use workflows::dialogue::{self, Opening, Org, Outgoing};
use workflows::remind::{Planner, Policy};
use workflows::{Case, Channel, Kind, Lang, Party, Value, command, extract, lang};

use crate::chat::{ChatIn, Route};
use crate::config::Config;
use crate::render::Renderer;
use crate::store::{NewMessage, Store, Tx};

/// What an outgoing message is for: the e-mail subject says it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Purpose {
    Question,
    Notice,
    Reminder,
    Digest,
}

impl Purpose {
    pub fn as_str(self) -> &'static str {
        match self {
            Purpose::Question => "question",
            Purpose::Notice => "notice",
            Purpose::Reminder => "reminder",
            Purpose::Digest => "digest",
        }
    }
}

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
    /// What an e-mail brings besides its text.
    pub email: Option<Box<EmailIn>>,
    /// What a chat message brings besides its text: its id, room and thread.
    pub chat: Option<ChatIn>,
}

/// The parts of an inbound e-mail the store keeps with it.
#[derive(Debug, Clone, Default)]
pub struct EmailIn {
    /// Its Message-ID (without angle brackets): replies thread to it, a re-scan skips it.
    pub message_id: String,
    /// Its In-Reply-To and References, oldest first.
    pub refs: Vec<String>,
    pub attachments: Vec<crate::mail::parse::Attachment>,
}

/// A mailbox position: UIDVALIDITY and the last UID handled.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cursor {
    pub mailbox: String,
    pub uidvalidity: u32,
    pub uid: u32,
}

/// Why a message was kept but not read as a turn.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kept {
    /// An auto-reply or list mail: stored, never answered, nobody told.
    Automatic,
    /// A mail the parser could not read (no sender, not a mail): the DSO is told.
    Malformed,
    /// No text to read (an empty body, only attachments): the DSO is told.
    NoText,
    /// Longer than [`MAX_TEXT`]: the DSO is told.
    TooLong,
    /// It claims an internal sender but failed authentication: the DSO is told, nobody answered.
    Unauthenticated,
    /// A reply in a case's thread from someone who takes no part in it: the DSO decides.
    Foreign,
}

impl Kept {
    pub fn as_str(self) -> &'static str {
        match self {
            Kept::Automatic => "automatic",
            Kept::Malformed => "malformed",
            Kept::NoText => "no_text",
            Kept::TooLong => "too_long",
            Kept::Unauthenticated => "unauthenticated",
            Kept::Foreign => "foreign",
        }
    }
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

    /// When the case's nearest legal clock runs out (UTC), for as long as the case is open.
    pub fn deadline_of(&self, case: &Case) -> Option<DateTime<Utc>> {
        if !case.state.is_open() {
            return None;
        }
        workflows::clocks::case_deadline(case, self.config.organisation.time_zone, self.config.calendar).map(|d| d.due)
    }

    /// What the case's row carries beside its snapshot: the deadline the dashboard sorts on and
    /// what the statistics count.
    pub fn derived(&self, case: &Case) -> crate::store::Derived {
        let (tz, cal) = (self.config.organisation.time_zone, self.config.calendar);
        crate::store::Derived { deadline: self.deadline_of(case), facts: crate::stats::Facts::of(case, tz, cal) }
    }

    /// Fills in what rows stored by an older version lack beside their snapshots; how many.
    pub async fn fill_derived(&self) -> anyhow::Result<usize> {
        self.store.backfill_derived(|c| self.derived(c)).await
    }

    /// A year's statistics and its quarters', from the facts stored beside each case.
    pub async fn year_stats(&self, year: i32, lang: Lang) -> anyhow::Result<crate::stats::YearStats> {
        self.fill_derived().await?;
        let rows = self.store.stat_rows(year).await?;
        Ok(crate::stats::YearStats::of(&rows, year, self.config.organisation.time_zone, lang))
    }

    /// Handles one inbound message: opens a case, continues one, or answers without a case.
    #[tracing::instrument(skip_all, fields(channel = msg.from.channel.as_str()))]
    pub async fn handle(&self, msg: Inbound) -> Result<Vec<Sent>, TurnError> {
        let mut tx = self.store.begin().await?;
        let result = self.handle_in(&mut tx, msg).await;
        finish(tx, result).await
    }

    /// [`Bot::handle`] in a transaction the caller commits (the mailbox reader stores a fetched
    /// chunk in one). Writes nothing on `Empty` and `UnknownCase`; on `TooLong` the message is kept.
    pub async fn handle_in(&self, tx: &mut Tx, msg: Inbound) -> Result<Vec<Sent>, TurnError> {
        let org = self.org(msg.from.channel);
        let cmd = command::parse(&msg.text, org.local(msg.at), self.config.reminders.quiet.to);
        self.turn(tx, msg, cmd).await
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
            email: None,
            chat: None,
        };
        let mut tx = self.store.begin().await?;
        let result = self.turn(&mut tx, msg, Some(cmd)).await;
        finish(tx, result).await
    }

    async fn turn(&self, tx: &mut Tx, msg: Inbound, cmd: Option<command::Command>) -> Result<Vec<Sent>, TurnError> {
        if msg.text.len() > MAX_TEXT {
            self.keep_rejected(tx, &msg).await?;
            return Err(TurnError::TooLong(msg.text.len()));
        }
        if msg.text.trim().is_empty() {
            return Err(TurnError::Empty);
        }
        let org = self.org(msg.from.channel);
        if self.stored_before(tx, &msg).await? {
            return Ok(vec![]);
        }
        // In a shared chat room a message without a thread is a new report, never an answer.
        let shared_room = msg.chat.as_ref().is_some_and(|c| !c.direct);
        let number = match &msg.case {
            Some(n) => Some(n.clone()),
            None if shared_room => None,
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
        let foreign = existing.as_ref().is_some_and(|(_, c)| !is_dso && !takes_part(c, &msg.from.address));
        if foreign && (msg.email.is_some() || msg.chat.is_some()) && msg.case.is_some() {
            // A mail or chat message in a case's thread from someone else: kept for the DSO, never joined.
            return Ok(self.keep_in(tx, &msg, Kept::Foreign, msg.case.as_deref()).await?);
        }
        let existing = existing.filter(|_| !foreign);
        let sent = match existing {
            Some((id, mut case)) => {
                let before = case.clone();
                let commanded = cmd.and_then(|c| dialogue::command(&org, &mut case, &msg.from, is_dso, msg.at, &msg.text, c));
                let outgoing = match commanded {
                    Some(out) => out,
                    None => dialogue::reply(&org, &mut case, &msg.from, msg.at, &msg.text),
                };
                self.store_inbound(tx, &msg, Some(id), Some(case.inbound), "received").await?;
                tx.record_values(id, Some(&before), &case).await?;
                tx.update_case(id, &case, msg.at, &self.derived(&case)).await?;
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
                self.send_all(tx, Some((id, &case)), outgoing, &msg).await?
            }
            None => self.open(tx, &org, &msg).await?,
        };
        Ok(sent)
    }

    async fn open(&self, tx: &mut Tx, org: &Org, msg: &Inbound) -> anyhow::Result<Vec<Sent>> {
        let local = org.local(msg.at);
        let extraction = extract::extract(&msg.text, msg.subject.as_deref(), local);
        if extraction.kind == Kind::Other {
            self.store_inbound(tx, msg, None, None, "received").await?;
            let lang = lang::detect(&msg.text).unwrap_or(org.default_lang);
            info!("message is not a case");
            return self.send_all(tx, None, vec![dialogue::answer_other(&msg.from, lang)], msg).await;
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
        // A new case: nothing stored to read back (questions, jobs, earlier mail).
        let id = tx.insert_case(&case, msg.at, &self.derived(&case)).await?;
        self.store_inbound(tx, msg, Some(id), Some(1), "received").await?;
        tx.record_values(id, None, &case).await?;
        tx.insert_questions(id, &case).await?;
        tx.audit(Some(id), msg.at, &msg.from.address, "opened", case.kind.as_str()).await?;
        tx.plan_new_case(id, &self.planner().plan(&case, msg.at), msg.at).await?;
        info!(case = %case.number, kind = case.kind.as_str(), "case opened");
        self.send_all(tx, Some((id, &case)), outgoing, msg).await
    }

    /// Renders and stores the outgoing messages of a turn (in its transaction).
    async fn send_all(&self, tx: &mut Tx, case: Option<(i64, &Case)>, outgoing: Vec<Outgoing>, msg: &Inbound) -> anyhow::Result<Vec<Sent>> {
        let mut sent = Vec::with_capacity(outgoing.len());
        for out in outgoing {
            let text = self.renderer.message(&out, case.map(|(_, c)| c))?;
            // A reply to the mail that caused it threads to that mail.
            let reply = msg.email.as_deref().filter(|_| out.to.address == msg.from.address);
            let purpose = if out.asks.is_empty() { Purpose::Notice } else { Purpose::Question };
            // Someone writing on the web page now reads the answer there.
            let live = out.to == msg.from;
            self.store_outgoing(tx, case, &out.to, &text, &out.asks, out.lang, purpose, reply, msg.at).await?;
            if !live {
                self.nudge_web(tx, case, &out.to, out.lang, purpose, msg.at).await?;
            }
            sent.push(Sent { to: out.to, case: case.map(|(_, c)| c.number.clone()), text, asks: out.asks, kind: None, deadline: None });
        }
        Ok(sent)
    }

    /// Stores one outgoing message. Mail goes to the outbox (`queued`, with its own Message-ID,
    /// thread headers and subject) when the e-mail channel is configured, Matrix messages to the
    /// chat outbox; every other message is handed to its channel by the caller and
    /// stored as `sent`.
    #[allow(clippy::too_many_arguments)]
    pub(crate) async fn store_outgoing(
        &self,
        tx: &mut Tx,
        case: Option<(i64, &Case)>,
        to: &Party,
        text: &str,
        asks: &[String],
        lang: Lang,
        purpose: Purpose,
        reply: Option<&EmailIn>,
        at: DateTime<Utc>,
    ) -> anyhow::Result<i64> {
        match &self.config.email {
            Some(email) if to.channel == Channel::Email => {
                let is_dso = self.config.is_dso(&to.address);
                crate::mail::outbox::queue(tx, &self.renderer, email, is_dso, case, to, text, asks, lang, purpose, reply, at).await
            }
            // Chat messages wait in the outbox until the server (homeserver, connector) has them.
            _ if matches!(to.channel, Channel::Matrix | Channel::Teams) => {
                tx.insert_chat(case.map(|(id, _)| id), to, text, asks, at).await
            }
            _ => tx.insert_outgoing(case.map(|(id, _)| id), to, text, asks, at).await,
        }
    }

    /// A question or reminder for someone who reports on the web page waits on that page: when
    /// they are not on it (a reminder, a question after someone else's answer), a short mail says
    /// so, with the link to their case and nothing of the case's content. Needs `[email]` and
    /// `web.public_url`; only to internal addresses.
    pub(crate) async fn nudge_web(&self, tx: &mut Tx, case: Option<(i64, &Case)>, to: &Party, lang: Lang, purpose: Purpose, at: DateTime<Utc>) -> anyhow::Result<()> {
        let (Some(email), Some(base), Some((_, c))) = (&self.config.email, &self.config.web.public_url, case) else { return Ok(()) };
        if to.channel != Channel::Web || !matches!(purpose, Purpose::Question | Purpose::Reminder) || !self.config.is_internal(&to.address) {
            return Ok(());
        }
        let url = format!("{}/report/{}", base.trim_end_matches('/'), c.number);
        let text = self.renderer.web_nudge(lang, &c.number, &url)?;
        let mail = Party { address: to.address.clone(), channel: Channel::Email };
        crate::mail::outbox::queue(tx, &self.renderer, email, false, case, &mail, &text, &[], lang, Purpose::Notice, None, at).await?;
        info!(case = %c.number, "web reporter told by mail of a question waiting");
        Ok(())
    }

    /// Stores an inbound message (with an e-mail's Message-ID and attachments).
    async fn store_inbound(&self, tx: &mut Tx, msg: &Inbound, case_id: Option<i64>, seq: Option<u32>, status: &str) -> anyhow::Result<i64> {
        let mut row = inbound_row(msg, case_id, seq);
        row.status = status;
        let id = tx.insert_message(row).await?;
        if let Some(email) = &msg.email {
            for a in &email.attachments {
                tx.insert_attachment(id, a).await?;
            }
        }
        // Where the writer is reached: their direct room, or for a case opened in a shared
        // room, the thread under its first message.
        if let Some(chat) = &msg.chat {
            let route = |thread| Route { conversation: chat.conversation.clone(), thread };
            if chat.direct {
                tx.set_route(msg.from.channel, &msg.from.address, None, &route(None), msg.at).await?;
                // A case they wrote about from here (one opened in a shared room's thread, say)
                // is answered here now, not in the room.
                if case_id.is_some() {
                    tx.set_route(msg.from.channel, &msg.from.address, case_id, &route(None), msg.at).await?;
                }
            } else if case_id.is_some() && status == "received" && (chat.thread.is_some() || msg.case.is_none()) {
                // A mention that opened the case, or a message in its thread (not a command
                // about the case written in a room).
                let root = chat.thread.clone().unwrap_or_else(|| chat.id.clone());
                tx.set_route(msg.from.channel, &msg.from.address, case_id, &route(Some(root)), msg.at).await?;
            }
        }
        Ok(id)
    }

    /// Keeps a message that is not read as a turn (see [`Kept`]), attached to `case` when it
    /// threads to one, tells the DSO when the reason calls for it:
    /// all in one transaction. Nothing is answered.
    pub async fn keep(&self, msg: &Inbound, why: Kept, case: Option<&str>) -> anyhow::Result<Vec<Sent>> {
        let mut tx = self.store.begin().await?;
        let sent = self.keep_in(&mut tx, msg, why, case).await?;
        tx.commit().await?;
        Ok(sent)
    }

    /// [`Bot::keep`] in the caller's transaction.
    pub async fn keep_in(&self, tx: &mut Tx, msg: &Inbound, why: Kept, case: Option<&str>) -> anyhow::Result<Vec<Sent>> {
        if self.stored_before(tx, msg).await? {
            return Ok(vec![]);
        }
        let found = match case {
            Some(n) => tx.load_case(n).await?,
            None => None,
        };
        // A foreign reply names its case to the DSO but is not part of it.
        let case_id = found.as_ref().map(|(id, _)| *id).filter(|_| why != Kept::Foreign);
        let status = if why == Kept::Automatic { "automatic" } else { "flagged" };
        let id = self.store_inbound(tx, msg, case_id, None, status).await?;
        tx.audit(found.as_ref().map(|(id, _)| *id), msg.at, "dsobot", "kept", &format!("message {id}: {}", why.as_str())).await?;
        info!(message = id, why = why.as_str(), "message kept, not answered");
        let mut sent = Vec::new();
        if why != Kept::Automatic {
            sent.push(self.tell_dso(tx, found.as_ref().map(|(i, c)| (*i, c)), why.as_str(), id, None, msg.at).await?);
        }
        Ok(sent)
    }

    /// A delivery failure of one of our mails: the outgoing message is marked failed, the report
    /// kept with its case, and the DSO told. A report about a mail that is not ours is only kept.
    pub async fn bounced(&self, msg: &Inbound, original: &[String], status: Option<&str>) -> anyhow::Result<Vec<Sent>> {
        let mut tx = self.store.begin().await?;
        let sent = self.bounced_in(&mut tx, msg, original, status).await?;
        tx.commit().await?;
        Ok(sent)
    }

    /// [`Bot::bounced`] in the caller's transaction.
    pub async fn bounced_in(&self, tx: &mut Tx, msg: &Inbound, original: &[String], status: Option<&str>) -> anyhow::Result<Vec<Sent>> {
        if self.stored_before(tx, msg).await? {
            return Ok(vec![]);
        }
        let failed = tx.fail_outgoing(original, &format!("bounced: {}", status.unwrap_or("no status"))).await?;
        let case_id = failed.iter().find_map(|(_, c)| *c);
        let case = match case_id {
            Some(id) => tx.load_case_by_id(id).await?.map(|c| (id, c)),
            None => None,
        };
        let id = self.store_inbound(tx, msg, case_id, None, "bounce").await?;
        let mut sent = Vec::new();
        if let Some((out_id, _)) = failed.first() {
            tx.audit(case_id, msg.at, "dsobot", "bounced", &format!("message {out_id}: {}", status.unwrap_or("no status"))).await?;
            info!(message = out_id, "outgoing mail bounced");
            sent.push(self.tell_dso(tx, case.as_ref().map(|(i, c)| (*i, c)), "bounce", id, status, msg.at).await?);
        } else {
            tx.audit(None, msg.at, "dsobot", "kept", &format!("message {id}: bounce of a mail that is not ours")).await?;
        }
        Ok(sent)
    }

    /// True when this e-mail or chat message is stored already (a re-scan after UIDVALIDITY
    /// changed, a crash after the commit, an event synced again after a restart): nothing is
    /// stored again.
    async fn stored_before(&self, tx: &mut Tx, msg: &Inbound) -> anyhow::Result<bool> {
        let Some(id) = msg.email.as_ref().map(|e| e.message_id.as_str()).or(msg.chat.as_ref().map(|c| c.id.as_str())) else {
            return Ok(false);
        };
        if !tx.inbound_seen(id).await? {
            return Ok(false);
        }
        info!("message already stored; skipped");
        Ok(true)
    }

    /// A note to the DSO about a message that needs a person: rendered from `flagged.txt`.
    pub(crate) async fn tell_dso(&self, tx: &mut Tx, case: Option<(i64, &Case)>, reason: &str, message: i64, detail: Option<&str>, at: DateTime<Utc>) -> anyhow::Result<Sent> {
        let to = self.config.dso_on(Channel::Email);
        let lang = self.config.organisation.language;
        let text = self.renderer.flagged(lang, reason, case.map(|(_, c)| c), message, detail)?;
        self.store_outgoing(tx, case, &to, &text, &[], lang, Purpose::Notice, None, at).await?;
        Ok(Sent { to, case: case.map(|(_, c)| c.number.clone()), text, asks: vec![], kind: Some("notice"), deadline: None })
    }

    /// A chat message its server refused for good: audited, and the DSO told by e-mail.
    pub async fn undeliverable(&self, message: i64, case_id: Option<i64>, error: &str, at: DateTime<Utc>) -> anyhow::Result<()> {
        let mut tx = self.store.begin().await?;
        let case = match case_id {
            Some(id) => tx.load_case_by_id(id).await?.map(|c| (id, c)),
            None => None,
        };
        tx.audit(case_id, at, "dsobot", "refused", &format!("message {message}")).await?;
        self.tell_dso(&mut tx, case.as_ref().map(|(i, c)| (*i, c)), "chat_refused", message, Some(error), at).await?;
        tx.commit().await
    }

    /// Values set by hand (the DSO in the dashboard), in one transaction: each recorded as
    /// edited by `by` and audited, questions they answer withdrawn, what they make necessary asked.
    pub async fn edit(&self, number: &str, edits: &[(&str, Value)], by: &str, at: DateTime<Utc>) -> Result<Vec<Sent>, EditFailed> {
        let mut tx = self.store.begin().await?;
        let (id, mut case) = tx.load_case(number).await?.ok_or_else(|| TurnError::UnknownCase(number.to_owned()))?;
        let before = case.clone();
        let org = self.org(Channel::Email);
        let mut outgoing = Vec::new();
        for (field, value) in edits {
            outgoing.extend(dialogue::edit(&org, &mut case, by, at, field, value.clone())?);
        }
        tx.record_values(id, Some(&before), &case).await?;
        tx.update_case(id, &case, at, &self.derived(&case)).await?;
        tx.sync_questions(id, &case).await?;
        let fields: Vec<&str> = edits.iter().map(|(f, _)| *f).collect();
        tx.audit(Some(id), at, by, "edited", &fields.join(",")).await?;
        if before.state != case.state {
            tx.audit(Some(id), at, "dsobot", "state", case.state.as_str()).await?;
        }
        tx.reconcile_jobs(id, &self.planner().plan(&case, at), at).await?;
        let mut sent = Vec::with_capacity(outgoing.len());
        for out in outgoing {
            let text = self.renderer.message(&out, Some(&case))?;
            let purpose = if out.asks.is_empty() { Purpose::Notice } else { Purpose::Question };
            self.store_outgoing(&mut tx, Some((id, &case)), &out.to, &text, &out.asks, out.lang, purpose, None, at).await?;
            self.nudge_web(&mut tx, Some((id, &case)), &out.to, out.lang, purpose, at).await?;
            sent.push(Sent { to: out.to, case: Some(case.number.clone()), text, asks: out.asks, kind: None, deadline: None });
        }
        tx.commit().await?;
        info!(case = %number, fields = edits.len(), "case edited");
        Ok(sent)
    }

    /// Closes a case: its questions are withdrawn; later messages to it are kept but change nothing.
    pub async fn close_case(&self, number: &str, by: &str, at: DateTime<Utc>) -> Result<(), TurnError> {
        let mut tx = self.store.begin().await?;
        let (id, mut case) = tx.load_case(number).await?.ok_or_else(|| TurnError::UnknownCase(number.to_owned()))?;
        dialogue::close(&mut case);
        tx.update_case(id, &case, at, &self.derived(&case)).await?;
        tx.sync_questions(id, &case).await?;
        tx.reconcile_jobs(id, &self.planner().plan(&case, at), at).await?;
        tx.audit(Some(id), at, by, "state", case.state.as_str()).await?;
        tx.commit().await?;
        info!(case = %number, "case closed");
        Ok(())
    }

    /// Keeps a message the bot will not read (too long), so nothing is lost, and flags it.
    async fn keep_rejected(&self, tx: &mut Tx, msg: &Inbound) -> anyhow::Result<()> {
        let mut row = inbound_row(msg, None, None);
        row.status = "rejected";
        let id = tx.insert_message(row).await?;
        tx.audit(None, msg.at, "dsobot", "rejected", &format!("message {id}: too long")).await
    }
}

#[derive(Debug, thiserror::Error)]
pub enum EditFailed {
    #[error(transparent)]
    Turn(#[from] TurnError),
    #[error(transparent)]
    Refused(#[from] dialogue::EditError),
}

impl From<anyhow::Error> for EditFailed {
    fn from(e: anyhow::Error) -> Self {
        EditFailed::Turn(TurnError::Store(e))
    }
}

/// Commits a turn's transaction when it stored something: on success, and on `TooLong` (the
/// message is kept). Any other error leaves nothing behind.
async fn finish(tx: Tx, result: Result<Vec<Sent>, TurnError>) -> Result<Vec<Sent>, TurnError> {
    match result {
        Ok(sent) => {
            tx.commit().await?;
            Ok(sent)
        }
        Err(e @ TurnError::TooLong(_)) => {
            tx.commit().await?;
            Err(e)
        }
        Err(e) => Err(e),
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
        message_id: msg.email.as_ref().map(|e| e.message_id.as_str()).or(msg.chat.as_ref().map(|c| c.id.as_str())),
        refs: msg.email.as_ref().map_or(&[], |e| e.refs.as_slice()),
    }
}
