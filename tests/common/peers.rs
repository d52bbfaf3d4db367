//! Real mail peers for the e-mail tests, started on loopback ports by the test itself: Dovecot
//! (Debian's dovecot-imapd, its own config in a temporary directory) and an SMTP receiver
//! (aiosmtpd). `scripts/test` installs both; DSOBOT_TEST_PYTHON names the Python with aiosmtpd.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use futures::TryStreamExt;

pub const USER: &str = "bot@localhost";
pub const PASSWORD: &str = "botpass";

pub fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0").expect("bind").local_addr().expect("addr").port()
}

fn wait_for_port(port: u16, what: &str) {
    let start = Instant::now();
    while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
        assert!(start.elapsed() < Duration::from_secs(20), "{what} did not start on port {port}");
        std::thread::sleep(Duration::from_millis(20));
    }
}

/// An organisation's own CA (`ca.pem`) and a server certificate it signed for `localhost` and
/// 127.0.0.1, made with openssl: (server cert, server key). The bot trusts `ca.pem` only.
pub fn certificate(dir: &Path) -> (PathBuf, PathBuf) {
    let run = |args: &[&str]| {
        let ok = Command::new("openssl").current_dir(dir).args(args).stdout(Stdio::null()).stderr(Stdio::null()).status().expect("openssl");
        assert!(ok.success(), "openssl {args:?} failed");
    };
    run(&["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", "/CN=Test kommun CA", "-keyout", "ca.key", "-out", "ca.pem"]);
    run(&["req", "-newkey", "rsa:2048", "-nodes", "-subj", "/CN=localhost", "-keyout", "key.pem", "-out", "server.csr"]);
    std::fs::write(dir.join("ext.cnf"), "subjectAltName=DNS:localhost,IP:127.0.0.1\nbasicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth\n").expect("ext");
    run(&["x509", "-req", "-in", "server.csr", "-CA", "ca.pem", "-CAkey", "ca.key", "-CAcreateserial", "-days", "2", "-extfile", "ext.cnf", "-out", "cert.pem"]);
    (dir.join("cert.pem"), dir.join("key.pem"))
}

pub struct Dovecot {
    pub port: u16,
    /// The implicit-TLS port when started with a certificate.
    pub tls_port: Option<u16>,
    pub dir: tempfile::TempDir,
    child: Child,
}

impl Dovecot {
    /// `idle: false` takes IDLE out of the server's capabilities, so the bot must poll.
    pub fn start(idle: bool) -> Dovecot {
        Dovecot::start_with(idle, None)
    }

    /// With a certificate: STARTTLS on `port` and implicit TLS on `tls_port`.
    pub fn start_with(idle: bool, cert: Option<(&Path, &Path)>) -> Dovecot {
        let bin = std::env::var("DSOBOT_TEST_DOVECOT").unwrap_or_else(|_| "/usr/sbin/dovecot".into());
        assert!(Path::new(&bin).exists(), "Dovecot ({bin}) must be installed for the e-mail tests: run scripts/test");
        let dir = tempfile::tempdir().expect("tempdir");
        let d = dir.path();
        for sub in ["run", "state", "mail"] {
            std::fs::create_dir_all(d.join(sub)).expect("mkdir");
        }
        let _ = Command::new("chown").args(["-R", "nobody:nogroup"]).arg(d.join("mail")).status();
        let users = d.join("users");
        std::fs::write(&users, format!("{USER}:{{PLAIN}}{PASSWORD}\n")).expect("users");
        let port = free_port();
        let tls_port = cert.map(|_| free_port());
        let ssl = match cert {
            Some((c, k)) => format!("ssl = yes\nssl_cert = <{}\nssl_key = <{}\n", c.display(), k.display()),
            None => "ssl = no\n".into(),
        };
        let caps = if idle { "" } else { "imap_capability = IMAP4rev1 SASL-IR LOGIN-REFERRALS ID ENABLE LITERAL+ UIDPLUS MOVE\n" };
        let conf = format!(
            "base_dir = {d}/run\nstate_dir = {d}/state\nlog_path = {d}/dovecot.log\ninstance_name = dsobot-test-{port}\n\
             protocols = imap\nlisten = 127.0.0.1\n{ssl}disable_plaintext_auth = no\nauth_mechanisms = plain login\n\
             mail_location = maildir:{d}/mail/%u\n{caps}\
             passdb {{\n  driver = passwd-file\n  args = scheme=PLAIN username_format=%u {users}\n}}\n\
             userdb {{\n  driver = static\n  args = uid=nobody gid=nogroup home={d}/mail/%u\n}}\n\
             service imap-login {{\n  inet_listener imap {{\n    address = 127.0.0.1\n    port = {port}\n  }}\n  inet_listener imaps {{\n    address = 127.0.0.1\n    port = {imaps}\n  }}\n}}\n\
             service stats {{\n  unix_listener stats-writer {{\n    mode = 0666\n  }}\n}}\n\
             service auth {{\n  user = root\n}}\n\
             service anvil {{\n  chroot =\n}}\n",
            d = d.display(),
            users = users.display(),
            imaps = tls_port.unwrap_or(0),
        );
        let conf_path = d.join("dovecot.conf");
        std::fs::write(&conf_path, conf).expect("conf");
        let child = spawn_dovecot(&conf_path);
        wait_for_port(port, "Dovecot");
        Dovecot { port, tls_port, dir, child }
    }

