//! Who may post to the messaging endpoint: every request carries a token the Bot Framework
//! signed. It is checked as Microsoft documents: the signing key from the OpenID metadata's key
//! set (cached, fetched again for a key id it does not know, at most once a minute), RS256 only,
//! the issuer, the audience (the bot's app id), expiry and not-before with five minutes' skew
//! (on the injected clock), the `serviceUrl` claim against the activity's, and the key's
//! endorsements against the activity's channel (a key endorsed for no channel is refused).

use std::collections::HashMap;
use std::sync::Arc;

use chrono::{DateTime, Duration, Utc};
use jsonwebtoken::{Algorithm, DecodingKey, Validation};
use serde::Deserialize;
use tokio::sync::Mutex;
use tracing::{info, warn};

use super::TeamsConfig;
use crate::clock::Clock;

/// How far apart our clock and the issuer's may be.
const SKEW: Duration = Duration::minutes(5);
/// An unknown key id fetches the key set again, but no more often than this.
const REFETCH_AFTER: Duration = Duration::minutes(1);
/// Keys are fetched again this long after they were fetched, whatever happens.
const KEYS_LIVE: Duration = Duration::hours(24);

/// Why a request is refused (401). Said in the log by kind only: tokens are secrets.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum Refused {
    #[error("no bearer token")]
    NoToken,
    #[error("the token cannot be read")]
    Malformed,
    #[error("the token is not signed with RS256")]
    Algorithm,
    #[error("the token's key is not among the issuer's keys")]
    UnknownKey,
    #[error("the token's signature, issuer or audience is wrong: {0}")]
    Invalid(String),
    #[error("the token has expired or is not yet valid")]
    Expired,
    #[error("the token was issued for another service URL")]
    ServiceUrl,
    #[error("the key is not endorsed for this channel")]
    Endorsement,
    #[error("the issuer's keys could not be fetched: {0}")]
    Keys(String),
}

#[derive(Debug, Deserialize)]
struct Claims {
    exp: i64,
    #[serde(default)]
    nbf: Option<i64>,
    #[serde(default, rename = "serviceurl")]
    service_url_lower: Option<String>,
    #[serde(default, rename = "serviceUrl")]
    service_url: Option<String>,
}

struct Key {
    decoding: DecodingKey,
    endorsements: Vec<String>,
}

#[derive(Default)]
struct KeySet {
    keys: HashMap<String, Arc<Key>>,
    fetched_at: Option<DateTime<Utc>>,
}

#[derive(Deserialize)]
struct Metadata {
    jwks_uri: String,
}

#[derive(Deserialize)]
struct Jwks {
    keys: Vec<Jwk>,
}

#[derive(Deserialize)]
struct Jwk {
    #[serde(default)]
    kid: Option<String>,
    kty: String,
    #[serde(default)]
    n: Option<String>,
    #[serde(default)]
    e: Option<String>,
    #[serde(default)]
    endorsements: Vec<String>,
}

/// The checker of incoming tokens, with the issuer's keys it has fetched.
pub struct Verifier {
    cfg: TeamsConfig,
    http: reqwest::Client,
    clock: Arc<dyn Clock>,
    keys: Mutex<KeySet>,
    /// Held while the key set is fetched.
    fetching: Mutex<()>,
}

impl Verifier {
    pub fn new(cfg: TeamsConfig, http: reqwest::Client, clock: Arc<dyn Clock>) -> Verifier {
        Verifier { cfg, http, clock, keys: Mutex::new(KeySet::default()), fetching: Mutex::new(()) }
    }

