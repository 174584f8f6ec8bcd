// SPDX-License-Identifier: MIT
#include "comparison.h"

#include "coverfields.h"
#include "itemcatalog.h"
#include "normalize.h"

#include <QHash>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace fl {

namespace {

// Pairs each left entry with the first unused right entry of the same key, in order, through a
// hash of the right keys: linear, where a nested search would be quadratic in a submission with
// thousands of documents. `pairOf[i]` is the right index of left entry i (or -1); `used[j]`
// marks paired right entries; entries already paired are left alone. Empty keys never pair
// when `skipEmpty` is set.
template<typename L, typename R, typename KeyOfLeft, typename KeyOfRight>
void pairByKey(const QList<L> &left, const QList<R> &right, KeyOfLeft keyOfLeft,
               KeyOfRight keyOfRight, QList<int> &pairOf, QList<bool> &used, bool skipEmpty = false)
{
    QHash<QString, QList<int>> unused; // key -> unused right indices, ascending
    for (qsizetype j = 0; j < right.size(); ++j) {
        if (used[j])
            continue;
        const QString key = keyOfRight(right[j]);
        if (!(skipEmpty && key.isEmpty()))
            unused[key].append(int(j));
    }
    QHash<QString, qsizetype> next; // how far each key's list has been taken
    for (qsizetype i = 0; i < left.size(); ++i) {
        if (pairOf[i] >= 0)
            continue;
        const QString key = keyOfLeft(left[i]);
        if (skipEmpty && key.isEmpty())
            continue;
        const auto it = unused.constFind(key);
        if (it == unused.cend())
            continue;
        qsizetype &at = next[key];
        while (at < it->size() && used[it->at(at)])
            ++at;
        if (at < it->size()) {
            pairOf[i] = it->at(at);
            used[pairOf[i]] = true;
        }
    }
}

// Items paired by code, then by the same item under the other numbering (old Item 12 with
// 2.02): the right index of each left item, or -1.
QList<int> pairItems(const QList<Item> &left, const QList<Item> &right, QList<bool> &used)
{
    QList<int> pairOf(left.size(), -1);
    used = QList<bool>(right.size(), false);
    // A report's item is (part, code): Part II Item 1 of a 10-Q is not Part I Item 1.
    const auto code = [](const Item &item) {
        return item.part.isEmpty() ? item.code : QString(item.part + u'/' + item.code);
    };
    const auto currentCode = [&code](const Item &item) {
        return item.part.isEmpty() ? currentItemCode(item.code) : code(item);
    };
    pairByKey(left, right, code, code, pairOf, used);
    pairByKey(left, right, currentCode, currentCode, pairOf, used, true);
    return pairOf;
}

// Documents paired by type, in order.
QList<int> pairDocuments(const QList<Document> &left, const QList<Document> &right,
                         QList<bool> &used)
{
    QList<int> pairOf(left.size(), -1);
    used = QList<bool>(right.size(), false);
    const auto type = [](const Document &d) {
        return d.type.normalized;
    };
    pairByKey(left, right, type, type, pairOf, used);
    return pairOf;
}

// Pairs the left entries still unpaired with the unused right ones, in order.
void pairInOrder(QList<int> &pairOf, QList<bool> &used)
{
    qsizetype j = 0;
    for (int &pair : pairOf) {
        if (pair >= 0)
            continue;
        while (j < used.size() && used[j])
            ++j;
        if (j == used.size())
            return;
        pair = int(j);
        used[j] = true;
    }
}

enum class Kind {
    Text,
    Name,
    Date,
    FileNumber,
    Phone,
    Digits,
    State,
    Address,
    FormerName,
    Words,
    Normalized,
};

// How a cover field of a kind is compared.
Kind kindOf(CoverFieldKind kind)
{
    switch (kind) {
    case CoverFieldKind::FormType:
        return Kind::Text;
    case CoverFieldKind::Name:
        return Kind::Name;
    case CoverFieldKind::Date:
        return Kind::Date;
    case CoverFieldKind::State:
        return Kind::State;
    case CoverFieldKind::FileNumber:
        return Kind::FileNumber;
    case CoverFieldKind::IrsNumber:
        return Kind::Digits;
    case CoverFieldKind::Address:
    case CoverFieldKind::ZipCode:
        return Kind::Address;
    case CoverFieldKind::Phone:
        return Kind::Phone;
    case CoverFieldKind::FormerName:
        return Kind::FormerName;
    case CoverFieldKind::CheckBox:
    case CoverFieldKind::Flag:
    case CoverFieldKind::Choice:
        return Kind::Words;
    case CoverFieldKind::Text:
        return Kind::Text;
    }
    return Kind::Text;
}

QString lettersAndDigits(QStringView text)
{
    QString out;
    for (const QChar c : text) {
        if (c.isLetterOrNumber())
            out.append(c.toCaseFolded());
    }
    return out;
}

// The form two values are compared in.
QString keyOf(const Field &field, Kind kind)
{
    const QString &v = field.value;
    switch (kind) {
    case Kind::Text:
        return simplified(v).toCaseFolded();
    case Kind::Name:
        return companyNameKey(v);
    case Kind::Date: {
        const QString iso = field.normalized.isEmpty() ? normalizeDate(v) : field.normalized;
        return iso.isEmpty() ? simplified(v).toCaseFolded() : iso;
    }
    case Kind::FileNumber: {
        const QString n = normalizeFileNumber(v);
        return n.isEmpty() ? simplified(v) : n;
    }
    case Kind::Phone: {
        QString digits = digitsOnly(v);
        if (digits.size() == 11 && digits.startsWith(u'1'))
            digits.remove(0, 1);
        return digits;
    }
    case Kind::Digits: {
        QString digits = digitsOnly(v);
        while (digits.size() > 1 && digits.startsWith(u'0'))
            digits.remove(0, 1);
        return digits.isEmpty() ? simplified(v) : digits;
    }
    case Kind::State: {
        const QString code = stateCode(v);
        return code.isEmpty() ? simplified(v).toUpper() : code;
    }
    case Kind::Address:
    case Kind::Words:
        return lettersAndDigits(v);
    case Kind::FormerName:
        return isNotApplicable(v) ? u"n/a"_s : lettersAndDigits(v);
    case Kind::Normalized:
        return field.normalized.isEmpty() ? simplified(v).toCaseFolded() : field.normalized;
    }
    return v;
}

class Comparer
{
public:
    Comparer(const Filing &left, const Filing &right)
        : m_left(left)
        , m_right(right)
    {
    }

