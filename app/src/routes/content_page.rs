//! Content pages (home, guidance, services, carers, privacy...): HTML written at build time. On
//! the first load it is already in the page, so the app shows it without fetching it again;
//! after that it is fetched once per visit. The page's title is its first heading.

use crate::components::focus::focus_main_heading;
use crate::components::page::CouldNotLoad;
use crate::components::service::Html;
use crate::fetch::{self, FetchFailed};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_location;
use navigator_core::html::first_heading_text;
use navigator_core::routes::{fragment_path, Route, NOT_FOUND};
use std::cell::RefCell;
use std::rc::Rc;

thread_local! {
    /// The content the page arrived with, and its route, until the app shows it.
    static ARRIVED_WITH: RefCell<Option<(String, Rc<str>)>> = const { RefCell::new(None) };
}

/// Keeps the content written into the page at build time, before the app draws over it.
pub fn keep_arrived_content(document: &web_sys::Document) {
    let written = document
        .query_selector("main [data-prerendered]")
        .ok()
        .flatten();
    if let Some(element) = written {
        let route = element
            .get_attribute("data-prerendered")
            .unwrap_or_default();
        let html: Rc<str> = element.inner_html().into();
        // Coming back to this page later needs no fetch either.
        fetch::remember(&fragment_path(&route), html.clone());
        ARRIVED_WITH.with(|slot| *slot.borrow_mut() = Some((route, html)));
    }
}

/// The arrived content, once, if it is the content of `route`. The not-found page arrives for
/// any address the site does not have, so it stands for whichever route the app was asked for.
fn take_arrived(route: &str) -> Option<Rc<str>> {
    ARRIVED_WITH.with(|slot| {
        let mut slot = slot.borrow_mut();
        match slot.take() {
            Some((arrived, html)) if arrived == route || arrived == NOT_FOUND => Some(html),
            other => {
                *slot = other;
                None
            }
        }
    })
}

/// The content page at the address shown: the app carries no list of pages, so any address of
/// a content route is drawn from its fragment.
#[component]
pub fn ContentAtAddress() -> impl IntoView {
    let pathname = use_location().pathname;
    // The address changes just before the router replaces this view with another route's: follow
    // only addresses of this route (another guidance page), so that leaving fetches nothing.
    let route = Route::of(&pathname.get_untracked());
    let shown = Memo::new(move |previous: Option<&String>| {
        let path = pathname.get();
        match previous {
            Some(previous) if Route::of(&path) != route => previous.clone(),
            _ => path,
        }
    });
    move || view! { <ContentPage route=shown.get() /> }
}

#[component]
pub fn ContentPage(#[prop(into)] route: String) -> impl IntoView {
    match take_arrived(&route) {
        Some(html) => view! { <Shown html=html /> }.into_any(),
        None => view! { <Fetched route=route /> }.into_any(),
    }
}

/// A page's HTML, titled by its first heading.
#[component]
fn Shown(html: Rc<str>) -> impl IntoView {
    let title = first_heading_text(&html).unwrap_or_default();
    view! {
        <Title text=title />
        <Html html=html.to_string() />
    }
}

/// A page's content fetched after navigation, with focus moved to its heading when it arrives.
/// An address with no page shows "page not found".
#[component]
fn Fetched(route: String) -> impl IntoView {
    let path = fragment_path(&route);
    let html = LocalResource::new(move || {
        let path = path.clone();
        async move {
            match fetch::text(&path).await {
                Err(FetchFailed::NotFound) => fetch::text(&fragment_path(NOT_FOUND)).await,
                other => other,
            }
        }
    });
    move || {
        match html.get() {
        None => view! { <p class="nhsuk-body kmcn-loading" role="status">"Loading the page\u{2026}"</p> }.into_any(),
        Some(Ok(html)) => {
            focus_main_heading();
            view! { <Shown html=html /> }.into_any()
        }
        Some(Err(_)) => view! {
            <CouldNotLoad title="This page could not be loaded" try_again=Callback::new(move |()| html.refetch()) />
        }.into_any(),
    }
    }
}
