// SPDX-FileCopyrightText: 2026 The Storyline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox.h"

#include <QCoreApplication>
#include <QProcess>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace storyline::Sandbox {

namespace {

constexpr auto Variable = "STORYLINE_SANDBOX";

} // namespace

QString unavailableReason()
{
#ifdef Q_OS_LINUX
    static const QString reason = [] {
        if (QStandardPaths::findExecutable(u"unshare"_s).isEmpty())
            return u"needs unshare(1) (util-linux) for a read-only or full file system"_s;
        QProcess probe;
        probe.start(u"unshare"_s, {u"-rm"_s, u"true"_s});
        if (!probe.waitForFinished(10000) || probe.exitStatus() != QProcess::NormalExit
            || probe.exitCode() != 0) {
            return u"unprivileged user and mount namespaces are not available here"_s;
        }
        return QString();
    }();
    return reason;
#else
    return u"needs Linux user and mount namespaces for a read-only or full file system"_s;
#endif
}

QString folder()
{
    return qEnvironmentVariable(Variable);
}

Run run(const QString &setup, const QString &folder, const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QString::fromLatin1(Variable), folder);
    process.setProcessEnvironment(environment);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(u"unshare"_s,
                  QStringList{u"-rm"_s, u"sh"_s, u"-c"_s, setup + u" && exec \"$0\" \"$@\""_s,
                              QCoreApplication::applicationFilePath()}
                      + arguments);
    Run result;
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
    }
    result.output = process.readAll();
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return result;
}

QString readOnlyMount()
{
    return u"mount --bind \"$STORYLINE_SANDBOX\" \"$STORYLINE_SANDBOX\""
           u" && mount -o remount,bind,ro \"$STORYLINE_SANDBOX\""_s;
}

QString fullMount(int kilobytes)
{
    return u"mount -t tmpfs -o size=%1k tmpfs \"$STORYLINE_SANDBOX\""_s.arg(kilobytes);
}

} // namespace storyline::Sandbox
