package io.godwit.service;

import io.godwit.convert.ConversionListener;
import io.godwit.convert.ConversionResult;
import io.godwit.convert.SourceSet;

/**
 * Runs a conversion the way {@code godwit convert} does, through {@link ConvertService}: the same
 * script discovery and decoding (files that are not scripts become GW-0008 items), the same IR
 * passes, the same front and back ends. The assessment of a source therefore counts exactly what
 * its conversion produces.
 */
public final class DialectConversionRunner implements ConversionRunner {

  private final ConvertService service;

  public DialectConversionRunner(ConvertService service) {
    this.service = service;
  }

  @Override
  public ConversionResult run(ConversionRequest request, ConversionListener listener)
      throws java.io.IOException {
    ConvertService.Request r =
        new ConvertService.Request(
            request.from(),
            request.to(),
            request.inputs(),
            request.live(),
            request.schemas(),
            request.options());
    // Resolve both ends before reading, so an unsupported pair fails before any work.
    service.frontEnd(r.from());
    service.backEnd(r.to());
    SourceSet sources = service.read(r, step -> {});
    return service.convert(r, sources, listener);
  }
}
