//! The command line: `dsobot console`, `extract`, `cases`, `register`.

use std::io::Read;
use std::path::PathBuf;

use anyhow::{Context, bail};
use chrono::{DateTime, Utc};
use clap::{Parser, Subcommand, ValueEnum};
use minijinja::context;
use serde_json::json;
use workflows::catalog::Catalog;
use workflows::{Lang, clocks, dialogue, extract};

use crate::clock::{Clock, SystemClock};
use crate::config::Config;
use crate::console;
use crate::engine::Bot;
use crate::export;
use crate::render::display_value;
use crate::store::Store;

#[derive(Parser)]
#[command(name = "dsobot", version, about = "Takes in personal-data incident reports and data-subject requests for a DSO")]
pub struct Cli {
    /// Database: sqlite://PATH or postgres://USER@HOST/DB [default: the configuration's, else sqlite://dsobot.sqlite3]
    #[arg(long, global = true, env = "DSOBOT_DATABASE_URL")]
    pub db: Option<String>,
    /// Configuration file (TOML) [default: the built-in example, config/dsobot.example.toml]
    #[arg(long, global = true, env = "DSOBOT_CONFIG")]
    pub config: Option<PathBuf>,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Subcommand)]
pub enum Command {
    /// Talk to the bot in the terminal; --jsonl speaks the console protocol (virtual clock).
    Console {
        /// JSON lines in and out (../shared/spec/console.md). Without --db: a fresh in-memory database.
        #[arg(long)]
        jsonl: bool,
        /// Who you are in plain-text mode.
        #[arg(long = "as", default_value = "anstalld@kommun.example")]
        me: String,
    },
    /// Extract the case fields from a first message on stdin.
    Extract {
        /// Print JSON (the shape of fields.md).
        #[arg(long)]
        json: bool,
        /// When the message was sent (RFC 3339) [default: now].
        #[arg(long)]
        at: Option<DateTime<chrono::FixedOffset>>,
        /// The e-mail subject, if any.
        #[arg(long)]
        subject: Option<String>,
    },
    /// List, show and export cases.
    Cases {
        #[command(subcommand)]
        command: CasesCommand,
    },
    /// Every running legal clock of every open case, nearest deadline first.
    Deadlines {
        #[arg(long)]
        json: bool,
    },
    /// Run the web (report page and dashboard), the configured channels and the scheduler until SIGINT or SIGTERM.
    Serve,
    /// The DSO's report for a quarter or a year: incidents and requests as the annual report counts them.
    Report {
        /// A quarter: 2026Q3.
        #[arg(long, conflicts_with = "year")]
        quarter: Option<String>,
        /// A year: 2026 (with its quarters).
        #[arg(long)]
        year: Option<i32>,
        #[arg(long, value_enum, default_value = "md")]
        format: ReportFormat,
    },
    /// Import an existing incident register (CSV or XLSX) with a progress bar; reports the rows it could not read.
    Import {
        #[command(subcommand)]
        command: ImportCommand,
    },
    /// Accounts for the web dashboard.
    Users {
        #[command(subcommand)]
        command: UsersCommand,
    },
    /// Stored messages that need a person: kept without an answer, held, failed.
    Messages {
        #[command(subcommand)]
        command: MessagesCommand,
    },
    /// Microsoft Teams: the app package to sideload.
    Teams {
        #[command(subcommand)]
        command: TeamsCommand,
    },
    /// The incident register, one row per incident.
    Register {
        #[arg(long, value_enum, default_value = "csv")]
        format: RegisterFormat,
        /// Write to this file instead of stdout (needed for xlsx).
        #[arg(long)]
        out: Option<PathBuf>,
    },
}

#[derive(Subcommand)]
pub enum TeamsCommand {
    /// Write the Teams app package (manifest.json and icons, zipped) made from [teams].
    Manifest {
        /// Where to write the package.
        #[arg(long, default_value = "dsobot-teams.zip")]
        out: PathBuf,
    },
}

