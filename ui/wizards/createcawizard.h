#pragma once

#include "ca/certificateauthority.h"
#include "wizards/validatedpage.h"

#include <QDateTime>
#include <QList>
#include <QWizard>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QRadioButton;
class QSpinBox;

namespace certdesk::ui {

class SubjectFields;
class ValidityField;

// Private CAs ▸ New CA: root or subordinate (signed by a certdesk CA, or by an external CA
// through a CSR), key, subject and validity, constraints (path length, name constraints,
// short-lived), distribution (CRL, OCSP and CA issuers URLs, CRL lifetime and folder), and a
// review. Each page validates itself; the result is a plain core::CaConfig.
//
// Finish does not close the wizard: it emits submitted() and shows the work in progress on the
// review page. The caller runs the job and ends with created() (the wizard closes) or failed()
// (the message shows, and the user can go back and change things).
class CreateCaWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId { KindPage, KeyPage, SubjectPage, ConstraintsPage, DistributionPage, ReviewPage };
    Q_ENUM(PageId)

    // existing: the CAs there are (names must be new; active ones can be parents).
    // preferredParent: the CA to propose as the parent (0: none, start with a root).
    CreateCaWizard(const QList<core::CaInfo> &existing, qint64 preferredParent, const QDateTime &now,
                   QWidget *parent = nullptr);

    core::CaConfig config() const;
    bool isBusy() const { return m_busy; }

    // The outcome of the submitted job.
    void created(const core::CaInfo &ca);
    void failed(const QString &message);

    QLineEdit *nameEdit() const { return m_name; }
    QRadioButton *rootButton() const { return m_root; }
    QRadioButton *subordinateButton() const { return m_subordinate; }
    QRadioButton *externalButton() const { return m_external; }
    QComboBox *parentCombo() const { return m_parent; }
    QComboBox *keyAlgorithmCombo() const { return m_keyAlgorithm; }
    QComboBox *signingAlgorithmCombo() const { return m_signing; }
    SubjectFields *subjectFields() const { return m_subject; }
    ValidityField *validityField() const { return m_validity; }
    QCheckBox *pathLengthBox() const { return m_limitPath; }
    QSpinBox *pathLengthSpin() const { return m_pathLength; }
    QLineEdit *permittedDnsEdit() const { return m_permittedDns; }
    QLineEdit *excludedDnsEdit() const { return m_excludedDns; }
    QLineEdit *permittedIpEdit() const { return m_permittedIp; }
    QCheckBox *shortLivedBox() const { return m_shortLived; }
    QLineEdit *crlUrlEdit() const { return m_crlUrl; }
    QLineEdit *ocspUrlEdit() const { return m_ocspUrl; }
    QLineEdit *caIssuersUrlEdit() const { return m_caIssuersUrl; }
    QSpinBox *crlLifetimeSpin() const { return m_crlDays; }
    QLineEdit *publishFolderEdit() const { return m_publishDir; }
    QLabel *reviewLabel() const { return m_review; }
    QLabel *errorLabel() const { return m_error; }
    ValidatedPage *validatedPage(PageId id) const;

    // Entries of a comma- or line-separated list, trimmed, without empty ones.
    static QStringList splitList(const QString &text);

Q_SIGNALS:
    void submitted(const core::CaConfig &config);

public Q_SLOTS:
    void reject() override;

protected:
    bool validateCurrentPage() override;

private:
    ValidatedPage *createKindPage();
    ValidatedPage *createKeyPage();
    ValidatedPage *createSubjectPage();
    ValidatedPage *createConstraintsPage();
    ValidatedPage *createDistributionPage();
    ValidatedPage *createReviewPage();
    void kindChanged();
    void keyChanged();
    void updateReview();
    void setBusy(bool busy);
    const core::CaInfo *parentCa() const;
    core::NameConstraints nameConstraints() const;
    ValidatedPage::Problem constraintsProblem() const;
    ValidatedPage::Problem distributionProblem() const;

    QList<core::CaInfo> m_existing;
    QDateTime m_now;
    bool m_busy = false;
    bool m_created = false;
    bool m_validityEdited = false;

    QLineEdit *m_name = nullptr;
    QRadioButton *m_root = nullptr;
    QRadioButton *m_subordinate = nullptr;
    QRadioButton *m_external = nullptr;
    QComboBox *m_parent = nullptr;
    QComboBox *m_keyAlgorithm = nullptr;
    QComboBox *m_signing = nullptr;
    QLabel *m_keyNote = nullptr;
    SubjectFields *m_subject = nullptr;
    ValidityField *m_validity = nullptr;
    QCheckBox *m_limitPath = nullptr;
    QSpinBox *m_pathLength = nullptr;
    QLineEdit *m_permittedDns = nullptr;
    QLineEdit *m_excludedDns = nullptr;
    QLineEdit *m_permittedIp = nullptr;
    QLineEdit *m_excludedIp = nullptr;
    QLineEdit *m_permittedEmail = nullptr;
    QLineEdit *m_excludedEmail = nullptr;
    QCheckBox *m_shortLived = nullptr;
    QLineEdit *m_crlUrl = nullptr;
    QLineEdit *m_ocspUrl = nullptr;
    QLineEdit *m_caIssuersUrl = nullptr;
    QSpinBox *m_crlDays = nullptr;
    QLineEdit *m_publishDir = nullptr;
    QLabel *m_review = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace certdesk::ui
