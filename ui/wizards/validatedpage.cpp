#include "wizards/validatedpage.h"

#include "dialogs/dialogcolors.h"

#include <QLabel>
#include <QVBoxLayout>

namespace certdesk::ui {

ValidatedPage::ValidatedPage(QWidget *parent)
    : QWizardPage(parent)
{
    auto *outer = new QVBoxLayout(this);
    m_body = new QVBoxLayout;
    outer->addLayout(m_body);
    outer->addStretch(1);
    m_problem = new QLabel(this);
    m_problem->setWordWrap(true);
    m_problem->setObjectName(QStringLiteral("problem"));
    outer->addWidget(m_problem);
    recheck();
}

void ValidatedPage::setCheck(Check check)
{
    m_check = std::move(check);
    recheck();
}

ValidatedPage::Problem ValidatedPage::problem() const { return m_check ? m_check() : Problem{}; }

bool ValidatedPage::isComplete() const { return problem().text.isEmpty(); }

void ValidatedPage::recheck()
{
    const Problem p = problem();
    m_problem->setText(p.text);
    m_problem->setVisible(!p.text.isEmpty());
    m_problem->setStyleSheet(p.mistake ? dialogcolors::css(dialogcolors::error(palette()))
                                       : dialogcolors::css(dialogcolors::muted(palette())));
    Q_EMIT completeChanged();
}

} // namespace certdesk::ui
