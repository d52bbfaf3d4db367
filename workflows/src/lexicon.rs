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
//! least three bytes of fixed text, so that the index below can find them by their first bytes.
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
    /// Other words for options of fields without a table of their own, as `field.option`.
    OptionSynonym,
}

impl Table {
    /// How many tables there are (`OptionSynonym` is the last).
    pub const COUNT: usize = Table::OptionSynonym as usize + 1;
}

pub const NATURE: &[Group] = &[
    g("unauthorised_disclosure", 3, &[
        "röj*", "obehörigen", "*röjande", "*röjd", "*röjt", "*röjts", "*röjdes",
        "fel mottagare*", "felaktig* mottagare*", "fel adressat*", "dold kopia", "dolda kopior", "hemlig kopia", "bcc",
        "publicer*", "lade ut", "la ut", "lagt ut", "lades ut", "lagts ut", "läck*", "*läcka", "*läckan", "*läckage",
        "skickat fel", "skickade fel", "skickades fel", "skickats fel", "hamnade fel", "hamnat fel", "kommit fel",
        "kom fel",
        "gått fel", "gick fel ~ mejl*", "legat ute", "ligger ute", "ligga ute", "låg ute", "legat uppe", "låg uppe",
        "ligger uppe", "lagts upp", "lades upp",
        "annat barns", "annan klients", "annan brukares", "annan patients", "annan elevs", "annan persons",
        "någon annans",
        "ett annat barn", "helt annat barn", "en annan klient", "en annan patient", "en annan elev", "en annan brukare",
        "privat dator", "privata dator*", "privat e-post*", "privata e-post*", "privat mejl*", "privata mejl*",
        "privat mail*",
        "privat mobil*", "privata mobil*", "hemdator*", "privat telefon*",
        "misdirected", "disclos*", "publish*", "public website", "public web*", "leak*",
        "someone else's", "another patient's", "another client's", "another pupil's", "another child's",
        "private computer", "private email*", "personal email*", "home computer",
    ]),
    g("unauthorised_disclosure", 2, &[
        "insyn", "vidarebefordr*", "distribuer*", "öppnat av", "öppnades av", "öppnats av", "opened by", "lästes av",
        "laddat upp ~ till", "laddade upp ~ till", "laddats upp ~ till", "uploaded ~ to", "fel brevlåda",
        "fel brevlådan",
        "*utskrift*", "skrev ut", "skrevs ut", "skrivit ut", "skrivits ut", "skriva ut", "skriver ut", "utskriv*",
        "*skrivare*",
        "hamnade hos", "hamnat hos", "exposed", "publicly", "posted", "forwarded", "shared with", "printed",
        "printout*",
        "till hela *", "till alla", "svara alla", "svarade alla", "to everyone", "to all", "reply all", "replied all",
        "visade", "visat", "visades", "råkade visa", "delade skärmen", "skärmdelning*", "showed", "screen shar*",
        "andra elevers", "andra klienters", "andra patienters", "andra barns", "andra brukares", "others'",
        "other pupils'", "other patients'", "other clients'",
        "printer*", "cc'd", "felaktigt adresser*", "online",
    ]),
    g("unauthorised_disclosure", 1, &[
        "utlämn*", "sammanblandning*", "förväxl*", "inte tillhörde", "tillhörde inte", "fick ut", "fått ut",
        "öppen e-post",
        "öppen epost", "okrypterad* e-post", "okrypterad* mejl*", "massutskick*", "uploaded", "upload*",
    ]),
    g("unauthorised_access", 3, &[
        "obehörig åtkomst", "obehörigt åtkomst", "obehöriga åtkomst", "olovlig åtkomst", "intrång*", "*intrång",
        "hackad*", "hackat*", "hackare*", "hackades", "hackats", "hackning*", "kapad*", "kapat*", "kapats", "kapades",
        "snok*", "komma åt", "kom åt", "kommit åt", "kommer åt", "fick åtkomst", "fått åtkomst", "fått tillgång",
        "fick tillgång",
        "utan ~ vårdrelation", "ingen vårdrelation", "utan ~ tjänstebehov", "utan ~ tjänsteskäl",
        "without a care relationship", "no care relationship",
        "obehörigt inloggad*", "loggade in på", "loggat in på", "loggade in i", "loggat in i",
        "unauthorised access", "unauthorized access", "gained access", "got access", "could access", "accessed",
        "hacked",
        "logged in to", "logged into", "logged on to", "tagit sig in", "tog sig in", "ta sig in",
        "hacker*", "intrusion", "compromised", "snoop*", "break into the system",
    ]),
    g("unauthorised_access", 2, &[
        "felaktig* behörighet*", "fel behörighet*", "för höga behörighet*", "för hög behörighet*",
        "för breda behörighet*",
        "för stora behörighet*", "för mycket behörighet*", "behörighet* som ~ inte", "borde inte ha behörighet*",
        "utökad* behörighet*", "nätfiske*", "phishing", "inloggningsuppgifter", "wrong permission*", "access rights",
        "too broad access", "too much access",
    ]),
    g("loss", 3, &[
        "borttappad*", "bortappad*", "tappade", "tappat", "tappats", "tappades", "tappa", "försvunn*", "försvann",
        "försvinner",
        "stulen", "stulet", "stulna", "stulits", "stals", "stal", "stöld*", "*stöld", "blev av med", "kan inte hittas",
        "inte återfinnas", "kunde inte återfinnas", "kan inte återfinnas", "återfinns inte", "gick inte att återfinna",
        "hittas inte", "går inte att hitta", "hittar inte", "kan inte hitta", "kunde inte hittas", "kunde inte hitta",
        "kan ej hittas", "går ej att hitta", "saknas fortfarande", "är borta", "var borta", "lost", "stolen",
        "theft", "stole",
        "misplaced", "missing", "can't find", "cannot find", "couldn't find", "could not find",
    ]),
    g("loss", 2, &[
        "borta", "förlorade", "förlorat", "förlorats", "gått förlorad*", "gick förlorad*", "tagit ~ min*", "tog ~ min*",
        "tagit ~ vår*", "tog ~ vår*", "tagit med sig", "took ~ my", "taken from", "tjuv*", "thief", "thieves",
        "saknad", "saknade", "akt* ~ saknas", "dator* ~ saknas",
        "pärm* ~ saknas", "*akten saknas", "is missing", "are missing",
    ]),
    g("loss", 1, &["inbrott*", "*inbrott", "burglary", "break-in", "broke into"]),
    g("destruction", 3, &[
        "förstörd*", "förstördes", "förstört*", "gått sönder", "gick sönder", "raderades av misstag",
        "raderats av misstag",
        "raderat av misstag", "av misstag raderat", "av misstag raderade", "destroyed", "wiped", "corrupted",
        "permanently deleted",
    ]),
    g("destruction", 2, &[
        "kraschade", "korrupt*", "raderades oavsiktligt", "oavsiktligt raderat", "cannot be recovered",
        "can't be recovered",
    ]),
    // Deleting is as often the remedy ("mottagaren har raderat mejlet") as the incident.
    g("destruction", 1, &[
        "radera*", "!radera ~ mejl*", "!radera ~ meddelande*", "!raderat ~ mejl*", "!raderade ~ mejl*", "delete*",
    ]),
    g("alteration", 3, &["manipuler*", "förvansk*", "altered", "tampered", "falsifi*", "förfalsk*"]),
    g("alteration", 2, &[
        "uppgifter* ~ ändrats", "uppgifter* ~ ändrades", "ändrade ~ uppgifter*", "ändrat ~ uppgifter*",
        "ändrat i ~ journal*",
        "ändrats i ~ journal*", "felregistr*", "registrerades fel", "registrerats fel", "skrev över", "skrivits över",
        "skrevs över", "överskriv*", "fel uppgifter ~ inlagd*", "fel uppgifter ~ registrer*",
        "felaktiga uppgifter ~ inlagd*",
        "felaktiga uppgifter ~ registrer*", "modified", "overwritten", "entered incorrectly", "wrong data was entered",
    ]),
];

