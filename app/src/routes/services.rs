//! Find a service: every place and route in the directory, filtered by type and area, open now,
//! and nearest first by postcode district. Each service's own page is a content page. The page
//! is written at build time by rendering this view (navigator-site) without the time, which
//! only the browser knows: every place then has an empty "open now" slot, filled in when the
//! app draws the view over it.

use crate::components::page::PageHeading;
use crate::components::postcode::{nearest_to, NearestFirst};
use crate::components::service::OpenNow;
use crate::content::directory;
use leptos::prelude::*;
use navigator_core::directory::{Area, District, ServiceFilter, ServiceKind};
use navigator_core::routes;
use navigator_core::LondonTime;

/// "Find a service" at the time `now`, or with no place's status if the time is not known.
#[component]
pub fn Services(now: Option<LondonTime>) -> impl IntoView {
    let kinds = directory().kinds();
    let kind = RwSignal::new(None::<ServiceKind>);
    let area = RwSignal::new(None::<Area>);
    let open_only = RwSignal::new(false);
    let near = RwSignal::new(None::<&'static District>);

    let kinds_for_select = kinds.clone();
    view! {
        <PageHeading title="Find a service" />
        <p class="nhsuk-lede-text">"NHS and support services in Kent and Medway: how to use them, who they are for, and whether they are open now."</p>
        <div class="kmcn-filters">
            <div class="nhsuk-form-group">
                <label class="nhsuk-label" for="filter-kind">"Type of service"</label>
                <select class="nhsuk-select" id="filter-kind" on:change=move |event| {
                    let value = event_target_value(&event);
                    kind.set(kinds.iter().copied().find(|kind| format!("{kind:?}") == value));
                }>
                    <option value="">"All types"</option>
                    {kinds_for_select.iter().map(|kind| view! { <option value=format!("{kind:?}")>{kind.label()}</option> }).collect_view()}
                </select>
            </div>
            <div class="nhsuk-form-group">
                <label class="nhsuk-label" for="filter-area">"Area"</label>
                <select class="nhsuk-select" id="filter-area" on:change=move |event| {
                    let value = event_target_value(&event);
                    area.set(Area::LOCAL.into_iter().find(|area| format!("{area:?}") == value));
                }>
                    <option value="">"Anywhere in Kent and Medway"</option>
                    {Area::LOCAL.into_iter().map(|area| view! { <option value=format!("{area:?}")>{area.label()}</option> }).collect_view()}
                </select>
            </div>
            <div class="nhsuk-form-group">
                <div class="nhsuk-checkboxes nhsuk-checkboxes--small">
                    <div class="nhsuk-checkboxes__item">
                        <input class="nhsuk-checkboxes__input" id="filter-open" type="checkbox"
                            prop:checked=move || open_only.get()
                            on:change=move |event| open_only.set(event_target_checked(&event)) />
                        <label class="nhsuk-label nhsuk-checkboxes__label" for="filter-open">"Open now"</label>
                    </div>
                </div>
            </div>
        </div>
        <NearestFirst near=near />
        {move || {
            let filter = ServiceFilter { kind: kind.get(), area: area.get(), open_now: open_only.get(), near: near.get() };
            let places = directory().find(&filter, now);
            let mut count = match places.len() { 1 => "1 service".to_string(), n => format!("{n} services") };
            if let Some(district) = near.get() {
                count.push_str(&format!(", {}", nearest_to(district)));
            }
            view! {
                <p class="nhsuk-body-l" role="status">{count}</p>
                <ul class="nhsuk-list kmcn-results">
                    {places.into_iter().map(|place| {
                        let service = place.service;
                        view! {
                            <li class="kmcn-place" id=service.id.clone()>
                                <h2 class="nhsuk-heading-s nhsuk-u-margin-bottom-1">
                                    <a href=routes::service_page(&service.id)>{service.name.clone()}</a>
                                </h2>
                                <OpenNow service now />
                                <p class="nhsuk-body-s nhsuk-u-margin-bottom-1">
                                    {service.summary.clone()}
                                    {place.about_km().map(|km| format!(" About {km} km away."))}
                                </p>
                                <p class="nhsuk-body-s kmcn-verified">"Details checked on " {service.last_verified.long()} "."</p>
                            </li>
                        }
                    }).collect_view()}
                </ul>
            }
        }}
    }
}
