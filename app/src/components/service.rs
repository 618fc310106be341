use crate::content::{directory, now, service};
use leptos::prelude::*;
use navigator_core::directory::Service;
use navigator_core::site::service::{card_html, open_now_tag};
use wasm_bindgen::JsCast;

/// HTML written by navigator-core, shown as it is, with each place's "open now" tag filled in
/// for the time it is read.
#[component]
pub fn Html(html: String) -> impl IntoView {
    let node = NodeRef::<leptos::html::Div>::new();
    Effect::new(move |_| {
        if let Some(element) = node.get() {
            fill_open_now(&element);
        }
    });
    view! { <div node_ref=node inner_html=html></div> }
}

/// Puts the "open now" tag in every slot that names a service.
fn fill_open_now(root: &web_sys::Element) {
    let Ok(slots) = root.query_selector_all(".kmcn-open-now[data-service]") else {
        return;
    };
    for index in 0..slots.length() {
        let Some(slot) = slots
            .item(index)
            .and_then(|node| node.dyn_into::<web_sys::Element>().ok())
        else {
            continue;
        };
        if let Some(tag) = slot
            .get_attribute("data-service")
            .and_then(|id| service(&id))
            .and_then(open_now)
        {
            slot.set_inner_html(&tag);
        }
    }
}

/// The "open now" tag for a place with opening hours.
pub fn open_now(service: &Service) -> Option<String> {
    let now = now();
    directory()
        .status(service, now)
        .map(|status| open_now_tag(status, now.date))
}

/// A service's card: its details, with the date they were last checked against their source.
#[component]
pub fn ServiceDetails(service: &'static Service) -> impl IntoView {
    view! { <Html html=card_html(service, true) /> }
}

/// "Call 111. Text 85258." for the numbers a service has that `already_said` does not give.
pub fn numbers(service: &Service, already_said: &str) -> String {
    let unsaid = |number: &&String| !already_said.contains(number.as_str());
    [
        service
            .phone
            .as_ref()
            .filter(unsaid)
            .map(|phone| format!("Call {phone}.")),
        service
            .text
            .as_ref()
            .filter(unsaid)
            .map(|text| format!("Text {text}.")),
    ]
    .into_iter()
    .flatten()
    .collect::<Vec<_>>()
    .join(" ")
}
