//! An e-mail as dsobot reads it: mail-parser does MIME, charsets and transfer encodings; this
//! module decides what the mail is (a person, an auto-reply, a bounce), what it threads to, and
//! what text the workflow reads (quoted history and signature stripped).

use chrono::{DateTime, Utc};
use mail_parser::{HeaderValue, Message, MessageParser, MimeHeaders, PartType};
use sha2::{Digest, Sha256};
use workflows::forward;

/// A parsed mail.
#[derive(Debug, Clone)]
pub struct Mail {
    /// Without angle brackets. A mail without one gets `sha256-<hash of the source>@dsobot.invalid`,
    /// so a re-scan still recognises it.
    pub message_id: String,
    pub in_reply_to: Vec<String>,
    pub references: Vec<String>,
    /// The sender's address, lower case.
    pub from: String,
    pub subject: Option<String>,
    pub date: Option<DateTime<Utc>>,
    /// What the person wrote in this mail: quoted history and signature removed.
    pub text: String,
    pub attachments: Vec<Attachment>,
    pub machine: Machine,
    pub auth: Auth,
    /// Addresses in To and Cc.
    pub recipients: usize,
}

#[derive(Debug, Clone)]
pub struct Attachment {
    pub filename: Option<String>,
    pub content_type: String,
    pub inline: bool,
    pub size: u64,
    pub sha256: String,
    /// None when larger than the cap: the hash and size are kept, the bytes stay in the source.
    pub content: Option<Vec<u8>>,
}

