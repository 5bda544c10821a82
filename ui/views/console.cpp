#include "views/console.h"

#include "inventory/databaselocation.h"
#include "inventory/inventory.h"
#include "settings/appsettings.h"
#include "views/mainwindow.h"

#include <QFutureWatcher>
#include <QMessageBox>
#include <QStatusBar>
#include <QtConcurrent>

namespace certdesk::ui {

Console::Console(const core::Clock &clock, QSettings *settings, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_settings(settings)
{
}

Console::~Console()
{
    m_window.reset(); // before the inventory
}

std::optional<core::Error> Console::importRunning() const
{
    if (!m_window || !m_window->runningImport())
        return std::nullopt;
    return core::Error{core::ErrorCode::Locked,
                       tr("An import is running in this inventory; open another one when it has finished.")};
}

core::Result<void> Console::open(const QString &location, const QString &password)
{
    if (auto busy = importRunning())
        return std::unexpected(*busy);
    if (!password.isEmpty())
        core::Database::rememberPassword(location, password);
    // A connection name of its own: the current inventory stays open until the new one is.
    auto inventory = core::Inventory::open(location, m_clock, QStringLiteral("console-%1").arg(++m_opened));
    if (!inventory)
        return std::unexpected(inventory.error());

    if (m_window)
        m_window->saveSettings(); // the new window restores the geometry and the page
    auto window = std::make_unique<MainWindow>(**inventory, m_settings);
    connect(window.get(), &MainWindow::openInventoryRequested, this, &Console::openInBackground, Qt::QueuedConnection);
    if (m_settings)
        AppSettings(m_settings).addRecentInventory((*inventory)->path());
    const bool wasVisible = !m_window || m_window->isVisible();
    if (wasVisible)
        window->show(); // first: the application ends when its last window closes
    std::swap(m_window, window);
    std::swap(m_inventory, *inventory);
    window.reset(); // the previous window, then (with *inventory) its inventory
    Q_EMIT windowChanged(m_window.get());
    return {};
}

void Console::openInBackground(const QString &location, const QString &password)
{
    if (m_opening)
        return;
    if (auto busy = importRunning()) {
        reportOpenFailure(location, *busy);
        return;
    }
    if (!password.isEmpty())
        core::Database::rememberPassword(location, password); // before the worker connects
    m_opening = true;
    const auto loc = core::DatabaseLocation::parse(location);
    const QString shown = loc ? loc->display() : location;
    if (m_window)
        m_window->statusBar()->showMessage(tr("Opening %1…").arg(shown));

    const QString connection = QStringLiteral("console-prepare-%1").arg(++m_opened);
    const core::Clock &clock = m_clock;
    auto *watcher = new QFutureWatcher<core::Result<void>>(this);
    connect(watcher, &QFutureWatcher<core::Result<void>>::finished, this, [this, watcher, location] {
        const core::Result<void> prepared = watcher->result();
        watcher->deleteLater();
        // The worker's connection is closed; this one meets a server that has just answered and a
        // schema that is current.
        const auto opened = prepared ? open(location) : prepared;
        m_opening = false;
        if (m_window)
            m_window->statusBar()->clearMessage();
        Q_EMIT backgroundOpenFinished(location, opened ? QString() : opened.error().message);
        if (!opened)
            reportOpenFailure(location, opened.error());
    });
    watcher->setFuture(QtConcurrent::run([location, connection, &clock]() -> core::Result<void> {
        auto inventory = core::Inventory::open(location, clock, connection);
        if (!inventory)
            return std::unexpected(inventory.error());
        return {};
    }));
}

void Console::reportOpenFailure(const QString &location, const core::Error &error)
{
    if (!m_window)
        return;
    const auto loc = core::DatabaseLocation::parse(location);
    if (loc && loc->isPostgres() && error.code != core::ErrorCode::Locked) {
        m_window->openTeamInventory(location, error.message); // the password may be what is missing
        return;
    }
    QMessageBox::warning(m_window.get(), tr("Open Inventory"),
                         tr("<p><b>The inventory cannot be opened.</b></p><p>%1</p>")
                             .arg(error.message.toHtmlEscaped()));
}

} // namespace certdesk::ui
