// SPDX-FileCopyrightText: 2026 The Storyline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"
#include "story.h"

#include <QString>

namespace storyline::BundledStory {

// The resource folder of the story Storyline ships and opens by default.
QString path();

// Reads it. It is checked by the tests, so in a release build this cannot fail; an error
// still comes back as a value rather than a crash.
Result<Story> load();

} // namespace storyline::BundledStory