/// Who wrote it.
#[derive(Debug, Clone, PartialEq)]
pub enum Machine {
    Person,
    /// An out-of-office reply, a list or bulk mail: kept, never answered.
    AutoReply(&'static str),
    /// A delivery status notification: the Message-IDs it reports on (ours among them, if any).
    Bounce { original: Vec<String>, status: Option<String> },
}

/// What `Authentication-Results` says of the sender.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Auth {
    Pass,
    Fail,
    Unknown,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Malformed {
    #[error("not a mail message")]
    NotMail,
    #[error("the mail has no sender address")]
    NoSender,
}

/// Parses a mail's source. `authserv` limits which `Authentication-Results` count (empty: any).
pub fn parse(raw: &[u8], attachment_max: u64, authserv: &str) -> Result<Mail, Malformed> {
    let msg = MessageParser::default().parse(raw).ok_or(Malformed::NotMail)?;
    if msg.headers().is_empty() {
        return Err(Malformed::NotMail);
    }
    let from = msg
        .from()
        .and_then(|a| a.first())
        .and_then(|a| a.address())
        .map(|a| a.trim().to_lowercase())
        .filter(|a| a.contains('@'))
        .ok_or(Malformed::NoSender)?;
    let message_id = match msg.message_id().map(clean_id).filter(|s| !s.is_empty()) {
        Some(id) => id,
        None => format!("sha256-{}@dsobot.invalid", &hex(&Sha256::digest(raw))[..32]),
    };
    let subject = msg.subject().map(|s| s.trim().to_owned()).filter(|s| !s.is_empty());
    let machine = machine(&msg, &from, subject.as_deref());
    let text = body_text(&msg);
    Ok(Mail {
        in_reply_to: ids(msg.in_reply_to()),
        references: ids(msg.references()),
        date: msg.date().and_then(|d| DateTime::from_timestamp(d.to_timestamp(), 0)),
        text: strip_reply(&text),
        attachments: attachments(&msg, attachment_max),
        auth: auth(&msg, authserv),
        recipients: msg.to().map_or(0, |a| a.iter().count()) + msg.cc().map_or(0, |a| a.iter().count()),
        message_id,
        from,
        subject,
        machine,
    })
}

fn clean_id(s: &str) -> String {
    s.trim().trim_start_matches('<').trim_end_matches('>').trim().to_owned()
}

fn ids(v: &HeaderValue) -> Vec<String> {
    match v {
        HeaderValue::Text(t) => t.split_whitespace().map(clean_id).filter(|s| !s.is_empty()).collect(),
        HeaderValue::TextList(l) => l.iter().map(|s| clean_id(s)).filter(|s| !s.is_empty()).collect(),
        _ => vec![],
    }
}

fn hex(bytes: &[u8]) -> String {
    use std::fmt::Write;
    bytes.iter().fold(String::with_capacity(bytes.len() * 2), |mut s, b| {
        let _ = write!(s, "{b:02x}");
        s
    })
}

/// Every text body, HTML-only bodies as text.
fn body_text(msg: &Message) -> String {
    let n = msg.text_body_count().max(usize::from(msg.html_body_count() > 0));
    let mut parts = Vec::new();
    for i in 0..n {
        if let Some(t) = msg.body_text(i) {
            let t = t.replace("\r\n", "\n").replace('\u{a0}', " ");
            if !t.trim().is_empty() {
                parts.push(t);
            }
        }
    }
    parts.join("\n\n")
}

fn attachments(msg: &Message, max: u64) -> Vec<Attachment> {
    msg.attachments()
        .filter_map(|part| {
            let bytes: &[u8] = match &part.body {
                PartType::Binary(b) | PartType::InlineBinary(b) => b,
                PartType::Text(t) | PartType::Html(t) => t.as_bytes(),
                PartType::Message(m) => m.raw_message(),
                PartType::Multipart(_) => return None,
            };
            let content_type = part
                .content_type()
                .map(|c| match c.subtype() {
                    Some(sub) => format!("{}/{}", c.ctype(), sub),
                    None => c.ctype().to_owned(),
                })
                .unwrap_or_else(|| "application/octet-stream".into())
                .to_lowercase();
            Some(Attachment {
                filename: part.attachment_name().map(str::to_owned),
                inline: matches!(part.body, PartType::InlineBinary(_)) || part.content_disposition().is_some_and(|d| d.ctype().eq_ignore_ascii_case("inline")),
                size: bytes.len() as u64,
                sha256: hex(&Sha256::digest(bytes)),
                content: (bytes.len() as u64 <= max).then(|| bytes.to_vec()),
                content_type,
            })
        })
        .collect()
}

fn header_text<'a>(msg: &'a Message, name: &'static str) -> Option<&'a str> {
    msg.header_raw(name).map(str::trim)
}

/// Subjects of out-of-office replies, Swedish and English, as the mail programs write them.
const AUTO_SUBJECTS: &[&str] = &[
    "automatiskt svar",
    "autosvar",
    "frånvaromeddelande",
    "frånvaro:",
    "frånvarande:",
    "out of office",
    "out of the office",
    "automatic reply",
    "auto-reply",
    "autoreply",
    "auto reply",
    "auto response",
    "autoresponse",
    "abwesenheitsnotiz",
    "away from the office",
    "on vacation:",
];

const BOUNCE_SUBJECTS: &[&str] = &[
    "undelivered mail",
    "undeliverable",
    "delivery status notification",
    "mail delivery failed",
    "returned mail",
    "delivery failure",
    "failure notice",
    "olevererbart",
    "det gick inte att leverera",
    "meddelandet kunde inte levereras",
];

fn machine(msg: &Message, from: &str, subject: Option<&str>) -> Machine {
    let subject_lc = subject.unwrap_or_default().to_lowercase();
    let report = msg.content_type().is_some_and(|c| {
        c.ctype().eq_ignore_ascii_case("multipart")
            && c.subtype().is_some_and(|s| s.eq_ignore_ascii_case("report"))
            && c.attribute("report-type").is_some_and(|t| t.eq_ignore_ascii_case("delivery-status"))
    });
    let daemon = from.starts_with("mailer-daemon@") || from.starts_with("postmaster@");
    if report || (daemon && BOUNCE_SUBJECTS.iter().any(|s| subject_lc.contains(s))) {
        return bounce(msg);
    }
    if let Some(v) = header_text(msg, "Auto-Submitted")
        && !v.to_lowercase().starts_with("no")
    {
        return Machine::AutoReply("Auto-Submitted");
    }
    for h in ["X-Autoreply", "X-Autorespond", "X-Autoresponder"] {
        if msg.header_raw(h).is_some() {
            return Machine::AutoReply("X-Autoreply");
        }
    }
    if let Some(p) = header_text(msg, "Precedence")
        && ["bulk", "junk", "list", "auto_reply"].iter().any(|x| p.eq_ignore_ascii_case(x))
    {
        return Machine::AutoReply("Precedence");
    }
    if let Some(v) = header_text(msg, "X-Auto-Response-Suppress")
        && ["all", "oof", "autoreply"].iter().any(|x| v.to_lowercase().split(',').any(|t| t.trim() == *x))
    {
        return Machine::AutoReply("X-Auto-Response-Suppress");
    }
    if msg.header_raw("List-Id").is_some() || msg.header_raw("List-Unsubscribe").is_some() {
        return Machine::AutoReply("List-Id");
    }
    if AUTO_SUBJECTS.iter().any(|s| subject_lc.starts_with(s)) {
        return Machine::AutoReply("subject");
    }
    if daemon || header_text(msg, "Return-Path").is_some_and(|r| r == "<>") {
        return Machine::AutoReply("null sender");
    }
    Machine::Person
}

/// A delivery status notification: which messages it is about and the status it gives.
fn bounce(msg: &Message) -> Machine {
    let mut original: Vec<String> = Vec::new();
    let mut status = None;
    for part in msg.parts.iter() {
        match &part.body {
            PartType::Message(inner) => original.extend(inner.message_id().map(clean_id)),
            PartType::Text(t) | PartType::Html(t) => scan_dsn_text(t, &mut original, &mut status),
            PartType::Binary(b) | PartType::InlineBinary(b) => {
                // message/delivery-status and text/rfc822-headers may come as non-text parts.
                if let Ok(t) = std::str::from_utf8(b) {
                    scan_dsn_text(t, &mut original, &mut status);
                }
            }
            PartType::Multipart(_) => {}
        }
    }
    original.extend(ids(msg.in_reply_to()));
    original.extend(ids(msg.references()));
    original.dedup();
    Machine::Bounce { original, status }
}

fn scan_dsn_text(t: &str, original: &mut Vec<String>, status: &mut Option<String>) {
    for line in t.lines() {
        let l = line.trim();
        let lower = l.to_ascii_lowercase();
        if let Some(v) = lower.strip_prefix("message-id:") {
            let id = clean_id(&l[l.len() - v.len()..]);
            if !id.is_empty() {
                original.push(id);
            }
        } else if let Some(v) = lower.strip_prefix("status:")
            && status.is_none()
        {
            *status = Some(v.trim().to_owned());
        }
    }
}

/// `Authentication-Results` (RFC 8601): a failed DMARC, or a failed SPF without a passing DKIM,
/// is a fail; any pass is a pass.
fn auth(msg: &Message, authserv: &str) -> Auth {
    let mut result = Auth::Unknown;
    for (name, value) in msg.headers_raw() {
        if !name.eq_ignore_ascii_case("Authentication-Results") {
            continue;
        }
        let value = value.replace(['\r', '\n'], " ");
        let mut parts = value.split(';');
        let id = parts.next().unwrap_or_default().split_whitespace().next().unwrap_or_default();
        if !authserv.is_empty() && !id.eq_ignore_ascii_case(authserv) {
            continue;
        }
        let mut methods = std::collections::HashMap::new();
        for p in parts {
            if let Some((method, rest)) = p.trim().split_once('=') {
                let verdict = rest.split_whitespace().next().unwrap_or_default().to_ascii_lowercase();
                methods.entry(method.trim().to_ascii_lowercase()).or_insert(verdict);
            }
        }
        let is = |m: &str, v: &str| methods.get(m).is_some_and(|x| x == v);
        if is("dmarc", "fail") || (is("spf", "fail") && !is("dkim", "pass")) {
            return Auth::Fail;
        }
        if is("dmarc", "pass") || is("dkim", "pass") || is("spf", "pass") {
            result = Auth::Pass;
        }
    }
    result
}

/// The case tag in a subject: `[PUI-2026-0001]`, whatever prefixes (`SV:`, `VB:`, `Re:`, `AW:`)
/// come before it.
pub fn case_tag(subject: &str) -> Option<String> {
    let b = subject.as_bytes();
    (0..b.len()).filter(|&i| b[i] == b'[').find_map(|i| {
        let t = b.get(i + 1..i + 15)?;
        let ok = t[..3].iter().all(u8::is_ascii_alphabetic)
            && t[3] == b'-'
            && t[4..8].iter().all(u8::is_ascii_digit)
            && t[8] == b'-'
            && t[9..13].iter().all(u8::is_ascii_digit)
            && t[13] == b']';
        ok.then(|| String::from_utf8_lossy(&t[..13]).to_ascii_uppercase())
    })
}

/// Reply and forward prefixes, as Swedish, English and German mail programs write them.
const PREFIXES: &[&str] = &["sv:", "re:", "vb:", "fwd:", "fw:", "aw:", "wg:", "vs:", "ang:", "svar:", "antw:"];

/// The subject without reply prefixes and case tag: what the workflow reads.
pub fn clean_subject(subject: &str) -> String {
    let mut s = subject.trim().to_owned();
    if let Some(tag) = case_tag(&s) {
        s = s.replace(&format!("[{tag}]"), " ");
    }
    loop {
        let t = s.trim_start();
        let lower = t.to_lowercase();
        match PREFIXES.iter().find(|p| lower.starts_with(**p)) {
            Some(p) => s = t[p.len()..].to_owned(),
            None => return t.trim().to_owned(),
        }
    }
}

/// What the person wrote: quoted lines, the quoted history after a reply header, and the
/// signature are dropped. A forwarded message is kept: it may be the report itself.
pub fn strip_reply(text: &str) -> String {
    let lines: Vec<&str> = text.lines().collect();
    let mut end = lines.len();
    for (i, line) in lines.iter().enumerate() {
        // Below a forward marker comes the forwarded mail, headers and all: the report itself.
        if forward::is_forward_marker(line) {
            break;
        }
        if is_history_start(&lines, i) || is_signature_start(line) {
            end = i;
            break;
        }
    }
    let mut kept: Vec<&str> = lines[..end].iter().copied().filter(|l| !l.trim_start().starts_with('>')).collect();
    // A closing ("Med vänliga hälsningar", "Best regards") and what follows it, when only a few
    // short lines (a name, a title, a phone number) follow.
    if let Some(pos) = kept.iter().rposition(|l| is_closing(l)) {
        let tail = &kept[pos + 1..];
        if tail.iter().filter(|l| !l.trim().is_empty()).count() <= 8 && tail.iter().all(|l| l.trim().len() <= 80) {
            kept.truncate(pos);
        }
    }
    let out = kept.join("\n").trim().to_owned();
    if out.is_empty() { text.trim().to_owned() } else { out }
}

fn is_history_start(lines: &[&str], i: usize) -> bool {
    let l = lines[i].trim();
    let lower = l.to_lowercase();
    if forward::is_original_marker(l) {
        return true;
    }
    // "Den tis 10 mars 2026 kl 09:12 skrev Maria <m@x>:" / "On Tue, ... Maria wrote:", possibly
    // wrapped over two lines.
    let opens = ["den ", "on ", "am ", "le ", "tis ", "mån "].iter().any(|p| lower.starts_with(p)) || lower.contains(" skrev ") || lower.contains(" wrote");
    if opens {
        let joined = match lines.get(i + 1) {
            Some(next) if !l.ends_with(':') => format!("{lower} {}", next.trim().to_lowercase()),
            _ => lower.clone(),
        };
        if joined.trim_end().ends_with(':') && (joined.contains("skrev") || joined.contains("wrote") || joined.contains("schrieb")) {
            return true;
        }
    }
    // Outlook: "Från: ... / Skickat: ..." or "From: ... / Sent: ...", often after a rule.
    let header_block = |start: usize| {
        let first = lines.get(start).map_or("", |s| s.trim());
        forward::starts_with_any(first, forward::FROM_HEADERS)
            && lines[start + 1..].iter().take(4).any(|n| forward::starts_with_any(n.trim(), forward::SENT_HEADERS))
    };
    if l.len() >= 10 && l.chars().all(|c| c == '_') {
        return lines.get(i + 1).is_some() && header_block(i + 1);
    }
    header_block(i)
}

fn is_signature_start(line: &str) -> bool {
    let t = line.trim_end();
    if t == "--" || t == "-- " || line == "-- " {
        return true;
    }
    let lower = t.trim().to_lowercase();
    ["skickat från min", "sent from my", "hämta outlook för", "get outlook for", "skickat från outlook", "sent from outlook"].iter().any(|p| lower.starts_with(p))
}

fn is_closing(line: &str) -> bool {
    let l = line.trim().trim_end_matches([',', '!', '.']).to_lowercase();
    if l.is_empty() || l.len() > 40 {
        return false;
    }
    const CLOSINGS: &[&str] = &[
        "med vänlig hälsning",
        "med vänliga hälsningar",
        "vänliga hälsningar",
        "vänlig hälsning",
        "bästa hälsningar",
        "hälsningar",
        "mvh",
        "vh",
        "hälsning",
        "best regards",
        "kind regards",
        "warm regards",
        "regards",
        "best wishes",
        "best",
        "cheers",
        "yours sincerely",
        "sincerely",
        "thanks",
        "thank you",
        "tack på förhand",
    ];
    CLOSINGS.iter().any(|c| l == *c || (l.starts_with(c) && l[c.len()..].starts_with([' ', ','])  && l.split_whitespace().count() <= c.split_whitespace().count() + 2))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn case_tags_are_found_behind_any_prefix() {
        assert_eq!(case_tag("SV: VB: [PUI-2026-0001] Fråga").as_deref(), Some("PUI-2026-0001"));
        assert_eq!(case_tag("Re: AW: Ärende [dsr-2026-0012]").as_deref(), Some("DSR-2026-0012"));
        assert_eq!(case_tag("[PUI-2026-001] nej"), None);
        assert_eq!(case_tag("[x] [PUI-2026-0003]").as_deref(), Some("PUI-2026-0003"));
        assert_eq!(case_tag("ingen tagg"), None);
        assert_eq!(clean_subject("SV: Re: [PUI-2026-0001] Fel mottagare"), "Fel mottagare");
        assert_eq!(clean_subject("VB:Fwd: Stulen dator"), "Stulen dator");
    }

    #[test]
    fn quoted_history_and_signatures_are_stripped() {
        let sv = "Igår vid tretiden.\n\nMed vänliga hälsningar\nAnna Andersson\nHandläggare\n010-123 45 67\n\nDen tis 10 mars 2026 kl 09:12 skrev Dataskyddsombudet <dso@kommun.example>:\n> När upptäcktes det?\n";
        assert_eq!(strip_reply(sv), "Igår vid tretiden.");
        let outlook = "2\n\n________________________________\nFrån: Dataskyddsombudet <dso@kommun.example>\nSkickat: den 10 mars 2026 09:12\nTill: Anna\nÄmne: [PUI-2026-0001]\n\nVilken typ?";
        assert_eq!(strip_reply(outlook), "2");
        let en = "Yes, about 40 clients.\n\nOn Tue, 10 Mar 2026 at 09:12, DSO <dso@x.example>\nwrote:\n> How many?";
        assert_eq!(strip_reply(en), "Yes, about 40 clients.");
        let iphone = "Nej\n\nSkickat från min iPhone";
        assert_eq!(strip_reply(iphone), "Nej");
        let dashdash = "Ja.\n-- \nAnna";
        assert_eq!(strip_reply(dashdash), "Ja.");
    }

    #[test]
    fn stripping_keeps_the_report_and_forwarded_content() {
        let report = "Hej!\nJag skickade en journal till fel mottagare igår. Hälsningar till alla som hjälper till, men det här är allvarligt och jag vet inte vad jag ska göra nu, det gäller 40 klienter och deras personnummer.\n";
        assert!(strip_reply(report).contains("40 klienter"));
        let fwd = "Se nedan.\n\n---------- Forwarded message ---------\nFrom: Kalle <k@x.example>\nDate: Tue\nSubject: lista\n\nJag fick en lista med elevernas namn.";
        assert!(strip_reply(fwd).contains("elevernas namn"));
        // Only quotation: the mail's text is kept rather than nothing.
        assert_eq!(strip_reply("> citat"), "> citat");
    }

    fn mail(headers: &str, body: &str) -> Vec<u8> {
        format!("{headers}\r\n\r\n{body}").replace("\r\n", "\n").replace('\n', "\r\n").into_bytes()
    }

    #[test]
    fn machines_are_recognised() {
        let base = "From: Anna <anna@kommun.example>\nTo: dso@kommun.example\nSubject: Hej\nMessage-ID: <a@x>";
        let person = parse(&mail(base, "text"), 1000, "").expect("parses");
        assert_eq!(person.machine, Machine::Person);
        for h in ["Auto-Submitted: auto-replied", "X-Autoreply: yes", "Precedence: bulk", "List-Id: <x.lists>", "X-Auto-Response-Suppress: All"] {
            let m = parse(&mail(&format!("{base}\n{h}"), "text"), 1000, "").expect("parses");
            assert!(matches!(m.machine, Machine::AutoReply(_)), "{h}");
        }
        let no = parse(&mail(&format!("{base}\nAuto-Submitted: no"), "text"), 1000, "").expect("parses");
        assert_eq!(no.machine, Machine::Person);
        let ooo = parse(&mail(&base.replace("Subject: Hej", "Subject: Automatiskt svar: [PUI-2026-0001] Fråga"), "Jag är ledig"), 1000, "").expect("parses");
        assert!(matches!(ooo.machine, Machine::AutoReply("subject")));
        // An incident about an absence list is a person, not an out-of-office reply.
        let list = parse(&mail(&base.replace("Subject: Hej", "Subject: Frånvarolista skickad fel"), "x"), 1000, "").expect("parses");
        assert_eq!(list.machine, Machine::Person);
    }

    #[test]
    fn a_bounce_names_the_message_it_is_about() {
        let dsn = "From: Mail Delivery System <MAILER-DAEMON@mx.example>\nTo: dso@kommun.example\nSubject: Undelivered Mail Returned to Sender\nMessage-ID: <b@mx>\nMIME-Version: 1.0\nContent-Type: multipart/report; report-type=delivery-status; boundary=\"B\"";
        let body = "--B\nContent-Type: text/plain\n\nThe mail could not be delivered.\n--B\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; mx.example\n\nFinal-Recipient: rfc822; nobody@x.example\nAction: failed\nStatus: 5.1.1\n--B\nContent-Type: text/rfc822-headers\n\nFrom: dso@kommun.example\nMessage-ID: <pui-2026-0001.abc@kommun.example>\nSubject: x\n--B--\n";
        let m = parse(&mail(dsn, body), 1000, "").expect("parses");
        match m.machine {
            Machine::Bounce { original, status } => {
                assert!(original.contains(&"pui-2026-0001.abc@kommun.example".to_owned()), "{original:?}");
                assert_eq!(status.as_deref(), Some("5.1.1"));
            }
            other => panic!("not a bounce: {other:?}"),
        }
    }

    #[test]
    fn authentication_results_are_read() {
        let base = "From: Anna <anna@kommun.example>\nTo: dso@kommun.example\nSubject: Hej\nMessage-ID: <a@x>";
        let fail = parse(&mail(&format!("{base}\nAuthentication-Results: mx.kommun.example; spf=fail smtp.mailfrom=x; dkim=none; dmarc=fail header.from=kommun.example"), "t"), 10, "").expect("parses");
        assert_eq!(fail.auth, Auth::Fail);
        let pass = parse(&mail(&format!("{base}\nAuthentication-Results: mx.kommun.example; spf=pass; dkim=pass; dmarc=pass"), "t"), 10, "mx.kommun.example").expect("parses");
        assert_eq!(pass.auth, Auth::Pass);
        let other = parse(&mail(&format!("{base}\nAuthentication-Results: evil.example; dmarc=fail"), "t"), 10, "mx.kommun.example").expect("parses");
        assert_eq!(other.auth, Auth::Unknown);
    }

    #[test]
    fn charsets_encodings_and_missing_headers() {
        let latin1: Vec<u8> = [
            b"From: =?iso-8859-1?Q?G=F6ran?= <goran@kommun.example>\r\nSubject: =?windows-1252?Q?F=F6rlorad_USB?=\r\nContent-Type: text/plain; charset=windows-1252\r\nContent-Transfer-Encoding: 8bit\r\n\r\n".as_slice(),
            b"Jag har tappat en USB med elevernas betyg p\xe5 t\xe5get, \xe4ven \xf6vningar.\r\n",
        ]
        .concat();
        let m = parse(&latin1, 10, "").expect("parses");
        assert_eq!(m.subject.as_deref(), Some("Förlorad USB"));
        assert!(m.text.contains("på tåget, även övningar"), "{}", m.text);
        assert!(m.message_id.starts_with("sha256-"), "a synthetic id: {}", m.message_id);
        assert!(m.date.is_none());
        assert_eq!(parse(b"From: nobody\r\n\r\nhej", 10, "").err(), Some(Malformed::NoSender));
    }

    #[test]
    fn quoted_printable_latin1_and_base64_bodies() {
        let qp = "From: a@kommun.example\nMessage-ID: <q@x>\nContent-Type: text/plain; charset=ISO-8859-1\nContent-Transfer-Encoding: quoted-printable";
        let m = parse(&mail(qp, "P=E4rmen l=E5g kvar p=E5 bussen, =E4ven n=E5gra journalblad med personnr=\n, ca 12 brukare."), 10, "").expect("parses");
        assert!(m.text.contains("Pärmen låg kvar på bussen, även några journalblad med personnr, ca 12 brukare"), "{}", m.text);
        let b64 = "From: a@kommun.example\nMessage-ID: <b@x>\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64";
        // "Mejlet gick till fel mottagare i förrgår."
        let m = parse(&mail(b64, "TWVqbGV0IGdpY2sgdGlsbCBmZWwgbW90dGFnYXJlIGkgZsO2cnJnw6VyLg=="), 10, "").expect("parses");
        assert_eq!(m.text, "Mejlet gick till fel mottagare i förrgår.");
    }

    #[test]
    fn html_only_and_attachments() {
        let h = "From: a@kommun.example\nMessage-ID: <h@x>\nMIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=\"M\"";
        let body = "--M\nContent-Type: text/html; charset=utf-8\n\n<html><body><p>Jag skickade <b>fel</b> fil.</p><p>Andra stycket</p></body></html>\n--M\nContent-Type: application/pdf; name=\"journal.pdf\"\nContent-Disposition: attachment; filename=\"journal.pdf\"\nContent-Transfer-Encoding: base64\n\nJVBERi0xLjQK\n--M--\n";
        let m = parse(&mail(h, body), 4, "").expect("parses");
        assert!(m.text.contains("Jag skickade fel fil."), "{}", m.text);
        assert!(m.text.contains("Andra stycket"));
        assert_eq!(m.attachments.len(), 1);
        let a = &m.attachments[0];
        assert_eq!(a.filename.as_deref(), Some("journal.pdf"));
        assert_eq!(a.content_type, "application/pdf");
        assert_eq!(a.size, 9);
        assert!(a.content.is_none(), "over the cap: hash and size only");
        assert_eq!(a.sha256.len(), 64);
    }
}
