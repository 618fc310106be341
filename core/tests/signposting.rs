//! The signposting engine and validator, run against the project's own rule set.

use navigator_core::signpost::{
    load_dir, next_step, scenarios, validate, vignettes, AnswerError, Answers, EasyReadStep,
    Journey, Locations, Preset, Problem, References, RuleSet, Step, Topic, Urgency, Who,
};
use navigator_core::Date;
use std::collections::BTreeSet;
use std::path::PathBuf;

fn content() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../content")
}

fn today() -> Date {
    "2026-12-01".parse().unwrap()
}

fn rules() -> (RuleSet, Locations) {
    load_dir(&content().join("signposting")).unwrap_or_else(|errors| {
        panic!("{}", navigator_core::diagnostic::report(&errors));
    })
}

fn answers(
    age: &str,
    flags: &[&str],
    problem: Option<&str>,
    responses: &[(&str, &str)],
) -> Answers {
    Answers {
        age: Some(age.into()),
        red_flags: Some(flags.iter().map(|flag| flag.to_string()).collect()),
        who: Some(Who::Me),
        sex: None,
        problem: problem.map(String::from),
        responses: responses
            .iter()
            .map(|(question, choice)| (question.to_string(), choice.to_string()))
            .collect(),
    }
}

/// A sore throat with a high temperature and nothing else worrying.
const SORE_THROAT_WITH_FEVER: &[(&str, &str)] = &[
    ("cannot-swallow-spit", "no"),
    ("noisy-breathing", "no"),
    ("high-temperature", "yes"),
    ("weak-immune-system", "no"),
    ("very-unwell", "no"),
    ("been-abroad", "no"),
    ("fever-five-days", "no"),
    ("painful-breathing", "no"),
    ("breathless", "no"),
    ("cannot-drink", "no"),
    ("sandpaper-rash", "no"),
    ("two-weeks", "no"),
];

fn outcome_id(rules: &RuleSet, answers: &Answers) -> String {
    match next_step(rules, answers).unwrap() {
        Step::Outcome(decision) => decision.outcome.id.clone(),
        other => panic!("expected an outcome, got {other:?}"),
    }
}

#[test]
fn asks_red_flags_first_then_who_then_age_then_the_problem() {
    let (rules, _) = rules();
    let Ok(Step::AskRedFlags(flags)) = next_step(&rules, &Answers::default()) else {
        panic!("the red-flag screen comes first")
    };
    assert_eq!(
        flags.len(),
        rules.red_flags.len(),
        "every sign is on the one screen"
    );

    let no_flags = Answers {
        red_flags: Some(Vec::new()),
        ..Answers::default()
    };
    assert!(matches!(
        next_step(&rules, &no_flags),
        Ok(Step::Ask { topic: Topic::Who, prompt }) if prompt.text == "Who needs help?"
    ));
    let for_someone = Answers {
        who: Some(Who::SomeoneElse),
        ..no_flags
    };
    assert!(matches!(
        next_step(&rules, &for_someone),
        Ok(Step::Ask { topic: Topic::Age, prompt })
            if prompt.options.len() == 8 && prompt.text == "How old is the person you are helping?"
    ));

    let Ok(Step::Ask {
        topic: Topic::Problem,
        prompt,
    }) = next_step(&rules, &answers("5-to-11", &[], None, &[]))
    else {
        panic!()
    };
    assert_eq!(prompt.text, "What is your child's main problem?");
    let ids: Vec<_> = prompt
        .options
        .iter()
        .map(|option| option.id.as_str())
        .collect();
    assert!(ids.contains(&"sore-throat") && ids.contains(&"something-else"));
    assert!(!ids.contains(&"back-pain"), "back pain is offered from 16");
}

/// The journey after each answer `step` can be given (each sign alone, or none of them), as
/// `rules` records it.
fn every_answer(journey: &Journey, step: Step<'_>, rules: &RuleSet) -> Vec<Journey> {
    match step {
        Step::AskRedFlags(flags) => std::iter::once(Vec::new())
            .chain(flags.iter().map(|flag| vec![flag.id.clone()]))
            .map(|flags| journey.with_red_flags(flags))
            .collect(),
        Step::Ask { topic, prompt } => prompt
            .options
            .iter()
            .map(|option| journey.answered(rules, &topic, &option.id))
            .collect(),
        Step::Outcome(_) => Vec::new(),
    }
}

