//! The web against a real headless Chromium (Debian's, over WebDriver): an employee reports
//! through the chat page, the DSO works the case from the dashboard, a manager sees only their
//! unit, and wrong passwords are slowed down. Screenshots of the pages go to
//! `web-screenshots/` under Cargo's CARGO_TARGET_TMPDIR.

mod common;

use std::sync::Arc;
use std::time::Duration;

use chrono::{DateTime, Utc};
use common::browser::Browser;
use dsobot::clock::{Clock, SystemClock};
use dsobot::web::{App, Identify, Role};
use dsobot::{Bot, Config, Inbound, Store};
use tokio::sync::watch;
use workflows::{Channel, Party};

const WAIT: Duration = Duration::from_secs(15);
const PASSWORD: &str = "ett långt lösenord för test";

/// The bot with its web server on a free loopback port, on a fresh SQLite file.
struct Site {
    bot: Arc<Bot>,
    base: String,
    stop: watch::Sender<bool>,
    _dir: tempfile::TempDir,
}

impl Site {
    async fn start() -> Site {
        Site::start_with(|_, _| {}).await
    }

    /// With the configuration changed by `f` (given the site's base URL).
    async fn start_with(f: impl FnOnce(&mut Config, &str)) -> Site {
        let dir = tempfile::tempdir().expect("tempdir");
        let url = format!("sqlite://{}", dir.path().join("web.sqlite3").display());
        let store = Store::connect(&url).await.expect("store");
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("bind");
        let base = format!("http://{}", listener.local_addr().expect("addr"));
        let mut config = Config::example();
        f(&mut config, &base);
        let bot = Arc::new(Bot::new(store, config).expect("bot"));
        let now = SystemClock.now();
        for (login, role, unit) in [
            ("dso@kommun.example", Role::Dso, None),
            ("socialchef@kommun.example", Role::Manager, Some("Socialförvaltningen")),
            ("forvaltningschef@kommun.example", Role::Manager, Some("Kommunledningsförvaltningen")),
        ] {
            bot.store.add_user(login, role, unit, login, PASSWORD, now).await.expect("account");
        }
        let (stop, stopped) = watch::channel(false);
        let app = App::new(bot.clone(), Arc::new(SystemClock)).expect("app");
        tokio::spawn(app.run_until_stopped(listener, stopped));
        Site { bot, base, stop, _dir: dir }
    }

    fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }

    /// A report by mail, as another channel would bring it, `hours_ago` before now.
    async fn report(&self, from: &str, text: &str, hours_ago: i64) -> String {
        let at: DateTime<Utc> = SystemClock.now() - chrono::Duration::hours(hours_ago);
        let msg = Inbound {
            at,
            from: Party { address: from.into(), channel: Channel::Email },
            subject: None,
            text: text.into(),
            raw: None,
            case: None,
            email: None,
            chat: None,
        };
        let sent = self.bot.handle(msg).await.expect("turn");
        sent.iter().find_map(|s| s.case.clone()).expect("a case")
    }
}

impl Drop for Site {
    fn drop(&mut self) {
        let _ = self.stop.send(true);
    }
}

/// Every visible form control has a name a screen reader reads: a label, or aria-label.
async fn assert_unlabelled_controls_none(b: &Browser) {
    let script = "return Array.from(document.querySelectorAll('input:not([type=hidden]), select, textarea'))\
        .filter(e => !(e.labels && e.labels.length) && !e.getAttribute('aria-label') && !e.closest('label'))\
        .map(e => e.outerHTML.slice(0, 120));";
    let found = b.client.execute(script, vec![]).await.expect("script");
    assert_eq!(found, serde_json::json!([]), "controls without a label");
}

