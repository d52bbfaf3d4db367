//! The calls dsobot makes to the Bot Framework's connector service at an activity's
//! `serviceUrl`: post a message into a conversation, open a one-to-one conversation with someone
//! who has not written yet, look up who wrote. Each carries an access token from the app's
//! client-credentials grant, cached until shortly before it expires.

use std::sync::Arc;

use chrono::{DateTime, Duration, Utc};
use serde::Deserialize;
use serde_json::{Value as Json, json};
use tokio::sync::Mutex;

use super::TeamsConfig;
use crate::clock::Clock;

/// How one call to the connector went wrong.
#[derive(Debug, thiserror::Error)]
pub enum CallError {
    /// Too many requests: try again after this long (the service's `Retry-After`).
    #[error("throttled by the connector service")]
    Throttled(std::time::Duration),
    /// The service could not be reached or had trouble (5xx): worth trying again later.
    #[error("the connector service is unavailable: {0}")]
    Unavailable(String),
    /// Refused for good (4xx): the conversation or the person is not there, not allowed.
    #[error("the connector service refused: {0}")]
    Refused(String),
}

#[derive(Deserialize)]
struct TokenResponse {
    access_token: String,
    #[serde(default)]
    expires_in: Option<i64>,
}

/// Someone in a Teams conversation, as the connector describes them.
#[derive(Debug, Clone, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub struct Member {
    pub id: String,
    #[serde(default)]
    pub aad_object_id: Option<String>,
    #[serde(default)]
    pub email: Option<String>,
    #[serde(default)]
    pub user_principal_name: Option<String>,
}

impl Member {
    /// The address dsobot knows them by: their e-mail address, else their sign-in name.
    pub fn address(&self) -> Option<String> {
        self.email.clone().or_else(|| self.user_principal_name.clone()).map(|a| a.trim().to_lowercase()).filter(|a| a.contains('@'))
    }
}

/// A client of the connector service with the app's cached access token.
pub struct Connector {
    cfg: TeamsConfig,
    http: reqwest::Client,
    clock: Arc<dyn Clock>,
    token: Mutex<Option<(String, DateTime<Utc>)>>,
}

impl Connector {
    pub fn new(cfg: TeamsConfig, http: reqwest::Client, clock: Arc<dyn Clock>) -> Connector {
        Connector { cfg, http, clock, token: Mutex::new(None) }
    }

    /// The app's access token, fetched again five minutes before it runs out.
    async fn token(&self) -> Result<String, CallError> {
        let mut cached = self.token.lock().await;
        let now = self.clock.now();
        if let Some((t, until)) = cached.as_ref()
            && now < *until
        {
            return Ok(t.clone());
        }
        let secret = self.cfg.app_password().map_err(|e| CallError::Refused(e.to_string()))?;
        let form = [("grant_type", "client_credentials"), ("client_id", self.cfg.app_id.as_str()), ("client_secret", secret.as_str()), ("scope", self.cfg.scope.as_str())];
        let res = self.http.post(&self.cfg.token_url).form(&form).send().await.map_err(|e| CallError::Unavailable(kind_of(&e)))?;
        let res = checked(res, self.clock.now())?;
        let body: TokenResponse = res.json().await.map_err(|e| CallError::Unavailable(kind_of(&e)))?;
        let lives = Duration::seconds(body.expires_in.unwrap_or(3600));
        *cached = Some((body.access_token.clone(), now + lives - Duration::minutes(5).min(lives / 2)));
        Ok(body.access_token)
    }

    async fn call(&self, method: reqwest::Method, url: &str, body: Option<&Json>) -> Result<Json, CallError> {
        let token = self.token().await?;
        let mut req = self.http.request(method, url).bearer_auth(token).timeout(std::time::Duration::from_secs(30));
        if let Some(b) = body {
            req = req.json(b);
        }
        let res = req.send().await.map_err(|e| CallError::Unavailable(kind_of(&e)))?;
        if res.status() == reqwest::StatusCode::UNAUTHORIZED {
            // A token revoked or rotated early: the next call fetches a new one.
            *self.token.lock().await = None;
        }
        let res = checked(res, self.clock.now())?;
        let text = res.text().await.map_err(|e| CallError::Unavailable(kind_of(&e)))?;
        Ok(if text.trim().is_empty() { Json::Null } else { serde_json::from_str(&text).unwrap_or(Json::Null) })
    }

    /// Posts an activity into a conversation (a reply in a thread when the id names one);
    /// returns the id the service gave it.
    pub async fn send(&self, service_url: &str, conversation: &str, activity: &Json) -> Result<String, CallError> {
        let url = format!("{}/v3/conversations/{}/activities", base(service_url), encode(conversation));
        let res = self.call(reqwest::Method::POST, &url, Some(activity)).await?;
        Ok(res.get("id").and_then(Json::as_str).unwrap_or_default().to_owned())
    }

