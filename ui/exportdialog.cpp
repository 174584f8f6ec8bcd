// SPDX-License-Identifier: MIT
#include "exportdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace fl {

namespace {

struct LayoutChoice
{
    CsvLayout layout;
    const char *label;
};

// The layouts as the dialog offers them, in this order (the combo box's index is saved).
const LayoutChoice kLayoutChoices[] = {
    {CsvLayout::Wide, QT_TRANSLATE_NOOP("fl::ExportDialog", "Wide: one row per filing")},
    {CsvLayout::Long, QT_TRANSLATE_NOOP("fl::ExportDialog", "Long: one row per extracted value")},
    {CsvLayout::Items, QT_TRANSLATE_NOOP("fl::ExportDialog", "Items: one row per item")},
    {CsvLayout::Facts,
     QT_TRANSLATE_NOOP("fl::ExportDialog", "Facts: one row per inline-XBRL fact")},
};

} // namespace

ExportDialog::ExportDialog(int selected, int all, bool hasCurrent, QWidget *parent)
    : ExportDialog(Format::Csv, selected, all, hasCurrent, parent)
{
}

ExportDialog::ExportDialog(Format format, int selected, int all, bool hasCurrent, QWidget *parent)
    : QDialog(parent)
    , m_format(format)
    , m_current(new QRadioButton(tr("The filing on &screen"), this))
    , m_selected(new QRadioButton(tr("The %n &selected filing(s)", nullptr, selected), this))
    , m_all(new QRadioButton(tr("&All %n open filing(s)", nullptr, all), this))
    , m_itemText(new QCheckBox(tr("With each item's &text"), this))
{
    const bool csv = format == Format::Csv;
    setWindowTitle(csv ? tr("Export CSV") : tr("Export Excel Workbook"));
    auto *which = new QGroupBox(tr("Filings"), this);
    auto *whichLayout = new QVBoxLayout(which);
    whichLayout->addWidget(m_current);
    whichLayout->addWidget(m_selected);
    whichLayout->addWidget(m_all);
    m_current->setEnabled(hasCurrent);
    m_selected->setEnabled(selected > 0);
    m_all->setEnabled(all > 0);
    (selected > 1 ? m_selected : hasCurrent ? m_current : m_all)->setChecked(true);

    QSettings settings;
    auto *form = new QFormLayout;
    if (csv) {
        m_layout = new QComboBox(this);
        for (const LayoutChoice &choice : kLayoutChoices)
            m_layout->addItem(tr(choice.label), int(choice.layout));
        m_layout->setCurrentIndex(settings.value(u"export/layout"_s, 0).toInt());
        connect(m_layout, &QComboBox::currentIndexChanged, this, &ExportDialog::updateEnabled);
        form->addRow(tr("&Layout:"), m_layout);
    } else {
        // A sheet per layout ticked; the wide one alone unless chosen otherwise before.
        const QStringList ticked =
            settings.value(u"exportXlsx/layouts"_s, QStringList{u"0"_s}).toStringList();
        auto *sheets = new QVBoxLayout;
        for (qsizetype i = 0; i < std::ssize(kLayoutChoices); ++i) {
            auto *box = new QCheckBox(tr(kLayoutChoices[i].label), this);
            box->setChecked(ticked.contains(QString::number(i)));
            connect(box, &QCheckBox::toggled, this, &ExportDialog::updateEnabled);
            m_sheets << box;
            sheets->addWidget(box);
        }
        form->addRow(tr("Sheets:"), sheets);
    }
    m_itemText->setToolTip(tr("Without it, the items layout gives each item's lines and counts "
                              "only: a much smaller file."));
    m_itemText->setChecked(settings.value(settingsKey(u"itemText"_s), true).toBool());
    form->addRow(QString(), m_itemText);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_export = buttons->addButton(tr("&Export…"), QDialogButtonBox::AcceptRole);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        remember();
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(which);
    layout->addLayout(form);
    if (csv) {
        m_bom = new QCheckBox(tr("Start with a &byte-order mark (for Excel)"), this);
        m_guard =
            new QCheckBox(tr("&Guard against formulas (prefix = + - @ with an apostrophe)"), this);
        m_guard->setToolTip(
            tr("Filings are untrusted: a value starting with = + - or @ could run as a formula "
               "in a spreadsheet. Turn off for programs that read the CSV."));
        m_bom->setChecked(settings.value(u"export/bom"_s, false).toBool());
        m_guard->setChecked(settings.value(u"export/formulaGuard"_s, true).toBool());
        layout->addWidget(m_bom);
        layout->addWidget(m_guard);
    } else {
        auto *note = new QLabel(tr("Codes such as CIKs and zip codes keep their leading zeros "
                                   "as text; dates are dates, amounts numbers. No value is "
                                   "ever written as a formula."),
                                this);
        note->setWordWrap(true);
        layout->addWidget(note);
    }
    layout->addWidget(buttons);
    updateEnabled();
}

QString ExportDialog::settingsKey(const QString &name) const
{
    return (m_format == Format::Csv ? u"export/"_s : u"exportXlsx/"_s) + name;
}

void ExportDialog::remember() const
{
    QSettings s;
    if (m_layout) {
        s.setValue(u"export/layout"_s, m_layout->currentIndex());
    } else {
        QStringList ticked;
        for (qsizetype i = 0; i < m_sheets.size(); ++i) {
            if (m_sheets[i]->isChecked())
                ticked << QString::number(i);
        }
        s.setValue(u"exportXlsx/layouts"_s, ticked);
    }
    s.setValue(settingsKey(u"itemText"_s), m_itemText->isChecked());
    if (m_bom) {
        s.setValue(u"export/bom"_s, m_bom->isChecked());
        s.setValue(u"export/formulaGuard"_s, m_guard->isChecked());
    }
}

ExportDialog::Scope ExportDialog::scope() const
{
    if (m_current->isChecked())
        return Scope::Current;
    if (m_selected->isChecked())
        return Scope::Selected;
    return Scope::All;
}

CsvLayout ExportDialog::layout() const
{
    const QList<CsvLayout> chosen = layouts();
    return chosen.isEmpty() ? CsvLayout::Wide : chosen.first();
}

QList<CsvLayout> ExportDialog::layouts() const
{
    if (m_layout)
        return {CsvLayout(m_layout->currentData().toInt())};
    QList<CsvLayout> chosen;
    for (qsizetype i = 0; i < m_sheets.size(); ++i) {
        if (m_sheets[i]->isChecked())
            chosen << kLayoutChoices[i].layout;
    }
    return chosen;
}

bool ExportDialog::itemText() const
{
    return m_itemText->isChecked();
}

void ExportDialog::updateEnabled()
{
    // "With text" only means something for the items layout; a workbook needs a sheet.
    const QList<CsvLayout> chosen = layouts();
    m_itemText->setEnabled(chosen.contains(CsvLayout::Items));
    m_export->setEnabled(!chosen.isEmpty());
}

CsvOptions ExportDialog::csvOptions() const
{
    CsvOptions options;
    if (m_bom) {
        options.byteOrderMark = m_bom->isChecked();
        options.formulaGuard = m_guard->isChecked();
    }
    return options;
}

} // namespace fl
