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
/// for a word of up to eight), keyed by `seed`. No branch on the length: a mispredicted branch
/// per word costs more than the second multiplication.
#[inline]
pub fn hash16(seed: u64, key0: u64, key1: u64) -> u64 {
    (key0 ^ seed ^ key1.wrapping_mul(K2)).wrapping_mul(K)
}

const K2: u64 = 0xD6E8_FEB8_6659_FD93;

/// Hash of any word keyed by `seed`; agrees with `hash16` on words of up to sixteen bytes.
pub fn hash_word(seed: u64, word: &[u8]) -> u64 {
    let len = word.len();
    let mut h = hash16(seed, prefix_key(word), prefix_key(&word[len.min(8)..]));
    let mut rest = &word[len.min(16)..];
    while !rest.is_empty() {
        let take = rest.len().min(8);
        h = mix(h, prefix_key(&rest[..take]));
        rest = &rest[take..];
    }
    h
}

/// Probes of one add beyond which the table reseeds: far above what random hashing at load <= 1/2
/// produces, far below the tens of thousands a crafted text forced on the unkeyed hash of old.
pub const MAX_PROBE: usize = 128;
const MAX_RESEEDS: u32 = 8;

/// A random seed: std's `RandomState` keys are drawn from the OS once per process (per thread),
/// then varied per call, so every table gets its own unpredictable key.
fn random_seed() -> u64 {
    use std::hash::BuildHasher;
    std::collections::hash_map::RandomState::new().hash_one(0x5EED_u64)
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

/// Hash flooding: text comes from anywhere, and with a fixed hash anyone can craft words that
/// cluster in the index (100,000 such words took 5 s instead of 6 ms). So the hash is keyed with a
/// random seed, and a probe longer than `MAX_PROBE` draws a new seed and rebuilds the index; should
/// reseeding not help (words colliding under every seed), the bound doubles instead, so rebuilding
/// stays amortized.
pub struct WordTable {
    seed: u64,
    max_probe: usize,
    reseeds: u32,
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
        Self::with_seed(random_seed())
    }

    /// A table keyed with `seed` (tests: 0 is the unkeyed hash of old).
    pub fn with_seed(seed: u64) -> Self {
        const BITS: u32 = 16;
        WordTable {
            seed,
            max_probe: MAX_PROBE,
            reseeds: 0,
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
        let mut i = (hash16(self.seed, key0, key1) >> self.shift) as usize;
        let mut probes = 0;
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
            probes += 1;
            if probes > self.max_probe {
                return self.reseed_and_add16(key0, key1, len, count);
            }
        }
    }

    #[cold]
    #[inline(never)]
    fn reseed_and_add16(&mut self, key0: u64, key1: u64, len: usize, count: u64) {
        self.reseed();
        self.add16(key0, key1, len, count)
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
        let mut i = (hash_word(self.seed, word) >> self.shift) as usize;
        let mut probes = 0;
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
            probes += 1;
            if probes > self.max_probe {
                self.reseed();
                return self.add(word, count);
            }
        }
        self.insert_at(i, key0, key1, word, count);
    }

    /// A probe ran past the bound: rebuild the index under a fresh seed. After `MAX_RESEEDS`
    /// reseeds the bound doubles instead.
    #[cold]
    fn reseed(&mut self) {
        self.reseeds += 1;
        if self.reseeds > MAX_RESEEDS {
            self.max_probe *= 2;
            return;
        }
        self.seed = random_seed();
        self.rebuild(64 - self.shift);
    }

    /// Empties the table for a new count under a fresh seed, keeping its memory: memory freshly
    /// mapped for every count is page-faulted in anew each time (measured 20 ms per big.txt
    /// against 12 ms with the memory kept, unless the kernel happened to back it with huge pages).
    pub fn clear(&mut self) {
        if self.hot.len() * 16 < self.index.len() {
            // Few words in a large index (a small count after a big one): free their slots one
            // by one rather than writing the whole index.
            let mask = self.index.len() - 1;
            for n in 0..self.hot.len() {
                let mut i = (self.hash_of(n) >> self.shift) as usize;
                while self.index[i] as usize != n + 1 {
                    i = (i + 1) & mask;
                }
                self.index[i] = 0;
            }
        } else {
            self.index.fill(0);
        }
        self.hot.clear();
        self.cold.clear();
        self.arena.clear();
        self.seed = random_seed();
        self.max_probe = MAX_PROBE;
        self.reseeds = 0;
    }

    /// Bytes of memory the table holds.
    pub fn heap_bytes(&self) -> usize {
        self.index.capacity() * 4 + self.hot.capacity() * std::mem::size_of::<Hot>() + self.cold.capacity() * std::mem::size_of::<Cold>() + self.arena.capacity()
    }

    /// The longest probe any word of the table now needs (for tests of the bound).
    pub fn longest_probe(&self) -> usize {
        let mask = self.index.len() - 1;
        (0..self.index.len())
            .filter(|&i| self.index[i] != 0)
            .map(|i| {
                let n = self.index[i] as usize - 1;
                let home = (self.hash_of(n) >> self.shift) as usize;
                (i.wrapping_sub(home)) & mask
            })
            .max()
            .unwrap_or(0)
    }

    fn hash_of(&self, n: usize) -> u64 {
        let (h, c) = (&self.hot[n], &self.cold[n]);
        let len = c.len as usize;
        if len <= 16 {
            hash16(self.seed, h.key0, h.key1)
        } else {
            hash_word(self.seed, &self.arena[c.off as usize..c.off as usize + len])
        }
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
        self.rebuild(64 - self.shift + 1);
    }

    /// Rebuilds the index with `bits` bits under the current seed.
    fn rebuild(&mut self, bits: u32) {
        let mut index = vec![0u32; 1 << bits];
        let mask = index.len() - 1;
        let shift = 64 - bits;
        for n in 0..self.hot.len() {
            let mut i = (self.hash_of(n) >> shift) as usize;
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
    fn a_cleared_table_counts_anew_in_the_memory_it_kept() {
        let mut t = WordTable::new();
        let many: Vec<String> = (0..50_000).map(|i| format!("word{i}")).collect();
        let few = ["a", "b", "a", "a_long_word_of_many_bytes"];
        // A full index cleared whole, then a nearly empty one cleared slot by slot.
        for words in [&many[..], &few.map(String::from)[..], &many[..100], &many[..]] {
            let kept = t.heap_bytes();
            t.clear();
            assert!(t.is_empty() && t.heap_bytes() == kept && t.index.iter().all(|&slot| slot == 0));
            let mut expected = std::collections::HashMap::new();
            for w in words {
                t.add(w.as_bytes(), 1);
                *expected.entry(w.as_bytes().to_vec()).or_insert(0u64) += 1;
            }
            let counted: std::collections::HashMap<Vec<u8>, u64> = t.iter().map(|(w, c)| (w.to_vec(), c)).collect();
            assert_eq!(counted, expected);
        }
    }

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
        assert_eq!(hash_word(7, b"abc"), hash16(7, prefix_key(b"abc"), 0));
        assert_eq!(hash_word(7, b"abcdefghijk"), hash16(7, prefix_key(b"abcdefgh"), prefix_key(b"ijk")));
    }

    /// Distinct 8-letter words whose unkeyed hash (seed 0) has its top 10 bits zero: in the index
    /// of old they all had their homes in its first 1/1024th, one cluster of every word.
    fn words_colliding_under_seed_zero(count: usize) -> Vec<Vec<u8>> {
        let mut state = 0x2545_F491_4F6C_DD1Du64;
        let mut words = std::collections::HashSet::new();
        while words.len() < count {
            let mut word = vec![0u8; 8];
            for b in word.iter_mut() {
                state ^= state << 13;
                state ^= state >> 7;
                state ^= state << 17;
                *b = b'a' + (state % 26) as u8;
            }
            if hash16(0, prefix_key(&word), 0) >> 54 == 0 {
                words.insert(word);
            }
        }
        words.into_iter().collect()
    }

    #[test]
    fn crafted_words_stay_within_the_probe_bound() {
        let words = words_colliding_under_seed_zero(20_000);
        let mut t = WordTable::with_seed(0);
        for round in 1..=2 {
            for w in &words {
                t.add(w, round);
            }
        }
        let long = b"a_word_longer_than_sixteen_bytes";
        t.add(long, 5);
        assert_eq!(t.len(), 20_001);
        assert!(t.longest_probe() <= MAX_PROBE, "longest probe {}", t.longest_probe());
        assert!(t.seed != 0, "reseeded away from the flooded hash");
        let top = t.top(30_000);
        assert_eq!(top[0], (long.to_vec(), 5));
        assert!(top[1..].iter().all(|(_, c)| *c == 3));
        let mut other = WordTable::with_seed(42);
        other.merge(&t);
        assert_eq!(other.top(30_000), top);
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
