//! The Easy Read switch and the pictures it shows, written as HTML: by the questions' outcome,
//! the tracker, and at build time (navigator-site) the Easy Read cards. The choice is kept on
//! this device only (`crate::storage`), and every switch on a page shows and changes the same
//! choice.

use crate::content::pictogram_alt;
use navigator_core::html::escape;
use navigator_core::routes;
use navigator_core::signpost::EasyReadStep;
use web_sys::Element;

/// The `data-action` of every Easy Read switch.
pub const EASY_READ_SWITCH: &str = "easy-read";

/// A toggle button, labelled with what it does ("Easy Read"), which is read out with its state.
pub fn switch(label: &str, on: bool) -> String {
    format!(
        "<button type=\"button\" class=\"kmcn-easy-read-switch kmcn-print-hide\" aria-pressed=\"{on}\" data-action=\"{EASY_READ_SWITCH}\">\
         <img class=\"kmcn-easy-read-switch__picture\" src=\"{}\" alt=\"\" width=\"32\" height=\"32\">\
         <span class=\"kmcn-easy-read-switch__label\">{label}</span>\
         <span class=\"kmcn-easy-read-switch__state\" aria-hidden=\"true\">{}</span></button>",
        routes::pictogram(routes::EASY_READ_SYMBOL),
        on_or_off(on),
    )
}

/// Sets every Easy Read switch under `root` to `on`.
pub fn show_switches(root: &Element, on: bool) {
    let Ok(switches) = root.query_selector_all(&format!("[data-action=\"{EASY_READ_SWITCH}\"]"))
    else {
        return;
    };
    for index in 0..switches.length() {
        let Some(switch) = switches
            .item(index)
            .and_then(|node| wasm_bindgen::JsCast::dyn_into::<Element>(node).ok())
        else {
            continue;
        };
        let _ = switch.set_attribute("aria-pressed", &on.to_string());
        if let Ok(Some(state)) = switch.query_selector(".kmcn-easy-read-switch__state") {
            state.set_text_content(Some(on_or_off(on)));
        }
    }
}

fn on_or_off(on: bool) -> &'static str {
    if on {
        "On"
    } else {
        "Off"
    }
}

/// Easy Read steps: each picture beside its sentences.
pub fn steps(steps: &[EasyReadStep]) -> String {
    format!(
        "<ol class=\"kmcn-easy-read-steps\">{}</ol>",
        step_items(steps)
    )
}

/// The items of [`steps`]' list.
pub fn step_items(steps: &[EasyReadStep]) -> String {
    steps
        .iter()
        .map(|step| {
            let picture = step.picture.as_str();
            format!(
                "<li class=\"kmcn-easy-read-steps__step\">{}<p>{}</p></li>",
                routes::pictogram_img(picture, pictogram_alt(picture), 64),
                escape(&step.text)
            )
        })
        .collect()
}
