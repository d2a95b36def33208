// SPDX-FileCopyrightText: 2026 The Storyline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace storyline::Appearance {

// The UI language and theme, chosen in View ▸ Language and View ▸ Theme and kept in QSettings.
// An empty language or the System theme follows the system.

// Installs Storyline's and Qt's translations for `language` ("en", "fr", "zh_CN"; empty: the
// system's) and makes it QLocale's default, so dates and numbers follow. Widgets then receive
// QEvent::LanguageChange and retranslate themselves; no restart is needed.
void setLanguage(const QString &language);
QString languageSetting();
void saveLanguageSetting(const QString &language);
// The languages Storyline ships, as codes.
QStringList availableLanguages();
// A language's own name ("English", "Français").
QString languageName(const QString &code);

enum class Theme { System, Light, Dark };

// Applies a theme to the application: Fusion with a light or dark palette, or the palette the
// system started with.
void setTheme(Theme theme);
Theme themeSetting();
void saveThemeSetting(Theme theme);

} // namespace storyline::Appearance
