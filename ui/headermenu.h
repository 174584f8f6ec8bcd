// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QList>
#include <QObject>
#include <QString>

class QAbstractItemView;
class QHeaderView;
class QModelIndex;

namespace fl {

// A header's context menu with a check box per column to show or hide it, the choice saved
// in the settings under "columns/<key>/hidden" and restored whenever the model changes
// (a new window, a new filing). The last visible column cannot be hidden. Optionally fits
// the columns to their contents (capped) as rows arrive, until the user resizes one.
class HeaderMenu : public QObject
{
    Q_OBJECT
public:
    HeaderMenu(QHeaderView *header, const QString &settingsKey);

    // Widens columns to their contents, at most `maxWidth` px each, when rows are added or
    // the model is reset; never narrows them, and stops once the user drags a section.
    void fitToContents(QAbstractItemView *view, int maxWidth);
    // A column's own cap, below the common one (a label column that must leave room).
    void setColumnCap(int column, int maxWidth);
    void setColumnShown(int column, bool shown); // as the menu does, saved
    void fitNow();                               // measures every row shown again

    QHeaderView *header() const { return m_header; }
    QString settingsKey() const { return m_key; }

private:
    void showMenu(const QPoint &pos);
    void restoreHidden();
    void saveHidden() const;
    void measureRows(const QModelIndex &parent, int first, int last);
    void applyWidths();
    int depthOf(QModelIndex index) const;

    QHeaderView *m_header;
    QString m_key;
    QAbstractItemView *m_fitView = nullptr;
    int m_maxWidth = 0;
    QHash<int, int> m_caps;
    QList<int> m_measured; // widest cell per column so far
    bool m_grew = false;   // whether measureRows() widened a column
    bool m_fitting = false;
    bool m_userResized = false;
};

} // namespace fl
