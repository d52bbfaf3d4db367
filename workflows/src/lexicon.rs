//! The words dsobot recognises, as data, and the one pass that finds them in a text.
//!
//! Every table is a list of [`Group`]s: an option id (or a role such as `"discovered"`), a weight,
//! and terms. A term is one or more token patterns separated by spaces, matched against lowercase
//! tokens (apostrophes normalised to `'`):
//!
//! | pattern | matches a token that |
//! |---|---|
//! | `word` | is exactly `word` |
//! | `pre*` | starts with `pre` (inflections: `journal*` = journalen, journaler, journalanteckningar) |
//! | `*suf` | ends with `suf` (compound heads: `*barn` = förskolebarn) |
//! | `*mid*` | contains `mid` (compound parts: `*journal*` = elevjournalen) |
//! | `~` | up to three tokens of the same sentence (`brist* ~ rutin*` = brister i våra rutiner) |
//!
//! A term starting with `!` is an exception: where it matches, its group does not count
//! (`!vårdnad*` keeps "vårdnadshavare" out of health). Patterns other than exact words need at
//! least three bytes of fixed text, so that the index below can find them by three of them.
//!
//! Swedish is written in compounds and inflections, so stems and compound parts are the rule here;
//! every broad stem comes with the exceptions that real reports showed it needs.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::OnceLock;

/// One option (or role) and the words that signal it.
#[derive(Debug, Clone, Copy)]
pub struct Group {
    pub id: &'static str,
    /// How strongly the terms point at the option: 3 alone is enough, 2 is clear, 1 only adds up.
    pub weight: u8,
    pub terms: &'static [&'static str],
}

