package io.godwit.load.engine;

import io.godwit.load.LoadSupport;
import javax.sql.DataSource;

/**
 * One side of a load: its product's load support and a pool of connections.
 *
 * @param support what the product does
 * @param pool where connections come from (sized for the task's parallelism)
 * @param description the database for messages, without a password
 */
public record Endpoint(LoadSupport support, DataSource pool, String description) {}
