//! Finding a presenting problem from what someone types: a receptionist's shorthand ("uti",
//! "repeat meds") or a resident's own words ("can't catch my breath", "my baby won't feed").
//! The same finder serves the public list, care navigation and guidance search. It shares the
//! guidance search's word handling (plurals, "-ing", misspellings) and ignores little words
//! ("my", "of", "in"); it says whether the best match is strong enough to take on Enter.

use super::model::{Problem, RuleSet};
use crate::search::{allowed_edits, edit_distance, normalise, words};
use crate::short_sort::sort_short_by;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};

/// What the finder reads of a problem.
pub trait Findable {
    /// The problem's name; typed words that match it count the most.
    fn title(&self) -> &str;
    /// A line describing the problem; typed words that match only it count the least.
    fn summary(&self) -> &str;
    /// Other words people use for the problem; a phrase typed whole counts extra.
    fn synonyms(&self) -> &[String];
    /// Age bands the problem is offered for.
    fn ages(&self) -> &[String];
    /// The "something else" choice: listed last, whatever was typed.
    fn catch_all(&self) -> bool;
}

/// A problem as a list shows it, without its questions and rules: what guidance search needs to
/// offer the questions about what was typed, at a tenth of the rule set's size.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Listing {
    /// The problem's id, as in the rule set: what a journey records when it is chosen.
    pub id: String,
    /// The name shown in the list.
    pub title: String,
    /// The line shown under the title, saying what the problem covers.
    pub summary: String,
    /// Other words people use for it, for finding it.
    pub synonyms: Vec<String>,
    /// Age band ids the problem is offered at.
    pub ages: Vec<String>,
    /// Whether it is the "something else" choice, always listed last.
    pub catch_all: bool,
}

impl Listing {
    /// Every problem of the rule set, listed.
    pub fn all(rules: &RuleSet) -> Vec<Listing> {
        rules
            .problems
            .iter()
            .map(|problem| Listing {
                id: problem.id.clone(),
                title: problem.title.clone(),
                summary: problem.summary.clone(),
                synonyms: problem.synonyms.clone(),
                ages: problem.ages.clone(),
                catch_all: problem.catch_all,
            })
            .collect()
    }
}

/// A problem and its listing name the finder's fields alike.
macro_rules! findable_by_its_fields {
    ($($kind:ty),*) => {$(
        impl Findable for $kind {
            fn title(&self) -> &str {
                &self.title
            }
            fn summary(&self) -> &str {
                &self.summary
            }
            fn synonyms(&self) -> &[String] {
                &self.synonyms
            }
            fn ages(&self) -> &[String] {
                &self.ages
            }
            fn catch_all(&self) -> bool {
                self.catch_all
            }
        }
    )*};
}
findable_by_its_fields!(Problem, Listing);

/// Words that say nothing about the problem.
const STOP_WORDS: &[&str] = &[
    "a", "about", "all", "am", "an", "and", "any", "are", "as", "at", "be", "been", "but", "come",
    "could", "did", "do", "doe", "dont", "feel", "for", "from", "get", "go", "got", "had", "has",
    "have", "he", "help", "her", "him", "his", "i", "im", "in", "is", "it", "ive", "just", "keep",
    "lot", "me", "my", "need", "of", "on", "or", "our", "out", "please", "put", "really", "say",
    "seem", "she", "so", "still", "the", "their", "them", "there", "they", "think", "this", "to",
    "very", "want", "was", "with", "you",
];

/// How much a word counts where it matches: the title and synonyms name the problem; the
/// summary only describes it.
const STRONG: f64 = 3.0;
const WEAK: f64 = 1.0;
/// Added in proportion to how much of the title was typed, so "rash" finds "Rash" before
/// "Nappy rash".
const TITLE_COVERAGE: f64 = 2.0;
/// A match on a word's beginning, or a near-miss spelling, counts for less than the word itself.
const PREFIX_FACTOR: f64 = 0.8;
const WHOLE_WORD_PREFIX_FACTOR: f64 = 0.3;
const FUZZY_FACTOR: f64 = 0.6;
/// Each word of a synonym phrase found whole in what was typed ("heart racing") adds this.
const PHRASE_BONUS: f64 = 2.0;
/// A word that only matches part of a longer synonym ("away" in "cough won't go away") says
/// less about the problem than the title, a one-word synonym or a whole phrase.
const PART_OF_PHRASE: f64 = 0.4;

