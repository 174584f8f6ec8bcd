// SPDX-License-Identifier: MIT
#include "itemcatalog.h"

using namespace Qt::Literals::StringLiterals;

namespace fl {

const QList<ItemDefinition> &itemCatalog()
{
    static const QList<ItemDefinition> catalog = {
        // Form 8-K as amended effective August 23, 2004 (Release 33-8400), with later additions.
        {u"1.01"_s, u"Entry into a Material Definitive Agreement"_s, ItemRegime::Current, {}},
        {u"1.02"_s, u"Termination of a Material Definitive Agreement"_s, ItemRegime::Current, {}},
        {u"1.03"_s, u"Bankruptcy or Receivership"_s, ItemRegime::Current, {}},
        {u"1.04"_s,
         u"Mine Safety - Reporting of Shutdowns and Patterns of Violations"_s,
         ItemRegime::Current,
         {}},
        {u"1.05"_s, u"Material Cybersecurity Incidents"_s, ItemRegime::Current, {}},
        {u"2.01"_s,
         u"Completion of Acquisition or Disposition of Assets"_s,
         ItemRegime::Current,
         {}},
        {u"2.02"_s, u"Results of Operations and Financial Condition"_s, ItemRegime::Current, {}},
        {u"2.03"_s,
         u"Creation of a Direct Financial Obligation or an Obligation under an Off-Balance "
         u"Sheet Arrangement of a Registrant"_s,
         ItemRegime::Current,
         {}},
        {u"2.04"_s,
         u"Triggering Events That Accelerate or Increase a Direct Financial Obligation or an "
         u"Obligation under an Off-Balance Sheet Arrangement"_s,
         ItemRegime::Current,
         {}},
        {u"2.05"_s,
         u"Costs Associated with Exit or Disposal Activities"_s,
         ItemRegime::Current,
         {}},
        {u"2.06"_s, u"Material Impairments"_s, ItemRegime::Current, {}},
        {u"3.01"_s,
         u"Notice of Delisting or Failure to Satisfy a Continued Listing Rule or Standard; "
         u"Transfer of Listing"_s,
         ItemRegime::Current,
         {}},
        {u"3.02"_s, u"Unregistered Sales of Equity Securities"_s, ItemRegime::Current, {}},
        {u"3.03"_s,
         u"Material Modification to Rights of Security Holders"_s,
         ItemRegime::Current,
         {}},
        {u"4.01"_s, u"Changes in Registrant's Certifying Accountant"_s, ItemRegime::Current, {}},
        {u"4.02"_s,
         u"Non-Reliance on Previously Issued Financial Statements or a Related Audit Report or "
         u"Completed Interim Review"_s,
         ItemRegime::Current,
         {}},
        {u"5.01"_s, u"Changes in Control of Registrant"_s, ItemRegime::Current, {}},
        {u"5.02"_s,
         u"Departure of Directors or Certain Officers; Election of Directors; Appointment of "
         u"Certain Officers; Compensatory Arrangements of Certain Officers"_s,
         ItemRegime::Current,
         {}},
        {u"5.03"_s,
         u"Amendments to Articles of Incorporation or Bylaws; Change in Fiscal Year"_s,
         ItemRegime::Current,
         {}},
        {u"5.04"_s,
         u"Temporary Suspension of Trading Under Registrant's Employee Benefit Plans"_s,
         ItemRegime::Current,
         {}},
        {u"5.05"_s,
         u"Amendment to Registrant's Code of Ethics, or Waiver of a Provision of the Code of "
         u"Ethics"_s,
         ItemRegime::Current,
         {}},
        {u"5.06"_s, u"Change in Shell Company Status"_s, ItemRegime::Current, {}},
        {u"5.07"_s,
         u"Submission of Matters to a Vote of Security Holders"_s,
         ItemRegime::Current,
         {}},
        {u"5.08"_s, u"Shareholder Director Nominations"_s, ItemRegime::Current, {}},
        {u"6.01"_s, u"ABS Informational and Computational Material"_s, ItemRegime::Current, {}},
        {u"6.02"_s, u"Change of Servicer or Trustee"_s, ItemRegime::Current, {}},
        {u"6.03"_s,
         u"Change in Credit Enhancement or Other External Support"_s,
         ItemRegime::Current,
         {}},
        {u"6.04"_s, u"Failure to Make a Required Distribution"_s, ItemRegime::Current, {}},
        {u"6.05"_s, u"Securities Act Updating Disclosure"_s, ItemRegime::Current, {}},
        {u"6.06"_s, u"Static Pool"_s, ItemRegime::Current, {}},
        {u"6.10"_s, u"Alternative Filings of Asset-Backed Issuers"_s, ItemRegime::Current, {}},
        {u"7.01"_s, u"Regulation FD Disclosure"_s, ItemRegime::Current, {}},
        {u"8.01"_s, u"Other Events"_s, ItemRegime::Current, {}},
        {u"9.01"_s, u"Financial Statements and Exhibits"_s, ItemRegime::Current, {}},
        // Form 8-K before August 23, 2004, with the item that took each one's place.
        {u"1"_s, u"Changes in Control of Registrant"_s, ItemRegime::Legacy, u"5.01"_s},
        {u"2"_s, u"Acquisition or Disposition of Assets"_s, ItemRegime::Legacy, u"2.01"_s},
        {u"3"_s, u"Bankruptcy or Receivership"_s, ItemRegime::Legacy, u"1.03"_s},
        {u"4"_s, u"Changes in Registrant's Certifying Accountant"_s, ItemRegime::Legacy, u"4.01"_s},
        {u"5"_s, u"Other Events and Regulation FD Disclosure"_s, ItemRegime::Legacy, u"8.01"_s},
        {u"6"_s, u"Resignations of Registrant's Directors"_s, ItemRegime::Legacy, u"5.02"_s},
        {u"7"_s, u"Financial Statements, Pro Forma Financial Information and Exhibits"_s,
         ItemRegime::Legacy, u"9.01"_s},
        {u"8"_s, u"Change in Fiscal Year"_s, ItemRegime::Legacy, u"5.03"_s},
        {u"9"_s, u"Regulation FD Disclosure"_s, ItemRegime::Legacy, u"7.01"_s},
        {u"10"_s,
         u"Amendments to the Registrant's Code of Ethics, or Waiver of a Provision of the Code "
         u"of Ethics"_s,
         ItemRegime::Legacy, u"5.05"_s},
        {u"11"_s, u"Temporary Suspension of Trading Under Registrant's Employee Benefit Plans"_s,
         ItemRegime::Legacy, u"5.04"_s},
        {u"12"_s, u"Results of Operations and Financial Condition"_s, ItemRegime::Legacy,
         u"2.02"_s},
    };
    return catalog;
}

static const ItemDefinition *findItem(QStringView code)
{
    for (const ItemDefinition &item : itemCatalog()) {
        if (item.code == code)
            return &item;
    }
    return nullptr;
}

QString officialItemTitle(QStringView code)
{
    const ItemDefinition *item = findItem(code);
    return item ? item->title : QString();
}

QString currentItemCode(QStringView code)
{
    const ItemDefinition *item = findItem(code);
    if (!item)
        return {};
    return item->regime == ItemRegime::Legacy ? item->currentEquivalent : item->code;
}

QString normalizeItemCode(QStringView written)
{
    QString compact;
    for (const QChar c : written) {
        if (!c.isSpace())
            compact.append(c);
    }
    while (compact.endsWith(u'.'))
        compact.chop(1);
    const qsizetype dot = compact.indexOf(u'.');
    bool ok = false;
    if (dot < 0) {
        const int major = compact.toInt(&ok);
        return ok && major > 0 && major < 100 ? QString::number(major) : QString();
    }
    const int major = QStringView(compact).left(dot).toInt(&ok);
    if (!ok || major <= 0 || major > 99)
        return {};
    const QStringView minorText = QStringView(compact).mid(dot + 1);
    const int minor = minorText.toInt(&ok);
    if (!ok || minorText.size() > 2 || minor < 0)
        return {};
    return QString::number(major) + u'.' + QString::number(minor).rightJustified(2, u'0');
}

} // namespace fl