/// Sent, printed or shown to the wrong one: a disclosure, and (with a person sending) a human error.
pub const WRONG_RECIPIENT: &[Group] = &[
    g("unauthorised_disclosure", 3, &[
        "fel mottagare*", "felaktig* mottagare*", "fel adressat*", "fel person*", "fel vårdnadshavare*", "fel föräld*",
        "fel klient*", "fel elev*", "fel patient*", "fel famil*", "fel brukar*", "fel kund*", "fel handläggar*",
        "fel *adress*",
        "fel adress*", "fel kommun*", "fel förvaltning*", "fel myndighet*", "fel e-tjänst*", "fel etjänst*",
        "fel skol*",
        "fel enhet*", "fel skrivar*", "fel mejl*", "fel mail*", "fel e-post*", "fel epost*", "fel brev*", "fel kuvert*",
        "fel bilag*", "fel fil", "fel filen", "fel dokument*", "fel mottag*", "fel nummer", "fel telefonnummer",
        "fel sms",
        "fel chatt*", "fel grupp*", "fel kanal*", "fel team*", "fel kolleg*", "fel kolega*", "fel medarbetar*",
        "fel chef*",
        "fel lärare", "fel rektor*", "fel klinik*", "fel mottagning*", "fel avdelning*", "fel god man", "fel anhörig*",
        "felskick*", "wrong recipient*", "wrong person", "wrong people", "wrong address*", "wrong email*",
        "wrong e-mail*",
        "wrong parent*", "wrong client*", "wrong patient*", "wrong pupil*", "wrong student*", "wrong family",
        "wrong printer*",
        "wrong group*", "wrong guardian*", "wrong clinic*", "wrong colleague*", "wrong school*", "wrong file",
        "wrong attachment*",
        "wrong document*", "wrong number", "wrong department*", "wrong unit",
    ]),
    g("unauthorised_disclosure", 2, &[
        "till fel", "to the wrong", "sent to wrong", "sent the wrong", "skickade fel", "attached the wrong",
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
    g("visible", 3, &["synlig* för", "visible to", "visible for"]),
    g("visible", 2, &[
    "ta del av", "tagit del av", "tog del av", "tar del av", "kunnat ta del", "kunde ta del", "läst", "läste", "read",
    "kan se", "kunde se", "kunnat se", "kan ~ se", "kunde ~ se", "fått se", "fick se", "kan läsa", "kunde läsa",
    "kan öppna",
    "kunde öppna", "har tillgång till", "hade tillgång till", "haft tillgång till", "can see", "could see", "can read",
    "could read", "could open", "can open", "had access to", "have access to", "has access to",
    ]),
];

pub const ACCESS_CONTEXT: &[Group] = &[g("access", 1, &[
    "behörighet*", "*behörighet*", "systemfel*", "bugg*", "inställning*", "konfigur*", "åtkomst*", "fel i *systemet",
    "lösenord*", "password*", "inloggningsuppgift*", "konto", "kontot", "account", "logged in*", "mailbox", "inkorg*",
    "vårdrelation*", "tjänstebehov*", "tjänsteskäl*", "logg", "loggen", "loggar", "loggarna", "*plattform*",
    "uppdatering*", "*uppdatering*", "uppgradering*", "update", "upgrade", "platform", "care relationship",
    "fel i systemet", "fel i *systemen", "inlogg*", "permission*", "access right*", "bug", "bugs", "settings",
    "misconfigur*",
])];

pub const LEFT_BEHIND: &[Group] = &[g("loss", 2, &[
    "glömde", "glömt", "glömts", "glömdes", "kvarglömd*", "bortglömd*", "glömd", "lämnade kvar", "lämnat kvar",
    "lämnats kvar",
    "forgot", "forgotten", "left behind", "left it", "left my", "left the",
])];

pub const FOUND_AGAIN: &[Group] = &[g("found", 1, &[
    "påträffa*", "hittade*", "hittats", "hittades", "återfunn*", "kom tillrätta", "kommit tillrätta", "found",
    "turned up",
    "lämnade in", "lämnades in", "handed in",
    "was returned", "lämnades tillbaka", "lämnats tillbaka", "lämnade tillbaka", "skickade tillbaka",
    "skickades tillbaka",
])];

pub const RECOVERY: &[Group] = &[g("destruction", 3, &[
    "återskap*", "återställ*", "recover*", "restore*", "räddas", "rädda",
])];

pub const CAUSE: &[Group] = &[
    g("human_error", 3, &[
        "av misstag", "råkade", "råkat", "mänskliga faktorn", "mänsklig faktor", "mänskligt fel", "mänskligt misstag",
        "human error", "by mistake", "accidentally", "mistakenly", "inadvertently", "in error",
    ]),
    g("human_error", 2, &[
        "misstag*", "oavsiktlig*", "slarv*", "glömde", "glömt", "glömts", "glömdes", "kvarglömd*", "felskick*",
        "valde fel",
        "välja fel", "väljer fel", "klickade fel", "klickat fel", "skrev fel", "skickade fel", "skickat fel", "missade",
        "missat", "missa", "tappade", "tappat", "forgot", "mistake", "unintentional*", "oops", "clicked the wrong",
        "mitt fel", "vårt fel", "my fault", "our fault", "jag gjorde fel", "i made a mistake",
        "förväxl*", "mixed up", "mix-up", "attached the wrong", "sent the wrong", "bifogade fel", "bifogat fel",
        "chose the wrong", "picked the wrong", "autocomplete", "autofyll*", "autokomplet*",
    ]),
    g("external_attack", 3, &[
        "inbrott*", "*inbrott", "bröt sig in", "bröt sig ~ in", "bröt upp", "brutit sig in", "brutit sig ~ in",
        "brutits upp",
        "ransomware*", "*ransomware*", "tjuv*", "thief", "thieves", "stulen", "stulet", "stulna", "stulits", "stals",
        "stal", "stöld*", "*stöld", "hackad*", "hackat*", "hackare*", "hackades", "hackats", "nätfiske*", "phishing",
        "skadlig kod", "skadlig* program*", "virus*", "ransomware", "utpressningsvirus*", "utpressningsprogram*",
        "gisslanprogram*",
        "dataintrång*", "intrång*", "överbelastningsattack*", "ddos", "cyberattack*", "it-attack*", "angrepp utifrån",
        "stolen", "stole", "theft", "break-in", "broke into", "broke in", "burglary", "hacked", "hacker*", "malware",
        "cyber attack*", "attack from outside", "bedrägeri*", "bedragare*", "fraud*", "skimming",
    ]),
    g("external_attack", 2, &[
        "attack*", "*attack", "*attacken", "angrep*", "*angrepp", "*angreppet", "angripare*", "kapad*", "kapat*",
        "kapats",
        "kapades", "attacker*",
    ]),
    g("technical_fault", 3, &[
        "tekniskt fel", "tekniska fel", "tekniskt problem", "tekniska problem", "systemfel*", "bugg*", "programfel*",
        "mjukvarufel*", "fel i systemet", "fel i *systemet", "fel i *systemen", "fel i programmet", "fel i *programmet",
        "felet i systemet", "felet i *systemet", "felet i programmet", "felet i *programmet",
        "felkonfigur*", "konfigurationsfel*", "felaktig* konfiguration*", "felaktig* inställning*", "fel inställning*",
        "technical fault", "technical error", "technical problem", "software bug*", "software error", "system error",
        "*haveri", "*haveriet", "haveri*", "hårdvarufel*", "diskfel*", "disk crash*", "hardware failure",
        "bug", "bugs", "glitch*", "misconfigur*",
    ]),
    g("technical_fault", 2, &[
        "efter ~ uppdatering*", "efter ~ uppgradering*", "efter ~ systemuppdatering*", "after ~ update",
        "after ~ upgrade",
        "kraschade", "crashed", "inte fungerat", "fungerade inte", "slutade fungera", "slutat fungera",
        "stopped working",
    ]),
    g("systematic_process_flaw", 3, &[
        "brist* ~ rutin*", "rutin* ~ saknas", "rutin* ~ saknades", "saknas ~ rutin*", "saknades ~ rutin*",
        "saknar ~ rutin*",
        "saknade ~ rutin*", "ingen rutin*", "inga rutin*", "otydlig* rutin*", "rutinbrist*", "bristande rutin*",
        "rutin* ~ brister", "rutin* ~ bristfällig*", "brist* ~ process*", "systematisk*", "organisatorisk* brist*",
        "lack of routine*", "no routine*", "lack of procedure*", "no procedure*", "no process", "process flaw*",
        "systematic", "lacking routine*",
    ]),
    g("internal_malicious", 3, &[
        "snok*", "snoop*", "medvetet ~ anställd*", "anställd* ~ medvetet", "avsiktligt ~ anställd*",
        "utan ~ vårdrelation",
        "ingen vårdrelation", "utan ~ tjänstebehov", "utan ~ tjänsteskäl", "without a care relationship",
        "no care relationship",
    ]),
    g("internal_malicious", 2, &[
        "medvetet", "avsiktligt", "med flit", "med avsikt", "deliberately", "intentionally", "on purpose", "insider",
    ]),
    g("unknown", 3, &[
        "okänd orsak", "orsaken är okänd", "orsaken okänd", "vet inte varför", "vet ej varför", "oklart varför",
        "okänt varför", "vet inte hur det ~ hänt", "vet inte hur det ~ hände", "oklart hur det ~ hänt",
        "oklart hur det ~ hände",
        "unknown cause", "cause is unknown", "cause unknown", "don't know why", "do not know why", "not sure why",
        "unclear why",
        "no idea why",
    ]),
];

pub const DATA_CATEGORY: &[Group] = &[
    g("health", 1, &[
        "*journal*", "!journalist*", "!*journalist*", "diagnos*", "*diagnos*", "läkemedel*", "*läkemedel*", "medicin*",
        "*medicin*", "hälsa", "hälsan", "*hälsa", "*hälsan", "hälso*", "*hälso*", "!hälsar", "!hälsade", "!hälsning*",
        "!*hälsning*", "sjukvård*", "*sjukvård*", "vårdplan*", "*vårdplan*", "vårdinsats*", "vårdcentral*", "tandvård*",
        "psykiatri*", "*psykiatri*", "öppenvård*", "slutenvård*", "missbruk*", "*missbruk*", "sjukdom*", "*sjukdom*",
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
    ]),
    g("personal_identity_number", 1, &[
        "personnummer*", "*personnummer*", "personnr*", "pers.nr", "pnr", "samordningsnummer*",
        "personal identity number*",
        "personal id number*", "social security number*", "ssn", "national identity number*", "national id number*",
        "id number*",
    ]),
    g("criminal_offences", 1, &[
        "brott", "brotten", "brottet", "brotts*", "*brott", "*brotten", "*brottet", "!brottsoffer*", "!brottsförebygg*",
        "!brottsprevent*", "!*inbrott*", "!*avbrott*", "!*genombrott*", "!*uppbrott*", "!*utbrott*", "!*dataintrång*",
        "dömd", "dömda", "dömt", "dömdes", "domar", "fängelse*", "straffregist*", "straffad*", "straffat*",
        "belastningsregist*",
        "lagföring*", "lagöverträdelse*", "misstänkt* för", "åtal*", "kriminal*", "criminal*", "convict*", "offence*",
        "offense*", "police record*",
    ]),
    g("financial", 1, &[
        "lön", "lönen", "löner", "lönerna", "lönespec*", "lönebesked*", "löneuppgift*", "lönelist*", "lönesystem*",
        "löneutbetalning*", "*månadslön*", "*timlön*", "sjuklön*", "inkomst*", "*inkomst*", "bankkonto*",
        "kontonummer*",
        "bankuppgift*", "bankgiro*", "clearingnummer*", "kortnummer*", "kreditkort*", "betalkort*", "skulder",
        "skuldsanering*",
        "utmätning*", "kronofogd*", "försörjningsstöd*", "*försörjningsstöd*", "ekonomiskt bistånd",
        "ekonomisk* situation*",
        "ekonomiska uppgifter", "ekonomiuppgift*", "bostadsbidrag*", "underhållsstöd*", "utbetalning*", "*utbetalning*",
        "salar*", "payslip*", "pay slip*", "bank account*", "account number*", "credit card*", "income*", "debt*",
        "financial", "payroll", "welfare benefit*", "social assistance",
    ]),
    g("contact", 1, &[
        "telefonnummer*", "*telefonnummer*", "telefonnr*", "tel.nr", "telnr", "mobilnummer*", "mobilnr*",
        "e-postadress*",
        "epostadress*", "mejladress*", "mailadress*", "adress", "adressen", "adresser", "adresserna", "adressuppgift*",
        "*adress", "*adressen", "*adresser", "*adresserna", "kontaktuppgift*", "kontaktinformation*", "phone number*",
        "telephone number*", "email address*", "e-mail address*", "mobile number*", "address", "addresses",
        "home address*",
        "contact detail*", "contact information",
    ]),
    g("identifying", 1, &[
        "namn", "namnet", "namnen", "namns", "*namn", "*namnet", "*namnen", "!användarnamn*", "name", "names",
        "full name*",
        "!*namnteckning*",
    ]),
    g("ethnic_origin", 1, &["etnicitet*", "etnisk*", "ethnic*", "hudfärg*"]),
    g("political_opinions", 1, &["politisk* åsikt*", "partitillhörighet*", "political opinion*", "political view*"]),
    g("religious_beliefs", 1, &["religion*", "religiös*", "trosuppfattning*", "religious"]),
    g("trade_union", 1, &["fackförening*", "facklig*", "fackmedlem*", "trade union*", "union member*"]),
    g("genetic", 1, &["genetisk*", "dna", "dna-*", "genetic*"]),
    g("biometric", 1, &["biometri*", "fingeravtryck*", "ansiktsigenkänning*", "biometric*", "fingerprint*"]),
    g("sex_life", 1, &["sexualliv*", "sexuell läggning", "sexuella läggning", "sexual orientation", "sex life"]),
    g("official_documents", 1, &["passkopi*", "id-handling*", "id-kort*", "körkort*", "legitimation*", "passport*"]),
    g("location", 1, &["gps*", "positionsdata", "positionsuppgift*", "platsdata", "platsuppgift*", "location data"]),
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
        "klient*", "*klient", "*klienter", "*klienten", "brukare*", "brukarna", "brukarens", "brukarnas", "kund",
        "kunden",
        "kunder", "kunderna", "kunds", "kundens", "kunders", "kundregist*", "omsorgstagare*", "vårdtagare*",
        "hyresgäst*",
        "en boende", "de boende", "boendes", "de boendes",
        "customer*", "client*", "service user*",
    ]),
    g("employees", 1, &[
        "anställdas", "medarbetares", "medarbetarnas", "medarbetarens", "personalens", "kollegors", "kollegans",
        "kollegas",
        "om anställda", "för anställda", "gällande anställda", "rörande anställda", "om medarbetare*",
        "för medarbetare*",
        "gällande medarbetare*", "om personal", "för personal", "om personalen", "om kollegor", "personalakt*",
        "personaluppgift*",
        "personalregist*", "personalärende*", "personallist*", "lönespec*", "lönebesked*", "anställningsavtal*",
        "medarbetarsamtal*", "employees'", "employee data", "employee record*", "staff data", "staff record*",
        "personnel file*", "personnel record*", "payslip*", "of employees", "of staff", "about employees",
        "about staff",
    ]),
    g("vulnerable", 1, &[
        "skyddad* identitet*", "skyddade personuppgifter", "sekretessmarker*", "skyddat boende", "skyddad* adress*",
        "kvarskriv*", "protected identit*", "skyddade uppgifter",
    ]),
    // Plain "användare" is mostly the staff who use a system; only users of a service are meant.
    g("users", 1, &["tjänsteanvändare*", "användare av ~ tjänst*", "service users"]),
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
        "maskinläsbar*", "dataportabilitet*", "portabilitet*", "*portabilitet", "portability", "machine-readable",
        "machine readable", "artikel 20", "art 20", "art. 20", "article 20",
    ]),
    g("portability", 1, &["flytta ~ uppgifter*", "flytta dem", "överföra ~ uppgifter*", "transfer my", "move my data"]),
    g("erasure", 3, &[
        "radera mina", "raderar mina", "radering", "raderas", "ta bort mina", "tar bort mina", "tas bort", "bli glömd",
        "bortglömd", "artikel 17", "art 17", "art. 17", "article 17", "erase", "erasure", "delete my", "delete ~ my",
        "erase ~ my", "remove ~ my", "radera ~ om mig", "radera allt", "deleted",
        "right to be forgotten", "remove my",
    ]),
    g("erasure", 2, &["radera*", "*radera*", "!raderat", "!raderade"]),
    g("rectification", 3, &[
        "rätta*", "rättelse*", "korriger*", "artikel 16", "art 16", "art. 16", "article 16", "rectif*", "correct my",
        "correct it", "please correct", "update my", "uppdatera min*", "ändra min*",
        "is incorrect", "are incorrect", "felaktiga uppgifter om mig", "fel uppgifter om mig",
    ]),
    g("restriction", 3, &[
        "begränsa*", "begränsning*", "artikel 18", "art 18", "art. 18", "article 18", "restrict*",
    ]),
    g("objection", 3, &[
        "invänd*", "motsätter mig", "artikel 21", "art 21", "art. 21", "article 21", "object to", "objection*",
    ]),
    g("access", 2, &[
        "registerutdrag*", "*registerutdrag*", "utdrag", "begär* ut", "få ut", "få ta del av", "ta del av ~ uppgifter*",
        "vilka uppgifter", "vilka personuppgifter", "kopia på mina", "kopia av mina", "artikel 15", "art 15", "art. 15",
        "article 15", "access to my", "copy of my", "a copy of", "subject access", "access request", "what data",
        "what personal data",
        "which data",
    ]),
];

