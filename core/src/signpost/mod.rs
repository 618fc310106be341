//! Signposting: rules as data and a pure engine that turns the answers so far into the next
//! question or an outcome.
//!
//! A journey always runs in the same order: the person's age, then the red-flag screen (signs
//! of a life-threatening emergency), then the main problem, then that problem's questions. Each
//! problem's rules are listed most urgent first; the engine takes the first rule whose conditions
//! all hold, asking only the questions it needs to decide each rule in turn.

mod engine;
mod find;
mod model;
mod summary;

#[cfg(feature = "authoring")]
mod load;
#[cfg(feature = "authoring")]
pub mod scenarios;
#[cfg(feature = "authoring")]
mod validate;

pub use engine::{next_step, AnswerError, Answers, Decision, Reason, Step};
pub use find::find_problems;
pub use model::{
    AgeBand, CareLevel, Choice, Exclusion, Outcome, OutcomeKind, PharmacyFirstCondition, Problem,
    Question, QuestionKind, RedFlag, RedFlagGroup, Rule, RuleSet, Urgency, AGE, NOT_SURE,
};
pub use summary::{patient_text, script, TEXT_MESSAGE_CHARS};

#[cfg(feature = "authoring")]
pub use load::{load_dir, Located, Locations};
#[cfg(feature = "authoring")]
pub use validate::{validate, Coverage, References};