/// The questions' pages start from the opening and fetch the rest of the rule set while people
/// answer: every journey must run the same on the opening until it says it needs the problem's
/// rules, and then it must be past everything the opening holds.
#[test]
fn the_opening_runs_every_journey_alike_until_the_problems_rules_are_needed() {
    let (rules, _) = rules();
    let opening = rules.opening();
    let staff_presets = rules.problems.iter().map(|problem| Preset {
        problem: Some(problem.id.clone()),
        who: Some(Who::Me),
    });
    let mut needed_at = BTreeSet::new();
    for preset in std::iter::once(Preset::default()).chain(staff_presets) {
        let mut journeys = vec![Journey::new(preset)];
        while let Some(journey) = journeys.pop() {
            let step = journey.step(&rules).unwrap();
            if journey.needs_problem_rules(&opening) {
                assert!(
                    matches!(
                        &step,
                        Step::Outcome(_)
                            | Step::Ask {
                                topic: Topic::Sex | Topic::Question { .. },
                                ..
                            }
                    ),
                    "{journey:?} needs the problem's rules only to go on to {step:?}"
                );
                needed_at.insert(journey.answers.problem.clone().or(journey.preset.problem));
                continue;
            }
            assert_eq!(journey.step(&opening), Ok(step.clone()), "{journey:?}");
            journeys.extend(every_answer(&journey, step, &opening));
        }
    }
    let every_problem: BTreeSet<_> = rules
        .problems
        .iter()
        .map(|problem| Some(problem.id.clone()))
        .collect();
    assert_eq!(needed_at, every_problem);
}

/// The questions' page starts from the signs alone (no problems) and fetches the rest while
/// people answer: every journey, with or without answers from the address, must run the same on
/// the signs until it says it needs the problems, and then it must be past everything the signs
/// hold. Every sign must lead to its outcome from the signs alone, so an emergency never waits.
#[test]
fn the_signs_run_every_journey_alike_until_the_problems_are_needed() {
    let (rules, _) = rules();
    let signs = rules.signs();
    assert!(signs.problems.is_empty());
    let presets = [
        Preset::default(),
        Preset {
            problem: Some("back-pain".to_string()),
            who: Some(Who::SomeoneElse),
        },
    ];
    let mut waited = 0;
    for preset in presets {
        let mut journeys = vec![Journey::new(preset)];
        while let Some(journey) = journeys.pop() {
            let step = journey.step(&rules).unwrap();
            if journey.needs_problems(&signs) {
                assert!(
                    !matches!(
                        &step,
                        Step::AskRedFlags(_)
                            | Step::Ask {
                                topic: Topic::Who | Topic::Age,
                                ..
                            }
                    ),
                    "{journey:?} needs the problems only to go on to {step:?}"
                );
                waited += 1;
                continue;
            }
            assert!(!journey.needs_problems(&rules));
            assert_eq!(journey.step(&signs), Ok(step.clone()), "{journey:?}");
            journeys.extend(every_answer(&journey, step, &signs));
        }
    }
    // Each preset, at every age band and (without one) for each who.
    assert_eq!(waited, rules.age_bands.len() * 3);
}

#[test]
fn asks_only_what_decides_the_most_urgent_rule_first() {
    let (rules, _) = rules();
    let step = next_step(&rules, &answers("18-to-64", &[], Some("back-pain"), &[])).unwrap();
    assert!(
        matches!(step, Step::Ask { topic: Topic::Question { question, .. }, .. } if question.id == "numbness")
    );
    let step = next_step(
        &rules,
        &answers("18-to-64", &[], Some("back-pain"), &[("numbness", "no")]),
    )
    .unwrap();
    assert!(
        matches!(step, Step::Ask { topic: Topic::Question { question, .. }, .. } if question.id == "bladder-bowel")
    );
}

#[test]
fn any_combination_of_red_flags_leads_to_999_or_ae_before_age_is_asked() {
    let (rules, _) = rules();
    let flags: Vec<&str> = rules
        .red_flags
        .iter()
        .map(|flag| flag.id.as_str())
        .collect();
    assert!(
        flags.len() <= 20,
        "subset enumeration assumes a short screen"
    );
    for mask in 1u32..(1 << flags.len()) {
        let picked: Vec<String> = (0..flags.len())
            .filter(|i| mask & (1 << i) != 0)
            .map(|i| flags[i].to_string())
            .collect();
        let given = Answers {
            red_flags: Some(picked.clone()),
            ..Answers::default()
        };
        let Step::Outcome(decision) = next_step(&rules, &given).unwrap() else {
            panic!("{picked:?} did not decide")
        };
        assert!(
            decision.outcome.urgency <= Urgency::Now,
            "{picked:?} → {}",
            decision.outcome.id
        );
        let most_urgent = picked
            .iter()
            .map(|id| {
                let flag = rules.red_flags.iter().find(|flag| &flag.id == id).unwrap();
                rules.outcome(&flag.outcome).unwrap().urgency
            })
            .min()
            .unwrap();
        assert_eq!(decision.outcome.urgency, most_urgent);
        assert_eq!(
            decision.because.len(),
            picked.len(),
            "every sign ticked is shown as a reason"
        );
    }
}

