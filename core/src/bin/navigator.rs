//! `navigator`: check the authored content and walk the signposting rules without a browser.
//!
//!     navigator validate [--content DIR] [--today YYYY-MM-DD]
//!     navigator run ANSWERS.json [--content DIR]
//!     navigator walk [--content DIR]

use navigator_core::bundle::{self, Bundle};
use navigator_core::directory::Service;
use navigator_core::signpost::{
    self, next_step, scenarios, Answers, Decision, Prompt, Reason, Step, Topic, Who,
};
use navigator_core::{diagnostic, Date};
use serde_json::{json, Value};
use std::io::{BufRead, Write};
use std::path::PathBuf;
use std::process::ExitCode;

const USAGE: &str = "usage:
  navigator validate [--content DIR] [--today YYYY-MM-DD]   check every page, service and rule
  navigator run ANSWERS.json [--content DIR]                print the next step for a file of answers, as JSON
  navigator walk [--content DIR]                            answer the questions in the terminal
  navigator scenarios [--content DIR]                       compare every scenario in content/scenarios with the rules
  navigator evaluate [--content DIR]                        the rules against content/vignettes: figures and every miss
  navigator vignette-scenarios [--content DIR]              the played vignettes at their gold level as scenarios (TOML), for
                                                            content/scenarios/vignettes.toml
  navigator find TEXT... [--content DIR]                    the problems that match what someone typed, best first, as JSON
  navigator check PROBLEM... [--content DIR]                check only these problems (and their scenarios), while
                                                            other problems are being written
  navigator bench [--content DIR]                           time the engine and the rule-set checks
  navigator report [--content DIR]                          reading ease, sentence length and passive voice of every page
  navigator publish --dist DIR [--content DIR]              finish a trunk build in DIR: every page at its address, the
                                                            fragments and search index the app fetches, the service
                                                            worker and the security policy

DIR defaults to NAVIGATOR_CONTENT, or content/ if that is not set. The day checks run as is
--today, else NAVIGATOR_TODAY, else today in London.

ANSWERS.json looks like:
  {\"age\": \"18-to-64\", \"red_flags\": [], \"problem\": \"back-pain\", \"responses\": {\"nerve-signs\": \"no\"}}";

struct Options {
    command: String,
    file: Option<PathBuf>,
    /// Further words after the first: problem ids for `check`.
    more: Vec<String>,
    dist: Option<PathBuf>,
    content: PathBuf,
    today: Date,
}

impl Options {
    /// The words after the command: problem ids for `check`, the text for `find`.
    fn words(&self) -> Vec<String> {
        self.file
            .iter()
            .map(|file| file.display().to_string())
            .chain(self.more.iter().cloned())
            .collect()
    }
}

fn main() -> ExitCode {
    match parse_args(std::env::args().skip(1).collect()) {
        Ok(options) => match run(&options) {
            Ok(()) => ExitCode::SUCCESS,
            Err(message) => {
                eprintln!("{message}");
                ExitCode::FAILURE
            }
        },
        Err(message) => {
            eprintln!("{message}\n\n{USAGE}");
            ExitCode::from(2)
        }
    }
}

fn parse_args(args: Vec<String>) -> Result<Options, String> {
    let mut args = args.into_iter();
    let command = args.next().ok_or("no command given")?;
    let mut options = Options {
        command,
        file: None,
        more: Vec::new(),
        dist: None,
        content: PathBuf::from(std::env::var("NAVIGATOR_CONTENT").unwrap_or("content".into())),
        today: Date::today()?,
    };
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--content" => options.content = args.next().ok_or("--content needs a folder")?.into(),
            "--dist" => options.dist = Some(args.next().ok_or("--dist needs a folder")?.into()),
            "--today" => {
                let text = args.next().ok_or("--today needs a date")?;
                options.today = text.parse().map_err(|error| format!("--today: {error}"))?;
            }
            "-h" | "--help" => return Err("help".into()),
            other if options.file.is_none() && !other.starts_with('-') => {
                options.file = Some(other.into())
            }
            other if !other.starts_with('-') => options.more.push(other.to_string()),
            other => return Err(format!("unexpected argument `{other}`")),
        }
    }
    Ok(options)
}

