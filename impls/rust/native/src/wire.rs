//! The one message a count returns across either boundary (JNI byte[] or FFM buffer), decoded
//! by `NativeReply.java`. Little-endian:
//!   ok:    u8 0, u32 entries, then per entry u64 count, u32 length, the word's UTF-8 bytes
//!   error: u8 status (1 invalid UTF-8, 2 not found, 3 I/O, 4 panic, 5 bad request, 6 an answer
//!          Java cannot take), u32 file index, u64 byte offset (for 6: the longest word's bytes),
//!          u32 length, a UTF-8 message

use crate::count::{self, Top};
use crate::input::CountError;
use std::ffi::OsStr;
use std::os::unix::ffi::OsStrExt;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::PathBuf;

pub const MODE_TALK: i32 = 0;
pub const MODE_FAST: i32 = 1;
pub const MODE_PARALLEL: i32 = 2;

const INVALID_UTF8: u8 = 1;
const NOT_FOUND: u8 = 2;
const IO: u8 = 3;
const PANIC: u8 = 4;
const BAD_REQUEST: u8 = 5;
const TOO_LARGE_FOR_JAVA: u8 = 6;

/// The longest word a reply carries: its Java String must be constructible whatever its
/// characters (a String of UTF-16 chars holds fewer than 2^30), and the whole reply must fit one
/// Java array (under 2^31 bytes).
const JAVA_WORD_BYTES: usize = 1 << 30;
const JAVA_REPLY_BYTES: usize = i32::MAX as usize - 8;

/// Why `top` cannot cross into Java, if it cannot: a word longer than `max_word` bytes or a reply
/// longer than `max_reply`. The count itself succeeded; only its answer is too large for a String.
fn too_large_for_java(top: &Top, max_word: usize, max_reply: usize) -> Option<(usize, String)> {
    let longest = top.iter().map(|(w, _)| w.len()).max().unwrap_or(0);
    let reply = ok_reply_bytes(top);
    if longest > max_word {
        return Some((longest, format!("the answer holds a word of {} MiB, more than a Java String can take ({} MiB); the Rust core counted it but cannot hand it to Java",
            longest >> 20, max_word >> 20)));
    }
    if reply > max_reply {
        return Some((longest, format!("the answer's words take {} MiB, more than a Java array can take ({} MiB); ask for fewer words",
            reply >> 20, max_reply >> 20)));
    }
    None
}

/// The length of `encode_ok(top)`.
fn ok_reply_bytes(top: &Top) -> usize {
    5 + top.iter().map(|(w, _)| 12 + w.len()).sum::<usize>()
}

fn encode_ok(top: &Top) -> Vec<u8> {
    let mut out = Vec::with_capacity(ok_reply_bytes(top));
    out.push(0);
    out.extend_from_slice(&(top.len() as u32).to_le_bytes());
    for (word, count) in top {
        out.extend_from_slice(&count.to_le_bytes());
        out.extend_from_slice(&(word.len() as u32).to_le_bytes());
        out.extend_from_slice(word);
    }
    out
}

fn encode_error(status: u8, file: usize, offset: u64, message: &str) -> Vec<u8> {
    let mut out = Vec::with_capacity(17 + message.len());
    out.push(status);
    out.extend_from_slice(&(file as u32).to_le_bytes());
    out.extend_from_slice(&offset.to_le_bytes());
    out.extend_from_slice(&(message.len() as u32).to_le_bytes());
    out.extend_from_slice(message.as_bytes());
    out
}

/// The text of a panic payload.
pub fn panic_message(payload: &(dyn std::any::Any + Send)) -> String {
    if let Some(s) = payload.downcast_ref::<&str>() {
        (*s).to_string()
    } else if let Some(s) = payload.downcast_ref::<String>() {
        s.clone()
    } else {
        "unknown panic".to_string()
    }
}

/// Paths arrive as their bytes, each followed by a NUL (no path can contain one).
fn parse_paths(bytes: &[u8]) -> Vec<PathBuf> {
    bytes.split(|&b| b == 0).filter(|p| !p.is_empty()).map(|p| PathBuf::from(OsStr::from_bytes(p))).collect()
}

/// Serves one count request; never panics (a panic becomes a PANIC reply).
pub fn respond(paths: &[u8], n: i32, mode: i32, threads: i32) -> Vec<u8> {
    let outcome = catch_unwind(AssertUnwindSafe(|| {
        let paths = parse_paths(paths);
        if n < 1 || paths.is_empty() || threads < 1 {
            return encode_error(BAD_REQUEST, 0, 0, "need n >= 1, threads >= 1 and at least one path");
        }
        let n = n as usize;
        let result = match mode {
            MODE_TALK => count::talk(&paths, n),
            MODE_FAST => count::fast(&paths, n),
            MODE_PARALLEL => count::parallel(&paths, n, threads as usize),
            _ => return encode_error(BAD_REQUEST, 0, 0, &format!("unknown mode {mode}")),
        };
        match result {
            Ok(top) => match too_large_for_java(&top, JAVA_WORD_BYTES, JAVA_REPLY_BYTES) {
                Some((longest, why)) => encode_error(TOO_LARGE_FOR_JAVA, 0, longest as u64, &why),
                None => encode_ok(&top),
            },
            Err(CountError::InvalidUtf8 { file, offset }) => encode_error(INVALID_UTF8, file, offset, ""),
            Err(CountError::NotFound { file }) => encode_error(NOT_FOUND, file, 0, ""),
            Err(CountError::Io { file, message }) => encode_error(IO, file, 0, &message),
        }
    }));
    outcome.unwrap_or_else(|payload| encode_error(PANIC, 0, 0, &panic_message(payload.as_ref())))
}

/// The talk's hello world.
#[inline]
pub fn double(x: i32) -> i32 {
    x.wrapping_mul(2)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bad_requests_and_missing_files_are_replies_not_panics() {
        assert_eq!(respond(b"x\0", 0, MODE_FAST, 1)[0], BAD_REQUEST);
        assert_eq!(respond(b"", 3, MODE_FAST, 1)[0], BAD_REQUEST);
        assert_eq!(respond(b"x\0", 3, 9, 1)[0], BAD_REQUEST);
        let reply = respond(b"/nonexistent/a\0/nonexistent/b\0", 3, MODE_PARALLEL, 2);
        assert_eq!(reply[..5], [NOT_FOUND, 0, 0, 0, 0]);
    }

    #[test]
    fn an_answer_too_large_for_java_is_refused_in_words() {
        let top: Top = vec![(b"the".to_vec(), 9), (vec![b'a'; 3000], 1)];
        assert_eq!(too_large_for_java(&top, 4096, 1 << 20), None);
        let (longest, why) = too_large_for_java(&top, 2048, 1 << 20).unwrap();
        assert_eq!(longest, 3000);
        assert!(why.starts_with("the answer holds a word of 0 MiB, more than a Java String can take"), "{why}");
        let (_, why) = too_large_for_java(&top, 4096, 3000).unwrap();
        assert!(why.contains("more than a Java array can take"), "{why}");
    }

    #[test]
    fn ok_reply_layout() {
        let reply = encode_ok(&vec![(b"ab".to_vec(), 7)]);
        assert_eq!(reply, [0, 1, 0, 0, 0, 7, 0, 0, 0, 0, 0, 0, 0, 2, 0, 0, 0, b'a', b'b']);
        assert_eq!(double(21), 42);
        assert_eq!(double(i32::MAX), -2, "wraps like Java's int");
    }
}
