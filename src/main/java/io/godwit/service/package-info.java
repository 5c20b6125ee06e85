/**
 * Application services: the operations a user starts (inspect, convert, assess, apply, load), wired
 * from the dialects and the conversion pipeline. The CLI and the workbench call these and nothing
 * below them, so both behave the same.
 */
package io.godwit.service;
