//! The efficient core: one pass over a file's bytes, no String per token. ASCII is classified by
//! a 256-entry table and words that are plain lowercase ASCII are hashed straight from the input;
//! any non-ASCII code point takes the exact path (tables, İ, final sigma) one code point at a time.

use crate::rule::{decode, is_word, lower_at, push_utf8};
use crate::table::{hash_word, WordTable};

const NON_WORD: u8 = 0;
const LOWER: u8 = 1;
const UPPER: u8 = 2;
const NON_ASCII: u8 = 3;

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

/// Counts words into a table; holds the scratch buffer for words that need rewriting.
#[derive(Default)]
pub struct Counter {
    pub table: WordTable,
    word: Vec<u8>,
}

impl Counter {
    pub fn new() -> Self {
        Self::default()
    }

    #[inline]
    fn add(table: &mut WordTable, word: &[u8]) {
        table.add(word, hash_word(word), 1);
    }

    /// Counts the words of `file[from..to]`. `file` is one whole file of valid UTF-8 (the final
    /// sigma rule looks beyond the chunk); `from` and `to` are its ends or split bytes.
    pub fn count(&mut self, file: &[u8], from: usize, to: usize) {
        let Counter { table, word } = self;
        let text = &file[..to];
        let mut i = from;
        // True while `word` holds a word that is not finished yet.
        let mut in_word = false;
        let mut lowered = [0u32; 3];
        while i < to {
            let b = text[i];
            let class = CLASS[b as usize];
            if class != NON_ASCII {
                if in_word {
                    if class == NON_WORD {
                        Self::add(table, word);
                        in_word = false;
                    } else {
                        word.push(b.to_ascii_lowercase());
                    }
                    i += 1;
                    continue;
                }
                if class == NON_WORD {
                    i += 1;
                    continue;
                }
                let start = i;
                let mut upper = class == UPPER;
                i += 1;
                while i < to {
                    let c = CLASS[text[i] as usize];
                    if c == LOWER {
                        i += 1;
                    } else if c == UPPER {
                        upper = true;
                        i += 1;
                    } else {
                        break;
                    }
                }
                if i < to && CLASS[text[i] as usize] == NON_ASCII {
                    // The word may go on in non-ASCII characters: finish it on the exact path.
                    word.clear();
                    word.extend(text[start..i].iter().map(u8::to_ascii_lowercase));
                    in_word = true;
                } else if upper {
                    word.clear();
                    word.extend(text[start..i].iter().map(u8::to_ascii_lowercase));
                    Self::add(table, word);
                } else {
                    Self::add(table, &text[start..i]);
                }
                continue;
            }
            // The exact path: one non-ASCII code point, lowered the way str.lower() does.
            let (cp, len) = decode(text, i);
            let n = lower_at(file, i, cp, &mut lowered);
            for &l in &lowered[..n] {
                if is_word(l) {
                    if !in_word {
                        word.clear();
                        in_word = true;
                    }
                    push_utf8(word, l);
                } else if in_word {
                    Self::add(table, word);
                    in_word = false;
                }
            }
            i += len;
        }
        if in_word {
            Self::add(table, word);
        }
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
        c.count(text.as_bytes(), 0, text.len());
        c.table.iter().map(|(w, _, n)| (String::from_utf8(w.to_vec()).unwrap(), n)).collect()
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
    fn chunks_split_at_ascii_non_word_bytes_count_the_same() {
        let text = "ΑΣ ΑΣ.Σ the The İİ x-Σ. naïve, ΟΔΟΣ: ok";
        let bytes = text.as_bytes();
        let mut whole = Counter::new();
        whole.count(bytes, 0, bytes.len());
        let splits: Vec<usize> = (0..bytes.len()).filter(|&i| is_split_byte(bytes[i])).collect();
        for &s in &splits {
            let mut parts = Counter::new();
            parts.count(bytes, 0, s);
            parts.count(bytes, s, bytes.len());
            let mut a: Vec<_> = whole.table.top(100);
            let mut b: Vec<_> = parts.table.top(100);
            a.sort();
            b.sort();
            assert_eq!(a, b, "split at {s}");
        }
    }
}
