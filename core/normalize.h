// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace fl {

struct DateMatch
{
    qsizetype position = 0; // within the searched text
    qsizetype length = 0;
    QString iso; // YYYY-MM-DD, empty when the text looks like a date but is not a valid one
};

// The first thing that looks like a date in `text`: "February 26, 2004", "February 26,2004",
// "Feb. 26, 2004", "26 February 2004", "2/26/2004", "2004-02-26", "20040226".
std::optional<DateMatch> findDate(QStringView text);

// ISO form of a date written in any of the forms above, empty if it does not parse.
QString normalizeDate(QStringView text);

// Digits only: "(978) 667-4111" -> "9786674111".
QString digitsOnly(QStringView text);

// Two-letter USPS code for a US state, DC or territory written as a name or code
// ("DELAWARE", "Del.", "DE"), empty when unknown.
QString stateCode(QStringView text);

// "0-17297" and "000-17297" -> "000-17297": the prefix padded to three digits and the
// serial to five, the way EDGAR writes file numbers.
QString normalizeFileNumber(QStringView text);

// "942404110" or "94-2404110" -> "94-2404110"; empty unless there are nine digits.
QString normalizeIrsNumber(QStringView text);

// Ten-digit zero-padded Central Index Key.
QString normalizeCik(QStringView text);

// A key for comparing company names written differently: upper case, punctuation dropped,
// "INCORPORATED" -> "INC" and the like, EDGAR's "/DE/" state suffix dropped.
QString companyNameKey(QStringView text);

// True when the text ends with a company-form suffix ("Inc.", "CORP", "LLC", "L.P.", "N.V.",
// "AG", "Bancorp", "Holdings", ...), optionally followed by a comma.
bool endsWithCompanySuffix(QStringView text);

// Whitespace runs collapsed to one space, trimmed.
QString simplified(QStringView text);

// True for "NOT APPLICABLE", "N/A", "None" and the like.
bool isNotApplicable(QStringView text);

} // namespace fl
