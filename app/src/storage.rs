//! Browser local storage: the five-a-day tracker and the Easy Read choice. Storage can be missing
//! or blocked (private browsing, a locked-down PC) or full; none of that may lose data or stop
//! the tracker working.

use navigator_core::preferences::{EASY_READ_KEY, EASY_READ_ON};
use navigator_core::wellbeing::{self, Loaded, Tracker};

/// What the browser lets the tracker do with local storage.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StorageState {
    /// Reading and writing work.
    Working,
    /// The record can be read, but writes fail because this site's storage is full.
    Full,
    /// Reading works, but writes are refused for another reason (some private modes).
    ReadOnly,
    /// No storage at all (blocked by settings or policy).
    Blocked,
}

/// Local storage, if the browser lets us read it, and whether it can be written.
#[derive(Clone)]
pub struct Store {
    storage: Option<web_sys::Storage>,
    state: StorageState,
}

/// Why a write failed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WriteFailed;

const PROBE_KEY: &str = "kmcn.probe";

impl Store {
    /// Opens local storage and tries a write: some browsers expose storage but throw on every
    /// write, and a full store throws too. Either way what is already saved can still be read.
    pub fn open() -> Store {
        let Some(storage) =
            web_sys::window().and_then(|window| window.local_storage().ok().flatten())
        else {
            return Store::unavailable();
        };
        let state = match storage.set_item(PROBE_KEY, "1") {
            Ok(()) => {
                let _ = storage.remove_item(PROBE_KEY);
                StorageState::Working
            }
            Err(error) if is_quota_error(&error) => StorageState::Full,
            Err(_) => StorageState::ReadOnly,
        };
        Store {
            storage: Some(storage),
            state,
        }
    }

    /// A store that keeps nothing, as when storage is blocked.
    pub fn unavailable() -> Store {
        Store {
            storage: None,
            state: StorageState::Blocked,
        }
    }

    pub fn state(&self) -> StorageState {
        self.state
    }

    pub fn get(&self, key: &str) -> Option<String> {
        self.storage.as_ref()?.get_item(key).ok().flatten()
    }

    pub fn set(&self, key: &str, value: &str) -> Result<(), WriteFailed> {
        if self.state != StorageState::Working {
            return Err(WriteFailed);
        }
        let storage = self.storage.as_ref().ok_or(WriteFailed)?;
        storage.set_item(key, value).map_err(|_| WriteFailed)
    }

    pub fn remove(&self, key: &str) {
        if let Some(storage) = &self.storage {
            let _ = storage.remove_item(key);
        }
    }

    /// Every key in storage.
    pub fn keys(&self) -> Vec<String> {
        let Some(storage) = &self.storage else {
            return Vec::new();
        };
        let length = storage.length().unwrap_or(0);
        (0..length)
            .filter_map(|index| storage.key(index).ok().flatten())
            .collect()
    }
}

/// One saved value, read without the test write that `Store::open` makes: for reading a choice
/// on every page load.
pub fn read(key: &str) -> Option<String> {
    web_sys::window()?
        .local_storage()
        .ok()??
        .get_item(key)
        .ok()?
}

/// Whether Easy Read was turned on, on this device.
pub fn easy_read_remembered() -> bool {
    read(EASY_READ_KEY).as_deref() == Some(EASY_READ_ON)
}

/// Remembers whether Easy Read is on. If storage is refused the choice holds only until the
/// page is closed.
pub fn remember_easy_read(on: bool) {
    let store = Store::open();
    if on {
        let _ = store.set(EASY_READ_KEY, EASY_READ_ON);
    } else {
        store.remove(EASY_READ_KEY);
    }
}

/// The tracker's record as saved right now, read again from storage (another tab may have
/// changed it).
pub fn load_saved(store: &Store) -> Loaded {
    wellbeing::load(store.get(wellbeing::STORAGE_KEY).as_deref())
}

/// The tracker's records kept aside because they could not be read, oldest first.
pub fn tracker_backups(store: &Store) -> Vec<(String, String)> {
    let mut keys: Vec<String> = store
        .keys()
        .into_iter()
        .filter(|key| wellbeing::is_backup_key(key))
        .collect();
    keys.sort();
    keys.into_iter()
        .filter_map(|key| store.get(&key).map(|value| (key, value)))
        .collect()
}

