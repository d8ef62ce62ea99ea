//! The three ways the strategies count: the talk's shape, the efficient core on one thread, and
//! the efficient core on several threads. All take several files and count them together.

use crate::input::{self, CountError};
use crate::rule;
use crate::scan::{is_split_byte, Counter};
use crate::table::top_n;
use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;

/// Top words as (lowered UTF-8 bytes, count), canonical order.
pub type Top = Vec<(Vec<u8>, u64)>;

/// The talk's algorithm in Rust: read the file into a String, lower it, split it, count in a
/// `HashMap<String, usize>`, sort everything, truncate. One String per distinct word, one
/// lowered copy of the text, one full sort.
pub fn talk(paths: &[PathBuf], n: usize) -> Result<Top, CountError> {
    let mut counts: HashMap<String, usize> = HashMap::new();
    for (i, path) in paths.iter().enumerate() {
        let bytes = input::read(path).map_err(|e| CountError::io(i, e))?;
        let text = String::from_utf8(bytes)
            .map_err(|e| CountError::InvalidUtf8 { file: i, offset: e.utf8_error().valid_up_to() as u64 })?;
        let lowered = rule::lower(&text);
        for word in lowered.split(|c: char| !rule::is_word(c as u32)).filter(|w| !w.is_empty()) {
            *counts.entry(word.to_string()).or_insert(0) += 1;
        }
    }
    let mut all: Vec<(String, u64)> = counts.into_iter().map(|(w, c)| (w, c as u64)).collect();
    top_n(&mut all, n);
    Ok(all.into_iter().map(|(w, c)| (w.into_bytes(), c)).collect())
}

thread_local! {
    /// The read buffer of `fast`, kept between calls on a thread: a fresh multi-megabyte buffer
    /// is page-faulted in on every call (measured ~6 ms per big.txt inside the JVM).
    static READ_BUFFER: std::cell::Cell<Vec<u8>> = const { std::cell::Cell::new(Vec::new()) };
    /// The file buffers of `parallel`, kept between calls the same way.
    static KEPT_FILE_BUFFERS: std::cell::Cell<Vec<Vec<u8>>> = const { std::cell::Cell::new(Vec::new()) };
}

/// The most bytes of buffers kept between calls, over all threads together: a thread pool of 16
/// once kept 64 MB each (975 MB resident, freed only when the threads exited).
const KEPT_BUFFER_BYTES: usize = 64 << 20;
/// Bytes of buffers kept now, over all threads. A thread that exits frees its buffers without
/// returning their claim: the budget can only shrink that way, never be exceeded (the callers that
/// matter, a benchmark's or the command line's thread, live as long as the process).
static KEPT_TOTAL: AtomicUsize = AtomicUsize::new(0);

/// Claims `bytes` of the budget for a buffer to keep; false when the budget has no room.
fn claim_kept(bytes: usize) -> bool {
    KEPT_TOTAL.fetch_update(Ordering::Relaxed, Ordering::Relaxed, |t| t.checked_add(bytes).filter(|&sum| sum <= KEPT_BUFFER_BYTES)).is_ok()
}

fn release_kept(bytes: usize) {
    KEPT_TOTAL.fetch_sub(bytes, Ordering::Relaxed);
}

/// The efficient core on the calling thread. Files are read, not mapped: counting a fresh
/// mapping of page-cache pages measured ~4 ms slower per big.txt than counting a heap buffer,
/// more than the ~1 ms the copy costs.
pub fn fast(paths: &[PathBuf], n: usize) -> Result<Top, CountError> {
    let mut bytes = READ_BUFFER.take();
    release_kept(bytes.capacity());
    let result = count_read(paths, n, &mut bytes);
    if claim_kept(bytes.capacity()) {
        bytes.clear();
        READ_BUFFER.set(bytes);
    }
    result
}

fn count_read(paths: &[PathBuf], n: usize, bytes: &mut Vec<u8>) -> Result<Top, CountError> {
    let mut counter = Counter::new();
    for (i, path) in paths.iter().enumerate() {
        input::read_into(path, bytes).map_err(|e| CountError::io(i, e))?;
        counter.count(bytes, 0, bytes.len()).map_err(|at| CountError::InvalidUtf8 { file: i, offset: at as u64 })?;
    }
    Ok(counter.table.top(n))
}

/// One piece of work: bytes `from..to` of file `file`.
#[derive(Clone, Copy, Debug)]
struct Chunk {
    file: usize,
    from: usize,
    to: usize,
}

