//! The site as published: what publishing needs to know of each page, and publishing a built
//! site with its service worker and security policy. The pages' markup is the app's components,
//! rendered at build time by navigator-site.

/// The id of the questions' first form, which is written into the page and drawn by the app: the
/// app takes over a form it finds under the same id, with what was ticked in it.
pub const RED_FLAG_FORM: &str = "red-flags";

/// The id of care navigation's first form, the reason for contact, which is written into its page
/// and drawn by the app, taken over as [`RED_FLAG_FORM`] is.
pub const REASON_FORM: &str = "reason-search";

/// The class of the element that holds a place's "open now" tag. It is empty in a page as
/// written, because it depends on the time the page is read; the app fills it in, so a page
/// with one starts the app.
pub const OPEN_NOW_CLASS: &str = "kmcn-open-now";

/// The id of the field of search's page, which the app fills with the words searched for.
pub const SEARCH_FIELD: &str = "search-page-field";

/// The id of the empty element in search's page where the app says what it is doing and how
/// many pages the words found: a live region that stays, so a screen reader hears each change.
pub const SEARCH_STATUS: &str = "search-status";

/// The id of the empty element in search's page where the app offers the questions about the
/// words searched for and lists the guidance pages found.
pub const SEARCH_RESULTS: &str = "search-results";

/// The id of Find a service's "Type of service" filter, written into its page; the app answers
/// it, as it does the two below.
pub const KIND_FILTER: &str = "filter-kind";
/// The id of Find a service's "Area" filter.
pub const AREA_FILTER: &str = "filter-area";
/// The id of Find a service's "Open now" box.
pub const OPEN_FILTER: &str = "filter-open";

/// The id of Find a service's count of the places listed, which the app keeps up to date.
pub const SERVICES_COUNT: &str = "services-count";

/// The id of Find a service's list: every place as written, those that match once the app runs.
pub const SERVICES_LIST: &str = "services-list";

/// The class of the empty element in each of Find a service's places where the app says how far
/// away it is.
pub const DISTANCE_CLASS: &str = "kmcn-distance";

#[cfg(feature = "authoring")]
pub mod page;
#[cfg(feature = "authoring")]
pub mod publish;
#[cfg(feature = "authoring")]
pub mod stylesheet;
