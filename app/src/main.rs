use navigator_app::routes::content_page::keep_arrived_content;
use wasm_bindgen::JsCast;

fn main() {
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
    // The page arrived with its content (or, for the app's views, a fallback) written in. Keep
    // the content to show it without fetching it again, draw the app, then remove what was
    // there, all before the browser paints again, so nothing moves.
    keep_arrived_content(&document);
    let arrived: Vec<web_sys::Element> = (0..main.children().length())
        .filter_map(|index| main.children().item(index))
        .collect();
    leptos::mount::mount_to(main, navigator_app::App).forget();
    for element in arrived {
        element.remove();
    }
    if let Some(root) = document.document_element() {
        let _ = root.set_attribute("data-app", "ready");
    }
}
