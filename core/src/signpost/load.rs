//! Reading the rule set from `content/signposting/`: `age-bands.toml`, `red-flags.toml`,
//! `shared-questions.toml`, `pharmacy-first.toml`, every `outcomes/*.toml`, one
//! `modules/<id>.toml` per safety module and one `problems/<id>.toml` per presenting problem.

use super::model::{
    AgeBand, Choice, EasyReadStep, Exclusion, Module, Outcome, OutcomeKind, PharmacyFirstCondition,
    Problem, Question, QuestionKind, RedFlag, RedFlagGroup, Rule, RuleSet, Urgency,
};
use crate::directory::ServiceKind;
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
    /// An age band in `age-bands.toml`, by id.
    AgeBand(String),
    /// A red flag in `red-flags.toml`, by id.
    RedFlag(String),
    /// An outcome in one of `outcomes/*.toml`, by id.
    Outcome(String),
    /// A problem's file, `problems/<id>.toml`, at its first line.
    Problem(String),
    /// A module's file, `modules/<id>.toml`, at its first line.
    Module(String),
    /// A question where it is written or named: in a problem's file (its own or a shared one) or in
    /// a module's file.
    Question {
        /// The id of the problem or module that asks it.
        problem: String,
        /// The question's id.
        question: String,
    },
    /// A rule, by id: rule ids are unique across problems and modules.
    Rule(String),
    /// A Pharmacy First condition in `pharmacy-first.toml`, by id.
    PharmacyFirst(String),
}

impl Locations {
    fn record(&mut self, item: Located, file: &str, line: usize) {
        self.places.insert(item, (file.to_string(), line));
    }

