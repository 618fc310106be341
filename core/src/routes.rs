//! The site's addresses, in one table ([`Route`]). Guidance pages may link only to these and to
//! each other; the app's routers serve the same paths.

/// The home page.
pub const HOME: &str = Route::Home.path();
/// The guidance index; each guidance page is under it ([`guidance_page`]).
pub const GUIDANCE: &str = Route::Guidance.path();
/// Search; the words are in the address's fragment ([`query_in_fragment`]).
pub const SEARCH: &str = Route::Search.path();
/// The questions, which name the right service.
pub const WHERE_TO_GO: &str = Route::WhereToGo.path();
/// The five-a-day tracker's first view; its others are [`Route::FiveADayHistory`] and
/// [`Route::FiveADayData`].
pub const FIVE_A_DAY: &str = Route::FiveADay.path();
/// Find a service; each service's page is under it ([`service_page`]).
pub const SERVICES: &str = Route::Services.path();
/// The privacy statement.
pub const PRIVACY: &str = Route::Privacy.path();
/// The accessibility statement.
pub const ACCESSIBILITY: &str = Route::Accessibility.path();
/// Care navigation, for practice staff.
pub const PRACTICE_STAFF: &str = Route::PracticeStaff.path();
/// The printable quick reference of self-referral routes, for practice staff.
pub const QUICK_REFERENCE: &str = Route::QuickReference.path();
/// Every Easy Read outcome card, for practice staff to print or show.
pub const EASY_READ_CARDS: &str = Route::EasyReadCards.path();
/// The carers' hub.
pub const CARERS: &str = Route::Carers.path();
/// The route of the page shown for an address the site does not have.
pub const NOT_FOUND: &str = Route::NotFound.path();

/// The query in a search address's fragment (`#q=...`), still encoded. The words go in the
/// fragment (`public/site.mjs` sends them there), which browsers never send: a search stays on
/// the device even when the page is reloaded, and never reaches the host's logs.
pub fn query_in_fragment(fragment: &str) -> Option<&str> {
    fragment.trim_start_matches('#').strip_prefix("q=")
}

/// Every kind of page the site has: its address, its title, the part of the app that draws it and
/// how. The published pages (navigator-site's `pages`), each part's router (`app/src/lib.rs`) and the
/// end-to-end tests' list of pages (`navigator-site routes`) are all made from this one table.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Route {
    /// The home page: the site's three questions, as links.
    Home,
    /// The guidance index, by section.
    Guidance,
    /// A guidance page, at its slug.
    GuidancePage,
    /// The carers' hub.
    Carers,
    /// The privacy statement.
    Privacy,
    /// The accessibility statement.
    Accessibility,
    /// The page for an address the site does not have.
    NotFound,
    /// Find a service: every service, with filters and an order by distance.
    Services,
    /// A service's own page, at its id.
    ServicePage,
    /// Search of the guidance.
    Search,
    /// The questions: emergency signs first, then the problem, then the right service.
    WhereToGo,
    /// Care navigation, for practice staff: the same rules, with a script to read.
    PracticeStaff,
    /// The printable quick reference of self-referral routes by area, written at build time.
    QuickReference,
    /// Every outcome as an Easy Read card, written at build time.
    EasyReadCards,
    /// The tracker's today view.
    FiveADay,
    /// The tracker's look back over weeks and months.
    FiveADayHistory,
    /// The tracker's export, import and delete.
    FiveADayData,
}

/// How a route's page is drawn.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Drawing {
    /// Complete as written at build time; the app, when it runs, shows the same HTML or adds
    /// to it what only it can do (whether a place is open now, Find a service's filters and its
    /// order by distance).
    Written,
    /// One of the app's views: the page as written holds at most its first screen, and says what
    /// to do without the app.
    View,
}

impl Route {
    /// Every route, content pages first.
    pub const ALL: [Route; 17] = [
        Route::Home,
        Route::Guidance,
        Route::GuidancePage,
        Route::Carers,
        Route::Privacy,
        Route::Accessibility,
        Route::NotFound,
        Route::Services,
        Route::ServicePage,
        Route::Search,
        Route::WhereToGo,
        Route::PracticeStaff,
        Route::QuickReference,
        Route::EasyReadCards,
        Route::FiveADay,
        Route::FiveADayHistory,
        Route::FiveADayData,
    ];

