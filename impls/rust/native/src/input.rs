//! Getting a file's bytes, and the errors every strategy reports the same way.

use std::fs::File;
use std::io::{self, Read, Seek, SeekFrom};
use std::path::Path;
use std::time::SystemTime;

use crate::rule::{decode, is_case_ignorable, is_cased, last_not_case_ignorable, CAPITAL_SIGMA};

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

pub(crate) fn changed_while_reading() -> io::Error {
    io::Error::other(CHANGED_WHILE_READING)
}

/// What a file looked like when it was opened, to tell afterwards whether it changed while read.
pub(crate) struct Snapshot {
    /// None when the file's metadata cannot tell: not a regular file (a pipe, a device), or one of
    /// size 0 (`/proc` and sysfs files have content though, made up anew at every read and stamped
    /// with the time of the look).
    seen: Option<(u64, Option<SystemTime>)>,
}

impl Snapshot {
    pub(crate) fn of(file: &File) -> io::Result<Snapshot> {
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
    pub(crate) fn check(&self, file: &File, read_to_end: Option<u64>) -> io::Result<()> {
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

/// Where a file's bytes come from when it is streamed: a reader that may also read ahead and come
/// back (a regular file), which a pipe cannot.
pub(crate) trait Source: Read {
    /// The offset of the next byte `read` gives, if this source can come back to it.
    fn position(&mut self) -> Option<u64>;
    /// Makes `read` go on from `offset`, one that `position` gave.
    fn back_to(&mut self, offset: u64) -> io::Result<()>;
}

impl Source for File {
    fn position(&mut self) -> Option<u64> {
        self.stream_position().ok()
    }

    fn back_to(&mut self, offset: u64) -> io::Result<()> {
        self.seek(SeekFrom::Start(offset)).map(|_| ())
    }
}

/// Reads the file at `path` window by window through `window` (its length is the window's size)
/// and has `count` count each as `Counter::count_window` does: `count(window, to, last,
/// cased_after)`. Only `window` holds the file's bytes, so memory stays bounded by it at any file
/// size: a capital sigma followed by more case-ignorable characters than the window holds (the
/// final sigma rule looks across them) is settled by reading ahead to the character after them
/// and coming back (see `settle_ahead`). Only a source that cannot come back (a pipe) grows the
/// window until the sigma is settled.
pub fn stream(path: &Path, window: &mut Vec<u8>, mut count: impl FnMut(&[u8], usize, bool, bool) -> Result<(), usize>) -> Result<(), StreamError> {
    let mut file = File::open(path).map_err(StreamError::Io)?;
    let before = Snapshot::of(&file).map_err(StreamError::Io)?;
    let outcome = stream_from(&mut file, window, &mut count, false);
    // A change wins over what the mixed bytes looked like (say, a character cut by truncation).
    before.check(&file, outcome.as_ref().ok().copied()).map_err(StreamError::Io)?;
    outcome.map(|_| ())
}

/// `stream` from an open file (or any source): the bytes it gave in all when it read to the end.
/// `cased_after_end` tells what follows the source's end, for a final sigma before it: false at a
/// file's end; for a piece of a file, whether the first character after the piece that is not
/// case-ignorable is cased.
pub(crate) fn stream_from(file: &mut impl Source, window: &mut Vec<u8>, count: &mut impl FnMut(&[u8], usize, bool, bool) -> Result<(), usize>, cased_after_end: bool) -> Result<u64, StreamError> {
    // window[..filled] is text not counted yet; it starts at byte `start` of the file.
    let mut filled = 0;
    let mut start = 0u64;
    loop {
        if filled == window.len() {
            // The last window could count nothing (see `countable_end`): a capital sigma whose
            // look-ahead runs to the window's end, or a window too small for one character.
            let whole = whole_characters(window);
            if whole > 0 {
                if let Some(cased_after) = settle_ahead(file, &window[whole..], cased_after_end)? {
                    count(&window[..whole], whole, false, cased_after).map_err(|at| StreamError::InvalidUtf8(start + at as u64))?;
                    window.copy_within(whole..filled, 0);
                    filled -= whole;
                    start += whole as u64;
                    continue;
                }
            }
            window.resize(window.len() * 2, 0);
        }
        let got = read_some(file, &mut window[filled..]).map_err(StreamError::Io)?;
        filled += got;
        let last = got == 0;
        let to = if last { filled } else { countable_end(&window[..filled]) };
        if to == 0 && !last {
            continue;
        }
        count(&window[..filled], to, last, last && cased_after_end).map_err(|at| StreamError::InvalidUtf8(start + at as u64))?;
        window.copy_within(to..filled, 0);
        filled -= to;
        start += to as u64;
        if last {
            return Ok(start);
        }
    }
}

/// One read, retried when a signal interrupts it.
fn read_some(file: &mut impl Read, into: &mut [u8]) -> io::Result<usize> {
    loop {
        match file.read(into) {
            Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
            other => return other,
        }
    }
}

/// Whether the first character after the case-ignorable characters that follow `tail` (the
/// window's cut-off last bytes) and then the source's next bytes is cased: what settles a capital
/// sigma before them. Reads ahead in a buffer of its own, then brings the source back to where it
/// was. None when the source cannot come back. The source's end settles it as `cased_after_end`
/// (see `stream_from`); ill-formed bytes as not cased, as `rule::is_final_sigma` does (the count
/// then fails on them anyway).
pub(crate) fn settle_ahead(file: &mut impl Source, tail: &[u8], cased_after_end: bool) -> Result<Option<bool>, StreamError> {
    let Some(back) = file.position() else { return Ok(None) };
    let mut buf = [0u8; 4096];
    buf[..tail.len()].copy_from_slice(tail);
    let mut have = tail.len();
    let cased = 'ahead: loop {
        let got = read_some(file, &mut buf[have..]).map_err(StreamError::Io)?;
        have += got;
        let mut k = 0;
        while k < have {
            match decode(&buf[..have], k) {
                Some((cp, len)) if is_case_ignorable(cp) => k += len,
                Some((cp, _)) => break 'ahead is_cased(cp),
                // A character cut by the buffer's end waits for the next read.
                None if got > 0 && have - k < 4 => break,
                None => break 'ahead false,
            }
        }
        if got == 0 {
            break cased_after_end;
        }
        buf.copy_within(k..have, 0);
        have -= k;
    };
    file.back_to(back).map_err(StreamError::Io)?;
    Ok(Some(cased))
}

/// Bytes `pos..end` of an open file (to its end when `end` is None) as a source of their own.
pub(crate) struct Piece<'a> {
    file: &'a mut File,
    pos: u64,
    end: Option<u64>,
}

impl<'a> Piece<'a> {
    /// The piece of `file` from byte `from`, the file made to read from there.
    pub(crate) fn of(file: &'a mut File, from: u64, end: Option<u64>) -> io::Result<Self> {
        file.seek(SeekFrom::Start(from))?;
        Ok(Piece { file, pos: from, end })
    }
}

impl Read for Piece<'_> {
    fn read(&mut self, into: &mut [u8]) -> io::Result<usize> {
        let most = self.end.map_or(into.len(), |end| into.len().min(end.saturating_sub(self.pos) as usize));
        let got = self.file.read(&mut into[..most])?;
        self.pos += got as u64;
        Ok(got)
    }
}