pub const REQUEST: &[Group] = &[
    g("request", 3, &[
        "registerutdrag*", "*registerutdrag*", "radera mina", "raderar mina", "radera* ~ mina", "ta bort mina",
        "tar bort mina", "rätta mina", "invänder mot", "motsätter mig",
        "maskinläsbar*", "dataportabilitet*", "begränsa behandlingen", "bli glömd", "bortglömd", "rätten att bli",
        "subject access", "access request", "erase my", "delete my", "right to be forgotten", "data portability",
        "copy of my", "restrict the processing", "object to the processing", "rectify my",
        "artikel 15", "artikel 16", "artikel 17", "artikel 18", "artikel 20", "artikel 21", "art. 15", "art. 17",
        "article 15", "article 17",
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
    ]),
    g("request", 1, &["om mig", "about me", "jag begär*", "jag vill begära", "i request", "i would like to request"]),
];

pub const INCIDENT_WORD: &[Group] = &[g("incident", 1, &[
    "personuppgiftsincident*", "*incident*", "avvikelse*", "sekretess*", "*sekretess*", "obehörig*", "inte tillåtet",
    "ej tillåtet", "dataskyddsincident*", "breach*", "data leak*", "röj*", "felaktig*", "fel", "felet", "misstag*",
    "lex sarah",
    "lex maria", "anmäla", "anmälan", "incident*", "mistake*", "wrong",
])];

