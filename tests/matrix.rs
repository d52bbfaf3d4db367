//! The Matrix channel against a real homeserver (Synapse on loopback, started here; `scripts/test`
//! installs it). The reporter is a real Matrix client with its own device and keys.

#![recursion_limit = "256"]

mod common;

use std::sync::Arc;
use std::time::Duration;

use common::synapse::Synapse;
use dsobot::clock::SystemClock;
use dsobot::config::{Person, Unit};
use dsobot::matrix::{Matrix, MatrixConfig, Secrets};
use dsobot::scheduler::Scheduler;
use dsobot::{Bot, Config, Store};
use matrix_sdk::config::SyncSettings;
use matrix_sdk::ruma::events::room::member::{MembershipState, StrippedRoomMemberEvent};
use matrix_sdk::ruma::events::room::message::{MessageType, OriginalSyncRoomMessageEvent, Relation, RoomMessageEventContent};
use matrix_sdk::ruma::{OwnedUserId, RoomId, UserId};
use matrix_sdk::{Client, Room, RoomState};
use workflows::Channel;
use tokio::sync::{mpsc, watch};

fn crypto() {
    let _ = rustls::crypto::ring::default_provider().install_default();
    let _ = tracing_subscriber::fmt().with_env_filter("dsobot=debug").with_test_writer().try_init();
}

fn bot_config(hs: &Synapse, dir: &std::path::Path) -> MatrixConfig {
    MatrixConfig {
        homeserver: hs.url(),
        user: "@dsobot:localhost".into(),
        password_env: "UNUSED".into(),
        access_token_env: "UNUSED".into(),
        store_passphrase_env: "UNUSED".into(),
        store_dir: dir.join("bot"),
        allowed_servers: vec![],
        allowed_users: vec![],
        dso_room: None,
    }
}

/// A bot whose DSO is @dso:localhost and whose unit "Socialtjänsten" has @alice as a member and
/// @bob as its manager, all on Matrix.
async fn bot_with(matrix: &MatrixConfig) -> Arc<Bot> {
    let mut config = Config::example();
    config.dso.chat = Some("@dso:localhost".into());
    config.units = vec![Unit {
        name: "Socialtjänsten".into(),
        members: vec!["@alice:localhost".into()],
        manager: Person {
            name: "Bo Chef".into(),
            role: None,
            email: "bo.chef@kommun.example".into(),
            phone: None,
            chat: Some("@bob:localhost".into()),
            teams: None,
        },
    }];
    config.matrix = Some(matrix.clone());
    let store = Store::connect("sqlite::memory:").await.expect("store");
    Arc::new(Bot::new(store, config).expect("bot"))
}

/// The bot's Matrix channel running until the returned sender says stop.
async fn start_bot(bot: &Arc<Bot>, cfg: &MatrixConfig, password: &str) -> (watch::Sender<bool>, tokio::task::JoinHandle<anyhow::Result<()>>) {
    let matrix = Matrix::connect_with(cfg, Secrets { password: Some(password), access_token: None, passphrase: Some("store-passphrase") }).await.expect("bot connects");
    let (stop_tx, stop) = watch::channel(false);
    let running = tokio::spawn(matrix.run(bot.clone(), Arc::new(SystemClock), stop));
    (stop_tx, running)
}

async fn stop_bot((stop, running): (watch::Sender<bool>, tokio::task::JoinHandle<anyhow::Result<()>>)) {
    let _ = stop.send(true);
    let _ = tokio::time::timeout(Duration::from_secs(10), running).await.expect("the bot stops in time");
}

/// What a person receives: the room, the thread (its root) if any, the text.
type Received = (String, Option<String>, String);

/// A person with a Matrix client that accepts every invite: what others send them arrives on
/// `inbox`, decrypted.
struct Human {
    client: Client,
    inbox: mpsc::UnboundedReceiver<Received>,
}

