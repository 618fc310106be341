//! Finding a presenting problem from what someone types: a receptionist's shorthand ("uti",
//! "repeat meds") or a resident's own words ("can't catch my breath", "my baby won't feed").
//! The same finder serves the public list, care navigation and guidance search. It shares the
//! guidance search's word handling (plurals, "-ing", misspellings) and ignores little words
//! ("my", "of", "in"); it says whether the best match is strong enough to take on Enter.

use super::model::{Problem, RuleSet};
use crate::search::{allowed_edits, edit_distance, normalise, words};

/// Words that say nothing about the problem.
const STOP_WORDS: &[&str] = &[
    "a", "about", "am", "an", "and", "any", "are", "as", "at", "be", "been", "bit", "but", "can",
    "cant", "could", "did", "do", "doe", "dont", "for", "from", "get", "go", "got", "had", "has",
    "have", "he", "her", "him", "his", "i", "im", "in", "is", "it", "ive", "just", "keep", "me",
    "my", "of", "on", "or", "our", "she", "so", "the", "their", "them", "there", "they", "this",
    "to", "was", "with", "you",
];

/// How much a word counts where it matches: the title and synonyms name the problem; the
/// summary only describes it.
const STRONG: f64 = 3.0;
const WEAK: f64 = 1.0;
/// A match on a word's beginning, or a near-miss spelling, counts for less than the word itself.
const PREFIX_FACTOR: f64 = 0.8;
const FUZZY_FACTOR: f64 = 0.6;
/// Each word of a synonym phrase found whole in what was typed ("heart racing") adds this.
const PHRASE_BONUS: f64 = 2.0;

/// A problem that matches what was typed, best first.
#[derive(Debug, Clone, PartialEq)]
pub struct Found<'r> {
    pub problem: &'r Problem,
    pub score: f64,
    /// Every meaningful word typed matched this problem, at least one by its name or synonyms,
    /// and no other problem scored as well: safe to take without asking.
    pub confident: bool,
}

/// The words of `text` that carry meaning, normalised as the search index stores them.
fn meaningful(text: &str) -> Vec<String> {
    words(text)
        .map(|word| normalise(&word))
        .filter(|word| !STOP_WORDS.contains(&word.as_str()))
        .collect()
}

/// How well one typed word matches one known word: 1 exactly, less for a beginning or a
/// near-miss spelling, 0 otherwise.
fn word_match(typed: &str, known: &str) -> f64 {
    if typed == known {
        return 1.0;
    }
    let typed_chars: Vec<char> = typed.chars().collect();
    if typed_chars.len() >= 3 && known.starts_with(typed) {
        return PREFIX_FACTOR;
    }
    let edits = allowed_edits(typed_chars.len()).min(allowed_edits(known.chars().count()));
    if edits > 0 {
        let known_chars: Vec<char> = known.chars().collect();
        if edit_distance(&typed_chars, &known_chars, edits).is_some() {
            return FUZZY_FACTOR;
        }
    }
    0.0
}

fn best_match(typed: &str, known: &[String]) -> f64 {
    known
        .iter()
        .map(|word| word_match(typed, word))
        .fold(0.0, f64::max)
}

/// How well the typed words match a problem, and whether every one of them matched.
fn score(problem: &Problem, typed: &[String]) -> (f64, bool) {
    let phrases: Vec<Vec<String>> = std::iter::once(problem.title.as_str())
        .chain(problem.synonyms.iter().map(String::as_str))
        .map(meaningful)
        .filter(|phrase| !phrase.is_empty())
        .collect();
    let strong: Vec<String> = phrases.iter().flatten().cloned().collect();
    let weak = meaningful(&problem.summary);
    let mut total = 0.0;
    let mut all_matched = true;
    let mut any_strong = false;
    for word in typed {
        let strong_score = best_match(word, &strong) * STRONG;
        let weak_score = best_match(word, &weak) * WEAK;
        any_strong |= strong_score > 0.0;
        all_matched &= strong_score > 0.0 || weak_score > 0.0;
        total += strong_score.max(weak_score);
    }
    let best_phrase = phrases
        .iter()
        .filter(|phrase| phrase.len() > 1 && phrase.len() <= typed.len())
        .filter(|phrase| {
            typed.windows(phrase.len()).any(|window| {
                window
                    .iter()
                    .zip(phrase.iter())
                    .all(|(typed, known)| word_match(typed, known) >= FUZZY_FACTOR)
            })
        })
        .map(Vec::len)
        .max()
        .unwrap_or(0);
    total += PHRASE_BONUS * best_phrase as f64;
    (total, all_matched && any_strong)
}

/// Problems matching what was typed, best first, with "Something else" always last. Only
/// problems offered at `age` are included when it is given. With nothing typed, every problem
/// is listed in the usual order.
pub fn find<'r>(rules: &'r RuleSet, query: &str, age: Option<&str>) -> Vec<Found<'r>> {
    let typed = meaningful(query);
    let offered = rules
        .problems
        .iter()
        .filter(|problem| age.is_none_or(|age| problem.ages.iter().any(|band| band == age)));
    let mut found: Vec<(Found<'r>, bool)> = offered
        .filter_map(|problem| {
            if problem.catch_all || typed.is_empty() {
                return Some((
                    Found {
                        problem,
                        score: 0.0,
                        confident: false,
                    },
                    false,
                ));
            }
            let (score, complete) = score(problem, &typed);
            (score > 0.0).then_some((
                Found {
                    problem,
                    score,
                    confident: false,
                },
                complete,
            ))
        })
        .collect();
    found.sort_by(|(a, _), (b, _)| {
        a.problem
            .catch_all
            .cmp(&b.problem.catch_all)
            .then(b.score.total_cmp(&a.score))
    });
    let runner_up = found.get(1).map_or(0.0, |(second, _)| second.score);
    if let Some((best, complete)) = found.first_mut() {
        best.confident = *complete && !best.problem.catch_all && best.score > runner_up;
    }
    found.into_iter().map(|(found, _)| found).collect()
}

/// The problems matching what was typed, best first ("Something else" last).
pub fn find_problems<'r>(rules: &'r RuleSet, query: &str, age: Option<&str>) -> Vec<&'r Problem> {
    find(rules, query, age)
        .into_iter()
        .map(|found| found.problem)
        .collect()
}

/// The problem to take when someone presses Enter without choosing: only a confident match.
pub fn confident_match<'r>(
    rules: &'r RuleSet,
    query: &str,
    age: Option<&str>,
) -> Option<&'r Problem> {
    find(rules, query, age)
        .into_iter()
        .next()
        .filter(|found| found.confident)
        .map(|found| found.problem)
}
