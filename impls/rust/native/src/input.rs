//! Getting a file's bytes, and the errors every strategy reports the same way.

use std::fs::File;
use std::io::{self, Read};
use std::path::Path;
use std::time::SystemTime;

use crate::rule::{last_not_case_ignorable, CAPITAL_SIGMA};

/// Why a count failed; `file` is the index of the path in the caller's list.
#[derive(Debug, PartialEq, Eq)]
pub enum CountError {
    /// Offset of the first byte of the first ill-formed sequence (= `Utf8Error::valid_up_to`).
    InvalidUtf8 { file: usize, offset: u64 },
    NotFound { file: usize },
    Io { file: usize, message: String },
}

impl CountError {
    /// The index of the file the error is about.
    pub fn file(&self) -> usize {
        match *self {
            CountError::InvalidUtf8 { file, .. } | CountError::NotFound { file } | CountError::Io { file, .. } => file,
        }
    }

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

/// The message of a file that changed while it was read: its bytes may mix two versions, or end
/// inside a character that was whole, so no count and no invalid-UTF-8 verdict would be true.
pub const CHANGED_WHILE_READING: &str = "changed while reading";

fn changed_while_reading() -> io::Error {
    io::Error::other(CHANGED_WHILE_READING)
}

/// What a file looked like when it was opened, to tell afterwards whether it changed while read.
struct Snapshot {
    /// None when the file's metadata cannot tell: not a regular file (a pipe, a device), or one of
    /// size 0 (`/proc` and sysfs files have content though, made up anew at every read and stamped
    /// with the time of the look).
    seen: Option<(u64, Option<SystemTime>)>,
}

impl Snapshot {
    fn of(file: &File) -> io::Result<Snapshot> {
        let m = file.metadata()?;
        let seen = (m.is_file() && m.len() > 0).then(|| (m.len(), m.modified().ok()));
        Ok(Snapshot { seen })
    }

    /// The expected size in bytes, when the metadata tells.
    fn len(&self) -> Option<u64> {
        self.seen.map(|(len, _)| len)
    }

    /// Fails when the file's size or modification time is no longer what it was, or when a read
    /// to the end (`read_to_end`: the bytes it gave) did not give the size.
    fn check(&self, file: &File, read_to_end: Option<u64>) -> io::Result<()> {
        let Some((len, modified)) = self.seen else { return Ok(()) };
        let now = file.metadata()?;
        if now.len() != len || now.modified().ok() != modified || read_to_end.is_some_and(|n| n != len) {
            return Err(changed_while_reading());
        }
        Ok(())
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
    let before = Snapshot::of(&file)?;
    bytes.reserve(before.len().unwrap_or(0) as usize + 1);
    let read = file.read_to_end(bytes);
    before.check(&file, read.as_ref().ok().map(|_| bytes.len() as u64))?;
    read.map(|_| ())
}

/// Why streaming a file failed.
#[derive(Debug)]
pub enum StreamError {
    Io(io::Error),
    /// The count of a window failed: the file's offset of the first ill-formed UTF-8 sequence.
    InvalidUtf8(u64),
}

/// Reads the file at `path` window by window through `window` (its length is the window's size)
/// and has `count` count each as `Counter::count_window` does: `count(window, to, last)`. Only
/// `window` holds the file's bytes, so memory stays bounded by it at any file size, except in one
/// case a crafted text can make: a capital sigma followed by more case-ignorable characters than a
/// window holds grows the window until the sigma is settled.
pub fn stream(path: &Path, window: &mut Vec<u8>, mut count: impl FnMut(&[u8], usize, bool) -> Result<(), usize>) -> Result<(), StreamError> {
    let mut file = File::open(path).map_err(StreamError::Io)?;
    let before = Snapshot::of(&file).map_err(StreamError::Io)?;
    let outcome = stream_from(&mut file, window, &mut count);
    // A change wins over what the mixed bytes looked like (say, a character cut by truncation).
    before.check(&file, outcome.as_ref().ok().copied()).map_err(StreamError::Io)?;
    outcome.map(|_| ())
}

/// `stream` from an open file (or any reader): the bytes it gave in all when it read to the end.
pub(crate) fn stream_from(file: &mut impl Read, window: &mut Vec<u8>, count: &mut impl FnMut(&[u8], usize, bool) -> Result<(), usize>) -> Result<u64, StreamError> {
    // window[..filled] is text not counted yet; it starts at byte `start` of the file.
    let mut filled = 0;
    let mut start = 0u64;
    loop {
        if filled == window.len() {
            // The last window could count nothing (see `countable_end`).
            window.resize(window.len() * 2, 0);
        }
        let got = loop {
            match file.read(&mut window[filled..]) {
                Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                other => break other.map_err(StreamError::Io)?,
            }
        };
        filled += got;
        let last = got == 0;
        let to = if last { filled } else { countable_end(&window[..filled]) };
        if to == 0 && !last {
            continue;
        }
        count(&window[..filled], to, last).map_err(|at| StreamError::InvalidUtf8(start + at as u64))?;
        window.copy_within(to..filled, 0);
        filled -= to;
        start += to as u64;
        if last {
            return Ok(start);
        }
    }
}

/// How much of `bytes`, a window that the file goes on after, can be counted now: all but a
/// character the window's end cuts, and all before a capital sigma whose final-or-not look-ahead
/// (across case-ignorable characters) reaches the window's end. Every sigma before the end
/// returned is settled by the bytes after it. 0 when nothing can be counted.
fn countable_end(bytes: &[u8]) -> usize {
    let mut end = bytes.len();
    // The last byte that starts a sequence, if among the last four: its sequence may be cut.
    if let Some(back) = bytes.iter().rev().take(4).position(|&b| b & 0xC0 != 0x80) {
        let at = bytes.len() - 1 - back;
        let needs = match bytes[at] {
            0xC2..=0xDF => 2,
            0xE0..=0xEF => 3,
            0xF0..=0xF4 => 4,
            _ => 1,
        };
        if at + needs > bytes.len() {
            end = at;
        }
    }
    match last_not_case_ignorable(&bytes[..end]) {
        Some((at, Some(CAPITAL_SIGMA))) => at,
        _ => end,
    }
}
