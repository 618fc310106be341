//! Search of the guidance ([`AppPart::Search`]), without Leptos or a router. The page as written
//! holds the form (navigator-site), which the shell's script sends to this address with the
//! words in its fragment (`public/site.mjs`), so nothing typed reaches a server. This part reads
//! the words when the page starts and whenever the fragment changes, says how many pages they
//! found in a live region the page keeps, and draws what they find, both at once: the questions
//! about a symptom (the finder the questions use, over the problems' listings) and the guidance
//! pages (the search index). Each file is fetched on the first search of the visit, then kept.
//!
//! [`AppPart::Search`]: navigator_core::routes::AppPart::Search

use crate::fetch;
use navigator_core::html::escape;
use navigator_core::routes;
use navigator_core::search::highlight;
use navigator_core::signpost::find;
use navigator_core::site::{SEARCH_FIELD, SEARCH_RESULTS, SEARCH_STATUS};
use std::cell::Cell;
use std::collections::BTreeSet;
use wasm_bindgen::prelude::*;

thread_local! {
    /// How many searches have been shown: a search's results, arriving after a newer search
    /// was made, are not drawn over the newer one's.
    static SEARCHES: Cell<u32> = const { Cell::new(0) };
}

/// Shows the search in the address, and each one after it, then marks the page as started.
pub fn start() {
    let Some(window) = web_sys::window() else {
        return;
    };
    show_search();
    let on_hash_change = Closure::<dyn Fn()>::new(show_search);
    let _ = window
        .add_event_listener_with_callback("hashchange", on_hash_change.as_ref().unchecked_ref());
    // It listens as long as the page lives.
    on_hash_change.forget();
    if let Some(document) = window.document() {
        crate::mark_started(&document);
    }
}

/// The words in the address's fragment (`#q=...`), decoded and trimmed.
fn query_in_address() -> String {
    web_sys::window()
        .and_then(|window| window.location().hash().ok())
        .as_deref()
        .and_then(routes::query_in_fragment)
        .and_then(|encoded| js_sys::decode_uri_component(encoded).ok())
        .map(String::from)
        .unwrap_or_default()
        .trim()
        .to_string()
}

fn show_search() {
    let query = query_in_address();
    let field = element(SEARCH_FIELD)
        .and_then(|element| element.dyn_into::<web_sys::HtmlInputElement>().ok());
    if let Some(field) = field {
        field.set_value(&query);
    }
    let search = SEARCHES.with(|searches| {
        searches.set(searches.get() + 1);
        searches.get()
    });
    draw(SEARCH_RESULTS, "");
    if query.is_empty() {
        say(SEARCH_STATUS, "");
        return;
    }
    say(SEARCH_STATUS, "Searching\u{2026}");
    wasm_bindgen_futures::spawn_local(async move {
        // Drawn together, the offer of the questions and the guidance found, so that neither
        // arrives to push the other down. If the listings cannot be fetched, the guidance
        // results still show.
        let (listings, index) = futures::join!(fetch::listings(), fetch::search_index());
        if SEARCHES.with(|searches| searches.get()) != search {
            return;
        }
        let offer = listings.map_or(String::new(), |listings| {
            problems_matching(listings, &query)
        });
        match index {
            Ok(index) => {
                let hits = index.search(&query);
                say(SEARCH_STATUS, &found(hits.len(), &query));
                draw(SEARCH_RESULTS, &format!("{offer}{}", results(&hits)));
            }
            Err(_) => {
                say(SEARCH_STATUS, "");
                draw(SEARCH_RESULTS, &format!("{offer}{}", not_available()));
            }
        }
    });
}

/// Puts `text` in the element with the id `place`, as text.
fn say(place: &str, text: &str) {
    if let Some(element) = element(place) {
        element.set_text_content(Some(text));
    }
}

/// Puts `html` in the element with the id `place`, replacing what was there.
fn draw(place: &str, html: &str) {
    if let Some(element) = element(place) {
        element.set_inner_html(html);
    }
}

fn element(id: &str) -> Option<web_sys::Element> {
    web_sys::window()?.document()?.get_element_by_id(id)
}

/// What to do when the search index cannot be fetched.
fn not_available() -> String {
    format!(
        "<div class=\"nhsuk-warning-callout\" role=\"alert\"><h2 class=\"nhsuk-warning-callout__label\"><span class=\"nhsuk-u-visually-hidden\">Important: </span>Search is not available</h2><p>Check your internet connection and try again, or <a href=\"{}\">browse the guidance</a>. If you need help now, call 111.</p></div>",
        routes::GUIDANCE
    )
}

/// What to do when the words found nothing.
fn nothing_found() -> String {
    format!(
        "<div class=\"nhsuk-inset-text\"><span class=\"nhsuk-u-visually-hidden\">Information: </span><p>Check the spelling, or try another word.</p><p>If you are worried about a symptom, <a href=\"{}\">answer a few questions to find the right service</a>. If you need help now, call 111. In an emergency, call 999.</p></div>",
        routes::WHERE_TO_GO
    )
}

/// How many guidance pages the words found: "3 results for “sore throat”".
fn found(count: usize, query: &str) -> String {
    match count {
        1 => format!("1 result for \u{201c}{query}\u{201d}"),
        n => format!("{n} results for \u{201c}{query}\u{201d}"),
    }
}

/// Each guidance page found, with the words that matched marked; what to try if none was.
fn results(hits: &[navigator_core::search::Hit]) -> String {
    if hits.is_empty() {
        return nothing_found();
    }
    let mut html = String::from("<ol class=\"nhsuk-list kmcn-results\">");
    for hit in hits {
        html.push_str(&format!(
            "<li><h2 class=\"nhsuk-heading-s nhsuk-u-margin-bottom-1\"><a href=\"{}\">{}</a></h2><p class=\"nhsuk-body-s\">{}</p></li>",
            escape(&routes::guidance_page(&hit.doc.slug)),
            marked(&hit.doc.title, &hit.matched),
            marked(&hit.doc.summary, &hit.matched),
        ));
    }
    html.push_str("</ol>");
    html
}

/// The presenting problems the same words find, so someone searching for a symptom can go
/// straight to the questions about it; nothing if none is found.
fn problems_matching(listings: &[navigator_core::signpost::Listing], query: &str) -> String {
    let links: String = find(listings, query, None)
        .into_iter()
        .filter(|found| !found.problem.catch_all)
        .take(3)
        .map(|found| {
            format!(
                "<li><a href=\"{}?problem={}\">{}</a></li>",
                routes::WHERE_TO_GO,
                escape(&found.problem.id),
                escape(&found.problem.title)
            )
        })
        .collect();
    if links.is_empty() {
        return String::new();
    }
    format!(
        "<aside class=\"kmcn-problems-matching\" aria-labelledby=\"problems-matching-heading\"><h2 class=\"nhsuk-heading-s\" id=\"problems-matching-heading\">Not sure where to go?</h2><p>Answer a few questions about:</p><ul class=\"nhsuk-list\">{links}</ul></aside>"
    )
}

/// `text` with the words that matched the search marked.
fn marked(text: &str, matched: &BTreeSet<String>) -> String {
    highlight(text, matched)
        .into_iter()
        .map(|(run, marked)| {
            if marked {
                format!("<mark>{}</mark>", escape(&run))
            } else {
                escape(&run)
            }
        })
        .collect()
}
