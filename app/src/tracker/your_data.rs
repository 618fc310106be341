//! Your data: download it (JSON or CSV), bring it back from a file, or delete it all.

use super::{element, fill, say, with_state, Download, State};
use crate::field_error;
use crate::storage::{delete_tracker_data, load_saved, tracker_backups, Notice};
use navigator_core::html::escape;
use navigator_core::wellbeing::{
    ImportError, ImportPreview, Loaded, Tracker, MAX_IMPORT_BYTES, MERGE_RULE,
};
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{Element, HtmlInputElement};

pub(super) const IMPORT_FILE: &str = "import-file";
const IMPORT_HINT: &str = "import-hint";
const IMPORT_ERROR: &str = "import-error";
const DATA_STATUS: &str = "data-status";
const BACKUPS: &str = "backups";
const PREVIEW: &str = "import-preview";
const DELETE: &str = "delete";

const DOWNLOAD_JSON: &str = "download-json";
const DOWNLOAD_CSV: &str = "download-csv";
const DOWNLOAD_BACKUP: &str = "download-backup";
const APPLY_IMPORT: &str = "apply-import";
const CANCEL_IMPORT: &str = "cancel-import";
pub(super) const ASK_TO_DELETE: &str = "ask-to-delete";
pub(super) const DELETE_EVERYTHING: &str = "delete-everything";
pub(super) const KEEP_EVERYTHING: &str = "keep-everything";

/// The view's heading and what it is for.
pub(super) const OPENING: &str = "<h1 tabindex=\"-1\">Your data</h1>\
    <p class=\"nhsuk-lede-text\">What you record is yours. It stays in this browser until you download it or delete it.</p>";

pub(super) fn draw(state: &State) -> String {
    format!(
        "{OPENING}<p role=\"status\" class=\"nhsuk-body-m\" id=\"{DATA_STATUS}\"></p>\
         <h2>Download your record</h2><p>Keep a copy, or move it to another device or browser.</p>\
         <div class=\"kmcn-button-row\">\
         <button type=\"button\" class=\"nhsuk-button nhsuk-button--secondary\" data-action=\"{DOWNLOAD_JSON}\">Download (JSON, to bring back later)</button>\
         <button type=\"button\" class=\"nhsuk-button nhsuk-button--secondary\" data-action=\"{DOWNLOAD_CSV}\">Download (CSV, for a spreadsheet)</button></div>\
         <div id=\"{BACKUPS}\">{backups}</div>\
         <h2>Bring back a record from a file</h2>\
         <div class=\"nhsuk-form-group\"><label class=\"nhsuk-label\" for=\"{IMPORT_FILE}\">Choose a .json or .csv file you downloaded from this tracker</label>\
         <div class=\"nhsuk-hint\" id=\"{IMPORT_HINT}\">You will see what it contains before anything changes.</div>\
         <input class=\"nhsuk-file-upload\" id=\"{IMPORT_FILE}\" type=\"file\" accept=\".json,.csv,application/json,text/csv\" aria-describedby=\"{IMPORT_HINT}\"></div>\
         <div id=\"{PREVIEW}\"></div>\
         <h2>Delete everything</h2>\
         <p>This removes your record, and any copies we kept, from this browser. It cannot be undone, so you may want to download a copy first.</p>\
         <div id=\"{DELETE}\">{delete}</div>",
        backups = backups(state),
        delete = ask_to_delete(),
    )
}

/// The copies of records that could not be read, each to download.
fn backups(state: &State) -> String {
    let backups = tracker_backups(&state.store);
    if backups.is_empty() {
        return String::new();
    }
    let buttons: String = backups
        .iter()
        .map(|(key, _)| {
            let key = escape(key);
            format!("<li><button type=\"button\" class=\"nhsuk-button nhsuk-button--secondary nhsuk-button--small\" data-action=\"{DOWNLOAD_BACKUP}\" data-key=\"{key}\">Download {key}</button></li>")
        })
        .collect();
    format!(
        "<h3>Records we could not read</h3><p>We kept these so nothing is lost. You can download them to look at or to send to someone who can help.</p><ul class=\"nhsuk-list\">{buttons}</ul>"
    )
}

fn ask_to_delete() -> String {
    format!("<button type=\"button\" class=\"nhsuk-button nhsuk-button--warning\" data-action=\"{ASK_TO_DELETE}\">Delete everything</button>")
}

fn are_you_sure() -> String {
    format!(
        "<div class=\"nhsuk-warning-callout\" role=\"alert\"><h3 class=\"nhsuk-warning-callout__label\"><span class=\"nhsuk-u-visually-hidden\">Important: </span>Are you sure?</h3>\
         <p>Everything you have recorded here will be deleted.</p><div class=\"kmcn-button-row\">\
         <button type=\"button\" class=\"nhsuk-button nhsuk-button--warning\" data-action=\"{DELETE_EVERYTHING}\">Yes, delete everything</button>\
         <button type=\"button\" class=\"nhsuk-button nhsuk-button--secondary\" data-action=\"{KEEP_EVERYTHING}\">No, keep it</button></div></div>"
    )
}