    QList<FieldDifference> run()
    {
        compare(u"Filing"_s, u"Form type"_s, m_left.formType, m_right.formType, Kind::Text);
        compareHeader();
        compareCover();
        compareItems();
        compareExhibits();
        compareSignatures();
        compareDocuments();
        return m_out;
    }

private:
    void add(const QString &section, const QString &field, const QString &left,
             const QString &right, CompareStatus status, SourceRange leftRange = {},
             SourceRange rightRange = {})
    {
        m_out.append(FieldDifference{section, field, left, right, status, leftRange, rightRange});
    }

    void compare(const QString &section, const QString &field, const Field &l, const Field &r,
                 Kind kind)
    {
        if (l.isEmpty() && r.isEmpty())
            return;
        CompareStatus status = CompareStatus::Same;
        if (r.isEmpty())
            status = CompareStatus::OnlyLeft;
        else if (l.isEmpty())
            status = CompareStatus::OnlyRight;
        else if (keyOf(l, kind) != keyOf(r, kind))
            status = CompareStatus::Changed;
        add(section, field, l.value, r.value, status, l.range, r.range);
    }

    void compareHeader()
    {
        if (!m_left.header.isPresent() && !m_right.header.isPresent())
            return;
        const Header &l = m_left.header;
        const Header &r = m_right.header;
        const QString s = u"Header"_s;
        compare(s, u"Header / Accession number"_s, l.accessionNumber, r.accessionNumber,
                Kind::Text);
        compare(s, u"Header / Submission type"_s, l.submissionType, r.submissionType, Kind::Text);
        compare(s, u"Header / Public document count"_s, l.documentCount, r.documentCount,
                Kind::Digits);
        compare(s, u"Header / Period of report"_s, l.periodOfReport, r.periodOfReport, Kind::Date);
        compare(s, u"Header / Filed as of date"_s, l.filedAsOfDate, r.filedAsOfDate, Kind::Date);
        const Party empty;
        const Party *lp = m_left.header.mainParty();
        const Party *rp = m_right.header.mainParty();
        const Party &a = lp ? *lp : empty;
        const Party &b = rp ? *rp : empty;
        compare(s, u"Header / Filer / Company name"_s, a.companyName, b.companyName, Kind::Name);
        compare(s, u"Header / Filer / CIK"_s, a.cik, b.cik, Kind::Digits);
        compare(s, u"Header / Filer / SIC"_s, a.sic, b.sic, Kind::Normalized);
        compare(s, u"Header / Filer / IRS number"_s, a.irsNumber, b.irsNumber, Kind::Digits);
        compare(s, u"Header / Filer / State of incorporation"_s, a.stateOfIncorporation,
                b.stateOfIncorporation, Kind::State);
        compare(s, u"Header / Filer / Fiscal year end"_s, a.fiscalYearEnd, b.fiscalYearEnd,
                Kind::Digits);
        compare(s, u"Header / Filer / SEC file number"_s, a.secFileNumber, b.secFileNumber,
                Kind::FileNumber);
        compare(s, u"Header / Filer / Business address / Street"_s, a.businessAddress.street1,
                b.businessAddress.street1, Kind::Address);
        compare(s, u"Header / Filer / Business address / City"_s, a.businessAddress.city,
                b.businessAddress.city, Kind::Address);
        compare(s, u"Header / Filer / Business address / State"_s, a.businessAddress.state,
                b.businessAddress.state, Kind::State);
        compare(s, u"Header / Filer / Business address / Zip"_s, a.businessAddress.zip,
                b.businessAddress.zip, Kind::Digits);
        compare(s, u"Header / Filer / Business address / Phone"_s, a.businessAddress.phone,
                b.businessAddress.phone, Kind::Phone);
    }

