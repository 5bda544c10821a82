#include "details/chainview.h"

#include "inventory/inventory.h"
#include "models/certificatetablemodel.h"

#include <QAtomicInteger>
#include <QHeaderView>
#include <QLabel>
#include <QPainter>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace certdesk::ui {

namespace {

QString nameOf(const core::Certificate &c)
{
    if (!c.commonName().isEmpty())
        return c.commonName();
    if (!c.domainName().isEmpty())
        return c.domainName();
    return c.subject().rfc4514;
}

QIcon dot(const QColor &colour)
{
    QPixmap pixmap(12, 12);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(colour);
    p.drawEllipse(QRectF(1.5, 1.5, 9, 9));
    return QIcon(pixmap);
}

} // namespace

ChainView::ChainView(QString inventoryPath, const core::Clock &clock, QWidget *parent)
    : QWidget(parent)
    , m_path(std::move(inventoryPath))
    , m_clock(clock)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_summary);
    m_tree = new QTreeWidget(this);
    m_tree->setHeaderLabels({tr("Certificate"), tr("Valid until"), tr("Problems")});
    m_tree->setAccessibleName(tr("Certificate chain"));
    m_tree->setWordWrap(true);
    m_tree->header()->setStretchLastSection(true);
    layout->addWidget(m_tree, 1);
    connect(&m_watcher, &QFutureWatcher<ChainReport>::finished, this, [this] {
        const ChainReport r = m_watcher.result();
        if (r.id == m_requested)
            showReport(r);
    });
}

ChainView::~ChainView() { m_watcher.waitForFinished(); }

ChainReport ChainView::load(const QString &inventoryPath, const core::Clock &clock, qint64 id)
{
    static QAtomicInteger<quint64> counter;
    ChainReport out;
    out.id = id;
    auto inv = core::Inventory::open(inventoryPath, clock, QStringLiteral("details-chain-%1").arg(++counter));
    if (!inv) {
        out.error = inv.error().message;
        return out;
    }
    auto cert = (*inv)->certificate(id);
    if (!cert) {
        out.error = cert.error().message;
        return out;
    }
    auto chain = (*inv)->issuerChain(id);
    if (!chain) {
        out.error = chain.error().message;
        return out;
    }
    core::ValidationOptions options;
    options.untrusted = *chain;
    options.systemTrust = true;
    options.at = clock.now();
    const core::Certificate &top = chain->isEmpty() ? *cert : chain->constLast();
    if (top.isSelfSigned() && top.isCa())
        options.trusted << top;
    out.result = core::PathValidator::validate(*cert, options);
    return out;
}

void ChainView::showChain(qint64 id)
{
    m_requested = id;
    m_loading = true;
    m_tree->clear();
    m_report = {};
    m_summary->setText(tr("Validating the chain…"));
    m_watcher.setFuture(QtConcurrent::run(&ChainView::load, m_path, std::cref(m_clock), id));
}

void ChainView::clear()
{
    m_requested = 0;
    m_loading = false;
    m_report = {};
    m_tree->clear();
    m_summary->clear();
}

QString ChainView::summaryText() const { return m_summary->text(); }

void ChainView::showReport(const ChainReport &report)
{
    m_report = report;
    m_loading = false;
    m_tree->clear();
    const QPalette pal = palette();
    using Health = CertificateTableModel::Health;
    if (!report.error.isEmpty()) {
        m_summary->setText(tr("The chain could not be checked: %1").arg(report.error));
        Q_EMIT loaded();
        return;
    }
    const core::ValidationResult &r = report.result;
    const QDateTime now = m_clock.now();
    if (r.valid) {
        const QString anchor = r.chain.isEmpty() ? QString() : nameOf(r.chain.constLast().certificate);
        m_summary->setText(tr("<b>Valid.</b> The chain leads to the trusted root %1.").arg(anchor.toHtmlEscaped()));
    } else {
        m_summary->setText(tr("<b>Not valid.</b> %1").arg(r.problems.value(0, tr("No path to a trusted root.")).toHtmlEscaped()));
    }
    QTreeWidgetItem *parent = nullptr;
    for (qsizetype i = r.chain.size() - 1; i >= 0; --i) {
        const core::ChainElement &e = r.chain.at(i);
        QStringList problems = e.problems;
        const QString until = (e.certificate.isExpiredAt(now) ? tr("expired %1") : QStringLiteral("%1"))
                                  .arg(e.certificate.notAfter().toString(QStringLiteral("yyyy-MM-dd")));
        QString state = problems.join(QLatin1Char('\n'));
        if (state.isEmpty())
            state = e.trustAnchor ? tr("Trust anchor") : tr("OK");
        auto *item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(m_tree);
        item->setText(0, nameOf(e.certificate));
        item->setToolTip(0, e.certificate.subject().rfc4514);
        item->setText(1, until);
        item->setToolTip(1, tr("Valid from %1 until %2")
                                .arg(e.certificate.notBefore().toString(Qt::ISODate), e.certificate.notAfter().toString(Qt::ISODate)));
        item->setText(2, state);
        item->setToolTip(2, state);
        const Health health = !problems.isEmpty() ? Health::Expired : Health::Valid;
        item->setIcon(0, dot(CertificateTableModel::accentColor(health, pal)));
        parent = item;
    }
    m_tree->expandAll();
    m_tree->resizeColumnToContents(0);
    m_tree->resizeColumnToContents(1);
    Q_EMIT loaded();
}

} // namespace certdesk::ui
