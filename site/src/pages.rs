//! The pages only the build draws: the content pages (home, guidance, carers, Find a service and
//! each service, the statements, "page not found", care navigation's quick reference and Easy
//! Read cards) and what an app view shows before the app starts. The app shows a content page as
//! it was written here, fetched as a fragment; the pieces the app also draws (a service's card and
//! whether it is open, the postcode box, Easy Read steps) are the app's HTML.

use leptos::prelude::*;
use navigator_app::components::easy_read::step_items;
use navigator_app::components::postcode::{
    nearest_first_fields, NEAREST_FIRST_CLASS, NEAREST_FIRST_FORM,
};
use navigator_app::components::service::{card_content, numbers, open_now};
use navigator_app::pages::components::PageHeading;
use navigator_core::bundle::Bundle;
use navigator_core::content::GuidancePage;
use navigator_core::directory::{services_listed, Area, Service, ServiceFilter, ServiceKind};
use navigator_core::html::escape;
use navigator_core::routes;
use navigator_core::signpost::{OutcomeKind, RuleSet};
use navigator_core::site::{
    AREA_FILTER, DISTANCE_CLASS, KIND_FILTER, OPEN_FILTER, SEARCH_FIELD, SEARCH_RESULTS,
    SEARCH_STATUS, SERVICES_COUNT, SERVICES_LIST,
};

/// What an app view shows before the app starts, without JavaScript or if the app fails to load:
/// its title, then [`without_the_app`].
#[component]
pub fn NeedsTheApp(
    title: &'static str,
    #[prop(optional)] children: Option<Children>,
) -> impl IntoView {
    view! {
        <PageHeading title=title />
        {without_the_app(children)}
    }
}

/// That a view needs JavaScript or did not load, the emergency numbers, what of the view can be
/// read without the app (`children`), and the pages that work without it.
pub fn without_the_app(children: Option<Children>) -> impl IntoView {
    view! {
        <p class="kmcn-loading">"Loading\u{2026}"</p>
        <p class="nhsuk-lede-text kmcn-if-failed">"This part of the site did not load. Check your connection, then reload the page."</p>
        <noscript><p class="nhsuk-lede-text">"This part of the site needs JavaScript, which is turned off or not working in your browser."</p></noscript>
        <p>"If you need medical help now:"</p>
        <ul class="nhsuk-list nhsuk-list--bullet">
            <li>"call " <a href="tel:999">"999"</a> " in an emergency, when a life is at risk"</li>
            <li>"call " <a href="tel:111">"111"</a> " for urgent help that is not an emergency"</li>
            <li>"call " <a href="tel:111">"111"</a> " and choose the mental health option in a mental health crisis"</li>
        </ul>
        {children.map(|children| children())}
        <p>"The " <a href=routes::GUIDANCE>"health guidance"</a> " and the " <a href=routes::SERVICES>"list of services"</a> " work without JavaScript."</p>
    }
}

/// The emergency signs the questions ask about first, under what to do for each, so that on a
/// slow connection or without JavaScript they can be read before the app has started. Two
/// outcomes that both say "Go to A&E now" share one list.
#[component]
pub fn EmergencySigns(rules: &'static RuleSet) -> impl IntoView {
    let mut titles: Vec<&str> = Vec::new();
    for outcome in &rules.outcomes {
        let has_signs = rules
            .red_flags
            .iter()
            .any(|flag| flag.outcome == outcome.id);
        if has_signs && !titles.contains(&outcome.title.as_str()) {
            titles.push(&outcome.title);
        }
    }
    titles
        .into_iter()
        .map(|title| {
            let signs = rules.red_flags.iter().filter(move |flag| {
                rules
                    .outcome(&flag.outcome)
                    .is_some_and(|outcome| outcome.title == title)
            });
            view! {
                <h2 class="nhsuk-heading-m">{title}</h2>
                <p>"If any of these is happening now, or has just happened:"</p>
                <ul class="nhsuk-list nhsuk-list--bullet">
                    {signs.map(|sign| view! { <li>{sign.text.clone()}</li> }).collect_view()}
                </ul>
            }
        })
        .collect_view()
}

