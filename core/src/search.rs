//! Search over the guidance pages: an index built at build time, and a query that ranks pages
//! (title and topics above headings and summary, above body), matches word beginnings, tolerates
//! common misspellings and knows the everyday words people use ("tummy", "water infection").
//!
//! The index is plain data, shipped to the browser in postcard's binary form and loaded on first
//! use of search.

use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};

/// For one typed word: each page's score, and the index terms it matched on each page.
type TokenMatches = (BTreeMap<u16, f64>, BTreeMap<u16, BTreeSet<String>>);

/// A page as search results show it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Doc {
    /// The guidance page's slug, which the result links to.
    pub slug: String,
    /// The page title, shown as the result's link.
    pub title: String,
    /// The page summary, shown under the title.
    pub summary: String,
    /// For an Easy Read page, the page it is the Easy Read version of.
    pub easy_read_of: Option<String>,
}

/// `terms[i]` occurs in the pages listed in `postings[i]` as `[page index, weight]`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SearchIndex {
    /// Every page, in build order: postings name a page by its place in this list.
    pub docs: Vec<Doc>,
    /// Every normalised term found in the pages, in sorted order.
    pub terms: Vec<String>,
    /// For each term, its pages and weights: per field, the field's weight times the term's count
    /// there (counted at most three times), summed.
    pub postings: Vec<Vec<(u16, u16)>>,
    /// Everyday words and phrases with what they can also mean, longest phrase first so the
    /// longest match wins.
    pub synonyms: Vec<Synonym>,
}

/// A word or phrase and what it can also mean, as normalised terms.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Synonym {
    /// What someone might type, as normalised terms: one word or several.
    pub phrase: Vec<String>,
    /// What it can also mean, each as normalised terms; a page matching any of them matches.
    pub means: Vec<Vec<String>>,
}

/// A matching page, best first.
#[derive(Debug, Clone, PartialEq)]
pub struct Hit<'i> {
    /// The matching page.
    pub doc: &'i Doc,
    /// The page's total score over the query's words: higher is better. Only for ordering.
    pub score: f64,
    /// The index terms that matched, for highlighting.
    pub matched: BTreeSet<String>,
}

/// Field weights: a match in the title counts most.
pub const TITLE: u16 = 12;
/// Field weight of a match in the page's topics.
pub const TOPICS: u16 = 8;
/// Field weight of a match in a heading.
pub const HEADING: u16 = 4;
/// Field weight of a match in the summary.
pub const SUMMARY: u16 = 4;
/// Field weight of a match in the body: the least.
pub const BODY: u16 = 1;

const PREFIX_FACTOR: f64 = 0.7;
const FUZZY_FACTOR: f64 = 0.5;

/// Lower-case words of letters and digits.
pub fn words(text: &str) -> impl Iterator<Item = String> + '_ {
    text.split(|c: char| !c.is_alphanumeric() && c != '\u{2019}' && c != '\'')
        .map(|word| lower_case(word.trim_matches(|c| c == '\'' || c == '\u{2019}')))
        .filter(|word| !word.is_empty())
}

/// `text` in lower case for matching, as far as the content's letters go: the capitals of
/// ASCII and of Latin-1 (`É` of "café"). Unicode's whole case table would add 7 KB (brotli) to
/// each part of the app that matches words, for letters no content word has; a test checks
/// that every letter of the content and its capital fold here as they do in Unicode.
pub fn lower_case(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            'A'..='Z' | '\u{c0}'..='\u{de}' if c != '\u{d7}' => {
                char::from_u32(c as u32 + 32).unwrap_or(c)
            }
            _ => c,
        })
        .collect()
}

/// A word reduced to the form stored in the index: plurals and "-ing" removed.
pub fn normalise(word: &str) -> String {
    let word = word.replace(['\'', '\u{2019}'], "");
    let chars = word.chars().count();
    if chars > 5 && word.ends_with("ing") {
        return word[..word.len() - 3].to_string();
    }
    if chars > 3 && word.ends_with("ies") {
        return format!("{}y", &word[..word.len() - 3]);
    }
    if chars > 3
        && word.ends_with('s')
        && !word.ends_with("ss")
        && !word.ends_with("us")
        && !word.ends_with("is")
    {
        return word[..word.len() - 1].to_string();
    }
    word
}

