//! Care navigation for practice staff: find the reason for contact in a few keystrokes, read the
//! emergency signs aloud, then follow the same rules the public sees. Nothing typed here is kept.

use crate::components::focus::focus_main_heading;
use crate::components::page::PageHeading;
use crate::components::service::numbers;
use crate::content::{directory, rules};
use crate::journey::{Journey, Mode};
use leptos::prelude::*;
use navigator_core::directory::{Area, ServiceKind};
use navigator_core::routes;
use navigator_core::signpost::{confident_match, find_problems, Preset, Who};

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

/// Type a few letters of the reason; pick the matching problem.
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
        <PageHeading title="Care navigation" />
        <p class="nhsuk-lede-text">"For reception and care navigation staff. The same rules as the public site, with a script to read out."</p>
        <div class="nhsuk-inset-text">
            <span class="nhsuk-u-visually-hidden">"Information: "</span>
            <p>{NOTHING_KEPT}</p>
        </div>
        <form novalidate on:submit=on_submit>
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
    }
}

/// Services anyone in Kent and Medway can refer themselves to or use directly.
const SELF_REFERRAL_KINDS: [ServiceKind; 6] = [
    ServiceKind::SelfReferral,
    ServiceKind::Pharmacy,
    ServiceKind::SexualHealth,
    ServiceKind::MentalHealthSupport,
    ServiceKind::CommunitySupport,
    ServiceKind::CarersSupport,
];

const LOCAL_KINDS: [ServiceKind; 3] = [
    ServiceKind::UrgentTreatmentCentre,
    ServiceKind::MinorInjuriesUnit,
    ServiceKind::EmergencyDepartment,
];

const AREAS: [Area; 5] = [
    Area::DartfordGraveshamSwanley,
    Area::Medway,
    Area::Swale,
    Area::WestKent,
    Area::EastKent,
];

/// A printable sheet of self-referral routes and local places, area by area.
#[component]
pub fn QuickReference() -> impl IntoView {
    let services = &directory().services;
    view! {
        <PageHeading title="Quick reference for care navigation" />
        <p class="nhsuk-lede-text">"Services people can use or refer themselves to, and the urgent care places in each area of Kent and Medway."</p>
        <p class="kmcn-print-hide">
            <button type="button" class="nhsuk-button nhsuk-button--secondary" on:click=|_| {
                if let Some(window) = web_sys::window() {
                    let _ = window.print();
                }
            }>"Print as a poster"</button>
        </p>
        <h2>"Anyone can use or refer themselves to"</h2>
        // On a phone each row stacks, with its own labels; the roles keep it a table to screen readers.
        <table class="nhsuk-table kmcn-reference" role="table">
            <caption class="nhsuk-table__caption nhsuk-u-visually-hidden">"Self-referral routes"</caption>
            <thead class="nhsuk-table__head" role="rowgroup">
                <tr class="nhsuk-table__row" role="row">
                    <th class="nhsuk-table__header" scope="col" role="columnheader">"Service"</th>
                    <th class="nhsuk-table__header" scope="col" role="columnheader">"Who can use it"</th>
                    <th class="nhsuk-table__header" scope="col" role="columnheader">"How"</th>
                </tr>
            </thead>
            <tbody class="nhsuk-table__body" role="rowgroup">
                {services.iter().filter(|service| SELF_REFERRAL_KINDS.contains(&service.kind)).map(|service| view! {
                    <tr class="nhsuk-table__row" role="row">
                        <th class="nhsuk-table__header" scope="row" role="rowheader">{service.name.clone()}</th>
                        <td class="nhsuk-table__cell" role="cell">
                            <span class="kmcn-reference__label" aria-hidden="true">"Who can use it: "</span>
                            {service.who_can_use.clone()}
                        </td>
                        <td class="nhsuk-table__cell" role="cell">
                            <span class="kmcn-reference__label" aria-hidden="true">"How: "</span>
                            {service.how_to_use.clone()} " " {numbers(service, &service.how_to_use)}
                            {service.website_label().map(|web| view! { " " <span class="kmcn-url">{web}</span> })}
                        </td>
                    </tr>
                }).collect_view()}
            </tbody>
        </table>
        {AREAS.into_iter().map(|area| view! {
            <h2>{area.label()}</h2>
            <ul class="nhsuk-list">
                {services.iter().filter(|service| LOCAL_KINDS.contains(&service.kind) && service.areas.contains(&area)).map(|service| view! {
                    <li>
                        <strong>{service.name.clone()}</strong> ": "
                        {service.hours.as_ref().map(|hours| hours.describe()).unwrap_or_default()}
                    </li>
                }).collect_view()}
            </ul>
        }).collect_view()}
        <p class="nhsuk-body-s">
            {format!(
                "Details checked against their sources by {}. Opening times can change: check before sending someone.",
                services.iter().map(|service| service.last_verified).min().map(|date| date.long()).unwrap_or_default()
            )}
        </p>
    }
}