#[derive(Subcommand)]
pub enum CasesCommand {
    /// Every case, open ones first.
    List {
        #[arg(long)]
        json: bool,
    },
    /// One case with every value's provenance.
    Show {
        id: String,
        #[arg(long)]
        json: bool,
    },
    /// Close a case: no more questions; later messages are kept but change nothing.
    Close { id: String },
    /// Record that IMY was notified (stops the 72-hour clock; a late one asks for the reason).
    Notified {
        id: String,
        /// When (local time, "2026-11-23 14:05") [default: now].
        #[arg(long)]
        at: Option<String>,
    },
    /// Record that the supplement promised to IMY was sent (stops the four-week clock).
    Supplemented {
        id: String,
        #[arg(long)]
        at: Option<String>,
    },
    /// Extend a data-subject request by two months; the reason is sent to the requester.
    Extend {
        id: String,
        #[arg(long)]
        reason: String,
    },
    /// A case in a format for someone else.
    Export {
        id: String,
        #[arg(long, value_enum)]
        format: ExportFormat,
    },
}

#[derive(Subcommand)]
pub enum ImportCommand {
    /// A register file: the Swedish register columns (Ärende, Rubrik, När upptäckte ni incidenten?, ...).
    Register { file: PathBuf },
}

#[derive(Subcommand)]
pub enum UsersCommand {
    /// Make an account; the password is read from stdin (one line) or DSOBOT_PASSWORD.
    Add {
        login: String,
        #[arg(long, value_enum)]
        role: crate::web::Role,
        /// The unit a manager answers for (as named in the configuration).
        #[arg(long)]
        unit: Option<String>,
        /// Whom they answer as in cases [default: the login]
        #[arg(long)]
        address: Option<String>,
    },
    /// Set a new password (stdin or DSOBOT_PASSWORD).
    Password { login: String },
    /// Disable an account and end its sessions.
    Disable { login: String },
    /// Every account.
    List,
}

#[derive(Subcommand)]
pub enum MessagesCommand {
    /// Messages kept without an answer (flagged, automatic, bounces) and mail held or failed.
    List,
    /// One stored message: its headers, text and attachments.
    Show { id: i64 },
    /// Send a mail held by the loop cap after all.
    Release { id: i64 },
}

#[derive(Clone, Copy, ValueEnum)]
pub enum ExportFormat {
    /// IMY's breach notification form, numbered questions, Swedish labels (Markdown).
    Imy,
    /// The same as a print-ready HTML page.
    ImyHtml,
    /// The same as JSON.
    ImyJson,
    /// The case as JSON (the shape of `show`).
    Json,
}

#[derive(Clone, Copy, ValueEnum)]
pub enum ReportFormat {
    Md,
    Html,
}

#[derive(Clone, Copy, ValueEnum)]
pub enum RegisterFormat {
    Csv,
    /// An Excel workbook (with --out).
    Xlsx,
}

/// The log filter when RUST_LOG is not set: warnings and errors, the bot's Matrix device key
/// at every start (what the DSO verifies the bot by; not personal data), and from matrix-sdk's
/// own crates only errors (their warnings are many and name rooms and users).
pub const DEFAULT_LOG_FILTER: &str =
    "warn,matrix_sdk=error,matrix_sdk_base=error,matrix_sdk_crypto=error,matrix_sdk_sqlite=error,dsobot::matrix::device=info";

/// Logs go to stderr, filtered by RUST_LOG (default: [`DEFAULT_LOG_FILTER`]). They carry case
/// ids, never names, addresses or message text.
pub fn init_tracing() {
    let filter = tracing_subscriber::EnvFilter::try_from_default_env().unwrap_or_else(|_| DEFAULT_LOG_FILTER.into());
    let _ = tracing_subscriber::fmt().with_env_filter(filter).with_writer(std::io::stderr).try_init();
}

