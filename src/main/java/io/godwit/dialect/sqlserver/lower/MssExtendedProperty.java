package io.godwit.dialect.sqlserver.lower;

import io.godwit.dialect.sqlserver.parser.TSqlParser;
import io.godwit.dialect.sqlserver.script.ParsedBatch;
import io.godwit.dialect.sqlserver.script.ParsedStatement;
import io.godwit.dialect.sqlserver.script.TsqlNames;
import io.godwit.ir.expr.Expr;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code sp_addextendedproperty}: an MS_Description on a table or one of its columns becomes the
 * comment of the table or column; other properties and other levels are reported.
 */
final class MssExtendedProperty {

  private static final List<String> POSITIONS =
      List.of(
          "@name",
          "@value",
          "@level0type",
          "@level0name",
          "@level1type",
          "@level1name",
          "@level2type",
          "@level2name");

  private final MssScriptReader.Problems problems;

  MssExtendedProperty(MssScriptReader.Problems problems) {
    this.problems = problems;
  }

  void apply(ParsedStatement st, ParsedBatch batch, Map<String, MssTableDraft> tables) {
    TSqlParser.StatementContext s = (TSqlParser.StatementContext) st.tree();
    String text = batch.textOf(s);
    if (!(s.executeStatement() instanceof TSqlParser.ExecuteProcedureContext e)
        || e.executeArguments() == null) {
      problems.problem(MssItems.EXTENDED_PROPERTY, null, st.span(), text, null);
      return;
    }
    Map<String, String> args = new HashMap<>();
    int position = 0;
    MssExpr ex = new MssExpr(null);
    for (TSqlParser.ExecuteArgumentContext a : e.executeArguments().executeArgument()) {
      String key =
          a.parameter != null
              ? a.parameter.getText().toLowerCase(Locale.ROOT)
              : position < POSITIONS.size() ? POSITIONS.get(position) : "";
      position++;
      if (a.expression() instanceof TSqlParser.LiteralExprContext l
          && ex.literal(l.literal()) instanceof Expr.Literal lit
          && lit.value() != null) {
        args.put(key, lit.value());
      }
    }
    String name = args.getOrDefault("@name", "");
    String level1 = args.getOrDefault("@level1type", "").toUpperCase(Locale.ROOT);
    String level2 = args.getOrDefault("@level2type", "").toUpperCase(Locale.ROOT);
    MssTableDraft table =
        MssScriptReader.find(tables, args.get("@level0name"), args.getOrDefault("@level1name", ""));
    if (!name.equalsIgnoreCase("MS_Description")
        || !level1.equals("TABLE")
        || table == null
        || !(level2.isEmpty() || level2.equals("COLUMN"))) {
      problems.problem(
          MssItems.EXTENDED_PROPERTY,
          "the extended property " + name + " is not converted",
          st.span(),
          text,
          null);
      return;
    }
    String value = args.get("@value");
    table.texts.add(batch.originalTextOf(s));
    if (level2.isEmpty()) {
      table.comment = value;
    } else {
      table.columnComments.put(
          TsqlNames.unquote(args.getOrDefault("@level2name", "")).toUpperCase(Locale.ROOT), value);
    }
  }
}
