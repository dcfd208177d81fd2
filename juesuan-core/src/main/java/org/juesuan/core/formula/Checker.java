package org.juesuan.core.formula;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.juesuan.core.money.Amount;
import org.juesuan.core.money.Ratio;
import org.juesuan.core.money.Rounding;

/**
 * Checks a parsed formula against a {@link Schema} and compiles it (公式检查与编译).
 *
 * <p>Every table, row, column and name is resolved, and every operation typed: amounts add to amounts, an amount
 * divided by an amount is a number (a ratio) that must not be compared with an amount, comparisons need operands of
 * one type (a bare {@code 0} may stand for a zero amount), {@code and}/{@code or}/{@code not} need truth values.
 * A reference that cannot be resolved is an error here, never a silently false rule later.
 *
 * <p>Functions: {@code sum}, {@code abs}, {@code min}, {@code max}, {@code round(x, n)}, {@code if(c, a, b)},
 * {@code isBlank(x)}, {@code approx(a, b, tolerance)}, {@code percent(part, whole, decimals)}, {@code count(list)},
 * {@code exists(cell)}, {@code matches(stated, exact)} (a stated number against an exact one at the stated number's
 * precision), {@code decimals(x)} (the decimals a number was written with), {@code level()} (the depth of the
 * current row: 0 fixed, 1 类, 2 款, 3 项).
 *
 * <p>Stateless and thread-safe.
 */
public final class Checker {

    private final Schema schema;
    private final Iteration iteration;

    /**
     * What a rule iterates over, which gives {@code row} and {@code col} their meaning.
     *
     * @param table the table whose rows the rule iterates over, or null
     * @param section the section those rows are limited to, or null for all sections
     * @param columns whether the rule also iterates over the value columns of each row
     */
    public record Iteration(
            @Nullable String table, @Nullable String section, boolean columns) {
        /** No iteration: {@code row} and {@code col} are not defined. */
        public static final Iteration NONE = new Iteration(null, null, false);
    }

    private Checker(Schema schema, Iteration iteration) {
        this.schema = schema;
        this.iteration = iteration;
    }

    /**
     * Parses, checks and compiles a formula.
     *
     * @throws FormulaException with a Chinese message and the offset of the fault
     */
    public static CompiledFormula compile(String text, Schema schema, Iteration iteration) {
        Expr expr = Parser.parse(text);
        Typed typed = new Checker(schema, iteration).check(expr);
        return new CompiledFormula(text, expr, typed.type, typed.node);
    }

    /** A checked node with its type. */
    private record Typed(Type type, CompiledFormula.Node node, boolean zeroLiteral) {
        Typed(Type type, CompiledFormula.Node node) {
            this(type, node, false);
        }
    }

    private Typed check(Expr expr) {
        if (expr instanceof Expr.NumberLiteral) {
            Value value = new Value.NumberValue(((Expr.NumberLiteral) expr).value(), false);
            return new Typed(
                    Type.NUMBER,
                    env -> value,
                    ((Expr.NumberLiteral) expr).value().signum() == 0);
        }
        if (expr instanceof Expr.AmountLiteral) {
            Value value = new Value.AmountValue(((Expr.AmountLiteral) expr).value(), false, 0);
            return new Typed(Type.AMOUNT, env -> value);
        }
        if (expr instanceof Expr.BooleanLiteral) {
            Value value = new Value.TruthValue(Truth.of(((Expr.BooleanLiteral) expr).value()));
            return new Typed(Type.BOOLEAN, env -> value);
        }
        if (expr instanceof Expr.StringLiteral) {
            throw new FormulaException("文本只能用作行名称，如 T01[“本年收入合计”]", expr.offset());
        }
        if (expr instanceof Expr.CellRef) {
            return cell((Expr.CellRef) expr);
        }
        if (expr instanceof Expr.NameRef) {
            return name((Expr.NameRef) expr);
        }
        if (expr instanceof Expr.Unary) {
            return unary((Expr.Unary) expr);
        }
        if (expr instanceof Expr.Binary) {
            return binary((Expr.Binary) expr);
        }
        return call((Expr.Call) expr);
    }

    // ---- references ----

