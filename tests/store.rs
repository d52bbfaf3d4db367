//! The store suite, run on SQLite (a file) and on the PostgreSQL server of this machine.

mod common;

use chrono::{DateTime, Utc};
use common::{bot_on, fresh_postgres};
use dsobot::chat::ChatIn;
use dsobot::store::NewMessage;
use dsobot::{Bot, Inbound, Store};
use workflows::{Channel, Party};

fn at(s: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(s).expect("time").to_utc()
}

fn msg(from: &str, t: &str, text: &str) -> Inbound {
    Inbound {
        at: at(t),
        from: Party { address: from.into(), channel: Channel::Email },
        subject: None,
        text: text.into(),
        raw: Some(text.as_bytes().to_vec()),
        case: None,
        email: None,
        chat: None,
    }
}

fn sqlite_url(dir: &tempfile::TempDir) -> String {
    format!("sqlite://{}", dir.path().join("dsobot.sqlite3").display())
}

async fn suite(url: &str) {
    let bot = bot_on(url).await;
    a_turn_stores_the_message_values_questions_and_audit(&bot).await;
    numbers_count_per_kind_and_year(&bot).await;
    a_reply_without_a_case_key_continues_the_case_with_the_pending_question(&bot).await;
    the_audit_log_and_value_history_are_append_only(&bot.store).await;
    a_turn_that_does_not_commit_leaves_nothing(&bot.store).await;
    a_turn_rolled_back_to_its_savepoint_leaves_the_others(&bot.store).await;
    // A new connection (a restart) sees everything.
    let again = bot_on(url).await;
    assert_eq!(again.store.list_cases().await.expect("list").len(), 3);
    chat_replies_wait_in_the_outbox_and_go_where_the_writer_is(&bot).await;
    a_persons_chat_messages_wait_behind_one_that_did_not_go_through(&bot.store).await;
    the_dashboard_lists_by_deadline_and_edits_are_on_the_record(&bot).await;
    statistics_count_what_is_stored_beside_each_case(&bot).await;
    accounts_sessions_and_links_are_kept_hashed_and_end(&bot.store).await;
}

async fn the_dashboard_lists_by_deadline_and_edits_are_on_the_record(bot: &Bot) {
    use dsobot::web::dashboard::Filter;
    let now = at("2026-11-25T12:00:00Z");
    let (all, total) = bot.store.case_page(&Filter::default(), now).await.expect("page");
    assert_eq!(all.len() as i64, total);
    assert!(total >= 3, "{total}");
    // Every running clock first, nearest first; then the cases without one.
    let dues: Vec<_> = all.iter().map(|(_, d)| *d).collect();
    let with: Vec<_> = dues.iter().take_while(|d| d.is_some()).collect();
    assert!(with.windows(2).all(|w| w[0] <= w[1]), "{dues:?}");
    assert!(dues[with.len()..].iter().all(Option::is_none), "{dues:?}");
    for (c, due) in &all {
        assert_eq!(*due, bot.deadline_of(c), "{}", c.number);
    }
    let incidents = Filter { kind: Some("incident".into()), ..Filter::default() };
    let (inc, n) = bot.store.case_page(&incidents, now).await.expect("page");
    assert!(n >= 1 && inc.iter().all(|(c, _)| c.kind == workflows::Kind::Incident));
    let (none, zero) = bot.store.case_page(&Filter { year: Some(1999), ..Filter::default() }, now).await.expect("page");
    assert!(none.is_empty() && zero == 0);

    // Rows from before the columns are filled in with the same deadlines and order.
    forget_derived(bot).await;
    let filled = bot.fill_derived().await.expect("backfill");
    assert_eq!(filled as i64, bot.store.list_cases().await.expect("list").len() as i64);
    let (again, _) = bot.store.case_page(&Filter::default(), now).await.expect("page");
    assert_eq!(again.iter().map(|(c, d)| (c.number.clone(), *d)).collect::<Vec<_>>(), all.iter().map(|(c, d)| (c.number.clone(), *d)).collect::<Vec<_>>());

    // The DSO's edit: one transaction, recorded as edited, audited.
    let (case, _) = inc.first().expect("an incident");
    let value = workflows::Value::Text("Rättad rubrik".into());
    bot.edit(&case.number, &[("title", value.clone())], "dso@kommun.example", now).await.expect("edit");
    let stored = bot.store.case(&case.number).await.expect("case").expect("exists");
    assert_eq!(stored.value("title"), Some(&value));
    let last = bot.store.history(&case.number).await.expect("history").into_iter().rfind(|h| h.field == "title").expect("title history");
    assert_eq!((last.how.as_str(), last.by.as_str()), ("edited", "dso@kommun.example"));
    let audit = bot.store.audit(&case.number).await.expect("audit");
    assert!(audit.iter().any(|a| a.action == "edited" && a.detail == "title" && a.actor == "dso@kommun.example"));
    assert!(bot.edit(&case.number, &[("nature", workflows::Value::Enum("no_such".into()))], "dso@kommun.example", now).await.is_err());
}

