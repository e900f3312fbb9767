package io.dmconnect.common.ddl;

import io.dmconnect.common.TableId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * SQL text with its table names kept as slots, so a statement can be printed for another table name (routing)
 * without re-parsing it. A slot prints as {@link TableId#quoted()}: {@code `db`.`t`}, or {@code `db`} for a
 * schema-only id.
 */
public final class SqlTemplate {
    private final List<Object> parts;

    private SqlTemplate(List<Object> parts) {
        this.parts = List.copyOf(parts);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The SQL with every slot filled. */
    public String render() {
        StringBuilder out = new StringBuilder();
        for (Object part : parts) {
            out.append(part instanceof TableId id ? id.quoted() : (String) part);
        }
        return out.toString();
    }

    /** The same text with every table slot passed through {@code rename}. */
    public SqlTemplate renamed(Function<TableId, TableId> rename) {
        List<Object> renamed = new ArrayList<>(parts.size());
        for (Object part : parts) {
            renamed.add(part instanceof TableId id ? Objects.requireNonNull(rename.apply(id), "renamed id") : part);
        }
        return new SqlTemplate(renamed);
    }

    /** Every table slot, in order. */
    public List<TableId> tables() {
        return parts.stream().filter(TableId.class::isInstance).map(TableId.class::cast).toList();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SqlTemplate other && parts.equals(other.parts);
    }

    @Override
    public int hashCode() {
        return parts.hashCode();
    }

    @Override
    public String toString() {
        return render();
    }

    /** Appends text and slots; adjacent texts are merged. */
    public static final class Builder {
        private final List<Object> parts = new ArrayList<>();

        public Builder text(String text) {
            if (text.isEmpty()) {
                return this;
            }
            if (!parts.isEmpty() && parts.get(parts.size() - 1) instanceof String last) {
                parts.set(parts.size() - 1, last + text);
            } else {
                parts.add(text);
            }
            return this;
        }

        /** Appends another template's text and slots. */
        public Builder append(SqlTemplate other) {
            for (Object part : other.parts) {
                if (part instanceof TableId id) {
                    table(id);
                } else {
                    text((String) part);
                }
            }
            return this;
        }

        public Builder table(TableId id) {
            parts.add(Objects.requireNonNull(id, "id"));
            return this;
        }

        /** Tokens [from, to) with the given table references printed as slots. */
        Builder tokens(List<Token> tokens, int from, int to, List<TokenCursor.TableRef> refs) {
            int i = from;
            while (i < to && tokens.get(i).type() != Token.Type.EOF) {
                Token t = tokens.get(i);
                if (i > from && t.spaceBefore()) {
                    text(" ");
                }
                TokenCursor.TableRef ref = refAt(refs, i);
                if (ref != null) {
                    table(ref.id());
                    i = ref.to();
                } else {
                    text(TokenText.print(t));
                    i++;
                }
            }
            return this;
        }

        private static TokenCursor.TableRef refAt(List<TokenCursor.TableRef> refs, int index) {
            for (TokenCursor.TableRef ref : refs) {
                if (ref.from() == index) {
                    return ref;
                }
            }
            return null;
        }

        public SqlTemplate build() {
            return new SqlTemplate(parts);
        }
    }
}
