#include "pages/dashboardpage.h"

#include "charts/chartstyle.h"
#include "charts/donutchart.h"
#include "charts/expirytimelinechart.h"
#include "charts/rankingchart.h"
#include "deploy/discovery.h"
#include "inventory/database.h"
#include "inventory/inventory.h"
#include "models/labels.h"
#include "widgets/counttile.h"
#include "widgets/dashboardcard.h"
#include "widgets/nexttoexpirelist.h"

#include <QElapsedTimer>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QThread>
#include <QVBoxLayout>
#include <QtConcurrent>

#include <time.h>

namespace certdesk::ui {

namespace {

using Count = core::DashboardStats::Count;

// CPU time of the calling thread (ms): on a busy machine the wall time says little.
qint64 threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return qint64(ts.tv_sec) * 1000 + ts.tv_nsec / 1000000;
}

QString percentOf(qint64 part, qint64 whole)
{
    if (whole <= 0)
        return {};
    const double pct = 100.0 * double(part) / double(whole);
    return DashboardPage::tr("%1 % of all").arg(QLocale().toString(pct, 'f', pct > 0 && pct < 10 ? 1 : 0));
}

} // namespace

DashboardPage::DashboardPage(core::Inventory &inventory, QWidget *parent)
    : QWidget(parent)
    , m_inventory(inventory)
{
    m_pool.setMaxThreadCount(1);
    m_pool.setObjectName(QStringLiteral("dashboard"));
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, &DashboardPage::finished);

    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *scroll = new QScrollArea(this);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setAccessibleName(tr("Dashboard")); // a Tab stop: the keys scroll it
    outer->addWidget(scroll);
    auto *content = new QWidget(scroll);
    content->setAutoFillBackground(false);
    scroll->setWidget(content);
    scroll->viewport()->setAutoFillBackground(false);
    m_viewport = scroll->viewport();

    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(16, 14, 16, 16);
    layout->setSpacing(12);

    auto *header = new QHBoxLayout;
    auto *title = new QLabel(tr("Dashboard"), content);
    QFont f = title->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.35);
    title->setFont(f);
    m_updated = new QLabel(content);
    m_updated->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    header->addWidget(title);
    header->addStretch(1);
    header->addWidget(m_updated);
    layout->addLayout(header);

    layout->addWidget(buildTiles());

    m_error = new QLabel(content);
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->hide();
    layout->addWidget(m_error);

    auto *middle = new QHBoxLayout;
    middle->setSpacing(12);
    m_timelineCard = new DashboardCard(tr("Expiring per week — next 52 weeks"), content);
    m_timeline = new ExpiryTimelineChart(m_timelineCard);
    m_timelineCard->setContent(m_timeline);
    m_nextCard = new DashboardCard(tr("Next to expire"), content);
    m_next = new NextToExpireList(m_nextCard);
    m_nextCard->setContent(m_next);
    middle->addWidget(m_timelineCard, 3);
    middle->addWidget(m_nextCard, 2);
    layout->addLayout(middle, 5);

    auto *bottom = new QHBoxLayout;
    bottom->setSpacing(12);
    auto *statusCard = new DashboardCard(tr("By status"), content);
    m_status = new DonutChart(tr("Certificates by status"), statusCard);
    statusCard->setContent(m_status);
    auto *keysCard = new DashboardCard(tr("By key algorithm"), content);
    m_keys = new DonutChart(tr("Certificates by key algorithm"), keysCard);
    keysCard->setContent(m_keys);
    m_issuersCard = new DashboardCard(tr("Top issuers"), content);
    m_issuers = new RankingChart(tr("Certificates by issuer"), m_issuersCard);
    m_issuersCard->setContent(m_issuers);
    bottom->addWidget(statusCard, 2);
    bottom->addWidget(keysCard, 2);
    bottom->addWidget(m_issuersCard, 3);
    layout->addLayout(bottom, 4);

    connect(m_timeline, &ExpiryTimelineChart::weekClicked, this, [this](int week, const QString &type) {
        if (m_stats)
            Q_EMIT showCertificates(m_stats->weekFilter(week, type));
    });
    connect(m_status, &DonutChart::sliceClicked, this,
            [this](const QString &status) { Q_EMIT showCertificates(core::DashboardStats::statusFilter(status)); });
    connect(m_keys, &DonutChart::sliceClicked, this, [this](const QString &algorithm) {
        Q_EMIT showCertificates(core::DashboardStats::keyAlgorithmFilter(algorithm));
    });
    connect(m_issuers, &RankingChart::barClicked, this,
            [this](const QString &issuer) { Q_EMIT showCertificates(core::DashboardStats::issuerFilter(issuer)); });
    connect(m_next, &NextToExpireList::certificateClicked, this, [this](const core::CertificateSummary &c) {
        core::CertificateFilter f;
        f.search = c.sha256; // the fingerprint: exactly this certificate
        Q_EMIT showCertificates(f);
        Q_EMIT certificateActivated(c.id);
    });
    applyAccents();
}

