//! A real browser for the web tests: Debian's headless Chromium, driven over WebDriver by its
//! ChromeDriver, which each test starts on a loopback port of its own. `scripts/test` installs
//! both and names them in DSOBOT_TEST_CHROMEDRIVER and DSOBOT_TEST_CHROMIUM. Chromium runs with a
//! throwaway profile in a temporary directory, a 1280×900 window and Swedish as its language.
//! Screenshots go to `web-screenshots/` under Cargo's CARGO_TARGET_TMPDIR.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use anyhow::{Context, bail};
use fantoccini::elements::Element;
use fantoccini::{ClientBuilder, Locator};
use serde_json::json;

use super::peers::free_port;

/// How often the `wait_for*` helpers look again.
const POLL: Duration = Duration::from_millis(100);

pub struct Browser {
    pub client: fantoccini::Client,
    driver: Driver,
}

/// The chromedriver process (in a process group of its own, with the Chromium it starts) and the
/// temporary directory with Chromium's profile and chromedriver's log. Dropping it kills both
/// processes, then removes the directory.
struct Driver {
    port: u16,
    dir: tempfile::TempDir,
    child: Child,
}

impl Browser {
    /// Starts chromedriver on a free loopback port, waits until it is ready and opens a session
    /// in a new headless Chromium.
    pub async fn start() -> anyhow::Result<Browser> {
        Browser::start_with(true).await
    }

    /// A browser with JavaScript turned off: the pages' plain-form fallback.
    pub async fn without_script() -> anyhow::Result<Browser> {
        Browser::start_with(false).await
    }

    async fn start_with(script: bool) -> anyhow::Result<Browser> {
        // fantoccini's HTTP client is built on rustls, and more than one crypto provider is in the
        // dependency tree: rustls must be told which one to use.
        let _ = rustls::crypto::ring::default_provider().install_default();

        let driver_bin = std::env::var("DSOBOT_TEST_CHROMEDRIVER").unwrap_or_else(|_| "/usr/bin/chromedriver".into());
        let chromium = std::env::var("DSOBOT_TEST_CHROMIUM").unwrap_or_else(|_| "/usr/bin/chromium".into());
        if !Path::new(&driver_bin).exists() {
            bail!(
                "ChromeDriver ({driver_bin}) is missing: the browser tests need it (set DSOBOT_TEST_CHROMEDRIVER, \
                 or run scripts/test, which installs Debian's chromium-driver)"
            );
        }
        if !Path::new(&chromium).exists() {
            bail!(
                "Chromium ({chromium}) is missing: the browser tests need it (set DSOBOT_TEST_CHROMIUM, \
                 or run scripts/test, which installs Debian's chromium)"
            );
        }
        let mut driver = Driver::start(&driver_bin)?;
        driver.wait_ready().await?;

        let profile = driver.dir.path().join("profile");
        let args = [
            "--headless=new".to_string(),
            "--no-sandbox".into(), // the tests run as root
            "--disable-gpu".into(),
            "--disable-dev-shm-usage".into(),
            "--window-size=1280,900".into(),
            "--lang=sv-SE".into(),
            format!("--user-data-dir={}", profile.display()),
            "--no-first-run".into(),
            "--no-default-browser-check".into(),
        ];
        let serde_json::Value::Object(caps) = json!({
            "browserName": "chrome",
            "goog:chromeOptions": {
                "binary": chromium,
                "args": args,
                // --lang sets the interface language; this sets navigator.languages and Accept-Language.
                "prefs": {
                    "intl": { "accept_languages": "sv-SE,sv" },
                    "profile": { "managed_default_content_settings": { "javascript": if script { 1 } else { 2 } } },
                },
            },
        }) else {
            unreachable!("a JSON object")
        };
        let client = ClientBuilder::rustls()
            .context("WebDriver HTTP client (it loads the system's CA certificates: is ca-certificates installed?)")?
            .capabilities(caps)
            .connect(&format!("http://127.0.0.1:{}", driver.port))
            .await
            .map_err(|e| anyhow::anyhow!("opening a headless Chromium ({chromium}) session: {e}\n{}", driver.log()))?;
        Ok(Browser { client, driver })
    }

    /// The port chromedriver listens on (127.0.0.1).
    pub fn driver_port(&self) -> u16 {
        self.driver.port
    }

    /// Ends the WebDriver session (Chromium closes); dropping the Browser then stops chromedriver.
    pub async fn close(self) -> anyhow::Result<()> {
        self.client.close().await.context("closing the browser session")
        // `self.driver` is dropped here: chromedriver is stopped.
    }

    /// Opens a URL and waits for the page to load.
    pub async fn goto(&self, url: &str) -> anyhow::Result<()> {
        self.client.goto(url).await.with_context(|| format!("opening {url}"))
    }

    /// The element the CSS selector finds first, now (no waiting).
    pub async fn find(&self, css: &str) -> anyhow::Result<Element> {
        match self.client.find(Locator::Css(css)).await {
            Ok(e) => Ok(e),
            Err(e) => Err(e).context(format!("finding {css:?} on {}", self.url_for_errors().await)),
        }
    }

    /// Empties a field and types `text` into it, key by key as a person would.
    pub async fn fill(&self, css: &str, text: &str) -> anyhow::Result<()> {
        let field = self.find(css).await?;
        field.clear().await.with_context(|| format!("clearing {css:?}"))?;
        field.send_keys(text).await.with_context(|| format!("typing into {css:?}"))
    }

    pub async fn click(&self, css: &str) -> anyhow::Result<()> {
        self.find(css).await?.click().await.with_context(|| format!("clicking {css:?}"))
    }

    /// The element's rendered text (what a person sees, as WebDriver's "Get Element Text").
    pub async fn text(&self, css: &str) -> anyhow::Result<String> {
        self.find(css).await?.text().await.with_context(|| format!("reading the text of {css:?}"))
    }

