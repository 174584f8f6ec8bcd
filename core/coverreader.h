// SPDX-License-Identifier: MIT
#pragma once

// The cover page reader behind parseCover(): its caption patterns and the reader itself. Its
// caption search, registrant, date and state/file/IRS readers are in coverparser.cpp; the
// registrant table, address, telephone and former name in coveraddress.cpp.

#include "coverparser.h"
#include "literalfilter.h"
#include "textlines.h"

#include <QRegularExpression>

namespace fl::coverreader {

using namespace Qt::Literals::StringLiterals;

inline constexpr auto kIgnoreCase = QRegularExpression::CaseInsensitiveOption;

inline const QRegularExpression kRegistrantCaption(
    u"exact\\s+name\\s+of\\s+(?:the\\s+)?(?:registrant|issuer|issuing\\s+entity|company|"
    u"depositor|sponsor|small\\s+business\\s+issuer)|name\\s+of\\s+registrant\\s+as\\s+specified"_s,
    kIgnoreCase);
inline const QRegularExpression
    kDateCaption(u"date\\s+of\\s+(?:this\\s+)?report|date\\s+of\\s+earliest\\s+event"_s,
                 kIgnoreCase);
inline const QRegularExpression kStateCaption(
    u"state\\s+or\\s+other|jurisdiction\\s+of|state\\s+of\\s+incorporation|\\(\\s*state\\b|"
    u"^\\s*state\\s+of(?=\\s*$|\\t|\\s{2})"_s,
    kIgnoreCase);
inline const QRegularExpression
    kFileCaption(u"commission\\s+file|\\(\\s*commission\\b|file\\s+number|file\\s+no\\b"_s,
                 kIgnoreCase);
inline const QRegularExpression
    kIrsCaption(u"i\\.?\\s?r\\.?\\s?s\\.?\\s+employe|employer\\s+identification|employer\\s+id\\b|"
                u"\\(\\s*i\\.?\\s?r\\.?\\s?s\\b"_s,
                kIgnoreCase);
inline const QRegularExpression kAddressCaption(
    u"address\\s+of\\s+principal|principal\\s+executive\\s+offices?|"
    u"address,?\\s+including\\s+zip\\s+code|address\\s+and\\s+telephone\\s+number"_s,
    kIgnoreCase);
inline const QRegularExpression kZipCaption(u"\\(\\s*zip\\s*code\\s*\\)|zip\\s+code"_s,
                                            kIgnoreCase);
inline const QRegularExpression kPhoneCaption(u"telephone\\s+number|\\btelephone\\b"_s,
                                              kIgnoreCase);
inline const QRegularExpression kFormerCaption(u"former\\s+name|former\\s+address"_s, kIgnoreCase);
inline const QRegularExpression kFormType(
    u"^\\s*FORM\\s+([0-9]{1,2}-[0-9A-Z]{1,4}(?:/A)?|[0-9]{1,3}[A-Z]?(?:-[0-9A-Z]+)?(?:/A)?|"
    u"S-[0-9]{1,2}(?:/A)?|F-[0-9]{1,2}(?:/A)?|DEF\\s?14A|SD|N-[0-9A-Z-]+)\\s*(?:/A)?\\s*$"_s,
    kIgnoreCase);

inline const QRegularExpression
    kFileNumberValue(u"^\\(?\\d{1,4}\\s?-\\s?\\d{2,6}(?:-\\d{1,3})?\\)?$"_s);
inline const QRegularExpression kFileNumberAnywhere(u"\\b\\d{1,4}-\\d{3,6}(?:-\\d{1,3})?\\b"_s);
inline const QRegularExpression kIrsValue(u"^(?:\\d{2}\\s?-\\s?\\d{7}|\\d{9})$"_s);
inline const QRegularExpression kIrsAnywhere(u"\\b\\d{2}\\s?-\\s?\\d{7}\\b"_s);
inline const QRegularExpression kNineDigits(u"\\b\\d{9}\\b"_s);
inline const QRegularExpression kIrsLike(u"\\b\\d{2}-\\d{5,8}\\b"_s);
inline const QRegularExpression kPhone(
    u"(?:\\+?1[\\s.\\-]*)?\\(\\s*\\d{3}\\s*\\)[\\s.\\-]*\\d{3}[\\s.\\-]*\\d{2,5}\\b|"
    u"\\b\\d{3}[\\s.\\-]+\\d{3}[\\s.\\-]+\\d{3,5}\\b|\\b\\d{3}\\s?/\\s?\\d{3}[\\s.\\-]+\\d{4}\\b|"
    u"\\b\\d{3}[\\s.\\-]+\\d{3,4}\\b"_s);
// US zip codes, and Canadian postal codes ("K0M 2T0") for registrants based there.
inline const QRegularExpression
    kZipValue(u"^(?:\\d{5}(?:\\s?-\\s?\\d{4})?|[A-Z]\\d[A-Z]\\s?\\d[A-Z]\\d)$"_s);
inline const QRegularExpression
    kTrailingZip(u"^(.*?)[,\\s]+(\\d{5}(?:-\\d{4})?|[A-Z]\\d[A-Z]\\s?\\d[A-Z]\\d)$"_s);

// Words every match of a caption pattern contains (see literalfilter.h): a line without them is
// not run through the pattern. Change the words with the pattern.
struct CaptionWords
{
    const QRegularExpression *re;
    std::initializer_list<std::string_view> words;
};
inline const CaptionWords kCaptionWords[] = {
    {&kRegistrantCaption, {"name"}},
    {&kDateCaption, {"date"}},
    {&kStateCaption, {"tate", "juri"}},
    {&kFileCaption, {"commi", "file"}},
    {&kIrsCaption, {"employe", "("}},
    {&kAddressCaption, {"addre", "principal"}},
    {&kZipCaption, {"zip"}},
    {&kPhoneCaption, {"telephone"}},
    {&kFormerCaption, {"former"}},
};

// False when `re` cannot match `text`; true when it may (or has no words listed).
inline bool mayMatch(const QRegularExpression &re, QStringView text)
{
    for (const CaptionWords &entry : kCaptionWords) {
        if (entry.re == &re)
            return containsAnyNoCase(text, entry.words);
    }
    return true;
}

inline bool fullMatch(const QRegularExpression &re, QStringView text)
{
    return re.match(text.trimmed()).hasMatch();
}

class CoverReader
{
public:
    CoverReader(const TextLines &lines, QList<Warning> &warnings, bool eightK)
        : m_lines(lines)
        , m_warnings(warnings)
        , m_eightK(eightK)
    {
    }

