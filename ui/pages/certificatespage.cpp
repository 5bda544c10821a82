#include "pages/certificatespage.h"

#include "commands/copycertificatescommand.h"
#include "commands/deletecertificatescommand.h"
#include "details/detailspanel.h"
#include "dialogs/tagsdialog.h"
#include "inventory/inventory.h"
#include "models/certificatetablemodel.h"
#include "models/labels.h"
#include "uiresources.h"
#include "views/certificatetableview.h"
#include "widgets/clearbutton.h"

#include <QAction>
#include <QComboBox>
#include <QDataStream>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QSpinBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace certdesk::ui {

namespace {

constexpr int kSearchDelayMs = 40;
constexpr int kAnyDays = -1;
constexpr int kCustomDays = -2;
constexpr int kStateVersion = 1;

QComboBox *makeCombo(QWidget *parent, const QString &accessibleName)
{
    auto *combo = new QComboBox(parent);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    combo->setAccessibleName(accessibleName);
    // As wide as the contents when there is room; narrower (elided) in a small window.
    combo->setMinimumWidth(combo->fontMetrics().averageCharWidth() * 7);
    return combo;
}

void selectData(QComboBox *combo, const QVariant &data)
{
    const int index = combo->findData(data);
    combo->setCurrentIndex(index < 0 ? 0 : index);
}

} // namespace

CertificatesPage::CertificatesPage(core::Inventory &inventory, QWidget *parent)
    : QWidget(parent)
    , m_inventory(inventory)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->setSpacing(8);

    auto *filterRow = new QHBoxLayout;
    filterRow->setSpacing(6);
    buildFilterRow(filterRow);
    layout->addLayout(filterRow);

    m_model = new CertificateTableModel(inventory, CertificateTableModel::kDefaultPageSize, this);
    m_view = new CertificateTableView(this);
    m_view->setModel(m_model);
    m_view->setSortingEnabled(true);
    m_details = new DetailsPanel(inventory, this);
    connect(m_details, &DetailsPanel::deployRequested, this, &CertificatesPage::deployRequested);
    connect(m_details, &DetailsPanel::deploymentActivated, this, &CertificatesPage::deploymentActivated);

    m_emptyState = new QLabel(tr("<p style='font-size:large'><b>No certificates yet</b></p>"
                                 "<p>Import certificates, chains, PKCS#12 files or keys with <b>File ▸ Import…</b> "
                                 "(%1).</p>")
                                  .arg(QKeySequence(Qt::CTRL | Qt::Key_I).toString(QKeySequence::NativeText)),
                              this);
    m_emptyState->setAlignment(Qt::AlignCenter);
    m_emptyState->setWordWrap(true);

    // Details below the table: the table needs the width for its columns, and the
    // details' long values (distinguished names, fingerprints) read best on a wide line.
    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->addWidget(m_view);
    m_splitter->addWidget(m_details);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_splitter);
    m_stack->addWidget(m_emptyState);
    layout->addWidget(m_stack, 1);

    createActions();

    m_searchDelay = new QTimer(this);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(kSearchDelayMs);
    connect(m_searchDelay, &QTimer::timeout, this, &CertificatesPage::applyFilter);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, &CertificatesPage::applyFilter);
    for (QComboBox *combo : {m_status, m_type, m_keyAlgorithm, m_tag, m_privateKey})
        connect(combo, &QComboBox::currentIndexChanged, this, &CertificatesPage::applyFilter);
    connect(m_expiry, &QComboBox::currentIndexChanged, this, [this] {
        m_customDays->setVisible(m_expiry->currentData().toInt() == kCustomDays);
        applyFilter();
    });
    connect(m_customDays, &QSpinBox::valueChanged, this, &CertificatesPage::applyFilter);
    connect(m_clear, &QToolButton::clicked, this, [this] { showFilter({}); });
    connect(m_extraChip, &QToolButton::clicked, this, [this] {
        m_extra = {};
        updateExtraChip();
        applyFilter();
    });
    connect(m_detailsToggle, &QToolButton::toggled, this, &CertificatesPage::setDetailsPanelVisible);
    connect(m_model, &QAbstractItemModel::modelReset, this, &CertificatesPage::updateSummary);
    connect(m_model, &CertificateTableModel::countingFinished, this, &CertificatesPage::updateSummary);
    connect(m_model, &QAbstractItemModel::modelReset, this, &CertificatesPage::updateActions);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &CertificatesPage::updateActions);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &current) {
        if (m_details->isVisible())
            m_details->showCertificate(current.isValid() ? current.data(CertificateTableModel::IdRole).toLongLong() : 0);
    });
    connect(m_view, &QWidget::customContextMenuRequested, this, &CertificatesPage::showContextMenu);
    connect(m_view, &QAbstractItemView::doubleClicked, this, &CertificatesPage::showDetails);
    connect(m_view, &CertificateTableView::detailsRequested, this, &CertificatesPage::showDetails);
    connect(m_view, &CertificateTableView::deleteRequested, this, &CertificatesPage::deleteSelected);
    reloadFilterChoices();
    updateSummary();
    updateActions();
}

