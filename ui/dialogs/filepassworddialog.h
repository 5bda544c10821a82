#pragma once

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace certdesk::ui {

// Asks for the password of one PKCS#12 file or encrypted private key during an import.
// Accepted: password() is the answer and useForRemaining() whether to try it on the
// files still to come. Rejected ("Skip File"): that file or key is not imported.
class FilePasswordDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Kind { Pkcs12, PrivateKey };

    // problem: shown in bold above the prompt ("Wrong password."), empty for a first ask.
    FilePasswordDialog(Kind kind, const QString &source, const QString &problem, QWidget *parent = nullptr);

    QByteArray password() const;
    QString source() const { return m_source; }
    bool useForRemaining() const;
    void setUseForRemainingAvailable(bool available);

    QLineEdit *passwordEdit() const { return m_password; }
    QCheckBox *useForRemainingBox() const { return m_forRemaining; }
    QPushButton *skipButton() const { return m_skip; }
    QPushButton *okButton() const { return m_ok; }

private:
    QString m_source;
    QLineEdit *m_password = nullptr;
    QCheckBox *m_forRemaining = nullptr;
    QPushButton *m_ok = nullptr;
    QPushButton *m_skip = nullptr;
};

} // namespace certdesk::ui
