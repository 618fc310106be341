//! The content as one build loads it: a care card held to its rule, and reviews due soon.

use navigator_core::bundle::{self, Bundle};
use std::path::Path;

fn bundle() -> Bundle {
    let content = Path::new(env!("CARGO_MANIFEST_DIR")).join("../content");
    bundle::load(&content, "2026-12-01".parse().unwrap()).expect("the real content loads")
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}

/// A care card that names a rule must agree with the rule on how urgent it is, so a guidance
/// page and the questions cannot give different advice for the same signs.
#[test]
fn a_care_card_that_disagrees_with_its_rule_fails_the_build() {
    let content = Path::new(env!("CARGO_MANIFEST_DIR")).join("../content");
    let copy = std::env::temp_dir().join(format!("navigator-ties-{}", std::process::id()));
    copy_dir(&content, &copy);
    let page = copy.join("guidance/head-injury.md");
    let text = std::fs::read_to_string(&page).unwrap();
    // The cut that needs an urgent treatment centre, claimed by the card for A&E.
    let changed = text.replacen(
        "{.emergency rule=head-injury-65-plus,",
        "{.emergency rule=head-injury-wound,head-injury-65-plus,",
        1,
    );
    assert_ne!(text, changed, "test setup: the A&E card names its rules");
    std::fs::write(&page, changed).unwrap();
    let errors = bundle::load(&copy, "2026-12-01".parse().unwrap())
        .err()
        .expect("the build fails");
    let _ = std::fs::remove_dir_all(&copy);
    let messages: Vec<String> = errors.iter().map(ToString::to_string).collect();
    assert!(
        messages
            .iter()
            .any(|message| message.contains("head-injury.md:35")
                && message.contains("describes rule `head-injury-wound`")
                && message.contains("make the page and the rule agree")),
        "{messages:#?}"
    );
}

#[test]
fn validate_warns_a_month_before_a_review_falls_due() {
    let bundle = bundle();
    let first_due = bundle::due_soon(&bundle, "2099-01-01".parse().unwrap())[0].0;
    let a_month_before = first_due.add_days(-bundle::WARN_DAYS_AHEAD);
    let warned = bundle::due_soon(&bundle, a_month_before);
    assert!(warned.iter().any(|(date, _)| *date == first_due));
    assert!(warned
        .iter()
        .all(|(date, _)| *date <= a_month_before.add_days(bundle::WARN_DAYS_AHEAD)));
    assert!(
        warned
            .iter()
            .any(|(_, what)| what.starts_with("guidance page ")
                || what.starts_with("the rules for ")),
        "{warned:?}"
    );
    assert!(bundle::due_soon(&bundle, a_month_before.add_days(-1)).is_empty());
}