#[test]
fn not_sure_takes_the_safer_answer_and_says_so() {
    let (rules, _) = rules();
    let Step::Outcome(decision) = next_step(
        &rules,
        &answers(
            "65-plus",
            &[],
            Some("back-pain"),
            &[("numbness", "not-sure")],
        ),
    )
    .unwrap() else {
        panic!()
    };
    assert_eq!(decision.outcome.id, "go-to-ae-back");
    assert!(decision.took_safer_answer());
    assert_eq!(decision.because[0].answer, "I'm not sure");

    // Every "not sure" leads exactly where the answer it stands for leads.
    for problem in &rules.problems {
        for question in &problem.questions {
            let Some(safer) = &question.if_unsure else {
                continue;
            };
            for age in &problem.ages {
                let base = answers(age, &[], Some(&problem.id), &[]);
                let mut unsure = base.clone();
                unsure
                    .responses
                    .insert(question.id.clone(), "not-sure".into());
                let mut sure = base.clone();
                sure.responses.insert(question.id.clone(), safer.clone());
                let (a, b) = (
                    next_step(&rules, &unsure).unwrap(),
                    next_step(&rules, &sure).unwrap(),
                );
                match (a, b) {
                    (Step::Outcome(a), Step::Outcome(b)) => assert_eq!(a.outcome.id, b.outcome.id),
                    (Step::Ask { prompt: a, .. }, Step::Ask { prompt: b, .. }) => {
                        assert_eq!(a.text, b.text)
                    }
                    (a, b) => panic!("{} {}: {a:?} vs {b:?}", problem.id, question.id),
                }
            }
        }
    }
}

#[test]
fn explains_the_decision_with_the_answers_that_mattered() {
    let (rules, _) = rules();
    let journey = answers("5-to-11", &[], Some("sore-throat"), SORE_THROAT_WITH_FEVER);
    let Step::Outcome(decision) = next_step(&rules, &journey).unwrap() else {
        panic!()
    };
    assert_eq!(decision.outcome.id, "pharmacy-first-sore-throat");
    assert_eq!(
        decision.decided_by,
        "sore-throat-high-temperature-pharmacy-first"
    );
    assert!(decision.source.url.starts_with("https://"));
    let because: Vec<_> = decision
        .because
        .iter()
        .map(|r| (r.question.as_str(), r.answer.as_str()))
        .collect();
    assert_eq!(because[0], ("Age", "5 to 11 years"));
    assert_eq!(
        because[1],
        ("Does your child have a high temperature?", "Yes"),
        "worded for a child of that age"
    );
    let ruled_out: Vec<_> = decision
        .ruled_out
        .iter()
        .map(|r| r.answer.as_str())
        .collect();
    assert_eq!(
        ruled_out[0], "None of these",
        "the red-flag screen comes first"
    );
    assert!(decision
        .ruled_out
        .iter()
        .any(|r| r.question.contains("swallow") && r.answer == "No"));
}

#[test]
fn pharmacy_first_sore_throat_follows_its_age_band() {
    let (rules, _) = rules();
    let mut infection = SORE_THROAT_WITH_FEVER.to_vec();
    infection.push(("pregnant", "no"));
    for band in &rules.problem("sore-throat").unwrap().ages {
        let mut given = answers(band, &[], Some("sore-throat"), &infection);
        given.sex = Some("female".into());
        let outcome = outcome_id(&rules, &given);
        let eligible = band != "1-to-4";
        assert_eq!(
            outcome == "pharmacy-first-sore-throat",
            eligible,
            "{band}: {outcome}"
        );
    }
}

