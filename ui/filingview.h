// SPDX-License-Identifier: MIT
#pragma once

#include "filing.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QToolButton;

namespace fl {

class FindBar;
class LegendBar;
class OutlineModel;
class TextView;

// The centre of the window: the displayed text of one filing with its sections highlighted,
// a switcher for the documents of a submission, an outline of a report's parts and items that
// jumps to them and follows the cursor, the colour legend and the find bar.
class FilingView : public QWidget
{
    Q_OBJECT
public:
    explicit FilingView(QWidget *parent = nullptr);
    ~FilingView() override;

    void setFiling(FilingPtr filing);
    FilingPtr filing() const;
    TextView *textView() const { return m_text; }
    FindBar *findBar() const { return m_find; }
    QComboBox *documentSwitcher() const { return m_documents; }
    QComboBox *outline() const { return m_outline; }
    OutlineModel *outlineModel() const { return m_outlineModel; }
    LegendBar *legend() const { return m_legend; }
    void showFind();
    // The section bands and their legend (View ▸ Highlight Sections).
    void setShowSections(bool show);
    void setMessage(const QString &message);
    bool hasItems() const;
    // Moves the cursor to the next (delta > 0) or previous item heading, across parts, from
    // the start of the selection (a row chosen in the field tree selects a whole item);
    // false when there is none that way.
    bool stepItem(int delta);

Q_SIGNALS:
    void filingChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateLegend();
    void syncDocumentSwitcher();
    void setUpDocumentFilter();
    void jumpToOutlineRow(int row);
    void syncOutline();

    QComboBox *m_documents;
    QLabel *m_documentLabel;
    OutlineModel *m_outlineModel;
    QComboBox *m_outline;
    QLabel *m_outlineLabel;
    LegendBar *m_legend;
    QLabel *m_message;
    TextView *m_text;
    FindBar *m_find;
};

} // namespace fl
