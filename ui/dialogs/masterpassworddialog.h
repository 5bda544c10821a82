#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace certdesk::core {
class KeyStore;
}

namespace certdesk::ui {

// The inventory's master password: set it (the first private key arrives) or unlock the key store.
//
// Set: the password typed twice, at least kMinimumLength characters, a strength hint, and the
// warning that it cannot be recovered. Unlock: one field; a wrong password shows an error in
// the dialog, clears the field and waits for another try.
// With a key store (GUI thread only), accepting initialises or unlocks it and the dialog only
// closes when that worked; without one it only checks the input and password() is the answer.
class MasterPasswordDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Mode { Set, Unlock };
    Q_ENUM(Mode)
    enum class Strength { TooShort, Weak, Fair, Good, Strong };
    Q_ENUM(Strength)

    static constexpr int kMinimumLength = 8;

    MasterPasswordDialog(Mode mode, core::KeyStore *keyStore, QWidget *parent = nullptr);

    Mode mode() const { return m_mode; }
    QByteArray password() const;
    int failedAttempts() const { return m_failedAttempts; }
    // The message shown under the fields ("" when none).
    QString problem() const;
    // Shows a message under the fields (a reason for asking again).
    void setProblem(const QString &text) { showProblem(text); }

    static Strength strength(const QString &password);
    static QString strengthName(Strength strength);

    // Unlocks (or, without a master password yet, initialises) the key store through this dialog
    // when it is locked. GUI thread. Returns whether the store is unlocked afterwards.
    static bool ensureUnlocked(core::KeyStore &keyStore, QWidget *parent);

    QLineEdit *passwordEdit() const { return m_password; }
    QLineEdit *repeatEdit() const { return m_repeat; }
    QPushButton *acceptButton() const { return m_accept; }
    QLabel *strengthLabel() const { return m_strengthLabel; }

public Q_SLOTS:
    void accept() override;

private:
    void updateState();
    void showProblem(const QString &text);
    QString inputProblem() const;

    Mode m_mode;
    core::KeyStore *m_keyStore;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_repeat = nullptr;
    QProgressBar *m_strengthBar = nullptr;
    QLabel *m_strengthLabel = nullptr;
    QLabel *m_problem = nullptr;
    QPushButton *m_accept = nullptr;
    int m_failedAttempts = 0;
    bool m_triedToAccept = false;
};

} // namespace certdesk::ui
