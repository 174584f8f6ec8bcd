// SPDX-License-Identifier: MIT
// Big submissions for the tests of the preview and the loading page, built from a real one.
#pragma once

#include "testutil.h"

#include <QByteArray>

namespace fl::test {

// A real 8-K submission with 19 documents, from the corpus.
inline QString bigSubmissionSource()
{
    return QStringLiteral("corpus/fullsub/sedl__aapl-8k-20191115.txt");
}

// The submission made big: its header and first document as they are, then its other
// documents repeated until the file passes `minBytes`, then its closing lines. Counts the
// documents it writes.
inline QByteArray bigSubmission(qint64 minBytes, int *documents)
{
    static constexpr QByteArrayView kEnd("</DOCUMENT>\n");
    const QByteArray source = readData(bigSubmissionSource());
    const qsizetype firstEnd = source.indexOf(kEnd) + kEnd.size();
    const qsizetype lastEnd = source.lastIndexOf(kEnd) + kEnd.size();
    const QByteArray others = source.sliced(firstEnd, lastEnd - firstEnd);
    const int othersCount =
        int(others.count("\n<DOCUMENT>")) + (others.startsWith("<DOCUMENT>") ? 1 : 0);
    QByteArray big = source.first(firstEnd);
    *documents = 1;
    while (big.size() < minBytes) {
        big += others;
        *documents += othersCount;
    }
    big += source.sliced(lastEnd);
    return big;
}

// The same submission with its first document's text repeated until the file passes
// `minBytes`: a first document that is most of the file.
inline QByteArray bigFirstDocument(qint64 minBytes)
{
    const QByteArray source = readData(bigSubmissionSource());
    const qsizetype textStart = source.indexOf("<TEXT>\n") + 7;
    const qsizetype textEnd = source.indexOf("</TEXT>\n");
    const QByteArray text = source.sliced(textStart, textEnd - textStart);
    QByteArray big = source.first(textEnd);
    while (big.size() < minBytes)
        big += text;
    big += source.sliced(textEnd);
    return big;
}

} // namespace fl::test
