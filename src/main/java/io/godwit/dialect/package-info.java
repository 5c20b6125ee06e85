/**
 * What every database product plugs in: the {@link io.godwit.dialect.Dialect} service interface,
 * its registry, and the shared plumbing its parts use (connections, catalog queries, error
 * classification, catalog assembly). Each product lives in its own sub-package and is found through
 * {@link java.util.ServiceLoader}; adding one never edits a central switch.
 */
package io.godwit.dialect;
