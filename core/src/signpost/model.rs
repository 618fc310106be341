//! The rule set as data. It is authored in TOML, checked at build time and shipped to the
//! browser as JSON.

use crate::directory::ServiceKind;
use crate::{Review, Source};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The condition key for the person's age band in a rule's `when`.
pub const AGE: &str = "age";

/// The condition key for the person's sex in a rule's `when`: `female` or `male`.
pub const SEX: &str = "sex";

/// The sexes a rule's `sex` condition may name.
pub const SEXES: [&str; 2] = ["female", "male"];

/// The answer to the sex question that every `sex` condition accepts, so that everything that
/// could apply is asked.
pub const RATHER_NOT_SAY: &str = "rather-not-say";

/// The answer recorded when someone is not sure; it counts as the question's `if_unsure` choice.
pub const NOT_SURE: &str = "not-sure";

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RuleSet {
    pub age_bands: Vec<AgeBand>,
    pub red_flags: Vec<RedFlag>,
    pub red_flag_review: Review,
    pub problems: Vec<Problem>,
    pub outcomes: Vec<Outcome>,
    /// The national Pharmacy First conditions, with the ages and exclusions the validator enforces.
    pub pharmacy_first: Vec<PharmacyFirstCondition>,
    /// The safety modules, as authored: their questions and rules are also copied into each
    /// problem that includes them, which is all the engine needs, so they are not shipped.
    #[serde(skip)]
    pub modules: Vec<Module>,
}

/// A block of safety questions with their rules (fever, dehydration, breathing...) that
/// problems include by name, so every path that needs them asks them in the same words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Module {
    pub id: String,
    pub title: String,
    pub questions: Vec<Question>,
    pub rules: Vec<Rule>,
    pub source: Source,
    pub review: Review,
}

/// An age range in whole months, `from_months` inclusive, `to_months` exclusive.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AgeBand {
    pub id: String,
    pub label: String,
    pub from_months: u32,
    /// `None` for the last, open-ended band.
    pub to_months: Option<u32>,
}

/// A sign of a life-threatening emergency, asked before anything else (even age), so its text
/// says who it applies to where that matters ("A baby under 3 months with ...").
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RedFlag {
    pub id: String,
    pub text: String,
    pub hint: Option<String>,
    pub group: RedFlagGroup,
    pub outcome: String,
    pub source: Source,
}

/// Where a red flag is listed on the screen: signs differ in babies and children.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum RedFlagGroup {
    #[default]
    Anyone,
    BabiesAndChildren,
}

impl RedFlagGroup {
    pub fn heading(self) -> &'static str {
        match self {
            RedFlagGroup::Anyone => "In anyone",
            RedFlagGroup::BabiesAndChildren => "In babies and children",
        }
    }

    /// `flags` in their groups, in the order the red-flag screen lists them; a group with no
    /// signs is left out.
    pub fn grouped<'r>(flags: &[&'r RedFlag]) -> Vec<(RedFlagGroup, Vec<&'r RedFlag>)> {
        [RedFlagGroup::Anyone, RedFlagGroup::BabiesAndChildren]
            .into_iter()
            .map(|group| {
                let signs = flags.iter().copied().filter(|flag| flag.group == group);
                (group, signs.collect::<Vec<_>>())
            })
            .filter(|(_, signs)| !signs.is_empty())
            .collect()
    }
}

/// The red-flag screen's question, the same for everyone and written into the page before the
/// app starts (`site::pages`).
pub const RED_FLAG_QUESTION: &str = "Is any of these happening now, or has it just happened?";
/// What the red-flag screen tells a resident or carer.
pub const RED_FLAG_HINT: &str =
    "Tick all that apply. These are signs of an emergency, so we ask about them first.";
/// The answer that excludes every sign.
pub const NONE_OF_THESE: &str = "None of these";

/// A main reason for seeking help, with its questions and rules.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Problem {
    pub id: String,
    pub title: String,
    pub summary: String,
    /// Age bands the problem is offered for.
    pub ages: Vec<String>,
    /// Other words people use for it, for finding it in a list.
    pub synonyms: Vec<String>,
    /// The "something else" choice: listed last, offered at every age.
    pub catch_all: bool,
    pub questions: Vec<Question>,
    /// Most urgent first; the last has no conditions, so every path ends in an outcome.
    pub rules: Vec<Rule>,
    pub source: Source,
    pub review: Review,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Question {
    pub id: String,
    pub text: String,
    pub hint: Option<String>,
    pub choices: Vec<Choice>,
    /// The choice a "Not sure" answer counts as: always the safer, more urgent one.
    pub if_unsure: Option<String>,
    pub kind: QuestionKind,
    pub source: Source,
    /// Asked only of this sex (pregnancy, testicles); the validator proves no journey asks
    /// anyone else.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sex: Option<String>,
    /// Asked only at these age bands; empty for any age. Checked like `sex`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub ages: Vec<String>,
}

