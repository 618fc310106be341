//! Finding a presenting problem from a few typed letters, as a receptionist would type the
//! reason for a call: "back", "uti", "rash child", "repeat meds".

use super::model::{Problem, RuleSet};

/// Lower-case words of letters and digits.
fn words(text: &str) -> impl Iterator<Item = String> + '_ {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|word| !word.is_empty())
        .map(str::to_lowercase)
}

/// Problems matching any typed word at the start of a word in their title or synonyms (worth
/// more) or summary, best first; "Something else" is always last. Only problems offered at
/// `age` are included when it is given.
pub fn find_problems<'r>(rules: &'r RuleSet, query: &str, age: Option<&str>) -> Vec<&'r Problem> {
    let typed: Vec<String> = words(query).collect();
    let mut scored: Vec<(u32, &Problem)> = rules
        .problems
        .iter()
        .filter(|problem| age.is_none_or(|age| problem.ages.iter().any(|band| band == age)))
        .filter_map(|problem| {
            if problem.catch_all {
                return Some((0, problem));
            }
            let strong: Vec<String> = words(&problem.title)
                .chain(
                    problem
                        .synonyms
                        .iter()
                        .flat_map(|synonym| words(synonym).collect::<Vec<_>>()),
                )
                .collect();
            let weak: Vec<String> = words(&problem.summary).collect();
            let score: u32 = typed
                .iter()
                .map(|word| {
                    if strong.iter().any(|known| known.starts_with(word.as_str())) {
                        3
                    } else if weak.iter().any(|known| known.starts_with(word.as_str())) {
                        1
                    } else {
                        0
                    }
                })
                .sum();
            (score > 0 || typed.is_empty()).then_some((score, problem))
        })
        .collect();
    scored.sort_by(|(a_score, a), (b_score, b)| {
        a.catch_all
            .cmp(&b.catch_all)
            .then(b_score.cmp(a_score))
            .then(a.title.cmp(&b.title))
    });
    scored.into_iter().map(|(_, problem)| problem).collect()
}
