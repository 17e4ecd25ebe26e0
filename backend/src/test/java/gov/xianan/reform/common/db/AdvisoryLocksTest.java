package gov.xianan.reform.common.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The lock spaces are the first keys of every advisory lock the application takes; two uses in one
 * would queue on each other. The sources are read to hold them to it.
 */
class AdvisoryLocksTest {

    private static final Pattern SQL_LOCK = Pattern.compile("pg_(?:try_)?advisory_(?:xact_)?lock(?:_shared)?\\(\\s*(\\d+)\\s*,");

    @Test
    void everyUseHasASpaceOfItsOwn() {
        int[] keys = Arrays.stream(AdvisoryLocks.Space.values()).mapToInt(s -> s.key).toArray();
        assertThat(keys).doesNotHaveDuplicates();
    }

    @Test
    void theMigrationsTakeTheirLocksInListedSpaces() throws IOException {
        Set<Integer> spaces = Arrays.stream(AdvisoryLocks.Space.values()).map(s -> s.key).collect(Collectors.toSet());
        List<Integer> taken = new ArrayList<>();
        for (Path sql : files(Path.of("src/main/resources/db"), ".sql")) {
            Matcher m = SQL_LOCK.matcher(Files.readString(sql));
            while (m.find()) {
                taken.add(Integer.parseInt(m.group(1)));
            }
        }
        assertThat(taken).isNotEmpty().allSatisfy(key -> assertThat(spaces).contains(key));
    }

    @Test
    void javaCodeTakesAdvisoryLocksOnlyThroughTheHelper() throws IOException {
        List<String> elsewhere = new ArrayList<>();
        for (Path java : files(Path.of("src/main/java"), ".java")) {
            if (!java.endsWith("AdvisoryLocks.java") && Files.readString(java).contains("advisory_")) {
                elsewhere.add(java.toString());
            }
        }
        assertThat(elsewhere).isEmpty();
    }

    private static List<Path> files(Path root, String suffix) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(p -> p.toString().endsWith(suffix)).toList();
        }
    }
}
