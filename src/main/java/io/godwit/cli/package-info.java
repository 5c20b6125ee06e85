/**
 * The command line: picocli commands over the same services the workbench uses. Commands parse
 * options, call a service, and print; they hold no migration logic.
 */
package io.godwit.cli;
