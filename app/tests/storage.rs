//! The storage glue in a real browser (headless Chromium via wasm-bindgen-test-runner).
#![cfg(target_arch = "wasm32")]

use navigator_app::storage::{
    delete_tracker_data, open_tracker, save_tracker, tracker_backups, Notice, StorageState, Store,
};
use navigator_core::wellbeing::{Tracker, Way, STORAGE_KEY};
use navigator_core::Date;
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};

wasm_bindgen_test_configure!(run_in_browser);

fn fresh_store() -> Store {
    let storage = web_sys::window().unwrap().local_storage().unwrap().unwrap();
    storage.clear().unwrap();
    Store::open()
}

fn day() -> Date {
    "2026-11-23".parse().unwrap()
}

#[wasm_bindgen_test]
fn an_empty_store_opens_an_empty_tracker_that_can_be_saved() {
    let store = fresh_store();
    assert_eq!(store.state(), StorageState::Working);
    let opened = open_tracker(&store, 1);
    assert!(opened.tracker.is_empty());
    assert_eq!(opened.notice, Notice::None);
    assert!(opened.can_save);
}

#[wasm_bindgen_test]
fn a_saved_tracker_opens_again() {
    let store = fresh_store();
    let mut tracker = Tracker::default();
    tracker.set(day(), Way::Give, true);
    save_tracker(&store, &tracker).unwrap();
    assert_eq!(
        store.get(STORAGE_KEY).unwrap(),
        r#"{"schema":2,"days":{"2026-11-23":{"ways":["give"]}},"reflections":{}}"#
    );
    let opened = open_tracker(&store, 1);
    assert_eq!(opened.tracker, tracker);
    assert_eq!(opened.notice, Notice::None);
}

#[wasm_bindgen_test]
fn an_unreadable_record_is_copied_aside_before_anything_else() {
    let store = fresh_store();
    store.set(STORAGE_KEY, "{broken").unwrap();
    let opened = open_tracker(&store, 42);
    let expected_key = format!("{STORAGE_KEY}.unreadable.42");
    assert_eq!(
        opened.notice,
        Notice::KeptAside {
            backup_key: expected_key.clone()
        }
    );
    assert_eq!(store.get(&expected_key).as_deref(), Some("{broken"));
    assert!(opened.can_save);
}

#[wasm_bindgen_test]
fn a_newer_record_is_never_saved_over() {
    let store = fresh_store();
    let newer = r#"{"schema":9,"days":{}}"#;
    store.set(STORAGE_KEY, newer).unwrap();
    let opened = open_tracker(&store, 1);
    assert_eq!(opened.notice, Notice::TooNew);
    assert!(!opened.can_save);
    assert_eq!(store.get(STORAGE_KEY).as_deref(), Some(newer));
}

#[wasm_bindgen_test]
fn without_storage_the_tracker_still_opens_and_says_so() {
    let store = Store::unavailable();
    let opened = open_tracker(&store, 1);
    assert_eq!(opened.notice, Notice::NotSaved);
    assert!(!opened.can_save);
    let mut tracker = opened.tracker;
    tracker.set(day(), Way::Give, true);
    assert!(save_tracker(&store, &tracker).is_err());
}

#[wasm_bindgen_test]
fn saving_an_empty_record_leaves_no_key() {
    let store = fresh_store();
    let mut tracker = Tracker::default();
    tracker.set(day(), Way::Connect, true);
    save_tracker(&store, &tracker).unwrap();
    tracker.set(day(), Way::Connect, false);
    save_tracker(&store, &tracker).unwrap();
    assert_eq!(store.get(STORAGE_KEY), None);
}

#[wasm_bindgen_test]
fn backups_are_listed_and_deleted_with_the_record() {
    let store = fresh_store();
    store.set(STORAGE_KEY, "{broken").unwrap();
    let opened = open_tracker(&store, 7);
    assert!(matches!(opened.notice, Notice::KeptAside { .. }));
    assert_eq!(
        tracker_backups(&store),
        [(format!("{STORAGE_KEY}.unreadable.7"), "{broken".to_string())]
    );
    store.set("another.site.key", "kept").unwrap();
    assert_eq!(
        delete_tracker_data(&store),
        Vec::<String>::new(),
        "nothing left behind"
    );
    assert_eq!(store.get(STORAGE_KEY), None);
    assert!(tracker_backups(&store).is_empty());
    assert_eq!(
        store.get("another.site.key").as_deref(),
        Some("kept"),
        "only the tracker's keys go"
    );
}

#[wasm_bindgen_test]
fn a_full_store_shows_the_saved_record_but_saves_nothing() {
    let storage = web_sys::window().unwrap().local_storage().unwrap().unwrap();
    storage.clear().unwrap();
    let mut tracker = Tracker::default();
    tracker.set(day(), Way::Give, true);
    storage.set_item(STORAGE_KEY, &tracker.to_json()).unwrap();
    // Fill the site's storage to the last character, as another part of the site or a long
    // history of backups might.
    let mut filler = 0;
    for size in [512 * 1024, 64 * 1024, 8 * 1024, 1024, 128, 16, 1] {
        let chunk = "x".repeat(size);
        while storage.set_item(&format!("f{filler}"), &chunk).is_ok() {
            filler += 1;
        }
    }
    let store = Store::open();
    assert_eq!(store.state(), StorageState::Full);
    let opened = open_tracker(&store, 1);
    assert_eq!(opened.tracker, tracker, "the saved record is shown");
    assert_eq!(opened.notice, Notice::ReadOnly { full: true });
    assert!(!opened.can_save);
    assert!(store.set(STORAGE_KEY, "{}").is_err());
    assert_eq!(delete_tracker_data(&store), Vec::<String>::new());
    assert_eq!(
        store.get(STORAGE_KEY),
        None,
        "removing works even when full"
    );
    storage.clear().unwrap();
}
