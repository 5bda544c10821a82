#pragma once

#include "deploy/deploylayout.h"

#include <QList>
#include <QString>

namespace certdesk::core {

// Who owns the files that hold the key, and their mode. Other files are the running user's, 0644.
struct KeyFilePermissions
{
    QString owner;         // user name or uid ("" = leave as created: the running user)
    QString group;         // group name or gid ("" = leave)
    int mode = 0600;
};

// Writes a layout's files into a folder, each atomically (a temporary file in the same folder,
// created 0600 with O_EXCL, given its mode and owner before the first byte, flushed, renamed
// over the old one), keeping the files it replaces as NAME.certdesk-previous (hard links).
// Symbolic links are refused. The folder is locked (.certdesk-deploy.lock) from write() until
// rollBack() puts the previous files back (and removes files that did not exist before) or
// commit() keeps the new ones. A writer destroyed without either keeps the new files.
class DeployWriter
{
public:
    explicit DeployWriter(QString folder);
    ~DeployWriter();
    DeployWriter(const DeployWriter &) = delete;
    DeployWriter &operator=(const DeployWriter &) = delete;

    // Writes all files or none: a failure part-way puts back what was already replaced.
    // Io naming the file and the reason (folder missing and cannot be created, no permission,
    // unknown owner ...).
    Result<QStringList> write(const QList<DeployFile> &files, const KeyFilePermissions &permissions);
    Result<void> rollBack();
    void commit();

    static QString backupName(const QString &name) { return name + QStringLiteral(".certdesk-previous"); }

private:
    void unlock();

    struct Written
    {
        QString path;
        bool hadPrevious = false;
    };
    QString m_folder;
    QList<Written> m_written;
    int m_lockFd = -1;
};

// A command run without a shell, with a time limit: what it said and how it ended.
struct CommandResult
{
    bool started = false;
    bool timedOut = false;
    int exitCode = -1;
    QString output;  // standard output and error, merged, at most 64 KiB (the end kept)

    bool ok() const { return started && !timedOut && exitCode == 0; }
    QString describe() const; // "exit status 1: nginx: [emerg] ..." / "timed out after 30 s" / "could not start: ..."
};

// argv[0] is looked up in PATH. Never blocks past timeoutMs (the process is killed then).
CommandResult runCommand(const QStringList &argv, int timeoutMs);
// Splits a command line as a shell would split words (quotes, backslashes), without running a
// shell: no expansion, pipes or redirection. InvalidInput for unbalanced quotes or an empty line.
Result<QStringList> splitCommandLine(const QString &line);

} // namespace certdesk::core
