package io.dmconnect.common.rules.expr.parse;

import io.dmconnect.common.rules.expr.ExpressionException;
import io.dmconnect.common.rules.expr.ExpressionException.Kind;
import io.dmconnect.common.rules.expr.ast.Expr;
import io.dmconnect.common.rules.expr.ast.Expr.CastType;
import io.dmconnect.common.rules.expr.ast.IntervalUnit;
import io.dmconnect.common.rules.expr.fn.FunctionDef;
import io.dmconnect.common.rules.expr.fn.Functions;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import net.sf.jsqlparser.expression.CastExpression;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.ExtractExpression;
import net.sf.jsqlparser.expression.Function;
import net.sf.jsqlparser.expression.IntervalExpression;
import net.sf.jsqlparser.expression.TimeKeyExpression;
import net.sf.jsqlparser.expression.TrimFunction;
import net.sf.jsqlparser.statement.create.table.ColDataType;

/** Translation of function calls and the call-like syntax (TRIM, CAST, EXTRACT, INTERVAL, CURRENT_TIMESTAMP). */
final class Calls {
    private static final Set<String> AGGREGATES = Set.of("COUNT", "SUM", "AVG", "MIN", "MAX", "GROUP_CONCAT", "BIT_AND",
            "BIT_OR", "BIT_XOR", "STD", "STDDEV", "STDDEV_POP", "STDDEV_SAMP", "VARIANCE", "VAR_POP", "VAR_SAMP", "JSON_ARRAYAGG",
            "JSON_OBJECTAGG", "ANY_VALUE");
    private static final Set<String> TIME_KEYWORDS = Set.of("CURRENT_TIMESTAMP", "CURRENT_DATE", "CURRENT_TIME", "LOCALTIME",
            "LOCALTIMESTAMP");
    private static final Set<String> DIFF_UNITS = Set.of("MICROSECOND", "SECOND", "MINUTE", "HOUR", "DAY", "WEEK", "MONTH",
            "QUARTER", "YEAR");
    private static final Set<String> EXTRACT_UNITS = Set.of("MICROSECOND", "SECOND", "MINUTE", "HOUR", "DAY", "MONTH",
            "QUARTER", "YEAR", "YEAR_MONTH");

    private final Translator translator;

    Calls(Translator translator) {
        this.translator = translator;
    }

    /** {@code CURRENT_TIMESTAMP} and its relatives written without parentheses arrive as column names. */
    Expr bareKeyword(String name) {
        String upper = name.toUpperCase(Locale.ROOT);
        return TIME_KEYWORDS.contains(upper) ? new Expr.Call(upper, List.of()) : null;
    }

    Expr function(Function f) {
        if (f.getMultipartName() != null && f.getMultipartName().size() > 1) {
            throw ExpressionException.unsupported("function " + f.getName() + "(...) (a qualified name)");
        }
        String name = f.getName().toUpperCase(Locale.ROOT);
        if (AGGREGATES.contains(name)) {
            throw ExpressionException.unsupported("aggregate function " + name + "(...)");
        }
        if (f.isDistinct() || f.isAllColumns() || f.getKeep() != null || f.getOrderByElements() != null) {
            throw ExpressionException.unsupported("function " + f);
        }
        List<Expression> params = new ArrayList<>();
        if (f.getParameters() != null) {
            params.addAll(f.getParameters());
        } else if (f.getNamedParameters() != null) {
            if (!name.equals("SUBSTRING") && !name.equals("SUBSTR") && !name.equals("POSITION")) {
                throw ExpressionException.unsupported("function " + f);
            }
            params.addAll(f.getNamedParameters()); // SUBSTRING(s FROM p FOR n), POSITION(sub IN s): already in order
        }
        if (name.equals("POSITION")) {
            name = "LOCATE";
        }
        return switch (name) {
            case "TIMESTAMPDIFF" -> timestampDiff(f, params);
            case "DATE_ADD", "DATE_SUB", "ADDDATE", "SUBDATE" -> dateAdd(f, name, params);
            default -> call(f, name, translate(params));
        };
    }

    private List<Expr> translate(List<Expression> params) {
        List<Expr> args = new ArrayList<>();
        for (Expression p : params) {
            if (p instanceof IntervalExpression) {
                throw ExpressionException.unsupported("INTERVAL as an argument here: " + p);
            }
            args.add(translator.translate(p));
        }
        return args;
    }

    private static Expr call(Object source, String name, List<Expr> args) {
        FunctionDef def = Functions.find(name).orElseThrow(() -> ExpressionException.unsupported("function " + name + "(...)"));
        if (!def.accepts(args.size())) {
            throw new ExpressionException(Kind.SYNTAX, "`" + source + "`: " + name + " takes " + def.arity() + ", not " + args.size());
        }
        return new Expr.Call(name, args);
    }

    private Expr timestampDiff(Function f, List<Expression> params) {
        if (params.size() != 3) {
            throw new ExpressionException(Kind.SYNTAX, "`" + f + "`: TIMESTAMPDIFF takes a unit and 2 arguments");
        }
        String unit = params.get(0).toString().toUpperCase(Locale.ROOT).replace("SQL_TSI_", "");
        if (!DIFF_UNITS.contains(unit)) {
            throw ExpressionException.unsupported("TIMESTAMPDIFF unit " + params.get(0) + " (use one of " + DIFF_UNITS + ")");
        }
        List<Expr> args = new ArrayList<>(List.of(new Expr.Keyword(unit)));
        args.addAll(translate(params.subList(1, 3)));
        return new Expr.Call("TIMESTAMPDIFF", args);
    }

