//! What the benchmarks load: the authored content, found as `navigator` finds it.

// Each benchmark uses some of these.
#![allow(dead_code)]

use navigator_core::bundle::{self, Bundle};
use navigator_core::signpost::{self, Locations, RuleSet};
use navigator_core::{diagnostic, Date};
use std::path::PathBuf;

/// NAVIGATOR_CONTENT, else the workspace's content/ (cargo runs benchmarks in core/).
pub fn content() -> PathBuf {
    std::env::var_os("NAVIGATOR_CONTENT")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../content"))
}

/// The day the checks run as: NAVIGATOR_TODAY, else today in London.
pub fn today() -> Date {
    Date::today().expect("NAVIGATOR_TODAY is a date")
}

/// All the content, loaded and checked.
pub fn bundle() -> Bundle {
    bundle::load(&content(), today())
        .unwrap_or_else(|errors| panic!("{}", diagnostic::report(&errors)))
}

/// The rule set alone, with where each part was written.
pub fn rules() -> (RuleSet, Locations) {
    signpost::load_dir(&content().join("signposting"))
        .unwrap_or_else(|errors| panic!("{}", diagnostic::report(&errors)))
}