/// A way into the site from the home page.
struct Journey {
    title: &'static str,
    href: &'static str,
    description: &'static str,
}

const JOURNEYS: [Journey; 5] = [
    Journey {
        title: "Find the right service",
        href: routes::WHERE_TO_GO,
        description: "Answer a few questions to find out where to go and how soon: pharmacy, GP, NHS 111, urgent treatment centre or A&E.",
    },
    Journey {
        title: "Look after yourself",
        href: routes::GUIDANCE,
        description: "Plain-English advice on common problems, what a pharmacist can do, and when to get help.",
    },
    Journey {
        title: "Five a day for the mind",
        href: routes::FIVE_A_DAY,
        description: "Tick off the five ways to wellbeing each day. What you record stays on this device.",
    },
    Journey {
        title: "Caring for someone",
        href: routes::CARERS,
        description: "Support for you if you look after a family member or friend.",
    },
    Journey {
        title: "For practice staff",
        href: routes::PRACTICE_STAFF,
        description: "Care navigation: find the reason for contact, read out the emergency signs, and give the patient a printed or texted summary.",
    },
];

#[component]
pub fn Home(title: &'static str) -> impl IntoView {
    view! {
        <PageHeading title=title />
        <p class="nhsuk-lede-text">"Find the right NHS service quickly, look after yourself at home, and keep track of your wellbeing."</p>
        <ul class="nhsuk-grid-row nhsuk-card-group">
            {JOURNEYS.iter().map(|journey| view! {
                <li class="nhsuk-grid-column-one-half nhsuk-card-group__item">
                    <div class="nhsuk-card nhsuk-card--clickable">
                        <div class="nhsuk-card__content">
                            <h2 class="nhsuk-card__heading nhsuk-heading-m">
                                <a class="nhsuk-card__link" href=journey.href>{journey.title}</a>
                            </h2>
                            <p class="nhsuk-card__description">{journey.description}</p>
                        </div>
                    </div>
                </li>
            }).collect_view()}
        </ul>
    }
}

/// Guidance pages, each linked by its title, with its summary.
#[component]
fn PageList(pages: Vec<&'static GuidancePage>) -> impl IntoView {
    view! {
        <ul class="nhsuk-list kmcn-page-list">
            {pages.into_iter().map(|page| view! {
                <li>
                    <h3 class="nhsuk-heading-s nhsuk-u-margin-bottom-1">
                        <a href=routes::guidance_page(&page.slug)>{page.meta.title.clone()}</a>
                    </h3>
                    <p class="nhsuk-body-s">{page.meta.summary.clone()}</p>
                </li>
            }).collect_view()}
        </ul>
    }
}

/// The guidance pages with these slugs, in their order; a slug with no page is left out (the
/// content checks have already refused one).
fn guidance_pages<'s>(
    bundle: &'static Bundle,
    slugs: impl IntoIterator<Item = &'s String>,
) -> Vec<&'static GuidancePage> {
    slugs
        .into_iter()
        .filter_map(|slug| bundle.guidance.pages.iter().find(|page| &page.slug == slug))
        .collect()
}

