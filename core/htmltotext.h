// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <atomic>

namespace fl {

struct InlineXbrlFacts;

struct HtmlConversionStats
{
    // Elements nested deeper than kMaxHtmlDepth: the rest of the document is kept as source.
    bool tooDeep = false;
    bool cancelled = false;
    qsizetype hiddenElements = 0; // display:none and inline-XBRL header content dropped
    qsizetype pageBreaks = 0;
    qsizetype tagsCut = 0; // start tags that lost attributes past kMaxHtmlAttributes (htmlguard.h)
};

// Real filings nest HTML elements less than 20 deep. libxml2 looks through its stack of open
// elements for every end tag it cannot match, so an adversarial document nested millions
// deep would take quadratic time: conversion stops at this depth and keeps the rest as source.
constexpr int kMaxHtmlDepth = 200;

// Converts an HTML document to readable text with libxml2's HTML parser (SAX, no tree).
// Block elements become line breaks, table rows stay on one line with cells separated by tabs,
// hidden inline-XBRL header content is dropped, page breaks become a line holding a form
// feed, Wingdings check boxes become Unicode ballot boxes. Nothing is ever loaded from the
// network or the file system. Input is UTF-8 or Windows-1252 (detected); output is UTF-8.
// Linear in the input size. With `facts`, the inline-XBRL facts, contexts and units are read in
// the same pass (ixbrl.h), their ranges as UTF-16 offsets into the returned text.
QByteArray htmlToUtf8Text(QByteArrayView html, HtmlConversionStats *stats = nullptr,
                          const std::atomic_bool *cancel = nullptr,
                          InlineXbrlFacts *facts = nullptr);

// Convenience for tests and small inputs.
QString htmlToText(QByteArrayView html, HtmlConversionStats *stats = nullptr);

// True when the bytes look like an HTML document (first markup is <html>, <!DOCTYPE html>,
// <head> or <body>, possibly after an XML declaration and comments).
bool looksLikeHtml(QByteArrayView bytes);

// The version of libxml2 in use, for About boxes.
QString libxml2Version();

} // namespace fl
