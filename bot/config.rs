//! Configuration: TOML, every key optional, defaults from `config/dsobot.example.toml`.

use std::path::Path;

use anyhow::Context;
use chrono_tz::Tz;
use serde::Deserialize;
use workflows::calendar::Calendar;
use workflows::dialogue::Org;
use workflows::remind::Quiet;
use workflows::{Channel, Lang, Party, Value};

/// The documented example, compiled in: it is also the configuration when none is given.
pub const EXAMPLE: &str = include_str!("../config/dsobot.example.toml");

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Config {
    pub organisation: Organisation,
    pub dso: Person,
    #[serde(default)]
    pub units: Vec<Unit>,
    #[serde(default)]
    pub database: Database,
    #[serde(default)]
    pub calendar: Calendar,
    #[serde(default)]
    pub reminders: Reminders,
    #[serde(default)]
    pub digests: Digests,
    /// The e-mail channel; without it, `serve` runs the scheduler only.
    #[serde(default)]
    pub email: Option<crate::mail::EmailConfig>,
    /// The Matrix channel; without it, nobody can write to the bot on Matrix.
    #[serde(default)]
    pub matrix: Option<crate::matrix::MatrixConfig>,
    /// The web: the employees' report page and the DSO's dashboard (on by default, on loopback).
    #[serde(default)]
    pub web: crate::web::WebConfig,
    /// The Microsoft Teams channel (its endpoint is on the web server).
    #[serde(default)]
    pub teams: Option<crate::teams::TeamsConfig>,
}

/// When reminders may disturb people.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Reminders {
    #[serde(default)]
    pub quiet: Quiet,
}

/// Digests, as cron expressions (sec min hour day-of-month month day-of-week [year]) read in the
/// organisation's time zone. An empty string turns a digest off.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Digests {
    #[serde(default = "dso_digest")]
    pub dso: String,
    #[serde(default = "manager_digest")]
    pub manager: String,
    /// Fires only on the first working day of a quarter, at the times this expression gives.
    #[serde(default = "quarterly_digest")]
    pub quarterly: String,
}

fn dso_digest() -> String {
    "0 0 8 * * Mon-Fri".into()
}
fn manager_digest() -> String {
    "0 0 8 * * Mon".into()
}
fn quarterly_digest() -> String {
    "0 0 8 * * *".into()
}

