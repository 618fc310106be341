//! One step of a journey: a pure function from the answers so far to what happens next.

use super::model::{AgeBand, Outcome, Problem, Question, RedFlag, Rule, RuleSet, NOT_SURE};
use crate::{Review, Source};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::fmt;

/// The answers given so far. Serialised as the JSON that `navigator run` reads.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Answers {
    /// An age band id.
    pub age: Option<String>,
    /// The red-flag ids that apply; empty for "none of these".
    pub red_flags: Option<Vec<String>>,
    /// A problem id.
    pub problem: Option<String>,
    /// Question id to choice id (or `not-sure`).
    #[serde(default)]
    pub responses: BTreeMap<String, String>,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Step<'r> {
    AskAge(&'r [AgeBand]),
    AskRedFlags(Vec<&'r RedFlag>),
    AskProblem(Vec<&'r Problem>),
    AskQuestion {
        problem: &'r Problem,
        question: &'r Question,
    },
    Outcome(Decision<'r>),
}

/// The outcome and why it was chosen.
#[derive(Debug, Clone, PartialEq)]
pub struct Decision<'r> {
    pub outcome: &'r Outcome,
    /// The id of the rule or red flag that decided it.
    pub decided_by: &'r str,
    pub source: &'r Source,
    /// When the rule (or red-flag screen) was last reviewed, and is next due.
    pub review: &'r Review,
    /// The answers that decided it.
    pub because: Vec<Reason>,
    /// Answers that ruled out more urgent outcomes on the way.
    pub ruled_out: Vec<Reason>,
}

/// A question (or screen) and the answer that mattered.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Reason {
    pub question: String,
    pub answer: String,
    /// The person was not sure, so the safer answer was used.
    pub took_safer_answer: bool,
}

impl Decision<'_> {
    pub fn took_safer_answer(&self) -> bool {
        self.because.iter().any(|reason| reason.took_safer_answer)
    }
}

/// Answers that do not fit the rule set, for example from a stale answers file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AnswerError {
    UnknownAgeBand(String),
    UnknownRedFlag(String),
    UnknownProblem(String),
    ProblemNotForAge { problem: String, age: String },
    UnknownQuestion { problem: String, question: String },
    UnknownChoice { question: String, choice: String },
    UnknownOutcome(String),
    NoRuleApplies(String),
}

impl fmt::Display for AnswerError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            AnswerError::UnknownAgeBand(age) => write!(f, "there is no age band `{age}`"),
            AnswerError::UnknownRedFlag(flag) => write!(f, "there is no red flag `{flag}`"),
            AnswerError::UnknownProblem(problem) => write!(f, "there is no problem `{problem}`"),
            AnswerError::ProblemNotForAge { problem, age } => {
                write!(f, "problem `{problem}` is not offered for age band `{age}`")
            }
            AnswerError::UnknownQuestion { problem, question } => {
                write!(f, "problem `{problem}` has no question `{question}`")
            }
            AnswerError::UnknownChoice { question, choice } => {
                write!(f, "question `{question}` has no answer `{choice}`")
            }
            AnswerError::UnknownOutcome(outcome) => write!(f, "there is no outcome `{outcome}`"),
            AnswerError::NoRuleApplies(problem) => {
                write!(f, "no rule of problem `{problem}` applies")
            }
        }
    }
}

impl std::error::Error for AnswerError {}

const RED_FLAG_SCREEN: &str = "Signs of a life-threatening emergency";
const AGE_QUESTION: &str = "Age";

/// What happens next, given the answers so far.
pub fn next_step<'r>(rules: &'r RuleSet, answers: &Answers) -> Result<Step<'r>, AnswerError> {
    let Some(flag_ids) = &answers.red_flags else {
        return Ok(Step::AskRedFlags(rules.red_flags.iter().collect()));
    };
    if let Some(decision) = red_flag_decision(rules, flag_ids)? {
        return Ok(Step::Outcome(decision));
    }

    let Some(age_id) = &answers.age else {
        return Ok(Step::AskAge(&rules.age_bands));
    };
    let age = rules
        .age_band(age_id)
        .ok_or_else(|| AnswerError::UnknownAgeBand(age_id.clone()))?;

    let Some(problem_id) = &answers.problem else {
        return Ok(Step::AskProblem(rules.problems_for(&age.id).collect()));
    };
    let problem = rules
        .problem(problem_id)
        .ok_or_else(|| AnswerError::UnknownProblem(problem_id.clone()))?;
    if !problem.ages.contains(&age.id) {
        return Err(AnswerError::ProblemNotForAge {
            problem: problem.id.clone(),
            age: age.id.clone(),
        });
    }
    check_responses(problem, &answers.responses)?;

    let mut ruled_out = vec![Reason {
        question: RED_FLAG_SCREEN.to_string(),
        answer: "None of these".to_string(),
        took_safer_answer: false,
    }];
    for rule in &problem.rules {
        match evaluate(problem, rule, age, &answers.responses) {
            RuleState::NeedsAnswer(question) => return Ok(Step::AskQuestion { problem, question }),
            RuleState::Fails(reason) => {
                if !ruled_out.contains(&reason) {
                    ruled_out.push(reason);
                }
            }
            RuleState::Holds(because) => {
                let outcome = rules
                    .outcome(&rule.outcome)
                    .ok_or_else(|| AnswerError::UnknownOutcome(rule.outcome.clone()))?;
                return Ok(Step::Outcome(Decision {
                    outcome,
                    decided_by: &rule.id,
                    source: &rule.source,
                    review: &problem.review,
                    because,
                    ruled_out,
                }));
            }
        }
    }
    Err(AnswerError::NoRuleApplies(problem.id.clone()))
}