pub async fn run(cli: Cli) -> anyhow::Result<()> {
    let config = Config::load(cli.config.as_deref())?;
    let db = |fallback: &str| -> String {
        cli.db.clone().or_else(|| config.database.url.clone()).unwrap_or_else(|| fallback.to_owned())
    };
    match cli.command {
        Command::Extract { json, at, subject } => {
            let mut text = String::new();
            std::io::stdin().read_to_string(&mut text).context("reading the message from stdin (UTF-8)")?;
            let at = at.map_or_else(|| SystemClock.now(), |t| t.with_timezone(&Utc));
            let now = at.with_timezone(&config.organisation.time_zone).naive_local();
            let ext = extract::extract(&text, subject.as_deref(), now);
            let out = json!({
                "kind": ext.kind.as_str(),
                "fields": ext.fields.iter().map(|(k, v)| (k.clone(), v.to_json())).collect::<serde_json::Map<_, _>>(),
                "unknown": ext.unknown,
                "missing": dialogue::missing_after(&ext),
            });
            if json {
                println!("{}", serde_json::to_string(&out)?);
            } else {
                println!("{}", serde_json::to_string_pretty(&out)?);
            }
        }
        Command::Console { jsonl, me } => {
            let url = if jsonl { cli.db.clone().unwrap_or_else(|| "sqlite::memory:".into()) } else { db("sqlite://dsobot.sqlite3") };
            let bot = Bot::new(Store::connect(&url).await?, config)?;
            let stdin = tokio::io::BufReader::new(tokio::io::stdin());
            if jsonl {
                console::run_jsonl(&bot, stdin, tokio::io::stdout()).await?;
            } else {
                console::run_human(&bot, &SystemClock, &me, stdin, tokio::io::stdout()).await?;
            }
        }
        Command::Cases { command } => {
            let bot = Bot::new(Store::connect(&db("sqlite://dsobot.sqlite3")).await?, config)?;
            cases(&bot, command).await?;
        }
        Command::Deadlines { json } => {
            let bot = Bot::new(Store::connect(&db("sqlite://dsobot.sqlite3")).await?, config)?;
            deadlines(&bot, json, SystemClock.now()).await?;
        }
        Command::Serve => {
            let bot = Bot::new(Store::connect(&db("sqlite://dsobot.sqlite3")).await?, config)?;
            let stop = crate::serve::on_signals();
            crate::serve::serve(std::sync::Arc::new(bot), std::sync::Arc::new(SystemClock), stop).await?;
        }
        Command::Report { quarter, year, format } => {
            let period = match (quarter, year) {
                (Some(q), _) => crate::stats::Period::parse(&q)?,
                (None, Some(y)) => crate::stats::Period::Year(y),
                (None, None) => bail!("say which period: --quarter 2026Q3 or --year 2026"),
            };
            let bot = Bot::new(Store::connect(&db("sqlite://dsobot.sqlite3")).await?, config)?;
            let stats = bot.year_stats(period.year(), workflows::Lang::Sv).await?;
            let (s, quarters) = stats.report_of(period);
            let html = matches!(format, ReportFormat::Html);
            print!("{}", crate::stats::report(&bot.renderer, &bot.config.organisation.name, s, quarters, html)?);
        }
        Command::Import { command: ImportCommand::Register { file } } => {
            let bytes = std::fs::read(&file).with_context(|| format!("reading {}", file.display()))?;
            let name = file.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
            let rows = crate::import::read_table(&name, &bytes)?;
            let bot = Bot::new(Store::connect(&db("sqlite://dsobot.sqlite3")).await?, config)?;
            let bar = indicatif::ProgressBar::new(rows.len().saturating_sub(1) as u64);
            bar.set_style(indicatif::ProgressStyle::with_template("{bar:40} {pos}/{len} rows").map_err(|e| anyhow::anyhow!("{e}"))?);
            // The command line runs as the DSO (whoever may open the database is).
            let actor = format!("cli:{}", bot.config.dso.email);
            let report = crate::import::import_register(&bot, &rows, &name, &actor, SystemClock.now(), |done, _| bar.set_position(done as u64)).await?;
            bar.finish_and_clear();
            println!("{} imported, {} already there, {} not readable", report.imported.len(), report.skipped.len(), report.unreadable.len());
            for (line, number) in &report.skipped {
                println!("row {line}: {number} is stored already; skipped");
            }
            for (line, why) in &report.unreadable {
                println!("row {line}: not imported: {why}");
            }
            for (line, note) in &report.notes {
                println!("row {line}: {note}");
            }
        }
        Command::Users { command } => {
            let store = Store::connect(&db("sqlite://dsobot.sqlite3")).await?;
            users(&store, &config, command).await?;
        }
        Command::Messages { command } => {
            let store = Store::connect(&db("sqlite://dsobot.sqlite3")).await?;
            messages(&store, command, &config).await?;
        }
        Command::Teams { command: TeamsCommand::Manifest { out } } => {
            let bytes = crate::teams::manifest::package(&config)?;
            std::fs::write(&out, bytes).with_context(|| format!("writing {}", out.display()))?;
            println!("{}", out.display());
        }
        Command::Register { format, out } => {
            let store = Store::connect(&db("sqlite://dsobot.sqlite3")).await?;
            let cases = store.list_cases().await?;
            let bytes = match format {
                RegisterFormat::Csv => export::register_csv(&cases)?.into_bytes(),
                RegisterFormat::Xlsx => export::register_xlsx(&cases)?,
            };
            match out {
                Some(path) => std::fs::write(&path, bytes).with_context(|| format!("writing {}", path.display()))?,
                None if matches!(format, RegisterFormat::Xlsx) => bail!("an Excel workbook needs --out FILE"),
                None => std::io::Write::write_all(&mut std::io::stdout(), &bytes)?,
            }
        }
    }
    Ok(())
}

