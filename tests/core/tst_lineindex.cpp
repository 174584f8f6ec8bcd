// SPDX-License-Identifier: MIT
#include "lineindex.h"
#include "testutil.h"

#include <QTest>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;
using namespace fl;

class TestLineIndex : public QObject
{
    Q_OBJECT

    // The line starts of a text worked out the plain way: 0, then after every '\n' that is not
    // the last character.
    static QList<qsizetype> plainStarts(QStringView text)
    {
        QList<qsizetype> starts{0};
        for (qsizetype i = 0; i + 1 < text.size(); ++i) {
            if (text[i] == u'\n')
                starts.append(i + 1);
        }
        return starts;
    }

    // The line holding each offset by a linear scan: the last start at or before it.
    static void checkEveryOffset(const LineIndex &index, const QList<qsizetype> &starts,
                                 qsizetype textSize)
    {
        int line = 0;
        for (qsizetype offset = 0; offset <= textSize; ++offset) {
            while (line + 1 < starts.size() && starts[line + 1] <= offset)
                ++line;
            if (index.lineOf(offset) != line)
                QFAIL(qPrintable(u"offset %1: line %2, expected %3"_s.arg(offset)
                                     .arg(index.lineOf(offset))
                                     .arg(line)));
        }
    }

    static void checkSame(const LineIndex &index, const QList<qsizetype> &starts)
    {
        QCOMPARE(index.size(), starts.size());
        for (qsizetype i = 0; i < starts.size(); ++i) {
            if (index[i] != starts[i])
                QFAIL(qPrintable(
                    u"line %1 starts at %2, expected %3"_s.arg(i).arg(index[i]).arg(starts[i])));
        }
        // Sequential iteration gives the same.
        QCOMPARE(QList<qsizetype>(index.begin(), index.end()), starts);
    }

    // A text of `lines` lines of `length` characters each, line break included.
    static QString linesOf(int lines, int length)
    {
        QString line(length - 1, u'x');
        line += u'\n';
        return line.repeated(lines);
    }

private Q_SLOTS:
    void emptyText()
    {
        const LineIndex index = LineIndex::of(u"");
        QCOMPARE(index.size(), 1);
        QCOMPARE(index[0], 0);
        QCOMPARE(index.lineOf(0), 0);
        QCOMPARE(index.lineOf(5), 0);
        QCOMPARE(index.longestLine(0), 0);
    }

    void defaultIsEmpty()
    {
        const LineIndex index;
        QVERIFY(index.isEmpty());
        QCOMPARE(index.size(), 0);
        QCOMPARE(index.lineOf(0), 0);
        QCOMPARE(index.lineOf(100), 0);
        QCOMPARE(index.value(0, 42), 42);
        QCOMPARE(index.begin(), index.end());
        QCOMPARE(index.blockCount(), 0);
    }

    void oneLine()
    {
        const QString text = u"no line break at all"_s;
        const LineIndex index = LineIndex::of(text);
        QCOMPARE(index.size(), 1);
        QCOMPARE(index.first(), 0);
        QCOMPARE(index.last(), 0);
        QCOMPARE(index.lineOf(text.size() - 1), 0);
        QCOMPARE(index.longestLine(text.size()), text.size());
        // A final line break does not start another line.
        QCOMPARE(LineIndex::of(u"one line\n").size(), 1);
        QCOMPARE(LineIndex::of(u"\n").size(), 1);
        QCOMPARE(LineIndex::of(u"\n\n").size(), 2);
    }

    void valueOutsideTheLines()
    {
        const LineIndex index = LineIndex::of(u"a\nbb\nccc");
        QCOMPARE(index.value(1, -1), 2);
        QCOMPARE(index.value(2, -1), 5);
        QCOMPARE(index.value(3, -1), -1);
        QCOMPARE(index.value(-1, -1), -1);
    }

