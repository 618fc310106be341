//! A hash of core's source (`src/` and the manifest), for `bundle::once`: content checked by one
//! version of the checks is never read back by another.

#[path = "src/bundle/tree.rs"]
mod tree;

use sha2::{Digest, Sha256};
use std::path::Path;

fn main() {
    // Read when it runs, not when it was compiled: a build script compiled for one checkout can
    // be run for another that shares its target directory.
    let manifest_dir = std::env::var_os("CARGO_MANIFEST_DIR").expect("cargo sets it");
    let root = Path::new(&manifest_dir);
    println!("cargo:rerun-if-changed=src");
    println!("cargo:rerun-if-changed=Cargo.toml");
    let mut hash = Sha256::new();
    tree::hash_file(&mut hash, root, &root.join("Cargo.toml"))
        .and_then(|()| tree::hash_files(&mut hash, root, &root.join("src")))
        .unwrap_or_else(|error| panic!("hashing core's source: {error}"));
    let hex: String = hash
        .finalize()
        .iter()
        .map(|byte| format!("{byte:02x}"))
        .collect();
    println!("cargo:rustc-env=NAVIGATOR_CORE_SOURCE={hex}");
}