/// Cuts every file into pieces of about `target` bytes, each piece starting at the file's start
/// or at an ASCII non-word byte (never inside a UTF-8 sequence or a word).
fn chunks(files: &[Vec<u8>], target: usize) -> Vec<Chunk> {
    let mut out = Vec::new();
    for (file, bytes) in files.iter().enumerate() {
        let mut from = 0;
        while from < bytes.len() {
            let mut to = (from + target).min(bytes.len());
            while to < bytes.len() && !is_split_byte(bytes[to]) {
                to += 1;
            }
            out.push(Chunk { file, from, to });
            from = to;
        }
    }
    out
}

/// Runs `work` on `threads` threads: the calling thread and `threads - 1` scoped ones (one thread
/// fewer to start, and the caller does not sit idle); a panic in one is re-raised here.
fn on_threads<T: Send>(threads: usize, work: impl Fn() -> T + Sync) -> Vec<T> {
    std::thread::scope(|s| {
        let handles: Vec<_> = (1..threads).map(|_| s.spawn(&work)).collect();
        let mut results = vec![work()];
        results.extend(handles.into_iter().map(|h| h.join().unwrap_or_else(|p| std::panic::resume_unwind(p))));
        results
    })
}

/// The efficient core on `threads` threads: files are cut into chunks that threads take in turn,
/// each thread counts into its own table, the tables are merged at the end. The final sigma rule
/// reads across chunk ends (each chunk sees its whole file), never across files.
pub fn parallel(paths: &[PathBuf], n: usize, threads: usize) -> Result<Top, CountError> {
    if threads <= 1 {
        return fast(paths, n);
    }
    // The threads read the files into buffers kept between calls (as `fast` does, for the same
    // reasons). A thread stops at the first file it cannot read; every file before the first
    // such file is read by some thread.
    let mut kept = KEPT_FILE_BUFFERS.take();
    kept.resize_with(paths.len().max(kept.len()), Vec::new);
    // The buffers taken out give their claim back; those left in `kept` keep theirs.
    let buffers: Vec<Mutex<Vec<u8>>> = kept
        .drain(..paths.len())
        .map(|b| {
            release_kept(b.capacity());
            Mutex::new(b)
        })
        .collect();
    let next_file = AtomicUsize::new(0);
    let read_errors = on_threads(threads.min(paths.len()).max(1), || {
        loop {
            let i = next_file.fetch_add(1, Ordering::Relaxed);
            let Some(path) = paths.get(i) else { return None };
            let mut bytes = buffers[i].lock().unwrap_or_else(|p| p.into_inner());
            if let Err(e) = input::read_into(path, &mut bytes) {
                return Some((i, e));
            }
        }
    });
    let files: Vec<Vec<u8>> = buffers.into_iter().map(|b| b.into_inner().unwrap_or_else(|p| p.into_inner())).collect();
    let result = count_on_threads(&files, read_errors.into_iter().flatten().min_by_key(|e| e.0), n, threads);
    kept.extend(files.into_iter().filter(|f| claim_kept(f.capacity())));
    KEPT_FILE_BUFFERS.set(kept);
    result
}