    private Typed cell(Expr.CellRef ref) {
        Schema.TableShape table = schema.table(ref.table())
                .orElseThrow(() -> new FormulaException("没有表“" + ref.table() + "”", ref.offset()));
        String tableId = table.id();
        Expr.RowSelector row = ref.row();
        Expr.ColumnSelector column = ref.column();
        if (column instanceof Expr.ColumnSelector.Current && !iteration.columns()) {
            throw new FormulaException("只有逐列检查的规则才能用 col", ref.offset());
        }
        if (row instanceof Expr.RowSelector.Current || row instanceof Expr.RowSelector.Children) {
            if (iteration.table() == null) {
                throw new FormulaException(
                        "只有逐行检查的规则才能用 " + (row instanceof Expr.RowSelector.Current ? "row" : "@children"),
                        ref.offset());
            }
            List<Schema.SectionShape> sections =
                    candidateSections(table, iteration.table().equals(tableId) ? iteration.section() : null);
            checkColumnInSections(ref, sections);
            if (row instanceof Expr.RowSelector.Children) {
                return new Typed(Type.AMOUNT_LIST, env -> {
                    String current = env.currentRow();
                    List<Value.AmountValue> items = new ArrayList<>();
                    for (String child : env.children(tableId, current)) {
                        items.add(read(env, table, child, column));
                    }
                    return new Value.ListValue(items);
                });
            }
            return new Typed(Type.AMOUNT, env -> read(env, table, env.currentRow(), column));
        }
        if (row instanceof Expr.RowSelector.Top) {
            List<Schema.SectionShape> sections = candidateSections(table, null);
            List<Schema.SectionShape> withColumn = new ArrayList<>();
            for (Schema.SectionShape section : sections) {
                if (section.column(column, "?") != null) {
                    withColumn.add(section);
                }
            }
            if (withColumn.size() != 1) {
                throw new FormulaException(
                        withColumn.isEmpty() ? "表 " + tableId + " 中没有这一栏" : "表 " + tableId + " 有多个表块含这一栏，@top 无法确定表块",
                        ref.offset());
            }
            String section = withColumn.get(0).id();
            return new Typed(Type.AMOUNT_LIST, env -> {
                List<Value.AmountValue> items = new ArrayList<>();
                for (String top : env.top(tableId, section)) {
                    items.add(read(env, table, top, column));
                }
                return new Value.ListValue(items);
            });
        }
        if (row instanceof Expr.RowSelector.Range) {
            Expr.RowSelector.Range range = (Expr.RowSelector.Range) row;
            Schema.SectionShape from = fixedSection(table, range.from(), ref);
            Schema.SectionShape to = fixedSection(table, range.to(), ref);
            if (!from.id().equals(to.id())
                    || from.rows().indexOf(range.from()) > from.rows().indexOf(range.to())) {
                throw new FormulaException("行范围 " + range.from() + ".." + range.to() + " 应在同一表块内且由前到后", ref.offset());
            }
            requireColumn(ref, from);
            return new Typed(Type.AMOUNT_LIST, env -> {
                List<Value.AmountValue> items = new ArrayList<>();
                for (String id : env.range(tableId, range.from(), range.to())) {
                    items.add(read(env, table, id, column));
                }
                return new Value.ListValue(items);
            });
        }
        String rowId;
        Schema.SectionShape section;
        if (row instanceof Expr.RowSelector.Label) {
            String label = ((Expr.RowSelector.Label) row).label();
            rowId = table.rowWithLabel(label)
                    .orElseThrow(() -> new FormulaException("表 " + tableId + " 中没有名为“" + label + "”的行", ref.offset()));
            section = table.sectionOfRow(rowId).orElseThrow();
        } else {
            rowId = ((Expr.RowSelector.Id) row).id();
            Optional<Schema.SectionShape> fixed = table.sectionOfRow(rowId);
            if (fixed.isPresent()) {
                section = fixed.get();
            } else if (rowId.chars().allMatch(Character::isDigit)) {
                section = table.sectionOfCode(rowId)
                        .orElseThrow(() ->
                                new FormulaException("表 " + tableId + " 不列示编码为 " + rowId + " 的科目行", ref.offset()));
            } else {
                throw new FormulaException("表 " + tableId + " 中没有行“" + rowId + "”", ref.offset());
            }
        }
        String columnId = requireColumn(ref, section);
        if (column instanceof Expr.ColumnSelector.Current) {
            return new Typed(Type.AMOUNT, env -> env.cell(tableId, rowId, env.currentColumn()));
        }
        return new Typed(Type.AMOUNT, env -> env.cell(tableId, rowId, columnId));
    }

