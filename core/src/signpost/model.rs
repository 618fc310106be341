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

/// The whole rule set: everything the engine needs to run any journey, and what the validator
/// checks.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RuleSet {
    /// In age order from 0 months, with no gaps or overlaps; only the last is open-ended.
    pub age_bands: Vec<AgeBand>,
    /// The emergency signs, in the order the red-flag screen lists them within their groups.
    pub red_flags: Vec<RedFlag>,
    /// When the red flags were last reviewed and are next due; shown with an outcome a red flag
    /// decides.
    pub red_flag_review: Review,
    /// Sorted by title with the "something else" problem last: the order people see them in.
    pub problems: Vec<Problem>,
    /// Every place a journey can end; rules, red flags and Pharmacy First conditions name them by
    /// id.
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
    /// The file name without `.toml`; a problem includes the module with `module = "<id>"` among
    /// its rules.
    pub id: String,
    /// A name for authors ("Breathing"); it is not shown in journeys.
    pub title: String,
    /// Added to each problem that includes the module; a problem's own question with the same id
    /// must be identical.
    pub questions: Vec<Question>,
    /// Copied into each problem where it includes the module, in this order, each marked with the
    /// module's id.
    pub rules: Vec<Rule>,
    /// The module's main source; its questions and rules use it unless they name their own.
    pub source: Source,
    /// When the module was last reviewed and is next due; the validator fails once it is overdue.
    pub review: Review,
}

/// An age range in whole months, `from_months` inclusive, `to_months` exclusive.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AgeBand {
    /// Stable identifier used in answers, problems' `ages`, rules' `age` conditions and scenarios;
    /// never `age`.
    pub id: String,
    /// Shown as an answer to the age question and in the reasons for an outcome ("Under 3 months").
    pub label: String,
    /// Where the band starts: 0 for the first, otherwise where the band before ends.
    pub from_months: u32,
    /// `None` for the last, open-ended band.
    pub to_months: Option<u32>,
}

/// A sign of a life-threatening emergency, asked before anything else (even age), so its text
/// says who it applies to where that matters ("A baby under 3 months with ...").
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RedFlag {
    /// Stable identifier recorded in answers and scenarios when the sign is ticked, and shown as
    /// what decided the outcome.
    pub id: String,
    /// The sign as listed on the screen; also shown as the reason for the outcome.
    pub text: String,
    /// Examples or an explanation shown under the sign.
    pub hint: Option<String>,
    /// The heading it is listed under.
    pub group: RedFlagGroup,
    /// The outcome id it leads to, which the validator requires to be of urgency `emergency` or
    /// `now` (999, A&E or as urgent).
    pub outcome: String,
    /// What the sign follows: `red-flags.toml`'s own source unless the flag names one.
    pub source: Source,
}

/// Where a red flag is listed on the screen: signs differ in babies and children.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum RedFlagGroup {
    /// A sign of an emergency at any age; the default.
    #[default]
    Anyone,
    /// A sign that looks different in babies and children, listed under its own heading.
    BabiesAndChildren,
}

impl RedFlagGroup {
    /// The heading the group's signs are listed under on the red-flag screen.
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
/// app starts (navigator-site renders the questions' first screen at build time).
pub const RED_FLAG_QUESTION: &str = "Is any of these happening now, or has it just happened?";
/// What the red-flag screen tells a resident or carer.
pub const RED_FLAG_HINT: &str =
    "Tick all that apply. These are signs of an emergency, so we ask about them first.";
/// The answer that excludes every sign.
pub const NONE_OF_THESE: &str = "None of these";

/// A main reason for seeking help, with its questions and rules.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Problem {
    /// The file name without `.toml`; used in answers, the address (`?problem=`) and scenarios.
    pub id: String,
    /// The name shown in the list of problems, which is sorted by it; typed words that match it
    /// count most.
    pub title: String,
    /// A line shown under the title in the list, saying what the problem covers.
    pub summary: String,
    /// Age bands the problem is offered for.
    pub ages: Vec<String>,
    /// Other words people use for it, for finding it in a list.
    pub synonyms: Vec<String>,
    /// The "something else" choice: listed last, offered at every age.
    pub catch_all: bool,
    /// Its own, shared and included modules' questions, each asked only when a rule needs it; when
    /// a rule needs several, the one listed first is asked first.
    pub questions: Vec<Question>,
    /// Most urgent first; the last has no conditions, so every path ends in an outcome.
    pub rules: Vec<Rule>,
    /// The problem's main source; its questions and rules use it unless they name their own.
    pub source: Source,
    /// When the problem's rules were last reviewed and are next due; shown with its outcomes, and
    /// the validator fails once it is overdue.
    pub review: Review,
}

