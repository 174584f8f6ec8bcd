// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

class QMenu;
class QObject;

namespace fl {

// View ▸ Theme: the platform's palette (System), or Fusion with a light or a dark palette
// whatever the platform theme says. Saved as "view/theme"; applyStartupTheme() applies it
// (or the one given on the command line) before the window is made.
enum class Theme { System, Light, Dark };

Theme themeFromName(const QString &name); // "system", "light", "dark"; System otherwise
QString themeName(Theme theme);
Theme savedTheme();
void applyTheme(Theme theme);
// `override` (from --theme) wins for this run and is not saved; empty: the saved one.
void applyStartupTheme(const QString &override);
// Adds the Theme submenu; choosing applies and saves.
void addThemeMenu(QMenu *view, QObject *context);

} // namespace fl
