//! The word rule exactly as CPython 3.11 applies it: `re.findall(r'\w+', text.lower())`.
//!
//! Rust's `char::is_alphanumeric` and `char::to_lowercase` are not CPython's `\w` and
//! `str.lower()` (combining marks, some numbers, Unicode version, final sigma), so every
//! property comes from the tables that `conformance/python/make_word_rule_tables.py` asked
//! CPython for (the rule itself: `conformance/SPEC.md`).

use crate::tables;
use std::sync::OnceLock;

const WORD: u8 = 1;
const CASED: u8 = 2;
const IGNORABLE: u8 = 4;

pub const CAPITAL_SIGMA: u32 = 0x3A3;
pub const SMALL_SIGMA: u32 = 0x3C3;
pub const FINAL_SIGMA: u32 = 0x3C2;

/// Direct lookups for the Basic Multilingual Plane, built from the range tables at first use
/// (a binary search per character would dominate on non-Latin text).
struct Bmp {
    flags: Box<[u8]>,
    lower: Box<[u32]>,
}

static BMP: OnceLock<Bmp> = OnceLock::new();

fn bmp() -> &'static Bmp {
    BMP.get_or_init(|| {
        let mut flags = vec![0u8; 0x10000].into_boxed_slice();
        let mut lower: Box<[u32]> = (0..0x10000u32).collect();
        for (table, flag) in [(&tables::WORD[..], WORD), (&tables::CASED[..], CASED), (&tables::CASE_IGNORABLE[..], IGNORABLE)] {
            for &(a, b) in table {
                for cp in a..=b.min(0xFFFF) {
                    flags[cp as usize] |= flag;
                }
            }
        }
        for &(cp, to) in tables::LOWER.iter() {
            if cp < 0x10000 {
                lower[cp as usize] = to;
            }
        }
        Bmp { flags, lower }
    })
}

fn in_ranges(table: &[(u32, u32)], cp: u32) -> bool {
    let i = table.partition_point(|&(_, last)| last < cp);
    i < table.len() && table[i].0 <= cp
}

fn flags(cp: u32) -> u8 {
    if cp < 0x10000 {
        return bmp().flags[cp as usize];
    }
    let mut f = 0;
    if in_ranges(&tables::WORD, cp) {
        f |= WORD;
    }
    if in_ranges(&tables::CASED, cp) {
        f |= CASED;
    }
    if in_ranges(&tables::CASE_IGNORABLE, cp) {
        f |= IGNORABLE;
    }
    f
}

/// Whether CPython's `\w` matches `cp` (applied to lowered text).
pub fn is_word(cp: u32) -> bool {
    flags(cp) & WORD != 0
}

/// CPython's Cased property, as the final sigma rule uses it.
pub fn is_cased(cp: u32) -> bool {
    flags(cp) & CASED != 0
}

/// CPython's Case_Ignorable property, as the final sigma rule uses it.
pub fn is_case_ignorable(cp: u32) -> bool {
    flags(cp) & IGNORABLE != 0
}

/// `chr(cp).lower()` when it is one code point; not meaningful for U+0130 and U+03A3.
pub fn lower_simple(cp: u32) -> u32 {
    if cp < 0x10000 {
        return bmp().lower[cp as usize];
    }
    match tables::LOWER.binary_search_by_key(&cp, |&(from, _)| from) {
        Ok(i) => tables::LOWER[i].1,
        Err(_) => cp,
    }
}

/// Decodes the well-formed UTF-8 sequence starting at `i` (Unicode Table 3-7, as strict as
/// CPython's decoder) into its code point and length; None if it is ill-formed or cut off.
#[inline]
pub fn decode(text: &[u8], i: usize) -> Option<(u32, usize)> {
    let b0 = text[i];
    if b0 < 0x80 {
        return Some((b0 as u32, 1));
    }
    let (n, lo, hi) = match b0 {
        0xC2..=0xDF => (2, 0x80, 0xBF),
        0xE0 => (3, 0xA0, 0xBF),
        0xE1..=0xEC | 0xEE..=0xEF => (3, 0x80, 0xBF),
        0xED => (3, 0x80, 0x9F),
        0xF0 => (4, 0x90, 0xBF),
        0xF1..=0xF3 => (4, 0x80, 0xBF),
        0xF4 => (4, 0x80, 0x8F),
        _ => return None,
    };
    if i + n > text.len() || !(lo..=hi).contains(&text[i + 1]) {
        return None;
    }
    let mut cp = (b0 as u32) & (0x7F >> n);
    for k in 1..n {
        let b = text[i + k];
        if b & 0xC0 != 0x80 {
            return None;
        }
        cp = (cp << 6) | (b as u32 & 0x3F);
    }
    Some((cp, n))
}

/// Appends `cp` to `out` as UTF-8.
#[inline]
pub fn push_utf8(out: &mut Vec<u8>, cp: u32) {
    let mut buf = [0u8; 4];
    // Every code point here came out of valid UTF-8 or the tables, so it is a char.
    let c = char::from_u32(cp).unwrap_or('\u{FFFD}');
    out.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
}

