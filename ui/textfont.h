// SPDX-License-Identifier: MIT
#pragma once

#include <QFont>
#include <QObject>

class QMenu;
class QWidget;

namespace fl {

// Whether a font draws every character in one cell: the text view lays columns out by the
// width of "M", so a proportional font cuts lines and misplaces underlines. Asks the font
// database (QFontInfo::fixedPitch) and measures "i", "M", "W" and "." too, since a theme may
// hand over a proportional font as its "fixed" one.
bool isFixedPitch(const QFont &font);

// `preferred` when it is fixed-pitch; otherwise a monospace font of the same size (the
// Monospace style hint, DejaVu Sans Mono, Liberation Mono, any fixed family installed).
// `preferred` again when the system has no fixed-pitch font at all.
QFont fixedPitchFont(const QFont &preferred);

// The font of every text pane of the process (the filing's text and both panes of each
// comparison): a chosen base font, or the platform's fixed font, always fixed-pitch, at a
// zoom step of one point each. Both are kept in the settings ("text/font", "text/zoom").
class TextFont : public QObject
{
    Q_OBJECT
public:
    // Reads the settings.
    explicit TextFont(QObject *parent = nullptr);
    ~TextFont() override;

    // The one the text views follow, made on first use (after the application's names are
    // set, so that it reads the right settings).
    static TextFont *instance();

    QFont font() const; // the base font at the zoom
    QFont baseFont() const { return m_base; }
    // A new base font (made fixed-pitch), saved; the zoom starts again from it.
    void setBaseFont(const QFont &font);
    // Back to the platform's fixed font, made fixed-pitch.
    void resetBaseFont();
    int zoom() const { return m_zoom; }
    void setZoom(int steps); // clamped so that the size stays within 6 and 40 points
    void zoomBy(int steps) { setZoom(m_zoom + steps); }

    static QFont platformFont();

Q_SIGNALS:
    void fontChanged(const QFont &font);

private:
    int clampedZoom(int steps) const;
    void save() const;

    QFont m_base;
    int m_zoom = 0;
};

// View ▸ Font…, Zoom In (Ctrl++, Ctrl+=), Zoom Out (Ctrl+-) and Reset Zoom (Ctrl+0) in `menu`,
// acting on TextFont::instance(); the font dialog lists monospaced fonts only.
void addTextFontActions(QWidget *window, QMenu *menu);

} // namespace fl
