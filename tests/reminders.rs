//! Reminders, escalation, digests and the durable scheduler, driven through the console channel's
//! virtual clock (ticks) on real databases: SQLite files and the PostgreSQL server.

mod common;

use chrono::{DateTime, Duration, Utc};
use common::{bot_on, console, fresh_postgres, memory_bot};
use dsobot::scheduler::Scheduler;
use serde_json::{Value, json};

fn at(s: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(s).expect("time").with_timezone(&Utc)
}

fn tick(t: &str) -> Value {
    json!({ "at": t, "tick": true })
}

fn say(t: &str, from: &str, channel: &str, text: &str) -> Value {
    json!({ "at": t, "from": from, "channel": channel, "text": text })
}

/// The messages of one output line as (to, kind, text).
fn outs(line: &Value) -> Vec<(String, String, String)> {
    assert!(line.get("error").is_none(), "error line: {line}");
    line["out"]
        .as_array()
        .expect("out")
        .iter()
        .map(|o| (o["to"].as_str().unwrap_or("").to_owned(), o["kind"].as_str().unwrap_or("").to_owned(), o["text"].as_str().unwrap_or("").to_owned()))
        .collect()
}

fn to_whom(line: &Value) -> Vec<String> {
    let mut v: Vec<String> = outs(line).into_iter().map(|(to, _, _)| to).collect();
    v.sort();
    v
}

const REPORTER: &str = "anna@soc.kommun.example";
const MANAGER: &str = "socialchef@kommun.example";
const DSO: &str = "dso@kommun.example";

/// An incident reported by e-mail on Monday 23 November 2026 at 10:00, discovered at 09:30.
/// Its 72 hours end on Thursday 26 November at 09:30.
fn report() -> Value {
    say(
        "2026-11-23T10:00:00+01:00",
        REPORTER,
        "email",
        "Hej! Jag upptäckte idag kl 09.30 att jag har skickat ett mejl med en klients journal till fel mottagare.",
    )
}

#[tokio::test]
async fn a_question_reminder_comes_once_at_its_time_and_stops_when_answered() {
    let bot = memory_bot().await;
    let out = console(
        &bot,
        &[
            report(),
            tick("2026-11-23T13:59:00+01:00"),
            tick("2026-11-23T14:00:00+01:00"),
            tick("2026-11-23T14:00:00+01:00"),
            tick("2026-11-23T17:00:00+01:00"),
        ],
    )
    .await;
    assert!(outs(&out[0]).iter().any(|(to, _, _)| to == REPORTER), "{}", out[0]);
    assert_eq!(to_whom(&out[1]), Vec::<String>::new(), "nothing is due before 4 hours (e-mail)");
    let fired = outs(&out[2]);
    assert!(fired.iter().any(|(to, kind, text)| to == REPORTER && kind == "reminder" && text.contains("PUI-2026-0001")), "{fired:?}");
    let line = &out[2]["out"].as_array().expect("out")[0];
    assert_eq!(line["deadline"], "2026-11-26T09:30", "a reminder carries the case's deadline");
    assert!(!line["asks"].as_array().expect("asks").is_empty(), "a question reminder repeats the question");
    assert_eq!(to_whom(&out[3]), Vec::<String>::new(), "replaying a tick sends nothing twice");
    assert_eq!(to_whom(&out[4]), Vec::<String>::new(), "the second reminder comes 4 hours after the first");

    // The reporter answers everything they are asked: their reminders stop by themselves.
    let mut answered = 0;
    for _ in 0..20 {
        let reply = console(&bot, &[say("2026-11-23T17:05:00+01:00", REPORTER, "email", "vet inte")]).await;
        answered += 1;
        if !outs(&reply[0]).iter().any(|(to, _, _)| to == REPORTER) || bot.store.case("PUI-2026-0001").await.expect("case").expect("case").pending_for(REPORTER).is_none() {
            break;
        }
    }
    assert!(answered > 0);
    let later = console(&bot, &[tick("2026-11-24T09:00:00+01:00")]).await;
    assert!(!to_whom(&later[0]).contains(&REPORTER.to_owned()), "answered questions are not reminded: {}", later[0]);
}

