#!/usr/bin/env python3
"""Side-by-side run of ora2pg and Godwit on the Oracle golden case inputs.

For every src/test/resources/golden/oracle-postgresql/NN-name/case.sql:
  * ora2pg converts the file offline (ora2pg -i case.sql -t TYPE for each object type), and its
    output is applied statement by statement to a fresh PostgreSQL 15 database;
  * godwit convert + godwit apply do the same into another fresh database;
  * the case's verify.sql runs on both databases: each query must return true.
It prints per-kind counts of CREATE statements that ran, and the verify.sql checks that passed.

Usage (see docs/benchmarks.md):
  docs/bench/ora2pg-golden.py --cases src/test/resources/golden/oracle-postgresql \
      --work /tmp/o2p/run --psql "psql -h /tmp/o2p/pg -p 55432 -U postgres" \
      --jdbc "jdbc:postgresql://localhost:55432/" --godwit "java -cp CLASSPATH io.godwit.cli.Main"
"""
import argparse
import json
import os
import shlex
import subprocess
import sys

# With -i, ora2pg's FUNCTION and PROCEDURE exports both write every routine of the file: FUNCTION
# alone is used, and statements are de-duplicated by kind and name.
ORA2PG_TYPES = ["TYPE", "TABLE", "SEQUENCE", "FUNCTION", "PACKAGE", "VIEW", "TRIGGER"]
KINDS = ["table", "sequence", "type", "view", "function", "package", "trigger", "index",
         "constraint"]


def split_statements(text):
    """Splits psql input on ';' outside quotes, dollar quotes and comments; drops psql commands."""
    out, cur, i, n = [], [], 0, len(text)
    quote, dollar = None, None
    while i < n:
        c = text[i]
        if dollar:
            if text.startswith(dollar, i):
                cur.append(dollar)
                i += len(dollar)
                dollar = None
                continue
            cur.append(c)
            i += 1
            continue
        if quote:
            cur.append(c)
            if c == quote:
                quote = None
            i += 1
            continue
        if c == "'" or c == '"':
            quote = c
            cur.append(c)
            i += 1
            continue
        if c == "-" and text.startswith("--", i):
            end = text.find("\n", i)
            i = n if end < 0 else end + 1
            cur.append("\n")
            continue
        if c == "$":
            end = text.find("$", i + 1)
            tag = text[i:end + 1] if end > 0 else None
            if tag and all(ch.isalnum() or ch == "_" for ch in tag[1:-1]):
                dollar = tag
                cur.append(tag)
                i = end + 1
                continue
        if c == "\\" and "".join(cur).strip() == "":
            end = text.find("\n", i)
            i = n if end < 0 else end + 1
            continue
        if c == ";":
            s = "".join(cur).strip()
            if s:
                out.append(s)
            cur = []
            i += 1
            continue
        cur.append(c)
        i += 1
    s = "".join(cur).strip()
    if s:
        out.append(s)
    return out


def kind_of(statement):
    words = statement.split()
    up = [w.upper() for w in words[:8]]
    if not up:
        return None
    if up[0] == "ALTER" and "ADD" in up and "CONSTRAINT" in [w.upper() for w in words]:
        return "constraint"
    if up[0] != "CREATE":
        return None
    rest = up[1:]
    while rest and rest[0] in ("OR", "REPLACE", "UNIQUE", "GLOBAL", "TEMPORARY", "UNLOGGED",
                               "MATERIALIZED"):
        rest = rest[1:]
    if not rest:
        return None
    k = rest[0].lower()
    if k == "procedure":
        k = "function"  # routines: functions and procedures together
    return k if k in KINDS else None


def name_of(statement):
    """The object name after CREATE [OR REPLACE] kind, for de-duplication."""
    words = statement.replace("(", " ").split()
    for i, w in enumerate(words[:8]):
        if w.upper() in ("TABLE", "VIEW", "FUNCTION", "PROCEDURE", "TRIGGER", "SEQUENCE", "TYPE",
                         "INDEX") and i + 1 < len(words):
            return words[i + 1].lower()
    return statement


def run_sql(psql, db, sql):
    p = subprocess.run(shlex.split(psql) + ["-X", "-q", "-v", "ON_ERROR_STOP=1", "-d", db],
                       input=sql, capture_output=True, text=True)
    return p.returncode == 0, p.stdout, p.stderr


def fresh_db(psql, name):
    run_sql(psql, "postgres", f"DROP DATABASE IF EXISTS {name};")
    run_sql(psql, "postgres", f"CREATE DATABASE {name};")


def verify(psql, db, verify_file):
    """Runs verify.sql in one session (package state lives in the session): true rows count."""
    if not os.path.exists(verify_file):
        return 0, 0
    with open(verify_file, encoding="utf-8") as f:
        statements = split_statements(f.read())
    total = sum(1 for st in statements if st.lstrip().upper().startswith("SELECT"))
    script = "\\pset format unaligned\n\\pset tuples_only on\n" + "".join(
        st + ";\n" for st in statements)
    p = subprocess.run(shlex.split(psql) + ["-X", "-q", "-d", db], input=script,
                       capture_output=True, text=True)
    passed = sum(1 for line in p.stdout.splitlines() if line.strip() == "t")
    return passed, total