    void compareCover()
    {
        const CoverPage &l = m_left.cover;
        const CoverPage &r = m_right.cover;
        const QString s = u"Cover page"_s;
        for (const CoverFieldDef &def : coverFields()) {
            if (def.kind == CoverFieldKind::FormType)
                continue; // compared as the filing's form type
            const Kind kind = kindOf(def.kind);
            Field a = def.of(l);
            Field b = def.of(r);
            if (kind == Kind::Words && !a.normalized.isEmpty()) // check boxes: checked or not
                a.value = a.normalized;
            if (kind == Kind::Words && !b.normalized.isEmpty())
                b.value = b.normalized;
            compare(s, u"Cover page / "_s + def.label, a, b, kind);
        }
        // Securities registered under Section 12(b), paired by trading symbol, else title.
        QList<bool> used(r.securities12b.size(), false);
        QList<int> pairOf(l.securities12b.size(), -1);
        auto keyOfSecurity = [](const RegisteredSecurity &sec) {
            return sec.tradingSymbol.normalized.isEmpty() ? lettersAndDigits(sec.title.value)
                                                          : sec.tradingSymbol.normalized;
        };
        pairByKey(l.securities12b, r.securities12b, keyOfSecurity, keyOfSecurity, pairOf, used);
        for (qsizetype i = 0; i < l.securities12b.size(); ++i) {
            const RegisteredSecurity &a = l.securities12b[i];
            const RegisteredSecurity *match =
                pairOf[i] >= 0 ? &r.securities12b[pairOf[i]] : nullptr;
            const QString label = u"Cover page / Section 12(b) / "_s + a.title.value;
            if (match) {
                for (const SecurityColumnDef &column : securityColumns()) {
                    if (column.member != &RegisteredSecurity::tradingSymbol) // the pairing key
                        compare(s, label + u" / "_s + column.label, column.of(a), column.of(*match),
                                Kind::Words);
                }
            } else {
                add(s, label, a.title.value, {}, CompareStatus::OnlyLeft, a.title.range);
            }
        }
        for (qsizetype j = 0; j < r.securities12b.size(); ++j) {
            if (!used[j])
                add(s, u"Cover page / Section 12(b) / "_s + r.securities12b[j].title.value, {},
                    r.securities12b[j].title.value, CompareStatus::OnlyRight, {},
                    r.securities12b[j].title.range);
        }
    }

