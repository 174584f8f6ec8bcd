#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Fills the English plural forms of filinglens_en.ts from the sources' "(s)" convention:
"%n filing(s)" becomes "%n filing" and "%n filings". Run after lupdate (the
update_translations target) has added new %n strings; it keeps forms written by hand."""
import sys
import xml.etree.ElementTree as ET

# Singular forms the "(s)" rule alone gets wrong: the verb agrees with its subject.
SINGULAR_FIXES = [("filing(s) contain ", "filing contains "),
                  ("text(s) longer than a cell holds were", "text longer than a cell holds was"),
                  ("region(s) too unlike to align line by line are",
                   "region too unlike to align line by line is")]
PLURAL_FIXES = [("filing(s) contain ", "filings contain ")]


def forms(source):
    one, many = source, source
    for wrong, right in SINGULAR_FIXES:
        one = one.replace(wrong, right)
    for wrong, right in PLURAL_FIXES:
        many = many.replace(wrong, right)
    return one.replace("(s)", ""), many.replace("(s)", "s")


def main(path):
    tree = ET.parse(path)
    for message in tree.iter("message"):
        if message.get("numerus") != "yes":
            continue
        translation = message.find("translation")
        if translation.get("type") not in ("unfinished", "obsolete") and len(translation):
            continue  # already done (perhaps by hand)
        translation.attrib.pop("type", None)
        for child in list(translation):
            translation.remove(child)
        translation.text = None
        for text in forms(message.find("source").text):
            ET.SubElement(translation, "numerusform").text = text
    ET.indent(tree)
    with open(path, "wb") as out:
        out.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(out, encoding="utf-8", xml_declaration=False)
        out.write(b"\n")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "filinglens_en.ts")
