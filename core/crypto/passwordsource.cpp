#include "crypto/passwordsource.h"

#include <QFile>

#include <unistd.h>

namespace certdesk::core {

namespace {

QByteArray firstLine(const QByteArray &data)
{
    qsizetype end = data.indexOf('\n');
    QByteArray line = end < 0 ? data : data.left(end);
    if (line.endsWith('\r'))
        line.chop(1);
    return line;
}

} // namespace

Result<PasswordSource> PasswordSource::parse(const QString &spec)
{
    PasswordSource s;
    const qsizetype colon = spec.indexOf(QLatin1Char(':'));
    const QString scheme = colon < 0 ? QString() : spec.left(colon);
    s.m_value = colon < 0 ? QString() : spec.mid(colon + 1);
    if (scheme == QLatin1String("pass"))
        s.m_kind = Kind::Pass;
    else if (scheme == QLatin1String("env"))
        s.m_kind = Kind::Env;
    else if (scheme == QLatin1String("file"))
        s.m_kind = Kind::File;
    else if (scheme == QLatin1String("fd"))
        s.m_kind = Kind::Fd;
    else
        return fail(ErrorCode::InvalidInput,
                    QStringLiteral("password source \"%1\" must start with pass:, env:, file: or fd:")
                        .arg(scheme.isEmpty() ? spec.left(4) + QStringLiteral("…") : scheme + QLatin1Char(':')));
    if (s.m_kind != Kind::Pass && s.m_value.isEmpty())
        return fail(ErrorCode::InvalidInput, QStringLiteral("password source %1: needs a value").arg(scheme + QLatin1Char(':')));
    if (s.m_kind == Kind::Fd) {
        bool ok = false;
        const int fd = s.m_value.toInt(&ok);
        if (!ok || fd < 0)
            return fail(ErrorCode::InvalidInput, QStringLiteral("password source fd:%1: not a file descriptor").arg(s.m_value));
    }
    return s;
}

QString PasswordSource::description() const
{
    switch (m_kind) {
    case Kind::Pass: return QStringLiteral("pass:…");
    case Kind::Env: return QStringLiteral("env:") + m_value;
    case Kind::File: return QStringLiteral("file:") + m_value;
    case Kind::Fd: return QStringLiteral("fd:") + m_value;
    }
    return {};
}

Result<QByteArray> PasswordSource::read() const
{
    if (m_cache)
        return *m_cache;
    QByteArray out;
    switch (m_kind) {
    case Kind::Pass:
        out = m_value.toUtf8();
        break;
    case Kind::Env:
        if (!qEnvironmentVariableIsSet(m_value.toLocal8Bit().constData()))
            return fail(ErrorCode::NotFound, QStringLiteral("password source env:%1: the variable is not set").arg(m_value));
        out = qgetenv(m_value.toLocal8Bit().constData());
        break;
    case Kind::File: {
        QFile f(m_value);
        if (!f.open(QIODevice::ReadOnly))
            return fail(ErrorCode::Io, QStringLiteral("password source file:%1: %2").arg(m_value, f.errorString()));
        out = firstLine(f.read(64 * 1024));
        break;
    }
    case Kind::Fd: {
        const int fd = m_value.toInt();
        QByteArray buf;
        char c = 0;
        while (buf.size() < 64 * 1024) {
            const ssize_t n = ::read(fd, &c, 1);
            if (n <= 0 || c == '\n')
                break;
            buf.append(c);
        }
        if (buf.endsWith('\r'))
            buf.chop(1);
        out = buf;
        break;
    }
    }
    m_cache = out;
    return out;
}

} // namespace certdesk::core
