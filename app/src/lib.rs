//! The Kent & Medway Care Navigator in the browser. Everything that can be decided without a
//! browser lives in navigator-core; this crate only turns its results into views. The page shell
//! (header, urgent help, footer) is plain HTML in index.html; the app draws inside `<main>`.
//!
//! The app is built as one binary per [`AppPart`](navigator_core::routes::AppPart) (`src/bin/`),
//! each drawing only its own routes, so a page downloads the code of the views it can show and no
//! more. The offline pages part is a Leptos view, built with the `pages` feature; the questions,
//! search, services and the tracker write their HTML themselves over pages written at build time,
//! and are built without it, so they carry no framework.

pub mod components;
pub mod content;
pub mod fetch;
mod field_error;
pub mod open_now;
#[cfg(feature = "pages")]
pub mod pages;
pub mod questions;
pub mod search;
pub mod services;
pub mod storage;
pub mod tracker;

pub const SITE_NAME: &str = "Kent & Medway Care Navigator";

/// Marks the page as taken over by its part of the app, which the shell's script and the tests
/// wait for; the loader marks it `failed` instead if the part cannot start.
pub(crate) fn mark_started(document: &web_sys::Document) {
    if let Some(root) = document.document_element() {
        let _ = root.set_attribute("data-app", "ready");
    }
}

/// A form sent before its part started, which `public/site.mjs` held back saying "Loading…":
/// its button says again what it does, and it is no longer marked as held.
pub(crate) fn release_held(form: &web_sys::Element) {
    if let Some(label) = form.get_attribute("data-pending") {
        if let Ok(Some(button)) = form.query_selector("button[type=\"submit\"]") {
            button.set_text_content(Some(&label));
        }
        let _ = form.remove_attribute("data-pending");
    }
}

/// The path of the page's address, without query or fragment.
pub(crate) fn address_path() -> String {
    web_sys::window()
        .and_then(|window| window.location().pathname().ok())
        .unwrap_or_default()
}

/// The value of `name` in the query of the page's address: `problem` in `?problem=back-pain`.
pub(crate) fn query_value(name: &str) -> Option<String> {
    let search = web_sys::window()?.location().search().ok()?;
    web_sys::UrlSearchParams::new_with_str(&search)
        .ok()?
        .get(name)
}
