//! Reading authored TOML with errors that name the file, line and field.

use crate::{Date, Diagnostic};
use serde::de::DeserializeOwned;

/// A TOML document and where it sits in its file, so byte spans map back to file lines.
pub struct TomlSource<'a> {
    /// The file's path, named in diagnostics.
    pub file: &'a str,
    /// The TOML itself: a whole file, or the front matter between the `+++` lines of a page.
    pub text: &'a str,
    /// The file line on which `text` starts (1 for a whole file, 2 for front matter after `+++`).
    pub first_line: usize,
}

impl TomlSource<'_> {
    /// Deserialises the text, turning any error into a diagnostic with its file line and, when
    /// the message names one, the field.
    pub fn parse<T: DeserializeOwned>(&self) -> Result<T, Diagnostic> {
        toml::from_str(self.text).map_err(|error| {
            let mut diagnostic = Diagnostic::new(self.file, error.message().trim().to_string());
            if let Some(span) = error.span() {
                diagnostic = diagnostic.at_line(self.line_at(span.start));
            }
            if let Some(field) = field_named_in(error.message()) {
                diagnostic = diagnostic.field(field);
            }
            diagnostic
        })
    }

    /// The file line holding byte `offset` of the TOML text.
    pub fn line_at(&self, offset: usize) -> usize {
        let offset = offset.min(self.text.len());
        self.first_line + self.text[..offset].matches('\n').count()
    }

    /// A date field, which must be a bare TOML date such as `2026-11-23`.
    pub fn date(
        &self,
        field: &str,
        value: &toml::Spanned<toml::value::Datetime>,
    ) -> Result<Date, Diagnostic> {
        let located = |message: String| {
            Diagnostic::new(self.file, message)
                .at_line(self.line_at(value.span().start))
                .field(field)
        };
        let datetime = value.get_ref();
        match (datetime.date, datetime.time) {
            (Some(date), None) => Date::from_ymd(
                i32::from(date.year),
                u32::from(date.month),
                u32::from(date.day),
            )
            .ok_or_else(|| located(format!("{datetime} is not a real date"))),
            _ => Err(located(format!(
                "`{datetime}` should be a date without a time, such as 2026-11-23"
            ))),
        }
    }
}

/// serde names fields in backticks: "missing field `summary`", "unknown field `titel`".
pub(crate) fn field_named_in(message: &str) -> Option<String> {
    let start = message.find('`')? + 1;
    let end = start + message[start..].find('`')?;
    let is_field_message = message.contains("field");
    is_field_message.then(|| message[start..end].to_string())
}