/// Makes every case row look as an older version left it: no list or statistics columns.
async fn forget_derived(bot: &Bot) {
    sqlx::query("UPDATE cases SET deadline_at = NULL, deadline_known = 0, due_key = NULL, year = NULL, facts = NULL, closed_at = NULL")
        .execute(bot.store.pool())
        .await
        .expect("reset");
}

/// The statistics are the figures of the cases' snapshots, read from the small columns kept
/// beside them, which follow every change (an edit, closing).
async fn statistics_count_what_is_stored_beside_each_case(bot: &Bot) {
    use dsobot::stats::{StatRow, YearStats};
    use workflows::{Kind, Lang, Value};
    let (tz, cal) = (bot.config.organisation.time_zone, bot.config.calendar);
    let from_snapshots = |year: i32| async move {
        let mut rows = Vec::new();
        for c in bot.store.list_cases().await.expect("cases").iter().filter(|c| dsobot::store::year_of(c) == year) {
            let closed = bot.store.audit(&c.number).await.expect("audit").into_iter().find(|a| a.action == "state" && a.detail == "closed").map(|a| a.at);
            rows.push(StatRow::of(c, closed, tz, cal));
        }
        YearStats::of(&rows, year, tz, Lang::Sv)
    };
    let cases = bot.store.list_cases().await.expect("cases");
    let incident = cases.iter().find(|c| c.kind == Kind::Incident && c.state.is_open()).expect("an open incident");
    let year = dsobot::store::year_of(incident);
    let before = bot.year_stats(year, Lang::Sv).await.expect("statistics");
    assert_eq!(before, from_snapshots(year).await);
    assert!(before.year.incidents >= 1 && before.year.open_incidents >= 1, "{:?}", before.year);

    let now = at("2026-11-26T09:00:00Z");
    let notified = Value::When(workflows::when::When::DateTime(chrono::NaiveDate::from_ymd_opt(2026, 11, 26).unwrap().and_hms_opt(9, 0, 0).unwrap()));
    bot.edit(&incident.number, &[("notify_authority", Value::Bool(true)), ("authority_notified_at", notified)], "dso@kommun.example", now).await.expect("edit");
    bot.close_case(&incident.number, "dso@kommun.example", now).await.expect("close");
    let after = bot.year_stats(year, Lang::Sv).await.expect("statistics");
    assert_eq!(after.year.recommended, before.year.recommended + 1, "{:?}", after.year);
    assert_eq!(after.year.notified, before.year.notified + 1);
    assert_eq!(after.year.open_incidents, before.year.open_incidents - 1);
    assert_eq!(after, from_snapshots(year).await);

    // Rows from before the columns: filled in when the figures are next asked for, the same.
    forget_derived(bot).await;
    assert_eq!(bot.year_stats(year, Lang::Sv).await.expect("statistics"), after);
}

