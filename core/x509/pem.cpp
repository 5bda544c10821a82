#include "x509/pem.h"

namespace certdesk::core {

namespace {

constexpr QByteArrayView kBegin = "-----BEGIN ";
constexpr QByteArrayView kEnd = "-----END ";
constexpr QByteArrayView kDashes = "-----";

bool isBase64Char(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' || c == '/';
}

QByteArrayView trimmed(QByteArrayView line)
{
    while (!line.isEmpty() && (line.back() == '\r' || line.back() == ' ' || line.back() == '\t'))
        line.chop(1);
    while (!line.isEmpty() && (line.front() == ' ' || line.front() == '\t'))
        line = line.sliced(1);
    return line;
}

} // namespace

bool looksLikePem(const QByteArray &data) { return data.contains(kBegin); }

QList<PemBlock> scanPem(const QByteArray &data)
{
    QList<PemBlock> blocks;
    qsizetype pos = 0;
    int lineNo = 0;
    PemBlock *current = nullptr;
    qsizetype blockStart = 0;
    QByteArray b64;
    bool padded = false;
    bool inHeaders = false;

    while (pos < data.size()) {
        qsizetype nl = data.indexOf('\n', pos);
        if (nl < 0)
            nl = data.size();
        const QByteArrayView line = trimmed(QByteArrayView(data).sliced(pos, nl - pos));
        const qsizetype lineStart = pos;
        pos = nl + 1;
        ++lineNo;

        if (!current) {
            if (line.startsWith(kBegin) && line.endsWith(kDashes) && line.size() > kBegin.size() + kDashes.size()) {
                blocks.append(PemBlock{});
                current = &blocks.last();
                current->label = line.sliced(kBegin.size(), line.size() - kBegin.size() - kDashes.size()).toByteArray();
                current->firstLine = lineNo;
                blockStart = lineStart;
                b64.clear();
                padded = false;
                inHeaders = true;
            }
            continue;
        }
        if (line.startsWith(kEnd)) {
            const QByteArrayView endLabel = line.sliced(kEnd.size()).chopped(line.endsWith(kDashes) ? kDashes.size() : 0);
            if (!current->error && endLabel != current->label) {
                current->error = Error{ErrorCode::InvalidInput,
                                       QStringLiteral("END line at line %1 does not match BEGIN %2")
                                           .arg(lineNo)
                                           .arg(QString::fromLatin1(current->label))};
            }
            current->text = data.mid(blockStart, qMin(pos, data.size()) - blockStart);
            if (!current->error) {
                if (b64.isEmpty()) {
                    current->error = Error{ErrorCode::InvalidInput, QStringLiteral("empty PEM block")};
                } else {
                    auto decoded = QByteArray::fromBase64Encoding(b64, QByteArray::AbortOnBase64DecodingErrors);
                    if (!decoded)
                        current->error = Error{ErrorCode::InvalidInput,
                                               QStringLiteral("bad base64 length in the block starting at line %1")
                                                   .arg(current->firstLine)};
                    else
                        current->der = std::move(decoded.decoded);
                }
            }
            current = nullptr;
            continue;
        }
        if (current->error)
            continue;
        if (inHeaders && line.contains(':')) {
            if (line.startsWith("Proc-Type:") && line.contains("ENCRYPTED"))
                current->encryptedHeaders = true;
            continue;
        }
        if (line.isEmpty())
            continue;
        inHeaders = false;
        for (qsizetype i = 0; i < line.size(); ++i) {
            const char c = line[i];
            if (c == '=') {
                padded = true;
                continue;
            }
            if (!isBase64Char(c) || padded) {
                current->error = Error{ErrorCode::InvalidInput,
                                       QStringLiteral("bad base64 at line %1, column %2").arg(lineNo).arg(i + 1)};
                break;
            }
        }
        if (!current->error)
            b64.append(line);
    }
    if (current) {
        current->text = data.mid(blockStart);
        if (!current->error)
            current->error = Error{ErrorCode::InvalidInput,
                                   QStringLiteral("the block starting at line %1 has no END line (truncated?)")
                                       .arg(current->firstLine)};
    }
    return blocks;
}

} // namespace certdesk::core