    private static Schema.SectionShape fixedSection(Schema.TableShape table, String id, Expr.CellRef ref) {
        return table.sectionOfRow(id)
                .orElseThrow(() -> new FormulaException("表 " + table.id() + " 中没有行“" + id + "”", ref.offset()));
    }

    private List<Schema.SectionShape> candidateSections(Schema.TableShape table, @Nullable String section) {
        if (section == null) {
            return table.sections();
        }
        List<Schema.SectionShape> one = new ArrayList<>();
        table.sections().stream().filter(s -> s.id().equals(section)).forEach(one::add);
        return one;
    }

    /** Checks that the column exists in every section the current row may belong to. */
    private void checkColumnInSections(Expr.CellRef ref, List<Schema.SectionShape> sections) {
        if (ref.column() instanceof Expr.ColumnSelector.Current) {
            return;
        }
        for (Schema.SectionShape section : sections) {
            if (section.column(ref.column(), null) == null) {
                throw new FormulaException(
                        "表 " + ref.table() + " 的表块“" + section.id() + "”中没有" + describe(ref.column())
                                + "（逐行检查多表块的表时，请用 each.section 限定表块）",
                        ref.offset());
            }
        }
    }

    private String requireColumn(Expr.CellRef ref, Schema.SectionShape section) {
        if (ref.column() instanceof Expr.ColumnSelector.Current) {
            return "";
        }
        String id = section.column(ref.column(), null);
        if (id == null) {
            throw new FormulaException(
                    "表 " + ref.table() + " 的表块“" + section.id() + "”中没有" + describe(ref.column()), ref.offset());
        }
        return id;
    }

    private static String describe(Expr.@Nullable ColumnSelector column) {
        if (column == null) {
            return "唯一的数值栏（该表块有多栏，请写明栏）";
        }
        if (column instanceof Expr.ColumnSelector.Number) {
            return "栏次 " + ((Expr.ColumnSelector.Number) column).number();
        }
        return column instanceof Expr.ColumnSelector.Id ? "栏“" + ((Expr.ColumnSelector.Id) column).id() + "”" : "col";
    }

    /** Reads a cell of a row whose section is known only at run time. */
    private static Value.AmountValue read(
            Environment env, Schema.TableShape table, @Nullable String row, Expr.@Nullable ColumnSelector column) {
        if (row == null) {
            return Value.BLANK_AMOUNT;
        }
        // on the hot path: plain loops over the one or two sections, no streams
        Optional<String> sectionId = env.sectionOf(table.id(), row);
        Schema.SectionShape section = null;
        if (sectionId.isPresent()) {
            for (Schema.SectionShape candidate : table.sections()) {
                if (candidate.id().equals(sectionId.get())) {
                    section = candidate;
                    break;
                }
            }
        } else {
            for (Schema.SectionShape candidate : table.sections()) {
                if (candidate.acceptsCode(row)) {
                    section = candidate;
                    break;
                }
            }
        }
        if (section == null) {
            return Value.BLANK_AMOUNT;
        }
        String columnId = section.column(column, env.currentColumn());
        return columnId == null ? Value.BLANK_AMOUNT : env.cell(table.id(), row, columnId);
    }

    private Typed name(Expr.NameRef ref) {
        Type type = schema.name(ref.namespace(), ref.path())
                .orElseThrow(
                        () -> new FormulaException("未知的名称“" + ref.namespace() + "." + ref.path() + "”", ref.offset()));
        String namespace = ref.namespace();
        String path = ref.path();
        return new Typed(type, env -> env.name(namespace, path));
    }

    // ---- operators ----

    private Typed unary(Expr.Unary unary) {
        Typed operand = check(unary.operand());
        if (unary.op() == Expr.UnaryOp.NOT) {
            expect(operand, Type.BOOLEAN, unary.operand(), "not");
            return new Typed(
                    Type.BOOLEAN,
                    env -> new Value.TruthValue(truth(operand.node.eval(env)).not()));
        }
        if (operand.type == Type.AMOUNT) {
            return new Typed(Type.AMOUNT, env -> {
                Value.AmountValue value = (Value.AmountValue) operand.node.eval(env);
                return new Value.AmountValue(value.amount().negated(), value.blank(), value.terms());
            });
        }
        expect(operand, Type.NUMBER, unary.operand(), "取负");
        return new Typed(Type.NUMBER, env -> {
            Value.NumberValue value = (Value.NumberValue) operand.node.eval(env);
            return new Value.NumberValue(value.value().negate(), value.blank());
        });
    }