async fn accounts_sessions_and_links_are_kept_hashed_and_end(store: &Store) {
    use dsobot::web::Role;
    let now = at("2026-11-25T12:00:00Z");
    store.add_user("DSO@kommun.example", Role::Dso, None, "dso@kommun.example", "ett långt lösenord", now).await.expect("account");
    assert!(store.add_user("dso@kommun.example", Role::Dso, None, "x", "ett långt lösenord", now).await.is_err(), "logins are unique, case-blind");
    let users = store.users().await.expect("users");
    let (dso, _) = users.iter().find(|(u, _)| u.login == "dso@kommun.example").expect("stored in lower case");
    let token = store.start_session(Some(dso.id), &dso.address, now, chrono::Duration::hours(1)).await.expect("session");
    let s = store.session(&token, now).await.expect("lookup").expect("valid");
    assert_eq!((s.role(), s.party.as_str()), (Role::Dso, "dso@kommun.example"));
    assert!(store.session(&token, now + chrono::Duration::hours(2)).await.expect("lookup").is_none(), "expired");
    let kept: Vec<String> = sqlx::query_scalar("SELECT token_hash FROM web_sessions").fetch_all(store.pool()).await.expect("rows");
    assert!(!kept.contains(&token), "only the token's hash is stored");
    assert!(store.disable_user("dso@kommun.example", now).await.expect("disable"));
    assert!(store.session(&token, now).await.expect("lookup").is_none(), "a disabled account's sessions end");

    let link = store.add_link("anna@soc.kommun.example", now, chrono::Duration::minutes(30)).await.expect("link");
    assert_eq!(store.use_link(&link, now).await.expect("use").as_deref(), Some("anna@soc.kommun.example"));
    assert_eq!(store.use_link(&link, now).await.expect("use"), None, "once");
    let late = store.add_link("anna@soc.kommun.example", now, chrono::Duration::minutes(30)).await.expect("link");
    assert_eq!(store.use_link(&late, now + chrono::Duration::minutes(31)).await.expect("use"), None, "in time");
    // What has run out is forgotten.
    store.purge_web(now + chrono::Duration::days(1)).await.expect("purge");
    let left: i64 = sqlx::query_scalar("SELECT (SELECT COUNT(*) FROM web_sessions) + (SELECT COUNT(*) FROM web_links)").fetch_one(store.pool()).await.expect("count");
    assert_eq!(left, 0);
}

fn chat(from: &str, t: &str, text: &str, id: &str, room: &str, direct: bool) -> Inbound {
    Inbound {
        from: Party { address: from.into(), channel: Channel::Matrix },
        raw: None,
        chat: Some(ChatIn { id: id.into(), conversation: room.into(), thread: None, direct }),
        ..msg(from, t, text)
    }
}

