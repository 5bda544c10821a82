#include "wizards/acmeprogresspage.h"

#include <QVBoxLayout>

namespace certdesk::ui {

AcmeProgressPage::AcmeProgressPage(QWidget *parent)
    : QWizardPage(parent)
{
    setTitle(tr("Validation"));
    setSubTitle(tr("The CA checks each name, then signs the certificate. This takes seconds to a few minutes."));
    auto *layout = new QVBoxLayout(this);
    m_view = new AcmeOrderView(this);
    layout->addWidget(m_view);
    connect(m_view, &AcmeOrderView::runningChanged, this, &AcmeProgressPage::completeChanged);
}

} // namespace certdesk::ui
