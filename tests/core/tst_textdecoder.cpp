// SPDX-FileCopyrightText: 2026 The Storyline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/textdecoder.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace storyline {

namespace {

const QString FixtureFolder = QStringLiteral(STORYLINE_FIXTURES "/import");

QString fixture(const QString &name)
{
    return FixtureFolder + u'/' + name;
}

// The text every French fixture holds (fr-latin1.txt without the characters Latin-1 lacks).
QString frenchText()
{
    QFile file(fixture(u"fr-utf8.txt"_s));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

QString latin1Text()
{
    return frenchText().replace(u'’', u'\'').replace(u"œ"_s, u"oe"_s).replace(u'–', u'-');
}

QByteArray utf16(const QString &text, bool bigEndian)
{
    QByteArray bytes;
    for (const QChar c : text) {
        const char high = char(c.unicode() >> 8);
        const char low = char(c.unicode() & 0xFF);
        bytes += bigEndian ? QByteArray{1, high} + low : QByteArray{1, low} + high;
    }
    return bytes;
}

// Long enough for charset detection to have statistics to go on.
const QString Sentence = u"L’été dernier, le président a déclaré « œuvre » à Pékin ; la "
                         "société a perdu 17 % en une journée. "_s;

} // namespace

class TestTextDecoder : public QObject
{
    Q_OBJECT

private slots:
    void fixtures_data();
    void fixtures();
    void bytes_data();
    void bytes();
    void errors_data();
    void errors();
    void declaredCharset_data();
    void declaredCharset();
    void missingFile();
    void folder();
    void tooLargeIsNotRead();
    void notARegularFile();
    void randomBytesNeverCrash();
};

void TestTextDecoder::fixtures_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<QString>("text");

    const QString french = frenchText();
    QVERIFY(french.contains(u"C’est une œuvre"_s));
    QTest::addRow("utf-8") << u"fr-utf8.txt"_s << u"UTF-8"_s << french;
    QTest::addRow("utf-8 with bom") << u"fr-utf8-bom.txt"_s << u"UTF-8"_s << french;
    QTest::addRow("windows-1252") << u"fr-windows-1252.txt"_s << u"windows-1252"_s << french;
    // ICU answers ISO-8859-1; its superset windows-1252 reads the same bytes the same way.
    QTest::addRow("iso-8859-1") << u"fr-latin1.txt"_s << u"windows-1252"_s << latin1Text();
    QTest::addRow("utf-16le with bom") << u"fr-utf16le-bom.txt"_s << u"UTF-16LE"_s << french;
    QTest::addRow("utf-16be with bom") << u"fr-utf16be-bom.txt"_s << u"UTF-16BE"_s << french;
    QTest::addRow("utf-16le without bom") << u"fr-utf16le-nobom.txt"_s << u"UTF-16LE"_s << french;
    QTest::addRow("empty") << u"empty.txt"_s << u"UTF-8"_s << QString();
}

void TestTextDecoder::fixtures()
{
    QFETCH(QString, file);
    QFETCH(QString, encoding);
    QFETCH(QString, text);
    const Result<DecodedText> decoded = TextDecoder::readFile(fixture(file));
    QVERIFY2(decoded.ok(), qPrintable(decoded.ok() ? QString() : decoded.error().toString()));
    QCOMPARE(decoded.value().encoding, encoding);
    QCOMPARE(decoded.value().text, text);
}

void TestTextDecoder::bytes_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<QString>("text");

    QTest::addRow("empty") << QByteArray() << u"UTF-8"_s << QString();
    QTest::addRow("ascii") << QByteArray("plain text\r\n") << u"UTF-8"_s << u"plain text\r\n"_s;
    QTest::addRow("utf-8 bom only") << QByteArray("\xEF\xBB\xBF") << u"UTF-8"_s << QString();
    QTest::addRow("utf-8 emoji") << QByteArray("a\xF0\x9F\x98\x80z") << u"UTF-8"_s
                                 << QString::fromUtf8("a\xF0\x9F\x98\x80z");
    QTest::addRow("utf-16le bom") << QByteArray("\xFF\xFE") + utf16(u"été"_s, false)
                                  << u"UTF-16LE"_s << u"été"_s;
    QTest::addRow("utf-16be bom") << QByteArray("\xFE\xFF") + utf16(u"œuvre"_s, true)
                                  << u"UTF-16BE"_s << u"œuvre"_s;
    QTest::addRow("utf-16le bom, surrogate pair")
        << QByteArray("\xFF\xFE\x3D\xD8\x00\xDE", 6) << u"UTF-16LE"_s
        << QString::fromUtf8("\xF0\x9F\x98\x80");
    QTest::addRow("utf-32le bom") << QByteArray("\xFF\xFE\x00\x00\xE9\x00\x00\x00", 8)
                                  << u"UTF-32LE"_s << u"é"_s;
    QTest::addRow("utf-32be bom") << QByteArray("\x00\x00\xFE\xFF\x00\x00\x00\xE9", 8)
                                  << u"UTF-32BE"_s << u"é"_s;
    QTest::addRow("utf-16le without bom, english")
        << utf16(u"The president said on Friday that the controls would stay."_s, false)
        << u"UTF-16LE"_s << u"The president said on Friday that the controls would stay."_s;
    QTest::addRow("utf-16be without bom, french")
        << utf16(Sentence, true) << u"UTF-16BE"_s << Sentence;
    // 0x80 is the euro sign, 0x92 a curly apostrophe, 0x9C "œ": windows-1252, not Latin-1.
    QTest::addRow("windows-1252 c1 bytes")
        << QByteArray("L\x92\xE9t\xE9 dernier, le pr\xE9sident a d\xE9\x63lar\xE9 \xAB \x9Cuvre "
                      "\xBB \xE0 P\xE9kin pour 10 \x80 ; la soci\xE9t\xE9 a perdu 17 % en une "
                      "journ\xE9\x65.")
        << u"windows-1252"_s
        << u"L’été dernier, le président a déclaré « œuvre » à Pékin pour 10 € ; la société a "
           "perdu 17 % en une journée."_s;
    QTest::addRow("a few control characters are text")
        << QByteArray("Page 1\fPage 2\vend\x1A") + QByteArray(100, 'x') << u"UTF-8"_s
        << u"Page 1\fPage 2\vend\x1A"_s + QString(100, u'x');
}

