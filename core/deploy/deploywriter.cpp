#include "deploy/deploywriter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>

#include <grp.h>
#include <pwd.h>
#include <fcntl.h>
#include <sys/file.h>
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

QString errnoText()
{
    return QString::fromLocal8Bit(std::strerror(errno));
}

// A file name in the folder that is not a symbolic link (a link in a folder a service user may
// write to could point certdesk, often root, at any file). Missing is fine.
Result<void> refuseSymlink(const QString &path)
{
    struct stat st{};
    if (::lstat(QFile::encodeName(path).constData(), &st) != 0)
        return errno == ENOENT ? Result<void>() : fail(ErrorCode::Io, QStringLiteral("%1: %2").arg(path, errnoText()));
    if (S_ISLNK(st.st_mode))
        return fail(ErrorCode::Io, QStringLiteral("%1 is a symbolic link: certdesk writes deployment files only as plain "
                                                  "files (point the server at the folder instead)")
                                       .arg(path));
    if (!S_ISREG(st.st_mode))
        return fail(ErrorCode::Io, QStringLiteral("%1 exists and is not a plain file").arg(path));
    return {};
}

// Writes path whole or not at all: a new temporary file in the same folder, created with mode
// 0600 and O_EXCL|O_NOFOLLOW (nobody else can have it open), given its mode, owner and group
// before the first byte, written, flushed to disk, renamed over path, the folder flushed. Needs
// write access to the folder only, not to the file it replaces (a 0400 key is replaced too).
Result<void> saveFile(const QString &path, const QByteArray &data, int mode, std::optional<uid_t> uid,
                      std::optional<gid_t> gid)
{
    const QFileInfo info(path);
    QByteArray tmpl = QFile::encodeName(info.absolutePath() + QStringLiteral("/.") + info.fileName() + QStringLiteral(".XXXXXX"));
    const int fd = ::mkostemp(tmpl.data(), O_CLOEXEC); // 0600, O_EXCL, never follows a link
    if (fd < 0)
        return fail(ErrorCode::Io, QStringLiteral("%1: cannot create a temporary file in %2 (%3)")
                                       .arg(info.fileName(), info.absolutePath(), errnoText()));
    const QString tmp = QFile::decodeName(tmpl);
    auto failed = [&](const QString &what) {
        const QString why = errnoText();
        ::close(fd);
        ::unlink(tmpl.constData());
        return fail(ErrorCode::Io, QStringLiteral("%1: %2 (%3)").arg(path, what, why));
    };
    if ((uid || gid) && ::fchown(fd, uid ? *uid : uid_t(-1), gid ? *gid : gid_t(-1)) != 0)
        return failed(QStringLiteral("cannot give it to %1:%2").arg(uid ? QString::number(*uid) : QStringLiteral("-"),
                                                                    gid ? QString::number(*gid) : QStringLiteral("-")));
    if (::fchmod(fd, mode_t(mode)) != 0)
        return failed(QStringLiteral("cannot set mode %1").arg(QString::number(mode, 8)));
    qsizetype written = 0;
    while (written < data.size()) {
        const ssize_t n = ::write(fd, data.constData() + written, size_t(data.size() - written));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return failed(QStringLiteral("cannot write"));
        written += n;
    }
    if (::fsync(fd) != 0)
        return failed(QStringLiteral("cannot flush to disk"));
    if (::close(fd) != 0) {
        const QString why = errnoText();
        ::unlink(tmpl.constData());
        return fail(ErrorCode::Io, QStringLiteral("%1: cannot write (%2)").arg(path, why));
    }
    if (::rename(tmpl.constData(), QFile::encodeName(path).constData()) != 0) {
        const QString why = errnoText();
        ::unlink(tmpl.constData());
        return fail(ErrorCode::Io, QStringLiteral("%1: cannot put it in place (%2)").arg(path, why));
    }
    Q_UNUSED(tmp);
    const int dirFd = ::open(QFile::encodeName(info.absolutePath()).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dirFd >= 0) {
        ::fsync(dirFd);
        ::close(dirFd);
    }
    return {};
}

