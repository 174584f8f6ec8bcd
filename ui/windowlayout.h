// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QObject>
#include <QSize>

class QAbstractItemView;
class QByteArray;
class QDockWidget;
class QFontMetrics;
class QMainWindow;
class QWidget;

namespace fl {

// How the main window shares its width: the text pane first (kTextColumns columns of its
// font, or as many as fit), the side docks what is left, each within [kMinDockWidth,
// kMaxDockWidth] and at most a quarter of the window. The docks shrink, never grow, when the
// window becomes narrower than that (a window manager clamping a saved size, a smaller
// screen), and a first-start size always fits the screen.
class WindowLayout : public QObject
{
    Q_OBJECT
public:
    static constexpr int kTextColumns = 80;
    static constexpr int kMinDockWidth = 150;
    static constexpr int kMaxDockWidth = 420;
    static constexpr QSize kDefaultSize{1500, 920};

    // The columns of `textPane`'s font are what the layout keeps for it.
    WindowLayout(QMainWindow *window, QWidget *textPane);

    // Width each side dock gets by default in a window this wide.
    int defaultDockWidth(int windowWidth) const;
    // The text pane's wanted width: kTextColumns columns, the line numbers and a scroll bar.
    int wantedTextWidth() const;
    // Gives the docks their default widths for the current window width.
    void applyDefaultDockWidths();
    // Shrinks the docks beside the text pane when it is narrower than it wants.
    void shrinkDocksForText();
    // The start size: the saved geometry if any, else kDefaultSize, within the screen's
    // available geometry (checked again when first shown, on the screen it is shown on,
    // unless the size was changed meanwhile).
    void applyStartGeometry(const QByteArray &saved);
    // Keeps a (restored or default) geometry within the available geometry of its screen.
    void fitToScreen();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QList<QDockWidget *> sideDocks() const;

    QMainWindow *m_window;
    QWidget *m_textPane;
    QSize m_sizeAtStart;
    bool m_shown = false;
    bool m_shrinkQueued = false;
};

// Sets the Tab order to the listed widgets, in order (left to right across the window).
void setTabOrderChain(const QList<QWidget *> &widgets);

// Focus arriving in an item view without a current index (by Tab, say) makes Qt set one,
// which the window reads as the user choosing that row: this makes it happen silently, so
// the selection and whatever follows it stay as they were.
void keepSelectionOnFocusIn(QAbstractItemView *view);

} // namespace fl
