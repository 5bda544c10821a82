#pragma once

#include "deploy/deployments.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace certdesk::core {
class Inventory;
}

namespace certdesk::ui {

struct DeployOutcome;

// Deploy a certificate: the target folder, the layout with a live preview of the files it writes
// (which holds the key, with what owner and mode), the key file's owner, group and mode, the
// password (and alias) for the layouts that take one, a reload command, the endpoint that serves
// it, and "Deploy now". Deploy does not close the dialog: it emits submitted(); the caller adds
// (and runs) the deployment on a worker and ends with showOutcome().
class DeployDialog : public QDialog
{
    Q_OBJECT

public:
    // inventory: read on the GUI thread for the certificate's name and whether a key is held.
    DeployDialog(core::Inventory &inventory, qint64 certificateId, QWidget *parent = nullptr);

    qint64 certificateId() const { return m_certificateId; }
    bool hasPrivateKey() const { return m_hasKey; }
    // The spec as the form stands; an error message in *problem when it cannot be deployed.
    core::DeploymentSpec spec(QString *problem = nullptr) const;
    bool deployNow() const;

    QLineEdit *targetField() const { return m_target; }
    QComboBox *layoutCombo() const { return m_layout; }
    QTreeWidget *previewTree() const { return m_preview; }
    QLineEdit *ownerField() const { return m_owner; }
    QLineEdit *groupField() const { return m_group; }
    QLineEdit *modeField() const { return m_mode; }
    QLineEdit *passwordField() const { return m_password; }
    QLineEdit *aliasField() const { return m_alias; }
    QLineEdit *reloadField() const { return m_reload; }
    QLineEdit *endpointField() const { return m_endpoint; }
    QLineEdit *sniField() const { return m_sni; }
    QCheckBox *deployNowBox() const { return m_deployNow; }
    QPushButton *deployButton() const { return m_deployButton; }
    QLabel *messageLabel() const { return m_message; }
    QLabel *outcomeLabel() const { return m_outcome; }
    void chooseLayout(core::DeployLayout layout);

public Q_SLOTS:
    // The job's result: what was written, the reload's output, the endpoint check; or why not.
    void showOutcome(const certdesk::ui::DeployOutcome &outcome);
    void setWorking(bool working);

Q_SIGNALS:
    void submitted(const certdesk::core::DeploymentSpec &spec, bool runNow);

private:
    void updateForm();
    void submit();
    void browse();

    qint64 m_certificateId;
    bool m_hasKey = false;
    bool m_done = false;
    QLabel *m_title = nullptr;
    QLabel *m_keyNote = nullptr;
    QLineEdit *m_target = nullptr;
    QComboBox *m_layout = nullptr;
    QTreeWidget *m_preview = nullptr;
    QLineEdit *m_owner = nullptr;
    QLineEdit *m_group = nullptr;
    QLineEdit *m_mode = nullptr;
    QLabel *m_passwordLabel = nullptr;
    QLineEdit *m_password = nullptr;
    QLabel *m_aliasLabel = nullptr;
    QLineEdit *m_alias = nullptr;
    QLineEdit *m_reload = nullptr;
    QLineEdit *m_endpoint = nullptr;
    QLineEdit *m_sni = nullptr;
    QCheckBox *m_deployNow = nullptr;
    QLabel *m_message = nullptr;
    QLabel *m_outcome = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_deployButton = nullptr;
    QList<QWidget *> m_form; // disabled once the deployment exists
};

// "host:port", "[v6]:port" or "host" (port 443) -> host and port; false when malformed.
bool parseEndpoint(const QString &text, QString *host, quint16 *port);

} // namespace certdesk::ui
