package io.dmconnect.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConnectorFileTest {
    @TempDir
    Path dir;

    private Path write(String name, String... lines) throws Exception {
        return Files.writeString(dir.resolve(name), String.join("\n", lines) + "\n");
    }

    @Test
    void readsPropertiesWithEscapesCommentsAndTrimmedValues() throws Exception {
        Path file = write("s.properties", "# a comment", "! another", "name=up1",
                "connector.class=io.dmconnect.source.mysql.MySqlSourceConnector",
                "topics.regex=up[12]\\\\.shop_0[12]\\\\..*", "topic.prefix = up1   ");
        ConnectorFile c = ConnectorFile.load(file);
        assertThat(c.name()).isEqualTo("up1");
        assertThat(c.config()).containsEntry("topics.regex", "up[12]\\.shop_0[12]\\..*").containsEntry("topic.prefix", "up1")
                .containsEntry("name", "up1").hasSize(4);
        assertThat(c.isDmSource()).isTrue();
        assertThat(c.sourceId()).isEqualTo("up1");
        assertThat(c.with("source.id", "shard-a").sourceId()).isEqualTo("shard-a");
    }

    @Test
    void aFileWithoutNameOrClassIsAnErrorNamingTheFileAndBothKeys() throws Exception {
        Path file = write("bad.properties", "tasks.max=1");
        assertThatThrownBy(() -> ConnectorFile.load(file)).isInstanceOf(ConnectorFile.BadFileException.class)
                .hasMessage(file + ": name and connector.class missing: every connector file needs name=<connector name> "
                        + "and connector.class=<plugin class>");
    }

    @Test
    void everyBadFileIsReportedAtOnceIncludingMissingFilesAndDuplicateNames() throws Exception {
        Path a = write("a.properties", "name=x", "connector.class=C");
        Path b = write("b.properties", "name=x", "connector.class=C");
        Path c = write("c.properties", "name=y");
        Path missing = dir.resolve("nope.properties");
        assertThatThrownBy(() -> ConnectorFile.loadAll(List.of(a, b, c, missing)))
                .hasMessageContaining(b + ": name=x is also the name in " + a)
                .hasMessageContaining(c + ": connector.class missing")
                .hasMessageContaining(missing + ": no such file");
        assertThat(ConnectorFile.loadAll(List.of(a))).extracting(ConnectorFile::name).containsExactly("x");
    }
}