/// What a question asks about. Only emergency signs and injuries may send someone to A&E.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum QuestionKind {
    #[default]
    Ordinary,
    /// A sign of an emergency particular to this problem.
    EmergencySign,
    /// An injury that may need A&E.
    Injury,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Choice {
    pub id: String,
    pub label: String,
}

/// If every condition holds, the outcome applies. A condition maps a question id (or `age`) to
/// the answers that satisfy it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Rule {
    pub id: String,
    pub when: BTreeMap<String, Vec<String>>,
    pub outcome: String,
    pub source: Source,
    /// The module the rule comes from, if it was included rather than written in the problem.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub module: Option<String>,
}

/// How soon someone needs care, most urgent first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Urgency {
    /// Call 999 now.
    Emergency,
    /// Go to A&E or get crisis help now.
    Now,
    /// Be seen within a few hours: urgent treatment centre, NHS 111.
    WithinHours,
    /// Speak to a GP or 111 today.
    Today,
    /// Within a few days: pharmacist, GP soon.
    WithinDays,
    /// Routine: GP appointment or self-referral.
    Routine,
    /// Look after yourself at home.
    SelfCare,
}

/// The NHS.UK care card an outcome is shown in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CareLevel {
    Emergency,
    Urgent,
    NonUrgent,
}

impl Urgency {
    pub fn care_level(self) -> CareLevel {
        match self {
            Urgency::Emergency => CareLevel::Emergency,
            Urgency::Now | Urgency::WithinHours | Urgency::Today => CareLevel::Urgent,
            Urgency::WithinDays | Urgency::Routine | Urgency::SelfCare => CareLevel::NonUrgent,
        }
    }
}

/// The kind of place or help an outcome sends someone to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum OutcomeKind {
    #[serde(rename = "call-999")]
    Call999,
    AAndE,
    MentalHealthCrisis,
    UrgentCare,
    #[serde(rename = "nhs-111")]
    Nhs111,
    Maternity,
    Gp,
    Dental,
    Eye,
    SexualHealth,
    Pharmacy,
    SelfReferral,
    SocialPrescribing,
    CarersSupport,
    SelfCare,
}

/// Where to go and how soon.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Outcome {
    pub id: String,
    pub kind: OutcomeKind,
    /// An instruction naming the service: "Call 999 now".
    pub title: String,
    pub urgency: Urgency,
    /// "Now", "Within 4 hours", "Today", ...
    pub how_soon: String,
    /// What to do, a paragraph each.
    pub advice: Vec<String>,
    /// What to do if things get worse.
    pub if_worse: Vec<String>,
    /// Service ids from the directory, most relevant first.
    pub services: Vec<String>,
    /// A guidance page slug for looking after yourself.
    pub guidance: Option<String>,
    /// Kinds of local place to list (nearest and open first), such as urgent treatment centres.
    pub local: Vec<ServiceKind>,
    /// What to do when none of the local places is open now.
    pub if_none_open: Option<String>,
    /// The Easy Read version: the key action first, one picture and one idea per step.
    pub easy_read: Vec<EasyReadStep>,
}

/// One step of Easy Read: a picture (a pictogram id) and a sentence or two beside it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EasyReadStep {
    pub picture: String,
    pub text: String,
}

impl OutcomeKind {
    pub const ALL: [OutcomeKind; 15] = [
        OutcomeKind::Call999,
        OutcomeKind::AAndE,
        OutcomeKind::MentalHealthCrisis,
        OutcomeKind::UrgentCare,
        OutcomeKind::Nhs111,
        OutcomeKind::Maternity,
        OutcomeKind::Gp,
        OutcomeKind::Dental,
        OutcomeKind::Eye,
        OutcomeKind::SexualHealth,
        OutcomeKind::Pharmacy,
        OutcomeKind::SelfReferral,
        OutcomeKind::SocialPrescribing,
        OutcomeKind::CarersSupport,
        OutcomeKind::SelfCare,
    ];

