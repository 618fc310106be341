//! The services part of the app ([`AppPart::Services`]), without Leptos or a router: the
//! directory over pages written at build time (navigator-site). On every page it starts on, it
//! fills in whether each place is open now ([`open_now`]). On Find a service it answers the
//! filters and the postcode box: it keeps the places as written and puts back those that match,
//! in the order the directory gives, with how far each is.
//!
//! [`AppPart::Services`]: navigator_core::routes::AppPart::Services

use crate::components::postcode::{district_typed, nearest_to, NEAREST_FIRST_FORM};
use crate::content::{directory, now};
use crate::open_now;
use navigator_core::directory::{services_listed, Area, District, ServiceFilter};
use navigator_core::site::{
    AREA_FILTER, DISTANCE_CLASS, KIND_FILTER, OPEN_FILTER, SERVICES_COUNT, SERVICES_LIST,
};
use std::cell::RefCell;
use wasm_bindgen::prelude::*;
use web_sys::{Document, Element, HtmlInputElement, HtmlSelectElement};

thread_local! {
    /// Find a service's places as written, by id: the list shows those that match.
    static PLACES: RefCell<Vec<(String, Element)>> = const { RefCell::new(Vec::new()) };
    /// The district the list is ordered from, once a postcode has been sent.
    static NEAR: RefCell<Option<&'static District>> = const { RefCell::new(None) };
}

/// Fills in whether each place is open; on Find a service, also lists what the filters chosen
/// so far match, sends a postcode sent before the part started (held by `public/site.mjs`), and
/// answers each change. Then marks the page as started, as the other parts do.
pub fn start() {
    let Some(document) = web_sys::window().and_then(|window| window.document()) else {
        return;
    };
    if let Some(main) = document.get_element_by_id("maincontent") {
        open_now::fill(&main);
    }
    if let Some(list) = document.get_element_by_id(SERVICES_LIST) {
        let places = (0..list.children().length())
            .filter_map(|index| list.children().item(index))
            .map(|place| (place.id(), place))
            .collect();
        PLACES.with(|kept| *kept.borrow_mut() = places);
        listen(&document);
        match document.get_element_by_id(NEAREST_FIRST_FORM) {
            Some(form) if form.has_attribute("data-pending") => send_postcode(&document, &form),
            _ => show_matching(&document),
        }
    }
    crate::mark_started(&document);
}

/// Answers a change of filter and the postcode form for as long as the page lives.
fn listen(document: &Document) {
    let on_change = Closure::<dyn Fn(web_sys::Event)>::new(|event: web_sys::Event| {
        let changed = event
            .target()
            .and_then(|target| target.dyn_into::<Element>().ok())
            .map(|element| element.id());
        if let (Some(id), Some(document)) = (changed, event_document()) {
            if [KIND_FILTER, AREA_FILTER, OPEN_FILTER].contains(&id.as_str()) {
                show_matching(&document);
            }
        }
    });
    let on_submit = Closure::<dyn Fn(web_sys::Event)>::new(|event: web_sys::Event| {
        let form = event
            .target()
            .and_then(|target| target.dyn_into::<Element>().ok())
            .filter(|form| form.id() == NEAREST_FIRST_FORM);
        if let (Some(form), Some(document)) = (form, event_document()) {
            event.prevent_default();
            send_postcode(&document, &form);
        }
    });
    let _ = document.add_event_listener_with_callback("change", on_change.as_ref().unchecked_ref());
    let _ = document.add_event_listener_with_callback("submit", on_submit.as_ref().unchecked_ref());
    on_change.forget();
    on_submit.forget();
}

fn event_document() -> Option<Document> {
    web_sys::window().and_then(|window| window.document())
}

/// Orders the list from the postcode typed, or says why it cannot; an empty box orders it by
/// name again. The button says again what it does, if `public/site.mjs` said it was loading.
fn send_postcode(document: &Document, form: &Element) {
    crate::release_held(form);
    let near = district_typed(document);
    NEAR.with(|kept| *kept.borrow_mut() = near);
    show_matching(document);
}

/// Puts back in the list, in the directory's order, the places the filters chosen match, each
/// with its distance when a postcode was given, and says how many there are.
fn show_matching(document: &Document) {
    let kinds = directory().kinds();
    let chosen = |id: &str| field::<HtmlSelectElement>(document, id).map(|field| field.value());
    let filter = ServiceFilter {
        kind: chosen(KIND_FILTER)
            .and_then(|value| kinds.into_iter().find(|kind| kind.filter_value() == value)),
        area: chosen(AREA_FILTER).and_then(|value| {
            Area::LOCAL
                .into_iter()
                .find(|area| area.filter_value() == value)
        }),
        open_now: field::<HtmlInputElement>(document, OPEN_FILTER)
            .is_some_and(|box_| box_.checked()),
        near: NEAR.with(|near| *near.borrow()),
    };
    let places = directory().find(&filter, Some(now()));
    let shown = js_sys::Array::new();
    PLACES.with(|kept| {
        let kept = kept.borrow();
        for place in &places {
            let Some((_, element)) = kept.iter().find(|(id, _)| *id == place.service.id) else {
                continue;
            };
            if let Ok(Some(distance)) = element.query_selector(&format!(".{DISTANCE_CLASS}")) {
                let about = place.about_km().map(|km| format!(" About {km} km away."));
                distance.set_text_content(about.as_deref());
            }
            shown.push(element);
        }
    });
    if let Some(list) = document.get_element_by_id(SERVICES_LIST) {
        list.replace_children_with_node(&shown);
    }
    let mut count = services_listed(places.len());
    if let Some(district) = filter.near {
        count.push_str(&format!(", {}", nearest_to(district)));
    }
    if let Some(status) = document.get_element_by_id(SERVICES_COUNT) {
        status.set_text_content(Some(&count));
    }
}

/// The form field with the id `id`, if it is of type `T`.
fn field<T: JsCast>(document: &Document, id: &str) -> Option<T> {
    document.get_element_by_id(id)?.dyn_into::<T>().ok()
}
