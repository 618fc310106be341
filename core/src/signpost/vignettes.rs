//! An honest evaluation of the rules on cases they were not written from: short vignettes in a
//! patient's own words (content/vignettes/*.toml), each with a gold level set by a public source,
//! written without reading the rules; and the answers someone gave when playing each case through
//! `navigator run` from the case text alone (`content/vignettes/played/<id>.json`).
//!
//! Levels are the three used by the published symptom-checker studies: emergency care, a
//! clinician (same day or routine), and self-care (at home or with a pharmacist).

use super::engine::{next_step, Answers, Step, Topic};
use super::model::{OutcomeKind, RuleSet};
use super::scenarios::Scenario;
use crate::{Diagnostic, Source};
use serde::Deserialize;
use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::Path;

/// Where a case needs care, at the three levels the published symptom-checker studies score.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Level {
    /// 999 or A&E now.
    Emergency,
    /// A clinician: same day or routine.
    Clinician,
    /// At home, with a pharmacist's help where useful.
    SelfCare,
}

impl Level {
    /// The level an outcome sends someone to.
    pub fn of(kind: OutcomeKind) -> Level {
        match kind {
            OutcomeKind::Call999 | OutcomeKind::AAndE => Level::Emergency,
            OutcomeKind::SelfCare | OutcomeKind::Pharmacy => Level::SelfCare,
            _ => Level::Clinician,
        }
    }

    /// The level as written in the vignette files and the evaluation report.
    pub fn name(self) -> &'static str {
        match self {
            Level::Emergency => "emergency",
            Level::Clinician => "clinician",
            Level::SelfCare => "self-care",
        }
    }
}

/// One case, written from a public source without reading the rules, in the person's own words.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Vignette {
    /// Stable identifier ("adult-01"); the answers played for it are in `played/<id>.json`.
    pub id: String,
    /// The person's age in words ("58 years", "10 weeks"); the player chooses the age band.
    pub age: String,
    /// `female` or `male`, for the player to answer with if asked.
    pub sex: String,
    /// Who tells the case: `self`, or a `parent`, `partner`, `relative`, `carer` or `friend`.
    pub asker: String,
    /// What the person says first; its opening names the generated scenario.
    pub says: String,
    /// What they would tell if asked, for the player to answer the questions from.
    pub details: String,
    /// The level the source sets, which the outcome's level is scored against.
    pub gold: Level,
    /// The service and time frame the source sets, in words; for readers, not scored.
    pub gold_detail: String,
    /// Why the source puts the case at its gold level.
    pub reason: String,
    /// The public source (NHS website, NICE) the gold level comes from.
    pub source: Source,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct VignetteFile {
    vignette: Vec<Vignette>,
}

/// Every vignette in `dir/*.toml`, with the answers played for it, if any.
pub fn load(dir: &Path) -> Result<Vec<(Vignette, Option<Answers>)>, Vec<Diagnostic>> {
    let vignettes: Vec<Vignette> = super::scenarios::parse_toml_files::<VignetteFile>(dir)?
        .into_iter()
        .flat_map(|(_, parsed)| parsed.vignette)
        .collect();
    let mut errors = Vec::new();
    let mut loaded = Vec::new();
    for vignette in vignettes {
        let played = dir.join("played").join(format!("{}.json", vignette.id));
        let answers = match std::fs::read_to_string(&played) {
            Ok(text) => match serde_json::from_str::<Answers>(&text) {
                Ok(answers) => Some(answers),
                Err(error) => {
                    errors.push(Diagnostic::new(
                        played.display().to_string(),
                        format!("not a valid answers file: {error}"),
                    ));
                    None
                }
            },
            Err(_) => None,
        };
        loaded.push((vignette, answers));
    }
    if errors.is_empty() {
        Ok(loaded)
    } else {
        Err(errors)
    }
}

/// What became of one case.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CaseResult {
    /// The outcome reached, and its level.
    Reached {
        /// The outcome's id.
        outcome: String,
        /// The outcome's level, from its kind.
        level: Level,
    },
    /// The played answers stop short: the question still to answer (the rules have changed since).
    Unfinished(String),
    /// Not played yet, or the answers no longer fit the rules.
    NotPlayed(String),
}

