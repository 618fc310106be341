//! The app's routes. Guidance pages may link only to these and to each other; the app's router
//! serves the same paths.

pub const HOME: &str = "/";
pub const GUIDANCE: &str = "/guidance";
pub const SEARCH: &str = "/search";
pub const WHERE_TO_GO: &str = "/where-to-go";
pub const FIVE_A_DAY: &str = "/five-a-day";
pub const SERVICES: &str = "/services";
pub const PRIVACY: &str = "/privacy";
pub const ACCESSIBILITY: &str = "/accessibility";
pub const PRACTICE_STAFF: &str = "/practice-staff";
pub const QUICK_REFERENCE: &str = "/practice-staff/quick-reference";
pub const CARERS: &str = "/carers";

/// Every fixed route; guidance pages live under `/guidance/<slug>`.
pub const ALL: [&str; 11] = [
    HOME,
    GUIDANCE,
    SEARCH,
    WHERE_TO_GO,
    FIVE_A_DAY,
    SERVICES,
    PRIVACY,
    ACCESSIBILITY,
    PRACTICE_STAFF,
    QUICK_REFERENCE,
    CARERS,
];

pub fn guidance_page(slug: &str) -> String {
    format!("{GUIDANCE}/{slug}")
}

/// A view of the five-a-day tracker: `history` or `your-data`.
pub fn five_a_day_page(view: &str) -> String {
    format!("{FIVE_A_DAY}/{view}")
}

/// A service's own page.
pub fn service_page(id: &str) -> String {
    format!("{SERVICES}/{id}")
}
