use crate::components::page::PageHeading;
use crate::content::{self, Page, PAGES};
use crate::routes::not_found::NotFound;
use leptos::prelude::*;
use leptos_router::hooks::{use_params_map, use_query_map};
use navigator_core::routes;

/// Whether every word of the query appears in the page's title, summary or topics.
fn matches(page: &Page, query: &str) -> bool {
    let haystack =
        format!("{} {} {}", page.title, page.summary, page.topics.join(" ")).to_lowercase();
    query
        .to_lowercase()
        .split_whitespace()
        .all(|word| haystack.contains(word))
}

#[component]
pub fn GuidanceIndex() -> impl IntoView {
    let query = use_query_map();
    let search = move || query.read().get("q").unwrap_or_default().trim().to_string();
    view! {
        <PageHeading title="Health guidance" />
        {move || {
            let search = search();
            let pages: Vec<&'static Page> = PAGES.iter().filter(|page| matches(page, &search)).collect();
            let heading = if search.is_empty() {
                "Advice on looking after yourself and finding the right help.".to_string()
            } else {
                format!("{} {} for \u{201c}{search}\u{201d}", pages.len(), if pages.len() == 1 { "page" } else { "pages" })
            };
            view! {
                <p class="nhsuk-lede-text" role="status">{heading}</p>
                {pages.is_empty().then(|| view! {
                    <div class="nhsuk-inset-text">
                        <span class="nhsuk-u-visually-hidden">"Information: "</span>
                        <p>"Try other words, or "<a href=routes::WHERE_TO_GO>"answer a few questions to find the right service"</a>". If you need help now, call 111."</p>
                    </div>
                })}
                <ul class="nhsuk-list kmcn-page-list">
                    {pages.into_iter().map(|page| view! {
                        <li>
                            <h2 class="nhsuk-heading-s nhsuk-u-margin-bottom-1">
                                <a href=routes::guidance_page(page.slug)>{page.title}</a>
                            </h2>
                            <p>{page.summary}</p>
                        </li>
                    }).collect_view()}
                </ul>
            }
        }}
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
    view! {
        <article>
            <PageHeading title=page.title />
            <p class="nhsuk-lede-text">{page.summary}</p>
            <div class="kmcn-guidance" inner_html=page.html></div>
            <h2>"Sources"</h2>
            <ul class="nhsuk-list nhsuk-list--bullet">
                {page.sources.iter().map(|source| view! { <li><a href=source.url>{source.title}</a></li> }).collect_view()}
            </ul>
            <div class="nhsuk-review-date">
                <p class="nhsuk-body-s">
                    "Page last reviewed: " {page.last_reviewed} <br />
                    "Next review due: " {page.next_review}
                </p>
            </div>
        </article>
    }
}
