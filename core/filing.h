// SPDX-License-Identifier: MIT
#pragma once

#include "lineindex.h"
#include "sourcerange.h"
#include "xbrl.h"

#include <QList>
#include <QString>

#include <memory>

namespace fl {

// One extracted value: as written in the filing, a canonical form where one exists, and where
// it was found.
struct Field
{
    QString value;
    QString normalized;
    SourceRange range;

    bool isEmpty() const { return value.isEmpty(); }
    // The normalized form when there is one, else the value as written.
    const QString &canonical() const { return normalized.isEmpty() ? value : normalized; }
};

struct Address
{
    Field street1;
    Field street2;
    Field city;
    Field state;
    Field zip;
    Field phone;
    bool isEmpty() const { return street1.isEmpty() && city.isEmpty() && zip.isEmpty(); }
};

struct FormerName
{
    Field name;
    Field dateChanged;
};

// A company or person named in the SEC header (FILER, SUBJECT COMPANY, FILED BY, ...).
struct Party
{
    QString role;
    SourceRange range;
    Field companyName;
    Field cik;
    Field sic;
    Field irsNumber;
    Field stateOfIncorporation;
    Field fiscalYearEnd;
    Field formType;
    Field secAct;
    Field secFileNumber;
    Field filmNumber;
    Address businessAddress;
    Address mailAddress;
    QList<FormerName> formerNames;
};

enum class HeaderDialect { None, KeyValue, Tagged };

struct Header
{
    HeaderDialect dialect = HeaderDialect::None;
    SourceRange range;
    Field accessionNumber;
    Field submissionType;
    Field documentCount;
    Field periodOfReport;
    Field filedAsOfDate;
    Field dateOfChange;
    Field acceptanceDateTime;
    QList<Field> itemInformation;
    QList<Party> parties;

    bool isPresent() const { return dialect != HeaderDialect::None; }
    // The filer (or subject company) the submission is about: the first such party, else
    // the first party; null without parties.
    const Party *mainParty() const;
    // Whether a party's role names the company the submission is about.
    static bool isMainRole(const QString &role);
};

enum class DocumentContent { Text, Html, Xml, Binary };

struct Document
{
    Field type;
    Field sequence;
    Field filename;
    Field description;
    DocumentContent content = DocumentContent::Text;
    QString binaryEncoding; // "uuencode", "pdf", ... for binary attachments
    qint64 sourceBytes = 0; // size of the <TEXT> body in the file
    SourceRange range;      // the whole <DOCUMENT> block as displayed
    SourceRange contentRange;

    bool isBinary() const { return content == DocumentContent::Binary; }
};

struct RegisteredSecurity
{
    Field title;
    Field tradingSymbol;
    Field exchange;
};

// The aggregate market value of the common equity held by non-affiliates (the public float).
struct PublicFloat
{
    Field amount; // as written ("approximately $249.0 billion"); normalized to whole dollars
    Field asOf;   // the date it was measured, normalized to ISO
    bool isEmpty() const { return amount.isEmpty(); }
};

// The shares of one class outstanding, as the cover of a periodic report states them.
struct SharesOutstanding
{
    Field shareClass; // "Class A common stock, $0.000006 par value"
    Field shares;     // as written ("6,468 million"); normalized to a whole number
    Field asOf;       // normalized to ISO
};

struct CoverPage
{
    SourceRange range;
    Field formType;
    Field dateOfReport;
    Field registrantName;
    Field stateOfIncorporation;
    Field commissionFileNumber;
    Field irsEmployerId;
    Field address;
    Field zipCode;
    Field phone;
    Field formerName;
    // Check boxes: normalized is "checked" or "unchecked".
    Field rule425;
    Field rule14a12;
    Field rule14d2b;
    Field rule13e4c;
    Field emergingGrowthCompany;
    QList<RegisteredSecurity> securities12b;
    // Periodic reports (10-K, 10-Q, 10-KSB, 20-F): the period the report covers, as ISO dates.
    Field periodOfReport;   // "December 31, 2023" of "For the fiscal year ended ..."
    Field fiscalYearEnd;    // the same date, on annual reports only
    Field transitionPeriod; // "January 1, 2023 to June 30, 2023" -> "2023-01-01/2023-06-30"
    // Check boxes and Yes/No questions (normalized "checked" for a marked box or a Yes).
    Field periodicReportBox;   // "[X] ANNUAL REPORT PURSUANT TO SECTION 13 OR 15(d)"
    Field transitionReportBox; // "[ ] TRANSITION REPORT PURSUANT TO SECTION 13 OR 15(d)"
    Field wellKnownSeasonedIssuer;
    Field notRequiredToFile;
    Field filedAllReports;
    Field interactiveDataSubmitted;
    // "large accelerated filer", "accelerated filer" or "non-accelerated filer" (normalized).
    Field filerCategory;
    Field smallerReportingCompany;
    Field extendedTransitionPeriod;
    Field icfrAuditorAttestation;
    Field errorCorrection;
    Field clawbackRecovery;
    Field shellCompany;
    PublicFloat publicFloat;
    QList<SharesOutstanding> sharesOutstanding;
    Field documentsIncorporatedByReference; // the cover's paragraph, as written
    // The parenthesized second date of "Date of Report (Date of earliest event reported): March
    // 14, 2002 (March 6, 2002)", as ISO; empty when the cover gives one date.
    Field earliestEventDate;
    // What only the inline-XBRL cover tags state (deicheck.cpp fills them from the dei: facts,
    // each with the fact's range): the CIK of a bare HTML document, dei:AmendmentFlag
    // ("true"/"false"), the common stock's par value per share (from a tag on the cover or
    // the 12(b) title), dei:CurrentFiscalYearEndDate ("--12-31"), and the address and phone
    // in their parts.
    Field cik;
    Field amendmentFlag;
    Field parValue;
    Field currentFiscalYearEnd;
    Field addressLine1;
    Field addressLine2;
    Field addressLine3;
    Field city;
    Field stateOrProvince;
    Field country;
    Field cityAreaCode;
    Field localPhoneNumber;
};

enum class ItemRegime { Current, Legacy };

struct Item
{
    QString part;          // "I", "II", ... in a periodic report; empty in an 8-K
    QString code;          // normalized: "2.02", or "12" in the pre-August-2004 numbering
    Field number;          // as written, with its range in the heading
    Field title;           // title as written (whitespace collapsed)
    QString officialTitle; // empty when the code is not in the official table
    ItemRegime regime = ItemRegime::Current;
    SourceRange heading;
    SourceRange body;
    // What the item says instead of content: "not applicable", "none", "reserved", "omitted",
    // "incorporated by reference"; empty when it has content of its own.
    QString status;
    // The pages a cross-reference index points the item to, when the report lays its items out
    // that way (the heading is then the index's row, and the body empty).
    QList<SourceRange> pages;

