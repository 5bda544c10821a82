#pragma once

#include "acme/acmeaccounts.h"

#include <QDialog>
#include <QFutureWatcher>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTimer;

namespace certdesk::ui {

// Add ACME Account…: the CA (a preset or a directory URL, with an extra trust anchor for a
// server such as pebble or step-ca), the contact e-mails, the account key, and the CA's terms of
// service — read from its directory on a worker and shown as a link the administrator must agree
// to. External account binding (key id and HMAC key) shows when the preset or the directory asks
// for it. Create does not close the dialog: it emits submitted(); the caller runs the job and
// ends with created() (the dialog closes) or failed() (the message shows).
class AcmeAccountDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AcmeAccountDialog(QWidget *parent = nullptr);
    ~AcmeAccountDialog() override;

    core::AcmeAccountRequest request() const;
    // What is missing or wrong ("" when Create may be pressed).
    QString problem() const;
    bool isDirectoryLoaded() const { return m_directoryOk; }
    bool isBusy() const { return m_busy; }

    void created(const core::AcmeAccountInfo &account);
    void failed(const QString &message);

    // For tests (and a caller that knows the answers).
    void setCa(const QString &presetIdOrUrl);
    void setExtraTrustPem(const QByteArray &pem, const QString &fileName = {});
    QComboBox *caCombo() const { return m_ca; }
    QLineEdit *urlEdit() const { return m_url; }
    QLineEdit *emailsEdit() const { return m_emails; }
    QLineEdit *nameEdit() const { return m_name; }
    QComboBox *keyCombo() const { return m_key; }
    QLabel *termsLabel() const { return m_terms; }
    QCheckBox *agreeBox() const { return m_agree; }
    QGroupBox *eabBox() const { return m_eab; }
    QLineEdit *eabKeyIdEdit() const { return m_eabKid; }
    QLineEdit *eabHmacEdit() const { return m_eabHmac; }
    QLabel *statusLabel() const { return m_status; }
    QLabel *errorLabel() const { return m_error; }
    QPushButton *createButton() const { return m_create; }

Q_SIGNALS:
    void submitted(const certdesk::core::AcmeAccountRequest &request);
    // The directory was read (or could not be): tests wait for it.
    void directoryChecked(bool ok);

public Q_SLOTS:
    void reject() override;

private:
    void caChanged();
    void fetchDirectory();
    void directoryFetched();
    void chooseTrustFile();
    void update();
    void setBusy(bool busy);
    bool isCustom() const;
    bool eabRequired() const;

    QComboBox *m_ca = nullptr;
    QLabel *m_urlLabel = nullptr;
    QLineEdit *m_url = nullptr;
    QLabel *m_trustLabel = nullptr;
    QWidget *m_trustRow = nullptr;
    QLineEdit *m_trustPath = nullptr;
    QLineEdit *m_emails = nullptr;
    QLineEdit *m_name = nullptr;
    QComboBox *m_key = nullptr;
    QLabel *m_terms = nullptr;
    QCheckBox *m_agree = nullptr;
    QGroupBox *m_eab = nullptr;
    QLineEdit *m_eabKid = nullptr;
    QLineEdit *m_eabHmac = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_error = nullptr;
    QProgressBar *m_progress = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_create = nullptr;
    QTimer *m_fetchTimer = nullptr;

    QByteArray m_trustPem;
    QFutureWatcher<core::Result<core::AcmeDirectory>> m_fetch;
    QString m_fetchedUrl;       // what the running or last fetch asked
    bool m_fetchAgain = false;  // the URL changed while a fetch ran
    bool m_directoryOk = false;
    core::AcmeDirectory m_directory;
    bool m_busy = false;
};

} // namespace certdesk::ui
