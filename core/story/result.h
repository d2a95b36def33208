// SPDX-FileCopyrightText: 2026 The Storyline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storyerror.h"

#include <utility>
#include <variant>

namespace storyline {

// A value or the error that prevented it: how errors cross layers (never as exceptions).
template<typename T> class [[nodiscard]] Result final
{
public:
    Result(T value)
        : m_state(std::move(value))
    {
    }
    Result(StoryError error)
        : m_state(std::move(error))
    {
    }

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<T>(m_state); }
    T &value() & { return std::get<T>(m_state); }
    T &&value() && { return std::get<T>(std::move(m_state)); }
    const StoryError &error() const { return std::get<StoryError>(m_state); }

private:
    std::variant<T, StoryError> m_state;
};

} // namespace storyline
