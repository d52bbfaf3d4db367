//! The Matrix channel against a real homeserver (Synapse on loopback, started here; `scripts/test`
//! installs it). The reporter is a real Matrix client with its own device and keys.

#![recursion_limit = "256"]

mod common;

use std::sync::Arc;
use std::time::Duration;

use common::synapse::Synapse;
use dsobot::matrix::{Matrix, MatrixConfig};
use matrix_sdk::config::SyncSettings;
use matrix_sdk::ruma::events::room::message::{MessageType, OriginalSyncRoomMessageEvent, RoomMessageEventContent};
use matrix_sdk::ruma::{OwnedUserId, UserId};
use matrix_sdk::{Client, Room};
use tokio::sync::{mpsc, watch};

fn crypto() {
    let _ = rustls::crypto::ring::default_provider().install_default();
}

fn bot_config(hs: &Synapse, dir: &std::path::Path) -> MatrixConfig {
    MatrixConfig {
        homeserver: hs.url(),
        user: "@dsobot:localhost".into(),
        password_env: "UNUSED".into(),
        store_passphrase_env: "UNUSED".into(),
        store_dir: dir.join("bot"),
        allowed_servers: vec![],
        allowed_users: vec![],
    }
}

/// A person with a Matrix client: what the bot sends them arrives on `inbox` (decrypted).
struct Person {
    client: Client,
    inbox: mpsc::UnboundedReceiver<(String, String)>,
}

async fn person(hs: &Synapse, dir: &std::path::Path, user: &str, password: &str) -> Person {
    let client = Client::builder()
        .homeserver_url(hs.url())
        .sqlite_store(dir.join(user), None)
        .respect_login_well_known(false)
        .build()
        .await
        .expect("client");
    client.matrix_auth().login_username(user, password).await.expect("login");
    client.sync_once(SyncSettings::default()).await.expect("first sync");
    let (tx, inbox) = mpsc::unbounded_channel();
    let me = client.user_id().expect("user id").to_owned();
    client.add_event_handler(move |ev: OriginalSyncRoomMessageEvent, room: Room| {
        let (tx, me) = (tx.clone(), me.clone());
        async move {
            if ev.sender != me
                && let MessageType::Text(t) = ev.content.msgtype
            {
                let _ = tx.send((room.room_id().to_string(), t.body));
            }
        }
    });
    let syncing = client.clone();
    tokio::spawn(async move {
        let _ = syncing.sync(SyncSettings::default().timeout(Duration::from_secs(1))).await;
    });
    Person { client, inbox }
}

impl Person {
    async fn next(&mut self, secs: u64) -> (String, String) {
        tokio::time::timeout(Duration::from_secs(secs), self.inbox.recv())
            .await
            .expect("a message from the bot in time")
            .expect("inbox open")
    }
}

async fn wait_joined(room: &Room, user: &UserId) {
    for _ in 0..200 {
        if let Ok(Some(m)) = room.get_member(user).await
            && m.membership() == &matrix_sdk::ruma::events::room::member::MembershipState::Join
        {
            return;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    panic!("{user} did not join");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn an_encrypted_dm_report_gets_a_question_and_the_answer_continues_the_case() {
    crypto();
    let hs = Synapse::start();
    hs.register("dsobot", "bot-secret-1");
    hs.register("alice", "alice-secret-1");
    let dir = tempfile::tempdir().expect("tempdir");

    let bot = Arc::new(common::memory_bot().await);
    let matrix = Matrix::connect_with(&bot_config(&hs, dir.path()), Some("bot-secret-1"), None).await.expect("bot connects");
    let (stop_tx, stop) = watch::channel(false);
    let running = tokio::spawn(matrix.run(bot.clone(), stop));

    let mut alice = person(&hs, dir.path(), "alice", "alice-secret-1").await;
    let bot_id: OwnedUserId = "@dsobot:localhost".try_into().expect("id");
    let room = alice.client.create_dm(&bot_id).await.expect("create DM");
    assert!(room.latest_encryption_state().await.expect("state").is_encrypted(), "the DM is end-to-end encrypted");
    wait_joined(&room, &bot_id).await;

    room.send(RoomMessageEventContent::text_plain(
        "Jag råkade skicka ett mejl med en klients journal till fel mottagare igår",
    ))
    .await
    .expect("send report");
    let (in_room, first) = alice.next(60).await;
    assert_eq!(in_room, room.room_id().as_str(), "the reply comes in the DM");
    assert!(first.contains('?'), "the bot asks a question: {first}");

    let cases = bot.store.list_cases().await.expect("cases");
    assert_eq!(cases.len(), 1, "one case opened");
    let number = cases[0].number.clone();

    room.send(RoomMessageEventContent::text_plain("vet inte")).await.expect("send answer");
    let (_, second) = alice.next(60).await;
    assert_ne!(first, second, "the answer moves the conversation on");
    assert_eq!(bot.store.list_cases().await.expect("cases").len(), 1, "the answer continues the case");
    let inbound: Vec<_> = bot
        .store
        .messages(&number)
        .await
        .expect("messages")
        .into_iter()
        .filter(|m| m.direction == "in")
        .collect();
    assert_eq!(inbound.len(), 2, "both messages are in the case");

    let _ = stop_tx.send(true);
    let _ = tokio::time::timeout(Duration::from_secs(10), running).await;
}
