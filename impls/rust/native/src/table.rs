//! The word table, tuned for this job: profiling showed the count's time going to cache misses
//! in the table, so the table is laid out for the cache.
//!
//! * Entries are dense, in first-seen order: the common words, met early, share cache lines.
//! * The open-addressing index holds only u32 entry numbers (a quarter of the bytes of a slot
//!   array), linear probing at load <= 1/2, indexed by the hash's high bits.
//! * An entry keeps the word's first sixteen bytes as two u64 (zero-padded; a word never
//!   contains a NUL byte), so a word of up to sixteen bytes — nearly all — is matched by integer
//!   compares and never touches the arena, which holds every word's bytes for longer words and
//!   for the answer.
//! * The entry is split: the hot half (both keys, count; 24 bytes) is all a word of up to fifteen
//!   bytes needs, because a zero byte inside its keys fixes its length, and it is compared
//!   without a branch on the length (word lengths are unpredictable; a mispredict costs more
//!   than the wider entry). The cold half (length, arena offset) is read only for words of
//!   sixteen bytes or more.

const K: u64 = 0x9E37_79B9_7F4A_7C15;

/// The first (up to) eight bytes of `bytes` as a little-endian u64, zero-padded.
#[inline]
pub fn prefix_key(bytes: &[u8]) -> u64 {
    if bytes.len() >= 8 {
        u64::from_le_bytes(bytes[..8].try_into().unwrap())
    } else {
        let mut v = 0u64;
        for (i, &b) in bytes.iter().enumerate() {
            v |= (b as u64) << (8 * i);
        }
        v
    }
}

#[inline]
fn mix(h: u64, chunk: u64) -> u64 {
    (h.rotate_left(23) ^ chunk).wrapping_mul(K)
}

/// Hash of a word of up to sixteen bytes given as its two eight-byte keys (the second is zero
/// for a word of up to eight). No branch on the length: a mispredicted branch per word costs
/// more than the second multiplication.
#[inline]
pub fn hash16(key0: u64, key1: u64) -> u64 {
    (key0 ^ key1.wrapping_mul(K2)).wrapping_mul(K)
}

const K2: u64 = 0xD6E8_FEB8_6659_FD93;

/// Hash of any word; agrees with `hash16` on words of up to sixteen bytes.
pub fn hash_word(word: &[u8]) -> u64 {
    let len = word.len();
    let mut h = hash16(prefix_key(word), prefix_key(&word[len.min(8)..]));
    let mut rest = &word[len.min(16)..];
    while !rest.is_empty() {
        let take = rest.len().min(8);
        h = mix(h, prefix_key(&rest[..take]));
        rest = &rest[take..];
    }
    h
}

#[derive(Clone, Copy)]
struct Hot {
    key0: u64,
    key1: u64,
    count: u64,
}

#[derive(Clone, Copy)]
struct Cold {
    off: u32,
    len: u32,
}

pub struct WordTable {
    /// 0 = free, else entry number + 1.
    index: Vec<u32>,
    shift: u32,
    hot: Vec<Hot>,
    cold: Vec<Cold>,
    arena: Vec<u8>,
}

impl Default for WordTable {
    fn default() -> Self {
        Self::new()
    }
}

impl WordTable {
    pub fn new() -> Self {
        const BITS: u32 = 16;
        WordTable {
            index: vec![0; 1 << BITS],
            shift: 64 - BITS,
            hot: Vec::with_capacity(1 << 14),
            cold: Vec::with_capacity(1 << 14),
            arena: Vec::with_capacity(1 << 15),
        }
    }

    /// Distinct words so far.
    pub fn len(&self) -> usize {
        self.hot.len()
    }

    pub fn is_empty(&self) -> bool {
        self.hot.is_empty()
    }

