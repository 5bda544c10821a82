#pragma once

#include "crypto/error.h"

#include <QByteArray>
#include <QString>

namespace certdesk::core {

// Where a password comes from, as the CLI takes it (like openssl's -passin):
//   pass:TEXT   the text itself
//   env:VAR     the environment variable VAR
//   file:PATH   the first line of the file
//   fd:N        the first line read from file descriptor N
// Reading never echoes or logs the password.
class PasswordSource
{
public:
    static Result<PasswordSource> parse(const QString &spec);

    // Reads the password (once; later calls return the same bytes).
    Result<QByteArray> read() const;
    QString description() const; // "pass:…", "env:VAR", "file:PATH", "fd:N" — never the secret

private:
    enum class Kind { Pass, Env, File, Fd };
    Kind m_kind = Kind::Pass;
    QString m_value;
    mutable std::optional<QByteArray> m_cache;
};

} // namespace certdesk::core
