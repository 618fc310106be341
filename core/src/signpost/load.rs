//! Reading the rule set from `content/signposting/`: `age-bands.toml`, `red-flags.toml`,
//! `outcomes.toml` and one `problems/<id>.toml` per presenting problem.

use super::model::{AgeBand, Choice, Outcome, Problem, Question, RedFlag, Rule, RuleSet, Urgency};
use crate::toml_source::TomlSource;
use crate::{Diagnostic, Review, Source};
use serde::Deserialize;
use std::collections::{BTreeMap, HashMap};
use std::path::Path;
use toml::value::Datetime;
use toml::Spanned;

/// Where each authored item is, so the validator can point at it.
#[derive(Debug, Default, Clone)]
pub struct Locations {
    places: HashMap<Located, (String, usize)>,
}

/// An item of the rule set that has a place in a file.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Located {
    AgeBand(String),
    RedFlag(String),
    Outcome(String),
    Problem(String),
    Question { problem: String, question: String },
    Rule(String),
}

impl Locations {
    fn record(&mut self, item: Located, file: &str, line: usize) {
        self.places.insert(item, (file.to_string(), line));
    }

    /// A diagnostic at the item's place, or at `fallback_file` if it has none.
    pub fn diagnostic(
        &self,
        item: &Located,
        fallback_file: &str,
        message: impl Into<String>,
    ) -> Diagnostic {
        match self.places.get(item) {
            Some((file, line)) => Diagnostic::new(file, message).at_line(*line),
            None => Diagnostic::new(fallback_file, message),
        }
    }
}

