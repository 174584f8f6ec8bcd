// SPDX-License-Identifier: MIT
#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace fl {

// One item of a form as its instructions define it, in force from `since` (inclusive) to
// `until` (exclusive); an invalid date leaves that end open. An item whose title changed has
// one entry per title.
struct SchemaItem
{
    QString part;  // "I", "II", ...; empty for a form without parts (8-K)
    QString code;  // normalized: "1A", "16", "2.02"
    QString title; // the official title in force
    QDate since;
    QDate until;
    bool required = false; // every report must carry it while it is in force
    QString history;       // where the item or its title came from

    bool inForceAt(QDate date) const
    {
        return !date.isValid()
            || ((!since.isValid() || date >= since) && (!until.isValid() || date < until));
    }
};

// How a form numbers its items: 8-K "2.02" (and "12" before August 2004), or a number with an
// optional letter ("1A", "9C", "16K", "4T").
enum class ItemNumbering { Decimal, NumberAndLetter };

// Which of several headings of the same item is its heading: an 8-K's longest occurrence, or
// a report's occurrence whose title best matches the official one (reports repeat "Item 7" at
// the top of every page and list every item in a table of contents).
enum class HeadingChoice { LongestBody, BestTitle };

// A form with an item structure: its parts and items, in the order the form lays them out.
struct FormSchema
{
    QString name;          // "10-K"
    QStringList formTypes; // the EDGAR form types it reads, amendments included
    ItemNumbering numbering = ItemNumbering::Decimal;
    HeadingChoice headingChoice = HeadingChoice::LongestBody;
    QStringList parts; // in order; empty for a form without parts
    QList<SchemaItem> items;

    // The entry for (part, code) in force at `date` (the latest entry when none is or the
    // date is unknown); null when the form has no such item. An empty part matches any part.
    const SchemaItem *find(QStringView part, QStringView code, QDate date = {}) const;
    // The parts in which `code` exists, in order ("1" in a 10-Q: I and II).
    QStringList partsOf(QStringView code) const;
    // Position of (part, code) in the form's order, -1 when unknown.
    int orderOf(QStringView part, QStringView code) const;
    bool hasParts() const { return !parts.isEmpty(); }
};

// Every form with an item structure: 8-K first, then the periodic reports.
const QList<FormSchema> &formSchemas();

// The schema for an EDGAR form type ("10-K405", "10-Q/A", "10KSB", "8-K"), null for a form
// without an item structure (S-1, DEF 14A, 6-K, 13F-HR, ...).
const FormSchema *schemaForForm(QStringView formType);

// "10KSB" -> "10-KSB", "10-k/a" -> "10-K/A": the spelling the schema lists.
QString canonicalFormType(QStringView formType);

// "II" -> 2: a part's roman numeral (I to X); 0 for anything else.
int romanValue(QStringView roman);

} // namespace fl