const fn g(id: &'static str, weight: u8, terms: &'static [&'static str]) -> Group {
    Group { id, weight, terms }
}

/// The tables, one per question the extractor or the answer parser asks of a text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[repr(u8)]
pub enum Table {
    Nature,
    WrongRecipient,
    Sending,
    Automatic,
    /// "kan se", "could see": disclosure, or access when the text is about systems and permissions.
    Visibility,
    /// Words that make a "could see" a matter of access rights rather than of disclosure.
    AccessContext,
    /// Left behind somewhere: a loss, unless the thing was found again.
    LeftBehind,
    FoundAgain,
    /// Restoring data: counts as destruction only when negated ("går inte att återskapa").
    Recovery,
    Cause,
    DataCategory,
    SubjectCategory,
    /// Settings where the people concerned are the organisation's clients (social services).
    ClientContext,
    RequestType,
    /// A data subject exercising a right (kind `data_subject_request`).
    Request,
    /// Words of an incident report that are not themselves a nature or a cause.
    IncidentWord,
    /// How a question is asked ("får vi", "can we"): with no incident in it, kind `other`.
    Question,
    /// "vad händer om", "what if": a question about a case that has not happened.
    Hypothetical,
    /// Verbs and nouns that say what a date in the same clause is: `occurred`, `discovered`, `ended`.
    DateCue,
    /// "nu", "precis", "just": the discovery is now.
    NowWord,
    Negation,
    /// Negations that follow the word they negate ("krypterades inte").
    NegationAfter,
    Ongoing,
    Encryption,
    /// The requester's identity was checked ("visade leg", "showed her ID").
    IdentityChecked,
    Processor,
    Hedge,
    /// Phrases saying a field is not known ("vet inte när").
    Unknown,
    CountNoun,
    /// Words allowed between a number and its noun ("40 olika klienter").
    CountModifier,
    Approx,
    /// "fler än", "över": a lower bound.
    AtLeast,
    /// Vague quantities with a fixed meaning ("ett fåtal" = 1-10).
    Quantity,
    Yes,
    No,
    /// Whole replies that mean "I don't know".
    DontKnow,
    /// Replies that correct an earlier answer, at the start of the text.
    Correction,
    /// Tokens that may be number words, so that only those are read as numbers.
    NumberWord,
    /// Function words of Swedish (`sv`) and English (`en`), for [`crate::lang`].
    LangWord,
    /// Marks of a mailing that is not a report: a newsletter, an invitation, a programme.
    Bulletin,
    /// Telling the people concerned: `told` (they follow: "vi har informerat föräldrarna") and
    /// `heard` (they come first: "vårdnadshavarna har fått information").
    Informing,
    /// Those who can be told of an incident about them, besides the data-subject categories.
    Audience,
    /// Other words for options of fields without a table of their own, as `field.option`.
    OptionSynonym,
}

impl Table {
    /// How many tables there are (`OptionSynonym` is the last).
    pub const COUNT: usize = Table::OptionSynonym as usize + 1;
}

pub const NATURE: &[Group] = &[
    g("unauthorised_disclosure", 3, &[
        // Hidden is not removed: "dolt de kolumner jag inte ville ha med, men det går att visa dem".
        "dolda kolumner*", "dolt ~ kolumner*", "dolde ~ kolumner*", "dold* flik*", "hidden column*", "hidden tab*",
        "hidden sheet*", "hidden row*", "dolda rader*",
        "röj*", "obehörigen", "*röjande", "*röjd", "*röjt", "*röjts", "*röjdes",
        "fel mottagare*", "felaktig* mottagare*", "fel adressat*", "dold kopia", "dolda kopior", "hemlig kopia", "bcc",
        "läck*", "*läcka", "*läckan", "*läckage",
        // Water is no data: "vattenläcka från ett avloppsrör", "läckan är tätad".
        "!vattenläck*", "!läckan är tätad", "!läckan ~ tätad*", "!läckte in", "!läckt in", "!rörläck*", "!takläck*",
        "!sprang läck", "!sprungit läck", "!vattenrör*",
        "!water leak*", "!leaking pipe*", "!pipe ~ leak*",
        "skickat fel", "skickade fel", "skickades fel", "skickats fel", "hamnade fel", "hamnat fel", "kommit fel",
        "kom fel",
        "gått fel", "gick fel ~ mejl*",
        "annat barns", "annan klients", "annan brukares", "annan patients", "annan elevs", "annan persons",
        // More than one's own: "it was not just his: it lists all 28 pupils", "inte bara hans".
        "not just his", "not just hers", "not only his", "not only hers", "not just ours", "inte bara hans",
        "inte bara hennes", "inte bara vår*", "inte bara min*", "not just mine", "not just my",
        // Something else in the envelope: "I kuvertet låg också en lista över alla hushåll".
        "i kuvertet låg", "i kuvertet fanns", "i brevet låg", "låg också en lista", "fanns också en lista",
        "med brevet låg", "låg en bilaga", "attached to the letter was", "with the letter was",
        // A recording saved where others see it: "jag tryckte på Spela in ... Inspelningen sparades i kanalen".
        "inspelningen sparades i", "sparades i kanalen", "tryckte på spela in", "recording was saved to",
        "recording was saved in", "recorded by mistake", "spelades in av misstag",
        "was also in the envelope", "also contained a list", "in the envelope was", "in the envelope there was",
        // Left where anyone finds it: "hittade papper i papperskorgen vid busshållplatsen", files still on a sold
        // computer.
        "papperskorg*", "soptunn*", "sopkorg*", "rubbish bin", "trash can", "in the bin", "in a bin",
        "!papperskorgen ~ tömd*", "!tömde papperskorgen", "!papperskorgen var tom", "!recycle bin*",
        "begagnad* dator*", "used laptop", "second-hand laptop", "sold laptop*", "såld* dator*",
        "någon annans", "annan kunds", "annan hyresgästs", "annan användares", "annan sökandes", "annan familjs",
        // The wrong one's data sent out: "det var en kvinnas samtal, inte hans".
        "var en kvinnas", "var en mans", "was a woman's", "was a man's", "another customer's", "another person's",
        "another tenant's", "another user's", "another family's", "another applicant's",
        "ett annat barn", "helt annat barn", "en annan klient", "en annan patient", "en annan elev", "en annan brukare",
        "privat dator", "privata dator*", "privat e-post*", "privata e-post*", "privat mejl*", "privata mejl*",
        "privat mail*",
        "privat mobil*", "privata mobil*", "hemdator*", "privat telefon*",
        // A private number is a kind of data: "hemadress och privat mobilnummer för alla ledamöter".
        "!privat mobilnummer*", "!privata mobilnummer*", "!privat telefonnummer*", "!privata telefonnummer*",
        "misdirected", "disclos*", "leak*",
        "someone else's", "another patient's", "another client's", "another pupil's", "another child's",
        "private computer", "private email*", "personal email*", "home computer",
        // Passwords leaked elsewhere are how an attacker got in, not our data going out.
        "!password* ~ leak*", "!leaked password*", "!leaked credential*", "!credentials ~ leak*",
        "!lösenord* ~ läck*", "!läckta lösenord*", "!läckt* inloggningsuppgift*",
    ]),
    g("unauthorised_disclosure", 2, &[
        // Someone outside finding our papers: "När jag kom hem hittade jag en plastficka i korgen
        // med ett förskrivningsunderlag".
        "hittade jag ~ papper*", "hittade jag ~ plastficka", "hittade jag ~ underlag*", "hittade jag ~ dokument*",
        "hittade jag ~ journal*", "hittade jag ~ anteckningar", "i found ~ papers", "i found ~ documents",
        "i found ~ notes about", "i found ~ folder with",
        // A number that now belongs to someone else: "ett gammalt nummer som i dag används av
        // kvinnans före detta sambo", "gick till hennes exmake", "was given box 14 instead of box 41".
        "gammalt nummer som", "old number that", "old number which", "gick till hennes ex*", "gick till hans ex*",
        "gick till hennes före detta", "gick till hans före detta", "was given ~ instead of", "were given ~ instead of",
        // Passed on: "som skickade den vidare till ett tjugotal frivilliga"; to an all-staff list:
        // "till alla-personal-östskolan istället för EHT-gruppen".
        "skickade ~ vidare till", "skickat ~ vidare till", "skickades vidare till", "sent it on to", "passed it on to",
        "forwarded it on to", "till alla-*", "to all-*", "innehöll i stället alla", "innehöll istället alla",
        // The register's words: "uppgifter ... röjda i yttrande", "Yttrandet har delgetts fadern", "men listan
        // innehöll förutom adresser även hyresskulder", "har ... visats i klasslistan med namn och sin nya
        // adress", "till barnens far, som inte ska ha del av utredningen", "klagandens namn framgick av
        // beslutet", "av misstag låtit den ursprungliga texten ligga kvar".
        "röjda", "röjdes", "röjts", "röjt", "har röjt", "delgetts", "innehöll förutom", "innehöll ~ även",
        "also contained", "visats i", "visades i", "inte ska ha del av", "inte skulle ha del av",
        "framgick av beslutet", "framgick av brevet", "framgick av yttrandet", "angavs i beslutet",
        "låtit ~ ligga kvar",
        // "I stället för tidrapportmallen bifogades lönefilen", "Av misstag bifogades en arbetsfil",
        // "föreläggandena skickades till tidigare ägare", "Av misstag valdes mottagargruppen för hela
        // klassen", "Datorn hade inte återställts innan den lämnades ut".
        "av misstag bifogades", "bifogades av misstag", "bifogades ~ i stället", "i stället för ~ bifogades",
        "istället för ~ bifogades", "till tidigare ägare", "till den tidigare ägaren", "to the previous owner",
        "valdes mottagargruppen", "fel mottagargrupp", "wrong recipient group", "hade inte återställts",
        "inte återställts innan", "without being reset", "utan att återställas", "utan att ha återställts",
        // More than was needed, to someone no longer entitled, to more than meant: "till en extern entreprenör
        // som endast behövde", "till en entreprenör som inte längre har uppdrag", "till samtliga 64 chefer i
        // stället för enbart till ekonomicontrollern", "e-mailed to the switchboard instead of to the intake
        // unit", "så alla fick det vinnande anbudets bilaga", "utan att maskera klagandens namn", "det syns
        // för alla", "quoted in full with my name".
        "som endast behövde", "som bara behövde", "who only needed", "som inte längre har uppdrag",
        "no longer has a contract", "i stället för enbart", "istället för enbart", "i stället för till",
        "istället för till", "instead of to the", "instead of only to", "så alla fick", "so everyone got",
        "utan att maskera", "without masking", "without redacting",
        "syns för alla", "synligt för alla", "visible to everyone", "quoted in full", "citeras i sin helhet",
        "till kallelsen bifogades", "publika webbkarta*", "public web map", "didn't notice the second",
        "did not notice the second", "andra fliken", "second tab",
        "insyn", "vidarebefordr*", "distribuer*", "öppnat av", "öppnades av", "öppnats av", "opened by", "lästes av",
        "laddat upp ~ till", "laddade upp ~ till", "laddats upp ~ till", "uploaded ~ to", "fel brevlåda",
        "fel brevlådan",
        "skrev ut", "skrevs ut", "skrivit ut", "skrivits ut", "skriva ut", "skriver ut", "utskriv*",
        "*skrivare*",
        // A printer that does not print: "skrivaren på plan 3 skriver inte ut, står papperstrassel".
        "!skriver inte ut", "!skrivaren ~ skriver inte", "!måste skriva ut", "!behöver skriva ut", "!ska skriva ut",
        "!papperstrassel", "!skrivaren på plan", "!printer is not printing", "!printer won't print",
        "hamnade hos", "hamnat hos", "exposed", "forwarded", "shared with", "printed",
        // An intruder's rule forwarding mail out is part of the intrusion.
        "!regel som vidarebefordra*", "!regeln som vidarebefordra*", "!rule that forward*", "!rule forwarding",
        "!forwarding rule*", "!vidarebefordringsregel*",
        // Forwarding the report itself: "vidarebefordrar nedan", "---- Forwarded message ----".
        "!vidarebefordrar", "!vidarebefordrat meddelande", "!vidarebefordrat mejl", "!forwarded message",
        // Given out or read out to someone: "lämnade ut adressen", "läste upp hennes nya adress",
        // "told her the name and phone number of the borrower".
        // Whom data were given to is part of asking for one's file ("vilka ni har lämnat ut det till").
        "!vilka ni har lämnat ut", "!vilka ni lämnat ut", "!vem ni har lämnat ut", "!vem ni lämnat ut",
        "!vilka ni har lämnat ~ till", "!who you have given", "!who you have shared", "!who you have disclosed",
        "lämnade ut", "lämnat ut", "lämnades ut", "lämnats ut", "gav ut", "gett ut", "läste upp", "läst upp",
        "lästes upp", "gave out", "given out", "read out", "read aloud", "told her the", "told him the",
        "told them the", "gave her the", "gave him the", "gave them the",
        // Someone got what was not theirs: "fick fel brev", "was meant for someone else".
        "fick fel", "fått fel", "got the wrong", "received the wrong", "till någon annan", "to someone else",
        "meant for someone else", "meant for another", "intended for someone else", "intended for another",
        "avsedd för ~ annan", "avsett för ~ annan", "avsedda för ~ annan",
        // Shared with everyone: read by `VISIBILITY`, where a folder makes it a matter of access.
        "!shared with all", "!shared with everyone",
        "!a printed", "!the printed", "!some printed", "!with printed", "!had printed",
        "till hela", "till alla", "svara alla", "svarade alla", "svarat alla", "to everyone", "to all", "reply all", "replied all",
        // One message to many that should have gone to each: "som gruppmeddelande ... istället för som
        // enskilda sms"; something that should not reach others: "borde väl inte hamna hos andra".
        "som gruppmeddelande", "as a group message", "as a group text", "hamna hos andra", "hamnat hos andra",
        "hamnar hos andra", "end up with others",
        // Someone else's list delivered with what was ours: "låg chaufförens körlista i påsen med matlådorna".
        "låg ~ körlista* i", "körlistan låg", "låg ~ lista* i påsen", "i påsen med", "in the bag with",
        "till all personal", "to all staff", "to the whole staff", "gav honom hennes", "gav henne hans",
        "gav honom ~ nummer", "gav henne ~ nummer", "gave him her", "gave her his",
        // A taken-over mailbox spamming its contacts is a matter of access.
        "!sending mails to everyone", "!sending emails to everyone", "!skickar mejl till alla", "!skickar mail till alla",
        "råkade visa", "delade skärmen", "skärmdelning*", "screen shar*",
        "andra elevers", "andra klienters", "andra patienters", "andra barns", "andra brukares", "others'",
        "other pupils'", "other patients'", "other clients'",
        "printer*", "cc'd", "felaktigt adresser*",
        // Given out by word or by hand: "gav idag kl 15.30 ut direktnumret", "lämnade över en kopia
        // till pappan", "the unmasked version went along".
        "ut direktnumret", "ut numret", "ut telefonnumret", "ut adressen", "ut personnumret", "ut hennes adress",
        "ut hans adress", "ut uppgifter om", "lämnade över ~ till", "lämnat över ~ till", "överlämnade ~ till",
        // Sent to a private chat group; said in a broadcast meeting.
        "privat* whatsapp*", "privat* grupp*", "private group*", "private chat", "private whatsapp*", "nämnde ~ namnet", "nämnde ~ efternamnet", "nämnde ~ namn", "mentioned ~ name",
        "said ~ name", "sa ~ namnet",
        "handed over ~ to", "omaskad*", "unmasked", "inte maskad*", "inte maskats", "should have been masked",
        "skulle ha maskats",
        // Everyone a mailing went to received the data ("varje mottagare fick hela listan").
        "varje mottagare", "alla mottagare", "samtliga mottagare", "every recipient", "each recipient",
        "all recipients", "all the recipients",
        // "utskrivna ansökningar", "en utskriven körlista": printed is what the thing is, not
        // what happened to it.
        "!utskriven", "!utskrivet", "!utskrivna", "!utskrivne",
    ]),
    // Published: a disclosure, unless the person whose data they are complains of it (then the
    // publication is what they object to, see `extract::classify`).
    g("published", 3, &[
        // To be published is a plan: "den preliminära antagningen som publiceras den 2 maj".
        "!som publiceras", "!publiceras den", "!ska publiceras", "!kommer att publiceras", "!will be published",
        "!to be published", "!is published on", "!are published on",
        "publicer*", "lade ut", "la ut", "lagt ut", "lades ut", "lagts ut", "legat ute", "ligger ute", "ligga ute",
        "låg ute", "legat uppe", "låg uppe", "ligger uppe", "lagts upp", "lades upp", "publish*", "public website",
        // "lade upp en bild på Facebooksidan", "posted a photo on Instagram".
        "lade upp ~ på", "la upp ~ på", "lagt upp ~ på", "lade upp ~ bild*", "la upp ~ bild*", "lagt upp ~ bild*",
        "lade upp ~ foto*", "la upp ~ foto*", "lagt upp ~ foto*", "postade ~ på", "postat ~ på", "posted ~ on",
        // Sent by post, not put online: "so the gifts can be posted before the party".
        "!can be posted", "!be posted", "!to be posted", "!will be posted",
        "public web*", "lägga ut ~ hemsida*", "lägga ut ~ webb*", "lägga upp ~ hemsida*", "lagt upp ~ hemsida*",
        "lade upp ~ hemsida*", "la upp ~ hemsida*", "put ~ on ~ website",
        "råka lägga ut", "råkade lägga ut", "råkat lägga ut", "råka lägga upp", "råkade lägga upp", "råkat lägga upp",
        // Put up where passers-by read it: "sattes upp på anslagstavlan i entrén", "on the notice board".
        "anslagstavla*", "anslagstavlan", "notice board", "noticeboard", "bulletin board", "sattes upp på",
        "suttit uppe", "satt uppe i", "satt uppe på", "sattes ~ upp", "sattes upp", "satte upp ~ lapp*", "satte upp ~ lista*", "satte upp ~ listan", "put up ~ list",
        // Put up the wrong paper: "skulle sätta upp info ... och fick med sig fel papper".
        "sätta upp ~ fel papper", "fick med sig fel papper", "satt uppe i ~ trapphus*",
        "put up ~ notice", "pinned up",
        // "The recording went up on our YouTube channel yesterday at 3pm".
        "went up on our", "went up on the website", "went up on youtube", "was put up on", "were put up on", "uploaded to ~ youtube", "upp på youtube",
        "on ~ youtube channel", "youtube-kanal*", "youtubekanal*",
        // Meant for one place, landed on a public one: "den hamnade på förskolans öppna instagram".
        // "la upp en stillbild från övervakningskameran på ishallens instagram".
        "la upp ~ ~ på ~ instagram*", "lade upp ~ ~ på ~ instagram*", "la upp ~ ~ på ~ facebook*",
        "lade upp ~ ~ på ~ facebook*", "posted ~ ~ on ~ instagram", "posted ~ ~ on ~ facebook",
        "hamnade på ~ instagram*", "hamnade på ~ facebook*", "hamnade på ~ tiktok*", "hamnade på ~ hemsida*",
        "hamnade på ~ webb*", "ended up on ~ instagram", "ended up on ~ facebook", "ended up on ~ website",
        "ended up on ~ tiktok", "öppna instagram*", "öppna facebook*", "public instagram", "public facebook",
    ]),
    g("published", 2, &[
        "webbsänd*", "sändes direkt", "direktsänd*", "livesänd*", "livestream*", "live-stream*", "webcast*",
        "broadcast live", "streamed live",
        "publicly", "posted", "online", "!can be posted", "!be posted", "!to be posted", "!will be posted",
        "!online form", "!online-formulär*", "!your online", "!via ~ online",
        // "it is still on the website", "ligger på er hemsida".
        // ("Jag hittade adressen på hemsidan" is where someone looked, not what was published.)
        "is on your website", "is on the website", "is on our website", "still on ~ website", "are on your website",
        "are on the website", "was on the website", "ligger på ~ hemsida*", "ligger på ~ webbplats*",
        "låg på ~ hemsida*", "låg på ~ webbplats*",
    ]),
    // Told by word of mouth ("sa till en annan förälder att...", "det slank ur henne").
    g("unauthorised_disclosure", 2, &[
        "sa till ~ annan*", "sade till ~ annan*", "berättade för ~ annan*", "berättat för ~ annan*",
        "nämnde ~ för ~ annan*", "nämnt ~ för ~ annan*", "pratade om ~ med ~ annan*", "told ~ another",
        "told ~ other", "mentioned ~ to ~ another", "mentioned ~ to ~ other", "slank ~ ur", "slank ~ ut",
        "slapp ~ ur", "slipped out", "let slip", "råkade säga", "råkade berätta", "råkade nämna", "råkat säga",
        "råkat berätta", "råkat nämna", "accidentally told", "accidentally mentioned", "accidentally said",
        // Said so that others heard: "sa högt i receptionen", "talked about it loudly on the bus".
        // Said before an audience: "sa i fredags inför hela klassen att ...", "in front of everyone".
        "inför hela klassen", "inför klassen", "inför hela gruppen", "inför alla", "in front of the class",
        "in front of the whole", "in front of everyone", "in front of the other*",
        "sa ~ högt", "sade ~ högt", "sagt ~ högt", "pratade ~ högt", "pratat ~ högt", "talade ~ högt",
        "said ~ out loud", "said ~ loudly", "talked ~ loudly", "spoke ~ loudly", "talking ~ loudly",
        "som ~ hörde", "kan ha hört", "kunde ha hört", "kunde höra", "kan höra", "hördes", "tjuvlyssna*",
        "could hear", "could have heard", "may have heard", "might have heard", "overheard", "overhear",
        "!hördes av", "!hördes inte", "!hörde av sig", "!som hörde av sig",
        // Telling a colleague is work, not a disclosure.
        "!sa till ~ annan kolleg*", "!sade till ~ annan kolleg*", "!berättade för ~ annan kolleg*",
        "!told ~ another colleague", "!told ~ other colleagues",
    ]),
    // A printout is what was lost as often as what was seen: weak alone, it decides nothing
    // against a theft or a loss.
    g("unauthorised_disclosure", 1, &[
        "*utskrift*", "printout*",
        "utlämn*", "sammanblandning*", "förväxl*", "inte tillhörde", "tillhörde inte", "fick ut", "fått ut",
        "öppen e-post",
        "öppen epost", "okrypterad* e-post", "okrypterad* mejl*", "massutskick*", "uploaded", "upload*",
        // A chat app is where data go astray as often as where plans are made: weak alone.
        "whatsapp*", "snapchat", "messenger-grupp*",
    ]),
    g("unauthorised_access", 3, &[
        // Logging in to send one's own request: "I logged in to the form with BankID".
        // An app showing one customer another's: "were shown another customer's history instead of their own".
        "shown another", "instead of their own", "i stället för sin egen", "istället för sin egen",
        "!logged in to the form", "!logged in to your form", "!logged in to ~ e-service", "!logged in with bankid",
        "!loggade in med bankid", "!loggade in i e-tjänsten för att", "!loggade in på ~ formulär*",
        "!loggade in i e-tjänsten med", "!loggade in ~ med bankid", "!logged in to the e-service with",
        // Data taken out by an intruder: "copied data out", "exfiltrated".
        "exfiltrat*", "copied ~ data", "data ~ copied", "data ~ was copied", "kopierade ut", "kopierat ut",
        "kopierades ut", "kopierats ut", "laddade ner ~ data", "downloaded ~ data",
        // Someone else working under one's login: "gave my login to", "loggad in som mig".
        "gave ~ my login", "gave ~ my password", "shared my login", "shared my password", "logged in as me",
        "logged in as her", "logged in as him", "lånade ut ~ inloggning*", "lånade ut ~ lösenord*",
        "gav ~ min inloggning*", "gav ~ mitt lösenord", "delade ~ min inloggning*", "delade ~ mitt lösenord",
        "inloggad som mig", "inloggad på mig", "loggade in som mig", "loggat in som mig",
        "obehörig åtkomst", "obehörigt åtkomst", "obehöriga åtkomst", "olovlig åtkomst", "intrång*", "*intrång",
        "hackad*", "hackat*", "hackare*", "hackades", "hackats", "hackning*", "kapad*", "kapat*", "kapats", "kapades",
        "snok*", "komma åt", "kom åt", "kommit åt", "kommer åt", "fick åtkomst", "fått åtkomst", "fått tillgång",
        // Out of reach is no one getting in: "filerna går inte att komma åt".
        "!inte går att komma åt", "!går inte att komma åt", "!inte gick att komma åt", "!gick inte att komma åt",
        "!kommer inte åt", "!inte kommer åt",
        "fick tillgång",
        "utan ~ vårdrelation", "ingen vårdrelation", "utan ~ tjänstebehov", "utan ~ tjänsteskäl",
        "without a care relationship", "no care relationship",
        "obehörigt inloggad*", "loggade in på", "loggat in på", "loggade in i", "loggat in i",
        "unauthorised access", "unauthorized access", "gained access", "got access", "could access", "accessed",
        "hacked",
        "logged in to", "logged into", "logged on to", "tagit sig in", "tog sig in", "ta sig in",
        "hacker*", "intrusion", "compromised", "snoop*", "break into the system",
        "got into ~ account*", "broke into ~ account*", "took over ~ account*", "account takeover",
        // Someone else's login: "använt en kollegas inloggning", "someone used my login".
        "kollegas inlogg*", "kollegas konto", "annans inlogg*", "annans konto", "använt min inloggning",
        "använde min inloggning", "använt mitt konto", "använde mitt konto", "colleague's login",
        "colleague's account", "someone else's login", "someone else's account", "used my login", "used my account",
        "credential stuffing", "brute force", "brute-force",
        // A device handed on still signed in: "38 of the machines were still signed in to the previous owner's
        // account. The new pupils could open the old owners' Drive".
        "still signed in to", "still logged in to", "fortfarande inloggad* på", "fortfarande inloggad* i",
        "previous owner's", "previous owners'", "förra ägarens", "tidigare ägarens",
        // "a successful login to her mailbox from an IP address abroad", "läste anteckningar om fem andra".
        "successful login", "successful sign-in", "mailbox was read", "mailbox was accessed", "läste anteckningar om",
        "läste ~ anteckningar om andra", "read ~ notes about other*",
        // "the attacker signed in at 02:14 ... was in the mailbox until 02:51".
        "attacker signed in", "attacker logged in", "angriparen loggade in", "in the mailbox until",
        "var inne i brevlådan", "var inne i mejlkorgen", "impossible-travel",
        "inte har ~ vårdrelation", "inte hade ~ vårdrelation", "saknar vårdrelation", "saknade vårdrelation",
    ]),
    g("unauthorised_access", 2, &[
        // A portal showing one user another's: "allowed any logged-in user to open the attachments of
        // other users' submissions by changing the number in the URL", "the decision letter that
        // opened was for another child".
        "attachments of other users", "other users' submissions", "other users' attachments", "other users' files",
        "changing the number in the url", "changing the number in the address", "ändra numret i adressen",
        "ändra siffran i adressen", "ändrade numret i adressen", "was for another child", "instead of ours",
        // "were shown another customer's history instead of their own"; "to anyone who changes the number
        // at the end of the link. There is no login at all".
        "visades en annan*", "fick se en annan*", "changes the number", "change the number", "ändrar siffran",
        "ändrar numret", "no login at all", "there is no login", "utan någon inloggning",
        // "visar fel barns placeringserbjudande", "varit åtkomliga för alla chefer", "Genom att ändra ett
        // löpnummer i webbadressen kunde vem som helst hämta".
        "visar fel barns", "visar fel persons", "shows the wrong child's", "shows another child's",
        "åtkomlig* för alla", "accessible to all", "ändra ett löpnummer", "i webbadressen", "kunde vem som helst",
        "anyone could", "delad med samtliga", "delad med alla", "delats med samtliga", "delats med alla",
        // A server, a stream or a store anyone could reach: "the camera stream was open to the internet".
        "åtkomlig* från internet", "åtkomlig* på internet", "tillgänglig* från internet", "tillgänglig* på internet",
        "öppen mot internet", "öppet mot internet", "accessible from the internet", "exposed to the internet",
        "open to the internet", "nåbar* från internet",
        // "its web interface was reachable from the school's guest Wi-Fi without a password".
        "reachable from the", "was reachable from", "were reachable from", "nåbar* från gäst*", "anyone on the guest",
        // An account that should have been closed, or taken over: "har fortfarande ett aktivt konto",
        // "sign-in from an IP in Lithuania", "my outlook is sending mails to everyone in my contacts".
        "fortfarande ~ aktivt konto", "fortfarande ~ aktiva konton", "konto* ~ fortfarande ~ aktiv*",
        "still ~ active account*", "account* ~ still ~ active", "account* ~ still ~ enabled",
        "sign-in from", "signed in from", "sign-ins from", "login from", "logged in from", "inloggning från",
        "inloggningar från", "loggade in från", "sending mails to everyone", "sending emails to everyone",
        "skickar mejl till alla", "skickar mail till alla", "skickade mejl till alla mina kontakter",
        // Access that should have ended: "en tidigare anställd hade fortfarande behörighet".
        "fortfarande ~ behörighet*", "kvar ~ behörighet*", "behörighet* ~ kvar", "behörighet* ~ inte tagits bort",
        "still had access", "still has access", "still have access", "access ~ not ~ removed", "not been revoked",
        "felaktig* behörighet*", "fel behörighet*", "för höga behörighet*", "för hög behörighet*",
        "för breda behörighet*",
        "för stora behörighet*", "för mycket behörighet*", "behörighet* som ~ inte", "borde inte ha behörighet*",
        "utökad* behörighet*", "nätfiske*", "*phishing*", "inloggningsuppgifter", "wrong permission*", "access rights",
        "!phishingövning*", "!nätfiskeövning*", "!phishing exercise*", "!phishing simulation*", "!phishing test*",
        "!phishing-övning*", "!phishing-test*",
        "too broad access", "too much access",
        // Lacking the rights to put it right: "jag har inte behörighet att ta bort den".
        "!behörighet* att ta bort", "!behörighet* att radera", "!behörighet* att ändra", "!behörighet* att rätta",
        "!behörighet* att stänga", "!access rights to remove", "!access rights to delete",
        "läst i ~ journal*", "läste i ~ journal*", "tittat i ~ journal*", "tittade i ~ journal*",
        "gått in i ~ journal*",
        "gick in i ~ journal*", "av nyfikenhet", "out of curiosity",
        "gått in i ~ akt*", "gick in i ~ akt*", "gått in i ~ *akten", "gick in i ~ *akten", "gått in i ~ ärende*",
        "gick in i ~ ärende*", "went into ~ record*", "went into ~ file*", "went into ~ case*",
        // Phished: "jag har blivit lurad", "loggade in via länken", "clicked a link in an email".
        "blivit lurad*", "blev lurad*", "loggade in via ~ länk*", "loggat in via ~ länk*", "från mitt konto", "från hennes konto", "från hans konto", "från hens konto",
        "logged in via ~ link", "logged in through ~ link", "was tricked",
        "been tricked", "got tricked", "from my account", "from her account", "from his account",
        // Someone was inside a mailbox, an account or a system ("angriparen har varit inne i
        // hennes mejlkorg"); said of rooms too, so only with other evidence.
        "varit inne i", "varit inne på", "kommit in i", "got into", "gotten into", "gained entry",
        // Logging in when one should not be able to: "she could still log in".
        "still log in", "still logged in", "still logging in", "fortfarande logga in", "fortfarande loggade in",
        "fortfarande loggat in",
        // Given access not needed: "had been given access to the tenant register".
        "given access", "granted access", "fått behörighet", "fick behörighet", "tilldelats behörighet",
        "tilldelades behörighet",
        // An account that should have been closed ("was never deactivated", "kontot stängdes aldrig").
        "never deactivated", "never disabled", "never closed", "never removed", "never revoked", "not deactivated",
        "not been deactivated", "not been disabled", "not been closed", "still active", "aldrig avslutat*",
        "aldrig avslutad*", "aldrig stängt*", "aldrig stängd*", "aldrig inaktiver*", "aldrig avaktiver*",
        "stängdes aldrig", "avslutades aldrig", "inaktiverades aldrig", "inte avslutats", "inte stängts",
        "inte inaktiverats", "inte avaktiverats", "fortfarande aktiv*",
        // Looking at a file one has no case with ("öppnat akten fast hon inte har nåt ärende med honom").
        "inte har ~ ärende med", "inte hade ~ ärende med", "inget ärende med", "hade inget ärende", "no case with",
        "utan att ha ~ ärende", "utan ~ ärende med", "no reason to ~ look*", "no business ~ look*",
        // Looking someone up in a record: "slog upp sin grannes journal", "looked up her ex-husband's records".
        "slog upp ~ journal*", "slagit upp ~ journal*", "sökte upp ~ journal*", "sökt upp ~ journal*",
        "slog upp ~ akt*", "sökte upp ~ akt*", "tittade i ~ akt*", "tittat i ~ akt*", "öppnade ~ akt*",
        "öppnat ~ akt*", "öppnade ~ journal*", "öppnat ~ journal*", "looked up ~ record*", "looked up ~ file*",
        "looked at ~ record*", "looked at ~ file*", "looked into ~ record*", "opened ~ record*", "accessed ~ record*",
        "opened the file of", "opened the case file", "opened the journal of", "opened ~ case file*",
    ]),
    g("loss", 3, &[
        "borttappad*", "bortappad*", "tappade", "tappat", "tappats", "tappades", "tappa", "försvunn*", "försvann",
        "försvinner",
        // "Ett säkerhetskopieringsband ... saknas efter transport", "surfplattan i släckbil 2310 saknades".
        "saknas efter", "saknades vid", "is missing after", "was missing after",
        // A sign or a queue time lost inside the data is a change to them: "decimaltecknet försvann",
        // "de har alltså tappat hela sin kötid".
        "!*tecknet försvann", "!*tecken försvann", "!tappat ~ kötid*", "!tappade ~ kötid*", "!tappat ~ plats* i kön",
        "stulen", "stulet", "stulna", "stulits", "stulit", "stjäl", "stals", "stal", "stöld*", "*stöld", "blev av med",
        "kan inte hittas",
        "inte återfinnas", "kunde inte återfinnas", "kan inte återfinnas", "återfinns inte", "gick inte att återfinna",
        "hittas inte", "går inte att hitta", "hittar inte", "kan inte hitta", "kunde inte hittas", "kunde inte hitta",
        "kan ej hittas", "går ej att hitta", "saknas fortfarande", "är borta", "var borta", "lost", "stolen",
        "theft", "stole",
        "misplaced", "missing", "can't find", "cannot find", "couldn't find", "could not find",
        // Information not found is no thing lost: "I couldn't find anything about it on your website",
        // "jag hittar inget om det på er webbplats".
        "!couldn't find anything", "!could not find anything", "!can't find anything", "!cannot find anything",
        "!couldn't find any information", "!could not find any information", "!hittar inte något om",
        "!hittar inte någon information", "!kunde inte hitta någon information", "!kan inte hitta någon information",
        // Fell off, blew away, never found again: "en av säckarna föll av på vägen", "listan blåste iväg".
        "föll av", "fell off", "blåste iväg", "blåste bort", "blew away", "flög iväg", "flög bort", "flew away", "inte återfunnits", "inte har återfunnits",
        "har inte hittats", "inte hittats", "not been recovered", "never found",
        // A check the software lacked: "a missing authorisation check".
        "!missing ~ check", "!missing authori*", "!missing validation", "!missing access control*",
        "!lost their place", "!lost its place", "!lost her place", "!lost his place", "!förlorade sin plats",
        "åkte ur", "åkt ur", "ramlade ur", "ramlat ur", "trillade ur", "trillat ur", "föll ur", "fallit ur",
        "ramlade ut", "trillade ut", "föll ut", "kom bort", "kommit bort", "kommer bort", "snodd", "snodda", "snodde",
        "snott", "norpad*", "rånad*", "rånade", "rånades", "rånats", "ficktjuv*",
        "fell out", "slipped out", "disappeared", "vanished", "robbed", "mugged", "snatched", "pickpocket*",
        "cannot be found", "can't be found", "could not be found", "couldn't be found", "has not been found",
        "hasn't been found", "gone missing", "is gone", "are gone", "was gone",
        // Not finding where to write: "I couldn't find a better address", "hittade ingen bättre adress".
        "!couldn't find a better", "!could not find a better", "!couldn't find ~ address", "!couldn't find ~ contact",
        "!couldn't find ~ right", "!can't find ~ address", "!kunde inte hitta ~ adress*", "!hittar inte ~ adress*",
        "!kunde inte hitta ~ rätt", "!hittar inte ~ rätt",
        // Not finding a page, a link or a form: "I can't find it on the intranet".
        "!can't find it on", "!cannot find it on", "!can't find ~ link", "!cannot find ~ link", "!can't find ~ intranet",
        "!can't find ~ form", "!can't find ~ page", "!hittar inte ~ länk*", "!hittar inte ~ intranät*",
        "!hittar inte ~ blankett*", "!hittar inte ~ sida*", "!hittar inte ~ på intranätet", "!kan inte hitta ~ länk*",
        "!kan inte hitta ~ blankett*", "!kan inte hitta ~ intranät*",
        // "hon är borta på fredagar": a person away; "gone for good" is destruction.
        "!borta på", "!borta från", "!borta pga", "!borta p.g.a.", "!borta för gott", "!gone for good",
    ]),
    g("loss", 2, &[
        "borta", "förlorade", "förlorat", "förlorats", "gått förlorad*", "gick förlorad*", "tagit ~ min*", "tog ~ min*",
        "tagit ~ vår*", "tog ~ vår*", "tagit med sig", "took ~ my", "taken from", "tjuv*", "thief", "thieves",
        "saknad", "saknade", "akt* ~ saknas", "dator* ~ saknas",
        "pärm* ~ saknas", "*akten saknas", "is missing", "are missing",
        "!borta på", "!borta från", "!borta pga", "!borta p.g.a.", "!borta för gott",
        // Files that cannot be opened (encrypted by an attacker, a broken disk) are out of reach.
        "går inte att öppna", "gick inte att öppna", "kan inte öppnas", "kunde inte öppnas", "går ej att öppna",
        "cannot be opened", "can't be opened", "could not be opened", "couldn't be opened",
        "inte går att öppna", "inte gick att öppna", "inte går att komma åt", "inte gick att komma åt",
        // Encrypted by an attacker: "ransomware started encrypting the servers", "registret krypterades".
        "started encrypting", "började kryptera", "encrypting the servers", "encrypted the servers",
        "register was encrypted", "registret krypterades", "servrarna krypterades", "filerna krypterades",
        "går inte att komma åt", "gick inte att komma åt", "kommer inte åt ~ fil*", "inte kommer åt ~ fil*",
        "inte går att läsa", "går inte att läsa", "cannot be accessed", "can no longer be accessed",
        "no longer accessible", "lost access to", "can't access ~ files", "cannot access ~ files",
    ]),
    g("loss", 1, &["inbrott*", "*inbrott", "burglary", "break-in", "broke into"]),
    // Taken in a break-in: "my car was broken into and my work bag was taken".
    g("loss", 2, &[
        "was taken", "were taken", "got taken", "was broken into", "were broken into", "got broken into",
        "har tagits", "togs", "blev inbrott", "bröts upp",
        "!was taken to", "!were taken to", "!was taken into", "!was taken down", "!were taken down", "!was taken off",
        "!were taken off", "!was taken offline", "!was taken care", "!was taken over", "!was taken seriously",
        // Pictures taken are pictures made: "The photos were taken on 24 April", "bilderna togs i april".
        "!photos were taken", "!pictures were taken", "!photo was taken", "!picture was taken", "!were taken on",
        "!was taken on", "!bilderna togs", "!fotona togs", "!bilden togs",
        "!was taken up", "!was taken out of", "!togs emot", "!togs bort", "!togs ner", "!togs upp",
        "!togs fram", "!togs in", "!togs över", "!togs om hand", "!har tagits bort", "!har tagits fram",
        "!har tagits ner", "!har tagits emot", "!har tagits om hand", "!har tagits upp",
    ]),
    g("destruction", 3, &[
        "förstörd*", "förstördes", "förstört*", "gått sönder", "gick sönder", "raderades av misstag",
        // Ruined by water or fire: "arkivkartonger är genomblöta", "water-damaged files".
        "vattenskad*", "genomblöt*", "vattenskadad*", "water damage*", "water-damaged", "soaked", "brandskad*",
        "fire damage*", "burnt", "brann upp", "burned",
        // Deleted by a job where it should have been kept: "the disposal job had deleted 312 case files
        // that should be kept permanently".
        "should be kept permanently", "should have been kept", "disposal job ~ deleted", "had deleted",
        "raderats av misstag",
        "raderat av misstag", "av misstag raderat", "av misstag raderade", "destroyed", "wiped", "corrupted",
        "permanently deleted",
        // Gone with no way back: "borta för gott", "the data is gone for good", "no backup".
        "borta för gott", "förlorade för gott", "förlorat för gott", "gone for good", "lost for good",
        "permanently lost", "not included in ~ backup*", "isn't included in ~ backup*", "no backup*",
        "ingen backup", "inte med i ~ backup*", "finns ingen backup", "fanns ingen backup", "saknas backup",
        // "det finns inte nån backup på mappen", "ingen säkerhetskopia", "there was no copy".
        "inte ~ nån backup", "inte ~ någon backup", "inte ~ nån säkerhetskopia", "inte ~ någon säkerhetskopia",
        "ingen kopia någonstans", "ingen annan kopia", "no other copy",
        "ingen säkerhetskopia", "inga säkerhetskopior", "inte säkerhetskopier*", "not backed up",
        "never backed up", "no copy", "no copies", "not ~ any backup*", "gick inte att återställa",
        "går inte att återställa", "kan inte återställas", "kunde inte återställas", "cannot be restored",
        "can't be restored", "could not be restored", "couldn't be restored", "can no longer be restored",
        // Wiping a lost phone from afar is the remedy, not the incident.
        "!wiped ~ remotely", "!remotely wiped", "!remote wipe*", "!remote-wipe*",
        // Collected and wiped is the remedy: "We collected all 32 devices by 15:00 and wiped them".
        "!wiped them", "!and wiped", "!wiped the devices", "!we wiped",
    ]),
    g("destruction", 2, &[
        // Shredded, thrown out and gone: "pappren strimlades den 5 februari", "lådan har slängts ...
        // containern tömdes igår", "the boxes were shredded by mistake".
        "strimlades", "strimlats", "strimlade", "strimlat", "shredded", "makulerades", "makulerats", "slängts",
        "slängdes", "thrown away", "threw away", "thrown out", "containern tömdes", "container was emptied",
        "till förbränning", "förbrändes", "incinerated", "slängde jag", "slängde vi", "jag slängde", "vi slängde",
        "i containern",
        // The recipient shredding what it got is the remedy: "they have shredded it".
        "!shredded it", "!shredded them", "!shredded the fax", "!shredded the letter", "!strimlat den", "!strimlat det",
        "!strimlade den", "!strimlade det", "!strimlade dem", "!strimlat dem",
        "kraschade", "korrupt*", "raderades oavsiktligt", "oavsiktligt raderat", "cannot be recovered",
        "can't be recovered",
        // Deleted the wrong thing, or by mistake ("råkade ta bort fel mapp").
        "ta bort fel", "tog bort fel", "tagit bort fel", "raderade fel", "raderat fel", "råkade ta bort",
        "råkat ta bort", "råkade radera", "råkat radera", "tog av misstag bort", "tagits bort av misstag",
        "togs bort av misstag", "deleted the wrong", "removed the wrong", "accidentally deleted",
        "accidentally removed", "deleted by mistake", "removed by mistake", "mistakenly deleted",
        // Gone with no copy: "that drive was never included in the backups", "finns nu varken i
        // mellanlagringen eller i e-arkivet", "Bara en del går att återskapa från backupen".
        "never included in ~ backup*", "they're gone", "they are gone", "emptied the bin", "emptied the recycle bin",
        "tömde papperskorgen", "finns nu varken", "finns varken i", "bara en del går att återskapa",
        "only some ~ can be restored", "only part ~ can be restored", "only part ~ can be recovered",
        // "raderades ... en katalog med åtgärdsprogram ... Säkerhetskopian har visat sig vara ofullständig".
        "säkerhetskopian ~ ofullständig", "backup ~ incomplete", "raderades ~ en katalog", "raderades ~ mapp*",
        "databasen skadades", "säkerhetskopian ~ skadad", "backup ~ corrupted", "inte att återskapa",
        "inte gick att återskapa", "kan inte återskapas",
        "raderades ~ katalog*", "oklart hur ~ går att återskapa",
        // Wiped by a reinstall or a disposal job: "IT har formaterat om min externa hårddisk ... allt är
        // borta", "the automatic disposal job had deleted 312 case files that should be kept permanently".
        "formaterat om", "formaterade om", "formaterades om", "formatted ~ disk", "reformatted", "allt är borta",
        "allt var borta", "everything is gone", "everything was gone", "ska bevaras för alltid", "skulle ha bevarats",
        "gallringen raderade", "gallringsjobb* ~ raderade",
    ]),
    // Deleting is as often the remedy ("mottagaren har raderat mejlet") as the incident.
    g("destruction", 1, &[
        "radera*", "!radera ~ mejl*", "!radera ~ meddelande*", "!raderat ~ mejl*", "!raderade ~ mejl*", "delete*",
        // Asking someone to delete is the remedy: "uppmanat samtliga i gruppen att radera bilden".
        "!att radera", "!to delete", "!be ~ radera", "!bad ~ radera", "!asked ~ to delete",
    ]),
    // Logging in is what users do, and what intruders do: it only adds up.
    g("unauthorised_access", 1, &[
        "loggat in", "loggade in", "loggats in", "logged in", "logged on", "klickade på ~ länk*",
        "klickat på ~ länk*", "clicked ~ link", "clicked on ~ link", "skrev in mitt lösenord", "angav mitt lösenord",
        "entered my password", "typed my password",
    ]),
    g("alteration", 3, &[
        "manipuler*", "förvansk*", "altered", "tampered", "falsifi*", "förfalsk*",
        // Written over: "skrevs meritvärdena över", "nattkörningen skrev över ködatumet", "overwrote".
        "skrev över", "skrivits över", "skrevs över", "överskriv*", "skrevs ~ över", "skrivits ~ över", "skrev ~ över",
        "overwrote", "overwritten", "over-written",
    ]),
    g("alteration", 2, &[
        "uppgifter* ~ ändrats", "uppgifter* ~ ändrades", "ändrade ~ uppgifter*", "ändrat ~ uppgifter*",
        "ändrat i ~ journal*",
        "ändrats i ~ journal*", "felregistr*", "registrerades fel", "registrerats fel",
        // "skrevs inkomstuppgifterna ... över med andra personers pensionsbelopp".
        "över med andra*", "över med en annan*", "overwrote ~ with", "overwritten ~ with", "med kötiden för en annan", "fel uppgifter ~ inlagd*", "fel uppgifter ~ registrer*",
        "felaktiga uppgifter ~ inlagd*",
        "felaktiga uppgifter ~ registrer*", "modified", "entered incorrectly", "wrong data was entered",
        // One person's data put in place of another's ("doseringar har bytts ut mot andra boendes").
        "bytts ut ~ mot ~ andra*", "byttes ut ~ mot ~ andra*", "bytt ut ~ mot ~ andra*", "ersatts ~ med ~ andra*",
        "ersattes ~ med ~ andra*", "replaced with ~ other*", "replaced with ~ another", "replaced by ~ other*",
        "replaced by ~ another", "swapped with ~ other*", "swapped with ~ another",
        // Written into the wrong person's record: "har skrivits in i fel brukares genomförandeplan",
        // "dokumenterat ... i varandras journaler", "föra in inkomstuppgifter i fel persons akt".
        "i fel brukares", "i fel persons", "i fel patients", "i fel elevs", "i fel klients", "i fel journal",
        "i fel akt", "i varandras journal*", "i varandras akt*", "skrivits in i fel", "skrev in ~ i fel",
        "förde in ~ i fel", "föra in ~ i fel", "dokumenterat ~ i fel", "dokumenterade ~ i fel",
        "in the wrong record", "in the wrong person's", "in the wrong patient's", "in the wrong file",
        "in each other's record*", "documented ~ in the wrong", "recorded ~ in the wrong", "entered ~ in the wrong",
        // Mixed up in a system: "kontaktuppgifter har blandats ihop ... står nu en annan familjs",
        // "the columns was shifted one row, so the system has the personnummer of another leader".
        "blandats ihop", "står nu en annan*", "står det fel", "columns ~ shifted", "was shifted", "were shifted",
        "sammanblandade", "sammanblandad", "sammanblandats", "mixed up with", "visas för fel",
        "kolumner* ~ förskjut*", "has the ~ of another", "the wrong data is still in", "fel uppgifter ~ i systemet",
        "uppgifterna är ~ fel i systemet", "wrong data ~ in the register",
        // "the import overwrote the queue dates", "shifted the rows so employees got another's".
        // Changed by someone or something: "Någon har ändrat i närvarolistorna", "the next-of-kin numbers
        // have been changed to numbers belonging to other users' relatives".
        "ändrat i ~ list*", "ändrat i ~ register*", "ändrat i närvaro*", "ändrade i närvaro*", "gjort ändringarna",
        "gjorde ändringarna", "have been changed to", "has been changed to", "were changed to", "had been changed to",
        "ändrats till", "ändrades till",
        // Records merged or shifted: "två kunder slogs ihop till en post", "shifted the allergy column one
        // row down, so 47 children ended up with another child's details".
        "slogs ihop", "slagits ihop", "sammanslagna", "sammanslogs", "merged", "shifted the", "shifted ~ column*",
        "ended up with another*", "hamnade på den andras", "hamnade på ~ andras",
        "overwrote", "overwrites", "over-wrote", "shifted the rows", "corrupted", "korrupt*", "förskjut* ~ rader*",
        "rader* ~ förskjut*",
    ]),
];

/// Sent, printed or shown to the wrong one: a disclosure, and (with a person sending) a human error.
pub const WRONG_RECIPIENT: &[Group] = &[
    g("unauthorised_disclosure", 3, &[
        "fel mottagare*", "felaktig* mottagare*", "fel adressat*", "fel person*", "fel vårdnadshavare*", "fel föräld*",
        "fel klient*", "fel elev*", "fel patient*", "fel famil*", "fel brukar*", "fel kund*", "fel handläggar*",
        "fel kommun*", "fel förvaltning*", "fel myndighet*", "fel e-tjänst*", "fel etjänst*",
        "fel skol*",
        "fel enhet*", "fel skrivar*", "fel mejl*", "fel mail*", "fel e-post*", "fel epost*", "fel brev*", "fel kuvert*",
        "fel bilag*", "fel fil", "fel filen", "fel dokument*", "fel mottag*", "fel nummer", "fel telefonnummer",
        "fel sms",
        "fel chatt*", "fel grupp*", "fel kanal*", "fel team*", "fel kolleg*", "fel kolega*", "fel medarbetar*",
        "fel chef*",
        "fel lärare", "fel rektor*", "fel klinik*", "fel mamma*", "fel pappa*", "fel hyresgäst*", "fel granne*",
        "fel företag*", "fel leverantör*", "fel klass", "fel klassen", "fel mentor*", "fel socialsekreterar*",
        "fel sökande", "fel boende", "wrong mother", "wrong father", "wrong tenant*", "wrong customer*",
        "wrong class", "wrong company", "wrong supplier", "wrong applicant*", "wrong candidate*", "fel mottagning*", "fel avdelning*", "fel god man", "fel anhörig*",
        "felskick*", "wrong recipient*", "wrong person", "wrong people", "wrong email*",
        "wrong e-mail*",
        "wrong parent*", "wrong client*", "wrong patient*", "wrong pupil*", "wrong student*", "wrong family",
        "wrong printer*",
        "wrong group*", "wrong guardian*", "wrong clinic*", "wrong colleague*", "wrong school*", "wrong file",
        "wrong attachment*",
        "wrong document*", "wrong number", "wrong department*", "wrong unit",
        // "Ni har fel adress på mig", "det står fel i journalen": wrong data held, not data sent
        // to the wrong one (a complaint, read by the request tables).
        "!har fel", "!står fel", "!stod fel", "!have the wrong", "!has the wrong", "!had the wrong",
        // Registered with the wrong address: a matter for rectification ("han står med fel adress i kön").
        "!står med fel", "!stod med fel", "!registrerad med fel", "!registered with the wrong", "!listed with the wrong",
    ]),
    // A wrong address: a disclosure, unless the one complaining lives there ("fel adress igen!
    // Fakturan kom till min gamla adress"): then the register needs correcting (`extract::classify`).
    g("wrong_address", 3, &[
        "fel *adress*", "fel adress*", "wrong address*",
        "!har fel", "!står fel", "!stod fel", "!have the wrong", "!has the wrong", "!had the wrong",
        // Registered with the wrong address: a matter for rectification ("han står med fel adress i kön").
        "!står med fel", "!stod med fel", "!registrerad med fel", "!registered with the wrong", "!listed with the wrong",
    ]),
    // Sent to where the person no longer lives: a disclosure, but as often the register's fault
    // as the sender's, so it says nothing of the cause.
    g("old_address", 3, &[
        "till ~ gammal* adress*", "till ~ gamla adress*", "till ~ tidigare adress*", "to ~ old address*",
        "to ~ previous address*", "to ~ former address*",
        "på ~ gamla adress*", "på ~ gammal* adress*", "på ~ tidigare adress*", "at ~ old address*",
        "at ~ previous address*", "at ~ former address*",
    ]),
    g("unauthorised_disclosure", 2, &[
        "till fel", "to the wrong", "sent to wrong", "sent the wrong", "skickade fel", "attached the wrong",
        // "till hela arbetslaget i stället för till mentorn".
        "i stället för till", "istället för till", "instead of to",
    ]),
];

/// Verbs of sending, attaching, printing: someone did it (with a wrong recipient, a human error).
pub const SENDING: &[Group] = &[g("sending", 1, &[
    "skicka*", "mejla*", "maila*", "faxa*", "bifoga*", "postade", "sms:a*", "skrev ut", "skrivit ut", "delade", "delat",
    "vidarebefordra*", "sent", "send", "sending", "emailed", "e-mailed", "mailed", "faxed", "attached", "forwarded",
    "posted",
    "printed", "shared", "texted",
])];

/// Words that put a machine, not a person, behind a sending ("systemet skickade").
pub const AUTOMATIC: &[Group] = &[g("automatic", 1, &[
    "systemet", "*systemet", "automatisk*", "automatiskt", "maskinell*", "integration*", "utskicksfunktion*",
    "automatic*",
    "the system", "a bug", "bugg*", "systemfel*",
])];

pub const VISIBILITY: &[Group] = &[
    g("visible", 3, &[
        "synlig* för", "visible to", "visible for",
        // "has been readable by everyone in the organisation since 1 February".
        "readable by", "läsbar* för", "läsbar* av", "kunnat läsas av", "could be opened by", "accessible by",
        "alla som går förbi", "alla som gick förbi", "anyone walking past",
        "everyone walking past",
        "open to all staff", "öppen för alla anställda", "öppet för alla anställda",
    ]),
    g("visible", 2, &[
        "synlig i", "synliga i", "synligt i", "synlig på", "synliga på", "synligt på", "visible in", "visible on",
        // Seen in a picture or on a screen: "whiteboarden syntes i bakgrunden".
        "syntes i", "syntes på", "syns i", "syns på", "synts i", "synts på", "går att läsa", "gick att läsa",
        "gått att läsa", "could be read", "can be read", "was readable", "were readable", "legible",
        "in the background", "i bakgrunden",
        // "the gallery with all the participants' faces was visible the whole time".
        "was visible", "were visible", "var synlig", "var synliga", "var synligt", "visible the whole",
        "syntes hela",
    ]),
    // Shared with or open to more people than should see it: a disclosure, or (a folder, a
    // system) access.
    g("visible", 2, &[
        "delad med", "delat med", "delade med", "delats med", "delades med", "öppen för alla", "öppet för alla",
        "öppna för alla", "tillgänglig för alla", "tillgängligt för alla", "åtkomlig för alla", "åtkomligt för alla",
        "open to all", "open to everyone", "available to all", "available to everyone", "accessible to all",
        "accessible to everyone", "shared with all", "shared with everyone",
    ]),
    g("visible", 2, &[
    // Seeing other people's data ("kan ... ibland se andra huvudmäns årsräkningar"), in the
    // genitive: "se andra lösningar" is no one's data.
    "se andra *s", "se andras", "ser andra *s", "ser andras", "såg andra *s", "såg andras", "sett andra *s",
    "sett andras", "se en annan *s", "se någon annans", "see other *'s", "see other *s'", "see others'",
    "see another *'s", "saw other *'s", "saw other *s'", "seen other *'s", "seen other *s'", "see each other's",
    "view other *'s", "view other *s'",
    "ta del av", "tagit del av", "tog del av", "tar del av", "kunnat ta del", "kunde ta del", "läst", "läste", "read",
    // Shown: to someone in a room (a disclosure) or by a system to its users (access).
    "visade", "visat", "visades", "showed", "shown to", "visad för", "visade för", "såg en kollegas",
    "!läste upp", "!läst upp", "!lästes upp",
    "se varandras", "ser varandras", "såg varandras", "sett varandras", "ser ~ varandras", "se ~ varandras",
    "kan ~ se ~ varandras", "can see ~ each other's", "see each other's",
    "såg en annan *s", "saw another *'s", "see another *s", "sees another", "see another",
    // "see the entry log of other users", "andra användares bokningar".
    "of other users", "of other customers", "of other patients", "of other pupils", "of other residents",
    "of other members", "of other borrowers", "of other tenants", "of other applicants", "andra användares",
    "andra kunders", "andra hyresgästers", "andra medlemmars", "andra låntagares", "andra sökandes",
    // Who has seen one's data is part of asking for it ("vill veta ... vem som har kunnat se det").
    "!vem som har kunnat se", "!vilka som har kunnat se", "!vem som kunnat se", "!vilka som kunnat se",
    "!vem som kan se", "!vilka som kan se", "!who has been able to see", "!who could see", "!who can see",
    "se alla som", "see everyone who", "see all who",
    "kan se", "kunde se", "kunnat se", "kan ~ se", "kunde ~ se", "och se vilken", "och se vilka", "och se vilket", "and see which", "and see what", "fått se", "fick se", "kan läsa", "kunde läsa",
    // Reading in is importing ("en fil som den nya förskolan kan läsa in").
    "!kan läsa in", "!kunde läsa in", "!kunna läsa in",
    "kan öppna",
    // "kan alla på ekonomienheten öppna utredningarna", "anyone in the team can now open".
    "kan ~ öppna", "kunde ~ öppna", "can ~ open", "could ~ open", "kan ~ läsa", "kunde ~ läsa",
    "kunde öppna", "har tillgång till", "hade tillgång till", "haft tillgång till", "can see", "could see", "can read",
    "could read", "could open", "can open", "had access to", "have access to", "has access to",
    ]),
];

pub const ACCESS_CONTEXT: &[Group] = &[g("access", 1, &[
    "behörighet*", "*behörighet*", "systemfel*", "bugg*", "inställning*", "konfigur*", "åtkomst*", "fel i *systemet",
    "lösenord*", "password*", "inloggningsuppgift*", "konto", "kontot", "account", "logged in*", "mailbox", "inkorg*",
    "vårdrelation*", "tjänstebehov*", "tjänsteskäl*", "logg", "loggen", "loggar", "loggarna", "*plattform*",
    "nyfiken*", "curiosity", "curious",
    "uppdatering*", "*uppdatering*", "uppgradering*", "update", "upgrade", "platform", "care relationship",
    "fel i systemet", "fel i *systemen", "inlogg*", "permission*", "access right*", "bug", "bugs", "settings",
    "misconfigur*",
    // Places in systems that people get into: shared folders and drives, Outlook (a calendar
    // may be paper; Outlook's is not).
    "mapp", "mappen", "mappar", "*mapp", "*mappen", "outlook*", "filserver*", "sharepoint", "onedrive", "teams",
    "folder*", "shared drive*", "file server*",
    // Apps, e-services and self-service portals people log in to: what one user is shown of
    // another's is a matter of access ("some borrowers who open My loans see another borrower's").
    "appen", "app", "apps", "mobilappen", "schemaappen", "bokningsappen", "förskoleappen",
    "e-tjänst*", "självservice*", "portal*",
    "*portalen", "rekryteringssystem*", "release", "new version", "ny version", "nya versionen", "my loans",
    "mina sidor", "e-service*", "self-service", "booking app", "web portal", "online portal",
])];

pub const LEFT_BEHIND: &[Group] = &[g("loss", 2, &[
    "glömde", "glömt", "glömts", "glömdes", "kvarglömd*", "bortglömd*", "glömd", "lämnade kvar", "lämnat kvar",
    "lämnats kvar",
    "forgot", "forgotten", "left behind", "left it", "left my", "left the",
    // Forgetting to lock or log out leaves nothing behind.
    "!glömde ~ låsa", "!glömt ~ låsa", "!glömde ~ logga ut", "!glömt ~ logga ut", "!glömde ~ stänga",
    "!glömt ~ stänga", "!forgot to lock", "!forgot to log out", "!forgot to close", "!forgot to sign out",
    // Forgetting to do something ("forgot to sort the letters", "glömde att maska") is a slip, not a
    // thing left behind.
    "!forgot to", "!glömde att", "!glömt att",
])];

pub const FOUND_AGAIN: &[Group] = &[g("found", 1, &[
    "påträffa*", "hittade*", "hittats", "hittades", "återfunn*", "kom tillrätta", "kommit tillrätta", "found",
    "turned up",
    "lämnade in", "lämnades in", "handed in",
    // A form or a request handed in is not a thing found: "I handed in a paper form at the office".
    "!handed in a ~ form", "!handed in the ~ form", "!handed in a request", "!handed in my", "!lämnade in en blankett",
    "!lämnade in ~ begäran", "!lämnade in ~ ansökan", "!lämnade in mitt", "!lämnade in min",
    "was returned", "lämnades tillbaka", "lämnats tillbaka", "lämnade tillbaka", "skickade tillbaka",
    "skickades tillbaka",
    // Finding out is not finding something again.
    "!found that", "!found out", "!hittade att", "!hittade fel", "!hittade ett fel", "!found an error",
    "!found errors",
])];

pub const RECOVERY: &[Group] = &[g("destruction", 3, &[
    "återskap*", "återställ*", "recover*", "restore*", "räddas", "rädda",
])];

pub const CAUSE: &[Group] = &[
    g("human_error", 3, &[
        "av misstag", "råkade", "råkat", "råka", "råkar", "mänskliga faktorn", "mänsklig faktor", "mänskligt fel", "mänskligt misstag",
        "human error", "by mistake", "accidentally", "mistakenly", "inadvertently", "in error",
        // Owning it: "det är helt mitt misstag", "my mistake".
        "mitt misstag", "mitt eget misstag", "mitt fel", "my mistake", "my own mistake", "my error",
    ]),
    g("human_error", 2, &[
        "misstag*", "oavsiktlig*", "slarv*", "glömde", "glömt", "glömts", "glömdes", "kvarglömd*", "felskick*",
        // One thing for another: "Som bilaga skulle utvärderingsenkäten ligga, men jag bifogade i stället
        // underlaget", "Det skulle ha varit sammanställningen, men jag bifogade råfilen", "An operator selected
        // the wrong class", "I applied it to the wrong container", "jag måste ha lagt dem i fel ordning".
        "men jag bifogade", "jag bifogade i stället", "jag bifogade istället", "skulle ha varit ~ men jag",
        "selected the wrong", "applied it to the wrong", "applied ~ to the wrong", "måste ha lagt ~ fel",
        "lagt dem i fel", "missade att ändra", "missade att ta bort", "missed changing", "forgot to change",
        "men jag valde", "but i chose", "but i selected", "i sent ~ instead of", "jag skickade ~ i stället för",
        // The register's words for a slip: "av förbiseende valt fel exportmall", "ett tidigare utkast som
        // hon inte kontrollerade", "valde fel part i verksamhetssystemet".
        "av förbiseende", "förbiseende", "by oversight", "an oversight", "inte kontrollerade", "valde fel part",
        "valt fel",
        "jag skickade ~ istället för", "i published ~ instead of", "jag bifogade ~ i stället för",
        "jag bifogade ~ istället för", "skrev ut fel", "printed the wrong", "i had the ~ open",
        "valde fel", "valde ~ fel", "valt ~ fel",
        "fel kanal*", "fel *kanal", "fel *kanalen", "fel mapp*", "fel *mapp", "fel *mappen", "wrong channel",
        "wrong folder", "wrong team", "trodde inte ~ det var", "trodde inte att", "thought it was fine",
        "thought it was ok", "didn't think it was", "chose ~ anyone with the link", "choosed",
        "välja fel", "väljer fel", "klickade fel", "klickat fel", "skrev fel", "skickade fel", "skickat fel", "missade",
        "missat", "missa", "tappade", "tappat", "forgot", "mistake", "unintentional*", "oops", "clicked the wrong",
        "mitt fel", "vårt fel", "my fault", "our fault", "jag gjorde fel", "i made a mistake",
        "gjort bort mig", "gjorde bort mig", "klantade", "klantat", "hur dumt", "dumt av mig", "så dumt",
        "stupid of me", "tog fel", "tagit fel", "took the wrong", "dialled the wrong", "dialed the wrong", "slarvade", "i farten", "i stressen",
        "messed up", "my bad", "slip-up", "careless*",
        // Not thinking of it: "hon hade inte tänkt på att whiteboarden syntes", "didn't realise".
        "inte tänkt på", "inte tänkte på", "tänkte inte på", "tänkt inte på", "utan att tänka", "inte såg att",
        "såg inte att", "glömde bort", "didn't realise", "didn't realize", "did not realise", "did not realize",
        "didn't think", "did not think", "didn't notice", "did not notice", "without thinking", "overlooked",
        "förbisåg", "förbisett", "blandade ihop", "blandat ihop", "blandades ihop", "mixed them up",
        "mixed it up",
        "förväxl*", "mixed up", "mix-up", "attached the wrong", "sent the wrong", "bifogade fel", "bifogat fel",
        "chose the wrong", "picked the wrong", "autocomplete", "autofyll*", "autokomplet*",
        // Slips of the finger: "slog fel på en siffra", "a typo in the address".
        "slog fel", "slagit fel", "knappade fel", "knappat fel", "tryckte fel", "tryckt fel", "skrev in fel",
        "fel siffra", "felskriv*", "skrivfel*", "mistyped", "typo", "typos", "wrong digit", "fat-finger*",
        "siffror ~ omkastade", "omkastade siffror", "kastade om", "vänt på ~ siffror*", "vände på ~ siffror*",
        "transposed", "swapped two digits",
        // The wrong envelope, the whole screen instead of a window, a list not checked.
        "fel kuvert*", "wrong envelope*", "i stället för bara", "istället för bara", "instead of just",
        // One for another: "valde Ekdalsskolan i stället för Ekängsskolan", "skulle bifoga schemat men
        // fick med en pdf ... i stället", "tog adressen till ett annat familjehem".
        "valde ~ i stället för", "valde ~ istället för", "chose ~ instead of", "picked ~ instead of",
        "skulle bifoga", "fick med ~ i stället", "fick med ~ istället", "meant to attach", "was supposed to attach",
        "intended to attach", "adressen till ett annat", "adressen till en annan", "the address of another",
        "instead of only", "hade inte kollat", "inte kollat", "hade inte kontrollerat", "inte dubbelkoll*",
        "didn't check", "did not check", "hadn't checked", "had not checked", "didn't double-check",
        // As people type them, without the apostrophe; not seeing what was there.
        "didnt notice", "didnt realise", "didnt realize", "didnt check", "didnt think", "didnt see",
        "inte lagt märke", "lade inte märke", "la inte märke", "hade inte sett", "inte hade sett",
        "istället för dold", "i stället för dold", "instead of bcc", "cc instead of", "kopia istället för",
        "i stället för hemlig", "istället för hemlig", "i stället för bcc", "istället för bcc",
        // Something taken along by mistake: "fick med hela raden med hennes namn".
        "fick med hela", "fick med hennes", "fick med hans", "råkade få med", "råkade ta med",
        "fick med sig fel", "tog med fel", "tog fel papper", "took the wrong", "grabbed the wrong",
        // Logged in where one should not have been: "hon var inloggad på fel konto i mobilen".
        "inloggad på fel", "inloggad som fel", "logged in to the wrong", "logged in as the wrong",
        "logged into the wrong", "på fel konto", "on the wrong account", "from the wrong account",
        // Regret of one's own act: "det var inte meningen", "det borde aldrig ha gått till alla".
        "var inte meningen", "didn't mean to", "did not mean to", "never meant to", "wasn't intentional",
        "was not intentional", "borde aldrig ha ~ gått", "aldrig borde ha ~ gått", "borde aldrig ha ~ skick*",
        "aldrig borde ha ~ skick*", "borde inte ha ~ skick*", "borde aldrig ha ~ vidarebefordra*",
        "borde inte ha ~ vidarebefordra*", "borde aldrig ha ~ dela*", "borde inte ha ~ dela*",
        "should never have ~ sent", "should not have ~ sent", "shouldn't have ~ sent", "should never have ~ gone",
        "should never have ~ forwarded", "should not have ~ forwarded", "shouldn't have ~ forwarded",
        "should never have ~ shared", "should not have ~ shared", "shouldn't have ~ shared",
        // Meant one thing, did another: "She meant to send it as a private message but posted it as a
        // public reply"; left not shut: "hade inte stängt bakluckan ordentligt".
        "meant to ~ but", "skulle ~ men råkade", "inte stängt ~ ordentligt", "inte låst ~ ordentligt",
        "didn't close ~ properly", "did not close ~ properly", "not closed properly", "didn't lock ~ properly",
        // A blunder owned ("har gjort en tabbe"), a thing not seen or not taken out ("I did not see
        // that the columns were shifted", "utan att plocka bort intyget"), the wrong one chosen
        // ("deleted the home folder of the wrong person", "lade in ändringen på fel urval").
        "tabbe", "tabbade", "blunder", "did not see that", "didn't see that", "not realising", "not realizing",
        "without realising", "without realizing", "märkte inte att", "utan att plocka bort", "utan att ta bort",
        "without removing", "of the wrong person", "the wrong person's", "fel urval", "wrong selection",
        "siffror fel", "siffra fel", "i meant to", "jag hade valt", "hade jag valt", "instead of the ~ list",
        "didn't look at", "did not look at", "tittade inte på", "kollade inte", "såg inte efter",
    ]),
    // A slip of the tongue: "det slank ur henne", "it slipped out".
    g("human_error", 3, &["slank ~ ur", "slank ~ ut", "slapp ~ ur", "slipped out", "let slip"]),
    g("external_attack", 3, &[
        // "the side window was smashed", "krossade rutan"; "using passwords leaked from other sites".
        "window was smashed", "smashed the window", "smashed ~ window", "krossade rutan", "rutan ~ krossad*",
        "krossad ruta", "passwords leaked from", "leaked from other sites", "läckta lösenord från",
        "someone got into my", "någon kom in på mitt", "någon tog sig in",
        "inbrott*", "*inbrott", "bröt sig in", "bröt sig ~ in", "bröt upp", "brutit sig in", "brutit sig ~ in",
        "brutits upp",
        "ransomware*", "*ransomware*", "tjuv*", "thief", "thieves", "stulen", "stulet", "stulna", "stulits", "stulit",
        "stals",
        "stal", "stöld*", "*stöld", "hackad*", "hackat*", "hackare*", "hackades", "hackats", "nätfiske*", "*phishing*",
        // An exercise sends fake mail on purpose: "Phishingövning vecka 47".
        "!phishingövning*", "!nätfiskeövning*", "!phishing exercise*", "!phishing simulation*", "!phishing test*",
        "!phishing-övning*", "!phishing-test*",
        "skadlig kod", "skadlig* program*", "virus*", "ransomware", "utpressningsvirus*", "utpressningsprogram*",
        "gisslanprogram*",
        "dataintrång*", "intrång*", "överbelastningsattack*", "ddos", "cyberattack*", "it-attack*", "angrepp utifrån",
        "stolen", "stole", "theft", "break-in", "broke into", "broke in", "burglary", "broken into", "burgled", "hacked", "hacker*", "malware",
        "cyber attack*", "attack from outside", "bedrägeri*", "bedragare*", "fraud*", "skimming",
        "credential stuffing", "brute force", "brute-force", "lösenordsattack*",
        "password spraying", "falsk* inloggningssida*", "fake login page*", "snodd", "snodda", "snodde", "snott",
        // Phished: "jag har blivit lurad", "ett bluffmejl", "I was tricked into logging in".
        "blivit lurad*", "blev lurad*", "lurades", "phished", "nätfiskad*", "bluffmejl*", "bluffmail*", "bluff-mejl*", "falskt mejl",
        "falska mejl", "falskt mail", "scam*", "was tricked", "been tricked", "got tricked", "fake email*",
        "spoof*", "loggade in via ~ länk*", "loggat in via ~ länk*", "logged in via ~ link",
        // A mail that only looked like it was from someone, and a password typed into its page.
        "looked like it was from", "looked like it came from", "pretended to be from", "claimed to be from",
        "såg ut att komma från", "såg ut som om det kom från", "utgav sig för att", "låtsades vara från",
        // Someone posing as the person: "någon har medvetet utgett sig för att vara henne".
        "utgett sig för att", "utger sig för att", "pretended to be", "posing as", "posed as", "impersonat*",
        "social engineering",
        "mfa fatigue", "mfa-fatigue", "push bombing", "mfa ~ prompts", "mfa ~ push*", "push ~ prompts",
        "impossible travel", "inbox rule", "inkorgsregel", "vidarebefordringsregel*", "forwarding rule",
        "typed my username and password", "entered my username and password", "skrev in mitt användarnamn och lösenord",
        "norpad*", "rånad*", "rånade", "rånades", "rånats", "ficktjuv*", "robbed", "mugged", "snatched",
        "pickpocket*",
    ]),
    g("external_attack", 2, &[
        "attack*", "*attack", "*attacken", "angrep*", "*angrepp", "*angreppet", "angripare*", "kapad*", "kapat*",
        "kapats",
        "kapades", "attacker*", "komprometter*", "compromised", "obehörig tredje part", "unauthorised third party",
        "unauthorized third party",
    ]),
    // Clicking a link and giving a password are everyday acts: they only add up.
    g("external_attack", 1, &[
        "klickade på ~ länk*", "klickat på ~ länk*", "clicked ~ link", "clicked on ~ link",
        "skrev in mitt lösenord", "angav mitt lösenord", "entered my password", "typed my password",
    ]),
    g("technical_fault", 3, &[
        "felaktig mappning", "mappningsfel*", "wrong mapping", "insufficient access control",
        "bristande behörighetskontroll", "fel i ~ script", "fel i ~ skript*", "error in ~ script",
        "kom med ~ uppdatering*", "kom med ~ uppgradering*", "came with the ~ update", "came with ~ release",
        // A fault named in the system's own parts: "a defect in release 4.12", "a fault in the
        // synchronisation", "på grund av ett fel i en routingtabell", "a tenant isolation error",
        // "the migration script had matched the records on the wrong key", "a hardware fault".
        "defect in", "a defect", "fault in the", "på grund av ett fel i", "ett fel i versionen", "fel i routing*",
        "på grund av ett fel", "ett fel i leverantörens", "fel i ~ uppgraderingsskript*",
        "isolation error", "error was introduced", "matched the records on the wrong", "on the wrong key",
        "hardware fault", "hårdvarufel*", "disk failure", "both disks", "berodde felet på", "felet berodde på",
        "felaktig behörighetsinställning", "standardkonfiguration*", "default configuration",
        "hämtar automatiskt", "automatiskt hämtar", "automatically fetches", "automatically picks",
        // "The reset script had failed for that charging cart without giving any error message".
        "script had failed", "script failed", "skriptet misslyckades", "skriptet hade misslyckats",
        "tekniskt fel", "tekniska fel", "tekniskt problem", "tekniska problem", "systemfel*", "bugg*", "programfel*",
        "mjukvarufel*", "fel i systemet", "fel i *systemet", "fel i *systemen", "fel i programmet", "fel i *programmet",
        "felet i systemet", "felet i *systemet", "felet i programmet", "felet i *programmet",
        "felkonfigur*", "konfigurationsfel*", "felaktig* konfiguration*",
        "config error*", "configuration error*", "konfigfel*",
        "technical fault", "technical error", "technical problem", "software bug*", "software error", "system error",
        "*haveri", "*haveriet", "haveri*", "hårdvarufel*", "diskfel*", "disk crash*", "hardware failure",
        "bug", "bugs", "glitch*", "misconfigur*",
        // Where the fault lies: "felet ligger i deras matchning", "the fault lies in the export".
        "felet ligger i", "the fault lies in", "the fault was in", "the error lies in", "!felet ligger i hur", "!felet låg i hur", "!felet ligger i vår*", "!felet ligger i rutin*",
        "!the fault lies in how", "!the fault lies in our",
        // "ett fel i den nya mallen", "fel i importskriptet", "an error in the template".
        "fel i ~ mall*", "fel i ~ *mallen", "fel i ~ skript*", "fel i ~ *skriptet", "fel i ~ script*",
        "fel i ~ *scriptet", "fel i ~ kod*", "fel i ~ *koden", "fel i ~ import*", "fel i ~ *importen",
        "fel i ~ integration*", "fel i ~ *integrationen", "fel i ~ konfiguration*", "fel i ~ *appen",
        "fel i ~ e-tjänst*", "fel i ~ *funktionen", "fel i ~ uppdatering*", "fel i ~ *uppdateringen",
        "fel i ~ version*", "fel i ~ *versionen", "error in ~ update", "bug in ~ update",
        "error in ~ template", "error in ~ script", "error in ~ code", "error in ~ software", "error in ~ import",
        "fault in ~ system", "fault in ~ software", "bug in",
        "fault in ~ script", "fault in ~ import", "fault in ~ code", "fault in ~ release", "fault in ~ update",
        "error in ~ release", "error in ~ version", "caching error", "cache error", "cachningsfel*", "cachefel*",
        "fel i ~ release*", "fel i ~ cach*", "fel i ~ *maskinen", "fel i ~ maskin*", "fault in ~ machine",
        "enveloping machine", "kuverteringsmaskin*", "fel i ~ *villkoret", "fel i ~ villkor*", "faulty ~ mapping",
        "faulty ~ script", "faulty ~ job", "faulty ~ condition", "felaktig* mappning*", "felaktigt villkor",
        "error in ~ machine",
    ]),
    g("technical_fault", 2, &[
        "efter ~ uppdatering*", "efter ~ uppgradering*", "efter ~ systemuppdatering*", "after ~ update",
        "after ~ upgrade", "sedan uppdateringen", "since the update",
        "since the upgrade", "felet beror på", "the fault was caused by",
        "kraschade", "crashed", "inte fungerat", "fungerade inte", "slutade fungera", "slutat fungera",
        "hängde sig", "driftstörning*", "outage", "migration tool", "migreringsverktyg*", "were not carried over",
        "was not carried over", "följde inte med", "inherited ~ permission*", "ärvde ~ behörighet*",
        "stopped working",
        // A wrong setting is as often a person's slip as the system's: weaker than a bug.
        "felaktig* inställning*", "fel inställning*",
        // A system's own behaviour: "the new server software lists folder contents by default".
        "by default", "som standard", "standardinställning*", "default setting*",
    ]),
    g("systematic_process_flaw", 3, &[
        // "det finns ingen skriven rutin för vad som ska i sekretesstunnan så de visste inte bättre".
        "ingen skriven rutin", "no written routine", "no written procedure", "visste inte bättre",
        "görs ingen kontroll", "det görs ingen kontroll", "no check is made", "nobody checks it",
        "finns ingen kontroll av", "ingen kontroll av att", "no check that",
        "brist* ~ rutin*", "rutin* ~ saknas", "rutin* ~ saknades", "saknas ~ rutin*", "saknades ~ rutin*",
        "saknar ~ rutin*",
        "saknade ~ rutin*", "ingen rutin*", "inga rutin*", "otydlig* rutin*", "rutinbrist*", "bristande rutin*",
        "rutin* ~ brister", "rutin* ~ bristfällig*", "brist* ~ process*", "systematisk*", "organisatorisk* brist*",
        "lack of routine*", "no routine*", "lack of procedure*", "no procedure*", "no process", "process flaw*",
        "systematic", "lacking routine*",
        // "det finns inte någon rutin alls för", "vi har inte haft någon rutin", "hur vi jobbar".
        "inte finns ~ rutin*", "finns inte ~ rutin*", "fanns inte ~ rutin*", "inte fanns ~ rutin*",
        "har inte ~ rutin*", "hade inte ~ rutin*", "inte har ~ rutin*", "inte hade ~ rutin*", "hur vi jobbar",
        "hur vi arbetar", "sättet vi arbetar", "sättet vi jobbar", "vårt arbetssätt", "no ~ routine*",
        "no ~ procedure*",
        "don't have ~ routine*", "do not have ~ routine*", "didn't have ~ routine*", "did not have ~ routine*",
        "don't have ~ procedure*", "didn't have ~ procedure*", "the way we work", "how we work",
        // A routine not followed or not covering the case: "rutinen följs inte av alla", "the
        // offboarding routine simply doesn't cover them".
        "rutin* ~ följs inte", "rutin* ~ inte följs", "följer inte ~ rutin*", "rutin* ~ täcker inte",
        "routine ~ doesn't cover", "routine ~ does not cover", "routine ~ wasn't followed", "routine ~ was not followed",
        "routine* ~ not followed", "procedure ~ doesn't cover", "process ~ doesn't cover",
    ]),
    // It has happened before: "Det här är inte första gången", "the third time this year".
    g("systematic_process_flaw", 2, &[
        "inte första gången", "hänt förut", "hänt tidigare", "hänt flera gånger", "upprepade gånger",
        "not the first time", "happened before", "third time this year", "second time this year",
        "ingen kontrollerar", "nobody checks", "no one checks",
        // No step for it: "protokollen granskas inte före publicering", "rutinen saknar moment för".
        "granskas inte", "kontrolleras inte", "saknar moment", "inget moment för", "inga moment för",
        "not reviewed before", "isn't reviewed", "is not reviewed", "are not reviewed", "not checked before",
        "no step for", "no step to",
    ]),
    g("internal_malicious", 3, &[
        "snok*", "snoop*", "medvetet ~ anställd*", "anställd* ~ medvetet", "avsiktligt ~ anställd*",
        "utan ~ vårdrelation",
        "ingen vårdrelation", "utan ~ tjänstebehov", "utan ~ tjänsteskäl", "without a care relationship",
        "no care relationship", "inte har ~ vårdrelation", "inte hade ~ vårdrelation", "saknar vårdrelation",
        "saknade vårdrelation",
    ]),
    g("internal_malicious", 2, &[
        "medvetet", "avsiktligt", "med flit", "med avsikt", "deliberately", "intentionally", "on purpose", "insider",
        // "Medarbetaren skrev själv att han ville 'hänga ut' mannen, så det var inget misstag".
        "hänga ut", "ville hänga ut", "var inget misstag", "was no mistake", "wasn't a mistake", "was not a mistake",
    ]),
    // Reading records out of curiosity or for private reasons is looking without a need.
    g("internal_malicious", 3, &[
        "av nyfikenhet", "nyfikenhet", "out of curiosity", "curiosity",
        // Said of what someone was: "hon medgav att hon var nyfiken", "he was curious".
        "var nyfiken", "blev nyfiken", "varit nyfiken", "was curious", "were curious", "got curious",
        "became curious",
        // Knowing it was not allowed: "hon visste att hon inte fick".
        "visste att ~ inte fick", "visste att ~ inte fått", "visste om att ~ inte fick", "knew ~ not allowed",
        "knew ~ wasn't allowed", "knew ~ shouldn't", "knew ~ should not",
    ]),
    g("internal_malicious", 2, &[
        "av privata skäl", "av personliga skäl", "av egna skäl", "for private reasons", "for personal reasons",
        "inte har ~ ärende med", "inte hade ~ ärende med", "inget ärende med", "hade inget ärende", "no case with",
        "utan att ha ~ ärende", "utan ~ ärende med", "no reason to ~ look*", "no business ~ look*",
        // Looking up one's own people: "sin grannes journal", "her ex-husband's records".
        "sin grannes", "sina grannars", "sin släktings", "sina släktingars", "sin exmans", "sin exfrus",
        "sin ex-mans", "sin ex-frus", "sitt ex", "sin före detta", "her ex-husband*", "his ex-wife*", "her ex's",
        "his ex's", "her neighbour's", "his neighbour's", "her neighbor's", "his neighbor's", "a relative's",
        "her relative's", "his relative's",
    ]),
    g("unknown", 3, &[
        // "Hur den hamnade bland de publicerade handlingarna vet vi inte ännu".
        "vet vi inte ännu", "vet vi inte än", "we don't know yet how", "we do not yet know how",
        "okänd orsak", "orsaken är okänd", "orsaken okänd", "vet inte varför", "vet ej varför", "oklart varför",
        "okänt varför", "vet inte hur det ~ hänt", "vet inte hur det ~ hände", "oklart hur det ~ hänt",
        "oklart hur det ~ hände",
        "unknown cause", "cause is unknown", "cause unknown", "don't know why", "do not know why", "not sure why",
        "unclear why",
        "no idea why",
        // "Orsaken är än så länge okänd", "The cause is not known at this stage", "vet inte hur det
        // gamla numret kunde ligga kvar".
        "orsaken är ~ okänd", "cause is not known", "cause is not yet known", "cause is still unknown",
        "cause is ~ unclear", "vet inte hur det", "vet inte hur den", "vet inte hur de", "oklart hur",
        "don't know how it", "do not know how it", "unclear how",
        // How many, how long, how to go on are no cause: "oklart hur många som har sett den".
        "!oklart hur många", "!oklart hur länge", "!unclear how many", "!unclear how long", "!vet inte hur de ska",
        "!vet inte hur det ska", "!vet inte hur den ska",
    ]),
    // A form's cause answered "Övrigt" ("Orsak: Övrigt – väder (storm)", "Varför inträffade
    // incidenten? Övrigt – vattenläcka"): the writer's own choice, above any word in the free text.
    g("other", 6, &[
        "orsak ~ övrigt", "orsak annat", "orsak annan", "incidenten övrigt", "cause ~ other", "reason other",
    ]),
];

pub const DATA_CATEGORY: &[Group] = &[
    g("health", 1, &[
        "injuries", "injury", "injured", "personskad*", "sjuka personer", "skadade personer", "skadade och sjuka",
        "sick people", "injured people",
        // Conditions as people name them: "that she has dementia", "sin utmattningsdepression",
        // "one child's speech delay and another's eczema", "health notes (diagnoses and medication)".
        "demens*", "dementia", "dement", "*depression", "depression", "utmattning*", "utbränd*", "burnout",
        "eksem", "eczema", "speech delay", "språkstörning*", "health note*", "hälsoanteckning*", "cancer*",
        "adhd", "adhd-*", "autism*", "astma", "asthma", "diabetes", "epilep*", "allerg*", "*allergi", "*allergier",
        // "residents who use home oxygen", "hemsyrgas", "sick-leave certificates", "vårdas av ambulanspersonal".
        "home oxygen", "hemsyrgas", "syrgas", "sick-leave", "vårdas av ambulans*", "blödde", "bleeding",
        // Hearing and sight, sick notes: "vilken hörselnedsättning de har", "scanned sick notes".
        "hörselnedsättning*", "hörapparat*", "hörselskad*", "synnedsättning*", "synskad*", "hearing loss",
        "hearing aid*", "hearing impair*", "visual impair*", "sick note*", "sick leave", "doctor's note*",
        "*journal*", "!journalist*", "!*journalist*", "!körjournal*", "!*körjournal*", "diagnos*", "*diagnos*", "läkemedel*", "*läkemedel*", "medicin*",
        "*medicin*", "hälsa", "hälsan", "*hälsa", "*hälsan", "hälso*", "*hälso*", "!hälsar", "!hälsade", "!hälsning*",
        "!*hälsning*", "sjukvård*", "*sjukvård*", "vårdplan*", "*vårdplan*", "vårdinsats*", "vårdcentral*", "tandvård*",
        "psykiatri*", "*psykiatri*", "psyk", "psyket", "akuten", "*fraktur", "*frakturer", "bup", "bup:*", "habilitering*", "öppenvård*", "slutenvård*", "missbruk*", "*missbruk*", "sjukdom*", "*sjukdom*",
        "sjukskriv*", "sjukintyg*", "läkarintyg*", "läkarbesök*", "sjukfrånvaro*", "sjukpenning*", "psykisk*",
        "psykolog*",
        "!psykolog", "!psykologen", "!psykologer", "funktionsnedsättning*", "*funktionsnedsättning*",
        "funktionshinder*",
        "funktionsvariation*", "lss", "adhd", "autism*", "npf", "demens*", "cancer*", "hiv", "graviditet*", "gravid",
        "abort*", "vaccin*", "allergi*", "handikapp*", "rehabilitering*", "*assistans*", "omvårdnad*", "remiss*",
        "provsvar*", "labbsvar*", "blodprov*", "hälsodeklaration*", "beroendevård*", "behandlingshem*", "*läkar*",
        "*klinik*", "sjukhus*", "vårdrelation*", "!*barnläkar*",
        "health*", "medical*", "diagnos*", "medication*", "illness*", "disease*", "sick leave", "mental",
        "psychiatric*",
        "disabilit*", "treatment*", "therapy", "substance abuse", "addiction*", "care plan*", "prescription*",
        "patient record*", "patient file*", "medical history", "referral*", "clinic*", "hospital*",
        // Aids and care needs say what someone's health is; care notes are health records.
        "hjälpmedel*", "*hjälpmedel*", "rullstol*", "rollator*", "syrgas*", "vårdbehov*", "omvårdnadsbehov*",
        "rehab*", "epilep*", "diabet*", "astma*", "dyslexi*", "neuropsykiatri*",
        "care note*", "care documentation", "care record*", "nursing note*", "wheelchair*",
        "mobility aid*", "asthma", "dyslexia", "allergies", "allergy",
        // Medicines, addictions and mental health in everyday words.
        "insulin*", "alkoholproblem*", "alkoholberoende*", "alkoholist*", "alkoholism*",
        "drogproblem*", "narkotikaproblem*", "beroendeproblem*", "spelberoende*", "självskad*", "suicid*",
        "självmord*", "ångest*", "depression*", "depressiv*", "ätstörning*", "*ohälsa", "*ohälsan",
        "alcohol problem*", "alcoholism", "alcohol abuse", "drug abuse", "drinking problem*", "self-harm*",
        "anxiety", "depression", "eating disorder*",
    ]),
    g("personal_identity_number", 1, &[
        "personnummer*", "*personnummer*", "personnr*", "pers.nr", "pnr", "samordningsnummer*",
        "personal identity number*", "personal number", "personal numbers",
        "personal id number*", "social security number*", "ssn", "national identity number*", "national id number*",
        "id number*",
    ]),
    g("criminal_offences", 1, &[
        "brott", "brotten", "brottet", "brotts*", "*brott", "*brotten", "*brottet", "!brottsoffer*", "!brottsförebygg*",
        "!brottsprevent*", "!*inbrott*", "!*avbrott*", "!*genombrott*", "!*uppbrott*", "!*utbrott*", "!*dataintrång*",
        "dömd", "dömda", "dömt", "dömdes", "domar", "fängelse*", "straffregist*", "straffad*", "straffat*",
        "belastningsregist*",
        "lagföring*", "lagöverträdelse*", "misstänkt* för", "åtal*", "kriminal*", "criminal*", "convict*", "offence*",
        "polisanmäld för", "polisanmälts för", "polisanmäld* för", "reported to the police for", "misshandel*",
        "offense*", "police record*",
    ]),
    g("financial", 1, &[
        "lön", "lönen", "löner", "lönerna", "lönespec*", "lönebesked*", "löneuppgift*", "lönelist*", "lönesystem*",
        "löneutbetalning*", "*månadslön*", "*timlön*", "sjuklön*", "inkomst*", "*inkomst*", "bankkonto*",
        "kontonummer*",
        "bankuppgift*", "bankgiro*", "clearingnummer*", "kortnummer*", "kreditkort*", "betalkort*", "skulder",
        "skuldsanering*",
        "utmätning*", "kronofogd*", "försörjningsstöd*", "*försörjningsstöd*", "ekonomiskt bistånd",
        "ekonomiska förhållanden", "ekonomiska situation", "financial circumstances", "financial situation",
        "ekonomisk* situation*",
        "ekonomiska uppgifter", "ekonomiuppgift*", "bostadsbidrag*", "underhållsstöd*", "utbetalning*", "*utbetalning*",
        "salar*", "payslip*", "pay slip*", "bank account*", "account number*", "credit card*", "income*", "debt*",
        "kontoutdrag*", "bank statement*", "deklaration*", "tax return*",
        "financial", "payroll", "welfare benefit*", "social assistance", "arrears", "hyresskuld*",
        // What is owed: "how much each person owes", "amounts owed", "avgiftsbelopp och eventuell skuld".
        "owes", "amount due", "amounts due", "amount owed", "amounts owed", "unpaid", "outstanding balance",
        "monthly rent", "rent and deposit", "hyran", "månadshyra*", "råd att betala",
        "afford to pay",
        "skulden", "skuld från", "skuld till", "obetald*", "avgiftsbelopp*", "fakturabelopp*",
        // Payments and what someone has: "the rent payment history", "invoice amounts and outstanding
        // payments", "credit reports and tax account statements", "kontoinformation och tillgångar",
        // "hyresavier med belopp", "obetalt belopp", "avskrivning av fordringar", "kontrolluppgifterna".
        "payment history", "outstanding payment*", "invoice amount*", "invoice history", "credit report*",
        "tax account*", "kontoinformation", "tillgångar", "hyresavi*", "obetalt belopp", "belopp", "fordring*",
        "kontrolluppgift*", "skulder hos", "skatteskuld*",
    ]),
    g("contact", 1, &[
        "telefonnummer*", "*telefonnummer*", "telefonnr*", "tel.nr", "telnr", "mobilnummer*", "mobilnr*",
        "e-postadress*",
        "epostadress*", "mejladress*", "mailadress*", "adress", "adressen", "adresser", "adresserna", "adressuppgift*",
        "*adress", "*adressen", "*adresser", "*adresserna", "kontaktuppgift*", "kontaktinformation*", "phone number*",
        "telephone number*", "email address*", "e-mail address*", "mobile number*", "address", "addresses",
        "home address*",
        "contact detail*", "contact information",
        // "namn och nummer", "names and numbers", a phone's contacts.
        "namn och nummer", "name and number", "names and numbers", "kontakter till", "contacts of",
    ]),
    g("identifying", 1, &[
        "namn", "namnet", "namnen", "namns", "*namn", "*namnet", "*namnen", "!användarnamn*", "name", "names",
        "full name*", "are named in", "named in the",
        "!*namnteckning*",
    ]),
    g("ethnic_origin", 1, &[
        "etnicitet*", "etnisk*", "ethnic*", "hudfärg*", "romer", "romerna", "romsk*", "roma", "romani", "samer",
        "samerna", "samisk*", "sami", "sámi",
    ]),
    g("political_opinions", 1, &[
        "politisk* åsikt*", "partitillhörighet*", "political opinion*", "political view*", "which party nominated",
        "vilket parti man röst*", "vilket parti de röst*", "vilket parti de representerar", "vilket parti hon", "vilket parti han",
        "which party they vote*", "which party they represent", "vilket parti ~ nominer*", "nominated by a party", "nominerad* av ~ parti*", "partipolitisk*",
    ]),
    g("religious_beliefs", 1, &["religion*", "religiös*", "trosuppfattning*", "religious"]),
    g("trade_union", 1, &[
        "fackförening*", "facklig*", "fackmedlem*", "fackavgift*", "union fee*", "union dues", "trade union*",
        "union member*", "fackförbund*", "facktillhörighet*", "which union",
        // The writer's own role is no data: "Jag skriver som fackligt ombud".
        "!fackligt ombud*", "!facklig* företrädare", "!facklig* representant*", "!union rep*",
    ]),
    g("genetic", 1, &["genetisk*", "dna", "dna-*", "genetic*"]),
    g("biometric", 1, &["biometri*", "fingeravtryck*", "ansiktsigenkänning*", "biometric*", "fingerprint*"]),
    g("sex_life", 1, &["sexualliv*", "sexuell läggning", "sexuella läggning", "sexual orientation", "sex life"]),
    g("official_documents", 1, &[
        "passkopi*", "id-handling*", "id-kort*", "körkort*", "legitimation*", "passport*", "kopior av pass",
        "kopia av pass", "kopior av ~ pass", "uppehållstillstånd*", "uppehållskort*", "residence permit*",
        // The asylum seeker's card: "kopior på LMA-korten".
        "lma-kort*", "lma kort*", "asylum seeker's card*", "id card*", "identity card*", "kopior på pass",
        "kopia på pass", "kopior på ~ pass", "passkopior", "copies of passports", "passport copies",
    ]),
    g("location", 1, &[
        "gps*", "positionsdata", "positionsuppgift*", "platsdata", "platsuppgift*", "location data",
        // Where someone has been: driving logs and destinations, door and fob logs.
        "körjournal*", "resmål*", "destinations", "passerkortslogg*", "passagelogg*", "door log*", "entry log*",
        "fob log*", "vilka dörrar", "which doors",
    ]),
];

pub const SUBJECT_CATEGORY: &[Group] = &[
    g("children", 1, &[
        "barn", "barnet", "barnen", "barnets", "barnens", "barns", "*barn", "*barnet", "*barnen", "*barnets", "*barns",
        "barnutredning*", "barnärende*", "barnavård*", "barnakt*", "minderårig*", "underårig*", "ungdom*", "*ungdom*",
        "tonåring*", "bebis*", "child", "children", "child's", "children's", "kid", "kids", "minors", "youth*",
        "teenager*",
        "young people", "under 18", "!barnmorsk*", "!barnbarn*",
    ]),
    g("pupils", 1, &["elev*", "*elev", "*elever", "*eleven", "*eleverna", "*elevens", "pupil*", "schoolchild*"]),
    g("students", 1, &["studerande", "student*", "*studenter"]),
    g("patients", 1, &["patient*", "*patient", "*patienter", "*patienten", "!patientsäkerhet*"]),
    g("customers", 1, &[
        "klient*", "!klientdator*", "!klientprogram*", "*klient", "*klienter", "*klienten", "brukare*", "brukarna", "brukarens", "brukarnas", "kund",
        "kunden",
        "kunder", "kunderna", "kunds", "kundens", "kunders", "kundregist*", "omsorgstagare*", "vårdtagare*",
        "hyresgäst*",
        "en boende", "de boende", "boendes", "de boendes",
        "customer*", "client*", "service user*", "tenant*",
    ]),
    g("employees", 1, &[
        "anställdas", "medarbetares", "medarbetarnas", "medarbetarens", "personalens", "kollegors", "kollegans",
        "kollegas",
        "om anställda", "för anställda", "gällande anställda", "rörande anställda", "om medarbetare*",
        "för medarbetare*",
        "gällande medarbetare*", "om personal", "för personal", "om personalen", "om kollegor", "personalakt*",
        "personaluppgift*",
        "personalregist*", "personalärende*", "personallist*", "lönespec*", "lönebesked*", "anställningsavtal*",
        "medarbetarsamtal*", "sjukfrånvaro*", "*sjukfrånvaro*", "sick leave", "sick-leave", "employees'", "employee data", "employee record*", "staff data", "staff record*",
        "personnel file*", "personnel record*", "payslip*", "of employees", "of staff", "about employees",
        "about staff",
    ]),
    g("vulnerable", 1, &[
        "skyddad* identitet*", "skyddade personuppgifter", "sekretessmarker*", "skyddat boende", "skyddad* adress*",
        "kvarskriv*", "protected identit*", "skyddade uppgifter",
    ]),
    // Plain "användare" is mostly the staff who use a system; only users of a service are meant.
    g("users", 1, &["tjänsteanvändare*", "användare av ~ tjänst*", "service users"]),
    // People in care are the users of its services as much as its customers; forms filled in by
    // hand say either, so both are named.
    g("users", 1, &["brukare*", "brukarna", "brukarens", "brukarnas", "omsorgstagare*", "vårdtagare*"]),
    g("members", 1, &["medlem", "medlemmar", "medlemmarna", "medlemmars", "members"]),
    g("subscribers", 1, &["prenumerant*", "subscriber*"]),
];

pub const CLIENT_CONTEXT: &[Group] = &[g("customers", 1, &[
    "socialsekreterar*", "*socialsekreterar*", "socialtjänst*", "*socialtjänst*", "socialförvaltning*", "socialnämnd*",
    "ifo", "individ och familjeomsorg*", "familjeomsorg*", "försörjningsstöd*", "*försörjningsstöd*",
    "biståndshandläggar*",
    "orosanmälan*", "orosanmäl*", "socialtjänstlagen", "barn och familj", "hemtjänst*", "äldreomsorg*",
    "omsorgsförvaltning*",
    "social services", "social worker*", "social care", "lss", "den enskilde", "den enskildes", "enskildes",
])];

pub const REQUEST_TYPE: &[Group] = &[
    g("portability", 3, &[
        "machine readable", "machine-readable", "as a csv", "som csv", "csv-fil*", "csv file",
        // "send me all my purchases ... in a file like csv or excel so i can give it to them".
        "file like csv", "like csv", "csv or excel", "excel or csv", "i en fil som vi kan", "i en fil som ~ kan läsa",
        "as a file we can", "in a file we can",
        "so i can give it to", "så jag kan ge ~ till", "take it with me", "ta med mig ~ till",
        "maskinläsbar*", "dataportabilitet*", "portabilitet*", "*portabilitet", "portability", "machine-readable",
        "machine readable", "artikel 20", "art 20", "art. 20", "article 20",
    ]),
    g("portability", 1, &["flytta ~ uppgifter*", "flytta dem", "överföra ~ uppgifter*", "transfer my", "move my data"]),
    // Data handed over in a form another system reads: "exportera hennes dokumentation i en fil som
    // den nya förskolan kan läsa in", "vill att uppgifterna förs över digitalt".
    g("portability", 3, &[
        "exportera ~ min*", "exportera ~ mitt", "exportera ~ hans", "exportera ~ hennes", "exportera ~ deras",
        "exporterar ~ min*", "exporterar ~ hans", "exporterar ~ hennes", "export ~ my", "export ~ his",
        "export ~ her", "export ~ their", "kan läsa in", "kunna läsa in", "kan importera", "kunna importera",
        "can import", "could import", "able to import", "förs över digitalt", "föras över digitalt",
        "överförs digitalt", "överföras digitalt", "transferred directly", "transferred electronically",
        "i ett format som", "in a format", "i ett format", "överföra ~ mina", "överföra ~ min", "överföra ~ mitt",
        "föra över ~ mina", "flytta över ~ mina", "transfer ~ my ~ to",
        "i ett ~ format", "som en fil", "som fil", "as a file", "in a ~ format", "till en annan tjänst",
        "to another service", "to another provider",
    ]),
    g("portability", 2, &[
        "exportera*", "export", "exported", "förs över", "föras över", "överförs", "överföras",
        "flytt av ~ dokumentation*", "flytta ~ dokumentation*", "flytta över ~ dokumentation*",
        "transfer ~ records", "transfer ~ data", "transfer ~ documentation",
    ]),
    g("erasure", 3, &[
        "radera mina", "raderar mina", "radering", "raderas", "ta bort mina", "tar bort mina", "bli glömd",
        "bortglömd", "artikel 17", "art 17", "art. 17", "article 17", "erase", "erasure", "delete my", "delete ~ my",
        "erase ~ my", "remove ~ my", "radera ~ om mig", "radera allt", "deleted",
        "right to be forgotten", "remove my",
        // Parents ask for their children ("ta bort allt om min son"); things are asked to go
        // ("bilderna ska tas ner").
        "ta bort ~ om min*", "tar bort ~ om min*", "radera ~ om min*", "raderar ~ om min*", "ta bort allt",
        "tar bort allt", "tas ner", "plockas bort", "delete everything", "delete all", "remove all",
        "remove everything", "erase all", "erase everything", "be removed", "be deleted", "be erased",
        "be taken down",
        // "She wants every photo of her taken off the page", "vill ha bilderna borttagna".
        "wants ~ taken off", "wants ~ taken down", "wants ~ removed", "wants ~ deleted", "want ~ taken off",
        "want ~ removed", "want ~ deleted", "vill ha ~ borttag*", "vill få ~ borttag*", "vill ha ~ raderad*",
        "taken off ~ page", "taken off ~ website", "taken off ~ site", "taken off ~ facebook", "taken off ~ instagram",
        "off the page", "out of ~ image bank",
    ]),
    g("erasure", 1, &[
        "drar tillbaka ~ samtycke*", "dra tillbaka ~ samtycke*", "återkallar ~ samtycke*", "withdraw* ~ consent",
    ]),
    g("erasure", 2, &[
        // "Att det tas bort": what is asked for, but as often the remedy of an objection.
        "tas bort",
        "radera*", "*radera*", "!raderat", "!raderade", "ta bort", "tar bort", "plocka bort", "plockar bort", "ta ner",
        "tar ner", "remove", "take down", "delete", "erase",
    ]),
    g("rectification", 3, &[
        "snälla ändra", "ändra detta", "ändra det här", "please change", "kan ni ändra",
        "can you change", "can you correct",
        "vill att ni ändrar", "vill att ni korrigerar", "want you to change", "want you to correct",
        "rätta*", "rättelse*", "korriger*", "artikel 16", "art 16", "art. 16", "article 16", "rectif*", "correct my",
        "correct it", "please correct", "update my", "uppdatera min*", "ändra min*",
        "is incorrect", "are incorrect", "felaktiga uppgifter om mig", "fel uppgifter om mig",
        // Complaints about wrong data: "ni har fel adress på mig", "det står fel i hans journal".
        "fel ~ på mig", "fel ~ om mig", "fel i min*", "fel i mitt", "har fel", "står fel", "stod fel", "felstavat",
        "felstavad*", "felaktigt registrerad*", "is wrong", "are wrong", "is out of date", "are out of date",
        "outdated", "inaccurate", "misspelled", "misspelt", "wrong ~ about me", "wrong ~ on me", "wrong ~ in my",
        "have the wrong", "has the wrong", "stämmer inte", "inte stämmer", "ändra den", "ändra det",
        "to correct", "be corrected", "fix it", "please fix", "fix my", "update her", "update his", "correct her",
        "correct his", "correct their", "ändra mitt", "uppdatera mitt", "rätta mitt", "please update", "update it",
        "uppdatera den", "uppdatera det", "change my", "correct the record*", "correct the entry", "correct the note",
        "amend the record*", "amend my",
    ]),
    g("rectification", 2, &[
        "ändra ~ adress*", "uppdatera ~ adress*", "ändra ~ namn*", "ändras", "uppdateras", "update ~ address*",
        "change ~ address*", "change ~ name", "gammal adress*", "gamla adress*", "old address*",
    ]),
    // Asking that the register be put right: "se till att ni byter adressen så det blir rätt".
    g("rectification", 3, &[
        "byter adressen", "byta adressen", "byt adressen", "byter ~ adress*", "byta ~ adress*", "byt ~ adress*",
        "ändrar ~ adress*", "uppdaterar ~ adress*", "så det blir rätt", "så att det blir rätt", "rätt adress",
        "change the address", "update the address", "correct address", "uppdatera era", "uppdatera ert",
        "update your record*", "update your system*", "correct your record*",
    ]),
    g("restriction", 3, &[
        "begränsa*", "begränsning*", "artikel 18", "art 18", "art. 18", "article 18", "restrict*",
        // Held back until checked: "kräver att vi inte använder den förrän vi kollat upp uppgifterna".
        "inte använder ~ förrän", "inte används ~ förrän", "inte lämnar ut ~ förrän", "inte lämnas ut ~ förrän",
        "förrän ~ kollat*", "förrän ~ utrett*", "förrän ~ kontrollerat*", "förrän ~ rättat*",
        "not use ~ until", "not be used ~ until", "not to use ~ until", "until ~ verified", "until ~ checked",
        "pausa* ~ behandling*", "pause ~ processing", "freeze ~ data", "tills ~ avgjord*", "tills ~ utrett*",
        "until ~ resolved", "until ~ settled",
        // The until first: "Until you have looked into it, I ask you not to use this note in any way".
        "until you have looked into it", "until you have checked", "ask you not to use", "asking you not to use",
        "tills ni har utrett", "tills ni har kollat", "ber er att inte använda",
        "not to use this note", "not to use the note", "inte använda anteckningen",
        // "vill att vi inte använder uppgifterna tills vi har rett ut saken".
        "inte använder ~ tills", "inte används ~ tills", "inte lämnar ut ~ tills", "tills ~ rett ut",
        "tills ~ reder ut", "tills ~ kollat*", "tills ~ kontrollerat*", "tills ~ klarlagt*", "förrän ~ rett ut",
        // Kept, but not used, as evidence for a claim: "please do not delete it ... just keep it
        // locked away until my appeal has been decided", "radera inte inspelningen, jag behöver
        // den i mitt överklagande".
        "do not delete", "don't delete", "please don't use", "please do not use", "don't pass it on",
        "keep it as it is", "använd inte", "använd den inte", "not to delete", "not be deleted", "keep ~ locked away", "locked away",
        "not use it for anything else", "not use them for anything else", "until ~ decided", "until ~ appeal",
        "radera inte", "inte radera", "inte raderas", "inte tas bort", "inte ta bort", "inte gallra", "inte gallras",
        "tills ~ avgjort*", "tills ~ överklagande*", "inte använda ~ till något annat", "inte används ~ till något annat",
    ]),
    g("objection", 3, &[
        "vill inte att ~ används", "inte ska användas", "not to be used", "don't want ~ to be used",
        "vill inte att ~ använder", "vill inte att ~ behandlar", "vill inte längre att ~ använder",
        // "vill att vi slutar lägga upp bilder på hennes dotter".
        "slutar lägga upp", "sluta lägga upp", "slutar publicera", "sluta publicera", "slutar lägga ut",
        "sluta lägga ut", "stop posting", "stop publishing",
        "not want ~ to use", "doesn't want ~ to use", "don't want ~ to use", "no longer want ~ to use",
        "invänd*", "motsätter mig", "artikel 21", "art 21", "art. 21", "article 21", "object to", "objection*",
        "slutar använda", "sluta använda", "slutar behandla", "sluta behandla", "stop using", "stop processing",
        "opt out",
        // Direct marketing: "sluta skicka nyhetsbrevet till mig", "please unsubscribe me".
        "sluta skicka", "slutar skicka", "avregistrera mig", "vill inte längre få", "vill inte längre ha",
        "vill inte att ni skickar", "vill inte få ~ reklam", "vill inte ha ~ reklam", "ta bort mig från",
        "stryk mig från", "don't send me", "do not send me", "remove me from",
        "unsubscribe", "stop sending", "no longer want to receive", "no longer wish to receive",
    ]),
    // One's own image on camera: "vill ha ut filmen från era kameror där jag syns", "the footage of me".
    g("access", 3, &[
        "ha ut film*", "få ut film*", "ha ut inspelning*", "få ut inspelning*", "ha ut bilderna", "där jag syns",
        "där jag är med", "footage of me",
        "recording of me", "recordings of me", "footage where i", "footage in which i", "where i can be seen",
    ]),
    g("access", 2, &[
        "vill ha ut", "vill ~ ha ut", "ha ut allt", "registrerat om mig", "har registrerat om", "har sparat om mig", "kopia av sin*", "kopia på sin*", "copy of his", "copy of her", "copy of their",
        "läsa sin journal", "se sin journal",
        "registerutdrag*", "*registerutdrag*", "utdrag", "begär* ut", "få ut", "få ta del av", "ta del av ~ uppgifter*",
        // Requests counted, for a report: "antal begäranden om registerutdrag", "how many subject
        // access requests".
        "!antal ~ registerutdrag*", "!antalet ~ registerutdrag*", "!hur många ~ registerutdrag*",
        "!number of ~ subject access", "!number of ~ access request*", "!how many ~ subject access",
        "!how many ~ access request*",
        "vill ta del av", "allt som ~ skrivit* om", "allt som ~ skrivits om", "everything ~ written about",
        "få se sin*", "få läsa sin*", "se sin dokumentation", "vill få se", "asked to see", "requested to see",
        "see everything", "se allt", "kopia på allt", "kopia av allt", "vill ha ~ kopia", "vill få ~ kopia",
        "allt ~ dokumenterat om", "allt ~ antecknat om", "allt ~ har sparat om", "all records", "all the records",
        "all information", "all the information", "all data", "copy of all", "records ~ hold about",
        "information ~ hold about",
        "vilka uppgifter", "vilka personuppgifter", "kopia på mina", "kopia av mina", "artikel 15", "art 15", "art. 15",
        "article 15", "access to my", "copy of my", "a copy of", "subject access", "access request", "what data",
        "what personal data",
        "which data",
    ]),
];

pub const REQUEST: &[Group] = &[
    g("request", 3, &[
        // "I ask you not to use this note in any way", "jag ber er att inte använda anteckningen".
        "i ask you not to use", "i'm asking you not to use", "jag ber er att inte använda", "ber er att inte använda",
        "registerutdrag*", "*registerutdrag*", "radera mina", "raderar mina", "radera* ~ mina", "ta bort mina",
        // Requests counted, for a report: "antal begäranden om registerutdrag", "how many subject
        // access requests".
        "!antal ~ registerutdrag*", "!antalet ~ registerutdrag*", "!hur många ~ registerutdrag*",
        "!number of ~ subject access", "!number of ~ access request*", "!how many ~ subject access",
        "!how many ~ access request*",
        "tar bort mina", "rätta mina", "invänder mot", "motsätter mig",
        "maskinläsbar*", "dataportabilitet*", "begränsa behandlingen", "bli glömd", "bortglömd", "rätten att bli",
        "subject access", "access request", "erase my", "delete my", "right to be forgotten", "data portability",
        "copy of my", "restrict the processing", "object to the processing", "rectify my",
        "artikel 15", "artikel 16", "artikel 17", "artikel 18", "artikel 20", "artikel 21", "art. 15", "art. 16",
        "art. 17", "art. 18", "art. 20", "art. 21", "art 15", "art 16", "art 17", "art 18", "art 20", "art 21",
        "article 15", "article 16", "article 17", "article 18", "article 20", "article 21",
        // Handing one's (or one's child's) data to another system: "kan ni exportera hennes dokumentation".
        "exportera ~ min*", "exportera ~ mitt", "exportera ~ hans", "exportera ~ hennes", "exportera ~ deras",
        "exporterar ~ min*", "exporterar ~ hans", "exporterar ~ hennes", "export ~ my", "export ~ his",
        "export ~ her", "export ~ their", "förs över digitalt", "föras över digitalt",
        // "send me my hourly consumption data ... as a csv or some other machine readable file".
        "machine readable", "machine-readable", "send me my", "skicka mig mina", "as a csv", "som csv",
        // Asking that something of theirs be kept: "Please don't delete the recording of my call".
        "please don't delete", "please do not delete", "don't delete ~ my", "do not delete ~ my", "radera inte ~ min*",
        "radera inte ~ mitt", "snälla radera inte", "keep it locked away", "begär att ~ sparas",
        // "en begäran om att mina ansökningshandlingar ska raderas", "vill ha en kopia av alla
        // uppgifter som kommunen har om honom", "please restrict their use", "I contest the accuracy".
        // The register's words: "Den enskilde begär rättelse av elevens förnamn", "begär begränsning av
        // behandlingen", "Begäran inkom med brev den 2 juni", "Begäran framfördes muntligen".
        "begär rättelse", "begär begränsning", "begär radering", "begär registerutdrag", "begärde rättelse",
        "begärde begränsning", "begärde radering", "den enskilde begär", "den enskilda begär", "begäran inkom",
        "begäran framfördes", "begäran om rättelse", "begäran om begränsning", "begäran om dataportabilitet",
        "the individual requests", "the data subject requests",
        "begäran om att", "min begäran", "mitt önskemål om", "my request", "a request that", "en begäran om radering",
        "begäran om att ~ raderas", "begäran om radering", "begäran om att ~ tas bort", "mina ~ ska raderas",
        "mina ~ raderas", "kopia av ~ uppgifter*", "kopia på ~ uppgifter*", "har om honom", "har om henne",
        "har om mig", "restrict their use", "restrict the use", "restrict ~ use of", "contest the accuracy",
        "dispute the accuracy", "bestrider riktigheten", "ifrågasätter riktigheten", "stop using ~ my",
        // Passed on at a desk: "En kund ville att vi tar bort alla hans uppgifter ur kortsystemet".
        "tar bort ~ hans uppgifter", "tar bort ~ hennes uppgifter", "raderar ~ hans uppgifter",
        "raderar ~ hennes uppgifter", "ta bort ~ hans uppgifter", "ta bort ~ hennes uppgifter", "delete ~ his data",
        "delete ~ her data", "remove ~ his data", "remove ~ her data", "delete ~ his details", "delete ~ her details",
        // "I min plan står att jag har epilepsi. Det är fel. Jag vill att ni ändrar det."
        "vill att ni ändrar", "vill att ni rättar", "vill att ni korrigerar", "want you to correct", "want you to change",
        "stop using the", "sluta använda ~ mina", "sluta använda ~ uppgifter*", "do not use my", "don't use my",
        "stop using it", "använd inte mina", "använd inte mitt",
    ]),
    g("request", 2, &[
        "mina personuppgifter", "mina uppgifter", "uppgifter om mig", "personuppgifter om mig", "mina data",
        "my personal data", "my data", "my information", "data about me", "information about me", "data you hold",
        "den registrerade begär*", "begärt registerutdrag", "uppgifter* ~ om mig", "i mitt ärende", "min journal",
        "mina journaler", "about me and", "my record*", "vill veta vilka", "a copy of", "information ~ about me",
        "my address", "my name", "my details", "min adress", "mitt namn", "mina kontaktuppgifter",
        "data ~ about me", "allt om mig", "my data",
    ]),
    g("request", 3, &[
        "rätta* ~ uppgift*", "korrigera* ~ uppgift*", "vilka uppgifter ~ om mig", "vilka personuppgifter ~ om mig",
        "please correct", "correct it", "rätta det", "rätta den", "update my", "uppdatera min*", "ändra min*",
        "begränsar behandlingen", "begränsa behandlingen", "invänder mot att", "radera* ~ om mig", "ta bort ~ om mig",
        "tar bort ~ om mig", "data ~ hold* about me", "what data ~ about me",
        // Someone asking what is held on them: "vill veta vilka uppgifter vi har om henne".
        "vilka uppgifter ~ om henne", "vilka uppgifter ~ om honom", "vilka personuppgifter ~ om henne",
        "vilka personuppgifter ~ om honom", "vilka uppgifter ~ har om", "få veta vilka", "what data ~ about her",
        "what data ~ about him", "what information ~ about her", "what information ~ about him",
        "what personal data ~ hold",
        // Passed on by staff: "hon vill veta vilka uppgifter kommunen har sparade om henne", "asked if
        // she can get her results exported as a file".
        "vilka uppgifter ~ sparade om", "vilka uppgifter ~ sparat om", "vilka uppgifter ~ lagrade om",
        "vilka uppgifter ~ finns om", "vilka personuppgifter ~ sparade om", "vilka personuppgifter ~ finns om",
        "get her ~ exported", "get his ~ exported", "get their ~ exported", "have her ~ exported",
        "have his ~ exported", "få ~ exporterad*", "få sina ~ exporterad*", "få hennes ~ exporterad*",
        "få hans ~ exporterad*", "exported as a file", "exporterade som en fil", "exporterad som en fil",
        // Not wanting their data used: "vill inte att vi använder hans uppgifter för utskick".
        "vill inte att ~ använder", "vill inte att ~ behandlar", "vill inte längre att ~ använder",
        "not want ~ to use", "doesn't want ~ to use", "don't want ~ to use", "no longer want ~ to use",
    ]),
    g("request", 1, &["om mig", "about me", "jag begär*", "jag vill begära", "i request", "i would like to request"]),
    // Someone asking for everything held on them: "ville begära ut allt som kommunen har om henne",
    // "she wants every photo of her taken off the page".
    g("request", 3, &[
        "allt som ~ har om henne", "allt som ~ har om honom", "allt som ~ har om mig", "allt ni har om",
        "everything ~ have on her", "everything ~ have on him", "everything ~ has on her", "everything ~ has on him",
        "everything ~ hold on", "wants every photo", "wants every picture", "wants all photos", "wants all pictures",
        "wants ~ taken off", "wants ~ taken down", "wants ~ removed", "wants ~ deleted",
        "vill ha ~ borttag*", "vill få ~ borttag*",
    ]),
    g("request", 2, &[
        "taken off ~ page", "taken off ~ website", "taken off ~ site", "taken off ~ facebook",
        "taken off ~ instagram", "out of ~ image bank",
        "begära ut", "begär ut", "begärde ut", "begärt ut", "photos of her", "photos of him", "pictures of her",
        "pictures of him", "photo of her", "photo of him", "bilder på henne", "bilder på honom", "foton på henne",
        "foton på honom",
    ]),
    // Wrong data about the writer, everything about them or their child.
    g("request", 3, &[
        "fel ~ på mig", "fel ~ om mig", "felaktig* ~ om mig", "står fel i min*", "står fel i mitt",
        "wrong ~ about me", "wrong ~ on me", "allt ni har om", "allt om min*", "everything you have on",
        "everything you hold", "everything about my", "ändra mitt", "uppdatera mitt", "rätta mitt", "change my",
        "unsubscribe me", "no longer want to receive", "no longer wish to receive", "vill inte längre få",
        "sluta skicka ~ till mig", "stop sending me",
        // Marketing: "avregistrera mig från era utskick", "vill inte ha mer reklam".
        "avregistrera mig", "vill inte att ni skickar", "vill inte få ~ reklam", "vill inte ha ~ reklam",
        "ta bort mig från", "stryk mig från", "don't send me", "do not send me", "remove me from",
    ]),
    g("request", 3, &[
        // Asked not to be used ("please don't use the report or pass it on", "använd inte anteckningen") and
        // sent on ("Could you send us all the registrations ... like CSV").
        "please don't use", "please do not use", "don't use the report", "använd inte", "använd den inte",
        "send us all", "skicka oss alla", "skicka oss all",
        // "send me all my purchases and my account information", "han vill veta allt ni har registrerat om honom".
        "send me all my", "skicka mig alla mina", "skicka all min", "all my purchases", "my account information",
        "allt ni har registrerat", "allt ni har sparat", "vill veta allt", "want to know everything",
        "everything you have on", "everything you hold",
        "my ~ is wrong", "my ~ are wrong", "my ~ is incorrect", "my ~ is misspelled", "min ~ stämmer inte",
        "mitt ~ stämmer inte", "mina ~ stämmer inte", "min ~ är fel", "mitt ~ är fel", "mina ~ är fel",
        "i object", "we object", "object to ~ using", "object to ~ processing", "jag invänder",
    ]),
    g("request", 2, &[
        "mitt barnbarn", "mina barnbarn", "my grandson", "my granddaughter", "my grandchild", "bilder ~ på oss",
        "bild ~ på oss", "bilder ~ på mig",
        // One's own child: "min son går i 3A ... Hans bild ligger i skolkatalogen".
        "min son", "min dotter", "mitt barn", "mina barn", "my son", "my daughter", "my child", "my children",
        "min sons", "min dotters", "my son's", "my daughter's", "my child's",
        // One's own image: "på minst tre bilder syns jag och mina barn", "photos of me".
        "syns jag", "där jag syns", "bilder på mig", "bilder på oss", "bild på mig", "foton på mig", "photos of me",
        "pictures of me", "photos of us", "pictures of us", "photo of me", "picture of me",
        // Someone asking for their own file through staff or a relative: "han vill ha ut en kopia
        // av sin journal".
        "vill ha ut", "vill få ut", "kopia av sin*", "kopia på sin*", "kopia av hans", "kopia av hennes",
        "copy of his", "copy of her", "copy of their", "läsa sin journal", "se sin journal", "see his file",
        "see her file", "my old address",
        "in your records", "in your system", "in your register", "i ert system", "i era system", "i ert register",
        "i era papper", "i era handlingar", "in your papers", "in your files", "snälla ändra", "please change",
        "please correct", "ändra detta", "ändra det här",
        "i era register",
        "om min son", "om min dotter", "om mitt barn", "om mina barn", "på min son", "på min dotter",
        "på mitt barn", "about my son", "about my daughter", "about my child", "of my son", "of my daughter",
        "of my child",
        // A parent asking through staff: "vill få ta del av allt skolan har skrivit om hennes dotter".
        "om hennes son", "om hennes dotter", "om hennes barn", "om hans son", "om hans dotter", "om hans barn",
        "på hennes son", "på hennes dotter", "på hennes barn", "på hans son", "på hans dotter", "på hans barn",
        "of her son", "of her daughter", "of her child", "of his son", "of his daughter", "of his child",
        // Seeing one's own file: "har begärt att få se sin dokumentation".
        "få se sin*", "få läsa sin*", "se sin dokumentation", "begärt att få", "begär att få", "begärde att få",
        "vill få se", "asked to see", "requested to see", "wants to see ~ own", "wants to read ~ own",
        "about her son", "about her daughter", "about her child", "about his son", "about his daughter",
        "about his child", "vill få ta del av", "vill ta del av", "allt som ~ skrivit* om", "allt som ~ skrivits om",
        "everything ~ written about", "wants to see everything", "want to see everything",
        "kopia på allt", "kopia av allt", "vill ha ~ kopia", "vill få ~ kopia", "allt ~ dokumenterat om",
        "allt ~ antecknat om", "allt ~ har sparat om", "all records", "all the records", "all the information",
        "records ~ hold about", "information ~ hold about", "we hold about", "you hold about", "about her mother",
        "about her father", "about his mother", "about his father", "about her husband", "about his wife",
        "om hennes mamma", "om hennes pappa", "om hans mamma", "om hans pappa", "om hennes man", "om hans fru",
        // Through another system: "överföra mina journaler till min nya vårdcentral".
        "överföra ~ mina", "överföra ~ min", "överföra ~ mitt", "föra över ~ mina", "flytta över ~ mina",
        "i ett format", "in a format", "transfer ~ my",
        // A parent's child, a name spelt wrong: "min dotters efternamn är felstavat, kan ni fixa det?".
        "min dotters", "min sons", "mitt barns", "mina barns", "my daughter's", "my son's", "my child's",
        "felstavat", "felstavad", "felstavade", "misspelled", "misspelt", "fixa det", "ändra det", "rätta till det",
        // The writer's register: "uppdatera era register", "update your records".
        "uppdatera era", "uppdatera ert", "ändra i era", "ändra i ert", "rätta era", "rätta ert",
        "update your record*", "update your system*", "correct your record*",
        // The writer's own data: "mitt foto och mitt direktnummer ligger ute", "min gamla adress".
        "mitt foto", "mina foton", "min bild", "mina bilder", "bild på mig", "bilder på mig", "foto på mig",
        "foton på mig", "mitt telefonnummer", "mitt mobilnummer", "mitt direktnummer", "mitt nummer",
        "mitt personnummer", "min e-postadress", "min mejladress", "min mailadress", "min gamla adress",
        "min tidigare adress", "min förra adress", "min nya adress", "my photo", "my picture", "photos of me",
        "pictures of me", "my phone number", "my number", "my email address", "my e-mail address",
        "my previous address", "my new address", "my home address", "min hemadress", "without my consent",
        "utan mitt samtycke", "utan mitt medgivande", "utan att fråga mig",
    ]),
    // A right claimed without saying which: "hon säger att hon har rätt till det enligt GDPR".
    g("request", 1, &[
        "enligt gdpr", "enligt dataskyddsförordningen", "under gdpr", "under the gdpr", "rätt till det",
        "har rätt att få", "right to see", "right to a copy", "entitled to",
    ]),
    // Someone wanting something done ("han vill att det rättas", "begär att bilderna raderas"):
    // with a right in the same sentence, a request (see `extract::request_intent`).
    g("wants", 1, &[
        // Inverted after an opening clause: "Tills ni har utrett saken vill jag att ni inte använder den".
        "vill jag att", "vill vi att", "begär jag att", "önskar jag att", "ber jag att", "kräver jag att",
        "vill att", "vill nu att", "begär att", "begärde att", "kräver att", "krävde att", "önskar att", "ber oss",
        "ber att", "bad oss", "bad att", "bad om att", "vill inte att", "bett oss", "bett att", "bett om att",
        "wants us to", "wants ~ to be", "want ~ to be", "would like ~ to be", "asks us to", "asked us to", "asked that",
        "asks that", "requests that",
        "requested that", "demands that", "demanded that", "would like you to", "want you to", "wants you to",
        "asked for ~ to be",
        "vill alltså att", "vill gärna att", "vill bara att", "vill helst att", "vill därför att", "vill också att",
        "vill även att", "se till att ni", "make sure you", "please ensure",
    ]),
];

pub const INCIDENT_WORD: &[Group] = &[g("incident", 1, &[
    "personuppgiftsincident*", "*incident*", "avvikelse*", "sekretess*", "*sekretess*", "obehörig*", "inte tillåtet",
    "ej tillåtet", "dataskyddsincident*", "breach*", "data leak*", "röj*", "felaktig*", "fel", "felet", "misstag*",
    "lex sarah",
    "lex maria", "anmäla", "anmälan", "incident*", "mistake*", "wrong",
    // Incidents counted, for a report or an audit: "antal personuppgiftsincidenter som anmälts".
    "!antal ~ *incident*", "!antalet ~ *incident*", "!hur många ~ *incident*", "!number of ~ *incident*",
    "!how many ~ *incident*", "!number of ~ breach*", "!how many ~ breach*",
])];

/// `opening`: how a question starts ("hur ...", "vad ..."); `modal`: a question of what one may or
/// must do ("får vi ...", "is it ok to ..."), also an opening, whose verb is a plan, not an event;
/// `anywhere`: words that make a message a question wherever they stand ("jag undrar").
pub const QUESTION: &[Group] = &[
    g("opening", 1, &[
        "hur", "vad", "vilka", "vilken", "vilket", "när", "var", "vem", "gäller det", "finns det", "är det",
        "är detta", "är ni", "har ni", "har vi", "går det", "can you", "do you", "is this", "are you", "how", "what",
        "which", "when", "where", "who", "is there", "are we",
    ]),
    g("modal", 1, &[
        "får vi", "får jag", "får man", "kan vi", "kan jag", "kan man", "behöver vi", "behöver jag", "behöver man",
        "måste vi", "måste jag", "ska vi", "ska jag", "bör vi", "bör jag", "borde vi", "borde jag", "är det ok",
        "är det okej", "är det tillåtet", "är det lagligt", "can we", "can i", "may we", "may i", "should we",
        "should i", "do we", "do i", "must we", "is it ok", "is it okay", "is it allowed", "is it legal",
        "are we allowed", "am i allowed",
        // Asking someone to do something: "Skulle du kunna hålla en genomgång om publicering på webben?"
        "skulle du kunna", "skulle ni kunna", "kan du hålla", "kan ni hålla", "could you", "would you be able",
        "would you mind",
    ]),
    // Verb first, as questions are put ("Får vårdnadshavare begära...?", "Is the list still up?"):
    // only at the start of a sentence that ends with a question mark. `modal_verb` asks what one
    // may or must do, like `modal`; "Kan någon ha kommit åt journalerna?" wonders what happened, and
    // its verb may tell of an event, so "kan" is only `verb_first`.
    g("modal_verb", 1, &["får", "ska", "skall", "måste", "bör", "behöver", "may", "must", "should"]),
    g("verb_first", 1, &[
        "kan", "borde", "can", "could", "är", "har", "finns", "gäller", "räcker", "is", "are", "do", "does", "did",
        "have", "has",
    ]),
    g("anywhere", 1, &[
        "undrar", "fråga", "frågor", "vill veta hur", "vill veta om", "wondering", "question", "would like to know how",
        "would like to know if", "quick question",
    ]),
];

pub const HYPOTHETICAL: &[Group] = &[
    // Said in so many words: "Vi har inget sådant fall nu, vi vill bara veta hur vi ska tänka".
    g("no_case", 3, &[
        "inget sådant fall", "inget konkret fall", "inget sådant ärende", "no such case", "not an actual case",
        "not a real case",
        // A phishing mail not acted on: "I didn't click anything ... Nothing else happened", "Inget har hänt".
        "didn't click anything", "did not click anything", "didn't click on anything", "klickade inte på något",
        "har inte klickat", "klickade inte på länken", "nothing else happened", "inget mer hände", "inget har hänt",
        "inget hände", "nothing has been sent", "inget har skickats", "ingenting har skickats",
        // "I didn't click the link and didn't enter my password anywhere", "Jag har inte klickat på länken".
        "didn't click the link", "did not click the link", "didn't click on the link", "did not click on the link",
        // A follow-up on one's own report: "ville bara kolla att ni fått min anmälan i måndags".
        "fått min anmälan", "fick min anmälan", "fått min incidentanmälan", "received my report", "got my report",
        "inte fått något ärendenummer", "inte fått nåt ärendenummer", "no case number yet",
        "didn't enter my password", "did not enter my password", "har inte klickat på länken",
        "klickade inte på den", "angav inte mitt lösenord", "skrev inte in mitt lösenord",
    ]),
    g("hypothetical", 1, &[
    "om man", "om jag", "om vi", "om någon", "vad händer om", "vad gör jag om", "vad gör man om", "hypotetiskt",
    "i framtiden", "what if", "if someone", "if i", "if we", "what happens if", "hypothetically", "in the future",
    // A case put as a condition: "om nån skulle", "ifall en elev", "säg att", "what should we do if".
    "om nån", "om en ~ skulle", "om ett ~ skulle", "om det skulle", "om det händer", "ifall ~ skulle",
    "ifall man", "ifall någon", "ifall nån", "i fall att",
    "tänk om", "anta att", "antag att", "säg att", "låt säga", "vad gäller om", "vad gäller ifall", "vad gäller när",
    "vad gör vi om", "vad ska vi göra om", "vad ska man göra om", "hur gör vi om", "hur gör man om",
    "hur ska vi göra om", "hur ska man göra om", "hypotetisk*", "teoretiskt", "rent generellt", "generell fråga",
    "allmän fråga",
    "if a", "if an", "if one of", "if ~ were to", "if ~ should", "if ~ happens", "if ~ happened", "suppose",
    "supposing",
    "let's say", "say that", "in the event", "what would happen", "what should we do if", "what do we do if",
    "how should we handle", "hypothetical*", "theoretically", "general question", "in general",
])];

pub const DATE_CUE: &[Group] = &[
    g("discovered", 2, &[
        "upptäck*", "märkte", "märktes", "märkt", "märker", "noterade", "noterades", "noterat", "uppmärksammade*",
        "framkom", "framkommit", "framgick", "det visade sig", "visade det sig", "konstaterade*", "konstaterat*",
        "upptäk*",
        "inte återfinnas", "kunde inte hittas", "hittades inte", "saknades", "could not be found", "was missing",
        "uppmärksammat*", "uppmärksammad*", "uppmärksammades", "fick veta", "fått veta", "fick reda", "fått reda",
        "insåg",
        "inser", "kännedom", "jag såg", "vi såg", "såg att", "såg jag", "såg vi", "hittade*", "hittades", "påträffa*",
        "kontaktade", "kontaktades", "hörde av sig", "ringde", "meddelade", "meddelades", "informerade", "informerades",
        "larmade", "berättade", "svarade", "fick besked", "fick information", "anmälde",
        "noticed", "discovered", "realised", "realized", "found out", "found this", "found it", "found that", "became aware", "detected", "spotted", "was told",
        "were told", "informed us", "alerted", "got a call", "called me", "told me", "notified", "learned", "learnt",
        // Realising and being told, in everyday words.
        "fattade", "förstod", "begrep", "kom på att", "kom på det", "kommit på det", "kom jag på", "sa till mig", "sade till mig", "sa till oss", "sade till oss",
        "påpekade", "flaggade", "larmet", "såg nyss", "såg precis", "såg just", "ser nu", "såg nu",
        // Come in: "Begäran inkom med brev den 2 juni", "Begäran framfördes muntligen i tisdags".
        "inkom", "inkommit", "framfördes", "togs emot", "was received", "were received",
        // Someone outside telling the school or the office: "A parent emailed the school on Tuesday at 10:40".
        "emailed the school", "e-mailed the school", "called the school", "phoned the school", "contacted the school",
        "emailed the office", "called the office", "mejlade skolan", "ringde skolan", "kontaktade skolan",
        "mejlade förskolan", "ringde förskolan", "ringde kontoret", "mejlade kontoret",
        "mejlade oss", "mejlade mig", "mailade oss", "mailade mig", "skickade oss", "skickade mig", "skrev till oss",
        "skrev till mig", "började ringa", "fick ~ samtal*", "fick ~ klagomål*", "fick ~ signal*", "fick ~ tips*",
        "flagged", "emailed us", "emailed me", "e-mailed us", "mailed us", "wrote to us", "wrote to me", "sent us",
        "sent me", "called us", "phoned us", "phoned me", "rang us", "rang me", "contacted us", "contacted me",
        "got in touch", "reached out", "pointed out", "called", "phoned", "rang", "started calling", "began calling",
        "started complaining", "heard about", "first heard", "hörde talas om", "fick höra", "pointed ~ out",
        // After "didn't": "Didn't notice until I got home at around 7pm"; seen and found in plain
        // words: "My manager saw it this morning", "I found the smashed window on Friday morning".
        "notice", "notice until", "realise", "realize", "discover", "find out", "saw it", "saw the", "saw that",
        "found the", "found a", "found my", "found our", "found his", "found her", "såg det", "såg den",
        "såg inlägget", "såg mejlet",
        "got ~ calls", "got ~ complaint*", "received ~ call*", "received ~ complaint*", "heard from",
        // A message coming in: the discovery of an incident, the receipt of a request.
        "lämnade tillbaka", "lämnat tillbaka", "lämnades tillbaka", "lämnade in", "lämnades in", "handed it back",
        "handed back", "handed it in", "was returned",
        "kom in till", "kom in via", "kom in från", "kommit in till", "kommit in via", "inkom", "inkommit", "inkommen",
        "inkomna", "mottogs", "mottog", "tog emot", "fick in", "fått in", "skickade in", "skickat in", "received",
        "came in", "was submitted", "submitted", "sent in",
        // "Den 16 november lämnade jag in ett brev", "On Nov 26 I handed in a written request".
        "lämnade ~ in", "lämnat ~ in", "skickade ~ in", "handed in", "handed ~ in",
        // "Jag gav ett brev till min handledare den 11 januari", "On Tuesday I filled in your form".
        "gav ett brev", "gav ~ brevet", "gave ~ letter", "filled in ~ form", "fyllde i ~ blankett*",
        "fyllde i ~ formulär*",
        // Told by mail or by an alarm: "igår fick vi ett mejl från leverantören", "picked up the alert".
        "fick vi ~ mejl*", "fick vi ~ mail*", "fick vi ~ e-post*", "fick vi ~ meddelande*", "fick vi ~ brev*",
        "fick vi ~ sms*", "vi fick ~ mejl*", "vi fick ~ mail*", "vi fick ~ e-post*", "vi fick ~ meddelande*",
        "vi fick ~ brev*", "vi fick ~ sms*", "fick jag ~ mejl*", "fick jag ~ mail*", "fick jag ~ meddelande*",
        "fick jag ~ sms*", "jag fick ~ mejl*", "jag fick ~ mail*", "jag fick ~ meddelande*", "jag fick ~ sms*",
        "we got ~ email*", "we got ~ e-mail*", "we got ~ message*", "i got ~ email*", "i got ~ e-mail*",
        "i got ~ message*", "alert", "alerts", "alarm", "larm", "frågade", "undrade", "asked me", "asked us",
        "told us", "informed me", "notified us", "notified me", "alerted us", "let us know", "let me know",
    ]),
    g("discovered", 1, &[
        "kontroll*", "*kontroll", "*kontrollen", "*sökning", "granskning*", "*granskning", "check", "audit", "review",
        "inventory", "inventering*", "*inventering", "*inventeringen", "stocktaking", "stock-take",
        // A notification's own headings: "Discovery: On 2 February at around 4 pm ...".
        "discovery", "detection", "upptäckt",
    ]),
    g("occurred", 2, &[
        "slängde", "slängdes", "threw away", "threw out",
        // What a log showed someone had done: "upptäckte då att en skolsköterska hade öppnat
        // journalen ... den 8/6 kl. 13.42", "found that a caseworker had opened the file".
        "hade öppnat", "hade läst", "hade tittat", "hade loggat in", "hade gått in", "had opened", "had accessed",
        "had logged in", "had read", "had viewed", "loggade in den", "logged in on",
        // A form's label: "Datum för händelsen: 2028-12-12", "Date of the incident: 3 March".
        "datum för händelsen", "datum för incidenten", "datum för avvikelsen", "händelsedatum", "incidentdatum",
        "date of the incident", "date of incident", "incident date", "date of the event", "tidpunkt för händelsen",
        "hände", "hänt", "händer", "inträffade", "inträffat", "skedde", "skett", "skick*", "mejlade", "mailade",
        "faxade",
        "faxat", "bifogade", "bifogat", "glömde", "glömt", "bröt", "stals", "stulen", "stulits", "stulit", "stal",
        "tappade",
        "tappat",
        "förlorade", "blev av med", "publicerade*", "publicerat*", "laddade upp", "lade upp", "la upp", "lade ut",
        "la ut",
        "delade", "delades", "!delades upp", "!delade upp", "!delats upp", "!delade ~ på", "skrev ut", "skrevs ut", "skrivits ut", "raderade", "raderades", "raderats", "försvann",
        "sedan", "råkade", "råkat", "råka", "missade", "läckte", "hackades", "loggade in", "kom åt", "fick åtkomst", "lämnade", "lämnat",
        "pågick", "började", "vidarebefordrade*", "gjordes", "drabbades", "utsattes", "blev utsatt*", "utsatta för",
        "was hit", "were hit", "got hit", "första gången", "första inloggning*", "first time", "first login",
        "happened", "occurred", "sent", "emailed", "mailed", "faxed", "attached", "stolen", "stole", "lost", "broke",
        "uploaded", "published", "posted", "shared", "printed", "deleted", "forgot", "left", "dropped", "misplaced",
        "hacked",
        // Broke off: "Kl. 01.10 avbröts flytten av ett fel ... varvid databasen skadades".
        "avbröts", "skadades", "was interrupted", "was aborted", "were damaged", "was damaged",
        // Written over: "nattkörningen natten till tisdag, kl. 01.00, skrev över ködatumet".
        "skrev över", "skrevs över", "skrevs ~ över", "skrev ~ över", "overwrote", "was overwritten",
        "were overwritten",
        // Handed out: "On Monday morning we handed out 32 reused Chromebooks", "delade ut datorerna".
        "handed out", "delade ut", "lämnade ut datorerna", "gave out the",
        "leaked", "since", "was taken", "went missing", "began", "started", "fell for", "logged in",
        "klickade", "clicked", "sparades", "sparade", "sparats", "saved", "lagrades", "stored", "placerades",
        "åkte ur", "ramlade", "trillade", "föll ur", "bröts", "broken into", "snodde", "rånades", "disappeared",
        "vanished", "kördes", "körde ~ *import*",
        "lade ~ upp", "la ~ upp", "startade", "startat",
        "ended up", "hamnade", "hamnat", "körde ~ *utskick*", "körde ~ *jobb*", "körde ~ *skript*",
        "was run", "job ran", "import ran", "script ran", "ran the import", "ran the script", "skrevs över",
        "överskrevs", "importerades", "gick ut", "went out",
        // A rule, a share or an account that started it: "regeln skapades 12 februari".
        "skapades", "skapats", "skapade", "was created", "were created", "sattes upp", "was set up",
        "sms:ade", "sms:at", "sms:ades", "smsade", "smsat", "texted", "messaged",
        // Told by word of mouth (not "sa till mig": that is how it was found).
        "sa till ~ annan*", "sade till ~ annan*", "berättade för ~ annan*", "berättat för ~ annan*",
        "told ~ another", "told ~ other", "mentioned ~ to ~ another",
        // Someone writing, calling or bringing it back is how it was found, not what happened.
        "!lämnade tillbaka", "!lämnat tillbaka", "!lämnade in",
        // "hålet är täppt sedan i morse": since when it has been over.
        "!täppt sedan", "!åtgärdat sedan", "!åtgärdad sedan", "!stängd sedan", "!stängt sedan", "!löst sedan",
        "!borttagen sedan", "!borttaget sedan", "!spärrad sedan", "!spärrat sedan", "!fixed since", "!closed since",
        "!removed since", "!blocked since",
        "!mejlade oss", "!mejlade mig", "!mailade oss", "!mailade mig", "!skickade oss", "!skickade mig",
        "!emailed us", "!emailed me", "!e-mailed us", "!mailed us", "!sent us", "!sent me", "!started calling",
        "!began calling", "!started complaining", "!började ringa",
    ]),
    g("occurred", 1, &[
        "inbrott*", "*inbrott", "stöld*", "*utskrift*", "*utskick*", "uppdatering*", "*uppdatering*", "uppgradering*",
        "*uppgradering*", "update", "upgrade", "break-in", "theft", "*phishing*", "nätfiske*",
    ]),
    g("ended", 2, &[
        // "I unpublished it at 08:20", "rolled the release back at 11:45", "The correct data was restored
        // at 16:45", "raderade för alla 15.07", "Meddelandet drogs tillbaka i plattformen kl. 08.30".
        "unpublished", "rolled ~ back", "rolled back", "was restored", "were restored", "återställdes",
        "raderade för alla", "raderade den för alla", "deleted it for everyone", "deleted for everyone",
        "drog tillbaka", "drogs tillbaka", "withdrew", "was withdrawn", "recalled the",
        "åtgärdades", "åtgärdats", "stängdes", "stängde", "togs bort", "tog bort", "tog ner", "togs ner",
        "avpublicerade*",
        "upphörde", "stoppades", "stoppade", "spärrades", "spärrade", "until", "removed", "taken down", "took down",
        // "We collected all 32 devices by 15:00 yesterday", "samlade in alla datorer".
        "collected all", "collected the devices", "collected them", "samlade in alla", "samlade in datorerna",
        "fixed",
        "stopped", "ended", "closed", "blocked",
        "tog ~ bort", "tog ~ ner", "tagit ~ bort", "plockade bort", "plockade ner", "plockat bort", "plockades bort",
        "flyttades", "flyttats", "låstes", "återkallades", "återkallade", "inaktiverades",
        "took ~ down", "taken ~ down", "pulled ~ down", "took ~ offline", "taken ~ offline", "locked", "disabled",
        "revoked", "deactivated", "moved ~ to",
        // Put right, shut off, taken back: "felet rättades i morse", "IT shut the account at 9:30",
        // "the server was taken off the network", "jag hämtade papperen kl 15.40".
        "rättades", "rättats", "korrigerades", "korrigerats", "löstes", "lösts", "shut", "stängde av", "stängdes av",
        "stängt av", "stängts av", "kopplade* bort", "kopplade* ur", "kopplades från", "isolerades", "avaktiverades",
        "inaktiverade", "taken off", "took ~ off", "disconnected", "isolated", "unplugged", "was contained",
        "is contained", "been contained",
        "hämtade ~ tillbaka", "hämtade ~ papper*", "hämtade ~ utskrift*", "hämtade ~ dokument*", "hämtade ~ pärm*",
        "hämtade ~ listan", "hämtade ~ listorna", "retrieved", "picked up ~ papers", "picked up ~ printout*",
        // Data fetched through a hole is the access, not its end: "entry logs were retrieved 212 times".
        "!were retrieved", "!was retrieved ~ times", "!retrieved ~ times",
        // Taken away, switched off, changed back: "he deleted it at 20:10", "släckte lagret kl 09.12",
        // "I changed the link at 16:10", "IT restricted the folder to our team", "reset her password".
        "deleted it", "deleted the post", "deleted the story", "deleted the recording", "deleted the video",
        "deleted the message", "deleted the file", "deleted the rule", "deleted the forwarding rule",
        "raderade inlägget", "raderade inspelningen", "raderade filen", "raderade regeln", "släckte", "släcktes",
        "turned off", "switched off", "changed the link", "changed the setting*", "changed the sharing",
        "ändrade länken", "ändrade inställning*", "ändrade delning*", "restricted the", "restricted ~ to",
        "begränsade ~ till", "begränsade behörighet*", "reset her password", "reset his password", "reset the password",
        "återställde lösenordet", "bytte lösenord*", "the fix was deployed", "fix was deployed", "fix was released",
        // Records split apart again: "posterna delades upp manuellt i går kl. 16.45".
        "delades upp", "delade upp", "delats upp", "separated the records", "split the records",
        // A fix put in: "We deployed a fix on 3 February at 15:20", "Containment: ...".
        "deployed a fix", "rolled out a fix", "released a fix", "applied a fix", "patched", "containment",
        "installerade en rättning", "släppte en rättning", "rättningen installerades",
        "täppt sedan", "åtgärdat sedan", "åtgärdad sedan", "stängd sedan", "stängt sedan", "löst sedan",
        "borttagen sedan", "borttaget sedan", "spärrad sedan", "spärrat sedan", "fixed since", "closed since",
        "removed since", "blocked since",
        // An exposure shut by a setting: "ändrade det till privat kl 9", "made the team private".
        "ändrade ~ till privat", "ändrat ~ till privat", "gjorde ~ privat", "gjort ~ privat", "satte ~ till privat",
        "made ~ private", "changed ~ to private", "set ~ to private", "switched ~ to private",
        "restored ~ permissions", "restored the correct",
        // Undone: "the release was rolled back at 18:05", "all account numbers were corrected at 14:30",
        // "we switched that off at 09:32".
        "rolled back", "reverted", "corrected", "switched ~ off", "turned ~ off", "rullades tillbaka",
        "rullade tillbaka", "rullat tillbaka", "rullats tillbaka",
        "deleted the post", "deleted the message", "deleted the file", "deleted the photo", "deleted the picture",
        "raderade inlägget", "raderade bilden", "raderade meddelandet", "raderade filen",
        "restored the", "restored ~ from", "we restored", "återställde ~ från", "återställdes ~ från",
        "backade", "återställdes", "återställde", "stängde ner", "stängdes ner", "återställde ~ behörighet*", "återställt ~ behörighet*",
        "återställdes ~ behörighet*", "is now only accessible", "är nu bara åtkomlig*", "är nu bara tillgänglig*",
        // "Didn't notice until 7pm": the discovery's time, not an end.
        "!notice until", "!noticed until", "!realise until", "!realize until", "!realised until", "!realized until",
        "!noticed ~ until", "!notice ~ until", "!märkte ~ förrän", "!upptäckte ~ förrän",
        "!discover ~ until", "!discovered ~ until", "!find out until", "!found out until",
        // A job or a contract ending is not the incident ending.
        "!anställning* ~ upphörde", "!anställning* ~ avslutades", "!avtal* ~ upphörde", "!employment ~ ended",
        "!contract ~ ended",
    ]),
    // Changes that made the incident possible: their dates are not the incident's ("mallen
    // som installerades i fredags"). Weak, so that "sedan uppdateringen" still dates the start.
    g("context", 1, &[
        "installerades", "installerats", "installerade", "driftsattes", "driftsatt", "installed", "deployed",
        "anställning* ~ upphörde", "anställning* ~ avslutades", "slutade sin anställning", "avtal* ~ upphörde",
        "employment ~ ended", "contract ~ ended", "left the company",
        // A rule's own date: "rutinen för logguppföljning (beslutad 2018-05-25)".
        "beslutad", "beslutade", "beslutades", "antagen", "antogs", "fastställd", "fastställdes", "adopted",
        "decided on", "in force since", "gäller från",
        // When it was last seen is not when it went: "hade det senast i fredags", "last saw it on Friday".
        "hade det senast", "hade den senast", "såg det senast", "såg den senast", "senast jag såg", "last saw",
        "last had", "last seen",
        // A case's own history: "ärendet avslutades 200203", "the case was closed in March".
        "ärende* ~ avslutades", "ärende* ~ avslutats", "ärende* ~ avslutat", "akten ~ avslutades",
        "ärende* ~ stängdes", "case ~ was closed", "case ~ closed",
    ]),
    // A check that found nothing dates no part of the incident: "loggkontrollen gjordes den 1
    // juni utan anmärkning", "the review on 3 May found nothing".
    g("context", 3, &[
        "utan anmärkning*", "utan avvikelse*", "inga avvikelser", "inga anmärkningar", "utan att hitta något",
        "without remark*", "found nothing", "no findings", "no deviations", "without finding anything",
    ]),
    // The period the data cover: "inga skannade filer från perioden 2027-01-11–2027-01-22",
    // "loggkontrollen för perioden 1–31 mars".
    g("context", 2, &[
        "perioden", "för perioden", "från perioden", "avseende perioden", "for the period", "covering the period",
        "kontrollperiod*", "granskningsperiod*", "loggperiod*", "review period", "period checked", "period covered",
        // A meeting's own day: "protokoll från sammanträdet den 4 oktober", "the minutes of the meeting on".
        "från sammanträdet", "från sammanträde", "från mötet", "from the meeting", "of the meeting",
        // A copy's own date: "säkerhetskopian från den 1 oktober", "the backup from 1 October".
        "säkerhetskopian från", "säkerhetskopia från", "backupen från", "backup from", "the backup of",
        "versionen från", "the version from",
        // The accident a report is about: "Olyckan inträffade den 2 september".
        "olyckan inträffade", "olyckan skedde", "the accident happened", "the accident occurred",
    ]),
    // Reporting it to the police is something done about it: "polisanmälde i morse kl 7.15".
    // Weak, so that a discovery in the same clause still dates ("found out at 19:30 and reported
    // it to the police").
    g("context", 1, &[
        "polisanmäl*", "anmälde ~ till polisen", "anmält ~ till polisen", "reported it to the police",
        "reported ~ to the police", "filed a police report", "police report was filed",
    ]),
];

/// Words for now: `now` dates a discovery ("upptäckte det nu"); `just` also dates an event
/// ("skickade nyss", "I just sent").
pub const NOW_WORD: &[Group] = &[
    g("now", 1, &["nu", "idag", "i dag", "imorse", "i morse", "today", "right now"]),
    g("just", 1, &[
        "nyss", "precis", "just", "just now", "alldeles nyss", "a moment ago", "a minute ago", "minutes ago",
    ]),
    // "märkte det direkt": found at once, so on the day it happened.
    g("immediate", 1, &[
        "direkt", "genast", "omedelbart", "med en gång", "på en gång", "på momangen", "immediately", "right away",
        "straight away", "at once", "instantly",
        // Just after what happened: "en granne hörde det och ringde oss strax efteråt".
        "strax efteråt", "strax därefter", "kort efteråt", "kort därefter", "direkt efteråt",
        "direkt därefter", "shortly after*", "soon after*", "right after*", "moments later", "minutes later",
    ]),
];

pub const NEGATION: &[Group] = &[g("not", 1, &[
    "inte", "ej", "icke", "inga", "inget", "ingen", "aldrig", "utan", "no", "not", "never", "without", "*n't", "cannot",
    "none", "nor", "varken", "saknar", "saknade", "saknas",
])];

pub const NEGATION_AFTER: &[Group] = &[g("not", 1, &["inte", "ej", "icke", "not", "aldrig", "never"])];

pub const ONGOING: &[Group] = &[
    g("true", 3, &[
        "pågår fortfarande", "fortfarande pågår", "pågår än", "pågår just nu", "pågår alltjämt", "det pågår",
        "fortfarande synlig*", "fortfarande ute", "fortfarande öppen", "fortfarande tillgänglig*",
        "ligger fortfarande ute",
        "kan fortfarande", "still ongoing", "is ongoing", "still happening", "still online", "still visible",
        "still available", "can still", "still going on",
        // Still there, not yet fixed: "ligger kvar i systemet just nu", "has still not closed it".
        "ligger kvar", "ligger fortfarande", "fortfarande kvar", "finns fortfarande", "inte klart förrän",
        "inte klar förrän", "ingen lösning än", "ingen lösning ännu", "fortfarande inte", "ännu inte åtgärdat*",
        "inte åtgärdat än", "inte löst än", "still not", "not yet fixed", "not fixed yet", "not yet been fixed",
        "not yet closed", "not yet removed", "still exposed", "still accessible", "still there", "still in the system",
        "still has not", "has still not", "have still not",
        // "It is still on the website as I write this", "den ligger fortfarande uppe".
        "still on the", "still up", "still published", "still out there", "still shows", "still showing",
        "fortfarande uppe", "fortfarande publicer*", "ligger än", "ligger uppe än", "is still on",
        "still live", "fortfarande så", "inte rättat ~ än", "inte rättat ~ ännu", "not ~ fixed yet",
        "står kvar", "står fortfarande", "can't stop it", "cannot stop it", "can't stop them", "kan inte stoppa",
        "still sending", "skickar fortfarande",
        // Still wrong, still shown, still up on the wall: "Valen är fortfarande fel i systemet", "den visar
        // fortfarande så nu", "Den sitter kvar nu", "the wrong notes are still in the records".
        "fortfarande fel", "visar fortfarande", "sitter kvar", "sitter fortfarande", "still wrong",
        "still in the records", "still in the register", "fortfarande inte fått tillbaka", "still haven't got ~ back",
        // "Anteckningarna syns fortfarande", "det går fortfarande att se", "It's still open", "It still works as
        // I write this", "Kontot är fortfarande aktivt", "dom kommer fortfarande åt kanalen", "still circulating".
        "syns fortfarande", "fortfarande syns", "går fortfarande att", "still open", "still works", "still working",
        "fortfarande aktiv*", "is still active", "still active", "kommer fortfarande åt", "still circulating",
        "!still working out", "!still working on", "!still working to",
        "still public", "still like that", "still in use", "fortfarande inte in", "kvar än så länge",
        "still accessible", "still can", "fortfarande öppet", "fortfarande öppna", "fortfarande tillgängligt",
        // The search or the investigation going on is not the incident going on.
        "!*sökning* ~ pågår*", "!*utredning* ~ pågår*", "!*arbete* ~ pågår*", "!*undersökning* ~ pågår*",
        "!*granskning* ~ pågår*", "!investigation ~ ongoing", "!search ~ ongoing",
    ]),
    // Enough in a reply to "Pågår incidenten fortfarande?", too vague in a report.
    g("true", 1, &["fortfarande", "still", "pågår", "pågående", "ongoing", "ja den pågår", "än så länge"]),
    g("false", 3, &[
        // Shut down until fixed: "Appen är nedstängd sedan i morse och ligger nere tills felet är rättat".
        "nedstängd", "nedstängt", "taken offline",
        // Stopping what would follow is a measure, not the end: "vi har stoppat utskicket tills uppgifterna
        // är korrigerade", "fakturakörningen stoppad"; unpublishing nobody may do is not done.
        "!stoppat utskicket", "!stoppat faktureringen", "!stoppat fakturakörningen", "!fakturakörningen stoppad",
        "!stoppade faktureringen", "!stoppade utskicket", "!att avpublicera", "!kan avpublicera",
        "åtgärdat*", "åtgärdad*", "åtgärdades", "stoppat*", "stoppad*", "stoppades", "borttagen", "borttaget",
        "borttagna",
        "tagits bort", "togs bort", "tog bort", "tog ner", "tagits ner", "togs ner", "avpublicer*", "fixat*", "fixad*",
        "är löst", "har lösts", "löstes", "upphört", "upphörde", "inte längre", "ej längre",
        "spärrad*", "spärrades", "återkallat*", "fick tillbaka", "fått tillbaka", "har flyttat", "flyttat dem",
        "!inte fått tillbaka", "!inte fick tillbaka",
        "har stängt", "har stängts", "stängdes", "är stängd", "är stängt", "has been closed", "was closed",
        "täppt*", "tätat", "patched", "has been patched",
        "flyttats",
        "flyttades", "got it back", "moved them", "moved it", "no longer", "has been fixed", "was fixed", "fixed",
        "removed", "taken down",
        "took down", "stopped", "resolved", "is over", "ended", "was blocked", "has been blocked",
        "tog ~ bort", "tog ~ ner", "tagit ~ bort", "tagit ~ ner", "plockade bort", "plockat bort", "plockade ner",
        "låstes", "återkallades", "inaktiverades", "pågår inte", "inte pågår", "är över",
        "took ~ down", "taken ~ down", "pulled ~ down", "took ~ offline", "taken ~ offline", "not ongoing",
        "no longer ongoing", "has been revoked", "was revoked", "was disabled", "has been disabled",
        // Put right, shut off, contained: "felet rättades i morse", "the attack is contained and nothing
        // is running anymore", "IT shut the account".
        "rättades", "har rättats", "korrigerades", "har korrigerats", "stängdes av", "har stängts av", "stängt av",
        "avaktiverades", "is contained", "was contained", "has been contained", "under kontroll", "under control",
        "not ~ anymore", "*n't ~ anymore", "nothing ~ anymore", "no ~ anymore", "not ~ any longer",
        "*n't ~ any longer", "was shut", "were shut", "has been shut", "shut it", "shut them", "off the network",
        "was deactivated", "has been deactivated", "hämtade ~ tillbaka",
        // An exposure shut by a setting: "ändrade det till privat kl 9", "made the team private".
        "ändrade ~ till privat", "ändrat ~ till privat", "gjorde ~ privat", "gjort ~ privat", "satte ~ till privat",
        "made ~ private", "changed ~ to private", "set ~ to private", "switched ~ to private",
        "restored ~ permissions", "restored the correct", "återställde ~ behörighet*", "återställt ~ behörighet*",
        "återställdes ~ behörighet*", "is now only accessible", "är nu bara åtkomlig*", "är nu bara tillgänglig*",
        // Shut out, reset, unplugged: "de har spärrat kontot och bytt lösen", "IT has reset my
        // password and signed out all sessions", "we unplugged it".
        "spärrat*", "blockerat*", "blockerad*", "blockerades", "bytt lösen*", "bytte lösen*", "bytts lösen*",
        "återställt ~ lösen*", "återställde ~ lösen*", "loggat ut alla", "loggade ut alla", "kopplade ur",
        "kopplat ur", "kopplades ur", "kopplade bort", "kopplat bort", "drog ur sladden", "dragit ur sladden",
        "reset ~ password*", "password* ~ reset", "password* ~ changed", "changed ~ password*",
        "signed out all", "signed ~ out of all", "logged out all", "unplugged", "disconnected", "blocked",
        "revoked", "disabled",
        "!anställning* ~ upphörde", "!anställning* ~ upphört", "!avtal* ~ upphörde", "!avtal* ~ upphört",
        "!employment ~ ended", "!contract ~ ended",
    ]),
];

pub const IDENTITY_CHECKED: &[Group] = &[g("true", 1, &[
    "visade leg", "visade legitimation*", "visat leg", "visat legitimation*", "visar leg", "visar legitimation*",
    "legitimerade sig", "legitimerat sig", "har legitimerat", "kontrollerade ~ leg", "kontrollerade ~ legitimation*",
    "kontrollerat ~ leg", "kontrollerat ~ legitimation*", "kollade ~ leg", "kollade ~ legitimation*", "kontrollerade id",
    "kontrollerade identiteten", "identiteten ~ kontrollerad*", "styrkte sin identitet", "styrkt sin identitet",
    "signerad* med bankid", "signerat med bankid", "showed ~ id", "showed ~ identification", "checked ~ id",
    "id was checked", "identity was checked", "identity was verified", "verified ~ identity", "proved ~ identity",
    "signed with bankid",
    // Checked with an ID document or an e-ID: "kontrollerade hennes identitet med Mobilt BankID",
    // "the receptionist checked my passport".
    "kontrollerade ~ identitet", "kontrollerat ~ identitet", "kollade ~ identitet", "verifierade ~ identitet",
    "verifierat ~ identitet", "identifierade sig", "identifierat sig", "med ~ bankid", "visade ~ pass", "visat ~ pass",
    "kontrollerade ~ pass", "kollade ~ pass", "visade ~ id-kort", "kontrollerade ~ id-kort", "checked ~ passport",
    "showed ~ passport", "checked ~ identity", "checked ~ driving licence", "checked ~ driver's license",
    "showed ~ driving licence", "verified ~ with bankid", "identified ~ with bankid", "via bankid",
    // A driving licence, and the check as a verb ("dom kollade mitt körkort", "har inte kunnat
    // kontrollera hans identitet", negated where it could not be done).
    "kollade ~ körkort*", "kontrollerade ~ körkort*", "kontrollerat ~ körkort*", "visade ~ körkort*",
    "visat ~ körkort*", "kontrollera ~ identitet", "kontrollera ~ legitimation*", "verify ~ identity",
    "check ~ identity", "checked my licence", "checked my license",
])];

pub const ENCRYPTION: &[Group] = &[
    g("true", 1, &[
        "krypter*", "bitlocker", "filevault", "encrypted", "encryption", "diskkryptering*", "hårddiskkryptering*",
        "!krypterades av", "!krypterats av", "!krypterade av", "!krypterad av", "!krypterat av", "!krypterade ~ filer*",
        "!encrypted by", "!encrypted the", "!*ransomware*",
        // An attacker encrypting our servers says nothing about whether the data were protected.
        "!krypterat ~ server*", "!krypterade ~ server*", "!krypterat ~ filer*", "!krypterat ~ system*",
        "!angripare* ~ krypter*", "!encrypted ~ server*", "!encrypted ~ files", "!encrypted ~ systems",
        "!attacker* ~ encrypt*",
    ]),
    g("false", 1, &[
        "okrypter*", "unencrypted", "non-encrypted", "saknar kryptering", "saknade kryptering", "utan kryptering",
        "without encryption", "ingen kryptering", "no encryption",
    ]),
];

/// "tror jag", "probably": the writer is not sure, so the statement does not fill a field.
pub const HEDGE: &[Group] = &[g("hedge", 1, &[
    "tror jag", "tror att", "tror det", "troligen", "troligtvis", "antagligen", "kanske", "förmodligen", "osäker*",
    "i think", "i believe", "probably", "maybe", "might", "not sure", "possibly", "perhaps",
])];

pub const PROCESSOR: &[Group] = &[g("processor", 1, &[
    "leverantör*", "*leverantör*", "personuppgiftsbiträde*", "biträde*", "biträdet", "inläsningscentral*",
    "*inläsningscentral*", "inläsningsföretag*", "underleverantör*", "konsulten", "konsulter", "konsultföretag*",
    "it-konsult*", "it-partner*", "molntjänst*",
    "supplier*", "vendor*", "processor*", "subcontractor*", "service provider*", "outsourc*", "consultant*",
    "hold our", "holds our", "handles our", "on our behalf", "hanterar våra", "för vår räkning", "på vårt uppdrag",
    // Who runs or hosts our systems: "our cloud provider", "which hosts our archive", "driftar vårt".
    "provider", "providers", "hosts our", "host our", "runs our", "run our", "driftar", "driftleverantör*",
    "lagrar våra", "lagrar vårt",
])];

/// `occurred_at`, `discovered_at`, `data_subjects_count`, `encrypted`: phrases that say the text
/// does not know the value.
pub const UNKNOWN: &[Group] = &[
    g("occurred_at", 1, &[
        "vet inte när", "vet ej när", "oklart när", "osäkert när", "okänt när", "vet inte exakt när",
        "inte säker på när",
        "don't know when", "do not know when", "not sure when", "unclear when", "unknown when",
        "vet ännu inte när", "vet inte ännu när", "vet fortfarande inte när", "don't yet know when",
        "do not yet know when", "don't know yet when",
    ]),
    g("data_subjects_count", 1, &[
        "vet inte hur många", "vet ej hur många", "oklart hur många", "okänt hur många", "osäkert hur många",
        "don't know how many", "do not know how many", "not sure how many", "unclear how many",
        "vet ännu inte hur många", "vet inte ännu hur många", "vet ej ännu hur många",
        "vet fortfarande inte hur många", "don't yet know how many", "do not yet know how many",
        "don't know yet how many", "not yet know how many",
    ]),
    g("encrypted", 1, &[
        "vet inte om ~ krypter*", "oklart om ~ krypter*", "osäkert om ~ krypter*", "vet ej om ~ krypter*",
        "don't know if ~ encrypted", "not sure if ~ encrypted", "don't know whether ~ encrypted",
    ]),
];

/// Nouns a count can be of: people (`person`), per-person records (`record`, "59 utredningar"),
/// the recipients of a mailing (`recipient`, whose own addresses are the data), and items of data
/// (`data`, for `records_count`).
pub const COUNT_NOUN: &[Group] = &[
    g("person", 3, &[
        "person", "personer", "personers", "individ", "individer", "individen", "individerna", "individs",
        "individers", "barn", "barns", "*barn", "elev*", "*elever", "*elev", "klient*", "!klientdator*", "!klientprogram*",
        "*klienter", "brukare*", "patient*", "*patienter", "anställda", "anställdas", "medarbetare*", "ungdom*",
        "deltagare*",
        "vårdnadshavare*", "föräldrar*", "medborgare*", "*invånare*", "invånare*", "sökande", "kunder*", "*kunder", "*kunderna", "!sekunder", "!*sekunder", "!sekunderna", "användare*",
        "studenter*", "studerande", "boende", "hyresgäst*", "omsorgstagare*", "vårdtagare*", "kollegor*", "medlemmar*",
        "*politiker",
        "registrerade", "män", "kvinnor", "flickor", "pojkar", "tjejer", "killar", "lärare", "pedagoger", "chefer",
        "handläggare", "sjuksköterskor", "people", "persons", "person", "individuals",
        "children",
        "child", "kids", "pupils", "pupil", "students", "patients", "patient", "clients", "client", "employees",
        "staff",
        "users", "customers", "residents", "members", "parents", "guardians", "citizens", "applicants", "participants",
        "colleagues", "teachers", "youths", "minors", "teenagers", "child's", "children's",
        "pupil's", "patient's", "client's", "person's", "student's", "colleague", "colleague's", "kollega", "kollegas",
        "kollegan", "kollegans", "granne", "grannes", "grannar", "syskon", "syskonen", "bröder",
        "systrar", "söner", "döttrar", "siblings",
        // One person, as people write of them: "om en tjej i 7b", "akten för en kvinna".
        "tjej", "tjejen", "kille", "killen", "flicka", "flickan", "pojke", "pojken", "kvinna", "kvinnan",
        "kandidat*", "lånare", "låntagare*", "klagande", "klaganden",
        // Definite plurals ("alla 14 barnen", "de 3 brukarna") and the people of other services.
        "personerna", "barnen", "*barnen", "brukar*", "medarbetar*", "*medarbetare", "deltagar*", "*deltagare",
        "*deltagarna", "vårdnadshavar*", "medborgar*", "*invånar*", "användar*", "*användare", "*användarna",
        "*tagare", "*tagarna", "!*mottagar*", "*sökande", "sökandes", "*sökandes", "sökandena", "resenär*", "*resenärer", "*resenärerna", "passagerar*", "besökar*",
        "gäster", "gästerna", "huvudmän", "huvudmännen", "lärarna", "*lärare", "*lärarna", "cheferna",
        "handläggarna", "*sköterskor", "*sköterskorna", "läkare", "läkarna", "*anställda", "praktikant*", "vikarier",
        "vikarierna", "ensamkommande", "människor", "abonnent*", "prenumerant*", "ledamöter",
        "förtroendevalda", "politiker", "pensionär*", "vuxna", "mammor", "pappor", "tjänstemän", "assistenter",
        "tenants", "passengers", "travellers", "travelers", "visitors", "guests", "borrowers", "subscribers",
        "volunteers", "nurses", "doctors", "managers", "caseworkers", "workers", "adults", "claimants",
        "beneficiaries", "pensioners", "seniors", "learners", "trainees", "interns", "candidates", "voters", "carers",
        "women", "girls", "boys", "mothers", "fathers", "neighbours", "neighbors", "brothers", "sisters",
        "sons", "daughters", "patrons", "attendees", "players", "individuals'", "people's",
        // One person, in English: "a resident's seizure", "the borrower", "an applicant".
        "resident", "resident's", "tenant", "tenant's", "borrower", "borrower's", "applicant", "applicant's",
        "boy", "boy's", "girl", "girl's", "woman", "woman's", "employee", "employee's", "customer", "customer's",
        "user", "user's", "participant", "participant's", "citizen", "citizen's", "claimant", "claimant's",
        "huvudman", "huvudmannen", "huvudmannens", "släkting", "släktingen", "släktingens", "fastighetsägare",
        "fastighetsägaren", "fastighetsägarens",
        "owners", "vehicle owners", "car owners", "property owners", "fordonsägare*", "bilägare*", "fastighetsägarna",
        // One name is one person: "roughly 60 names", "ca 200 namn"; consultants whose CVs went out.
        "skadelidande", "skadelidanden", "de skadelidande", "injured parties",
        "namn", "names", "konsulter", "konsulterna", "consultants", "leaders", "ledare", "ledarna", "tränare",
        "coaches",
        // Holders, voters, drivers, relatives: "the entry log covers 1,412 cardholders".
        "*jobbare", "feriepraktikant*", "feriearbetare", "sommararbetare", "utställare", "exhibitors", "cardholders",
        "card holders", "account holders", "kortinnehavare*", "kontoinnehavare*", "väljare",
        "väljarna", "röstmottagare*", "sommarjobbare*", "jobseekers", "job seekers", "arbetssökande", "drivers",
        "förare", "förarna", "chaufförer*", "respondents", "respondenter*", "anhöriga", "relatives",
        "foster parents", "familjehemsföräldrar*", "företrädare", "representatives", "elderly", "councillors",
        "councilors", "substitutes", "ersättare", "politicians", "board members",
    ]),
    // Families and households are counted as such when nothing counts their people ("It contains
    // 12 families, totally 41 persons").
    g("group", 3, &["familjer", "*familjer", "familjerna", "hushåll", "hushållen", "families", "households"]),
    // People who receive benefits are people ("ett femtiotal biståndsmottagare"), though other
    // receivers are not (`!*mottagar*` above cancels only its own group).
    g("person", 2, &["biståndsmottagare*", "bidragsmottagare*", "pensionsmottagare*", "vårdmottagare*"]),
    g("record", 2, &[
        "journal*", "*journaler", "*journal", "akter", "*akter", "utredning*", "*utredningar", "*utredning", "ärenden",
        "*ärenden", "anmälningar", "*anmälningar", "ansökningar", "*ansökningar", "lönespecifikationer", "lönebesked",
        "elevakter", "case files", "case notes", "files", "cases", "applications",
    ]),
    g("recipient", 1, &["mottagare*", "adressater", "recipients"]),
    g("data", 1, &[
        "poster", "dataposter", "uppgifter", "rader", "records", "entries", "rows", "data records", "dokument",
        "dokumenten", "handlingar", "handlingarna", "documents", "beslut", "besluten", "filer", "filerna", "bilder",
        "bilderna", "foton", "fotona", "decisions", "photos", "images", "pictures", "emails", "e-mails",
    ]),
];

pub const COUNT_MODIFIER: &[Group] = &[g("modifier", 1, &[
    "olika", "st", "st.", "stycken", "styck", "aktuella", "berörda", "drabbade", "enskilda", "andra", "nya", "unika",
    "inskrivna", "befintliga", "tidigare", "nuvarande", "namngivna", "identifierbara", "sådana", "våra", "vår", "deras",
    "different", "affected", "other", "individual", "our", "their", "current", "former", "young", "new", "unique",
    "named",
    "separate", "distinct", "registered",
    "shortlisted", "selected", "invited", "enrolled", "listed", "remaining", "utvalda", "kallade", "anmälda",
    "övriga", "placerade",
])];

pub const APPROX: &[Group] = &[g("approx", 1, &[
    "ca", "ca.", "c:a", "cirka", "circa", "ungefär", "ungefärligen", "runt", "omkring", "kring", "drygt", "knappt",
    "närmare", "nästan", "uppskattningsvis", "uppemot", "upp emot", "about", "around", "approximately", "approx",
    "approx.", "roughly", "nearly", "almost", "some", "runt om", "typ", "cirkus", "runtom", "kanske", "maybe",
    "perhaps", "estimated",
    // Just over or under a figure is about that figure ("strax över 30", "just under 200").
    "strax över", "strax under", "lite drygt", "lite mer än", "lite över", "lite under", "en bit över",
    "just over", "just under", "slightly over", "slightly more than", "a little over", "a little more than",
    "a bit over", "a good",
])];

pub const AT_LEAST: &[Group] = &[g("at_least", 1, &[
    "fler än", "mer än", "över", "flera än", "minst", "more than", "over", "at least", "upwards of", "above",
    // A list of, not more than: "en förteckning över 412 huvudmän", "en lista över 30 elever".
    "!förteckning över", "!förteckningen över", "!lista över", "!listan över", "!listor över", "!sammanställning över",
    "!sammanställningen över", "!översikt över", "!register över", "!registret över",
])];

/// Vague quantities: "1-10" is the first IMY band, "101-1000" the third, and so on.
pub const QUANTITY: &[Group] = &[
    g("1-10", 1, &[
        "ett fåtal", "fåtal", "några få", "några stycken", "ett par", "några", "a few", "a couple", "a couple of",
        "few",
    ]),
    g("11-100", 1, &["dussintals", "tiotals", "dozens", "tens of"]),
    g("101-1000", 1, &["hundratals", "flera hundra", "några hundra", "hundreds", "several hundred", "a few hundred"]),
    g("1001-10000", 1, &["tusentals", "flera tusen", "några tusen", "thousands", "several thousand", "a few thousand"]),
    g("10001-100000", 1, &["tiotusentals", "tens of thousands"]),
];

/// A newsletter, an invitation to a meeting or a course: read by many, reporting nothing of ours
/// even when it tells of others' incidents (see `extract::is_bulletin`).
pub const BULLETIN: &[Group] = &[
    g("bulletin", 2, &[
        "nyhetsbrev*", "newsletter*", "inbjudan*", "invitation*", "invited", "är välkomna", "hjärtligt välkomna",
        "välkomna till", "välkommen till", "varmt välkomna", "welcome to join", "webbinar*", "webinar*",
        "i detta nummer", "i det här numret", "in this issue", "du får detta", "du får det här", "you are receiving",
        "you received this", "avsluta prenumeration*", "avsluta din prenumeration*", "prenumererar på",
        "subscribed to", "unsubscribe here", "to unsubscribe", "osa senast", "osa till", "anmäl dig senast",
        "anmäl dig här", "anmälan senast", "sista anmälningsdag*", "register by", "please register", "register here",
        "rsvp", "save the date", "lunch is provided", "lunch ingår", "lunch serveras", "kaffe serveras",
        "fika serveras", "dietary requirement*", "specialkost meddelas", "agenda highlights", "dagordning*",
        "kursinbjudan*", "utbildningsdag*", "nätverksträff*", "network meeting", "konferens*", "conference",
    ]),
    // An exercise announced; a talk asked for: "Phishingövning vecka 47 – information till chefer",
    // "Kan du komma och prata om GDPR på vår APT?".
    g("bulletin", 2, &[
        "phishingövning*", "nätfiskeövning*", "phishing exercise*", "phishing simulation*", "känner till övningen",
        "phishing-övning*", "incidentövning*", "krisövning*", "övningsmaterial*", "inte verkligt", "not real",
        "du har bjudits in", "you have been invited", "tabletop exercise", "exercise scenario",
        // A text asked for: "vi vill lägga ut en kort text på intranätet. Kan du skriva ca 1 500 tecken".
        "kan du skriva", "could you write", "can you write", "dataskyddsdagen", "data protection day",
        "text på intranätet", "text for the intranet",
        "om övningen",
        "komma och prata", "komma hit och prata", "come and talk", "come and speak", "give a talk", "hålla en dragning",
        "på vår apt", "på apt:n", "at our staff meeting", "information till chefer", "information to managers",
    ]),
    // Auto-replies and offers: "Frånvaromeddelande: jag är på semester", "Book a demo".
    g("bulletin", 2, &[
        "frånvaromeddelande*", "automatiskt svar", "autosvar*", "out of office", "automatic reply", "auto-reply",
        "autoreply", "på semester", "on vacation", "on holiday", "on annual leave", "åter på kontoret",
        // "Jag är ledig till och med fredag 22 oktober och läser inte e-post under tiden".
        "jag är ledig till", "ledig till och med", "läser inte e-post", "läser inte mejl", "läser inte min e-post",
        "när jag är tillbaka", "when i am back", "when i'm back", "will not be reading",
        "not reading e-mail", "not reading email", "limited access to e-mail", "begränsad tillgång till e-post",
        "tillbaka på kontoret", "back in the office", "vid brådskande ärenden", "i brådskande ärenden",
        "for urgent matters", "in urgent matters", "boka en demo", "book a demo", "free trial", "gratis provperiod",
        "special offer", "erbjudande*", "kampanjpris*", "free demo", "book a free", "months free", "month free",
        "gratis demo",
        // Vendors' pitches: "Boka en kostnadsfri demo", "20 % rabatt", "Avregistrera dig här".
        "boka ~ demo", "book ~ demo", "kostnadsfri demo", "kostnadsfria demo", "rabatt på", "% rabatt",
        "% discount", "discount on", "avregistrera dig", "avregistrera här", "fler utskick", "more emails like",
        "key account manager", "rabatt", "discount", "visste du att", "did you know that", "vi bjuder på",
        "first year free", "half price", "halva priset", "already use it",
        // "We're offering a free 30-day pilot ... Would you have 20 minutes for a demo next week?".
        "free ~ pilot", "for a demo", "för en demo", "account executive", "sign up before", "gratis ~ pilot*",
        // An announcement ahead: "Just a heads-up: ... IT will run a phishing simulation".
        "heads-up", "heads up", "just a heads", "vill bara förvarna", "förvarning", "som en förvarning",
        // A reminder to all staff of a course: "This is a reminder that all staff must complete the e-learning".
        "this is a reminder", "det här är en påminnelse", "all staff must", "alla medarbetare ska", "e-learning",
        "webbutbildning*", "e-kurs*", "mandatory course*", "obligatorisk* utbildning*",
        // News of others: "såg i tidningen att grannkommunen haft ett intrång", "FYI".
        "i tidningen", "i media", "i nyheterna", "i pressen", "in the news", "in the paper", "news article",
        "fyi", "för kännedom", "for your information",
        // A mailing's own words: "You are receiving this e-mail because you subscribed", "Unsubscribe
        // at any time", "Register at ...".
        "unsubscribe", "you are receiving this", "subscribed to our", "register at", "also in this issue",
        "job board", "!unsubscribe me", "!unsubscribe my", "!to unsubscribe me",
        // Asking for official documents as anyone may: a records request, not one's own data.
        "public records request", "public access to official records", "official records", "freedom of information",
        "offentlighetsprincipen", "begäran om allmän handling", "utlämnande av allmän handling", "allmänna handlingar",
        "reporter", "journalist", "news site", "nyhetssajt*", "redaktion*",
        // Warnings to everyone: "To all staff, ... Do not click the link", "Till alla medarbetare".
        "to all staff", "to all employees", "dear all", "dear colleagues", "till alla medarbetare", "till all personal",
        "till alla anställda", "hej alla", "do not click", "don't click", "klicka inte", "var uppmärksam*",
        "be aware", "be vigilant", "please be careful", "var extra försiktig*",
    ]),
    // What a programme will go through: its sentences tell of no event of ours (`extract::is_bulletin`).
    g("programme", 1, &[
        "går igenom", "handlar om", "erfarenhetsutbyte*", "föreläsning*", "workshop*", "we will go through",
        "will cover", "will go through", "go through", "goes through", "speakers", "talare",
    ]),
    g("bulletin", 1, &[
        "agenda", "programmet", "programme", "schedule", "sessions", "talare", "speakers", "välkomna", "welcome",
        "kallar till", "kallat till", "kallas till",
    ]),
];

/// Telling the people an incident is about. `told` is followed by whom ("vi har inte informerat
/// familjen"); `heard` follows them ("vårdnadshavarna har inte fått någon information").
pub const INFORMING: &[Group] = &[
    g("told", 1, &[
        "informera*", "meddela*", "underrätta*", "berättat för", "berättade för", "kontakta*", "pratat med",
        "pratade med", "talat med", "talade med", "ringt", "ringt till", "ringde till", "informed", "inform",
        "informing", "notified", "notify", "told", "tell", "contacted", "contact", "spoken to", "spoke to",
        "talked to", "talk to", "reached out to", "let ~ know",
        // Calls and letters to them: "I plan to call them all tomorrow", "we will send each of them a
        // letter", "jag har inte hunnit prata med sökanden".
        "call them", "call every one of them", "call each of them", "call all of them", "send each of them",
        "send them a letter", "write to them", "ringa dem", "ringa upp dem", "ringa till dem", "skriva till dem",
        "skicka ~ brev till dem", "prata med", "skicka ~ rättelse*", "skicka ut ~ rättelse*", "send ~ correction",
        // Being told of it is not telling: "en kollega informerade mig".
        "!informerade mig", "!informerade oss", "!meddelade mig", "!meddelade oss", "!kontaktade mig",
        "!kontaktade oss", "!informed me", "!informed us", "!told me", "!told us", "!contacted me",
        "!contacted us",
    ]),
    // An apology or an account of what happened, given to someone: "Jag har ringt henne och bett om
    // ursäkt", "Vi har ringt alla 23 och berättat vad som har hänt", "I sent an apology to the list".
    g("apology", 1, &[
        "bett om ursäkt", "bad om ursäkt", "ber om ursäkt", "apologised", "apologized", "sent an apology",
        "send an apology", "skickat en ursäkt", "skickade en ursäkt", "berättat vad som har hänt",
        "berättat vad som hänt", "berättade vad som hänt", "berättade vad som har hänt", "förklarat vad som",
        "förklarar vad som", "told them what", "tell them what", "explained what happened",
        // Said as a plan in the present: "jag ringer dem i eftermiddag".
        "ringer dem", "ringer upp dem", "ringer till dem", "mejlar dem", "skriver till dem",
    ]),
    g("heard", 1, &[
        "informerats", "informerades", "är informerad*", "har fått ~ information", "fått ~ information",
        "fick ~ information", "fått ~ besked", "fick ~ besked", "fått veta", "fick veta", "fått reda", "fick reda",
        "vet om det", "känner till det", "underrättats", "underrättades", "been informed", "been told",
        "been notified", "been contacted", "were informed", "were told", "were notified", "are informed",
        "are aware", "know about it", "knows about it",
    ]),
];

/// Those told of an incident about them (with the data-subject categories): families,
/// guardians, those affected.
pub const AUDIENCE: &[Group] = &[g("audience", 1, &[
    // Not "föräldern", "vårdnadshavaren", "the parent": one parent is as often the one it went to.
    "famil*", "föräldr*", "vårdnadshavar*", "!vårdnadshavaren", "anhörig*", "de drabbade", "de berörda",
    "alla drabbade", "alla berörda", "samtliga berörda", "samtliga drabbade", "de registrerade", "den registrerade",
    "den drabbade", "den berörda", "the affected", "those affected", "all affected", "the data subject*", "family",
    "families", "parents", "parents'", "guardians", "guardians'", "relatives", "next of kin",
    // One person the data are about, by the name of their part: "Vi har berättat för sökanden".
    "sökanden", "den sökande", "klaganden", "brukaren", "eleven", "patienten", "klienten", "den enskilde",
    "den enskilda", "kunden", "hyresgästen", "the applicant", "the client", "the patient", "the pupil",
    "the resident", "the tenant", "the customer", "the person concerned",
]), g("staff", 1, &[
    // The staff, when the data are theirs ("we have not informed the staff yet").
    "personalen", "medarbetarna", "de anställda", "alla anställda", "the staff", "all staff", "the employees",
    "our employees", "employees",
])];

/// Words people use for options whose labels they do not repeat.
pub const OPTION_SYNONYM: &[Group] = &[
    g("not_informing_reasons.no_high_risk", 3, &[
        "ingen hög risk", "inte hög risk", "ej hög risk", "låg risk", "liten risk", "ingen risk", "no high risk",
        "low risk",
        "not high risk",
    ]),
    g("not_informing_reasons.protected_encrypted", 3, &["krypter*", "skyddade", "encrypted", "protected"]),
    g("not_informing_reasons.risk_mitigated", 3, &["åtgärd*", "vidtagit", "mitigat*", "measures"]),
    g("not_informing_reasons.disproportionate_public_notice", 3, &[
        "allmänheten", "offentlig*", "pressmeddelande*", "oproportionerlig*", "public notice", "the public",
        "press release",
    ]),
    g("consequences.identity_theft_or_fraud", 3, &[
        "id-kapning*", "identitetsstöld*", "bedrägeri*", "identity theft", "fraud",
    ]),
    g("consequences.financial_loss", 3, &["ekonomisk förlust", "pengar", "financial loss"]),
    g("consequences.reputational_damage", 3, &["anseende*", "rykte*", "reputation*"]),
    g("consequences.discrimination", 3, &["diskriminer*", "discriminat*"]),
    g("consequences.loss_of_confidentiality_professional_secrecy", 3, &[
        "sekretess*", "tystnadsplikt*", "confidential*",
    ]),
    g("consequences.loss_of_control", 3, &["kontroll*", "control"]),
    g("severity.1", 3, &["låg", "lågt", "liten", "ringa", "low", "minor"]),
    g("severity.2", 3, &["medel", "mellan", "måttlig*", "medium", "moderate"]),
    g("severity.3", 3, &["hög", "högt", "allvarlig", "allvarligt", "high", "serious"]),
    g("severity.4", 3, &[
        "mycket allvarlig*", "mycket hög*", "mycket högt", "kritisk*", "very serious", "very high", "critical",
    ]),
    g("sector.public", 3, &["kommun*", "region*", "myndighet*", "offentlig*", "public"]),
    // In a reply to "which groups?", staff words mean staff; in a report they may be the ones acting.
    g("data_subject_categories.employees", 3, &[
        "personal", "personalen", "medarbetare*", "anställd*", "kollegor*", "staff", "employee*", "lärare", "pedagoger",
        "chefer", "colleagues", "teachers",
    ]),
    g("data_subject_categories.users", 3, &["användare*", "users"]),
    g("data_subject_categories.other", 3, &[
        "föräldrar*", "vårdnadshavare*", "anhörig*", "god man", "gode män", "parents", "guardians", "relatives",
    ]),
    g("sector.private", 3, &["privat*", "företag*", "private", "company"]),
    g("sector.non_profit", 3, &["ideell*", "förening*", "non-profit", "charity"]),
];

pub const YES: &[Group] = &[g("yes", 1, &[
    "ja", "japp", "jepp", "jo", "jadå", "javisst", "absolut", "stämmer", "korrekt", "precis", "visst", "självklart",
    "yes",
    "yep", "yeah", "yup", "correct", "sure", "indeed", "definitely", "absolutely", "det gör den", "det gör det",
    "det är den", "det är det", "det var den", "det var det", "det har det", "det har den", "den är det", "den var det",
    "that's right", "it is", "it was", "they were", "they are",
])];

pub const NO: &[Group] = &[g("no", 1, &[
    "nej", "nä", "nää", "nix", "nope", "no", "inte", "ej", "icke", "aldrig", "never", "not", "*n't", "nah", "ingen",
    "inget",
    "inga", "none",
])];

pub const DONT_KNOW: &[Group] = &[g("unknown", 1, &[
    "vet inte", "vet ej", "vet jag inte", "vet vi inte", "ingen aning", "oklart", "oklar", "okänt", "kan inte säga",
    "kan ej säga", "kan inte svara", "kan ej svara", "osäker", "osäkert", "inte säker", "inte säkert", "har inte koll",
    "vet inte riktigt", "har ingen aning", "don't know", "dont know", "do not know", "not sure", "unsure", "unknown",
    "no idea", "can't say", "cannot say", "no clue", "i'm not sure", "not known", "vet ej i nuläget",
])];

/// Openings of a correction of an earlier answer; the matched words end where the new value starts.
pub const CORRECTION: &[Group] = &[
    g("always", 1, &[
        "rättelse", "rättning", "korrigering", "correction", "jag menade", "jag menar", "menade", "sorry jag menade",
        "förlåt jag menade", "ursäkta jag menade", "i meant", "i mean", "sorry i meant", "sorry i mean", "sorry it was",
        "actually it was", "actually it's", "fel av mig", "my mistake", "det ska vara", "det skulle vara",
        "det ska stå",
        "ändra till", "should be", "it should be", "change it to", "nej vänta", "no wait", "oj det var", "oops it was",
        "nej förresten", "eller nej", "or rather", "eller snarare", "sorry i mean",
        "förlåt det var", "förlåt det är", "ursäkta det var",
    ]),
    // Only a correction when what follows is not itself a negation: "nej, det var i tisdags" corrects,
    // "nej, det var inte krypterat" answers.
    g("unless_negated", 1, &[
        "nej det var", "nej det är", "nej det hände", "nej det skedde", "nej det gällde", "nej det blev", "nej den var",
        "nej de var", "nej det ska", "no it was", "no it's", "no it is", "no it happened", "no they were",
    ]),
];

// ---------------------------------------------------------------------------------------------
// Small word lists read word by word

/// Openings of a message that say nothing about it ("Hej!", "Hi Anna,").
pub const GREETINGS: &[&str] = &["hej", "hejsan", "hallå", "tja", "tjena", "hi", "hello", "hey", "dear", "god", "good"];

/// Closings of a letter; the writer's name follows ("Yours faithfully,\nDaniel Okafor").
pub const CLOSINGS: &[&str] = &[
    "med vänlig hälsning", "med vänliga hälsningar", "vänliga hälsningar", "vänlig hälsning", "mvh", "hälsningar",
    "hälsning", "vänligen", "tack på förhand", "kind regards", "best regards", "warm regards", "regards",
    "best wishes", "yours faithfully", "yours sincerely", "sincerely", "yours truly", "thank you", "thanks", "tack",
    "cheers",
];

/// Words for the organisation's own people: a wish of theirs ("rektorn vill att vi tar bort
/// mappen") is a task, not a data subject's request. Matched as the start (or, for "chef", the end)
/// of a word.
pub const STAFF_STEMS: &[&str] = &[
    "rektor", "chef", "kolleg", "ledning", "handläggar", "förvaltning", "nämnd", "it-", "it", "personal", "principal",
    "manager", "colleague", "supervisor", "boss", "director", "head",
];

/// The writer and their side ("jag", "vi", "our"); English "I" is read from its capital.
pub const FIRST_PERSON: &[&str] = &[
    "jag", "mig", "min", "mitt", "mina", "vi", "oss", "vår", "vårt", "våra", "me", "my", "mine", "myself", "we", "us",
    "our", "ours", "i'm", "i've", "i'd",
];

/// Words that may come before a question's opening in its sentence ("och får vi ...").
pub const QUESTION_LEAD: &[&str] =
    &["och", "men", "så", "eller", "alltså", "också", "then", "and", "but", "so", "or", "also", "hej", "hi"];

/// Pronouns that can be the one who wants something ("han vill att", "she asked us to").
pub const SUBJECT_PRONOUNS: &[&str] = &["jag", "han", "hon", "hen", "de", "vi", "he", "she", "they", "we"];

/// Words that point at the person whose data it is ("tar bort bilder på hennes barn", "correct my
/// address"): with them, plain verbs of removing and changing are a request.
pub const PERSONAL: &[&str] = &[
    "mig", "min", "mitt", "mina", "hans", "hennes", "deras", "honom", "henne", "me", "my", "his", "her", "him",
    "their",
];

/// Nouns that introduce a person by name: "en invånare, Birgitta Sjöberg, skriver", "a resident
/// named Anna Berg".
pub const PERSON_NOUNS: &[&str] = &[
    "invånare", "kommuninvånare", "medborgare", "kvinna", "man", "pappa", "mamma", "förälder", "vårdnadshavare",
    "klient", "brukare", "patient", "elev", "kund", "person", "pojke", "flicka", "hyresgäst", "anhörig", "sökande",
    "resident", "citizen", "woman", "parent", "father", "mother", "client", "patient", "customer", "pupil",
    "student", "tenant", "applicant",
];

/// Words after which the writer names themselves or someone else: "jag heter", "my name is",
/// "en kvinna som heter", "a man named".
pub const NAMING: &[&str] = &["heter", "named", "called"];

/// Pronouns for someone whose request is told of ("hon vill ha ut", "he asked").
pub const REQUESTER_PRONOUNS: &[&str] = &["han", "hon", "hen", "he", "she"];

/// Verbs of wishing after "jag"/"I": the writer asks for themselves ("jag vill ha ut").
pub const WISHING: &[&str] =
    &["vill", "begär", "önskar", "kräver", "want", "would", "request", "wish", "demand", "hereby"];

/// Verbs of writing that, said of someone else, bring a request in ("hon mejlade i måndags").
pub const WRITING_IN: &[&str] =
    &["mejlade", "mailade", "skrev", "skickade", "sms:ade", "emailed", "e-mailed", "mailed", "wrote", "sent", "texted"];

/// Verbs of a request coming in, which date it when other days disagree: "Begäran inkom per brev den 9
/// augusti", "Begäran framfördes muntligen i tisdags", "the letter I handed in", "togs emot".
pub const COMING_IN: &[&str] = &["inkom", "inkommit", "framfördes", "handed", "togs"];

/// Openings of words for a check, whose own period is no part of an incident ("Loggkontrollen
/// omfattade perioden 1–24 mars").
pub const CHECK_WORDS: &[&str] = &["loggkontroll", "kontroll", "granskning", "uppföljning", "review", "audit", "check"];

/// Openings of words for a document, in which people counted are those the data are about ("sju
/// elever i protokollet").
pub const DOCUMENTS: &[&str] = &[
    "protokoll", "filen", "fil", "dokument", "bilag", "underlag", "excel", "kalkylblad", "rapport", "spreadsheet",
    "file", "document", "attachment", "minutes", "report",
];

/// Verbs after the name of someone who asks: "Anna Berg ringde och vill ha ut sin journal".
pub const ASKING: &[&str] = &[
    "ringde", "mejlade", "mailade", "skrev", "vill", "begär", "begärde", "har", "bad", "kräver", "frågade",
    "kontaktade", "called", "phoned", "emailed", "wrote", "wants", "asked", "requested", "requests", "has",
    "contacted", "demands",
];

/// Words of a text written about someone else's request: then a signature is the writer's,
/// not the data subject's.
pub const THIRD_PARTY: &[&str] = &[
    "han", "hon", "hans", "hennes", "honom", "he", "she", "his", "him", "vidarebefordrar", "vidarebefordrat",
    "forwarding", "forwarded", "vägnar", "behalf", "fullmakt",
];

/// Nouns for staff that, counted, say who the data subjects are.
/// The starts of words for people one reports to or works with, not those the data are about:
/// telling them is not telling those concerned.
pub const STAFF_ROLES: &[&str] = &[
    "chef", "kolleg", "handläggar", "manager", "colleague", "boss", "supervisor", "it", "hr", "polis", "police",
    "dataskydd", "dso", "leverantör", "supplier", "mottagar", "recipient",
];

pub const EMPLOYEE_NOUNS: &[&str] = &[
    "anställda", "medarbetare", "medarbetarna", "kollegor", "kollegorna", "employees", "staff", "colleagues", "lärare",
    "lärarna", "teachers", "chefer", "cheferna", "managers", "nurses",
];

/// Words after which "en klient", "ett barn" is the person the data are about: exactly one.
pub const ABOUT_SOMEONE: &[&str] = &[
    "om", "gällande", "gällde", "gäller", "rörande", "avseende", "angående", "kring", "för", "about", "regarding",
    "concerning",
    // "the full name and personal identity number of a child".
    "of",
    // The one seen: "där man ser en elev".
    "ser", "syns", "visar", "visas", "see", "shows", "showing",
];

/// Words before a count that say the data are about (or contain) those counted: "för tre
/// medarbetare", "om 25 elever", "med 40 klienter", "of 62 children".
pub const ABOUT_COUNT: &[&str] = &[
    "för", "om", "med", "gällande", "rörande", "avseende", "angående", "kring", "innehållande", "about", "for", "of",
    "on", "with", "concerning", "regarding", "containing",
];

/// Words allowed between such a word and the count ("för alla 14 barnen").
pub const COUNT_DETERMINERS: &[&str] =
    &["alla", "samtliga", "de", "våra", "dessa", "all", "the", "our", "these", "those"];

/// Letters addressed to someone, as the start or end of a word ("beslutet", "LSS-beslut",
/// "kallelsen", "letter").
pub const LETTER_STEMS: &[&str] =
    &["beslut", "brev", "kallelse", "kuvert", "decision", "letter", "envelope", "notice"];

/// Definite singular genitives of person nouns, as word endings: "brukarens namn", "barnets
/// adress" name one known person.
pub const ONE_PERSON_SV: &[&str] = &[
    "klientens", "brukarens", "patientens", "elevens", "kundens", "vårdtagarens", "omsorgstagarens",
    "biståndstagarens", "hyresgästens", "sökandens", "invånarens", "medborgarens", "pojkens", "flickans", "barnets",
    "individens", "deltagarens", "ungdomens", "kvinnans", "klagandens", "anmälarens", "tjejens", "killens",
    "lånarens", "låntagarens", "personens", "enskildes", "huvudmannens", "visselblåsarens", "fastighetsägarens", "mannens",
    "sökandes", "boendes", "släktingens", "medarbetarens", "anställdes", "arbetstagarens", "mammans", "pappans",
    "förälderns", "vårdnadshavarens", "grannens", "förarens", "kandidatens", "besökarens", "pensionärens",
    "dotterns", "sonens", "konsumentens",
];

/// English person nouns in the genitive, after "the": "the client's file".
pub const ONE_PERSON_EN: &[&str] = &[
    "client's", "patient's", "pupil's", "child's", "student's", "resident's", "customer's", "tenant's", "boy's",
    "girl's", "applicant's", "borrower's", "complainant's", "woman's", "man's", "person's", "employee's",
    "user's", "member's", "owner's", "driver's", "caller's", "victim's", "guardian's", "parent's", "mother's",
    "father's", "son's", "daughter's", "neighbour's", "neighbor's", "citizen's", "individual's", "requester's",
    "participant's", "candidate's", "claimant's", "jobseeker's", "pensioner's", "visitor's", "worker's",
];

/// Words that speak of a group: with them, "brukarens" alone does not make one person concerned.
pub const GROUP_MARKS: &[&str] = &[
    "klassens", "klassen", "gruppens", "gruppen", "hela", "alla", "samtliga", "all", "whole", "entire", "everyone",
    "everybody",
];

/// Words after "hela" / "whole" that make a group of people ("hela klassen", "the whole unit"),
/// matched as prefixes.
pub const GROUP_NOUNS: &[&str] = &[
    "klass", "grupp", "avdelning", "arbetslag", "personal", "enhet", "skola", "förskola", "kommun", "familj",
    "team", "class", "group", "department", "staff", "school", "unit", "family", "list", "register", "förvaltning",
    "boende", "hus", "kön", "queue",
];

/// Endings of plural nouns for those who did, read or received something (staff, members,
/// neighbours): not more people the data are about.
pub const READER_PLURALS: &[&str] = &[
    "sköterskor", "sköterskorna", "ledamöter", "ledamöterna", "läkare", "läkarna", "grannar", "grannarna", "sakägare",
    "sakägarna", "följare", "members", "caseworkers", "workers", "nurses", "doctors", "officers", "followers",
    "neighbours", "neighbors",
];

/// Words that make "en ... elever" a group rather than one person ("en del elever").
pub const GROUP_WORDS: &[&str] = &[
    "del", "rad", "massa", "mängd", "hel", "hela", "handfull", "grupp", "par", "klass", "antal", "flertal", "fåtal",
    "stor", "stort", "liten", "litet", "lot", "number", "couple", "group", "handful", "bunch", "class", "dozen",
    "dussin", "few", "large", "small",
];

/// Company forms that end a company's name, as written: "Nordvik Drift AB", "Acme Ltd".
pub const COMPANY_FORMS: &[&str] = &[
    "AB", "HB", "KB", "Oy", "Oyj", "AS", "ASA", "ApS", "A/S", "Ltd", "Limited", "Inc", "GmbH", "LLC", "Corp", "plc",
    "PLC",
];

/// Words between a company and the word that makes it a processor: "Acme AB, som är vårt
/// personuppgiftsbiträde", "Nordvik Drift AB, who is our processor", "our vendor, Acme AB".
pub const PROCESSOR_LINKS: &[&str] = &[
    "som", "är", "var", "vår", "vårt", "våra", "ett", "en", "who", "which", "is", "was", "acts", "as", "our", "the",
    "a", "an", "agerar", "fungerar", "och", "and",
];

/// Words that make what follows a plan rather than a deed ("vi ska informera föräldrarna").
pub const PLANNING: &[&str] = &[
    "ska", "skall", "kommer", "tänker", "planerar", "avser", "behöver", "måste", "bör", "borde", "vill", "kan",
    "will", "shall", "going", "plan", "planning", "need", "needs", "must", "should", "intend", "would", "can",
    "could",
];

/// Stems of words for being seen, before "för"/"to" and those who saw: "syntes för två
/// handläggare", "visible to 30 staff".
pub const SEEN: &[&str] = &["syn", "visa", "visi", "shown", "öppen", "öppna", "tillgänglig", "available", "accessible"];

/// Words for one person ("en klients", "another pupil's").
pub const SINGLE: &[&str] = &["en", "ett", "a", "an", "one", "another", "annan", "annat"];

/// Words before a person who receives rather than is written about ("till en annan brukares god man").
pub const RECEIVING: &[&str] = &["till", "to", "hos", "from", "från", "av", "by"];

/// Words between "one" and the person ("en annan klients", "ett enskilt barn").
pub const ANOTHER: &[&str] = &["annan", "annat", "another", "other", "enda", "single", "enskild", "enskilt"];

/// Words that may come before a correction ("oj, jag menade 40").
pub const INTERJECTIONS: &[&str] = &["oj", "oops", "sorry", "förlåt", "ursäkta", "hoppsan", "ah", "åh", "aj", "oh"];

/// Words that add nothing to a "vet inte" ("vet inte tyvärr", "I'm not sure, sorry").
pub const DONT_KNOW_FILLER: &[&str] = &[
    "jag", "vi", "det", "tyvärr", "riktigt", "faktiskt", "just", "nu", "exakt", "än", "ännu", "heller", "i", "nuläget",
    "sorry", "i'm", "we", "really", "at", "the", "moment", "yet", "exactly", "unfortunately", "tbh", "ärligt", "talat",
    "hmm", "ehm", "nej", "no", "har", "ingen", "aning", "om", "det", "att", "säga", "svara", "på", "den", "frågan",
];

/// "nu", "just nu", "right now": the time of the reply.
pub const NOW_REPLIES: &[&str] =
    &["nu", "just nu", "precis nu", "nyss", "alldeles nyss", "now", "just now", "right now"];

/// A date given as the day of the date before it ("igår kl 15. samma dag").
pub const SAME_DAY: &[&str] = &["samma dag", "samma dag som ovan", "same day", "the same day", "samma dag ungefär"];

/// Replies meaning no one.
pub const ZERO: &[&str] = &["ingen", "inga", "inget", "noll", "none", "zero", "no one", "nobody", "0"];

/// Words of labels that tell nothing apart.
pub const LABEL_STOPWORDS: &[&str] = &[
    "i", "av", "och", "eller", "till", "exempel", "t.ex", "från", "någon", "inom", "det", "den", "de", "en", "ett",
    "som",
    "för", "med", "på", "om", "inte", "vid", "the", "of", "or", "in", "from", "by", "e.g", "a", "an", "and", "to",
    "for",
    "with", "on", "ie", "i.e", "kan", "can", "är", "is", "att", "så", "sig", "egna", "their", "own", "over", "över",
];

/// Items of a list that say nothing by themselves ("m.m.", "etc").
pub const LIST_FILLER: &[&str] =
    &["mm", "m.m", "etc", "osv", "o.s.v", "typ", "bl.a", "även", "också", "kanske", "med", "mera"];

/// Words before a full stop that do not end a sentence.
pub const ABBREVIATIONS: &[&str] = &[
    "kl", "ca", "t.ex", "bl.a", "dvs", "d.v.s", "p.g.a", "pga", "etc", "nr", "st", "resp", "jfr", "ev", "s.k", "fr.o.m",
    "t.o.m", "e.g", "i.e", "mr", "mrs", "dr", "approx", "vs", "tel", "m.m", "o.s.v", "osv", "kap", "sek", "ang",
];

/// Words that open a new clause: negation and dates do not reach across them.
pub const CLAUSE_WORDS: &[&str] = &["men", "but", "utan", "whereas", "although", "fast", "trots", "however", "dock"];

/// Words that open a subordinate clause: a date belongs to the verb of its own subclause first.
pub const SUBCLAUSE_WORDS: &[&str] = &[
    "när", "when", "att", "that", "eftersom", "because", "medan", "while", "då", "innan", "before", "after",
    "som", "who", "which", "där", "where",
];

/// The openings of number words, Swedish and English: a token that starts with none of these is
/// not a number word, and [`number_word`] is not asked about it.
pub const NUMBER_WORD: &[Group] = &[g("number", 1, &[
    "en", "ett", "två*", "tre*", "fyr*", "fem*", "sex*", "sju*", "åtta", "åtti*", "nio", "nitt*", "tio*", "elva",
    "tolv",
    "fjorton", "arton", "tjug*", "för*", "hundra*", "tusen*", "miljon*", "one", "two", "three", "four*", "five", "six*",
    "seven*", "eight*", "nine*", "ten", "eleven", "twelve", "thirt*", "fift*", "twent*", "fort*", "hundred", "thousand",
    "million", "dozen", "ett*", "tiot*", "dussin",
])];

const SV_NUMBERS: &[(&str, u64)] = &[
    ("tjugo", 20), ("tjugu", 20), ("trettio", 30), ("tretti", 30), ("fyrtio", 40), ("förtio", 40), ("femtio", 50),
    ("sextio", 60), ("sjuttio", 70), ("åttio", 80), ("nittio", 90), ("tretton", 13), ("fjorton", 14), ("femton", 15),
    ("sexton", 16), ("sjutton", 17), ("arton", 18), ("nitton", 19), ("elva", 11), ("tolv", 12), ("hundra", 100),
    ("tusen", 1000), ("miljon", 1_000_000), ("en", 1), ("ett", 1), ("två", 2), ("tre", 3), ("fyra", 4), ("fem", 5),
    ("sex", 6), ("sju", 7), ("åtta", 8), ("nio", 9), ("tio", 10),
];

const EN_NUMBERS: &[(&str, u64)] = &[
    ("one", 1), ("two", 2), ("three", 3), ("four", 4), ("five", 5), ("six", 6), ("seven", 7), ("eight", 8), ("nine", 9),
    ("ten", 10), ("eleven", 11), ("twelve", 12), ("thirteen", 13), ("fourteen", 14), ("fifteen", 15), ("sixteen", 16),
    ("seventeen", 17), ("eighteen", 18), ("nineteen", 19), ("twenty", 20), ("thirty", 30), ("forty", 40), ("fifty", 50),
    ("sixty", 60), ("seventy", 70), ("eighty", 80), ("ninety", 90), ("hundred", 100), ("thousand", 1000),
    ("million", 1_000_000), ("a", 1), ("an", 1), ("dozen", 12),
];

/// The value of a number written as a word: Swedish compounds ("tjugofem", "tvåhundrafemtio") and
/// English words ("twenty", "twenty-five"). `None` for anything else.
pub fn number_word(word: &str) -> Option<u64> {
    if let Some(n) = EN_NUMBERS.iter().find(|(w, _)| *w == word).map(|(_, n)| *n) {
        return (word != "a" && word != "an").then_some(n);
    }
    if let Some((tens, units)) = word.split_once('-') {
        let t = EN_NUMBERS.iter().find(|(w, _)| *w == tens).map(|(_, n)| *n)?;
        let u = EN_NUMBERS.iter().find(|(w, _)| *w == units).map(|(_, n)| *n)?;
        return ((20..=90).contains(&t) && (1..=9).contains(&u)).then_some(t + u);
    }
    swedish_number(word)
}

/// Reads a Swedish number word morpheme by morpheme: units and tens add up, "hundra" multiplies
/// what came before it (or one), "tusen" multiplies everything so far.
fn swedish_number(word: &str) -> Option<u64> {
    let mut rest = word;
    let (mut total, mut current, mut parts) = (0u64, 0u64, 0);
    while !rest.is_empty() {
        let (w, n) = SV_NUMBERS.iter().find(|(w, _)| rest.starts_with(w))?;
        rest = &rest[w.len()..];
        parts += 1;
        match n {
            100 => current = current.max(1).checked_mul(100)?,
            1000 | 1_000_000 => {
                total = total.checked_add(current.max(1))?.checked_mul(*n)?;
                current = 0;
            }
            _ => current = current.checked_add(*n)?,
        }
    }
    // "en" and "ett" alone are articles far more often than numbers; callers decide about them.
    if parts > 0 { total.checked_add(current) } else { None }
}

// ---------------------------------------------------------------------------------------------
// Tokens

/// A word of the text: its byte range in the original text, its lowercase form, and where it sits.
#[derive(Debug, Clone, Copy)]
pub struct Token {
    pub start: usize,
    pub end: usize,
    lo: (u32, u32),
    /// Sentences end at `.`, `!`, `?`, `;` and line breaks.
    pub sentence: u32,
    /// Clauses also end at commas, brackets and words like "men": negation stays inside one.
    pub clause: u32,
    /// Subclauses also end at "när", "att", "that": a date belongs to the verb of its subclause.
    pub subclause: u32,
}

/// A text cut into lowercase tokens once, for every table to read.
pub struct Tokens<'a> {
    pub text: &'a str,
    lower: String,
    pub toks: Vec<Token>,
}