    /// Whether entry `n` is the word of `len` <= 16 bytes with keys `key0`, `key1`.
    #[inline(always)]
    fn is16(&self, n: usize, key0: u64, key1: u64, len: usize) -> bool {
        // SAFETY: n comes from the index, which holds only entry numbers.
        let hot = unsafe { self.hot.get_unchecked(n) };
        if (hot.key0 ^ key0) | (hot.key1 ^ key1) != 0 {
            return false;
        }
        // Below sixteen bytes the keys end in a zero byte at `len`, and words hold no NUL: same
        // keys, same word. Sixteen bytes are also the prefix of every longer word.
        len < 16 || unsafe { self.cold.get_unchecked(n) }.len == 16
    }

    /// Adds `count` to the word of `len` (1..=16) bytes whose eight-byte keys are `key0`, `key1`.
    #[inline]
    pub fn add16(&mut self, key0: u64, key1: u64, len: usize, count: u64) {
        debug_assert!((1..=16).contains(&len));
        let mask = self.index.len() - 1;
        let mut i = (hash16(key0, key1) >> self.shift) as usize;
        loop {
            // SAFETY: i is masked to the index size; stored numbers are entry numbers + 1.
            let slot = unsafe { *self.index.get_unchecked(i) };
            if slot == 0 {
                let mut bytes = [0u8; 16];
                bytes[..8].copy_from_slice(&key0.to_le_bytes());
                bytes[8..].copy_from_slice(&key1.to_le_bytes());
                self.insert_at(i, key0, key1, &bytes[..len], count);
                return;
            }
            let n = slot as usize - 1;
            if self.is16(n, key0, key1, len) {
                // SAFETY: as in is16.
                unsafe { self.hot.get_unchecked_mut(n) }.count += count;
                return;
            }
            i = (i + 1) & mask;
        }
    }

    /// Adds `count` to `word` (not empty).
    #[inline]
    pub fn add(&mut self, word: &[u8], count: u64) {
        let len = word.len();
        let key0 = prefix_key(word);
        let key1 = prefix_key(&word[len.min(8)..]);
        if len <= 16 {
            return self.add16(key0, key1, len, count);
        }
        let mask = self.index.len() - 1;
        let mut i = (hash_word(word) >> self.shift) as usize;
        loop {
            let slot = self.index[i];
            if slot == 0 {
                break;
            }
            let n = slot as usize - 1;
            let (hot, cold) = (&mut self.hot[n], &self.cold[n]);
            if hot.key0 == key0 && hot.key1 == key1 && cold.len as usize == len {
                let off = cold.off as usize;
                if self.arena[off + 16..off + len] == word[16..] {
                    hot.count += count;
                    return;
                }
            }
            i = (i + 1) & mask;
        }
        self.insert_at(i, key0, key1, word, count);
    }

    #[cold]
    #[inline(never)]
    fn insert_at(&mut self, i: usize, key0: u64, key1: u64, word: &[u8], count: u64) {
        let off = self.arena.len();
        assert!(off + word.len() <= u32::MAX as usize && self.hot.len() < u32::MAX as usize - 1, "more than 4 GiB of distinct words");
        self.arena.extend_from_slice(word);
        self.hot.push(Hot { key0, key1, count });
        self.cold.push(Cold { off: off as u32, len: word.len() as u32 });
        self.index[i] = self.hot.len() as u32;
        if self.hot.len() * 2 > self.index.len() {
            self.grow();
        }
    }

    fn grow(&mut self) {
        let bits = 64 - self.shift + 1;
        let mut index = vec![0u32; 1 << bits];
        let mask = index.len() - 1;
        let shift = 64 - bits;
        for (n, (h, c)) in self.hot.iter().zip(&self.cold).enumerate() {
            let len = c.len as usize;
            let hash = if len <= 16 {
                hash16(h.key0, h.key1)
            } else {
                hash_word(&self.arena[c.off as usize..c.off as usize + len])
            };
            let mut i = (hash >> shift) as usize;
            while index[i] != 0 {
                i = (i + 1) & mask;
            }
            index[i] = n as u32 + 1;
        }
        self.index = index;
        self.shift = shift;
    }

