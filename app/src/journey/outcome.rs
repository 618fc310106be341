//! The outcome: where to go and how soon, why, what to do if it gets worse, local places, and a
//! summary to keep that holds nothing about the person.

use super::Mode;
use crate::components::easy_read::{easy_read_on, EasyReadSteps, EasyReadSwitch};
use crate::components::postcode::{nearest_to, NearestFirst};
use crate::components::service::{numbers, OpenNow, ServiceCard};
use crate::content::{directory, now, service};
use leptos::prelude::*;
use leptos_meta::Title;
use navigator_core::directory::{District, Service, ServiceKind, Status};
use navigator_core::routes;
use navigator_core::signpost::{patient_text, script, CareLevel, Decision, Outcome, Reason};

fn care_modifier(level: CareLevel) -> (&'static str, &'static str) {
    match level {
        CareLevel::Emergency => ("emergency", "Immediate action required"),
        CareLevel::Urgent => ("urgent", "Urgent advice"),
        CareLevel::NonUrgent => ("non-urgent", "Non-urgent advice"),
    }
}

#[component]
pub fn Outcome(
    decision: Decision<'static>,
    start_again: Callback<()>,
    mode: Mode,
    someone_else: bool,
) -> impl IntoView {
    let outcome = decision.outcome;
    let (modifier, hidden_prefix) = care_modifier(outcome.urgency.care_level());
    let took_safer_answer = decision.took_safer_answer();
    let services: Vec<_> = outcome
        .services
        .iter()
        .filter_map(|id| service(id))
        .collect();
    let easy_read = easy_read_on();
    view! {
        <Title text=outcome.title.clone() />
        <div class=format!("nhsuk-card nhsuk-card--care nhsuk-card--care--{modifier} kmcn-print-hide") id="outcome">
            <div class="nhsuk-card__heading-container">
                <h1 class="nhsuk-card__heading" tabindex="-1">
                    <span class="nhsuk-u-visually-hidden">{hidden_prefix} ": "</span>
                    {outcome.title.clone()}
                </h1>
                <span class="nhsuk-card--care__arrow" aria-hidden="true"></span>
            </div>
            <div class="nhsuk-card__content">
                // First after the heading, where focus lands, so one Tab reaches it.
                <EasyReadSwitch label="Easy Read" />
                {move || if easy_read.get() {
                    view! { <EasyReadSteps steps=&outcome.easy_read /> }.into_any()
                } else {
                    view! {
                        <p><strong>"How soon: "</strong>{outcome.how_soon.clone()}</p>
                        {outcome.advice.iter().map(|paragraph| view! { <p>{paragraph.clone()}</p> }).collect_view()}
                    }.into_any()
                }}
            </div>
        </div>

        {(mode == Mode::Staff).then(|| view! {
            <div class="nhsuk-inset-text kmcn-print-hide kmcn-script">
                <span class="nhsuk-u-visually-hidden">"Information: "</span>
                <h2 class="nhsuk-heading-s">"What to say"</h2>
                <p>{script(outcome)}</p>
            </div>
        })}
        {someone_else.then(|| view! {
            <div class="nhsuk-inset-text kmcn-print-hide">
                <span class="nhsuk-u-visually-hidden">"Information: "</span>
                <p>"If you are helping someone, share this with them, or help them contact the service. You can print it or copy it below."</p>
            </div>
        })}

        <div class="kmcn-print-hide">
            <h2>"Why we said this"</h2>
            {took_safer_answer.then(|| view! {
                <div class="nhsuk-inset-text">
                    <span class="nhsuk-u-visually-hidden">"Information: "</span>
                    <p>"You were not sure about one of the answers, so we chose the safer option."</p>
                </div>
            })}
            {if decision.because.is_empty() {
                view! { <p>"None of your answers pointed to a more urgent service."</p> }.into_any()
            } else {
                view! { <p>"Because of these answers:"</p> <Reasons reasons=decision.because.clone() /> }.into_any()
            }}
            {(!decision.ruled_out.is_empty()).then(|| view! {
                <details class="nhsuk-details">
                    <summary class="nhsuk-details__summary">
                        <span class="nhsuk-details__summary-text">"What else we checked"</span>
                    </summary>
                    <div class="nhsuk-details__text">
                        <Reasons reasons=decision.ruled_out.clone() />
                    </div>
                </details>
            })}
            <p class="nhsuk-body-s">
                "Based on " <a href=decision.source.url.clone()>{decision.source.title.clone()}</a>
                " (rule " <code>{decision.decided_by}</code> "). This advice was last reviewed on "
                {decision.review.last_reviewed.long()} " and is next due for review on "
                {decision.review.next_review.long()} "."
            </p>

            {(!outcome.local.is_empty()).then(|| view! {
                <LocalPlaces kinds=outcome.local.clone() if_none_open=outcome.if_none_open.clone() />
            })}

            <h2>"If it gets worse"</h2>
            <ul class="nhsuk-list nhsuk-list--bullet">
                {outcome.if_worse.iter().map(|paragraph| view! { <li>{paragraph.clone()}</li> }).collect_view()}
            </ul>

            {outcome.guidance.as_deref().and_then(|slug| Some((routes::guidance_page(slug), crate::content::guide_title(slug)?))).map(|(href, title)| view! {
                <a class="nhsuk-action-link" href=href>
                    <svg class="nhsuk-icon nhsuk-icon--arrow-right-circle" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" width="16" height="16" focusable="false" aria-hidden="true">
                        <path d="M12 2a10 10 0 0 0-10 9h11.7l-4-4a1 1 0 0 1 1.5-1.4l5.6 5.7a1 1 0 0 1 0 1.4l-5.6 5.7a1 1 0 0 1-1.5 0 1 1 0 0 1 0-1.4l4-4H2A10 10 0 1 0 12 2z"></path>
                    </svg>
                    <span class="nhsuk-action-link__text">"Read our guide: " {title}</span>
                </a>
            })}

            {(!services.is_empty()).then(|| view! {
                <h2>"Where to get help"</h2>
                {services.iter().map(|service| view! { <ServiceCard service=service now=Some(now()) /> }).collect_view()}
            })}
        </div>

        <PatientSummary outcome=outcome services=services />

        <button class="nhsuk-button nhsuk-button--secondary kmcn-print-hide" type="button" on:click=move |_| start_again.run(())>
            {if mode == Mode::Staff { "Start with a new patient" } else { "Start again" }}
        </button>
    }
}

