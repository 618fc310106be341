//! The checks: loading and checking all the content (pages, services, rules), as `navigator
//! validate` and every build do, and the rule set's validation alone, which walks every journey
//! to its outcome. Each takes seconds, so each is timed a few times only.
//!
//!     cargo bench -p navigator-core --bench checks

mod common;

use divan::Bencher;
use navigator_core::bundle::Bundle;
use navigator_core::signpost;
use std::sync::LazyLock;

/// The content the rule set refers to (services, pages, pictograms), loaded once.
static BUNDLE: LazyLock<Bundle> = LazyLock::new(common::bundle);

fn main() {
    println!(
        "validating the rule set walks {} journeys",
        BUNDLE.coverage.journeys
    );
    divan::main();
}

/// Loading and checking every piece of content: pages, services and rules.
#[divan::bench(sample_count = 5)]
fn load_and_check_all_content() -> Bundle {
    common::bundle()
}

/// The rule set's validation: every journey walked, every reference checked.
#[divan::bench(sample_count = 5)]
fn validate_rule_set(bencher: Bencher) {
    let (rules, locations) = common::rules();
    let service_ids = BUNDLE
        .directory
        .services
        .iter()
        .map(|s| s.id.clone())
        .collect();
    let guidance_slugs = BUNDLE
        .guidance
        .pages
        .iter()
        .map(|page| page.slug.clone())
        .collect();
    let references = signpost::References {
        service_ids: &service_ids,
        guidance_slugs: &guidance_slugs,
        pictograms: &BUNDLE.pictograms,
    };
    let today = common::today();
    bencher.bench(|| {
        signpost::validate(&rules, &locations, &references, today).expect("the rule set is valid")
    });
}