async fn sign_in(b: &Browser, site: &Site, login: &str, password: &str) {
    b.goto(&site.url("/login")).await.expect("login page");
    b.fill("#login-name", login).await.expect("login");
    b.fill("#password", password).await.expect("password");
    b.click("#login button[type=submit]").await.expect("submit");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_employee_reports_through_the_chat_page_and_answers_with_a_click() {
    let site = Site::start().await;
    let b = Browser::start().await.expect("browser");
    b.goto(&site.url("/")).await.expect("start page");
    b.fill("#address", "anna@soc.kommun.example").await.expect("address");
    b.click("form[action='/identify'] button").await.expect("continue");
    b.wait_for("#text", WAIT).await.expect("the report form");
    b.fill("#text", "Jag råkade skicka ett mejl med en klients journal till fel mottagare igår eftermiddag.").await.expect("text");
    b.click("#report button[type=submit]").await.expect("send");
    let heading = b.wait_for_text("h1", "PUI-", WAIT).await.expect("the case page");
    let number = heading.split_whitespace().next().expect("number").to_owned();
    b.wait_for_text("#conversation", &number, WAIT).await.expect("the bot's receipt names the case");
    b.screenshot("report-chat-opened").await.expect("screenshot");

    let case = site.bot.store.case(&number).await.expect("store").expect("stored");
    assert_eq!(case.reporter.address, "anna@soc.kommun.example");
    assert_eq!(case.reporter.channel, Channel::Web);
    assert_eq!(case.unit.as_deref(), Some("Socialförvaltningen"));
    let asked = case.pending_for("anna@soc.kommun.example").expect("the reporter is asked something").fields.clone();

    // Answer with a click where there are options, else in words; the page continues in place.
    let before = b.client.find_all(fantoccini::Locator::Css("#conversation li")).await.expect("messages").len();
    if b.client.find(fantoccini::Locator::Css("button.option")).await.is_ok() {
        b.click("button.option").await.expect("an option");
    } else if b.client.find(fantoccini::Locator::Css(".checks input")).await.is_ok() {
        b.click(".checks input").await.expect("a check box");
        b.click("fieldset button.secondary").await.expect("send the choices");
    } else {
        b.fill("#answer-text", "vet inte").await.expect("answer");
        b.click("#answer .row button[type=submit]").await.expect("send");
    }
    for _ in 0..100 {
        let now = b.client.find_all(fantoccini::Locator::Css("#conversation li")).await.expect("messages").len();
        if now >= before + 2 {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let after = b.client.find_all(fantoccini::Locator::Css("#conversation li")).await.expect("messages").len();
    assert!(after >= before + 2, "the answer and the bot's next message appear ({before} -> {after})");
    b.screenshot("report-chat-answered").await.expect("screenshot");
    let case = site.bot.store.case(&number).await.expect("store").expect("stored");
    let answered = &asked[0];
    let provenance = case.fields.get(answered).map(|e| (e.provenance.how, e.provenance.by.clone()));
    let known = provenance.is_some() || case.unknown.contains(answered);
    assert!(known, "{answered} is answered or known to be unknown");
    if let Some((how, by)) = provenance {
        assert_eq!((how, by.as_str()), (workflows::How::Answered, "anna@soc.kommun.example"));
    }

    // Back at the start page the case is listed as theirs.
    b.goto(&site.url("/")).await.expect("start");
    b.wait_for_text(".mycases", &number, WAIT).await.expect("their case is listed");
    b.close().await.expect("close");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn without_javascript_the_chat_is_plain_forms_and_loses_nothing() {
    let site = Site::start().await;
    let b = Browser::without_script().await.expect("browser");
    b.goto(&site.url("/")).await.expect("start page");
    b.fill("#address", "sara.l@kommun.example").await.expect("address");
    b.click("form[action='/identify'] button").await.expect("continue");
    b.wait_for("#text", WAIT).await.expect("the report form");
    b.fill("#text", "I sent a spreadsheet with 40 pupils' grades to the wrong parent this morning").await.expect("text");
    b.click("#report button[type=submit]").await.expect("send");
    let heading = b.wait_for_text("h1", "PUI-", WAIT).await.expect("the case page after a redirect");
    let number = heading.split_whitespace().next().expect("number").to_owned();
    b.fill("#answer-text", "don't know").await.expect("answer");
    b.click("#answer .row button[type=submit]").await.expect("send");
    let mut messages = Vec::new();
    for _ in 0..150 {
        messages = site.bot.store.messages(&number).await.expect("messages");
        if messages.iter().filter(|m| m.direction == "in").count() == 2 {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let inbound: Vec<_> = messages.iter().filter(|m| m.direction == "in").map(|m| m.body.as_str()).collect();
    assert_eq!(inbound, ["I sent a spreadsheet with 40 pupils' grades to the wrong parent this morning", "don't know"]);
    b.screenshot("report-chat-no-script").await.expect("screenshot");
    b.close().await.expect("close");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_dso_sees_the_new_incident_first_with_its_countdown_and_edits_it_on_the_record() {
    let site = Site::start().await;
    // A request (a month to answer) and an incident discovered yesterday (72 hours): the incident first.
    site.report("sara.l@kommun.example", "Hej, jag vill få ut alla uppgifter ni har om mig enligt GDPR artikel 15.", 2).await;
    let number = site.report("anna@soc.kommun.example", "Jag upptäckte igår kl 15 att en lista med 30 elevers personnummer låg öppen på vår webbplats.", 1).await;
    // One discovered three days ago, reported late: under 12 hours left, at the top, in red.
    let discovered = (SystemClock.now() - chrono::Duration::hours(64)).with_timezone(&chrono_tz::Europe::Stockholm).format("%Y-%m-%d %H:%M");
    let urgent = site.report("sara.l@kommun.example", &format!("Vi upptäckte {discovered} att en pärm med personakter saknas i arkivet."), 0).await;

    let b = Browser::start().await.expect("browser");
    sign_in(&b, &site, "dso@kommun.example", PASSWORD).await;
    b.wait_for("#cases tbody tr", WAIT).await.expect("the case list");
    let first = b.text("#cases tbody tr:first-child td:first-child").await.expect("first row");
    assert_eq!(first.trim(), urgent, "the nearest deadline is at the top");
    b.find("#cases tbody tr:first-child time.countdown.urgent").await.expect("red under 12 hours");
    let second = b.text("#cases tbody tr:nth-child(2) td:first-child").await.expect("second row");
    assert_eq!(second.trim(), number);
    assert!(b.client.find(fantoccini::Locator::Css("#cases tbody tr:nth-child(2) time.countdown.urgent")).await.is_err(), "not red with two days left");
    assert_unlabelled_controls_none(&b).await;
    let countdown = b.text("#cases tbody tr:nth-child(2) time.countdown").await.expect("countdown");
    assert!(countdown.contains("kvar") && countdown.contains(" h "), "a live countdown: {countdown}");
    b.screenshot("dashboard-cases").await.expect("screenshot");

    b.click("#cases tbody tr:nth-child(2) a").await.expect("open the case");
    b.wait_for("#fields", WAIT).await.expect("the case page");
    assert_unlabelled_controls_none(&b).await;
    b.wait_for("#fields", WAIT).await.expect("the case page");
    let prov = b.text("#f-description td.prov").await.expect("provenance");
    assert!(prov.contains("anna@soc.kommun.example") && prov.contains("meddelande 1"), "who said it, in which message: {prov}");

    // Edit the title: recorded as edited by the DSO, and in the audit trail.
    b.click("#f-title details.edit summary").await.expect("open the editor");
    b.fill("#f-title input[name=value]", "Elevlista öppen på webbplatsen").await.expect("title");
    b.click("#f-title details.edit button").await.expect("save");
    b.wait_for_text("#f-title td.value", "Elevlista öppen på webbplatsen", WAIT).await.expect("the new title");
    let prov = b.text("#f-title td.prov").await.expect("provenance");
    assert!(prov.contains("ändrat") && prov.contains("dso@kommun.example"), "{prov}");
    let audit = b.text("#audit").await.expect("audit");
    assert!(audit.contains("edited title") && audit.contains("dso@kommun.example"), "{audit}");

    // The assessment and the notification to IMY with its reference.
    b.client.find(fantoccini::Locator::Css("#a-notify_authority")).await.expect("select").select_by_value("true").await.expect("yes");
    b.click("#assessment button").await.expect("save the assessment");
    b.wait_for("#imy input[name=reference]", WAIT).await.expect("page again");
    b.fill("#imy input[name=reference]", "IMY-2026-4711").await.expect("reference");
    b.click("#imy button").await.expect("record");
    b.wait_for_text("#imy", "IMY-2026-4711", WAIT).await.expect("recorded");
    b.screenshot("dashboard-case").await.expect("screenshot");
    let case = site.bot.store.case(&number).await.expect("store").expect("case");
    assert_eq!(case.value("notify_authority"), Some(&workflows::Value::Bool(true)));
    assert_eq!(case.value("authority_reference"), Some(&workflows::Value::Text("IMY-2026-4711".into())));
    assert_eq!(case.fields["authority_notified_at"].provenance.how, workflows::How::Edited);
    // Notified within the 72 hours: no late-notification question follows.
    assert_eq!(case.value("notified_late"), Some(&workflows::Value::Bool(false)));

    // Closing it: no more questions; the audit trail says who.
    b.click("#close button").await.expect("close the case");
    b.wait_for_text("h1", "Avslutat", WAIT).await.expect("closed");
    let audit = b.text("#audit").await.expect("audit");
    assert!(audit.contains("state closed") && audit.contains("dso@kommun.example"), "{audit}");
    let case = site.bot.store.case(&number).await.expect("store").expect("case");
    assert!(case.pending.is_empty() && !case.state.is_open());
    b.close().await.expect("close");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_manager_cannot_open_another_units_case() {
    let site = Site::start().await;
    let soc = site.report("anna@soc.kommun.example", "Jag tappade bort ett usb-minne med journalanteckningar igår.", 1).await;
    let b = Browser::start().await.expect("browser");
    sign_in(&b, &site, "forvaltningschef@kommun.example", PASSWORD).await;
    b.wait_for("#cases", WAIT).await.expect("the case list");
    let list = b.text("#cases").await.expect("list");
    assert!(!list.contains(&soc), "another unit's case is not listed");
    b.goto(&site.url(&format!("/cases/{soc}"))).await.expect("goto");
    let page = b.text("body").await.expect("page");
    assert!(page.contains("404") && !page.contains("usb"), "another unit's case does not open: {page}");
    b.screenshot("manager-refused").await.expect("screenshot");
    // Their own unit's manager sees it.
    let b2 = Browser::start().await.expect("browser");
    sign_in(&b2, &site, "socialchef@kommun.example", PASSWORD).await;
    b2.wait_for_text("#cases", &soc, WAIT).await.expect("own unit's case listed");
    b2.close().await.expect("close");
    b.close().await.expect("close");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn wrong_passwords_are_rate_limited() {
    let site = Site::start().await;
    let b = Browser::start().await.expect("browser");
    for i in 0..dsobot::web::auth::FAILURES_PER_LOGIN {
        sign_in(&b, &site, "dso@kommun.example", &format!("fel lösenord {i}")).await;
        b.wait_for_text("#login .error", "Fel användarnamn eller lösenord", WAIT).await.expect("refused");
    }
    // Now even the right password waits.
    sign_in(&b, &site, "dso@kommun.example", PASSWORD).await;
    let page = b.wait_for_text("body", "För många försök", WAIT).await.expect("rate limited");
    assert!(page.contains("429"), "{page}");
    b.screenshot("login-rate-limited").await.expect("screenshot");
    b.close().await.expect("close");
}

/// A plain HTTP/1.1 GET: the status, the raw head and the body.
async fn get(base: &str, path: &str, headers: &[(&str, &str)]) -> (u16, String, String) {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let addr = base.trim_start_matches("http://");
    let mut conn = tokio::net::TcpStream::connect(addr).await.expect("connect");
    let mut req = format!("GET {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n");
    for (k, v) in headers {
        req.push_str(&format!("{k}: {v}\r\n"));
    }
    req.push_str("\r\n");
    conn.write_all(req.as_bytes()).await.expect("write");
    let mut raw = Vec::new();
    conn.read_to_end(&mut raw).await.expect("read");
    let text = String::from_utf8_lossy(&raw).into_owned();
    let (head, body) = text.split_once("\r\n\r\n").expect("a response");
    let status = head.split_whitespace().nth(1).and_then(|s| s.parse().ok()).expect("status");
    (status, head.to_owned(), body.to_owned())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn behind_the_sign_on_proxy_a_reporter_is_known_by_its_header_and_nobody_else_can_claim_it() {
    let site = Site::start_with(|c, _| {
        c.web.reporters = Identify::Header;
        c.web.identity_header = Some("X-Remote-User".into());
    })
    .await;
    let (status, head, body) = get(&site.base, "/", &[("X-Remote-User", "Anna@soc.kommun.example")]).await;
    assert_eq!(status, 200);
    assert!(body.contains("Vad har hänt?") && body.contains("anna@soc.kommun.example"), "the report form, signed in");
    assert!(head.to_lowercase().contains("set-cookie: dsobot_session="), "{head}");
    assert!(head.contains("content-security-policy: default-src 'self'") && head.contains("x-frame-options: DENY"), "{head}");
    // No header, or an address outside the organisation: nobody is signed in.
    for headers in [&[][..], &[("X-Remote-User", "mallory@example.org")][..]] {
        let (status, _, body) = get(&site.base, "/", headers).await;
        assert_eq!(status, 200);
        assert!(body.contains("via intranätet") && !body.contains("Vad har hänt?"), "{body}");
    }
    // The dashboard is for accounts only.
    let (status, head, _) = get(&site.base, "/cases", &[("X-Remote-User", "anna@soc.kommun.example")]).await;
    assert_eq!(status, 403, "{head}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_reporter_signs_in_with_a_link_mailed_to_their_internal_address() {
    let site = Site::start_with(|c, base| {
        c.web.reporters = Identify::Link;
        c.web.public_url = Some(base.to_owned());
        let email = "address = \"dso@kommun.example\"\n[imap]\nhost = \"127.0.0.1\"\nport = 1\nsecurity = \"plain\"\nuser = \"dso\"\npassword_env = \"DSOBOT_TEST_UNSET\"\n[smtp]\nhost = \"127.0.0.1\"\nport = 1\nsecurity = \"plain\"\n";
        c.email = Some(toml::from_str(email).expect("email config"));
    })
    .await;
    let b = Browser::start().await.expect("browser");
    b.goto(&site.url("/")).await.expect("start");
    b.fill("#address", "someone@example.org").await.expect("address");
    b.click("form[action='/identify'] button").await.expect("continue");
    b.wait_for_text(".error", "e-postadress i organisationen", WAIT).await.expect("outsiders get no link");
    b.fill("#address", "anna@soc.kommun.example").await.expect("address");
    b.click("form[action='/identify'] button").await.expect("continue");
    b.wait_for_text(".notice", "inloggningslänk", WAIT).await.expect("link sent");
    // The link waits in the outbox as a mail to that address.
    let body: String = sqlx::query_scalar("SELECT body FROM messages WHERE direction = 'out' AND party = 'anna@soc.kommun.example' AND status = 'queued'")
        .fetch_one(site.bot.store.pool())
        .await
        .expect("a queued mail");
    let link = body.split_whitespace().find(|w| w.starts_with(&site.base)).expect("a link in the mail").to_owned();
    b.goto(&link).await.expect("open the link");
    b.click("form button").await.expect("sign in with it");
    b.wait_for("#text", WAIT).await.expect("signed in: the report form");
    b.screenshot("report-signed-in-by-link").await.expect("screenshot");
    // Spent: a second use signs nobody in.
    let (status, _, body) = get(&site.base, link.trim_start_matches(&site.base), &[]).await;
    assert_eq!(status, 200, "the link page itself spends nothing");
    assert!(body.contains("Logga in med länken"));
    b.close().await.expect("close");
    let b2 = Browser::start().await.expect("browser");
    b2.goto(&link).await.expect("open again");
    b2.click("form button").await.expect("try again");
    b2.wait_for_text(".error", "redan använts", WAIT).await.expect("back at the address form: the link is spent");
    b2.close().await.expect("close");
}

/// A session cookie of a dashboard account, for plain HTTP requests.
async fn session_of(site: &Site, login: &str) -> String {
    let users = site.bot.store.users().await.expect("users");
    let (u, _) = users.iter().find(|(u, _)| u.login == login).expect("account");
    let token = site.bot.store.start_session(Some(u.id), &u.address, SystemClock.now(), chrono::Duration::hours(1)).await.expect("session");
    format!("dsobot_session={token}")
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_dso_exports_imy_s_form_and_the_register_imports_a_register_and_reads_the_statistics() {
    let site = Site::start().await;
    let number = site.report("anna@soc.kommun.example", "Jag upptäckte igår kl 15 att en lista med 30 elevers personnummer låg öppen på vår webbplats.", 1).await;
    let b = Browser::start().await.expect("browser");
    sign_in(&b, &site, "dso@kommun.example", PASSWORD).await;
    b.wait_for("#cases", WAIT).await.expect("the case list");

    // IMY's form, print-ready, from the case page.
    b.goto(&site.url(&format!("/cases/{number}"))).await.expect("case");
    b.click("#imy-html").await.expect("the form");
    let form = b.wait_for_text("main.imy", "Anmälan av personuppgiftsincident", WAIT).await.expect("IMY's form");
    assert!(form.contains(&number) && form.contains("15. ") && form.contains("Organisationens namn"), "{form}");
    b.screenshot("imy-form").await.expect("screenshot");

    // JSON and the register, as files.
    let cookie = session_of(&site, "dso@kommun.example").await;
    let (status, head, body) = get(&site.base, &format!("/cases/{number}/imy.json"), &[("Cookie", &cookie)]).await;
    assert_eq!(status, 200, "{head}");
    let json: serde_json::Value = serde_json::from_str(&body).expect("JSON");
    assert_eq!(json["number"], number.as_str());
    assert!(json["sections"].as_array().is_some_and(|s| !s.is_empty()));
    let (status, head, body) = get(&site.base, "/register.csv", &[("Cookie", &cookie)]).await;
    assert_eq!(status, 200);
    assert!(head.contains("attachment; filename=\"incidentregister.csv\"") && body.contains(&number), "{head}");
    let (status, _, _) = get(&site.base, "/register.xlsx", &[("Cookie", &cookie)]).await;
    assert_eq!(status, 200);
    let manager = session_of(&site, "socialchef@kommun.example").await;
    let (status, _, _) = get(&site.base, "/register.csv", &[("Cookie", &manager)]).await;
    assert_eq!(status, 403, "the whole register is the DSO's");

    // Import a register file through the page, and see its rows.
    let dir = tempfile::tempdir().expect("tempdir");
    let file = dir.path().join("gammalt-register.csv");
    std::fs::write(
        &file,
        "Ärende;Rubrik;När upptäckte ni incidenten?;Beskrivning;Har incidenten anmälts till en tillsynsmyndighet?\n\
         KS 2024/17;Fax till fel nummer;2024-05-02 11:00;Ett fax med journalkopior gick till fel mottagare.;Ja, 2024-05-03 10:00\n\
         KS 2024/18;;;;Nej\n",
    )
    .expect("write");
    b.goto(&site.url("/cases")).await.expect("cases");
    b.click("#import summary").await.expect("open the import");
    b.find("#import-file").await.expect("file input").send_keys(file.to_str().expect("path")).await.expect("choose the file");
    b.click("#import button[type=submit]").await.expect("import");
    let summary = b.wait_for_text("#import-summary", "Importerade", WAIT).await.expect("the import's report");
    assert!(summary.contains("Importerade ärenden: 1") && summary.contains("inte kunde läsas: 1"), "{summary}");
    let unreadable = b.text("#import-unreadable").await.expect("unreadable rows");
    assert!(unreadable.contains("Rad 3"), "{unreadable}");
    b.screenshot("register-imported").await.expect("screenshot");
    b.click("#import-imported a").await.expect("the imported case");
    b.wait_for_text("#f-title", "Fax till fel nummer", WAIT).await.expect("its values");

    // The statistics of 2024, with the imported incident notified in time.
    b.goto(&site.url("/statistics?year=2024")).await.expect("statistics");
    let table = b.wait_for_text("#stats-incidents", "Anmälda till IMY", WAIT).await.expect("the table");
    assert!(table.contains("Q2 2024"), "{table}");
    let year_total = b.text("#stats-incidents tbody tr:first-child td:last-child").await.expect("total");
    assert_eq!(year_total.trim(), "1");
    b.screenshot("statistics").await.expect("screenshot");
    // The language switch stays on the page it was used on.
    b.click("#lang-switch").await.expect("in English");
    let table = b.wait_for_text("#stats-incidents", "Notified to IMY", WAIT).await.expect("the table in English");
    assert!(table.contains("Q2 2024"), "{table}");
    b.click("#lang-switch").await.expect("på svenska");
    b.wait_for_text("#stats-incidents", "Anmälda till IMY", WAIT).await.expect("the table in Swedish");
    b.click("#report-html").await.expect("the year's report");
    b.wait_for_text("body", "Dataskyddsombudets rapport 2024", WAIT).await.expect("the report");
    b.close().await.expect("close");
}

/// A web reporter's later questions and reminders wait on their case's page; when they are not
/// on it, a short mail with the link says so (and nothing of the case). Not while they are there.
#[tokio::test]
async fn a_web_reporter_away_from_the_page_is_told_by_mail_that_a_question_waits() {
    let site = Site::start_with(|c, base| {
        c.web.public_url = Some(base.to_owned());
        let email = "address = \"dso@kommun.example\"\n[imap]\nhost = \"127.0.0.1\"\nport = 1\nsecurity = \"plain\"\nuser = \"dso\"\npassword_env = \"DSOBOT_TEST_UNSET\"\n[smtp]\nhost = \"127.0.0.1\"\nport = 1\nsecurity = \"plain\"\n";
        c.email = Some(toml::from_str(email).expect("email config"));
    })
    .await;
    let anna = "anna@soc.kommun.example";
    let msg = Inbound {
        at: SystemClock.now(),
        from: Party { address: anna.into(), channel: Channel::Web },
        subject: None,
        text: "Jag råkade skicka ett mejl med en klients journal till fel mottagare igår kl 15".into(),
        raw: None,
        case: None,
        email: None,
        chat: Some(dsobot::chat::ChatIn { id: "web:first-report-0000000001".into(), conversation: "web".into(), thread: None, direct: false }),
    };
    let number = site.bot.handle(msg).await.expect("turn").iter().find_map(|s| s.case.clone()).expect("a case");
    let mails_to_anna = || async {
        let rows: Vec<String> = sqlx::query_scalar("SELECT body FROM messages WHERE direction = 'out' AND channel = 'email' AND party = $1")
            .bind(anna)
            .fetch_all(site.bot.store.pool())
            .await
            .expect("rows");
        rows
    };
    assert!(mails_to_anna().await.is_empty(), "she is on the page: the question is there, no mail");
    // Later the scheduler reminds her of the open question: it waits on the page, and a mail says so.
    let c = &site.bot.config;
    let mut reminded = false;
    for hours in 1..30 {
        let later = c.reminders.quiet.next_open(c.organisation.time_zone, c.calendar, SystemClock.now() + chrono::Duration::hours(hours));
        let sent = dsobot::scheduler::Scheduler::new(&site.bot, "test").run_due(later).await.expect("scheduler");
        if sent.iter().any(|s| s.to.address == anna && s.to.channel == Channel::Web) {
            reminded = true;
            break;
        }
    }
    assert!(reminded, "a reminder on the page");
    let mails = mails_to_anna().await;
    assert_eq!(mails.len(), 1, "{mails:?}");
    let link = format!("{}/report/{number}", site.base);
    assert!(mails[0].contains(&link) && mails[0].contains(&number), "{}", mails[0]);
    assert!(!mails[0].contains("journal"), "nothing of the case in the mail: {}", mails[0]);
}