def ora2pg_case(args, case_dir, work):
    out_dir = os.path.join(work, "ora2pg")
    os.makedirs(out_dir, exist_ok=True)
    statements = []
    for t in ORA2PG_TYPES:
        out = os.path.join(out_dir, t.lower() + ".sql")
        subprocess.run(["ora2pg", "-c", args.conf, "-i", os.path.join(case_dir, "case.sql"),
                        "-t", t, "-b", out_dir, "-o", t.lower() + ".sql", "-q"],
                       capture_output=True, text=True, timeout=120)
        files = [out] + sorted(os.path.join(out_dir, f) for f in os.listdir(out_dir)
                               if f.startswith(t.lower() + "_") or
                               (t == "PACKAGE" and f.endswith("_package.sql")))
        for path in files:
            if os.path.exists(path):
                with open(path, encoding="utf-8", errors="replace") as f:
                    statements += split_statements(f.read())
    db = "o2p_" + os.path.basename(case_dir).split("-")[0]
    fresh_db(args.psql, db)
    counts = {}
    seen = set()
    for st in statements:
        k = kind_of(st)
        if k and k != "constraint":
            key = (k, name_of(st))
            if key in seen:
                continue
            seen.add(key)
        ok, _, _ = run_sql(args.psql, db, st + ";")
        if k:
            tried, good = counts.get(k, (0, 0))
            counts[k] = (tried + 1, good + (1 if ok else 0))
    return counts, verify(args.psql, db, os.path.join(case_dir, "verify.sql"))


def godwit_case(args, case_dir, work):
    out_dir = os.path.join(work, "godwit")
    subprocess.run(shlex.split(args.godwit) + ["convert", "--from", "oracle", "--to", "postgresql",
                   os.path.join(case_dir, "case.sql"), "--out", out_dir],
                   capture_output=True, text=True)
    db = "gw_" + os.path.basename(case_dir).split("-")[0]
    fresh_db(args.psql, db)
    subprocess.run(shlex.split(args.godwit) + ["apply", "--url", args.jdbc + db, "--user",
                   "postgres", out_dir], capture_output=True, text=True)
    counts = {}
    report = os.path.join(out_dir, "apply-report.json")
    summary = os.path.join(out_dir, "summary.json")
    converted = set()
    if os.path.exists(summary):
        with open(summary, encoding="utf-8") as f:
            for o in json.load(f).get("objects", []):
                if o.get("status") == "converted":
                    converted.add((o.get("targetKind"), o.get("targetSchema"), o.get("targetName")))
    auto = 0
    if os.path.exists(report):
        with open(report, encoding="utf-8") as f:
            for o in json.load(f).get("objects", []):
                k = o.get("kind")
                k = "function" if k == "procedure" else k
                if k not in KINDS:
                    continue
                tried, good = counts.get(k, (0, 0))
                ok = o.get("status") == "applied"
                counts[k] = (tried + 1, good + (1 if ok else 0))
                if ok and (k, o.get("schema"), o.get("name")) in converted:
                    auto += 1
    return counts, verify(args.psql, db, os.path.join(case_dir, "verify.sql")), auto


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cases", required=True)
    ap.add_argument("--work", required=True)
    ap.add_argument("--psql", required=True)
    ap.add_argument("--jdbc", required=True)
    ap.add_argument("--godwit", required=True)
    ap.add_argument("--conf", default="/etc/ora2pg/ora2pg.conf")
    args = ap.parse_args()
    totals = {"ora2pg": {}, "godwit": {}}
    checks = {"ora2pg": [0, 0], "godwit": [0, 0]}
    auto_total = 0
    for case in sorted(os.listdir(args.cases)):
        case_dir = os.path.join(args.cases, case)
        if not os.path.exists(os.path.join(case_dir, "case.sql")):
            continue
        work = os.path.join(args.work, case)
        os.makedirs(work, exist_ok=True)
        o_counts, o_verify = ora2pg_case(args, case_dir, work)
        g_counts, g_verify, auto = godwit_case(args, case_dir, work)
        auto_total += auto
        for tool, counts, ver in (("ora2pg", o_counts, o_verify), ("godwit", g_counts, g_verify)):
            for k, (tried, good) in counts.items():
                t, g = totals[tool].get(k, (0, 0))
                totals[tool][k] = (t + tried, g + good)
            checks[tool][0] += ver[0]
            checks[tool][1] += ver[1]
        print(f"{case}: ora2pg verify {o_verify[0]}/{o_verify[1]}, godwit verify "
              f"{g_verify[0]}/{g_verify[1]}", flush=True)
    print("\nkind (function = functions and procedures) | ora2pg created/emitted | "
          "godwit created/emitted")
    for k in KINDS:
        o = totals["ora2pg"].get(k, (0, 0))
        g = totals["godwit"].get(k, (0, 0))
        if o != (0, 0) or g != (0, 0):
            print(f"{k} | {o[1]}/{o[0]} | {g[1]}/{g[0]}")
    print(f"verify.sql checks passed | {checks['ora2pg'][0]}/{checks['ora2pg'][1]} | "
          f"{checks['godwit'][0]}/{checks['godwit'][1]}")
    print(f"godwit objects converted automatically and applied: {auto_total}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
