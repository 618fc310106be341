//! The content compiled at build time (see build.rs): a few statics and the services directory as
//! JSON read once on first use; the rule set, fetched and read once; and the clock. Content pages
//! and the search index are separate files too, fetched when needed (see `fetch`).

use crate::fetch::{self, FetchFailed};
use navigator_core::directory::{Directory, Service};
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

/// Fetches and reads the rule set, once a visit. It is a file of its own, not part of the app,
/// so only the parts that use it download it; the questions' pages fetch it beside the app.
pub async fn load_rules() -> Result<&'static RuleSet, FetchFailed> {
    fetch::read_once(&RULE_SET, RULES).await
}

/// Gives the rule set to the build machine, which renders the questions' first screen into the
/// page as written (navigator-site), where there is nothing to fetch.
#[cfg(not(target_arch = "wasm32"))]
pub fn provide_rules(rules: &RuleSet) {
    let _ = RULE_SET.set(rules.clone());
}

/// The rule set, once [`load_rules`] has read it: the questions start only after that.
pub fn rules() -> &'static RuleSet {
    RULE_SET
        .get()
        .expect("the questions start after the rule set is read")
}

pub fn directory() -> &'static Directory {
    static DIRECTORY: OnceLock<Directory> = OnceLock::new();
    DIRECTORY.get_or_init(|| {
        serde_json::from_str(include_str!(concat!(env!("OUT_DIR"), "/directory.json")))
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
