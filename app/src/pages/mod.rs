//! The pages part: content pages (home, guidance, carers, a service's page...) drawn offline
//! from their fragments, in the shell the service worker serves for a page it did not keep. The
//! one part that is a Leptos view, with a router: built only with the `pages` feature.

pub mod components;
mod content_page;

use crate::{address_path, mark_started, SITE_NAME};
use content_page::{ContentAtAddress, ContentPage};
use leptos::prelude::*;
use leptos_meta::{provide_meta_context, Title};
use leptos_router::components::{Route as RouterRoute, Router, Routes};
use leptos_router::hooks::use_location;
use navigator_core::routes::AppPart;
use wasm_bindgen::prelude::*;

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
    follow_links_to_other_parts();
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
            components::focus_main_heading();
        }
        path
    });
}

/// Leaves a link to another part of the app to the browser, which loads the page at its address,
/// and so the part that draws it. The router listens for clicks on the window; this listener, on
/// the document, hears them first and keeps those clicks from it.
fn follow_links_to_other_parts() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let Some(document) = window.document() else {
        return;
    };
    let on_click = Closure::<dyn Fn(web_sys::Event)>::new(move |event: web_sys::Event| {
        let link = event
            .target()
            .and_then(|target| target.dyn_into::<web_sys::Element>().ok())
            .and_then(|element| element.closest("a[href]").ok().flatten())
            .and_then(|element| element.dyn_into::<web_sys::HtmlAnchorElement>().ok());
        let this_site = window.location().origin().ok();
        if let Some(link) = link {
            if Some(link.origin()) == this_site && AppPart::of(&link.pathname()) != AppPart::Pages {
                event.stop_propagation();
            }
        }
    });
    let _ = document.add_event_listener_with_callback("click", on_click.as_ref().unchecked_ref());
    // The document lives as long as the page.
    on_click.forget();
}
