//! Proves the rule set safe to ship: every reference resolves, age bands tile every age, red
//! flags lead only to 999 or A&E, and a walk over every answer to every question of every problem,
//! for every age it is offered to, ends in an outcome, uses every rule and question, and never
//! asks the same thing twice.

use super::engine::{next_step, Answers, Step, Topic};
use super::load::{Located, Locations};
use super::model::{
    Outcome, OutcomeKind, Problem, Question, QuestionKind, RuleSet, Urgency, AGE, NOT_SURE,
    RATHER_NOT_SAY, SEX, SEXES,
};
use super::wording::{self, Who};
use crate::easy_read::{self, Pictograms};
use crate::{Date, Diagnostic, Review};
use std::collections::{BTreeMap, BTreeSet, HashSet};

/// The ids the rule set may refer to outside itself.
pub struct References<'a> {
    /// Service ids in `content/services`, which outcomes' `services` may name.
    pub service_ids: &'a BTreeSet<String>,
    /// Guidance page slugs, which outcomes' `guidance` may link to.
    pub guidance_slugs: &'a BTreeSet<String>,
    /// The Easy Read pictures that outcomes' steps may use.
    pub pictograms: &'a Pictograms,
}

/// What the exhaustive walk covered, for reports.
#[derive(Debug, Default, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Coverage {
    /// Complete journeys walked (each distinct set of answers that ends in an outcome).
    pub journeys: usize,
    /// Journeys per problem id.
    pub journeys_by_problem: BTreeMap<String, usize>,
    /// How many journeys end at each outcome id.
    pub journeys_by_outcome: BTreeMap<String, usize>,
}

/// Checks the whole rule set, with `today` for the review dates: what the walk covered, or every
/// error found.
pub fn validate(
    rules: &RuleSet,
    locations: &Locations,
    references: &References,
    today: Date,
) -> Result<Coverage, Vec<Diagnostic>> {
    check_all(rules, locations, references, today, false)
}

/// Checks only the problems named, as if the rule set had no others: for authors working on a
/// few problems while others are unfinished. Checks that need every problem (every outcome
/// reached, a "something else" for every age) are left out; `validate` does them.
pub fn validate_problems(
    rules: &RuleSet,
    locations: &Locations,
    references: &References,
    today: Date,
    only: &[String],
) -> Result<Coverage, Vec<Diagnostic>> {
    let mut subset = rules.clone();
    subset.problems.retain(|problem| only.contains(&problem.id));
    check_all(&subset, locations, references, today, true)
}

fn check_all(
    rules: &RuleSet,
    locations: &Locations,
    references: &References,
    today: Date,
    partial: bool,
) -> Result<Coverage, Vec<Diagnostic>> {
    let mut check = Checker {
        rules,
        locations,
        errors: Vec::new(),
        partial,
    };
    check.age_bands();
    check.outcomes(references);
    check.red_flags(today);
    check.problems(today);
    check.pharmacy_first();
    if !check.errors.is_empty() {
        // The walk assumes a well-formed rule set.
        return Err(check.errors);
    }
    let coverage = check.walk();
    for problem in &rules.problems {
        check.unsure_never_lowers_urgency(problem);
    }
    if check.errors.is_empty() {
        Ok(coverage)
    } else {
        Err(check.errors)
    }
}

struct Checker<'a> {
    rules: &'a RuleSet,
    locations: &'a Locations,
    errors: Vec<Diagnostic>,
    /// Only some problems are being checked, so skip what needs them all.
    partial: bool,
}

const FALLBACK_FILE: &str = "content/signposting";
/// An outcome's Easy Read has at least the key action and what to do if it gets worse, and no
/// more steps than fit on a phone screen or two.
const MIN_EASY_READ_STEPS: usize = 2;
const MAX_EASY_READ_STEPS: usize = 7;
/// The picture of the step that says what to do if things get worse.
const IF_WORSE_PICTURE: &str = "getting-worse";