    // 64 lines span 63 × length characters from the block's first line to its last: the
    // width is the narrowest that holds that span.
    void widthPerBlock_data()
    {
        QTest::addColumn<int>("length");
        QTest::addColumn<int>("width");
        // 63 × 4 = 252 fits a byte; 63 × 5 = 315 does not.
        QTest::newRow("252 in a byte") << 4 << 1;
        QTest::newRow("315 in two bytes") << 5 << 2;
        // 63 × 1040 = 65,520 fits two bytes; 63 × 1041 = 65,583 does not.
        QTest::newRow("65520 in two bytes") << 1040 << 2;
        QTest::newRow("65583 in four bytes") << 1041 << 4;
    }
    void widthPerBlock()
    {
        QFETCH(int, length);
        QFETCH(int, width);
        const QString text = linesOf(3 * LineIndex::kBlockLines, length);
        const LineIndex index = LineIndex::of(text);
        QCOMPARE(index.blockCount(), 3);
        for (qsizetype b = 0; b < index.blockCount(); ++b)
            QCOMPARE(index.blockWidth(b), width);
        checkSame(index, plainStarts(text));
    }

    // The largest delta of a block is its last line's start: exactly 255, 256, 65,535 and 65,536.
    void widthBoundaries_data()
    {
        QTest::addColumn<qsizetype>("lastDelta");
        QTest::addColumn<int>("width");
        QTest::newRow("255") << qsizetype(255) << 1;
        QTest::newRow("256") << qsizetype(256) << 2;
        QTest::newRow("65535") << qsizetype(65535) << 2;
        QTest::newRow("65536") << qsizetype(65536) << 4;
    }
    void widthBoundaries()
    {
        QFETCH(qsizetype, lastDelta);
        QFETCH(int, width);
        // 63 one-character lines, then one long line that moves the 64th start to lastDelta.
        QString text = u"\n"_s.repeated(62);
        text += QString(lastDelta - 62 - 1, u'y') + u'\n';
        text += u"last line of the block\nfirst of the next\n"_s;
        const QList<qsizetype> starts = plainStarts(text);
        QCOMPARE(starts[63], lastDelta);
        const LineIndex index = LineIndex::of(text);
        QCOMPARE(index.blockWidth(0), width);
        QCOMPARE(index.blockWidth(1), 1);
        checkSame(index, starts);
        QCOMPARE(index.lineOf(lastDelta - 1), 62);
        QCOMPARE(index.lineOf(lastDelta), 63);
        QCOMPARE(index.lineOf(starts[64]), 64);
    }

    // Blocks of different widths side by side: narrow, wide, narrow again.
    void mixedWidths()
    {
        QString text = linesOf(100, 3);
        text += linesOf(70, 2000);
        text += linesOf(130, 1);
        text += QString(200000, u'z') + u'\n'; // one line over 65,536 characters
        text += linesOf(10, 7);
        const QList<qsizetype> starts = plainStarts(text);
        const LineIndex index = LineIndex::of(text);
        checkSame(index, starts);
        checkEveryOffset(index, starts, text.size());
        QList<int> widths;
        for (qsizetype b = 0; b < index.blockCount(); ++b)
            widths << index.blockWidth(b);
        // Lines 0-63: 3 chars; 64-127: 3 then 2000; 128-191: 2000 then 1; 192-255: 1, …
        QCOMPARE(widths.first(), 1);
        QVERIFY(widths.contains(4));
        QCOMPARE(index.longestLine(text.size()), 200001);
    }

    // Reading through a cursor gives each line's start and end in any order: forward,
    // backward, back and forth over block and chunk boundaries, and jumping far.
    void cursorReadsAnyOrder()
    {
        QString text = linesOf(100, 3);
        text += linesOf(70, 2000);
        text += linesOf(130, 1);
        text += QString(200000, u'z') + u'\n';
        text += linesOf(70000, 2); // past the first chunk
        text += u"last line, no break"_s;
        const QList<qsizetype> starts = plainStarts(text);
        const LineIndex index = LineIndex::of(text);
        const auto endOf = [&](qsizetype i) {
            return i + 1 < starts.size() ? starts[i + 1] : text.size();
        };
        QList<qsizetype> order;
        for (qsizetype i = 0; i < starts.size(); ++i)
            order << i;
        for (qsizetype i = starts.size() - 1; i >= 0; i -= 3)
            order << i;
        for (qsizetype b = 1; b * 64 < starts.size(); b += 7) {
            for (const qsizetype i : {b * 64 - 1, b * 64, b * 64 - 2, b * 64 + 1, b * 64 - 1})
                order << i;
        }
        order << starts.size() - 1 << 0 << 65600 << 3 << starts.size() - 1;
        LineIndex::Cursor cursor;
        for (const qsizetype i : order) {
            const auto [start, end] = index.bounds(i, text.size(), cursor);
            if (start != starts[i] || end != endOf(i))
                QFAIL(qPrintable(u"line %1: %2-%3, expected %4-%5"_s.arg(i)
                                     .arg(start)
                                     .arg(end)
                                     .arg(starts[i])
                                     .arg(endOf(i))));
        }
    }

