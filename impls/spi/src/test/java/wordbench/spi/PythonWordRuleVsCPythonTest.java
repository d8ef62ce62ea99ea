package wordbench.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Guards the generated python-word-rule.txt: asks the python3 installed here, in one call, for
 * every code point's {@code \w}, {@code lower()} and final-sigma behaviour, and compares
 * {@link PythonWordRule} with it. Cased and Case_Ignorable are not visible from Python directly,
 * so they are checked through what they decide: whether a capital sigma next to the code point
 * lowers to final sigma. Skipped, with a message, where python3 is missing.
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
    void everyCodePointAgreesWithCPython() throws IOException, InterruptedException {
        List<String> lines = python();
        assumeTrue(lines != null, "skipped: python3 (CPython 3.11) is not installed, so there is nothing to compare with");
        String[] version = lines.getFirst().split(" ");
        assumeTrue(version[0].startsWith("3.11."),
                "skipped: the oracle is CPython 3.11, but python3 here is " + version[0]);
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

    /** The script's output lines, or null when python3 is not there. */
    private static List<String> python() throws IOException, InterruptedException {
        Process process;
        try {
            process = new ProcessBuilder("python3", "-c", SCRIPT).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        } catch (IOException e) {
            return null;
        }
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.US_ASCII);
        if (!process.waitFor(5, TimeUnit.MINUTES) || process.exitValue() != 0) {
            throw new IllegalStateException("python3 failed; exit " + process.exitValue());
        }
        return new ArrayList<>(out.lines().toList());
    }
}
