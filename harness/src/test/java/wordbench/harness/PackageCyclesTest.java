package wordbench.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The harness's packages use each other in one direction only (cli → bench → chart → results →
 * core), so each can be read, tested and changed without the ones above it. A source scan, not a
 * bytecode one: every use of another harness package in this code base is an import or a fully
 * qualified name, and both are in the source.
 */
class PackageCyclesTest {

    private static final Path MAIN_SOURCES = Path.of("src/main/java");
    private static final String ROOT = "wordbench.harness";

    @Test
    void harnessPackagesHaveNoCycle() throws IOException {
        Map<String, Set<String>> uses = packageUses(MAIN_SOURCES);
        assertTrue(uses.keySet().containsAll(Set.of(ROOT + ".cli", ROOT + ".bench", ROOT + ".chart",
                ROOT + ".results", ROOT + ".core")), "the scan found the harness packages: " + uses.keySet());
        Optional<List<String>> cycle = findCycle(uses);
        assertTrue(cycle.isEmpty(), () -> "package cycle: " + String.join(" → ", cycle.orElseThrow())
                + "\nall uses: " + uses);
    }

    @Test
    void layersPointDownOnly() throws IOException {
        List<String> layers = List.of("cli", "bench", "chart", "results", "core");
        Map<String, Set<String>> uses = packageUses(MAIN_SOURCES);
        uses.forEach((from, targets) -> {
            int fromLayer = layers.indexOf(from.substring(ROOT.length() + 1));
            for (String to : targets) {
                int toLayer = layers.indexOf(to.substring(ROOT.length() + 1));
                assertTrue(fromLayer >= 0 && toLayer > fromLayer,
                        from + " uses " + to + ", but the order is " + String.join(" → ", layers));
            }
        });
    }

    @Test
    void theCheckerFindsASyntheticCycle(@TempDir Path sources) throws IOException {
        write(sources, "a/A.java", "package wordbench.harness.a;\nimport wordbench.harness.b.B;\nclass A { B b; }\n");
        write(sources, "b/B.java", "package wordbench.harness.b;\n// wordbench.harness.a.A in a comment is no use\nclass B { wordbench.harness.c.C c; }\n");
        write(sources, "c/C.java", "package wordbench.harness.c;\nimport static wordbench.harness.a.A.VALUE;\nclass C { }\n");
        write(sources, "d/D.java", "package wordbench.harness.d;\nimport wordbench.harness.a.A;\nclass D { String s = \"wordbench.harness.d\"; }\n");

        Map<String, Set<String>> uses = packageUses(sources);
        assertEquals(Set.of("wordbench.harness.c"), uses.get("wordbench.harness.b"), "comments are not uses");
        assertEquals(Set.of("wordbench.harness.a"), uses.get("wordbench.harness.d"), "strings are not uses");
        List<String> cycle = findCycle(uses).orElseThrow(() -> new AssertionError("missed a → b → c → a"));
        assertEquals(4, cycle.size(), cycle.toString());
        assertEquals(cycle.getFirst(), cycle.getLast(), cycle.toString());
        assertTrue(cycle.containsAll(List.of("wordbench.harness.a", "wordbench.harness.b", "wordbench.harness.c")),
                cycle.toString());

        Files.delete(sources.resolve("c/C.java"));
        write(sources, "c/C.java", "package wordbench.harness.c;\nclass C { }\n");
        assertTrue(findCycle(packageUses(sources)).isEmpty(), "no cycle once c stops using a");
    }

    /** Package → the other harness packages its source files name. */
    static Map<String, Set<String>> packageUses(Path sources) throws IOException {
        Pattern packageLine = Pattern.compile("^package\\s+([\\w.]+)\\s*;", Pattern.MULTILINE);
        // A class in the root package is named wordbench.harness.Upper; a sub-package starts lower case.
        Pattern reference = Pattern.compile("\\b" + Pattern.quote(ROOT) + "\\.([a-z]\\w*)?");
        Map<String, Set<String>> uses = new TreeMap<>();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(sources)) {
            files = walk.filter(p -> p.toString().endsWith(".java")).toList();
        }
        for (Path file : files) {
            String code = withoutCommentsAndStrings(Files.readString(file));
            Matcher declared = packageLine.matcher(code);
            if (!declared.find()) {
                continue;
            }
            String own = declared.group(1);
            Set<String> targets = uses.computeIfAbsent(own, k -> new TreeSet<>());
            Matcher m = reference.matcher(code.substring(declared.end()));
            while (m.find()) {
                String target = m.group(1) == null ? ROOT : ROOT + "." + m.group(1);
                if (!target.equals(own)) {
                    targets.add(target);
                }
            }
        }
        return uses;
    }

    /** One cycle as a path that ends where it starts, if the graph has any. */
    static Optional<List<String>> findCycle(Map<String, Set<String>> uses) {
        Map<String, Integer> state = new TreeMap<>(); // absent: unseen, 1: on the path, 2: done
        for (String start : uses.keySet()) {
            List<String> path = new ArrayList<>();
            Optional<List<String>> cycle = visit(start, uses, state, path);
            if (cycle.isPresent()) {
                return cycle;
            }
        }
        return Optional.empty();
    }

    private static Optional<List<String>> visit(String node, Map<String, Set<String>> uses,
                                                Map<String, Integer> state, List<String> path) {
        Integer seen = state.get(node);
        if (seen != null && seen == 2) {
            return Optional.empty();
        }
        if (seen != null) {
            List<String> cycle = new ArrayList<>(path.subList(path.indexOf(node), path.size()));
            cycle.add(node);
            return Optional.of(cycle);
        }
        state.put(node, 1);
        path.add(node);
        for (String next : uses.getOrDefault(node, Set.of())) {
            Optional<List<String>> cycle = visit(next, uses, state, path);
            if (cycle.isPresent()) {
                return cycle;
            }
        }
        path.removeLast();
        state.put(node, 2);
        return Optional.empty();
    }

    /** Blanks comments, string and char literals (text blocks included) so names in them do not count. */
    static String withoutCommentsAndStrings(String source) {
        StringBuilder out = new StringBuilder(source.length());
        int i = 0;
        while (i < source.length()) {
            if (source.startsWith("//", i)) {
                int end = source.indexOf('\n', i);
                i = end < 0 ? source.length() : end;
            } else if (source.startsWith("/*", i)) {
                int end = source.indexOf("*/", i + 2);
                i = end < 0 ? source.length() : end + 2;
                out.append(' ');
            } else if (source.startsWith("\"\"\"", i)) {
                int end = source.indexOf("\"\"\"", i + 3);
                i = end < 0 ? source.length() : end + 3;
                out.append("\"\"");
            } else if (source.charAt(i) == '"' || source.charAt(i) == '\'') {
                char quote = source.charAt(i);
                int j = i + 1;
                while (j < source.length() && source.charAt(j) != quote) {
                    j += source.charAt(j) == '\\' ? 2 : 1;
                }
                i = j + 1;
                out.append(quote).append(quote);
            } else {
                out.append(source.charAt(i++));
            }
        }
        return out.toString();
    }

    private static void write(Path root, String relative, String content) throws IOException {
        Path file = root.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }
}
