#pragma once

#include "inventory/keystore.h"
#include "x509/importparser.h"

#include <QObject>
#include <QPointer>

#include <atomic>
#include <functional>
#include <mutex>
#include <optional>

class QWidget;

namespace certdesk::ui {

// Asks the user for passwords on behalf of background jobs.
//
// Lives on the GUI thread. The ask functions may be called from any thread:
// from a worker they block it until the user has answered (the dialog runs on
// the GUI thread through a blocking queued call), one prompt at a time.
// After abandon() every ask returns nullopt without showing anything.
class PasswordPrompter : public QObject
{
    Q_OBJECT

public:
    explicit PasswordPrompter(QWidget *dialogParent, QObject *parent = nullptr);

    // A PKCS#12 file or an encrypted private key.
    std::optional<QByteArray> askFilePassword(const core::PasswordRequest &request);
    // To set the inventory's master password (asked twice) or to unlock the key store.
    // problem: shown above the prompt on a repeated ask ("Wrong master password.").
    std::optional<QByteArray> askMasterPassword(core::MasterPasswordPurpose purpose, const QString &problem = {});

    // Stops prompting (the job is being cancelled or torn down). GUI thread.
    void abandon();
    bool isAbandoned() const { return m_abandoned.load(); }

private:
    using Ask = std::function<std::optional<QByteArray>()>;
    std::optional<QByteArray> onGuiThread(const Ask &ask);
    std::optional<QByteArray> promptFilePassword(const core::PasswordRequest &request);
    std::optional<QByteArray> promptMasterPassword(core::MasterPasswordPurpose purpose, const QString &problem);

    QPointer<QWidget> m_dialogParent;
    std::mutex m_oneAtATime;
    std::atomic_bool m_abandoned{false};
};

} // namespace certdesk::ui
