//! The site as published: what publishing needs to know of each page, and publishing a built
//! site with its service worker and security policy. The pages' markup is the app's components,
//! rendered at build time by navigator-site.

/// The id of the questions' first form, which is written into the page and drawn by the app: the
/// app takes over a form it finds under the same id, with what was ticked in it.
pub const RED_FLAG_FORM: &str = "red-flags";

/// The class of the element that holds a place's "open now" tag. It is empty in a page as
/// written, because it depends on the time the page is read; the app fills it in, so a page
/// with one starts the app.
pub const OPEN_NOW_CLASS: &str = "kmcn-open-now";

/// The id of the field of search's page, which the app fills with the words searched for.
pub const SEARCH_FIELD: &str = "search-page-field";

/// The id of the empty element in search's page where the app offers the questions about the
/// words searched for.
pub const SEARCH_PROBLEMS: &str = "search-problems";

/// The id of the empty element in search's page where the app lists the guidance pages found.
pub const SEARCH_RESULTS: &str = "search-results";

#[cfg(feature = "authoring")]
pub mod page;
#[cfg(feature = "authoring")]
pub mod publish;
#[cfg(feature = "authoring")]
pub mod stylesheet;