async fn users(store: &Store, config: &Config, command: UsersCommand) -> anyhow::Result<()> {
    let now = SystemClock.now();
    match command {
        UsersCommand::Add { login, role, unit, address } => {
            if let Some(u) = &unit {
                anyhow::ensure!(config.units.iter().any(|c| &c.name == u), "no unit {u:?} in the configuration");
            }
            anyhow::ensure!(role != crate::web::Role::Manager || unit.is_some(), "a manager needs --unit");
            let password = read_password()?;
            let address = address.unwrap_or_else(|| login.clone());
            store.add_user(&login, role, unit.as_deref(), &address, &password, now).await?;
            println!("account {} ({}) made", login.trim().to_lowercase(), role.as_str());
        }
        UsersCommand::Password { login } => {
            let password = read_password()?;
            anyhow::ensure!(store.set_password(&login, &password).await?, "no account {login}");
            println!("password set");
        }
        UsersCommand::Disable { login } => {
            anyhow::ensure!(store.disable_user(&login, now).await?, "no enabled account {login}");
            println!("account disabled, its sessions ended");
        }
        UsersCommand::List => {
            for (u, disabled) in store.users().await? {
                let state = if disabled { "disabled" } else { "active" };
                println!("{}\t{}\t{}\t{}\t{state}", u.login, u.role.as_str(), u.unit.as_deref().unwrap_or("-"), u.address);
            }
        }
    }
    Ok(())
}

/// A new password: DSOBOT_PASSWORD, else one line on stdin; at least 12 characters.
fn read_password() -> anyhow::Result<String> {
    let password = match std::env::var("DSOBOT_PASSWORD") {
        Ok(p) => p,
        Err(_) => {
            let mut line = String::new();
            std::io::stdin().read_line(&mut line).context("reading the password from stdin")?;
            line.trim_end_matches(['\r', '\n']).to_owned()
        }
    };
    anyhow::ensure!(password.chars().count() >= 12, "the password needs at least 12 characters");
    Ok(password)
}

