// SPDX-License-Identifier: MIT
// The field tree model and its filter proxy: structure under QAbstractItemModelTester and
// contents for the seeds.

#include "fieldtreemodel.h"
#include "filingparser.h"
#include "testutil.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace fl;

class TestFieldTreeModel : public QObject
{
    Q_OBJECT

    static QString dump(const QAbstractItemModel &model, const QModelIndex &parent = {},
                        int depth = 0)
    {
        QString out;
        for (int row = 0; row < model.rowCount(parent); ++row) {
            const QModelIndex index = model.index(row, 0, parent);
            out += QString(depth * 2, u' ') + index.data().toString() + u" = "_s
                + index.siblingAtColumn(FieldTreeModel::ValueColumn).data().toString() + u'\n';
            out += dump(model, index, depth + 1);
        }
        return out;
    }

    static QModelIndex child(const QAbstractItemModel &model, const QString &label,
                             const QModelIndex &parent = {})
    {
        for (int row = 0; row < model.rowCount(parent); ++row) {
            const QModelIndex index = model.index(row, 0, parent);
            if (index.data().toString() == label)
                return index;
        }
        return {};
    }

private Q_SLOTS:
    void structureIsSound_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("seed 000") << u"seeds/000_b149af05fdad4801.txt"_s;
        QTest::newRow("seed 001") << u"seeds/001_9900e7bb81fee8a1.txt"_s;
        QTest::newRow("apple 2024 submission")
            << u"corpus/fullsub/scpp__0000320193-24-000005.txt"_s;
        QTest::newRow("southern multi-registrant")
            << u"corpus/fullsub/scpp__0000092122-07-000008.txt"_s;
        QTest::newRow("header only") << u"corpus/odd/edgt__1990sheader.txt"_s;
    }

    void structureIsSound()
    {
        QFETCH(QString, file);
        FieldTreeModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setRecursiveFilteringEnabled(true);
        proxy.setAutoAcceptChildRows(true);
        proxy.setFilterKeyColumn(-1);
        proxy.setFilterCaseSensitivity(Qt::CaseInsensitive);
        QAbstractItemModelTester proxyTester(
            &proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);

        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        model.setFiling(parseFile(test::dataPath(file)));
        QCOMPARE(resets.count(), 1);
        QVERIFY(model.rowCount() >= 5);
        proxy.setFilterFixedString(u"name"_s);
        QVERIFY(proxy.rowCount() > 0);
        proxy.setFilterFixedString(u"no such text anywhere"_s);
        QCOMPARE(proxy.rowCount(), 0);
        proxy.setFilterFixedString(QString());
        model.setFiling(nullptr);
        QCOMPARE(model.rowCount(), 0);
    }

    void seedContents()
    {
        FieldTreeModel model;
        model.setFiling(parseFile(test::dataPath(u"seeds/000_b149af05fdad4801.txt"_s)));
        // A plain-text 8-K has no header and no documents.
        QStringList sections;
        for (int row = 0; row < model.rowCount(); ++row)
            sections << model.index(row, 0).data().toString();
        QCOMPARE(sections,
                 (QStringList{u"Cover page"_s, u"Items"_s, u"Exhibits"_s, u"Signatures"_s,
                              u"Warnings"_s}));

        const QModelIndex cover = child(model, u"Cover page"_s);
        QCOMPARE(cover.siblingAtColumn(FieldTreeModel::ValueColumn).data().toString(),
                 u"BTU INTERNATIONAL, INC."_s);
        const QModelIndex date = child(model, u"Date of report"_s, cover);
        QCOMPARE(date.siblingAtColumn(FieldTreeModel::ValueColumn).data().toString(),
                 u"February 26, 2004"_s);
        QCOMPARE(date.siblingAtColumn(FieldTreeModel::NormalizedColumn).data().toString(),
                 u"2004-02-26"_s);
        QCOMPARE(date.siblingAtColumn(FieldTreeModel::LineColumn).data().toInt(), 11);
        const QModelIndex phone = child(model, u"Telephone number"_s, cover);
        QCOMPARE(phone.siblingAtColumn(FieldTreeModel::NormalizedColumn).data().toString(),
                 u"9786674111"_s);
        QCOMPARE(phone.siblingAtColumn(FieldTreeModel::LineColumn).data().toInt(), 26);

        const QModelIndex items = child(model, u"Items"_s);
        QCOMPARE(items.siblingAtColumn(FieldTreeModel::ValueColumn).data().toString(),
                 u"2 items"_s);
        const QModelIndex item12 = child(model, u"Item 12"_s, items);
        QVERIFY(item12.isValid());
        QCOMPARE(item12.siblingAtColumn(FieldTreeModel::ValueColumn).data().toString(),
                 u"Results of Operations and Financial Condition"_s);
        QCOMPARE(child(model, u"Title as written"_s, item12)
                     .siblingAtColumn(FieldTreeModel::ValueColumn)
                     .data()
                     .toString(),
                 u"Regulation FD Disclosure (Information provided under Item 12 - Results of "
                 u"Operations and Financial Condition)"_s);
        QCOMPARE(child(model, u"Numbering"_s, item12)
                     .siblingAtColumn(FieldTreeModel::NormalizedColumn)
                     .data()
                     .toString(),
                 u"legacy"_s);

        const QModelIndex signature = child(model, u"Signature"_s, child(model, u"Signatures"_s));
        QCOMPARE(child(model, u"Signer"_s, signature)
                     .siblingAtColumn(FieldTreeModel::ValueColumn)
                     .data()
                     .toString(),
                 u"Thomas P. Kealy"_s);
        QCOMPARE(child(model, u"Warnings"_s)
                     .siblingAtColumn(FieldTreeModel::ValueColumn)
                     .data()
                     .toString(),
                 u"0 warnings"_s);
    }

    void warningsAreListed()
    {
        FieldTreeModel model;
        model.setFiling(parseFile(test::dataPath(u"seeds/001_9900e7bb81fee8a1.txt"_s)));
        const QModelIndex warnings = child(model, u"Warnings"_s);
        QCOMPARE(model.rowCount(warnings), 1);
        const QModelIndex w = model.index(0, 0, warnings);
        QCOMPARE(w.data().toString(), u"phone-digits"_s);
        QVERIFY(w.siblingAtColumn(FieldTreeModel::ValueColumn)
                    .data()
                    .toString()
                    .contains(u"667-411"_s));
        QCOMPARE(w.data(FieldTreeModel::KindRole).toInt(), int(FieldNodeKind::Warning));
    }

    void innermostIndex()
    {
        FieldTreeModel model;
        const FilingPtr f = parseFile(test::dataPath(u"seeds/002_804b7ad1e3b304a9.txt"_s));
        model.setFiling(f);
        // Inside the phone number: the Telephone number row, not the Cover page section.
        const QModelIndex phone = model.innermostIndexAt(f->cover.phone.range.start + 2);
        QCOMPARE(phone.data().toString(), u"Telephone number"_s);
        // Inside the body of Item 2.02, away from any value: the item itself.
        const qsizetype body = f->text.indexOf(u"issued a news release"_s);
        QCOMPARE(model.innermostIndexAt(body).data().toString(), u"Item 2.02"_s);
        QVERIFY(!model.innermostIndexAt(-5).isValid());
        // The range the model reports is the item's.
        QCOMPARE(model.rangeAt(model.innermostIndexAt(body)), f->items.first().range());
    }

    void marksCoverValues()
    {
        FieldTreeModel model;
        const FilingPtr f = parseFile(test::dataPath(u"seeds/000_b149af05fdad4801.txt"_s));
        model.setFiling(f);
        const QList<TextMark> marks = model.marks();
        bool registrant = false;
        for (const TextMark &m : marks) {
            QVERIFY(m.range.isValid());
            registrant = registrant
                || (m.range == f->cover.registrantName.range
                    && m.label == u"Registrant name: BTU INTERNATIONAL, INC."_s);
        }
        QVERIFY(registrant);
    }

    void dumpOfSeed()
    {
        FieldTreeModel model;
        model.setFiling(parseFile(test::dataPath(u"seeds/002_804b7ad1e3b304a9.txt"_s)));
        const QString tree = dump(model);
        QVERIFY(tree.contains(u"  Commission file number = 000-17297\n"_s));
        QVERIFY(tree.contains(u"  Item 9.01 = Financial Statements and Exhibits\n"_s));
        QVERIFY(tree.contains(u"  Exhibit 99.1 = News release, dated April 24, 2007, of BTU "
                              u"International, Inc.\n"_s));
        QVERIFY(tree.contains(u"    Date = April 24, 2007\n"_s));
    }
};

QTEST_MAIN(TestFieldTreeModel)
#include "tst_fieldtreemodel.moc"
