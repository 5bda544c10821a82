#include "pages/activitypage.h"

#include "models/eventtablemodel.h"
#include "models/labels.h"

#include "inventory/inventory.h"
#include "widgets/clearbutton.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QSignalBlocker>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace certdesk::ui {

ActivityPage::ActivityPage(core::Inventory &inventory, QWidget *parent)
    : QWidget(parent)
    , m_inventory(inventory)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->setSpacing(8);

    auto *filters = new QHBoxLayout;
    m_kind = new QComboBox(this);
    m_kind->setAccessibleName(tr("Event kind filter"));
    m_kind->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    filters->addWidget(m_kind);
    m_certificate = new QLineEdit(this);
    m_certificate->setPlaceholderText(tr("Certificate: id, fingerprint or part of its name"));
    m_certificate->setAccessibleName(tr("Certificate filter"));
    enableClearButton(m_certificate, tr("Clear the certificate filter"));
    filters->addWidget(m_certificate, 1);
    m_caption = new QLabel(this);
    m_caption->setForegroundRole(QPalette::PlaceholderText);
    filters->addWidget(m_caption);
    layout->addLayout(filters);

    m_typingPause = new QTimer(this);
    m_typingPause->setSingleShot(true);
    m_typingPause->setInterval(150);
    connect(m_typingPause, &QTimer::timeout, this, &ActivityPage::applyFilter);
    connect(m_certificate, &QLineEdit::textChanged, m_typingPause, qOverload<>(&QTimer::start));
    connect(m_certificate, &QLineEdit::returnPressed, this, &ActivityPage::applyFilter);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &ActivityPage::applyFilter);

    m_model = new EventTableModel(inventory, EventTableModel::kDefaultPageSize, this);
    m_view = new QTableView(this);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    m_view->setShowGrid(false);
    m_view->setWordWrap(false);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAccessibleName(tr("Activity log"));
    m_view->setTabKeyNavigation(false); // whole rows: Tab moves on instead of walking the cells
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
    QHeaderView *header = m_view->horizontalHeader();
    header->setHighlightSections(false);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    const QFontMetrics fm(m_view->font());
    header->resizeSection(EventTableModel::TimeColumn, fm.horizontalAdvance(QStringLiteral("2026-12-31 23:59")) + 24);
    header->resizeSection(EventTableModel::KindColumn, fm.horizontalAdvance(Labels::eventKind(QStringLiteral("key-import"))) + 24);
    header->resizeSection(EventTableModel::SubjectColumn,
                          fm.horizontalAdvance(QStringLiteral("selfsigned.example.test.internal")) + 24);
    header->resizeSection(EventTableModel::ActorColumn, fm.horizontalAdvance(QStringLiteral("administrator")) + 24);
    header->setSectionResizeMode(EventTableModel::DetailColumn, QHeaderView::Stretch);
    layout->addWidget(m_view, 1);

    connect(m_model, &QAbstractItemModel::modelReset, this, &ActivityPage::updateCaption);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &ActivityPage::updateCaption);
    reloadKinds();
    updateCaption();
}

void ActivityPage::reloadKinds()
{
    const QString current = m_kind->currentData().toString();
    const QSignalBlocker block(m_kind);
    m_kind->clear();
    m_kind->addItem(tr("All events"), QString());
    const auto kinds = m_inventory.eventKinds();
    for (const QString &kind : kinds ? *kinds : QStringList())
        m_kind->addItem(Labels::eventKind(kind), kind);
    const int index = m_kind->findData(current);
    if (index >= 0)
        m_kind->setCurrentIndex(index);
    else if (!current.isEmpty()) { // a kind no longer in the log: keep it chosen
        m_kind->addItem(Labels::eventKind(current), current);
        m_kind->setCurrentIndex(m_kind->count() - 1);
    }
}

void ActivityPage::applyFilter()
{
    m_typingPause->stop();
    core::EventFilter filter;
    filter.kind = m_kind->currentData().toString();
    const QString text = m_certificate->text().trimmed();
    // An id or a fingerprint prefix names one certificate (even one deleted since); anything
    // else is a part of the name the events were logged under.
    static const QRegularExpression number(QStringLiteral("^[0-9]+$"));
    static const QRegularExpression fingerprint(QStringLiteral("^[0-9A-Fa-f:]{6,}$"));
    if (number.match(text).hasMatch())
        filter.certificateId = text.toLongLong();
    else if (fingerprint.match(text).hasMatch()) {
        if (auto id = m_inventory.resolve(text))
            filter.certificateId = *id;
        else
            filter.subject = text;
    } else {
        filter.subject = text;
    }
    m_model->setFilter(filter);
}

void ActivityPage::updateCaption()
{
    const int rows = m_model->rowCount();
    const core::EventFilter &f = m_model->filter();
    const bool filtered = !f.kind.isEmpty() || f.certificateId || !f.subject.isEmpty();
    if (!m_model->lastError().isEmpty())
        m_caption->setText(tr("Cannot read the activity log: %1").arg(m_model->lastError()));
    else if (rows == 0)
        m_caption->setText(filtered ? tr("No events match.") : tr("Nothing has happened in this inventory yet."));
    else if (!m_model->isComplete())
        m_caption->setText(tr("The newest %Ln events; scroll for older ones.", nullptr, rows));
    else
        m_caption->setText(rows == 1 ? tr("1 event.") : tr("%Ln events, newest first.", nullptr, rows));
}

void ActivityPage::refresh()
{
    reloadKinds();
    m_model->reload();
}

} // namespace certdesk::ui
