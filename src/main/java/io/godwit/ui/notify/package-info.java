/**
 * What the workbench tells the user: notifications with details (never stack traces) and the log
 * console.
 */
package io.godwit.ui.notify;
