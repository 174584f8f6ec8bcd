// SPDX-License-Identifier: MIT
#include "textfont.h"

#include <QAction>
#include <QCoreApplication>
#include <QFontDatabase>
#include <QFontDialog>
#include <QFontInfo>
#include <QFontMetricsF>
#include <QMenu>
#include <QPointer>
#include <QSettings>

#include <algorithm>
#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace fl {

namespace {

constexpr double kMinimumPointSize = 6;
constexpr double kMaximumPointSize = 40;

// Tried in this order when the platform's fixed font is not fixed: the generic name
// fontconfig resolves, then families common on Linux, Windows and macOS.
const char16_t *const kMonospaceFamilies[] = {
    u"monospace", u"DejaVu Sans Mono", u"Liberation Mono", u"Noto Sans Mono", u"Consolas",
    u"Menlo",     u"Courier New"};

double pointSizeOf(const QFont &font)
{
    return font.pointSizeF() > 0 ? font.pointSizeF() : QFontInfo(font).pointSizeF();
}

QFont withFamily(const QFont &preferred, const QString &family)
{
    QFont font(family);
    font.setStyleHint(QFont::Monospace);
    font.setFixedPitch(true);
    font.setPointSizeF(std::max(1.0, pointSizeOf(preferred)));
    return font;
}

} // namespace

bool isFixedPitch(const QFont &font)
{
    if (!QFontInfo(font).fixedPitch())
        return false;
    const QFontMetricsF metrics(font);
    const double m = metrics.horizontalAdvance(u'M');
    for (const QChar c : {u'i', u'W', u'.', u'1'}) {
        if (std::abs(metrics.horizontalAdvance(c) - m) > 0.01)
            return false;
    }
    return m > 0;
}

QFont fixedPitchFont(const QFont &preferred)
{
    if (isFixedPitch(preferred))
        return preferred;
    for (const char16_t *family : kMonospaceFamilies) {
        const QFont font = withFamily(preferred, QString::fromUtf16(family));
        if (isFixedPitch(font))
            return font;
    }
    for (const QString &family : QFontDatabase::families()) {
        if (!QFontDatabase::isFixedPitch(family))
            continue;
        const QFont font = withFamily(preferred, family);
        if (isFixedPitch(font))
            return font;
    }
    return preferred;
}

QFont TextFont::platformFont()
{
    return fixedPitchFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
}

TextFont::TextFont(QObject *parent)
    : QObject(parent)
    , m_base(platformFont())
{
    const QSettings settings;
    QFont saved;
    const QString savedText = settings.value(u"text/font"_s).toString();
    if (!savedText.isEmpty() && saved.fromString(savedText))
        m_base = fixedPitchFont(saved);
    m_zoom = clampedZoom(settings.value(u"text/zoom"_s, 0).toInt());
}

TextFont::~TextFont() = default;

TextFont *TextFont::instance()
{
    static QPointer<TextFont> shared;
    if (!shared)
        shared = new TextFont(QCoreApplication::instance());
    return shared;
}

QFont TextFont::font() const
{
    QFont font = m_base;
    font.setPointSizeF(
        std::clamp(pointSizeOf(m_base) + m_zoom, kMinimumPointSize, kMaximumPointSize));
    return font;
}

void TextFont::setBaseFont(const QFont &font)
{
    m_base = fixedPitchFont(font);
    m_zoom = 0;
    save();
    Q_EMIT fontChanged(this->font());
}

void TextFont::resetBaseFont()
{
    QSettings().remove(u"text/font"_s);
    m_base = platformFont();
    m_zoom = 0;
    QSettings().setValue(u"text/zoom"_s, 0);
    Q_EMIT fontChanged(font());
}

int TextFont::clampedZoom(int steps) const
{
    const double base = pointSizeOf(m_base);
    const int lowest = int(std::ceil(kMinimumPointSize - base));
    const int highest = int(std::floor(kMaximumPointSize - base));
    return std::clamp(steps, std::min(0, lowest), std::max(0, highest));
}

void TextFont::setZoom(int steps)
{
    steps = clampedZoom(steps);
    if (steps == m_zoom)
        return;
    m_zoom = steps;
    QSettings().setValue(u"text/zoom"_s, m_zoom);
    Q_EMIT fontChanged(font());
}

void TextFont::save() const
{
    QSettings settings;
    settings.setValue(u"text/font"_s, m_base.toString());
    settings.setValue(u"text/zoom"_s, m_zoom);
}

void addTextFontActions(QWidget *window, QMenu *menu)
{
    TextFont *shared = TextFont::instance();
    QAction *font = menu->addAction(QCoreApplication::translate("TextFont", "&Font…"));
    font->setObjectName(u"textFontAction"_s);
    font->setStatusTip(
        QCoreApplication::translate("TextFont", "Choose the fixed-pitch font of the text"));
    QObject::connect(font, &QAction::triggered, window, [window, shared] {
        bool ok = false;
        const QFont chosen = QFontDialog::getFont(
            &ok, shared->font(), window, QCoreApplication::translate("TextFont", "Text Font"),
            QFontDialog::MonospacedFonts);
        if (ok)
            shared->setBaseFont(chosen);
    });

    struct ZoomDef
    {
        const char *text;
        const char *name;
        QList<QKeySequence> keys;
        int step; // 0: reset
    };
    const ZoomDef zooms[] = {
        {QT_TRANSLATE_NOOP("TextFont", "Zoom &In"),
         "zoomInAction",
         {QKeySequence(QKeySequence::ZoomIn), QKeySequence(Qt::CTRL | Qt::Key_Equal)},
         +1},
        {QT_TRANSLATE_NOOP("TextFont", "Zoom &Out"),
         "zoomOutAction",
         {QKeySequence(QKeySequence::ZoomOut)},
         -1},
        {QT_TRANSLATE_NOOP("TextFont", "Reset &Zoom"),
         "resetZoomAction",
         {QKeySequence(Qt::CTRL | Qt::Key_0)},
         0},
    };
    for (const ZoomDef &def : zooms) {
        QAction *action = menu->addAction(QCoreApplication::translate("TextFont", def.text));
        action->setObjectName(QString::fromLatin1(def.name));
        action->setShortcuts(def.keys);
        const int step = def.step;
        QObject::connect(action, &QAction::triggered, shared, [shared, step] {
            if (step == 0)
                shared->setZoom(0);
            else
                shared->zoomBy(step);
        });
    }
}

} // namespace fl
