// SPDX-FileCopyrightText: 2026 The Storyline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "namedevents.h"

#include "textfolder.h"

#include <QDate>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace storyline {

namespace {

struct Edition
{
    int year;
    int startMonth;
    int startDay;
    int endMonth;
    int endDay;
};

EventEdition edition(const Edition &e)
{
    const QDate start(e.year, e.startMonth, e.startDay);
    const QDate end(e.year, e.endMonth, e.endDay);
    EventEdition result{PartialDate::day(start), std::nullopt};
    if (end != start)
        result.end = PartialDate::day(end);
    return result;
}

NamedEvent event(QString name, QStringList aliases, std::initializer_list<Edition> editions,
                 bool yearless = true, bool recurring = true)
{
    NamedEvent result{std::move(name), std::move(aliases), {}, yearless, recurring};
    for (const Edition &e : editions)
        result.editions.append(edition(e));
    return result;
}

// "CES 2027" → ("CES", 2027); "Sommet de Busan" → ("Sommet de Busan", 0).
std::pair<QString, int> splitYear(const QString &name)
{
    const QString trimmed = name.trimmed();
    const qsizetype space = trimmed.lastIndexOf(u' ');
    if (space > 0 && trimmed.size() - space - 1 == 4) {
        bool ok = false;
        const int year = QStringView(trimmed).sliced(space + 1).toInt(&ok);
        if (ok && year > 0)
            return {trimmed.first(space).trimmed(), year};
    }
    return {trimmed, 0};
}

void sortEditions(NamedEvent &event)
{
    std::sort(event.editions.begin(), event.editions.end(),
              [](const EventEdition &a, const EventEdition &b) {
                  return a.start.first() < b.start.first();
              });
}

} // namespace

NamedEvents NamedEvents::builtIn()
{
    // Dates of record (organisers' announcements). Editions not listed are not guessed: "CES
    // 2030" reads as the year 2030, "au CES" in a 2030 article as nothing.
    NamedEvents table;
    table.m_events = {
        event(u"CES"_s, {u"CES"_s, u"Consumer Electronics Show"_s},
              {{2024, 1, 9, 1, 12}, {2025, 1, 7, 1, 10}, {2026, 1, 6, 1, 9}}),
        // "Comptex" is the seed articles' spelling.
        event(u"Computex"_s, {u"Computex"_s, u"Comptex"_s},
              {{2024, 6, 4, 6, 7}, {2025, 5, 20, 5, 23}, {2026, 6, 2, 6, 5}}),
        // Longest aliases first is the matcher's business, not the table's.
        event(u"GTC Washington, D.C."_s,
              {u"GTC Washington, D.C."_s, u"GTC Washington D.C."_s, u"GTC à Washington, D.C."_s,
               u"GTC à Washington D.C."_s, u"GTC à Washington"_s, u"GTC Washington"_s,
               u"GTC D.C."_s, u"GTC DC"_s},
              {{2025, 10, 27, 10, 29}}),
        event(u"GTC Paris"_s, {u"GTC Paris"_s, u"GTC à Paris"_s}, {{2025, 6, 10, 6, 12}}),
        // Plain "GTC" is the San Jose conference only with its year: alone it may be any of
        // the three.
        event(u"GTC"_s, {u"GTC"_s},
              {{2024, 3, 18, 3, 21}, {2025, 3, 17, 3, 21}, {2026, 3, 16, 3, 19}}, false),
        event(u"WWDC"_s, {u"WWDC"_s}, {{2024, 6, 10, 6, 14}, {2025, 6, 9, 6, 13}}),
        event(u"MWC"_s, {u"MWC"_s, u"Mobile World Congress"_s},
              {{2024, 2, 26, 2, 29}, {2025, 3, 3, 3, 6}, {2026, 3, 2, 3, 5}}),
        event(u"Davos"_s,
              {u"Davos"_s, u"forum de Davos"_s, u"Forum économique mondial"_s,
               u"World Economic Forum"_s},
              {{2024, 1, 15, 1, 19}, {2025, 1, 20, 1, 24}, {2026, 1, 19, 1, 23}}),
        event(u"G7"_s, {u"sommet du G7"_s, u"G7 summit"_s},
              {{2024, 6, 13, 6, 15}, {2025, 6, 15, 6, 17}}),
        // "G7 2025" names the summit; "G7" alone is the group, not a date.
        event(u"G7"_s, {u"G7"_s}, {{2024, 6, 13, 6, 15}, {2025, 6, 15, 6, 17}}, false),
        event(u"G20"_s, {u"sommet du G20"_s, u"G20 summit"_s},
              {{2024, 11, 18, 11, 19}, {2025, 11, 22, 11, 23}}),
        event(u"G20"_s, {u"G20"_s}, {{2024, 11, 18, 11, 19}, {2025, 11, 22, 11, 23}}, false),
        event(u"VivaTech"_s, {u"VivaTech"_s, u"Viva Technology"_s},
              {{2024, 5, 22, 5, 25}, {2025, 6, 11, 6, 14}}),
        event(u"Google I/O"_s, {u"Google I/O"_s}, {{2024, 5, 14, 5, 15}, {2025, 5, 20, 5, 21}}),
        event(u"Hot Chips"_s, {u"Hot Chips"_s}, {{2024, 8, 25, 8, 27}, {2025, 8, 24, 8, 26}}),
        event(u"APEC"_s, {u"sommet de l'APEC"_s, u"APEC summit"_s},
              {{2024, 11, 15, 11, 16}, {2025, 10, 31, 11, 1}}),
        event(u"AI Action Summit"_s,
              {u"AI Action Summit"_s, u"Sommet pour l'action sur l'IA"_s,
               u"Sommet pour l'action sur l'intelligence artificielle"_s},
              {{2025, 2, 10, 2, 11}}, true, false),
    };
    return table;
}

void NamedEvents::add(const QString &name, const PartialDate &start,
                      const std::optional<PartialDate> &end)
{
    if (!start.isValid())
        return;
    const auto [alias, year] = splitYear(name);
    if (alias.isEmpty())
        return;
    EventEdition added{start, end && *end != start ? end : std::nullopt};
    const QString folded = TextFolder::fold(alias);
    const auto known = std::find_if(m_events.cbegin(), m_events.cend(), [&](const NamedEvent &e) {
        return std::any_of(e.aliases.cbegin(), e.aliases.cend(),
                           [&](const QString &a) { return TextFolder::fold(a) == folded; });
    });
    if (known != m_events.cend()) {
        // Every entry of that event ("sommet du G7" and "G7 2026") gets the edition, which
        // replaces the table's of the same year: the story knows better.
        const QString canonical = known->name;
        for (NamedEvent &event : m_events) {
            if (event.name != canonical)
                continue;
            event.editions.removeIf([&](const EventEdition &e) {
                return e.start.first().year() == start.first().year();
            });
            event.editions.append(added);
            sortEditions(event);
        }
        return;
    }
    // A new event: with a year in its name it is recognised only with that year.
    m_events.append(NamedEvent{alias, {alias}, {added}, year == 0, year != 0});
}

} // namespace storyline
