//! The content compiled at build time (see build.rs): a few statics and the services directory in
//! binary form (`fetch::read_binary`), read once on first use; the rule set and the part of it a
//! view starts from, each fetched and read once; and the clock. Content pages and the search index are separate files too, fetched when needed (see
//! `fetch`).

use crate::fetch::{self, FetchFailed};
use navigator_core::directory::{Directory, Service};
use navigator_core::routes::RulesNeeded;
use navigator_core::signpost::RuleSet;
use std::sync::OnceLock;

include!(concat!(env!("OUT_DIR"), "/site.rs"));

/// Ideas for one of the five ways, from its guidance page.
pub fn ideas(way: navigator_core::wellbeing::Way) -> &'static [&'static str] {
    IDEAS
        .iter()
        .find(|(id, _)| *id == way.id())
        .map_or(&[], |(_, ideas)| ideas)
}

/// The title of a guide that an outcome links to.
pub fn guide_title(slug: &str) -> Option<&'static str> {
    GUIDES
        .iter()
        .find(|(guide, _)| *guide == slug)
        .map(|(_, title)| *title)
}

/// An Easy Read picture's text alternative. Every picture the rules and the tracker use is
/// checked at build time, so an unknown id is a bug; it gets an empty text rather than a panic.
pub fn pictogram_alt(id: &str) -> &'static str {
    PICTOGRAMS
        .iter()
        .find(|(pictogram, _)| *pictogram == id)
        .map_or("", |(_, alt)| *alt)
}

static RULE_SET: OnceLock<RuleSet> = OnceLock::new();
static START: OnceLock<RuleSet> = OnceLock::new();

/// Starts downloading the whole rule set, kept until it is read. Reading it holds the main
/// thread for a moment, which is better spent when a problem's questions are needed than while
/// the page is starting.
pub fn prefetch_rules() {
    wasm_bindgen_futures::spawn_local(async {
        if let Ok(bytes) = fetch::download(RULES).await {
            // Unless a problem's questions were waiting for it and have read it already.
            if RULE_SET.get().is_none() {
                fetch::remember(RULES, bytes);
            }
        }
    });
}

/// Fetches (unless [`prefetch_rules`] has) and reads the whole rule set, once a visit. It is a
/// file of its own, not part of the app, so only the views that use it download it.
pub async fn load_rules() -> Result<&'static RuleSet, FetchFailed> {
    if let Some(rules) = RULE_SET.get() {
        return Ok(rules);
    }
    let bytes = fetch::file(RULES).await?;
    fetch::forget(RULES);
    if let Some(rules) = RULE_SET.get() {
        return Ok(rules);
    }
    let rules = fetch::read_binary(&bytes)?;
    Ok(RULE_SET.get_or_init(|| rules))
}

/// Fetches and reads what of the rule set the page's view needs to start (`Route::rules_needed`),
/// a small part of the whole, which the page fetches beside the app.
pub async fn load_start(needed: RulesNeeded) -> Result<(), FetchFailed> {
    let path = match needed {
        RulesNeeded::Nothing => return Ok(()),
        RulesNeeded::Signs => RULES_SIGNS,
        RulesNeeded::Opening => RULES_OPENING,
    };
    fetch::read_once(&START, path, fetch::read_binary)
        .await
        .map(drop)
}

/// Whether the whole rule set has been read, not only what the view started from.
pub fn have_whole_rules() -> bool {
    RULE_SET.get().is_some()
}

/// The whole rule set if it has been read, or else the part the view started from: it starts
/// only once it has what it needs ([`RulesNeeded`]), and the journey waits for the whole set
/// before it needs more.
pub fn rules() -> &'static RuleSet {
    RULE_SET
        .get()
        .or_else(|| START.get())
        .expect("the questions start after the rules they need are read")
}

pub fn directory() -> &'static Directory {
    static DIRECTORY: OnceLock<Directory> = OnceLock::new();
    DIRECTORY.get_or_init(|| {
        fetch::read_binary(include_bytes!(concat!(env!("OUT_DIR"), "/directory.bin")))
            .expect("build.rs wrote a valid directory")
    })
}

pub fn service(id: &str) -> Option<&'static Service> {
    directory().service(id)
}

/// The time now in Europe/London, from the browser's clock.
pub fn now() -> navigator_core::LondonTime {
    navigator_core::LondonTime::from_unix_millis(js_sys::Date::now() as i64)
}
