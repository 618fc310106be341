//! The `navigator` command, run as a user would.

use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Output, Stdio};

fn navigator(args: &[&str], stdin: &str) -> Output {
    let content = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../content");
    let mut child = Command::new(env!("CARGO_BIN_EXE_navigator"))
        .args(args)
        .args([
            "--content",
            content.to_str().unwrap(),
            "--today",
            "2026-12-01",
        ])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(stdin.as_bytes())
        .unwrap();
    child.wait_with_output().unwrap()
}

fn answers_file(name: &str, json: &str) -> PathBuf {
    let path = std::env::temp_dir().join(format!("navigator-{}-{name}.json", std::process::id()));
    std::fs::write(&path, json).unwrap();
    path
}

#[test]
fn validate_reports_what_it_checked() {
    let output = navigator(&["validate"], "");
    assert!(output.status.success());
    let text = String::from_utf8(output.stdout).unwrap();
    assert!(text.starts_with("ok: "), "{text}");
    assert!(text.contains("journeys, each ends in an outcome"), "{text}");
}

#[test]
fn run_prints_the_outcome_and_why_as_json() {
    let path = answers_file(
        "back",
        r#"{"red_flags": [], "who": "me", "age": "18-to-64", "problem": "back-pain",
            "responses": {"numbness": "no", "bladder-bowel": "no", "high-temperature": "no",
            "cancer": "no", "weight-loss": "no", "night-pain": "no", "leg-weakness": "no",
            "leg-numbness": "no", "six-weeks": "yes"}}"#,
    );
    let output = navigator(&["run", path.to_str().unwrap()], "");
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(json["step"], "outcome");
    assert_eq!(json["outcome"]["id"], "msk-self-referral");
    assert_eq!(json["outcome"]["urgency"], "routine");
    assert_eq!(json["decided_by"], "back-pain-six-weeks");
    assert_eq!(json["because"][0]["answer"], "Yes");
    assert_eq!(
        json["outcome"]["services"][0]["id"],
        "msk-first-contact-physio"
    );
}

#[test]
fn run_with_unfinished_answers_prints_the_next_question() {
    let path = answers_file("unfinished", r#"{"red_flags": []}"#);
    let output = navigator(&["run", path.to_str().unwrap()], "");
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(json["answer_as"], "who");
    assert_eq!(json["text"], "Who needs help?");

    let path = answers_file(
        "for-a-baby",
        r#"{"red_flags": [], "who": "someone-else", "age": "3-to-11-months", "problem": "cough"}"#,
    );
    let output = navigator(&["run", path.to_str().unwrap()], "");
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(json["step"], "question");
    assert!(
        json["answer_as"]
            .as_str()
            .unwrap()
            .starts_with("responses."),
        "{json}"
    );
    assert!(
        json["text"].as_str().unwrap().contains("your baby"),
        "worded for a baby: {json}"
    );
}

#[test]
fn run_rejects_answers_that_do_not_fit_with_a_clear_message() {
    let path = answers_file("bad", r#"{"red_flags": ["sneezing"]}"#);
    let output = navigator(&["run", path.to_str().unwrap()], "");
    assert!(!output.status.success());
    let error = String::from_utf8(output.stderr).unwrap();
    assert!(error.contains("there is no red flag `sneezing`"), "{error}");

    let path = answers_file("typo", r#"{"redflags": []}"#);
    let output = navigator(&["run", path.to_str().unwrap()], "");
    let error = String::from_utf8(output.stderr).unwrap();
    assert!(
        error.contains("is not a valid answers file") && error.contains("redflags"),
        "{error}"
    );
}

#[test]
fn walk_answers_the_questions_in_the_terminal() {
    use navigator_core::signpost::{Answers, Step};
    let content = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../content/signposting");
    let (rules, _) = navigator_core::signpost::load_dir(&content).unwrap();
    // The numbers a person types: none of the signs, "Me", 5 to 11, sore throat, then "No" to
    // everything except a high temperature, found from the same rules.
    let mut input = vec!["0".to_string()];
    let mut answers = Answers {
        red_flags: Some(Vec::new()),
        ..Answers::default()
    };
    while let Step::Ask { topic, prompt } =
        navigator_core::signpost::next_step(&rules, &answers).unwrap()
    {
        let wanted = match prompt.text.as_str() {
            "Who needs help?" => "me",
            text if text.starts_with("How old") => "5-to-11",
            text if text.contains("main problem") => "sore-throat",
            text if text.contains("high temperature?") => "yes",
            _ => "no",
        };
        let index = prompt
            .options
            .iter()
            .position(|option| option.id == wanted)
            .unwrap_or_else(|| panic!("{wanted} is not an answer to {}", prompt.text));
        input.push((index + 1).to_string());
        answers.answer(&topic, wanted);
    }
    let output = navigator(&["walk"], &(input.join("\n") + "\n"));
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let text = String::from_utf8(output.stdout).unwrap();
    assert!(
        text.contains("Is any of these happening now, or has it just happened?"),
        "{text}"
    );
    assert!(
        text.contains("Does your child have a high temperature?"),
        "{text}"
    );
    assert!(
        text.contains("See a pharmacist about your sore throat"),
        "{text}"
    );
    assert!(text.contains("Why we said this:"), "{text}");
}

#[test]
fn walk_reprompts_on_input_it_cannot_use() {
    let output = navigator(&["walk"], "banana\n3\n");
    let text = String::from_utf8(output.stdout).unwrap();
    assert!(text.contains("Type the numbers that apply"), "{text}");
    assert!(text.contains("Call 999 now"), "{text}");
}
