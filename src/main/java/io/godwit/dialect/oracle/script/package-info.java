/**
 * Reads Oracle scripts: frames a file into statements the way SQL*Plus does, skips SQL*Plus
 * commands (noting those that change the script's meaning) and parses each statement on its own
 * with a time budget, keeping every position relative to the file.
 */
package io.godwit.dialect.oracle.script;
