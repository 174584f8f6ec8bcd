// SPDX-License-Identifier: MIT
#include "legendbar.h"

#include <QPainter>

using namespace Qt::Literals::StringLiterals;

namespace fl {

namespace {

constexpr int kMargin = 6;
const QString kMore = u"\u2026"_s;

} // namespace

LegendBar::LegendBar(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
}

void LegendBar::setEntries(QList<SectionStyle::LegendEntry> entries, const QString &explanation)
{
    m_entries = std::move(entries);
    QString tip = u"<p>"_s + explanation.toHtmlEscaped() + u"</p><table>"_s;
    for (const auto &entry : std::as_const(m_entries)) {
        tip += u"<tr><td><span style=\"color:%1\">\u25A0</span></td><td>%2</td></tr>"_s.arg(
            entry.colour.name(), entry.label.toHtmlEscaped());
    }
    setToolTip(tip + u"</table>"_s);
    updateGeometry();
    update();
}

int LegendBar::swatchSize() const
{
    return fontMetrics().ascent() * 3 / 4;
}

int LegendBar::entryWidth(const SectionStyle::LegendEntry &entry) const
{
    const QFontMetrics fm = fontMetrics();
    return swatchSize() + fm.horizontalAdvance(u' ') + fm.horizontalAdvance(entry.label)
        + fm.horizontalAdvance(u"   "_s);
}

int LegendBar::shownEntryCount() const
{
    const int room = width() - 2 * kMargin;
    const int gap = fontMetrics().horizontalAdvance(u"   "_s);
    if (sizeHint().width() - 2 * kMargin - gap <= room)
        return int(m_entries.size());
    // Otherwise as many as leave room for "…" after them.
    const int more = fontMetrics().horizontalAdvance(kMore);
    int used = 0;
    for (int i = 0; i < m_entries.size(); ++i) {
        used += entryWidth(m_entries[i]);
        if (used + more > room)
            return i;
    }
    return int(m_entries.size());
}

QSize LegendBar::sizeHint() const
{
    int width = 2 * kMargin;
    for (const auto &entry : m_entries)
        width += entryWidth(entry);
    return {width, fontMetrics().height() + 4};
}

QSize LegendBar::minimumSizeHint() const
{
    return {0, fontMetrics().height() + 4};
}

void LegendBar::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const QFontMetrics fm = fontMetrics();
    const int shown = shownEntryCount();
    const int swatch = swatchSize();
    const int baseline = (height() - fm.height()) / 2 + fm.ascent();
    int x = kMargin;
    for (int i = 0; i < shown; ++i) {
        const auto &entry = m_entries[i];
        painter.fillRect(QRect(x, baseline - swatch, swatch, swatch), entry.colour);
        x += swatch + fm.horizontalAdvance(u' ');
        painter.setPen(palette().color(QPalette::WindowText));
        painter.drawText(x, baseline, entry.label);
        x += fm.horizontalAdvance(entry.label) + fm.horizontalAdvance(u"   "_s);
    }
    if (shown < m_entries.size()) {
        painter.setPen(palette().color(QPalette::WindowText));
        painter.drawText(x, baseline, kMore);
    }
}

} // namespace fl
