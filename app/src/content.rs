//! The content compiled at build time (see build.rs): the list of content pages as statics, the
//! rule set and the services directory as JSON read once on first use; and the clock. The pages'
//! HTML and the search index are separate files, fetched when needed (see `fetch`).

use navigator_core::directory::{Directory, Service};
use navigator_core::signpost::RuleSet;
use std::sync::OnceLock;

/// A content page: the app shows its HTML, written at build time, as it is.
pub struct Fragment {
    /// Its address, such as `/guidance/flu`; `/404` for the page shown for unknown addresses.
    pub route: &'static str,
    pub title: &'static str,
    /// Where its HTML is fetched from, under a fingerprinted name.
    pub path: &'static str,
}

include!(concat!(env!("OUT_DIR"), "/site.rs"));

/// Ideas for one of the five ways, from its guidance page.
pub fn ideas(way: navigator_core::wellbeing::Way) -> &'static [&'static str] {
    IDEAS
        .iter()
        .find(|(id, _)| *id == way.id())
        .map_or(&[], |(_, ideas)| ideas)
}

/// The content page at `route`, if there is one.
pub fn fragment(route: &str) -> Option<&'static Fragment> {
    FRAGMENTS.iter().find(|fragment| fragment.route == route)
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