/// The figures of one evaluation run.
#[derive(Debug, Default, Clone)]
pub struct Evaluation {
    /// Case id, gold level and what happened, in file order.
    pub cases: Vec<(String, Level, CaseResult)>,
}

/// Replays each case's kept answers on the rules and records what became of it.
pub fn evaluate(rules: &RuleSet, vignettes: &[(Vignette, Option<Answers>)]) -> Evaluation {
    let cases = vignettes
        .iter()
        .map(|(vignette, answers)| {
            let result = match answers {
                None => CaseResult::NotPlayed("no answers recorded".to_string()),
                Some(kept) => replay(rules, kept).0,
            };
            (vignette.id.clone(), vignette.gold, result)
        })
        .collect();
    Evaluation { cases }
}

/// Walks the journey as a person meets it, answering each question from the kept answers, so a
/// question the rules now ask first (sex, say) leaves the case unfinished rather than skipped.
/// Also returns the answers the journey asked for, which may be fewer than were kept.
fn replay(rules: &RuleSet, kept: &Answers) -> (CaseResult, Answers) {
    let mut given = Answers {
        red_flags: kept.red_flags.clone(),
        who: kept.who,
        ..Answers::default()
    };
    loop {
        let (topic, asked) = match next_step(rules, &given) {
            Ok(Step::Outcome(decision)) => {
                let result = CaseResult::Reached {
                    outcome: decision.outcome.id.clone(),
                    level: Level::of(decision.outcome.kind),
                };
                return (result, given);
            }
            Ok(Step::AskRedFlags(_)) => {
                return (
                    CaseResult::Unfinished("the emergency signs".to_string()),
                    given,
                )
            }
            Ok(Step::Ask { topic, prompt }) => (topic, prompt.text),
            Err(error) => return (CaseResult::NotPlayed(error.to_string()), given),
        };
        let choice = match &topic {
            Topic::Who => None,
            Topic::Age => kept.age.as_deref(),
            Topic::Problem => kept.problem.as_deref(),
            Topic::Sex => kept.sex.as_deref(),
            Topic::Question { question, .. } => {
                kept.responses.get(&question.id).map(String::as_str)
            }
        };
        let Some(choice) = choice else {
            return (CaseResult::Unfinished(asked), given);
        };
        given.answer(&topic, choice);
    }
}

/// The scenarios file for every case played to its gold level: the answers its journey asks for,
/// expecting the outcome they reach now. Checked with the other scenarios, so a rule change that moves a played
/// case shows at once; cases off their gold level stay out, listed in docs/evaluation.md instead.
pub fn scenarios_toml(rules: &RuleSet, vignettes: &[(Vignette, Option<Answers>)]) -> String {
    #[derive(serde::Serialize)]
    struct File {
        scenario: Vec<Scenario>,
    }
    let scenario = vignettes
        .iter()
        .filter_map(|(vignette, kept)| {
            let (result, asked) = replay(rules, kept.as_ref()?);
            let CaseResult::Reached { outcome, level } = result else {
                return None;
            };
            (level == vignette.gold).then(|| {
                let says = vignette.says.split_whitespace().collect::<Vec<_>>();
                let opening = says.iter().take(12).copied().collect::<Vec<_>>().join(" ");
                let ellipsis = if says.len() > 12 { "..." } else { "" };
                Scenario {
                    name: format!(
                        "{} ({}, {}): \"{opening}{ellipsis}\"",
                        vignette.id,
                        vignette.age,
                        level.name()
                    ),
                    age: asked.age.unwrap_or_default(),
                    red_flags: asked.red_flags.unwrap_or_default(),
                    problem: asked.problem,
                    sex: asked.sex,
                    pregnant: None,
                    responses: asked.responses,
                    expect: outcome,
                }
            })
        })
        .collect();
    let body = toml::to_string(&File { scenario }).expect("scenarios are plain strings and tables");
    format!(
        "# Generated by `navigator vignette-scenarios` from content/vignettes: each case played to its\n\
         # gold level, with the answers its journey asks for now. Regenerate after re-playing.\n\n{body}"
    )
}

