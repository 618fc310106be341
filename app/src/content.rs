//! The content compiled at build time (see build.rs): a few statics, the rule set and the
//! services directory as JSON read once on first use; and the clock. Content pages and the
//! search index are separate files, fetched when needed (see `fetch`).

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

pub fn rules() -> &'static RuleSet {
    static RULES: OnceLock<RuleSet> = OnceLock::new();
    RULES.get_or_init(|| {
        serde_json::from_str(include_str!(concat!(env!("OUT_DIR"), "/rules.json")))
            .expect("build.rs wrote a valid rule set")
    })
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
