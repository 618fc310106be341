//! Whether each place on a written page is open now (Find a service, a service's own page). The
//! page is complete as written but for this, which depends on the time it is read: the services
//! part of the app fills it in ([`crate::services`]), and the pages part does the same for a page
//! it draws from its fragment.

use crate::content::{directory, now, service};
use navigator_core::directory::Status;
use navigator_core::site::OPEN_NOW_CLASS;
use wasm_bindgen::JsCast;

/// Draws the "open now" tag in every slot under `root` that a written page kept for one
/// (`components::service::open_now`), for the time now.
pub fn fill(root: &web_sys::Element) {
    let Ok(slots) = root.query_selector_all(&format!(".{OPEN_NOW_CLASS}[data-service]")) else {
        return;
    };
    let Some(document) = root.owner_document() else {
        return;
    };
    let now = now();
    for index in 0..slots.length() {
        let Some(slot) = slots
            .item(index)
            .and_then(|node| node.dyn_into::<web_sys::Element>().ok())
        else {
            continue;
        };
        let status = slot
            .get_attribute("data-service")
            .and_then(|id| service(&id))
            .and_then(|service| directory().status(service, now));
        let Some(status) = status else {
            continue;
        };
        if let Ok(tag) = document.create_element("strong") {
            tag.set_class_name(tag_class(status));
            tag.set_text_content(Some(&status.describe(now.date)));
            slot.replace_children_with_node_1(&tag);
        }
    }
}

/// The tag's classes: green when open, grey when closed.
pub fn tag_class(status: Status) -> &'static str {
    if status.is_open() {
        "nhsuk-tag nhsuk-tag--green"
    } else {
        "nhsuk-tag nhsuk-tag--grey"
    }
}
