//! The commands over all the content, loaded and checked: `validate` (the summary and the
//! reviews due soon) and `report` (the readability of every guidance page).

use crate::Options;
use navigator_core::bundle::{self, Bundle};

/// What was checked, and every review due soon.
pub fn validate(bundle: &Bundle, options: &Options) -> Result<(), String> {
    println!("{}", summary(bundle));
    for (date, what) in bundle::due_soon(bundle, options.today) {
        println!("warning: {what} must be reviewed by {date}, or the build stops the day after");
    }
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