    SourceRange range() const { return SourceRange::fromTo(heading.start, body.end()); }
};

// A part heading of a periodic report ("PART II — OTHER INFORMATION") and the text up to the
// next part.
struct ReportPart
{
    QString name; // "I", "II", ...
    Field heading;
    SourceRange range;
};

struct Exhibit
{
    Field number;
    Field description;
    SourceRange listRange;  // the line in the Item 9.01 / Item 7 list
    SourceRange indexRange; // the line in the Exhibit Index
    int documentIndex = -1; // the submission document whose <TYPE> is this exhibit
};

struct Signature
{
    SourceRange range;
    Field registrant;
    Field signer;
    Field title;
    Field date;
};

struct Warning
{
    QString code;
    QString message;
    SourceRange range;
};

// Warnings of one kind listed at most, then one that says how many more there were: a file
// of a million repeated headings must not cost a million messages.
constexpr int kMaxWarningsOfAKind = 100;

enum class SectionKind {
    Header,
    Document,
    BinaryAttachment,
    CoverPage,
    Item,
    Part,
    TableOfContents,
    Signatures,
    ExhibitIndex,
    PageBreak,
};

// A highlighted band of the displayed text.
struct Section
{
    SectionKind kind;
    SourceRange range;
    QString label;
    int index = -1; // into Filing::items / Filing::documents where that applies
};

enum class FilingFormat { Text, FullSubmission, Html };

enum class ParseError {
    None,
    Unreadable,
    NotARegularFile,
    Empty,
    Binary,
    NotAFiling,
    TooLarge,
    OutOfMemory,
    Cancelled,
};

// The immutable result of parsing one file. Shared across threads as
// std::shared_ptr<const Filing>; nothing changes it after the parser returns it.
struct Filing
{
    QString path;
    qint64 fileSize = 0;
    FilingFormat format = FilingFormat::Text;
    ParseError error = ParseError::None;
    QString errorMessage;

    QString text;         // the displayed text; every SourceRange points into it
    LineIndex lineStarts; // offset of each line of text, for line numbers and views

    Field formType;
    Header header;
    QList<Document> documents;
    int mainDocument = -1; // index into documents, -1 for a bare text or HTML file
    SourceRange mainRange; // the text the cover, items and signatures were read from
    CoverPage cover;
    QList<Item> items;
    QList<ReportPart> parts; // periodic reports
    SourceRange tocRange;    // the table of contents, when there is one
    QList<Exhibit> exhibits;
    SourceRange exhibitIndexRange;
    QList<Signature> signatures;
    SourceRange signaturesRange;
    QList<SourceRange> pageBreaks;
    QList<Warning> warnings;
    QList<Section> sections; // sorted by start
    // Inline XBRL (xbrl.h): the facts of every HTML document in document order, and the
    // contexts and units they refer to by index. Fact::document says whose each is.
    QList<Fact> facts;
    QList<XbrlContext> contexts;
    QList<XbrlUnit> units;

    bool ok() const { return error == ParseError::None; }
    // The file name for people (bytes that are not UTF-8 written as \xHH; see nativepath.h).
    QString fileName() const;
    // 0-based line containing the offset.
    int lineAt(qsizetype offset) const;
    int lineCount() const { return int(lineStarts.size()); }
    QStringView lineText(int line) const;
    QStringView textOf(SourceRange range) const;
    // The registrant as best known: the cover's name, else the first filer's.
    QString registrantName() const;
    // The date of report as ISO date, else the header's period of report.
    QString dateOfReport() const;
};

using FilingPtr = std::shared_ptr<const Filing>;

QString formatName(FilingFormat format);
QString sectionKindName(SectionKind kind);
QString regimeName(ItemRegime regime);
QString parseErrorName(ParseError error);

} // namespace fl