fn is_word_char(c: char) -> bool {
    // ASCII and Latin-1 letters (å, ä, ö, é, ü) without the Unicode tables: most of every text.
    if c.is_ascii() {
        c.is_ascii_alphanumeric()
    } else if ('\u{c0}'..='\u{ff}').contains(&c) {
        c != '\u{d7}' && c != '\u{f7}'
    } else {
        c.is_alphanumeric()
    }
}

/// Characters kept inside a token when letters or digits stand on both sides: "e-post", "t.ex",
/// "c:a", "patient's", "13.30".
fn is_joiner(c: char) -> bool {
    matches!(c, '-' | '\'' | '’' | '.' | ':' | '\u{2011}')
}

impl<'a> Tokens<'a> {
    pub fn new(text: &'a str) -> Tokens<'a> {
        let mut lower = String::with_capacity(text.len());
        let mut toks: Vec<Token> = Vec::with_capacity(text.len() / 5);
        let (mut sentence, mut clause, mut subclause) = (0u32, 0u32, 0u32);
        let mut gap_start = 0usize;
        let mut chars = text.char_indices().peekable();
        while let Some((i, c)) = chars.next() {
            if !is_word_char(c) {
                continue;
            }
            // A token starts at i: close the gap before it.
            let gap = &text[gap_start..i];
            let prev_word = toks.last().map(|t| &lower[t.lo.0 as usize..t.lo.1 as usize]);
            let (ends_sentence, ends_clause) = gap_breaks(gap, prev_word);
            if !toks.is_empty() {
                if ends_sentence {
                    sentence += 1;
                }
                if ends_sentence || ends_clause {
                    clause += 1;
                }
                if ends_sentence || ends_clause {
                    subclause += 1;
                }
            }
            let lo_start = lower.len();
            push_lower(&mut lower, c);
            let mut end = i + c.len_utf8();
            while let Some(&(j, d)) = chars.peek() {
                if is_word_char(d) {
                    push_lower(&mut lower, d);
                    end = j + d.len_utf8();
                    chars.next();
                } else if is_joiner(d) && text[j + d.len_utf8()..].chars().next().is_some_and(is_word_char) {
                    lower.push(if d == '’' { '\'' } else if d == '\u{2011}' { '-' } else { d });
                    chars.next();
                } else {
                    break;
                }
            }
            let word = &lower[lo_start..];
            match clause_words().get(word) {
                Some(true) if !toks.is_empty() => {
                    clause += 1;
                    subclause += 1;
                }
                Some(false) if !toks.is_empty() => subclause += 1,
                _ => {}
            }
            // "... flagged it to me at 9 and I removed it at 9:25", "upptäckte det i morse vid 9 och
            // tog bort bilagan kl. 11.20": what "och"/"and" joins is a part of its own, whose date is
            // its own verb's.
            if matches!(word, "och" | "and") {
                subclause += 1;
            }
            toks.push(Token { start: i, end, lo: (lo_start as u32, lower.len() as u32), sentence, clause, subclause });
            gap_start = end;
        }
        Tokens { text, lower, toks }
    }

    pub fn len(&self) -> usize {
        self.toks.len()
    }

    pub fn is_empty(&self) -> bool {
        self.toks.is_empty()
    }

    /// The lowercase form of token `i`.
    pub fn word(&self, i: usize) -> &str {
        let t = &self.toks[i];
        &self.lower[t.lo.0 as usize..t.lo.1 as usize]
    }

    /// The lowercase form of token `i`, or "" past the end.
    pub fn get(&self, i: usize) -> &str {
        if i < self.toks.len() { self.word(i) } else { "" }
    }

    /// The original text between token `i` and the next one.
    pub fn gap_after(&self, i: usize) -> &str {
        let end = self.toks.get(i + 1).map_or(self.text.len(), |t| t.start);
        &self.text[self.toks[i].end..end]
    }

    /// The original text of tokens `first..=last`.
    pub fn original(&self, first: usize, last: usize) -> &str {
        &self.text[self.toks[first].start..self.toks[last].end]
    }
}

/// Clause words (`true`) and subclause words (`false`), hashed once.
fn clause_words() -> &'static HashMap<&'static str, bool, Fx> {
    static WORDS: OnceLock<HashMap<&'static str, bool, Fx>> = OnceLock::new();
    WORDS.get_or_init(|| {
        SUBCLAUSE_WORDS.iter().map(|w| (*w, false)).chain(CLAUSE_WORDS.iter().map(|w| (*w, true))).collect()
    })
}

/// The lowercase of a Latin-1 letter ("Å" -> "å"; "å", "ß" as they are), `None` outside Latin-1.
pub(crate) fn latin1_lower(c: char) -> Option<char> {
    match c {
        '\u{c0}'..='\u{de}' if c != '\u{d7}' => char::from_u32(c as u32 + 0x20),
        '\u{80}'..='\u{ff}' => Some(c),
        _ => None,
    }
}

fn push_lower(s: &mut String, c: char) {
    if c.is_ascii() {
        s.push(c.to_ascii_lowercase());
    } else if let Some(l) = latin1_lower(c) {
        // Swedish letters without the Unicode tables: the hot path of every text.
        s.push(l);
    } else {
        s.extend(c.to_lowercase());
    }
}

/// Whether the text between two tokens ends a sentence, or a clause.
fn gap_breaks(gap: &str, prev_word: Option<&str>) -> (bool, bool) {
    let mut sentence = false;
    let mut clause = false;
    let bytes = gap.as_bytes();
    let mut dash = false;
    for (k, &b) in bytes.iter().enumerate() {
        match b {
            b'!' | b'?' | b';' | b'\n' => sentence = true,
            // A full stop ends a sentence unless it closes an abbreviation ("kl. 15", "ca. 40").
            b'.' if k == 0 && prev_word.is_some_and(|w| ABBREVIATIONS.contains(&w)) => {}
            b'.' => sentence = true,
            b',' | b':' | b'(' | b')' | b'"' | b'[' | b']' => clause = true,
            b'-' | 0x80.. => dash = true,
            _ => {}
        }
    }
    // Dashes used as punctuation (" - ", "–", "—") also end a clause.
    if dash && (gap.contains('–') || gap.contains('—') || gap.contains(" - ")) {
        clause = true;
    }
    (sentence, clause)
}

// ---------------------------------------------------------------------------------------------
// Matching

#[derive(Debug, Clone, Copy)]
enum Part {
    Exact(&'static str),
    Prefix(&'static str),
    Suffix(&'static str),
    Contains(&'static str),
    Gap,
}

impl Part {
    fn parse(p: &'static str) -> Part {
        if p == "~" {
            return Part::Gap;
        }
        match (p.strip_prefix('*'), p.strip_suffix('*')) {
            (Some(_), Some(_)) if p.len() > 2 => Part::Contains(&p[1..p.len() - 1]),
            (Some(s), None) => Part::Suffix(s),
            (None, Some(s)) => Part::Prefix(s),
            _ => Part::Exact(p),
        }
    }

    /// Whether the part matches the whole of `word` (parts after a phrase's first).
    fn matches(&self, word: &str) -> bool {
        match *self {
            Part::Exact(s) => word == s,
            Part::Prefix(s) => word.starts_with(s),
            Part::Suffix(s) => word.ends_with(s),
            Part::Contains(s) => word.contains(s),
            Part::Gap => true,
        }
    }
}

struct Pattern {
    parts: Vec<Part>,
    table: Table,
    id: &'static str,
    weight: u8,
    exception: bool,
}

/// The most tokens a term can cover (a few words, each gap up to three more).
const MAX_SPAN: usize = 40;

/// A match of one term: which table and option, and the tokens it covers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Hit {
    pub table: Table,
    pub id: &'static str,
    pub weight: u8,
    pub first: usize,
    pub last: usize,
}

/// A hasher for short keys that are already well spread (three bytes, short words): the default
/// SipHash would cost more than the matching itself.
#[derive(Default)]
struct FxHasher(u64);

impl Hasher for FxHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0.rotate_left(5) ^ u64::from(b)).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
        }
    }
}

