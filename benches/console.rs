//! Console turns per second on SQLite (a file, WAL): a report that opens a case, then answers.

use divan::counter::ItemsCount;
use dsobot::{Bot, Config, Inbound, Store};
use workflows::{Channel, Party};

fn main() {
    divan::main();
}

const TURNS: [&str; 4] = [
    "Jag skickade av misstag ett mejl med en klients journalanteckningar till fel mottagare igår eftermiddag vid tretiden.",
    "2026-03-09 15:00. I morse",
    "Obehörigt röjande",
    "vet inte",
];

#[divan::bench(sample_count = 20)]
fn conversation_turns_on_sqlite(bencher: divan::Bencher) {
    let rt = tokio::runtime::Builder::new_current_thread().enable_all().build().expect("runtime");
    let dir = tempfile::tempdir().expect("tempdir");
    let url = format!("sqlite://{}", dir.path().join("bench.sqlite3").display());
    let bot: Bot = rt.block_on(async { Bot::new(Store::connect(&url).await.expect("store"), Config::example()).expect("bot") });
    let mut n = 0u64;
    let base = chrono::DateTime::parse_from_rfc3339("2026-03-10T09:12:00+01:00").expect("time").to_utc();
    bencher.counter(ItemsCount::new(TURNS.len())).bench_local(|| {
        n += 1;
        let from = Party { address: format!("person{n}@kommun.example"), channel: Channel::Chat };
        rt.block_on(async {
            for (i, text) in TURNS.iter().enumerate() {
                let msg = Inbound {
                    at: base + chrono::Duration::minutes(i as i64),
                    from: from.clone(),
                    subject: None,
                    text: (*text).to_owned(),
                    raw: None,
                    case: None,
                    email: None,
                    chat: None,
                };
                divan::black_box(bot.handle(msg).await.expect("turn"));
            }
        });
    });
}
