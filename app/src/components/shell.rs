//! The app's part in the page shell, which is plain HTML in index.html: the header's search
//! form. The offline notice and the service worker are plain JavaScript (public/site.mjs), so
//! pages that do not start the app have them too.

use leptos::prelude::*;
use leptos_router::hooks::use_navigate;
use navigator_core::routes;
use wasm_bindgen::prelude::*;

/// Sends the header's search form to the search view without reloading the page.
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