/// `ages = "all"` or a list of age band ids.
#[derive(Deserialize)]
#[serde(untagged)]
enum Ages {
    Keyword(String),
    Bands(Vec<String>),
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct AgeBandsFile {
    band: Vec<Spanned<RawAgeBand>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawAgeBand {
    id: String,
    label: String,
    from_months: u32,
    to_months: Option<u32>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RedFlagsFile {
    source: Source,
    last_reviewed: Spanned<Datetime>,
    next_review: Spanned<Datetime>,
    flag: Vec<Spanned<RawRedFlag>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawRedFlag {
    id: String,
    text: String,
    hint: Option<String>,
    outcome: String,
    source: Option<Source>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct OutcomesFile {
    outcome: Vec<Spanned<RawOutcome>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawOutcome {
    id: String,
    title: String,
    urgency: Urgency,
    how_soon: String,
    advice: Vec<String>,
    if_worse: Vec<String>,
    #[serde(default)]
    services: Vec<String>,
    guidance: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ProblemFile {
    title: String,
    summary: String,
    ages: Ages,
    #[serde(default)]
    synonyms: Vec<String>,
    #[serde(default)]
    catch_all: bool,
    source: Source,
    last_reviewed: Spanned<Datetime>,
    next_review: Spanned<Datetime>,
    #[serde(default)]
    question: Vec<Spanned<RawQuestion>>,
    rule: Vec<Spanned<RawRule>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawQuestion {
    id: String,
    text: String,
    hint: Option<String>,
    choices: Option<Vec<Choice>>,
    if_unsure: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawRule {
    id: String,
    #[serde(default)]
    when: BTreeMap<String, OneOrMany>,
    outcome: String,
    source: Option<Source>,
}

#[derive(Deserialize)]
#[serde(untagged)]
enum OneOrMany {
    One(String),
    Many(Vec<String>),
}

impl OneOrMany {
    fn into_vec(self) -> Vec<String> {
        match self {
            OneOrMany::One(value) => vec![value],
            OneOrMany::Many(values) => values,
        }
    }
}

/// Reads the rule set. Parse errors are returned together; meaning is checked by `validate`.
pub fn load_dir(dir: &Path) -> Result<(RuleSet, Locations), Vec<Diagnostic>> {
    let mut loader = Loader::default();
    let age_bands = loader.age_bands(&dir.join("age-bands.toml"));
    let red_flags = loader.red_flags(&dir.join("red-flags.toml"));
    let outcomes = loader.outcomes(&dir.join("outcomes.toml"));
    let problems = age_bands
        .as_ref()
        .map(|bands| loader.problems(&dir.join("problems"), bands))
        .unwrap_or_default();
    match (age_bands, red_flags, outcomes) {
        (Some(age_bands), Some((red_flags, red_flag_review)), Some(outcomes))
            if loader.errors.is_empty() =>
        {
            Ok((
                RuleSet {
                    age_bands,
                    red_flags,
                    red_flag_review,
                    problems,
                    outcomes,
                },
                loader.locations,
            ))
        }
        _ => Err(loader.errors),
    }
}

/// An authored file, kept so that byte offsets can be turned into line numbers.
struct File {
    name: String,
    text: String,
}

impl File {
    fn toml(&self) -> TomlSource<'_> {
        TomlSource {
            file: &self.name,
            text: &self.text,
            first_line: 1,
        }
    }

    fn line(&self, offset: usize) -> usize {
        self.toml().line_at(offset)
    }
}

#[derive(Default)]
struct Loader {
    locations: Locations,
    errors: Vec<Diagnostic>,
}

impl Loader {
    fn read<T: serde::de::DeserializeOwned>(&mut self, path: &Path) -> Option<(T, File)> {
        let name = path.display().to_string();
        let text = match std::fs::read_to_string(path) {
            Ok(text) => text,
            Err(error) => {
                self.errors.push(Diagnostic::new(
                    &name,
                    format!("cannot read the file: {error}"),
                ));
                return None;
            }
        };
        let file = File { name, text };
        match file.toml().parse() {
            Ok(value) => Some((value, file)),
            Err(error) => {
                self.errors.push(error);
                None
            }
        }
    }

    fn review(
        &mut self,
        file: &File,
        last: &Spanned<Datetime>,
        next: &Spanned<Datetime>,
    ) -> Option<Review> {
        let toml = file.toml();
        match (
            toml.date("last_reviewed", last),
            toml.date("next_review", next),
        ) {
            (Ok(last_reviewed), Ok(next_review)) => Some(Review {
                last_reviewed,
                next_review,
            }),
            (last, next) => {
                self.errors.extend(last.err());
                self.errors.extend(next.err());
                None
            }
        }
    }

    fn ages(&mut self, ages: Ages, bands: &[AgeBand], file: &str, line: usize) -> Vec<String> {
        match ages {
            Ages::Bands(list) => list,
            Ages::Keyword(word) if word == "all" => {
                bands.iter().map(|band| band.id.clone()).collect()
            }
            Ages::Keyword(word) => {
                self.errors.push(
                    Diagnostic::new(file, format!("`{word}` is not a list of age bands; write \"all\" or a list such as [\"18-64\", \"65-plus\"]"))
                        .at_line(line)
                        .field("ages"),
                );
                Vec::new()
            }
        }
    }

    fn age_bands(&mut self, path: &Path) -> Option<Vec<AgeBand>> {
        let (parsed, file) = self.read::<AgeBandsFile>(path)?;
        let mut bands = Vec::new();
        for spanned in parsed.band {
            let line = file.line(spanned.span().start);
            let raw = spanned.into_inner();
            self.locations
                .record(Located::AgeBand(raw.id.clone()), &file.name, line);
            bands.push(AgeBand {
                id: raw.id,
                label: raw.label,
                from_months: raw.from_months,
                to_months: raw.to_months,
            });
        }
        Some(bands)
    }

    fn red_flags(&mut self, path: &Path) -> Option<(Vec<RedFlag>, Review)> {
        let (parsed, file) = self.read::<RedFlagsFile>(path)?;
        let review = self.review(&file, &parsed.last_reviewed, &parsed.next_review)?;
        let mut flags = Vec::new();
        for spanned in parsed.flag {
            let line = file.line(spanned.span().start);
            let raw = spanned.into_inner();
            self.locations
                .record(Located::RedFlag(raw.id.clone()), &file.name, line);
            flags.push(RedFlag {
                id: raw.id,
                text: raw.text,
                hint: raw.hint,
                outcome: raw.outcome,
                source: raw.source.unwrap_or_else(|| parsed.source.clone()),
            });
        }
        Some((flags, review))
    }

    fn outcomes(&mut self, path: &Path) -> Option<Vec<Outcome>> {
        let (parsed, file) = self.read::<OutcomesFile>(path)?;
        let mut outcomes = Vec::new();
        for spanned in parsed.outcome {
            let line = file.line(spanned.span().start);
            let raw = spanned.into_inner();
            self.locations
                .record(Located::Outcome(raw.id.clone()), &file.name, line);
            outcomes.push(Outcome {
                id: raw.id,
                title: raw.title,
                urgency: raw.urgency,
                how_soon: raw.how_soon,
                advice: raw.advice,
                if_worse: raw.if_worse,
                services: raw.services,
                guidance: raw.guidance,
            });
        }
        Some(outcomes)
    }

    fn problems(&mut self, dir: &Path, bands: &[AgeBand]) -> Vec<Problem> {
        let mut paths: Vec<_> = match std::fs::read_dir(dir) {
            Ok(entries) => entries
                .filter_map(|entry| entry.ok().map(|entry| entry.path()))
                .filter(|path| path.extension().is_some_and(|ext| ext == "toml"))
                .collect(),
            Err(error) => {
                self.errors.push(Diagnostic::new(
                    dir.display().to_string(),
                    format!("cannot read the folder: {error}"),
                ));
                return Vec::new();
            }
        };
        let mut problems: Vec<Problem> = paths
            .iter()
            .filter_map(|path| self.problem(path, bands))
            .collect();
        // The order people see them in: by title, with "something else" last.
        problems.sort_by(|a, b| (a.catch_all, &a.title).cmp(&(b.catch_all, &b.title)));
        problems
    }

    fn problem(&mut self, path: &Path, bands: &[AgeBand]) -> Option<Problem> {
        let id = path.file_stem()?.to_str()?.to_string();
        let (parsed, file) = self.read::<ProblemFile>(path)?;
        self.locations
            .record(Located::Problem(id.clone()), &file.name, 1);
        let review = self.review(&file, &parsed.last_reviewed, &parsed.next_review)?;
        let ages = self.ages(parsed.ages, bands, &file.name, 1);
        let questions = parsed
            .question
            .into_iter()
            .map(|spanned| {
                let line = file.line(spanned.span().start);
                let raw = spanned.into_inner();
                self.locations.record(
                    Located::Question {
                        problem: id.clone(),
                        question: raw.id.clone(),
                    },
                    &file.name,
                    line,
                );
                Question {
                    id: raw.id,
                    text: raw.text,
                    hint: raw.hint,
                    choices: raw.choices.unwrap_or_else(yes_no),
                    if_unsure: raw.if_unsure,
                }
            })
            .collect();
        let rules = parsed
            .rule
            .into_iter()
            .map(|spanned| {
                let line = file.line(spanned.span().start);
                let raw = spanned.into_inner();
                self.locations
                    .record(Located::Rule(raw.id.clone()), &file.name, line);
                Rule {
                    id: raw.id,
                    when: raw
                        .when
                        .into_iter()
                        .map(|(key, values)| (key, values.into_vec()))
                        .collect(),
                    outcome: raw.outcome,
                    source: raw.source.unwrap_or_else(|| parsed.source.clone()),
                }
            })
            .collect();
        Some(Problem {
            id,
            title: parsed.title,
            summary: parsed.summary,
            ages,
            synonyms: parsed.synonyms,
            catch_all: parsed.catch_all,
            questions,
            rules,
            source: parsed.source,
            review,
        })
    }
}

fn yes_no() -> Vec<Choice> {
    [("yes", "Yes"), ("no", "No")]
        .into_iter()
        .map(|(id, label)| Choice {
            id: id.to_string(),
            label: label.to_string(),
        })
        .collect()
}
