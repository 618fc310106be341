//! "Your postcode": a district to list places nearest first. The postcode is used on the page
//! and never kept.

use crate::content::directory;
use leptos::prelude::*;
use navigator_core::directory::District;

/// The ids of the form and what is in it, which the services part of the app also answers
/// (`crate::services`).
pub const NEAREST_FIRST_FORM: &str = "nearest-first";
pub const POSTCODE_FIELD: &str = "postcode";
pub const POSTCODE_HINT: &str = "postcode-hint";
pub const POSTCODE_ERROR: &str = "postcode-error";

#[component]
pub fn NearestFirst(near: RwSignal<Option<&'static District>>) -> impl IntoView {
    let postcode = RwSignal::new(String::new());
    let error = RwSignal::new(None::<String>);
    let on_submit = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        let typed = postcode.get_untracked();
        let found = (!typed.trim().is_empty()).then(|| directory().district(&typed));
        near.set(
            found
                .as_ref()
                .and_then(|found| found.as_ref().ok().copied()),
        );
        error.set(
            found
                .and_then(|found| found.err())
                .map(|problem| problem.to_string()),
        );
    };
    view! {
        <form class="kmcn-postcode" id=NEAREST_FIRST_FORM novalidate on:submit=on_submit>
            <div class="nhsuk-form-group" class:nhsuk-form-group--error=move || error.read().is_some()>
                <label class="nhsuk-label" for=POSTCODE_FIELD>"Your postcode, or just its first part (optional)"</label>
                <div class="nhsuk-hint" id=POSTCODE_HINT>"To list the nearest first. For example, ME7 or CT1 2AB. We do not keep it."</div>
                {move || error.get().map(|message| view! {
                    <span class="nhsuk-error-message" id=POSTCODE_ERROR>
                        <span class="nhsuk-u-visually-hidden">"Error: "</span>{message}
                    </span>
                })}
                <input class="nhsuk-input nhsuk-input--width-10" id=POSTCODE_FIELD type="text" autocomplete="off" spellcheck="false"
                    aria-describedby=move || if error.read().is_some() { format!("{POSTCODE_HINT} {POSTCODE_ERROR}") } else { POSTCODE_HINT.to_string() }
                    prop:value=move || postcode.get()
                    on:input=move |event| postcode.set(event_target_value(&event)) />
            </div>
            <button class="nhsuk-button nhsuk-button--secondary" type="submit">"Show nearest first"</button>
        </form>
    }
}

/// "nearest to ME12 (Sheerness, Isle of Sheppey)", for saying how a list is ordered.
pub fn nearest_to(district: &District) -> String {
    format!(
        "nearest to {} ({}). Distances are rough, as the crow flies.",
        district.code, district.town
    )
}
