//! A step of the journey shown to a person: `walk` asks the questions one at a time in the
//! terminal and prints the outcome, and `step_json` is the same step as JSON, which `run`
//! prints (a question with its choices and where the answer goes, or the outcome with its
//! services and reasons).

use navigator_core::bundle::Bundle;
use navigator_core::directory::Service;
use navigator_core::signpost::{next_step, Answers, Decision, Prompt, Reason, Step, Topic};
use serde_json::{json, Value};
use std::io::{BufRead, Write};

/// The same journey as the website, one question at a time in the terminal.
pub fn walk(bundle: &Bundle) -> Result<(), String> {
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

pub fn step_json(step: &Step, services: &[Service]) -> Value {
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
