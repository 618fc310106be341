//! Everything the Kent & Medway Care Navigator decides without a browser: the signposting rules
//! and engine, the services directory, the wellbeing tracker model and (with the `authoring`
//! feature) the pipeline that turns authored content into checked, safe data for the app.

// Every public item says what it is for; `make test` runs clippy with warnings as errors.
#![warn(missing_docs)]

pub mod date;
pub mod diagnostic;
pub mod directory;
pub mod fingerprint;
pub mod html;
pub mod preferences;
pub mod routes;
pub mod search;
pub mod short_sort;
pub mod signpost;
pub mod site;
pub mod source;
pub mod wellbeing;

#[cfg(feature = "authoring")]
pub mod bundle;
#[cfg(feature = "authoring")]
pub mod content;
#[cfg(feature = "authoring")]
pub mod easy_read;
#[cfg(feature = "authoring")]
pub mod toml_source;

pub use date::{Date, LondonTime};
pub use diagnostic::Diagnostic;
pub use source::{Review, Source};