void CertificatesPage::buildFilterRow(QHBoxLayout *row)
{
    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Search names, subject, issuer, serial or fingerprint"));
    enableClearButton(m_search, tr("Clear the search"));
    m_search->setAccessibleName(tr("Search certificates"));
    m_search->setMinimumWidth(m_search->fontMetrics().averageCharWidth() * 12);
    row->addWidget(m_search, 2);

    m_status = makeCombo(this, tr("Status filter"));
    m_status->addItem(tr("Any status"), QString());
    for (const QString &s : core::statusNames())
        m_status->addItem(Labels::status(s), s);
    m_type = makeCombo(this, tr("Type filter"));
    m_type->addItem(tr("Any type"), QString());
    for (const QString &t : {QStringLiteral("IMPORTED"), QStringLiteral("PRIVATE"), QStringLiteral("PUBLIC")})
        m_type->addItem(Labels::type(t), t);
    m_keyAlgorithm = makeCombo(this, tr("Key algorithm filter"));
    m_expiry = makeCombo(this, tr("Expiry filter"));
    m_expiry->addItem(tr("Any expiry"), kAnyDays);
    for (int days : {7, 30, 60, 90})
        m_expiry->addItem(tr("Expires within %n days", nullptr, days), days);
    m_expiry->addItem(tr("Expires within…"), kCustomDays);
    m_customDays = new QSpinBox(this);
    m_customDays->setRange(0, 3650);
    m_customDays->setValue(45);
    m_customDays->setSuffix(tr(" days"));
    m_customDays->setAccessibleName(tr("Expires within days"));
    m_customDays->setKeyboardTracking(false);
    m_customDays->hide();
    m_tag = makeCombo(this, tr("Tag filter"));
    // Tags can be long (owner=someone@example.com): the list shows them whole, the closed
    // combo does not grow with the longest one and squeeze the other filters.
    m_tag->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_tag->setMinimumContentsLength(10);
    m_privateKey = makeCombo(this, tr("Private key filter"));
    m_privateKey->addItem(tr("With or without key"), 0);
    m_privateKey->addItem(tr("With private key"), 1);
    m_privateKey->addItem(tr("Without private key"), 2);
    for (QWidget *w : std::initializer_list<QWidget *>{m_status, m_type, m_keyAlgorithm, m_expiry, m_customDays, m_tag, m_privateKey})
        row->addWidget(w);

    m_extraChip = new QToolButton(this);
    m_extraChip->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_extraChip->setIcon(svgIcon(QStringLiteral("clear")));
    m_extraChip->setToolTip(tr("More criteria from the dashboard; click to remove them"));
    m_extraChip->hide();
    row->addWidget(m_extraChip);
    m_clear = new QToolButton(this);
    m_clear->setText(tr("Clear"));
    m_clear->setToolTip(tr("Clear all filters"));
    m_clear->setAccessibleName(tr("Clear all filters"));
    m_clear->setAutoRaise(true);
    row->addWidget(m_clear);
    m_summary = new QLabel(this);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setForegroundRole(QPalette::PlaceholderText);
    m_summary->setMinimumWidth(1); // may shrink in a narrow window (its tooltip keeps the text)
    m_summary->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    row->addWidget(m_summary);
    m_detailsToggle = new QToolButton(this);
    m_detailsToggle->setText(tr("Details"));
    m_detailsToggle->setCheckable(true);
    m_detailsToggle->setChecked(true);
    m_detailsToggle->setToolTip(tr("Show or hide the details panel"));
    m_detailsToggle->setAccessibleName(tr("Details panel"));
    row->addWidget(m_detailsToggle);
}

