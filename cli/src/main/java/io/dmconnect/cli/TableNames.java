package io.dmconnect.cli;

import io.dmconnect.common.TableId;
import io.dmconnect.common.config.ListValues;

/** Parses {@code db.table} from the command line; a part containing a dot is written in backquotes. */
final class TableNames {
    private TableNames() {
    }

    static TableId parse(String text) {
        int dot = separator(text);
        if (dot <= 0 || dot == text.length() - 1) {
            throw new Args.UsageException("'" + text + "' is not <db>.<table> (write `my.db`.orders when a name has a dot)");
        }
        return new TableId(ListValues.unquote(text.substring(0, dot)), ListValues.unquote(text.substring(dot + 1)));
    }

    /** The first dot outside backquotes. */
    private static int separator(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '`') {
                i = ListValues.closingQuote(text, i);
                if (i < 0) {
                    return -1;
                }
            } else if (c == '.') {
                return i;
            }
        }
        return -1;
    }
}
