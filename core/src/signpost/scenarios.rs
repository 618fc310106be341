//! Clinical test scenarios: a person's age, pregnancy and answers in, the expected outcome out.
//! Each is walked one step at a time, as a person would answer, and compared with its expectation.

use super::engine::{next_step, Answers, Step, Topic};
use super::model::{RuleSet, Urgency};
use crate::toml_source::TomlSource;
use crate::Diagnostic;
use serde::Deserialize;
use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::Path;

/// A clinical test case: the person's answers in, the outcome expected out.
#[derive(Debug, Clone, Deserialize, serde::Serialize)]
#[serde(deny_unknown_fields)]
pub struct Scenario {
    /// What the case is and where it should go, in a few words; shown in reports.
    pub name: String,
    /// The age band id given when the age is asked.
    pub age: String,
    /// Red flags ticked; empty for "none of these".
    #[serde(default)]
    pub red_flags: Vec<String>,
    /// The problem id chosen; left out when a red flag ends the journey first.
    pub problem: Option<String>,
    /// `female`, `male` or `rather-not-say`, if a journey asks.
    pub sex: Option<String>,
    /// Answers the shared `pregnant` question if a journey asks it.
    pub pregnant: Option<bool>,
    /// Question id to choice id (or `not-sure`); each must be asked on the way, or the scenario is
    /// broken.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub responses: BTreeMap<String, String>,
    /// The outcome id the journey should end at.
    pub expect: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ScenarioFile {
    scenario: Vec<Scenario>,
}

/// A scenario and the file it came from.
pub struct Located {
    /// The path of the scenarios file, shown before the scenario's name in reports.
    pub file: String,
    /// The scenario as written.
    pub scenario: Scenario,
}

/// Every `*.toml` in `dir` and its sub-folders, in name order.
fn toml_files(dir: &Path) -> Result<Vec<std::path::PathBuf>, Diagnostic> {
    let entries = std::fs::read_dir(dir).map_err(|error| {
        Diagnostic::new(
            dir.display().to_string(),
            format!("cannot read the folder: {error}"),
        )
    })?;
    let mut paths = Vec::new();
    for path in entries.filter_map(|entry| entry.ok().map(|entry| entry.path())) {
        if path.is_dir() {
            paths.extend(toml_files(&path)?);
        } else if path.extension().is_some_and(|ext| ext == "toml") {
            paths.push(path);
        }
    }
    paths.sort();
    Ok(paths)
}

/// Parses every `*.toml` in `dir` and its sub-folders, each with its file name; every error found
/// is returned together.
pub(crate) fn parse_toml_files<T: serde::de::DeserializeOwned>(
    dir: &Path,
) -> Result<Vec<(String, T)>, Vec<Diagnostic>> {
    let paths = toml_files(dir).map_err(|error| vec![error])?;
    let mut parsed = Vec::new();
    let mut errors = Vec::new();
    for path in paths {
        let file = path.display().to_string();
        let text = match std::fs::read_to_string(&path) {
            Ok(text) => text,
            Err(error) => {
                errors.push(Diagnostic::new(
                    &file,
                    format!("cannot read the file: {error}"),
                ));
                continue;
            }
        };
        let source = TomlSource {
            file: &file,
            text: &text,
            first_line: 1,
        };
        match source.parse::<T>() {
            Ok(value) => parsed.push((file, value)),
            Err(error) => errors.push(error),
        }
    }
    if errors.is_empty() {
        Ok(parsed)
    } else {
        Err(errors)
    }
}

/// Reads every `*.toml` in `dir` and its sub-folders (`problems/<problem-id>.toml`).
pub fn load_scenarios(dir: &Path) -> Result<Vec<Located>, Vec<Diagnostic>> {
    Ok(parse_toml_files::<ScenarioFile>(dir)?
        .into_iter()
        .flat_map(|(file, parsed)| {
            parsed.scenario.into_iter().map(move |scenario| Located {
                file: file.clone(),
                scenario,
            })
        })
        .collect())
}

/// Walks the journey answering only what is asked. Returns the outcome id and the rule that
/// decided it, or why the scenario does not fit the rules (a question it does not answer, or
/// answers never asked for).
pub fn walk(rules: &RuleSet, scenario: &Scenario) -> Result<(String, String), String> {
    let mut given = Answers::default();
    let mut unused = scenario.responses.clone();
    loop {
        let (topic, asked) = match next_step(rules, &given).map_err(|error| error.to_string())? {
            Step::AskRedFlags(_) => {
                given.red_flags = Some(scenario.red_flags.clone());
                continue;
            }
            Step::Outcome(decision) => {
                if !unused.is_empty() {
                    return Err(format!("answers never asked for: {unused:?}"));
                }
                return Ok((decision.outcome.id.clone(), decision.decided_by.to_string()));
            }
            Step::Ask { topic, prompt } => (topic, prompt.text),
        };
        let choice = match &topic {
            Topic::Who => "me".to_string(),
            Topic::Age => scenario.age.clone(),
            Topic::Problem => scenario
                .problem
                .clone()
                .ok_or("asked for the main problem, but the scenario names none")?,
            Topic::Sex => scenario
                .sex
                .clone()
                .or_else(|| scenario.pregnant.is_some().then(|| "female".to_string()))
                .ok_or_else(|| format!("asked \"{asked}\", but the scenario gives no `sex`"))?,
            Topic::Question { question, .. } => {
                match (
                    unused.remove(&question.id),
                    question.id.as_str(),
                    scenario.pregnant,
                ) {
                    (Some(choice), _, _) => choice,
                    (None, "pregnant", Some(pregnant)) => {
                        if pregnant { "yes" } else { "no" }.to_string()
                    }
                    (None, _, _) => {
                        return Err(format!(
                            "asked `{}`, which the scenario does not answer",
                            question.id
                        ))
                    }
                }
            }
        };
        given.answer(&topic, &choice);
    }
}

/// How the rules' outcomes compare with the scenarios' expectations, by expected urgency.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Report {
    /// Counts by the urgency of the expected outcome, most urgent first.
    pub rows: BTreeMap<Urgency, Counts>,
    /// Scenarios that could not be walked, or expect an outcome that does not exist.
    pub broken: Vec<String>,
    /// Scenarios whose outcome differs from the expected one.
    pub disagreements: Vec<String>,
    /// The rules (and red flags) that decided at least one scenario.
    pub decided_by: std::collections::BTreeSet<String>,
}

