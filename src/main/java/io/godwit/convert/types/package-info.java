/**
 * Type mapping as data: rules from a source product's types to neutral IR types, read from each
 * source dialect's {@code types.json}, with the user's rules tried first.
 */
package io.godwit.convert.types;
