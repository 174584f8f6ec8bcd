// SPDX-License-Identifier: MIT
#pragma once

#include <QColor>
#include <QPalette>
#include <QWidget>

namespace fl {

// The heat map of similarity scores: 1.0 (the same text) is the palette's base colour, lower
// scores a stronger colour along a colour-blind-safe sequential ramp: ColorBrewer's YlOrRd on
// light palettes (darker as it gets stronger), matplotlib's inferno on dark ones (brighter).
// The strength is the square root of the dissimilarity, so that the few per cent that
// consecutive years of a report differ by already show: 0.99 is a tenth of the way, 0.75 half.
namespace heat {

bool isDark(const QPalette &palette);
// 0 for a similarity of 1 (or more), 1 for 0 (or less); strictly monotone between.
double strength(double similarity);
QColor background(double similarity, const QPalette &palette);
// Black or white, whichever contrasts more with `background` (WCAG contrast ratio).
QColor foreground(const QColor &background);
// WCAG relative luminance and contrast ratio.
double luminance(const QColor &colour);
double contrast(const QColor &a, const QColor &b);

} // namespace heat

// A strip of the ramp with similarity ticks, to read the heat map by.
class HeatLegend : public QWidget
{
    Q_OBJECT
public:
    explicit HeatLegend(QWidget *parent = nullptr);
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
};

} // namespace fl
