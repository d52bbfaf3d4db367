//! The command line as a DSO and a script use it: the real binary on a SQLite file.

use std::io::Write;
use std::process::{Command, Output, Stdio};

fn dsobot(args: &[&str], stdin: &str) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_dsobot"))
        .args(args)
        .env_remove("DSOBOT_DATABASE_URL")
        .env_remove("DSOBOT_CONFIG")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run dsobot");
    child.stdin.take().expect("stdin").write_all(stdin.as_bytes()).expect("write stdin");
    child.wait_with_output().expect("dsobot finishes")
}

fn ok(out: Output) -> String {
    assert!(out.status.success(), "dsobot failed: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).expect("UTF-8 output")
}

#[test]
fn extract_prints_kind_fields_unknown_and_missing_in_ask_order() {
    let out = ok(dsobot(
        &["extract", "--json", "--at", "2026-09-15T14:02:00+02:00", "--subject", "Massutskick utan dold kopia"],
        "Jag råkade missa att sätta mottagarna som dold kopia vid ett massutskick till allmänheten idag kl 13.30. Ungefär 120 mottagare kan se varandras e-postadresser.",
    ));
    let j: serde_json::Value = serde_json::from_str(&out).expect("JSON");
    assert_eq!(j["kind"], "incident");
    assert_eq!(j["fields"]["occurred_at"], "2026-09-15T13:30");
    assert_eq!(j["fields"]["data_subjects_count"], serde_json::json!({"approx": 120}));
    let missing: Vec<&str> = j["missing"].as_array().expect("missing").iter().filter_map(|v| v.as_str()).collect();
    assert!(!missing.contains(&"occurred_at") && !missing.contains(&"org_name"), "{missing:?}");
    assert!(missing.contains(&"discovered_at") || j["fields"]["discovered_at"].is_string());
    assert!(j["unknown"].is_array());
}

#[test]
fn a_conversation_on_a_file_database_can_be_listed_shown_exported_and_registered() {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = format!("sqlite://{}", dir.path().join("cases.sqlite3").display());
    let lines = [
        r#"{"at": "2026-03-10T09:12:00+01:00", "from": "sara.l@kommun.example", "channel": "email", "subject": "Journal till fel mottagare", "text": "Jag skickade av misstag ett mejl med en klients journalanteckningar till fel mottagare igår eftermiddag vid tretiden. Märkte det i morse."}"#,
        r#"{"at": "2026-03-10T09:20:00+01:00", "from": "sara.l@kommun.example", "channel": "email", "text": "vet inte"}"#,
    ];
    let out = ok(dsobot(&["console", "--jsonl", "--db", &db], &(lines.join("\n") + "\n")));
    assert_eq!(out.lines().count(), 2);

    let list = ok(dsobot(&["cases", "list", "--db", &db], ""));
    assert!(list.contains("PUI-2026-0001"), "{list}");

    let show = ok(dsobot(&["cases", "show", "PUI-2026-0001", "--db", &db], ""));
    assert!(show.contains("Vad har hänt vid incidenten?") && show.contains("extracted av sara.l@kommun.example"), "{show}");

    let json = ok(dsobot(&["cases", "show", "PUI-2026-0001", "--json", "--db", &db], ""));
    let j: serde_json::Value = serde_json::from_str(&json).expect("JSON");
    assert_eq!(j["provenance"]["org_name"]["how"], "configured");

    let imy = ok(dsobot(&["cases", "export", "PUI-2026-0001", "--format", "imy", "--db", &db], ""));
    for q in ["1. Organisationens namn *", "11. När upptäckte ni incidenten? *", "15. Vad har hänt vid incidenten? *", "Obehörigt röjande"] {
        assert!(imy.contains(q), "IMY form lacks {q:?}:\n{imy}");
    }
    let first = imy.find("1. Organisationens namn").expect("q1");
    let fifteenth = imy.find("15. Vad har hänt").expect("q15");
    assert!(first < fifteenth, "questions in IMY's order");

    let csv = ok(dsobot(&["register", "--format", "csv", "--db", &db], ""));
    let mut rows = csv::Reader::from_reader(csv.as_bytes());
    let headers = rows.headers().expect("headers").clone();
    assert_eq!(&headers[1], "Rubrik");
    assert_eq!(&headers[2], "När upptäckte ni incidenten?");
    let records: Vec<_> = rows.records().collect::<Result<_, _>>().expect("rows");
    assert_eq!(records.len(), 1);
    assert_eq!(&records[0][1], "Journal till fel mottagare");
    assert_eq!(&records[0][7], "Mänskliga faktorn: fel i det enskilda fallet");

    let closed = ok(dsobot(&["cases", "close", "PUI-2026-0001", "--db", &db], ""));
    assert!(closed.contains("closed"));
}

#[test]
fn an_unknown_case_is_a_clear_error() {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = format!("sqlite://{}", dir.path().join("x.sqlite3").display());
    let out = dsobot(&["cases", "show", "PUI-2026-0999", "--db", &db], "");
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("there is no case PUI-2026-0999"));
}

