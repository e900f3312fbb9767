package io.dmconnect.common.ddl;

import io.dmconnect.common.TableId;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Best-effort, deliberately over-inclusive list of the tables an unparseable statement could touch, so a caller
 * can prove that it does not touch a captured table. Every identifier that could be a table name is reported:
 * {@code a.b} as table {@code b} of schema {@code a} (and {@code a} as a schema), every other quoted identifier and
 * every unquoted word that is not a reserved word (reserved words cannot name a table unquoted) as a table of the
 * default schema, and every name after DATABASE/SCHEMA as a schema. Column names, aliases and keywords show up as
 * false positives; that only makes a caller fail safe. Text inside string literals and comments is not scanned
 * (servers never run it as a name). Unqualified names with an empty default schema come back with schema "",
 * which a caller must read as "any schema".
 */
public final class MentionedTables {
    private static final Pattern NAME = Pattern.compile("`((?:[^`]|``)+)`|([A-Za-z0-9_$\\u0080-\\uffff]+)");

    private MentionedTables() {
    }

    /** From the statement's tokens. */
    static Set<TableId> of(List<Token> tokens, String defaultSchema) {
        String schema = defaultSchema == null ? "" : defaultSchema;
        Set<TableId> names = new LinkedHashSet<>();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (!candidate(t)) {
                continue;
            }
            Token dot = i + 1 < tokens.size() ? tokens.get(i + 1) : null;
            Token next = i + 2 < tokens.size() ? tokens.get(i + 2) : null;
            if (dot != null && dot.isSymbol(".") && next != null && next.isIdentifier()) {
                names.add(new TableId(t.value(), next.value()));
                names.add(TableId.schemaOnly(t.value()));
                i += 2;
            } else if (i > 0 && (tokens.get(i - 1).isWord("DATABASE") || tokens.get(i - 1).isWord("SCHEMA"))) {
                names.add(TableId.schemaOnly(t.value()));
            } else {
                names.add(new TableId(schema, t.value()));
            }
        }
        return names;
    }

    /** From raw text, when the statement cannot even be tokenized (unterminated quote): every word counts. */
    public static Set<TableId> ofText(String sql, String defaultSchema) {
        String schema = defaultSchema == null ? "" : defaultSchema;
        Set<TableId> names = new LinkedHashSet<>();
        Matcher m = NAME.matcher(sql);
        while (m.find()) {
            String name = m.group(1) != null ? m.group(1).replace("``", "`") : m.group(2);
            if (m.group(2) != null && Keywords.isReserved(name)) {
                continue;
            }
            names.add(new TableId(schema, name));
            names.add(TableId.schemaOnly(name));
        }
        return names;
    }

    private static boolean candidate(Token t) {
        return t.type() == Token.Type.QUOTED_ID
                || (t.type() == Token.Type.WORD && !Keywords.isReserved(t.text().toUpperCase(Locale.ROOT)));
    }
}