void CertificatesPage::createActions()
{
    const auto add = [this](const QString &text, const QString &icon, const QKeySequence &shortcut, auto slot) {
        auto *a = new QAction(svgIcon(icon), text, this);
        a->setShortcut(shortcut);
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(a, &QAction::triggered, this, slot);
        addAction(a);
        m_actions << a;
        return a;
    };
    // Icons: resources/icons/<name>.svg.
    add(tr("&Details"), QStringLiteral("details"), QKeySequence(Qt::ALT | Qt::Key_Return), [this] { showDetails(); });
    add(tr("&Export…"), QStringLiteral("export"), QKeySequence(), [this] { Q_EMIT exportRequested(selectedIds()); });
    add(tr("Copy &PEM"), QStringLiteral("copy"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C), [this] { copy(0); });
    add(tr("Copy &fingerprint"), QStringLiteral("fingerprint"), QKeySequence(), [this] { copy(1); });
    add(tr("&Tags…"), QStringLiteral("tag"), QKeySequence(Qt::CTRL | Qt::Key_T), [this] { editTags(); });
    add(tr("&Revoke…"), QStringLiteral("revoke"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R), [this] {
        const QList<qint64> ids = selectedIds();
        if (ids.size() == 1)
            Q_EMIT revokeRequested(ids.first());
    });
    add(tr("Re&new Now"), QStringLiteral("renew"), QKeySequence(Qt::CTRL | Qt::Key_R), [this] {
        if (const auto id = selectedManagedId())
            Q_EMIT renewRequested(*id);
    });
    add(tr("Renewal &Settings…"), QStringLiteral("settings"), QKeySequence(), [this] {
        if (const auto id = selectedManagedId())
            Q_EMIT renewalSettingsRequested(*id);
    });
    add(tr("Deplo&y…"), QStringLiteral("deploy"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D), [this] {
        const QList<qint64> ids = selectedIds();
        if (ids.size() == 1)
            Q_EMIT deployRequested(ids.first());
    });
    add(tr("De&lete…"), QStringLiteral("delete"), QKeySequence(), [this] { deleteSelected(); });
    action(Action::Export)->setToolTip(tr("Export the selected certificates"));
    action(Action::CopyFingerprint)->setToolTip(tr("Copy the SHA-256 fingerprints of the selected certificates"));
    action(Action::Revoke)->setToolTip(tr("Revoke a certificate one of your private CAs issued (%1)")
                                           .arg(action(Action::Revoke)->shortcut().toString(QKeySequence::NativeText)));
    action(Action::Renew)->setToolTip(tr("Renew the selected certificate now: certdesk manages it (%1)")
                                          .arg(action(Action::Renew)->shortcut().toString(QKeySequence::NativeText)));
    action(Action::RenewalSettings)->setToolTip(tr("When the selected managed certificate renews, and with which key"));
    action(Action::Deploy)->setToolTip(tr("Write the selected certificate into a folder a server reads, reload the "
                                          "server and check its endpoint (%1)")
                                           .arg(action(Action::Deploy)->shortcut().toString(QKeySequence::NativeText)));
}

std::optional<qint64> CertificatesPage::selectedManagedId() const
{
    const QModelIndexList rows = m_view->selectionModel() ? m_view->selectionModel()->selectedRows() : QModelIndexList();
    if (rows.size() != 1)
        return std::nullopt;
    return m_model->extras(rows.first().row()).managedId;
}