async fn human(hs: &Synapse, dir: &std::path::Path, user: &str, password: &str) -> Human {
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
    let me_too = me.clone();
    client.add_event_handler(move |ev: OriginalSyncRoomMessageEvent, room: Room| {
        let (tx, me) = (tx.clone(), me.clone());
        async move {
            let thread = match &ev.content.relates_to {
                Some(Relation::Thread(t)) => Some(t.event_id.to_string()),
                _ => None,
            };
            if ev.sender != me
                && let MessageType::Text(t) = ev.content.msgtype
            {
                let _ = tx.send((room.room_id().to_string(), thread, t.body));
            }
        }
    });
    client.add_event_handler(move |ev: StrippedRoomMemberEvent, room: Room| {
        let me = me_too.clone();
        async move {
            if ev.state_key == me && ev.content.membership == MembershipState::Invite {
                tokio::spawn(async move {
                    for _ in 0..20 {
                        if room.join().await.is_ok() {
                            return;
                        }
                        tokio::time::sleep(Duration::from_millis(200)).await;
                    }
                });
            }
        }
    });
    let syncing = client.clone();
    tokio::spawn(async move {
        // Through a homeserver restart too.
        loop {
            let _ = syncing.sync(SyncSettings::default().timeout(Duration::from_secs(1))).await;
            tokio::time::sleep(Duration::from_millis(500)).await;
        }
    });
    Human { client, inbox }
}

impl Human {
    async fn next(&mut self, secs: u64) -> Received {
        tokio::time::timeout(Duration::from_secs(secs), self.inbox.recv())
            .await
            .expect("a message from the bot in time")
            .expect("inbox open")
    }

    /// Nothing arrives within `secs`.
    async fn quiet(&mut self, secs: u64) {
        if let Ok(Some(m)) = tokio::time::timeout(Duration::from_secs(secs), self.inbox.recv()).await {
            panic!("nothing more was expected, got {m:?}");
        }
    }

    /// A direct room with the bot, encrypted, the bot joined.
    async fn dm_with_bot(&self) -> Room {
        let room = self.client.create_dm(&bot_id()).await.expect("create DM");
        assert!(room.latest_encryption_state().await.expect("state").is_encrypted(), "the DM is end-to-end encrypted");
        wait_membership(&room, &bot_id(), MembershipState::Join).await;
        room
    }
}

fn bot_id() -> OwnedUserId {
    "@dsobot:localhost".try_into().expect("id")
}

