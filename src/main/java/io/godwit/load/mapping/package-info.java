/**
 * Which tables a load moves and under which names: the AWS DMS table-mapping rules (selection,
 * transformation, table settings) with their JSON import and export, Godwit's default target
 * naming, and the planner that turns a source catalog and the rules into table plans.
 */
package io.godwit.load.mapping;