type Fx = BuildHasherDefault<FxHasher>;

/// Every table compiled once: exact first words in one map, stems by their first three bytes,
/// compound heads by their last three and compound parts by their first three, so that one
/// pass over the tokens finds every term and a word asks only the patterns that could match it.
struct Matcher {
    patterns: Vec<Pattern>,
    exact: HashMap<&'static str, ExactFirst, Fx>,
    /// Stems (`pre*`) by the first three bytes of their text: looked up once per word, with the
    /// word's first three bytes.
    prefixes: HashMap<[u8; 3], Vec<u32>, Fx>,
    /// Compound heads (`*suf`) by the last three bytes of their text: looked up once per word,
    /// with the word's last three bytes.
    suffixes: HashMap<[u8; 3], Vec<u32>, Fx>,
    /// Compound parts (`*mid*`) by the first three bytes of their text, looked up at every
    /// position of a word.
    inner: HashMap<[u8; 3], Vec<u32>, Fx>,
    /// A bit for each pair of first two bytes of a key in `inner`: most positions in a word
    /// start no key, and this rejects them without hashing.
    pairs: Vec<u64>,
}

/// The patterns that open with one exact word. Those whose next word is fixed text ("fel
/// mottagare", "fel adress*": a common first word opens dozens) are found by that next word too,
/// so that a word like "fel" asks only the few that can follow it.
#[derive(Default)]
struct ExactFirst {
    /// One word, or a gap or a compound part next: asked whatever follows.
    any_next: Vec<u32>,
    /// An exact next word.
    next_exact: HashMap<&'static str, Vec<u32>, Fx>,
    /// A stem next, by its first three bytes.
    next_prefix: HashMap<[u8; 3], Vec<u32>, Fx>,
}

