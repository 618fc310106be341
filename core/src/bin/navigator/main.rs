//! `navigator`: check the authored content and walk the signposting rules without a browser.
//!
//!     navigator validate [--content DIR] [--today YYYY-MM-DD]
//!     navigator run ANSWERS.json [--content DIR]
//!     navigator walk [--content DIR]
//!
//! This file holds the arguments, the usage text and which module runs each command: `rules`
//! (run, scenarios, evaluate, vignette-scenarios, find, check: the rule set without the rest of
//! the content), `walk` (the questions in the terminal, and the JSON of a step that `run`
//! prints) and `content` (validate and report: everything loaded and checked). Publishing and the
//! list of pages are navigator-site's, which draws the pages with the app's components. The
//! timings are benchmarks in core/benches (`cargo bench -p navigator-core`).

mod content;
mod rules;
mod walk;

use navigator_core::bundle;
use navigator_core::{diagnostic, Date};
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
  navigator report [--content DIR]                          reading ease, sentence length and passive voice of every page

DIR defaults to NAVIGATOR_CONTENT, or content/ if that is not set. The day checks run as is
--today, else NAVIGATOR_TODAY, else today in London.

ANSWERS.json looks like:
  {\"age\": \"18-to-64\", \"red_flags\": [], \"problem\": \"back-pain\", \"responses\": {\"nerve-signs\": \"no\"}}";

struct Options {
    command: String,
    file: Option<PathBuf>,
    /// Further words after the first: problem ids for `check`.
    more: Vec<String>,
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
        content: PathBuf::from(std::env::var("NAVIGATOR_CONTENT").unwrap_or("content".into())),
        today: Date::today()?,
    };
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--content" => options.content = args.next().ok_or("--content needs a folder")?.into(),
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
        return rules::run_scenarios(options);
    }
    if options.command == "check" {
        return rules::check_problems(options);
    }
    if options.command == "find" {
        return rules::find(options);
    }
    if options.command == "evaluate" {
        return rules::evaluate(options);
    }
    if options.command == "vignette-scenarios" {
        return rules::vignette_scenarios(options);
    }
    if options.command == "run" {
        return rules::run_answers(options);
    }
    let bundle = bundle::load(&options.content, options.today)
        .map_err(|errors| diagnostic::failed_checks(&errors, &options.content))?;
    match options.command.as_str() {
        "validate" => content::validate(&bundle, options),
        "walk" => walk::walk(&bundle),
        "report" => {
            print!("{}", content::readability_report(&bundle));
            Ok(())
        }
        other => Err(format!("unknown command `{other}`\n\n{USAGE}")),
    }
}