fn run(options: &Options) -> Result<(), String> {
    if options.command == "scenarios" {
        return run_scenarios(options);
    }
    if options.command == "bench" {
        return bench(options);
    }
    if options.command == "check" {
        return check_problems(options);
    }
    if options.command == "find" {
        return find(options);
    }
    if options.command == "evaluate" {
        return evaluate(options);
    }
    if options.command == "vignette-scenarios" {
        return vignette_scenarios(options);
    }
    if options.command == "run" {
        return run_answers(options);
    }
    let bundle = bundle::load(&options.content, options.today).map_err(|errors| {
        format!(
            "{}{} problem(s) found in {}; fix them and run again",
            diagnostic::report(&errors),
            errors.len(),
            options.content.display()
        )
    })?;
    match options.command.as_str() {
        "validate" => {
            println!("{}", summary(&bundle));
            for (date, what) in bundle::due_soon(&bundle, options.today) {
                println!(
                    "warning: {what} must be reviewed by {date}, or the build stops the day after"
                );
            }
            Ok(())
        }
        "walk" => walk(&bundle),
        "publish" => {
            let dist = options
                .dist
                .as_ref()
                .ok_or("publish needs --dist DIR (trunk's output)")?;
            let report = navigator_core::site::publish::publish(&bundle, dist)?;
            println!(
                "published {} pages and {} fragments in {}; the stylesheet trimmed from {} KB to {} KB; the service worker precaches {} files ({} KB)",
                report.pages,
                report.fragments,
                dist.display(),
                report.stylesheet_bytes.0 / 1024,
                report.stylesheet_bytes.1 / 1024,
                report.precached_files,
                report.precached_bytes / 1024
            );
            Ok(())
        }
        "report" => {
            print!("{}", readability_report(&bundle));
            Ok(())
        }
        other => Err(format!("unknown command `{other}`\n\n{USAGE}")),
    }
}

