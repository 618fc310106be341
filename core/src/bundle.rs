//! All authored content, loaded and checked together: guidance pages, the services directory
//! and the signposting rules, with the references between them resolved.

use crate::content::{self, Library, Statements};
use crate::directory::{self, Directory};
use crate::easy_read::{self, Pictograms};
use crate::fingerprint::DataFile;
use crate::search::{self, IndexedPage, SearchIndex};
use crate::signpost::{self, Coverage, Listing, References, RuleSet};
use crate::{Date, Diagnostic};
use std::collections::BTreeSet;
use std::path::Path;

pub mod once;
mod tree;
pub use once::{cache_dir, load_once};

/// All the authored content, loaded and checked: what `navigator-site publish`, the app's build and
/// the content checks all work from.
#[derive(serde::Serialize, serde::Deserialize)]
pub struct Bundle {
    /// The Easy Read pictures that outcomes and the tracker may use.
    pub pictograms: Pictograms,
    /// The guidance pages, compiled, and the sections that group them.
    pub guidance: Library,
    /// The privacy and accessibility statements, compiled as guidance pages are.
    pub statements: Statements,
    /// The services directory, with the bank holidays and postcode districts.
    pub directory: Directory,
    /// The signposting rules, checked, including their links to the guidance and the directory.
    pub rules: RuleSet,
    /// What the check of every possible journey covered, for the summary the checks print.
    pub coverage: Coverage,
    /// The index for searching the guidance, which the app fetches as a data file.
    pub search: SearchIndex,
}

/// The data files the app fetches: the app is built knowing their names (app/build.rs), and
/// `navigator-site publish` writes them.
pub struct DataFiles {
    /// The guidance search index, fetched the first time someone searches.
    pub search_index: DataFile,
    /// The whole rule set, which the questions need from the choice of problem on, and care
    /// navigation from the problem's questions on.
    pub rules: DataFile,
    /// The rule set's opening (`RuleSet::opening`): all care navigation needs to start.
    pub rules_opening: DataFile,
    /// The rule set's signs (`RuleSet::signs`): all the questions need to start.
    pub rules_signs: DataFile,
    /// Each problem without its questions and rules, so search can offer the questions without
    /// fetching the whole rule set.
    pub listings: DataFile,
}

impl Bundle {
    /// The app's data files, each named by a fingerprint of its content so that a changed file
    /// gets a new address.
    pub fn data_files(&self) -> DataFiles {
        DataFiles {
            search_index: DataFile::binary("search", &self.search),
            rules: DataFile::binary("rules", &self.rules),
            rules_opening: DataFile::binary("rules-opening", &self.rules.opening()),
            rules_signs: DataFile::binary("rules-signs", &self.rules.signs()),
            listings: DataFile::binary("problems", &Listing::all(&self.rules)),
        }
    }
}

/// Loads and checks everything under `content_dir` as of `today`. Every problem found in any
/// part is returned, so one run shows everything to fix.
pub fn load(content_dir: &Path, today: Date) -> Result<Bundle, Vec<Diagnostic>> {
    let pictograms = easy_read::load(content_dir)?;
    let guidance = content::compile_dir(&content_dir.join("guidance"), today, &pictograms);
    let directory = directory::load(content_dir, today);
    let rules = signpost::load_dir(&content_dir.join("signposting"));
    let synonyms = search::load_synonyms(&content_dir.join("search-synonyms.toml"));
    match (guidance, directory, rules, synonyms) {
        (Ok(guidance), Ok(directory), Ok((rules, locations)), Ok(synonyms)) => {
            let service_ids: BTreeSet<String> = directory
                .services
                .iter()
                .map(|service| service.id.clone())
                .collect();
            let guidance_slugs: BTreeSet<String> = guidance
                .pages
                .iter()
                .map(|page| page.slug.clone())
                .collect();
            let references = References {
                service_ids: &service_ids,
                guidance_slugs: &guidance_slugs,
                pictograms: &pictograms,
            };
            let coverage = signpost::validate(&rules, &locations, &references, today)?;
            let statements = content::compile_statements(
                &content_dir.join("statements"),
                today,
                &guidance_slugs,
                &pictograms,
            )?;
            let pages: Vec<IndexedPage> = guidance
                .pages
                .iter()
                .map(|page| IndexedPage {
                    slug: &page.slug,
                    title: &page.meta.title,
                    summary: &page.meta.summary,
                    topics: &page.meta.topics,
                    headings: page
                        .body
                        .headings
                        .iter()
                        .map(|heading| heading.text.as_str())
                        .collect(),
                    body: &page.body.text,
                    easy_read_of: page.meta.easy_read_of.first().map(String::as_str),
                })
                .collect();
            let search = search::build_index(&pages, synonyms);
            check_tracker_ideas(&guidance)?;
            check_rule_ties(&guidance, &rules)?;
            Ok(Bundle {
                pictograms,
                guidance,
                statements,
                directory,
                rules,
                coverage,
                search,
            })
        }
        (guidance, directory, rules, synonyms) => {
            let mut errors = Vec::new();
            errors.extend(guidance.err().into_iter().flatten());
            errors.extend(directory.err().into_iter().flatten());
            errors.extend(rules.err().into_iter().flatten());
            errors.extend(synonyms.err().into_iter().flatten());
            Err(errors)
        }
    }
}

