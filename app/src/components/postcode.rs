//! "Your postcode": a district to list places nearest first, on Find a service and under an
//! outcome. The postcode is used on the page and never kept.

use navigator_core::directory::District;

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

/// "nearest to ME12 (Sheerness, Isle of Sheppey)", for saying how a list is ordered.
pub fn nearest_to(district: &District) -> String {
    format!(
        "nearest to {} ({}). Distances are rough, as the crow flies.",
        district.code, district.town
    )
}