/// How many edits a query word of this length may be from a term and still match it.
pub(crate) fn allowed_edits(length: usize) -> usize {
    match length {
        0..=3 => 0,
        4..=5 => 1,
        _ => 2,
    }
}

/// Optimal string alignment distance (Levenshtein with adjacent transpositions), giving up
/// once it must exceed `limit`.
pub(crate) fn edit_distance(a: &[char], b: &[char], limit: usize) -> Option<usize> {
    if a.len().abs_diff(b.len()) > limit {
        return None;
    }
    let width = b.len() + 1;
    let mut rows = vec![vec![0usize; width]; a.len() + 1];
    for (j, cell) in rows[0].iter_mut().enumerate() {
        *cell = j;
    }
    for i in 1..=a.len() {
        rows[i][0] = i;
        let mut row_min = rows[i][0];
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut best = (rows[i - 1][j] + 1)
                .min(rows[i][j - 1] + 1)
                .min(rows[i - 1][j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                best = best.min(rows[i - 2][j - 2] + 1);
            }
            rows[i][j] = best;
            row_min = row_min.min(best);
        }
        if row_min > limit {
            return None;
        }
    }
    let distance = rows[a.len()][b.len()];
    (distance <= limit).then_some(distance)
}

impl SearchIndex {
    /// Pages matching every word of the query (or a synonym of it), best first.
    pub fn search(&self, query: &str) -> Vec<Hit<'_>> {
        let tokens: Vec<String> = words(query).map(|word| normalise(&word)).collect();
        if tokens.is_empty() {
            return Vec::new();
        }
        // Each group must match; a group matches if any of its alternatives matches in full.
        let mut groups: Vec<Vec<Vec<String>>> = Vec::new();
        let mut index = 0;
        while index < tokens.len() {
            let phrase = self
                .synonyms
                .iter()
                .find(|synonym| tokens[index..].starts_with(&synonym.phrase));
            match phrase {
                Some(synonym) => {
                    let mut alternatives = vec![synonym.phrase.clone()];
                    alternatives.extend(synonym.means.iter().cloned());
                    groups.push(alternatives);
                    index += synonym.phrase.len();
                }
                None => {
                    groups.push(vec![vec![tokens[index].clone()]]);
                    index += 1;
                }
            }
        }

