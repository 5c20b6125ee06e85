package io.godwit.ui.main;

import io.godwit.convert.SourceSet;
import io.godwit.dialect.ConnectionSpec;
import io.godwit.dialect.Secret;
import io.godwit.model.Database;
import io.godwit.project.ConnectionSettings;
import io.godwit.project.JdbcUrls;
import io.godwit.project.ProjectFile;
import io.godwit.project.ProjectStore;
import io.godwit.service.ConvertService;
import io.godwit.ui.WorkbenchServices;
import io.godwit.ui.model.SourceModel;
import io.godwit.ui.task.JobContext;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Loads a project's source into a {@link SourceModel}, on a background thread: scripts through the
 * product's front end, a live database through its front end (or only its catalog when Godwit
 * cannot convert from that product).
 */
final class SourceLoader {

  private final WorkbenchServices services;

  SourceLoader(WorkbenchServices services) {
    this.services = services;
  }

  /**
   * Loads {@code project}'s source.
   *
   * @param folder the project folder relative script paths are in, or null
   * @param password the live source's password
   * @return null when the project has no source
   */
  SourceModel load(ProjectFile project, Path folder, Secret password, JobContext ctx)
      throws IOException {
    ProjectFile.SourceSettings s = project.source();
    if (s.isEmpty()) {
      return null;
    }
    String product = s.product();
    boolean convertible = services.canConvertFrom(product);
    if (!s.isLive()) {
      if (!convertible) {
        throw new IllegalArgumentException(
            "Godwit cannot read "
                + name(product)
                + " scripts yet (no "
                + name(product)
                + " front end)");
      }
      List<Path> paths = ProjectStore.scriptPaths(s, folder);
      ctx.message("Reading " + name(product) + " scripts " + describe(paths));
      ConvertService.Request request =
          new ConvertService.Request(
              product, project.target().product(), paths, null, null, project.convertOptions());
      SourceSet set = services.convert().read(request, ctx::message);
      ctx.checkCancelled();
      return SourceModel.of(product, name(product) + " scripts", set);
    }
    ConnectionSettings c = s.connection();
    ConnectionSpec spec = new ConnectionSpec(c.jdbcUrl(), c.user(), password);
    String description = name(product) + " " + c.describe();
    ctx.message("Reading the catalog of " + spec.safeUrl());
    if (convertible) {
      ConvertService.Request request =
          new ConvertService.Request(
              product,
              project.target().product(),
              null,
              spec,
              s.schemas(),
              project.convertOptions());
      SourceSet set = services.convert().read(request, step -> ctx.message("Reading " + step));
      ctx.checkCancelled();
      return SourceModel.of(product, description, set);
    }
    Database db =
        services
            .catalog()
            .inspect(spec, s.schemas(), step -> ctx.message("Reading " + step))
            .database();
    ctx.checkCancelled();
    return SourceModel.ofCatalog(product, description, db);
  }

  static String name(String product) {
    return JdbcUrls.product(product).map(JdbcUrls.Product::displayName).orElse(product);
  }

  private static String describe(List<Path> paths) {
    return paths.stream()
        .map(p -> p.getFileName() == null ? p.toString() : p.getFileName().toString())
        .collect(Collectors.joining(", "));
  }
}