impl Checker<'_> {
    fn error(&mut self, item: Located, message: impl Into<String>) {
        self.errors
            .push(self.locations.diagnostic(&item, FALLBACK_FILE, message));
    }

    fn duplicates<'i>(ids: impl Iterator<Item = &'i str>) -> Vec<&'i str> {
        let mut seen = HashSet::new();
        ids.filter(|id| !seen.insert(*id)).collect()
    }

    fn age_bands(&mut self) {
        let bands = &self.rules.age_bands;
        if bands.is_empty() {
            self.errors
                .push(Diagnostic::new(FALLBACK_FILE, "there are no age bands"));
            return;
        }
        for id in Self::duplicates(bands.iter().map(|band| band.id.as_str())) {
            self.error(
                Located::AgeBand(id.into()),
                format!("age band `{id}` is defined twice"),
            );
        }
        let mut expected_from = 0;
        for (index, band) in bands.iter().enumerate() {
            let place = Located::AgeBand(band.id.clone());
            if band.id == AGE || band.label.trim().is_empty() {
                self.error(
                    place.clone(),
                    "an age band needs an id other than `age` and a label",
                );
            }
            if band.from_months < expected_from {
                self.error(
                    place.clone(),
                    format!("age band `{}` overlaps the band before it, which ends at {expected_from} months", band.id),
                );
            } else if band.from_months > expected_from {
                self.error(
                    place.clone(),
                    format!("there is a gap in the age bands from {expected_from} to {} months, before `{}`", band.from_months, band.id),
                );
            }
            let last = index == bands.len() - 1;
            match band.to_months {
                Some(to) if to <= band.from_months => self.error(
                    place,
                    format!("age band `{}` ends before it starts", band.id),
                ),
                Some(to) if last => self.error(
                    place,
                    format!(
                        "the last age band must be open-ended, but `{}` stops at {to} months",
                        band.id
                    ),
                ),
                None if !last => self.error(
                    place,
                    format!(
                        "only the last age band can be open-ended, but `{}` is",
                        band.id
                    ),
                ),
                _ => {}
            }
            expected_from = band.to_months.unwrap_or(u32::MAX);
        }
    }

    fn outcomes(&mut self, references: &References) {
        let outcomes = &self.rules.outcomes;
        for id in Self::duplicates(outcomes.iter().map(|outcome| outcome.id.as_str())) {
            self.error(
                Located::Outcome(id.into()),
                format!("outcome `{id}` is defined twice"),
            );
        }
        for outcome in outcomes {
            let place = Located::Outcome(outcome.id.clone());
            let blank = |text: &str| text.trim().is_empty();
            if blank(&outcome.title)
                || blank(&outcome.how_soon)
                || outcome.advice.is_empty()
                || outcome.advice.iter().any(|text| blank(text))
                || outcome.if_worse.is_empty()
                || outcome.if_worse.iter().any(|text| blank(text))
            {
                self.error(
                    place.clone(),
                    format!("outcome `{}` needs a title, how_soon, advice and if_worse, none of them empty", outcome.id),
                );
            }
            for service in &outcome.services {
                if !references.service_ids.contains(service) {
                    self.error(
                        place.clone(),
                        format!("outcome `{}` names service `{service}`, which is not in content/services", outcome.id),
                    );
                }
            }
            if !outcome.local.is_empty() && outcome.if_none_open.is_none() {
                self.error(
                    place.clone(),
                    format!("outcome `{}` lists local places, so it needs `if_none_open`: what to do when none is open", outcome.id),
                );
            }
            for problem in easy_read_problems(outcome, references.pictograms) {
                self.error(
                    place.clone(),
                    format!("outcome `{}`'s Easy Read {problem}", outcome.id),
                );
            }
            if let Some(slug) = &outcome.guidance {
                if !references.guidance_slugs.contains(slug) {
                    self.error(
                        place.clone(),
                        format!(
                            "outcome `{}` links to guidance page `{slug}`, which does not exist",
                            outcome.id
                        ),
                    );
                }
            }
        }
    }

    fn review(&mut self, place: Located, what: &str, review: &Review, today: Date) {
        if review.last_reviewed > today {
            self.error(
                place.clone(),
                format!(
                    "{what}: last_reviewed {} is in the future",
                    review.last_reviewed
                ),
            );
        }
        if review.next_review <= review.last_reviewed {
            self.error(
                place.clone(),
                format!("{what}: next_review must be after last_reviewed"),
            );
        }
        if review.next_review < today {
            self.error(
                place,
                format!(
                    "{what}: the review was due on {}: review the rules, then move both dates on",
                    review.next_review
                ),
            );
        }
    }

    fn known_ages(&mut self, place: &Located, what: &str, ages: &[String]) {
        if ages.is_empty() {
            self.error(place.clone(), format!("{what} is offered to no age band"));
        }
        for age in ages {
            if self.rules.age_band(age).is_none() {
                self.error(
                    place.clone(),
                    format!("{what} names age band `{age}`, which does not exist"),
                );
            }
        }
    }

    fn red_flags(&mut self, today: Date) {
        let rules = self.rules;
        if rules.red_flags.is_empty() {
            self.errors
                .push(Diagnostic::new(FALLBACK_FILE, "there are no red flags"));
        }
        if let Some(first) = rules.red_flags.first() {
            self.review(
                Located::RedFlag(first.id.clone()),
                "red flags",
                &rules.red_flag_review,
                today,
            );
        }
        for id in Self::duplicates(rules.red_flags.iter().map(|flag| flag.id.as_str())) {
            self.error(
                Located::RedFlag(id.into()),
                format!("red flag `{id}` is defined twice"),
            );
        }
        for flag in &rules.red_flags {
            let place = Located::RedFlag(flag.id.clone());
            if let Some(problem) = flag.source.problem() {
                self.error(place.clone(), problem);
            }
            match rules.outcome(&flag.outcome) {
                None => self.error(
                    place,
                    format!(
                        "red flag `{}` leads to outcome `{}`, which does not exist",
                        flag.id, flag.outcome
                    ),
                ),
                Some(outcome) if outcome.urgency > Urgency::Now => self.error(
                    place,
                    format!(
                        "red flag `{}` must lead to 999 or A&E, but outcome `{}` is only {:?}",
                        flag.id, outcome.id, outcome.urgency
                    ),
                ),
                Some(_) => {}
            }
        }
    }

    fn problems(&mut self, today: Date) {
        let rules = self.rules;
        let all_rule_ids = rules
            .problems
            .iter()
            .flat_map(|problem| problem.rules.iter().filter(|rule| rule.module.is_none()))
            .chain(rules.modules.iter().flat_map(|module| &module.rules))
            .map(|rule| rule.id.as_str());
        for id in Self::duplicates(all_rule_ids) {
            self.error(
                Located::Rule(id.into()),
                format!("rule `{id}` is defined twice"),
            );
        }
        for module in &rules.modules {
            let place = Located::Module(module.id.clone());
            let what = format!("module `{}`", module.id);
            self.review(place.clone(), &what, &module.review, today);
            if let Some(message) = module.source.problem() {
                self.error(place.clone(), message);
            }
            if module.rules.is_empty() {
                self.error(place, format!("{what} has no rules"));
            }
        }
        for problem in &rules.problems {
            self.problem(problem, today);
        }
        if self.partial {
            return;
        }
        let catch_alls: Vec<&Problem> = rules.problems.iter().filter(|p| p.catch_all).collect();
        match catch_alls.as_slice() {
            [catch_all] if catch_all.ages.len() == rules.age_bands.len() => {}
            [catch_all] => self.error(
                Located::Problem(catch_all.id.clone()),
                format!("the catch-all problem `{}` must be offered at every age", catch_all.id),
            ),
            _ => self.errors.push(Diagnostic::new(
                FALLBACK_FILE,
                "exactly one problem must have `catch_all = true`, so there is always a \"something else\" choice",
            )),
        }
        for band in &rules.age_bands {
            if rules.problems_for(&band.id).next().is_none() {
                self.error(
                    Located::AgeBand(band.id.clone()),
                    format!("no problem is offered for age band `{}`", band.id),
                );
            }
        }
    }

    fn problem(&mut self, problem: &Problem, today: Date) {
        let place = Located::Problem(problem.id.clone());
        let what = format!("problem `{}`", problem.id);
        self.review(place.clone(), &what, &problem.review, today);
        self.known_ages(&place, &what, &problem.ages);
        if let Some(message) = problem.source.problem() {
            self.error(place.clone(), message);
        }
        if problem.rules.is_empty() {
            self.error(place.clone(), format!("{what} has no rules"));
        }
        for id in Self::duplicates(problem.questions.iter().map(|q| q.id.as_str())) {
            self.error(
                place.clone(),
                format!("{what} has two questions called `{id}`"),
            );
        }
        for question in &problem.questions {
            let question_place = Located::Question {
                problem: problem.id.clone(),
                question: question.id.clone(),
            };
            if question.id == AGE || question.id == SEX {
                self.error(
                    question_place.clone(),
                    "`age` and `sex` are kept for the engine's own questions; give the question another id",
                );
            }
            self.wording(question_place.clone(), question);
            if question
                .sex
                .as_deref()
                .is_some_and(|sex| !SEXES.contains(&sex))
            {
                self.error(
                    question_place.clone(),
                    format!("question `{}`: sex must be one of {SEXES:?}", question.id),
                );
            }
            for age in &question.ages {
                if self.rules.age_band(age).is_none() {
                    self.error(
                        question_place.clone(),
                        format!(
                            "question `{}` names age band `{age}`, which does not exist",
                            question.id
                        ),
                    );
                }
            }
            if question.choices.len() < 2 {
                self.error(
                    question_place.clone(),
                    format!("question `{}` needs at least two answers", question.id),
                );
            }
            for id in Self::duplicates(question.choices.iter().map(|c| c.id.as_str())) {
                self.error(
                    question_place.clone(),
                    format!("question `{}` has two answers called `{id}`", question.id),
                );
            }
            if question.choices.iter().any(|choice| choice.id == NOT_SURE) {
                self.error(
                    question_place.clone(),
                    "`not-sure` is added by `if_unsure`; do not list it as a choice",
                );
            }
            if let Some(unsure) = &question.if_unsure {
                if question.choice_label(unsure).is_none() || unsure == NOT_SURE {
                    self.error(
                        question_place,
                        format!("if_unsure names `{unsure}`, which is not one of the answers"),
                    );
                }
            }
        }
        for rule in &problem.rules {
            let rule_place = Located::Rule(rule.id.clone());
            if self.rules.outcome(&rule.outcome).is_none() {
                self.error(
                    rule_place.clone(),
                    format!(
                        "rule `{}` leads to outcome `{}`, which does not exist",
                        rule.id, rule.outcome
                    ),
                );
            }
            if let Some(message) = rule.source.problem() {
                self.error(rule_place.clone(), message);
            }
            let emergency = self.rules.outcome(&rule.outcome).is_some_and(|outcome| {
                matches!(outcome.kind, OutcomeKind::Call999 | OutcomeKind::AAndE)
            });
            let has_emergency_reason = rule.when.keys().any(|key| {
                problem.question(key).is_some_and(|question| {
                    matches!(
                        question.kind,
                        QuestionKind::EmergencySign | QuestionKind::Injury
                    )
                })
            });
            if emergency && !has_emergency_reason {
                self.error(
                    rule_place.clone(),
                    format!(
                        "rule `{}` sends people to 999 or A&E, but none of its conditions is an emergency sign or injury (mark the deciding question `kind = \"emergency-sign\"` or `\"injury\"`)",
                        rule.id
                    ),
                );
            }
            for (key, values) in &rule.when {
                if values.is_empty() {
                    self.error(
                        rule_place.clone(),
                        format!("rule `{}`: condition `{key}` accepts no answer", rule.id),
                    );
                }
                if key == SEX {
                    for sex in values {
                        if !SEXES.contains(&sex.as_str()) {
                            self.error(
                                rule_place.clone(),
                                format!("rule `{}`: sex `{sex}` is not one of {SEXES:?}", rule.id),
                            );
                        }
                    }
                    continue;
                }
                if key == AGE && rule.module.is_some() {
                    for age in values {
                        if self.rules.age_band(age).is_none() {
                            self.error(
                                rule_place.clone(),
                                format!("rule `{}`: there is no age band `{age}`", rule.id),
                            );
                        }
                    }
                    continue;
                }
                if key == AGE {
                    for age in values {
                        if !problem.ages.contains(age) {
                            self.error(
                                rule_place.clone(),
                                format!(
                                    "rule `{}`: age band `{age}` is not one {what} is offered to",
                                    rule.id
                                ),
                            );
                        }
                    }
                    continue;
                }
                match problem.question(key) {
                    None => self.error(
                        rule_place.clone(),
                        format!(
                            "rule `{}` asks about `{key}`, which is not a question of {what}",
                            rule.id
                        ),
                    ),
                    Some(question) => {
                        for value in values {
                            if value == NOT_SURE || question.choice_label(value).is_none() {
                                self.error(
                                    rule_place.clone(),
                                    format!(
                                        "rule `{}`: `{value}` is not an answer to question `{key}`",
                                        rule.id
                                    ),
                                );
                            }
                        }
                    }
                }
            }
        }
    }

    /// A question's text and hint must be worded with placeholders, so they fit whoever the
    /// person is: "you", someone else, a child or a baby.
    fn wording(&mut self, place: Located, question: &Question) {
        let texts = [Some(&question.text), question.hint.as_ref()];
        for text in texts.into_iter().flatten() {
            for problem in wording::problems(text) {
                self.error(
                    place.clone(),
                    format!("question `{}`: {problem}", question.id),
                );
            }
        }
    }

    fn pharmacy_first(&mut self) {
        let rules = self.rules;
        for condition in &rules.pharmacy_first {
            let place = Located::PharmacyFirst(condition.id.clone());
            let what = format!("Pharmacy First condition `{}`", condition.id);
            self.known_ages(&place, &what, &condition.ages);
            if rules.outcome(&condition.outcome).is_none() {
                self.error(
                    place.clone(),
                    format!(
                        "{what} names outcome `{}`, which does not exist",
                        condition.outcome
                    ),
                );
            }
            if let Some(message) = condition.source.problem() {
                self.error(place.clone(), message);
            }
            for exclusion in &condition.exclusions {
                for age in &exclusion.ages {
                    if !condition.ages.contains(age) {
                        self.error(place.clone(), format!("{what}: exclusion on `{}` names age band `{age}`, outside the condition's ages", exclusion.question));
                    }
                }
            }
        }
    }

    /// "Not sure" counts as the more worrying answer, so giving that answer to any one question,
    /// with every other answer unchanged, must never lead somewhere less urgent; and someone who
    /// would rather not say their sex is never sent somewhere less urgent than either sex would
    /// be. Checked for every journey at every age: each answer on the way is switched to the
    /// worrying one, and every way the journey can go on from there is walked. That covers every
    /// complete set of answers, because answers to questions a journey never asks cannot change
    /// where it ends.
    fn unsure_never_lowers_urgency(&mut self, problem: &Problem) {
        let rules = self.rules;
        let mut failures = Vec::new();
        for age in &problem.ages {
            let start = Answers {
                red_flags: Some(Vec::new()),
                who: Some(Who::Me),
                age: Some(age.clone()),
                problem: Some(problem.id.clone()),
                ..Answers::default()
            };
            each_journey(rules, &start, &mut |answers, urgency, outcome| {
                let mut worse: Vec<(String, Answers)> = Vec::new();
                for (question_id, answer) in &answers.responses {
                    let worrying = problem
                        .question(question_id)
                        .and_then(|question| question.if_unsure.as_ref());
                    if let Some(worrying) = worrying.filter(|worrying| *worrying != answer) {
                        let mut changed = answers.clone();
                        changed
                            .responses
                            .insert(question_id.clone(), worrying.clone());
                        worse.push((format!("`{question_id}` = `{worrying}`"), changed));
                    }
                }
                if answers
                    .sex
                    .as_deref()
                    .is_some_and(|sex| sex != RATHER_NOT_SAY)
                {
                    let mut unstated = answers.clone();
                    unstated.sex = Some(RATHER_NOT_SAY.to_string());
                    worse.push((format!("sex = `{RATHER_NOT_SAY}`"), unstated));
                }
                for (change, changed) in worse {
                    each_journey(
                        rules,
                        &changed,
                        &mut |after, after_urgency, after_outcome| {
                            if after_urgency > urgency && failures.len() < 3 {
                                failures.push(format!(
                                "answering {change} makes the outcome less urgent ({outcome} becomes {after_outcome}) for {}",
                                describe(after)
                            ));
                            }
                        },
                    );
                }
            });
        }
        for failure in failures {
            self.error(Located::Problem(problem.id.clone()), failure);
        }
    }

    /// Walks every journey through every problem, for every age it is offered to, whoever
    /// answers, and checks what it reaches.
    fn walk(&mut self) -> Coverage {
        let rules = self.rules;
        let mut coverage = Coverage::default();
        let mut reached_outcomes = BTreeSet::new();
        for flag in &rules.red_flags {
            let answers = Answers {
                red_flags: Some(vec![flag.id.clone()]),
                ..Answers::default()
            };
            match next_step(rules, &answers) {
                Ok(Step::Outcome(decision)) if decision.outcome.id == flag.outcome => {
                    reached_outcomes.insert(flag.outcome.clone());
                }
                other => self.error(
                    Located::RedFlag(flag.id.clone()),
                    format!(
                        "red flag `{}` did not lead to its outcome: {other:?}",
                        flag.id
                    ),
                ),
            }
        }
        let mut module_rules_fired = HashSet::new();
        let mut module_questions_asked = HashSet::new();
        for problem in &rules.problems {
            let mut walk = Walk::default();
            for age in &problem.ages {
                for who in [Who::Me, Who::SomeoneElse] {
                    let answers = Answers {
                        red_flags: Some(Vec::new()),
                        who: Some(who),
                        age: Some(age.clone()),
                        problem: Some(problem.id.clone()),
                        ..Answers::default()
                    };
                    walk.explore(rules, problem, answers);
                }
            }
            for message in walk.failures {
                self.error(Located::Problem(problem.id.clone()), message);
            }
            for rule in &problem.rules {
                let fired = walk.fired_rules.contains(rule.id.as_str());
                match &rule.module {
                    Some(_) if fired => {
                        module_rules_fired.insert(rule.id.clone());
                    }
                    Some(_) => {}
                    None if fired => {}
                    None => self.error(
                        Located::Rule(rule.id.clone()),
                        format!(
                            "rule `{}` can never apply: the rules above it always decide first",
                            rule.id
                        ),
                    ),
                }
            }
            for question in &problem.questions {
                let asked = walk.asked_questions.contains(question.id.as_str());
                let place = Located::Question {
                    problem: problem.id.clone(),
                    question: question.id.clone(),
                };
                if asked {
                    module_questions_asked.insert(question.id.clone());
                } else if self.locations.has(&place) {
                    self.error(
                        place,
                        format!(
                            "question `{}` is never asked: no rule needs it",
                            question.id
                        ),
                    );
                }
            }
            coverage.journeys += walk.journeys;
            coverage
                .journeys_by_problem
                .insert(problem.id.clone(), walk.journeys);
            for (outcome, count) in walk.outcomes {
                reached_outcomes.insert(outcome.clone());
                *coverage.journeys_by_outcome.entry(outcome).or_default() += count;
            }
        }
        if self.partial {
            return coverage;
        }
        for module in &rules.modules {
            for rule in &module.rules {
                if !module_rules_fired.contains(&rule.id) {
                    self.error(
                        Located::Rule(rule.id.clone()),
                        format!(
                            "rule `{}` of module `{}` never applies in any problem that includes it",
                            rule.id, module.id
                        ),
                    );
                }
            }
            for question in &module.questions {
                if !module_questions_asked.contains(&question.id) {
                    self.error(
                        Located::Question {
                            problem: module.id.clone(),
                            question: question.id.clone(),
                        },
                        format!(
                            "question `{}` of module `{}` is never asked in any problem that includes it",
                            question.id, module.id
                        ),
                    );
                }
            }
        }
        for outcome in &rules.outcomes {
            if !reached_outcomes.contains(&outcome.id) {
                self.error(
                    Located::Outcome(outcome.id.clone()),
                    format!(
                        "outcome `{}` is never reached by any rule or red flag",
                        outcome.id
                    ),
                );
            }
        }
        coverage
    }
}