#[test]
fn rejects_answers_that_do_not_fit() {
    let (rules, _) = rules();
    let cases = [
        (
            Answers {
                age: Some("teenager".into()),
                red_flags: Some(Vec::new()),
                who: Some(Who::Me),
                ..Answers::default()
            },
            AnswerError::UnknownAgeBand("teenager".into()),
        ),
        (
            answers("18-to-64", &["sneezing"], None, &[]),
            AnswerError::UnknownRedFlag("sneezing".into()),
        ),
        (
            answers("5-to-11", &[], Some("back-pain"), &[]),
            AnswerError::ProblemNotForAge {
                problem: "back-pain".into(),
                age: "5-to-11".into(),
            },
        ),
        (
            answers("18-to-64", &[], Some("gout"), &[]),
            AnswerError::UnknownProblem("gout".into()),
        ),
        (
            answers("18-to-64", &[], Some("back-pain"), &[("colour", "blue")]),
            AnswerError::UnknownQuestion {
                problem: "back-pain".into(),
                question: "colour".into(),
            },
        ),
        (
            answers("18-to-64", &[], Some("back-pain"), &[("numbness", "maybe")]),
            AnswerError::UnknownChoice {
                question: "numbness".into(),
                choice: "maybe".into(),
            },
        ),
        (
            answers(
                "18-to-64",
                &[],
                Some("back-pain"),
                &[("six-weeks", "not-sure")],
            ),
            AnswerError::UnknownChoice {
                question: "six-weeks".into(),
                choice: "not-sure".into(),
            },
        ),
        (
            Answers {
                sex: Some("unknown".into()),
                ..answers("18-to-64", &[], Some("back-pain"), &[])
            },
            AnswerError::UnknownSex("unknown".into()),
        ),
    ];
    for (given, expected) in cases {
        assert_eq!(next_step(&rules, &given).unwrap_err(), expected);
    }
}

// ---- the validator, against deliberately broken copies of the real rule set ----

fn references(rules: &RuleSet) -> (BTreeSet<String>, BTreeSet<String>) {
    let services = rules
        .outcomes
        .iter()
        .flat_map(|o| o.services.iter().cloned())
        .collect();
    let guidance = rules
        .outcomes
        .iter()
        .filter_map(|o| o.guidance.clone())
        .collect();
    (services, guidance)
}

fn check(
    rules: &RuleSet,
    locations: &Locations,
    services: &BTreeSet<String>,
    guidance: &BTreeSet<String>,
) -> Result<navigator_core::signpost::Coverage, Vec<String>> {
    let pictograms = navigator_core::easy_read::load(&content()).expect("the pictograms load");
    let references = References {
        service_ids: services,
        guidance_slugs: guidance,
        pictograms: &pictograms,
    };
    validate(rules, locations, &references, today())
        .map_err(|errors| errors.iter().map(ToString::to_string).collect())
}

fn problems_found(rules: &RuleSet, locations: &Locations) -> Vec<String> {
    let (services, guidance) = references(rules);
    check(rules, locations, &services, &guidance)
        .err()
        .unwrap_or_default()
}

/// The problem `id` of `rules`, to change for a test.
fn problem_mut<'a>(rules: &'a mut RuleSet, id: &str) -> &'a mut Problem {
    rules
        .problems
        .iter_mut()
        .find(|problem| problem.id == id)
        .unwrap_or_else(|| panic!("no problem `{id}`"))
}

fn assert_found(rules: &RuleSet, locations: &Locations, expected: &str) {
    let found = problems_found(rules, locations);
    assert!(
        found.iter().any(|p| p.contains(expected)),
        "expected `{expected}` in {found:#?}"
    );
}

#[test]
fn the_real_rule_set_is_valid_and_every_journey_is_walked() {
    let (rules, locations) = rules();
    let (services, guidance) = references(&rules);
    let coverage = check(&rules, &locations, &services, &guidance).unwrap();
    assert!(coverage.journeys > 100, "{coverage:?}");
    assert_eq!(coverage.journeys_by_problem.len(), rules.problems.len());
    assert_eq!(
        coverage.journeys,
        coverage.journeys_by_outcome.values().sum::<usize>()
    );
}

#[test]
fn finds_gaps_and_overlaps_in_age_bands() {
    let (mut rules, locations) = rules();
    rules.age_bands[3].from_months += 1;
    assert_found(
        &rules,
        &locations,
        "gap in the age bands from 60 to 61 months",
    );
    let (mut rules, locations) = self::rules();
    rules.age_bands[3].from_months -= 1;
    assert_found(&rules, &locations, "overlaps the band before it");
    let (mut rules, locations) = self::rules();
    rules.age_bands.last_mut().unwrap().to_months = Some(1200);
    assert_found(&rules, &locations, "the last age band must be open-ended");
}