    /// Every (word, count) pair, in no particular order.
    pub fn iter(&self) -> impl Iterator<Item = (&[u8], u64)> + '_ {
        self.hot.iter().zip(&self.cold).map(move |(h, c)| (&self.arena[c.off as usize..c.off as usize + c.len as usize], h.count))
    }

    /// Adds all of `other`'s counts to this table.
    pub fn merge(&mut self, other: &WordTable) {
        for (word, count) in other.iter() {
            self.add(word, count);
        }
    }

    /// The `n` most common words, count descending then word ascending by code point (which is
    /// byte order in UTF-8).
    pub fn top(&self, n: usize) -> Vec<(Vec<u8>, u64)> {
        // Selecting among bare counts first is several times cheaper than selecting among
        // (word, count) pairs: only words that reach the n-th best count are collected and sorted
        // (ties at that count may make them more than n; top_n cuts them in canonical order).
        let least = if n == 0 || n >= self.len() {
            0
        } else {
            let mut counts: Vec<u64> = self.hot.iter().map(|h| h.count).collect();
            *counts.select_nth_unstable_by(n - 1, |a, b| b.cmp(a)).1
        };
        let mut all: Vec<(&[u8], u64)> = self.iter().filter(|&(_, c)| c >= least).collect();
        top_n(&mut all, n);
        all.into_iter().map(|(w, c)| (w.to_vec(), c)).collect()
    }
}

/// Sorts the best `n` of `entries` into canonical order and drops the rest.
pub fn top_n<W: Ord>(entries: &mut Vec<(W, u64)>, n: usize) {
    let canonical = |a: &(W, u64), b: &(W, u64)| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0));
    if n == 0 {
        entries.clear();
        return;
    }
    if n < entries.len() {
        entries.select_nth_unstable_by(n - 1, canonical);
        entries.truncate(n);
    }
    entries.sort_unstable_by(canonical);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_grow_and_merge() {
        let mut t = WordTable::new();
        let words: Vec<String> = (0..100_000).map(|i| format!("w{i}")).collect();
        for (i, w) in words.iter().enumerate() {
            for _ in 0..(i % 3 + 1) {
                t.add(w.as_bytes(), 1);
            }
        }
        assert_eq!(t.len(), 100_000);
        let mut u = WordTable::new();
        u.add(b"w2", 10);
        u.add(b"new", 1);
        u.add(b"a_long_word_of_many_bytes", 2);
        u.add(b"a_long_word_of_many_bytez", 1);
        u.add(b"a_long_word_of_many_bytes", 2);
        t.merge(&u);
        assert_eq!(t.len(), 100_003);
        let top = t.top(3);
        assert_eq!(top[0], (b"w2".to_vec(), 13));
        assert_eq!(top[1], (b"a_long_word_of_many_bytes".to_vec(), 4));
        assert_eq!(top[2], (b"w10001".to_vec(), 3), "ties broken by bytes: w10001 < w101");
        assert_eq!(t.top(1_000_000).len(), 100_003);
        assert!(t.top(1_000_000).contains(&(b"a_long_word_of_many_bytez".to_vec(), 1)));
        assert_eq!(hash_word(b"abc"), hash16(prefix_key(b"abc"), 0));
        assert_eq!(hash_word(b"abcdefghijk"), hash16(prefix_key(b"abcdefgh"), prefix_key(b"ijk")));
    }

    #[test]
    fn ties_sort_by_code_point() {
        let mut t = WordTable::new();
        for w in ["\u{FF41}", "\u{10400}", "b", "a"] {
            t.add(w.as_bytes(), 2);
        }
        let words: Vec<String> = t.top(10).into_iter().map(|(w, _)| String::from_utf8(w).unwrap()).collect();
        assert_eq!(words, ["a", "b", "\u{FF41}", "\u{10400}"]);
    }
}
