// SPDX-License-Identifier: MIT
#pragma once

#include "filing.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QStackedWidget;
class QToolButton;

namespace fl {

class FindBar;
class LegendBar;
class OutlineModel;
class PanePages;
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

    // Shows the filing. The whole filing replacing its preview keeps the scroll position and
    // the selection.
    void setFiling(FilingPtr filing);
    FilingPtr filing() const;
    // The loading page for `path` (its name, a progress bar, Cancel and Esc), until
    // setFiling() or showCancelled().
    void showLoading(const QString &path);
    // The header and first document of the big submission being loaded: shown as text
    // while the rest is read (ignored unless `path` is the one loading).
    void showPreview(const QString &path, const FilingPtr &preview);
    void setLoadingProgress(const QString &path, qint64 done, qint64 total);
    // The page of a file whose opening was cancelled, with a button to open it again.
    void showCancelled(const QString &path);
    QString loadingPath() const { return m_loadingPath; }
    PanePages *pages() const { return m_pages; }
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
    // An error page in place of the text (and of its "Open a filing" hint): the file that could
    // not be opened and why. The next setFiling() shows the text again.
    void showError(const QString &fileName, const QString &reason);
    bool isShowingError() const;
    QWidget *errorPage() const { return m_errorPage; }
    // Opens the find bar on `query` with its matches highlighted, the focus left where it is
    // (a filing found by the browser's full-text filter).
    void findText(const QString &query);
    bool hasItems() const;
    // Moves the cursor to the next (delta > 0) or previous item heading, across parts, from
    // the start of the selection (a row chosen in the field tree selects a whole item);
    // false when there is none that way.
    bool stepItem(int delta);

Q_SIGNALS:
    void filingChanged();
    void cancelLoadingRequested(const QString &path);
    void reopenRequested(const QString &path);

protected:
    void changeEvent(QEvent *event) override; // the legend follows a new palette (View ▸ Theme)

private:
    void buildErrorPage();
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
    QWidget *m_errorPage; // a page of m_pages
    QLabel *m_errorTitle;
    QLabel *m_errorReason;
    TextView *m_text;
    PanePages *m_pages;
    FindBar *m_find;
    QString m_loadingPath;   // shown loading, or as a preview
    FilingPtr m_preview;     // on screen until the whole filing replaces it
    QString m_cancelledPath; // on the Cancelled page: Open Again reads it
};

} // namespace fl
