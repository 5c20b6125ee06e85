package io.godwit.bench;

import io.godwit.convert.ConversionListener;
import io.godwit.convert.ConversionResult;
import io.godwit.convert.ConvertOptions;
import io.godwit.convert.Converter;
import io.godwit.convert.ScriptInput;
import io.godwit.convert.SourceSet;
import io.godwit.convert.item.ItemCatalog;
import io.godwit.dialect.Dialects;
import io.godwit.dialect.sqlserver.lower.SqlServerFrontEnd;
import io.godwit.service.Passes;
import java.io.PrintStream;
import java.util.List;

/**
 * {@code tsql-convert [TABLES [RUNS]]}: converts a generated SSMS-style script of TABLES tables
 * (default 2,000), each with identity, computed column, defaults, a foreign key, an extended
 * property, an index and a view, to PostgreSQL RUNS times after two warm-up runs; prints lines and
 * objects per second.
 */
final class TsqlConvertBench implements Bench.Task {

  @Override
  public String description() {
    return "convert a generated SSMS script (2,000 tables with keys, indexes, views) to PostgreSQL";
  }

  @Override
  public void run(List<String> args, PrintStream out) {
    int tables = args.isEmpty() ? 2_000 : Integer.parseInt(args.get(0));
    int runs = args.size() < 2 ? 5 : Integer.parseInt(args.get(1));
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < tables; i++) {
      String t = "[dbo].[T" + i + "]";
      s.append("CREATE TABLE ")
          .append(t)
          .append("(\n")
          .append("\t[ID] [int] IDENTITY(1,1) NOT NULL,\n")
          .append("\t[ParentID] [int] NULL,\n")
          .append("\t[Name] [nvarchar](100) NOT NULL,\n")
          .append("\t[Qty] [int] NOT NULL,\n")
          .append("\t[Price] [decimal](10, 2) NOT NULL,\n")
          .append("\t[Total] AS ([Qty]*[Price]) PERSISTED,\n")
          .append("\t[Active] [bit] NOT NULL,\n")
          .append("\t[Created] [datetime] NOT NULL,\n")
          .append(" CONSTRAINT [PK_T")
          .append(i)
          .append("] PRIMARY KEY CLUSTERED ([ID] ASC)")
          .append("WITH (PAD_INDEX = OFF, ALLOW_ROW_LOCKS = ON) ON [PRIMARY]\n) ON [PRIMARY]\nGO\n")
          .append("ALTER TABLE ")
          .append(t)
          .append(" ADD CONSTRAINT [DF_T")
          .append(i)
          .append("_Active] DEFAULT ((1)) FOR [Active]\nGO\n")
          .append("ALTER TABLE ")
          .append(t)
          .append(" ADD DEFAULT (getdate()) FOR [Created]\nGO\n")
          .append("ALTER TABLE ")
          .append(t)
          .append("  WITH CHECK ADD  CONSTRAINT [FK_T")
          .append(i)
          .append("] FOREIGN KEY([ParentID]) REFERENCES ")
          .append(t)
          .append(" ([ID])\nGO\n")
          .append("ALTER TABLE ")
          .append(t)
          .append(" CHECK CONSTRAINT [FK_T")
          .append(i)
          .append("]\nGO\n")
          .append("EXEC sys.sp_addextendedproperty @name=N'MS_Description', @value=N'Table ")
          .append(i)
          .append("', @level0type=N'SCHEMA',@level0name=N'dbo', @level1type=N'TABLE',")
          .append("@level1name=N'T")
          .append(i)
          .append("'\nGO\n")
          .append("CREATE NONCLUSTERED INDEX [IX_T")
          .append(i)
          .append("] ON ")
          .append(t)
          .append(" ([Name] ASC) INCLUDE ([Qty]) WHERE [Active] = 1 WITH (PAD_INDEX = OFF)")
          .append(" ON [PRIMARY]\nGO\n")
          .append("CREATE VIEW [dbo].[V")
          .append(i)
          .append("] AS SELECT TOP (10) ID, Name + N' #'")
          .append(" + CONVERT(varchar(10), ID) AS Label, ISNULL(ParentID, 0) AS P,")
          .append(" DATEDIFF(day, Created, GETDATE()) AS Age FROM ")
          .append(t)
          .append(" WITH (NOLOCK) WHERE Active = 1 ORDER BY Name\nGO\n");
    }
    String text = s.toString();
    long lines = text.chars().filter(c -> c == '\n').count();
    out.printf(
        "tsql-convert: %,d tables, %,d lines, %,d characters%n", tables, lines, text.length());
    SqlServerFrontEnd front = new SqlServerFrontEnd();
    ConvertOptions options = ConvertOptions.defaults();
    for (int run = 0; run < 2 + runs; run++) {
      long t0 = System.nanoTime();
      SourceSet sources = front.read(List.of(new ScriptInput("bench.sql", text)), options);
      long t1 = System.nanoTime();
      Converter converter =
          new Converter(
              "sqlserver",
              front,
              "postgresql",
              Dialects.discover().byId("postgresql").orElseThrow().backEnd().orElseThrow(),
              Passes.standard(),
              ItemCatalog.builtIn(),
              options);
      ConversionResult r = converter.convert(sources, ConversionListener.NONE);
      long t2 = System.nanoTime();
      out.printf(
          "%s %d: read %,d ms, convert %,d ms, total %,d ms (%,.0f lines/s); %,d objects%n",
          run < 2 ? "warmup" : "run   ",
          run < 2 ? run + 1 : run - 1,
          (t1 - t0) / 1_000_000,
          (t2 - t1) / 1_000_000,
          (t2 - t0) / 1_000_000,
          lines / ((t2 - t0) / 1e9),
          r.objects().size());
    }
  }
}
