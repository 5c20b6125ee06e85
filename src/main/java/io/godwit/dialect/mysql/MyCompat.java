package io.godwit.dialect.mysql;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Godwit's compatibility functions for MySQL: Oracle built-ins whose exact meaning has no
 * one-expression equivalent (INITCAP, TRANSLATE, INSTR with an occurrence, ADD_MONTHS at month
 * ends, MONTHS_BETWEEN, number format models). Converted code calls them in database {@value
 * #DATABASE}; the output creates the ones it uses before anything else. Each definition is written
 * here from Oracle's documented semantics, and declared DETERMINISTIC NO SQL so servers with binary
 * logging accept it.
 */
final class MyCompat {

  static final String DATABASE = "godwit_compat";

  private MyCompat() {}

  private static Map<String, String> definitions() {
    Map<String, String> d = new TreeMap<>();
    d.put(
        "initcap",
        """
        CREATE FUNCTION godwit_compat.initcap(s LONGTEXT) RETURNS LONGTEXT
          DETERMINISTIC NO SQL
        BEGIN
          DECLARE i INT DEFAULT 1;
          DECLARE n INT;
          DECLARE c VARCHAR(1);
          DECLARE r LONGTEXT DEFAULT '';
          DECLARE in_word BOOLEAN DEFAULT FALSE;
          IF s IS NULL THEN
            RETURN NULL;
          END IF;
          SET n = CHAR_LENGTH(s);
          WHILE i <= n DO
            SET c = SUBSTRING(s, i, 1);
            SET r = CONCAT(r, IF(in_word, LOWER(c), UPPER(c)));
            SET in_word = BINARY LOWER(c) <> BINARY UPPER(c) OR c BETWEEN '0' AND '9';
            SET i = i + 1;
          END WHILE;
          RETURN r;
        END""");
    d.put(
        "instr",
        """
        CREATE FUNCTION godwit_compat.instr(
            s LONGTEXT, sub LONGTEXT, start BIGINT, occurrence BIGINT) RETURNS BIGINT
          DETERMINISTIC NO SQL
        BEGIN
          DECLARE pos BIGINT;
          DECLARE hits BIGINT DEFAULT 0;
          DECLARE len BIGINT;
          DECLARE sublen BIGINT;
          IF s IS NULL OR sub IS NULL OR start IS NULL OR occurrence IS NULL OR sub = '' THEN
            RETURN NULL;
          END IF;
          IF occurrence < 1 THEN
            SIGNAL SQLSTATE '22003' SET MESSAGE_TEXT = 'INSTR occurrence is out of range';
          END IF;
          SET len = CHAR_LENGTH(s);
          SET sublen = CHAR_LENGTH(sub);
          IF start > 0 THEN
            SET pos = start;
            WHILE pos <= len DO
              IF BINARY SUBSTRING(s, pos, sublen) = BINARY sub THEN
                SET hits = hits + 1;
                IF hits = occurrence THEN
                  RETURN pos;
                END IF;
              END IF;
              SET pos = pos + 1;
            END WHILE;
          ELSEIF start < 0 THEN
            SET pos = len + start + 1;
            WHILE pos >= 1 DO
              IF BINARY SUBSTRING(s, pos, sublen) = BINARY sub THEN
                SET hits = hits + 1;
                IF hits = occurrence THEN
                  RETURN pos;
                END IF;
              END IF;
              SET pos = pos - 1;
            END WHILE;
          END IF;
          RETURN 0;
        END""");
    d.put(
        "translate",
        """
        CREATE FUNCTION godwit_compat.translate(s LONGTEXT, src LONGTEXT, dst LONGTEXT)
          RETURNS LONGTEXT DETERMINISTIC NO SQL
        BEGIN
          DECLARE i INT DEFAULT 1;
          DECLARE k INT;
          DECLARE n INT;
          DECLARE m INT;
          DECLARE c VARCHAR(1);
          DECLARE r LONGTEXT DEFAULT '';
          DECLARE hit INT;
          IF s IS NULL OR src IS NULL OR dst IS NULL THEN
            RETURN NULL;
          END IF;
          SET n = CHAR_LENGTH(s);
          SET m = CHAR_LENGTH(src);
          WHILE i <= n DO
            SET c = SUBSTRING(s, i, 1);
            SET hit = 0;
            SET k = 1;
            WHILE k <= m AND hit = 0 DO
              IF BINARY SUBSTRING(src, k, 1) = BINARY c THEN
                SET hit = k;
              END IF;
              SET k = k + 1;
            END WHILE;
            IF hit = 0 THEN
              SET r = CONCAT(r, c);
            ELSEIF hit <= CHAR_LENGTH(dst) THEN
              SET r = CONCAT(r, SUBSTRING(dst, hit, 1));
            END IF;
            SET i = i + 1;
          END WHILE;
          RETURN NULLIF(r, '');
        END""");
    d.put(
        "trim_set",
        """
        CREATE FUNCTION godwit_compat.trim_set(s LONGTEXT, chars LONGTEXT, at_start BOOLEAN,
            at_end BOOLEAN) RETURNS LONGTEXT DETERMINISTIC NO SQL
        BEGIN
          DECLARE a INT DEFAULT 1;
          DECLARE b INT;
          DECLARE k INT;
          DECLARE hit BOOLEAN;
          IF s IS NULL OR chars IS NULL THEN
            RETURN NULL;
          END IF;
          SET b = CHAR_LENGTH(s);
          trim_leading: WHILE at_start AND a <= b DO
            SET hit = FALSE;
            SET k = 1;
            WHILE k <= CHAR_LENGTH(chars) AND NOT hit DO
              SET hit = BINARY SUBSTRING(chars, k, 1) = BINARY SUBSTRING(s, a, 1);
              SET k = k + 1;
            END WHILE;
            IF NOT hit THEN
              LEAVE trim_leading;
            END IF;
            SET a = a + 1;
          END WHILE;
          trim_trailing: WHILE at_end AND b >= a DO
            SET hit = FALSE;
            SET k = 1;
            WHILE k <= CHAR_LENGTH(chars) AND NOT hit DO
              SET hit = BINARY SUBSTRING(chars, k, 1) = BINARY SUBSTRING(s, b, 1);
              SET k = k + 1;
            END WHILE;
            IF NOT hit THEN
              LEAVE trim_trailing;
            END IF;
            SET b = b - 1;
          END WHILE;
          RETURN NULLIF(SUBSTRING(s, a, b - a + 1), '');
        END""");
    d.put(
        "substr",
        """
        CREATE FUNCTION godwit_compat.substr(s LONGTEXT, start BIGINT, len BIGINT)
          RETURNS LONGTEXT DETERMINISTIC NO SQL
        BEGIN
          IF len IS NULL THEN
            RETURN SUBSTRING(s, IF(start = 0, 1, start));
          END IF;
          RETURN SUBSTRING(s, IF(start = 0, 1, start), len);
        END""");
    d.put(
        "add_months",
        """
        CREATE FUNCTION godwit_compat.add_months(d DATETIME(6), n DECIMAL(65,30))
          RETURNS DATETIME(6) DETERMINISTIC NO SQL
        BEGIN
          DECLARE months BIGINT;
          IF d IS NULL OR n IS NULL THEN
            RETURN NULL;
          END IF;
          SET months = TRUNCATE(n, 0);
          IF DATE(d) = LAST_DAY(d) THEN
            RETURN TIMESTAMP(LAST_DAY(DATE_ADD(DATE(d), INTERVAL months MONTH)), TIME(d));
          END IF;
          RETURN DATE_ADD(d, INTERVAL months MONTH);
        END""");
    d.put(
        "months_between",
        """
        CREATE FUNCTION godwit_compat.months_between(a DATETIME(6), b DATETIME(6))
          RETURNS DECIMAL(65,30) DETERMINISTIC NO SQL
        BEGIN
          DECLARE whole DECIMAL(65,30);
          IF a IS NULL OR b IS NULL THEN
            RETURN NULL;
          END IF;
          SET whole = (YEAR(a) - YEAR(b)) * 12 + MONTH(a) - MONTH(b);
          IF DAY(a) = DAY(b) OR (DATE(a) = LAST_DAY(a) AND DATE(b) = LAST_DAY(b)) THEN
            RETURN whole;
          END IF;
          RETURN whole + CAST(DAY(a) - DAY(b) AS DECIMAL(65,30)) / 31
            + CAST(TIME_TO_SEC(TIME(a)) - TIME_TO_SEC(TIME(b)) AS DECIMAL(65,30)) / 2678400
            + CAST(MICROSECOND(a) - MICROSECOND(b) AS DECIMAL(65,30)) / 2678400000000;
        END""");
    d.put(
        "next_day",
        """
        CREATE FUNCTION godwit_compat.next_day(d DATETIME(6), day_name VARCHAR(100))
          RETURNS DATETIME(6) DETERMINISTIC NO SQL
        BEGIN
          DECLARE target INT;
          IF d IS NULL OR day_name IS NULL THEN
            RETURN NULL;
          END IF;
          SET target = (LOCATE(UPPER(LEFT(TRIM(day_name), 3)), 'SUNMONTUEWEDTHUFRISAT') + 2)
            DIV 3 - 1;
          IF target < 0 OR CHAR_LENGTH(TRIM(day_name)) < 3 THEN
            SIGNAL SQLSTATE '22023' SET MESSAGE_TEXT = 'not a valid day of the week';
          END IF;
          RETURN DATE_ADD(d, INTERVAL (MOD(target - (DAYOFWEEK(d) - 1) + 6, 7) + 1) DAY);
        END""");
    d.put(
        "to_char_number",
        """
        CREATE FUNCTION godwit_compat.to_char_number(x DECIMAL(65,30), decimals INT,
            min_int INT, max_int INT, use_groups BOOLEAN, fm BOOLEAN, width INT, trim_nines INT,
            currency BOOLEAN) RETURNS VARCHAR(200) DETERMINISTIC NO SQL
        BEGIN
          DECLARE r VARCHAR(200);
          DECLARE ip VARCHAR(200);
          DECLARE fp VARCHAR(200) DEFAULT '';
          DECLARE neg BOOLEAN;
          DECLARE dot INT;
          DECLARE k INT DEFAULT 0;
          IF x IS NULL THEN
            RETURN NULL;
          END IF;
          SET neg = ROUND(x, decimals) < 0;
          SET r = FORMAT(ABS(x), decimals, 'en_US');
          SET dot = LOCATE('.', r);
          IF dot > 0 THEN
            SET ip = LEFT(r, dot - 1);
            SET fp = SUBSTRING(r, dot + 1);
          ELSE
            SET ip = r;
          END IF;
          IF NOT use_groups THEN
            SET ip = REPLACE(ip, ',', '');
          END IF;
          IF CHAR_LENGTH(REPLACE(ip, ',', '')) > GREATEST(max_int, 1)
             OR (max_int = 0 AND ip <> '0') THEN
            RETURN REPEAT('#', width);
          END IF;
          IF ip = '0' AND decimals > 0 AND min_int = 0 THEN
            SET ip = '';
          END IF;
          IF CHAR_LENGTH(ip) < min_int THEN
            SET ip = LPAD(ip, min_int, '0');
          END IF;
          IF fm THEN
            WHILE k < trim_nines AND RIGHT(fp, 1) = '0' DO
              SET fp = LEFT(fp, CHAR_LENGTH(fp) - 1);
              SET k = k + 1;
            END WHILE;
          END IF;
          SET r = CONCAT(IF(neg, '-', ''), IF(currency, '$', ''), ip,
                         IF(decimals > 0, CONCAT('.', fp), ''));
          RETURN IF(fm, r, LPAD(r, width, ' '));
        END""");
    d.put(
        "to_char",
        """
        CREATE FUNCTION godwit_compat.to_char(x DECIMAL(65,30)) RETURNS VARCHAR(100)
          DETERMINISTIC NO SQL
        BEGIN
          DECLARE t VARCHAR(100);
          IF x IS NULL THEN
            RETURN NULL;
          END IF;
          SET t = CAST(x AS CHAR);
          IF LOCATE('.', t) > 0 THEN
            SET t = TRIM(TRAILING '.' FROM TRIM(TRAILING '0' FROM t));
          END IF;
          IF LEFT(t, 2) = '0.' THEN
            SET t = SUBSTRING(t, 2);
          ELSEIF LEFT(t, 3) = '-0.' THEN
            SET t = CONCAT('-', SUBSTRING(t, 3));
          END IF;
          RETURN t;
        END""");
    d.put("regexp_count_icu", regexpCount(true));
    d.put("regexp_count_pcre", regexpCount(false));
    return d;
  }

  private static String regexpCount(boolean icu) {
    if (icu) {
      return """
          CREATE FUNCTION godwit_compat.regexp_count_icu(s LONGTEXT, p LONGTEXT, start BIGINT,
              flags VARCHAR(10)) RETURNS BIGINT DETERMINISTIC NO SQL
          BEGIN
            DECLARE cnt BIGINT DEFAULT 0;
            IF s IS NULL OR p IS NULL THEN
              RETURN NULL;
            END IF;
            WHILE REGEXP_INSTR(s, p, start, cnt + 1, 0, flags) > 0 DO
              SET cnt = cnt + 1;
            END WHILE;
            RETURN cnt;
          END""";
    }
    return """
        CREATE FUNCTION godwit_compat.regexp_count_pcre(s LONGTEXT, p LONGTEXT, start BIGINT,
            flags VARCHAR(10)) RETURNS BIGINT DETERMINISTIC NO SQL
        BEGIN
          DECLARE cnt BIGINT DEFAULT 0;
          DECLARE pos BIGINT;
          DECLARE k BIGINT;
          DECLARE rest LONGTEXT;
          IF s IS NULL OR p IS NULL THEN
            RETURN NULL;
          END IF;
          SET pos = start;
          count_matches: WHILE pos <= CHAR_LENGTH(s) DO
            SET rest = SUBSTRING(s, pos);
            SET k = REGEXP_INSTR(rest, p);
            IF k = 0 THEN
              LEAVE count_matches;
            END IF;
            SET cnt = cnt + 1;
            SET pos = pos + k - 1 + GREATEST(CHAR_LENGTH(REGEXP_SUBSTR(rest, p)), 1);
          END WHILE;
          RETURN cnt;
        END""";
  }

  /**
   * The database of the functions: {@value #DATABASE}, or {@code godwit_compat_<collation>} when
   * the target sets a collation, so the text the functions return has the collation of the
   * converted databases (MySQL refuses to compare text of two implicit collations).
   */
  static String database(MySqlTarget target) {
    return target.collation() == null ? DATABASE : DATABASE + "_" + target.collation();
  }

  /** The support name of function {@code name} for {@code target}: {@code database.name}. */
  static String use(MySqlTarget target, String name) {
    return database(target) + "." + name;
  }

  /** The databases the support names (from {@link #use}) live in, in name order. */
  static Set<String> databases(Set<String> used) {
    Set<String> out = new TreeSet<>();
    for (String u : used) {
      out.add(u.substring(0, u.indexOf('.')));
    }
    return out;
  }

  /** The script creating {@code database} and the functions of it that {@code used} names. */
  static String script(String database, Set<String> used) {
    Map<String, String> defs = definitions();
    StringBuilder s = new StringBuilder("CREATE DATABASE IF NOT EXISTS " + database);
    s.append(" CHARACTER SET utf8mb4");
    if (!database.equals(DATABASE)) {
      s.append(" COLLATE ").append(database.substring(DATABASE.length() + 1));
    }
    s.append(";\n\n");
    for (String u : new TreeSet<>(used)) {
      int dot = u.indexOf('.');
      if (!u.substring(0, dot).equals(database)) {
        continue;
      }
      String name = u.substring(dot + 1);
      String def = defs.get(name);
      if (def == null) {
        throw new IllegalArgumentException("no compatibility function " + name);
      }
      String text = def.strip();
      int at = text.indexOf(DATABASE + ".");
      text = text.substring(0, at) + database + "." + text.substring(at + DATABASE.length() + 1);
      s.append("DROP FUNCTION IF EXISTS ").append(database).append('.').append(name).append(";\n");
      s.append("DELIMITER $$\n").append(text).append("$$\nDELIMITER ;\n\n");
    }
    return s.toString();
  }
}
