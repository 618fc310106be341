//! The site as HTML: the pages written at build time, the pieces the app shows as they are, and
//! publishing a built site with its service worker and security policy.

pub mod service;

/// The id of the questions' first form, which is written into the page (`pages`) and drawn by
/// the app: the app takes over a form it finds under the same id, with what was ticked in it.
pub const RED_FLAG_FORM: &str = "red-flags";

#[cfg(feature = "authoring")]
pub mod pages;
#[cfg(feature = "authoring")]
pub mod publish;
#[cfg(feature = "authoring")]
pub mod stylesheet;