/// `opening`: how a question starts ("får vi ..."); `anywhere`: words that make a message a
/// question wherever they stand ("jag undrar").
pub const QUESTION: &[Group] = &[
    g("opening", 1, &[
        "får vi", "får jag", "får man", "kan vi", "kan jag", "kan man", "behöver vi", "behöver jag", "behöver man",
        "måste vi",
        "måste jag", "ska vi", "ska jag", "bör vi", "bör jag", "hur", "vad", "vilka", "vilken", "vilket", "när",
        "var", "vem",
        "gäller det", "är det ok", "är det okej", "är det tillåtet", "finns det", "är det", "är detta", "är ni",
        "har ni",
        "har vi", "går det", "can you", "do you", "is this", "are you", "can we", "can i", "may we", "may i",
        "should we", "should i", "do we", "do i", "how", "what", "which", "when", "where", "who", "is it ok",
        "is it allowed",
        "is there", "are we",
    ]),
    g("anywhere", 1, &[
        "undrar", "fråga", "frågor", "vill veta hur", "vill veta om", "wondering", "question", "would like to know how",
        "would like to know if", "quick question",
    ]),
];

pub const HYPOTHETICAL: &[Group] = &[g("hypothetical", 1, &[
    "om man", "om jag", "om vi", "om någon", "vad händer om", "vad gör jag om", "vad gör man om", "hypotetiskt",
    "i framtiden", "what if", "if someone", "if i", "if we", "what happens if", "hypothetically", "in the future",
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
        "noticed", "discovered", "realised", "realized", "found out", "became aware", "detected", "spotted", "was told",
        "were told", "informed us", "alerted", "got a call", "called me", "told me", "notified", "learned", "learnt",
    ]),
    g("discovered", 1, &[
        "kontroll*", "*kontroll", "*kontrollen", "*sökning", "granskning*", "*granskning", "check", "audit", "review",
    ]),
    g("occurred", 2, &[
        "hände", "hänt", "händer", "inträffade", "inträffat", "skedde", "skett", "skick*", "mejlade", "mailade",
        "faxade",
        "faxat", "bifogade", "bifogat", "glömde", "glömt", "bröt", "stals", "stulen", "stulits", "stal", "tappade",
        "tappat",
        "förlorade", "blev av med", "publicerade*", "publicerat*", "laddade upp", "lade upp", "la upp", "lade ut",
        "la ut",
        "delade", "delades", "skrev ut", "skrevs ut", "skrivits ut", "raderade", "raderades", "raderats", "försvann",
        "sedan", "råkade", "missade", "läckte", "hackades", "loggade in", "kom åt", "fick åtkomst", "lämnade", "lämnat",
        "pågick", "började", "vidarebefordrade*", "gjordes", "drabbades", "utsattes", "blev utsatt*", "utsatta för",
        "was hit", "were hit", "got hit",
        "happened", "occurred", "sent", "emailed", "mailed", "faxed", "attached", "stolen", "stole", "lost", "broke",
        "uploaded", "published", "posted", "shared", "printed", "deleted", "forgot", "left", "dropped", "misplaced",
        "hacked",
        "leaked", "since", "was taken", "went missing", "began", "started", "fell for", "logged in",
    ]),
    g("occurred", 1, &[
        "inbrott*", "*inbrott", "stöld*", "*utskrift*", "*utskick*", "uppdatering*", "*uppdatering*", "uppgradering*",
        "*uppgradering*", "update", "upgrade", "break-in", "theft", "phishing", "nätfiske*",
    ]),
    g("ended", 2, &[
        "åtgärdades", "åtgärdats", "stängdes", "stängde", "togs bort", "tog bort", "tog ner", "togs ner",
        "avpublicerade*",
        "upphörde", "stoppades", "stoppade", "spärrades", "spärrade", "until", "removed", "taken down", "took down",
        "fixed",
        "stopped", "ended", "closed", "blocked",
    ]),
];

