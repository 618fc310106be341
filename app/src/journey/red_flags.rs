//! The red-flag screen: the signs of a life-threatening emergency, asked before anything else.

use super::choose_one::{error_message, error_summary, Offer};
use super::{Mode, TITLE};
use crate::components::focus::focus_error_summary;
use leptos::prelude::*;
use leptos_meta::Title;
use navigator_core::signpost::{
    RedFlag, RedFlagGroup, NONE_OF_THESE, RED_FLAG_HINT, RED_FLAG_QUESTION,
};
use navigator_core::site::RED_FLAG_FORM;

const RED_FLAG_ERROR: &str = "Tick the signs that apply, or \u{201c}None of these\u{201d}";

/// The red flags in their groups, in the order the screen lists them.
pub fn red_flag_groups(flags: &[&RedFlag]) -> Vec<(&'static str, Vec<Offer>)> {
    RedFlagGroup::grouped(flags)
        .into_iter()
        .map(|(group, signs)| {
            let offers = signs
                .into_iter()
                .map(|flag| Offer::new(&flag.id, &flag.text, flag.hint.as_deref()))
                .collect();
            (group.heading(), offers)
        })
        .collect()
}

/// The red-flag screen: tick every sign that applies, or "None of these", which excludes the rest.
/// The page as written has this form, rendered at build time (navigator-site), to answer before
/// the app starts; the boxes have no name, so a form sent without the app carries no answer.
#[component]
pub fn RedFlagScreen(
    groups: Vec<(&'static str, Vec<Offer>)>,
    on_choose: Callback<Vec<String>>,
    mode: Mode,
) -> impl IntoView {
    let hint = match mode {
        Mode::Public => RED_FLAG_HINT,
        Mode::Staff => "Read the list to the patient and tick all that apply. If any applies, they need help now.",
    };
    let ticked = RwSignal::new(Vec::<String>::new());
    let none = RwSignal::new(false);
    let show_error = RwSignal::new(false);
    let on_submit = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        let flags = ticked.get_untracked();
        if flags.is_empty() && !none.get_untracked() {
            show_error.set(true);
            focus_error_summary();
        } else {
            on_choose.run(flags);
        }
    };
    view! {
        <Title text=TITLE />
        <form id=RED_FLAG_FORM class="kmcn-needs-script" novalidate on:submit=on_submit>
            {move || show_error.get().then(|| error_summary(RED_FLAG_ERROR, "#flag-none".to_string()))}
            <div class="nhsuk-form-group" class:nhsuk-form-group--error=move || show_error.get()>
                <fieldset class="nhsuk-fieldset" aria-describedby=move || if show_error.get() { "flags-hint flags-error" } else { "flags-hint" }>
                    <legend class="nhsuk-fieldset__legend nhsuk-fieldset__legend--l">
                        <h1 class="nhsuk-fieldset__heading" tabindex="-1">{RED_FLAG_QUESTION}</h1>
                    </legend>
                    <div class="nhsuk-hint" id="flags-hint">{hint}</div>
                    {move || show_error.get().then(|| error_message("flags-error", RED_FLAG_ERROR))}
                    <div class="nhsuk-checkboxes">
                        {groups.into_iter().map(|(heading, options)| view! {
                        <h2 class="nhsuk-heading-s kmcn-flag-group">{heading}</h2>
                        {options.into_iter().map(|option| {
                            let id = format!("flag-{}", option.id);
                            let hint_id = format!("{id}-hint");
                            let flag = option.id.clone();
                            let is_ticked = {
                                let flag = flag.clone();
                                move || ticked.read().contains(&flag)
                            };
                            view! {
                                <div class="nhsuk-checkboxes__item">
                                    <input class="nhsuk-checkboxes__input" id=id.clone() type="checkbox" value=option.id.clone()
                                        aria-describedby=option.hint.is_some().then(|| hint_id.clone())
                                        prop:checked=is_ticked
                                        on:change=move |event| {
                                            let checked = event_target_checked(&event);
                                            ticked.update(|ticked| {
                                                ticked.retain(|id| id != &flag);
                                                if checked { ticked.push(flag.clone()); }
                                            });
                                            if checked { none.set(false); }
                                            show_error.set(false);
                                        } />
                                    <label class="nhsuk-label nhsuk-checkboxes__label" for=id>{option.label}</label>
                                    {option.hint.map(|hint| view! { <div class="nhsuk-hint nhsuk-checkboxes__hint" id=hint_id>{hint}</div> })}
                                </div>
                            }
                        }).collect_view()}
                        }).collect_view()}
                        <div class="nhsuk-checkboxes__divider">"or"</div>
                        <div class="nhsuk-checkboxes__item">
                            <input class="nhsuk-checkboxes__input" id="flag-none" type="checkbox" value="none" data-checkbox-exclusive=""
                                prop:checked=move || none.get()
                                on:change=move |event| {
                                    let checked = event_target_checked(&event);
                                    none.set(checked);
                                    if checked { ticked.set(Vec::new()); }
                                    show_error.set(false);
                                } />
                            <label class="nhsuk-label nhsuk-checkboxes__label" for="flag-none">{NONE_OF_THESE}</label>
                        </div>
                    </div>
                </fieldset>
            </div>
            <button class="nhsuk-button" type="submit">"Continue"</button>
        </form>
    }
}
