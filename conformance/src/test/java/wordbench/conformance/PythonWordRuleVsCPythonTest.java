package wordbench.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import wordbench.spi.PythonWordRule;

/**
 * Guards the generated python-word-rule.txt: asks the oracle (CPython 3.11), in one call, for
 * every code point's {@code \w}, {@code lower()} and final-sigma behaviour, and compares
 * {@link PythonWordRule} with it. Cased and Case_Ignorable are not visible from Python directly,
 * so they are checked through what they decide: whether a capital sigma next to the code point
 * lowers to final sigma. Skipped, with a message, where the oracle is missing.
 */
class PythonWordRuleVsCPythonTest {
    /**
     * Prints runs {@code R FIRST LAST BITS} of equal behaviour bits (1: \w; 2: cp+Σ gives final
     * sigma; 4: A+cp+Σ does; 8: AΣ+cp does), then {@code L CP LOWER...} where lower() changes cp.
     */
    private static final String SCRIPT = """
            import re, sys, unicodedata
            word = re.compile(r'\\w')
            out = [sys.version.split()[0] + ' ' + unicodedata.unidata_version]
            run_start, run_bits = 0, None
            lowers = []
            for cp in range(0x110000):
                ch = chr(cp)
                bits = ((word.fullmatch(ch) is not None)
                        | ((ch + '\\u03a3').lower()[-1] == '\\u03c2') << 1
                        | (('A' + ch + '\\u03a3').lower()[-1] == '\\u03c2') << 2
                        | (('A\\u03a3' + ch).lower()[1] == '\\u03c2') << 3)
                if bits != run_bits:
                    if run_bits is not None:
                        out.append('R %x %x %d' % (run_start, cp - 1, run_bits))
                    run_start, run_bits = cp, bits
                low = ch.lower()
                if low != ch:
                    lowers.append('L %x %s' % (cp, ' '.join('%x' % ord(c) for c in low)))
            out.append('R %x %x %d' % (run_start, 0x10ffff, run_bits))
            print('\\n'.join(out + lowers))
            """;

    @Test
    void everyCodePointAgreesWithCPython() {
        CPythonOracle.assumeAvailable();
        List<String> lines = CPythonOracle.run(List.of("-c", SCRIPT), Duration.ofMinutes(5)).stdout().lines().toList();
        String[] version = lines.getFirst().split(" ");
        // Any 3.11 patch release will do: what the tables hold depends on its Unicode database.
        assertTrue(PythonWordRule.origin().endsWith("Unicode " + version[1]),
                "tables made from " + PythonWordRule.origin() + ", python3 here is " + lines.getFirst());

        int[] bits = new int[Character.MAX_CODE_POINT + 1];
        Map<Integer, String> lowers = new HashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(" ");
            if (f[0].equals("R")) {
                java.util.Arrays.fill(bits, Integer.parseInt(f[1], 16), Integer.parseInt(f[2], 16) + 1, Integer.parseInt(f[3]));
            } else {
                StringBuilder lower = new StringBuilder();
                for (int k = 2; k < f.length; k++) {
                    lower.appendCodePoint(Integer.parseInt(f[k], 16));
                }
                lowers.put(Integer.parseInt(f[1], 16), lower.toString());
            }
        }
        int mismatches = 0;
        StringBuilder report = new StringBuilder();
        for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
            String ch = new StringBuilder().appendCodePoint(cp).toString();
            String expectedLower = lowers.getOrDefault(cp, ch);
            int actualBits = (PythonWordRule.isWordChar(cp) ? 1 : 0)
                    | (PythonWordRule.isFinalSigma(ch + "Σ", ch.length()) ? 2 : 0)
                    | (PythonWordRule.isFinalSigma("A" + ch + "Σ", 1 + ch.length()) ? 4 : 0)
                    | (PythonWordRule.isFinalSigma("AΣ" + ch, 1) ? 8 : 0);
            String actualLower = PythonWordRule.lower(ch);
            if (actualBits != bits[cp] || !actualLower.equals(expectedLower)) {
                if (mismatches++ < 20) {
                    report.append(PythonWordRule.describe(cp)).append(": bits ").append(actualBits)
                            .append(" (CPython ").append(bits[cp]).append("), lower ")
                            .append(actualLower.codePoints().mapToObj(Integer::toHexString).toList())
                            .append(" (CPython ").append(expectedLower.codePoints().mapToObj(Integer::toHexString).toList())
                            .append(")\n");
                }
            }
        }
        assertEquals(0, mismatches, "code points where PythonWordRule differs from CPython:\n" + report);
    }
}