    void compareItems()
    {
        const QList<Item> &l = m_left.items;
        const QList<Item> &r = m_right.items;
        QList<bool> used;
        const QList<int> pairOf = pairItems(l, r, used);
        auto describe = [](const Item &item) -> QString {
            return item.code + u' ' + item.title.value;
        };
        // "Item 7", or "Part II, Item 7" in a report.
        auto label = [](const Item &item) -> QString {
            return item.part.isEmpty() ? u"Item "_s + item.code
                                       : u"Part %1, Item %2"_s.arg(item.part, item.code);
        };
        const QString s = u"Items"_s;
        for (qsizetype i = 0; i < l.size(); ++i) {
            if (pairOf[i] < 0) {
                add(s, label(l[i]), describe(l[i]), {}, CompareStatus::OnlyLeft, l[i].heading);
                continue;
            }
            const Item &b = r[pairOf[i]];
            CompareStatus status = CompareStatus::Same;
            QString field = label(l[i]);
            if (l[i].code != b.code) {
                status = CompareStatus::Renumbered;
                field = u"Item %1 \u2192 %2 (%3)"_s.arg(l[i].code, b.code,
                                                        officialItemTitle(currentItemCode(b.code)));
            } else if (lettersAndDigits(l[i].title.value) != lettersAndDigits(b.title.value)) {
                status = CompareStatus::Changed;
            }
            add(s, field, describe(l[i]), describe(b), status, l[i].heading, b.heading);
        }
        for (qsizetype j = 0; j < r.size(); ++j) {
            if (!used[j])
                add(s, label(r[j]), {}, describe(r[j]), CompareStatus::OnlyRight, {}, r[j].heading);
        }
    }

    void compareExhibits()
    {
        const QList<Exhibit> &l = m_left.exhibits;
        const QList<Exhibit> &r = m_right.exhibits;
        QList<bool> used(r.size(), false);
        QList<int> pairOf(l.size(), -1);
        const auto number = [](const Exhibit &e) {
            return e.number.normalized;
        };
        pairByKey(l, r, number, number, pairOf, used);
        const QString s = u"Exhibits"_s;
        for (qsizetype i = 0; i < l.size(); ++i) {
            const Exhibit &a = l[i];
            const int match = pairOf[i];
            const QString label = u"Exhibit "_s + a.number.value;
            if (match < 0) {
                add(s, label, a.description.value, {}, CompareStatus::OnlyLeft,
                    a.description.range);
                continue;
            }
            compare(s, label, a.description, r[match].description, Kind::Words);
        }
        for (qsizetype j = 0; j < r.size(); ++j) {
            if (!used[j])
                add(s, u"Exhibit "_s + r[j].number.value, {}, r[j].description.value,
                    CompareStatus::OnlyRight, {}, r[j].description.range);
        }
    }

    void compareSignatures()
    {
        const QList<Signature> &l = m_left.signatures;
        const QList<Signature> &r = m_right.signatures;
        QList<int> pairOf(l.size(), -1);
        QList<bool> used(r.size(), false);
        // The same signer first, then in order.
        const auto signer = [](const Signature &sig) {
            return lettersAndDigits(sig.signer.value);
        };
        pairByKey(l, r, signer, signer, pairOf, used);
        pairInOrder(pairOf, used);
        const QString s = u"Signatures"_s;
        const Signature none;
        for (qsizetype i = 0; i < l.size(); ++i) {
            const Signature &b = pairOf[i] >= 0 ? r[pairOf[i]] : none;
            const QString label = u"Signature %1"_s.arg(i + 1);
            compare(s, label + u" / Signer"_s, l[i].signer, b.signer, Kind::Words);
            compare(s, label + u" / Title"_s, l[i].title, b.title, Kind::Words);
            compare(s, label + u" / Date"_s, l[i].date, b.date, Kind::Date);
            compare(s, label + u" / Registrant"_s, l[i].registrant, b.registrant, Kind::Name);
        }
        int extra = int(l.size());
        for (qsizetype j = 0; j < r.size(); ++j) {
            if (used[j])
                continue;
            const QString label = u"Signature %1"_s.arg(++extra);
            compare(s, label + u" / Signer"_s, none.signer, r[j].signer, Kind::Words);
            compare(s, label + u" / Date"_s, none.date, r[j].date, Kind::Date);
        }
    }