/// A button pressed in this view; a download to start, if it asked for one.
pub(super) fn act(state: &mut State, action: &str, control: &Element) -> Option<Download> {
    let file_stem = format!("five-a-day-{}", state.today);
    match action {
        DOWNLOAD_JSON => {
            return Some(Download {
                name: format!("{file_stem}.json"),
                mime: "application/json",
                text: state.tracker.to_json(),
            })
        }
        DOWNLOAD_CSV => {
            return Some(Download {
                name: format!("{file_stem}.csv"),
                mime: "text/csv",
                text: state.tracker.to_csv(),
            })
        }
        DOWNLOAD_BACKUP => {
            let key = control.get_attribute("data-key")?;
            let (_, text) = tracker_backups(&state.store)
                .into_iter()
                .find(|(each, _)| *each == key)?;
            return Some(Download {
                name: format!("{key}.txt"),
                mime: "text/plain",
                text,
            });
        }
        APPLY_IMPORT => apply_import(state),
        CANCEL_IMPORT => show_import(state, None),
        ASK_TO_DELETE => {
            fill(DELETE, &are_you_sure());
            focus_keep_everything();
        }
        KEEP_EVERYTHING => fill(DELETE, &ask_to_delete()),
        DELETE_EVERYTHING => delete_everything(state),
        _ => {}
    }
    None
}

/// Asked whether to delete everything, the keyboard starts on the answer that keeps it.
fn focus_keep_everything() {
    let button = element(DELETE)
        .and_then(|place| {
            place
                .query_selector(&format!("[data-action=\"{KEEP_EVERYTHING}\"]"))
                .ok()
        })
        .flatten()
        .and_then(|button| button.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(button) = button {
        let _ = button.focus();
    }
}

fn delete_everything(state: &mut State) {
    let left = delete_tracker_data(&state.store);
    fill(DELETE, &ask_to_delete());
    if left.is_empty() {
        state.tracker = Tracker::default();
        state.notice = Notice::None;
        super::show_notice(state);
        say(DATA_STATUS, "Everything has been deleted from this device.");
    } else {
        say(DATA_STATUS, &format!(
            "Not everything could be deleted: {} saved {} still on this device. Try again, or clear this site\u{2019}s data in your browser\u{2019}s settings.",
            left.len(),
            if left.len() == 1 { "record is" } else { "records are" }
        ));
    }
    fill(BACKUPS, &backups(state));
}

/// A file chosen to bring back: read it and show what it would do, or why it cannot be used.
pub(super) fn file_chosen(field: &Element) {
    let Some(file) = field
        .dyn_ref::<HtmlInputElement>()
        .and_then(|input| input.files())
        .and_then(|files| files.get(0))
    else {
        return;
    };
    say(DATA_STATUS, "");
    let size = file.size() as usize;
    if size > MAX_IMPORT_BYTES {
        with_state(|state| show_import(state, Some(Err(ImportError::TooLarge { bytes: size }))));
        return;
    }
    wasm_bindgen_futures::spawn_local(async move {
        let bytes = JsFuture::from(file.array_buffer())
            .await
            .map(|buffer| js_sys::Uint8Array::new(&buffer).to_vec());
        with_state(|state| match bytes {
            Ok(bytes) => {
                let preview = state.tracker.preview_import(&bytes);
                state.chosen = bytes;
                show_import(state, Some(preview));
            }
            Err(_) => show_import(state, Some(Err(ImportError::NotText))),
        });
    });
}

/// Merged into the record as saved at this moment, so a tick made in another tab since the file
/// was chosen is kept, and a record deleted meanwhile is not brought back.
fn apply_import(state: &mut State) {
    if !matches!(state.import, Some(Ok(_))) {
        return;
    }
    let current = match load_saved(&state.store) {
        Loaded::Empty => Tracker::default(),
        Loaded::Restored(saved) => saved,
        Loaded::Unreadable { .. } | Loaded::TooNew { .. } => state.tracker.clone(),
    };
    match current.preview_import(&state.chosen) {
        Ok(preview) => {
            state.tracker = preview.merged;
            state.save();
            show_import(state, None);
            say(DATA_STATUS, "Done. The file has been added to your record.");
        }
        Err(error) => show_import(state, Some(Err(error))),
    }
}

/// Shows what the chosen file would do, or why it cannot be used, on the form, or neither.
fn show_import(state: &mut State, import: Option<Result<ImportPreview, ImportError>>) {
    let problem = match &import {
        Some(Err(error)) => Some(error.to_string()),
        _ => None,
    };
    if let Some(field) = element(IMPORT_FILE) {
        field_error::show(&field, IMPORT_HINT, IMPORT_ERROR, problem.as_deref());
    }
    let preview = match &import {
        Some(Ok(preview)) => format!(
            "<div class=\"nhsuk-inset-text kmcn-import-preview\"><span class=\"nhsuk-u-visually-hidden\">Information: </span><h3>Check before you add it</h3>\
             <p>The file has {} days: {} new, {} with changes, {} the same as on this device. It has {} week feelings.</p><p>{MERGE_RULE}</p>\
             <div class=\"kmcn-button-row\"><button type=\"button\" class=\"nhsuk-button\" data-action=\"{APPLY_IMPORT}\">Add it to my record</button>\
             <button type=\"button\" class=\"nhsuk-button nhsuk-button--secondary\" data-action=\"{CANCEL_IMPORT}\">Cancel</button></div></div>",
            preview.days_in_file, preview.new_days, preview.changed_days, preview.unchanged_days, preview.feelings_in_file
        ),
        _ => String::new(),
    };
    fill(PREVIEW, &preview);
    state.import = import;
}
