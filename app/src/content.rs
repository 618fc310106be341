//! The content compiled at build time (see build.rs): the guidance page list and index as
//! statics, the rule set and the services directory as JSON read once on first use; and the clock.
//! Page bodies and the search index are separate files, fetched when needed (see `fetch`).

use navigator_core::directory::{Directory, Service};
use navigator_core::signpost::RuleSet;
use std::sync::OnceLock;

/// A guidance page as the first download knows it: enough to list and title it.
pub struct Page {
    pub slug: &'static str,
    pub title: &'static str,
    pub summary: &'static str,
    pub last_reviewed: &'static str,
    pub next_review: &'static str,
    /// Slugs of pages to suggest next.
    pub related: &'static [&'static str],
    /// Where the body and its sources are served from: safe HTML rendered at build time.
    pub body: &'static str,
}

/// A group of pages on the guidance index.
pub struct Section {
    pub title: &'static str,
    pub summary: &'static str,
    pub pages: &'static [&'static str],
}

include!(concat!(env!("OUT_DIR"), "/guidance.rs"));

/// Ideas for one of the five ways, from its guidance page.
pub fn ideas(way: navigator_core::wellbeing::Way) -> &'static [&'static str] {
    IDEAS
        .iter()
        .find(|(id, _)| *id == way.id())
        .map_or(&[], |(_, ideas)| ideas)
}

pub fn page(slug: &str) -> Option<&'static Page> {
    PAGES.iter().find(|page| page.slug == slug)
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
