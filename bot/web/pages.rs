//! The pages: minijinja templates in `templates/web/` (HTML, escaped by default) and their words
//! in Swedish and English (`templates/web/strings.toml`), passed to every page as `t`.

use std::collections::BTreeMap;

use anyhow::Context;
use minijinja::{Environment, Value, context};
use workflows::Lang;

use super::auth::Role;
use super::auth::Visit;
use crate::config::Config;

const PAGES: &[(&str, &str)] = &[
    ("base.html", include_str!("../../templates/web/base.html")),
    ("start.html", include_str!("../../templates/web/start.html")),
    ("conversation.html", include_str!("../../templates/web/conversation.html")),
    ("login.html", include_str!("../../templates/web/login.html")),
    ("cases.html", include_str!("../../templates/web/cases.html")),
    ("case.html", include_str!("../../templates/web/case.html")),
    ("link_sent.html", include_str!("../../templates/web/link_sent.html")),
    ("statistics.html", include_str!("../../templates/web/statistics.html")),
    ("import.html", include_str!("../../templates/web/import.html")),
    ("_bars.html", include_str!("../../templates/_bars.html")),
];

const STRINGS: &str = include_str!("../../templates/web/strings.toml");

pub struct Pages {
    env: Environment<'static>,
    strings: BTreeMap<String, BTreeMap<String, String>>,
    org: String,
}

impl Pages {
    pub fn new(config: &Config) -> anyhow::Result<Pages> {
        let mut env = Environment::new();
        for (name, text) in PAGES {
            env.add_template(name, text).with_context(|| format!("template web/{name}"))?;
        }
        let strings: BTreeMap<String, BTreeMap<String, String>> = toml::from_str(STRINGS).context("templates/web/strings.toml")?;
        anyhow::ensure!(strings.contains_key("sv") && strings.contains_key("en"), "strings.toml needs [sv] and [en]");
        for k in strings["sv"].keys() {
            anyhow::ensure!(strings["en"].contains_key(k), "strings.toml: {k} has no English text");
        }
        Ok(Pages { env, strings, org: config.organisation.name.clone() })
    }

    /// A page in the visitor's language, with who they are for the header.
    pub fn render(&self, name: &str, visit: &Visit, ctx: Value) -> anyhow::Result<String> {
        let lang = lang_code(visit.lang);
        let me = visit.session.as_ref().map(|s| {
            context! {
                login => s.login(),
                role => s.role().as_str(),
                staff => s.role() != Role::Reporter,
                csrf => &s.csrf,
            }
        });
        let base = context! { t => &self.strings[lang], lang, org => &self.org, me };
        let template = self.env.get_template(name)?;
        Ok(template.render(context! { ..base, ..ctx })?)
    }

    pub fn text(&self, lang: Lang, key: &str) -> String {
        self.strings[lang_code(lang)].get(key).cloned().unwrap_or_else(|| key.to_owned())
    }
}

pub fn lang_code(lang: Lang) -> &'static str {
    match lang {
        Lang::Sv => "sv",
        Lang::En => "en",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_page_parses_and_every_word_is_in_both_languages() {
        Pages::new(&Config::example()).expect("pages");
    }
}
