package io.dmconnect.sink.tidb.error;

import static org.assertj.core.api.Assertions.assertThat;

import io.dmconnect.common.config.ConfigDocs;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ErrorCatalogueTest {
    private static final Path CATALOGUE = Path.of("..", "docs", "errors.md");

    @Test
    void codesAreUniqueAndStable() {
        Set<Integer> numbers = new HashSet<>();
        Arrays.stream(ErrorCode.values()).forEach(c -> assertThat(numbers.add(c.number())).as(c.code()).isTrue());
        // pinned: a code never changes its number, so logs and docs stay searchable
        assertThat(ErrorCode.RETRIES_EXHAUSTED.code()).isEqualTo("DMC-SINK-1001");
        assertThat(ErrorCode.ROW_REJECTED.code()).isEqualTo("DMC-SINK-1003");
        assertThat(ErrorCode.UNSUPPORTED_DDL.code()).isEqualTo("DMC-SINK-2001");
        assertThat(ErrorCode.CANNOT_CREATE_TABLE.code()).isEqualTo("DMC-SINK-2008");
    }

    @ParameterizedTest
    @EnumSource(ErrorCode.class)
    void everyCodeSaysWhatHappenedAndWhatToDo(ErrorCode code) {
        assertThat(code.code()).matches("DMC-SINK-[12]\\d{3}");
        assertThat(code.message()).isNotBlank().doesNotEndWith(".");
        assertThat(code.workaround()).isNotBlank().endsWith(".");
    }

    @Test
    void aSinkExceptionStartsWithItsCodeAndEndsWithTheWorkaround() {
        SinkException e = new SinkException(ErrorCode.DDL_FAILED, "[DROP TABLE x]", new IllegalStateException());
        assertThat(e.code()).isEqualTo(ErrorCode.DDL_FAILED);
        assertThat(e.getMessage()).isEqualTo("DMC-SINK-2002: A DDL failed downstream: [DROP TABLE x]. "
                + ErrorCode.DDL_FAILED.workaround());
        assertThat(new SinkException(ErrorCode.DDL_FAILED, null).getMessage())
                .startsWith("DMC-SINK-2002: A DDL failed downstream. ");
        assertThat(e).isInstanceOf(org.apache.kafka.connect.errors.ConnectException.class);
    }

    @Test
    void theCatalogueIsCurrent() {
        String md = ErrorDocs.markdown();
        assertThat(md).contains("| `DMC-SINK-2001` |").contains("| 9007 | `RETRY` | `RETRY` | `RETRY` | `RETRY` |")
                .contains("| 1062 | `RECORD` | `RECORD` | `FATAL` | `FATAL` |")
                .contains("| 1060 | `FATAL` | `FATAL` | `IGNORABLE_DDL` | `IGNORABLE_DDL` |")
                .contains("| 9002 | `RETRY_IF_IDEMPOTENT` | `RETRY` | `RETRY_IF_IDEMPOTENT` | `RETRY` |");
        assertThat(ConfigDocs.syncReference(CATALOGUE, md, Boolean.getBoolean("dmconnect.docs.regenerate")))
                .as("docs/errors.md is stale: mvn -pl connect-sink-tidb -am test -Ddmconnect.docs.regenerate=true")
                .isTrue();
    }
}
