// SPDX-License-Identifier: MIT
#include "theme.h"

#include <QActionGroup>
#include <QApplication>
#include <QMenu>
#include <QPalette>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>

using namespace Qt::Literals::StringLiterals;

namespace fl {

namespace {

const auto kKey = u"view/theme"_s;

struct ThemeRow
{
    Theme theme;
    QString name;
    const char *label;
};

const ThemeRow kThemes[] = {
    {Theme::System, u"system"_s, QT_TRANSLATE_NOOP("Theme", "&System")},
    {Theme::Light, u"light"_s, QT_TRANSLATE_NOOP("Theme", "&Light")},
    {Theme::Dark, u"dark"_s, QT_TRANSLATE_NOOP("Theme", "&Dark")},
};

// What the platform gave, kept before the first change so that System can go back to it.
struct Original
{
    QString style;
    QPalette palette;
};

Original &original()
{
    static Original saved{QApplication::style()->name(), QApplication::palette()};
    return saved;
}

QPalette darkPalette()
{
    // Fusion's own roles, dark: text 87% white on a near-black base (contrast above 12:1).
    QPalette p;
    const QColor window(0x2b, 0x2b, 0x2b), base(0x1e, 0x1e, 0x1e), text(0xe0, 0xe0, 0xe0);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
    p.setColor(QPalette::ToolTipBase, QColor(0x3a, 0x3a, 0x3a));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x90, 0x90, 0x90));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Light, QColor(0x50, 0x50, 0x50));
    p.setColor(QPalette::Midlight, QColor(0x40, 0x40, 0x40));
    p.setColor(QPalette::Mid, QColor(0x30, 0x30, 0x30));
    p.setColor(QPalette::Dark, QColor(0x18, 0x18, 0x18));
    p.setColor(QPalette::Shadow, Qt::black);
    p.setColor(QPalette::Highlight, QColor(0x2f, 0x6f, 0xb5));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x6c, 0xb4, 0xff));
    p.setColor(QPalette::LinkVisited, QColor(0xb0, 0x90, 0xff));
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, QColor(0x80, 0x80, 0x80));
    return p;
}

} // namespace

Theme themeFromName(const QString &name)
{
    for (const ThemeRow &row : kThemes) {
        if (row.name.compare(name, Qt::CaseInsensitive) == 0)
            return row.theme;
    }
    return Theme::System;
}

QString themeName(Theme theme)
{
    for (const ThemeRow &row : kThemes) {
        if (row.theme == theme)
            return row.name;
    }
    return u"system"_s;
}

Theme savedTheme()
{
    return themeFromName(QSettings().value(kKey).toString());
}

void applyTheme(Theme theme)
{
    const Original &platform = original();
    if (theme == Theme::System) {
        QApplication::setStyle(QStyleFactory::create(platform.style));
        QApplication::setPalette(platform.palette);
        return;
    }
    QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
    QApplication::setPalette(theme == Theme::Dark ? darkPalette()
                                                  : QApplication::style()->standardPalette());
}

void applyStartupTheme(const QString &override)
{
    original(); // before anything changes it
    const Theme theme = override.isEmpty() ? savedTheme() : themeFromName(override);
    if (theme != Theme::System)
        applyTheme(theme);
}

void addThemeMenu(QMenu *view, QObject *context)
{
    QMenu *menu = view->addMenu(QCoreApplication::translate("Theme", "&Theme"));
    auto *group = new QActionGroup(context);
    const Theme current = savedTheme();
    for (const ThemeRow &row : kThemes) {
        QAction *action = menu->addAction(QCoreApplication::translate("Theme", row.label));
        action->setCheckable(true);
        action->setChecked(row.theme == current);
        group->addAction(action);
        QObject::connect(action, &QAction::triggered, context, [theme = row.theme] {
            applyTheme(theme);
            QSettings().setValue(kKey, themeName(theme));
        });
    }
}

} // namespace fl
