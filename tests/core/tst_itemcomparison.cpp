// SPDX-License-Identifier: MIT
// Reports compared item by item: planted edits with known answers in a real 10-K, the Lazy
// Prices scores against an independent computation (Python's collections.Counter), moved blocks,
// Item 1A subheadings of real reports, and series of a company's reports.

#include "itemtext.h"
#include "similarity.h"
#include "testutil.h"
#include "textdiff.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace fl;

namespace {

const QString kReport =
    u"corpus/periodic/sptd__10-K_GME_0001326380-24-000012_primary-document.html"_s;
const QString kPlanted =
    u"Planted paragraph: management expects 17 new stores to open in fiscal 2024 across three "
    u"regions."_s;

// Runs tests/tools/lazyprices.py with `arguments`; its JSON answer.
QJsonObject python(const QStringList &arguments)
{
    QProcess process;
    process.start(u"python3"_s, QStringList{QStringLiteral(FILINGLENS_LAZYPRICES)} + arguments);
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        qFatal("lazyprices.py failed: %s", process.readAllStandardError().constData());
    return QJsonDocument::fromJson(process.readAllStandardOutput()).object();
}

// The unique occurrence of `anchor` in `bytes` (the test stops otherwise: the edit would be
// ambiguous).
qsizetype unique(const QByteArray &bytes, const QByteArray &anchor)
{
    if (bytes.count(anchor) != 1)
        qFatal("'%s' occurs %lld times", anchor.constData(), qlonglong(bytes.count(anchor)));
    return bytes.indexOf(anchor);
}

// The <div> around the unique `anchor`: [start, end).
std::pair<qsizetype, qsizetype> divAround(const QByteArray &bytes, const QByteArray &anchor)
{
    const qsizetype at = unique(bytes, anchor);
    const qsizetype start = bytes.lastIndexOf("<div", at);
    const qsizetype end = bytes.indexOf("</div>", at) + 6;
    return {start, end};
}

// The 10-K with the five edits planted, chosen by reading it: a paragraph inserted in Item 7,
// one deleted in Item 1A, a risk factor (heading and body) moved down two risk factors, a
// risk-factor heading reworded, a number of the balance sheet (Item 8) changed.
QByteArray plantEdits(QByteArray html)
{
    // Move "An adverse trend ..." (heading and body) after the body of "Our sales of
    // collectibles ...".
    const qsizetype moveFrom =
        divAround(html, "An adverse trend in sales during the holiday selling season").first;
    const qsizetype moveTo =
        divAround(html, "Our business, like that of many retailers, is seasonal, with a major")
            .second;
    const QByteArray block = html.mid(moveFrom, moveTo - moveFrom);
    html.remove(moveFrom, moveTo - moveFrom);
    html.insert(divAround(html, "Our sales of collectibles are heavily dependent").second, block);
    // Delete a paragraph of Item 1A.
    const auto [delFrom, delTo] =
        divAround(html, "We also depend on these manufacturers and publishers to regularly");
    html.remove(delFrom, delTo - delFrom);
    // Reword a heading: one word.
    html.replace(unique(html, "Inventory shrinkage may negatively affect"),
                 qsizetype(sizeof("Inventory shrinkage may negatively affect") - 1),
                 "Inventory shrinkage may materially affect");
    // Insert a paragraph in Item 7.
    html.insert(divAround(html, "As part of our efforts to achieve sustained profitability").second,
                "<div><span>" + kPlanted.toUtf8() + "</span></div>");
    // Change a number in a table: merchandise inventories 632.5 -> 633.5.
    html.replace(unique(html, ">632.5<"), 7, ">633.5<");
    return html;
}

// The 0-based line of the displayed text holding `snippet` (which must occur once).
int lineOf(const Filing &filing, const QString &snippet)
{
    if (filing.text.count(snippet) != 1)
        qFatal("'%s' occurs %lld times in the text", qPrintable(snippet),
               qlonglong(filing.text.count(snippet)));
    return filing.lineAt(filing.text.indexOf(snippet));
}

const ItemComparison *findItem(const QList<ItemComparison> &items, const QString &code)
{
    for (const ItemComparison &c : items) {
        if (c.code == code)
            return &c;
    }
    return nullptr;
}

QString describe(const ItemChange &c)
{
    return u"%1 %2+%3 %4+%5"_s.arg(itemChangeKindName(c.kind))
        .arg(c.leftLine)
        .arg(c.leftCount)
        .arg(c.rightLine)
        .arg(c.rightCount);
}

} // namespace

