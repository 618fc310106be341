//! One step of a journey: a pure function from the answers so far to what happens next.

use super::model::{
    AgeBand, Outcome, Problem, Question, RedFlag, Rule, RuleSet, AGE, NOT_SURE, RATHER_NOT_SAY, SEX,
};
use super::wording::{render, Person, Who};
use crate::short_sort::sort_short_by;
use crate::{Review, Source};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::fmt;

/// The answers given so far. Serialised as the JSON that `navigator run` reads.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Answers {
    /// The red-flag ids that apply; empty for "none of these".
    pub red_flags: Option<Vec<String>>,
    /// Who is answering, so the questions can be worded to fit.
    pub who: Option<Who>,
    /// An age band id.
    pub age: Option<String>,
    /// A problem id.
    pub problem: Option<String>,
    /// `female`, `male` or `rather-not-say`; asked only when a rule needs it.
    pub sex: Option<String>,
    /// Question id to choice id (or `not-sure`).
    #[serde(default)]
    pub responses: BTreeMap<String, String>,
}

/// What a question is about, so its answer can be recorded in the right place.
#[derive(Debug, Clone, PartialEq)]
pub enum Topic<'r> {
    /// Who needs help: the person themselves (`me`) or someone they are helping (`someone-else`).
    Who,
    /// The person's age; the answer is an age band id.
    Age,
    /// The main problem, from those offered at the person's age; the answer is a problem id.
    Problem,
    /// The person's sex, asked only when a rule needs it: `female`, `male` or `rather-not-say`.
    Sex,
    /// One of the chosen problem's questions (shared and module ones included); the answer is a
    /// choice id or `not-sure`.
    Question {
        /// The problem being asked about.
        problem: &'r Problem,
        /// The question asked; its id is where the answer is kept in `responses`.
        question: &'r Question,
    },
}

/// One answer people can choose.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Offer {
    /// What is recorded when it is chosen: a choice, age band or problem id, `me` or
    /// `someone-else`, or a sex.
    pub id: String,
    /// The words shown for it.
    pub label: String,
    /// A line under the label that explains it, such as a problem's summary.
    pub hint: Option<String>,
}

/// A question as the person sees it, worded for whom it is about.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Prompt {
    /// The question, with its placeholders filled for whom it is about.
    pub text: String,
    /// Help shown under the question, if any; for someone helping another person it adds "Answer
    /// for the person you are helping."
    pub hint: Option<String>,
    /// The answers to choose from, in order, with "I'm not sure" last where the question allows it.
    pub options: Vec<Offer>,
}

/// What happens next in a journey: the red-flag screen, one question, or the outcome.
#[derive(Debug, Clone, PartialEq)]
pub enum Step<'r> {
    /// The emergency signs, all at once, before anything else.
    AskRedFlags(Vec<&'r RedFlag>),
    /// Ask one question and record the answer against its topic.
    Ask {
        /// What the question is about, so `Answers::answer` records the choice in the right place.
        topic: Topic<'r>,
        /// The question as the person sees it.
        prompt: Prompt,
    },
    /// The journey is over: where to go, and why.
    Outcome(Decision<'r>),
}

/// The outcome and why it was chosen.
#[derive(Debug, Clone, PartialEq)]
pub struct Decision<'r> {
    /// Where to go and how soon.
    pub outcome: &'r Outcome,
    /// The id of the rule or red flag that decided it.
    pub decided_by: &'r str,
    /// The source the deciding rule or red flag follows, linked under the outcome.
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
    /// The question as the person saw it, worded for them; or `Age`, or the red-flag screen's
    /// title.
    pub question: String,
    /// The label of the answer given ("I'm not sure" included), or the text of the sign ticked.
    pub answer: String,
    /// The person was not sure, so the safer answer was used.
    pub took_safer_answer: bool,
}

impl Decision<'_> {
    /// Whether a "not sure" answer helped decide, so the outcome can say the safer answer was used.
    pub fn took_safer_answer(&self) -> bool {
        self.because.iter().any(|reason| reason.took_safer_answer)
    }
}

