//! The pages written at build time, from the real content.

use navigator_core::bundle::{self, Bundle};
use navigator_core::html::escape;
use navigator_core::preferences::EASY_READ_KEY;
use navigator_core::routes::{self, Drawing, Route};
use navigator_core::signpost::{RedFlagGroup, RED_FLAG_QUESTION};
use navigator_core::site::pages::{pages, Page};
use navigator_core::wellbeing::STORAGE_KEY;
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

/// The first form is in the page, to be answered before the app starts: a box for every sign,
/// grouped as the app groups them, then "None of these"; no box has a name, so a form sent
/// without the app carries no answer in the address.
#[test]
fn the_questions_page_holds_the_first_form_with_a_box_for_every_sign_and_none_named() {
    let bundle = bundle();
    let html = page(&pages(&bundle), routes::WHERE_TO_GO);
    let form = &html[html.find("<form id=\"red-flags\"").expect("the form")..];
    let form = &form[..form.find("</form>").unwrap()];
    let boxes: Vec<&str> = form
        .match_indices("<input ")
        .map(|(at, _)| {
            let value = &form[at..][form[at..].find("value=\"").unwrap() + 7..];
            &value[..value.find('"').unwrap()]
        })
        .collect();
    let flags: Vec<_> = bundle.rules.red_flags.iter().collect();
    let mut expected: Vec<&str> = RedFlagGroup::grouped(&flags)
        .into_iter()
        .flat_map(|(_, signs)| signs.into_iter().map(|flag| flag.id.as_str()))
        .collect();
    expected.push("none");
    assert_eq!(boxes, expected);
    assert!(bundle
        .rules
        .red_flags
        .iter()
        .any(|flag| flag.group == RedFlagGroup::BabiesAndChildren));
    assert!(!form.contains(" name="), "a box is named");
    assert!(form.contains(&format!(">{}</h1>", escape(RED_FLAG_QUESTION))));
    assert!(form.contains("<button class=\"nhsuk-button\" type=\"submit\">Continue</button>"));
}

#[test]
fn every_page_is_of_one_route_in_the_table_and_every_route_has_its_pages() {
    let bundle = bundle();
    let pages = pages(&bundle);
    for page in &pages {
        let route = Route::of(&page.route).unwrap_or_else(|| panic!("{} has no route", page.route));
        assert_eq!(page.drawing, route.drawing(), "{}", page.route);
        if let Some(title) = route.title() {
            assert_eq!(page.title, title, "{}", page.route);
        }
        // Only the app's own views, and content with what only the app can fill in, start it.
        let part = page.app_part();
        match route.drawing() {
            Drawing::Written => assert!(
                part.is_none() || route == Route::ServicePage,
                "{}",
                page.route
            ),
            Drawing::WrittenThenDrawn | Drawing::View => assert_eq!(part, Some(route.part())),
        }
    }
    for route in Route::ALL {
        let count = pages
            .iter()
            .filter(|page| route.matches(&page.route))
            .count();
        let expected = match route {
            Route::GuidancePage => bundle.guidance.pages.len(),
            Route::ServicePage => bundle.directory.services.len(),
            _ => 1,
        };
        assert_eq!(count, expected, "{route:?}");
    }
}

#[test]
fn the_statements_name_what_the_site_keeps_and_how_many_easy_read_guides_there_are() {
    let bundle = bundle();
    let pages = pages(&bundle);
    let privacy = page(&pages, routes::PRIVACY);
    for key in [STORAGE_KEY, EASY_READ_KEY] {
        assert!(privacy.contains(&format!("<code>{key}</code>")), "{key}");
    }
    assert!(privacy.contains("Page last reviewed: 1 December 2026"));
    let guides = bundle
        .guidance
        .pages
        .iter()
        .filter(|page| page.meta.easy_read)
        .count();
    let accessibility = page(&pages, routes::ACCESSIBILITY);
    assert!(
        accessibility.contains(&format!("read {guides} Easy Read guides")),
        "the accessibility statement should say there are {guides} Easy Read guides"
    );
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