    /// Stops the server, waits `down`, and starts it again on the same port and mail.
    pub fn restart(&mut self, down: Duration) {
        let _ = self.child.kill();
        let _ = self.child.wait();
        std::thread::sleep(down);
        self.child = spawn_dovecot(&self.dir.path().join("dovecot.conf"));
        wait_for_port(self.port, "Dovecot (restarted)");
    }

    async fn session(&self) -> async_imap::Session<tokio::net::TcpStream> {
        let tcp = tokio::net::TcpStream::connect(("127.0.0.1", self.port)).await.expect("connect");
        let mut client = async_imap::Client::new(tcp);
        client.read_response().await.expect("greeting");
        client.login(USER, PASSWORD).await.map_err(|(e, _)| e).expect("login")
    }

    /// Appends a mail to a folder, as a mail server delivering it would.
    pub async fn append(&self, folder: &str, raw: &[u8]) {
        let mut s = self.session().await;
        s.append(folder, None, None, raw).await.expect("append");
        let _ = s.logout().await;
    }

    /// The UIDs in a folder.
    pub async fn uids(&self, folder: &str) -> Vec<u32> {
        let mut s = self.session().await;
        if s.select(folder).await.is_err() {
            return vec![];
        }
        let mut uids: Vec<u32> = s.uid_search("ALL").await.expect("search").into_iter().collect();
        uids.sort_unstable();
        let _ = s.logout().await;
        uids
    }

    /// Flags of every message in a folder.
    pub async fn flags(&self, folder: &str) -> Vec<Vec<String>> {
        let mut s = self.session().await;
        s.select(folder).await.expect("select");
        let fetches: Vec<_> = s.fetch("1:*", "FLAGS").await.expect("fetch").try_collect().await.expect("flags");
        let out = fetches.iter().map(|f| f.flags().map(|fl| format!("{fl:?}")).collect()).collect();
        let _ = s.logout().await;
        out
    }
}

fn spawn_dovecot(conf: &Path) -> Child {
    let bin = std::env::var("DSOBOT_TEST_DOVECOT").unwrap_or_else(|_| "/usr/sbin/dovecot".into());
    Command::new(&bin).arg("-F").arg("-c").arg(conf).stdout(Stdio::null()).stderr(Stdio::null()).spawn().expect("start dovecot")
}

impl Drop for Dovecot {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

pub struct SmtpReceiver {
    pub port: u16,
    pub out: PathBuf,
    /// With a certificate the receiver requires STARTTLS, or with `implicit_tls` speaks TLS at once.
    pub cert: Option<(PathBuf, PathBuf)>,
    pub implicit_tls: bool,
    child: Option<Child>,
}

impl SmtpReceiver {
    pub fn start(out: &Path) -> SmtpReceiver {
        SmtpReceiver::start_with(out, None)
    }

    pub fn start_with(out: &Path, cert: Option<(PathBuf, PathBuf)>) -> SmtpReceiver {
        SmtpReceiver::start_tls(out, cert, false)
    }

    pub fn start_tls(out: &Path, cert: Option<(PathBuf, PathBuf)>, implicit_tls: bool) -> SmtpReceiver {
        let mut r = SmtpReceiver { port: free_port(), out: out.to_owned(), cert, implicit_tls, child: None };
        r.resume();
        r
    }

    /// Starts (again) on the same port, keeping what it received.
    pub fn resume(&mut self) {
        let python = std::env::var("DSOBOT_TEST_PYTHON").unwrap_or_else(|_| "python3".into());
        let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/peers/smtp_receiver.py");
        let mut cmd = Command::new(&python);
        cmd.arg(&script).arg(self.port.to_string()).arg(&self.out);
        if let Some((c, k)) = &self.cert {
            cmd.arg(c).arg(k);
            if self.implicit_tls {
                cmd.arg("tls");
            }
        }
        let child = cmd
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap_or_else(|e| panic!("start the SMTP receiver with {python} (aiosmtpd; scripts/test installs it): {e}"));
        self.child = Some(child);
        wait_for_port(self.port, "the SMTP receiver (is aiosmtpd installed? run scripts/test)");
    }

    /// An outage: the receiver is gone, its port refuses connections.
    pub fn stop(&mut self) {
        if let Some(mut c) = self.child.take() {
            let _ = c.kill();
            let _ = c.wait();
        }
    }

    /// Every mail received so far, in order of arrival.
    pub fn mails(&self) -> Vec<Vec<u8>> {
        let mut names: Vec<_> = std::fs::read_dir(&self.out)
            .map(|rd| rd.filter_map(|e| e.ok()).map(|e| e.path()).filter(|p| p.extension().is_some_and(|x| x == "eml")).collect())
            .unwrap_or_default();
        names.sort();
        names.iter().map(|p| std::fs::read(p).expect("read mail")).collect()
    }

    /// Waits until `pred` holds for the mails received (or panics after `secs`).
    pub async fn wait_until(&self, secs: u64, what: &str, pred: impl Fn(&[Vec<u8>]) -> bool) -> Vec<Vec<u8>> {
        let start = Instant::now();
        loop {
            let mails = self.mails();
            if pred(&mails) {
                return mails;
            }
            assert!(start.elapsed() < Duration::from_secs(secs), "timed out waiting for {what}; received {} mails", mails.len());
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }
}

impl Drop for SmtpReceiver {
    fn drop(&mut self) {
        self.stop();
    }
}
