//! The app taking over a form written into the page. The questions' first screen, and Find a
//! service's filters and postcode box, can be used before the app has started; when it starts,
//! what was ticked, typed, chosen or focused there moves to the app's drawing of the same form
//! (fields matched by id), and a form sent before then, which `public/site.mjs` held back, is
//! sent again from the app's.

use wasm_bindgen::JsCast;
use web_sys::{
    Element, Event, EventInit, HtmlElement, HtmlFormElement, HtmlInputElement, HtmlSelectElement,
};

/// What the person did in the page as written, read before it is removed.
pub struct Done {
    fields: Vec<(String, Value)>,
    focused: Option<String>,
    sent: Vec<String>,
}

enum Value {
    Checked(bool),
    Typed(String),
    Chosen(String),
}

/// Reads what the person changed in the fields of `main` while it holds only the page as
/// written, which field had focus, and which forms were sent. Only changes: the app may draw a
/// field from what it knows (a saved tick, say), which the page as written could not.
pub fn what_was_done(main: &Element) -> Done {
    let mut fields = Vec::new();
    for field in within::<HtmlInputElement>(main, "input[id]") {
        if matches!(field.type_().as_str(), "checkbox" | "radio") {
            if field.checked() != field.default_checked() {
                fields.push((field.id(), Value::Checked(field.checked())));
            }
        } else if field.value() != field.default_value() {
            fields.push((field.id(), Value::Typed(field.value())));
        }
    }
    for field in within::<HtmlSelectElement>(main, "select[id]") {
        let default = field
            .query_selector("option[selected]")
            .ok()
            .flatten()
            .or_else(|| field.query_selector("option").ok().flatten())
            .and_then(|option| option.get_attribute("value"));
        if default.as_deref() != Some(field.value().as_str()) {
            fields.push((field.id(), Value::Chosen(field.value())));
        }
    }
    let focused = web_sys::window()
        .and_then(|window| window.document())
        .and_then(|document| document.active_element())
        .filter(|focused| main.contains(Some(focused)))
        .map(|focused| focused.id())
        .filter(|id| !id.is_empty());
    let sent = within::<HtmlFormElement>(main, "form[data-pending][id]")
        .map(|form| form.id())
        .collect();
    Done {
        fields,
        focused,
        sent,
    }
}

/// Does it again in the app's drawing inside `main`: the app hears each change as if the person
/// had made it, so its state follows; then focus, then the forms sent.
pub fn do_again(done: Done, main: &Element) {
    let find = |id: &str| {
        main.query_selector(&format!("[id=\"{id}\"]"))
            .ok()
            .flatten()
    };
    for (id, value) in done.fields {
        let Some(own) = find(&id) else {
            continue;
        };
        match value {
            Value::Checked(checked) => {
                if let Some(own) = own.dyn_ref::<HtmlInputElement>() {
                    own.set_checked(checked);
                    announce(own, "change");
                }
            }
            Value::Typed(text) => {
                if let Some(own) = own.dyn_ref::<HtmlInputElement>() {
                    own.set_value(&text);
                    announce(own, "input");
                }
            }
            Value::Chosen(choice) => {
                if let Some(own) = own.dyn_ref::<HtmlSelectElement>() {
                    own.set_value(&choice);
                    announce(own, "change");
                }
            }
        }
    }
    if let Some(own) = done.focused.as_deref().and_then(find) {
        if let Some(own) = own.dyn_ref::<HtmlElement>() {
            let _ = own.focus();
        }
    }
    for id in done.sent {
        if let Some(form) = find(&id).and_then(|form| form.dyn_into::<HtmlFormElement>().ok()) {
            let _ = form.request_submit();
        }
    }
}

/// The elements matching `selector` inside `root`.
fn within<T: JsCast>(root: &Element, selector: &str) -> impl Iterator<Item = T> {
    let found = root.query_selector_all(selector).ok();
    let count = found.as_ref().map_or(0, |found| found.length());
    (0..count).filter_map(move |index| found.as_ref()?.item(index)?.dyn_into::<T>().ok())
}

fn announce(element: &HtmlElement, kind: &str) {
    let init = EventInit::new();
    init.set_bubbles(true);
    if let Ok(event) = Event::new_with_event_init_dict(kind, &init) {
        let _ = element.dispatch_event(&event);
    }
}
