//! The engine's step, timed on the last step of a complete journey through each problem (the
//! step that evaluates the most rules): `every_problem` takes the problems in turn, so its mean
//! is the mean over problems, and `last_step` times each problem alone, so the slowest stands
//! out.
//!
//!     cargo bench -p navigator-core --bench engine

mod common;

use divan::Bencher;
use navigator_core::signpost::{next_step, Answers, RuleSet, Step, Who};
use std::sync::LazyLock;

/// The rule set, and for each problem the answers of a complete journey through it.
static JOURNEYS: LazyLock<(RuleSet, Vec<(String, Answers)>)> = LazyLock::new(|| {
    let (rules, _) = common::rules();
    let journeys = rules
        .problems
        .iter()
        .map(|problem| {
            // Answer the last offered choice each time (often the least urgent), so the journey
            // passes every rule.
            let mut answers = Answers {
                red_flags: Some(Vec::new()),
                who: Some(Who::Me),
                age: problem.ages.last().cloned(),
                problem: Some(problem.id.clone()),
                ..Answers::default()
            };
            while let Ok(Step::Ask { topic, prompt }) = next_step(&rules, &answers) {
                let choice = &prompt.options.last().expect("questions have choices").id;
                answers.answer(&topic, choice);
            }
            (problem.id.clone(), answers)
        })
        .collect();
    (rules, journeys)
});

fn main() {
    divan::main();
}

/// The last step of a journey through each problem in turn, about a dozen times over.
#[divan::bench(sample_count = 1000)]
fn every_problem(bencher: Bencher) {
    let (rules, journeys) = &*JOURNEYS;
    let mut turns = journeys.iter().map(|(_, answers)| answers).cycle();
    bencher
        .with_inputs(|| turns.next().expect("there are problems"))
        .bench_local_values(|answers| next_step(rules, answers));
}

fn problems() -> impl Iterator<Item = &'static str> {
    JOURNEYS.1.iter().map(|(id, _)| id.as_str())
}

/// The last step of a journey through one problem.
#[divan::bench(args = problems())]
fn last_step(bencher: Bencher, problem: &str) {
    let (rules, journeys) = &*JOURNEYS;
    let (_, answers) = journeys
        .iter()
        .find(|(id, _)| id == problem)
        .expect("a problem of the rule set");
    bencher.bench(|| next_step(rules, divan::black_box(answers)));
}