    /// The address; a segment starting with `:` stands for any one segment (a page's slug or id).
    pub const fn path(self) -> &'static str {
        match self {
            Route::Home => "/",
            Route::Guidance => "/guidance",
            Route::GuidancePage => "/guidance/:slug",
            Route::Carers => "/carers",
            Route::Privacy => "/privacy",
            Route::Accessibility => "/accessibility",
            Route::NotFound => "/404",
            Route::Services => "/services",
            Route::ServicePage => "/services/:id",
            Route::Search => "/search",
            Route::WhereToGo => "/where-to-go",
            Route::PracticeStaff => "/practice-staff",
            Route::QuickReference => "/practice-staff/quick-reference",
            Route::EasyReadCards => "/practice-staff/easy-read",
            Route::FiveADay => "/five-a-day",
            Route::FiveADayHistory => "/five-a-day/history",
            Route::FiveADayData => "/five-a-day/your-data",
        }
    }

    /// The title the page opens with, before the site's name is added; `None` where each page
    /// has its own (a guidance page's, a service's name).
    pub const fn title(self) -> Option<&'static str> {
        Some(match self {
            Route::GuidancePage | Route::ServicePage => return None,
            Route::Home => "Get the right help in Kent and Medway",
            Route::Guidance => "Health guidance",
            Route::Carers => "Support for carers",
            Route::Privacy => "Privacy",
            Route::Accessibility => "Accessibility statement",
            Route::NotFound => "Page not found",
            Route::Services => "Find a service",
            Route::Search => "Search the guidance",
            Route::WhereToGo => "Find the right service",
            Route::PracticeStaff => "Care navigation",
            Route::QuickReference => "Quick reference for care navigation",
            Route::EasyReadCards => "Easy Read cards",
            Route::FiveADay => "Five a day for the mind",
            Route::FiveADayHistory => "Looking back",
            Route::FiveADayData => "Your data",
        })
    }

    /// The part of the app that draws the page.
    pub const fn part(self) -> AppPart {
        match self {
            Route::WhereToGo | Route::PracticeStaff => AppPart::Questions,
            Route::FiveADay | Route::FiveADayHistory | Route::FiveADayData => AppPart::Tracker,
            Route::Search => AppPart::Search,
            Route::Services => AppPart::Services,
            _ => AppPart::Pages,
        }
    }

    /// What of the rule set the page's view needs before it can start; the page fetches it
    /// beside the app.
    pub const fn rules_needed(self) -> RulesNeeded {
        match self {
            Route::WhereToGo => RulesNeeded::Signs,
            Route::PracticeStaff => RulesNeeded::Opening,
            _ => RulesNeeded::Nothing,
        }
    }

    /// How the page is drawn: as written, or by the app.
    pub const fn drawing(self) -> Drawing {
        match self {
            Route::Search
            | Route::WhereToGo
            | Route::PracticeStaff
            | Route::FiveADay
            | Route::FiveADayHistory
            | Route::FiveADayData => Drawing::View,
            _ => Drawing::Written,
        }
    }

    /// Whether `path` (an address's path, without query or fragment) is this route's. Empty
    /// segments are ignored, so `/guidance/` is the guidance index.
    pub fn matches(self, path: &str) -> bool {
        let mut segments = path.split('/').filter(|segment| !segment.is_empty());
        let mut pattern = self.path().split('/').filter(|segment| !segment.is_empty());
        loop {
            match (pattern.next(), segments.next()) {
                (None, None) => return true,
                (Some(wanted), Some(segment)) if wanted.starts_with(':') || wanted == segment => {}
                _ => return false,
            }
        }
    }

    /// The route whose page `path` is, if the site has one.
    pub fn of(path: &str) -> Option<Route> {
        Route::ALL.into_iter().find(|route| route.matches(path))
    }

    /// The addresses of the routes that are one page each (not a page per slug or id).
    pub fn fixed_paths() -> impl Iterator<Item = &'static str> {
        Route::ALL
            .into_iter()
            .map(Route::path)
            .filter(|path| !path.contains(':'))
    }
}

/// A guidance page's address.
pub fn guidance_page(slug: &str) -> String {
    format!("{GUIDANCE}/{slug}")
}

/// Where an Easy Read picture is served: `navigator-site publish` copies each drawing there.
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

/// A service's own page.
pub fn service_page(id: &str) -> String {
    format!("{SERVICES}/{id}")
}

/// The parts the browser app is built in. Each is its own WebAssembly binary
/// (`app/src/bin/<binary>.rs`), so a page downloads only the views it can show; following a link
/// to another part's route loads that route's page, which starts its part. A route's part is
/// [`Route::part`], except that a written page with a place's "open now" tag to fill in starts
/// [`AppPart::Services`] (`navigator_core::site::page::Page::app_part`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AppPart {
    /// The questions and care navigation, which share the rules: `/where-to-go` and
    /// `/practice-staff/...`.
    Questions,
    /// Five a day for the mind: `/five-a-day/...`.
    Tracker,
    /// Search of the guidance: its form is written into the page, and this part, without
    /// Leptos or a router, draws what the words find.
    Search,
    /// Everything else: offline, any content page from its fragment.
    Pages,
    /// The directory over pages written at build time, without Leptos or a router: whether each
    /// place is open now (Find a service and each service's own page), and Find a service's
    /// filters and its order by distance.
    Services,
}

