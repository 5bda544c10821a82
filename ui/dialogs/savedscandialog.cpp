#include "dialogs/savedscandialog.h"

#include "dialogs/dialogcolors.h"
#include "models/deploylabels.h"
#include "widgets/scanspecfields.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace certdesk::ui {

SavedScanDialog::SavedScanDialog(const core::ScanSpec &initial, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("New Saved Scan"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("A saved scan runs again on its schedule while certdesk runs, and by hand with Run Now. "
                                "Each run records new certificates and notices endpoints that went away."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_fields = new ScanSpecFields(this);
    m_fields->setSpec(initial);
    m_name = new QLineEdit(this);
    m_name->setPlaceholderText(tr("e.g. web servers"));
    m_name->setAccessibleName(tr("Name"));
    m_fields->form()->insertRow(0, tr("&Name:"), m_name); // one column of labels
    setTabOrder(m_name, m_fields->targetsField());
    m_name->setFocus(Qt::OtherFocusReason);
    m_schedule = new QComboBox(this);
    m_schedule->setAccessibleName(tr("Schedule"));
    for (int hours : {24, 6, 1, 24 * 7, 0})
        m_schedule->addItem(DeployLabels::schedule(hours), hours);
    m_fields->form()->addRow(tr("Sc&hedule:"), m_schedule);
    layout->addWidget(m_fields);
    m_problem = new QLabel(this);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(dialogcolors::css(dialogcolors::warning(palette())));
    layout->addWidget(m_problem);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);
    connect(m_name, &QLineEdit::textChanged, this, &SavedScanDialog::updateOk);
    connect(m_fields, &ScanSpecFields::changed, this, &SavedScanDialog::updateOk);
    resize(qMax(sizeHint().width(), 620), sizeHint().height());
    updateOk();
}

QString SavedScanDialog::name() const { return m_name->text().trimmed(); }

core::ScanSpec SavedScanDialog::spec() const { return m_fields->spec(); }

int SavedScanDialog::intervalHours() const { return m_schedule->currentData().toInt(); }

void SavedScanDialog::updateOk()
{
    QString problem;
    m_fields->spec(&problem);
    if (problem.isEmpty() && name().isEmpty())
        problem = tr("Give the scan a name.");
    // Nothing to say before anything is typed.
    m_problem->setText(m_name->text().isEmpty() && m_fields->targetsField()->text().isEmpty() ? QString() : problem);
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(problem.isEmpty());
}

} // namespace certdesk::ui
