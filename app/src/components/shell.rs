//! The app's part in the page shell, which is plain HTML in index.html: links to the other parts
//! of the app. The header's search form, the offline notice and the service worker are plain
//! JavaScript (public/site.mjs), so pages that do not start the app have them too.

use navigator_core::routes::AppPart;
use wasm_bindgen::prelude::*;

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