#[derive(Default)]
struct Walk {
    journeys: usize,
    fired_rules: HashSet<String>,
    asked_questions: HashSet<String>,
    outcomes: BTreeMap<String, usize>,
    failures: Vec<String>,
}

impl Walk {
    fn explore(&mut self, rules: &RuleSet, problem: &Problem, answers: Answers) {
        // Each step answers a new question, so a journey longer than this is a loop.
        if answers.responses.len() > problem.questions.len() {
            self.failures
                .push(format!("the journey {} does not end", describe(&answers)));
            return;
        }
        match next_step(rules, &answers) {
            Ok(Step::Outcome(decision)) => {
                self.journeys += 1;
                self.fired_rules.insert(decision.decided_by.to_string());
                self.check_pharmacy_first(rules, problem, &answers, &decision.outcome.id);
                *self
                    .outcomes
                    .entry(decision.outcome.id.clone())
                    .or_default() += 1;
            }
            Ok(Step::Ask { topic, prompt }) => {
                if let Some(leftover) = [Some(&prompt.text), prompt.hint.as_ref()]
                    .into_iter()
                    .flatten()
                    .find(|text| text.contains('{') || text.contains('}'))
                {
                    self.failures.push(format!(
                        "the journey {} shows a placeholder that was not filled: {leftover}",
                        describe(&answers)
                    ));
                }
                let repeated = match &topic {
                    Topic::Sex => answers.sex.is_some(),
                    Topic::Question { question, .. } => {
                        self.asked_questions.insert(question.id.clone());
                        self.check_asked_of(question, &answers);
                        answers.responses.contains_key(&question.id)
                    }
                    _ => true,
                };
                if repeated {
                    self.failures.push(format!(
                        "the journey {} asks \"{}\" again, or out of turn",
                        describe(&answers),
                        prompt.text
                    ));
                    return;
                }
                for option in &prompt.options {
                    let mut next = answers.clone();
                    next.answer(&topic, &option.id);
                    self.explore(rules, problem, next);
                }
            }
            Ok(other) => self.failures.push(format!(
                "the journey {} stopped at an unexpected step: {other:?}",
                describe(&answers)
            )),
            Err(error) => self.failures.push(format!(
                "the journey {} reaches no outcome: {error}",
                describe(&answers)
            )),
        }
    }
}