    /// Where it sends people, as a heading.
    pub fn label(self) -> &'static str {
        match self {
            OutcomeKind::Call999 => "Call 999",
            OutcomeKind::AAndE => "A&E",
            OutcomeKind::MentalHealthCrisis => "Mental health crisis",
            OutcomeKind::UrgentCare => "Urgent treatment centre or minor injuries unit",
            OutcomeKind::Nhs111 => "NHS 111",
            OutcomeKind::Maternity => "Maternity services",
            OutcomeKind::Gp => "GP practice",
            OutcomeKind::Dental => "Dentist",
            OutcomeKind::Eye => "Eye care",
            OutcomeKind::SexualHealth => "Sexual health clinic",
            OutcomeKind::Pharmacy => "Pharmacy",
            OutcomeKind::SelfReferral => "Refer yourself",
            OutcomeKind::SocialPrescribing => "Social prescribing",
            OutcomeKind::CarersSupport => "Support for carers",
            OutcomeKind::SelfCare => "Look after yourself at home",
        }
    }

    /// The pictures an Easy Read outcome of this kind may start with: its key action.
    pub fn key_pictures(self) -> &'static [&'static str] {
        match self {
            OutcomeKind::Call999 => &["phone-999"],
            OutcomeKind::AAndE => &["hospital"],
            OutcomeKind::MentalHealthCrisis => &["phone-111", "phone-999"],
            OutcomeKind::UrgentCare => &["urgent-care"],
            OutcomeKind::Nhs111 => &["phone-111"],
            OutcomeKind::Maternity => &["maternity"],
            OutcomeKind::Gp => &["gp-surgery"],
            OutcomeKind::Dental => &["dentist"],
            OutcomeKind::Eye => &["eye"],
            OutcomeKind::SexualHealth => &["sexual-health-clinic"],
            OutcomeKind::Pharmacy => &["pharmacy"],
            OutcomeKind::SelfReferral => &["form"],
            OutcomeKind::SocialPrescribing => &["people", "gp-surgery"],
            OutcomeKind::CarersSupport => &["carer"],
            OutcomeKind::SelfCare => &["home"],
        }
    }
}

/// A Pharmacy First clinical pathway: who it is for, and the answers that rule it out.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PharmacyFirstCondition {
    pub id: String,
    pub name: String,
    /// Age bands inside the national age limits.
    pub ages: Vec<String>,
    /// The outcome that offers it.
    pub outcome: String,
    /// On any journey to the outcome, each of these questions must have been asked, and not
    /// answered with any of its excluding answers.
    pub exclusions: Vec<Exclusion>,
    pub source: Source,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Exclusion {
    pub question: String,
    pub answers: Vec<String>,
    /// The age bands it applies to; empty for all of the condition's ages.
    pub ages: Vec<String>,
}

impl RuleSet {
    pub fn outcome(&self, id: &str) -> Option<&Outcome> {
        self.outcomes.iter().find(|outcome| outcome.id == id)
    }

    pub fn problem(&self, id: &str) -> Option<&Problem> {
        self.problems.iter().find(|problem| problem.id == id)
    }

    pub fn age_band(&self, id: &str) -> Option<&AgeBand> {
        self.age_bands.iter().find(|band| band.id == id)
    }

    pub fn problems_for<'r>(&'r self, age: &str) -> impl Iterator<Item = &'r Problem> + 'r {
        let age = age.to_string();
        self.problems
            .iter()
            .filter(move |problem| problem.ages.contains(&age))
    }
}

impl Problem {
    pub fn question(&self, id: &str) -> Option<&Question> {
        self.questions.iter().find(|question| question.id == id)
    }
}

impl Question {
    /// The choices to offer, with "Not sure" last when the question allows it.
    pub fn offered_choices(&self) -> Vec<Choice> {
        let mut choices = self.choices.clone();
        if self.if_unsure.is_some() {
            choices.push(Choice {
                id: NOT_SURE.to_string(),
                label: "I'm not sure".to_string(),
            });
        }
        choices
    }

    pub fn choice_label(&self, id: &str) -> Option<&str> {
        if id == NOT_SURE && self.if_unsure.is_some() {
            return Some("I'm not sure");
        }
        self.choices
            .iter()
            .find(|choice| choice.id == id)
            .map(|choice| choice.label.as_str())
    }
}
