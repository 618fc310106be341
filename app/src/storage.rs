//! Browser local storage for the five-a-day tracker. Storage can be missing or blocked (private
//! browsing, a locked-down PC) or full; none of that may lose data or stop the tracker working.

use navigator_core::wellbeing::{self, Loaded, Tracker};

/// Local storage, if the browser lets us use it.
#[derive(Clone)]
pub struct Store {
    storage: Option<web_sys::Storage>,
}

/// Why a write failed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WriteFailed;

const PROBE_KEY: &str = "kmcn.probe";

impl Store {
    /// Opens local storage and checks that it can really be written to: some browsers expose it
    /// but throw on every write.
    pub fn open() -> Store {
        let storage = web_sys::window()
            .and_then(|window| window.local_storage().ok().flatten())
            .filter(|storage| {
                storage.set_item(PROBE_KEY, "1").is_ok() && storage.remove_item(PROBE_KEY).is_ok()
            });
        Store { storage }
    }

    /// A store that keeps nothing, as when storage is blocked.
    pub fn unavailable() -> Store {
        Store { storage: None }
    }

    pub fn is_available(&self) -> bool {
        self.storage.is_some()
    }

    pub fn get(&self, key: &str) -> Option<String> {
        self.storage.as_ref()?.get_item(key).ok().flatten()
    }

    pub fn set(&self, key: &str, value: &str) -> Result<(), WriteFailed> {
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

/// Removes the tracker's record and every backup of it from this device.
pub fn delete_tracker_data(store: &Store) {
    store.remove(wellbeing::STORAGE_KEY);
    for (key, _) in tracker_backups(store) {
        store.remove(&key);
    }
}

/// What the person needs to be told about their saved record.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Notice {
    None,
    /// Storage is blocked: ticks last only for this visit.
    NotSaved,
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
    if !store.is_available() {
        return Opened {
            tracker: Tracker::default(),
            notice: Notice::NotSaved,
            can_save: false,
        };
    }
    let stored = store.get(wellbeing::STORAGE_KEY);
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
