#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Lists the inline-XBRL facts, contexts and units of a filing with lxml, as JSON.

The independent reader tst_ixbrl checks FilingLens's fact pass against. A bare .htm file is
one document (-1); a full submission (.txt) is cut at its <DOCUMENT> blocks, numbered from 0
in file order, and each <TEXT> body that holds inline XBRL is read.

Displayed text: the element's character data in document order, ix:exclude left out (its tail
kept), comments skipped, blank runs collapsed to one space and trimmed. A nonNumeric's "full"
text joins its ix:continuation chain with spaces before collapsing.
"""
import json
import re
import sys

from lxml import etree

BLANK = re.compile("[ \t\n\r\f\v\u00a0\u2000-\u200a\u202f\u3000]+")


def collapse(s):
    return BLANK.sub(" ", s).strip()


def local(tag):
    if not isinstance(tag, str):
        return ""
    tag = tag.split("}")[-1]
    return tag.split(":")[-1].lower()


# lxml's HTML parser drops the prefixes: there the ix elements go by their local names.
IX_LOCAL_NAMES = {"nonnumeric", "nonfraction", "continuation", "exclude", "hidden", "header",
                  "resources", "references", "footnote", "relationship", "tuple", "fraction"}
HTML_MODE = False


def is_ix(el):
    tag = el.tag if isinstance(el.tag, str) else ""
    if HTML_MODE:
        return tag.lower() in IX_LOCAL_NAMES
    return tag.startswith(("{http://www.xbrl.org/2013/inlineXBRL}",
                           "{http://www.xbrl.org/2008/inlineXBRL}"))


def text_of(el):
    parts = [el.text or ""]
    for child in el:
        if isinstance(child.tag, str) and not (is_ix(child) and local(child.tag) == "exclude"):
            parts.append(text_of(child))
        parts.append(child.tail or "")
    return "".join(parts)


def parse(body):
    global HTML_MODE
    HTML_MODE = False
    try:
        return etree.fromstring(body, etree.XMLParser(huge_tree=True, resolve_entities=False))
    except etree.XMLSyntaxError:
        # Not well-formed XML (HTML entities such as &nbsp;): lxml's HTML parser keeps the
        # names without their prefixes, lower-cased.
        HTML_MODE = True
        return etree.fromstring(body, etree.HTMLParser(huge_tree=True))


def attr(el, name):
    for key, value in el.attrib.items():
        if key.split("}")[-1].lower() == name:
            return value.strip()
    return ""


def read_document(root):
    facts, contexts, units, continuations = [], {}, {}, {}
    for el in root.iter():
        if not isinstance(el.tag, str) or not is_ix(el):
            continue
        if local(el.tag) == "continuation":
            continuations[attr(el, "id")] = el
    for el in root.iter():
        if not isinstance(el.tag, str):
            continue
        name = local(el.tag)
        if is_ix(el) and name in ("nonfraction", "nonnumeric"):
            raw = text_of(el)
            whole, nxt, seen = raw, attr(el, "continuedat"), 0
            while nxt and nxt in continuations and seen < 10000:
                whole += " " + text_of(continuations[nxt])
                nxt = attr(continuations[nxt], "continuedat")
                seen += 1
            hidden = any(is_ix(a) and local(a.tag) == "hidden" for a in el.iterancestors())
            facts.append({
                "kind": "nonFraction" if name == "nonfraction" else "nonNumeric",
                "concept": attr(el, "name"), "context": attr(el, "contextref"),
                "unit": attr(el, "unitref"), "scale": attr(el, "scale"),
                "decimals": attr(el, "decimals"), "sign": attr(el, "sign"),
                "format": attr(el, "format"), "displayed": collapse(raw),
                "full": collapse(whole), "hidden": hidden,
            })
        elif name == "context" and not is_ix(el):
            c = {"entity": "", "instant": "", "start": "", "end": "", "dimensions": []}
            for d in el.iter():
                n = local(d.tag)
                if n == "identifier":
                    c["entity"] = collapse(d.text or "")
                elif n in ("instant", "startdate", "enddate"):
                    c[{"instant": "instant", "startdate": "start", "enddate": "end"}[n]] = \
                        collapse(d.text or "")
                elif n in ("explicitmember", "typedmember"):
                    c["dimensions"].append([attr(d, "dimension"), collapse("".join(d.itertext()))])
            contexts[attr(el, "id")] = c
        elif name == "unit" and not is_ix(el):
            num, den = [], []
            for m in el.iter():
                if local(m.tag) == "measure":
                    below = any(local(a.tag) == "unitdenominator" for a in m.iterancestors())
                    (den if below else num).append(collapse(m.text or ""))
            units[attr(el, "id")] = "*".join(num) + ("/" + "*".join(den) if den else "")
    return {"facts": facts, "contexts": contexts, "units": units}


def documents(data, path):
    if not path.lower().endswith((".txt", ".nc")) or b"<DOCUMENT>" not in data:
        yield -1, data
        return
    for i, block in enumerate(re.finditer(rb"<DOCUMENT>(.*?)(?:</DOCUMENT>|\Z)", data, re.S)):
        body = re.search(rb"<TEXT>\s*(.*?)\s*(?:</TEXT>|\Z)", block.group(1), re.S)
        if body:
            text = body.group(1)
            text = re.sub(rb"^\s*<XBRL>\s*|\s*</XBRL>\s*$", b"", text)
            yield i, text


def main():
    path = sys.argv[1]
    data = open(path, "rb").read()
    out = []
    for index, body in documents(data, path):
        if not re.search(rb"<ix:(nonNumeric|nonFraction)", body, re.I):
            continue
        doc = read_document(parse(body))
        doc["document"] = index
        out.append(doc)
    json.dump({"documents": out}, sys.stdout, ensure_ascii=False)


if __name__ == "__main__":
    main()
