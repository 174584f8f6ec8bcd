// SPDX-License-Identifier: MIT
// Replays every input kept under tests/fuzz/regressions/<target>/ through the entry point its
// fuzzer drives. Each was once a crash, a hang or a broken invariant; the entry points abort on
// any invariant, so a regression fails this test in the normal build as well as the fuzz build.
#include "fuzzentries.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTest>

#include <map>

using namespace Qt::Literals::StringLiterals;

namespace {

using Entry = void (*)(const uint8_t *, size_t);

const std::map<QString, Entry> &entries()
{
    static const std::map<QString, Entry> map{
        {u"parse"_s, fl::fuzz::parseWholeFile}, {u"header"_s, fl::fuzz::parseHeader},
        {u"html"_s, fl::fuzz::convertHtml},     {u"items"_s, fl::fuzz::detectItems},
        {u"diff"_s, fl::fuzz::diffTexts},       {u"csv"_s, fl::fuzz::writeCsv},
        {u"ix"_s, fl::fuzz::transformFacts},    {u"edgar"_s, fl::fuzz::readEdgar},
    };
    return map;
}

} // namespace

class TestFuzzRegressions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyTargetHasRegressions()
    {
        const QDir root(QStringLiteral(FILINGLENS_FUZZ_REGRESSIONS));
        for (const auto &[target, entry] : entries()) {
            const QDir dir(root.filePath(target));
            QVERIFY2(dir.exists(), qPrintable(dir.path()));
            QVERIFY2(!dir.entryList(QDir::Files).isEmpty(), qPrintable(target));
        }
        // A folder for a target that does not exist would never be replayed.
        for (const QString &name : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot))
            QVERIFY2(entries().count(name) == 1, qPrintable(name));
    }

    void replay_data()
    {
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("path");
        const QDir root(QStringLiteral(FILINGLENS_FUZZ_REGRESSIONS));
        for (const auto &[target, entry] : entries()) {
            const QDir dir(root.filePath(target));
            for (const QString &name : dir.entryList(QDir::Files, QDir::Name))
                QTest::newRow(qPrintable(target + u'/' + name)) << target << dir.filePath(name);
        }
    }

    void replay()
    {
        QFETCH(QString, target);
        QFETCH(QString, path);
        QFile file(path);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.errorString()));
        const QByteArray bytes = file.readAll();
        QElapsedTimer timer;
        timer.start();
        entries().at(target)(reinterpret_cast<const uint8_t *>(bytes.constData()),
                             size_t(bytes.size()));
        // Timing is reported, not asserted: CTest's timeout catches a hang.
        qDebug("%s: %lld bytes in %lld ms", qPrintable(target), qlonglong(bytes.size()),
               qlonglong(timer.elapsed()));
    }
};

QTEST_GUILESS_MAIN(TestFuzzRegressions)
#include "tst_fuzzregressions.moc"