#[test]
fn deadlines_list_running_clocks_nearest_first_and_a_recorded_notification_stops_one() {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = format!("sqlite://{}", dir.path().join("clocks.sqlite3").display());
    let lines = [
        r#"{"at": "2026-03-10T09:12:00+01:00", "from": "sara.l@kommun.example", "channel": "email", "text": "Jag upptäckte idag kl 08.00 att ett mejl med en klients journal gick till fel mottagare."}"#,
        r#"{"at": "2026-03-03T10:00:00+01:00", "from": "medborgare@mail.example", "channel": "email", "text": "Jag vill begära ett registerutdrag."}"#,
    ];
    ok(dsobot(&["console", "--jsonl", "--db", &db], &(lines.join("\n") + "\n")));
    let list: serde_json::Value = serde_json::from_str(&ok(dsobot(&["deadlines", "--json", "--db", &db], ""))).expect("JSON");
    let rows: Vec<(String, String)> = list
        .as_array()
        .expect("array")
        .iter()
        .map(|r| (r["case"].as_str().unwrap_or("").to_owned(), r["due"].as_str().unwrap_or("").to_owned()))
        .collect();
    // 10 March 08:00 + 72 h, and 3 March + one month moved past Good Friday and Easter Monday.
    assert_eq!(rows, vec![("PUI-2026-0001".into(), "2026-03-13T08:00".into()), ("DSR-2026-0001".into(), "2026-04-07T23:59".into())]);
    let text = ok(dsobot(&["deadlines", "--db", &db], ""));
    assert!(text.contains("anmälan till IMY") && text.contains("svar till den registrerade"), "{text}");

    let recorded = ok(dsobot(&["cases", "notified", "PUI-2026-0001", "--at", "2026-03-12 15:00", "--db", &db], ""));
    assert!(recorded.contains("Registrerat") && !recorded.contains("fråga 14"), "{recorded}");
    let list: serde_json::Value = serde_json::from_str(&ok(dsobot(&["deadlines", "--json", "--db", &db], ""))).expect("JSON");
    assert_eq!(list.as_array().map(Vec::len), Some(1), "{list}");
    let show = ok(dsobot(&["cases", "show", "PUI-2026-0001", "--db", &db], ""));
    assert!(show.contains("Frist: anmälan till IMY 2026-03-13 08:00 (uppfylld)"), "{show}");
    let bad = dsobot(&["cases", "notified", "PUI-2026-0001", "--at", "i tisdags", "--db", &db], "");
    assert!(!bad.status.success() && String::from_utf8_lossy(&bad.stderr).contains("not a time"));
}

/// A municipality's register export: the Swedish register columns, semicolons, a header row.
const REGISTER: &str = "Ärende;Rubrik;När upptäckte ni incidenten?;Beskrivning;Är det osannolikt att incidenten medfört en risk för de registrerades fri- och rättigheter?;Har incidenten anmälts till en tillsynsmyndighet?;När inträffade incidenten?;Varför inträffade incidenten enligt er uppfattning?
PUI-2025-0007;Mejl till fel mottagare;2025-03-04 10:00;Ett mejl med en elevs omdöme skickades till fel vårdnadshavare.;Nej;Ja, 2025-03-05 09:00;2025-03-04 09:40;Mänskliga faktorn: fel i det enskilda fallet
KS 2025/112;Borttappad dator;2025-08-19;En bärbar dator med arbetsmaterial glömdes på tåget.;Ja;Nej;2025-08-18;Mänskligt fel
;;;;;;;
PUI-2025-0009;;våren;;Nej;Nej;;
";

