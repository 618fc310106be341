use crate::components::page::PageHeading;
use leptos::prelude::*;
use navigator_core::routes;

struct Journey {
    title: &'static str,
    href: String,
    description: &'static str,
}

#[component]
pub fn Home() -> impl IntoView {
    let journeys = [
        Journey {
            title: "Find the right service",
            href: routes::WHERE_TO_GO.to_string(),
            description: "Answer a few questions to find out where to go and how soon: pharmacy, GP, NHS 111, urgent treatment centre or A&E.",
        },
        Journey {
            title: "Look after yourself",
            href: routes::GUIDANCE.to_string(),
            description: "Plain-English advice on common problems, what a pharmacist can do, and when to get help.",
        },
        Journey {
            title: "Five a day for the mind",
            href: routes::FIVE_A_DAY.to_string(),
            description: "Tick off the five ways to wellbeing each day. What you record stays on this device.",
        },
        Journey {
            title: "Caring for someone",
            href: routes::CARERS.to_string(),
            description: "Support for you if you look after a family member or friend.",
        },
        Journey {
            title: "For practice staff",
            href: routes::PRACTICE_STAFF.to_string(),
            description: "Care navigation: find the reason for contact, read out the emergency signs, and give the patient a printed or texted summary.",
        },
    ];
    view! {
        <PageHeading title="Get the right help in Kent and Medway" />
        <p class="nhsuk-lede-text">
            "Find the right NHS service quickly, look after yourself at home, and keep track of your wellbeing."
        </p>
        <ul class="nhsuk-grid-row nhsuk-card-group">
            {journeys
                .into_iter()
                .map(|journey| {
                    view! {
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
                    }
                })
                .collect_view()}
        </ul>
    }
}
