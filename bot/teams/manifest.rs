//! The Teams app package for sideloading (`dsobot teams manifest --out dsobot.zip`): the
//! manifest made from the configuration, and its two icons, drawn here.

use std::io::Write;

use anyhow::Context;
use serde_json::{Value as Json, json};

use crate::config::Config;

/// The manifest schema this package follows.
const MANIFEST_VERSION: &str = "1.17";
/// The icons' colour.
const ACCENT: [u8; 3] = [0x1f, 0x4e, 0x79];

/// The app's manifest: the bot in one-to-one chats and in teams' channels.
pub fn manifest(config: &Config) -> anyhow::Result<Json> {
    let teams = config.teams.as_ref().context("no [teams] section in the configuration")?;
    let website = teams.website.clone().or_else(|| config.web.public_url.clone()).context("say where the web server is reached: [teams] website or [web] public_url (https)")?;
    anyhow::ensure!(website.starts_with("https://"), "Teams needs an https address for the app's web site, not {website}");
    let website = website.trim_end_matches('/').to_owned();
    let domain = website.trim_start_matches("https://").split(['/', ':']).next().unwrap_or_default().to_owned();
    let org = &config.organisation.name;
    Ok(json!({
        "$schema": format!("https://developer.microsoft.com/en-us/json-schemas/teams/v{MANIFEST_VERSION}/MicrosoftTeams.schema.json"),
        "manifestVersion": MANIFEST_VERSION,
        "version": env!("CARGO_PKG_VERSION"),
        "id": teams.app_id,
        "developer": {
            "name": org,
            "websiteUrl": website,
            "privacyUrl": format!("{website}/"),
            "termsOfUseUrl": format!("{website}/"),
        },
        "name": { "short": truncate(&teams.name, 30), "full": truncate(&format!("{} – {org}", teams.name), 100) },
        "description": {
            "short": "Rapportera en personuppgiftsincident eller en begäran till dataskyddsombudet.",
            "full": "Skriv till boten när något har hänt med personuppgifter, till exempel ett mejl till fel mottagare, eller när någon begär ut sina uppgifter. Boten frågar efter det som behövs, håller tidsfristerna och ger ärendet till dataskyddsombudet. Write in Swedish or English.",
        },
        "icons": { "outline": "outline.png", "color": "color.png" },
        "accentColor": format!("#{:02X}{:02X}{:02X}", ACCENT[0], ACCENT[1], ACCENT[2]),
        "bots": [{
            "botId": teams.app_id,
            "scopes": ["personal", "team"],
            "supportsFiles": false,
            "isNotificationOnly": false,
        }],
        "permissions": ["identity", "messageTeamMembers"],
        "validDomains": [domain],
    }))
}

fn truncate(s: &str, max: usize) -> String {
    s.chars().take(max).collect()
}

/// The package Teams takes: `manifest.json`, `color.png` (192×192), `outline.png` (32×32,
/// white on transparent).
pub fn package(config: &Config) -> anyhow::Result<Vec<u8>> {
    let manifest = serde_json::to_vec_pretty(&manifest(config)?)?;
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
    for (name, bytes) in [("manifest.json", manifest), ("color.png", icon(192, true)?), ("outline.png", icon(32, false)?)] {
        zip.start_file(name, options)?;
        zip.write_all(&bytes)?;
    }
    Ok(zip.finish()?.into_inner())
}

