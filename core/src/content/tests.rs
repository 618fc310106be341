use super::*;
use crate::easy_read::Pictogram;

fn today() -> Date {
    "2026-11-23".parse().unwrap()
}

fn slugs() -> BTreeSet<String> {
    ["sore-throat", "back-pain"]
        .into_iter()
        .map(String::from)
        .collect()
}

fn pictograms() -> Pictograms {
    let pictogram = |id: &str, alt: &str| Pictogram {
        id: id.into(),
        alt: alt.into(),
        stands_for: "Testing.".into(),
        svg: String::new(),
    };
    Pictograms {
        all: vec![
            pictogram("home", "A house"),
            pictogram("phone-111", "A phone <111>"),
        ],
    }
}

const FRONT: &str = r#"+++
title = "Sore throat"
summary = "How to ease a sore throat and when to get help."
audience = ["everyone"]
topics = ["throat", "pharmacy first"]
last_reviewed = 2026-11-01
next_review = 2027-05-01
related = ["back-pain"]

[[sources]]
title = "NICE CKS: Sore throat - acute"
url = "https://cks.nice.org.uk/topics/sore-throat-acute/"
+++
"#;

/// Line 14 is the first body line of a page built from FRONT.
fn page(body: &str) -> Result<GuidancePage, Vec<Diagnostic>> {
    compile_page(
        "sore-throat.md",
        &format!("{FRONT}{body}"),
        &Context {
            today: today(),
            slugs: &slugs(),
            pictograms: &pictograms(),
        },
    )
}

fn rejections(result: Result<GuidancePage, Vec<Diagnostic>>) -> Vec<String> {
    result
        .expect_err("the page should be rejected")
        .iter()
        .map(ToString::to_string)
        .collect()
}

fn with_front(replace: &str, with: &str) -> Result<GuidancePage, Vec<Diagnostic>> {
    assert!(FRONT.contains(replace), "test setup: {replace}");
    compile_page(
        "sore-throat.md",
        &format!("{}Body.\n", FRONT.replace(replace, with)),
        &Context {
            today: today(),
            slugs: &slugs(),
            pictograms: &pictograms(),
        },
    )
}

#[test]
fn compiles_metadata_and_body() {
    let page =
        page("Drink plenty of fluids.\n\n## Treat it yourself\n\n- rest\n- fluids\n").unwrap();
    assert_eq!(page.slug, "sore-throat");
    assert_eq!(page.meta.title, "Sore throat");
    assert_eq!(page.meta.audience, vec![Audience::Everyone]);
    assert_eq!(page.meta.next_review, "2027-05-01".parse().unwrap());
    assert_eq!(
        page.meta.sources[0].url,
        "https://cks.nice.org.uk/topics/sore-throat-acute/"
    );
    assert!(page
        .body
        .html
        .contains("<h2 id=\"treat-it-yourself\">Treat it yourself</h2>"));
    assert!(page
        .body
        .html
        .contains("<ul class=\"nhsuk-list nhsuk-list--bullet\">"));
    assert_eq!(page.body.headings[0].id, "treat-it-yourself");
    assert!(page.body.text.contains("Drink plenty of fluids."));
}

#[test]
fn rejects_raw_html_blocks_with_the_line() {
    let errors = rejections(page("Fine.\n\n<div>hidden</div>\n"));
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert!(
        errors[0].starts_with("sore-throat.md:16: raw HTML is not allowed"),
        "{}",
        errors[0]
    );
}

#[test]
fn rejects_inline_html_including_script() {
    let errors = rejections(page("Click <script>alert(1)</script> here.\n"));
    assert!(
        errors
            .iter()
            .all(|e| e.starts_with("sore-throat.md:14: raw HTML")),
        "{errors:?}"
    );
}

#[test]
fn text_that_looks_like_html_is_escaped_not_rejected() {
    let page = page("Take it if your temperature is > 38 and age < 5 & over 3 months.\n").unwrap();
    assert!(page.body.html.contains("&gt; 38 and age &lt; 5 &amp; over"));
}

#[test]
fn rejects_links_to_missing_pages() {
    let errors = rejections(page("See [colds](colds.md) and [here](/nowhere).\n"));
    assert_eq!(errors.len(), 2, "{errors:?}");
    assert!(errors[0].contains("`colds.md` goes to a guidance page that does not exist"));
    assert!(errors[1].contains("`/nowhere` goes to no page on this site"));
}

