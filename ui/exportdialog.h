// SPDX-License-Identifier: MIT
#pragma once

#include "csvexport.h"

#include <QDialog>

class QCheckBox;
class QPushButton;
class QComboBox;
class QRadioButton;

namespace fl {

// File ▸ Export CSV and Export Excel Workbook: which filings (the one on screen, the selected
// ones, all) and how. A CSV holds one layout; a workbook one sheet per layout ticked.
class ExportDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Scope { Current, Selected, All };
    Q_ENUM(Scope)
    enum class Format { Csv, Xlsx };
    Q_ENUM(Format)

    ExportDialog(int selected, int all, bool hasCurrent, QWidget *parent = nullptr);
    ExportDialog(Format format, int selected, int all, bool hasCurrent, QWidget *parent = nullptr);

    Format format() const { return m_format; }
    Scope scope() const;
    // The CSV's layout; for a workbook, the first of its sheets.
    CsvLayout layout() const;
    // A workbook's sheets, in the order the dialog lists them; the CSV's one layout.
    QList<CsvLayout> layouts() const;
    // Whether the items layout writes each item's text (the `text` column).
    bool itemText() const;
    CsvOptions csvOptions() const;

private:
    void updateEnabled();
    void remember() const;
    QString settingsKey(const QString &name) const;

    Format m_format;
    QRadioButton *m_current;
    QRadioButton *m_selected;
    QRadioButton *m_all;
    QComboBox *m_layout = nullptr; // CSV: one layout
    QList<QCheckBox *> m_sheets;   // workbook: a sheet per layout ticked
    QCheckBox *m_itemText;
    QCheckBox *m_bom = nullptr;   // CSV only
    QCheckBox *m_guard = nullptr; // CSV only: a workbook never holds formulas
    QPushButton *m_export = nullptr;
};

} // namespace fl