#[test]
fn finds_a_combination_of_answers_with_no_outcome() {
    let (mut rules, locations) = rules();
    let problem = problem_mut(&mut rules, "back-pain");
    problem.rules.pop();
    let found = problems_found(&rules, &locations);
    assert!(
        found.iter().any(|p| p.contains("content/signposting/problems/back-pain.toml:1: the journey (age=16-to-17, bladder-bowel=no, cancer=no, daily-life=no, high-temperature=no, leg-numbness=no, leg-weakness=no, night-pain=no, numbness=no, six-weeks=no, weight-loss=no) reaches no outcome")),
        "{found:#?}"
    );
}

#[test]
fn finds_rules_that_can_never_apply() {
    let (mut rules, locations) = rules();
    let problem = problem_mut(&mut rules, "sore-throat");
    let catch_all = problem.rules.last().unwrap().clone();
    problem.rules.insert(2, catch_all.clone());
    problem.rules.last_mut().unwrap().id = "sore-throat-self-care-again".into();
    let found = problems_found(&rules, &locations);
    assert!(
        found
            .iter()
            .any(|p| p.contains("rule `sore-throat-weak-immune-system` can never apply")),
        "{found:#?}"
    );
    assert!(
        found
            .iter()
            .any(|p| p.contains("question `two-weeks` is never asked")),
        "{found:#?}"
    );
}

#[test]
fn finds_unreachable_outcomes_and_missing_references() {
    let (mut rules, locations) = rules();
    let mut spare = rules.outcomes[0].clone();
    spare.id = "spare".into();
    rules.outcomes.push(spare);
    assert_found(&rules, &locations, "outcome `spare` is never reached");

    let (mut rules, locations) = self::rules();
    rules.problems[0].rules[0].outcome = "nowhere".into();
    assert_found(
        &rules,
        &locations,
        "leads to outcome `nowhere`, which does not exist",
    );

    let (rules, locations) = self::rules();
    let services = BTreeSet::from(["nhs-111".to_string()]);
    let (_, guidance) = references(&rules);
    let errors = check(&rules, &locations, &services, &guidance).unwrap_err();
    let first = &errors[0];
    assert!(first.contains("signposting/outcomes/"), "{first}");
    assert!(
        first.contains("which is not in content/services"),
        "{first}"
    );
}

#[test]
fn red_flags_must_lead_to_999_or_ae() {
    let (mut rules, locations) = rules();
    rules.red_flags[0].outcome = "call-111".into();
    assert_found(
        &rules,
        &locations,
        "red flag `breathing` must lead to 999 or A&E",
    );
}

#[test]
fn conditions_must_name_real_questions_and_answers() {
    let (mut rules, locations) = rules();
    let rule = &mut problem_mut(&mut rules, "low-mood").rules[0];
    rule.when
        .insert("harm-thoughts".into(), vec!["perhaps".into()]);
    rule.when.insert("weather".into(), vec!["rain".into()]);
    assert_found(
        &rules,
        &locations,
        "`perhaps` is not an answer to question `harm-thoughts`",
    );
    assert_found(
        &rules,
        &locations,
        "asks about `weather`, which is not a question",
    );
}

#[test]
fn past_review_dates_fail() {
    let (mut rules, locations) = rules();
    rules.problems[0].review.next_review = "2026-11-22".parse().unwrap();
    assert_found(&rules, &locations, "the review was due on 2026-11-22");
}

// ---- clinical scenarios ----

#[test]
fn every_clinical_scenario_reaches_its_expected_outcome() {
    let (rules, _) = rules();
    let scenarios = scenarios::load_scenarios(&content().join("scenarios"))
        .unwrap_or_else(|errors| panic!("{}", navigator_core::diagnostic::report(&errors)));
    assert!(scenarios.len() >= 150, "only {} scenarios", scenarios.len());
    let report = scenarios::report(&rules, &scenarios);
    assert!(
        report.broken.is_empty() && report.disagreements.is_empty(),
        "{}",
        report.table()
    );
    assert_eq!(report.total().agree, scenarios.len());
    // Every problem has scenarios, and every rule written in a problem decides at least one.
    let undecided: Vec<&str> = rules
        .problems
        .iter()
        .flat_map(|problem| &problem.rules)
        .filter(|rule| rule.module.is_none() && !report.decided_by.contains(&rule.id))
        .map(|rule| rule.id.as_str())
        .collect();
    assert!(
        undecided.is_empty(),
        "rules no scenario reaches: {undecided:?}"
    );
}

