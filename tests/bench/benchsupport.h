// SPDX-FileCopyrightText: 2026 The Storyline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the benchmarks share: one way to print a figure, and the process's memory.

#include <QByteArray>
#include <QFile>
#include <QString>
#include <QTextStream>

namespace storyline::Bench {

// "BENCH <name> <value> <unit>", one line on standard output, flushed.
inline void print(const QString &name, const QString &value, const QString &unit)
{
    QTextStream(stdout) << "BENCH " << name << ' ' << value << ' ' << unit << Qt::endl;
}

inline void print(const QString &name, double value, const QString &unit, int decimals = 1)
{
    print(name, QString::number(value, 'f', decimals), unit);
}

// A line of /proc/self/status in MB ("VmHWM" is the peak resident set, "VmRSS" the current
// one); -1 where /proc is missing (not Linux).
inline double statusMegabytes(const char *key)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly | QIODevice::Text))
        return -1;
    const QByteArray prefix = QByteArray(key) + ':';
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(prefix)) {
            const qint64 kb = line.mid(prefix.size()).trimmed().split(' ').first().toLongLong();
            return double(kb) / 1024.0;
        }
    }
    return -1;
}

inline double peakResidentMegabytes()
{
    return statusMegabytes("VmHWM");
}

inline double residentMegabytes()
{
    return statusMegabytes("VmRSS");
}

} // namespace storyline::Bench
