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
        r#"{"red_flags": [], "age": "18-to-64", "problem": "back-pain",
            "responses": {"nerve-signs": "no", "warning-signs": "no", "leg-symptoms": "no", "six-weeks": "yes"}}"#,
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
    assert_eq!(json["step"], "age");
    assert_eq!(json["choices"].as_array().unwrap().len(), 8);
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
    let content = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../content/signposting");
    let (rules, _) = navigator_core::signpost::load_dir(&content).unwrap();
    let sore_throat = 1 + rules
        .problems_for("5-to-11")
        .position(|problem| problem.id == "sore-throat")
        .unwrap();
    // None of the red flags; age 5 to 11 (4th); sore throat; then no, no, no, no, yes.
    let input = format!("0\n4\n{sore_throat}\n2\n2\n2\n2\n1\n");
    let output = navigator(&["walk"], &input);
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let text = String::from_utf8(output.stdout).unwrap();
    assert!(text.contains("Is any of these happening now?"), "{text}");
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