    CoverPage read();

private:
    int count() const { return m_lines.size(); }
    // No cover line is longer than this; a longer one (a file of one long line) is read only
    // this far, which keeps the column arithmetic below linear.
    static constexpr qsizetype kMaxLine = 1000;
    QStringView line(int i) const { return m_lines.line(i).left(kMaxLine); }

    struct CaptionHit
    {
        int line = -1;
        qsizetype position = 0;
        qsizetype length = 0;
    };

    // `asCaption`: the words must stand as a caption ("(Address of principal executive
    // offices)", "Registrant's telephone number, ..."), not inside a sentence of body text
    // ("The Company's principal executive offices are located at ...").
    CaptionHit findCaption(const QRegularExpression &re, int from = 0,
                           bool asCaption = false) const;

    static bool standsAsCaption(QStringView line, qsizetype position);

    bool isAnyCaption(QStringView text) const;

    // The caption stands under its value when it is written in parentheses.
    bool captionIsParenthesized(const CaptionHit &hit) const;

    int lineAbove(int i, int maxSteps = 4) const;

    int lineBelow(int i, int maxSteps = 4) const;

    // First line of a caption written over several lines ("(State or other jurisdiction" /
    // "of incorporation)").
    int captionBlockTop(int i) const;

    // Last line of a caption block that heads its values ("State of" / "Incorporation").
    int captionBlockBottom(int i) const;

    Field fieldFrom(int i, QStringView text, QString normalized = {}) const;
    // What stands before a caption on its line, without an opening parenthesis: often the
    // value ("BTU INTERNATIONAL, INC. (Exact name of registrant ...)").
    QStringView textBefore(const CaptionHit &hit) const;

    void readRegistrant(CoverPage &cover);

    // No "(Exact name of registrant ...)" caption: the company name usually still stands on
    // its own above the state / file number / IRS line.
    void guessRegistrant(CoverPage &cover);

    void readDateOfReport(CoverPage &cover);

    // A value found with a pattern anywhere in a line, with its column.
    struct Match
    {
        QStringView text;
        qsizetype column;
    };

    static QList<Match> matchesIn(QStringView line, const QRegularExpression &re);

    void readStateFileIrs(CoverPage &cover);

    // A cell that may be part of an address: neither a caption nor a telephone number.
    bool isAddressCell(QStringView t) const;

    static bool hasValueCell(QStringView line);

    // Combined filings of several registrants (utilities, mostly) put the cover in a table:
    // "Commission File Number | Registrant, State of Incorporation, Address and Telephone
    // Number | I.R.S. Employer Identification No.", one block of lines per registrant. The
    // first registrant's block fills the cover.
    bool readRegistrantTable(CoverPage &cover);

    void readAddress(CoverPage &cover);

    void readPhone(CoverPage &cover);

    void readFormerName(CoverPage &cover);

    const TextLines &m_lines;
    QList<Warning> &m_warnings;
    bool m_eightK;
};

} // namespace fl::coverreader