#[test]
fn rewrites_page_links_and_accepts_site_routes() {
    let page = page(
        "See [back pain](back-pain.md#treat), [where to go](/where-to-go) and [this](#top).\n",
    )
    .unwrap();
    assert!(page
        .body
        .html
        .contains("href=\"/guidance/back-pain#treat\""));
    assert!(page.body.html.contains("href=\"/where-to-go\""));
    assert!(page.body.html.contains("href=\"#top\""));
}

#[test]
fn rejects_non_https_links() {
    let errors = rejections(page(
        "[a](http://example.org) [b](javascript:alert(1)) [c](ftp://x) [d](tel:111)\n",
    ));
    assert_eq!(errors.len(), 4, "{errors:?}");
    assert!(errors[0].contains("must use https://"));
    assert!(errors[1..].iter().all(|e| e.contains("is not allowed")));
}

#[test]
fn rejects_missing_front_matter_fields_naming_the_field() {
    let errors = rejections(with_front(
        "summary = \"How to ease a sore throat and when to get help.\"\n",
        "",
    ));
    assert_eq!(errors.len(), 1);
    assert!(errors[0].starts_with("sore-throat.md:"), "{}", errors[0]);
    assert!(errors[0].contains("field `summary`"), "{}", errors[0]);
}

#[test]
fn rejects_malformed_fields_with_their_line() {
    let errors = rejections(with_front(
        "next_review = 2027-05-01",
        "next_review = \"soon\"",
    ));
    assert!(errors[0].starts_with("sore-throat.md:7:"), "{}", errors[0]);

    let errors = rejections(with_front(
        "next_review = 2027-05-01",
        "next_review = 2027-05-01T10:00:00",
    ));
    assert_eq!(
        errors[0],
        "sore-throat.md:7: field `next_review`: `2027-05-01T10:00:00` should be a date without a time, such as 2026-11-23"
    );

    let errors = rejections(with_front(
        "audience = [\"everyone\"]",
        "audience = [\"robots\"]",
    ));
    assert!(errors[0].starts_with("sore-throat.md:4:"), "{}", errors[0]);

    let errors = rejections(with_front(
        "https://cks.nice.org.uk",
        "http://cks.nice.org.uk",
    ));
    assert!(
        errors[0].contains("field `sources`: source `http://cks.nice.org.uk"),
        "{}",
        errors[0]
    );

    let errors = rejections(with_front("title = \"Sore throat\"", "title = \"  \""));
    assert_eq!(
        errors[0],
        "sore-throat.md:2: field `title`: must not be empty"
    );

    let errors = rejections(with_front(
        "topics = [\"throat\", \"pharmacy first\"]",
        "topics = []",
    ));
    assert!(
        errors[0].starts_with("sore-throat.md:5: field `topics`"),
        "{}",
        errors[0]
    );
}

#[test]
fn rejects_unknown_fields() {
    let errors = rejections(with_front("title =", "titel = \"x\"\ntitle ="));
    assert!(errors[0].contains("titel"), "{}", errors[0]);
}

#[test]
fn rejects_a_past_next_review_date() {
    let errors = rejections(with_front(
        "next_review = 2027-05-01",
        "next_review = 2026-11-22",
    ));
    assert_eq!(errors.len(), 1);
    assert_eq!(
        errors[0],
        "sore-throat.md:7: field `next_review`: the review was due on 2026-11-22: review the page, then move both dates on"
    );
    // Due today is still in date.
    assert!(with_front("next_review = 2027-05-01", "next_review = 2026-11-23").is_ok());
}

#[test]
fn rejects_review_dates_in_the_wrong_order() {
    let errors = rejections(with_front(
        "last_reviewed = 2026-11-01",
        "last_reviewed = 2026-12-01",
    ));
    assert!(errors[0].contains("field `last_reviewed`: 2026-12-01 is in the future"));
}

#[test]
fn rejects_a_page_without_front_matter() {
    let result = compile_page(
        "x.md",
        "# Hello\n",
        &Context {
            today: today(),
            slugs: &slugs(),
            pictograms: &pictograms(),
        },
    );
    assert_eq!(
        rejections(result),
        vec!["x.md:1: the page must start with front matter between two `+++` lines"]
    );
}

