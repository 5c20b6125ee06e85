package io.godwit.service;

import io.godwit.convert.ConversionListener;
import io.godwit.convert.ConversionResult;
import java.io.IOException;

/**
 * Runs a conversion and returns its result without writing anything. The assessment is computed
 * from this result, so every source/target pair the pipeline supports is assessed the same way.
 */
public interface ConversionRunner {

  /**
   * Reads the sources and converts them.
   *
   * @throws IOException when the inputs cannot be read
   * @throws IllegalArgumentException with a one-line reason for an unknown or unsupported product
   * @throws io.godwit.dialect.DatabaseAccessException when a live source cannot be read
   */
  ConversionResult run(ConversionRequest request, ConversionListener listener) throws IOException;
}
