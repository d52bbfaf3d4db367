//! The e-mail channel against real peers: Dovecot over IMAP (IDLE and polling) and an SMTP
//! receiver, both on loopback, with `dsobot serve`'s own tasks running as in production.

mod common;

use std::sync::Arc;
use std::time::{Duration, Instant};

use common::peers::{Dovecot, PASSWORD, SmtpReceiver};
use dsobot::clock::SystemClock;
use dsobot::{Bot, Config, Store};
use mail_parser::MessageParser;
use tokio::sync::watch;

struct Setup {
    imap: Dovecot,
    smtp: SmtpReceiver,
    dir: tempfile::TempDir,
    after: &'static str,
    loop_cap: u32,
    /// `notice_batch_seconds`: 0 (each notice at once) unless a test batches them.
    notice_batch: u32,
    /// With TLS: IMAP's and SMTP's security ("tls" or "starttls").
    tls: Option<&'static str>,
    smtp_tls: &'static str,
}

struct Running {
    bot: Arc<Bot>,
    stop: watch::Sender<bool>,
    task: tokio::task::JoinHandle<()>,
}

impl Setup {
    fn new(idle: bool) -> Setup {
        let _ = tracing_subscriber::fmt().with_env_filter(tracing_subscriber::EnvFilter::from_default_env()).with_test_writer().try_init();
        let dir = tempfile::tempdir().expect("tempdir");
        let imap = Dovecot::start(idle);
        let smtp = SmtpReceiver::start(&dir.path().join("smtp"));
        std::fs::write(dir.path().join("password"), PASSWORD).expect("password file");
        Setup { imap, smtp, dir, after: "move", loop_cap: 10, notice_batch: 0, tls: None, smtp_tls: "plain" }
    }

    /// Peers with a self-signed certificate; the bot trusts it through `ca_file`.
    fn new_tls(imap_security: &'static str, smtp_security: &'static str) -> Setup {
        let _ = tracing_subscriber::fmt().with_env_filter(tracing_subscriber::EnvFilter::from_default_env()).with_test_writer().try_init();
        let dir = tempfile::tempdir().expect("tempdir");
        let (cert, key) = common::peers::certificate(dir.path());
        let imap = Dovecot::start_with(true, Some((&cert, &key)));
        let smtp = SmtpReceiver::start_tls(&dir.path().join("smtp"), Some((cert, key)), smtp_security == "tls");
        std::fs::write(dir.path().join("password"), PASSWORD).expect("password file");
        Setup { imap, smtp, dir, after: "move", loop_cap: 10, notice_batch: 0, tls: Some(imap_security), smtp_tls: smtp_security }
    }

    fn config(&self) -> Config {
        let mut config = Config::example();
        let email = format!(
            r#"
            address = "dso@kommun.example"
            loop_cap = {cap}
            notice_batch_seconds = {batch}
            attachment_max_bytes = 1048576
            {ca}
            [imap]
            host = "{host}"
            port = {imap}
            security = "{imap_security}"
            user = "bot@localhost"
            password_file = "{pw}"
            after = "{after}"
            poll_seconds = 1
            [smtp]
            host = "{host}"
            port = {smtp}
            security = "{smtp_security}"
            timeout_seconds = 5
            "#,
            cap = self.loop_cap,
            batch = self.notice_batch,
            ca = if self.tls.is_some() { format!("ca_file = \"{}\"", self.dir.path().join("ca.pem").display()) } else { String::new() },
            host = if self.tls.is_some() { "localhost" } else { "127.0.0.1" },
            imap_security = self.tls.unwrap_or("plain"),
            smtp_security = self.smtp_tls,
            imap = match self.tls {
                Some("tls") => self.imap.tls_port.expect("imaps port"),
                _ => self.imap.port,
            },
            smtp = self.smtp.port,
            pw = self.dir.path().join("password").display(),
            after = self.after,
        );
        config.email = Some(toml::from_str(&email).expect("email config"));
        // The web comes up with `serve` too: on a port of its own, so tests run side by side.
        config.web.bind = "127.0.0.1:0".parse().expect("address");
        config
    }

    async fn start(&self) -> Running {
        let url = format!("sqlite://{}", self.dir.path().join("dsobot.sqlite3").display());
        let bot = Arc::new(Bot::new(Store::connect(&url).await.expect("store"), self.config()).expect("bot"));
        let (stop, rx) = watch::channel(false);
        let b = bot.clone();
        let task = tokio::spawn(async move {
            dsobot::serve::serve(b, Arc::new(SystemClock), rx).await.expect("serve");
        });
        Running { bot, stop, task }
    }
}

