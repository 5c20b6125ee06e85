package io.godwit.ui;

import io.godwit.convert.item.ItemCatalog;
import io.godwit.dialect.Dialects;
import io.godwit.project.ProjectStore;
import io.godwit.service.ApplyService;
import io.godwit.service.CatalogService;
import io.godwit.service.ConnectionCheck;
import io.godwit.service.ConvertService;
import io.godwit.service.LoadService;
import io.godwit.service.Passes;
import io.godwit.service.SqlExport;

/**
 * The services the workbench calls: the same ones the command line uses, built once.
 *
 * @param version the Godwit version, written into outputs and project files
 */
public record WorkbenchServices(
    Dialects dialects,
    ItemCatalog items,
    ConvertService convert,
    CatalogService catalog,
    ApplyService apply,
    ConnectionCheck check,
    SqlExport export,
    ProjectStore store,
    LoadService load,
    String version) {

  /** The services over every dialect on the class path. */
  public static WorkbenchServices create(String version) {
    Dialects dialects = Dialects.discover();
    ItemCatalog items = ItemCatalog.builtIn();
    return new WorkbenchServices(
        dialects,
        items,
        new ConvertService(dialects, items, Passes.standard()),
        new CatalogService(dialects),
        new ApplyService(dialects),
        new ConnectionCheck(dialects),
        new SqlExport(items, version),
        new ProjectStore(),
        new LoadService(dialects),
        version);
  }

  /** Whether Godwit can convert from {@code product}. */
  public boolean canConvertFrom(String product) {
    return dialects.byId(product).map(d -> d.frontEnd().isPresent()).orElse(false);
  }

  /** Whether Godwit can convert to {@code product}. */
  public boolean canConvertTo(String product) {
    return dialects.byId(product).map(d -> d.backEnd().isPresent()).orElse(false);
  }
}
