#include "dialogs/deploydialog.h"

#include "commands/deploycommand.h"
#include "dialogs/dialogcolors.h"
#include "inventory/inventory.h"
#include "models/deploylabels.h"
#include "uiresources.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QRegularExpressionValidator>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace certdesk::ui {

bool parseEndpoint(const QString &text, QString *host, quint16 *port)
{
    const QString t = text.trimmed();
    static const QRegularExpression v6(QStringLiteral("^\\[([0-9A-Fa-f:.]+)\\](?::(\\d{1,5}))?$"));
    static const QRegularExpression named(QStringLiteral("^([A-Za-z0-9_.*-]+)(?::(\\d{1,5}))?$"));
    QRegularExpressionMatch m = v6.match(t);
    if (!m.hasMatch())
        m = named.match(t);
    if (!m.hasMatch())
        return false;
    const int p = m.captured(2).isEmpty() ? 443 : m.captured(2).toInt();
    if (p <= 0 || p > 65535)
        return false;
    *host = m.captured(1);
    *port = quint16(p);
    return true;
}

namespace {

bool layoutWritesKey(core::DeployLayout layout)
{
    const QList<core::DeployFileInfo> files = core::deployLayoutFiles(layout);
    return std::any_of(files.cbegin(), files.cend(), [](const core::DeployFileInfo &f) { return f.secret; });
}

} // namespace