#[test]
fn rejects_top_level_and_skipped_headings() {
    let errors = rejections(page("# Title again\n\n## Fine\n\n#### Skipped\n"));
    assert_eq!(errors.len(), 2, "{errors:?}");
    assert!(errors[0].starts_with("sore-throat.md:14: use `##`"));
    assert!(errors[1].starts_with("sore-throat.md:18: heading level jumps from 2 to 4"));
}

#[test]
fn rejects_images_and_unknown_heading_classes() {
    let errors = rejections(page("![a throat](throat.png)\n\n## Help {.urgnt}\n"));
    assert_eq!(errors.len(), 2, "{errors:?}");
    assert!(errors[0].contains("only for Easy Read pages"));
    assert!(errors[1].contains("unknown heading class `urgnt`"));
}

#[test]
fn care_cards_hold_their_section() {
    let page = page(
        "## Treat it yourself\n\nRest.\n\n## See a GP if: {.non-urgent}\n\n- it lasts a week\n\n## Call 999 if: {.emergency}\n\n- you cannot breathe\n\n## Sources\n\nMore.\n",
    )
    .unwrap();
    let html = &page.body.html;
    let non_urgent = html.find("nhsuk-card--care--non-urgent").unwrap();
    let emergency = html.find("nhsuk-card--care--emergency").unwrap();
    let sources = html.find("<h2 id=\"sources\">").unwrap();
    assert!(non_urgent < emergency && emergency < sources);
    assert!(html.contains(
        "<h2 class=\"nhsuk-card__heading\" id=\"see-a-gp-if\"><span class=\"nhsuk-u-visually-hidden\">Non-urgent advice: </span>See a GP if:</h2>"
    ));
    assert!(html.contains("Immediate action required: </span>Call 999 if:"));
    // Each card closes before the next heading at its level.
    let between = &html[non_urgent..emergency];
    assert_eq!(between.matches("<div").count(), 3);
    assert_eq!(between.matches("</div>").count(), 3);
    assert_eq!(html.matches("<div").count(), html.matches("</div>").count());
}

#[test]
fn care_card_at_the_end_is_closed() {
    let page = page("## Get help now {.urgent}\n\nCall 111.\n").unwrap();
    assert!(page.body.html.trim_end().ends_with("</div></div>"));
}

#[test]
fn block_quotes_become_inset_text() {
    let page = page("> You can get this medicine from a pharmacy.\n").unwrap();
    assert!(page
        .body
        .html
        .starts_with("<div class=\"nhsuk-inset-text\"><span class=\"nhsuk-u-visually-hidden\">Information: </span>"));
}

#[test]
fn duplicate_headings_get_distinct_ids() {
    let page = page("## Help\n\n## Help\n").unwrap();
    let ids: Vec<_> = page.body.headings.iter().map(|h| h.id.as_str()).collect();
    assert_eq!(ids, ["help", "help-2"]);
}

/// Writes pages (name, title, extra front matter, body) and a sections file into a fresh folder
/// and compiles it.
fn compile_library(
    pages: &[(&str, &str, &str, &str)],
    sections: &str,
) -> Result<Library, Vec<String>> {
    static NEXT: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    let dir = std::env::temp_dir().join(format!(
        "navigator-content-{}-{}",
        std::process::id(),
        NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed)
    ));
    std::fs::create_dir_all(&dir).unwrap();
    for (name, title, extra, body) in pages {
        let extra = if extra.is_empty() {
            String::new()
        } else {
            format!("\n{extra}")
        };
        let front = FRONT
            .replace(
                "title = \"Sore throat\"",
                &format!("title = \"{title}\"{extra}"),
            )
            .replace("related = [\"back-pain\"]\n", "");
        std::fs::write(dir.join(name), format!("{front}{body}\n")).unwrap();
    }
    std::fs::write(dir.join(SECTIONS_FILE), sections).unwrap();
    let result = compile_dir(&dir, today(), &pictograms());
    std::fs::remove_dir_all(&dir).unwrap();
    result.map_err(|errors| errors.iter().map(ToString::to_string).collect())
}

const ONE_SECTION: &str =
    "[[section]]\ntitle = \"All\"\nsummary = \"Everything.\"\npages = [\"ok\"]\n";