/// Removes the tracker's record and every backup of it from this device, then reads storage
/// again: what is still there could not be removed, and the person must be told.
pub fn delete_tracker_data(store: &Store) -> Vec<String> {
    store.remove(wellbeing::STORAGE_KEY);
    for (key, _) in tracker_backups(store) {
        store.remove(&key);
    }
    store
        .keys()
        .into_iter()
        .filter(|key| key == wellbeing::STORAGE_KEY || wellbeing::is_backup_key(key))
        .collect()
}

/// A `QuotaExceededError`: the site's storage is full.
fn is_quota_error(error: &wasm_bindgen::JsValue) -> bool {
    js_sys::Reflect::get(error, &"name".into())
        .ok()
        .and_then(|name| name.as_string())
        .is_some_and(|name| name == "QuotaExceededError")
}

/// What the person needs to be told about their saved record.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Notice {
    None,
    /// Storage is blocked: ticks last only for this visit.
    NotSaved,
    /// The saved record is shown, but changes cannot be saved: storage is full (`full`) or
    /// refuses writes.
    ReadOnly {
        full: bool,
    },
    /// The saved record could not be read; it was kept under `backup_key` and a new one started.
    KeptAside {
        backup_key: String,
    },
    /// The saved record could not be read, nor copied aside, so it is left untouched and
    /// nothing will be saved over it.
    Unreadable,
    /// The record was saved by a newer version of the site; it is left untouched.
    TooNew,
    /// A save failed (for example, storage is full). What is on screen is not saved.
    SaveFailed,
}

/// The tracker as found in storage, what to tell the person, and whether saving is safe.
pub struct Opened {
    pub tracker: Tracker,
    pub notice: Notice,
    pub can_save: bool,
}

pub fn open_tracker(store: &Store, now_millis: i64) -> Opened {
    let stored = store.get(wellbeing::STORAGE_KEY);
    let read_only = |full| Opened {
        tracker: match wellbeing::load(stored.as_deref()) {
            Loaded::Restored(tracker) => tracker,
            _ => Tracker::default(),
        },
        notice: Notice::ReadOnly { full },
        can_save: false,
    };
    match store.state() {
        StorageState::Blocked => {
            return Opened {
                tracker: Tracker::default(),
                notice: Notice::NotSaved,
                can_save: false,
            }
        }
        StorageState::Full => return read_only(true),
        StorageState::ReadOnly => return read_only(false),
        StorageState::Working => {}
    }
    match wellbeing::load(stored.as_deref()) {
        Loaded::Empty => Opened {
            tracker: Tracker::default(),
            notice: Notice::None,
            can_save: true,
        },
        Loaded::Restored(tracker) => Opened {
            tracker,
            notice: Notice::None,
            can_save: true,
        },
        Loaded::Unreadable { .. } => {
            let backup_key = wellbeing::backup_key(now_millis);
            let raw = stored.unwrap_or_default();
            match store.set(&backup_key, &raw) {
                Ok(()) => Opened {
                    tracker: Tracker::default(),
                    notice: Notice::KeptAside { backup_key },
                    can_save: true,
                },
                Err(WriteFailed) => Opened {
                    tracker: Tracker::default(),
                    notice: Notice::Unreadable,
                    can_save: false,
                },
            }
        }
        Loaded::TooNew { .. } => Opened {
            tracker: Tracker::default(),
            notice: Notice::TooNew,
            can_save: false,
        },
    }
}

/// Writes the tracker, unless storage already holds exactly it (as when the change came from
/// another tab). An empty record leaves no key behind.
pub fn save_tracker(store: &Store, tracker: &Tracker) -> Result<(), WriteFailed> {
    let json = (!tracker.is_empty()).then(|| tracker.to_json());
    let current = store.get(wellbeing::STORAGE_KEY);
    match json {
        _ if current == json => Ok(()),
        Some(json) => store.set(wellbeing::STORAGE_KEY, &json),
        None => {
            store.remove(wellbeing::STORAGE_KEY);
            Ok(())
        }
    }
}
