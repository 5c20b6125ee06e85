-- Expressions: literals, CASE, CAST, EXTRACT, TRIM, intervals, time zones, JSON, XML, objects.
SELECT 1, -1, +2.5, 1.5e10, 2E-3, .5, 10f, 3.14d, 'text', 'it''s', N'national', n'also',
       q'[quoted ' here]', Q'{braces}', q'<angle>', q'(round)', q'!bang!', nq'[nq]', NQ'#hash#',
       DATE '2024-01-31', TIMESTAMP '2024-01-31 10:00:00.123', TIMESTAMP '2024-01-31 10:00:00 +02:00',
       INTERVAL '5' DAY, INTERVAL '1-6' YEAR TO MONTH, INTERVAL '3 12:30:06.7' DAY TO SECOND(3),
       INTERVAL '90' MINUTE, INTERVAL '10' HOUR(3), INTERVAL '1.5' SECOND(2, 3),
       NULL, TRUE, FALSE
  FROM dual;

SELECT CASE WHEN salary > 10000 THEN 'high' WHEN salary > 5000 THEN 'mid' ELSE 'low' END band,
       CASE department_id WHEN 10 THEN 'admin' WHEN 20 THEN 'marketing' END dept,
       DECODE(job_id, 'IT_PROG', 1, 'SA_REP', 2, 0) code,
       NVL(commission_pct, 0), NVL2(commission_pct, 'yes', 'no'), COALESCE(a, b, c), NULLIF(a, b),
       CAST(salary AS VARCHAR2(20)), CAST('2024-01-01' AS DATE), CAST(NULL AS NUMBER(10, 2)),
       CAST(MULTISET(SELECT employee_id FROM hr.employees) AS hr.number_tab),
       CAST('x' AS NUMBER DEFAULT 0 ON CONVERSION ERROR),
       TO_NUMBER('12,3' DEFAULT -1 ON CONVERSION ERROR, '99D9'),
       EXTRACT(YEAR FROM hire_date), EXTRACT(MONTH FROM SYSDATE), EXTRACT(TIMEZONE_HOUR FROM SYSTIMESTAMP),
       EXTRACT(xml_col, '/a/b/text()'),
       TRIM(last_name), TRIM(LEADING '0' FROM code), TRIM(TRAILING FROM name), TRIM(BOTH 'x' FROM name), TRIM('x' FROM name),
       SYSDATE - hire_date, SYSDATE + 1/24, hire_date + INTERVAL '1' MONTH,
       (SYSTIMESTAMP - hire_ts) DAY(9) TO SECOND(0) elapsed,
       (SYSDATE - hire_date) YEAR TO MONTH tenure,
       SYSTIMESTAMP AT TIME ZONE 'UTC', from_tz(CAST(hire_date AS TIMESTAMP), 'Europe/Paris') AT LOCAL,
       hire_ts AT TIME ZONE DBTIMEZONE, CURRENT_TIMESTAMP(3), LOCALTIMESTAMP, CURRENT_DATE, SESSIONTIMEZONE,
       2 ** 3, MOD(7, 3), REMAINDER(7, 3), ROUND(salary, -2), TRUNC(SYSDATE, 'MM'), salary * -1,
       first_name || ' ' || last_name, 'a' || 1 + 2,
       employees_seq.NEXTVAL, hr.employees_seq.CURRVAL, USER, UID, SYS_GUID(), USERENV('LANG'),
       ROWID, e.ROWID, ROWNUM, ORA_ROWSCN
  FROM hr.employees e;

