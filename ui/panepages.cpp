// SPDX-License-Identifier: MIT
#include "panepages.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

#include <algorithm>

namespace fl {

namespace {

// A page with its widgets stacked in the middle, at a readable width.
QVBoxLayout *centredColumn(QWidget *page)
{
    auto *outer = new QHBoxLayout(page);
    auto *column = new QVBoxLayout;
    column->addStretch(2);
    outer->addStretch(1);
    outer->addLayout(column, 4);
    outer->addStretch(1);
    return column;
}

QLabel *titleLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * 1.25);
    font.setBold(true);
    label->setFont(font);
    label->setWordWrap(true);
    label->setAlignment(Qt::AlignHCenter);
    return label;
}

} // namespace

PanePages::PanePages(QWidget *content, QWidget *parent)
    : QStackedWidget(parent)
    , m_content(content)
    , m_loading(new QWidget(this))
    , m_loadingTitle(titleLabel(m_loading))
    , m_loadingDetail(new QLabel(m_loading))
    , m_progress(new QProgressBar(m_loading))
    , m_cancel(new QPushButton(tr("Cancel"), m_loading))
    , m_escape(new QShortcut(QKeySequence(Qt::Key_Escape), this))
    , m_message(new QWidget(this))
    , m_messageTitle(titleLabel(m_message))
    , m_messageText(new QLabel(m_message))
    , m_action(new QPushButton(m_message))
{
    addWidget(m_content);

    m_loading->setObjectName(QStringLiteral("loadingPage"));
    QVBoxLayout *loading = centredColumn(m_loading);
    m_loadingTitle->setTextFormat(Qt::PlainText);
    m_loadingDetail->setAlignment(Qt::AlignHCenter);
    m_loadingDetail->setWordWrap(true);
    m_progress->setRange(0, 0);
    m_progress->setTextVisible(true);
    m_cancel->setToolTip(tr("Stop opening this file (Esc)"));
    loading->addWidget(m_loadingTitle);
    loading->addWidget(m_loadingDetail);
    loading->addSpacing(8);
    loading->addWidget(m_progress);
    loading->addWidget(m_cancel, 0, Qt::AlignHCenter);
    loading->addStretch(3);
    addWidget(m_loading);

    m_message->setObjectName(QStringLiteral("messagePage"));
    QVBoxLayout *message = centredColumn(m_message);
    m_messageText->setWordWrap(true);
    m_messageText->setAlignment(Qt::AlignHCenter);
    m_messageText->setTextInteractionFlags(Qt::TextBrowserInteraction);
    message->addWidget(m_messageTitle);
    message->addWidget(m_messageText);
    message->addSpacing(8);
    message->addWidget(m_action, 0, Qt::AlignHCenter);
    message->addStretch(3);
    addWidget(m_message);

    // Esc anywhere in the window, but only while something is being opened.
    m_escape->setContext(Qt::WindowShortcut);
    m_escape->setEnabled(false);
    connect(m_escape, &QShortcut::activated, this, &PanePages::cancelRequested);
    connect(m_cancel, &QPushButton::clicked, this, &PanePages::cancelRequested);
    connect(m_action, &QPushButton::clicked, this, &PanePages::actionTriggered);
    setCurrentWidget(m_content);
}

PanePages::~PanePages() = default;

PanePages::Page PanePages::page() const
{
    if (currentWidget() == m_loading)
        return Page::Loading;
    return currentWidget() == m_message ? Page::Message : Page::Content;
}

void PanePages::showContent()
{
    setCurrentWidget(m_content);
}

void PanePages::showLoading(const QString &title, const QString &detail)
{
    m_loadingTitle->setText(title);
    m_loadingDetail->setText(detail);
    m_loadingDetail->setVisible(!detail.isEmpty());
    m_progress->setRange(0, 0); // busy until told how far it is
    m_progress->setValue(0);
    setCancelShortcutEnabled(true);
    setCurrentWidget(m_loading);
}

void PanePages::setLoadingProgress(qint64 done, qint64 total)
{
    if (total <= 0)
        return;
    // Per mille: a QProgressBar counts in int, files can pass 2 GB.
    m_progress->setRange(0, 1000);
    m_progress->setValue(int(std::clamp<qint64>(done * 1000 / total, 0, 1000)));
}

void PanePages::setCancelShortcutEnabled(bool enabled)
{
    m_escape->setEnabled(enabled);
}

void PanePages::showMessage(const QString &title, const QString &message, const QString &action)
{
    m_messageTitle->setText(title);
    m_messageTitle->setVisible(!title.isEmpty());
    m_messageText->setText(message);
    m_action->setText(action);
    m_action->setVisible(!action.isEmpty());
    setCancelShortcutEnabled(false);
    setCurrentWidget(m_message);
}

} // namespace fl
