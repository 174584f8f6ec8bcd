// SPDX-License-Identifier: MIT
#pragma once

#include "filing.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QTimer;
class QToolButton;

namespace fl {

class TextView;

// Find in the displayed text: all matches are found on a worker thread (a 100 MB filing takes
// a moment) and highlighted at once; Enter / F3 go to the next, Shift+Enter / Shift+F3 to the
// previous, Escape closes the bar.
class FindBar : public QWidget
{
    Q_OBJECT
public:
    explicit FindBar(TextView *view, QWidget *parent = nullptr);
    ~FindBar() override;

    void activate();
    // Searches another view from now on (a comparison's other pane); the old one loses its
    // highlights.
    void setView(TextView *view);
    TextView *view() const { return m_view; }
    void findNext();
    void findPrevious();
    void setQuery(const QString &text);
    QString query() const;
    int matchCount() const { return int(m_matches.size()); }
    int currentMatch() const { return m_current; }
    // "Wrapped to the top" (or "to the bottom") after a step went past the last (or first)
    // match; empty otherwise.
    QString wrapNotice() const;
    // The filing changed: search it again.
    void refresh();
    // Hides the bar and its highlights; a search still running is forgotten.
    void dismiss();

    static constexpr int kMaxMatches = 200000;

Q_SIGNALS:
    void searchFinished(int matches);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void startSearch();
    void applyResults(quint64 generation, const QList<SourceRange> &matches);
    void goTo(int index);
    void setWrapped(int direction); // +1: to the top, -1: to the bottom, 0: no wrap
    void updateLabel();

    TextView *m_view;
    QLineEdit *m_edit;
    QCheckBox *m_caseSensitive;
    QToolButton *m_previous;
    QToolButton *m_next;
    QLabel *m_count;
    QLabel *m_wrapNote;
    QTimer *m_debounce;
    QList<SourceRange> m_matches;
    int m_current = -1;
    quint64 m_generation = 0;
    bool m_searching = false;
    bool m_backwards = false; // the search running was asked for by Find Previous
    FilingPtr m_searchedFiling;
};

} // namespace fl