DashboardPage::~DashboardPage()
{
    m_watcher.disconnect(this);
    m_watcher.waitForFinished();
    m_pool.waitForDone();
}

QWidget *DashboardPage::buildTiles()
{
    auto *row = new QWidget(this);
    m_tileRow = row;
    m_tileGrid = new QGridLayout(row);
    m_tileGrid->setContentsMargins(0, 0, 0, 0);
    m_tileGrid->setSpacing(10);
    const struct
    {
        Count which;
        QString caption;
    } specs[] = {
        {Count::Total, tr("Certificates")},
        {Count::Valid, tr("Valid")},
        {Count::Expired, tr("Expired")},
        {Count::Expiring7, tr("Expiring within %n days", nullptr, 7)},
        {Count::Expiring30, tr("Expiring within %n days", nullptr, 30)},
        {Count::Expiring60, tr("Expiring within %n days", nullptr, 60)},
        {Count::Expiring90, tr("Expiring within %n days", nullptr, 90)},
        {Count::WithPrivateKey, tr("With private key")},
        {Count::WithoutTrustedChain, tr("Without a trusted chain")},
    };
    for (const auto &spec : specs) {
        auto *tile = new CountTile(spec.caption, {}, row);
        const Count which = spec.which;
        connect(tile, &CountTile::clicked, this, [this, which] { Q_EMIT showCertificates(filterFor(which)); });
        m_tiles.append({which, tile});
    }
    m_renewalProblems = new CountTile(tr("Renewal problems"), {}, row);
    m_renewalProblems->setToolTip(tr("Managed certificates whose request or renewal failed, or whose validation timed out"));
    connect(m_renewalProblems, &CountTile::clicked, this, &DashboardPage::showRenewalProblems);
    // "Endpoints serving stale or unknown certificates", in a tile's room: caption and detail.
    m_endpointProblems = new CountTile(tr("Endpoint problems"), {}, row);
    m_endpointProblems->setDetail(tr("stale or unknown"));
    m_endpointProblems->setToolTip(tr("Endpoints serving stale or unknown certificates: TLS endpoints (of deployments "
                                      "and discovery scans) that serve an older certificate, another one than deployed "
                                      "or one the inventory did not hold, fail the handshake, or send a chain with "
                                      "problems. Click to see them on the Discovery page."));
    connect(m_endpointProblems, &CountTile::clicked, this, &DashboardPage::showEndpointProblems);
    m_viewport->installEventFilter(this);
    layOutTiles();
    tile(Count::WithoutTrustedChain)
        ->setToolTip(tr("Certificates whose chain in the inventory does not end at a self-signed certificate of "
                        "the inventory or at a root of the system's trust store"));
    return row;
}