    /// Whether the item was authored in a file (module questions are authored in the module).
    pub fn has(&self, item: &Located) -> bool {
        self.places.contains_key(item)
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
    #[serde(default)]
    group: RedFlagGroup,
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
    kind: OutcomeKind,
    title: String,
    urgency: Urgency,
    how_soon: String,
    advice: Vec<String>,
    if_worse: Vec<String>,
    #[serde(default)]
    services: Vec<String>,
    guidance: Option<String>,
    #[serde(default)]
    local: Vec<ServiceKind>,
    if_none_open: Option<String>,
    #[serde(default)]
    easy_read: Vec<EasyReadStep>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SharedQuestionsFile {
    question: Vec<Spanned<RawQuestion>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct PharmacyFirstFile {
    condition: Vec<Spanned<RawCondition>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawCondition {
    id: String,
    name: String,
    ages: Vec<String>,
    outcome: String,
    #[serde(default)]
    exclusions: Vec<RawExclusion>,
    source: Source,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawExclusion {
    question: String,
    answers: OneOrMany,
    #[serde(default)]
    ages: Vec<String>,
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
    question: Vec<Spanned<ProblemQuestion>>,
    rule: Vec<Spanned<ProblemRule>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ModuleFile {
    title: String,
    source: Source,
    last_reviewed: Spanned<Datetime>,
    next_review: Spanned<Datetime>,
    question: Vec<Spanned<ProblemQuestion>>,
    rule: Vec<Spanned<RawRule>>,
}

/// A rule written out in full, or `module = "<id>"` to include a module's rules at that place.
#[derive(Deserialize)]
#[serde(untagged)]
enum ProblemRule {
    Include(ModuleReference),
    Own(RawRule),
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ModuleReference {
    module: String,
}

/// A question written out in full, or `shared = "<id>"` to use one from shared-questions.toml.
#[derive(Deserialize)]
#[serde(untagged)]
enum ProblemQuestion {
    Shared(SharedReference),
    Own(RawQuestion),
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SharedReference {
    shared: String,
}

#[derive(Deserialize, Clone)]
#[serde(deny_unknown_fields)]
struct RawQuestion {
    id: String,
    text: String,
    hint: Option<String>,
    choices: Option<Vec<Choice>>,
    if_unsure: Option<String>,
    #[serde(default)]
    kind: QuestionKind,
    source: Option<Source>,
    sex: Option<String>,
    #[serde(default)]
    ages: Vec<String>,
}

impl RawQuestion {
    fn into_question(self, default_source: &Source) -> Question {
        Question {
            id: self.id,
            text: self.text,
            hint: self.hint,
            choices: self.choices.unwrap_or_else(yes_no),
            if_unsure: self.if_unsure,
            kind: self.kind,
            source: self.source.unwrap_or_else(|| default_source.clone()),
            sex: self.sex,
            ages: self.ages,
        }
    }
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
    match load_dir_leniently(dir) {
        (Some(loaded), errors) if errors.is_empty() => Ok(loaded),
        (_, errors) => Err(errors),
    }
}

/// Reads what can be read: the rule set without the problem or module files that have errors,
/// and every error found. `None` if a file every journey needs cannot be read.
pub fn load_dir_leniently(dir: &Path) -> (Option<(RuleSet, Locations)>, Vec<Diagnostic>) {
    let mut loader = Loader::default();
    let age_bands = loader.age_bands(&dir.join("age-bands.toml"));
    let red_flags = loader.red_flags(&dir.join("red-flags.toml"));
    let outcomes = loader.outcomes(&dir.join("outcomes"));
    let shared = loader.shared_questions(&dir.join("shared-questions.toml"));
    let pharmacy_first = loader.pharmacy_first(&dir.join("pharmacy-first.toml"));
    let modules = match &shared {
        Some(shared) => loader.modules(&dir.join("modules"), shared),
        None => Vec::new(),
    };
    let problems = match (&age_bands, &shared) {
        (Some(bands), Some(shared)) => {
            loader.problems(&dir.join("problems"), bands, shared, &modules)
        }
        _ => Vec::new(),
    };
    let rules = match (age_bands, red_flags, outcomes, pharmacy_first) {
        (
            Some(age_bands),
            Some((red_flags, red_flag_review)),
            Some(outcomes),
            Some(pharmacy_first),
        ) => Some((
            RuleSet {
                age_bands,
                red_flags,
                red_flag_review,
                problems,
                outcomes,
                pharmacy_first,
                modules,
            },
            loader.locations,
        )),
        _ => None,
    };
    (rules, loader.errors)
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
                group: raw.group,
                outcome: raw.outcome,
                source: raw.source.unwrap_or_else(|| parsed.source.clone()),
            });
        }
        Some((flags, review))
    }

    fn toml_files(&mut self, dir: &Path) -> Vec<std::path::PathBuf> {
        match std::fs::read_dir(dir) {
            Ok(entries) => {
                let mut paths: Vec<_> = entries
                    .filter_map(|entry| entry.ok().map(|entry| entry.path()))
                    .filter(|path| path.extension().is_some_and(|ext| ext == "toml"))
                    .collect();
                paths.sort();
                paths
            }
            Err(error) => {
                self.errors.push(Diagnostic::new(
                    dir.display().to_string(),
                    format!("cannot read the folder: {error}"),
                ));
                Vec::new()
            }
        }
    }

    fn outcomes(&mut self, dir: &Path) -> Option<Vec<Outcome>> {
        let mut outcomes = Vec::new();
        for path in self.toml_files(dir) {
            let Some((parsed, file)) = self.read::<OutcomesFile>(&path) else {
                continue;
            };
            for spanned in parsed.outcome {
                let line = file.line(spanned.span().start);
                let raw = spanned.into_inner();
                self.locations
                    .record(Located::Outcome(raw.id.clone()), &file.name, line);
                outcomes.push(Outcome {
                    id: raw.id,
                    kind: raw.kind,
                    title: raw.title,
                    urgency: raw.urgency,
                    how_soon: raw.how_soon,
                    advice: raw.advice,
                    if_worse: raw.if_worse,
                    services: raw.services,
                    guidance: raw.guidance,
                    local: raw.local,
                    if_none_open: raw.if_none_open,
                    easy_read: raw.easy_read,
                });
            }
        }
        Some(outcomes)
    }

    fn shared_questions(&mut self, path: &Path) -> Option<Vec<(RawQuestion, usize, String)>> {
        let (parsed, file) = self.read::<SharedQuestionsFile>(path)?;
        Some(
            parsed
                .question
                .into_iter()
                .map(|spanned| {
                    let line = file.line(spanned.span().start);
                    (spanned.into_inner(), line, file.name.clone())
                })
                .collect(),
        )
    }

    fn pharmacy_first(&mut self, path: &Path) -> Option<Vec<PharmacyFirstCondition>> {
        let (parsed, file) = self.read::<PharmacyFirstFile>(path)?;
        let mut conditions = Vec::new();
        for spanned in parsed.condition {
            let line = file.line(spanned.span().start);
            let raw = spanned.into_inner();
            self.locations
                .record(Located::PharmacyFirst(raw.id.clone()), &file.name, line);
            conditions.push(PharmacyFirstCondition {
                id: raw.id,
                name: raw.name,
                ages: raw.ages,
                outcome: raw.outcome,
                exclusions: raw
                    .exclusions
                    .into_iter()
                    .map(|exclusion| Exclusion {
                        question: exclusion.question,
                        answers: exclusion.answers.into_vec(),
                        ages: exclusion.ages,
                    })
                    .collect(),
                source: raw.source,
            });
        }
        Some(conditions)
    }

    fn problems(
        &mut self,
        dir: &Path,
        bands: &[AgeBand],
        shared: &[(RawQuestion, usize, String)],
        modules: &[Module],
    ) -> Vec<Problem> {
        let mut problems: Vec<Problem> = self
            .toml_files(dir)
            .iter()
            .filter_map(|path| self.problem(path, bands, shared, modules))
            .collect();
        // The order people see them in: by title, with "something else" last.
        problems.sort_by(|a, b| (a.catch_all, &a.title).cmp(&(b.catch_all, &b.title)));
        problems
    }

    /// The questions of a problem or module, with shared ones looked up.
    fn questions(
        &mut self,
        file: &File,
        owner: &str,
        entries: Vec<Spanned<ProblemQuestion>>,
        shared: &[(RawQuestion, usize, String)],
        default_source: &Source,
    ) -> Vec<Question> {
        let mut questions = Vec::new();
        for spanned in entries {
            let line = file.line(spanned.span().start);
            let raw = match spanned.into_inner() {
                ProblemQuestion::Own(raw) => raw,
                ProblemQuestion::Shared(SharedReference { shared: wanted }) => {
                    match shared.iter().find(|(question, _, _)| question.id == wanted) {
                        Some((question, _, _)) => question.clone(),
                        None => {
                            self.errors.push(
                                Diagnostic::new(
                                    &file.name,
                                    format!("there is no shared question `{wanted}` in shared-questions.toml"),
                                )
                                .at_line(line)
                                .field("shared"),
                            );
                            continue;
                        }
                    }
                }
            };
            self.locations.record(
                Located::Question {
                    problem: owner.to_string(),
                    question: raw.id.clone(),
                },
                &file.name,
                line,
            );
            questions.push(raw.into_question(default_source));
        }
        questions
    }

    fn rule(&mut self, file: &File, line: usize, raw: RawRule, default_source: &Source) -> Rule {
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
            source: raw.source.unwrap_or_else(|| default_source.clone()),
            module: None,
        }
    }

    fn modules(&mut self, dir: &Path, shared: &[(RawQuestion, usize, String)]) -> Vec<Module> {
        let mut modules = Vec::new();
        for path in self.toml_files(dir) {
            let Some(id) = path.file_stem().and_then(|stem| stem.to_str()) else {
                continue;
            };
            let id = id.to_string();
            let Some((parsed, file)) = self.read::<ModuleFile>(&path) else {
                continue;
            };
            self.locations
                .record(Located::Module(id.clone()), &file.name, 1);
            let Some(review) = self.review(&file, &parsed.last_reviewed, &parsed.next_review)
            else {
                continue;
            };
            let questions = self.questions(&file, &id, parsed.question, shared, &parsed.source);
            let rules = parsed
                .rule
                .into_iter()
                .map(|spanned| {
                    let line = file.line(spanned.span().start);
                    let mut rule = self.rule(&file, line, spanned.into_inner(), &parsed.source);
                    rule.module = Some(id.clone());
                    rule
                })
                .collect();
            modules.push(Module {
                id,
                title: parsed.title,
                questions,
                rules,
                source: parsed.source,
                review,
            });
        }
        modules
    }

    fn problem(
        &mut self,
        path: &Path,
        bands: &[AgeBand],
        shared: &[(RawQuestion, usize, String)],
        modules: &[Module],
    ) -> Option<Problem> {
        let id = path.file_stem()?.to_str()?.to_string();
        let (parsed, file) = self.read::<ProblemFile>(path)?;
        self.locations
            .record(Located::Problem(id.clone()), &file.name, 1);
        let review = self.review(&file, &parsed.last_reviewed, &parsed.next_review)?;
        let ages = self.ages(parsed.ages, bands, &file.name, 1);
        let mut questions = self.questions(&file, &id, parsed.question, shared, &parsed.source);
        let mut rules = Vec::new();
        for spanned in parsed.rule {
            let line = file.line(spanned.span().start);
            match spanned.into_inner() {
                ProblemRule::Own(raw) => rules.push(self.rule(&file, line, raw, &parsed.source)),
                ProblemRule::Include(ModuleReference { module: wanted }) => {
                    let Some(module) = modules.iter().find(|module| module.id == wanted) else {
                        self.errors.push(
                            Diagnostic::new(
                                &file.name,
                                format!(
                                    "there is no module `{wanted}` in content/signposting/modules"
                                ),
                            )
                            .at_line(line)
                            .field("module"),
                        );
                        continue;
                    };
                    rules.extend(module.rules.iter().cloned());
                    for question in &module.questions {
                        match questions.iter().find(|own| own.id == question.id) {
                            None => questions.push(question.clone()),
                            Some(own) if own == question => {}
                            Some(_) => self.errors.push(
                                Diagnostic::new(
                                    &file.name,
                                    format!("module `{wanted}` asks question `{}`, but this problem has its own question with that id; rename one", question.id),
                                )
                                .at_line(line)
                                .field("module"),
                            ),
                        }
                    }
                }
            }
        }
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