#[test]
fn compile_dir_reports_bad_file_names_and_every_page_error() {
    let errors = compile_library(
        &[
            ("Bad_Name.md", "Bad", "related = [\"ok\"]", "Fine."),
            (
                "links.md",
                "Links",
                "related = [\"ok\"]",
                "[x](bad-name.md)",
            ),
            (
                "ok.md",
                "Ok",
                "related = [\"links\"]",
                "[x](links.md) and [y](Bad_Name.md)",
            ),
        ],
        ONE_SECTION,
    )
    .unwrap_err();
    assert_eq!(errors.len(), 2, "{errors:?}");
    assert!(errors[0].contains("Bad_Name.md: the file name `Bad_Name`"));
    assert!(errors[1].contains("links.md:14: link `bad-name.md`"));
}

#[test]
fn compiles_a_library_with_its_sections() {
    let library = compile_library(
        &[
            (
                "ok.md",
                "Ok",
                "related = [\"other\"]",
                "See [other](other.md).",
            ),
            ("other.md", "Other", "related = [\"ok\"]", "Fine."),
        ],
        ONE_SECTION,
    )
    .unwrap();
    assert_eq!(library.pages.len(), 2);
    assert_eq!(library.sections[0].pages, ["ok"]);
    assert_eq!(library.pages[0].slug, "ok");
    assert_eq!(library.pages[0].meta.related, ["other"]);
    assert!(library.pages[0].body.links_to.contains("other"));
}

#[test]
fn a_page_nobody_can_reach_fails() {
    let errors = compile_library(
        &[
            ("ok.md", "Ok", "related = [\"other\"]", "Fine."),
            ("other.md", "Other", "related = [\"ok\"]", "Fine."),
            ("lonely.md", "Lonely", "related = [\"ok\"]", "Fine."),
        ],
        ONE_SECTION,
    )
    .unwrap_err();
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert!(errors[0].contains(
        "lonely.md: no section of sections.toml lists this page and no other page links to it"
    ));
}

#[test]
fn duplicate_titles_unknown_related_pages_and_bad_sections_fail() {
    let errors = compile_library(
        &[
            ("ok.md", "Same", "related = [\"nowhere\", \"ok\"]", "Fine."),
            ("copy.md", "same", "related = [\"ok\"]", "[x](ok.md)"),
        ],
        "[[section]]\ntitle = \"All\"\nsummary = \"Everything.\"\npages = [\"ok\", \"missing\"]\n",
    )
    .unwrap_err();
    assert!(
        errors.iter().any(|e| e.contains(
            "sections.toml:1: field `pages`: section `All` lists `missing`, which is not a page"
        )),
        "{errors:?}"
    );
    assert!(
        errors
            .iter()
            .any(|e| e
                .contains("field `related`: related page `nowhere` is not another guidance page")),
        "{errors:?}"
    );
    assert!(
        errors
            .iter()
            .any(|e| e.contains("field `related`: related page `ok` is not another guidance page")),
        "{errors:?}"
    );
    assert!(
        errors
            .iter()
            .any(|e| e.contains("ok.md: field `title`: another page")
                && e.contains("copy.md, has the same title")),
        "{errors:?}"
    );
}

#[test]
fn hard_to_read_pages_fail_unless_they_say_why() {
    let hard = "Pharmacological intervention is recommended for individuals experiencing persistent symptomatology notwithstanding conservative management strategies.";
    let errors = rejections(page(hard));
    assert_eq!(errors.len(), 1);
    assert!(
        errors[0].starts_with("sore-throat.md: field `reading_ease_note`: reading ease is"),
        "{}",
        errors[0]
    );
    assert!(errors[0].contains("below 60"), "{}", errors[0]);

    let explained = compile_page(
        "sore-throat.md",
        &format!(
            "{}{hard}\n",
            FRONT.replace(
                "title = \"Sore throat\"",
                "title = \"Sore throat\"\nreading_ease_note = \"Names of medicines\""
            )
        ),
        &Context {
            today: today(),
            slugs: &slugs(),
            pictograms: &pictograms(),
        },
    )
    .unwrap();
    assert!(explained.readability.reading_ease < 60.0);
}

#[test]
fn a_page_must_suggest_where_to_go_next() {
    let errors = rejections(with_front("related = [\"back-pain\"]", "related = []"));
    assert_eq!(
        errors,
        ["sore-throat.md:8: field `related`: name at least one related page, so readers know where to go next"]
    );
}

