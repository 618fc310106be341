//! A service's card and its "open now" tag: drawn by the app under an outcome and in "Find a
//! service", and rendered at build time (navigator-site) into the carers page and each service's
//! own page, so every page shows a service the same way.

use crate::content::directory;
use crate::open_now::tag_class;
use leptos::prelude::*;
use navigator_core::directory::{Service, Status};
use navigator_core::site::OPEN_NOW_CLASS;
use navigator_core::{Date, LondonTime};

/// HTML written at build time, shown as it is, with each place's "open now" tag filled in for
/// the time it is read.
#[component]
pub fn Html(html: String) -> impl IntoView {
    let node = NodeRef::<leptos::html::Div>::new();
    Effect::new(move |_| {
        if let Some(element) = node.get() {
            crate::open_now::fill(&element);
        }
    });
    view! { <div node_ref=node inner_html=html></div> }
}

/// Where a place with opening hours shows whether it is open: the tag when the time it is read
/// is known, otherwise (a page written at build time) an empty slot that the app fills in.
/// Nothing for a service without opening hours.
#[component]
pub fn OpenNow(service: &'static Service, now: Option<LondonTime>) -> impl IntoView {
    service.hours.is_some().then(|| {
        let status = now.and_then(|now| Some((directory().status(service, now)?, now.date)));
        view! {
            <p class=OPEN_NOW_CLASS data-service=service.id.clone()>
                {status.map(|(status, today)| view! { <OpenNowTag status today /> })}
            </p>
        }
    })
}

/// The "open now" tag: green when open, grey when closed.
#[component]
pub fn OpenNowTag(status: Status, today: Date) -> impl IntoView {
    view! { <strong class=tag_class(status)>{status.describe(today)}</strong> }
}

/// A service's card: its name unless the page is named after it, whether it is open, and its
/// details, with the date they were last checked against their source.
#[component]
pub fn ServiceCard(
    service: &'static Service,
    #[prop(default = true)] with_name: bool,
    now: Option<LondonTime>,
) -> impl IntoView {
    view! {
        <div class="nhsuk-card">
            <div class="nhsuk-card__content">
                {with_name.then(|| view! { <h3 class="nhsuk-card__heading nhsuk-heading-s">{service.name.clone()}</h3> })}
                <OpenNow service now />
                <ServiceDetails service />
            </div>
        </div>
    }
}

/// Everything about a service after its name and its "open now" tag: what it is for, how to use
/// it, who can, how to reach it, where and when, what it does not do, and when this was checked.
#[component]
fn ServiceDetails(service: &'static Service) -> impl IntoView {
    let row = |label: &'static str, value: AnyView| {
        view! {
            <div class="nhsuk-summary-list__row">
                <dt class="nhsuk-summary-list__key">{label}</dt>
                <dd class="nhsuk-summary-list__value">{value}</dd>
            </div>
        }
    };
    let text = |text: &String| text.clone().into_any();
    let link = |href: String, label: String| view! { <a href=href>{label}</a> }.into_any();
    let areas: Vec<&str> = service.areas.iter().map(|area| area.label()).collect();
    view! {
        <p class="nhsuk-card__description">{service.summary.clone()}</p>
        <dl class="nhsuk-summary-list">
            {row("How to use it", text(&service.how_to_use))}
            {row("Who can use it", text(&service.who_can_use))}
            {service.phone.clone().zip(service.phone_href()).map(|(phone, href)| row("Phone", link(href, phone)))}
            {service.text.clone().zip(service.text_href()).map(|(number, href)| row("Text", link(href, number)))}
            {service.website.clone().zip(service.website_label()).map(|(website, label)| row("Website", view! {
                <a class="kmcn-url" href=website>{label.to_string()}</a>
            }.into_any()))}
            {service.address.as_ref().map(|address| row("Where", text(address)))}
            {row("Area", areas.join(", ").into_any())}
            {service.hours.as_ref().map(|hours| row("Opening hours", hours.describe().into_any()))}
            {(!service.not_for.is_empty()).then(|| row("Not for", view! {
                <ul class="nhsuk-list nhsuk-list--bullet">
                    {service.not_for.iter().map(|item| view! { <li>{item.clone()}</li> }).collect_view()}
                </ul>
            }.into_any()))}
        </dl>
        <p class="nhsuk-body-s kmcn-verified">
            "Details checked on " {service.last_verified.long()} " against "
            <a href=service.source.url.clone()>{service.source.title.clone()}</a>
            ". Check before you travel: opening times can change."
        </p>
    }
}

/// "Call 111. Text 85258." for the numbers a service has that `already_said` does not give.
pub fn numbers(service: &Service, already_said: &str) -> String {
    let unsaid = |number: &&String| !already_said.contains(number.as_str());
    [
        service
            .phone
            .as_ref()
            .filter(unsaid)
            .map(|phone| format!("Call {phone}.")),
        service
            .text
            .as_ref()
            .filter(unsaid)
            .map(|text| format!("Text {text}.")),
    ]
    .into_iter()
    .flatten()
    .collect::<Vec<_>>()
    .join(" ")
}
