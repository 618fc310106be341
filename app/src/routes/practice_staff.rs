//! Care navigation for practice staff: find the reason for contact in a few keystrokes, read the
//! emergency signs aloud, then follow the same rules the public sees. Nothing typed here is kept.

use crate::components::focus::focus_main_heading;
use crate::components::page::PageHeading;
use crate::content::rules;
use crate::journey::{Journey, Mode};
use leptos::prelude::*;
use navigator_core::routes;
use navigator_core::signpost::{confident_match, find_problems, Preset, Who};
use navigator_core::site::REASON_FORM;

const NOTHING_KEPT: &str = "Nothing you type here is stored, logged or sent anywhere. Leaving or refreshing the page clears it.";

#[component]
pub fn PracticeStaff() -> impl IntoView {
    let chosen = RwSignal::new(None::<String>);
    // A new patient, or a different reason, starts again from the reason for contact.
    let new_reason = Callback::new(move |()| {
        chosen.set(None);
        focus_main_heading();
    });
    view! {
        {move || match chosen.get() {
            None => view! { <ReasonSearch chosen=chosen /> }.into_any(),
            Some(problem) => view! {
                <p class="kmcn-print-hide">
                    <button type="button" class="nhsuk-button nhsuk-button--secondary nhsuk-button--small"
                        on:click=move |_| new_reason.run(())>
                        "Change the reason for contact"
                    </button>
                </p>
                // Staff read the questions to the patient as written, so "who needs help?" is not asked.
                <div class="kmcn-staff">
                    <Journey mode=Mode::Staff preset=Preset { problem: Some(problem), who: Some(Who::Me) } restart=new_reason />
                </div>
            }.into_any(),
        }}
    }
}

/// Type a few letters of the reason; pick the matching problem. Written into the page too
/// (navigator-site), to be used before the app starts, and hidden without JavaScript.
#[component]
fn ReasonSearch(chosen: RwSignal<Option<String>>) -> impl IntoView {
    let typed = RwSignal::new(String::new());
    let picked = RwSignal::new(None::<String>);
    let show_error = RwSignal::new(false);
    let matches = move || find_problems(rules(), &typed.get(), None);
    let on_submit = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        // Continue with the chosen problem, or the best match if it is a confident one: a weak
        // match is never taken without the receptionist choosing it.
        let problem = picked.get_untracked().or_else(|| {
            confident_match(rules(), &typed.get_untracked(), None).map(|problem| problem.id.clone())
        });
        match problem {
            Some(problem) => {
                chosen.set(Some(problem));
                focus_main_heading();
            }
            None => show_error.set(true),
        }
    };
    view! {
        <div class="kmcn-needs-script">
            <PageHeading title="Care navigation" />
            <p class="nhsuk-lede-text">"For reception and care navigation staff. The same rules as the public site, with a script to read out."</p>
            <div class="nhsuk-inset-text">
                <span class="nhsuk-u-visually-hidden">"Information: "</span>
                <p>{NOTHING_KEPT}</p>
            </div>
            <form id=REASON_FORM novalidate on:submit=on_submit>
                <div class="nhsuk-form-group" class:nhsuk-form-group--error=move || show_error.get()>
                    <label class="nhsuk-label nhsuk-label--m" for="reason">"Reason for contact"</label>
                    <div class="nhsuk-hint" id="reason-hint">"Type a few letters, for example: back, uti, rash child, repeat meds"</div>
                    {move || show_error.get().then(|| view! {
                        <span class="nhsuk-error-message" id="reason-error">
                            <span class="nhsuk-u-visually-hidden">"Error: "</span>"Choose the reason from the list of matches"
                        </span>
                    })}
                    <input class="nhsuk-input" id="reason" type="search" autocomplete="off" spellcheck="false"
                        aria-describedby=move || if show_error.get() { "reason-hint reason-error reason-count" } else { "reason-hint reason-count" }
                        prop:value=move || typed.get()
                        on:input=move |event| { typed.set(event_target_value(&event)); picked.set(None); show_error.set(false); } />
                    <p class="nhsuk-body-s" id="reason-count" role="status">
                        {move || match matches().iter().filter(|problem| !problem.catch_all).count() {
                            0 => "No matches. Try other words, or choose \u{201c}Something else\u{201d}.".to_string(),
                            1 => "1 match".to_string(),
                            n => format!("{n} matches"),
                        }}
                    </p>
                </div>
                <fieldset class="nhsuk-fieldset">
                    <legend class="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">"Matching problems"</legend>
                    <div class="nhsuk-radios nhsuk-radios--small">
                        {move || matches().into_iter().take(12).map(|problem| {
                            let id = format!("reason-{}", problem.id);
                            let value = problem.id.clone();
                            let is_picked = {
                                let value = value.clone();
                                move || picked.read().as_ref() == Some(&value)
                            };
                            view! {
                                <div class="nhsuk-radios__item">
                                    <input class="nhsuk-radios__input" id=id.clone() name="reason-problem" type="radio" value=problem.id.clone()
                                        prop:checked=is_picked
                                        on:change=move |_| { picked.set(Some(value.clone())); show_error.set(false); } />
                                    <label class="nhsuk-label nhsuk-radios__label" for=id>{problem.title.clone()}</label>
                                </div>
                            }
                        }).collect_view()}
                    </div>
                </fieldset>
                <button class="nhsuk-button" type="submit">"Continue"</button>
            </form>
            <p><a href=routes::QUICK_REFERENCE>"Quick reference: self-referral routes and local services by area"</a></p>
            <p><a href=routes::EASY_READ_CARDS>"Easy Read cards: every outcome in Easy Read, to print and give"</a></p>
            <p><a href=routes::guidance_page("for-practice-staff")>"How to use this site with patients"</a></p>
        </div>
    }
}