#[test]
fn the_served_document_ends_with_the_sources_escaped() {
    let page = with_front(
        "title = \"NICE CKS: Sore throat - acute\"",
        "title = \"Tom & Jerry <guide>\"",
    )
    .unwrap();
    let html = page.document_html();
    assert!(html.starts_with(&page.body.html));
    assert!(html.contains("<h2 id=\"sources\">Sources</h2>"));
    assert!(
        html.contains(">Tom &amp; Jerry &lt;guide&gt;</a></li>"),
        "{html}"
    );
}

#[test]
fn reads_the_list_under_a_heading() {
    let page = page("## Ideas to try\n\n- walk to the *shop*\n- call a friend & chat\n\n## Other\n\n- not this\n").unwrap();
    assert_eq!(
        page.list_after_heading("ideas-to-try"),
        ["walk to the shop", "call a friend & chat"]
    );
    assert!(page.list_after_heading("missing").is_empty());
}

#[test]
fn a_care_card_can_name_the_rules_it_describes() {
    let compiled = page("## Call 999 if {.emergency rule=sore-throat-airway}\n\nThey cannot swallow.\n\n## See a GP {.urgent rule=a-rule,another-rule}\n\nText.\n").unwrap();
    let ties: Vec<(&str, &str, usize)> = compiled
        .body
        .rule_ties
        .iter()
        .map(|tie| (tie.rule.as_str(), tie.card.as_str(), tie.line))
        .collect();
    assert_eq!(
        ties,
        [
            ("sore-throat-airway", "emergency", 14),
            ("a-rule", "urgent", 18),
            ("another-rule", "urgent", 18)
        ]
    );
    assert!(
        !compiled.body.html.contains("rule="),
        "the tie is not published"
    );
}

#[test]
fn a_rule_tie_needs_a_care_card_and_no_other_attribute_is_allowed() {
    let errors = rejections(page("## Plain heading {rule=x}\n\nText.\n"));
    assert!(errors[0].contains("put it on a heading with"), "{errors:?}");
    let errors = rejections(page("## Card {.urgent colour=red}\n\nText.\n"));
    assert!(
        errors[0].contains("unknown heading attribute `colour`"),
        "{errors:?}"
    );
}

#[test]
fn heading_ids_are_limited_to_lower_case_letters_digits_and_hyphens() {
    // Written into `id="..."` as it stands, this id would add an event handler to the heading.
    let errors = rejections(page(
        "Intro.\n\n## Help {#x\"onmouseover=\"alert(1)\"data-a=}\n\nText.\n",
    ));
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert!(
        errors[0].starts_with(
            "sore-throat.md:16: heading id `x\"onmouseover=\"alert(1)\"data-a=` is not allowed"
        ),
        "{}",
        errors[0]
    );
    for bad in ["Intro", "see_a_gp", "a.b", "café"] {
        let errors = rejections(page(&format!("## Help {{#{bad}}}\n\nText.\n")));
        assert!(
            errors[0].starts_with(&format!("sore-throat.md:14: heading id `{bad}`")),
            "{errors:?}"
        );
    }

    let page =
        page("## See a GP {#gp-2}\n\nText.\n\n## Call 111 {.urgent #call-111}\n\nNow.\n").unwrap();
    let ids: Vec<_> = page.body.headings.iter().map(|h| h.id.as_str()).collect();
    assert_eq!(ids, ["gp-2", "call-111"]);
    assert!(page.body.html.contains("<h2 id=\"gp-2\">See a GP</h2>"));
    assert!(page
        .body
        .html
        .contains("class=\"nhsuk-card__heading\" id=\"call-111\">"));
}

#[test]
fn headings_cannot_go_inside_lists_or_quotes() {
    // A care card closes at the next heading, so a heading in a list item would close the
    // card's elements inside the item and break the markup.
    let errors = rejections(page(
        "## Get help {.urgent}\n\n- Call 111\n- ## Or this\n\n> ### Note\n",
    ));
    assert_eq!(errors.len(), 2, "{errors:?}");
    assert!(
        errors[0].starts_with("sore-throat.md:17: a heading cannot go inside a list or a quote"),
        "{}",
        errors[0]
    );
    assert!(errors[1].starts_with("sore-throat.md:19: a heading cannot go inside"));
}