#[component]
pub fn GuidanceIndex(title: &'static str, bundle: &'static Bundle) -> impl IntoView {
    let sections = &bundle.guidance.sections;
    view! {
        <PageHeading title=title />
        <p class="nhsuk-lede-text">"Advice on looking after yourself and finding the right help."</p>
        <p>
            "You can also " <a href=routes::SEARCH>"search the guidance"</a> " or "
            <a href=routes::WHERE_TO_GO>"answer a few questions to find the right service"</a> "."
        </p>
        <nav class="nhsuk-contents-list" aria-label="Sections">
            <h2 class="nhsuk-u-visually-hidden">"Sections"</h2>
            <ol class="nhsuk-contents-list__list">
                {sections.iter().enumerate().map(|(index, section)| view! {
                    <li class="nhsuk-contents-list__item">
                        <a class="nhsuk-contents-list__link" href=format!("#section-{index}")>{section.title.clone()}</a>
                    </li>
                }).collect_view()}
            </ol>
        </nav>
        {sections.iter().enumerate().map(|(index, section)| view! {
            <h2 id=format!("section-{index}")>{section.title.clone()}</h2>
            <p>{section.summary.clone()}</p>
            <PageList pages=guidance_pages(bundle, &section.pages) />
        }).collect_view()}
    }
}

/// A guidance page or a statement: its summary, its body as compiled from markdown, related
/// pages and its review dates.
#[component]
pub fn Article(bundle: &'static Bundle, page: &'static GuidancePage) -> impl IntoView {
    let meta = &page.meta;
    let related = guidance_pages(bundle, &meta.related);
    view! {
        <article>
            <PageHeading title=meta.title.clone() />
            <p class="nhsuk-lede-text">{meta.summary.clone()}</p>
            // Markdown compiled by navigator-core, which escapes the text it is given.
            <div class="kmcn-guidance" inner_html=page.document_html()></div>
            {(!related.is_empty()).then(|| view! {
                <nav class="nhsuk-related-nav" aria-labelledby="related-heading">
                    <h2 id="related-heading">"Related pages"</h2>
                    <ul class="nhsuk-list nhsuk-list--bullet">
                        {related.into_iter().map(|page| view! {
                            <li><a href=routes::guidance_page(&page.slug)>{page.meta.title.clone()}</a></li>
                        }).collect_view()}
                    </ul>
                </nav>
            })}
            <div class="nhsuk-review-date">
                <p class="nhsuk-body-s">
                    "Page last reviewed: " {meta.last_reviewed.long()} <br />
                    "Next review due: " {meta.next_review.long()}
                </p>
            </div>
        </article>
    }
}

/// The guidance section that the carers hub lists.
const CARERS_SECTION: &str = "Carers";

#[component]
pub fn Carers(title: &'static str, bundle: &'static Bundle) -> impl IntoView {
    let guides = bundle
        .guidance
        .sections
        .iter()
        .find(|section| section.title == CARERS_SECTION)
        .map(|section| guidance_pages(bundle, &section.pages))
        .unwrap_or_default();
    let services = bundle
        .directory
        .services
        .iter()
        .filter(|service| service.kind == ServiceKind::CarersSupport);
    view! {
        <PageHeading title=title />
        <p class="nhsuk-lede-text">"If you look after a family member, partner or friend who could not manage without you, you are a carer. There is help for you, and for the person you care for."</p>
        <div class="kmcn-button-row">
            <a class="nhsuk-button" href=format!("{}?for=someone-else", routes::WHERE_TO_GO)>"Get help for the person you care for"</a>
            <a class="nhsuk-button nhsuk-button--secondary" href=format!("{}?problem=caring-for-someone&for=me", routes::WHERE_TO_GO)>"Get support for yourself as a carer"</a>
        </div>
        <h2>"Guides for carers"</h2>
        <PageList pages=guides />
        <h2>"Support in Kent and Medway"</h2>
        {services.map(|service| view! { <div class="nhsuk-card" inner_html=card_content(service, true, None)></div> }).collect_view()}
        <div class="nhsuk-inset-text">
            <span class="nhsuk-u-visually-hidden">"Information: "</span>
            <p>"If you cannot cope, or the person you care for is at risk, call 111. In an emergency, call 999. If you are struggling with how you feel, call 111 and choose the mental health option, or talk to Samaritans on 116 123."</p>
        </div>
    }
}

