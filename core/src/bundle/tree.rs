//! A folder's files as a hash, for naming what the content build keeps. Core's build script
//! compiles this same file (`#[path]`), since a build script cannot call the crate it builds.

use sha2::{Digest, Sha256};
use std::io;
use std::path::{Path, PathBuf};

/// Adds `file` to `hash`: its path relative to `base`, its length and its bytes, so that moving
/// bytes from one file to the next changes the hash.
pub fn hash_file(hash: &mut Sha256, base: &Path, file: &Path) -> io::Result<()> {
    let bytes = std::fs::read(file)
        .map_err(|error| io::Error::new(error.kind(), format!("{}: {error}", file.display())))?;
    hash.update(
        file.strip_prefix(base)
            .unwrap_or(file)
            .to_string_lossy()
            .as_bytes(),
    );
    hash.update([0]);
    hash.update((bytes.len() as u64).to_le_bytes());
    hash.update(&bytes);
    Ok(())
}

/// Adds every file under `dir` to `hash` ([`hash_file`]), in the order of their paths.
pub fn hash_files(hash: &mut Sha256, base: &Path, dir: &Path) -> io::Result<()> {
    let mut files = Vec::new();
    gather(dir, &mut files)?;
    files.sort();
    files
        .iter()
        .try_for_each(|file| hash_file(hash, base, file))
}

fn gather(dir: &Path, files: &mut Vec<PathBuf>) -> io::Result<()> {
    let entries = std::fs::read_dir(dir)
        .map_err(|error| io::Error::new(error.kind(), format!("{}: {error}", dir.display())))?;
    for entry in entries {
        let path = entry?.path();
        if path.is_dir() {
            gather(&path, files)?;
        } else {
            files.push(path);
        }
    }
    Ok(())
}