/// What to take away: printable on its own, and as a text short enough for one message. It
/// holds nothing about the person.
#[component]
fn PatientSummary(outcome: &'static Outcome, services: Vec<&'static Service>) -> impl IntoView {
    let text = patient_text(outcome, &services);
    let copied = RwSignal::new(String::new());
    let easy_read = easy_read_on();
    let copy = {
        let text = text.clone();
        move |_| {
            // Browsers offer the clipboard only to secure (https or local) pages.
            let clipboard = web_sys::window()
                .map(|window| window.navigator().clipboard())
                .filter(|clipboard| !clipboard.is_undefined());
            let written = clipboard.map(|clipboard| clipboard.write_text(&text));
            leptos::task::spawn_local(async move {
                let done = match written {
                    Some(promise) => wasm_bindgen_futures::JsFuture::from(promise).await.is_ok(),
                    None => false,
                };
                copied.set(if done {
                    "Copied. You can paste it into a text message or email.".to_string()
                } else {
                    "Could not copy. Select the text above and copy it.".to_string()
                });
            });
        }
    };
    view! {
        <section class="kmcn-patient-summary" aria-labelledby="summary-heading">
            <p class="kmcn-print-only"><strong>"Kent & Medway Care Navigator"</strong></p>
            <h2 id="summary-heading">"Summary to keep"</h2>
            <EasyReadSwitch label="Easy Read summary" />
            <p><strong>{outcome.title.clone()}</strong></p>
            {move || if easy_read.get() {
                view! { <EasyReadSteps steps=&outcome.easy_read /> }.into_any()
            } else {
                view! { <p>"How soon: " {outcome.how_soon.clone()}</p> }.into_any()
            }}
            {(!services.is_empty()).then(|| view! {
                <h3 class="nhsuk-heading-s">"How to contact"</h3>
                <ul class="nhsuk-list">
                    {services.iter().map(|service| view! {
                        <li>
                            <strong>{service.name.clone()}</strong> " " {numbers(service, "")}
                            {service.website_label().map(|web| view! { " " <span class="kmcn-url">{web}</span> })}
                        </li>
                    }).collect_view()}
                </ul>
            })}
            {move || (!easy_read.get()).then(|| view! {
                <h3 class="nhsuk-heading-s">"If it gets worse"</h3>
                <ul class="nhsuk-list nhsuk-list--bullet">
                    {outcome.if_worse.iter().map(|line| view! { <li>{line.clone()}</li> }).collect_view()}
                </ul>
            })}
            <p class="nhsuk-body-s">{format!("Given on {}. This summary holds no personal details.", now().date.long())}</p>
            <div class="kmcn-print-hide">
                <div class="kmcn-button-row">
                    <button type="button" class="nhsuk-button nhsuk-button--secondary" on:click=|_| {
                        if let Some(window) = web_sys::window() {
                            let _ = window.print();
                        }
                    }>"Print this summary"</button>
                    <button type="button" class="nhsuk-button nhsuk-button--secondary" on:click=copy>"Copy as a text message"</button>
                </div>
                <div class="nhsuk-form-group">
                    <label class="nhsuk-label" for="summary-text">"Text message (fits in one message)"</label>
                    <textarea class="nhsuk-textarea" id="summary-text" rows="3" readonly>{text}</textarea>
                </div>
                <p role="status" class="nhsuk-body-s">{move || copied.get()}</p>
            </div>
        </section>
    }
}

