//! Errors in authored content, pointing at the file, line and field to fix.

use std::fmt;

/// One problem in authored content and where to fix it. It displays as file, line, field and
/// message on one line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    /// The file at fault, as a path the author can open.
    pub file: String,
    /// 1-based line in `file`, when the problem has a place.
    pub line: Option<usize>,
    /// The front matter or data field at fault, when there is one.
    pub field: Option<String>,
    /// What is wrong and, where it helps, how to put it right.
    pub message: String,
}

impl Diagnostic {
    /// A problem in `file`, not yet tied to a line or field (see `at_line` and `field`).
    pub fn new(file: impl Into<String>, message: impl Into<String>) -> Diagnostic {
        Diagnostic {
            file: file.into(),
            line: None,
            field: None,
            message: message.into(),
        }
    }

    /// Places the problem on a 1-based line of the file.
    pub fn at_line(mut self, line: usize) -> Diagnostic {
        self.line = Some(line);
        self
    }

    /// Names the front matter or data field at fault.
    pub fn field(mut self, field: impl Into<String>) -> Diagnostic {
        self.field = Some(field.into());
        self
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.file)?;
        if let Some(line) = self.line {
            write!(f, ":{line}")?;
        }
        write!(f, ": ")?;
        if let Some(field) = &self.field {
            write!(f, "field `{field}`: ")?;
        }
        write!(f, "{}", self.message)
    }
}

/// What the commands say when the content in `content_dir` fails its checks: every problem on its
/// own line, then how many there were and where.
pub fn failed_checks(diagnostics: &[Diagnostic], content_dir: &std::path::Path) -> String {
    format!(
        "{}{} problem(s) found in {}; fix them and run again",
        report(diagnostics),
        diagnostics.len(),
        content_dir.display()
    )
}

/// Prints each diagnostic on its own line, for build scripts and the command line.
pub fn report(diagnostics: &[Diagnostic]) -> String {
    let mut text = String::new();
    for diagnostic in diagnostics {
        text.push_str(&diagnostic.to_string());
        text.push('\n');
    }
    text
}
