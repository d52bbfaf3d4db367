//! The e-mail channel: the DSO's mailbox read over IMAP ([`imap`]), replies sent over SMTP from
//! an outbox ([`outbox`]). [`deliver`] decides what one mail is and hands it to the engine.

pub mod config;
pub mod imap;
pub mod outbox;
pub mod parse;
pub mod smtp;
pub mod store;

use chrono::{DateTime, Duration, Utc};
use sha2::{Digest, Sha256};
use tracing::info;
use workflows::{Channel, Party};

use crate::engine::{Bot, EmailIn, Inbound, Kept, MAX_TEXT, Sent, TurnError};
use crate::store::Tx;
use parse::{Auth, Machine};

pub use config::EmailConfig;

/// The party of a mail without a readable sender.
pub const UNKNOWN_SENDER: &str = "(unknown sender)";

/// Handles one mail's source: a person's mail becomes a turn (a new case, an answer); an
/// auto-reply is kept; a bounce marks our mail failed; anything unreadable is kept raw and shown
/// to the DSO. Everything is stored in `tx`, which the caller commits with the mailbox cursor; on
/// an error the caller rolls back what this mail wrote.
pub async fn deliver(bot: &Bot, tx: &mut Tx, cfg: &EmailConfig, raw: &[u8], received: DateTime<Utc>) -> anyhow::Result<Vec<Sent>> {
    let mail = match parse::parse(raw, cfg.attachment_max_bytes, &cfg.authserv_id) {
        Ok(m) => m,
        Err(e) => {
            info!(error = %e, "unreadable mail kept");
            return bot.keep_in(tx, &unreadable(raw, received), Kept::Malformed, None).await;
        }
    };
    // The time the person wrote, unless their clock is far off: then when the server got it.
    let at = mail.date.filter(|d| *d <= received + Duration::minutes(10) && *d >= received - Duration::days(7)).unwrap_or(received);
    let mut refs = mail.references.clone();
    for id in &mail.in_reply_to {
        if !refs.contains(id) {
            refs.push(id.clone());
        }
    }
    if tx.is_own_mail(&mail.message_id).await? {
        // Our own mail, back in the mailbox (the DSO's address is the mailbox): stored already as
        // sent; nothing to do.
        return Ok(vec![]);
    }
    let case = thread(tx, &refs, mail.subject.as_deref()).await?;
    let from = Party { address: mail.from.clone(), channel: Channel::Email };
    let internal = bot.config.is_dso(&from.address) || bot.config.is_internal(&from.address);
    let msg = Inbound {
        at,
        from,
        subject: mail.subject.as_deref().map(parse::clean_subject).filter(|s| !s.is_empty()),
        text: mail.text,
        raw: Some(raw.to_vec()),
        case: case.clone(),
        email: Some(Box::new(EmailIn { message_id: mail.message_id, refs, attachments: mail.attachments })),
        chat: None,
    };
    match mail.machine {
        Machine::Bounce { original, status } => bot.bounced_in(tx, &msg, &original, status.as_deref()).await,
        Machine::AutoReply(_) => bot.keep_in(tx, &msg, Kept::Automatic, case.as_deref()).await,
        Machine::Person if cfg.trust_authentication_results && mail.auth == Auth::Fail && internal => {
            bot.keep_in(tx, &msg, Kept::Unauthenticated, None).await
        }
        Machine::Person if msg.text.trim().is_empty() => bot.keep_in(tx, &msg, Kept::NoText, case.as_deref()).await,
        Machine::Person if msg.text.len() > MAX_TEXT => bot.keep_in(tx, &msg, Kept::TooLong, case.as_deref()).await,
        Machine::Person => match bot.handle_in(tx, msg).await {
            Ok(sent) => Ok(sent),
            Err(TurnError::Store(e)) => Err(e),
            // Checked above; a case deleted meanwhile is the only way here. Nothing is lost: the
            // next attempt threads it afresh.
            Err(e) => Err(anyhow::anyhow!("{e}")),
        },
    }
}

/// A mail that failed to be handled again and again: kept raw, the DSO told, the reader moves on.
pub async fn keep_failing(bot: &Bot, tx: &mut Tx, raw: &[u8], received: DateTime<Utc>) -> anyhow::Result<()> {
    bot.keep_in(tx, &unreadable(raw, received), Kept::Malformed, None).await.map(|_| ())
}

fn unreadable(raw: &[u8], received: DateTime<Utc>) -> Inbound {
    let hash = Sha256::digest(raw);
    let id: String = hash.iter().take(16).map(|b| format!("{b:02x}")).collect();
    Inbound {
        at: received,
        from: Party { address: UNKNOWN_SENDER.into(), channel: Channel::Email },
        subject: None,
        text: String::new(),
        raw: Some(raw.to_vec()),
        case: None,
        email: Some(Box::new(EmailIn { message_id: format!("sha256-{id}@dsobot.invalid"), refs: vec![], attachments: vec![] })),
        chat: None,
    }
}

/// Threading, in order: In-Reply-To / References to our own mail; the case tag in the subject
/// (when that case exists). The engine then tries the sender's pending question, and never joins
/// a case from someone who takes no part in it.
async fn thread(tx: &mut Tx, refs: &[String], subject: Option<&str>) -> anyhow::Result<Option<String>> {
    if let Some(n) = tx.case_of_thread(refs).await? {
        return Ok(Some(n));
    }
    if let Some(tag) = subject.and_then(parse::case_tag)
        && tx.load_case(&tag).await?.is_some()
    {
        return Ok(Some(tag));
    }
    Ok(None)
}