class TestItemComparison : public QObject
{
    Q_OBJECT

    FilingPtr m_left;
    FilingPtr m_right;
    QList<ItemComparison> m_items;
    QTemporaryDir m_dir;

    // Tokens of one line of the original report, counted by the Python tool.
    qsizetype wordsOfLine(const QString &snippet) const
    {
        const QString path = m_dir.filePath(u"line.txt"_s);
        test::writeFile(path, m_left->lineText(lineOf(*m_left, snippet)).toString().toUtf8());
        return qsizetype(python({u"--count"_s, path})[u"words"_s].toInteger());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_left = test::parseData(kReport);
        const QString edited =
            test::writeFile(m_dir.filePath(u"edited.html"_s), plantEdits(test::readData(kReport)));
        m_right = parseFile(edited);
        QVERIFY(m_right->ok());
        QCOMPARE(m_right->items.size(), m_left->items.size());
        m_items = compareItems(*m_left, *m_right);
    }

    // The changed items: the right kinds at the right lines, the exact words added and deleted.
    void plantedEdits_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QStringList>("changes");
        QTest::addColumn<qsizetype>("added");
        QTest::addColumn<qsizetype>("deleted");
        const Filing &l = *m_left;
        const Filing &r = *m_right;
        auto change = [](const QString &kind, int left, int leftCount, int right, int rightCount) {
            return u"%1 %2+%3 %4+%5"_s.arg(kind).arg(left).arg(leftCount).arg(right).arg(
                rightCount);
        };
        const QString deleted =
            u"We also depend on these manufacturers and publishers to regularly"_s;
        const QString heading = u"An adverse trend in sales during the holiday selling season"_s;
        const QString body =
            u"Our business, like that of many retailers, is seasonal, with a major"_s;
        const QString reworded = u"Inventory shrinkage may negatively affect"_s;
        const int movedLines = lineOf(l, body) - lineOf(l, heading) + 1;
        QCOMPARE(movedLines, 2); // heading and body, nothing between
        // Nothing above the deleted paragraph changed: the right side is at the same line.
        const qsizetype movedWords = wordsOfLine(heading) + wordsOfLine(body);
        QTest::newRow("1A: delete, move, reword")
            << u"1A"_s
            << QStringList{change(u"delete"_s, lineOf(l, deleted), 1, lineOf(l, deleted), 0),
                           change(u"move"_s, lineOf(l, heading), movedLines, lineOf(r, heading),
                                  movedLines),
                           change(u"replace"_s, lineOf(l, reworded), 1,
                                  lineOf(r, u"Inventory shrinkage may materially affect"_s), 1)}
            << movedWords + 1 << wordsOfLine(deleted) + movedWords + 1;
        const QString before = u"As part of our efforts to achieve sustained profitability"_s;
        QTest::newRow("7: insert")
            << u"7"_s
            << QStringList{change(u"insert"_s, lineOf(l, before) + 1, 0, lineOf(r, kPlanted), 1)}
            << qsizetype(15) << qsizetype(0);
        // "632.5" is the tokens 632 and 5: one deleted, one added.
        QTest::newRow("8: number in a table")
            << u"8"_s
            << QStringList{change(u"replace"_s, lineOf(l, u"Merchandise inventories, net\t632.5"_s),
                                  1, lineOf(r, u"Merchandise inventories, net\t633.5"_s), 1)}
            << qsizetype(1) << qsizetype(1);
    }

    void plantedEdits()
    {
        QFETCH(QString, code);
        QFETCH(QStringList, changes);
        QFETCH(qsizetype, added);
        QFETCH(qsizetype, deleted);
        const ItemComparison *c = findItem(m_items, code);
        QVERIFY(c);
        QCOMPARE(c->status, CompareStatus::Changed);
        QStringList found;
        for (const ItemChange &change : c->changes)
            found << describe(change);
        QCOMPARE(found, changes);
        QCOMPARE(c->changeCount, int(changes.size()));
        QCOMPARE(c->scores.added, added);
        QCOMPARE(c->scores.deleted, deleted);
    }

    // The planted text's 15 tokens, counted by the independent tool too.
    void plantedWordCount()
    {
        const QString path = m_dir.filePath(u"planted.txt"_s);
        test::writeFile(path, kPlanted.toUtf8());
        QCOMPARE(python({u"--count"_s, path})[u"words"_s].toInteger(), 15);
    }

    void otherItemsSame()
    {
        const QStringList changed = {u"1A"_s, u"7"_s, u"8"_s};
        QCOMPARE(m_items.size(), m_left->items.size());
        for (const ItemComparison &c : std::as_const(m_items)) {
            if (changed.contains(c.code))
                continue;
            QVERIFY2(c.status == CompareStatus::Same, qPrintable(c.code));
            QVERIFY(c.changes.isEmpty());
            QCOMPARE(c.scores.added, 0);
            QCOMPARE(c.scores.deleted, 0);
            QCOMPARE(c.scores.cosine, 1.0);
            QCOMPARE(c.scores.jaccard, 1.0);
            QCOMPARE(c.scores.simple, 1.0);
        }
    }

    // Cosine and jaccard of every item against Python's Counter over the same tokens; simple
    // from the planted counts.
    void scoresAgainstPython_data()
    {
        QTest::addColumn<int>("index");
        QTest::addColumn<qsizetype>("changedWords"); // added + deleted, as planted
        for (int i = 0; i < m_items.size(); ++i) {
            const QString &code = m_items[i].code;
            qsizetype changed = 0;
            if (code == u"7"_s)
                changed = 15;
            else if (code == u"8"_s)
                changed = 2;
            else if (code == u"1A"_s)
                changed = m_items[i].scores.added + m_items[i].scores.deleted; // checked above
            QTest::newRow(qPrintable(m_items[i].part + u'/' + code)) << i << changed;
        }
    }

    void scoresAgainstPython()
    {
        QFETCH(int, index);
        QFETCH(qsizetype, changedWords);
        const ItemComparison &c = m_items[index];
        const QString leftPath = m_dir.filePath(u"left.txt"_s);
        const QString rightPath = m_dir.filePath(u"right.txt"_s);
        test::writeFile(leftPath, m_left->textOf(c.leftRange).toString().toUtf8());
        test::writeFile(rightPath, m_right->textOf(c.rightRange).toString().toUtf8());
        const QJsonObject expected = python({leftPath, rightPath});
        const qint64 wordsLeft = expected[u"words_left"_s].toInteger();
        const qint64 wordsRight = expected[u"words_right"_s].toInteger();
        QCOMPARE(c.scores.wordsLeft, wordsLeft);
        QCOMPARE(c.scores.wordsRight, wordsRight);
        QVERIFY(qAbs(c.scores.cosine - expected[u"cosine"_s].toDouble()) < 1e-12);
        QVERIFY(qAbs(c.scores.jaccard - expected[u"jaccard"_s].toDouble()) < 1e-12);
        const double simple = 1.0 - double(changedWords) / double(wordsLeft + wordsRight);
        QVERIFY(qAbs(c.scores.simple - simple) < 1e-12);
    }

    // Item 1A's headings: one reworded, one moved, the rest the same.
    void plantedSubheadings()
    {
        const ItemComparison *c = findItem(m_items, u"1A"_s);
        QVERIFY(c);
        QCOMPARE(c->subheadings.size(), 46);
        QList<SubheadingDifference> changed;
        for (const SubheadingDifference &d : c->subheadings) {
            if (d.change != SubheadingChange::Same)
                changed << d;
            else
                QCOMPARE(d.left, d.right);
        }
        QCOMPARE(changed.size(), 2);
        QCOMPARE(changed[0].change, SubheadingChange::Moved);
        QVERIFY(changed[0].left.startsWith(u"An adverse trend in sales during the holiday"_s));
        QCOMPARE(changed[0].left, changed[0].right);
        QCOMPARE(changed[1].change, SubheadingChange::Reworded);
        QCOMPARE(changed[1].left,
                 u"Inventory shrinkage may negatively affect our results of operations and "
                 u"financial condition."_s);
        QCOMPARE(changed[1].right,
                 u"Inventory shrinkage may materially affect our results of operations and "
                 u"financial condition."_s);
        // 11 of 12 tokens in common: 2 x 11 / 24.
        QVERIFY(qAbs(changed[1].similarity - 22.0 / 24.0) < 1e-12);
    }

    // Hand-computed scores of small texts.
    void measure_data()
    {
        QTest::addColumn<QString>("left");
        QTest::addColumn<QString>("right");
        QTest::addColumn<qsizetype>("added");
        QTest::addColumn<qsizetype>("deleted");
        QTest::addColumn<double>("cosine");
        QTest::addColumn<double>("jaccard");
        QTest::addColumn<double>("simple");
        // {a,b,c} and {a,b,d}: dot 2, norms sqrt 3; 2 of 4 types shared; c out, d in.
        QTest::newRow("one word replaced") << u"a b c"_s << u"a b d"_s << qsizetype(1)
                                           << qsizetype(1) << 2.0 / 3.0 << 0.5 << 1.0 - 2.0 / 6.0;
        // {the:2, cat:1} and {the:1, cat:2}: dot 4, norms sqrt 5; LCS "the cat".
        QTest::newRow("counts differ") << u"the the cat"_s << u"the cat cat"_s << qsizetype(1)
                                       << qsizetype(1) << 0.8 << 1.0 << 1.0 - 2.0 / 6.0;
        QTest::newRow("case and punctuation") << u"Net income, 10-K"_s << u"net INCOME 10 k"_s
                                              << qsizetype(0) << qsizetype(0) << 1.0 << 1.0 << 1.0;
        QTest::newRow("both empty")
            << QString() << QString() << qsizetype(0) << qsizetype(0) << 1.0 << 1.0 << 1.0;
        QTest::newRow("no words") << u"--- ."_s << u"\u2014"_s << qsizetype(0) << qsizetype(0)
                                  << 1.0 << 1.0 << 1.0;
        QTest::newRow("right empty")
            << u"Risk factors"_s << QString() << qsizetype(0) << qsizetype(2) << 0.0 << 0.0 << 0.0;
        // Lines: the second line changed one word of three.
        QTest::newRow("lines") << u"alpha beta\ngamma delta epsilon\n"_s
                               << u"alpha beta\ngamma zeta epsilon\n"_s << qsizetype(1)
                               << qsizetype(1) << 4.0 / 5.0 << 4.0 / 6.0 << 1.0 - 2.0 / 10.0;
    }

    void measure()
    {
        QFETCH(QString, left);
        QFETCH(QString, right);
        QFETCH(qsizetype, added);
        QFETCH(qsizetype, deleted);
        QFETCH(double, cosine);
        QFETCH(double, jaccard);
        QFETCH(double, simple);
        const TextSimilarity s = measureSimilarity(left, right);
        QCOMPARE(s.added, added);
        QCOMPARE(s.deleted, deleted);
        QVERIFY2(qAbs(s.cosine - cosine) < 1e-12, qPrintable(QString::number(s.cosine)));
        QVERIFY2(qAbs(s.jaccard - jaccard) < 1e-12, qPrintable(QString::number(s.jaccard)));
        QVERIFY2(qAbs(s.simple - simple) < 1e-12, qPrintable(QString::number(s.simple)));
    }

    void tokens_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("tokens");
        QTest::newRow("form") << u"Form 10-K"_s << QStringList{u"form"_s, u"10"_s, u"k"_s};
        QTest::newRow("money") << u"$1,234.56"_s << QStringList{u"1"_s, u"234"_s, u"56"_s};
        QTest::newRow("apostrophe") << u"don\u2019t"_s << QStringList{u"don"_s, u"t"_s};
        QTest::newRow("underscore") << u"na\u00efve_x"_s << QStringList{u"na\u00efve"_s, u"x"_s};
        QTest::newRow("accents") << u"Soci\u00e9t\u00e9 G\u00e9n\u00e9rale"_s
                                 << QStringList{u"soci\u00e9t\u00e9"_s, u"g\u00e9n\u00e9rale"_s};
        // U+1D400 MATHEMATICAL BOLD CAPITAL A, a letter beyond the BMP: one letter, no lower case.
        QTest::newRow("surrogate pair")
            << u"\U0001D400b c"_s << QStringList{u"\U0001D400b"_s, u"c"_s};
    }

    void tokens()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, tokens);
        QCOMPARE(similarityTokens(text), tokens);
        // The Python rule agrees.
        const QString path = m_dir.filePath(u"tokens.txt"_s);
        test::writeFile(path, text.toUtf8());
        QCOMPARE(python({u"--count"_s, path})[u"words"_s].toInteger(), tokens.size());
    }

    // A paragraph moved is one change with two ends; a line edited in place is not a move.
    void movedBlocks()
    {
        const QString p = u"Competition may reduce our margins and market share."_s;
        const QString left = u"A\n\n"_s + p + u"\n\nB\n\nC\n\nD\n"_s;
        const QString right = u"A\n\nB\n\nC\n\n"_s + p + u"\n\nD\n"_s;
        const TextDiff d = diffTexts(left, right);
        QCOMPARE(d.moves.size(), 1);
        QCOMPARE(d.changeCount(), 1);
        const DiffHunk &from = d.hunks[d.moves[0].leftHunk];
        const DiffHunk &to = d.hunks[d.moves[0].rightHunk];
        QCOMPARE(from.op, DiffOp::Delete);
        QCOMPARE(to.op, DiffOp::Insert);
        QCOMPARE(from.move, 0);
        QCOMPARE(to.move, 0);
        QVERIFY(left.split(u'\n').mid(from.leftStart, from.leftCount).contains(p));
        QVERIFY(right.split(u'\n').mid(to.rightStart, to.rightCount).contains(p));
        QCOMPARE(d.moves[0].similarity, 1.0);

        // Ten words, one changed: 2 x 9 / 20 = 0.9, a move still.
        const QString ten = u"one two three four five six seven eight nine ten"_s;
        const QString tenEdited = u"one two three four five six seven eight nine eleven"_s;
        const TextDiff near =
            diffTexts(u"x\n"_s + ten + u"\ny\nz\nw\n"_s, u"x\ny\nz\n"_s + tenEdited + u"\nw\n"_s);
        QCOMPARE(near.moves.size(), 1);
        QVERIFY(qAbs(near.moves[0].similarity - 0.9) < 1e-12);

        // Edited in place: a replaced line, no move.
        const TextDiff inPlace =
            diffTexts(u"x\n"_s + ten + u"\ny\n"_s, u"x\n"_s + tenEdited + u"\ny\n"_s);
        QCOMPARE(inPlace.moves.size(), 0);
        QCOMPARE(inPlace.changeCount(), 1);
        // Short lines (fewer than kMoveMinWords words) never move on their own.
        const TextDiff shortLines = diffTexts(u"a b\nc\nd\ne\n"_s, u"c\nd\ne\na b\n"_s);
        QCOMPARE(shortLines.moves.size(), 0);
    }

    // Headings counted by reading the reports: the paragraphs of Item 1A set in bold (GameStop
    // 2024: 41 risk factors under 5 category headings; Nike 2006: 21, the first a note).
    void subheadings_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QStringList>("expected"); // how each heading begins
        QTest::newRow("GameStop 2024") << kReport
                                       << QStringList{
                                              u"Economic and Industry Risks"_s,
                                              u"Economic, social and political condition"_s,
                                              u"We face strong competition from multi-ch"_s,
                                              u"The gaming industry has historically bee"_s,
                                              u"We are dependent upon the timely deliver"_s,
                                              u"Technological advances in the delivery a"_s,
                                              u"Interruptions to our supply chain or the"_s,
                                              u"An adverse trend in sales during the hol"_s,
                                              u"Our ability to obtain favorable terms fr"_s,
                                              u"Our sales of collectibles depend on tren"_s,
                                              u"Strategic Risks"_s,
                                              u"If we are unable to successfully maintai"_s,
                                              u"If we fail to keep pace with changing in"_s,
                                              u"If we are unable to successfully manage "_s,
                                              u"Changes in our senior management or our "_s,
                                              u"Damage to our reputation could adversely"_s,
                                              u"Operational Risks"_s,
                                              u"If we do not maintain the security or pr"_s,
                                              u"Weather, natural disasters, public healt"_s,
                                              u"Inventory shrinkage may negatively affec"_s,
                                              u"If our systems fail to perform or are in"_s,
                                              u"We depend on third-party delivery servic"_s,
                                              u"If our vendors fail to provide marketing"_s,
                                              u"Restrictions on our ability to purchase "_s,
                                              u"If we are unable to renew or enter into "_s,
                                              u"Risks Related to Laws and Regulations"_s,
                                              u"Unfavorable changes in our global tax ra"_s,
                                              u"Legislative actions may cause our genera"_s,
                                              u"Failure to comply with federal, state, l"_s,
                                              u"Litigation and the outcomes of such liti"_s,
                                              u"Risks Related to our Investment Policy a"_s,
                                              u"The value of our securities may decline."_s,
                                              u"Our portfolio of securities may be conce"_s,
                                              u"The Company is required to recognize los"_s,
                                              u"Risks Related to Our Common Stock"_s,
                                              u"The market price of our Class A Common S"_s,
                                              u"A \u201cshort squeeze\u201d due to a sudden in"_s,
                                              u"Information available in public media th"_s,
                                              u"A large number of shares of our Class A "_s,
                                              u"Future sales of a substantial amount of "_s,
                                              u"Risks Related to Financial Performance a"_s,
                                              u"Our results of operations may fluctuate "_s,
                                              u"The agreement governing our revolving cr"_s,
                                              u"To fund our operations, we require cash."_s,
                                              u"We and our subsidiaries may incur additi"_s,
                                              u"If our internal control over financial r"_s,
                                          };
        QTest::newRow("Nike 2006") << u"corpus/periodic/s10x__nike-2006_filing.htm"_s
                                   << QStringList{
                                          u"Special Note Regarding Forward-Looking S"_s,
                                          u"Our products face intense competition."_s,
                                          u"If we are unable to anticipate consumer "_s,
                                          u"We rely on technical innovation to compe"_s,
                                          u"Failure to continue to obtain high quali"_s,
                                          u"Failure of our contractors to comply wit"_s,
                                          u"Our business is affected by seasonality,"_s,
                                          u"\u201cFutures\u201d orders may not be an accurate"_s,
                                          u"Our \u201cfutures\u201d ordering program does not"_s,
                                          u"We may be adversely affected by the fina"_s,
                                          u"Failure to adequately protect our intell"_s,
                                          u"We are subject to periodic litigation an"_s,
                                          u"Our international operations involve inh"_s,
                                          u"Currency exchange rate fluctuations coul"_s,
                                          u"Our products are subject to risks associ"_s,
                                          u"Our success depends on our global distri"_s,
                                          u"We rely significantly on information tec"_s,
                                          u"We depend on key personnel, the loss of "_s,
                                          u"The sale of a large number of shares hel"_s,
                                          u"Anti-takeover provisions may impair an a"_s,
                                          u"We may fail to meet analyst expectations"_s,
                                      };
    }

    void subheadings()
    {
        QFETCH(QString, file);
        QFETCH(QStringList, expected);
        const FilingPtr f = test::parseData(file);
        const Item *risk = nullptr;
        for (const Item &item : f->items) {
            if (item.code == u"1A"_s)
                risk = &item;
        }
        QVERIFY(risk);
        QStringList found;
        for (const SourceRange &r : itemSubheadings(*f, *risk))
            found << simplified(f->textOf(r));
        QCOMPARE(found.size(), expected.size());
        for (qsizetype i = 0; i < found.size(); ++i)
            QVERIFY2(found[i].startsWith(expected[i]), qPrintable(found[i]));
    }

    // Series: the same CIK, or the same registrant name (a bare HTML report takes the CIK of a
    // filing with a header under that name); ordered by period; 10-K405 with 10-K.
    void series()
    {
        const QStringList files = {
            u"corpus/periodic/ewr__v7.txt.txt"_s,                 // Ford 10-K 2001, no header
            u"corpus/periodic/jlse__microsoft_2008_12_31.html"_s, // 10-Q
            u"corpus/periodic/ewr__0000037996-94-000005.txt"_s,   // Ford 10-K 1993, header
            u"corpus/periodic/jlse__microsoft_2002_03_31.html"_s, // 10-Q
            u"corpus/periodic/ewr__b38210pee10-k405.txt.txt"_s,   // PerkinElmer 10-K405
            u"corpus/periodic/ewr__d33857e10vk.htm"_s,            // Dell 10-K
        };
        QList<FilingPtr> filings;
        for (const QString &f : files)
            filings << test::parseData(f);
        const QList<FilingSeries> series = groupIntoSeries(filings);
        QCOMPARE(series.size(), 4);
        QCOMPARE(series[0].form, u"10-K"_s);
        QCOMPARE(series[0].cik, u"0000037996"_s);
        QCOMPARE(series[0].filings.size(), 2);
        QCOMPARE(series[0].filings[0], filings[2]); // 1993 first
        QCOMPARE(series[0].filings[1], filings[0]);
        QCOMPARE(filingPeriod(*series[0].filings[0]), u"1993-12-31"_s);
        QCOMPARE(filingPeriod(*series[0].filings[1]), u"2001-12-31"_s);
        QCOMPARE(series[1].form, u"10-Q"_s);
        QVERIFY(series[1].cik.isEmpty());
        QCOMPARE(series[1].filings, (QList<FilingPtr>{filings[3], filings[1]}));
        QCOMPARE(series[2].form, u"10-K"_s); // a 10-K405
        QCOMPARE(series[2].filings, QList<FilingPtr>{filings[4]});
        QCOMPARE(series[3].filings, QList<FilingPtr>{filings[5]});

        // The table of the Microsoft 10-Qs: one column, rows in the form's order.
        const SimilarityTable table = similarityTable(series[1]);
        QCOMPARE(table.cells.size(), table.itemKeys.size());
        QVERIFY(table.itemKeys.indexOf(u"I/1"_s) < table.itemKeys.indexOf(u"I/2"_s));
        QVERIFY(table.itemKeys.indexOf(u"I/2"_s) < table.itemKeys.indexOf(u"II/1"_s));
        for (const QList<ItemComparison> &row : table.cells)
            QCOMPARE(row.size(), 1);
    }
};

QTEST_MAIN(TestItemComparison)
#include "tst_itemcomparison.moc"
