//! The console channel as ../shared/spec/console.md describes it, end to end on SQLite.

mod common;

use common::{console, console_raw, memory_bot};
use serde_json::{Value, json};

fn report() -> Value {
    json!({"at": "2026-03-10T09:12:00+01:00", "from": "sara.l@kommun.example", "channel": "chat",
           "text": "Hej! Jag skickade av misstag ett mejl med en klients journalanteckningar till fel mottagare igår eftermiddag vid tretiden. Märkte det i morse."})
}

fn out(line: &Value) -> &Vec<Value> {
    line["out"].as_array().unwrap_or_else(|| panic!("no out in {line}"))
}

#[tokio::test]
async fn a_report_opens_a_case_and_the_reporter_gets_a_question() {
    let bot = memory_bot().await;
    let lines = console(&bot, &[report(), json!({"show": "PUI-2026-0001"})]).await;
    assert_eq!(lines.len(), 2);
    assert_eq!(lines[0]["in"], 1);
    let first = &out(&lines[0])[0];
    assert_eq!(first["to"], "sara.l@kommun.example");
    assert_eq!(first["case"], "PUI-2026-0001");
    assert!(first["text"].as_str().unwrap_or_default().contains("PUI-2026-0001"));
    assert!(!first["asks"].as_array().expect("asks").is_empty(), "the first reply asks for something: {first}");
    // The DSO is told at once, and the manager of the reporter's unit is asked about actions.
    assert!(out(&lines[0]).iter().any(|m| m["to"] == "@dso:kommun.example" && m["asks"] == json!([])));
    assert!(out(&lines[0]).iter().any(|m| m["to"] == "@forvaltningschef:kommun.example" && m["asks"] == json!(["actions"])));
    let shown = &out(&lines[1])[0];
    assert_eq!(shown["kind"], "incident");
    assert_eq!(shown["fields"]["nature"], "unauthorised_disclosure");
    assert_eq!(shown["fields"]["org_name"], "Exempels kommun");
    assert_eq!(shown["fields"]["internal_reference"], "PUI-2026-0001");
    assert_eq!(shown["deadline"], "2026-03-13T00:00", "72 hours from the start of the day of discovery");
}

#[tokio::test]
async fn answers_fill_the_case_in_the_persons_words() {
    let bot = memory_bot().await;
    let mut lines = vec![report()];
    lines.push(json!({"show": "PUI-2026-0001"}));
    let first = console(&bot, &lines).await;
    let asks = out(&first[0])[0]["asks"].clone();
    let missing = first[1]["out"][0]["missing"].as_array().expect("missing").clone();
    assert!(!missing.is_empty());
    // Answer the reporter's first question with "vet inte" and see it recorded as unknown, not re-asked.
    let reply = json!({"at": "2026-03-10T09:20:00+01:00", "from": "sara.l@kommun.example", "channel": "chat", "text": "vet inte"});
    let second = console(&bot, &[reply, json!({"show": "PUI-2026-0001"})]).await;
    let shown = &out(&second[1])[0];
    for f in asks.as_array().expect("asks") {
        assert!(shown["unknown"].as_array().expect("unknown").contains(f), "{f} is unknown after 'vet inte': {shown}");
        let next = &out(&second[0])[0];
        assert!(!next["asks"].as_array().expect("asks").contains(f), "{f} asked again: {next}");
    }
}