async fn chat_replies_wait_in_the_outbox_and_go_where_the_writer_is(bot: &Bot) {
    let store = &bot.store;
    let mut queued = store.chat_queued();
    let now = at("2026-03-10T09:00:00Z");
    let report = chat("@anna:kommun.example", "2026-03-10T08:00:00Z", "Jag skickade en elevs betyg till fel förälder i morse", "$e1", "!dm:kommun.example", true);
    bot.handle(report.clone()).await.expect("turn");
    assert!(queued.has_changed().expect("watch"), "the commit woke the chat senders");
    queued.mark_unchanged();

    // Claimed once: a second sender finds nothing until the lease runs out.
    let claimed = store.claim_chat(Channel::Matrix, now, now + chrono::Duration::minutes(2), 10).await.expect("claim");
    let to_anna: Vec<_> = claimed.iter().filter(|m| m.to == "@anna:kommun.example").collect();
    assert_eq!(to_anna.len(), 1, "the reply to the reporter is queued: {claimed:?}");
    assert!(claimed.windows(2).all(|w| w[0].id < w[1].id), "oldest first");
    assert!(store.claim_chat(Channel::Matrix, now, now + chrono::Duration::minutes(2), 10).await.expect("claim").is_empty());
    let case_id = to_anna[0].case_id;
    let dm = store.route(Channel::Matrix, "@anna:kommun.example", case_id).await.expect("route").expect("a route");
    assert_eq!((dm.conversation.as_str(), dm.thread), ("!dm:kommun.example", None), "a direct message is the writer's own room");
    for m in &claimed {
        store.chat_sent(m.id, &format!("$out{}", m.id)).await.expect("sent");
    }
    let later = now + chrono::Duration::minutes(5);
    assert!(store.claim_chat(Channel::Matrix, later, later, 10).await.expect("claim").is_empty(), "sent is sent");

    // The same event synced again (a restart) changes nothing.
    let cases = store.list_cases().await.expect("list").len();
    assert!(bot.handle(report).await.expect("turn").is_empty());
    assert_eq!(store.list_cases().await.expect("list").len(), cases);

    // A mention in a shared room opens a case whose conversation runs in a thread under it.
    let mention = chat("@anna:kommun.example", "2026-03-10T08:30:00Z", "Jag tappade en lista med brukare på bussen", "$e2", "!unit:kommun.example", false);
    bot.handle(mention).await.expect("turn");
    let claimed = store.claim_chat(Channel::Matrix, later, later + chrono::Duration::minutes(2), 10).await.expect("claim");
    let reply = claimed.iter().find(|m| m.to == "@anna:kommun.example").expect("a reply");
    assert_ne!(reply.case_id, case_id, "a new case, not an answer to the open one");
    let thread = store.route(Channel::Matrix, "@anna:kommun.example", reply.case_id).await.expect("route").expect("a route");
    assert_eq!((thread.conversation.as_str(), thread.thread.as_deref()), ("!unit:kommun.example", Some("$e2")));
    let number = store.case_of_chat_thread(Channel::Matrix, "!unit:kommun.example", "$e2").await.expect("thread").expect("a case");
    assert!(number.starts_with("PUI-"), "{number}");
    // Her direct room is still hers for everything else.
    let dm = store.route(Channel::Matrix, "@anna:kommun.example", None).await.expect("route").expect("a route");
    assert_eq!(dm.conversation, "!dm:kommun.example");
    for (room, routed) in [("!dm:kommun.example", true), ("!unit:kommun.example", true), ("!elsewhere:kommun.example", false)] {
        assert_eq!(store.is_chat_route(Channel::Matrix, room).await.expect("routes"), routed, "{room}");
    }

    // She answers the thread's case from her direct room: its replies follow her there, out of
    // the shared room, and the thread still belongs to the case.
    let from_dm = chat("@anna:kommun.example", "2026-03-10T08:40:00Z", "vet inte", "$e3", "!dm:kommun.example", true);
    let sent = bot.handle(from_dm).await.expect("turn");
    assert_eq!(sent[0].case.as_deref(), Some(number.as_str()), "the answer is to the thread's case");
    let now_dm = store.route(Channel::Matrix, "@anna:kommun.example", reply.case_id).await.expect("route").expect("a route");
    assert_eq!((now_dm.conversation.as_str(), now_dm.thread), ("!dm:kommun.example", None), "the case is answered in her direct room");
    let still = store.case_of_chat_thread(Channel::Matrix, "!unit:kommun.example", "$e2").await.expect("thread");
    assert_eq!(still.as_deref(), Some(number.as_str()), "the thread is still the case's");
    // Back in the thread, the thread again.
    let in_thread = Inbound {
        case: Some(number.clone()),
        chat: Some(ChatIn { id: "$e4".into(), conversation: "!unit:kommun.example".into(), thread: Some("$e2".into()), direct: false }),
        ..chat("@anna:kommun.example", "2026-03-10T08:50:00Z", "vet inte", "$e4", "!unit:kommun.example", false)
    };
    bot.handle(in_thread).await.expect("turn");
    let back = store.route(Channel::Matrix, "@anna:kommun.example", reply.case_id).await.expect("route").expect("a route");
    assert_eq!((back.conversation.as_str(), back.thread.as_deref()), ("!unit:kommun.example", Some("$e2")));
}