#[test]
fn there_is_always_a_something_else_choice_listed_last() {
    let (rules, _) = rules();
    for band in &rules.age_bands {
        let listed: Vec<_> = rules.problems_for(&band.id).collect();
        assert!(listed.last().unwrap().catch_all, "{}", band.id);
    }
    let (mut rules, locations) = self::rules();
    let catch_all = rules.problems.iter_mut().find(|p| p.catch_all).unwrap();
    catch_all.ages.pop();
    assert_found(&rules, &locations, "must be offered at every age");
    let (mut rules, locations) = self::rules();
    rules.problems.iter_mut().for_each(|p| p.catch_all = false);
    assert_found(
        &rules,
        &locations,
        "exactly one problem must have `catch_all = true`",
    );
}

#[test]
fn a_rule_may_send_people_to_ae_only_for_an_emergency_sign_or_injury() {
    let (mut rules, locations) = rules();
    let problem = problem_mut(&mut rules, "back-pain");
    let rule = problem
        .rules
        .iter_mut()
        .find(|r| r.id == "back-pain-six-weeks")
        .unwrap();
    rule.outcome = "go-to-ae".into();
    assert_found(
        &rules,
        &locations,
        "rule `back-pain-six-weeks` sends people to 999 or A&E, but none of its conditions is an emergency sign or injury",
    );
}

#[test]
fn a_worrying_answer_that_lowers_urgency_is_found() {
    let (mut rules, locations) = rules();
    let problem = problem_mut(&mut rules, "back-pain");
    let question = problem
        .questions
        .iter_mut()
        .find(|q| q.id == "numbness")
        .unwrap();
    // Claiming "no" is the worrying answer: then answering it would lower urgency from A&E.
    question.if_unsure = Some("no".into());
    assert_found(
        &rules,
        &locations,
        "answering `numbness` = `no` makes the outcome less urgent (go-to-ae-back becomes",
    );
}

#[test]
fn pharmacy_first_outside_its_ages_or_without_its_exclusions_is_found() {
    let (mut rules, locations) = rules();
    let problem = problem_mut(&mut rules, "sore-throat");
    let rule = problem
        .rules
        .iter_mut()
        .find(|r| r.id == "sore-throat-high-temperature-pharmacy-first")
        .unwrap();
    rule.when.get_mut("age").unwrap().push("1-to-4".into());
    problem
        .rules
        .retain(|r| r.id != "sore-throat-high-temperature-young-child");
    assert_found(
        &rules,
        &locations,
        "offers Pharmacy First for Acute sore throat outside its age bands",
    );

    let (mut rules, locations) = self::rules();
    let problem = problem_mut(&mut rules, "sore-throat");
    problem
        .rules
        .retain(|r| !r.id.ends_with("-pregnant-under-16"));
    problem.questions.retain(|q| q.id != "pregnant");
    assert_found(
        &rules,
        &locations,
        "offers Pharmacy First for Acute sore throat without asking `pregnant`, which can rule it out",
    );
}

// ---- care navigation ----

#[test]
fn a_few_typed_letters_find_the_problem() {
    use navigator_core::signpost::find_problems;
    let (rules, _) = rules();
    let first = |query: &str, age: Option<&str>| {
        find_problems(&rules, query, age)
            .first()
            .map(|problem| problem.id.clone())
            .unwrap()
    };
    assert_eq!(first("back", None), "back-pain");
    assert_eq!(
        first("uti female", Some("18-to-64")),
        "urinary-symptoms-women"
    );
    assert_eq!(first("repeat meds", None), "medicines-and-prescriptions");
    assert_eq!(first("tooth", None), "dental-pain");
    let rash_child: Vec<String> = find_problems(&rules, "rash child", Some("1-to-4"))
        .iter()
        .map(|problem| problem.id.clone())
        .collect();
    assert!(
        rash_child.contains(&"rash".to_string()) && rash_child.contains(&"fever-child".to_string()),
        "{rash_child:?}"
    );
    assert!(
        !rash_child.contains(&"back-pain".to_string()),
        "back pain is not offered at 1 to 4"
    );
    assert_eq!(rash_child.last().unwrap(), "something-else");
    // Nothing typed lists everything offered; nonsense leaves just "Something else".
    assert_eq!(find_problems(&rules, "", None).len(), rules.problems.len());
    assert_eq!(
        find_problems(&rules, "zzzz", None)
            .iter()
            .map(|p| p.id.as_str())
            .collect::<Vec<_>>(),
        ["something-else"]
    );
}

