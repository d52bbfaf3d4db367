//! Outgoing mail: a row in `messages` (status `queued`) written in the transaction of the change
//! that caused it, sent by [`Outbox`] with retry and exponential backoff. An SMTP outage of any
//! length loses nothing: a mail stays queued until the server takes it or refuses it for good.

use std::borrow::Cow;
use std::time::Duration as StdDuration;

use chrono::{DateTime, Duration, Utc};
use lettre::message::header::{HeaderName, HeaderValue};
use lettre::message::{Mailbox, MultiPart};
use lettre::Message;
use tokio::sync::watch;
use tracing::{info, warn};
use workflows::{Case, Lang, Party};

use crate::clock::Clock;
use crate::engine::{EmailIn, Purpose};
use crate::mail::config::EmailConfig;
use crate::mail::smtp::{SendError, Smtp};
use crate::render::Renderer;
use crate::mail::store::OutMail;
use crate::store::{Store, Tx};

/// Mails claimed per pass: enough to keep the connections busy while the mailbox reader holds the
/// database (SQLite has one connection) between a claim and the next.
const BATCH: i64 = 200;
/// How long a claim holds before another worker may take the mail back.
const LEASE_SECONDS: i64 = 300;
/// The first retry waits this long; each further one twice as long, up to [`MAX_BACKOFF_SECONDS`].
const FIRST_BACKOFF_SECONDS: i64 = 5;
const MAX_BACKOFF_SECONDS: i64 = 15 * 60;

/// Stores one outgoing mail in the turn's transaction: subject from the templates (the case tag,
/// never the reporter's words), our own Message-ID, the thread's In-Reply-To and References. Past
/// the loop cap a mail is `held` and the DSO told once.
#[allow(clippy::too_many_arguments)]
pub async fn queue(
    tx: &mut Tx,
    renderer: &Renderer,
    cfg: &EmailConfig,
    to_dso: bool,
    case: Option<(i64, &Case)>,
    to: &Party,
    text: &str,
    asks: &[String],
    lang: Lang,
    purpose: Purpose,
    reply: Option<&EmailIn>,
    at: DateTime<Utc>,
) -> anyhow::Result<i64> {
    let subject = renderer.email_subject(lang, case.map(|(_, c)| c), purpose)?;
    let tag = case.map_or_else(|| "msg".to_owned(), |(_, c)| c.number.to_lowercase());
    let message_id = new_message_id(&tag, cfg.domain());
    let refs = match (reply, case) {
        (Some(r), _) => {
            let mut refs = r.refs.clone();
            refs.push(r.message_id.clone());
            refs
        }
        (None, Some((id, _))) => match tx.thread_with(id, &to.address).await? {
            Some((mid, mut refs)) => {
                refs.push(mid);
                refs
            }
            None => vec![],
        },
        (None, None) => vec![],
    };
    // References stay short: the thread's first mail and the newest ones.
    let refs: Vec<String> = if refs.len() > 10 { refs[..1].iter().chain(&refs[refs.len() - 9..]).cloned().collect() } else { refs };
    let mut status = "queued";
    if !to_dso && reply.is_some() {
        let recent = tx.replies_to_since(&to.address, at - Duration::hours(1)).await?;
        if recent >= i64::from(cfg.loop_cap) {
            status = "held";
        }
    }
    // A notice to the DSO waits for the end of its window, to go out with the others in it.
    let not_before = if to_dso && asks.is_empty() && reply.is_none() { notice_slot(at, cfg.notice_batch_seconds) } else { at };
    let id = tx.insert_mail(case.map(|(id, _)| id), &to.address, &subject, text, asks, &message_id, &refs, status, at, not_before).await?;
    if status == "held" {
        tx.audit(case.map(|(id, _)| id), at, "dsobot", "held", &format!("message {id}: loop cap")).await?;
        warn!(message = id, "mail held: loop cap reached for a correspondent");
        if !tx.held_notice_sent(&to.address, at - Duration::hours(1)).await? {
            tx.insert_dso_notice(renderer, cfg, case, "loop", id, None, at).await?;
        }
    }
    Ok(id)
}