#[tokio::test]
async fn nobody_is_reminded_at_night_or_at_the_weekend_except_the_dso_before_a_deadline() {
    let bot = memory_bot().await;
    // Friday 16:55: the worried employee's question would be due at 20:55.
    let friday = say(
        "2026-11-20T16:55:00+01:00",
        REPORTER,
        "email",
        "Jag råkade skicka en klients journal till fel mottagare. Upptäckte det idag kl 16.30.",
    );
    let out = console(
        &bot,
        &[
            friday,
            tick("2026-11-20T21:00:00+01:00"),
            tick("2026-11-21T12:00:00+01:00"),
            // The deadline is Monday 16:30; 12 hours before is Monday 04:30, at night.
            tick("2026-11-23T04:30:00+01:00"),
            tick("2026-11-23T08:00:00+01:00"),
        ],
    )
    .await;
    assert_eq!(to_whom(&out[1]), Vec::<String>::new(), "Friday night: nothing");
    assert_eq!(to_whom(&out[2]), Vec::<String>::new(), "Saturday: nothing");
    let night = outs(&out[3]);
    assert_eq!(night.iter().map(|(to, _, _)| to.as_str()).collect::<Vec<_>>(), vec![DSO], "only the DSO, in the last 12 hours: {night:?}");
    assert!(night[0].2.contains("12 timmar"), "{}", night[0].2);
    let morning = to_whom(&out[4]);
    assert!(morning.contains(&REPORTER.to_owned()) && morning.contains(&MANAGER.to_owned()), "Monday 08:00: {morning:?}");
}

#[tokio::test]
async fn the_72_hour_clock_reminds_the_dso_then_alerts_daily_until_notified() {
    let bot = memory_bot().await;
    let dso_texts = |line: &Value| -> Vec<String> { outs(line).into_iter().filter(|(to, k, _)| to == DSO && k == "reminder").map(|(_, _, t)| t).collect() };
    let out = console(
        &bot,
        &[
            report(),
            tick("2026-11-25T09:30:00+01:00"), // 24 h before
            tick("2026-11-25T21:30:00+01:00"), // 12 h before (night, but urgent)
            tick("2026-11-26T05:30:00+01:00"), // 4 h before
            tick("2026-11-26T08:30:00+01:00"), // 1 h before
            tick("2026-11-26T09:30:00+01:00"), // deadline: overdue alert
            tick("2026-11-26T15:00:00+01:00"), // nothing more today
            tick("2026-11-27T09:30:00+01:00"), // daily alert
        ],
    )
    .await;
    let expect = ["24 timmar kvar", "12 timmar kvar", "4 timmar kvar", "60 minuter kvar", "FRISTEN HAR PASSERAT", "", "FRISTEN HAR PASSERAT"];
    for (i, want) in expect.iter().enumerate() {
        let texts = dso_texts(&out[i + 1]);
        if want.is_empty() {
            assert!(texts.is_empty(), "tick {}: {texts:?}", i + 1);
        } else {
            assert_eq!(texts.len(), 1, "tick {}: {texts:?}", i + 1);
            assert!(texts[0].contains(want), "tick {}: want {want:?} in {}", i + 1, texts[0]);
        }
    }
    // The DSO records the (late) notification: the alerts stop and IMY question 14 is asked.
    let notified = console(&bot, &[say("2026-11-27T10:00:00+01:00", DSO, "email", "Anmäld till IMY idag kl 09.55")]).await;
    let texts: Vec<String> = outs(&notified[0]).into_iter().map(|(_, _, t)| t).collect();
    assert!(texts.iter().any(|t| t.contains("Registrerat") && t.contains("2026-11-27 09:55")), "{texts:?}");
    assert!(notified[0]["out"].as_array().expect("out").iter().any(|o| o["asks"].as_array().is_some_and(|a| a.contains(&json!("late_reason")))), "{}", notified[0]);
    let shown = console(&bot, &[json!({ "show": "PUI-2026-0001" }), tick("2026-11-28T09:30:00+01:00"), tick("2026-11-30T09:30:00+01:00")]).await;
    let case = &shown[0]["out"][0];
    assert_eq!(case["fields"]["authority_notified_at"], "2026-11-27T09:55");
    assert_eq!(case["fields"]["notified_late"], true);
    assert_eq!(case["clocks"][0]["status"], "met");
    for line in &shown[1..] {
        assert!(dso_texts(line).iter().all(|t| !t.contains("FRISTEN")), "no overdue alert after the notification: {line}");
    }
}