    private Typed binary(Expr.Binary binary) {
        Typed left = check(binary.left());
        Typed right = check(binary.right());
        Expr.BinaryOp op = binary.op();
        switch (op) {
            case AND:
            case OR:
                expect(left, Type.BOOLEAN, binary.left(), op.symbol());
                expect(right, Type.BOOLEAN, binary.right(), op.symbol());
                boolean and = op == Expr.BinaryOp.AND;
                return new Typed(Type.BOOLEAN, env -> {
                    Truth a = truth(left.node.eval(env));
                    if (and && a == Truth.FALSE || !and && a == Truth.TRUE) {
                        return new Value.TruthValue(a);
                    }
                    Truth b = truth(right.node.eval(env));
                    return new Value.TruthValue(and ? a.and(b) : a.or(b));
                });
            case ADD:
            case SUBTRACT:
                return additive(binary, left, right);
            case MULTIPLY:
                return multiply(binary, left, right);
            case DIVIDE:
                return divide(binary, left, right);
            default:
                return comparison(binary, left, right);
        }
    }

    private Typed additive(Expr.Binary binary, Typed left, Typed right) {
        boolean subtract = binary.op() == Expr.BinaryOp.SUBTRACT;
        Typed l = coerceZero(left, right);
        Typed r = coerceZero(right, left);
        if (l.type == Type.AMOUNT && r.type == Type.AMOUNT) {
            return new Typed(Type.AMOUNT, env -> {
                Value.AmountValue a = (Value.AmountValue) l.node.eval(env);
                Value.AmountValue b = (Value.AmountValue) r.node.eval(env);
                return new Value.AmountValue(
                        subtract ? a.amount().minus(b.amount()) : a.amount().plus(b.amount()),
                        a.blank() && b.blank(),
                        a.terms() + b.terms());
            });
        }
        if (l.type == Type.NUMBER && r.type == Type.NUMBER) {
            return new Typed(Type.NUMBER, env -> {
                Value.NumberValue a = (Value.NumberValue) l.node.eval(env);
                Value.NumberValue b = (Value.NumberValue) r.node.eval(env);
                return new Value.NumberValue(
                        subtract ? a.value().subtract(b.value()) : a.value().add(b.value()), a.blank() && b.blank());
            });
        }
        throw mismatch(binary, l.type, r.type);
    }

    private Typed multiply(Expr.Binary binary, Typed left, Typed right) {
        if (left.type == Type.NUMBER && right.type == Type.NUMBER) {
            return new Typed(
                    Type.NUMBER,
                    env -> new Value.NumberValue(
                            number(left.node.eval(env)).multiply(number(right.node.eval(env))), false));
        }
        if (left.type == Type.AMOUNT && right.type == Type.NUMBER
                || left.type == Type.NUMBER && right.type == Type.AMOUNT) {
            Typed amount = left.type == Type.AMOUNT ? left : right;
            Typed factor = left.type == Type.AMOUNT ? right : left;
            return new Typed(Type.AMOUNT, env -> {
                Value.AmountValue a = (Value.AmountValue) amount.node.eval(env);
                BigDecimal product = a.amount()
                        .value()
                        .multiply(number(factor.node.eval(env)))
                        .setScale(2, Rounding.HOUSE);
                return new Value.AmountValue(Amount.of(product), a.blank(), a.terms());
            });
        }
        throw mismatch(binary, left.type, right.type);
    }