async fn cases(bot: &Bot, command: CasesCommand) -> anyhow::Result<()> {
    let tz = bot.renderer.tz();
    match command {
        CasesCommand::List { json } => {
            let mut cases = bot.store.list_cases().await?;
            // Nearest deadline first; cases without a clock after, newest first.
            cases.sort_by_key(|c| (!c.state.is_open(), clocks::case_deadline(c, tz, bot.renderer.cal()).map(|d| d.due).unwrap_or(DateTime::<Utc>::MAX_UTC), std::cmp::Reverse(c.opened_at)));
            if json {
                let all: Vec<_> = cases.iter().map(|c| console::case_json(bot, c)).collect();
                println!("{}", serde_json::to_string_pretty(&all)?);
            } else {
                for c in &cases {
                    let deadline = clocks::case_deadline(c, tz, bot.renderer.cal()).map(|d| d.due.with_timezone(&tz).format("%Y-%m-%d %H:%M").to_string());
                    let title = c.value("title").map(|v| display_value("title", v, Lang::Sv)).unwrap_or_default();
                    println!("{:<14} {:<18} {:<17} {:<16} {}", c.number, c.state.as_str(), c.kind.as_str(), deadline.unwrap_or_else(|| "-".into()), title);
                }
            }
        }
        CasesCommand::Show { id, json } => {
            let case = bot.store.case(&id).await?.with_context(|| format!("there is no case {id}"))?;
            if json {
                let mut j = console::case_json(bot, &case);
                j["provenance"] = json!(case.fields.iter().map(|(k, e)| (k.clone(), json!(e.provenance))).collect::<serde_json::Map<_, _>>());
                println!("{}", serde_json::to_string_pretty(&j)?);
            } else {
                print!("{}", show_text(bot, &case)?);
            }
        }
        CasesCommand::Close { id } => {
            bot.close_case(&id, "cli", SystemClock.now()).await?;
            println!("{id} closed");
        }
        CasesCommand::Notified { id, at } => {
            let when = local_time(at.as_deref(), bot)?;
            let what = format!("dsobot cases notified {id} --at {}", when.to_field_string());
            print_sent(&bot.record(&id, workflows::command::Command::Notified { at: when }, SystemClock.now(), &what).await?);
        }
        CasesCommand::Supplemented { id, at } => {
            let when = local_time(at.as_deref(), bot)?;
            let what = format!("dsobot cases supplemented {id} --at {}", when.to_field_string());
            print_sent(&bot.record(&id, workflows::command::Command::Supplemented { at: when }, SystemClock.now(), &what).await?);
        }
        CasesCommand::Extend { id, reason } => {
            let what = format!("dsobot cases extend {id} --reason {reason}");
            print_sent(&bot.record(&id, workflows::command::Command::Extend { reason: Some(reason) }, SystemClock.now(), &what).await?);
        }
        CasesCommand::Export { id, format } => {
            let case = bot.store.case(&id).await?.with_context(|| format!("there is no case {id}"))?;
            match format {
                ExportFormat::Imy => print!("{}", export::imy_form(&bot.renderer, &bot.config, &case)?),
                ExportFormat::ImyHtml => print!("{}", export::imy_html(&bot.renderer, &bot.config, &case, true)?),
                ExportFormat::ImyJson => println!("{}", serde_json::to_string_pretty(&export::imy_json(&bot.renderer, &bot.config, &case)?)?),
                ExportFormat::Json => println!("{}", serde_json::to_string_pretty(&console::case_json(bot, &case))?),
            }
        }
    }
    Ok(())
}