/// The counting half of `parallel`: `files` are read up to the first that could not be.
fn count_on_threads(files: &[Vec<u8>], read_error: Option<(usize, std::io::Error)>, n: usize, threads: usize) -> Result<Top, CountError> {
    // Errors are reported as a sequential reader would meet them: the first file that cannot be
    // opened wins only if no earlier file is invalid UTF-8.
    let (files, open_error) = match read_error {
        Some((i, e)) => (&files[..i], Some(CountError::io(i, e))),
        None => (files, None),
    };
    let total: usize = files.iter().map(|f| f.len()).sum();
    let target = (total / (threads * 8)).max(1 << 16);
    let work = chunks(files, target);

    // Threads take chunks in file order. A chunk holding an ill-formed sequence stops the
    // chunks after it from being counted; the earliest such chunk has the file's first error
    // (chunks start at ASCII bytes, so no sequence spans two).
    let next = AtomicUsize::new(0);
    let first_invalid = AtomicUsize::new(usize::MAX);
    let results = on_threads(threads, || {
        let mut counter = Counter::new();
        let mut invalid: Option<(usize, usize)> = None;
        loop {
            let k = next.fetch_add(1, Ordering::Relaxed);
            let Some(c) = work.get(k) else { break };
            if k > first_invalid.load(Ordering::Relaxed) {
                break;
            }
            if let Err(at) = counter.count(&files[c.file], c.from, c.to) {
                first_invalid.fetch_min(k, Ordering::Relaxed);
                invalid.get_or_insert((k, at));
            }
        }
        (counter.table, invalid)
    });
    if let Some((k, at)) = results.iter().filter_map(|r| r.1).min() {
        return Err(CountError::InvalidUtf8 { file: work[k].file, offset: at as u64 });
    }
    if let Some(e) = open_error {
        return Err(e);
    }
    let mut tables: Vec<_> = results.into_iter().map(|r| r.0).collect();
    let mut merged = tables.swap_remove(0);
    for t in &tables {
        merged.merge(t);
    }
    Ok(merged.top(n))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    /// A scratch folder for one test, removed when the test ends (pass or panic).
    struct Scratch(PathBuf);

    impl Scratch {
        fn new(test: &str) -> Self {
            let dir = std::env::temp_dir().join(format!("wordbench-rust-test-{}-{test}", std::process::id()));
            std::fs::create_dir_all(&dir).unwrap();
            Scratch(dir)
        }

        fn file(&self, name: &str, bytes: &[u8]) -> PathBuf {
            let p = self.0.join(name);
            std::fs::File::create(&p).unwrap().write_all(bytes).unwrap();
            p
        }
    }

    impl Drop for Scratch {
        fn drop(&mut self) {
            let _ = std::fs::remove_dir_all(&self.0);
        }
    }

    fn all_ways(paths: &[PathBuf], n: usize) -> Vec<Result<Top, CountError>> {
        vec![talk(paths, n), fast(paths, n), parallel(paths, n, 2), parallel(paths, n, 3)]
    }

    #[test]
    fn all_ways_agree_on_several_files() {
        let mut text = String::new();
        for i in 0..20_000 {
            text.push_str(&format!("The the THE w{} ΟΔΟΣ İstanbul naïve 𠀀 Σ. ", i % 97));
        }
        let scratch = Scratch::new("several_files");
        let temp = |name: &str, bytes: &[u8]| scratch.file(name, bytes);
        let a = temp("a.txt", text.as_bytes());
        let b = temp("b.txt", "ΑΣ".as_bytes());
        let c = temp("c.txt", "Σ the".as_bytes());
        let empty = temp("empty.txt", b"");
        let paths = vec![a, b, c, empty];
        let results = all_ways(&paths, 1000);
        let first = results[0].as_ref().unwrap();
        assert_eq!(first[0], (b"the".to_vec(), 60_001));
        assert!(first.contains(&("ας".as_bytes().to_vec(), 1)), "no sigma context from one file into the next");
        assert!(first.contains(&("σ".as_bytes().to_vec(), 20_001)));
        for r in &results {
            assert_eq!(r.as_ref().unwrap(), first);
        }
    }

    #[test]
    fn kept_buffers_stay_within_one_budget_over_all_threads() {
        let scratch = Scratch::new("kept");
        let file = scratch.file("big.txt", &b"word ".repeat(3 << 20));
        let paths = vec![file.clone(), file];
        std::thread::scope(|s| {
            for _ in 0..16 {
                s.spawn(|| {
                    fast(&paths, 1).unwrap();
                    parallel(&paths, 1, 2).unwrap();
                });
            }
        });
        assert!(KEPT_TOTAL.load(Ordering::Relaxed) <= KEPT_BUFFER_BYTES);
    }

    #[test]
    fn errors_are_the_same_in_every_way() {
        let scratch = Scratch::new("errors");
        let temp = |name: &str, bytes: &[u8]| scratch.file(name, bytes);
        let ok = temp("ok.txt", b"fine words");
        let mut bad_bytes = vec![b'a'; 300_000];
        bad_bytes[200_001] = 0xE2;
        bad_bytes[200_002] = 0x82;
        let bad = temp("bad.txt", &bad_bytes);
        let truncated = temp("truncated.txt", b"ab\xF0\x9F");
        let missing = ok.with_file_name("missing.txt");
        let dir = ok.parent().unwrap().to_path_buf();
        for r in all_ways(&[ok.clone(), bad.clone(), missing.clone()], 5) {
            assert_eq!(r.unwrap_err(), CountError::InvalidUtf8 { file: 1, offset: 200_001 });
        }
        for r in all_ways(&[ok.clone(), truncated.clone()], 5) {
            assert_eq!(r.unwrap_err(), CountError::InvalidUtf8 { file: 1, offset: 2 });
        }
        for r in all_ways(&[ok.clone(), missing.clone(), bad.clone()], 5) {
            assert_eq!(r.unwrap_err(), CountError::NotFound { file: 1 });
        }
        for r in all_ways(&[dir], 5) {
            assert_eq!(r.unwrap_err(), CountError::Io { file: 0, message: "Is a directory".into() });
        }
    }
}
