//! The Kent & Medway Care Navigator in the browser. Everything that can be decided without a
//! browser lives in navigator-core; this crate only turns its results into views. The page shell
//! (header, urgent help, footer) is plain HTML in index.html; the app draws inside `<main>`.
//!
//! The app is built as one binary per [`AppPart`] (`src/bin/`), each drawing only its own routes,
//! so a page downloads the code of the views it can show and no more.

pub mod components;
pub mod content;
pub mod fetch;
pub mod journey;
pub mod routes;
pub mod storage;
mod takeover;

use components::page::CouldNotLoad;
use components::shell::{follow_links_to_other_parts, HeaderSearch};
use leptos::prelude::*;
use leptos_meta::{provide_meta_context, Title};
use leptos_router::components::{ParentRoute, Route, Router, Routes};
use leptos_router::hooks::use_location;
use navigator_core::routes::AppPart;
use routes::content_page::{keep_arrived_content, ContentAtAddress, ContentPage};
use wasm_bindgen::JsCast;

pub const SITE_NAME: &str = "Kent & Medway Care Navigator";

/// Starts one part of the app in the page's `<main>`. The page arrived with its content (or, for
/// the app's views, a first drawing) written in: keep the content to show it without fetching it
/// again, draw the app, remove what was there, and do again in the app's drawing what was ticked
/// or typed in a form there ([`takeover`]), all before the browser paints again, so nothing
/// moves.
pub fn start<View: IntoView + 'static>(app: impl FnOnce() -> View + 'static) {
    console_error_panic_hook::set_once();
    let Some(document) = web_sys::window().and_then(|window| window.document()) else {
        return;
    };
    let Some(main) = document
        .get_element_by_id("maincontent")
        .and_then(|element| element.dyn_into::<web_sys::HtmlElement>().ok())
    else {
        return;
    };
    ARRIVED_AT.with(|path| {
        *path.borrow_mut() = document
            .location()
            .and_then(|at| at.pathname().ok())
            .unwrap_or_default()
    });
    keep_arrived_content(&document);
    let done = takeover::what_was_done(&main);
    let arrived: Vec<web_sys::Element> = (0..main.children().length())
        .filter_map(|index| main.children().item(index))
        .collect();
    leptos::mount::mount_to(main.clone(), app).forget();
    for element in arrived {
        element.remove();
    }
    if let Some(root) = document.document_element() {
        let _ = root.set_attribute("data-app", "ready");
    }
    // The router draws its view in a task of its own; the next frame comes after it, and before
    // the browser paints.
    leptos::leptos_dom::helpers::request_animation_frame(move || takeover::do_again(done, &main));
}

/// Starts the questions once the rule set has been read. The page fetches it beside the app, so
/// it is usually there first; without it, the page says so and offers to try again.
pub fn start_questions() {
    wasm_bindgen_futures::spawn_local(async {
        match content::load_rules().await {
            Ok(_) => start(QuestionsApp),
            Err(_) => start(|| {
                let reload = Callback::new(|()| {
                    if let Some(window) = web_sys::window() {
                        let _ = window.location().reload();
                    }
                });
                view! {
                    <Shell part=AppPart::Questions>
                        <CouldNotLoad title="The questions could not be loaded" try_again=reload />
                    </Shell>
                }
            }),
        }
    });
}

/// The router's addresses, one for each route of `navigator_core::routes::Route`, written by
/// `build.rs` from that table. An end-to-end test opens a page of every route in the table.
mod paths {
    include!(concat!(env!("OUT_DIR"), "/paths.rs"));
}

/// The questions and care navigation.
#[component]
pub fn QuestionsApp() -> impl IntoView {
    view! {
        <Shell part=AppPart::Questions>
            <Routes fallback=|| view! { <ElsewhereInTheSite part=AppPart::Questions /> }>
                <Route path=paths::WHERE_TO_GO view=routes::where_to_go::WhereToGo />
                <Route path=paths::PRACTICE_STAFF view=routes::practice_staff::PracticeStaff />
                <Route path=paths::QUICK_REFERENCE view=routes::practice_staff::QuickReference />
                <Route path=paths::EASY_READ_CARDS view=routes::practice_staff::EasyReadCards />
            </Routes>
        </Shell>
    }
}

