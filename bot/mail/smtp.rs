//! An SMTP client pool on lettre's connection: sockets with TCP_NODELAY (lettre's own transport
//! writes a message's end in a second small write, which Nagle's algorithm and a delayed ACK hold
//! for 40 ms per mail), TLS from the first byte or STARTTLS, AUTH when configured. Idle
//! connections are reused; a connection that failed is dropped.

use std::pin::Pin;
use std::task::{Context as TaskContext, Poll};
use std::time::Duration;

use anyhow::Context;
use lettre::Message;
use lettre::transport::smtp::authentication::{Credentials, Mechanism};
use lettre::transport::smtp::client::{AsyncSmtpConnection, AsyncTokioStream, Certificate, TlsParameters};
use lettre::transport::smtp::extension::ClientId;
use tokio::io::{AsyncRead, AsyncWrite, ReadBuf};
use tokio::net::TcpStream;
use tokio::sync::{Mutex, Semaphore};

use crate::mail::config::{EmailConfig, Security};

/// Connections open at once.
pub const POOL: usize = 4;

pub struct Smtp {
    cfg: EmailConfig,
    credentials: Option<Credentials>,
    hello: ClientId,
    idle: Mutex<Vec<AsyncSmtpConnection>>,
    slots: Semaphore,
}

/// Why a send failed: permanent (5xx: do not retry) or not.
#[derive(Debug, Clone)]
pub struct SendError {
    pub permanent: bool,
    pub text: String,
}

impl Smtp {
    pub fn new(cfg: &EmailConfig) -> anyhow::Result<Smtp> {
        let credentials = match (&cfg.smtp.user, cfg.smtp_password()?) {
            (Some(user), Some(pass)) => Some(Credentials::new(user.clone(), pass)),
            _ => None,
        };
        // Fail at start, not at the first mail, when the CA file is wrong.
        cfg.extra_roots()?;
        Ok(Smtp { cfg: cfg.clone(), credentials, hello: ClientId::default(), idle: Mutex::new(Vec::new()), slots: Semaphore::new(POOL) })
    }

    /// Sends one mail on a pooled connection (at most [`POOL`] at once). A pooled connection
    /// the server closed while idle gets one retry on a fresh connection.
    pub async fn send(&self, message: &Message) -> Result<(), SendError> {
        let _slot = self.slots.acquire().await.map_err(|_| SendError { permanent: false, text: "the SMTP pool is closed".into() })?;
        let envelope = message.envelope();
        let raw = message.formatted();
        loop {
            let pooled = self.idle.lock().await.pop().filter(|c| !c.has_broken());
            let reused = pooled.is_some();
            let mut conn = match pooled {
                Some(c) => c,
                None => self.connect().await.map_err(|e| SendError { permanent: false, text: format!("SMTP connection: {}", first_clause(&e)) })?,
            };
            match conn.send(envelope, &raw).await {
                Ok(_) => {
                    self.idle.lock().await.push(conn);
                    return Ok(());
                }
                Err(e) => {
                    let permanent = e.is_permanent();
                    if permanent && !conn.has_broken() {
                        // A refused recipient leaves the connection usable.
                        self.idle.lock().await.push(conn);
                    } else {
                        conn.abort().await;
                    }
                    if reused && !permanent {
                        continue;
                    }
                    return Err(SendError { permanent, text: error_text(&e) });
                }
            }
        }
    }

    async fn connect(&self) -> anyhow::Result<AsyncSmtpConnection> {
        let smtp = &self.cfg.smtp;
        let timeout = Duration::from_secs(smtp.timeout_seconds);
        let tcp = tokio::time::timeout(timeout, TcpStream::connect((smtp.host.as_str(), smtp.port))).await.context("timed out")??;
        tcp.set_nodelay(true)?;
        let stream: Box<dyn AsyncTokioStream> = match smtp.security {
            Security::Tls => {
                Box::new(TlsConn(crate::mail::imap::tls_connect(&self.cfg, &smtp.host, tcp).await?))
            }
            Security::Starttls | Security::Plain => Box::new(tcp),
        };
        let mut conn = tokio::time::timeout(timeout, AsyncSmtpConnection::connect_with_transport(stream, &self.hello)).await.context("timed out")??;
        if smtp.security == Security::Starttls {
            let mut params = TlsParameters::builder(smtp.host.clone());
            for der in self.cfg.extra_roots()? {
                params = params.add_root_certificate(Certificate::from_der(der)?);
            }
            conn.starttls(params.build_rustls()?, &self.hello).await?;
        }
        if let Some(creds) = &self.credentials {
            conn.auth(&[Mechanism::Plain, Mechanism::Login], creds).await?;
        }
        Ok(conn)
    }

    /// Closes the idle connections politely.
    pub async fn close(&self) {
        for mut c in self.idle.lock().await.drain(..) {
            let _ = c.quit().await;
        }
    }
}

fn first_clause(e: &anyhow::Error) -> String {
    format!("{e:#}").split(':').take(2).collect::<Vec<_>>().join(":")
}

/// The SMTP error without the addresses a server may quote back.
fn error_text(e: &lettre::transport::smtp::Error) -> String {
    match e.status() {
        Some(code) => format!("SMTP {code}"),
        None if e.is_transient() => "SMTP temporary error".into(),
        None => "SMTP connection error".into(),
    }
}

/// Implicit TLS as lettre's stream.
#[derive(Debug)]
struct TlsConn(tokio_rustls::client::TlsStream<TcpStream>);

impl AsyncTokioStream for TlsConn {
    fn peer_addr(&self) -> std::io::Result<std::net::SocketAddr> {
        self.0.get_ref().0.peer_addr()
    }
}

impl AsyncRead for TlsConn {
    fn poll_read(mut self: Pin<&mut Self>, cx: &mut TaskContext<'_>, buf: &mut ReadBuf<'_>) -> Poll<std::io::Result<()>> {
        Pin::new(&mut self.0).poll_read(cx, buf)
    }
}

impl AsyncWrite for TlsConn {
    fn poll_write(mut self: Pin<&mut Self>, cx: &mut TaskContext<'_>, buf: &[u8]) -> Poll<std::io::Result<usize>> {
        Pin::new(&mut self.0).poll_write(cx, buf)
    }
    fn poll_flush(mut self: Pin<&mut Self>, cx: &mut TaskContext<'_>) -> Poll<std::io::Result<()>> {
        Pin::new(&mut self.0).poll_flush(cx)
    }
    fn poll_shutdown(mut self: Pin<&mut Self>, cx: &mut TaskContext<'_>) -> Poll<std::io::Result<()>> {
        Pin::new(&mut self.0).poll_shutdown(cx)
    }
}
