package io.godwit.dialect.postgres;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Godwit's compatibility functions for PostgreSQL: Oracle built-ins whose exact meaning has no
 * one-expression equivalent (ADD_MONTHS at month ends, MONTHS_BETWEEN's fractions, INSTR with an
 * occurrence). Converted code calls them in schema {@value #SCHEMA}; the output creates the ones it
 * uses before anything else. Each definition is written here from Oracle's documented semantics.
 */
final class PgCompat {

  static final String SCHEMA = "godwit_compat";

  private static final Map<String, String> DEFINITIONS = new TreeMap<>();

  static {
    DEFINITIONS.put(
        "add_months",
        """
        CREATE OR REPLACE FUNCTION godwit_compat.add_months(d timestamp, n numeric)
          RETURNS timestamp LANGUAGE sql IMMUTABLE AS $$
          SELECT CASE
            WHEN d IS NULL OR n IS NULL THEN NULL
            WHEN date_trunc('day', d) = date_trunc('month', d) + INTERVAL '1 month' - INTERVAL '1 day'
              THEN date_trunc('month', d + trunc(n)::integer * INTERVAL '1 month')
                   + INTERVAL '1 month' - INTERVAL '1 day' + (d - date_trunc('day', d))
            ELSE d + trunc(n)::integer * INTERVAL '1 month'
          END
        $$;
        """);
    DEFINITIONS.put(
        "months_between",
        """
        CREATE OR REPLACE FUNCTION godwit_compat.months_between(a timestamp, b timestamp)
          RETURNS numeric LANGUAGE sql IMMUTABLE AS $$
          SELECT CASE
            WHEN a IS NULL OR b IS NULL THEN NULL
            WHEN extract(day FROM a) = extract(day FROM b)
              OR (date_trunc('day', a) = date_trunc('month', a) + INTERVAL '1 month' - INTERVAL '1 day'
                  AND date_trunc('day', b) = date_trunc('month', b) + INTERVAL '1 month' - INTERVAL '1 day')
              THEN ((extract(year FROM a) - extract(year FROM b)) * 12
                    + extract(month FROM a) - extract(month FROM b))::numeric
            ELSE ((extract(year FROM a) - extract(year FROM b)) * 12
                  + extract(month FROM a) - extract(month FROM b))::numeric
                 + (extract(day FROM a) - extract(day FROM b))::numeric / 31
                 + (extract(epoch FROM a - date_trunc('day', a))
                    - extract(epoch FROM b - date_trunc('day', b)))::numeric / 86400 / 31
          END
        $$;
        """);
    DEFINITIONS.put(
        "substr",
        """
        CREATE OR REPLACE FUNCTION godwit_compat.substr(s text, pos numeric)
          RETURNS text LANGUAGE sql IMMUTABLE AS $$
          SELECT CASE
            WHEN s IS NULL OR pos IS NULL THEN NULL
            WHEN trunc(pos) >= 0 THEN nullif(substr(s, greatest(trunc(pos)::integer, 1)), '')
            WHEN length(s) + trunc(pos) < 0 THEN NULL
            ELSE nullif(substr(s, (length(s) + trunc(pos))::integer + 1), '')
          END
        $$;

        CREATE OR REPLACE FUNCTION godwit_compat.substr(s text, pos numeric, len numeric)
          RETURNS text LANGUAGE sql IMMUTABLE AS $$
          SELECT CASE
            WHEN s IS NULL OR pos IS NULL OR len IS NULL OR trunc(len) < 1 THEN NULL
            WHEN trunc(pos) >= 0
              THEN nullif(substr(s, greatest(trunc(pos)::integer, 1), trunc(len)::integer), '')
            WHEN length(s) + trunc(pos) < 0 THEN NULL
            ELSE nullif(substr(s, (length(s) + trunc(pos))::integer + 1, trunc(len)::integer), '')
          END
        $$;
        """);
    DEFINITIONS.put(
        "last_day",
        """
        CREATE OR REPLACE FUNCTION godwit_compat.last_day(d timestamp)
          RETURNS timestamp LANGUAGE sql IMMUTABLE AS $$
          SELECT date_trunc('month', d) + INTERVAL '1 month' - INTERVAL '1 day'
                 + (d - date_trunc('day', d))
        $$;
        """);
    DEFINITIONS.put(
        "next_day",
        """
        CREATE OR REPLACE FUNCTION godwit_compat.next_day(d timestamp, day_name text)
          RETURNS timestamp LANGUAGE plpgsql IMMUTABLE AS $$
        DECLARE
          target integer := (position(upper(left(btrim(day_name), 3))
                             IN 'SUNMONTUEWEDTHUFRISAT') + 2) / 3 - 1;
        BEGIN
          IF d IS NULL OR day_name IS NULL THEN
            RETURN NULL;
          END IF;
          IF target < 0 OR length(btrim(day_name)) < 3 THEN
            RAISE EXCEPTION 'not a valid day of the week: %', day_name USING ERRCODE = '22023';
          END IF;
          RETURN d + ((target - extract(dow FROM d)::integer + 6) % 7 + 1) * INTERVAL '1 day';
        END
        $$;
        """);
    DEFINITIONS.put(
        "to_char",
        """
        CREATE OR REPLACE FUNCTION godwit_compat.to_char(n numeric)
          RETURNS text LANGUAGE sql IMMUTABLE AS $$
          SELECT CASE
            WHEN t LIKE '0.%' THEN substr(t, 2)
            WHEN t LIKE '-0.%' THEN '-' || substr(t, 3)
            ELSE t
          END
          FROM (SELECT trim_scale(n)::text AS t) s
        $$;
        """);
    DEFINITIONS.put(
        "map_get",
        """
        CREATE OR REPLACE FUNCTION godwit_compat.map_get(m jsonb, k text)
          RETURNS text LANGUAGE plpgsql IMMUTABLE AS $$
        BEGIN
          IF m IS NULL OR k IS NULL OR (m -> k) IS NULL THEN
            RAISE EXCEPTION 'no data found: no element %', k USING ERRCODE = 'P0002';
          END IF;
          RETURN m ->> k;
        END
        $$;
        """);
    DEFINITIONS.put(
        "instr",
        """
        CREATE OR REPLACE FUNCTION godwit_compat.instr(
            s text, sub text, start integer DEFAULT 1, occurrence integer DEFAULT 1)
          RETURNS integer LANGUAGE plpgsql IMMUTABLE AS $$
        DECLARE
          pos integer;
          found integer := 0;
          len integer := length(s);
        BEGIN
          IF s IS NULL OR sub IS NULL OR start IS NULL OR occurrence IS NULL
             OR sub = '' THEN
            RETURN NULL;
          END IF;
          IF occurrence < 1 THEN
            RAISE EXCEPTION 'argument ''%'' is out of range', occurrence USING ERRCODE = '22003';
          END IF;
          IF start > 0 THEN
            pos := start;
            WHILE pos <= len LOOP
              IF substr(s, pos, length(sub)) = sub THEN
                found := found + 1;
                IF found = occurrence THEN
                  RETURN pos;
                END IF;
              END IF;
              pos := pos + 1;
            END LOOP;
          ELSIF start < 0 THEN
            pos := len + start + 1;
            WHILE pos >= 1 LOOP
              IF substr(s, pos, length(sub)) = sub THEN
                found := found + 1;
                IF found = occurrence THEN
                  RETURN pos;
                END IF;
              END IF;
              pos := pos - 1;
            END LOOP;
          END IF;
          RETURN 0;
        END
        $$;
        """);
  }

  private PgCompat() {}

  static Set<String> names() {
    return DEFINITIONS.keySet();
  }

  /** The script creating the schema and the named functions, in name order. */
  static String script(Set<String> used) {
    StringBuilder s = new StringBuilder("CREATE SCHEMA IF NOT EXISTS " + SCHEMA + ";\n\n");
    for (String name : new java.util.TreeSet<>(used)) {
      String def = DEFINITIONS.get(name);
      if (def == null) {
        throw new IllegalArgumentException("no compatibility function " + name);
      }
      s.append(def).append('\n');
    }
    return s.toString();
  }
}