        let mut token_cache: BTreeMap<String, TokenMatches> = BTreeMap::new();
        let mut totals: BTreeMap<u16, (f64, BTreeSet<String>)> = BTreeMap::new();
        let mut first = true;
        for group in &groups {
            let mut group_best: BTreeMap<u16, (f64, BTreeSet<String>)> = BTreeMap::new();
            for alternative in group {
                let mut alternative_docs: Option<BTreeMap<u16, (f64, BTreeSet<String>)>> = None;
                for token in alternative {
                    let (scores, matched) = token_cache
                        .entry(token.clone())
                        .or_insert_with(|| self.token_scores(token))
                        .clone();
                    let docs: BTreeMap<u16, (f64, BTreeSet<String>)> = scores
                        .into_iter()
                        .map(|(doc, score)| {
                            (doc, (score, matched.get(&doc).cloned().unwrap_or_default()))
                        })
                        .collect();
                    alternative_docs = Some(match alternative_docs {
                        None => docs,
                        Some(so_far) => so_far
                            .into_iter()
                            .filter_map(|(doc, (score, mut terms))| {
                                let (more, more_terms) = docs.get(&doc)?;
                                terms.extend(more_terms.iter().cloned());
                                Some((doc, (score + more, terms)))
                            })
                            .collect(),
                    });
                }
                for (doc, (score, terms)) in alternative_docs.unwrap_or_default() {
                    let entry = group_best.entry(doc).or_insert((0.0, BTreeSet::new()));
                    if score > entry.0 {
                        entry.0 = score;
                    }
                    entry.1.extend(terms);
                }
            }
            totals = if first {
                group_best
            } else {
                totals
                    .into_iter()
                    .filter_map(|(doc, (score, mut terms))| {
                        let (more, more_terms) = group_best.get(&doc)?;
                        terms.extend(more_terms.iter().cloned());
                        Some((doc, (score + more, terms)))
                    })
                    .collect()
            };
            first = false;
        }
        let mut hits: Vec<Hit> = totals
            .into_iter()
            .map(|(doc, (score, matched))| Hit {
                doc: &self.docs[usize::from(doc)],
                score,
                matched,
            })
            .collect();
        // An Easy Read version follows its own page, unless Easy Read is what was asked for.
        if !tokens.contains(&normalise("easy")) {
            let scores: BTreeMap<&str, f64> = hits
                .iter()
                .map(|hit| (hit.doc.slug.as_str(), hit.score))
                .collect();
            for hit in &mut hits {
                if let Some(own) = hit
                    .doc
                    .easy_read_of
                    .as_deref()
                    .and_then(|of| scores.get(of))
                {
                    hit.score = hit.score.min(*own);
                }
            }
        }
        hits.sort_by(|a, b| {
            b.score
                .total_cmp(&a.score)
                .then_with(|| {
                    a.doc
                        .easy_read_of
                        .is_some()
                        .cmp(&b.doc.easy_read_of.is_some())
                })
                .then_with(|| a.doc.title.cmp(&b.doc.title))
        });
        hits
    }

    /// Each page's best score for one query word, over exact, prefix and near-miss terms.
    fn token_scores(&self, token: &str) -> (BTreeMap<u16, f64>, BTreeMap<u16, BTreeSet<String>>) {
        let token_chars: Vec<char> = token.chars().collect();
        let edits = allowed_edits(token_chars.len());
        let mut scores: BTreeMap<u16, f64> = BTreeMap::new();
        let mut matched: BTreeMap<u16, BTreeSet<String>> = BTreeMap::new();
        for (term, postings) in self.terms.iter().zip(&self.postings) {
            let factor = if term == token {
                1.0
            } else if token_chars.len() >= 3 && term.starts_with(token) {
                PREFIX_FACTOR
            } else if edits > 0 {
                let term_chars: Vec<char> = term.chars().collect();
                match edit_distance(&token_chars, &term_chars, edits) {
                    Some(_) => FUZZY_FACTOR,
                    None => continue,
                }
            } else {
                continue;
            };
            for &(doc, weight) in postings {
                let score = f64::from(weight) * factor;
                let best = scores.entry(doc).or_insert(0.0);
                if score > *best {
                    *best = score;
                }
                matched.entry(doc).or_default().insert(term.clone());
            }
        }
        (scores, matched)
    }
}

/// Splits `text` into runs, marking the words whose normalised form is one of `matched`, so a
/// result can show why it matched.
pub fn highlight(text: &str, matched: &BTreeSet<String>) -> Vec<(String, bool)> {
    let mut runs: Vec<(String, bool)> = Vec::new();
    let mut push = |part: &str, marked: bool| match runs.last_mut() {
        Some((last, last_marked)) if *last_marked == marked => last.push_str(part),
        _ => runs.push((part.to_string(), marked)),
    };
    let mut word_start = None;
    for (index, c) in text.char_indices() {
        let in_word = c.is_alphanumeric();
        match (in_word, word_start) {
            (true, None) => word_start = Some(index),
            (false, Some(start)) => {
                let word = &text[start..index];
                push(word, matched.contains(&normalise(&lower_case(word))));
                word_start = None;
                push(&text[index..index + c.len_utf8()], false);
            }
            (false, None) => push(&text[index..index + c.len_utf8()], false),
            (true, Some(_)) => {}
        }
    }
    if let Some(start) = word_start {
        let word = &text[start..];
        push(word, matched.contains(&normalise(&lower_case(word))));
    }
    runs
}

#[cfg(feature = "authoring")]
pub use build::{build_index, load_synonyms, IndexedPage};

#[cfg(feature = "authoring")]
mod build {
    use super::{
        normalise, words, Doc, SearchIndex, Synonym, BODY, HEADING, SUMMARY, TITLE, TOPICS,
    };
    use crate::toml_source::TomlSource;
    use crate::Diagnostic;
    use serde::Deserialize;
    use std::collections::BTreeMap;
    use std::path::Path;

