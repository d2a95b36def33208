// SPDX-FileCopyrightText: 2026 The Storyline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "textdecoder.h"

#include "utf8.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QList>
#include <QSet>

#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>

#include <array>
#include <memory>
#include <optional>
#include <utility>

using namespace Qt::StringLiterals;

namespace storyline {

namespace {

using Kind = StoryError::Kind;

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(TextDecoder)
};

// Charset detection looks at this much of the text: enough for its statistics, and it keeps a
// large file from being scanned by a dozen recognisers.
constexpr qsizetype DetectionSample = 64 * 1024;
// ICU's answer, out of 100, from which a UTF-16 guess without a byte-order mark is believed.
constexpr int Utf16Confidence = 50;

StoryError fileError(Kind kind, const QString &fileName, const QString &message,
                     qsizetype byteOffset = -1)
{
    return StoryError{kind, fileName, 0, 0, byteOffset, message};
}

StoryError tooLarge(const QString &fileName, qint64 size)
{
    constexpr qint64 MiB = 1024 * 1024;
    return fileError(Kind::UnreadableFile, fileName,
                     Tr::tr("too large to be an article (%1 MiB; the limit is %2 MiB)")
                         .arg((size + MiB - 1) / MiB)
                         .arg(TextDecoder::maxFileSize / MiB));
}

struct ConverterDeleter
{
    void operator()(UConverter *converter) const { ucnv_close(converter); }
};
using Converter = std::unique_ptr<UConverter, ConverterDeleter>;

struct DetectorDeleter
{
    void operator()(UCharsetDetector *detector) const { ucsdet_close(detector); }
};

Converter openConverter(const char *charset)
{
    UErrorCode status = U_ZERO_ERROR;
    Converter converter(ucnv_open(charset, &status));
    if (U_FAILURE(status))
        return {};
    // Strict: a byte sequence the charset does not define stops the conversion.
    ucnv_setToUCallBack(converter.get(), UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr,
                        &status);
    if (U_FAILURE(status))
        return {};
    return converter;
}

// The IANA name of an ICU converter, as people know it ("ISO-8859-15", not "ibm-923_P100-1998").
QString charsetName(UConverter *converter)
{
    UErrorCode status = U_ZERO_ERROR;
    const char *icuName = ucnv_getName(converter, &status);
    if (U_FAILURE(status) || !icuName)
        return {};
    for (const char *standard : {"MIME", "IANA"}) {
        UErrorCode s = U_ZERO_ERROR;
        if (const char *name = ucnv_getStandardName(icuName, standard, &s); U_SUCCESS(s) && name)
            return QString::fromLatin1(name);
    }
    return QString::fromLatin1(icuName);
}

struct Conversion
{
    std::optional<QString> text;
    qsizetype badByte = -1; // where the conversion stopped when text is empty
};

Conversion convert(UConverter *converter, QByteArrayView bytes)
{
    QString text;
    text.reserve(bytes.size());
    const char *begin = bytes.data();
    const char *source = begin;
    const char *const sourceEnd = begin + bytes.size();
    std::array<UChar, 16384> buffer{};
    for (;;) {
        UChar *target = buffer.data();
        UErrorCode status = U_ZERO_ERROR;
        ucnv_toUnicode(converter, &target, buffer.data() + buffer.size(), &source, sourceEnd,
                       nullptr, true, &status);
        text.append(reinterpret_cast<const QChar *>(buffer.data()), target - buffer.data());
        if (status == U_BUFFER_OVERFLOW_ERROR)
            continue;
        if (U_FAILURE(status)) {
            std::array<char, 32> invalid{};
            int8_t length = int8_t(invalid.size());
            UErrorCode s = U_ZERO_ERROR;
            ucnv_getInvalidChars(converter, invalid.data(), &length, &s);
            const qsizetype consumed = source - begin;
            return {std::nullopt, U_SUCCESS(s) ? qMax<qsizetype>(0, consumed - length) : consumed};
        }
        return {std::move(text), -1};
    }
}

// Why `text` is not the text of an article, or nothing when it is: NUL characters, or more
// control characters than text ever has (random bytes read as windows-1252 give about 12 %).
std::optional<QString> binaryReason(QStringView text)
{
    qsizetype controls = 0;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u == 0)
            return Tr::tr("not a text file: it holds NUL bytes");
        const bool space = u == u'\t' || u == u'\n' || u == u'\v' || u == u'\f' || u == u'\r';
        if ((u < 0x20 && !space) || (u >= 0x7F && u <= 0x9F))
            ++controls;
    }
    if (controls * 20 > text.size())
        return Tr::tr("not a text file: too many control characters");
    return std::nullopt;
}

Result<DecodedText> accept(QString text, QString encoding, const QString &fileName)
{
    if (const auto reason = binaryReason(text))
        return fileError(Kind::UnreadableFile, fileName, *reason);
    return DecodedText{std::move(text), std::move(encoding)};
}