/// The local places for an outcome: open ones first, and the nearest first once a postcode is
/// given. The postcode is used only here and never stored.
#[component]
fn LocalPlaces(kinds: Vec<ServiceKind>, if_none_open: Option<String>) -> impl IntoView {
    let near = RwSignal::new(None::<&'static District>);
    let now = now();
    view! {
        <h2>"Places you can go"</h2>
        <NearestFirst near=near />
        {move || {
            let places = directory().places(&kinds, near.get(), now);
            let any_open = places.iter().any(|place| place.status.is_some_and(Status::is_open));
            let order = match near.get() {
                Some(district) => format!("Open places first, then {}", nearest_to(district)),
                None => "Open places first.".to_string(),
            };
            view! {
                <p class="nhsuk-body-s" role="status">{order}</p>
                {(!any_open).then(|| if_none_open.clone().map(|text| view! {
                    <div class="nhsuk-inset-text">
                        <span class="nhsuk-u-visually-hidden">"Information: "</span>
                        <p>{text}</p>
                    </div>
                }))}
                <ul class="nhsuk-list kmcn-places">
                    {places.into_iter().map(|place| {
                        let service = place.service;
                        view! {
                            <li class="kmcn-place">
                                <h3 class="nhsuk-heading-s nhsuk-u-margin-bottom-2">{service.name.clone()}</h3>
                                <OpenNow service now=Some(now) />
                                <p class="nhsuk-body-s">
                                    {service.address.clone()}
                                    {place.about_km().map(|km| format!(" (about {km} km away)"))}
                                    <br />
                                    {service.hours.as_ref().map(|hours| hours.describe())}
                                </p>
                            </li>
                        }
                    }).collect_view()}
                </ul>
                <p class="nhsuk-body-s">
                    "Details checked against the local NHS list on "
                    {directory().services.iter().filter(|service| kinds.contains(&service.kind)).map(|service| service.last_verified).min().map(|date| date.long())}
                    ". Check before you travel: opening times can change."
                </p>
            }
        }}
    }
}

#[component]
fn Reasons(reasons: Vec<Reason>) -> impl IntoView {
    view! {
        <dl class="nhsuk-summary-list">
            {reasons.into_iter().map(|reason| view! {
                <div class="nhsuk-summary-list__row">
                    <dt class="nhsuk-summary-list__key">{reason.question}</dt>
                    <dd class="nhsuk-summary-list__value">{reason.answer}</dd>
                </div>
            }).collect_view()}
        </dl>
    }
}
