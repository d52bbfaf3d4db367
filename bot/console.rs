//! The console channel (`../shared/spec/console.md`): JSON lines in, one JSON line out per input
//! line, time taken from the messages (a virtual clock). Also a plain-text mode for people.

use anyhow::Context;
use chrono::{DateTime, Utc};
use serde::Deserialize;
use serde_json::{Value as Json, json};
use tokio::io::{AsyncBufRead, AsyncBufReadExt, AsyncWrite, AsyncWriteExt};
use workflows::{Channel, Party, clocks, dialogue};

use crate::clock::Clock;
use crate::engine::{Bot, Inbound, Sent, TurnError};
use crate::scheduler::Scheduler;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Line {
    at: Option<DateTime<chrono::FixedOffset>>,
    from: Option<String>,
    channel: Option<String>,
    subject: Option<String>,
    text: Option<String>,
    case: Option<String>,
    #[serde(default)]
    tick: bool,
    show: Option<String>,
}

/// Runs the JSON-lines protocol until the input ends. Bad lines get an error line; nothing stops it.
pub async fn run_jsonl<R, W>(bot: &Bot, input: R, mut output: W) -> anyhow::Result<()>
where
    R: AsyncBufRead + Unpin,
    W: AsyncWrite + Unpin,
{
    let mut input = input;
    let mut buf = Vec::new();
    let mut n: u64 = 0;
    let mut started = false;
    loop {
        buf.clear();
        if input.read_until(b'\n', &mut buf).await? == 0 {
            break;
        }
        if buf.iter().all(u8::is_ascii_whitespace) {
            continue;
        }
        n += 1;
        let reply = match std::str::from_utf8(&buf) {
            Err(_) => json!({ "in": n, "error": "the line is not UTF-8 text" }),
            Ok(text) => match handle_line(bot, text, &mut started).await {
                Ok(out) => json!({ "in": n, "out": out }),
                Err(e) => json!({ "in": n, "error": e }),
            },
        };
        let mut line = serde_json::to_vec(&reply)?;
        line.push(b'\n');
        output.write_all(&line).await?;
        output.flush().await?;
    }
    Ok(())
}

/// One input line: a message, a tick or a query. The error is the text for the error line.
async fn handle_line(bot: &Bot, text: &str, started: &mut bool) -> Result<Vec<Json>, String> {
    let line: Line = serde_json::from_str(text).map_err(|e| format!("not a valid input line: {e}"))?;
    if let Some(number) = &line.show {
        return show(bot, number).await.map(|s| vec![s]);
    }
    let at = line.at.ok_or("the line has no \"at\" time")?.with_timezone(&Utc);
    if !*started {
        // The virtual clock starts at the first time it reads: digests are planned from there.
        Scheduler::new(bot, "console").plan_digests(at).await.map_err(|e| format!("the scheduler could not start: {e}"))?;
        *started = true;
    }
    if line.tick {
        // The same scheduler as in production, driven by the virtual clock.
        return match Scheduler::new(bot, "console").run_due(at).await {
            Ok(sent) => Ok(sent.iter().map(sent_json).collect()),
            Err(e) => {
                tracing::error!(error = %format!("{e:#}"), "tick failed");
                Err("the tick could not be run; nothing was sent, please send it again".into())
            }
        };
    }
    let from = line.from.filter(|f| !f.trim().is_empty()).ok_or("a message needs \"from\"")?;
    let channel = match line.channel.as_deref() {
        None => Channel::Chat,
        Some(c) => c.parse::<Channel>()?,
    };
    let text = line.text.ok_or("a message needs \"text\"")?;
    let msg = Inbound {
        at,
        from: Party { address: from.trim().to_owned(), channel },
        subject: line.subject,
        text,
        raw: None,
        case: line.case,
        email: None,
        chat: None,
    };
    match bot.handle(msg).await {
        Ok(sent) => Ok(sent.iter().map(sent_json).collect()),
        Err(e @ (TurnError::Empty | TurnError::TooLong(_) | TurnError::UnknownCase(_))) => Err(e.to_string()),
        Err(TurnError::Store(e)) => {
            tracing::error!(error = %format!("{e:#}"), "turn failed");
            Err("the message could not be stored; nothing was changed, please send it again".into())
        }
    }
}

