#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""The cover a filing's dei: tags state, read with lxml (through ixfacts.py), as JSON.

The independent reader tst_deicover checks FilingLens's cover against: for each cover field
that has a dei: concept, the tag's value normalized the way the field's normalized value is
written (ISO dates, two-letter state codes, EDGAR file numbers, digits of phone numbers,
"checked"/"unchecked", lower-case filer categories); the Section 12(b) securities, one per
context in document order (a context whose exchange is NONE, or whose title is N/A without an
exchange, registers nothing); and the par value the first 12(b) title states.

Output: {"document": index or -1, "form": "8-K", "fields": {json_name: value},
"securities": [{"title", "symbol", "exchange"}], "par_value": "0.01" or null}.
"""
import datetime
import json
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import ixfacts  # noqa: E402

STATES = {
    "alabama": "AL", "alaska": "AK", "arizona": "AZ", "arkansas": "AR", "california": "CA",
    "colorado": "CO", "connecticut": "CT", "delaware": "DE", "district of columbia": "DC",
    "florida": "FL", "georgia": "GA", "hawaii": "HI", "idaho": "ID", "illinois": "IL",
    "indiana": "IN", "iowa": "IA", "kansas": "KS", "kentucky": "KY", "louisiana": "LA",
    "maine": "ME", "maryland": "MD", "massachusetts": "MA", "michigan": "MI",
    "minnesota": "MN", "mississippi": "MS", "missouri": "MO", "montana": "MT",
    "nebraska": "NE", "nevada": "NV", "new hampshire": "NH", "new jersey": "NJ",
    "new mexico": "NM", "new york": "NY", "north carolina": "NC", "north dakota": "ND",
    "ohio": "OH", "oklahoma": "OK", "oregon": "OR", "pennsylvania": "PA",
    "puerto rico": "PR", "rhode island": "RI", "south carolina": "SC", "south dakota": "SD",
    "tennessee": "TN", "texas": "TX", "utah": "UT", "vermont": "VT", "virginia": "VA",
    "washington": "WA", "west virginia": "WV", "wisconsin": "WI", "wyoming": "WY",
}
# Most specific first: "NYSE American" before "NYSE".
EXCHANGES = [("nyse american", "NYSEAMER"), ("nyse arca", "NYSEArca"),
             ("new york stock exchange", "NYSE"), ("nyse", "NYSE"), ("nasdaq", "NASDAQ")]
MONTHS = {m.lower(): i for i, m in enumerate(
    ["January", "February", "March", "April", "May", "June", "July", "August", "September",
     "October", "November", "December"], 1)}

# json name -> (dei concept, kind); the phone joins CityAreaCode and LocalPhoneNumber.
FIELDS = {
    "form_type": ("dei:DocumentType", "text"),
    "date_of_report": ("dei:DocumentPeriodEndDate", "date"),
    "period_of_report": ("dei:DocumentPeriodEndDate", "date"),
    "registrant_name": ("dei:EntityRegistrantName", "name"),
    "state_of_incorporation": ("dei:EntityIncorporationStateCountryCode", "state"),
    "commission_file_number": ("dei:EntityFileNumber", "file"),
    "irs_employer_id": ("dei:EntityTaxIdentificationNumber", "irs"),
    "address": ("dei:EntityAddressAddressLine1", "address"),
    "zip_code": ("dei:EntityAddressPostalZipCode", "zip"),
    "phone": ("dei:LocalPhoneNumber", "phone"),
    "rule_425": ("dei:WrittenCommunications", "box"),
    "rule_14a_12": ("dei:SolicitingMaterial", "box"),
    "rule_14d_2b": ("dei:PreCommencementTenderOffer", "box"),
    "rule_13e_4c": ("dei:PreCommencementIssuerTenderOffer", "box"),
    "emerging_growth_company": ("dei:EntityEmergingGrowthCompany", "box"),
    "filer_category": ("dei:EntityFilerCategory", "choice"),
    "periodic_report": ("dei:DocumentAnnualReport", "box"),
    "transition_report": ("dei:DocumentTransitionReport", "box"),
    "well_known_seasoned_issuer": ("dei:EntityWellKnownSeasonedIssuer", "box"),
    "not_required_to_file": ("dei:EntityVoluntaryFilers", "box"),
    "filed_all_reports": ("dei:EntityCurrentReportingStatus", "box"),
    "interactive_data_submitted": ("dei:EntityInteractiveDataCurrent", "box"),
    "smaller_reporting_company": ("dei:EntitySmallBusiness", "box"),
    "icfr_auditor_attestation": ("dei:IcfrAuditorAttestationFlag", "box"),
    "shell_company": ("dei:EntityShellCompany", "box"),
    "cik": ("dei:EntityCentralIndexKey", "cik"),
    "amendment_flag": ("dei:AmendmentFlag", "flag"),
    "current_fiscal_year_end": ("dei:CurrentFiscalYearEndDate", "monthday"),
    "address_line_1": ("dei:EntityAddressAddressLine1", "address"),
    "address_line_2": ("dei:EntityAddressAddressLine2", "address"),
    "address_line_3": ("dei:EntityAddressAddressLine3", "address"),
    "city": ("dei:EntityAddressCityOrTown", "address"),
    "state_or_province": ("dei:EntityAddressStateOrProvince", "state"),
    "country": ("dei:EntityAddressCountry", "text"),
    "city_area_code": ("dei:CityAreaCode", "digits"),
    "local_phone_number": ("dei:LocalPhoneNumber", "digits"),
}
PERIODIC = ("10-K", "10-Q", "10-KT", "10-QT", "20-F", "10-K/A", "10-Q/A", "20-F/A")


def collapse(s):
    return ixfacts.collapse(s)


def truth(fact):
    """A boolean tag's value: by its format, else by its words."""
    fmt = fact["format"].split(":")[-1].lower()
    text = fact["displayed"].strip()
    if fmt in ("fixed-true", "booleantrue"):
        return True
    if fmt in ("fixed-false", "booleanfalse"):
        return False
    if fmt in ("boolballotbox", "yesnoballotbox"):
        return text in ("\u2612", "\u2611", "\u2713", "\u2714", "\u2717", "\u2718", "x", "X")
    return text.lower() in ("true", "yes")


