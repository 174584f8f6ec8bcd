// SPDX-License-Identifier: MIT
// The line and word diff of two texts.

#include "comparison.h"
#include "filingparser.h"
#include "testutil.h"
#include "textdiff.h"
#include "textlines.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace fl;

class TestTextDiff : public QObject
{
    Q_OBJECT

    static QString words(const QString &text, const QList<SourceRange> &ranges)
    {
        QStringList out;
        for (const SourceRange &r : ranges)
            out << text.mid(r.start, r.length);
        return out.join(u'|');
    }

    // Applies the hunks to the left text and checks the result is the right text.
    static bool hunksRebuildRight(const QString &left, const QString &right, const TextDiff &diff)
    {
        const QStringList l = left.split(u'\n');
        const QStringList r = right.split(u'\n');
        int lines = 0;
        int rightLines = 0;
        for (const DiffHunk &h : diff.hunks) {
            if (h.leftStart != lines || h.rightStart != rightLines)
                return false;
            if (h.op == DiffOp::Equal && h.leftCount == h.rightCount) {
                for (int k = 0; k < h.leftCount; ++k) {
                    if (l.value(h.leftStart + k) != r.value(h.rightStart + k))
                        return false;
                }
            }
            lines += h.leftCount;
            rightLines += h.rightCount;
        }
        const int leftTotal = left.isEmpty() ? 0 : int(buildLineStarts(left).size());
        const int rightTotal = right.isEmpty() ? 0 : int(buildLineStarts(right).size());
        return lines == leftTotal && rightLines == rightTotal;
    }

private Q_SLOTS:
    void emptyAndIdentical()
    {
        TextDiff d = diffTexts(QString(), QString());
        QCOMPARE(d.hunks.size(), 0);
        QCOMPARE(d.changeCount(), 0);

        const QString text = u"one\ntwo\nthree\n"_s;
        d = diffTexts(text, text);
        QCOMPARE(d.hunks.size(), 1);
        QCOMPARE(d.hunks.first().op, DiffOp::Equal);
        QCOMPARE(d.hunks.first().leftCount, 3);
        QCOMPARE(d.changeCount(), 0);

        d = diffTexts(QString(), text);
        QCOMPARE(d.hunks.size(), 1);
        QCOMPARE(d.hunks.first().op, DiffOp::Insert);
        QCOMPARE(d.hunks.first().rightCount, 3);
        d = diffTexts(text, QString());
        QCOMPARE(d.hunks.first().op, DiffOp::Delete);
    }

    void completelyDifferent()
    {
        const QString a = u"alpha\nbeta\ngamma\n"_s;
        const QString b = u"one\ntwo\n"_s;
        const TextDiff d = diffTexts(a, b);
        QCOMPARE(d.hunks.size(), 1);
        QCOMPARE(d.hunks.first().op, DiffOp::Replace);
        QCOMPARE(d.hunks.first().leftCount, 3);
        QCOMPARE(d.hunks.first().rightCount, 2);
        QVERIFY(hunksRebuildRight(a, b, d));
    }

    void insertionAndDeletion()
    {
        const QString a = u"a\nb\nc\nd\ne\n"_s;
        const QString b = u"a\nb\nX\nc\nd\n"_s;
        const TextDiff d = diffTexts(a, b);
        QCOMPARE(d.changeCount(), 2);
        QCOMPARE(d.hunks[1].op, DiffOp::Insert);
        QCOMPARE(d.hunks[1].rightStart, 2);
        QCOMPARE(d.hunks.last().op, DiffOp::Delete);
        QCOMPARE(d.hunks.last().leftStart, 4);
        QVERIFY(hunksRebuildRight(a, b, d));
        // Line mapping for side-by-side scrolling.
        QCOMPARE(d.rightLineFor(0), 0);
        QCOMPARE(d.rightLineFor(2), 3); // "c" moved down by the inserted line
        QCOMPARE(d.leftLineFor(3), 2);
    }

