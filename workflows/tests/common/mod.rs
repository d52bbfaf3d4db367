//! What the corpus tests share: scoring as `../shared/tools/corpus_check.py` scores.

use serde_json::Value as Json;

/// `corpus_check.py`'s `same()`.
pub fn same(field: &str, want: &Json, got: &Json) -> bool {
    if got.is_null() {
        return false;
    }
    if field.ends_with("_at") {
        let (w, g) = (want.as_str().unwrap_or_default(), got.as_str().unwrap_or_default());
        let prefix = |s: &str, n: usize| s.get(..n).unwrap_or(s).to_owned();
        return prefix(g, 10) == prefix(w, 10) && (w.len() == 10 || g.len() == 10 || prefix(g, 16) == prefix(w, 16));
    }
    if let Some(w) = want.as_array() {
        return got.as_array().is_some_and(|g| w.iter().all(|x| g.contains(x)));
    }
    if let Some(w) = want.as_object() {
        let Some(g) = got.as_object() else { return false };
        let n = g.get("exact").or_else(|| g.get("approx")).and_then(Json::as_f64);
        if let Some(r) = w.get("range").and_then(Json::as_str) {
            let (lo, hi) = r.trim_end_matches('+').split_once('-').unwrap_or((r.trim_end_matches('+'), ""));
            let lo: f64 = lo.parse().unwrap_or(0.0);
            let hi: f64 = hi.parse().unwrap_or(f64::INFINITY);
            return g.get("range").and_then(Json::as_str) == Some(r) || n.is_some_and(|n| lo <= n && n <= hi);
        }
        let want_n = w.get("exact").or_else(|| w.get("approx")).and_then(Json::as_f64);
        return n.is_some() && n == want_n;
    }
    want == got
}
