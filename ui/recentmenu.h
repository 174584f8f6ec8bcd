// SPDX-License-Identifier: MIT
#pragma once

#include <QMenu>

namespace fl {

class FilingSession;

// File ▸ Open Recent: the session's recent files, newest first, and Clear Recent; rebuilt
// whenever the session's list changes.
class RecentMenu : public QMenu
{
    Q_OBJECT
public:
    explicit RecentMenu(FilingSession *session, QWidget *parent = nullptr);

Q_SIGNALS:
    void openRequested(const QString &path);

private:
    void rebuild();

    FilingSession *m_session;
};

} // namespace fl
