// SPDX-FileCopyrightText: 2026 The Storyline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "collator.h"

#include "icubridge.h"

#include <unicode/coll.h>

namespace storyline {

struct Collator::Private
{
    std::unique_ptr<icu::Collator> collator;
};

Collator::Collator(const QString &language)
    : d(std::make_unique<Private>())
{
    UErrorCode status = U_ZERO_ERROR;
    d->collator.reset(icu::Collator::createInstance(icu_bridge::locale(language), status));
    if (U_FAILURE(status))
        d->collator.reset();
}

Collator::~Collator() = default;

int Collator::compare(QStringView a, QStringView b) const
{
    if (!d->collator)
        return a.compare(b, Qt::CaseInsensitive);
    UErrorCode status = U_ZERO_ERROR;
    const UCollationResult result = d->collator->compare(
        reinterpret_cast<const UChar *>(a.utf16()), int32_t(a.size()),
        reinterpret_cast<const UChar *>(b.utf16()), int32_t(b.size()), status);
    if (U_FAILURE(status))
        return a.compare(b, Qt::CaseInsensitive);
    return int(result);
}

} // namespace storyline