/// A problem that matches what was typed, best first.
#[derive(Debug, Clone, PartialEq)]
pub struct Found<'r, P = Problem> {
    /// The problem (or its listing) that matched.
    pub problem: &'r P,
    /// How well it matched, for ordering only; 0 for "something else" and when nothing meaningful
    /// was typed.
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

/// How well one typed word matches one known word: 1 exactly, less for a beginning or (when
/// `fuzzy`, because the typed word is no word the finder knows) a near-miss spelling, 0
/// otherwise. A whole word that begins a longer one ("cat" in "catarrh") counts for little.
fn word_match(typed: &str, known: &str, fuzzy: bool) -> f64 {
    if typed == known {
        return 1.0;
    }
    let typed_chars: Vec<char> = typed.chars().collect();
    if typed_chars.len() >= 3 && known.starts_with(typed) {
        return if fuzzy {
            PREFIX_FACTOR
        } else {
            WHOLE_WORD_PREFIX_FACTOR
        };
    }
    let edits = allowed_edits(typed_chars.len()).min(allowed_edits(known.chars().count()));
    if fuzzy && edits > 0 {
        let known_chars: Vec<char> = known.chars().collect();
        if edit_distance(&typed_chars, &known_chars, edits).is_some() {
            return FUZZY_FACTOR;
        }
    }
    0.0
}

/// A problem's words: its name and synonyms (as phrases and as words), and its summary.
struct Terms {
    title: Vec<String>,
    phrases: Vec<Vec<String>>,
    /// The title's words and one-word synonyms.
    strong: Vec<String>,
    /// Words of longer synonyms.
    in_phrases: Vec<String>,
    weak: Vec<String>,
}

impl Terms {
    fn of(problem: &impl Findable) -> Terms {
        let phrases: Vec<Vec<String>> = std::iter::once(problem.title())
            .chain(problem.synonyms().iter().map(String::as_str))
            .map(meaningful)
            .filter(|phrase| !phrase.is_empty())
            .collect();
        let title = meaningful(problem.title());
        Terms {
            strong: title
                .iter()
                .cloned()
                .chain(
                    phrases
                        .iter()
                        .filter(|phrase| phrase.len() == 1)
                        .flatten()
                        .cloned(),
                )
                .collect(),
            in_phrases: phrases
                .iter()
                .skip(1)
                .filter(|phrase| phrase.len() > 1)
                .flatten()
                .cloned()
                .collect(),
            title,
            weak: meaningful(problem.summary()),
            phrases,
        }
    }
}

/// How many problems use each word, so a word most problems use ("pain", "sore") counts for
/// little and a word only one uses ("teething") counts for a lot.
struct Vocabulary {
    problems: f64,
    used_by: BTreeMap<String, usize>,
}

impl Vocabulary {
    fn of(terms: &[Terms]) -> Vocabulary {
        let mut used_by: BTreeMap<String, usize> = BTreeMap::new();
        for problem in terms {
            // Inserted one by one: collecting into a set sorts first, which would bring the
            // standard sort into the app for this alone (see `short_sort`).
            let mut words: BTreeSet<&String> = BTreeSet::new();
            words.extend(
                problem
                    .strong
                    .iter()
                    .chain(&problem.in_phrases)
                    .chain(&problem.weak),
            );
            for word in words {
                *used_by.entry(word.clone()).or_default() += 1;
            }
        }
        Vocabulary {
            problems: terms.len() as f64,
            used_by,
        }
    }

    fn weight(&self, word: &str) -> f64 {
        let used_by = self.used_by.get(word).copied().unwrap_or(1) as f64;
        (1.0 + self.problems / used_by).ln()
    }

    /// Whether some problem has the typed word itself: then a near-miss spelling elsewhere is
    /// a different word, not a typo ("teething" is not "teeth").
    fn knows(&self, typed: &str) -> bool {
        self.used_by.contains_key(typed)
    }
}

