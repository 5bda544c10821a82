#include "dialogs/settingsdialog.h"

#include "i18n/translations.h"
#include "widgets/clearbutton.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace certdesk::ui {

namespace {

QLabel *hintLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    QFont small = label->font();
    small.setPointSizeF(small.pointSizeF() * 0.92);
    label->setFont(small);
    return label;
}

} // namespace

SettingsDialog::SettingsDialog(const SettingsValues &values, QWidget *parent)
    : QDialog(parent)
    , m_initial(values)
{
    setWindowTitle(tr("Settings"));
    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(12);

    // Inventory
    auto *inventoryBox = new QGroupBox(tr("Inventory"), this);
    auto *inventoryLayout = new QVBoxLayout(inventoryBox);
    auto *pathRow = new QHBoxLayout;
    m_inventoryPath = new QLineEdit(inventoryBox);
    m_inventoryPath->setAccessibleName(tr("Inventory location"));
    m_inventoryPath->setMinimumWidth(m_inventoryPath->fontMetrics().horizontalAdvance(QLatin1Char('x')) * 48);
    enableClearButton(m_inventoryPath, tr("Clear the location"));
    auto *browse = new QPushButton(tr("&Browse…"), inventoryBox);
    browse->setAutoDefault(false);
    auto *pathLabel = new QLabel(tr("&Location:"), inventoryBox);
    pathLabel->setBuddy(m_inventoryPath);
    pathRow->addWidget(pathLabel);
    pathRow->addWidget(m_inventoryPath, 1);
    pathRow->addWidget(browse);
    inventoryLayout->addLayout(pathRow);
    m_restartNote = hintLabel(tr("The database file with your certificates, keys and history. "
                                 "A change takes effect when certdesk starts the next time."),
                              inventoryBox);
    inventoryLayout->addWidget(m_restartNote);
    layout->addWidget(inventoryBox);

    // Notifications
    auto *notifyBox = new QGroupBox(tr("Expiry notifications"), this);
    auto *notifyLayout = new QVBoxLayout(notifyBox);
    m_notifications = new QCheckBox(tr("Show a &desktop notification when a certificate approaches expiry"), notifyBox);
    notifyLayout->addWidget(m_notifications);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_thresholds = new QLineEdit(notifyBox);
    m_thresholds->setAccessibleName(tr("Notification thresholds in days"));
    m_thresholds->setPlaceholderText(AppSettings::formatThresholds(AppSettings::defaultThresholds()));
    form->addRow(tr("&Notify at (days before expiry):"), m_thresholds);
    notifyLayout->addLayout(form);
    notifyLayout->addWidget(hintLabel(tr("Whole numbers from %1 to %2, separated by commas. Each certificate is "
                                         "announced once per threshold. The defaults follow AWS Certificate Manager.")
                                          .arg(AppSettings::kMinThreshold)
                                          .arg(AppSettings::kMaxThreshold),
                                      notifyBox));
    m_error = new QLabel(notifyBox);
    m_error->setWordWrap(true);
    m_error->setAccessibleName(tr("Input error"));
    m_error->setVisible(false);
    notifyLayout->addWidget(m_error);
    layout->addWidget(notifyBox);

    // Appearance
    auto *appearanceBox = new QGroupBox(tr("Appearance"), this);
    auto *appearanceForm = new QFormLayout(appearanceBox);
    appearanceForm->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    m_palette = new QComboBox(appearanceBox);
    m_palette->addItem(tr("Follow the system"), QVariant::fromValue(AppSettings::PaletteMode::System));
    m_palette->addItem(tr("Light"), QVariant::fromValue(AppSettings::PaletteMode::Light));
    m_palette->addItem(tr("Dark"), QVariant::fromValue(AppSettings::PaletteMode::Dark));
    appearanceForm->addRow(tr("&Palette:"), m_palette);
    m_language = new QComboBox(appearanceBox);
    m_language->addItem(tr("System language"), QString());
    // Each language in its own words, as people look for their own.
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    for (const QString &code : Translations::available())
        m_language->addItem(QLocale(code).nativeLanguageName(), code);
    appearanceForm->addRow(tr("&Language:"), m_language);
    appearanceForm->addRow(QString(), hintLabel(tr("A new language takes effect when certdesk starts the next time."),
                                                appearanceBox));
    layout->addWidget(appearanceBox);

    layout->addStretch(1);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::RestoreDefaults,
                                     this);
    layout->addWidget(m_buttons);

    connect(browse, &QPushButton::clicked, this, &SettingsDialog::browseInventory);
    connect(m_inventoryPath, &QLineEdit::textChanged, this, &SettingsDialog::validate);
    connect(m_thresholds, &QLineEdit::textChanged, this, &SettingsDialog::validate);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    connect(m_buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
            &SettingsDialog::restoreDefaults);

    setTabOrder(m_inventoryPath, browse);
    setTabOrder(browse, m_notifications);
    setTabOrder(m_notifications, m_thresholds);
    setTabOrder(m_thresholds, m_palette);
    setTabOrder(m_palette, m_language);
    setTabOrder(m_language, m_buttons);

    setValues(values);
}

