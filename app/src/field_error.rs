//! An error on a form field the app writes as HTML (the postcode box on Find a service and
//! under an outcome, care navigation's reason, the tracker's file field), marked up as the
//! NHS.UK frontend marks one: the group marked, the message just before the field, and the field
//! described by its hint and the message.

use navigator_core::html::escape;
use web_sys::Element;

/// Shows `problem` on `field`, whose hint has the id `hint`, in a message with the id `error`;
/// with no problem, takes away the message shown.
pub fn show(field: &Element, hint: &str, error: &str, problem: Option<&str>) {
    if let Some(shown) = field
        .owner_document()
        .and_then(|document| document.get_element_by_id(error))
    {
        shown.remove();
    }
    if let Ok(Some(group)) = field.closest(".nhsuk-form-group") {
        let _ = group
            .class_list()
            .toggle_with_force("nhsuk-form-group--error", problem.is_some());
    }
    let described_by = match problem {
        Some(_) => format!("{hint} {error}"),
        None => hint.to_string(),
    };
    let _ = field.set_attribute("aria-describedby", &described_by);
    if let Some(problem) = problem {
        let _ = field.insert_adjacent_html(
            "beforebegin",
            &format!(
                "<span class=\"nhsuk-error-message\" id=\"{error}\"><span class=\"nhsuk-u-visually-hidden\">Error: </span>{}</span>",
                escape(problem)
            ),
        );
    }
}
