package io.dmconnect.common.ddl;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Reads the DDL corpus in {@code src/test/resources/ddl-corpus} (format: its README.md). */
final class DdlCorpus {
    /** One statement with its expectations. */
    record Entry(String file, int line, String sql, String expect, Integer pieces, ServerFlavor flavor) {
        @Override
        public String toString() {
            return file + ":" + line;
        }
    }

    private DdlCorpus() {
    }

    static List<String> files() {
        try (Stream<Path> files = Files.list(directory())) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".sql")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Entry> entries() {
        List<Entry> all = new ArrayList<>();
        for (String file : files()) {
            all.addAll(entries(file));
        }
        return all;
    }

    static List<Entry> entries(String file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(directory().resolve(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Entry> entries = new ArrayList<>();
        String fileDefault = "ddl";
        List<String> paragraph = new ArrayList<>();
        int start = 1;
        for (int i = 0; i <= lines.size(); i++) {
            String line = i < lines.size() ? lines.get(i) : "";
            if (!line.isBlank()) {
                if (paragraph.isEmpty()) {
                    start = i + 1;
                }
                paragraph.add(line);
                continue;
            }
            if (!paragraph.isEmpty()) {
                String declared = directive(paragraph, "default");
                if (declared != null) {
                    fileDefault = declared;
                } else {
                    entries.add(entry(file, start, paragraph, fileDefault));
                }
                paragraph = new ArrayList<>();
            }
        }
        return entries;
    }

    private static Entry entry(String file, int line, List<String> paragraph, String fileDefault) {
        String expect = directive(paragraph, "expect");
        String pieces = directive(paragraph, "pieces");
        String flavor = directive(paragraph, "flavor");
        String sql = String.join("\n", paragraph.stream().filter(l -> !l.startsWith("--@")).toList());
        return new Entry(file, line, sql, expect == null ? fileDefault : expect,
                pieces == null ? null : Integer.valueOf(pieces),
                "mysql".equals(flavor) ? ServerFlavor.MYSQL_8_0 : ServerFlavor.MARIADB_10_11);
    }

    private static String directive(List<String> paragraph, String name) {
        for (String line : paragraph) {
            if (line.startsWith("--@ " + name + ":")) {
                return line.substring(line.indexOf(':') + 1).trim();
            }
        }
        return null;
    }

    /** The category name of a parse result, as the corpus spells it. */
    static String category(ParsedStatement parsed) {
        if (parsed instanceof ParsedStatement.Ddl) {
            return "ddl";
        } else if (parsed instanceof ParsedStatement.Skipped) {
            return "skipped";
        } else if (parsed instanceof ParsedStatement.TransactionControl) {
            return "tx";
        } else if (parsed instanceof ParsedStatement.NotDdl) {
            return "notddl";
        }
        return "unparseable";
    }

    private static Path directory() {
        try {
            return Path.of(DdlCorpus.class.getResource("/ddl-corpus").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