impl AppPart {
    /// Every part.
    pub const ALL: [AppPart; 5] = [
        AppPart::Questions,
        AppPart::Tracker,
        AppPart::Search,
        AppPart::Pages,
        AppPart::Services,
    ];

    /// The binary's name, which trunk also puts at the start of its file names.
    pub fn binary(self) -> &'static str {
        match self {
            AppPart::Questions => "questions",
            AppPart::Tracker => "tracker",
            AppPart::Search => "search",
            AppPart::Pages => "pages",
            AppPart::Services => "services",
        }
    }

    /// The part that draws the page at `route`; an address the site does not have is the
    /// content part's, which says so.
    pub fn of(route: &str) -> AppPart {
        Route::of(route).map_or(AppPart::Pages, Route::part)
    }
}

/// What of the rule set a view needs before it can start.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RulesNeeded {
    /// None of it: every page but the questions' and care navigation's.
    Nothing,
    /// The emergency signs and what they lead to, and the age bands (`RuleSet::signs`): the
    /// questions' first steps, up to the choice of problem. The rest is fetched while people
    /// answer them.
    Signs,
    /// The opening (`RuleSet::opening`): the signs and each problem's listing, for care
    /// navigation, whose first screen finds the problem. The rest is fetched while people answer
    /// the questions.
    Opening,
}

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
        assert_eq!(query_in_fragment("#q=chest%20pain"), Some("chest%20pain"));
        assert_eq!(query_in_fragment("#other"), None);
    }

    #[test]
    fn each_route_belongs_to_the_part_of_the_app_that_draws_it() {
        assert_eq!(AppPart::of(WHERE_TO_GO), AppPart::Questions);
        assert_eq!(AppPart::of(QUICK_REFERENCE), AppPart::Pages);
        assert_eq!(AppPart::of(EASY_READ_CARDS), AppPart::Pages);
        assert_eq!(AppPart::of(FIVE_A_DAY), AppPart::Tracker);
        assert_eq!(AppPart::of(SEARCH), AppPart::Search);
        assert_eq!(AppPart::of(SERVICES), AppPart::Services);
        assert_eq!(AppPart::of("/five-a-day/history"), AppPart::Tracker);
        assert_eq!(AppPart::of("/five-a-day/your-data"), AppPart::Tracker);
        // Addresses the site does not have are the content part's, which says so.
        assert_eq!(AppPart::of("/five-a-day-extra"), AppPart::Pages);
        assert_eq!(AppPart::of("/five-a-day/tomorrow"), AppPart::Pages);
        for route in [HOME, GUIDANCE, CARERS, PRIVACY, NOT_FOUND] {
            assert_eq!(AppPart::of(route), AppPart::Pages, "{route}");
        }
        // A service's page is the pages part's, which draws it offline; online it starts the
        // services part to fill in whether the place is open (`Page::app_part`).
        assert_eq!(AppPart::of(&service_page("miu-sheppey")), AppPart::Pages);
        assert_eq!(AppPart::of(&guidance_page("flu")), AppPart::Pages);
    }

    #[test]
    fn an_address_is_the_page_of_exactly_one_route() {
        assert_eq!(Route::of("/"), Some(Route::Home));
        assert_eq!(Route::of(""), Some(Route::Home));
        assert_eq!(Route::of("/guidance"), Some(Route::Guidance));
        assert_eq!(Route::of("/guidance/"), Some(Route::Guidance));
        assert_eq!(Route::of(&guidance_page("flu")), Some(Route::GuidancePage));
        assert_eq!(Route::of("/guidance/flu/more"), None);
        assert_eq!(
            Route::of(&service_page("miu-sheppey")),
            Some(Route::ServicePage)
        );
        assert_eq!(Route::of(QUICK_REFERENCE), Some(Route::QuickReference));
        assert_eq!(Route::of("/practice-staff/quick"), None);
        assert_eq!(Route::of("/where-to-go-now"), None);
        for route in Route::ALL {
            let example = route
                .path()
                .replace(":slug", "flu")
                .replace(":id", "miu-sheppey");
            let matching: Vec<Route> = Route::ALL
                .into_iter()
                .filter(|other| other.matches(&example))
                .collect();
            assert_eq!(matching, [route], "{example}");
        }
    }

    #[test]
    fn the_app_views_are_drawn_by_their_part_and_titled() {
        for route in Route::ALL {
            if route.drawing() == Drawing::Written {
                assert!(
                    [AppPart::Pages, AppPart::Services].contains(&route.part()),
                    "{route:?}"
                );
            } else {
                assert!(route.title().is_some(), "{route:?}");
            }
        }
        let questions: Vec<Route> = Route::ALL
            .into_iter()
            .filter(|route| route.part() == AppPart::Questions)
            .collect();
        assert_eq!(questions, [Route::WhereToGo, Route::PracticeStaff]);
        assert!(Route::fixed_paths().all(|path| Route::of(path).is_some()));
        assert!(!Route::fixed_paths().any(|path| path.contains(':')));
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