impl Tx {
    /// True when the DSO was told of a held mail to this address within the window.
    async fn held_notice_sent(&mut self, party: &str, since: DateTime<Utc>) -> anyhow::Result<bool> {
        let n: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM messages WHERE party = $1 AND status = 'held' AND at > $2")
            .bind(party)
            .bind(crate::store::ts(since))
            .fetch_one(&mut *self.tx)
            .await?;
        Ok(n > 1)
    }

    /// A note to the DSO (`flagged.txt`) about one of our mails: held by the loop cap, or refused
    /// by the server. Queued to the DSO's address, which the loop cap never holds.
    #[allow(clippy::too_many_arguments)]
    async fn insert_dso_notice(
        &mut self,
        renderer: &Renderer,
        cfg: &EmailConfig,
        case: Option<(i64, &Case)>,
        reason: &str,
        message: i64,
        detail: Option<&str>,
        at: DateTime<Utc>,
    ) -> anyhow::Result<()> {
        let lang = renderer.org_lang();
        let text = renderer.flagged(lang, reason, case.map(|(_, c)| c), message, detail)?;
        let subject = renderer.email_subject(lang, case.map(|(_, c)| c), Purpose::Notice)?;
        let message_id = new_message_id("notice", cfg.domain());
        let not_before = notice_slot(at, cfg.notice_batch_seconds);
        self.insert_mail(case.map(|(id, _)| id), renderer.dso_email(), &subject, &text, &[], &message_id, &[], "queued", at, not_before).await?;
        Ok(())
    }
}

/// Sends queued mail over SMTP.
pub struct Outbox {
    store: Store,
    smtp: Smtp,
    from: Mailbox,
    renderer: Renderer,
    cfg: EmailConfig,
}

/// The result of one pass.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Pass {
    pub sent: usize,
    pub retried: usize,
    pub failed: usize,
}

impl Outbox {
    pub fn new(store: Store, cfg: &EmailConfig, renderer: Renderer) -> anyhow::Result<Outbox> {
        let from = Mailbox::new(Some(cfg.name.clone()), cfg.address.parse()?);
        Ok(Outbox { store, smtp: Smtp::new(cfg)?, from, renderer, cfg: cfg.clone() })
    }

