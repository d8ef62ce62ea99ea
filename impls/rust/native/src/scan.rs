//! The efficient core: one pass over a file's bytes, no String per token, validating UTF-8 as
//! it goes (ASCII is valid by itself; every non-ASCII sequence is decoded strictly anyway).
//! ASCII is classified by a 256-entry table; a word of plain ASCII of up to eight bytes becomes
//! one u64 (lowercased eight bytes at a time) and is counted without being copied. Any
//! non-ASCII code point takes the exact path (CPython's tables, İ, final sigma).

use crate::rule::{decode, ends_cased, is_word, lower_at, push_utf8};
use crate::table::{prefix_key, WordTable};

const NON_WORD: u8 = 0;
const LOWER: u8 = 1;
const UPPER: u8 = 2;
const NON_ASCII: u8 = 4;

static CLASS: [u8; 256] = {
    let mut c = [NON_ASCII; 256];
    let mut b = 0;
    while b < 128 {
        c[b] = match b as u8 {
            b'a'..=b'z' | b'0'..=b'9' | b'_' => LOWER,
            b'A'..=b'Z' => UPPER,
            _ => NON_WORD,
        };
        b += 1;
    }
    c
};

/// Whether a chunk may start at this byte: an ASCII non-word byte is never inside a UTF-8
/// sequence nor inside a word, and lowering keeps it a non-word.
#[inline]
pub fn is_split_byte(b: u8) -> bool {
    CLASS[b as usize] == NON_WORD
}

/// `len` (1..=8) bytes of `file` from `start` as a zero-padded little-endian u64.
#[inline]
fn load_key(file: &[u8], start: usize, len: usize) -> u64 {
    let raw = match file.get(start..start + 8) {
        Some(eight) => u64::from_le_bytes(eight.try_into().unwrap()),
        None => prefix_key(&file[start..start + len]),
    };
    raw & (u64::MAX >> (64 - 8 * len))
}

/// For a word of `len` bytes (index), what of two little-endian u64 loads belongs to it.
#[cfg(all(target_arch = "x86_64", not(feature = "portable")))]
static KEY_MASKS: [[u64; 2]; 17] = {
    let mut m = [[0u64; 2]; 17];
    let mut len = 1;
    while len <= 16 {
        m[len][0] = if len >= 8 { u64::MAX } else { u64::MAX >> (64 - 8 * len) };
        m[len][1] = if len <= 8 { 0 } else if len == 16 { u64::MAX } else { u64::MAX >> (128 - 8 * len) };
        len += 1;
    }
    m
};

/// Lowercases the ASCII letters among eight bytes that are all ASCII word bytes or zero:
/// a byte gets 0x20 added where it is in 'A'..='Z' (no byte is above 0x7F, so no carries).
#[inline]
fn lower_ascii8(x: u64) -> u64 {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let at_least_a = x.wrapping_add(0x3F3F_3F3F_3F3F_3F3F);
    let past_z = x.wrapping_add(0x2525_2525_2525_2525);
    x | ((at_least_a & !past_z & HIGH) >> 2)
}

/// Sixteen bytes classified at once with SSE2 (baseline on x86-64, so no feature detection):
/// bit k of each mask describes byte k. Fewer branches per byte than the table, and the
/// mispredicted branch per word boundary is what the byte loop spends most of its time on.
#[cfg(all(target_arch = "x86_64", not(feature = "portable")))]
mod block {
    use std::arch::x86_64::*;

    pub struct Masks {
        /// ASCII word bytes: [0-9A-Za-z_]
        pub word: u32,
        /// bytes >= 0x80
        pub high: u32,
    }

