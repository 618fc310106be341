//! The pages written at build time, from the real content, and the service card they share with
//! the app.

use navigator_app::components::service::{card, tag};
use navigator_core::bundle::{self, Bundle};
use navigator_core::directory::{Area, OpeningHours, Service, ServiceKind, Status};
use navigator_core::html::escape;
use navigator_core::preferences::EASY_READ_KEY;
use navigator_core::routes::{self, AppPart, Route};
use navigator_core::signpost::{RedFlagGroup, RED_FLAG_QUESTION};
use navigator_core::site::page::Page;
use navigator_core::wellbeing::STORAGE_KEY;
use navigator_core::{Date, Source};
use navigator_site::pages;
use std::path::Path;

/// The real content, kept for the rest of the test run, as the components borrow it.
fn bundle() -> &'static Bundle {
    let content = Path::new(env!("CARGO_MANIFEST_DIR")).join("../content");
    let bundle =
        bundle::load(&content, "2026-12-01".parse().unwrap()).expect("the real content loads");
    Box::leak(Box::new(bundle))
}

fn page(pages: &[Page], route: &str) -> String {
    let page = pages.iter().find(|page| page.route == route);
    without_markers(&page.unwrap_or_else(|| panic!("no page at {route}")).html)
}

/// The HTML without the empty comments Leptos leaves between neighbouring pieces of text.
fn without_markers(html: &str) -> String {
    html.replace("<!>", "")
}