#[test]
fn a_register_is_imported_exported_as_excel_and_counted_in_the_report() {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = format!("sqlite://{}", dir.path().join("cli.sqlite3").display());
    let file = dir.path().join("register.csv");
    std::fs::write(&file, REGISTER).expect("write");
    let out = ok(dsobot(&["--db", &db, "import", "register", file.to_str().expect("path")], ""));
    assert!(out.starts_with("2 imported, 0 already there, 1 not readable"), "{out}");
    assert!(out.contains("row 5: not imported: no title and no description"), "{out}");
    // Again: nothing twice.
    let again = ok(dsobot(&["--db", &db, "import", "register", file.to_str().expect("path")], ""));
    assert!(again.starts_with("0 imported, 2 already there"), "rows are known by their numbers, ours or the file's: {again}");
    let show = ok(dsobot(&["--db", &db, "cases", "show", "PUI-2025-0007", "--json"], ""));
    let j: serde_json::Value = serde_json::from_str(&show).expect("JSON");
    assert_eq!(j["state"], "closed");
    assert_eq!(j["fields"]["authority_notified_at"], "2025-03-05T09:00");
    assert_eq!(j["fields"]["cause"], "human_error");
    let xlsx = dir.path().join("register.xlsx");
    ok(dsobot(&["--db", &db, "register", "--format", "xlsx", "--out", xlsx.to_str().expect("path")], ""));
    let rows = dsobot::import::read_table("register.xlsx", &std::fs::read(&xlsx).expect("xlsx")).expect("readable workbook");
    assert_eq!(rows[0][0], "Ärende");
    assert!(rows.iter().any(|r| r[0] == "PUI-2025-0007" && r[1] == "Mejl till fel mottagare"), "{rows:?}");
    let report = ok(dsobot(&["--db", &db, "report", "--year", "2025"], ""));
    assert!(report.contains("| Hur många personuppgiftsincidenter har dokumenterats? | 2 |"), "{report}");
    assert!(report.contains("| Hur många har anmälts till IMY? | 1 |"), "{report}");
    assert!(report.contains("| Mänskliga faktorn: fel i det enskilda fallet |"), "{report}");
    let q1 = ok(dsobot(&["--db", &db, "report", "--quarter", "2025Q1", "--format", "html"], ""));
    assert!(q1.contains("Dataskyddsombudets rapport Q1 2025") && q1.contains("<svg"), "{q1}");
}

#[test]
fn the_teams_app_package_is_made_from_the_configuration() {
    let dir = tempfile::tempdir().expect("tempdir");
    let config = dir.path().join("dsobot.toml");
    let example = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/config/dsobot.example.toml")).expect("example");
    std::fs::write(&config, format!("{example}\n[teams]\napp_id = \"6f1d1b4e-0000-4000-8000-000000000001\"\ntenant_id = \"t\"\nwebsite = \"https://dso.kommun.example\"\n")).expect("write");
    let out = dir.path().join("dsobot-teams.zip");
    let printed = ok(dsobot(&["--config", config.to_str().expect("path"), "teams", "manifest", "--out", out.to_str().expect("path")], ""));
    assert!(printed.contains("dsobot-teams.zip"), "{printed}");
    let bytes = std::fs::read(&out).expect("the package is written");
    assert_eq!(&bytes[..4], b"PK\x03\x04", "a zip file");
    // Without [teams] it says what is missing.
    let without = dsobot(&["teams", "manifest", "--out", out.to_str().expect("path")], "");
    assert!(!without.status.success());
    assert!(String::from_utf8_lossy(&without.stderr).contains("[teams]"));
}
