// SPDX-License-Identifier: MIT
#pragma once

#include "filing.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QToolButton;

namespace fl {

class FindBar;
class TextView;

// The centre of the window: the displayed text of one filing with its sections highlighted,
// a switcher for the documents of a submission, the colour legend and the find bar.
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
    void showFind();
    void setMessage(const QString &message);

private:
    void updateLegend();
    void syncDocumentSwitcher();

    QComboBox *m_documents;
    QLabel *m_documentLabel;
    QLabel *m_legend;
    QLabel *m_message;
    TextView *m_text;
    FindBar *m_find;
};

} // namespace fl
