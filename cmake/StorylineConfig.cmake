# SPDX-FileCopyrightText: 2026 The Storyline authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# One INTERFACE target that every Storyline target links: the language level, the warnings and
# the strict Qt defines of docs/style (qBittorrent's CommonConfig.cmake does the same).

add_library(storyline_config INTERFACE)
add_library(Storyline::Config ALIAS storyline_config)

target_compile_features(storyline_config INTERFACE cxx_std_20)
set(CMAKE_CXX_EXTENSIONS OFF)

target_compile_definitions(storyline_config INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_CONTEXTLESS_CONNECT
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_URL_CAST_FROM_STRING
    QT_USE_QSTRINGBUILDER
    QT_DISABLE_DEPRECATED_UP_TO=0x060400
    STORYLINE_VERSION="${PROJECT_VERSION}")

if(MSVC)
    target_compile_options(storyline_config INTERFACE /W4 /permissive- /utf-8)
    if(STORYLINE_WERROR)
        target_compile_options(storyline_config INTERFACE /WX)
    endif()
else()
    target_compile_options(storyline_config INTERFACE -Wall -Wextra -Wpedantic)
    if(STORYLINE_WERROR)
        target_compile_options(storyline_config INTERFACE -Werror)
    endif()
endif()
