#pragma once

#include <QByteArray>
#include <QList>

namespace certdesk::bench {

// N distinct, deterministic certificates (DER): Ed25519 keys and signatures derived
// from a seed, so every run produces the same bytes. firstIndex shifts the set.
QList<QByteArray> generateCertificates(int count, int firstIndex);

} // namespace certdesk::bench
