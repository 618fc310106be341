//! The content as one build loads it: a care card held to its rule, reviews due soon, and its
//! letters in lower case for matching.

use navigator_core::bundle::{self, Bundle};
use navigator_core::search;
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

fn scratch(name: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("navigator-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    dir
}

/// The first step of a build loads and keeps the checked content; the next steps read what was
/// kept, and nothing else: here a title changed in the kept file is what they get.
#[test]
fn content_is_checked_once_per_build_and_the_later_steps_read_what_was_kept() {
    let content = Path::new(env!("CARGO_MANIFEST_DIR")).join("../content");
    let cache = scratch("kept");
    let today = "2026-12-01".parse().unwrap();
    let first = bundle::load_once(&content, today, &cache).expect("the real content loads");
    let kept = cache.join(format!(
        "{}.json",
        bundle::once::key(&content, today).unwrap()
    ));
    let json = std::fs::read_to_string(&kept).expect("the result is kept");
    assert_eq!(json, serde_json::to_string(&first).unwrap());

    let title = &first.guidance.pages[0].meta.title;
    std::fs::write(&kept, json.replacen(title.as_str(), "Kept, not loaded", 1)).unwrap();
    let next = bundle::load_once(&content, today, &cache).unwrap();
    assert_eq!(next.guidance.pages[0].meta.title, "Kept, not loaded");

    // A kept file that cannot be read back costs a load, not a wrong answer.
    std::fs::write(&kept, "{").unwrap();
    let again = bundle::load_once(&content, today, &cache).unwrap();
    assert_eq!(&again.guidance.pages[0].meta.title, title);
    let _ = std::fs::remove_dir_all(&cache);
}

/// A result is never read for other content, another day or other checks: one changed
/// sentence, or the next day, names another result.
#[test]
fn a_changed_sentence_or_another_day_is_checked_again() {
    let content = Path::new(env!("CARGO_MANIFEST_DIR")).join("../content");
    let copy = scratch("changed");
    copy_dir(&content, &copy);
    let today: navigator_core::Date = "2026-12-01".parse().unwrap();
    let before = bundle::once::key(&copy, today).unwrap();
    assert_eq!(before, bundle::once::key(&content, today).unwrap());
    assert_ne!(before, bundle::once::key(&copy, today.add_days(1)).unwrap());

    let page = copy.join("guidance/sore-throat.md");
    let text = std::fs::read_to_string(&page).unwrap();
    std::fs::write(&page, text.replacen("\n\n", "\n\nA new sentence.\n\n", 1)).unwrap();
    assert_ne!(before, bundle::once::key(&copy, today).unwrap());

    // Content that fails its checks is not kept.
    std::fs::write(copy.join("guidance/broken.md"), "no front matter").unwrap();
    let cache = scratch("broken");
    assert!(bundle::load_once(&copy, today, &cache).is_err());
    assert!(std::fs::read_dir(&cache).map_or(true, |mut entries| entries.next().is_none()));
    let _ = std::fs::remove_dir_all(&copy);
}

/// Words are matched in lower case as far as the content's own letters go (`search::lower_case`):
/// every letter anywhere in the content, and its capital, must fold as Unicode folds it, so
/// typing "CAFÉ" finds "café".
#[test]
fn every_letter_of_the_content_folds_to_lower_case_as_unicode_says() {
    let mut letters = std::collections::BTreeSet::new();
    let mut folders = vec![Path::new(env!("CARGO_MANIFEST_DIR")).join("../content")];
    while let Some(folder) = folders.pop() {
        for entry in std::fs::read_dir(&folder).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                folders.push(path);
            } else if let Ok(text) = std::fs::read_to_string(&path) {
                letters.extend(text.chars().filter(|c| c.is_alphabetic()));
            }
        }
    }
    assert!(
        letters.contains(&'\u{e9}'),
        "test setup: the content has \"café\""
    );
    for letter in letters {
        let lower: String = letter.to_lowercase().collect();
        for written in [letter.to_string(), letter.to_uppercase().collect()] {
            assert_eq!(search::lower_case(&written), lower, "{written}");
        }
    }
}
