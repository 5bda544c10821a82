#include "dialogs/acmerenewdialog.h"

#include "commands/acmesession.h"
#include "widgets/acmeorderview.h"

#include <QDialogButtonBox>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

namespace certdesk::ui {

namespace {

QString readable(const QString &ascii)
{
    const QString unicode = QUrl::fromAce(ascii.toLatin1());
    return unicode.isEmpty() ? ascii : unicode;
}

} // namespace

AcmeRenewDialog::AcmeRenewDialog(const core::ManagedCertificate &managed, QWidget *parent)
    : QDialog(parent)
    , m_managedId(managed.id)
    , m_names(QStringList{managed.domainName} + managed.additionalNames)
{
    setWindowTitle(tr("Renew %1").arg(readable(managed.domainName)));
    auto *layout = new QVBoxLayout(this);
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    const QString current = managed.notAfter.isValid()
        ? tr("The current certificate stays in use until the new one is issued (it is valid until %1).")
              .arg(managed.notAfter.toUTC().toString(QStringLiteral("yyyy-MM-dd")))
        : QString();
    m_heading = QStringLiteral("<b>%1</b> (%2)").arg(readable(managed.domainName).toHtmlEscaped(), managed.ref());
    m_intro->setText(tr("%1 is validated with DNS records made by hand. The CA checks each name again: create the TXT "
                        "records shown below when they appear, then press the button. %2")
                         .arg(m_heading, current.toHtmlEscaped()));
    layout->addWidget(m_intro);
    m_view = new AcmeOrderView(this);
    layout->addWidget(m_view, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_close = buttons->button(QDialogButtonBox::Cancel);
    m_close->setAutoDefault(false);
    connect(buttons, &QDialogButtonBox::rejected, this, &AcmeRenewDialog::reject);
    layout->addWidget(buttons);
    // Room for the records from the start: the window does not jump when they appear.
    resize(sizeHint().width(), sizeHint().height() + m_view->recordsBox()->sizeHint().height());
}

void AcmeRenewDialog::start(AcmeSession *session)
{
    m_session = session;
    m_view->start(m_names, session);
    m_close->setText(tr("&Cancel"));
    m_close->setEnabled(true);
}

bool AcmeRenewDialog::isRunning() const { return m_view->isRunning(); }

void AcmeRenewDialog::finish(bool renewed, const QString &text)
{
    if (m_session && m_session->isCancelled()) {
        QDialog::reject(); // cancelled by the administrator: the order has stopped
        return;
    }
    m_view->finish(renewed, text);
    m_intro->setText(m_heading); // what it said about the order and the current certificate is past
    m_close->setText(tr("&Close"));
    m_close->setEnabled(true);
    m_close->setDefault(true);
    m_close->setFocus();
}

void AcmeRenewDialog::reject()
{
    if (m_view->isRunning()) {
        // Stop the order; the dialog closes when the worker has ended (finish()).
        if (m_session)
            m_session->cancel();
        m_view->cancelling();
        m_close->setEnabled(false);
        return;
    }
    QDialog::reject();
}

} // namespace certdesk::ui