    void wordLevelWhenALineGrows()
    {
        // The right line holds the whole left line and more: the added words are marked, and
        // nothing on the left.
        const QString a = u"The registrant's fiscal year ends December 31.\n"_s;
        const QString b = u"The registrant's fiscal year ends December 31, as amended by the "
                          u"board on March 3, 2004 and restated.\n"_s;
        const TextDiff d = diffTexts(a, b);
        QCOMPARE(d.changeCount(), 1);
        QVERIFY(d.leftWords.isEmpty());
        QVERIFY2(words(b, d.rightWords).contains(u"as amended by the board on March 3"_s),
                 qPrintable(words(b, d.rightWords)));
    }

    void unlikePagesAreMarkedAsLines()
    {
        // Two long blocks with few words in common: a word diff would mark nearly every word
        // at the highest cost; the block is a changed block of lines without word marks.
        QString a;
        QString b;
        for (int i = 0; i < 400; ++i) {
            a += u"alpha%1 beta%1 gamma%1 delta%1 the\n"_s.arg(i);
            b += u"one%1 two%1 three%1 four%1 the\n"_s.arg(i);
        }
        const TextDiff d = diffTexts(u"head\n"_s + a + u"tail\n"_s, u"head\n"_s + b + u"tail\n"_s);
        QCOMPARE(d.changeCount(), 1);
        QCOMPARE(d.hunks[1].leftCount, 400);
        QVERIFY(d.leftWords.isEmpty());
        QVERIFY(d.rightWords.isEmpty());
    }

    void wordLevel()
    {
        const QString a = u"Date of Report February 26, 2004\nsame line\n"_s;
        const QString b = u"Date of Report April 24, 2007\nsame line\n"_s;
        const TextDiff d = diffTexts(a, b);
        QCOMPARE(d.changeCount(), 1);
        QCOMPARE(words(a, d.leftWords), u"February 26|2004"_s);
        QCOMPARE(words(b, d.rightWords), u"April 24|2007"_s);
        DiffOptions lines;
        lines.wordLevel = false;
        QVERIFY(diffTexts(a, b, lines).leftWords.isEmpty());
    }

    void whitespace()
    {
        const QString a =
            u"The release is furnished as Exhibit 99.1\nhereto. Such information.\n"_s;
        const QString spaced =
            u"The  release is furnished   as Exhibit 99.1\nhereto.  Such information.\n"_s;
        const QString rewrapped =
            u"The release is furnished\nas Exhibit 99.1 hereto.\nSuch information.\n"_s;
        QCOMPARE(diffTexts(a, spaced).changeCount(), 1);
        QCOMPARE(diffTexts(a, rewrapped).changeCount(), 1);
        DiffOptions ignore;
        ignore.ignoreWhitespace = true;
        QCOMPARE(diffTexts(a, spaced, ignore).changeCount(), 0);
        // Re-wrapped lines hold the same words: no change when whitespace is ignored...
        const TextDiff d = diffTexts(a, rewrapped, ignore);
        QCOMPARE(d.changeCount(), 0);
        QVERIFY(hunksRebuildRight(a, rewrapped, d));
        // ...but a changed word inside them still is one, and only that word is marked.
        const QString edited =
            u"The release is furnished\nas Exhibit 99.2 hereto.\nSuch information.\n"_s;
        const TextDiff e = diffTexts(a, edited, ignore);
        QCOMPARE(e.changeCount(), 1);
        QCOMPARE(words(edited, e.rightWords), u"2"_s);
    }

    void unifiedOutput()
    {
        const QString a = u"1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n"_s;
        const QString b = u"1\n2\n3\n4\nfive\n6\n7\n8\n9\n10\n"_s;
        const LineIndex la = buildLineStarts(a);
        const LineIndex lb = buildLineStarts(b);
        const TextDiff d = diffTexts(DiffSide{a, la}, DiffSide{b, lb});
        const QString unified =
            unifiedDiff(DiffSide{a, la}, DiffSide{b, lb}, d, u"a.txt"_s, u"b.txt"_s);
        QCOMPARE(unified,
                 u"--- a.txt\n+++ b.txt\n@@ -2,7 +2,7 @@\n 2\n 3\n 4\n-5\n+five\n 6\n 7\n 8\n"_s);
        QCOMPARE(unifiedDiff(DiffSide{a, la}, DiffSide{a, la},
                             diffTexts(DiffSide{a, la}, DiffSide{a, la}), u"a"_s, u"b"_s),
                 QString());
    }