def iso_date(text):
    m = re.match(r"([A-Za-z]+)\.?\s+(\d{1,2}),?\s*(\d{4})$", text.strip())
    if m and m.group(1).lower() in MONTHS:
        return datetime.date(int(m.group(3)), MONTHS[m.group(1).lower()],
                             int(m.group(2))).isoformat()
    m = re.match(r"(\d{1,2})/(\d{1,2})/(\d{4})$", text.strip())
    if m:
        return datetime.date(int(m.group(3)), int(m.group(1)), int(m.group(2))).isoformat()
    return text


def month_day(text):
    text = text.strip()
    if re.match(r"--\d\d-\d\d$", text):
        return text
    m = re.match(r"([A-Za-z]+)\s+(\d{1,2})$", text)
    if m and m.group(1).lower() in MONTHS:
        return "--%02d-%02d" % (MONTHS[m.group(1).lower()], int(m.group(2)))
    m = re.match(r"(\d{1,2})/(\d{1,2})$", text)
    if m:
        return "--%02d-%02d" % (int(m.group(1)), int(m.group(2)))
    return text


def file_number(text):
    parts = re.sub(r"\s", "", text).split("-")
    if len(parts) not in (2, 3) or not all(p.isdigit() for p in parts):
        return text
    def pad(p, width):
        while len(p) > width and p.startswith("0"):
            p = p[1:]
        return p.rjust(width, "0")
    out = pad(parts[0], 3) + "-" + pad(parts[1], 5)
    return out + ("-" + parts[2] if len(parts) == 3 else "")


def digits(text):
    return re.sub(r"\D", "", text)


def exchange(text):
    low = collapse(text).lower().replace(".", "")
    for name, code in EXCHANGES:
        if name in low:
            return code
    return collapse(text)


def value(fact, kind):
    text = collapse(fact["full"])
    if kind == "date":
        return iso_date(text)
    if kind == "state":
        return STATES.get(text.lower(), text.upper() if len(text) == 2 else text)
    if kind == "file":
        return file_number(text)
    if kind == "irs":
        d = digits(text)
        return d[:2] + "-" + d[2:] if len(d) == 9 else text
    if kind in ("phone", "digits", "zip"):
        return digits(text)
    if kind == "box":
        return "checked" if truth(fact) else "unchecked"
    if kind == "flag":
        return "true" if truth(fact) else "false"
    if kind == "choice":
        return text.lower()
    if kind == "cik":
        return digits(text).rjust(10, "0")
    if kind == "monthday":
        return month_day(text)
    if kind == "address":
        return text.rstrip(",; ")
    return text


