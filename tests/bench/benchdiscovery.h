#pragma once

namespace certdesk::bench {

// certdesk-bench discovery [--tls N] [--closed M] [--concurrency C] [--sweep C1,C2,...] [--workers W]
// Discovery throughput on loopback: Debian's nginx listening on N TLS ports (default 800,
// leaf + intermediate, EC P-256) plus M ports nobody listens on (default 200), 1,000 endpoints
// in all, every fifth one closed. Measures, in the same run:
//   certdesk   scanEndpoints over the endpoints with the default concurrency (ScanSpec), SNI "x";
//   openssl    a sequential loop of `openssl s_client -connect 127.0.0.1:PORT -servername x
//              </dev/null` over the same endpoints (a process killed after 5 s if it hangs);
// and prints endpoints per second, total time, how many served a certificate for each, the
// ratio, and whether both found the same endpoints. --sweep also times the scan at other
// concurrencies (how the default was chosen). Exit status 1 when an endpoint is missed.
int discoveryBenchmark(int argc, char **argv);

} // namespace certdesk::bench
