/**
 * The connection dialog per product: fields, SSL, Test connection, and the optional sealed
 * password.
 */
package io.godwit.ui.connect;