    /// Checks the `Authorization` header of a request carrying an activity from `service_url`
    /// on `channel` ("msteams").
    pub async fn check(&self, authorization: Option<&str>, service_url: &str, channel: &str) -> Result<(), Refused> {
        let token = authorization.and_then(|h| h.strip_prefix("Bearer ").or_else(|| h.strip_prefix("bearer "))).map(str::trim).filter(|t| !t.is_empty()).ok_or(Refused::NoToken)?;
        let header = jsonwebtoken::decode_header(token).map_err(|_| Refused::Malformed)?;
        if header.alg != Algorithm::RS256 {
            return Err(Refused::Algorithm);
        }
        let kid = header.kid.ok_or(Refused::UnknownKey)?;
        let key = self.key(&kid).await?;
        let mut validation = Validation::new(Algorithm::RS256);
        validation.set_audience(&[&self.cfg.app_id]);
        validation.set_issuer(&[&self.cfg.issuer]);
        // Expiry is checked below against the injected clock, with Microsoft's skew.
        validation.validate_exp = false;
        validation.validate_nbf = false;
        validation.set_required_spec_claims(&["exp", "iss", "aud"]);
        let claims = jsonwebtoken::decode::<Claims>(token, &key.decoding, &validation).map_err(|e| Refused::Invalid(format!("{:?}", e.kind())))?.claims;
        let now = self.clock.now().timestamp();
        if now > claims.exp + SKEW.num_seconds() || claims.nbf.is_some_and(|nbf| now + SKEW.num_seconds() < nbf) {
            return Err(Refused::Expired);
        }
        let claimed = claims.service_url.or(claims.service_url_lower).ok_or(Refused::ServiceUrl)?;
        if !same_url(&claimed, service_url) {
            return Err(Refused::ServiceUrl);
        }
        if !key.endorsements.iter().any(|e| e == channel) {
            return Err(Refused::Endorsement);
        }
        Ok(())
    }

    /// The key with this id: from the cache, or from the issuer when it is not there (a key
    /// rotation) and the keys were not fetched within the last minute. The fetch runs outside the
    /// cache's lock: requests whose key is known never wait for it.
    async fn key(&self, kid: &str) -> Result<Arc<Key>, Refused> {
        let due = |set: &KeySet, now: DateTime<Utc>| {
            let stale = set.fetched_at.is_none_or(|at| now - at > KEYS_LIVE);
            (stale, stale || set.fetched_at.is_none_or(|at| now - at >= REFETCH_AFTER))
        };
        {
            let set = self.keys.lock().await;
            let (stale, fetch) = due(&set, self.clock.now());
            match set.keys.get(kid) {
                Some(k) if !stale => return Ok(k.clone()),
                None if !fetch => return Err(Refused::UnknownKey),
                _ => {}
            }
        }
        // One fetch at a time; whoever waited for it looks again first.
        let _fetching = self.fetching.lock().await;
        let now = self.clock.now();
        {
            let set = self.keys.lock().await;
            let (stale, fetch) = due(&set, now);
            match set.keys.get(kid) {
                Some(k) if !stale => return Ok(k.clone()),
                None if !fetch => return Err(Refused::UnknownKey),
                _ => {}
            }
        }
        let fetched = self.fetch().await;
        let mut set = self.keys.lock().await;
        match fetched {
            Ok(keys) => {
                info!(keys = keys.len(), "teams: signing keys fetched");
                *set = KeySet { keys, fetched_at: Some(now) };
            }
            // Keys fetched before stay good for a failed refresh, tried again in a minute.
            Err(e) if !set.keys.is_empty() => {
                warn!(error = %e, "teams: fetching the signing keys failed; the ones known are kept");
                set.fetched_at = Some(now - KEYS_LIVE + REFETCH_AFTER);
            }
            Err(e) => return Err(Refused::Keys(e.to_string())),
        }
        set.keys.get(kid).cloned().ok_or(Refused::UnknownKey)
    }

    async fn fetch(&self) -> anyhow::Result<HashMap<String, Arc<Key>>> {
        let meta: Metadata = self.http.get(&self.cfg.openid_metadata).send().await?.error_for_status()?.json().await?;
        let jwks: Jwks = self.http.get(&meta.jwks_uri).send().await?.error_for_status()?.json().await?;
        let mut keys = HashMap::new();
        for k in jwks.keys {
            let (Some(kid), Some(n), Some(e)) = (k.kid, k.n, k.e) else { continue };
            if k.kty != "RSA" {
                continue;
            }
            match DecodingKey::from_rsa_components(&n, &e) {
                Ok(decoding) => {
                    keys.insert(kid, Arc::new(Key { decoding, endorsements: k.endorsements }));
                }
                Err(e) => warn!(error = %e, "teams: a signing key that cannot be read is skipped"),
            }
        }
        anyhow::ensure!(!keys.is_empty(), "the key set has no RSA key");
        Ok(keys)
    }
}

/// Two service URLs name the same service (case and a trailing slash aside).
pub fn same_url(a: &str, b: &str) -> bool {
    a.trim_end_matches('/').eq_ignore_ascii_case(b.trim_end_matches('/'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn service_urls_compare_without_their_trailing_slash() {
        assert!(same_url("https://smba.trafficmanager.net/emea/", "https://smba.trafficmanager.net/emea"));
        assert!(!same_url("https://smba.trafficmanager.net/emea/", "https://evil.example/emea/"));
    }
}
