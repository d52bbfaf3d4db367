//! The mailbox reader: IMAP over TLS or STARTTLS (plain only on loopback), IDLE re-issued before
//! the server's timeout, polling when the server has no IDLE, reconnecting with exponential
//! backoff and jitter. Fetched mail is stored a few messages to a transaction, each message under
//! its own savepoint, and the cursor (UIDVALIDITY, last UID) is committed with them; handled mail
//! is moved to a folder or flagged, never deleted, and `\Seen` is never read or set.

use std::collections::HashMap;
use std::sync::Arc;
use std::time::Duration;

use anyhow::{Context, anyhow};
use async_imap::types::UnsolicitedResponse;
use async_imap::{Client, Session};
use chrono::Utc;
use futures::TryStreamExt;
use tokio::io::{AsyncRead, AsyncWrite};
use tokio::net::TcpStream;
use tokio::sync::watch;
use tracing::{info, warn};

use crate::clock::Clock;
use crate::engine::{Bot, Cursor};
use crate::mail::config::{AfterHandling, EmailConfig, Security};
use crate::store::Tx;

/// A connection: plain TCP or TLS.
pub trait Io: AsyncRead + AsyncWrite + Unpin + Send + std::fmt::Debug {}
impl<T: AsyncRead + AsyncWrite + Unpin + Send + std::fmt::Debug> Io for T {}
type Conn = Box<dyn Io>;

/// The keyword set on handled mail when `after = "flag"`.
pub const HANDLED_KEYWORD: &str = "$DsobotHandled";
/// Messages fetched per command.
const CHUNK: usize = 100;
/// Messages stored per transaction at most. A transaction holds SQLite's one connection, so the
/// outbox and the scheduler wait for it: short enough that they do not wait long (about 100 ms of
/// turns), long enough that a burst is not one commit per mail.
const COMMIT_EVERY: usize = 50;
/// A message that fails this many times in a row is kept raw and shown to the DSO.
const MAX_TRIES: u32 = 3;

pub struct Reader<'a> {
    bot: &'a Bot,
    cfg: &'a EmailConfig,
    clock: &'a dyn Clock,
    failures: HashMap<u32, u32>,
    /// The handled folder's name as the server writes it.
    handled: String,
}

