//! A real Matrix homeserver for the Matrix tests: Synapse from PyPI in a virtualenv (`scripts/test`
//! installs it and names it in DSOBOT_TEST_SYNAPSE), with its own config, SQLite database and
//! signing key in a temporary directory, listening on a loopback port. Users are registered with
//! the registration shared secret, as an administrator would; open registration is on as well,
//! so the benchmark's hundred reporters sign themselves up without a process each.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use super::peers::free_port;

pub const SERVER_NAME: &str = "localhost";
const SHARED_SECRET: &str = "dsobot-test-registration-secret";

pub struct Synapse {
    pub port: u16,
    pub dir: tempfile::TempDir,
    venv: PathBuf,
    child: Option<Child>,
}

impl Synapse {
    pub fn start() -> Synapse {
        let venv = PathBuf::from(
            std::env::var("DSOBOT_TEST_SYNAPSE")
                .unwrap_or_else(|_| format!("{}/.cache/dsobot-peers/synapse-venv", std::env::var("HOME").unwrap_or_default())),
        );
        assert!(
            venv.join("bin/python").exists(),
            "Synapse must be installed in {} for the Matrix tests: run scripts/test",
            venv.display()
        );
        let dir = tempfile::tempdir().expect("tempdir");
        let port = free_port();
        write_config(dir.path(), port);
        let mut s = Synapse { port, dir, venv, child: None };
        s.spawn();
        s
    }

    pub fn url(&self) -> String {
        format!("http://127.0.0.1:{}", self.port)
    }

    fn spawn(&mut self) {
        let d = self.dir.path();
        let log = std::fs::OpenOptions::new().create(true).append(true).open(d.join("synapse.out")).expect("log");
        let child = Command::new(self.venv.join("bin/python"))
            .args(["-m", "synapse.app.homeserver", "-c"])
            .arg(d.join("homeserver.yaml"))
            .current_dir(d)
            .stdin(Stdio::null())
            .stdout(log.try_clone().expect("log"))
            .stderr(log)
            .spawn()
            .expect("start Synapse");
        self.child = Some(child);
        self.wait_ready();
    }

    fn wait_ready(&mut self) {
        let start = Instant::now();
        loop {
            if let Some(c) = self.child.as_mut()
                && let Ok(Some(status)) = c.try_wait()
            {
                let out = std::fs::read_to_string(self.dir.path().join("synapse.out")).unwrap_or_default();
                panic!("Synapse exited ({status}):\n{out}");
            }
            if versions_ok(self.port) {
                return;
            }
            assert!(start.elapsed() < Duration::from_secs(60), "Synapse did not start on port {}", self.port);
            std::thread::sleep(Duration::from_millis(100));
        }
    }

    /// Stops the server (SIGTERM, as an administrator restarting it would).
    pub fn stop(&mut self) {
        if let Some(mut c) = self.child.take() {
            let _ = Command::new("kill").arg("-TERM").arg(c.id().to_string()).status();
            let start = Instant::now();
            while start.elapsed() < Duration::from_secs(10) {
                if let Ok(Some(_)) = c.try_wait() {
                    return;
                }
                std::thread::sleep(Duration::from_millis(50));
            }
            let _ = c.kill();
            let _ = c.wait();
        }
    }

    /// Starts it again on the same port, database and keys.
    pub fn resume(&mut self) {
        assert!(self.child.is_none(), "Synapse is running");
        self.spawn();
    }

    /// Registers a user (not an administrator) with the shared secret.
    pub fn register(&self, user: &str, password: &str) -> String {
        let out = Command::new(self.venv.join("bin/register_new_matrix_user"))
            .args(["-u", user, "-p", password, "--no-admin", "-k", SHARED_SECRET])
            .arg(self.url())
            .stdin(Stdio::null())
            .output()
            .expect("register_new_matrix_user");
        assert!(out.status.success(), "registering {user}: {}{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr));
        format!("@{user}:{SERVER_NAME}")
    }
}

impl Drop for Synapse {
    fn drop(&mut self) {
        if let Some(mut c) = self.child.take() {
            let _ = c.kill();
            let _ = c.wait();
        }
    }
}

fn versions_ok(port: u16) -> bool {
    use std::io::{Read, Write};
    let Ok(mut s) = std::net::TcpStream::connect(("127.0.0.1", port)) else {
        return false;
    };
    let _ = s.set_read_timeout(Some(Duration::from_secs(2)));
    if s.write_all(b"GET /_matrix/client/versions HTTP/1.0\r\nHost: localhost\r\n\r\n").is_err() {
        return false;
    }
    let mut buf = Vec::new();
    let _ = s.read_to_end(&mut buf);
    buf.starts_with(b"HTTP/1.0 200") || buf.starts_with(b"HTTP/1.1 200")
}

fn write_config(d: &Path, port: u16) {
    // Any 32 bytes are an ed25519 seed; a fixed one keeps runs alike.
    std::fs::write(d.join("signing.key"), "ed25519 a_dsbt AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8\n").expect("key");
    let limit = "{per_second: 1000, burst_count: 1000}";
    let conf = format!(
        "server_name: \"{SERVER_NAME}\"\n\
         pid_file: {d}/homeserver.pid\n\
         listeners:\n  - port: {port}\n    bind_addresses: ['127.0.0.1']\n    type: http\n    tls: false\n    x_forwarded: false\n    resources:\n      - names: [client]\n        compress: false\n\
         database:\n  name: sqlite3\n  args:\n    database: {d}/homeserver.db\n\
         media_store_path: {d}/media\n\
         signing_key_path: {d}/signing.key\n\
         report_stats: false\n\
         registration_shared_secret: \"{SHARED_SECRET}\"\n\
         enable_registration: true\n\
         enable_registration_without_verification: true\n\
         macaroon_secret_key: \"dsobot-test-macaroon\"\n\
         form_secret: \"dsobot-test-form\"\n\
         bcrypt_rounds: 4\n\
         trusted_key_servers: []\n\
         suppress_key_server_warning: true\n\
         federation_domain_whitelist: []\n\
         presence:\n  enabled: false\n\
         rc_message: {limit}\n\
         rc_registration: {limit}\n\
         rc_login:\n  address: {limit}\n  account: {limit}\n  failed_attempts: {limit}\n\
         rc_joins:\n  local: {limit}\n  remote: {limit}\n\
         rc_invites:\n  per_room: {limit}\n  per_user: {limit}\n  per_issuer: {limit}\n\
         rc_key_requests: {limit}\n\
         rc_delayed_event_mgmt: {limit}\n",
        d = d.display(),
    );
    std::fs::write(d.join("homeserver.yaml"), conf).expect("config");
}
