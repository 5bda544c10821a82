#include "dialogs/masterpassworddialog.h"

#include "dialogs/dialogcolors.h"
#include "inventory/keystore.h"
#include "uiresources.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

#include <cmath>

namespace certdesk::ui {

MasterPasswordDialog::MasterPasswordDialog(Mode mode, core::KeyStore *keyStore, QWidget *parent)
    : QDialog(parent)
    , m_mode(mode)
    , m_keyStore(keyStore)
{
    const bool set = mode == Mode::Set;
    setWindowTitle(set ? tr("Set Master Password") : tr("Unlock Key Store"));
    auto *layout = new QVBoxLayout(this);

    auto *header = new QHBoxLayout;
    auto *icon = new QLabel(this);
    const int iconSize = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    icon->setPixmap(svgIcon(set ? QStringLiteral("key") : QStringLiteral("unlock"))
                        .pixmap(QSize(iconSize, iconSize), devicePixelRatio()));
    icon->setAlignment(Qt::AlignTop);
    icon->setAccessibleName(set ? tr("Key") : tr("Unlock"));
    header->addWidget(icon);
    auto *text = new QVBoxLayout;
    auto *headline = new QLabel(set ? tr("Choose a master password for the private keys of this inventory")
                                    : tr("The private keys of this inventory are locked"),
                                this);
    QFont bold = headline->font();
    bold.setBold(true);
    headline->setFont(bold);
    headline->setWordWrap(true);
    text->addWidget(headline);
    auto *explanation = new QLabel(
        set ? tr("Private keys are stored encrypted under this password; certdesk asks for it when a key is "
                 "exported or used. <b>It cannot be recovered:</b> if it is forgotten, the stored private keys are "
                 "lost (the certificates stay).")
            : tr("Enter the master password to use them. They stay unlocked until you lock the key store or "
                 "close certdesk."),
        this);
    explanation->setWordWrap(true);
    explanation->setTextFormat(Qt::RichText);
    explanation->setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('x')) * 56);
    text->addWidget(explanation);
    header->addLayout(text, 1);
    layout->addLayout(header);

    auto *form = new QFormLayout;
    m_password = new QLineEdit(this);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('x')) * 40);
    form->addRow(set ? tr("&New password:") : tr("&Master password:"), m_password);
    if (set) {
        m_repeat = new QLineEdit(this);
        m_repeat->setEchoMode(QLineEdit::Password);
        form->addRow(tr("&Repeat:"), m_repeat);
        auto *strengthRow = new QHBoxLayout;
        m_strengthBar = new QProgressBar(this);
        m_strengthBar->setRange(0, 4);
        m_strengthBar->setTextVisible(false);
        m_strengthBar->setFixedHeight(fontMetrics().height() / 2);
        m_strengthBar->setAccessibleName(tr("Password strength"));
        m_strengthLabel = new QLabel(this);
        int strengthWidth = 0; // the widest name, in the language spoken
        for (Strength s : {Strength::TooShort, Strength::Weak, Strength::Fair, Strength::Good, Strength::Strong})
            strengthWidth = qMax(strengthWidth, fontMetrics().horizontalAdvance(strengthName(s) + QStringLiteral("xx")));
        m_strengthLabel->setMinimumWidth(strengthWidth);
        strengthRow->addWidget(m_strengthBar, 1);
        strengthRow->addWidget(m_strengthLabel);
        form->addRow(tr("Strength:"), strengthRow);
        connect(m_repeat, &QLineEdit::textChanged, this, &MasterPasswordDialog::updateState);
    }
    layout->addLayout(form);

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("problem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(dialogcolors::css(dialogcolors::error(palette())));
    m_problem->hide();
    layout->addWidget(m_problem);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_accept = buttons->addButton(set ? tr("&Set Password") : tr("&Unlock"), QDialogButtonBox::AcceptRole);
    m_accept->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &MasterPasswordDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    connect(m_password, &QLineEdit::textChanged, this, &MasterPasswordDialog::updateState);
    updateState();
    m_password->setFocus();
}

QByteArray MasterPasswordDialog::password() const { return m_password->text().toUtf8(); }

QString MasterPasswordDialog::problem() const { return m_problem->isHidden() ? QString() : m_problem->text(); }