/// Words for now: `now` dates a discovery ("upptäckte det nu"); `just` also dates an event
/// ("skickade nyss", "I just sent").
pub const NOW_WORD: &[Group] = &[
    g("now", 1, &["nu", "idag", "i dag", "imorse", "i morse", "today", "right now"]),
    g("just", 1, &[
        "nyss", "precis", "just", "just now", "alldeles nyss", "a moment ago", "a minute ago", "minutes ago",
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
        // The search or the investigation going on is not the incident going on.
        "!*sökning* ~ pågår*", "!*utredning* ~ pågår*", "!*arbete* ~ pågår*", "!*undersökning* ~ pågår*",
        "!*granskning* ~ pågår*", "!investigation ~ ongoing", "!search ~ ongoing",
    ]),
    // Enough in a reply to "Pågår incidenten fortfarande?", too vague in a report.
    g("true", 1, &["fortfarande", "still", "pågår", "pågående", "ongoing", "ja den pågår", "än så länge"]),
    g("false", 3, &[
        "åtgärdat*", "åtgärdad*", "åtgärdades", "stoppat*", "stoppad*", "stoppades", "borttagen", "borttaget",
        "borttagna",
        "tagits bort", "togs bort", "tog bort", "tog ner", "tagits ner", "togs ner", "avpublicer*", "fixat*", "fixad*",
        "är löst", "har lösts", "löstes", "upphört", "upphörde", "inte längre", "ej längre",
        "spärrad*", "spärrades", "återkallat*", "fick tillbaka", "fått tillbaka", "har flyttat", "flyttat dem",
        "flyttats",
        "flyttades", "got it back", "moved them", "moved it", "no longer", "has been fixed", "was fixed", "fixed",
        "removed", "taken down",
        "took down", "stopped", "resolved", "is over", "ended", "was blocked", "has been blocked",
    ]),
];

