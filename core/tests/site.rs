//! The pages written at build time, from the real content.

use navigator_core::bundle::{self, Bundle};
use navigator_core::html::escape;
use navigator_core::routes;
use navigator_core::site::pages::{pages, Page};
use std::path::Path;

fn bundle() -> Bundle {
    let content = Path::new(env!("CARGO_MANIFEST_DIR")).join("../content");
    bundle::load(&content, "2026-12-01".parse().unwrap()).expect("the real content loads")
}

fn page(pages: &[Page], route: &str) -> String {
    pages
        .iter()
        .find(|page| page.route == route)
        .unwrap_or_else(|| panic!("no page at {route}"))
        .html
        .clone()
}

#[test]
fn the_questions_page_shows_every_emergency_sign_under_what_to_do_before_the_app_starts() {
    let bundle = bundle();
    let html = page(&pages(&bundle), routes::WHERE_TO_GO);
    for flag in &bundle.rules.red_flags {
        let outcome = bundle
            .rules
            .outcomes
            .iter()
            .find(|outcome| outcome.id == flag.outcome)
            .unwrap();
        let heading = html
            .find(&format!(">{}</h2>", escape(&outcome.title)))
            .unwrap_or_else(|| panic!("no heading for {}", outcome.id));
        let sign = html
            .find(&format!("<li>{}</li>", escape(&flag.text)))
            .unwrap_or_else(|| panic!("{} is not listed", flag.id));
        let next_heading = html[heading..].find("<h2").map(|at| heading + at);
        assert!(
            sign > heading && next_heading.is_none_or(|next| sign < next),
            "{} is not under {}",
            flag.id,
            outcome.title
        );
    }
    assert!(html.contains("<a href=\"tel:999\">999</a>"));
}
