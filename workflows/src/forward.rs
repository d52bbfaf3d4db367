//! The marks of a forwarded or quoted mail inside a message: the e-mail channel uses them to cut a
//! reply's quoted history, extraction to tell the writer's own lines from the mail they forward.

/// Header names of a forwarded or quoted mail's sending time ("Skickat: fredag 8 maj 2026 13:12").
pub const SENT_HEADERS: &[&str] = &["skickat:", "sent:", "datum:", "date:"];

/// Header names of its sender.
pub const FROM_HEADERS: &[&str] = &["från:", "from:"];

/// A line as a header reads it: quote marks and indentation before it dropped.
pub fn unquoted(line: &str) -> &str {
    line.trim_start_matches(|c: char| c == '>' || c.is_whitespace())
}

/// Whether `s` starts with `prefix` (lowercase) whatever the case of `s`, without copying it.
fn starts_with_ci(s: &str, prefix: &str) -> bool {
    let mut chars = s.chars().flat_map(char::to_lowercase);
    prefix.chars().all(|p| chars.next() == Some(p))
}

/// Whether `line` starts with one of `names` (lowercase), whatever its case.
pub fn starts_with_any(line: &str, names: &[&str]) -> bool {
    names.iter().any(|n| starts_with_ci(line, n))
}

/// The header of a sending time, and what follows the name: `Some(" fredag 8 maj 2026 13:12")`.
pub fn sent_header(line: &str) -> Option<&str> {
    let l = unquoted(line);
    SENT_HEADERS.iter().find(|h| l.get(..h.len()).is_some_and(|p| p.eq_ignore_ascii_case(h))).map(|h| &l[h.len()..])
}

/// "---------- Forwarded message ---------", "Vidarebefordrat meddelande": a forwarded mail
/// follows, headers and all.
pub fn is_forward_marker(line: &str) -> bool {
    starts_with_any(line.trim().trim_matches('-').trim(), &[
        "forwarded message",
        "vidarebefordrat meddelande",
        "begin forwarded message",
        "vidarebefordrat e-postmeddelande",
        "weitergeleitete nachricht",
    ])
}

/// "-----Original Message-----", "-----Ursprungligt meddelande-----": a quoted mail follows.
pub fn is_original_marker(line: &str) -> bool {
    starts_with_any(line.trim(), &[
        "-----original message",
        "-----ursprungligt meddelande",
        "-----originalmeddelande",
        "----- original message",
    ])
}