pub const ENCRYPTION: &[Group] = &[
    g("true", 1, &[
        "krypter*", "bitlocker", "filevault", "encrypted", "encryption", "diskkryptering*", "hårddiskkryptering*",
        "!krypterades av", "!krypterats av", "!krypterade av", "!krypterad av", "!krypterat av", "!krypterade ~ filer*",
        "!encrypted by", "!encrypted the", "!*ransomware*",
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
])];

/// `occurred_at`, `discovered_at`, `data_subjects_count`, `encrypted`: phrases that say the text
/// does not know the value.
pub const UNKNOWN: &[Group] = &[
    g("occurred_at", 1, &[
        "vet inte när", "vet ej när", "oklart när", "osäkert när", "okänt när", "vet inte exakt när",
        "inte säker på när",
        "don't know when", "do not know when", "not sure when", "unclear when", "unknown when",
    ]),
    g("data_subjects_count", 1, &[
        "vet inte hur många", "vet ej hur många", "oklart hur många", "okänt hur många", "osäkert hur många",
        "don't know how many", "do not know how many", "not sure how many", "unclear how many",
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
        "individers", "barn", "barns", "*barn", "elev*", "*elever", "*elev", "klient*",
        "*klienter", "brukare*", "patient*", "*patienter", "anställda", "anställdas", "medarbetare*", "ungdom*",
        "deltagare*",
        "vårdnadshavare*", "föräldrar*", "medborgare*", "*invånare*", "invånare*", "sökande", "kunder*", "användare*",
        "studenter*", "studerande", "boende", "hyresgäst*", "omsorgstagare*", "vårdtagare*", "kollegor*", "medlemmar*",
        "registrerade", "män", "kvinnor", "flickor", "pojkar", "tjejer", "killar", "lärare", "pedagoger", "chefer",
        "handläggare", "sjuksköterskor", "familjer", "hushåll", "people", "persons", "person", "individuals",
        "children",
        "child", "kids", "pupils", "pupil", "students", "patients", "patient", "clients", "client", "employees",
        "staff",
        "users", "customers", "residents", "members", "parents", "guardians", "citizens", "applicants", "participants",
        "families", "households", "colleagues", "teachers", "youths", "minors", "teenagers", "child's", "children's",
        "pupil's", "patient's", "client's", "person's", "student's", "colleague", "colleague's", "kollega", "kollegas",
        "kollegan", "kollegans", "granne", "grannes", "grannar", "syskon", "syskonen", "bröder",
        "systrar", "söner", "döttrar", "siblings",
    ]),
    g("record", 2, &[
        "journal*", "*journaler", "*journal", "akter", "*akter", "utredning*", "*utredningar", "*utredning", "ärenden",
        "*ärenden", "anmälningar", "*anmälningar", "ansökningar", "*ansökningar", "lönespecifikationer", "lönebesked",
        "elevakter", "case files", "case notes", "files", "cases",
    ]),
    g("recipient", 1, &["mottagare*", "adressater", "recipients"]),
    g("data", 1, &["poster", "dataposter", "uppgifter", "rader", "records", "entries", "rows", "data records"]),
];