    private Typed divide(Expr.Binary binary, Typed left, Typed right) {
        if (left.type == Type.AMOUNT && right.type == Type.AMOUNT) {
            // amount / amount is a ratio: a number, never again an amount
            return new Typed(Type.NUMBER, env -> {
                Amount whole = ((Value.AmountValue) right.node.eval(env)).amount();
                Amount part = ((Value.AmountValue) left.node.eval(env)).amount();
                Ratio ratio = Ratio.of(part, whole, RoundingMode.HALF_EVEN)
                        .orElseThrow(() -> new EvaluationException("除数为零"));
                return new Value.NumberValue(ratio.value(), false);
            });
        }
        if (left.type == Type.NUMBER && right.type == Type.NUMBER) {
            return new Typed(Type.NUMBER, env -> {
                BigDecimal divisor = number(right.node.eval(env));
                if (divisor.signum() == 0) {
                    throw new EvaluationException("除数为零");
                }
                return new Value.NumberValue(
                        number(left.node.eval(env)).divide(divisor, Ratio.SCALE, RoundingMode.HALF_EVEN), false);
            });
        }
        if (left.type == Type.AMOUNT && right.type == Type.NUMBER) {
            return new Typed(Type.AMOUNT, env -> {
                BigDecimal divisor = number(right.node.eval(env));
                if (divisor.signum() == 0) {
                    throw new EvaluationException("除数为零");
                }
                Value.AmountValue a = (Value.AmountValue) left.node.eval(env);
                return new Value.AmountValue(
                        Amount.of(a.amount().value().divide(divisor, 2, Rounding.HOUSE)), a.blank(), a.terms());
            });
        }
        throw mismatch(binary, left.type, right.type);
    }

    private Typed comparison(Expr.Binary binary, Typed left, Typed right) {
        Typed l = coerceZero(left, right);
        Typed r = coerceZero(right, left);
        Expr.BinaryOp op = binary.op();
        if (l.type == Type.AMOUNT && r.type == Type.AMOUNT) {
            return new Typed(Type.BOOLEAN, env -> {
                Value.AmountValue a = (Value.AmountValue) l.node.eval(env);
                Value.AmountValue b = (Value.AmountValue) r.node.eval(env);
                Truth truth;
                if (op == Expr.BinaryOp.EQ) {
                    truth = env.tolerance().equal(a.amount(), b.amount(), Math.max(a.terms(), b.terms()));
                } else {
                    truth = Truth.of(compare(op, a.amount().compareTo(b.amount())));
                }
                if (truth != Truth.TRUE) {
                    env.compared(a, b, truth);
                }
                return new Value.TruthValue(truth);
            });
        }
        if (l.type == Type.NUMBER && r.type == Type.NUMBER) {
            return new Typed(
                    Type.BOOLEAN,
                    env -> new Value.TruthValue(
                            Truth.of(compare(op, number(l.node.eval(env)).compareTo(number(r.node.eval(env)))))));
        }
        if (l.type == Type.BOOLEAN && r.type == Type.BOOLEAN && (op == Expr.BinaryOp.EQ || op == Expr.BinaryOp.NE)) {
            return new Typed(Type.BOOLEAN, env -> {
                boolean same = (truth(l.node.eval(env)) == Truth.FALSE) == (truth(r.node.eval(env)) == Truth.FALSE);
                return new Value.TruthValue(Truth.of(op == Expr.BinaryOp.EQ == same));
            });
        }
        throw mismatch(binary, l.type, r.type);
    }

    private static boolean compare(Expr.BinaryOp op, int order) {
        switch (op) {
            case EQ:
                return order == 0;
            case NE:
                return order != 0;
            case LT:
                return order < 0;
            case LE:
                return order <= 0;
            case GT:
                return order > 0;
            case GE:
            default:
                return order >= 0;
        }
    }

    /** A bare 0 next to an amount is the zero amount. */
    private static Typed coerceZero(Typed typed, Typed other) {
        if (typed.zeroLiteral && other.type == Type.AMOUNT) {
            Value zero = new Value.AmountValue(Amount.ZERO, false, 0);
            return new Typed(Type.AMOUNT, env -> zero);
        }
        return typed;
    }

    private static FormulaException mismatch(Expr.Binary binary, Type left, Type right) {
        String hint = left == Type.NUMBER && right == Type.AMOUNT || left == Type.AMOUNT && right == Type.NUMBER
                ? "（金额相除得到比值；比值不能与金额直接比较或相加；金额常数请写单位，如 0.01万元）"
                : "";
        return new FormulaException(
                "“" + binary.op().symbol() + "”两边类型不符：" + left.label() + "与" + right.label() + hint, binary.offset());
    }

    // ---- functions ----

