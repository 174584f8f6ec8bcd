// SPDX-License-Identifier: MIT
#pragma once

#include "csvexport.h"

#include <QDialog>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QRadioButton;

namespace fl {

// File ▸ Export CSV: which filings (the one on screen, the selected ones, all) and how.
class ExportDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Scope { Current, Selected, All };
    Q_ENUM(Scope)

    ExportDialog(int selected, int all, bool hasCurrent, QWidget *parent = nullptr);

    Scope scope() const;
    CsvLayout layout() const;
    // Whether the items layout writes each item's text (the `text` column).
    bool itemText() const;
    CsvOptions csvOptions() const;

private:
    void updateItemTextEnabled();

    QRadioButton *m_current;
    QRadioButton *m_selected;
    QRadioButton *m_all;
    QComboBox *m_layout;
    QCheckBox *m_itemText;
    QCheckBox *m_bom;
    QCheckBox *m_guard;
};

} // namespace fl