fn pair_bit(b0: u8, b1: u8) -> (usize, u64) {
    let k = (usize::from(b0) << 8) | usize::from(b1);
    (k / 64, 1u64 << (k % 64))
}

const ALL_TABLES: &[(Table, &[Group])] = &[
    (Table::Nature, NATURE),
    (Table::WrongRecipient, WRONG_RECIPIENT),
    (Table::Sending, SENDING),
    (Table::Automatic, AUTOMATIC),
    (Table::Visibility, VISIBILITY),
    (Table::AccessContext, ACCESS_CONTEXT),
    (Table::LeftBehind, LEFT_BEHIND),
    (Table::FoundAgain, FOUND_AGAIN),
    (Table::Recovery, RECOVERY),
    (Table::Cause, CAUSE),
    (Table::DataCategory, DATA_CATEGORY),
    (Table::SubjectCategory, SUBJECT_CATEGORY),
    (Table::ClientContext, CLIENT_CONTEXT),
    (Table::RequestType, REQUEST_TYPE),
    (Table::Request, REQUEST),
    (Table::IncidentWord, INCIDENT_WORD),
    (Table::Question, QUESTION),
    (Table::Hypothetical, HYPOTHETICAL),
    (Table::DateCue, DATE_CUE),
    (Table::NowWord, NOW_WORD),
    (Table::Negation, NEGATION),
    (Table::NegationAfter, NEGATION_AFTER),
    (Table::Ongoing, ONGOING),
    (Table::Encryption, ENCRYPTION),
    (Table::IdentityChecked, IDENTITY_CHECKED),
    (Table::Processor, PROCESSOR),
    (Table::Hedge, HEDGE),
    (Table::Unknown, UNKNOWN),
    (Table::CountNoun, COUNT_NOUN),
    (Table::CountModifier, COUNT_MODIFIER),
    (Table::Approx, APPROX),
    (Table::AtLeast, AT_LEAST),
    (Table::Quantity, QUANTITY),
    (Table::Yes, YES),
    (Table::No, NO),
    (Table::DontKnow, DONT_KNOW),
    (Table::Correction, CORRECTION),
    (Table::NumberWord, NUMBER_WORD),
    (Table::LangWord, crate::lang::FUNCTION_WORDS),
    (Table::Bulletin, BULLETIN),
    (Table::Informing, INFORMING),
    (Table::Audience, AUDIENCE),
    (Table::OptionSynonym, OPTION_SYNONYM),
];

