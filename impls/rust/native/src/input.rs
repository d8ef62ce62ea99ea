//! Getting a file's bytes, and the errors every strategy reports the same way.

use std::fs::File;
use std::io::{self, Read};
use std::path::Path;

/// Why a count failed; `file` is the index of the path in the caller's list.
#[derive(Debug, PartialEq, Eq)]
pub enum CountError {
    /// Offset of the first byte of the first ill-formed sequence (= `Utf8Error::valid_up_to`).
    InvalidUtf8 { file: usize, offset: u64 },
    NotFound { file: usize },
    Io { file: usize, message: String },
}

impl CountError {
    pub fn io(file: usize, e: io::Error) -> Self {
        if e.kind() == io::ErrorKind::NotFound {
            return CountError::NotFound { file };
        }
        // "Is a directory (os error 21)" -> "Is a directory": the OS message, as Java words it.
        let mut message = e.to_string();
        if let Some(at) = message.find(" (os error ") {
            message.truncate(at);
        }
        CountError::Io { file, message }
    }
}

/// Reads the whole file into memory (one read for a regular file).
pub fn read(path: &Path) -> io::Result<Vec<u8>> {
    let mut bytes = Vec::new();
    read_into(path, &mut bytes)?;
    Ok(bytes)
}

/// Replaces `bytes` with the whole file, reusing its capacity.
pub fn read_into(path: &Path, bytes: &mut Vec<u8>) -> io::Result<()> {
    bytes.clear();
    let mut file = File::open(path)?;
    let size = file.metadata().map(|m| m.len() as usize).unwrap_or(0);
    bytes.reserve(size + 1);
    file.read_to_end(bytes)?;
    Ok(())
}
