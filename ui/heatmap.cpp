// SPDX-License-Identifier: MIT
#include "heatmap.h"

#include <QLinearGradient>
#include <QPainter>

#include <algorithm>
#include <array>
#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace fl::heat {

namespace {

// The ramps after the base colour, evenly spaced over strengths (0, 1].
constexpr std::array<QRgb, 8> kLightRamp = {0xffeda0, 0xfed976, 0xfeb24c, 0xfd8d3c,
                                            0xfc4e2a, 0xe31a1c, 0xbd0026, 0x800026}; // YlOrRd
constexpr std::array<QRgb, 7> kDarkRamp = {0x6a176e, 0x932667, 0xbc3754, 0xdd513a,
                                           0xf37819, 0xfca50a, 0xf6d746}; // inferno

QColor mix(const QColor &a, const QColor &b, double t)
{
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * t),
                            float(a.greenF() + (b.greenF() - a.greenF()) * t),
                            float(a.blueF() + (b.blueF() - a.blueF()) * t));
}

template<std::size_t N>
QColor alongRamp(const QColor &base, const std::array<QRgb, N> &ramp, double t)
{
    const double position = t * double(N); // 0 = base, N = the last stop
    const auto below = std::size_t(std::floor(position));
    if (below >= N)
        return QColor(ramp[N - 1]);
    const QColor from = below == 0 ? base : QColor(ramp[below - 1]);
    return mix(from, QColor(ramp[below]), position - double(below));
}

double channel(double c)
{
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

} // namespace

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightnessF() < 0.5;
}

double strength(double similarity)
{
    return std::sqrt(std::clamp(1.0 - similarity, 0.0, 1.0));
}

QColor background(double similarity, const QPalette &palette)
{
    const QColor base = palette.color(QPalette::Base);
    const double t = strength(similarity);
    return isDark(palette) ? alongRamp(base, kDarkRamp, t) : alongRamp(base, kLightRamp, t);
}

double luminance(const QColor &colour)
{
    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF())
        + 0.0722 * channel(colour.blueF());
}

double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor foreground(const QColor &background)
{
    const QColor black(Qt::black);
    const QColor white(Qt::white);
    return contrast(background, black) >= contrast(background, white) ? black : white;
}

} // namespace fl::heat

namespace fl {

namespace {
// Similarities marked under the strip.
constexpr std::array<double, 5> kTicks = {1.0, 0.95, 0.75, 0.5, 0.0};
constexpr int kStripHeight = 12;
} // namespace

HeatLegend::HeatLegend(QWidget *parent)
    : QWidget(parent)
{
    setToolTip(tr("Cell colour by similarity: the palette's own colour for identical text, "
                  "stronger as the texts differ more. \"new\" and \"removed\" mark items only "
                  "the later or the earlier report has."));
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
}

QSize HeatLegend::sizeHint() const
{
    return {fontMetrics().horizontalAdvance(u"0.99"_s) * 9,
            kStripHeight + fontMetrics().height() + 4};
}

void HeatLegend::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const int margin = fontMetrics().horizontalAdvance(u"0.00"_s) / 2 + 1;
    const QRect strip(margin, 1, width() - 2 * margin, kStripHeight);
    // Drawn as the cells are coloured, column by column, rather than as a gradient.
    for (int x = 0; x < strip.width(); ++x) {
        const double t = double(x) / std::max(1, strip.width() - 1);
        painter.setPen(heat::background(1.0 - t * t, palette()));
        painter.drawLine(strip.left() + x, strip.top(), strip.left() + x, strip.bottom());
    }
    painter.setPen(palette().color(QPalette::Mid));
    painter.drawRect(strip.adjusted(0, 0, -1, -1));
    painter.setPen(palette().color(QPalette::WindowText));
    for (const double tick : kTicks) {
        const int x = strip.left() + int(std::lround(heat::strength(tick) * (strip.width() - 1)));
        const QString label = QString::number(tick, 'g', 2);
        const int w = fontMetrics().horizontalAdvance(label);
        painter.drawLine(x, strip.bottom(), x, strip.bottom() + 2);
        painter.drawText(QRect(x - w / 2 - 1, strip.bottom() + 2, w + 2, fontMetrics().height()),
                         Qt::AlignCenter, label);
    }
}

} // namespace fl