void DashboardPage::layOutTiles()
{
    QList<CountTile *> tiles;
    for (const auto &[which, tile] : std::as_const(m_tiles))
        tiles << tile;
    tiles << m_renewalProblems << m_endpointProblems;
    // A caption such as "Expiring within 7 days" needs about this much to break into two whole lines.
    const int wanted = fontMetrics().averageCharWidth() * 17;
    const int spacing = m_tileGrid->horizontalSpacing();
    const int count = int(tiles.size());
    const int margins = m_tileRow->parentWidget()->layout()->contentsMargins().left()
        + m_tileRow->parentWidget()->layout()->contentsMargins().right();
    const int width = m_viewport->width() - margins;
    const bool oneRow = width <= 0 || width + spacing >= count * (wanted + spacing);
    const int columns = oneRow ? count : (count + 1) / 2;
    if (columns == m_tileColumns)
        return;
    m_tileColumns = columns;
    for (CountTile *tile : tiles)
        m_tileGrid->removeWidget(tile);
    for (int c = 0; c < count; ++c)
        m_tileGrid->setColumnStretch(c, c < columns ? 1 : 0);
    for (int i = 0; i < count; ++i) {
        m_tileGrid->addWidget(tiles.at(i), i / columns, i % columns);
        tiles.at(i)->setMaxCaptionLines(oneRow ? 2 : 1); // two rows are wide enough for one line each
    }
}

bool DashboardPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_viewport && event->type() == QEvent::Resize)
        layOutTiles();
    return QWidget::eventFilter(watched, event);
}

void DashboardPage::applyAccents()
{
    const QPalette &pal = palette();
    for (const auto &[which, tile] : std::as_const(m_tiles)) {
        QColor accent;
        switch (which) {
        case Count::Total:
            accent = ChartStyle::series(0, pal);
            break;
        case Count::Valid:
            accent = ChartStyle::status(core::Status::Issued, pal);
            break;
        case Count::Expired:
        case Count::Expiring7:
            accent = ChartStyle::status(core::Status::Expired, pal);
            break;
        case Count::Expiring30:
            accent = ChartStyle::series(3, pal);
            break;
        case Count::Expiring60:
            accent = ChartStyle::series(9, pal);
            break;
        case Count::Expiring90:
            accent = ChartStyle::series(1, pal);
            break;
        case Count::WithPrivateKey:
            accent = ChartStyle::series(2, pal);
            break;
        case Count::WithoutTrustedChain:
            accent = ChartStyle::series(4, pal);
            break;
        }
        tile->setAccent(accent);
    }
    m_renewalProblems->setAccent(ChartStyle::status(core::Status::Revoked, pal));
    m_endpointProblems->setAccent(ChartStyle::status(core::Status::Expired, pal));
    QPalette muted = m_updated->palette();
    muted.setColor(QPalette::WindowText, ChartStyle::muted(pal));
    m_updated->setPalette(muted);
    QPalette error = m_error->palette();
    error.setColor(QPalette::WindowText, ChartStyle::status(core::Status::Expired, pal));
    m_error->setPalette(error);
}

void DashboardPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange) {
        applyAccents();
        if (m_stats)
            display(*m_stats); // slice and bar colours come from the palette
    }
    QWidget::changeEvent(event);
}

void DashboardPage::setSystemTrustDir(const QString &dir)
{
    m_trustDir = dir;
    m_trusted.reset();
}

QList<core::TrustedIssuer> DashboardPage::trustedIssuers() const { return m_trusted ? *m_trusted : QList<core::TrustedIssuer>(); }

CountTile *DashboardPage::tile(Count which) const
{
    for (const auto &[w, tile] : m_tiles) {
        if (w == which)
            return tile;
    }
    return nullptr;
}

core::CertificateFilter DashboardPage::filterFor(Count which) const
{
    return core::DashboardStats::filter(which, trustedIssuers());
}

void DashboardPage::refresh()
{
    if (m_busy) {
        m_pending = true;
        return;
    }
    start();
}

void DashboardPage::start()
{
    m_pending = false;
    m_busy = true;
    m_updated->setText(m_stats ? tr("Updating…") : tr("Counting…"));
    m_watcher.setFuture(QtConcurrent::run(&m_pool, &DashboardPage::compute, m_inventory.path(),
                                          m_inventory.clock().now(), m_trusted, m_trustDir));
}