pub const COUNT_MODIFIER: &[Group] = &[g("modifier", 1, &[
    "olika", "st", "st.", "stycken", "styck", "aktuella", "berörda", "drabbade", "enskilda", "andra", "nya", "unika",
    "inskrivna", "befintliga", "tidigare", "nuvarande", "namngivna", "identifierbara", "sådana", "våra", "vår", "deras",
    "different", "affected", "other", "individual", "our", "their", "current", "former", "young", "new", "unique",
    "named",
    "separate", "distinct", "registered",
])];

pub const APPROX: &[Group] = &[g("approx", 1, &[
    "ca", "ca.", "c:a", "cirka", "circa", "ungefär", "ungefärligen", "runt", "omkring", "kring", "drygt", "knappt",
    "närmare", "nästan", "uppskattningsvis", "uppemot", "upp emot", "about", "around", "approximately", "approx",
    "approx.", "roughly", "nearly", "almost", "some", "runt om", "typ", "cirkus", "runtom", "kanske", "maybe",
    "perhaps", "estimated",
])];

pub const AT_LEAST: &[Group] = &[g("at_least", 1, &[
    "fler än", "mer än", "över", "flera än", "minst", "more than", "over", "at least", "upwards of", "above",
])];

/// Vague quantities: "1-10" is the first IMY band, "101-1000" the third, and so on.
pub const QUANTITY: &[Group] = &[
    g("1-10", 1, &[
        "ett fåtal", "fåtal", "några få", "några stycken", "ett par", "några", "a few", "a couple", "a couple of",
        "few",
    ]),
    g("101-1000", 1, &["hundratals", "flera hundra", "några hundra", "hundreds", "several hundred", "a few hundred"]),
    g("1001-10000", 1, &["tusentals", "flera tusen", "några tusen", "thousands", "several thousand", "a few thousand"]),
    g("10001-100000", 1, &["tiotusentals", "tens of thousands"]),
];

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