/// A care card that names a rule (`## Call 999 if {.emergency rule=head-injury-knocked-out}`)
/// must be as urgent as the rule's outcome, so a page and the questions never disagree:
/// emergency cards for 999 and A&E, urgent cards for anything needed today, non-urgent cards for
/// the rest.
fn check_rule_ties(guidance: &Library, rules: &RuleSet) -> Result<(), Vec<Diagnostic>> {
    use crate::signpost::{OutcomeKind, Urgency};
    let mut errors = Vec::new();
    for page in &guidance.pages {
        for tie in &page.body.rule_ties {
            let outcome = rules
                .problems
                .iter()
                .flat_map(|problem| &problem.rules)
                .find(|rule| rule.id == tie.rule)
                .and_then(|rule| rules.outcome(&rule.outcome));
            let Some(outcome) = outcome else {
                errors.push(
                    Diagnostic::new(&page.file, format!("the care card \u{201c}{}\u{201d} names rule `{}`, which no problem has", tie.heading, tie.rule))
                        .at_line(tie.line),
                );
                continue;
            };
            let fits = match tie.card.as_str() {
                "emergency" => matches!(outcome.kind, OutcomeKind::Call999 | OutcomeKind::AAndE),
                "urgent" => {
                    !matches!(outcome.kind, OutcomeKind::Call999 | OutcomeKind::AAndE)
                        && outcome.urgency <= Urgency::Today
                }
                _ => outcome.urgency > Urgency::Today,
            };
            if !fits {
                errors.push(
                    Diagnostic::new(
                        &page.file,
                        format!(
                            "the {} care card \u{201c}{}\u{201d} describes rule `{}`, but the rule sends people to \u{201c}{}\u{201d} ({:?}): make the page and the rule agree",
                            tie.card, tie.heading, tie.rule, outcome.title, outcome.urgency
                        ),
                    )
                    .at_line(tie.line),
                );
            }
        }
    }
    if errors.is_empty() {
        Ok(())
    } else {
        Err(errors)
    }
}

/// The fewest ideas each five-ways page must give the tracker's "what could I do?".
pub const MIN_IDEAS_PER_WAY: usize = 5;

/// The tracker shows each way's ideas from its guidance page, under "Ideas to try".
fn check_tracker_ideas(guidance: &Library) -> Result<(), Vec<Diagnostic>> {
    let mut errors = Vec::new();
    for way in crate::wellbeing::Way::ALL {
        let slug = way.guidance_slug();
        match guidance.pages.iter().find(|page| page.slug == slug) {
            None => errors.push(Diagnostic::new(
                format!("content/guidance/{slug}.md"),
                format!("the tracker needs this page, with ideas for \u{201c}{}\u{201d}", way.name()),
            )),
            Some(page) if page.list_after_heading("ideas-to-try").len() < MIN_IDEAS_PER_WAY => errors.push(
                Diagnostic::new(
                    &page.file,
                    format!("the tracker shows this page's ideas: give at least {MIN_IDEAS_PER_WAY} in a list under `## Ideas to try`"),
                ),
            ),
            Some(_) => {}
        }
    }
    if errors.is_empty() {
        Ok(())
    } else {
        Err(errors)
    }
}

/// How many days ahead `navigator validate` warns of a review or a check falling due.
pub const WARN_DAYS_AHEAD: i32 = 30;

/// Every page, rule set and service whose review or check falls due within `WARN_DAYS_AHEAD`
/// days of `today`, soonest first, with the last day it passes. The build fails the day after,
/// so these give a month to review, and an urgent fix is never held up by an overdue review.
pub fn due_soon(bundle: &Bundle, today: Date) -> Vec<(Date, String)> {
    let rules = &bundle.rules;
    let statements = [&bundle.statements.privacy, &bundle.statements.accessibility];
    let mut due: Vec<(Date, String)> = bundle
        .guidance
        .pages
        .iter()
        .map(|page| {
            (
                page.meta.next_review,
                format!("guidance page {}", page.file),
            )
        })
        .chain(statements.into_iter().map(|statement| {
            (
                statement.meta.next_review,
                format!("the statement {}", statement.file),
            )
        }))
        .chain(std::iter::once((
            rules.red_flag_review.next_review,
            "the emergency signs (content/signposting/red-flags.toml)".to_string(),
        )))
        .chain(rules.problems.iter().map(|problem| {
            (
                problem.review.next_review,
                format!("the rules for `{}`", problem.id),
            )
        }))
        .chain(bundle.directory.services.iter().map(|service| {
            (
                service
                    .last_verified
                    .add_days(directory::MAX_DAYS_SINCE_VERIFIED),
                format!("the details of service `{}`", service.id),
            )
        }))
        .filter(|(date, _)| *date <= today.add_days(WARN_DAYS_AHEAD))
        .collect();
    due.sort();
    due
}