#[test]
fn every_outcome_fits_a_text_message_and_has_a_script() {
    use navigator_core::signpost::{patient_text, script, TEXT_MESSAGE_CHARS};
    let (rules, _) = rules();
    let directory = navigator_core::directory::load(&content(), today()).unwrap();
    for outcome in &rules.outcomes {
        let services: Vec<_> = outcome
            .services
            .iter()
            .filter_map(|id| directory.service(id))
            .collect();
        let text = patient_text(outcome, &services);
        assert!(
            text.chars().count() <= TEXT_MESSAGE_CHARS,
            "{}: {text}",
            outcome.id
        );
        assert!(
            text.starts_with(outcome.title.trim_end_matches('.')),
            "{}: {text}",
            outcome.id
        );
        assert!(text.contains("999"), "{}: {text}", outcome.id);
        let script = script(outcome);
        assert!(script.contains(outcome.title.trim_end_matches('.')));
        // Only the first letter of how soon may change, to follow "How soon:".
        assert!(script.contains(&outcome.how_soon[1..]), "{script}");
    }
    let pharmacy = rules.outcome("pharmacy-first-sore-throat").unwrap();
    let text = patient_text(pharmacy, &[directory.service("pharmacy").unwrap()]);
    assert!(
        text.contains("nhs.uk/service-search/pharmacy/find-a-pharmacy"),
        "{text}"
    );
}

#[test]
fn a_preset_problem_is_used_when_reached_if_offered_at_that_age() {
    let (rules, _) = rules();
    let journey = Journey::new(Preset {
        problem: Some("back-pain".into()),
        who: Some(Who::SomeoneElse),
    })
    .with_red_flags(Vec::new());
    let Ok(Step::Ask {
        topic: Topic::Age,
        prompt,
    }) = journey.step(&rules)
    else {
        panic!("who needs help was preset, so age comes next")
    };
    assert_eq!(prompt.text, "How old is the person you are helping?");

    let adult = journey.answered(&rules, &Topic::Age, "18-to-64");
    let Ok(Step::Ask {
        topic: Topic::Question { problem, .. },
        prompt,
    }) = adult.step(&rules)
    else {
        panic!("the preset problem is chosen once the age is known")
    };
    assert_eq!(problem.id, "back-pain");
    assert!(
        !prompt.text.to_lowercase().contains("you"),
        "worded for someone else: {}",
        prompt.text
    );

    let child = journey.answered(&rules, &Topic::Age, "5-to-11");
    assert!(
        matches!(
            child.step(&rules),
            Ok(Step::Ask {
                topic: Topic::Problem,
                ..
            })
        ),
        "back pain is not offered to children, so the list is shown"
    );
}

/// Lay phrases written from the problem titles alone (core/tests/finder-phrases.toml), each with
/// the problem it must find first: words the finder was not written from.
#[test]
fn lay_phrases_find_their_problem_first() {
    #[derive(serde::Deserialize)]
    struct Phrases {
        phrase: Vec<Phrase>,
    }
    #[derive(serde::Deserialize)]
    struct Phrase {
        text: String,
        expect: String,
    }
    let (rules, _) = rules();
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/finder-phrases.toml");
    let phrases: Phrases = toml::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    assert!(phrases.phrase.len() >= 200);
    let misses: Vec<String> = phrases
        .phrase
        .iter()
        .filter_map(|phrase| {
            assert!(rules.problem(&phrase.expect).is_some(), "{}", phrase.expect);
            let first = navigator_core::signpost::find_problems(&rules, &phrase.text, None)
                .first()
                .map(|problem| problem.id.clone())
                .unwrap_or_default();
            (first != phrase.expect).then(|| {
                format!(
                    "{:?} found {first}, expected {}",
                    phrase.text, phrase.expect
                )
            })
        })
        .collect();
    assert!(
        misses.is_empty(),
        "{} misses:\n{}",
        misses.len(),
        misses.join("\n")
    );
}

/// Search offers the questions from the problems' listings, not the rule set: they must find the
/// same problems, in the same order, with the same confidence.
#[test]
fn the_problems_listings_find_what_the_rule_set_finds() {
    use navigator_core::signpost::{find, Listing};
    let (rules, _) = rules();
    let listings = Listing::all(&rules);
    for query in [
        "chest pain",
        "uti",
        "my baby won't feed",
        "sore throat child",
        "zzzz",
        "",
        "pian",
    ] {
        for age in [None, Some("1-to-4"), Some("18-to-64")] {
            let from_rules: Vec<(&str, bool)> = find(&rules.problems, query, age)
                .iter()
                .map(|found| (found.problem.id.as_str(), found.confident))
                .collect();
            let from_listings: Vec<(&str, bool)> = find(&listings, query, age)
                .iter()
                .map(|found| (found.problem.id.as_str(), found.confident))
                .collect();
            assert_eq!(from_listings, from_rules, "{query:?} at {age:?}");
        }
    }
}

