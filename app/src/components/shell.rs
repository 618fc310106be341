//! The app's part in the page shell, which is plain HTML in index.html: the header's search
//! form, a notice while offline, and the service worker that keeps the site for offline use.

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
                .named_item("q")
                .and_then(|input| input.dyn_into::<web_sys::HtmlInputElement>().ok())
                .map(|input| input.value())
                .unwrap_or_default();
            let address = format!(
                "{}?q={}",
                routes::SEARCH,
                js_sys::encode_uri_component(text.trim())
            );
            navigate(&address, Default::default());
        });
        let _ = form.add_event_listener_with_callback("submit", on_submit.as_ref().unchecked_ref());
        // The form lives as long as the page.
        on_submit.forget();
    }
}

/// Says so while the device is offline: the site still works, from what it keeps, but service
/// details may have changed since they were last checked.
#[component]
pub fn OfflineNotice() -> impl IntoView {
    let online = RwSignal::new(
        web_sys::window()
            .map(|window| window.navigator().on_line())
            .unwrap_or(true),
    );
    let _ = window_event_listener(leptos::ev::online, move |_| online.set(true));
    let _ = window_event_listener(leptos::ev::offline, move |_| online.set(false));
    move || {
        (!online.get()).then(|| {
            view! {
                <div class="nhsuk-inset-text kmcn-offline" role="status">
                    <span class="nhsuk-u-visually-hidden">"Information: "</span>
                    <p>"You are offline. The site still works, but service details and opening times may have changed since they were last checked. For urgent help, call 111. In an emergency, call 999."</p>
                </div>
            }
        })
    }
}

/// Registers the service worker (written by `navigator publish`), so the site works offline
/// from the next visit.
pub fn keep_for_offline() {
    if let Some(window) = web_sys::window() {
        let container = window.navigator().service_worker();
        // Browsers offer service workers only to secure (https or local) pages.
        if !JsValue::from(container.clone()).is_undefined() {
            let _ = container.register("/sw.js");
        }
    }
}