impl Walk {
    /// A question meant for one sex or some ages is never asked of anyone else: a man is never
    /// asked if he is pregnant. Someone who would rather not say their sex may be asked.
    fn check_asked_of(&mut self, question: &Question, answers: &Answers) {
        if let Some(sex) = &question.sex {
            let fits = matches!(answers.sex.as_deref(), Some(given) if given == sex || given == RATHER_NOT_SAY);
            if !fits {
                self.failures.push(format!(
                    "the journey {} asks `{}`, which is only for sex `{sex}`: add `sex = \"{sex}\"` to the rules that ask it",
                    describe(answers),
                    question.id
                ));
            }
        }
        let age = answers.age.as_deref().unwrap_or_default();
        if !question.ages.is_empty() && !question.ages.iter().any(|band| band == age) {
            self.failures.push(format!(
                "the journey {} asks `{}`, which is only for ages {:?}: add an `age` condition to the rules that ask it",
                describe(answers),
                question.id,
                question.ages
            ));
        }
    }

    /// A journey may end at a Pharmacy First outcome only inside the condition's age bands, and
    /// only after every exclusion question was asked and answered without an excluding answer.
    fn check_pharmacy_first(
        &mut self,
        rules: &RuleSet,
        problem: &Problem,
        answers: &Answers,
        outcome: &str,
    ) {
        for condition in rules.pharmacy_first.iter().filter(|c| c.outcome == outcome) {
            let age = answers.age.as_deref().unwrap_or_default();
            if !condition.ages.iter().any(|band| band == age) {
                self.failures.push(format!(
                    "the journey {} offers Pharmacy First for {} outside its age bands",
                    describe(answers),
                    condition.name
                ));
            }
            let applies = |exclusion: &&super::model::Exclusion| {
                exclusion.ages.is_empty() || exclusion.ages.iter().any(|band| band == age)
            };
            // A question that is never asked of this person (a man is not asked if he is
            // pregnant) cannot rule them out.
            let asked_of_them = |exclusion: &&super::model::Exclusion| {
                problem
                    .question(&exclusion.question)
                    .is_none_or(|question| {
                        let sex_fits = match (&question.sex, answers.sex.as_deref()) {
                            (Some(only), Some(given)) => given == only || given == RATHER_NOT_SAY,
                            _ => true,
                        };
                        sex_fits
                            && (question.ages.is_empty()
                                || question.ages.iter().any(|band| band == age))
                    })
            };
            for exclusion in condition
                .exclusions
                .iter()
                .filter(applies)
                .filter(asked_of_them)
            {
                let answer = answers.responses.get(&exclusion.question);
                let effective = match (answer, problem.question(&exclusion.question)) {
                    (Some(answer), Some(question)) if answer == NOT_SURE => {
                        question.if_unsure.as_ref()
                    }
                    (answer, _) => answer,
                };
                match effective {
                    None => self.failures.push(format!(
                        "the journey {} offers Pharmacy First for {} without asking `{}`, which can rule it out",
                        describe(answers),
                        condition.name,
                        exclusion.question
                    )),
                    Some(answer) if exclusion.answers.contains(answer) => self.failures.push(format!(
                        "the journey {} offers Pharmacy First for {} although `{}` = `{answer}` rules it out",
                        describe(answers),
                        condition.name,
                        exclusion.question
                    )),
                    Some(_) => {}
                }
            }
        }
    }
}

