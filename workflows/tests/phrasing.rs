//! The rules of extraction, each shown with sentences of our own: the many ways people put the
//! same thing (Swedish and English), and the near misses that must not fill a field or change the
//! kind. Written for the rules added after held-out batch 5; none of these sentences is from a
//! corpus.

use chrono::{NaiveDate, NaiveDateTime};
use workflows::Kind;
use workflows::extract::{Extraction, extract};

/// Tuesday 10 March 2026, 09:12.
fn now() -> NaiveDateTime {
    NaiveDate::from_ymd_opt(2026, 3, 10).and_then(|d| d.and_hms_opt(9, 12, 0)).expect("a date")
}

fn ex(text: &str) -> Extraction {
    extract(text, None, now())
}

fn field(text: &str, id: &str) -> Option<String> {
    ex(text).fields.get(id).map(|v| v.to_json().to_string().trim_matches('"').to_owned())
}

/// Every text gives the field as wanted (`None`: the field stays empty); all failures at once.
fn check(id: &str, cases: &[(&str, Option<&str>)]) {
    let failures: Vec<String> = cases
        .iter()
        .filter_map(|(text, want)| {
            let got = field(text, id);
            (got.as_deref() != *want).then(|| format!("{text:?}: {id} want {want:?} got {got:?}"))
        })
        .collect();
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

fn check_kinds(cases: &[(&str, Kind)]) {
    let failures: Vec<String> = cases
        .iter()
        .filter_map(|(text, want)| {
            let got = ex(text).kind;
            (got != *want).then(|| format!("{text:?}: want {want:?} got {got:?}"))
        })
        .collect();
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn newsletters_invitations_and_auto_replies_are_not_reports() {
    check_kinds(&[
        (
            "Inbjudan: Utbildningsdag om GDPR för chefer 12 april. Program: incidenthantering, registerutdrag och fall \
             där mejl skickats till fel mottagare. Anmäl dig senast 1 april. Lunch ingår.",
            Kind::Other,
        ),
        (
            "You are invited to our spring webinar on breach handling. Agenda: lessons from a ransomware attack on a \
             hospital, and handling access requests. Please register by 3 April.",
            Kind::Other,
        ),
        (
            "Nyhetsbrev mars. I detta nummer: en region fick sanktionsavgift efter att journaler läckt ut. Du får \
             detta nyhetsbrev eftersom du prenumererar på Dataskyddsnytt.",
            Kind::Other,
        ),
        (
            "Frånvaromeddelande: Jag är på semester till och med 14 mars. Vid brådskande ärenden kontakta växeln.",
            Kind::Other,
        ),
        (
            "Vi på Säkra Data AB erbjuder ett nytt verktyg för incidenthantering. Boka en demo idag, erbjudandet \
             gäller till 31 mars.",
            Kind::Other,
        ),
        (
            "FYI: såg i tidningen att grannkommunen haft ett stort dataintrång. Borde vi se över våra rutiner?",
            Kind::Other,
        ),
        // A mailing of ours that went wrong is a report, whatever it was; so is news of our own.
        (
            "Jag såg i tidningen att vår leverantör haft ett dataintrång. Våra elevers uppgifter kan ha kommit ut.",
            Kind::Incident,
        ),
        ("Vårt nyhetsbrev skickades igår med alla prenumeranters adresser synliga för varandra.", Kind::Incident),
        (
            "Jag skickade inbjudan till webbinariet till fel sändlista igår, med deltagarnas personnummer i bilagan.",
            Kind::Incident,
        ),
    ]);
}

#[test]
fn thanks_alone_are_not_reports() {
    check_kinds(&[
        ("Tack för hjälpen igår med incidenten, nu är allt klart från vår sida!", Kind::Other),
        ("Thanks for the quick answer about the breach, that settles it.", Kind::Other),
        ("Tack för svaret! Jag upptäckte nu att listan också skickades till fel förälder igår.", Kind::Incident),
    ]);
}

#[test]
fn what_one_may_do_is_asked_not_reported() {
    check_kinds(&[
        ("Får vi publicera namnen på dem som lämnat synpunkter på webben?", Kind::Other),
        (
            "Vi lägger ut alla protokoll på kommunens webbplats. Får vi publicera namnen på de som överklagat?",
            Kind::Other,
        ),
        ("Is it ok to forward a pupil's health plan to the substitute teacher by email?", Kind::Other),
        // The event is told outside the question.
        (
            "Jag publicerade av misstag en elevlista med personnummer på webben igår. Får vi ta bort den själva?",
            Kind::Incident,
        ),
        (
            "Vi skickade en lista med brukares namn till fel hemtjänstgrupp igår. Ska vi informera brukarna?",
            Kind::Incident,
        ),
        // Wondering whether something happened is not asking what one may do.
        ("Servern stod öppen i helgen. Kan någon ha kommit åt journalerna?", Kind::Incident),
        // A routine with a question is still a question.
        ("Vi skickar listan till alla vårdnadshavare varje vecka. Får vi det?", Kind::Other),
    ]);
}

#[test]
fn a_word_said_to_the_wrong_person_is_a_disclosure() {
    let text = "Hej, en av pedagogerna sa till en annan förälder i fredags att ett av barnen i gruppen är \
                placerat i familjehem. Det slank ur henne. Vad gör vi nu?";
    let e = ex(text);
    assert_eq!(e.kind, Kind::Incident);
    assert_eq!(field(text, "nature").as_deref(), Some("unauthorised_disclosure"));
    assert_eq!(field(text, "cause").as_deref(), Some("human_error"));
    assert_eq!(field(text, "occurred_at").as_deref(), Some("2026-03-06"));
    assert_eq!(field(text, "data_subjects_count").as_deref(), Some(r#"{"exact":1}"#));
    check(
        "cause",
        &[
            (
                "I accidentally told another parent about the pupil's diagnosis at pick-up yesterday.",
                Some("human_error"),
            ),
            ("Det var inte meningen, men jag nämnde för en annan kund att hon har skulder.", Some("human_error")),
        ],
    );
    // Telling a colleague is work.
    check("nature", &[("Listan hamnade i fel mapp igår, jag sa till en annan kollega att flytta den.", None)]);
}

#[test]
fn requests_for_ones_own_data_in_other_words() {
    let kinds: &[(&str, &str)] = &[
        (
            "Hej, en pappa ringde i fredags och vill ha en kopia på allt förskolan har dokumenterat om hans dotter.",
            "access",
        ),
        (
            "A patient's daughter called asking for all records we hold about her mother. She has power of attorney.",
            "access",
        ),
        ("En kvinna har begärt att få veta vilka uppgifter vi har om henne i socialtjänstens system.", "access"),
        ("Kan ni överföra mina journaler till min nya vårdcentral i ett format de kan läsa in?", "portability"),
        ("Can you export all my data so that I can move it to another provider?", "portability"),
        ("Han kräver att vi inte använder utredningen förrän vi kollat upp uppgifterna, enligt art 18.", "restriction"),
        (
            "Han vill att vi pausar behandlingen av hans uppgifter tills tvisten med hyresvärden är avgjord.",
            "restriction",
        ),
        ("Please stop processing my data until you have checked whether it is correct (art. 18).", "restriction"),
        ("En medborgare hörde av sig igår och vill inte att vi använder hans uppgifter för utskick.", "objection"),
        ("Jag vill inte att ni skickar mer reklam till mig. Avregistrera mig från era utskick.", "objection"),
        ("Min dotters efternamn är felstavat i skolans system sedan hon bytte namn. Kan ni fixa det?", "rectification"),
        (
            "Jag har flyttat men ni skickar fortfarande räkningar till min gamla adress. Uppdatera era register.",
            "rectification",
        ),
    ];
    let failures: Vec<String> = kinds
        .iter()
        .filter_map(|(text, want)| {
            let e = ex(text);
            let got = field(text, "request_type");
            (e.kind != Kind::DataSubjectRequest || got.as_deref() != Some(*want))
                .then(|| format!("{text:?}: want {want} got {:?} {got:?}", e.kind))
        })
        .collect();
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn people_complaining_of_their_own_data_make_requests() {
    let text = "Mitt foto och mitt mobilnummer ligger ute på kommunens webbplats. Jag motsätter mig att mina \
                uppgifter publiceras där.\n\nHälsningar\nSara Lind";
    assert_eq!(ex(text).kind, Kind::DataSubjectRequest);
    assert_eq!(field(text, "request_type").as_deref(), Some("objection"));
    assert_eq!(field(text, "requester").as_deref(), Some("Sara Lind"));
    let text = "fel adress igen!\nFakturan kom återigen till min gamla adress fast jag flyttat i höstas. Se till \
                att ni byter adressen i era system.\n/Per Ek";
    assert_eq!(ex(text).kind, Kind::DataSubjectRequest);
    assert_eq!(field(text, "request_type").as_deref(), Some("rectification"));
    assert_eq!(field(text, "requester").as_deref(), Some("Per Ek"));
    // Their data sent to the wrong person is an incident, whoever reports it.
    check_kinds(&[
        ("Min lönespecifikation med mitt personnummer skickades till fel kollega igår.", Kind::Incident),
        ("Brevet till min granne innehöll mitt personnummer och kom till fel person.", Kind::Incident),
    ]);
}

#[test]
fn questions_about_requests_in_general_are_questions() {
    check_kinds(&[
        ("Hur lång tid har vi på oss att lämna ut ett registerutdrag?", Kind::Other),
        ("Quick question: do subject access requests have to be answered within a month?", Kind::Other),
        ("Får vårdnadshavare begära registerutdrag för sina barn?", Kind::Other),
        ("Hej! Vi har fått en begäran om registerutdrag från en tidigare elev. Hur gör vi?", Kind::DataSubjectRequest),
        ("Jag vill ha ett registerutdrag, hur gör jag?", Kind::DataSubjectRequest),
    ]);
}

#[test]
fn requesters_named_in_brackets_first_or_signed_with_a_slash() {
    check(
        "requester",
        &[
            (
                "Hej DSO, en elev i 8C (Alva Berg) har bett att hennes bilder tas bort från skolans Instagram.",
                Some("Alva Berg"),
            ),
            ("Anna Berg ringde i fredags och vill ha ut en kopia av sin journal. Hur gör jag?", Some("Anna Berg")),
            ("Hej! Mitt namn är Kalle Persson och jag vill veta vilka uppgifter ni har om mig.", Some("Kalle Persson")),
            ("Radera alla mina uppgifter ur ert kundregister.\n/Lena Holm", Some("Lena Holm")),
            // A first name is too little; nor is a greeting a name.
            ("Radera alla mina uppgifter ur ert kundregister.\n/Lena", None),
            ("Hej Anna Berg, jag vill ha ut mina uppgifter.", None),
        ],
    );
    check(
        "received_at",
        &[
            ("Anna Berg ringde i fredags och vill ha ut en kopia av sin journal.", Some("2026-03-06")),
            ("En förälder mejlade i måndags och vill att vi raderar alla bilder på hennes son.", Some("2026-03-09")),
            // Our own sending is not the request coming in.
            ("Jag mejlade henne utdraget i måndags men hon vill ha ut en kopia av hela journalen.", Some("2026-03-10")),
        ],
    );
}

#[test]
fn processors_are_named_beside_the_word_for_them() {
    check(
        "processors",
        &[
            (
                "Vår leverantör av lönesystemet, Lönelotsen AB, meddelade igår att obehöriga kommit åt systemet.",
                Some(r#"["Lönelotsen AB"]"#),
            ),
            (
                "Igår fick vi ett mejl från Skolappen Nord AB, som är personuppgiftsbiträde för vår app, om en bugg.",
                Some(r#"["Skolappen Nord AB"]"#),
            ),
            (
                "The server is run by Nordic Hosting Ltd, who is our processor, and it was hacked last night.",
                Some(r#"["Nordic Hosting Ltd"]"#),
            ),
            (
                "Leverantören CareCloud Sverige AB har bekräftat en bugg i journalsystemet.",
                Some(r#"["CareCloud Sverige AB"]"#),
            ),
            ("Vår IT-leverantör Atea meddelade i förmiddags att servern hackats.", Some(r#"["Atea"]"#)),
            (
                "Our cloud provider TeleStore Ltd, which hosts our archive, told us yesterday that a bucket was exposed.",
                Some(r#"["TeleStore Ltd"]"#),
            ),
            // Other companies in the text are not processors.
            ("Mejlet med 12 patienters provsvar skickades av misstag till Apoteket AB igår.", None),
            ("Listan skickades till fel leverantör, Bygg och Måleri AB, i stället för till vår konsult.", None),
            (
                "Ett fakturaunderlag från Omsorg Syd AB skannades av vår inläsningscentral och skickades till Hamnen AB.",
                None,
            ),
        ],
    );
    check(
        "processor_involved",
        &[(
            "The server is run by Nordic Hosting Ltd, who is our processor, and it was hacked last night.",
            Some("true"),
        )],
    );
}

#[test]
fn whether_the_people_concerned_have_been_told() {
    check(
        "subjects_informed",
        &[
            (
                "Jag skickade listan med elevernas betyg till fel klass igår. Vi har inte informerat eleverna än.",
                Some("false"),
            ),
            (
                "Journalen skickades till fel mottagare igår. Vårdnadshavarna har inte fått någon information ännu.",
                Some("false"),
            ),
            (
                "I emailed the class list to the wrong parent yesterday. We haven't told the families yet.",
                Some("false"),
            ),
            ("Listan med 40 elevers personnummer skickades fel igår. Vi har informerat föräldrarna.", Some("true")),
            (
                "I sent the wrong attachment to a parent yesterday. The parents of the pupil concerned have been told.",
                Some("true"),
            ),
            (
                "Our payroll supplier was hacked on Monday, salaries of 300 employees are affected. We have not informed \
                 the staff yet.",
                Some("false"),
            ),
            // Questions, plans, those told who are not the people concerned: nothing yet.
            ("Listan skickades till fel förälder igår. Ska vi informera vårdnadshavarna?", None),
            ("Listan skickades till fel förälder igår. Vi kommer att informera familjerna imorgon.", None),
            ("Listan med elevernas betyg skickades fel igår. HR och rektor är informerade.", None),
            ("Listan med elevernas betyg skickades fel igår. Vi har informerat personalen på skolan.", None),
            ("Bilden på eleverna hamnade fel igår. Jag har pratat med eleven och bett henne radera den.", None),
        ],
    );
}

#[test]
fn ends_told_in_everyday_words() {
    check(
        "ended_at",
        &[
            (
                "Efter gårdagens uppdatering kunde elever se andras omdömen. Felet rättades i morse kl 06.00.",
                Some("2026-03-10T06:00"),
            ),
            (
                "A former substitute could still log in. IT shut the account at 8:30 this morning.",
                Some("2026-03-10T08:30"),
            ),
            (
                "Ransomware hit the file server last night. It was taken off the network at 04:25.",
                Some("2026-03-10T04:25"),
            ),
            (
                "Jag glömde utskrifterna i skrivaren på biblioteket igår. Jag hämtade papperen i morse kl 08.10 så nu är \
                 de hos mig.",
                Some("2026-03-10T08:10"),
            ),
            // An account that was never closed has no end.
            ("The account of a former employee was never deactivated and she logged in yesterday.", None),
        ],
    );
    check(
        "ongoing",
        &[
            (
                "The ransomware attack started at 03:10 last night. The attack is contained and nothing is running anymore.",
                Some("false"),
            ),
            ("Felet i journalsystemet är inte åtgärdat, de felaktiga listorna ligger kvar i systemet.", Some("true")),
            // What a file contained says nothing of an end.
            ("The file I emailed to the wrong school yesterday contained names and diagnoses.", None),
        ],
    );
}

#[test]
fn causes_in_everyday_words() {
    check(
        "cause",
        &[
            (
                "Vid loggkontrollen såg vi att en handläggare öppnat sin grannes akt. Hon medgav att hon var nyfiken.",
                Some("internal_malicious"),
            ),
            (
                "A nurse looked up her ex-husband's records last week because she was curious.",
                Some("internal_malicious"),
            ),
            (
                "En undersköterska läste en brukares journal fast hon visste att hon inte fick.",
                Some("internal_malicious"),
            ),
            (
                "Jag slog fel på en siffra i mobilnumret så sms:et med portkoden hamnade hos en okänd person.",
                Some("human_error"),
            ),
            ("A typo in the address meant the referral went to the wrong clinic yesterday.", Some("human_error")),
            (
                "Jag vidarebefordrade mejlet till hela gruppen igår, det borde aldrig ha gått till alla.",
                Some("human_error"),
            ),
            // Intentions of a system, not of a person.
            ("Det är inte meningen att vårdnadshavare ska kunna se andra elevers frånvaro i appen.", None),
        ],
    );
}

#[test]
fn natures_in_everyday_words() {
    check(
        "nature",
        &[
            (
                "En tekniker råkade ta bort fel mapp på filservern i fredags, den går inte att få tillbaka.",
                Some("destruction"),
            ),
            ("I accidentally deleted the folder with the case notes on Friday.", Some("destruction")),
            (
                "Efter nattens uppdatering har doseringar i läkemedelslistorna bytts ut mot andra boendes doseringar.",
                Some("alteration"),
            ),
            (
                "The substitute's account was never deactivated and she has logged in 20 times since January.",
                Some("unauthorised_access"),
            ),
            (
                "We found that our contractor had been given access to the tenant register, which they did not need.",
                Some("unauthorised_access"),
            ),
            // The recipient deleting the mail is the remedy; a teacher replaced is no data altered.
            (
                "Mejlet skickades till fel förälder igår, mottagaren har tagit bort det.",
                Some("unauthorised_disclosure"),
            ),
            ("Läraren ersattes av en vikarie som skickade betygen till fel förälder.", Some("unauthorised_disclosure")),
        ],
    );
}

#[test]
fn how_many_people_in_other_words() {
    check(
        "data_subjects_count",
        &[
            ("Jag sms:ade brukarens namn, adress och portkod till fel nummer i morse.", Some(r#"{"exact":1}"#)),
            (
                "En handläggare har öppnat akten för en känd lokalpolitiker utan att ha något ärende med honom.",
                Some(r#"{"exact":1}"#),
            ),
            (
                "Utredningen med namn på en ensamstående mamma och hennes tre barn låg ute på webben.",
                Some(r#"{"exact":4}"#),
            ),
            ("Fyra LSS-beslut till fyra olika brukare skrevs ut på fel skrivare igår.", Some(r#"{"exact":4}"#)),
            // A group, or someone it went to, is not one person.
            ("Elevens förälder fick av misstag hela klassens lista med betyg igår.", None),
            ("En pärm med anteckningar för ett antal brukare hittades i trapphuset i morse.", None),
            ("Vi vet ännu inte hur många som berörs, hittills har vi sett ett tiotal boende i listan.", None),
        ],
    );
    check(
        "records_count",
        &[("En tekniker råkade radera drygt 3000 dokument för ungefär 400 huvudmän.", Some(r#"{"approx":3000}"#))],
    );
}

#[test]
fn children_by_age_and_health_in_everyday_words() {
    check(
        "data_subject_categories",
        &[
            (
                "Mejlet om hennes 14-årige son och hans diagnos vidarebefordrades till hela gruppen igår.",
                Some(r#"["children"]"#),
            ),
            ("The letter about a 15-year-old and his care plan went to the wrong address.", Some(r#"["children"]"#)),
            ("Mejlet om hennes 45-årige son vidarebefordrades till hela gruppen igår.", None),
        ],
    );
    check(
        "data_categories",
        &[
            ("Sms:et till fel nummer sa att brukaren behöver hjälp med insulinet.", Some(r#"["health"]"#)),
            ("I blocket står om pappans alkoholproblem och barnets självskadebeteende.", Some(r#"["health"]"#)),
        ],
    );
}

#[test]
fn ransomware_encrypting_says_nothing_of_protection() {
    check(
        "encrypted",
        &[
            ("We were hit by ransomware last night; the encryption started at 02:40 on the file server.", None),
            ("Min jobbdator stals ur bilen igår, den är krypterad med BitLocker.", Some("true")),
        ],
    );
}

#[test]
fn dates_of_sending_discovery_and_the_same_day() {
    check(
        "occurred_at",
        &[
            (
                "I måndags fick rådet ett mejl från en mamma. Jag vidarebefordrade det kl 16.20 samma dag till fel grupp.",
                Some("2026-03-09T16:20"),
            ),
            ("I morse kl 7.45 sms:ade jag brukarens portkod till fel nummer.", Some("2026-03-10T07:45")),
            (
                "Vid genomgången hittade vi en regel som skickar all e-post vidare till en privat adress. Regeln skapades 12 februari.",
                Some("2026-02-12"),
            ),
        ],
    );
    check(
        "discovered_at",
        &[
            (
                "Igår eftermiddag fick vi ett mejl från leverantören om att elever kunnat se andras intyg sedan 28 februari.",
                Some("2026-03-09"),
            ),
            (
                "Our on-call technician picked up the alert at 04:05 this morning; the ransomware had started at 02:40.",
                Some("2026-03-10T04:05"),
            ),
            (
                "I söndags morse blev det inbrott i bilen. En granne hörde det och ringde oss strax efteråt.",
                Some("2026-03-08"),
            ),
        ],
    );
    check(
        "ended_at",
        &[(
            "I förmiddags upptäckte vi att mappen varit delad med alla ända sedan den skapades den 14 januari. Jag tog \
             bort delningen kl 08.05.",
            Some("2026-03-10T08:05"),
        )],
    );
}

// ---------------------------------------------------------------------------------------------
// Rules added after held-out batch 6 (sentences of our own).

#[test]
fn wrong_recipients_old_addresses_and_giving_out_are_disclosures() {
    let d = Some("unauthorised_disclosure");
    check("nature", &[
        ("Igår skickade jag ett sms till fel mamma om hennes sons frånvaro.", d),
        ("Vi postade ett beslut om bostadsanpassning till en brukare på hennes gamla adress, grannen öppnade det.", d),
        ("Kallelsen skickades till patienten på hans tidigare adress och den nya hyresgästen läste den.", d),
        ("Receptionen lämnade ut en klients nya adress till hennes före detta man igår.", d),
        ("Handläggaren läste upp personnumret för fel person i telefon i morse.", d),
        ("Yesterday a colleague told him the name and address of the tenant who had complained.", d),
        ("En förälder fick fel brev i måndags, det gällde ett annat barn.", d),
        ("Jag lade upp en bild på förskolans Facebooksida igår där barnens namnlista syntes i bakgrunden.", d),
        // Near misses: absent people are not lost things; a move is not a disclosure.
        ("Hon är borta på fredagar pga tandläkartider.", None),
        ("Han har flyttat och vill att vi skickar breven till hans nya adress.", None),
    ]);
    check("cause", &[
        ("I förrgår skickade jag ett sms via skolappen till fel vårdnadshavare.", Some("human_error")),
        ("Personalen hade inte tänkt på att listan syntes på bilden som lades upp igår.", Some("human_error")),
        ("The movers mixed them up with the boxes for recycling yesterday.", Some("human_error")),
    ]);
}

#[test]
fn phishing_is_an_attack_from_outside_and_access() {
    for text in [
        "Jag tror jag har blivit lurad, klickade på en länk i ett mejl i morse och loggade in.",
        "Hon loggade in via länken i ett falskt mejl igår och sedan gick det ut mejl från hennes konto.",
        "I clicked a link in an email this morning and entered my password; spam went out from my account.",
    ] {
        assert_eq!(field(text, "cause").as_deref(), Some("external_attack"), "{text}");
        assert_eq!(field(text, "nature").as_deref(), Some("unauthorised_access"), "{text}");
    }
    // Clicking a link alone is not an attack.
    assert_eq!(field("Jag klickade på länken till intranätet för att läsa rutinen.", "cause"), None);
}

#[test]
fn going_into_a_file_deleting_for_good_and_files_that_will_not_open() {
    check("nature", &[
        ("En medarbetare har gått in i akten för en granne flera gånger i augusti.", Some("unauthorised_access")),
        ("I accidentally deleted the club register yesterday and it is gone for good, there is no backup.",
         Some("destruction")),
        ("Efter attacken i natt är filerna på servern krypterade och går inte att öppna.", Some("loss")),
        ("Efter uppdateringen skrevs allergifältet över för flera patienter.", Some("alteration")),
    ]);
}

#[test]
fn counts_of_a_part_of_a_group_bounds_and_a_couple_of_hundred() {
    check("data_subjects_count", &[
        ("Listan med namnen på sex av de boende syntes på bilden som lades ut igår.", Some(r#"{"exact":6}"#)),
        ("Mobilen stals igår med adresser till ett 50-tal av våra brukare.", Some(r#"{"approx":50}"#)),
        ("Journalerna för drygt 30 av våra patienter skrevs över igår.", Some(r#"{"approx":30}"#)),
        ("Mejlet med personnummer gick till fel grupp igår men det rör sig om under tio personer.",
         Some(r#"{"range":"1-10"}"#)),
        ("Servern med kontaktuppgifter för ett par hundra barn blev krypterad i natt.", Some(r#"{"approx":200}"#)),
        ("Yesterday I emailed the wrong file to the seven shortlisted candidates.", Some(r#"{"exact":7}"#)),
        // A bound above the first band names no band; minutes are no people.
        ("Listan med under 500 elever skickades till fel skola igår.", None),
        ("Mejlet låg ute under tio minuter igår.", None),
    ]);
}

#[test]
fn a_pupil_in_a_class_and_child_psychiatry() {
    let text = "Igår skickade jag ett sms till fel vårdnadshavare om en tjej i 7b och hennes tider på BUP.";
    assert_eq!(field(text, "data_subject_categories").as_deref(), Some(r#"["pupils"]"#));
    assert_eq!(field(text, "data_categories").as_deref(), Some(r#"["health"]"#));
    assert_eq!(field(text, "data_subjects_count").as_deref(), Some(r#"{"exact":1}"#));
}

#[test]
fn requests_for_everything_held_photos_taken_off_and_holding_back_until_checked() {
    check_kinds(&[
        ("En man ringde och ville begära ut allt som kommunen har om honom från tiden i familjehem.",
         Kind::DataSubjectRequest),
        ("A parent wrote yesterday. He wants all photos of his son taken off the school's website.",
         Kind::DataSubjectRequest),
        ("En brukare vill att vi inte använder uppgifterna i hennes plan tills vi har rett ut saken.",
         Kind::DataSubjectRequest),
        // A programme that speaks of misdirected mail is not a report.
        ("Inbjudan till nätverksträff 12 maj. Vi går igenom IMY:s beslut om felskickade mejl. Anmäl dig senast \
          1 maj. Lunch ingår.", Kind::Other),
        ("Book a free demo of MailGuard, which stops emails sent to the wrong recipient. Get 3 months free. \
          Special offer this week.", Kind::Other),
    ]);
    check("request_type", &[
        ("En man ringde och ville begära ut allt som kommunen har om honom.", Some("access")),
        ("A parent wrote yesterday. He wants all photos of his son taken off the school's website.",
         Some("erasure")),
        ("En brukare vill att vi inte använder uppgifterna i hennes plan tills vi har rett ut saken.",
         Some("restriction")),
    ]);
}

#[test]
fn a_name_alone_on_the_last_line_signs_a_request() {
    let text = "Hej!\n\nJag motsätter mig att ni använder min adress för enkäter.\n\nKarin Holm";
    assert_eq!(field(text, "requester").as_deref(), Some("Karin Holm"));
    // Not a name: a team on the last line.
    let text = "Hej!\n\nJag motsätter mig att ni använder min adress för enkäter.\n\nIT-jouren";
    assert_eq!(field(text, "requester"), None);
}

// Rules added after held-out batch 7.

#[test]
fn the_day_of_an_event_may_follow_in_a_sentence_of_its_own() {
    check_kinds(&[
        (
            "Jag lämnade ut telefonnumret till en hyresgäst till någon som sa att han var hennes son. Det var igår \
             eftermiddag. Vad gör vi nu?",
            Kind::Incident,
        ),
        ("I gave out a client's address to a caller on the phone. This was on Monday. What should we do?", Kind::Incident),
        // A question about what one may do, with no event told, stays a question.
        ("Får vi lämna ut adressen till någon som ringer och säger att han är släkt? Det undrade en kollega igår.", Kind::Other),
    ]);
}

#[test]
fn vendors_pitches_are_not_reports() {
    check_kinds(&[
        (
            "Visste du att hälften av alla kommuner haft en personuppgiftsincident? Med SafeMail stoppar ni \
             läckor. Boka en kostnadsfri demo så får ni 15 % rabatt. Avregistrera dig här.",
            Kind::Other,
        ),
        (
            "Did you know most breaches start with one misdirected email? Book a short demo this month and get a 20 % \
             discount on the first year.",
            Kind::Other,
        ),
        // Someone unsubscribing is a request, not a pitch.
        ("I no longer want to receive your newsletter, please unsubscribe me.", Kind::DataSubjectRequest),
    ]);
}

#[test]
fn shut_out_reset_or_unplugged_ends_it() {
    check("ongoing", &[
        ("Jag klickade på en länk och skrev in mitt lösenord igår. IT har spärrat kontot nu.", Some("false")),
        ("Någon loggade in på mitt konto igår. Kontot är blockerat och jag har bytt lösenord.", Some("false")),
        ("Someone logged in to my mailbox on Sunday. IT has reset my password and signed out all sessions.", Some("false")),
        ("Malware was found on a public PC in the library this morning. We unplugged it at 10.", Some("false")),
        // Nothing done yet.
        ("Någon loggade in på mitt konto igår och jag vet inte vad som hänt sedan.", None),
    ]);
}

#[test]
fn deleted_with_no_backup_is_destruction_not_loss() {
    check("nature", &[
        ("Jag råkade radera en mapp med elevdokumentation igår. Det finns inte någon backup så allt är borta.", Some("destruction")),
        ("I accidentally deleted the shared folder with care plans yesterday, it was never backed up and it is gone.", Some("destruction")),
        // Lost on a train is a loss, whatever else is said about backups.
        ("Jag tappade bort ett USB-minne med elevlistor på tåget igår, det är borta.", Some("loss")),
    ]);
}

#[test]
fn a_sharing_link_for_anyone_or_access_after_an_update_is_access() {
    check("nature", &[
        (
            "En OneDrive-mapp med bilder på barnen har varit delad med alla som har länken sedan augusti.",
            Some("unauthorised_access"),
        ),
        (
            "The team folder with the reviews was shared so that anyone with the link could open it, since June.",
            Some("unauthorised_access"),
        ),
        (
            "Efter uppgraderingen av systemet i måndags kan alla på lönekontoret öppna ärenden om försörjningsstöd. \
             Behörigheterna har nollställts.",
            Some("unauthorised_access"),
        ),
        // She was going to send a picture: the intention is not a disclosure.
        (
            "En kollega ändrade behörigheten på mappen av misstag när hon skulle skicka en bild, nu är den delad med \
             alla som har länken.",
            Some("unauthorised_access"),
        ),
    ]);
}

#[test]
fn requests_passed_on_by_staff() {
    check("request_type", &[
        (
            "En tidigare anställd lämnade in en skriftlig begäran igår. Hon vill veta vilka uppgifter vi har sparade om \
             henne.",
            Some("access"),
        ),
        (
            "A parent asked if he can get his son's reading records exported as a file for the new school.",
            Some("portability"),
        ),
    ]);
    check_kinds(&[
        ("En vårdnadshavare ringde i måndags och vill veta vilka uppgifter som finns om hennes son. Vem tar det?", Kind::DataSubjectRequest),
        // Data exported to the wrong place is an incident.
        ("Vi har av misstag exporterat alla elevers resultat och skickat filen till fel skola igår.", Kind::Incident),
    ]);
}

/// A discovery dated by a word for now ("märkte nyss", "såg precis nu") leaves the date in its
/// that-clause to the event: the Monday below is when the notes went wrong, not when it was seen.
#[test]
fn a_discovery_dated_now_leaves_the_reported_date_to_the_event() {
    // Tuesday 10 March: "i måndags" is 9 March.
    let text = "märkte nyss att jag har skrivit anteckningar i fel brukares journal sen i måndags";
    check("occurred_at", &[(text, Some("2026-03-09"))]);
    check("discovered_at", &[(text, Some("2026-03-10"))]);
    // Without the word for now, the date is the discovery's.
    check("discovered_at", &[("jag märkte i måndags att anteckningarna stod i fel journal", Some("2026-03-09"))]);
}
