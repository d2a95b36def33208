// SPDX-FileCopyrightText: 2026 The Storyline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "icubridge.h"

namespace storyline::icu_bridge {

icu::Locale locale(const QString &language)
{
    if (language.isEmpty())
        return icu::Locale::getEnglish();
    const QByteArray name = language.toLatin1();
    icu::Locale result(name.constData());
    if (result.isBogus())
        return icu::Locale::getEnglish();
    return result;
}

} // namespace storyline::icu_bridge
