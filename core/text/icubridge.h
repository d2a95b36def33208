// SPDX-FileCopyrightText: 2026 The Storyline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The bridge between Qt and ICU strings. Both are UTF-16, so ICU reads Qt's buffer in place:
// no copy, and offsets mean the same on both sides. Only core/text includes this header.

#include <QString>
#include <QStringView>

#include <unicode/locid.h>
#include <unicode/unistr.h>

namespace storyline::icu_bridge {

// A read-only ICU string aliasing `text`'s buffer. `text` must outlive the result.
inline icu::UnicodeString alias(QStringView text)
{
    return icu::UnicodeString(false, reinterpret_cast<const UChar *>(text.utf16()),
                              static_cast<int32_t>(text.size()));
}

inline QString toQString(const icu::UnicodeString &text)
{
    return QString(reinterpret_cast<const QChar *>(text.getBuffer()), text.length());
}

// The ICU locale for a language code ("fr", "en"); English for anything unknown.
icu::Locale locale(const QString &language);

} // namespace storyline::icu_bridge