void TestTextDecoder::bytes()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, encoding);
    QFETCH(QString, text);
    const Result<DecodedText> decoded = TextDecoder::decode(bytes, u"in.txt"_s);
    QVERIFY2(decoded.ok(), qPrintable(decoded.ok() ? QString() : decoded.error().toString()));
    QCOMPARE(decoded.value().encoding, encoding);
    QCOMPARE(decoded.value().text, text);
}

void TestTextDecoder::errors_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<qsizetype>("byteOffset");
    QTest::addColumn<QString>("message"); // a part of it

    // The offset counts the byte-order mark: it is the offset in the file.
    QTest::addRow("utf-8 bom, then a stray byte")
        << QByteArray("\xEF\xBB\xBF"
                      "caf\xFF noir")
        << u"invalid-utf8"_s << qsizetype(6) << u"byte 0xff"_s;
    QTest::addRow("utf-16le bom, odd length")
        << QByteArray("\xFF\xFE\x41\x00\x42", 5) << u"unreadable-file"_s << qsizetype(4)
        << u"not valid UTF-16LE"_s;
    QTest::addRow("utf-16le bom, lone surrogate")
        << QByteArray("\xFF\xFE\x41\x00\x00\xD8\x41\x00", 8) << u"unreadable-file"_s << qsizetype(4)
        << u"not valid UTF-16LE"_s;
    QTest::addRow("nul in ascii") << QByteArray("text\0more text", 14) << u"unreadable-file"_s
                                  << qsizetype(-1) << u"NUL"_s;
    QTest::addRow("utf-16le bom with nul") << QByteArray("\xFF\xFE\x41\x00\x00\x00", 6)
                                           << u"unreadable-file"_s << qsizetype(-1) << u"NUL"_s;
    QTest::addRow("control characters")
        << QByteArray("\x01\x02\x03\x04 text \x05\x06\x07\x08") << u"unreadable-file"_s
        << qsizetype(-1) << u"control characters"_s;
    QFile png(fixture(u"binary.png"_s));
    QVERIFY(png.open(QIODevice::ReadOnly));
    QTest::addRow("png") << png.readAll() << u"unreadable-file"_s << qsizetype(-1)
                         << u"not a text file"_s;
    QByteArray elf("\x7F"
                   "ELF\x02\x01\x01",
                   7);
    elf += QByteArray(64, '\0');
    QTest::addRow("elf") << elf << u"unreadable-file"_s << qsizetype(-1) << u"not a text file"_s;
}

void TestTextDecoder::errors()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, kind);
    QFETCH(qsizetype, byteOffset);
    QFETCH(QString, message);
    const Result<DecodedText> decoded = TextDecoder::decode(bytes, u"dir/in.txt"_s);
    QVERIFY2(!decoded.ok(), qPrintable(decoded.ok() ? decoded.value().encoding : QString()));
    const StoryError &error = decoded.error();
    QCOMPARE(errorKindName(error.kind), kind);
    QCOMPARE(error.file, u"dir/in.txt"_s);
    QCOMPARE(error.byteOffset, byteOffset);
    QVERIFY2(error.message.contains(message), qPrintable(error.message));
    QVERIFY(error.toString().startsWith(u"dir/in.txt: "_s));
}

