#include "dialogs/aboutdialog.h"

#include "crypto/libraryversions.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace certdesk::ui {

namespace {

QLabel *valueLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setWordWrap(true);
    return label;
}

} // namespace

QString AboutDialog::version()
{
#ifdef CERTDESK_VERSION
    return QStringLiteral(CERTDESK_VERSION);
#else
    return QStringLiteral("dev");
#endif
}

AboutDialog::AboutDialog(const QString &inventoryPath, QWidget *parent)
    : QDialog(parent)
    , m_inventoryPath(inventoryPath)
{
    setWindowTitle(tr("About certdesk"));
    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(14);

    auto *header = new QHBoxLayout;
    header->setSpacing(16);
    auto *icon = new QLabel(this);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/certdesk.svg")).pixmap(QSize(64, 64), devicePixelRatio()));
    icon->setAlignment(Qt::AlignTop);
    icon->setAccessibleName(tr("certdesk logo"));
    header->addWidget(icon);
    auto *titles = new QVBoxLayout;
    titles->setSpacing(4);
    auto *name = new QLabel(QStringLiteral("certdesk"), this);
    QFont big = name->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    name->setFont(big);
    titles->addWidget(name);
    QLabel *versionLabel = valueLabel(tr("Version %1").arg(version()), this);
    versionLabel->setForegroundRole(QPalette::PlaceholderText);
    titles->addWidget(versionLabel);
    titles->addSpacing(6);
    auto *blurb = new QLabel(tr("A desktop console for the X.509 certificates you are responsible for: what you "
                                "have, what expires when, and the keys that go with them."),
                             this);
    blurb->setWordWrap(true);
    titles->addWidget(blurb);

    auto *form = new QFormLayout;
    form->setLabelAlignment(Qt::AlignLeft);
    form->setHorizontalSpacing(16);
    form->setVerticalSpacing(4);
    const QString runtimeQt = QString::fromLatin1(qVersion());
    const QString builtQt = QStringLiteral(QT_VERSION_STR);
    form->addRow(tr("Qt:"), valueLabel(runtimeQt == builtQt ? runtimeQt : tr("%1 (built with %2)").arg(runtimeQt, builtQt),
                                       this));
    form->addRow(tr("OpenSSL:"), valueLabel(core::openSslVersion(), this));
    form->addRow(tr("SQLite:"), valueLabel(core::sqliteVersion(), this));
    form->addRow(tr("Inventory:"), valueLabel(QDir::toNativeSeparators(inventoryPath), this));
    titles->addSpacing(10);
    titles->addLayout(form);

    auto *license = new QLabel(tr("Distributed under the licence terms that come with certdesk. "
                                  "Uses Qt (LGPLv3), OpenSSL (Apache License 2.0) and SQLite (public domain)."),
                               this);
    license->setWordWrap(true);
    license->setForegroundRole(QPalette::PlaceholderText);
    titles->addSpacing(10);
    titles->addWidget(license);
    titles->addStretch(1);
    header->addLayout(titles, 1);
    layout->addLayout(header, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *copy = buttons->addButton(tr("&Copy Version Information"), QDialogButtonBox::ActionRole);
    copy->setAutoDefault(false);
    connect(copy, &QPushButton::clicked, this, [this] { QGuiApplication::clipboard()->setText(versionReport()); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    layout->addWidget(buttons);
    setMinimumWidth(520);
}

QString AboutDialog::versionReport() const
{
    return QStringLiteral("certdesk %1\nQt %2\n%3\nSQLite %4\nInventory: %5\n")
        .arg(version(), QString::fromLatin1(qVersion()), core::openSslVersion(), core::sqliteVersion(),
             QDir::toNativeSeparators(m_inventoryPath));
}

} // namespace certdesk::ui