/// Loads only the rules (not the whole bundle), so scenarios can be checked while other content
/// is still being written.
fn run_scenarios(options: &Options) -> Result<(), String> {
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
fn run_answers(options: &Options) -> Result<(), String> {
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
fn evaluate(options: &Options) -> Result<(), String> {
    let (rules, vignettes) = rules_and_vignettes(options)?;
    print!(
        "{}",
        signpost::vignettes::evaluate(&rules, &vignettes).report()
    );
    Ok(())
}

/// The vignettes played to their gold level, as scenarios.
fn vignette_scenarios(options: &Options) -> Result<(), String> {
    let (rules, vignettes) = rules_and_vignettes(options)?;
    print!(
        "{}",
        signpost::vignettes::scenarios_toml(&rules, &vignettes)
    );
    Ok(())
}

/// The problems matching the words given, best first, as JSON; "Something else" is left out.
fn find(options: &Options) -> Result<(), String> {
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
fn check_problems(options: &Options) -> Result<(), String> {
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

/// Times one engine step (the last step of a complete journey through each problem, which
/// evaluates the most rules) and loading plus checking every piece of content.
fn bench(options: &Options) -> Result<(), String> {
    use std::time::Instant;
    let started = Instant::now();
    let bundle = bundle::load(&options.content, options.today)
        .map_err(|errors| diagnostic::report(&errors))?;
    let load_and_check = started.elapsed();

    let (rules, locations) = load_rules(options)?;
    let service_ids = bundle
        .directory
        .services
        .iter()
        .map(|s| s.id.clone())
        .collect();
    let guidance_slugs = bundle
        .guidance
        .pages
        .iter()
        .map(|page| page.slug.clone())
        .collect();
    let references = signpost::References {
        service_ids: &service_ids,
        guidance_slugs: &guidance_slugs,
        pictograms: &bundle.pictograms,
    };
    let started = Instant::now();
    let coverage = signpost::validate(&rules, &locations, &references, options.today)
        .map_err(|errors| diagnostic::report(&errors))?;
    let validate = started.elapsed();

    const STEPS: u32 = 20_000;
    let mut slowest = (std::time::Duration::ZERO, String::new());
    let mut total = std::time::Duration::ZERO;
    for problem in &rules.problems {
        // Answer the last offered choice each time (often the least urgent), so the journey
        // passes every rule.
        let mut answers = Answers {
            red_flags: Some(Vec::new()),
            who: Some(Who::Me),
            age: problem.ages.last().cloned(),
            problem: Some(problem.id.clone()),
            ..Answers::default()
        };
        while let Ok(Step::Ask { topic, prompt }) = next_step(&rules, &answers) {
            let choice = &prompt.options.last().expect("questions have choices").id;
            answers.answer(&topic, choice);
        }
        let started = Instant::now();
        for _ in 0..STEPS {
            std::hint::black_box(next_step(&rules, std::hint::black_box(&answers)).is_ok());
        }
        let per_step = started.elapsed() / STEPS;
        total += per_step;
        if per_step > slowest.0 {
            slowest = (per_step, problem.id.clone());
        }
    }
    bench_search(&bundle)?;
    println!("engine step (last step of a journey, mean of {STEPS} runs per problem):");
    println!(
        "  mean over {} problems: {:.2} µs",
        rules.problems.len(),
        total.as_secs_f64() * 1e6 / rules.problems.len() as f64
    );
    println!(
        "  slowest problem: {} at {:.2} µs",
        slowest.1,
        slowest.0.as_secs_f64() * 1e6
    );
    println!(
        "validate the rule set ({} journeys walked): {:.1} ms",
        coverage.journeys,
        validate.as_secs_f64() * 1e3
    );
    println!(
        "load and check all content (pages, services, rules): {:.1} ms",
        load_and_check.as_secs_f64() * 1e3
    );
    Ok(())
}

/// One line per guidance page, hardest to read first.
fn readability_report(bundle: &Bundle) -> String {
    let mut pages: Vec<_> = bundle.guidance.pages.iter().collect();
    pages.sort_by(|a, b| {
        a.readability
            .reading_ease
            .total_cmp(&b.readability.reading_ease)
    });
    let mut text = format!(
        "{:<34} {:>8} {:>7} {:>10} {:>8} {:>8}\n",
        "page", "reading", "words", "words per", "longest", "passive"
    );
    text.push_str(&format!(
        "{:<34} {:>8} {:>7} {:>10} {:>8} {:>8}\n",
        "", "ease", "", "sentence", "sentence", "phrases"
    ));
    for page in pages {
        let r = &page.readability;
        let note = if page.meta.reading_ease_note.is_some() {
            " (note given)"
        } else {
            ""
        };
        text.push_str(&format!(
            "{:<34} {:>8.0} {:>7} {:>10.1} {:>8} {:>8}{note}\n",
            page.slug,
            r.reading_ease,
            r.words,
            r.words_per_sentence(),
            r.longest_sentence,
            r.passive
        ));
    }
    text
}

/// Search index size and query time over the real pages and over a synthetic library ten times
/// larger (each page copied with half its words changed, so the vocabulary grows too). Writes the
/// larger index to target/bench/ so its compressed size can be measured.
fn bench_search(bundle: &Bundle) -> Result<(), String> {
    use navigator_core::search::{build_index, IndexedPage, SearchIndex};
    use std::time::Instant;
    const QUERIES: [&str; 12] = [
        "sore throat",
        "tummy bug",
        "water infection",
        "diarhea",
        "sinusitus",
        "head lice",
        "cough",
        "chest",
        "toothache",
        "physio",
        "vaccinations for children",
        "zebra",
    ];
    let time_queries = |index: &SearchIndex| {
        const ROUNDS: u32 = 20;
        let started = Instant::now();
        let mut results = 0;
        for _ in 0..ROUNDS {
            for query in QUERIES {
                results += std::hint::black_box(index.search(query)).len();
            }
        }
        (
            started.elapsed() / (ROUNDS * QUERIES.len() as u32),
            results / ROUNDS as usize,
        )
    };
    // Slug, title, summary, topics, headings and body of each synthetic page.
    type PageText = (String, String, String, Vec<String>, Vec<String>, String);
    let mutated: Vec<PageText> = (0..10)
        .flat_map(|copy| {
            bundle.guidance.pages.iter().map(move |page| {
                let change = |text: &str| -> String {
                    text.split_whitespace()
                        .enumerate()
                        .map(|(i, word)| {
                            if copy > 0 && i % 2 == 0 {
                                format!("{word}x{copy}")
                            } else {
                                word.to_string()
                            }
                        })
                        .collect::<Vec<_>>()
                        .join(" ")
                };
                (
                    format!("{}-{copy}", page.slug),
                    change(&page.meta.title),
                    change(&page.meta.summary),
                    page.meta.topics.iter().map(|topic| change(topic)).collect(),
                    page.body
                        .headings
                        .iter()
                        .map(|heading| change(&heading.text))
                        .collect(),
                    change(&page.body.text),
                )
            })
        })
        .collect();
    let pages: Vec<IndexedPage> = mutated
        .iter()
        .map(
            |(slug, title, summary, topics, headings, body)| IndexedPage {
                slug,
                title,
                summary,
                topics,
                headings: headings.iter().map(String::as_str).collect(),
                body,
                easy_read_of: None,
            },
        )
        .collect();
    let larger = build_index(&pages, bundle.search.synonyms.clone());
    let larger_json = serde_json::to_string(&larger).expect("the index serialises");
    std::fs::create_dir_all("target/bench").map_err(|error| error.to_string())?;
    std::fs::write("target/bench/search-index-10x.json", &larger_json)
        .map_err(|error| error.to_string())?;
    let real_json = serde_json::to_string(&bundle.search).expect("the index serialises");
    for (label, index, json) in [
        ("real", &bundle.search, &real_json),
        ("10x synthetic", &larger, &larger_json),
    ] {
        let (per_query, results) = time_queries(index);
        println!(
            "search index, {label}: {} pages, {} terms, {:.1} KB JSON; query {:.0} µs mean over {} queries ({results} results)",
            index.docs.len(),
            index.terms.len(),
            json.len() as f64 / 1024.0,
            per_query.as_secs_f64() * 1e6,
            QUERIES.len(),
        );
    }
    Ok(())
}

fn summary(bundle: &Bundle) -> String {
    let coverage = &bundle.coverage;
    let mut text = format!(
        "ok: {} guidance pages, {} services, {} red flags, {} problems, {} outcomes\n\
         every journey checked: {} journeys, each ends in an outcome",
        bundle.guidance.pages.len(),
        bundle.directory.services.len(),
        bundle.rules.red_flags.len(),
        bundle.rules.problems.len(),
        bundle.rules.outcomes.len(),
        coverage.journeys,
    );
    for (problem, journeys) in &coverage.journeys_by_problem {
        text.push_str(&format!("\n  {problem}: {journeys} journeys"));
    }
    text
}

fn reasons_json(reasons: &[Reason]) -> Value {
    serde_json::to_value(reasons).expect("reasons serialise")
}

fn service_json(service: &Service) -> Value {
    json!({
        "id": service.id,
        "name": service.name,
        "phone": service.phone,
        "text": service.text,
        "website": service.website,
        "last_verified": service.last_verified,
    })
}

fn decision_json(decision: &Decision, services: &[Service]) -> Value {
    let outcome = decision.outcome;
    json!({
        "step": "outcome",
        "outcome": {
            "id": outcome.id,
            "title": outcome.title,
            "urgency": outcome.urgency,
            "how_soon": outcome.how_soon,
            "advice": outcome.advice,
            "if_worse": outcome.if_worse,
            "guidance": outcome.guidance,
            "services": outcome.services.iter()
                .filter_map(|id| services.iter().find(|service| &service.id == id))
                .map(service_json)
                .collect::<Vec<_>>(),
        },
        "decided_by": decision.decided_by,
        "source": decision.source,
        "because": reasons_json(&decision.because),
        "ruled_out": reasons_json(&decision.ruled_out),
        "took_safer_answer": decision.took_safer_answer(),
    })
}

/// Where an answer to the topic goes in the answers file.
fn answer_field(topic: &Topic) -> String {
    match topic {
        Topic::Who => "who".to_string(),
        Topic::Age => "age".to_string(),
        Topic::Problem => "problem".to_string(),
        Topic::Sex => "sex".to_string(),
        Topic::Question { question, .. } => format!("responses.{}", question.id),
    }
}

fn step_json(step: &Step, services: &[Service]) -> Value {
    match step {
        Step::AskRedFlags(flags) => json!({
            "step": "red_flags",
            "text": "Is any of these happening now, or has it just happened? Tick all that apply, or none.",
            "answer_as": "red_flags",
            "choices": flags.iter().map(|flag| json!({"id": flag.id, "label": flag.text, "hint": flag.hint})).collect::<Vec<_>>(),
        }),
        Step::Ask { topic, prompt } => json!({
            "step": "question",
            "answer_as": answer_field(topic),
            "text": prompt.text,
            "hint": prompt.hint,
            "choices": prompt.options,
        }),
        Step::Outcome(decision) => decision_json(decision, services),
    }
}

/// The same journey as the website, one question at a time in the terminal.
fn walk(bundle: &Bundle) -> Result<(), String> {
    let stdin = std::io::stdin();
    let mut input = stdin.lock();
    let mut answers = Answers::default();
    println!(
        "Kent & Medway Care Navigator. In an emergency, call 999. Type a number and press Enter."
    );
    loop {
        let step = next_step(&bundle.rules, &answers).map_err(|error| error.to_string())?;
        match step {
            Step::AskRedFlags(flags) => {
                println!("\nIs any of these happening now, or has it just happened?");
                for (number, flag) in flags.iter().enumerate() {
                    println!("  {}. {}", number + 1, flag.text);
                }
                println!("  0. None of these");
                let picked = read_numbers(&mut input, flags.len())?;
                answers.red_flags = Some(
                    picked
                        .into_iter()
                        .map(|index| flags[index].id.clone())
                        .collect(),
                );
            }
            Step::Ask { topic, prompt } => {
                let index = choose(&mut input, &prompt)?;
                answers.answer(&topic, &prompt.options[index].id);
            }
            Step::Outcome(decision) => {
                print_decision(&decision, &bundle.directory.services);
                return Ok(());
            }
        }
    }
}

fn read_line(input: &mut impl BufRead) -> Result<String, String> {
    print!("> ");
    std::io::stdout()
        .flush()
        .map_err(|error| error.to_string())?;
    let mut line = String::new();
    let read = input
        .read_line(&mut line)
        .map_err(|error| error.to_string())?;
    if read == 0 {
        return Err("stopped: no more input".into());
    }
    Ok(line.trim().to_string())
}

fn choose(input: &mut impl BufRead, prompt: &Prompt) -> Result<usize, String> {
    println!("\n{}", prompt.text);
    if let Some(hint) = &prompt.hint {
        println!("({hint})");
    }
    for (number, option) in prompt.options.iter().enumerate() {
        println!("  {}. {}", number + 1, option.label);
    }
    let count = prompt.options.len();
    loop {
        match read_line(input)?.parse::<usize>() {
            Ok(number) if (1..=count).contains(&number) => return Ok(number - 1),
            _ => println!("Type a number from 1 to {count}."),
        }
    }
}

fn read_numbers(input: &mut impl BufRead, count: usize) -> Result<Vec<usize>, String> {
    loop {
        let line = read_line(input)?;
        let numbers: Result<Vec<usize>, _> = line
            .split([' ', ','])
            .filter(|part| !part.is_empty())
            .map(str::parse)
            .collect();
        match numbers {
            Ok(numbers) if numbers == [0] => return Ok(Vec::new()),
            Ok(numbers)
                if !numbers.is_empty() && numbers.iter().all(|n| (1..=count).contains(n)) =>
            {
                return Ok(numbers.into_iter().map(|n| n - 1).collect())
            }
            _ => println!(
                "Type the numbers that apply, separated by spaces, or 0 for none of these."
            ),
        }
    }
}

fn print_decision(decision: &Decision, services: &[Service]) {
    let outcome = decision.outcome;
    println!("\n{}\nHow soon: {}\n", outcome.title, outcome.how_soon);
    for paragraph in &outcome.advice {
        println!("{paragraph}\n");
    }
    println!("Why we said this:");
    for reason in &decision.because {
        let note = if reason.took_safer_answer {
            " (not sure, so we took the safer answer)"
        } else {
            ""
        };
        println!("  - {}: {}{note}", reason.question, reason.answer);
    }
    for reason in &decision.ruled_out {
        println!("  - ruled out: {}: {}", reason.question, reason.answer);
    }
    println!(
        "  (rule {}, source: {})",
        decision.decided_by, decision.source.title
    );
    println!("\nIf it gets worse:");
    for paragraph in &outcome.if_worse {
        println!("  - {paragraph}");
    }
    for id in &outcome.services {
        if let Some(service) = services.iter().find(|service| &service.id == id) {
            let contact = service
                .phone
                .as_deref()
                .or(service.website.as_deref())
                .unwrap_or("");
            println!(
                "\n{}: {contact} (details checked {})",
                service.name,
                service.last_verified.long()
            );
        }
    }
}