DeployDialog::DeployDialog(core::Inventory &inventory, qint64 certificateId, QWidget *parent)
    : QDialog(parent)
    , m_certificateId(certificateId)
{
    setWindowTitle(tr("Deploy Certificate"));
    QString name;
    QString expires;
    if (auto rec = inventory.record(certificateId)) {
        name = rec->summary.domainName.isEmpty() ? rec->summary.subject : rec->summary.domainName;
        expires = DeployLabels::day(rec->summary.notAfter);
        m_hasKey = rec->summary.hasPrivateKey;
    }

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(10);
    m_title = new QLabel(this);
    m_title->setTextFormat(Qt::RichText);
    m_title->setText(QStringLiteral("<span style='font-size:large'><b>%1</b></span>").arg(name.toHtmlEscaped())
                     + QStringLiteral("<br><span style='color:%1'>%2</span>")
                           .arg(dialogcolors::muted(palette()).name(),
                                tr("Writes the certificate, its chain and its key into a folder a server reads, "
                                   "then reloads the server. Expires %1.")
                                    .arg(expires)
                                    .toHtmlEscaped()));
    m_title->setWordWrap(true);
    layout->addWidget(m_title);
    m_keyNote = new QLabel(this);
    m_keyNote->setWordWrap(true);
    m_keyNote->setStyleSheet(dialogcolors::css(dialogcolors::warning(palette())));
    m_keyNote->setText(tr("The inventory holds no private key for this certificate: the layouts that write the key "
                          "cannot deploy it. Import the key first."));
    m_keyNote->setVisible(!m_hasKey);
    layout->addWidget(m_keyNote);

    auto *where = new QGroupBox(tr("Files"), this);
    auto *form = new QFormLayout(where);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto *targetRow = new QHBoxLayout;
    m_target = new QLineEdit(where);
    m_target->setPlaceholderText(tr("/etc/nginx/certs/www.example.com"));
    m_target->setAccessibleName(tr("Target folder"));
    auto *browseButton = new QPushButton(tr("&Browse…"), where);
    connect(browseButton, &QPushButton::clicked, this, &DeployDialog::browse);
    targetRow->addWidget(m_target, 1);
    targetRow->addWidget(browseButton);
    auto *targetLabel = new QLabel(tr("&Target folder:"), where);
    targetLabel->setBuddy(m_target);
    form->addRow(targetLabel, targetRow);
    m_layout = new QComboBox(where);
    m_layout->setAccessibleName(tr("Layout"));
    for (const QString &n : core::deployLayoutNames()) {
        if (const auto l = core::deployLayoutFromName(n))
            m_layout->addItem(DeployLabels::layoutShort(*l), n);
    }
    form->addRow(tr("&Layout:"), m_layout);
    m_preview = new QTreeWidget(where);
    m_preview->setHeaderLabels({tr("File"), tr("Contents"), tr("Permissions")});
    m_preview->setRootIsDecorated(false);
    m_preview->setAccessibleName(tr("Files to be written"));
    m_preview->setSelectionMode(QAbstractItemView::NoSelection);
    m_preview->setFocusPolicy(Qt::NoFocus);
    m_preview->header()->setStretchLastSection(false);
    m_preview->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_preview->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_preview->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_preview->setMaximumHeight(m_preview->fontMetrics().height() * 6 + 12);
    form->addRow(tr("Preview:"), m_preview);
    auto *keyRow = new QHBoxLayout;
    m_owner = new QLineEdit(where);
    m_owner->setPlaceholderText(tr("you"));
    m_owner->setAccessibleName(tr("Key file owner"));
    m_group = new QLineEdit(where);
    m_group->setPlaceholderText(tr("your group"));
    m_group->setAccessibleName(tr("Key file group"));
    m_mode = new QLineEdit(QStringLiteral("0600"), where);
    m_mode->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("0?[0-7]{3}")), m_mode));
    m_mode->setAccessibleName(tr("Key file mode"));
    m_mode->setMaximumWidth(m_mode->fontMetrics().horizontalAdvance(QStringLiteral("00000")) + 16);
    const auto buddy = [where](const QString &text, QWidget *field) {
        auto *label = new QLabel(text, where);
        label->setBuddy(field);
        return label;
    };
    keyRow->addWidget(buddy(tr("O&wner"), m_owner));
    keyRow->addWidget(m_owner, 1);
    keyRow->addWidget(buddy(tr("&Group"), m_group));
    keyRow->addWidget(m_group, 1);
    keyRow->addWidget(buddy(tr("&Mode"), m_mode));
    keyRow->addWidget(m_mode);
    form->addRow(tr("Key file:"), keyRow);
    m_password = new QLineEdit(where);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setAccessibleName(tr("Password"));
    m_passwordLabel = new QLabel(tr("&Password:"), where);
    m_passwordLabel->setBuddy(m_password);
    form->addRow(m_passwordLabel, m_password);
    m_alias = new QLineEdit(where);
    m_alias->setAccessibleName(tr("Alias"));
    m_alias->setPlaceholderText(name);
    m_aliasLabel = new QLabel(tr("&Alias:"), where);
    m_aliasLabel->setBuddy(m_alias);
    form->addRow(m_aliasLabel, m_alias);
    layout->addWidget(where);

    auto *after = new QGroupBox(tr("After writing"), this);
    auto *afterForm = new QFormLayout(after);
    afterForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_reload = new QLineEdit(after);
    m_reload->setPlaceholderText(tr("e.g. systemctl reload nginx (run without a shell; empty: none)"));
    m_reload->setAccessibleName(tr("Reload command"));
    m_reload->setToolTip(tr("Run after the files are written, without a shell and with a time limit. When it fails, "
                            "the previous files are put back."));
    afterForm->addRow(tr("&Reload command:"), m_reload);
    auto *endpointRow = new QHBoxLayout;
    m_endpoint = new QLineEdit(after);
    m_endpoint->setPlaceholderText(tr("host:port (empty: none)"));
    m_endpoint->setAccessibleName(tr("Endpoint"));
    m_endpoint->setToolTip(tr("The TLS endpoint that serves this certificate: certdesk checks that it serves the "
                              "deployed certificate after each run"));
    m_sni = new QLineEdit(after);
    m_sni->setPlaceholderText(tr("SNI name (default: the host)"));
    m_sni->setAccessibleName(tr("SNI name"));
    endpointRow->addWidget(m_endpoint, 3);
    endpointRow->addWidget(m_sni, 2);
    auto *endpointLabel = new QLabel(tr("&Endpoint:"), after);
    endpointLabel->setBuddy(m_endpoint);
    afterForm->addRow(endpointLabel, endpointRow);
    layout->addWidget(after);

    m_deployNow = new QCheckBox(tr("Deploy &now (write the files, reload, check the endpoint)"), this);
    m_deployNow->setChecked(true);
    layout->addWidget(m_deployNow);

    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->hide();
    layout->addWidget(m_message);
    m_outcome = new QLabel(this);
    m_outcome->setWordWrap(true);
    m_outcome->setTextFormat(Qt::RichText);
    m_outcome->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_outcome->hide();
    layout->addWidget(m_outcome);
    layout->addStretch(1);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_deployButton = m_buttons->addButton(tr("&Deploy"), QDialogButtonBox::AcceptRole);
    m_deployButton->setIcon(svgIcon(QStringLiteral("deploy")));
    m_deployButton->setDefault(true);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &DeployDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);

    for (QLineEdit *e : {m_target, m_owner, m_group, m_mode, m_password, m_reload, m_endpoint})
        connect(e, &QLineEdit::textChanged, this, &DeployDialog::updateForm);
    connect(m_layout, &QComboBox::currentIndexChanged, this, &DeployDialog::updateForm);
    connect(m_deployNow, &QCheckBox::toggled, this, &DeployDialog::updateForm);
    m_form = {where, after, m_deployNow};
    resize(qMax(sizeHint().width(), 760), sizeHint().height());
    updateForm();
}