bool CertificatesPage::showCertificate(qint64 id)
{
    const auto record = m_inventory.record(id);
    if (!record)
        return false;
    core::CertificateFilter filter;
    filter.search = record->summary.sha256; // exactly this certificate
    showFilter(filter);
    int row = m_model->rowOfId(id);
    if (row < 0 && m_model->canFetchMore({})) {
        m_model->fetchMore({});
        row = m_model->rowOfId(id);
    }
    if (row < 0)
        return false;
    m_view->selectionModel()->setCurrentIndex(m_model->index(row, 0),
                                              QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    setDetailsPanelVisible(true);
    m_details->showCertificate(id);
    return true;
}

QAction *CertificatesPage::action(Action which) const { return m_actions.value(int(which)); }

QList<QAction *> CertificatesPage::actions() const { return m_actions; }

QList<qint64> CertificatesPage::selectedIds() const
{
    QModelIndexList rows = m_view->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(), [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QList<qint64> ids;
    for (const QModelIndex &index : rows)
        ids << index.data(CertificateTableModel::IdRole).toLongLong();
    return ids;
}

void CertificatesPage::updateActions()
{
    const bool any = m_view->selectionModel() && m_view->selectionModel()->hasSelection();
    for (QAction *a : m_actions)
        a->setEnabled(any);
    // Revoke: one certificate of a private CA that is not revoked yet.
    bool revocable = false;
    if (any) {
        const QModelIndexList rows = m_view->selectionModel()->selectedRows();
        const core::CertificateSummary *s = rows.size() == 1 ? m_model->summary(rows.first().row()) : nullptr;
        revocable = s && s->type == QLatin1String("PRIVATE") && s->status != core::Status::Revoked;
    }
    action(Action::Revoke)->setEnabled(revocable);
    const bool managed = selectedManagedId().has_value();
    action(Action::Renew)->setEnabled(managed);
    action(Action::RenewalSettings)->setEnabled(managed);
    action(Action::Deploy)->setEnabled(any && m_view->selectionModel()->selectedRows().size() == 1);
}

void CertificatesPage::reloadFilterChoices()
{
    const QSignalBlocker blockKey(m_keyAlgorithm);
    const QSignalBlocker blockTag(m_tag);
    const QString key = m_keyAlgorithm->currentData().toString();
    const QString tag = m_tag->currentData().toString();
    m_keyAlgorithm->clear();
    m_keyAlgorithm->addItem(tr("Any key algorithm"), QString());
    if (auto algorithms = m_inventory.distinctKeyAlgorithms(); algorithms) {
        for (const QString &a : *algorithms)
            m_keyAlgorithm->addItem(Labels::keyAlgorithm(a), a);
    }
    selectData(m_keyAlgorithm, key);
    m_tag->clear();
    m_tag->addItem(tr("Any tag"), QString());
    if (auto tags = m_inventory.distinctTags(); tags) {
        QString lastKey;
        for (const core::Tag &t : *tags) {
            if (t.first != lastKey) {
                // "key" alone: the key with any value.
                m_tag->addItem(tr("%1 (any value)").arg(t.first), t.first);
                lastKey = t.first;
            }
            m_tag->addItem(QStringLiteral("%1=%2").arg(t.first, t.second), QStringLiteral("%1=%2").arg(t.first, t.second));
        }
    }
    selectData(m_tag, tag);
    m_tag->setEnabled(m_tag->count() > 1 || m_tag->currentIndex() > 0);
}

core::CertificateFilter CertificatesPage::currentFilter() const
{
    core::CertificateFilter f;
    f.search = m_search->text().trimmed();
    f.status = m_status->currentData().toString();
    f.type = m_type->currentData().toString();
    f.keyAlgorithm = m_keyAlgorithm->currentData().toString();
    const int days = m_expiry->currentData().toInt();
    if (days == kCustomDays)
        f.expiresWithinDays = m_customDays->value();
    else if (days != kAnyDays)
        f.expiresWithinDays = days;
    const QString tag = m_tag->currentData().toString();
    if (!tag.isEmpty()) {
        const qsizetype eq = tag.indexOf(QLatin1Char('='));
        f.tags << (eq < 0 ? core::TagFilter{tag, std::nullopt} : core::TagFilter{tag.left(eq), tag.mid(eq + 1)});
    }
    const int key = m_privateKey->currentData().toInt();
    if (key != 0)
        f.hasPrivateKey = key == 1;
    f.tags << m_extra.tags;
    f.expiresAfter = m_extra.expiresAfter;
    f.expiresBefore = m_extra.expiresBefore;
    f.issuerCommonName = m_extra.issuerCommonName;
    f.chainsToTrustedRoot = m_extra.chainsToTrustedRoot;
    f.trustedIssuers = m_extra.trustedIssuers;
    return f;
}

void CertificatesPage::updateExtraChip()
{
    QStringList parts;
    if (!m_extra.issuerCommonName.isEmpty())
        parts << tr("Issuer: %1").arg(m_extra.issuerCommonName);
    const QString day = QStringLiteral("yyyy-MM-dd");
    if (m_extra.expiresAfter.isValid() && m_extra.expiresBefore.isValid())
        parts << tr("Expires %1 – %2").arg(m_extra.expiresAfter.toUTC().toString(day),
                                            m_extra.expiresBefore.toUTC().addSecs(-1).toString(day));
    else if (m_extra.expiresAfter.isValid())
        parts << tr("Expires after %1").arg(m_extra.expiresAfter.toUTC().toString(day));
    else if (m_extra.expiresBefore.isValid())
        parts << tr("Expires before %1").arg(m_extra.expiresBefore.toUTC().toString(day));
    if (m_extra.chainsToTrustedRoot)
        parts << (*m_extra.chainsToTrustedRoot ? tr("Chain to a trusted root") : tr("No chain to a trusted root"));
    for (const core::TagFilter &t : m_extra.tags)
        parts << (t.value ? QStringLiteral("%1=%2").arg(t.key, *t.value) : tr("%1 (any value)").arg(t.key));
    m_extraChip->setText(parts.join(QStringLiteral(" · ")));
    m_extraChip->setAccessibleName(tr("Remove the criteria: %1").arg(m_extraChip->text()));
    m_extraChip->setVisible(!parts.isEmpty());
}

void CertificatesPage::showFilter(const core::CertificateFilter &filter)
{
    {
        // Not the search field: its clear button shows on its own textChanged. The typing pause
        // that starts is stopped below, as the filter applies at once.
        const QSignalBlocker b2(m_status), b3(m_type), b4(m_keyAlgorithm), b5(m_expiry), b6(m_customDays), b7(m_tag),
            b8(m_privateKey);
        m_search->setText(filter.search);
        selectData(m_status, filter.status.toUpper());
        selectData(m_type, filter.type.toUpper());
        if (!filter.keyAlgorithm.isEmpty() && m_keyAlgorithm->findData(filter.keyAlgorithm) < 0)
            m_keyAlgorithm->addItem(Labels::keyAlgorithm(filter.keyAlgorithm), filter.keyAlgorithm);
        selectData(m_keyAlgorithm, filter.keyAlgorithm);
        if (!filter.expiresWithinDays) {
            selectData(m_expiry, kAnyDays);
        } else if (m_expiry->findData(*filter.expiresWithinDays) >= 0 && *filter.expiresWithinDays >= 0) {
            selectData(m_expiry, *filter.expiresWithinDays);
        } else {
            selectData(m_expiry, kCustomDays);
            m_customDays->setValue(*filter.expiresWithinDays);
        }
        m_customDays->setVisible(m_expiry->currentData().toInt() == kCustomDays);
        // The tag control holds one tag; a filter with more keeps the first.
        QString tag;
        if (!filter.tags.isEmpty()) {
            const core::TagFilter &t = filter.tags.first();
            tag = t.value ? t.key + QLatin1Char('=') + *t.value : t.key;
            if (m_tag->findData(tag) < 0)
                m_tag->addItem(t.value ? tag : tr("%1 (any value)").arg(t.key), tag);
        }
        selectData(m_tag, tag);
        selectData(m_privateKey, !filter.hasPrivateKey ? 0 : *filter.hasPrivateKey ? 1 : 2);
        m_extra = {};
        m_extra.tags = filter.tags.mid(1);
        m_extra.expiresAfter = filter.expiresAfter;
        m_extra.expiresBefore = filter.expiresBefore;
        m_extra.issuerCommonName = filter.issuerCommonName;
        m_extra.chainsToTrustedRoot = filter.chainsToTrustedRoot;
        m_extra.trustedIssuers = filter.trustedIssuers;
        updateExtraChip();
    }
    m_searchDelay->stop();
    applyFilter();
}

void CertificatesPage::applyFilter()
{
    m_searchDelay->stop();
    m_model->setFilter(currentFilter());
}

void CertificatesPage::refresh()
{
    // A refresh (often another console's change, heard through the inventory watcher) keeps what
    // the user was looking at: the selected rows that are still there and the certificate in the
    // details panel, reread.
    const QList<qint64> selected = selectedIds();
    const QModelIndex currentIndex = m_view->currentIndex();
    const qint64 current = currentIndex.isValid() ? currentIndex.data(CertificateTableModel::IdRole).toLongLong() : 0;
    const qint64 shown = m_details->certificateId();
    reloadFilterChoices();
    m_model->reload();
    if (selected.isEmpty() && current == 0 && shown == 0)
        return;
    if (m_model->rowCount() == 0 && m_model->canFetchMore({}))
        m_model->fetchMore({});
    QItemSelection selection;
    for (qint64 id : selected) {
        const int row = m_model->rowOfId(id);
        if (row >= 0)
            selection.select(m_model->index(row, 0), m_model->index(row, m_model->columnCount() - 1));
    }
    QItemSelectionModel *sm = m_view->selectionModel();
    const int currentRow = current ? m_model->rowOfId(current) : -1;
    if (currentRow >= 0)
        sm->setCurrentIndex(m_model->index(currentRow, 0), QItemSelectionModel::NoUpdate);
    sm->select(selection, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    // The details follow the current row; a certificate that is gone, or not among the rows
    // loaded, keeps its panel only while it still exists.
    if (shown != 0 && m_details->isVisible() && (currentRow < 0 || current != shown))
        m_details->showCertificate(m_inventory.record(shown) ? shown : 0);
}

void CertificatesPage::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void CertificatesPage::setNotificationThresholdDays(int days)
{
    m_model->setNotificationThresholdDays(days);
    m_details->setNotificationThresholdDays(days);
}

void CertificatesPage::updateSummary()
{
    const core::CertificateFilter f = m_model->filter();
    const bool filtered = !f.search.isEmpty() || !f.status.isEmpty() || !f.type.isEmpty() || !f.keyAlgorithm.isEmpty()
        || f.expiresWithinDays.has_value() || !f.tags.isEmpty() || f.hasPrivateKey.has_value()
        || f.expiresAfter.isValid() || f.expiresBefore.isValid() || !f.issuerCommonName.isEmpty()
        || f.chainsToTrustedRoot.has_value();
    m_clear->setEnabled(filtered);
    if (m_model->isCounting() && m_model->lastError().isEmpty())
        return; // the last numbers stay until the new count arrives (no flicker while typing)
    const qint64 total = m_model->totalCount();
    if (filtered) {
        auto all = m_inventory.count({});
        m_inventoryTotal = all ? *all : 0;
    } else {
        m_inventoryTotal = total;
    }
    const QLocale locale;
    if (!m_model->lastError().isEmpty())
        m_summary->setText(tr("Error: %1").arg(m_model->lastError()));
    else if (filtered)
        m_summary->setText(tr("%1 of %Ln certificates", nullptr, int(m_inventoryTotal)).arg(locale.toString(total)));
    else
        m_summary->setText(total == 1 ? tr("1 certificate") : tr("%Ln certificates", nullptr, int(total)));
    m_summary->setToolTip(m_summary->text());
    // Until the first import, explain how to fill the inventory instead of showing an empty table.
    const bool empty = m_inventoryTotal == 0 && m_model->lastError().isEmpty();
    m_stack->setCurrentWidget(empty ? static_cast<QWidget *>(m_emptyState) : m_splitter);
    if (m_details->certificateId() != 0 && m_model->rowCount() == 0)
        m_details->showCertificate(0);
}

bool CertificatesPage::isDetailsPanelVisible() const { return !m_details->isHidden(); }

void CertificatesPage::setDetailsPanelVisible(bool visible)
{
    m_details->setVisible(visible);
    {
        const QSignalBlocker blocker(m_detailsToggle);
        m_detailsToggle->setChecked(visible);
    }
    if (visible) {
        const QModelIndex current = m_view->currentIndex();
        m_details->showCertificate(current.isValid() ? current.data(CertificateTableModel::IdRole).toLongLong() : 0);
    }
}

QByteArray CertificatesPage::saveState() const
{
    QByteArray out;
    QDataStream stream(&out, QIODevice::WriteOnly);
    stream << qint32(kStateVersion) << m_view->saveState() << m_splitter->saveState() << isDetailsPanelVisible();
    return out;
}

bool CertificatesPage::restoreState(const QByteArray &state)
{
    QDataStream stream(state);
    qint32 version = 0;
    QByteArray header, splitter;
    bool details = true;
    stream >> version >> header >> splitter >> details;
    if (stream.status() != QDataStream::Ok || version != kStateVersion)
        return false;
    const bool ok = m_view->restoreState(header) && m_splitter->restoreState(splitter);
    setDetailsPanelVisible(details);
    return ok;
}

void CertificatesPage::showContextMenu(const QPoint &pos)
{
    const QModelIndex index = m_view->indexAt(pos);
    if (index.isValid() && !m_view->selectionModel()->isRowSelected(index.row(), {}))
        m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    if (selectedIds().isEmpty())
        return;
    QMenu menu(this);
    menu.addAction(action(Action::Details));
    menu.addSeparator();
    menu.addAction(action(Action::Export));
    menu.addAction(action(Action::CopyPem));
    menu.addAction(action(Action::CopyFingerprint));
    menu.addSeparator();
    menu.addAction(action(Action::Tags));
    menu.addSeparator();
    if (action(Action::Renew)->isEnabled()) {
        menu.addAction(action(Action::Renew));
        menu.addAction(action(Action::RenewalSettings));
        menu.addSeparator();
    }
    if (action(Action::Deploy)->isEnabled()) {
        menu.addAction(action(Action::Deploy));
        menu.addSeparator();
    }
    if (action(Action::Revoke)->isEnabled())
        menu.addAction(action(Action::Revoke));
    menu.addAction(action(Action::Delete));
    menu.exec(m_view->viewport()->mapToGlobal(pos));
}

void CertificatesPage::showDetails()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return;
    if (!isDetailsPanelVisible())
        setDetailsPanelVisible(true);
    else if (m_details->certificateId() != current.data(CertificateTableModel::IdRole).toLongLong())
        m_details->showCertificate(current.data(CertificateTableModel::IdRole).toLongLong());
    m_details->tabs()->setFocus(Qt::OtherFocusReason);
}

void CertificatesPage::copy(int what)
{
    const QList<qint64> ids = selectedIds();
    if (ids.isEmpty())
        return;
    const CopyCertificatesCommand command(m_inventory, ids,
                                          what == 0 ? CopyCertificatesCommand::What::Pem
                                                    : CopyCertificatesCommand::What::Sha256Fingerprint);
    const QString error = command.start();
    if (!error.isEmpty()) {
        QMessageBox::warning(this, tr("Copy"), tr("Nothing copied: %1").arg(error));
        return;
    }
    Q_EMIT statusMessage(what == 0 ? tr("Copied the PEM of %n certificates", nullptr, int(ids.size()))
                                   : tr("Copied %n fingerprints", nullptr, int(ids.size())));
}

void CertificatesPage::editTags()
{
    const QList<qint64> ids = selectedIds();
    if (ids.isEmpty())
        return;
    auto *dialog = new TagsDialog(m_inventory, ids, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &TagsDialog::tagsChanged, this, [this](const QList<qint64> &changed) {
        m_model->refreshExtras(changed);
        reloadFilterChoices();
        if (changed.contains(m_details->certificateId()))
            m_details->showCertificate(m_details->certificateId());
        Q_EMIT tagsChanged(changed);
    });
    dialog->open();
}

void CertificatesPage::deleteSelected()
{
    const QList<qint64> ids = selectedIds();
    if (ids.isEmpty())
        return;
    auto *command = new DeleteCertificatesCommand(m_inventory, ids, this);
    connect(command, &DeleteCertificatesCommand::finished, this,
            [this](const QList<qint64> &removed, const QStringList &errors) {
                if (!removed.isEmpty()) {
                    refresh();
                    Q_EMIT certificatesDeleted(removed);
                    Q_EMIT statusMessage(tr("Deleted %n certificates", nullptr, int(removed.size())));
                }
                if (!errors.isEmpty()) {
                    auto *box = new QMessageBox(QMessageBox::Warning, tr("Delete certificates"),
                                                errors.size() == 1 ? tr("1 certificate was not deleted.")
                                                                   : tr("%n certificates were not deleted.", nullptr, int(errors.size())),
                                                QMessageBox::Close, this);
                    box->setAttribute(Qt::WA_DeleteOnClose);
                    box->setObjectName(QStringLiteral("deleteErrors"));
                    QString list = QStringLiteral("<ul>");
                    for (const QString &e : errors)
                        list += QStringLiteral("<li>%1</li>").arg(e.toHtmlEscaped());
                    list += QStringLiteral("</ul>");
                    box->setInformativeText(
                        list + (removed.isEmpty() ? QString()
                                                  : (removed.size() == 1 ? tr("The other certificate was deleted.")
                                                                         : tr("The other %n certificates were deleted.", nullptr,
                                                                              int(removed.size())))));
                    box->setTextFormat(Qt::RichText);
                    box->open();
                    Q_EMIT statusMessage(errors.first());
                }
            });
    command->start();
}

} // namespace certdesk::ui
