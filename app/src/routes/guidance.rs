use crate::components::page::PageHeading;
use crate::content::{self, Page, SECTIONS};
use crate::fetch;
use crate::routes::not_found::NotFound;
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;
use navigator_core::routes;

/// The guidance index: every page, grouped into sections.
#[component]
pub fn GuidanceIndex() -> impl IntoView {
    view! {
        <PageHeading title="Health guidance" />
        <p class="nhsuk-lede-text">"Advice on looking after yourself and finding the right help."</p>
        <p>
            "You can also " <a href=routes::SEARCH>"search the guidance"</a> " or "
            <a href=routes::WHERE_TO_GO>"answer a few questions to find the right service"</a> "."
        </p>
        <nav class="nhsuk-contents-list" aria-label="Sections">
            <h2 class="nhsuk-u-visually-hidden">"Sections"</h2>
            <ol class="nhsuk-contents-list__list">
                {SECTIONS.iter().enumerate().map(|(index, section)| view! {
                    <li class="nhsuk-contents-list__item">
                        <a class="nhsuk-contents-list__link" href=format!("#section-{index}")>{section.title}</a>
                    </li>
                }).collect_view()}
            </ol>
        </nav>
        {SECTIONS.iter().enumerate().map(|(index, section)| view! {
            <h2 id=format!("section-{index}")>{section.title}</h2>
            <p>{section.summary}</p>
            <ul class="nhsuk-list kmcn-page-list">
                {section.pages.iter().filter_map(|slug| content::page(slug)).map(|page| view! {
                    <li>
                        <h3 class="nhsuk-heading-s nhsuk-u-margin-bottom-1">
                            <a href=routes::guidance_page(page.slug)>{page.title}</a>
                        </h3>
                        <p class="nhsuk-body-s">{page.summary}</p>
                    </li>
                }).collect_view()}
            </ul>
        }).collect_view()}
    }
}

#[component]
pub fn GuidancePage() -> impl IntoView {
    let params = use_params_map();
    move || {
        let slug = params.read().get("slug").unwrap_or_default();
        match content::page(&slug) {
            Some(page) => view! { <Article page=page /> }.into_any(),
            None => view! { <NotFound /> }.into_any(),
        }
    }
}

#[component]
fn Article(page: &'static Page) -> impl IntoView {
    // The title and summary are in the first download; the body is fetched now.
    let body = LocalResource::new(move || fetch::text(page.body));
    view! {
        <article>
            <PageHeading title=page.title />
            <p class="nhsuk-lede-text">{page.summary}</p>
            {move || match body.get() {
                None => view! { <p class="nhsuk-body" role="status">"Loading the page\u{2026}"</p> }.into_any(),
                Some(Ok(html)) => view! { <div class="kmcn-guidance" inner_html=html.to_string()></div> }.into_any(),
                Some(Err(_)) => view! {
                    <div class="nhsuk-warning-callout" role="alert">
                        <h2 class="nhsuk-warning-callout__label">
                            <span class="nhsuk-u-visually-hidden">"Important: "</span>
                            "This page could not be loaded"
                        </h2>
                        <p>"Check your internet connection and try again. If you need help now, call 111. In an emergency, call 999."</p>
                        <button class="nhsuk-button nhsuk-button--secondary" type="button" on:click=move |_| body.refetch()>"Try again"</button>
                    </div>
                }.into_any(),
            }}
            {(!page.related.is_empty()).then(|| view! {
                <nav class="nhsuk-related-nav" aria-labelledby="related-heading">
                    <h2 id="related-heading">"Related pages"</h2>
                    <ul class="nhsuk-list nhsuk-list--bullet">
                        {page.related.iter().filter_map(|slug| content::page(slug)).map(|related| view! {
                            <li><a href=routes::guidance_page(related.slug)>{related.title}</a></li>
                        }).collect_view()}
                    </ul>
                </nav>
            })}
            <div class="nhsuk-review-date">
                <p class="nhsuk-body-s">
                    "Page last reviewed: " {page.last_reviewed} <br />
                    "Next review due: " {page.next_review}
                </p>
            </div>
        </article>
    }
}
