package io.dmconnect.common.rules.expr;

import static org.assertj.core.api.Assertions.assertThat;

import io.dmconnect.common.rules.expr.fn.Functions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every function the parser accepts is listed in the user documentation, so the two cannot drift apart. */
class SupportedSetDocumentedTest {
    /** The fragment as written, or the merged rules page it becomes part of. */
    private static final List<Path> DOCS = List.of(Path.of("../docs/rules/expression-filter.md"), Path.of("../docs/rules.md"));

    static Stream<String> functions() {
        return Functions.all().keySet().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("functions")
    void functionIsDocumented(String name) throws IOException {
        String doc = documentation();
        assertThat(doc.contains("`" + name + "`") || doc.contains("`" + name + "(")).as("%s in the documentation", name).isTrue();
    }

    private static String documentation() throws IOException {
        StringBuilder all = new StringBuilder();
        for (Path p : DOCS) {
            if (Files.exists(p)) {
                all.append(Files.readString(p));
            }
        }
        assertThat(all).as("the expression filter documentation (%s)", DOCS).contains("## Expression filter");
        return all.toString();
    }
}
