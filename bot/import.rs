//! Importing an existing incident register (CSV or XLSX, the columns a municipality's register
//! export has) so that the statistics and the register start complete. Each row becomes a closed
//! incident with its values recorded as given by the import; a row that cannot be read is
//! reported with its number and why, and nothing of it is stored. A row whose case number is
//! stored already is skipped, so an import can be run again.

use std::collections::BTreeMap;

use anyhow::Context;
use chrono::{DateTime, Datelike, Utc};
use serde::Serialize;
use workflows::answer::{self, Answer};
use workflows::catalog::Catalog;
use workflows::model::{Entry, Note};
use workflows::{Case, CaseState, Channel, How, Kind, Lang, Party, Provenance, Value};

use crate::engine::Bot;

/// What an import did, row by row (rows count from 1 at the header).
#[derive(Debug, Default, Serialize)]
pub struct ImportReport {
    pub imported: Vec<String>,
    /// Rows already stored (by case number).
    pub skipped: Vec<(usize, String)>,
    /// Rows not imported, and why.
    pub unreadable: Vec<(usize, String)>,
    /// Imported rows with a value that could not be read: kept as a note on the case.
    pub notes: Vec<(usize, String)>,
}

/// The columns the importer knows, by words in their headers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Column {
    Number,
    Title,
    Discovered,
    Description,
    RiskUnlikely,
    Notified,
    Occurred,
    Cause,
    Nature,
}

fn column_of(header: &str) -> Option<Column> {
    let h = header.to_lowercase();
    let has = |w: &str| h.contains(w);
    Some(if has("varför") || has("orsak") || has("cause") {
        Column::Cause
    } else if has("upptäck") || has("discovered") {
        Column::Discovered
    } else if has("inträffade") || has("occurred") {
        Column::Occurred
    } else if has("osannolikt") || has("unlikely") {
        Column::RiskUnlikely
    } else if has("anmäl") || has("tillsynsmyndighet") || has("notified") {
        Column::Notified
    } else if has("beskrivning") || has("description") {
        Column::Description
    } else if has("rubrik") || has("title") {
        Column::Title
    } else if has("typ av incident") || has("art") && !has("part") || has("nature") {
        Column::Nature
    } else if has("ärende") || has("diarienummer") || has("nummer") || has("case") {
        Column::Number
    } else {
        return None;
    })
}

/// A table from a file: rows of cells as text (XLSX dates as "YYYY-MM-DD HH:MM").
pub fn read_table(name: &str, bytes: &[u8]) -> anyhow::Result<Vec<Vec<String>>> {
    let lower = name.to_lowercase();
    if lower.ends_with(".xlsx") || lower.ends_with(".xlsm") || bytes.starts_with(b"PK\x03\x04") {
        return read_xlsx(bytes);
    }
    let text = match std::str::from_utf8(bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(bytes)) {
        Ok(t) => t.to_owned(),
        // Excel's own CSV on Windows: Latin-1 (close enough to Windows-1252 for Swedish letters).
        Err(_) => bytes.iter().map(|&b| b as char).collect(),
    };
    let first = text.lines().next().unwrap_or("");
    let delimiter = if first.matches(';').count() > first.matches(',').count() { b';' } else { b',' };
    let mut r = csv::ReaderBuilder::new().delimiter(delimiter).has_headers(false).flexible(true).from_reader(text.as_bytes());
    let mut rows = Vec::new();
    for rec in r.records() {
        rows.push(rec.context("reading the CSV")?.iter().map(|c| c.trim().to_owned()).collect());
    }
    Ok(rows)
}

fn read_xlsx(bytes: &[u8]) -> anyhow::Result<Vec<Vec<String>>> {
    use calamine::{Data, Reader, Xlsx};
    let mut book: Xlsx<_> = Xlsx::new(std::io::Cursor::new(bytes.to_vec())).context("reading the workbook")?;
    let sheet = book.sheet_names().first().cloned().context("the workbook has no sheet")?;
    let range = book.worksheet_range(&sheet).context("reading the first sheet")?;
    Ok(range
        .rows()
        .map(|row| {
            row.iter()
                .map(|c| match c {
                    Data::DateTime(d) => d.as_datetime().map(|t| t.format("%Y-%m-%d %H:%M").to_string()).unwrap_or_default(),
                    Data::Float(f) if f.fract() == 0.0 => format!("{}", *f as i64),
                    Data::Empty => String::new(),
                    other => other.to_string().trim().to_owned(),
                })
                .collect()
        })
        .collect())
}

