// SPDX-FileCopyrightText: 2026 The Storyline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "bundledstory.h"

#include "storyreader.h"

using namespace Qt::StringLiterals;

namespace storyline::BundledStory {

QString path()
{
    return u":/stories/nvidia-export-controls"_s;
}

Result<Story> load()
{
    return StoryReader::read(path());
}

} // namespace storyline::BundledStory
