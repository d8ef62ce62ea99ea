package wordbench.harness.chart;

import wordbench.harness.results.RunMetadata;

/**
 * README.md's results block: the text between {@link #BEGIN} and {@link #END}, which is always
 * the {@code results.md} of the newest committed full run. Drawing the charts of a full run into
 * the repository's {@code charts/} refreshes it.
 */
public final class ReadmeBlock {

    public static final String BEGIN = "<!-- results:begin -->";
    public static final String END = "<!-- results:end -->";

    private ReadmeBlock() {
    }

    /** The block's content (without the markers). */
    public static String extract(String readme) {
        int begin = readme.indexOf(BEGIN);
        int end = readme.indexOf(END);
        if (begin < 0 || end < begin) {
            throw new IllegalArgumentException("README.md has no " + BEGIN + " … " + END + " block");
        }
        return readme.substring(begin + BEGIN.length(), end).strip() + "\n";
    }

    /** The README with its block's content replaced by {@code block}. */
    public static String replace(String readme, String block) {
        extract(readme);
        int begin = readme.indexOf(BEGIN) + BEGIN.length();
        int end = readme.indexOf(END);
        return readme.substring(0, begin) + "\n" + block.strip() + "\n" + readme.substring(end);
    }
}
