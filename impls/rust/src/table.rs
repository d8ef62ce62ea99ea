//! An open-addressing word table tuned for this job: keys are the lowered UTF-8 bytes of a word,
//! stored once in one arena; slots hold the full hash (no re-hash on growth, cheap mismatch
//! test), the key's place in the arena and the count. Linear probing at load <= 1/2.

const K: u64 = 0x9E37_79B9_7F4A_7C15;

/// Hash of a word's bytes. Multiplicative, eight bytes at a time; the table indexes with the
/// high bits, where the multiplications leave the entropy.
#[inline]
pub fn hash_word(word: &[u8]) -> u64 {
    let mut h = (word.len() as u64).wrapping_mul(K);
    let mut rest = word;
    while rest.len() >= 8 {
        let (head, tail) = rest.split_at(8);
        h = (h.rotate_left(23) ^ u64::from_le_bytes(head.try_into().unwrap())).wrapping_mul(K);
        rest = tail;
    }
    if !rest.is_empty() {
        let mut v = 0u64;
        for (i, &b) in rest.iter().enumerate() {
            v |= (b as u64) << (8 * i);
        }
        h = (h.rotate_left(23) ^ v).wrapping_mul(K);
    }
    h
}

#[derive(Clone, Copy, Default)]
struct Slot {
    hash: u64,
    off: u32,
    /// 0 marks an empty slot: words are never empty.
    len: u32,
    count: u64,
}

pub struct WordTable {
    slots: Vec<Slot>,
    shift: u32,
    used: usize,
    arena: Vec<u8>,
}

impl Default for WordTable {
    fn default() -> Self {
        Self::new()
    }
}

impl WordTable {
    pub fn new() -> Self {
        Self::with_log2(15)
    }

    fn with_log2(bits: u32) -> Self {
        WordTable { slots: vec![Slot::default(); 1 << bits], shift: 64 - bits, used: 0, arena: Vec::with_capacity(1 << 16) }
    }

    /// Distinct words so far.
    pub fn len(&self) -> usize {
        self.used
    }

    pub fn is_empty(&self) -> bool {
        self.used == 0
    }

    /// Adds `count` to `word`, whose hash is `hash` (= `hash_word(word)`).
    #[inline]
    pub fn add(&mut self, word: &[u8], hash: u64, count: u64) {
        let mask = self.slots.len() - 1;
        let mut i = (hash >> self.shift) as usize;
        loop {
            // SAFETY: i is masked to the table size.
            let slot = unsafe { self.slots.get_unchecked_mut(i) };
            if slot.len == 0 {
                break;
            }
            if slot.hash == hash && slot.len as usize == word.len() {
                let off = slot.off as usize;
                if &self.arena[off..off + word.len()] == word {
                    slot.count += count;
                    return;
                }
            }
            i = (i + 1) & mask;
        }
        self.insert_at(i, word, hash, count);
    }

    #[cold]
    #[inline(never)]
    fn insert_at(&mut self, i: usize, word: &[u8], hash: u64, count: u64) {
        let off = self.arena.len();
        assert!(off + word.len() <= u32::MAX as usize && word.len() < u32::MAX as usize, "more than 4 GiB of distinct words");
        self.arena.extend_from_slice(word);
        self.slots[i] = Slot { hash, off: off as u32, len: word.len() as u32, count };
        self.used += 1;
        if self.used * 2 > self.slots.len() {
            self.grow();
        }
    }

    fn grow(&mut self) {
        let bits = 64 - self.shift + 1;
        let mut slots = vec![Slot::default(); 1 << bits];
        let mask = slots.len() - 1;
        let shift = 64 - bits;
        for s in self.slots.iter().filter(|s| s.len != 0) {
            let mut i = (s.hash >> shift) as usize;
            while slots[i].len != 0 {
                i = (i + 1) & mask;
            }
            slots[i] = *s;
        }
        self.slots = slots;
        self.shift = shift;
    }

    /// Every (word, count) pair, in no particular order.
    pub fn iter(&self) -> impl Iterator<Item = (&[u8], u64, u64)> + '_ {
        self.slots
            .iter()
            .filter(|s| s.len != 0)
            .map(move |s| (&self.arena[s.off as usize..s.off as usize + s.len as usize], s.hash, s.count))
    }

    /// Adds all of `other`'s counts to this table.
    pub fn merge(&mut self, other: &WordTable) {
        for (word, hash, count) in other.iter() {
            self.add(word, hash, count);
        }
    }

    /// The `n` most common words, count descending then word ascending by code point (which is
    /// byte order in UTF-8).
    pub fn top(&self, n: usize) -> Vec<(Vec<u8>, u64)> {
        let mut all: Vec<(&[u8], u64)> = self.iter().map(|(w, _, c)| (w, c)).collect();
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
                t.add(w.as_bytes(), hash_word(w.as_bytes()), 1);
            }
        }
        assert_eq!(t.len(), 100_000);
        let mut u = WordTable::new();
        u.add(b"w2", hash_word(b"w2"), 10);
        u.add(b"new", hash_word(b"new"), 1);
        t.merge(&u);
        assert_eq!(t.len(), 100_001);
        let top = t.top(3);
        assert_eq!(top[0], (b"w2".to_vec(), 13));
        assert_eq!(top[1], (b"w10001".to_vec(), 3), "ties broken by bytes: w10001 < w101");
        assert_eq!(t.top(1_000_000).len(), 100_001);
    }

    #[test]
    fn ties_sort_by_code_point() {
        let mut t = WordTable::new();
        for w in ["\u{FF41}", "\u{10400}", "b", "a"] {
            t.add(w.as_bytes(), hash_word(w.as_bytes()), 2);
        }
        let words: Vec<String> = t.top(10).into_iter().map(|(w, _)| String::from_utf8(w).unwrap()).collect();
        assert_eq!(words, ["a", "b", "\u{FF41}", "\u{10400}"]);
    }
}