/// Imports the rows of a register table (the first row is the header), reporting progress as
/// (rows done, rows in all). One transaction: all the readable rows, or nothing.
/// `actor`: who ran the import (the audit trail names them).
pub async fn import_register(bot: &Bot, rows: &[Vec<String>], source: &str, actor: &str, at: DateTime<Utc>, mut progress: impl FnMut(usize, usize)) -> anyhow::Result<ImportReport> {
    let mut report = ImportReport::default();
    let Some((header, body)) = rows.split_first() else {
        anyhow::bail!("the file is empty");
    };
    let columns: Vec<Option<Column>> = header.iter().map(|h| column_of(h)).collect();
    anyhow::ensure!(
        columns.iter().any(|c| matches!(c, Some(Column::Description) | Some(Column::Title))),
        "no register columns in the header (expected e.g. \"Ärende\", \"Rubrik\", \"Beskrivning\", \"När upptäckte ni incidenten?\")"
    );
    let tz = bot.config.organisation.time_zone;
    let now_local = at.with_timezone(&tz).naive_local();
    let catalog = Catalog::get();
    let def = |id: &str| catalog.field(Kind::Incident, id).expect("a field of the catalog");
    let by = format!("import:{source}");
    let provenance = Provenance { how: How::Edited, by: by.clone(), at, message: None };
    let mut tx = bot.store.begin().await?;
    let mut highest: BTreeMap<(String, i32), i64> = BTreeMap::new();
    for (i, row) in body.iter().enumerate() {
        let line = i + 2;
        progress(i, body.len());
        let cell = |col: Column| columns.iter().position(|c| *c == Some(col)).and_then(|p| row.get(p)).map(|s| s.trim()).filter(|s| !s.is_empty());
        if row.iter().all(|c| c.trim().is_empty()) {
            continue;
        }
        if cell(Column::Description).is_none() && cell(Column::Title).is_none() {
            report.unreadable.push((line, "no title and no description".into()));
            continue;
        }
        let mut fields = BTreeMap::new();
        let mut notes = Vec::new();
        let mut set = |id: &str, v: Value| {
            fields.insert(id.to_owned(), Entry { value: v, provenance: provenance.clone() });
        };
        let parse = |id: &str, text: &str, notes: &mut Vec<Note>| match answer::parse_reply(&[def(id)], text, now_local).into_iter().next() {
            Some(Answer::Value(v)) => Some(v),
            _ => {
                notes.push(Note { field: id.to_owned(), by: by.clone(), at, text: text.to_owned() });
                None
            }
        };
        if let Some(t) = cell(Column::Title) {
            set("title", Value::Text(t.to_owned()));
        }
        if let Some(t) = cell(Column::Description) {
            set("description", Value::Text(t.to_owned()));
        }
        for (col, id) in [(Column::Discovered, "discovered_at"), (Column::Occurred, "occurred_at"), (Column::Cause, "cause"), (Column::Nature, "nature"), (Column::RiskUnlikely, "risk_unlikely")] {
            if let Some(text) = cell(col)
                && let Some(v) = parse(id, text, &mut notes)
            {
                set(id, v);
            }
        }
        if let Some(text) = cell(Column::Notified) {
            // "Ja, 2021-03-02 14:00", "Ja", "Nej", "Nej, ska anmälas".
            let lower = text.to_lowercase();
            let (yes, rest) = match lower.split_once([',', ' ']) {
                Some((w, rest)) => (w.trim(), rest.trim()),
                None => (lower.trim(), ""),
            };
            match yes {
                "ja" | "yes" => {
                    set("notify_authority", Value::Bool(true));
                    if !rest.is_empty()
                        && let Some(v) = parse("authority_notified_at", rest, &mut notes)
                    {
                        set("authority_notified_at", v);
                    }
                }
                "nej" | "no" => set("notify_authority", Value::Bool(false)),
                _ => notes.push(Note { field: "notify_authority".into(), by: by.clone(), at, text: text.to_owned() }),
            }
        }
        // The case's year: when it was discovered (or happened), else the import's.
        let when = |id: &str| match fields.get(id).map(|e| &e.value) {
            Some(Value::When(w)) => Some(workflows::clocks::local_to_utc(tz, *w)),
            _ => None,
        };
        let opened_at = when("discovered_at").or_else(|| when("occurred_at")).unwrap_or(at);
        let year = opened_at.with_timezone(&tz).year();
        let given = cell(Column::Number).map(str::to_owned);
        let ours = given.as_deref().and_then(parse_number).filter(|(p, _, _)| p == "PUI");
        let number = match (&ours, &given) {
            (Some(_), Some(n)) => {
                if tx.load_case(n).await?.is_some() {
                    report.skipped.push((line, n.clone()));
                    continue;
                }
                n.clone()
            }
            // The file's own number is kept as the internal reference: an import run again knows it.
            (None, Some(n)) => {
                if let Some(existing) = tx.case_with_reference(n).await? {
                    report.skipped.push((line, existing));
                    continue;
                }
                tx.next_number(Kind::Incident, year).await?
            }
            _ => tx.next_number(Kind::Incident, year).await?,
        };
        if let Some((prefix, y, seq)) = &ours {
            let e = highest.entry((prefix.clone(), *y)).or_default();
            *e = (*e).max(*seq);
        }
        let mut case = Case {
            number: number.clone(),
            kind: Kind::Incident,
            state: CaseState::Closed,
            lang: Lang::Sv,
            reporter: Party { address: by.clone(), channel: Channel::Email },
            unit: None,
            manager: None,
            dso: bot.config.dso_on(Channel::Email),
            opened_at,
            fields,
            unknown: Default::default(),
            deferred: Default::default(),
            notes,
            pending: vec![],
            last_answered: Default::default(),
            inbound: 0,
            langs: Default::default(),
            snoozed: Default::default(),
        };
        let reference = given.filter(|g| ours.is_none() || g != &number).unwrap_or_else(|| number.clone());
        case.fields.insert("internal_reference".into(), Entry { value: Value::Text(reference), provenance: provenance.clone() });
        for n in &case.notes {
            report.notes.push((line, format!("{}: {:?} could not be read; kept as a note", n.field, n.text)));
        }
        let id = tx.insert_case(&case, at, &bot.derived(&case)).await?;
        tx.record_values(id, None, &case).await?;
        tx.audit(Some(id), at, actor, "imported", &format!("{source}, row {line}")).await?;
        report.imported.push(number);
    }
    for ((prefix, year), seq) in highest {
        tx.raise_counter(&prefix, year, seq).await?;
    }
    tx.commit().await?;
    progress(body.len(), body.len());
    Ok(report)
}