/// The groups of a table.
pub fn groups(table: Table) -> &'static [Group] {
    ALL_TABLES.iter().find(|(t, _)| *t == table).map_or(&[], |(_, g)| g)
}

fn key3(s: &str) -> Option<[u8; 3]> {
    let b = s.as_bytes();
    (b.len() >= 3).then(|| [b[0], b[1], b[2]])
}

fn last3(s: &str) -> Option<[u8; 3]> {
    let b = s.as_bytes();
    let n = b.len();
    (n >= 3).then(|| [b[n - 3], b[n - 2], b[n - 1]])
}

impl Matcher {
    fn get() -> &'static Matcher {
        static MATCHER: OnceLock<Matcher> = OnceLock::new();
        MATCHER.get_or_init(Matcher::build)
    }

    fn build() -> Matcher {
        let mut m = Matcher {
            patterns: Vec::new(),
            exact: HashMap::default(),
            prefixes: HashMap::default(),
            suffixes: HashMap::default(),
            inner: HashMap::default(),
            pairs: vec![0; 1024],
        };
        for (table, groups) in ALL_TABLES {
            for group in *groups {
                for term in group.terms {
                    let (exception, term) = match term.strip_prefix('!') {
                        Some(t) => (true, t),
                        None => (false, *term),
                    };
                    let parts: Vec<Part> = term.split(' ').filter(|p| !p.is_empty()).map(Part::parse).collect();
                    let idx = m.patterns.len() as u32;
                    // A fixed text too short to index is a build defect, caught by the lexicon tests.
                    match parts.first() {
                        Some(Part::Exact(w)) => {
                            let first = m.exact.entry(w).or_default();
                            match parts.get(1) {
                                Some(Part::Exact(n)) => first.next_exact.entry(n).or_default().push(idx),
                                Some(Part::Prefix(s)) if s.len() >= 3 => match key3(s) {
                                    Some(k) => first.next_prefix.entry(k).or_default().push(idx),
                                    None => first.any_next.push(idx),
                                },
                                _ => first.any_next.push(idx),
                            }
                        }
                        Some(Part::Prefix(s)) => match key3(s) {
                            Some(k) => m.prefixes.entry(k).or_default().push(idx),
                            None => continue,
                        },
                        Some(Part::Suffix(s)) => match last3(s) {
                            Some(k) => m.suffixes.entry(k).or_default().push(idx),
                            None => continue,
                        },
                        Some(Part::Contains(s)) => match key3(s) {
                            Some(k) => {
                                m.inner.entry(k).or_default().push(idx);
                                let (word, bit) = pair_bit(k[0], k[1]);
                                m.pairs[word] |= bit;
                            }
                            None => continue,
                        },
                        _ => continue,
                    }
                    m.patterns.push(Pattern { parts, table: *table, id: group.id, weight: group.weight, exception });
                }
            }
        }
        m
    }

    /// Whether pattern `p`'s first part matches token `i` (given the byte where a key was found).
    fn first_matches(part: &Part, word: &str, at: usize) -> bool {
        match *part {
            Part::Prefix(s) => word.starts_with(s),
            Part::Suffix(s) => word.ends_with(s),
            Part::Contains(s) => word[at..].starts_with(s),
            _ => false,
        }
    }

    /// Matches the parts after the first from token `i + 1`; returns the last token matched.
    fn rest_matches(tokens: &Tokens<'_>, parts: &[Part], i: usize) -> Option<usize> {
        let Some((part, more)) = parts.split_first() else { return Some(i) };
        let next = i + 1;
        if let Part::Gap = part {
            // Zero to three tokens of the same sentence, then the rest.
            let sentence = tokens.toks[i].sentence;
            for skip in 0..=3 {
                let j = i + skip;
                if j >= tokens.len() || (skip > 0 && tokens.toks[j].sentence != sentence) {
                    break;
                }
                if let Some(end) = Self::rest_matches(tokens, more, j) {
                    return Some(end);
                }
            }
            return None;
        }
        if next >= tokens.len() || tokens.toks[next].sentence != tokens.toks[i].sentence {
            return None;
        }
        part.matches(tokens.word(next)).then(|| Self::rest_matches(tokens, more, next)).flatten()
    }

    fn scan(&self, tokens: &Tokens<'_>) -> Vec<Hit> {
        // About one hit per token in reports: reserve that, not grow to it.
        let mut hits = Vec::with_capacity(tokens.len());
        let mut exceptions = Vec::new();
        let mut seen: Vec<u32> = Vec::new();
        for i in 0..tokens.len() {
            let word = tokens.word(i);
            seen.clear();
            // A pattern sits in one index only, so only a compound part found at two places in a
            // word can be found twice: `seen` is kept for those.
            let mut consider = |idx: u32, at: usize, first_checked: bool, inner: bool, seen: &mut Vec<u32>| {
                if inner && seen.contains(&idx) {
                    return;
                }
                let p = &self.patterns[idx as usize];
                if !first_checked && !Self::first_matches(&p.parts[0], word, at) {
                    return;
                }
                let last = if p.parts.len() == 1 { Some(i) } else { Self::rest_matches(tokens, &p.parts[1..], i) };
                if let Some(last) = last {
                    if inner {
                        seen.push(idx);
                    }
                    let hit = Hit { table: p.table, id: p.id, weight: p.weight, first: i, last };
                    if p.exception { exceptions.push(hit) } else { hits.push(hit) }
                }
            };
            if let Some(first) = self.exact.get(word) {
                for &idx in &first.any_next {
                    consider(idx, 0, true, false, &mut seen);
                }
                if i + 1 < tokens.len() && tokens.toks[i + 1].sentence == tokens.toks[i].sentence {
                    let next = tokens.word(i + 1);
                    for &idx in first.next_exact.get(next).into_iter().flatten() {
                        consider(idx, 0, true, false, &mut seen);
                    }
                    if let Some(k) = key3(next) {
                        for &idx in first.next_prefix.get(&k).into_iter().flatten() {
                            consider(idx, 0, true, false, &mut seen);
                        }
                    }
                }
            }
            let bytes = word.as_bytes();
            if let (Some(first), Some(last)) = (key3(word), last3(word)) {
                for &idx in self.prefixes.get(&first).into_iter().flatten() {
                    consider(idx, 0, false, false, &mut seen);
                }
                for &idx in self.suffixes.get(&last).into_iter().flatten() {
                    consider(idx, 0, false, false, &mut seen);
                }
            }
            for at in 0..bytes.len().saturating_sub(2) {
                let (pw, bit) = pair_bit(bytes[at], bytes[at + 1]);
                if self.pairs[pw] & bit == 0 || !word.is_char_boundary(at) {
                    continue;
                }
                if let Some(list) = self.inner.get(&[bytes[at], bytes[at + 1], bytes[at + 2]]) {
                    for &idx in list {
                        consider(idx, at, false, true, &mut seen);
                    }
                }
            }
        }
        // An exception cancels its group's hits on the tokens it covers. Both lists are in token
        // order and a term spans few tokens, so only the exceptions starting near a hit matter.
        if !exceptions.is_empty() {
            hits.retain(|h| {
                let from = exceptions.partition_point(|e| e.first + MAX_SPAN < h.first);
                exceptions[from..].iter().take_while(|e| e.first <= h.last).all(|e| {
                    !(e.table == h.table && e.id == h.id && e.weight == h.weight && h.first <= e.last)
                })
            });
        }
        hits
    }
}