void SettingsDialog::setValues(const SettingsValues &values)
{
    m_inventoryPath->setText(QDir::toNativeSeparators(values.inventoryPath));
    m_notifications->setChecked(values.notificationsEnabled);
    m_thresholds->setText(AppSettings::formatThresholds(values.thresholds));
    m_palette->setCurrentIndex(qMax(0, m_palette->findData(QVariant::fromValue(values.palette))));
    m_language->setCurrentIndex(qMax(0, m_language->findData(values.language)));
    validate();
}

void SettingsDialog::restoreDefaults() { setValues(AppSettings::defaults()); }

SettingsValues SettingsDialog::values() const
{
    SettingsValues v;
    v.inventoryPath = QDir::fromNativeSeparators(m_inventoryPath->text().trimmed());
    v.thresholds = m_parsedThresholds;
    v.palette = m_palette->currentData().value<AppSettings::PaletteMode>();
    v.notificationsEnabled = m_notifications->isChecked();
    v.language = m_language->currentData().toString();
    return v;
}

AppSettings::Changes SettingsDialog::changes() const { return settingsChanges(m_initial, values()); }

bool SettingsDialog::isValid() const { return m_error->isHidden(); }

QString SettingsDialog::errorText() const { return isValid() ? QString() : m_error->text(); }

void SettingsDialog::validate()
{
    QString error;
    const auto parsed = AppSettings::parseThresholds(m_thresholds->text());
    if (parsed)
        m_parsedThresholds = *parsed;
    else
        error = tr("Notification thresholds: %1").arg(parsed.error());
    const QString path = m_inventoryPath->text().trimmed();
    if (path.isEmpty())
        error = tr("Choose where the inventory is kept.");
    else if (!QDir::isAbsolutePath(QDir::fromNativeSeparators(path)))
        error = tr("The inventory location must be a full path, like %1.")
                    .arg(QDir::toNativeSeparators(AppSettings::defaults().inventoryPath));
    else if (QFileInfo(path).isDir())
        error = tr("The inventory location is a folder: add a file name such as inventory.db.");

    // Colour from the palette's "error" convention: readable on light and dark backgrounds.
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    m_error->setStyleSheet(QStringLiteral("color: %1;").arg(dark ? QStringLiteral("#ff8a80") : QStringLiteral("#b3261e")));
    m_error->setText(error);
    m_error->setVisible(!error.isEmpty());
    m_thresholds->setToolTip(parsed ? QString() : parsed.error());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(error.isEmpty());
    m_restartNote->setText(values().inventoryPath != m_initial.inventoryPath
                               ? tr("The new location takes effect when certdesk starts the next time. "
                                    "Nothing is moved: a new location starts with an empty inventory "
                                    "unless the file already exists.")
                               : tr("The database file with your certificates, keys and history. "
                                    "A change takes effect when certdesk starts the next time."));
}

void SettingsDialog::browseInventory()
{
    const QString current = QDir::fromNativeSeparators(m_inventoryPath->text().trimmed());
    const QString path = QFileDialog::getSaveFileName(this, tr("Inventory Location"), current,
                                                      tr("certdesk inventory (*.db);;All files (*)"), nullptr,
                                                      QFileDialog::DontConfirmOverwrite);
    if (!path.isEmpty())
        m_inventoryPath->setText(QDir::toNativeSeparators(path));
}

void SettingsDialog::accept()
{
    validate();
    if (!isValid())
        return;
    const AppSettings::Changes changed = changes();
    if (changed.toInt() != 0)
        Q_EMIT settingsChanged(values(), changed);
    QDialog::accept();
}

} // namespace certdesk::ui