async fn messages(store: &Store, command: MessagesCommand, config: &Config) -> anyhow::Result<()> {
    let tz = config.organisation.time_zone;
    match command {
        MessagesCommand::List => {
            for m in store.messages_needing_attention().await? {
                println!(
                    "{:>7} {:<10} {:<3} {} {:<14} {}",
                    m.id,
                    m.status,
                    m.direction,
                    m.at.with_timezone(&tz).format("%Y-%m-%d %H:%M"),
                    m.case_number.as_deref().unwrap_or("-"),
                    m.party
                );
            }
        }
        MessagesCommand::Show { id } => {
            let m = store.message(id).await?.with_context(|| format!("there is no message {id}"))?;
            println!("message {} ({}, {}, {})", m.id, m.direction, m.channel, m.status);
            println!("at:      {}", m.at.with_timezone(&tz).format("%Y-%m-%d %H:%M"));
            println!("party:   {}", m.party);
            println!("case:    {}", m.case_number.as_deref().unwrap_or("-"));
            if let Some(s) = &m.subject {
                println!("subject: {s}");
            }
            for (name, ty, size) in store.attachments_of(id).await? {
                println!("file:    {} ({ty}, {size} bytes)", name.as_deref().unwrap_or("(no name)"));
            }
            println!("\n{}", m.body);
        }
        MessagesCommand::Release { id } => {
            anyhow::ensure!(store.release_held(id, SystemClock.now()).await?, "message {id} is not a held mail");
            println!("message {id} queued");
        }
    }
    Ok(())
}

/// A local time given on the command line, or now.
fn local_time(at: Option<&str>, bot: &Bot) -> anyhow::Result<workflows::value::When> {
    match at {
        Some(s) => workflows::value::When::parse_field(s).with_context(|| format!("not a time: {s:?} (write 2026-11-23 14:05 or 2026-11-23)")),
        None => {
            let now = SystemClock.now().with_timezone(&bot.renderer.tz()).naive_local();
            Ok(workflows::value::When::DateTime(now - chrono::Duration::seconds(i64::from(chrono::Timelike::second(&now)))))
        }
    }
}

/// What a command-line record caused: the messages the bot sent.
fn print_sent(sent: &[crate::engine::Sent]) {
    for s in sent {
        println!("[{}]\n{}\n", s.to.address, s.text);
    }
}

/// `dsobot deadlines`: every running clock, nearest first, with the time left.
pub async fn deadlines(bot: &Bot, json: bool, now: DateTime<Utc>) -> anyhow::Result<()> {
    let (tz, cal) = (bot.renderer.tz(), bot.renderer.cal());
    let mut rows = Vec::new();
    for case in bot.store.list_cases().await?.iter().filter(|c| c.state.is_open()) {
        for c in clocks::clocks(case, tz, cal).into_iter().filter(|c| c.is_running()) {
            rows.push((c.deadline.due, case.number.clone(), c.kind, case.state, c.deadline.from_date_only));
        }
    }
    rows.sort_by(|a, b| (a.0, &a.1).cmp(&(b.0, &b.1)));
    let local = |t: DateTime<Utc>| t.with_timezone(&tz).format("%Y-%m-%d %H:%M").to_string();
    if json {
        let all: Vec<_> = rows
            .iter()
            .map(|(due, n, k, st, d)| json!({ "case": n, "clock": k.as_str(), "due": local(*due).replace(' ', "T"), "overdue": *due <= now, "state": st.as_str(), "from_date_only": d }))
            .collect();
        println!("{}", serde_json::to_string_pretty(&all)?);
        return Ok(());
    }
    if rows.is_empty() {
        println!("Inga löpande frister.");
    }
    for (due, n, k, st, _) in &rows {
        let left = if *due > now { format!("{} kvar", bot.renderer.span(*due - now, Lang::Sv)) } else { format!("PASSERAD för {} sedan", bot.renderer.span(now - *due, Lang::Sv)) };
        println!("{:<16} {:<14} {:<28} {:<26} {}", local(*due), n, bot.renderer.clock_label(*k, Lang::Sv), left, st.as_str());
    }
    Ok(())
}

