#pragma once
// Loopback ports for the servers tests start (pebble, named, nginx ...).

#include <QElapsedTimer>
#include <QHostAddress>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <QUdpSocket>

#include <sys/prctl.h>
#include <signal.h>

namespace certdesk::test {

// A port free on 127.0.0.1 for both TCP and UDP right now.
inline quint16 freePort()
{
    for (int i = 0; i < 50; ++i) {
        QUdpSocket udp;
        if (!udp.bind(QHostAddress::LocalHost, 0))
            continue;
        QTcpServer tcp;
        if (tcp.listen(QHostAddress::LocalHost, udp.localPort()))
            return udp.localPort();
    }
    return 0;
}

// Whether something accepts TCP connections on 127.0.0.1:port within timeoutMs.
inline bool waitForTcp(quint16 port, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < timeoutMs) {
        QTcpSocket s;
        s.connectToHost(QHostAddress::LocalHost, port);
        if (s.waitForConnected(200))
            return true;
        QThread::msleep(50);
    }
    return false;
}

// For QProcess::setChildProcessModifier: the server goes when the test process goes, even
// when it crashes.
inline void dieWithParent()
{
    ::prctl(PR_SET_PDEATHSIG, SIGKILL);
}

} // namespace certdesk::test