    void anchorsKeepItemsTogether()
    {
        // Two reports whose items differ in length: with anchors at the item headings, each
        // heading pairs with its own counterpart.
        const FilingPtr a = parseFile(test::dataPath(u"seeds/000_b149af05fdad4801.txt"_s));
        const FilingPtr b = parseFile(test::dataPath(u"seeds/001_9900e7bb81fee8a1.txt"_s));
        const TextDiff d = diffFilings(*a, *b);
        QCOMPARE(d.rightLineFor(a->lineAt(a->items[1].heading.start)),
                 b->lineAt(b->items[1].heading.start));
        QCOMPARE(d.rightLineFor(a->lineAt(a->signaturesRange.start)),
                 b->lineAt(b->signaturesRange.start));
    }

    void boundedWorkOnHugeUnlikeInputs()
    {
        // 60,000 lines drawn from a tiny alphabet on each side, in different orders: the
        // worst case for O(ND) diffs. The work stays bounded and the hunks still tile both texts.
        QRandomGenerator random(42);
        QString a;
        QString b;
        for (int i = 0; i < 60000; ++i) {
            a += QString::number(random.bounded(3)) + u'\n';
            b += QString::number(random.bounded(3)) + u'\n';
        }
        const TextDiff d = diffTexts(a, b);
        QVERIFY(d.changeCount() > 0);
        QVERIFY(hunksRebuildRight(a, b, d));
        // Too large to diff exactly and with no line unique to both sides to split it at: one
        // region is shown as a replaced block, which is what keeps the work bounded.
        QCOMPARE(d.coarseRegions, 1);
    }

    void lineMappingFollowsTheHunks()
    {
        // Every line of both sides, mapped through a diff with many hunks of every kind: a
        // line inside an equal hunk maps to its partner, a line inside a change into the
        // other side's block, and mapping never goes backwards as the line grows.
        const FilingPtr a = parseFile(test::dataPath(u"seeds/000_b149af05fdad4801.txt"_s));
        const FilingPtr b = parseFile(test::dataPath(u"seeds/002_804b7ad1e3b304a9.txt"_s));
        const TextDiff d = diffFilings(*a, *b);
        QVERIFY(d.hunks.size() > 5);
        for (const bool fromLeft : {true, false}) {
            const int lines = fromLeft ? a->lineCount() : b->lineCount();
            int previous = 0;
            for (int line = 0; line < lines; ++line) {
                const int mapped = fromLeft ? d.rightLineFor(line) : d.leftLineFor(line);
                QVERIFY(mapped >= previous);
                previous = mapped;
                const auto hunk =
                    std::find_if(d.hunks.cbegin(), d.hunks.cend(), [&](const DiffHunk &h) {
                        const int start = fromLeft ? h.leftStart : h.rightStart;
                        const int count = fromLeft ? h.leftCount : h.rightCount;
                        return line >= start && line < start + count;
                    });
                QVERIFY(hunk != d.hunks.cend());
                const int otherStart = fromLeft ? hunk->rightStart : hunk->leftStart;
                const int otherCount = fromLeft ? hunk->rightCount : hunk->leftCount;
                if (hunk->op == DiffOp::Equal)
                    QCOMPARE(mapped,
                             otherStart + line - (fromLeft ? hunk->leftStart : hunk->rightStart));
                else
                    QVERIFY(mapped >= otherStart && mapped <= otherStart + otherCount);
            }
        }
    }

    void realFilings()
    {
        const FilingPtr a =
            parseFile(test::dataPath(u"corpus/other/edgt__0001104659-25-002604.txt"_s));
        const FilingPtr b =
            parseFile(test::dataPath(u"corpus/odd/edgt__0001104659-25-002604.nc"_s));
        const TextDiff d = diffFilings(*a, *b);
        // The same filing in two dissemination formats: the documents themselves are equal.
        const Document &docA = a->documents[0];
        const Document &docB = b->documents[0];
        const int line = a->lineAt(docA.contentRange.start) + 20;
        QCOMPARE(d.rightLineFor(line),
                 line - a->lineAt(docA.range.start) + b->lineAt(docB.range.start));
    }
};

QTEST_MAIN(TestTextDiff)
#include "tst_textdiff.moc"
