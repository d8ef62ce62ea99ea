//! The three ways the strategies count: the talk's shape, the efficient core on one thread, and
//! the efficient core on several threads. All take several files and count them together.

use crate::input::{self, CountError, StreamError};
use crate::rule;
use crate::scan::{is_split_byte, Counter};
use crate::table::top_n;
use std::collections::HashMap;
use std::path::{Path, PathBuf};
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

// What the counts keep between calls lives in pools shared by all threads, not in thread-locals:
// `release_kept_memory` (a strategy's close()) can then free all of it from any thread, and a pool
// of threads that each called once keeps no more than the budget.

/// Counters and windows of `fast` with the bytes they claim of the budget, kept between calls:
/// memory freshly mapped for every call is page-faulted in anew (see `WordTable::clear`).
static KEPT_FAST: Mutex<Vec<(Counter, Vec<u8>, usize)>> = Mutex::new(Vec::new());
/// The file buffers of `parallel`, kept between calls: a fresh multi-megabyte buffer is
/// page-faulted in on every call (measured ~6 ms per big.txt inside the JVM).
static KEPT_FILE_BUFFERS: Mutex<Vec<Vec<u8>>> = Mutex::new(Vec::new());

/// Takes what a pool holds (a panic elsewhere while it was held leaves it usable).
fn pool<T>(kept: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    kept.lock().unwrap_or_else(|p| p.into_inner())
}

/// Frees every counter, window and buffer kept between calls, over all threads, and returns their
/// bytes to the budget. Returns the bytes freed. Counts running meanwhile keep nothing of theirs
/// freed; they return what they hold when they end.
pub fn release_kept_memory() -> usize {
    let fast = std::mem::take(&mut *pool(&KEPT_FAST));
    let counters = std::mem::take(&mut *pool(&KEPT_COUNTERS));
    let buffers = std::mem::take(&mut *pool(&KEPT_FILE_BUFFERS));
    let freed = fast.iter().map(|f| f.2).sum::<usize>()
        + counters.iter().map(|c| c.1).sum::<usize>()
        + buffers.iter().map(|b| b.capacity()).sum::<usize>();
    release_kept(freed);
    freed
}

/// Bytes kept between calls now, over all threads.
pub fn kept_bytes() -> usize {
    KEPT_TOTAL.load(Ordering::Relaxed)
}

/// The counters of `parallel`'s threads with the bytes they claim, kept between calls. Scoped
/// threads are new in every call, so a thread-local would not keep them. Tables grown anew in
/// freshly mapped memory in every call made rust-parallel on the flood text (200,000 distinct
/// words) 2-4x slower on two threads than on one, its time varying 2x from call to call.
static KEPT_COUNTERS: Mutex<Vec<(Counter, usize)>> = Mutex::new(Vec::new());

/// A kept counter, cleared (a fresh seed), or a new one when none is kept.
fn take_counter() -> Counter {
    let kept = pool(&KEPT_COUNTERS).pop();
    match kept {
        Some((mut counter, claim)) => {
            release_kept(claim);
            counter.clear();
            counter
        }
        None => Counter::new(),
    }
}

/// Keeps `counter` for a later call if the kept budget has room; else it is freed.
fn keep_counter(counter: Counter) {
    let claim = counter.heap_bytes();
    if claim_kept(claim) {
        pool(&KEPT_COUNTERS).push((counter, claim));
    }
}

/// The most bytes of buffers kept between calls, over all threads together: a thread pool of 16
/// once kept 64 MB each (975 MB resident, freed only when the threads exited).
const KEPT_BUFFER_BYTES: usize = 64 << 20;
/// Bytes of buffers kept now, over all threads.
static KEPT_TOTAL: AtomicUsize = AtomicUsize::new(0);

/// Claims `bytes` of the budget for a buffer to keep; false when the budget has no room.
fn claim_kept(bytes: usize) -> bool {
    KEPT_TOTAL.fetch_update(Ordering::Relaxed, Ordering::Relaxed, |t| t.checked_add(bytes).filter(|&sum| sum <= KEPT_BUFFER_BYTES)).is_ok()
}

