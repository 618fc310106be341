//! The Kent & Medway Care Navigator in the browser. Everything that can be decided without a
//! browser lives in navigator-core; this crate only turns its results into views. The page shell
//! (header, urgent help, footer) is plain HTML in index.html; the app draws inside `<main>`.
//!
//! The app is built as one binary per [`AppPart`] (`src/bin/`), each drawing only its own routes,
//! so a page downloads the code of the views it can show and no more. The offline pages part is
//! a Leptos view; the questions, search, services and the tracker write their HTML themselves
//! over pages written at build time, and carry no framework.

pub mod components;
pub mod content;
pub mod fetch;
mod field_error;
pub mod open_now;
pub mod questions;
pub mod routes;
pub mod search;
pub mod services;
pub mod storage;
pub mod tracker;

use components::shell::follow_links_to_other_parts;
use leptos::prelude::*;
use leptos_meta::{provide_meta_context, Title};
use leptos_router::components::{Route as RouterRoute, Router, Routes};
use leptos_router::hooks::use_location;
use navigator_core::routes::AppPart;
use routes::content_page::{ContentAtAddress, ContentPage};
use wasm_bindgen::JsCast;

pub const SITE_NAME: &str = "Kent & Medway Care Navigator";

/// Starts the pages part in the page's `<main>`. The page arrived with its content written in
/// (or, offline, the shell's "Loading…"): draw the app and remove what was there before the
/// browser paints again, so nothing moves.
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
    ARRIVED_AT.with(|path| *path.borrow_mut() = address_path());
    let arrived: Vec<web_sys::Element> = (0..main.children().length())
        .filter_map(|index| main.children().item(index))
        .collect();
    leptos::mount::mount_to(main, app).forget();
    for element in arrived {
        element.remove();
    }
    mark_started(&document);
}

/// The router's addresses, one for each route of the content part in
/// `navigator_core::routes::Route`, written by `build.rs` from that table. An end-to-end test
/// opens a page of every route in the table.
mod paths {
    include!(concat!(env!("OUT_DIR"), "/paths.rs"));
}

/// Offline, the shell that draws any content page from its fragment (the service worker serves
/// it for a page it did not keep). The one part with a router: it draws the next content page
/// from its fragment without loading it.
#[component]
pub fn PagesApp() -> impl IntoView {
    follow_links_to_other_parts(AppPart::Pages);
    view! {
        <Frame>
            <Router>
                <FocusHeadingOnNavigation />
                <Routes fallback=ElsewhereInTheSite>
                    <RouterRoute path=paths::HOME view=ContentAtAddress />
                    <RouterRoute path=paths::GUIDANCE view=ContentAtAddress />
                    <RouterRoute path=paths::GUIDANCE_PAGE view=ContentAtAddress />
                    <RouterRoute path=paths::CARERS view=ContentAtAddress />
                    <RouterRoute path=paths::PRIVACY view=ContentAtAddress />
                    <RouterRoute path=paths::ACCESSIBILITY view=ContentAtAddress />
                    <RouterRoute path=paths::QUICK_REFERENCE view=ContentAtAddress />
                    <RouterRoute path=paths::EASY_READ_CARDS view=ContentAtAddress />
                    <RouterRoute path=paths::NOT_FOUND view=ContentAtAddress />
                    <RouterRoute path=paths::SERVICE_PAGE view=ContentAtAddress />
                </Routes>
            </Router>
        </Frame>
    }
}

/// The page title's form.
#[component]
fn Frame(children: Children) -> impl IntoView {
    provide_meta_context();
    view! {
        <Title formatter=|text: String| format!("{text} - {SITE_NAME}") />
        {children()}
    }
}

/// Marks the page as taken over by its part of the app, which the shell's script and the tests
/// wait for; the loader marks it `failed` instead if the part cannot start.
pub(crate) fn mark_started(document: &web_sys::Document) {
    if let Some(root) = document.document_element() {
        let _ = root.set_attribute("data-app", "ready");
    }
}

/// A form sent before its part started, which `public/site.mjs` held back saying "Loading…":
/// its button says again what it does, and it is no longer marked as held.
pub(crate) fn release_held(form: &web_sys::Element) {
    if let Some(label) = form.get_attribute("data-pending") {
        if let Ok(Some(button)) = form.query_selector("button[type=\"submit\"]") {
            button.set_text_content(Some(&label));
        }
        let _ = form.remove_attribute("data-pending");
    }
}

/// The path of the page's address, without query or fragment.
pub(crate) fn address_path() -> String {
    web_sys::window()
        .and_then(|window| window.location().pathname().ok())
        .unwrap_or_default()
}

/// The value of `name` in the query of the page's address: `problem` in `?problem=back-pain`.
pub(crate) fn query_value(name: &str) -> Option<String> {
    let search = web_sys::window()?.location().search().ok()?;
    web_sys::UrlSearchParams::new_with_str(&search)
        .ok()?
        .get(name)
}

/// Goes to `address` by loading its page.
fn load_page(address: &str) {
    if let Some(window) = web_sys::window() {
        let _ = window.location().assign(address);
    }
}

/// An address the content part does not draw. Links to other parts are left to the browser
/// ([`follow_links_to_other_parts`]), so this is an address reached some other way (Back to an
/// address changed by a script, say): load the page there, which starts the part that draws it,
/// or say the page was not found.
#[component]
fn ElsewhereInTheSite() -> impl IntoView {
    let location = use_location();
    let path = location.pathname.get_untracked();
    // Never for the address the page was loaded at: loading it again would start this part again.
    let leaving = AppPart::of(&path) != AppPart::Pages
        && ARRIVED_AT.with(|arrived| *arrived.borrow() != path);
    if leaving {
        let search = location.search.get_untracked();
        let query = if search.is_empty() { "" } else { "?" };
        load_page(&format!(
            "{path}{query}{search}{}",
            location.hash.get_untracked()
        ));
    }
    (!leaving).then(|| view! { <ContentPage route=navigator_core::routes::NOT_FOUND /> })
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