#[tokio::test]
async fn an_answer_that_is_not_understood_gets_one_reask_then_is_kept_for_the_dso() {
    let bot = memory_bot().await;
    let open = json!({"at": "2026-03-10T09:12:00+01:00", "from": "anna@kommun.example", "channel": "chat",
                      "text": "Jag har tappat bort ett USB-minne med elevers namn och personnummer."});
    let first = console(&bot, &[open]).await;
    let asks = out(&first[0])[0]["asks"].clone();
    let garble = |t: &str| json!({"at": "2026-03-10T09:30:00+01:00", "from": "anna@kommun.example", "channel": "chat", "text": t});
    let lines = console(&bot, &[garble("blå"), garble("grön"), json!({"show": "PUI-2026-0001"})]).await;
    let reask = &out(&lines[0])[0];
    assert_eq!(reask["asks"], asks, "the re-ask asks the same again");
    let after = &out(&lines[1])[0];
    assert_ne!(after["asks"], asks, "after one re-ask the bot moves on");
    let shown = &out(&lines[2])[0];
    for f in asks.as_array().expect("asks") {
        assert!(!shown["missing"].as_array().expect("missing").contains(f), "{f} kept as text, not missing");
    }
}

#[tokio::test]
async fn a_data_subject_request_gets_a_receipt_and_the_dso_is_told() {
    let bot = memory_bot().await;
    let msg = json!({"at": "2026-06-08T16:45:00+02:00", "from": "privatperson@mail.example", "channel": "email",
                     "subject": "Begäran om registerutdrag",
                     "text": "Hej, jag vill begära ut ett registerutdrag enligt artikel 15 över alla uppgifter ni har om mig."});
    let lines = console(&bot, &[msg, json!({"show": "DSR-2026-0001"})]).await;
    let msgs = out(&lines[0]);
    assert_eq!(msgs[0]["to"], "privatperson@mail.example");
    assert!(msgs[0]["text"].as_str().unwrap_or_default().contains("DSR-2026-0001"));
    assert!(msgs.iter().any(|m| m["to"] == "dso@kommun.example"));
    let shown = &out(&lines[1])[0];
    assert_eq!(shown["kind"], "data_subject_request");
    assert_eq!(shown["fields"]["received_at"], "2026-06-08");
    assert_eq!(shown["deadline"], "2026-07-08T23:59");
}

#[tokio::test]
async fn a_question_that_is_not_a_case_gets_an_answer_and_no_case() {
    let bot = memory_bot().await;
    let msg = json!({"at": "2026-04-20T11:00:00+02:00", "from": "chef.skola@kommun.example", "channel": "chat",
                     "text": "Hej DSO, får vi använda ett nytt digitalt verktyg för läxhjälp i skolan, eller behöver vi göra en konsekvensbedömning först?"});
    let lines = console(&bot, &[msg]).await;
    let msgs = out(&lines[0]);
    assert_eq!(msgs.len(), 1);
    assert_eq!(msgs[0]["case"], Value::Null);
    assert!(bot.store.list_cases().await.expect("list").is_empty());
}

#[tokio::test]
async fn bad_lines_get_an_error_line_and_the_bot_carries_on() {
    let bot = memory_bot().await;
    let mut input = Vec::new();
    input.extend_from_slice(b"this is not json\n");
    input.extend_from_slice(b"{\"at\": \"2026-03-10T09:12:00+01:00\", \"from\": \"a@kommun.example\", \"channel\": \"chat\", \"text\": \"   \"}\n");
    input.extend_from_slice(b"{\"at\": \"2026-03-10T09:12:00+01:00\", \"from\": \"a@kommun.example\", \"text\": \"\xff\xfe ogiltig\"}\n");
    let big = "x".repeat(10 * 1024 * 1024);
    input.extend_from_slice(json!({"at": "2026-03-10T09:12:00+01:00", "from": "a@kommun.example", "channel": "chat", "text": big}).to_string().as_bytes());
    input.push(b'\n');
    input.extend_from_slice(b"{\"show\": \"PUI-2026-0042\"}\n");
    input.extend_from_slice(b"{\"from\": \"a@kommun.example\", \"text\": \"no time\"}\n");
    input.extend_from_slice(report().to_string().as_bytes());
    input.push(b'\n');
    let lines = console_raw(&bot, &input).await;
    assert_eq!(lines.len(), 7, "one output line per input line");
    for (i, l) in lines.iter().enumerate().take(6) {
        assert_eq!(l["in"], i + 1);
        assert!(l["error"].as_str().is_some_and(|e| !e.is_empty()), "line {} gets an error: {l}", i + 1);
    }
    assert!(lines[3]["error"].as_str().unwrap_or_default().contains("too long"));
    assert_eq!(out(&lines[6])[0]["case"], "PUI-2026-0001", "the bot carries on after bad lines");
    // The 10 MB message is kept, not lost.
    let kept = bot.store.messages_without_case().await.expect("messages");
    assert!(kept.iter().any(|m| m.status == "rejected" && m.body.len() == 10 * 1024 * 1024));
}

