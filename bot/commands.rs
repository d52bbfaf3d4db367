//! The DSO's commands in a chat room (`!ärenden`, `!visa`, `!påminn` and their English forms):
//! read with [`workflows::command::room`], answered into the room they were written in. Only the
//! DSO's own chat id is obeyed; a snooze runs as the same turn as "påminn mig …" in a message.

use anyhow::Context;
use chrono::{DateTime, Utc};
use minijinja::context;
use tracing::info;
use workflows::catalog::Catalog;
use workflows::command::RoomCommand;
use workflows::{Lang, Party, clocks};

use crate::chat::ChatIn;
use crate::engine::{Bot, Inbound, TurnError};
use crate::render::display_value;

/// Answers a command from the DSO (`msg`, a chat message). The command and the answer are stored
/// (the answer queued to `room`, a party naming the room itself), a snooze through its turn. An
/// event seen before is skipped.
pub async fn run(bot: &Bot, msg: Inbound, room: &Party, cmd: RoomCommand, lang: Lang) -> anyhow::Result<()> {
    let chat = msg.chat.clone().context("a room command comes by chat")?;
    let (from, text, at) = (&msg.from, msg.text.as_str(), msg.at);
    if let RoomCommand::Snooze { number: Some(number), when } = &cmd
        && !when.trim().is_empty()
    {
        let opening = if lang == Lang::Sv { "påminn mig" } else { "remind me" };
        let turn = Inbound { text: format!("{opening} {when}"), case: Some(number.clone()), ..msg.clone() };
        return match bot.handle(turn).await {
            Ok(_) => Ok(()),
            Err(TurnError::UnknownCase(n)) => answer(bot, from, room, &chat, text, &error(bot, lang, "unknown_case", Some(&n), "påminn")?, at).await,
            Err(e) => Err(e.into()),
        };
    }
    let reply = match cmd {
        RoomCommand::Cases => case_list(bot, lang, at).await?,
        RoomCommand::Show { number: Some(number) } => match bot.store.case(&number).await? {
            Some(case) => crate::cli::show_text(bot, &case)?,
            None => error(bot, lang, "unknown_case", Some(&number), "visa")?,
        },
        RoomCommand::Show { number: None } => error(bot, lang, "no_number", None, if lang == Lang::Sv { "visa" } else { "show" })?,
        RoomCommand::Snooze { number: None, .. } => error(bot, lang, "no_number", None, if lang == Lang::Sv { "påminn" } else { "snooze" })?,
        RoomCommand::Snooze { number, .. } => error(bot, lang, "snooze_without_time", number.as_deref(), "påminn")?,
        RoomCommand::Help => error(bot, lang, "", None, "")?,
    };
    answer(bot, from, room, &chat, text, &reply, at).await
}

/// Stores the command and queues the answer to the room, in one transaction.
async fn answer(bot: &Bot, from: &Party, room: &Party, chat: &ChatIn, text: &str, reply: &str, at: DateTime<Utc>) -> anyhow::Result<()> {
    let mut tx = bot.store.begin().await?;
    if tx.inbound_seen(&chat.id).await? {
        return Ok(());
    }
    let id = tx
        .insert_message(crate::store::NewMessage {
            case_id: None,
            seq: None,
            inbound: true,
            channel: from.channel.as_str(),
            party: &from.address,
            subject: None,
            body: text,
            raw: None,
            asks: &[],
            status: "command",
            at,
            message_id: Some(&chat.id),
            refs: &[],
        })
        .await?;
    tx.insert_chat(None, room, reply, &[], at).await?;
    tx.audit(None, at, &from.address, "command", &format!("message {id}")).await?;
    tx.commit().await?;
    info!(message = id, "room command answered");
    Ok(())
}

/// The open cases, nearest deadline first.
async fn case_list(bot: &Bot, lang: Lang, now: DateTime<Utc>) -> anyhow::Result<String> {
    let tz = bot.renderer.tz();
    let cal = bot.renderer.cal();
    let catalog = Catalog::get();
    let mut cases: Vec<_> = bot.store.list_cases().await?.into_iter().filter(|c| c.state.is_open()).collect();
    cases.sort_by_key(|c| (clocks::case_deadline(c, tz, cal).map(|d| d.due).unwrap_or(DateTime::<Utc>::MAX_UTC), std::cmp::Reverse(c.opened_at)));
    let rows: Vec<_> = cases
        .iter()
        .map(|c| {
            let deadline = clocks::case_deadline(c, tz, cal).map(|d| d.due);
            context! {
                number => &c.number,
                state => catalog.labels.states.get(c.state.as_str()).map(|l| l.get(lang).to_owned()),
                deadline => deadline.map(|d| bot.renderer.local(d)),
                left => deadline.filter(|d| *d > now).map(|d| bot.renderer.span(d - now, lang)),
                title => c.value("title").map(|v| display_value("title", v, lang)),
            }
        })
        .collect();
    render(bot, lang, "case_list.txt", context! { cases => rows })
}

fn error(bot: &Bot, lang: Lang, error: &str, number: Option<&str>, command: &str) -> anyhow::Result<String> {
    render(bot, lang, "room_command.txt", context! { error, number, command })
}

fn render(bot: &Bot, lang: Lang, name: &str, ctx: minijinja::Value) -> anyhow::Result<String> {
    Ok(bot.renderer.export(&format!("{}/{name}", lang.as_str()), ctx)?.trim().to_owned())
}
