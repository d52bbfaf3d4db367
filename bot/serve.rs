//! `dsobot serve`: the web, the configured channels and the scheduler, until stopped. On stop (SIGINT,
//! SIGTERM) the mailbox reader finishes the message in hand, the outbox drains what is due for a
//! few seconds, and everything exits; what is left stays queued for the next start.

use std::sync::Arc;

use anyhow::Context;
use std::time::Duration;

use tokio::sync::watch;
use tracing::{info, warn};

use crate::clock::Clock;
use crate::engine::Bot;
use crate::mail::imap::Reader;
use crate::mail::outbox::Outbox;
use crate::scheduler::Scheduler;

/// How long the outbox may keep sending after a stop.
pub const DRAIN: Duration = Duration::from_secs(5);

/// Runs until `stop` turns true. Each part runs as its own task; a part that fails is logged and
/// the others go on.
pub async fn serve(bot: Arc<Bot>, clock: Arc<dyn Clock>, stop: watch::Receiver<bool>) -> anyhow::Result<()> {
    let mut tasks = tokio::task::JoinSet::new();
    {
        let (bot, clock, stop) = (bot.clone(), clock.clone(), stop.clone());
        tasks.spawn(async move {
            let scheduler = Scheduler::new(&bot, format!("serve-{}", std::process::id()));
            if let Err(e) = scheduler.plan_digests(clock.now()).await {
                warn!(error = %format!("{e:#}"), "planning digests failed");
            }
            let stopped = stopped(stop);
            let deliver = |sent: Vec<crate::engine::Sent>| {
                // Mail is in the outbox already; chat channels deliver their own rows.
                info!(count = sent.len(), "scheduler sent");
            };
            if let Err(e) = scheduler.run(clock.as_ref(), deliver, stopped).await {
                warn!(error = %format!("{e:#}"), "the scheduler stopped");
            }
        });
    }
    if let Some(email) = bot.config.email.clone() {
        let outbox = Outbox::new(bot.store.clone(), &email, bot.renderer.clone())?;
        {
            let (clock, stop) = (clock.clone(), stop.clone());
            tasks.spawn(async move {
                if let Err(e) = outbox.run(clock.as_ref(), stop, DRAIN).await {
                    warn!(error = %format!("{e:#}"), "the outbox stopped");
                }
            });
        }
        let (bot, clock, stop) = (bot.clone(), clock.clone(), stop.clone());
        tasks.spawn(async move {
            Reader::new(&bot, &email, clock.as_ref()).run(stop).await;
        });
        info!("e-mail channel running");
    }
    if let Some(cfg) = bot.config.matrix.clone() {
        let (bot, clock, stop) = (bot.clone(), clock.clone(), stop.clone());
        tasks.spawn(async move {
            match crate::matrix::Matrix::connect(&cfg).await {
                Ok(m) => {
                    info!("matrix channel running");
                    if let Err(e) = m.run(bot, clock, stop).await {
                        warn!(error = %format!("{e:#}"), "the Matrix channel stopped");
                    }
                }
                Err(e) => warn!(error = %format!("{e:#}"), "the Matrix channel could not start"),
            }
        });
    }
    if bot.config.web.enabled {
        let bind = bot.config.web.bind;
        let listener = tokio::net::TcpListener::bind(bind).await.with_context(|| format!("listening on {bind} (web.bind)"))?;
        let bound = listener.local_addr()?;
        let app = crate::web::App::new(bot.clone(), clock.clone())?;
        if let Some(teams) = app.teams() {
            let stop = stop.clone();
            tasks.spawn(teams.run_sender(stop));
            info!("teams channel running");
        }
        let stop = stop.clone();
        tasks.spawn(async move {
            if let Err(e) = app.run_until_stopped(listener, stop).await {
                warn!(error = %format!("{e:#}"), "the web server stopped");
            }
        });
        // Where to open it: the only line `serve` prints without RUST_LOG.
        eprintln!("dsobot: web on http://{bound}/");
    }
    while let Some(done) = tasks.join_next().await {
        if let Err(e) = done {
            warn!(error = %e, "a task ended abnormally");
        }
    }
    info!("stopped");
    Ok(())
}

async fn stopped(mut stop: watch::Receiver<bool>) {
    let _ = stop.wait_for(|s| *s).await;
}

/// A stop signal that turns true on SIGINT or SIGTERM.
pub fn on_signals() -> watch::Receiver<bool> {
    let (tx, rx) = watch::channel(false);
    tokio::spawn(async move {
        #[cfg(unix)]
        {
            use tokio::signal::unix::{SignalKind, signal};
            let (Ok(mut term), Ok(mut int)) = (signal(SignalKind::terminate()), signal(SignalKind::interrupt())) else {
                let _ = tokio::signal::ctrl_c().await;
                let _ = tx.send(true);
                return;
            };
            tokio::select! {
                _ = term.recv() => {}
                _ = int.recv() => {}
            }
        }
        #[cfg(not(unix))]
        let _ = tokio::signal::ctrl_c().await;
        info!("stopping: finishing the message in hand");
        let _ = tx.send(true);
    });
    rx
}