// Decodes with a charset named by a byte-order mark: the bytes must follow it.
Result<DecodedText> decodeMarked(QByteArrayView bytes, qsizetype markLength, const char *charset,
                                 const QString &fileName)
{
    const Converter converter = openConverter(charset);
    Conversion conversion
        = converter ? convert(converter.get(), bytes.sliced(markLength)) : Conversion{};
    if (!conversion.text) {
        return fileError(Kind::UnreadableFile, fileName,
                         Tr::tr("not valid %1, although it starts with a %1 byte-order mark")
                             .arg(QLatin1StringView(charset)),
                         markLength + qMax<qsizetype>(0, conversion.badByte));
    }
    return accept(std::move(*conversion.text), QString::fromLatin1(charset), fileName);
}

// Latin-script text written as UTF-16 without a byte-order mark: one byte of most pairs is zero.
const char *utf16ByZeroBytes(QByteArrayView bytes)
{
    if (bytes.size() < 2 || bytes.size() % 2 != 0)
        return nullptr;
    const QByteArrayView head = bytes.first(qMin(bytes.size(), DetectionSample));
    qsizetype zeroEven = 0;
    qsizetype zeroOdd = 0;
    for (qsizetype i = 0; i + 1 < head.size(); i += 2) {
        zeroEven += head[i] == '\0';
        zeroOdd += head[i + 1] == '\0';
    }
    const qsizetype pairs = head.size() / 2;
    if (zeroOdd * 10 >= pairs * 3 && zeroEven * 20 <= zeroOdd)
        return "UTF-16LE";
    if (zeroEven * 10 >= pairs * 3 && zeroOdd * 20 <= zeroEven)
        return "UTF-16BE";
    return nullptr;
}

// A charset to try, and whether a Unicode form is expected: one is only believed on evidence.
struct Candidate
{
    QByteArray charset; // for ucnv_open
    bool unicode = false;
};

// ICU's guesses, best first, with their confidence out of 100, for a sample of the bytes that
// starts shortly before the first byte that is not ASCII (where the charsets differ).
QList<std::pair<QByteArray, int>> detect(QByteArrayView bytes)
{
    qsizetype firstHigh = 0;
    while (firstHigh < bytes.size() && quint8(bytes[firstHigh]) < 0x80 && bytes[firstHigh] != 0)
        ++firstHigh;
    qsizetype start = qMax<qsizetype>(0, firstHigh - 1024);
    start -= start % 2; // keeps UTF-16 code units whole
    const QByteArrayView sample = bytes.sliced(start, qMin(DetectionSample, bytes.size() - start));

    QList<std::pair<QByteArray, int>> guesses;
    UErrorCode status = U_ZERO_ERROR;
    const std::unique_ptr<UCharsetDetector, DetectorDeleter> detector(ucsdet_open(&status));
    if (U_FAILURE(status))
        return guesses;
    ucsdet_enableInputFilter(detector.get(), true); // HTML and XML markup is not evidence
    ucsdet_setText(detector.get(), sample.data(), int32_t(sample.size()), &status);
    int32_t count = 0;
    const UCharsetMatch **matches = ucsdet_detectAll(detector.get(), &count, &status);
    if (U_FAILURE(status))
        return guesses;
    for (int32_t i = 0; i < count; ++i) {
        UErrorCode s = U_ZERO_ERROR;
        const char *name = ucsdet_getName(matches[i], &s);
        const int confidence = ucsdet_getConfidence(matches[i], &s);
        if (U_SUCCESS(s) && name)
            guesses.append({QByteArray(name), confidence});
    }
    return guesses;
}