/// A question a problem asks, with its answers; asked only when a rule needs the answer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Question {
    /// Stable identifier within the problem, used in rules' `when` and in answers; never `age` or
    /// `sex`.
    pub id: String,
    /// Written once with placeholders (`{they}`, `{Do}`) filled for whom it is about; see
    /// `wording`.
    pub text: String,
    /// Help shown under the question, with the same placeholders.
    pub hint: Option<String>,
    /// At least two, with distinct ids and no `not-sure`; "Yes" and "No" when the author lists
    /// none.
    pub choices: Vec<Choice>,
    /// The choice a "Not sure" answer counts as: always the safer, more urgent one.
    pub if_unsure: Option<String>,
    /// Whether its answers may send someone to 999 or A&E.
    pub kind: QuestionKind,
    /// What the question follows: the problem's or module's source unless it names its own.
    pub source: Source,
    /// Asked only of this sex (pregnancy, testicles); the validator proves no journey asks
    /// anyone else.
    #[serde(default)]
    pub sex: Option<String>,
    /// Asked only at these age bands; empty for any age. Checked like `sex`.
    #[serde(default)]
    pub ages: Vec<String>,
}

/// What a question asks about. Only emergency signs and injuries may send someone to A&E.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum QuestionKind {
    /// Any other question, and the default: a rule to 999 or A&E needs a condition on a question
    /// that is not ordinary.
    #[default]
    Ordinary,
    /// A sign of an emergency particular to this problem.
    EmergencySign,
    /// An injury that may need A&E.
    Injury,
}

/// One answer to a question.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Choice {
    /// What rules' `when` and answers name (`yes`, `no`...); unique within the question.
    pub id: String,
    /// The words shown for it.
    pub label: String,
}

/// If every condition holds, the outcome applies. A condition maps a question id (or `age`) to
/// the answers that satisfy it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Rule {
    /// Stable identifier, unique across problems and modules; shown as what decided an outcome.
    pub id: String,
    /// The conditions, which must all hold: a question id, `age` or `sex`, to the answers that
    /// satisfy it. Empty for a rule that always applies.
    pub when: BTreeMap<String, Vec<String>>,
    /// The outcome id it leads to.
    pub outcome: String,
    /// What the rule follows, linked under the outcome: the problem's or module's source unless it
    /// names its own.
    pub source: Source,
    /// The module the rule comes from, if it was included rather than written in the problem.
    #[serde(default)]
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
    /// The "Immediate action required" card, for urgency `emergency` (call 999 now).
    Emergency,
    /// The "Urgent advice" card, for care needed now, within hours or today (A&E included).
    Urgent,
    /// The "Non-urgent advice" card: within days, routine or self-care.
    NonUrgent,
}

impl Urgency {
    /// The care card an outcome of this urgency is shown in.
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
    /// Call 999 for an ambulance.
    #[serde(rename = "call-999")]
    Call999,
    /// Go to A&E.
    AAndE,
    /// Urgent mental health help now: NHS 111's mental health option, or 999.
    MentalHealthCrisis,
    /// An urgent treatment centre or minor injuries unit.
    UrgentCare,
    /// Call NHS 111 or use 111 online.
    #[serde(rename = "nhs-111")]
    Nhs111,
    /// A maternity unit or midwife.
    Maternity,
    /// The GP practice.
    Gp,
    /// A dentist, or urgent dental care through 111.
    Dental,
    /// An optician or eye service.
    Eye,
    /// A sexual health clinic.
    SexualHealth,
    /// A pharmacist, including the Pharmacy First service.
    Pharmacy,
    /// A service people refer themselves to, such as NHS Talking Therapies, physiotherapy or
    /// alcohol and drug support.
    SelfReferral,
    /// Social prescribing through the GP practice, for needs that are not medical, such as
    /// loneliness.
    SocialPrescribing,
    /// Support for carers and young carers.
    CarersSupport,
    /// Looking after yourself at home.
    SelfCare,
}