/// Answers that do not fit the rule set, for example from a stale answers file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AnswerError {
    /// The age is not an age band of the rule set.
    UnknownAgeBand(String),
    /// A ticked red flag is not in the rule set.
    UnknownRedFlag(String),
    /// The problem is not in the rule set.
    UnknownProblem(String),
    /// The problem exists but is not offered at the person's age band.
    ProblemNotForAge {
        /// The problem's id.
        problem: String,
        /// The age band's id.
        age: String,
    },
    /// The sex is not `female`, `male` or `rather-not-say`.
    UnknownSex(String),
    /// An answer is recorded for a question the chosen problem does not ask.
    UnknownQuestion {
        /// The chosen problem's id.
        problem: String,
        /// The id of the question answered.
        question: String,
    },
    /// An answer is not one of the question's choices (or is `not-sure` where that is not offered).
    UnknownChoice {
        /// The question's id.
        question: String,
        /// The answer given.
        choice: String,
    },
    /// A rule or red flag leads to an outcome that is not in the rule set; the validator prevents
    /// this.
    UnknownOutcome(String),
    /// No rule of the problem (by id) holds; the validator's walk rules this out for a checked rule
    /// set.
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
            AnswerError::UnknownSex(sex) => write!(
                f,
                "sex `{sex}` is not an answer; use female, male or {RATHER_NOT_SAY}"
            ),
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

impl Answers {
    /// Records a choice for the question the engine asked.
    pub fn answer(&mut self, topic: &Topic<'_>, choice: &str) {
        match topic {
            Topic::Who => {
                self.who = Some(if choice == "someone-else" {
                    Who::SomeoneElse
                } else {
                    Who::Me
                })
            }
            Topic::Age => self.age = Some(choice.to_string()),
            Topic::Problem => self.problem = Some(choice.to_string()),
            Topic::Sex => self.sex = Some(choice.to_string()),
            Topic::Question { question, .. } => {
                self.responses
                    .insert(question.id.clone(), choice.to_string());
            }
        }
    }

    /// Whom the questions are about, so far as the answers tell.
    pub fn person(&self, rules: &RuleSet) -> Person {
        let months = self
            .age
            .as_deref()
            .and_then(|id| rules.age_band(id))
            .map(|band| band.from_months);
        Person::of(self.who, months)
    }
}

/// Answers chosen before the journey starts: from the address, a carer's link or the staff
/// search. They are used when the journey reaches them, if they fit.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Preset {
    /// A problem to choose, if it is offered at the person's age.
    pub problem: Option<String>,
    /// Who needs help, if already known (the address's `for`, or the staff search); then that
    /// question is not asked.
    pub who: Option<Who>,
}

/// A journey in progress: the presets and the answers given.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Journey {
    /// What was chosen before the journey started.
    pub preset: Preset,
    /// The answers given so far; presets are copied in once the journey has used them.
    pub answers: Answers,
}

impl Journey {
    /// A journey at its start, with nothing answered yet.
    pub fn new(preset: Preset) -> Journey {
        Journey {
            preset,
            answers: Answers::default(),
        }
    }

    /// The answers with the presets filled in where the journey has reached them.
    fn effective(&self, rules: &RuleSet) -> Answers {
        let mut answers = self.answers.clone();
        if answers.red_flags.is_some() && answers.who.is_none() {
            answers.who = self.preset.who;
        }
        if let (None, Some(age), Some(problem)) =
            (&answers.problem, &answers.age, &self.preset.problem)
        {
            if rules
                .problem(problem)
                .is_some_and(|found| found.ages.contains(age))
            {
                answers.problem = Some(problem.clone());
            }
        }
        answers
    }

    /// What happens next, using the presets where the journey has reached them.
    pub fn step<'r>(&self, rules: &'r RuleSet) -> Result<Step<'r>, AnswerError> {
        next_step(rules, &self.effective(rules))
    }

    /// Whether the next step needs the chosen problem's questions and rules, which
    /// [`RuleSet::opening`] leaves out: once a problem is chosen, or a preset one applies, and no
    /// emergency sign was ticked.
    pub fn needs_problem_rules(&self, rules: &RuleSet) -> bool {
        let answers = self.effective(rules);
        answers.problem.is_some() && answers.red_flags.as_ref().is_some_and(Vec::is_empty)
    }

    /// Whether the next step is the choice of problem and `rules` has no problems to offer, as
    /// [`RuleSet::signs`] has none: the journey must wait for a rule set that has them.
    pub fn needs_problems(&self, rules: &RuleSet) -> bool {
        rules.problems.is_empty()
            && matches!(
                self.step(rules),
                Ok(Step::Ask {
                    topic: Topic::Problem,
                    ..
                })
            )
    }

    /// The journey after answering what `step` asked.
    pub fn answered(&self, rules: &RuleSet, topic: &Topic<'_>, choice: &str) -> Journey {
        let mut answers = self.effective(rules);
        answers.answer(topic, choice);
        Journey {
            preset: self.preset.clone(),
            answers,
        }
    }

    /// The journey after the red-flag screen.
    pub fn with_red_flags(&self, flags: Vec<String>) -> Journey {
        let mut next = self.clone();
        next.answers.red_flags = Some(flags);
        next
    }
}

