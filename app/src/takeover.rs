//! The app taking over a form written into the page. The questions' first screen and the
//! postcode box can be used before the app has started; when it starts, what was ticked, typed
//! or focused there moves to the app's drawing of the same form (fields matched by id), and a
//! form sent before then, which `public/site.mjs` held back, is sent again from the app's.

use wasm_bindgen::JsCast;
use web_sys::{Element, Event, EventInit, HtmlElement, HtmlFormElement, HtmlInputElement};

/// Moves what was done in the page as written (`arrived`) into the app's drawing (`drawn`),
/// while both are in the page. Returns the forms to send once `arrived` has been removed.
pub fn carry_over(arrived: &[Element], drawn: &[Element]) -> Vec<HtmlFormElement> {
    for field in within::<HtmlInputElement>(arrived, "input[id]") {
        let Some(own) = counterpart::<HtmlInputElement>(drawn, &field.id()) else {
            continue;
        };
        // The app hears the change as if the person had made it, so its state follows.
        if matches!(field.type_().as_str(), "checkbox" | "radio") {
            if own.checked() != field.checked() {
                own.set_checked(field.checked());
                announce(&own, "change");
            }
        } else if own.value() != field.value() {
            own.set_value(&field.value());
            announce(&own, "input");
        }
    }
    let focused = web_sys::window()
        .and_then(|window| window.document())
        .and_then(|document| document.active_element());
    if let Some(focused) = focused {
        let was_written = arrived.iter().any(|root| root.contains(Some(&focused)));
        if let Some(own) = was_written
            .then(|| counterpart::<HtmlElement>(drawn, &focused.id()))
            .flatten()
        {
            let _ = own.focus();
        }
    }
    within::<HtmlFormElement>(arrived, "form[data-pending][id]")
        .filter_map(|form| counterpart::<HtmlFormElement>(drawn, &form.id()))
        .collect()
}

/// Sends the forms [`carry_over`] found waiting, as the person did before the app started.
pub fn send(forms: Vec<HtmlFormElement>) {
    for form in forms {
        let _ = form.request_submit();
    }
}

/// The elements matching `selector` among `roots` and inside them.
fn within<'a, T: JsCast>(roots: &'a [Element], selector: &'a str) -> impl Iterator<Item = T> + 'a {
    roots
        .iter()
        .flat_map(move |root| {
            let itself = root
                .matches(selector)
                .unwrap_or(false)
                .then(|| root.clone());
            let inside = root.query_selector_all(selector).ok();
            let count = inside.as_ref().map_or(0, |inside| inside.length());
            let inside = (0..count)
                .filter_map(move |index| inside.as_ref()?.item(index)?.dyn_into::<Element>().ok());
            itself.into_iter().chain(inside)
        })
        .filter_map(|element| element.dyn_into::<T>().ok())
}

/// The element with this id among `roots` or inside them.
fn counterpart<T: JsCast>(roots: &[Element], id: &str) -> Option<T> {
    if id.is_empty() {
        return None;
    }
    within::<T>(roots, &format!("[id=\"{id}\"]")).next()
}

fn announce(element: &HtmlElement, kind: &str) {
    let init = EventInit::new();
    init.set_bubbles(true);
    if let Ok(event) = Event::new_with_event_init_dict(kind, &init) {
        let _ = element.dispatch_event(&event);
    }
}