impl Evaluation {
    fn reached(&self) -> impl Iterator<Item = (&String, Level, Level, &String)> {
        self.cases
            .iter()
            .filter_map(|(id, gold, result)| match result {
                CaseResult::Reached { outcome, level } => Some((id, *gold, *level, outcome)),
                _ => None,
            })
    }

    /// Cases whose outcome is at the gold level, of all cases.
    pub fn correct(&self) -> usize {
        self.reached()
            .filter(|(_, gold, level, _)| gold == level)
            .count()
    }

    /// Emergencies sent anywhere but 999 or A&E (unfinished ones count too).
    pub fn emergencies_missed(&self) -> usize {
        self.cases
            .iter()
            .filter(|(_, gold, result)| {
                *gold == Level::Emergency
                    && !matches!(
                        result,
                        CaseResult::Reached {
                            level: Level::Emergency,
                            ..
                        }
                    )
            })
            .count()
    }

    /// How many cases have this gold level.
    pub fn count(&self, gold: Level) -> usize {
        self.cases
            .iter()
            .filter(|(_, level, _)| *level == gold)
            .count()
    }

    /// Self-care cases kept at self-care or a pharmacy.
    pub fn self_care_kept(&self) -> usize {
        self.reached()
            .filter(|(_, gold, level, _)| *gold == Level::SelfCare && *level == Level::SelfCare)
            .count()
    }

    /// The table `navigator evaluate` prints: figures, then every case not at its gold level.
    pub fn report(&self) -> String {
        let total = self.cases.len();
        let mut text = String::new();
        let percent = |part: usize, whole: usize| {
            if whole == 0 {
                0.0
            } else {
                100.0 * part as f64 / whole as f64
            }
        };
        let _ = writeln!(
            text,
            "cases: {total} ({} emergency, {} clinician, {} self-care)",
            self.count(Level::Emergency),
            self.count(Level::Clinician),
            self.count(Level::SelfCare)
        );
        let _ = writeln!(
            text,
            "correct at the gold level: {} of {total} ({:.0}%)",
            self.correct(),
            percent(self.correct(), total)
        );
        let emergencies = self.count(Level::Emergency);
        let _ = writeln!(
            text,
            "emergencies sent to 999 or A&E: {} of {emergencies}",
            emergencies - self.emergencies_missed()
        );
        let self_care = self.count(Level::SelfCare);
        let _ = writeln!(
            text,
            "self-care cases kept at self-care or a pharmacy: {} of {self_care} ({:.0}%)",
            self.self_care_kept(),
            percent(self.self_care_kept(), self_care)
        );
        let mut grid: BTreeMap<(Level, Level), usize> = BTreeMap::new();
        for (_, gold, level, _) in self.reached() {
            *grid.entry((gold, level)).or_default() += 1;
        }
        let _ = writeln!(
            text,
            "\n{:<12} {:>10} {:>10} {:>10}",
            "gold \\ got", "emergency", "clinician", "self-care"
        );
        for gold in [Level::Emergency, Level::Clinician, Level::SelfCare] {
            let cell = |got| grid.get(&(gold, got)).copied().unwrap_or(0);
            let _ = writeln!(
                text,
                "{:<12} {:>10} {:>10} {:>10}",
                gold.name(),
                cell(Level::Emergency),
                cell(Level::Clinician),
                cell(Level::SelfCare)
            );
        }
        let _ = writeln!(text, "\nnot at the gold level:");
        for (id, gold, result) in &self.cases {
            match result {
                CaseResult::Reached { outcome, level } if level != gold => {
                    let _ = writeln!(
                        text,
                        "  {id}: gold {}, got {} ({outcome})",
                        gold.name(),
                        level.name()
                    );
                }
                CaseResult::Reached { .. } => {}
                CaseResult::Unfinished(question) => {
                    let _ = writeln!(
                        text,
                        "  {id}: gold {}, unfinished: \"{question}\" is not answered",
                        gold.name()
                    );
                }
                CaseResult::NotPlayed(why) => {
                    let _ = writeln!(text, "  {id}: gold {}, not played: {why}", gold.name());
                }
            }
        }
        text
    }
}
