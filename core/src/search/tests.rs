use super::*;

fn page<'a>(
    slug: &'a str,
    title: &'a str,
    summary: &'a str,
    topics: &'a [String],
    body: &'a str,
) -> IndexedPage<'a> {
    IndexedPage {
        slug,
        title,
        summary,
        topics,
        headings: vec![],
        body,
        easy_read_of: None,
    }
}

fn synonym(phrase: &str, means: &[&str]) -> Synonym {
    let terms = |text: &str| words(text).map(|word| normalise(&word)).collect::<Vec<_>>();
    Synonym {
        phrase: terms(phrase),
        means: means.iter().map(|text| terms(text)).collect(),
    }
}

fn index() -> SearchIndex {
    let no_topics: &[String] = &[];
    let uti_topics = vec!["cystitis".to_string()];
    let pages = vec![
        page(
            "diarrhoea-and-vomiting",
            "Diarrhoea and vomiting",
            "A tummy bug usually gets better in a few days.",
            no_topics,
            "Drink plenty of fluids. Stay off school for 48 hours.",
        ),
        page(
            "sinusitis",
            "Sinusitis",
            "Sinus infections usually clear up on their own.",
            no_topics,
            "Your face may feel painful and swollen.",
        ),
        page(
            "urinary-tract-infections",
            "Urinary tract infections",
            "Infections of the bladder or kidneys.",
            &uti_topics,
            "You may need to wee more often.",
        ),
        page(
            "abdominal-pain",
            "Abdominal pain",
            "Pain in your belly.",
            no_topics,
            "Most abdominal pain is not serious.",
        ),
        page(
            "coughs",
            "Coughs",
            "Most coughs clear up in 3 weeks.",
            no_topics,
            "A cough can follow a cold. Coughing at night is common.",
        ),
        page(
            "fluids",
            "Drinking enough",
            "Why fluids matter.",
            no_topics,
            "Diarrhoea can make you lose fluids; vomiting too.",
        ),
    ];
    build_index(
        &pages,
        vec![
            synonym("tummy", &["abdominal", "stomach"]),
            synonym("water infection", &["urinary tract infection", "cystitis"]),
        ],
    )
}

fn slugs(index: &SearchIndex, query: &str) -> Vec<String> {
    index
        .search(query)
        .into_iter()
        .map(|hit| hit.doc.slug.clone())
        .collect()
}

#[test]
fn title_matches_rank_above_body_matches() {
    let index = index();
    assert_eq!(
        slugs(&index, "diarrhoea"),
        ["diarrhoea-and-vomiting", "fluids"]
    );
    assert_eq!(slugs(&index, "vomiting")[0], "diarrhoea-and-vomiting");
}

#[test]
fn every_word_must_match() {
    let index = index();
    assert_eq!(
        slugs(&index, "diarrhoea school"),
        ["diarrhoea-and-vomiting"]
    );
    assert!(slugs(&index, "diarrhoea sinus").is_empty());
}

#[test]
fn word_beginnings_match() {
    let index = index();
    assert_eq!(slugs(&index, "sinu"), ["sinusitis"]);
    assert_eq!(slugs(&index, "diarr")[0], "diarrhoea-and-vomiting");
    assert!(
        slugs(&index, "si").is_empty(),
        "two letters are too few to match as a beginning"
    );
}

#[test]
fn common_misspellings_still_find_the_page() {
    let index = index();
    for misspelt in [
        "diarhea",
        "diarrhea",
        "diarhoea",
        "sinusitus",
        "sinisitis",
        "vomitting",
    ] {
        let found = slugs(&index, misspelt);
        assert!(!found.is_empty(), "{misspelt} found nothing");
        assert!(
            ["diarrhoea-and-vomiting", "sinusitis"].contains(&found[0].as_str()),
            "{misspelt} → {found:?}"
        );
    }
    // Exact matches still rank above near misses.
    let hits = index.search("diarrhoea");
    let fuzzy = index.search("diarhea");
    assert!(hits[0].score > fuzzy[0].score);
}

#[test]
fn plurals_and_ing_forms_match_their_word() {
    let index = index();
    assert_eq!(slugs(&index, "cough")[0], "coughs");
    assert_eq!(slugs(&index, "coughing")[0], "coughs");
    assert_eq!(slugs(&index, "infections")[0], "urinary-tract-infections");
}

#[test]
fn synonyms_from_everyday_words() {
    let index = index();
    let tummy = slugs(&index, "tummy");
    assert!(tummy.contains(&"abdominal-pain".to_string()), "{tummy:?}");
    assert!(
        tummy.contains(&"diarrhoea-and-vomiting".to_string()),
        "the word itself still matches"
    );
    assert_eq!(
        slugs(&index, "water infection"),
        ["urinary-tract-infections"]
    );
    assert_eq!(slugs(&index, "tummy pain"), ["abdominal-pain"]);
}

#[test]
fn nothing_for_nothing() {
    let index = index();
    assert!(index.search("").is_empty());
    assert!(index.search("   ?! ").is_empty());
    assert!(index.search("zebra").is_empty());
}

#[test]
fn highlights_the_words_that_matched() {
    let index = index();
    let hit = &index.search("diarhea")[0];
    let runs = highlight(&hit.doc.title, &hit.matched);
    assert_eq!(
        runs,
        [
            ("Diarrhoea".to_string(), true),
            (" and vomiting".to_string(), false)
        ]
    );
    let hit = &index.search("infection")[0];
    let runs = highlight("Infections of the bladder", &hit.matched);
    assert_eq!(runs[0], ("Infections".to_string(), true));
}

#[test]
fn edit_distance_counts_transpositions_and_gives_up_early() {
    let chars = |text: &str| text.chars().collect::<Vec<_>>();
    assert_eq!(
        edit_distance(&chars("sinusitis"), &chars("sinusitus"), 2),
        Some(1)
    );
    assert_eq!(edit_distance(&chars("form"), &chars("from"), 1), Some(1));
    assert_eq!(
        edit_distance(&chars("diarhea"), &chars("diarrhoea"), 2),
        Some(2)
    );
    assert_eq!(edit_distance(&chars("cold"), &chars("scold"), 0), None);
    assert_eq!(edit_distance(&chars("abc"), &chars("xyzxyz"), 2), None);
}

#[test]
fn the_index_round_trips_through_json() {
    let index = index();
    let json = serde_json::to_string(&index).unwrap();
    let back: SearchIndex = serde_json::from_str(&json).unwrap();
    assert_eq!(back, index);
}

#[test]
fn an_easy_read_page_follows_its_own_page_unless_easy_read_is_asked_for() {
    let topics = vec!["sore throat".to_string()];
    let standard = page(
        "sore-throat",
        "Sore throat",
        "Most sore throats get better in a week.",
        &topics,
        "Rest and drink water. A pharmacist can help.",
    );
    // Shorter and denser, so on its own it would score higher.
    let easy = IndexedPage {
        easy_read_of: Some("sore-throat"),
        headings: vec!["Sore throat", "When your sore throat is bad"],
        ..page(
            "sore-throat-easy-read",
            "Sore throat (Easy Read)",
            "Help with a sore throat.",
            &topics,
            "A sore throat. Sore throat help. Throat.",
        )
    };
    let index = build_index(&[easy, standard], Vec::new());
    let order = |query: &str| -> Vec<String> {
        index
            .search(query)
            .iter()
            .map(|hit| hit.doc.slug.clone())
            .collect()
    };
    assert_eq!(
        order("sore throat"),
        ["sore-throat", "sore-throat-easy-read"]
    );
    assert_eq!(order("easy read sore throat"), ["sore-throat-easy-read"]);
}
