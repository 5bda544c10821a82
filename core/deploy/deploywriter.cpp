#include "deploy/deploywriter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSaveFile>

#include <grp.h>
#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace certdesk::core {

namespace {

Result<uid_t> userId(const QString &owner)
{
    bool numeric = false;
    const uint uid = owner.toUInt(&numeric);
    if (numeric)
        return uid_t(uid);
    const QByteArray name = owner.toLocal8Bit();
    if (const passwd *pw = getpwnam(name.constData()))
        return pw->pw_uid;
    return fail(ErrorCode::InvalidInput, QStringLiteral("there is no user %1 on this machine").arg(owner));
}

Result<gid_t> groupId(const QString &group)
{
    bool numeric = false;
    const uint gid = group.toUInt(&numeric);
    if (numeric)
        return gid_t(gid);
    const QByteArray name = group.toLocal8Bit();
    if (const struct group *gr = getgrnam(name.constData()))
        return gr->gr_gid;
    return fail(ErrorCode::InvalidInput, QStringLiteral("there is no group %1 on this machine").arg(group));
}

// Mode, owner and group are set on the temporary file before a byte is written: a key file is
// never readable by anyone else, not even for a moment.
Result<void> saveFile(const QString &path, const QByteArray &data, int mode, std::optional<uid_t> uid,
                      std::optional<gid_t> gid)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(ErrorCode::Io, QStringLiteral("%1: cannot create (%2)").arg(path, file.errorString()));
    const int fd = file.handle();
    if (::fchmod(fd, mode_t(mode)) != 0)
        return fail(ErrorCode::Io, QStringLiteral("%1: cannot set mode %2 (%3)")
                                       .arg(path, QString::number(mode, 8), QString::fromLocal8Bit(std::strerror(errno))));
    if ((uid || gid) && ::fchown(fd, uid ? *uid : uid_t(-1), gid ? *gid : gid_t(-1)) != 0)
        return fail(ErrorCode::Io, QStringLiteral("%1: cannot give it to %2:%3 (%4)")
                                       .arg(path, uid ? QString::number(*uid) : QStringLiteral("-"),
                                            gid ? QString::number(*gid) : QStringLiteral("-"),
                                            QString::fromLocal8Bit(std::strerror(errno))));
    if (file.write(data) != data.size())
        return fail(ErrorCode::Io, QStringLiteral("%1: cannot write (%2)").arg(path, file.errorString()));
    if (!file.commit())
        return fail(ErrorCode::Io, QStringLiteral("%1: cannot save (%2)").arg(path, file.errorString()));
    return {};
}

// Copies path to its backup name, keeping mode and owner (a hard link would be renamed over).
Result<void> backUp(const QString &path)
{
    QFile original(path);
    if (!original.open(QIODevice::ReadOnly))
        return fail(ErrorCode::Io, QStringLiteral("%1: cannot read it to keep a copy (%2)").arg(path, original.errorString()));
    const QByteArray data = original.readAll();
    struct stat st{};
    if (::fstat(original.handle(), &st) != 0)
        return fail(ErrorCode::Io, QStringLiteral("%1: cannot read its mode").arg(path));
    return saveFile(DeployWriter::backupName(path), data, int(st.st_mode & 07777), st.st_uid, st.st_gid);
}

} // namespace

DeployWriter::DeployWriter(QString folder)
    : m_folder(std::move(folder))
{
}

DeployWriter::~DeployWriter() = default;

Result<QStringList> DeployWriter::write(const QList<DeployFile> &files, const KeyFilePermissions &permissions)
{
    Q_ASSERT(m_written.isEmpty());
    std::optional<uid_t> uid;
    std::optional<gid_t> gid;
    if (!permissions.owner.isEmpty()) {
        auto u = userId(permissions.owner);
        if (!u)
            return std::unexpected(u.error());
        uid = *u;
    }
    if (!permissions.group.isEmpty()) {
        auto g = groupId(permissions.group);
        if (!g)
            return std::unexpected(g.error());
        gid = *g;
    }
    if (permissions.mode < 0 || permissions.mode > 0777)
        return fail(ErrorCode::InvalidInput, QStringLiteral("%1 is not a file mode").arg(QString::number(permissions.mode, 8)));
    if (!QDir().mkpath(m_folder))
        return fail(ErrorCode::Io, QStringLiteral("%1: cannot create the folder").arg(m_folder));
    QStringList out;
    for (const DeployFile &f : files) {
        const QString path = QDir(m_folder).filePath(f.name);
        const bool existed = QFileInfo::exists(path);
        if (existed) {
            if (auto r = backUp(path); !r) {
                (void)rollBack();
                return std::unexpected(r.error());
            }
        }
        auto r = f.secret ? saveFile(path, f.data, permissions.mode, uid, gid) : saveFile(path, f.data, 0644, {}, {});
        if (!r) {
            if (existed)
                QFile::remove(backupName(path));
            (void)rollBack();
            return std::unexpected(r.error());
        }
        m_written.append({path, existed});
        out << path;
    }
    return out;
}

