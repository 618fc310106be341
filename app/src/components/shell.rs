//! The app's part in the page shell, which is plain HTML in index.html: the header's search
//! form, and links to the other parts of the app. The offline notice and the service worker are
//! plain JavaScript (public/site.mjs), so pages that do not start the app have them too.

use leptos::prelude::*;
use leptos_router::hooks::use_navigate;
use navigator_core::routes::{self, AppPart};
use wasm_bindgen::prelude::*;

/// Sends the header's search form to the search view, which the pages part's router draws
/// without loading a page. Elsewhere the shell's script loads the search page (public/site.mjs);
/// this listener, on the form, is heard first and stops it.
#[component]
pub fn HeaderSearch() -> impl IntoView {
    let navigate = use_navigate();
    let form = web_sys::window()
        .and_then(|window| window.document())
        .and_then(|document| document.get_element_by_id("search"))
        .and_then(|element| element.dyn_into::<web_sys::HtmlFormElement>().ok());
    if let Some(form) = form {
        let field = form.clone();
        let on_submit = Closure::<dyn Fn(web_sys::Event)>::new(move |event: web_sys::Event| {
            event.prevent_default();
            let text = field
                .elements()
                .named_item("search-field")
                .and_then(|input| input.dyn_into::<web_sys::HtmlInputElement>().ok())
                .map(|input| input.value())
                .unwrap_or_default();
            let encoded = String::from(js_sys::encode_uri_component(text.trim()));
            navigate(&routes::search_for(&encoded), Default::default());
        });
        let _ = form.add_event_listener_with_callback("submit", on_submit.as_ref().unchecked_ref());
        // The form lives as long as the page.
        on_submit.forget();
    }
}

/// Leaves a link to another part of the app to the browser, which loads the page at its address,
/// and so the part that draws it. The router listens for clicks on the window; this listener, on
/// the document, hears them first and keeps those clicks from it.
pub fn follow_links_to_other_parts(part: AppPart) {
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
            if Some(link.origin()) == this_site && AppPart::of(&link.pathname()) != part {
                event.stop_propagation();
            }
        }
    });
    let _ = document.add_event_listener_with_callback("click", on_click.as_ref().unchecked_ref());
    // The document lives as long as the page.
    on_click.forget();
}