#[tokio::test]
async fn a_snooze_in_plain_words_moves_the_reminders_and_keeps_the_last_call() {
    let bot = memory_bot().await;
    let out = console(
        &bot,
        &[
            report(),
            tick("2026-11-23T14:00:00+01:00"),
            say("2026-11-23T14:10:00+01:00", REPORTER, "email", "påminn mig imorgon kl 10"),
            tick("2026-11-23T18:00:00+01:00"),
            tick("2026-11-24T09:59:00+01:00"),
            tick("2026-11-24T10:00:00+01:00"),
        ],
    )
    .await;
    assert!(to_whom(&out[1]).contains(&REPORTER.to_owned()));
    let snoozed = outs(&out[2]);
    assert_eq!(snoozed.len(), 1, "{snoozed:?}");
    assert!(snoozed[0].2.contains("2026-11-24 10:00"), "{}", snoozed[0].2);
    assert!(!to_whom(&out[3]).contains(&REPORTER.to_owned()));
    assert!(!to_whom(&out[4]).contains(&REPORTER.to_owned()));
    assert!(to_whom(&out[5]).contains(&REPORTER.to_owned()), "the reminder comes when the snooze ends: {}", out[5]);

    // The DSO snoozes past the deadline: the last reminder (1 hour before) still comes.
    let dso = console(
        &bot,
        &[
            tick("2026-11-25T09:30:00+01:00"),
            say("2026-11-25T09:35:00+01:00", DSO, "email", "snooze until Friday"),
            tick("2026-11-26T05:30:00+01:00"),
            tick("2026-11-26T08:30:00+01:00"),
        ],
    )
    .await;
    assert!(outs(&dso[0]).iter().any(|(to, k, t)| to == DSO && k == "reminder" && t.contains("24 timmar kvar")), "{}", dso[0]);
    assert_eq!(outs(&dso[1]).len(), 1, "{}", dso[1]);
    assert!(!to_whom(&dso[2]).contains(&DSO.to_owned()), "snoozed: {}", dso[2]);
    assert!(to_whom(&dso[3]).contains(&DSO.to_owned()), "the last call is never snoozed away: {}", dso[3]);
}

#[tokio::test]
async fn an_unanswered_question_escalates_to_the_manager_and_the_dso_after_three_reminders() {
    let bot = memory_bot().await;
    let chat = say("2026-11-23T09:00:00+01:00", REPORTER, "chat", "jag skickade en klients journal till fel person av misstag, upptäckte det idag kl 8.45");
    let mut lines = vec![chat];
    for h in [11, 13, 15, 17] {
        lines.push(tick(&format!("2026-11-23T{h}:00:00+01:00")));
    }
    let out = console(&bot, &lines).await;
    for (i, line) in out[1..4].iter().enumerate() {
        let reporter: Vec<_> = outs(line).into_iter().filter(|(to, _, _)| to == REPORTER).collect();
        assert_eq!(reporter.len(), 1, "reminder {} after 2 h (chat): {line}", i + 1);
    }
    let esc = outs(&out[4]);
    let escalated: Vec<&str> = esc.iter().filter(|(_, _, t)| t.contains("har inte svarat")).map(|(to, _, _)| to.as_str()).collect();
    // On chat, the manager and the DSO are reached at their chat ids.
    assert!(escalated.contains(&"@socialchef:kommun.example") && escalated.contains(&"@dso:kommun.example"), "escalation to the manager and the DSO: {esc:?}");
    assert!(!esc.iter().any(|(to, _, _)| to == REPORTER), "no fourth reminder: {esc:?}");
}