/// Nouns for staff that, counted, say who the data subjects are.
pub const EMPLOYEE_NOUNS: &[&str] =
    &["anställda", "medarbetare", "kollegor", "employees", "staff", "colleagues", "lärare", "teachers", "chefer"];

/// Words after which "en klient", "ett barn" is the person the data are about: exactly one.
pub const ABOUT_SOMEONE: &[&str] = &[
    "om", "gällande", "gällde", "gäller", "rörande", "avseende", "angående", "kring", "för", "about", "regarding",
    "concerning",
    // The one seen: "där man ser en elev".
    "ser", "syns", "visar", "visas", "see", "shows", "showing",
];

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
    "million", "dozen", "ett*", "tiot*",
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
    c.is_alphanumeric()
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

fn push_lower(s: &mut String, c: char) {
    if c.is_ascii() {
        s.push(c.to_ascii_lowercase());
    } else {
        s.extend(c.to_lowercase());
    }
}

/// Whether the text between two tokens ends a sentence, or a clause.
fn gap_breaks(gap: &str, prev_word: Option<&str>) -> (bool, bool) {
    let mut sentence = false;
    let mut clause = false;
    let bytes = gap.as_bytes();
    for (k, &b) in bytes.iter().enumerate() {
        match b {
            b'!' | b'?' | b';' | b'\n' => sentence = true,
            // A full stop ends a sentence unless it closes an abbreviation ("kl. 15", "ca. 40").
            b'.' if k == 0 && prev_word.is_some_and(|w| ABBREVIATIONS.contains(&w)) => {}
            b'.' => sentence = true,
            b',' | b':' | b'(' | b')' | b'"' | b'[' | b']' => clause = true,
            _ => {}
        }
    }
    // Dashes used as punctuation (" - ", "–", "—") also end a clause.
    if gap.contains('–') || gap.contains('—') || gap.contains(" - ") {
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

/// Every table compiled once: exact first words in one map, and stems and compound parts by
/// their first three bytes, so that one pass over the tokens finds every term.
struct Matcher {
    patterns: Vec<Pattern>,
    exact: HashMap<&'static str, Vec<u32>, Fx>,
    /// Prefix, suffix and contains patterns by the first three bytes of their fixed text.
    by_key: HashMap<[u8; 3], Vec<u32>, Fx>,
    /// A bit for each pair of first two bytes of a key in `by_key`: most positions in a word
    /// start no key, and this rejects them without hashing.
    pairs: Vec<u64>,
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

impl Matcher {
    fn get() -> &'static Matcher {
        static MATCHER: OnceLock<Matcher> = OnceLock::new();
        MATCHER.get_or_init(Matcher::build)
    }

    fn build() -> Matcher {
        let mut m = Matcher {
            patterns: Vec::new(),
            exact: HashMap::default(),
            by_key: HashMap::default(),
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
                    match parts.first() {
                        Some(Part::Exact(w)) => m.exact.entry(w).or_default().push(idx),
                        Some(Part::Prefix(s) | Part::Suffix(s) | Part::Contains(s)) => match key3(s) {
                            Some(k) => {
                                m.by_key.entry(k).or_default().push(idx);
                                let (word, bit) = pair_bit(k[0], k[1]);
                                m.pairs[word] |= bit;
                            }
                            // Too short to index: a build defect, caught by the lexicon tests.
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
            Part::Prefix(s) => at == 0 && word.starts_with(s),
            Part::Suffix(s) => at + s.len() == word.len() && word[at..].starts_with(s),
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
        let mut hits = Vec::new();
        let mut exceptions = Vec::new();
        let mut seen: Vec<u32> = Vec::new();
        for i in 0..tokens.len() {
            let word = tokens.word(i);
            seen.clear();
            let mut consider = |idx: u32, at: usize, first_checked: bool, seen: &mut Vec<u32>| {
                if seen.contains(&idx) {
                    return;
                }
                let p = &self.patterns[idx as usize];
                if !first_checked && !Self::first_matches(&p.parts[0], word, at) {
                    return;
                }
                if let Some(last) = Self::rest_matches(tokens, &p.parts[1..], i) {
                    seen.push(idx);
                    let hit = Hit { table: p.table, id: p.id, weight: p.weight, first: i, last };
                    if p.exception { exceptions.push(hit) } else { hits.push(hit) }
                }
            };
            if let Some(list) = self.exact.get(word) {
                for &idx in list {
                    consider(idx, 0, true, &mut seen);
                }
            }
            let bytes = word.as_bytes();
            for at in 0..bytes.len().saturating_sub(2) {
                let (pw, bit) = pair_bit(bytes[at], bytes[at + 1]);
                if self.pairs[pw] & bit == 0 || !word.is_char_boundary(at) {
                    continue;
                }
                if let Some(list) = self.by_key.get(&[bytes[at], bytes[at + 1], bytes[at + 2]]) {
                    for &idx in list {
                        consider(idx, at, false, &mut seen);
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
