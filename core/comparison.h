// SPDX-License-Identifier: MIT
#pragma once

#include "filing.h"
#include "textdiff.h"

#include <QList>
#include <QString>

namespace fl {

enum class CompareStatus { Same, Changed, OnlyLeft, OnlyRight, Renumbered };

// One field of two filings, paired by meaning: the same cover field, header field, item (a
// pre-2004 item with its current-numbering equivalent), exhibit number or signature.
struct FieldDifference
{
    QString section; // "Cover page", "Header", "Items", "Exhibits", "Signatures", "Documents"
    QString field;   // "Cover page / Date of report", "Item 2.02", "Exhibit 99.1 / Description"
    QString left;    // as written
    QString right;
    CompareStatus status = CompareStatus::Same;
    SourceRange leftRange;
    SourceRange rightRange;
};

// Compares every field of two parse results. Equality is decided on normalized forms:
// "0-17297" and "000-17297" are the same file number, "(978) 667-4111" and "978-667-4111" the
// same phone, "February 26, 2004" and "2/26/2004" the same date, "BTU International, Inc."
// and "BTU INTERNATIONAL INC" the same name. Items are paired through the official mapping of
// August 2004 (Item 12 with 2.02, 7 with 9.01, 5 with 8.01, 9 with 7.01, ...) and such pairs
// are marked Renumbered. Linear in the number of fields: entries are paired through hashes of
// their keys.
QList<FieldDifference> compareFields(const Filing &left, const Filing &right);

// Items of two filings paired as compareFields pairs them: by (part, code), then an 8-K's item
// with its equivalent in the other numbering. The right index of each left item, or -1;
// `used` marks the right items paired.
QList<int> pairItemsByCode(const QList<Item> &left, const QList<Item> &right, QList<bool> &used);

// "same", "changed", "only-left", "only-right", "renumbered".
QString compareStatusName(CompareStatus status);

// Anchors for diffTexts(): the heading lines of items both filings have (in the order of both),
// the starts of their signatures and of documents paired by type and order, so that each
// item's body is diffed against the same item's body.
QList<QPair<int, int>> alignmentAnchors(const Filing &left, const Filing &right);

// The text diff of two filings' displayed texts, aligned item by item.
TextDiff diffFilings(const Filing &left, const Filing &right, const DiffOptions &options = {});

} // namespace fl
