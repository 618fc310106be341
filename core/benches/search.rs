//! Search: the time of a query over the real guidance pages' index and over a synthetic library
//! ten times larger (each page copied with half its words changed, so the vocabulary grows too),
//! twelve queries in turn, so the mean is the mean over the queries.
//!
//! Before timing, it prints each index's size (pages, terms, bytes as the app reads it) and how
//! many results the queries find, and writes the larger index to target/bench/search-index-10x.bin,
//! whose
//! compressed size scripts/bench.mjs measures: figures of what is searched, not timings, which
//! the harness has no column for.
//!
//!     cargo bench -p navigator-core --bench search

mod common;

use divan::Bencher;
use navigator_core::bundle::Bundle;
use navigator_core::fingerprint::DataFile;
use navigator_core::search::{build_index, IndexedPage, SearchIndex};
use std::path::PathBuf;
use std::sync::LazyLock;

const QUERIES: [&str; 12] = [
    "sore throat",
    "tummy bug",
    "water infection",
    "diarhea",
    "sinusitus",
    "head lice",
    "cough",
    "chest",
    "toothache",
    "physio",
    "vaccinations for children",
    "zebra",
];

static BUNDLE: LazyLock<Bundle> = LazyLock::new(common::bundle);
static LARGER: LazyLock<SearchIndex> = LazyLock::new(|| ten_times_larger(&BUNDLE));

/// The index of ten copies of every guidance page, each after the first with every other word
/// changed.
fn ten_times_larger(bundle: &Bundle) -> SearchIndex {
    // Slug, title, summary, topics, headings and body of each synthetic page.
    type PageText = (String, String, String, Vec<String>, Vec<String>, String);
    let mutated: Vec<PageText> = (0..10)
        .flat_map(|copy| {
            bundle.guidance.pages.iter().map(move |page| {
                let change = |text: &str| -> String {
                    text.split_whitespace()
                        .enumerate()
                        .map(|(i, word)| {
                            if copy > 0 && i % 2 == 0 {
                                format!("{word}x{copy}")
                            } else {
                                word.to_string()
                            }
                        })
                        .collect::<Vec<_>>()
                        .join(" ")
                };
                (
                    format!("{}-{copy}", page.slug),
                    change(&page.meta.title),
                    change(&page.meta.summary),
                    page.meta.topics.iter().map(|topic| change(topic)).collect(),
                    page.body
                        .headings
                        .iter()
                        .map(|heading| change(&heading.text))
                        .collect(),
                    change(&page.body.text),
                )
            })
        })
        .collect();
    let pages: Vec<IndexedPage> = mutated
        .iter()
        .map(
            |(slug, title, summary, topics, headings, body)| IndexedPage {
                slug,
                title,
                summary,
                topics,
                headings: headings.iter().map(String::as_str).collect(),
                body,
                easy_read_of: None,
            },
        )
        .collect();
    build_index(&pages, bundle.search.synonyms.clone())
}

fn main() {
    let larger_file = DataFile::binary("search", &*LARGER);
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../target/bench");
    std::fs::create_dir_all(&dir).expect("target/bench can be made");
    std::fs::write(dir.join("search-index-10x.bin"), &larger_file.bytes)
        .expect("target/bench is writable");
    let real_file = DataFile::binary("search", &BUNDLE.search);
    for (label, index, file) in [
        ("real", &BUNDLE.search, &real_file),
        ("10x synthetic", &LARGER, &larger_file),
    ] {
        let results: usize = QUERIES.iter().map(|query| index.search(query).len()).sum();
        println!(
            "search index, {label}: {} pages, {} terms, {:.1} KB; {results} results for the {} queries",
            index.docs.len(),
            index.terms.len(),
            file.bytes.len() as f64 / 1024.0,
            QUERIES.len(),
        );
    }
    divan::main();
}

/// Each query in turn, once a sample, ten times over.
fn each_query(bencher: Bencher, index: &'static SearchIndex) {
    let mut queries = QUERIES.iter().cycle();
    bencher
        .with_inputs(|| *queries.next().expect("there are queries"))
        .bench_local_values(|query| index.search(query));
}

/// A query over the real guidance pages.
#[divan::bench(sample_count = 120, sample_size = 1)]
fn real_index(bencher: Bencher) {
    each_query(bencher, &BUNDLE.search);
}

/// A query over the synthetic library ten times larger.
#[divan::bench(sample_count = 120, sample_size = 1)]
fn ten_times_larger_index(bencher: Bencher) {
    each_query(bencher, &LARGER);
}