/// Find a service: every place and route in the directory, by name, each with an empty slot for
/// whether it is open and one for how far away it is, since only the browser knows the time and
/// the postcode. The services part of the app fills them in and answers the filters and the
/// postcode box (`app/src/services.rs`); without JavaScript the list reads on its own
/// (`public/noscript.css` hides the filters).
#[component]
pub fn Services(title: &'static str, bundle: &'static Bundle) -> impl IntoView {
    let directory = &bundle.directory;
    let places = directory.find(&ServiceFilter::default(), None);
    let count = services_listed(places.len());
    view! {
        <PageHeading title=title />
        <p class="nhsuk-lede-text">"NHS and support services in Kent and Medway: how to use them, who they are for, and whether they are open now."</p>
        <div class="kmcn-filters">
            <div class="nhsuk-form-group">
                <label class="nhsuk-label" for=KIND_FILTER>"Type of service"</label>
                <select class="nhsuk-select" id=KIND_FILTER>
                    <option value="">"All types"</option>
                    {directory.kinds().into_iter().map(|kind| view! { <option value=kind.filter_value()>{kind.label()}</option> }).collect_view()}
                </select>
            </div>
            <div class="nhsuk-form-group">
                <label class="nhsuk-label" for=AREA_FILTER>"Area"</label>
                <select class="nhsuk-select" id=AREA_FILTER>
                    <option value="">"Anywhere in Kent and Medway"</option>
                    {Area::LOCAL.into_iter().map(|area| view! { <option value=area.filter_value()>{area.label()}</option> }).collect_view()}
                </select>
            </div>
            <div class="nhsuk-form-group">
                <div class="nhsuk-checkboxes nhsuk-checkboxes--small">
                    <div class="nhsuk-checkboxes__item">
                        <input class="nhsuk-checkboxes__input" id=OPEN_FILTER type="checkbox" />
                        <label class="nhsuk-label nhsuk-checkboxes__label" for=OPEN_FILTER>"Open now"</label>
                    </div>
                </div>
            </div>
        </div>
        <form class=NEAREST_FIRST_CLASS id=NEAREST_FIRST_FORM novalidate inner_html=nearest_first_fields()></form>
        <p class="nhsuk-body-l" id=SERVICES_COUNT role="status">{count}</p>
        <ul class="nhsuk-list kmcn-results" id=SERVICES_LIST>
            {places.into_iter().map(|place| {
                let service = place.service;
                // The slot for whether it is open is the app's, which fills it in.
                let place = format!(
                    "<h2 class=\"nhsuk-heading-s nhsuk-u-margin-bottom-1\"><a href=\"{}\">{}</a></h2>{}\
                     <p class=\"nhsuk-body-s nhsuk-u-margin-bottom-1\">{}<span class=\"{DISTANCE_CLASS}\"></span></p>\
                     <p class=\"nhsuk-body-s kmcn-verified\">Details checked on {}.</p>",
                    routes::service_page(&service.id),
                    escape(&service.name),
                    open_now(service, None),
                    escape(&service.summary),
                    service.last_verified.long(),
                );
                view! { <li class="kmcn-place" id=service.id.clone() inner_html=place></li> }
            }).collect_view()}
        </ul>
    }
}

/// A service's own page, named after it.
#[component]
pub fn ServicePage(service: &'static Service) -> impl IntoView {
    view! {
        <PageHeading title=service.name.clone() />
        <div class="nhsuk-card" inner_html=card_content(service, false, None)></div>
        <p><a href=routes::SERVICES>"Find another service"</a></p>
    }
}

#[component]
pub fn NotFound(title: &'static str) -> impl IntoView {
    view! {
        <PageHeading title=title />
        <p>"We cannot find the page you asked for. If you typed the address, check it is correct."</p>
        <p>"You can:"</p>
        <ul class="nhsuk-list nhsuk-list--bullet">
            <li><a href=routes::WHERE_TO_GO>"find the right service for a health problem"</a></li>
            <li><a href=routes::GUIDANCE>"browse or search the health guidance"</a></li>
            <li><a href=routes::HOME>"go to the home page"</a></li>
        </ul>
        <p>"If you need help now, call 111. In an emergency, call 999."</p>
    }
}