impl Source for Piece<'_> {
    fn position(&mut self) -> Option<u64> {
        Some(self.pos)
    }

    fn back_to(&mut self, offset: u64) -> io::Result<()> {
        self.file.seek(SeekFrom::Start(offset))?;
        self.pos = offset;
        Ok(())
    }
}

/// The first byte at or after `from` and before `limit` of `file` for which `cut_here` holds, if
/// any: where a file may be cut into pieces. Reads only as far as it has to.
pub(crate) fn next_cut(file: &mut File, from: u64, limit: u64, cut_here: impl Fn(u8) -> bool) -> io::Result<Option<u64>> {
    file.seek(SeekFrom::Start(from))?;
    let mut buf = [0u8; 4096];
    let mut at = from;
    while at < limit {
        let want = buf.len().min((limit - at) as usize);
        let got = read_some(file, &mut buf[..want])?;
        if got == 0 {
            return Ok(None);
        }
        if let Some(k) = buf[..got].iter().position(|&b| cut_here(b)) {
            return Ok(Some(at + k as u64));
        }
        at += got as u64;
    }
    Ok(None)
}

/// Whether the nearest character before byte `at` of `file` that is not case-ignorable is cased
/// (false when there is none): what the final sigma rule looks back to across a piece's start.
/// `at` is a character boundary. Reads back only as far as it has to.
pub(crate) fn cased_before(file: &mut File, at: u64) -> io::Result<bool> {
    let mut buf = [0u8; 4096];
    let mut end = at;
    while end > 0 {
        let start = end.saturating_sub(buf.len() as u64);
        let chunk = &mut buf[..(end - start) as usize];
        file.seek(SeekFrom::Start(start))?;
        file.read_exact(chunk)?;
        // A character the chunk's start cuts belongs to the next chunk back.
        let first = if start == 0 {
            0
        } else {
            match chunk.iter().take(4).position(|&b| b & 0xC0 != 0x80) {
                Some(first) => first,
                // Ill-formed: no character ends here, as `last_not_case_ignorable` would find.
                None => return Ok(false),
            }
        };
        if let Some((_, cp)) = last_not_case_ignorable(&chunk[first..]) {
            return Ok(cp.is_some_and(is_cased));
        }
        end = start + first as u64;
    }
    Ok(false)
}

/// The end of the last whole character of `bytes`: all but a character its end cuts.
fn whole_characters(bytes: &[u8]) -> usize {
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
            return at;
        }
    }
    bytes.len()
}

/// How much of `bytes`, a window that the file goes on after, can be counted now: all but a
/// character the window's end cuts, and all before a capital sigma whose final-or-not look-ahead
/// (across case-ignorable characters) reaches the window's end. Every sigma before the end
/// returned is settled by the bytes after it. 0 when nothing can be counted.
fn countable_end(bytes: &[u8]) -> usize {
    let end = whole_characters(bytes);
    match last_not_case_ignorable(&bytes[..end]) {
        Some((at, Some(CAPITAL_SIGMA))) => at,
        _ => end,
    }
}
