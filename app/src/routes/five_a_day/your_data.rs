//! Your data: download it (JSON or CSV), bring it back from a file, or delete it all.

use super::TrackerContext;
use crate::components::page::Heading;
use crate::storage::{delete_tracker_data, load_saved, tracker_backups, Notice};
use leptos::prelude::*;
use navigator_core::wellbeing::{
    ImportError, ImportPreview, Loaded, Tracker, MAX_IMPORT_BYTES, MERGE_RULE,
};
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// Saves `text` as a file download in the browser.
fn download(file_name: &str, mime: &str, text: &str) {
    let Some(document) = web_sys::window().and_then(|window| window.document()) else {
        return;
    };
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) else {
        return;
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
        return;
    };
    if let Some(link) = document
        .create_element("a")
        .ok()
        .and_then(|element| element.dyn_into::<web_sys::HtmlAnchorElement>().ok())
    {
        link.set_href(&url);
        link.set_download(file_name);
        link.click();
    }
    let _ = web_sys::Url::revoke_object_url(&url);
}

#[component]
pub fn YourData() -> impl IntoView {
    let context = expect_context::<TrackerContext>();
    let TrackerContext { tracker, today, .. } = context;
    let file_stem = move || format!("five-a-day-{}", today.get_untracked());
    let import = RwSignal::new(None::<Result<ImportPreview, ImportError>>);
    // The chosen file, merged again into the record as it is when "Add to my record" is pressed.
    let chosen = StoredValue::new(Vec::<u8>::new());
    let status = RwSignal::new(String::new());
    let confirm_delete = RwSignal::new(false);

    let on_file = move |event: leptos::ev::Event| {
        let Some(file) = event
            .target()
            .and_then(|target| target.dyn_into::<web_sys::HtmlInputElement>().ok())
            .and_then(|input| input.files())
            .and_then(|files| files.get(0))
        else {
            return;
        };
        status.set(String::new());
        let size = file.size() as usize;
        if size > MAX_IMPORT_BYTES {
            import.set(Some(Err(ImportError::TooLarge { bytes: size })));
            return;
        }
        leptos::task::spawn_local(async move {
            let Ok(buffer) = JsFuture::from(file.array_buffer()).await else {
                import.set(Some(Err(ImportError::NotText)));
                return;
            };
            let bytes = js_sys::Uint8Array::new(&buffer).to_vec();
            import.set(Some(
                tracker.with_untracked(|tracker| tracker.preview_import(&bytes)),
            ));
            chosen.set_value(bytes);
        });
    };

    // Merged into the record as saved at this moment, so a tick made in another tab since the
    // file was chosen is kept, and a record deleted meanwhile is not brought back.
    let apply = move |_| {
        if !matches!(import.get_untracked(), Some(Ok(_))) {
            return;
        }
        let current = match context.store.with_value(load_saved) {
            Loaded::Empty => Tracker::default(),
            Loaded::Restored(saved) => saved,
            Loaded::Unreadable { .. } | Loaded::TooNew { .. } => tracker.get_untracked(),
        };
        match chosen.with_value(|bytes| current.preview_import(bytes)) {
            Ok(preview) => {
                tracker.set(preview.merged);
                import.set(None);
                status.set("Done. The file has been added to your record.".to_string());
            }
            Err(error) => import.set(Some(Err(error))),
        }
    };

    let delete = move |_| {
        let left = context.store.with_value(delete_tracker_data);
        confirm_delete.set(false);
        if left.is_empty() {
            tracker.set(Tracker::default());
            context.notice.set(Notice::None);
            status.set("Everything has been deleted from this device.".to_string());
        } else {
            status.set(format!(
                "Not everything could be deleted: {} saved {} still on this device. Try again, or clear this site\u{2019}s data in your browser\u{2019}s settings.",
                left.len(),
                if left.len() == 1 { "record is" } else { "records are" }
            ));
        }
    };

    view! {
        <Heading title="Your data" />
        <p class="nhsuk-lede-text">"What you record is yours. It stays in this browser until you download it or delete it."</p>
        <p role="status" class="nhsuk-body-m">{move || status.get()}</p>

        <h2>"Download your record"</h2>
        <p>"Keep a copy, or move it to another device or browser."</p>
        <div class="kmcn-button-row">
            <button type="button" class="nhsuk-button nhsuk-button--secondary"
                on:click=move |_| download(&format!("{}.json", file_stem()), "application/json", &tracker.read_untracked().to_json())>
                "Download (JSON, to bring back later)"
            </button>
            <button type="button" class="nhsuk-button nhsuk-button--secondary"
                on:click=move |_| download(&format!("{}.csv", file_stem()), "text/csv", &tracker.read_untracked().to_csv())>
                "Download (CSV, for a spreadsheet)"
            </button>
        </div>
        {move || {
            let backups = context.store.with_value(tracker_backups);
            (!backups.is_empty()).then(|| view! {
                <h3>"Records we could not read"</h3>
                <p>"We kept these so nothing is lost. You can download them to look at or to send to someone who can help."</p>
                <ul class="nhsuk-list">
                    {backups.into_iter().map(|(key, value)| view! {
                        <li>
                            <button type="button" class="nhsuk-button nhsuk-button--secondary nhsuk-button--small"
                                on:click=move |_| download(&format!("{key}.txt"), "text/plain", &value)>
                                {format!("Download {key}")}
                            </button>
                        </li>
                    }).collect_view()}
                </ul>
            })
        }}

        <h2>"Bring back a record from a file"</h2>
        <div class="nhsuk-form-group" class:nhsuk-form-group--error=move || matches!(import.get(), Some(Err(_)))>
            <label class="nhsuk-label" for="import-file">"Choose a .json or .csv file you downloaded from this tracker"</label>
            <div class="nhsuk-hint" id="import-hint">"You will see what it contains before anything changes."</div>
            {move || match import.get() {
                Some(Err(error)) => Some(view! {
                    <span class="nhsuk-error-message" id="import-error">
                        <span class="nhsuk-u-visually-hidden">"Error: "</span>{error.to_string()}
                    </span>
                }),
                _ => None,
            }}
            <input class="nhsuk-file-upload" id="import-file" type="file" accept=".json,.csv,application/json,text/csv"
                aria-describedby=move || if matches!(import.get(), Some(Err(_))) { "import-hint import-error" } else { "import-hint" }
                on:change=on_file />
        </div>
        {move || match import.get() {
            Some(Ok(preview)) => Some(view! {
                <div class="nhsuk-inset-text kmcn-import-preview">
                    <span class="nhsuk-u-visually-hidden">"Information: "</span>
                    <h3>"Check before you add it"</h3>
                    <p>{format!(
                        "The file has {} days: {} new, {} with changes, {} the same as on this device. It has {} week feelings.",
                        preview.days_in_file, preview.new_days, preview.changed_days, preview.unchanged_days, preview.feelings_in_file
                    )}</p>
                    <p>{MERGE_RULE}</p>
                    <div class="kmcn-button-row">
                        <button type="button" class="nhsuk-button" on:click=apply>"Add it to my record"</button>
                        <button type="button" class="nhsuk-button nhsuk-button--secondary" on:click=move |_| import.set(None)>"Cancel"</button>
                    </div>
                </div>
            }),
            _ => None,
        }}

        <h2>"Delete everything"</h2>
        <p>"This removes your record, and any copies we kept, from this browser. It cannot be undone, so you may want to download a copy first."</p>
        {move || if confirm_delete.get() {
            view! {
                <div class="nhsuk-warning-callout" role="alert">
                    <h3 class="nhsuk-warning-callout__label">
                        <span class="nhsuk-u-visually-hidden">"Important: "</span>"Are you sure?"
                    </h3>
                    <p>"Everything you have recorded here will be deleted."</p>
                    <div class="kmcn-button-row">
                        <button type="button" class="nhsuk-button nhsuk-button--warning" on:click=delete>"Yes, delete everything"</button>
                        <button type="button" class="nhsuk-button nhsuk-button--secondary" on:click=move |_| confirm_delete.set(false)>"No, keep it"</button>
                    </div>
                </div>
            }.into_any()
        } else {
            view! {
                <button type="button" class="nhsuk-button nhsuk-button--warning" on:click=move |_| confirm_delete.set(true)>"Delete everything"</button>
            }.into_any()
        }}
    }
}
