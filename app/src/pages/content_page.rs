//! Content pages (home, guidance, carers, a service's page, privacy...): HTML written at build
//! time. The pages part draws them only offline, in the shell the service worker serves for a
//! page it did not keep, each fetched (from the worker's copy) once per visit. The page's title
//! is its first heading.

use super::components::{focus_main_heading, CouldNotLoad, Html};
use crate::fetch::{self, FetchFailed};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_location;
use navigator_core::html::first_heading_text;
use navigator_core::routes::{fragment_path, Route, NOT_FOUND};
use std::rc::Rc;

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

/// A page's HTML, titled by its first heading.
#[component]
fn Shown(html: Rc<str>) -> impl IntoView {
    let title = first_heading_text(&html).unwrap_or_default();
    view! {
        <Title text=title />
        <Html html=html.to_string() />
    }
}

/// A content page, fetched, with focus moved to its heading when it arrives. An address with no
/// page shows "page not found".
#[component]
pub fn ContentPage(#[prop(into)] route: String) -> impl IntoView {
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