    /// # Safety
    /// `p..p + 16` must be readable.
    #[inline(always)]
    pub unsafe fn classify(p: *const u8) -> Masks {
        let v = _mm_loadu_si128(p as *const __m128i);
        let between = |x: __m128i, lo: u8, hi: u8| {
            _mm_and_si128(_mm_cmpgt_epi8(x, _mm_set1_epi8(lo as i8 - 1)), _mm_cmplt_epi8(x, _mm_set1_epi8(hi as i8 + 1)))
        };
        // Bytes >= 0x80 are negative as i8, so they fall in no range.
        let folded = _mm_or_si128(v, _mm_set1_epi8(0x20));
        let word = _mm_or_si128(
            _mm_or_si128(between(folded, b'a', b'z'), between(v, b'0', b'9')),
            _mm_cmpeq_epi8(v, _mm_set1_epi8(b'_' as i8)),
        );
        Masks {
            word: _mm_movemask_epi8(word) as u32,
            high: _mm_movemask_epi8(v) as u32,
        }
    }

    /// Sixty-four bytes as four sixteen-byte registers: bit k of each mask describes byte k. A
    /// longer block leaves the word loop (one mispredict) less often and cuts fewer words.
    ///
    /// # Safety
    /// `p..p + 64` must be readable.
    #[inline(always)]
    pub unsafe fn classify64(p: *const u8) -> (u64, u64) {
        let (mut word, mut high) = (0u64, 0u64);
        for k in 0..4 {
            let m = classify(p.add(16 * k));
            word |= (m.word as u64) << (16 * k);
            high |= (m.high as u64) << (16 * k);
        }
        (word, high)
    }
}

/// Bytes classified per block of the word loop.
#[cfg(all(target_arch = "x86_64", not(feature = "portable")))]
const BLOCK: usize = 64;

/// Counts words into a table; holds the scratch buffer for words that need rewriting, and what a
/// file read window by window carries from one window into the next.
#[derive(Default)]
pub struct Counter {
    pub table: WordTable,
    /// The word being built when it needs rewriting or when a window's end cut it.
    word: Vec<u8>,
    /// True while `word` holds a word that the end of the last window cut: the next window of the
    /// same file goes on with it (so a word may be longer than any window).
    in_word: bool,
    /// Whether the nearest non-case-ignorable character before the next window is cased: what
    /// the final sigma rule looks back to across a window's start.
    cased_before: bool,
}

impl Counter {
    pub fn new() -> Self {
        Self::default()
    }

    /// Empties the counter for a new count, keeping its memory (see `WordTable::clear`).
    pub fn clear(&mut self) {
        self.table.clear();
        self.word.clear();
        self.in_word = false;
        self.cased_before = false;
    }

    /// Makes the next window counted the start of a piece of a file, after text whose nearest
    /// character that is not case-ignorable is cased or not (see `rule::ends_cased`).
    pub fn start_after(&mut self, cased_before: bool) {
        debug_assert!(!self.in_word, "a window of a file was left unfinished");
        self.cased_before = cased_before;
    }

    /// Bytes of memory the counter holds.
    pub fn heap_bytes(&self) -> usize {
        self.table.heap_bytes() + self.word.capacity()
    }

    /// Counts the words of `file[from..to]`, where `file` is one whole file (the final sigma
    /// rule looks beyond the chunk) and `from`, `to` are its ends or split bytes. Fails with the
    /// offset of the first ill-formed UTF-8 sequence in the chunk, leaving the counts partial.
    pub fn count(&mut self, file: &[u8], from: usize, to: usize) -> Result<(), usize> {
        debug_assert!(!self.in_word && !self.cased_before, "a window of a file was left unfinished");
        self.count_text(file, from, to, false, false, false)
    }

    /// Counts the words of `window[..to]`, the next bytes of a file read window by window: the
    /// first window starts at the file's start, every later one where the one before stopped.
    /// `to` is a character boundary; the bytes after it, which the window holds but this call does
    /// not count, must settle every final sigma before `to` (the next window starts with them).
    /// `last` says that the file ends at `to` (then `to == window.len()`). `cased_after` says
    /// whether the first character that is not case-ignorable after the window is cased, when the
    /// window's end does not settle a final sigma before it (false otherwise). Fails with the
    /// offset in `window` of the first ill-formed UTF-8 sequence, leaving the counts partial.
    pub fn count_window(&mut self, window: &[u8], to: usize, last: bool, cased_after: bool) -> Result<(), usize> {
        debug_assert!(!last || to == window.len());
        self.count_text(window, 0, to, self.cased_before, cased_after, !last)?;
        self.cased_before = !last && ends_cased(&window[..to], self.cased_before);
        Ok(())
    }