/// FRONT made into an Easy Read page.
fn easy_read_page(body: &str) -> Result<GuidancePage, Vec<Diagnostic>> {
    let front = FRONT
        .replace(
            "title = \"Sore throat\"",
            "title = \"Sore throat (Easy Read)\"\neasy_read = true",
        )
        .replace(
            "summary = ",
            "summary = \"Help with a sore throat.\"\nold_summary = ",
        );
    let front = front
        .lines()
        .filter(|line| !line.starts_with("old_summary"))
        .collect::<Vec<_>>()
        .join("\n");
    compile_page(
        "sore-throat-easy-read.md",
        &format!("{front}\n{body}"),
        &Context {
            today: today(),
            slugs: &slugs(),
            pictograms: &pictograms(),
        },
    )
}

#[test]
fn an_easy_read_page_shows_each_picture_with_its_listed_text_alternative() {
    let page =
        easy_read_page("![](phone-111) Call 111 if you feel worse.\n\n![](home) Rest at home.\n")
            .unwrap_or_else(|errors| panic!("{}", crate::diagnostic::report(&errors)));
    assert!(page.body.html.contains(
        "<img class=\"kmcn-pictogram\" src=\"/pictograms/phone-111.svg\" alt=\"A phone &lt;111&gt;\" width=\"64\" height=\"64\">"
    ), "{}", page.body.html);
    assert!(page
        .document_html()
        .starts_with("<div class=\"kmcn-easy-read\">"));
}

#[test]
fn an_easy_read_page_refuses_unpictured_paragraphs_unknown_pictures_written_alt_text_and_long_sentences(
) {
    let problems = rejections(easy_read_page(concat!(
        "A paragraph with no picture.\n\n",
        "![](ambulance) An unknown picture.\n\n",
        "![A house](home) Written alt text.\n",
    )));
    for expected in [
        "start every paragraph with its picture",
        "`ambulance` is not a pictogram",
        "leave the picture's text empty",
    ] {
        assert!(
            problems.iter().any(|problem| problem.contains(expected)),
            "{expected}: {problems:?}"
        );
    }
    let problems = rejections(easy_read_page(
        "![](home) If you have a sore throat that lasts for more than a week and it is getting worse, call.\n",
    ));
    assert!(
        problems
            .iter()
            .any(|problem| problem.contains("has 19 words")),
        "{problems:?}"
    );
}

#[test]
fn pictures_are_refused_outside_easy_read_and_easy_read_of_needs_an_easy_read_page() {
    let problems = rejections(page("![](home) Rest.\n"));
    assert!(
        problems
            .iter()
            .any(|problem| problem.contains("only for Easy Read pages")),
        "{problems:?}"
    );
    let problems = rejections(with_front(
        "related = ",
        "easy_read_of = [\"back-pain\"]\nrelated = ",
    ));
    assert!(
        problems
            .iter()
            .any(|problem| problem.contains("only an Easy Read page")),
        "{problems:?}"
    );
}

#[test]
fn the_statements_are_checked_as_pages_and_each_must_be_there_and_no_other() {
    let dir = std::env::temp_dir().join(format!("navigator-statements-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let statement = |title: &str| {
        FRONT.replace("title = \"Sore throat\"", &format!("title = \"{title}\""))
            + "Nothing about you is kept.\n"
    };
    std::fs::write(dir.join("privacy.md"), statement("Privacy")).unwrap();
    std::fs::write(dir.join("cookies.md"), statement("Cookies")).unwrap();
    let compile = || compile_statements(&dir, today(), &slugs(), &pictograms());
    let messages: Vec<String> = compile()
        .unwrap_err()
        .iter()
        .map(ToString::to_string)
        .collect();
    assert!(
        messages
            .iter()
            .any(|m| m.contains("cookies.md") && m.contains("no page")),
        "{messages:?}"
    );
    assert!(
        messages
            .iter()
            .any(|m| m.contains("accessibility.md") && m.contains("missing")),
        "{messages:?}"
    );

    std::fs::remove_file(dir.join("cookies.md")).unwrap();
    std::fs::write(
        dir.join("accessibility.md"),
        statement("Accessibility statement"),
    )
    .unwrap();
    let statements = compile().unwrap();
    assert_eq!(
        statements.accessibility.meta.title,
        "Accessibility statement"
    );

    // A statement is held to what guidance is: here, a link to a page that does not exist.
    std::fs::write(
        dir.join("privacy.md"),
        statement("Privacy") + "See [the missing page](missing.md).\n",
    )
    .unwrap();
    assert!(compile().is_err());
    std::fs::remove_dir_all(&dir).unwrap();
}