/// The icon: a ring with a check mark, white on the accent colour (`color`) or on nothing.
fn icon(size: u32, color: bool) -> anyhow::Result<Vec<u8>> {
    let s = size as f32;
    let (cx, cy) = (s / 2.0, s / 2.0);
    let pixel = |x: u32, y: u32| -> [u8; 4] {
        let (px, py) = (x as f32 + 0.5, y as f32 + 0.5);
        let r = ((px - cx).powi(2) + (py - cy).powi(2)).sqrt();
        let ring = r > s * 0.30 && r < s * 0.40;
        // A check mark: two strokes, down-right then up-right.
        let near = |(x1, y1): (f32, f32), (x2, y2): (f32, f32)| {
            let (dx, dy) = (x2 - x1, y2 - y1);
            let t = (((px - x1) * dx + (py - y1) * dy) / (dx * dx + dy * dy)).clamp(0.0, 1.0);
            ((px - x1 - t * dx).powi(2) + (py - y1 - t * dy).powi(2)).sqrt() < s * 0.045
        };
        let check = near((s * 0.36, s * 0.50), (s * 0.46, s * 0.60)) || near((s * 0.46, s * 0.60), (s * 0.65, s * 0.40));
        match (ring || check, color) {
            (true, _) => [255, 255, 255, 255],
            (false, true) => [ACCENT[0], ACCENT[1], ACCENT[2], 255],
            (false, false) => [0, 0, 0, 0],
        }
    };
    png(size, pixel)
}

/// An RGBA PNG of `size`×`size`.
fn png(size: u32, pixel: impl Fn(u32, u32) -> [u8; 4]) -> anyhow::Result<Vec<u8>> {
    let mut raw = Vec::with_capacity((size * (size * 4 + 1)) as usize);
    for y in 0..size {
        raw.push(0); // no filter
        for x in 0..size {
            raw.extend_from_slice(&pixel(x, y));
        }
    }
    let mut z = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::default());
    z.write_all(&raw)?;
    let data = z.finish()?;
    let mut out = b"\x89PNG\r\n\x1a\n".to_vec();
    let mut chunk = |kind: &[u8; 4], body: &[u8]| {
        out.extend_from_slice(&(body.len() as u32).to_be_bytes());
        let mut crc = crc32fast::Hasher::new();
        crc.update(kind);
        crc.update(body);
        out.extend_from_slice(kind);
        out.extend_from_slice(body);
        out.extend_from_slice(&crc.finalize().to_be_bytes());
    };
    let mut ihdr = Vec::new();
    ihdr.extend_from_slice(&size.to_be_bytes());
    ihdr.extend_from_slice(&size.to_be_bytes());
    ihdr.extend_from_slice(&[8, 6, 0, 0, 0]); // 8 bits, RGBA, deflate, no filter, no interlace
    chunk(b"IHDR", &ihdr);
    chunk(b"IDAT", &data);
    chunk(b"IEND", &[]);
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn config() -> Config {
        let mut c = Config::example();
        c.teams = Some(toml::from_str("app_id = \"00000000-0000-0000-0000-000000000001\"\ntenant_id = \"t\"\nwebsite = \"https://dso.kommun.example/\"").unwrap());
        c
    }

    #[test]
    fn the_manifest_names_the_bot_its_scopes_and_the_web_sites_domain() {
        let m = manifest(&config()).unwrap();
        assert_eq!(m["bots"][0]["botId"], "00000000-0000-0000-0000-000000000001");
        assert_eq!(m["id"], m["bots"][0]["botId"]);
        assert_eq!(m["bots"][0]["scopes"], json!(["personal", "team"]));
        assert_eq!(m["validDomains"], json!(["dso.kommun.example"]));
        assert_eq!(m["developer"]["websiteUrl"], "https://dso.kommun.example");
        let mut plain = config();
        plain.teams.as_mut().unwrap().website = Some("http://dso.kommun.example".into());
        assert!(manifest(&plain).is_err(), "Teams needs https");
    }

    #[test]
    fn the_package_holds_the_manifest_and_two_icons_of_teams_sizes() {
        let bytes = package(&config()).unwrap();
        let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
        let mut names: Vec<String> = zip.file_names().map(|n| n.expect("a name").into_owned()).collect();
        names.sort();
        assert_eq!(names, ["color.png", "manifest.json", "outline.png"]);
        for (name, size) in [("color.png", 192u32), ("outline.png", 32)] {
            let mut f = zip.by_name(name).unwrap();
            let mut png = Vec::new();
            std::io::Read::read_to_end(&mut f, &mut png).unwrap();
            assert_eq!(&png[..8], b"\x89PNG\r\n\x1a\n");
            assert_eq!(&png[16..24], [size.to_be_bytes(), size.to_be_bytes()].concat().as_slice(), "{name}");
        }
    }
}
