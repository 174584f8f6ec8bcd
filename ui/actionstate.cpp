// SPDX-License-Identifier: MIT
#include "actionstate.h"

#include "compareview.h"
#include "filingsession.h"
#include "filingview.h"

#include <QAbstractItemModel>
#include <QAction>
#include <QItemSelectionModel>
#include <QTabWidget>

using namespace Qt::Literals::StringLiterals;

namespace fl {

namespace {

struct NeedText
{
    ActionState::Need need;
    const char *reason;
};

// Said in the status bar and the tool tip of an action that cannot run.
constexpr NeedText kReasons[] = {
    {ActionState::Need::OpenFilings, QT_TRANSLATE_NOOP("fl::ActionState", "Open a filing first")},
    {ActionState::Need::Export,
     QT_TRANSLATE_NOOP("fl::ActionState",
                       "Open a filing or a comparison first (or wait for the export running)")},
    {ActionState::Need::ExportFilings,
     QT_TRANSLATE_NOOP("fl::ActionState", "Open a filing first (or wait for the export running)")},
    {ActionState::Need::ShownText,
     QT_TRANSLATE_NOOP("fl::ActionState", "Show a filing or a comparison first")},
    {ActionState::Need::TwoSelected,
     QT_TRANSLATE_NOOP("fl::ActionState",
                       "Select two filings in the browser (Ctrl+click the second), or drag one "
                       "onto the text of another")},
    {ActionState::Need::ListedFilings,
     QT_TRANSLATE_NOOP("fl::ActionState", "No filings in the browser")},
};

} // namespace

QString toolTipWithShortcut(const QAction *action)
{
    QString text = action->text().remove(u'&');
    if (text.endsWith(u'…'))
        text.chop(1);
    const QKeySequence key = action->shortcut();
    return key.isEmpty() ? text : u"%1 (%2)"_s.arg(text, key.toString(QKeySequence::NativeText));
}

ActionState::ActionState(FilingSession *session, QAbstractItemModel *browserRows,
                         QItemSelectionModel *browserSelection, QTabWidget *tabs, FilingView *view,
                         QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_rows(browserRows)
    , m_selection(browserSelection)
    , m_tabs(tabs)
    , m_view(view)
{
    connect(session, &FilingSession::recordsAdded, this, &ActionState::refresh);
    connect(session, &FilingSession::recordsRemoved, this, &ActionState::refresh);
    connect(session, &FilingSession::exportDone, this, &ActionState::refresh);
    connect(browserRows, &QAbstractItemModel::rowsInserted, this, &ActionState::refresh);
    connect(browserRows, &QAbstractItemModel::rowsRemoved, this, &ActionState::refresh);
    connect(browserRows, &QAbstractItemModel::modelReset, this, &ActionState::refresh);
    connect(browserRows, &QAbstractItemModel::layoutChanged, this, &ActionState::refresh);
    connect(browserSelection, &QItemSelectionModel::selectionChanged, this, &ActionState::refresh);
    connect(tabs, &QTabWidget::currentChanged, this, &ActionState::refresh);
    connect(view, &FilingView::filingChanged, this, &ActionState::refresh);
}

QString ActionState::reason(Need need)
{
    for (const NeedText &entry : kReasons) {
        if (entry.need == need)
            return tr(entry.reason);
    }
    return {};
}

void ActionState::add(QAction *action, Need need)
{
    m_entries.append({action, need, action->statusTip()});
    refresh();
}

bool ActionState::isMet(Need need) const
{
    const bool comparison = qobject_cast<CompareView *>(m_tabs->currentWidget()) != nullptr;
    const bool filings = m_session->count() > 0;
    switch (need) {
    case Need::OpenFilings:
        return filings || comparison;
    case Need::Export:
        return (filings || comparison) && !m_session->isExporting();
    case Need::ExportFilings:
        return filings && !m_session->isExporting();
    case Need::ShownText:
        return comparison || (m_tabs->currentWidget() == m_view && m_view->filing());
    case Need::TwoSelected:
        return m_selection->selectedRows().size() == 2;
    case Need::ListedFilings:
        return m_rows->rowCount() > 0;
    }
    return false;
}

void ActionState::refresh()
{
    for (const Entry &entry : std::as_const(m_entries)) {
        if (!entry.action)
            continue;
        const bool met = isMet(entry.need);
        entry.action->setEnabled(met);
        const QString tip = toolTipWithShortcut(entry.action);
        if (met) {
            entry.action->setStatusTip(entry.statusTip);
            entry.action->setToolTip(tip);
        } else {
            entry.action->setStatusTip(reason(entry.need));
            entry.action->setToolTip(tip + u" \u2014 "_s + reason(entry.need));
        }
    }
}

} // namespace fl