/// Where to go and how soon.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Outcome {
    /// Stable identifier named by rules, red flags, Pharmacy First conditions and scenarios;
    /// unique.
    pub id: String,
    /// Where it sends people; decides its Easy Read key picture and how the evaluation scores it.
    pub kind: OutcomeKind,
    /// An instruction naming the service: "Call 999 now".
    pub title: String,
    /// How soon; decides the care card, and red flags may lead only to `emergency` or `now`.
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
    /// A pictogram id from `content/easy-read/pictograms.toml`; the first step's must be one of its
    /// kind's key pictures.
    pub picture: String,
    /// The words beside it, which must meet the Easy Read measures the validator checks.
    pub text: String,
}

impl OutcomeKind {
    /// Every kind, in the order outcomes are grouped for staff (the Easy Read cards page).
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
    /// Stable identifier in `pharmacy-first.toml`, used to point at the condition in errors.
    pub id: String,
    /// The pathway's name ("Acute sore throat"), used in the validator's messages.
    pub name: String,
    /// Age bands inside the national age limits.
    pub ages: Vec<String>,
    /// The outcome that offers it.
    pub outcome: String,
    /// On any journey to the outcome, each of these questions must have been asked, and not
    /// answered with any of its excluding answers.
    pub exclusions: Vec<Exclusion>,
    /// The national service specification the pathway follows.
    pub source: Source,
}

/// Answers to one question that rule someone out of a Pharmacy First condition.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Exclusion {
    /// The id of the question, which must be asked on any journey to the condition's outcome.
    pub question: String,
    /// The choice ids that rule the person out; a "not sure" answer counts as the question's
    /// `if_unsure` choice.
    pub answers: Vec<String>,
    /// The age bands it applies to; empty for all of the condition's ages.
    pub ages: Vec<String>,
}

impl RuleSet {
    /// The outcome with this id, if there is one.
    pub fn outcome(&self, id: &str) -> Option<&Outcome> {
        self.outcomes.iter().find(|outcome| outcome.id == id)
    }

    /// The problem with this id, if there is one.
    pub fn problem(&self, id: &str) -> Option<&Problem> {
        self.problems.iter().find(|problem| problem.id == id)
    }

    /// The age band with this id, if there is one.
    pub fn age_band(&self, id: &str) -> Option<&AgeBand> {
        self.age_bands.iter().find(|band| band.id == id)
    }

    /// What a journey uses until a problem is chosen: the age bands, the emergency signs and the
    /// outcomes they lead to, and each problem's listing without its questions, rules or source
    /// (which only its outcomes show, drawn from the whole set). The
    /// questions' pages start from this small part and fetch the rest while people answer;
    /// [`Journey::needs_problem_rules`](super::Journey::needs_problem_rules) says when it is no
    /// longer enough.
    pub fn opening(&self) -> RuleSet {
        let led_to_by_a_sign =
            |outcome: &&Outcome| self.red_flags.iter().any(|flag| flag.outcome == outcome.id);
        RuleSet {
            age_bands: self.age_bands.clone(),
            red_flags: self.red_flags.clone(),
            red_flag_review: self.red_flag_review,
            problems: self
                .problems
                .iter()
                .map(|problem| Problem {
                    questions: Vec::new(),
                    rules: Vec::new(),
                    source: Source {
                        title: String::new(),
                        url: String::new(),
                    },
                    ..problem.clone()
                })
                .collect(),
            outcomes: self
                .outcomes
                .iter()
                .filter(led_to_by_a_sign)
                .cloned()
                .collect(),
            pharmacy_first: Vec::new(),
            modules: Vec::new(),
        }
    }

    /// What a journey uses until it asks for the problem: the [`opening`](RuleSet::opening)
    /// without the problems. The questions' page starts from this, a fifth of the opening's
    /// size; [`Journey::needs_problems`](super::Journey::needs_problems) says when it is no
    /// longer enough.
    pub fn signs(&self) -> RuleSet {
        RuleSet {
            problems: Vec::new(),
            ..self.opening()
        }
    }

    /// The problems offered at an age band, in the order people see them.
    pub fn problems_for<'r>(&'r self, age: &str) -> impl Iterator<Item = &'r Problem> + 'r {
        let age = age.to_string();
        self.problems
            .iter()
            .filter(move |problem| problem.ages.contains(&age))
    }
}

impl Problem {
    /// The question with this id, if the problem asks it (shared and module questions included).
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

    /// The words shown for an answer id, "I'm not sure" included where allowed; `None` if it is no
    /// answer to this question.
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