fn sent_json(s: &Sent) -> Json {
    let mut j = json!({ "to": s.to.address, "channel": s.to.channel.as_str(), "case": s.case, "text": s.text, "asks": s.asks });
    if let Some(kind) = s.kind {
        j["kind"] = json!(kind);
        if kind == "reminder" {
            j["deadline"] = json!(s.deadline);
        }
    }
    j
}

/// A case as stored, in the shape of `show`.
pub async fn show(bot: &Bot, number: &str) -> Result<Json, String> {
    let case = bot
        .store
        .case(number)
        .await
        .map_err(|e| format!("reading the case failed: {e}"))?
        .ok_or_else(|| format!("there is no case {number}"))?;
    Ok(case_json(bot, &case))
}

pub fn case_json(bot: &Bot, case: &workflows::Case) -> Json {
    let tz = bot.renderer.tz();
    let fields: serde_json::Map<String, Json> =
        case.fields.iter().map(|(k, e)| (k.clone(), e.value.to_json())).collect();
    let local = |t: chrono::DateTime<Utc>| t.with_timezone(&tz).format("%Y-%m-%dT%H:%M").to_string();
    let deadline = clocks::case_deadline(case, tz, bot.renderer.cal()).map(|d| local(d.due));
    let clocks: Vec<Json> = clocks::clocks(case, tz, bot.renderer.cal())
        .iter()
        .map(|c| json!({ "clock": c.kind.as_str(), "due": local(c.deadline.due), "status": c.status, "from_date_only": c.deadline.from_date_only }))
        .collect();
    json!({
        "case": case.number, "kind": case.kind.as_str(), "state": case.state.as_str(),
        "fields": fields, "unknown": case.unknown, "missing": dialogue::missing(case), "deadline": deadline,
        "clocks": clocks,
    })
}

/// Plain-text mode: a person types, the bot answers. `/som ADDRESS` (or `/as`) answers as someone
/// else (the manager, the DSO), `/visa CASE` (or `/show`) shows a case, an empty line or EOF quits.
pub async fn run_human<R, W>(bot: &Bot, clock: &dyn Clock, me: &str, input: R, mut output: W) -> anyhow::Result<()>
where
    R: AsyncBufRead + Unpin,
    W: AsyncWrite + Unpin,
{
    let mut lines = input.lines();
    let mut me = me.to_owned();
    let greeting = "dsobot: beskriv vad som har hänt (describe what happened). /som ADRESS byter avsändare, /visa ÄRENDE visar ett ärende, tom rad avslutar.\n";
    output.write_all(greeting.as_bytes()).await?;
    let scheduler = Scheduler::new(bot, "console");
    loop {
        // Reminders and digests due by now, for whoever they are for.
        for s in scheduler.run_due(clock.now()).await? {
            output.write_all(format!("\n[till {}]\n{}\n", s.to.address, s.text).as_bytes()).await?;
        }
        output.write_all(format!("{me}> ").as_bytes()).await?;
        output.flush().await?;
        let Some(line) = lines.next_line().await.context("reading input")? else { break };
        let line = line.trim();
        if line.is_empty() {
            break;
        }
        let reply = if let Some(who) = line.strip_prefix("/som ").or_else(|| line.strip_prefix("/as ")) {
            me = who.trim().to_owned();
            String::new()
        } else if let Some(n) = line.strip_prefix("/visa ").or_else(|| line.strip_prefix("/show ")) {
            match show(bot, n.trim()).await {
                Ok(j) => serde_json::to_string_pretty(&j)?,
                Err(e) => e,
            }
        } else {
            let msg = Inbound {
                at: clock.now(),
                from: Party { address: me.clone(), channel: Channel::Chat },
                subject: None,
                text: line.to_owned(),
                raw: None,
                case: None,
                email: None,
                chat: None,
            };
            match bot.handle(msg).await {
                Ok(sent) => sent
                    .iter()
                    .map(|s| if s.to.address == me { format!("{}\n", s.text) } else { format!("[till {}]\n{}\n", s.to.address, s.text) })
                    .collect::<Vec<_>>()
                    .join("\n"),
                Err(e) => format!("({e})"),
            }
        };
        if !reply.is_empty() {
            output.write_all(format!("\n{reply}\n\n").as_bytes()).await?;
        }
    }
    Ok(())
}