    private Typed call(Expr.Call call) {
        if (call.function().equals("exists")) {
            // exists names a row, not a value: its argument is not evaluated as a cell
            if (call.arguments().size() != 1 || !(call.arguments().get(0) instanceof Expr.CellRef)) {
                throw new FormulaException("exists 的参数应为表格行，如 exists(T05[2080505])", call.offset());
            }
            return exists((Expr.CellRef) call.arguments().get(0));
        }
        List<Typed> args = new ArrayList<>();
        for (Expr argument : call.arguments()) {
            args.add(check(argument));
        }
        switch (call.function()) {
            case "sum":
                return sum(call, args);
            case "abs":
                arity(call, args, 1, 1);
                return absolute(call, args.get(0));
            case "min":
            case "max":
                return extreme(call, args, call.function().equals("max"));
            case "round":
                arity(call, args, 2, 2);
                expect(args.get(0), Type.NUMBER, call.arguments().get(0), "round");
                int decimals = literalInteger(call.arguments().get(1), "round 的小数位数");
                return new Typed(Type.NUMBER, env -> {
                    Value.NumberValue value =
                            (Value.NumberValue) args.get(0).node.eval(env);
                    return new Value.NumberValue(value.value().setScale(decimals, Rounding.HOUSE), value.blank());
                });
            case "if":
                arity(call, args, 3, 3);
                expect(args.get(0), Type.BOOLEAN, call.arguments().get(0), "if");
                Typed yes = coerceZero(args.get(1), args.get(2));
                Typed no = coerceZero(args.get(2), args.get(1));
                if (yes.type != no.type) {
                    throw new FormulaException(
                            "if 的两个分支类型不同：" + yes.type.label() + "与" + no.type.label(), call.offset());
                }
                return new Typed(
                        yes.type,
                        env -> truth(args.get(0).node.eval(env)) != Truth.FALSE
                                ? yes.node.eval(env)
                                : no.node.eval(env));
            case "isBlank":
                arity(call, args, 1, 1);
                if (args.get(0).type == Type.BOOLEAN || args.get(0).type == Type.AMOUNT_LIST) {
                    throw new FormulaException("isBlank 的参数应为金额、数值或文本", call.offset());
                }
                return new Typed(
                        Type.BOOLEAN,
                        env -> new Value.TruthValue(
                                Truth.of(isBlank(args.get(0).node.eval(env)))));
            case "approx":
                return approx(call, args);
            case "percent":
                arity(call, args, 3, 3);
                expect(args.get(0), Type.AMOUNT, call.arguments().get(0), "percent");
                expect(args.get(1), Type.AMOUNT, call.arguments().get(1), "percent");
                expect(args.get(2), Type.NUMBER, call.arguments().get(2), "percent");
                return new Typed(Type.NUMBER, env -> {
                    Amount part = ((Value.AmountValue) args.get(0).node.eval(env)).amount();
                    Amount whole = ((Value.AmountValue) args.get(1).node.eval(env)).amount();
                    int places = places(number(args.get(2).node.eval(env)));
                    Ratio ratio = Ratio.of(part, whole, RoundingMode.HALF_EVEN)
                            .orElseThrow(() -> new EvaluationException("计算百分比时分母为零"));
                    return new Value.NumberValue(ratio.toPercent(places, Rounding.HOUSE), false);
                });
            case "decimals":
                arity(call, args, 1, 1);
                expect(args.get(0), Type.NUMBER, call.arguments().get(0), "decimals");
                return new Typed(Type.NUMBER, env -> {
                    Value.NumberValue value =
                            (Value.NumberValue) args.get(0).node.eval(env);
                    return new Value.NumberValue(
                            BigDecimal.valueOf(Math.max(0, value.value().scale())), value.blank());
                });
            case "matches":
                arity(call, args, 2, 2);
                expect(args.get(0), Type.NUMBER, call.arguments().get(0), "matches");
                expect(args.get(1), Type.NUMBER, call.arguments().get(1), "matches");
                return new Typed(Type.BOOLEAN, env -> {
                    // a stated figure against an exact one, at the stated figure's precision; one unit of its last
                    // decimal off is a rounding remark
                    BigDecimal stated = number(args.get(0).node.eval(env));
                    int scale = Math.max(0, stated.scale());
                    BigDecimal exact = number(args.get(1).node.eval(env)).setScale(scale, Rounding.HOUSE);
                    BigDecimal difference = stated.subtract(exact).abs();
                    if (difference.signum() == 0) {
                        return new Value.TruthValue(Truth.TRUE);
                    }
                    return new Value.TruthValue(
                            difference.compareTo(BigDecimal.ONE.movePointLeft(scale)) <= 0
                                    ? Truth.ROUNDING
                                    : Truth.FALSE);
                });
            case "level":
                arity(call, args, 0, 0);
                if (iteration.table() == null) {
                    throw new FormulaException("只有逐行检查的规则才能用 level()", call.offset());
                }
                String levelTable = iteration.table();
                return new Typed(
                        Type.NUMBER,
                        env -> new Value.NumberValue(
                                BigDecimal.valueOf(
                                        env.currentRow() == null ? 0 : env.level(levelTable, env.currentRow())),
                                false));
            case "count":
                arity(call, args, 1, 1);
                expect(args.get(0), Type.AMOUNT_LIST, call.arguments().get(0), "count");
                return new Typed(
                        Type.NUMBER,
                        env -> new Value.NumberValue(
                                BigDecimal.valueOf(
                                        ((Value.ListValue) args.get(0).node.eval(env))
                                                .items()
                                                .size()),
                                false));
            default:
                throw new FormulaException(
                        "未知的函数“" + call.function()
                                + "”（可用：sum、abs、min、max、round、if、isBlank、approx、percent、matches、decimals、count、exists、level）",
                        call.offset());
        }
    }