async fn a_persons_chat_messages_wait_behind_one_that_did_not_go_through(store: &Store) {
    let cilla = Party { address: "@cilla:kommun.example".into(), channel: Channel::Matrix };
    let t0 = at("2026-04-01T09:00:00Z");
    let minutes = chrono::Duration::minutes;
    let queue = |body: &'static str| {
        let cilla = cilla.clone();
        async move {
            let mut tx = store.begin().await.expect("begin");
            let id = tx.insert_chat(None, &cilla, body, &[], t0).await.expect("queue");
            tx.commit().await.expect("commit");
            id
        }
    };
    let claim = |now: DateTime<Utc>| async move {
        let claimed = store.claim_chat(Channel::Matrix, now, now + minutes(2), 10).await.expect("claim");
        claimed.into_iter().filter(|m| m.to == "@cilla:kommun.example").map(|m| m.id).collect::<Vec<_>>()
    };
    let first = queue("först").await;
    let second = queue("sedan").await;
    assert_eq!(claim(t0).await, [first, second]);
    // The first did not go through and waits a minute for its retry; the second was not tried.
    store.mail_done(first, "queued", Some("outage"), Some(t0 + minutes(1))).await.expect("deferred");
    store.release_chat(second).await.expect("released");
    assert!(claim(t0 + chrono::Duration::seconds(10)).await.is_empty(), "the second does not overtake the first");
    let third = queue("till sist").await;
    assert!(claim(t0 + chrono::Duration::seconds(20)).await.is_empty(), "nor does one written meanwhile");
    assert_eq!(claim(t0 + minutes(1)).await, [first, second, third], "all in order once the first is due");
    // While one is being sent (claimed, leased), the next is not claimed beside it.
    let fourth = queue("efteråt").await;
    assert!(claim(t0 + minutes(2)).await.is_empty());
    for id in [first, second, third] {
        store.chat_sent(id, &format!("$cilla{id}")).await.expect("sent");
    }
    assert_eq!(claim(t0 + minutes(2)).await, [fourth]);
}

async fn a_turn_stores_the_message_values_questions_and_audit(bot: &Bot) {
    let sent = bot
        .handle(msg("lisa@kommun.example", "2026-03-10T09:12:00+01:00", "Jag skickade ett mejl med en elevs personnummer till fel mottagare idag kl 08.30."))
        .await
        .expect("turn");
    assert_eq!(sent[0].case.as_deref(), Some("PUI-2026-0001"));
    let case = bot.store.case("PUI-2026-0001").await.expect("read").expect("stored");
    assert_eq!(case.reporter.address, "lisa@kommun.example");
    let messages = bot.store.messages("PUI-2026-0001").await.expect("messages");
    assert_eq!(messages.iter().filter(|m| m.direction == "in").count(), 1);
    assert_eq!(messages.iter().filter(|m| m.direction == "out").count(), sent.len());
    assert!(messages.iter().any(|m| m.direction == "out" && !m.asks.is_empty()));
    let history = bot.store.history("PUI-2026-0001").await.expect("history");
    let how = |field: &str| history.iter().find(|v| v.field == field).map(|v| v.how.clone());
    assert_eq!(how("org_name").as_deref(), Some("configured"));
    assert_eq!(how("internal_reference").as_deref(), Some("assigned"));
    assert_eq!(how("nature").as_deref(), Some("extracted"));
    assert_eq!(history.iter().find(|v| v.field == "nature").and_then(|v| v.message_seq), Some(1));
    let audit = bot.store.audit("PUI-2026-0001").await.expect("audit");
    assert_eq!(audit[0].action, "opened");
}

async fn numbers_count_per_kind_and_year(bot: &Bot) {
    let dsr = bot
        .handle(msg("medborgare@mail.example", "2026-03-11T10:00:00+01:00", "Jag begär ett registerutdrag över mina personuppgifter."))
        .await
        .expect("turn");
    assert_eq!(dsr[0].case.as_deref(), Some("DSR-2026-0001"));
    let second = bot
        .handle(msg("per@kommun.example", "2026-03-11T11:00:00+01:00", "Min jobbdator blev stulen ur bilen i natt, den innehöll klientuppgifter."))
        .await
        .expect("turn");
    assert_eq!(second[0].case.as_deref(), Some("PUI-2026-0002"));
}