fn release_kept(bytes: usize) {
    KEPT_TOTAL.fetch_sub(bytes, Ordering::Relaxed);
}

/// The bytes `fast` reads and counts a file in at a time (its window). Small enough to stay in
/// the cache from the read to the count: a whole-file buffer counted ~50% faster when the kernel
/// happened to back it with huge pages than when not, so its speed varied from process to process.
pub const WINDOW_BYTES: usize = 256 << 10;

/// The efficient core on the calling thread, streaming each file through one window: memory
/// stays bounded whatever the files' sizes. Files are read, not mapped: counting a fresh mapping
/// of page-cache pages measured ~4 ms slower per big.txt than counting a heap buffer.
pub fn fast(paths: &[PathBuf], n: usize) -> Result<Top, CountError> {
    fast_with_window(paths, n, WINDOW_BYTES)
}

fn fast_with_window(paths: &[PathBuf], n: usize, window_bytes: usize) -> Result<Top, CountError> {
    let kept = pool(&KEPT_FAST).pop();
    let (mut counter, mut window) = match kept {
        Some((mut counter, window, claimed)) => {
            release_kept(claimed);
            counter.clear();
            (counter, window)
        }
        None => (Counter::new(), Vec::new()),
    };
    if window.len() != window_bytes {
        // First call, a window grown for a crafted sigma (see `input::stream`), or a test's size.
        window = vec![0u8; window_bytes];
    }
    let result = count_streamed(paths, n, &mut counter, &mut window);
    let claim = counter.heap_bytes() + window.capacity();
    if claim_kept(claim) {
        pool(&KEPT_FAST).push((counter, window, claim));
    }
    result
}

fn count_streamed(paths: &[PathBuf], n: usize, counter: &mut Counter, window: &mut Vec<u8>) -> Result<Top, CountError> {
    for (i, path) in paths.iter().enumerate() {
        stream_one(i, path, counter, window)?;
    }
    Ok(counter.table.top(n))
}

