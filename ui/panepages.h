// SPDX-License-Identifier: MIT
#pragma once

#include <QStackedWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QShortcut;

namespace fl {

// The pages a pane can show instead of its content: a loading page (what is being opened, a
// progress bar and Cancel, also on Esc) and a message page (a title, a text and an optional
// action button, for errors and cancelled opens). The content widget is the first page.
class PanePages : public QStackedWidget
{
    Q_OBJECT
public:
    enum class Page { Content, Loading, Message };
    Q_ENUM(Page)

    explicit PanePages(QWidget *content, QWidget *parent = nullptr);
    ~PanePages() override;

    Page page() const;
    void showContent();
    // `title` is plain text (a file name, say); `detail` a line below it. The bar is busy
    // until the first setLoadingProgress().
    void showLoading(const QString &title, const QString &detail = {});
    void setLoadingProgress(qint64 done, qint64 total);
    // Esc cancels while this is on (the loading page, or content still being completed).
    void setCancelShortcutEnabled(bool enabled);
    // Rich text message; the button is hidden when `action` is empty.
    void showMessage(const QString &title, const QString &message, const QString &action = {});

    QLabel *loadingTitle() const { return m_loadingTitle; }
    QProgressBar *progressBar() const { return m_progress; }
    QPushButton *cancelButton() const { return m_cancel; }
    QLabel *messageTitle() const { return m_messageTitle; }
    QLabel *messageText() const { return m_messageText; }
    QPushButton *actionButton() const { return m_action; }

Q_SIGNALS:
    void cancelRequested();
    void actionTriggered();

private:
    QWidget *m_content;
    QWidget *m_loading;
    QLabel *m_loadingTitle;
    QLabel *m_loadingDetail;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
    QShortcut *m_escape;
    QWidget *m_message;
    QLabel *m_messageTitle;
    QLabel *m_messageText;
    QPushButton *m_action;
};

} // namespace fl