#[tokio::test]
async fn a_request_gets_its_reminders_the_day_20_prompt_and_an_extension_with_a_reason() {
    let bot = memory_bot().await;
    let requester = "medborgare@mail.example";
    // Received Tuesday 3 March 2026: one month ends 3 April, Good Friday; it moves to Tuesday 7 April.
    let out = console(
        &bot,
        &[
            say("2026-03-03T10:00:00+01:00", requester, "email", "Hej, jag vill begära ett registerutdrag över alla personuppgifter ni behandlar om mig."),
            json!({ "show": "DSR-2026-0001" }),
            tick("2026-03-23T08:00:00+01:00"),
            say("2026-03-23T09:00:00+01:00", DSO, "email", "Förläng: begäran omfattar handlingar hos fyra nämnder och flera system"),
            json!({ "show": "DSR-2026-0001" }),
            say("2026-03-23T09:05:00+01:00", DSO, "email", "förläng: ännu mer tid behövs för att gå igenom allt"),
        ],
    )
    .await;
    assert_eq!(out[1]["out"][0]["deadline"], "2026-04-07T23:59", "Good Friday and Easter Monday are not working days");
    let prompt = outs(&out[2]);
    assert!(prompt.iter().any(|(to, _, t)| to == DSO && t.contains("förlängning")), "day 20 (23 March): {prompt:?}");
    let extended = outs(&out[3]);
    let notice = extended.iter().find(|(to, _, _)| to == requester).expect("the requester is told");
    assert!(notice.2.contains("fyra nämnder") && notice.2.contains("2026-06-03"), "{}", notice.2);
    assert!(extended.iter().any(|(to, _, t)| to == DSO && t.contains("2026-06-03")));
    assert_eq!(out[4]["out"][0]["deadline"], "2026-06-03T23:59");
    assert!(outs(&out[5])[0].2.contains("redan förlängt"), "{}", out[5]);

    // After the first month no extension can be made.
    let bot = memory_bot().await;
    let late = console(
        &bot,
        &[
            say("2026-03-03T10:00:00+01:00", requester, "email", "Jag vill ha ett registerutdrag."),
            say("2026-04-08T09:00:00+02:00", DSO, "email", "Förläng: vi hinner inte gå igenom allt"),
        ],
    )
    .await;
    assert!(outs(&late[1])[0].2.contains("första månaden"), "{}", late[1]);
}

#[tokio::test]
async fn digests_come_on_weekday_mornings_once_and_the_quarterly_prompt_on_the_first_working_day() {
    let bot = memory_bot().await;
    let out = console(
        &bot,
        &[
            report(),
            tick("2026-11-24T08:00:00+01:00"),
            tick("2026-11-24T08:30:00+01:00"),
            tick("2026-11-27T08:00:00+01:00"), // Friday
            tick("2026-11-28T08:00:00+01:00"), // Saturday
            tick("2027-01-04T09:00:00+01:00"), // 1 January is a Friday and a holiday: Monday 4 January
        ],
    )
    .await;
    let digests = |line: &Value| -> Vec<(String, String)> { outs(line).into_iter().filter(|(_, k, _)| k == "digest").map(|(to, _, t)| (to, t)).collect() };
    let tuesday = digests(&out[1]);
    assert_eq!(tuesday.len(), 1, "{tuesday:?}");
    assert!(tuesday[0].0 == DSO && tuesday[0].1.contains("PUI-2026-0001"), "{tuesday:?}");
    assert!(digests(&out[2]).is_empty(), "one digest a morning");
    assert_eq!(digests(&out[3]).iter().filter(|(_, t)| t.contains("översikt")).count(), 1, "Friday (Wednesday's and Thursday's missed ones coalesced)");
    assert!(digests(&out[4]).iter().all(|(_, t)| !t.contains("översikt")), "no DSO digest on Saturday");
    let january = digests(&out[5]);
    assert!(january.iter().any(|(to, t)| to == DSO && t.contains("Q4 2026") && t.contains("Personuppgiftsincidenter: 1")), "{january:?}");
    assert_eq!(january.iter().filter(|(_, t)| t.contains("översikt")).count(), 1, "a backlog of digests comes as one: {january:?}");
}

#[tokio::test]
async fn a_restart_in_the_middle_loses_nothing_and_repeats_nothing() {
    let dir = tempfile::tempdir().expect("tempdir");
    let url = format!("sqlite://{}", dir.path().join("dsobot.sqlite3").display());
    {
        let bot = bot_on(&url).await;
        let out = console(&bot, &[report(), tick("2026-11-23T14:00:00+01:00")]).await;
        assert!(to_whom(&out[1]).contains(&REPORTER.to_owned()));
    }
    // Down from Monday 14:00 to Wednesday 12:00: everything that fell due fires once, coalesced
    // per person and case.
    let bot = bot_on(&url).await;
    let out = console(&bot, &[tick("2026-11-25T12:00:00+01:00"), tick("2026-11-25T12:00:00+01:00")]).await;
    let mut fired: Vec<String> = outs(&out[0]).into_iter().filter(|(_, k, _)| k == "reminder").map(|(to, _, _)| to).collect();
    fired.sort();
    let n = fired.len();
    fired.dedup();
    assert_eq!(fired.len(), n, "one message per person and case: {}", out[0]);
    assert!(fired.contains(&REPORTER.to_owned()) && fired.contains(&DSO.to_owned()), "{fired:?}");
    assert!(to_whom(&out[1]).is_empty(), "nothing twice: {}", out[1]);
}

