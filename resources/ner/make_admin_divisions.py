"""Build admin_divisions.tsv from cpca's adcodes.csv (MIT)."""
import csv, sys
rows = []
with open(sys.argv[1], encoding="utf-8") as fh:
    for r in csv.DictReader(fh):
        code = r["adcode"][:6]
        if code.endswith("0000"):
            level = "province"
        elif code.endswith("00"):
            level = "prefecture"
        else:
            level = "county"
        rows.append((code, r["name"], level))
rows.sort()
with open(sys.argv[2], "w", encoding="utf-8") as out:
    out.write("# adcode\tname\tlevel  (source: cpca 0.5.5 resources/adcodes.csv, MIT; see README.md)\n")
    for code, name, level in rows:
        out.write(f"{code}\t{name}\t{level}\n")