SELECT JSON_VALUE(doc, '$.name'), JSON_VALUE(doc, '$.age' RETURNING NUMBER NULL ON ERROR),
       JSON_VALUE(doc, '$.x' RETURNING VARCHAR2(10) DEFAULT 'none' ON EMPTY ERROR ON ERROR),
       JSON_QUERY(doc, '$.items' WITH CONDITIONAL ARRAY WRAPPER), JSON_QUERY(doc, '$' RETURNING CLOB PRETTY),
       JSON_OBJECT('id' VALUE employee_id, 'name' VALUE last_name ABSENT ON NULL),
       JSON_OBJECT(KEY 'id' VALUE employee_id RETURNING CLOB),
       JSON_ARRAY(1, 'two', NULL NULL ON NULL),
       JSON_ARRAYAGG(last_name ORDER BY last_name RETURNING CLOB),
       JSON_OBJECTAGG(KEY last_name VALUE salary),
       JSON_SERIALIZE(doc RETURNING VARCHAR2(4000) PRETTY),
       e.doc.address.city
  FROM hr.emp_json e
 WHERE JSON_EXISTS(doc, '$.tags[*]?(@ == "x")')
   AND doc IS JSON
   AND doc IS NOT JSON STRICT;

SELECT jt.*
  FROM orders o,
       JSON_TABLE(o.doc, '$.items[*]' COLUMNS (
         rn FOR ORDINALITY,
         sku VARCHAR2(20) PATH '$.sku',
         qty NUMBER PATH '$.qty' DEFAULT 0 ON EMPTY,
         has_gift VARCHAR2(5) EXISTS PATH '$.gift',
         NESTED PATH '$.parts[*]' COLUMNS (part VARCHAR2(20) PATH '$.id')
       )) jt;

SELECT XMLELEMENT("Emp", XMLATTRIBUTES(e.employee_id AS "id", e.hire_date),
                  XMLFOREST(e.last_name AS "Name", e.salary "Salary"),
                  XMLELEMENT(NAME "Dept", e.department_id)) emp_xml,
       XMLAGG(XMLELEMENT("n", last_name) ORDER BY last_name).getClobVal() all_names,
       XMLSERIALIZE(CONTENT XMLTYPE('<a/>') AS CLOB INDENT SIZE = 2),
       XMLCAST(XMLQUERY('/a/text()' PASSING x.doc RETURNING CONTENT) AS VARCHAR2(100)),
       XMLTYPE('<a>1</a>').EXTRACT('/a/text()').getStringVal()
  FROM hr.employees e, xml_docs x
 WHERE XMLEXISTS('/root/item[@id="1"]' PASSING BY VALUE x.doc)
 GROUP BY e.employee_id, e.hire_date, e.last_name, e.salary, e.department_id, x.doc;

SELECT xt.*
  FROM xml_docs d,
       XMLTABLE(XMLNAMESPACES('http://example.com/ns' AS "ns", DEFAULT 'http://example.com/d'),
                '/ns:root/ns:item' PASSING d.doc
                COLUMNS seq FOR ORDINALITY,
                        id NUMBER PATH '@id',
                        name VARCHAR2(50) PATH 'ns:name' DEFAULT 'n/a') xt;

SELECT TREAT(VALUE(p) AS hr.manager_t).reports_count, VALUE(p), REF(p), DEREF(r), p.address.street,
       p.get_name(), p.addresses(1).city, NEW hr.address_t('Main St', 'Springfield'),
       hr.address_t('Elm', 'Shelbyville').full_address(),
       CURSOR(SELECT * FROM hr.jobs j WHERE j.job_id = p.job_id) jobs_cur
  FROM hr.persons p
 WHERE VALUE(p) IS OF TYPE (ONLY hr.manager_t)
   AND p.phones IS NOT EMPTY
   AND p.tags IS A SET
   AND 'x' MEMBER OF p.tags
   AND p.tags SUBMULTISET OF p.all_tags
   AND p.tags NOT MEMBER p.banned
   AND CARDINALITY(p.tags MULTISET UNION DISTINCT p.extra) > 0;

SELECT &column_name, &&table_alias..id FROM &owner..&table_name WHERE id = :id AND x = :1 AND y = :"quoted";
SELECT 'a' COLLATE BINARY_CI FROM dual;
SELECT * FROM dual WHERE 1 = 1 AND (1, 2) = ((1, 2)) AND NOT 1 = 2 OR 3 >= 2 AND 2 <= 3;
