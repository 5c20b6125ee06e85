/**
 * Writers of the assessment report: PDF (OpenPDF), CSV (Commons CSV, the three files AWS SCT
 * writes), one self-contained HTML file, and JSON (docs/assessment.schema.json). Each reads only
 * the report model.
 */
package io.godwit.assess.export;
