//! The Kent & Medway Care Navigator in the browser. Everything that can be decided without a
//! browser lives in navigator-core; this crate only turns its results into views. The page shell
//! (header, urgent help, footer) is plain HTML in index.html; the app draws inside `<main>`.

pub mod components;
pub mod content;
pub mod fetch;
pub mod journey;
pub mod routes;
pub mod storage;

use components::shell::HeaderSearch;
use leptos::prelude::*;
use leptos_meta::{provide_meta_context, Title};
use leptos_router::components::{ParentRoute, Route, Router, Routes};
use leptos_router::hooks::use_location;
use leptos_router::path;
use routes::content_page::{ContentPage, ContentWithParam};

pub const SITE_NAME: &str = "Kent & Medway Care Navigator";

#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    components::easy_read::provide_easy_read();
    view! {
        <Title formatter=|text: String| format!("{text} - {SITE_NAME}") />
        <Router>
            <FocusHeadingOnNavigation />
            <HeaderSearch />
            <Routes fallback=|| view! { <ContentPage route=navigator_core::routes::NOT_FOUND /> }>
                <Route path=path!("/") view=|| view! { <ContentPage route="/" /> } />
                <Route path=path!("/guidance") view=|| view! { <ContentPage route="/guidance" /> } />
                <Route path=path!("/guidance/:slug") view=|| view! { <ContentWithParam prefix="/guidance" param="slug" /> } />
                <Route path=path!("/search") view=routes::search::Search />
                <Route path=path!("/where-to-go") view=routes::where_to_go::WhereToGo />
                <ParentRoute path=path!("/five-a-day") view=routes::five_a_day::FiveADay>
                    <Route path=path!("") view=routes::five_a_day::Today />
                    <Route path=path!("history") view=routes::five_a_day::History />
                    <Route path=path!("your-data") view=routes::five_a_day::YourData />
                </ParentRoute>
                <Route path=path!("/services") view=routes::services::Services />
                <Route path=path!("/services/:id") view=|| view! { <ContentWithParam prefix="/services" param="id" /> } />
                <Route path=path!("/practice-staff") view=routes::practice_staff::PracticeStaff />
                <Route path=path!("/practice-staff/quick-reference") view=routes::practice_staff::QuickReference />
                <Route path=path!("/practice-staff/easy-read") view=routes::practice_staff::EasyReadCards />
                <Route path=path!("/carers") view=|| view! { <ContentPage route="/carers" /> } />
                <Route path=path!("/privacy") view=|| view! { <ContentPage route="/privacy" /> } />
                <Route path=path!("/accessibility") view=|| view! { <ContentPage route="/accessibility" /> } />
            </Routes>
        </Router>
    }
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