    // Many chunks of 1,024 blocks: one-character lines, so each chunk spans 65,536 characters.
    void manyChunks()
    {
        const int lines = 3 * LineIndex::kBlocksPerChunk * LineIndex::kBlockLines + 77;
        QString text = u"\n"_s.repeated(lines);
        text[123456] = u'q'; // a line of two characters somewhere in the second chunk
        text.insert(123456, u'q');
        const QList<qsizetype> starts = plainStarts(text);
        const LineIndex index = LineIndex::of(text);
        checkSame(index, starts);
        checkEveryOffset(index, starts, text.size());
        QCOMPARE(index.longestLine(text.size()), 3);
        // About a byte a line, not eight.
        QVERIFY2(index.memoryBytes() < lines * 5 / 4,
                 qPrintable(QString::number(index.memoryBytes())));
    }

    // Spans over 65,536 characters in a block and across chunks.
    void longSpans()
    {
        QString text;
        for (int i = 0; i < 2 * LineIndex::kBlockLines + 5; ++i)
            text += QString(70000 + i, u'w') + u'\n';
        const QList<qsizetype> starts = plainStarts(text);
        const LineIndex index = LineIndex::of(text);
        QCOMPARE(index.blockWidth(0), 4);
        checkSame(index, starts);
        checkEveryOffset(index, starts, text.size());
        QCOMPARE(index.longestLine(text.size()), 70000 + 2 * LineIndex::kBlockLines + 5);
    }

    void builderTakesEqualStarts()
    {
        // Not from a text: the builder accepts any non-decreasing starts.
        LineIndex::Builder builder;
        const QList<qsizetype> starts = {0, 0, 5, 5, 5, 300, 70000, 70000, 5000000000LL / 2};
        for (const qsizetype s : starts)
            builder.append(s);
        const LineIndex index = builder.finish();
        checkSame(index, starts);
        QCOMPARE(index.lineOf(0), 1);
        QCOMPARE(index.lineOf(4), 1);
        QCOMPARE(index.lineOf(5), 4);
        QCOMPARE(index.lineOf(69999), 5);
        QCOMPARE(index.lineOf(70000), 7);
        QCOMPARE(index.lineOf(5000000000LL), 8);
    }

    void copies()
    {
        const QString text = linesOf(5000, 9);
        const LineIndex index = LineIndex::of(text);
        LineIndex copy = index;
        checkSame(copy, plainStarts(text));
        copy.clear();
        QVERIFY(copy.isEmpty());
        QCOMPARE(index.size(), 5000);
    }

    // Every offset of every real filing of the test data against the brute-force answer.
    void realFilings_data()
    {
        QTest::addColumn<QString>("file");
        for (const QString &file : test::allDataFiles())
            QTest::newRow(qPrintable(file)) << file;
    }
    void realFilings()
    {
        QFETCH(QString, file);
        const FilingPtr f = parseFile(test::dataPath(file));
        if (f->text.isEmpty())
            QSKIP("no text");
        const QList<qsizetype> starts = plainStarts(f->text);
        checkSame(f->lineStarts, starts);
        checkEveryOffset(f->lineStarts, starts, f->text.size());
        qsizetype longest = 0;
        for (qsizetype i = 0; i < starts.size(); ++i)
            longest = std::max(
                longest, (i + 1 < starts.size() ? starts[i + 1] : f->text.size()) - starts[i]);
        QCOMPARE(f->lineStarts.longestLine(f->text.size()), longest);
    }
};

QTEST_GUILESS_MAIN(TestLineIndex)
#include "tst_lineindex.moc"
