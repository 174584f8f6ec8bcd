#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Pairs the inline-XBRL facts of two filings as tst_factcompare expects, read with lxml.

An independent reading for core/factcompare: the facts come from ixfacts.py; a fact's key is
(concept, instant or start and end, sorted axis=member pairs); the first fact of a key in a
filing stands for it. Numbers are compared as decimals after format, scale and sign; text
as its format and collapsed text (both sides of the pairs tested use the same formats).

Prints JSON: {"equal", "changed", "added", "removed", "changed_facts": [{"concept",
"period", "dimensions", "left", "right"}]}; numbers as plain decimals ("-1500.5").
"""
import json
import os
import sys
from decimal import Decimal

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import ixfacts  # noqa: E402

ZERO_FORMATS = {"ixt:fixed-zero", "ixt:zerodash", "ixt:numdash", "ixt:fixed-zero-dash"}
NUMBER_FORMATS = {"", "ixt:num-dot-decimal", "ixt:numdotdecimal"}


def plain(d):
    s = format(d, "f")
    if "." in s:
        s = s.rstrip("0").rstrip(".")
    return "0" if s in ("-0", "") else s


def value_of(fact):
    if fact["kind"] == "nonFraction":
        fmt = fact["format"]
        if fmt in ZERO_FORMATS:
            d = Decimal(0)
        elif fmt in NUMBER_FORMATS:
            d = Decimal(fact["displayed"].replace(",", "").replace(" ", "") or "0")
        else:
            raise SystemExit("factpairs.py: no reading of format " + fmt)
        d = d.scaleb(int(fact["scale"] or 0))
        if fact["sign"] == "-":
            d = -d
        return plain(d)
    return fact["format"] + "|" + fact["full"]


def facts_by_key(path):
    data = open(path, "rb").read()
    keyed = {}
    for _, body in ixfacts.documents(data, path):
        doc = ixfacts.read_document(ixfacts.parse(body))
        for fact in doc["facts"]:
            c = doc["contexts"].get(fact["context"], {})
            period = ("i:" + c["instant"]) if c.get("instant") else \
                ("d:%s/%s" % (c.get("start", ""), c.get("end", "")) if c else "")
            dims = "; ".join(sorted("%s=%s" % tuple(d) for d in c.get("dimensions", [])))
            keyed.setdefault((fact["concept"], period, dims), fact)
    return keyed


def main():
    left, right = facts_by_key(sys.argv[1]), facts_by_key(sys.argv[2])
    out = {"equal": 0, "changed": 0, "added": len(set(right) - set(left)),
           "removed": len(set(left) - set(right)), "changed_facts": []}
    for key in sorted(set(left) & set(right)):
        a, b = value_of(left[key]), value_of(right[key])
        if a == b:
            out["equal"] += 1
        else:
            out["changed"] += 1
            out["changed_facts"].append({"concept": key[0], "period": key[1],
                                         "dimensions": key[2], "left": a, "right": b})
    json.dump(out, sys.stdout, ensure_ascii=False)


if __name__ == "__main__":
    main()