    /// Sends everything due by `now`, batch by batch.
    pub async fn run_due(&self, now: DateTime<Utc>) -> anyhow::Result<Pass> {
        let mut pass = Pass::default();
        loop {
            let batch = self.store.claim_mail(now, now + Duration::seconds(LEASE_SECONDS), BATCH).await?;
            let n = batch.len();
            // What goes out: each mail on its own, except notices to the DSO due together, which go
            // as one mail covering all their rows.
            let (notices, single): (Vec<&OutMail>, Vec<&OutMail>) = batch.iter().partition(|m| self.is_notice(m));
            let mut sends: Vec<(Cow<'_, OutMail>, Vec<&OutMail>)> = single.into_iter().map(|m| (Cow::Borrowed(m), vec![m])).collect();
            match self.merge(&notices) {
                Ok(Some(together)) => {
                    // Before it is sent: our own mail is known when it comes back to the mailbox.
                    let ids: Vec<i64> = notices.iter().map(|m| m.id).collect();
                    self.store.share_message_id(&ids, &together.message_id).await?;
                    sends.push((Cow::Owned(together), notices));
                }
                // One notice, or (should the merged mail not render) each on its own.
                other => {
                    if let Err(e) = other {
                        warn!(error = %format!("{e:#}"), "notices could not be merged; sending them one by one");
                    }
                    sends.extend(notices.into_iter().map(|m| (Cow::Borrowed(m), vec![m])));
                }
            }
            // A few connections at once from the pool.
            let results = futures::future::join_all(sends.iter().map(|(m, _)| self.send_one(m))).await;
            // One mail, one outcome for every row it covers.
            let mut outcomes: Vec<(&OutMail, Result<(), SendError>)> = Vec::with_capacity(n);
            for ((_, rows), result) in sends.iter().zip(results) {
                outcomes.extend(rows.iter().map(|m| (*m, result.clone())));
            }
            let mut sent = Vec::with_capacity(n);
            for (mail, result) in outcomes {
                match result {
                    Ok(()) => {
                        sent.push(mail.id);
                        pass.sent += 1;
                    }
                    Err(e) if e.permanent => {
                        warn!(message = mail.id, error = %e.text, "mail refused for good");
                        self.store.mail_done(mail.id, "failed", Some(&e.text), None).await?;
                        self.fail_notice(mail, &e.text, now).await?;
                        pass.failed += 1;
                    }
                    Err(e) => {
                        let retry = now + backoff(mail.attempts);
                        warn!(message = mail.id, attempt = mail.attempts + 1, error = %e.text, "mail not sent; will retry");
                        self.store.mail_done(mail.id, "queued", Some(&e.text), Some(retry)).await?;
                        pass.retried += 1;
                    }
                }
            }
            self.store.mails_sent(&sent).await?;
            if (n as i64) < BATCH || pass.retried > 0 {
                return Ok(pass);
            }
        }
    }

    /// Runs until `stop` is set: a pass whenever a mail falls due (at least every second, so mail
    /// queued by turns is sent at once). On stop, drains what is due for at most `drain`.
    pub async fn run(&self, clock: &dyn Clock, mut stop: watch::Receiver<bool>, drain: StdDuration) -> anyhow::Result<()> {
        loop {
            if *stop.borrow() {
                break;
            }
            if let Err(e) = self.run_due(clock.now()).await {
                warn!(error = %format!("{e:#}"), "outbox pass failed");
            }
            let next = self.store.next_mail_due().await.ok().flatten();
            let wait = next.map(|t| (t - clock.now()).to_std().unwrap_or(StdDuration::ZERO)).unwrap_or(StdDuration::from_secs(1));
            tokio::select! {
                _ = stop.changed() => {}
                _ = tokio::time::sleep(wait.clamp(StdDuration::from_millis(20), StdDuration::from_secs(1))) => {}
            }
        }
        let _ = tokio::time::timeout(drain, self.run_due(clock.now())).await;
        self.smtp.close().await;
        Ok(())
    }

    /// A notice to the DSO: to the DSO's address, asking nothing, replying to nothing.
    fn is_notice(&self, mail: &OutMail) -> bool {
        self.cfg.notice_batch_seconds > 0 && mail.asks_nothing && mail.in_reply_to.is_none() && mail.to.eq_ignore_ascii_case(self.renderer.dso_email())
    }

    /// Notices as one mail (`notices.txt`): a count in the subject, each notice's text in order.
    /// Every notice in it takes the mail's Message-ID, so our own copy is known when it comes back
    /// and a reply to it threads to no single case.
    /// `None` for fewer than two.
    fn merge(&self, notices: &[&OutMail]) -> anyhow::Result<Option<OutMail>> {
        let [first, _, ..] = notices else { return Ok(None) };
        let lang = self.renderer.org_lang();
        let texts: Vec<&str> = notices.iter().map(|m| m.body.as_str()).collect();
        let (subject, body) = self.renderer.notices(lang, &texts, first.at)?;
        Ok(Some(OutMail {
            id: first.id,
            to: first.to.clone(),
            subject,
            body,
            message_id: new_message_id("notices", self.cfg.domain()),
            in_reply_to: None,
            refs: vec![],
            attempts: notices.iter().map(|m| m.attempts).max().unwrap_or(0),
            case_id: None,
            at: first.at,
            asks_nothing: true,
        }))
    }

    async fn send_one(&self, mail: &OutMail) -> Result<(), SendError> {
        let message = self.build(mail).map_err(|e| SendError { permanent: true, text: format!("cannot build the mail: {e}") })?;
        self.smtp.send(&message).await?;
        info!(message = mail.id, "mail sent");
        Ok(())
    }

    fn build(&self, mail: &OutMail) -> anyhow::Result<Message> {
        let html = self.renderer.email_html(self.renderer.org_lang(), &mail.body)?;
        let mut b = Message::builder()
            .from(self.from.clone())
            .to(mail.to.parse()?)
            .subject(mail.subject.clone())
            .message_id(Some(format!("<{}>", mail.message_id)))
            .date(std::time::SystemTime::from(mail.at))
            .raw_header(HeaderValue::new(HeaderName::new_from_ascii_str("Auto-Submitted"), "auto-replied".into()))
            .raw_header(HeaderValue::new(HeaderName::new_from_ascii_str("X-Auto-Response-Suppress"), "All".into()));
        if let Some(irt) = &mail.in_reply_to {
            b = b.in_reply_to(format!("<{irt}>"));
        }
        if !mail.refs.is_empty() {
            b = b.references(mail.refs.iter().map(|r| format!("<{r}>")).collect::<Vec<_>>().join(" "));
        }
        Ok(b.multipart(MultiPart::alternative_plain_html(mail.body.clone(), html))?)
    }

    /// A mail the server refused for good: the DSO is told (unless it was to the DSO).
    async fn fail_notice(&self, mail: &OutMail, error: &str, now: DateTime<Utc>) -> anyhow::Result<()> {
        if mail.to.eq_ignore_ascii_case(self.renderer.dso_email()) {
            return Ok(());
        }
        let mut tx = self.store.begin().await?;
        let case = match mail.case_id {
            Some(id) => tx.load_case_by_id(id).await?.map(|c| (id, c)),
            None => None,
        };
        tx.insert_dso_notice(&self.renderer, &self.cfg, case.as_ref().map(|(i, c)| (*i, c)), "refused", mail.id, Some(error), now).await?;
        tx.audit(mail.case_id, now, "dsobot", "refused", &format!("message {}", mail.id)).await?;
        tx.commit().await
    }
}


/// When a notice queued at `at` goes out: the end of its window of `seconds` (windows start at
/// whole multiples of it, so every notice in one window is due at the same moment).
pub fn notice_slot(at: DateTime<Utc>, seconds: u32) -> DateTime<Utc> {
    if seconds == 0 {
        return at;
    }
    let w = i64::from(seconds) * 1000;
    let ms = at.timestamp_millis();
    let end = ms.div_euclid(w) * w + if ms.rem_euclid(w) == 0 { 0 } else { w };
    DateTime::from_timestamp_millis(end).unwrap_or(at)
}

/// Our own Message-ID: a tag (the case number, or what the mail is) and 128 random bits.
fn new_message_id(tag: &str, domain: &str) -> String {
    format!("{tag}.{:016x}{:016x}@{domain}", fastrand::u64(..), fastrand::u64(..))
}

/// 5 s, 10 s, 20 s ... up to 15 minutes, with up to 20 % jitter so many mails do not retry at once.
pub fn backoff(attempts: i64) -> Duration {
    let base = FIRST_BACKOFF_SECONDS.saturating_mul(1_i64 << attempts.clamp(0, 20)).min(MAX_BACKOFF_SECONDS);
    let jitter = (base as f64 * 0.2 * fastrand::f64()) as i64;
    Duration::seconds(base + jitter)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn notices_in_one_window_are_due_together() {
        let t = |s: &str| DateTime::parse_from_rfc3339(s).expect("time").with_timezone(&Utc);
        assert_eq!(notice_slot(t("2026-11-20T16:55:01Z"), 60), t("2026-11-20T16:56:00Z"));
        assert_eq!(notice_slot(t("2026-11-20T16:55:59.900Z"), 60), t("2026-11-20T16:56:00Z"));
        assert_eq!(notice_slot(t("2026-11-20T16:56:00Z"), 60), t("2026-11-20T16:56:00Z"));
        assert_eq!(notice_slot(t("2026-11-20T16:55:01Z"), 0), t("2026-11-20T16:55:01Z"));
    }

    #[test]
    fn backoff_grows_to_a_cap_with_jitter() {
        assert!((5..=6).contains(&backoff(0).num_seconds()));
        assert!((10..=12).contains(&backoff(1).num_seconds()));
        assert!((900..=1080).contains(&backoff(30).num_seconds()));
    }
}
