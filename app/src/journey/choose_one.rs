//! One question with one answer to choose, optionally with a box that narrows a long list.

use super::TITLE;
use crate::components::focus::focus_error_summary;
use crate::content::rules;
use leptos::prelude::*;
use leptos_meta::Title;
use navigator_core::signpost::find_problems;

/// One option of a question, as shown.
#[derive(Clone)]
pub struct Offer {
    pub id: String,
    pub label: String,
    pub hint: Option<String>,
}

impl Offer {
    pub fn new(id: &str, label: &str, hint: Option<&str>) -> Offer {
        Offer {
            id: id.to_string(),
            label: label.to_string(),
            hint: hint.map(str::to_string),
        }
    }
}

const CHOOSE_ONE_ERROR: &str = "Select an answer";

/// The message beside the question when Continue is pressed with nothing chosen.
pub(super) fn error_message(id: &'static str, message: &'static str) -> impl IntoView {
    view! {
        <span class="nhsuk-error-message" id=id>
            <span class="nhsuk-u-visually-hidden">"Error: "</span>
            {message}
        </span>
    }
}

/// The error summary shown when Continue is pressed with nothing chosen.
pub(super) fn error_summary(message: &'static str, target: String) -> impl IntoView {
    view! {
        <div class="nhsuk-error-summary" aria-labelledby="error-summary-title" role="alert" tabindex="-1">
            <h2 class="nhsuk-error-summary__title" id="error-summary-title">"There is a problem"</h2>
            <div class="nhsuk-error-summary__body">
                <ul class="nhsuk-list nhsuk-error-summary__list">
                    <li><a href=target>{message}</a></li>
                </ul>
            </div>
        </div>
    }
}

#[component]
pub fn ChooseOne(
    question: String,
    hint: Option<String>,
    options: Vec<Offer>,
    on_choose: Callback<String>,
    /// Show a box that narrows a long list as the person types.
    #[prop(optional)]
    filter: bool,
) -> impl IntoView {
    let chosen = RwSignal::new(None::<String>);
    let show_error = RwSignal::new(false);
    let search = RwSignal::new(String::new());
    // The problems the finder matches to what was typed ("Something else" always among them).
    let matched = Memo::new(move |_| {
        find_problems(rules(), &search.read(), None)
            .into_iter()
            .map(|problem| problem.id.clone())
            .collect::<Vec<_>>()
    });
    let shown = move |id: &str| !filter || matched.read().iter().any(|found| found == id);
    let ids: Vec<String> = options.iter().map(|option| option.id.clone()).collect();
    let matching = move || ids.iter().filter(|id| shown(id)).count();
    let total = options.len();
    let first_input = format!(
        "#choice-{}",
        options
            .first()
            .map(|option| option.id.as_str())
            .unwrap_or_default()
    );
    let on_submit = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        match chosen.get_untracked() {
            Some(choice) => on_choose.run(choice),
            None => {
                show_error.set(true);
                focus_error_summary();
            }
        }
    };
    let has_hint = hint.is_some();
    let described_by = move || {
        let mut ids = Vec::new();
        if has_hint {
            ids.push("question-hint");
        }
        if show_error.get() {
            ids.push("question-error");
        }
        (!ids.is_empty()).then(|| ids.join(" "))
    };
    view! {
        <Title text=TITLE />
        <form novalidate on:submit=on_submit>
            {move || show_error.get().then(|| error_summary(CHOOSE_ONE_ERROR, first_input.clone()))}
            <div class="nhsuk-form-group" class:nhsuk-form-group--error=move || show_error.get()>
                <fieldset class="nhsuk-fieldset" aria-describedby=described_by>
                    <legend class="nhsuk-fieldset__legend nhsuk-fieldset__legend--l">
                        <h1 class="nhsuk-fieldset__heading" tabindex="-1">{question}</h1>
                    </legend>
                    {hint.map(|hint| view! { <div class="nhsuk-hint" id="question-hint">{hint}</div> })}
                    {filter.then(|| view! {
                        <div class="kmcn-filter">
                            <label class="nhsuk-label" for="choice-filter">"Search the list"</label>
                            <div class="nhsuk-hint" id="choice-filter-hint">"Type a word to narrow the list, for example rash, tooth or pregnant."</div>
                            // The count is a live region of its own; in the field's description as well,
                            // Orca read it twice.
                            <input class="nhsuk-input" id="choice-filter" type="search" autocomplete="off" spellcheck="false"
                                aria-describedby="choice-filter-hint"
                                prop:value=move || search.get()
                                on:input=move |event| search.set(event_target_value(&event))
                                on:keydown=|event: leptos::ev::KeyboardEvent| if event.key() == "Enter" { event.prevent_default() } />
                            <p class="nhsuk-body-s" id="choice-filter-count" role="status">
                                {move || format!("Showing {} of {total}", matching())}
                            </p>
                        </div>
                    })}
                    {move || show_error.get().then(|| error_message("question-error", CHOOSE_ONE_ERROR))}
                    <div class="nhsuk-radios">
                        {options.into_iter().map(|option| {
                            let id = format!("choice-{}", option.id);
                            let hint_id = format!("{id}-hint");
                            let value = option.id.clone();
                            let is_chosen = {
                                let value = value.clone();
                                move || chosen.read().as_ref() == Some(&value)
                            };
                            // Controlled, because Leptos reuses these inputs when the next question has the
                            // same shape, and a choice must not carry over to it.
                            let shown_id = option.id.clone();
                            view! {
                                <div class="nhsuk-radios__item" hidden=move || !shown(&shown_id)>
                                    <input class="nhsuk-radios__input" id=id.clone() name="choice" type="radio" value=option.id.clone()
                                        aria-describedby=option.hint.is_some().then(|| hint_id.clone())
                                        prop:checked=is_chosen
                                        on:change=move |_| { chosen.set(Some(value.clone())); show_error.set(false); } />
                                    <label class="nhsuk-label nhsuk-radios__label" for=id>{option.label}</label>
                                    {option.hint.map(|hint| view! { <div class="nhsuk-hint nhsuk-radios__hint" id=hint_id>{hint}</div> })}
                                </div>
                            }
                        }).collect_view()}
                    </div>
                </fieldset>
            </div>
            <button class="nhsuk-button" type="submit">"Continue"</button>
        </form>
    }
}
