//! The site shell: skip link, header with search, the urgent help strip and the footer.

use crate::SITE_NAME;
use leptos::prelude::*;
use leptos_router::hooks::use_navigate;
use navigator_core::routes;

#[component]
pub fn SkipLink() -> impl IntoView {
    view! { <a class="nhsuk-skip-link" href="#maincontent">"Skip to main content"</a> }
}

#[component]
pub fn Header() -> impl IntoView {
    view! {
        <header class="nhsuk-header" role="banner">
            <div class="nhsuk-header__container nhsuk-width-container">
                <div class="nhsuk-header__service">
                    <a href=routes::HOME class="nhsuk-header__service-name">{SITE_NAME}</a>
                </div>
                <SearchBox />
            </div>
            <UrgentHelp />
        </header>
    }
}

/// Searches the guidance pages; the query goes in the guidance index address.
#[component]
fn SearchBox() -> impl IntoView {
    let query = RwSignal::new(String::new());
    let navigate = use_navigate();
    let on_submit = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        let text = query.get_untracked();
        let address = format!(
            "{}?q={}",
            routes::SEARCH,
            js_sys::encode_uri_component(text.trim())
        );
        navigate(&address, Default::default());
    };
    view! {
        <search class="nhsuk-header__search">
            <form class="nhsuk-header__search-form" id="search" action=routes::SEARCH method="get" novalidate on:submit=on_submit>
                <div class="nhsuk-form-group">
                    <label class="nhsuk-label nhsuk-u-visually-hidden" for="search-field">"Search the guidance"</label>
                    <div class="nhsuk-input-wrapper">
                        <input class="nhsuk-input" id="search-field" name="q" type="search" autocomplete="off" placeholder="Search"
                            prop:value=move || query.get() on:input=move |event| query.set(event_target_value(&event)) />
                        <button class="nhsuk-button nhsuk-button--icon nhsuk-button--small" type="submit" aria-label="Search">
                            <svg class="nhsuk-icon nhsuk-icon--search" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" width="16" height="16" focusable="false" aria-hidden="true">
                                <path d="m20.7 18.9-4.1-4.1a7 7 0 1 0-1.4 1.4l4 4.1a1 1 0 0 0 1.5 0c.4-.4.4-1 0-1.4ZM6 10.6a5 5 0 1 1 10 0 5 5 0 0 1-10 0Z"></path>
                            </svg>
                        </button>
                    </div>
                </div>
            </form>
        </search>
    }
}

/// 999, 111 and the 111 mental health option, one tap away on every page.
#[component]
pub fn UrgentHelp() -> impl IntoView {
    view! {
        <div class="kmcn-urgent-help">
            <div class="nhsuk-width-container">
                <h2 class="kmcn-urgent-help__heading">"Urgent help"</h2>
                <ul class="kmcn-urgent-help__list">
                    <li><a href="tel:999"><strong>"999"</strong></a>" in an emergency"</li>
                    <li><a href="tel:111"><strong>"111"</strong></a>" for urgent help"</li>
                    <li><a href="tel:111"><strong>"111"</strong></a>", then the mental health option, in a mental health crisis"</li>
                </ul>
            </div>
        </div>
    }
}

#[component]
pub fn Footer() -> impl IntoView {
    view! {
        <footer class="nhsuk-footer" role="contentinfo">
            <div class="nhsuk-width-container">
                <div class="nhsuk-footer__meta">
                    <h2 class="nhsuk-u-visually-hidden">"Support links"</h2>
                    <ul class="nhsuk-footer__list">
                        <li class="nhsuk-footer__list-item"><a href=routes::PRIVACY class="nhsuk-footer__list-item-link">"Privacy"</a></li>
                        <li class="nhsuk-footer__list-item"><a href=routes::ACCESSIBILITY class="nhsuk-footer__list-item-link">"Accessibility statement"</a></li>
                        <li class="nhsuk-footer__list-item"><a href=routes::SERVICES class="nhsuk-footer__list-item-link">"Find a service"</a></li>
                        <li class="nhsuk-footer__list-item"><a href=routes::GUIDANCE class="nhsuk-footer__list-item-link">"Health guidance"</a></li>
                    </ul>
                    <p class="nhsuk-body-s">"This site gives information and helps you find the right service. It does not diagnose. In an emergency, call 999."</p>
                </div>
            </div>
        </footer>
    }
}
