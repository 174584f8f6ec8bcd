// SPDX-License-Identifier: MIT
#include "textdecoder.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace fl;

class TestTextDecoder : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void decode_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("nonUtf8Lines");
        QTest::addColumn<int>("nulBytes");

        QTest::newRow("ascii") << "FORM 8-K\n"_ba << u"FORM 8-K\n"_s << 0 << 0;
        QTest::newRow("utf-8") << "Registrant\xE2\x80\x99s telephone\n"_ba
                               << u"Registrant\u2019s telephone\n"_s << 0 << 0;
        QTest::newRow("crlf") << "a\r\nb\r\n"_ba << u"a\nb\n"_s << 0 << 0;
        QTest::newRow("bare cr") << "a\rb\rc"_ba << u"a\nb\nc"_s << 0 << 0;
        QTest::newRow("mixed endings") << "a\r\nb\rc\nd"_ba << u"a\nb\nc\nd"_s << 0 << 0;
        QTest::newRow("form feed kept")
            << "page 1\n\fpage 2\n"_ba << u"page 1\n\fpage 2\n"_s << 0 << 0;
        // 0x92 is a right single quote in Windows-1252 and invalid on its own in UTF-8.
        QTest::newRow("windows-1252 line")
            << "Company\x92s offices\n"_ba << u"Company\u2019s offices\n"_s << 1 << 0;
        QTest::newRow("latin-1 nbsp and bullet") << "a\xA0"
                                                    "b \xB7 c\n"_ba
                                                 << u"a\u00A0b \u00B7 c\n"_s << 1 << 0;
        QTest::newRow("mixed encodings per line")
            << "caf\xC3\xA9\ncaf\xE9\n"_ba << u"caf\u00E9\ncaf\u00E9\n"_s << 1 << 0;
        QTest::newRow("truncated utf-8 sequence")
            << "end \xE2\x80"_ba << u"end \u00E2\u20AC"_s << 1 << 0;
        QTest::newRow("overlong encoding rejected")
            << "x\xC0\xAFy"_ba << u"x\u00C0\u00AFy"_s << 1 << 0;
        QTest::newRow("surrogate rejected")
            << "\xED\xA0\x80"_ba << u"\u00ED\u00A0\u20AC"_s << 1 << 0;
        QTest::newRow("nul replaced") << QByteArray("a\0b", 3) << u"a\uFFFDb"_s << 0 << 1;
        QTest::newRow("empty") << QByteArray() << QString() << 0 << 0;
    }

    void decode()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, text);
        QFETCH(int, nonUtf8Lines);
        QFETCH(int, nulBytes);
        QString out = u"prefix|"_s;
        DecodeStats stats;
        const qsizetype start = appendDecoded(out, bytes, stats);
        QCOMPARE(start, 7);
        QCOMPARE(out.mid(start), text);
        QCOMPARE(int(stats.nonUtf8Lines), nonUtf8Lines);
        QCOMPARE(int(stats.nulBytes), nulBytes);
    }

    void validUtf8()
    {
        QVERIFY(isValidUtf8("plain ascii, longer than eight bytes"));
        QVERIFY(isValidUtf8("\xF0\x9F\x93\x84 4-byte"));
        QVERIFY(!isValidUtf8("\xF4\x90\x80\x80")); // above U+10FFFF
        QVERIFY(!isValidUtf8("ascii then \xFF"));
    }

    void bom()
    {
        QCOMPARE(utf8BomLength("\xEF\xBB\xBFtext"), 3);
        QCOMPARE(utf8BomLength("text"), 0);
    }

    void windows1252()
    {
        QCOMPARE(windows1252ToUnicode(0x80), char16_t(0x20AC));
        QCOMPARE(windows1252ToUnicode(0x93), char16_t(0x201C));
        QCOMPARE(windows1252ToUnicode(0x41), char16_t(u'A'));
        QCOMPARE(windows1252ToUtf8("\x93quoted\x94"), "\xE2\x80\x9Cquoted\xE2\x80\x9D"_ba);
    }

    // Windows-1252 punctuation read as Latin-1 and stored as UTF-8 (C2 92 for 0x92): shown as
    // the characters meant and counted; U+0081, which Windows-1252 leaves undefined, stays.
    void c1Controls()
    {
        QString out;
        DecodeStats stats;
        appendDecoded(out, "the Company\xC2\x92s \xC2\x93offices\xC2\x94 \xC2\x96 \xC2\x81\n"_ba,
                      stats);
        QCOMPARE(out, u"the Company\u2019s \u201Coffices\u201D \u2013 \u0081\n"_s);
        QCOMPARE(stats.c1Characters, 4);
        QCOMPARE(stats.firstC1Offset, 11);
        QCOMPARE(stats.nonUtf8Lines, 0);
    }
};

QTEST_MAIN(TestTextDecoder)
#include "tst_textdecoder.moc"