/// Any red flag leads straight to its outcome; with several, the most urgent one wins.
fn red_flag_decision<'r>(
    rules: &'r RuleSet,
    flag_ids: &[String],
) -> Result<Option<Decision<'r>>, AnswerError> {
    let mut chosen: Option<(&RedFlag, &Outcome)> = None;
    let mut because = Vec::new();
    for id in flag_ids {
        let flag = rules
            .red_flags
            .iter()
            .find(|flag| &flag.id == id)
            .ok_or_else(|| AnswerError::UnknownRedFlag(id.clone()))?;
        let outcome = rules
            .outcome(&flag.outcome)
            .ok_or_else(|| AnswerError::UnknownOutcome(flag.outcome.clone()))?;
        because.push(Reason {
            question: RED_FLAG_SCREEN.to_string(),
            answer: flag.text.clone(),
            took_safer_answer: false,
        });
        if chosen.is_none_or(|(_, best)| outcome.urgency < best.urgency) {
            chosen = Some((flag, outcome));
        }
    }
    Ok(chosen.map(|(flag, outcome)| Decision {
        outcome,
        decided_by: &flag.id,
        source: &flag.source,
        review: &rules.red_flag_review,
        because,
        ruled_out: Vec::new(),
    }))
}

fn check_responses(
    problem: &Problem,
    responses: &BTreeMap<String, String>,
) -> Result<(), AnswerError> {
    for (question_id, choice) in responses {
        let question =
            problem
                .question(question_id)
                .ok_or_else(|| AnswerError::UnknownQuestion {
                    problem: problem.id.clone(),
                    question: question_id.clone(),
                })?;
        if question.choice_label(choice).is_none() {
            return Err(AnswerError::UnknownChoice {
                question: question_id.clone(),
                choice: choice.clone(),
            });
        }
    }
    Ok(())
}

enum RuleState<'r> {
    Holds(Vec<Reason>),
    /// The first condition found false.
    Fails(Reason),
    /// The rule cannot be decided until this question is answered.
    NeedsAnswer(&'r Question),
}

fn evaluate<'r>(
    problem: &'r Problem,
    rule: &Rule,
    age: &AgeBand,
    responses: &BTreeMap<String, String>,
) -> RuleState<'r> {
    // Reasons in the order the person met the questions: age first.
    let mut because: Vec<(usize, Reason)> = Vec::new();
    let mut unanswered: Option<(usize, &Question)> = None;
    for (key, accepted) in &rule.when {
        if key == super::AGE {
            let reason = Reason {
                question: AGE_QUESTION.to_string(),
                answer: age.label.clone(),
                took_safer_answer: false,
            };
            if !accepted.contains(&age.id) {
                return RuleState::Fails(reason);
            }
            because.push((0, reason));
            continue;
        }
        // Checked by the validator and by `check_responses`.
        let Some((index, question)) = problem
            .questions
            .iter()
            .enumerate()
            .find(|(_, question)| &question.id == key)
        else {
            continue;
        };
        let Some(answer) = responses.get(key) else {
            if unanswered.is_none_or(|(first, _)| index < first) {
                unanswered = Some((index, question));
            }
            continue;
        };
        let took_safer_answer = answer == NOT_SURE;
        let effective = if took_safer_answer {
            question.if_unsure.as_deref().unwrap_or(answer)
        } else {
            answer
        };
        let reason = Reason {
            question: question.text.clone(),
            answer: question.choice_label(answer).unwrap_or(answer).to_string(),
            took_safer_answer,
        };
        if !accepted.iter().any(|choice| choice == effective) {
            return RuleState::Fails(reason);
        }
        because.push((index + 1, reason));
    }
    match unanswered {
        Some((_, question)) => RuleState::NeedsAnswer(question),
        None => {
            because.sort_by_key(|(position, _)| *position);
            RuleState::Holds(because.into_iter().map(|(_, reason)| reason).collect())
        }
    }
}