    /// What the index reads from a page.
    pub struct IndexedPage<'a> {
        /// The page's slug.
        pub slug: &'a str,
        /// The page title, weighted highest.
        pub title: &'a str,
        /// The page summary.
        pub summary: &'a str,
        /// The front matter topics, weighted next after the title.
        pub topics: &'a [String],
        /// The text of each heading in the body.
        pub headings: Vec<&'a str>,
        /// The body's words without markup.
        pub body: &'a str,
        /// For an Easy Read page, the page it is the Easy Read version of.
        pub easy_read_of: Option<&'a str>,
    }

    /// A word's count in one field contributes at most this many times.
    const MOST_COUNTED: u16 = 3;

    /// Builds the index from the pages, in the order given, with the synonyms from
    /// `load_synonyms`. Panics with 65,536 pages or more.
    pub fn build_index(pages: &[IndexedPage], synonyms: Vec<Synonym>) -> SearchIndex {
        let mut weights: BTreeMap<String, BTreeMap<u16, u16>> = BTreeMap::new();
        for (doc, page) in pages.iter().enumerate() {
            let doc = u16::try_from(doc).expect("fewer than 65,536 pages");
            let topics = page.topics.join(" ");
            let headings = page.headings.join(" ");
            for (text, weight) in [
                (page.title, TITLE),
                (topics.as_str(), TOPICS),
                (headings.as_str(), HEADING),
                (page.summary, SUMMARY),
                (page.body, BODY),
            ] {
                let mut counts: BTreeMap<String, u16> = BTreeMap::new();
                for word in words(text) {
                    *counts.entry(normalise(&word)).or_default() += 1;
                }
                for (term, count) in counts {
                    *weights.entry(term).or_default().entry(doc).or_default() +=
                        weight * count.min(MOST_COUNTED);
                }
            }
        }
        let (terms, postings) = weights
            .into_iter()
            .map(|(term, docs)| (term, docs.into_iter().collect()))
            .unzip();
        SearchIndex {
            docs: pages
                .iter()
                .map(|page| Doc {
                    slug: page.slug.to_string(),
                    title: page.title.to_string(),
                    summary: page.summary.to_string(),
                    easy_read_of: page.easy_read_of.map(str::to_string),
                })
                .collect(),
            terms,
            postings,
            synonyms,
        }
    }

    #[derive(Deserialize)]
    #[serde(deny_unknown_fields)]
    struct SynonymsFile {
        synonym: Vec<toml::Spanned<RawSynonym>>,
    }

    #[derive(Deserialize)]
    #[serde(deny_unknown_fields)]
    struct RawSynonym {
        phrase: String,
        means: Vec<String>,
    }

    /// Reads the synonym list: `[[synonym]] phrase = "tummy" means = ["abdominal", "stomach"]`.
    pub fn load_synonyms(path: &Path) -> Result<Vec<Synonym>, Vec<Diagnostic>> {
        let file = path.display().to_string();
        let text = std::fs::read_to_string(path).map_err(|error| {
            vec![Diagnostic::new(
                &file,
                format!("cannot read the file: {error}"),
            )]
        })?;
        let source = TomlSource {
            file: &file,
            text: &text,
            first_line: 1,
        };
        let parsed: SynonymsFile = source.parse().map_err(|error| vec![error])?;
        let mut errors = Vec::new();
        let mut synonyms = Vec::new();
        let terms = |text: &str| words(text).map(|word| normalise(&word)).collect::<Vec<_>>();
        for spanned in parsed.synonym {
            let line = source.line_at(spanned.span().start);
            let raw = spanned.into_inner();
            let phrase = terms(&raw.phrase);
            let means: Vec<Vec<String>> = raw.means.iter().map(|text| terms(text)).collect();
            if phrase.is_empty() || means.is_empty() || means.iter().any(Vec::is_empty) {
                errors.push(
                    Diagnostic::new(
                        &file,
                        "a synonym needs a phrase and at least one meaning, none empty",
                    )
                    .at_line(line),
                );
                continue;
            }
            synonyms.push(Synonym { phrase, means });
        }
        // Longer phrases first, so "water infection" wins over "water".
        synonyms.sort_by_key(|synonym| std::cmp::Reverse(synonym.phrase.len()));
        if errors.is_empty() {
            Ok(synonyms)
        } else {
            Err(errors)
        }
    }
}

#[cfg(test)]
mod tests;