async fn wait_membership(room: &Room, user: &UserId, state: MembershipState) {
    for _ in 0..300 {
        if let Ok(Some(m)) = room.get_member(user).await
            && m.membership() == &state
        {
            return;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    panic!("{user} did not reach {state:?}");
}

async fn say(room: &Room, text: &str) {
    room.send(RoomMessageEventContent::text_plain(text)).await.expect("send");
}

/// The first time at least `hours` from now when reminders may disturb (not at night, not on a
/// day off).
fn open_time(bot: &Bot, hours: i64) -> chrono::DateTime<chrono::Utc> {
    let c = &bot.config;
    c.reminders.quiet.next_open(c.organisation.time_zone, c.calendar, chrono::Utc::now() + chrono::Duration::hours(hours))
}

/// Every Matrix message of the case reaches the homeserver (within a minute).
async fn all_sent(bot: &Bot, number: &str) {
    let mut unsent = vec![];
    for _ in 0..600 {
        let msgs = bot.store.messages(number).await.expect("messages");
        unsent = msgs.into_iter().filter(|m| m.direction == "out" && m.channel == "matrix" && m.status != "sent").collect();
        if unsent.is_empty() {
            return;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    panic!("every Matrix message is handed to the homeserver: {unsent:?}");
}

/// The event id the homeserver gave a message the bot sent.
async fn event_of(bot: &Bot, message: i64) -> Option<String> {
    sqlx::query_scalar("SELECT message_id FROM messages WHERE id = $1").bind(message).fetch_one(bot.store.pool()).await.expect("message")
}

fn inbound(msgs: &[dsobot::store::StoredMessage]) -> usize {
    msgs.iter().filter(|m| m.direction == "in").count()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn an_encrypted_dm_report_gets_a_question_and_the_answer_continues_the_case() {
    crypto();
    let hs = Synapse::start();
    hs.register("dsobot", "bot-secret-1");
    hs.register("alice", "alice-secret-1");
    hs.register("dso", "dso-secret-1");
    hs.register("bob", "bob-secret-1");
    let dir = tempfile::tempdir().expect("tempdir");
    let cfg = bot_config(&hs, dir.path());
    let bot = bot_with(&cfg).await;
    let running = start_bot(&bot, &cfg, "bot-secret-1").await;

    let mut alice = human(&hs, dir.path(), "alice", "alice-secret-1").await;
    let mut bob = human(&hs, dir.path(), "bob", "bob-secret-1").await;
    let room = alice.dm_with_bot().await;
    // The bot's device is signed by its own cross-signing identity.
    let devices = alice.client.encryption().get_user_devices(&bot_id()).await.expect("devices");
    assert!(devices.devices().next().is_some_and(|d| d.is_cross_signed_by_owner()), "the bot cross-signs its device");
    say(&room, "Jag råkade skicka ett mejl med en klients journal till fel mottagare igår").await;
    let (in_room, thread, first) = alice.next(60).await;
    assert_eq!(in_room, room.room_id().as_str(), "the reply comes in the DM");
    assert_eq!(thread, None, "a DM has no threads");
    assert!(first.contains('?'), "the bot asks a question: {first}");

    let cases = bot.store.list_cases().await.expect("cases");
    assert_eq!(cases.len(), 1, "one case opened");
    let number = cases[0].number.clone();

    // The manager has never written to the bot: it opens a direct room with him and asks there.
    let (bob_room, _, request) = bob.next(60).await;
    assert_ne!(bob_room, room.room_id().as_str(), "the manager is asked in his own room");
    assert!(request.contains(&number), "the manager's request names the case: {request}");
    let bob_dm = bob.client.get_room(&RoomId::parse(&bob_room).expect("room id")).expect("bob is in the room");
    assert!(bob_dm.latest_encryption_state().await.expect("state").is_encrypted(), "the bot's DM is encrypted");

    say(&room, "vet inte").await;
    let (_, _, second) = alice.next(60).await;
    assert_ne!(first, second, "the answer moves the conversation on");
    assert_eq!(bot.store.list_cases().await.expect("cases").len(), 1, "the answer continues the case");

    // The manager answers in his room: it goes to the case.
    say(&bob_dm, "Vi har kontaktat mottagaren och bett hen radera mejlet.").await;
    for _ in 0..100 {
        if inbound(&bot.store.messages(&number).await.expect("messages")) == 3 {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let msgs = bot.store.messages(&number).await.expect("messages");
    assert_eq!(inbound(&msgs), 3, "the reporter's two messages and the manager's answer are in the case");
    assert!(msgs.iter().any(|m| m.direction == "in" && m.party == "@bob:localhost"), "the manager's answer joined the case");
    let (_, _, next) = bob.next(60).await;
    assert!(next.contains(&number), "the manager's next question: {next}");
    all_sent(&bot, &number).await;

    stop_bot(running).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_mention_in_a_room_opens_a_threaded_conversation() {
    crypto();
    let hs = Synapse::start();
    hs.register("dsobot", "bot-secret-1");
    hs.register("alice", "alice-secret-1");
    hs.register("carol", "carol-secret-1");
    let dir = tempfile::tempdir().expect("tempdir");
    let cfg = bot_config(&hs, dir.path());
    let bot = bot_with(&cfg).await;
    let running = start_bot(&bot, &cfg, "bot-secret-1").await;

    let mut alice = human(&hs, dir.path(), "alice", "alice-secret-1").await;
    let mut carol = human(&hs, dir.path(), "carol", "carol-secret-1").await;
    let carol_id: OwnedUserId = "@carol:localhost".try_into().expect("id");
    let mut request = matrix_sdk::ruma::api::client::room::create_room::v3::Request::new();
    request.name = Some("Socialtjänsten".into());
    request.invite = vec![bot_id(), carol_id.clone()];
    request.initial_state = vec![
        matrix_sdk::ruma::events::InitialStateEvent::with_empty_state_key(
            matrix_sdk::ruma::events::room::encryption::RoomEncryptionEventContent::with_recommended_defaults(),
        )
        .to_raw_any(),
    ];
    let room = alice.client.create_room(request).await.expect("create room");
    wait_membership(&room, &bot_id(), MembershipState::Join).await;
    wait_membership(&room, &carol_id, MembershipState::Join).await;

    // Talk among colleagues is not the bot's business.
    say(&room, "Har någon sett nycklarna till förrådet?").await;
    let _ = carol.next(30).await;
    let mut report = RoomMessageEventContent::text_plain(
        "dsobot: jag skickade en elevs åtgärdsprogram till fel vårdnadshavare i morse",
    );
    report.mentions = Some(matrix_sdk::ruma::events::Mentions::with_user_ids([bot_id()]));
    let root = room.send(report).await.expect("send report").response.event_id;
    let (in_room, thread, question) = alice.next(60).await;
    assert_eq!(in_room, room.room_id().as_str());
    assert_eq!(thread.as_deref(), Some(root.as_str()), "the bot answers in a thread under the report");
    assert!(question.contains('?'), "a question: {question}");
    let cases = bot.store.list_cases().await.expect("cases");
    assert_eq!(cases.len(), 1, "only the mention opened a case");

    // The answer in the thread continues the case, without mentioning the bot.
    let mut answer = RoomMessageEventContent::text_plain("vet inte");
    answer.relates_to = Some(Relation::Thread(matrix_sdk::ruma::events::relation::Thread::without_fallback(root.clone())));
    room.send(answer).await.expect("send answer");
    loop {
        let (_, thread, text) = alice.next(60).await;
        if text.contains('?') || text.contains("Tack") {
            assert_eq!(thread.as_deref(), Some(root.as_str()), "the conversation stays in the thread");
            break;
        }
    }
    assert_eq!(bot.store.list_cases().await.expect("cases").len(), 1, "the thread continues the case");
    assert_eq!(inbound(&bot.store.messages(&cases[0].number).await.expect("messages")), 2);

    // The DSO has no account on this homeserver: the notice is refused, and after a few tries
    // the DSO is told by mail instead.
    let mut failed = false;
    for _ in 0..600 {
        let msgs = bot.store.messages(&cases[0].number).await.expect("messages");
        if msgs.iter().any(|m| m.party == "@dso:localhost" && m.status == "failed")
            && msgs.iter().any(|m| m.channel == "email" && m.body.contains("Chattservern"))
        {
            failed = true;
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let msgs = bot.store.messages(&cases[0].number).await.expect("messages");
    assert!(failed, "a refused message is marked failed and the DSO is told by mail: {msgs:?}");

    stop_bot(running).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_restart_does_not_answer_old_messages_again() {
    crypto();
    let hs = Synapse::start();
    hs.register("dsobot", "bot-secret-1");
    hs.register("alice", "alice-secret-1");
    hs.register("dso", "dso-secret-1");
    hs.register("frank", "frank-secret-1");
    let dir = tempfile::tempdir().expect("tempdir");
    let cfg = bot_config(&hs, dir.path());
    let bot = bot_with(&cfg).await;
    // The account has a cross-signing identity already, made in an earlier session (as a
    // person's first Element session would).
    let earlier = Client::builder().homeserver_url(hs.url()).respect_login_well_known(false).build().await.expect("client");
    earlier.matrix_auth().login_username("dsobot", "bot-secret-1").await.expect("login");
    earlier.encryption().bootstrap_cross_signing(None).await.expect("a cross-signing identity for the bot's account");
    let master = |identity: Option<matrix_sdk::encryption::identities::UserIdentity>| {
        identity.expect("an identity").master_key().get_first_key().expect("a master key").to_base64()
    };
    let made = master(earlier.encryption().get_user_identity(&bot_id()).await.expect("identity"));
    // The administrator made a device for the bot and hands over its access token (the password
    // is in the environment too, for cross-signing).
    let admin = Client::builder().homeserver_url(hs.url()).respect_login_well_known(false).build().await.expect("client");
    admin.matrix_auth().login_username("dsobot", "bot-secret-1").await.expect("login");
    let token = admin.access_token().expect("token");
    let matrix = Matrix::connect_with(&cfg, Secrets { password: Some("bot-secret-1"), access_token: Some(&token), passphrase: Some("store-passphrase") })
        .await
        .expect("the bot starts from the access token");
    let (stop_tx, stop) = watch::channel(false);
    let running = (stop_tx, tokio::spawn(matrix.run(bot.clone(), Arc::new(SystemClock), stop)));

    // The bot kept that identity (replacing it would undo the DSO's verification); its device
    // is signed from the session that holds the keys.
    let seen = master(earlier.encryption().request_user_identity(&bot_id()).await.expect("identity"));
    assert_eq!(seen, made, "the bot kept the account's cross-signing identity");
    let device = admin.device_id().expect("the bot's device").to_owned();
    let mut bots = None;
    for _ in 0..100 {
        // Asking for the identity asks the homeserver for the account's devices as well.
        earlier.encryption().request_user_identity(&bot_id()).await.expect("identity");
        bots = earlier.encryption().get_device(&bot_id(), &device).await.expect("device");
        if bots.is_some() {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    bots.expect("the bot's device keys are uploaded").verify().await.expect("the earlier session signs the bot's device");
    let mut alice = human(&hs, dir.path(), "alice", "alice-secret-1").await;
    let room = alice.dm_with_bot().await;
    say(&room, "Jag tappade en USB-sticka med elevlistor på bussen i förmiddags").await;
    let _ = alice.next(60).await;
    // The DSO is told in a direct room the bot opens; the DSO has not accepted it.
    let mut dso_dm = None;
    for _ in 0..300 {
        dso_dm = bot.store.route(Channel::Matrix, "@dso:localhost", None).await.expect("route");
        if dso_dm.is_some() {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let dso_dm = RoomId::parse(dso_dm.expect("a direct room for the DSO").conversation).expect("room id");
    // Three rooms alice invites the bot to: one with frank invited, which alice then leaves; one
    // of hers alone; one with the DSO invited.
    let with_frank = room_with(&alice, &["@frank:localhost"]).await;
    let hers = room_with(&alice, &[]).await;
    let with_dso = room_with(&alice, &["@dso:localhost"]).await;
    with_frank.leave().await.expect("alice leaves");
    stop_bot(running).await;

    // Restarted from its store: the session, the sync position and the keys are kept.
    let running = start_bot(&bot, &cfg, "a password that is not needed again").await;
    alice.quiet(5).await;
    // The homeserver took the first reply but the bot never heard (it stopped before marking it
    // sent): tried again under the same transaction id, it is the same event, posted once.
    let number = bot.store.list_cases().await.expect("cases")[0].number.clone();
    let msgs = bot.store.messages(&number).await.expect("messages");
    let first = msgs.iter().find(|m| m.direction == "out" && m.party == "@alice:localhost").expect("the first reply");
    let posted = event_of(&bot, first.id).await.expect("the first reply has its event");
    sqlx::query("UPDATE messages SET status = 'queued', next_attempt_at = NULL WHERE id = $1")
        .bind(first.id)
        .execute(bot.store.pool())
        .await
        .expect("the first reply queued again");
    say(&room, "vet inte").await;
    let (_, _, answer) = alice.next(60).await;
    assert_ne!(answer, first.body, "the first reply is not posted again");
    alice.quiet(3).await;
    for _ in 0..100 {
        if bot.store.messages(&number).await.expect("messages").iter().any(|m| m.id == first.id && m.status == "sent") {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert_eq!(event_of(&bot, first.id).await.as_deref(), Some(posted.as_str()), "the homeserver answered with the first event");
    let cases = bot.store.list_cases().await.expect("cases");
    assert_eq!(cases.len(), 1);
    let msgs = bot.store.messages(&cases[0].number).await.expect("messages");
    assert_eq!(inbound(&msgs), 2, "each message is stored once");
    let to_alice = msgs.iter().filter(|m| m.direction == "out" && m.party == "@alice:localhost").count();
    assert_eq!(to_alice, 2, "each message is answered once");
    // It stayed where someone allowed is only invited: the room frank has not joined, the DSO's
    // direct room (it used to leave both at a restart).
    assert_eq!(bot_in(&earlier, with_frank.room_id()).await, Some(RoomState::Joined), "the room with frank invited");
    assert_eq!(bot_in(&earlier, &dso_dm).await, Some(RoomState::Joined), "the DSO's direct room");
    stop_bot(running).await;

    // Restarted with only another homeserver allowed: it leaves the rooms nobody may invite it to
    // any more, unless someone is reached there or a person of the configuration is in it.
    let narrowed = MatrixConfig { allowed_servers: vec!["kommun.example".into()], ..cfg.clone() };
    let running = start_bot(&bot, &narrowed, "unused").await;
    wait_membership(&hers, &bot_id(), MembershipState::Leave).await;
    // An answer in her direct room: the bot is past its start.
    say(&room, "vet inte").await;
    let _ = alice.next(60).await;
    assert_eq!(bot_in(&earlier, with_frank.room_id()).await, Some(RoomState::Left), "frank may not invite it now");
    assert_eq!(bot_in(&earlier, room.room_id()).await, Some(RoomState::Joined), "alice's direct room: she is reached there");
    assert_eq!(bot_in(&earlier, &dso_dm).await, Some(RoomState::Joined), "the DSO's direct room");
    assert_eq!(bot_in(&earlier, with_dso.room_id()).await, Some(RoomState::Joined), "a room the DSO is invited to");
    stop_bot(running).await;
}

/// A room `owner` makes and invites the bot and `others` to, once the bot is in it.
async fn room_with(owner: &Human, others: &[&str]) -> Room {
    let mut request = matrix_sdk::ruma::api::client::room::create_room::v3::Request::new();
    request.invite = std::iter::once(bot_id()).chain(others.iter().map(|u| UserId::parse(*u).expect("user id"))).collect();
    let room = owner.client.create_room(request).await.expect("create room");
    wait_membership(&room, &bot_id(), MembershipState::Join).await;
    room
}

/// The bot account's membership of `room`, as another of its sessions sees it.
async fn bot_in(session: &Client, room: &RoomId) -> Option<RoomState> {
    session.sync_once(SyncSettings::default().timeout(Duration::ZERO)).await.expect("sync");
    session.get_room(room).map(|r| r.state())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn an_invite_from_a_disallowed_server_is_refused() {
    crypto();
    let hs = Synapse::start();
    hs.register("dsobot", "bot-secret-1");
    hs.register("alice", "alice-secret-1");
    let dir = tempfile::tempdir().expect("tempdir");
    let cfg = MatrixConfig { allowed_servers: vec!["kommun.example".into()], ..bot_config(&hs, dir.path()) };
    let bot = bot_with(&cfg).await;
    let running = start_bot(&bot, &cfg, "bot-secret-1").await;

    let alice = human(&hs, dir.path(), "alice", "alice-secret-1").await;
    let room = alice.client.create_dm(&bot_id()).await.expect("create DM");
    wait_membership(&room, &bot_id(), MembershipState::Leave).await;
    say(&room, "Jag råkade skicka ett mejl med en klients journal till fel mottagare igår").await;
    tokio::time::sleep(Duration::from_secs(2)).await;
    assert!(bot.store.list_cases().await.expect("cases").is_empty(), "nothing from a refused room is read");
    stop_bot(running).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn the_dso_room_receives_the_new_case_and_a_reminder() {
    crypto();
    let hs = Synapse::start();
    hs.register("dsobot", "bot-secret-1");
    hs.register("alice", "alice-secret-1");
    hs.register("dso", "dso-secret-1");
    hs.register("bob", "bob-secret-1");
    let dir = tempfile::tempdir().expect("tempdir");
    let mut dso = human(&hs, dir.path(), "dso", "dso-secret-1").await;
    let mut request = matrix_sdk::ruma::api::client::room::create_room::v3::Request::new();
    request.name = Some("Dataskyddsombudet".into());
    request.invite = vec![bot_id()];
    let dso_room = dso.client.create_room(request).await.expect("create the DSO's room");
    let cfg = MatrixConfig { dso_room: Some(dso_room.room_id().to_string()), ..bot_config(&hs, dir.path()) };
    let bot = bot_with(&cfg).await;
    let running = start_bot(&bot, &cfg, "bot-secret-1").await;
    wait_membership(&dso_room, &bot_id(), MembershipState::Join).await;

    let mut alice = human(&hs, dir.path(), "alice", "alice-secret-1").await;
    let room = alice.dm_with_bot().await;
    say(&room, "Jag råkade skicka ett mejl med en klients journal till fel mottagare igår kl 15").await;
    let _ = alice.next(60).await;
    let number = bot.store.list_cases().await.expect("cases")[0].number.clone();
    let (in_room, _, notice) = dso.next(60).await;
    assert_eq!(in_room, dso_room.room_id().as_str(), "the DSO hears of the case in the DSO's room");
    assert!(notice.contains(&number), "{notice}");

    // Two days on, the 72-hour clock is running out: the scheduler reminds the DSO, in the room.
    let sent = Scheduler::new(&bot, "test").run_due(open_time(&bot, 40)).await.expect("scheduler");
    let reminder = sent.iter().find(|s| s.to.address == "@dso:localhost" && s.kind == Some("reminder")).expect("a reminder for the DSO");
    let (in_room, _, text) = dso.next(60).await;
    assert_eq!(in_room, dso_room.room_id().as_str(), "the reminder comes in the DSO's room");
    assert_eq!(text, reminder.text);

    // The DSO's commands, in the room.
    say(&dso_room, "!ärenden").await;
    let (_, _, list) = dso.next(60).await;
    assert!(list.starts_with("Öppna ärenden") && list.contains(&number), "{list}");
    say(&dso_room, &format!("!show {}", number.to_lowercase())).await;
    let (_, _, shown) = dso.next(60).await;
    assert!(shown.contains(&number) && shown.contains("journal"), "the case with its values: {shown}");
    say(&dso_room, &format!("!påminn {number} imorgon kl 9")).await;
    let (in_room, _, snoozed) = dso.next(60).await;
    assert_eq!(in_room, dso_room.room_id().as_str());
    assert!(snoozed.contains(&number) && snoozed.contains("09:00"), "{snoozed}");
    say(&dso_room, "!visa PUI-2026-9999").await;
    let (_, _, unknown) = dso.next(60).await;
    assert!(unknown.contains("inget ärende PUI-2026-9999"), "{unknown}");
    let case = bot.store.case(&number).await.expect("case").expect("found");
    assert!(!case.snoozed.is_empty(), "the snooze reached the case");
    stop_bot(running).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn the_homeserver_going_away_loses_no_outgoing_message() {
    crypto();
    let mut hs = Synapse::start();
    hs.register("dsobot", "bot-secret-1");
    hs.register("alice", "alice-secret-1");
    hs.register("dso", "dso-secret-1");
    hs.register("bob", "bob-secret-1");
    let dir = tempfile::tempdir().expect("tempdir");
    let cfg = bot_config(&hs, dir.path());
    let bot = bot_with(&cfg).await;
    let running = start_bot(&bot, &cfg, "bot-secret-1").await;

    let mut alice = human(&hs, dir.path(), "alice", "alice-secret-1").await;
    let room = alice.dm_with_bot().await;
    say(&room, "Jag tappade en USB-sticka med elevlistor på bussen i förmiddags").await;
    let _ = alice.next(60).await;
    let number = bot.store.list_cases().await.expect("cases")[0].number.clone();

    // While the homeserver is down the DSO closes in on the deadline: the reminders wait.
    hs.stop();
    let sent = Scheduler::new(&bot, "test").run_due(open_time(&bot, 40)).await.expect("scheduler");
    let for_alice = sent.iter().filter(|s| s.to.address == "@alice:localhost").count();
    assert!(for_alice > 0, "a reminder for the reporter: {sent:?} {:?}", bot.store.jobs(Some(&number)).await);
    tokio::time::sleep(Duration::from_secs(3)).await;
    let waiting = bot.store.messages(&number).await.expect("messages");
    assert!(
        waiting.iter().any(|m| m.direction == "out" && m.party == "@alice:localhost" && m.status == "queued"),
        "the reminder waits in the outbox"
    );

    hs.resume();
    all_sent(&bot, &number).await;
    loop {
        let (_, _, text) = alice.next(90).await;
        if text.contains(&number) {
            break;
        }
    }
    all_sent(&bot, &number).await;
    stop_bot(running).await;
}
