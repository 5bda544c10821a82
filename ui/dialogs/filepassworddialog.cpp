#include "dialogs/filepassworddialog.h"

#include "dialogs/dialogcolors.h"
#include "uiresources.h"
#include "widgets/clearbutton.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace certdesk::ui {

FilePasswordDialog::FilePasswordDialog(Kind kind, const QString &source, const QString &problem, QWidget *parent)
    : QDialog(parent)
    , m_source(source)
{
    const bool pkcs12 = kind == Kind::Pkcs12;
    setWindowTitle(pkcs12 ? tr("PKCS#12 Password") : tr("Private Key Password"));
    auto *layout = new QVBoxLayout(this);

    auto *header = new QHBoxLayout;
    auto *icon = new QLabel(this);
    const int iconSize = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    icon->setPixmap(svgIcon(QStringLiteral("key")).pixmap(QSize(iconSize, iconSize), devicePixelRatio()));
    icon->setAlignment(Qt::AlignTop);
    icon->setAccessibleName(tr("Key"));
    header->addWidget(icon);

    auto *text = new QVBoxLayout;
    if (!problem.isEmpty()) {
        auto *error = new QLabel(problem, this);
        error->setObjectName(QStringLiteral("problem"));
        error->setWordWrap(true);
        QFont bold = error->font();
        bold.setBold(true);
        error->setFont(bold);
        error->setStyleSheet(dialogcolors::css(dialogcolors::error(palette())));
        text->addWidget(error);
    }
    const QString name = QFileInfo(source).fileName().isEmpty() ? source : QFileInfo(source).fileName();
    auto *what = new QLabel(pkcs12 ? tr("<b>%1</b> is protected by a password.").arg(name.toHtmlEscaped())
                                   : tr("The private key in <b>%1</b> is encrypted.").arg(name.toHtmlEscaped()),
                            this);
    what->setWordWrap(true);
    what->setToolTip(source);
    what->setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('x')) * 52);
    text->addWidget(what);
    auto *hint = new QLabel(tr("Enter its password to import it, or skip this file and go on with the others."), this);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);
    text->addWidget(hint);
    header->addLayout(text, 1);
    layout->addLayout(header);

    auto *form = new QFormLayout;
    m_password = new QLineEdit(this);
    m_password->setEchoMode(QLineEdit::Password);
    enableClearButton(m_password, tr("Clear the password"));
    m_password->setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('x')) * 36);
    form->addRow(tr("&Password:"), m_password);
    layout->addLayout(form);

    m_forRemaining = new QCheckBox(tr("&Use this password for the remaining files"), this);
    layout->addWidget(m_forRemaining);

    auto *buttons = new QDialogButtonBox(this);
    m_ok = buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_ok->setDefault(true);
    m_skip = buttons->addButton(tr("&Skip File"), QDialogButtonBox::RejectRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    m_password->setFocus();
}

QByteArray FilePasswordDialog::password() const { return m_password->text().toUtf8(); }

bool FilePasswordDialog::useForRemaining() const { return !m_forRemaining->isHidden() && m_forRemaining->isChecked(); }

void FilePasswordDialog::setUseForRemainingAvailable(bool available)
{
    m_forRemaining->setVisible(available);
    if (!available)
        m_forRemaining->setChecked(false);
}

} // namespace certdesk::ui
