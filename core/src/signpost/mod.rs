//! Signposting: rules as data and a pure engine that turns the answers so far into the next
//! question or an outcome.
//!
//! A journey always runs in the same order: the red-flag screen (signs of a life-threatening
//! emergency), who needs help, the person's age, the main problem, then that problem's questions
//! (and their sex, only if a rule needs it), each worded for whom it is about. Each problem's
//! rules are listed most urgent first; the engine takes the first rule whose conditions all hold,
//! asking only the questions it needs to decide each rule in turn.

mod engine;
mod find;
mod model;
mod summary;
mod wording;

#[cfg(feature = "authoring")]
mod load;
#[cfg(feature = "authoring")]
pub mod scenarios;
#[cfg(feature = "authoring")]
mod validate;
#[cfg(feature = "authoring")]
pub mod vignettes;

pub use engine::{
    next_step, AnswerError, Answers, Decision, Journey, Offer, Preset, Prompt, Reason, Step, Topic,
};
pub use find::{confident_match, find, find_problems, Findable, Found, Listing};
pub use model::{
    AgeBand, CareLevel, Choice, EasyReadStep, Exclusion, Module, Outcome, OutcomeKind,
    PharmacyFirstCondition, Problem, Question, QuestionKind, RedFlag, RedFlagGroup, Rule, RuleSet,
    Urgency, AGE, NONE_OF_THESE, NOT_SURE, RATHER_NOT_SAY, RED_FLAG_HINT, RED_FLAG_QUESTION, SEX,
    SEXES,
};
pub use summary::{patient_text, script, TEXT_MESSAGE_CHARS};
pub use wording::{render, Person, Who};

#[cfg(feature = "authoring")]
pub use load::{load_dir, load_dir_leniently, Located, Locations};
#[cfg(feature = "authoring")]
pub use validate::{validate, validate_problems, Coverage, References};
