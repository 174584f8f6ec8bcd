#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""An independent computation of the Lazy Prices scores, for the tests.

    lazyprices.py LEFT RIGHT   -> {"words_left", "words_right", "cosine", "jaccard"} of two
                                  UTF-8 text files
    lazyprices.py --count FILE -> {"words": n}: the tokens of one text

Tokens are maximal runs of letters and digits of the lower-cased text: [^\\W_]+ (\\w without the
underscore), which is what FilingLens's QChar::isLetterOrNumber rule gives (Unicode letters and
numbers; marks and the underscore separate tokens).
"""
import collections
import json
import math
import re
import sys

TOKEN = re.compile(r"[^\W_]+")


def tokens(text):
    return TOKEN.findall(text.lower())


def read(path):
    with open(path, encoding="utf-8") as f:
        return f.read()


def scores(left, right):
    a = collections.Counter(tokens(left))
    b = collections.Counter(tokens(right))
    dot = sum(a[t] * b[t] for t in a.keys() & b.keys())
    norm = math.sqrt(sum(v * v for v in a.values())) * math.sqrt(sum(v * v for v in b.values()))
    union = a.keys() | b.keys()
    both = not a and not b
    return {
        "words_left": sum(a.values()),
        "words_right": sum(b.values()),
        "cosine": 1.0 if both else (dot / norm if norm else 0.0),
        "jaccard": 1.0 if both else len(a.keys() & b.keys()) / len(union),
    }


def main():
    if len(sys.argv) == 3 and sys.argv[1] == "--count":
        print(json.dumps({"words": len(tokens(read(sys.argv[2])))}))
    elif len(sys.argv) == 3:
        print(json.dumps(scores(read(sys.argv[1]), read(sys.argv[2]))))
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main()