/// Five a day for the mind. Its views share one record, kept by the frame around them.
#[component]
pub fn TrackerApp() -> impl IntoView {
    view! {
        <Shell part=AppPart::Tracker>
            <Routes fallback=|| view! { <ElsewhereInTheSite part=AppPart::Tracker /> }>
                <ParentRoute path=() view=routes::five_a_day::FiveADay>
                    <Route path=paths::FIVE_A_DAY view=routes::five_a_day::Today />
                    <Route path=paths::FIVE_A_DAY_HISTORY view=routes::five_a_day::History />
                    <Route path=paths::FIVE_A_DAY_DATA view=routes::five_a_day::YourData />
                </ParentRoute>
            </Routes>
        </Shell>
    }
}

/// Content pages, services and search; offline, the shell that draws any page from its fragment.
#[component]
pub fn PagesApp() -> impl IntoView {
    view! {
        <Shell part=AppPart::Pages>
            <Routes fallback=|| view! { <ElsewhereInTheSite part=AppPart::Pages /> }>
                <Route path=paths::HOME view=ContentAtAddress />
                <Route path=paths::GUIDANCE view=ContentAtAddress />
                <Route path=paths::GUIDANCE_PAGE view=ContentAtAddress />
                <Route path=paths::CARERS view=ContentAtAddress />
                <Route path=paths::PRIVACY view=ContentAtAddress />
                <Route path=paths::ACCESSIBILITY view=ContentAtAddress />
                <Route path=paths::NOT_FOUND view=ContentAtAddress />
                <Route path=paths::SERVICES view=|| view! { <routes::services::Services now=Some(content::now()) /> } />
                <Route path=paths::SERVICE_PAGE view=ContentAtAddress />
                <Route path=paths::SEARCH view=routes::search::Search />
            </Routes>
        </Shell>
    }
}

/// What every part shares: the page title, the header's search form, focus after navigation, and
/// links to the other parts.
#[component]
fn Shell(part: AppPart, children: Children) -> impl IntoView {
    provide_meta_context();
    components::easy_read::provide_easy_read();
    follow_links_to_other_parts(part);
    view! {
        <Title formatter=|text: String| format!("{text} - {SITE_NAME}") />
        <Router>
            <FocusHeadingOnNavigation />
            <HeaderSearch part=part />
            {children()}
        </Router>
    }
}

/// An address this part does not draw. Links to other parts are left to the browser
/// ([`follow_links_to_other_parts`]), so this is an address reached some other way (Back to an
/// address changed by a script, say): load the page there, which starts the part that draws it,
/// or, in the content part, say the page was not found.
#[component]
fn ElsewhereInTheSite(part: AppPart) -> impl IntoView {
    let location = use_location();
    let path = location.pathname.get_untracked();
    // Never for the address the page was loaded at: loading it again would start this part again.
    let leaving =
        AppPart::of(&path) != part && ARRIVED_AT.with(|arrived| *arrived.borrow() != path);
    if leaving {
        let search = location.search.get_untracked();
        let query = if search.is_empty() { "" } else { "?" };
        let address = format!("{path}{query}{search}{}", location.hash.get_untracked());
        if let Some(window) = web_sys::window() {
            let _ = window.location().assign(&address);
        }
    }
    (!leaving && part == AppPart::Pages)
        .then(|| view! { <ContentPage route=navigator_core::routes::NOT_FOUND /> })
}

thread_local! {
    /// The path of the address the page was loaded at.
    static ARRIVED_AT: std::cell::RefCell<String> = const { std::cell::RefCell::new(String::new()) };
}

/// Moves focus to the new page's heading after in-app navigation, so screen reader and keyboard
/// users start at the top of the new content. The first load keeps the browser's own focus.
#[component]
fn FocusHeadingOnNavigation() -> impl IntoView {
    let location = use_location();
    Effect::new(move |previous: Option<String>| {
        let path = location.pathname.get();
        if previous.is_some_and(|previous| previous != path) {
            components::focus::focus_main_heading();
        }
        path
    });
}