impl<'a> Reader<'a> {
    pub fn new(bot: &'a Bot, cfg: &'a EmailConfig, clock: &'a dyn Clock) -> Reader<'a> {
        Reader { bot, cfg, clock, failures: HashMap::new(), handled: cfg.imap.handled.clone() }
    }

    /// Reads the mailbox until `stop` is set. The message in hand is finished first.
    pub async fn run(&mut self, mut stop: watch::Receiver<bool>) {
        let mut errors: u32 = 0;
        loop {
            if *stop.borrow() {
                return;
            }
            match self.session(&mut stop, &mut errors).await {
                Ok(()) => return,
                Err(e) => {
                    errors = errors.saturating_add(1);
                    let wait = reconnect_delay(errors);
                    warn!(error = %format!("{e:#}"), retry_in_ms = wait.as_millis() as u64, "mailbox connection failed");
                    tokio::select! {
                        _ = stop.changed() => return,
                        _ = tokio::time::sleep(wait) => {}
                    }
                }
            }
        }
    }

    /// One connection's life: returns Ok when stopped, Err on any failure (the caller reconnects).
    async fn session(&mut self, stop: &mut watch::Receiver<bool>, errors: &mut u32) -> anyhow::Result<()> {
        let imap = &self.cfg.imap;
        let mut session = connect(self.cfg).await?;
        let caps = session.capabilities().await?;
        let (idle, can_move) = (caps.has_str("IDLE"), caps.has_str("MOVE"));
        // The configured folder is written with '/'; the server may separate levels with '.'.
        let delimiter: Option<String> = {
            let names: Vec<_> = session.list(Some(""), Some(&imap.mailbox)).await?.try_collect().await?;
            names.first().and_then(|n| n.delimiter().map(str::to_owned))
        };
        self.handled = match delimiter {
            Some(d) if d != "/" => imap.handled.replace('/', &d),
            _ => imap.handled.clone(),
        };
        if imap.after == AfterHandling::Move {
            // Fails when it exists, which is fine; a real failure shows at the first move.
            let _ = session.create(&self.handled).await;
        }
        let mailbox = session.select(&imap.mailbox).await?;
        let validity = mailbox.uid_validity.ok_or_else(|| anyhow!("the server gave no UIDVALIDITY"))?;
        let mut last = match self.bot.store.cursor(&imap.mailbox).await? {
            Some((v, uid)) if v == validity => uid,
            Some(_) => {
                warn!("UIDVALIDITY changed: re-scanning the mailbox, skipping what is stored (by Message-ID)");
                0
            }
            None => 0,
        };
        info!(idle, can_move, "mailbox open");
        if last > 0 && imap.after == AfterHandling::Move {
            // Mail handled before a crash between the commit and the move: move it now.
            if let Err(e) = self.after_handling(&mut session, &format!("1:{last}"), can_move).await {
                warn!(error = %format!("{e:#}"), "moving handled mail failed");
            }
        }
        loop {
            last = self.fetch_new(&mut session, validity, last, can_move, stop).await?;
            // A connection that got this far is healthy: the next failure backs off from the start.
            *errors = 0;
            if *stop.borrow() {
                let _ = session.logout().await;
                return Ok(());
            }
            // Mail that arrived while we fetched was announced during those commands (EXISTS),
            // not to IDLE: read it now, or it would wait for the next mail or timeout.
            let mut arrived = false;
            while let Ok(r) = session.unsolicited_responses.try_recv() {
                arrived |= matches!(r, UnsolicitedResponse::Exists(_) | UnsolicitedResponse::Recent(_));
            }
            if arrived {
                continue;
            }
            if idle {
                let mut handle = session.idle();
                handle.init().await?;
                let wait = Duration::from_secs(imap.idle_seconds);
                let (fut, interrupt) = handle.wait_with_timeout(wait);
                let stopped = tokio::select! {
                    r = fut => { r?; false }
                    _ = stop.changed() => true,
                    // Keepalives reset the library's timeout: re-issue IDLE on our own clock.
                    _ = tokio::time::sleep(wait) => false,
                };
                drop(interrupt);
                if stopped {
                    return Ok(());
                }
                session = handle.done().await?;
            } else {
                tokio::select! {
                    _ = stop.changed() => {
                        let _ = session.logout().await;
                        return Ok(());
                    }
                    _ = tokio::time::sleep(Duration::from_secs(imap.poll_seconds)) => {}
                }
                session.noop().await?;
            }
        }
    }

    /// Handles every message above `last`, in UID order; returns the new last UID.
    async fn fetch_new(&mut self, session: &mut Session<Conn>, validity: u32, mut last: u32, can_move: bool, stop: &watch::Receiver<bool>) -> anyhow::Result<u32> {
        let mut uids: Vec<u32> = session.uid_search(format!("UID {}:*", last + 1)).await?.into_iter().filter(|u| *u > last).collect();
        uids.sort_unstable();
        for chunk in uids.chunks(CHUNK) {
            let set = uid_set(chunk);
            let mut fetches: Vec<_> = session.uid_fetch(&set, "(UID INTERNALDATE BODY.PEEK[])").await?.try_collect().await?;
            fetches.sort_by_key(|f| f.uid);
            let mut handled = Vec::with_capacity(fetches.len());
            // Mails are stored a few to a transaction ([`COMMIT_EVERY`]; one commit, not one per
            // mail: the pages a turn touches are written once for all), each under its own
            // savepoint, the cursor once with them. A mail that fails is rolled back alone; what
            // came before it is committed.
            let mut tx = self.bot.store.begin().await?;
            let mut in_tx = 0;
            let mut failed = None;
            for f in &fetches {
                let Some(uid) = f.uid else { continue };
                if uid <= last {
                    continue;
                }
                let received = f.internal_date().map_or_else(|| self.clock.now(), |d| d.with_timezone(&Utc));
                let raw = f.body().unwrap_or_default();
                let tries = self.failures.get(&uid).copied().unwrap_or(0);
                tx.savepoint().await?;
                let result = if tries + 1 >= MAX_TRIES {
                    super::keep_failing(self.bot, &mut tx, raw, received).await
                } else {
                    super::deliver(self.bot, &mut tx, self.cfg, raw, received).await.map(|_| ())
                };
                if let Err(e) = result {
                    // Counted first: should the rollback fail too, the chunk is undone and read again.
                    self.failures.insert(uid, tries + 1);
                    tx.roll_back_turn().await?;
                    failed = Some(e.context(format!("handling UID {uid}")));
                    break;
                }
                tx.release().await?;
                self.failures.remove(&uid);
                handled.push(uid);
                last = uid;
                in_tx += 1;
                if in_tx == COMMIT_EVERY {
                    self.commit(tx, validity, last).await?;
                    tx = self.bot.store.begin().await?;
                    in_tx = 0;
                }
                if *stop.borrow() {
                    break;
                }
            }
            if in_tx > 0 {
                self.commit(tx, validity, last).await?;
            }
            if let Some(e) = failed {
                return Err(e);
            }
            if !handled.is_empty() {
                // Stored already: a failed move is logged, and tried again at the next connection.
                if let Err(e) = self.after_handling(session, &uid_set(&handled), can_move).await {
                    warn!(error = %format!("{e:#}"), "moving or flagging handled mail failed");
                }
            }
            if *stop.borrow() {
                break;
            }
        }
        Ok(last)
    }

    /// Commits stored mail with the cursor at `last`.
    async fn commit(&self, mut tx: Tx, validity: u32, last: u32) -> anyhow::Result<()> {
        let cursor = Cursor { mailbox: self.cfg.imap.mailbox.clone(), uidvalidity: validity, uid: last };
        tx.advance_cursor(Some(&cursor), self.clock.now()).await?;
        tx.commit().await
    }

    async fn after_handling(&self, session: &mut Session<Conn>, set: &str, can_move: bool) -> anyhow::Result<()> {
        let imap = &self.cfg.imap;
        if imap.after == AfterHandling::Move && can_move {
            session.uid_mv(set, &self.handled).await.context("moving handled mail")?;
        } else {
            // Without MOVE, copying and deleting would delete: flag instead.
            let updates: Vec<_> = session.uid_store(set, format!("+FLAGS.SILENT ({HANDLED_KEYWORD})")).await?.try_collect().await?;
            drop(updates);
        }
        Ok(())
    }
}

/// "1,2,3,7" as ranges: "1:3,7".
fn uid_set(uids: &[u32]) -> String {
    let mut out = String::new();
    let mut i = 0;
    while i < uids.len() {
        let start = uids[i];
        let mut end = start;
        while i + 1 < uids.len() && uids[i + 1] == end + 1 {
            i += 1;
            end = uids[i];
        }
        if !out.is_empty() {
            out.push(',');
        }
        if start == end { out.push_str(&start.to_string()) } else { out.push_str(&format!("{start}:{end}")) }
        i += 1;
    }
    out
}

/// 1 s, 2 s, 4 s ... up to 5 minutes, each with up to 30 % jitter: never a busy loop.
pub fn reconnect_delay(errors: u32) -> Duration {
    let base = 1000u64.saturating_mul(1 << errors.saturating_sub(1).min(9)).min(300_000);
    Duration::from_millis(base + (base as f64 * 0.3 * fastrand::f64()) as u64)
}

fn tls_connector(cfg: &EmailConfig) -> anyhow::Result<tokio_rustls::TlsConnector> {
    let mut roots = rustls::RootCertStore::empty();
    roots.extend(webpki_roots::TLS_SERVER_ROOTS.iter().cloned());
    for der in cfg.extra_roots()? {
        roots.add(rustls::pki_types::CertificateDer::from(der)).context("email.ca_file: a certificate rustls cannot use")?;
    }
    let config = rustls::ClientConfig::builder_with_provider(Arc::new(rustls::crypto::ring::default_provider()))
        .with_safe_default_protocol_versions()?
        .with_root_certificates(roots)
        .with_no_client_auth();
    Ok(tokio_rustls::TlsConnector::from(Arc::new(config)))
}

/// TLS over `tcp` to `host` (IMAP or SMTP), verified against the public roots and `ca_file`.
pub(crate) async fn tls_connect(cfg: &EmailConfig, host: &str, tcp: TcpStream) -> anyhow::Result<tokio_rustls::client::TlsStream<TcpStream>> {
    let name = rustls::pki_types::ServerName::try_from(host.to_owned()).with_context(|| format!("{host} is not a valid TLS name"))?;
    tls_connector(cfg)?.connect(name, tcp).await.with_context(|| format!("TLS handshake with {host}"))
}

async fn tls(cfg: &EmailConfig, tcp: TcpStream) -> anyhow::Result<Conn> {
    Ok(Box::new(tls_connect(cfg, &cfg.imap.host, tcp).await?))
}

/// Connects, secures the connection as configured, and logs in.
pub async fn connect(cfg: &EmailConfig) -> anyhow::Result<Session<Conn>> {
    let imap = &cfg.imap;
    let tcp = tokio::time::timeout(Duration::from_secs(30), TcpStream::connect((imap.host.as_str(), imap.port)))
        .await
        .context("connecting to the IMAP server timed out")?
        .context("connecting to the IMAP server")?;
    tcp.set_nodelay(true)?;
    let mut client = match imap.security {
        Security::Tls => Client::new(tls(cfg, tcp).await?),
        Security::Plain => Client::new(Box::new(tcp) as Conn),
        Security::Starttls => {
            let mut plain = Client::new(tcp);
            plain.read_response().await?.ok_or_else(|| anyhow!("the IMAP server closed before its greeting"))?;
            plain.run_command_and_check_ok("STARTTLS", None).await.context("STARTTLS")?;
            let secured = Client::new(tls(cfg, plain.into_inner()).await?);
            return login(secured, cfg).await;
        }
    };
    client.read_response().await?.ok_or_else(|| anyhow!("the IMAP server closed before its greeting"))?;
    login(client, cfg).await
}

async fn login(client: Client<Conn>, cfg: &EmailConfig) -> anyhow::Result<Session<Conn>> {
    let password = cfg.imap_password()?;
    client.login(&cfg.imap.user, password).await.map_err(|(e, _)| anyhow!("IMAP login failed: {e}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn uid_sets_are_ranges() {
        assert_eq!(uid_set(&[1, 2, 3, 7, 9, 10]), "1:3,7,9:10");
        assert_eq!(uid_set(&[5]), "5");
    }

    #[test]
    fn reconnects_back_off_with_jitter_to_a_cap() {
        let first = reconnect_delay(1).as_millis();
        assert!((1000..=1300).contains(&first), "{first}");
        assert!(reconnect_delay(4).as_millis() >= 8000);
        assert!(reconnect_delay(100).as_millis() <= 390_000);
    }
}