/// "PUI-2021-0004" -> ("PUI", 2021, 4).
fn parse_number(s: &str) -> Option<(String, i32, i64)> {
    let mut parts = s.trim().split('-');
    let (p, y, n) = (parts.next()?, parts.next()?, parts.next()?);
    if parts.next().is_some() || !matches!(p, "PUI" | "DSR") || y.len() != 4 {
        return None;
    }
    Some((p.to_owned(), y.parse().ok()?, n.parse().ok()?))
}

impl crate::store::Tx {
    /// The case whose internal reference (IMY question 4) is `reference`.
    pub async fn case_with_reference(&mut self, reference: &str) -> anyhow::Result<Option<String>> {
        let json = serde_json::Value::String(reference.to_owned()).to_string();
        Ok(sqlx::query_scalar(
            "SELECT c.number FROM field_values v JOIN cases c ON c.id = v.case_id WHERE v.field = 'internal_reference' AND v.value = $1 LIMIT 1",
        )
        .bind(json)
        .fetch_optional(&mut *self.tx)
        .await?)
    }

    /// Makes the next number of a kind and year come after `seq` (numbers imported as they were).
    pub async fn raise_counter(&mut self, prefix: &str, year: i32, seq: i64) -> anyhow::Result<()> {
        sqlx::query(
            "INSERT INTO case_counters (prefix, year, last) VALUES ($1, $2, $3)
             ON CONFLICT (prefix, year) DO UPDATE SET last = CASE WHEN case_counters.last > $3 THEN case_counters.last ELSE $3 END",
        )
        .bind(prefix)
        .bind(i64::from(year))
        .bind(seq)
        .execute(&mut *self.tx)
        .await?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn register_headers_are_known_by_their_words() {
        let cols: Vec<_> = crate::export::REGISTER_COLUMNS.iter().map(|h| column_of(h)).collect();
        assert_eq!(
            cols,
            [
                Some(Column::Number),
                Some(Column::Title),
                Some(Column::Discovered),
                Some(Column::Description),
                Some(Column::RiskUnlikely),
                Some(Column::Notified),
                Some(Column::Occurred),
                Some(Column::Cause)
            ]
        );
    }

    #[test]
    fn csv_with_semicolons_and_a_bom_is_read() {
        let rows = read_table("reg.csv", "\u{feff}Ärende;Rubrik\nPUI-2021-0001;Fel mottagare\n".as_bytes()).unwrap();
        assert_eq!(rows, [vec!["Ärende", "Rubrik"], vec!["PUI-2021-0001", "Fel mottagare"]]);
        assert_eq!(parse_number("PUI-2021-0007"), Some(("PUI".into(), 2021, 7)));
        assert_eq!(parse_number("KS 2021/123"), None);
    }
}
