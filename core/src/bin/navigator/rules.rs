//! The commands that need the rule set but not the rest of the content, so that they stay quick
//! and work while other content is being written: `run` (the next step for a file of answers),
//! `scenarios`, `evaluate` and `vignette-scenarios` (the rules against the scenarios and the
//! vignettes), `find` (the problems matching what someone typed) and `check` (a few problems
//! and their scenarios alone).

use crate::walk::step_json;
use crate::Options;
use navigator_core::diagnostic;
use navigator_core::signpost::{self, next_step, scenarios, Answers};
use serde_json::{json, Value};

/// Loads only the rules (not the whole bundle), so scenarios can be checked while other content
/// is still being written.
pub fn run_scenarios(options: &Options) -> Result<(), String> {
    let (rules, _) = load_rules(options)?;
    let scenarios = scenarios::load_scenarios(&options.content.join("scenarios"))
        .map_err(|errors| diagnostic::report(&errors))?;
    let report = scenarios::report(&rules, &scenarios);
    print!("{}", report.table());
    if report.broken.is_empty() && report.disagreements.is_empty() {
        Ok(())
    } else {
        Err(format!(
            "{} scenario(s) disagree with the rules and {} cannot be walked",
            report.disagreements.len(),
            report.broken.len()
        ))
    }
}

/// The next step for a file of answers, as JSON. Loads only the rules and the services (the
/// full checks are `validate`'s job), so that playing a journey step by step is quick.
pub fn run_answers(options: &Options) -> Result<(), String> {
    let path = options.file.as_ref().ok_or("run needs a file of answers")?;
    let text = std::fs::read_to_string(path)
        .map_err(|error| format!("cannot read {}: {error}", path.display()))?;
    let answers: Answers = serde_json::from_str(&text)
        .map_err(|error| format!("{} is not a valid answers file: {error}", path.display()))?;
    let (rules, _) = load_rules(options)?;
    let directory = navigator_core::directory::load(&options.content, options.today)
        .map_err(|errors| diagnostic::report(&errors))?;
    let step =
        next_step(&rules, &answers).map_err(|error| format!("{}: {error}", path.display()))?;
    let report = step_json(&step, &directory.services);
    println!(
        "{}",
        serde_json::to_string_pretty(&report).expect("JSON values serialise")
    );
    Ok(())
}

/// The rule set alone, with where each part was written: quicker than loading all content.
fn load_rules(options: &Options) -> Result<(signpost::RuleSet, signpost::Locations), String> {
    signpost::load_dir(&options.content.join("signposting"))
        .map_err(|errors| diagnostic::report(&errors))
}

/// The rule set and the vignettes, with the answers played for each.
type Played = (
    signpost::RuleSet,
    Vec<(signpost::vignettes::Vignette, Option<signpost::Answers>)>,
);

fn rules_and_vignettes(options: &Options) -> Result<Played, String> {
    let (rules, _) = load_rules(options)?;
    let vignettes = signpost::vignettes::load(&options.content.join("vignettes"))
        .map_err(|errors| diagnostic::report(&errors))?;
    Ok((rules, vignettes))
}

/// The rules against the held-out vignettes: figures and every miss.
pub fn evaluate(options: &Options) -> Result<(), String> {
    let (rules, vignettes) = rules_and_vignettes(options)?;
    print!(
        "{}",
        signpost::vignettes::evaluate(&rules, &vignettes).report()
    );
    Ok(())
}

/// The vignettes played to their gold level, as scenarios.
pub fn vignette_scenarios(options: &Options) -> Result<(), String> {
    let (rules, vignettes) = rules_and_vignettes(options)?;
    print!(
        "{}",
        signpost::vignettes::scenarios_toml(&rules, &vignettes)
    );
    Ok(())
}

