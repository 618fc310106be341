//! Search results. The index is fetched on the first search of the visit, then kept.

use crate::components::page::PageHeading;
use crate::fetch;
use leptos::prelude::*;
use leptos_router::hooks::{use_location, use_navigate};
use navigator_core::routes;
use navigator_core::search::highlight;
use navigator_core::signpost::find;
use std::collections::BTreeSet;

#[component]
pub fn Search() -> impl IntoView {
    let location = use_location();
    let query = Memo::new(move |_| {
        let hash = location.hash.get();
        routes::query_in_fragment(&hash)
            .and_then(|encoded| js_sys::decode_uri_component(encoded).ok())
            .map(String::from)
            .unwrap_or_default()
            .trim()
            .to_string()
    });
    let typed = RwSignal::new(query.get_untracked());
    let navigate = use_navigate();
    let on_submit = move |event: leptos::ev::SubmitEvent| {
        event.prevent_default();
        let text = typed.get_untracked();
        let encoded = String::from(js_sys::encode_uri_component(text.trim()));
        navigate(&routes::search_for(&encoded), Default::default());
    };
    Effect::new(move |_| typed.set(query.get()));
    // The page is often opened to type into: fetch and read the index on the first search, not
    // on arrival. Once a search has been made, it stays wanted, so the fetcher runs no more.
    let searched = Memo::new(move |before: Option<&bool>| {
        before.copied().unwrap_or(false) || !query.get().is_empty()
    });
    let index = LocalResource::new(move || {
        let wanted = searched.get();
        async move {
            if wanted {
                Some(fetch::search_index().await)
            } else {
                None
            }
        }
    });

    view! {
        <PageHeading title="Search the guidance" />
        <form class="kmcn-search" role="search" novalidate on:submit=on_submit>
            <div class="nhsuk-form-group">
                <label class="nhsuk-label" for="search-page-field">"What are you looking for?"</label>
                <div class="nhsuk-hint" id="search-page-hint">"For example: tummy bug, water infection, toothache"</div>
                <input class="nhsuk-input" id="search-page-field" type="search" autocomplete="off" spellcheck="false"
                    aria-describedby="search-page-hint"
                    prop:value=move || typed.get()
                    on:input=move |event| typed.set(event_target_value(&event)) />
            </div>
            <button class="nhsuk-button" type="submit">"Search"</button>
        </form>
        {move || {
            let query = query.get();
            (!query.is_empty()).then(|| view! { <ProblemsMatching query=query /> })
        }}
        {move || {
            let query = query.get();
            if query.is_empty() {
                return ().into_any();
            }
            match index.get().flatten() {
                None => view! { <p role="status">"Searching\u{2026}"</p> }.into_any(),
                Some(Err(_)) => view! {
                    <div class="nhsuk-warning-callout" role="alert">
                        <h2 class="nhsuk-warning-callout__label">
                            <span class="nhsuk-u-visually-hidden">"Important: "</span>"Search is not available"
                        </h2>
                        <p>"Check your internet connection and try again, or " <a href=routes::GUIDANCE>"browse the guidance"</a> ". If you need help now, call 111."</p>
                    </div>
                }.into_any(),
                Some(Ok(index)) => {
                    let hits = index.search(&query);
                    let count = match hits.len() {
                        1 => "1 result".to_string(),
                        n => format!("{n} results"),
                    };
                    view! {
                        <p class="nhsuk-body-l" role="status">{count} " for \u{201c}" {query.clone()} "\u{201d}"</p>
                        {hits.is_empty().then(|| view! {
                            <div class="nhsuk-inset-text">
                                <span class="nhsuk-u-visually-hidden">"Information: "</span>
                                <p>"Check the spelling, or try another word."</p>
                                <p>"If you are worried about a symptom, " <a href=routes::WHERE_TO_GO>"answer a few questions to find the right service"</a> ". If you need help now, call 111. In an emergency, call 999."</p>
                            </div>
                        })}
                        <ol class="nhsuk-list kmcn-results">
                            {hits.into_iter().map(|hit| view! {
                                <li>
                                    <h2 class="nhsuk-heading-s nhsuk-u-margin-bottom-1">
                                        <a href=routes::guidance_page(&hit.doc.slug)><Marked text=hit.doc.title.clone() matched=hit.matched.clone() /></a>
                                    </h2>
                                    <p class="nhsuk-body-s"><Marked text=hit.doc.summary.clone() matched=hit.matched /></p>
                                </li>
                            }).collect_view()}
                        </ol>
                    }.into_any()
                }
            }
        }}
    }
}

/// The presenting problems the same words find (by the finder the questions use), so someone
/// searching for a symptom can go straight to the questions about it.
/// The problems' listings are fetched for it on the first search; if they cannot be, the
/// guidance results still show.
#[component]
fn ProblemsMatching(query: String) -> impl IntoView {
    let listings = LocalResource::new(fetch::listings);
    move || {
        let listings = listings.get()?.ok()?;
        let problems: Vec<_> = find(listings, &query, None)
            .into_iter()
            .filter(|found| !found.problem.catch_all)
            .take(3)
            .collect();
        (!problems.is_empty()).then(|| {
        view! {
            <aside class="kmcn-problems-matching" aria-labelledby="problems-matching-heading">
                <h2 class="nhsuk-heading-s" id="problems-matching-heading">"Not sure where to go?"</h2>
                <p>"Answer a few questions about:"</p>
                <ul class="nhsuk-list">
                    {problems.into_iter().map(|found| view! {
                        <li><a href=format!("{}?problem={}", routes::WHERE_TO_GO, found.problem.id)>{found.problem.title.clone()}</a></li>
                    }).collect_view()}
                </ul>
            </aside>
        }
        })
    }
}

/// Text with the words that matched the search marked.
#[component]
fn Marked(text: String, matched: BTreeSet<String>) -> impl IntoView {
    highlight(&text, &matched)
        .into_iter()
        .map(|(run, marked)| {
            if marked {
                view! { <mark>{run}</mark> }.into_any()
            } else {
                run.into_any()
            }
        })
        .collect_view()
}
