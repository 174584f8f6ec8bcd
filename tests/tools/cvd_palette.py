#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Checks that the viewer's swatches stay apart for readers with colour blindness.

    cvd_palette.py [ui/sectionstyle.cpp] [--min-delta-e 8] [--report]

Reads the kSwatches table of ui/sectionstyle.cpp (rows {Swatch::Name, label, 0xLIGHT,
0xDARK}), simulates each colour as seen with protanopia, deuteranopia and tritanopia
(Machado, Oliveira and Fernandes 2009, severity 1, applied to linear sRGB) and computes the
CIEDE2000 difference of every two rows that have a legend label, in normal vision and in each
simulation, for the light and for the dark variants. Exits 1 when a pair is closer than the
minimum. Plain Python, no third-party package.
"""
import argparse
import itertools
import math
import pathlib
import re
import sys

# Machado et al. 2009, table 1, severity 1.0 (linear RGB).
SIMULATIONS = {
    "normal": None,
    "protanopia": ((0.152286, 1.052583, -0.204868),
                   (0.114503, 0.786281, 0.099216),
                   (-0.003882, -0.048116, 1.051998)),
    "deuteranopia": ((0.367322, 0.860646, -0.227968),
                     (0.280085, 0.672501, 0.047413),
                     (-0.011820, 0.042940, 0.968881)),
    "tritanopia": ((1.255528, -0.076749, -0.178779),
                   (-0.078411, 0.930809, 0.147602),
                   (0.004733, 0.691367, 0.303900)),
}

ROW = re.compile(r"\{\s*Swatch::(\w+),\s*(nullptr|QT_TRANSLATE_NOOP\(\s*\"SectionStyle\",\s*"
                 r"\"([^\"]*)\"\s*\)),\s*0x([0-9a-fA-F]{6}),\s*0x([0-9a-fA-F]{6})\s*\}")


def read_table(path):
    text = pathlib.Path(path).read_text(encoding="utf-8")
    start = text.index("kSwatches[]")
    end = text.index("};", start)
    rows = [(m.group(1), m.group(3), m.group(4), m.group(5))
            for m in ROW.finditer(text[start:end])]
    if len(rows) < 10:
        sys.exit(f"{path}: read only {len(rows)} swatch rows; has the table changed shape?")
    return rows


def to_linear(channel):
    c = channel / 255
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def simulate(hex_colour, matrix):
    rgb = [to_linear(int(hex_colour[i:i + 2], 16)) for i in (0, 2, 4)]
    if matrix is None:
        return rgb
    return [min(1.0, max(0.0, sum(matrix[i][j] * rgb[j] for j in range(3)))) for i in range(3)]


def to_lab(linear_rgb):
    r, g, b = linear_rgb
    x = 0.4124564 * r + 0.3575761 * g + 0.1804375 * b
    y = 0.2126729 * r + 0.7151522 * g + 0.0721750 * b
    z = 0.0193339 * r + 0.1191920 * g + 0.9503041 * b

    def f(t):
        return t ** (1 / 3) if t > 216 / 24389 else (24389 / 27 * t + 16) / 116

    fx, fy, fz = f(x / 0.95047), f(y / 1.0), f(z / 1.08883)
    return 116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)


def delta_e_2000(lab1, lab2):
    """CIEDE2000 (Sharma, Wu and Dalal 2005)."""
    l1, a1, b1 = lab1
    l2, a2, b2 = lab2
    c_mean = (math.hypot(a1, b1) + math.hypot(a2, b2)) / 2
    g = 0.5 * (1 - math.sqrt(c_mean ** 7 / (c_mean ** 7 + 25 ** 7)))
    a1p, a2p = (1 + g) * a1, (1 + g) * a2
    c1p, c2p = math.hypot(a1p, b1), math.hypot(a2p, b2)
    h1p = math.degrees(math.atan2(b1, a1p)) % 360
    h2p = math.degrees(math.atan2(b2, a2p)) % 360
    dlp, dcp = l2 - l1, c2p - c1p
    if c1p * c2p == 0:
        dhp = 0.0
    else:
        dhp = h2p - h1p
        dhp = dhp - 360 if dhp > 180 else dhp + 360 if dhp < -180 else dhp
    dhp_big = 2 * math.sqrt(c1p * c2p) * math.sin(math.radians(dhp / 2))
    lp_mean, cp_mean = (l1 + l2) / 2, (c1p + c2p) / 2
    if c1p * c2p == 0:
        hp_mean = h1p + h2p
    elif abs(h1p - h2p) <= 180:
        hp_mean = (h1p + h2p) / 2
    else:
        hp_mean = (h1p + h2p + 360) / 2 if h1p + h2p < 360 else (h1p + h2p - 360) / 2
    t = (1 - 0.17 * math.cos(math.radians(hp_mean - 30))
         + 0.24 * math.cos(math.radians(2 * hp_mean))
         + 0.32 * math.cos(math.radians(3 * hp_mean + 6))
         - 0.20 * math.cos(math.radians(4 * hp_mean - 63)))
    d_theta = 30 * math.exp(-(((hp_mean - 275) / 25) ** 2))
    r_c = 2 * math.sqrt(cp_mean ** 7 / (cp_mean ** 7 + 25 ** 7))
    s_l = 1 + 0.015 * (lp_mean - 50) ** 2 / math.sqrt(20 + (lp_mean - 50) ** 2)
    s_c = 1 + 0.045 * cp_mean
    s_h = 1 + 0.015 * cp_mean * t
    r_t = -math.sin(math.radians(2 * d_theta)) * r_c
    return math.sqrt((dlp / s_l) ** 2 + (dcp / s_c) ** 2 + (dhp_big / s_h) ** 2
                     + r_t * (dcp / s_c) * (dhp_big / s_h))


def closest_pairs(rows, variant):
    """(difference, simulation, name, name) for every pair of legend rows, closest first."""
    column = 2 if variant == "light" else 3
    legend = [row for row in rows if row[1]]
    pairs = []
    for simulation, matrix in SIMULATIONS.items():
        labs = {row[0]: to_lab(simulate(row[column], matrix)) for row in legend}
        for a, b in itertools.combinations(legend, 2):
            pairs.append((delta_e_2000(labs[a[0]], labs[b[0]]), simulation, a[0], b[0]))
    return sorted(pairs)


def main():
    here = pathlib.Path(__file__).resolve().parent
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("table", nargs="?", default=here.parents[1] / "ui" / "sectionstyle.cpp")
    parser.add_argument("--min-delta-e", type=float, default=8.0)
    parser.add_argument("--report", action="store_true", help="print the closest pairs")
    args = parser.parse_args()
    rows = read_table(args.table)
    failed = False
    for variant in ("light", "dark"):
        pairs = closest_pairs(rows, variant)
        for delta, simulation, a, b in pairs[:5] if args.report else []:
            print(f"{variant:5} {simulation:12} {a} / {b}: {delta:.1f}")
        for delta, simulation, a, b in pairs:
            if delta < args.min_delta_e:
                failed = True
                print(f"FAIL {variant} {simulation}: {a} and {b} differ by {delta:.1f} "
                      f"(at least {args.min_delta_e} needed)")
        print(f"{variant}: {len(pairs) // len(SIMULATIONS)} pairs, closest "
              f"{pairs[0][0]:.1f} ({pairs[0][1]}: {pairs[0][2]} / {pairs[0][3]})")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
