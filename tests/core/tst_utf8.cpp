// SPDX-FileCopyrightText: 2026 The Storyline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/utf8.h"

#include <QStringDecoder>
#include <QTest>

using namespace storyline;

class TestUtf8 : public QObject
{
    Q_OBJECT

private slots:
    void validate_data();
    void validate();
};

void TestUtf8::validate_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<qsizetype>("invalidAt"); // -1: valid

    QTest::addRow("empty") << QByteArray() << qsizetype(-1);
    QTest::addRow("ascii") << QByteArray("plain text") << qsizetype(-1);
    QTest::addRow("french") << QByteArray("États-Unis, Pékin, œuvre") << qsizetype(-1);
    QTest::addRow("emoji") << QByteArray("a\xF0\x9F\x98\x80z") << qsizetype(-1);
    QTest::addRow("max code point") << QByteArray("\xF4\x8F\xBF\xBF") << qsizetype(-1);
    QTest::addRow("lone continuation") << QByteArray("ab\x80") << qsizetype(2);
    QTest::addRow("latin-1 e acute") << QByteArray("caf\xE9 noir") << qsizetype(4);
    QTest::addRow("overlong slash") << QByteArray("x\xC0\xAF") << qsizetype(1);
    QTest::addRow("overlong 3 bytes") << QByteArray("\xE0\x80\xAF") << qsizetype(1);
    QTest::addRow("surrogate") << QByteArray("\xED\xA0\x80") << qsizetype(1);
    QTest::addRow("above U+10FFFF") << QByteArray("\xF4\x90\x80\x80") << qsizetype(1);
    QTest::addRow("F5 lead") << QByteArray("\xF5\x80\x80\x80") << qsizetype(0);
    QTest::addRow("truncated at end") << QByteArray("ok\xE2\x82") << qsizetype(2);
    QTest::addRow("bad third byte") << QByteArray("\xE2\x82z") << qsizetype(2);
    QTest::addRow("FF") << QByteArray("\xFF") << qsizetype(0);
}

void TestUtf8::validate()
{
    QFETCH(QByteArray, bytes);
    QFETCH(qsizetype, invalidAt);
    const auto result = firstInvalidUtf8Byte(bytes);
    QCOMPARE(result.value_or(-1), invalidAt);
    // Agrees with Qt's decoder on whether the bytes are UTF-8.
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString decoded = decoder.decode(bytes);
    QCOMPARE(decoder.hasError(), invalidAt >= 0);
}

QTEST_GUILESS_MAIN(TestUtf8)
#include "tst_utf8.moc"
