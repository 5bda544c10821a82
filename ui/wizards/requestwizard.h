#pragma once

#include "acme/acmeaccounts.h"
#include "deploy/deployments.h"
#include "lifecycle/managedcertificates.h"
#include "wizards/validatedpage.h"

#include <QDateTime>
#include <QList>
#include <QPointer>
#include <QWizard>

class QAbstractButton;
class QButtonGroup;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QTreeWidget;

namespace certdesk::ui {

class AcmeProgressPage;
class AcmeSession;
class AcmeValidationPage;
class RenewalSettingsFields;
class ValidityField;

// Request Certificate…: the names (checked as they are typed: lengths, characters, wildcards,
// duplicates, internationalised names shown with their punycode form), the key, who issues it
// (a private CA with template and validity; an ACME account, then how the names are validated; an
// external CA through a CSR),
// tags and renewal options, and a review. Each page validates itself; the result is a plain
// core::RequestSpec.
//
// Finish does not close the wizard: it emits submitted() and shows the work in progress on the
// review page. The caller runs the request on a worker and ends with requested() (the wizard
// closes) or failed() (the message shows; the user can go back and change things).
class RequestWizard : public QWizard
{
    Q_OBJECT

public:
    // ACME adds ValidationPage after the issuer and ProgressPage (the live order) after the review.
    enum PageId { NamesPage, KeyPage, IssuerPage, OptionsPage, ReviewPage, ValidationPage, ProgressPage };
    Q_ENUM(PageId)

    // cas: the private CAs there are (the active ones can issue).
    RequestWizard(const QList<core::CaInfo> &cas, const QDateTime &now, QWidget *parent = nullptr);

    core::RequestSpec spec() const;
    // The ACME accounts there are (the valid ones can be chosen).
    void setAcmeAccounts(const QList<core::AcmeAccountInfo> &accounts);
    // The running ACME order of the submitted request: its progress shows on the ProgressPage.
    void attachAcmeSession(AcmeSession *session);
    int nextId() const override;
    bool isBusy() const { return m_busy; }
    core::IssuerKind issuerKind() const;

    // The outcome of the submitted request.
    void requested(const core::ManagedCertificate &managed);
    void failed(const QString &message);

    // Names page.
    QLineEdit *domainEdit() const { return m_domain; }
    QLabel *domainCheckLabel() const { return m_domainCheck; }
    QLineEdit *addNameEdit() const { return m_addName; }
    QPushButton *addNameButton() const { return m_addButton; }
    QPushButton *removeNameButton() const { return m_removeButton; }
    QTreeWidget *namesList() const { return m_names; }
    // Adds names (a pasted list is split into its names); removes one.
    void addNames(const QString &text);
    void removeName(int index);
    QStringList additionalNames() const { return m_additional; }
    // The check shown next to a name: "" for none, else the conversion or the problem.
    QString nameCheckText(int index) const;
    bool nameHasProblem(int index) const;
    core::RequestNamesCheck namesCheck() const;
    // Key page.
    QString keyAlgorithm() const;
    void setKeyAlgorithm(const QString &algorithm);
    QAbstractButton *keyButton(const QString &algorithm) const;
    // Issuer page.
    QRadioButton *privateCaButton() const { return m_privateCa; }
    QRadioButton *acmeButton() const { return m_acme; }
    QRadioButton *externalButton() const { return m_external; }
    QComboBox *caCombo() const { return m_ca; }
    QComboBox *acmeAccountCombo() const { return m_account; }
    QPushButton *addAcmeAccountButton() const { return m_addAccount; }
    QLabel *acmeNote() const { return m_acmeNote; }
    AcmeValidationPage *acmeValidationPage() const { return m_validationPage; }
    AcmeProgressPage *acmeProgressPage() const { return m_progressPage; }
    QComboBox *templateCombo() const { return m_template; }
    ValidityField *validityField() const { return m_validity; }
    // Options page.
    void addTag(const QString &key, const QString &value);
    QList<core::Tag> tags() const { return m_tags; }
    QLineEdit *tagKeyEdit() const { return m_tagKey; }
    QLineEdit *tagValueEdit() const { return m_tagValue; }
    RenewalSettingsFields *renewalFields() const { return m_renewal; }
    // Deploy to: a folder, a layout and a reload command that become a deployment of the new
    // certificate once it is issued (nullopt: no folder given). certificateId is left 0.
    std::optional<core::DeploymentSpec> deploymentSpec() const;
    QString deployment() const; // for the review: "/etc/nginx/certs/www as nginx, then ..." or "—"
    QLineEdit *deployFolderField() const { return m_deployFolder; }
    QComboBox *deployLayoutCombo() const { return m_deployLayout; }
    QLineEdit *deployReloadField() const { return m_deployReload; }
    // Review page.
    QLabel *reviewLabel() const { return m_review; }
    QLabel *errorLabel() const { return m_error; }
    QProgressBar *progressBar() const { return m_progress; }
    ValidatedPage *validatedPage(PageId id) const;

Q_SIGNALS:
    void submitted(const core::RequestSpec &spec);
    void addAcmeAccountRequested();

public Q_SLOTS:
    void reject() override;

protected:
    bool validateCurrentPage() override;

private:
    ValidatedPage *createNamesPage();
    ValidatedPage *createKeyPage();
    ValidatedPage *createIssuerPage();
    ValidatedPage *createOptionsPage();
    ValidatedPage *createReviewPage();
    void updateNames();
    void updateTags();
    void issuerChanged();
    void updateReview();
    void setBusy(bool busy);
    const core::CaInfo *chosenCa() const;
    ValidatedPage::Problem namesProblem() const;
    ValidatedPage::Problem issuerProblem() const;
    ValidatedPage::Problem optionsProblem() const;

    QList<core::CaInfo> m_cas;
    QDateTime m_now;
    QString m_token;
    bool m_busy = false;
    bool m_done = false;

    QLineEdit *m_domain = nullptr;
    QLabel *m_domainCheck = nullptr;
    QTreeWidget *m_names = nullptr;
    QLineEdit *m_addName = nullptr;
    QPushButton *m_addButton = nullptr;
    QPushButton *m_removeButton = nullptr;
    QLabel *m_namesCount = nullptr;
    QStringList m_additional;
    core::RequestNamesCheck m_check;
    QList<int> m_duplicateOf; // by additional name: the index of the name it repeats (-1 none, -2 the domain name)

    QButtonGroup *m_keys = nullptr;

    QRadioButton *m_privateCa = nullptr;
    QRadioButton *m_acme = nullptr;
    QRadioButton *m_external = nullptr;
    QComboBox *m_ca = nullptr;
    QComboBox *m_account = nullptr;
    QPushButton *m_addAccount = nullptr;
    QLabel *m_acmeNote = nullptr;
    QList<core::AcmeAccountInfo> m_accounts;
    AcmeValidationPage *m_validationPage = nullptr;
    AcmeProgressPage *m_progressPage = nullptr;
    QPointer<AcmeSession> m_session;
    QComboBox *m_template = nullptr;
    QLabel *m_templateNote = nullptr;
    ValidityField *m_validity = nullptr;

    QTreeWidget *m_tagList = nullptr;
    QLineEdit *m_tagKey = nullptr;
    QLineEdit *m_tagValue = nullptr;
    QList<core::Tag> m_tags;
    RenewalSettingsFields *m_renewal = nullptr;
    QLineEdit *m_deployFolder = nullptr;
    QComboBox *m_deployLayout = nullptr;
    QLineEdit *m_deployReload = nullptr;

    QLabel *m_review = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace certdesk::ui
