#pragma once

#include <QMetaType>
#include <QString>

#include <expected>

namespace certdesk::core {

// What went wrong, in a form a caller can branch on.
enum class ErrorCode {
    InvalidInput,      // malformed data: bad base64, bad DER, truncated
    UnsupportedFormat, // recognisable but not something we handle
    WrongPassword,
    PasswordRequired,
    NotFound,
    Ambiguous,
    Duplicate,
    LimitExceeded,
    Io,
    Database,
    Crypto,
    Locked,
    NotPermitted, // the user's role in a team inventory does not allow it
    Conflict,     // someone else changed it since it was read (optimistic versioning)
    Cancelled,
    Internal,
};

// An expected failure: a code plus a message a person can act on
// ("site.p12: wrong password", "bundle.pem entry 3: bad base64 at line 41").
struct Error
{
    ErrorCode code = ErrorCode::Internal;
    QString message;

    // Returns the same error with "context: " put in front of the message.
    [[nodiscard]] Error prefixed(const QString &context) const
    {
        return Error{code, context + QStringLiteral(": ") + message};
    }
};

template<typename T>
using Result = std::expected<T, Error>;

[[nodiscard]] inline std::unexpected<Error> fail(ErrorCode code, QString message)
{
    return std::unexpected(Error{code, std::move(message)});
}

QString errorCodeName(ErrorCode code);

} // namespace certdesk::core