MasterPasswordDialog::Strength MasterPasswordDialog::strength(const QString &password)
{
    if (password.size() < kMinimumLength)
        return Strength::TooShort;
    bool lower = false, upper = false, digit = false, symbol = false, other = false;
    for (const QChar c : password) {
        if (c.unicode() > 127)
            other = true;
        else if (c.isLower())
            lower = true;
        else if (c.isUpper())
            upper = true;
        else if (c.isDigit())
            digit = true;
        else
            symbol = true;
    }
    const int pool = (lower ? 26 : 0) + (upper ? 26 : 0) + (digit ? 10 : 0) + (symbol ? 33 : 0) + (other ? 100 : 0);
    // Repeated characters add little: count distinct ones.
    QString distinct;
    for (const QChar c : password) {
        if (!distinct.contains(c))
            distinct += c;
    }
    const double length = std::min<double>(password.size(), distinct.size() * 1.5);
    const double bits = length * std::log2(std::max(pool, 2));
    if (bits < 45)
        return Strength::Weak;
    if (bits < 65)
        return Strength::Fair;
    if (bits < 90)
        return Strength::Good;
    return Strength::Strong;
}

QString MasterPasswordDialog::strengthName(Strength strength)
{
    switch (strength) {
    case Strength::TooShort:
        return tr("Too short (%1+)").arg(kMinimumLength);
    case Strength::Weak:
        return tr("Weak");
    case Strength::Fair:
        return tr("Fair");
    case Strength::Good:
        return tr("Good");
    case Strength::Strong:
        return tr("Strong");
    }
    return {};
}

QString MasterPasswordDialog::inputProblem() const
{
    const QString pw = m_password->text();
    if (m_mode == Mode::Unlock)
        return pw.isEmpty() ? tr("Enter the master password.") : QString();
    if (pw.size() < kMinimumLength)
        return tr("The master password needs at least %1 characters.").arg(kMinimumLength);
    if (m_repeat->text() != pw)
        return m_repeat->text().isEmpty() ? tr("Type the password again in Repeat.") : tr("The passwords do not match.");
    return {};
}

void MasterPasswordDialog::updateState()
{
    if (m_strengthBar) {
        const Strength s = strength(m_password->text());
        m_strengthBar->setValue(m_password->text().isEmpty() ? 0 : std::max(1, int(s)));
        m_strengthLabel->setText(m_password->text().isEmpty() ? QString() : strengthName(s));
        const QColor colour = s <= Strength::Weak ? dialogcolors::error(palette())
            : s == Strength::Fair               ? dialogcolors::warning(palette())
                                                : dialogcolors::good(palette());
        m_strengthLabel->setStyleSheet(dialogcolors::css(colour));
        m_strengthBar->setStyleSheet(QStringLiteral("QProgressBar::chunk { background: %1; }").arg(colour.name()));
    }
    const QString problem = inputProblem();
    m_accept->setEnabled(m_mode == Mode::Unlock ? !m_password->text().isEmpty()
                                                : !m_password->text().isEmpty() && !m_repeat->text().isEmpty());
    // Before the first try, only a mismatch once both fields are filled is worth saying.
    if (m_triedToAccept || (m_mode == Mode::Set && !m_repeat->text().isEmpty()
                            && m_repeat->text().size() >= m_password->text().size()))
        showProblem(problem);
    else if (m_failedAttempts == 0)
        showProblem({});
}

void MasterPasswordDialog::showProblem(const QString &text)
{
    m_problem->setText(text);
    m_problem->setVisible(!text.isEmpty());
}

void MasterPasswordDialog::accept()
{
    m_triedToAccept = true;
    if (const QString problem = inputProblem(); !problem.isEmpty()) {
        showProblem(problem);
        return;
    }
    if (!m_keyStore) {
        QDialog::accept();
        return;
    }
    // scrypt takes a moment (a fraction of a second): show that something happens.
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const auto result = m_mode == Mode::Set ? m_keyStore->initialize(password()) : m_keyStore->unlock(password());
    QApplication::restoreOverrideCursor();
    if (result) {
        QDialog::accept();
        return;
    }
    if (result.error().code == core::ErrorCode::WrongPassword) {
        ++m_failedAttempts;
        m_triedToAccept = false;
        m_password->clear();
        m_password->setFocus();
        showProblem(m_failedAttempts == 1 ? tr("Wrong master password. Try again.")
                                          : tr("Wrong master password (%n attempts). Try again.", nullptr, m_failedAttempts));
        return;
    }
    showProblem(tr("The key store could not be opened: %1").arg(result.error().message));
}

bool MasterPasswordDialog::ensureUnlocked(core::KeyStore &keyStore, QWidget *parent)
{
    if (keyStore.isUnlocked())
        return true;
    MasterPasswordDialog dialog(keyStore.isInitialized() ? Mode::Unlock : Mode::Set, &keyStore, parent);
    return dialog.exec() == QDialog::Accepted && keyStore.isUnlocked();
}

} // namespace certdesk::ui
