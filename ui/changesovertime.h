// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>

class QAction;
class QMenu;

namespace fl {

class MainWindow;

// View ▸ Changes Over Time (Ctrl+Shift+T) in `menu`: enabled while two filings or more are
// selected in `window`'s browser; opens openChangesOverTime() for them.
QAction *addChangesOverTimeAction(MainWindow *window, QMenu *menu);

// Once the filings at `paths` are read (they may still be loading), groups them into series
// of one company and form and opens a SeriesView of those with two reports or more in a tab
// of `window`; says so when there is none. Clicking a cell of the view opens that pair's
// comparison, at that item (CompareView::showItem).
void openChangesOverTime(MainWindow *window, const QStringList &paths);

} // namespace fl