    void compareDocuments()
    {
        const QList<Document> &l = m_left.documents;
        const QList<Document> &r = m_right.documents;
        if (l.isEmpty() && r.isEmpty())
            return;
        QList<bool> used;
        const QList<int> pairOf = pairDocuments(l, r, used);
        const QString s = u"Documents"_s;
        for (qsizetype i = 0; i < l.size(); ++i) {
            const Document &a = l[i];
            const int match = pairOf[i];
            const QString label = u"Document "_s + a.type.value;
            if (match < 0) {
                add(s, label, a.filename.value.isEmpty() ? a.type.value : a.filename.value, {},
                    CompareStatus::OnlyLeft, a.type.range);
                continue;
            }
            compare(s, label + u" / Filename"_s, a.filename, r[match].filename, Kind::Text);
            compare(s, label + u" / Description"_s, a.description, r[match].description,
                    Kind::Words);
        }
        for (qsizetype j = 0; j < r.size(); ++j) {
            if (!used[j])
                add(s, u"Document "_s + r[j].type.value, {},
                    r[j].filename.value.isEmpty() ? r[j].type.value : r[j].filename.value,
                    CompareStatus::OnlyRight, {}, r[j].type.range);
        }
    }

    const Filing &m_left;
    const Filing &m_right;
    QList<FieldDifference> m_out;
};

} // namespace

QList<FieldDifference> compareFields(const Filing &left, const Filing &right)
{
    return Comparer(left, right).run();
}

QString compareStatusName(CompareStatus status)
{
    switch (status) {
    case CompareStatus::Same:
        return u"same"_s;
    case CompareStatus::Changed:
        return u"changed"_s;
    case CompareStatus::OnlyLeft:
        return u"only-left"_s;
    case CompareStatus::OnlyRight:
        return u"only-right"_s;
    case CompareStatus::Renumbered:
        return u"renumbered"_s;
    }
    return {};
}

QList<int> pairItemsByCode(const QList<Item> &left, const QList<Item> &right, QList<bool> &used)
{
    return pairItems(left, right, used);
}

QList<QPair<int, int>> alignmentAnchors(const Filing &left, const Filing &right)
{
    std::vector<std::pair<int, int>> candidates;
    auto pairLines = [&](SourceRange a, SourceRange b) {
        if (a.isValid() && b.isValid())
            candidates.push_back({left.lineAt(a.start), right.lineAt(b.start)});
    };
    // Items paired as the field comparison pairs them, documents of the same type in order.
    QList<bool> used;
    const QList<int> items = pairItems(left.items, right.items, used);
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (items[i] >= 0)
            pairLines(left.items[i].heading, right.items[items[i]].heading);
    }
    const QList<int> documents = pairDocuments(left.documents, right.documents, used);
    for (qsizetype i = 0; i < documents.size(); ++i) {
        if (documents[i] >= 0)
            pairLines(left.documents[i].range, right.documents[documents[i]].range);
    }
    pairLines(left.signaturesRange, right.signaturesRange);
    pairLines(left.cover.range, right.cover.range);
    std::sort(candidates.begin(), candidates.end());
    // The longest chain that holds at once, strictly increasing on both sides.
    QList<QPair<int, int>> anchors;
    for (const auto &a : longestIncreasingChain(candidates)) {
        if (anchors.isEmpty()
            || (a.first > anchors.last().first && a.second > anchors.last().second))
            anchors.append(a);
    }
    return anchors;
}

TextDiff diffFilings(const Filing &left, const Filing &right, const DiffOptions &options)
{
    return diffTexts(DiffSide{left.text, left.lineStarts}, DiffSide{right.text, right.lineStarts},
                     options, alignmentAnchors(left, right));
}

} // namespace fl