#[tokio::test]
async fn an_answer_to_a_closed_case_is_kept_and_changes_nothing() {
    let bot = memory_bot().await;
    console(&bot, &[report()]).await;
    let at = chrono::DateTime::parse_from_rfc3339("2026-03-11T08:00:00+01:00").expect("time").to_utc();
    bot.close_case("PUI-2026-0001", "dso@kommun.example", at).await.expect("close");
    let before = bot.store.case("PUI-2026-0001").await.expect("read").expect("case");
    let late = json!({"at": "2026-03-11T09:00:00+01:00", "from": "sara.l@kommun.example", "channel": "chat",
                      "case": "PUI-2026-0001", "text": "Det var 40 klienter"});
    let lines = console(&bot, &[late]).await;
    let reply = &out(&lines[0])[0];
    assert!(reply["text"].as_str().unwrap_or_default().contains("avslutat"), "{reply}");
    let after = bot.store.case("PUI-2026-0001").await.expect("read").expect("case");
    assert_eq!(before.fields, after.fields);
    assert_eq!(after.state.as_str(), "closed");
    let messages = bot.store.messages("PUI-2026-0001").await.expect("messages");
    assert!(messages.iter().any(|m| m.direction == "in" && m.body == "Det var 40 klienter"), "the late message is kept");
}

#[tokio::test]
async fn a_message_naming_a_case_from_an_outsider_does_not_join_it() {
    let bot = memory_bot().await;
    console(&bot, &[report()]).await;
    let stranger = json!({"at": "2026-03-10T10:00:00+01:00", "from": "okand@annan.example", "channel": "email",
                          "case": "PUI-2026-0001", "text": "Jag har tappat en dator med personuppgifter om brukare."});
    let lines = console(&bot, &[stranger]).await;
    assert_eq!(out(&lines[0])[0]["case"], "PUI-2026-0002");
}

#[tokio::test]
async fn a_correction_in_the_persons_words_replaces_the_last_answer() {
    let bot = memory_bot().await;
    let open = json!({"at": "2026-03-10T09:12:00+01:00", "from": "anna@kommun.example", "channel": "chat",
                      "text": "Jag har skickat ett mejl med en brukares personnummer till fel mottagare."});
    let first = console(&bot, &[open]).await;
    assert_eq!(out(&first[0])[0]["asks"], json!(["occurred_at", "discovered_at"]));
    let say = |t: &str, at: &str| json!({"at": at, "from": "anna@kommun.example", "channel": "chat", "text": t});
    let lines = console(&bot, &[
        say("2026-03-09 15:00. 2026-03-10 08:00", "2026-03-10T09:20:00+01:00"),
        say("nej, det var i tisdags", "2026-03-10T09:25:00+01:00"),
        json!({"show": "PUI-2026-0001"}),
    ]).await;
    let corrected = &out(&lines[1])[0];
    assert!(corrected["text"].as_str().unwrap_or_default().contains("rättat"), "{corrected}");
    let shown = &out(&lines[2])[0];
    assert_eq!(shown["fields"]["occurred_at"], "2026-03-03", "last Tuesday, a week before this Tuesday");
    assert_eq!(shown["fields"]["discovered_at"], "2026-03-10T08:00", "the other answer stands");
}