void DeployDialog::chooseLayout(core::DeployLayout layout)
{
    m_layout->setCurrentIndex(m_layout->findData(core::deployLayoutName(layout)));
}

bool DeployDialog::deployNow() const { return m_deployNow->isChecked(); }

void DeployDialog::browse()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Target Folder"), m_target->text());
    if (!folder.isEmpty())
        m_target->setText(QDir::toNativeSeparators(folder));
}

core::DeploymentSpec DeployDialog::spec(QString *problem) const
{
    core::DeploymentSpec s;
    s.certificateId = m_certificateId;
    s.targetDir = QDir::fromNativeSeparators(m_target->text().trimmed());
    s.layout = core::deployLayoutFromName(m_layout->currentData().toString()).value_or(core::DeployLayout::Nginx);
    s.keyPermissions.owner = m_owner->text().trimmed();
    s.keyPermissions.group = m_group->text().trimmed();
    bool ok = false;
    const int mode = m_mode->text().toInt(&ok, 8);
    s.keyPermissions.mode = ok ? mode : 0600;
    s.reloadCommand = m_reload->text().trimmed();
    if (core::deployLayoutTakesPassword(s.layout) || core::deployLayoutNeedsPassword(s.layout)) {
        s.password = m_password->text().toUtf8();
        s.alias = m_alias->text().trimmed();
    }
    s.endpointSni = m_sni->text().trimmed();
    QString p;
    if (s.targetDir.isEmpty())
        p = tr("Choose the folder to write the files into.");
    else if (!QDir::isAbsolutePath(s.targetDir))
        p = tr("The target folder must be an absolute path.");
    else if (!m_hasKey && layoutWritesKey(s.layout))
        p = tr("The %1 layout writes the private key, and the inventory holds none for this certificate.")
                .arg(DeployLabels::layoutShort(s.layout));
    else if (core::deployLayoutNeedsPassword(s.layout) && m_password->text().isEmpty())
        p = tr("The %1 layout needs a password.").arg(DeployLabels::layoutShort(s.layout));
    else if (!ok || m_mode->text().isEmpty())
        p = tr("The key file mode is an octal number such as 0600.");
    if (!m_endpoint->text().trimmed().isEmpty()
        && !parseEndpoint(m_endpoint->text(), &s.endpointHost, &s.endpointPort) && p.isEmpty())
        p = tr("The endpoint is host:port, for example www.example.com:443.");
    if (problem)
        *problem = p;
    return s;
}

void DeployDialog::updateForm()
{
    const auto layout = core::deployLayoutFromName(m_layout->currentData().toString()).value_or(core::DeployLayout::Nginx);
    const bool password = core::deployLayoutTakesPassword(layout) || core::deployLayoutNeedsPassword(layout);
    m_passwordLabel->setVisible(password);
    m_password->setVisible(password);
    m_password->setPlaceholderText(core::deployLayoutNeedsPassword(layout)
                                       ? tr("required: the file is encrypted with it")
                                       : tr("optional: encrypts the private key file"));
    const bool alias = layout == core::DeployLayout::Pkcs12 || layout == core::DeployLayout::Pkcs12Legacy
        || layout == core::DeployLayout::Pkcs12Java;
    m_aliasLabel->setVisible(alias);
    m_alias->setVisible(alias);

    // The preview: each file, what goes in, and who may read it.
    m_preview->clear();
    const QString mode = m_mode->text().isEmpty() ? QStringLiteral("0600") : m_mode->text();
    const QString owner = m_owner->text().trimmed();
    const QString group = m_group->text().trimmed();
    const QPalette pal = palette();
    for (const core::DeployFileInfo &f : core::deployLayoutFiles(layout)) {
        QString perms = QStringLiteral("0644");
        if (f.secret) {
            perms = mode.size() == 3 ? QLatin1Char('0') + mode : mode;
            if (!owner.isEmpty() || !group.isEmpty())
                perms += QStringLiteral(" · %1:%2").arg(owner.isEmpty() ? tr("you") : owner, group);
        }
        auto *item = new QTreeWidgetItem(m_preview, {f.name, DeployLabels::fileContents(layout, f), perms});
        item->setToolTip(1, item->text(1));
        item->setIcon(0, svgIcon(f.secret ? QStringLiteral("key") : QStringLiteral("certificates")));
        if (f.secret) {
            item->setToolTip(0, tr("Holds the private key: written with the key file's owner, group and mode"));
            if (!m_hasKey)
                item->setForeground(1, DeployLabels::bad(pal));
        }
    }
    QString problem;
    spec(&problem);
    const bool blocked = !problem.isEmpty();
    if (!m_done) {
        m_deployButton->setEnabled(!blocked);
        m_deployButton->setText(m_deployNow->isChecked() ? tr("&Deploy") : tr("&Add Deployment"));
        const bool showProblem = blocked && !m_target->text().trimmed().isEmpty();
        m_message->setVisible(showProblem);
        if (showProblem) {
            m_message->setStyleSheet(dialogcolors::css(dialogcolors::warning(pal)));
            m_message->setText(problem);
        }
    }
}

