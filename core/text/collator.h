// SPDX-FileCopyrightText: 2026 The Storyline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

#include <memory>

namespace storyline {

// Orders text as a reader of a language expects, with ICU's collation: in French "Élysée" sorts
// with the E's and "Chine" before "États-Unis"; case and accents only break ties. Not
// thread-safe: use one per thread.
class Collator final
{
public:
    explicit Collator(const QString &language);
    ~Collator();
    Collator(const Collator &) = delete;
    Collator &operator=(const Collator &) = delete;

    // <0, 0 or >0 as `a` sorts before, with or after `b`.
    int compare(QStringView a, QStringView b) const;
    bool operator()(QStringView a, QStringView b) const { return compare(a, b) < 0; }

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace storyline