/// The nearest character of `text` that is not case-ignorable, looking back from its end: where
/// it starts and what it is (None for an ill-formed sequence, which ends the look as well); None
/// when every character of `text` is case-ignorable.
pub fn last_not_case_ignorable(text: &[u8]) -> Option<(usize, Option<u32>)> {
    let mut j = text.len();
    while j > 0 {
        j -= 1;
        while j > 0 && text[j] & 0xC0 == 0x80 {
            j -= 1;
        }
        match decode(text, j) {
            Some((cp, _)) if is_case_ignorable(cp) => {}
            other => return Some((j, other.map(|(cp, _)| cp))),
        }
    }
    None
}

/// Whether the nearest character that is not case-ignorable before the end of `text` is cased.
/// `cased_before` answers for the text before `text` (false at a file's start): a stream counted
/// window by window carries it across window ends.
pub fn ends_cased(text: &[u8], cased_before: bool) -> bool {
    match last_not_case_ignorable(text) {
        None => cased_before,
        Some((_, cp)) => cp.is_some_and(is_cased),
    }
}

/// Whether the capital sigma whose UTF-8 starts at byte `at` of `text` lowers to final sigma: the
/// nearest non-case-ignorable character before it is cased and the nearest one after it is not
/// (or there is none). Both scans cross non-word characters; the one back ends at `text`'s start,
/// where `cased_before` tells about the text before, the one ahead at `text`'s end, where
/// `cased_after` tells about the text after (false at a file's end), so `text` must reach past the
/// sigma's context (one whole file, a window cut after it, or a window whose read-ahead found what
/// follows its case-ignorable end). The text may not
/// have been validated yet (it is checked as it is counted): an ill-formed sequence ends a scan
/// without panicking, and the count then fails anyway.
pub fn is_final_sigma(text: &[u8], at: usize, cased_before: bool, cased_after: bool) -> bool {
    if !ends_cased(&text[..at], cased_before) {
        return false;
    }
    let mut k = at + 2;
    while k < text.len() {
        let Some((cp, len)) = decode(text, k) else { return true };
        if !is_case_ignorable(cp) {
            return !is_cased(cp);
        }
        k += len;
    }
    !cased_after
}

/// `str.lower()` of the code point `cp` found at byte `at` of `text`: up to three code points
/// written to `out`, how many returned. `cased_before` and `cased_after` as for `is_final_sigma`.
#[inline]
pub fn lower_at(text: &[u8], at: usize, cp: u32, cased_before: bool, cased_after: bool, out: &mut [u32; 3]) -> usize {
    if cp == CAPITAL_SIGMA {
        out[0] = if is_final_sigma(text, at, cased_before, cased_after) { FINAL_SIGMA } else { SMALL_SIGMA };
        return 1;
    }
    if cp >= 0x80 && !tables::LOWER_MULTI.is_empty() {
        if let Ok(i) = tables::LOWER_MULTI.binary_search_by_key(&cp, |&(from, _)| from) {
            let mapped = tables::LOWER_MULTI[i].1;
            out[..mapped.len()].copy_from_slice(mapped);
            return mapped.len();
        }
    }
    out[0] = lower_simple(cp);
    1
}