/// Counts file number `i` of a request into `counter`, streamed through `window`.
fn stream_one(i: usize, path: &Path, counter: &mut Counter, window: &mut Vec<u8>) -> Result<(), CountError> {
    input::stream(path, window, |w, to, last, cased_after| counter.count_window(w, to, last, cased_after)).map_err(|e| match e {
        StreamError::Io(e) => CountError::io(i, e),
        StreamError::InvalidUtf8(offset) => CountError::InvalidUtf8 { file: i, offset },
    })
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

/// The most bytes of files `parallel` holds whole in memory to cut them into chunks; above it the
/// threads stream whole files instead (see `parallel_streamed`).
pub const PARALLEL_WHOLE_FILE_BYTES: u64 = 256 << 20;

/// The efficient core on `threads` threads: files are cut into chunks that threads take in turn,
/// each thread counts into its own table, the tables are merged at the end. The final sigma rule
/// reads across chunk ends (each chunk sees its whole file), never across files. Files larger in
/// all than `PARALLEL_WHOLE_FILE_BYTES` are streamed instead, so memory stays bounded.
pub fn parallel(paths: &[PathBuf], n: usize, threads: usize) -> Result<Top, CountError> {
    if threads <= 1 {
        return fast(paths, n);
    }
    let size: u64 = paths.iter().map(|p| std::fs::metadata(p).map_or(0, |m| m.len())).sum();
    if size > PARALLEL_WHOLE_FILE_BYTES {
        return parallel_streamed(paths, n, threads, WINDOW_BYTES);
    }
    // The threads read the files into buffers kept between calls (as `fast` does, for the same
    // reasons). A thread stops at the first file it cannot read; every file before the first
    // such file is read by some thread.
    let mut kept = std::mem::take(&mut *pool(&KEPT_FILE_BUFFERS));
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
    pool(&KEPT_FILE_BUFFERS).extend(kept);
    result
}

/// The most bytes of one file one thread of `parallel_streamed` counts at a time: a larger file is
/// cut into pieces of about this size, which threads take in turn.
pub const PIECE_BYTES: u64 = 64 << 20;

/// Bytes `from..to` of file `file` (to its end when `to` is None): a piece starts at the file's
/// start or at an ASCII non-word byte, so never inside a character or a word.
#[derive(Clone, Copy, Debug, PartialEq)]
struct Piece {
    file: usize,
    from: u64,
    to: Option<u64>,
}

/// Cuts the files into pieces of about `piece_bytes` (see `Piece`), by their sizes when opened: a
/// file whose size says nothing (`/proc`) or that cannot be opened is one piece, whose count meets
/// what is wrong with it. Reads only near each cut, as far as the next ASCII non-word byte (at most
/// up to the next cut: a word longer than a piece is never cut).
fn pieces(paths: &[PathBuf], piece_bytes: u64) -> Vec<Piece> {
    let mut out = Vec::new();
    for (file, path) in paths.iter().enumerate() {
        let mut from = 0;
        if let Ok(mut f) = std::fs::File::open(path) {
            let size = f.metadata().map_or(0, |m| if m.is_file() { m.len() } else { 0 });
            let mut nominal = piece_bytes;
            while nominal < size {
                match input::next_cut(&mut f, nominal.max(from + 1), (nominal + piece_bytes).min(size), is_split_byte) {
                    Ok(Some(cut)) => {
                        out.push(Piece { file, from, to: Some(cut) });
                        from = cut;
                    }
                    Ok(None) => {}
                    Err(_) => break,
                }
                nominal += piece_bytes;
            }
        }
        out.push(Piece { file, from, to: None });
    }
    out
}

/// Counts `piece` of the file at `path` (number `piece.file` of the request) into `counter`,
/// streamed through `window`, with the final sigma rule's context from either side of it. A file
/// that changed while read (its size or time, or a piece that read short) is reported so.
fn stream_piece(piece: Piece, path: &Path, counter: &mut Counter, window: &mut Vec<u8>) -> Result<(), CountError> {
    let i = piece.file;
    if piece.from == 0 && piece.to.is_none() {
        return stream_one(i, path, counter, window);
    }
    let mut file = std::fs::File::open(path).map_err(|e| CountError::io(i, e))?;
    let before = input::Snapshot::of(&file).map_err(|e| CountError::io(i, e))?;
    let outcome = (|| {
        let cased_before = piece.from > 0 && input::cased_before(&mut file, piece.from).map_err(StreamError::Io)?;
        // What follows the piece, for a final sigma at its end (nothing cased after the file's end).
        let cased_after = match piece.to {
            Some(to) => input::settle_ahead(&mut input::Piece::of(&mut file, to, None).map_err(StreamError::Io)?, &[], false)?.unwrap_or(false),
            None => false,
        };
        counter.start_after(cased_before);
        let mut source = input::Piece::of(&mut file, piece.from, piece.to).map_err(StreamError::Io)?;
        let read = input::stream_from(&mut source, window, &mut |w: &[u8], end, last, after| counter.count_window(w, end, last, after), cased_after)?;
        Ok(piece.from + read)
    })();
    // The last piece reads to the file's end, so its end is the file's size.
    let read_to_end = if piece.to.is_none() { outcome.as_ref().ok().copied() } else { None };
    before.check(&file, read_to_end).map_err(|e| CountError::io(i, e))?;
    let end = outcome.map_err(|e| piece_error(i, piece.from, e))?;
    if piece.to.is_some_and(|to| end != to) {
        return Err(CountError::io(i, input::changed_while_reading()));
    }
    Ok(())
}

fn piece_error(file: usize, from: u64, e: StreamError) -> CountError {
    match e {
        StreamError::Io(e) => CountError::io(file, e),
        StreamError::InvalidUtf8(offset) => CountError::InvalidUtf8 { file, offset: from + offset },
    }
}

/// `parallel` for inputs too large to hold: files are cut into pieces of about `PIECE_BYTES`
/// (see `pieces`), which the threads take in turn and stream each through a window of
/// `window_bytes` of their own, as `fast` streams a file, so memory stays bounded (a window and a
/// word table per thread) and one large file keeps every thread busy. The final sigma rule looks
/// across a piece's ends into the file around it.
fn parallel_streamed(paths: &[PathBuf], n: usize, threads: usize, window_bytes: usize) -> Result<Top, CountError> {
    parallel_pieces(paths, n, threads, window_bytes, PIECE_BYTES)
}

fn parallel_pieces(paths: &[PathBuf], n: usize, threads: usize, window_bytes: usize, piece_bytes: u64) -> Result<Top, CountError> {
    let pieces = pieces(paths, piece_bytes);
    let next_piece = AtomicUsize::new(0);
    // Pieces after the first that failed need no count: a sequential reader would stop there.
    let first_failed = AtomicUsize::new(usize::MAX);
    let results = on_threads(threads.min(pieces.len()).max(1), || {
        let mut counter = Counter::new();
        let mut window = vec![0u8; window_bytes];
        let mut failed: Option<(usize, CountError)> = None;
        loop {
            let k = next_piece.fetch_add(1, Ordering::Relaxed);
            let Some(&piece) = pieces.get(k) else { break };
            if k > first_failed.load(Ordering::Relaxed) {
                break;
            }
            if let Err(e) = stream_piece(piece, &paths[piece.file], &mut counter, &mut window) {
                first_failed.fetch_min(k, Ordering::Relaxed);
                failed = Some((k, e));
                break;
            }
        }
        (counter.table, failed)
    });
    let mut tables = Vec::with_capacity(results.len());
    let mut first_error: Option<(usize, CountError)> = None;
    for (table, failed) in results {
        tables.push(table);
        if let Some((k, e)) = failed {
            if first_error.as_ref().is_none_or(|(f, _)| k < *f) {
                first_error = Some((k, e));
            }
        }
    }
    if let Some((_, e)) = first_error {
        return Err(e);
    }
    let mut merged = tables.swap_remove(0);
    for t in &tables {
        merged.merge(t);
    }
    Ok(merged.top(n))
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
        let mut counter = take_counter();
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
        (counter, invalid)
    });
    if let Some((k, at)) = results.iter().filter_map(|r| r.1).min() {
        return Err(CountError::InvalidUtf8 { file: work[k].file, offset: at as u64 });
    }
    if let Some(e) = open_error {
        return Err(e);
    }
    let mut counters: Vec<Counter> = results.into_iter().map(|r| r.0).collect();
    let mut merged = counters.swap_remove(0);
    for c in &counters {
        merged.table.merge(&c.table);
    }
    let top = merged.table.top(n);
    for counter in std::iter::once(merged).chain(counters) {
        keep_counter(counter);
    }
    Ok(top)
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
        vec![
            talk(paths, n),
            fast(paths, n),
            parallel(paths, n, 2),
            parallel(paths, n, 3),
            // What `parallel` does above PARALLEL_WHOLE_FILE_BYTES, with windows small enough to
            // cut these files.
            parallel_streamed(paths, n, 2, 64),
            parallel_streamed(paths, n, 3, 1000),
            // The same with the files cut into pieces of a few hundred bytes.
            parallel_pieces(paths, n, 2, 64, 300),
            parallel_pieces(paths, n, 3, 1000, 777),
        ]
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

    /// Gives `bytes` in short reads of varying sizes (1..=`longest`), as a pipe or `/proc` may.
    struct ShortReads<'a> {
        bytes: &'a [u8],
        at: usize,
        longest: usize,
    }

    impl std::io::Read for ShortReads<'_> {
        fn read(&mut self, into: &mut [u8]) -> std::io::Result<usize> {
            let n = into.len().min(self.bytes.len() - self.at).min(1 + self.at * 7 % self.longest);
            into[..n].copy_from_slice(&self.bytes[self.at..self.at + n]);
            self.at += n;
            Ok(n)
        }
    }

    impl input::Source for ShortReads<'_> {
        fn position(&mut self) -> Option<u64> {
            Some(self.at as u64)
        }

        fn back_to(&mut self, offset: u64) -> std::io::Result<()> {
            self.at = offset as usize;
            Ok(())
        }
    }

    /// `ShortReads` that cannot come back, as a pipe.
    struct Pipe<'a>(ShortReads<'a>);

    impl std::io::Read for Pipe<'_> {
        fn read(&mut self, into: &mut [u8]) -> std::io::Result<usize> {
            self.0.read(into)
        }
    }

    impl input::Source for Pipe<'_> {
        fn position(&mut self) -> Option<u64> {
            None
        }

        fn back_to(&mut self, _: u64) -> std::io::Result<()> {
            unreachable!("a pipe gave no position")
        }
    }

    /// Every word and its count, or the offset of the first ill-formed sequence.
    type Counts = Result<Top, u64>;

    /// `bytes` counted as one file in a window of `window_bytes`, read `longest` bytes at most at a time.
    fn streamed(bytes: &[u8], window_bytes: usize, longest: usize) -> Counts {
        streamed_from(&mut ShortReads { bytes, at: 0, longest }, window_bytes).0
    }

    /// The counts, and the window's size at the end.
    fn streamed_from(source: &mut impl input::Source, window_bytes: usize) -> (Counts, usize) {
        let mut counter = Counter::new();
        let mut window = vec![0u8; window_bytes];
        match input::stream_from(source, &mut window, &mut |w: &[u8], to, last, cased_after| counter.count_window(w, to, last, cased_after), false) {
            Ok(_) => {}
            Err(StreamError::InvalidUtf8(at)) => return (Err(at), window.len()),
            Err(e) => panic!("{e:?}"),
        }
        (Ok(counter.table.top(usize::MAX)), window.len())
    }

    #[test]
    fn a_sigma_before_more_case_ignorables_than_a_window_holds_leaves_the_window_as_it_was() {
        // The final sigma rule looks across every case-ignorable character after the sigma, word
        // characters (ʰ) or not ('), to what follows: cased (not final), not cased, or the end.
        let run = 10_000;
        for ignorable in ["'", "ʰ", "\u{301}"] {
            for after in ["Α", "1", " b", ""] {
                // Nothing after the run: the file's end settles it.
                let text = format!("x ΑΣ{}{after}{}", ignorable.repeat(run), if after.is_empty() { "" } else { " end" });
                let expected = whole(text.as_bytes());
                for window_bytes in [8, 64, 4096] {
                    let (counts, size) = streamed_from(&mut ShortReads { bytes: text.as_bytes(), at: 0, longest: 1000 }, window_bytes);
                    assert_eq!(counts, expected, "{ignorable} then {after:?}, window {window_bytes}");
                    assert_eq!(size, window_bytes, "{ignorable} then {after:?}: the window grew");
                    // A source that cannot come back still counts right, in a window grown for it.
                    let (counts, size) = streamed_from(&mut Pipe(ShortReads { bytes: text.as_bytes(), at: 0, longest: 1000 }), window_bytes);
                    assert_eq!(counts, expected, "{ignorable} then {after:?} from a pipe, window {window_bytes}");
                    assert!(size > run, "a pipe's window holds the whole run");
                }
            }
        }
    }

    /// `bytes` counted as one whole buffer, as `parallel` counts a file.
    fn whole(bytes: &[u8]) -> Counts {
        let mut counter = Counter::new();
        counter.count(bytes, 0, bytes.len()).map_err(|at| at as u64)?;
        Ok(counter.table.top(usize::MAX))
    }

    /// Texts whose words, characters and final sigmas windows of a few bytes cut everywhere.
    const TRICKY: [&str; 12] = [
        "naïve 𠀀𠀁 ΟΔΟΣ İstanbul ÀÉÎõü the The THE x²",
        "ΑΣ'' x ΑΣ.''.Α ΑΣ.''. 1 Σ ΣΣ ΣΑ",
        "ΑΣʰʰ ΑΣʰʰα ʰΣʰ A'Σ' a\u{301}Σ\u{301}\u{301}\u{301}\u{301}\u{301}\u{301}\u{301}b ΑΣ\u{301}\u{301}\u{301}\u{301}\u{301}",
        "ΑΣ''''''''''''''''''''''''''''''''''''''''''' ΑΣ::::::::::::::::::::::::::::::::::::::::::::Α",
        "Σ'''''''''''''''''''''''''''''''''''''''''''''''''''''''''''''''''''''''''''''''''''''''''''",
        "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa b",
        "AbCdEfGhIjKlMnOpQrStUvWxYzAbCdEfGhIjKlMnOpQrStUvWxYzAbCdEfGhIjKlMnOpQrStUvWxYzÀÀÀÀÀÀÀÀÀÀÀÀÀÀÀÀÀÀÀÀ_9",
        "ÀBÀBÀBÀBÀBÀBÀBÀBÀBÀBÀBÀBÀBÀBÀBÀBÀBÀBÀBÀBÀBÀBÀBÀBÀBÀBÀBÀBÀBÀBÀBÀBÀBÀBÀBÀBÀBÀBÀBÀBÀB ÀB",
        "a b c d e f g h i j k l m n o p q r s t u v w x y z a b c d e f g h i j k l m n o p q r s t u v w x y z",
        "𐐀𐐁𐐀𐐁𐐀𐐁𐐀𐐁 𐐨𐐩 ٣٤ 5\u{212A} cafe\u{301} Cafe\u{301}s",
        "",
        "Σ",
    ];

    #[test]
    fn tiny_windows_count_as_the_whole_buffer_does() {
        for text in TRICKY {
            let bytes = text.as_bytes();
            let expected = whole(bytes);
            let mut reference: Vec<_> = crate::scan::tests::reference(text).into_iter().map(|(w, c)| (w.into_bytes(), c)).collect();
            crate::table::top_n(&mut reference, usize::MAX);
            assert_eq!(expected.as_ref().unwrap(), &reference, "{text}");
            for window_bytes in 1..=17 {
                for longest in [1, 3, 64] {
                    assert_eq!(streamed(bytes, window_bytes, longest), expected, "{text} in windows of {window_bytes}, reads of {longest}");
                }
            }
        }
    }

    #[test]
    fn tiny_windows_find_invalid_utf8_at_the_same_offset() {
        let bad: [&[u8]; 7] = [b"\xE2\x28", b"\x80", b"\xF0\x9F\x98", b"\xC0\x80", b"\xED\xA0\x80", b"\xCE", b"\xF0\x9F\x98\x80\x80"];
        for text in ["ab cd ", "ΑΣ'' ", "ééé", "aaaaaaaaaaaaaaaaaaaaaaa"] {
            for seq in bad {
                for cut in (0..=text.len()).filter(|&c| text.is_char_boundary(c)) {
                    let mut bytes = text.as_bytes()[..cut].to_vec();
                    bytes.extend_from_slice(seq);
                    bytes.extend_from_slice(text.as_bytes());
                    let expected = whole(&bytes);
                    assert_eq!(expected, Err(std::str::from_utf8(&bytes).unwrap_err().valid_up_to() as u64));
                    for window_bytes in 1..=17 {
                        assert_eq!(streamed(&bytes, window_bytes, 5), expected, "{bytes:X?} in windows of {window_bytes}");
                    }
                }
            }
        }
    }

    #[test]
    fn tiny_windows_count_random_texts_as_the_whole_buffer_does() {
        // Texts drawn from pieces that meet at window ends in every way; a fixed seed.
        let pieces = ["a", "Z", "_", "9", " ", ".", "'", ":", "é", "É", "Σ", "σ", "Α", "ʰ", "\u{301}", "𠀀", "İ", "ß", "ﬃ", "\n", "x²", "ς"];
        let mut state = 0x2545_F491_4F6C_DD1Du64;
        for round in 0..600 {
            let mut text = String::new();
            // Longer texts in a third of the rounds, so that windows of 64 bytes and more (where
            // the SSE2 path runs) are cut too.
            let pieces_in_text = if round % 3 == 0 { 400 } else { 60 };
            for _ in 0..(state % pieces_in_text) as usize {
                state ^= state << 13;
                state ^= state >> 7;
                state ^= state << 17;
                text.push_str(pieces[(state % pieces.len() as u64) as usize]);
            }
            let expected = whole(text.as_bytes());
            for window_bytes in [1, 2, 3, 5, 8, 13, 64, 100, 333] {
                assert_eq!(streamed(text.as_bytes(), window_bytes, 1 + (state % 9) as usize), expected, "{text:?} in windows of {window_bytes}");
            }
        }
    }

    /// `bytes` as one file cut into pieces of `piece_bytes`, counted on `threads` threads in windows of `window_bytes`.
    fn in_pieces(scratch: &Scratch, bytes: &[u8], threads: usize, window_bytes: usize, piece_bytes: u64) -> Counts {
        let path = scratch.file("pieces.txt", bytes);
        match parallel_pieces(&[path], usize::MAX, threads, window_bytes, piece_bytes) {
            Ok(top) => Ok(top),
            Err(CountError::InvalidUtf8 { file: 0, offset }) => Err(offset),
            Err(e) => panic!("{e:?}"),
        }
    }

    #[test]
    fn a_file_cut_into_pieces_counts_as_the_whole_buffer_does() {
        // Pieces of a few bytes put their cuts, and the final sigma rule's looks across them, everywhere.
        let scratch = Scratch::new("pieces");
        let mut texts: Vec<String> = TRICKY.iter().map(|t| t.to_string()).collect();
        texts.push(format!("ΑΣ{} x ΑΣ{}Α ΑΣ.{}. 1", "'".repeat(300), ".".repeat(300), "ʰ".repeat(200)));
        let pieces_of = ["a", "Z", " ", ".", "'", "é", "Σ", "Α", "ʰ", "\u{301}", "𠀀", "İ", "\n", "ς"];
        let mut state = 0x9E37_79B9_7F4A_7C15u64;
        for _ in 0..60 {
            let mut text = String::new();
            for _ in 0..(state % 300) as usize {
                state ^= state << 13;
                state ^= state >> 7;
                state ^= state << 17;
                text.push_str(pieces_of[(state % pieces_of.len() as u64) as usize]);
            }
            texts.push(text);
        }
        for text in &texts {
            let expected = whole(text.as_bytes());
            for piece_bytes in [1, 2, 3, 7, 16, 100] {
                for (threads, window_bytes) in [(2, 8), (3, 64)] {
                    assert_eq!(in_pieces(&scratch, text.as_bytes(), threads, window_bytes, piece_bytes), expected,
                        "{text:?} in pieces of {piece_bytes}, windows of {window_bytes}, {threads} threads");
                }
            }
        }
    }

    #[test]
    fn a_file_cut_into_pieces_finds_invalid_utf8_at_the_same_offset() {
        let scratch = Scratch::new("pieces-invalid");
        let bad: [&[u8]; 4] = [b"\xE2\x28", b"\x80", b"\xF0\x9F\x98", b"\xCE"];
        for text in ["ab cd ef gh ", "ΑΣ'' ΑΣ'' x "] {
            for seq in bad {
                for cut in (0..=text.len()).filter(|&c| text.is_char_boundary(c)) {
                    let mut bytes = text.as_bytes()[..cut].to_vec();
                    bytes.extend_from_slice(seq);
                    bytes.extend_from_slice(text.as_bytes());
                    bytes.extend_from_slice(seq);
                    let expected = whole(&bytes);
                    assert!(expected.is_err());
                    for piece_bytes in [1, 3, 5] {
                        assert_eq!(in_pieces(&scratch, &bytes, 2, 8, piece_bytes), expected, "{bytes:X?} in pieces of {piece_bytes}");
                    }
                }
            }
        }
    }

    #[test]
    fn pieces_start_at_non_word_bytes_and_never_cut_a_word() {
        let scratch = Scratch::new("cuts");
        let text = format!("{} {} é.", "a".repeat(50), "b".repeat(10));
        let path = scratch.file("cuts.txt", text.as_bytes());
        let cut = pieces(std::slice::from_ref(&path), 8);
        let starts: Vec<u64> = cut.iter().map(|p| p.from).collect();
        assert_eq!(starts, vec![0, 50, 61, 64], "pieces start at the spaces and the dot only; the 50-byte word stays whole");
        assert!(cut.windows(2).all(|w| w[0].to == Some(w[1].from)) && cut.last().unwrap().to.is_none(), "{cut:?}");
        let big = format!("x {}", "y".repeat(100));
        let path = scratch.file("long.txt", big.as_bytes());
        assert_eq!(pieces(std::slice::from_ref(&path), 10), vec![Piece { file: 0, from: 0, to: None }], "nothing to cut at after the space: one piece");
    }

    #[test]
    fn a_file_that_changes_while_read_is_reported_so() {
        let scratch = Scratch::new("changes");
        // Truncation inside a character would read as invalid UTF-8; growth would count a mix.
        for (name, change) in [("truncated", 33u64), ("grown", 4000)] {
            let path = scratch.file(&format!("{name}.txt"), "é".repeat(1000).as_bytes());
            let mut window = vec![0u8; 64];
            let mut counter = Counter::new();
            let mut changed = false;
            let outcome = input::stream(&path, &mut window, |w, to, last, cased_after| {
                if !changed {
                    std::fs::OpenOptions::new().write(true).open(&path).unwrap().set_len(change).unwrap();
                    changed = true;
                }
                counter.count_window(w, to, last, cased_after)
            });
            match outcome {
                Err(StreamError::Io(e)) => assert_eq!(e.to_string(), input::CHANGED_WHILE_READING, "{name}"),
                other => panic!("{name}: {other:?}"),
            }
        }
    }

    #[test]
    fn files_of_size_zero_with_content_are_read_as_streams() {
        let paths = vec![PathBuf::from("/proc/version")];
        let top = fast(&paths, 1000).unwrap();
        assert!(!top.is_empty());
        assert_eq!(top, talk(&paths, 1000).unwrap());
    }

    #[test]
    fn windows_of_every_size_count_several_files_the_same() {
        let scratch = Scratch::new("window_sizes");
        let a = scratch.file("a.txt", TRICKY.concat().as_bytes());
        let b = scratch.file("b.txt", "ΑΣ".as_bytes());
        let c = scratch.file("c.txt", "Σ the".as_bytes());
        let paths = vec![a, b, c.clone(), c];
        let expected = talk(&paths, 1000).unwrap();
        for window_bytes in [1, 2, 7, 64, 1000] {
            assert_eq!(fast_with_window(&paths, 1000, window_bytes).unwrap(), expected, "{window_bytes}");
        }
        // The counter kept between calls starts clean, after a count that failed halfway too.
        let bad = scratch.file("bad.txt", b"ab \xCE\xA3x\xFF");
        assert!(fast(&[paths[0].clone(), bad], 1000).is_err());
        assert_eq!(fast(&paths, 1000).unwrap(), expected);
        assert_eq!(fast(&paths, 1000).unwrap(), expected);
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