void DeployDialog::submit()
{
    if (m_done) {
        accept();
        return;
    }
    QString problem;
    const core::DeploymentSpec s = spec(&problem);
    if (!problem.isEmpty()) {
        m_message->setText(problem);
        m_message->show();
        return;
    }
    setWorking(true);
    Q_EMIT submitted(s, deployNow());
}

void DeployDialog::setWorking(bool working)
{
    m_deployButton->setEnabled(!working);
    if (working) {
        m_outcome->hide();
        m_message->setStyleSheet(dialogcolors::css(dialogcolors::muted(palette())));
        m_message->setText(deployNow() ? tr("Deploying…") : tr("Adding the deployment…"));
        m_message->show();
    }
}

void DeployDialog::showOutcome(const DeployOutcome &outcome)
{
    setWorking(false);
    const QPalette pal = palette();
    if (!outcome.ok && !outcome.deployment) {
        m_message->setStyleSheet(dialogcolors::css(dialogcolors::error(pal)));
        m_message->setText(outcome.cancelled ? tr("Not deployed: no master password was given.")
                                             : tr("Not deployed: %1").arg(outcome.error));
        m_message->show();
        return;
    }
    // The deployment exists now: the dialog only reports.
    m_done = true;
    m_deployButton->setText(tr("&Close"));
    m_deployButton->setEnabled(true);
    m_buttons->button(QDialogButtonBox::Cancel)->hide();
    m_message->hide();
    for (QWidget *w : std::as_const(m_form))
        w->setEnabled(false); // what was deployed; a new deployment is a new dialog
    for (QLineEdit *e : {m_owner, m_group, m_reload, m_endpoint, m_sni, m_alias})
        e->setPlaceholderText(QString()); // hints for typing, not values
    m_deployButton->setIcon(QIcon());
    const core::DeploymentRun *run = outcome.runs.isEmpty() ? nullptr : &outcome.runs.first();
    const QString ref = outcome.deployment ? outcome.deployment->ref() : QString();
    QString html;
    const auto line = [](const QColor &c, const QString &text) {
        return QStringLiteral("<p style='color:%1'><b>%2</b></p>").arg(c.name(), text.toHtmlEscaped());
    };
    if (!run) {
        html += line(dialogcolors::good(pal), tr("Deployment %1 added; it runs when you run it or when the certificate renews.").arg(ref));
    } else if (run->ok) {
        html += line(dialogcolors::good(pal), (run->files.size() == 1 ? tr("Deployed (%1): 1 file written.") : tr("Deployed (%1): %n files written.", nullptr, int(run->files.size()))).arg(ref));
        html += QStringLiteral("<ul style='margin-top:0'>");
        for (const QString &f : run->files)
            html += QStringLiteral("<li><tt>%1</tt></li>").arg(QDir::toNativeSeparators(f).toHtmlEscaped());
        html += QStringLiteral("</ul>");
    } else {
        html += line(dialogcolors::error(pal), tr("The deployment %1 failed; the previous files were put back.").arg(ref));
        html += QStringLiteral("<p>%1</p>").arg(run->error.toHtmlEscaped());
    }
    if (run && run->reload.started) {
        html += QStringLiteral("<p>%1</p>").arg(tr("Reload command: %1").arg(run->reload.describe()).toHtmlEscaped());
        if (!run->reload.output.trimmed().isEmpty())
            html += QStringLiteral("<pre style='margin:0'>%1</pre>").arg(run->reload.output.trimmed().left(2000).toHtmlEscaped());
    }
    if (run && run->check) {
        const core::EndpointRecord &c = *run->check;
        html += QStringLiteral("<p>%1 <b style='color:%2'>%3</b> — %4</p>")
                    .arg(tr("Endpoint %1:").arg(c.label()).toHtmlEscaped(),
                         DeployLabels::endpointColor(c.state, pal).name(), DeployLabels::endpointState(c.state).toHtmlEscaped(),
                         c.detail.toHtmlEscaped());
    }
    m_outcome->setText(html);
    m_outcome->show();
    resize(width(), qMax(height(), sizeHint().height()));
}

} // namespace certdesk::ui
