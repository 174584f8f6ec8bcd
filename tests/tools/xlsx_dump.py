#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Prints an Excel workbook as JSON, read with openpyxl: an independent reader for the tests
of FilingLens's xlsx export.

    xlsx_dump.py WORKBOOK.xlsx

{"sheets": [{"name", "freeze_panes", "auto_filter", "header_bold": [bool per header cell],
             "widths": {"A": 12.0, ...}, "rows": [[cell, ...], ...]}]}
Each cell is null (empty) or [type, value]: "s" string, "n" number, "d" date (ISO, the
cell's number format being a date format), "f" formula, "b" boolean.
"""
import datetime
import json
import sys

import openpyxl


def cell_json(cell):
    if cell.value is None:
        return None
    if cell.data_type == "f":
        return ["f", str(cell.value)]
    if cell.is_date:
        value = cell.value
        if isinstance(value, datetime.datetime):
            value = value.date()
        return ["d", value.isoformat()]
    if cell.data_type == "n":
        return ["n", cell.value]
    if cell.data_type == "b":
        return ["b", bool(cell.value)]
    return ["s", str(cell.value)]


def main():
    book = openpyxl.load_workbook(sys.argv[1])
    sheets = []
    for ws in book.worksheets:
        rows = [[cell_json(c) for c in row] for row in ws.iter_rows()]
        header = next(ws.iter_rows(min_row=1, max_row=1), ())
        sheets.append({
            "name": ws.title,
            "freeze_panes": ws.freeze_panes,
            "auto_filter": ws.auto_filter.ref,
            "header_bold": [bool(c.font and c.font.b) for c in header],
            "number_formats": [[c.number_format for c in row] for row in ws.iter_rows(min_row=2)],
            "widths": {k: d.width for k, d in ws.column_dimensions.items()},
            "rows": rows,
        })
    json.dump({"sheets": sheets}, sys.stdout, ensure_ascii=False)


if __name__ == "__main__":
    main()