// Keeps the file about to be replaced as its backup: a hard link to it, so the previous file
// (mode, owner and all) survives the rename of the new one, without a copy of a key passing
// through memory or a new file being created.
Result<void> backUp(const QString &path)
{
    const QString backup = DeployWriter::backupName(path);
    if (auto r = refuseSymlink(backup); !r)
        return r;
    const QByteArray b = QFile::encodeName(backup);
    if (::unlink(b.constData()) != 0 && errno != ENOENT)
        return fail(ErrorCode::Io, QStringLiteral("%1: cannot replace the old backup (%2)").arg(backup, errnoText()));
    if (::link(QFile::encodeName(path).constData(), b.constData()) != 0)
        return fail(ErrorCode::Io, QStringLiteral("%1: cannot keep the previous file as %2 (%3)")
                                       .arg(path, QFileInfo(backup).fileName(), errnoText()));
    return {};
}

} // namespace

DeployWriter::DeployWriter(QString folder)
    : m_folder(std::move(folder))
{
}

DeployWriter::~DeployWriter()
{
    unlock();
}

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
        return fail(ErrorCode::Io, QStringLiteral("%1: cannot create the folder (%2)")
                                       .arg(m_folder, QFileInfo(m_folder).exists() ? QStringLiteral("a file has that name")
                                                                                   : QStringLiteral("no permission, or a parent is not a folder")));
    // One writer at a time in a folder, from the first backup until commit or roll-back: two runs
    // at once (the console and the timer) would otherwise back up each other's files.
    const QByteArray lockPath = QFile::encodeName(QDir(m_folder).filePath(QStringLiteral(".certdesk-deploy.lock")));
    m_lockFd = ::open(lockPath.constData(), O_RDWR | O_CREAT | O_NOFOLLOW | O_CLOEXEC, 0600);
    if (m_lockFd < 0)
        return fail(ErrorCode::Io, QStringLiteral("%1: cannot lock the folder for writing (%2)").arg(m_folder, errnoText()));
    if (::flock(m_lockFd, LOCK_EX) != 0)
        return fail(ErrorCode::Io, QStringLiteral("%1: cannot lock the folder for writing (%2)").arg(m_folder, errnoText()));
    QStringList out;
    for (const DeployFile &f : files) {
        const QString path = QDir(m_folder).filePath(f.name);
        auto plain = refuseSymlink(path);
        const bool existed = plain && QFileInfo::exists(path);
        auto r = !plain ? plain : existed ? backUp(path) : Result<void>();
        if (r)
            r = f.secret ? saveFile(path, f.data, permissions.mode, uid, gid) : saveFile(path, f.data, 0644, {}, {});
        if (!r) {
            if (existed)
                QFile::remove(backupName(path)); // the file itself is untouched
            Error e = r.error();
            if (auto back = rollBack(); !back)
                e.message += QStringLiteral("; ") + back.error().message;
            return std::unexpected(e);
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
            // The backup is a hard link to the previous file: renaming it back restores it as it was.
            const QByteArray backup = QFile::encodeName(backupName(it->path));
            if (::rename(backup.constData(), target.constData()) != 0)
                failed << QStringLiteral("%1 (%2)").arg(it->path, errnoText());
        } else if (::unlink(target.constData()) != 0 && errno != ENOENT) {
            failed << QStringLiteral("%1 (%2)").arg(it->path, errnoText());
        }
    }
    m_written.clear();
    unlock();
    if (!failed.isEmpty())
        return fail(ErrorCode::Io, QStringLiteral("cannot put back the previous %1").arg(failed.join(QStringLiteral(", "))));
    return {};
}

void DeployWriter::commit()
{
    m_written.clear();
    unlock();
}

void DeployWriter::unlock()
{
    if (m_lockFd >= 0) {
        ::close(m_lockFd); // releases the flock
        m_lockFd = -1;
    }
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
