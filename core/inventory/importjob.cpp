#include "inventory/importjob.h"

#include "crypto/libcontext.h"
#include "inventory/importwriter.h"
#include "inventory/inventory.h"
#include "lifecycle/managedcertificates.h"

#include <QDirIterator>
#include <QFileInfo>
#include <QSqlQuery>
#include <QThread>

#include <condition_variable>
#include <deque>
#include <mutex>
#include <chrono>
#include <thread>

#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>

namespace certdesk::core {

ImportJob::ImportJob(Inventory &inventory, ImportOptions options)
    : m_inventory(inventory)
    , m_options(std::move(options))
{
}

QStringList ImportJob::expandPaths(const QStringList &paths, QList<Error> *errors)
{
    QStringList files;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (!info.exists()) {
            if (errors)
                errors->append(Error{ErrorCode::NotFound, QStringLiteral("%1: no such file or folder").arg(path)});
            continue;
        }
        if (info.isDir()) {
            QStringList found;
            QDirIterator it(path, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
            while (it.hasNext())
                found.append(it.next());
            found.sort();
            files.append(found);
        } else {
            files.append(path);
        }
    }
    return files;
}

ImportReport ImportJob::importPaths(const QStringList &paths, const ImportProgress &progress, const std::atomic_bool *cancel)
{
    QList<Error> missing;
    QStringList files = expandPaths(paths, &missing);
    // Never read the inventory's own database files when a folder holding them is imported.
    const QString own = QFileInfo(m_inventory.path()).canonicalFilePath();
    if (!own.isEmpty()) {
        files.removeIf([&own](const QString &f) {
            const QString c = QFileInfo(f).canonicalFilePath();
            return c == own || c == own + QStringLiteral("-wal") || c == own + QStringLiteral("-shm")
                || c == own + QStringLiteral("-journal");
        });
    }
    return run(int(files.size()), [&](int i, const ImportParser &parser) { return parser.parseFile(files[i]); }, progress, cancel, missing);
}

ImportReport ImportJob::importData(const QList<ImportSource> &sources, const ImportProgress &progress,
                                   const std::atomic_bool *cancel)
{
    return run(int(sources.size()),
               [&](int i, const ImportParser &parser) { return parser.parse(sources[i].name, sources[i].data); }, progress, cancel, {});
}

ImportReport ImportJob::run(int total, const Producer &produce,
                            const ImportProgress &progress, const std::atomic_bool *cancel, QList<Error> preFailures)
{
    ImportReport report;
    report.failures = std::move(preFailures);
    const auto cancelled = [cancel] { return cancel && cancel->load(std::memory_order_relaxed); };

    int threads = m_options.threads > 0 ? m_options.threads : QThread::idealThreadCount();
    threads = qBound(1, threads, 64);
    if (total < 4 * threads)
        threads = 1;
    // Contexts outlive every certificate parsed in them: declared before the queue.
    // (Bulk contexts: see LibContext::forBulkParsing.)
    std::vector<LibContext> contexts;
    for (int i = 0; i < threads; ++i)
        contexts.push_back(LibContext::forBulkParsing());

    std::mutex mutex;
    std::condition_variable ready;    // writer waits for parsed files
    std::condition_variable space;    // parsers wait for room
    std::deque<ParsedFile> queue;
    const size_t capacity = size_t(qMax(64, m_options.batchSize)); // one batch parsed ahead of the one being written
    std::atomic_int next{0};
    int finishedWorkers = 0;
    bool stop = false;

    auto worker = [&](int index) {
        // The writer (this thread) is the one stage that cannot run in parallel: parsers yield
        // the processor to it, so they fill the queue with what the writer leaves free.
        setpriority(PRIO_PROCESS, pid_t(syscall(SYS_gettid)), 10);
        const ImportParser parser(m_options.filePasswords, &contexts[size_t(index)]);
        for (;;) {
            const int i = next.fetch_add(1);
            if (i >= total || cancelled())
                break;
            ParsedFile parsed = produce(i, parser);
            std::unique_lock lock(mutex);
            space.wait(lock, [&] { return queue.size() < capacity || stop; });
            if (stop)
                break;
            queue.push_back(std::move(parsed));
            ready.notify_one();
        }
        std::lock_guard lock(mutex);
        ++finishedWorkers;
        ready.notify_one();
    };

    ImportWriter writer(m_inventory, m_options.masterPassword, m_options.dryRun, m_options.transactionSize);

    std::vector<std::thread> pool;
    if (threads > 1) {
        for (int i = 0; i < threads; ++i)
            pool.emplace_back(worker, i);
    }

    int done = 0;
    const ImportParser inlineParser(m_options.filePasswords, &contexts[0]);
    while (done < total && !cancelled()) {
        QList<ParsedFile> batch;
        int certificates = 0;
        if (threads == 1) {
            while (certificates < m_options.batchSize && !cancelled()) {
                const int i = next.fetch_add(1);
                if (i >= total)
                    break;
                batch.append(produce(i, inlineParser));
                certificates += int(batch.last().certificates.size()) + 1;
            }
            if (batch.isEmpty())
                break;
        } else {
            std::unique_lock lock(mutex);
            // Wait for a full batch (few large transactions), but write at least every 250 ms so
            // progress keeps moving and the queue never fills while the writer sleeps.
            ready.wait_for(lock, std::chrono::milliseconds(250), [&] {
                return queue.size() >= size_t(m_options.batchSize) || finishedWorkers == threads;
            });
            ready.wait(lock, [&] { return !queue.empty() || finishedWorkers == threads; });
            if (queue.empty())
                break;
            while (!queue.empty() && certificates < m_options.batchSize) {
                certificates += int(queue.front().certificates.size()) + 1;
                batch.append(std::move(queue.front()));
                queue.pop_front();
            }
            space.notify_all();
        }
        if (progress)
            progress(done, total, batch.last().source);
        writer.write(batch, report);
        done += int(batch.size());
        batch.clear();
    }
    if (progress && !cancelled())
        progress(done, total, {});
    {
        std::lock_guard lock(mutex);
        stop = true;
        space.notify_all();
    }
    for (std::thread &t : pool)
        t.join();
    queue.clear();
    report.cancelled = cancelled() && done < total;
    if (report.cancelled)
        report.failures.append(Error{ErrorCode::Cancelled, QStringLiteral("import cancelled after %1 of %2 inputs; "
                                                                          "the rest was not imported")
                                                               .arg(done)
                                                               .arg(total)});
    writer.finish(report);
    // Certificates signed by an external CA complete the managed certificates waiting for them.
    if (!m_options.dryRun && report.imported > 0) {
        CertificateAuthorities cas(m_inventory, {});
        ManagedCertificates managed(cas, {});
        if (auto matched = managed.matchPending())
            report.requestsMatched = *matched;
        else
            report.failures.append(matched.error().prefixed(QStringLiteral("matching imported certificates to requests")));
    }
    // An import pays for its own writes: copy the WAL back into the database now rather than
    // leaving it to whoever writes next (readers are not blocked by a passive checkpoint).
    if (!m_options.dryRun && !m_inventory.database().isPostgres()) {
        QSqlQuery checkpoint(m_inventory.database().db());
        checkpoint.exec(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)"));
    }
    return report;
}

} // namespace certdesk::core
