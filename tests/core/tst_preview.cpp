// SPDX-License-Identifier: MIT
// ParseOptions::preview and ParseOptions::progress: a big submission's header and first
// document parsed alone before the whole file, and the progress of a parse.

#include "bigsubmission.h"
#include "filingparser.h"

#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <mutex>

using namespace Qt::Literals::StringLiterals;
using namespace fl;

class TestPreview : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString write(const QString &name, const QByteArray &bytes)
    {
        return test::writeFile(m_dir.filePath(name), bytes);
    }

private Q_SLOTS:
    void previewOfABigSubmission()
    {
        int documents = 0;
        const QByteArray bytes = test::bigSubmission(kPreviewMinBytes + 1'000'000, &documents);
        const QString path = write(u"big.txt"_s, bytes);
        QList<FilingPtr> previews;
        ParseOptions options;
        options.threads = 2;
        options.preview = [&](const FilingPtr &preview) {
            previews << preview;
        };
        const FilingPtr whole = parseFile(path, options);
        QVERIFY(whole->ok());
        QCOMPARE(previews.size(), 1);
        const FilingPtr preview = previews.first();
        QVERIFY(preview->ok());
        QCOMPARE(preview->path, path);
        // The header and the first document, as read from the bytes.
        const qsizetype firstEnd = bytes.indexOf("</DOCUMENT>\n") + 12;
        QCOMPARE(preview->fileSize, firstEnd);
        QCOMPARE(preview->documents.size(), 1);
        QCOMPARE(preview->documents.first().type.value, u"8-K"_s);
        QCOMPARE(whole->documents.size(), documents);
        QCOMPARE(preview->header.accessionNumber.value, whole->header.accessionNumber.value);
        QVERIFY(!preview->text.isEmpty());
        QVERIFY(whole->text.startsWith(preview->text));
        QCOMPARE(preview->registrantName(), whole->registrantName());
    }

    void noPreview_data()
    {
        QTest::addColumn<QString>("why");
        QTest::newRow("small file") << u"small"_s;
        QTest::newRow("first document most of the file") << u"first"_s;
        QTest::newRow("parseBytes") << u"bytes"_s;
    }

    void noPreview()
    {
        QFETCH(QString, why);
        int calls = 0;
        ParseOptions options;
        options.preview = [&](const FilingPtr &) {
            ++calls;
        };
        FilingPtr whole;
        if (why == u"small"_s) {
            whole = parseFile(test::dataPath(test::bigSubmissionSource()), options);
        } else if (why == u"first"_s) {
            whole =
                parseFile(write(u"first.txt"_s, test::bigFirstDocument(kPreviewMinBytes)), options);
        } else {
            int documents = 0;
            whole =
                parseBytes(test::bigSubmission(kPreviewMinBytes, &documents), u"b.txt"_s, options);
        }
        QVERIFY(whole->ok());
        QCOMPARE(calls, 0);
    }

    void progress()
    {
        // Reported from both threads, so not in order: each within the total, which is
        // the bytes of all the pieces (nearly the whole file).
        int documents = 0;
        const QByteArray bytes = test::bigSubmission(8'000'000, &documents);
        std::mutex mutex;
        QList<QPair<qint64, qint64>> reports;
        ParseOptions options;
        options.threads = 2;
        options.progress = [&](qint64 done, qint64 total) {
            const std::lock_guard lock(mutex);
            reports.append({done, total});
        };
        const FilingPtr whole = parseBytes(bytes, u"p.txt"_s, options);
        QVERIFY(whole->ok());
        QVERIFY(reports.size() > 2);
        const qint64 total = reports.first().second;
        QVERIFY(total > bytes.size() * 9 / 10);
        QVERIFY(total <= bytes.size());
        qint64 largest = 0;
        for (const auto &[done, t] : std::as_const(reports)) {
            QCOMPARE(t, total);
            QVERIFY(done > 0 && done <= total);
            largest = std::max(largest, done);
        }
        QVERIFY(largest > total / 2);
    }
};

QTEST_MAIN(TestPreview)
#include "tst_preview.moc"