/// How the outcomes of a group of scenarios compare with what they expect.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Counts {
    /// The expected outcome exactly.
    pub agree: usize,
    /// A different outcome at the same urgency.
    pub same_urgency: usize,
    /// A more urgent outcome than expected.
    pub over_triage: usize,
    /// A less urgent outcome than expected.
    pub under_triage: usize,
}

/// Walks every scenario and compares the outcome it reaches with the one it expects.
pub fn report(rules: &RuleSet, scenarios: &[Located]) -> Report {
    let mut report = Report::default();
    for Located { file, scenario } in scenarios {
        let label = format!("{file}: {}", scenario.name);
        let Some(expected) = rules.outcome(&scenario.expect) else {
            report.broken.push(format!(
                "{label}: expects `{}`, which is not an outcome",
                scenario.expect
            ));
            continue;
        };
        let actual = match walk(rules, scenario) {
            Ok((id, decided_by)) => {
                report.decided_by.insert(decided_by);
                rules
                    .outcome(&id)
                    .expect("the engine returns known outcomes")
            }
            Err(error) => {
                report.broken.push(format!("{label}: {error}"));
                continue;
            }
        };
        let counts = report.rows.entry(expected.urgency).or_default();
        if actual.id == expected.id {
            counts.agree += 1;
            continue;
        }
        match actual.urgency.cmp(&expected.urgency) {
            std::cmp::Ordering::Less => counts.over_triage += 1,
            std::cmp::Ordering::Greater => counts.under_triage += 1,
            std::cmp::Ordering::Equal => counts.same_urgency += 1,
        }
        report.disagreements.push(format!(
            "{label}: expected `{}`, got `{}`",
            expected.id, actual.id
        ));
    }
    report
}

impl Report {
    /// The counts for every urgency together.
    pub fn total(&self) -> Counts {
        self.rows
            .values()
            .fold(Counts::default(), |sum, row| Counts {
                agree: sum.agree + row.agree,
                same_urgency: sum.same_urgency + row.same_urgency,
                over_triage: sum.over_triage + row.over_triage,
                under_triage: sum.under_triage + row.under_triage,
            })
    }

    /// A table for the terminal.
    pub fn table(&self) -> String {
        let mut text = format!(
            "{:<14} {:>7} {:>7} {:>13} {:>11} {:>12}\n",
            "expected", "cases", "agree", "same urgency", "over-triage", "under-triage"
        );
        let mut line = |label: String, counts: &Counts| {
            let cases =
                counts.agree + counts.same_urgency + counts.over_triage + counts.under_triage;
            writeln!(
                text,
                "{label:<14} {cases:>7} {:>7} {:>13} {:>11} {:>12}",
                counts.agree, counts.same_urgency, counts.over_triage, counts.under_triage
            )
            .expect("writing to a String");
        };
        for (urgency, counts) in &self.rows {
            line(format!("{urgency:?}"), counts);
        }
        line("all".to_string(), &self.total());
        for problem in self.broken.iter().chain(&self.disagreements) {
            text.push_str(problem);
            text.push('\n');
        }
        text
    }
}