async fn a_reply_without_a_case_key_continues_the_case_with_the_pending_question(bot: &Bot) {
    let before = bot.store.case("PUI-2026-0002").await.expect("read").expect("case");
    let q = before.pending_for("per@kommun.example").expect("a question is pending").clone();
    let sent = bot.handle(msg("per@kommun.example", "2026-03-11T11:10:00+01:00", "vet inte")).await.expect("turn");
    assert!(sent.iter().all(|s| s.case.as_deref() == Some("PUI-2026-0002")));
    let after = bot.store.case("PUI-2026-0002").await.expect("read").expect("case");
    assert!(q.fields.iter().all(|f| after.unknown.contains(f)));
    assert_eq!(after.inbound, 2);
    let history = bot.store.messages("PUI-2026-0002").await.expect("messages");
    assert_eq!(history.iter().filter(|m| m.direction == "in").map(|m| m.seq).collect::<Vec<_>>(), vec![Some(1), Some(2)]);
}

async fn the_audit_log_and_value_history_are_append_only(store: &Store) {
    for sql in ["UPDATE audit_log SET actor = 'x'", "DELETE FROM audit_log", "UPDATE field_values SET value = 'x'", "DELETE FROM field_values"] {
        let r = sqlx::query(sql).execute(store.pool()).await;
        assert!(r.is_err(), "{sql} must be refused");
    }
}

fn loose(body: &str) -> NewMessage<'_> {
    NewMessage {
        case_id: None,
        seq: None,
        inbound: true,
        channel: "email",
        party: "x@kommun.example",
        subject: None,
        body,
        raw: None,
        asks: &[],
        status: "received",
        at: at("2026-03-12T10:00:00+01:00"),
        message_id: None,
        refs: &[],
    }
}

/// The mailbox reader stores a chunk of mails in one transaction, each under a savepoint: a mail
/// that fails takes back only its own writes, before and after it survive the commit.
async fn a_turn_rolled_back_to_its_savepoint_leaves_the_others(store: &Store) {
    let before = store.messages_without_case().await.expect("read").len();
    let mut tx = store.begin().await.expect("begin");
    for body in ["first", "failing", "third"] {
        tx.savepoint().await.expect("savepoint");
        tx.insert_message(loose(body)).await.expect("insert");
        if body == "failing" {
            tx.roll_back_turn().await.expect("roll back");
        } else {
            tx.release().await.expect("release");
        }
    }
    tx.commit().await.expect("commit");
    let bodies: Vec<String> = store.messages_without_case().await.expect("read").into_iter().skip(before).map(|m| m.body).collect();
    assert_eq!(bodies, ["first", "third"]);
}

async fn a_turn_that_does_not_commit_leaves_nothing(store: &Store) {
    let before = store.messages_without_case().await.expect("read").len();
    {
        let mut tx = store.begin().await.expect("begin");
        tx.insert_message(loose("half a turn")).await.expect("insert");
        // Dropped without commit: a crash mid-turn.
    }
    assert_eq!(store.messages_without_case().await.expect("read").len(), before);
}

#[tokio::test]
async fn the_store_suite_passes_on_sqlite() {
    let dir = tempfile::tempdir().expect("tempdir");
    suite(&sqlite_url(&dir)).await;
}

#[tokio::test]
async fn the_store_suite_passes_on_postgres() {
    suite(&fresh_postgres().await).await;
}

#[tokio::test]
async fn concurrent_turns_on_postgres_get_distinct_numbers() {
    let url = fresh_postgres().await;
    let bot = std::sync::Arc::new(bot_on(&url).await);
    let mut tasks = Vec::new();
    for i in 0..8 {
        let bot = bot.clone();
        tasks.push(tokio::spawn(async move {
            let from = format!("person{i}@kommun.example");
            bot.handle(msg(&from, "2026-05-01T10:00:00+02:00", "Jag har tappat bort en pärm med brukares journaler.")).await.expect("turn")[0]
                .case
                .clone()
        }));
    }
    let mut numbers = Vec::new();
    for t in tasks {
        numbers.push(t.await.expect("task").expect("a case"));
    }
    numbers.sort();
    numbers.dedup();
    assert_eq!(numbers.len(), 8, "{numbers:?}");
}
