#pragma once

#include "inventory/importjob.h"

#include <QDateTime>
#include <QList>

namespace certdesk::test {

// A plausible estate for screenshots: a private root and issuing CA, a
// "public" CA, and a few dozen server and client certificates expiring at
// spread-out times around now (some expired, some within days), with keys for
// some of them. Generated with OpenSSL on each run (not fixtures: nothing asserts on them).
QList<core::ImportSource> sampleCertificates(const QDateTime &now);

} // namespace certdesk::test
