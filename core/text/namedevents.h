// SPDX-FileCopyrightText: 2026 The Storyline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "story/partialdate.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace storyline {

// One occurrence of a named event.
struct EventEdition
{
    PartialDate start;
    std::optional<PartialDate> end; // nullopt for a one-day event
};

// A conference, summit or forum that news dates things by: "CES 2025", "au Computex".
struct NamedEvent
{
    QString name; // canonical, for display: "Computex"
    // The ways texts write it, without the year. Words in capitals ("CES", "GTC", "DC") match
    // only as written, so the French "ces" is no trade show; other words fold case and accents.
    QStringList aliases;
    QList<EventEdition> editions; // sorted by start
    // Whether the name alone, without a year, names an edition ("au Computex", "GTC DC"). A
    // recurring event is then read as the edition of the publication's year.
    bool yearless = true;
    bool recurring = true;
};

// The events the bundled stories touch (tech trade shows, summits), with the dates of their
// editions; a story adds its own with add().
class NamedEvents final
{
public:
    static NamedEvents builtIn();

    // See DateFinder::addNamedEvent.
    void add(const QString &name, const PartialDate &start, const std::optional<PartialDate> &end);

    const QList<NamedEvent> &events() const { return m_events; }

private:
    QList<NamedEvent> m_events;
};

} // namespace storyline
