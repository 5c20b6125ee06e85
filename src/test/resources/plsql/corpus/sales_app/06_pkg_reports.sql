-- Sales application: reports with dynamic SQL and ref cursors.
CREATE OR REPLACE PACKAGE sales.reports AS
  FUNCTION sales_by (p_dimension IN VARCHAR2, p_year IN NUMBER) RETURN SYS_REFCURSOR;
  PROCEDURE print_top_customers (p_limit IN PLS_INTEGER DEFAULT 10);
  FUNCTION csv_export (p_table IN VARCHAR2, p_where IN VARCHAR2 DEFAULT NULL) RETURN CLOB;
END reports;
/

CREATE OR REPLACE PACKAGE BODY sales.reports AS

  FUNCTION sales_by (p_dimension IN VARCHAR2, p_year IN NUMBER) RETURN SYS_REFCURSOR IS
    l_cur    SYS_REFCURSOR;
    l_column VARCHAR2(30);
    l_sql    VARCHAR2(4000);
  BEGIN
    l_column := CASE UPPER(p_dimension)
                  WHEN 'REGION' THEN 'r.region_name'
                  WHEN 'SEGMENT' THEN 'c.segment'
                  WHEN 'REP' THEN 'e.full_name'
                  ELSE NULL
                END;
    IF l_column IS NULL THEN
      RAISE_APPLICATION_ERROR(-20300, 'unknown dimension ' || DBMS_ASSERT.ENQUOTE_LITERAL(p_dimension));
    END IF;
    l_sql := q'[SELECT ]' || l_column || q'[ dim, SUM(o.order_total) total
                 FROM sales.orders o
                 JOIN sales.customers c ON c.customer_id = o.customer_id
                 LEFT JOIN sales.regions r ON r.region_id = c.region_id
                 LEFT JOIN sales.employees e ON e.emp_id = o.sales_rep_id
                WHERE EXTRACT(YEAR FROM o.order_date) = :yr
                GROUP BY ]' || l_column || ' ORDER BY 2 DESC';
    OPEN l_cur FOR l_sql USING p_year;
    RETURN l_cur;
  END sales_by;

  PROCEDURE print_top_customers (p_limit IN PLS_INTEGER DEFAULT 10) IS
  BEGIN
    DBMS_OUTPUT.PUT_LINE(RPAD('Customer', 40) || LPAD('Revenue', 15));
    DBMS_OUTPUT.PUT_LINE(RPAD('-', 55, '-'));
    FOR r IN (
      SELECT name, revenue
        FROM (SELECT c.name, SUM(o.order_total) revenue,
                     DENSE_RANK() OVER (ORDER BY SUM(o.order_total) DESC) rnk
                FROM sales.customers c, sales.orders o
               WHERE o.customer_id (+) = c.customer_id
               GROUP BY c.name)
       WHERE rnk <= p_limit
       ORDER BY revenue DESC NULLS LAST)
    LOOP
      DBMS_OUTPUT.PUT_LINE(RPAD(r.name, 40) || LPAD(TO_CHAR(NVL(r.revenue, 0), 'FM999,999,990.00'), 15));
    END LOOP;
  END print_top_customers;

  FUNCTION csv_export (p_table IN VARCHAR2, p_where IN VARCHAR2 DEFAULT NULL) RETURN CLOB IS
    l_cursor   INTEGER;
    l_cols     DBMS_SQL.DESC_TAB2;
    l_col_cnt  INTEGER;
    l_value    VARCHAR2(4000);
    l_result   CLOB;
    l_line     VARCHAR2(32767);
    l_ignore   INTEGER;
  BEGIN
    DBMS_LOB.CREATETEMPORARY(l_result, TRUE);
    l_cursor := DBMS_SQL.OPEN_CURSOR;
    DBMS_SQL.PARSE(l_cursor,
                   'SELECT * FROM ' || DBMS_ASSERT.SQL_OBJECT_NAME(p_table)
                   || CASE WHEN p_where IS NOT NULL THEN ' WHERE ' || p_where END,
                   DBMS_SQL.NATIVE);
    DBMS_SQL.DESCRIBE_COLUMNS2(l_cursor, l_col_cnt, l_cols);
    FOR i IN 1 .. l_col_cnt LOOP
      DBMS_SQL.DEFINE_COLUMN(l_cursor, i, l_value, 4000);
      l_line := l_line || CASE WHEN i > 1 THEN ',' END || '"' || l_cols(i).col_name || '"';
    END LOOP;
    DBMS_LOB.WRITEAPPEND(l_result, LENGTH(l_line) + 1, l_line || CHR(10));
    l_ignore := DBMS_SQL.EXECUTE(l_cursor);
    WHILE DBMS_SQL.FETCH_ROWS(l_cursor) > 0 LOOP
      l_line := NULL;
      FOR i IN 1 .. l_col_cnt LOOP
        DBMS_SQL.COLUMN_VALUE(l_cursor, i, l_value);
        l_line := l_line || CASE WHEN i > 1 THEN ',' END || '"' || REPLACE(l_value, '"', '""') || '"';
      END LOOP;
      DBMS_LOB.WRITEAPPEND(l_result, LENGTH(l_line) + 1, l_line || CHR(10));
    END LOOP;
    DBMS_SQL.CLOSE_CURSOR(l_cursor);
    RETURN l_result;
  EXCEPTION
    WHEN OTHERS THEN
      IF DBMS_SQL.IS_OPEN(l_cursor) THEN
        DBMS_SQL.CLOSE_CURSOR(l_cursor);
      END IF;
      RAISE;
  END csv_export;

END reports;
/
