//! The no-connection callout as HTML, and which of the app's buttons a click was on: shared by
//! every part.

use navigator_core::html::escape;

/// The `data-action` of the button that tries again.
pub const TRY_AGAIN: &str = "try-again";

pub(crate) const NO_CONNECTION_CLASS: &str = "nhsuk-warning-callout";

/// What to do when something could not be fetched, and a button to try again ([`TRY_AGAIN`]);
/// `what` could not be fetched, and what is kept, is said before the advice.
pub fn no_connection(what: &str) -> String {
    format!(
        "<div class=\"{NO_CONNECTION_CLASS}\" role=\"alert\">{}</div>",
        no_connection_content(what)
    )
}

pub(crate) fn no_connection_content(what: &str) -> String {
    format!(
        "<h2 class=\"nhsuk-warning-callout__label\"><span class=\"nhsuk-u-visually-hidden\">Important: </span>No connection</h2>\
         <p>{}Check your internet connection and try again. If you need help now, call 111. In an emergency, call 999.</p>\
         <button class=\"nhsuk-button nhsuk-button--secondary\" type=\"button\" data-action=\"{TRY_AGAIN}\">Try again</button>",
        escape(what)
    )
}

/// Whether `event` is a click on (or in) the button that does `action`.
pub fn pressed(event: &web_sys::Event, action: &str) -> bool {
    use wasm_bindgen::JsCast;
    event
        .target()
        .and_then(|target| target.dyn_into::<web_sys::Element>().ok())
        .and_then(|target| {
            target
                .closest(&format!("[data-action=\"{action}\"]"))
                .ok()
                .flatten()
        })
        .is_some()
}