    private Typed sum(Expr.Call call, List<Typed> args) {
        if (args.isEmpty()) {
            throw new FormulaException("sum 至少需要一个参数", call.offset());
        }
        boolean numbers = args.stream().allMatch(a -> a.type == Type.NUMBER);
        if (numbers) {
            return new Typed(Type.NUMBER, env -> {
                BigDecimal total = BigDecimal.ZERO;
                for (Typed arg : args) {
                    total = total.add(number(arg.node.eval(env)));
                }
                return new Value.NumberValue(total, false);
            });
        }
        for (int i = 0; i < args.size(); i++) {
            if (args.get(i).type != Type.AMOUNT && args.get(i).type != Type.AMOUNT_LIST) {
                throw new FormulaException(
                        "sum 的参数应同为金额（或金额列表）或同为数值", call.arguments().get(i).offset());
            }
        }
        return new Typed(Type.AMOUNT, env -> {
            Amount total = Amount.ZERO;
            boolean blank = true;
            int terms = 0;
            for (Typed arg : args) {
                Value value = arg.node.eval(env);
                List<Value.AmountValue> items = value instanceof Value.ListValue
                        ? ((Value.ListValue) value).items()
                        : List.of((Value.AmountValue) value);
                for (Value.AmountValue item : items) {
                    total = total.plus(item.amount());
                    blank &= item.blank();
                    // a blank cell prints nothing, so it adds no rounding difference
                    terms += item.blank() ? 0 : Math.max(item.terms(), 1);
                }
            }
            return new Value.AmountValue(total, blank, terms);
        });
    }

    private Typed absolute(Expr.Call call, Typed arg) {
        if (arg.type == Type.AMOUNT) {
            return new Typed(Type.AMOUNT, env -> {
                Value.AmountValue value = (Value.AmountValue) arg.node.eval(env);
                return new Value.AmountValue(value.amount().abs(), value.blank(), value.terms());
            });
        }
        expect(arg, Type.NUMBER, call.arguments().get(0), "abs");
        return new Typed(Type.NUMBER, env -> {
            Value.NumberValue value = (Value.NumberValue) arg.node.eval(env);
            return new Value.NumberValue(value.value().abs(), value.blank());
        });
    }

    private Typed extreme(Expr.Call call, List<Typed> args, boolean max) {
        if (args.size() < 2) {
            throw new FormulaException(call.function() + " 至少需要两个参数", call.offset());
        }
        Type type = args.get(0).type;
        if (type != Type.AMOUNT && type != Type.NUMBER || args.stream().anyMatch(a -> a.type != type)) {
            throw new FormulaException(call.function() + " 的参数应同为金额或同为数值", call.offset());
        }
        return new Typed(type, env -> {
            Value best = null;
            for (Typed arg : args) {
                Value value = arg.node.eval(env);
                if (best == null || order(value, best) * (max ? 1 : -1) > 0) {
                    best = value;
                }
            }
            return best;
        });
    }

    private static int order(Value a, Value b) {
        if (a instanceof Value.AmountValue) {
            return ((Value.AmountValue) a).amount().compareTo(((Value.AmountValue) b).amount());
        }
        return number(a).compareTo(number(b));
    }