/// Python's `text.lower()` for one file's text.
pub fn lower(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut lowered = [0u32; 3];
    for (at, c) in text.char_indices() {
        let n = lower_at(bytes, at, c as u32, false, false, &mut lowered);
        for &cp in &lowered[..n] {
            push_utf8(&mut out, cp);
        }
    }
    // Only whole code points were pushed.
    String::from_utf8(out).expect("lowering produced UTF-8")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tables_are_sorted_disjoint_ranges() {
        for table in [&tables::WORD[..], &tables::CASED[..], &tables::CASE_IGNORABLE[..]] {
            for w in table.windows(2) {
                assert!(w[0].0 <= w[0].1 && w[0].1 + 1 < w[1].0, "{:X?}", w);
            }
            assert!(table.last().unwrap().1 <= 0x10FFFF);
        }
        for w in tables::LOWER.windows(2) {
            assert!(w[0].0 < w[1].0);
        }
        assert_eq!(tables::LOWER_MULTI.len(), 1);
        assert_eq!(tables::LOWER_MULTI[0], (0x130, &[0x69, 0x307][..]));
    }

    /// The Java side's table file, which the same generator writes from the same CPython.
    const JAVA_TABLES: &str = include_str!("../../../spi/src/main/resources/wordbench/spi/python-word-rule.txt");

    /// tables.rs (as this module reads it) against python-word-rule.txt, code point by code point:
    /// a hand edit or a half-regenerated pair cannot make Rust and Java disagree unnoticed.
    #[test]
    fn every_code_point_agrees_with_the_java_tables() {
        let size = 0x110000usize;
        let mut flags = vec![0u8; size];
        let mut lowered: Vec<Option<Vec<u32>>> = vec![None; size];
        let hex = |s: &str| u32::from_str_radix(s, 16).expect("hex code point");
        for line in JAVA_TABLES.lines().filter(|l| !l.starts_with('#') && !l.is_empty()) {
            let fields: Vec<&str> = line.split(' ').collect();
            let flag = match fields[0] {
                "word" => WORD,
                "cased" => CASED,
                "ignorable" => IGNORABLE,
                "lower" => {
                    lowered[hex(fields[1]) as usize] = Some(fields[2..].iter().map(|f| hex(f)).collect());
                    continue;
                }
                other => panic!("unknown line kind {other}: {line}"),
            };
            for cp in hex(fields[1])..=hex(fields[2]) {
                flags[cp as usize] |= flag;
            }
        }
        let mut mismatches = Vec::new();
        let mut text = Vec::new();
        let mut out = [0u32; 3];
        for cp in 0..size as u32 {
            let want = flags[cp as usize];
            let got = (if is_word(cp) { WORD } else { 0 })
                | (if is_cased(cp) { CASED } else { 0 })
                | (if is_case_ignorable(cp) { IGNORABLE } else { 0 });
            if got != want {
                mismatches.push(format!("U+{cp:04X}: flags {got} here, {want} in python-word-rule.txt"));
            }
            // Capital sigma depends on its context (Final_Sigma); surrogates never come out of UTF-8.
            if cp == CAPITAL_SIGMA || (0xD800..=0xDFFF).contains(&cp) {
                continue;
            }
            text.clear();
            push_utf8(&mut text, cp);
            let n = lower_at(&text, 0, cp, false, false, &mut out);
            let want_lower = lowered[cp as usize].clone().unwrap_or_else(|| vec![cp]);
            if out[..n] != want_lower[..] {
                mismatches.push(format!("U+{cp:04X}: lowers to {:X?} here, {:X?} in python-word-rule.txt", &out[..n], want_lower));
            }
        }
        assert!(mismatches.is_empty(), "{} code points differ, first: {:?}", mismatches.len(), &mismatches[..mismatches.len().min(10)]);
    }

    #[test]
    fn ascii_properties() {
        for b in 0u32..128 {
            let c = b as u8 as char;
            assert_eq!(is_word(b), c.is_ascii_alphanumeric() || c == '_', "{b:X}");
            assert_eq!(is_cased(b), c.is_ascii_alphabetic(), "{b:X}");
            assert_eq!(lower_simple(b), c.to_ascii_lowercase() as u32);
        }
        for c in ['\'', '.', ':', '^', '`'] {
            assert!(is_case_ignorable(c as u32), "{c}");
        }
        assert!(!is_case_ignorable(' ' as u32));
    }

    #[test]
    fn properties_where_rust_and_python_differ() {
        assert!(!is_word(0x301), "combining acute is not \\w in CPython");
        assert!(!is_word(0x307));
        assert!(is_word(0x20000), "CJK extension B is \\w");
        assert!(is_word(0x660), "Arabic-Indic zero");
        assert!(is_word(0xB2), "superscript two is \\w in CPython");
        assert!(is_case_ignorable(0x301));
        assert_eq!(lower_simple(0x212A), 'k' as u32, "Kelvin sign");
        assert_eq!(lower_simple(0x10400), 0x10428, "Deseret");
    }

    #[test]
    fn decode_is_strict_like_cpython() {
        for ok in ["a", "é", "€", "𠀀", "\u{10FFFF}", "\u{D7FF}", "\u{E000}"] {
            assert_eq!(decode(ok.as_bytes(), 0), Some((ok.chars().next().unwrap() as u32, ok.len())), "{ok}");
        }
        let bad: [&[u8]; 9] = [b"\x80", b"\xC0\x80", b"\xC1\xBF", b"\xE0\x80\x80", b"\xED\xA0\x80", b"\xF0\x80\x80\x80", b"\xF4\x90\x80\x80", b"\xF5\x80\x80\x80", b"\xE2\x82"];
        for b in bad {
            assert_eq!(decode(b, 0), None, "{b:X?}");
            assert!(std::str::from_utf8(b).is_err());
        }
    }

    #[test]
    fn lower_matches_python() {
        assert_eq!(lower("İstanbul"), "i\u{307}stanbul");
        assert_eq!(lower("ΟΔΟΣ"), "οδος");
        assert_eq!(lower("ΟΔΟΣ ΟΔΟΣ."), "οδος οδος.");
        assert_eq!(lower("A.Σ"), "a.ς");
        assert_eq!(lower("Σ"), "σ");
        assert_eq!(lower("ΑΣΑ"), "ασα");
        assert_eq!(lower("Α'Σ'"), "α'ς'");
        assert_eq!(lower("ΑΣ'Α"), "ασ'α");
        assert_eq!(lower("1Σ"), "1σ");
        assert_eq!(lower("ΑΣ1"), "ας1");
        assert_eq!(lower("ΑΣΣ"), "ασς");
    }
}