/// Calls `visit` with every journey that can follow from `answers` (every answer to every
/// question still to be asked), its outcome's urgency and id. Journeys that cannot go on are
/// left to `walk`, which reports them.
fn each_journey(
    rules: &RuleSet,
    answers: &Answers,
    visit: &mut dyn FnMut(&Answers, Urgency, &str),
) {
    match next_step(rules, answers) {
        Ok(Step::Outcome(decision)) => {
            visit(answers, decision.outcome.urgency, &decision.outcome.id)
        }
        Ok(Step::Ask { topic, prompt }) => {
            let already = match &topic {
                Topic::Sex => answers.sex.is_some(),
                Topic::Question { question, .. } => answers.responses.contains_key(&question.id),
                _ => true,
            };
            if already {
                return;
            }
            for option in &prompt.options {
                let mut next = answers.clone();
                next.answer(&topic, &option.id);
                each_journey(rules, &next, visit);
            }
        }
        _ => {}
    }
}

fn describe(answers: &Answers) -> String {
    let mut parts = vec![format!("age={}", answers.age.as_deref().unwrap_or("?"))];
    parts.extend(answers.sex.as_ref().map(|sex| format!("sex={sex}")));
    parts.extend(
        answers
            .responses
            .iter()
            .map(|(question, choice)| format!("{question}={choice}")),
    );
    format!("({})", parts.join(", "))
}