    /// Opens (or finds) the one-to-one conversation with a member of the tenant; its id.
    pub async fn open_personal(&self, service_url: &str, member: &str, tenant: Option<&str>) -> Result<String, CallError> {
        let mut body = json!({
            "bot": { "id": format!("28:{}", self.cfg.app_id) },
            "members": [{ "id": member }],
            "isGroup": false,
        });
        if let Some(t) = tenant {
            body["tenantId"] = json!(t);
            body["channelData"] = json!({ "tenant": { "id": t } });
        }
        let url = format!("{}/v3/conversations", base(service_url));
        let res = self.call(reqwest::Method::POST, &url, Some(&body)).await?;
        res.get("id").and_then(Json::as_str).map(str::to_owned).ok_or_else(|| CallError::Refused("no conversation id in the answer".into()))
    }

    /// Who a member of a conversation is (their e-mail address, sign-in name, directory id).
    pub async fn member(&self, service_url: &str, conversation: &str, member: &str) -> Result<Member, CallError> {
        let url = format!("{}/v3/conversations/{}/members/{}", base(service_url), encode(conversation), encode(member));
        let res = self.call(reqwest::Method::GET, &url, None).await?;
        serde_json::from_value(res).map_err(|e| CallError::Refused(format!("a member that cannot be read: {e}")))
    }
}

fn checked(res: reqwest::Response, now: DateTime<Utc>) -> Result<reqwest::Response, CallError> {
    let status = res.status();
    if status.is_success() {
        return Ok(res);
    }
    if status == reqwest::StatusCode::TOO_MANY_REQUESTS {
        let after = res.headers().get(reqwest::header::RETRY_AFTER).and_then(|v| v.to_str().ok()).and_then(|v| retry_after(v, now)).unwrap_or(5);
        return Err(CallError::Throttled(std::time::Duration::from_secs(after.clamp(1, 3600))));
    }
    // The body may repeat what was sent: only the status is kept.
    if status.is_server_error() || status == reqwest::StatusCode::REQUEST_TIMEOUT || status == reqwest::StatusCode::UNAUTHORIZED {
        return Err(CallError::Unavailable(format!("HTTP {}", status.as_u16())));
    }
    Err(CallError::Refused(format!("HTTP {}", status.as_u16())))
}

/// `Retry-After` in seconds: a number of seconds, or an HTTP date.
fn retry_after(v: &str, now: DateTime<Utc>) -> Option<u64> {
    let v = v.trim();
    if let Ok(n) = v.parse::<u64>() {
        return Some(n);
    }
    let at = chrono::DateTime::parse_from_rfc2822(v).ok()?;
    Some((at.to_utc() - now).num_seconds().max(0) as u64)
}

/// A reqwest error by its kind, without the URL (it names conversations).
fn kind_of(e: &reqwest::Error) -> String {
    let kind = if e.is_timeout() {
        "timed out"
    } else if e.is_connect() {
        "could not connect"
    } else if e.is_decode() {
        "an answer that cannot be read"
    } else {
        "a transport error"
    };
    kind.to_owned()
}

fn base(service_url: &str) -> &str {
    service_url.trim_end_matches('/')
}

/// A conversation or member id as one path segment (`19:…@thread.tacv2;messageid=…`).
fn encode(segment: &str) -> String {
    form_urlencoded::byte_serialize(segment.as_bytes()).collect::<String>().replace('+', "%20")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn retry_after_is_seconds_or_a_date() {
        let now = DateTime::parse_from_rfc3339("2026-12-03T10:00:00Z").unwrap().to_utc();
        assert_eq!(retry_after(" 7 ", now), Some(7));
        assert_eq!(retry_after("Sun, 06 Nov 1994 08:49:37 GMT", now), Some(0), "a date passed");
        assert_eq!(retry_after("Thu, 03 Dec 2026 10:01:30 GMT", now), Some(90));
        assert_eq!(retry_after("soon", now), None);
    }

    #[test]
    fn ids_are_one_path_segment() {
        assert_eq!(encode("19:abc@thread.tacv2;messageid=123"), "19%3Aabc%40thread.tacv2%3Bmessageid%3D123");
        assert_eq!(encode("a b/c"), "a%20b%2Fc");
    }

    #[test]
    fn a_member_is_known_by_their_mail_address_in_lower_case() {
        let m: Member = serde_json::from_value(json!({"id": "29:1", "aadObjectId": "x", "email": "Anna@Soc.Kommun.example", "userPrincipalName": "anna@kommun.example"})).unwrap();
        assert_eq!(m.address().as_deref(), Some("anna@soc.kommun.example"));
        let m: Member = serde_json::from_value(json!({"id": "29:1", "userPrincipalName": "anna@kommun.example"})).unwrap();
        assert_eq!(m.address().as_deref(), Some("anna@kommun.example"));
        let m: Member = serde_json::from_value(json!({"id": "29:1"})).unwrap();
        assert_eq!(m.address(), None);
    }
}