/// What happens next, given the answers so far.
pub fn next_step<'r>(rules: &'r RuleSet, answers: &Answers) -> Result<Step<'r>, AnswerError> {
    let Some(flag_ids) = &answers.red_flags else {
        return Ok(Step::AskRedFlags(rules.red_flags.iter().collect()));
    };
    if let Some(decision) = red_flag_decision(rules, flag_ids)? {
        return Ok(Step::Outcome(decision));
    }
    if answers.who.is_none() {
        return Ok(ask(Topic::Who, who_prompt()));
    }

    let Some(age_id) = &answers.age else {
        return Ok(ask(Topic::Age, age_prompt(rules, answers.person(rules))));
    };
    let age = rules
        .age_band(age_id)
        .ok_or_else(|| AnswerError::UnknownAgeBand(age_id.clone()))?;
    let person = answers.person(rules);

    let Some(problem_id) = &answers.problem else {
        return Ok(ask(Topic::Problem, problem_prompt(rules, &age.id, person)));
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
    if let Some(sex) = &answers.sex {
        if !SEX_ANSWERS.iter().any(|(id, _, _)| id == sex) {
            return Err(AnswerError::UnknownSex(sex.clone()));
        }
    }
    check_responses(problem, &answers.responses)?;

    let known = Known {
        age,
        sex: answers.sex.as_deref(),
        responses: &answers.responses,
        person,
    };
    let mut ruled_out = vec![Reason {
        question: RED_FLAG_SCREEN.to_string(),
        answer: "None of these".to_string(),
        took_safer_answer: false,
    }];
    for rule in &problem.rules {
        match evaluate(problem, rule, &known) {
            RuleState::NeedsSex => return Ok(ask(Topic::Sex, sex_prompt(person))),
            RuleState::NeedsAnswer(question) => {
                return Ok(ask(
                    Topic::Question { problem, question },
                    question_prompt(question, person),
                ))
            }
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

fn ask<'r>(topic: Topic<'r>, prompt: Prompt) -> Step<'r> {
    Step::Ask { topic, prompt }
}

fn offer(id: &str, label: &str, hint: Option<&str>) -> Offer {
    Offer {
        id: id.to_string(),
        label: label.to_string(),
        hint: hint.map(str::to_string),
    }
}

fn who_prompt() -> Prompt {
    Prompt {
        text: "Who needs help?".to_string(),
        hint: None,
        options: vec![
            offer("me", "Me", None),
            offer(
                "someone-else",
                "Someone I care for or am helping",
                Some("A child, a relative, a friend or someone you look after."),
            ),
        ],
    }
}

fn age_prompt(rules: &RuleSet, person: Person) -> Prompt {
    let text = match person {
        Person::You => "How old are you?",
        _ => "How old is the person you are helping?",
    };
    Prompt {
        text: text.to_string(),
        hint: None,
        options: rules
            .age_bands
            .iter()
            .map(|band| offer(&band.id, &band.label, None))
            .collect(),
    }
}

fn problem_prompt(rules: &RuleSet, age: &str, person: Person) -> Prompt {
    Prompt {
        text: render("What is {their} main problem?", person),
        hint: Some("Choose the one that worries you most.".to_string()),
        options: rules
            .problems_for(age)
            .map(|problem| offer(&problem.id, &problem.title, Some(&problem.summary)))
            .collect(),
    }
}

/// The answers to the sex question: id, label for an adult, label for a child.
const SEX_ANSWERS: [(&str, &str, &str); 3] = [
    ("female", "Female", "Girl"),
    ("male", "Male", "Boy"),
    (RATHER_NOT_SAY, "I'd rather not say", "I'd rather not say"),
];

fn sex_prompt(person: Person) -> Prompt {
    let child = matches!(person, Person::YourChild | Person::YourBaby);
    let text = if child {
        "{Are} {they} a boy or a girl?"
    } else {
        "{Are} {they} male or female?"
    };
    Prompt {
        text: render(text, person),
        hint: Some(render(
            "The sex {they} {were} born with. We ask only because some questions are about one sex, such as pregnancy.",
            person,
        )),
        options: SEX_ANSWERS
            .iter()
            .map(|(id, adult, young)| {
                let hint = (*id == RATHER_NOT_SAY).then_some("We will ask every question that could apply.");
                offer(id, if child { young } else { adult }, hint)
            })
            .collect(),
    }
}

fn question_prompt(question: &Question, person: Person) -> Prompt {
    let hint = question.hint.as_deref().map(|hint| render(hint, person));
    let hint = match (hint, person) {
        (Some(hint), Person::They) => {
            Some(format!("{hint} Answer for the person you are helping."))
        }
        (None, Person::They) => Some("Answer for the person you are helping.".to_string()),
        (hint, _) => hint,
    };
    Prompt {
        text: render(&question.text, person),
        hint,
        options: question
            .offered_choices()
            .into_iter()
            .map(|choice| offer(&choice.id, &choice.label, None))
            .collect(),
    }
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

/// What is known about the person when a rule is evaluated.
struct Known<'a> {
    age: &'a AgeBand,
    sex: Option<&'a str>,
    responses: &'a BTreeMap<String, String>,
    person: Person,
}

enum RuleState<'r> {
    Holds(Vec<Reason>),
    /// The first condition found false.
    Fails(Reason),
    /// The rule cannot be decided until the person's sex is known.
    NeedsSex,
    /// The rule cannot be decided until this question is answered.
    NeedsAnswer(&'r Question),
}

fn evaluate<'r>(problem: &'r Problem, rule: &Rule, known: &Known) -> RuleState<'r> {
    // Reasons in the order the person met the questions: age, then sex, then the questions.
    let mut because: Vec<(usize, Reason)> = Vec::new();
    let mut needs_sex = false;
    let mut unanswered: Option<(usize, &Question)> = None;
    for (key, accepted) in &rule.when {
        if key == AGE {
            let reason = Reason {
                question: AGE_QUESTION.to_string(),
                answer: known.age.label.clone(),
                took_safer_answer: false,
            };
            if !accepted.contains(&known.age.id) {
                return RuleState::Fails(reason);
            }
            because.push((0, reason));
            continue;
        }
        if key == SEX {
            let Some(sex) = known.sex else {
                needs_sex = true;
                continue;
            };
            let prompt = sex_prompt(known.person);
            let reason = Reason {
                answer: prompt
                    .options
                    .iter()
                    .find(|option| option.id == sex)
                    .map_or(sex, |option| option.label.as_str())
                    .to_string(),
                question: prompt.text,
                took_safer_answer: false,
            };
            // Someone who would rather not say is asked everything that could apply.
            if sex != RATHER_NOT_SAY && !accepted.iter().any(|choice| choice == sex) {
                return RuleState::Fails(reason);
            }
            because.push((1, reason));
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
        let Some(answer) = known.responses.get(key) else {
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
            question: render(&question.text, known.person),
            answer: question.choice_label(answer).unwrap_or(answer).to_string(),
            took_safer_answer,
        };
        if !accepted.iter().any(|choice| choice == effective) {
            return RuleState::Fails(reason);
        }
        because.push((index + 2, reason));
    }
    // Sex is asked only when the rule still needs it: a question for everyone that could rule
    // the rule out comes first; a question only for one sex waits until sex is known.
    match (needs_sex, unanswered) {
        (true, Some((_, question))) if question.sex.is_none() => RuleState::NeedsAnswer(question),
        (true, _) => RuleState::NeedsSex,
        (false, Some((_, question))) => RuleState::NeedsAnswer(question),
        (false, None) => {
            sort_short_by(&mut because, |(a, _), (b, _)| a.cmp(b));
            RuleState::Holds(because.into_iter().map(|(_, reason)| reason).collect())
        }
    }
}