#[tokio::test]
async fn a_worker_that_dies_holding_claims_gives_them_back_when_its_lease_runs_out() {
    let bot = memory_bot().await;
    console(&bot, &[report()]).await;
    let now = at("2026-11-23T14:00:00+01:00");
    let claimed = bot.store.claim_due("dead-worker", now, Duration::minutes(2), 100).await.expect("claim");
    assert!(!claimed.is_empty());
    // The dead worker never finishes. Within its lease nobody else sends them ...
    let other = Scheduler::new(&bot, "live-worker");
    assert!(other.run_due(now + Duration::minutes(1)).await.expect("pass").iter().all(|s| s.kind == Some("digest")));
    // ... after it, they are sent once.
    let sent = other.run_due(now + Duration::minutes(3)).await.expect("pass");
    assert!(sent.iter().any(|s| s.to.address == REPORTER), "{sent:?}");
    assert!(other.run_due(now + Duration::minutes(4)).await.expect("pass").is_empty());
}

#[tokio::test]
async fn two_schedulers_on_one_postgres_database_send_each_reminder_once() {
    let url = fresh_postgres().await;
    let bot = bot_on(&url).await;
    let mut lines = Vec::new();
    for i in 0..40 {
        lines.push(say(
            "2026-11-23T10:00:00+01:00",
            &format!("person{i}@soc.kommun.example"),
            "email",
            "Jag upptäckte idag kl 09.30 att jag skickat en klients journal till fel mottagare.",
        ));
    }
    console(&bot, &lines).await;
    let other = bot_on(&url).await;
    let now = at("2026-11-23T14:00:00+01:00");
    let a = Scheduler::new(&bot, "a");
    let b = Scheduler::new(&other, "b");
    let (sa, sb) = tokio::join!(a.run_due(now), b.run_due(now));
    let (sa, sb) = (sa.expect("a"), sb.expect("b"));
    let mut all: Vec<(Option<String>, String)> = sa.iter().chain(&sb).map(|s| (s.case.clone(), s.to.address.clone())).collect();
    let n = all.len();
    all.sort();
    all.dedup();
    assert_eq!(all.len(), n, "a reminder went out twice");
    // 40 reporters and their manager on 40 cases: 80 reminders, each once.
    assert_eq!(n, 80, "a: {}, b: {}", sa.len(), sb.len());
    let stored: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM messages WHERE direction = 'out' AND body LIKE 'Påminnelse%'")
        .fetch_one(bot.store.pool())
        .await
        .expect("count");
    assert_eq!(stored, 80);
}

/// The wall clock moved to a chosen moment: real time passes, from `start`.
struct Shifted {
    offset: Duration,
}

impl dsobot::clock::Clock for Shifted {
    fn now(&self) -> DateTime<Utc> {
        Utc::now() + self.offset
    }
}

#[tokio::test]
async fn the_running_scheduler_fires_a_reminder_within_a_second_of_its_time() {
    let bot = memory_bot().await;
    console(&bot, &[report()]).await;
    // Half a second before the first reminders fall due (4 hours after the report).
    let due = at("2026-11-23T14:00:00+01:00");
    let clock = Shifted { offset: (due - Duration::milliseconds(500)) - Utc::now() };
    let got = std::sync::Mutex::new(Vec::new());
    let scheduler = Scheduler::new(&bot, "live");
    let stop = tokio::time::sleep(std::time::Duration::from_millis(2500));
    scheduler
        .run(&clock, |sent| got.lock().expect("lock").extend(sent.into_iter().map(|s| (s.to.address, dsobot::clock::Clock::now(&clock)))), stop)
        .await
        .expect("run");
    let got = got.into_inner().expect("lock");
    let first = got.iter().find(|(to, _)| to == REPORTER).expect("the reporter's reminder went out");
    let late = first.1 - due;
    assert!(late >= Duration::zero() && late < Duration::seconds(1), "fired {late} after it was due");
    assert_eq!(got.iter().filter(|(to, _)| to == REPORTER).count(), 1);
}