    /// `count` and `count_window` in one: `text_goes_on` says that more of the file follows
    /// `file`'s end (a word may run on into it).
    #[inline(always)]
    fn count_text(&mut self, file: &[u8], from: usize, to: usize, cased_before: bool, cased_after: bool, text_goes_on: bool) -> Result<(), usize> {
        // Whether a word running up to `to` ends there or goes on after it.
        let word_ends_at_to = if to < file.len() { is_split_byte(file[to]) } else { !text_goes_on };
        let Counter { table, word, in_word: carried_word, .. } = self;
        let text = &file[..to];
        let mut i = from;
        // True while `word` holds a word that is not finished yet.
        let mut in_word = *carried_word;
        let mut lowered = [0u32; 3];
        while i < to {
            #[cfg(all(target_arch = "x86_64", not(feature = "portable")))]
            if !in_word && i + BLOCK <= file.len() {
                // Every ASCII word of up to sixteen bytes that lies wholly inside these BLOCK
                // bytes and before `to` is counted from the masks; the loop stops at the block's
                // end, at `to`, at a non-ASCII byte, at a longer word or at a word the block or
                // `to` cuts.
                // SAFETY: i + BLOCK <= file.len().
                let (word_mask, high_mask) = unsafe { block::classify64(file.as_ptr().add(i)) };
                let interesting = word_mask | high_mask;
                let mut pos = 0;
                let byte_by_byte = loop {
                    let rest = interesting >> pos;
                    if rest == 0 {
                        pos = BLOCK;
                        break false;
                    }
                    pos += rest.trailing_zeros() as usize;
                    if i + pos >= to || high_mask >> pos & 1 != 0 {
                        break true;
                    }
                    let len = (!(word_mask >> pos)).trailing_zeros() as usize;
                    let end = pos + len;
                    if end >= BLOCK {
                        // Cut by the block: start a new block at the word, unless it already
                        // starts there (then it is BLOCK+ bytes long).
                        break pos == 0;
                    }
                    if high_mask >> end & 1 != 0 || len > 16 || i + end > to {
                        // The word goes on in non-ASCII characters, is long, or runs past `to`
                        // (a window's end, where it may go on in the next window).
                        break true;
                    }
                    // A whole ASCII word of 1..=16 bytes before `to`, ended by an ASCII non-word
                    // byte.
                    let at = i + pos;
                    let (key0, key1) = if at + 16 <= file.len() {
                        // SAFETY: at + 16 <= file.len().
                        let p = unsafe { file.as_ptr().add(at) };
                        let [m0, m1] = KEY_MASKS[len];
                        let (lo, hi) = unsafe { ((p as *const u64).read_unaligned(), (p.add(8) as *const u64).read_unaligned()) };
                        (u64::from_le(lo) & m0, u64::from_le(hi) & m1)
                    } else {
                        (load_key(file, at, len.min(8)), if len > 8 { load_key(file, at + 8, len - 8) } else { 0 })
                    };
                    let (key0, key1) = (lower_ascii8(key0), lower_ascii8(key1));
                    table.add16(key0, key1, len, 1);
                    pos = end;
                };
                i += pos;
                if !byte_by_byte || i >= to {
                    continue;
                }
            }
            let b = text[i];
            let class = CLASS[b as usize];
            if class == NON_WORD {
                if in_word {
                    table.add(word, 1);
                    in_word = false;
                }
                i += 1;
                continue;
            }
            if class != NON_ASCII {
                if in_word {
                    // A word that began in non-ASCII characters or in an earlier window: take the
                    // whole run of ASCII word bytes at once (a word may be gigabytes long).
                    let start = i;
                    i += 1;
                    while i < to && CLASS[text[i] as usize].wrapping_sub(LOWER) <= UPPER - LOWER {
                        i += 1;
                    }
                    word.extend(text[start..i].iter().map(u8::to_ascii_lowercase));
                    continue;
                }
                let start = i;
                let mut seen = class;
                i += 1;
                while i < to {
                    let c = CLASS[text[i] as usize];
                    if c.wrapping_sub(LOWER) > UPPER - LOWER {
                        break;
                    }
                    seen |= c;
                    i += 1;
                }
                let len = i - start;
                if (i < to && CLASS[text[i] as usize] == NON_ASCII) || (i == to && !word_ends_at_to) {
                    // The word may go on in non-ASCII characters or in the next window: finish it
                    // on the exact path.
                    word.clear();
                    word.extend(text[start..i].iter().map(u8::to_ascii_lowercase));
                    in_word = true;
                } else if len <= 8 {
                    let key = load_key(file, start, len);
                    table.add16(if seen & UPPER != 0 { lower_ascii8(key) } else { key }, 0, len, 1);
                } else if seen & UPPER != 0 {
                    word.clear();
                    word.extend(text[start..i].iter().map(u8::to_ascii_lowercase));
                    table.add(word, 1);
                } else {
                    table.add(&text[start..i], 1);
                }
                continue;
            }
            // The exact path: one non-ASCII code point, lowered the way str.lower() does.
            let Some((cp, len)) = decode(text, i) else { return Err(i) };
            let n = lower_at(file, i, cp, cased_before, cased_after, &mut lowered);
            for &l in &lowered[..n] {
                if is_word(l) {
                    if !in_word {
                        word.clear();
                        in_word = true;
                    }
                    push_utf8(word, l);
                } else if in_word {
                    table.add(word, 1);
                    in_word = false;
                }
            }
            i += len;
        }
        if in_word && word_ends_at_to {
            table.add(word, 1);
            in_word = false;
        }
        *carried_word = in_word;
        Ok(())
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::rule;
    use std::collections::HashMap;

    /// The reference, written the obvious way: lower the text, split at non-\w.
    pub fn reference(text: &str) -> HashMap<String, u64> {
        let mut m = HashMap::new();
        for w in rule::lower(text).split(|c: char| !rule::is_word(c as u32)).filter(|w| !w.is_empty()) {
            *m.entry(w.to_string()).or_insert(0) += 1;
        }
        m
    }

    pub fn counted(text: &str) -> HashMap<String, u64> {
        let mut c = Counter::new();
        c.count(text.as_bytes(), 0, text.len()).unwrap();
        c.table.iter().map(|(w, n)| (String::from_utf8(w.to_vec()).unwrap(), n)).collect()
    }

    fn map(pairs: &[(&str, u64)]) -> HashMap<String, u64> {
        pairs.iter().map(|&(w, n)| (w.to_string(), n)).collect()
    }

    #[test]
    fn turkish_dotted_capital_i_splits_the_word() {
        assert_eq!(counted("İstanbul İSTANBUL istanbul"), map(&[("i", 2), ("stanbul", 2), ("istanbul", 1)]));
    }

    #[test]
    fn final_sigma_looks_across_non_word_characters() {
        assert_eq!(counted("ΟΔΟΣ οδος"), map(&[("οδος", 2)]));
        assert_eq!(counted("A.Σ"), map(&[("a", 1), ("ς", 1)]));
        assert_eq!(counted("ΑΣ.Α"), map(&[("ασ", 1), ("α", 1)]), "a cased letter after the dot: not final");
        assert_eq!(counted("ΑΣ. 1"), map(&[("ας", 1), ("1", 1)]));
        assert_eq!(counted("Σ"), map(&[("σ", 1)]));
    }

    #[test]
    fn combining_marks_are_not_word_characters() {
        // e + U+0301: Python's \w does not match the mark.
        assert_eq!(counted("cafe\u{301} Cafe\u{301}s"), map(&[("cafe", 2), ("s", 1)]));
        assert_eq!(counted("café CAFÉ"), map(&[("café", 2)]));
    }

    #[test]
    fn supplementary_cjk_and_other_scripts() {
        assert_eq!(counted("𠀀𠀁 𠀀𠀁,𠀀"), map(&[("𠀀𠀁", 2), ("𠀀", 1)]));
        assert_eq!(counted("٣٤ 𐐀𐐁 𐐨𐐩"), map(&[("٣٤", 1), ("𐐨𐐩", 2)]));
        assert_eq!(counted("5\u{212A} 5k"), map(&[("5k", 2)]), "Kelvin sign lowers to ASCII k");
        assert_eq!(counted("x²"), map(&[("x²", 1)]));
    }

    #[test]
    fn ascii_words_mixed_with_non_ascii() {
        let text = "Hello, WORLD_42 naïve Naïve über-cool ÜBER a\u{A0}b x\u{2019}s don't";
        assert_eq!(counted(text), reference(text));
    }

    #[test]
    fn ascii_words_of_every_length_and_case() {
        let text = "a A ab AB aB Ab_9 abcdefg ABCDEFGH abcdefgh AbCdEfGhI abcdefghi _Z_ @[`{ Zz z9Z ABCDEFGHIJKLMNOPQRSTUVWXYZ";
        assert_eq!(counted(text), reference(text));
        for cut in 0..text.len() {
            assert_eq!(counted(&text[..cut]), reference(&text[..cut]), "{cut}");
        }
    }

    #[test]
    fn ascii_words_at_every_offset_of_the_window() {
        // Words of 1..=70 bytes, cut by windows at every phase, some running into non-ASCII.
        let mut text = String::new();
        for len in 1..=70 {
            for shift in 0..3 {
                let word: String = (0..len).map(|k| (b"aBz_9Q"[(k + shift) % 6]) as char).collect();
                text.push_str(&word);
                text.push_str([" ", ", ", "é ", "\n  "][(len + shift) % 4]);
            }
        }
        for cut in (0..text.len()).filter(|&c| text.is_char_boundary(c)).step_by(7) {
            assert_eq!(counted(&text[cut..]), reference(&text[cut..]), "{cut}");
        }
    }

    #[test]
    fn lower_ascii8_touches_only_capital_letters() {
        let all: Vec<u8> = (1u8..128).collect();
        for w in all.chunks(8) {
            let key = prefix_key(w);
            let expected = prefix_key(&w.iter().map(u8::to_ascii_lowercase).collect::<Vec<_>>());
            assert_eq!(lower_ascii8(key), expected, "{w:?}");
        }
    }

    #[test]
    fn invalid_utf8_is_found_where_std_finds_it() {
        let cases: [&[u8]; 6] = [b"ab \xE2\x28 x", b"\x80", b"abc\xF0\x9F\x98", b"caf\xC3\xA9 \xC0\x80", b"\xCE\xA3 \xED\xA0\x80", b"ok\xCE"];
        for bytes in cases {
            let expected = std::str::from_utf8(bytes).unwrap_err().valid_up_to();
            assert_eq!(Counter::new().count(bytes, 0, bytes.len()), Err(expected), "{bytes:X?}");
        }
        // A capital sigma whose look-ahead runs into the bad bytes must not panic.
        let bytes = b"A\xCE\xA3'\xE2\x28";
        assert_eq!(Counter::new().count(bytes, 0, bytes.len()), Err(4));
    }

    #[test]
    fn chunks_split_at_ascii_non_word_bytes_count_the_same() {
        let text = "ΑΣ ΑΣ.Σ the The İİ x-Σ. naïve, ΟΔΟΣ: ok";
        let bytes = text.as_bytes();
        let mut whole = Counter::new();
        whole.count(bytes, 0, bytes.len()).unwrap();
        let splits: Vec<usize> = (0..bytes.len()).filter(|&i| is_split_byte(bytes[i])).collect();
        for &s in &splits {
            let mut parts = Counter::new();
            parts.count(bytes, 0, s).unwrap();
            parts.count(bytes, s, bytes.len()).unwrap();
            let mut a: Vec<_> = whole.table.top(100);
            let mut b: Vec<_> = parts.table.top(100);
            a.sort();
            b.sort();
            assert_eq!(a, b, "split at {s}");
        }
    }
}