    /// Waits until an element matches the CSS selector, and returns it.
    pub async fn wait_for(&self, css: &str, timeout: Duration) -> anyhow::Result<Element> {
        let start = Instant::now();
        loop {
            match self.client.find(Locator::Css(css)).await {
                Ok(e) => return Ok(e),
                Err(e) if e.is_no_such_element() => {}
                Err(e) => return Err(e).with_context(|| format!("looking for {css:?}")),
            }
            if start.elapsed() > timeout {
                bail!("no element {css:?} after {timeout:?} on {}", self.url_for_errors().await);
            }
            tokio::time::sleep(POLL).await;
        }
    }

    /// Waits until the element's text contains `needle`, and returns the whole text.
    pub async fn wait_for_text(&self, css: &str, needle: &str, timeout: Duration) -> anyhow::Result<String> {
        let start = Instant::now();
        let mut last = None;
        loop {
            // The element may be missing, or replaced between finding and reading it: look again.
            if let Ok(e) = self.client.find(Locator::Css(css)).await
                && let Ok(text) = e.text().await
            {
                if text.contains(needle) {
                    return Ok(text);
                }
                last = Some(text);
            }
            if start.elapsed() > timeout {
                match last {
                    Some(text) => bail!("{css:?} did not show {needle:?} after {timeout:?}; it shows {text:?}"),
                    None => bail!("no element {css:?} after {timeout:?} on {}", self.url_for_errors().await),
                }
            }
            tokio::time::sleep(POLL).await;
        }
    }

    /// Saves a PNG of the window as `<name>.png` in `web-screenshots/` (under CARGO_TARGET_TMPDIR,
    /// else the system's temporary directory) and returns its path.
    pub async fn screenshot(&self, name: &str) -> anyhow::Result<PathBuf> {
        let png = self.client.screenshot().await.context("taking a screenshot")?;
        let base = option_env!("CARGO_TARGET_TMPDIR").map(PathBuf::from).unwrap_or_else(std::env::temp_dir);
        let dir = base.join("web-screenshots");
        std::fs::create_dir_all(&dir).with_context(|| format!("creating {}", dir.display()))?;
        let file: String = name.chars().map(|c| if c.is_alphanumeric() || "-_.".contains(c) { c } else { '_' }).collect();
        let path = dir.join(format!("{}.png", file.trim_end_matches(".png")));
        std::fs::write(&path, png).with_context(|| format!("writing {}", path.display()))?;
        Ok(path)
    }

    async fn url_for_errors(&self) -> String {
        self.client.current_url().await.map(|u| u.to_string()).unwrap_or_else(|_| "the page".into())
    }
}

impl Driver {
    fn start(bin: &str) -> anyhow::Result<Driver> {
        let dir = tempfile::tempdir().context("temporary directory for the browser")?;
        std::fs::create_dir_all(dir.path().join("profile")).context("Chromium's profile directory")?;
        let log_path = dir.path().join("chromedriver.log");
        let out = std::fs::File::create(dir.path().join("chromedriver.out")).context("chromedriver's output")?;
        let port = free_port();
        let mut cmd = Command::new(bin);
        cmd.arg(format!("--port={port}"))
            .arg(format!("--log-path={}", log_path.display()))
            .stdin(Stdio::null())
            .stdout(out.try_clone().context("chromedriver's output")?)
            .stderr(out);
        // A process group of its own, which the Chromium it starts joins: Drop kills the group.
        std::os::unix::process::CommandExt::process_group(&mut cmd, 0);
        let child = cmd.spawn().with_context(|| format!("starting ChromeDriver ({bin}; set DSOBOT_TEST_CHROMEDRIVER)"))?;
        Ok(Driver { port, dir, child })
    }

    /// Waits until chromedriver answers GET /status with `"ready": true`.
    async fn wait_ready(&mut self) -> anyhow::Result<()> {
        let start = Instant::now();
        loop {
            if let Ok(Some(status)) = self.child.try_wait() {
                bail!("ChromeDriver exited ({status}) before it was ready:\n{}", self.log());
            }
            if status_ready(self.port) {
                return Ok(());
            }
            if start.elapsed() > Duration::from_secs(20) {
                bail!("ChromeDriver did not get ready on port {} in 20 s:\n{}", self.port, self.log());
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    /// What chromedriver printed and the end of its log, for error messages.
    fn log(&self) -> String {
        let read = |name: &str| std::fs::read_to_string(self.dir.path().join(name)).unwrap_or_default();
        let log = read("chromedriver.log");
        let lines: Vec<&str> = log.lines().collect();
        format!("{}{}", read("chromedriver.out"), lines[lines.len().saturating_sub(40)..].join("\n"))
    }
}

impl Drop for Driver {
    /// SIGKILL to chromedriver's process group: chromedriver and the Chromium it started.
    fn drop(&mut self) {
        let _ = Command::new("kill")
            .args(["-KILL", "--", &format!("-{}", self.child.id())])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status();
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// One GET /status to chromedriver: true once it answers 200 with `"ready": true`.
fn status_ready(port: u16) -> bool {
    use std::io::{Read, Write};
    let Ok(mut s) = std::net::TcpStream::connect(("127.0.0.1", port)) else {
        return false;
    };
    let _ = s.set_read_timeout(Some(Duration::from_secs(2)));
    if s.write_all(b"GET /status HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n").is_err() {
        return false;
    }
    let mut buf = Vec::new();
    let _ = s.read_to_end(&mut buf);
    let reply = String::from_utf8_lossy(&buf);
    reply.starts_with("HTTP/1.1 200") && reply.replace(' ', "").contains("\"ready\":true")
}