/// A case for a person at a terminal: every value with who said it, when and how.
pub fn show_text(bot: &Bot, case: &workflows::Case) -> anyhow::Result<String> {
    let tz = bot.renderer.tz();
    let catalog = Catalog::get();
    let fields: Vec<_> = catalog
        .fields(case.kind)
        .iter()
        .filter_map(|f| case.fields.get(&f.id).map(|e| (f, e)))
        .map(|(f, e)| {
            context! {
                label => catalog.field_label(&f.id, Lang::Sv),
                value => display_value(&f.id, &e.value, Lang::Sv),
                how => e.provenance.how.as_str(),
                by => &e.provenance.by,
                at => e.provenance.at.with_timezone(&tz).format("%Y-%m-%d %H:%M").to_string(),
                message => e.provenance.message,
            }
        })
        .collect();
    let deadline = clocks::case_deadline(case, tz, bot.renderer.cal()).map(|d| d.due.with_timezone(&tz).format("%Y-%m-%d %H:%M").to_string());
    let kind = catalog.labels.kinds.get(case.kind.as_str()).map(|l| l.sv.clone());
    let state = catalog.labels.states.get(case.state.as_str()).map(|l| l.sv.clone());
    let pending: Vec<String> = case.pending.iter().map(|q| q.to.address.clone()).collect();
    let status = |s: clocks::ClockStatus| match s {
        clocks::ClockStatus::Running => "löper",
        clocks::ClockStatus::Met => "uppfylld",
        clocks::ClockStatus::Stopped => "stoppad",
    };
    let clocks: Vec<_> = clocks::clocks(case, tz, bot.renderer.cal())
        .iter()
        .map(|c| context! { label => bot.renderer.clock_label(c.kind, Lang::Sv), due => bot.renderer.local(c.deadline.due), status => status(c.status), from_date => c.deadline.from_date_only })
        .collect();
    if fields.is_empty() && case.fields.is_empty() {
        bail!("case {} has no fields", case.number);
    }
    bot.renderer.export(
        "show.txt",
        context! { case => context! { number => &case.number }, kind, state, deadline, clocks, fields, unknown => case.unknown, missing => dialogue::missing(case), pending },
    )
}

#[cfg(test)]
mod tests {
    use std::sync::{Arc, Mutex};

    use super::*;

    /// A log writer into memory.
    #[derive(Clone, Default)]
    struct Captured(Arc<Mutex<Vec<u8>>>);

    impl std::io::Write for Captured {
        fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
            self.0.lock().expect("lock").extend_from_slice(buf);
            Ok(buf.len())
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }

    #[test]
    fn the_default_log_filter_shows_the_device_key_and_only_errors_from_matrix_sdk() {
        let out = Captured::default();
        let writer = out.clone();
        let subscriber = tracing_subscriber::fmt()
            .with_env_filter(tracing_subscriber::EnvFilter::new(DEFAULT_LOG_FILTER))
            .with_writer(move || writer.clone())
            .with_ansi(false)
            .finish();
        tracing::subscriber::with_default(subscriber, || {
            tracing::info!(target: crate::matrix::DEVICE_LOG, device = "DSOBOTDEV", "matrix device");
            tracing::info!(target: "dsobot::engine", "case opened");
            tracing::warn!(target: "dsobot::matrix", "a warning of the bot's");
            tracing::warn!(target: "matrix_sdk::room", "a warning of the SDK's");
            tracing::warn!(target: "matrix_sdk_crypto::machine", "a warning of the crypto crate's");
            tracing::error!(target: "matrix_sdk::sync", "an error of the SDK's");
        });
        let out = String::from_utf8(out.0.lock().expect("lock").clone()).expect("UTF-8");
        assert!(out.contains("DSOBOTDEV"), "the device line is shown: {out}");
        assert!(out.contains("a warning of the bot's") && out.contains("an error of the SDK's"), "{out}");
        assert!(!out.contains("case opened"), "other info is not: {out}");
        assert!(!out.contains("a warning of the SDK's") && !out.contains("crypto crate"), "nor the SDK's warnings: {out}");
    }
}
