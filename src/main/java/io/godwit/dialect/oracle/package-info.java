/**
 * Oracle Database: the catalog reader (the documented ALL_* views to model) and, as they arrive,
 * its front end (PL/SQL to ir), type system and quoting.
 */
package io.godwit.dialect.oracle;
