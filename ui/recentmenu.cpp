// SPDX-License-Identifier: MIT
#include "recentmenu.h"

#include "filingsession.h"
#include "nativepath.h"

#include <QFileInfo>

using namespace Qt::Literals::StringLiterals;

namespace fl {

RecentMenu::RecentMenu(FilingSession *session, QWidget *parent)
    : QMenu(tr("Open &Recent"), parent)
    , m_session(session)
{
    connect(session, &FilingSession::recentFilesChanged, this, &RecentMenu::rebuild);
    rebuild();
}

void RecentMenu::rebuild()
{
    clear();
    const QStringList recent = m_session->recentFiles();
    for (int i = 0; i < recent.size(); ++i) {
        const QString path = recent[i];
        QAction *action = addAction(
            u"&%1 %2"_s.arg(i + 1 < 10 ? QString::number(i + 1) : u"0"_s, displayFileName(path)),
            this, [this, path] { Q_EMIT openRequested(path); });
        action->setStatusTip(displayLine(path));
        action->setToolTip(displayLine(path));
    }
    addSeparator();
    QAction *clearAction =
        addAction(tr("Clear Recent"), m_session, &FilingSession::clearRecentFiles);
    clearAction->setEnabled(!recent.isEmpty());
    setEnabled(true);
}

} // namespace fl