def plain(doc, fact):
    ctx = doc["contexts"].get(fact["context"])
    return not ctx or not ctx["dimensions"]


def cover_fact(doc, concept):
    """The fact without dimensions, else the first."""
    facts = [f for f in doc["facts"] if f["concept"] == concept]
    for f in facts:
        if plain(doc, f):
            return f
    return facts[0] if facts else None


def not_applicable(text):
    key = collapse(text).upper().replace(".", "").replace("(", "").replace(")", "")
    return key in ("NOT APPLICABLE", "N/A", "NA", "NONE")


def securities(doc):
    rows, order = {}, []
    names = {"dei:Security12bTitle": "title", "dei:TradingSymbol": "symbol",
             "dei:SecurityExchangeName": "exchange", "dei:NoTradingSymbolFlag": "nosymbol"}
    for f in doc["facts"]:
        slot = names.get(f["concept"])
        if not slot:
            continue
        if f["context"] not in rows:
            rows[f["context"]] = {}
            order.append(f["context"])
        rows[f["context"]].setdefault(slot, f)
    out = []
    for ctx in order:
        r = rows[ctx]
        titled = "title" in r and not not_applicable(r["title"]["full"])
        listed = "exchange" in r and not not_applicable(r["exchange"]["full"])
        if not (titled or (listed and "symbol" in r)) or ("exchange" in r and not listed):
            continue
        symbol = ""
        if "symbol" in r and "nosymbol" not in r:
            s = collapse(r["symbol"]["full"]).upper()
            symbol = s if s and s[0].isalpha() and not not_applicable(s) else ""
        out.append({"title": collapse(r["title"]["full"]) if "title" in r else "",
                    "symbol": symbol,
                    "exchange": exchange(r["exchange"]["full"]) if "exchange" in r else ""})
    return out


def par_value(rows):
    for r in rows:
        title = r["title"]
        if "par" not in title.lower():
            continue
        if re.search(r"\b(no|without)\s+par\s+value\b", title, re.I):
            return "none"
        m = re.search(r"\$\s*(\d*\.?\d+)", title)
        if m:
            v = m.group(1)
            v = ("0" + v) if v.startswith(".") else v
            return v.rstrip("0").rstrip(".") if "." in v else v
        m = re.search(r"(\d+)(?:\s+(\d)/(\d))?\s*(?:\u00a2|cents?\b)", title, re.I)
        if m:
            cents = float(m.group(1)) + (float(m.group(2)) / float(m.group(3))
                                         if m.group(2) else 0)
            return ("%.6f" % (cents / 100)).rstrip("0").rstrip(".")
    return None


def main():
    path = sys.argv[1]
    docs = json.loads(_facts_json(path))["documents"]
    main_doc = next((d for d in docs if any(f["concept"] == "dei:DocumentType"
                                            for f in d["facts"])), None)
    if main_doc is None:
        json.dump({"document": None}, sys.stdout)
        return
    form_fact = cover_fact(main_doc, "dei:DocumentType")
    form = collapse(form_fact["full"]) if form_fact else ""
    fields = {}
    for name, (concept, kind) in FIELDS.items():
        if name == "date_of_report" and form in PERIODIC:
            continue
        if name == "period_of_report" and form not in PERIODIC:
            continue
        if name == "cik" and main_doc["document"] != -1:
            continue  # a submission's CIK is its header's
        f = cover_fact(main_doc, concept)
        if not f or not collapse(f["full"]):
            continue
        v = value(f, kind)
        if name == "phone":
            area = cover_fact(main_doc, "dei:CityAreaCode")
            v = (digits(area["full"]) if area else "") + v
        fields[name] = v
    rows = securities(main_doc)
    tagged = any(f["concept"] in ("dei:Security12bTitle", "dei:TradingSymbol",
                                  "dei:SecurityExchangeName", "dei:NoTradingSymbolFlag")
                 for f in main_doc["facts"])
    json.dump({"document": main_doc["document"], "form": form, "fields": fields,
               "securities_tagged": tagged, "securities": rows,
               "par_value": par_value(rows) if tagged else None}, sys.stdout,
              ensure_ascii=False, indent=1)


def _facts_json(path):
    import io
    buf, old = io.StringIO(), sys.stdout
    sys.stdout = buf
    try:
        sys.argv = [sys.argv[0], path]
        ixfacts.main()
    finally:
        sys.stdout = old
    return buf.getvalue()


if __name__ == "__main__":
    main()
