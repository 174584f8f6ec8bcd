// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class QAbstractItemModel;
class QComboBox;
class QLineEdit;
class QTimer;
class QTreeView;

namespace fl {

// The Filings dock's content: a filter box with its scope over the table of open filings.
// filterChanged() comes 300 ms after the last keystroke, or at once when the scope changes.
class BrowserPanel : public QWidget
{
    Q_OBJECT
public:
    // `model` is the browser's filter proxy over the filings.
    explicit BrowserPanel(QAbstractItemModel *model, QWidget *parent = nullptr);

    QTreeView *tree() const { return m_tree; }
    QLineEdit *filter() const { return m_filter; }
    QComboBox *scope() const { return m_scope; }
    // The filter was applied already: drop the one pending from typing.
    void cancelPendingFilter();
    // After the filter changed: the row of `shownPath` (the filing on screen) stays current and
    // selected while it shows (true); otherwise the first row is made current and selected,
    // which shows it (false; nothing when no row is left).
    bool keepCurrent(const QString &shownPath);

Q_SIGNALS:
    void filterChanged();

private:
    QLineEdit *m_filter;
    QComboBox *m_scope;
    QTreeView *m_tree;
    QTimer *m_timer;
};

} // namespace fl