    private Typed approx(Expr.Call call, List<Typed> args) {
        arity(call, args, 3, 3);
        Type type = args.get(0).type;
        if (type != Type.AMOUNT && type != Type.NUMBER || args.stream().anyMatch(a -> a.type != type)) {
            throw new FormulaException("approx 的三个参数应同为金额（容差写单位，如 0.5万元）或同为数值", call.offset());
        }
        return new Typed(Type.BOOLEAN, env -> {
            Value a = args.get(0).node.eval(env);
            Value b = args.get(1).node.eval(env);
            Value tolerance = args.get(2).node.eval(env);
            if (type == Type.AMOUNT) {
                Amount difference = ((Value.AmountValue) a)
                        .amount()
                        .minus(((Value.AmountValue) b).amount())
                        .abs();
                boolean close = difference.compareTo(((Value.AmountValue) tolerance).amount()) <= 0;
                if (!close) {
                    env.compared((Value.AmountValue) a, (Value.AmountValue) b, Truth.FALSE);
                }
                return new Value.TruthValue(Truth.of(close));
            }
            return new Value.TruthValue(
                    Truth.of(number(a).subtract(number(b)).abs().compareTo(number(tolerance)) <= 0));
        });
    }

    private Typed exists(Expr.CellRef ref) {
        Schema.TableShape table = schema.table(ref.table())
                .orElseThrow(() -> new FormulaException("没有表“" + ref.table() + "”", ref.offset()));
        if (ref.row() instanceof Expr.RowSelector.Current) {
            if (iteration.table() == null) {
                throw new FormulaException("只有逐行检查的规则才能用 row", ref.offset());
            }
            return new Typed(
                    Type.BOOLEAN,
                    env -> new Value.TruthValue(
                            Truth.of(env.currentRow() != null && env.hasRow(table.id(), env.currentRow()))));
        }
        if (!(ref.row() instanceof Expr.RowSelector.Id)) {
            throw new FormulaException("exists 只能检查单独一行", ref.offset());
        }
        String row = ((Expr.RowSelector.Id) ref.row()).id();
        if (table.sectionOfRow(row).isEmpty() && table.sectionOfCode(row).isEmpty()) {
            throw new FormulaException("表 " + table.id() + " 中不可能有行“" + row + "”", ref.offset());
        }
        return new Typed(Type.BOOLEAN, env -> new Value.TruthValue(Truth.of(env.hasRow(table.id(), row))));
    }

    // ---- helpers ----

    private static void arity(Expr.Call call, List<Typed> args, int min, int max) {
        if (args.size() < min || args.size() > max) {
            throw new FormulaException(
                    "函数 " + call.function() + " 需要 " + (min == max ? min + "" : min + "–" + max) + " 个参数，实为 "
                            + args.size() + " 个",
                    call.offset());
        }
    }

    private static int places(BigDecimal value) {
        if (value.signum() < 0
                || value.compareTo(BigDecimal.TEN) > 0
                || value.stripTrailingZeros().scale() > 0) {
            throw new EvaluationException("小数位数应为 0 到 10 的整数");
        }
        return value.intValue();
    }

    private static int literalInteger(Expr expr, String what) {
        if (expr instanceof Expr.NumberLiteral) {
            BigDecimal value = ((Expr.NumberLiteral) expr).value();
            if (value.scale() <= 0 && value.signum() >= 0 && value.compareTo(BigDecimal.TEN) <= 0) {
                return value.intValueExact();
            }
        }
        throw new FormulaException(what + "应为 0 到 10 的整数", expr.offset());
    }

    private static void expect(Typed typed, Type type, Expr expr, String where) {
        if (typed.type != type) {
            throw new FormulaException(where + " 需要" + type.label() + "，实为" + typed.type.label(), expr.offset());
        }
    }

    static Truth truth(Value value) {
        return ((Value.TruthValue) value).truth();
    }

    static BigDecimal number(Value value) {
        return ((Value.NumberValue) value).value();
    }

    private static boolean isBlank(Value value) {
        if (value instanceof Value.AmountValue) {
            return ((Value.AmountValue) value).blank();
        }
        if (value instanceof Value.NumberValue) {
            return ((Value.NumberValue) value).blank();
        }
        return value instanceof Value.TextValue
                && ((Value.TextValue) value).text().isBlank();
    }
}