/// An outcome's Easy Read must start with its key action's picture, say what to do if it gets
/// worse, use only known pictures, and keep every step within the Easy Read measures.
fn easy_read_problems(outcome: &Outcome, pictograms: &Pictograms) -> Vec<String> {
    let steps = &outcome.easy_read;
    if steps.is_empty() {
        return vec!["is missing: every outcome needs `easy_read` steps".to_string()];
    }
    let mut problems = Vec::new();
    if !(MIN_EASY_READ_STEPS..=MAX_EASY_READ_STEPS).contains(&steps.len()) {
        problems.push(format!(
            "has {} steps; give it {MIN_EASY_READ_STEPS} to {MAX_EASY_READ_STEPS}",
            steps.len()
        ));
    }
    let key = outcome.kind.key_pictures();
    if !key.contains(&steps[0].picture.as_str()) {
        problems.push(format!(
            "must start with the key action, pictured as {}; it starts with `{}`",
            key.join(" or "),
            steps[0].picture
        ));
    }
    if !steps.iter().any(|step| step.picture == IF_WORSE_PICTURE) {
        problems.push(format!(
            "needs a step pictured `{IF_WORSE_PICTURE}` saying what to do if it gets worse"
        ));
    }
    for (number, step) in steps.iter().enumerate() {
        if pictograms.get(&step.picture).is_none() {
            problems.push(format!(
                "step {} uses picture `{}`, which is not in content/{}",
                number + 1,
                step.picture,
                easy_read::LIST_FILE
            ));
        }
        for problem in easy_read::check_step(&step.text) {
            problems.push(format!("step {} {problem}", number + 1));
        }
    }
    problems
}