#[test]
fn a_weak_match_is_never_taken_on_enter() {
    use navigator_core::signpost::confident_match;
    let (rules, _) = rules();
    assert_eq!(
        confident_match(&rules, "chest pain", None).map(|p| p.id.as_str()),
        Some("chest-pain")
    );
    assert!(
        confident_match(&rules, "pain", None).is_none(),
        "pain fits many problems"
    );
    assert!(confident_match(&rules, "zzzz", None).is_none());
    assert!(confident_match(&rules, "", None).is_none());
    assert!(
        confident_match(&rules, "zeel pain", None).is_none(),
        "an unknown word one letter from \"peel\" in the synonym \"orange peel skin\" vouches for nothing"
    );
    assert_eq!(
        confident_match(&rules, "chest pian", None).map(|p| p.id.as_str()),
        Some("chest-pain"),
        "a misspelt name still counts"
    );
}

fn played_vignettes(rules: &RuleSet) -> vignettes::Evaluation {
    let cases = vignettes::load(&content().join("vignettes"))
        .unwrap_or_else(|errors| panic!("{}", navigator_core::diagnostic::report(&errors)));
    vignettes::evaluate(rules, &cases)
}

/// The aims of issue 11, held on the answers kept from playing each case through `navigator
/// run` (content/vignettes/played). When a rule change adds a question on a played path, the
/// case must be played again from its text, not answered here.
#[test]
fn vignettes_meet_the_evaluation_aims() {
    let (rules, _) = rules();
    let evaluation = played_vignettes(&rules);
    let report = evaluation.report();
    let not_reached: Vec<&String> = evaluation
        .cases
        .iter()
        .filter(|(_, _, result)| !matches!(result, vignettes::CaseResult::Reached { .. }))
        .map(|(id, _, _)| id)
        .collect();
    assert!(
        not_reached.is_empty(),
        "play these cases again from their text, the rules changed under them: {not_reached:?}\n{report}"
    );
    assert_eq!(evaluation.emergencies_missed(), 0, "{report}");
    let total = evaluation.cases.len();
    assert!(total >= 120, "{report}");
    assert!(evaluation.correct() * 100 >= total * 85, "{report}");
    let self_care = evaluation.count(vignettes::Level::SelfCare);
    assert!(
        evaluation.self_care_kept() * 100 >= self_care * 80,
        "{report}"
    );
}

#[test]
fn the_played_vignettes_are_scenarios() {
    let (rules, _) = rules();
    let cases = vignettes::load(&content().join("vignettes")).unwrap();
    let kept =
        std::fs::read_to_string(content().join("scenarios/vignettes.toml")).unwrap_or_default();
    assert!(
        kept == vignettes::scenarios_toml(&rules, &cases),
        "content/scenarios/vignettes.toml is out of date: run `navigator vignette-scenarios > content/scenarios/vignettes.toml`"
    );
}

#[test]
fn an_outcome_needs_easy_read_that_starts_with_its_key_action_and_says_what_to_do_if_worse() {
    let (rules, locations) = rules();
    let id = "call-999-diabetes-confused";
    let with_steps = |steps: Vec<(&str, &str)>| {
        let mut rules = rules.clone();
        let outcome = rules
            .outcomes
            .iter_mut()
            .find(|outcome| outcome.id == id)
            .expect("the outcome exists");
        outcome.easy_read = steps
            .into_iter()
            .map(|(picture, text)| EasyReadStep {
                picture: picture.into(),
                text: text.into(),
            })
            .collect();
        rules
    };
    assert_found(
        &with_steps(vec![]),
        &locations,
        "Easy Read is missing: every outcome needs `easy_read` steps",
    );
    assert_found(
        &with_steps(vec![
            ("home", "Rest at home."),
            ("getting-worse", "Call 999."),
        ]),
        &locations,
        "must start with the key action, pictured as phone-999",
    );
    assert_found(
        &with_steps(vec![
            ("phone-999", "Call 999 now."),
            ("clock", "Do not wait."),
        ]),
        &locations,
        "needs a step pictured `getting-worse`",
    );
    assert_found(
        &with_steps(vec![
            ("phone-999", "Call 999 now."),
            ("unicorn", "If worse, call."),
        ]),
        &locations,
        "step 2 uses picture `unicorn`, which is not in",
    );
    assert_found(
        &with_steps(vec![
            ("phone-999", "Call 999 now and tell them that the person has diabetes and is acting very strangely right now."),
            ("getting-worse", "Tell the call handler."),
        ]),
        &locations,
        "step 1 \u{201c}Call 999 now and tell them",
    );
}