impl Setup {
    /// Anna's report: waits for its case and for the question to her; the case number and every
    /// mail received by then.
    async fn anna_reports(&self, run: &Running) -> (String, Vec<Vec<u8>>) {
        self.imap.append("INBOX", &mail("anna@soc.kommun.example", "r1@anna.example", "Fel mottagare", "", REPORT)).await;
        let number = run.wait_cases(1).await[0].number.clone();
        let mails = self.smtp.wait_until(20, "the question", |m| !to(m, "anna@soc.kommun.example").is_empty()).await;
        (number, mails)
    }
}

impl Running {
    async fn stop(self) {
        let _ = self.stop.send(true);
        tokio::time::timeout(Duration::from_secs(20), self.task).await.expect("serve stops within the drain").expect("task");
    }

    async fn wait_outbox_empty(&self) {
        let start = Instant::now();
        while self.bot.store.outbox_counts().await.expect("counts").iter().any(|(s, n)| (s == "queued" || s == "sending") && *n > 0) {
            assert!(start.elapsed() < Duration::from_secs(20), "the outbox did not empty");
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    async fn wait_cases(&self, n: usize) -> Vec<workflows::Case> {
        let start = Instant::now();
        loop {
            let cases = self.bot.store.list_cases().await.expect("cases");
            if cases.len() >= n {
                return cases;
            }
            assert!(start.elapsed() < Duration::from_secs(20), "timed out waiting for {n} cases; have {}", cases.len());
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }
}

fn now_rfc2822() -> String {
    chrono::Utc::now().to_rfc2822()
}

/// A mail as a person's mail program would send it.
fn mail(from: &str, id: &str, subject: &str, extra: &str, body: &str) -> Vec<u8> {
    let mut h = format!("From: {from}\r\nTo: dso@kommun.example\r\nSubject: {subject}\r\nDate: {}\r\nMessage-ID: <{id}>\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n", now_rfc2822());
    for line in extra.lines().filter(|l| !l.trim().is_empty()) {
        h.push_str(line.trim());
        h.push_str("\r\n");
    }
    format!("{h}\r\n{}", body.replace('\n', "\r\n")).into_bytes()
}

struct Got {
    to: String,
    subject: String,
    message_id: String,
    in_reply_to: Option<String>,
    references: String,
    auto_submitted: Option<String>,
    text: String,
    html: Option<String>,
}

fn read(raw: &[u8]) -> Got {
    let m = MessageParser::default().parse(raw).expect("a mail");
    Got {
        to: m.to().and_then(|a| a.first()).and_then(|a| a.address()).unwrap_or_default().to_owned(),
        subject: m.subject().unwrap_or_default().to_owned(),
        message_id: m.message_id().unwrap_or_default().to_owned(),
        in_reply_to: m.in_reply_to().as_text().map(str::to_owned),
        references: m.header_raw("References").unwrap_or_default().to_owned(),
        auto_submitted: m.header_raw("Auto-Submitted").map(|s| s.trim().to_owned()),
        text: m.body_text(0).unwrap_or_default().into_owned(),
        html: m.body_html(0).map(|s| s.into_owned()),
    }
}

fn to(mails: &[Vec<u8>], who: &str) -> Vec<Got> {
    mails.iter().map(|m| read(m)).filter(|g| g.to == who).collect()
}

const REPORT: &str = "Hej!\nJag råkade skicka ett mejl med en klients journal till fel mottagare igår.\n\nMvh\nAnna Andersson\nSocialsekreterare";

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_report_becomes_a_case_and_a_reply_continues_it() {
    let s = Setup::new(true);
    let run = s.start().await;
    s.imap.append("INBOX", &mail("Anna Andersson <anna@soc.kommun.example>", "r1@anna.example", "Fel mottagare", "", REPORT)).await;
    let cases = run.wait_cases(1).await;
    let number = cases[0].number.clone();
    assert_eq!(cases[0].reporter.address, "anna@soc.kommun.example");
    // Replies go out before notices, so wait for both: the question to Anna and the DSO's notice.
    let mails = s
        .smtp
        .wait_until(20, "the question to the reporter and the notice to the DSO", |m| {
            !to(m, "anna@soc.kommun.example").is_empty() && !to(m, "dso@kommun.example").is_empty()
        })
        .await;
    let q = &to(&mails, "anna@soc.kommun.example")[0];
    assert!(q.subject.contains(&format!("[{number}]")), "the case tag in the subject: {}", q.subject);
    assert_eq!(q.in_reply_to.as_deref(), Some("r1@anna.example"), "threaded to the report");
    assert_eq!(q.auto_submitted.as_deref(), Some("auto-replied"));
    assert!(q.html.as_deref().is_some_and(|h| h.contains(&number)), "an HTML part from the templates");
    // Privacy: the reply names the case and asks; it never quotes what the reporter wrote.
    for quoted in ["journal", "fel mottagare", "Anna Andersson", "Fel mottagare"] {
        assert!(!q.text.contains(quoted) && !q.subject.contains(quoted), "the mail quotes {quoted:?}:\n{}", q.text);
    }
    // The DSO hears of the new case by mail too.
    assert!(!to(&mails, "dso@kommun.example").is_empty(), "the DSO is told");

    // The answer: a reply with SV:, a rewritten subject, the question quoted below.
    let answer = format!("Det var igår vid tretiden.\n\nDen {} skrev Dataskyddsombudet <dso@kommun.example>:\n> {}", now_rfc2822(), q.text.lines().next().unwrap_or_default());
    let extra = format!("In-Reply-To: <{}>\nReferences: <r1@anna.example> <{}>", q.message_id, q.message_id);
    s.imap.append("INBOX", &mail("anna@soc.kommun.example", "r2@anna.example", "SV: ny rubrik", &extra, &answer)).await;
    let mails = s.smtp.wait_until(20, "the next message to the reporter", |m| to(m, "anna@soc.kommun.example").len() >= 2).await;
    let next = &to(&mails, "anna@soc.kommun.example")[1];
    assert_eq!(next.in_reply_to.as_deref(), Some("r2@anna.example"));
    assert!(next.references.contains("r1@anna.example"), "References carry the thread: {}", next.references);
    let stored = run.bot.store.messages(&number).await.expect("messages");
    let inbound: Vec<_> = stored.iter().filter(|m| m.direction == "in").collect();
    assert_eq!(inbound.len(), 2, "the reply joined the case");
    assert!(!inbound[1].body.contains("skrev"), "the quoted history is stripped: {:?}", inbound[1].body);
    assert_eq!(run.bot.store.list_cases().await.expect("cases").len(), 1);

    // A reply that only has the tag in the subject (no In-Reply-To) continues the case too.
    s.imap.append("INBOX", &mail("anna@soc.kommun.example", "r3@anna.example", &format!("Re: AW: [{number}]"), "", "vet inte")).await;
    let start = Instant::now();
    while run.bot.store.messages(&number).await.expect("messages").iter().filter(|m| m.direction == "in").count() < 3 {
        assert!(start.elapsed() < Duration::from_secs(20), "the tagged reply did not join the case");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    // Handled mail is moved, never deleted.
    assert_eq!(s.imap.uids("dsobot.handled").await.len(), 3);
    assert!(s.imap.uids("INBOX").await.is_empty());
    run.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn windows_1252_keeps_its_swedish_letters() {
    let s = Setup::new(true);
    let run = s.start().await;
    let raw: Vec<u8> = [
        b"From: =?windows-1252?Q?G=F6ran_=C5kesson?= <goran@soc.kommun.example>\r\nTo: dso@kommun.example\r\n".as_slice(),
        b"Subject: =?windows-1252?Q?F=F6rlorad_USB-minne_p=E5_t=E5get?=\r\nMessage-ID: <cp@goran.example>\r\n",
        b"MIME-Version: 1.0\r\nContent-Type: text/plain; charset=windows-1252\r\nContent-Transfer-Encoding: 8bit\r\n\r\n",
        b"Jag har tappat ett USB-minne med elevernas betyg p\xe5 t\xe5get i morse. \xc4ven \xf6vningsprov fanns p\xe5 det.\r\n",
    ]
    .concat();
    s.imap.append("INBOX", &raw).await;
    let cases = run.wait_cases(1).await;
    let stored = run.bot.store.messages(&cases[0].number).await.expect("messages");
    assert!(stored[0].body.contains("på tåget i morse. Även övningsprov"), "{}", stored[0].body);
    assert_eq!(stored[0].subject.as_deref(), Some("Förlorad USB-minne på tåget"));
    run.stop().await;
}

fn bounce_of(message_id: &str) -> Vec<u8> {
    format!(
        "From: Mail Delivery System <MAILER-DAEMON@mx.example>\r\nTo: dso@kommun.example\r\nSubject: Undelivered Mail Returned to Sender\r\n\
         Message-ID: <bounce1@mx.example>\r\nDate: {}\r\nMIME-Version: 1.0\r\n\
         Content-Type: multipart/report; report-type=delivery-status; boundary=\"B\"\r\n\r\n\
         --B\r\nContent-Type: text/plain\r\n\r\nYour message could not be delivered.\r\n\
         --B\r\nContent-Type: message/delivery-status\r\n\r\nReporting-MTA: dns; mx.example\r\n\r\nFinal-Recipient: rfc822; anna@soc.kommun.example\r\nAction: failed\r\nStatus: 5.1.1\r\n\
         --B\r\nContent-Type: text/rfc822-headers\r\n\r\nFrom: dso@kommun.example\r\nMessage-ID: <{message_id}>\r\nSubject: x\r\n--B--\r\n",
        now_rfc2822()
    )
    .into_bytes()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn auto_replies_and_bounces_get_no_answer() {
    let s = Setup::new(true);
    let run = s.start().await;
    let (number, mails) = s.anna_reports(&run).await;
    let q = &to(&mails, "anna@soc.kommun.example")[0];
    // Every mail of the first turn (reporter, DSO, manager) is out before we count.
    run.wait_outbox_empty().await;
    let before = s.smtp.mails().len();

    // Her out-of-office answers our question, and a robot answers with Auto-Submitted.
    let ooo_extra = format!("In-Reply-To: <{}>", q.message_id);
    s.imap.append("INBOX", &mail("anna@soc.kommun.example", "ooo@anna.example", &format!("Automatiskt svar: [{number}] En fråga"), &ooo_extra, "Jag är ledig till måndag.")).await;
    s.imap.append("INBOX", &mail("robot@system.example", "auto@robot.example", "Tack för ditt meddelande", "Auto-Submitted: auto-replied", "Vi har tagit emot ditt ärende.")).await;
    // Then our question bounces.
    s.imap.append("INBOX", &bounce_of(&q.message_id)).await;

    let mails = s.smtp.wait_until(20, "the DSO's bounce notice", |m| to(m, "dso@kommun.example").iter().any(|g| g.text.contains("kunde inte levereras"))).await;
    tokio::time::sleep(Duration::from_millis(1500)).await;
    let mails_now = s.smtp.mails();
    let new: Vec<Got> = mails_now[before..].iter().map(|m| read(m)).collect();
    assert!(new.iter().all(|g| g.to == "dso@kommun.example"), "only the DSO hears of it: {:?}", new.iter().map(|g| &g.to).collect::<Vec<_>>());
    assert!(mails.len() > before);
    assert!(to(&mails_now, "robot@system.example").is_empty(), "never answer machines");
    let stored = run.bot.store.messages(&number).await.expect("messages");
    let ours = stored.iter().find(|m| m.direction == "out" && m.party == "anna@soc.kommun.example").expect("our question");
    assert_eq!(ours.status, "failed", "the bounced mail is marked failed");
    assert!(stored.iter().any(|m| m.direction == "in" && m.status == "automatic"), "the out-of-office is kept with the case");
    assert_eq!(run.bot.store.list_cases().await.expect("cases").len(), 1, "machines open no cases");
    let kept = run.bot.store.messages_needing_attention().await.expect("kept");
    assert!(kept.iter().any(|m| m.party == "robot@system.example" && m.status == "automatic"));
    run.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_restart_resumes_at_the_right_uid_and_a_new_uidvalidity_rescans_without_duplicates() {
    let mut s = Setup::new(true);
    s.after = "flag";
    let run = s.start().await;
    for i in 0..2 {
        s.imap.append("INBOX", &mail(&format!("p{i}@soc.kommun.example"), &format!("m{i}@x.example"), "Stulen dator", "", "Min jobbdator blev stulen ur bilen igår kväll.")).await;
    }
    run.wait_cases(2).await;
    run.stop().await;
    s.imap.append("INBOX", &mail("p2@soc.kommun.example", "m2@x.example", "Stulen dator", "", "Min jobbdator blev stulen ur bilen igår kväll.")).await;

    let run = s.start().await;
    let cases = run.wait_cases(3).await;
    assert_eq!(cases.len(), 3);
    let uids = s.imap.uids("INBOX").await;
    assert_eq!(run.bot.store.cursor("INBOX").await.expect("cursor").map(|c| c.1), uids.last().copied(), "the cursor is at the last UID");
    assert!(s.imap.flags("INBOX").await.iter().all(|f| f.iter().any(|x| x.contains("DsobotHandled"))), "handled mail is flagged, not deleted");
    run.stop().await;

    // The server's UIDVALIDITY changes (a restored mailbox): everything is read again, nothing twice.
    sqlx::query("UPDATE mailboxes SET uidvalidity = uidvalidity + 1")
        .execute(Store::connect(&format!("sqlite://{}", s.dir.path().join("dsobot.sqlite3").display())).await.expect("store").pool())
        .await
        .expect("update");
    let run = s.start().await;
    tokio::time::sleep(Duration::from_secs(2)).await;
    assert_eq!(run.bot.store.list_cases().await.expect("cases").len(), 3, "no duplicate cases after a re-scan");
    let replies = to(&s.smtp.mails(), "p0@soc.kommun.example").len();
    assert_eq!(replies, 1, "no duplicate replies");
    run.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_smtp_outage_in_the_middle_loses_nothing() {
    let mut s = Setup::new(true);
    let run = s.start().await;
    s.imap.append("INBOX", &mail("p0@soc.kommun.example", "o0@x.example", "Fel mottagare", "", REPORT)).await;
    s.smtp.wait_until(20, "the first question", |m| !to(m, "p0@soc.kommun.example").is_empty()).await;
    s.smtp.stop();
    for i in 1..4 {
        s.imap.append("INBOX", &mail(&format!("p{i}@soc.kommun.example"), &format!("o{i}@x.example"), "Fel mottagare", "", REPORT)).await;
    }
    run.wait_cases(4).await;
    // Give the outbox time to try and fail at least once.
    tokio::time::sleep(Duration::from_secs(2)).await;
    let counts = run.bot.store.outbox_counts().await.expect("counts");
    assert!(counts.iter().any(|(s, n)| s == "queued" && *n > 0), "mail waits in the outbox: {counts:?}");
    s.smtp.resume();
    let mails = s.smtp.wait_until(60, "every reporter's question after the outage", |m| (0..4).all(|i| !to(m, &format!("p{i}@soc.kommun.example")).is_empty())).await;
    let start = Instant::now();
    loop {
        let counts = run.bot.store.outbox_counts().await.expect("counts");
        if counts.iter().all(|(s, _)| s == "sent") {
            break;
        }
        assert!(start.elapsed() < Duration::from_secs(60), "the outbox did not drain: {counts:?}");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let sent: i64 = run.bot.store.outbox_counts().await.expect("counts").iter().map(|(_, n)| n).sum();
    let mails_now = s.smtp.mails();
    assert_eq!(mails_now.len() as i64, sent, "every stored mail arrived exactly once");
    assert!(mails.len() <= mails_now.len());
    run.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_reply_from_another_sender_does_not_join_the_case() {
    let s = Setup::new(true);
    let run = s.start().await;
    let (number, mails) = s.anna_reports(&run).await;
    let q = &to(&mails, "anna@soc.kommun.example")[0];
    // Someone she forwarded it to answers in the thread, with the tag.
    let extra = format!("In-Reply-To: <{}>", q.message_id);
    s.imap.append("INBOX", &mail("bertil@soc.kommun.example", "b1@bertil.example", &format!("SV: [{number}] En fråga"), &extra, "Det var 40 klienter.")).await;
    let mails = s.smtp.wait_until(20, "the DSO's decision request", |m| to(m, "dso@kommun.example").iter().any(|g| g.text.contains("inte deltar"))).await;
    let notice = to(&mails, "dso@kommun.example").into_iter().find(|g| g.text.contains("inte deltar")).expect("notice");
    assert!(notice.text.contains(&number), "the DSO is told which case: {}", notice.text);
    assert!(!notice.text.contains("40 klienter"), "the notice does not quote the mail");
    let first = run.bot.store.messages(&number).await.expect("messages");
    assert!(first.iter().all(|m| m.party != "bertil@soc.kommun.example"), "nothing of his in her case");
    let kept = run.bot.store.messages_needing_attention().await.expect("kept");
    assert!(kept.iter().any(|m| m.party == "bertil@soc.kommun.example" && m.status == "flagged" && m.case_number.is_none()));
    assert!(to(&s.smtp.mails(), "bertil@soc.kommun.example").is_empty(), "he gets no answer until the DSO decides");
    assert_eq!(run.bot.store.list_cases().await.expect("cases").len(), 1);
    run.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn polling_without_idle_and_the_loop_cap() {
    let mut s = Setup::new(false);
    s.loop_cap = 2;
    let run = s.start().await;
    // A correspondent that keeps writing (a robot without Auto-Submitted): two answers, then hold.
    for i in 0..4 {
        s.imap.append("INBOX", &mail("robot@external.example", &format!("l{i}@robot.example"), "Begäran om registerutdrag", "", "Jag vill ha ut alla uppgifter ni har om mig enligt artikel 15.")).await;
    }
    run.wait_cases(4).await;
    let mails = s.smtp.wait_until(20, "the DSO's loop notice", |m| to(m, "dso@kommun.example").iter().any(|g| g.text.contains("slinga"))).await;
    assert_eq!(to(&mails, "robot@external.example").len(), 2, "at most loop_cap mails per correspondent and hour");
    let held = run.bot.store.messages_needing_attention().await.expect("held");
    assert_eq!(held.iter().filter(|m| m.status == "held").count(), 2);
    assert_eq!(to(&mails, "dso@kommun.example").iter().filter(|g| g.text.contains("slinga")).count(), 1, "the DSO is told once");
    run.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn bad_input_is_kept_and_the_reader_goes_on() {
    let s = Setup::new(true);
    let run = s.start().await;
    // Malformed MIME: a multipart whose boundary never comes, and no sender at all.
    s.imap.append("INBOX", b"Subject: trasig\r\nContent-Type: multipart/mixed; boundary=\"X\"\r\n\r\n--Y\r\nhalf a part").await;
    // No Message-ID and no Date; 8-bit UTF-8 in the headers.
    s.imap.append("INBOX", "From: Örjan Ödmark <orjan@soc.kommun.example>\r\nSubject: Pärm med personnummer glömd på bussen\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nJag glömde en pärm med personnummer på bussen i morse.\r\n".as_bytes()).await;
    // A 30 MB attachment.
    let big = "A".repeat(30 * 1024 * 1024 / 76 * 57 / 57 * 57);
    let b64: String = {
        use base64::Engine;
        let enc = base64::engine::general_purpose::STANDARD.encode(big.as_bytes());
        enc.as_bytes().chunks(76).map(|c| format!("{}\r\n", std::str::from_utf8(c).expect("ascii"))).collect()
    };
    let raw = format!(
        "From: kim@soc.kommun.example\r\nSubject: Bilaga\r\nMessage-ID: <big@kim.example>\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"Z\"\r\n\r\n\
         --Z\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nSe bifogad fil: en lista med klienter som skickades till fel adress igår.\r\n\
         --Z\r\nContent-Type: application/octet-stream; name=\"lista.bin\"\r\nContent-Disposition: attachment; filename=\"lista.bin\"\r\nContent-Transfer-Encoding: base64\r\n\r\n{b64}--Z--\r\n"
    );
    s.imap.append("INBOX", raw.as_bytes()).await;
    // A thousand recipients.
    let rcpts: Vec<String> = (0..1000).map(|i| format!("person{i}@example.org")).collect();
    let many = format!(
        "From: lisa@soc.kommun.example\r\nTo: {}\r\nSubject: Massutskick\r\nMessage-ID: <many@lisa.example>\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nJag skickade ett nyhetsbrev med alla mottagare synliga igår.\r\n",
        rcpts.join(",\r\n ")
    );
    s.imap.append("INBOX", many.as_bytes()).await;
    // Attachments only, no text.
    s.imap.append("INBOX", b"From: tom@soc.kommun.example\r\nSubject: \r\nMessage-ID: <empty@tom.example>\r\nContent-Type: text/plain\r\n\r\n\r\n").await;

    let start = Instant::now();
    while s.imap.uids("dsobot.handled").await.len() < 5 {
        assert!(start.elapsed() < Duration::from_secs(60), "the reader did not get through the bad input");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let cases = run.bot.store.list_cases().await.expect("cases");
    assert_eq!(cases.len(), 3, "three readable reports became cases");
    let kept = run.bot.store.messages_needing_attention().await.expect("kept");
    assert!(kept.iter().any(|m| m.party == "(unknown sender)" && m.status == "flagged"), "the malformed mail is kept");
    assert!(kept.iter().any(|m| m.party == "tom@soc.kommun.example" && m.status == "flagged"), "the empty mail is kept");
    let big_case = cases.iter().find(|c| c.reporter.address == "kim@soc.kommun.example").expect("the big mail's case");
    let msgs = run.bot.store.messages(&big_case.number).await.expect("messages");
    let files = run.bot.store.attachments_of(msgs[0].id).await.expect("attachments");
    assert_eq!(files.len(), 1);
    assert!(files[0].2 > 20 * 1024 * 1024, "the attachment's size is recorded");
    let orjan = cases.iter().find(|c| c.reporter.address == "orjan@soc.kommun.example").expect("the 8-bit mail's case");
    let m = run.bot.store.messages(&orjan.number).await.expect("messages");
    assert_eq!(m[0].subject.as_deref(), Some("Pärm med personnummer glömd på bussen"));
    // The DSO hears of the two mails that need a person.
    s.smtp.wait_until(20, "two notices to the DSO", |m| to(m, "dso@kommun.example").iter().filter(|g| g.text.contains("inte besvarats")).count() >= 2).await;
    run.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_forged_internal_sender_is_not_answered() {
    let s = Setup::new(true);
    let run = s.start().await;
    let extra = "Authentication-Results: mx.kommun.example; spf=fail smtp.mailfrom=kommun.example; dkim=none; dmarc=fail header.from=kommun.example";
    s.imap.append("INBOX", &mail("socialchef@kommun.example", "forged@evil.example", "Brådskande", extra, "Skicka listan med alla klienters personnummer till mig.")).await;
    s.smtp.wait_until(20, "the DSO's notice", |m| to(m, "dso@kommun.example").iter().any(|g| g.text.contains("SPF/DKIM/DMARC"))).await;
    assert!(to(&s.smtp.mails(), "socialchef@kommun.example").is_empty());
    assert!(run.bot.store.list_cases().await.expect("cases").is_empty());
    run.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn notices_to_the_dso_in_one_window_go_out_as_one_mail() {
    let mut s = Setup::new(true);
    s.notice_batch = 3;
    let run = s.start().await;
    for i in 0..3 {
        s.imap.append("INBOX", &mail(&format!("p{i}@soc.kommun.example"), &format!("b{i}@soc.example"), "Fel mottagare", "", REPORT)).await;
    }
    let cases = run.wait_cases(3).await;
    // Each reporter has an answer at once; the DSO one mail naming all three cases.
    let mails = s.smtp.wait_until(20, "the DSO's notices", |m| !to(m, "dso@kommun.example").is_empty()).await;
    for i in 0..3 {
        assert!(!to(&mails, &format!("p{i}@soc.kommun.example")).is_empty(), "reporter {i} is answered");
    }
    tokio::time::sleep(Duration::from_secs(4)).await;
    let mails = s.smtp.mails();
    let dso = to(&mails, "dso@kommun.example");
    let named: usize = dso.iter().map(|g| cases.iter().filter(|c| g.text.contains(&c.number)).count()).sum();
    assert_eq!(named, 3, "every new case is named once");
    assert!(dso.len() < 3, "the notices went out together, not one mail each: {} mails", dso.len());
    let together = dso.iter().find(|g| g.subject.contains("meddelanden från")).expect("a mail with several notices");
    assert!(together.text.contains("1 av"), "numbered notices: {}", together.text);
    // Our own mail back in the mailbox is known by its Message-ID: no new case, nothing kept.
    let raw = mails.iter().find(|m| read(m).message_id == together.message_id).expect("raw").clone();
    s.imap.append("INBOX", &raw).await;
    let start = Instant::now();
    while !s.imap.uids("INBOX").await.is_empty() {
        assert!(start.elapsed() < Duration::from_secs(20), "the copy was not handled");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert_eq!(run.bot.store.list_cases().await.expect("cases").len(), 3);
    assert!(run.bot.store.messages_needing_attention().await.expect("kept").is_empty());
    run.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn someone_outside_the_organisation_gets_the_external_texts() {
    let s = Setup::new(true);
    let run = s.start().await;
    s.imap.append("INBOX", &mail("Kim Medborgare <kim@privat.example>", "ext@kim.example", "Fel brev", "", "Hej, jag fick idag ett brev från er med någon annans journalanteckningar i kuvertet.")).await;
    let mails = s.smtp.wait_until(20, "the answer to the citizen", |m| !to(m, "kim@privat.example").is_empty()).await;
    let answer = &to(&mails, "kim@privat.example")[0];
    assert!(answer.text.contains("Exempels kommun"), "says who we are: {}", answer.text);
    assert!(answer.text.contains("sprid dem inte vidare"), "asks them not to pass the data on: {}", answer.text);
    let case = &run.wait_cases(1).await[0];
    assert!(case.unit.is_none() && case.manager.is_none(), "no unit or manager for an outsider");
    run.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn dsobot_serve_runs_until_sigterm_and_exits_cleanly() {
    let s = Setup::new(true);
    let cfg = s.config();
    let e = cfg.email.as_ref().expect("email");
    let text = format!(
        "{}\n[email]\naddress = \"{}\"\n[email.imap]\nhost = \"127.0.0.1\"\nport = {}\nsecurity = \"plain\"\nuser = \"bot@localhost\"\npassword_env = \"DSOBOT_TEST_IMAP_PW\"\n[email.smtp]\nhost = \"127.0.0.1\"\nport = {}\nsecurity = \"plain\"\n",
        dsobot::config::EXAMPLE.replace("bind = \"127.0.0.1:8080\"", "bind = \"127.0.0.1:0\""),
        e.address,
        s.imap.port,
        s.smtp.port
    );
    let path = s.dir.path().join("dsobot.toml");
    std::fs::write(&path, text).expect("config");
    let db = format!("sqlite://{}", s.dir.path().join("serve.sqlite3").display());
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_dsobot"))
        .args(["serve", "--config"])
        .arg(&path)
        .args(["--db", &db])
        .env("DSOBOT_TEST_IMAP_PW", PASSWORD)
        .spawn()
        .expect("start dsobot serve");
    s.imap.append("INBOX", &mail("anna@soc.kommun.example", "s1@anna.example", "Fel mottagare", "", REPORT)).await;
    s.smtp.wait_until(30, "the reply from dsobot serve", |m| !to(m, "anna@soc.kommun.example").is_empty()).await;
    let killed = std::process::Command::new("kill").args(["-TERM", &child.id().to_string()]).status().expect("kill");
    assert!(killed.success());
    let start = Instant::now();
    let status = loop {
        if let Some(st) = child.try_wait().expect("wait") {
            break st;
        }
        assert!(start.elapsed() < Duration::from_secs(15), "dsobot serve did not stop on SIGTERM");
        tokio::time::sleep(Duration::from_millis(50)).await;
    };
    assert!(status.success(), "a clean exit: {status:?}");
}

async fn report_and_reply_over(s: Setup) {
    let run = s.start().await;
    s.imap.append("INBOX", &mail("anna@soc.kommun.example", "t1@anna.example", "Fel mottagare", "", REPORT)).await;
    run.wait_cases(1).await;
    let mails = s.smtp.wait_until(20, "the reply over TLS", |m| !to(m, "anna@soc.kommun.example").is_empty()).await;
    assert!(to(&mails, "anna@soc.kommun.example")[0].subject.contains("[PUI-2026-0001]"));
    run.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn imap_over_tls_and_smtp_with_starttls_trusting_the_organisations_ca() {
    report_and_reply_over(Setup::new_tls("tls", "starttls")).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn imap_with_starttls_and_smtp_over_tls() {
    report_and_reply_over(Setup::new_tls("starttls", "tls")).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_reader_reconnects_after_the_server_goes_away_and_skips_our_own_mail() {
    let mut s = Setup::new(true);
    let run = s.start().await;
    s.imap.append("INBOX", &mail("anna@soc.kommun.example", "c1@anna.example", "Fel mottagare", "", REPORT)).await;
    run.wait_cases(1).await;
    let mails = s.smtp.wait_until(20, "the first question", |m| !to(m, "anna@soc.kommun.example").is_empty()).await;
    // The server restarts under the bot (the connection drops, the port refuses for a while).
    s.imap.restart(Duration::from_millis(1500));
    // Our own question comes back into the mailbox (a copy to the DSO's address would): skipped.
    s.imap.append("INBOX", &mails[0]).await;
    s.imap.append("INBOX", &mail("bo@soc.kommun.example", "c2@bo.example", "Stulen dator", "", "Min dator blev stulen igår.")).await;
    let cases = run.wait_cases(2).await;
    assert_eq!(cases.len(), 2);
    let start = Instant::now();
    while !s.imap.uids("INBOX").await.is_empty() {
        assert!(start.elapsed() < Duration::from_secs(20), "the reader did not handle everything after reconnecting");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let kept = run.bot.store.messages_needing_attention().await.expect("kept");
    assert!(kept.is_empty(), "our own mail is not kept as someone else's: {:?}", kept.iter().map(|m| &m.status).collect::<Vec<_>>());
    run.stop().await;
}
