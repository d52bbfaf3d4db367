//! Field values in the JSON forms of `fields.md`, typed.

use std::fmt;

use serde::{Deserialize, Serialize};
use serde_json::{Value as Json, json};

use crate::catalog::FieldType;
pub use crate::when::When;

/// IMY's bands for counts the reporter cannot give exactly.
pub const BANDS: [(u64, Option<u64>); 6] = [
    (1, Some(10)),
    (11, Some(100)),
    (101, Some(1000)),
    (1001, Some(10000)),
    (10001, Some(100000)),
    (100001, None),
];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Count {
    Exact(u64),
    Approx(u64),
    /// Index into [`BANDS`].
    Range(usize),
}

impl Count {
    pub fn band_of(n: u64) -> usize {
        BANDS
            .iter()
            .position(|(lo, hi)| n >= *lo && hi.is_none_or(|h| n <= h))
            .unwrap_or(0)
    }

    pub fn band_label(i: usize) -> String {
        match BANDS.get(i) {
            Some((lo, Some(hi))) => format!("{lo}-{hi}"),
            Some((lo, None)) => format!("{lo}+"),
            None => String::new(),
        }
    }

    pub fn parse_band(s: &str) -> Option<usize> {
        (0..BANDS.len()).find(|i| Self::band_label(*i) == s.trim())
    }

    /// A number to compare and sum with: the exact or approximate count, or a band's lower bound.
    pub fn magnitude(&self) -> u64 {
        match self {
            Count::Exact(n) | Count::Approx(n) => *n,
            Count::Range(i) => BANDS.get(*i).map_or(0, |b| b.0),
        }
    }
}

/// One action taken after the incident (IMY question 30).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Action {
    pub at: String,
    pub text: String,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    When(When),
    Bool(bool),
    Count(Count),
    Enum(String),
    Set(Vec<String>),
    Text(String),
    TextList(Vec<String>),
    Actions(Vec<Action>),
}

#[derive(Debug, thiserror::Error)]
#[error("a {expected} value was expected, not {got}")]
pub struct ValueError {
    expected: &'static str,
    got: String,
}

impl Value {
    pub fn to_json(&self) -> Json {
        match self {
            Value::When(w) => Json::String(w.to_field_string()),
            Value::Bool(b) => Json::Bool(*b),
            Value::Count(Count::Exact(n)) => json!({ "exact": n }),
            Value::Count(Count::Approx(n)) => json!({ "approx": n }),
            Value::Count(Count::Range(i)) => json!({ "range": Count::band_label(*i) }),
            Value::Enum(s) | Value::Text(s) => Json::String(s.clone()),
            Value::Set(v) | Value::TextList(v) => json!(v),
            Value::Actions(a) => json!(a),
        }
    }

    /// Reads a value of the given type from its JSON form (the store, an edit from the DSO).
    pub fn from_json(ty: FieldType, j: &Json) -> Result<Value, ValueError> {
        let err = |expected| ValueError { expected, got: j.to_string() };
        match ty {
            FieldType::DateTime => j
                .as_str()
                .and_then(When::parse_field)
                .map(Value::When)
                .ok_or_else(|| err("date")),
            FieldType::Bool => j.as_bool().map(Value::Bool).ok_or_else(|| err("yes/no")),
            FieldType::Count => {
                let n = |k: &str| j.get(k).and_then(Json::as_u64);
                if let Some(v) = n("exact") {
                    Ok(Value::Count(Count::Exact(v)))
                } else if let Some(v) = n("approx") {
                    Ok(Value::Count(Count::Approx(v)))
                } else {
                    j.get("range")
                        .and_then(Json::as_str)
                        .and_then(Count::parse_band)
                        .map(|i| Value::Count(Count::Range(i)))
                        .ok_or_else(|| err("count"))
                }
            }
            FieldType::Enum => j.as_str().map(|s| Value::Enum(s.to_owned())).ok_or_else(|| err("option")),
            FieldType::Text => j.as_str().map(|s| Value::Text(s.to_owned())).ok_or_else(|| err("text")),
            FieldType::Set | FieldType::TextList => {
                let items: Option<Vec<String>> =
                    j.as_array().map(|a| a.iter().filter_map(|v| v.as_str().map(str::to_owned)).collect());
                match (ty, items) {
                    (FieldType::Set, Some(v)) => Ok(Value::Set(v)),
                    (_, Some(v)) => Ok(Value::TextList(v)),
                    _ => Err(err("list")),
                }
            }
            FieldType::Actions => serde_json::from_value(j.clone())
                .map(Value::Actions)
                .map_err(|_| err("list of actions")),
        }
    }
}

impl fmt::Display for Value {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Value::Enum(s) | Value::Text(s) => f.write_str(s),
            other => write!(f, "{}", other.to_json()),
        }
    }
}
