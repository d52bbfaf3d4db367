//! The `[email]` section: the DSO's mailbox over IMAP, replies over SMTP. Passwords come from the
//! environment, named here, never from the file.

use anyhow::{Context, ensure};
use serde::Deserialize;

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EmailConfig {
    /// The mailbox's address: the From of every mail dsobot sends.
    pub address: String,
    /// The display name on that From.
    #[serde(default = "default_name")]
    pub name: String,
    /// At most this many replies to one correspondent per hour (the DSO excepted); more are held
    /// and the DSO is told. Stops mail loops with other robots; notices and reminders are not
    /// replies and do not count.
    #[serde(default = "default_loop_cap")]
    pub loop_cap: u32,
    /// Notices to the DSO (new cases, kept mail, refused mail, reminders) go out together: those
    /// falling in one window of this many seconds are one mail at the window's end. A burst of
    /// reports is then one mail a minute, not one per report. 0 sends each at once.
    #[serde(default = "default_notice_batch")]
    pub notice_batch_seconds: u32,
    /// Attached files up to this size are kept in `attachments`; larger ones keep their hash and
    /// size (the message's source is kept whole either way).
    #[serde(default = "default_attachment_max")]
    pub attachment_max_bytes: u64,
    /// Honour `Authentication-Results`: mail that claims an internal sender but failed DMARC (or
    /// both SPF and DKIM) is kept and shown to the DSO, never answered or joined to a case.
    #[serde(default = "yes")]
    pub trust_authentication_results: bool,
    /// Only `Authentication-Results` headers from this server (authserv-id) count; empty: any.
    #[serde(default)]
    pub authserv_id: String,
    /// Extra certificate authorities (PEM) to trust for IMAP and SMTP, besides the public ones:
    /// for servers with certificates from the organisation's own CA.
    #[serde(default)]
    pub ca_file: Option<std::path::PathBuf>,
    pub imap: ImapConfig,
    pub smtp: SmtpConfig,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Security {
    /// TLS from the first byte (IMAPS 993, SMTPS 465).
    Tls,
    /// Plain connection upgraded with STARTTLS (IMAP 143, submission 587).
    Starttls,
    /// No TLS: only allowed on loopback, for tests.
    Plain,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum AfterHandling {
    /// Move handled mail to the `handled` folder.
    Move,
    /// Leave it in place with the keyword `$DsobotHandled`.
    Flag,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ImapConfig {
    pub host: String,
    #[serde(default = "imaps_port")]
    pub port: u16,
    #[serde(default = "tls")]
    pub security: Security,
    pub user: String,
    /// The environment variable that holds the password.
    #[serde(default = "imap_password_env")]
    pub password_env: String,
    /// Or a file that holds it (a container or systemd credential); read at connect.
    #[serde(default)]
    pub password_file: Option<std::path::PathBuf>,
    #[serde(default = "inbox")]
    pub mailbox: String,
    #[serde(default = "handled")]
    pub handled: String,
    #[serde(default = "move_")]
    pub after: AfterHandling,
    /// IDLE is re-issued after this many seconds (servers drop it after 30 minutes).
    #[serde(default = "idle_seconds")]
    pub idle_seconds: u64,
    /// Without IDLE, the mailbox is polled this often.
    #[serde(default = "poll_seconds")]
    pub poll_seconds: u64,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SmtpConfig {
    pub host: String,
    #[serde(default = "smtps_port")]
    pub port: u16,
    #[serde(default = "tls")]
    pub security: Security,
    /// No user: send without authentication (a relay that trusts this host).
    #[serde(default)]
    pub user: Option<String>,
    #[serde(default = "smtp_password_env")]
    pub password_env: String,
    #[serde(default)]
    pub password_file: Option<std::path::PathBuf>,
    #[serde(default = "smtp_timeout")]
    pub timeout_seconds: u64,
}

fn default_name() -> String {
    "Dataskyddsombudet".into()
}
fn default_notice_batch() -> u32 {
    60
}

fn default_loop_cap() -> u32 {
    10
}
fn default_attachment_max() -> u64 {
    10 * 1024 * 1024
}
fn yes() -> bool {
    true
}
fn imaps_port() -> u16 {
    993
}
fn smtps_port() -> u16 {
    465
}
fn tls() -> Security {
    Security::Tls
}
fn imap_password_env() -> String {
    "DSOBOT_IMAP_PASSWORD".into()
}
fn smtp_password_env() -> String {
    "DSOBOT_SMTP_PASSWORD".into()
}
fn inbox() -> String {
    "INBOX".into()
}
fn handled() -> String {
    "dsobot/handled".into()
}
fn move_() -> AfterHandling {
    AfterHandling::Move
}
fn idle_seconds() -> u64 {
    29 * 60
}
fn poll_seconds() -> u64 {
    60
}
fn smtp_timeout() -> u64 {
    30
}

fn is_loopback(host: &str) -> bool {
    host == "localhost" || host.parse::<std::net::IpAddr>().is_ok_and(|ip| ip.is_loopback())
}

impl EmailConfig {
    pub fn validate(&self) -> anyhow::Result<()> {
        ensure!(self.address.contains('@'), "email.address must be an e-mail address");
        for (what, host, security) in [("imap", &self.imap.host, self.imap.security), ("smtp", &self.smtp.host, self.smtp.security)] {
            ensure!(
                security != Security::Plain || is_loopback(host),
                "email.{what}.security = \"plain\" is only allowed on loopback (use tls or starttls)"
            );
        }
        ensure!(self.imap.idle_seconds > 0 && self.imap.idle_seconds <= 29 * 60, "email.imap.idle_seconds must be 1..=1740 (29 minutes)");
        ensure!(self.imap.poll_seconds > 0, "email.imap.poll_seconds must be positive");
        ensure!(self.loop_cap > 0, "email.loop_cap must be positive");
        ensure!(self.notice_batch_seconds <= 3600, "email.notice_batch_seconds is at most 3600 (an hour)");
        Ok(())
    }

    /// The domain of our own Message-IDs.
    pub fn domain(&self) -> &str {
        self.address.rsplit_once('@').map_or("dsobot.invalid", |(_, d)| d)
    }

    pub fn imap_password(&self) -> anyhow::Result<String> {
        password(&self.imap.password_env, self.imap.password_file.as_deref())
    }

    pub fn smtp_password(&self) -> anyhow::Result<Option<String>> {
        match self.smtp.user {
            None => Ok(None),
            Some(_) => password(&self.smtp.password_env, self.smtp.password_file.as_deref()).map(Some),
        }
    }
}

impl EmailConfig {
    /// The certificates of `ca_file`, DER-encoded.
    pub fn extra_roots(&self) -> anyhow::Result<Vec<Vec<u8>>> {
        use rustls::pki_types::CertificateDer;
        use rustls::pki_types::pem::PemObject;
        let Some(path) = &self.ca_file else { return Ok(vec![]) };
        let certs: Vec<CertificateDer> = CertificateDer::pem_file_iter(path)
            .with_context(|| format!("reading {}", path.display()))?
            .collect::<Result<_, _>>()
            .with_context(|| format!("{} is not PEM certificates", path.display()))?;
        anyhow::ensure!(!certs.is_empty(), "{} holds no certificate", path.display());
        Ok(certs.into_iter().map(|c| c.to_vec()).collect())
    }
}

fn password(var: &str, file: Option<&std::path::Path>) -> anyhow::Result<String> {
    if let Some(path) = file {
        let text = std::fs::read_to_string(path).with_context(|| format!("reading the mail password from {}", path.display()))?;
        return Ok(text.trim_end_matches(['\r', '\n']).to_owned());
    }
    std::env::var(var).with_context(|| format!("the environment variable {var} (a mail password) is not set"))
}