/// The problems matching the words given, best first, as JSON; "Something else" is left out.
pub fn find(options: &Options) -> Result<(), String> {
    let query = options.words();
    let (rules, _) = load_rules(options)?;
    let found: Vec<Value> = signpost::find(&rules.problems, &query.join(" "), None)
        .into_iter()
        .filter(|found| !found.problem.catch_all)
        .map(|found| {
            json!({
                "id": found.problem.id,
                "title": found.problem.title,
                "confident": found.confident,
                "score": (found.score * 10.0).round() / 10.0,
            })
        })
        .collect();
    println!(
        "{}",
        serde_json::to_string_pretty(&found).expect("JSON values serialise")
    );
    Ok(())
}

/// Checks a few problems and their scenarios as if no other problem existed, reporting only
/// errors in their files and the files all problems share.
pub fn check_problems(options: &Options) -> Result<(), String> {
    let only = options.words();
    if only.is_empty() {
        return Err("check needs one or more problem ids".into());
    }
    let dir = options.content.join("signposting");
    let (loaded, load_errors) = signpost::load_dir_leniently(&dir);
    let concerns_us = |diagnostic: &navigator_core::Diagnostic| {
        let file = diagnostic.file.replace('\\', "/");
        !file.contains("/problems/")
            || only
                .iter()
                .any(|id| file.ends_with(&format!("/problems/{id}.toml")))
    };
    let mut errors: Vec<_> = load_errors.into_iter().filter(concerns_us).collect();
    let Some((rules, locations)) = loaded else {
        return Err(diagnostic::report(&errors));
    };
    for id in &only {
        if rules.problem(id).is_none() && errors.is_empty() {
            errors.push(navigator_core::Diagnostic::new(
                dir.join("problems")
                    .join(format!("{id}.toml"))
                    .display()
                    .to_string(),
                "there is no such problem (or it could not be read)",
            ));
        }
    }
    let service_ids = navigator_core::directory::load(&options.content, options.today)
        .map(|directory| directory.services.iter().map(|s| s.id.clone()).collect())
        .unwrap_or_default();
    let pictograms = navigator_core::easy_read::load(&options.content).unwrap_or_default();
    let guidance_slugs = navigator_core::content::compile_dir(
        &options.content.join("guidance"),
        options.today,
        &pictograms,
    )
    .map(|library| library.pages.iter().map(|page| page.slug.clone()).collect())
    .unwrap_or_default();
    let references = signpost::References {
        service_ids: &service_ids,
        guidance_slugs: &guidance_slugs,
        pictograms: &pictograms,
    };
    if errors.is_empty() {
        if let Err(found) =
            signpost::validate_problems(&rules, &locations, &references, options.today, &only)
        {
            errors.extend(found);
        }
    }
    let scenarios = scenarios::load_scenarios(&options.content.join("scenarios"))
        .map_err(|errors| diagnostic::report(&errors))?
        .into_iter()
        .filter(|located| {
            located
                .scenario
                .problem
                .as_ref()
                .is_some_and(|id| only.contains(id))
        })
        .collect::<Vec<_>>();
    let report = scenarios::report(&rules, &scenarios);
    for problem in rules
        .problems
        .iter()
        .filter(|problem| only.contains(&problem.id))
    {
        for rule in problem.rules.iter().filter(|rule| rule.module.is_none()) {
            if !report.decided_by.contains(&rule.id) {
                errors.push(navigator_core::Diagnostic::new(
                    format!("content/scenarios/problems/{}.toml", problem.id),
                    format!("no scenario reaches rule `{}`: add one", rule.id),
                ));
            }
        }
    }
    if errors.is_empty() && report.broken.is_empty() && report.disagreements.is_empty() {
        println!(
            "ok: {} problem(s) valid, {} scenario(s) agree",
            only.len(),
            scenarios.len()
        );
        return Ok(());
    }
    Err(format!(
        "{}{}{} problem(s) found",
        diagnostic::report(&errors),
        report.table(),
        errors.len() + report.broken.len() + report.disagreements.len()
    ))
}
