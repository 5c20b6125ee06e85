package io.godwit.dialect.oracle.lower;

import io.godwit.convert.LoweredObject;
import io.godwit.convert.LoweringContext;
import io.godwit.convert.UnitKind;
import io.godwit.convert.types.TypeMapper;
import io.godwit.dialect.oracle.parser.PlSqlParser;
import io.godwit.dialect.oracle.script.Fragments;
import io.godwit.dialect.oracle.script.ParsedScript;
import io.godwit.dialect.oracle.script.ParsedStatement;
import io.godwit.dialect.oracle.script.PlSqlScriptParser;
import io.godwit.dialect.oracle.script.SourceText;
import io.godwit.model.View;
import java.util.List;

/** Lowers one unit, whatever it was read from. */
final class OraLowering {

  /** The item of a statement that does not parse. */
  static final String NOT_PARSED = "GW-0001";

  private final OraUnit unit;
  private final OraSession session;
  private final OraDdl ddl;
  private final OraCode code;

  OraLowering(OraUnit unit, LoweringContext context, TypeMapper types) {
    this.unit = unit;
    this.session = new OraSession(unit, context, types);
    this.ddl = new OraDdl(session);
    this.code = new OraCode(session);
  }

  List<LoweredObject> lower() {
    OraUnit.Payload p = unit.payload();
    if (p instanceof OraUnit.FailedPayload f) {
      session.item(f.code(), f.message(), f.span(), f.excerpt());
      return List.of(failed());
    }
    if (p instanceof OraUnit.TablePayload t) {
      return ddl.table(unit, t.table());
    }
    if (p instanceof OraUnit.IndexPayload i) {
      return ddl.index(unit, i.index());
    }
    if (p instanceof OraUnit.SequencePayload s) {
      return List.of(ddl.sequence(unit, s.sequence(), null));
    }
    if (p instanceof OraUnit.SynonymPayload s) {
      return List.of(ddl.synonym(unit, s.synonym(), null));
    }
    if (p instanceof OraUnit.ViewPayload v) {
      return List.of(catalogView(v.view()));
    }
    if (p instanceof OraUnit.StatementPayload s) {
      return statement(s.statement(), s.source(), s.body(), s.bodySource());
    }
    OraUnit.CodeTextPayload c = (OraUnit.CodeTextPayload) p;
    return codeText(c);
  }

  private LoweredObject failed() {
    return session.lowered(unit, unit.ref().kind(), null, null);
  }

  private LoweredObject catalogView(View view) {
    Fragments.Parsed<PlSqlParser.Standalone_subqueryContext> parsed =
        Fragments.subquery(view.definition());
    if (!parsed.ok()) {
      session.item(
          NOT_PARSED,
          "the view's query does not parse: " + parsed.error(),
          null,
          view.definition());
      return failed();
    }
    OraLower l = session.lower(parsed.source(), null);
    LoweredObject lowered =
        code.view(unit, l, OraDdl.qualified(unit.ref().schema(), view.name()), parsed.tree());
    if (view.materialized() && lowered.ir() instanceof io.godwit.ir.ddl.Ddl.CreateView v) {
      return new LoweredObject(
          lowered.source(),
          UnitKind.MATERIALIZED_VIEW,
          null,
          new io.godwit.ir.ddl.Ddl.CreateView(
              v.name(), v.columns(), v.query(), true, v.checkOption(), v.span()),
          lowered.items());
    }
    return lowered;
  }

  /** Catalog source text: parsed here, in parallel with the other units. */
  private List<LoweredObject> codeText(OraUnit.CodeTextPayload c) {
    String text = unit.text();
    ParsedScript script = new PlSqlScriptParser().parse(unit.ref().path(), text);
    List<ParsedStatement> statements = script.statements();
    if (statements.isEmpty()) {
      session.item(NOT_PARSED, "the source text holds no statement", null, text);
      return List.of(failed());
    }
    ParsedStatement body = statements.size() > 1 ? statements.get(1) : null;
    return statement(statements.get(0), script.source(), body, script.source());
  }

  private List<LoweredObject> statement(
      ParsedStatement st, SourceText source, ParsedStatement body, SourceText bodySource) {
    ParsedStatement first = st != null ? st : body;
    SourceText firstSource = st != null ? source : bodySource;
    if (!first.parsed()) {
      return List.of(notParsed(first));
    }
    if (body != null && !body.parsed()) {
      return List.of(notParsed(body));
    }
    OraLower l = session.lower(firstSource, first.span());
    PlSqlParser.StatementContext tree = first.tree();
    if (tree.create_package() != null || tree.create_package_body() != null) {
      PlSqlParser.Create_packageContext spec = tree.create_package();
      PlSqlParser.Create_package_bodyContext pkgBody =
          spec == null
              ? tree.create_package_body()
              : body == null ? null : body.tree().create_package_body();
      if (spec == null) {
        l.cx.note(
            pkgBody,
            OraItems.STATEMENT,
            "the package specification is not in the scripts: only the body's declarations are"
                + " known, and every routine of the body is made public");
      }
      return List.of(code.pkg(unit, l, spec, pkgBody));
    }
    if (tree.create_procedure() != null || tree.create_function() != null) {
      return List.of(code.routine(unit, l, tree));
    }
    if (tree.create_trigger() != null) {
      return code.triggers(unit, l, tree.create_trigger());
    }
    if (tree.create_view() != null) {
      return List.of(code.view(unit, l, tree.create_view()));
    }
    if (tree.create_materialized_view() != null) {
      return List.of(code.materializedView(unit, l, tree.create_materialized_view()));
    }
    if (tree.create_type() != null) {
      if (body != null && body.tree().create_type_body() != null) {
        // the methods are reported; the type itself still converts
        OraCode.noteMethods(session.lower(bodySource, body.span()), body.tree().create_type_body());
      }
      return code.type(unit, l, tree.create_type());
    }
    if (tree.create_type_body() != null) {
      return List.of(code.typeBody(unit, l, tree.create_type_body()));
    }
    if (tree.create_index() != null) {
      return ddl.index(unit, tree.create_index(), l);
    }
    if (tree.create_sequence() != null) {
      OraObjectReader reader = new OraObjectReader(firstSource, null);
      return List.of(ddl.sequence(unit, reader.sequence(tree.create_sequence()), first.span()));
    }
    if (tree.create_synonym() != null) {
      OraObjectReader reader = new OraObjectReader(firstSource, null);
      return List.of(ddl.synonym(unit, reader.synonym(tree.create_synonym()), first.span()));
    }
    if (tree.anonymous_block() != null) {
      return List.of(code.anonymous(unit, l, tree.anonymous_block()));
    }
    if (tree.insert_statement() != null
        || tree.update_statement() != null
        || tree.delete_statement() != null
        || tree.merge_statement() != null) {
      return List.of(code.dml(unit, l, (org.antlr.v4.runtime.ParserRuleContext) tree.getChild(0)));
    }
    throw new IllegalStateException("no lowering for " + first.kind() + " statements");
  }

  private LoweredObject notParsed(ParsedStatement st) {
    if (st.wrapped()) {
      String text = st.text();
      int end = text.indexOf('\n');
      session.item(
          OraCatalogUnits.UNREADABLE,
          OraScriptReader.WRAPPED,
          st.span(),
          (end < 0 ? text : text.substring(0, end)).strip());
      return failed();
    }
    session.item(
        NOT_PARSED,
        st.failure().message(),
        st.failure().span() != null ? st.failure().span() : st.span(),
        st.text());
    return failed();
  }
}
