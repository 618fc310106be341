use leptos::leptos_dom::helpers::request_animation_frame;
use wasm_bindgen::JsCast;

/// Focuses the `h1` in the main content once the new view has been drawn.
pub fn focus_main_heading() {
    request_animation_frame(|| {
        let heading = web_sys::window()
            .and_then(|window| window.document())
            .and_then(|document| document.query_selector("main h1").ok().flatten())
            .and_then(|element| element.dyn_into::<web_sys::HtmlElement>().ok());
        if let Some(heading) = heading {
            let _ = heading.focus();
        }
    });
}
