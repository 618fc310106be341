//! "Your postcode": a district to list places nearest first, on Find a service and under an
//! outcome. The postcode is used on the page and never kept.

use crate::content::directory;
use crate::field_error;
use navigator_core::directory::District;
use wasm_bindgen::JsCast;

/// The ids of the form and what is in it, which the services and questions parts answer.
pub const NEAREST_FIRST_FORM: &str = "nearest-first";
pub const POSTCODE_FIELD: &str = "postcode";
pub const POSTCODE_HINT: &str = "postcode-hint";
pub const POSTCODE_ERROR: &str = "postcode-error";
pub const NEAREST_FIRST_CLASS: &str = "kmcn-postcode";

/// What is inside the form (`<form class=NEAREST_FIRST_CLASS id=NEAREST_FIRST_FORM novalidate>`);
/// an error is shown on it with `crate::field_error`.
pub fn nearest_first_fields() -> String {
    format!(
        "<div class=\"nhsuk-form-group\">\
         <label class=\"nhsuk-label\" for=\"{POSTCODE_FIELD}\">Your postcode, or just its first part (optional)</label>\
         <div class=\"nhsuk-hint\" id=\"{POSTCODE_HINT}\">To list the nearest first. For example, ME7 or CT1 2AB. We do not keep it.</div>\
         <input class=\"nhsuk-input nhsuk-input--width-10\" id=\"{POSTCODE_FIELD}\" type=\"text\" autocomplete=\"off\" spellcheck=\"false\" aria-describedby=\"{POSTCODE_HINT}\">\
         </div>\
         <button class=\"nhsuk-button nhsuk-button--secondary\" type=\"submit\">Show nearest first</button>"
    )
}

/// The whole form, [`nearest_first_fields`] in it.
pub fn nearest_first() -> String {
    format!(
        "<form class=\"{NEAREST_FIRST_CLASS}\" id=\"{NEAREST_FIRST_FORM}\" novalidate>{}</form>",
        nearest_first_fields()
    )
}

/// The district of the postcode in the box, or none if the box is empty; the box shows why a
/// postcode cannot be used, or that it can.
pub fn district_typed(document: &web_sys::Document) -> Option<&'static District> {
    let field = document.get_element_by_id(POSTCODE_FIELD)?;
    let typed = field
        .dyn_ref::<web_sys::HtmlInputElement>()
        .map(|input| input.value())
        .unwrap_or_default();
    let found = (!typed.trim().is_empty()).then(|| directory().district(&typed));
    let problem = found
        .as_ref()
        .and_then(|found| found.as_ref().err())
        .map(ToString::to_string);
    field_error::show(&field, POSTCODE_HINT, POSTCODE_ERROR, problem.as_deref());
    found.and_then(Result::ok)
}

/// "nearest to ME12 (Sheerness, Isle of Sheppey)", for saying how a list is ordered.
pub fn nearest_to(district: &District) -> String {
    format!(
        "nearest to {} ({}). Distances are rough, as the crow flies.",
        district.code, district.town
    )
}