    private Expr dateAdd(Function f, String name, List<Expression> params) {
        if (params.size() != 2) {
            throw new ExpressionException(Kind.SYNTAX, "`" + f + "`: " + name + " takes a date and an INTERVAL");
        }
        Expr date = translator.translate(params.get(0));
        Expression amount = params.get(1);
        boolean subtract = name.equals("DATE_SUB") || name.equals("SUBDATE");
        Expr interval;
        if (amount instanceof IntervalExpression i) {
            interval = interval(i);
        } else if (name.equals("ADDDATE") || name.equals("SUBDATE")) {
            interval = new Expr.Interval(translator.translate(amount), IntervalUnit.DAY); // ADDDATE(d, n): n days
        } else {
            throw new ExpressionException(Kind.SYNTAX, "`" + f + "`: the second argument of " + name + " must be INTERVAL n unit");
        }
        return new Expr.Call(subtract ? "DATE_SUB" : "DATE_ADD", List.of(date, interval));
    }

    /** {@code INTERVAL amount unit}, in the several shapes JSqlParser gives it. */
    Expr.Interval interval(IntervalExpression i) {
        String unitName = unitOf(i);
        Expr amount;
        if (i.getExpression() != null) {
            Expression inner = i.getExpression();
            if (inner instanceof IntervalExpression nested) {
                unitName = unitName == null ? unitOf(nested) : unitName;
                inner = nested.getExpression() != null ? nested.getExpression() : ExprParser.parseTree(nested.getParameter());
            }
            if (inner instanceof Function fn && fn.getName().equalsIgnoreCase("INTERVAL") && fn.getParameters() != null
                    && fn.getParameters().size() == 1) {
                inner = (Expression) fn.getParameters().get(0); // INTERVAL (c + 1) DAY
            }
            amount = translator.translate(inner);
        } else {
            amount = translator.translate(ExprParser.parseTree(i.getParameter()));
        }
        IntervalUnit unit = unitName == null ? null : IntervalUnit.of(unitName).orElse(null);
        if (unit == null) {
            throw ExpressionException.unsupported("INTERVAL unit " + (unitName == null ? "(missing)" : unitName) + " in " + i);
        }
        return new Expr.Interval(amount, unit);
    }

    private static String unitOf(IntervalExpression i) {
        if (i.getIntervalType() != null) {
            return i.getIntervalType();
        }
        if (i.getIntervalQualifier() == null) {
            return null;
        }
        if (i.getIntervalQualifier().getTrailingField() != null) {
            return i.getIntervalQualifier().getLeadingField() + " TO " + i.getIntervalQualifier().getTrailingField();
        }
        return i.getIntervalQualifier().getLeadingField();
    }

    Expr trim(TrimFunction t) {
        Expr first = translator.translate(t.getExpression());
        String mode = t.getTrimSpecification() == null ? "BOTH" : t.getTrimSpecification().name();
        if (t.getFromExpression() == null) {
            return new Expr.Call("TRIM", List.of(first, new Expr.Literal(" "), new Expr.Literal(mode)));
        }
        return new Expr.Call("TRIM", List.of(translator.translate(t.getFromExpression()), first, new Expr.Literal(mode)));
    }

    Expr cast(CastExpression c) {
        if (!c.isUseCastKeyword() || !c.toString().regionMatches(true, 0, "CAST(", 0, 5)) {
            throw ExpressionException.unsupported("cast syntax `" + c + "`: write CAST(x AS type)");
        }
        ColDataType type = c.getColDataType();
        String name = type.getDataType().replaceAll("\\s*\\(.*$", "").trim().toUpperCase(Locale.ROOT);
        CastType target = switch (name) {
            case "SIGNED", "SIGNED INTEGER", "SIGNED INT" -> CastType.SIGNED;
            case "UNSIGNED", "UNSIGNED INTEGER", "UNSIGNED INT" -> CastType.UNSIGNED;
            case "DECIMAL" -> CastType.DECIMAL;
            case "DOUBLE", "FLOAT", "REAL" -> CastType.DOUBLE;
            case "CHAR", "NCHAR" -> CastType.CHAR;
            case "BINARY" -> CastType.BINARY;
            case "DATE" -> CastType.DATE;
            case "DATETIME" -> CastType.DATETIME;
            case "TIME" -> CastType.TIME;
            case "JSON" -> CastType.JSON;
            default -> throw ExpressionException.unsupported("CAST to " + type.getDataType());
        };
        return new Expr.Cast(translator.translate(c.getLeftExpression()), target, type.getPrecision(), type.getScale());
    }

    Expr extract(ExtractExpression x) {
        String unit = x.getName().toUpperCase(Locale.ROOT);
        if (!EXTRACT_UNITS.contains(unit)) {
            throw ExpressionException.unsupported("EXTRACT unit " + x.getName() + " (use one of " + EXTRACT_UNITS + ")");
        }
        return new Expr.Call("EXTRACT", List.of(new Expr.Keyword(unit), translator.translate(x.getExpression())));
    }

    Expr timeKey(TimeKeyExpression t) {
        String text = t.getStringValue().trim().toUpperCase(Locale.ROOT);
        int paren = text.indexOf('(');
        String name = paren < 0 ? text : text.substring(0, paren).trim();
        if (!TIME_KEYWORDS.contains(name)) {
            throw ExpressionException.unsupported(t.getStringValue());
        }
        String inside = paren < 0 ? "" : text.substring(paren + 1, text.lastIndexOf(')')).trim();
        List<Expr> args = inside.isEmpty() ? List.of() : List.of(translator.translate(ExprParser.parseTree(inside)));
        return call(t, name, args);
    }
}