#[test]
fn the_questions_page_shows_every_emergency_sign_under_what_to_do_before_the_app_starts() {
    let bundle = bundle();
    let html = page(&pages(bundle), routes::WHERE_TO_GO);
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
    let html = page(&pages(bundle), routes::WHERE_TO_GO);
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
    let pages = pages(bundle);
    for page in &pages {
        let route = Route::of(&page.route).unwrap_or_else(|| panic!("{} has no route", page.route));
        assert_eq!(page.drawing, route.drawing(), "{}", page.route);
        if let Some(title) = route.title() {
            assert_eq!(page.title, title, "{}", page.route);
        }
        // The app's own views and Find a service start their part of the app; content with
        // what only the app can fill in starts the part that fills in only that.
        let part = page.app_part();
        match route.part() {
            AppPart::Pages => assert!(
                part.is_none() || (route == Route::ServicePage && part == Some(AppPart::Services)),
                "{}",
                page.route
            ),
            own => assert_eq!(part, Some(own), "{}", page.route),
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
    let pages = pages(bundle);
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

fn service() -> &'static Service {
    Box::leak(Box::new(Service {
        id: "talk".into(),
        name: "Talk & listen".into(),
        kind: ServiceKind::MentalHealthSupport,
        summary: "Someone to talk to <any time>.".into(),
        how_to_use: "Call free.".into(),
        who_can_use: "Anyone.".into(),
        phone: Some("116 123".into()),
        text: None,
        website: Some("https://www.example.org/talk/".into()),
        areas: vec![Area::All],
        address: None,
        district: None,
        hours: None,
        not_for: vec!["Emergencies".into()],
        source: Source {
            title: "Example".into(),
            url: "https://www.example.org".into(),
        },
        last_verified: "2026-11-23".parse().unwrap(),
    }))
}

#[test]
fn a_card_escapes_its_text_and_links_each_way_to_reach_the_service() {
    let card = card(service(), true, None);
    assert!(card.contains(">Talk &amp; listen</h3>"), "{card}");
    assert!(
        card.contains("Someone to talk to &lt;any time&gt;."),
        "{card}"
    );
    assert!(
        card.contains("<a href=\"tel:116123\">116 123</a>"),
        "{card}"
    );
    assert!(
        card.contains(
            "<a class=\"kmcn-url\" href=\"https://www.example.org/talk/\">www.example.org/talk</a>"
        ),
        "{card}"
    );
    assert!(card.contains("<li>Emergencies</li>"), "{card}");
    assert!(
        card.contains("Details checked on 23 November 2026"),
        "{card}"
    );
    assert!(!card.contains("Opening hours"), "{card}");
}

#[test]
fn a_card_names_the_service_unless_the_page_does_and_keeps_a_slot_only_for_places_with_hours() {
    let written = card(service(), true, None);
    assert!(!written.contains("kmcn-open-now"), "{written}");
    let mut place = service().clone();
    place.hours = Some(OpeningHours {
        always: true,
        periods: vec![],
        bank_holidays: Default::default(),
    });
    let place: &'static Service = Box::leak(Box::new(place));
    let card = card(place, false, None);
    assert!(!card.contains("<h3"), "{card}");
    // Empty, for the app to fill in with the time the page is read.
    assert!(
        card.contains("<p class=\"kmcn-open-now\" data-service=\"talk\"></p>"),
        "{card}"
    );
}

#[test]
fn the_tag_is_green_when_open_and_grey_when_closed() {
    let today: Date = "2026-11-23".parse().unwrap();
    assert_eq!(
        tag(Status::OpenAllHours, today),
        "<strong class=\"nhsuk-tag nhsuk-tag--green\">Open 24 hours</strong>"
    );
    let closed = Status::Closed {
        opens: Some((today.add_days(1), navigator_core::directory::Clock(8 * 60))),
    };
    assert!(
        tag(closed, today).starts_with("<strong class=\"nhsuk-tag nhsuk-tag--grey\">Closed now")
    );
}

/// The app reads its data files (the rule set, its opening and signs, the search index, the
/// problems' listings) and the directory in postcard's form, which follows the types field by
/// field: each must read back to what it was written from (a field left out when empty, say,
/// would shift every field after it).
#[test]
fn the_binary_data_files_read_back_as_what_they_were_written_from() {
    fn read_back<T: serde::Serialize + serde::de::DeserializeOwned>(written: &T, bytes: &[u8]) {
        let read: T = postcard::from_bytes(bytes).expect("the file reads");
        assert_eq!(
            serde_json::to_string(&read).unwrap(),
            serde_json::to_string(written).unwrap()
        );
    }
    let bundle = bundle();
    let data = bundle.data_files();
    assert!(data.rules.path.ends_with(".bin") && data.search_index.path.ends_with(".bin"));
    read_back(&bundle.rules, &data.rules.bytes);
    read_back(&bundle.rules.opening(), &data.rules_opening.bytes);
    read_back(&bundle.rules.signs(), &data.rules_signs.bytes);
    read_back(&bundle.search, &data.search_index.bytes);
    read_back(
        &navigator_core::signpost::Listing::all(&bundle.rules),
        &data.listings.bytes,
    );
    read_back(
        &bundle.directory,
        &postcard::to_allocvec(&bundle.directory).unwrap(),
    );
}

/// The content is checked once per build and kept as JSON for the later steps
/// (`navigator_core::bundle::once`): what is read back draws the same pages and data files.
#[test]
fn the_kept_content_draws_the_same_pages_and_data_files_as_a_fresh_load() {
    let loaded = bundle();
    let json = serde_json::to_string(loaded).expect("the content serialises");
    let kept: &'static Bundle = Box::leak(Box::new(
        serde_json::from_str(&json).expect("and reads back"),
    ));
    let (fresh, again) = (pages(loaded), pages(kept));
    assert_eq!(fresh.len(), again.len());
    for (fresh, again) in fresh.iter().zip(&again) {
        assert_eq!(fresh.route, again.route);
        assert_eq!(fresh.html, again.html, "{}", fresh.route);
    }
    let (fresh, again) = (loaded.data_files(), kept.data_files());
    for (fresh, again) in [
        (&fresh.search_index, &again.search_index),
        (&fresh.rules, &again.rules),
        (&fresh.listings, &again.listings),
    ] {
        assert_eq!((&fresh.path, &fresh.bytes), (&again.path, &again.bytes));
    }
}
