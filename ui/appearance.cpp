// SPDX-FileCopyrightText: 2026 The Storyline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "appearance.h"

#include <QApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QPalette>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>
#include <QTranslator>

#include <memory>

using namespace Qt::StringLiterals;

namespace storyline::Appearance {

namespace {

struct State
{
    std::unique_ptr<QTranslator> storyline;
    std::unique_ptr<QTranslator> qt;
    QPalette systemPalette;
    QString systemStyle;
    bool captured = false;
};

State &state()
{
    static State s;
    if (!s.captured && qobject_cast<QApplication *>(QCoreApplication::instance())) {
        s.systemPalette = QApplication::palette();
        s.systemStyle = QApplication::style() ? QApplication::style()->name() : QString();
        s.captured = true;
    }
    return s;
}

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2d, 0x30);
    const QColor base(0x1f, 0x21, 0x24);
    const QColor text(0xe6, 0xe8, 0xea);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::ToolTipBase, QColor(0x3a, 0x3d, 0x41));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9e, 0xa3));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x56, 0xB4, 0xE9));
    p.setColor(QPalette::LinkVisited, QColor(0xCC, 0x79, 0xA7));
    p.setColor(QPalette::Highlight, QColor(0x2f, 0x7d, 0xc4));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Light, QColor(0x45, 0x48, 0x4c));
    p.setColor(QPalette::Midlight, QColor(0x3a, 0x3d, 0x41));
    p.setColor(QPalette::Mid, QColor(0x33, 0x35, 0x38));
    p.setColor(QPalette::Dark, QColor(0x18, 0x19, 0x1b));
    p.setColor(QPalette::Shadow, Qt::black);
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, QColor(0x7d, 0x80, 0x85));
    return p;
}

} // namespace

void setLanguage(const QString &language)
{
    State &s = state();
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    QLocale::setDefault(locale);
    if (s.storyline)
        QCoreApplication::removeTranslator(s.storyline.get());
    if (s.qt)
        QCoreApplication::removeTranslator(s.qt.get());
    s.storyline = std::make_unique<QTranslator>();
    // A language Storyline does not ship (or the C locale) reads the English texts, with
    // English plurals ("2 events", not "2 event(s)").
    if (s.storyline->load(locale, u"storyline"_s, u"_"_s, u":/i18n"_s)
        || s.storyline->load(u"storyline_en"_s, u":/i18n"_s))
        QCoreApplication::installTranslator(s.storyline.get());
    s.qt = std::make_unique<QTranslator>();
    if (s.qt->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(s.qt.get());
}

QString languageSetting()
{
    const QString value = QSettings().value(u"ui/language"_s).toString();
    return value.isEmpty() || availableLanguages().contains(value) ? value : QString();
}

void saveLanguageSetting(const QString &language)
{
    QSettings().setValue(u"ui/language"_s, language);
}

QStringList availableLanguages()
{
    return {u"en"_s, u"fr"_s, u"zh_CN"_s};
}

QString languageName(const QString &code)
{
    const QLocale locale(code);
    QString name = locale.nativeLanguageName();
    if (!name.isEmpty())
        name[0] = name[0].toUpper();
    return name;
}

void setTheme(Theme theme)
{
    State &s = state();
    if (theme == Theme::System) {
        if (!s.systemStyle.isEmpty())
            QApplication::setStyle(s.systemStyle);
        QApplication::setPalette(s.systemPalette);
        return;
    }
    QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
    QApplication::setPalette(theme == Theme::Dark ? darkPalette()
                                                  : QApplication::style()->standardPalette());
}

Theme themeSetting()
{
    const QString value = QSettings().value(u"ui/theme"_s).toString();
    if (value == u"light"_s)
        return Theme::Light;
    if (value == u"dark"_s)
        return Theme::Dark;
    return Theme::System; // also for unreadable values
}

void saveThemeSetting(Theme theme)
{
    QSettings().setValue(u"ui/theme"_s,
                         theme == Theme::Light      ? u"light"_s
                             : theme == Theme::Dark ? u"dark"_s
                                                    : u"system"_s);
}

} // namespace storyline::Appearance
