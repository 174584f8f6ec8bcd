// SPDX-License-Identifier: MIT
#include "exportdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QRadioButton>
#include <QSettings>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace fl {

ExportDialog::ExportDialog(int selected, int all, bool hasCurrent, QWidget *parent)
    : QDialog(parent)
    , m_current(new QRadioButton(tr("The filing on &screen"), this))
    , m_selected(new QRadioButton(tr("The %n &selected filing(s)", nullptr, selected), this))
    , m_all(new QRadioButton(tr("&All %n open filing(s)", nullptr, all), this))
    , m_layout(new QComboBox(this))
    , m_itemText(new QCheckBox(tr("With each item's &text"), this))
    , m_bom(new QCheckBox(tr("Start with a &byte-order mark (for Excel)"), this))
    , m_guard(
          new QCheckBox(tr("&Guard against formulas (prefix = + - @ with an apostrophe)"), this))
{
    setWindowTitle(tr("Export CSV"));
    auto *which = new QGroupBox(tr("Filings"), this);
    auto *whichLayout = new QVBoxLayout(which);
    whichLayout->addWidget(m_current);
    whichLayout->addWidget(m_selected);
    whichLayout->addWidget(m_all);
    m_current->setEnabled(hasCurrent);
    m_selected->setEnabled(selected > 0);
    m_all->setEnabled(all > 0);
    (selected > 1 ? m_selected : hasCurrent ? m_current : m_all)->setChecked(true);

    m_layout->addItem(tr("Wide: one row per filing"), int(CsvLayout::Wide));
    m_layout->addItem(tr("Long: one row per extracted value"), int(CsvLayout::Long));
    m_layout->addItem(tr("Items: one row per item"), int(CsvLayout::Items));
    m_itemText->setToolTip(tr("Without it, the items layout gives each item's lines and counts "
                              "only: a much smaller file."));
    m_guard->setToolTip(tr("Filings are untrusted: a value starting with = + - or @ could run as "
                           "a formula in a spreadsheet. Turn off for programs that read the CSV."));
    QSettings settings;
    m_layout->setCurrentIndex(settings.value(u"export/layout"_s, 0).toInt());
    m_itemText->setChecked(settings.value(u"export/itemText"_s, true).toBool());
    updateItemTextEnabled();
    connect(m_layout, &QComboBox::currentIndexChanged, this, &ExportDialog::updateItemTextEnabled);
    m_bom->setChecked(settings.value(u"export/bom"_s, false).toBool());
    m_guard->setChecked(settings.value(u"export/formulaGuard"_s, true).toBool());

    auto *form = new QFormLayout;
    form->addRow(tr("&Layout:"), m_layout);
    form->addRow(QString(), m_itemText);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(tr("&Export…"), QDialogButtonBox::AcceptRole);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        QSettings s;
        s.setValue(u"export/layout"_s, m_layout->currentIndex());
        s.setValue(u"export/itemText"_s, m_itemText->isChecked());
        s.setValue(u"export/bom"_s, m_bom->isChecked());
        s.setValue(u"export/formulaGuard"_s, m_guard->isChecked());
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(which);
    layout->addLayout(form);
    layout->addWidget(m_bom);
    layout->addWidget(m_guard);
    layout->addWidget(buttons);
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
    return CsvLayout(m_layout->currentData().toInt());
}

bool ExportDialog::itemText() const
{
    return m_itemText->isChecked();
}

void ExportDialog::updateItemTextEnabled()
{
    // The choice only means something for the items layout.
    m_itemText->setEnabled(layout() == CsvLayout::Items);
}

CsvOptions ExportDialog::csvOptions() const
{
    CsvOptions options;
    options.byteOrderMark = m_bom->isChecked();
    options.formulaGuard = m_guard->isChecked();
    return options;
}

} // namespace fl