/// Every term of every table, as written (exceptions with their `!`).
pub fn all_terms() -> impl Iterator<Item = &'static str> {
    ALL_TABLES.iter().flat_map(|(_, groups)| groups.iter()).flat_map(|g| g.terms.iter().copied())
}

/// Every term of every table found in `tokens`, in token order.
pub fn scan(tokens: &Tokens<'_>) -> Vec<Hit> {
    Matcher::get().scan(tokens)
}

/// Whether a hit is negated: a negation up to three tokens before it in the same clause, or right
/// after it ("krypterades inte"). `hits` is the scan the hit came from (or the part near the hit).
pub fn is_negated(tokens: &Tokens<'_>, hits: &[Hit], hit: &Hit) -> bool {
    let clause = tokens.toks[hit.first].clause;
    hits.iter().any(|n| match n.table {
        Table::Negation => {
            n.last < hit.first && hit.first - n.last <= 3 && tokens.toks[n.first].clause == clause
                // A negation that is part of the hit itself ("inte längre") does not negate it.
                && !(n.first >= hit.first && n.last <= hit.last)
                && !rather(tokens, n.first)
        }
        Table::NegationAfter => n.first == hit.last + 1 && tokens.toks[n.first].clause == clause,
        _ => false,
    })
}

/// "Inte X utan Y": after a negation, "utan" means "but rather" and negates nothing.
fn rather(tokens: &Tokens<'_>, i: usize) -> bool {
    if tokens.word(i) != "utan" {
        return false;
    }
    let sentence = tokens.toks[i].sentence;
    (i.saturating_sub(8)..i)
        .any(|j| tokens.toks[j].sentence == sentence && matches!(tokens.word(j), "inte" | "ej" | "icke"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(text: &str, table: Table) -> Vec<&'static str> {
        let t = Tokens::new(text);
        let mut ids: Vec<&str> = scan(&t).into_iter().filter(|h| h.table == table).map(|h| h.id).collect();
        ids.dedup();
        ids
    }

    #[test]
    fn every_term_can_be_indexed() {
        for (table, groups) in ALL_TABLES {
            for group in *groups {
                for term in group.terms {
                    let t = term.trim_start_matches('!');
                    let first = t.split(' ').next().unwrap_or("");
                    let fixed = first.trim_matches('*');
                    assert!(first == fixed || fixed.len() >= 3, "{table:?}: {term:?} is too short to index");
                    assert!(first != "~", "{table:?}: {term:?} starts with a gap");
                    assert_eq!(t, t.to_lowercase(), "{table:?}: {term:?} must be lowercase");
                }
            }
        }
        let m = Matcher::get();
        let terms: usize = ALL_TABLES.iter().flat_map(|(_, g)| g.iter()).map(|g| g.terms.len()).sum();
        assert_eq!(m.patterns.len(), terms);
    }

    #[test]
    fn tokens_keep_compounds_and_inner_punctuation() {
        let t = Tokens::new("Hej! E-postadresser, t.ex. kl 13.30 och patient’s c:a 40.");
        let words: Vec<&str> = (0..t.len()).map(|i| t.word(i)).collect();
        assert_eq!(words, ["hej", "e-postadresser", "t.ex", "kl", "13.30", "och", "patient's", "c:a", "40"]);
        assert_eq!(t.toks[0].sentence, 0);
        assert_eq!(t.toks[1].sentence, 1);
        // "t.ex." does not end the sentence.
        assert_eq!(t.toks[3].sentence, 1);
    }

    #[test]
    fn stems_and_compound_parts_match_with_exceptions() {
        assert_eq!(found("elevjournalen", Table::DataCategory), ["health"]);
        assert_eq!(found("journalanteckningar", Table::DataCategory), ["health"]);
        assert_eq!(found("läkemedelslistor", Table::DataCategory), ["health"]);
        assert!(found("vårdnadshavare", Table::DataCategory).is_empty());
        assert!(found("Med vänlig hälsning", Table::DataCategory).is_empty());
        assert_eq!(found("narkotikabrott", Table::DataCategory), ["criminal_offences"]);
        assert!(found("ett inbrott", Table::DataCategory).is_empty());
        assert!(found("strömavbrott", Table::DataCategory).is_empty());
        assert!(found("brottsoffer", Table::DataCategory).is_empty());
        assert_eq!(found("förskolebarnen", Table::SubjectCategory), ["children"]);
        assert!(found("barnmorskan", Table::SubjectCategory).is_empty());
        assert!(found("kunde", Table::SubjectCategory).is_empty());
        assert!(found("jag brukar", Table::SubjectCategory).is_empty());
    }

    #[test]
    fn stems_heads_and_parts_are_each_found_where_they_can_match() {
        // A head ending in a two-byte letter, found by the word's last bytes.
        assert_eq!(found("en bilstöld", Table::Nature), ["loss"]);
        assert_eq!(found("förskolebarn", Table::CountNoun), ["person"]);
        assert!(found("barnsligt", Table::CountNoun).is_empty());
        // A stem only at the start of a word, a part anywhere in it.
        assert_eq!(found("journalen", Table::CountNoun), ["record"]);
        assert!(found("elevjournal", Table::CountNoun).contains(&"record"));
        assert_eq!(found("mejlkorgen phishinglänk", Table::Cause), ["external_attack"]);
        assert_eq!(found("en låntagare", Table::CountNoun), ["person"]);
        assert!(found("mottagare", Table::CountNoun).iter().all(|id| *id != "person"));
    }

    #[test]
    fn letters_beyond_ascii_are_word_letters() {
        let t = Tokens::new("Åsa häftade ÖVERFÖRMYNDARENS pärm; café — naïve Ωmega ×2");
        let words: Vec<&str> = (0..t.len()).map(|i| t.word(i)).collect();
        assert_eq!(words, ["åsa", "häftade", "överförmyndarens", "pärm", "café", "naïve", "ωmega", "2"]);
        // The dash ends a clause, the semicolon a sentence.
        assert!(t.toks[4].clause > t.toks[3].clause);
        assert!(t.toks[5].clause > t.toks[4].clause);
    }

    /// Every term tried at every word, with no index: what `scan` must find.
    fn scan_without_index(tokens: &Tokens<'_>) -> Vec<(Table, &'static str, u8, usize, usize)> {
        let m = Matcher::get();
        let (mut hits, mut exceptions) = (Vec::new(), Vec::new());
        for i in 0..tokens.len() {
            for p in &m.patterns {
                if p.parts[0].matches(tokens.word(i))
                    && let Some(last) = Matcher::rest_matches(tokens, &p.parts[1..], i)
                {
                    let hit = Hit { table: p.table, id: p.id, weight: p.weight, first: i, last };
                    if p.exception { exceptions.push(hit) } else { hits.push(hit) }
                }
            }
        }
        hits.retain(|h| {
            !exceptions.iter().any(|e| {
                e.table == h.table && e.id == h.id && e.weight == h.weight && e.first <= h.last && h.first <= e.last
            })
        });
        let mut v: Vec<_> = hits.iter().map(|h| (h.table, h.id, h.weight, h.first, h.last)).collect();
        v.sort_unstable();
        v
    }

    #[test]
    fn the_index_finds_what_trying_every_term_finds() {
        for text in [
            "Jag skickade av misstag ett mejl med journalanteckningar till fel mottagare igår, fel adress på mig.",
            "Vi har inte informerat familjen ännu. Leverantören Acme AB, som är vårt personuppgiftsbiträde, vet.",
            "Hon vill inte att vi använder hans uppgifter; han kräver att vi inte lämnar ut den förrän vi kollat.",
            "I accidentally emailed the wrong parent. The attack is contained and nothing is running anymore.",
            "fel fel fel person felet fel i systemet efter uppdateringen, det slank bara ur henne",
        ] {
            let t = Tokens::new(text);
            let mut got: Vec<_> = scan(&t).iter().map(|h| (h.table, h.id, h.weight, h.first, h.last)).collect();
            got.sort_unstable();
            assert_eq!(got, scan_without_index(&t), "{text:?}");
        }
    }

    #[test]
    fn a_compound_part_is_found_once_per_word() {
        // "*journal*" matches twice inside the word, and counts once.
        let t = Tokens::new("journaljournalen");
        let health = scan(&t).iter().filter(|h| h.table == Table::DataCategory && h.id == "health").count();
        assert_eq!(health, 1);
    }

    #[test]
    fn lacking_the_rights_to_put_it_right_is_not_access() {
        assert!(found("den ligger kvar fortfarande jag har inte behörighet att ta bort den", Table::Nature).is_empty());
        assert_eq!(found("en tidigare anställd hade fortfarande behörighet", Table::Nature), ["unauthorised_access"]);
    }

    #[test]
    fn phrases_with_gaps_stay_in_one_sentence() {
        assert_eq!(found("brister i våra rutiner", Table::Cause), ["systematic_process_flaw"]);
        assert!(found("brister. Våra rutiner", Table::Cause).is_empty());
        assert_eq!(found("fel i lönesystemet", Table::Cause), ["technical_fault"]);
    }

    #[test]
    fn negation_reaches_back_within_the_clause_only() {
        let t = Tokens::new("Den var inte krypterad, men datorn var krypterad");
        let hits = scan(&t);
        let enc: Vec<bool> =
            hits.iter().filter(|h| h.table == Table::Encryption).map(|h| is_negated(&t, &hits, h)).collect();
        assert_eq!(enc, [true, false]);
        let t = Tokens::new("Datorn krypterades inte");
        let hits = scan(&t);
        let h = hits.iter().find(|h| h.table == Table::Encryption).copied();
        assert!(h.is_some_and(|h| is_negated(&t, &hits, &h)));
    }

    #[test]
    fn number_words() {
        for (w, n) in [
            ("tjugofem", 25), ("tvåhundrafemtio", 250), ("hundra", 100), ("etthundra", 100), ("tusen", 1000),
            ("tretusen", 3000), ("elva", 11), ("tjugo", 20), ("twenty-five", 25), ("twelve", 12), ("fyrtiotvå", 42),
        ] {
            assert_eq!(number_word(w), Some(n), "{w}");
        }
        for w in ["tjena", "sexuell", "enhet", "a", "fembb"] {
            assert_eq!(number_word(w), None, "{w}");
        }
    }

    #[test]
    fn odd_input_does_not_panic() {
        let odd = ["", " ", "...", "–––", "ÅÄÖ!", "\u{130}stanbul", "a\u{301}b", "x-", "-x", "'", "e\u{2011}post", "🙂 kl. 5"];
        for s in odd {
            let t = Tokens::new(s);
            let _ = scan(&t);
        }
    }
}
