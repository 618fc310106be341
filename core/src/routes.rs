//! The app's routes. Guidance pages may link only to these and to each other; the app's router
//! serves the same paths.

pub const HOME: &str = "/";
pub const GUIDANCE: &str = "/guidance";
pub const SEARCH: &str = "/search";

/// The address of a search for `query`, already encoded for an address. The words go in the
/// fragment, which browsers never send: a search stays on the device even when the page is
/// reloaded, and never reaches the host's logs.
pub fn search_for(encoded_query: &str) -> String {
    format!("{SEARCH}#q={encoded_query}")
}

/// The query in a search address's fragment (`#q=...`), still encoded.
pub fn query_in_fragment(fragment: &str) -> Option<&str> {
    fragment.trim_start_matches('#').strip_prefix("q=")
}
pub const WHERE_TO_GO: &str = "/where-to-go";
pub const FIVE_A_DAY: &str = "/five-a-day";
pub const SERVICES: &str = "/services";
pub const PRIVACY: &str = "/privacy";
pub const ACCESSIBILITY: &str = "/accessibility";
pub const PRACTICE_STAFF: &str = "/practice-staff";
pub const QUICK_REFERENCE: &str = "/practice-staff/quick-reference";
pub const EASY_READ_CARDS: &str = "/practice-staff/easy-read";
pub const CARERS: &str = "/carers";

/// Every fixed route; guidance pages live under `/guidance/<slug>`.
pub const ALL: [&str; 12] = [
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
    EASY_READ_CARDS,
    CARERS,
];

pub fn guidance_page(slug: &str) -> String {
    format!("{GUIDANCE}/{slug}")
}

/// Where an Easy Read picture is served: `navigator publish` copies each drawing there.
pub fn pictogram(id: &str) -> String {
    format!("/pictograms/{id}.svg")
}

/// The picture that marks Easy Read itself: on the switch and on a page's link to its version.
pub const EASY_READ_SYMBOL: &str = "learn";

/// A picture as HTML, `size` pixels square. Beside text that says the same, give `alt` empty.
pub fn pictogram_img(id: &str, alt: &str, size: u32) -> String {
    format!(
        "<img class=\"kmcn-pictogram\" src=\"{}\" alt=\"{}\" width=\"{size}\" height=\"{size}\">",
        pictogram(id),
        crate::html::escape(alt)
    )
}

/// A view of the five-a-day tracker: `history` or `your-data`.
pub fn five_a_day_page(view: &str) -> String {
    format!("{FIVE_A_DAY}/{view}")
}

/// A service's own page.
pub fn service_page(id: &str) -> String {
    format!("{SERVICES}/{id}")
}

/// The parts the browser app is built in. Each is its own WebAssembly binary
/// (`app/src/bin/<binary>.rs`), so a page downloads only the views it can show; following a link
/// to another part's route loads that route's page, which starts its part.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AppPart {
    /// The questions and care navigation, which share the rules: `/where-to-go` and
    /// `/practice-staff/...`.
    Questions,
    /// Five a day for the mind: `/five-a-day/...`.
    Tracker,
    /// Everything else: content pages (and, offline, any page from its fragment), services with
    /// their opening times, and search.
    Pages,
}

impl AppPart {
    pub const ALL: [AppPart; 3] = [AppPart::Questions, AppPart::Tracker, AppPart::Pages];

    /// The binary's name, which trunk also puts at the start of its file names.
    pub fn binary(self) -> &'static str {
        match self {
            AppPart::Questions => "questions",
            AppPart::Tracker => "tracker",
            AppPart::Pages => "pages",
        }
    }

    /// The part that draws the page at `route`.
    pub fn of(route: &str) -> AppPart {
        let within = |section: &str| {
            route == section
                || route
                    .strip_prefix(section)
                    .is_some_and(|rest| rest.starts_with('/'))
        };
        if within(WHERE_TO_GO) || within(PRACTICE_STAFF) {
            AppPart::Questions
        } else if within(FIVE_A_DAY) {
            AppPart::Tracker
        } else {
            AppPart::Pages
        }
    }
}

/// The route of the page shown for an address the site does not have.
pub const NOT_FOUND: &str = "/404";

/// Where the HTML of the content page at `route` is served from, relative to the site root. The
/// app works this out from the address alone, so it carries no list of pages and its size does
/// not grow with the library.
pub fn fragment_path(route: &str) -> String {
    match route.strip_prefix("/guidance/") {
        Some(slug) => format!("content/guidance/{slug}.html"),
        None => {
            let name = match route.trim_matches('/') {
                "" => "home".to_string(),
                "404" => "not-found".to_string(),
                path => path.replace('/', "-"),
            };
            format!("content/pages/{name}.html")
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_search_is_kept_in_the_fragment() {
        assert_eq!(search_for("chest%20pain"), "/search#q=chest%20pain");
        assert_eq!(query_in_fragment("#q=chest%20pain"), Some("chest%20pain"));
        assert_eq!(query_in_fragment("#other"), None);
    }

    #[test]
    fn each_route_belongs_to_the_part_of_the_app_that_draws_it() {
        assert_eq!(AppPart::of(WHERE_TO_GO), AppPart::Questions);
        assert_eq!(AppPart::of(QUICK_REFERENCE), AppPart::Questions);
        assert_eq!(AppPart::of(EASY_READ_CARDS), AppPart::Questions);
        assert_eq!(AppPart::of(FIVE_A_DAY), AppPart::Tracker);
        assert_eq!(AppPart::of(&five_a_day_page("history")), AppPart::Tracker);
        assert_eq!(AppPart::of("/five-a-day-extra"), AppPart::Pages);
        for route in [HOME, GUIDANCE, SEARCH, SERVICES, CARERS, PRIVACY, NOT_FOUND] {
            assert_eq!(AppPart::of(route), AppPart::Pages, "{route}");
        }
        assert_eq!(AppPart::of(&service_page("miu-sheppey")), AppPart::Pages);
        assert_eq!(AppPart::of(&guidance_page("flu")), AppPart::Pages);
    }

    #[test]
    fn each_content_page_has_its_own_fragment() {
        assert_eq!(fragment_path("/guidance/flu"), "content/guidance/flu.html");
        assert_eq!(fragment_path("/"), "content/pages/home.html");
        assert_eq!(fragment_path(NOT_FOUND), "content/pages/not-found.html");
        assert_eq!(
            fragment_path("/services/miu-sheppey"),
            "content/pages/services-miu-sheppey.html"
        );
        assert_eq!(fragment_path("/privacy"), "content/pages/privacy.html");
    }
}