/// The best match of a typed word among known words, weighted by how telling the word is. A
/// typed word that is itself known counts for no more than it does alone when it begins a
/// longer word ("spot" in "spotting").
fn best_match(typed: &str, known: &[String], fuzzy: bool, vocabulary: &Vocabulary) -> f64 {
    let typed_weight = vocabulary
        .used_by
        .contains_key(typed)
        .then(|| vocabulary.weight(typed));
    known
        .iter()
        .map(|word| {
            let weight = vocabulary.weight(word);
            word_match(typed, word, fuzzy) * typed_weight.map_or(weight, |own| own.min(weight))
        })
        .fold(0.0, f64::max)
}

/// How well the typed words match a problem, and whether every one of them matched.
fn score(terms: &Terms, typed: &[String], vocabulary: &Vocabulary) -> (f64, bool) {
    let mut total = 0.0;
    let mut all_matched = true;
    let mut any_strong = false;
    for word in typed {
        let fuzzy = !vocabulary.knows(word);
        let by_name = best_match(word, &terms.strong, fuzzy, vocabulary) * STRONG;
        let strong_score = by_name
            .max(best_match(word, &terms.in_phrases, fuzzy, vocabulary) * STRONG * PART_OF_PHRASE);
        let weak_score = best_match(word, &terms.weak, fuzzy, vocabulary) * WEAK;
        any_strong |= strong_score > 0.0;
        // A misspelt word vouches for a problem only through its name or one-word synonyms:
        // "heel" is one letter from "peel" in "orange peel skin".
        all_matched &= by_name > 0.0 || (!fuzzy && (strong_score > 0.0 || weak_score > 0.0));
        total += strong_score.max(weak_score);
    }
    let best_phrase = terms
        .phrases
        .iter()
        .filter(|phrase| phrase.len() > 1 && phrase.len() <= typed.len())
        .filter(|phrase| {
            typed.windows(phrase.len()).any(|window| {
                window
                    .iter()
                    .zip(phrase.iter())
                    .all(|(typed, known)| word_match(typed, known, true) >= FUZZY_FACTOR)
            })
        })
        .map(Vec::len)
        .max()
        .unwrap_or(0);
    total += PHRASE_BONUS * best_phrase as f64;
    if !terms.title.is_empty() {
        let typed_in_title = terms
            .title
            .iter()
            .filter(|known| {
                typed
                    .iter()
                    .any(|word| word_match(word, known, false) > 0.0)
            })
            .count();
        total += TITLE_COVERAGE * typed_in_title as f64 / terms.title.len() as f64;
    }
    (total, all_matched && any_strong)
}

/// Of `problems` (a rule set's, or their [`Listing`]s), those matching what was typed, best
/// first, with "Something else" always last. Only problems offered at `age` are included when it
/// is given. With nothing typed, every problem is listed in the usual order.
pub fn find<'r, P: Findable>(
    problems: &'r [P],
    query: &str,
    age: Option<&str>,
) -> Vec<Found<'r, P>> {
    let typed = meaningful(query);
    let terms: Vec<Terms> = problems.iter().map(Terms::of).collect();
    let vocabulary = Vocabulary::of(&terms);
    let offered = problems
        .iter()
        .zip(&terms)
        .filter(|(problem, _)| age.is_none_or(|age| problem.ages().iter().any(|band| band == age)));
    let mut found: Vec<(Found<'r, P>, bool)> = offered
        .filter_map(|(problem, terms)| {
            if problem.catch_all() || typed.is_empty() {
                return Some((
                    Found {
                        problem,
                        score: 0.0,
                        confident: false,
                    },
                    false,
                ));
            }
            let (score, complete) = score(terms, &typed, &vocabulary);
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
    sort_short_by(&mut found, |(a, _), (b, _)| {
        a.problem
            .catch_all()
            .cmp(&b.problem.catch_all())
            .then(b.score.total_cmp(&a.score))
    });
    let runner_up = found.get(1).map_or(0.0, |(second, _)| second.score);
    if let Some((best, complete)) = found.first_mut() {
        best.confident = *complete && !best.problem.catch_all() && best.score > runner_up;
    }
    found.into_iter().map(|(found, _)| found).collect()
}

/// The problems matching what was typed, best first ("Something else" last).
pub fn find_problems<'r>(rules: &'r RuleSet, query: &str, age: Option<&str>) -> Vec<&'r Problem> {
    find(&rules.problems, query, age)
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
    find(&rules.problems, query, age)
        .into_iter()
        .next()
        .filter(|found| found.confident)
        .map(|found| found.problem)
}
