// SPDX-License-Identifier: MIT
// Every filing in the project's test data: parses without error, every range is sound, and
// every 8-K yields a form type, a registrant, a date of report and at least one item.

#include "filingparser.h"
#include "testutil.h"

#include <QFile>
#include <QHash>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace fl;

class TestSweep : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sweep_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("form"); // as MANIFEST.tsv records it; the seeds are 8-Ks
        QHash<QString, QString> manifest;
        QFile tsv(test::dataPath(u"corpus/MANIFEST.tsv"_s));
        QVERIFY(tsv.open(QIODevice::ReadOnly));
        for (const QByteArray &line : tsv.readAll().split('\n').mid(1)) {
            const QList<QByteArray> columns = line.split('\t');
            if (columns.size() > 5)
                manifest.insert(u"corpus/"_s + QString::fromUtf8(columns[0]),
                                QString::fromUtf8(columns[5]));
        }
        const QStringList files = test::allDataFiles();
        QVERIFY(files.size() >= 90);
        for (const QString &file : files) {
            const QString form = file.startsWith(u"seeds/"_s) ? u"8-K"_s : manifest.value(file);
            QVERIFY2(!form.isEmpty(), qPrintable(file + u" is not in MANIFEST.tsv"_s));
            QTest::newRow(qPrintable(file)) << file << form;
        }
    }

    void sweep()
    {
        QFETCH(QString, file);
        QFETCH(QString, form);
        const FilingPtr f = parseFile(test::dataPath(file));
        QVERIFY2(f->ok(), qPrintable(f->errorMessage));
        QVERIFY(!f->text.isEmpty());

        // The line index covers the text.
        QVERIFY(!f->lineStarts.isEmpty());
        QCOMPARE(f->lineStarts.first(), 0);
        for (qsizetype i = 1; i < f->lineStarts.size(); ++i) {
            QVERIFY(f->lineStarts[i] > f->lineStarts[i - 1]);
            QCOMPARE(f->text[f->lineStarts[i] - 1], QChar(u'\n'));
        }
        QVERIFY(!f->text.contains(u'\r'));

        // Every value reads the same as the text its range points at (a value only an unshown
        // tag states has none).
        for (const Field *field : test::allFields(*f)) {
            QString why;
            QVERIFY2(test::rangeShowsValueOrUnshownTag(*f, *field, &why), qPrintable(why));
        }
        // Sections lie inside the text, in order.
        for (qsizetype i = 0; i < f->sections.size(); ++i) {
            const Section &s = f->sections[i];
            QVERIFY(s.range.isValid());
            QVERIFY(s.range.end() <= f->text.size());
            if (i)
                QVERIFY(f->sections[i - 1].range.start <= s.range.start);
        }
        // Documents tile the submission in order and binary ones are never shown as text.
        for (qsizetype i = 0; i < f->documents.size(); ++i) {
            const Document &d = f->documents[i];
            QVERIFY(d.range.isValid());
            QVERIFY(d.contentRange.start >= d.range.start);
            QVERIFY(d.contentRange.end() <= d.range.end());
            if (i)
                QVERIFY(d.range.start >= f->documents[i - 1].range.end());
            if (d.isBinary()) {
                QVERIFY(f->textOf(d.contentRange).startsWith(u"[binary attachment"_s));
                QVERIFY(f->textOf(d.contentRange).size() < 300);
            }
        }
        for (const Item &item : f->items) {
            QVERIFY(!item.code.isEmpty());
            QVERIFY(item.heading.isValid());
            QVERIFY(item.body.start >= item.heading.end());
        }

        // What the manifest calls an 8-K is read as one, with its cover and items.
        if (form == u"8-K"_s) {
            QVERIFY2(f->formType.canonical().startsWith(u"8-K"_s),
                     qPrintable(f->formType.canonical()));
            if (f->format == FilingFormat::FullSubmission && f->documents.isEmpty())
                return; // a header saved on its own has no cover to read
            QVERIFY2(!f->cover.registrantName.isEmpty(), "8-K without a registrant name");
            QVERIFY2(!f->cover.dateOfReport.normalized.isEmpty(), "8-K without a date of report");
            QVERIFY2(!f->items.isEmpty(), "8-K without items");
        }
    }

    void binaryAttachmentsAreListed()
    {
        const FilingPtr f =
            parseFile(test::dataPath(u"corpus/fullsub/scpp__0000320193-24-000005.txt"_s));
        QVERIFY(f->ok());
        int graphics = 0;
        for (const Document &d : f->documents) {
            if (d.type.value == u"GRAPHIC"_s) {
                ++graphics;
                QVERIFY(d.isBinary());
                QCOMPARE(d.binaryEncoding, u"uuencode"_s);
                QVERIFY(d.sourceBytes > 1000);
            }
        }
        QCOMPARE(graphics, 1);
        // None of the uuencoded lines made it into the displayed text.
        QVERIFY(!f->text.contains(u"begin 644"_s));
    }
};

QTEST_MAIN(TestSweep)
#include "tst_sweep.moc"