// UTF-8, UTF-16, UTF-32, UTF-7 and the compressed forms, by their IANA or ICU name.
bool isUnicodeForm(const QString &encoding)
{
    for (const QStringView prefix : {u"UTF", u"CESU", u"SCSU", u"BOCU", u"IMAP"}) {
        if (encoding.startsWith(prefix, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

// The charsets to try, in order, for bytes that are neither UTF-8 nor marked by a byte-order
// mark.
QList<Candidate> candidates(QByteArrayView bytes, bool hasNul, const QString &declaredCharset)
{
    QList<Candidate> result;
    const auto guesses = detect(bytes);
    const auto isUtf16
        = [](const QByteArray &name) { return name == "UTF-16LE" || name == "UTF-16BE"; };
    if (hasNul) {
        // NUL bytes only occur in text as half of a UTF-16 code unit.
        for (const auto &[name, confidence] : guesses) {
            if (isUtf16(name) && confidence >= Utf16Confidence)
                result.append({name, true});
        }
        if (const char *charset = utf16ByZeroBytes(bytes))
            result.append({QByteArray(charset), true});
        return result;
    }
    // A charset the document declares (a Unicode form is not believed: the bytes are not UTF-8
    // and have no byte-order mark).
    if (!declaredCharset.isEmpty())
        result.append({declaredCharset.trimmed().toLatin1(), false});
    for (const auto &[name, confidence] : guesses) {
        if (isUtf16(name) && confidence >= Utf16Confidence)
            result.append({name, true});
        else
            result.append({name, false});
    }
    result.append({"windows-1252", false}); // the last resort: it reads any byte
    return result;
}

} // namespace

namespace TextDecoder {

Result<DecodedText> decode(const QByteArray &bytes, const QString &fileName,
                           const QString &declaredCharset)
{
    if (bytes.size() > maxFileSize)
        return tooLarge(fileName, bytes.size());

    // A byte-order mark decides (UTF-32 first: its little-endian mark starts like UTF-16's).
    if (bytes.startsWith(QByteArrayView("\x00\x00\xFE\xFF", 4)))
        return decodeMarked(bytes, 4, "UTF-32BE", fileName);
    if (bytes.startsWith(QByteArrayView("\xFF\xFE\x00\x00", 4)))
        return decodeMarked(bytes, 4, "UTF-32LE", fileName);
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        const QByteArrayView text = QByteArrayView(bytes).sliced(3);
        if (const auto bad = firstInvalidUtf8Byte(text)) {
            return fileError(Kind::InvalidUtf8, fileName,
                             Tr::tr("not valid UTF-8 (byte 0x%1), although it starts with a "
                                    "UTF-8 byte-order mark")
                                 .arg(quint8(text[*bad]), 2, 16, QLatin1Char('0')),
                             *bad + 3);
        }
        return accept(QString::fromUtf8(text), u"UTF-8"_s, fileName);
    }
    if (bytes.startsWith("\xFE\xFF"))
        return decodeMarked(bytes, 2, "UTF-16BE", fileName);
    if (bytes.startsWith("\xFF\xFE"))
        return decodeMarked(bytes, 2, "UTF-16LE", fileName);

    const bool hasNul = bytes.contains('\0');
    if (!hasNul && !firstInvalidUtf8Byte(bytes))
        return accept(QString::fromUtf8(bytes), u"UTF-8"_s, fileName);

    QSet<QString> tried;
    for (const Candidate &candidate : candidates(bytes, hasNul, declaredCharset)) {
        Converter converter = openConverter(candidate.charset.constData());
        if (!converter)
            continue;
        // What ICU calls ISO-8859-1 (or a page declares as such) is read as windows-1252, its
        // superset: the bytes 0x80-0x9F are then curly quotes, dashes and "œ", not controls.
        const QString name = charsetName(converter.get());
        if (name == u"ISO-8859-1" || name == u"US-ASCII")
            converter = openConverter("windows-1252");
        const QString encoding = charsetName(converter.get());
        if ((isUnicodeForm(encoding) && !candidate.unicode) || tried.contains(encoding))
            continue;
        tried.insert(encoding);
        Conversion conversion = convert(converter.get(), bytes);
        if (!conversion.text)
            continue;
        // The best reading that decodes is judged: if it is binary, so is the file.
        return accept(std::move(*conversion.text), encoding, fileName);
    }
    if (hasNul)
        return fileError(Kind::UnreadableFile, fileName,
                         Tr::tr("not a text file: it holds NUL bytes"));
    return fileError(Kind::UnreadableFile, fileName,
                     Tr::tr("the text encoding could not be recognised"));
}

Result<QByteArray> readBytes(const QString &path)
{
    const QString shown = QDir::toNativeSeparators(path);
    const QFileInfo info(path);
    if (!info.exists())
        return fileError(Kind::MissingFile, shown, Tr::tr("no such file"));
    if (info.isDir())
        return fileError(Kind::UnreadableFile, shown, Tr::tr("a folder, not a file"));
    // Devices and pipes have no size to check, and /dev/zero never ends.
    if (!info.isFile())
        return fileError(Kind::UnreadableFile, shown, Tr::tr("not a regular file"));
    if (info.size() > maxFileSize)
        return tooLarge(shown, info.size());
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fileError(Kind::UnreadableFile, shown,
                         Tr::tr("cannot read: %1").arg(file.errorString()));
    // Read in chunks, never past the limit: the file may have grown since it was measured.
    QByteArray bytes;
    bytes.reserve(qsizetype(info.size()));
    std::array<char, 64 * 1024> chunk{};
    for (;;) {
        const qint64 count = file.read(chunk.data(), qint64(chunk.size()));
        if (count < 0) {
            return fileError(Kind::UnreadableFile, shown,
                             Tr::tr("cannot read: %1").arg(file.errorString()));
        }
        if (count == 0)
            break;
        if (bytes.size() + count > maxFileSize)
            return tooLarge(shown, bytes.size() + count);
        bytes.append(chunk.data(), qsizetype(count));
    }
    return bytes;
}

Result<DecodedText> readFile(const QString &path)
{
    Result<QByteArray> bytes = readBytes(path);
    if (!bytes)
        return bytes.error();
    return decode(bytes.value(), QDir::toNativeSeparators(path));
}

} // namespace TextDecoder

} // namespace storyline
