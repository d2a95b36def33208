// SPDX-FileCopyrightText: 2026 The Storyline authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// story.json's bytes through StoryReader, its articles resolved against a fixed folder whose
// articles the seeds quote, so that a mutated story gets past the references into quotes,
// figures and mentions. A story that loads must write back (StoryWriter::toJson) to JSON that
// reads to an equal story.
#include "fuzzcheck.h"

#include "story/storyreader.h"
#include "story/storywriter.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace storyline;

namespace {

// Written once and only read afterwards: no state passes from one input to the next.
const QString &storyFolder()
{
    static const QTemporaryDir dir;
    static const QString folder = [] {
        const QString path = dir.path();
        QDir(path).mkpath(u"articles"_s);
        const auto write = [&](const QString &name, const QByteArray &text) {
            QFile file(path % u"/articles/"_s % name);
            if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size())
                storyline::fuzz::fail("cannot write the articles", __FILE__, __LINE__);
        };
        // tests/fixtures/good/minimal and good/html-article, and an English one.
        write(u"a1.txt"_s,
              "Les actions de NVIDIA ont chut\xc3\xa9 de 17 % lundi.\n"
              "La Chine r\xc3\xa9"
              "agit ce printemps.\n");
        write(u"a2.txt"_s,
              "Les actions de NVIDIA ont chut\xc3\xa9 de 17 % <b>lundi</b>.\n"
              "<img src=\"http://example.invalid/tracker.png\"> La Chine r\xc3\xa9"
              "agit ce printemps.\n"
              "<a href=\"http://example.invalid/\">Lire la suite</a> &amp; "
              "<script>alert(1)</script>\n");
        write(u"a3.txt"_s,
              "WASHINGTON, Jan. 27, 2025 - Nvidia shares fell 17% on Monday, wiping out "
              "$593 billion of market value. Jensen Huang said on Tuesday that China would "
              "remain a $50 billion market next year.\n");
        return path;
    }();
    return folder;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QString &folder = storyFolder();
    const Result<Story> story = StoryReader::read(fuzz::bytes(data, size), folder, u"story.json"_s);
    if (!story)
        return 0;

    const QByteArray written = StoryWriter::toJson(story.value());
    const Result<Story> again = StoryReader::read(written, folder, u"story.json"_s);
    STORYLINE_FUZZ_CHECK(again.ok());
    STORYLINE_FUZZ_CHECK(again.value() == story.value());
    return 0;
}
