//! `navigator`: check the authored content and walk the signposting rules without a browser.
//!
//!     navigator validate [--content DIR] [--today YYYY-MM-DD]
//!     navigator run ANSWERS.json [--content DIR]
//!     navigator walk [--content DIR]

use navigator_core::bundle::{self, Bundle};
use navigator_core::directory::Service;
use navigator_core::signpost::{self, next_step, scenarios, Answers, Decision, Reason, Step};
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
  navigator bench [--content DIR]                           time the engine and the rule-set checks
  navigator report [--content DIR]                          reading ease, sentence length and passive voice of every page
  navigator publish --dist DIR [--content DIR]              finish a trunk build in DIR: every page at its address, the
                                                            fragments and search index the app fetches, the service
                                                            worker and the security policy

DIR defaults to NAVIGATOR_CONTENT, or content/ if that is not set.

ANSWERS.json looks like:
  {\"age\": \"18-to-64\", \"red_flags\": [], \"problem\": \"back-pain\", \"responses\": {\"nerve-signs\": \"no\"}}";

struct Options {
    command: String,
    file: Option<PathBuf>,
    dist: Option<PathBuf>,
    content: PathBuf,
    today: Date,
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
        dist: None,
        content: PathBuf::from(std::env::var("NAVIGATOR_CONTENT").unwrap_or("content".into())),
        today: Date::today_in_london(),
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
            Ok(())
        }
        "run" => {
            let path = options.file.as_ref().ok_or("run needs a file of answers")?;
            let text = std::fs::read_to_string(path)
                .map_err(|error| format!("cannot read {}: {error}", path.display()))?;
            let answers: Answers = serde_json::from_str(&text).map_err(|error| {
                format!("{} is not a valid answers file: {error}", path.display())
            })?;
            let step = next_step(&bundle.rules, &answers)
                .map_err(|error| format!("{}: {error}", path.display()))?;
            let report = step_json(&step, &bundle.directory.services);
            println!(
                "{}",
                serde_json::to_string_pretty(&report).expect("JSON values serialise")
            );
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
                "published {} pages and {} fragments in {}; the service worker precaches {} files ({} KB)",
                report.pages,
                report.fragments,
                dist.display(),
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
    let (rules, _) = signpost::load_dir(&options.content.join("signposting"))
        .map_err(|errors| diagnostic::report(&errors))?;
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

/// Times one engine step (the last step of a complete journey through each problem, which
/// evaluates the most rules) and loading plus checking every piece of content.
fn bench(options: &Options) -> Result<(), String> {
    use std::time::Instant;
    let started = Instant::now();
    let bundle = bundle::load(&options.content, options.today)
        .map_err(|errors| diagnostic::report(&errors))?;
    let load_and_check = started.elapsed();

    let (rules, locations) = signpost::load_dir(&options.content.join("signposting"))
        .map_err(|errors| diagnostic::report(&errors))?;
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
            age: problem.ages.last().cloned(),
            problem: Some(problem.id.clone()),
            ..Answers::default()
        };
        while let Ok(Step::AskQuestion { question, .. }) = next_step(&rules, &answers) {
            let choice = question
                .offered_choices()
                .last()
                .expect("questions have choices")
                .id
                .clone();
            answers.responses.insert(question.id.clone(), choice);
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
    let mutated: Vec<(String, String, String, Vec<String>, Vec<String>, String)> = (0..10)
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

fn step_json(step: &Step, services: &[Service]) -> Value {
    match step {
        Step::AskAge(bands) => json!({
            "step": "age",
            "choices": bands.iter().map(|band| json!({"id": band.id, "label": band.label})).collect::<Vec<_>>(),
        }),
        Step::AskRedFlags(flags) => json!({
            "step": "red_flags",
            "choices": flags.iter().map(|flag| json!({"id": flag.id, "label": flag.text})).collect::<Vec<_>>(),
        }),
        Step::AskProblem(problems) => json!({
            "step": "problem",
            "choices": problems.iter().map(|problem| json!({"id": problem.id, "label": problem.title})).collect::<Vec<_>>(),
        }),
        Step::AskQuestion { problem, question } => json!({
            "step": "question",
            "problem": problem.id,
            "question": question.id,
            "text": question.text,
            "choices": question.offered_choices().iter().map(|choice| json!({"id": choice.id, "label": choice.label})).collect::<Vec<_>>(),
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
            Step::AskAge(bands) => {
                let labels: Vec<&str> = bands.iter().map(|band| band.label.as_str()).collect();
                let index = choose(&mut input, "How old is the person who needs help?", &labels)?;
                answers.age = Some(bands[index].id.clone());
            }
            Step::AskRedFlags(flags) => {
                println!("\nIs any of these happening now?");
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
            Step::AskProblem(problems) => {
                let labels: Vec<&str> = problems
                    .iter()
                    .map(|problem| problem.title.as_str())
                    .collect();
                let index = choose(&mut input, "What is the main problem?", &labels)?;
                answers.problem = Some(problems[index].id.clone());
            }
            Step::AskQuestion { question, .. } => {
                let choices = question.offered_choices();
                let labels: Vec<&str> =
                    choices.iter().map(|choice| choice.label.as_str()).collect();
                let index = choose(&mut input, &question.text, &labels)?;
                answers
                    .responses
                    .insert(question.id.clone(), choices[index].id.clone());
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

fn choose(input: &mut impl BufRead, question: &str, labels: &[&str]) -> Result<usize, String> {
    println!("\n{question}");
    for (number, label) in labels.iter().enumerate() {
        println!("  {}. {label}", number + 1);
    }
    loop {
        match read_line(input)?.parse::<usize>() {
            Ok(number) if (1..=labels.len()).contains(&number) => return Ok(number - 1),
            _ => println!("Type a number from 1 to {}.", labels.len()),
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