DashboardPage::Outcome DashboardPage::compute(const QString &path, const QDateTime &now,
                                              std::shared_ptr<const QList<core::TrustedIssuer>> trusted,
                                              const QString &trustDir)
{
    QElapsedTimer timer;
    timer.start();
    const qint64 cpu = threadCpuMs();
    Outcome out;
    if (!trusted) // once per page (and trust directory): parsing the store takes a while
        trusted = std::make_shared<const QList<core::TrustedIssuer>>(
            trustDir.isEmpty() ? QList<core::TrustedIssuer>() : core::loadTrustedIssuers(trustDir));
    out.trusted = trusted;
    {
        auto db = core::Database::openReadOnly(
            path, QStringLiteral("dashboard-%1").arg(quintptr(QThread::currentThreadId())));
        if (!db) {
            out.stats = std::unexpected(db.error());
            out.managed = std::unexpected(db.error());
            out.endpointProblems = std::unexpected(db.error());
        }
        else {
            out.stats = core::computeDashboardStats(*db, now, *trusted);
            out.managed = core::countManaged(*db, now);
            out.endpointProblems = core::countEndpointProblems(*db);
        }
    }
    out.elapsedMs = timer.elapsed();
    out.cpuMs = threadCpuMs() - cpu;
    return out;
}

void DashboardPage::finished()
{
    m_busy = false;
    if (m_watcher.future().resultCount() == 0)
        return;
    const Outcome outcome = m_watcher.result();
    if (!m_trusted)
        m_trusted = outcome.trusted;
    m_lastRefreshMs = outcome.elapsedMs;
    m_lastRefreshCpuMs = outcome.cpuMs;
    if (outcome.managed)
        m_managed = *outcome.managed;
    m_renewalProblems->setCount(m_managed ? m_managed->renewalProblems : -1);
    m_renewalProblems->setDetail(m_managed ? tr("of %n managed", nullptr, int(m_managed->managed)) : QString());
    m_endpointProblems->setCount(outcome.endpointProblems ? *outcome.endpointProblems : -1);
    if (outcome.stats) {
        m_error->hide();
        m_stats = *outcome.stats;
        display(*m_stats);
    } else {
        m_error->setText(tr("The numbers cannot be counted: %1").arg(outcome.stats.error().message));
        m_error->show();
        m_updated->clear();
    }
    if (m_pending)
        start();
    else
        Q_EMIT refreshed();
}

void DashboardPage::display(const core::DashboardStats &s)
{
    setUpdatesEnabled(false);
    for (const auto &[which, tile] : std::as_const(m_tiles)) {
        tile->setCount(s.count(which));
        tile->setDetail(which == Count::Total ? QString() : percentOf(s.count(which), s.total));
    }
    m_updated->setText(tr("Updated %1").arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat)));

    m_timeline->setStats(s);
    qint64 year = 0;
    for (int w = 0; w < core::DashboardStats::kWeeks; ++w)
        year += s.expiringInWeek(w);
    m_timelineCard->setNote(year == 1 ? tr("1 valid certificate expires in the next 52 weeks")
                                      : tr("%Ln valid certificates expire in the next 52 weeks", nullptr, int(year)));

    const QPalette &pal = palette();
    QList<DonutChart::Slice> statuses;
    for (const auto &share : s.byStatus)
        statuses.append({share.key, Labels::status(share.key), share.count, ChartStyle::status(share.key, pal)});
    m_status->setSlices(statuses);

    QList<DonutChart::Slice> keys;
    int index = 0;
    for (const auto &share : s.byKeyAlgorithm)
        keys.append({share.key, Labels::keyAlgorithm(share.key), share.count, ChartStyle::series(index++, pal)});
    m_keys->setSlices(keys);

    QList<RankingChart::Bar> issuers;
    for (const auto &share : s.byIssuer)
        issuers.append({share.key, share.key.isEmpty() ? tr("(no name)") : share.key, share.count});
    if (s.otherIssuers > 0)
        issuers.append({QString(), tr("Other issuers"), s.otherIssuers});
    m_issuers->setBars(issuers);

    m_next->setCertificates(s.nextToExpire, s.at);
    setUpdatesEnabled(true);
}

} // namespace certdesk::ui
