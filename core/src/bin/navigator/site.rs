//! The commands over all the content, loaded and checked: `validate` (the summary and the
//! reviews due soon), `publish` (finishing a trunk build), `report` (the readability of every
//! guidance page) and `routes` (every page with its route, for the end-to-end tests).

use crate::Options;
use navigator_core::bundle::{self, Bundle};
use navigator_core::routes::{AppPart, Drawing, Route};
use navigator_core::signpost::RED_FLAG_QUESTION;
use navigator_core::site::pages::pages;
use serde_json::{json, Value};

/// What was checked, and every review due soon.
pub fn validate(bundle: &Bundle, options: &Options) -> Result<(), String> {
    println!("{}", summary(bundle));
    for (date, what) in bundle::due_soon(bundle, options.today) {
        println!("warning: {what} must be reviewed by {date}, or the build stops the day after");
    }
    Ok(())
}

/// Finishes the trunk build in `--dist`.
pub fn publish(bundle: &Bundle, options: &Options) -> Result<(), String> {
    let dist = options
        .dist
        .as_ref()
        .ok_or("publish needs --dist DIR (trunk's output)")?;
    let report = navigator_core::site::publish::publish(bundle, dist)?;
    println!(
        "published {} pages and {} fragments in {}; the stylesheet trimmed from {} KB to {} KB; the service worker precaches {} files ({} KB)",
        report.pages,
        report.fragments,
        dist.display(),
        report.stylesheet_bytes.0 / 1024,
        report.stylesheet_bytes.1 / 1024,
        report.precached_files,
        report.precached_bytes / 1024
    );
    Ok(())
}

/// One line per guidance page, hardest to read first.
pub fn readability_report(bundle: &Bundle) -> String {
    let mut pages: Vec<_> = bundle.guidance.pages.iter().collect();
    pages.sort_by(|a, b| {
        a.readability
            .reading_ease
            .total_cmp(&b.readability.reading_ease)
    });
    let mut text = format!(
        "{:<34} {:>8} {:>7} {:>10} {:>8} {:>8}\n",
        "page", "reading", "words", "words per", "longest", "passive"
    );
    text.push_str(&format!(
        "{:<34} {:>8} {:>7} {:>10} {:>8} {:>8}\n",
        "", "ease", "", "sentence", "sentence", "phrases"
    ));
    for page in pages {
        let r = &page.readability;
        let note = if page.meta.reading_ease_note.is_some() {
            " (note given)"
        } else {
            ""
        };
        text.push_str(&format!(
            "{:<34} {:>8.0} {:>7} {:>10.1} {:>8} {:>8}{note}\n",
            page.slug,
            r.reading_ease,
            r.words,
            r.words_per_sentence(),
            r.longest_sentence,
            r.passive
        ));
    }
    text
}

/// Every page of the site with its route in the route table, the heading it opens with once
/// the app (if any) has drawn it, whether it is one of the app's views, and the part of the app it
/// starts, if any.
pub fn routes_json(bundle: &Bundle) -> Value {
    // The pages come in the order of the route table.
    let listed = pages(bundle).into_iter().filter_map(|page| {
        let route = Route::of(&page.route)?;
        // The questions open on the emergency signs, under their own heading.
        let heading = match route {
            Route::WhereToGo => RED_FLAG_QUESTION,
            _ => &page.title,
        };
        Some(json!({
            "route": format!("{route:?}"),
            "path": page.route,
            "heading": heading,
            "view": route.drawing() == Drawing::View,
            "part": page.app_part().map(AppPart::binary),
        }))
    });
    Value::Array(listed.collect())
}

fn summary(bundle: &Bundle) -> String {
    let coverage = &bundle.coverage;
    let mut text = format!(
        "ok: {} guidance pages, {} services, {} red flags, {} problems, {} outcomes\n\
         every journey checked: {} journeys, each ends in an outcome",
        bundle.guidance.pages.len(),
        bundle.directory.services.len(),
        bundle.rules.red_flags.len(),
        bundle.rules.problems.len(),
        bundle.rules.outcomes.len(),
        coverage.journeys,
    );
    for (problem, journeys) in &coverage.journeys_by_problem {
        text.push_str(&format!("\n  {problem}: {journeys} journeys"));
    }
    text
}