impl Default for Digests {
    fn default() -> Digests {
        Digests { dso: dso_digest(), manager: manager_digest(), quarterly: quarterly_digest() }
    }
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Organisation {
    pub name: String,
    #[serde(default)]
    pub org_number: Option<String>,
    #[serde(default)]
    pub postal_address: Option<String>,
    #[serde(default = "default_sector")]
    pub sector: String,
    #[serde(default = "default_tz")]
    pub time_zone: Tz,
    #[serde(default)]
    pub language: Lang,
    #[serde(default)]
    pub internal_domains: Vec<String>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Person {
    pub name: String,
    #[serde(default)]
    pub role: Option<String>,
    pub email: String,
    #[serde(default)]
    pub phone: Option<String>,
    #[serde(default)]
    pub chat: Option<String>,
    /// Their Teams user id or Entra ID object id: the bot can open a chat with them in Teams
    /// before they have written to it.
    #[serde(default)]
    pub teams: Option<String>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Unit {
    pub name: String,
    #[serde(default)]
    pub members: Vec<String>,
    pub manager: Person,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Database {
    #[serde(default)]
    pub url: Option<String>,
}

fn default_sector() -> String {
    "public".into()
}

fn default_tz() -> Tz {
    chrono_tz::Europe::Stockholm
}

impl Config {
    pub fn example() -> Config {
        // The example is compiled in and parsed by a unit test.
        toml::from_str(EXAMPLE).expect("config/dsobot.example.toml is valid")
    }

    pub fn load(path: Option<&Path>) -> anyhow::Result<Config> {
        let Some(path) = path else { return Ok(Config::example()) };
        let text = std::fs::read_to_string(path).with_context(|| format!("reading {}", path.display()))?;
        let config: Config = toml::from_str(&text).with_context(|| format!("parsing {}", path.display()))?;
        config.validate()?;
        Ok(config)
    }

    fn validate(&self) -> anyhow::Result<()> {
        anyhow::ensure!(
            ["public", "private", "non_profit"].contains(&self.organisation.sector.as_str()),
            "organisation.sector must be public, private or non_profit"
        );
        anyhow::ensure!(self.dso.email.contains('@'), "dso.email must be an e-mail address");
        for (name, expr) in [("dso", &self.digests.dso), ("manager", &self.digests.manager), ("quarterly", &self.digests.quarterly)] {
            if !expr.trim().is_empty() {
                expr.parse::<cron::Schedule>().map_err(|e| anyhow::anyhow!("digests.{name}: not a cron expression ({e})"))?;
            }
        }
        if let Some(email) = &self.email {
            email.validate()?;
        }
        self.web.validate(self.email.is_some())?;
        if let Some(teams) = &self.teams {
            anyhow::ensure!(self.web.enabled, "[teams] needs the web server: its endpoint is {} on it", teams.path);
            anyhow::ensure!(!teams.app_id.trim().is_empty(), "teams.app_id: the bot's Microsoft app id");
            anyhow::ensure!(teams.path.starts_with('/'), "teams.path must start with /");
        }
        Ok(())
    }

    /// An employee's address: in one of the organisation's internal domains (or a subdomain).
    pub fn is_internal(&self, address: &str) -> bool {
        in_domains(&self.organisation.internal_domains, address)
    }

    /// The unit a reporter belongs to: the first whose member patterns match the address.
    pub fn unit_of(&self, address: &str) -> Option<&Unit> {
        let address = address.trim().to_lowercase();
        self.units.iter().find(|u| {
            u.members.iter().any(|m| {
                let m = m.trim().to_lowercase();
                if m.starts_with('@') && !m.contains(':') { address.ends_with(&m) } else { address == m }
            })
        })
    }

    /// The DSO as the party to write to on a channel: their chat id on chat channels when known.
    pub fn dso_on(&self, channel: Channel) -> Party {
        person_on(&self.dso, channel)
    }

    pub fn manager_of(&self, reporter: &Party) -> Option<(String, Party)> {
        self.unit_of(&reporter.address).map(|u| (u.name.clone(), person_on(&u.manager, reporter.channel)))
    }

    /// The Teams id configured for the person with this e-mail address (the DSO, a manager).
    pub fn teams_id_of(&self, address: &str) -> Option<String> {
        std::iter::once(&self.dso).chain(self.units.iter().map(|u| &u.manager)).find(|p| p.email.eq_ignore_ascii_case(address)).and_then(|p| p.teams.clone())
    }

    /// Who is allowed to answer as the DSO: their address on every channel.
    pub fn is_dso(&self, address: &str) -> bool {
        address.eq_ignore_ascii_case(&self.dso.email) || self.dso.chat.as_deref() == Some(address)
    }

    pub fn org(&self, channel: Channel) -> Org {
        let o = &self.organisation;
        let text = |s: &str| Value::Text(s.to_owned());
        let mut configured = vec![("org_name".to_owned(), text(&o.name)), ("sector".to_owned(), Value::Enum(o.sector.clone()))];
        let optional = [
            ("org_number", o.org_number.as_deref()),
            ("contact_name", Some(self.dso.name.as_str())),
            ("contact_role", self.dso.role.as_deref()),
            ("contact_email", Some(self.dso.email.as_str())),
            ("contact_phone", self.dso.phone.as_deref()),
        ];
        configured.extend(optional.into_iter().filter_map(|(k, v)| v.map(|v| (k.to_owned(), text(v)))));
        Org { tz: o.time_zone, cal: self.calendar, default_lang: o.language, dso: self.dso_on(channel), configured }
    }
}

/// True when an e-mail address is in one of the domains (or a subdomain of one).
pub fn in_domains(domains: &[String], address: &str) -> bool {
    let Some((_, domain)) = address.trim().rsplit_once('@') else { return false };
    let domain = domain.to_lowercase();
    domains.iter().any(|d| {
        let d = d.trim().trim_start_matches('@').to_lowercase();
        domain == d || domain.ends_with(&format!(".{d}"))
    })
}

fn person_on(p: &Person, channel: Channel) -> Party {
    match (channel, &p.chat) {
        // Teams knows people by their e-mail address; the bot reaches those it can find there.
        (Channel::Teams, _) if p.teams.is_some() => Party { address: p.email.to_lowercase(), channel: Channel::Teams },
        (Channel::Teams, _) => Party { address: p.email.clone(), channel: Channel::Email },
        // A web page is only read by whoever opens it: everyone else is reached by mail.
        (Channel::Email | Channel::Web, _) | (_, None) => Party { address: p.email.clone(), channel: Channel::Email },
        // Someone without a Matrix id is reached by mail from a Matrix case.
        (Channel::Matrix, Some(chat)) if !is_matrix_id(chat) => Party { address: p.email.clone(), channel: Channel::Email },
        (channel, Some(chat)) => Party { address: chat.clone(), channel },
    }
}

/// "@user:server".
fn is_matrix_id(s: &str) -> bool {
    s.starts_with('@') && s.split_once(':').is_some_and(|(u, server)| u.len() > 1 && !server.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_example_configuration_is_valid_and_routes_reporters_to_units() {
        let c = Config::example();
        c.validate().expect("valid");
        assert_eq!(c.unit_of("anna@soc.kommun.example").map(|u| u.name.as_str()), Some("Socialförvaltningen"));
        assert_eq!(c.unit_of("Sara.L@kommun.example").map(|u| u.name.as_str()), Some("Kommunledningsförvaltningen"));
        assert!(c.unit_of("someone@mail.example").is_none());
        assert!(c.is_internal("anna@soc.kommun.example") && c.is_internal("x@KOMMUN.example"));
        assert!(!c.is_internal("anna@kommun.example.evil.org") && !c.is_internal("anna@notkommun.example"));
    }

    #[test]
    fn the_examples_teams_section_is_valid_when_uncommented() {
        let (head, tail) = EXAMPLE.split_once("# [teams]").expect("a [teams] example");
        let section: String = tail.lines().map(|l| l.trim_start_matches("# ")).collect::<Vec<_>>().join("\n");
        let c: Config = toml::from_str(&format!("{head}[teams]{section}")).expect("parses");
        c.validate().expect("valid");
        let t = c.teams.expect("teams");
        assert_eq!((t.path.as_str(), t.app_password_env.as_str()), ("/api/messages", "DSOBOT_TEAMS_APP_PASSWORD"));
        assert!(t.openid_metadata.starts_with("https://login.botframework.com/"));
    }

    #[test]
    fn an_unknown_key_is_an_error_not_silence() {
        let bad = EXAMPLE.replace("[dso]", "[dso]\nemial = \"x\"");
        assert!(toml::from_str::<Config>(&bad).is_err());
    }
}
