package org.juesuan.core.formula;

import java.util.stream.Collectors;

/** Test support: prints a parsed formula as an s-expression, so parses can be asserted exactly. */
final class FormulaDebug {

    private FormulaDebug() {}

    static String sexpr(Expr expr) {
        if (expr instanceof Expr.NumberLiteral) {
            return ((Expr.NumberLiteral) expr).value().toPlainString();
        }
        if (expr instanceof Expr.AmountLiteral) {
            return ((Expr.AmountLiteral) expr).value() + "元";
        }
        if (expr instanceof Expr.BooleanLiteral) {
            return Boolean.toString(((Expr.BooleanLiteral) expr).value());
        }
        if (expr instanceof Expr.StringLiteral) {
            return "\"" + ((Expr.StringLiteral) expr).value() + "\"";
        }
        if (expr instanceof Expr.CellRef) {
            Expr.CellRef ref = (Expr.CellRef) expr;
            return "(cell " + ref.table() + " " + row(ref.row())
                    + (ref.column() == null ? "" : " " + column(ref.column())) + ")";
        }
        if (expr instanceof Expr.NameRef) {
            return "(" + ((Expr.NameRef) expr).namespace() + " " + ((Expr.NameRef) expr).path() + ")";
        }
        if (expr instanceof Expr.Unary) {
            return "(" + ((Expr.Unary) expr).op().symbol() + " " + sexpr(((Expr.Unary) expr).operand()) + ")";
        }
        if (expr instanceof Expr.Binary) {
            Expr.Binary binary = (Expr.Binary) expr;
            return "(" + binary.op().symbol() + " " + sexpr(binary.left()) + " " + sexpr(binary.right()) + ")";
        }
        Expr.Call call = (Expr.Call) expr;
        return "(" + call.function() + (call.arguments().isEmpty() ? "" : " ")
                + call.arguments().stream().map(FormulaDebug::sexpr).collect(Collectors.joining(" ")) + ")";
    }

    private static String row(Expr.RowSelector row) {
        if (row instanceof Expr.RowSelector.Current) {
            return "row";
        }
        if (row instanceof Expr.RowSelector.Id) {
            return ((Expr.RowSelector.Id) row).id();
        }
        if (row instanceof Expr.RowSelector.Label) {
            return "\"" + ((Expr.RowSelector.Label) row).label() + "\"";
        }
        if (row instanceof Expr.RowSelector.Range) {
            return ((Expr.RowSelector.Range) row).from() + ".." + ((Expr.RowSelector.Range) row).to();
        }
        return row instanceof Expr.RowSelector.Top ? "@top" : "@children";
    }

    private static String column(Expr.ColumnSelector column) {
        if (column instanceof Expr.ColumnSelector.Current) {
            return "col";
        }
        if (column instanceof Expr.ColumnSelector.Number) {
            return "C" + ((Expr.ColumnSelector.Number) column).number();
        }
        return ((Expr.ColumnSelector.Id) column).id();
    }
}
