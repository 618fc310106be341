//! Moving focus after the app redraws, so keyboard and screen reader users start where the new
//! content is.

use leptos::leptos_dom::helpers::request_animation_frame;
use wasm_bindgen::JsCast;

/// Focuses the `h1` in the main content once the new view has been drawn.
pub fn focus_main_heading() {
    focus_when_drawn("main h1");
}

fn focus_when_drawn(selector: &'static str) {
    request_animation_frame(move || {
        let element = web_sys::window()
            .and_then(|window| window.document())
            .and_then(|document| document.query_selector(selector).ok().flatten())
            .and_then(|element| element.dyn_into::<web_sys::HtmlElement>().ok());
        if let Some(element) = element {
            let _ = element.focus();
        }
    });
}