void TestTextDecoder::declaredCharset_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("declared");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<QString>("text");

    // ISO-8859-15: 0xA4 is "€" and 0xBD "œ" (in windows-1252: "¤" and "½").
    const QByteArray latin9(
        "Le prix a \xE9t\xE9 fix\xE9 \xE0 10 \xA4 pour l'\xBDuvre compl\xE8te.");
    QTest::addRow("iso-8859-15") << latin9 << u"iso-8859-15"_s << u"ISO-8859-15"_s
                                 << u"Le prix a été fixé à 10 € pour l'œuvre complète."_s;
    QTest::addRow("latin9 alias") << latin9 << u"latin9"_s << u"ISO-8859-15"_s
                                  << u"Le prix a été fixé à 10 € pour l'œuvre complète."_s;
    QTest::addRow("not declared") << latin9 << QString() << u"windows-1252"_s
                                  << u"Le prix a été fixé à 10 ¤ pour l'½uvre complète."_s;
    // A page that declares Latin-1 is read as windows-1252, as browsers do.
    QTest::addRow("declared iso-8859-1")
        << QByteArray("l\x92\xE9t\xE9") << u"ISO-8859-1"_s << u"windows-1252"_s << u"l’été"_s;
    // Declarations that the bytes contradict, or that name no charset, are ignored.
    QTest::addRow("declared utf-8, is not")
        << QByteArray("l\x92\xE9t\xE9") << u"utf-8"_s << u"windows-1252"_s << u"l’été"_s;
    QTest::addRow("declared utf-16, is not")
        << QByteArray("l\x92\xE9t\xE9") << u"UTF-16"_s << u"windows-1252"_s << u"l’été"_s;
    QTest::addRow("unknown charset")
        << QByteArray("l\x92\xE9t\xE9") << u"x-no-such-thing"_s << u"windows-1252"_s << u"l’été"_s;
    // Valid UTF-8 stays UTF-8 whatever is declared.
    QTest::addRow("utf-8 declared latin-1")
        << QByteArray("l’été") << u"iso-8859-1"_s << u"UTF-8"_s << u"l’été"_s;
}

void TestTextDecoder::declaredCharset()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, declared);
    QFETCH(QString, encoding);
    QFETCH(QString, text);
    const Result<DecodedText> decoded = TextDecoder::decode(bytes, u"page.html"_s, declared);
    QVERIFY2(decoded.ok(), qPrintable(decoded.ok() ? QString() : decoded.error().toString()));
    QCOMPARE(decoded.value().encoding, encoding);
    QCOMPARE(decoded.value().text, text);
}

void TestTextDecoder::missingFile()
{
    const QString path = fixture(u"no-such-file.txt"_s);
    const Result<DecodedText> decoded = TextDecoder::readFile(path);
    QVERIFY(!decoded.ok());
    QCOMPARE(decoded.error().kind, StoryError::Kind::MissingFile);
    QCOMPARE(decoded.error().file, QDir::toNativeSeparators(path));
}

void TestTextDecoder::folder()
{
    const Result<DecodedText> decoded = TextDecoder::readFile(FixtureFolder);
    QVERIFY(!decoded.ok());
    QCOMPARE(decoded.error().kind, StoryError::Kind::UnreadableFile);
    QVERIFY2(decoded.error().message.contains(u"folder"_s), qPrintable(decoded.error().message));
}

// A file over the limit is refused from its size: a sparse file of 32 MiB and one byte takes no
// room on disk, and reading it would take seconds and the memory the limit is there to protect.
void TestTextDecoder::tooLargeIsNotRead()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"huge.txt"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QVERIFY(file.resize(TextDecoder::maxFileSize + 1));
    file.close();
    QCOMPARE(QFileInfo(path).size(), TextDecoder::maxFileSize + 1);

    const Result<QByteArray> bytes = TextDecoder::readBytes(path);
    QVERIFY(!bytes.ok());
    QCOMPARE(bytes.error().kind, StoryError::Kind::UnreadableFile);
    QCOMPARE(bytes.error().file, QDir::toNativeSeparators(path));
    QVERIFY2(bytes.error().message.contains(u"too large"_s), qPrintable(bytes.error().message));
    QVERIFY2(bytes.error().message.contains(u"33 MiB"_s), qPrintable(bytes.error().message));
    QVERIFY(!TextDecoder::readFile(path).ok());
}

void TestTextDecoder::notARegularFile()
{
#ifdef Q_OS_UNIX
    // /dev/zero has no size and no end: it must be refused, not read.
    const Result<DecodedText> decoded = TextDecoder::readFile(u"/dev/zero"_s);
    QVERIFY(!decoded.ok());
    QCOMPARE(decoded.error().kind, StoryError::Kind::UnreadableFile);
#else
    QSKIP("no /dev/zero");
#endif
}

// Whatever the bytes, decoding returns a text or an error: a fixed seed keeps failures
// reproducible.
void TestTextDecoder::randomBytesNeverCrash()
{
    QRandomGenerator random(20260131);
    int refused = 0;
    for (int i = 0; i < 300; ++i) {
        QByteArray bytes(random.bounded(1, 3000), Qt::Uninitialized);
        for (char &byte : bytes)
            byte = char(random.bounded(256));
        if (i % 3 == 0) // and byte-order marks followed by anything
            bytes.prepend(i % 2 ? "\xFF\xFE" : "\xFE\xFF");
        const Result<DecodedText> decoded = TextDecoder::decode(bytes, u"random.bin"_s);
        refused += !decoded.ok();
    }
    // Random bytes are not text.
    QVERIFY2(refused >= 290, qPrintable(QString::number(refused)));
}

} // namespace storyline

QTEST_GUILESS_MAIN(storyline::TestTextDecoder)
#include "tst_textdecoder.moc"