/// Every outcome in Easy Read, grouped by where it sends people, for staff to print and give to
/// someone who needs Easy Read. Each card is closed until opened, and only open cards print.
/// Written at build time like any content page: it needs no app, and a browser's find in page
/// searches the closed cards too.
#[component]
pub fn EasyReadCards(title: &'static str, rules: &'static RuleSet) -> impl IntoView {
    let outcomes = &rules.outcomes;
    let kinds = OutcomeKind::ALL
        .into_iter()
        .filter(|kind| outcomes.iter().any(|outcome| outcome.kind == *kind));
    view! {
        <PageHeading title=title />
        <p class="nhsuk-lede-text kmcn-print-hide">"Every outcome of the questions in Easy Read: the key action first, with a picture for each step. Open a card to read it; printing prints the open cards only."</p>
        <p class="kmcn-print-hide">"The same cards show on any outcome when you turn on Easy Read, for the public and in care navigation."</p>
        {kinds.map(|kind| view! {
            <h2 class="kmcn-print-hide">{kind.label()}</h2>
            {outcomes.iter().filter(|outcome| outcome.kind == kind).map(|outcome| view! {
                <details class="nhsuk-details kmcn-easy-read-card-print" id=format!("card-{}", outcome.id)>
                    <summary class="nhsuk-details__summary">
                        <span class="nhsuk-details__summary-text">{outcome.title.clone()} " (" {outcome.how_soon.clone()} ")"</span>
                    </summary>
                    <div class="nhsuk-details__text">
                        <p class="kmcn-print-only"><strong>{outcome.title.clone()}</strong></p>
                        <ol class="kmcn-easy-read-steps" inner_html=step_items(&outcome.easy_read)></ol>
                    </div>
                </details>
            }).collect_view()}
        }).collect_view()}
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

/// A printable sheet of self-referral routes and local places, area by area, for care navigation.
/// Its print button works by the shell's script (`public/site.mjs`), and shows only with it.
#[component]
pub fn QuickReference(title: &'static str, bundle: &'static Bundle) -> impl IntoView {
    let services = &bundle.directory.services;
    view! {
        <PageHeading title=title />
        <p class="nhsuk-lede-text">"Services people can use or refer themselves to, and the urgent care places in each area of Kent and Medway."</p>
        <p class="kmcn-print-hide kmcn-needs-script">
            <button type="button" class="nhsuk-button nhsuk-button--secondary" data-print>"Print as a poster"</button>
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

/// Search's page: its form, sent by the shell's script to this address with the words in its
/// fragment (`public/site.mjs`), and the places where the search part of the app draws what they
/// find (`app/src/search.rs`). Without JavaScript, or if that part fails to load, what to do
/// without it shows instead.
#[component]
pub fn SearchPage(title: &'static str) -> impl IntoView {
    view! {
        <PageHeading title=title />
        <div class="kmcn-without-app">
            {without_the_app(None)}
        </div>
        <div class="kmcn-needs-script">
            <form class="kmcn-search" id="search-page" role="search" novalidate>
                <div class="nhsuk-form-group">
                    <label class="nhsuk-label" for=SEARCH_FIELD>"What are you looking for?"</label>
                    <div class="nhsuk-hint" id="search-page-hint">"For example: tummy bug, water infection, toothache"</div>
                    <input class="nhsuk-input" id=SEARCH_FIELD type="search" autocomplete="off" spellcheck="false"
                        aria-describedby="search-page-hint" />
                </div>
                <button class="nhsuk-button" type="submit">"Search"</button>
            </form>
            <p class="nhsuk-body-l kmcn-search-status" id=SEARCH_STATUS role="status"></p>
            <div id=SEARCH_RESULTS class="kmcn-search-results"></div>
        </div>
    }
}