Result<void> DeployWriter::rollBack()
{
    QStringList failed;
    for (auto it = m_written.crbegin(); it != m_written.crend(); ++it) {
        const QByteArray target = QFile::encodeName(it->path);
        if (it->hadPrevious) {
            // rename(2) puts the previous file back in one step: the server never sees no file.
            const QByteArray backup = QFile::encodeName(backupName(it->path));
            if (::rename(backup.constData(), target.constData()) != 0)
                failed << it->path;
        } else if (!QFile::remove(it->path)) {
            failed << it->path;
        }
    }
    m_written.clear();
    m_done = true;
    if (!failed.isEmpty())
        return fail(ErrorCode::Io, QStringLiteral("cannot put back the previous %1").arg(failed.join(QStringLiteral(", "))));
    return {};
}

void DeployWriter::commit()
{
    m_written.clear();
    m_done = true;
}

QString CommandResult::describe() const
{
    if (!started)
        return QStringLiteral("could not start: %1").arg(output);
    const QString tail = output.trimmed().isEmpty() ? QString() : QStringLiteral(": ") + output.trimmed();
    if (timedOut)
        return QStringLiteral("timed out and was stopped") + tail;
    return QStringLiteral("exit status %1").arg(exitCode) + tail;
}

CommandResult runCommand(const QStringList &argv, int timeoutMs)
{
    CommandResult out;
    if (argv.isEmpty()) {
        out.output = QStringLiteral("no command");
        return out;
    }
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.setProgram(argv.first());
    process.setArguments(argv.mid(1));
    process.setStandardInputFile(QProcess::nullDevice());
    process.start();
    if (!process.waitForStarted(qMin(timeoutMs, 10000))) {
        out.output = QStringLiteral("%1: %2").arg(argv.first(), process.errorString());
        return out;
    }
    out.started = true;
    constexpr qsizetype kMaxOutput = 64 * 1024;
    if (!process.waitForFinished(timeoutMs)) {
        out.timedOut = true;
        process.kill();
        process.waitForFinished(5000);
    }
    QByteArray text = process.readAll();
    if (text.size() > kMaxOutput)
        text = text.right(kMaxOutput);
    out.output = QString::fromLocal8Bit(text);
    if (!out.timedOut)
        out.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    if (!out.timedOut && process.exitStatus() != QProcess::NormalExit)
        out.output += QStringLiteral("\n(killed by a signal)");
    return out;
}

Result<QStringList> splitCommandLine(const QString &line)
{
    QStringList out;
    QString word;
    bool inWord = false;
    QChar quote;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (!quote.isNull()) {
            if (c == quote) {
                quote = QChar();
            } else if (c == QLatin1Char('\\') && quote == QLatin1Char('"') && i + 1 < line.size()
                       && QStringLiteral("\"\\$`").contains(line.at(i + 1))) {
                word += line.at(++i);
            } else {
                word += c;
            }
            continue;
        }
        if (c.isSpace()) {
            if (inWord)
                out << word;
            word.clear();
            inWord = false;
        } else if (c == QLatin1Char('"') || c == QLatin1Char('\'')) {
            quote = c;
            inWord = true;
        } else if (c == QLatin1Char('\\')) {
            if (i + 1 >= line.size())
                return fail(ErrorCode::InvalidInput, QStringLiteral("the command ends with a lone backslash"));
            word += line.at(++i);
            inWord = true;
        } else {
            word += c;
            inWord = true;
        }
    }
    if (!quote.isNull())
        return fail(ErrorCode::InvalidInput, QStringLiteral("the command has an unclosed %1 quote").arg(quote));
    if (inWord)
        out << word;
    if (out.isEmpty())
        return fail(ErrorCode::InvalidInput, QStringLiteral("the command is empty"));
    return out;
}

} // namespace certdesk::core
